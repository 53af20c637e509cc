"""Keywords of groups of messages with class-based TF-IDF (c-TF-IDF, as in BERTopic).

Why c-TF-IDF: each group's messages are joined into one document and a word scores high when it
is frequent in that group and rare across groups, so words every group shares (greetings,
"order", "please") sink and the words that tell groups apart rise. Messages are English and
French, so both stop lists apply, plus the pleasantries of customer messages.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

# Without "car" (French for "because"): it is also an English word customers use.
FRENCH_STOP_WORDS = frozenset((
    "a", "ai", "aie", "aient", "aies", "ait", "as", "au", "aucun", "aura", "aurai", "auraient",
    "aurais", "aurait", "auras", "aurez", "auriez", "aurons", "auront", "aussi", "autre", "aux",
    "avaient", "avais", "avait", "avant", "avec", "avez", "aviez", "avions", "avoir", "avons",
    "ayant", "bien", "c", "ca", "ce", "ceci", "cela", "celle", "celles", "celui", "cependant",
    "ces", "cet", "cette", "ceux", "chaque", "chez", "ci", "comme", "comment", "d", "dans", "de",
    "deja", "depuis", "des", "donc", "dont", "du", "elle", "elles", "en", "encore", "est", "et",
    "etaient", "etais", "etait", "etant", "ete", "etes", "etre", "eu", "eux", "faire", "fais",
    "fait", "faut", "ici", "il", "ils", "j", "je", "jusqu", "l", "la", "le", "les", "leur",
    "leurs", "lui", "m", "ma", "mais", "me", "meme", "mes", "moi", "mon", "n", "ne", "ni", "non",
    "nos", "notre", "nous", "on", "ont", "ou", "par", "parce", "pas", "peu", "peut", "peux",
    "plus", "pour", "pourquoi", "qu", "quand", "que", "quel", "quelle", "quelles", "quels", "qui",
    "quoi", "sa", "sans", "se", "sera", "serai", "seraient", "serais", "serait", "ses", "si",
    "sien", "son", "sont", "sous", "suis", "sur", "t", "ta", "te", "tes", "toi", "ton", "tous",
    "tout", "toute", "toutes", "tres", "tu", "un", "une", "vers", "voici", "voila", "vos", "votre",
    "vous", "vu", "y",
))
MESSAGE_STOP_WORDS = frozenset((
    "advance", "afternoon", "allo", "attente", "bcp", "best", "bjr", "bonjour", "bonsoir", "cdlt",
    "cheers", "concern", "cordialement", "coucou", "dear", "envoye", "equipe", "evening",
    "forward", "hearing", "hello", "hey", "hi", "hiya", "iphone", "journee", "kind", "madam",
    "madame", "merci", "mme", "monsieur", "morning", "mrc", "please", "pls", "plz", "re",
    "regards", "retour", "salut", "salutations", "sent", "sincerely", "sir", "slt", "soiree",
    "stp", "svp", "team", "thank", "thanks", "thx", "ty",
))
TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"  # words of two letters or more, no digits


def stop_words() -> list[str]:
    """English, French and message-pleasantry stop words, lower-case and without accents
    (the form the vectoriser compares them in)."""
    return sorted(ENGLISH_STOP_WORDS | FRENCH_STOP_WORDS | MESSAGE_STOP_WORDS)


def class_tfidf(texts: Sequence[str], groups: Sequence[Hashable],
                top_n: int = 6) -> dict[Hashable, list[str]]:
    """The `top_n` most distinctive words of each group (c-TF-IDF), best first.

    Score of word t in group c: tf(t, c) · log(1 + A / f(t)), where tf is t's share of c's
    words, f(t) is t's count over all groups and A is the mean number of words per group.
    """
    names = list(dict.fromkeys(groups))
    if not names:
        return {}
    joined = [" ".join(t for t, g in zip(texts, groups, strict=True) if g == name)
              for name in names]
    vectoriser = CountVectorizer(strip_accents="unicode", lowercase=True,
                                 token_pattern=TOKEN_PATTERN, stop_words=stop_words())
    try:
        counts = vectoriser.fit_transform(joined).toarray().astype(float)
    except ValueError:  # every word was a stop word
        return {name: [] for name in names}
    words = vectoriser.get_feature_names_out()
    per_group = counts.sum(axis=1, keepdims=True)
    tf = counts / np.maximum(per_group, 1.0)
    idf = np.log1p(per_group.mean() / np.maximum(counts.sum(axis=0), 1.0))
    scores = tf * idf
    keywords = {}
    for name, row, present in zip(names, scores, counts, strict=True):
        order = [j for j in np.argsort(-row, kind="stable") if present[j] > 0]
        keywords[name] = [str(words[j]) for j in order[:top_n]]
    return keywords
