"""Prometheus metrics of one app, in a registry of its own.

Why not the global registry: tests (and a process hosting two apps) create many apps, and the
global registry refuses a second metric of the same name. Under gunicorn each worker exposes its
own counts; see serving/README.md for aggregating several workers.
"""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from triage.pyfunc import LoadedModel

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class ServiceMetrics:
    """Requests, latency, decisions and the model version of one app."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("triage_http_requests", "HTTP requests by endpoint and status.",
                                ["endpoint", "method", "status"], registry=self.registry)
        self.latency = Histogram("triage_http_request_duration_seconds",
                                 "Time to answer a request.", ["endpoint"],
                                 buckets=LATENCY_BUCKETS, registry=self.registry)
        self.messages = Counter("triage_messages_scored", "Messages scored.",
                                registry=self.registry)
        self.actions = Counter("triage_decisions", "Decisions by action.", ["action"],
                               registry=self.registry)
        self.reasons = Counter("triage_decision_reasons", "Rules that fired, by reason code.",
                               ["reason"], registry=self.registry)
        self.reloads = Counter("triage_model_reloads", "Model reload attempts by outcome.",
                               ["outcome"], registry=self.registry)
        self.model_info = Gauge("triage_model_info", "1 for the model version being served.",
                                ["name", "version", "alias"], registry=self.registry)

    def observe_request(self, endpoint: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(endpoint, method, str(status)).inc()
        self.latency.labels(endpoint).observe(seconds)

    def observe_decisions(self, actions: Iterable[str], reasons: Iterable[Iterable[str]]) -> None:
        """Count one batch's decisions (an action per message, several reasons each)."""
        for action in actions:
            self.messages.inc()
            self.actions.labels(action).inc()
        for codes in reasons:
            for code in codes:
                self.reasons.labels(code).inc()

    def set_model(self, loaded: LoadedModel | None) -> None:
        """Show exactly one model version as served."""
        self.model_info.clear()
        if loaded is not None:
            self.model_info.labels(loaded.name, loaded.version or "", loaded.alias or "").set(1)

    def render(self) -> bytes:
        return generate_latest(self.registry)
