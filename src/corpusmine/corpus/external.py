"""The external corpus shipped with the project (the Government Work Reports) and the former names.

:func:`government_work_reports` reads ``data/external/government_work_reports.jsonl`` with
the right options.  The other names here are re-exported from the modules that hold them, so
that ``from corpusmine.corpus.external import read_corpus, near_duplicates, …`` keeps working:
:mod:`corpusmine.corpus.read` (``read_corpus``), :mod:`corpusmine.corpus.lines`
(``join_wrapped_lines``, ``strip_patterns``, ``WIKISOURCE_FOOTER``),
:mod:`corpusmine.corpus.dedup` (``near_duplicates``), :mod:`corpusmine.corpus.readers`
(formats) and :mod:`corpusmine.schema` (``SOURCE_COLUMNS``).

Examples
--------
>>> from corpusmine.corpus.read import read_corpus as direct
>>> read_corpus is direct, strip_patterns("要抓实抓细。\\n本作品是中华人民共和国的法律", [WIKISOURCE_FOOTER])[0]
(True, '要抓实抓细。')
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from corpusmine import config
from corpusmine.corpus.dedup import near_duplicates
from corpusmine.corpus.lines import WIKISOURCE_FOOTER, join_wrapped_lines, strip_patterns
from corpusmine.corpus.read import read_corpus
from corpusmine.corpus.readers import FORMATS, SUFFIX_FORMATS
from corpusmine.schema import SOURCE_COLUMNS

__all__ = [
    "FORMATS", "GOVERNMENT_WORK_REPORTS", "SOURCE_COLUMNS", "SUFFIX_FORMATS", "WIKISOURCE_FOOTER",
    "government_work_reports", "join_wrapped_lines", "near_duplicates", "read_corpus", "strip_patterns",
]

#: The second corpus shipped with the project: the State Council's Government
#: Work Reports 1954-2025 and NPC resolutions on them (see data/external/README.md).
GOVERNMENT_WORK_REPORTS: Path = config.DATA_DIR / "external" / "government_work_reports.jsonl"


def government_work_reports(*, group: Any = "decade", path: str | os.PathLike | None = None, **kwargs):
    """The Government Work Reports corpus (``data/external``), read with the right options.

    ``read_corpus(GOVERNMENT_WORK_REPORTS, text="content", group=group,
    strip=[WIKISOURCE_FOOTER], **kwargs)``: 72 records (52 reports 1954-2025
    and 20 resolutions of the National People's Congress on them, whose year
    is missing: grouped as ``"unknown"``, with a warning).

    Parameters
    ----------
    group : see :func:`read_corpus`
        Default ``"decade"``.
    path : path-like, optional
        Default :data:`GOVERNMENT_WORK_REPORTS`.
    **kwargs
        Passed to :func:`read_corpus` (``cache_dir``, ``progress`` …).

    Returns
    -------
    Corpus

    Examples
    --------
    >>> GOVERNMENT_WORK_REPORTS.relative_to(config.ROOT).as_posix()       # 政府工作报告 1954-2025
    'data/external/government_work_reports.jsonl'
    >>> gwr = government_work_reports(cache_dir=None)                       # doctest: +SKIP
    >>> gwr.speeches.groupby("decade").size()["2010s"]                        # doctest: +SKIP
    10
    """
    kwargs.setdefault("strip", [WIKISOURCE_FOOTER])
    return read_corpus(path or GOVERNMENT_WORK_REPORTS, text="content", group=group, **kwargs)
