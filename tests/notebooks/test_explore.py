"""The data-at-a-glance tables, the 2-D map and the figures of explore_intents.ipynb."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from training import explore
from training.embedding_map import map_plot, palette, project_2d


def assert_readable(fig: Figure, legend: bool = True) -> None:
    """A newcomer can read the figure: title, both axis labels and (when asked) a legend."""
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    if legend:
        assert ax.get_legend() is not None and ax.get_legend().get_texts()


def test_overview_counts_each_intent_by_language_and_urgency(labelled):
    frame, _ = labelled
    table = explore.intent_overview(frame)
    assert table[("all", "messages")].sum() == len(frame)
    assert table.loc["thanks", ("language", "fr")] == 5
    shares = table["urgency share"].sum(axis=1)
    assert np.allclose(shares, 1.0, atol=0.02)
    # 10 of its 21 messages are high (20 drawn, one relabelled from order_status).
    high = table.loc["delivery_delay", ("urgency share", "high")]
    assert high == pytest.approx(10 / 21, abs=0.01)


def test_overview_without_language_or_urgency_columns():
    frame = pd.DataFrame({"text": ["a", "b", "c"], "intent": ["x", "x", "y"]})
    table = explore.intent_overview(frame)
    assert list(table[("all", "messages")]) == [2, 1]
    assert ("language", "unknown") in table.columns


def test_language_urgency_table_has_totals(labelled):
    frame, _ = labelled
    table = explore.language_urgency_table(frame)
    assert table.loc["total", "total"] == len(frame)


def test_count_and_urgency_figures_are_labelled(labelled):
    frame, _ = labelled
    assert_readable(explore.intent_counts_plot(frame))
    assert_readable(explore.urgency_mix_plot(frame))


def test_tsne_map_keeps_intents_apart(labelled):
    frame, embeddings = labelled
    coords = project_2d(embeddings, method="tsne", neighbours=5)
    assert coords.shape == (len(frame), 2)
    thanks = coords[frame["intent"].to_numpy() == "thanks"]
    others = coords[frame["intent"].to_numpy() != "thanks"]
    spread = np.linalg.norm(thanks - thanks.mean(axis=0), axis=1).mean()
    assert np.linalg.norm(others - thanks.mean(axis=0), axis=1).min() > spread


def test_map_rejects_unknown_methods_and_tiny_inputs():
    with pytest.raises(ValueError, match="unknown map method 'pca'"):
        project_2d(np.eye(5), method="pca")
    with pytest.raises(ValueError, match="at least 4 messages"):
        project_2d(np.eye(3), method="tsne")


def test_map_plot_names_groups_and_greys_out_muted_ones():
    coords = np.array([[0, 0], [0, 1], [5, 5], [5, 6], [9, 9]], dtype=float)
    fig = map_plot(coords, ["2: b", "2: b", "10: a", "10: a", "noise"], "Clusters", "cluster",
                   muted=["noise"])
    assert_readable(fig)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["2: b (2)", "10: a (2)", "noise (1)"]  # numbers sort as numbers
    assert [t.get_text() for t in fig.axes[0].texts] == ["2: b", "10: a"]  # no label on noise


def test_palette_gives_distinct_colours_and_refuses_too_many():
    colours = palette(23)
    assert len(set(colours)) == 23
    with pytest.raises(ValueError, match="at most 60 groups"):
        palette(61)


def test_urgency_mix_plot_without_urgency_says_there_are_no_labels():
    """Urgency is optional: data with only text and intent draws grey bars, no crash."""
    frame = pd.DataFrame({"text": ["a", "b", "c"], "intent": ["x", "x", "y"]})
    fig = explore.urgency_mix_plot(frame)
    assert_readable(fig)
    assert "no urgency labels" in fig.axes[0].get_title()
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["unknown"]
