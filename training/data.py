"""Loading and validating training data (CSV, JSONL or Parquet).

Validation runs before any work and reports every problem at once, each with the file's line
numbers (row numbers for Parquet) and what to fix, so a data owner can mend a file in one pass.
Nothing is silently dropped: exact duplicate rows are merged and reported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

LINE = "_line"  # column holding each row's line number in the source file



@dataclass(frozen=True)
class Problem:
    lines: tuple[int, ...]
    message: str

    def __str__(self) -> str:
        shown = ", ".join(str(n) for n in self.lines[:10])
        more = f" and {len(self.lines) - 10} more" if len(self.lines) > 10 else ""
        word = "line" if len(self.lines) == 1 else "lines"
        return f"{word} {shown}{more}: {self.message}" if self.lines else self.message


class DataError(ValueError):
    """The data file cannot be used; `problems` lists each problem with its lines.

    `outcome` tells the reader what did not happen because of it (training by default;
    `triage score` says nothing was scored)."""

    def __init__(self, path: str | Path, problems: list[Problem],
                 outcome: str = "nothing was trained") -> None:
        self.path = str(path)
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s) found, {outcome}:\n{lines}")


def file_hash(path: str | Path) -> str:
    """SHA-256 of the file's bytes, logged with the run to tie a model to its data."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise DataError(path, [Problem((line,), f"bytes that are not UTF-8 ({e.reason} at byte "
                                                  f"{e.start}); save the file as UTF-8")]) from e


def _read_csv(path: Path) -> pd.DataFrame:
    reader = csv.reader(io.StringIO(_decode(path), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(path, [Problem((), "the file is empty; it needs a header row")]) from None
    rows, lines, start = [], [], reader.line_num + 1
    for record in reader:
        if any(cell.strip() for cell in record):
            if len(record) != len(header):
                raise DataError(path, [Problem((start,), f"{len(record)} fields where the header "
                                               f"has {len(header)}; quote fields with commas")])
            rows.append(record)
            lines.append(start)
        start = reader.line_num + 1
    frame = pd.DataFrame(rows, columns=[h.strip() for h in header], dtype=object)
    frame[LINE] = lines
    return frame


def _read_jsonl(path: Path) -> pd.DataFrame:
    records, lines = [], []
    for number, line in enumerate(_decode(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataError(path, [Problem((number,), f"not valid JSON: {e.msg}")]) from e
        if not isinstance(record, dict):
            raise DataError(path, [Problem((number,), "each line must be a JSON object")])
        records.append(record)
        lines.append(number)
    frame = pd.DataFrame.from_records(records)
    frame[LINE] = lines
    return frame


def _read_parquet(path: Path) -> pd.DataFrame:
    frame = pd.read_parquet(path)
    frame[LINE] = range(1, len(frame) + 1)  # Parquet has no lines: row numbers, 1-based
    return frame


READERS = {".csv": _read_csv, ".jsonl": _read_jsonl, ".json": _read_jsonl,
           ".parquet": _read_parquet, ".pq": _read_parquet}


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a data file into a frame of strings with the source line of each row in `_line`."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DataError(path, [Problem((), f"unsupported file type {path.suffix!r}; use "
                                            "CSV, JSONL or Parquet")])
    if not path.is_file():
        raise DataError(path, [Problem((), "file not found")])
    frame = reader(path)
    for column in frame.columns:
        if column != LINE:
            frame[column] = frame[column].map(lambda v: None if _is_missing(v) else str(v))
    return frame


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA
