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


def test_jsonl_text_holding_unicode_line_separators_loads(tmp_path: Path) -> None:
    """U+2028 and U+0085 are legal unescaped inside JSON strings; only "\\n" ends a line."""
    records = [{"text": t, "intent": i} for t, i, _ in GOOD]
    records[1]["text"] = "where is my order\u2028it is late\x85please"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(8, '{"text": ')
    data = tmp_path / "inbox.jsonl"
    data.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 9: not valid JSON"):
        load_training_data(data)
    del lines[8]
    data.write_text("\n".join(lines), encoding="utf-8")
    assert len(load_training_data(data)) == len(GOOD)


def test_csv_row_of_blank_cells_is_reported_not_dropped(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "inbox.csv", GOOD[:3] + [("  ", "", "")] + GOOD[3:])
    with pytest.raises(ValueError, match=r"line 5: text is empty") as raised:
        load_training_data(data)
    assert "line 5: intent is missing" in str(raised.value)


def test_every_row_with_the_wrong_number_of_fields_is_named(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "inbox.csv", GOOD[:3] + [("a", "b", "c", "d")] + GOOD[3:6]
                     + [("e", "f", "g", "h")] + [("i", "j")] + GOOD[6:])
    with pytest.raises(ValueError) as raised:
        load_training_data(data)
    message = str(raised.value)
    assert "lines 5, 9: 4 fields where the header has 3" in message
    assert "line 10: 2 fields where the header has 3" in message


def test_duplicate_csv_column_is_refused(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "inbox.csv", [(t, i, t) for t, i, _ in GOOD],
                     ("text", "intent", "text"))
    with pytest.raises(ValueError, match=r"column 'text' appears 2 times \(columns 1, 3\)"):
        load_training_data(data)


def test_jsonl_cells_that_are_not_text_are_named(tmp_path: Path) -> None:
    records = [{"text": t, "intent": i} for t, i, _ in GOOD]
    records[2]["text"] = 12345
    records[4]["text"] = ["where", "is", "my", "order"]
    records[5]["intent"] = True
    data = tmp_path / "inbox.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    with pytest.raises(ValueError) as raised:
        load_training_data(data)
    message = str(raised.value)
    assert "line 3: text must be text, found int" in message
    assert "line 5: text must be text, found list" in message
    assert "line 6: intent must be text, found bool" in message


def test_parquet_bytes_text_is_refused(tmp_path: Path) -> None:
    frame = pd.DataFrame(GOOD, columns=["text", "intent", "urgency"])
    frame["text"] = frame["text"].map(str.encode)
    data = tmp_path / "inbox.parquet"
    frame.to_parquet(data)
    with pytest.raises(ValueError, match=r"lines 1, 2, .*: text must be text, found bytes"):
        load_training_data(data)


def test_unreadable_or_doubled_parquet_is_a_data_error(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    corrupt = tmp_path / "inbox.parquet"
    corrupt.write_bytes(b"PAR1 not really")
    code, err = run_train(tmp_path, corrupt, capsys)
    assert code == 2 and "not a readable Parquet file" in err
    doubled = tmp_path / "doubled.parquet"
    texts = [t for t, _, _ in GOOD]
    pq.write_table(pa.Table.from_arrays([pa.array(texts)] * 2 + [pa.array([i for _, i, _ in GOOD])],
                                        names=["text", "text", "intent"]), doubled)
    with pytest.raises(ValueError, match=r"column 'text' appears 2 times"):
        load_training_data(doubled)


def test_header_only_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, err = run_train(tmp_path, write_csv(tmp_path / "inbox.csv", []), capsys)
    assert code == 2
    assert "the file has a header but no rows" in err


def test_too_few_rows_for_every_intent_in_every_split(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture) -> None:
    """23 intents x 5 examples passes the per-intent minimum, but a 15% test part (18 rows)
    cannot hold 23 intents; that used to surface as scikit-learn's traceback."""
    rows = [(f"question {n} about topic {k}", f"topic_{k}", "normal")
            for k in range(23) for n in range(5)]
    code, err = run_train(tmp_path, write_csv(tmp_path / "inbox.csv", rows), capsys)
    assert code == 2
    assert "115 rows are too few for 23 intents" in err and "at least 148 rows in all" in err
    assert not (tmp_path / "models" / "mlflow.db").exists()


def test_unreadable_timestamp_is_named(tmp_path: Path) -> None:
    rows = [(t, i, u, f"2026-03-{n % 28 + 1:02d}T10:00:00Z") for n, (t, i, u) in enumerate(GOOD)]
    rows[6] = (*rows[6][:3], "yesterday")
    data = write_csv(tmp_path / "inbox.csv", rows, ("text", "intent", "urgency", "timestamp"))
    with pytest.raises(ValueError, match=r"line 8: timestamp 'yesterday' is not a date and time"):
        load_training_data(data)


def test_labels_equal_once_normalised_are_not_conflicts(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "inbox.csv",
                     GOOD + [("Where is my order 1001", "order_status ", "Normal")])
    loaded = load_training_data(data)
    assert len(loaded) == len(GOOD)


def test_language_unknown_to_the_detector_is_named(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    rows = [(*row, "en") for row in GOOD]
    rows[2] = (*GOOD[2], "xx")
    rows[4] = (*GOOD[4], "english")
    data = write_csv(tmp_path / "inbox.csv", rows, header=("text", "intent", "urgency", "language"))
    code, err = run_train(tmp_path, data, capsys)
    assert code == 2
    assert re.search(r"line 6: language 'english' is not an ISO 639-1 code", err), err
    assert re.search(r"line 4: language 'xx' is not an ISO 639-1 code", err), err


def test_language_codes_are_lowercased(tmp_path: Path) -> None:
    rows = [(*row, " FR ") for row in GOOD]
    data = write_csv(tmp_path / "inbox.csv", rows, header=("text", "intent", "urgency", "language"))
    assert set(load_training_data(data)["language"]) == {"fr"}
