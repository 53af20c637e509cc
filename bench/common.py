"""Helpers shared by the model-quality benchmarks.

Every benchmark trains with the functions `triage train` uses (`training.train.fit_and_evaluate`
and the functions of `training.fit`), on a data set's `train.csv` with the validation split carved
from it exactly as `triage train` carves it; the data set's `test.csv` replaces the test split
`triage train` would have carved, and gives the final figures only.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from sklearn.model_selection import train_test_split

from bench.datasets import ROOT, dataset_dir, load_split
from training.fit import make_embedder
from training.split import Splits
from training.validate import load_training_data
from triage.config import TriageConfig, load_config
from triage.embedder import SentenceEmbedder
from triage.text import clean_text

# Shared with `triage train` run from the project root, so benchmarks reuse its cached vectors.
BENCH_MODELS_DIR = ROOT / "models"


def bench_config(models_dir: Path = BENCH_MODELS_DIR, **overrides: Any) -> TriageConfig:
    """The default configuration, isolated from the caller's environment and files."""
    return load_config(env={}, models_dir=models_dir, show_progress=False, **overrides)


def validation_share(config: TriageConfig) -> float:
    """Share of the training file held out for validation: the train:validation proportion
    `triage train` uses once its own test share is set aside."""
    return config.validation_size / (1.0 - config.test_size)


def carve_validation(frame: pd.DataFrame, config: TriageConfig, stratify: str = "intent",
                     seed: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(train, validation), stratified and seeded as `training.split.split_data` does."""
    seed = config.seed if seed is None else seed
    train, validation = train_test_split(frame, test_size=validation_share(config),
                                         random_state=seed, stratify=frame[stratify])
    return train, validation


def load_train(name: str, config: TriageConfig) -> pd.DataFrame:
    """A data set's train.csv, validated and normalised by the loader `triage train` uses."""
    return load_training_data(dataset_dir(name) / "train.csv", config.min_examples_per_intent)


def load_test(name: str) -> pd.DataFrame:
    """A data set's test.csv, every row kept (duplicates too, as published results count them),
    text cleaned as the model cleans it, labels as the training loader writes them."""
    frame = load_split(name, "test")
    frame["text"] = frame["text"].map(clean_text)
    for column in ("urgency", "language"):
        if column in frame.columns:
            frame[column] = frame[column].str.strip().str.lower()
    return frame


def dataset_splits(name: str, config: TriageConfig) -> Splits:
    """train.csv → (train, validation) as `triage train` would; test.csv as the test split."""
    train, validation = carve_validation(load_train(name, config), config)
    return Splits(train, validation, load_test(name))


def embedder_for(config: TriageConfig) -> SentenceEmbedder:
    embedder = make_embedder(config)
    embedder.fit([])
    return embedder


@contextmanager
def fresh_models_dir() -> Iterator[Path]:
    """A temporary models directory: an empty embedding cache and MLflow store."""
    with tempfile.TemporaryDirectory(prefix="triage-bench-") as tmp:
        yield Path(tmp) / "models"


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """(result, wall seconds) of one call."""
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def median_seconds(fn: Callable[[], Any], repeats: int = 3) -> float:
    """Median wall time over `repeats` calls (the first call is included: no hidden warm-up)."""
    return statistics.median(timed(fn)[1] for _ in range(repeats))


def pct(value: float, digits: int = 1) -> str:
    return f"{100 * value:.{digits}f}%"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(value: float, target: float, higher_is_better: bool = True) -> str:
    met = value >= target if higher_is_better else value <= target
    return "met" if met else "**not met**"


# `cpu_probe_ms` when nothing else ran, on 2026-11-25. The VM's speed varies by more than load:
# with nothing else running, the probe read 55-68 ms on 2026-12-04.
PROBE_QUIET_MS = 75.0
PROBE_QUIET_DATE = "2026-11-25"


def cpu_probe_ms(repeats: int = 5) -> float:
    """Median milliseconds of a fixed pure-Python loop (2 million additions).

    Why: the benchmark machine is a shared VM whose speed drifts (the same loop measured 3x
    slower within an hour, with no steal time reported); the load average does not show it.
    Each benchmark records the probe before and after it ran, so a slow figure can be told
    from a slow machine.
    """
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        total = 0
        for i in range(2_000_000):
            total += i
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)
