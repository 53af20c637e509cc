"""A 2-D map of message embeddings, to look at a data set by eye.

Why two methods: UMAP (`umap-learn`, installed with the `notebooks` extra) keeps more of the
global layout and can place new messages on an existing map; scikit-learn's t-SNE is the
fallback when umap-learn is missing. Both are seeded so a notebook draws the same map each run.
Distances on either map are only roughly meaningful: points that sit together are similar,
but the gap between two far-apart groups says little.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from types import ModuleType

import numpy as np
from matplotlib import colormaps
from matplotlib.figure import Figure
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE

METHODS = ("auto", "umap", "tsne")
MUTED_COLOUR = "#c8c8c8"


def _import_umap() -> ModuleType:
    with warnings.catch_warnings():
        # umap-learn warns at import that TensorFlow is missing; it is only needed for
        # ParametricUMAP, which Triage does not use.
        warnings.filterwarnings("ignore", message="Tensorflow not installed",
                                category=ImportWarning)
        import umap
    return umap


def umap_available() -> bool:
    """Whether umap-learn can be imported here."""
    try:
        _import_umap()
    except ImportError:
        return False
    return True


def project_2d(embeddings: np.ndarray, method: str = "auto", seed: int = 42,
               neighbours: int = 15) -> np.ndarray:
    """Two coordinates per row of `embeddings` (UMAP with cosine distance, or t-SNE).

    `neighbours` is UMAP's `n_neighbors` (small values show local detail, large values the
    overall layout); t-SNE's perplexity is derived from it.
    """
    if method not in METHODS:
        raise ValueError(f"unknown map method {method!r}; choose one of {METHODS}")
    n = len(embeddings)
    if n < 4:
        raise ValueError(f"a map needs at least 4 messages, got {n}")
    if method == "auto":
        method = "umap" if umap_available() else "tsne"
    neighbours = max(2, min(neighbours, n - 1))
    if method == "umap":
        reducer = _import_umap().UMAP(n_neighbors=neighbours, min_dist=0.1, metric="cosine",
                                      random_state=seed, n_jobs=1)
        return np.asarray(reducer.fit_transform(embeddings))
    # t-SNE is quadratic in the input width: reduce to 50 dimensions first, as its docs advise.
    width = min(50, n - 1, embeddings.shape[1])
    reduced = PCA(n_components=width, random_state=seed).fit_transform(embeddings)
    perplexity = float(min(2 * neighbours, (n - 1) / 3))
    tsne = TSNE(perplexity=perplexity, init="pca", random_state=seed, max_iter=500)
    return tsne.fit_transform(reduced)


def palette(n: int) -> list[tuple[float, ...]]:
    """`n` distinguishable colours (tab20, then tab20b and tab20c) for categorical groups."""
    colours = [c for name in ("tab20", "tab20b", "tab20c") for c in colormaps[name].colors]
    if n > len(colours):
        raise ValueError(f"at most {len(colours)} groups can be coloured apart, got {n}")
    # Even indices first: tab20 pairs a dark and a light shade, neighbours would look alike.
    order = list(range(0, len(colours), 2)) + list(range(1, len(colours), 2))
    return [colours[i] for i in order[:n]]


def _natural_key(name: str) -> list[object]:
    """Sort key putting "2: x" before "10: y" (numbers compared as numbers)."""
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name)]


def _medoid(points: np.ndarray) -> tuple[float, float]:
    """The point with the least total distance to the others: always on the group, even when
    the group is split in two (a median could fall in the empty space between)."""
    sample = points[:: max(1, len(points) // 300)]  # bounded cost on large groups
    distances = np.linalg.norm(sample[:, None, :] - sample[None, :, :], axis=2).sum(axis=1)
    x, y = sample[int(np.argmin(distances))]
    return float(x), float(y)


def map_plot(coords: np.ndarray, groups: Sequence[str], title: str, legend_title: str,
             muted: Sequence[str] = (), annotate: bool = True) -> Figure:
    """Scatter of the 2-D map, one colour per group, groups in `muted` drawn in light grey.

    With `annotate`, each group's name is written at its median point, so a map with many
    colours can be read without matching colours to the legend.
    """
    groups = np.asarray([str(g) for g in groups], dtype=object)
    names = (sorted(set(groups) - set(muted), key=_natural_key)
             + sorted(set(groups) & set(muted), key=_natural_key))
    colours = dict(zip(names, palette(len(names)), strict=True))
    fig = Figure(figsize=(11, 7.5), layout="constrained")
    ax = fig.add_subplot()
    for name in names:
        rows = groups == name
        is_muted = name in muted
        ax.scatter(coords[rows, 0], coords[rows, 1], s=8 if is_muted else 12,
                   alpha=0.5 if is_muted else 0.8, label=f"{name} ({rows.sum()})",
                   color=MUTED_COLOUR if is_muted else colours[name], zorder=1 if is_muted else 2)
        if annotate and not is_muted:
            ax.annotate(name, _medoid(coords[rows]), fontsize=7, ha="center", zorder=3,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "alpha": 0.6,
                              "lw": 0})
    ax.set(title=title, xlabel="map dimension 1", ylabel="map dimension 2")
    ax.legend(title=legend_title, loc="center left", bbox_to_anchor=(1.01, 0.5),
              fontsize="small", markerscale=1.5, ncol=1 if len(names) <= 24 else 2)
    return fig
