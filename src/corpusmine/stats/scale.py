"""Tokenize, count and compute keyness on a Dask cluster, with results identical to the in-process path.

The expensive step of every count-based analysis is word segmentation.  This
module runs it, and the counting, on :mod:`dask.distributed` workers:

* the documents (a DataFrame from :func:`corpusmine.features.documents` or
  :func:`corpusmine.read_corpus`) are cut into partitions of whole speeches
  (``unit``), balanced by characters, and scattered to the workers;
* the client passes a :class:`corpusmine.Tokenizer`, as everywhere else;
  each worker builds its *own* copy (and jieba dictionary) from the
  tokenizer's plain parameters (``tokenizer.get_params()``) on first use and
  keeps it in a module-level cache keyed by those parameters -- no live jieba
  object is ever pickled -- and checks that its dictionary, stop list and
  corpusmine version match the client's (a worker with other lexicons fails
  loudly instead of counting differently);
* each partition returns term counts, document frequencies and document
  counts per group as plain dicts, merged in a tree on the workers;
* the client sorts the vocabulary (code-point order, as scikit-learn's
  ``CountVectorizer``) and the groups (campaigns first, as
  :func:`corpusmine.features.group_counts`), so the tables are *identical*
  to the in-process ones -- same values, same row and column order --
  whatever the partitioning, the number of workers or ``PYTHONHASHSEED``.

Keyness (:func:`dask_keyness`) is then computed on the client from the merged
counts with :func:`corpusmine.stats.keyness.keyness_table`; it is cheap.  Topic
models stay on one node (:mod:`corpusmine.stats.topics`): they need the whole
document-term matrix in one place.

Pointing it at a real cluster
-----------------------------
Start a scheduler and workers with Dask's own commands, on machines that all
have the same Python environment with corpusmine installed (``pip install -e
.`` from this repository, or the same wheel) and the same ``data/lexicons``
(set ``CORPUSMINE_ROOT`` to the project folder if corpusmine is installed
elsewhere)::

    dask scheduler                                   # prints tcp://<scheduler-host>:8786
    dask worker tcp://scheduler:8786 --nworkers 8 --nthreads 1    # on each worker machine

then pass the scheduler's address (or a connected ``distributed.Client``)::

    >>> counts = dask_group_counts(docs, address="tcp://scheduler:8786")          # doctest: +SKIP

Use one thread per worker process (``--nthreads 1``): jieba is pure Python,
so threads share one interpreter lock.  A worker's token cache is the
tokenizer's ``cache_dir`` on *its* file system (default ``"auto"``: the
``cache`` folder of the worker's processed corpus, ``data/processed/cache``
under its ``CORPUSMINE_ROOT``); pass ``tokenizer=Tokenizer(cache_dir=None)``
to disable it.

Examples
--------
A cluster of one in-process worker (``processes=False``), enough to try the API;
use ``local_cluster(n_workers=2)`` or ``address=`` for real work:

>>> docs = pd.DataFrame({"speech_id": ["s1", "s2", "s1"], "group": ["rural", "civilised_city", "rural"],
...                      "text": ["抓振兴", "抓创文", "抓振兴抓落实"]})
>>> with local_cluster(n_workers=1, processes=False) as client:
...     key = dask_keyness(docs, client=client, tokenizer=Tokenizer(cache_dir=None), min_count=1)
>>> key.loc[key["target"] == "rural", ["term", "count_target", "docs_target"]].values.tolist()
[['振兴', 2, 1], ['落实', 1, 1], ['抓', 3, 1], ['创文', 0, 0]]
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np
import pandas as pd

from corpusmine import __version__
from corpusmine.features import sort_groups
from corpusmine.stats.keyness import keyness_table
from corpusmine.tokens.tokenizer import Tokenizer
from corpusmine.extras import require

__all__ = [
    "dask_doc_frequency",
    "dask_group_counts",
    "dask_keyness",
    "local_cluster",
    "worker_tokenizer",
]

#: Partitions per worker thread when ``npartitions`` is not given.
PARTITIONS_PER_THREAD = 4
#: How many partial results one merge task combines.
MERGE_FAN_IN = 8

_TOKENIZERS: dict[str, Any] = {}
_TOKENIZERS_LOCK = threading.Lock()


# ---------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------
def _canonical(value):
    """A JSON-able, order-independent form of a tokenizer parameter value."""
    if isinstance(value, os.PathLike):
        return {"path": os.fspath(value)}
    if isinstance(value, (set, frozenset)):
        return {"set": sorted(map(str, value))}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"tokenizer parameter values must be plain data (str, number, path, list), got {type(value).__name__}")


def _params_key(params: Mapping[str, Any], cls: type = Tokenizer) -> str:
    blob = _canonical(dict(params))
    if cls is not Tokenizer:
        blob = {"class": f"{cls.__module__}.{cls.__qualname__}", "params": blob}
    return json.dumps(blob, ensure_ascii=False, sort_keys=True)


def worker_tokenizer(params: Mapping[str, Any] | None = None, cls: type = Tokenizer):
    """This process's tokenizer for *params*, built on first use and then reused.

    Called inside Dask workers (and usable anywhere): the Tokenizer and its
    jieba dictionary are created in the process that uses them, from plain
    parameters (a client tokenizer's ``get_params()``), never unpickled with
    their state from the client.

    Parameters
    ----------
    params : mapping, optional
        Keyword arguments of :class:`corpusmine.Tokenizer` (``remove_stopwords``,
        ``cache_dir``, ``backend`` …).
    cls : type, default Tokenizer
        The tokenizer class (a subclass of :class:`corpusmine.Tokenizer`).

    Returns
    -------
    Tokenizer

    Examples
    --------
    >>> tok = worker_tokenizer({"cache_dir": None, "remove_stopwords": False})
    >>> tok is worker_tokenizer({"remove_stopwords": False, "cache_dir": None}), tok.cut("要抓好乡村振兴")
    (True, ['要', '抓好', '乡村振兴'])
    """
    params = dict(params or {})
    key = _params_key(params, cls)
    tok = _TOKENIZERS.get(key)
    if tok is None:
        with _TOKENIZERS_LOCK:
            tok = _TOKENIZERS.get(key)
            if tok is None:
                tok = cls(**params)
                _TOKENIZERS[key] = tok
    return tok


def _client_tokenizer(tokenizer: Any, tokenizer_params: Mapping[str, Any] | None) -> Tokenizer:
    """The client's Tokenizer: given, built from a parameter dict (older spelling), or the default."""
    if tokenizer is not None and tokenizer_params is not None:
        raise ValueError("pass either tokenizer= or tokenizer_params=, not both")
    if tokenizer is None:
        tokenizer = dict(tokenizer_params or {})
    if isinstance(tokenizer, Mapping):
        params = dict(tokenizer)
        _canonical(params)   # fails early on parameters that cannot travel as plain data
        return Tokenizer(**params)
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"tokenizer must be a corpusmine Tokenizer (or a dict of its parameters), "
                        f"got {type(tokenizer).__name__}")
    return tokenizer


