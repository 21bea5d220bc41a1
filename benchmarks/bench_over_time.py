"""Benchmark the library work of notebook 06 (discourse over time) on the 72 Government Work Reports.

Runs the calls of ``notebooks/06_over_time.ipynb`` with its default parameters,
step by step, as a plain script (no kernel, no inline display) and prints the
wall-clock and CPU time of each step (on a shared machine the CPU time is the
steadier figure):

* ``read``: :func:`corpusmine.read_corpus` (cleaning, through the cleaned-text
  cache) and :func:`~corpusmine.stats.over_time.dated_documents`;
* ``counts``: terms and rhetoric registers per report (tokenizing through the
  sqlite token cache);
* ``trajectories``: by year (smoothed, bootstrap) and by era;
* ``kwic``, ``first_use``, ``intensity``, ``formulas`` (numbered formulas by
  year), ``change_points``, ``keyness`` (eras), ``baseline`` (era baseline);
* ``plots``: the four figures, saved as PNG.

Two runs: **cold** (a fresh cache folder: every report cleaned and segmented)
and **warm** (the same folder again, in a fresh process, so jieba's dictionary
load counts in both).  Each table is written to a scratch folder and compared
byte for byte with the committed ``figures/06_*.csv``; the script prints which
differ.  It asserts nothing.  Targets (2 cores): warm < 15 s, cold < 30 s.

    .venv/bin/python benchmarks/bench_over_time.py [--only cold|warm] [--cache DIR] [--profile FILE]
        [--reference DIR] [--keep DIR]

``--profile FILE`` also writes a cProfile dump of each run (``FILE.cold``,
``FILE.warm``), readable with ``python -m pstats``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GWR = ROOT / "data" / "external" / "government_work_reports.jsonl"

# the parameters cell of notebooks/06_over_time.ipynb
TERMS = {
    "乡村振兴": ["乡村振兴"],
    "新农村建设": ["新农村建设"],
    "文明城市/创文": ["文明城市", "创文"],
    "人居环境": ["人居环境"],
    "环境综合整治": ["城乡环境综合整治", "环境综合整治", "城乡环境整治"],
    "攻坚战": ["攻坚战"],
    "专项整治/行动": ["专项整治", "专项行动"],
    "长效机制": ["长效机制"],
    "常态化": ["常态化"],
}
PERIODS, FORMULAS = "premier", ["五清", "三区三线", "六稳六保", "六稳", "六保"]
SMOOTH, MIN_DOCS_CI, N_BOOT, SEED, TOP_N, KWIC_WINDOW = 5, 3, 2000, 0, 10, 18


def run(cache_dir: Path, out_dir: Path) -> dict[str, list[float]]:
    """The notebook's library calls; returns the wall and CPU seconds of each step."""
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    times: dict[str, list[float]] = {}
    t0, c0 = time.perf_counter(), time.process_time()

    def lap(name: str) -> None:
        nonlocal t0, c0
        now, cpu = time.perf_counter(), time.process_time()
        times[name] = [now - t0, cpu - c0]
        t0, c0 = now, cpu

    import corpusmine as cm
    from corpusmine.corpus.external import WIKISOURCE_FOOTER
    from corpusmine.stats import era_compare, over_time, periods, spread
    from corpusmine.viz import timeline
    from corpusmine.viz.plots import save_figure, use_cjk_font

    use_cjk_font()
    tok_params = {"remove_stopwords": False, "cache_dir": str(cache_dir)}
    key_params = {"cache_dir": str(cache_dir)}
    lap("import")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cm.CorpusWarning)
        corpus = cm.read_corpus(GWR, text="content", id=None, year="year", strip=[WIKISOURCE_FOOTER],
                                cache_dir=cache_dir, progress=False)
        docs = over_time.dated_documents(corpus, periods=PERIODS)
    periods.period_table(PERIODS, docs["year"])
    lap("read")
    counts = over_time.document_counts(docs, terms=TERMS, categories=True, tokenizer_params=tok_params,
                                       tokenizer=cm.Tokenizer(**tok_params))
    lap("counts")
    by_year = over_time.trajectory(counts, by="year", smooth=SMOOTH, n_boot=N_BOOT, random_state=SEED,
                                   min_docs_ci=MIN_DOCS_CI)
    by_era = over_time.trajectory(counts, by="period", n_boot=N_BOOT, random_state=SEED, min_docs_ci=MIN_DOCS_CI)
    cm.save_table(by_year, "06_trajectories_by_year", folder=out_dir)
    cm.save_table(by_era, "06_trajectories_by_era", folder=out_dir)
    lap("trajectories")
    kwic = over_time.kwic_by_year(docs, TERMS, window=KWIC_WINDOW)
    cm.save_table(kwic, "06_kwic_by_year", folder=out_dir)
    lap("kwic")
    first = spread.first_use(counts)
    cm.save_table(first, "06_first_use", folder=out_dir)
    lap("first_use")
    bands = spread.intensity(counts, by="period")
    cm.save_table(bands, "06_intensity", folder=out_dir)
    lap("intensity")
    formulas = spread.formula_years(docs, FORMULAS, tokenizer=cm.Tokenizer(**tok_params))
    formulas = formulas[formulas["evidence"].isin(["quoted", "compound", "requested"])
                        | formulas["formula"].isin(FORMULAS)]
    cm.save_table(formulas, "06_numbered_formulas", folder=out_dir)
    lap("formulas")
    changes = periods.change_points(by_year, min_years=3)
    cm.save_table(changes, "06_change_points", folder=out_dir)
    lap("change_points")
    key = era_compare.period_keyness(docs, tokenizer=cm.Tokenizer(**key_params), tokenizer_params=key_params,
                                     min_count=5)
    top = key[key["g2"] > 0].groupby(["target", "reference"], sort=False).head(TOP_N)
    cm.save_table(top, "06_keyness_eras", folder=out_dir)
    lap("keyness")
    baseline = era_compare.era_baseline(counts, n_boot=N_BOOT, random_state=SEED, min_docs=MIN_DOCS_CI)
    cm.save_table(baseline, "06_era_baseline", folder=out_dir)
    lap("baseline")
    for name, fig in [
        ("06_trajectories_terms", timeline.trajectory_plot(by_year[by_year["kind"] == "term"], title="terms")),
        ("06_trajectories_registers", timeline.trajectory_plot(by_year[by_year["kind"] == "category"], ncols=4,
                                                                title="registers")),
        ("06_intensity", timeline.intensity_plot(bands[bands["kind"] == "term"], title="intensity")),
        ("06_era_baseline", timeline.baseline_plot(baseline, title="baseline")),
    ]:
        save_figure(fig, name, folder=out_dir)
        plt.close(fig)
    lap("plots")
    return times


