"""BENCHMARKS.md from bench/results/*.json: machine description, then one section per benchmark.

Each result may carry `markdown` (its own section body, written by the benchmark that knows
what its numbers mean); otherwise its scalar figures are listed.
"""

from __future__ import annotations

import json
import os
import platform
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from bench.common import PROBE_QUIET_DATE, PROBE_QUIET_MS
from bench.datasets import ATTRIBUTIONS

PACKAGES = ("torch", "sentence-transformers", "scikit-learn", "onnxruntime", "mlflow", "flask",
            "gunicorn")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        mem_kb = 0
    versions = ", ".join(f"{p} {_version(p)}" for p in PACKAGES)
    return (f"- CPU: {cpu}, {os.cpu_count()} cores visible; RAM {mem_kb / 2**20:.0f} GiB\n"
            f"- Python {platform.python_version()} on {platform.system()} {platform.release()}\n"
            f"- {versions}")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def attributions() -> str:
    """The data sets' authors and licenses, which ask for credit wherever results appear."""
    lines = "\n".join(f"- {credit}" for credit in ATTRIBUTIONS.values())
    return ("Data sets (read from `../shared/data/`, never copied into the project; each "
            f"folder's README says what was changed there):\n\n{lines}")


def section(result: dict) -> str:
    title = f"## {result.get('title', result['name'])}\n\n"
    if result["status"] != "ok":
        return title + f"**{result['status']}**: {result.get('reason', '')}\n"
    if "markdown" in result:
        return title + result["markdown"].rstrip() + f"\n\n_({_ran(result)})_\n"
    rows = [f"- {k}: {v}" for k, v in result.items() if isinstance(v, (int, float, str))
            and k not in ("name", "status")]
    return title + "\n".join(rows) + "\n"


def _ran(result: dict) -> str:
    """How long a benchmark ran, and how fast the machine was around it (`cpu_probe_ms`)."""
    ran = f"ran in {result['wall_seconds']} s"
    probe = result.get("cpu_probe_ms")
    if not probe:
        return ran
    return (f"{ran}; CPU probe {probe['before']:.0f} ms before, {probe['after']:.0f} ms after, "
            f"lower is faster; {PROBE_QUIET_MS:.0f} ms with nothing else running on "
            f"{PROBE_QUIET_DATE}")


def write_report(results_dir: Path, out: Path) -> None:
    results = [json.loads(p.read_text()) for p in sorted(results_dir.glob("*.json"))]
    body = "\n".join(section(r) for r in results)
    out.write_text(
        "# Benchmarks\n\n"
        "Written by `make bench` (`python -m bench`) from `bench/results/*.json`; rerun it to "
        "reproduce. Data is read from `../shared/data/` (set `TRIAGE_SHARED_DATA` elsewhere); a "
        "benchmark whose data is absent is reported as skipped. Thresholds and hyper-parameters "
        "are chosen on validation data carved from train; test splits give the final figures "
        "only. Timings are medians measured in the same run on this machine. Each section ends "
        "with a CPU probe (`bench.common.cpu_probe_ms`, a fixed pure-Python loop) taken before "
        "and after it: this shared VM's speed drifts (the probe was 3x slower for part of one "
        "session, with no steal time reported), so read a section's timings against its "
        "probe.\n\n"
        f"{attributions()}\n\n"
        f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on:\n\n{machine()}\n\n{body}")
