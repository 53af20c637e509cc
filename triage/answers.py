"""Proposed answers: the intent's approved template, then the nearest historical agent answers.

History answers are found with the same embeddings the classifier uses: among the training
messages of the predicted intent and the message's language, the most similar ones whose agent
answer is known; identical answers are listed once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Answer:
    text: str
    source: str  # "template" | "history"
    score: float


class AnswerIndex:
    """Templates by (intent, language) and an embedding index of past answers."""

    def __init__(self, templates: dict[tuple[str, str], str], default_language: str = "en") -> None:
        self.templates = dict(templates)
        self.default_language = default_language

    def fit(self, embeddings: np.ndarray, intents: list[str], languages: list[str],
            answers: list[str | None]) -> AnswerIndex:
        """Index the training messages that have an agent answer."""
        keep = [i for i, a in enumerate(answers) if isinstance(a, str) and a.strip()]
        self.embeddings_ = np.ascontiguousarray(embeddings[keep], dtype=np.float32)
        self.intents_ = np.array([intents[i] for i in keep], dtype=object)
        self.languages_ = np.array([languages[i] for i in keep], dtype=object)
        self.answers_ = [answers[i].strip() for i in keep]
        return self

    def template(self, intent: str, language: str) -> str | None:
        """The approved answer in the language, else in the default language, else none."""
        return (self.templates.get((intent, language))
                or self.templates.get((intent, self.default_language)))

    def history(self, embedding: np.ndarray, intent: str, language: str,
                k: int = 2) -> list[Answer]:
        """Up to k distinct past answers to the most similar messages of this intent."""
        mask = self.intents_ == intent
        same_language = mask & (self.languages_ == language)
        if same_language.any():
            mask = same_language
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return []
        sims = self.embeddings_[rows] @ embedding
        out: list[Answer] = []
        for j in np.argsort(-sims):
            text = self.answers_[rows[j]]
            if all(a.text != text for a in out):
                out.append(Answer(text, "history", float(sims[j])))
            if len(out) == k:
                break
        return out

    def propose(self, embedding: np.ndarray, intent: str, language: str,
                confidence: float, k: int = 3) -> list[Answer]:
        """Template first (scored by the intent confidence), then history, at most k."""
        answers = []
        template = self.template(intent, language)
        if template:
            answers.append(Answer(template, "template", float(confidence)))
        answers += self.history(embedding, intent, language, k=k - len(answers))
        return answers[:k]
