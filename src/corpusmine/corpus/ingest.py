"""``corpusmine ingest DIR --out DIR``: a folder of downloaded pages → processed corpus + draft manifest.

:func:`ingest` streams: pages are processed in batches (:func:`corpusmine.corpus.pages.process_batch`,
in this process, in ``jobs`` worker processes or on a Dask cluster: the same function, the
same output), each batch's tables are appended to Parquet files with one ``ParquetWriter``
per table, and each batch's draft-manifest rows and MinHash signatures are spilled to files beside
them: between batches the main process keeps only a few numbers per speech and paragraph (k-gram
counts, lengths, flags, the row of each paragraph's speech), and after the last batch it clusters
from the signature files (:func:`corpusmine.corpus.dedup.cluster_signature_file`), rewrites the
tables a bounded number of rows at a time and writes the draft manifest batch by batch, so its
peak memory does not grow with the folder (``benchmarks/README.md``).  When every page is read:

1. **copies across sources** -- speeches are clustered by MinHash/LSH
   (:func:`corpusmine.corpus.dedup.cluster_signatures`: estimated Jaccard >= 0.5 on character
   5-grams, or the shorter text >= 0.8 contained in the longer, a copy cut by a paywall); in
   each cluster one member is kept by a stated rule (:func:`corpusmine.corpus.dedup.keep_members`:
   not truncated, then the longest, then the first in folder order); the others get
   ``include=False`` with the reason, so that statistics count a cluster once.  Paragraphs are
   clustered the same way (Jaccard >= 0.8, paragraphs of 20 characters or more) and a copy of
   a paragraph of another speech gets ``dup_of`` (the first member of its cluster in an
   included speech), so :func:`corpusmine.features.documents` drops it.
2. the tables are rewritten a bounded number of rows at a time (:func:`rewrite_parquet`) with the
   cluster columns (``dup_cluster``, ``dup_of``, ``dup_similarity``) and moved into ``out`` as one
   generation (``summary.json`` says "writing" while the files are replaced; see
   :mod:`corpusmine.corpus.model`);
3. ``draft_manifest.csv`` is written batch by batch, in step with the speeches: a valid manifest
   (:func:`corpusmine.corpus.manifest.load_manifest`) with review columns, for
   ``corpusmine build --raw DIR --manifest EDITED.csv``; :attr:`IngestResult.draft` reads it
   back (:func:`read_draft`) when first asked for.

Before the batches, one streaming pass learns the folder's **site boilerplate**
(:func:`corpusmine.corpus.pages.folder_site_lines`: lines on three or more pages with different
bodies, a site's name, slogan, menu and footer); the cleaner removes them from every page (audit
rule ``site_boilerplate``) and ``site_lines.txt`` lists them for review (``site_lines=False`` or
``--no-site-lines``: not learned).

Examples
--------
>>> import tempfile
>>> d, out = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("在全县乡村振兴推进会上的讲话\\n同志们:\\n要全面推进乡村振兴,抓好撂荒地整治。",
...                              encoding="utf-8")
>>> result = ingest(d, out)
>>> result.draft[["speech_id", "campaign", "include"]].values.tolist()
[['a-1', 'rural', True]]
"""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import os
import pickle
import shutil
import time
from collections import Counter, deque
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine.corpus.dedup import cluster_representatives, cluster_signature_file, keep_members
from corpusmine.corpus.manifest import REVIEW_COLUMNS
from corpusmine.corpus.model import SUMMARY, check_out_dir
from corpusmine.corpus.pages import PARA_SIG, SPEECH_SIG, IngestOptions, folder_site_lines, process_batch
from corpusmine.corpus.readers import scan_folder
from corpusmine.corpus.records import warn_list
from corpusmine.errors import CorpusInputError
from corpusmine.schema import MANIFEST_COLUMNS, TABLES
from corpusmine.storage import atomic_write_text, file_sha256

log = logging.getLogger(__name__)

__all__ = ["DRAFT_MANIFEST", "REVIEW_COLUMNS", "SITE_LINES", "IngestResult", "ingest", "read_draft", "rewrite_parquet"]

#: The draft manifest's file name in ``out``.
DRAFT_MANIFEST = "draft_manifest.csv"
#: The site boilerplate learned from the folder, one line per entry (white space removed), for review.
SITE_LINES = "site_lines.txt"
_TMP = ".ingest-tmp"


