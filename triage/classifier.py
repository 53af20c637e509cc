"""A calibrated text classifier: three views of a message fused in log space.

- meaning: multinomial logistic regression on the sentence embedding (carries paraphrases);
- wording: a linear SVM on word and character TF-IDF n-grams (exact terms such as "IBAN" or
  "chargeback", and typos that a frozen encoder blurs);
- neighbours: similarity-weighted votes of the nearest training messages in embedding space
  (intents made of several distinct phrasings).

Why late fusion rather than one model over all features: it was as accurate or better on
Banking77 validation data and several times faster to fit (BENCHMARKS.md). The fusion weights
and a temperature are chosen on the validation split by `calibrate` (log-loss), then `refit`
retrains the views on train + validation with those choices: the final model sees every
labelled message, while every choice was made on data the views had not seen.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from triage.neighbours import NeighbourVotes
from triage.text import lexical_form

NGRAM_WEIGHTS = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0)
NEIGHBOUR_WEIGHTS = (0.0, 0.5, 1.0, 2.0)


class TextClassifier(ClassifierMixin, BaseEstimator):
    """Embedding LR + n-gram SVM + kNN votes, fused with weights and temperature from validation."""

    def __init__(self, C: float = 30.0, ngram_C: float = 0.3, use_ngrams: bool = True,
                 use_neighbours: bool = True, k: int = 10, knn_temperature: float = 0.05,
                 ngram_weight: float = 2.0, neighbour_weight: float = 0.5,
                 class_weight: str | None = None, max_iter: int = 1000, seed: int = 0) -> None:
        self.C = C
        self.ngram_C = ngram_C
        self.use_ngrams = use_ngrams
        self.use_neighbours = use_neighbours
        self.k = k
        self.knn_temperature = knn_temperature
        self.ngram_weight = ngram_weight
        self.neighbour_weight = neighbour_weight
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.seed = seed

    def fit(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        """Fit every view on the training split; fusion weights start at the constructor's."""
        self.ngram_weight_ = self.ngram_weight if self.use_ngrams else 0.0
        self.neighbour_weight_ = self.neighbour_weight if self.use_neighbours else 0.0
        self.temperature_ = 1.0
        return self._fit_views(embeddings, texts, y)

    def refit(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        """Refit the views on more data (train + validation), keeping weights and temperature."""
        check_is_fitted(self, "embedding_model_")
        return self._fit_views(embeddings, texts, y)

    def _fit_views(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        """Fit the n-gram view in a second thread while the embedding view fits in this one.

        BLAS and OpenMP are held to one thread each: these problems are small, and on a busy
        machine their thread pools spin-wait far longer than they compute (measured: 10x).
        """
        labels = np.asarray(y, dtype=object)
        with threadpool_limits(limits=1), ThreadPoolExecutor(max_workers=1) as pool:
            ngram_job = pool.submit(self._fit_ngrams, texts, labels) if self.use_ngrams else None
            self.embedding_model_ = LogisticRegression(
                C=self.C, max_iter=self.max_iter, class_weight=self.class_weight,
                random_state=self.seed).fit(embeddings, labels)
            self.classes_ = self.embedding_model_.classes_
            if self.use_neighbours:
                self.neighbours_ = NeighbourVotes(self.k, self.knn_temperature).fit(
                    embeddings, np.searchsorted(self.classes_, labels), len(self.classes_))
            if ngram_job is not None:
                self.ngram_model_ = ngram_job.result()
        return self

    def _fit_ngrams(self, texts: list[str], labels: np.ndarray) -> LinearSVC:
        lexical = [lexical_form(t) for t in texts]
        self.word_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                     strip_accents="unicode")
        self.char_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                     sublinear_tf=True, strip_accents="unicode")
        features = sp.hstack([self.word_.fit_transform(lexical),
                              self.char_.fit_transform(lexical)], format="csr")
        model = LinearSVC(C=self.ngram_C, class_weight=self.class_weight, random_state=self.seed)
        model.fit(features, labels)
        model.coef_ = model.coef_.astype(np.float32)  # halves the pickle; scores are unchanged
        return model

    def _ngrams(self, texts: list[str]) -> sp.csr_matrix:
        lexical = [lexical_form(t) for t in texts]
        return sp.hstack([self.word_.transform(lexical), self.char_.transform(lexical)],
                         format="csr")

    def views(self, embeddings: np.ndarray, texts: list[str]) -> dict[str, np.ndarray]:
        """Each view's scores (rows = messages, columns = `classes_`), before fusion."""
        check_is_fitted(self, "embedding_model_")
        out = {"embedding": _two_columns(self.embedding_model_.decision_function(embeddings))}
        out["embedding"] = log_softmax(out["embedding"], axis=1)
        if self.use_ngrams:
            out["ngrams"] = _two_columns(self.ngram_model_.decision_function(self._ngrams(texts)))
        if self.use_neighbours:
            out["neighbours"] = self.neighbours_.log_votes(embeddings)
        return out

    def _fuse(self, views: dict[str, np.ndarray], ngram_weight: float,
              neighbour_weight: float) -> np.ndarray:
        logits = views["embedding"].copy()
        if "ngrams" in views and ngram_weight:
            logits += ngram_weight * views["ngrams"]
        if "neighbours" in views and neighbour_weight:
            logits += neighbour_weight * views["neighbours"]
        return logits

    def logits(self, embeddings: np.ndarray, texts: list[str]) -> np.ndarray:
        """Fused scores before temperature scaling."""
        return self._fuse(self.views(embeddings, texts), self.ngram_weight_,
                          self.neighbour_weight_)

    def calibrate(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        """Choose the fusion weights and the temperature minimising log-loss on validation data."""
        return self.calibrate_views(self.views(embeddings, texts), y)

    def calibrate_views(self, views: dict[str, np.ndarray], y: list[str]) -> TextClassifier:
        """`calibrate` on views already computed (so validation is scored once)."""
        index = {c: i for i, c in enumerate(self.classes_)}
        known = np.array([label in index for label in y], dtype=bool)
        if not known.any():
            return self
        target = np.array([index[label] for label in np.asarray(y, dtype=object)[known]])
        views = {name: v[known] for name, v in views.items()}
        ngram_grid = NGRAM_WEIGHTS if self.use_ngrams else (0.0,)
        neighbour_grid = NEIGHBOUR_WEIGHTS if self.use_neighbours else (0.0,)
        best = None
        for a, b in itertools.product(ngram_grid, neighbour_grid):
            t, loss = _temperature(self._fuse(views, a, b), target)
            if best is None or loss < best[0]:
                best = (loss, a, b, t)
        _, self.ngram_weight_, self.neighbour_weight_, self.temperature_ = best
        return self

    def proba_from_views(self, views: dict[str, np.ndarray]) -> np.ndarray:
        """Calibrated probabilities from views already computed."""
        fused = self._fuse(views, self.ngram_weight_, self.neighbour_weight_)
        return softmax(fused / self.temperature_, axis=1)

    def predict_proba(self, embeddings: np.ndarray, texts: list[str]) -> np.ndarray:
        """Calibrated class probabilities, columns in the order of `classes_`."""
        return self.proba_from_views(self.views(embeddings, texts))

    def predict(self, embeddings: np.ndarray, texts: list[str]) -> np.ndarray:
        return self.classes_[self.logits(embeddings, texts).argmax(axis=1)]


def _two_columns(scores: np.ndarray) -> np.ndarray:
    """Binary problems give one score per row: turn it into two symmetric logits."""
    return np.column_stack([-scores / 2, scores / 2]) if scores.ndim == 1 else scores


def _temperature(logits: np.ndarray, target: np.ndarray) -> tuple[float, float]:
    """The temperature minimising the mean negative log-likelihood, and that minimum."""
    rows = np.arange(len(target))

    def nll(t: float) -> float:
        return -float(np.mean(log_softmax(logits / t, axis=1)[rows, target]))

    found = minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded")
    return float(found.x), float(found.fun)
