"""Encoder backends side by side: throughput, single-message latency, accuracy against torch fp32.

Every backend encodes the Banking77 test messages (3,080) in the same run, interleaved round by
round so that load from other processes hits them alike. Accuracy: a logistic regression
(C=10) on embeddings only (the part the backend changes), trained on the torch fp32 embeddings
of Banking77 train and applied unchanged to each backend's test embeddings ("same classifier");
and, as a model trained with that backend would be, refitted on the backend's own embeddings.
"""

from __future__ import annotations

import os
import statistics
import time

import numpy as np
from sklearn.linear_model import LogisticRegression

from bench.datasets import ROOT, load_split
from bench.profile import profile_process
from triage.embedder import SentenceEmbedder

MAX_ACCURACY_LOSS = 0.3  # points of Banking77 test accuracy the issue allows int8 to lose
TARGET_MSGS_PER_S = 1000
PROFILE_SECONDS = 10
NAME = "Encoder backends: throughput and accuracy (Banking77 test)"
BACKENDS = ("torch", "onnx", "onnx-int8")
ROUNDS = 3
SINGLE_MESSAGES = 300
MODELS = ROOT / "models"


def embedder(backend: str) -> SentenceEmbedder:
    """No embedding cache for timing; exports are cached under models/encoders/."""
    return SentenceEmbedder(backend=backend, batch_size=64,
                            encoders_dir=str(MODELS / "encoders")).fit([])


def throughput(embedders: dict[str, SentenceEmbedder], texts: list[str]) -> dict[str, dict]:
    """Best and median messages/s over interleaved rounds; messages per CPU-second too."""
    walls: dict[str, list[float]] = {b: [] for b in embedders}
    cpus: dict[str, list[float]] = {b: [] for b in embedders}
    for _ in range(ROUNDS):
        for backend, emb in embedders.items():
            wall, cpu = time.perf_counter(), time.process_time()
            emb.encode(texts)
            walls[backend].append(len(texts) / (time.perf_counter() - wall))
            cpus[backend].append(len(texts) / (time.process_time() - cpu))
    return {b: {"msgs_per_s_best": max(walls[b]), "msgs_per_s_median": statistics.median(walls[b]),
                "msgs_per_cpu_s": statistics.median(cpus[b])} for b in embedders}


def latency(emb: SentenceEmbedder, texts: list[str]) -> dict[str, float]:
    """One message per call, as the HTTP service sees them: p50 and p99 in milliseconds."""
    times = []
    for text in texts:
        start = time.perf_counter()
        emb.encode([text])
        times.append((time.perf_counter() - start) * 1000)
    return {"single_p50_ms": float(np.percentile(times, 50)),
            "single_p99_ms": float(np.percentile(times, 99))}


def session_ceiling(emb: SentenceEmbedder, texts: list[str], batch_size: int = 32) -> dict:
    """The int8 ONNX graph alone: pre-tokenized, length-sorted batches straight into ONNX Runtime
    (no sentence-transformers, no pooling), 1 and 2 intra-op threads, spinning allowed. What no
    wrapper can beat on this CPU: an upper bound for the backend's throughput."""
    import onnxruntime as ort
    from transformers import AutoTokenizer

    from triage.encoder import BACKEND_FILES

    folder = emb.encoder_dir()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    ordered = sorted(texts, key=len)
    out = {}
    for threads in (1, 2):
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads
        session = ort.InferenceSession(f"{folder}/{BACKEND_FILES['onnx-int8']}", options,
                                       providers=["CPUExecutionProvider"])
        names = {i.name for i in session.get_inputs()}
        batches = [{k: v.astype(np.int64) for k, v in tokenizer(
            ordered[i:i + batch_size], padding=True, truncation=True, max_length=256,
            return_tensors="np").items() if k in names}
            for i in range(0, len(ordered), batch_size)]
        best = 0.0
        for _ in range(ROUNDS):
            start = time.perf_counter()
            for batch in batches:
                session.run(None, batch)
            best = max(best, len(ordered) / (time.perf_counter() - start))
        out[f"{threads}_threads_msgs_per_s"] = best
    return out


