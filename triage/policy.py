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
    "low_confidence": "Intent confidence {confidence} is below the suggest threshold "
                      "{suggest}.",
    "medium_confidence": "Intent confidence {confidence} is below the auto-reply threshold "
                         "{auto}: an agent should check the answer.",
    "high_confidence": "Intent confidence {confidence} is at or above the auto-reply "
                       "threshold {auto}.",
    "auto_reply_off": "Automatic replies are off for this model (auto-reply threshold 1): an "
                      "agent should check the answer.",
}
REASON_CODES = tuple(REASON_TEXT)


def auto_reply_on(threshold: float) -> bool:
    """Whether an auto-reply threshold allows automatic replies at all: 1 turns them off."""
    return threshold < 1.0


@dataclass(frozen=True)
class Policy:
    """Thresholds and lists that turn scores into an action; chosen at training, overridable.

    An auto-reply threshold of 1 turns automatic replies off (it is also what training falls
    back to when no threshold reaches the target precision on validation): a calibrated
    confidence can round to exactly 1.0, so "at or above 1" must not mean "send".
    """

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

    @property
    def auto_reply_enabled(self) -> bool:
        return auto_reply_on(self.auto_reply_threshold)

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


def shown_pair(value: float, threshold: float) -> tuple[str, str]:
    """`value` and `threshold` with 2 decimals, or as many more (up to 6) as it takes for two
    different numbers to read differently, so a reason never says "0.71 is below 0.71"."""
    for decimals in range(2, 7):
        pair = f"{value:.{decimals}f}", f"{threshold:.{decimals}f}"
        if pair[0] != pair[1] or value == threshold:
            return pair
    return pair


def _reason(code: str, scores: Scores, policy: Policy) -> Reason:
    threshold = (policy.suggest_threshold if code == "low_confidence"
                 else policy.auto_reply_threshold)
    confidence, shown_threshold = shown_pair(scores.intent_confidence, threshold)
    text = REASON_TEXT[code].format(intent=scores.intent, confidence=confidence,
                                    suggest=shown_threshold, auto=shown_threshold)
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
    elif not policy.auto_reply_enabled:
        action, codes = SUGGEST, ["auto_reply_off"]
    elif scores.intent_confidence >= policy.auto_reply_threshold:
        action, codes = AUTO_REPLY, ["high_confidence"]
    else:
        action, codes = SUGGEST, ["medium_confidence"]
    return Decision(action, tuple(_reason(c, scores, policy) for c in codes))
