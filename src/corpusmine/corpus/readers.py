"""Readers: every source of texts becomes :class:`~corpusmine.corpus.records.Record` objects.

* :func:`read_raw_files` -- the seed corpus's raw pages (``data/raw``), one record per file;
* :func:`iter_files` -- a folder or a single ``.txt``/``.html`` file;
* :func:`iter_jsonl`, :func:`iter_csv`, :func:`iter_parquet` -- tables, one record per line or row.

A unit that cannot be read becomes a :class:`~corpusmine.corpus.records.BadRecord` naming the
problem; what to do with it (raise or skip) is the caller's decision.

Examples
--------
>>> import pathlib, tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     p = pathlib.Path(d, "讲话.jsonl")
...     _ = p.write_text('{"title": "春耕", "text": "要抓好春耕生产。"}\\n{"title": 1\\n', encoding="utf-8")
...     [type(r).__name__ for r in iter_jsonl(p, "text")]
['Record', 'BadRecord']
"""

from __future__ import annotations

import csv
import errno
import io
import itertools
import json
import os
import re
import stat
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from corpusmine.errors import CorpusInputError, CorpusWarning
from corpusmine.text.decode import list_raw_files, read_text
from corpusmine.corpus.records import WARN_LIST, BadRecord, Record

__all__ = ["FORMATS", "SUFFIX_FORMATS", "detect_format", "iter_csv", "iter_files", "iter_jsonl", "iter_parquet",
           "open_records", "read_metadata", "read_raw_files"]

#: Formats understood by :func:`corpusmine.corpus.read.read_corpus`, by file suffix.
SUFFIX_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
    ".parquet": "parquet", ".pq": "parquet", ".txt": "files", ".html": "files", ".htm": "files",
}
FORMATS: tuple[str, ...] = ("folder", "files", "jsonl", "csv", "tsv", "parquet")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_raw_files(raw_dir: Path) -> list[Record]:
    """The seed corpus's raw pages, one record per file, in name order.

    Parameters
    ----------
    raw_dir : Path
        The folder of raw pages.

    Returns
    -------
    list of Record
        ``label`` and ``fields["file"]`` are the file name, ``path`` the file.

    Raises
    ------
    CorpusInputError
        A file cannot be read (named, with the problem).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = pathlib.Path(d, "a.txt").write_text("同志们:\\n要抓实抓细抓出成效。", encoding="utf-8")
    ...     [(r.label, r.is_html, r.n_bytes) for r in read_raw_files(pathlib.Path(d))]
    [('a.txt', False, 41)]
    """
    out = []
    for i, p in enumerate(list_raw_files(raw_dir), 1):
        decoded = read_text(p)
        out.append(Record(i, None, p.name, {"file": p.name}, decoded.text, encoding=decoded.encoding,
                          n_bytes=decoded.n_bytes, warnings=decoded.warnings,
                          is_html=decoded.format == "html", path=p))
    return out


def detect_format(path: Path, fmt: str | None) -> str:
    """The format of a corpus path: *fmt* when given, else ``"folder"`` or the file suffix's format.

    Raises
    ------
    CorpusInputError
        The path does not exist or its suffix is unknown.

    Examples
    --------
    >>> import tempfile
    >>> detect_format(Path(tempfile.mkdtemp()), None), detect_format(Path("讲话.jsonl"), "jsonl")
    ('folder', 'jsonl')
    """
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


def iter_jsonl(path: Path, text_col: str) -> Iterator[Record | BadRecord]:
    """Records of a JSON Lines file (UTF-8, one object per line; blank lines skipped).

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp(), "报告.jsonl")
    >>> _ = p.write_text('{"year": 1954, "content": "各位代表"}\\n', encoding="utf-8")
    >>> [(r.label, r.fields, r.text) for r in iter_jsonl(p, "content")]
    [('报告.jsonl:1', {'year': 1954}, '各位代表')]
    """
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
                yield BadRecord(n, line_no, label, f"not valid UTF-8 (byte {exc.start}); JSON Lines files must be UTF-8")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield BadRecord(n, line_no, label, f"corrupt JSON ({exc.msg} at column {exc.colno}): {line.strip()[:60]!r}")
                continue
            if not isinstance(obj, dict):
                yield BadRecord(n, line_no, label, f"expected a JSON object, got {type(obj).__name__}")
                continue
            lone = _LONE_SURROGATE.search(json.dumps(obj, ensure_ascii=False))
            if lone:
                yield BadRecord(n, line_no, label, f"lone surrogate \\u{ord(lone.group()):04x} (an escape that is not "
                                "a character: half of a UTF-16 pair); fix or remove it")
                continue
            if text_col not in obj:
                yield BadRecord(n, line_no, label, f"no text field {text_col!r} (fields: {', '.join(map(str, obj))})", obj)
                continue
            text = obj.pop(text_col)
            yield Record(n, line_no, label, obj, text, n_bytes=len(raw))


