"""An on-disk cache of sentence embeddings, keyed by encoder and text.

Why SQLite: one file per encoder, safe for several processes, no server, and a retrain reads
10k vectors in well under a second.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import numpy as np


def text_key(encoder_id: str, text: str) -> str:
    """Stable key of one text under one encoder."""
    return hashlib.sha256(f"{encoder_id}\x00{text}".encode()).hexdigest()


class EmbeddingCache:
    """Stores float32 vectors by key in `<cache_dir>/<encoder slug>.sqlite`."""

    def __init__(self, cache_dir: str | Path, encoder_id: str) -> None:
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", encoder_id).strip("_")[-80:] or "encoder"
        self.path = Path(cache_dir) / f"{slug}.sqlite"
        self.encoder_id = encoder_id

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30)
        conn.execute("CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, dim INT, vec BLOB)")
        return conn

    def get_many(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        """Vectors for the texts found in the cache, by text (reading creates no file)."""
        keys = {text_key(self.encoder_id, t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        if not self.path.is_file():
            return found
        conn = self._connect()
        try:
            items = list(keys)
            for start in range(0, len(items), 500):
                chunk = items[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(f"SELECT key, vec FROM emb WHERE key IN ({marks})", chunk)
                for key, blob in rows:
                    found[keys[key]] = np.frombuffer(blob, dtype=np.float32)
        finally:
            conn.close()
        return found

    def put_many(self, texts: list[str], vectors: np.ndarray) -> None:
        """Store vectors (one row per text)."""
        rows = [(text_key(self.encoder_id, t), int(v.shape[0]), v.astype(np.float32).tobytes())
                for t, v in zip(texts, vectors, strict=True)]
        conn = self._connect()
        try:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO emb VALUES (?, ?, ?)", rows)
        finally:
            conn.close()
