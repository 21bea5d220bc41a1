"""Build the speech corpus from raw pages and load it back.

``build_corpus`` runs the whole foundation once: read every raw file
(:mod:`corpusmine.text.decode`), clean and split it (:mod:`corpusmine.text.clean`), check the
manifest against what was found (:mod:`corpusmine.corpus.manifest`), detect sections
(:mod:`corpusmine.text.segment`), give each section a campaign
(:mod:`corpusmine.text.classify`, with ``data/section_overrides.csv``), flag
near-duplicate paragraphs, warm the token cache, and write, atomically, to
``data/processed``:

=====================  ============================================================
speeches.parquet       one row per speech (manifest columns + n_chars, text, …)
paragraphs.parquet     one row per paragraph with its section and campaign
sections.parquet       one row per section with classifier scores and final campaign
audit.parquet          one row per edit the cleaner made (see :mod:`corpusmine.text.clean`)
sources.parquet        one row per raw file: encoding, hash, conversion, counts
=====================  ============================================================

``load_corpus`` reads them back into a :class:`Corpus`.
"""

from __future__ import annotations

import json
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from corpusmine import config
from corpusmine.errors import CorpusInputError, CorpusWarning

log = logging.getLogger(__name__)

TABLES = ("speeches", "paragraphs", "sections", "audit", "sources")

SPEECH_COLUMNS = [
    "speech_id", "source_file", "title", "campaign", "secondary_campaigns", "level", "year",
    "include", "n_chars", "text", "part", "region", "source_site", "note", "n_paragraphs",
    "n_sections", "n_words", "classifier_campaign", "score_rural", "score_civilised_city",
    "score_environment", "dup_share",
]
PARAGRAPH_COLUMNS = [
    "speech_id", "section_id", "section_title", "paragraph_id", "campaign", "text", "paragraph_no",
    "subsection_title", "heading_level", "run_in", "include", "n_chars", "n_words", "dup_of",
    "dup_similarity",
]
SECTION_COLUMNS = [
    "speech_id", "section_id", "section_title", "campaign", "campaign_source", "classifier_campaign",
    "score_rural", "score_civilised_city", "score_environment", "include", "n_paragraphs",
    "n_chars", "text",
]


@dataclass
class Corpus:
    """The cleaned corpus: DataFrames for speeches, paragraphs, sections and the audit.

    Attributes
    ----------
    speeches : DataFrame
        ``speech_id, source_file, title, campaign, secondary_campaigns, level,
        year, include, n_chars, text`` and more (see ``SPEECH_COLUMNS``).
    paragraphs : DataFrame
        ``speech_id, section_id, section_title, paragraph_id, campaign, text``
        and more; ``campaign`` is the paragraph's *section* campaign.
    sections : DataFrame
        One row per section with the classifier's scores and the final label.
    audit : DataFrame
        Every edit of the cleaner: ``source_file, layer, start, end, rule,
        action, removed, replacement``.
    sources : DataFrame
        One row per raw file.

    Examples
    --------
    >>> sp = pd.DataFrame({"speech_id": ["civ", "school"], "campaign": ["civilised_city", "other"],
    ...                    "include": [True, False], "title": ["创文工作推进会讲话", "开学典礼讲话"]})
    >>> none = pd.DataFrame({"speech_id": []})
    >>> Corpus(sp, none, none, pd.DataFrame(), pd.DataFrame()).included().speeches["title"].tolist()
    ['创文工作推进会讲话']
    >>> load_corpus().speeches.groupby("campaign").size()       # doctest: +SKIP
    """

    speeches: pd.DataFrame
    paragraphs: pd.DataFrame
    sections: pd.DataFrame
    audit: pd.DataFrame
    sources: pd.DataFrame
    path: Path | None = None

    def included(self) -> "Corpus":
        """Only the speeches (and their paragraphs and sections) with ``include == True``."""
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


