"""Pointing MLflow at a store without leaking it into the environment.

`mlflow.set_tracking_uri` also writes `MLFLOW_TRACKING_URI` into `os.environ`; Triage reads that
variable as the user's choice of server, so a later configuration in the same process (a test, a
notebook, a reload) would silently follow the previous store. This keeps the variable as it was.
"""

from __future__ import annotations

import os

import mlflow

_ENV_VARS = ("MLFLOW_TRACKING_URI", "MLFLOW_REGISTRY_URI")


def use_store(uri: str) -> None:
    """Make `uri` this process's MLflow tracking and registry store."""
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