def accuracy(embedders: dict[str, SentenceEmbedder], test_emb: dict[str, np.ndarray],
             train: list[str], labels: list[str], truth: np.ndarray) -> dict[str, dict]:
    """Test accuracy with the torch-trained classifier, and with one refitted per backend."""
    cached = {b: SentenceEmbedder(backend=b, encoders_dir=str(MODELS / "encoders"),
                                  cache_dir=str(MODELS / "embedding_cache")).fit([])
              for b in embedders}
    train_emb = {b: cached[b].transform(train) for b in embedders}
    same = LogisticRegression(C=10, max_iter=3000).fit(train_emb["torch"], labels)
    reference = same.predict(test_emb["torch"])
    out = {}
    for backend in embedders:
        predicted = same.predict(test_emb[backend])
        own = LogisticRegression(C=10, max_iter=3000).fit(train_emb[backend], labels)
        cosine = np.sum(test_emb[backend] * test_emb["torch"], axis=1)
        out[backend] = {"accuracy_same_classifier": float(np.mean(predicted == truth)) * 100,
                        "accuracy_refit":
                            float(np.mean(own.predict(test_emb[backend]) == truth)) * 100,
                        "agreement_with_torch": float(np.mean(predicted == reference)) * 100,
                        "cosine_to_torch_min": float(cosine.min())}
    return out


def run() -> dict:
    train, test = load_split("banking77", "train"), load_split("banking77", "test")
    texts = test["text"].tolist()
    load_before = os.getloadavg()[0]
    embedders = {b: embedder(b) for b in BACKENDS}
    for emb in embedders.values():
        emb.encode(texts[:128])  # load and warm up outside the timings
    speed = throughput(embedders, texts)
    for backend, emb in embedders.items():
        speed[backend] |= latency(emb, texts[:SINGLE_MESSAGES])
    test_emb = {b: emb.encode(texts) for b, emb in embedders.items()}
    quality = accuracy(embedders, test_emb, train["text"].tolist(), train["intent"].tolist(),
                       test["intent"].to_numpy())
    rows = {b: speed[b] | quality[b] for b in BACKENDS}
    ceiling = session_ceiling(embedders["onnx-int8"], texts)
    profile = None
    if rows["onnx-int8"]["msgs_per_s_median"] < TARGET_MSGS_PER_S:  # after every timing
        int8 = embedders["onnx-int8"]
        profile = profile_process(os.getpid(), lambda: [int8.encode(texts) for _ in range(4)],
                                  seconds=PROFILE_SECONDS)
    return {"backends": rows, "int8_session_ceiling": ceiling, "load_average_before": load_before,
            "load_average_after": os.getloadavg()[0],
            "profile": profile, "markdown": markdown(rows, load_before, ceiling, profile)}


