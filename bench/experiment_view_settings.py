"""Development experiment behind the Banking77 note on the views' settings (not run by
`make bench`; about 3 minutes with a warm embedding cache).

Every combination of the n-gram SVM's C, the number of neighbours and their vote temperature,
fitted on the benchmark's train split and judged by validation accuracy before any refit (no
test figure is computed). Usage: `python -m bench.experiment_view_settings`.
"""

from __future__ import annotations

import itertools
import json

import numpy as np

from bench.common import bench_config, dataset_splits, embedder_for
from training.fit import embed_splits, fit_calibrate_refit
from triage.classifier import TextClassifier

NGRAM_C = (0.1, 0.3, 1.0)
NEIGHBOURS = (5, 10, 20)
TEMPERATURES = (0.02, 0.05, 0.1)


def main() -> None:
    config = bench_config()
    splits = dataset_splits("banking77", config)
    emb = embed_splits(embedder_for(config), splits)
    truth = splits.validation["intent"].to_numpy()
    results = {}
    for ngram_c, k, temperature in itertools.product(NGRAM_C, NEIGHBOURS, TEMPERATURES):
        clf = TextClassifier(seed=config.seed, ngram_C=ngram_c, k=k, knn_temperature=temperature)
        fitted = fit_calibrate_refit(clf, splits, emb, "intent", refit=False)
        predicted = fitted.classifier.classes_[fitted.validation_proba.argmax(1)]
        results[f"ngram_C={ngram_c} k={k} temperature={temperature}"] = round(
            float(np.mean(predicted == truth)), 4)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
