"""Banking77: intent accuracy, automation at 97% precision, calibration and training time.

The default pipeline (`training.train.fit_and_evaluate`, what `triage train` runs) is trained on
train.csv with 15/85 of it carved out for validation; every choice (fusion weights, temperature,
auto-reply threshold) is made on that validation split; test.csv gives the figures. The ablation
rows fit the same splits through `training.fit.fit_calibrate_refit` with one part changed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from bench.common import (
    ROOT,
    bench_config,
    dataset_splits,
    embedder_for,
    fresh_models_dir,
    pct,
    table,
    timed,
    verdict,
)
from bench.datasets import dataset_dir
from training.evaluate import expected_calibration_error
from training.fit import Embedded, fit_calibrate_refit
from training.split import Splits
from training.train import fit_and_evaluate
from triage.classifier import TextClassifier
from triage.ngrams import NgramCounts

NAME = "Banking77 — intent accuracy, automation, calibration, training time"
DATA = "banking77"
TARGETS = {"accuracy": 0.95, "coverage": 0.92, "precision": 0.97, "ece": 0.03,
           "cold_seconds": 90.0, "warm_seconds": 15.0}
WARM_REPEATS = 3


def variant_row(name: str, clf: TextClassifier, splits: Splits, emb: Embedded,
                refit: bool) -> dict:
    """Fit one variant on the benchmark's splits; validation accuracy is before any refit."""
    fitted, seconds = timed(lambda: fit_calibrate_refit(clf, splits, emb, "intent", refit))
    val_pred = fitted.classifier.classes_[fitted.validation_proba.argmax(1)]
    proba = fitted.classifier.predict_proba(emb.test, splits.test["text"].tolist())
    correct = fitted.classifier.classes_[proba.argmax(1)] == splits.test["intent"].to_numpy()
    return {"variant": name, "validation_accuracy": float(np.mean(
        val_pred == splits.validation["intent"].to_numpy())),
        "test_accuracy": float(correct.mean()),
        "test_ece": expected_calibration_error(proba.max(1), correct),
        "fit_seconds": round(seconds, 1)}


def ablations(splits: Splits, emb: Embedded, seed: int) -> list[dict]:
    """From frozen encoder + LR to the default, one change at a time."""
    only_embedding = {"use_ngrams": False, "use_neighbours": False}
    rows = [variant_row(f"frozen encoder + LR, C={c}", TextClassifier(C=c, seed=seed,
                                                                      **only_embedding),
                        splits, emb, refit=False) for c in (3.0, 10.0, 30.0, 100.0)]
    rows.append(variant_row("+ n-gram SVM view (fused)", TextClassifier(
        use_neighbours=False, seed=seed), splits, emb, refit=False))
    rows.append(variant_row("+ kNN votes view (fused)", TextClassifier(seed=seed), splits,
                            emb, refit=False))
    rows.append(variant_row("+ refit on train + validation (default)",
                            TextClassifier(seed=seed), splits, emb, refit=True))
    return rows


def cli_train(models_dir: Path) -> dict[str, float]:
    """One `triage train` process on Banking77 train.csv: its wall time (process start to exit)
    and the training wall time it reports (data loading to registered model)."""
    command = [str(Path(sys.executable).parent / "triage"), "train", "--data",
               str(dataset_dir(DATA) / "train.csv"), "--models-dir", str(models_dir),
               "--no-progress"]
    done, seconds = timed(lambda: subprocess.run(command, cwd=ROOT, capture_output=True,
                                                 text=True, check=False))
    if done.returncode != 0:
        raise RuntimeError(f"triage train failed: {done.stderr[-2000:]}")
    reported = re.search(r"wall time ([\d.]+) s", done.stdout)
    return {"process": round(seconds, 1),
            "reported": float(reported.group(1)) if reported else float("nan")}


def training_times() -> dict[str, dict[str, float]]:
    """Cold (empty embedding cache and store) once, then warm runs in the same directory;
    the machine's 1-minute load average is recorded with them (the machine may be shared)."""
    with fresh_models_dir() as models_dir:
        cold = cli_train(models_dir) | {"load_average": os.getloadavg()[0]}
        warm = [cli_train(models_dir) for _ in range(WARM_REPEATS)]
    return {"cold": cold, "warm": {key: float(np.median([w[key] for w in warm]))
                                   for key in ("process", "reported")}
            | {"load_average": os.getloadavg()[0]}}


def figures(metrics: dict[str, float]) -> dict[str, float]:
    return {"accuracy": metrics["test_intent_accuracy"],
            "macro_f1": metrics["test_intent_macro_f1"],
            "ece": metrics["test_intent_ece"],
            "coverage": metrics["test_auto_reply_coverage"],
            "precision": metrics["test_auto_reply_precision"],
            "threshold": metrics["auto_reply_threshold"],
            "validation_accuracy": metrics["validation_intent_accuracy"]}


