"""Figures that render Chinese correctly, in one palette, and save reproducibly.

Every plot function takes the tidy tables produced by the analysis modules,
draws on a given :class:`matplotlib.axes.Axes` (or a new figure when ``ax`` is
None), returns the Axes and never writes a file: saving is the separate,
explicit step :func:`save_figure`.

This module holds the keyness, topic and rhetoric plots and, for
convenience, re-exports the names of :mod:`~corpusmine.viz.palette`,
:mod:`~corpusmine.viz.fonts`, :mod:`~corpusmine.viz.clouds` and
:mod:`~corpusmine.viz.save`, so ``plots.save_figure``, ``plots.group_label``
and ``plots.wordcloud`` keep working.

Chinese text needs a CJK font.  :func:`use_cjk_font` registers *Noto Sans CJK
SC* from the pip-installed ``mplfonts`` package (a project dependency), so the
figures look the same on every machine and no system font is assumed.  Every
plot function calls it, so a missing glyph (the tofu boxes □□ and matplotlib's
"Glyph … missing from font(s)" warning) cannot happen silently.

Colours come from one fixed palette, :func:`campaign_colors`, built on the
colour-blind-safe Okabe–Ito set (Okabe & Ito 2008, *Color Universal Design*);
group names are shown bilingually through :data:`GROUP_LABELS`.

Examples
--------
>>> import pandas as pd
>>> from corpusmine.viz import plots
>>> import tempfile
>>> ax = plots.wordcloud(pd.Series({"乡村振兴": 12, "抓": 5, "人居环境": 7}), width=300, height=200)
>>> [p.suffix for p in plots.save_figure(ax.figure, "乡村振兴_词云", formats=("png", "pdf"),
...                                       folder=tempfile.mkdtemp())]
['.png', '.pdf']
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from corpusmine.viz.axes import fmt_count, new_axes, require_table
from corpusmine.viz.clouds import comparison_cloud, comparison_table, make_wordcloud, wordcloud
from corpusmine.viz.fonts import CJK_FONT_FILE, use_cjk_font
from corpusmine.viz.palette import (GROUP_LABELS, PALETTE, campaign_colors, group_color, group_label,
                                    order_groups)
from corpusmine.viz.save import save_figure, slug

__all__ = [
    "CJK_FONT_FILE",
    "GROUP_LABELS",
    "PALETTE",
    "campaign_colors",
    "comparison_cloud",
    "comparison_table",
    "group_color",
    "group_label",
    "keyness_bars",
    "make_wordcloud",
    "rhetoric_dotplot",
    "save_figure",
    "slug",
    "topic_heatmap",
    "use_cjk_font",
    "wordcloud",
]

# --------------------------------------------------------------------------- #
# keyness
# --------------------------------------------------------------------------- #

_DOCS_COLUMNS = ("docs_target", "docs_reference")


def keyness_bars(
    table: pd.DataFrame,
    *,
    stat: str = "logodds_z",
    n: int = 15,
    target: str | None = None,
    reference: str | None = None,
    negative: bool = True,
    alpha: float = 0.05,
    ax=None,
):
    """Horizontal bars of the most over-used (and under-used) terms of one comparison.

    Bars are the keyness statistic (by default the weighted log-odds z-score
    of Monroe, Colaresi & Quinn 2008), coloured by the group that over-uses
    the term; each bar is annotated with its counts ``n=target/reference`` and,
    when the table has them, the number of documents using it
    ``docs=target/reference`` (template copies make a high count from one
    speech look like strong evidence: the document count shows it).  Terms
    not significant after multiple-comparison correction are drawn hatched
    and pale; the test is the document-level one (``doc_p_adj``: Mann-Whitney
    over speeches, from ``keyness(..., dtm=...)``) when the table has it, else
    the token-level ``p_adj`` (every token an independent draw, so every
    one-speech term looks significant); the legend title names the test used.
    Terms used by one document only (``single_doc``) are marked ``†`` on the
    axis and in the legend.

    Parameters
    ----------
    table : DataFrame
        Long keyness table (``corpusmine.stats.keyness.keyness_table`` or
        ``keyness``): columns ``term``, ``stat``, ``count_target``,
        ``count_reference`` and, for a long table, ``target`` and
        ``reference``; optional ``docs_target``, ``docs_reference``,
        ``doc_p_adj``, ``p_adj``, ``single_doc``.
    stat : str
        Column to plot (``logodds_z``, ``g2``, ``log_ratio`` …); positive =
        over-used in the target.
    n : int
        Number of terms on each side.
    target, reference : str, optional
        Which comparison of a long table to draw; needed when the table holds
        more than one.
    negative : bool
        Also draw the ``n`` most negative terms (over-used in the reference).
    alpha : float
        Significance level for the hatching (``doc_p_adj``, else ``p_adj``).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"term": ["创文", "测评", "返贫"], "target": "civilised_city",
    ...                   "reference": "rest", "logodds_z": [4.2, 2.9, -3.1],
    ...                   "count_target": [40, 18, 0], "count_reference": [2, 1, 25]})
    >>> ax = keyness_bars(t, n=2)
    >>> t["doc_p_adj"], t["single_doc"] = [0.29, 0.29, 0.04], [True, False, False]
    >>> ax = keyness_bars(t, n=2)
    >>> [x.get_text() for x in ax.get_yticklabels()], ax.get_legend().get_title().get_text()
    (['创文 †', '测评', '返贫'], '显著性 doc_p_adj (按讲话 Mann-Whitney, by document)')
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    require_table(table, ["term", stat, "count_target", "count_reference"], "keyness_bars")
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    t = table
    if target is not None:
        if "target" not in t.columns:
            raise ValueError("keyness_bars: target given but the table has no 'target' column")
        t = t[t["target"].astype(str) == str(target)]
    if reference is not None:
        if "reference" not in t.columns:
            raise ValueError("keyness_bars: reference given but the table has no 'reference' column")
        t = t[t["reference"].astype(str) == str(reference)]
    if t.empty:
        raise ValueError(f"keyness_bars: no rows for target={target!r}, reference={reference!r}")
    if "target" in t.columns and "reference" in t.columns:
        pairs = t[["target", "reference"]].astype(str).drop_duplicates()
        if len(pairs) > 1:
            listed = ", ".join(f"{a}→{b}" for a, b in pairs.itertuples(index=False))
            raise ValueError(f"keyness_bars: the table holds several comparisons ({listed}); "
                             "choose one with target=... (and reference=...)")
        tgt, ref = pairs.iloc[0]
    else:
        tgt, ref = str(target or "target"), str(reference or "reference")

    t = t[np.isfinite(t[stat].astype(float))]
    order = t.assign(_s=t[stat].astype(float), _t=t["term"].astype(str))
    pos = order[order["_s"] > 0].sort_values(["_s", "_t"], ascending=[False, True], kind="mergesort").head(n)
    parts = [pos]
    if negative:
        neg = order[order["_s"] < 0].sort_values(["_s", "_t"], ascending=[True, True], kind="mergesort").head(n)
        parts.append(neg.iloc[::-1])
    shown = pd.concat(parts)
    if shown.empty:
        raise ValueError(f"keyness_bars: no term with a non-zero, finite {stat}")

    groups = order_groups([tgt, ref])
    c_pos, c_neg = group_color(tgt, groups), group_color(ref, groups)
    ax = new_axes(ax, (7.5, max(2.5, 0.32 * len(shown) + 1.2)))
    y = np.arange(len(shown))[::-1]            # strongest positive term on top
    vals = shown["_s"].to_numpy()
    test = next((c for c in ("doc_p_adj", "p_adj") if c in shown.columns), None)
    sig = np.ones(len(shown), dtype=bool)
    if test is not None:
        sig = shown[test].astype(float).to_numpy() < alpha         # NaN: not significant
    single = shown["single_doc"].fillna(False).astype(bool).to_numpy() if "single_doc" in shown.columns else \
        np.zeros(len(shown), dtype=bool)
    colours = np.where(vals > 0, c_pos, c_neg)
    for yi, v, c, s in zip(y, vals, colours, sig):
        ax.barh(yi, v, color=c, alpha=1.0 if s else 0.35, hatch=None if s else "//", edgecolor=c, height=0.75)
    ax.set_yticks(y, [f"{t} †" if one else t for t, one in zip(shown["_t"], single)])
    ax.axvline(0, color="0.3", linewidth=0.8)
    span = float(np.max(np.abs(vals))) if len(vals) else 1.0
    has_docs = all(c in shown.columns for c in _DOCS_COLUMNS)
    for yi, v, one, (_, row) in zip(y, vals, single, shown.iterrows()):
        text = f"n={fmt_count(row['count_target'])}/{fmt_count(row['count_reference'])}"
        if has_docs:
            text += f" · docs={fmt_count(row['docs_target'])}/{fmt_count(row['docs_reference'])}"
        if one:
            text += " · 仅一篇"
        pad = 0.02 * span
        ax.text(v + (pad if v > 0 else -pad), yi, text, va="center", ha="left" if v > 0 else "right",
                fontsize="x-small", color="0.25")
    lim = span * 1.6 if len(vals) else 1.0
    ax.set_xlim(-lim if (vals < 0).any() else -0.05 * lim, lim if (vals > 0).any() else 0.05 * lim)
    ax.set_xlabel(f"{stat}  (> 0: {group_label(tgt)} 多用; < 0: {group_label(ref)} 多用)")
    ax.set_title(f"关键词 keyness: {group_label(tgt)} vs {group_label(ref)}")
    handles = [Patch(facecolor=c_pos, label=group_label(tgt))]
    if (vals < 0).any():
        handles.append(Patch(facecolor=c_neg, label=group_label(ref)))
    if not sig.all():
        handles.append(Patch(facecolor="white", edgecolor="0.4", hatch="//",
                             label=f"{test} ≥ {alpha:g} (不显著 n.s.)"))
    if single.any():
        handles.append(Line2D([], [], linestyle="none", marker="$†$", color="0.25",
                              label="† 仅一篇讲话使用 used by one document only"))
    title = None if test is None else (
        "显著性 doc_p_adj (按讲话 Mann-Whitney, by document)" if test == "doc_p_adj"
        else "显著性 p_adj (按词次 G2, token-level)")
    ax.legend(handles=handles, loc="lower right", fontsize="small", frameon=False, title=title,
              title_fontsize="small")
    ax.margins(y=0.02)
    return ax


