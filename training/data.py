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
import pyarrow as pa
import pyarrow.parquet as pq

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
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise DataError(path, [Problem((), "the file is empty; it needs a header row")]) from None
    problems = _duplicate_columns(header)
    rows, lines, start = [], [], reader.line_num + 1
    wrong_width: dict[int, list[int]] = {}
    for record in reader:
        # Only a line with nothing on it is skipped; a row of blank cells is reported by the
        # checks like any row with an empty text, so nothing vanishes unannounced.
        if record:
            if len(record) != len(header):
                wrong_width.setdefault(len(record), []).append(start)
            else:
                rows.append(record)
                lines.append(start)
        start = reader.line_num + 1
    problems += [Problem(tuple(numbers), f"{width} fields where the header has {len(header)}; "
                                         "quote fields that contain commas")
                 for width, numbers in sorted(wrong_width.items())]
    if problems:
        raise DataError(path, problems)
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame[LINE] = lines
    return frame


def _duplicate_columns(header: list[str]) -> list[Problem]:
    """A column named twice: which of the two holds the data cannot be guessed."""
    seen: dict[str, list[int]] = {}
    for position, name in enumerate(header, start=1):
        seen.setdefault(name, []).append(position)
    return [Problem((1,), f"column {name!r} appears {len(positions)} times (columns "
                          f"{', '.join(map(str, positions))}); keep one")
            for name, positions in seen.items() if len(positions) > 1]


def _read_jsonl(path: Path) -> pd.DataFrame:
    records, lines = [], []
    # Lines end at "\n" only: `str.splitlines` also breaks at U+2028, U+0085 and other
    # separators that JSON strings may hold unescaped (`json.dumps(ensure_ascii=False)`).
    for number, line in enumerate(_decode(path).split("\n"), start=1):
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
    try:
        problems = _duplicate_columns(pq.read_schema(path).names)
        if problems:
            raise DataError(path, problems)
        frame = pq.read_table(path).to_pandas()
    except (pa.ArrowException, OSError) as e:
        raise DataError(path, [Problem((), f"not a readable Parquet file ({e})")]) from e
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
    problems = typed_cell_problems(frame)
    if problems:
        raise DataError(path, problems)
    for column in frame.columns:
        if column != LINE:
            frame[column] = frame[column].map(lambda v: None if is_missing(v) else str(v))
    return frame


# Columns whose cells must be text. JSONL and Parquet carry types, and `str()` would turn a
# number, a list or bytes into a plausible-looking message or label (`"['where', 'is']"`).
TEXT_COLUMNS = ("text", "intent", "urgency", "answer", "language")


def typed_cell_problems(frame: pd.DataFrame) -> list[Problem]:
    """A problem per column and type for cells that are neither text nor missing."""
    problems = []
    for column in (c for c in TEXT_COLUMNS if c in frame.columns):
        kinds = frame[column].map(lambda v: None if is_missing(v) or isinstance(v, str)
                                  else type(v).__name__)
        for kind in sorted(set(kinds.dropna())):
            lines = tuple(int(n) for n in frame.loc[kinds == kind, LINE])
            problems.append(Problem(lines, f"{column} must be text, found {kind}; write it as "
                                           "a string (in JSON, in quotes)"))
    return problems


def is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA
