"""Figures of discourse over time: trajectories with intervals, the era baseline and intensity bands.

Each function draws on a new or given figure and returns the figure; it never
saves (use :func:`corpusmine.viz.plots.save_figure`).

Examples
--------
>>> import pandas as pd
>>> t = pd.DataFrame({"feature": "乡村振兴", "kind": "term", "year": [2017, 2018, 2019], "n_docs": [1, 1, 0],
...                   "rate": [0.0, 12.0, float("nan")], "ci_low": [0.0, 6.0, float("nan")],
...                   "ci_high": [3.0, 20.0, float("nan")], "rate_smooth": [6.0, 6.0, 12.0],
...                   "rate_unit": "per 100k chars"})
>>> fig = trajectory_plot(t)
>>> [ax.get_title() for ax in fig.axes]
['乡村振兴']
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from corpusmine.viz.plots import use_cjk_font

__all__ = ["baseline_plot", "intensity_plot", "trajectory_plot"]

_BAND_COLORS = {"absent": "#f2f2f2", "occasional": "#c6dbef", "frequent": "#6baed6", "pervasive": "#08519c"}


def trajectory_plot(traj: pd.DataFrame, features=None, *, ncols: int = 3, panel_size=(3.6, 2.4), title=None):
    """Small multiples, one panel per feature: yearly rates with intervals, and the smoothed rate.

    Points are the raw yearly rates with their intervals (bars), grey ticks
    on the axis the reports without the feature (their interval is left out:
    it only says the report is short); the line is ``rate_smooth``; years
    without a document have no mark, and a line
    breaks where the smoothing window holds no document.

    Parameters
    ----------
    traj : DataFrame
        From :func:`corpusmine.stats.over_time.trajectory` with ``by="year"``.
    features : list of str, optional
        Panels to draw, in order (default every feature).
    ncols : int
        Panels per row.
    panel_size : (float, float)
        Inches per panel.
    title : str, optional
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> t = pd.DataFrame({"feature": ["攻坚战"] * 2, "kind": "term", "year": [2005, 2015], "n_docs": 1,
    ...                   "rate": [2.8, 13.7], "ci_low": [0.6, 8.0], "ci_high": [8.0, 22.0],
    ...                   "rate_smooth": [2.8, 13.7], "rate_unit": "per 100k chars"})
    >>> trajectory_plot(t).axes[0].get_ylabel()
    'per 100k chars'
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    feats = list(dict.fromkeys(traj["feature"])) if features is None else list(features)
    if not feats:
        raise ValueError("nothing to draw: the trajectory table has no feature")
    ncols = max(1, min(ncols, len(feats)))
    nrows = math.ceil(len(feats) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(panel_size[0] * ncols, panel_size[1] * nrows + 0.4),
                             squeeze=False, sharex=True, layout="constrained")
    for ax, f in zip(axes.ravel(), feats):
        sub = traj[traj["feature"] == f].sort_values("year")
        if sub.empty:
            raise ValueError(f"feature {f!r} is not in the trajectory table")
        zero = sub[(sub["n_docs"] > 0) & (sub["rate"] == 0)]
        pts = sub[(sub["n_docs"] > 0) & (sub["rate"] > 0)]
        err = np.vstack([pts["rate"] - pts["ci_low"], pts["ci_high"] - pts["rate"]]).clip(min=0)
        ax.errorbar(pts["year"], pts["rate"], yerr=err, fmt="o", ms=2.5, lw=0.6, color="#4a6fa5", alpha=0.8)
        ax.plot(zero["year"], zero["rate"], "|", ms=4, color="#999999")      # a report without the feature
        ax.plot(sub["year"], sub["rate_smooth"], color="#c0392b", lw=1.4)
        ax.set_title(str(f), fontsize=10)
        ax.set_ylabel(str(sub["rate_unit"].iloc[0]), fontsize=8)
        ax.tick_params(labelsize=8)
        ax.set_ylim(bottom=0)
    for ax in axes.ravel()[len(feats):]:
        ax.set_visible(False)
    if title:
        fig.suptitle(title, fontsize=11)
    return fig


