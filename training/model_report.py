"""Reading a registered model: where it errs, why it escalates, what its auto-reply threshold buys.

Why: the metrics logged with a run say how good a model is; someone deciding whether to ship it,
or where to set its auto-reply threshold, needs to see which messages it gets wrong and what a
different threshold would do. Everything here is measured on held-out messages — by default the
test split logged with the model's run, which was used neither to fit the model nor to choose
its thresholds. notebooks/model_report.ipynb shows these tables and figures.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import mlflow
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from training.evaluate import Evaluation, automation_at
from training.plots import confusion_matrix_plot, reliability_plot, risk_coverage_plot
from training.registry import holdout_for
from training.validate import load_training_data
from triage.model import TriageModel
from triage.policy import AUTO_REPLY, ESCALATE, Policy, Scores, decide
from triage.pyfunc import LoadedModel


class ReportError(RuntimeError):
    """The report cannot be built (no held-out data for this model, ...)."""


def load_holdout(loaded: LoadedModel, data_path: str | Path | None = None) -> pd.DataFrame:
    """Held-out labelled messages: a given file, else the test split logged with the run."""
    if data_path:
        return load_training_data(data_path, min_examples_per_intent=1)
    if loaded.version is None:
        raise ReportError(f"{loaded.uri} is not a registered model version, so it has no "
                          "logged test split; pass a labelled held-out file instead")
    return holdout_for(loaded.name, loaded.version)


def model_summary(loaded: LoadedModel) -> pd.Series:
    """Version, run and the headline numbers logged at training (test split)."""
    client = mlflow.MlflowClient()
    run_id = client.get_model_version(loaded.name, loaded.version).run_id if loaded.version else ""
    run = client.get_run(run_id) if run_id else None
    metrics = run.data.metrics if run else {}
    params = run.data.params if run else {}
    keys = ("test_intent_accuracy", "test_intent_macro_f1", "test_intent_ece",
            "auto_reply_threshold", "test_auto_reply_coverage", "test_auto_reply_precision")
    summary = {"model": loaded.name, "version": loaded.version, "alias": loaded.alias,
               "run_id": run_id, "target_precision": params.get("target_precision"),
               "training rows": params.get("n_train"), "test rows": params.get("n_test")}
    summary |= {k: round(metrics[k], 4) for k in keys if k in metrics}
    return pd.Series(summary, dtype=object)


def score_holdout(model: TriageModel, holdout: pd.DataFrame) -> pd.DataFrame:
    """One row per held-out message: truth, prediction, confidence, decision and reasons."""
    languages = holdout["language"].tolist() if "language" in holdout.columns else None
    results = model.score(holdout["text"].tolist(), languages)
    scored = pd.DataFrame({
        "text": [r.text for r in results], "language": [r.language for r in results],
        "intent": holdout["intent"].to_numpy(dtype=object),
        "predicted": [r.intent for r in results],
        "confidence": [r.intent_confidence for r in results],
        "urgency": (holdout["urgency"].to_numpy(dtype=object) if "urgency" in holdout.columns
                    else None),
        "predicted_urgency": [r.urgency for r in results],
        "urgency_confidence": [r.urgency_confidence for r in results],
        "out_of_scope": [r.out_of_scope for r in results],
        "action": [r.decision.action for r in results],
        "reasons": [r.decision.reason_codes for r in results]})
    scored["correct"] = scored["intent"] == scored["predicted"]
    return scored


def intent_evaluation(scored: pd.DataFrame, labels: list[str]) -> Evaluation:
    """The scored messages as an `Evaluation`, for training/evaluate.py's metrics and plots."""
    return Evaluation(scored["intent"].to_numpy(dtype=object),
                      scored["predicted"].to_numpy(dtype=object),
                      scored["confidence"].to_numpy(dtype=float), labels)


