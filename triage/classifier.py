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
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from triage.neighbours import NeighbourVotes
from triage.ngrams import NgramCounts
from triage.text import lexical_form

NGRAM_WEIGHTS = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0)
NEIGHBOUR_WEIGHTS = (0.0, 0.5, 1.0, 2.0)


class Labelled(NamedTuple):
    """Messages with their labels, as the classifier fits on them (rows aligned)."""

    embeddings: np.ndarray
    texts: list[str]
    labels: list[str]


def _joined(first: Labelled, second: Labelled) -> Labelled:
    return Labelled(np.vstack([first.embeddings, second.embeddings]),
                    list(first.texts) + list(second.texts),
                    list(first.labels) + list(second.labels))


@contextmanager
def _fitting_pool() -> Iterator[ThreadPoolExecutor]:
    """Two workers for the views' fits, with BLAS and OpenMP held to one thread each.

    The views fit in parallel with each other; on a busy machine the libraries' own thread
    pools spin-wait far longer than these small problems compute (measured: 10x).
    """
    with threadpool_limits(limits=1), ThreadPoolExecutor(max_workers=2) as pool:
        yield pool


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
        self._reset_fusion()
        return self._fit_views(embeddings, texts, y)

    def refit(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        """Refit the views on more data (train + validation), keeping weights and temperature."""
        check_is_fitted(self, "embedding_model_")
        return self._fit_views(embeddings, texts, y)

    def _fit_views(self, embeddings: np.ndarray, texts: list[str], y: list[str]) -> TextClassifier:
        messages = Labelled(embeddings, texts, y)
        with _fitting_pool() as pool:
            counts = pool.submit(NgramCounts, texts) if self.use_ngrams else None
            self._assign_views(self._submit_views(pool, messages, counts, None))
        return self

    def fit_calibrate_refit(self, train: Labelled, validation: Labelled,
                            refit: bool = True) -> np.ndarray:
        """`fit` on train, `calibrate` on validation, then (when `refit`) `refit` on both.

        Returns the validation probabilities from before the refit: thresholds must be chosen
        on messages the model has not learnt from. The refit's views do not depend on the
        fusion weights, so they are fitted alongside the first fit and the calibration instead
        of after them: on two cores this fills the time one view would otherwise wait for the
        other (a warm Banking77 training's fit step: 8.8 s before, 7.2–7.8 s after, one to three
        runs each). The result is the same as calling the three steps in turn.
        """
        self._reset_fusion()
        both = _joined(train, validation) if refit else train
        with _fitting_pool() as pool:
            # The n-grams of train + validation are counted once, for both fits.
            counts = pool.submit(NgramCounts, both.texts) if self.use_ngrams else None
            first = self._submit_views(pool, train, counts, len(train.texts))
            # By the time a worker takes the refit's jobs, the counting is over.
            second = (self._submit_views(pool, both, counts, None, counted=True)
                      if refit else None)
            self._assign_views(first)
            views = self.views(validation.embeddings, validation.texts)
            proba = self.calibrate_views(views, validation.labels).proba_from_views(views)
            if second is not None:
                self._assign_views(second)
        return proba

    def _reset_fusion(self) -> None:
        self.ngram_weight_ = self.ngram_weight if self.use_ngrams else 0.0
        self.neighbour_weight_ = self.neighbour_weight if self.use_neighbours else 0.0
        self.temperature_ = 1.0

    def _submit_views(self, pool: ThreadPoolExecutor, messages: Labelled, counts: Future | None,
                      first: int | None, counted: bool = False) -> list[Future]:
        """Start fitting each view; every future returns the fitted attributes to set.

        `counts` is the pending `NgramCounts` of a set of messages of which `messages` are the
        `first` (all when None). While they are still being counted (not `counted`), the
        embedding view goes first, so that the free worker fits it instead of waiting for the
        counts; once they are, the n-gram view, the longest, goes first so the other view runs
        beside it.
        """
        labels = np.asarray(messages.labels, dtype=object)
        jobs = {"embedding": partial(self._fit_embedding_views, messages.embeddings, labels)}
        if counts is not None:
            jobs["ngrams"] = partial(self._fit_ngrams, counts, first, labels)
        order = ["ngrams", "embedding"] if counted else ["embedding", "ngrams"]
        return [pool.submit(jobs[name]) for name in order if name in jobs]

    def _assign_views(self, jobs: list[Future]) -> None:
        """Wait for the views and set them, dropping scoring weights laid out for old ones."""
        fitted = [job.result() for job in jobs]
        self.__dict__.pop("_linear_cache", None)
        for attributes in fitted:
            for name, value in attributes.items():
                setattr(self, name, value)

    def _fit_embedding_views(self, embeddings: np.ndarray, labels: np.ndarray) -> dict:
        model = LogisticRegression(C=self.C, max_iter=self.max_iter,
                                   class_weight=self.class_weight,
                                   random_state=self.seed).fit(embeddings, labels)
        fitted = {"embedding_model_": model, "classes_": model.classes_}
        if self.use_neighbours:
            fitted["neighbours_"] = NeighbourVotes(self.k, self.knn_temperature).fit(
                embeddings, np.searchsorted(model.classes_, labels), len(model.classes_))
        return fitted

    def _fit_ngrams(self, counts: Future, first: int | None, labels: np.ndarray) -> dict:
        vectorizers, features = counts.result().fit(first)
        model = LinearSVC(C=self.ngram_C, class_weight=self.class_weight, random_state=self.seed)
        model.fit(features, labels)
        # float32 halves the pickle (scores are unchanged); column-major order makes coef_.T the
        # contiguous (features x classes) matrix `_linear_scores` multiplies by, without a copy
        # per process.
        model.coef_ = np.asfortranarray(model.coef_, dtype=np.float32)
        return {"word_": vectorizers["word"], "char_": vectorizers["char"],
                "ngram_model_": model}

    def _ngrams(self, texts: list[str]) -> sp.csr_matrix:
        """Word and character TF-IDF rows (float32), as the fitted vectorizers compute them."""
        lexical = [lexical_form(t) for t in texts]
        return sp.hstack([self._tfidf("word", lexical), self._tfidf("char", lexical)],
                         format="csr", dtype=np.float32)

    def _tfidf(self, name: str, lexical: list[str]) -> sp.csr_matrix:
        """`TfidfVectorizer.transform`, without the per-call input validation of its second step.

        Counting n-grams is left to scikit-learn; the weighting (sublinear tf, idf, l2 norm) is
        three vector operations on the sparse data, which for one message cost far less than
        sklearn's checks around them (about 1.5 ms per call). It assumes the settings
        `_fit_ngrams` uses (idf weights, l2 norm); tests/test_classifier.py checks that the rows
        equal sklearn's.
        """
        vectorizer = self.word_ if name == "word" else self.char_
        counts = CountVectorizer.transform(vectorizer, lexical)
        rows = sp.csr_matrix(counts, dtype=np.float32)
        cache = self.__dict__.setdefault("_linear_cache", {})
        if f"idf_{name}" not in cache:
            cache[f"idf_{name}"] = np.asarray(vectorizer.idf_, dtype=np.float32)
        if vectorizer.sublinear_tf:
            np.log(rows.data, out=rows.data)
            rows.data += 1.0
        rows.data *= cache[f"idf_{name}"][rows.indices]
        lengths = np.diff(rows.indptr)
        squares = np.bincount(np.repeat(np.arange(rows.shape[0]), lengths),
                              weights=rows.data.astype(np.float64) ** 2, minlength=rows.shape[0])
        norms = np.sqrt(squares)
        norms[norms == 0] = 1.0  # a message with no known n-gram stays a zero row
        rows.data /= np.repeat(norms, lengths).astype(np.float32)
        return rows

    def __getstate__(self) -> dict:
        state = dict(super().__getstate__())  # sklearn may hand back the live __dict__
        state.pop("_linear_cache", None)  # derived from the fitted models; rebuilt on first use
        return state

    def _linear_scores(self, name: str, features: np.ndarray | sp.csr_matrix) -> np.ndarray:
        """`decision_function` of the view's linear model, computed directly.

        Why: scoring one message is the service's hot path. sklearn validates its input on
        every call (about 1 ms) and multiplies a sparse row by the transposed, non-contiguous
        float32 coefficients, which scipy first copies whole to float64 (about 2 ms for the
        n-gram model). Here the weights are laid out once, contiguous and in the features'
        dtype, so a call costs what its arithmetic costs. Scores match sklearn's to float
        precision (tests/test_classifier.py).
        """
        cache = self.__dict__.setdefault("_linear_cache", {})
        if name not in cache:
            model = self.embedding_model_ if name == "embedding" else self.ngram_model_
            dtype = np.float64 if name == "embedding" else np.float32
            cache[name] = (np.ascontiguousarray(model.coef_.T, dtype=dtype),
                           np.asarray(model.intercept_, dtype=dtype))
        weights, intercept = cache[name]
        scores = np.asarray(features @ weights) + intercept
        return scores.ravel() if scores.shape[1] == 1 else scores

    def views(self, embeddings: np.ndarray, texts: list[str],
              nearest: tuple[np.ndarray, np.ndarray] | None = None) -> dict[str, np.ndarray]:
        """Each view's scores (rows = messages, columns = `classes_`), before fusion.

        `nearest`: an already computed search of the neighbour view's reference (see
        `NeighbourVotes.log_votes`)."""
        check_is_fitted(self, "embedding_model_")
        embedding_scores = self._linear_scores("embedding", np.asarray(embeddings, np.float64))
        out = {"embedding": log_softmax(_two_columns(embedding_scores), axis=1)}
        if self.use_ngrams:
            out["ngrams"] = _two_columns(self._linear_scores("ngrams", self._ngrams(texts)))
        if self.use_neighbours:
            out["neighbours"] = self.neighbours_.log_votes(embeddings, nearest)
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

    def predict_proba(self, embeddings: np.ndarray, texts: list[str],
                      nearest: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        """Calibrated class probabilities, columns in the order of `classes_`."""
        return self.proba_from_views(self.views(embeddings, texts, nearest))

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
