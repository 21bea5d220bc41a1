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

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from corpusmine import config
from corpusmine.corpus.assemble import Speech, assemble, segment
from corpusmine.corpus.cleaning import clean_all
from corpusmine.corpus.lines import BLANK_CHARS, LINE_BREAK_MODES, WIKISOURCE_FOOTER, ZERO_WIDTH, join_wrapped_lines, strip_patterns
from corpusmine.corpus.model import Corpus
from corpusmine.corpus.readers import detect_format, open_records
from corpusmine.corpus.records import (WARN_LIST, BadRecord, Record, Stopwatch, label_text, missing, parse_year,
                                       progress_bar, warn_list, where)
from corpusmine.corpus.stubs import stub_reason
from corpusmine.errors import CorpusInputError
from corpusmine.schema import CAMPAIGN_LABELS, OTHER, SCORE_COLUMNS, SOURCE_COLUMNS, SPEECH_COLUMNS
from corpusmine.text.clean import AUDIT_COLUMNS
from corpusmine.text.decode import looks_like_html
from corpusmine.text.markup import extract_html
from corpusmine.text.site_boilerplate import learn_site_lines

log = logging.getLogger(__name__)

__all__ = ["COMPUTED", "DESCRIPTIVE", "read_corpus"]

#: Speech columns that corpusmine fills itself; an input column of the same
#: name is kept as ``input_<name>`` (title, year and the other descriptive
#: columns are read from the input, see :func:`read_corpus`).  ``level`` is
#: the document unit of later analyses, so an input ``level`` is kept as ``input_level``.
COMPUTED = frozenset({
    "speech_id", "source_file", "campaign", "secondary_campaigns", "include", "n_chars", "text", "part",
    "n_paragraphs", "n_sections", "n_words", "classifier_campaign", *SCORE_COLUMNS, "dup_share",
    "admin_level", "level", "region", "source_site", "note", "title", "year",
})
#: Descriptive speech columns read from an input field of the same name.
DESCRIPTIVE = ("admin_level", "region", "source_site", "note")


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
    run = _Run(path, fmt, on_error, empty, text, stubs == "flag")
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


@dataclass
class _Roles:
    """Which input field plays which role, and the derived group columns."""

    title: str | None
    year: str | None
    id: str | None
    campaign: str | None
    group_field: str | None
    derived: dict[str, Callable[[dict], Any]]


