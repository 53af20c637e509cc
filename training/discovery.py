"""Discovering candidate intents among messages no intent covers (out-of-scope or unlabelled).

Why: customers keep asking things the model was not trained for. Grouping those messages shows
which requests come often enough to deserve an intent of their own. Clusters come from
scikit-learn's HDBSCAN, which finds groups of any shape, decides how many there are, and leaves
messages that fit no group as noise instead of forcing them in. Each message is represented by
its sentence embedding (meaning) joined with character n-gram TF-IDF (shared words, despite
typos), because the packaged encoder is English-only and shared words keep French messages on
the same topic together. The result is a labelling file a person completes; labelled rows then
join the training data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from sklearn.cluster import HDBSCAN
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from training.data import LINE, DataError, read_table
from training.embedding_map import _import_umap, umap_available
from training.explore import stacked_language_bars
from training.keywords import class_tfidf
from training.validate import check_cells, check_columns, normalise
from triage.text import lexical_form

NOISE = -1
LABELLING_COLUMNS = ["text", "language", "proposed_intent", "cluster", "keywords", "intent"]


@dataclass(frozen=True)
class Discovery:
    """Messages with their cluster (-1 = noise) and, per cluster, keywords and representatives."""

    messages: pd.DataFrame  # text, language, cluster, centrality (similarity to its centre)
    keywords: dict[int, list[str]]
    representatives: dict[int, list[int]]  # row positions in `messages`, most central first

    @property
    def clusters(self) -> list[int]:
        """Cluster ids, largest cluster first."""
        sizes = self.messages.loc[self.messages["cluster"] != NOISE, "cluster"].value_counts()
        return [int(c) for c in sizes.sort_index().sort_values(ascending=False,
                                                                kind="stable").index]


def load_messages(path: str | Path) -> pd.DataFrame:
    """Messages to explore: `text` and, when present, `language`, cleaned like training data.

    Other columns are ignored, so a `triage score` output (whose `intent` and `urgency` are
    predictions) can be explored as it is; empty texts are reported with their line numbers.
    """
    frame = read_table(path)
    problems = check_columns(frame, require_intent=False)
    if not problems:
        frame = frame[[c for c in ("text", "language", LINE) if c in frame.columns]]
        problems = check_cells(frame)
    if problems:
        raise DataError(path, problems)
    return normalise(frame)


def cluster_features(texts: list[str], embeddings: np.ndarray,
                     lexical_weight: float = 0.7) -> np.ndarray:
    """Row-normalised [embedding, lexical_weight × character n-gram TF-IDF].

    The embedding carries meaning; character 3–5-grams carry shared words even through typos
    and French inflections, which the English-only encoder blurs.
    """
    if lexical_weight <= 0:
        return normalize(embeddings)
    tfidf = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), strip_accents="unicode",
                            sublinear_tf=True, min_df=2)
    try:
        grams = tfidf.fit_transform([lexical_form(t) for t in texts]).toarray()
    except ValueError:  # no n-gram occurs twice: meaning alone
        return normalize(embeddings)
    return normalize(np.hstack([embeddings, lexical_weight * grams]))


def reduce_features(features: np.ndarray, method: str = "auto", dims: int = 5,
                    neighbours: int = 10, seed: int = 42) -> np.ndarray:
    """Features squeezed to `dims` dimensions with UMAP before clustering ("none": as they are).

    Why: density is hard to estimate in hundreds of dimensions with a few hundred messages;
    UMAP keeps each message's neighbourhood while making dense groups denser, so HDBSCAN
    leaves far fewer messages as noise (BERTopic's recipe). "auto" uses UMAP when umap-learn
    is installed (the `notebooks` extra) and clusters the features directly otherwise.
    """
    if method not in ("auto", "umap", "none"):
        raise ValueError(f"unknown reduction {method!r}; choose auto, umap or none")
    if method == "none" or (method == "auto" and not umap_available()):
        return features
    if len(features) <= dims + 2:  # too few messages for a meaningful embedding
        return features
    reducer = _import_umap().UMAP(n_neighbors=max(2, min(neighbours, len(features) - 1)),
                                  n_components=dims, min_dist=0.0, metric="cosine",
                                  random_state=seed, n_jobs=1)
    return np.asarray(reducer.fit_transform(features))


def cluster_messages(features: np.ndarray, min_cluster_size: int = 4, min_samples: int = 2,
                     selection: str = "leaf") -> np.ndarray:
    """HDBSCAN cluster id per row, -1 for messages that fit no cluster.

    `min_cluster_size` is the smallest group worth proposing; a larger `min_samples` makes
    clusters denser and purer but leaves more messages as noise. `selection="leaf"` keeps the
    finest clusters of HDBSCAN's tree ("eom" favours a few large ones, which on short, varied
    messages tend to swallow several topics).
    """
    if len(features) < min_cluster_size:
        return np.full(len(features), NOISE)
    model = HDBSCAN(min_cluster_size=min_cluster_size, min_samples=min_samples,
                    cluster_selection_method=selection, copy=True)
    return model.fit_predict(features)


def _centrality(features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Cosine similarity of each clustered message to its cluster's centre (NaN for noise)."""
    out = np.full(len(labels), np.nan)
    for cluster in set(labels) - {NOISE}:
        rows = np.flatnonzero(labels == cluster)
        centre = features[rows].mean(axis=0)
        out[rows] = features[rows] @ (centre / (np.linalg.norm(centre) or 1.0))
    return out