def run() -> dict:
    # The `triage train` processes are timed first, while this process is still small and
    # idle: timed after the fits below, warm runs measured 17.2 s against 15.2 s (one
    # comparison each, on a machine whose speed drifts).
    times = training_times()
    config = bench_config()
    splits = dataset_splits(DATA, config)
    embedder = embedder_for(config)
    trained, seconds = timed(lambda: fit_and_evaluate(config, splits, embedder, {}, []))
    clf = trained.model.intent_classifier
    result = {"figures": figures(trained.metrics), "fit_and_evaluate_seconds": round(seconds, 1),
              "fusion": {"ngram_weight": clf.ngram_weight_,
                         "neighbour_weight": clf.neighbour_weight_,
                         "temperature": clf.temperature_},
              "sizes": splits.sizes(),
              "ablations": ablations(splits, trained.embedded, config.seed)
              + [joint_lr_row(splits, trained.embedded, config.seed)],
              "training_seconds": times}
    result["markdown"] = markdown(result)
    return result


def joint_lr_row(splits: Splits, emb: Embedded, seed: int) -> dict:
    """The previous default, for reference: one logistic regression over the embedding joined
    with the same word and character TF-IDF features (C=10), no kNN, no refit."""
    probe = TextClassifier(use_neighbours=False, seed=seed)
    train_texts = splits.train["text"].tolist()

    def fit() -> LogisticRegression:
        vectorizers, ngrams = NgramCounts(train_texts).fit()
        probe.word_, probe.char_ = vectorizers["word"], vectorizers["char"]
        # The training rows' features come with the vectorizers: counting them again through
        # `probe._ngrams` would charge this reference row's fit time for work done twice. They
        # are float64; float32, as `_ngrams` gives them for prediction, fits faster.
        features = sp.hstack([sp.csr_matrix(emb.train), ngrams], format="csr",
                             dtype=np.float32)
        with threadpool_limits(limits=1):
            return LogisticRegression(C=10.0, max_iter=3000, random_state=seed).fit(
                features, splits.train["intent"].to_numpy(dtype=object))

    model, seconds = timed(fit)

    def predict(vectors: np.ndarray, texts: list[str]) -> np.ndarray:
        return model.predict(sp.hstack([sp.csr_matrix(vectors), probe._ngrams(texts)],
                                       format="csr"))

    val = predict(emb.validation, splits.validation["text"].tolist())
    test = predict(emb.test, splits.test["text"].tolist())
    return {"variant": "previous default: one LR over [embedding, word, char TF-IDF], C=10",
            "validation_accuracy": float(np.mean(val == splits.validation["intent"].to_numpy())),
            "test_accuracy": float(np.mean(test == splits.test["intent"].to_numpy())),
            "test_ece": float("nan"), "fit_seconds": round(seconds, 1)}


def markdown(r: dict) -> str:
    f, t, times = r["figures"], TARGETS, r["training_seconds"]
    rows = [
        ["intent accuracy (test.csv)", f">= {pct(t['accuracy'])}", pct(f["accuracy"], 2),
         verdict(f["accuracy"], t["accuracy"])],
        ["auto-reply coverage (threshold chosen on validation for 97% precision)",
         f">= {pct(t['coverage'])}", pct(f["coverage"]), verdict(f["coverage"], t["coverage"])],
        ["intent precision among auto-replies", f">= {pct(t['precision'])}",
         pct(f["precision"], 2), verdict(f["precision"], t["precision"])],
        ["expected calibration error (15 bins)", f"<= {t['ece']}", f"{f['ece']:.4f}",
         verdict(f["ece"], t["ece"], higher_is_better=False)],
        ["`triage train` cold (empty cache), process wall", f"<= {t['cold_seconds']:.0f} s",
         f"{times['cold']['process']:.1f} s (reported {times['cold']['reported']:.1f} s)",
         verdict(times["cold"]["process"], t["cold_seconds"], higher_is_better=False)],
        [f"`triage train` warm, median of {WARM_REPEATS}", f"<= {t['warm_seconds']:.0f} s",
         f"{times['warm']['process']:.1f} s (reported {times['warm']['reported']:.1f} s)",
         verdict(times["warm"]["process"], t["warm_seconds"], higher_is_better=False)],
    ]
    ablation = [[a["variant"], pct(a["validation_accuracy"], 2), pct(a["test_accuracy"], 2),
                 "—" if np.isnan(a["test_ece"]) else f"{a['test_ece']:.4f}",
                 f"{a['fit_seconds']:.1f}"] for a in r["ablations"]]
    fusion = r["fusion"]
    only_lr = [a for a in r["ablations"] if a["variant"].startswith("frozen encoder + LR")]
    best_c = max(only_lr, key=lambda a: a["validation_accuracy"])["variant"].split("C=")[1]
    return "\n\n".join([
        (f"Train {r['sizes']['train']:,} / validation {r['sizes']['validation']:,} messages carved "
        f"from train.csv (stratified, seed 42, in the 15:70 proportion `triage train` uses; "
        f"the data set's own test.csv stands in for the test part); test.csv "
        f"({r['sizes']['test']:,} messages) gives the figures. Macro-F1 "
        f"{f['macro_f1']:.4f}; validation accuracy before the refit "
        f"{pct(f['validation_accuracy'], 2)}; "
        f"auto-reply threshold {f['threshold']:.3f}; fusion weights chosen on validation: "
        f"n-grams {fusion['ngram_weight']}, neighbours {fusion['neighbour_weight']}, "
        f"temperature {fusion['temperature']:.2f}."),
        table(["figure", "target", "measured", ""], rows),
        ("Ablation, same splits, one change per row (validation accuracy is before any refit; "
        "fit seconds include fitting on train, choosing weights on validation and the refit):"),
        table(["variant", "validation acc.", "test acc.", "test ECE", "fit s"], ablation),
        (f"Validation prefers C={best_c} for the embedding view alone in this run. Load average "
        f"during the timed runs: {times['cold']['load_average']:.1f} (cold), "
        f"{times['warm']['load_average']:.1f} (after the warm runs) on "
        f"{os.cpu_count()} cores."),
        NOTES,
    ])


