"""GET /metrics: requests, latency, decisions by action and reason, the model version."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client.parser import text_string_to_metric_families

from tests.serving.conftest import CheckedClient
from triage.pyfunc import LoadedModel


def samples(api: CheckedClient) -> dict[tuple[str, tuple], float]:
    text = api.get("/metrics").get_data(as_text=True)
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_requests_latency_and_decisions_are_counted(api: CheckedClient,
                                                    champion: LoadedModel) -> None:
    api.triage("je veux parler à un conseiller", "can I talk to a real person")
    api.post("/v1/triage", json={"message": {}})
    found = samples(api)
    key = ("triage_http_requests_total",
           (("endpoint", "/v1/triage"), ("method", "POST"), ("status", "200")))
    assert found[key] == 1
    assert found[("triage_http_requests_total", (("endpoint", "/v1/triage"),
                                                 ("method", "POST"), ("status", "400")))] == 1
    assert found[("triage_http_request_duration_seconds_count",
                  (("endpoint", "/v1/triage"),))] == 2
    assert found[("triage_messages_scored_total", ())] == 2
    assert found[("triage_decisions_total", (("action", "escalate"),))] == 2
    assert found[("triage_decision_reasons_total", (("reason", "human_requested"),))] == 2
    info = ("triage_model_info", (("alias", champion.alias or ""), ("name", champion.name),
                                  ("version", champion.version)))
    assert found[info] == 1


def test_unknown_routes_share_one_label(api: CheckedClient) -> None:
    for path in ("/a", "/b", "/c/d"):
        api.get(path)
    key = ("triage_http_requests_total",
           (("endpoint", "<unmatched>"), ("method", "GET"), ("status", "404")))
    assert samples(api)[key] == 3


def test_each_app_counts_for_itself(make_client: Callable[..., CheckedClient]) -> None:
    first, second = make_client(), make_client()
    first.triage("where is my order?")
    assert ("triage_messages_scored_total", ()) in samples(first)
    assert samples(second)[("triage_messages_scored_total", ())] == 0
