"""Benchmark every analysis of the library on the seed corpus, topic grid included.

Prints the time of each step and the total; it asserts nothing (target: the
whole analysis under 30 s on 2 cores).  The corpus is built (or loaded) first
and not timed; the token cache is warm after the first step, as in a notebook
session.

    .venv/bin/python benchmarks/bench_analysis.py
"""

from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

STEPS: list[tuple[str, float]] = []


@contextmanager
def step(name: str):
    t0 = time.perf_counter()
    yield
    STEPS.append((name, time.perf_counter() - t0))
    print(f"  {name:<46s} {STEPS[-1][1]:6.2f} s", flush=True)


def main() -> None:
    import matplotlib.pyplot as plt

    import corpusmine as cm
    from corpusmine import features
    from corpusmine.stats import phrases as phrases
    from corpusmine.viz import plots as plots
    from corpusmine.stats import rhetoric as rhetoric
    from corpusmine.stats import topics as topics
    from corpusmine.stats.keyness import keyness_table

    corpus = cm.load_corpus()
    print(f"machine: {os.cpu_count()} cores; corpus: {corpus}")
    t_total = time.perf_counter()

    with step("documents + DTMs at 3 levels"):
        docs = {lev: features.documents(corpus, lev) for lev in features.LEVELS}
        dtms = {lev: features.build_dtm(d) for lev, d in docs.items()}
    para = docs["paragraph"]
    dtm = dtms["paragraph"]
    with step("grouped TF-IDF"):
        features.tfidf_top_terms(dtm, n=20)
    with step("keyness one-vs-rest and pairwise"):
        counts = features.group_counts(dtm)
        speech_docs = features.doc_frequency(dtm, unit="speech_id")
        n_docs = para.groupby("group")["speech_id"].nunique()
        keys = keyness_table(counts, docs=speech_docs, n_docs=n_docs, pairwise=True)
    with step("n-grams, collocations, gensim Phrases"):
        phrases.ngram_frequency(para)
        phrases.collocations(para)
        phrases.gensim_phrases(para)
    with step("formulas, slogans, parallelism, KWIC"):
        phrases.numbered_formulas(para)
        phrases.quoted_phrases(para)
        runs = phrases.parallelism(para)
        phrases.parallelism_summary(para, runs)
        phrases.kwic(para, "五清")
    with step("topic grid: gensim LDA, K 4..12 x 3 seeds, c_v + NPMI"):
        grid, models = topics.coherence_grid(
            para, ks=(4, 6, 8, 10, 12), seeds=(0, 1, 2), measures=("c_v", "c_npmi"), return_models=True
        )
        k = topics.choose_k(grid)
    with step(f"stability + comparison models (K={k})"):
        chosen = [m for (kk, _), m in models.items() if kk == k]
        topics.topic_stability(chosen)
        lda = topics.TopicModel(k, method="sklearn_lda", random_state=0).fit(para)
        nmf = topics.TopicModel(k, method="nmf", random_state=0).fit(para)
    with step("topic prevalence with bootstrap intervals"):
        primary = topics.TopicModel(k, method="gensim_lda", random_state=0).fit(para)
        prev = topics.topic_prevalence(primary, para, cluster="speech_id")
    with step("rhetoric rates (2 units) + permutation tests"):
        rates = rhetoric.rhetoric_rates(para)
        rhetoric.rhetoric_rates(para, cluster="speech_id")
        rhetoric.compare_rhetoric(para)
    with step("render every plot type"):
        out = Path(tempfile.mkdtemp(prefix="corpusmine-bench-figs-"))
        plots.use_cjk_font()
        for g in ("rural", "civilised_city", "environment"):
            fig, ax = plt.subplots(figsize=(8, 5))
            plots.wordcloud(counts[g], ax=ax)
            plots.save_figure(fig, f"bench_cloud_{g}", folder=out)
            plt.close(fig)
        for draw in (
            lambda ax: plots.comparison_cloud(counts, ax=ax),
            lambda ax: plots.keyness_bars(keys, target="civilised_city", reference="rest", ax=ax),
            lambda ax: plots.topic_heatmap(prev, ax=ax),
            lambda ax: plots.rhetoric_dotplot(rates, ax=ax),
        ):
            fig, ax = plt.subplots(figsize=(8, 5))
            draw(ax)
            fig.canvas.draw()
            plt.close(fig)
    del lda, nmf
    total = time.perf_counter() - t_total
    print(f"total analysis: {total:.1f} s  (target < 30 s on 2 cores)")


if __name__ == "__main__":
    main()