# --------------------------------------------------------------------------- #
# topics
# --------------------------------------------------------------------------- #

def topic_heatmap(
    prevalence: pd.DataFrame,
    *,
    ax=None,
    annotate: bool = True,
    cmap: str = "Blues",
    colorbar: bool = True,
):
    """Heat map of topic prevalence (rows: topics, columns: groups).

    Parameters
    ----------
    prevalence : DataFrame
        Tidy, one row per topic and group (``corpusmine.stats.topics.topic_prevalence``):
        ``topic``, ``label`` (short topic label, e.g. "垃圾·分类·整治"),
        ``group`` and ``prevalence`` (mean share of the topic in the group's
        documents); optional ``ci_low``, ``ci_high`` (bootstrap interval),
        shown under the value when ``annotate``.
    ax : matplotlib Axes, optional
    annotate : bool
        Write the value (and its interval) in each cell.
    cmap : str
        Sequential colormap (colour-blind safe by default).
    colorbar : bool
        Add a colour bar.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> prev = pd.DataFrame({"topic": [0, 0, 1, 1], "label": ["返贫·监测·帮扶"] * 2 + ["测评·创文·点位"] * 2,
    ...                      "group": ["rural", "civilised_city"] * 2,
    ...                      "prevalence": [0.61, 0.05, 0.07, 0.72]})
    >>> ax = topic_heatmap(prev)
    """
    require_table(prevalence, ["topic", "label", "group", "prevalence"], "topic_heatmap")
    p = prevalence.copy()
    p["group"] = p["group"].astype(str)
    if p.duplicated(["topic", "group"]).any():
        raise ValueError("topic_heatmap: more than one row per (topic, group)")
    groups = order_groups(p["group"])
    topics = sorted(p["topic"].unique(), key=lambda x: (not isinstance(x, (int, np.integer)), x))
    labels = p.drop_duplicates("topic").set_index("topic")["label"].astype(str)
    grid = p.pivot(index="topic", columns="group", values="prevalence").reindex(index=topics, columns=groups)
    has_ci = {"ci_low", "ci_high"} <= set(p.columns)
    if has_ci:
        lo = p.pivot(index="topic", columns="group", values="ci_low").reindex(index=topics, columns=groups)
        hi = p.pivot(index="topic", columns="group", values="ci_high").reindex(index=topics, columns=groups)

    ax = new_axes(ax, (1.6 * len(groups) + 3.5, 0.55 * len(topics) + 1.6))
    data = grid.to_numpy(dtype=float)
    vmax = float(np.nanmax(data)) if np.isfinite(data).any() else 1.0
    im = ax.imshow(np.ma.masked_invalid(data), cmap=cmap, vmin=0.0, vmax=vmax if vmax > 0 else 1.0,
                   aspect="auto")
    ax.set_xticks(np.arange(len(groups)), [group_label(g).replace(" ", "\n", 1) for g in groups])
    ax.set_yticks(np.arange(len(topics)), [f"T{t}  {labels[t]}" for t in topics])
    ax.tick_params(axis="x", length=0)
    ax.tick_params(axis="y", length=0)
    if annotate:
        norm = im.norm
        cm = im.get_cmap()
        for i in range(len(topics)):
            for j in range(len(groups)):
                v = data[i, j]
                if not np.isfinite(v):
                    continue
                r, g, b, _ = cm(norm(v))
                dark = (0.299 * r + 0.587 * g + 0.114 * b) < 0.5
                text = f"{v:.2f}"
                if has_ci and np.isfinite(lo.iat[i, j]) and np.isfinite(hi.iat[i, j]):
                    text += f"\n[{lo.iat[i, j]:.2f}, {hi.iat[i, j]:.2f}]"
                ax.text(j, i, text, ha="center", va="center", fontsize="small",
                        color="white" if dark else "black")
    if colorbar:
        ax.figure.colorbar(im, ax=ax, label="主题比重 prevalence", shrink=0.8)
    ax.set_title("主题分布 topic prevalence by campaign")
    return ax