# ---------------------------------------------------------------------------
# Section campaigns
# ---------------------------------------------------------------------------
def load_section_overrides(path: Path | str | None = None) -> pd.DataFrame:
    """``data/section_overrides.csv``: speech_id, section_id, campaign, note.

    Parameters
    ----------
    path : path-like, optional
        Default ``data/section_overrides.csv``.

    Returns
    -------
    DataFrame
        Columns ``speech_id, section_id`` (int), ``campaign, note``; empty
        (with those columns) when the file does not exist.

    Raises
    ------
    CorpusInputError
        On a missing column, a section_id that is not a whole number, an
        unknown campaign label or an override without a note.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "overrides.csv")
    ...     _ = p.write_text("speech_id,section_id,campaign,note\\nenv_tizhi_2023,3,rural,撂荒地整治属于乡村振兴\\n", encoding="utf-8")
    ...     load_section_overrides(p).values.tolist()
    [['env_tizhi_2023', 3, 'rural', '撂荒地整治属于乡村振兴']]
    """
    path = Path(path or config.SECTION_OVERRIDES)
    cols = ["speech_id", "section_id", "campaign", "note"]
    if not path.is_file():
        return pd.DataFrame(columns=cols)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise CorpusInputError(path, f"missing column(s): {', '.join(missing)}")
    problems = []
    for i, row in df.iterrows():
        if not row["section_id"].isdigit():
            problems.append(f"line {i + 2}: section_id must be a whole number, got {row['section_id']!r}")
        if row["campaign"] not in config.CAMPAIGNS_LABELS:
            problems.append(f"line {i + 2}: unknown campaign label {row['campaign']!r}")
        if not row["note"].strip():
            problems.append(f"line {i + 2}: every override needs a note saying why")
    if problems:
        raise CorpusInputError(path, "; ".join(problems))
    df["section_id"] = df["section_id"].astype(int)
    return df[cols]


def section_campaign(speech_campaign: str, secondary: list[str], classifier_label: str) -> tuple[str, str]:
    """Decide a section's campaign from its speech's labels and the classifier.

    * a speech labelled ``other``: every section is ``other``;
    * a single-campaign speech: sections inherit its campaign unless the
      classifier confidently names another campaign;
    * a mixed speech (secondary campaigns listed): the classifier decides,
      ``other`` included (a mixed speech also talks about other business).

    Returns ``(campaign, source)`` with source ``speech`` or ``classifier``.

    Parameters
    ----------
    speech_campaign : str
        The speech's campaign in the manifest.
    secondary : list of str
        The speech's secondary campaigns (empty for a single-campaign speech).
    classifier_label : str
        :func:`corpusmine.classify_campaign`'s label for the section.

    Returns
    -------
    campaign : str
    source : {"speech", "classifier"}

    Examples
    --------
    >>> from corpusmine.text.classify import classify_campaign
    >>> label, _ = classify_campaign("创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改。")
    >>> section_campaign("rural", [], label), section_campaign("other", [], label)
    (('civilised_city', 'classifier'), ('other', 'speech'))
    """
    if speech_campaign == "other":
        return "other", "speech"
    if not secondary:
        if classifier_label not in ("other", speech_campaign):
            return classifier_label, "classifier"
        return speech_campaign, "speech"
    return classifier_label, "classifier"


# ---------------------------------------------------------------------------
# Near duplicates
# ---------------------------------------------------------------------------
def near_duplicates(
    texts: list[str],
    groups: list[str],
    *,
    k: int = 5,
    threshold: float = 0.8,
    min_chars: int = 20,
    floor: float = 0.1,
) -> list[tuple[int | None, float]]:
    """For each text, the earlier text of another group it nearly repeats.

    Texts are compared by Jaccard similarity of their character k-gram sets
    (a standard near-duplicate measure: Broder 1997, *On the resemblance and
    containment of documents*).  Returns, per text, ``(index of the first
    earlier near-duplicate in a different group, similarity)`` or
    ``(None, best similarity)``.  Copies inside one speech are not flagged.

    Parameters
    ----------
    texts : list of str
        Paragraphs, in corpus order.
    groups : list of str
        The group (speech_id) of each text; only pairs from different groups
        are compared.
    k : int
        Length of the character k-grams.
    threshold : float
        Jaccard similarity from which a text counts as a near-duplicate.
    min_chars : int
        Texts shorter than this are never flagged.
    floor : float
        Similarities below this are not computed and reported as 0.0; this is
        what lets :func:`corpusmine.corpus.external.near_duplicates` (which does the
        work) skip the all-pairs product on large corpora.

    Returns
    -------
    list of (int or None, float)
        One pair per text, similarity rounded to four decimals.

    Examples
    --------
    >>> texts = ["要全面推进乡村振兴,巩固拓展脱贫攻坚成果。", "要全面推进乡村振兴,巩固拓展脱贫攻坚成果!",
    ...          "创文工作已经到了攻坚之年。"]
    >>> near_duplicates(texts, ["s1", "s2", "s3"], k=3, min_chars=5)
    [(None, 0.0), (0, 0.9), (None, 0.0)]
    """
    # One implementation for corpora of any size: the prefix-filtered similarity join of
    # corpusmine.corpus.external (exact for every pair at or above ``floor``; below it 0.0 is reported).
    from corpusmine.corpus.external import near_duplicates as _similarity_join

    return _similarity_join(texts, groups, k=k, threshold=threshold, min_chars=min_chars, floor=floor)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
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
    import hashlib

    from corpusmine.text import classify as classify
    from corpusmine.text import clean as clean
    from corpusmine.corpus import manifest as manifest_mod
    from corpusmine.text import segment as segment
    from corpusmine.tokens import tokenizer as tokenize

    h = hashlib.sha256()
    files = [Path(m.__file__) for m in (clean, segment, classify, manifest_mod, tokenize)]
    files += [Path(__file__), config.CAMPAIGNS, config.SITE_CHROME, config.USERDICT, config.SPEECH_FILLERS]
    files += [Path(manifest or config.MANIFEST), Path(overrides or config.SECTION_OVERRIDES)]
    raw = Path(raw_dir or config.RAW_DIR)
    if raw.is_dir():
        files += sorted(p for p in raw.iterdir() if p.is_file())
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes() if f.is_file() else b"<missing>")
    return h.hexdigest()[:16]


