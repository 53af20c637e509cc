"""The batch benchmark's peak memory is the child's own, not the benchmark runner's."""

from __future__ import annotations

import sys

import numpy as np

from bench.process import run_measured

CHILD_MIB = 40
PARENT_MIB = 400


def test_a_small_child_of_a_big_parent_reports_its_own_peak() -> None:
    # wait4's ru_maxrss gave the parent's ~400 MiB for a child that used ~50 MiB.
    held = np.ones(PARENT_MIB * 2**20 // 8)  # touched, so resident in this process
    # The child stays up a moment after its peak, as `triage score` does while it writes.
    script = (f"import time; x = bytearray({CHILD_MIB} * 2**20); "
              "x[::4096] = b'1' * len(x[::4096]); time.sleep(0.5)")
    measured = run_measured([sys.executable, "-c", script])
    assert measured.returncode == 0
    assert CHILD_MIB <= measured.peak_rss_mib < PARENT_MIB / 2
    assert held[-1] == 1.0


def test_the_exit_code_of_a_failing_child_is_kept() -> None:
    assert run_measured([sys.executable, "-c", "raise SystemExit(3)"]).returncode == 3
