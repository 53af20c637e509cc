"""The promotion gate and batch scoring, through the `triage` command."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.conftest import make_config, mlflow_client
from training.cli import main
from triage.model import BATCH_COLUMNS


def cli(*args: str) -> int:
    return main([*args, "--no-progress"])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, tiny_data_dir: Path) -> Path:
    """A store where the tiny data has been trained once (a candidate, no champion yet)."""
    models = tmp_path_factory.mktemp("promote") / "models"
    assert cli("train", "--data", str(tiny_data_dir / "inbox.csv"),
               "--models-dir", str(models)) == 0
    return models


def aliases(models: Path) -> dict[str, str]:
    client = mlflow_client(make_config(models))
    return {k: str(v) for k, v in client.get_registered_model("triage").aliases.items()}


def test_promotion_gate(store: Path, tiny_data_dir: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture) -> None:
    # No champion yet: the first candidate is promoted.
    assert cli("promote", "--models-dir", str(store)) == 0
    assert "PROMOTED: there was no champion" in capsys.readouterr().out
    assert aliases(store)["champion"] == aliases(store)["candidate"] == "1"

    # A candidate trained on shuffled labels is worse on the same held-out data: refused.
    frame = pd.read_csv(tiny_data_dir / "inbox.csv")
    frame["intent"] = np.random.default_rng(0).permutation(frame["intent"].to_numpy())
    frame.to_csv(tmp_path / "shuffled.csv", index=False)
    assert cli("train", "--data", str(tmp_path / "shuffled.csv"), "--models-dir", str(store),
               "--answers", str(tiny_data_dir / "answers.csv")) == 0
    capsys.readouterr()
    holdout = str(tiny_data_dir / "inbox.csv")
    assert cli("promote", "--models-dir", str(store), "--data", holdout) == 1
    out = capsys.readouterr().out
    assert "candidate: version 2" in out and "champion:  version 1" in out
    assert "NOT PROMOTED: the candidate is worse" in out
    assert aliases(store)["champion"] == "1"

    # --force overrides the gate.
    assert cli("promote", "--models-dir", str(store), "--data", holdout, "--force") == 0
    assert "forced with --force" in capsys.readouterr().out
    assert aliases(store)["champion"] == "2"


def test_promote_without_candidate_explains_what_to_do(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    assert cli("promote", "--models-dir", str(tmp_path / "models")) == 1
    assert "has no @candidate; run `triage train` first" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_score_writes_the_batch_columns(store: Path, tmp_path: Path, suffix: str) -> None:
    messages = pd.DataFrame({"text": ["where is my order 88123?",
                                      "je veux annuler ma commande 4471203",
                                      "someone used my card without my permission"]})
    source = tmp_path / "in.csv"
    messages.to_csv(source, index=False)
    out = tmp_path / f"out{suffix}"
    assert cli("score", "--models-dir", str(store), "--model", "models:/triage/1",
               "--input", str(source), "--output", str(out)) == 0
    scored = {".csv": pd.read_csv, ".parquet": pd.read_parquet,
              ".jsonl": lambda p: pd.read_json(p, lines=True)}[suffix](out)
    assert list(scored.columns) == list(BATCH_COLUMNS)
    assert scored["text"].tolist() == messages["text"].tolist()
    assert scored["intent"].tolist() == ["order_status", "cancel_order", "fraud"]
    assert set(scored["action"]) <= {"auto_reply", "suggest", "escalate"}
    assert scored.loc[2, "action"] == "escalate"
    assert "always_human_intent" in scored.loc[2, "reasons"].split(";")


def cached_vectors(models: Path) -> int:
    """Rows in the embedding cache files under `models`."""
    import sqlite3

    total = 0
    for path in (models / "embedding_cache").glob("*.sqlite"):
        with sqlite3.connect(path) as conn:
            total += conn.execute("SELECT COUNT(*) FROM emb").fetchone()[0]
    return total


def test_score_reads_the_embedding_cache_but_adds_to_it_only_when_asked(
        store: Path, tmp_path: Path) -> None:
    # Rescoring a backlog used to store a vector for every new message: models/ grew with it.
    source = tmp_path / "backlog.csv"
    pd.DataFrame({"text": [f"where is parcel {n}, it is late" for n in range(30)]}).to_csv(
        source, index=False)
    before = cached_vectors(store)
    assert before > 0  # training filled it
    score = ("score", "--models-dir", str(store), "--model", "models:/triage/1",
             "--input", str(source))
    assert cli(*score, "--output", str(tmp_path / "a.csv")) == 0
    assert cached_vectors(store) == before
    assert cli(*score, "--output", str(tmp_path / "b.csv"), "--cache-embeddings") == 0
    assert cached_vectors(store) == before + 30


def test_evaluate_prints_metrics(store: Path, tiny_data_dir: Path,
                                 capsys: pytest.CaptureFixture) -> None:
    assert cli("evaluate", "--models-dir", str(store), "--model", "models:/triage/1",
               "--data", str(tiny_data_dir / "inbox.csv")) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["accuracy"] > 0.8
    assert {"macro_f1", "share_auto_reply", "share_escalate"} <= set(metrics)


def test_unknown_model_uri_is_a_clear_error(store: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "in.csv").write_text("text\nhello\n")
    code = cli("score", "--models-dir", str(store), "--model", "models:/triage@nope",
               "--input", str(tmp_path / "in.csv"), "--output", str(tmp_path / "out.csv"))
    assert code == 3
    assert "cannot load model 'models:/triage@nope'" in capsys.readouterr().err
