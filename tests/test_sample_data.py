"""Checks on the shipped sample data set (data/sample/*.csv) and on the script that makes it.

These read the real files: no mocks. The near-duplicate definition is the one the data set
promises in data/README.md: normalise each text (lowercase, every digit run -> "0", collapse
whitespace), fit TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)) on all messages, and
call two messages near-duplicates when their cosine similarity is >= 0.9.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
FILES = ("inbox.csv", "answers.csv", "out_of_scope.csv")
INTENTS = ("order_status", "delivery_delay", "cancel_order", "change_address", "return_request",
           "exchange_item", "refund_status", "damaged_item", "wrong_item", "payment_failed",
           "charged_twice", "invoice_request", "promo_code", "product_question",
           "stock_availability", "shipping_info", "account_access", "gdpr_deletion", "complaint",
           "legal_threat", "fraud", "human_agent", "thanks")
LANGUAGES = ("en", "fr")
URGENCY = ("low", "normal", "high", "critical")
NEAR_DUP = 0.9


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (SAMPLE / name).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "0", text.lower())).strip()


def near_duplicate_flags(texts: list[str], threshold: float = NEAR_DUP,
                         chunk: int = 400) -> np.ndarray:
    """True for each text that has another text with cosine >= threshold (sparse, in chunks)."""
    matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit_transform(texts)
    flags = np.zeros(len(texts), dtype=bool)
    for start in range(0, len(texts), chunk):
        block = (matrix[start:start + chunk] @ matrix.T).tocoo()
        rows = block.row + start
        hit = (block.data >= threshold) & (rows != block.col)
        flags[rows[hit]] = True
    return flags


@pytest.fixture(scope="module")
def inbox() -> list[dict[str, str]]:
    header, rows = read("inbox.csv")
    assert header == ["text", "intent", "urgency", "language", "answer"], (
        f"inbox.csv has columns {header}, expected text,intent,urgency,language,answer")
    return rows


@pytest.fixture(scope="module")
def out_of_scope() -> list[dict[str, str]]:
    header, rows = read("out_of_scope.csv")
    assert header == ["text", "language"], f"out_of_scope.csv has columns {header}"
    return rows


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regenerated")
    result = subprocess.run([sys.executable, str(SAMPLE / "make_sample.py"), "--out", str(out),
                             "--quiet"], check=False, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"make_sample.py failed:\n{result.stderr}"
    return out


def test_inbox_has_enough_rows(inbox):
    assert len(inbox) >= 1500, f"inbox.csv has {len(inbox)} rows, expected at least 1,500"


def test_inbox_has_no_empty_texts(inbox):
    empty = [i + 2 for i, r in enumerate(inbox) if not r["text"].strip()]
    assert not empty, f"empty text on lines {empty[:10]}"


def test_at_least_20_intents_with_40_examples(inbox):
    counts = Counter(r["intent"] for r in inbox)
    large = [i for i, n in counts.items() if n >= 40]
    small = {i: n for i, n in counts.items() if n < 40}
    assert len(large) >= 20, f"only {len(large)} intents have >= 40 examples; too small: {small}"
    assert not small, f"intents with fewer than 40 examples: {small}"


@pytest.mark.parametrize("intent", INTENTS)
def test_each_documented_intent_has_40_examples(inbox, intent):
    n = sum(r["intent"] == intent for r in inbox)
    assert n >= 40, f"intent {intent!r} has {n} examples, expected at least 40"


def test_intents_are_documented(inbox):
    unknown = sorted({r["intent"] for r in inbox} - set(INTENTS))
    assert not unknown, f"intents not in the labelling guide: {unknown}"


def test_languages_and_french_share(inbox):
    langs = Counter(r["language"] for r in inbox)
    assert set(langs) <= set(LANGUAGES), f"unexpected language codes: {dict(langs)}"
    share = langs["fr"] / len(inbox)
    assert share >= 0.30, f"French is {share:.1%} of inbox.csv, expected at least 30%"


def test_urgency_values_are_the_four_levels(inbox):
    bad = Counter(r["urgency"] for r in inbox if r["urgency"] not in URGENCY)
    assert not bad, f"urgency values outside {URGENCY}: {dict(bad)}"


@pytest.mark.parametrize("level", URGENCY)
def test_each_urgency_level_is_present(inbox, level):
    n = sum(r["urgency"] == level for r in inbox)
    assert n > 0, f"no message has urgency {level!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_most_rows_have_an_answer(inbox, language):
    rows = [r for r in inbox if r["language"] == language]
    share = sum(bool(r["answer"].strip()) for r in rows) / len(rows)
    assert share >= 0.70, f"only {share:.1%} of {language} rows have an answer, expected >= 70%"


def test_inbox_has_no_exact_duplicates(inbox):
    norms = Counter(normalise(r["text"]) for r in inbox)
    dups = {t: n for t, n in norms.items() if n > 1}
    assert not dups, f"{len(dups)} texts repeat after normalisation, e.g. {list(dups)[:3]}"


def test_inbox_near_duplicate_rate_is_below_1_percent(inbox):
    texts = [normalise(r["text"]) for r in inbox]
    flags = near_duplicate_flags(texts)
    rate = flags.mean()
    examples = [inbox[i]["text"] for i in np.flatnonzero(flags)[:5]]
    assert rate < 0.01, (f"near-duplicate rate {rate:.2%} ({flags.sum()} messages), "
                         f"expected < 1%; e.g. {examples}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_answers_csv_has_every_intent(inbox, language):
    header, rows = read("answers.csv")
    assert header == ["intent", "language", "answer"], f"answers.csv has columns {header}"
    have = {r["intent"] for r in rows if r["language"] == language and r["answer"].strip()}
    missing = sorted({r["intent"] for r in inbox} - have)
    assert not missing, f"answers.csv has no {language} answer for {missing}"


def test_out_of_scope_has_enough_rows(out_of_scope):
    assert len(out_of_scope) >= 150, (
        f"out_of_scope.csv has {len(out_of_scope)} rows, expected >= 150")
    langs = Counter(r["language"] for r in out_of_scope)
    assert set(langs) <= set(LANGUAGES), f"unexpected language codes: {dict(langs)}"


def test_out_of_scope_texts_are_not_in_inbox(inbox, out_of_scope):
    seen = {normalise(r["text"]) for r in inbox}
    shared = [r["text"] for r in out_of_scope if normalise(r["text"]) in seen]
    assert not shared, f"out-of-scope texts also in inbox.csv: {shared[:5]}"


@pytest.mark.parametrize("name", FILES)
def test_generator_reproduces_shipped_file(regenerated, name):
    shipped, made = (SAMPLE / name).read_bytes(), (regenerated / name).read_bytes()
    assert made == shipped, (f"make_sample.py no longer reproduces {name}; rerun "
                             "`python data/sample/make_sample.py` and review the diff")
