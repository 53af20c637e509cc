"""Every bad-file case: non-zero exit, a message naming the line, nothing logged or registered."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from training.cli import main
from training.validate import load_training_data

GOOD = [(f"{verb} my order {n}", intent, "normal")
        for intent, verb in (("order_status", "where is"), ("cancel_order", "please cancel"),
                             ("return_request", "I want to return"))
        for n in range(1001, 1007)]


def write_csv(path: Path, rows: list[tuple], header: tuple = ("text", "intent", "urgency")) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run_train(tmp_path: Path, data: Path, capsys: pytest.CaptureFixture) -> tuple[int, str]:
    code = main(["train", "--data", str(data), "--models-dir", str(tmp_path / "models"),
                 "--no-progress"])
    return code, capsys.readouterr().err


BAD_CSV_CASES = {
    # name: (rows inserted after the 3rd good row, text expected in the error)
    "empty text": ([("", "order_status", "normal")], r"line 5: text is empty"),
    "whitespace text": ([("   \t ", "order_status", "normal")], r"line 5: text is empty"),
    "missing intent": ([("where is my parcel", "", "normal")], r"line 5: intent is missing"),
    "unknown urgency": ([("my parcel is late", "order_status", "urgent")],
                        r"line 5: urgency 'urgent' is not one of low, normal, high, critical"),
    "conflicting duplicate": ([("where is my order 1001", "cancel_order", "normal")],
                              r"lines 2, 5: the same text has different intent labels"),
    "too few examples": ([("do you sell gift cards?", "gift_card", "low")],
                         r"line 5: intent 'gift_card' has 1 example\(s\); at least 5"),
}


@pytest.mark.parametrize("case", sorted(BAD_CSV_CASES))
def test_bad_csv_row_is_named_and_nothing_is_trained(case: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    inserted, expected = BAD_CSV_CASES[case]
    data = write_csv(tmp_path / "inbox.csv", GOOD[:3] + inserted + GOOD[3:])
    code, err = run_train(tmp_path, data, capsys)
    assert code == 2
    assert re.search(expected, err), err
    assert "nothing was trained" in err
    assert not (tmp_path / "models" / "mlflow.db").exists(), "no run may be logged on bad data"


def test_missing_column_names_the_columns_found(tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    data = write_csv(tmp_path / "inbox.csv", [(t, u) for t, _, u in GOOD], ("text", "urgency"))
    code, err = run_train(tmp_path, data, capsys)
    assert code == 2
    assert "missing column(s) intent (columns found: text, urgency)" in err


def test_undecodable_bytes_name_the_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data = write_csv(tmp_path / "inbox.csv", GOOD)
    lines = data.read_bytes().split(b"\n")
    lines[3] = "commande arrivée cassée,order_status,normal".encode("latin-1")
    data.write_bytes(b"\n".join(lines))
    code, err = run_train(tmp_path, data, capsys)
    assert code == 2
    assert "line 4: bytes that are not UTF-8" in err and "save the file as UTF-8" in err


def test_invalid_jsonl_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    lines = [json.dumps({"text": t, "intent": i}) for t, i, _ in GOOD]
    lines.insert(6, '{"text": "where is it", "intent": ')
    data = tmp_path / "inbox.jsonl"
    data.write_text("\n".join(lines), encoding="utf-8")
    code, err = run_train(tmp_path, data, capsys)
    assert code == 2
    assert "line 7: not valid JSON" in err


def test_unsupported_file_type_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data = tmp_path / "inbox.xlsx"
    data.write_bytes(b"PK")
    code, err = run_train(tmp_path, data, capsys)
    assert code == 2
    assert "unsupported file type '.xlsx'; use CSV, JSONL or Parquet" in err


def test_line_numbers_count_multiline_csv_fields(tmp_path: Path) -> None:
    rows = [("Hello,\nwhere is my order 77?\nThanks", "order_status", "normal")] + GOOD[1:]
    rows.insert(4, ("", "order_status", "normal"))
    data = write_csv(tmp_path / "inbox.csv", rows)
    with pytest.raises(ValueError, match=r"line 8: text is empty"):
        load_training_data(data)


def test_parquet_problems_are_reported_by_row_number(tmp_path: Path) -> None:
    frame = pd.DataFrame(GOOD, columns=["text", "intent", "urgency"])
    frame.loc[2, "urgency"] = "asap"
    data = tmp_path / "inbox.parquet"
    frame.to_parquet(data)
    with pytest.raises(ValueError, match=r"line 3: urgency 'asap'"):
        load_training_data(data)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_all_formats_load_the_same_rows(tmp_path: Path, suffix: str) -> None:
    frame = pd.DataFrame(GOOD, columns=["text", "intent", "urgency"])
    path = tmp_path / f"inbox{suffix}"
    {".csv": lambda: frame.to_csv(path, index=False),
     ".jsonl": lambda: frame.to_json(path, orient="records", lines=True),
     ".parquet": lambda: frame.to_parquet(path)}[suffix]()
    loaded = load_training_data(path)
    assert loaded[["text", "intent", "urgency"]].values.tolist() == [list(r) for r in GOOD]


def test_exact_duplicates_are_merged_not_refused(tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    data = write_csv(tmp_path / "inbox.csv", GOOD + [GOOD[0]])
    loaded = load_training_data(data)
    assert len(loaded) == len(GOOD)
    assert "merged 1 exact duplicate row(s) (lines 20)" in caplog.text