def evaluation_figures(evaluation: Evaluation, threshold: float) -> dict[str, bytes]:
    """PNG bytes of the confusion matrix, reliability diagram and risk–coverage curve, drawn
    by the same code that logs them with each training run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        paths = {
            "confusion": confusion_matrix_plot(evaluation, out / "confusion.png",
                                               "Intent confusion matrix (held-out)"),
            "reliability": reliability_plot(evaluation, out / "reliability.png",
                                            "Intent reliability diagram (held-out)"),
            "risk_coverage": risk_coverage_plot(evaluation, out / "risk_coverage.png",
                                                "Intent risk–coverage (held-out)", threshold)}
        return {name: path.read_bytes() for name, path in paths.items()}


def confused_pairs(scored: pd.DataFrame, top: int = 10, examples: int = 2) -> pd.DataFrame:
    """The (true, predicted) intent pairs the model mixes up most, with example messages
    (most confident first)."""
    errors = scored[~scored["correct"]]
    rows = []
    for (truth, predicted), group in errors.groupby(["intent", "predicted"]):
        shown = group.sort_values("confidence", ascending=False).head(examples)
        rows.append({"true intent": truth, "predicted intent": predicted, "messages": len(group),
                     "highest confidence": round(float(shown["confidence"].iloc[0]), 3),
                     "examples (confidence)": "\n".join(
                         f"«{t}» ({c:.2f})"
                         for t, c in zip(shown["text"], shown["confidence"], strict=True))})
    table = pd.DataFrame(rows, columns=["true intent", "predicted intent", "messages",
                                        "highest confidence", "examples (confidence)"])
    # Most frequent first; among equals, confident mistakes first: they risk an auto-reply.
    return (table.sort_values(["messages", "highest confidence"], ascending=False, kind="stable")
            .head(top).reset_index(drop=True))


def actions_table(scored: pd.DataFrame) -> pd.DataFrame:
    """How many held-out messages get each action, and how often their intent is right."""
    table = scored.groupby("action").agg(messages=("text", "size"),
                                         intent_precision=("correct", "mean"))
    table.insert(1, "share", table["messages"] / len(scored))
    return table.round(3)


def escalation_reasons(scored: pd.DataFrame) -> pd.DataFrame:
    """Per escalation reason: escalated messages it fired on, those it alone escalated, an example.

    A message can be escalated for several reasons, so the first column adds up to more than
    the escalations; the second says what dropping that rule would let through.
    """
    escalated = scored[scored["action"] == ESCALATE]
    rows = []
    for code in sorted({c for reasons in escalated["reasons"] for c in reasons}):
        fired = escalated[escalated["reasons"].map(lambda r, c=code: c in r)]
        rows.append({"reason": code, "escalated messages": len(fired),
                     "only reason": int(fired["reasons"].map(len).eq(1).sum()),
                     "share of escalations": round(len(fired) / len(escalated), 3),
                     "example": fired["text"].iloc[0]})
    table = pd.DataFrame(rows, columns=["reason", "escalated messages", "only reason",
                                        "share of escalations", "example"])
    return table.sort_values("escalated messages", ascending=False).reset_index(drop=True)


def escalation_reasons_plot(table: pd.DataFrame, total: int,
                            title: str = "Why held-out messages are escalated") -> Figure:
    """Horizontal bars per reason: every escalation it fired on, and those it alone caused."""
    table = table.iloc[::-1]
    fig = Figure(figsize=(8, max(3.0, 0.45 * len(table) + 1.5)), layout="constrained")
    ax = fig.add_subplot()
    ax.barh(table["reason"], table["escalated messages"], color="#fd8d3c",
            label="reason fired")
    ax.barh(table["reason"], table["only reason"], color="#d62728", height=0.4,
            label="the only reason")
    ax.set(title=f"{title} ({total} held-out messages)", xlabel="escalated messages",
           ylabel="reason")
    ax.legend(loc="lower right")
    return fig


def _scores(scored: pd.DataFrame) -> list[Scores]:
    return [Scores(r.predicted, float(r.confidence), r.predicted_urgency,
                   r.urgency_confidence, bool(r.out_of_scope)) for r in scored.itertuples()]


def threshold_sweep(scored: pd.DataFrame, policy: Policy,
                    thresholds: np.ndarray | None = None) -> pd.DataFrame:
    """What each auto-reply threshold would do on the held-out messages.

    `auto_reply_share` and `auto_reply_precision` apply the whole policy (escalation rules
    first); `confident_share` and `confident_precision` look at intent confidence alone.
    """
    if thresholds is None:
        thresholds = np.round(np.linspace(0.30, 1.0, 36), 3)
    scores, correct = _scores(scored), scored["correct"].to_numpy()
    confidence = scored["confidence"].to_numpy(dtype=float)
    rows = []
    for t in sorted({float(t) for t in thresholds} | {policy.auto_reply_threshold}):
        trial = replace(policy, auto_reply_threshold=t,
                        suggest_threshold=min(policy.suggest_threshold, t))
        auto = np.array([decide(s, trial).action == AUTO_REPLY for s in scores])
        alone = automation_at(confidence, correct, t)
        rows.append({"threshold": t, "auto_reply_share": auto.mean(),
                     "auto_reply_precision": correct[auto].mean() if auto.any() else np.nan,
                     "wrong_auto_replies": int((auto & ~correct).sum()),
                     "confident_share": alone["coverage"],
                     "confident_precision": alone["precision"]})
    return pd.DataFrame(rows)


def threshold_sweep_plot(sweep: pd.DataFrame, current: float,
                         target_precision: float | None = None,
                         title: str = "Moving the auto-reply threshold (held-out)") -> Figure:
    """Automation and precision against the threshold, with the model's threshold marked."""
    fig = Figure(figsize=(8, 5), layout="constrained")
    ax = fig.add_subplot()
    ax.plot(sweep["threshold"], sweep["auto_reply_share"], color="#2171b5",
            label="auto-replied share (whole policy)")
    ax.plot(sweep["threshold"], sweep["confident_share"], color="#2171b5", linestyle=":",
            label="share above threshold (confidence alone)")
    ax.plot(sweep["threshold"], sweep["auto_reply_precision"], color="#238b45",
            label="precision of auto-replies")
    ax.axvline(current, color="red", linestyle="--", label=f"model's threshold {current:.2f}")
    if target_precision is not None:
        ax.axhline(target_precision, color="grey", linestyle="-.",
                   label=f"target precision {target_precision:.2f}")
    ax.set(title=title, xlabel="auto-reply threshold (intent confidence)",
           ylabel="share of held-out messages / precision", ylim=(0, 1.02))
    ax.legend(loc="lower left", fontsize="small")
    return fig
