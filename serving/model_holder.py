"""The model being served, swapped atomically when a new `@champion` appears.

A request takes one reference to the current model at its start and uses it to the end, so a
swap (a reference assignment under a lock) never changes the model under a request in flight.
A version that fails to load never replaces the one being served: the failure is kept and shown
by /v1/model.

gunicorn runs several worker processes and a POST /v1/admin/reload reaches one of them. That
worker then touches a signal file shared by the server's workers (`signal_file`); every worker
looks at the file's modification time before each request (one `stat`, microseconds) and, when
it changed, reloads in a background thread, so all workers move to the new version within about
one model-loading time without any request waiting for it.
"""

from __future__ import annotations

import copy
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from triage.model import TriageModel
from triage.pyfunc import (
    LoadedModel,
    ModelLoadError,
    load_triage_model,
    parse_model_uri,
    resolve_version,
)

log = logging.getLogger("triage.serving")

Loader = Callable[[str, str | None], LoadedModel]


@dataclass(frozen=True)
class ReloadOutcome:
    outcome: str  # "loaded" | "unchanged" | "failed"
    error: str | None = None


def as_loaded(model: LoadedModel | TriageModel) -> LoadedModel:
    """Accept a bare TriageModel (tests, notebooks) as an unversioned loaded model.

    The version is made a string: MLflow's registry returns it as an int or a str depending on
    the call, and responses and comparisons need one form.
    """
    if isinstance(model, LoadedModel):
        version = None if model.version is None else str(model.version)
        return model if version == model.version else replace(model, version=version)
    return LoadedModel(model=model, name="triage", version=None, alias=None, uri="<in-memory>")


def without_embedding_cache(model: TriageModel) -> TriageModel:
    """A copy of `model` whose embedder never reads or writes the training embedding cache.

    The service must not keep traces of customer messages on disk, nor have every worker write
    to one SQLite file. The copy shares the loaded encoder weights; the caller's model is intact.
    """
    embedder = getattr(model, "embedder", None)
    if embedder is None or not getattr(embedder, "cache_dir", None):
        return model
    embedder = copy.copy(embedder)
    embedder.cache_dir = None
    return replace(model, embedder=embedder)


def load_weights(loaded: LoadedModel) -> None:
    """Load the encoder weights without running the encoder: safe before a fork, so with
    gunicorn --preload the workers share one copy of them."""
    embedder = getattr(loaded.model, "embedder", None)
    if embedder is not None:
        _ = embedder.n_features_out_  # the width is read from the loaded encoder


def warm_up(loaded: LoadedModel) -> None:
    """Score two messages so the encoder weights and the language detector load before traffic."""
    loaded.model.score(["Where is my order?", "Où est ma commande ?"])


class ModelHolder:
    """Holds the served model; loads, reloads and polls for a new version."""

    def __init__(self, uri: str, tracking_uri: str | None, overrides: dict | None = None,
                 loader: Loader = load_triage_model,
                 on_reload: Callable[[ReloadOutcome, LoadedModel | None], None] | None = None,
                 warm: bool = True, signal_file: str | None = None) -> None:
        self.uri = uri
        self.tracking_uri = tracking_uri
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self._loader = loader
        self._on_reload = on_reload
        self.warm = warm
        self._lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self._current: LoadedModel | None = None
        self.last_error: str | None = None
        self.last_reload_at: str | None = None
        self._stop = threading.Event()
        self._poller: threading.Thread | None = None
        self.signal_file = signal_file
        self._signal_seen = self._signal_stamp()

    @property
    def current(self) -> LoadedModel | None:
        """The model to use for one request (read once; a swap does not affect it)."""
        return self._current

    def install(self, model: LoadedModel | TriageModel) -> LoadedModel:
        """Serve `model` (with the configured policy overrides applied)."""
        loaded = as_loaded(model)
        loaded = replace(loaded, model=without_embedding_cache(loaded.model))
        try:
            if self.overrides:
                loaded = replace(loaded, model=loaded.model.with_policy(**self.overrides))
        except (TypeError, ValueError) as e:
            raise ModelLoadError(f"policy overrides {self.overrides} do not fit model "
                                 f"{loaded.uri}: {e}") from e
        with self._lock:
            self._current = loaded
        return loaded

    def try_install(self, model: LoadedModel | TriageModel) -> ReloadOutcome:
        """`install`, recording a failure (e.g. overrides that do not fit) instead of raising."""
        try:
            self.install(model)
        except ModelLoadError as e:
            self.last_error = str(e)
            log.error("cannot serve the given model: %s", e)
            return ReloadOutcome("failed", self.last_error)
        return ReloadOutcome("loaded")

    def reload(self, warm: bool | None = None) -> ReloadOutcome:
        """Load the model at `uri` unless it is the version already served; keep the old on error.

        `warm` (default: as configured) scores one message before the swap, so the first real
        request does not pay for loading the encoder.
        """
        outcome = self._reload(self.warm if warm is None else warm)
        if self._on_reload is not None:
            self._on_reload(outcome, self._current)
        return outcome

    def _reload(self, warm: bool) -> ReloadOutcome:
        with self._reload_lock:  # one reload at a time; requests never wait for it
            self.last_reload_at = datetime.now(UTC).isoformat(timespec="seconds")
            try:
                if self._is_current(self.registry_version()):
                    self.last_error = None  # the registry answered and the right model serves
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

    def _signal_stamp(self) -> int:
        """Modification time (ns) of the signal file; 0 when there is none (yet)."""
        if not self.signal_file:
            return 0
        try:
            return os.stat(self.signal_file).st_mtime_ns
        except OSError:
            return 0

    def announce_reload(self) -> None:
        """Tell this server's other workers to reload (touch the signal file); no-op without
        one. This worker has reloaded already, so it marks the new stamp as seen."""
        if not self.signal_file:
            return
        try:
            with open(self.signal_file, "a"):
                os.utime(self.signal_file)
        except OSError as e:  # the reload itself worked; the other workers can still poll
            log.warning("cannot signal the other workers to reload (%s): %s", self.signal_file, e)
            return
        with self._lock:
            self._signal_seen = max(self._signal_seen, self._signal_stamp())

    def follow_announcements(self) -> bool:
        """Per request: start a background reload when another worker announced one since this
        worker last looked. Returns whether a reload was started."""
        if not self.signal_file:
            return False
        stamp = self._signal_stamp()
        if stamp <= self._signal_seen:
            return False
        with self._lock:
            if stamp <= self._signal_seen:
                return False
            self._signal_seen = stamp
        threading.Thread(target=self.reload, name="triage-announced-reload", daemon=True).start()
        return True

    def registry_version(self) -> str | None:
        """The version number the URI points to now (an alias, `latest` or a stage resolved),
        None if it is not a registry URI."""
        return resolve_version(self.uri, self.tracking_uri)

    def _is_current(self, version: str | None) -> bool:
        current = self._current
        name, _, _ = parse_model_uri(self.uri)
        return (current is not None and version is not None and current.version == version
                and current.name == name)

    def describe_current(self) -> str:
        current = self._current
        return "nothing" if current is None else f"{current.name} version {current.version}"

    @property
    def polling(self) -> bool:
        """True while the registry poller runs."""
        return self._poller is not None and self._poller.is_alive()

    def start_polling(self, interval: float) -> None:
        """Check the registry every `interval` seconds in a daemon thread (idempotent)."""
        if interval <= 0 or self.polling:
            return
        with self._lock:
            if self.polling:
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