def baseline_plot(baseline: pd.DataFrame, *, categories=None, ncols: int = 4, title=None):
    """The era baseline: each register's rate by period, with bootstrap intervals where there are any.

    Parameters
    ----------
    baseline : DataFrame
        From :func:`corpusmine.stats.era_compare.era_baseline`.
    categories : list of str, optional
        Registers to draw (default all, in table order).
    ncols : int
        Panels per row.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> b = pd.DataFrame({"period": ["2004-2013 温家宝", "2014-2023 李克强"], "category": "mobilisation",
    ...                   "label_zh": "动员与战争隐喻", "rate_per_1000": [0.69, 1.28], "ci_low": [0.59, 1.0],
    ...                   "ci_high": [0.8, 1.56], "n_docs": [10, 9]})
    >>> baseline_plot(b).axes[0].get_title()
    '动员与战争隐喻 mobilisation'
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    cats = list(dict.fromkeys(baseline["category"])) if categories is None else list(categories)
    periods = list(dict.fromkeys(baseline["period"]))
    ncols = max(1, min(ncols, len(cats)))
    nrows = math.ceil(len(cats) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.3 * ncols, 0.28 * len(periods) * nrows + 1.2 * nrows),
                             squeeze=False, sharey=True, layout="constrained")
    y = np.arange(len(periods))[::-1]
    for ax, c in zip(axes.ravel(), cats):
        sub = baseline[baseline["category"] == c].set_index("period").reindex(periods)
        lo = (sub["rate_per_1000"] - sub["ci_low"]).to_numpy(dtype=float)
        hi = (sub["ci_high"] - sub["rate_per_1000"]).to_numpy(dtype=float)
        ax.errorbar(sub["rate_per_1000"], y, xerr=np.vstack([np.nan_to_num(lo), np.nan_to_num(hi)]).clip(min=0),
                    fmt="o", ms=4, lw=1, color="#4a6fa5")
        ax.set_title(f"{sub['label_zh'].dropna().iloc[0]} {c}", fontsize=9)
        ax.set_yticks(y, periods, fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlim(left=0)
        ax.set_xlabel("per 1,000 tokens", fontsize=8)
    for ax in axes.ravel()[len(cats):]:
        ax.set_visible(False)
    if title:
        fig.suptitle(title, fontsize=11)
    return fig


def intensity_plot(table: pd.DataFrame, *, by: str = "period", title=None):
    """Features × periods, each cell coloured by its intensity band and labelled with its share of documents.

    Parameters
    ----------
    table : DataFrame
        From :func:`corpusmine.stats.spread.intensity`.
    by : {"period", "year"}
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> t = pd.DataFrame({"feature": ["脱贫攻坚"] * 2, "period": ["2010-2014", "2015-2019"], "n_docs_with": [0, 3],
    ...                   "n_docs": [1, 3], "share_docs": [0.0, 1.0], "band": ["absent", "pervasive"]})
    >>> [t.get_text() for t in intensity_plot(t).axes[0].texts]
    ['0/1', '3/3']
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    use_cjk_font()
    feats = list(dict.fromkeys(table["feature"]))
    cols = list(dict.fromkeys(table[by].astype(str)))
    bands = list(_BAND_COLORS)
    grid = np.full((len(feats), len(cols)), np.nan)
    fig, ax = plt.subplots(figsize=(1.0 + 0.9 * len(cols), 0.8 + 0.38 * len(feats)), layout="constrained")
    for r in table.itertuples(index=False):
        i, j = feats.index(r.feature), cols.index(str(getattr(r, by)))
        grid[i, j] = bands.index(r.band) if r.band in bands else np.nan
        ax.text(j, i, f"{r.n_docs_with}/{r.n_docs}", ha="center", va="center", fontsize=7,
                color="white" if r.band == "pervasive" else "black")
    ax.imshow(grid, cmap=ListedColormap(list(_BAND_COLORS.values())), vmin=-0.5, vmax=len(bands) - 0.5,
              aspect="auto")
    ax.set_xticks(range(len(cols)), cols, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(feats)), feats, fontsize=8)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in _BAND_COLORS.values()]
    ax.legend(handles, bands, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    if title:
        ax.set_title(title, fontsize=10)
    return fig
