"""Development experiment behind the encoder benchmark's note on batch dependence (not run by
`make bench`; about a minute on 2 cores).

With dynamic int8 quantization, ONNX Runtime computes each activation tensor's scale from the
whole batch, so a message's embedding depends on the messages it is encoded with. The service
encodes one message per request; `triage train` and `triage score` encode batches. Does that
change decisions?

The Banking77 pipeline is fitted as the benchmark fits it (cached embeddings, validation carved
from train.csv, auto-reply threshold chosen on validation for the configured precision). Then
test.csv is encoded three ways with the default backend, bypassing the cache: in batches as
sentence-transformers orders them, in batches of a shuffled order, and one message at a time.
Reported: the cosine between the ways, and how many intents and auto-reply decisions differ.
Usage: `python -m bench.experiment_batch_dependence`.
"""

from __future__ import annotations

import json
import random

import numpy as np

from bench.common import bench_config, dataset_splits, embedder_for
from training.evaluate import choose_threshold
from training.fit import embed_splits, fit_intent


def main() -> None:
    config = bench_config()
    splits = dataset_splits("banking77", config)
    embedder = embedder_for(config)
    fitted = fit_intent(splits, embed_splits(embedder, splits), config)
    classifier = fitted.classifier
    val_labels = splits.validation["intent"].to_numpy()[fitted.validation_rows]
    val_proba = fitted.validation_proba
    threshold = choose_threshold(val_proba.max(axis=1),
                                 classifier.classes_[val_proba.argmax(axis=1)] == val_labels,
                                 config.target_precision)

    texts = splits.test["text"].tolist()
    truth = splits.test["intent"].to_numpy()
    order = list(range(len(texts)))
    random.Random(0).shuffle(order)
    shuffled = np.empty((len(texts), embedder.n_features_out_), dtype=np.float32)
    shuffled[order] = embedder.encode([texts[i] for i in order])
    ways = {"batched": embedder.encode(texts), "batched, shuffled": shuffled,
            "one at a time": np.vstack([embedder.encode([t]) for t in texts])}
    proba = {name: classifier.predict_proba(vectors, texts) for name, vectors in ways.items()}
    intent = {name: classifier.classes_[p.argmax(axis=1)] for name, p in proba.items()}
    auto = {name: p.max(axis=1) >= threshold for name, p in proba.items()}

    report = {"threshold": round(float(threshold), 3), "messages": len(texts)}
    for name in ways:
        report[f"accuracy, {name}"] = round(float(np.mean(intent[name] == truth)), 4)
        report[f"auto-reply share, {name}"] = round(float(np.mean(auto[name])), 4)
    for other in ("batched, shuffled", "one at a time"):
        cosine = (ways["batched"] * ways[other]).sum(axis=1)
        report[f"batched vs {other}"] = {
            "min cosine": round(float(cosine.min()), 4),
            "median cosine": round(float(np.median(cosine)), 5),
            "intents differ": int(np.sum(intent["batched"] != intent[other])),
            "auto-reply decision differs": int(np.sum(auto["batched"] != auto[other])),
            "auto-replied both ways with different intents": int(np.sum(
                auto["batched"] & auto[other] & (intent["batched"] != intent[other]))),
            "largest confidence change": round(float(np.abs(
                proba["batched"].max(axis=1) - proba[other].max(axis=1)).max()), 3)}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
