"""gunicorn settings for Triage; every value can be overridden on the command line.

The model is loaded by `create_app` when a worker imports serving.wsgi (once per worker), or once
in the master before the workers fork when gunicorn runs with --preload; each worker then warms
it up and starts the registry poller after the fork (`post_worker_init`).
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from typing import Any

# MLflow keeps a pool of connections to a SQL registry; with --preload the master opens one and
# every forked worker would inherit it. Without a pool each registry read opens its own.
os.environ.setdefault("MLFLOW_SQLALCHEMYSTORE_POOLCLASS", "NullPool")
# One math thread per request (torch, BLAS, ONNX Runtime follow OMP_NUM_THREADS): requests run
# in parallel across workers x threads already, and per-library thread pools on top of them
# oversubscribe the cores and spin against each other (BENCHMARKS.md, HTTP section).
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

# One reload signal file per server (this module is read once, by the master): a reload asked of
# one worker reaches them all (serving/model_holder.py). It lives in a fresh private directory
# (mode 0700, unpredictable name), so no other user of the machine can create or touch it.
if "TRIAGE_RELOAD_SIGNAL_FILE" not in os.environ:
    _SIGNAL_FILE: str | None = os.path.join(tempfile.mkdtemp(prefix="triage-reload-"), "signal")
    os.environ["TRIAGE_RELOAD_SIGNAL_FILE"] = _SIGNAL_FILE
else:
    _SIGNAL_FILE = None

bind = os.environ.get("TRIAGE_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("TRIAGE_WORKERS", "2"))
# Threads let a worker answer /healthz while a batch is being scored.
worker_class = "gthread"
threads = int(os.environ.get("TRIAGE_THREADS", "4"))
# Loading the encoder takes seconds; scoring a full batch well under one.
timeout = int(os.environ.get("TRIAGE_TIMEOUT", "120"))
graceful_timeout = 30
# The app writes its own JSON access line per request; gunicorn's would be a second one.
accesslog = None
# gunicorn's control socket is one file per user: two servers on one machine would fight over it.
control_socket_disable = True
errorlog = "-"
loglevel = os.environ.get("TRIAGE_LOG_LEVEL", "info")


def when_ready(server: Any) -> None:
    """In the master, once the app is preloaded and before any worker forks: freeze the heap.

    Objects created so far (the model) move to a generation the collector never scans, so a
    worker's garbage collections do not write to them and their pages stay shared with the
    master instead of being copied into every worker.
    """
    gc.freeze()


def on_exit(server: Any) -> None:
    """Remove the reload signal directory this server created (not a file the environment named)."""
    if _SIGNAL_FILE is not None:
        shutil.rmtree(os.path.dirname(_SIGNAL_FILE), ignore_errors=True)


def post_worker_init(worker: Any) -> None:
    """In each worker, before it takes requests: warm the model up and start polling.

    Not in create_app: with --preload that runs in the master, and torch inference before a fork
    deadlocks the forked workers; threads (the poller) do not survive a fork either.
    """
    from serving.model_holder import warm_up
    from serving.state import service

    state = service(worker.wsgi)
    current = state.holder.current
    if current is not None and state.config.warm_up:
        warm_up(current)
    state.holder.start_polling(state.config.reload_poll_seconds)
