"""Train / validation / test split: stratified by intent and seeded, or time-ordered."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sklearn.model_selection import train_test_split


@dataclass(frozen=True)
class Splits:
    train: pd.DataFrame
    validation: pd.DataFrame
    test: pd.DataFrame

    def sizes(self) -> dict[str, int]:
        return {"train": len(self.train), "validation": len(self.validation),
                "test": len(self.test)}


def split_data(frame: pd.DataFrame, validation_size: float, test_size: float,
               seed: int) -> Splits:
    """Stratified seeded split; with a `timestamp` column, the newest rows are held out instead
    (a model is always used on messages newer than its training data)."""
    if "timestamp" in frame.columns and frame["timestamp"].notna().all():
        ordered = frame.assign(_t=pd.to_datetime(frame["timestamp"], utc=True, format="mixed"))
        ordered = ordered.sort_values("_t", kind="stable").drop(columns="_t")
        n_test = max(1, round(len(ordered) * test_size))
        n_val = max(1, round(len(ordered) * validation_size))
        train_end = len(ordered) - n_test - n_val
        return Splits(ordered.iloc[:train_end], ordered.iloc[train_end:train_end + n_val],
                      ordered.iloc[train_end + n_val:])
    rest, test = train_test_split(frame, test_size=test_size, random_state=seed,
                                  stratify=frame["intent"])
    train, validation = train_test_split(rest, test_size=validation_size / (1 - test_size),
                                         random_state=seed, stratify=rest["intent"])
    return Splits(train, validation, test)
