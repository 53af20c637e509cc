"""Redaction of personal data before message text reaches a log."""

from __future__ import annotations

import pytest

from triage.redact import redact


@pytest.mark.parametrize("text, expected", [
    ("Mon IBAN est FR76 3000 6000 0112 3456 7890 189 merci", "Mon IBAN est [IBAN] merci"),
    ("IBAN: GB82WEST12345698765432.", "IBAN: [IBAN]."),
    ("refund to DE89 3704 0044 0532 0130 00 please", "refund to [IBAN] please"),
    ("my card 4111 1111 1111 1111 was charged twice", "my card [CARD] was charged twice"),
    ("carte 5555-5555-5555-4444 débitée", "carte [CARD] débitée"),
    ("write to jean.dupont+commandes@exemple.fr asap", "write to [EMAIL] asap"),
    ("Appelez-moi au 06 12 34 56 78 svp", "Appelez-moi au [PHONE] svp"),
    ("call me on +44 20 7946 0958", "call me on [PHONE]"),
    ("ring 0117 496 0123 after 5", "ring [PHONE] after 5"),
])
def test_personal_data_is_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "where is my order 1234567?",
    "commande n° 4471223 du 12/03/2024, payée 49,99 €",
    "card 4111 1111 1111 1112 (not a valid card number)",
    "FR76 3000 6000 0112 3456 7890 188 has a wrong check digit",
    "I ordered 2 shirts size 42 on 3 March",
])
def test_ordinary_numbers_are_kept(text: str) -> None:
    assert redact(text) == text
