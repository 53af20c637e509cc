"""Encoder backends: ONNX (fp32) and ONNX int8 must decide like torch on the sample inbox.

The model under test is the session's champion trained on the sample; its fitted classifiers
score the sample messages once with torch embeddings (the reference) and once with each
backend's embeddings, so only the encoder differs.

Stated tolerances (what "the same decisions" means):
- onnx (fp32, the same weights run by ONNX Runtime): every decision (intent, urgency,
  out-of-scope, action) identical, and every intent confidence within 1e-3 of torch's.
- onnx-int8 (int8 weights): intent confidences within 0.01 of torch's for 95% of messages and
  within 0.1 for 99% (measured: 0.001 and 0.05), never more than 0.25 apart; the same intent for
  99% of messages and the same decision (intent, urgency, out-of-scope, action) for 98%
  (measured: 1 intent and 4 decisions of 426 changed, each an auto-reply/suggest or an
  out-of-scope call on a message within 0.16 of a threshold).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import make_config
from triage.embedder import SentenceEmbedder
from triage.encoder import BACKEND_FILES, EncoderError, load_encoder
from triage.encoder_export import prepare_encoder
from triage.model import MessageResult, TriageModel
from triage.text import clean_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def encoders_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One export per backend for the whole session (exporting takes tens of seconds)."""
    return tmp_path_factory.mktemp("encoders")


@pytest.fixture(scope="session")
def sample_messages(sample_inbox) -> list[str]:
    """Every fourth message of the sample, in every language it holds."""
    return sample_inbox["text"].iloc[::4].tolist()


def embed(model: TriageModel, backend: str, texts: list[str], encoders_dir: Path) -> np.ndarray:
    embedder = SentenceEmbedder(model_name=model.embedder.model_name, backend=backend,
                                encoders_dir=str(encoders_dir))
    return embedder.fit(texts).transform(texts)


def decision(result: MessageResult) -> tuple:
    return (result.intent, result.urgency, result.out_of_scope, result.decision.action)


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_backend_decides_like_torch_on_the_sample(backend: str, triage_model: TriageModel,
                                                  sample_messages: list[str],
                                                  encoders_dir: Path) -> None:
    texts = [clean_text(t) for t in sample_messages]  # what the model embeds
    reference = triage_model.score(texts, embeddings=embed(triage_model, "torch", texts,
                                                           encoders_dir))
    languages = [r.language for r in reference]
    emb = embed(triage_model, backend, texts, encoders_dir)
    candidate = triage_model.score(texts, languages, embeddings=emb)
    gaps = np.array([abs(a.intent_confidence - b.intent_confidence)
                     for a, b in zip(reference, candidate, strict=True)])
    changed = [a for a, b in zip(reference, candidate, strict=True) if decision(a) != decision(b)]
    other_intent = [a for a, b in zip(reference, candidate, strict=True) if a.intent != b.intent]
    if backend == "onnx":
        assert gaps.max() <= 1e-3
        assert changed == []
        return
    assert np.percentile(gaps, 95) <= 0.01 and np.percentile(gaps, 99) <= 0.1
    assert gaps.max() <= 0.25
    assert len(other_intent) <= 0.01 * len(texts)
    assert len(changed) <= 0.02 * len(texts)


def test_export_is_cached_and_holds_only_what_loading_needs(encoders_dir: Path) -> None:
    first = prepare_encoder(SentenceEmbedder().encoder_dir(), "onnx-int8", encoders_dir)
    again = prepare_encoder(SentenceEmbedder().encoder_dir(), "onnx-int8", encoders_dir)
    assert first == again
    assert (first / BACKEND_FILES["onnx-int8"]).is_file()
    assert not list(first.glob("*.safetensors")) and not (first / "onnx" / "model.onnx").exists()
    assert json.loads((first / "triage_export.json").read_text())["backend"] == "onnx-int8"
    # An export is itself loadable as the source: nothing is exported a second time.
    assert prepare_encoder(first, "onnx-int8", encoders_dir / "elsewhere") == first


def test_embedding_cache_keeps_backends_apart() -> None:
    assert SentenceEmbedder(backend="torch").encoder_id != SentenceEmbedder(
        backend="onnx-int8").encoder_id


def test_unknown_backend_is_refused_with_the_choices() -> None:
    with pytest.raises(EncoderError, match="unknown encoder backend 'tensorrt'.*onnx-int8"):
        SentenceEmbedder(backend="tensorrt").fit(["hello"]).transform(["hello"])


def test_loading_an_onnx_backend_never_exports_by_surprise(tmp_path: Path) -> None:
    with pytest.raises(EncoderError, match="has no onnx/model_qint8.onnx: export it first"):
        load_encoder(str(tmp_path), "onnx-int8")


def test_model_trained_with_int8_ships_the_exported_encoder(tiny_data_dir: Path, tmp_path: Path,
                                                            encoders_dir: Path) -> None:
    """The logged encoder artifact is the int8 export, and the loaded model scores with it
    without exporting again (its exports folder stays empty)."""
    from training.train import run_training
    from triage.pyfunc import load_triage_model

    config = make_config(tmp_path / "models", encoder_backend="onnx-int8")
    config.models_dir.mkdir(parents=True)
    shutil.copytree(encoders_dir, config.models_dir / "encoders")  # reuse the session's export
    result = run_training(config, tiny_data_dir / "inbox.csv")
    shutil.rmtree(config.models_dir / "encoders")
    loaded = load_triage_model(f"models:/triage/{result.version}", config.resolved_tracking_uri)
    embedder = loaded.model.embedder
    assert embedder.backend == "onnx-int8"
    assert (Path(embedder.model_path) / BACKEND_FILES["onnx-int8"]).is_file()
    assert not list(Path(embedder.model_path).rglob("*.safetensors"))
    scored = loaded.model.score(["Where is my parcel? It was due on Monday."])
    assert scored[0].intent
    assert not (config.models_dir / "encoders").exists()
