"""`triage score`: batch scoring of a file, streamed in chunks so memory stays bounded.

Input: CSV, JSONL or Parquet with a `text` column (and optionally `language`). Output: the
batch columns of ARCHITECTURE.md, in CSV, JSONL or Parquet by the output file's extension.

Memory is bounded by the chunk size: a chunk is read, scored and appended to the output before
the next is read, so a file of a million rows is never held whole. Each distinct (text, language)
pair is scored once and the result copied to its duplicates (backlogs repeat "thanks!" and "where
is my order?" thousands of times): within a chunk always, and across chunks through a bounded memo
of the most recently scored pairs (`memo_rows`, 100,000 by default). Its memory grows with the
texts it holds: about 40 MB for 100,000 chat-length messages (~60 characters, measured with
tracemalloc), far more for long e-mails, for which a smaller `memo_rows` is the lever.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from training.data import DataError, Problem
from triage.config import ConfigError
from triage.model import BATCH_COLUMNS, TriageModel

FORMATS = (".csv", ".jsonl", ".parquet")
MEMO_ROWS = 100_000


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DataError(path, [Problem((), f"unsupported file type {suffix!r}; use one of "
                                            f"{', '.join(FORMATS)}")])
    return suffix


def count_rows(path: Path) -> int | None:
    """Rows in the input when known without reading it (Parquet metadata), else None."""
    if _format(path) == ".parquet":
        return pq.ParquetFile(path).metadata.num_rows
    return None


def read_chunks(path: Path, chunk_size: int) -> Iterator[pd.DataFrame]:
    """Chunks of the input with columns text (and language when present)."""
    kind = _format(path)
    if kind == ".parquet":
        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_size):
            yield batch.to_pandas()
        return
    reader = (pd.read_csv(path, chunksize=chunk_size, dtype=str, keep_default_na=False)
              if kind == ".csv" else
              pd.read_json(path, lines=True, chunksize=chunk_size, dtype=False))
    with reader as chunks:
        yield from chunks


class ChunkWriter:
    """Appends scored chunks to a CSV, JSONL or Parquet file."""

    def __init__(self, path: Path) -> None:
        self.path, self.kind = path, _format(path)
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
        if self._parquet is not None:
            self._parquet.close()
        elif self._first:  # empty input: still write a file with the header
            self.write(pd.DataFrame(columns=list(BATCH_COLUMNS)))


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
    rows come back in input order with the batch columns."""
    columns = ["text", "language"] if "language" in chunk.columns else ["text"]
    frame = chunk[columns].copy()
    frame["text"] = frame["text"].fillna("").astype(str)
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


def score_file(model: TriageModel, input_path: str | Path, output_path: str | Path,
               chunk_size: int = 2048, progress: bool = True, memo_rows: int = MEMO_ROWS) -> int:
    """Score every row of the input into the output; returns the number of rows written.

    `memo_rows` bounds how many scored (text, language) pairs are remembered across chunks
    (0: only within a chunk)."""
    input_path, output_path = Path(input_path), Path(output_path)
    if chunk_size < 1:
        raise ConfigError(f"chunk size must be at least 1, not {chunk_size}")
    if memo_rows < 0:
        raise ConfigError(f"memo rows must be 0 or more, not {memo_rows}")
    total_rows = count_rows(input_path)
    writer = ChunkWriter(output_path)
    memo = ScoredMemo(memo_rows)
    total = 0
    try:
        with tqdm(desc="scoring", unit="msg", total=total_rows, disable=not progress) as bar:
            for chunk in read_chunks(input_path, chunk_size):
                if "text" not in chunk.columns:
                    raise DataError(input_path, [Problem((), "missing column text")])
                scored = score_chunk(model, chunk, memo)
                writer.write(scored)
                total += len(scored)
                bar.update(len(scored))
    finally:
        writer.close()
    return total
