"""Figures that render Chinese correctly, in one palette, and save reproducibly.

Every plot function takes the tidy tables produced by the analysis modules,
draws on a given :class:`matplotlib.axes.Axes` (or a new figure when ``ax`` is
None), returns the Axes and never writes a file: saving is the separate,
explicit step :func:`save_figure`.

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
>>> ax = plots.wordcloud(pd.Series({"乡村振兴": 12, "抓": 5, "人居环境": 7}))   # doctest: +SKIP
>>> plots.save_figure(ax.figure, "乡村振兴_词云", formats=("png", "pdf"))          # doctest: +SKIP
"""

from __future__ import annotations

import functools
import importlib.util
import math
import logging
import os
import secrets
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import config

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
    "topic_heatmap",
    "use_cjk_font",
    "wordcloud",
]

# --------------------------------------------------------------------------- #
# palette and labels
# --------------------------------------------------------------------------- #

#: The Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), in its usual order.
PALETTE: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}

# Fixed campaign colours.  Orange, blue and bluish green stay distinct under the
# three common colour-vision deficiencies and in greyscale print (their
# lightness differs); ``other`` is neutral grey because it is never compared.
_CAMPAIGN_COLORS: dict[str, str] = {
    "rural": PALETTE["orange"],
    "civilised_city": PALETTE["blue"],
    "environment": PALETTE["bluish_green"],
    "other": PALETTE["grey"],
}
# Colours handed, in this order, to groups that are not campaigns (e.g. levels).
_EXTRA_COLORS: tuple[str, ...] = (
    PALETTE["vermillion"], PALETTE["reddish_purple"], PALETTE["sky_blue"], PALETTE["yellow"],
)

#: Bilingual label of every group, used in legends, axes and titles.
GROUP_LABELS: dict[str, str] = {
    "rural": "乡村振兴 rural",
    "civilised_city": "创建文明城市 civilised city",
    "environment": "城乡环境整治 environment",
    "other": "其他 other",
    "rest": "其余 rest",
}

_CAMPAIGN_ORDER: tuple[str, ...] = ("rural", "civilised_city", "environment", "other")


def campaign_colors() -> dict[str, str]:
    """The fixed colour of every campaign, shared by all figures.

    Returns
    -------
    dict
        ``{"rural": "#E69F00", "civilised_city": "#0072B2",
        "environment": "#009E73", "other": "#999999"}`` (Okabe–Ito orange,
        blue, bluish green and grey; Okabe & Ito 2008).  A new dict each call,
        so callers may modify it freely.

    Examples
    --------
    >>> campaign_colors()["rural"]        # 乡村振兴 is always orange
    '#E69F00'
    """
    return dict(_CAMPAIGN_COLORS)


def group_color(group: str, groups: Sequence[str] = ()) -> str:
    """Colour of ``group``: its campaign colour, else an extra Okabe–Ito colour.

    Parameters
    ----------
    group : str
        A campaign (``rural`` …) or any other group name.
    groups : sequence of str
        All groups of the figure, in display order; non-campaign groups get the
        extra colours in this order (so the same figure always gets the same
        colours).

    Examples
    --------
    >>> group_color("environment")
    '#009E73'
    >>> group_color("县级", ["县级", "市级"])
    '#D55E00'
    """
    if group in _CAMPAIGN_COLORS:
        return _CAMPAIGN_COLORS[group]
    if group == "rest":
        return PALETTE["grey"]
    others = [g for g in dict.fromkeys(groups) if g not in _CAMPAIGN_COLORS and g != "rest"]
    if group not in others:
        others.append(group)
    return _EXTRA_COLORS[others.index(group) % len(_EXTRA_COLORS)]


def group_label(group: str) -> str:
    """Bilingual display label of a group (the name itself when unknown).

    Examples
    --------
    >>> group_label("rural")
    '乡村振兴 rural'
    >>> group_label("县级")
    '县级'
    """
    return GROUP_LABELS.get(str(group), str(group))


