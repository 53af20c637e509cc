"""`triage score` on bad input: refused with the file's line numbers, exit 2, and no output that
looks complete — a failed run publishes nothing and leaves a previous output as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from training.batch import score_file
from training.cli import main
from training.data import DataError
from triage.config import ConfigError
from triage.model import TriageModel

pytestmark = pytest.mark.slow

MESSAGES = ["where is my order?", "I want a refund", "thanks!", "cancel my subscription please"]


def jsonl(path: Path, lines: list[str], bom: bool = False) -> Path:
    path.write_text(("\ufeff" if bom else "") + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def messages(n: int) -> list[str]:
    return [json.dumps({"text": MESSAGES[i % len(MESSAGES)]}) for i in range(n)]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_bad_line_after_two_chunks_publishes_nothing(suffix: str, triage_model: TriageModel,
                                                       tmp_path: Path) -> None:
    lines = messages(300)
    lines[250] = '{"text": "line 251 lost its closing quote}'
    given = jsonl(tmp_path / "backlog.jsonl", lines)
    with pytest.raises(DataError, match=r"nothing was scored:\n  - line 251: not valid JSON"):
        score_file(triage_model, given, tmp_path / f"scored{suffix}", chunk_size=100,
                   progress=False)
    assert files_in(tmp_path) == ["backlog.jsonl"]  # no output, no temporary file


def test_a_failed_run_leaves_the_previous_output_as_it_was(triage_model: TriageModel,
                                                           tmp_path: Path) -> None:
    given = tmp_path / "wrong.csv"
    given.write_text("message\nhello\n")
    out = tmp_path / "scored.csv"
    out.write_text("yesterday's scores\n")
    with pytest.raises(DataError, match=r"nothing was scored:\n  - missing column text"):
        score_file(triage_model, given, out, progress=False)
    assert out.read_text() == "yesterday's scores\n"
    assert files_in(tmp_path) == ["scored.csv", "wrong.csv"]


def test_a_successful_run_replaces_the_previous_output(triage_model: TriageModel,
                                                       tmp_path: Path) -> None:
    given = jsonl(tmp_path / "backlog.jsonl", messages(5))
    out = tmp_path / "scored.csv"
    out.write_text("yesterday's scores\n")
    assert score_file(triage_model, given, out, chunk_size=2, progress=False) == 5
    assert pd.read_csv(out)["text"].tolist() == [json.loads(m)["text"] for m in messages(5)]
    assert files_in(tmp_path) == ["backlog.jsonl", "scored.csv"]


def test_a_missing_input_file_is_a_data_error(triage_model: TriageModel, tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"nothing was scored:\n  - file not found"):
        score_file(triage_model, tmp_path / "absent.csv", tmp_path / "out.csv", progress=False)
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink"])
def test_writing_the_output_onto_the_input_is_refused(spelling: str, triage_model: TriageModel,
                                                      tmp_path: Path) -> None:
    given = jsonl(tmp_path / "inbox.jsonl", messages(3))
    before = given.read_bytes()
    (tmp_path / "sub").mkdir()
    out = {"same": given, "dotted": tmp_path / "sub" / ".." / "inbox.jsonl",
           "symlink": tmp_path / "link.jsonl"}[spelling]
    if spelling == "symlink":
        out.symlink_to(given)
    with pytest.raises(ConfigError, match="is the input file; scoring would overwrite"):
        score_file(triage_model, given, out, progress=False)
    assert given.read_bytes() == before


def test_an_output_in_a_missing_folder_is_a_configuration_error(triage_model: TriageModel,
                                                                tmp_path: Path) -> None:
    given = jsonl(tmp_path / "inbox.jsonl", messages(3))
    with pytest.raises(ConfigError, match="cannot write .*No such file or directory"):
        score_file(triage_model, given, tmp_path / "nowhere" / "out.csv", progress=False)


def test_a_csv_row_with_too_many_fields_names_its_line(triage_model: TriageModel,
                                                       tmp_path: Path) -> None:
    given = tmp_path / "inbox.csv"  # the quoted message spans lines 2-3, so the bad row is line 5
    given.write_text('text,language\n"hello,\nit is me",en\nthanks,en\nwhere, is it,en\n')
    with pytest.raises(DataError, match="line 5: 3 fields where the header has 2"):
        score_file(triage_model, given, tmp_path / "out.csv", progress=False)
    assert files_in(tmp_path) == ["inbox.csv"]


def test_a_csv_that_is_not_utf8_names_its_line(triage_model: TriageModel,
                                              tmp_path: Path) -> None:
    given = tmp_path / "inbox.csv"
    given.write_bytes("text\nthanks\nmerci beaucoup\nd\u00e9j\u00e0 pay\u00e9\n".encode("latin-1"))
    with pytest.raises(DataError, match="line 4: bytes that are not UTF-8"):
        score_file(triage_model, given, tmp_path / "out.csv", progress=False)


def test_a_jsonl_file_starting_with_a_bom_is_scored(triage_model: TriageModel,
                                                   tmp_path: Path) -> None:
    given = jsonl(tmp_path / "inbox.jsonl", messages(3), bom=True)
    out = tmp_path / "out.jsonl"
    assert score_file(triage_model, given, out, progress=False) == 3
    assert pd.read_json(out, lines=True)["text"].tolist() == MESSAGES[:3]


@pytest.mark.parametrize("content", [b"not a parquet file", "truncated"])
def test_an_unreadable_parquet_file_is_a_data_error(content: bytes | str,
                                                    triage_model: TriageModel,
                                                    tmp_path: Path) -> None:
    given = tmp_path / "inbox.parquet"
    if content == "truncated":
        pd.DataFrame({"text": MESSAGES * 100}).to_parquet(given)
        content = given.read_bytes()[: given.stat().st_size // 2]
    given.write_bytes(content)
    with pytest.raises(DataError, match="nothing was scored:\n  - not a readable Parquet file"):
        score_file(triage_model, given, tmp_path / "out.parquet", progress=False)
    assert files_in(tmp_path) == ["inbox.parquet"]


def test_texts_missing_blank_or_not_strings_are_refused_by_line(triage_model: TriageModel,
                                                                tmp_path: Path) -> None:
    lines = ['{"text": "where is my order?"}', '{"text": null}', '{"text": ""}',
             '{"text": "   "}', '{"text": 12345}', '{"text": ["where", "is", "it"]}',
             '{"message": "hello"}', '{"text": "thanks", "language": 7}']
    given = jsonl(tmp_path / "inbox.jsonl", lines)
    with pytest.raises(DataError) as caught:
        score_file(triage_model, given, tmp_path / "out.csv", progress=False)
    assert [str(p) for p in caught.value.problems] == [
        "lines 2, 3, 4, 7: text is missing, empty or only white space; write the customer's "
        "message or remove the row",
        "line 5: text must be text, found int; write it as a string (in JSON, in quotes)",
        "line 6: text must be text, found list; write it as a string (in JSON, in quotes)",
        "line 8: language must be text, found int; write it as a string (in JSON, in quotes)"]
    assert "nothing was scored" in str(caught.value)
    assert files_in(tmp_path) == ["inbox.jsonl"]


def test_a_blank_csv_text_names_the_file_line(triage_model: TriageModel, tmp_path: Path) -> None:
    given = tmp_path / "inbox.csv"
    given.write_text('text,language\n"hello,\nit is me",en\n\nthanks,en\n  ,fr\n')
    with pytest.raises(DataError, match="nothing was scored:\n  - line 6: text is missing"):
        score_file(triage_model, given, tmp_path / "out.csv", progress=False)


def test_a_null_parquet_text_names_its_row(triage_model: TriageModel, tmp_path: Path) -> None:
    given = tmp_path / "inbox.parquet"
    pd.DataFrame({"text": ["thanks", None, "refund"]}).to_parquet(given)
    with pytest.raises(DataError, match="line 2: text is missing"):
        score_file(triage_model, given, tmp_path / "out.parquet", progress=False)


def test_numbers_in_a_csv_are_messages(triage_model: TriageModel, tmp_path: Path) -> None:
    given = tmp_path / "inbox.csv"
    given.write_text("text\n12345\n007\n")
    out = tmp_path / "out.csv"
    assert score_file(triage_model, given, out, progress=False) == 2
    assert pd.read_csv(out, dtype=str)["text"].tolist() == ["12345", "007"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_two_text_columns_are_refused(suffix: str, triage_model: TriageModel,
                                      tmp_path: Path) -> None:
    given = tmp_path / f"inbox{suffix}"
    if suffix == ".csv":
        given.write_text("text,text\nwhere is my order?,thanks\n")
    elif suffix == ".parquet":
        pq.write_table(pa.table([pa.array(["where is my order?"]), pa.array(["thanks"])],
                                names=["text", "text"]), given)
    else:
        jsonl(given, ['{"text": "where is my order?", "text": "thanks"}'])
    with pytest.raises(DataError, match="nothing was scored:\n  - .*text.*keep one"):
        score_file(triage_model, given, tmp_path / "out.csv", progress=False)


def test_the_score_command_reports_bad_data_with_exit_2(trained_registry, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    lines = messages(5)
    lines[3] = "{oops"
    given = jsonl(tmp_path / "inbox.jsonl", lines)
    common = ["score", "--models-dir", str(trained_registry.config.models_dir), "--no-progress"]
    assert main([*common, "--input", str(given), "--output", str(tmp_path / "out.csv")]) == 2
    assert main([*common, "--input", str(given), "--output", str(given)]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert errors[0] == (f"triage score: data error: {given}: 1 problem(s) found, nothing was "
                         "scored:")
    assert errors[1].startswith("  - line 4: not valid JSON")
    assert errors[2].startswith("triage score: configuration error: the output")
    assert files_in(tmp_path) == ["inbox.jsonl"]
