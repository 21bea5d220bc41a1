"""The one record type every reader yields, and the helpers that read its fields.

A :class:`Record` is one text as found in the input (a raw page, a file of a folder, a JSON
line, a table row) with its metadata; a :class:`BadRecord` is an input unit that could not be
read, with the problem in words.  Messages name a record with :func:`where`.

Examples
--------
>>> rec = Record(3, 3, "讲话.jsonl:3", {"title": "春耕动员", "year": "1958年"}, "同志们：要抓好春耕生产。")
>>> where(rec), parse_year(rec.fields["year"]), label_text(2021.0)
('line 3', 1958, '2021')
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpusmine.errors import CorpusWarning

__all__ = ["WARN_LIST", "BadRecord", "Record", "Stopwatch", "as_text", "label_text", "missing", "parse_year", "progress_bar",
           "tidy", "warn_list", "where"]

#: Records named in one warning before "… and N more".
WARN_LIST = 20


@dataclass
class Record:
    """One input text with its metadata.

    Parameters
    ----------
    n : int
        1-based record number in the input (skipped records counted).
    line : int or None
        First line of the record in its file (JSON Lines, CSV).
    label : str
        How the audit and the messages name it: ``"file.jsonl:12"``, ``"file.parquet:row 3"``,
        ``"讲话.txt"``.
    fields : dict
        Every field of the record except the text.
    text : object
        The text as found (may be None or not a string: checked by the reader's caller).
    encoding : str
        The encoding the text was decoded from.
    n_bytes : int or None
        Size of the record in the input.
    warnings : tuple of str
        Decoding warnings (also kept in ``sources["warnings"]``).
    is_html : bool or None
        Whether the text is an HTML page; None: decided from the text.
    path : Path or None
        The file the record is, for file records.

    Examples
    --------
    >>> Record(1, None, "创文.txt", {"file": "创文.txt"}, "创文工作已经到了攻坚之年。").label
    '创文.txt'
    """

    n: int
    line: int | None
    label: str
    fields: dict[str, Any]
    text: Any
    encoding: str = "utf-8"
    n_bytes: int | None = None
    warnings: tuple[str, ...] = ()
    is_html: bool | None = None
    path: Path | None = None


@dataclass
class BadRecord:
    """An input unit that cannot be read, and why.

    Parameters
    ----------
    n, line, label
        As in :class:`Record`.
    problem : str
        What is wrong, in words a user can act on.
    fields : dict
        The fields that could be read.
    ignored : bool
        Left out by design (a README, a hidden file …), not because it is broken: never an error.

    Examples
    --------
    >>> where(BadRecord(2, 5, "讲话.jsonl:5", "corrupt JSON"))
    'line 5'
    """

    n: int
    line: int | None
    label: str
    problem: str
    fields: dict[str, Any] = field(default_factory=dict)
    ignored: bool = False


def where(rec: Record | BadRecord) -> str:
    """How a message names a record: its line (JSON Lines, CSV), row (Parquet) or file name (folders).

    Parameters
    ----------
    rec : Record or BadRecord

    Returns
    -------
    str

    Examples
    --------
    >>> where(Record(4, None, "报告.parquet:row 4", {}, "要抓好春耕生产。")), where(Record(1, None, "创文.txt", {}, ""))
    ('row 4', '创文.txt')
    """
    if rec.line is not None:
        return f"line {rec.line}"
    if ":row " in rec.label:
        return rec.label.rsplit(":", 1)[1]
    return rec.label


def missing(v) -> bool:
    """Whether a field value counts as missing: None, NaN, NA or blank text.

    Examples
    --------
    >>> missing("  "), missing(float("nan")), missing("乡村振兴")
    (True, True, False)
    """
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    if v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, str) and not v.strip()


def label_text(v) -> str:
    """A field value as a label: whole floats without ``.0``, text stripped.

    Examples
    --------
    >>> label_text(1958.0), label_text(" 四川 ")
    ('1958', '四川')
    """
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return str(int(v))
    if isinstance(v, (np.integer,)):
        return str(int(v))
    return str(v).strip()


_YEAR = re.compile(r"^\s*(\d{4})(?!\d)")


def parse_year(v) -> int | None:
    """A year from an int, a float like 2025.0 or a text starting with four digits; None if missing.

    Raises
    ------
    ValueError
        When no year can be read.

    Examples
    --------
    >>> parse_year("2025年3月5日"), parse_year(1954.0), parse_year("")
    (2025, 1954, None)
    """
    if missing(v):
        return None
    if isinstance(v, (bool, np.bool_)):
        raise ValueError(f"year is a boolean ({v!r})")
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        if float(v).is_integer():
            return int(v)
        raise ValueError(f"year {v!r} is not a whole number")
    m = _YEAR.match(str(v))
    if not m:
        raise ValueError(f"cannot read a year from {str(v)[:30]!r}")
    return int(m.group(1))


def tidy(s: pd.Series) -> pd.Series:
    """Make a metadata column writable to Parquet: one type, or text.

    Examples
    --------
    >>> tidy(pd.Series(["四川", None, 3], dtype=object)).isna().tolist()
    [False, True, False]
    >>> tidy(pd.Series([1958, None, 2021], dtype=object)).dtype
    Int64Dtype()
    """
    if s.dtype != object:
        return s
    vals = [v for v in s if not missing(v)]
    if not vals:
        return pd.Series([None] * len(s), index=s.index, dtype="str")
    kinds = {type(v) for v in vals}
    if kinds <= {str}:
        # blank texts stay blank ("" is a value, as in pandas 3, whose string columns never reach this line)
        return as_text(s.map(lambda v: v if isinstance(v, str) else None))
    if kinds <= {int, np.int64, np.int32}:
        return s.map(lambda v: None if missing(v) else int(v)).astype("Int64")
    if kinds <= {int, float, np.int64, np.float64}:
        return s.map(lambda v: None if missing(v) else float(v)).astype("Float64")
    if kinds <= {bool, np.bool_}:
        return s.map(lambda v: None if missing(v) else bool(v)).astype("boolean")
    return as_text(s.map(lambda v: None if missing(v) else (json.dumps(v, ensure_ascii=False, sort_keys=True)
                                                            if isinstance(v, (dict, list)) else str(v))))


def as_text(s: pd.Series) -> pd.Series:
    """A column of texts with its missing values kept missing, under pandas 2 and 3.

    pandas 3 has a string dtype ``"str"`` whose missing value is NaN; pandas 2's
    ``astype("str")`` turns None into the text "None" (a stub's empty
    ``excluded_reason`` then read "None").  Under pandas 2 the column stays
    ``object`` with None, which Parquet writes as a null string.

    Examples
    --------
    >>> as_text(pd.Series(["四川", None])).isna().tolist()
    [False, True]
    """
    if int(pd.__version__.split(".")[0]) >= 3:
        return s.astype("str")
    return s.astype(object).where(s.notna(), None)


def warn_list(prefix: str, items: list[str]) -> None:
    """One :class:`CorpusWarning` naming up to :data:`WARN_LIST` items.

    Examples
    --------
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_list("讲话.jsonl: skipped 1 bad record(s)", ["line 2: corrupt JSON"])
    >>> str(caught[0].message)
    '讲话.jsonl: skipped 1 bad record(s): line 2: corrupt JSON'
    """
    shown = "; ".join(items[:WARN_LIST])
    more = f"; … and {len(items) - WARN_LIST} more (see corpus.sources)" if len(items) > WARN_LIST else ""
    warnings.warn(f"{prefix}: {shown}{more}", CorpusWarning, stacklevel=3)


def progress_bar(enabled: bool, **kwargs):
    """A tqdm progress bar on stderr, or a silent one.

    Examples
    --------
    >>> with progress_bar(False, desc="清洗", total=2) as bar:
    ...     bar.update(2)
    >>> [x for x in progress_bar(False, iterable=["乡村振兴"])]
    ['乡村振兴']
    """
    from tqdm import tqdm

    return tqdm(disable=not enabled, **kwargs)


class Stopwatch:
    """Logs the time of each stage of a read or build at INFO level.

    Parameters
    ----------
    name : str
        What is being read (the file name).
    logger : logging.Logger

    Examples
    --------
    >>> clock = Stopwatch("讲话.jsonl", logging.getLogger("demo"))
    >>> clock.lap("read", 3) >= 0
    True
    """

    def __init__(self, name: str, logger: logging.Logger) -> None:
        self.name = name
        self.log = logger
        self.last = time.perf_counter()

    def lap(self, stage: str, n: int) -> float:
        """Log the time since the previous lap; return it in seconds."""
        now = time.perf_counter()
        took = now - self.last
        self.log.info("read_corpus %s: %s %d in %.3f s", self.name, stage, n, took)
        self.last = now
        return took
