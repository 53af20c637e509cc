"""Memory of the service: RSS and PSS of the gunicorn master and each worker, 2 and 4 workers.

With `--preload` the model is loaded once in the master and the workers share its pages
copy-on-write, so RSS (which counts shared pages in every process) overstates the total; PSS
(from /proc/<pid>/smaps_rollup: each shared page divided among the processes sharing it) adds up
to what the service really uses. Without preload each worker loads its own copy.
"""

from __future__ import annotations

import http.client
from pathlib import Path

from bench.datasets import load_split
from bench.served_model import ensure_bench_model, gunicorn, post_json

NAME = "Service memory (RSS/PSS per gunicorn worker)"
BACKEND = "onnx-int8"
SETUPS = ((2, True), (4, True), (2, False))


def memory_kb(pid: int) -> dict[str, int]:
    """Rss and Pss of a process in kB, from /proc/<pid>/smaps_rollup."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            values[key.lower()] = int(rest.split()[0])
    return values


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(p) for p in text]
    return found


def exercise(port: int, texts: list[str]) -> None:
    """Enough requests that every worker has scored single messages and a batch."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for text in texts[:200]:
        post_json(conn, "/v1/triage", {"message": {"text": text}})
    for start in range(0, 256, 64):
        post_json(conn, "/v1/triage", {"messages": [{"text": t} for t in texts[start:start + 64]]})
    conn.close()


def measure(config, workers: int, preload: bool, texts: list[str]) -> dict:
    with gunicorn(config, workers=workers, preload=preload) as (port, process):
        for _ in range(workers):
            exercise(port, texts)
        master = memory_kb(process.pid)
        per_worker = [memory_kb(pid) for pid in children(process.pid)]
    mib = 1024.0
    return {"workers": workers, "preload": preload,
            "master_rss_mib": master["rss"] / mib, "master_pss_mib": master["pss"] / mib,
            "worker_rss_mib": [w["rss"] / mib for w in per_worker],
            "worker_pss_mib": [w["pss"] / mib for w in per_worker],
            "total_rss_mib": (master["rss"] + sum(w["rss"] for w in per_worker)) / mib,
            "total_pss_mib": (master["pss"] + sum(w["pss"] for w in per_worker)) / mib}


def run() -> dict:
    texts = load_split("banking77", "test")["text"].tolist()
    config = ensure_bench_model(BACKEND)
    rows = [measure(config, workers, preload, texts) for workers, preload in SETUPS]
    return {"backend": BACKEND, "setups": rows, "markdown": markdown(rows)}


def markdown(rows: list[dict]) -> str:
    lines = [(f"Banking77 model, encoder backend `{BACKEND}`, after single and batch requests "
             "reached every worker. MiB."), "",
             ("| workers | preload | RSS per worker | PSS per worker | master RSS / PSS | "
             "total RSS (sum) | total PSS (real use) |"), "|---|---|---|---|---|---|---|"]
    for r in rows:
        rss = sum(r["worker_rss_mib"]) / max(len(r["worker_rss_mib"]), 1)
        pss = sum(r["worker_pss_mib"]) / max(len(r["worker_pss_mib"]), 1)
        lines.append(f"| {r['workers']} | {'yes' if r['preload'] else 'no'} | {rss:.0f} | "
                     f"{pss:.0f} | {r['master_rss_mib']:.0f} / {r['master_pss_mib']:.0f} | "
                     f"{r['total_rss_mib']:.0f} | {r['total_pss_mib']:.0f} |")
    return "\n".join(lines)
