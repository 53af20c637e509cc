"""Confused pairs, escalations by reason and the threshold sweep of model_report.ipynb.

The table functions are pure functions of scored messages, so most tests build the scored
frame by hand; one test reads a real registered model's logged hold-out split.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.notebooks.test_explore import assert_readable
from training import model_report
from triage.policy import Policy
from triage.pyfunc import LoadedModel

POLICY = Policy(auto_reply_threshold=0.8, suggest_threshold=0.5,
                always_human_intents=("fraud",), human_request_intents=("human_agent",))


def scored_frame() -> pd.DataFrame:
    """Six scored messages: a confident right answer, a confident and a hesitant mistake, a
    fraud report, an urgent cancellation and a message the model cannot place."""
    high, medium = ("high_confidence",), ("medium_confidence",)
    rows = [
        ("where is my order", "order_status", "order_status", 0.95, "normal", high,
         "auto_reply"),
        ("my parcel is late", "delivery_delay", "order_status", 0.90, "normal", high,
         "auto_reply"),
        ("parcel still not here", "delivery_delay", "order_status", 0.60, "normal", medium,
         "suggest"),
        ("someone used my card", "fraud", "fraud", 0.99, "critical",
         ("urgency_critical", "always_human_intent"), "escalate"),
        ("cancel it NOW", "cancel_order", "cancel_order", 0.85, "high", ("urgency_high",),
         "escalate"),
        ("hmm", "thanks", "order_status", 0.30, "normal", ("low_confidence",), "escalate"),
    ]
    frame = pd.DataFrame(rows, columns=["text", "intent", "predicted", "confidence",
                                        "predicted_urgency", "reasons", "action"])
    frame["urgency_confidence"] = 0.9
    frame["out_of_scope"] = False
    frame["correct"] = frame["intent"] == frame["predicted"]
    return frame


def test_confused_pairs_list_only_mistakes_most_frequent_first_with_examples():
    table = model_report.confused_pairs(scored_frame())
    first = table.iloc[0]
    assert (first["true intent"], first["predicted intent"], first["messages"]) == (
        "delivery_delay", "order_status", 2)
    assert first["examples (confidence)"].startswith("«my parcel is late» (0.90)")
    assert len(table) == 2  # thanks → order_status is the other one


def test_escalations_by_reason_count_every_reason_and_the_sole_ones():
    table = model_report.escalation_reasons(scored_frame()).set_index("reason")
    assert table.loc["urgency_critical", "escalated messages"] == 1
    assert table.loc["urgency_critical", "only reason"] == 0  # fraud is always human too
    assert table.loc["urgency_high", "only reason"] == 1
    assert table.loc["low_confidence", "share of escalations"] == pytest.approx(1 / 3, abs=1e-3)
    fig = model_report.escalation_reasons_plot(table.reset_index(), total=6)
    assert_readable(fig)


def test_actions_table_shares_and_intent_precision():
    table = model_report.actions_table(scored_frame())
    assert table["share"].sum() == pytest.approx(1.0)
    assert table.loc["auto_reply", "intent_precision"] == 0.5


def test_raising_the_threshold_never_automates_more_and_rules_still_escalate():
    sweep = model_report.threshold_sweep(scored_frame(), POLICY,
                                         thresholds=np.array([0.5, 0.7, 0.92, 0.99]))
    assert list(sweep["threshold"]) == [0.5, 0.7, 0.8, 0.92, 0.99]  # the model's own added
    assert (np.diff(sweep["auto_reply_share"]) <= 0).all()
    at = sweep.set_index("threshold")
    # At 0.5 three messages pass on confidence alone but the fraud and urgent ones escalate.
    assert at.loc[0.5, "auto_reply_share"] == pytest.approx(3 / 6)
    assert at.loc[0.5, "confident_share"] == pytest.approx(5 / 6)
    assert at.loc[0.5, "wrong_auto_replies"] == 2
    assert at.loc[0.92, "auto_reply_precision"] == 1.0
    assert np.isnan(at.loc[0.99, "auto_reply_precision"])  # nothing left to auto-reply


def test_sweep_figure_marks_the_models_threshold_and_target():
    sweep = model_report.threshold_sweep(scored_frame(), POLICY)
    fig = model_report.threshold_sweep_plot(sweep, current=0.8, target_precision=0.97)
    assert_readable(fig)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "model's threshold 0.80" in labels and "target precision 0.97" in labels


def test_a_model_outside_the_registry_needs_a_held_out_file():
    loaded = LoadedModel(model=None, name="triage", version=None,  # type: ignore[arg-type]
                         alias=None, uri="runs:/abc/model")
    with pytest.raises(model_report.ReportError, match="pass a labelled held-out file"):
        model_report.load_holdout(loaded)


@pytest.mark.slow
def test_report_scores_the_runs_logged_test_split(trained_registry):
    from triage.pyfunc import load_triage_model

    loaded = load_triage_model(trained_registry.model_uri, trained_registry.tracking_uri)
    holdout = model_report.load_holdout(loaded)
    summary = model_report.model_summary(loaded)
    assert len(holdout) == int(float(summary["test rows"]))
    scored = model_report.score_holdout(loaded.model, holdout)
    assert len(scored) == len(holdout) and scored["correct"].mean() > 0.8
    evaluation = model_report.intent_evaluation(scored, loaded.model.intents)
    figures = model_report.evaluation_figures(evaluation, loaded.model.policy.auto_reply_threshold)
    assert all(png.startswith(b"\x89PNG") for png in figures.values())
