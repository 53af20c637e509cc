"""Development experiment behind the encoder benchmark's note on a leaner wrapper (not run by
`make bench`; about a minute).

The default int8 export, encoded three ways in one process, interleaved, best of 3 rounds over
Banking77 test (batch 64, 2 intra-op threads, no spinning, as the backend runs):
sentence-transformers' `encode`; the same file through its tokenizer, an ONNX Runtime session
and mean pooling in NumPy; and that lean path with two one-thread sessions, each taking every
other batch. Usage: `python -m bench.experiment_lean_wrapper`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from bench.common import bench_config, embedder_for
from bench.datasets import load_split
from triage.encoder import BACKEND_FILES, _session_options

BATCH, ROUNDS = 64, 3


def lean_encoder(folder: str, threads: int) -> Callable[[list[str], int], np.ndarray]:
    """Tokenize, run the session, mean-pool and normalise; `part` of 2 takes every other batch
    (-1: all batches)."""
    import onnxruntime as ort
    from transformers import AutoTokenizer

    options = _session_options()
    options.intra_op_num_threads = threads
    session = ort.InferenceSession(f"{folder}/{BACKEND_FILES['onnx-int8']}", options,
                                   providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}
    tokenizers = [AutoTokenizer.from_pretrained(folder) for _ in range(2)]

    def encode(texts: list[str], part: int = -1) -> np.ndarray:
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for n, start in enumerate(range(0, len(texts), BATCH)):
            if part >= 0 and n % 2 != part:
                continue
            rows = order[start:start + BATCH]
            feed = {k: v.astype(np.int64) for k, v in tokenizers[max(part, 0)](
                [texts[i] for i in rows], padding=True, truncation=True, max_length=256,
                return_tensors="np").items() if k in names}
            hidden = session.run(None, feed)[0]
            mask = feed["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(1) / np.maximum(mask.sum(1), 1e-9)
            out[rows] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out

    return encode


def main() -> None:
    texts = load_split("banking77", "test")["text"].tolist()
    embedder = embedder_for(bench_config())
    folder = embedder.encoder_dir()
    lean, lean_single = lean_encoder(folder, 2), lean_encoder(folder, 1)
    pool = ThreadPoolExecutor(2)

    def two_sessions() -> None:
        list(pool.map(lambda part: lean_single(texts, part), range(2)))

    ways = {"sentence-transformers": lambda: embedder.encode(texts),
            "lean wrapper": lambda: lean(texts), "lean wrapper, 2 x 1 thread": two_sessions}
    best = dict.fromkeys(ways, 0.0)
    for way in ways.values():
        way()  # load and warm up outside the timing
    for _ in range(ROUNDS):
        for name, way in ways.items():
            start = time.perf_counter()
            way()
            best[name] = max(best[name], len(texts) / (time.perf_counter() - start))
    print(json.dumps({name: round(v) for name, v in best.items()}, indent=2))


if __name__ == "__main__":
    main()