def iter_csv(path: Path, text_col: str, delimiter: str) -> Iterator[Record | BadRecord]:
    """Records of a CSV or TSV file with a header line (any common encoding).

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp(), "讲话.csv")
    >>> _ = p.write_text('title,text\\n春耕,"同志们：\\n要抓好春耕生产。"\\n', encoding="utf-8")
    >>> [(r.line, r.fields["title"], r.text) for r in iter_csv(p, "text", ",")]
    [(2, '春耕', '同志们：\\n要抓好春耕生产。')]
    """
    decoded = read_text(path)  # any common encoding; warns when not UTF-8
    # physical lines as csv sees them; after a malformed record (an unclosed quote swallows the rest
    # of the file) reading resumes on the line after the record's first line
    lines = list(io.StringIO(decoded.text, newline=""))
    old = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)  # a speech can be longer than csv's 128 KiB default
    try:
        reader = csv.reader(iter(lines), delimiter=delimiter)
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
        n = 0
        offset = reader.line_num
        while offset < len(lines):
            reader = csv.reader(iter(lines[offset:]), delimiter=delimiter, strict=True)
            while True:
                first_line = offset + reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    offset = len(lines)
                    break
                except csv.Error as exc:
                    n += 1
                    hint = "an unclosed quote? " if '"' in lines[first_line - 1] else ""
                    yield BadRecord(n, first_line, f"{path.name}:{first_line}",
                                    f"malformed CSV ({hint}{exc}); reading resumes on the next line")
                    offset = first_line
                    break
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue  # blank line
                n += 1
                label = f"{path.name}:{first_line}"
                if len(row) != len(header):
                    yield BadRecord(n, first_line, label, f"{len(row)} fields, the header has {len(header)}")
                    continue
                fields = dict(zip(header, row))
                text = fields.pop(text_col)
                yield Record(n, first_line, label, fields, text, encoding=decoded.encoding,
                             warnings=decoded.warnings)
    finally:
        csv.field_size_limit(old)


def iter_parquet(path: Path, text_col: str) -> Iterator[Record | BadRecord]:
    """Records of a Parquet file, one per row.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp(), "讲话.parquet")
    >>> pd.DataFrame({"text": ["要扎实推进创文工作。"], "year": [2021]}).to_parquet(p)
    >>> [(r.label, r.fields, r.text) for r in iter_parquet(p, "text")]
    [('讲话.parquet:row 1', {'year': 2021}, '要扎实推进创文工作。')]
    """
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
        yield Record(i, None, f"{path.name}:row {i}", f, t)


def iter_files(paths: list[Path], metadata: pd.DataFrame | None,
               numbers: list[int] | None = None) -> Iterator[Record | BadRecord]:
    """Records of files, one per file (any common encoding), joined to their metadata rows.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp(), "创文.txt")
    >>> _ = p.write_text("要扎实推进创文工作。", encoding="utf-8")
    >>> [(r.label, r.fields, r.text) for r in iter_files([p], None)]
    [('创文.txt', {'file': '创文.txt'}, '要扎实推进创文工作。')]
    """
    for i, p in zip(numbers or range(1, len(paths) + 1), paths):
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", CorpusWarning)
                decoded = read_text(p)
        except CorpusInputError as exc:
            yield BadRecord(i, None, p.name, exc.problem)
            continue
        except OSError as exc:
            yield BadRecord(i, None, p.name, f"cannot read the file: {exc.strerror or exc}")
            continue
        for w in caught:  # re-issue: the messages are also kept in sources["warnings"]
            warnings.warn(w.message, w.category, stacklevel=3)
        fields: dict[str, Any] = {"file": p.name}
        if metadata is not None and p.name in metadata.index:
            fields.update(metadata.loc[p.name].to_dict())
        yield Record(i, None, p.name, fields, decoded.text, encoding=decoded.encoding,
                      n_bytes=decoded.n_bytes, warnings=decoded.warnings, is_html=decoded.format == "html")


