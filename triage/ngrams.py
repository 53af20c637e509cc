"""Word and character TF-IDF n-grams: the features of the classifier's wording view.

Counting n-grams is scikit-learn's pure-Python analyzer work, about a fifth of the fitting's CPU
time in a warm Banking77 training (about 3 of 14 CPU-seconds, BENCHMARKS.md), and the default
training counted the training messages twice: once to fit on train, once to refit on train +
validation. `NgramCounts` counts every message once,
keeping every n-gram; the vocabulary, idf weights and TF-IDF rows of the first n messages (the
training split, or train + validation) are then cut from the counts. They equal, bit for bit,
what `TfidfVectorizer.fit_transform` on those messages gives (tests/test_ngrams.py checks
vocabularies, idf and rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer

from triage.text import lexical_form

# The parameters that decide which n-grams a message yields (not which are kept, nor weights).
_COUNTING = ("input", "encoding", "decode_error", "strip_accents", "lowercase", "preprocessor",
             "tokenizer", "stop_words", "token_pattern", "ngram_range", "analyzer")


def ngram_vectorizers() -> dict[str, TfidfVectorizer]:
    """The wording view's two unfitted vectorizers: word 1-2-grams, character 2-5-grams within
    words seen in at least two messages (settings measured on Banking77 validation data)."""
    return {"word": TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                    strip_accents="unicode"),
            "char": TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                    sublinear_tf=True, strip_accents="unicode")}


def _doc_count(limit: float, n_rows: int) -> float:
    """`min_df`/`max_df` as a number of messages, as scikit-learn reads them."""
    return limit if isinstance(limit, Integral) else limit * n_rows


def _columns(matrix: sp.csr_matrix, keep: np.ndarray) -> sp.csr_matrix:
    """The columns `keep` (sorted) of `matrix`, each row's entries left in their order.

    scikit-learn leaves a row's entries in the order their n-grams first occur in the messages
    it was fitted on, and the TF-IDF norm sums them in that order. The first n messages
    introduce n-grams in the same order as all of them do, so keeping each row's order keeps
    the rows bit for bit; scipy's column indexing would sort the entries and change the last
    bit of some weights.
    """
    new_index = np.full(matrix.shape[1], -1, dtype=np.int64)
    new_index[keep] = np.arange(keep.size)
    kept = new_index[matrix.indices] >= 0
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))[kept]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=matrix.shape[0]))])
    return sp.csr_matrix((matrix.data[kept], new_index[matrix.indices[kept]], indptr),
                         shape=(matrix.shape[0], keep.size))


class NgramCounts:
    """Every n-gram of every message, counted once; fitted vectorizers for the first n of them."""

    def __init__(self, texts: Sequence[str]) -> None:
        lexical = [lexical_form(t) for t in texts]
        self._counts: dict[str, sp.csr_matrix] = {}
        self._terms: dict[str, np.ndarray] = {}
        for name, template in ngram_vectorizers().items():
            params = {k: v for k, v in template.get_params().items() if k in _COUNTING}
            counter = CountVectorizer(**params, dtype=template.dtype)  # keeps every n-gram
            self._counts[name] = counter.fit_transform(lexical).tocsr()
            self._terms[name] = counter.get_feature_names_out()

    def fit(self, first: int | None = None) -> tuple[dict[str, TfidfVectorizer], sp.csr_matrix]:
        """Vectorizers fitted on the `first` messages (all when None), and those messages'
        TF-IDF features (word columns, then character columns), as `fit_transform` gives."""
        vectorizers = ngram_vectorizers()
        blocks = []
        for name, vectorizer in vectorizers.items():
            if vectorizer.max_features is not None:
                raise ValueError("NgramCounts does not implement max_features")
            counts = self._counts[name][:first]
            frequency = np.bincount(counts.indices, minlength=counts.shape[1])
            n_rows = counts.shape[0]
            keep = np.flatnonzero((frequency >= _doc_count(vectorizer.min_df, n_rows))
                                  & (frequency <= _doc_count(vectorizer.max_df, n_rows)))
            if keep.size == 0:
                raise ValueError(f"no {name} n-gram is left after min_df/max_df pruning")
            counts = _columns(counts, keep)
            weighting = TfidfTransformer(norm=vectorizer.norm, use_idf=vectorizer.use_idf,
                                         smooth_idf=vectorizer.smooth_idf,
                                         sublinear_tf=vectorizer.sublinear_tf).fit(counts)
            # Sorted terms, as scikit-learn orders a learnt vocabulary (the subset stays sorted).
            vectorizer.vocabulary_ = {term: i for i, term in enumerate(self._terms[name][keep])}
            vectorizer.idf_ = weighting.idf_
            blocks.append(weighting.transform(counts))
        return vectorizers, sp.hstack(blocks, format="csr")
