"""Exporting the sentence encoder to ONNX (fp32 or int8), once per model and backend, cached.

Why we export ourselves instead of letting sentence-transformers do it: with the pinned stack
(sentence-transformers 5.7, optimum 2.1) `SentenceTransformer(local_dir, backend="onnx")` cannot
export a local model ("Unrecognized model"), nor can `export_dynamic_quantized_onnx_model`
(shared/notes/encoder-backends.md). So the export runs optimum's exporter on the local directory,
and sentence-transformers' own ONNX backend then loads the file we wrote.

The int8 recipe was chosen by measurement (bench/bench_encoder.py, BENCHMARKS.md): onnxruntime's
BERT graph fusions (attention, skip-layer-norm, GELU), then dynamic int8 quantization with
per-channel weights. On validation data (bench/experiment_int8_recipe.py) a classifier refitted
on per-tensor or per-channel vectors is equally accurate, but per-channel vectors stay closer to
fp32 (median cosine 0.994 against 0.970) at the same speed. Static quantization with a
calibration set was slower to produce, no faster to run and less accurate here, so it is not
used.

An export lives in `<encoders_dir>/<model>-<backend>-<fingerprint>/`, holding only what
sentence-transformers needs to load it (configs, tokenizer, pooling, `onnx/<file>`), so the
directory is also what is logged with an MLflow model: serving loads it without exporting.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import warnings
from pathlib import Path

from triage.encoder import BACKEND_FILES, EncoderError

log = logging.getLogger(__name__)

# Bump when the export recipe changes, so caches made by an older recipe are not reused.
RECIPE_VERSION = "1"
# Files of the source model that an exported directory does not need (the weights are in the
# ONNX file; other backends' files would only make the logged artifact bigger).
_SKIP = ("*.safetensors", "*.bin", "*.pt", "*.h5", "*.msgpack", "*.onnx", "README.md",
         ".gitattributes", "onnx", "openvino", "data_config.json")


def fingerprint(source: Path, backend: str) -> str:
    """Short hash of what an export depends on: the source files (names, sizes), backend, recipe."""
    digest = hashlib.sha256(f"{backend}|{RECIPE_VERSION}".encode())
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(source)}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:12]


def export_path(source: Path, backend: str, encoders_dir: Path) -> Path:
    """Where the export of `source` for `backend` is cached."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", source.name if source.name != "model" else
                  source.parent.name).strip("_") or "encoder"
    return encoders_dir / f"{name}-{backend}-{fingerprint(source, backend)}"


def prepare_encoder(source: str | Path, backend: str, encoders_dir: str | Path) -> Path:
    """The directory to load `backend` from: `source` itself for torch, else a cached export.

    The export is built in a temporary directory beside the cache and renamed into place, so a
    concurrent process never sees half an export (if two export at once, the first rename wins).
    """
    source = Path(source)
    if backend == "torch":
        return source
    if backend not in BACKEND_FILES:
        raise EncoderError(f"unknown encoder backend {backend!r}; choose one of "
                           f"{('torch', *BACKEND_FILES)}")
    if (source / BACKEND_FILES[backend]).is_file():
        return source  # already an export (e.g. the encoder artifact of a logged model)
    if not source.is_dir():
        raise EncoderError(f"cannot load encoder from {str(source)!r}: backend {backend!r} "
                           "exports a local model directory, and there is none")
    target = export_path(source, backend, Path(encoders_dir))
    if (target / BACKEND_FILES[backend]).is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    log.info("exporting encoder %s for backend %s into %s (once)", source, backend, target)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".export-") as tmp:
        build = Path(tmp) / "encoder"
        _build_export(source, backend, build, Path(encoders_dir))
        try:
            os.rename(build, target)
        except OSError:
            if not (target / BACKEND_FILES[backend]).is_file():
                raise
    return target


def _build_export(source: Path, backend: str, out: Path, encoders_dir: Path) -> None:
    shutil.copytree(source, out, ignore=shutil.ignore_patterns(*_SKIP))
    onnx_dir = out / "onnx"
    onnx_dir.mkdir()
    fp32 = onnx_dir / "model.onnx"
    # An fp32 export in the source or cached for it saves tracing the model again.
    cached_fp32 = next((p for p in (source / BACKEND_FILES["onnx"], export_path(
        source, "onnx", encoders_dir) / BACKEND_FILES["onnx"]) if p.is_file()), None)
    try:
        if cached_fp32 is not None:
            shutil.copyfile(cached_fp32, fp32)
        else:
            export_onnx(source, fp32)
        if backend == "onnx-int8":
            quantize_int8(fp32, out / BACKEND_FILES[backend], _config(source))
            fp32.unlink()
    except EncoderError:
        raise
    except Exception as e:  # optimum and onnxruntime raise many types
        raise EncoderError(f"cannot export {source} for backend {backend!r}: {e}") from e
    (out / "triage_export.json").write_text(json.dumps(
        {"source": str(source), "backend": backend, "recipe": RECIPE_VERSION}, indent=2) + "\n")


def _config(source: Path) -> dict:
    try:
        return json.loads((source / "config.json").read_text())
    except (OSError, ValueError) as e:
        raise EncoderError(f"cannot read {source / 'config.json'}: {e}") from e


def export_onnx(source: Path, out_file: Path) -> None:
    """Trace the transformer of `source` into an fp32 ONNX file (optimum's exporter, offline)."""
    from optimum.exporters.onnx import main_export

    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        # The tracer warns about constants folded into the graph; they are expected here.
        warnings.simplefilter("ignore")
        main_export(str(source), output=tmp, task="feature-extraction",
                    library_name="transformers", do_validation=False)
        shutil.move(str(Path(tmp) / "model.onnx"), out_file)


def quantize_int8(fp32_file: Path, out_file: Path, config: dict) -> None:
    """Fuse the BERT graph, then quantize weights to int8 per channel (activations dynamically)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    fused = fp32_file.with_name("model_fused.onnx")
    # The fusion and quantization tools log every node (and advice) on the root logger.
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            graph = _fuse(fp32_file, fused, config)
            # DefaultTensorType: fused ops come from the com.microsoft domain, whose outputs
            # ONNX shape inference cannot type; they are float32.
            quantize_dynamic(str(graph), str(out_file), weight_type=QuantType.QInt8,
                             per_channel=True, extra_options={"DefaultTensorType": 1})
    finally:
        logging.disable(previous)
        fused.unlink(missing_ok=True)


def _fuse(fp32_file: Path, out_file: Path, config: dict) -> Path:
    """onnxruntime's BERT fusions (attention, skip-layer-norm, bias-GELU); the graph to quantize."""
    from onnxruntime.transformers.optimizer import optimize_model

    try:
        optimized = optimize_model(
            str(fp32_file), model_type="bert", opt_level=1, use_gpu=False,
            num_heads=int(config.get("num_attention_heads", 0)),
            hidden_size=int(config.get("hidden_size", 0)))
        optimized.save_model_to_file(str(out_file))
    except Exception as e:  # noqa: BLE001 — a graph the fusions do not know: quantize unfused
        log.warning("graph fusion failed (%s); quantizing the unfused graph", e)
        return fp32_file
    return out_file