def markdown(rows: dict[str, dict], load: float, ceiling: dict[str, float],
             profile: list | None = None) -> str:
    torch_acc = rows["torch"]["accuracy_same_classifier"]
    torch_refit = rows["torch"]["accuracy_refit"]
    lines = [
        (f"Banking77 test, 3,080 messages, batch 64, {ROUNDS} interleaved rounds; 1-minute load "
        f"average {load:.1f} on 2 cores when the run started (other processes share the "
        "machine, so absolute figures vary between runs; the ratios are what the run compares)."),
        "",
        ("| backend | msgs/s best (median) | msgs per CPU-second | single msg p50 / p99 | "
        "accuracy, same classifier (Δ) | accuracy, refitted (Δ) | agreement with torch | "
        "min cosine to torch |"),
        "|---|---|---|---|---|---|---|---|"]
    for backend, r in rows.items():
        lines.append(
            f"| {backend} | {r['msgs_per_s_best']:.0f} ({r['msgs_per_s_median']:.0f}) | "
            f"{r['msgs_per_cpu_s']:.0f} | {r['single_p50_ms']:.1f} / {r['single_p99_ms']:.1f} ms"
            f" | {r['accuracy_same_classifier']:.2f} "
            f"({r['accuracy_same_classifier'] - torch_acc:+.2f}) | {r['accuracy_refit']:.2f} "
            f"({r['accuracy_refit'] - torch_refit:+.2f}) | {r['agreement_with_torch']:.2f}% | "
            f"{r['cosine_to_torch_min']:.4f} |")
    int8 = rows["onnx-int8"]
    change = int8["accuracy_same_classifier"] - torch_acc
    speed = int8["msgs_per_s_median"]
    lines += ["", (f"Target ≥ 1,000 msgs/s on 2 cores with ≤ 0.3 points lost: accuracy "
              f"{'met' if change >= -MAX_ACCURACY_LOSS else 'not met'} ({change:+.2f} points, "
              f"same classifier), speed {'met' if speed >= TARGET_MSGS_PER_S else 'not met'} "
              f"(median {speed:.0f} msgs/s here, best round {int8['msgs_per_s_best']:.0f}; "
              f"{int8['msgs_per_cpu_s']:.0f} per CPU-second)."),
              "",
              ceiling_note(ceiling, int8["msgs_per_s_best"])]
    if profile:
        lines += ["", (f"Where the time goes (py-spy, {PROFILE_SECONDS} s of `onnx-int8` encoding "
                       "the test messages in this run, after the timings; share of samples by "
                       "innermost Python function, idle threads included):"), "",
                  "| function (file) | share of samples |", "|---|---|"]
        lines += [f"| `{name}` | {share:.0f} % |" for name, share in profile]
    return "\n".join(lines) + "\n\n" + NOTES


def ceiling_note(ceiling: dict[str, float], wrapped: float) -> str:
    """What the int8 graph alone does, against the 1,000 msgs/s target and the wrapper."""
    bare = ceiling["2_threads_msgs_per_s"]
    text = ("The int8 graph alone, fed pre-tokenized length-sorted batches of 32 straight into "
            "ONNX Runtime (no sentence-transformers, no pooling, spinning threads allowed), runs "
            f"at {ceiling['1_threads_msgs_per_s']:.0f} msgs/s on 1 thread and {bare:.0f} on 2 in "
            f"this run; through sentence-transformers the backend keeps {wrapped / bare:.0%} "
            "of that. ")
    if bare < 1000:
        return text + ("No wrapper can beat the graph alone, so 1,000 needs a smaller encoder "
                       "(fewer layers or a narrower model, with its own accuracy cost) or more "
                       "cores.")
    return text + ("The graph alone is at the target with nothing left for tokenizing and "
                   "pooling, so any wrapper falls short of it on these 2 cores; see the notes "
                   "below for what a leaner wrapper measured.")


