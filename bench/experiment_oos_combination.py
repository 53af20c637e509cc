"""Development experiment: how to combine the two out-of-scope signals (not run by `make bench`).

The scorer turns the similarity to the nearest training message and the intent confidence into
ranks among in-scope validation messages. This compares ways of joining the two ranks, on
development data only, so that the figures `bench_out_of_scope` reports stay unseen:

- near: Banking77 train.csv with a quarter of the intents unknown (3 seeds); 20% of the known
  rows are the in-scope development test, the unknown intents' rows the out-of-scope one;
- off-topic: the same models against Bitext *train.csv* messages about a shop's orders,
  shipping, delivery and newsletter (the benchmark reports on Bitext test.csv).

Each rule's threshold keeps 97% of in-scope validation messages, as the default does. Usage:
`python -m bench.experiment_oos_combination` (about 2 minutes with a warm embedding cache).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from bench.bench_out_of_scope import OFF_TOPIC_CATEGORIES
from bench.common import bench_config, carve_validation, embedder_for, load_train
from bench.datasets import load_split
from training.split import Splits
from training.train import fit_and_evaluate
from triage.out_of_scope import _rank
from triage.text import clean_text

KEEP = 0.97
# Each rule maps (similarity rank, confidence rank) in [0, 1] (1 = most in-scope) to a score
# where higher means more foreign.
RULES: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "mean of ranks (the rule before)": lambda s, c: 1 - (s + c) / 2,
    "lower rank (either signal)": lambda s, c: 1 - np.minimum(s, c),
    "product of ranks (the default since)": lambda s, c: 1 - s * c,
    "similarity rank alone": lambda s, c: 1 - s,
    "confidence rank alone": lambda s, c: 1 - c,
}


def predict(trained, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(similarity, confidence, predicted intent) of each message."""
    model = trained.model
    texts = [clean_text(t) for t in texts]
    emb = model.embedder.transform(texts)
    proba = model.intent_classifier.predict_proba(emb, texts)
    return (model.out_of_scope.similarity(emb), proba.max(1),
            model.intent_classifier.classes_[proba.argmax(1)])


def evaluate(trained, in_scope: pd.DataFrame, foreign: dict[str, list[str]]) -> dict:
    """Per rule: in-scope messages kept, in-scope accuracy (kept and right), and per foreign
    set its recall and AUROC."""
    oos = trained.model.out_of_scope
    val = trained.embedded.validation[trained.intent.validation_rows]
    val_sim = oos.similarity(val)
    val_conf = trained.intent.validation_proba.max(1)

    def ranks(sim: np.ndarray, conf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return _rank(np.sort(val_sim), sim), _rank(np.sort(val_conf), conf)

    sim, conf, intent = predict(trained, in_scope["text"].tolist())
    inside, right = ranks(sim, conf), intent == in_scope["intent"].to_numpy()
    outside = {name: ranks(*predict(trained, texts)[:2]) for name, texts in foreign.items()}
    result = {}
    for rule, score in RULES.items():
        threshold = np.quantile(score(*ranks(val_sim, val_conf)), KEEP)
        kept = score(*inside) <= threshold
        result[rule] = {"in_scope_kept": float(kept.mean()),
                        "in_scope_accuracy": float(np.mean(kept & right))} | {
            name: {"recall": float(np.mean(score(*o) > threshold)),
                   "auroc": float(roc_auc_score(np.r_[np.zeros(len(inside[0])),
                                                      np.ones(len(o[0]))],
                                                np.r_[score(*inside), score(*o)]))}
            for name, o in outside.items()}
    return result


def main() -> None:
    config = bench_config()
    train = load_train("banking77", config)
    bitext = load_split("bitext-support", "train")
    off_topic = bitext.loc[bitext["category"].isin(OFF_TOPIC_CATEGORIES), "text"].tolist()
    runs = []
    for seed in (0, 1, 2):
        intents = np.array(sorted(train["intent"].unique()))
        unknown = np.random.default_rng(seed).choice(intents, len(intents) // 4, replace=False)
        known = train[~train["intent"].isin(unknown)]
        rest, dev_test = train_test_split(known, test_size=0.2, random_state=seed,
                                          stratify=known["intent"])
        fit_rows, validation = carve_validation(rest, config, seed=seed)
        trained = fit_and_evaluate(config, Splits(fit_rows, validation, dev_test),
                                   embedder_for(config), {}, [])
        near = train.loc[train["intent"].isin(unknown), "text"].tolist()
        runs.append(evaluate(trained, dev_test,
                             {"near": near, "off_topic": off_topic}))
    mean = {rule: {key: float(np.mean([r[rule][key] for r in runs]))
                   for key in ("in_scope_kept", "in_scope_accuracy")}
            | {name: {m: float(np.mean([r[rule][name][m] for r in runs]))
                      for m in ("recall", "auroc")} for name in ("near", "off_topic")}
            for rule in RULES}
    print(json.dumps(mean, indent=2))


if __name__ == "__main__":
    main()
