"""Development experiment: the int8 recipe's per-channel weights against per-tensor weights,
on validation data (not run by `make bench`; about two minutes on 2 cores).

The recipe (triage/encoder_export.py) was first chosen with Banking77 *test* accuracy
(BENCHMARKS.md's encoder notes quoted −1.1 points for per-tensor weights). This re-measures the
choice where choices belong: validation carved from train.csv as the benchmarks carve it,
logistic regression (C=10) fitted on the rest, for the fp32 ONNX encoder and both int8 recipes
(same BERT fusions, dynamic activations): refitted on each encoder's vectors, and fitted on fp32
vectors then fed int8 ones. Usage: `python -m bench.experiment_int8_recipe`.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import warnings
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from bench.common import bench_config, carve_validation, embedder_for, load_train
from triage.encoder import BACKEND_FILES, load_encoder
from triage.encoder_export import _fuse


def per_tensor_copy(fp32_dir: Path, into: Path) -> Path:
    """A copy of the fp32 export whose int8 file has per-tensor weights."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder = into / "per-tensor"
    shutil.copytree(fp32_dir, folder)
    config = json.loads((folder / "config.json").read_text())
    fp32 = folder / BACKEND_FILES["onnx"]
    logging.disable(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph = _fuse(fp32, fp32.with_name("model_fused.onnx"), config)
        quantize_dynamic(str(graph), str(folder / BACKEND_FILES["onnx-int8"]),
                         weight_type=QuantType.QInt8, per_channel=False,
                         extra_options={"DefaultTensorType": 1})
    logging.disable(logging.NOTSET)
    return folder


def accuracies(vectors: np.ndarray, fp32_model: LogisticRegression, fit: np.ndarray,
               val: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """Validation accuracy of a classifier refitted on these vectors (what `triage train` does:
    the backend travels with the model) and of the one fitted on fp32 vectors (how close the
    int8 embeddings stay to fp32)."""
    refitted = LogisticRegression(C=10.0, max_iter=2000).fit(vectors[fit], labels[fit])
    return {"refitted": round(float(np.mean(refitted.predict(vectors[val]) == labels[val])), 4),
            "fp32 classifier": round(float(np.mean(fp32_model.predict(vectors[val])
                                                   == labels[val])), 4)}


def main() -> None:
    config = bench_config()
    train = load_train("banking77", config)
    fit_rows, validation = carve_validation(train, config)
    fit, val = train.index.get_indexer(fit_rows.index), train.index.get_indexer(validation.index)
    texts, labels = train["text"].tolist(), train["intent"].to_numpy()
    fp32_dir = Path(embedder_for(bench_config(encoder_backend="onnx")).encoder_dir())
    vectors = {backend: embedder_for(bench_config(encoder_backend=backend)).transform(texts)
               for backend in ("onnx", "onnx-int8")}
    with tempfile.TemporaryDirectory() as tmp:
        encoder = load_encoder(str(per_tensor_copy(fp32_dir, Path(tmp))), "onnx-int8")
        per_tensor = encoder.encode(texts, batch_size=64, normalize_embeddings=True)
    fp32_model = LogisticRegression(C=10.0, max_iter=2000).fit(vectors["onnx"][fit], labels[fit])
    results = {name: accuracies(v, fp32_model, fit, val, labels) for name, v in (
        ("fp32", vectors["onnx"]), ("int8, per-channel weights (default)", vectors["onnx-int8"]),
        ("int8, per-tensor weights", per_tensor))}
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
