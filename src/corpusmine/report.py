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
