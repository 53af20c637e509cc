"""Language detection for messages that arrive without a language.

Why lingua: it ships its models in the wheel (no download), is accurate on the short, informal
texts of chat inboxes, and can be restricted to the languages a team answers in.
"""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("en", "fr", "de", "es", "pt", "it", "nl")


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [IsoCode639_1.from_str(code) for code in languages]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str, languages: tuple[str, ...] = SUPPORTED,
                    default: str = "en") -> str:
    """ISO 639-1 code of the text's language among `languages`; `default` when undecidable."""
    if len(languages) == 1:
        return languages[0]
    found = _detector(tuple(sorted(languages))).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found is not None else default


def detect_languages(texts: list[str], languages: tuple[str, ...] = SUPPORTED,
                     default: str = "en") -> list[str]:
    """Languages of many texts (lingua detects them in parallel)."""
    if len(languages) == 1:
        return [languages[0]] * len(texts)
    results = _detector(tuple(sorted(languages))).detect_languages_in_parallel_of(texts)
    return [r.iso_code_639_1.name.lower() if r is not None else default for r in results]
