"""The Flask application factory: the only way to make a Triage app.

`create_app(config, model)` builds an app with its own state (model holder, feedback store,
metrics registry); pass `model` to serve a model already in memory (tests, notebooks), otherwise
the model at `config.model_uri` is loaded. An app whose model fails to load still starts, answers
/healthz, reports not-ready on /readyz and keeps trying if polling is on.
"""

from __future__ import annotations

import logging

from flask import Flask

from serving.auth import install_auth
from serving.config import ServingConfig
from serving.errors import register_error_handlers
from serving.metrics import ServiceMetrics
from serving.model_holder import ModelHolder, ReloadOutcome, load_weights
from serving.request_context import install_request_context
from serving.routes import feedback, health, model_info, triage
from serving.state import ServiceState, attach
from triage.feedback import FeedbackStore
from triage.model import TriageModel
from triage.pyfunc import LoadedModel

log = logging.getLogger("triage.serving")


def create_app(config: ServingConfig | None = None,
               model: LoadedModel | TriageModel | None = None) -> Flask:
    """A Triage app; `config` defaults to the environment (`ServingConfig.from_env()`)."""
    config = config or ServingConfig.from_env()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    app.json.sort_keys = False  # keep the schema's field order in responses
    metrics = ServiceMetrics()
    holder = _holder(config, metrics)
    attach(app, ServiceState(config=config, holder=holder,
                             feedback=FeedbackStore(config.feedback_url), metrics=metrics))
    install_request_context(app)
    install_auth(app)
    register_error_handlers(app)
    for module in (health, triage, feedback, model_info):
        app.register_blueprint(module.bp)
    _load_model(holder, model, config)
    metrics.set_model(holder.current)
    # Threads do not survive a fork: polling starts with the first request (or, under gunicorn,
    # in each worker after the fork), never in a preloading master.
    app.before_request(lambda: holder.start_polling(config.reload_poll_seconds))

    def follow_other_workers() -> None:  # before_request: returning a value would end the request
        """A reload asked of another worker of this server reaches this one too."""
        holder.follow_announcements()

    app.before_request(follow_other_workers)
    return app


def _holder(config: ServingConfig, metrics: ServiceMetrics) -> ModelHolder:
    def on_reload(outcome: ReloadOutcome, current: LoadedModel | None) -> None:
        metrics.reloads.labels(outcome.outcome).inc()
        metrics.set_model(current)

    return ModelHolder(config.model_uri, config.tracking_uri, config.policy_overrides,
                       on_reload=on_reload, warm=config.warm_up,
                       signal_file=config.reload_signal_file)


def _load_model(holder: ModelHolder, model: LoadedModel | TriageModel | None,
                config: ServingConfig) -> None:
    """Install the given model, or load the configured one (a failure leaves the app unready).

    No inference here, only the encoder weights: torch inference before a fork deadlocks the
    forked workers, and with gunicorn --preload this runs in the master. Workers warm up after the
    fork (serving/gunicorn_conf.py).
    """
    outcome = holder.reload(warm=False) if model is None else holder.try_install(model)
    if outcome.outcome == "failed":
        log.error("no model loaded at start from %s: %s", config.model_uri, outcome.error)
    elif config.warm_up:
        load_weights(holder.current)
