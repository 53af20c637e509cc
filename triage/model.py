"""`TriageModel`: the fitted parts put together, scoring messages into decisions with reasons.

One embedding pass per batch feeds everything: the intent and urgency classifiers, the
out-of-scope scorer and the answer index. Training builds it (training/fit.py); MLflow's pyfunc
wrapper and the Flask service call `score`.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from triage.answers import Answer, AnswerIndex
from triage.classifier import TextClassifier
from triage.config import URGENCY_LEVELS
from triage.embedder import SentenceEmbedder
from triage.language import detect_languages
from triage.neighbours import top_k_and_prefix_best
from triage.out_of_scope import OutOfScopeScorer
from triage.policy import Decision, Policy, Scores, decide
from triage.text import clean_text

# Bump when a change to the fitted parts makes older pickles unusable by this code: loading then
# fails with a clear "retrain" message instead of an error deep inside scoring.
MODEL_FORMAT = 2
_SHARED_FLAG = "_parts_sharing_the_knn_matrix"
BATCH_COLUMNS = ("text", "intent", "intent_confidence", "out_of_scope", "urgency",
                 "urgency_confidence", "action", "reasons", "answer")


@dataclass(frozen=True)
class MessageResult:
    """Everything Triage says about one message."""

    text: str
    language: str
    intent: str
    intent_confidence: float
    alternatives: tuple[tuple[str, float], ...]
    urgency: str | None
    urgency_confidence: float | None
    out_of_scope: bool
    out_of_scope_score: float
    decision: Decision
    answers: tuple[Answer, ...]

    def batch_row(self) -> dict[str, Any]:
        """The row `triage score` writes (ARCHITECTURE.md's batch contract)."""
        return {
            "text": self.text, "intent": self.intent,
            "intent_confidence": round(self.intent_confidence, 4),
            "out_of_scope": self.out_of_scope, "urgency": self.urgency or "unknown",
            "urgency_confidence": (None if self.urgency_confidence is None
                                   else round(self.urgency_confidence, 4)),
            "action": self.decision.action, "reasons": ";".join(self.decision.reason_codes),
            "answer": self.answers[0].text if self.answers else "",
        }


def cost_aware_levels(proba: np.ndarray, classes: Sequence[str],
                      costs: Sequence[Sequence[float]]) -> np.ndarray:
    """Index (into classes) of the level with the least expected cost for each row."""
    order = [URGENCY_LEVELS.index(c) for c in classes]
    cost = np.asarray(costs, dtype=float)[np.ix_(order, order)]
    return np.argmin(proba @ cost, axis=1)


@dataclass(frozen=True)
class SharedSearch:
    """Results of one search of the training embeddings, for the parts that share them."""

    nearest: tuple[np.ndarray, np.ndarray] | None = None
    oos_similarity: np.ndarray | None = None
    urgency_nearest: tuple[np.ndarray, np.ndarray] | None = None


def _without(part: Any, attribute: str) -> Any:
    """A shallow copy of `part` with `attribute` set to None (for pickling without it)."""
    clone = copy.copy(part)
    setattr(clone, attribute, None)
    return clone


@dataclass
class TriageModel:
    """A fitted Triage model; picklable without the encoder weights."""

    embedder: SentenceEmbedder
    intent_classifier: TextClassifier
    urgency_classifier: TextClassifier | None
    out_of_scope: OutOfScopeScorer
    answers: AnswerIndex
    policy: Policy
    languages: tuple[str, ...]
    urgency_costs: tuple[tuple[float, ...], ...]
    metrics: dict[str, float] = field(default_factory=dict)
    format_version: int = MODEL_FORMAT

    def _shared_places(self) -> set[str]:
        """Which parts hold the intent classifier's kNN matrix itself rather than a copy:
        "out_of_scope" (its first rows, the train split), "urgency" (the urgency kNN votes, when
        every message has an urgency label), "answers" (when every message has an answer)."""
        votes = getattr(self.intent_classifier, "neighbours_", None)
        if votes is None:
            return set()
        matrix = votes.reference_
        urgency_votes = getattr(self.urgency_classifier, "neighbours_", None)
        places = {"out_of_scope": getattr(self.out_of_scope, "reference_", None),
                  "urgency": getattr(urgency_votes, "reference_", None),
                  "answers": getattr(self.answers, "embeddings_", None)}
        return {name for name, held in places.items() if held is matrix}

    # joblib writes each numpy array out on its own, so several references to one matrix would
    # be saved (and loaded) as as many copies: the links are saved as names and restored on load.
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        shared = self._shared_places()
        if "out_of_scope" in shared:
            state["out_of_scope"] = _without(self.out_of_scope, "reference_")
        if "urgency" in shared:
            classifier = copy.copy(self.urgency_classifier)
            classifier.neighbours_ = _without(classifier.neighbours_, "reference_")
            state["urgency_classifier"] = classifier
        if "answers" in shared:
            state["answers"] = _without(self.answers, "embeddings_")
        state[_SHARED_FLAG] = tuple(sorted(shared))
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        shared = state.pop(_SHARED_FLAG, ())
        self.__dict__.update(state)
        if not shared:
            return
        matrix = self.intent_classifier.neighbours_.reference_
        if "out_of_scope" in shared:
            self.out_of_scope.reference_ = matrix
        if "urgency" in shared:
            self.urgency_classifier.neighbours_.reference_ = matrix
        if "answers" in shared:
            self.answers.embeddings_ = matrix

    @property
    def intents(self) -> list[str]:
        return [str(c) for c in self.intent_classifier.classes_]

    def with_policy(self, **overrides: Any) -> TriageModel:
        """A copy whose policy has some fields overridden (e.g. thresholds from config)."""
        changes = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, policy=replace(self.policy, **changes)) if changes else self

    def score(self, texts: Sequence[str], languages: Sequence[str | None] | None = None,
              embeddings: np.ndarray | None = None) -> list[MessageResult]:
        """Score messages; `languages` may hold None where the language must be detected."""
        originals = [str(t) for t in texts]
        texts = [clean_text(t) for t in originals]
        if not texts:
            return []
        langs = self._languages(texts, languages)
        emb = self.embedder.transform(texts) if embeddings is None else embeddings
        search = self._shared_search(emb)
        intent_p = self.intent_classifier.predict_proba(emb, texts, search.nearest)
        confidence = intent_p.max(axis=1)
        oos_scores = self.out_of_scope.score(emb, confidence, search.oos_similarity)
        oos_flags = self.out_of_scope.is_out_of_scope(oos_scores)
        urgency, urgency_conf = self._urgency(emb, texts, search.urgency_nearest)
        results = []
        for i, text in enumerate(originals):
            results.append(self._result(text, langs[i], emb[i], intent_p[i], urgency[i],
                                        urgency_conf[i], bool(oos_flags[i]), float(oos_scores[i])))
        return results

    def _shared_search(self, emb: np.ndarray) -> SharedSearch:
        """One search of the training embeddings for every part that holds them in common
        (the intent kNN votes, the out-of-scope scorer, the urgency kNN votes); the parts that
        hold their own copy (models trained before the sharing) search on their own."""
        shared = self._shared_places()
        votes = getattr(self.intent_classifier, "neighbours_", None)
        oos = self.out_of_scope
        use_oos = "out_of_scope" in shared and oos.k == 1
        use_urgency = "urgency" in shared
        if votes is None or len(emb) == 0 or not (use_oos or use_urgency):
            return SharedSearch()
        k = max(votes.k, self.urgency_classifier.neighbours_.k if use_urgency else 0)
        prefix = oos.reference_rows.shape[0] if use_oos else 0
        sims, index, best = top_k_and_prefix_best(emb, votes.reference_, k, prefix_rows=prefix)
        return SharedSearch(nearest=(sims, index), oos_similarity=best if use_oos else None,
                            urgency_nearest=(sims, index) if use_urgency else None)

    def _languages(self, texts: list[str], given: Sequence[str | None] | None) -> list[str]:
        given = list(given) if given is not None else [None] * len(texts)
        todo = [i for i, g in enumerate(given) if not g]
        if todo:
            found = detect_languages([texts[i] for i in todo], self.languages,
                                     default=self.answers.default_language)
            for i, lang in zip(todo, found, strict=True):
                given[i] = lang
        return [str(g).lower() for g in given]

    def _urgency(self, emb: np.ndarray, texts: list[str],
                 nearest: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[list, list]:
        if self.urgency_classifier is None:
            return [None] * len(texts), [None] * len(texts)
        proba = self.urgency_classifier.predict_proba(emb, texts, nearest)
        classes = list(self.urgency_classifier.classes_)
        chosen = cost_aware_levels(proba, classes, self.urgency_costs)
        return ([classes[j] for j in chosen],
                [float(proba[i, j]) for i, j in enumerate(chosen)])

    def _result(self, text: str, language: str, emb: np.ndarray, intent_p: np.ndarray,
                urgency: str | None, urgency_conf: float | None, oos: bool,
                oos_score: float) -> MessageResult:
        top = np.argsort(-intent_p)[:4]
        intents = self.intent_classifier.classes_
        intent, confidence = str(intents[top[0]]), float(intent_p[top[0]])
        scores = Scores(intent, confidence, urgency, urgency_conf, oos)
        # Every message gets proposed answers, escalations included: the agent who takes an
        # out-of-scope escalation gets the closest known answers as a draft (about 3% of
        # in-scope messages are flagged by design, and on Bitext the draft was right for 91%
        # of them); the action, never the presence of an answer, says whether anything is sent.
        answers = tuple(self.answers.propose(emb, intent, language, confidence))
        return MessageResult(
            text=text, language=language, intent=intent, intent_confidence=confidence,
            alternatives=tuple((str(intents[j]), float(intent_p[j])) for j in top[1:]),
            urgency=urgency, urgency_confidence=urgency_conf, out_of_scope=oos,
            out_of_scope_score=oos_score, decision=decide(scores, self.policy), answers=answers)

    def score_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Batch scoring: a frame with `text` (and optionally `language`) → the batch columns."""
        languages = frame["language"].tolist() if "language" in frame.columns else None
        if languages is not None:
            languages = [lang if isinstance(lang, str) and lang.strip() else None
                         for lang in languages]
        rows = [r.batch_row() for r in self.score(frame["text"].astype(str).tolist(), languages)]
        return pd.DataFrame(rows, columns=list(BATCH_COLUMNS))

    def describe(self) -> dict[str, Any]:
        """What /v1/model shows: intents, thresholds, languages and training metrics."""
        return {"intents": self.intents, "policy": self.policy.to_dict(),
                "out_of_scope_threshold": self.out_of_scope.threshold_,
                "languages": list(self.languages), "urgency_levels": list(URGENCY_LEVELS),
                "has_urgency": self.urgency_classifier is not None,
                "encoder": self.embedder.model_name, "metrics": dict(self.metrics)}
