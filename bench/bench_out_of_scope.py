"""Out-of-scope detection, trained on in-scope data only.

1. Banking77 with a random quarter of the intents held out as "unknown" (several seeds): the
   pipeline trains on the other intents' train.csv rows (validation carved from them); test.csv
   rows of known intents are the in-scope test, rows of unknown intents the out-of-scope test.
   Unknown intents here are other banking requests, much closer to the known ones than the
   out-of-scope queries of public OOS benchmarks: a hard setting.
2. The sample inbox (data/sample): trained exactly as `triage train --data data/sample/inbox.csv`
   (its own train/validation/test split); out_of_scope.csv gives the out-of-scope test.
3. Off-topic messages, as in public OOS benchmarks: the Banking77 model of the main benchmark
   (every intent; validation carved from train.csv) against Bitext test messages about a shop's
   orders, shipping, delivery and newsletter, which no bank handles. The categories were fixed
   before measuring; Bitext's other categories (accounts, payments, refunds, invoices, contact,
   feedback, cancellation fees) are left out because a bank handles such requests too.

Every threshold is a quantile of in-scope *validation* scores ("keep this share of in-scope
validation messages"); the curve lists several such targets. In-scope accuracy counts a message
as right only when it is kept in scope *and* given its true intent.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

from bench.common import (
    ROOT,
    bench_config,
    carve_validation,
    dataset_splits,
    embedder_for,
    load_test,
    load_train,
    pct,
    table,
)
from bench.datasets import DatasetMissing, load_split
from training.answers import load_out_of_scope
from training.split import Splits, split_data
from training.train import Trained, fit_and_evaluate
from training.validate import load_training_data
from triage.config import TriageConfig
from triage.out_of_scope import OutOfScopeScorer
from triage.text import clean_text

NAME = ("Out-of-scope detection — held-out Banking77 intents, the sample's out-of-scope file, "
        "off-topic messages")
SEEDS = (0, 1, 2)
KEEP_TARGETS = (0.99, 0.97, 0.95, 0.90, 0.85, 0.80)
SAMPLE = ROOT / "data" / "sample"
# Bitext categories that are off-topic for a bank (chosen before measuring, see the docstring).
OFF_TOPIC_CATEGORIES = ("ORDER", "SHIPPING", "DELIVERY", "SUBSCRIPTION")


def curve(trained: Trained, splits: Splits, oos_texts: list[str]) -> dict:
    """In-scope accuracy and OOS recall at thresholds chosen on in-scope validation scores, for
    the default rule; and, for reference, the previous rule (mean of ranks) in the same run."""
    model, embedder = trained.model, trained.model.embedder
    val_rows = trained.intent.validation_rows
    val_conf = trained.intent.validation_proba.max(axis=1)
    test_proba = model.intent_classifier.predict_proba(trained.embedded.test,
                                                       splits.test["text"].tolist())
    correct = model.intent_classifier.classes_[test_proba.argmax(1)] == splits.test[
        "intent"].to_numpy()
    oos_texts = [clean_text(t) for t in oos_texts]
    oos_emb = embedder.transform(oos_texts)
    oos_proba = model.intent_classifier.predict_proba(oos_emb, oos_texts)

    def scores(scorer: OutOfScopeScorer) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (scorer.score(trained.embedded.validation[val_rows], val_conf),
                scorer.score(trained.embedded.test, test_proba.max(1)),
                scorer.score(oos_emb, oos_proba.max(1)))

    val_scores, test_scores, oos_scores = scores(model.out_of_scope)
    points = [_point(keep, val_scores, test_scores, oos_scores, correct) for keep in KEEP_TARGETS]
    mean_rule = scores(_with_mean(model.out_of_scope))
    return {"auroc": _auroc(test_scores, oos_scores),
            "intent_accuracy": float(correct.mean()), "points": points,
            "mean_rule": {"auroc": _auroc(mean_rule[1], mean_rule[2]),
                          "points": [_point(keep, *mean_rule, correct)
                                     for keep in KEEP_TARGETS]},
            "n_in_scope": len(test_scores), "n_oos": len(oos_scores)}


def _with_mean(scorer: OutOfScopeScorer) -> OutOfScopeScorer:
    """The fitted scorer, joining its ranks by their mean (the rule before the product)."""
    other = copy.copy(scorer)
    other.combine = "mean"
    return other


def _point(keep: float, val_scores: np.ndarray, test_scores: np.ndarray,
           oos_scores: np.ndarray, correct: np.ndarray) -> dict:
    threshold = float(np.quantile(val_scores, keep))
    kept = test_scores <= threshold
    return {"keep_target": keep, "in_scope_kept": float(kept.mean()),
            "in_scope_accuracy": float(np.mean(kept & correct)),
            "oos_recall": float(np.mean(oos_scores > threshold))}


def _auroc(in_scope: np.ndarray, out_of_scope: np.ndarray) -> float:
    truth = np.r_[np.zeros(len(in_scope)), np.ones(len(out_of_scope))]
    return float(roc_auc_score(truth, np.r_[in_scope, out_of_scope]))


def banking77_seed(seed: int, config: TriageConfig, train: pd.DataFrame,
                   test: pd.DataFrame) -> dict:
    intents = np.array(sorted(train["intent"].unique()))
    unknown = np.random.default_rng(seed).choice(intents, size=len(intents) // 4, replace=False)
    known_train = train[~train["intent"].isin(unknown)]
    fit_rows, validation = carve_validation(known_train, config, seed=seed)
    splits = Splits(fit_rows, validation, test[~test["intent"].isin(unknown)])
    oos_texts = test.loc[test["intent"].isin(unknown), "text"].tolist()
    trained = fit_and_evaluate(config, splits, embedder_for(config), {}, [])
    return {"seed": seed, "unknown_intents": len(unknown), **curve(trained, splits, oos_texts)}


def sample_data(config: TriageConfig) -> dict:
    inbox = SAMPLE / "inbox.csv"
    oos_texts = load_out_of_scope(None, inbox)
    if not inbox.is_file() or not oos_texts:
        raise DatasetMissing(f"no {inbox} with out_of_scope.csv beside it")
    frame = load_training_data(inbox, config.min_examples_per_intent)
    splits = split_data(frame, config.validation_size, config.test_size, config.seed)
    trained = fit_and_evaluate(config, splits, embedder_for(config), {}, [])
    return curve(trained, splits, oos_texts)


def banking77_off_topic(config: TriageConfig) -> dict:
    """The full Banking77 model against off-topic Bitext messages (see the module docstring)."""
    bitext = load_split("bitext-support", "test")
    off_topic = bitext.loc[bitext["category"].isin(OFF_TOPIC_CATEGORIES), "text"].tolist()
    splits = dataset_splits("banking77", config)
    trained = fit_and_evaluate(config, splits, embedder_for(config), {}, [])
    return {"categories": list(OFF_TOPIC_CATEGORIES), **curve(trained, splits, off_topic)}


def mean_points(runs: list[dict]) -> list[dict]:
    keys = ("in_scope_kept", "in_scope_accuracy", "oos_recall")
    return [{"keep_target": keep, **{k: float(np.mean([r["points"][i][k] for r in runs]))
                                     for k in keys}}
            for i, keep in enumerate(KEEP_TARGETS)]


def run() -> dict:
    config = bench_config()
    result: dict = {"default_keep_target": config.oos_target_in_scope_recall}
    try:
        result["sample"] = sample_data(config)
    except DatasetMissing as e:
        result["sample"] = {"skipped": str(e)}
    train, test = load_train("banking77", config), load_test("banking77")
    runs = [banking77_seed(seed, config, train, test) for seed in SEEDS]
    result["banking77"] = {"seeds": runs, "mean": mean_points(runs),
                           "auroc_mean": float(np.mean([r["auroc"] for r in runs]))}
    try:
        result["off_topic"] = banking77_off_topic(config)
    except DatasetMissing as e:
        result["off_topic"] = {"skipped": str(e)}
    result["markdown"] = markdown(result)
    return result


def _curve_rows(points: list[dict], default: float) -> list[list[str]]:
    return [[pct(p["keep_target"], 0) + (" (default)" if p["keep_target"] == default else ""),
             pct(p["in_scope_kept"]), pct(p["in_scope_accuracy"]), pct(p["oos_recall"])]
            for p in points]


def markdown(r: dict) -> str:
    header = ["keep on validation", "in-scope kept (test)", "in-scope accuracy",
              "out-of-scope recall"]
    default = r["default_keep_target"]
    b = r["banking77"]
    parts = [f"Banking77, {len(b['seeds'])} seeds, {b['seeds'][0]['unknown_intents']} of 77 "
             f"intents unknown each time; mean AUROC {b['auroc_mean']:.3f} (per seed: "
             + ", ".join(f"{s['auroc']:.3f}" for s in b["seeds"])
             + "); intent accuracy on known intents "
             + ", ".join(pct(s["intent_accuracy"]) for s in b["seeds"]) + ". Mean over seeds:",
             table(header, _curve_rows(b["mean"], default))]
    s = r["sample"]
    if "skipped" in s:
        parts.append(f"Sample data: skipped ({s['skipped']}).")
    else:
        parts += [(f"Sample inbox ({s['n_in_scope']} in-scope test messages from its own split, "
                  f"{s['n_oos']} out-of-scope messages): AUROC {s['auroc']:.3f}, intent accuracy "
                  f"{pct(s['intent_accuracy'])}."),
                  table(header, _curve_rows(s["points"], default))]
    parts += off_topic_markdown(r.get("off_topic"), header, default)
    parts.append(rule_comparison(r, default))
    parts.append(NOTES)
    return "\n\n".join(parts)


def rule_comparison(r: dict, default: float) -> str:
    """The default rule (product of ranks) against the previous one (mean), this run, test data:
    out-of-scope recall at the default keep and AUROC, per evaluation set (seeds averaged)."""
    sets = [("held-out Banking77 intents, mean of seeds", r["banking77"]["seeds"]),
            ("the sample's out-of-scope file", [r["sample"]]),
            ("off-topic Bitext messages", [r.get("off_topic") or {}])]
    rows = []
    for name, results in sets:
        if not all("mean_rule" in result for result in results):
            continue
        mean = [_at_keep(result["mean_rule"], default) for result in results]
        product = [_at_keep(result, default) for result in results]
        rows.append([name, f"{pct(np.mean([m[0] for m in mean]))} → "
                           f"{pct(np.mean([p[0] for p in product]))}",
                     f"{np.mean([m[1] for m in mean]):.3f} → "
                     f"{np.mean([p[1] for p in product]):.3f}"])
    return ("The previous rule, measured in this run on the same fitted models (test data; the "
            "rule was chosen on development data, see below):\n\n"
            + table(["set", f"recall at the {pct(default, 0)} keep, mean → product",
                     "AUROC, mean → product"], rows))


def _at_keep(result: dict, keep: float) -> tuple[float, float]:
    """(out-of-scope recall at `keep`, AUROC) of one curve."""
    return next(p["oos_recall"] for p in result["points"] if p["keep_target"] == keep), \
        result["auroc"]


def off_topic_markdown(o: dict | None, header: list[str], default: float) -> list[str]:
    if not o:
        return []
    if "skipped" in o:
        return [f"Off-topic messages: skipped ({o['skipped']})."]
    kept = next(p for p in o["points"] if p["keep_target"] == default)
    return [(f"Off-topic messages: the Banking77 model ({o['n_in_scope']:,} in-scope test "
             f"messages, intent accuracy {pct(o['intent_accuracy'])}) against {o['n_oos']:,} "
             f"Bitext test messages of the categories {', '.join(o['categories'])}: AUROC "
             f"{o['auroc']:.3f}; at the default keep, {pct(kept['oos_recall'])} of them are "
             f"flagged out of scope while {pct(kept['in_scope_kept'])} of in-scope test "
             "messages are kept."),
            table(header, _curve_rows(o["points"], default))]


NOTES = """\
The score joins two ranks among in-scope validation messages — the cosine similarity to the
nearest training message and the intent confidence — by their product (Fisher's way of joining
p-values): either signal alone can mark a message as foreign. The previous default was their mean,
which needed both; the change was chosen on development data only
(`python -m bench.experiment_oos_combination`: Banking77 train.csv with a quarter of the intents
unknown, 20% of the known rows as development test, 3 seeds, 97% kept; off-topic messages from
Bitext *train.csv*). There, at the same in-scope accuracy (92.5% product, 92.6% mean), the
product flagged 78.7% of off-topic messages against 59.6% for the mean, and 37.3% of held-out
banking intents against 38.4%; the lower of the two ranks gave 83.1% / 35.0%, similarity alone
86.8% / 33.7%, confidence alone 32.9% / 28.3%. The test figures of the two rules, in the
table above, are measured in the same run for the record; they chose nothing.

