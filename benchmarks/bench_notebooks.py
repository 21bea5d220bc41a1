"""Benchmark `make figures`: execute the whole notebook suite headless, into a temporary folder, twice.

The first run is cold (the fit cache of the processed corpus emptied, so every
topic model is fitted; no timings from an earlier run, so notebooks start in
their numbered order); the second is warm (every fit restored from the cache,
the longest notebooks start first as timed by the first run, OS file caches
filled).  Token caches are kept in both runs.  Notebooks run in parallel
kernels (``jobs``, default the CPU cores, at most 4).  Prints each notebook as
it finishes and the totals (target: under 60 s on 2 cores).  The corpus is
built first if needed and not timed.

    .venv/bin/python benchmarks/bench_notebooks.py [jobs]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    import shutil

    import corpusmine as cm
    from corpusmine.notebooks import describe_run, run_all

    jobs = int(sys.argv[1]) if len(sys.argv) > 1 else None
    cm.load_corpus()
    out = Path(tempfile.mkdtemp(prefix="corpusmine-bench-nb-"))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; jobs: {jobs or 'default'}")
    fits = cm.config.cache_dir() / "fits"
    for label in ("cold", "warm"):
        if label == "cold" and fits.is_dir():
            shutil.rmtree(fits)
        t0 = time.perf_counter()
        runs = run_all(parameters={"FIGURES_DIR": str(out / "figures")}, build_dir=out / "build", jobs=jobs,
                       on_done=lambda r: print("  " + describe_run(r), flush=True))
        total = time.perf_counter() - t0
        print(f"{label}: load average {os.getloadavg()[0]:.1f}; all notebooks {total:.1f} s "
              f"(sum of notebook times {sum(r.seconds for r in runs):.1f} s; target < 60 s on 2 cores)", flush=True)


if __name__ == "__main__":
    main()
