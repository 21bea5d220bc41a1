"""One batch of downloaded pages → corpus tables, draft-manifest rows and MinHash signatures.

:func:`process_batch` is the unit of work of :func:`corpusmine.corpus.ingest.ingest`: a pure
function of a list of files and :class:`IngestOptions`, so that it runs the same in this
process, in worker processes or on a Dask cluster.  Each page is read (any encoding,
:func:`corpusmine.corpus.readers.iter_files`), cleaned (:func:`corpusmine.corpus.cleaning.clean_all`),
split into speeches (:func:`page_speeches`), labelled (:func:`corpusmine.text.classify.classify_text`),
its metadata read (:func:`speech_metadata`) and handed to the one assembler
(:func:`corpusmine.corpus.assemble.assemble`).

Two adapters connect stages that are being extended: :func:`page_speeches` uses
``corpusmine.text.speeches.speeches_of`` (multi-speech pages, truncation) when that module
exists and the cleaner's parts otherwise; :func:`speech_metadata` uses
``corpusmine.text.metadata.read_metadata`` when it exists and a small reading of
全省/全市/全县/全区 and the title's year otherwise.

Examples
--------
>>> page_speeches(clean_document("在全县乡村振兴推进会上的讲话\\n同志们:\\n要全面推进乡村振兴。"))[0]["text"]
'同志们:\\n要全面推进乡村振兴。'
"""

from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpusmine.corpus.assemble import Speech, assemble
from corpusmine.corpus.cleaning import clean_all
from corpusmine.corpus.dedup import minhash_signatures
from corpusmine.corpus.readers import iter_files
from corpusmine.corpus.records import BadRecord
from corpusmine.errors import CorpusWarning
from corpusmine.schema import ADMIN_LEVELS, CAMPAIGNS, OTHER
from corpusmine.text.classify import classify_text, explain_campaign
from corpusmine.text.clean import AUDIT_COLUMNS, CleanedDocument, clean_document
from corpusmine.text.markup import extract_html
from corpusmine.text.metadata import read_metadata
from corpusmine.text.site_boilerplate import SiteLineLearner
from corpusmine.text.speeches import speeches_of


__all__ = ["PAGE_COLUMNS", "SPEECH_SIG", "PARA_SIG", "IngestOptions", "folder_site_lines", "page_speeches", "process_batch",
           "front_matter_lines", "section_campaigns", "speech_id_base", "speech_metadata", "title_campaign"]

#: MinHash settings of speeches and paragraphs (signature length, k-gram length).
SPEECH_SIG = {"num_perm": 126, "k": 5}
PARA_SIG = {"num_perm": 32, "k": 5}
#: Columns of the ingest ``sources`` table: one row per file of the folder.
PAGE_COLUMNS = ["source_file", "record", "status", "reason", "sha256", "encoding", "format", "n_bytes",
                "n_chars_raw", "n_chars_clean", "conversion", "n_speeches", "page_title", "warnings"]

#: Campaign words of a title: a title that names one campaign while the body reads as another is a conflict.
TITLE_WORDS = {
    "rural": re.compile(r"乡村振兴|三农|农业农村|脱贫|扶贫|返贫|乡村建设|粮食生产|农村工作"),
    "civilised_city": re.compile(r"文明城市|创文|创城|文明城|创建全国文明|文明创建"),
    "environment": re.compile(r"人居环境|城乡环境|环境综合|环境整治|美丽城镇|美丽乡村|生态环境|环境保护|污染防治"),
}


@dataclass(frozen=True)
class IngestOptions:
    """What :func:`process_batch` needs besides the files (picklable: sent to workers).

    Parameters
    ----------
    max_page_bytes : int
        Pages larger than this are refused (read whole, a page needs about 30 times its size).
    classify : bool
        Label speeches with the campaign classifier.
    min_para_chars : int
        Paragraphs shorter than this are never near-duplicates.
    site_lines : frozenset of str
        The folder's site boilerplate, learned before the batches
        (:func:`corpusmine.text.site_boilerplate.learn_site_lines`).

    Examples
    --------
    >>> IngestOptions().max_page_bytes          # 一个页面最多 8 MB
    8000000
    """

    max_page_bytes: int = 8_000_000
    classify: bool = True
    min_para_chars: int = 20
    site_lines: frozenset = frozenset()


