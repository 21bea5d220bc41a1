"""Build the seed corpus from raw pages and the manifest, and load it back.

``build_corpus`` runs the whole foundation once: read every raw file
(:func:`corpusmine.corpus.readers.read_raw_files`), clean it with the cleaning cache
(:mod:`corpusmine.corpus.cleaning`), check the manifest against what was found
(:mod:`corpusmine.corpus.manifest`), hand the speeches to the one assembler
(:func:`corpusmine.corpus.assemble.assemble`: sections, campaigns with
``data/section_overrides.csv``, word counts and the token cache, near-duplicate
paragraphs) and write one generation of tables (:func:`corpusmine.corpus.model.write_corpus`)
to ``data/processed``:

=====================  ============================================================
speeches.parquet       one row per speech (manifest columns + n_chars, text, …)
paragraphs.parquet     one row per paragraph with its section and campaign
sections.parquet       one row per section with classifier scores and final campaign
audit.parquet          one row per edit the cleaner made (see :mod:`corpusmine.text.clean`)
sources.parquet        one row per raw file: encoding, hash, conversion, counts
=====================  ============================================================

``load_corpus`` reads them back into a :class:`Corpus`.

Examples
--------
>>> sorted(TABLES)
['audit', 'paragraphs', 'sections', 'sources', 'speeches']
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pandas as pd

from corpusmine import config, schema
from corpusmine.corpus.assemble import Speech, assemble, section_campaign
from corpusmine.corpus.cleaning import clean_all
from corpusmine.corpus.manifest import check_against_files, load_manifest, load_section_overrides, split_labels
from corpusmine.corpus.model import Corpus, check_out_dir, read_summary, read_tables, write_corpus
from corpusmine.corpus.readers import read_raw_files
from corpusmine.errors import CorpusInputError
from corpusmine.schema import PARAGRAPH_COLUMNS, SECTION_COLUMNS, SEED_SOURCE_COLUMNS, SPEECH_COLUMNS, TABLES
from corpusmine.storage import file_sha256
from corpusmine.text.markup import extract_html
from corpusmine.text.site_boilerplate import learn_site_lines
from corpusmine.text.speeches import speeches_of

log = logging.getLogger(__name__)

__all__ = [
    "PARAGRAPH_COLUMNS", "SECTION_COLUMNS", "SPEECH_COLUMNS", "TABLES", "Corpus", "build_corpus",
    "build_fingerprint", "load_corpus", "load_section_overrides", "section_campaign", "write_corpus",
]


def build_fingerprint(
    raw_dir: Path | str | None = None,
    manifest: Path | str | None = None,
    overrides: Path | str | None = None,
) -> str:
    """A hash of everything a build depends on: raw files, manifest, lexicons and build code.

    Stored in ``summary.json``; :func:`load_corpus` compares it with the
    current sources so that a stale ``data/processed`` is never used silently.

    Parameters
    ----------
    raw_dir, manifest, overrides : path-like, optional
        Defaults: ``data/raw``, ``data/manifest.csv``,
        ``data/section_overrides.csv``.

    Returns
    -------
    str
        16 hex digits.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = pathlib.Path(d, "a.txt").write_text("同志们:要抓实抓细抓出成效。", encoding="utf-8")
    ...     before = build_fingerprint(raw_dir=d)
    ...     _ = pathlib.Path(d, "a.txt").write_text("同志们:要久久为功。", encoding="utf-8")
    ...     len(before), before != build_fingerprint(raw_dir=d)
    (16, True)
    """
    h = hashlib.sha256()
    # every module of the stages a build runs (text, tokens, corpus) and the schema, so that a change in
    # any of them (not only the few modules named at the top) makes a stale build visible
    pkg = Path(schema.__file__).parent
    files = [Path(schema.__file__)]
    for stage in ("text", "tokens", "corpus"):
        files += sorted((pkg / stage).glob("*.py"))
    files += [config.CAMPAIGNS, config.LEXICON_DIR / "campaign_model.tsv", config.SITE_CHROME, config.USERDICT,
              config.SPEECH_FILLERS]
    files += [Path(manifest or config.MANIFEST), Path(overrides or config.SECTION_OVERRIDES)]
    raw = Path(raw_dir or config.RAW_DIR)
    if raw.is_dir():
        files += sorted(p for p in raw.iterdir() if p.is_file())
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes() if f.is_file() else b"<missing>")
    return h.hexdigest()[:16]


def build_corpus(
    raw_dir: Path | str | None = None,
    manifest: Path | str | None = None,
    out_dir: Path | str | None = None,
    *,
    overrides: Path | str | None = None,
    tokenizer=None,
    write: bool = True,
    cache: bool = True,
    site_lines: bool = True,
) -> Corpus:
    """Build the corpus from raw pages and the manifest, writing parquet tables.

    Parameters
    ----------
    raw_dir, manifest, out_dir : path, optional
        Defaults: ``data/raw``, ``data/manifest.csv``, ``data/processed``.
        ``out_dir`` may be neither ``raw_dir`` nor inside it.
    overrides : path, optional
        Section campaign overrides; default ``data/section_overrides.csv``.
    tokenizer : Tokenizer, optional
        Used to count words and warm the token cache; default ``Tokenizer()``.
    write : bool
        Write the tables (as one generation, see :func:`write_corpus`) to ``out_dir``.
    cache : bool
        Reuse cleaned pages and tokens from ``out_dir/cache`` when the raw
        text and the cleaner are unchanged (keyed by content hash and code version).
    site_lines : bool
        Learn the raw folder's site boilerplate first and remove it, as ``corpusmine ingest``
        does (:func:`corpusmine.text.site_boilerplate.learn_site_lines`), so that a manifest
        drafted by ingest numbers the same speeches; the seed pages share no such line.

    Returns
    -------
    Corpus

    Raises
    ------
    CorpusInputError
        A raw file cannot be read, or ``out_dir`` cannot receive the tables (named, with the problem).
    ManifestError
        The manifest disagrees with itself or with the files (every problem listed).

    Examples
    --------
    A one-page corpus, built in a temporary folder without writing anything:

    >>> import pathlib, tempfile
    >>> from corpusmine.corpus.manifest import COLUMNS
    >>> with tempfile.TemporaryDirectory() as d:
    ...     raw = pathlib.Path(d, "raw"); raw.mkdir(); man = pathlib.Path(d, "manifest.csv")
    ...     _ = (raw / "a.txt").write_text("创文工作推进会讲话\\n同志们:\\n要抓实抓细抓出成效。", encoding="utf-8")
    ...     row = "civ,a.txt,1,创文工作推进会讲话,civilised_city,,county,2021,,,true,"
    ...     _ = man.write_text(",".join(COLUMNS) + "\\n" + row + "\\n", encoding="utf-8")
    ...     corpus = build_corpus(raw, man, pathlib.Path(d, "out"), write=False, cache=False)
    >>> corpus.paragraphs[["paragraph_id", "campaign", "text"]].values.tolist()
    [['civ:001', 'civilised_city', '同志们:'], ['civ:002', 'civilised_city', '要抓实抓细抓出成效。']]
    """
    raw_dir = Path(raw_dir or config.RAW_DIR)
    manifest_path = Path(manifest or config.MANIFEST)
    out_dir = Path(out_dir or config.PROCESSED_DIR)
    if write or cache:
        check_out_dir(out_dir, raw_dir)
    cache_dir = out_dir / "cache" if cache else None

    man = load_manifest(manifest_path)
    recs = read_raw_files(raw_dir)
    learned = learn_site_lines(extract_html(r.text)[0] if r.is_html else r.text for r in recs) if site_lines else frozenset()
    docs = clean_all([(r.text, r.label, bool(r.is_html)) for r in recs], cache_dir, site_lines=learned)
    # the speeches of each page as ingest finds them (collections split, truncation marked), so that a draft
    # manifest written by `corpusmine ingest` numbers the parts of a page exactly as this build does
    parts_of = {rec.label: speeches_of(doc) for rec, doc in zip(recs, docs)}
    source_rows = []
    for rec, doc in zip(recs, docs):
        if not parts_of[rec.label]:
            raise CorpusInputError(rec.path, "no speech text left after cleaning")
        source_rows.append({
            "source_file": rec.label, "sha256": file_sha256(rec.path), "encoding": rec.encoding,
            "format": "html" if rec.is_html else "text", "n_bytes": rec.n_bytes, "n_chars_raw": len(rec.text),
            "n_chars_clean": len(doc.text), "conversion": doc.conversion or "", "n_speeches": len(parts_of[rec.label]),
            "page_title": doc.page_title or "", "warnings": "; ".join(rec.warnings),
        })
    check_against_files(man, parts_of, path=manifest_path)

    speeches = []
    for m in man.to_dict("records"):
        part = parts_of[m["source_file"]][m["part"] - 1]
        speeches.append(Speech(
            m["speech_id"], m["source_file"], part.text, campaign=m["campaign"],
            secondary=tuple(split_labels(m["secondary_campaigns"])), include=bool(m["include"]),
            columns={c: m[c] for c in ("title", "secondary_campaigns", "admin_level", "year", "region",
                                       "source_site", "note")} | {"part": int(m["part"])},
            where=m["source_file"],
        ))
    sp, paragraphs, sections = assemble(speeches, tokenizer=tokenizer, cache_dir=cache_dir,
                                        overrides=load_section_overrides(overrides), dup_floor=0.1)
    audit = pd.concat([d.audit for d in docs], ignore_index=True) if docs else pd.DataFrame()
    sources = pd.DataFrame(source_rows, columns=SEED_SOURCE_COLUMNS)
    corpus = Corpus(sp, paragraphs, sections, audit, sources, path=out_dir)
    if write:
        write_corpus(corpus, out_dir, fingerprint=build_fingerprint(raw_dir, manifest_path, overrides))
    return corpus


def load_corpus(processed_dir: Path | str | None = None) -> Corpus:
    """Load the built corpus.

    Parameters
    ----------
    processed_dir : path, optional
        Where ``corpusmine build`` wrote its tables; default ``data/processed``.
        When the default folder has not been built yet, was built from
        sources that have changed since (raw files, manifest, lexicons or the
        cleaning code: see :func:`build_fingerprint`), or holds an interrupted
        write, it is (re)built now.

    Returns
    -------
    Corpus

    Raises
    ------
    CorpusInputError
        A folder that is not the default one is missing tables or holds an interrupted or
        mixed write (see :func:`corpusmine.corpus.model.read_tables`).

    Examples
    --------
    >>> import tempfile
    >>> try:
    ...     load_corpus(tempfile.mkdtemp())          # 空文件夹: an empty folder is named in the error
    ... except CorpusInputError as exc:
    ...     print(exc.problem.split(";")[0])
    missing speeches.parquet, paragraphs.parquet, sections.parquet, audit.parquet, sources.parquet
    """
    if processed_dir is not None:
        return read_tables(processed_dir)
    if not config.in_checkout():
        raise CorpusInputError(
            config.PROCESSED_DIR,
            "no default corpus here: corpusmine is installed outside a checkout of the project, so there is no "
            "data/raw to build from. Pass a processed folder (load_corpus('some/processed')), build one from your "
            "own texts with corpusmine.read_corpus(path, text=..., group=...) and write_corpus(corpus, folder) or "
            "`corpusmine read PATH --out FOLDER`, or point CORPUSMINE_ROOT at a checkout of the project",
        )
    d = Path(config.PROCESSED_DIR)
    if any(not (d / f"{n}.parquet").is_file() for n in TABLES):
        log.warning("data/processed is not built yet: building it now")
        return build_corpus()
    try:
        stored = (read_summary(d) or {}).get("fingerprint")
    except CorpusInputError:
        stored = None
    if stored != build_fingerprint():
        log.warning("data/processed was built from older sources: rebuilding it")
        return build_corpus()
    try:
        return read_tables(d)
    except CorpusInputError as exc:
        log.warning("%s: rebuilding it", exc)
        return build_corpus()
