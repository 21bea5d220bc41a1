"""Benchmark notebook 04 end to end on an unseen corpus: the 16 CPC congress reports.

What a user would do, step by step:

1. ``corpusmine read cpc_congress_reports.jsonl --text content --id title --title title --group congress
   --out DIR`` (the processed corpus; timed, not part of the notebook's time);
2. run ``notebooks/04_topics.ipynb`` headless through the project's runner
   (:func:`corpusmine.notebooks.run_notebook`) with ``PROCESSED_DIR=DIR``, ``GROUP_BY="congress"`` and the
   figures in a scratch folder, **cold** (the fit cache ``DIR/cache/fits`` emptied; with ``--fully-cold``
   the token cache too, i.e. the whole ``DIR/cache`` but the cleaning cache of step 1) and then **warm**
   (every fit restored from the cache).

For each run it prints the wall time, the CPU time of this process and its children (the kernel and
its worker processes, reaped when the kernel shuts down), the load average before and after, and the
five slowest cells (from the executed notebook's timing metadata).  With ``--compare DIR`` the tables
(CSV) and figures (PNG) of the runs are compared byte for byte with each other and with that folder.
Asserts nothing.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_notebook04_cpc.py --corpus ../shared/corpora \
        [--work DIR] [--fully-cold] [--runs cold warm]
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its reaped children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class TreeCPU:
    """CPU seconds of this process and every descendant, sampled every ``every`` seconds (psutil).

    ``getrusage(RUSAGE_CHILDREN)`` counts only children that were waited for; worker processes that
    a kernel leaves to be killed would be missed.  Sampling keeps the last reading of every process.
    """

    def __init__(self, every: float = 0.25) -> None:
        import psutil

        self.psutil, self.every, self.seen, self._stop = psutil, every, {}, threading.Event()
        self.series: list[tuple[float, float, float]] = []   # (epoch s, CPU s of the tree, of the kernel alone)
        self.kernels: set = set()                            # direct children: the kernel (not its workers)
        self.me = psutil.Process()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        try:
            self.kernels.update((p.pid, p.create_time()) for p in self.me.children(recursive=False))
        except self.psutil.Error:
            pass
        for p in [self.me, *self.me.children(recursive=True)]:
            try:
                t = p.cpu_times()
                self.seen[(p.pid, p.create_time())] = t.user + t.system
            except self.psutil.Error:
                pass
        if hasattr(self, "start"):
            kernel = sum(v - self.start.get(k, 0.0) for k, v in self.seen.items() if k in self.kernels)
            self.series.append((time.time(), self.seconds, kernel))

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._sample()

    def __enter__(self):
        self._sample()
        self.start = dict(self.seen)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.thread.join()
        self._sample()

    @property
    def seconds(self) -> float:
        return sum(v - self.start.get(k, 0.0) for k, v in self.seen.items())

    def between(self, t0: float, t1: float) -> tuple[float, float]:
        """CPU seconds of the tree and of the kernel alone between two epoch times (interpolated)."""
        import numpy as np

        t, c, k = np.array(self.series).T if self.series else (np.zeros(1), np.zeros(1), np.zeros(1))
        return (float(np.interp(t1, t, c) - np.interp(t0, t, c)), float(np.interp(t1, t, k) - np.interp(t0, t, k)))


def cell_times(executed: Path, tree: TreeCPU | None = None) -> list[tuple]:
    """``(seconds, index, first line, CPU s, kernel CPU s)`` of every code cell of an executed notebook.

    Wall times from nbclient's timings; the CPU seconds are those of the whole process tree and of the
    kernel process alone (without its workers) during the cell (from ``tree``; NaN without it).
    """
    import numpy as np

    nb = json.loads(executed.read_text(encoding="utf-8"))
    out = []
    for i, cell in enumerate(nb["cells"]):
        timing = cell.get("metadata", {}).get("execution", {})
        start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
        if cell["cell_type"] != "code" or not (start and end):
            continue
        t0 = dt.datetime.fromisoformat(start.replace("Z", "+00:00")).timestamp()
        t1 = dt.datetime.fromisoformat(end.replace("Z", "+00:00")).timestamp()
        src = "".join(cell["source"]).strip().splitlines()
        out.append((t1 - t0, i, src[0][:60] if src else "", *(tree.between(t0, t1) if tree else (np.nan, np.nan))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora"),
                    help="folder holding cpc_congress_reports.jsonl (or the file itself)")
    ap.add_argument("--work", default=None, help="scratch folder (default: a new temporary folder)")
    ap.add_argument("--runs", nargs="+", default=["cold", "warm"], choices=("cold", "warm"))
    ap.add_argument("--fully-cold", action="store_true",
                    help="cold runs also empty the token cache (the notebook segments every paragraph again)")
    ap.add_argument("--group-by", default="congress")
    ap.add_argument("--compare", default=None, help="a folder of earlier outputs to compare bytes with")
    args = ap.parse_args()

    src = Path(args.corpus)
    if src.is_dir():
        src = src / "cpc_congress_reports.jsonl"
    if not src.is_file():
        raise SystemExit(f"{src} not found; give the folder holding it with --corpus")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="bench_nb04_"))
    processed = work / "processed"
    env = dict(os.environ, PYTHONHASHSEED="0")

    from corpusmine.notebooks import run_notebook

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; work folder {work}", flush=True)
    if not (processed / "speeches.parquet").is_file():
        t0, c0 = time.perf_counter(), cpu_seconds()
        subprocess.run([sys.executable, "-m", "corpusmine.cli", "read", str(src), "--text", "content", "--id",
                        "title", "--title", "title", "--group", "congress", "--out", str(processed)],
                       check=True, env=env)
        print(f"corpusmine read: {time.perf_counter() - t0:.1f} s wall, {cpu_seconds() - c0:.1f} s CPU", flush=True)

    results = {}
    for n, run in enumerate(args.runs):
        cache = processed / "cache"
        if run == "cold":
            shutil.rmtree(cache / "fits", ignore_errors=True)
            if args.fully_cold:
                for p in cache.iterdir() if cache.is_dir() else []:
                    if p.name != "clean":           # keep only the cleaning cache of `corpusmine read`
                        shutil.rmtree(p) if p.is_dir() else p.unlink()
        figures = work / f"figures_{n}_{run}"
        shutil.rmtree(figures, ignore_errors=True)
        figures.mkdir(parents=True)
        load0 = os.getloadavg()
        t0, c0 = time.perf_counter(), cpu_seconds()
        with TreeCPU() as tree:
            nbrun = run_notebook(ROOT / "notebooks" / "04_topics.ipynb", build_dir=work / f"build_{n}_{run}",
                                 parameters={"PROCESSED_DIR": str(processed), "FIGURES_DIR": str(figures),
                                             "GROUP_BY": args.group_by}, html=False)
        wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
        load1 = os.getloadavg()
        results[run if run not in results else f"{run}{n}"] = figures
        print(f"\n{run}: {wall:.1f} s wall, CPU {cpu:.1f} s by getrusage (this process + reaped children), "
              f"{tree.seconds:.1f} s sampled over the process tree (kernel and workers); "
              f"load average {load0[0]:.2f} -> {load1[0]:.2f}; {len(nbrun.tables)} tables, "
              f"{len(nbrun.figures)} figures", flush=True)
        cells = cell_times(nbrun.executed, tree)
        for secs, i, first, cpu_s, kern in sorted(cells, reverse=True)[:5]:
            print(f"   cell {i:2d} {secs:6.1f} s wall {cpu_s:6.1f} s CPU (kernel {kern:5.1f}, workers "
                  f"{cpu_s - kern:5.1f})  {first}", flush=True)
        in_cells, kernel = sum(c[3] for c in cells), sum(c[4] for c in cells)
        # on an idle machine with n cores a cell needs about its kernel CPU + its workers' CPU / n (or more)
        ideal = sum(c[4] + (c[3] - c[4]) / (os.cpu_count() or 1) for c in cells) + (tree.seconds - in_cells)
        print(f"   all cells {sum(c[0] for c in cells):.1f} s wall, {in_cells:.1f} s CPU ({kernel:.1f} in the kernel, "
              f"{in_cells - kernel:.1f} in its workers); outside the cells (kernel start and shutdown, runner) "
              f"{tree.seconds - in_cells:.1f} s CPU; lower bound on an idle machine: {ideal:.1f} s", flush=True)

    def files(folder: Path) -> dict[str, Path]:
        return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*")
                if p.is_file() and p.suffix in (".csv", ".png")}

    folders = list(results.items()) + ([("reference", Path(args.compare))] if args.compare else [])
    if len(folders) > 1:
        (name_a, a), rest = folders[0], folders[1:]
        fa = files(a)
        for name_b, b in rest:
            fb = files(b)
            same = [k for k in sorted(fa) if k in fb and filecmp.cmp(fa[k], fb[k], shallow=False)]
            differ = sorted(set(fa) ^ set(fb) | {k for k in fa if k in fb and k not in same})
            print(f"{name_a} vs {name_b}: {len(same)} files identical, differ or missing: {differ or 'none'}")


if __name__ == "__main__":
    main()
