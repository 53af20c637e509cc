"""Folding agents' corrections (from the feedback store) into the next training set."""

from __future__ import annotations

import logging

import pandas as pd

from training.data import LINE
from triage.config import URGENCY_LEVELS
from triage.text import clean_text

log = logging.getLogger(__name__)


def fold_feedback(frame: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Training rows plus corrected examples; a correction replaces a row with the same text.

    Corrections without an intent, or with an urgency outside the four levels, are skipped
    and counted in the log (they cannot be learnt from).
    """
    if corrections is None or corrections.empty:
        return frame
    fixes = corrections.copy()
    fixes["text"] = fixes["text"].map(clean_text)
    usable = fixes["intent"].notna() & fixes["intent"].astype(str).str.strip().ne("")
    if "urgency" in fixes.columns:
        usable &= fixes["urgency"].isna() | fixes["urgency"].isin(URGENCY_LEVELS)
    if (~usable).any():
        log.warning("skipped %d feedback row(s) without a usable intent/urgency",
                    int((~usable).sum()))
    fixes = fixes[usable].drop_duplicates("text", keep="last")
    replaced = frame["text"].str.lower().isin(set(fixes["text"].str.lower()))
    log.info("feedback: %d corrected example(s), %d replacing training rows",
             len(fixes), int(replaced.sum()))
    fixes = fixes.reindex(columns=[c for c in frame.columns if c != LINE]).assign(**{LINE: 0})
    return pd.concat([frame[~replaced], fixes], ignore_index=True)