def _order_groups(groups) -> list[str]:
    """Campaigns first in their fixed order, then other groups in order of appearance."""
    uniq = [str(g) for g in dict.fromkeys(groups)]
    known = [g for g in _CAMPAIGN_ORDER if g in uniq]
    return known + [g for g in uniq if g not in _CAMPAIGN_ORDER]


# --------------------------------------------------------------------------- #
# the CJK font
# --------------------------------------------------------------------------- #

#: File name of the default CJK font inside the ``mplfonts`` package.
CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"
_FONT_PACKAGE = "mplfonts"
_FONT_PIN = "mplfonts==0.0.11"
# font file → family name, for fonts this module has already registered
_registered: dict[str, str] = {}
# the font chosen by the last successful use_cjk_font() call: {"font": (family, path)}
_current: dict[str, tuple[str, str]] = {}


def _bundled_font_path() -> Path | None:
    """Where mplfonts ships Noto Sans CJK SC, or None when it is not installed.

    The package is located with :func:`importlib.util.find_spec`, which does not
    execute it: mplfonts' own initialisation (which writes into matplotlib's
    configuration folder) is never run.
    """
    try:
        spec = importlib.util.find_spec(_FONT_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "fonts" / CJK_FONT_FILE
        if candidate.is_file():
            return candidate
    return None


def _register(path: Path) -> str:
    """Add a font file to matplotlib's font manager once; return its family name."""
    from matplotlib import font_manager

    key = str(path)
    name = _registered.get(key)
    known = {f.fname for f in font_manager.fontManager.ttflist}
    if name is None or key not in known:
        font_manager.fontManager.addfont(key)
        name = font_manager.FontProperties(fname=key).get_name()
        _registered[key] = name
    # A system font of the same family (Debian's fonts-noto-cjk also calls itself "Noto Sans CJK SC")
    # would tie with this file in findfont and could win by list order: the figures would then depend
    # on what the machine has installed.  Put this file's entries first so it always wins the tie.
    entries = font_manager.fontManager.ttflist
    ours = [f for f in entries if f.fname == key]
    if entries[: len(ours)] != ours:
        entries[:] = ours + [f for f in entries if f.fname != key]
        clear = getattr(getattr(font_manager.fontManager, "_findfont_cached", None), "cache_clear", None)
        if clear is not None:
            clear()
    return name


def use_cjk_font(family: str | os.PathLike | None = None) -> str:
    """Make matplotlib draw Chinese (and Latin) text with a CJK font.

    With no argument, registers Noto Sans CJK SC from the pip-installed
    ``mplfonts`` package, never a system font, so figures are the same on every
    machine.  ``rcParams`` are set to ``font.family = "sans-serif"``,
    ``font.sans-serif = [<CJK family>, "DejaVu Sans"]`` (the CJK font covers
    Latin letters and digits too; DejaVu Sans is matplotlib's own fallback for
    anything else) and ``axes.unicode_minus = False`` (CJK fonts draw the ASCII
    hyphen-minus well, the Unicode minus sign badly).  mplfonts' own set-up is
    not called (it copies files into matplotlib's configuration folder).

    Idempotent and cheap when repeated: a font file is added to the font
    manager only once per process, and later calls only reset the three
    ``rcParams`` (in case something such as ``plt.rcdefaults()`` undid them).
    The plot functions of this module re-apply the font chosen by the last
    call (Noto Sans CJK SC until this function is called with ``family``).

    Parameters
    ----------
    family : str or path-like, optional
        None (default): the bundled Noto Sans CJK SC.  A path to a ``.otf`` /
        ``.ttf`` / ``.ttc`` file: that font.  Any other string: the name of a
        font family matplotlib already knows (e.g. "Source Han Sans SC"); it
        must be found exactly, matplotlib's silent fallback to DejaVu Sans is
        refused.

    Returns
    -------
    str
        Path of the font file, as needed by ``WordCloud(font_path=...)``.

    Raises
    ------
    RuntimeError
        No CJK font can be found: the message says to ``pip install
        mplfonts==0.0.11`` (or which family was not found).

    Examples
    --------
    >>> path = use_cjk_font()
    >>> path.endswith("NotoSansCJKsc-Regular.otf")
    True
    >>> import matplotlib.pyplot as plt             # doctest: +SKIP
    >>> plt.title("乡村振兴 rural")                 # drawn without tofu boxes  # doctest: +SKIP
    """
    from matplotlib import font_manager

    if family is None:
        path = _bundled_font_path()
        if path is None:
            raise RuntimeError(
                f"no CJK font found: the figures need the font {CJK_FONT_FILE} shipped by the Python "
                f"package 'mplfonts'; install it with `pip install {_FONT_PIN}` "
                "(or pass use_cjk_font(family=...) the path of another CJK font file)"
            )
        name = _register(path)
    elif isinstance(family, os.PathLike) or Path(str(family)).suffix.lower() in (".otf", ".ttf", ".ttc"):
        path = Path(family)
        if not path.is_file():
            raise RuntimeError(f"CJK font file not found: {path}")
        name = _register(path)
    else:
        try:
            found = font_manager.findfont(font_manager.FontProperties(family=str(family)),
                                          fallback_to_default=False)
        except ValueError as exc:
            raise RuntimeError(
                f"font family {family!r} is not known to matplotlib; pass the path of the font file "
                f"instead, or use the default (pip install {_FONT_PIN})"
            ) from exc
        path = Path(found)
        name = str(family)
    _current["font"] = (name, str(path))
    return _apply(name, str(path))


class _RegularWeightOnly(logging.Filter):
    """Drop matplotlib's note that a bold weight falls back to the regular one.

    The bundled CJK font has a single (regular) weight, so every bold title
    logs "Failed to find font weight bold …, now using 400".  That fallback is
    harmless (the text is drawn, only not bold); every other font message,
    such as a family not found, still gets through.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return "Failed to find font weight" not in record.getMessage()


_WEIGHT_FILTER = _RegularWeightOnly()


def _apply(name: str, path: str) -> str:
    import matplotlib as mpl

    fm_log = logging.getLogger("matplotlib.font_manager")
    if _WEIGHT_FILTER not in fm_log.filters:
        fm_log.addFilter(_WEIGHT_FILTER)

    mpl.rcParams["font.family"] = ["sans-serif"]
    mpl.rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
    mpl.rcParams["axes.unicode_minus"] = False
    return path


def _ensure_font() -> str:
    """Re-apply the font chosen by the last :func:`use_cjk_font` call (default: Noto Sans CJK SC)."""
    chosen = _current.get("font")
    if chosen is None:
        return use_cjk_font()
    return _apply(*chosen)


# --------------------------------------------------------------------------- #
# helpers
# --------------------------------------------------------------------------- #

def _new_ax(ax, figsize):
    """The given Axes, or a new figure's; the CJK font is set first (text takes it at creation)."""
    _ensure_font()
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _require(table: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{what}: expected a pandas DataFrame, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what}: missing column(s) {missing}; got {list(table.columns)}")
    if table.empty:
        raise ValueError(f"{what}: the table is empty")


def _fmt_count(x) -> str:
    if pd.isna(x):
        return "–"
    x = float(x)
    return str(int(x)) if x.is_integer() else f"{x:g}"


# --------------------------------------------------------------------------- #
# word clouds
# --------------------------------------------------------------------------- #

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
        font_path = _ensure_font()
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
    ax = _new_ax(ax, (width / 100, height / 100))
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
    _require(counts, [], "comparison_table")
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
    groups = _order_groups([str(g) for g in counts.columns])
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
    ax = _new_ax(ax, (width / 100, height / 100 + 0.3 * rows + (0.4 if title else 0)))
    _show_cloud(wc, ax, title)
    if handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=ncols,
                  frameon=False)
    return ax


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
    speech look like strong evidence: the document count shows it).  With a
    ``p_adj`` column, terms not significant after multiple-comparison
    correction (``p_adj >= alpha``) are drawn hatched and pale.

    Parameters
    ----------
    table : DataFrame
        Long keyness table (``corpusmine.stats.keyness.keyness_table`` or
        ``keyness``): columns ``term``, ``stat``, ``count_target``,
        ``count_reference`` and, for a long table, ``target`` and
        ``reference``; optional ``docs_target``, ``docs_reference``, ``p_adj``.
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
        Significance level for the ``p_adj`` shading.
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
    """
    from matplotlib.patches import Patch

    _require(table, ["term", stat, "count_target", "count_reference"], "keyness_bars")
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

    groups = _order_groups([tgt, ref])
    c_pos, c_neg = group_color(tgt, groups), group_color(ref, groups)
    ax = _new_ax(ax, (7.5, max(2.5, 0.32 * len(shown) + 1.2)))
    y = np.arange(len(shown))[::-1]            # strongest positive term on top
    vals = shown["_s"].to_numpy()
    sig = np.ones(len(shown), dtype=bool)
    if "p_adj" in shown.columns:
        sig = shown["p_adj"].astype(float).to_numpy() < alpha
    colours = np.where(vals > 0, c_pos, c_neg)
    for yi, v, c, s in zip(y, vals, colours, sig):
        ax.barh(yi, v, color=c, alpha=1.0 if s else 0.35, hatch=None if s else "//", edgecolor=c, height=0.75)
    ax.set_yticks(y, shown["_t"].tolist())
    ax.axvline(0, color="0.3", linewidth=0.8)
    span = float(np.max(np.abs(vals))) if len(vals) else 1.0
    has_docs = all(c in shown.columns for c in _DOCS_COLUMNS)
    for yi, v, (_, row) in zip(y, vals, shown.iterrows()):
        text = f"n={_fmt_count(row['count_target'])}/{_fmt_count(row['count_reference'])}"
        if has_docs:
            text += f" · docs={_fmt_count(row['docs_target'])}/{_fmt_count(row['docs_reference'])}"
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
                             label=f"p_adj ≥ {alpha:g} (不显著 n.s.)"))
    ax.legend(handles=handles, loc="lower right", fontsize="small", frameon=False)
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
    _require(prevalence, ["topic", "label", "group", "prevalence"], "topic_heatmap")
    p = prevalence.copy()
    p["group"] = p["group"].astype(str)
    if p.duplicated(["topic", "group"]).any():
        raise ValueError("topic_heatmap: more than one row per (topic, group)")
    groups = _order_groups(p["group"])
    topics = sorted(p["topic"].unique(), key=lambda x: (not isinstance(x, (int, np.integer)), x))
    labels = p.drop_duplicates("topic").set_index("topic")["label"].astype(str)
    grid = p.pivot(index="topic", columns="group", values="prevalence").reindex(index=topics, columns=groups)
    has_ci = {"ci_low", "ci_high"} <= set(p.columns)
    if has_ci:
        lo = p.pivot(index="topic", columns="group", values="ci_low").reindex(index=topics, columns=groups)
        hi = p.pivot(index="topic", columns="group", values="ci_high").reindex(index=topics, columns=groups)

    ax = _new_ax(ax, (1.6 * len(groups) + 3.5, 0.55 * len(topics) + 1.6))
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
    _require(rates, ["group", "category", value, "ci_low", "ci_high"], "rhetoric_dotplot")
    r = rates.copy()
    r["group"] = r["group"].astype(str)
    r["category"] = r["category"].astype(str)
    if r.duplicated(["group", "category"]).any():
        raise ValueError("rhetoric_dotplot: more than one row per (group, category)")
    groups = _order_groups(r["group"])
    cats = list(dict.fromkeys(r["category"]))
    if labels is None:
        if "label_zh" in r.columns:
            zh = r.drop_duplicates("category").set_index("category")["label_zh"].astype(str)
            labels = {c: f"{zh[c]} {c}" for c in cats}
        else:
            labels = {}
    ax = _new_ax(ax, (7.5, 0.45 * len(cats) * max(1, len(groups)) / 2 + 1.8))
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


# --------------------------------------------------------------------------- #
# saving
# --------------------------------------------------------------------------- #

#: Metadata written (or removed, with None) per format, so files carry no
#: timestamp and no software version and repeated saves are byte-identical.
_METADATA: dict[str, dict[str, str | None]] = {
    "png": {"Software": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None},
    "svg": {"Creator": None, "Date": None},
}
_SVG_HASHSALT = "corpusmine"


def save_figure(
    fig,
    name: str,
    *,
    formats: Sequence[str] = ("png",),
    dpi: int = 200,
    folder: str | os.PathLike | None = None,
) -> list[Path]:
    """Write a figure reproducibly: same figure → byte-identical files.

    Reproducibility: fixed ``dpi``; no timestamp or software version in the
    metadata (PNG ``Software``; PDF ``Creator``, ``Producer``,
    ``CreationDate``, ``ModDate``; SVG ``Creator``, ``Date`` are removed);
    SVG element ids use a fixed ``svg.hashsalt`` instead of a random one.
    Each file is written to a temporary file in the target folder and moved
    into place with :func:`os.replace`, so a reader never sees a half-written
    figure and an interrupted save leaves the old file intact.

    Parameters
    ----------
    fig : matplotlib Figure
    name : str
        File name without extension (Chinese is fine, e.g. "创文_关键词");
        must not contain a path separator: files go into ``folder`` only.
    formats : sequence of {"png", "pdf", "svg"}
    dpi : int
        Resolution of raster output (also fixes the size of PNGs).
    folder : path-like, optional
        Target folder, created when missing; default
        :data:`corpusmine.config.FIGURES_DIR` (read at call time).

    Returns
    -------
    list of Path
        The files written, in the order of ``formats``.

    Examples
    --------
    >>> import tempfile, matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.set_title("创文 关键词")
    >>> paths = save_figure(fig, "03_demo", folder=tempfile.mkdtemp(), formats=("png", "pdf"))
    >>> [p.name for p in paths]
    ['03_demo.png', '03_demo.pdf']
    >>> plt.close(fig)
    """
    import matplotlib as mpl

    name = str(name)
    if not name or name in (".", "..") or "/" in name or "\\" in name or os.sep in name:
        raise ValueError(f"name must be a plain file name without folders, got {name!r}")
    if Path(name).suffix.lower().lstrip(".") in _METADATA:
        raise ValueError(f"give the name without extension ({name!r}); choose formats with formats=")
    formats = [formats] if isinstance(formats, str) else list(formats)
    if not formats:
        raise ValueError("formats is empty")
    bad = [f for f in formats if str(f).lower() not in _METADATA]
    if bad:
        raise ValueError(f"unsupported format(s) {bad}; choose from {sorted(_METADATA)}")
    folder = Path(config.FIGURES_DIR if folder is None else folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with mpl.rc_context({"svg.hashsalt": _SVG_HASHSALT}):
        for fmt in dict.fromkeys(str(f).lower() for f in formats):
            target = folder / f"{name}.{fmt}"
            # a hidden temporary file beside the target (same file system, so os.replace is
            # atomic); opened with "xb" so it gets the usual permissions (umask), not 0600
            tmp = folder / f".{name}.{fmt}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
            try:
                with open(tmp, "xb") as fh:
                    fig.savefig(fh, format=fmt, dpi=dpi, metadata=dict(_METADATA[fmt]),
                                bbox_inches="tight", pad_inches=0.1, facecolor="white")
                os.replace(tmp, target)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
            written.append(target)
    return written
