"""Read a user's own corpus (a folder of pages, JSON Lines, CSV/TSV or Parquet) into a :class:`Corpus`.

:func:`read_corpus` turns any collection of Chinese texts into a
:class:`corpusmine.corpus.build.Corpus` with exactly the tables of the seed corpus
(``speeches``, ``paragraphs``, ``sections``, ``audit``, ``sources``), so that
every analysis -- :func:`corpusmine.features.documents`, keyness, phrases,
topics, rhetoric -- runs on it unchanged.  Each record (a file, a JSON line, a
table row) becomes one "speech":

* its text is decoded (any common encoding, see :func:`corpusmine.text.decode.read_text`),
  hard-wrapped lines are re-joined (``line_breaks``), it is cleaned by
  :func:`corpusmine.text.clean.clean_document` (Traditional script converted to
  Simplified, stray spaces, site chrome) and optional boilerplate is cut
  (``strip``), every edit recorded in the ``audit`` table;
* it is split into paragraphs and sections by :mod:`corpusmine.text.segment`, and
  its sections get the campaign classifier's scores (:mod:`corpusmine.text.classify`);
* its words are counted with :class:`corpusmine.Tokenizer` (which also fills
  the token cache used by later analyses);
* paragraphs that nearly repeat a paragraph of an *earlier* record are flagged
  (``dup_of``), with an exact prefix-filter join (:func:`near_duplicates`) that
  scales to large corpora, so template copies are not counted twice.

The grouping variable of a comparison is any metadata column (``group="source"``),
a derived decade (``group="decade"``, from the year) or a function of the
record (``group=lambda r: ...``); see :func:`read_corpus`.  External records
are not labelled with the three campaigns: their ``campaign`` is ``"other"``
unless a column says otherwise (``campaign=``), so group them with
``documents(corpus, by=<group column>, groups=None)``.

Bad input never disappears silently: a corrupt JSON line, a row without text
or an empty document either raises a :class:`~corpusmine.errors.CorpusInputError`
naming the file and the line or record, or -- with ``on_error="skip"`` (bad
records) and ``empty="skip"`` (the default for empty documents) -- is skipped
with one :class:`~corpusmine.errors.CorpusWarning` listing every skipped record;
skipped records keep a row in ``corpus.sources`` (``status == "skipped"`` and
the ``reason``).

Examples
--------
Lines broken by a wiki's links are joined again before cleaning:

>>> join_wrapped_lines("各位代表：\\n\\n根据《\\n中华人民共和国著作权法\\n》第五条")[0]
'各位代表：\\n\\n根据《中华人民共和国著作权法》第五条'

Records and their groups (here from a folder of two pages):

>>> import pathlib, tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     _ = pathlib.Path(d, "春耕.txt").write_text("同志们：\\n要抓好春耕生产。", encoding="utf-8")
...     _ = pathlib.Path(d, "创文.txt").write_text("要扎实推进创文工作。", encoding="utf-8")
...     read_corpus(d, group="title", cache_dir=None).speeches[["speech_id", "group"]].values.tolist()
[['创文', '创文'], ['春耕', '春耕']]
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from corpusmine import config
from corpusmine.corpus.assemble import assemble
from corpusmine.corpus.cleaning import clean_all
from corpusmine.corpus.lines import LINE_BREAK_MODES, join_wrapped_lines  # noqa: F401 (the module docstring shows it)
from corpusmine.corpus.model import Corpus
from corpusmine.corpus.read_run import COMPUTED, DESCRIPTIVE, ReadRun
from corpusmine.corpus.readers import detect_format, open_records
from corpusmine.corpus.records import Stopwatch, progress_bar
from corpusmine.errors import CorpusInputError
from corpusmine.text.clean import AUDIT_COLUMNS
from corpusmine.text.markup import extract_html
from corpusmine.text.site_boilerplate import learn_site_lines

log = logging.getLogger(__name__)

__all__ = ["COMPUTED", "DESCRIPTIVE", "read_corpus"]


def read_corpus(
    path: str | os.PathLike,
    *,
    text: str = "text",
    group: str | Callable[[dict], Any] | Mapping[str, Callable[[dict], Any]] | None = None,
    id: str | None = None,
    title: str | None = None,
    year: str | None = None,
    campaign: str | None = None,
    metadata: str | os.PathLike | pd.DataFrame | None = None,
    format: str | None = None,
    on_error: str = "raise",
    empty: str = "skip",
    stubs: str = "flag",
    line_breaks: str = "auto",
    strip: Iterable[str | re.Pattern] = (),
    classify: bool = True,
    dedup: bool = True,
    tokenizer=None,
    cache_dir: str | os.PathLike | None = "auto",
    n_jobs: int = 1,
    progress: bool | None = None,
    site_lines: bool | str = "auto",
):
    """Read an external corpus into a :class:`~corpusmine.corpus.build.Corpus` with the seed corpus's tables.

    Parameters
    ----------
    path : path-like
        A folder of ``.txt``/``.html`` files (any common encoding: UTF-8,
        UTF-16, GB18030/GBK, Big5; see :func:`corpusmine.text.decode.read_text`; not
        searched recursively), a single such file, a JSON Lines file
        (``.jsonl``, one object per line, UTF-8), a CSV/TSV file (header line;
        any common encoding) or a Parquet file.
    text : str
        Field holding the text (tables and JSON Lines).  Ignored for files.
    group : str, callable, mapping or None
        The grouping variable of later comparisons, stored as a column of
        ``speeches`` (use it with ``documents(corpus, by=<column>, groups=None)``):

        - the name of an input field: kept under that name, as text;
        - ``"decade"`` (when the input has no such field): derived from the
          year, ``"1950s"`` … ``"2020s"``;
        - a function of the record (a dict of all its fields, ``text``
          included, and ``year`` as read): stored as column ``group``, e.g.
          ``lambda r: "early" if r["year"] < 1978 else "reform"``;
        - a mapping ``{column: function}`` for several derived columns;
        - the name of a column corpusmine fills itself (``year``, ``title``
          …): its values as text, stored as column ``group``.

        Missing values (no year for ``"decade"``, an empty field, None
        returned) become ``"unknown"``, with one :class:`CorpusWarning`
        listing the records concerned.
    id : str, optional
        Field giving each record's ``speech_id`` (must be unique and
        non-empty).  Default: the file name without suffix for files (the
        full name when two files share a stem), else the record number
        ``"000001"``, ``"000002"`` … (records counted from 1 in input order,
        skipped ones included).
    title, year : str, optional
        Fields for the title and the year.  Default: ``"title"`` / ``"year"``
        when the input has them (for files: the file name without suffix /
        no year).  A year may be a number or a text starting with four digits
        (``"2025"``, ``"2025-03-05"``, ``"2025年"``); a missing year is NA.
    campaign : str, optional
        Field holding campaign labels (``rural``, ``civilised_city``,
        ``environment``, ``other``).  Default: every record is ``"other"``
        (external corpora are compared by ``group``, not by campaign).  As in
        the seed corpus, sections are re-labelled when the classifier
        confidently names another campaign.
    metadata : path-like or DataFrame, optional
        For folders: a CSV (or DataFrame) with a ``file`` column naming each
        file and any other columns (year, province …), joined to the files.
    format : str, optional
        One of ``"folder"``, ``"files"``, ``"jsonl"``, ``"csv"``, ``"tsv"``,
        ``"parquet"``; default from the path (folder or file suffix).
    on_error : {"raise", "skip"}
        A bad record (corrupt JSON line, line that is not UTF-8, row with the
        wrong number of fields, no text field, text that is not a string,
        undecodable file, unreadable year, empty id): ``"raise"`` (default)
        raises :class:`CorpusInputError` naming the file and the line
        (record); ``"skip"`` leaves it out and warns once, listing every
        skipped line.
    empty : {"skip", "raise"}
        A record whose text is missing, blank, or blank after cleaning and
        ``strip``: skipped with a warning naming the records (default), or an
        error.
    stubs : {"flag", "keep"}
        Stubs, redirects and disambiguation pages (short records that are
        mostly titles or links, see :func:`corpusmine.corpus.stubs.stub_reason`):
        ``"flag"`` (default) keeps them in every table with ``include=False``
        and the reason in ``excluded_reason`` (so ``documents()`` leaves them
        out of statistics) and warns once, listing them; ``"keep"`` does not check.
    line_breaks : {"auto", "blank", "lines"}
        How line breaks inside a text are read (see :func:`join_wrapped_lines`):
        ``"lines"`` one paragraph per line; ``"blank"`` paragraphs separated
        by blank lines, hard-wrapped lines re-joined; ``"auto"`` (default)
        decides per record.  Ignored for HTML.
    strip : iterable of str or compiled pattern
        Boilerplate removed from every cleaned text (see :func:`strip_patterns`),
        e.g. ``[WIKISOURCE_FOOTER]``; each removal is an audit row.
    classify : bool
        Score every section and record with the campaign classifier (fills
        ``classifier_campaign`` and ``score_*``; about 0.4 s per million
        characters).  False leaves them ``"other"``/0.
    dedup : bool
        Flag near-duplicate paragraphs (``dup_of``, ``dup_similarity``) with
        :func:`near_duplicates`.  False leaves every paragraph unflagged.
    tokenizer : Tokenizer, optional
        Counts ``n_words`` (default ``Tokenizer(remove_stopwords=False,
        cache_dir=cache_dir)``); its cache then serves later analyses.
    cache_dir : "auto", path-like or None
        Cache of cleaned texts (``<cache_dir>/clean``) and, for the default
        tokenizer, of tokens (``<cache_dir>/tokens.sqlite``); default "auto":
        :func:`corpusmine.config.cache_dir` resolved at call time (the
        processed corpus in use in a checkout, the per-user cache folder
        elsewhere; entries are keyed by content).  None: no cache.
    n_jobs : int
        Processes for cleaning and tokenizing texts not in the cache (-1: one
        per CPU).  The result does not depend on it.
    progress : bool, optional
        Progress bars (tqdm, on stderr) for reading, cleaning, segmenting,
        tokenizing and de-duplicating.  Default: on when the input holds at
        least 2 MB or 200 files.
    site_lines : bool or "auto"
        Learn the site boilerplate of the input (lines on three or more texts
        whose bodies differ, :func:`corpusmine.text.site_boilerplate.learn_site_lines`)
        and remove it from every text (audit rule ``site_boilerplate``), as
        ``corpusmine build`` and ``ingest`` do for a folder of pages.  "auto"
        (default): for a folder of files (scraped pages), not for a table or
        JSON Lines file (texts already extracted).

    Returns
    -------
    Corpus
        ``speeches`` (the seed columns, then the input's other fields and the
        group column(s); an input field that clashes with a column corpusmine
        fills is kept as ``input_<name>``), ``paragraphs``, ``sections``,
        ``audit`` (``source_file, layer, start, end, rule, action, removed,
        replacement``; layers in order ``lines`` → ``html`` → ``text`` →
        ``strip``, each relative to the previous layer's output, so that
        :func:`corpusmine.text.clean.reconstruct` rebuilds every record) and
        ``sources`` (one row per record, read or skipped; columns
        ``SOURCE_COLUMNS``: ``status`` is ``"ok"`` or ``"skipped"`` and
        ``reason`` says why; ``n_speeches`` is 1 or 0 and ``page_title`` the
        cleaner's guess, as in the seed corpus's table; ``n_parts`` counts the
        speeches the cleaner saw in the record, which are kept together).  Every record is
        ``include=True`` except flagged stubs (``excluded_reason`` says why; "" for
        the others); ``admin_level`` is ``"unknown"`` unless the input has such a field.

    Raises
    ------
    CorpusInputError
        The path is missing or of an unknown format; the text column is
        missing (the message lists the available columns); a bad record with
        ``on_error="raise"``; an empty record with ``empty="raise"``; duplicated
        ids; a ``group`` field that does not exist; no record left.

    Warns
    -----
    CorpusWarning
        Skipped records (one warning per kind, naming them), records grouped
        as ``"unknown"``, files not in UTF-8.

    Notes
    -----
    The time of each stage (read, clean, segment, tokenize, dedup, tables)
    is logged at INFO level on the ``corpusmine.corpus.read`` logger.

    Cleaning rules were written for template-site speeches; check
    ``corpus.audit`` for what they removed from other texts.  From the
    Government Work Reports they remove whitespace and zero-width spaces,
    the title blocks of six reports (``front_matter``: 政府工作报告 / the date
    line / 国务院总理 李强), two ``○○○`` gaps (``placeholder``), Wikisource's
    licence notice (``strip``).  (Body sentences that mention 侵权 are kept:
    the ``copyright_footer`` rule only matches site phrasings such as
    "如有侵权请联系删除".)

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "讲话.jsonl")
    ...     rows = [{"title": "春耕", "year": 1958, "text": "同志们：\\n要抓好春耕生产。"},
    ...             {"title": "创文", "year": "2021", "text": "要扎实推进创文工作。"}]
    ...     _ = p.write_text("\\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    ...     c = read_corpus(p, group="decade", cache_dir=None, progress=False)
    >>> c.speeches[["speech_id", "title", "year", "decade"]].values.tolist()
    [['000001', '春耕', 1958, '1950s'], ['000002', '创文', 2021, '2020s']]
    >>> c.paragraphs["text"].tolist()
    ['同志们：', '要抓好春耕生产。', '要扎实推进创文工作。']
    """
    for name, value, allowed in (("on_error", on_error, ("raise", "skip")), ("empty", empty, ("raise", "skip")),
                                 ("stubs", stubs, ("flag", "keep")), ("line_breaks", line_breaks, LINE_BREAK_MODES)):
        if value not in allowed:
            raise ValueError(f"{name} must be {', '.join(map(repr, allowed[:-1]))} or {allowed[-1]!r}, got {value!r}")
    if site_lines not in (True, False, "auto"):
        raise ValueError(f"site_lines must be True, False or 'auto', got {site_lines!r}")
    if not (n_jobs == -1 or (isinstance(n_jobs, int) and n_jobs >= 1)):
        raise ValueError(f"n_jobs must be a positive int or -1, got {n_jobs!r}")
    path = Path(path)
    fmt = detect_format(path, format)
    if isinstance(cache_dir, str) and cache_dir == "auto":
        cache_dir = config.cache_dir()
    cache = Path(cache_dir) if cache_dir is not None else None
    source, size_hint = open_records(path, fmt, text, metadata)
    show = size_hint if progress is None else bool(progress)
    clock = Stopwatch(path.name, log)
    run = ReadRun(path, fmt, on_error, empty, text, stubs == "flag")
    run.collect(progress_bar(show, desc="reading records", unit="rec", iterable=source))
    clock.lap("read", len(run.good) + len(run.bad))
    roles = run.roles(title, year, id, campaign, group)
    kept = run.values(roles)
    prepared = run.prepare(kept, line_breaks)
    with progress_bar(show, desc="cleaning", unit="rec", total=len(prepared)) as bar:
        learn = path.is_dir() if site_lines == "auto" else bool(site_lines)
        learned = (learn_site_lines(extract_html(j)[0] if h else j for _, _, j, _, _, h in prepared) if learn
                   else frozenset())
        cleaned = clean_all([(j, r.label, h) for r, _, j, _, _, h in prepared], cache, n_jobs, bar, site_lines=learned)
    clock.lap("clean", len(prepared))
    speeches = [s for item, doc in zip(prepared, cleaned)
                if (s := run.speech(item, doc, list(strip), roles)) is not None]
    run.report(title_col=roles.title, group=group)
    if not speeches:
        reasons = sorted({b.problem for b in run.bad + run.empty_records})
        raise CorpusInputError(path, "no record left to read" + (f" ({'; '.join(reasons[:5])})" if reasons else ""))
    sp, paragraphs, sections = assemble(speeches, tokenizer=tokenizer, cache_dir=cache, classify=classify, dedup=dedup,
                                        dup_floor=0.5, n_jobs=n_jobs, progress=show, clock=clock)
    audit = pd.DataFrame(run.audit_rows, columns=AUDIT_COLUMNS)
    return Corpus(sp, paragraphs, sections, audit, run.sources_table(), path=None)
