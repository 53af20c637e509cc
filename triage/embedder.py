"""`SentenceEmbedder`: a scikit-learn transformer that turns texts into sentence embeddings.

It loads the encoder lazily (so building or unpickling a pipeline is cheap), embeds each distinct
text once, in batches with a progress bar, and keeps an on-disk cache so a retrain embeds nothing
it has seen before. The encoder weights are never pickled: they travel as an MLflow artifact and
are pointed to with `model_path` when the model is loaded.

With an ONNX backend the encoder is exported once into `encoders_dir` (default: `encoders/` beside
the embedding cache, i.e. `models/encoders/`), and `encoder_dir()` is the directory to log with a
model, so a loaded model runs the very file it was trained with.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from triage.embedding_cache import EmbeddingCache
from triage.encoder import check_backend, has_backend_files, load_encoder, resolve_encoder_path
from triage.encoder_export import RECIPE_VERSION, prepare_encoder

DEFAULT_ENCODERS_DIR = Path("models") / "encoders"


class SentenceEmbedder(TransformerMixin, BaseEstimator):
    """Embed texts with a sentence-transformers model; L2-normalised float32 rows."""

    def __init__(self, model_name: str = "all-MiniLM-L6-v2", backend: str = "torch",
                 batch_size: int = 64, cache_dir: str | None = None,
                 model_path: str | None = None, show_progress: bool = False,
                 encoders_dir: str | None = None, cache_writes: bool = True) -> None:
        self.model_name = model_name
        self.backend = backend
        self.batch_size = batch_size
        self.cache_dir = cache_dir
        self.model_path = model_path
        self.show_progress = show_progress
        self.encoders_dir = encoders_dir
        # False: read the cache but add nothing to it (`triage score` by default, so rescoring
        # backlogs does not grow the cache by ~1.6 KB per distinct message).
        self.cache_writes = cache_writes

    # The loaded encoder is process state, not a parameter: keep it out of pickles and clones.
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_encoder", None)
        return state

    @property
    def encoder_id(self) -> str:
        """Identity of the embedding space (model, backend and, for exports, the export recipe),
        used as the cache key: vectors of another backend or recipe are never mixed in."""
        if self.backend == "torch":
            return f"{self.model_name}|{self.backend}"
        return f"{self.model_name}|{self.backend}|recipe{RECIPE_VERSION}"

    def _exports_root(self) -> Path:
        encoders_dir = getattr(self, "encoders_dir", None)  # absent from older pickles
        if encoders_dir:
            return Path(encoders_dir)
        if self.cache_dir:
            return Path(self.cache_dir).parent / "encoders"
        return DEFAULT_ENCODERS_DIR

    def encoder_dir(self) -> str:
        """The directory the encoder loads from for this backend, exporting it the first time.

        `model_path` wins when it already holds the backend's files (a logged model's artifact);
        otherwise the source model (`model_path` or the packaged one) is exported and cached.
        """
        check_backend(self.backend)
        if self.model_path and has_backend_files(self.model_path, self.backend):
            return self.model_path
        source = self.model_path or resolve_encoder_path(self.model_name)
        if self.backend == "torch":
            return source
        return str(prepare_encoder(source, self.backend, self._exports_root()))

    def _load(self) -> Any:
        encoder = getattr(self, "_encoder", None)
        if encoder is None:
            encoder = load_encoder(self.encoder_dir(), self.backend)
            self._encoder = encoder
        return encoder

    def fit(self, X: Sequence[str], y: Any = None) -> SentenceEmbedder:
        """Nothing to learn; resets the cache counters. The encoder is not loaded here: when
        every text is cached, a retrain never loads it at all."""
        self.fitted_ = True
        self.cache_hits_ = 0
        self.cache_misses_ = 0
        return self

    @property
    def n_features_out_(self) -> int:
        """Embedding width (loads the encoder the first time it is needed)."""
        width = self.__dict__.get("_width")
        if width is None:
            width = self._width = int(self._load().get_embedding_dimension())
        return width

    def transform(self, X: Sequence[str]) -> np.ndarray:
        """Embeddings of `X`, one row per text, in the order given."""
        check_is_fitted(self, "fitted_")
        texts = [str(t) for t in X]
        distinct = list(dict.fromkeys(texts))
        cache = EmbeddingCache(self.cache_dir, self.encoder_id) if self.cache_dir else None
        known = cache.get_many(distinct) if cache else {}
        missing = [t for t in distinct if t not in known]
        self.cache_hits_ = getattr(self, "cache_hits_", 0) + len(distinct) - len(missing)
        self.cache_misses_ = getattr(self, "cache_misses_", 0) + len(missing)
        if missing:
            fresh = self.encode(missing)
            known.update(zip(missing, fresh, strict=True))
            if cache and getattr(self, "cache_writes", True):  # absent from older pickles
                cache.put_many(missing, fresh)
        if not texts:
            return np.empty((0, self.n_features_out_), dtype=np.float32)
        return np.stack([known[text] for text in texts]).astype(np.float32, copy=False)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Run the encoder (no cache) on texts; normalised float32 rows."""
        if not texts:
            return np.empty((0, self.n_features_out_), dtype=np.float32)
        vectors = self._load().encode(
            texts, batch_size=self.batch_size, show_progress_bar=self.show_progress,
            convert_to_numpy=True, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "fitted_")
        return np.array([f"emb{i}" for i in range(self.n_features_out_)], dtype=object)
