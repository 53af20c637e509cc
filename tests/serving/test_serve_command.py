"""`triage serve`: the gunicorn command line, and a real gunicorn on a loopback port."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from training.cli import build_parser
from training.cli_serve import gunicorn_argv, serve_environment
from triage.pyfunc import LoadedModel

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_line_names_the_app_by_module_path() -> None:
    args = build_parser().parse_args(["serve", "--port", "9001", "--workers", "3", "--preload",
                                      "--model", "models:/triage/2", "--models-dir", "/srv/m"])
    argv = gunicorn_argv(args)
    assert argv[:3] == [sys.executable, "-m", "gunicorn"]
    assert argv[-1] == "serving.wsgi:app"
    assert " ".join(argv[3:-1]) == ("-c python:serving.gunicorn_conf --bind 127.0.0.1:9001 "
                                    "--workers 3 --threads 4 --timeout 120 --preload")
    env = serve_environment(args, base={"PATH": "/bin"})
    assert env == {"PATH": "/bin", "TRIAGE_MODEL_URI": "models:/triage/2",
                   "TRIAGE_MODELS_DIR": "/srv/m"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(url: str, body: dict | None = None, key: str | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
    request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def wait_ready(url: str, server: subprocess.Popen, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "gunicorn exited before it was ready"
        try:
            if call(f"{url}/readyz")[0] == 200:
                return
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url}/readyz not ready after {seconds} s")


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_gunicorn_serves_the_champion_over_http(registry: Any, champion: LoadedModel,
                                                tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "MLFLOW_TRACKING_URI": registry.tracking_uri,
           "TRIAGE_API_KEYS": "e2e-key", "TRIAGE_FEEDBACK_URL": f"sqlite:///{tmp_path}/fb.db",
           "TRIAGE_RELOAD_POLL_SECONDS": "0.5",
           "TRIAGE_RELOAD_SIGNAL_FILE": str(tmp_path / "reload-signal")}
    # --preload: the model is loaded before the fork, and each worker warms up and polls after it.
    command = [sys.executable, "-m", "training.cli", "serve", "--port", str(port),
               "--workers", "2", "--threads", "2", "--preload"]
    with open(tmp_path / "server.log", "wb") as log:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                  stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, server)
        status, body = call(f"{url}/v1/triage", {"messages": [
            {"text": "je veux parler à un conseiller"},
            {"text": "Where is my order? I ordered it last week"}]}, key="e2e-key")
        assert status == 200, body
        assert body["model"]["version"] == champion.version
        assert body["results"][0]["action"] == "escalate"
        assert body["results"][0]["language"] == "fr"
        assert call(f"{url}/v1/model")[0] == 401
        assert call(f"{url}/v1/feedback", {"text": "où est ma commande ?",
                                           "correct_intent": "order_status"},
                    key="e2e-key")[0] == 201
        # A reload asked of one worker is signalled to the others through the shared file.
        status, body = call(f"{url}/v1/admin/reload", {}, key="e2e-key")
        assert (status, body["outcome"]) == (200, "unchanged"), body
        assert (tmp_path / "reload-signal").is_file()
        time.sleep(1.5)
        info = call(f"{url}/v1/model", key="e2e-key")[1]
        assert info["last_reload_at"] and info["last_reload_error"] is None  # the poller runs
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    log_text = (tmp_path / "server.log").read_text()
    assert '"path": "/v1/triage"' in log_text, log_text[-3000:]


def _gunicorn_conf_in_child(env: dict[str, str]) -> dict[str, Any]:
    """Import serving.gunicorn_conf in a fresh interpreter (it sets process-wide variables),
    call its on_exit hook, and report what happened to the reload signal file."""
    script = (
        "import json, os, stat\n"
        "import serving.gunicorn_conf as conf\n"
        "path = os.environ['TRIAGE_RELOAD_SIGNAL_FILE']\n"
        "folder = os.path.dirname(path)\n"
        "mode = stat.S_IMODE(os.stat(folder).st_mode) if os.path.isdir(folder) else None\n"
        "open(path, 'a').close()\n"
        "conf.on_exit(None)\n"
        "print(json.dumps({'path': path, 'mode': mode, 'kept': os.path.exists(path)}))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_each_server_gets_a_private_reload_signal_file_removed_at_exit() -> None:
    env = {k: v for k, v in os.environ.items() if k != "TRIAGE_RELOAD_SIGNAL_FILE"}
    first, second = _gunicorn_conf_in_child(env), _gunicorn_conf_in_child(env)
    assert first["path"] != second["path"]  # not predictable, not shared between servers
    assert first["mode"] == 0o700  # no other user can create or touch the file
    assert not first["kept"] and not Path(first["path"]).parent.exists()


def test_a_reload_signal_file_named_by_the_operator_is_left_alone(tmp_path: Path) -> None:
    named = tmp_path / "signal"
    result = _gunicorn_conf_in_child({**os.environ, "TRIAGE_RELOAD_SIGNAL_FILE": str(named)})
    assert result["path"] == str(named) and result["kept"]
