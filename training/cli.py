"""The `triage` command: train, evaluate, promote, score, serve.

Exit status: 0 success, 1 promotion refused, 2 bad input (data, configuration), 3 a model that
cannot be loaded or a tracking-store failure, 4 an unexpected error (a bug: the traceback is
logged).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence

from training.data import DataError
from training.registry import PromotionError
from triage.config import ConfigError, TriageConfig, load_config
from triage.encoder import EncoderError
from triage.feedback import FeedbackStoreError
from triage.mlflow_store import StoreUnreachableError
from triage.pyfunc import ModelLoadError

log = logging.getLogger("triage")
DEFAULT_MODEL_URI = "models:/triage@champion"


def _config(args: argparse.Namespace) -> TriageConfig:
    overrides = {k: getattr(args, k, None) for k in (
        "models_dir", "encoder_model", "encoder_backend", "target_precision", "seed")}
    if getattr(args, "no_progress", False):
        overrides["show_progress"] = False
    return load_config(args.config, **overrides)


def cmd_train(args: argparse.Namespace) -> int:
    from training.train import run_training

    config = _config(args)
    extra = None
    if args.feedback:
        from training.feedback import read_corrections
        from triage.feedback import FeedbackStore

        extra = read_corrections(FeedbackStore(args.feedback))
        log.info("read %d corrected example(s) from feedback", len(extra))
    result = run_training(config, args.data, args.answers, args.out_of_scope, extra_rows=extra)
    print(f"run {result.run_id}: registered {config.registered_model_name} version "
          f"{result.version} as @candidate")
    print(f"embedding cache: {result.cache_hits} hits, {result.cache_misses} encoded; "
          f"wall time {result.seconds['train_seconds']:.1f} s")
    print(json.dumps({k: round(v, 4) for k, v in sorted(result.metrics.items())}, indent=2))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from training.evaluate_command import evaluate_model

    metrics = evaluate_model(_config(args), args.model, args.data)
    print(json.dumps({k: round(v, 4) for k, v in sorted(metrics.items())}, indent=2))
    return 0


def cmd_promote(args: argparse.Namespace) -> int:
    from training.registry import promote

    result = promote(_config(args), force=args.force, data=args.data)
    print(result.summary())
    return 0 if result.promoted or result.champion_version == result.candidate_version else 1


def cmd_score(args: argparse.Namespace) -> int:
    from training.batch import MEMO_ROWS, score_file
    from training.tracking import setup_mlflow
    from triage.pyfunc import load_triage_model

    config = _config(args)
    setup_mlflow(config)
    loaded = load_triage_model(args.model)
    embedder = getattr(loaded.model, "embedder", None)
    if embedder is not None:
        embedder.cache_writes = args.cache_embeddings
    memo_rows = MEMO_ROWS if args.memo_rows is None else args.memo_rows
    rows = score_file(loaded.model, args.input, args.output, args.chunk_size,
                      progress=config.show_progress, memo_rows=memo_rows)
    print(f"scored {rows} message(s) with {loaded.name} version {loaded.version} → {args.output}")
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="TOML file with a [triage] table (or TRIAGE_CONFIG)")
    parser.add_argument("--models-dir", help="where the embedded MLflow store, artifacts and "
                        "embedding cache live (default: models/)")
    parser.add_argument("--no-progress", action="store_true", help="hide progress bars")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="triage", description=(
        "Customer-query triage: train and register models, score messages, serve decisions. "
        "MLFLOW_TRACKING_URI points everything at a team's MLflow server; by default the "
        "store is sqlite:///models/mlflow.db."))
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train on a data file and register @candidate")
    train.add_argument("--data", required=True, help="CSV, JSONL or Parquet: text, intent "
                       "[, urgency, answer, language, timestamp]")
    train.add_argument("--answers", help="approved answers (intent, language, answer); default: "
                       "answers.csv beside --data")
    train.add_argument("--out-of-scope", help="messages the shop does not handle, for measuring "
                       "out-of-scope recall only; default: out_of_scope.csv beside --data")
    train.add_argument("--feedback", help="SQLAlchemy URL of the feedback store whose "
                       "corrected examples are folded into training")
    train.add_argument("--encoder-model", help="sentence-transformers model name or path")
    train.add_argument("--encoder-backend", help="encoder backend: torch, onnx or onnx-int8 "
                       "(default onnx-int8, exported once under models/encoders/)")
    train.add_argument("--target-precision", type=float, help="precision the auto-reply "
                       "threshold must reach on validation (default 0.97)")
    train.add_argument("--seed", type=int, help="split and model seed (default 42)")
    train.set_defaults(func=cmd_train)
    evaluate = sub.add_parser("evaluate", help="measure a registered model on labelled data")
    evaluate.add_argument("--model", default=DEFAULT_MODEL_URI, help="MLflow model URI")
    evaluate.add_argument("--data", required=True, help="labelled CSV, JSONL or Parquet")
    evaluate.set_defaults(func=cmd_evaluate)
    promote = sub.add_parser("promote", help="move @champion to @candidate if it is as good")
    promote.add_argument("--force", action="store_true", help="promote even if worse")
    promote.add_argument("--data", help="labelled held-out data to compare on (default: the "
                         "candidate's logged test split)")
    promote.set_defaults(func=cmd_promote)
    score = sub.add_parser("score", help="score a file of messages into decisions")
    score.add_argument("--model", default=DEFAULT_MODEL_URI, help="MLflow model URI")
    score.add_argument("--input", required=True, help="CSV, JSONL or Parquet with text")
    score.add_argument("--output", required=True, help="CSV, JSONL or Parquet to write")
    score.add_argument("--chunk-size", type=int, default=2048, help="rows scored at a time")
    score.add_argument("--memo-rows", type=int, default=None,
                       help="scored (text, language) pairs remembered across chunks, so a "
                       "repeated message is scored once (default 100,000: about 37 MiB for "
                       "chat-length messages); lower it for files of long e-mails; 0 turns it "
                       "off")
    score.add_argument("--cache-embeddings", action="store_true",
                       help="add the vectors of new messages to the embedding cache under "
                       "models/ (about 1.6 KB per distinct message), so rescoring the same "
                       "backlog after a retrain encodes nothing again; by default the cache is "
                       "only read")
    score.set_defaults(func=cmd_score)
    for command in (train, evaluate, promote, score):
        _common(command)
    _add_serve(sub)
    return parser


def _add_serve(sub: argparse._SubParsersAction) -> None:
    try:
        from training.cli_serve import add_serve_command
    except ImportError:
        return
    add_serve_command(sub)


UNEXPECTED = 4
ERRORS: dict[type[Exception], tuple[int, str]] = {
    DataError: (2, "data error"), ConfigError: (2, "configuration error"),
    FeedbackStoreError: (2, "feedback store error"),
    ModelLoadError: (3, "model error"), EncoderError: (3, "encoder error"),
    StoreUnreachableError: (3, "MLflow store error"),
    PromotionError: (1, "promotion refused"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `triage` console command."""
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if getattr(args, "no_progress", False):
        os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except tuple(ERRORS) as e:
        code, label = next(v for t, v in ERRORS.items() if isinstance(e, t))
        print(f"triage {args.command}: {label}: {e}", file=sys.stderr)
        return code
    except Exception as e:  # noqa: BLE001 — anything else is a bug; it must not exit 1
        # Python's own exit status for an uncaught exception is 1, which here means "promotion
        # refused": a script would read a crash as a verdict. The traceback goes to the log.
        log.exception("unexpected error")
        print(f"triage {args.command}: unexpected error ({type(e).__name__}: {e}); this is a "
              "bug in Triage: please report it with the traceback above", file=sys.stderr)
        return UNEXPECTED


def run() -> int:
    """The console script: `main`, then freeze the garbage collector before Python exits.

    Why: at exit Python tears down every module, and its collector then walks all the objects
    a run left behind (a training run: 3,000 modules, 400,000 objects) again and again. That
    took 1.3 s of every `triage train` on Banking77, after all its output was written;
    frozen objects are skipped (0.2 s). Atexit handlers and stream flushing run as usual.
    Only the console script does this: tests call `main` in-process.
    """
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(run())