def _fingerprint(tok) -> str:
    """What decides a tokenizer's output: corpusmine version, dictionary, filters and stop list."""
    # paths differ between machines; the dictionary's content is in dictionary_version
    params = {k: v for k, v in tok.get_params().items() if k not in ("cache_dir", "userdict")}
    stop = sorted(tok.stopwords_) if getattr(tok, "remove_stopwords", True) else []
    blob = json.dumps(
        {"corpusmine": __version__, "dictionary": tok.dictionary_version, "params": _canonical(params),
         "stopwords": hashlib.sha256("\n".join(stop).encode("utf-8")).hexdigest()},
        ensure_ascii=False, sort_keys=True,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _count_partition(part: dict, params: dict, expected: str, cls: type = Tokenizer) -> dict:
    """Counts of one partition: ``{"counts": {g: {t: n}}, "docs": {g: {t: n}}, "units": {g: n}}``."""
    tok = worker_tokenizer(params, cls)
    got = _fingerprint(tok)
    if got != expected:
        import socket

        raise RuntimeError(
            f"worker on {socket.gethostname()} (pid {os.getpid()}) tokenizes differently from the client "
            f"(fingerprint {got} != {expected}): install the same corpusmine version and the same "
            "data/lexicons (userdict.txt, speech_fillers.txt) on every worker"
        )
    token_lists = tok.cut_many(part["texts"])
    counts: dict[str, dict[str, int]] = {}
    docs: dict[str, dict[str, int]] = {}
    seen_units: dict[str, set] = {}
    unit_terms: dict[tuple[str, Any], set] = {}
    units = part["units"]
    for i, (label, tokens) in enumerate(zip(part["labels"], token_lists)):
        c = counts.setdefault(label, {})
        for t in tokens:
            c[t] = c.get(t, 0) + 1
        if units is None:
            d = docs.setdefault(label, {})
            for t in set(tokens):
                d[t] = d.get(t, 0) + 1
        else:
            seen_units.setdefault(label, set()).add(units[i])
            unit_terms.setdefault((label, units[i]), set()).update(tokens)
    if units is None:
        n_units = {g: sum(1 for lab in part["labels"] if lab == g) for g in counts}
    else:
        # a unit lies in one partition only (see _partitions), so per-partition numbers add up
        for (label, _), terms in unit_terms.items():
            d = docs.setdefault(label, {})
            for t in terms:
                d[t] = d.get(t, 0) + 1
        n_units = {g: len(u) for g, u in seen_units.items()}
    return {"counts": counts, "docs": docs, "units": n_units}


def _merge(*parts: dict) -> dict:
    """Sum partial results (order-independent)."""
    out: dict = {"counts": {}, "docs": {}, "units": {}}
    for p in parts:
        for table in ("counts", "docs"):
            for g, terms in p[table].items():
                acc = out[table].setdefault(g, {})
                for t, n in terms.items():
                    acc[t] = acc.get(t, 0) + n
        for g, n in p["units"].items():
            out["units"][g] = out["units"].get(g, 0) + n
    return out


# ---------------------------------------------------------------------------
# Client side
# ---------------------------------------------------------------------------
@contextlib.contextmanager
def local_cluster(n_workers: int = 2, threads_per_worker: int = 1, **kwargs) -> Iterator[Any]:
    """A ``distributed.LocalCluster`` of worker processes and a Client connected to it.

    Parameters
    ----------
    n_workers : int
        Worker processes.
    threads_per_worker : int
        Threads per worker (keep 1: jieba holds the interpreter lock).
    **kwargs
        Passed to ``LocalCluster`` (defaults: ``processes=True``,
        ``dashboard_address=None``, ``silence_logs=logging.ERROR``).

    Yields
    ------
    distributed.Client

    Examples
    --------
    >>> with local_cluster(n_workers=1, processes=False) as client:   # 试用：一个线程；两个进程：local_cluster()
    ...     sorted(client.nthreads().values())
    [1]
    """
    _m = require("distributed", "dask")
    Client, LocalCluster = _m.Client, _m.LocalCluster

    kwargs.setdefault("processes", True)
    kwargs.setdefault("dashboard_address", None)
    kwargs.setdefault("silence_logs", logging.ERROR)
    with LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker, **kwargs) as cluster:
        with Client(cluster) as client:
            yield client


