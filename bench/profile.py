"""Where the time goes: py-spy samples a running process (and its children) during a workload.

Used by the efficiency benchmarks when a target is missed. The summary is the share of samples
whose innermost Python frame is each function (self time), idle threads excluded.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TOP = 12


def py_spy() -> str | None:
    """The py-spy executable beside this Python, else on PATH (None when not installed)."""
    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.is_file() else shutil.which("py-spy")


def profile_process(pid: int, workload: Callable[[], object],
                    seconds: int = 20) -> list[tuple[str, float]] | None:
    """Run `workload` while py-spy samples `pid`; top functions by share of samples (%)."""
    exe = py_spy()
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stacks.txt"
        spy = subprocess.Popen(
            [exe, "record", "--pid", str(pid), "--subprocesses", "--nonblocking", "--rate", "250",
             "--duration", str(seconds), "--format", "raw", "--output", str(out)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            workload()
        finally:
            spy.wait(timeout=seconds + 30)
        return summarise(out.read_text()) if out.is_file() else None


def summarise(collapsed: str) -> list[tuple[str, float]]:
    """Self-time shares from py-spy's collapsed stacks (`frame;frame;... count` per line)."""
    counts: Counter[str] = Counter()
    for line in collapsed.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        leaf = stack.split(";")[-1]
        counts[_short(leaf)] += int(count)
    total = sum(counts.values()) or 1
    return [(name, 100.0 * n / total) for name, n in counts.most_common(TOP)]


def _short(frame: str) -> str:
    """`encode (sentence_transformers/.../model.py:123)` →
    `encode (sentence_transformers/model.py)`."""
    name, _, where = frame.partition(" (")
    where = where.rstrip(")").rsplit(":", 1)[0]
    parts = Path(where).parts
    package = next((i for i, p in enumerate(parts) if p == "site-packages"), None)
    if package is not None:
        parts = parts[package + 1:]
    short = "/".join(parts[:1] + parts[-1:]) if len(parts) > 2 else "/".join(parts)
    return f"{name} ({short})" if short else name
