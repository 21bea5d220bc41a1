"""Benchmark notebook 04's topic work on an unseen corpus: the 16 CPC congress reports.

Reads ``cpc_congress_reports.jsonl`` (from ``--corpus``, default
``../shared/corpora`` beside the checkout) with :func:`corpusmine.read_corpus`,
takes paragraphs grouped by congress, and times the steps of notebook 04 that fit
models: the coherence grid (K = 4, 6, 8, 10, 12 x seeds 0, 1, 2), the
subsample stability runs and the sklearn-LDA / NMF cross-checks.  Prints each
step's time and the total; asserts nothing.  Reading and segmenting the corpus
is done first and not timed (as in a notebook session with a warm token cache).

    .venv/bin/python benchmarks/bench_topics_cpc.py [--n-jobs 2] [--screen none] [--corpus DIR] [--cache DIR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import warnings
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "corpora"))
    ap.add_argument("--n-jobs", type=int, default=None, help="parallel fits (default: the library's choice, "
                    "one per CPU on a corpus this large)")
    ap.add_argument("--screen", choices=("auto", "none"), default="auto",
                    help="grid fits: 'auto' cheap screening fits on a large corpus (default), 'none' full fits")
    ap.add_argument("--cache", default=None, help="fit cache folder (coherence_grid cache_dir); default none")
    ap.add_argument("--grid-only", action="store_true")
    args = ap.parse_args()

    import corpusmine as cm
    from corpusmine.features import documents
    from corpusmine.stats import topics as T

    path = Path(args.corpus) / "cpc_congress_reports.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path} not found; give the folder holding it with --corpus")
    tmp = Path(tempfile.mkdtemp(prefix="bench_cpc_"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = cm.read_corpus(path, text="content", group="congress", id="title", cache_dir=tmp / "cache",
                                progress=False)
    docs = documents(corpus, level="paragraph", by="congress", groups=None)
    tok = cm.Tokenizer(cache_dir=tmp / "cache")
    tokens = tok.cut_many(docs["text"].tolist())
    data = docs.assign(tokens=[list(t) for t in tokens]).drop(columns="text")
    print(f"machine: {os.cpu_count()} cores; {len(data)} paragraphs, {data['speech_id'].nunique()} reports, "
          f"{sum(len(t) for t in tokens)} tokens", flush=True)
    steps = []

    def cpu() -> float:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def timed(name, fn):
        t0, c0 = time.perf_counter(), cpu()
        out = fn()
        steps.append((name, time.perf_counter() - t0, cpu() - c0))
        print(f"  {name:<44s} {steps[-1][1]:7.1f} s wall {steps[-1][2]:7.1f} s CPU", flush=True)
        return out

    kw = {"n_jobs": args.n_jobs}
    if args.cache:
        kw["cache_dir"] = args.cache
    screen = None if args.screen == "none" else "auto"
    grid, models = timed("coherence grid (5 K x 3 seeds, + refit of best K)",
                         lambda: T.coherence_grid(data, ks=(4, 6, 8, 10, 12), seeds=(0, 1, 2),
                                                  measures=("c_v", "c_npmi"), top_n=10, return_models=True,
                                                  screen=screen, **kw))
    k = T.choose_k(grid, measure="c_npmi")
    print(f"screen {grid.attrs.get('screen')}, refit K {grid.attrs.get('refit_k')}, chosen K {k}; passes of the "
          f"models at K: {[models[(k, s)].n_passes_ for s in (0, 1, 2)]}", flush=True)
    print(grid.groupby(["measure", "k"])["coherence"].mean().round(4).to_string(), flush=True)
    if not args.grid_only:
        timed("subsample_models (5 runs)",
              lambda: T.subsample_models(data, k, n_runs=5, frac=0.8, random_state=0, top_n=10, **kw))
        timed("sklearn_lda + nmf", lambda: [T.TopicModel(k, method=m, random_state=0, top_n=10).fit(data)
                                            for m in ("sklearn_lda", "nmf")])
        try:
            import tomotopy  # noqa: F401
        except ImportError:
            pass
        else:
            timed("tomotopy DMR", lambda: T.TopicModel(k, method="tomotopy_dmr", random_state=0, top_n=10).fit(data))
    print(f"  {'total':<44s} {sum(s[1] for s in steps):7.1f} s wall {sum(s[2] for s in steps):7.1f} s CPU "
          f"(load average {os.getloadavg()[0]:.1f}: other work on the machine inflates wall time)")


if __name__ == "__main__":
    main()