@contextlib.contextmanager
def _client(client, address):
    if client is not None and address is not None:
        raise ValueError("pass either client= or address=, not both")
    if client is not None:
        yield client
        return
    if address is not None:
        _m = require("distributed", "dask")
        Client = _m.Client

        with Client(address) as c:
            yield c
        return
    _m = require("distributed", "dask")
    default_client = _m.default_client

    try:
        current = default_client()
    except ValueError:
        raise ValueError(
            "no Dask client: pass client= or address='tcp://scheduler:8786', or run inside "
            "`with corpusmine.stats.scale.local_cluster() as client:`"
        ) from None
    yield current


def _partitions(docs: pd.DataFrame, by: str, unit: str | None, n: int) -> list[dict]:
    """Contiguous partitions of whole units, about equal in characters, in document order."""
    texts = docs["text"].tolist()
    labels = docs[by].astype(str).tolist()
    if unit is None:
        keys = np.arange(len(docs))
    else:
        keys = pd.factorize(docs[unit])[0]
    order = np.argsort(keys, kind="stable")          # rows of a unit together, units in order of appearance
    unit_of = keys[order]
    chars = np.fromiter((len(texts[i]) for i in order), dtype=np.int64, count=len(order))
    starts = np.r_[0, np.flatnonzero(unit_of[1:] != unit_of[:-1]) + 1] if len(order) else np.zeros(0, int)
    unit_chars = np.add.reduceat(chars, starts) if len(starts) else np.zeros(0, np.int64)
    cum = np.cumsum(unit_chars)
    total = cum[-1] if len(cum) else 0
    n = max(1, min(n, len(starts)))
    cuts = np.searchsorted(cum, total * np.arange(1, n) / n, side="left") + 1
    bounds = np.unique(np.r_[0, cuts, len(starts)])
    parts = []
    unit_values = docs[unit].tolist() if unit is not None else None
    for a, b in zip(bounds[:-1], bounds[1:]):
        lo = starts[a]
        hi = starts[b] if b < len(starts) else len(order)
        rows = order[lo:hi]
        if len(rows) == 0:
            continue
        parts.append({
            "texts": [texts[i] for i in rows],
            "labels": [labels[i] for i in rows],
            "units": [unit_values[i] for i in rows] if unit is not None else None,
        })
    return parts


