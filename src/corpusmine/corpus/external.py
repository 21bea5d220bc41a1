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

The Government Work Reports, grouped by decade:

>>> import corpusmine as cm                                                     # doctest: +SKIP
>>> gwr = cm.read_corpus("data/external/government_work_reports.jsonl", text="content",
...                      group="decade", strip=[WIKISOURCE_FOOTER])              # doctest: +SKIP
>>> docs = cm.documents(gwr, level="speech", by="decade", groups=None)           # doctest: +SKIP
>>> docs.groupby("group").size()["1950s"]                                       # doctest: +SKIP
7
"""

from __future__ import annotations

import csv
import hashlib
import io as _io
import json
import logging
import math
import os
import pickle
import re
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpusmine import config
from corpusmine.errors import CorpusInputError, CorpusWarning

log = logging.getLogger(__name__)

__all__ = [
    "GOVERNMENT_WORK_REPORTS",
    "WIKISOURCE_FOOTER",
    "government_work_reports",
    "join_wrapped_lines",
    "near_duplicates",
    "read_corpus",
    "strip_patterns",
]

#: The second corpus shipped with the project: the State Council's Government
#: Work Reports 1954-2025 and NPC resolutions on them (see data/external/README.md).
GOVERNMENT_WORK_REPORTS: Path = config.DATA_DIR / "external" / "government_work_reports.jsonl"

#: Wikisource's licence notice at the end of a page ("本作品是中华人民共和国的法律、法规……
#: 属于公有领域", "本作品来自中华人民共和国全国人民代表大会……的决定、决议"), with the
#: line break before it and everything after it (template names such as "Public
#: domain").  Pass it in ``strip=`` for texts taken from zh.wikisource.org.
WIKISOURCE_FOOTER: str = r"(?ms)\n*^本作品(?:是|来自)中华人民共和国.*\Z"

#: Formats understood by :func:`read_corpus`, by file suffix.
SUFFIX_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
    ".parquet": "parquet", ".pq": "parquet", ".txt": "files", ".html": "files", ".htm": "files",
}
FORMATS: tuple[str, ...] = ("folder", "files", "jsonl", "csv", "tsv", "parquet")

#: Columns of ``Corpus.sources`` for an external corpus (one row per record).
SOURCE_COLUMNS = [
    "source_file", "record", "line", "speech_id", "status", "reason", "sha256", "encoding", "format",
    "n_bytes", "n_chars_raw", "n_chars_clean", "conversion", "line_breaks", "n_parts", "n_speeches", "page_title",
    "warnings",
]

#: Speech columns that corpusmine fills itself; an input column of the same
#: name is kept as ``input_<name>`` (title, year and the other descriptive
#: columns are read from the input, see :func:`read_corpus`).
_COMPUTED = frozenset({
    "speech_id", "source_file", "campaign", "secondary_campaigns", "include", "n_chars", "text", "part",
    "n_paragraphs", "n_sections", "n_words", "classifier_campaign", "score_rural", "score_civilised_city",
    "score_environment", "dup_share", "level", "region", "source_site", "note", "title", "year",
})
_DESCRIPTIVE = ("level", "region", "source_site", "note")

#: Characters that end a sentence or a clause that may end a paragraph.
_BREAK_END = "。！？!?；;：:…"
_CLOSERS = "”’」』）)》〉】"
#: A line starting with one of these continues the previous line (its break was a wrap).
_CONTINUES = "，。、；：！？）》」』”’〉】,.;:!?)"
#: A line ending with one of these is continued by the next line.
_OPENS = "《「『“‘（(〈【"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_BLANK_CHARS = " \t\r\u3000\u00a0\x0c"
_WARN_LIST = 20  # records named in one warning before "… and N more"

_CLEAN_CACHE_VERSION = "external-clean-v1"


# ---------------------------------------------------------------------------
# Line breaks and boilerplate
# ---------------------------------------------------------------------------
def _line_kind(content: str) -> str:
    bare = content.strip(_BLANK_CHARS)
    if not bare:
        return "blank"
    if not bare.strip(_ZERO_WIDTH + _BLANK_CHARS):
        return "zero_width"
    return "text"


def _wrapped_breaks(text: str) -> tuple[list[tuple[int, int, str]], int, int]:
    """Soft line breaks of *text*: ``(start, end, replacement)`` spans, blank-line breaks, clear wraps."""
    lines = []  # (start, end_of_content, kind)
    pos = 0
    for piece in text.split("\n"):
        lines.append((pos, pos + len(piece), _line_kind(piece)))
        pos += len(piece) + 1
    spans: list[tuple[int, int, str]] = []
    n_blank_breaks = 0
    n_clear = 0
    prev = None          # index of the previous text line
    blank_between = False
    zero_width_between = False
    for i, (s, e, kind) in enumerate(lines):
        if kind == "blank":
            if prev is not None:
                blank_between = True
            continue
        if kind == "zero_width":
            if prev is not None:
                zero_width_between = True
            continue
        if prev is not None:
            if blank_between:
                n_blank_breaks += 1
            else:
                ps, pe, _ = lines[prev]
                before = text[ps:pe].rstrip(_BLANK_CHARS + _ZERO_WIDTH)
                after = text[s:e].lstrip(_BLANK_CHARS + _ZERO_WIDTH)
                last = before.rstrip(_CLOSERS)[-1:]
                ends_sentence = last != "" and last in _BREAK_END
                if not ends_sentence:
                    if after[:1] in tuple(_CONTINUES) or before[-1:] in tuple(_OPENS) or zero_width_between:
                        n_clear += 1
                    ascii_join = before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() \
                        and after[:1].isalnum()
                    spans.append((pe, s, " " if ascii_join else ""))
        prev = i
        blank_between = False
        zero_width_between = False
    return spans, n_blank_breaks, n_clear


def join_wrapped_lines(text: str, mode: str = "auto") -> tuple[str, list[tuple[int, int, str]], str]:
    """Re-join paragraphs whose lines were hard-wrapped, as on pages with blank-line paragraphs.

    Texts copied from wikis and e-books separate paragraphs by a *blank*
    line and break lines inside a paragraph wherever a link or a page width
    ended (``根据《\\n中华人民共和国著作权法\\n》第五条``, ``政府工作报\\n告``).  In
    ``"blank"`` mode a single line break (possibly with zero-width-space-only
    lines around it) is removed -- replaced by a space between two Latin
    letters or digits -- unless the line before it ends a sentence
    (``。！？；：…``, optionally followed by a closing quote); blank lines
    always separate paragraphs.  ``"lines"`` mode keeps every line break (one
    paragraph per line, as in the seed corpus).  ``"auto"`` chooses
    ``"blank"`` when the text has at least one blank-line paragraph break and
    at least one break that is certainly a wrap (the next line starts with
    ``，。、》”`` …, the line ends with ``《“（`` …, or only zero-width spaces
    stand between the lines), else ``"lines"``.

    Parameters
    ----------
    text : str
        Plain text (not HTML).
    mode : {"auto", "blank", "lines"}

    Returns
    -------
    joined : str
        The text with the soft breaks removed.
    spans : list of (int, int, str)
        The removed spans of *text* (start, end) and what replaced them, in
        order; the audit rows of layer ``"lines"``.
    mode : str
        The mode applied: ``"blank"`` or ``"lines"``.

    Examples
    --------
    >>> joined, spans, mode = join_wrapped_lines("各位代表：\\n\\n根据《\\n著作权法\\n》第五条，属于\\n公有领域。\\n\\n结束语")
    >>> joined, mode
    ('各位代表：\\n\\n根据《著作权法》第五条，属于公有领域。\\n\\n结束语', 'blank')
    >>> join_wrapped_lines("一、提高站位\\n要抓实抓细。")[2]      # one paragraph per line: kept
    'lines'
    """
    if mode not in ("auto", "blank", "lines"):
        raise ValueError(f"line_breaks must be 'auto', 'blank' or 'lines', got {mode!r}")
    if mode == "lines" or "\n" not in text:
        return text, [], "lines"
    spans, n_blank, n_clear = _wrapped_breaks(text)
    if mode == "auto" and not (n_blank >= 1 and n_clear >= 1):
        return text, [], "lines"
    out, pos = [], 0
    for s, e, repl in spans:
        out.append(text[pos:s])
        out.append(repl)
        pos = e
    out.append(text[pos:])
    return "".join(out), spans, "blank"


def strip_patterns(text: str, patterns: Iterable[str | re.Pattern]) -> tuple[str, list[tuple[int, int, str]]]:
    """Remove every match of *patterns* (boilerplate such as a licence footer) from *text*.

    Every pattern is searched in the same *text* (a string is compiled with
    :data:`re.MULTILINE`; add ``(?s)`` to let ``.`` cross lines); overlapping
    or touching matches are merged, then removed.  Positions therefore refer
    to *text*, so the removals are one audit layer (``"strip"``) that
    :func:`corpusmine.text.clean.reconstruct` can undo.

    Parameters
    ----------
    text : str
    patterns : iterable of str or compiled pattern

    Returns
    -------
    stripped : str
    removed : list of (int, int, str)
        ``(start, end, pattern)`` of each removed span of *text*, in order
        (``pattern``: the first pattern that matched there).

    Examples
    --------
    >>> text = "要抓实抓细。\\n本作品是中华人民共和国的法律……属于公有领域。\\nPublic domain"
    >>> stripped, removed = strip_patterns(text, [WIKISOURCE_FOOTER])
    >>> stripped, [(s, e) for s, e, _ in removed], len(text)
    ('要抓实抓细。', [(6, 44)], 44)
    """
    spans: list[tuple[int, int, str]] = []
    for pat in patterns:
        rx = pat if isinstance(pat, re.Pattern) else re.compile(pat, re.MULTILINE)
        spans.extend((m.start(), m.end(), rx.pattern) for m in rx.finditer(text) if m.end() > m.start())
    merged: list[tuple[int, int, str]] = []
    for s, e, p in sorted(spans, key=lambda x: (x[0], -x[1])):
        if merged and s <= merged[-1][1]:
            ps, pe, pp = merged[-1]
            merged[-1] = (ps, max(pe, e), pp)
        else:
            merged.append((s, e, p))
    out, pos = [], 0
    for s, e, _ in merged:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return "".join(out), merged


# ---------------------------------------------------------------------------
# Near duplicates at scale
# ---------------------------------------------------------------------------
def _gram_matrix(texts: Sequence[str], k: int, min_chars: int):
    """Binary texts × k-gram CSR matrix; gram ids in order of first occurrence."""
    from scipy import sparse

    from array import array

    vocab: dict[str, int] = {}
    indptr = array("q", [0])
    indices = array("q")          # 8 bytes per k-gram, not a Python int object each
    for t in texts:
        if len(t) >= min_chars:
            seen = dict.fromkeys(t[j:j + k] for j in range(len(t) - k + 1))
            indices.extend(vocab.setdefault(g, len(vocab)) for g in seen)
        indptr.append(len(indices))
    n_grams = max(len(vocab), 1)
    del vocab
    ind = np.frombuffer(indices, dtype=np.int64).astype(np.int32 if n_grams < 2**31 else np.int64)
    m = sparse.csr_matrix(
        (np.ones(len(ind), dtype=np.int32), ind, np.frombuffer(indptr, dtype=np.int64).copy()),
        shape=(len(texts), n_grams),
    )
    return m


def _candidate_pairs(m, floor: float, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (j < i) of texts of different groups that may reach Jaccard ``floor`` (prefix filter)."""
    from scipy import sparse

    n, v = m.shape
    sizes = np.diff(m.indptr)
    df = np.bincount(m.indices, minlength=v)
    order = np.lexsort((np.arange(v), df))          # rarest grams first; ties by first occurrence
    rank = np.empty(v, dtype=m.indices.dtype)
    rank[order] = np.arange(v, dtype=m.indices.dtype)
    del df, order
    r = sparse.csr_matrix((m.data, rank[m.indices], m.indptr), shape=m.shape)
    del rank
    r.sort_indices()
    # prefix length |x| - ceil(t|x|) + 1 (Chaudhuri et al. 2006); the epsilon errs on the long side
    need = np.ceil(floor * sizes - 1e-9).astype(np.int64)
    plen = np.where(sizes > 0, sizes - need + 1, 0)
    total = int(plen.sum())
    if total == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    row_t = np.int32 if n < 2**31 else np.int64
    rows = np.repeat(np.arange(n, dtype=row_t), plen)
    pos_in = np.repeat(r.indptr[:-1] - (np.cumsum(plen) - plen), plen) + np.arange(total)
    grams = r.indices[pos_in]
    del pos_in, r
    o = np.lexsort((rows, grams))
    g, w = grams[o], rows[o]
    del grams, rows, o
    # runs of equal gram: every pair inside a run is a candidate
    run_start = np.r_[0, np.flatnonzero(g[1:] != g[:-1]) + 1]
    del g
    run_len = np.diff(np.r_[run_start, total])
    remain = (np.repeat(run_start + run_len, run_len) - np.arange(total) - 1).astype(np.int32)
    del run_start, run_len
    keys = []
    active = np.flatnonzero(remain > 0)
    d = 1
    while len(active):
        a, b = w[active], w[active + d]
        ok = codes[a] != codes[b]
        small, large = np.minimum(sizes[a], sizes[b]), np.maximum(sizes[a], sizes[b])
        ok &= small >= floor * large - 1e-9                 # |x ∩ y| / |x ∪ y| <= small / large
        keys.append(np.unique(a[ok].astype(np.int64) * n + b[ok]))   # a < b: w is sorted within each run
        del a, b, ok, small, large
        d += 1
        active = active[remain[active] >= d]
    key = np.unique(np.concatenate(keys)) if keys else np.zeros(0, np.int64)
    return key // n, key % n


