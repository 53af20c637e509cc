"""Evaluation: accuracy, macro-F1, calibration, risk–coverage, and the auto-reply threshold.

The auto-reply threshold is chosen on the validation split only (never on test): the lowest
confidence at which the messages at or above it reach the target precision, which gives the
most automation that keeps the promise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import accuracy_score, classification_report, f1_score

from triage.policy import auto_reply_on


@dataclass(frozen=True)
class Evaluation:
    """Predictions on a labelled split and their metrics."""

    y_true: np.ndarray
    y_pred: np.ndarray
    confidence: np.ndarray
    labels: list[str]

    @property
    def correct(self) -> np.ndarray:
        return self.y_true == self.y_pred

    def metrics(self, prefix: str) -> dict[str, float]:
        return {
            f"{prefix}_accuracy": float(accuracy_score(self.y_true, self.y_pred)),
            f"{prefix}_macro_f1": float(f1_score(self.y_true, self.y_pred, average="macro",
                                                 labels=self.labels, zero_division=0)),
            f"{prefix}_ece": expected_calibration_error(self.confidence, self.correct),
            f"{prefix}_aurc": area_under_risk_coverage(self.confidence, self.correct),
        }

    def report(self) -> dict:
        return classification_report(self.y_true, self.y_pred, labels=self.labels,
                                     output_dict=True, zero_division=0)


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray,
                               bins: int = 15) -> float:
    """Gap between confidence and accuracy, averaged over equal-width bins, weighted by size."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        in_bin = index == b
        if in_bin.any():
            total += in_bin.mean() * abs(confidence[in_bin].mean() - correct[in_bin].mean())
    return float(total)


def risk_coverage(confidence: np.ndarray, correct: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coverage (share answered) and risk (error rate among them), most confident first."""
    order = np.argsort(-confidence, kind="stable")
    errors = np.cumsum(~correct[order])
    answered = np.arange(1, len(order) + 1)
    return answered / len(order), errors / answered


def area_under_risk_coverage(confidence: np.ndarray, correct: np.ndarray) -> float:
    if len(confidence) == 0:
        return float("nan")
    return float(np.mean(risk_coverage(confidence, correct)[1]))


def choose_threshold(confidence: np.ndarray, correct: np.ndarray, target_precision: float) -> float:
    """Lowest threshold whose accepted set reaches `target_precision`; 1.0 (auto-reply off,
    see `triage.policy.Policy`) if none does.

    Scanning from the most confident message down, the accepted set at each distinct
    confidence is everything at or above it.
    """
    order = np.argsort(-confidence, kind="stable")
    conf, ok = confidence[order], correct[order]
    precision = np.cumsum(ok) / np.arange(1, len(ok) + 1)
    last_of_value = np.append(conf[1:] != conf[:-1], True)  # ties are accepted together
    good = np.flatnonzero(last_of_value & (precision >= target_precision))
    return float(conf[good[-1]]) if good.size else 1.0


def auto_replied(confidence: np.ndarray, threshold: float) -> np.ndarray:
    """Which confidences reach the auto-reply threshold, as `triage.policy.decide` reads it:
    at or above it, and never when the threshold is 1 (auto-reply off)."""
    if not auto_reply_on(threshold):
        return np.zeros(len(confidence), dtype=bool)
    return confidence >= threshold


def automation_at(confidence: np.ndarray, correct: np.ndarray,
                  threshold: float) -> dict[str, float]:
    """Share of messages the policy would auto-reply at this threshold and the precision
    among them."""
    accepted = auto_replied(confidence, threshold)
    precision = float(correct[accepted].mean()) if accepted.any() else float("nan")
    return {"coverage": float(accepted.mean()), "precision": precision}
