"""Word clouds that render Chinese: plain clouds of counts and comparison clouds of groups.

Layouts come from ``WordCloud.generate_from_frequencies`` only (never
WordCloud's own tokenizer, which drops one-character words such as 抓 and
cannot segment Chinese), with the CJK font of :mod:`corpusmine.viz.fonts`.

Examples
--------
>>> from corpusmine.viz import clouds
>>> clouds.comparison_table(__import__("pandas").DataFrame({"rural": [8, 2], "civilised_city": [2, 8]},
...                         index=["返贫", "创文"]))["term"].tolist()
['创文', '返贫']
"""

from __future__ import annotations

import functools
import math
import warnings
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine.viz.axes import new_axes, require_table
from corpusmine.viz.fonts import ensure_font
from corpusmine.viz.palette import group_color, group_label, order_groups

__all__ = ["comparison_cloud", "comparison_table", "make_wordcloud", "wordcloud"]


def _frequencies(freqs, max_words: int) -> dict[str, float]:
    """Validated term → weight dict, ordered by weight (desc) then term, at most max_words."""
    if isinstance(freqs, pd.DataFrame):
        raise TypeError("freqs must be a Mapping or a Series (term → count), not a DataFrame; "
                        "select one column, e.g. counts['rural']")
    if isinstance(freqs, pd.Series):
        items = list(zip(freqs.index.astype(str), freqs.to_numpy()))
    elif isinstance(freqs, Mapping):
        items = [(str(k), v) for k, v in freqs.items()]
    else:
        raise TypeError(f"freqs must be a Mapping or a Series, got {type(freqs).__name__}")
    out: dict[str, float] = {}
    for term, value in items:
        value = float(value)
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"frequency of {term!r} must be a finite number >= 0, got {value}")
        if value > 0:
            out[term] = out.get(term, 0.0) + value
    if not out:
        raise ValueError("no term has a positive frequency: nothing to draw")
    ordered = sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:max_words]
    return dict(ordered)


@functools.lru_cache(maxsize=8)
def _charmap(font_path: str) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(font_path).get_charmap())


def _warn_missing_glyphs(font_path: str, terms) -> None:
    """Warn (like matplotlib does) when the font cannot draw a character of a term.

    WordCloud draws with Pillow, which silently prints an empty box for a
    missing glyph; this check makes the problem visible.
    """
    have = _charmap(str(font_path))
    missing = sorted({ch for term in terms for ch in term if not ch.isspace() and ord(ch) not in have})
    if missing:
        shown = "".join(missing[:20])
        warnings.warn(f"Glyph(s) {shown!r} missing from font {Path(font_path).name}: "
                      "these characters will show as empty boxes in the word cloud", UserWarning,
                      stacklevel=3)


def make_wordcloud(
    freqs,
    *,
    max_words: int = 150,
    random_state: int = 0,
    colormap: str | None = "viridis",
    color: str | None = None,
    color_func=None,
    width: int = 800,
    height: int = 450,
    background_color: str = "white",
    prefer_horizontal: float = 1.0,
    relative_scaling: float = 0.5,
    font_path: str | None = None,
):
    """Lay out a word cloud from given frequencies (the WordCloud object, no figure).

    Uses ``WordCloud.generate_from_frequencies`` only, never WordCloud's own
    tokenizer (its default regular expression drops every one-character word
    such as 抓, and it cannot segment Chinese).  Frequencies are ordered by
    value then term before layout, so the picture does not depend on the
    order of the input.  Words that do not fit even at the smallest font size
    are left out by WordCloud's layout; check ``.layout_`` for what was drawn.

    Parameters
    ----------
    freqs : Mapping or Series
        Term → count (or any non-negative weight), e.g. one column of
        :func:`corpusmine.features.group_counts`.
    max_words : int
        Keep the ``max_words`` most frequent terms (ties broken by term).
    random_state : int
        Seed of the layout and colours: the same seed gives the same image.
    colormap : str or None
        Matplotlib colormap for the words (ignored when ``color`` or
        ``color_func`` is given).
    color : str, optional
        One colour for every word, e.g. ``group_color("rural")``.
    color_func : callable, optional
        WordCloud colour function (``word, font_size, position, orientation,
        random_state, **kw`` → colour).
    width, height : int
        Canvas size in pixels.
    background_color : str
    prefer_horizontal : float
        Share of horizontal words; 1.0 (default) because rotated Chinese reads badly.
    relative_scaling : float
        0 = size by rank only, 1 = size proportional to frequency (WordCloud's meaning).
    font_path : str, optional
        Font file; default :func:`use_cjk_font`'s Noto Sans CJK SC.

    Returns
    -------
    wordcloud.WordCloud
        Fitted: ``.layout_`` lists ``((word, relative_freq), font_size,
        position, orientation, colour)`` for every word drawn; ``.to_array()``
        gives the image.

    Warns
    -----
    UserWarning
        "Glyph(s) … missing from font …" when a term has characters the font
        cannot draw (Pillow would silently draw empty boxes).

    Examples
    --------
    >>> wc = make_wordcloud({"乡村振兴": 10, "抓": 6, "人居环境": 4}, width=300, height=200)
    >>> sorted(w for (w, _), *_ in wc.layout_)
    ['乡村振兴', '人居环境', '抓']
    """
    from matplotlib.colors import to_hex
    from wordcloud import WordCloud

    if int(max_words) < 1:
        raise ValueError(f"max_words must be >= 1, got {max_words}")
    frequencies = _frequencies(freqs, int(max_words))
    if font_path is None:
        font_path = ensure_font()
    _warn_missing_glyphs(font_path, frequencies)
    if color_func is None and color is not None:
        fixed = to_hex(color)

        def color_func(*args, **kwargs):
            return fixed

    wc = WordCloud(
        font_path=font_path,
        width=int(width),
        height=int(height),
        max_words=len(frequencies),
        random_state=int(random_state),
        background_color=background_color,
        colormap=colormap if color_func is None else None,
        color_func=color_func,
        prefer_horizontal=prefer_horizontal,
        relative_scaling=relative_scaling,
    )
    return wc.generate_from_frequencies(frequencies)


