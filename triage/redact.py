"""Redaction of personal data in message text before it is written to a log.

Why these tools: a phone number, a card number or an IBAN is only worth hiding when it is one, and
the libraries know the rules a regex does not: `phonenumbers` (Google's libphonenumber) knows each
country's numbering plan, `stdnum` checks Luhn digits for cards and the mod-97 check for IBANs. The
regexes here only propose candidates; the libraries decide. E-mail addresses have no checksum, so a
pattern is all there is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from stdnum import iban, luhn

EMAIL, PHONE, CARD, IBAN = "[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]"
# National numbers (without +country) are read as numbers of these regions; +33…, +44… are
# recognised whatever the list.
DEFAULT_PHONE_REGIONS: tuple[str, ...] = ("FR", "GB", "US", "DE", "ES", "IT", "BE", "CH")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Country code, check digits, then 11-30 letters/digits, optionally in groups separated by spaces.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", re.IGNORECASE)
# 13-19 digits, optionally grouped with spaces or dashes (how people type card numbers).
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")


def redact(text: str, phone_regions: Iterable[str] = DEFAULT_PHONE_REGIONS) -> str:
    """The text with IBANs, card numbers, e-mail addresses and phone numbers replaced by tags."""
    text = _replace_ibans(text)
    text = _CARD.sub(_card_or_keep, text)
    text = _EMAIL.sub(EMAIL, text)
    return _replace_phones(text, phone_regions)


def _card_or_keep(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    return CARD if 13 <= len(digits) <= 19 and luhn.is_valid(digits) else match.group()


def _replace_ibans(text: str) -> str:
    """Replace valid IBANs; a candidate may run into the next word, so try shorter prefixes."""
    out, last = [], 0
    for match in _IBAN.finditer(text):
        if match.start() < last:
            continue
        end = _longest_valid_iban(text, match.start(), match.end())
        if end is not None:
            out.append(text[last:match.start()] + IBAN)
            last = end
    return "".join(out) + text[last:]


def _longest_valid_iban(text: str, start: int, end: int) -> int | None:
    """End of the longest valid IBAN starting at `start` and ending before `end`, if any."""
    for stop in range(end, start + 14, -1):
        if stop < len(text) and text[stop - 1].isspace():
            continue
        if stop < len(text) and text[stop].isalnum():
            continue
        if iban.is_valid(text[start:stop]):
            return stop
    return None


def _replace_phones(text: str, regions: Iterable[str]) -> str:
    """Replace every number that is a valid phone number in one of the regions."""
    for region in regions:
        spans = [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, region)]
        for start, end in reversed(spans):
            text = text[:start] + PHONE + text[end:]
    return text