Why the mean failed on off-topic messages: the fused classifier is confidently wrong on them
(the n-gram view reads "cancel order" as request_refund at 0.99), so a high confidence rank
outvoted a similarity below that of any in-scope validation message.

Earlier rounds, all with the mean of ranks (AUROC on held-out Banking77 intents): on train.csv
with the torch backend (3 seeds, 25% of intents unknown), rank average 0.914–0.925, nearest
similarity alone 0.890–0.922, confidence alone 0.859–0.890, the score before that
(sqrt(mean top-5 similarity × confidence)) 0.905–0.906, cosine to the nearest class centroid
0.806–0.823, Mahalanobis distance to class means with a shared covariance 0.771–0.804, the
rank average plus Mahalanobis 0.893–0.910; with the int8 encoder (20% of known rows as
development test), the rank average 0.917, the energy score in place of the confidence 0.905,
the n-gram SVM's top score as a third rank 0.905, the top-2 probability gap in place of the
confidence 0.917, mean similarity to the 5 nearest 0.915, energy alone 0.863, n-gram score
alone 0.837.

The issue's aim (in-scope accuracy >= 95% with out-of-scope recall >= 90%) is for a benchmark
whose out-of-scope queries are off-topic. Held-out Banking77 intents are on-topic banking
requests, so recall there is far lower; the Bitext categories above are off-topic for a bank
but close in wording (orders, deliveries, addresses), and the Banking77 classifier itself stays
below 95% accuracy, so in-scope accuracy cannot reach 95% here at any threshold.
"""