# --------------------------------------------------------------------------- #
# rhetoric
# --------------------------------------------------------------------------- #

def rhetoric_dotplot(
    rates: pd.DataFrame,
    *,
    ax=None,
    labels: Mapping[str, str] | None = None,
    value: str = "rate_per_1000",
):
    """Dot plot of rhetoric rates by category and group, with confidence intervals.

    One row per category, one dot per group (dodged vertically), horizontal
    error bars from ``ci_low`` to ``ci_high``.  With few speeches per campaign
    the intervals are wide: overlapping bars mean the data cannot tell the
    campaigns apart.

    Parameters
    ----------
    rates : DataFrame
        Tidy (``corpusmine.stats.rhetoric.rhetoric_rates``): ``group``, ``category``,
        ``rate_per_1000`` (hits per 1,000 tokens) and ``ci_low``, ``ci_high``
        (interval bounds, same unit); optional ``n_docs``.
    ax : matplotlib Axes, optional
    labels : Mapping, optional
        Category → display label (e.g. ``{"directive": "指令 directive"}``);
        default: a ``label_zh`` column when present (shown as "label_zh
        category"), else the category name.
    value : str
        Column with the point estimate.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> rates = pd.DataFrame({"group": ["rural", "civilised_city"], "category": "mobilisation",
    ...                       "rate_per_1000": [3.1, 7.4], "ci_low": [1.2, 4.0], "ci_high": [5.0, 11.2]})
    >>> ax = rhetoric_dotplot(rates, labels={"mobilisation": "动员 mobilisation"})
    """
    require_table(rates, ["group", "category", value, "ci_low", "ci_high"], "rhetoric_dotplot")
    r = rates.copy()
    r["group"] = r["group"].astype(str)
    r["category"] = r["category"].astype(str)
    if r.duplicated(["group", "category"]).any():
        raise ValueError("rhetoric_dotplot: more than one row per (group, category)")
    groups = order_groups(r["group"])
    cats = list(dict.fromkeys(r["category"]))
    if labels is None:
        if "label_zh" in r.columns:
            zh = r.drop_duplicates("category").set_index("category")["label_zh"].astype(str)
            labels = {c: f"{zh[c]} {c}" for c in cats}
        else:
            labels = {}
    ax = new_axes(ax, (7.5, 0.45 * len(cats) * max(1, len(groups)) / 2 + 1.8))
    k = len(groups)
    width = 0.7
    offsets = ((k - 1) / 2 - np.arange(k)) * (width / max(k, 1))   # first group on top, as in the legend
    base = np.arange(len(cats))[::-1]
    for gi, g in enumerate(groups):
        sub = r[r["group"] == g].set_index("category").reindex(cats)
        x = sub[value].astype(float).to_numpy()
        lo = sub["ci_low"].astype(float).to_numpy()
        hi = sub["ci_high"].astype(float).to_numpy()
        ok = np.isfinite(x)
        err = np.vstack([np.clip(np.nan_to_num(x - lo, nan=0.0), 0, None),
                         np.clip(np.nan_to_num(hi - x, nan=0.0), 0, None)])
        ax.errorbar(x[ok], (base + offsets[gi])[ok], xerr=err[:, ok], fmt="o", color=group_color(g, groups),
                    ecolor=group_color(g, groups), elinewidth=1.4, capsize=2.5, markersize=5,
                    label=group_label(g))
    ax.set_yticks(base, [labels.get(c, c) for c in cats])
    for b in base[:-1]:
        ax.axhline(b - 0.5, color="0.9", linewidth=0.8, zorder=0)
    ax.set_ylim(-0.6, len(cats) - 0.4)
    ax.set_xlim(left=0)
    ax.set_xlabel("每千词频次 rate per 1,000 tokens (95% CI)")
    ax.set_title("话语特征 rhetoric by campaign")
    ax.legend(loc="best", fontsize="small", frameon=False)
    return ax
