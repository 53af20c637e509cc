"""The answer-or-escalate decision: a pure function of a message's scores and a policy.

Every decision lists the rules that fired, as codes with a sentence an agent can read, so an
inbox tool can show *why* a message was escalated and the team can count decisions by reason.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

AUTO_REPLY, SUGGEST, ESCALATE = "auto_reply", "suggest", "escalate"
ACTIONS = (AUTO_REPLY, SUGGEST, ESCALATE)

REASON_TEXT = {
    "out_of_scope": "The message does not match any intent this model knows.",
    "human_requested": "The customer asks to talk to a person.",
    "urgency_critical": "Urgency is critical.",
    "urgency_high": "Urgency is high.",
    "always_human_intent": "Intent '{intent}' is always handled by a person.",
    "low_confidence": "Intent confidence {confidence:.2f} is below the suggest threshold "
                      "{suggest:.2f}.",
    "medium_confidence": "Intent confidence {confidence:.2f} is below the auto-reply threshold "
                         "{auto:.2f}: an agent should check the answer.",
    "high_confidence": "Intent confidence {confidence:.2f} is at or above the auto-reply "
                       "threshold {auto:.2f}.",
}
REASON_CODES = tuple(REASON_TEXT)


@dataclass(frozen=True)
class Policy:
    """Thresholds and lists that turn scores into an action; chosen at training, overridable."""

    auto_reply_threshold: float
    suggest_threshold: float
    always_human_intents: tuple[str, ...] = ()
    human_request_intents: tuple[str, ...] = ()
    escalate_urgencies: tuple[str, ...] = ("high", "critical")

    def __post_init__(self) -> None:
        if not 0.0 <= self.suggest_threshold <= self.auto_reply_threshold <= 1.0:
            raise ValueError("thresholds must satisfy 0 <= suggest <= auto_reply <= 1, got "
                             f"suggest={self.suggest_threshold}, "
                             f"auto_reply={self.auto_reply_threshold}")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Scores:
    """What the model says about one message."""

    intent: str
    intent_confidence: float
    urgency: str | None = None
    urgency_confidence: float | None = None
    out_of_scope: bool = False


@dataclass(frozen=True)
class Reason:
    code: str
    message: str


@dataclass(frozen=True)
class Decision:
    action: str
    reasons: tuple[Reason, ...]

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


def _reason(code: str, scores: Scores, policy: Policy) -> Reason:
    text = REASON_TEXT[code].format(intent=scores.intent, confidence=scores.intent_confidence,
                                    suggest=policy.suggest_threshold,
                                    auto=policy.auto_reply_threshold)
    return Reason(code, text)


def escalation_rules(scores: Scores, policy: Policy) -> list[str]:
    """Codes of the rules that force a human, most important first."""
    codes = []
    if scores.out_of_scope:
        codes.append("out_of_scope")
    if not scores.out_of_scope and scores.intent in policy.human_request_intents:
        codes.append("human_requested")
    if scores.urgency in policy.escalate_urgencies:
        codes.append(f"urgency_{scores.urgency}")
    if not scores.out_of_scope and scores.intent in policy.always_human_intents:
        codes.append("always_human_intent")
    if scores.intent_confidence < policy.suggest_threshold:
        codes.append("low_confidence")
    return codes


def decide(scores: Scores, policy: Policy) -> Decision:
    """Escalate when any escalation rule fires; else auto-reply or suggest by confidence."""
    codes = escalation_rules(scores, policy)
    if codes:
        action = ESCALATE
    elif scores.intent_confidence >= policy.auto_reply_threshold:
        action, codes = AUTO_REPLY, ["high_confidence"]
    else:
        action, codes = SUGGEST, ["medium_confidence"]
    return Decision(action, tuple(_reason(c, scores, policy) for c in codes))
