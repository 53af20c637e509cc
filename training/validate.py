"""Checks a training table row by row and names every bad row with its line number."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from training.data import LINE, DataError, Problem, read_table
from triage.config import URGENCY_LEVELS
from triage.text import clean_text

log = logging.getLogger(__name__)


def _lines(frame: pd.DataFrame, mask: pd.Series) -> tuple[int, ...]:
    return tuple(int(n) for n in frame.loc[mask, LINE])


def _blank(series: pd.Series) -> pd.Series:
    return series.map(lambda v: v is None or not str(v).strip())


def check_columns(frame: pd.DataFrame, require_intent: bool) -> list[Problem]:
    """The header's required columns, then at least one row under it (an empty frame would
    fail later as a shape error deep in scikit-learn)."""
    required = ["text"] + (["intent"] if require_intent else [])
    missing = [c for c in required if c not in frame.columns]
    if not missing:
        return ([Problem((), "the file has a header but no rows; add the messages below it")]
                if frame.empty else [])
    present = ", ".join(c for c in frame.columns if c != LINE) or "none"
    return [Problem((), f"missing column(s) {', '.join(missing)} (columns found: {present}); "
                        "the header needs text and intent")]


def check_cells(frame: pd.DataFrame) -> list[Problem]:
    """Empty texts, missing intents, unknown urgency levels and language codes, bad dates."""
    problems = []
    empty = _blank(frame["text"])
    if empty.any():
        problems.append(Problem(_lines(frame, empty), "text is empty or only white space; write "
                                                      "the customer's message or remove the row"))
    if "intent" in frame.columns:
        no_intent = _blank(frame["intent"])
        if no_intent.any():
            problems.append(Problem(_lines(frame, no_intent), "intent is missing; label the row"))
    if "urgency" in frame.columns:
        levels = frame["urgency"].map(lambda v: None if v is None else str(v).strip().lower())
        bad = levels.map(lambda v: v not in (None, "") and v not in URGENCY_LEVELS)
        for value in sorted(set(levels[bad])):
            problems.append(Problem(_lines(frame, bad & (levels == value)),
                                    f"urgency {value!r} is not one of {', '.join(URGENCY_LEVELS)}"))
    if "language" in frame.columns:
        problems += check_languages(frame)
    if "timestamp" in frame.columns:
        problems += check_timestamps(frame)
    return problems


@lru_cache(maxsize=1)
def supported_languages() -> frozenset[str]:
    """ISO 639-1 codes the language detector (lingua) knows.

    Scoring hands the training data's languages to lingua, which fails on any other code; a bad
    code must therefore be refused here, before a model that cannot score is registered."""
    from lingua import Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all())


def language_problem(value: str, blank_allowed: bool = True) -> str:
    """What is wrong with a language code outside `supported_languages()`, and the fix (a data
    row may leave its language blank to have it detected; an answers.csv row may not)."""
    return (f"language {value!r} is not an ISO 639-1 code the language detector supports; "
            "write a two-letter code such as en, fr or de"
            + (", or leave it blank" if blank_allowed else ""))


def check_languages(frame: pd.DataFrame) -> list[Problem]:
    """Language codes, compared as `normalise` will store them ("FR " is "fr")."""
    codes = frame["language"].map(clean_label(lower=True))
    bad = codes.map(lambda v: v is not None and v not in supported_languages())
    return [Problem(_lines(frame, bad & (codes == value)), language_problem(value))
            for value in sorted(set(codes[bad]))]


def check_timestamps(frame: pd.DataFrame) -> list[Problem]:
    """Timestamps the time-ordered split could not read (blank ones are allowed)."""
    given = ~_blank(frame["timestamp"])
    parsed = pd.to_datetime(frame["timestamp"].where(given), utc=True, format="mixed",
                            errors="coerce")
    unreadable = given & parsed.isna()
    if not unreadable.any():
        return []
    example = frame.loc[unreadable, "timestamp"].iloc[0]
    return [Problem(_lines(frame, unreadable), f"timestamp {example!r} is not a date and time; "
                                               "write it as ISO 8601, e.g. 2026-03-01T14:05:00Z")]


def short_intents(frame: pd.DataFrame, minimum: int) -> dict[str, int]:
    """Intents with fewer than `minimum` rows, and their counts."""
    counts = frame["intent"].value_counts()
    return {str(intent): int(count) for intent, count in counts[counts < minimum].items()}


def intent_size_problem(intent: str, count: int, minimum: int) -> str:
    return (f"intent {intent!r} has {count} example(s); at least {minimum} are needed to split "
            "train/validation/test — add examples or merge it into another intent")


def check_intent_sizes(frame: pd.DataFrame, minimum: int) -> list[Problem]:
    """Every intent needs enough rows to appear in train, validation and test."""
    return [Problem(_lines(frame, frame["intent"] == intent),
                    intent_size_problem(intent, count, minimum))
            for intent, count in short_intents(frame, minimum).items()]


def check_conflicts(frame: pd.DataFrame) -> list[Problem]:
    """The same text labelled twice in different ways cannot be learnt."""
    labels = [c for c in ("intent", "urgency") if c in frame.columns]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(frame["text"].map(clean_text)):
        groups[text.lower()].append(i)
    # Labels are compared as training will use them (`normalise`): "Normal" and "normal " agree.
    cleaned = frame.assign(**{c: frame[c].map(clean_label(lower=c != "intent"))
                              for c in labels})
    problems = []
    for rows in groups.values():
        if len(rows) < 2:
            continue
        sub = cleaned.iloc[rows]
        clashing = [c for c in labels if sub[c].nunique(dropna=False) > 1]
        if clashing:
            problems.append(Problem(tuple(int(n) for n in sub[LINE]),
                                    f"the same text has different {' and '.join(clashing)} "
                                    f"labels ({_describe_labels(sub, clashing)}); keep one label"))
    return problems


def _describe_labels(sub: pd.DataFrame, columns: list[str]) -> str:
    return "; ".join(f"{c}: {', '.join(sorted(set(map(str, sub[c]))))}" for c in columns)


def clean_label(lower: bool) -> Callable[[object], str | None]:
    """A label as training uses it: stripped, lowercased if `lower`, None when blank."""
    def clean(value: object) -> str | None:
        if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) \
                or not str(value).strip():
            return None
        return str(value).strip().lower() if lower else str(value).strip()
    return clean


def normalise(frame: pd.DataFrame) -> pd.DataFrame:
    """Cleaned text and labels; exact duplicate rows merged (and reported)."""
    out = frame.copy()
    out["text"] = out["text"].map(clean_text)
    for column in ("intent", "urgency", "language"):
        if column in out.columns:
            out[column] = out[column].map(clean_label(lower=column != "intent"))
    key = out["text"].str.lower()
    duplicated = key.duplicated()
    if duplicated.any():
        log.warning("merged %d exact duplicate row(s) (lines %s)", int(duplicated.sum()),
                    ", ".join(map(str, out.loc[duplicated, LINE].head(10))))
        out = out[~duplicated]
    return out.reset_index(drop=True)


def load_training_data(path: str | Path, min_examples_per_intent: int = 5,
                       require_intent: bool = True) -> pd.DataFrame:
    """Read and validate a training file; raise `DataError` listing every problem."""
    frame = read_table(path)
    problems = check_columns(frame, require_intent)
    if not problems:
        problems = check_cells(frame)
    if not problems and require_intent:
        problems = check_conflicts(frame)
    if problems:
        raise DataError(path, problems)
    clean = normalise(frame)
    if require_intent:
        problems = check_intent_sizes(clean, min_examples_per_intent)
        if problems:
            raise DataError(path, problems)
    return clean
