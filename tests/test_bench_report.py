"""BENCHMARKS.md credits the public data sets whose results it publishes."""

from __future__ import annotations

import json
from pathlib import Path

from bench.report import write_report


def test_report_credits_every_data_set_and_its_license(tmp_path: Path) -> None:
    """CC BY 4.0 (Banking77) and CC BY-NC 4.0 (support tickets) require attribution wherever
    results on the data appear; the report is where they appear."""
    results = tmp_path / "results"
    results.mkdir()
    (results / "bench_x.json").write_text(json.dumps(
        {"name": "x", "title": "A section", "status": "ok", "markdown": "body",
         "wall_seconds": 1.0}))
    out = tmp_path / "BENCHMARKS.md"

    write_report(results, out)

    report = out.read_text()
    for credit in ("Casanueva", "CC BY 4.0", "Tobias Bueck", "CC BY-NC 4.0", "Bitext",
                   "CDLA-Sharing-1.0"):
        assert credit in report
    assert report.index("Casanueva") < report.index("## A section")
