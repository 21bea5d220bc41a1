"""The notebooks' composite figures, drawn from their tables (one call per figure).

Each function returns a matplotlib Figure and draws nothing else; the
notebook saves and shows it with ``Session.show_and_save``.  The building
blocks (palette, group colours and labels, heatmaps, keyness bars, clouds)
are in :mod:`corpusmine.viz.plots`.

Examples
--------
>>> import pandas as pd
>>> grid = pd.DataFrame({"k": [2, 2, 3, 3], "seed": [0, 0, 0, 0], "measure": ["c_v", "c_npmi"] * 2,
...                      "coherence": [0.41, 0.02, 0.39, -0.01]})
>>> fig = coherence_by_k(grid, k=2, n_docs=12, n_speeches=3)
>>> [ax.get_title() for ax in fig.axes]
['C_V (0 to 1)', 'C_NPMI (-1 to 1; 0 = chance)']
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from corpusmine.stats import topics as T
from corpusmine.viz import plots

__all__ = ["coherence_by_k", "prevalence_by_unit", "keyness_figure", "wordcloud_figure", "speech_lengths",
           "audit_by_rule", "formulas_by_campaign", "parallelism_rate", "top_words", "speech_rhetoric"]


def coherence_by_k(grid: pd.DataFrame, *, k: int, n_docs: int, n_speeches: int, unit: str = "paragraphs"):
    """Mean coherence by K (± sd over seeds) for C_V and C_NPMI, one dot per seed, the chosen K marked.

    Parameters
    ----------
    grid : DataFrame
        From ``coherence_grid`` (``k, seed, measure, coherence``).
    k : int
        The chosen K (dashed line).
    n_docs, n_speeches : int
        Shown in the title.
    unit : str
        What the documents are.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> g = pd.DataFrame({"k": [4, 4], "seed": [0, 0], "measure": ["c_v", "c_npmi"], "coherence": [0.4, 0.01]})
    >>> "主题一致性" in coherence_by_k(g, k=4, n_docs=90, n_speeches=7).get_suptitle()
    True
    """
    import matplotlib.pyplot as plt

    summary = T.summarise_grid(grid)
    seeds = list(dict.fromkeys(grid["seed"]))
    k_grid = list(dict.fromkeys(grid["k"]))
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), layout="constrained", sharex=True)
    colour = {"c_v": plots.PALETTE["blue"], "c_npmi": plots.PALETTE["vermillion"]}
    for ax, measure in zip(axes, ("c_v", "c_npmi")):
        s = summary[summary["measure"] == measure]
        ax.errorbar(s["k"], s["mean"], yerr=s["sd"], fmt="-o", color=colour[measure], capsize=4, label="mean ± sd")
        for i, seed in enumerate(seeds):   # one dot per seed, nudged sideways so that they do not overlap
            g = grid[(grid["measure"] == measure) & (grid["seed"] == seed)]
            ax.scatter(g["k"] + (i - (len(seeds) - 1) / 2) * 0.18, g["coherence"], s=14, color="0.45", zorder=3,
                       label="one seed" if i == 0 else None)
        ax.axvline(k, color="0.6", linestyle="--", linewidth=1, label=f"chosen K = {k}")
        ax.set_xticks(list(k_grid))
        ax.set_xlabel("主题数 number of topics K")
        ax.set_ylabel(f"平均一致性 mean coherence ({measure})")
        ax.set_title({"c_v": "C_V (0 to 1)", "c_npmi": "C_NPMI (-1 to 1; 0 = chance)"}[measure])
    axes[1].axhline(0, color="0.8", linewidth=0.8, zorder=0)
    axes[0].legend(fontsize="small", frameon=False)
    fig.suptitle(f"主题一致性 topic coherence by K ({len(seeds)} seeds, {n_docs} {unit}, {n_speeches} speeches)")
    return fig


def prevalence_by_unit(prevalence: pd.DataFrame, *, k: int, seed: int,
                       titles: Sequence[tuple[str, str]] = (
                           ("paragraph", "段落自助法 paragraph bootstrap"),
                           ("speech", "讲话自助法 speech bootstrap (civilised city: 1 speech, no interval)"))):
    """Topic-prevalence heatmaps side by side, one per bootstrap unit.

    Parameters
    ----------
    prevalence : DataFrame
        ``topic_prevalence`` rows with a ``unit`` column.
    k, seed : int
        Shown in the title.
    titles : sequence of (unit, title)

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> p = pd.DataFrame({"topic": [0, 0], "label": ["创文·测评·网报"] * 2, "group": ["civilised_city"] * 2,
    ...                   "unit": ["paragraph", "speech"], "prevalence": [0.4, 0.4], "ci_low": [0.3, np.nan],
    ...                   "ci_high": [0.5, np.nan], "n_docs": [9, 9], "n_speeches": [1, 1], "n_clusters": [9, 1]})
    >>> len(prevalence_by_unit(p, k=1, seed=0).axes) >= 2
    True
    """
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(titles), figsize=(15, 0.85 * k + 2.4), layout="constrained")
    for ax, (unit, title) in zip(axes, titles):
        plots.topic_heatmap(prevalence[prevalence["unit"] == unit], ax=ax, colorbar=(unit == titles[-1][0]))
        ax.set_title(f"{title}\nmean topic share, 95% percentile interval", fontsize="medium")
    axes[1].set_yticklabels([])
    fig.suptitle(f"主题分布 topic prevalence by campaign (gensim LDA, K = {k}, seed {seed})")
    return fig


def keyness_figure(key: pd.DataFrame, target: str, *, n: int = 15, reference: str = "rest"):
    """The keyness bars of one comparison (:func:`corpusmine.viz.plots.keyness_bars`) in a figure sized for ``n`` terms.

    Parameters
    ----------
    key : DataFrame
        From ``keyness_table``.
    target, reference : str
    n : int
        Terms on each side.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from corpusmine.stats.keyness import keyness_table
    >>> counts = pd.DataFrame({"rural": [14, 12, 3], "civilised_city": [0, 2, 21]}, index=["乡村振兴", "整治", "创文"])
    >>> keyness_figure(keyness_table(counts, min_count=1), "civilised_city", n=2).get_figheight().item()
    2.88
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 0.32 * 2 * n + 1.6), layout="constrained")
    plots.keyness_bars(key, target=target, reference=reference, n=n, ax=ax)
    return fig