def _clean_cached(decoded, cache_dir: Path | None):
    """Clean one decoded page, reusing an earlier result for the same text and cleaner version."""
    import hashlib
    import pickle

    from corpusmine.text.clean import clean_document, cleaner_version

    def run():
        return clean_document(decoded.text, source_file=decoded.path.name, is_html=decoded.format == "html")

    if cache_dir is None:
        return run()
    key = hashlib.sha256(
        f"{cleaner_version()}|{decoded.path.name}|{decoded.format}|".encode() + decoded.text.encode("utf-8")
    ).hexdigest()
    path = Path(cache_dir) / "clean" / f"{key}.pickle"
    if path.is_file():
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # a damaged cache entry is rebuilt, never trusted
            log.warning("ignoring damaged clean cache entry %s", path)
    doc = run()
    from corpusmine.storage import atomic_write_bytes

    atomic_write_bytes(path, pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    return doc


def build_corpus(
    raw_dir: Path | str | None = None,
    manifest: Path | str | None = None,
    out_dir: Path | str | None = None,
    *,
    overrides: Path | str | None = None,
    tokenizer=None,
    write: bool = True,
    cache: bool = True,
) -> Corpus:
    """Build the corpus from raw pages and the manifest, writing parquet tables.

    Parameters
    ----------
    raw_dir, manifest, out_dir : path, optional
        Defaults: ``data/raw``, ``data/manifest.csv``, ``data/processed``.
    overrides : path, optional
        Section campaign overrides; default ``data/section_overrides.csv``.
    tokenizer : Tokenizer, optional
        Used to count words and warm the token cache; default ``Tokenizer()``.
    write : bool
        Write the tables (atomically) to ``out_dir``.
    cache : bool
        Reuse cleaned pages and tokens from ``out_dir/cache`` when the raw
        text and the cleaner are unchanged (keyed by content hash and code version).

    Returns
    -------
    Corpus

    Raises
    ------
    CorpusInputError
        A raw file cannot be read (named, with the problem).
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
    >>> corpus = build_corpus()                                  # doctest: +SKIP
    """
    from corpusmine.text.classify import classify_campaign
    from corpusmine.storage import file_sha256
    from corpusmine.text.decode import list_raw_files, read_text
    from corpusmine.corpus.manifest import check_against_files, load_manifest, split_labels
    from corpusmine.text.segment import detect_sections, split_paragraphs
    from corpusmine.tokens.tokenizer import Tokenizer

    raw_dir = Path(raw_dir or config.RAW_DIR)
    manifest_path = Path(manifest or config.MANIFEST)
    out_dir = Path(out_dir or config.PROCESSED_DIR)
    cache_dir = out_dir / "cache" if cache else None

    man = load_manifest(manifest_path)
    files = list_raw_files(raw_dir)
    docs = {}
    source_rows = []
    audit_frames = []
    for path in files:
        decoded = read_text(path)
        doc = _clean_cached(decoded, cache_dir)
        if not doc.parts:
            raise CorpusInputError(path, "no speech text left after cleaning")
        docs[path.name] = doc
        audit_frames.append(doc.audit)
        source_rows.append(
            {
                "source_file": path.name,
                "sha256": file_sha256(path),
                "encoding": decoded.encoding,
                "format": decoded.format,
                "n_bytes": decoded.n_bytes,
                "n_chars_raw": len(decoded.text),
                "n_chars_clean": len(doc.text),
                "conversion": doc.conversion or "",
                "n_speeches": len(doc.parts),
                "page_title": doc.page_title or "",
                "warnings": "; ".join(decoded.warnings),
            }
        )
    check_against_files(man, {f: d.parts for f, d in docs.items()}, path=manifest_path)
    ov = load_section_overrides(overrides)

    tok = tokenizer if tokenizer is not None else Tokenizer(remove_stopwords=False, cache_dir=cache_dir)
    speech_rows, para_rows, section_rows = [], [], []
    for _, m in man.iterrows():
        doc = docs[m["source_file"]]
        part = doc.parts[m["part"] - 1]
        secondary = split_labels(m["secondary_campaigns"])
        paras = detect_sections(split_paragraphs(part.text))
        label, scores = classify_campaign(part.text)
        # sections
        by_section: dict[int, list] = {}
        for p in paras:
            by_section.setdefault(p.section_id, []).append(p)
        sec_campaign = {}
        for sid, ps in by_section.items():
            stext = "\n".join(p.text for p in ps)
            s_label, s_scores = classify_campaign(stext)
            camp, src = section_campaign(m["campaign"], secondary, s_label)
            o = ov[(ov["speech_id"] == m["speech_id"]) & (ov["section_id"] == sid)]
            if len(o):
                camp, src = o.iloc[0]["campaign"], "override"
            elif src == "classifier" and camp not in {m["campaign"], "other", *secondary}:
                warnings.warn(
                    f"{m['source_file']}: speech {m['speech_id']} section {sid} reads as {camp!r}, "
                    f"which the manifest does not list for this speech",
                    CorpusWarning,
                    stacklevel=2,
                )
            sec_campaign[sid] = camp
            section_rows.append(
                {
                    "speech_id": m["speech_id"],
                    "section_id": sid,
                    "section_title": ps[0].section_title,
                    "campaign": camp,
                    "campaign_source": src,
                    "classifier_campaign": s_label,
                    **{f"score_{c}": s_scores.get(c, 0.0) for c in ("rural", "civilised_city", "environment")},
                    "include": bool(m["include"]),
                    "n_paragraphs": len(ps),
                    "n_chars": len(stext),
                    "text": stext,
                }
            )
        for p in paras:
            para_rows.append(
                {
                    "speech_id": m["speech_id"],
                    "section_id": p.section_id,
                    "section_title": p.section_title,
                    "paragraph_id": f"{m['speech_id']}:{p.paragraph_no:03d}",
                    "campaign": sec_campaign[p.section_id],
                    "text": p.text,
                    "paragraph_no": p.paragraph_no,
                    "subsection_title": p.subsection_title,
                    "heading_level": p.heading_level,
                    "run_in": p.run_in,
                    "include": bool(m["include"]),
                    "n_chars": len(p.text),
                }
            )
        speech_rows.append(
            {
                "speech_id": m["speech_id"],
                "source_file": m["source_file"],
                "title": m["title"],
                "campaign": m["campaign"],
                "secondary_campaigns": m["secondary_campaigns"],
                "level": m["level"],
                "year": m["year"],
                "include": bool(m["include"]),
                "n_chars": len(part.text),
                "text": part.text,
                "part": int(m["part"]),
                "region": m["region"],
                "source_site": m["source_site"],
                "note": m["note"],
                "n_paragraphs": len(paras),
                "n_sections": len(by_section),
                "classifier_campaign": label,
                **{f"score_{c}": scores.get(c, 0.0) for c in ("rural", "civilised_city", "environment")},
            }
        )

    paragraphs = pd.DataFrame(para_rows)
    # words per paragraph (this also fills the token cache for later analyses)
    token_lists = tok.cut_many(paragraphs["text"].tolist())
    paragraphs["n_words"] = [len(t) for t in token_lists]
    dups = near_duplicates(paragraphs["text"].tolist(), paragraphs["speech_id"].tolist())
    paragraphs["dup_of"] = [paragraphs["paragraph_id"].iat[j] if j is not None else "" for j, _ in dups]
    paragraphs["dup_similarity"] = [s for _, s in dups]
    paragraphs = paragraphs[PARAGRAPH_COLUMNS]

    speeches = pd.DataFrame(speech_rows)
    g = paragraphs.groupby("speech_id", sort=False)
    speeches["n_words"] = speeches["speech_id"].map(g["n_words"].sum()).astype(int)
    dup_chars = paragraphs[paragraphs["dup_of"] != ""].groupby("speech_id")["n_chars"].sum()
    speeches["dup_share"] = (speeches["speech_id"].map(dup_chars).fillna(0) / speeches["n_chars"]).round(4)
    speeches["year"] = speeches["year"].astype("Int64")
    speeches = speeches[SPEECH_COLUMNS]

    sections = pd.DataFrame(section_rows)[SECTION_COLUMNS]
    audit = pd.concat(audit_frames, ignore_index=True) if audit_frames else pd.DataFrame()
    sources = pd.DataFrame(source_rows)

    corpus = Corpus(speeches, paragraphs, sections, audit, sources, path=out_dir)
    if write:
        write_corpus(corpus, out_dir, fingerprint=build_fingerprint(raw_dir, manifest_path, overrides))
    return corpus


def write_corpus(corpus: Corpus, out_dir: Path | str, *, fingerprint: str = "") -> None:
    """Write every table of ``corpus`` to ``out_dir`` atomically (one file at a time).

    Parameters
    ----------
    corpus : Corpus
        The tables to write.
    out_dir : path-like
        Target folder (created if needed): one ``<table>.parquet`` per table
        plus ``summary.json``.
    fingerprint : str
        Stored in ``summary.json`` (see :func:`build_fingerprint`).

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
    from corpusmine.storage import atomic_write_text, write_parquet

    out_dir = Path(out_dir)
    for name in TABLES:
        write_parquet(getattr(corpus, name), out_dir / f"{name}.parquet")
    summary = {
        "fingerprint": fingerprint,
        "speeches": int(len(corpus.speeches)),
        "included": int(corpus.speeches["include"].sum()),
        "paragraphs": int(len(corpus.paragraphs)),
        "audit_rows": int(len(corpus.audit)),
        "campaigns": {k: int(v) for k, v in corpus.speeches.groupby("campaign").size().items()},
    }
    atomic_write_text(out_dir / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


def load_corpus(processed_dir: Path | str | None = None) -> Corpus:
    """Load the built corpus.

    Parameters
    ----------
    processed_dir : path, optional
        Where ``corpusmine build`` wrote its tables; default ``data/processed``.
        When the default folder has not been built yet, or was built from
        sources that have changed since (raw files, manifest, lexicons or the
        cleaning code: see :func:`build_fingerprint`), it is (re)built now.

    Returns
    -------
    Corpus

    Examples
    --------
    >>> import tempfile
    >>> try:
    ...     load_corpus(tempfile.mkdtemp())          # an empty folder is named in the error
    ... except CorpusInputError as exc:
    ...     print(exc.problem.split(";")[0])
    missing speeches.parquet, paragraphs.parquet, sections.parquet, audit.parquet, sources.parquet
    >>> corpus = load_corpus()                                              # doctest: +SKIP
    >>> corpus.paragraphs.query("campaign == 'rural'").text.str.contains("乡村振兴").any()  # doctest: +SKIP
    True
    """
    default = processed_dir is None
    d = Path(processed_dir or config.PROCESSED_DIR)
    missing = [n for n in TABLES if not (d / f"{n}.parquet").is_file()]
    if missing:
        if default:
            log.warning("data/processed is not built yet: building it now")
            return build_corpus()
        raise CorpusInputError(
            d, f"missing {', '.join(m + '.parquet' for m in missing)}; run `corpusmine build --out {d}` first"
        )
    if default:
        summary_path = d / "summary.json"
        stored = json.loads(summary_path.read_text(encoding="utf-8")).get("fingerprint") if summary_path.is_file() else None
        if stored != build_fingerprint():
            log.warning("data/processed was built from older sources: rebuilding it")
            return build_corpus()
    tables = {n: pd.read_parquet(d / f"{n}.parquet") for n in TABLES}
    return Corpus(**tables, path=d)
