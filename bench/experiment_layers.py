"""Development experiment behind the Banking77 note on intermediate encoder layers (not run by
`make bench`: it embeds Banking77 with the torch encoder, about 3 minutes on 2 cores).

Question: do MiniLM's intermediate layers, mean-pooled and joined to the last one, give the
intent classifier more to work with? Each variant L2-normalises the mean-pooled hidden states
of the listed layers and joins them (scaled so the joined row stays unit length), then:

- full data: the default pipeline (`fit_calibrate_refit`, all three views on that embedding)
  on the benchmark's splits; validation accuracy before the refit decides, test is reported;
- 8-shot: logistic regression (C=10) on 8 messages per intent drawn from train + validation
  (3 seeds), scored on the rest of train.csv, as the few-shot notes were measured.

Usage: `python -m bench.experiment_layers`.
"""

from __future__ import annotations

import json
import os

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from bench.common import bench_config, dataset_splits
from training.fit import Embedded, fit_calibrate_refit
from triage.classifier import TextClassifier
from triage.encoder import resolve_encoder_path

VARIANTS = ([6], [5, 6], [4, 5, 6])
BATCH = 64


def layer_means(texts: list[str]) -> np.ndarray:
    """Mean-pooled hidden states of every layer (0 = embeddings): texts x 7 x width."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    path = resolve_encoder_path("all-MiniLM-L6-v2")
    tokenizer, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()
    rows = []
    for start in range(0, len(texts), BATCH):
        batch = tokenizer(texts[start:start + BATCH], padding=True, truncation=True,
                          max_length=256, return_tensors="pt")
        with torch.no_grad():
            states = model(**batch, output_hidden_states=True).hidden_states
        mask = batch["attention_mask"].unsqueeze(-1).float()
        rows.append(torch.stack([(h * mask).sum(1) / mask.sum(1) for h in states], 1).numpy())
    return np.concatenate(rows)


def joined(means: np.ndarray, layers: list[int]) -> np.ndarray:
    return np.hstack([normalize(means[:, layer]) for layer in layers]) / np.sqrt(len(layers))


def full_data(splits, means: dict[str, np.ndarray], layers: list[int]) -> dict[str, float]:
    emb = Embedded(*(joined(means[name], layers) for name in ("train", "validation", "test")))
    fitted = fit_calibrate_refit(TextClassifier(seed=42), splits, emb, "intent", refit=True)
    clf = fitted.classifier
    validation = clf.classes_[fitted.validation_proba.argmax(1)]
    test = clf.predict(emb.test, splits.test["text"].tolist())
    return {"validation": float(np.mean(validation == splits.validation["intent"].to_numpy())),
            "test": float(np.mean(test == splits.test["intent"].to_numpy()))}


def eight_shot(frame: pd.DataFrame, means: np.ndarray, layers: list[int]) -> float:
    features, labels, accuracies = joined(means, layers), frame["intent"].to_numpy(), []
    for seed in (0, 1, 2):
        shots = frame.groupby("intent", group_keys=False).sample(8, random_state=seed).index
        rest = np.setdiff1d(np.arange(len(frame)), shots)
        model = LogisticRegression(C=10, max_iter=3000).fit(features[shots], labels[shots])
        accuracies.append(float(np.mean(model.predict(features[rest]) == labels[rest])))
    return float(np.mean(accuracies))


def main() -> None:
    splits = dataset_splits("banking77", bench_config())
    means = {name: layer_means(getattr(splits, name)["text"].tolist())
             for name in ("train", "validation", "test")}
    pool = pd.concat([splits.train, splits.validation], ignore_index=True)
    pool_means = np.concatenate([means["train"], means["validation"]])
    results = {"+".join(map(str, layers)): full_data(splits, means, layers)
               | {"eight_shot_rest_of_train": eight_shot(pool, pool_means, layers)}
               for layers in VARIANTS}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
