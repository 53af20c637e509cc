"""A calibrated linear classifier over sentence embeddings joined with word and character n-grams.

Why both: the embedding carries meaning across phrasings and languages; n-grams catch the exact
words (a product, "IBAN", "chargeback") and typos that a frozen encoder blurs. Probabilities are
calibrated by temperature scaling fitted on the validation split, which keeps the ranking of the
classes (so accuracy) and makes the confidence usable for thresholds.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from triage.text import lexical_form


class TextClassifier(ClassifierMixin, BaseEstimator):
    """Logistic regression on [embedding, word TF-IDF, char TF-IDF] with temperature scaling."""

    def __init__(self, C: float = 10.0, use_ngrams: bool = True, ngram_weight: float = 1.0,
                 class_weight: str | None = None, max_iter: int = 3000, seed: int = 0) -> None:
        self.C = C
        self.use_ngrams = use_ngrams
        self.ngram_weight = ngram_weight
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.seed = seed

    def _features(self, embeddings: np.ndarray, texts: list[str], fit: bool = False):
        if not self.use_ngrams:
            return embeddings
        lexical = [lexical_form(t) for t in texts]
        if fit:
            self.word_ = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                         strip_accents="unicode")
            self.char_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                         sublinear_tf=True, strip_accents="unicode")
            self.word_.fit(lexical)
            self.char_.fit(lexical)
        w = self.ngram_weight
        return sp.hstack([sp.csr_matrix(embeddings), w * self.word_.transform(lexical),
                          w * self.char_.transform(lexical)], format="csr")

    def fit(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        """Fit the n-gram vocabularies and the linear model on the training split."""
        X = self._features(embeddings, texts, fit=True)
        self.model_ = LogisticRegression(C=self.C, max_iter=self.max_iter,
                                         class_weight=self.class_weight, random_state=self.seed)
        self.model_.fit(X, np.asarray(y, dtype=object))
        self.classes_ = self.model_.classes_
        self.temperature_ = 1.0
        return self

    def logits(self, embeddings: np.ndarray, texts: list[str]) -> np.ndarray:
        check_is_fitted(self, "model_")
        scores = self.model_.decision_function(self._features(embeddings, texts))
        if scores.ndim == 1:  # binary problems give one column: turn it into two logits
            scores = np.column_stack([-scores / 2, scores / 2])
        return scores

    def calibrate(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        """Fit the temperature that minimises the log-loss on held-out (validation) data."""
        logits = self.logits(embeddings, texts)
        index = {c: i for i, c in enumerate(self.classes_)}
        known = np.array([label in index for label in y])
        target = np.array([index[label] for label in np.asarray(y, dtype=object)[known]])
        logits = logits[known]
        if len(target) == 0:
            return self

        def nll(t: float) -> float:
            return -float(np.mean(log_softmax(logits / t, axis=1)[np.arange(len(target)), target]))

        self.temperature_ = float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)
        return self

    def predict_proba(self, embeddings: np.ndarray, texts: list[str]) -> np.ndarray:
        """Calibrated class probabilities, columns in the order of `classes_`."""
        return softmax(self.logits(embeddings, texts) / self.temperature_, axis=1)
