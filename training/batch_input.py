"""Reading the input of `triage score`: CSV, JSONL or Parquet, a chunk at a time, checked.

Each chunk carries the file's line numbers (CSV, JSONL; a quoted CSV field may span lines) or row
numbers (Parquet, counted from 1) in `LINE`, so a bad row is named where its owner can find it.
Nothing is coerced: a text that is missing, blank or not a string is refused by `check_chunk`,
not scored as "" or as str(12345).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from training.data import LINE, DataError, Problem, is_missing, typed_cell_problems

FORMATS = (".csv", ".jsonl", ".parquet")
OUTCOME = "nothing was scored"
COLUMNS = ("text", "language")  # the input columns scoring reads; others are ignored
FIX_TEXT = "write the customer's message or remove the row"


def refusal(path: Path, message: str, lines: tuple[int, ...] = ()) -> DataError:
    """The DataError of `triage score`: one problem, and the outcome all its errors share."""
    return DataError(path, [Problem(lines, message)], outcome=OUTCOME)


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise refusal(path, f"unsupported file type {suffix!r}; use one of {', '.join(FORMATS)}")
    return suffix


def _parquet_file(path: Path) -> pq.ParquetFile:
    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as e:
        raise refusal(path, f"not a readable Parquet file ({e}); export it again") from e


def count_rows(path: Path) -> int | None:
    """Rows in the input when known without reading it (Parquet metadata), else None."""
    if file_format(path) == ".parquet":
        return _parquet_file(path).metadata.num_rows
    return None


def _check_header(path: Path, names: list[str]) -> None:
    """Refuse a file without a text column, or with two columns scoring would choose between."""
    problems = []
    if "text" not in names:
        found = ", ".join(names) or "none"
        problems.append(Problem((), f"missing column text (columns found: {found})"))
    for name in COLUMNS:
        if names.count(name) > 1:
            problems.append(Problem((), f"{names.count(name)} columns are named {name}; keep "
                                        "one, as it is unclear which to score"))
    if problems:
        raise DataError(path, problems, outcome=OUTCOME)


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError as e:
        raise refusal(path, "file not found") from e
    except OSError as e:
        raise refusal(path, f"cannot read the file ({e.strerror})") from e


def _text_lines(path: Path) -> Iterator[str]:
    """The file's lines as UTF-8 text, a leading BOM dropped; a bad byte names its line.

    Why bytes split on newlines rather than a text stream: the decoding error then has a line."""
    with _open(path) as f:
        for number, raw in enumerate(f, start=1):
            try:
                yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as e:
                raise refusal(path, f"bytes that are not UTF-8 ({e.reason}); save the file as "
                                    "UTF-8", (number,)) from e


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(first line, {text, language}) per CSV record; quoted fields may span lines."""
    reader = csv.reader(_text_lines(path))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise refusal(path, "the file is empty; it needs a header row") from None
    except csv.Error as e:
        raise refusal(path, f"not valid CSV: {e}", (1,)) from e
    _check_header(path, header)
    wanted = {name: header.index(name) for name in COLUMNS if name in header}
    start = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise refusal(path, f"not valid CSV: {e}", (start,)) from e
        if record:  # a blank line is not a row
            if len(record) != len(header):
                raise refusal(path, f"{len(record)} fields where the header has {len(header)}; "
                                    "quote fields with commas", (start,))
            yield start, {name: record[i] for name, i in wanted.items()}
        start = reader.line_num + 1


class _RepeatedText(ValueError):
    """A JSON object with the key `text` twice (json keeps the last silently)."""


def _json_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    record = dict(pairs)
    if len(record) < len(pairs) and sum(key == "text" for key, _ in pairs) > 1:
        raise _RepeatedText
    return record


def _jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(line, object) per non-blank JSONL line, values with their JSON types."""
    for number, line in enumerate(_text_lines(path), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line, object_pairs_hook=_json_object)
        except _RepeatedText:
            raise refusal(path, "the key text appears twice; keep one, as it is unclear which "
                                "to score", (number,)) from None
        except json.JSONDecodeError as e:
            raise refusal(path, f"not valid JSON: {e.msg}", (number,)) from e
        if not isinstance(record, dict):
            raise refusal(path, "each line must be a JSON object", (number,))
        yield number, record


def _frames(records: Iterable[tuple[int, dict[str, object]]],
            chunk_size: int) -> Iterator[pd.DataFrame]:
    """Chunks of `chunk_size` records: text (None where absent), language when any has one."""
    batch: list[tuple[int, dict[str, object]]] = []
    for record in records:
        batch.append(record)
        if len(batch) == chunk_size:
            yield _frame(batch)
            batch = []
    if batch:
        yield _frame(batch)


def _frame(batch: list[tuple[int, dict[str, object]]]) -> pd.DataFrame:
    names = [n for n in COLUMNS if n == "text" or any(n in record for _, record in batch)]
    # object dtype keeps each value as read: no number turned into text, no None into "None"
    frame = pd.DataFrame({n: [record.get(n) for _, record in batch] for n in names},
                         dtype=object)
    frame[LINE] = [line for line, _ in batch]
    return frame


def _parquet_chunks(path: Path, chunk_size: int) -> Iterator[pd.DataFrame]:
    file = _parquet_file(path)
    names = file.schema_arrow.names
    _check_header(path, names)
    first = 1  # Parquet has no lines: rows are numbered from 1
    try:
        for batch in file.iter_batches(batch_size=chunk_size,
                                       columns=[n for n in COLUMNS if n in names]):
            frame = batch.to_pandas()
            frame[LINE] = range(first, first + len(frame))
            first += len(frame)
            yield frame
    except (pa.ArrowException, OSError) as e:
        raise refusal(path, f"not a readable Parquet file ({e}); export it again") from e


def read_chunks(path: Path, chunk_size: int) -> Iterator[pd.DataFrame]:
    """Chunks of the input with columns text (and language when present) and each row's line
    number in `LINE`; a file that cannot be read raises DataError."""
    kind = file_format(path)
    if kind == ".parquet":
        return _parquet_chunks(path, chunk_size)
    records = _csv_records(path) if kind == ".csv" else _jsonl_records(path)
    return _frames(records, chunk_size)


def check_chunk(path: Path, chunk: pd.DataFrame) -> None:
    """Refuse a chunk with a text that is missing, blank or not a string, or a language that is
    not a string. Why: scoring "" or str([1, 2]) would publish a decision nobody asked for."""
    problems = []
    blank = chunk["text"].map(lambda v: is_missing(v) or (isinstance(v, str) and not v.strip()))
    if blank.any():
        lines = tuple(int(n) for n in chunk.loc[blank, LINE])
        problems.append(Problem(lines, f"text is missing, empty or only white space; {FIX_TEXT}"))
    problems += typed_cell_problems(chunk)  # the rule and wording training data gets
    if problems:
        raise DataError(path, problems, outcome=OUTCOME)
