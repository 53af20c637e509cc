"""Cold vs warm `triage train` on the sample inbox: the embedding cache's effect on wall time.

Each repetition uses a fresh models directory: the first command embeds everything (cold), the
second finds every text in the cache (warm). Whole commands are timed, imports included, as a
user would experience them.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAME = "Training: cold vs warm embedding cache (sample inbox)"
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample" / "inbox.csv"
REPEATS = 3


def train_once(models_dir: Path) -> tuple[float, int, int]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "training.cli", "train", "--data", str(SAMPLE),
                           "--models-dir", str(models_dir), "--no-progress"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    hits, encoded = map(int, re.search(r"embedding cache: (\d+) hits, (\d+) encoded",
                                       done.stdout).groups())
    return seconds, hits, encoded


def run() -> dict:
    cold, warm, cache = [], [], []
    for _ in range(REPEATS):
        with tempfile.TemporaryDirectory() as tmp:
            c = train_once(Path(tmp) / "models")
            w = train_once(Path(tmp) / "models")
        cold.append(c[0])
        warm.append(w[0])
        cache.append({"cold_encoded": c[2], "warm_hits": w[1], "warm_encoded": w[2]})
    cold_s, warm_s = statistics.median(cold), statistics.median(warm)
    ratio = warm_s / cold_s
    table = "\n".join(f"| {i + 1} | {c:.1f} | {w:.1f} | {k['cold_encoded']} | {k['warm_hits']} "
                      f"| {k['warm_encoded']} |"
                      for i, (c, w, k) in enumerate(zip(cold, warm, cache, strict=True)))
    markdown = (
        f"`triage train --data data/sample/inbox.csv`, {REPEATS} repetitions, each with a fresh "
        "models directory; whole commands timed (Python start-up and imports included).\n\n"
        "| rep | cold s | warm s | cold: texts encoded | warm: cache hits | warm: encoded |\n"
        "|---|---|---|---|---|---|\n" + table +
        f"\n\nMedian cold **{cold_s:.1f} s**, median warm **{warm_s:.1f} s**: warm/cold = "
        f"**{ratio:.2f}** (target < 0.5). A warm run never loads the encoder.")
    return {"cold_seconds_median": round(cold_s, 2), "warm_seconds_median": round(warm_s, 2),
            "warm_over_cold": round(ratio, 3), "runs": cache, "markdown": markdown}
