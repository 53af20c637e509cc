"""Development experiment behind the few-shot note on unlabelled history (not run by
`make bench`; about 30 seconds on 2 cores with a warm embedding cache).

Question: a team with 8 labelled messages per intent usually has thousands of unlabelled past
messages. Does self-training on them (label them with the 8-shot pipeline, then fit the
pipeline again on the 8 shots plus those pseudo-labels) close the gap to 88%?

Per seed: 8 messages per intent are drawn from train.csv as `bench_fewshot` draws them, and the
pipeline's validation split is carved from them as `triage train` would. The rest of train.csv
is split at random: 70% is the unlabelled pool (labels hidden), 30% scores every variant. The
test split is not read. Variants: the 8-shot pipeline; self-training on every pseudo-label; on
the most confident half. Usage: `python -m bench.experiment_self_training`.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from bench.bench_fewshot import SEEDS, few_shot
from bench.common import bench_config, carve_validation, embedder_for, load_train
from triage.classifier import Labelled, TextClassifier

DEV_SHARE = 0.3
KEEP_SHARES = (1.0, 0.5)


def labelled(frame: pd.DataFrame, vectors: pd.Series, labels: list[str] | None = None
             ) -> Labelled:
    return Labelled(np.vstack(vectors.loc[frame.index].to_list()), frame["text"].tolist(),
                    frame["intent"].tolist() if labels is None else labels)


def pipeline(fit_rows: Labelled, validation: Labelled) -> TextClassifier:
    classifier = TextClassifier()
    classifier.fit_calibrate_refit(fit_rows, validation)
    return classifier


def run_seed(seed: int, train: pd.DataFrame, vectors: pd.Series) -> dict[str, float]:
    shots = few_shot(train, seed)
    fit_rows, validation = carve_validation(shots, bench_config(seed=seed))
    rest = train.drop(shots.index)
    is_dev = np.random.default_rng(seed).random(len(rest)) < DEV_SHARE
    dev, pool = rest[is_dev], rest[~is_dev]
    dev_set = labelled(dev, vectors)

    def accuracy(classifier: TextClassifier) -> float:
        predicted = classifier.predict(dev_set.embeddings, dev_set.texts)
        return float(np.mean(predicted == np.asarray(dev_set.labels)))

    base = pipeline(labelled(fit_rows, vectors), labelled(validation, vectors))
    pool_set = labelled(pool, vectors)
    proba = base.predict_proba(pool_set.embeddings, pool_set.texts)
    confidence, pseudo = proba.max(axis=1), base.classes_[proba.argmax(axis=1)]
    row = {"seed": seed, "8-shot pipeline": accuracy(base)}
    for share in KEEP_SHARES:
        keep = confidence >= np.quantile(confidence, 1.0 - share)
        grown = pd.concat([fit_rows, pool[keep]])
        labels = fit_rows["intent"].tolist() + pseudo[keep].tolist()
        row[f"self-training, {share:.0%} of the pool"] = accuracy(
            pipeline(labelled(grown, vectors, labels), labelled(validation, vectors)))
    return row


def main() -> None:
    config = bench_config()
    train = load_train("banking77", config)
    vectors = pd.Series(list(embedder_for(config).transform(train["text"].tolist())),
                        index=train.index)
    rows = [run_seed(seed, train, vectors) for seed in SEEDS]
    print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
