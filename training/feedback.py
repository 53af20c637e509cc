"""Folding agents' corrections (from the feedback store) into the next training set.

Corrections are cleaned and checked like rows of a data file (`training/validate.py`). A
correction that cannot be learnt — no intent, an unknown urgency or language, or an intent that
would have too few examples to split — is skipped with a warning naming its feedback id and the
reason, so nothing is dropped silently; one agent's slip does not block every retraining.
"""

from __future__ import annotations

import logging

import pandas as pd

from training.data import LINE
from training.validate import (
    clean_label,
    intent_size_problem,
    language_problem,
    short_intents,
    supported_languages,
)
from triage.config import URGENCY_LEVELS
from triage.feedback import FeedbackStore
from triage.text import clean_text

log = logging.getLogger(__name__)

FEEDBACK_ID = "_feedback_id"  # how a warning names a correction: "feedback id 12"
N_USED = "n_feedback_examples"  # in the folded frame's `attrs`: corrections actually used


def read_corrections(store: FeedbackStore) -> pd.DataFrame:
    """The store's training examples with each one's feedback `id` and `created_at`.

    The ids name skipped corrections in warnings; the creation times keep a time-ordered split.
    """
    examples = store.training_examples()
    if {"id", "created_at"} <= set(examples.columns):
        return examples
    meta = pd.DataFrame([(r["text"], r["id"], r["created_at"]) for r in store.records()
                         if r["correct_intent"]], columns=["text", "id", "created_at"])
    return examples.merge(meta.drop_duplicates("text", keep="last"), on="text", how="left")


def fold_feedback(frame: pd.DataFrame, corrections: pd.DataFrame | None,
                  min_examples_per_intent: int = 5) -> pd.DataFrame:
    """Training rows plus corrected examples; a correction replaces a row with the same text.

    Texts match as `check_conflicts` compares them (cleaned, case-insensitive) and the latest
    correction of a text wins. The number of corrections used is in `attrs[N_USED]`.
    """
    if corrections is None or corrections.empty:
        return _with_count(frame, 0)
    fixes = _latest(_cleaned(corrections))
    fixes = _usable(fixes)
    if "timestamp" in frame.columns:
        fixes = fixes.assign(timestamp=_timestamps(fixes))
    while True:
        folded, replaced = _fold(frame, fixes)
        short = _shrunk(short_intents(folded, min_examples_per_intent), frame)
        kept = _skip_short(fixes, replaced, short, min_examples_per_intent) if short else fixes
        if len(kept) == len(fixes):  # nothing (more) to skip: the data file's own sizes rule
            break
        fixes = kept
    log.info("feedback: %d corrected example(s), %d replacing training rows",
             len(fixes), len(replaced))
    return _with_count(folded, len(fixes))


def _with_count(frame: pd.DataFrame, used: int) -> pd.DataFrame:
    out = frame.copy(deep=False)
    out.attrs[N_USED] = used
    return out


def _latest(fixes: pd.DataFrame) -> pd.DataFrame:
    """One correction per text (as `check_conflicts` compares texts): the latest wins."""
    superseded = fixes["_key"].duplicated(keep="last")
    if superseded.any():
        log.info("feedback: %s superseded by a later correction of the same text",
                 ", ".join(fixes.loc[superseded, FEEDBACK_ID]))
    return fixes[~superseded]


def _cleaned(corrections: pd.DataFrame) -> pd.DataFrame:
    """Texts and labels cleaned as `normalise` cleans a data file; each row named by its id."""
    fixes = corrections.copy()
    if "id" in fixes.columns:
        fixes = fixes.sort_values("id", kind="stable")
        fixes[FEEDBACK_ID] = [f"feedback id {i}" for i in fixes["id"]]
    else:
        fixes[FEEDBACK_ID] = [f"feedback row {n}" for n in range(1, len(fixes) + 1)]
    fixes["text"] = fixes["text"].map(lambda v: clean_text(v) if isinstance(v, str) else "")
    for column in ("intent", "urgency", "language"):
        if column in fixes.columns:
            fixes[column] = fixes[column].map(clean_label(lower=column != "intent"))
    fixes["_key"] = fixes["text"].str.lower()
    return fixes


def _usable(fixes: pd.DataFrame) -> pd.DataFrame:
    """Corrections without the problems `check_cells` refuses in a data file."""
    checks = [(fixes["text"].eq(""), lambda _: "the text is empty"),
              (fixes["intent"].isna(), lambda _: "the intent is missing")]
    if "urgency" in fixes.columns:
        checks.append((fixes["urgency"].notna() & ~fixes["urgency"].isin(URGENCY_LEVELS),
                       lambda v: f"urgency {v['urgency']!r} is not one of "
                                 f"{', '.join(URGENCY_LEVELS)}"))
    if "language" in fixes.columns:
        checks.append((fixes["language"].notna()
                       & ~fixes["language"].isin(supported_languages()),
                       lambda v: language_problem(v["language"])))
    bad = pd.Series(False, index=fixes.index)
    reasons = []
    for mask, reason in checks:
        reasons += [f"{row[FEEDBACK_ID]} ({row['text'][:60]!r}): {reason(row)}"
                    for _, row in fixes[mask & ~bad].iterrows()]
        bad |= mask
    if reasons:
        log.warning("skipped %d feedback row(s) without a usable text/intent/urgency/language: "
                    "%s", len(reasons), "; ".join(reasons))
    return fixes[~bad]


def _timestamps(fixes: pd.DataFrame) -> pd.Series:
    """Each correction's creation time (UTC, ISO 8601), so a time-ordered split still holds."""
    if "created_at" not in fixes.columns:
        log.warning("feedback rows carry no creation time: the split will be stratified, "
                    "not time-ordered")
        return pd.Series(None, index=fixes.index, dtype=object)
    times = pd.to_datetime(fixes["created_at"], utc=True, format="mixed")  # naive: stored UTC
    return times.map(lambda t: None if pd.isna(t) else t.isoformat())


def _shrunk(short: dict[str, int], frame: pd.DataFrame) -> dict[str, int]:
    """The short intents that feedback made short (new, or relabelled away); the data file's
    own intents were checked when it was loaded."""
    before = frame["intent"].value_counts()
    return {intent: count for intent, count in short.items() if count < before.get(intent, 0)
            or intent not in before}


def _fold(frame: pd.DataFrame, fixes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The folded training rows, and the training rows the corrections replaced."""
    is_replaced = frame["text"].map(clean_text).str.lower().isin(set(fixes["_key"]))
    added = fixes.reindex(columns=[c for c in frame.columns if c != LINE]).assign(**{LINE: 0})
    folded = pd.concat([frame[~is_replaced], added], ignore_index=True)
    return folded, frame[is_replaced]


def _skip_short(fixes: pd.DataFrame, replaced: pd.DataFrame, short: dict[str, int],
                minimum: int) -> pd.DataFrame:
    """Drop (with a warning) the corrections that leave an intent with too few examples:
    those labelled with it, and those replacing one of its training rows."""
    replaced_keys = replaced["text"].map(clean_text).str.lower()
    skipped = pd.Series(False, index=fixes.index)
    for intent, count in short.items():
        keys = set(replaced_keys[replaced["intent"] == intent])
        culprits = fixes["intent"].eq(intent) | fixes["_key"].isin(keys)
        log.warning("skipped %s: %s", ", ".join(fixes.loc[culprits, FEEDBACK_ID]),
                    intent_size_problem(intent, count, minimum))
        skipped |= culprits
    return fixes[~skipped]
