"""Out-of-scope detection: does a message fit any intent the model was trained on?

The score combines two signals that need no out-of-scope examples: how close the message is to
its nearest training messages in embedding space, and how confident the intent classifier is.
In-scope messages are both near known examples and confidently classified. The threshold is the
quantile of the scores of in-scope *validation* messages that keeps a target share in scope.
"""

from __future__ import annotations

import numpy as np


class OutOfScopeScorer:
    """Score = 1 - sqrt(mean top-k cosine similarity x intent confidence); higher = more foreign."""

    def __init__(self, k: int = 5, target_in_scope_recall: float = 0.97) -> None:
        self.k = k
        self.target_in_scope_recall = target_in_scope_recall

    def fit(self, embeddings: np.ndarray) -> OutOfScopeScorer:
        """Keep the training embeddings (rows L2-normalised) as the reference set."""
        self.reference_ = np.ascontiguousarray(embeddings, dtype=np.float32)
        self.threshold_ = 1.0
        return self

    def similarity(self, embeddings: np.ndarray, exclude_self: bool = False) -> np.ndarray:
        """Mean cosine similarity to the k nearest reference messages, in chunks."""
        k = min(self.k + int(exclude_self), len(self.reference_))
        out = np.empty(len(embeddings), dtype=np.float32)
        for start in range(0, len(embeddings), 1024):
            sims = embeddings[start:start + 1024] @ self.reference_.T
            top = -np.partition(-sims, k - 1, axis=1)[:, :k]
            top = np.sort(top, axis=1)[:, ::-1]
            out[start:start + 1024] = top[:, int(exclude_self):].mean(axis=1)
        return out

    def score(self, embeddings: np.ndarray, confidence: np.ndarray) -> np.ndarray:
        sims = np.clip(self.similarity(embeddings), 0.0, 1.0)
        return 1.0 - np.sqrt(sims * np.clip(confidence, 0.0, 1.0))

    def calibrate(self, embeddings: np.ndarray, confidence: np.ndarray) -> OutOfScopeScorer:
        """Set the threshold on in-scope validation messages."""
        scores = self.score(embeddings, confidence)
        self.threshold_ = float(np.quantile(scores, self.target_in_scope_recall))
        return self

    def is_out_of_scope(self, scores: np.ndarray) -> np.ndarray:
        return scores > self.threshold_
