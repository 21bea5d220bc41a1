"""Benchmark reading, tokenizing and counting an external corpus at growing sizes.

Uses the Government Work Reports (data/external/government_work_reports.jsonl,
72 records, about 1.1 million characters) and prints:

1. token throughput (characters per second) per backend: jieba in one
   process, jieba in two processes (``cut_many(n_jobs=2)``), the "fast"
   backend when ``Tokenizer(backend="fast")`` exists, and Dask (a local
   cluster of two worker processes, with each backend);
2. the whole build -- ``read_corpus`` (read, clean, segment, tokenize,
   near-duplicates) then a paragraph-level DTM and keyness by decade -- cold
   (fresh cache folder) and cached (same folder again);
3. a scaling curve over 1x, 2x, 4x and 8x copies of the corpus: time per
   stage, total time, time per million characters and peak memory.

Every measurement runs in a fresh child process (``--child``), so start-up,
imports and dictionaries count, and peak memory is the child's own maximum
resident set size (``resource.getrusage``).  Copy number c > 1 of a report
has "（第c份）" added after every sentence-final mark that ends a line, so no
two copies are identical (a cache or the tokenizer's de-duplication would
otherwise make the copies free) -- but they *are* near-duplicates of each
other, as template copies are, and the near-duplicate search is reported
with its number of candidate pairs.

Prints figures; asserts nothing.  About 4-5 minutes on 2 cores.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 1 2 4 8] [--no-dask]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GWR = ROOT / "data" / "external" / "government_work_reports.jsonl"
STAGES = ("read", "clean", "segment", "tokenize", "dedup", "tables")


# ---------------------------------------------------------------------------
# child tasks (each prints one JSON line on stdout)
# ---------------------------------------------------------------------------
class _Stages(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.times: dict[str, float] = {}
        self.pairs = None

    def emit(self, record):
        msg = record.getMessage()
        m = re.match(r"read_corpus \S+: (\w+) \d+ in ([\d.]+) s", msg)
        if m:
            self.times[m.group(1)] = float(m.group(2))
        m = re.match(r"near_duplicates: \d+ texts, (\d+) candidate pairs", msg)
        if m:
            self.pairs = int(m.group(1))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_build(path: str, cache: str, n_jobs: int) -> dict:
    t0 = time.perf_counter()
    from corpusmine import Tokenizer
    from corpusmine.corpus.external import WIKISOURCE_FOOTER, read_corpus
    from corpusmine.features import build_dtm, doc_frequency, documents, group_counts
    from corpusmine.stats.keyness import keyness_table

    t_import = time.perf_counter() - t0
    handler = _Stages()
    for name in ("corpusmine.corpus.read", "corpusmine.corpus.dedup"):
        lg = logging.getLogger(name)
        lg.setLevel(logging.INFO)
        lg.addHandler(handler)
    t1 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")      # the 20 resolutions without a year: grouped as "unknown"
        corpus = read_corpus(path, text="content", group="decade", strip=[WIKISOURCE_FOOTER], cache_dir=cache,
                             n_jobs=n_jobs, progress=True)
    t_read = time.perf_counter() - t1
    t2 = time.perf_counter()
    docs = documents(corpus, level="paragraph", by="decade", groups=None)
    dtm = build_dtm(docs, tokenizer=Tokenizer(cache_dir=cache))
    key = keyness_table(group_counts(dtm), docs=doc_frequency(dtm, unit="speech_id"),
                        n_docs=dtm.docs.groupby("group")["speech_id"].nunique(), min_count=10)
    t_analysis = time.perf_counter() - t2
    n_chars = int(corpus.sources["n_chars_raw"].sum())
    return {
        "records": len(corpus.speeches), "paragraphs": len(corpus.paragraphs), "chars": n_chars,
        "import": t_import, "read_corpus": t_read, "stages": handler.times, "pairs": handler.pairs,
        "analysis": t_analysis, "keyness_rows": len(key), "total": time.perf_counter() - t0,
        "peak_mib": _peak_mib(),
    }


def child_throughput(cache: str, texts_file: str) -> dict:
    """Token throughput of the in-process backends on the GWR paragraphs (tokens not cached)."""
    from corpusmine import Tokenizer

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    n_chars = sum(map(len, texts))
    out = {"chars": n_chars, "texts": len(texts), "rows": []}
    candidates = [("jieba", {}, 1), ("jieba, 2 processes", {}, 2)]
    try:
        Tokenizer(backend="fast", cache_dir=None)
        candidates.append(("fast", {"backend": "fast"}, 1))
    except TypeError as exc:
        out["fast"] = f"not available ({exc})"
    for name, params, n_jobs in candidates:
        t0 = time.perf_counter()
        tok = Tokenizer(cache_dir=None, **params)
        tok.cut("热身")                                    # load the dictionary
        t_load = time.perf_counter() - t0
        t1 = time.perf_counter()
        tok.cut_many(texts, n_jobs=n_jobs)
        dt = time.perf_counter() - t1
        out["rows"].append({"backend": name, "load": t_load, "seconds": dt, "chars_per_s": n_chars / dt})
    out["peak_mib"] = _peak_mib()
    return out


def child_dask(texts_file: str, n_workers: int, backend: str) -> dict:
    import pandas as pd

    from corpusmine.stats.scale import dask_group_counts, local_cluster
    from corpusmine.tokens.tokenizer import Tokenizer

    tokenizer = Tokenizer(cache_dir=None, backend=backend)

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    docs = pd.DataFrame({"group": "all", "text": texts})
    n_chars = sum(map(len, texts))
    t0 = time.perf_counter()
    with local_cluster(n_workers=n_workers, threads_per_worker=1) as client:
        t_start = time.perf_counter() - t0
        runs = []
        for _ in range(2):      # the first run also builds each worker's dictionary
            t1 = time.perf_counter()
            counts = dask_group_counts(docs, client=client, tokenizer=tokenizer)
            runs.append(time.perf_counter() - t1)
    return {"chars": n_chars, "startup": t_start, "first": runs[0], "second": runs[1],
            "chars_per_s": n_chars / runs[1], "terms": len(counts), "peak_mib": _peak_mib()}


def child_texts(cache: str, out: str) -> dict:
    """Dump the paragraphs of the (cached) corpus for the throughput runs."""
    from corpusmine.corpus.external import WIKISOURCE_FOOTER, read_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = read_corpus(GWR, text="content", group="decade", strip=[WIKISOURCE_FOOTER], cache_dir=cache,
                             progress=False)
    Path(out).write_text(json.dumps(corpus.paragraphs["text"].tolist(), ensure_ascii=False), encoding="utf-8")
    return {"paragraphs": len(corpus.paragraphs)}


# ---------------------------------------------------------------------------
# parent
# ---------------------------------------------------------------------------
def run_child(*args) -> dict:
    cmd = [sys.executable, __file__, "--child", *map(str, args)]
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True)  # stderr: progress bars
    return json.loads(proc.stdout.strip().splitlines()[-1])


def make_copies(k: int, out: Path) -> Path:
    lines = GWR.read_text(encoding="utf-8").splitlines()
    with open(out, "w", encoding="utf-8") as fh:
        for c in range(k):
            for line in lines:
                rec = json.loads(line)
                if c:
                    mark = f"（第{c + 1}份）"
                    rec["content"] = re.sub(r"([。！？；：])(?=\n|$)", r"\1" + mark, rec["content"])
                    rec["title"] = rec["title"] + mark
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def fmt_build(label: str, r: dict) -> str:
    st = r["stages"]
    parts = " ".join(f"{st.get(s, 0):6.1f}" for s in STAGES)
    return (f"{label:<10s} {r['records']:>6d} {r['chars'] / 1e6:7.2f} {r['import']:6.1f} {parts} "
            f"{r['analysis']:7.1f} {r['total']:7.1f} {r['total'] / (r['chars'] / 1e6):9.1f} "
            f"{r['peak_mib']:8.0f} {r['pairs'] or 0:>10,d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8])
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--n-jobs", type=int, default=1, help="processes for cleaning and tokenizing in the builds")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.1f} at start; PYTHONHASHSEED={os.environ.get('PYTHONHASHSEED', 'unset')}")
    work = Path(tempfile.mkdtemp(prefix="corpusmine-bench-scale-"))
    try:
        header = (f"{'size':<10s} {'records':>6s} {'Mchars':>7s} {'import':>6s} "
                  + " ".join(f"{s:>6s}" for s in STAGES)
                  + f" {'analysis':>7s} {'total':>7s} {'s/Mchar':>9s} {'peak MiB':>8s} {'cand.pairs':>10s}")
        results = {}
        print("\n== scaling: read_corpus + paragraph DTM + keyness by decade, cold cache, one child per size")
        print(header)
        for k in args.sizes:
            path = make_copies(k, work / f"gwr_x{k}.jsonl")
            cache = work / f"cache_x{k}"
            results[k] = run_child("build", path, cache, args.n_jobs)
            print(fmt_build(f"{k}x", results[k]), flush=True)
            if k != 1:
                shutil.rmtree(cache, ignore_errors=True)
        base = results.get(1) or results[min(results)]
        kb = min(results)
        print("\nlinearity: ratios to the smallest size (linear = the size ratio), and the marginal cost of each")
        print("doubling (added seconds and MiB per added million characters; constant = linear growth):")
        prev = None
        for k, r in results.items():
            line = (f"  {k}x: chars x{r['chars'] / base['chars']:.2f}, time x{r['total'] / base['total']:.2f}, "
                    f"peak memory x{r['peak_mib'] / base['peak_mib']:.2f}, "
                    f"candidate pairs x{(r['pairs'] or 0) / max(base['pairs'] or 1, 1):.1f}")
            if prev is not None:
                dc = (r["chars"] - prev["chars"]) / 1e6
                nd = lambda x: x["total"] - x["stages"].get("dedup", 0)   # noqa: E731
                line += (f"; marginal {(r['total'] - prev['total']) / dc:.1f} s/Mchar "
                         f"({(nd(r) - nd(prev)) / dc:.1f} without near-duplicates), "
                         f"{(r['peak_mib'] - prev['peak_mib']) / dc:.0f} MiB/Mchar")
            print(line)
            prev = r

        cache1 = work / f"cache_x{kb}"
        print(f"\n== cold vs cached build ({kb}x; cached = the same cache folder again)")
        print(header)
        print(fmt_build("cold", base))
        cached = run_child("build", work / f"gwr_x{kb}.jsonl", cache1, args.n_jobs)
        print(fmt_build("cached", cached), flush=True)

        texts = work / "paragraphs.json"
        run_child("texts", cache1, texts)
        print("\n== token throughput on the Government Work Reports' paragraphs (no token cache)")
        tp = run_child("throughput", cache1, texts)
        print(f"{tp['texts']:,} paragraphs, {tp['chars']:,} characters")
        for row in tp["rows"]:
            print(f"  {row['backend']:<22s} {row['chars_per_s']:>10,.0f} chars/s  ({row['seconds']:.2f} s; "
                  f"dictionary {row['load']:.2f} s)")
        if "fast" in tp:
            print(f"  {'fast':<22s} {tp['fast']}")
        if not args.no_dask:
            for backend in ["jieba"] + (["fast"] if "fast" not in tp else []):
                dk = run_child("dask", texts, 2, backend)
                print(f"  {'dask, 2 workers, ' + backend:<22s} {dk['chars_per_s']:>10,.0f} chars/s  "
                      f"({dk['second']:.2f} s warm; first run {dk['first']:.2f} s incl. worker dictionaries; "
                      f"cluster start {dk['startup']:.2f} s)", flush=True)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        task, rest = sys.argv[2], sys.argv[3:]
        if task == "build":
            res = child_build(rest[0], rest[1], int(rest[2]))
        elif task == "throughput":
            res = child_throughput(rest[0], rest[1])
        elif task == "dask":
            res = child_dask(rest[0], int(rest[1]), rest[2])
        elif task == "texts":
            res = child_texts(rest[0], rest[1])
        else:
            raise SystemExit(f"unknown child task {task!r}")
        print(json.dumps(res))
    else:
        main()
