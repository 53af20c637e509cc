"""Evaluation plots saved as PNG files.

Figures are built with matplotlib's object API (`Figure`), not pyplot: no global state, no
screen, safe in worker threads.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from sklearn.metrics import ConfusionMatrixDisplay

from training.evaluate import Evaluation, risk_coverage


def _subplots(figsize: tuple[float, float]):
    fig = Figure(figsize=figsize)
    return fig, fig.add_subplot()


def confusion_matrix_plot(evaluation: Evaluation, path: Path, title: str) -> Path:
    """Counts per (true, predicted) pair; cell values written only when there are few labels.

    The figure grows with the labels up to 16 inches, then the tick labels shrink instead: at
    77 intents an unbounded figure was a 2,700-pixel PNG that took seconds of every training
    run to draw and encode.
    """
    n = len(evaluation.labels)
    size = min(16.0, max(6.0, 0.35 * n))
    fig, ax = _subplots(figsize=(size, size))
    ConfusionMatrixDisplay.from_predictions(
        evaluation.y_true, evaluation.y_pred, labels=evaluation.labels, ax=ax,
        xticks_rotation="vertical", colorbar=False, include_values=n <= 30)
    ax.tick_params(labelsize=min(10.0, max(5.0, 16.0 * 72 / max(n, 1) * 0.6)))
    ax.set_title(title)
    return _save(fig, path)


def reliability_plot(evaluation: Evaluation, path: Path, title: str, bins: int = 15) -> Path:
    edges = np.linspace(0, 1, bins + 1)
    index = np.clip(np.digitize(evaluation.confidence, edges[1:-1]), 0, bins - 1)
    filled = [b for b in range(bins) if (index == b).any()]
    conf = [evaluation.confidence[index == b].mean() for b in filled]
    acc = [evaluation.correct[index == b].mean() for b in filled]
    fig, ax = _subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.plot(conf, acc, "o-", label="model")
    ax.set(xlabel="mean confidence in bin", ylabel="accuracy in bin", title=title,
           xlim=(0, 1), ylim=(0, 1))
    ax.legend(loc="upper left")
    return _save(fig, path)


def risk_coverage_plot(evaluation: Evaluation, path: Path, title: str,
                       threshold: float | None = None) -> Path:
    coverage, risk = risk_coverage(evaluation.confidence, evaluation.correct)
    fig, ax = _subplots(figsize=(6, 4))
    ax.plot(coverage, risk, label="model")
    if threshold is not None:
        covered = float((evaluation.confidence >= threshold).mean())
        ax.axvline(covered, color="red", linestyle=":",
                   label=f"auto-reply threshold {threshold:.2f}")
    ax.set(xlabel="coverage (share of messages answered)", ylabel="risk (error rate)",
           title=title, xlim=(0, 1))
    ax.legend(loc="upper left")
    return _save(fig, path)


def _save(fig: Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    return path