NOTES = """\
- `onnx-int8` is onnxruntime's BERT fusions + dynamic int8 quantization with per-channel weights
  (triage/encoder_export.py). Tried on this machine and not kept: per-tensor int8 weights
  (the sentence-transformers default recipe), static int8 (QDQ and QOperator, calibrated on 256
  Banking77 train messages: −0.9 to −1.1 points and no faster), OpenVINO fp32 and OpenVINO
  static int8 (NNCF, calibrated on 300 train messages: accuracy +0.13 but slower than ONNX int8
  per CPU-second here, and it needs a calibration set and ~200 MB of packages). Those
  accuracies were read on Banking77 *test* when the recipe was chosen; the per-channel vs
  per-tensor choice was re-measured on validation carved from train.csv
  (`python -m bench.experiment_int8_recipe`, logistic regression C=10): refitted on each
  recipe's vectors both reach 92.58% (fp32 92.35%), so per-channel buys no accuracy for a model
  trained and served on one backend, as Triage's are; it keeps the vectors closer to fp32
  (a classifier fitted on fp32 vectors: 92.46% per-channel, 92.07% per-tensor; median cosine to
  fp32 over 300 test messages 0.994 against 0.970) at the same speed, so it stays.
- A shallower encoder (`python -m bench.experiment_shallow_encoder`: MiniLM-L6 cut to its
  first N layers, exported with the same int8 recipe, timed on the 1,765 validation messages
  carved from Banking77's train.csv, batch 64, best of 3; a logistic regression C=10 fitted on
  the rest of train.csv with the cut model's embeddings, accuracy on validation; no test
  message read), measured on 2026-12-05 in one run: 6 layers 725 msgs/s, 92.46%; 4 layers
  1,025 msgs/s (1.4x), 89.97% (−2.5 points); 3 layers 1,350 msgs/s (1.9x), 89.52% (−2.9
  points). Four layers would meet the speed target, but lose eight times the 0.3 points the
  target allows; no cut model is adopted. (An earlier run of the same comparison read its
  accuracies on test; this one replaces it.)
- A leaner wrapper, measured once during development (`python -m bench.experiment_lean_wrapper`:
  the same int8 file through its tokenizer, an ONNX Runtime session and mean pooling in NumPy,
  batch 64, 2 threads, best of 3, interleaved in one process): 924 msgs/s against 812 through
  sentence-transformers, and 937 with two one-thread sessions each taking every other batch.
  Still short of 1,000, and it would give up sentence-transformers' own backend support (its
  pooling and normalisation modules, other models' configurations); not adopted.
- Weight-only block-wise int8 (ONNX Runtime's `MatMulNBits`, 8 bits, blocks of 32 or 128,
  int8 compute, attention as `MultiHeadAttention`), measured once during development: accuracy
  within 0.1 point of torch and embeddings that no longer depend on which texts share a batch,
  but 424–503 msgs/s against 797 for the default recipe in the same run; 4-bit weights
  397 msgs/s. It needs the `onnx-ir` package, which the project does not install. Not
  adopted.
- The tanh approximation of GELU (onnxruntime's fusion option `enable_gelu_approximation`,
  `FastGelu` in place of `BiasGelu`, otherwise the same recipe), measured once on 2026-12-05
  (Banking77 test, batch 64, 5 interleaved rounds through sentence-transformers): median
  823 msgs/s against 798, +3%; embeddings move (cosine to the exact-GELU int8 vectors: median
  0.995, lowest 0.987). Far from closing the gap to 1,000, and not worth the drift; not adopted.
- What the default recipe costs in consistency: with dynamic quantization each activation
  tensor's scale is computed over the whole batch, so a message's embedding depends on the
  messages encoded with it. The service encodes one message per request, `triage train` and
  `triage score` encode batches. Measured once during development
  (`python -m bench.experiment_batch_dependence`, the Banking77 model, test.csv encoded in
  batches, in batches of a shuffled order, and one message at a time): median cosine 0.992
  between batched and alone (lowest 0.977); 26 of 3,080 messages (0.8%) get a different intent
  and 26 a different auto-reply decision, but no message is auto-replied both ways with two
  different intents; accuracy 94.51% / 94.42% / 94.51% for the three ways. The Banking77
  section shows the same noise between full runs of `make bench` on the same code path:
  94.58% with test vectors cached by earlier runs (2026-12-04), 94.77% with a cold cache
  (2026-12-05). The changes sit near the decision boundaries, and the size of this noise
  (about ±0.2 point) is why the accuracy changes above are read against 0.3 points, not to
  the last digit. The fp32 `onnx` backend does not
  have it (600 test messages alone vs batched: lowest cosine 0.9999998).
- ONNX Runtime runs with graph optimizations on and intra-op spinning off (spinning threads
  steal the CPU other gunicorn workers need). sentence-transformers already sorts each call's
  texts by length before batching, so padding is small without extra bucketing.
- Inside `Session.run`, ONNX Runtime's own per-operator profiler (int8, measured once during
  development): matrix multiplications ≈ 53 %, fused attention ≈ 24 %, skip-layer-norm ≈ 14 %,
  GELU ≈ 8 %; tokenization is < 3 % of the encode time. The model's arithmetic is the cost, so
  throughput scales with free cores.
"""