def _dask_tables(docs, *, by, unit, client, address, tokenizer, tokenizer_params, npartitions, progress=False):
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a pandas DataFrame with a 'text' column, got {type(docs).__name__}")
    for col in ("text", by) + ((unit,) if unit is not None else ()):
        if col not in docs.columns:
            raise KeyError(f"docs has no column {col!r}; its columns are: {', '.join(map(str, docs.columns))}")
    local = _client_tokenizer(tokenizer, tokenizer_params)
    params = local.get_params()
    _canonical(params)   # fails early on parameters that cannot travel as plain data
    cls = type(local)
    expected = _fingerprint(local)
    labels = docs[by].astype(str).to_numpy()
    groups = sort_groups(labels)
    with _client(client, address) as c:
        if npartitions is None:
            threads = sum(c.nthreads().values()) or 1
            npartitions = PARTITIONS_PER_THREAD * threads
        if not (isinstance(npartitions, (int, np.integer)) and npartitions >= 1):
            raise ValueError(f"npartitions must be a positive int, got {npartitions!r}")
        parts = _partitions(docs, by, unit, int(npartitions))
        if parts:
            scattered = c.scatter(parts, hash=False)   # content-hashed keys would be shared with (and released by) an earlier call
            futures = [c.submit(_count_partition, p, params, expected, cls, pure=False) for p in scattered]
            if progress:
                _m = require("distributed", "dask")
                as_completed = _m.as_completed
                from tqdm import tqdm

                for _ in tqdm(as_completed(futures), total=len(futures), desc="dask: tokenizing partitions",
                              unit="part"):
                    pass
            while len(futures) > 1:
                futures = [c.submit(_merge, *futures[i:i + MERGE_FAN_IN], pure=False)
                           for i in range(0, len(futures), MERGE_FAN_IN)]
            merged = futures[0].result()
        else:
            merged = {"counts": {}, "docs": {}, "units": {}}
    vocab = sorted({t for terms in merged["counts"].values() for t in terms})
    index = pd.Index(np.asarray(vocab, dtype=object), name="term")
    pos = {t: i for i, t in enumerate(vocab)}

    def table(name):
        cols = []
        for g in groups:
            col = np.zeros(len(vocab), dtype=np.int64)
            for t, n in merged[name].get(g, {}).items():
                col[pos[t]] = n
            cols.append(col)
        values = np.column_stack(cols) if cols else np.zeros((len(vocab), 0), dtype=np.int64)
        return pd.DataFrame(values, index=index, columns=groups)

    counts = table("counts")
    counts = counts[counts.sum(axis=1) > 0]
    doc_freq = table("docs")
    n_units = pd.Series({g: int(merged["units"].get(g, 0)) for g in groups}, dtype="int64")
    return counts, doc_freq, n_units


