"""Approved answer templates and the out-of-scope evaluation file, found beside the data by
default."""

from __future__ import annotations

import logging
from pathlib import Path

from training.data import DataError, Problem, read_table

log = logging.getLogger(__name__)
ANSWERS_FILE = "answers.csv"
OUT_OF_SCOPE_FILE = "out_of_scope.csv"


def _beside(explicit: str | Path | None, data_path: Path, name: str) -> Path | None:
    if explicit:
        return Path(explicit)
    candidate = data_path.parent / name
    return candidate if candidate.is_file() else None


def load_templates(path: str | Path | None, data_path: Path) -> dict[tuple[str, str], str]:
    """(intent, language) → approved answer; {} when there is no answers file."""
    found = _beside(path, data_path, ANSWERS_FILE)
    if found is None:
        log.warning("no %s beside %s: answers will come from history only", ANSWERS_FILE, data_path)
        return {}
    frame = read_table(found)
    missing = [c for c in ("intent", "language", "answer") if c not in frame.columns]
    if missing:
        raise DataError(found, [Problem((), f"missing column(s) {', '.join(missing)}; an answers "
                                            "file has intent, language, answer")])
    blank = frame["answer"].isna() | frame["answer"].str.strip().eq("")
    if blank.any():
        raise DataError(found, [Problem(tuple(frame.loc[blank, "_line"]), "answer is empty")])
    return {(str(r.intent).strip(), str(r.language).strip().lower()): str(r.answer).strip()
            for r in frame.itertuples()}


def load_out_of_scope(path: str | Path | None, data_path: Path) -> list[str]:
    """Messages the shop does not handle, used only to measure out-of-scope recall."""
    found = _beside(path, data_path, OUT_OF_SCOPE_FILE)
    if found is None:
        return []
    frame = read_table(found)
    if "text" not in frame.columns:
        raise DataError(found, [Problem((), "missing column text")])
    return [t for t in frame["text"].dropna() if t.strip()]