def wordcloud_figure(counts: pd.DataFrame, group: str, *, n_speeches, max_words: int = 100, random_state: int = 0):
    """One group's word cloud (:func:`corpusmine.viz.plots.wordcloud`), titled with its speeches and tokens.

    Parameters
    ----------
    counts : DataFrame
        Term × group counts.
    group : str
    n_speeches : mapping
        Speeches per group.
    max_words, random_state : int

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> counts = pd.DataFrame({"civilised_city": [21, 9, 4]}, index=["创文", "测评", "公益广告"])
    >>> wordcloud_figure(counts, "civilised_city", n_speeches={"civilised_city": 1}).axes[0].get_title().endswith("(1 speech(es), 34 tokens)")
    True
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.8), layout="constrained")
    plots.wordcloud(counts[group], ax=ax, max_words=max_words, random_state=random_state,
                    color=plots.group_color(group),
                    title=f"{plots.group_label(group)}: word frequency ({n_speeches[group]} speech(es), "
                          f"{counts[group].sum()} tokens)")
    return fig


def speech_lengths(corpus):
    """Characters of each speech after cleaning, stacked by the campaign of its sections; excluded speeches marked.

    Parameters
    ----------
    corpus : Corpus

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from corpusmine.corpus.build import load_corpus
    >>> speech_lengths(load_corpus()).axes[0].get_title()
    '每篇讲话的长度 Length of each speech, by section campaign'
    """
    import matplotlib.pyplot as plt

    by_section = corpus.sections.pivot_table(index="speech_id", columns="campaign", values="n_chars",
                                             aggfunc="sum", fill_value=0)
    info = corpus.speeches.set_index("speech_id")
    bars = by_section.reindex(info.sort_values(["include", "n_chars"]).index)  # bottom to top
    colors = plots.campaign_colors()
    fig, ax = plt.subplots(figsize=(8, 5), layout="constrained")
    left = np.zeros(len(bars))
    for camp in [c for c in colors if c in bars.columns]:
        ax.barh(np.arange(len(bars)), bars[camp], left=left, color=colors[camp], label=plots.group_label(camp))
        left += bars[camp].to_numpy()
    for y, (sid, total) in enumerate(zip(bars.index, left)):
        ax.text(total + 80, y, f"{info.loc[sid, 'n_chars']:,}", va="center", fontsize=8)
    ax.set_yticks(np.arange(len(bars)), [s if info.loc[s, "include"] else f"{s}（未纳入 excluded）" for s in bars.index])
    ax.set_xlim(0, left.max() * 1.12)
    ax.set_xlabel("字符数 characters after cleaning (split by the campaign of each section)")
    ax.set_title("每篇讲话的长度 Length of each speech, by section campaign")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return fig


def audit_by_rule(audit: pd.DataFrame):
    """Edits and raw characters changed per cleaning rule (log scales), coloured by remove / replace.

    Parameters
    ----------
    audit : DataFrame
        The audit table with ``chars_in`` (length of the removed text) added.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> a = pd.DataFrame({"rule": ["site_chrome", "placeholder"], "action": ["remove", "replace"],
    ...                   "chars_in": [120, 2]})
    >>> audit_by_rule(a).get_suptitle()
    '清洗规则的审计 What each cleaning rule changed (all raw pages)'
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    per_rule = (audit.groupby("rule")
                .agg(n_edits=("rule", "size"), chars_removed=("chars_in", "sum"),
                     action=("action", lambda s: s.value_counts().sort_index().idxmax()))
                .sort_values(["chars_removed", "n_edits"], kind="mergesort"))
    action_color = {"remove": plots.PALETTE["vermillion"], "replace": plots.PALETTE["sky_blue"]}
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 6), sharey=True, layout="constrained")
    y = np.arange(len(per_rule))
    bar_colors = per_rule["action"].map(action_color)
    for ax, col, label in [(ax1, "n_edits", "编辑次数 edits"),
                           (ax2, "chars_removed", "原文字符数 raw characters removed or replaced")]:
        bars = ax.barh(y, per_rule[col], color=bar_colors)
        ax.bar_label(bars, labels=[f"{v:,}" for v in per_rule[col]], padding=2, fontsize=8)
        ax.set_xscale("log")
        ax.set_xlim(0.8, per_rule[col].max() * 8)
        ax.set_xlabel(f"{label} (log)")
    ax1.set_yticks(y, per_rule.index)
    ax2.legend(handles=[Patch(color=c, label=f"{a} 删除" if a == "remove" else f"{a} 替换")
                        for a, c in action_color.items()], loc="lower right", frameon=False)
    fig.suptitle("清洗规则的审计 What each cleaning rule changed (all raw pages)")
    return fig


