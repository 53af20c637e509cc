"""`triage serve`: run the scoring service under gunicorn.

Why exec gunicorn instead of importing the app: training must not import serving (the service is
deployed without the training code paths), so the app and the gunicorn settings are named by
module path, and gunicorn (a process manager that restarts dead workers) replaces this process
so signals from the orchestrator reach it directly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

WSGI_APP = "serving.wsgi:app"
GUNICORN_CONFIG = "python:serving.gunicorn_conf"


def add_serve_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `serve` subcommand to the `triage` parser."""
    serve = subparsers.add_parser(
        "serve", help="serve the champion model over HTTP (gunicorn)",
        description="Run the Triage HTTP API under gunicorn. Other settings (API keys, limits, "
                    "feedback store, thresholds) come from TRIAGE_* environment variables; "
                    "see serving/README.md.")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--workers", type=int, default=2,
                       help="worker processes, each with its own copy of the model (default 2)")
    serve.add_argument("--threads", type=int, default=4, help="threads per worker (default 4)")
    serve.add_argument("--timeout", type=int, default=120,
                       help="seconds before a silent worker is restarted (default 120)")
    serve.add_argument("--model", help="MLflow model URI (default: TRIAGE_MODEL_URI, else "
                       "models:/triage@champion)")
    serve.add_argument("--models-dir", help="where the embedded MLflow store lives "
                       "(default models/; MLFLOW_TRACKING_URI points at a server instead)")
    serve.add_argument("--preload", action="store_true",
                       help="load the model once in the master before forking the workers "
                            "(less memory and start time; a reload then happens per worker)")
    serve.set_defaults(func=cmd_serve)
    return serve


def gunicorn_argv(args: argparse.Namespace) -> list[str]:
    """The gunicorn command line for the parsed `serve` arguments."""
    argv = [sys.executable, "-m", "gunicorn", "-c", GUNICORN_CONFIG,
            "--bind", f"{args.host}:{args.port}", "--workers", str(args.workers),
            "--threads", str(args.threads), "--timeout", str(args.timeout)]
    if args.preload:
        argv.append("--preload")
    return [*argv, WSGI_APP]


def serve_environment(args: argparse.Namespace,
                      base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of the server: the caller's, plus the model options given here."""
    env = dict(os.environ if base is None else base)
    if args.model:
        env["TRIAGE_MODEL_URI"] = args.model
    if args.models_dir:
        env["TRIAGE_MODELS_DIR"] = str(args.models_dir)
    return env


def cmd_serve(args: argparse.Namespace) -> int:
    """Replace this process with gunicorn (returns only if it cannot be started)."""
    argv = gunicorn_argv(args)
    try:
        os.execvpe(argv[0], argv, serve_environment(args))
    except OSError as e:
        print(f"triage serve: cannot start gunicorn: {e}", file=sys.stderr)
        return 3
    return 0  # not reached: exec does not return
