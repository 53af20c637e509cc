"""Evaluation plots: a readable confusion matrix for many labels, and the full counts as CSV."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from training.evaluate import Evaluation
from training.plots import (
    confusion_matrix_csv,
    confusion_matrix_figure,
    confusion_matrix_plot,
    most_confused_labels,
)


def _evaluation(n_labels: int, confused: dict[str, str]) -> Evaluation:
    """One correct message per label, plus one error per (true -> predicted) pair given."""
    labels = [f"intent_{i:02d}" for i in range(n_labels)]
    y_true = labels + list(confused)
    y_pred = labels + list(confused.values())
    return Evaluation(np.array(y_true, dtype=object), np.array(y_pred, dtype=object),
                      np.ones(len(y_true)), labels)


def test_most_confused_labels_counts_truth_and_prediction_in_label_order() -> None:
    evaluation = _evaluation(6, {"intent_04": "intent_01", "intent_05": "intent_01"})
    assert most_confused_labels(evaluation, 2) == ["intent_01", "intent_04"]
    assert most_confused_labels(evaluation, 3) == ["intent_01", "intent_04", "intent_05"]


def test_many_labels_plot_the_most_confused_and_say_so() -> None:
    evaluation = _evaluation(40, {"intent_39": "intent_00", "intent_12": "intent_00"})
    ax = confusion_matrix_figure(evaluation, "Intent", max_labels=3).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["intent_00", "intent_12",
                                                             "intent_39"]
    assert ax.get_title() == "Intent: the 3 of 40 labels with most errors"


def test_few_labels_plot_every_label_to_a_png(tmp_path: Path) -> None:
    evaluation = _evaluation(4, {"intent_03": "intent_00"})
    ax = confusion_matrix_figure(evaluation, "Intent").axes[0]
    assert len(ax.get_yticklabels()) == 4 and ax.get_title() == "Intent"
    path = confusion_matrix_plot(evaluation, tmp_path / "cm.png", "Intent")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_confusion_csv_holds_every_count(tmp_path: Path) -> None:
    evaluation = _evaluation(30, {"intent_29": "intent_00"})
    table = pd.read_csv(confusion_matrix_csv(evaluation, tmp_path / "cm.csv"), index_col="true")
    assert table.shape == (30, 30)
    assert table.loc["intent_29", "intent_00"] == 1
    assert table.loc["intent_29", "intent_29"] == 1
    assert int(table.to_numpy().sum()) == 31
