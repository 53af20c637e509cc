"""Out-of-scope detection: does a message fit any intent the model was trained on?

Two signals need no out-of-scope examples: how similar the message is to its nearest training
message in embedding space, and how confident the intent classifier is. In-scope messages are
both near a known example and confidently classified. The signals live on different scales, so
each is turned into its rank among the in-scope *validation* messages (the share of them that
score lower). For an in-scope message each rank is uniform on [0, 1], i.e. a p-value of "this
message is in scope"; the two are joined by their product (Fisher's way of combining p-values)
and the out-of-scope score is one minus that product. The threshold is the quantile of the
validation scores that keeps a target share in scope.

Why the product: a message that is far from every training message is foreign even when the
classifier is sure of it (the n-gram view is confidently wrong on a shop's "cancel my order"
asked of a bank), and the product lets either signal alone make the case, where the mean of
the ranks needed both. On development data (bench/experiment_oos_combination.py: Banking77
train.csv, a quarter of the intents unknown, 3 seeds, 97% of in-scope validation kept), the
product flagged 78.7% of off-topic Bitext train.csv messages against 59.6% for the mean, for
37.3% against 38.4% of the held-out banking intents and the same in-scope accuracy (92.5% vs
92.6%). Similarity alone flagged more off-topic messages (86.8%) but fewer held-out intents
(33.7%) and lost 0.7 points of in-scope accuracy; confidence alone did worse on both, and
distances to class centroids or a Mahalanobis distance did worse on held-out intents
(BENCHMARKS.md).
Models calibrated with the mean keep it: the rule travels with the threshold it produced.
"""

from __future__ import annotations

import numpy as np

from triage.neighbours import top_k

COMBINATIONS = ("product", "mean")


class OutOfScopeScorer:
    """Score = 1 - (rank of nearest-neighbour similarity x rank of confidence); higher = more
    foreign. `combine="mean"` averages the two ranks instead (the rule before the product)."""

    def __init__(self, k: int = 1, target_in_scope_recall: float = 0.97,
                 combine: str = "product") -> None:
        self.k = k
        self.target_in_scope_recall = target_in_scope_recall
        self.combine = combine

    def fit(self, embeddings: np.ndarray, n_rows: int | None = None) -> OutOfScopeScorer:
        """Keep the training embeddings (rows L2-normalised) as the reference set.

        `n_rows`: only the first `n_rows` rows are the reference. Training passes the intent
        classifier's neighbour matrix (train then validation rows) with the train rows' count,
        so the model holds the training embeddings once and one search serves both.
        """
        if self.combine not in COMBINATIONS:
            raise ValueError(f"unknown combination {self.combine!r}; choose one of "
                             f"{', '.join(COMBINATIONS)}")
        self.reference_ = np.ascontiguousarray(embeddings, dtype=np.float32)
        self.n_reference_ = len(self.reference_) if n_rows is None else int(n_rows)
        self.similarity_ref_ = np.array([0.0, 1.0])
        self.confidence_ref_ = np.array([0.0, 1.0])
        self.threshold_ = 1.0
        return self

    @property
    def reference_rows(self) -> np.ndarray:
        """The reference embeddings (a view: no copy)."""
        return self.reference_[:getattr(self, "n_reference_", len(self.reference_))]

    def similarity(self, embeddings: np.ndarray) -> np.ndarray:
        """Mean cosine similarity to the k nearest reference messages."""
        if len(embeddings) == 0:
            return np.empty(0, dtype=np.float32)
        return top_k(embeddings, self.reference_rows, self.k)[0].mean(axis=1)

    def score(self, embeddings: np.ndarray, confidence: np.ndarray,
              similarity: np.ndarray | None = None) -> np.ndarray:
        """Out-of-scope score in [0, 1] for each message (needs `calibrate` to be meaningful).

        `similarity`: `similarity(embeddings)` when the caller has already computed it."""
        if similarity is None:
            similarity = self.similarity(embeddings)
        similarity_rank = _rank(self.similarity_ref_, similarity)
        confidence_rank = _rank(self.confidence_ref_, np.asarray(confidence, dtype=np.float64))
        # Pickles from before the product have no `combine`; their threshold came from the mean.
        if getattr(self, "combine", "mean") == "mean":
            return 1.0 - (similarity_rank + confidence_rank) / 2.0
        return 1.0 - similarity_rank * confidence_rank

    def calibrate(self, embeddings: np.ndarray, confidence: np.ndarray) -> OutOfScopeScorer:
        """Learn the in-scope distributions and the threshold from in-scope validation messages."""
        self.similarity_ref_ = np.sort(self.similarity(embeddings).astype(np.float64))
        self.confidence_ref_ = np.sort(np.asarray(confidence, dtype=np.float64))
        scores = self.score(embeddings, confidence)
        self.threshold_ = float(np.quantile(scores, self.target_in_scope_recall))
        return self

    def is_out_of_scope(self, scores: np.ndarray) -> np.ndarray:
        return scores > self.threshold_


def _rank(reference: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Share of the (sorted) reference values at or below each value."""
    return np.searchsorted(reference, values, side="right") / len(reference)
