"""Text normalisation shared by training and scoring (so both see the same thing)."""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Unicode-normalised text with collapsed white space: what the encoder sees."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


def lexical_form(text: str) -> str:
    """Lower-case text with digit runs replaced by 0: what word/char n-gram features see.

    Order numbers and amounts differ in every message; replacing them keeps n-grams about the
    request rather than the number.
    """
    return _DIGITS.sub("0", clean_text(text).lower())
