"""Exploring a labelled inbox: how many messages each intent has, in which languages, how urgent.

Why: before training, and whenever a model confuses two intents, a data scientist needs to see
the shape of the data first: thin intents, intents present in one language only, intents whose
urgency labels look inconsistent. The functions here compute the tables and figures that
notebooks/explore_intents.ipynb shows; the embedding-space views live in training/neighbours.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from training.embedding_map import palette
from training.fit import make_embedder
from training.validate import load_training_data
from triage.config import URGENCY_LEVELS, TriageConfig

URGENCY_COLOURS = {"low": "#9ecae1", "normal": "#4292c6", "high": "#fd8d3c",
                   "critical": "#d62728", "unknown": "#c8c8c8"}


def embed_texts(texts: Sequence[str], config: TriageConfig) -> np.ndarray:
    """Embeddings of `texts` with the configured encoder, through the shared on-disk cache.

    The cache is the one training uses, so exploring data a model was trained on costs no
    encoder time at all.
    """
    texts = [str(t) for t in texts]
    embedder = make_embedder(config)
    return embedder.fit(texts).transform(texts)


def load_labelled(path: str | Path, config: TriageConfig) -> tuple[pd.DataFrame, np.ndarray]:
    """A labelled file, validated and cleaned exactly as `triage train` reads it, and its
    embeddings (rows aligned)."""
    frame = load_training_data(path, min_examples_per_intent=1)
    return frame, embed_texts(frame["text"], config)


def _levels(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series("unknown", index=frame.index)
    return frame[column].fillna("unknown").astype(str)


def intent_overview(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per intent: message count, count per language, share per urgency level.

    Sorted by size, largest first. Urgency shares are fractions of the intent's messages.
    """
    counts = frame.groupby("intent").size().rename("messages")
    languages = pd.crosstab(frame["intent"], _levels(frame, "language"))
    urgency = pd.crosstab(frame["intent"], _levels(frame, "urgency"), normalize="index")
    urgency = urgency.reindex(columns=[u for u in (*URGENCY_LEVELS, "unknown")
                                       if u in urgency.columns])
    table = pd.concat({"all": counts.to_frame(), "language": languages,
                       "urgency share": urgency.round(2)}, axis=1)
    return table.sort_values(("all", "messages"), ascending=False)


def language_urgency_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Messages per language × urgency level, with totals: is one language more urgent?"""
    return pd.crosstab(_levels(frame, "language"), _levels(frame, "urgency"), margins=True,
                       margins_name="total")


def intent_counts_plot(frame: pd.DataFrame, title: str = "Messages per intent and language"
                       ) -> Figure:
    """Horizontal bars, one per intent, stacked by language, largest intent on top."""
    table = pd.crosstab(frame["intent"], _levels(frame, "language"))
    return stacked_language_bars(table, title, ylabel="intent", min_height=4.0, width=9)


def stacked_language_bars(table: pd.DataFrame, title: str, ylabel: str,
                          min_height: float = 3.0, width: float = 8) -> Figure:
    """Horizontal bars of a rows × languages count table, stacked by language, largest on top."""
    table = table.loc[table.sum(axis=1).sort_values(kind="stable").index]
    fig = Figure(figsize=(width, max(min_height, 0.3 * len(table) + 1.5)), layout="constrained")
    ax = fig.add_subplot()
    left = np.zeros(len(table))
    for colour, language in zip(palette(len(table.columns)), table.columns, strict=True):
        ax.barh(table.index, table[language], left=left, color=colour, label=language)
        left += table[language].to_numpy()
    ax.set(title=title, xlabel="messages", ylabel=ylabel)
    if len(table.columns):  # an empty table (no cluster found) has nothing to put in a legend
        ax.legend(title="language", loc="lower right")
    return fig


def _urgency_weight(shares: pd.DataFrame) -> pd.Series:
    """Mean urgency rank per intent (0 = low), to sort the bars; 0 where no level is known."""
    weight = pd.Series(0.0, index=shares.index)
    for rank, level in enumerate(URGENCY_LEVELS):
        if level in shares.columns:
            weight += shares[level] * rank
    return weight


def urgency_mix_plot(frame: pd.DataFrame, title: str = "Urgency mix per intent") -> Figure:
    """Horizontal bars of each intent's urgency shares, most urgent intents on top.

    Urgency is optional: data without urgency labels gets grey "unknown" bars and a title that
    says so, rather than an error.
    """
    shares = pd.crosstab(frame["intent"], _levels(frame, "urgency"), normalize="index")
    levels = [u for u in (*URGENCY_LEVELS, "unknown") if u in shares.columns]
    shares = shares[levels]
    shares = shares.loc[_urgency_weight(shares).sort_values(kind="stable").index]
    if levels == ["unknown"]:
        title = f"{title}: no urgency labels in the data"
    fig = Figure(figsize=(9, max(4.0, 0.3 * len(shares) + 1.5)), layout="constrained")
    ax = fig.add_subplot()
    left = np.zeros(len(shares))
    for level in levels:
        ax.barh(shares.index, shares[level], left=left, color=URGENCY_COLOURS[level], label=level)
        left += shares[level].to_numpy()
    ax.set(title=title, xlabel="share of the intent's messages", ylabel="intent", xlim=(0, 1))
    ax.legend(title="urgency", loc="center left", bbox_to_anchor=(1.01, 0.5))
    return fig