def page_speeches(doc: CleanedDocument) -> list[dict]:
    """The speeches of a cleaned page: ``part, title, text, truncated, chars_missing, pages_missing, notice, rule``.

    The cleaner's parts split further by ``text.speeches.speeches_of`` (collections, numbered items,
    appended speeches), with paywall truncation marked.

    Examples
    --------
    >>> doc = clean_document("致辞1\\n各位来宾:\\n欢迎大家来到美丽乡村。\\n\\n致辞2\\n同志们:\\n要抓好人居环境整治。")
    >>> [s["part"] for s in page_speeches(doc)][:1]
    [1]
    """
    return [{"part": s.part, "title": s.title, "text": s.text, "truncated": bool(s.truncated),
             "chars_missing": s.chars_missing, "pages_missing": s.pages_missing, "notice": s.truncation_notice,
             "rule": s.rule}
            for s in speeches_of(doc) if s.text.strip()]


_LEAD_IN = re.compile(r"\s*(?:以下|下面)(?:为|為|是)")
#: a report's lead that opens on the day (7月8日,某省副省长某某在长沙发表…讲话。以下是…全文。; round 227k)
_DATED_LEAD = re.compile(r"\s*(?:\d{1,2}月\d{1,2}[日号]|(?:昨天|昨日|前天|日前|近日))")
_BRACKET_DATE = re.compile(r"\s*[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$")


def front_matter_lines(doc) -> str:
    """The lines the cleaner removed as front matter above a page's first speech (title, dateline, byline), with
    a dateline in brackets the stamp rule took off the title's end and a desk's short lead-in naming the speaker.

    Parameters
    ----------
    doc : CleanedDocument

    Returns
    -------
    str
        The removed lines in page order, one per line ("" when there were none).

    Examples
    --------
    >>> from corpusmine.text.clean import clean_document
    >>> doc = clean_document("在全县人居环境整治推进会上的讲话\\n（2023年3月15日）\\n同志们：\\n要抓好厕所革命。\\n谢谢大家。")
    >>> "2023年3月15日" in front_matter_lines(doc)
    True
    """
    # and a dateline in brackets the stamp rule took off the title's end (…讲话副县长某某(2006年3月22日); round 214k)
    # and a desk's short lead-in naming the speaker (以下为某某局长在…上的讲话全文; round 216k), or a report's dated lead
    rows = sorted((r for r in doc.audit_rows if _front_row(r)), key=lambda r: r["start"])
    return "\n".join(str(r["removed"]).strip() for r in rows)


def _front_row(row: dict) -> bool:
    """Whether an audit row removed front matter :func:`front_matter_lines` gives back (text layer, not blank)."""
    text, rule, head = str(row["removed"]).strip(), row.get("rule"), row["start"] < 600
    if row.get("layer") != "text" or not text:
        return False
    # a dateline in brackets in the page's head, whichever rule took it (a page-head rule too: round 286k)
    return bool(rule == "front_matter" or head and _BRACKET_DATE.match(text)
                or rule == "news_lead" and (len(text) <= 80 and _LEAD_IN.match(text)
                                            or len(text) <= 200 and head and _DATED_LEAD.match(text)))


def speech_metadata(text: str, title: str = "", *, head: str = "") -> dict:
    """Administrative level, year, region and speaker role of one speech, with evidence.

    Read by ``text.metadata.read_metadata``.  A level outside
    :data:`corpusmine.schema.ADMIN_LEVELS` is ``unknown`` with the reading kept in the evidence
    (a township, 全镇/全乡, is a level of its own since session aq).  ``head`` is the lines the cleaner removed above the speech as front
    matter (see :func:`front_matter_lines`): the dateline "（2023年3月15日）" and the byline
    "县委书记 张三" under a title are metadata, not speech text, so they are read here although
    they are not part of ``text``.

    Returns
    -------
    dict
        ``admin_level, year, region, speaker_role, evidence`` (evidence: short text).

    Examples
    --------
    >>> m = speech_metadata("同志们:\\n全县上下要齐心协力,我县要抓好撂荒地整治。", "2023年全县乡村振兴推进会讲话")
    >>> m["admin_level"], m["year"]
    ('county', 2023)
    >>> speech_metadata("同志们:\\n要抓好人居环境整治。", "在全县推进会上的讲话", head="（2022年3月5日）")["year"]
    2022
    """
    m = read_metadata(f"{head}\n{text}" if head.strip() else text, title)
    level = m.get("admin_level") or "unknown"
    ev = []
    for key in ("admin_level", "year", "region", "speaker_role"):
        spans = m.get(f"{key}_evidence") or []
        if m.get(key) is not None and spans:
            ev.append(f"{key}={m[key]}: " + " | ".join(str(s.get("text", ""))[:30] for s in spans[:3]))
    return {"admin_level": level if level in ADMIN_LEVELS else "unknown", "year": m.get("year"),
            "region": m.get("region") or "", "speaker_role": m.get("speaker_role") or "",
            "evidence": "; ".join(ev)}