def discover(messages: pd.DataFrame, embeddings: np.ndarray, min_cluster_size: int = 4,
             min_samples: int = 2, lexical_weight: float = 0.7, selection: str = "leaf",
             reduction: str = "auto", top_words: int = 6,
             representatives: int = 3) -> Discovery:
    """Cluster the messages and describe each cluster by keywords and central messages."""
    texts = messages["text"].astype(str).tolist()
    features = cluster_features(texts, embeddings, lexical_weight)
    labels = cluster_messages(reduce_features(features, reduction), min_cluster_size,
                              min_samples, selection)
    frame = pd.DataFrame({"text": texts, "cluster": labels.astype(int),
                          "centrality": _centrality(features, labels)})
    if "language" in messages.columns:
        frame.insert(1, "language", messages["language"].to_numpy(dtype=object))
    keywords = class_tfidf(texts, labels.tolist(), top_n=top_words)
    central = {int(c): list(frame[frame["cluster"] == c]
                            .sort_values("centrality", ascending=False).index[:representatives])
               for c in set(labels) - {NOISE}}
    return Discovery(frame, {int(c): k for c, k in keywords.items() if c != NOISE}, central)


def no_clusters_reason(discovery: Discovery, min_cluster_size: int) -> str:
    """Why `discover` proposed no cluster, and what to change, for the notebook to print.

    HDBSCAN (without `allow_single_cluster`) needs two groups of `min_cluster_size` to tell a
    cluster from the rest, so fewer than twice that many messages can never form one.
    """
    n = len(discovery.messages)
    if n < 2 * min_cluster_size:
        return (f"no clusters found: {n} message(s), and clustering needs at least "
                f"{2 * min_cluster_size} (two groups of min_cluster_size={min_cluster_size}); "
                "add messages or lower TRIAGE_MIN_CLUSTER_SIZE")
    return (f"no clusters found: no {min_cluster_size} of the {n} messages are close enough "
            "to stand out from the rest; lower TRIAGE_MIN_CLUSTER_SIZE or add messages")


def propose_name(keywords: list[str], cluster: int) -> str:
    """A provisional intent name from the two best keywords (the person renames it)."""
    words = [re.sub(r"\W+", "", w) for w in keywords[:2] if re.sub(r"\W+", "", w)]
    return "_".join(words) if words else f"cluster_{cluster}"


