"""Side by side on Banking77, in one run: the Triage pipeline against three baselines.

(a) TF-IDF (the pipeline's word + character n-grams) + LinearSVC (C=1, scikit-learn's default);
(b) frozen encoder + logistic regression (C=10) on the same MiniLM embeddings;
(c) SetFit with the same encoder (1 epoch, 5 pair iterations), 8 examples per intent, run in the
    separate `.venv-setfit` environment (its `datasets` dependency conflicts with the runtime).
Full data = all of train.csv (the pipeline carves its validation from it and refits on all);
8-shot = the first draw of `bench_fewshot`. Training seconds exclude embedding (cached vectors,
shared by all embedding-based rows); throughput includes encoding each test message from scratch.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.metrics import f1_score
from sklearn.svm import LinearSVC

from bench.bench_fewshot import few_shot
from bench.common import (
    ROOT,
    bench_config,
    carve_validation,
    embedder_for,
    load_test,
    load_train,
    pct,
    table,
    timed,
)
from training.split import Splits
from training.train import fit_and_evaluate
from triage.classifier import TextClassifier
from triage.encoder import resolve_encoder_path
from triage.ngrams import ngram_vectorizers
from triage.text import lexical_form

NAME = "Side by side — Triage pipeline vs TF-IDF + LinearSVC, frozen encoder + LR, SetFit"
SETFIT_PYTHON = ROOT / ".venv-setfit" / "bin" / "python"
SETFIT_TIMEOUT = 20 * 60


def row(name: str, data: str, truth: np.ndarray, pred: np.ndarray, train_seconds: float,
        per_second: float) -> dict:
    return {"model": name, "data": data, "accuracy": float(np.mean(pred == truth)),
            "macro_f1": float(f1_score(truth, pred, average="macro")),
            "train_seconds": round(train_seconds, 1), "messages_per_second": round(per_second)}


def tfidf_svc(train: pd.DataFrame, test: pd.DataFrame, data: str) -> dict:
    """The pipeline's own word and character TF-IDF features, with a LinearSVC alone."""
    word, char = ngram_vectorizers().values()

    def features(texts: list[str], fit: bool) -> sp.csr_matrix:
        lexical = [lexical_form(t) for t in texts]
        if fit:
            return sp.hstack([word.fit_transform(lexical), char.fit_transform(lexical)]).tocsr()
        return sp.hstack([word.transform(lexical), char.transform(lexical)]).tocsr()

    model, seconds = timed(lambda: LinearSVC(C=1.0).fit(features(train["text"].tolist(), True),
                                                        train["intent"]))
    pred, predict_seconds = timed(lambda: model.predict(features(test["text"].tolist(), False)))
    return row("TF-IDF + LinearSVC", data, test["intent"].to_numpy(), pred, seconds,
               len(test) / predict_seconds)


def frozen_lr(train: pd.DataFrame, test: pd.DataFrame, embedder, test_vectors: np.ndarray,
              encode_seconds: float, data: str) -> dict:
    vectors = embedder.transform(train["text"].tolist())
    clf, seconds = timed(lambda: TextClassifier(C=10.0, use_ngrams=False, use_neighbours=False)
                         .fit(vectors, train["text"].tolist(), train["intent"].tolist()))
    pred, predict_seconds = timed(lambda: clf.predict(test_vectors, test["text"].tolist()))
    return row("frozen encoder + LR", data, test["intent"].to_numpy(), pred, seconds,
               len(test) / (encode_seconds + predict_seconds))


def pipeline(train: pd.DataFrame, test: pd.DataFrame, encode_seconds: float, data: str,
             seed: int) -> dict:
    """The default pipeline; its scoring time is `TriageModel.score` (language detection,
    out-of-scope, answers, decision) on precomputed vectors plus encoding time."""
    config = bench_config(seed=seed)
    fit_rows, validation = carve_validation(train, config)
    splits = Splits(fit_rows, validation, test)
    trained, seconds = timed(lambda: fit_and_evaluate(config, splits, embedder_for(config), {},
                                                      []))
    texts = test["text"].tolist()
    results, score_seconds = timed(lambda: trained.model.score(texts,
                                                               embeddings=trained.embedded.test))
    pred = np.array([r.intent for r in results], dtype=object)
    return row("Triage pipeline (default)", data, test["intent"].to_numpy(), pred, seconds,
               len(test) / (encode_seconds + score_seconds))