def near_duplicates(
    texts: Sequence[str],
    groups: Sequence[str],
    *,
    k: int = 5,
    threshold: float = 0.8,
    min_chars: int = 20,
    floor: float = 0.5,
    progress: bool = False,
) -> list[tuple[int | None, float]]:
    """For each text, the earlier text of another group it nearly repeats -- for corpora of any size.

    Same definition as :func:`corpusmine.corpus.build.near_duplicates` (Jaccard
    similarity of character k-gram sets, Broder 1997; the *first* earlier
    text of a different group with similarity >= ``threshold``), but the
    pairs compared are found with the prefix filter of set-similarity joins
    (Chaudhuri, Ganti & Kaushik 2006, *A primitive operator for similarity
    joins in data cleaning*; Bayardo, Ma & Srikant 2007, *Scaling up all
    pairs similarity search*): with the k-grams of every text sorted rarest
    first, two texts whose Jaccard similarity reaches ``floor`` must share one
    of the first ``|x| - ceil(floor·|x|) + 1`` k-grams of each.  Only those
    candidate pairs are verified, exactly, so the work grows with the number
    of near-duplicate candidates instead of the square of the corpus (the
    all-pairs product of :func:`corpusmine.corpus.build.near_duplicates` needed
    1.6 s and 0.3 GB for the paragraphs of the Government Work Reports and
    25 s and 3.3 GB for four copies of them; this join 1.0 s and 0.26 GB,
    and 13 s and 0.54 GB for eight copies, whose paragraphs are all
    near-duplicates of each other).

    Parameters
    ----------
    texts : sequence of str
        Paragraphs, in corpus order.
    groups : sequence of str
        The group (speech_id) of each text; only pairs from different groups
        are compared.
    k : int
        Length of the character k-grams.
    threshold : float
        Similarity from which a text counts as a near-duplicate.
    min_chars : int
        Texts shorter than this are never flagged.
    floor : float
        Similarities below this are not computed (reported as 0.0); must be
        at most ``threshold``.
    progress : bool
        Show a progress bar while verifying candidates.

    Returns
    -------
    list of (int or None, float)
        Per text: ``(index of the first earlier near-duplicate, its
        similarity)`` or ``(None, best similarity to an earlier text of
        another group)`` when that is at least ``floor``, else ``(None, 0.0)``;
        similarities rounded to four decimals.  Flagged pairs are exactly
        those of :func:`corpusmine.corpus.build.near_duplicates`.

    Examples
    --------
    >>> texts = ["要全面推进乡村振兴,巩固拓展脱贫攻坚成果。", "要全面推进乡村振兴,巩固拓展脱贫攻坚成果!",
    ...          "创文工作已经到了攻坚之年。"]
    >>> near_duplicates(texts, ["s1", "s2", "s3"], k=3, min_chars=5)
    [(None, 0.0), (0, 0.9), (None, 0.0)]
    """
    if not 0 < floor <= threshold:
        raise ValueError(f"floor must be in (0, threshold], got floor={floor!r}, threshold={threshold!r}")
    n = len(texts)
    if len(groups) != n:
        raise ValueError(f"{n} texts but {len(groups)} groups")
    result: list[tuple[int | None, float]] = [(None, 0.0)] * n
    if n == 0:
        return result
    m = _gram_matrix(texts, k, min_chars)
    codes = pd.factorize(pd.Series(list(groups), dtype=object))[0]
    j_idx, i_idx = _candidate_pairs(m, floor, codes)
    if len(j_idx) == 0:
        return result
    sizes = np.diff(m.indptr).astype(float)
    inter = np.empty(len(j_idx), dtype=float)
    # verify in chunks of about 20 million stored k-grams
    per_pair = sizes[j_idx] + sizes[i_idx]
    bounds = np.searchsorted(np.cumsum(per_pair), np.arange(2e7, per_pair.sum() + 2e7, 2e7))
    chunks = np.unique(np.r_[0, np.minimum(bounds, len(j_idx)), len(j_idx)])
    steps = range(len(chunks) - 1)
    if progress:
        from tqdm import tqdm

        steps = tqdm(steps, desc="near-duplicate paragraphs", unit="chunk")
    for c in steps:
        s, e = chunks[c], chunks[c + 1]
        inter[s:e] = np.asarray(m[j_idx[s:e]].multiply(m[i_idx[s:e]]).sum(axis=1)).ravel()
    jac = inter / (sizes[i_idx] + sizes[j_idx] - inter)
    dup = jac >= threshold
    log.info("near_duplicates: %d texts, %d candidate pairs verified, %d pairs >= %s", n, len(j_idx),
             int(dup.sum()), threshold)
    first: dict[int, tuple[int, float]] = {}
    o = np.lexsort((j_idx[dup], i_idx[dup]))
    for i, j, s in zip(i_idx[dup][o], j_idx[dup][o], jac[dup][o]):
        if int(i) not in first:
            first[int(i)] = (int(j), float(s))
    best = np.zeros(n)
    ok = jac >= floor
    np.maximum.at(best, i_idx[ok], jac[ok])
    for i in range(n):
        if i in first:
            result[i] = (first[i][0], round(first[i][1], 4))
        elif best[i] > 0:
            result[i] = (None, round(float(best[i]), 4))
    return result


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------
@dataclass
class _Record:
    n: int                       # 1-based record number in the input
    line: int | None             # first line of the record in its file (jsonl, csv)
    label: str                   # "file.jsonl:12", "file.csv:row 3", "讲话.txt"
    fields: dict[str, Any]       # every field of the record except the text
    text: Any                    # the text as found (may be None / not a str: checked later)
    encoding: str = "utf-8"
    n_bytes: int | None = None
    warnings: tuple[str, ...] = ()
    is_html: bool | None = None


