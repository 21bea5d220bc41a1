"""The :class:`Corpus` and its tables on disk: written as one generation, read back whole or not at all.

A processed corpus is a folder of ``<table>.parquet`` files (:data:`~corpusmine.schema.TABLES`)
plus ``summary.json``.  :func:`write_corpus` first marks the folder as being written, then
replaces the tables one by one (each atomically) and finally writes ``summary.json`` with the
SHA-256 of every table.  :func:`read_tables` checks those hashes, so a build interrupted at any
point (after the first table was replaced, say) is never read as a corpus: the reader gets
either one complete generation or a :class:`~corpusmine.errors.CorpusInputError` saying what
is wrong and how to rebuild.

Examples
--------
>>> import tempfile
>>> sp = pd.DataFrame({"speech_id": ["civ"], "campaign": ["civilised_city"], "include": [True],
...                    "title": ["创文工作推进会讲话"]})
>>> corpus = Corpus(sp, sp, sp, pd.DataFrame({"rule": []}), sp)
>>> with tempfile.TemporaryDirectory() as d:
...     write_corpus(corpus, d)
...     read_tables(d).speeches["title"].tolist()
['创文工作推进会讲话']
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from corpusmine.errors import CorpusInputError
from corpusmine.schema import TABLES
from corpusmine.storage import atomic_write_text, file_sha256, write_parquet

__all__ = ["SUMMARY", "Corpus", "check_out_dir", "read_summary", "read_tables", "write_corpus"]

#: The file that closes a generation: counts, the build fingerprint and every table's hash.
SUMMARY = "summary.json"


@dataclass
class Corpus:
    """The cleaned corpus: DataFrames for speeches, paragraphs, sections, the audit and the sources.

    Attributes
    ----------
    speeches : DataFrame
        ``speech_id, source_file, title, campaign, secondary_campaigns, admin_level,
        year, include, n_chars, text`` and more (see :data:`corpusmine.schema.SPEECH_COLUMNS`).
    paragraphs : DataFrame
        ``speech_id, section_id, section_title, paragraph_id, campaign, text``
        and more; ``campaign`` is the paragraph's *section* campaign.
    sections : DataFrame
        One row per section with the classifier's scores and the final label.
    audit : DataFrame
        Every edit of the cleaner: ``source_file, layer, start, end, rule,
        action, removed, replacement``.
    sources : DataFrame
        One row per raw file (seed corpus) or input record (external corpora).
    path : Path or None
        The folder it was read from or written to.

    Examples
    --------
    >>> sp = pd.DataFrame({"speech_id": ["civ", "school"], "campaign": ["civilised_city", "other"],
    ...                    "include": [True, False], "title": ["创文工作推进会讲话", "开学典礼讲话"]})
    >>> none = pd.DataFrame({"speech_id": []})
    >>> Corpus(sp, none, none, pd.DataFrame(), pd.DataFrame()).included().speeches["title"].tolist()
    ['创文工作推进会讲话']
    """

    speeches: pd.DataFrame
    paragraphs: pd.DataFrame
    sections: pd.DataFrame
    audit: pd.DataFrame
    sources: pd.DataFrame
    path: Path | None = None

    def included(self) -> "Corpus":
        """Only the speeches (and their paragraphs and sections) with ``include == True``.

        Examples
        --------
        >>> sp = pd.DataFrame({"speech_id": ["civ"], "include": [False], "campaign": ["other"]})
        >>> len(Corpus(sp, sp, sp, sp, sp).included().paragraphs)     # 开学典礼讲话: excluded
        0
        """
        keep = set(self.speeches.loc[self.speeches["include"], "speech_id"])
        return Corpus(
            speeches=self.speeches[self.speeches["speech_id"].isin(keep)].reset_index(drop=True),
            paragraphs=self.paragraphs[self.paragraphs["speech_id"].isin(keep)].reset_index(drop=True),
            sections=self.sections[self.sections["speech_id"].isin(keep)].reset_index(drop=True),
            audit=self.audit,
            sources=self.sources,
            path=self.path,
        )

    def __repr__(self) -> str:
        by = self.speeches.groupby("campaign").size().to_dict()
        return (
            f"Corpus({len(self.speeches)} speeches, {len(self.paragraphs)} paragraphs, "
            f"{len(self.audit)} audit rows; campaigns {by})"
        )


def check_out_dir(out_dir: Path | str, raw_dir: Path | str | None = None) -> Path:
    """Refuse an output folder that cannot or must not receive a corpus, with a clear message.

    Parameters
    ----------
    out_dir : path-like
        The folder the tables will be written to (created if needed).
    raw_dir : path-like, optional
        The raw folder of the build: ``out_dir`` may be neither it nor inside it.

    Returns
    -------
    Path

    Raises
    ------
    CorpusInputError
        ``out_dir`` is an existing file, lies inside ``raw_dir``, or cannot be created or written.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     raw = pathlib.Path(d, "raw")
    ...     try:
    ...         check_out_dir(raw / "讲话", raw)
    ...     except CorpusInputError as exc:
    ...         print(exc.problem)  # doctest: +ELLIPSIS
    the output folder is inside the raw folder ... (raw files are never written); choose another --out
    """
    out = Path(out_dir)
    if raw_dir is not None:
        raw = Path(os.path.realpath(raw_dir))
        target = Path(os.path.realpath(out))
        if target == raw or raw in target.parents:
            what = "is the raw folder" if target == raw else f"is inside the raw folder {raw_dir}"
            raise CorpusInputError(out, f"the output folder {what} (raw files are never written); "
                                   "choose another --out")
    if out.exists() and not out.is_dir():
        raise CorpusInputError(out, "exists and is not a folder; choose another --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CorpusInputError(out, f"cannot create the output folder: {exc.strerror or exc}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise CorpusInputError(out, "the output folder is not writable")
    return out


def write_corpus(corpus: Corpus, out_dir: Path | str, *, fingerprint: str = "") -> None:
    """Write every table of ``corpus`` to ``out_dir`` as one generation.

    ``summary.json`` is first replaced by a "being written" marker, then each table is written
    atomically, then ``summary.json`` is written with every table's SHA-256: an interrupted
    write is detected by :func:`read_tables` instead of being read as a mixed corpus.

    Parameters
    ----------
    corpus : Corpus
        The tables to write.
    out_dir : path-like
        Target folder (created if needed): one ``<table>.parquet`` per table
        plus ``summary.json``.
    fingerprint : str
        Stored in ``summary.json`` (see :func:`corpusmine.corpus.build.build_fingerprint`).

    Raises
    ------
    CorpusInputError
        ``out_dir`` is a file or cannot be written.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> sp = pd.DataFrame({"speech_id": ["civ"], "campaign": ["civilised_city"], "include": [True],
    ...                    "title": ["创文工作推进会讲话"]})
    >>> para = pd.DataFrame({"speech_id": ["civ"], "text": ["要抓实抓细。"]})
    >>> corpus = Corpus(sp, para, sp, pd.DataFrame({"rule": []}), sp)
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_corpus(corpus, d); sorted(p.stem for p in pathlib.Path(d).iterdir())
    ['audit', 'paragraphs', 'sections', 'sources', 'speeches', 'summary']
    """
    out_dir = check_out_dir(out_dir)
    summary_path = out_dir / SUMMARY
    atomic_write_text(summary_path, json.dumps({"state": "writing"}) + "\n")
    hashes = {}
    for name in TABLES:
        path = out_dir / f"{name}.parquet"
        write_parquet(getattr(corpus, name), path)
        hashes[name] = file_sha256(path)
    summary = {
        "fingerprint": fingerprint,
        "speeches": int(len(corpus.speeches)),
        "included": int(corpus.speeches["include"].sum()),
        "paragraphs": int(len(corpus.paragraphs)),
        "audit_rows": int(len(corpus.audit)),
        "campaigns": {k: int(v) for k, v in corpus.speeches.groupby("campaign").size().items()},
        "tables": hashes,
    }
    atomic_write_text(summary_path, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    corpus.path = out_dir


def read_summary(processed_dir: Path | str) -> dict | None:
    """``summary.json`` of a processed folder, or None when there is none.

    Raises
    ------
    CorpusInputError
        The file is not a JSON object.

    Examples
    --------
    >>> import tempfile
    >>> read_summary(tempfile.mkdtemp()) is None                # 尚未构建
    True
    """
    path = Path(processed_dir) / SUMMARY
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusInputError(path, f"cannot be read ({exc}); rebuild the corpus") from None
    if not isinstance(data, dict):
        raise CorpusInputError(path, "is not a JSON object; rebuild the corpus")
    return data


def read_tables(processed_dir: Path | str) -> Corpus:
    """Read a processed folder, checking that its tables are one complete generation.

    Parameters
    ----------
    processed_dir : path-like

    Returns
    -------
    Corpus

    Raises
    ------
    CorpusInputError
        A table is missing, a write was interrupted (``summary.json`` says "writing"), or a
        table's hash differs from the one ``summary.json`` recorded (tables of different builds).

    Examples
    --------
    >>> import tempfile
    >>> try:
    ...     read_tables(tempfile.mkdtemp())          # 空文件夹: an empty folder is named in the error
    ... except CorpusInputError as exc:
    ...     print(exc.problem.split(";")[0])
    missing speeches.parquet, paragraphs.parquet, sections.parquet, audit.parquet, sources.parquet
    """
    d = Path(processed_dir)
    missing = [n for n in TABLES if not (d / f"{n}.parquet").is_file()]
    if missing:
        raise CorpusInputError(
            d, f"missing {', '.join(m + '.parquet' for m in missing)}; run `corpusmine build --out {d}` first"
        )
    summary = read_summary(d) or {}
    if summary.get("state") == "writing":
        raise CorpusInputError(d, "a write of this corpus was interrupted (summary.json says 'writing'); "
                               f"run `corpusmine build --out {d}` again")
    hashes = summary.get("tables")
    if hashes is not None:
        wrong = [n for n in TABLES if hashes.get(n) != file_sha256(d / f"{n}.parquet")]
        if wrong:
            raise CorpusInputError(d, f"{', '.join(w + '.parquet' for w in wrong)} do(es) not belong to the build "
                                   f"recorded in summary.json (an interrupted or mixed write); run "
                                   f"`corpusmine build --out {d}` again")
    tables = {n: pd.read_parquet(d / f"{n}.parquet") for n in TABLES}
    return Corpus(**tables, path=d)