def dask_group_counts(
    docs: pd.DataFrame,
    *,
    by: str = "group",
    client=None,
    address: str | None = None,
    tokenizer: Tokenizer | Mapping[str, Any] | None = None,
    npartitions: int | None = None,
    progress: bool = False,
    tokenizer_params: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """Term × group raw counts computed on a Dask cluster (identical to the in-process table).

    Equals ``features.group_counts(features.build_dtm(docs,
    tokenizer=tokenizer), by=by)``: same counts, same term order (sorted
    vocabulary), same group columns and order.

    Parameters
    ----------
    docs : DataFrame
        Documents with a ``text`` column and the ``by`` column (see
        :func:`corpusmine.features.documents`).
    by : str
        Column whose values are the groups.
    client : distributed.Client, optional
        A connected client.  Default: the current client, if there is one.
    address : str, optional
        Scheduler address to connect to instead, e.g. ``"tcp://scheduler:8786"``.
    tokenizer : Tokenizer, optional
        The tokenizer, as for the in-process functions (default
        ``Tokenizer()``).  Each worker rebuilds it from
        ``tokenizer.get_params()`` and checks that it tokenizes like the
        client's; its parameters must therefore be plain data (paths,
        strings, numbers, lists of stop words).  A dict of Tokenizer
        parameters is accepted too.
    tokenizer_params : mapping, optional
        Older spelling of ``tokenizer=<dict>``; do not pass both.
    npartitions : int, optional
        Number of partitions (default four per worker thread).  The result
        does not depend on it.
    progress : bool
        A progress bar over the partitions.

    Returns
    -------
    DataFrame
        Index ``term``, one int64 column per group (campaigns first, then
        other groups alphabetically): how often each term occurs in the
        group's documents.

    Examples
    --------
    >>> docs = pd.DataFrame({"group": ["rural", "civilised_city", "rural"], "text": ["抓振兴", "抓创文", "抓振兴抓落实"]})
    >>> with local_cluster(n_workers=1, processes=False) as client:
    ...     counts = dask_group_counts(docs, client=client, tokenizer=Tokenizer(cache_dir=None))
    >>> counts.columns.tolist(), counts.loc["抓"].tolist()
    (['rural', 'civilised_city'], [3, 1])
    """
    counts, _, _ = _dask_tables(docs, by=by, unit=None, client=client, address=address,
                                tokenizer=tokenizer, tokenizer_params=tokenizer_params,
                                npartitions=npartitions, progress=progress)
    return counts


def dask_doc_frequency(
    docs: pd.DataFrame,
    *,
    by: str = "group",
    unit: str | None = None,
    client=None,
    address: str | None = None,
    tokenizer: Tokenizer | Mapping[str, Any] | None = None,
    npartitions: int | None = None,
    progress: bool = False,
    tokenizer_params: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """Term × group document frequencies on a Dask cluster (identical to :func:`corpusmine.features.doc_frequency`).

    Parameters
    ----------
    docs, by, client, address, tokenizer, npartitions, progress, tokenizer_params
        As in :func:`dask_group_counts`.
    unit : str, optional
        Count distinct values of this column (e.g. ``speech_id``: in how many
        speeches of the group the term occurs) instead of documents.

    Returns
    -------
    DataFrame
        Index ``term`` (the whole vocabulary), one int64 column per group.

    Examples
    --------
    >>> docs = pd.DataFrame({"speech_id": ["s1", "s2", "s1"], "group": ["rural", "rural", "rural"],
    ...                      "text": ["抓振兴", "抓创文", "抓振兴抓落实"]})
    >>> with local_cluster(n_workers=1, processes=False) as client:
    ...     by_doc = dask_doc_frequency(docs, client=client, tokenizer=Tokenizer(cache_dir=None))
    ...     by_speech = dask_doc_frequency(docs, unit="speech_id", client=client, tokenizer=Tokenizer(cache_dir=None))
    >>> int(by_doc.loc["抓", "rural"]), int(by_speech.loc["抓", "rural"])       # 3 paragraphs, 2 speeches
    (3, 2)
    """
    _, doc_freq, _ = _dask_tables(docs, by=by, unit=unit, client=client, address=address,
                                  tokenizer=tokenizer, tokenizer_params=tokenizer_params,
                                  npartitions=npartitions, progress=progress)
    return doc_freq


def dask_keyness(
    docs: pd.DataFrame,
    *,
    by: str = "group",
    unit: str | None = "speech_id",
    client=None,
    address: str | None = None,
    tokenizer: Tokenizer | Mapping[str, Any] | None = None,
    npartitions: int | None = None,
    progress: bool = False,
    tokenizer_params: Mapping[str, Any] | None = None,
    **kwargs,
) -> pd.DataFrame:
    """Keyness of every group, with counts and dispersion computed on a Dask cluster.

    One pass over the documents gives the term × group counts, the number of
    ``unit`` values (speeches) using each term and the number of speeches per
    group; :func:`corpusmine.stats.keyness.keyness_table` then runs on the client.
    The result equals::

        dtm = build_dtm(docs, tokenizer=tokenizer)
        keyness_table(group_counts(dtm, by=by), docs=doc_frequency(dtm, by=by, unit=unit),
                      n_docs=dtm.docs.groupby(by)[unit].nunique(), **kwargs)

    Parameters
    ----------
    docs, by, client, address, tokenizer, npartitions, progress, tokenizer_params
        As in :func:`dask_group_counts`.
    unit : str or None
        Dispersion unit (default ``speech_id``, so template copies are not
        taken as independent evidence); None, or a column ``docs`` lacks,
        leaves the dispersion columns out.
    **kwargs
        Passed to :func:`corpusmine.stats.keyness.keyness_table` (``pairwise``,
        ``min_count``, ``min_docs``, ``prior``, ``correction``, ``sort_by`` …).

    Returns
    -------
    DataFrame
        The columns of :func:`corpusmine.stats.keyness.keyness` (``target,
        reference, rank, term, count_target, count_reference, freq_*,
        docs_*, disp_*, g2, p_value, p_adj, log_ratio, logodds_delta,
        logodds_z``), one row per term and comparison.

    Examples
    --------
    >>> docs = pd.DataFrame({"speech_id": ["a", "b", "c", "d"], "decade": ["1950s", "1950s", "2010s", "2010s"],
    ...                      "text": ["完成五年计划", "五年计划", "推进创新", "创新驱动"]})
    >>> with local_cluster(n_workers=1, processes=False) as client:
    ...     key = dask_keyness(docs, by="decade", client=client, tokenizer=Tokenizer(cache_dir=None), min_count=2)
    >>> key[key["rank"] == 1][["target", "term", "count_target", "docs_target", "disp_target"]].values.tolist()
    [['1950s', '五年计划', 2, 2, 1.0], ['2010s', '创新', 2, 2, 1.0]]
    """
    if unit is not None and unit not in docs.columns:
        unit = None
    counts, doc_freq, n_units = _dask_tables(docs, by=by, unit=unit, client=client, address=address,
                                             tokenizer=tokenizer, tokenizer_params=tokenizer_params,
                                             npartitions=npartitions, progress=progress)
    if unit is None:
        return keyness_table(counts, **kwargs)
    return keyness_table(counts, docs=doc_freq, n_docs=n_units, **kwargs)