def formulas_by_campaign(formulas: pd.DataFrame, groups: Sequence[str]):
    """Numbered formulas as bars (count), coloured by campaign, labelled with the number of speeches using each.

    Parameters
    ----------
    formulas : DataFrame
        ``numbered_formulas`` rows: ``group, formula, count, n_speeches``.
    groups : sequence of str
        Legend order.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> f = pd.DataFrame({"group": ["environment", "environment"], "formula": ["五清", "四定"], "count": [4, 3],
    ...                   "n_speeches": [2, 2]})
    >>> formulas_by_campaign(f, ["environment"]).axes[0].get_xlabel()
    "occurrences in the campaign's paragraphs"
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    plot_df = formulas.iloc[::-1].reset_index(drop=True)   # first row of the table on top
    fig, ax = plt.subplots(figsize=(8, 0.24 * len(plot_df) + 1.4), layout="constrained")
    ax.barh(plot_df.index, plot_df["count"], color=[plots.group_color(g, groups) for g in plot_df["group"]])
    ax.set_yticks(plot_df.index, plot_df["formula"])
    for y, (c, s) in enumerate(zip(plot_df["count"], plot_df["n_speeches"])):
        ax.text(c + 0.08, y, f"{s} speech{'es' if s > 1 else ''}", va="center", fontsize=8,
                color="black" if s >= 2 else "grey")
    ax.set_xlim(0, plot_df["count"].max() + 1.5)
    ax.set_ylim(-0.6, len(plot_df) - 0.4)
    ax.set_xlabel("occurrences in the campaign's paragraphs")
    ax.set_title("数字概括 numbered formulas by campaign (label: number of speeches using it)")
    ax.legend(handles=[Patch(color=plots.group_color(g, groups), label=plots.group_label(g)) for g in groups],
              loc="lower right")
    return fig


def parallelism_rate(par: pd.DataFrame, par_parts: pd.DataFrame, groups: Sequence[str]):
    """排比 runs per 1,000 characters: bars per campaign, dots per speech part (area ∝ its length).

    Parameters
    ----------
    par : DataFrame
        ``parallelism_summary`` by campaign.
    par_parts : DataFrame
        The same by speech part, with a ``campaign`` column.
    groups : sequence of str
        Colour order.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> par = pd.DataFrame({"group": ["rural"], "runs_per_1k_chars": [2.1], "n_runs": [8], "n_chars": [3800],
    ...                     "n_speeches_with_runs": [2], "n_speeches": [2]})
    >>> parts = pd.DataFrame({"campaign": ["rural", "rural"], "runs_per_1k_chars": [1.6, 5.1], "n_chars": [3400, 395]})
    >>> parallelism_rate(par, parts, ["rural"]).axes[0].get_ylabel()
    '排比 runs per 1,000 Chinese characters'
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5), layout="constrained")
    x = range(len(par))
    ax.bar(x, par["runs_per_1k_chars"], color=[plots.group_color(g, groups) for g in par["group"]], alpha=0.55,
           width=0.6)
    for i, r in enumerate(par.itertuples()):
        pts = par_parts[par_parts["campaign"] == r.group]
        offs = [0.0] if len(pts) == 1 else [-0.2 + 0.4 * k / (len(pts) - 1) for k in range(len(pts))]
        ax.scatter([i + o for o in offs], pts["runs_per_1k_chars"], s=pts["n_chars"] / 40, color="black", alpha=0.7,
                   zorder=3, label="speech part (area ∝ length)" if i == 0 else None)
    ax.set_xticks(list(x), [f"{plots.group_label(r.group)}\n{r.n_runs} runs in {r.n_chars:,} characters\n"
                            f"runs in {r.n_speeches_with_runs} of {r.n_speeches} speech parts" for r in par.itertuples()])
    ax.set_ylabel("排比 runs per 1,000 Chinese characters")
    ax.set_ylim(0, max(par_parts["runs_per_1k_chars"].max(), par["runs_per_1k_chars"].max()) * 1.15)
    ax.set_title("排比 parallelism: runs per 1,000 characters (bars: campaign; dots: speech parts)")
    ax.legend(loc="upper right")
    return fig


