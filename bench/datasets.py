"""The public data sets in ../shared/data, read in place (never copied into the project)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("TRIAGE_SHARED_DATA", ROOT.parent / "shared" / "data"))


class DatasetMissing(RuntimeError):
    """The data set is not on this machine; the benchmark that needs it is skipped."""


def dataset_dir(name: str) -> Path:
    path = SHARED_DATA / name
    if not (path / "train.csv").is_file():
        raise DatasetMissing(f"{name}: no {path / 'train.csv'} (set TRIAGE_SHARED_DATA to the "
                             "folder holding the public data sets)")
    return path


def load_split(name: str, split: str) -> pd.DataFrame:
    """`train` or `test` of a data set, strings only, as the files ship."""
    return pd.read_csv(dataset_dir(name) / f"{split}.csv", dtype=str, keep_default_na=False)
