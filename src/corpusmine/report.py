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

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from corpusmine import config
from corpusmine.corpus.build import load_corpus
from corpusmine.stats.topic_cache import FitCache
from corpusmine.storage import atomic_write_text
from corpusmine.tokens.tokenizer import Tokenizer
from corpusmine.viz.plots import save_figure, use_cjk_font


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


# --------------------------------------------------------------------------------------------
# One set-up call per notebook.


@dataclass
class Session:
    """What every notebook needs: corpus, tokenizer, folders, fit cache, and figure/table output.

    Made by :func:`setup`; the notebook's parameters cell decides the folders.

    Attributes
    ----------
    corpus : Corpus or None
        The processed corpus (None when the notebook reads its own, as 06 does).
    tokenizer : Tokenizer
        The project's Tokenizer (stop words removed unless set otherwise),
        caching tokens beside the processed corpus.
    figures_dir, processed_dir, cache_dir : Path
        Where figures and tables go; the processed corpus and its caches.
    fits : FitCache
        Expensive model fits, kept in ``cache_dir / "fits"``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     s = Session(None, None, Path(d) / "图", Path(d), Path(d) / "cache", None)
    ...     s.save_table(pd.DataFrame({"term": ["创文"], "n": [3]}), "05_创文").name
    '05_创文.csv'
    """

    corpus: object
    tokenizer: object
    figures_dir: Path
    processed_dir: Path | None
    cache_dir: Path
    fits: object

    def show_and_save(self, fig, name: str, **kwargs) -> list[Path]:
        """Save ``fig`` with :func:`corpusmine.viz.plots.save_figure` and show it inline, exactly once.

        The figure is displayed now and closed, so the inline backend does not
        show it a second time at the end of the cell; figures made inside
        library functions are shown the same way.

        Parameters
        ----------
        fig : matplotlib Figure
        name : str
            File stem, e.g. ``"04_coherence_by_k"``.
        **kwargs
            Passed on to ``save_figure`` (``formats``, ``dpi``).

        Returns
        -------
        list of Path
            The files written.

        Examples
        --------
        >>> import tempfile
        >>> import matplotlib.pyplot as plt
        >>> with tempfile.TemporaryDirectory() as d:
        ...     s = Session(None, None, Path(d), None, Path(d), None)
        ...     fig, ax = plt.subplots()
        ...     _ = ax.set_title("demo")
        ...     [p.name for p in s.show_and_save(fig, "05_创文")], plt.fignum_exists(fig.number)
        (['05_创文.png'], False)
        """
        import matplotlib.pyplot as plt
        from IPython.display import display


        paths = save_figure(fig, name, folder=self.figures_dir, **kwargs)
        if _in_kernel():
            display(fig)
        plt.close(fig)
        return paths

    def show_and_save_all(self, figures: dict, **kwargs) -> list[Path]:
        """:meth:`show_and_save` for every ``{name: figure}``, in order.

        Parameters
        ----------
        figures : dict of str to Figure
        **kwargs
            Passed on to ``save_figure``.

        Returns
        -------
        list of Path

        Examples
        --------
        >>> import tempfile
        >>> import matplotlib.pyplot as plt
        >>> with tempfile.TemporaryDirectory() as d:
        ...     s = Session(None, None, Path(d), None, Path(d), None)
        ...     [p.name for p in s.show_and_save_all({"03_乡村振兴": plt.figure(), "03_创文": plt.figure()})]
        ['03_乡村振兴.png', '03_创文.png']
        """
        return [p for name, fig in figures.items() for p in self.show_and_save(fig, name, **kwargs)]

    def save_table(self, df: pd.DataFrame, name: str, *, decimals: int = 6) -> Path:
        """:func:`save_table` into ``figures_dir``.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     s = Session(None, None, Path(d), None, Path(d), None)
        ...     s.save_table(pd.DataFrame({"term": ["乡村振兴"]}), "03_x").read_text(encoding="utf-8")
        'term\\n乡村振兴\\n'
        """
        return save_table(df, name, folder=self.figures_dir, decimals=decimals)


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:   # pragma: no cover - IPython is a dependency
        return False
    return get_ipython() is not None


def setup(processed_dir=None, figures_dir=None, *, load: bool = True, tokenizer: dict | None = None,
          float_format: str = "{:.3g}", max_columns: int = 30, max_colwidth: int | None = None,
          width: int = 200) -> Session:
    """The set-up block of every notebook, in one call.

    Loads the corpus (``load_corpus(processed_dir)``), makes the Tokenizer with
    its cache beside that corpus and the reviewed compound list applied
    (``merges="default"``), registers the CJK font for figures, sets
    pandas display options, and opens the fit cache.

    Parameters
    ----------
    processed_dir, figures_dir : path-like or None
        The notebook's ``PROCESSED_DIR`` and ``FIGURES_DIR`` (None: the defaults).
    load : bool
        False: do not load the seed corpus (a notebook that reads its own).
    tokenizer : dict, optional
        Extra Tokenizer parameters, e.g. ``{"remove_stopwords": False}`` or
        ``{"merges": None}`` (jieba's segmentation without the compound list).
    float_format, max_columns, max_colwidth, width
        pandas display options (``max_colwidth`` None leaves pandas' default).

    Returns
    -------
    Session

    Examples
    --------
    >>> s = setup(load=False)
    >>> s.tokenizer.cut("要把人居环境整治抓实抓细"), s.cache_dir.name, s.fits.folder.name
    (['人居环境整治', '抓实', '抓细'], 'cache', 'fits')
    >>> pd.get_option("display.max_columns")
    30
    >>> pd.reset_option("^display")          # the display options are global: a notebook keeps them
    """
    cache = config.cache_dir(processed_dir)
    corpus = load_corpus(processed_dir) if load else None
    # compounds of the reviewed merge list (lexicons/merges.tsv) stay whole: 城乡环境综合整治 is one term,
    # not 城乡 / 环境 / 综合整治 topping keyness lists as pieces of the campaign's own name
    tok = Tokenizer(cache_dir=cache, **({"merges": "default"} | (tokenizer or {})))
    use_cjk_font()
    pd.set_option("display.float_format", float_format.format)
    pd.set_option("display.max_columns", max_columns)
    pd.set_option("display.width", width)
    if max_colwidth is not None:
        pd.set_option("display.max_colwidth", max_colwidth)
    return Session(corpus=corpus, tokenizer=tok,
                   figures_dir=Path(figures_dir) if figures_dir else config.FIGURES_DIR,
                   processed_dir=Path(processed_dir) if processed_dir else None,
                   cache_dir=cache, fits=FitCache(cache / "fits"))
