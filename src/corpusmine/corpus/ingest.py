"""``corpusmine ingest DIR --out DIR``: a folder of downloaded pages → processed corpus + draft manifest.

:func:`ingest` streams: pages are processed in batches (:func:`corpusmine.corpus.pages.process_batch`,
in this process, in ``jobs`` worker processes or on a Dask cluster: the same function, the
same output), each batch's tables are appended to Parquet files with one ``ParquetWriter``
per table, and each batch's draft-manifest rows and MinHash signatures are spilled to files beside
them: between batches the main process keeps only a few numbers per speech and paragraph (k-gram
counts, the row of each paragraph's speech), so its memory does not grow with the folder
(``benchmarks/README.md``).  When every page is read:

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
3. ``draft_manifest.csv`` is written: a valid manifest (:func:`corpusmine.corpus.manifest.load_manifest`)
   with review columns, for ``corpusmine build --raw DIR --manifest EDITED.csv``.

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

import json
import logging
import os
import pickle
import shutil
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine.corpus.dedup import cluster_representatives, cluster_signatures, keep_members
from corpusmine.corpus.manifest import REVIEW_COLUMNS
from corpusmine.corpus.model import SUMMARY, check_out_dir
from corpusmine.corpus.pages import PARA_SIG, SPEECH_SIG, IngestOptions, process_batch
from corpusmine.corpus.readers import scan_folder
from corpusmine.corpus.records import warn_list
from corpusmine.errors import CorpusInputError
from corpusmine.schema import MANIFEST_COLUMNS, TABLES
from corpusmine.storage import atomic_write_bytes, atomic_write_text, file_sha256

log = logging.getLogger(__name__)

__all__ = ["DRAFT_MANIFEST", "REVIEW_COLUMNS", "IngestResult", "ingest", "rewrite_parquet"]

#: The draft manifest's file name in ``out``.
DRAFT_MANIFEST = "draft_manifest.csv"
_TMP = ".ingest-tmp"


@dataclass
class IngestResult:
    """What :func:`ingest` wrote: the draft manifest (also in memory) and the counts.

    Examples
    --------
    >>> r = IngestResult(pd.DataFrame({"speech_id": ["a-1"], "title": ["乡村振兴推进会讲话"]}), Path("out"), 1, 1, 0, 0, 0.5)
    >>> r.draft["title"].tolist(), r.n_speeches
    (['乡村振兴推进会讲话'], 1)
    """

    draft: pd.DataFrame
    out: Path
    n_pages: int
    n_speeches: int
    n_copies: int
    n_skipped: int
    seconds: float


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
        table = pa.Table.from_pandas(df, preserve_index=False)
        if name not in self.writers:
            schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in table.schema])
            schema = schema.remove_metadata()
            self.schemas[name] = schema
            self.writers[name] = pq.ParquetWriter(self.path(name), schema)
        schema = self.schemas[name]
        table = pa.Table.from_pandas(df.reindex(columns=schema.names), preserve_index=False)
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
    :func:`ingest` grow with the folder.  Arrow's memory pool is released after the copy.

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
        for rb in (b for g in range(pf.num_row_groups) for b in pf.iter_batches(batch_size=rows, row_groups=[g])):
            df = fix(rb.to_pandas())
            table = pa.Table.from_pandas(df, preserve_index=False)
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
    options = IngestOptions(max_page_bytes=max_page_bytes, classify=classify)
    items = [(n, str(p)) for n, p in zip(numbers, files)]
    batches = [items[s:s + batch_size] for s in range(0, len(items), batch_size)]
    tmp = out / _TMP
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    stage = _Sinks(tmp, "stage")
    # Per batch, the draft rows (pickled) and the MinHash signatures (raw uint32) go to files in
    # ``tmp``: nothing long-lived is allocated between the batches' large transient tables, so the
    # heap is not pinned batch after batch; they are read back once, after the last batch.
    sp_size, para_size, para_speech = [], [], []
    spill = {k: open(tmp / f"{k}.spill", "wb") for k in ("draft", "speech_sig", "para_sig")}
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
            sp_size.append(res["speech_size"])
            para_size.append(res["para_size"])
            para_speech.append(res["para_speech"] + n_speech)
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

    draft_rows: list[dict] = []
    with open(tmp / "draft.spill", "rb") as fh:
        while fh.peek(1):
            draft_rows.extend(pickle.load(fh))
    draft = pd.DataFrame(draft_rows)
    del draft_rows
    sp_sig = np.fromfile(tmp / "speech_sig.spill", np.uint32).reshape(n_speech, SPEECH_SIG["num_perm"])
    # 1. copies across sources: speeches
    cluster, sim = cluster_signatures(sp_sig, np.concatenate(sp_size),
                                      threshold=speech_threshold, containment=speech_containment)
    kept = keep_members(cluster, draft["n_chars"].to_numpy(), draft["truncated"].to_numpy())
    ids = draft["speech_id"].to_numpy()
    in_cluster = pd.Series(cluster).map(pd.Series(cluster).value_counts()).to_numpy() > 1
    draft["dup_cluster"] = np.where(in_cluster, ids[kept], "")
    draft["dup_of"] = np.where(kept != np.arange(len(kept)), ids[kept], "")
    draft["dup_similarity"] = np.where(in_cluster, sim, 0.0)
    copy = draft["dup_of"] != ""
    draft.loc[copy, "note"] = "copy of " + draft.loc[copy, "dup_of"] + " (near-duplicate cluster; kept member: " \
        "not truncated, then longest)"
    draft.loc[copy, "include"] = False
    include = dict(zip(draft["speech_id"], draft["include"]))
    del sp_sig, sp_size
    # paragraphs: a copy of a paragraph of another speech
    psize, pspeech = np.concatenate(para_size), np.concatenate(para_speech)
    psig = np.fromfile(tmp / "para_sig.spill", np.uint32).reshape(len(psize), PARA_SIG["num_perm"])
    del para_size
    pcluster, psim = cluster_signatures(psig, psize, threshold=para_threshold, containment=1.01, bands=8)
    del psig
    rep = cluster_representatives(pcluster, draft["include"].to_numpy(dtype=bool)[pspeech])
    para_dup = (rep != np.arange(len(rep))) & (pspeech[rep] != pspeech)
    del pcluster

    # 2. final tables, one generation
    cols = draft.set_index("speech_id")
    offset = {"paragraphs": 0}

    def fix_speeches(df: pd.DataFrame) -> pd.DataFrame:
        d = cols.loc[df["speech_id"]]
        df["include"] = d["include"].to_numpy()
        for c in ("dup_cluster", "dup_of", "dup_similarity", "confidence", "needs_review", "truncated"):
            df[c] = d[c].to_numpy()
        return df

    def fix_paragraphs(df: pd.DataFrame) -> pd.DataFrame:
        s = offset["paragraphs"]
        idx = np.arange(s, s + len(df))
        offset["paragraphs"] += len(df)
        df["include"] = df["speech_id"].map(include).astype(bool)
        df["dup_of"] = [pid_of[int(rep[i])] if para_dup[i] else "" for i in idx] if len(df) else []
        df["dup_similarity"] = np.where(para_dup[idx], psim[idx], 0.0)
        return df

    def fix_sections(df: pd.DataFrame) -> pd.DataFrame:
        df["include"] = df["speech_id"].map(include).astype(bool)
        return df

    # paragraph ids of every representative, in one streaming read of the ids only
    import pyarrow.parquet as pq

    need = np.unique(rep[para_dup])          # rows whose id another paragraph names
    pid_of: dict[int, str] = {}
    pos = 0
    for rb in pq.ParquetFile(stage.path("paragraphs")).iter_batches(batch_size=50_000, columns=["paragraph_id"]):
        lo, hi = np.searchsorted(need, [pos, pos + rb.num_rows])
        if hi > lo:
            vals = rb.column(0).take(need[lo:hi] - pos).to_pylist()
            pid_of.update(zip(need[lo:hi].tolist(), vals))
        pos += rb.num_rows
    final = {"speeches": fix_speeches, "paragraphs": fix_paragraphs, "sections": fix_sections,
             "audit": lambda df: df, "sources": lambda df: df}
    rows = {"speeches": 200, "sections": 1_000}           # speeches carry their whole text
    for name, fix in final.items():
        rewrite_parquet(stage.path(name), tmp / f"{name}.parquet", fix, rows.get(name, 5_000))
        stage.path(name).unlink()
    draft_out = draft[MANIFEST_COLUMNS + REVIEW_COLUMNS].copy()
    draft_out["year"] = draft_out["year"].astype("Int64")
    draft_out["include"] = draft_out["include"].map({True: "true", False: "false"})
    atomic_write_text(out / SUMMARY, json.dumps({"state": "writing"}) + "\n")
    hashes = {}
    for name in TABLES:
        os.replace(tmp / f"{name}.parquet", out / f"{name}.parquet")
        hashes[name] = file_sha256(out / f"{name}.parquet")
    atomic_write_bytes(out / DRAFT_MANIFEST, draft_out.to_csv(index=False).encode("utf-8"))
    shutil.rmtree(tmp, ignore_errors=True)
    summary = {
        "fingerprint": f"ingest:{in_dir.name}", "speeches": int(len(draft)), "included": int(draft["include"].sum()),
        "paragraphs": int(len(pspeech)), "pages": len(files), "skipped_pages": len(bad),
        "copies": int(copy.sum()), "paragraph_copies": int(para_dup.sum()),
        "campaigns": {k: int(v) for k, v in draft.groupby("campaign").size().items()}, "tables": hashes,
    }
    atomic_write_text(out / SUMMARY, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    took = time.perf_counter() - t0
    log.info("ingest %s: %d pages, %d speeches, %d copies in %.1f s", in_dir, len(files), len(draft), int(copy.sum()),
             took)
    draft_out["include"] = draft_out["include"] == "true"
    return IngestResult(draft_out, out, len(files), len(draft), int(copy.sum()), len(bad), took)