def setfit(shots: pd.DataFrame, test: pd.DataFrame) -> dict:
    if not SETFIT_PYTHON.is_file():
        return {"model": "SetFit", "data": "8-shot", "skipped": f"no {SETFIT_PYTHON}; `make "
                "bench` creates it (see the Makefile's SETFIT_STAMP rule)"}
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / n for n in ("train.csv", "test.csv", "out.json")]
        shots[["text", "intent"]].to_csv(paths[0], index=False)
        test[["text", "intent"]].to_csv(paths[1], index=False)
        command = [str(SETFIT_PYTHON), str(ROOT / "bench" / "setfit_runner.py"),
                   *map(str, paths[:2]), resolve_encoder_path("all-MiniLM-L6-v2"), str(paths[2])]
        # One torch thread: on a shared machine, torch's spinning thread pool made each step
        # about 3x slower than a single thread (measured).
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        try:
            done = subprocess.run(command, capture_output=True, text=True, env=env,
                                  timeout=SETFIT_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            return {"model": "SetFit", "data": "8-shot",
                    "skipped": f"did not finish within {SETFIT_TIMEOUT // 60} minutes"}
        if done.returncode != 0:
            return {"model": "SetFit", "data": "8-shot", "skipped": done.stderr[-500:]}
        out = json.loads(paths[2].read_text())
    return {"model": "SetFit (1 epoch, 5 iterations)", "data": "8-shot",
            "accuracy": out["accuracy"], "macro_f1": out["macro_f1"],
            "train_seconds": round(out["train_seconds"], 1),
            "messages_per_second": round(out["messages_per_second"])}


def run() -> dict:
    config = bench_config()
    train, test = load_train("banking77", config), load_test("banking77")
    shots = few_shot(train, seed=0)
    embedder = embedder_for(config)
    test_vectors = embedder.transform(test["text"].tolist())  # from the cache: no encoder yet
    embedder.encode(test["text"].tolist()[:64])  # load the encoder outside the timing
    _, encode_seconds = timed(lambda: embedder.encode(test["text"].tolist()))
    rows = []
    for data, frame in (("full", train), ("8-shot", shots)):
        rows.append(tfidf_svc(frame, test, data))
        rows.append(frozen_lr(frame, test, embedder, test_vectors, encode_seconds, data))
        rows.append(pipeline(frame, test, encode_seconds, data, config.seed))
    rows.append(setfit(shots, test))
    result = {"rows": rows, "encode_messages_per_second": round(len(test) / encode_seconds)}
    result["markdown"] = markdown(result)
    return result


def markdown(r: dict) -> str:
    body = []
    for x in r["rows"]:
        if "skipped" in x:
            body.append([x["model"], x["data"], "not run", "", "", x["skipped"]])
        else:
            body.append([x["model"], x["data"], pct(x["accuracy"], 2), f"{x['macro_f1']:.4f}",
                         f"{x['train_seconds']:.1f}", f"{x['messages_per_second']:,}"])
    return "\n\n".join([
        table(["model", "training data", "test accuracy", "macro-F1", "training s",
               "scoring msgs/s"], body),
        (f"Encoding alone runs at {r['encode_messages_per_second']:,} messages/s on this machine "
        "in this run; it bounds every embedding-based row's throughput. The pipeline's training "
        "seconds include fitting on train, choosing weights on validation, the refit, and "
        "the rest of `fit_and_evaluate` (the out-of-scope scorer and answer index, and scoring "
        "the test split for its metrics), so they overstate the fit alone; its "
        "throughput includes language detection, out-of-scope scoring and answer lookup. "
        "SetFit's numbers come from its own process (same encoder files, offline); the issue "
        "reports a measured 79.1% after 377 s for the same setting on a quieter machine. SetFit "
        "on the full data was not run: its training pairs grow with the messages (iterations x "
        "2 pairs per message), so 10,003 messages would take about 16 times this run's 8-shot "
        "training on 616, over 2 hours by that estimate, beyond the issue's 20-minute limit."),
    ])
