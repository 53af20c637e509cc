"""`triage score` streams: chunk by chunk, each distinct text scored once, same rows in any
format."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from training import batch
from training.batch import ScoredMemo, score_file
from training.batch_input import read_chunks
from training.cli import main
from training.data import DataError
from triage.config import ConfigError
from triage.model import BATCH_COLUMNS, TriageModel

pytestmark = pytest.mark.slow


class Recording:
    """The real model, recording what each `score_frame` call was given."""

    def __init__(self, model: TriageModel) -> None:
        self.model = model
        self.calls: list[list[str]] = []

    def score_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        self.calls.append(frame["text"].tolist())
        return self.model.score_frame(frame)


@pytest.fixture(scope="module")
def backlog(tmp_path_factory: pytest.TempPathFactory, sample_inbox: pd.DataFrame) -> Path:
    """A backlog as inbox tools export it: messages repeated, shuffled, some with a language."""
    messages = sample_inbox[["text", "language"]].sample(120, random_state=3)
    frame = pd.concat([messages, messages.head(40), messages.head(10)], ignore_index=True)
    frame = frame.sample(frac=1.0, random_state=4).reset_index(drop=True)
    frame.loc[frame.index % 3 == 0, "language"] = ""
    path = tmp_path_factory.mktemp("backlog") / "backlog.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def scored_whole(backlog: Path, triage_model: TriageModel, tmp_path_factory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("whole") / "scored.csv"
    score_file(triage_model, backlog, out, chunk_size=100_000, progress=False)
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def test_small_chunks_give_the_same_rows_as_one_chunk(backlog: Path, triage_model: TriageModel,
                                                      scored_whole: pd.DataFrame,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "scored.csv"
    recording = Recording(triage_model)
    rows = score_file(recording, backlog, out, chunk_size=16, progress=False)
    assert rows == len(scored_whole) == 170
    assert max(len(call) for call in recording.calls) <= 16
    pd.testing.assert_frame_equal(pd.read_csv(out, dtype=str, keep_default_na=False),
                                  scored_whole)


def test_each_distinct_message_of_a_chunk_is_scored_once(backlog: Path,
                                                         triage_model: TriageModel,
                                                         scored_whole: pd.DataFrame,
                                                         tmp_path: Path) -> None:
    recording = Recording(triage_model)
    score_file(recording, backlog, tmp_path / "scored.csv", chunk_size=100_000, progress=False)
    (texts,) = recording.calls
    original = pd.read_csv(backlog, dtype=str, keep_default_na=False)
    assert len(texts) == len(original.drop_duplicates()) < len(original)
    assert list(scored_whole.columns) == list(BATCH_COLUMNS)


def test_a_message_repeated_across_chunks_is_scored_once(backlog: Path,
                                                         triage_model: TriageModel,
                                                         scored_whole: pd.DataFrame,
                                                         tmp_path: Path) -> None:
    """Backlogs repeat messages far apart: the memo carries scores from chunk to chunk."""
    out = tmp_path / "scored.csv"
    recording = Recording(triage_model)
    score_file(recording, backlog, out, chunk_size=16, progress=False)
    scored_pairs = [text for call in recording.calls for text in call]
    original = pd.read_csv(backlog, dtype=str, keep_default_na=False)
    assert len(scored_pairs) == len(original.drop_duplicates())
    pd.testing.assert_frame_equal(pd.read_csv(out, dtype=str, keep_default_na=False),
                                  scored_whole)


def test_a_memo_of_zero_rows_scores_each_chunk_on_its_own(backlog: Path,
                                                          triage_model: TriageModel,
                                                          tmp_path: Path) -> None:
    recording = Recording(triage_model)
    score_file(recording, backlog, tmp_path / "scored.csv", chunk_size=16, progress=False,
               memo_rows=0)
    original = pd.read_csv(backlog, dtype=str, keep_default_na=False)
    chunks = [original.iloc[i:i + 16] for i in range(0, len(original), 16)]
    assert [len(call) for call in recording.calls] == [len(c.drop_duplicates()) for c in chunks]


def test_the_memo_forgets_the_least_recently_used_rows() -> None:
    memo = ScoredMemo(max_rows=2)
    memo.put("a", (1,))
    memo.put("b", (2,))
    assert memo.get("a") == (1,)  # "a" is now the most recently used
    memo.put("c", (3,))
    assert (memo.get("a"), memo.get("b"), memo.get("c"), len(memo)) == ((1,), None, (3,), 2)


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_every_format_in_and_out_gives_the_same_rows(suffix: str, backlog: Path,
                                                     triage_model: TriageModel,
                                                     scored_whole: pd.DataFrame,
                                                     tmp_path: Path) -> None:
    source = pd.read_csv(backlog, dtype=str, keep_default_na=False)
    given = tmp_path / f"backlog{suffix}"
    if suffix == ".jsonl":
        source.to_json(given, orient="records", lines=True, force_ascii=False)
    else:
        source.to_parquet(given, index=False)
    out = tmp_path / f"scored{suffix}"
    score_file(triage_model, given, out, chunk_size=50, progress=False)
    got = (pd.read_json(out, lines=True, dtype=False) if suffix == ".jsonl"
           else pd.read_parquet(out))
    assert list(got.columns) == list(BATCH_COLUMNS)
    assert got["text"].tolist() == scored_whole["text"].tolist()
    assert got["intent"].tolist() == scored_whole["intent"].tolist()
    assert got["action"].tolist() == scored_whole["action"].tolist()


def test_reading_never_yields_more_than_a_chunk(backlog: Path) -> None:
    sizes = [len(chunk) for chunk in read_chunks(backlog, 32)]
    assert max(sizes) == 32 and sum(sizes) == 170


def test_empty_input_writes_the_header(triage_model: TriageModel, tmp_path: Path) -> None:
    given = tmp_path / "empty.csv"
    given.write_text("text\n")
    out = tmp_path / "scored.csv"
    assert score_file(triage_model, given, out, progress=False) == 0
    assert out.read_text().strip() == ",".join(BATCH_COLUMNS)


def test_input_without_text_column_is_a_data_error(triage_model: TriageModel,
                                                   tmp_path: Path) -> None:
    given = tmp_path / "wrong.csv"
    given.write_text("message\nhello\n")
    with pytest.raises(DataError, match="missing column text"):
        score_file(triage_model, given, tmp_path / "out.csv", progress=False)


def test_chunk_size_must_be_positive(triage_model: TriageModel, backlog: Path,
                                     tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="chunk size must be at least 1, not 0"):
        score_file(triage_model, backlog, tmp_path / "out.csv", chunk_size=0, progress=False)


def test_memo_rows_must_not_be_negative(triage_model: TriageModel, backlog: Path,
                                        tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="memo rows must be 0 or more, not -1"):
        score_file(triage_model, backlog, tmp_path / "out.csv", memo_rows=-1, progress=False)


def test_score_command_passes_memo_rows_on(trained_registry, backlog: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = batch.ScoredMemo.__init__

    def recording_init(self, max_rows: int = batch.MEMO_ROWS) -> None:
        seen.append(max_rows)
        real(self, max_rows)

    monkeypatch.setattr(batch.ScoredMemo, "__init__", recording_init)
    common = ["--models-dir", str(trained_registry.config.models_dir), "--input", str(backlog),
              "--no-progress"]
    assert main(["score", *common, "--output", str(tmp_path / "a.csv"), "--memo-rows", "10"]) == 0
    assert main(["score", *common, "--output", str(tmp_path / "b.csv")]) == 0
    assert seen == [10, batch.MEMO_ROWS]
    assert main(["score", *common, "--output", str(tmp_path / "c.csv"), "--memo-rows", "-5"]) == 2


def test_score_command_streams_a_file_with_the_champion(trained_registry, backlog: Path,
                                                        tmp_path: Path, capsys) -> None:
    out = tmp_path / "scored.parquet"
    models_dir = str(trained_registry.config.models_dir)
    code = main(["score", "--models-dir", models_dir, "--input", str(backlog), "--output",
                 str(out), "--chunk-size", "64", "--no-progress"])
    assert code == 0
    assert "scored 170 message(s)" in capsys.readouterr().out
    assert len(pd.read_parquet(out)) == 170
