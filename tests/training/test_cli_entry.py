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


def test_an_unexpected_error_exits_4_not_1(monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture,
                                           caplog: pytest.LogCaptureFixture) -> None:
    """Exit 1 means "promotion refused"; a crash must not read as a verdict."""
    def crash(args: object) -> int:
        raise KeyError("boom")

    monkeypatch.setattr(cli, "cmd_promote", crash)
    assert cli.main(["promote"]) == cli.UNEXPECTED == 4
    err = capsys.readouterr().err
    assert "triage promote: unexpected error (KeyError: 'boom'); this is a bug" in err
    assert "Traceback" in caplog.text