NOTES = """\
How the default works: three views of a message — logistic regression on the MiniLM embedding
(C=30: chosen on this validation split during development with the torch encoder, 92.6% vs
92.4% for C=10), \
a linear SVM on word (1–2) and character
(2–5, within words) TF-IDF n-grams, and similarity-weighted votes of the 10 nearest training
messages — are summed in log space with weights and a temperature chosen on validation by
log-loss; then the views are refitted on train + validation with those choices. The auto-reply
threshold is chosen on the validation predictions made *before* that refit. `triage train`
times include loading the data, the MLflow run, plots, logging the model with its encoder
weights and registering it; the benchmark machine is shared, so wall times vary between runs.

Tried during development and not kept (measured on a 15% validation split of train.csv with the
torch encoder backend, before the default became int8 ONNX):
an RBF-kernel SVM on the embedding (92.7% vs 92.9% for LR, 3x slower); word 1–3-grams, character
3–6-grams, character 1–5-grams across word boundaries or min_df=1 (all within ±0.1 point after
fusion); the word or the character n-grams alone in the fusion (−0.5 and −0.2 point);
Crammer–Singer multi-class SVM (−0.4 point, 5x slower); squared-hinge vs hinge (hinge −0.5
point); a warm-started refit of the embedding LR (3x faster, −0.2 point); a looser LR
tolerance (−1 point); with the int8 encoder, an MLP on the embedding (one hidden layer of 512
or 1,024 units, early stopping) as a fourth view: 90.3% alone and −0.1 point in the fusion at
every weight tried.

Light fine-tuning of the encoder, measured on 2026-12-05 (`python -m bench.experiment_finetune`:
one epoch over the 8,234 train messages, batch 32, a cosine-softmax intent head started at the
class centroids, torch fp32 on both cores; judged on validation, no test message read):
validation accuracy of the full pipeline 92.97% → 93.54% (+0.57 point), of the embedding
LR alone 92.69% → 92.58%; the epoch took 204 s, against 31 s to embed train and validation.
The fine-tuning alone is more than twice the 90 s cold budget, before the new encoder is
exported and every message embedded again, and a warm run would have to keep a fine-tuned
encoder per training set; not adopted.

Also tried and not kept (this VM, int8 encoder unless said): the n-gram SVM's C (0.1, 0.3, 1),
the number of neighbours (5, 10, 20) and their temperature (0.02, 0.05, 0.1), all 27
combinations: validation accuracy before the refit 92.69–93.31% against 93.09% for the
defaults, a spread of a handful of the 1,765 validation messages, so the defaults stay
(`python -m bench.experiment_view_settings`).
MiniLM's intermediate layers, mean-pooled and joined to the last
(`python -m bench.experiment_layers`, torch encoder, the full pipeline on that embedding):
layers 5–6 and 4–6 raise validation accuracy from 92.92% to 93.37% and 93.60%, but they
double or triple the embedding every view, search and pickle carries, and with 8 messages
per intent they lose 0.8 and 1.5 points on the rest of train.csv (82.3% → 81.5% and 80.7%);
not kept. The script also prints test accuracy, which chose nothing: 94.48% (last layer),
94.51% (5–6), 94.35% (4–6).

Warm training: this run's warm `triage train` is in the table above. What changed since the
previous run: the word and character n-grams of train + validation are counted once
(`triage.ngrams.NgramCounts`) and the first fit's features are cut from those counts, bit for
bit what scikit-learn's vectorizers give; before, the refit counted every training message a
second time. The fit step (`fit_calibrate_refit` on these splits, in-process, median of 5):
6.93 s → 5.85 s, same accuracy. Earlier changes, measured then: the refit's views fitted in the
same two-worker pool as the first fit and the calibration (8.8 s → about 7.3 s), the input
example carrying its language so logging it loads no language models (1.2 s), the console
script freezing the collector before exit (1.3 s → 0.2 s), the intent confusion matrix drawn
for the 20 most confused intents with every count in a CSV (1.7 s → 0.9 s). What remains of a
warm run: imports about 3.5 s (MLflow, scikit-learn and SciPy, pandas, matplotlib), opening the
MLflow store and run about 1 s, the fit, evaluation, plots, saving, validating and registering
the model. Drawing the plots in a thread while the model is logged was slower (3.2 s against
2.3 s: both hold the GIL).
"""
