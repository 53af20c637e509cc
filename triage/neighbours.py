"""Nearest neighbours in embedding space: top-k cosine similarities and similarity-weighted votes.

Rows are L2-normalised sentence embeddings, so a dot product is a cosine similarity. Queries are
processed in chunks so a large batch never materialises a full query x reference matrix.
"""

from __future__ import annotations

import numpy as np

CHUNK = 1024


def top_k(queries: np.ndarray, reference: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices) of the k most similar reference rows per query, best first."""
    sims, index, _ = top_k_and_prefix_best(queries, reference, k, prefix_rows=0)
    return sims, index


def top_k_and_prefix_best(queries: np.ndarray, reference: np.ndarray, k: int,
                          prefix_rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`top_k`, plus each query's best similarity among the first `prefix_rows` reference rows.

    Why both at once: reading the reference matrix is the cost (it is memory-bound), and the
    kNN votes (all training messages) and the out-of-scope scorer (the train split, a prefix of
    them) need the same similarities; one pass serves both.
    """
    k = max(1, min(k, len(reference)))
    sims_out = np.empty((len(queries), k), dtype=np.float32)
    index_out = np.empty((len(queries), k), dtype=np.int64)
    prefix_out = np.empty(len(queries) if prefix_rows > 0 else 0, dtype=np.float32)
    for start in range(0, len(queries), CHUNK):
        sims = np.asarray(queries[start:start + CHUNK], dtype=np.float32) @ reference.T
        index = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        top = np.take_along_axis(sims, index, axis=1)
        order = np.argsort(-top, axis=1)
        sims_out[start:start + CHUNK] = np.take_along_axis(top, order, axis=1)
        index_out[start:start + CHUNK] = np.take_along_axis(index, order, axis=1)
        if prefix_rows > 0:
            prefix_out[start:start + CHUNK] = sims[:, :prefix_rows].max(axis=1)
    return sims_out, index_out, prefix_out


class NeighbourVotes:
    """Class votes of the k nearest training messages, weighted by exp(similarity / temperature).

    Why: a linear model draws one boundary per class, while intents are often several distinct
    phrasings ("card not arrived" vs "where is my card"); the nearest examples capture those
    clusters directly and correct part of the linear model's mistakes when the two are fused.
    """

    def __init__(self, k: int = 10, temperature: float = 0.05, floor: float = 1e-3) -> None:
        self.k = k
        self.temperature = temperature
        self.floor = floor

    def fit(self, embeddings: np.ndarray, labels: np.ndarray, n_classes: int) -> NeighbourVotes:
        """Keep the reference embeddings and their class indices (0..n_classes-1)."""
        self.reference_ = np.ascontiguousarray(embeddings, dtype=np.float32)
        self.labels_ = np.asarray(labels, dtype=np.int64)
        self.n_classes_ = int(n_classes)
        return self

    def log_votes(self, embeddings: np.ndarray,
                  nearest: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        """Log of the normalised vote share of each class, floored so no class is impossible.

        `nearest`: the (similarities, indices) of `top_k` over `reference_` with at least `k`
        columns, when the caller has already searched (TriageModel shares one search).
        """
        if nearest is None:
            nearest = top_k(embeddings, self.reference_, self.k)
        sims, index = nearest[0][:, :self.k], nearest[1][:, :self.k]
        weights = np.exp((sims - 1.0) / self.temperature)
        votes = np.zeros((len(embeddings), self.n_classes_), dtype=np.float64)
        rows = np.repeat(np.arange(len(embeddings)), index.shape[1])
        np.add.at(votes, (rows, self.labels_[index].ravel()), weights.ravel())
        votes /= np.maximum(votes.sum(axis=1, keepdims=True), 1e-12)
        return np.log(votes + self.floor)