@dataclass
class _Bad:
    n: int
    line: int | None
    label: str
    problem: str
    fields: dict[str, Any] = field(default_factory=dict)


def _where(rec) -> str:
    """How a message names a record: its line (JSON Lines, CSV), row (Parquet) or file name (folders)."""
    if rec.line is not None:
        return f"line {rec.line}"
    if ":row " in rec.label:
        return rec.label.rsplit(":", 1)[1]
    return rec.label


def _detect_format(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
        return fmt
    if path.is_dir():
        return "folder"
    if not path.exists():
        raise CorpusInputError(path, "file or folder not found")
    found = SUFFIX_FORMATS.get(path.suffix.lower())
    if found is None:
        raise CorpusInputError(
            path, f"unknown corpus format {path.suffix or '(no suffix)'!r}; use a folder of .txt/.html files, "
            ".jsonl, .csv, .tsv or .parquet (or pass format=)")
    return found


def _iter_jsonl(path: Path, text_col: str) -> Iterator[_Record | _Bad]:
    n = 0
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise CorpusInputError(path, f"cannot read the file: {exc.strerror or exc}") from None
    with fh:
        for line_no, raw in enumerate(fh, 1):
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue  # blank lines separate nothing in JSON Lines
            n += 1
            label = f"{path.name}:{line_no}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield _Bad(n, line_no, label, f"not valid UTF-8 (byte {exc.start}); JSON Lines files must be UTF-8")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _Bad(n, line_no, label, f"corrupt JSON ({exc.msg} at column {exc.colno}): {line.strip()[:60]!r}")
                continue
            if not isinstance(obj, dict):
                yield _Bad(n, line_no, label, f"expected a JSON object, got {type(obj).__name__}")
                continue
            if text_col not in obj:
                yield _Bad(n, line_no, label, f"no text field {text_col!r} (fields: {', '.join(map(str, obj))})", obj)
                continue
            text = obj.pop(text_col)
            yield _Record(n, line_no, label, obj, text, n_bytes=len(raw))


def _iter_csv(path: Path, text_col: str, delimiter: str) -> Iterator[_Record | _Bad]:
    from corpusmine.text.decode import read_text

    decoded = read_text(path)  # any common encoding; warns when not UTF-8
    buf = _io.StringIO(decoded.text, newline="")
    old = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)  # a speech can be longer than csv's 128 KiB default
    try:
        reader = csv.reader(buf, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise CorpusInputError(path, "no header line") from None
        except csv.Error as exc:
            raise CorpusInputError(path, f"line 1: malformed header ({exc})") from None
        header = [h.strip() for h in header]
        if text_col not in header:
            raise CorpusInputError(path, f"no text column {text_col!r}; the columns are: {', '.join(header)}")
        dups = sorted({h for h in header if header.count(h) > 1})
        if dups:
            raise CorpusInputError(path, f"duplicated column name(s): {', '.join(dups)}")
        ti = header.index(text_col)
        n = 0
        while True:
            first_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                n += 1
                yield _Bad(n, first_line, f"{path.name}:{first_line}", f"malformed CSV ({exc})")
                continue
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # blank line
            n += 1
            label = f"{path.name}:{first_line}"
            if len(row) != len(header):
                yield _Bad(n, first_line, label, f"{len(row)} fields, the header has {len(header)}")
                continue
            fields = dict(zip(header, row))
            text = fields.pop(text_col)
            yield _Record(n, first_line, label, fields, text, encoding=decoded.encoding,
                          warnings=decoded.warnings)
    finally:
        csv.field_size_limit(old)


def _iter_parquet(path: Path, text_col: str) -> Iterator[_Record | _Bad]:
    try:
        df = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises many kinds; all mean "not a readable parquet file"
        raise CorpusInputError(path, f"cannot read as Parquet: {exc}") from None
    if text_col not in df.columns:
        raise CorpusInputError(path, f"no text column {text_col!r}; the columns are: {', '.join(map(str, df.columns))}")
    cols = [c for c in df.columns if c != text_col]
    texts = df[text_col].tolist()
    meta = df[cols].to_dict("records") if cols else [{} for _ in range(len(df))]
    for i, (t, f) in enumerate(zip(texts, meta), 1):
        yield _Record(i, None, f"{path.name}:row {i}", f, t)


def _iter_files(paths: list[Path], metadata: pd.DataFrame | None) -> Iterator[_Record | _Bad]:
    from corpusmine.text.decode import read_text

    for i, p in enumerate(paths, 1):
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", CorpusWarning)
                decoded = read_text(p)
        except CorpusInputError as exc:
            yield _Bad(i, None, p.name, exc.problem)
            continue
        for w in caught:  # re-issue: the messages are also kept in sources["warnings"]
            warnings.warn(w.message, w.category, stacklevel=3)
        fields: dict[str, Any] = {"file": p.name}
        if metadata is not None and p.name in metadata.index:
            fields.update(metadata.loc[p.name].to_dict())
        yield _Record(i, None, p.name, fields, decoded.text, encoding=decoded.encoding,
                      n_bytes=decoded.n_bytes, warnings=decoded.warnings, is_html=decoded.format == "html")


def _read_metadata(metadata, files: list[Path]) -> pd.DataFrame | None:
    if metadata is None:
        return None
    if isinstance(metadata, pd.DataFrame):
        df, where = metadata.copy(), "metadata"
    else:
        mp = Path(metadata)
        from corpusmine.text.decode import read_text

        text = read_text(mp).text
        df = pd.read_csv(_io.StringIO(text), dtype=str, keep_default_na=False)
        where = mp
    key = next((c for c in ("file", "source_file", "filename") if c in df.columns), None)
    if key is None:
        raise CorpusInputError(where, f"metadata needs a 'file' column naming each file; its columns are: "
                               f"{', '.join(map(str, df.columns))}")
    df[key] = df[key].astype(str)
    dup = sorted(df.loc[df[key].duplicated(), key])
    if dup:
        raise CorpusInputError(where, f"file(s) listed twice: {', '.join(dup)}")
    names = {p.name for p in files}
    missing = [p.name for p in files if p.name not in set(df[key])]
    if missing:
        raise CorpusInputError(where, f"no metadata row for {len(missing)} file(s): {', '.join(missing[:_WARN_LIST])}")
    extra = sorted(set(df[key]) - names)
    if extra:
        warnings.warn(f"{where}: metadata rows for files that are not in the folder (ignored): {', '.join(extra[:_WARN_LIST])}",
                      CorpusWarning, stacklevel=3)
    return df.set_index(key)


# ---------------------------------------------------------------------------
# Cleaning (cached, optionally in worker processes)
# ---------------------------------------------------------------------------
def _clean_version() -> str:
    """The seed build's cleaner version, salted with this module's own cache version."""
    from corpusmine.text.clean import cleaner_version

    return hashlib.sha256(f"{_CLEAN_CACHE_VERSION}|{cleaner_version()}".encode()).hexdigest()[:16]


def _clean_one(item: tuple[str, str, bool]):
    from corpusmine.text.clean import clean_document

    text, label, is_html = item
    return clean_document(text, source_file=label, is_html=is_html)


def _clean_all(items: list[tuple[str, str, bool]], cache_dir: Path | None, n_jobs: int, bar) -> list:
    """Clean every item, reusing cached results; the others in up to ``n_jobs`` processes."""
    version = _clean_version() if cache_dir is not None else ""
    out: list = [None] * len(items)
    keys: list[Path | None] = [None] * len(items)
    todo = []
    for i, (text, label, is_html) in enumerate(items):
        if cache_dir is not None:
            key = hashlib.sha256(f"{version}|{label}|{int(is_html)}|".encode() + text.encode("utf-8", "surrogatepass"))
            keys[i] = Path(cache_dir) / "clean" / f"{key.hexdigest()}.pickle"
            if keys[i].is_file():
                try:
                    out[i] = pickle.loads(keys[i].read_bytes())
                    bar.update(1)
                    continue
                except Exception:  # a damaged cache entry is rebuilt, never trusted
                    log.warning("ignoring damaged clean cache entry %s", keys[i])
        todo.append(i)
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    if n_jobs > 1 and len(todo) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(n_jobs, len(todo))) as pool:
            chunk = max(1, len(todo) // (n_jobs * 8))
            for i, doc in zip(todo, pool.map(_clean_one, [items[i] for i in todo], chunksize=chunk)):
                out[i] = doc
                bar.update(1)
    else:
        for i in todo:
            out[i] = _clean_one(items[i])
            bar.update(1)
    if cache_dir is not None:
        from corpusmine.storage import atomic_write_bytes

        for i in todo:
            atomic_write_bytes(keys[i], pickle.dumps(out[i], protocol=pickle.HIGHEST_PROTOCOL))
    return out


# ---------------------------------------------------------------------------
# Metadata helpers
# ---------------------------------------------------------------------------
def _missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    if v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, str) and not v.strip()


