"""Nearest neighbours in embedding space: typical messages, overlapping intents, messages between.

Why: the intent classifier learns from the same embeddings, so two intents whose messages are
each other's neighbours are the ones it will confuse, and a message whose neighbours all carry
another intent is either ambiguous or mislabelled. Embeddings are L2-normalised, so a dot
product is a cosine similarity.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

_CHUNK = 1024  # rows per similarity block: bounds memory at _CHUNK x n floats


@dataclass(frozen=True)
class Neighbours:
    """For each message, its `k` nearest other messages (indices) and their similarities."""

    index: np.ndarray
    similarity: np.ndarray


def nearest(embeddings: np.ndarray, k: int) -> Neighbours:
    """The `k` most similar other rows of each row (cosine), most similar first."""
    n = len(embeddings)
    k = min(k, n - 1)
    if k < 1:
        raise ValueError("neighbours need at least two messages")
    index = np.empty((n, k), dtype=np.int64)
    similarity = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, _CHUNK):
        sims = embeddings[start:start + _CHUNK] @ embeddings.T
        rows = np.arange(len(sims))
        sims[rows, rows + start] = -np.inf  # a message is not its own neighbour
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        order = np.argsort(-np.take_along_axis(sims, top, axis=1), axis=1)
        index[start:start + _CHUNK] = np.take_along_axis(top, order, axis=1)
        similarity[start:start + _CHUNK] = np.take_along_axis(sims, index[start:start + _CHUNK],
                                                              axis=1)
    return Neighbours(index, similarity)


def typical_messages(frame: pd.DataFrame, embeddings: np.ndarray,
                     per_intent: int = 3) -> pd.DataFrame:
    """The messages closest to each intent's centre: what the intent usually looks like."""
    rows = []
    for intent, members in frame.groupby("intent").indices.items():
        centre = embeddings[members].mean(axis=0)
        centre /= np.linalg.norm(centre) or 1.0
        sims = embeddings[members] @ centre
        for j in np.argsort(-sims)[:per_intent]:
            rows.append({"intent": intent, "text": frame["text"].iloc[members[j]],
                         "similarity_to_centre": round(float(sims[j]), 3)})
    return pd.DataFrame(rows)


def neighbour_examples(frame: pd.DataFrame, embeddings: np.ndarray, k: int = 3) -> pd.DataFrame:
    """For each intent's most typical message, its `k` nearest messages and their intents."""
    found = nearest(embeddings, k)
    typical = typical_messages(frame, embeddings, per_intent=1)
    position = {text: i for i, text in enumerate(frame["text"])}
    rows = []
    for anchor in typical.itertuples():
        i = position[anchor.text]
        for j, sim in zip(found.index[i], found.similarity[i], strict=True):
            rows.append({"intent": anchor.intent, "typical message": anchor.text,
                         "neighbour": frame["text"].iloc[j],
                         "neighbour intent": frame["intent"].iloc[j],
                         "similarity": round(float(sim), 3)})
    return pd.DataFrame(rows)


def overlap_matrix(frame: pd.DataFrame, embeddings: np.ndarray, k: int = 10) -> pd.DataFrame:
    """Row intent × column intent: the share of the row intent's messages' `k` nearest
    neighbours that carry the column intent. Rows sum to 1; the diagonal is the share of
    neighbours that agree."""
    found = nearest(embeddings, k)
    labels = frame["intent"].to_numpy(dtype=object)
    pairs = pd.DataFrame({"intent": np.repeat(labels, found.index.shape[1]),
                          "neighbour": labels[found.index.ravel()]})
    return pd.crosstab(pairs["intent"], pairs["neighbour"], normalize="index")


def overlapping_pairs(matrix: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """The intent pairs whose neighbourhoods mix most (mean of both directions)."""
    intents = list(matrix.index)
    values = matrix.reindex(index=intents, columns=intents, fill_value=0.0).to_numpy()
    rows = [{"intent": a, "other intent": b,
             "overlap": round(float((values[i, j] + values[j, i]) / 2), 3)}
            for i, a in enumerate(intents) for j, b in enumerate(intents) if i < j]
    table = pd.DataFrame(rows).sort_values("overlap", ascending=False, kind="stable")
    return table[table["overlap"] > 0].head(top).reset_index(drop=True)


def between_intents(frame: pd.DataFrame, embeddings: np.ndarray, k: int = 10,
                    top: int = 15) -> pd.DataFrame:
    """Messages most of whose neighbours carry one other intent: ambiguous or mislabelled."""
    found = nearest(embeddings, k)
    labels = frame["intent"].to_numpy(dtype=object)
    rows = []
    for i, neighbours in enumerate(labels[found.index]):
        others = pd.Series(neighbours[neighbours != labels[i]])
        if others.empty:
            continue
        counts = others.value_counts()
        rows.append({"text": frame["text"].iloc[i], "intent": labels[i],
                     "neighbours mostly": counts.index[0],
                     "share of neighbours": int(counts.iloc[0]) / found.index.shape[1]})
    table = pd.DataFrame(rows, columns=["text", "intent", "neighbours mostly",
                                        "share of neighbours"])
    return (table.sort_values("share of neighbours", ascending=False, kind="stable")
            .head(top).reset_index(drop=True))


def neighbour_agreement(frame: pd.DataFrame, embeddings: np.ndarray, k: int = 10,
                        by: str = "language") -> pd.DataFrame:
    """Per group (e.g. language): share of neighbours with the same intent, and with the
    same `by` value. An encoder that groups messages by language more than by intent shows
    a high second number and a low first one."""
    found = nearest(embeddings, k)
    labels = frame["intent"].to_numpy(dtype=object)
    groups = frame[by].fillna("unknown").to_numpy(dtype=object)
    same_intent = (labels[found.index] == labels[:, None]).mean(axis=1)
    same_group = (groups[found.index] == groups[:, None]).mean(axis=1)
    table = pd.DataFrame({by: groups, "same intent": same_intent, f"same {by}": same_group})
    summary = table.groupby(by).mean().round(3)
    summary.insert(0, "messages", table.groupby(by).size())
    return summary


def overlap_plot(matrix: pd.DataFrame, title: str = "Where intents overlap") -> Figure:
    """Heat map of `overlap_matrix` with the diagonal blanked, so overlaps stand out."""
    values = matrix.reindex(columns=matrix.index, fill_value=0.0).to_numpy(dtype=float).copy()
    np.fill_diagonal(values, np.nan)
    size = max(6.0, 0.32 * len(matrix) + 2)
    fig = Figure(figsize=(size + 1.5, size), layout="constrained")
    ax = fig.add_subplot()
    image = ax.imshow(values, cmap="Reds", vmin=0, vmax=max(0.05, float(np.nanmax(values))))
    ax.set_xticks(range(len(matrix)), matrix.index, rotation=90, fontsize=8)
    ax.set_yticks(range(len(matrix)), matrix.index, fontsize=8)
    ax.set(title=title, xlabel="intent of the neighbour", ylabel="intent of the message")
    fig.colorbar(image, ax=ax, label="share of the message's nearest neighbours")
    return fig