class IngestResult:
    """What :func:`ingest` wrote: the counts, and the draft manifest read from ``out`` when first asked for.

    ``draft`` is read from ``out/draft_manifest.csv`` (:func:`read_draft`) on first use unless
    given: :func:`ingest` itself never holds the whole draft, so its memory does not grow with
    the folder.

    Examples
    --------
    >>> r = IngestResult(pd.DataFrame({"speech_id": ["a-1"], "title": ["乡村振兴推进会讲话"]}), Path("out"), 1, 1, 0, 0, 0.5)
    >>> r.draft["title"].tolist(), r.n_speeches
    (['乡村振兴推进会讲话'], 1)
    """

    def __init__(self, draft: pd.DataFrame | None, out: Path, n_pages: int, n_speeches: int, n_copies: int,
                 n_skipped: int, seconds: float):
        self._draft = draft
        self.out, self.n_pages, self.n_speeches = Path(out), n_pages, n_speeches
        self.n_copies, self.n_skipped, self.seconds = n_copies, n_skipped, seconds

    @property
    def draft(self) -> pd.DataFrame:
        """The draft manifest (read from ``out`` on first use)."""
        if self._draft is None:
            self._draft = read_draft(self.out / DRAFT_MANIFEST)
        return self._draft

    def __repr__(self) -> str:
        return (f"IngestResult(out={str(self.out)!r}, n_pages={self.n_pages}, n_speeches={self.n_speeches}, "
                f"n_copies={self.n_copies}, n_skipped={self.n_skipped}, seconds={self.seconds:.1f})")


_BOOL_COLUMNS = ("include", "needs_review", "mixed", "truncated")
_INT_COLUMNS = {"part": "int64", "n_chars": "int64", "year": "Int64", "chars_missing": "Int64",
                "pages_missing": "Int64"}


def read_draft(path: str | os.PathLike) -> pd.DataFrame:
    """A draft manifest written by :func:`ingest`, with its columns typed.

    Text columns stay text (an empty cell is ``""``); ``include, needs_review, mixed, truncated``
    are booleans, ``part, n_chars`` integers, ``year, chars_missing, pages_missing`` nullable integers,
    ``confidence, dup_similarity`` floats.

    Examples
    --------
    >>> import tempfile
    >>> f = Path(tempfile.mkdtemp()) / "draft.csv"
    >>> _ = f.write_text("speech_id,title,part,year,include,confidence\\na-1,在全县乡村振兴推进会上的讲话,1,,true,0.91\\n",
    ...                  encoding="utf-8")
    >>> d = read_draft(f)
    >>> d.loc[0, "title"], bool(d.loc[0, "include"]), d.loc[0, "year"] is pd.NA, float(d.loc[0, "confidence"])
    ('在全县乡村振兴推进会上的讲话', True, True, 0.91)
    """
    d = pd.read_csv(path, dtype=str, keep_default_na=False)
    for c in d.columns:
        if c in _BOOL_COLUMNS:
            d[c] = d[c].str.lower() == "true"
        elif c in _INT_COLUMNS:
            d[c] = pd.to_numeric(d[c].where(d[c] != "")).astype(_INT_COLUMNS[c])
        elif c in ("confidence", "dup_similarity"):
            d[c] = pd.to_numeric(d[c].where(d[c] != "")).astype(float)
    return d


class _Sinks:
    """One ParquetWriter per table, appending batch after batch under one schema."""

    def __init__(self, folder: Path, stage: str):
        self.folder, self.stage = folder, stage
        self.writers: dict = {}
        self.schemas: dict = {}

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.{self.stage}.parquet"

    def write(self, name: str, df: pd.DataFrame | None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if df is None:
            return
        table = pa.Table.from_pandas(df, preserve_index=False, nthreads=1)
        if name not in self.writers:
            schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in table.schema])
            schema = schema.remove_metadata()
            self.schemas[name] = schema
            self.writers[name] = pq.ParquetWriter(self.path(name), schema)
        schema = self.schemas[name]
        table = pa.Table.from_pandas(df.reindex(columns=schema.names), preserve_index=False, nthreads=1)
        self.writers[name].write_table(table.cast(schema) if table.schema != schema else table)

    def close(self) -> None:
        for w in self.writers.values():
            w.close()


