"""Development experiment: does light fine-tuning of the encoder on CPU pay for its time?
(not run by `make bench`; about 5 minutes on 2 cores).

The issue behind the Banking77 benchmark suggests it. This fine-tunes the packaged MiniLM on
the benchmark's train split (carved from train.csv as every benchmark carves it) for one epoch
with a cosine-softmax intent head (initialised at the class centroids of the frozen
embeddings, so the first steps do not undo the encoder), then embeds train and validation with
the frozen and the fine-tuned encoder (torch, fp32) and fits Triage's intent pipeline on each:
validation accuracy before any refit, and the seconds each step takes. No test message is
read. Usage: `python -m bench.experiment_finetune [epochs]`.
"""

from __future__ import annotations

import json
import sys
import time

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression

from bench.common import bench_config, carve_validation, load_train
from training.fit import Embedded, fit_calibrate_refit
from training.split import Splits
from triage.classifier import TextClassifier
from triage.encoder import load_encoder, resolve_encoder_path

BATCH = 32
LEARNING_RATE = 3e-5
HEAD_LEARNING_RATE = 1e-3
SCALE = 20.0  # cosine-softmax temperature (1/SCALE), as in NormFace-style heads


def encode(model, texts: list[str]) -> np.ndarray:
    model.eval()
    with torch.inference_mode():
        return model.encode(texts, batch_size=64, normalize_embeddings=True,
                            convert_to_numpy=True)


def fine_tune(model, texts: list[str], labels: np.ndarray, start: np.ndarray,
              epochs: int, seed: int) -> float:
    """One or more epochs of cosine-softmax training; returns the seconds it took."""
    classes = np.unique(labels)
    index = {c: i for i, c in enumerate(classes)}
    centroids = np.stack([start[labels == c].mean(0) for c in classes])
    head = torch.nn.Parameter(torch.tensor(centroids, dtype=torch.float32))
    optimizer = torch.optim.AdamW([{"params": model.parameters(), "lr": LEARNING_RATE},
                                   {"params": [head], "lr": HEAD_LEARNING_RATE}])
    targets = torch.tensor([index[c] for c in labels])
    generator = np.random.default_rng(seed)
    began = time.perf_counter()
    model.train()
    for _ in range(epochs):
        for step in np.array_split(generator.permutation(len(texts)),
                                   max(1, len(texts) // BATCH)):
            features = model.tokenize([texts[i] for i in step])
            embedding = model(features)["sentence_embedding"]
            logits = SCALE * torch.nn.functional.normalize(embedding, dim=1) @ \
                torch.nn.functional.normalize(head, dim=1).T
            loss = torch.nn.functional.cross_entropy(logits, targets[step])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return time.perf_counter() - began


def pipeline_accuracy(splits: Splits, train: np.ndarray, validation: np.ndarray,
                      seed: int) -> dict[str, float]:
    """Validation accuracy of Triage's fused intent pipeline and of the embedding LR alone."""
    emb = Embedded(train, validation, np.empty((0, train.shape[1])))
    fitted = fit_calibrate_refit(TextClassifier(seed=seed), splits, emb, "intent", refit=False)
    truth = splits.validation["intent"].to_numpy()
    fused = fitted.classifier.classes_[fitted.validation_proba.argmax(1)]
    alone = LogisticRegression(C=30.0, max_iter=3000).fit(train, splits.train["intent"])
    return {"pipeline": round(float(np.mean(fused == truth)) * 100, 2),
            "embedding_lr": round(float(np.mean(alone.predict(validation) == truth)) * 100, 2)}


def main(argv: list[str]) -> None:
    epochs = int(argv[0]) if argv else 1
    torch.set_num_threads(2)
    torch.manual_seed(0)
    config = bench_config()
    train, validation = carve_validation(load_train("banking77", config), config)
    splits = Splits(train, validation, validation.iloc[:0])
    texts, labels = train["text"].tolist(), train["intent"].to_numpy()
    model = load_encoder(resolve_encoder_path(config.encoder_model), "torch")
    began = time.perf_counter()
    frozen = encode(model, texts), encode(model, validation["text"].tolist())
    embed_seconds = time.perf_counter() - began
    results = {"frozen": pipeline_accuracy(splits, *frozen, config.seed),
               "embed_train_and_validation_s": round(embed_seconds, 1)}
    seconds = fine_tune(model, texts, labels, frozen[0], epochs, config.seed)
    tuned = encode(model, texts), encode(model, validation["text"].tolist())
    results[f"fine_tuned_{epochs}_epoch"] = pipeline_accuracy(splits, *tuned, config.seed)
    results["fine_tune_s"] = round(seconds, 1)
    results["train_messages"] = len(texts)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