def _label(v) -> str:
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return str(int(v))
    if isinstance(v, (np.integer,)):
        return str(int(v))
    return str(v).strip()


_YEAR = re.compile(r"^\s*(\d{4})(?!\d)")


def _parse_year(v) -> int | None:
    """A year from an int, a float like 2025.0 or a text starting with four digits; None if missing."""
    if _missing(v):
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


def _tidy(s: pd.Series) -> pd.Series:
    """Make a metadata column writable to Parquet: one type, or text."""
    if s.dtype != object:
        return s
    vals = [v for v in s if not _missing(v)]
    if not vals:
        return pd.Series([None] * len(s), index=s.index, dtype="str")
    kinds = {type(v) for v in vals}
    if kinds <= {str}:
        return s.map(lambda v: None if _missing(v) else v).astype("str")
    if kinds <= {int, np.int64, np.int32} :
        return s.map(lambda v: None if _missing(v) else int(v)).astype("Int64")
    if kinds <= {int, float, np.int64, np.float64}:
        return s.map(lambda v: None if _missing(v) else float(v)).astype("Float64")
    if kinds <= {bool, np.bool_}:
        return s.map(lambda v: None if _missing(v) else bool(v)).astype("boolean")
    return s.map(lambda v: None if _missing(v) else (json.dumps(v, ensure_ascii=False, sort_keys=True)
                                                        if isinstance(v, (dict, list)) else str(v))).astype("str")


