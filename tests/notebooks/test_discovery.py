"""Clustering messages no intent covers, keywords, and the labelling file fed back to training."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.notebooks.conftest import around
from tests.notebooks.test_explore import assert_readable
from training import discovery as disco
from training.data import DataError
from training.keywords import class_tfidf
from training.validate import load_training_data

THEMES = {
    "job": ["Hi, please find attached my CV for the warehouse job {i}",
            "Are you hiring for the warehouse job? My CV is attached {i}"],
    "press": ["Hello, I'm a journalist writing an article about delivery {i}",
              "Journalist here: could I ask questions for my article on delivery? {i}"],
    "car": ["My car makes a noise when I brake, is the car safe? {i}",
            "My car won't start and makes a noise, is it safe to drive? {i}"],
}


def out_of_scope_messages(per_theme: int = 8) -> tuple[pd.DataFrame, np.ndarray]:
    """Three themes of customer messages with embeddings around one centre each, plus two
    unrelated messages far from everything."""
    rng = np.random.default_rng(3)
    texts, vectors = [], []
    for k, templates in enumerate(THEMES.values()):
        block = around(np.eye(24)[k], per_theme, 0.04, rng)
        for i, vector in enumerate(block):
            texts.append(templates[i % 2].format(i=i))
            vectors.append(vector)
    texts += ["what's the weather in Glasgow", "raconte moi une blague"]
    vectors += list(around(np.eye(24)[10], 1, 0.0, rng)) + list(around(np.eye(24)[20], 1, 0.0, rng))
    frame = pd.DataFrame({"text": texts, "language": ["en"] * len(texts)})
    return frame, np.vstack(vectors).astype(np.float32)


def discovered() -> disco.Discovery:
    frame, embeddings = out_of_scope_messages()
    return disco.discover(frame, embeddings, min_cluster_size=4, reduction="none")


def test_keywords_are_the_words_that_set_a_group_apart_not_pleasantries():
    texts = ["Hello, I sent my CV for the job, thanks", "Bonjour, voici mon CV, merci",
             "Hello, my car is broken, thanks", "Bonjour, ma voiture est en panne, merci"]
    keywords = class_tfidf(texts, ["jobs", "jobs", "cars", "cars"], top_n=5)
    assert keywords["jobs"][0] == "cv"
    assert "car" in keywords["cars"] and "voiture" in keywords["cars"]
    assert not {"hello", "bonjour", "thanks", "merci"} & set(keywords["jobs"] + keywords["cars"])


def test_keywords_of_groups_made_only_of_stop_words_are_empty():
    assert class_tfidf(["hello thanks", "merci bonjour"], ["a", "b"]) == {"a": [], "b": []}


def theme_of(text: str) -> str:
    return next((theme for theme, templates in THEMES.items()
                 if text.startswith(tuple(t[:12] for t in templates))), "other")


def test_clusters_never_mix_themes_and_unrelated_messages_stay_noise():
    messages = discovered().messages
    themes = messages["text"].map(theme_of)
    clustered = messages["cluster"] != disco.NOISE
    assert (themes[clustered] != "other").all()
    assert (messages[clustered].groupby("cluster")["text"]
            .agg(lambda t: t.map(theme_of).nunique()) == 1).all()
    assert set(messages.loc[themes == "other", "cluster"]) == {disco.NOISE}
    assert set(themes[clustered]) == set(THEMES)


def test_clusters_table_names_clusters_from_keywords_and_shows_central_messages():
    table = disco.clusters_table(discovered())
    assert set(table.columns) >= {"cluster", "messages", "proposed_intent", "keywords",
                                  "representative messages", "languages"}
    names = set(table["proposed_intent"])
    assert any("cv" in n or "job" in n for n in names)
    assert any("journalist" in n or "article" in n for n in names)
    assert all(len(r) == 3 for r in table["representative messages"])
    assert_readable(disco.cluster_sizes_plot(discovered()))


def test_labelling_file_lists_clusters_then_noise_with_an_empty_intent_column(tmp_path):
    frame = disco.labelling_frame(discovered())
    assert list(frame.columns) == ["text", "language", "proposed_intent", "cluster",
                                   "keywords", "intent"]
    assert (frame["intent"] == "").all()
    assert list(frame["cluster"].tail(2)) == [-1, -1]
    assert (frame.loc[frame["cluster"] == -1, "proposed_intent"] == "").all()
    clustered = frame[frame["cluster"] != -1]
    sizes = clustered.groupby("cluster", sort=False).size()
    assert list(sizes) == sorted(sizes, reverse=True)  # largest cluster first
    runs = (clustered["cluster"] != clustered["cluster"].shift()).sum()
    assert runs == clustered["cluster"].nunique()  # each cluster's rows are together
    path = disco.write_labelling_file(frame, tmp_path / "new" / "to_label.csv")
    assert pd.read_csv(path).shape == frame.shape


def test_once_labelled_the_file_is_training_data(tmp_path):
    """What a person does: name the clusters, leave the noise empty, merge, train."""
    frame = disco.labelling_frame(discovered())
    frame["intent"] = [theme_of(t) if c != disco.NOISE else ""
                       for t, c in zip(frame["text"], frame["cluster"], strict=True)]
    labelled = disco.write_labelling_file(frame, tmp_path / "to_label.csv")
    inbox = tmp_path / "inbox.csv"
    pd.DataFrame({"text": [f"where is my order {i}" for i in range(6)],
                  "intent": "order_status", "urgency": "normal",
                  "language": "en"}).to_csv(inbox, index=False)
    added, skipped = disco.merge_labelled(labelled, inbox, tmp_path / "merged.csv")
    assert (added, skipped) == (24, 2)
    merged = load_training_data(tmp_path / "merged.csv")  # what `triage train --data` runs
    assert merged["intent"].nunique() == 4 and len(merged) == 30
    only_labelled = frame[frame["intent"] != ""]
    only_labelled.to_csv(tmp_path / "labelled_only.csv", index=False)
    assert len(load_training_data(tmp_path / "labelled_only.csv")) == 24


def test_merging_a_file_without_intents_is_refused(tmp_path):
    path = tmp_path / "plain.csv"
    pd.DataFrame({"text": ["hello"]}).to_csv(path, index=False)
    with pytest.raises(ValueError, match="no intent column"):
        disco.merge_labelled(path, path, tmp_path / "out.csv")


def test_too_few_messages_are_all_noise():
    _, embeddings = out_of_scope_messages()
    labels = disco.cluster_messages(embeddings[:3], min_cluster_size=4)
    assert (labels == disco.NOISE).all()


def test_features_fall_back_to_meaning_alone_when_no_word_repeats():
    embeddings = np.eye(3, dtype=np.float32)
    features = disco.cluster_features(["alpha", "beta", "gamma"], embeddings)
    assert np.allclose(features, embeddings)


def test_reduction_choices():
    features = np.eye(4)
    assert disco.reduce_features(features, "none") is features
    with pytest.raises(ValueError, match="unknown reduction 'pca'"):
        disco.reduce_features(features, "pca")


def test_proposed_names():
    assert disco.propose_name(["warehouse", "cv", "job"], 3) == "warehouse_cv"
    assert disco.propose_name([], 7) == "cluster_7"


def test_scored_files_can_be_explored_and_empty_texts_are_reported(tmp_path):
    scored = tmp_path / "scored.csv"
    pd.DataFrame({"text": ["Do you sell gift cards?", "  hello   there "],
                  "intent": ["product_question", "thanks"], "urgency": ["unknown", "low"],
                  "out_of_scope": [True, True]}).to_csv(scored, index=False)
    messages = disco.load_messages(scored)
    assert list(messages["text"]) == ["Do you sell gift cards?", "hello there"]
    assert "intent" not in messages.columns
    broken = tmp_path / "broken.csv"
    pd.DataFrame({"text": ["fine", " "], "language": ["en", "fr"]}).to_csv(broken, index=False)
    with pytest.raises(DataError, match="line 3: text is empty"):
        disco.load_messages(broken)


def test_header_only_messages_file_is_a_data_error(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("text,language\n", encoding="utf-8")
    with pytest.raises(DataError, match="the file has a header but no rows"):
        disco.load_messages(empty)


def test_too_few_messages_give_no_clusters_and_say_why():
    """Seven messages cannot hold two groups of four: no cluster, a reason, and the views
    still draw (an empty bar chart with no legend warning, a labelling file of noise)."""
    frame, embeddings = out_of_scope_messages()
    found = disco.discover(frame.head(7), embeddings[:7], min_cluster_size=4, reduction="none")
    assert found.clusters == []
    assert disco.no_clusters_reason(found, 4) == (
        "no clusters found: 7 message(s), and clustering needs at least 8 (two groups of "
        "min_cluster_size=4); add messages or lower TRIAGE_MIN_CLUSTER_SIZE")
    assert "no clusters found" in disco.cluster_sizes_plot(found).axes[0].get_title()
    assert (disco.labelling_frame(found)["cluster"] == disco.NOISE).all()


def test_scattered_messages_give_no_clusters_and_say_why():
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"text": [f"message number {i}" for i in range(12)]})
    embeddings = np.eye(24)[:12] + 0.01 * rng.normal(size=(12, 24))
    found = disco.discover(frame, embeddings, min_cluster_size=4, lexical_weight=0,
                           reduction="none")
    assert found.clusters == []  # twelve orthogonal directions: nothing dense
    assert "no 4 of the 12 messages are close enough" in disco.no_clusters_reason(found, 4)
