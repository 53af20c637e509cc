"""answers.csv: every bad row is named with its line; an answer for an unknown intent warns."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import pytest

from training.answers import load_templates
from training.data import DataError

GOOD = [("order_status", "en", "Your order is on its way."),
        ("order_status", "fr", "Votre commande est en route."),
        ("cancel_order", "en", "Your order is cancelled.")]


def write_answers(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """An answers.csv beside an (unread) inbox.csv; the header is line 1, GOOD rows 2–4."""
    path = tmp_path / "answers.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(("intent", "language", "answer"))
        writer.writerows(GOOD + rows)
    return path


def load(tmp_path: Path, rows: list[tuple[str, str, str]], **kwargs):
    write_answers(tmp_path, rows)
    return load_templates(None, tmp_path / "inbox.csv", **kwargs)


BAD_ROWS = {
    # name: (rows after the good ones, from line 5; text expected in the error)
    "duplicate pair": ([("order_status", "EN ", "Another answer.")],
                       r"lines 2, 5: intent 'order_status' in language 'en' has 2 answers"),
    "empty intent": ([(" ", "en", "Hello.")], r"line 5: intent is empty"),
    "empty language": ([("cancel_order", "", "Hello.")], r"line 5: language is empty"),
    "language name": ([("cancel_order", "English", "Hello.")],
                      r"line 5: language 'english' is not an ISO 639-1 code the language detector"),
    "language with region": ([("cancel_order", "fr-BE", "Bonjour.")],
                             r"line 5: language 'fr-be' is not an ISO 639-1 code"),
    "two letters no detector knows": ([("cancel_order", "xx", "Hello.")],
                                      r"line 5: language 'xx' is not an ISO 639-1 code"),
    "empty answer": ([("cancel_order", "fr", "  ")], r"line 5: answer is empty"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_bad_answer_row_is_refused_with_its_line(tmp_path: Path, case: str) -> None:
    rows, expected = BAD_ROWS[case]
    with pytest.raises(DataError, match=expected):
        load(tmp_path, rows)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    rows = [("", "en", "Hi."), ("cancel_order", "English", "Hi."), ("cancel_order", "en", "Hi.")]
    with pytest.raises(DataError) as caught:
        load(tmp_path, rows)
    assert [str(p) for p in caught.value.problems] == [
        "line 5: intent is empty; write the intent it answers",
        "line 6: language 'english' is not an ISO 639-1 code the language detector supports; "
        "write a two-letter code such as en, fr or de",
        "lines 4, 7: intent 'cancel_order' in language 'en' has 2 answers; keep one"]


def test_good_file_loads_with_language_codes_lower_cased(tmp_path: Path) -> None:
    templates = load(tmp_path, [("delivery_delay", " DE", "Ihr Paket ist unterwegs.")])
    assert templates[("delivery_delay", "de")] == "Ihr Paket ist unterwegs."
    assert len(templates) == 4


def test_answer_for_an_intent_not_in_the_training_data_warns_with_its_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A misspelt or retired intent does not block training, but is named in the log."""
    with caplog.at_level(logging.WARNING, logger="training.answers"):
        templates = load(tmp_path, [("cancel_ordr", "fr", "Commande annulée.")],
                         intents={"order_status", "cancel_order"})
    assert ("cancel_ordr", "fr") in templates
    assert "line 5: intent 'cancel_ordr' is not an intent of the training data" in caplog.text
    assert "order_status" not in caplog.text
