"""`triage score`: batch scoring of a file, streamed in chunks so memory stays bounded.

Input: CSV, JSONL or Parquet with a `text` column (and optionally `language`). Output: the
batch columns of ARCHITECTURE.md, in CSV, JSONL or Parquet by the output file's extension.

Memory is bounded by the chunk size: a chunk is read, checked, scored and appended to the output
before the next is read, so a file of a million rows is never held whole. Each distinct (text,
language) pair is scored once and the result copied to its duplicates (backlogs repeat "thanks!"
and "where is my order?" thousands of times): within a chunk always, and across chunks through a
bounded memo of the most recently scored pairs (`memo_rows`, 100,000 by default). Its memory
grows with the texts it holds: about 40 MB for 100,000 chat-length messages (~60 characters,
measured with tracemalloc), far more for long e-mails, for which a smaller `memo_rows` is the lever.

The output is published atomically: chunks go to a temporary file beside it, which replaces the
output only when every row is scored. A run that fails (a bad row, an unreadable file, Ctrl-C)
leaves no partial file that looks complete, and any previous output as it was. As in training,
nothing is silently dropped or coerced: a row whose text is missing, blank or not a string, or a
file that cannot be read, is a DataError naming the file's line numbers (CSV, JSONL) or row
numbers (Parquet, counted from 1).
"""

from __future__ import annotations

import os
import secrets
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from training.batch_input import (
    OUTCOME,
    check_chunk,
    count_rows,
    file_format,
    read_chunks,
    refusal,
)
from triage.config import ConfigError
from triage.model import BATCH_COLUMNS, TriageModel

MEMO_ROWS = 100_000


class ChunkWriter:
    """Appends scored chunks to a CSV, JSONL or Parquet file (`kind`: by default its suffix)."""

    def __init__(self, path: Path, kind: str | None = None) -> None:
        self.path, self.kind = path, kind or file_format(path)
        self._parquet: pq.ParquetWriter | None = None
        self._first = True

    def write(self, frame: pd.DataFrame) -> None:
        if self.kind == ".parquet":
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table.cast(self._parquet.schema))
        elif self.kind == ".csv":
            frame.to_csv(self.path, mode="w" if self._first else "a", header=self._first,
                         index=False)
        else:
            with open(self.path, "w" if self._first else "a", encoding="utf-8") as f:
                frame.to_json(f, orient="records", lines=True, force_ascii=False)
        self._first = False

    def close(self) -> None:
        """Finish the file: the Parquet footer, or the header alone when nothing was written."""
        if self._parquet is not None:
            self._parquet.close()
        elif self._first:
            self.write(pd.DataFrame(columns=list(BATCH_COLUMNS)))

    def discard(self) -> None:
        """Release the file after a failure; its content is about to be deleted."""
        if self._parquet is not None:
            self._parquet.close()


@contextmanager
def _published(path: Path) -> Iterator[Path]:
    """A new temporary file beside `path` that replaces it only when the block succeeds.

    Why beside it: a rename within one directory is atomic, so readers see the old output or
    the whole new one, never a part that looks complete."""
    partial = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    try:
        partial.touch(exist_ok=False)  # claims the name, with the usual permissions
    except OSError as e:
        raise ConfigError(f"cannot write {path}: {e.strerror} ({OUTCOME})") from e
    try:
        yield partial
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _check_paths(input_path: Path, output_path: Path) -> None:
    """Refuse before anything is written: unknown formats, no input, or output onto input."""
    file_format(input_path)
    file_format(output_path)
    if not input_path.is_file():
        raise refusal(input_path, "file not found")
    same = input_path.resolve() == output_path.resolve() or (
        output_path.exists() and os.path.samefile(input_path, output_path))
    if same:
        raise ConfigError(f"the output {output_path} is the input file; scoring would overwrite "
                          f"the messages, write to another file ({OUTCOME})")
    if output_path.is_dir():
        raise ConfigError(f"the output {output_path} is a directory; name a file ({OUTCOME})")


class ScoredMemo:
    """Output rows of recently scored (text, language) pairs; the least recently used go first.

    Why: scoring is deterministic for a given model, text and language, and backlogs repeat the
    same short messages across the whole file, not only within one chunk.
    """

    def __init__(self, max_rows: int = MEMO_ROWS) -> None:
        self.max_rows = max_rows
        self._rows: OrderedDict[Hashable, tuple] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, key: Hashable) -> tuple | None:
        row = self._rows.get(key)
        if row is not None:
            self._rows.move_to_end(key)
        return row

    def put(self, key: Hashable, row: tuple) -> None:
        if self.max_rows <= 0:
            return
        self._rows[key] = row
        self._rows.move_to_end(key)
        while len(self._rows) > self.max_rows:
            self._rows.popitem(last=False)


def score_chunk(model: TriageModel, chunk: pd.DataFrame,
                memo: ScoredMemo | None = None) -> pd.DataFrame:
    """Score a chunk, each distinct (text, language) once and only if `memo` has not seen it;
    rows come back in input order with the batch columns. Texts must be strings: `check_chunk`
    refuses the others rather than scoring "" or a stringified number."""
    columns = ["text", "language"] if "language" in chunk.columns else ["text"]
    frame = chunk[columns].copy()
    if "language" in frame.columns:
        frame["language"] = frame["language"].where(frame["language"].notna(), "").astype(str)
    keys = list(frame.itertuples(index=False, name=None))
    memo = memo if memo is not None else ScoredMemo(0)
    known = {key: memo.get(key) for key in dict.fromkeys(keys)}
    missing = [key for key, row in known.items() if row is None]
    if missing:
        scored = model.score_frame(pd.DataFrame(missing, columns=columns))
        for key, row in zip(missing, scored[list(BATCH_COLUMNS)].itertuples(index=False,
                                                                             name=None),
                             strict=True):
            known[key] = row
            memo.put(key, row)
    return pd.DataFrame([known[key] for key in keys], columns=list(BATCH_COLUMNS))


def _score_chunks(model: TriageModel, input_path: Path, writer: ChunkWriter, chunk_size: int,
                  memo_rows: int, progress: bool) -> int:
    """Check, score and write each chunk of the input in turn; returns the rows written."""
    memo = ScoredMemo(memo_rows)
    total = 0
    with tqdm(desc="scoring", unit="msg", total=count_rows(input_path),
              disable=not progress) as bar:
        for chunk in read_chunks(input_path, chunk_size):
            check_chunk(input_path, chunk)
            scored = score_chunk(model, chunk, memo)
            writer.write(scored)
            total += len(scored)
            bar.update(len(scored))
    return total


def score_file(model: TriageModel, input_path: str | Path, output_path: str | Path,
               chunk_size: int = 2048, progress: bool = True, memo_rows: int = MEMO_ROWS) -> int:
    """Score every row of the input into the output; returns the number of rows written.

    `memo_rows` bounds how many scored (text, language) pairs are remembered across chunks
    (0: only within a chunk). The output appears only if every row is scored; on any error the
    previous output, if any, is left as it was."""
    input_path, output_path = Path(input_path), Path(output_path)
    if chunk_size < 1:
        raise ConfigError(f"chunk size must be at least 1, not {chunk_size}")
    if memo_rows < 0:
        raise ConfigError(f"memo rows must be 0 or more, not {memo_rows}")
    _check_paths(input_path, output_path)
    with _published(output_path.resolve()) as partial:  # through a symlink, as open() would
        writer = ChunkWriter(partial, file_format(output_path))
        try:
            total = _score_chunks(model, input_path, writer, chunk_size, memo_rows, progress)
        except BaseException:
            writer.discard()
            raise
        writer.close()
    return total
