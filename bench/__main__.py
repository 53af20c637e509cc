"""Run every benchmark module (`bench/bench_*.py`), save JSON results, write BENCHMARKS.md.

Each module has `NAME` and `run() -> dict`; a module whose data is missing raises
`DatasetMissing` and is reported as skipped. `python -m bench NAME ...` runs only those.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import pkgutil
import sys
import time
import traceback
from pathlib import Path

from bench.common import cpu_probe_ms
from bench.datasets import DatasetMissing
from bench.report import write_report

RESULTS = Path(__file__).resolve().parent / "results"


def modules(selected: list[str]) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])
                   if m.name.startswith("bench_"))
    return [n for n in names if not selected or n.removeprefix("bench_") in selected
            or n in selected]


def run_one(name: str) -> dict:
    module = importlib.import_module(f"bench.{name}")
    probe_before = cpu_probe_ms()
    started = time.perf_counter()
    try:
        result = {"status": "ok", **module.run()}
    except DatasetMissing as e:
        result = {"status": "skipped", "reason": str(e)}
    except Exception as e:  # noqa: BLE001 — a failing benchmark is recorded, the others run
        result = {"status": "failed", "reason": f"{type(e).__name__}: {e}",
                  "traceback": traceback.format_exc()}
    result["wall_seconds"] = round(time.perf_counter() - started, 1)
    result["cpu_probe_ms"] = {"before": probe_before, "after": cpu_probe_ms()}
    return {"name": getattr(module, "NAME", name), **result}


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    RESULTS.mkdir(exist_ok=True)
    failed = 0
    for name in modules(argv):
        print(f"== {name}", flush=True)
        result = run_one(name)
        (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
        print(f"   {result['status']} in {result['wall_seconds']} s", flush=True)
        failed += result["status"] == "failed"
    write_report(RESULTS, Path(__file__).resolve().parents[1] / "BENCHMARKS.md")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
