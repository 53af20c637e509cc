"""Approved answer templates and the out-of-scope evaluation file, found beside the data by
default."""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path

import pandas as pd

from training.data import LINE, DataError, Problem, read_table
from training.validate import language_problem, supported_languages

log = logging.getLogger(__name__)
ANSWERS_FILE = "answers.csv"
OUT_OF_SCOPE_FILE = "out_of_scope.csv"


def _beside(explicit: str | Path | None, data_path: Path, name: str) -> Path | None:
    if explicit:
        return Path(explicit)
    candidate = data_path.parent / name
    return candidate if candidate.is_file() else None


def _lines(frame: pd.DataFrame, mask: pd.Series) -> tuple[int, ...]:
    return tuple(int(n) for n in frame.loc[mask, LINE])


def _cleaned(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells stripped (language lower-cased), missing cells as ""; keys compare as used."""
    out = frame.copy()
    for column in ("intent", "language", "answer"):
        out[column] = out[column].map(lambda v: "" if v is None else str(v).strip())
    out["language"] = out["language"].str.lower()
    return out


def _cell_problems(frame: pd.DataFrame) -> list[Problem]:
    """Empty cells and language codes the detector does not know, each with its lines."""
    problems = []
    for column, fix in (("intent", "write the intent it answers"),
                        ("language", "write a two-letter code such as en or fr"),
                        ("answer", "write the approved reply or remove the row")):
        empty = frame[column].eq("")
        if empty.any():
            problems.append(Problem(_lines(frame, empty), f"{column} is empty; {fix}"))
    # The rule the training data's language column follows: a template in a language the
    # detector cannot name would never be chosen.
    unknown = frame["language"].ne("") & ~frame["language"].isin(supported_languages())
    for value in sorted(set(frame.loc[unknown, "language"])):
        problems.append(Problem(_lines(frame, unknown & frame["language"].eq(value)),
                                language_problem(value, blank_allowed=False)))
    return problems


def _duplicate_problems(frame: pd.DataFrame) -> list[Problem]:
    """Two rows for one (intent, language): which answer is approved cannot be guessed."""
    keyed = frame[frame["intent"].ne("") & frame["language"].ne("")]
    doubled = keyed[keyed.duplicated(["intent", "language"], keep=False)]
    return [Problem(tuple(int(n) for n in rows[LINE]),
                    f"intent {intent!r} in language {language!r} has {len(rows)} answers; "
                    "keep one")
            for (intent, language), rows in doubled.groupby(["intent", "language"], sort=True)]


def _warn_unknown_intents(frame: pd.DataFrame, intents: Collection[str], path: Path) -> None:
    """An answer for an intent the data lacks is unused; warn (not refuse) because retiring an
    intent from the data should not block training, but a misspelling should be seen."""
    unknown = frame[~frame["intent"].isin(set(intents))]
    for intent, rows in unknown.groupby("intent", sort=True):
        problem = Problem(tuple(int(n) for n in rows[LINE]),
                          f"intent {intent!r} is not an intent of the training data; its answer "
                          "will not be used (misspelt, or a retired intent?)")
        log.warning("%s: %s", path, problem)


def load_templates(path: str | Path | None, data_path: Path,
                   intents: Collection[str] | None = None) -> dict[tuple[str, str], str]:
    """(intent, language) → approved answer; {} when there is no answers file.

    Refuses (DataError, with line numbers) empty cells, language codes the training data could
    not use either (`training.validate.supported_languages`) and a second answer for the same
    (intent, language). When the training
    data's `intents` are given, answers for other intents are logged as warnings.
    """
    found = _beside(path, data_path, ANSWERS_FILE)
    if found is None:
        log.warning("no %s beside %s: answers will come from history only", ANSWERS_FILE, data_path)
        return {}
    frame = read_table(found)
    missing = [c for c in ("intent", "language", "answer") if c not in frame.columns]
    if missing:
        raise DataError(found, [Problem((), f"missing column(s) {', '.join(missing)}; an answers "
                                            "file has intent, language, answer")])
    frame = _cleaned(frame)
    problems = _cell_problems(frame) + _duplicate_problems(frame)
    if problems:
        raise DataError(found, problems)
    if intents is not None:
        _warn_unknown_intents(frame, intents, found)
    return {(r.intent, r.language): r.answer for r in frame.itertuples()}


def load_out_of_scope(path: str | Path | None, data_path: Path) -> list[str]:
    """Messages the shop does not handle, used only to measure out-of-scope recall."""
    found = _beside(path, data_path, OUT_OF_SCOPE_FILE)
    if found is None:
        return []
    frame = read_table(found)
    if "text" not in frame.columns:
        raise DataError(found, [Problem((), "missing column text")])
    return [t for t in frame["text"].dropna() if t.strip()]