def _warn_list(prefix: str, items: list[str]) -> None:
    shown = "; ".join(items[:_WARN_LIST])
    more = f"; … and {len(items) - _WARN_LIST} more (see corpus.sources)" if len(items) > _WARN_LIST else ""
    warnings.warn(f"{prefix}: {shown}{more}", CorpusWarning, stacklevel=3)


def _progress(enabled: bool, **kwargs):
    from tqdm import tqdm

    return tqdm(disable=not enabled, **kwargs)


# ---------------------------------------------------------------------------
# read_corpus
# ---------------------------------------------------------------------------
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
    line_breaks: str = "auto",
    strip: Iterable[str | re.Pattern] = (),
    classify: bool = True,
    dedup: bool = True,
    tokenizer=None,
    cache_dir: str | os.PathLike | None = config.CACHE_DIR,
    n_jobs: int = 1,
    progress: bool | None = None,
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
    cache_dir : path-like or None
        Cache of cleaned texts (``<cache_dir>/clean``) and, for the default
        tokenizer, of tokens (``<cache_dir>/tokens.sqlite``); default
        ``data/processed/cache`` (shared with the seed corpus; entries are
        keyed by content).  None: no cache.
    n_jobs : int
        Processes for cleaning and tokenizing texts not in the cache (-1: one
        per CPU).  The result does not depend on it.
    progress : bool, optional
        Progress bars (tqdm, on stderr) for reading, cleaning, segmenting,
        tokenizing and de-duplicating.  Default: on when the input holds at
        least 2 MB or 200 files.

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
        speeches the cleaner saw in the record, which are kept together).  Every record is ``include=True``; ``level`` is
        ``"unknown"`` unless the input has a ``level`` field.

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
    is logged at INFO level on the ``corpusmine.corpus.external`` logger.

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
    >>> import pathlib, tempfile
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
    from corpusmine.corpus.build import Corpus, PARAGRAPH_COLUMNS, SECTION_COLUMNS, SPEECH_COLUMNS

    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    if empty not in ("raise", "skip"):
        raise ValueError(f"empty must be 'raise' or 'skip', got {empty!r}")
    if line_breaks not in ("auto", "blank", "lines"):
        raise ValueError(f"line_breaks must be 'auto', 'blank' or 'lines', got {line_breaks!r}")
    if not (n_jobs == -1 or (isinstance(n_jobs, int) and n_jobs >= 1)):
        raise ValueError(f"n_jobs must be a positive int or -1, got {n_jobs!r}")
    strip = list(strip)
    path = Path(path)
    fmt = _detect_format(path, format)
    cache = Path(cache_dir) if cache_dir is not None else None

    # -- records ------------------------------------------------------------
    if fmt in ("folder", "files"):
        from corpusmine.text.decode import list_raw_files

        files = list_raw_files(path) if fmt == "folder" else [path]
        meta = _read_metadata(metadata, files)
        size_hint = len(files) >= 200 or sum(f.stat().st_size for f in files) >= 2_000_000
        source = _iter_files(files, meta)
    else:
        if metadata is not None:
            raise ValueError("metadata= is for folders of files; a table carries its own columns")
        try:
            size_hint = path.stat().st_size >= 2_000_000
        except OSError as exc:
            raise CorpusInputError(path, f"cannot read the file: {exc.strerror or exc}") from None
        if fmt == "jsonl":
            source = _iter_jsonl(path, text)
        elif fmt == "parquet":
            source = _iter_parquet(path, text)
        else:
            source = _iter_csv(path, text, "," if fmt == "csv" else "\t")
    show = size_hint if progress is None else bool(progress)
    clock = [time.perf_counter()]

    def lap(stage: str, n: int) -> None:
        now = time.perf_counter()
        log.info("read_corpus %s: %s %d in %.3f s", path.name, stage, n, now - clock[0])
        clock[0] = now

    good: list[_Record] = []
    bad: list[_Bad] = []
    for rec in _progress(show, desc="reading records", unit="rec", iterable=source):
        if isinstance(rec, _Bad):
            if on_error == "raise":
                raise CorpusInputError(path, f"{_where(rec)}: {rec.problem}")
            bad.append(rec)
            continue
        if not _missing(rec.text) and not isinstance(rec.text, str):
            problem = f"text field {text!r} is a {type(rec.text).__name__}, not text"
            if on_error == "raise":
                raise CorpusInputError(path, f"{_where(rec)}: {problem}")
            bad.append(_Bad(rec.n, rec.line, rec.label, problem, rec.fields))
            continue
        good.append(rec)
    lap("read", len(good) + len(bad))

    # -- column roles ---------------------------------------------------------
    columns: dict[str, None] = {}
    for rec in good:
        columns.update(dict.fromkeys(map(str, rec.fields)))
    available = [text] + list(columns) if fmt not in ("folder", "files") else list(columns)

    def resolve(name, default, what):
        if name is None:
            return default if default in columns else None
        if name not in columns:
            raise CorpusInputError(path, f"no {what} column {name!r}; the columns are: {', '.join(available)}")
        return name

    title_col = resolve(title, "title", "title")
    year_col = resolve(year, "year", "year")
    id_col = resolve(id, None, "id") if id is not None else None
    campaign_col = resolve(campaign, None, "campaign") if campaign is not None else None
    derived: dict[str, Callable[[dict], Any]] = {}
    group_field: str | None = None
    if group is None:
        pass
    elif isinstance(group, str):
        if group in columns and group not in _COMPUTED:
            group_field = group
        elif group in columns or group in ("year", "title"):
            if group == "year" and year_col is None:
                raise CorpusInputError(path, "group='year' needs a year column; the columns are: " + ", ".join(available))
            col = group
            derived["group"] = lambda r, col=col: r.get(col)
        elif group == "decade":
            derived["decade"] = lambda r: None if r.get("year") is None else f"{r['year'] // 10 * 10}s"
            if year_col is None:
                raise CorpusInputError(path, "group='decade' needs a year column; the columns are: "
                                       + ", ".join(available))
        else:
            raise CorpusInputError(path, f"no column {group!r} to group by; the columns are: {', '.join(available)} "
                                   "(or use group='decade' or a function of the record)")
    elif callable(group):
        derived["group"] = group
    elif isinstance(group, Mapping):
        for name, fn in group.items():
            if not callable(fn):
                raise TypeError(f"group[{name!r}] must be a function of the record, got {type(fn).__name__}")
            if name in _COMPUTED:
                raise ValueError(f"group column {name!r} would replace a column corpusmine fills; choose another name")
            derived[str(name)] = fn
    else:
        raise TypeError(f"group must be a column name, a function or a mapping, got {type(group).__name__}")

    # -- per-record values (year, id, title, campaign, groups) ----------------
    kept: list[tuple[_Record, dict]] = []
    for rec in good:
        values: dict[str, Any] = {}
        try:
            values["year"] = _parse_year(rec.fields.get(year_col)) if year_col else None
        except ValueError as exc:
            problem = f"{year_col!r}: {exc}"
            if on_error == "raise":
                raise CorpusInputError(path, f"{_where(rec)}: {problem}") from None
            bad.append(_Bad(rec.n, rec.line, rec.label, problem, rec.fields))
            continue
        if id_col is not None:
            v = rec.fields.get(id_col)
            if _missing(v):
                problem = f"empty id field {id_col!r}"
                if on_error == "raise":
                    raise CorpusInputError(path, f"{_where(rec)}: {problem}")
                bad.append(_Bad(rec.n, rec.line, rec.label, problem, rec.fields))
                continue
            values["speech_id"] = _label(v)
        if campaign_col is not None:
            v = rec.fields.get(campaign_col)
            lab = "other" if _missing(v) else _label(v)
            if lab not in config.CAMPAIGNS_LABELS:
                raise CorpusInputError(path, f"{_where(rec)}: campaign {lab!r} is not one of "
                                       f"{', '.join(config.CAMPAIGNS_LABELS)}")
            values["campaign"] = lab
        kept.append((rec, values))

    if fmt in ("folder", "files") and id_col is None:
        stems = [Path(r.label).stem for r, _ in kept]
        counts = pd.Series(stems).value_counts()
        for (r, v), s in zip(kept, stems):
            v["speech_id"] = s if counts[s] == 1 else r.label
    elif id_col is None:
        for r, v in kept:
            v["speech_id"] = f"{r.n:06d}"
    ids = pd.Series([v["speech_id"] for _, v in kept], dtype=object)
    if ids.duplicated().any():
        dup = ids[ids.duplicated(keep=False)]
        where = [f"{v['speech_id']!r} ({_where(r)})"
                 for (r, v), d in zip(kept, ids.duplicated(keep=False)) if d]
        raise CorpusInputError(path, f"{dup.nunique()} duplicated id(s) in {id_col!r}: {', '.join(where[:_WARN_LIST])}")

    # -- text preparation: empty check, line breaks -----------------------------
    from corpusmine.text.decode import looks_like_html

    skipped_empty: list[_Bad] = []
    prepared = []  # (rec, values, joined, spans, mode, is_html)
    for rec, values in kept:
        raw = rec.text if isinstance(rec.text, str) else ""
        if _missing(rec.text) or not raw.strip(_BLANK_CHARS + _ZERO_WIDTH + "\n"):
            skipped_empty.append(_Bad(rec.n, rec.line, rec.label, "empty text", rec.fields))
            continue
        is_html = rec.is_html if rec.is_html is not None else looks_like_html(raw)
        if is_html:
            joined, spans, mode = raw, [], "html"
        else:
            joined, spans, mode = join_wrapped_lines(raw, line_breaks)
        prepared.append((rec, values, joined, spans, mode, bool(is_html)))

    with _progress(show, desc="cleaning", unit="rec", total=len(prepared)) as bar:
        cleaned = _clean_all([(j, r.label, h) for r, _, j, _, _, h in prepared], cache, n_jobs, bar)
    lap("clean", len(prepared))

    audit_rows: list[dict] = []
    source_rows: list[dict] = []
    speech_rows: list[dict] = []
    para_rows: list[dict] = []
    section_rows: list[dict] = []
    from corpusmine.text.classify import classify_campaign
    from corpusmine.corpus.build import section_campaign
    from corpusmine.text.segment import detect_sections, split_paragraphs

    scores0 = {"rural": 0.0, "civilised_city": 0.0, "environment": 0.0}
    unknown_group: list[str] = []
    for (rec, values, joined, spans, mode, is_html), doc in zip(
        _progress(show, desc="segmenting", unit="rec", iterable=prepared), cleaned
    ):
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
        paras = detect_sections(split_paragraphs(final))
        if not paras:
            skipped_empty.append(_Bad(rec.n, rec.line, rec.label, "no text left after cleaning", rec.fields))
            source_rows.append({**src, "status": "skipped", "reason": "no text left after cleaning", "n_speeches": 0})
            continue
        source_rows.append({**src, "status": "ok", "reason": "", "n_speeches": 1})
        audit_rows.extend(
            {"source_file": rec.label, "layer": "lines", "start": s, "end": e, "rule": "soft_line_break",
             "action": "replace" if r else "remove", "removed": raw[s:e], "replacement": r}
            for s, e, r in spans
        )
        audit_rows.extend(doc.audit_rows)
        for s, e, pat in removed:
            audit_rows.append({"source_file": rec.label, "layer": "strip", "start": s, "end": e, "rule": "strip",
                               "action": "remove", "removed": doc.text[s:e], "replacement": ""})
        sid = values["speech_id"]
        camp = values.get("campaign", "other")
        body = "\n".join(p.text for p in paras)
        label, scores = classify_campaign(body) if classify else ("other", scores0)
        by_section: dict[int, list] = {}
        for p in paras:
            by_section.setdefault(p.section_id, []).append(p)
        sec_campaign = {}
        for sec, ps in by_section.items():
            stext = "\n".join(p.text for p in ps)
            s_label, s_scores = classify_campaign(stext) if classify else ("other", scores0)
            c, c_src = section_campaign(camp, [], s_label)
            sec_campaign[sec] = c
            section_rows.append({
                "speech_id": sid, "section_id": sec, "section_title": ps[0].section_title, "campaign": c,
                "campaign_source": c_src, "classifier_campaign": s_label,
                **{f"score_{k}": s_scores.get(k, 0.0) for k in scores0},
                "include": True, "n_paragraphs": len(ps), "n_chars": len(stext), "text": stext,
            })
        for p in paras:
            para_rows.append({
                "speech_id": sid, "section_id": p.section_id, "section_title": p.section_title,
                "paragraph_id": f"{sid}:{p.paragraph_no:03d}", "campaign": sec_campaign[p.section_id],
                "text": p.text, "paragraph_no": p.paragraph_no, "subsection_title": p.subsection_title,
                "heading_level": p.heading_level, "run_in": p.run_in, "include": True, "n_chars": len(p.text),
            })
        fields = rec.fields
        row = {
            "speech_id": sid, "source_file": rec.label,
            "title": _label(fields[title_col]) if title_col and not _missing(fields.get(title_col)) else (
                Path(rec.label).stem if fmt in ("folder", "files") else ""),
            "campaign": camp, "secondary_campaigns": "",
            "level": _label(fields["level"]) if not _missing(fields.get("level")) else "unknown",
            "year": values["year"], "include": True, "n_chars": len(body), "text": body, "part": 1,
            **{c: (_label(fields[c]) if not _missing(fields.get(c)) else "") for c in _DESCRIPTIVE if c != "level"},
            "n_paragraphs": len(paras), "n_sections": len(by_section), "classifier_campaign": label,
            **{f"score_{k}": scores.get(k, 0.0) for k in scores0},
        }
        used = {title_col, year_col, id_col, campaign_col, *_DESCRIPTIVE}
        for k, v in fields.items():
            if k in used:
                continue
            row[f"input_{k}" if k in _COMPUTED or k in SPEECH_COLUMNS else k] = v
        if group_field is not None:
            v = fields.get(group_field)
            row[group_field] = "unknown" if _missing(v) else _label(v)
            if _missing(v):
                unknown_group.append(f"{_where(rec)} ({row['title'][:30] or sid})")
        if derived:
            rdict = {**fields, "text": raw, "year": values["year"], "title": row["title"]}
            for name, fn in derived.items():
                v = fn(rdict)
                row[name] = "unknown" if _missing(v) else _label(v)
                if _missing(v):
                    unknown_group.append(f"{_where(rec)} ({row['title'][:30] or sid})")
        speech_rows.append(row)

    lap("segment", len(speech_rows))

    # -- skipped records: sources rows and warnings ---------------------------
    for b in bad:
        source_rows.append({"source_file": b.label, "record": b.n, "line": b.line, "speech_id": "",
                            "status": "skipped", "reason": b.problem})
    done = {r["record"] for r in source_rows}
    for b in skipped_empty:
        if b.n not in done:
            source_rows.append({"source_file": b.label, "record": b.n, "line": b.line, "speech_id": "",
                                "status": "skipped", "reason": b.problem})
    if skipped_empty and empty == "raise":
        raise CorpusInputError(path, f"{len(skipped_empty)} empty record(s): "
                               + ", ".join(f"{_where(b)} ({b.problem})" for b in skipped_empty[:_WARN_LIST]))
    if bad:
        _warn_list(f"{path.name}: skipped {len(bad)} bad record(s)", [f"{_where(b)}: {b.problem}" for b in bad])
    if skipped_empty:
        _warn_list(f"{path.name}: skipped {len(skipped_empty)} empty record(s)",
                   [f"{_where(b)} "
                    f"({_label(b.fields.get(title_col)) if title_col and not _missing(b.fields.get(title_col)) else 'no title'}): "
                    f"{b.problem}" for b in skipped_empty])
    if unknown_group:
        gname = group if isinstance(group, str) else "group"
        _warn_list(f"{path.name}: {len(unknown_group)} record(s) have no value for {gname!r} and are grouped as 'unknown'",
                   unknown_group)
    if not speech_rows:
        reasons = sorted({b.problem for b in bad + skipped_empty})
        raise CorpusInputError(path, "no record left to read" + (f" ({'; '.join(reasons[:5])})" if reasons else ""))

    # -- tables ---------------------------------------------------------------
    paragraphs = pd.DataFrame(para_rows)
    from corpusmine.tokens.tokenizer import Tokenizer

    tok = tokenizer if tokenizer is not None else Tokenizer(remove_stopwords=False, cache_dir=cache)
    texts = paragraphs["text"].tolist()
    n_words: list[int] = []
    step = 2000
    with _progress(show, desc="tokenizing", unit="para", total=len(texts)) as bar:
        for s in range(0, len(texts), step):
            chunk = texts[s:s + step]
            n_words.extend(len(t) for t in tok.cut_many(chunk, n_jobs=n_jobs))
            bar.update(len(chunk))
    paragraphs["n_words"] = n_words
    lap("tokenize", len(texts))
    if dedup:
        dups = near_duplicates(texts, paragraphs["speech_id"].tolist(), progress=show)
    else:
        dups = [(None, 0.0)] * len(texts)
    paragraphs["dup_of"] = [paragraphs["paragraph_id"].iat[j] if j is not None else "" for j, _ in dups]
    paragraphs["dup_similarity"] = [s for _, s in dups]
    paragraphs = paragraphs[PARAGRAPH_COLUMNS]
    lap("dedup", len(texts))

    speeches = pd.DataFrame(speech_rows)
    g = paragraphs.groupby("speech_id", sort=False)
    speeches["n_words"] = speeches["speech_id"].map(g["n_words"].sum()).astype(int)
    dup_chars = paragraphs[paragraphs["dup_of"] != ""].groupby("speech_id")["n_chars"].sum()
    speeches["dup_share"] = (speeches["speech_id"].map(dup_chars).fillna(0) / speeches["n_chars"]).round(4)
    speeches["year"] = speeches["year"].astype("Int64")
    extra = [c for c in speeches.columns if c not in SPEECH_COLUMNS]
    speeches = speeches[SPEECH_COLUMNS + extra]
    for c in extra:
        speeches[c] = _tidy(speeches[c])

    sections = pd.DataFrame(section_rows)[SECTION_COLUMNS]
    from corpusmine.text.clean import AUDIT_COLUMNS

    audit = pd.DataFrame(audit_rows, columns=AUDIT_COLUMNS)
    sources = pd.DataFrame(source_rows).reindex(columns=SOURCE_COLUMNS)
    sources = sources.sort_values("record", kind="mergesort").reset_index(drop=True)
    sources["line"] = sources["line"].astype("Int64")
    sources["n_speeches"] = sources["n_speeches"].fillna(0).astype("int64")
    for c in ("n_bytes", "n_chars_raw", "n_chars_clean", "n_parts"):
        sources[c] = sources[c].astype("Int64")
    for c in ("speech_id", "reason", "sha256", "encoding", "format", "conversion", "line_breaks", "page_title",
              "warnings"):
        sources[c] = sources[c].fillna("").astype("str")
    lap("tables", len(speeches))
    return Corpus(speeches, paragraphs, sections, audit, sources, path=None)


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
