"""Former home of :func:`~corpusmine.corpus.read.read_corpus`; its names now live in small modules.

Kept so that ``from corpusmine.corpus.external import read_corpus, near_duplicates, …`` keeps
working: :mod:`corpusmine.corpus.read` (``read_corpus``, ``government_work_reports``),
:mod:`corpusmine.corpus.lines` (``join_wrapped_lines``, ``strip_patterns``,
``WIKISOURCE_FOOTER``), :mod:`corpusmine.corpus.dedup` (``near_duplicates``),
:mod:`corpusmine.corpus.readers` (formats) and :mod:`corpusmine.schema` (``SOURCE_COLUMNS``).

Examples
--------
>>> from corpusmine.corpus.read import read_corpus as direct
>>> read_corpus is direct, strip_patterns("要抓实抓细。\\n本作品是中华人民共和国的法律", [WIKISOURCE_FOOTER])[0]
(True, '要抓实抓细。')
"""

from __future__ import annotations

from corpusmine.corpus.dedup import near_duplicates
from corpusmine.corpus.lines import WIKISOURCE_FOOTER, join_wrapped_lines, strip_patterns
from corpusmine.corpus.read import GOVERNMENT_WORK_REPORTS, government_work_reports, read_corpus
from corpusmine.corpus.readers import FORMATS, SUFFIX_FORMATS
from corpusmine.schema import SOURCE_COLUMNS

__all__ = [
    "FORMATS", "GOVERNMENT_WORK_REPORTS", "SOURCE_COLUMNS", "SUFFIX_FORMATS", "WIKISOURCE_FOOTER",
    "government_work_reports", "join_wrapped_lines", "near_duplicates", "read_corpus", "strip_patterns",
]
