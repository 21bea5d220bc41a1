"""Small helpers shared by the plot functions: a new Axes with the CJK font, table checks, counts as text.

Examples
--------
>>> from corpusmine.viz import axes
>>> axes.fmt_count(40.0)          # 创文 40 次
'40'
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from corpusmine.viz.fonts import ensure_font

__all__ = ["fmt_count", "new_axes", "require_table"]


def new_axes(ax, figsize):
    """The given Axes, or a new figure's; the CJK font is set first (text takes it at creation).

    Parameters
    ----------
    ax : matplotlib Axes or None
    figsize : (float, float)
        Size in inches of the new figure (constrained layout) when ``ax`` is None.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> ax = new_axes(None, (3, 2))
    >>> ax.set_title("乡村振兴").get_fontname()
    'Noto Sans CJK SC'
    """
    ensure_font()
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def require_table(table: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    """Refuse a table that is not a non-empty DataFrame holding ``columns``, saying what is missing.

    Parameters
    ----------
    table : DataFrame
    columns : sequence of str
    what : str
        Name of the caller, put at the start of the message.

    Raises
    ------
    TypeError, ValueError

    Examples
    --------
    >>> import pandas as pd
    >>> require_table(pd.DataFrame({"term": ["创文"]}), ["term", "g2"], "keyness_bars")
    Traceback (most recent call last):
    ...
    ValueError: keyness_bars: missing column(s) ['g2']; got ['term']
    """
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{what}: expected a pandas DataFrame, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what}: missing column(s) {missing}; got {list(table.columns)}")
    if table.empty:
        raise ValueError(f"{what}: the table is empty")


def fmt_count(x) -> str:
    """A count as text: integers without ``.0``, missing values as an en dash.

    Examples
    --------
    >>> [fmt_count(x) for x in (21.0, 2.5, float("nan"))]     # 创文: 21 次
    ['21', '2.5', '–']
    """
    if pd.isna(x):
        return "–"
    x = float(x)
    return str(int(x)) if x.is_integer() else f"{x:g}"