def title_campaign(title: str) -> str:
    """The campaign a title names by its own words ('' when none or several).

    Examples
    --------
    >>> title_campaign("在全市创建全国文明城市推进会上的讲话"), title_campaign("在全县经济工作会议上的讲话")
    ('civilised_city', '')
    """
    found = [c for c, p in TITLE_WORDS.items() if p.search(title or "")]
    return found[0] if len(found) == 1 else ""


def speech_id_base(path: Path, n: int) -> str:
    """The ASCII stem of a page's speech ids: its file name when that is ASCII, else ``page<n>``.

    Examples
    --------
    >>> speech_id_base(Path("000_2646c065.txt"), 1), speech_id_base(Path("创文讲话.html"), 7)
    ('000_2646c065', 'page00007')
    """
    stem = path.stem if path.suffix.lower() == ".txt" else f"{path.stem}_{path.suffix.lstrip('.').lower()}"
    return stem if re.fullmatch(r"[A-Za-z0-9_.-]{1,60}", stem) else f"page{n:05d}"


#: a campaign whose sections hold at least this share of a speech's characters is one of the speech's campaigns
SECTION_SHARE = 0.25


def section_campaigns(draft: list[dict], sections: pd.DataFrame | None) -> None:
    """Add to each draft row the campaigns its sections read, when they hold ``SECTION_SHARE`` of its characters.

    A speech read whole as one campaign may give a quarter or more of its length to another (a 乡村振兴 mobilisation
    with a section on 城乡环境综合提质): that campaign joins ``secondary_campaigns``, the row is ``mixed`` and goes to
    review, so the section-level reading reaches the manifest a person edits.

    Examples
    --------
    >>> row = {"speech_id": "乡村振兴动员-1", "campaign": "environment", "secondary_campaigns": "", "mixed": False,
    ...        "needs_review": False, "review": ""}
    >>> sec = pd.DataFrame({"speech_id": ["乡村振兴动员-1"] * 3, "classifier_campaign": ["rural", "environment", "rural"],
    ...                     "section_title": ["一、创建乡村振兴先进县", "二、城乡环境综合提质", "三、防止返贫监测帮扶"],
    ...                     "n_chars": [1800, 1500, 900]})
    >>> section_campaigns([row], sec)
    >>> row["secondary_campaigns"], row["mixed"], row["review"]
    ('rural', True, 'mixed')
    """
    chars: dict[str, dict[str, int]] = {}
    if sections is None or "classifier_campaign" not in sections:
        return                                      # (ingest without the classifier: no section reads a campaign)
    for sid, camp, n in zip(sections["speech_id"], sections["classifier_campaign"], sections["n_chars"]):
        if not isinstance(camp, str) or not camp:
            continue
        per = chars.setdefault(sid, {})
        per[camp] = per.get(camp, 0) + int(n)
    for row in draft:
        per = chars.get(row["speech_id"])
        if not per:
            continue
        total = sum(per.values()) or 1
        have = [c for c in row["secondary_campaigns"].split(";") if c]
        more = [c for c, n in sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))
                if c not in (row["campaign"], OTHER, *have) and n / total >= SECTION_SHARE]
        if more:
            row["secondary_campaigns"] = ";".join(have + more)
            row["mixed"] = row["needs_review"] = True
            if "mixed" not in row["review"]:
                row["review"] = "; ".join(x for x in (row["review"], "mixed") if x)


def _cues(text: str, label: str) -> str:
    """The strongest lexicon cues of a label, as evidence."""
    if label == OTHER:
        return ""
    ex = explain_campaign(text)
    ex = ex[ex["campaign"] == label].sort_values("contribution", ascending=False).head(5)
    return ", ".join(f"{t}×{c}" for t, c in zip(ex["term"], ex["count"]))


