"""Cleaning many records, with a content-keyed cache and optional worker processes.

Each cleaned page is cached as one JSON file under ``<cache_dir>/clean/``, keyed by the
cleaner's version, the record's label, its kind (HTML or text) and its text.  The cache is
data, never code: an entry that does not parse, or does not have the shape of a
:class:`~corpusmine.text.clean.CleanedDocument`, is ignored (with a log message) and rebuilt,
so a shared or damaged cache folder cannot run code or change a result.

Examples
--------
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     first = clean_all([("同志们:\\n我老秘网县要抓实抓细。", "a.txt", False)], d)
...     again = clean_all([("同志们:\\n我老秘网县要抓实抓细。", "a.txt", False)], d)
>>> first[0].text, first == again
('同志们:\\n我县要抓实抓细。', True)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
from functools import partial
from pathlib import Path

from corpusmine.storage import atomic_write_bytes
from corpusmine.text.clean import CleanedDocument, Part, clean_document, cleaner_version

log = logging.getLogger(__name__)

__all__ = ["CACHE_FORMAT", "clean_all", "clean_version", "document_from_json", "document_to_json"]

#: Changes whenever the layout of a cache entry changes (v2: JSON instead of pickle).
CACHE_FORMAT = "clean-json-v2"


def clean_version() -> str:
    """Changes whenever the cleaning code, its site-chrome list or the cache format changes.

    Returns
    -------
    str
        16 hex digits.

    Examples
    --------
    >>> v = clean_version()
    >>> len(v), v == clean_version()            # 同一清洗程序, 同一版本
    (16, True)
    """
    # the text stage's own version covers every cleaner module and the site-chrome list
    return hashlib.sha256(f"{CACHE_FORMAT}|{cleaner_version()}".encode()).hexdigest()[:16]


def document_to_json(doc: CleanedDocument) -> bytes:
    """A cleaned document as JSON bytes (ASCII: lone surrogates survive the round trip).

    Examples
    --------
    >>> doc = clean_document("同志们:\\n要抓实抓细。")
    >>> document_from_json(document_to_json(doc)) == doc
    True
    """
    return json.dumps(dataclasses.asdict(doc), ensure_ascii=True, sort_keys=True).encode("ascii")


def document_from_json(data: bytes) -> CleanedDocument:
    """Rebuild a cleaned document from :func:`document_to_json`'s bytes.

    Raises
    ------
    ValueError
        The bytes are not such a document.

    Examples
    --------
    >>> document_from_json(document_to_json(clean_document("要抓实抓细。"))).text
    '要抓实抓细。'
    >>> try:
    ...     document_from_json(b'{"text": "yao"}')
    ... except ValueError as exc:
    ...     print(exc)
    not a cleaned document: missing or unexpected fields
    """
    d = json.loads(data)
    names = {f.name for f in dataclasses.fields(CleanedDocument)}
    if not isinstance(d, dict) or set(d) != names:
        raise ValueError("not a cleaned document: missing or unexpected fields")
    if not isinstance(d["parts"], list) or not isinstance(d["audit_rows"], list) \
            or not all(isinstance(r, dict) for r in d["audit_rows"]):
        raise ValueError("not a cleaned document: parts and audit_rows must be lists")
    try:
        d["parts"] = [Part(**p) for p in d["parts"]]
    except TypeError as exc:
        raise ValueError(f"not a cleaned document: {exc}") from None
    for key in ("text", "raw", "source_file"):
        if not isinstance(d[key], str):
            raise ValueError(f"not a cleaned document: {key} is not text")
    return CleanedDocument(**d)


def clean_one(item: tuple[str, str, bool], site_lines: frozenset[str] = frozenset()) -> CleanedDocument:
    """Clean one ``(text, label, is_html)`` item (the unit of work of a worker process), with a folder's site lines.

    Examples
    --------
    >>> clean_one(("同志们:\\n我老秘网县要抓实抓细。", "a.txt", False)).text
    '同志们:\\n我县要抓实抓细。'
    """
    text, label, is_html = item
    return clean_document(text, source_file=label, is_html=is_html, site_lines=site_lines)


def clean_all(items: list[tuple[str, str, bool]], cache_dir, n_jobs: int = 1, bar=None,
              site_lines: frozenset[str] = frozenset()) -> list[CleanedDocument]:
    """Clean every ``(text, label, is_html)`` item, reusing cached results; the others in up to ``n_jobs`` processes.

    Parameters
    ----------
    items : list of (str, str, bool)
        The text, its label (audit ``source_file``) and whether it is HTML.
    cache_dir : path-like or None
        Cache folder (entries under ``clean/``); None: no cache.
    n_jobs : int
        Worker processes for texts not in the cache (-1: one per CPU).
    bar : tqdm, optional
        Updated once per item.
    site_lines : frozenset of str
        A folder's site boilerplate (:func:`corpusmine.text.site_boilerplate.learn_site_lines`); part of the cache key.

    Returns
    -------
    list of CleanedDocument
        In the order of *items*; the same whatever the cache and ``n_jobs``.

    Examples
    --------
    >>> [d.text for d in clean_all([("要抓实抓细。", "a.txt", False), ("<p>创文工作</p>", "b.html", True)], None)]
    ['要抓实抓细。', '创文工作']
    """
    version = clean_version() if cache_dir is not None else ""
    if site_lines and cache_dir is not None:
        version += "|" + hashlib.sha256("\n".join(sorted(site_lines)).encode("utf-8", "surrogatepass")).hexdigest()
    one = partial(clean_one, site_lines=site_lines)
    out: list = [None] * len(items)
    keys: list[Path | None] = [None] * len(items)
    todo = []
    for i, (text, label, is_html) in enumerate(items):
        if cache_dir is not None:
            key = hashlib.sha256(f"{version}|{label}|{int(is_html)}|".encode() + text.encode("utf-8", "surrogatepass"))
            keys[i] = Path(cache_dir) / "clean" / f"{key.hexdigest()}.json"
            if keys[i].is_file():
                try:
                    out[i] = document_from_json(keys[i].read_bytes())
                    if bar is not None:
                        bar.update(1)
                    continue
                except (OSError, ValueError, TypeError):  # a damaged cache entry is rebuilt, never trusted
                    log.warning("ignoring damaged clean cache entry %s", keys[i])
        todo.append(i)
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    if n_jobs > 1 and len(todo) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(n_jobs, len(todo))) as pool:
            chunk = max(1, len(todo) // (n_jobs * 8))
            for i, doc in zip(todo, pool.map(one, [items[i] for i in todo], chunksize=chunk)):
                out[i] = doc
                if bar is not None:
                    bar.update(1)
    else:
        for i in todo:
            out[i] = one(items[i])
            if bar is not None:
                bar.update(1)
    if cache_dir is not None:
        for i in todo:
            try:
                atomic_write_bytes(keys[i], document_to_json(out[i]))
            except OSError as exc:  # a read-only or full cache folder slows the next run, nothing more
                log.warning("cannot write clean cache entry %s: %s", keys[i], exc)
    return out
