"""Support tickets: cost-aware urgency, routing (queue as intent) and answers in the message's
language.

The default pipeline (`training.train.fit_and_evaluate`) is trained on train.csv with validation
carved from it; test.csv gives the figures. The urgency decision is the level with the least
expected cost under `TriageConfig.urgency_costs` (missing an urgent ticket costs more than
over-escalating one); it is compared with the plain most-probable level on the same model.
Languages are *not* given to the model at scoring time: it detects them, as it would for a
message arriving without one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score, recall_score

from bench.common import bench_config, dataset_splits, embedder_for, pct, table, timed, verdict
from training.train import Trained, fit_and_evaluate
from triage.model import cost_aware_levels

NAME = "Support tickets — cost-aware urgency, routing, answers in five languages"
DATA = "support-tickets"
LEVELS = ["low", "normal", "high"]
MISS_FACTORS = (0.5, 1.5, 2.0)
TARGETS = {"macro_f1": 0.62, "recall_high": 0.85, "answer_language": 1.0}


def urgency_rules(trained: Trained, frame: pd.DataFrame, costs: tuple) -> list[dict]:
    """Macro-F1 and per-level recall on test for the most-probable and the cost-aware rules."""
    clf = trained.model.urgency_classifier
    proba = clf.predict_proba(trained.embedded.test, frame["text"].tolist())
    classes = list(clf.classes_)
    rules = {"most probable level (no costs)": proba.argmax(1),
             "least expected cost (config `urgency_costs`, default)":
                 cost_aware_levels(proba, classes, costs)}
    for factor in MISS_FACTORS:  # the trade-off curve: under-escalation costs scaled
        scaled = np.asarray(costs, dtype=float)
        scaled[np.tril_indices_from(scaled, -1)] *= factor
        rules[f"curve: under-escalation costs x{factor}"] = cost_aware_levels(proba, classes,
                                                                             scaled)
    truth = frame["urgency"].to_numpy(dtype=object)
    rows = []
    for name, chosen in rules.items():
        pred = np.asarray(classes, dtype=object)[chosen]
        recalls = recall_score(truth, pred, labels=LEVELS, average=None, zero_division=0)
        rows.append({"rule": name, "accuracy": float(np.mean(pred == truth)),
                     "macro_f1": float(f1_score(truth, pred, labels=LEVELS, average="macro",
                                                zero_division=0)),
                     **{f"recall_{lvl}": float(r) for lvl, r in zip(LEVELS, recalls, strict=True)},
                     "share_high": float(np.mean(pred == "high"))})
    return rows


def answer_languages(trained: Trained, test: pd.DataFrame, history: pd.DataFrame) -> dict:
    """Per true language: detection accuracy and share of top answers in that language."""
    language_of = dict(zip(history["answer"].str.strip(), history["language"], strict=True))
    results = trained.model.score(test["text"].tolist(), embeddings=trained.embedded.test)
    out = {}
    for lang, rows in test.groupby("language").groups.items():
        picked = [results[i] for i in test.index.get_indexer(rows)]
        answered = [r for r in picked if r.answers]
        recognised = [r for r in answered if r.language == lang]
        misread = [r for r in picked if r.language != lang]
        out[lang] = {
            "messages": len(picked),
            "detected": float(np.mean([r.language == lang for r in picked])),
            "answer_in_language": _share_in(answered, lang, language_of),
            "answer_in_language_when_detected": _share_in(recognised, lang, language_of),
            "misread_as": pd.Series([r.language for r in misread]).value_counts().to_dict(),
            "misread_example": misread[0].text[:90] if misread else "",
            "with_answer": len(answered) / len(picked)}
    return out


def _share_in(results: list, lang: str, language_of: dict[str, str]) -> float:
    """Share of results whose top answer was written in `lang`."""
    if not results:
        return float("nan")
    return float(np.mean([language_of.get(r.answers[0].text) == lang for r in results]))


def run() -> dict:
    config = bench_config()
    splits = dataset_splits(DATA, config)
    splits.test.reset_index(drop=True, inplace=True)
    embedder = embedder_for(config)
    trained, seconds = timed(lambda: fit_and_evaluate(config, splits, embedder, {}, []))
    history = pd.concat([splits.train, splits.validation])
    result = {"urgency": urgency_rules(trained, splits.test, config.urgency_costs),
              "routing_accuracy": trained.metrics["test_intent_accuracy"],
              "routing_macro_f1": trained.metrics["test_intent_macro_f1"],
              "languages": answer_languages(trained, splits.test, history),
              "urgency_classifier": _fusion(trained), "sizes": splits.sizes(),
              "fit_and_evaluate_seconds": round(seconds, 1)}
    result["markdown"] = markdown(result, config.urgency_costs)
    return result


def _fusion(trained: Trained) -> dict:
    clf = trained.model.urgency_classifier
    return {"ngram_weight": clf.ngram_weight_, "neighbour_weight": clf.neighbour_weight_,
            "temperature": clf.temperature_}


def markdown(r: dict, costs: tuple) -> str:
    default = r["urgency"][1]
    targets = [
        ["urgency macro-F1 (cost-aware decision)", f">= {TARGETS['macro_f1']}",
         f"{default['macro_f1']:.3f}", verdict(default["macro_f1"], TARGETS["macro_f1"])],
        ["recall of `high`", f">= {TARGETS['recall_high']}", f"{default['recall_high']:.3f}",
         verdict(default["recall_high"], TARGETS["recall_high"])],
    ]
    langs = r["languages"]
    worst = min(v["answer_in_language_when_detected"] for v in langs.values())
    worst_label = min(v["answer_in_language"] for v in langs.values())
    targets.append([("top answer in the message's language, every language (tickets whose "
                    "language is detected as labelled)"), "100%", f"lowest {pct(worst)}",
                    verdict(worst, TARGETS["answer_language"])])
    targets.append(["same, judged against the label of every ticket", "", (f"lowest "
                    f"{pct(worst_label)}"), "see the language table"])
    rules = [[u["rule"], pct(u["accuracy"]), f"{u['macro_f1']:.3f}", f"{u['recall_low']:.3f}",
              f"{u['recall_normal']:.3f}", f"{u['recall_high']:.3f}", pct(u["share_high"])]
             for u in r["urgency"]]
    lang_rows = [[lang, v["messages"], pct(v["detected"]), pct(v["answer_in_language"]),
                  pct(v["answer_in_language_when_detected"]), pct(v["with_answer"]),
                  ", ".join(f"{k}: {n}" for k, n in v["misread_as"].items()) or "—"]
                 for lang, v in sorted(langs.items())]
    examples = [f"- labelled `{lang}`, detected otherwise: \"{v['misread_example']}…\""
                for lang, v in sorted(langs.items()) if v["misread_example"]]
    # `costs` is the 4x4 matrix with `critical`; this dataset has only the first three levels.
    cost_rows = [[truth] + [f"{c:g}" for c in row[:3]]
                 for truth, row in zip(LEVELS, costs, strict=False)]
    f = r["urgency_classifier"]
    return "\n\n".join([
        (f"Train {r['sizes']['train']:,} / validation {r['sizes']['validation']:,} tickets carved "
        f"from train.csv; test.csv ({r['sizes']['test']:,} tickets) gives the figures. Routing "
        f"(queue as intent, 10 queues): accuracy {pct(r['routing_accuracy'])}, macro-F1 "
        f"{r['routing_macro_f1']:.3f}. Urgency fusion weights chosen on validation: n-grams "
        f"{f['ngram_weight']}, neighbours {f['neighbour_weight']}, temperature "
        f"{f['temperature']:.2f}."),
        table(["figure", "target", "measured", ""], targets),
        "Urgency on test, two decision rules over the same calibrated probabilities:",
        table(["rule", "accuracy", "macro-F1", "recall low", "recall normal", "recall high",
               "predicted high"], rules),
        "Costs used (`urgency_costs`, rows = true level, columns = decided low / normal / high):",
        table(["true \\ decided", "low", "normal", "high"], cost_rows),
        ("Answers: the language is detected from the text (not given), then the top answer is "
        "the nearest past agent answer of the predicted queue in that language; its language "
        "is the language of the ticket it answered:"),
        table(["language (label)", "test tickets", "detected as labelled",
               "top answer in the labelled language", "same, when detected as labelled",
               "with an answer", "detected instead"], lang_rows),
        ("Tickets whose detected language differs from the label, first of each (read them: "
        "the data set's language label is sometimes not the language the ticket is written "
        "in, and the answer then follows the text):"),
        "\n".join(examples) or "none",
        NOTES,
    ])


NOTES = """\
The curve rows scale the below-diagonal costs (deciding a level lower than the truth) of the
configured matrix, to show the trade-off; none of them was used to choose anything. On the
validation split (before the refit) the same rules gave: most probable level macro-F1 0.536,
recall of `high` 0.670; default costs 0.479 / 0.759; x1.5 0.423 / 0.873; x2 0.372 / 0.925.
No decision rule over these probabilities reaches both targets: even the most probable level
stays below 0.62 macro-F1.

Reading the urgency figures: the priorities are the ticket generator's and are weakly tied to
the text (a TF-IDF + linear SVM baseline reaches 56.6% accuracy, macro-F1 0.54; the nearest
training ticket of a validation ticket has the same priority only about half the time). The
cost-aware rule trades normal-level recall for high-level recall exactly as the cost matrix
asks; the matrix is configuration, not fitted, so no test figure chose it.
"""