def _page_row(path: Path, n: int, status: str, reason: str, **kw) -> dict:
    row = {c: None for c in PAGE_COLUMNS}
    row.update({"source_file": path.name, "record": n, "status": status, "reason": reason})
    row.update(kw)
    return row


def folder_site_lines(paths: list[Path], *, max_page_bytes: int = 8_000_000, min_pages: int = 3) -> frozenset[str]:
    """Learn a folder's site boilerplate: lines on ``min_pages`` or more pages with different bodies.

    One streaming pass over the pages before the batches (memory: a window of pages, see
    :class:`corpusmine.text.site_boilerplate.SiteLineLearner`); pages that cannot be read or are
    too large are left to :func:`process_batch`, which reports them.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> for i, t in enumerate(["乡村振兴", "安全生产", "防汛抗旱"]):
    ...     _ = (d / f"{i}.txt").write_text(f"某某县政务网 欢迎您\\n同志们:\\n要抓好{t}工作。", encoding="utf-8")
    >>> sorted(folder_site_lines(sorted(d.iterdir())))
    ['某某县政务网欢迎您']
    """
    learner = SiteLineLearner(min_pages=min_pages)
    readable = []
    for p in paths:
        try:
            if p.stat().st_size <= max_page_bytes:
                readable.append(p)
        except OSError:
            continue
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)      # process_batch reports them
        for rec in iter_files(readable, None):
            if not isinstance(rec, BadRecord):
                learner.add(extract_html(rec.text)[0] if rec.is_html else rec.text)
    return frozenset(learner.lines_)


