"""Train / validation / test split: stratified by intent and seeded, or time-ordered."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sklearn.model_selection import train_test_split

from training.data import DataError, Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Splits:
    train: pd.DataFrame
    validation: pd.DataFrame
    test: pd.DataFrame

    def sizes(self) -> dict[str, int]:
        return {"train": len(self.train), "validation": len(self.validation),
                "test": len(self.test)}


def _warn_unseen_intents(splits: Splits) -> None:
    """A time-ordered split can leave an intent out of train (a new kind of question that only
    the newest messages ask): the model cannot learn it and every held-out example of it will be
    wrong. Training goes on, as the data says what customers ask now, but the owner is told."""
    held_out = set(splits.validation["intent"]) | set(splits.test["intent"])
    unseen = sorted(held_out - set(splits.train["intent"]))
    if unseen:
        log.warning("time-ordered split: %d intent(s) appear only in the newest messages "
                    "(validation/test), so the model cannot learn them: %s; add older examples "
                    "or drop the timestamp column for a stratified split",
                    len(unseen), ", ".join(unseen[:10]) + (" ..." if len(unseen) > 10 else ""))


def split_sizes(n_rows: int, validation_size: float, test_size: float) -> tuple[int, int, int]:
    """Rows in train, validation and test, as the two `train_test_split` calls round them."""
    n_test = math.ceil(n_rows * test_size)
    rest = n_rows - n_test
    # The same float operations as `split_data` passes to scikit-learn: 85 * (0.15 / 0.85)
    # is 15.000000000000002, which rounds up to 16.
    n_validation = math.ceil(validation_size / (1 - test_size) * rest)
    return rest - n_validation, n_validation, n_test


def stratified_split_problems(n_rows: int, n_intents: int, validation_size: float,
                              test_size: float) -> list[Problem]:
    """Why a stratified split cannot hold every intent in each part, if it cannot.

    Every intent having a few examples is not enough: with many intents and few rows, the test
    part (15% of the rows by default) has fewer rows than there are intents.
    """
    if not (validation_size > 0 and test_size > 0 and validation_size + test_size < 1):
        # Configuration refuses these; without the guard the search below would never end.
        return [Problem((), f"validation_size {validation_size} and test_size {test_size} must "
                            "each be above 0 and sum to less than 1")]
    sizes = split_sizes(n_rows, validation_size, test_size)
    if min(sizes) >= n_intents:
        return []
    needed = n_rows
    while min(split_sizes(needed, validation_size, test_size)) < n_intents:
        needed += 1
    train, validation, test = sizes
    return [Problem((), f"{n_rows} rows are too few for {n_intents} intents: every intent must "
                        f"appear in train, validation and test, which would get {train}, "
                        f"{validation} and {test} rows; add examples (at least {needed} rows in "
                        "all) or merge intents")]


def split_data(frame: pd.DataFrame, validation_size: float, test_size: float,
               seed: int, source: str | Path = "training data") -> Splits:
    """Stratified seeded split; with a `timestamp` column, the newest rows are held out instead
    (a model is always used on messages newer than its training data).

    Raises `DataError` (naming `source`) when a stratified split cannot hold every intent."""
    if "timestamp" in frame.columns and frame["timestamp"].notna().all():
        ordered = frame.assign(_t=pd.to_datetime(frame["timestamp"], utc=True, format="mixed"))
        ordered = ordered.sort_values("_t", kind="stable").drop(columns="_t")
        n_test = max(1, round(len(ordered) * test_size))
        n_val = max(1, round(len(ordered) * validation_size))
        train_end = len(ordered) - n_test - n_val
        splits = Splits(ordered.iloc[:train_end], ordered.iloc[train_end:train_end + n_val],
                        ordered.iloc[train_end + n_val:])
        _warn_unseen_intents(splits)
        return splits
    problems = stratified_split_problems(len(frame), frame["intent"].nunique(), validation_size,
                                         test_size)
    if problems:
        raise DataError(source, problems)
    rest, test = train_test_split(frame, test_size=test_size, random_state=seed,
                                  stratify=frame["intent"])
    train, validation = train_test_split(rest, test_size=validation_size / (1 - test_size),
                                         random_state=seed, stratify=rest["intent"])
    return Splits(train, validation, test)
