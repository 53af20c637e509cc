"""Every escalation rule of the policy: the pure function, then through the service's config."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.serving.conftest import CheckedClient
from triage.config import DEFAULT_ALWAYS_HUMAN, DEFAULT_HUMAN_REQUEST_INTENTS
from triage.policy import Policy, Scores, decide, shown_pair
from triage.pyfunc import LoadedModel

POLICY = Policy(auto_reply_threshold=0.8, suggest_threshold=0.4,
                always_human_intents=DEFAULT_ALWAYS_HUMAN,
                human_request_intents=DEFAULT_HUMAN_REQUEST_INTENTS)


@pytest.mark.parametrize("scores, action, codes", [
    # "where is my order 1234?" read with high confidence
    (Scores("order_status", 0.95, "normal", 0.9), "auto_reply", ("high_confidence",)),
    (Scores("order_status", 0.80, "low", 0.9), "auto_reply", ("high_confidence",)),
    # "mon colis ... peut-être perdu ?": right intent, not sure enough to send alone
    (Scores("order_status", 0.79, "normal", 0.9), "suggest", ("medium_confidence",)),
    (Scores("order_status", 0.40, "normal", 0.9), "suggest", ("medium_confidence",)),
    # a vague message: the model barely prefers one intent
    (Scores("order_status", 0.39, "normal", 0.9), "escalate", ("low_confidence",)),
    # "je veux parler à un conseiller"
    (Scores("human_agent", 0.97, "normal", 0.9), "escalate", ("human_requested",)),
    # "someone used my card!!" (critical) — fraud is always a person's job
    (Scores("fraud", 0.99, "critical", 0.9), "escalate", ("urgency_critical",
                                                          "always_human_intent")),
    (Scores("complaint", 0.9, "normal", 0.9), "escalate", ("always_human_intent",)),
    (Scores("legal_threat", 0.9, "normal", 0.9), "escalate", ("always_human_intent",)),
    (Scores("gdpr_deletion", 0.9, "low", 0.9), "escalate", ("always_human_intent",)),
    # "my parcel is for a funeral tomorrow and it's not here"
    (Scores("order_status", 0.95, "high", 0.8), "escalate", ("urgency_high",)),
    (Scores("order_status", 0.95, "critical", 0.8), "escalate", ("urgency_critical",)),
    # "what's the weather in Paris?"
    (Scores("thanks", 0.2, "low", 0.5, out_of_scope=True), "escalate",
     ("out_of_scope", "low_confidence")),
    # out of scope wins over a misread human request or always-human intent
    (Scores("human_agent", 0.9, None, None, out_of_scope=True), "escalate", ("out_of_scope",)),
    (Scores("fraud", 0.9, None, None, out_of_scope=True), "escalate", ("out_of_scope",)),
    # a model without urgency
    (Scores("order_status", 0.9, None, None), "auto_reply", ("high_confidence",)),
])
def test_each_rule_decides_and_names_itself(scores: Scores, action: str,
                                            codes: tuple[str, ...]) -> None:
    decision = decide(scores, POLICY)
    assert decision.action == action
    assert decision.reason_codes == codes
    assert all(reason.message for reason in decision.reasons)


def test_reasons_quote_the_thresholds() -> None:
    decision = decide(Scores("order_status", 0.55), POLICY)
    assert decision.reasons[0].message == ("Intent confidence 0.55 is below the auto-reply "
                                           "threshold 0.80: an agent should check the answer.")


def test_a_threshold_of_one_never_auto_replies_even_to_a_confidence_of_one() -> None:
    # A calibrated confidence can round to exactly 1.0; a threshold of 1 means "off".
    off = Policy(auto_reply_threshold=1.0, suggest_threshold=0.4)
    decision = decide(Scores("order_status", 1.0, "normal", 0.9), off)
    assert (decision.action, decision.reason_codes) == ("suggest", ("auto_reply_off",))
    assert "off" in decision.reasons[0].message


@pytest.mark.parametrize("confidence, threshold, shown", [
    (0.7094, 0.7095, ("0.709", "0.710")),
    (0.70941, 0.70943, ("0.70941", "0.70943")),
    (0.999996, 0.99, ("1.00", "0.99")),  # different readings already at 2 decimals
    (0.55, 0.8, ("0.55", "0.80")),
    (0.8, 0.8, ("0.80", "0.80")),
])
def test_reasons_show_enough_decimals_to_tell_the_numbers_apart(
        confidence: float, threshold: float, shown: tuple[str, str]) -> None:
    assert shown_pair(confidence, threshold) == shown


def test_a_confidence_just_below_the_threshold_does_not_read_as_equal() -> None:
    decision = decide(Scores("order_status", 0.70941), Policy(0.70943, 0.4))
    assert decision.reasons[0].message.startswith(
        "Intent confidence 0.70941 is below the auto-reply threshold 0.70943")


def test_thresholds_must_be_ordered() -> None:
    with pytest.raises(ValueError, match="suggest <= auto_reply"):
        Policy(auto_reply_threshold=0.3, suggest_threshold=0.6)


def test_the_model_thresholds_are_shown(api: CheckedClient) -> None:
    thresholds = api.get("/v1/model").get_json()["thresholds"]
    assert 0 <= thresholds["suggest_threshold"] <= thresholds["auto_reply_threshold"] <= 1
    assert set(DEFAULT_ALWAYS_HUMAN) <= set(thresholds["always_human_intents"])


def test_config_can_forbid_auto_replies(make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(auto_reply_threshold=1.0, suggest_threshold=0.0)
    assert api.get("/v1/model").get_json()["thresholds"]["auto_reply_threshold"] == 1.0
    results = api.triage("Where is my order 12345?", "Merci beaucoup, c'est réglé !",
                         "How long does delivery to Ireland take?")
    assert {r["action"] for r in results} <= {"suggest", "escalate"}
    assert "high_confidence" not in {c["code"] for r in results for c in r["reasons"]}


def test_config_can_send_an_intent_to_people(make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(always_human_intents=("order_status",))
    [result] = api.triage("Hi, can you tell me where my order is? It's 4471223")
    assert result["intent"]["name"] == "order_status"
    assert result["action"] == "escalate"
    assert "always_human_intent" in [r["code"] for r in result["reasons"]]


def test_overrides_that_contradict_the_model_keep_the_app_unready(
        make_client: Callable[..., CheckedClient], champion: LoadedModel) -> None:
    if champion.model.policy.auto_reply_threshold == 1.0:
        pytest.skip("the champion's auto-reply threshold is 1.0: every suggest threshold fits")
    api = make_client(suggest_threshold=1.0)
    assert api.get("/readyz", auth=False).status_code == 503
    assert "policy overrides" in api.get("/v1/model").get_json()["last_reload_error"]
    assert api.post("/v1/triage", json={"message": {"text": "hi"}}).status_code == 503
