"""The train / validation / test split: time-ordered with timestamps, stratified otherwise."""

from __future__ import annotations

import logging

import pandas as pd
import pytest

from training.split import split_data, split_sizes, stratified_split_problems


def frame_of(intents: list[str], with_time: bool = True) -> pd.DataFrame:
    frame = pd.DataFrame({"text": [f"message {n}" for n in range(len(intents))],
                          "intent": intents})
    if with_time:  # row n was written on day n, given in shuffled order
        days = pd.Series(range(len(intents))).sample(frac=1, random_state=0)
        frame = frame.iloc[days.index]
        start = pd.Timestamp("2026-01-01", tz="UTC")
        frame["timestamp"] = [(start + pd.Timedelta(days=d)).isoformat() for d in days.index]
    return frame


def test_time_split_holds_out_the_newest_messages() -> None:
    intents = ["a", "b"] * 20
    splits = split_data(frame_of(intents), 0.15, 0.15, seed=0)
    newest_train = pd.to_datetime(splits.train["timestamp"]).max()
    assert pd.to_datetime(splits.validation["timestamp"]).min() > newest_train
    assert (pd.to_datetime(splits.test["timestamp"]).min()
            > pd.to_datetime(splits.validation["timestamp"]).max())
    assert splits.sizes() == {"train": 28, "validation": 6, "test": 6}


def test_time_split_warns_about_intents_only_the_newest_messages_ask(
        caplog: pytest.LogCaptureFixture) -> None:
    intents = ["a", "b"] * 17 + ["thanks"] * 6  # "thanks" only in the 6 newest rows
    with caplog.at_level(logging.WARNING):
        splits = split_data(frame_of(intents), 0.15, 0.15, seed=0)
    assert "thanks" not in set(splits.train["intent"])
    assert "1 intent(s) appear only in the newest messages" in caplog.text
    assert "thanks" in caplog.text


def test_time_split_is_quiet_when_train_knows_every_intent(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        split_data(frame_of(["a", "b"] * 20), 0.15, 0.15, seed=0)
    assert "newest messages" not in caplog.text


@pytest.mark.parametrize("n_rows", [60, 77, 100, 148, 1001])
def test_split_sizes_are_the_sizes_scikit_learn_makes(n_rows: int) -> None:
    intents = [f"i{n % 8}" for n in range(n_rows)]
    splits = split_data(frame_of(intents, with_time=False), 0.15, 0.15, seed=1)
    sizes = splits.sizes()
    assert split_sizes(n_rows, 0.15, 0.15) == (sizes["train"], sizes["validation"],
                                               sizes["test"])


def test_enough_rows_means_no_problem() -> None:
    assert stratified_split_problems(148, 23, 0.15, 0.15) == []
    assert stratified_split_problems(147, 23, 0.15, 0.15)


@pytest.mark.parametrize(("validation_size", "test_size"), [(0.6, 0.6), (0.5, 0.5), (0.15, 0.0)])
def test_impossible_shares_are_a_problem_not_an_endless_search(validation_size: float,
                                                               test_size: float) -> None:
    problems = stratified_split_problems(96, 6, validation_size, test_size)
    assert "must each be above 0 and sum to less than 1" in str(problems[0])