def clusters_table(discovery: Discovery) -> pd.DataFrame:
    """One row per cluster, largest first: size, languages, name, keywords, representatives."""
    rows = []
    messages = discovery.messages
    for cluster in discovery.clusters:
        members = messages[messages["cluster"] == cluster]
        words = discovery.keywords.get(cluster, [])
        row = {"cluster": cluster, "messages": len(members),
               "proposed_intent": propose_name(words, cluster), "keywords": ", ".join(words),
               "representative messages": [messages["text"].iloc[i]
                                           for i in discovery.representatives[cluster]]}
        if "language" in members.columns:
            counts = members["language"].fillna("?").value_counts()
            row["languages"] = ", ".join(f"{lang} {n}" for lang, n in counts.items())
        rows.append(row)
    return pd.DataFrame(rows)


def message_groups(discovery: Discovery) -> list[str]:
    """Per message, "<cluster>: <proposed intent>" or "noise": legend names for a map."""
    table = clusters_table(discovery)
    names = {int(r.cluster): f"{r.cluster}: {r.proposed_intent}" for r in table.itertuples()}
    return [names.get(int(c), "noise") for c in discovery.messages["cluster"]]


def cluster_sizes_plot(discovery: Discovery,
                       title: str = "Proposed clusters and their size") -> Figure:
    """Horizontal bars of messages per cluster (largest on top), split by language."""
    messages = discovery.messages
    groups = pd.Series(message_groups(discovery), index=messages.index, name="cluster")
    languages = (messages["language"].fillna("?") if "language" in messages.columns
                 else pd.Series("all", index=messages.index)).rename("language")
    clustered = messages["cluster"] != NOISE
    counts = pd.crosstab(groups[clustered], languages[clustered])
    title = title if discovery.clusters else f"{title}: no clusters found"
    return stacked_language_bars(counts, title, ylabel="cluster: proposed intent")


def labelling_frame(discovery: Discovery) -> pd.DataFrame:
    """The file a person fills in: clustered messages by cluster (most central first), then
    noise, with the proposed intent and keywords and an empty `intent` column to complete."""
    table = clusters_table(discovery)
    names = dict(zip(table.get("cluster", []), table.get("proposed_intent", []), strict=True))
    words = dict(zip(table.get("cluster", []), table.get("keywords", []), strict=True))
    rank = {c: i for i, c in enumerate(discovery.clusters)} | {NOISE: len(names)}
    frame = discovery.messages.assign(
        # .get, not .map(dict).fillna: with no cluster at all the mapped column is float NaN
        proposed_intent=discovery.messages["cluster"].map(lambda c: names.get(c, "")),
        keywords=discovery.messages["cluster"].map(lambda c: words.get(c, "")),
        intent="", _rank=discovery.messages["cluster"].map(rank))
    frame = frame.sort_values(["_rank", "centrality"], ascending=[True, False], kind="stable")
    return frame[[c for c in LABELLING_COLUMNS if c in frame.columns]].reset_index(drop=True)


def write_labelling_file(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write the labelling CSV (UTF-8, one message per row), creating its folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False)
    return path


def merge_labelled(labelled: str | Path, data: str | Path, out: str | Path) -> tuple[int, int]:
    """Append the labelled rows (non-empty `intent`) of a labelling file to a training file,
    writing `out` for `triage train --data`. Returns (rows added, rows left unlabelled)."""
    new = read_table(labelled)
    if "intent" not in new.columns:
        raise ValueError(f"{labelled} has no intent column; is it a labelling file?")
    done = new["intent"].map(lambda v: bool(v and str(v).strip()))
    base = read_table(data).drop(columns=["_line"])
    keep = [c for c in base.columns if c in new.columns]
    merged = pd.concat([base, new.loc[done, keep]], ignore_index=True)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    merged.to_csv(out, index=False)
    return int(done.sum()), int((~done).sum())
