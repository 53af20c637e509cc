"""Development experiment behind the encoder benchmark's note on shallower encoders (not run by
`make bench`: it exports three models, about 5 minutes).

MiniLM-L6 cut to its first N layers, exported with Triage's int8 recipe, timed on validation
messages carved from Banking77's train.csv as the benchmarks carve them (batch 64, best of 3)
and scored by a logistic regression (C=10) fitted on the rest of train.csv with the cut
model's embeddings. No test message is used: the comparison decides whether a cut model is
adopted. Usage: `python -m bench.experiment_shallow_encoder 6 4 3`.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from bench.common import bench_config, carve_validation, load_train
from triage.embedder import SentenceEmbedder
from triage.encoder import resolve_encoder_path

ROUNDS = 3


def cut_model(layers: int, folder: Path) -> Path:
    """Save the packaged MiniLM with only its first `layers` transformer layers."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(resolve_encoder_path("all-MiniLM-L6-v2"), device="cpu")
    bert = model[0].auto_model
    bert.encoder.layer = bert.encoder.layer[:layers]
    bert.config.num_hidden_layers = layers
    out = folder / f"minilm-{layers}-layers"
    model.save(str(out))
    return out


def measure(layers: int, folder: Path) -> dict[str, float]:
    config = bench_config()
    train, validation = carve_validation(load_train("banking77", config), config)
    embedder = SentenceEmbedder(model_name=str(cut_model(layers, folder)), backend="onnx-int8",
                                batch_size=64, encoders_dir=str(folder / "encoders")).fit([])
    texts = validation["text"].tolist()
    embedder.encode(texts[:128])  # export and load outside the timing
    best = 0.0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        validation_emb = embedder.encode(texts)
        best = max(best, len(texts) / (time.perf_counter() - start))
    classifier = LogisticRegression(C=10, max_iter=3000).fit(
        embedder.encode(train["text"].tolist()), train["intent"])
    accuracy = float((classifier.predict(validation_emb) == validation["intent"]).mean() * 100)
    return {"msgs_per_s_best": round(best), "validation_accuracy": round(accuracy, 2)}


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: measure(n, Path(tmp)) for n in (int(a) for a in argv or ["6", "4", "3"])}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