def top_words(top: pd.DataFrame, speeches_using: pd.Series, *, level: str = "paragraph"):
    """The most frequent words as bars split by group, each labelled ``"count · n 篇 speeches"``.

    Parameters
    ----------
    top : DataFrame
        Term × group counts of the words shown, most frequent first.
    speeches_using : Series
        Speeches using each word (same order).
    level : str
        The document level counted (for the axis label).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> top = pd.DataFrame({"rural": [3, 1], "environment": [231, 119]}, index=["环境", "城乡"])
    >>> top_words(top, pd.Series([6, 5], index=top.index)).axes[0].get_title()
    '清洗后的前2个高频词 The 2 most frequent words after cleaning'
    """
    import matplotlib.pyplot as plt

    n = len(top)
    fig, ax = plt.subplots(figsize=(8, 6), layout="constrained")
    y = np.arange(len(top))[::-1]          # the most frequent word at the top
    left = np.zeros(len(top))
    for g in top.columns:
        ax.barh(y, top[g], left=left, color=plots.group_color(g, list(top.columns)), label=plots.group_label(g))
        left += top[g].to_numpy()
    for yy, total, k in zip(y, left, speeches_using):
        ax.text(total + 4, yy, f"{int(total)} · {k} 篇 speeches", va="center", fontsize=8)
    ax.set_yticks(y, top.index)
    ax.set_xlim(0, left.max() * 1.25)
    ax.set_xlabel(f"词频 word count ({level} documents of the three campaigns, stop words removed)")
    ax.set_title(f"清洗后的前{n}个高频词 The {n} most frequent words after cleaning")
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    return fig