def scan_folder(folder: Path) -> tuple[list[Path], list[int], list[BadRecord]]:
    """Every entry of a corpus folder: the text files to read, and a reason for each other entry.

    Entries are numbered in name order (the record numbers of ``corpus.sources``).  Hidden
    files, README files, sub-folders and files that are not ``.txt``/``.html``/``.htm`` are
    *ignored* (a :class:`BadRecord` with ``ignored=True``: a sources row, never an error);
    dangling symlinks, symlink loops and unreadable files are *bad* records.

    Returns
    -------
    files : list of Path
    numbers : list of int
        The record number of each file.
    others : list of BadRecord

    Raises
    ------
    CorpusInputError
        The folder cannot be listed.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> for name in ("创文.txt", "README.md", ".草稿.txt"):
    ...     _ = Path(d, name).write_text("要扎实推进创文工作。", encoding="utf-8")
    >>> Path(d, "断链.txt").symlink_to(Path(d, "不存在.txt"))
    >>> files, numbers, others = scan_folder(d)
    >>> [p.name for p in files], numbers, [(o.n, o.label, o.ignored) for o in others]
    (['创文.txt'], [3], [(1, '.草稿.txt', True), (2, 'README.md', True), (4, '断链.txt', False)])
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise CorpusInputError(folder, f"cannot list the folder: {exc.strerror or exc}") from None
    files, numbers, others = [], [], []
    for n, e in enumerate(entries, 1):
        p = Path(e.path)
        reason, ignored = None, True
        if e.name.startswith("."):
            reason = "hidden file (name starts with '.'): not read"
        elif e.name.lower().startswith("readme"):
            reason = "README: a description of the folder, not a text of the corpus"
        else:
            try:
                st = os.stat(p)                       # follows symlinks
            except OSError as exc:
                ignored = False
                if exc.errno == errno.ELOOP:
                    reason = "symlink loop: following the link leads back to it (directly or through other links)"
                elif p.is_symlink():
                    reason = f"dangling symlink (its target {os.readlink(p)} does not exist)"
                else:
                    reason = f"cannot read the file: {exc.strerror or exc}"
            else:
                if stat.S_ISDIR(st.st_mode):
                    reason = "a sub-folder: folders are not searched recursively"
                elif p.suffix.lower() not in (".txt", ".html", ".htm"):
                    reason = f"not a .txt/.html file ({p.suffix or 'no suffix'})"
                elif not os.access(p, os.R_OK):
                    reason, ignored = "cannot read the file: permission denied", False
        if reason is None:
            files.append(p)
            numbers.append(n)
        else:
            others.append(BadRecord(n, None, e.name, reason, ignored=ignored))
    return files, numbers, others


def read_metadata(metadata, files: list[Path]) -> pd.DataFrame | None:
    """The metadata table of a folder's files, indexed by file name, checked against the files.

    Raises
    ------
    CorpusInputError
        No ``file`` column, a file listed twice, or a file without a row.

    Examples
    --------
    >>> meta = pd.DataFrame({"file": ["创文.txt"], "province": ["湖南"]})
    >>> read_metadata(meta, [Path("创文.txt")]).loc["创文.txt", "province"]
    '湖南'
    """
    if metadata is None:
        return None
    if isinstance(metadata, pd.DataFrame):
        df, where = metadata.copy(), "metadata"
    else:
        mp = Path(metadata)
        text = read_text(mp).text
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
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
        raise CorpusInputError(where, f"no metadata row for {len(missing)} file(s): {', '.join(missing[:WARN_LIST])}")
    extra = sorted(set(df[key]) - names)
    if extra:
        warnings.warn(f"{where}: metadata rows for files that are not in the folder (ignored): {', '.join(extra[:WARN_LIST])}",
                      CorpusWarning, stacklevel=3)
    return df.set_index(key)


def open_records(path: Path, fmt: str, text: str, metadata):
    """The record source of *path* (format *fmt*) and whether it is large enough for progress bars.

    Raises
    ------
    CorpusInputError
        An empty folder, or a file that cannot be read.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp(), "讲话.jsonl")
    >>> _ = p.write_text('{"text": "要抓好春耕生产。"}\\n', encoding="utf-8")
    >>> source, large = open_records(p, "jsonl", "text", None)
    >>> [r.text for r in source], large
    (['要抓好春耕生产。'], False)
    """
    if fmt in ("folder", "files"):
        files, numbers, others = scan_folder(path) if fmt == "folder" else ([path], [1], [])
        if fmt == "folder" and not files and not others:
            raise CorpusInputError(path, "the folder is empty")
        meta = read_metadata(metadata, files)
        size_hint = len(files) >= 200 or sum(f.stat().st_size for f in files) >= 2_000_000
        return itertools.chain(others, iter_files(files, meta, numbers)), size_hint
    if metadata is not None:
        raise ValueError("metadata= is for folders of files; a table carries its own columns")
    try:
        size_hint = path.stat().st_size >= 2_000_000
    except OSError as exc:
        raise CorpusInputError(path, f"cannot read the file: {exc.strerror or exc}") from None
    if fmt == "jsonl":
        return iter_jsonl(path, text), size_hint
    if fmt == "parquet":
        return iter_parquet(path, text), size_hint
    return iter_csv(path, text, "," if fmt == "csv" else "\t"), size_hint
