"""Counting n-grams once must give what scikit-learn's TfidfVectorizer fitted on a block gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from triage.ngrams import NgramCounts, ngram_vectorizers
from triage.text import lexical_form

INBOX = Path(__file__).resolve().parents[1] / "data" / "sample" / "inbox.csv"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Real sample messages (English and French), plus edge cases: accents, emoji, an empty
    message, a one-off word, a repeated word."""
    sample = pd.read_csv(INBOX)["text"].head(400).tolist()
    return sample + ["Café crème ÉTÉ 🙂", "zzxqj", "", "refund refund refund"]


@pytest.fixture(scope="module")
def counts(texts: list[str]) -> NgramCounts:
    return NgramCounts(texts)


@pytest.mark.parametrize("first", [None, 300, 2])
def test_fitting_the_first_messages_equals_sklearn_fit_transform_bit_for_bit(
        texts: list[str], counts: NgramCounts, first: int | None) -> None:
    vectorizers, features = counts.fit(first)
    lexical = [lexical_form(t) for t in texts[:first]]
    unseen = [lexical_form(t) for t in ("Ma carte est bloquée 🙁", "refund my ordr pls", "")]
    expected_blocks = []
    for name, reference in ngram_vectorizers().items():
        expected_blocks.append(reference.fit_transform(lexical).toarray())
        fitted = vectorizers[name]
        assert fitted.vocabulary_ == reference.vocabulary_, name
        np.testing.assert_array_equal(fitted.idf_, reference.idf_)
        # The fitted vectorizer treats new messages exactly as scikit-learn's own would.
        np.testing.assert_array_equal(fitted.transform(unseen).toarray(),
                                      reference.transform(unseen).toarray())
    np.testing.assert_array_equal(features.toarray(), np.hstack(expected_blocks))


def test_a_block_that_leaves_no_ngram_is_a_clear_error(counts: NgramCounts) -> None:
    """One message cannot hold a character n-gram seen in two (min_df=2), as in scikit-learn."""
    with pytest.raises(ValueError, match="no char n-gram is left"):
        counts.fit(1)
