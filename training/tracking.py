"""MLflow set-up and model logging: the embedded sqlite store by default, a team's server on
demand."""

from __future__ import annotations

import logging
import subprocess
import tempfile
from importlib import metadata
from pathlib import Path

import joblib
import mlflow
import pandas as pd
from mlflow.models import ModelSignature, infer_signature
from mlflow.types import ColSpec, Schema

from triage.config import TriageConfig
from triage.mlflow_store import use_store
from triage.model import TriageModel
from triage.pyfunc import ENCODER_ARTIFACT, MODEL_ARTIFACT, TriagePyfunc

log = logging.getLogger(__name__)
RUNTIME_PACKAGES = ("torch", "sentence-transformers", "transformers", "scikit-learn", "numpy",
                    "scipy", "pandas", "joblib", "lingua-language-detector", "mlflow",
                    # the ONNX backends: sentence-transformers loads them through optimum
                    "onnxruntime", "optimum", "optimum-onnx")


def setup_mlflow(config: TriageConfig) -> str:
    """Point MLflow at the configured store and make sure the experiment exists; its id."""
    config.models_dir.mkdir(parents=True, exist_ok=True)
    use_store(config.resolved_tracking_uri)
    experiment = mlflow.get_experiment_by_name(config.experiment_name)
    if experiment is not None:
        return experiment.experiment_id
    location = None if config.tracking_uri else config.artifact_location
    return mlflow.create_experiment(config.experiment_name, artifact_location=location)


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, timeout=10, check=True,
                          cwd=Path(__file__).resolve().parent).stdout.strip()


def git_commit() -> str:
    """The commit of the code that trains, '-dirty' when tracked files are modified."""
    try:
        dirty = _git("status", "--porcelain", "--untracked-files=no")
        return _git("rev-parse", "HEAD") + ("-dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def pip_requirements() -> list[str]:
    """Pinned versions of the packages a loaded model needs, read from this environment."""
    pins = []
    for name in RUNTIME_PACKAGES:
        try:
            pins.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pins.append(name)
    return pins


def model_signature(example: pd.DataFrame, output: pd.DataFrame) -> ModelSignature:
    """`text` required and `language` optional on input; the outputs as the example gave them.

    Declared rather than inferred: MLflow drops input columns its signature does not name, so
    an inferred text-only signature silently discarded the language a caller gave.
    """
    inputs = Schema([ColSpec("string", "text"),
                     ColSpec("string", "language", required=False)])
    return ModelSignature(inputs=inputs, outputs=infer_signature(example, output).outputs)


def log_triage_model(model: TriageModel, example: pd.DataFrame) -> str:
    """Log the model as a pyfunc (signature, input example, encoder weights); its model URI.

    Registering is left to the caller, once the rest of the run is logged. The encoder
    directory is an artifact, so the model loads on a machine with no hub access; for an ONNX
    backend it is the exported directory (only the backend's file, no torch weights), so
    serving loads it without exporting.
    """
    encoder_dir = model.embedder.encoder_dir()
    output = model.score_frame(example)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "triage_model.joblib"
        joblib.dump(model, path)
        info = mlflow.pyfunc.log_model(
            name="model", python_model=TriagePyfunc(),
            artifacts={MODEL_ARTIFACT: str(path), ENCODER_ARTIFACT: encoder_dir},
            signature=model_signature(example, output), input_example=example,
            pip_requirements=pip_requirements())
    return info.model_uri
