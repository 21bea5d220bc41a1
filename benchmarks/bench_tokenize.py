"""Benchmark the tokenizer backends on the Government Work Reports (1.1 million characters).

Prints, for backend="jieba" (the reference) and backend="fast" (jieba-rs):

* segmentation throughput on one core, in characters per second: a warm-up
  pass first, then the best of --repeat passes of ``raw_tokens`` over the 72
  reports (no cache), and the fast/jieba ratio (target >= 10x);
* the same for ``cut_many`` (segmentation plus filters);
* boundary agreement between the two backends (share of interior token
  boundaries they share, |B_jieba ∩ B_fast| / |B_jieba ∪ B_fast|; target >= 0.9999);
* the speed-up of ``cut_many(n_jobs=2)`` over ``n_jobs=1`` (no cache), and the
  CPU seconds the parallel run spends in the parent and in the workers (their
  sum close to the serial time means the split costs little; the wall-clock
  speed-up then depends on how many cores are idle);
* ``cut_many`` through the on-disk cache, cold (fresh folder) and warm (a new
  Tokenizer on the same folder), with the number of texts segmented by the
  warm run (should be 0).

It asserts nothing.  Figures depend on the machine and on its load (printed
first).  Start-up costs are reported apart: building a tokenizer loads jieba's
stock dictionary (about a second, once per process) or jieba-rs's embedded one.

    .venv/bin/python benchmarks/bench_tokenize.py [--repeat N] [--n-jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GWR = ROOT / "data" / "external" / "government_work_reports.jsonl"


def load_reports() -> list[str]:
    with GWR.open(encoding="utf-8") as f:
        return [json.loads(line)["content"] for line in f if line.strip()]


def best_of(repeat: int, fn) -> tuple[float, object]:
    """Minimum wall time of *repeat* calls (after the caller's warm-up) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def interior_boundaries(tokens_per_text) -> set[tuple[int, int]]:
    out = set()
    for i, tokens in enumerate(tokens_per_text):
        pos = 0
        for t in tokens[:-1]:
            pos += len(t)
            out.add((i, pos))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per figure (best is reported)")
    ap.add_argument("--n-jobs", type=int, default=2, help="workers for the parallel figure")
    args = ap.parse_args()

    from importlib.metadata import version

    from corpusmine.tokens.tokenizer import Tokenizer

    texts = load_reports()
    n_chars = sum(map(len, texts))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f}; python {platform.python_version()}; "
          f"jieba {version('jieba')}, rjieba {version('rjieba')}")
    print(f"corpus: {len(texts)} Government Work Reports, {n_chars:,} characters; best of {args.repeat}")
    print()

    # -- one core: raw segmentation and cut_many ---------------------------
    rates, raw = {}, {}
    for backend in ("jieba", "fast"):
        t0 = time.perf_counter()
        tok = Tokenizer(backend=backend, cache_dir=None, stopwords=None)
        tok.segmenter_.load()
        build = time.perf_counter() - t0
        for t in texts[:5]:  # warm-up
            tok.raw_tokens(t)
        secs, raw[backend] = best_of(args.repeat, lambda: [tok.raw_tokens(t) for t in texts])
        filt = Tokenizer(backend=backend, cache_dir=None)
        filt.cut_many(texts[:5], progress=False)
        secs_cut, _ = best_of(args.repeat, lambda: filt.cut_many(texts, progress=False))
        rates[backend] = n_chars / secs
        print(f"{backend:5s}  build {build:5.2f} s | segmentation {secs:6.2f} s = {n_chars / secs:>12,.0f} chars/s"
              f" | cut_many {secs_cut:6.2f} s = {n_chars / secs_cut:>12,.0f} chars/s")
    ratio = rates["fast"] / rates["jieba"]
    print(f"fast / jieba throughput on one core: {ratio:.1f}x  (target >= 10x)")

    ba, bb = interior_boundaries(raw["jieba"]), interior_boundaries(raw["fast"])
    union = ba | bb
    agreement = len(ba & bb) / len(union) if union else 1.0
    print(f"boundary agreement (hmm=False): {agreement:.6f}  ({len(union) - len(ba & bb)} of {len(union):,} "
          "boundaries differ; target >= 0.9999)")
    print()

    # -- parallel ---------------------------------------------------------
    # Wall-clock speed-up needs idle cores; the CPU seconds used by the parent
    # and by the workers (POSIX only) show the overhead of splitting the work
    # whatever the machine's load.
    try:
        import resource

        def cpu_children() -> float:
            r = resource.getrusage(resource.RUSAGE_CHILDREN)
            return r.ru_utime + r.ru_stime
    except ImportError:  # not POSIX: no per-child accounting
        def cpu_children() -> float:
            return float("nan")

    for backend in ("jieba", "fast"):
        tok = Tokenizer(backend=backend, cache_dir=None)
        tok.cut_many(texts[:5], progress=False)
        serial, a = best_of(args.repeat, lambda: tok.cut_many(texts, n_jobs=1, progress=False))
        p0, c0 = time.process_time(), cpu_children()
        par, b = best_of(args.repeat, lambda: tok.cut_many(texts, n_jobs=args.n_jobs, progress=False))
        p1, c1 = time.process_time(), cpu_children()
        same = "identical" if a == b else "DIFFERENT"
        print(f"{backend:5s}  cut_many n_jobs=1 {serial:6.2f} s, n_jobs={args.n_jobs} {par:6.2f} s: "
              f"speed-up {serial / par:.2f}x (worker start-up included; output {same}); "
              f"CPU per parallel run: parent {(p1 - p0) / args.repeat:.2f} s + workers "
              f"{(c1 - c0) / args.repeat:.2f} s")
    print()

    # -- on-disk cache ----------------------------------------------------
    for backend in ("jieba", "fast"):
        folder = Path(tempfile.mkdtemp(prefix="corpusmine-bench-tok-"))
        try:
            t0 = time.perf_counter()
            cold = Tokenizer(backend=backend, cache_dir=folder)
            cold.cut_many(texts, progress=False)
            t_cold = time.perf_counter() - t0
            t0 = time.perf_counter()
            warm = Tokenizer(backend=backend, cache_dir=folder)
            warm.cut_many(texts, progress=False)
            t_warm = time.perf_counter() - t0
            print(f"{backend:5s}  cache cold {t_cold:6.2f} s ({cold.cache_misses_} texts segmented), "
                  f"warm {t_warm:6.2f} s ({warm.cache_misses_} texts segmented, {warm.cache_hits_} from cache)"
                  " - tokenizer construction included")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