def _results(batches: list, options: IngestOptions, jobs: int, client) -> Iterator[dict]:
    """Results of :func:`process_batch` for every batch, in batch order, at most a few in flight."""
    if client is not None:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        pending: deque = deque()
        for b in batches:
            pending.append(client.submit(process_batch, b, options, pure=False))
            if len(pending) >= window:
                f = pending.popleft()
                yield f.result()
                f.release()
        while pending:
            f = pending.popleft()
            yield f.result()
            f.release()
    elif jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pending = deque()
            for b in batches:
                pending.append(pool.submit(process_batch, b, options))
                if len(pending) >= 2 * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    else:
        for b in batches:
            yield process_batch(b, options)


def rewrite_parquet(src: Path, dst: Path, fix, rows: int = 2_000) -> None:
    """Copy a Parquet file ``rows`` rows at a time through ``fix(DataFrame) -> DataFrame``.

    ``rows`` bounds the memory of the copy, whatever the size of the file: speeches carry their
    whole text, so the former chunks of 20,000 rows made the main process of
    :func:`ingest` grow with the folder.  Reading, conversion and writing run on this thread:
    Arrow's reader threads each keep memory of their own (mimalloc), which made the copy of a
    10,000-page folder's paragraphs peak 50 MB higher than a 1,000-page one's.  Arrow's memory
    pool is released after the copy.

    Parameters
    ----------
    src, dst : Path
        Parquet file read, Parquet file written (its schema: the first fixed chunk's).
    fix : callable
        ``DataFrame -> DataFrame``, called once per chunk of at most ``rows`` rows, in order.
    rows : int
        Rows per chunk.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"text": ["要全面推进乡村振兴。", "创文工作已经到了攻坚之年。", "抓好人居环境整治。"]}).to_parquet(d / "a.parquet")
    >>> sizes = []
    >>> rewrite_parquet(d / "a.parquet", d / "b.parquet", lambda df: sizes.append(len(df)) or df.assign(n=df["text"].str.len()), rows=2)
    >>> sizes, pd.read_parquet(d / "b.parquet")["n"].tolist()
    ([2, 1], [10, 13, 9])
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(src, pre_buffer=False)
    writer = None
    try:
        for rb in (b for g in range(pf.num_row_groups)
                   for b in pf.iter_batches(batch_size=rows, row_groups=[g], use_threads=False)):
            df = fix(rb.to_pandas(use_threads=False))
            table = pa.Table.from_pandas(df, preserve_index=False, nthreads=1)
            if writer is None:
                schema = table.schema.remove_metadata()
                writer = pq.ParquetWriter(dst, schema)
            writer.write_table(table.cast(schema) if table.schema != schema else table)
            del df, table, rb
        if writer is None:
            pq.write_table(pf.schema_arrow.empty_table(), dst)
    finally:
        if writer is not None:
            writer.close()
        pa.default_memory_pool().release_unused()


def ingest(
    in_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    batch_size: int = 200,
    jobs: int = 1,
    client=None,
    max_page_bytes: int = 8_000_000,
    on_error: str = "skip",
    classify: bool = True,
    speech_threshold: float = 0.5,
    speech_containment: float = 0.8,
    para_threshold: float = 0.8,
    site_lines: bool = True,
) -> IngestResult:
    """Turn a folder of downloaded speech pages into a processed corpus and a draft manifest.

    Parameters
    ----------
    in_dir : path-like
        A folder of ``.txt``/``.html`` pages (any common encoding; not searched recursively).
    out_dir : path-like
        Receives ``speeches/paragraphs/sections/audit/sources.parquet``, ``summary.json`` and
        ``draft_manifest.csv``; may not be ``in_dir`` or inside it.
    batch_size : int
        Pages per batch: memory is bounded by a batch, not by the folder.
    jobs : int
        Worker processes (ignored with ``client``).
    client : dask.distributed.Client, optional
        Run the batches on this Dask cluster; the output is identical.
    max_page_bytes : int
        A larger file is refused (named, with its size and the bound).
    on_error : {"skip", "raise"}
        A page that cannot be read, is too large or holds no speech: skipped (a ``sources`` row
        with the reason and one warning listing them) or a :class:`CorpusInputError`.
    classify : bool
        Label speeches with the campaign classifier (False: every speech ``other``).
    speech_threshold, speech_containment : float
        Estimated Jaccard similarity, or containment of the shorter speech, from which two
        speeches are copies.
    para_threshold : float
        Estimated Jaccard similarity from which two paragraphs are copies.
    site_lines : bool
        Learn the site boilerplate of the folder first (lines on three or more pages with
        different bodies, :mod:`corpusmine.text.site_boilerplate`) and remove it from every
        page (audit rule ``site_boilerplate``); the lines are listed in ``site_lines.txt``.

    Returns
    -------
    IngestResult

    Raises
    ------
    CorpusInputError
        ``in_dir`` is missing or holds no page; ``out_dir`` cannot be written; a bad page with
        ``on_error="raise"``.

    Examples
    --------
    >>> import tempfile
    >>> d, out = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> body = "同志们:\\n创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改,全县上下要背水一战,确保一次通过。"
    >>> _ = (d / "a.txt").write_text("创建文明城市推进会讲话\\n" + body, encoding="utf-8")
    >>> _ = (d / "b.txt").write_text("创建文明城市推进会讲话\\n" + body.replace("全县", "全市"), encoding="utf-8")
    >>> r = ingest(d, out)
    >>> r.draft[["speech_id", "include", "dup_cluster", "dup_of"]].values.tolist()
    [['a-1', True, 'a-1', ''], ['b-1', False, 'a-1', 'a-1']]
    """
    t0 = time.perf_counter()
    if on_error not in ("skip", "raise"):
        raise ValueError(f"on_error must be 'skip' or 'raise', got {on_error!r}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size!r}")
    in_dir = Path(in_dir)
    if not in_dir.is_dir():
        raise CorpusInputError(in_dir, "folder of pages not found")
    out = check_out_dir(out_dir, in_dir)
    files, numbers, others = scan_folder(in_dir)
    if not files:
        raise CorpusInputError(in_dir, "no .txt/.html page in the folder")
    learned = folder_site_lines(files, max_page_bytes=max_page_bytes) if site_lines else frozenset()
    options = IngestOptions(max_page_bytes=max_page_bytes, classify=classify, site_lines=learned)
    items = [(n, str(p)) for n, p in zip(numbers, files)]
    batches = [items[s:s + batch_size] for s in range(0, len(items), batch_size)]
    tmp = out / _TMP
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    stage = _Sinks(tmp, "stage")
    # Per batch, the draft rows (pickled), the MinHash signatures (raw uint32) and the few numbers
    # per speech and paragraph the clustering needs (raw int64: k-gram counts, lengths, flags, the
    # row of each paragraph's speech) go to files in ``tmp``: nothing long-lived is allocated between
    # the batches' large transient tables, so this process's memory does not grow with the folder.
    spilled = ("draft", "speech_sig", "para_sig", "speech_size", "para_size", "para_speech", "n_chars",
               "truncated", "included")
    campaigns: Counter = Counter()
    spill = {k: open(tmp / f"{k}.spill", "wb") for k in spilled}
    bad: list[tuple[str, str]] = [(o.label, o.problem) for o in others if not o.ignored]
    n_speech = 0
    try:
        for res in _results(batches, options, jobs, client):
            if res["bad"] and on_error == "raise":
                f, problem = res["bad"][0]
                raise CorpusInputError(in_dir / f, problem)
            bad.extend(res["bad"])
            for name in TABLES:
                stage.write(name, res[name])
            pickle.dump(res["draft"], spill["draft"], protocol=pickle.HIGHEST_PROTOCOL)
            spill["speech_sig"].write(np.ascontiguousarray(res["speech_sig"], np.uint32).tobytes())
            spill["para_sig"].write(np.ascontiguousarray(res["para_sig"], np.uint32).tobytes())
            per_row = {"speech_size": res["speech_size"], "para_size": res["para_size"],
                       "para_speech": res["para_speech"] + n_speech}
            for key, col in (("n_chars", "n_chars"), ("truncated", "truncated"), ("included", "include")):
                per_row[key] = [r[col] for r in res["draft"]]
            for key, values in per_row.items():
                spill[key].write(np.asarray(values, np.int64).tobytes())
            campaigns.update(r["campaign"] for r in res["draft"])
            n_speech += len(res["draft"])
            del res
    finally:
        stage.close()
        for fh in spill.values():
            fh.close()
    if not n_speech:
        shutil.rmtree(tmp, ignore_errors=True)
        raise CorpusInputError(in_dir, "no speech found in any page" + (f" ({bad[0][0]}: {bad[0][1]})" if bad else ""))
    if bad:
        warn_list(f"{in_dir.name}: skipped {len(bad)} page(s)", [f"{f}: {p}" for f, p in bad])
    _release_memory()

    # 1. copies across sources: speeches, clustered from the signature file (never loaded whole)
    def numbers(key: str) -> np.ndarray:
        return np.fromfile(tmp / f"{key}.spill", np.int64)

    cluster, sim = cluster_signature_file(tmp / "speech_sig.spill", numbers("speech_size"), SPEECH_SIG["num_perm"],
                                          threshold=speech_threshold, containment=speech_containment)
    kept = keep_members(cluster, numbers("n_chars"), numbers("truncated").astype(bool))
    in_cluster = np.bincount(cluster, minlength=n_speech)[cluster] > 1
    copy = kept != np.arange(n_speech)
    include = numbers("included").astype(bool) & ~copy
    dup_sim = np.where(in_cluster, sim, 0.0)
    del cluster, sim
    # paragraphs: a copy of a paragraph of another speech
    pspeech = numbers("para_speech")
    pcluster, psim = cluster_signature_file(tmp / "para_sig.spill", numbers("para_size"), PARA_SIG["num_perm"],
                                            threshold=para_threshold, containment=1.01, bands=8)
    rep = cluster_representatives(pcluster, include[pspeech])
    del pcluster
    para_dup = (rep != np.arange(len(rep))) & (pspeech[rep] != pspeech)
    # the ids other rows name: kept members of speech clusters, copies, paragraph representatives
    sid_of = _speech_ids(tmp / "draft.spill", np.unique(np.r_[kept[in_cluster], np.flatnonzero(copy)]))
    copy_ids = {sid_of[i] for i in np.flatnonzero(copy).tolist()}
    pid_of = _paragraph_ids(stage.path("paragraphs"), np.unique(rep[para_dup]))
    _release_memory()

    # 2. final tables, one generation; the draft manifest written alongside the speeches, in step
    drafts = _DraftStream(tmp / "draft.spill", tmp / DRAFT_MANIFEST, kept, in_cluster, copy, dup_sim, sid_of)
    offset = {"paragraphs": 0}

    def fix_speeches(df: pd.DataFrame) -> pd.DataFrame:
        d = drafts.take(len(df))
        if not np.array_equal(d["speech_id"].to_numpy(), df["speech_id"].to_numpy()):
            raise RuntimeError("ingest: staged speeches and draft rows are out of step")
        for c in ("include", "dup_cluster", "dup_of", "dup_similarity", "confidence", "needs_review", "truncated"):
            df[c] = d[c].to_numpy()
        return df

    def fix_paragraphs(df: pd.DataFrame) -> pd.DataFrame:
        s = offset["paragraphs"]
        idx = np.arange(s, s + len(df))
        offset["paragraphs"] += len(df)
        df["include"] = include[pspeech[idx]]
        df["dup_of"] = [pid_of[int(rep[i])] if para_dup[i] else "" for i in idx] if len(df) else []
        df["dup_similarity"] = np.where(para_dup[idx], psim[idx], 0.0)
        return df

    def fix_sections(df: pd.DataFrame) -> pd.DataFrame:
        df["include"] = df["include"].astype(bool) & ~df["speech_id"].isin(copy_ids)
        return df

    final = {"speeches": fix_speeches, "paragraphs": fix_paragraphs, "sections": fix_sections,
             "audit": lambda df: df, "sources": lambda df: df}
    rows = {"speeches": 200, "sections": 1_000}           # speeches carry their whole text
    for name, fix in final.items():
        rewrite_parquet(stage.path(name), tmp / f"{name}.parquet", fix, rows.get(name, 5_000))
        stage.path(name).unlink()
        _release_memory()
    drafts.close()
    atomic_write_text(out / SUMMARY, json.dumps({"state": "writing"}) + "\n")
    hashes = {}
    for name in TABLES:
        os.replace(tmp / f"{name}.parquet", out / f"{name}.parquet")
        hashes[name] = file_sha256(out / f"{name}.parquet")
    os.replace(tmp / DRAFT_MANIFEST, out / DRAFT_MANIFEST)
    atomic_write_text(out / SITE_LINES, "".join(f"{line}\n" for line in sorted(learned)))
    shutil.rmtree(tmp, ignore_errors=True)
    summary = {
        "fingerprint": f"ingest:{in_dir.name}", "speeches": n_speech, "included": int(include.sum()),
        "paragraphs": int(len(pspeech)), "pages": len(files), "skipped_pages": len(bad),
        "copies": int(copy.sum()), "paragraph_copies": int(para_dup.sum()),
        "campaigns": dict(sorted(campaigns.items())), "tables": hashes, "site_lines": len(learned),
    }
    atomic_write_text(out / SUMMARY, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    took = time.perf_counter() - t0
    log.info("ingest %s: %d pages, %d speeches, %d copies in %.1f s", in_dir, len(files), n_speech, int(copy.sum()),
             took)
    return IngestResult(None, out, len(files), n_speech, int(copy.sum()), len(bad), took)


def _release_memory() -> None:
    """Hand memory freed by the batches back to the system before the next step allocates.

    The batches' tables are freed, but the C allocator keeps their pages: the steps after the
    last batch would then start from the batch loop's high-water mark.
    """
    import pyarrow as pa

    gc.collect()
    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL(None).malloc_trim(0)         # glibc; elsewhere nothing to do
    except (OSError, AttributeError):
        pass


def _draft_batches(spill: Path) -> Iterator[list[dict]]:
    """The draft rows spilled by :func:`ingest`, one batch at a time."""
    with open(spill, "rb") as fh:
        while fh.peek(1):
            yield pickle.load(fh)


def _speech_ids(spill: Path, need: np.ndarray) -> dict[int, str]:
    """The speech ids of the rows ``need`` (sorted), read from the draft spill batch by batch."""
    out: dict[int, str] = {}
    pos = 0
    for rows in _draft_batches(spill):
        lo, hi = np.searchsorted(need, [pos, pos + len(rows)])
        out.update((int(i), rows[int(i) - pos]["speech_id"]) for i in need[lo:hi])
        pos += len(rows)
    return out


def _paragraph_ids(staged: Path, need: np.ndarray) -> dict[int, str]:
    """The paragraph ids of the rows ``need`` (sorted), in one streaming read of the ids only."""
    import pyarrow.parquet as pq

    out: dict[int, str] = {}
    pos = 0
    for rb in pq.ParquetFile(staged, pre_buffer=False).iter_batches(batch_size=50_000, columns=["paragraph_id"],
                                                                    use_threads=False):
        lo, hi = np.searchsorted(need, [pos, pos + rb.num_rows])
        if hi > lo:
            out.update(zip(need[lo:hi].tolist(), rb.column(0).take(need[lo:hi] - pos).to_pylist()))
        pos += rb.num_rows
    return out


class _DraftStream:
    """The final draft rows, batch after batch from the spill, each batch appended to the draft CSV when read."""

    def __init__(self, spill: Path, csv: Path, kept, in_cluster, copy, dup_sim, sid_of: dict[int, str]):
        self.batches = _draft_batches(spill)
        self.fh = open(csv, "wb")
        self.kept, self.in_cluster, self.copy, self.dup_sim, self.sid_of = kept, in_cluster, copy, dup_sim, sid_of
        self.pos, self.buffer, self.header = 0, None, True

    def _next(self) -> pd.DataFrame:
        rows = []
        while not rows:
            rows = next(self.batches)
        d = pd.DataFrame(rows)
        idx = np.arange(self.pos, self.pos + len(d))
        self.pos += len(d)
        of = [self.sid_of.get(int(k), "") for k in self.kept[idx]]
        d["dup_cluster"] = np.where(self.in_cluster[idx], of, "")
        d["dup_of"] = np.where(self.copy[idx], of, "")
        d["dup_similarity"] = self.dup_sim[idx]
        c = self.copy[idx]
        d.loc[c, "note"] = "copy of " + d.loc[c, "dup_of"] + " (near-duplicate cluster; kept member: " \
            "not truncated, then longest)"
        d.loc[c, "include"] = False
        out = d[MANIFEST_COLUMNS + ["speaker_role"] + REVIEW_COLUMNS].copy()   # speaker_role: an optional manifest column
        for col in ("year", "chars_missing", "pages_missing"):
            out[col] = pd.to_numeric(out[col]).astype("Int64")
        out["include"] = out["include"].map({True: "true", False: "false"})
        self.fh.write(out.to_csv(index=False, header=self.header).encode("utf-8"))
        self.header = False
        return d

    def take(self, n: int) -> pd.DataFrame:
        """The next ``n`` final draft rows."""
        while self.buffer is None or len(self.buffer) < n:
            nxt = self._next()
            self.buffer = nxt if self.buffer is None else pd.concat([self.buffer, nxt], ignore_index=True)
        head, self.buffer = self.buffer.iloc[:n], self.buffer.iloc[n:].reset_index(drop=True)
        return head

    def close(self) -> None:
        """Check that every draft row was used; flush the CSV to disk."""
        if (self.buffer is not None and len(self.buffer)) or any(self.batches):
            raise RuntimeError("ingest: more draft rows than staged speeches")
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.chmod(self.fh.name, 0o644)
