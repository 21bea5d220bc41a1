"""Result tables written beside the figures, reproducibly.

Tables are tidy CSV (UTF-8, LF line endings, no index), floats rounded to a
fixed number of decimals so that a re-run on the same data gives identical
bytes, written atomically.

Examples
--------
>>> import pandas as pd
>>> from corpusmine.report import format_table
>>> format_table(pd.DataFrame({"term": ["创文"], "g2": [12.3456789]}), decimals=3)
'term,g2\\n创文,12.346\\n'
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpusmine import config


def _is_probability(column: str) -> bool:
    return column in {"p", "p_value", "p_adj", "pvalue"} or column.startswith("p_")


def format_table(df: pd.DataFrame, *, decimals: int = 6) -> str:
    """The CSV text of ``df``: floats rounded, no index, LF line endings.

    Floats are rounded to ``decimals`` places, except p-values (columns named
    ``p_value``, ``p_adj``, ``p_*``), which keep ``decimals`` *significant*
    digits so that a tiny p is not written as 0.

    Parameters
    ----------
    df : DataFrame
        The table.
    decimals : int
        Decimal places for floats (significant digits for p-values).

    Returns
    -------
    str
        CSV text with a header line, LF line endings.

    Examples
    --------
    >>> format_table(pd.DataFrame({"term": ["创文"], "g2": [12.3456789], "p_value": [1.234567e-9]}), decimals=3)
    'term,g2,p_value\\n创文,12.346,1.23e-09\\n'
    """
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_float_dtype(out[c]):
            if _is_probability(str(c)):
                out[c] = [f"{v:.{decimals}g}" if pd.notna(v) else "" for v in out[c]]
                continue
            out[c] = out[c].round(decimals)
            # -0.0 and 0.0 print differently; make them one value
            out[c] = out[c].where(out[c] != 0, 0.0)
    return out.to_csv(index=False, lineterminator="\n")


def save_table(df: pd.DataFrame, name: str, *, folder: Path | str | None = None, decimals: int = 6) -> Path:
    """Write ``df`` as ``<folder>/<name>.csv`` (default folder: ``figures/``).

    ``name`` is a plain stem that says which notebook made the table, e.g.
    ``03_keyness_long``.

    Parameters
    ----------
    df : DataFrame
        The table.
    name : str
        File stem, without folder or ``.csv``.
    folder : path-like, optional
        Default ``figures/``.
    decimals : int
        As in :func:`format_table`.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ValueError
        If ``name`` holds a folder separator or ends with ``.csv``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = save_table(pd.DataFrame({"term": ["创文"], "g2": [12.3456789]}), "03_keyness_long", folder=d)
    ...     path.name, path.read_text(encoding="utf-8")
    ('03_keyness_long.csv', 'term,g2\\n创文,12.345679\\n')
    """
    from corpusmine.storage import atomic_write_text

    if "/" in name or "\\" in name or name.endswith(".csv"):
        raise ValueError(f"table name must be a plain stem, got {name!r}")
    folder = Path(folder) if folder is not None else config.FIGURES_DIR
    path = folder / f"{name}.csv"
    atomic_write_text(path, format_table(df, decimals=decimals))
    return path


# --------------------------------------------------------------------------------------------
# Display helpers for the notebooks: data strings reach Markdown and HTML only escaped.

_MARKDOWN_SPECIAL = "\\`*_{}[]#+-.!|~$"


def escape_markdown(text) -> str:
    """``text`` made safe to put into Markdown: HTML escaped, Markdown punctuation backslashed.

    Group names, titles, terms and passages come from data; without this a group
    named ``<img src=x onerror=alert(1)>`` would run script in the HTML copy of
    a notebook, and one named ``**创文**`` would change the formatting.

    Parameters
    ----------
    text : object
        Converted with ``str``.

    Returns
    -------
    str
        Renders as exactly ``str(text)``: ``&``, ``<``, ``>``, ``"`` become HTML
        entities; Markdown punctuation (emphasis, links, code, headings, tables,
        and ``$``, which starts maths in Jupyter) is backslash-escaped; line
        breaks become spaces.

    Examples
    --------
    >>> escape_markdown("创文 <img src=x onerror=alert(1)>")
    '创文 &lt;img src=x onerror=alert(1)&gt;'
    >>> escape_markdown("**乡村振兴**_2023")
    '\\\\*\\\\*乡村振兴\\\\*\\\\*\\\\_2023'
    """
    out = []
    for ch in str(text):
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch in "\r\n":
            out.append(" ")
        elif ch in _MARKDOWN_SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def markdown_text(template: str, *args, **kwargs) -> str:
    """``template.format(*args, **kwargs)`` with every string argument escaped for Markdown.

    The template is the notebook's own Markdown (trusted); the arguments are
    data.  Numbers keep their format specifications (``{:,}``, ``{:.2f}``).

    Parameters
    ----------
    template : str
        A :meth:`str.format` template written by the notebook author.
    *args, **kwargs
        Values; strings among them are passed through :func:`escape_markdown`.

    Returns
    -------
    str

    Examples
    --------
    >>> markdown_text("**{}** vs rest ({:,} characters)", "<b>创文</b>", 12345)
    '**&lt;b&gt;创文&lt;/b&gt;** vs rest (12,345 characters)'
    """
    def safe(v):
        return escape_markdown(v) if isinstance(v, str) else v

    return template.format(*(safe(a) for a in args), **{k: safe(v) for k, v in kwargs.items()})


def markdown(template: str, *args, **kwargs):
    """An IPython ``Markdown`` object of :func:`markdown_text`, ready for ``display``.

    Parameters
    ----------
    template : str
        A :meth:`str.format` template written by the notebook author.
    *args, **kwargs
        Values; strings among them are escaped.

    Returns
    -------
    IPython.display.Markdown

    Examples
    --------
    >>> markdown("**{}**: 标语 quoted slogans ({})", "<script>alert(1)</script>", 3).data
    '**&lt;script&gt;alert(1)&lt;/script&gt;**: 标语 quoted slogans (3)'
    """
    from IPython.display import Markdown

    return Markdown(markdown_text(template, *args, **kwargs))


def format_interval(point, low, high, *, digits: int = 2) -> str:
    """A point estimate with its interval, ``"0.42 [0.31, 0.55]"``; ``"–"`` for a missing bound.

    Parameters
    ----------
    point, low, high : float or None
        The estimate and the interval bounds (NaN or None: no interval).
    digits : int
        Decimal places.

    Returns
    -------
    str

    Examples
    --------
    >>> format_interval(0.4213, 0.3109, 0.5487)          # 创文 share of paragraphs
    '0.42 [0.31, 0.55]'
    >>> format_interval(0.4213, float("nan"), None)       # one speech: no interval
    '0.42 [–]'
    >>> format_interval(None, 0.31, 0.55)
    '[0.31, 0.55]'
    """
    def missing(v) -> bool:
        return v is None or pd.isna(v)

    bounds = "[–]" if missing(low) or missing(high) else f"[{low:.{digits}f}, {high:.{digits}f}]"
    return bounds if missing(point) else f"{point:.{digits}f} {bounds}"
