"""What a person should review in a draft manifest: low-confidence, conflicting and duplicate speeches, with KWIC.

Used by notebook ``07_review``: :func:`open_review` reads a processed corpus and its draft manifest
(``corpusmine ingest`` writes both; for a corpus built from a curated manifest the draft columns are
derived from the speeches), :func:`review_cases` lists one row per case and :func:`review_kwic` shows
the campaign cues of each case in context.

Examples
--------
>>> draft = pd.DataFrame({"speech_id": ["a-1"], "title": ["在全县创建文明城市推进会上的讲话"], "campaign": ["rural"],
...                       "confidence": [0.55], "mixed": [False], "title_campaign": ["civilised_city"],
...                       "dup_of": [""], "dup_cluster": [""], "truncated": [False], "evidence": ["cues: 乡村振兴×3"]})
>>> review_cases(draft)["case"].tolist()
['low confidence', 'title conflict']
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import config
from corpusmine.corpus.ingest import DRAFT_MANIFEST, ingest
from corpusmine.corpus.model import Corpus, read_tables
from corpusmine.corpus.pages import title_campaign
from corpusmine.stats.concordance import kwic
from corpusmine.text.classify import classify_text

__all__ = ["CASE_ORDER", "draft_from_corpus", "missing_counts", "open_review", "review_cases", "review_kwic",
           "site_line_table"]

#: The kinds of case, in the order the notebook shows them.
CASE_ORDER = ["low confidence", "mixed", "title conflict", "duplicate", "truncated"]
_CUE = re.compile(r"([^\s,:;×]+)×\d+")


def draft_from_corpus(corpus: Corpus) -> pd.DataFrame:
    """Draft-manifest review columns for a corpus that has none (built from a curated manifest).

    Examples
    --------
    >>> sp = pd.DataFrame({"speech_id": ["civ"], "title": ["创文推进会讲话"], "campaign": ["civilised_city"],
    ...                    "include": [True], "text": ["创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改。"]})
    >>> draft_from_corpus(Corpus(sp, sp, sp, sp, sp))[["speech_id", "predicted", "title_campaign"]].values.tolist()
    [['civ', 'civilised_city', 'civilised_city']]
    """
    rows = []
    for r in corpus.speeches.itertuples():
        res = classify_text(r.text)
        rows.append({"speech_id": r.speech_id, "title": r.title, "campaign": r.campaign, "predicted": res.label,
                     "confidence": round(float(res.confidence), 4), "mixed": bool(res.mixed),
                     "title_campaign": title_campaign(r.title), "include": bool(r.include),
                     "dup_of": getattr(r, "dup_of", "") or "", "dup_cluster": getattr(r, "dup_cluster", "") or "",
                     "truncated": bool(getattr(r, "truncated", False) or False), "evidence": ""})
    return pd.DataFrame(rows)


def open_review(processed_dir: str | Path | None, draft: str | Path | None = None) -> tuple[Corpus, pd.DataFrame]:
    """The processed corpus and its draft manifest (``draft_manifest.csv`` beside the tables, or derived).

    ``processed_dir=None`` ingests the seed pages (``data/raw``) into a temporary folder: the seed
    corpus goes through the same path as a downloaded folder.

    Examples
    --------
    >>> import tempfile
    >>> d, out = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("同志们:\\n要全面推进乡村振兴,抓好撂荒地整治。", encoding="utf-8")
    >>> _ = ingest(d, out)
    >>> corpus, draft = open_review(out)
    >>> draft["campaign"].tolist()
    ['rural']
    """
    if processed_dir is None:
        processed_dir = Path(tempfile.mkdtemp(prefix="corpusmine-review-"))
        ingest(config.RAW_DIR, processed_dir)
    corpus = read_tables(processed_dir)
    path = Path(draft) if draft is not None else Path(processed_dir) / DRAFT_MANIFEST
    if path.is_file():
        table = pd.read_csv(path, dtype={"speech_id": str, "dup_of": str, "dup_cluster": str}, keep_default_na=False)
        table["predicted"] = table["campaign"]
        return corpus, table
    return corpus, draft_from_corpus(corpus)


def missing_counts(draft: pd.DataFrame) -> pd.Series:
    """What a truncated speech's page says is missing: ``missing chars: N; missing pages: M`` ('' when unstated).

    Parameters
    ----------
    draft : pandas.DataFrame
        Draft manifest rows; ``chars_missing`` and ``pages_missing`` are read when present.

    Returns
    -------
    pandas.Series of str

    Examples
    --------
    >>> d = pd.DataFrame({"title": ["在全县创文推进会上的讲话", "乡村振兴讲话", "环境整治讲话"],
    ...                   "chars_missing": [4286, None, None], "pages_missing": [None, 3, None]})
    >>> missing_counts(d).tolist()
    ['missing chars: 4286', 'missing pages: 3', '']
    """
    out = pd.Series("", index=draft.index, dtype=object)
    for col, what in (("chars_missing", "chars"), ("pages_missing", "pages")):
        if col not in draft:
            continue
        n = pd.to_numeric(draft[col], errors="coerce")
        text = ("missing " + what + ": " + n.astype("Int64").astype(str)).where(n.notna(), "")
        out = (out + np.where((out != "") & (text != ""), "; ", "") + text).astype(object)
    return out


def review_cases(draft: pd.DataFrame, *, below: float = 0.7) -> pd.DataFrame:
    """One row per case to review: ``case, speech_id, title, campaign, confidence, detail``.

    Cases: confidence under ``below``; a mixed speech; a title naming another campaign than the
    label; a copy of another speech (``dup_of``); a truncated speech.

    Examples
    --------
    >>> draft = pd.DataFrame({"speech_id": ["b-1"], "title": ["乡村振兴讲话"], "campaign": ["rural"],
    ...                       "confidence": [0.93], "mixed": [False], "title_campaign": ["rural"],
    ...                       "dup_of": ["a-1"], "dup_cluster": ["a-1"], "truncated": [True], "evidence": [""]})
    >>> review_cases(draft)[["case", "detail"]].values.tolist()
    [['duplicate', 'copy of a-1 (cluster a-1)'], ['truncated', '']]
    """
    label = draft["predicted"] if "predicted" in draft else draft["campaign"]
    tests = {
        "low confidence": (draft["confidence"].astype(float) < below,
                           "confidence " + draft["confidence"].astype(float).round(2).astype(str)),
        "mixed": (draft["mixed"].astype(str).str.lower() == "true", "more than one campaign"),
        "title conflict": ((draft["title_campaign"].fillna("") != "") & (draft["title_campaign"] != label),
                           "title says " + draft["title_campaign"].fillna("") + ", text reads " + label),
        "duplicate": (draft["dup_of"].fillna("") != "",
                      "copy of " + draft["dup_of"].fillna("") + " (cluster " + draft["dup_cluster"].fillna("") + ")"),
        "truncated": (draft["truncated"].astype(str).str.lower() == "true", missing_counts(draft)),
    }
    parts = []
    for case in CASE_ORDER:
        mask, detail = tests[case]
        d = draft.loc[mask, ["speech_id", "title"]].copy()
        d.insert(0, "case", case)
        d["campaign"] = label[mask]
        d["confidence"] = draft.loc[mask, "confidence"].astype(float)
        d["detail"] = detail[mask] if isinstance(detail, pd.Series) else detail
        d["evidence"] = draft.loc[mask, "evidence"].fillna("")
        parts.append(d)
    return pd.concat(parts, ignore_index=True)


def review_kwic(corpus: Corpus, cases: pd.DataFrame, *, terms: int = 2, window: int = 15,
                max_lines: int = 2) -> pd.DataFrame:
    """Keyword-in-context lines of each case's strongest campaign cues, in its own speech.

    Cues come from the draft's ``evidence`` (``cues: 乡村振兴×14, …``) or, when it names none,
    the title's campaign words.

    Examples
    --------
    >>> sp = pd.DataFrame({"speech_id": ["a-1"], "include": [True], "campaign": ["rural"]})
    >>> para = pd.DataFrame({"speech_id": ["a-1"], "paragraph_id": ["a-1:001"], "campaign": ["rural"],
    ...                      "text": ["要全面推进乡村振兴,抓好撂荒地整治。"], "include": [True], "dup_of": [""]})
    >>> cases = pd.DataFrame({"case": ["low confidence"], "speech_id": ["a-1"], "evidence": ["cues: 撂荒×1"]})
    >>> review_kwic(Corpus(sp, para, sp, sp, sp), cases)[["speech_id", "keyword", "right"]].values.tolist()
    [['a-1', '撂荒', '地整治。']]
    """
    paras = corpus.paragraphs
    rows = []
    for case, sid, ev in cases[["case", "speech_id", "evidence"]].itertuples(index=False):
        cues = _CUE.findall(str(ev))[:terms] or ["乡村振兴", "文明城市", "环境整治"][:terms]
        texts = paras.loc[paras["speech_id"] == sid, ["paragraph_id", "text"]]
        if texts.empty:
            continue
        docs = pd.DataFrame({"doc_id": texts["paragraph_id"], "speech_id": sid, "text": texts["text"]})
        for term in cues:
            k = kwic(docs, term, window=window, max_lines=max_lines)
            if len(k):
                k.insert(0, "case", case)
                rows.append(k[["case", "speech_id", "left", "keyword", "right"]])
    cols = ["case", "speech_id", "left", "keyword", "right"]
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=cols)


def site_line_table(corpus: Corpus) -> pd.DataFrame:
    """The lines ingest removed as the folder's site boilerplate, for a reviewer to check that none is speech.

    Returns
    -------
    DataFrame
        ``line`` (as removed), ``pages`` (source files it was removed from), ``first_file``;
        most pages first.  Empty when nothing was learned (``site_lines.txt`` is empty).

    Examples
    --------
    >>> import tempfile
    >>> d, out = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> for i, t in enumerate(["乡村振兴", "安全生产", "防汛抗旱"]):
    ...     _ = (d / f"{i}.txt").write_text(f"同志们:\\n要抓好{t}工作,确保按期完成。\\n心系群众。服务发展。", encoding="utf-8")
    >>> _ = ingest(d, out)
    >>> site_line_table(read_tables(out)).values.tolist()
    [['心系群众。服务发展。', 3, '0.txt']]
    """
    audit = corpus.audit
    rows = audit.loc[audit["rule"] == "site_boilerplate", ["source_file", "removed"]] if len(audit) else audit
    if rows is None or not len(rows):
        return pd.DataFrame({"line": pd.Series(dtype=str), "pages": pd.Series(dtype=int),
                             "first_file": pd.Series(dtype=str)})
    rows = rows.assign(line=rows["removed"].str.strip())
    table = rows.groupby("line", sort=False).agg(pages=("source_file", "nunique"), first_file=("source_file", "min"))
    return table.reset_index().sort_values(["pages", "line"], ascending=[False, True], kind="stable").reset_index(drop=True)

