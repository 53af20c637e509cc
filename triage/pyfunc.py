"""The MLflow pyfunc wrapper, and loading a registered Triage model for scoring.

The fitted `TriageModel` travels as a joblib artifact and the encoder weights as a directory
artifact, so a model loads and scores on a machine with no hub access.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import mlflow
import pandas as pd
from mlflow.store.artifact.utils.models import get_model_name_and_version

from triage import model as model_module
from triage.mlflow_store import check_reachable, use_store
from triage.model import TriageModel

MODEL_ARTIFACT = "triage_model"
ENCODER_ARTIFACT = "encoder"


class TriagePyfunc(mlflow.pyfunc.PythonModel):
    """pyfunc: a frame with `text` (and optional `language`) → the batch columns."""

    def load_context(self, context: Any) -> None:
        import joblib

        model: TriageModel = joblib.load(context.artifacts[MODEL_ARTIFACT])
        model.embedder.model_path = context.artifacts[ENCODER_ARTIFACT]
        model.embedder.show_progress = False  # scoring calls are small; bars would flood logs
        # The training machine's embedding cache is reused when it exists here (batch rescoring
        # after a retrain hits it); elsewhere it is dropped. The HTTP service turns it off.
        cache_dir = model.embedder.cache_dir
        if cache_dir and not Path(cache_dir).is_dir():
            model.embedder.cache_dir = None
        self.model = model

    def predict(self, context: object, model_input: pd.DataFrame,
                params: dict[str, str] | None = None) -> pd.DataFrame:
        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)
        return self.model.score_frame(frame)


class ModelLoadError(RuntimeError):
    """A registered model cannot be found or loaded."""


class ModelFormatError(ModelLoadError):
    """The model loaded, but was saved in a Triage model format this version cannot use.

    Unlike other load failures this says something permanent about the model itself, which
    the promotion gate relies on: such a champion can be replaced without a comparison."""


@dataclass(frozen=True)
class LoadedModel:
    """A Triage model with where it came from in the registry."""

    model: TriageModel
    name: str
    version: str | None
    alias: str | None
    uri: str


def check_format(model: TriageModel, uri: str) -> None:
    """Refuse a model pickled by a version of Triage whose fitted parts this code cannot use."""
    # Read the instance, not the class: an old pickle has no attribute of its own, and the
    # dataclass default on the class would report the current format.
    found = vars(model).get("format_version", 1)
    if found != model_module.MODEL_FORMAT:
        raise ModelFormatError(f"model {uri!r} was saved in Triage model format {found}; this "
                             f"version reads format {model_module.MODEL_FORMAT}: retrain it "
                             "with `triage train`")


def parse_model_uri(uri: str) -> tuple[str | None, str | None, str | None]:
    """(name, version, alias) of `models:/name@alias` or `models:/name/version`; Nones otherwise."""
    if not uri.startswith("models:/"):
        return None, None, None
    rest = uri[len("models:/"):]
    if "@" in rest:
        name, alias = rest.split("@", 1)
        return name, None, alias
    name, _, version = rest.partition("/")
    return name, version or None, None


def resolve_version(uri: str, tracking_uri: str | None = None) -> str | None:
    """The registry version `uri` points to now, as a number: an alias, `latest` or a stage is
    resolved the way MLflow resolves it when loading; None for a URI outside the registry
    (`runs:/`, a path, a logged model id).

    Why resolve: responses must name the version that answered, and a reload compares versions
    to see whether `models:/triage/latest` (or `@champion`) moved.
    """
    try:
        check_reachable(tracking_uri or mlflow.get_tracking_uri())
        return _registry_version(uri, tracking_uri)
    except Exception as e:  # MlflowException, connection errors, ...
        raise ModelLoadError(f"cannot resolve {uri}: {e}") from e


def _registry_version(uri: str, tracking_uri: str | None) -> str | None:
    if not uri.startswith("models:/"):
        return None
    client = mlflow.MlflowClient(tracking_uri=tracking_uri, registry_uri=tracking_uri)
    resolved = get_model_name_and_version(client, uri)  # (model_id,) for models:/<id>
    return str(resolved[1]) if len(resolved) == 2 else None


def load_triage_model(uri: str, tracking_uri: str | None = None) -> LoadedModel:
    """Load a Triage model by MLflow URI (`models:/triage@champion`, `models:/triage/latest`,
    `runs:/...`, a path); a registry URI is loaded as the concrete version it points to."""
    name, _, alias = parse_model_uri(uri)
    try:
        if tracking_uri:
            use_store(tracking_uri)  # checks that a server is reachable
        else:
            check_reachable(mlflow.get_tracking_uri())
        version = _registry_version(uri, None)  # the store use_store() just selected
        if version is not None:
            uri = f"models:/{name}/{version}"
        pyfunc = mlflow.pyfunc.load_model(uri)
        model = pyfunc.unwrap_python_model().model
        check_format(model, uri)
    except ModelFormatError as e:
        raise type(e)(f"cannot load model {uri!r}: {e}") from e
    except Exception as e:  # MLflow raises MlflowException, OSError, pickling errors, ...
        raise ModelLoadError(f"cannot load model {uri!r}: {e}") from e
    return LoadedModel(model=model, name=name or "triage", version=version, alias=alias, uri=uri)
