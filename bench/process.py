"""Running a benchmark's child process and reading its own peak memory.

Why not `os.wait4`'s `ru_maxrss`: on Linux a child started from a big process (the benchmark
runner, which has loaded models and data by then) begins with the parent's peak as its
maximum RSS — the child borrows the parent's memory until it execs, and the kernel carries
that high-water mark over — so `ru_maxrss` reported the runner's size whenever it was the
larger. Measured here: a child that peaked at 61 MiB came back as 1,526 MiB from a parent
holding 1.5 GiB. `VmHWM` in `/proc/<pid>/status` belongs to the child's own address space
after exec, and is a high-water mark, so polling it misses no spike; only a new peak in the
last poll interval before exit could go unseen.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from typing import Any

POLL_S = 0.02


@dataclass(frozen=True)
class Measured:
    returncode: int
    wall_s: float
    peak_rss_mib: float


def _hwm_kib(pid: int) -> int | None:
    """The process's VmHWM in KiB; None once it has exited (a zombie has no memory)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def run_measured(argv: list[str], **popen_kwargs: Any) -> Measured:
    """Run `argv` to completion; its exit code, wall seconds and own peak RSS (MiB)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, **popen_kwargs)
    peak_kib = 0
    while True:
        hwm = _hwm_kib(child.pid)
        if hwm is not None:
            peak_kib = max(peak_kib, hwm)
        if child.poll() is not None:
            break
        time.sleep(POLL_S)
    wall = time.perf_counter() - start
    return Measured(child.returncode, wall, peak_kib / 1024.0)
