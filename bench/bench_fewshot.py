"""Banking77 with 8 examples per intent: the default pipeline against frozen encoder + LR.

For each seed, 8 messages per intent are drawn from train.csv; the pipeline carves its validation
split from those 616 messages exactly as `triage train` would (15:70 of the file, stratified),
chooses fusion weights and temperature on it, then refits on all 616. test.csv gives accuracy.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from bench.common import (
    bench_config,
    carve_validation,
    embedder_for,
    load_test,
    load_train,
    pct,
    table,
    timed,
    verdict,
)
from training.split import Splits
from training.train import fit_and_evaluate
from triage.classifier import TextClassifier

NAME = "Few-shot — Banking77 with 8 examples per intent"
SHOTS = 8
SEEDS = (0, 1, 2)
TARGET = 0.88


def few_shot(train: pd.DataFrame, seed: int) -> pd.DataFrame:
    return train.groupby("intent", group_keys=False).sample(SHOTS, random_state=seed)


def run_seed(seed: int, train: pd.DataFrame, test: pd.DataFrame) -> dict:
    config = bench_config(seed=seed)
    shots = few_shot(train, seed)
    fit_rows, validation = carve_validation(shots, config)
    splits = Splits(fit_rows, validation, test)
    embedder = embedder_for(config)
    trained, seconds = timed(lambda: fit_and_evaluate(config, splits, embedder, {}, []))
    vectors = embedder.transform(shots["text"].tolist())
    lr, lr_seconds = timed(lambda: TextClassifier(C=10.0, use_ngrams=False, use_neighbours=False)
                           .fit(vectors, shots["text"].tolist(), shots["intent"].tolist()))
    lr_pred = lr.predict(trained.embedded.test, test["text"].tolist())
    return {"seed": seed, "pipeline_accuracy": trained.metrics["test_intent_accuracy"],
            "pipeline_macro_f1": trained.metrics["test_intent_macro_f1"],
            "pipeline_seconds": round(seconds, 1),
            "lr_accuracy": float(np.mean(lr_pred == test["intent"].to_numpy())),
            "lr_seconds": round(lr_seconds, 1)}


def run() -> dict:
    config = bench_config()
    train, test = load_train("banking77", config), load_test("banking77")
    runs = [run_seed(seed, train, test) for seed in SEEDS]
    result = {"shots": SHOTS, "seeds": runs,
              "pipeline_accuracy_mean": float(np.mean([r["pipeline_accuracy"] for r in runs])),
              "lr_accuracy_mean": float(np.mean([r["lr_accuracy"] for r in runs]))}
    result["markdown"] = markdown(result)
    return result


def markdown(r: dict) -> str:
    rows = [[r_["seed"], pct(r_["pipeline_accuracy"]), f"{r_['pipeline_macro_f1']:.3f}",
             f"{r_['pipeline_seconds']:.1f}", pct(r_["lr_accuracy"]), f"{r_['lr_seconds']:.1f}"]
            for r_ in r["seeds"]]
    rows.append(["mean", pct(r["pipeline_accuracy_mean"]), "", "", pct(r["lr_accuracy_mean"]),
                 ""])
    mean = r["pipeline_accuracy_mean"]
    return "\n\n".join([
        (f"Target: accuracy >= {pct(TARGET, 0)} with {SHOTS} examples per intent — measured "
        f"{pct(mean)} (mean of {len(r['seeds'])} seeds): {verdict(mean, TARGET)}."),
        table(["seed", "pipeline acc.", "macro-F1", "pipeline s (fit+evaluate)",
               "frozen encoder + LR (C=10, all 8 shots)", "LR fit s"], rows),
        NOTES,
    ])


NOTES = """\
The pipeline holds out about 1.4 messages per intent for validation and refits on all 8 after
choosing on them; the refit is worth 1–2 points here (82.7→83.5, 81.2→83.4, 79.2→81.5 on three
development draws, measured on the rest of train.csv). Tried during development (accuracy on the
rest of train.csv, 3 draws): C of the embedding LR 3/10/30/100 → 81.6/82.5/82.3/82.2%;
nearest class prototype 79.1%; adding each intent's name ("card arrival") as one more training
example +0.7 to +1.4 points (not kept: it assumes descriptive intent names). SetFit (contrastive
fine-tuning of the same encoder) is in the side-by-side table. Self-training on unlabelled
history (`python -m bench.experiment_self_training`: the 8-shot pipeline labels 70% of the rest
of train.csv, then is fitted again on the 8 shots plus those labels; the other 30% scores it):
82.7% → 84.0% (+1.3 points, 3 draws) with every pseudo-label, 82.8% with the most confident half;
not adopted: it would need unlabelled rows in the training data, which the data contract does
not have, and 1.3 points would not take the test figure above to 88%. Reaching 88% at 8 shots
would need a better encoder or fine-tuning that pays for its CPU time; neither was available
here.
"""
