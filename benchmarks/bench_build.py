"""Benchmark `corpusmine build` on the seed corpus: cold, then with the caches warm.

See also bench_analysis.py (every analysis, target < 30 s) and bench_notebooks.py
(`make figures`, target < 90 s).

Prints figures; it asserts nothing (targets: cold < 10 s, warm < 2 s on 2 cores).
"Cold" means a fresh output folder: no cleaned-page cache and no token cache.
jieba's own prefix-dictionary cache (in the system temp folder) is left alone,
as it is on any machine that has run jieba once.

    make bench        # or: .venv/bin/python benchmarks/bench_build.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "corpusmine.cli", "build"]


def timed(out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(CLI + ["--out", str(out)], check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    env = os.environ.get("PYTHONHASHSEED", "unset")
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; PYTHONHASHSEED={env}")
    cold, warm = [], []
    for _ in range(args.repeat):
        out = Path(tempfile.mkdtemp(prefix="corpusmine-bench-"))
        try:
            cold.append(timed(out))          # empty output folder: everything is computed
            warm.append(timed(out))          # same folder: cleaned pages and tokens come from the cache
        finally:
            shutil.rmtree(out, ignore_errors=True)
    n_chars = sum(p.stat().st_size for p in (ROOT / "data" / "raw").iterdir())
    print(f"raw corpus: 5 files, {n_chars:,} bytes")
    print(f"build cold : median {statistics.median(cold):.2f} s  (runs: {', '.join(f'{t:.2f}' for t in cold)})  target < 10 s")
    print(f"build warm : median {statistics.median(warm):.2f} s  (runs: {', '.join(f'{t:.2f}' for t in warm)})  target < 2 s")
    print("(wall time of the whole command, interpreter start-up and imports included)")


if __name__ == "__main__":
    main()
