"""A Triage model trained on Banking77 for the efficiency benchmarks, and gunicorn on loopback.

The model is trained per encoder backend into `models/bench-<backend>/` (git-ignored) with
`triage train` + `triage promote`, and reused by later runs while the code that builds and
scores it is unchanged: the efficiency benchmarks measure scoring, not training, but they must
measure the model today's `triage train` builds (a reused model once kept an out-of-scope rule
the code had since replaced). Its embedding cache makes a retrain take seconds.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import mlflow

from bench.datasets import ROOT, dataset_dir
from triage.config import TriageConfig, load_config
from triage.model import MODEL_FORMAT

CHAMPION_URI = "models:/triage@champion"


def bench_model_config(backend: str) -> TriageConfig:
    return load_config(env={}, models_dir=ROOT / "models" / f"bench-{backend}",
                       encoder_backend=backend, show_progress=False)


def code_fingerprint() -> str:
    """SHA-256 over the model format and every source file of `triage/` and `training/`: any
    change to how a model is built or scored gives a new fingerprint."""
    digest = hashlib.sha256(f"format {MODEL_FORMAT}\n".encode())
    for package in ("triage", "training"):
        for source in sorted((ROOT / package).rglob("*.py")):
            digest.update(source.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(source.read_bytes())
    return digest.hexdigest()


def _marker(config: TriageConfig) -> Path:
    """Records the code fingerprint the bench model was trained with, so a stale one is
    retrained."""
    return config.models_dir / "code_fingerprint.txt"


def _has_champion(config: TriageConfig) -> bool:
    """Whether a champion trained by the current code is registered (else: train one)."""
    if not (config.models_dir / "mlflow.db").is_file():
        return False
    marker = _marker(config)
    if not marker.is_file() or marker.read_text().strip() != code_fingerprint():
        return False
    try:
        client = mlflow.MlflowClient(tracking_uri=config.resolved_tracking_uri,
                                     registry_uri=config.resolved_tracking_uri)
        client.get_model_version_by_alias(config.registered_model_name, "champion")
    except Exception:  # noqa: BLE001 — no store, no model or no alias: train one
        return False
    return True


def ensure_bench_model(backend: str) -> TriageConfig:
    """Train and promote a Banking77 model with `backend` unless the current code already
    trained one."""
    config = bench_model_config(backend)
    if _has_champion(config):
        return config
    data = dataset_dir("banking77") / "train.csv"
    base = [sys.executable, "-m", "training.cli"]
    common = ["--models-dir", str(config.models_dir), "--no-progress"]
    env = {**os.environ, "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR": "false"}
    subprocess.run([*base, "train", "--data", str(data), "--encoder-backend", backend, *common],
                   check=True, cwd=ROOT, env=env, capture_output=True)
    subprocess.run([*base, "promote", "--force", *common], check=True, cwd=ROOT, env=env,
                   capture_output=True)
    _marker(config).write_text(f"{code_fingerprint()}\n")
    return config


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(port: int, process: subprocess.Popen, timeout: float = 180.0) -> None:
    """Poll /readyz until the service answers 200 (the model is loaded and warm)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/readyz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"service on port {port} not ready after {timeout:.0f} s")


@contextmanager
def gunicorn(config: TriageConfig, workers: int, threads: int = 4, preload: bool = True,
             log_path: Path | None = None,
             extra_env: dict[str, str] | None = None) -> Iterator[tuple[int, subprocess.Popen]]:
    """`triage serve` on 127.0.0.1 with the bench model; (port, master process); stopped after."""
    port = free_port()
    argv = [sys.executable, "-m", "training.cli", "serve", "--host", "127.0.0.1",
            "--port", str(port), "--workers", str(workers), "--threads", str(threads),
            "--models-dir", str(config.models_dir), "--model", CHAMPION_URI]
    if preload:
        argv.append("--preload")
    env = {**os.environ, "TRIAGE_LOG_LEVEL": "warning", "TRIAGE_API_KEYS": "",
           "TRIAGE_RELOAD_POLL_SECONDS": "0", **(extra_env or {})}
    log = open(log_path or os.devnull, "w")  # noqa: SIM115 — closed below
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        wait_ready(port, process)
        yield port, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def post_json(conn: http.client.HTTPConnection, path: str, body: dict) -> tuple[int, bytes]:
    conn.request("POST", path, body=json.dumps(body),
                 headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    return response.status, response.read()
