"""`triage score`: batch scoring of a file, streamed in chunks so memory stays bounded.

Input: CSV, JSONL or Parquet with a `text` column (and optionally `language`). Output: the
batch columns of ARCHITECTURE.md, in CSV, JSONL or Parquet by the output file's extension.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from training.data import DataError, Problem
from triage.model import TriageModel

FORMATS = (".csv", ".jsonl", ".parquet")


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DataError(path, [Problem((), f"unsupported file type {suffix!r}; use one of "
                                            f"{', '.join(FORMATS)}")])
    return suffix


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
            self.write(pd.DataFrame(columns=["text"]))


def score_file(model: TriageModel, input_path: str | Path, output_path: str | Path,
               chunk_size: int = 2048, progress: bool = True) -> int:
    """Score every row of the input into the output; returns the number of rows written."""
    input_path, output_path = Path(input_path), Path(output_path)
    writer = ChunkWriter(output_path)
    total = 0
    try:
        with tqdm(desc="scoring", unit="msg", disable=not progress) as bar:
            for chunk in read_chunks(input_path, chunk_size):
                if "text" not in chunk.columns:
                    raise DataError(input_path, [Problem((), "missing column text")])
                scored = model.score_frame(chunk.assign(text=chunk["text"].fillna("").astype(str)))
                writer.write(scored)
                total += len(scored)
                bar.update(len(scored))
    finally:
        writer.close()
    return total
