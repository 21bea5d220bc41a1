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

from . import config


def _is_probability(column: str) -> bool:
    return column in {"p", "p_value", "p_adj", "pvalue"} or column.startswith("p_")


def format_table(df: pd.DataFrame, *, decimals: int = 6) -> str:
    """The CSV text of ``df``: floats rounded, no index, LF line endings.

    Floats are rounded to ``decimals`` places, except p-values (columns named
    ``p_value``, ``p_adj``, ``p_*``), which keep ``decimals`` *significant*
    digits so that a tiny p is not written as 0.
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
    """
    from .io import atomic_write_text

    if "/" in name or "\\" in name or name.endswith(".csv"):
        raise ValueError(f"table name must be a plain stem, got {name!r}")
    folder = Path(folder) if folder is not None else config.FIGURES_DIR
    path = folder / f"{name}.csv"
    atomic_write_text(path, format_table(df, decimals=decimals))
    return path
