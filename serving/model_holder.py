"""The model being served, swapped atomically when a new `@champion` appears.

A request takes one reference to the current model at its start and uses it to the end, so a
swap (a reference assignment under a lock) never changes the model under a request in flight.
A version that fails to load never replaces the one being served: the failure is kept and shown
by /v1/model.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Callable

import mlflow

from triage.model import TriageModel
from triage.pyfunc import LoadedModel, ModelLoadError, load_triage_model, parse_model_uri

log = logging.getLogger("triage.serving")

Loader = Callable[[str, str | None], LoadedModel]


@dataclass(frozen=True)
class ReloadOutcome:
    outcome: str  # "loaded" | "unchanged" | "failed"
    error: str | None = None


def as_loaded(model: LoadedModel | TriageModel) -> LoadedModel:
    """Accept a bare TriageModel (tests, notebooks) as an unversioned loaded model."""
    if isinstance(model, LoadedModel):
        return model
    return LoadedModel(model=model, name="triage", version=None, alias=None, uri="<in-memory>")


def warm_up(loaded: LoadedModel) -> None:
    """Score one message so the encoder weights and language detector load before traffic."""
    loaded.model.score(["warm-up"], ["en"])


class ModelHolder:
    """Holds the served model; loads, reloads and polls for a new version."""

    def __init__(self, uri: str, tracking_uri: str | None, overrides: dict | None = None,
                 loader: Loader = load_triage_model,
                 on_reload: Callable[["ReloadOutcome", LoadedModel | None], None] | None = None,
                 ) -> None:
        self.uri = uri
        self.tracking_uri = tracking_uri
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self._loader = loader
        self._on_reload = on_reload
        self._swap_lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self._current: LoadedModel | None = None
        self.last_error: str | None = None
        self.last_reload_at: str | None = None
        self._stop = threading.Event()
        self._poller: threading.Thread | None = None

    @property
    def current(self) -> LoadedModel | None:
        """The model to use for one request (read once; a swap does not affect it)."""
        return self._current

    def install(self, model: LoadedModel | TriageModel) -> LoadedModel:
        """Serve `model` (with the configured policy overrides applied)."""
        loaded = as_loaded(model)
        try:
            loaded = replace(loaded, model=loaded.model.with_policy(**self.overrides))
        except (TypeError, ValueError) as e:
            raise ModelLoadError(f"policy overrides {self.overrides} do not fit model "
                                 f"{loaded.uri}: {e}") from e
        with self._swap_lock:
            self._current = loaded
        return loaded

    def reload(self, warm: bool = True) -> ReloadOutcome:
        """Load the model at `uri` unless it is the version already served; keep the old on error."""
        outcome = self._reload(warm)
        if self._on_reload is not None:
            self._on_reload(outcome, self._current)
        return outcome

    def _reload(self, warm: bool) -> ReloadOutcome:
        with self._reload_lock:  # one reload at a time; requests never wait for it
            self.last_reload_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            try:
                if self._is_current(self.registry_version()):
                    return ReloadOutcome("unchanged")
                loaded = self._loader(self.uri, self.tracking_uri)
                if warm:
                    warm_up(loaded)
                loaded = self.install(loaded)
            except Exception as e:  # a broken version must never take the service down
                self.last_error = f"{type(e).__name__}: {e}"
                log.error("model reload from %s failed; still serving %s", self.uri,
                          self.describe_current(), exc_info=e)
                return ReloadOutcome("failed", self.last_error)
            self.last_error = None
            log.info("serving model %s version %s", loaded.name, loaded.version)
            return ReloadOutcome("loaded")

    def registry_version(self) -> str | None:
        """The version the URI points to now (an alias is resolved), None if not a registry URI."""
        name, version, alias = parse_model_uri(self.uri)
        if not alias:
            return version
        try:
            client = mlflow.MlflowClient(tracking_uri=self.tracking_uri,
                                         registry_uri=self.tracking_uri)
            return str(client.get_model_version_by_alias(name, alias).version)
        except Exception as e:  # MlflowException, connection errors, ...
            raise ModelLoadError(f"cannot resolve {self.uri}: {e}") from e

    def _is_current(self, version: str | None) -> bool:
        current = self._current
        name, _, _ = parse_model_uri(self.uri)
        return (current is not None and version is not None and current.version == version
                and current.name == name)

    def describe_current(self) -> str:
        current = self._current
        return "nothing" if current is None else f"{current.name} version {current.version}"

    def start_polling(self, interval: float) -> None:
        """Check the registry every `interval` seconds in a daemon thread (idempotent)."""
        if interval <= 0 or (self._poller is not None and self._poller.is_alive()):
            return
        self._stop.clear()
        self._poller = threading.Thread(target=self._poll, args=(interval,),
                                         name="triage-model-poller", daemon=True)
        self._poller.start()

    def _poll(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.reload()

    def stop_polling(self) -> None:
        self._stop.set()
        if self._poller is not None:
            self._poller.join(timeout=5)
