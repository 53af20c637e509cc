"""A benchmark whose public data set is absent is reported as skipped, not failed or faked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bench.datasets
from bench.__main__ import modules, run_one
from bench.report import write_report

# Every benchmark reads a public data set except the cache one, which trains on the sample.
NEEDS_SHARED_DATA = [name for name in modules([]) if name != "bench_training_cache"]


@pytest.fixture
def no_shared_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    empty = tmp_path / "no-data"
    empty.mkdir()
    monkeypatch.setattr(bench.datasets, "SHARED_DATA", empty)
    return empty


def test_every_data_set_benchmark_is_listed() -> None:
    assert len(NEEDS_SHARED_DATA) >= 10


@pytest.mark.parametrize("name", NEEDS_SHARED_DATA)
def test_a_benchmark_without_its_data_is_skipped_with_the_path_it_looked_for(
        name: str, no_shared_data: Path) -> None:
    result = run_one(name)

    assert result["status"] == "skipped", result.get("traceback", result)
    assert str(no_shared_data) in result["reason"] and "TRIAGE_SHARED_DATA" in result["reason"]


def test_the_report_says_which_benchmark_was_skipped_and_why(tmp_path: Path,
                                                             no_shared_data: Path) -> None:
    results = tmp_path / "results"
    results.mkdir()
    skipped = run_one("bench_bitext")
    (results / "bench_bitext.json").write_text(json.dumps(skipped))
    out = tmp_path / "BENCHMARKS.md"

    write_report(results, out)

    section = out.read_text().split(f"## {skipped['name']}", 1)[1]
    assert "**skipped**" in section and "train.csv" in section
