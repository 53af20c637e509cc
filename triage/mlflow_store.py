"""Pointing MLflow at a store without leaking it into the environment, and failing fast when
a tracking server cannot be reached.

`mlflow.set_tracking_uri` also writes `MLFLOW_TRACKING_URI` into `os.environ`; Triage reads that
variable as the user's choice of server, so a later configuration in the same process (a test, a
notebook, a reload) would silently follow the previous store. This keeps the variable as it was.
"""

from __future__ import annotations

import os
import time
from urllib.parse import urlparse

import mlflow
import requests

# Seconds to wait for a tracking server to accept a connection before calling it unreachable.
CONNECT_TIMEOUT_S = 5.0
# A server that answered is not asked again for this long: one command (setting up the store,
# then loading one or two models) makes one probe, while the service's registry poller, which
# runs less often, still notices a server that went away.
REACHABLE_FOR_S = 30.0
_answered_at: dict[str, float] = {}


class StoreUnreachableError(ConnectionError):
    """The MLflow tracking server cannot be connected to."""


def check_reachable(uri: str, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """Raise StoreUnreachableError when `uri` is an HTTP(S) server that refuses or never accepts
    a connection; other stores (sqlite, file, databricks) are left to MLflow.

    Why: MLflow retries a refused connection with exponential back-off for about four minutes
    before it gives up, so a mistyped MLFLOW_TRACKING_URI looked like a hung command. Only
    connection failures count: any HTTP answer (even 401 or 404) means the server is there,
    and TLS problems are left to MLflow, which applies its own certificate settings.
    """
    if urlparse(uri).scheme not in ("http", "https"):
        return
    if time.monotonic() - _answered_at.get(uri, -REACHABLE_FOR_S) < REACHABLE_FOR_S:
        return
    try:
        requests.get(uri.rstrip("/") + "/health", timeout=(timeout, 30.0))
    except requests.exceptions.SSLError:
        return
    except (requests.exceptions.ConnectionError, requests.exceptions.ConnectTimeout) as e:
        raise StoreUnreachableError(
            f"cannot reach the MLflow server {uri} (no connection within {timeout:g} s: "
            f"{type(e).__name__}); check MLFLOW_TRACKING_URI and that the server is up") from e
    except requests.exceptions.RequestException:
        return  # connected, then something else went wrong: MLflow will say what
    _answered_at[uri] = time.monotonic()

_ENV_VARS = ("MLFLOW_TRACKING_URI", "MLFLOW_REGISTRY_URI")


def use_store(uri: str) -> None:
    """Make `uri` this process's MLflow tracking and registry store (after checking that a
    server is reachable)."""
    check_reachable(uri)
    saved = {name: os.environ.get(name) for name in _ENV_VARS}
    try:
        mlflow.set_tracking_uri(uri)
        mlflow.set_registry_uri(uri)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