def _show_cloud(wc, ax, title):
    ax.imshow(wc.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax


def wordcloud(
    freqs,
    *,
    ax=None,
    max_words: int = 150,
    random_state: int = 0,
    colormap: str | None = "viridis",
    color: str | None = None,
    title: str | None = None,
    width: int = 800,
    height: int = 450,
    **kwargs,
):
    """Draw a word cloud of term frequencies (Chinese-safe, deterministic).

    A word cloud shows counts only: it says nothing about whether a term is
    *distinctive* (use :func:`keyness_bars`) or spread over many speeches
    (report document dispersion next to it).

    Parameters
    ----------
    freqs : Mapping or Series
        Term → count.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.
    max_words, random_state, colormap, color, width, height
        See :func:`make_wordcloud`; further keyword arguments go there too.
    title : str, optional
        Axes title, e.g. ``group_label("rural")``.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes holding the cloud image (``ax.images[0]``).

    Examples
    --------
    >>> import pandas as pd
    >>> counts = pd.Series({"乡村振兴": 12, "抓": 5, "返贫": 7, "撂荒地": 3})
    >>> ax = wordcloud(counts, title="乡村振兴 rural", random_state=1, width=300, height=200)
    """
    wc = make_wordcloud(freqs, max_words=max_words, random_state=random_state, colormap=colormap,
                        color=color, width=width, height=height, **kwargs)
    ax = new_axes(ax, (width / 100, height / 100))
    return _show_cloud(wc, ax, title)


def comparison_table(
    counts: pd.DataFrame,
    *,
    docs: pd.DataFrame | None = None,
    min_count: int = 1,
    min_docs: int = 1,
) -> pd.DataFrame:
    """Which group each term characterises, by how much its rate exceeds the average.

    The statistic of R's ``wordcloud::comparison.cloud`` (Fellows, package
    *wordcloud*): with ``c[t, g]`` the count of term ``t`` in group ``g`` and
    ``N[g]`` the group's total tokens, the rate is ``r[t, g] = c[t, g] / N[g]``
    and the excess ``e[t, g] = r[t, g] - mean_g r[t, g]`` (mean over groups,
    each group weighted equally whatever its size).  Every term is assigned to
    the group where its excess is largest and sized by that excess.  Terms
    with the same rate everywhere (excess 0) characterise no group and are
    left out.

    Parameters
    ----------
    counts : DataFrame
        Term × group raw counts (index = term), e.g.
        :func:`corpusmine.features.group_counts`.  Group totals ``N[g]`` are the
        column sums of this table.
    docs : DataFrame, optional
        Term × group document frequencies (e.g.
        ``features.doc_frequency(dtm, unit="speech_id")``): adds the ``docs``
        column, the number of speeches of the assigned group using the term.
    min_count : int
        Keep terms with at least this total count over all groups (applied
        before rates are compared; group totals always use every term).
    min_docs : int
        With ``docs``: keep terms used in at least this many documents of
        their assigned group, so that a phrase repeated in one template
        speech does not pass as characteristic of a campaign.

    Returns
    -------
    DataFrame
        One row per term, sorted by ``excess`` (desc) then term:

        - ``term``: the term;
        - ``group``: the group where its rate most exceeds the average;
        - ``count``: its count in that group; ``total``: over all groups;
        - ``rate``: per 1,000 tokens of that group;
        - ``mean_rate``: mean of the per-1,000 rates over groups;
        - ``excess``: ``rate - mean_rate`` (per 1,000 tokens, > 0);
        - ``docs`` (with ``docs`` only): documents of that group containing it.

    Examples
    --------
    >>> import pandas as pd
    >>> counts = pd.DataFrame({"rural": [8, 2], "civilised_city": [2, 8]},
    ...                       index=pd.Index(["返贫", "创文"], name="term"))
    >>> comparison_table(counts)[["term", "group", "excess"]]
      term           group  excess
    0   创文  civilised_city   300.0
    1   返贫           rural   300.0
    """
    require_table(counts, [], "comparison_table")
    if counts.shape[1] < 2:
        raise ValueError("comparison_table needs at least two groups (columns)")
    values = counts.to_numpy(dtype=float)
    if not np.isfinite(values).all() or (values < 0).any():
        raise ValueError("counts must be finite and >= 0")
    groups = [str(g) for g in counts.columns]
    totals = values.sum(axis=0)
    if (totals <= 0).any():
        empty = [g for g, n in zip(groups, totals) if n <= 0]
        raise ValueError(f"group(s) with no tokens: {empty}")
    rates = values / totals * 1000.0
    mean = rates.mean(axis=1)
    excess = rates - mean[:, None]
    best = np.argmax(excess, axis=1)          # ties: first group in column order
    rows = np.arange(len(values))
    out = pd.DataFrame({
        "term": counts.index.astype(str).to_numpy(),
        "group": np.asarray(groups, dtype=object)[best],
        "count": values[rows, best],
        "total": values.sum(axis=1),
        "rate": rates[rows, best],
        "mean_rate": mean,
        "excess": excess[rows, best],
    })
    if docs is not None:
        d = docs.reindex(index=counts.index, columns=counts.columns).fillna(0).to_numpy(dtype=float)
        out["docs"] = d[rows, best].astype(np.int64)
    keep = (out["total"] >= min_count) & (out["excess"] > 1e-12)
    if docs is not None:
        keep &= out["docs"] >= min_docs
    out = out[keep]
    if np.allclose(out["count"], np.round(out["count"])) and np.allclose(out["total"], np.round(out["total"])):
        out = out.astype({"count": np.int64, "total": np.int64})
    out = out.sort_values(["excess", "term"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)


def comparison_cloud(
    counts: pd.DataFrame,
    *,
    ax=None,
    max_words: int = 150,
    docs: pd.DataFrame | None = None,
    min_count: int = 2,
    min_docs: int = 1,
    random_state: int = 0,
    width: int = 900,
    height: int = 500,
    legend: bool = True,
    title: str | None = None,
    **kwargs,
):
    """Draw a comparison cloud: each term in the colour of the group it characterises.

    The counterpart of R's ``wordcloud::comparison.cloud``: terms are
    assigned and sized as in :func:`comparison_table` (rate in a group minus
    the term's average rate over groups), laid out by
    ``WordCloud.generate_from_frequencies`` and coloured with
    :func:`campaign_colors`; a legend names the groups.  Unlike R's version
    the groups are not placed in separate sectors of the circle: colour alone
    marks the group.

    Parameters
    ----------
    counts : DataFrame
        Term × group raw counts (e.g. :func:`corpusmine.features.group_counts`).
    ax : matplotlib Axes, optional
    max_words : int
        The ``max_words`` terms with the largest excess.
    docs, min_count, min_docs
        See :func:`comparison_table`.  ``min_count=2`` by default: a term said
        once is no evidence of a campaign's vocabulary.
    random_state : int
        Seed of the layout.
    width, height : int
        Canvas size in pixels.
    legend : bool
        Draw a legend of group colours below the cloud.
    title : str, optional
    **kwargs
        Passed to :func:`make_wordcloud`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> counts = pd.DataFrame({"rural": [8, 1, 3], "civilised_city": [1, 8, 3]},
    ...                       index=["返贫", "创文", "抓"])
    >>> comparison_table(counts)["term"].tolist()   # 抓: 3 of 12 tokens in both, left out
    ['创文', '返贫']
    >>> ax = comparison_cloud(counts, width=300, height=200)   # 返贫 orange, 创文 blue
    """
    from matplotlib.patches import Patch

    table = comparison_table(counts, docs=docs, min_count=min_count, min_docs=min_docs)
    if table.empty:
        raise ValueError("no term characterises any group (after min_count/min_docs): nothing to draw")
    table = table.head(int(max_words))
    groups = order_groups([str(g) for g in counts.columns])
    colours = {g: group_color(g, groups) for g in groups}
    term_colour = dict(zip(table["term"], table["group"].map(colours)))

    def color_func(word, *args, **kw):
        return term_colour[word]

    freqs = pd.Series(table["excess"].to_numpy(), index=table["term"].to_numpy())
    wc = make_wordcloud(freqs, max_words=max_words, random_state=random_state, color_func=color_func,
                        width=width, height=height, **kwargs)
    shown = [g for g in groups if g in set(table["group"])]
    handles = [Patch(facecolor=colours[g], label=group_label(g)) for g in shown] if legend else []
    # one legend row when the labels fit the width (about 0.11 inch per character), else a column
    fig_w = width / 100 if ax is None else ax.figure.get_figwidth()
    ncols = len(handles) if sum(0.6 + 0.11 * len(h.get_label()) for h in handles) <= fig_w else 1
    rows = math.ceil(len(handles) / max(ncols, 1))
    ax = new_axes(ax, (width / 100, height / 100 + 0.3 * rows + (0.4 if title else 0)))
    _show_cloud(wc, ax, title)
    if handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=ncols,
                  frameon=False)
    return ax
