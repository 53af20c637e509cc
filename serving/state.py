"""The per-app service state (config, model, feedback store, metrics), kept in `app.extensions`.

Why not module globals: each `create_app` gets its own state, so tests can run many apps in one
process and nothing happens at import time.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from serving.config import ServingConfig
from serving.metrics import ServiceMetrics
from serving.model_holder import ModelHolder
from triage.feedback import FeedbackStore

EXTENSION = "triage"


@dataclass
class ServiceState:
    config: ServingConfig
    holder: ModelHolder
    feedback: FeedbackStore
    metrics: ServiceMetrics


def attach(app: Flask, state: ServiceState) -> None:
    app.extensions[EXTENSION] = state


def service(app: Flask | None = None) -> ServiceState:
    """The state of `app` (default: the app handling the current request)."""
    return (app or current_app).extensions[EXTENSION]
