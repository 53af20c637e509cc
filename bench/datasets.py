"""The public data sets in ../shared/data, read in place (never copied into the project)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("TRIAGE_SHARED_DATA", ROOT.parent / "shared" / "data"))


# Who made each data set, and its license: the licenses ask for attribution wherever results on
# the data are published, and BENCHMARKS.md publishes them. The copies in ../shared/data were
# changed (columns renamed, splits carved); each folder's README says how.
ATTRIBUTIONS = {
    "banking77": "Banking77 — Casanueva, Temčinas, Gerz, Henderson and Vulić, \"Efficient Intent "
                 "Detection with Dual Sentence Encoders\", NLP4ConvAI 2020 (PolyAI); CC BY 4.0.",
    "support-tickets": "Support tickets — Tobias Bueck, \"Customer Support Tickets\" (synthetic); "
                       "CC BY-NC 4.0, non-commercial use.",
    "bitext-support": "Bitext — \"Bitext Sample Customer Support Training Dataset 27K "
                      "responses\" (v11), Bitext Innovations; CDLA-Sharing-1.0.",
}


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
