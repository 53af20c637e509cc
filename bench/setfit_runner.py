"""SetFit baseline, run by `bench_baselines` with the separate SetFit virtual environment.

SetFit needs `datasets`, whose huggingface-hub requirement conflicts with the runtime's, so it
lives in `.venv-setfit` (git-ignored) and this script imports nothing from the project:

    .venv-setfit/bin/python bench/setfit_runner.py TRAIN.csv TEST.csv ENCODER_DIR OUT.json

It trains SetFit (same encoder, offline) on TRAIN.csv (text, intent), predicts TEST.csv and
writes accuracy, macro-F1, training seconds and scoring throughput to OUT.json.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

# This file sits beside bench/datasets.py, which would shadow the `datasets` package.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(__file__)]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


def main(train_path: str, test_path: str, encoder_dir: str, out_path: str) -> None:
    import pandas as pd
    from datasets import Dataset
    from setfit import SetFitModel, Trainer, TrainingArguments
    from sklearn.metrics import accuracy_score, f1_score

    train = pd.read_csv(train_path, dtype=str, keep_default_na=False)
    test = pd.read_csv(test_path, dtype=str, keep_default_na=False)
    model = SetFitModel.from_pretrained(encoder_dir, device="cpu")
    data = Dataset.from_dict({"text": train["text"].tolist(), "label": train["intent"].tolist()})
    with tempfile.TemporaryDirectory() as tmp:
        args = TrainingArguments(output_dir=tmp, num_epochs=1, num_iterations=5, batch_size=16,
                                 seed=0, report_to="none", save_strategy="no")
        trainer = Trainer(model=model, args=args, train_dataset=data)
        started = time.perf_counter()
        trainer.train()
        train_seconds = time.perf_counter() - started
    started = time.perf_counter()
    pred = [str(p) for p in model.predict(test["text"].tolist())]
    predict_seconds = time.perf_counter() - started
    truth = test["intent"].tolist()
    result = {"accuracy": accuracy_score(truth, pred),
              "macro_f1": f1_score(truth, pred, average="macro"),
              "train_seconds": train_seconds,
              "messages_per_second": len(test) / predict_seconds,
              "epochs": 1, "iterations": 5, "n_train": len(train)}
    with open(out_path, "w") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:5])
