"""Using one MLflow store must not redirect later configurations in the same process."""

from __future__ import annotations

import http.server
import os
import socket
import threading
from pathlib import Path

import mlflow
import pytest

from training.cli import main
from triage.config import load_config
from triage.mlflow_store import StoreUnreachableError, check_reachable, use_store


def test_use_store_does_not_leak_into_the_environment(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    use_store(f"sqlite:///{tmp_path / 'a.db'}")
    assert mlflow.get_tracking_uri() == f"sqlite:///{tmp_path / 'a.db'}"
    assert "MLFLOW_TRACKING_URI" not in os.environ
    config = load_config(models_dir=tmp_path / "b")
    assert config.resolved_tracking_uri.endswith("/b/mlflow.db")


def test_a_team_server_set_in_the_environment_stays(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://mlflow.internal:5000")
    use_store(f"sqlite:///{tmp_path / 'a.db'}")
    assert os.environ["MLFLOW_TRACKING_URI"] == "http://mlflow.internal:5000"


def closed_loopback_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_tracking_server_fails_at_once_with_a_clear_error() -> None:
    # MLflow retried a refused connection for about four minutes before giving up.
    uri = f"http://127.0.0.1:{closed_loopback_port()}"
    with pytest.raises(StoreUnreachableError, match="cannot reach the MLflow server"):
        use_store(uri)


def test_any_http_answer_counts_as_reachable_and_is_asked_once() -> None:
    # A server behind a proxy or with authentication may answer /health with an error status.
    # A command checks at each entry point (store set-up, each model load): one request.
    requests_seen: list[str] = []

    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 — the name http.server calls
            requests_seen.append(self.path)
            self.send_error(404)

        def log_message(self, *args: object) -> None:
            pass

    with http.server.HTTPServer(("127.0.0.1", 0), NotFound) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for _ in range(3):
                check_reachable(f"http://127.0.0.1:{server.server_port}")
        finally:
            server.shutdown()
    assert requests_seen == ["/health"]


def test_the_cli_reports_an_unreachable_server_with_exit_3(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("MLFLOW_TRACKING_URI", f"http://127.0.0.1:{closed_loopback_port()}")
    (tmp_path / "in.csv").write_text("text\nwhere is my order?\n")
    code = main(["score", "--input", str(tmp_path / "in.csv"), "--output",
                 str(tmp_path / "out.csv"), "--models-dir", str(tmp_path / "models"),
                 "--no-progress"])
    assert code == 3
    assert "cannot reach the MLflow server" in capsys.readouterr().err
