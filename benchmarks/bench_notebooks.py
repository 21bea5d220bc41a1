"""Benchmark `make figures`: execute the whole notebook suite headless, into a temporary folder.

Prints the time per notebook and the total (target: under 90 s on 2 cores once
the environment exists).  The corpus is built first if needed and not timed.

    .venv/bin/python benchmarks/bench_notebooks.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    import corpusmine as cm
    from corpusmine.notebooks import run_all

    cm.load_corpus()
    out = Path(tempfile.mkdtemp(prefix="corpusmine-bench-nb-"))
    t0 = time.perf_counter()
    runs = run_all(parameters={"FIGURES_DIR": str(out / "figures")}, build_dir=out / "build")
    total = time.perf_counter() - t0
    print(f"machine: {os.cpu_count()} cores")
    for r in runs:
        print(f"  {r.name:<16s} {r.seconds:6.1f} s")
    print(f"all notebooks: {total:.1f} s  (target < 90 s on 2 cores)")


if __name__ == "__main__":
    main()