@dataclass
class _Run:
    """The state of one read: good and bad records, audit and source rows, records to report."""

    path: Path
    fmt: str
    on_error: str
    empty: str
    text: str
    flag_stubs: bool = True
    good: list[Record] = field(default_factory=list)
    bad: list[BadRecord] = field(default_factory=list)
    empty_records: list[BadRecord] = field(default_factory=list)
    ignored: list[BadRecord] = field(default_factory=list)
    unknown_group: list[str] = field(default_factory=list)
    stubs: list[str] = field(default_factory=list)
    audit_rows: list[dict] = field(default_factory=list)
    source_rows: list[dict] = field(default_factory=list)

    def fail(self, rec, problem: str) -> None:
        """Raise for a bad record, or keep it to skip (``on_error``)."""
        if self.on_error == "raise":
            raise CorpusInputError(self.path, f"{where(rec)}: {problem}")
        self.bad.append(BadRecord(rec.n, rec.line, rec.label, problem, getattr(rec, "fields", {})))

    def collect(self, source: Iterable) -> None:
        for rec in source:
            if isinstance(rec, BadRecord) and rec.ignored:
                self.ignored.append(rec)
            elif isinstance(rec, BadRecord):
                self.fail(rec, rec.problem)
            elif not missing(rec.text) and not isinstance(rec.text, str):
                self.fail(rec, f"text field {self.text!r} is a {type(rec.text).__name__}, not text")
            else:
                self.good.append(rec)

    def roles(self, title, year, id, campaign, group) -> _Roles:
        columns: dict[str, None] = {}
        for rec in self.good:
            columns.update(dict.fromkeys(map(str, rec.fields)))
        available = ([self.text] if self.fmt not in ("folder", "files") else []) + list(columns)
        listed = ", ".join(available)

        def resolve(name, default, what):
            if name is None:
                return default if default in columns else None
            if name not in columns:
                raise CorpusInputError(self.path, f"no {what} column {name!r}; the columns are: {listed}")
            return name

        roles = _Roles(resolve(title, "title", "title"), resolve(year, "year", "year"),
                       resolve(id, None, "id") if id is not None else None,
                       resolve(campaign, None, "campaign") if campaign is not None else None, None, {})
        if group is None:
            pass
        elif isinstance(group, str):
            if group in columns and group not in COMPUTED:
                roles.group_field = group
            elif group in columns or group in ("year", "title"):
                if group == "year" and roles.year is None:
                    raise CorpusInputError(self.path, f"group='year' needs a year column; the columns are: {listed}")
                roles.derived["group"] = lambda r, col=group: r.get(col)
            elif group == "decade":
                if roles.year is None:
                    raise CorpusInputError(self.path, f"group='decade' needs a year column; the columns are: {listed}")
                roles.derived["decade"] = lambda r: None if r.get("year") is None else f"{r['year'] // 10 * 10}s"
            else:
                raise CorpusInputError(self.path, f"no column {group!r} to group by; the columns are: {listed} "
                                       "(or use group='decade' or a function of the record)")
        elif callable(group):
            roles.derived["group"] = group
        elif isinstance(group, Mapping):
            for name, fn in group.items():
                if not callable(fn):
                    raise TypeError(f"group[{name!r}] must be a function of the record, got {type(fn).__name__}")
                if name in COMPUTED:
                    raise ValueError(f"group column {name!r} would replace a column corpusmine fills; "
                                     "choose another name")
                roles.derived[str(name)] = fn
        else:
            raise TypeError(f"group must be a column name, a function or a mapping, got {type(group).__name__}")
        return roles

    def values(self, roles: _Roles) -> list[tuple[Record, dict]]:
        """Year, id and campaign of every good record; ids made unique or refused."""
        kept: list[tuple[Record, dict]] = []
        for rec in self.good:
            values: dict[str, Any] = {}
            try:
                values["year"] = parse_year(rec.fields.get(roles.year)) if roles.year else None
            except ValueError as exc:
                self.fail(rec, f"{roles.year!r}: {exc}")
                continue
            if roles.id is not None:
                v = rec.fields.get(roles.id)
                if missing(v):
                    self.fail(rec, f"empty id field {roles.id!r}")
                    continue
                values["speech_id"] = label_text(v)
            if roles.campaign is not None:
                v = rec.fields.get(roles.campaign)
                lab = OTHER if missing(v) else label_text(v)
                if lab not in CAMPAIGN_LABELS:
                    raise CorpusInputError(self.path, f"{where(rec)}: campaign {lab!r} is not one of "
                                           f"{', '.join(CAMPAIGN_LABELS)}")
                values["campaign"] = lab
            kept.append((rec, values))
        if self.fmt in ("folder", "files") and roles.id is None:
            stems = [Path(r.label).stem for r, _ in kept]
            counts = pd.Series(stems).value_counts()
            for (r, v), s in zip(kept, stems):
                v["speech_id"] = s if counts[s] == 1 else r.label
        elif roles.id is None:
            for r, v in kept:
                v["speech_id"] = f"{r.n:06d}"
        ids = pd.Series([v["speech_id"] for _, v in kept], dtype=object)
        if ids.duplicated().any():
            dup = ids[ids.duplicated(keep=False)]
            listed = [f"{v['speech_id']!r} ({where(r)})" for (r, v), d in zip(kept, ids.duplicated(keep=False)) if d]
            raise CorpusInputError(self.path, f"{dup.nunique()} duplicated id(s) in {roles.id!r}: "
                                   f"{', '.join(listed[:WARN_LIST])}")
        return kept

    def prepare(self, kept, line_breaks: str) -> list[tuple]:
        """``(rec, values, joined, spans, mode, is_html)`` of every non-empty record."""
        prepared = []
        for rec, values in kept:
            raw = rec.text if isinstance(rec.text, str) else ""
            if missing(rec.text) or not raw.strip(BLANK_CHARS + ZERO_WIDTH + "\n"):
                self.empty_records.append(BadRecord(rec.n, rec.line, rec.label, "empty text", rec.fields))
                continue
            is_html = rec.is_html if rec.is_html is not None else looks_like_html(raw)
            if is_html:
                joined, spans, mode = raw, [], "html"
            else:
                joined, spans, mode = join_wrapped_lines(raw, line_breaks)
            prepared.append((rec, values, joined, spans, mode, bool(is_html)))
        return prepared

    def speech(self, item, doc, strip: list, roles: _Roles) -> Speech | None:
        """The speech of one cleaned record, with its source and audit rows; None when nothing is left."""
        rec, values, joined, spans, mode, is_html = item
        raw = rec.text
        final, removed = strip_patterns(doc.text, strip) if strip else (doc.text, [])
        src = {
            "source_file": rec.label, "record": rec.n, "line": rec.line, "speech_id": values["speech_id"],
            "sha256": hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest(),
            "encoding": rec.encoding, "format": "html" if is_html else "text",
            "n_bytes": rec.n_bytes if rec.n_bytes is not None else len(raw.encode("utf-8", "surrogatepass")),
            "n_chars_raw": len(raw), "n_chars_clean": len(final), "conversion": doc.conversion or "",
            "line_breaks": mode, "n_parts": len(doc.parts), "page_title": doc.page_title or "",
            "warnings": "; ".join(rec.warnings),
        }
        if not segment(final):
            self.empty_records.append(BadRecord(rec.n, rec.line, rec.label, "no text left after cleaning", rec.fields))
            self.source_rows.append({**src, "status": "skipped", "reason": "no text left after cleaning",
                                     "n_speeches": 0})
            return None
        stub = stub_reason(final) if self.flag_stubs else None
        self.source_rows.append({**src, "status": "ok", "reason": stub or "", "n_speeches": 1})
        self.audit_rows.extend(
            {"source_file": rec.label, "layer": "lines", "start": s, "end": e, "rule": "soft_line_break",
             "action": "replace" if r else "remove", "removed": raw[s:e], "replacement": r}
            for s, e, r in spans
        )
        self.audit_rows.extend(doc.audit_rows)
        self.audit_rows.extend(
            {"source_file": rec.label, "layer": "strip", "start": s, "end": e, "rule": "strip",
             "action": "remove", "removed": doc.text[s:e], "replacement": ""}
            for s, e, _ in removed
        )
        fields = rec.fields
        title = (label_text(fields[roles.title]) if roles.title and not missing(fields.get(roles.title))
                 else (Path(rec.label).stem if self.fmt in ("folder", "files") else ""))
        columns: dict[str, Any] = {
            "title": title, "year": values["year"],
            "admin_level": label_text(fields["admin_level"]) if not missing(fields.get("admin_level")) else "unknown",
            **{c: (label_text(fields[c]) if not missing(fields.get(c)) else "") for c in DESCRIPTIVE
               if c != "admin_level"},
        }
        used = {roles.title, roles.year, roles.id, roles.campaign, *DESCRIPTIVE}
        for k, v in fields.items():
            if k not in used:
                columns[f"input_{k}" if k in COMPUTED or k in SPEECH_COLUMNS else k] = v
        columns["excluded_reason"] = stub or ""
        named = f"{where(rec)} ({title[:30] or values['speech_id']})"
        if stub:
            self.stubs.append(f"{named}: {stub}")
        if roles.group_field is not None:
            v = fields.get(roles.group_field)
            columns[roles.group_field] = "unknown" if missing(v) else label_text(v)
            if missing(v):
                self.unknown_group.append(named)
        if roles.derived:
            rdict = {**fields, "text": raw, "year": values["year"], "title": title}
            for name, fn in roles.derived.items():
                v = fn(rdict)
                columns[name] = "unknown" if missing(v) else label_text(v)
                if missing(v):
                    self.unknown_group.append(named)
        return Speech(values["speech_id"], rec.label, "\n".join(p.text for p in segment(final)),
                      campaign=values.get("campaign", OTHER), include=stub is None, columns=columns,
                      where=f"{self.path.name} {where(rec)}")

    def report(self, *, title_col: str | None, group) -> None:
        """Sources rows of skipped records; the warnings (or the error) naming them."""
        for b in self.ignored + self.bad:
            self.source_rows.append({"source_file": b.label, "record": b.n, "line": b.line, "speech_id": "",
                                     "status": "skipped", "reason": b.problem})
        done = {r["record"] for r in self.source_rows}
        for b in self.empty_records:
            if b.n not in done:
                self.source_rows.append({"source_file": b.label, "record": b.n, "line": b.line, "speech_id": "",
                                         "status": "skipped", "reason": b.problem})
        name = self.path.name
        if self.empty_records and self.empty == "raise":
            raise CorpusInputError(self.path, f"{len(self.empty_records)} empty record(s): " + ", ".join(
                f"{where(b)} ({b.problem})" for b in self.empty_records[:WARN_LIST]))
        if self.ignored:
            warn_list(f"{name}: {len(self.ignored)} file(s) of the folder are not texts of the corpus",
                      [f"{b.label}: {b.problem}" for b in self.ignored])
        if self.bad:
            warn_list(f"{name}: skipped {len(self.bad)} bad record(s)", [f"{where(b)}: {b.problem}" for b in self.bad])
        if self.empty_records:
            def titled(b):
                t = b.fields.get(title_col) if title_col else None
                return label_text(t) if title_col and not missing(t) else "no title"

            warn_list(f"{name}: skipped {len(self.empty_records)} empty record(s)",
                      [f"{where(b)} ({titled(b)}): {b.problem}" for b in self.empty_records])
        if self.stubs:
            warn_list(f"{name}: {len(self.stubs)} stub(s), redirect(s) or disambiguation page(s) flagged "
                      "include=False (left out of statistics; see excluded_reason)", self.stubs)
        if self.unknown_group:
            gname = group if isinstance(group, str) else "group"
            warn_list(f"{name}: {len(self.unknown_group)} record(s) have no value for {gname!r} and are grouped as "
                      "'unknown'", self.unknown_group)

    def sources_table(self) -> pd.DataFrame:
        sources = pd.DataFrame(self.source_rows).reindex(columns=SOURCE_COLUMNS)
        sources = sources.sort_values("record", kind="mergesort").reset_index(drop=True)
        sources["line"] = sources["line"].astype("Int64")
        sources["n_speeches"] = sources["n_speeches"].fillna(0).astype("int64")
        for c in ("n_bytes", "n_chars_raw", "n_chars_clean", "n_parts"):
            sources[c] = sources[c].astype("Int64")
        for c in ("speech_id", "reason", "sha256", "encoding", "format", "conversion", "line_breaks", "page_title",
                  "warnings"):
            sources[c] = sources[c].fillna("").astype("str")
        return sources
