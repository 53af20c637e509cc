"""Evaluation helpers: calibration error, risk–coverage, and choosing the threshold."""

from __future__ import annotations

import numpy as np
import pytest

from training.evaluate import (
    automation_at,
    choose_threshold,
    expected_calibration_error,
    risk_coverage,
)


def test_perfectly_calibrated_predictions_have_zero_ece() -> None:
    confidence = np.array([0.8] * 10)
    correct = np.array([True] * 8 + [False] * 2)
    assert expected_calibration_error(confidence, correct) == pytest.approx(0.0)


def test_overconfident_predictions_have_the_gap_as_ece() -> None:
    confidence = np.array([0.9] * 10)
    correct = np.array([True] * 6 + [False] * 4)
    assert expected_calibration_error(confidence, correct) == pytest.approx(0.3)


def test_risk_coverage_orders_by_confidence() -> None:
    coverage, risk = risk_coverage(np.array([0.9, 0.2, 0.6]), np.array([True, False, True]))
    assert coverage.tolist() == pytest.approx([1 / 3, 2 / 3, 1.0])
    assert risk.tolist() == pytest.approx([0.0, 0.0, 1 / 3])


def test_threshold_is_the_lowest_that_keeps_the_precision() -> None:
    confidence = np.array([0.99, 0.95, 0.9, 0.8, 0.7, 0.6])
    correct = np.array([True, True, True, True, False, False])
    assert choose_threshold(confidence, correct, 0.97) == pytest.approx(0.8)
    assert choose_threshold(confidence, correct, 0.75) == pytest.approx(0.7)


def test_ties_are_accepted_together() -> None:
    confidence = np.array([0.9, 0.9, 0.8])
    correct = np.array([True, False, True])
    assert choose_threshold(confidence, correct, 0.9) == 1.0


def test_a_threshold_of_one_means_no_automation_as_the_policy_reads_it() -> None:
    auto = automation_at(np.array([1.0, 1.0, 0.5]), np.array([True, True, True]), 1.0)
    assert auto["coverage"] == 0.0


def test_automation_reports_coverage_and_precision() -> None:
    auto = automation_at(np.array([0.9, 0.5, 0.95]), np.array([True, True, False]), 0.9)
    assert auto == {"coverage": pytest.approx(2 / 3), "precision": pytest.approx(0.5)}