def child(args) -> None:
    out = Path(args.out)
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        times = prof.runcall(run, Path(args.cache), out)
        prof.dump_stats(args.profile)
    else:
        times = run(Path(args.cache), out)
    print(json.dumps(times))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=["cold", "warm"], help="one run only (warm reuses --cache if given)")
    ap.add_argument("--cache", help="cache folder (default: a fresh temporary folder)")
    ap.add_argument("--profile", help="write cProfile dumps to FILE.cold / FILE.warm")
    ap.add_argument("--reference", default=str(ROOT / "figures"),
                    help="folder of the tables to compare with (default figures/)")
    ap.add_argument("--keep", help="write the scratch tables and figures here (default: a temporary folder)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = args.keep or tmp
        cache = Path(args.cache) if args.cache else Path(tmp) / "cache"
        runs = [args.only] if args.only else ["cold", "warm"]
        for name in runs:
            out = Path(tmp) / f"figures_{name}"
            out.mkdir(parents=True, exist_ok=True)
            cmd = [sys.executable, __file__, "--child", "--cache", str(cache), "--out", str(out)]
            if args.profile:
                cmd += ["--profile", f"{args.profile}.{name}"]
            t0 = time.perf_counter()
            res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "MPLBACKEND": "Agg"})
            wall = time.perf_counter() - t0
            if res.returncode:
                sys.exit(f"{name} run failed:\n{res.stderr}")
            times = json.loads(res.stdout.strip().splitlines()[-1])
            lib = [sum(v[i] for k, v in times.items() if k != "import") for i in (0, 1)]
            print(f"\n{name}: {wall:.1f} s for the process; library work after imports {lib[0]:.1f} s wall, "
                  f"{lib[1]:.1f} s CPU (imports {times['import'][0]:.1f} s)")
            print(f"  {'step':<14}{'wall':>8}{'CPU':>8}")
            for k, (w, c) in times.items():
                print(f"  {k:<14}{w:7.2f}s{c:7.2f}s")
            tables = sorted(p.name for p in out.glob("06_*.*"))
            ref = Path(args.reference)
            differ = [t for t in tables if not (ref / t).exists() or not filecmp.cmp(out / t, ref / t, shallow=False)]
            print(f"  tables and figures identical to {ref}: {len(tables) - len(differ)} of {len(tables)}"
                  + (f"; differ: {', '.join(differ)}" if differ else ""))
        load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
        print(f"\nload average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
