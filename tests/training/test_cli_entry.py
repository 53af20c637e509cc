"""The `triage` console script: `main`'s exit code, and the collector frozen before exit."""

from __future__ import annotations

import gc

import pytest

from training import cli


def test_console_script_returns_mains_code_and_freezes_the_collector(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "main", lambda: 3)
    gc.unfreeze()
    try:
        assert cli.run() == 3
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