def speech_rhetoric(parts: pd.DataFrame, means: pd.DataFrame, *, labels=None, value: str = "rate"):
    """Speech-level rhetoric: one point per speech part, each campaign's mean of its parts, intervals only from >= 3 units.

    Parameters
    ----------
    parts : DataFrame
        From :func:`corpusmine.stats.evidence.speech_rates` (``group,
        category, speech_id`` and ``value``).
    means : DataFrame
        From :func:`corpusmine.stats.evidence.campaign_means` (``group,
        category, mean, ci_low, ci_high, n_speeches``); a NaN interval (fewer
        than three units) draws no bar.
    labels : Mapping, optional
        Category -> display label.
    value : str
        The per-part column plotted (``rate`` or ``sentence_share``).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> parts = pd.DataFrame({"group": ["civilised_city", "environment", "environment", "environment"],
    ...                       "category": "mobilisation", "speech_id": ["创文", "a", "b", "c"],
    ...                       "rate": [14.4, 1.5, 2.0, 2.6]})
    >>> means = pd.DataFrame({"group": ["civilised_city", "environment"], "category": "mobilisation",
    ...                       "mean": [14.4, 2.03], "ci_low": [float("nan"), 0.7], "ci_high": [float("nan"), 3.4],
    ...                       "n_speeches": [1, 3]})
    >>> fig = speech_rhetoric(parts, means, labels={"mobilisation": "动员 mobilisation"})
    >>> "讲话" in fig.axes[0].get_title()
    True
    """
    import matplotlib.pyplot as plt

    groups = plots.order_groups(means["group"].astype(str))
    cats = list(dict.fromkeys(means["category"].astype(str)))
    labels = dict(labels or {})
    fig, ax = plt.subplots(figsize=(8.5, 0.5 * len(cats) * max(1, len(groups)) / 2 + 2.4), layout="constrained")
    k = len(groups)
    offsets = ((k - 1) / 2 - np.arange(k)) * (0.7 / max(k, 1))
    base = np.arange(len(cats))[::-1]
    pos = dict(zip(cats, base))
    m = means.assign(group=means["group"].astype(str), category=means["category"].astype(str))
    p = parts.assign(group=parts["group"].astype(str), category=parts["category"].astype(str))
    for gi, g in enumerate(groups):
        colour = plots.group_color(g, groups)
        pg = p[p["group"] == g]
        y = pg["category"].map(pos).to_numpy(dtype=float) + offsets[gi]
        ax.scatter(pg[value].astype(float), y, s=16, facecolors="none", edgecolors=colour, linewidths=1, zorder=3)
        mg = m[m["group"] == g].set_index("category").reindex(cats)
        x = mg["mean"].astype(float).to_numpy()
        lo, hi = mg["ci_low"].astype(float).to_numpy(), mg["ci_high"].astype(float).to_numpy()
        has_ci = np.isfinite(lo) & np.isfinite(hi)
        ax.hlines((base + offsets[gi])[has_ci], np.clip(lo[has_ci], 0, None), hi[has_ci], color=colour, linewidth=1.6)
        n = int(mg["n_speeches"].max()) if mg["n_speeches"].notna().any() else 0
        ax.scatter(x, base + offsets[gi], marker="D", s=34, color=colour, zorder=4,
                   label=f"{plots.group_label(g)} (mean of {n} speech{'es' if n != 1 else ''})")
    ax.set_yticks(base, [labels.get(c, c) for c in cats])
    for b in base[:-1]:
        ax.axhline(b - 0.5, color="0.9", linewidth=0.8, zorder=0)
    ax.set_ylim(-0.6, len(cats) - 0.4)
    ax.set_xlim(left=0)
    unit = "rate per 1,000 tokens" if value == "rate" else value
    ax.set_xlabel(f"每篇讲话 per speech part: {unit}; circles = speech parts, diamonds = campaign mean, "
                  "bars = 95% t-interval (only with >= 3 speech parts)", fontsize="small")
    ax.set_title("话语特征 rhetoric by campaign, speeches (讲话) as the unit of evidence", fontsize="medium")
    ax.legend(loc="lower right", fontsize="small", frameon=False)
    return fig