def process_batch(files: list[tuple[int, str]], options: IngestOptions) -> dict[str, Any]:
    """Read, clean, split, label and assemble one batch of pages.

    Parameters
    ----------
    files : list of (int, str)
        Record number (position in the folder) and path of each page.
    options : IngestOptions

    Returns
    -------
    dict
        ``speeches, paragraphs, sections, audit, sources`` (DataFrames, paragraphs and speeches
        not yet de-duplicated across pages), ``draft`` (draft-manifest rows), ``speech_sig,
        speech_size, para_sig, para_size, para_speech`` (MinHash signatures for the global
        clustering; ``para_speech`` is the row of each paragraph's speech in ``speeches``),
        ``bad`` (list of ``(file, problem)``).

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("在全县创建文明城市推进会上的讲话\\n同志们:\\n创文工作已经到了攻坚之年,"
    ...                              "要对照文明城市测评体系逐项整改,全县上下要背水一战。", encoding="utf-8")
    >>> out = process_batch([(1, str(d / "a.txt"))], IngestOptions())
    >>> out["draft"][0]["campaign"], out["draft"][0]["admin_level"], out["speech_sig"].shape
    ('civilised_city', 'county', (1, 126))
    """
    pages: list[tuple[int, Path]] = [(n, Path(p)) for n, p in files]
    source_rows: list[dict] = []
    bad: list[tuple[str, str]] = []
    readable: list[tuple[int, Path]] = []
    for n, p in pages:
        try:
            size = p.stat().st_size
        except OSError as exc:
            problem = f"cannot read the file: {exc.strerror or exc}"
            bad.append((p.name, problem))
            source_rows.append(_page_row(p, n, "skipped", problem))
            continue
        if size > options.max_page_bytes:
            problem = (f"{size / 1e6:.1f} MB, over the limit of {options.max_page_bytes / 1e6:.1f} MB for one page "
                       "(a page is read whole; split the file or raise max_page_bytes / --max-page-mb)")
            bad.append((p.name, problem))
            source_rows.append(_page_row(p, n, "skipped", problem, n_bytes=size))
            continue
        readable.append((n, p))
    recs = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)     # kept in sources["warnings"]
        for (n, p), rec in zip(readable, iter_files([p for _, p in readable], None, [n for n, _ in readable])):
            if isinstance(rec, BadRecord):
                bad.append((p.name, rec.problem))
                source_rows.append(_page_row(p, n, "skipped", rec.problem))
            else:
                recs.append((n, p, rec))
    docs = clean_all([(r.text, r.label, bool(r.is_html)) for _, _, r in recs], None, site_lines=options.site_lines)
    speeches: list[Speech] = []
    draft: list[dict] = []
    audit_rows: list[dict] = []
    for (n, p, rec), doc in zip(recs, docs):
        parts = page_speeches(doc)
        base = speech_id_base(p, n)
        source_rows.append(_page_row(
            p, n, "ok" if parts else "skipped", "" if parts else "no speech text left after cleaning",
            sha256=hashlib.sha256(rec.text.encode("utf-8", "surrogatepass")).hexdigest(), encoding=rec.encoding,
            format="html" if rec.is_html else "text", n_bytes=rec.n_bytes, n_chars_raw=len(rec.text),
            n_chars_clean=len(doc.text), conversion=doc.conversion or "", n_speeches=len(parts),
            page_title=doc.page_title or "", warnings="; ".join(rec.warnings)))
        if not parts:
            bad.append((p.name, "no speech text left after cleaning"))
            continue
        audit_rows.extend(doc.audit_rows)
        for part in parts:
            text = part["text"]
            title = part["title"] or (doc.page_title or "" if part["part"] == 1 else "")
            res = classify_text(text) if options.classify else None
            label = res.label if res else OTHER
            probs = res.probabilities if res else {}
            runner = sorted(((v, c) for c, v in probs.items() if c not in (label, OTHER)), reverse=True)
            secondary = (runner[0][1],) if res and res.mixed and runner else ()
            meta = speech_metadata(text, title, head=front_matter_lines(doc) if part["part"] == 1 else "")
            t_camp = title_campaign(title)
            sid = f"{base}-{part['part']}"
            review = []
            if res and res.needs_review:
                review.append("mixed" if res.mixed else "low confidence")
            if t_camp and t_camp != label:
                review.append(f"title says {t_camp}")
            if part["truncated"]:
                review.append("truncated")
            draft.append({
                "speech_id": sid, "source_file": p.name, "part": int(part["part"]), "title": title,
                "campaign": label, "secondary_campaigns": ";".join(secondary), "admin_level": meta["admin_level"],
                "year": meta["year"], "region": meta["region"], "source_site": "",
                "include": label != OTHER, "note": "",
                "confidence": round(float(res.confidence), 4) if res else 0.0,
                "needs_review": bool(review), "review": "; ".join(review), "title_campaign": t_camp,
                "mixed": bool(res.mixed) if res else False, "truncated": bool(part["truncated"]),
                "chars_missing": part["chars_missing"], "pages_missing": part["pages_missing"],
                "speaker_role": meta["speaker_role"],
                "n_chars": len(text), "split_rule": part["rule"],
                "evidence": "; ".join(x for x in (f"cues: {_cues(text, label)}" if label != OTHER else "",
                                                   meta["evidence"], part["notice"]) if x)[:400],
            })
            speeches.append(Speech(sid, p.name, text, campaign=label, secondary=secondary, include=label != OTHER,
                                   columns={"title": title, "secondary_campaigns": ";".join(secondary),
                                            "admin_level": meta["admin_level"], "year": meta["year"],
                                            "region": meta["region"], "part": int(part["part"])},
                                   where=p.name))
    out: dict[str, Any] = {"draft": draft, "bad": bad,
                           "sources": pd.DataFrame(sorted(source_rows, key=lambda r: r["record"]), columns=PAGE_COLUMNS),
                           "audit": pd.DataFrame(audit_rows, columns=AUDIT_COLUMNS)}
    if speeches:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CorpusWarning)   # sections of another campaign: a review case
            sp, para, sec = assemble(speeches, tokenizer=None, cache_dir=None, classify=options.classify,
                                     dedup=False)
        section_campaigns(draft, sec)
    else:
        sp = para = sec = None
    out.update(speeches=sp, paragraphs=para, sections=sec)
    out["speech_sig"], out["speech_size"] = minhash_signatures([s.text for s in speeches], **SPEECH_SIG)
    ptexts = para["text"].tolist() if para is not None else []
    out["para_sig"], out["para_size"] = minhash_signatures(ptexts, min_chars=options.min_para_chars, **PARA_SIG)
    if para is not None:
        row_of = {s: i for i, s in enumerate(sp["speech_id"])}
        out["para_speech"] = np.array([row_of[s] for s in para["speech_id"]], dtype=np.int64)
    else:
        out["para_speech"] = np.zeros(0, np.int64)
    return out
