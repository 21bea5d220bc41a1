"""The term explorer: one self-contained page per comparison of two groups (or a group against the rest).

See :mod:`corpusmine.viz.explore` for what the page shows and the references.

Examples
--------
>>> from corpusmine.viz import terms_page
>>> terms_page.explorer_filename("civilised_city")          # 创文 vs 其余
'03_terms_civilised_city_vs_rest.html'
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import __version__
from corpusmine.features import CAMPAIGNS, build_dtm, documents, group_counts
from corpusmine.stats.keyness import keyness
from corpusmine.tokens.tokenizer import Tokenizer
from corpusmine.viz.pages import (NEUTRAL_COLOUR, REST, check_cap, display_colour, display_label, html_dir,
                                  json_script, nav, page, script, sig, template, utf16_offset, write_page)
from corpusmine.viz.save import slug

__all__ = ["REST", "TERMS_PREFIX", "comparisons", "doc_level", "explorer_filename", "select_passages", "term_explorer",
           "term_explorer_data", "write_term_explorers"]

#: File-name prefix of the term explorers.
TERMS_PREFIX = "03_terms"


def comparisons(groups: Sequence[str] = CAMPAIGNS) -> list[tuple[str, str]]:
    """The comparisons that get a term explorer: each group against the rest, then every pair once.

    Parameters
    ----------
    groups : sequence of str
        Groups in display order (default the three campaigns).

    Returns
    -------
    list of (target, reference)
        ``(g, "rest")`` for every group, then ``(a, b)`` for every unordered
        pair with ``a`` before ``b`` in ``groups`` (a pairwise page shows both
        directions: terms over-used by ``b`` are the negative z of ``a``).

    Examples
    --------
    >>> comparisons(["rural", "civilised_city"])        # 乡村振兴 vs 其余, 乡村振兴 vs 创文
    [('rural', 'rest'), ('civilised_city', 'rest'), ('rural', 'civilised_city')]
    """
    groups = [str(g) for g in groups]
    if len(set(groups)) != len(groups):
        raise ValueError(f"groups must be distinct, got {groups}")
    out = [(g, REST) for g in groups]
    out += [(a, b) for i, a in enumerate(groups) for b in groups[i + 1:]]
    return out


def explorer_filename(target: str, reference: str = REST, *, prefix: str = TERMS_PREFIX) -> str:
    """File name of a term explorer page: ``<prefix>_<target>_vs_<reference>.html``.

    Group names come from the data, so each part goes through
    :func:`corpusmine.viz.save.slug`: the name never holds a folder, ``..``
    or a reserved device name, stays under 255 bytes, and a group name that
    is already a safe file name (``rural``, ``县级``) is kept as it is.

    Examples
    --------
    >>> explorer_filename("civilised_city")          # 创文 vs 其余
    '03_terms_civilised_city_vs_rest.html'
    >>> explorer_filename("rural", "environment")    # 乡村振兴 vs 环境整治
    '03_terms_rural_vs_environment.html'
    >>> explorer_filename("a/../../创文")
    '03_terms_a_.._.._创文-a28ddb07_vs_rest.html'
    """
    return f"{slug(prefix)}_{slug(target)}_vs_{slug(reference)}.html"


# --------------------------------------------------------------------------- passages


def select_passages(lines: pd.DataFrame, target_groups: Sequence[str], max_passages: int | None = None,
                    *, by: str = "speech_id") -> pd.DataFrame:
    """Pick KWIC lines so that both sides and many speeches are seen, not the first speech only.

    Lines are split into the target side (``group`` in ``target_groups``) and
    the reference side.  Within a side, speeches take turns (round robin, in
    the order in which they first appear; within a speech, lines keep their
    order); then the two sides take turns, target first.  The first
    ``max_passages`` lines of that sequence are kept.  A speech that says a
    word forty times therefore does not crowd out the other speeches.

    Parameters
    ----------
    lines : DataFrame
        From :func:`corpusmine.stats.phrases.kwic` (columns ``group`` and ``by``).
    target_groups : sequence of str
        Groups of the target side.
    max_passages : int, optional
        How many lines to keep (default all).
    by : str
        Column whose values take turns within a side (default ``speech_id``).

    Returns
    -------
    DataFrame
        The kept lines (original columns plus ``side``: ``"target"`` or
        ``"reference"``), target lines first, each side in its round-robin
        order; index reset.

    Examples
    --------
    >>> lines = pd.DataFrame({"speech_id": ["甲", "甲", "甲", "乙", "丙"],
    ...                       "group": ["rural", "rural", "rural", "rural", "environment"],
    ...                       "keyword": ["乡村振兴"] * 5, "offset": [0, 9, 20, 3, 7]})
    >>> select_passages(lines, ["rural"], 3)[["speech_id", "offset", "side"]].values.tolist()
    [['甲', 0, 'target'], ['乙', 3, 'target'], ['丙', 7, 'reference']]
    """
    check_cap("max_passages", max_passages)
    targets = {str(g) for g in target_groups}
    lines = lines.reset_index(drop=True)
    is_target = [str(g) in targets for g in lines["group"]]
    keep = _passage_order(is_target, lines[by].tolist(), max_passages)
    out = lines.iloc[keep].copy()
    out["side"] = ["target" if is_target[i] else "reference" for i in keep]
    return out.reset_index(drop=True)


def _passage_order(is_target: list[bool], keys: list, max_passages: int | None) -> list[int]:
    """Indices kept by :func:`select_passages`, in display order (plain lists: fast)."""
    orders = []
    for side in (True, False):
        queues: dict = {}
        for i, (t, k) in enumerate(zip(is_target, keys)):
            if t == side:
                queues.setdefault(k, []).append(i)
        orders.append(_interleave(list(queues.values())))
    merged = _interleave(orders)
    keep = merged if max_passages is None else merged[:max_passages]
    rank = {i: n for n, i in enumerate(merged)}
    return sorted(keep, key=lambda i: (not is_target[i], rank[i]))


def _interleave(lists: list[list[int]]) -> list[int]:
    """Round robin: the first item of every list, then the second of every list …"""
    out = []
    for d in range(max((len(q) for q in lists), default=0)):
        out += [q[d] for q in lists if d < len(q)]
    return out


# --------------------------------------------------------------------------- term explorer: data


def _pick_terms(key: pd.DataFrame, max_terms: int | None) -> pd.DataFrame:
    """The embedded terms: most over-used in the target, in the reference, and most frequent, in turns."""
    if max_terms is None or len(key) <= max_terms:
        return key
    pooled = key["count_target"] + key["count_reference"]
    by_target = key.index.tolist()                                          # key is ranked by z, ties by term
    by_reference = key.sort_values(["logodds_z", "term"], ascending=[True, True], kind="mergesort").index.tolist()
    by_count = (key.assign(_pooled=pooled)
                .sort_values(["_pooled", "term"], ascending=[False, True], kind="mergesort").index.tolist())
    chosen: dict = {}
    for trio in zip(by_target, by_reference, by_count):
        for i in trio:
            if len(chosen) < max_terms:
                chosen.setdefault(i, None)
        if len(chosen) >= max_terms:
            break
    return key.loc[sorted(chosen)]                                           # back in rank order


def term_explorer_data(
    corpus,
    target: str,
    reference: str = REST,
    *,
    level: str = "paragraph",
    dtm=None,
    tokenizer=None,
    groups: Sequence[str] | None = CAMPAIGNS,
    min_count: int = 5,
    prior: float | str = "pooled",
    max_terms: int | None = 500,
    max_passages: int | None = 20,
    window: int = 24,
    n_labels: int = 60,
) -> dict:
    """Everything a term explorer page shows, as a JSON-ready dict.

    Parameters
    ----------
    corpus : Corpus
        From :func:`corpusmine.load_corpus` (its ``speeches`` give the titles).
    target : str
        The group studied (a campaign).
    reference : str
        Another group (pairwise) or ``"rest"`` (every other group of the
        matrix pooled, default).
    level : {"paragraph", "section", "speech"}
        Documents of the matrix (ignored when ``dtm`` is given).  Passages
        come from these documents, so at paragraph level (default) a click
        shows whole paragraphs.
    dtm : DocumentTermMatrix, optional
        A matrix already built from ``features.documents(corpus, level)``
        (as notebook 03 has); default: built here with ``tokenizer``.
    tokenizer : Tokenizer, optional
        Default ``corpusmine.Tokenizer()`` (the default stop list).
    groups : tuple of str or None
        Groups kept when the matrix is built here (default the three campaigns).
    min_count, prior
        Passed to :func:`corpusmine.stats.keyness.keyness` (terms said fewer than
        ``min_count`` times on both sides together are not tested).
    max_terms : int or None
        Cap on the terms embedded (default 500; None: all tested terms).
        When there are more, the page keeps, in equal turns, the terms most
        over-used by the target, those most over-used by the reference and the
        most frequent ones (shared vocabulary as context).
    max_passages : int or None
        Cap on the passages embedded per term (default 20; see
        :func:`select_passages` for which are kept).
    window : int
        Characters of context shown on each side of a passage (the page can
        still show the whole document on a click).
    n_labels : int
        Most terms labelled in the scatter (default 60).  The terms most
        over-used by the target and by the reference take turns, then the
        most frequent terms; the page places each label greedily at the first
        of eight places around its dot where its measured box overlaps no
        other label, and leaves out a term whose label fits nowhere.

    Returns
    -------
    dict
        ``meta`` (groups, labels, colours, token and speech totals, caps,
        numbers of terms tested and embedded); ``columns`` and ``terms``
        (one row per embedded term, in keyness rank order: ``term, rank,
        count_t, count_r, freq_t, freq_r`` (per 10,000 tokens), ``docs_t,
        docs_r`` (distinct speeches of each side whose documents contain it;
        a speech split over two pooled reference groups counts once),
        ``log_ratio, logodds_z, g2, p_adj``);
        ``hits`` per term ``[matches_t, speeches_t, matches_r, speeches_r]``
        over all KWIC matches, before the cap; ``passages`` per term, a list
        of ``[document index, UTF-16 offset]``; ``docs`` ``[speech index,
        group, text]`` of the quoted documents; ``speeches`` ``[speech_id,
        title]``.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from corpusmine import Tokenizer
    >>> para = pd.DataFrame({"speech_id": ["c1", "e1", "e2"], "paragraph_id": ["c1:1", "e1:1", "e2:1"],
    ...                      "section_id": 0, "section_title": "", "campaign": ["civilised_city", "environment", "environment"],
    ...                      "text": ["创文要抓创文测评。", "整治环境,抓整治。", "环境整治见成效。"]})
    >>> sp = pd.DataFrame({"speech_id": ["c1", "e1", "e2"], "include": True, "title": ["创文会", "整治会", "整治会"]})
    >>> d = term_explorer_data(SimpleNamespace(speeches=sp, paragraphs=para), "civilised_city", min_count=1,
    ...                        tokenizer=Tokenizer(cache_dir=None))
    >>> d["terms"][0][:3], d["meta"]["tokens_target"]
    (['创文', 1, 2], 4)
    """
    check_cap("max_terms", max_terms)
    check_cap("max_passages", max_passages)
    if not (isinstance(window, (int, np.integer)) and window >= 0):
        raise ValueError(f"window must be a non-negative integer, got {window!r}")
    if dtm is None:
        docs = documents(corpus, level=level, groups=tuple(groups) if groups is not None else None)
        dtm = build_dtm(docs, tokenizer=tokenizer if tokenizer is not None else Tokenizer())
    docs = dtm.docs
    counts = group_counts(dtm)
    names = [str(g) for g in counts.columns]
    if target not in names:
        raise ValueError(f"unknown target group {target!r}; the groups are {names}")
    if reference != REST and reference not in names:
        raise ValueError(f"unknown reference group {reference!r}; the groups are {names} or {REST!r}")
    if reference == target:
        raise ValueError(f"target and reference are the same group ({target!r})")
    ref_groups = [g for g in names if g != target] if reference == REST else [reference]
    n_speeches = docs.groupby("group")["speech_id"].nunique()
    key = keyness(counts, target, reference=None if reference == REST else reference, min_count=min_count,
                  prior=prior)
    shown = _pick_terms(key, max_terms)

    # passages: the KWIC matches (literal, non-overlapping, as corpusmine.stats.phrases.kwic finds them) in the
    # documents of the two sides that contain the term as a token
    labels = docs["group"].astype(str).to_numpy()
    on_side = np.isin(labels, [target, *ref_groups])
    texts = [t if isinstance(t, str) else "" for t in docs["text"]]
    speech_ids = [str(x) for x in docs["speech_id"]]
    col = {t: j for j, t in enumerate(dtm.vocab)}
    X = dtm.X.tocsc()
    titles = _speech_titles(corpus)
    doc_slot: dict[int, int] = {}
    speech_slot: dict[str, int] = {}
    out_docs: list = []
    out_speeches: list = []
    passages, hits, dispersion = [], [], []
    for term in shown["term"]:
        j = col[term]
        rows = X.indices[X.indptr[j]:X.indptr[j + 1]]
        rows = np.sort(rows[on_side[rows]]).tolist()
        dispersion.append((len({speech_ids[r] for r in rows if labels[r] == target}),
                           len({speech_ids[r] for r in rows if labels[r] != target})))
        found = [(row, m.start()) for row in rows for m in re.finditer(re.escape(term), texts[row])]
        is_t = [labels[row] == target for row, _ in found]
        sp_t = {speech_ids[row] for (row, _), t in zip(found, is_t) if t}
        sp_r = {speech_ids[row] for (row, _), t in zip(found, is_t) if not t}
        hits.append([sum(is_t), len(sp_t), len(is_t) - sum(is_t), len(sp_r)])
        plist = []
        for i in _passage_order(is_t, [speech_ids[row] for row, _ in found], max_passages):
            row, offset = found[i]
            if row not in doc_slot:
                sid = speech_ids[row]
                if sid not in speech_slot:
                    speech_slot[sid] = len(out_speeches)
                    out_speeches.append([sid, titles.get(sid, sid)])
                doc_slot[row] = len(out_docs)
                out_docs.append([speech_slot[sid], str(labels[row]), texts[row]])
            plist.append([doc_slot[row], utf16_offset(texts[row], offset)])
        passages.append(plist)

    columns = ["term", "rank", "count_t", "count_r", "freq_t", "freq_r", "docs_t", "docs_r", "log_ratio",
               "logodds_z", "g2", "p_adj"]
    rows_out = [
        [str(r.term), int(r.rank), int(r.count_target), int(r.count_reference), sig(r.freq_target),
         sig(r.freq_reference), dt, dr, sig(r.log_ratio, 3), sig(r.logodds_z, 4), sig(r.g2, 4),
         sig(r.p_adj, 3)]
        for r, (dt, dr) in zip(shown.itertuples(index=False), dispersion)
    ]
    z = np.abs(shown["logodds_z"].to_numpy(dtype=float))
    zclip = max(2.0, math.ceil(2 * float(np.quantile(z, 0.98))) / 2) if len(z) else 2.0
    side_speeches_r = int(docs.loc[np.isin(labels, ref_groups), "speech_id"].nunique())
    group_info = {g: {"label": display_label(g), "colour": display_colour(g)} for g in [target, *ref_groups]}
    meta = {
        "target": target,
        "reference": reference,
        "target_label": display_label(target),
        "reference_label": display_label(reference),
        "reference_groups": ref_groups,
        "target_colour": display_colour(target),
        "reference_colour": display_colour(reference),
        "neutral_colour": NEUTRAL_COLOUR,
        "groups": group_info,
        "level": doc_level(docs),
        "tokens_target": int(key.attrs["tokens_target"]),
        "tokens_reference": int(key.attrs["tokens_reference"]),
        "docs_target": int((labels == target).sum()),
        "docs_reference": int(np.isin(labels, ref_groups).sum()),
        "speeches_target": int(n_speeches.get(target, 0)),
        "speeches_reference": side_speeches_r,
        "n_tested": int(len(key)),
        "n_shown": int(len(shown)),
        "min_count": int(min_count),
        "prior": prior if isinstance(prior, str) else sig(prior),
        "max_terms": max_terms,
        "max_passages": max_passages,
        "window": int(window),
        "zclip": sig(zclip),
        "n_labels": int(n_labels),
        "version": __version__,
    }
    return {"meta": meta, "columns": columns, "terms": rows_out, "hits": hits, "passages": passages,
            "docs": out_docs, "speeches": out_speeches}


def doc_level(docs: pd.DataFrame) -> str:
    """The document unit of a ``features.documents`` frame: ``docs.attrs["level"]``, else read from its columns.

    ``features.documents`` records its level (and grouping) in the frame's
    ``attrs``; a frame without them (an older one, or one built by hand) is
    read from its columns: ``paragraph_id`` means paragraphs, ``section_id``
    sections, otherwise speeches.

    Parameters
    ----------
    docs : DataFrame

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"speech_id": ["c1"], "section_id": [0], "text": ["创文要抓创文测评。"]})
    >>> doc_level(docs)
    'section'
    >>> docs.attrs["level"] = "speech"           # recorded by features.documents: it wins
    >>> doc_level(docs)
    'speech'
    """
    level = docs.attrs.get("level")
    if isinstance(level, str) and level:
        return level
    if "paragraph_id" in docs.columns:
        return "paragraph"
    return "section" if "section_id" in docs.columns else "speech"


def _speech_titles(corpus) -> dict[str, str]:
    sp = corpus.speeches
    if "title" not in sp.columns:
        return {}
    return {str(s): (str(t) if isinstance(t, str) and t else str(s)) for s, t in zip(sp["speech_id"], sp["title"])}


# --------------------------------------------------------------------------- term explorer: page


def term_explorer(
    corpus,
    target: str,
    reference: str = REST,
    *,
    links: Sequence[tuple[str, str]] | None = None,
    **kwargs,
) -> str:
    """A self-contained HTML page exploring the key terms of one comparison.

    The page holds an SVG scatter (x = rate per 10,000 tokens in the
    reference, y = in the target, log scales, terms absent from one side on
    the "0" line; colour = weighted log-odds z from the reference colour
    through grey to the target colour; dot area = speeches using the term),
    a search box (substring match; matching terms are highlighted and listed),
    the passages of the selected term (KWIC lines with campaign, speech title
    and id; click one to read its whole paragraph) and tables of the top terms
    of each side.  ``#词`` at the end of the address opens a term directly.

    Parameters
    ----------
    corpus : Corpus
    target, reference : str
        See :func:`term_explorer_data`.
    links : sequence of (label, href), optional
        Navigation links to sibling pages (e.g. the other comparisons).
    **kwargs
        Passed to :func:`term_explorer_data` (``level``, ``dtm``,
        ``tokenizer``, ``min_count``, ``prior``, ``max_terms``,
        ``max_passages``, ``window`` …).

    Returns
    -------
    str
        The HTML document (UTF-8 text; no external resource).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from corpusmine import Tokenizer
    >>> para = pd.DataFrame({"speech_id": ["c1", "e1"], "paragraph_id": ["c1:1", "e1:1"], "section_id": 0,
    ...                      "section_title": "", "campaign": ["civilised_city", "environment"],
    ...                      "text": ["创文要抓创文测评。", "整治环境,抓整治。"]})
    >>> sp = pd.DataFrame({"speech_id": ["c1", "e1"], "include": True, "title": ["创文会", "整治会"]})
    >>> page = term_explorer(SimpleNamespace(speeches=sp, paragraphs=para), "civilised_city", min_count=1,
    ...                      tokenizer=Tokenizer(cache_dir=None))
    >>> page.startswith("<!DOCTYPE html>"), "创文测评" in page, "src=\\"http" in page
    (True, True, False)
    """
    data = term_explorer_data(corpus, target, reference, **kwargs)
    m = data["meta"]
    title = f"词语探索 Term explorer: {m['target_label']} vs {m['reference_label']}"
    nav_html = nav(links, explorer_filename(target, reference))
    ref_desc = m["reference_label"]
    if reference == REST:
        ref_desc += " (" + " + ".join(display_label(g) for g in m["reference_groups"]) + ")"
    sub = (
        f"Documents: {html.escape(m['level'])}s. "
        f"<b>Target</b> {html.escape(m['target_label'])}: {m['tokens_target']:,} tokens, "
        f"{m['docs_target']:,} documents, {m['speeches_target']} speech(es). "
        f"<b>Reference</b> {html.escape(ref_desc)}: {m['tokens_reference']:,} tokens, "
        f"{m['docs_reference']:,} documents, {m['speeches_reference']} speech(es). "
        f"{m['n_tested']:,} terms tested (said at least {m['min_count']} times on the two sides together), "
        f"{m['n_shown']:,} shown"
        + (f" (cap {m['max_terms']})" if m["max_terms"] is not None and m["n_shown"] < m["n_tested"] else "")
        + "."
    )
    body = template("terms.html").replace("@TITLE@", html.escape(title)).replace("@NAV@", nav_html).replace("@SUB@", sub)
    body = body.replace("@TARGET@", html.escape(m["target_label"])).replace(
        "@REFERENCE@", html.escape(m["reference_label"])).replace("@VERSION@", html.escape(__version__))
    body = body.replace("@MAXP@", "all" if m["max_passages"] is None else str(m["max_passages"]))
    return page(title, template("base.css") + template("terms.css"),
                body + json_script(data, "cm-data") + script(template("terms.js")))


def write_term_explorers(
    corpus,
    folder: Path | str | None = None,
    *,
    pairs: Sequence[tuple[str, str]] | None = None,
    prefix: str = TERMS_PREFIX,
    dtm=None,
    level: str = "paragraph",
    tokenizer=None,
    groups: Sequence[str] | None = CAMPAIGNS,
    **kwargs,
) -> list[Path]:
    """Write one term explorer per comparison, each page linking to the others.

    Parameters
    ----------
    corpus : Corpus
    folder : path-like, optional
        Default ``figures/html``; created when missing.
    pairs : sequence of (target, reference), optional
        Default :func:`comparisons` of the groups present (each campaign
        against the rest, then every pair once).
    prefix : str
        File-name prefix (see :func:`explorer_filename`).
    dtm : DocumentTermMatrix, optional
        Built once here (``level``, ``tokenizer``, ``groups``) when not given,
        and shared by every page.
    **kwargs
        Passed to :func:`term_explorer_data` (``min_count``, ``prior``,
        ``max_terms``, ``max_passages``, ``window`` …).

    Returns
    -------
    list of Path
        The files written, in the order of ``pairs``.

    Examples
    --------
    >>> import tempfile
    >>> from types import SimpleNamespace
    >>> from corpusmine import Tokenizer
    >>> para = pd.DataFrame({"speech_id": ["c1", "e1"], "paragraph_id": ["c1:1", "e1:1"], "section_id": 0,
    ...                      "section_title": "", "campaign": ["civilised_city", "environment"],
    ...                      "text": ["创文要抓创文测评。", "整治环境,抓整治。"]})
    >>> sp = pd.DataFrame({"speech_id": ["c1", "e1"], "include": True, "title": ["创文会", "整治会"]})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     paths = write_term_explorers(SimpleNamespace(speeches=sp, paragraphs=para), d, min_count=1,
    ...                                  tokenizer=Tokenizer(cache_dir=None))
    ...     [p.name for p in paths]
    ['03_terms_civilised_city_vs_rest.html', '03_terms_environment_vs_rest.html', '03_terms_civilised_city_vs_environment.html']
    """

    folder = Path(folder) if folder is not None else html_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if dtm is None:
        docs = documents(corpus, level=level, groups=tuple(groups) if groups is not None else None)
        dtm = build_dtm(docs, tokenizer=tokenizer if tokenizer is not None else Tokenizer())
    if pairs is None:
        present = set(dtm.docs["group"].astype(str))
        order = [g for g in CAMPAIGNS if g in present] + sorted(present - set(CAMPAIGNS))
        pairs = comparisons(order)
    pairs = [(str(t), str(r)) for t, r in pairs]
    links = [(f"{display_label(t)} vs {display_label(r)}", explorer_filename(t, r, prefix=prefix)) for t, r in pairs]
    written = []
    for t, r in pairs:
        text = term_explorer(corpus, t, r, dtm=dtm, links=links, **kwargs)
        written.append(write_page(folder, explorer_filename(t, r, prefix=prefix), text))
    return written
