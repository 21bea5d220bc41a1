"""Interactive exploration pages: a term explorer per comparison and a topic browser.

Both pages are single, self-contained HTML files that work offline: every
script, style and datum is inlined (no CDN, no ``fetch``), so a reader can open
them from a folder or an e-mail attachment without Python or a network.

* :func:`term_explorer` — one comparison (a campaign against the rest, or
  against one other campaign).  An SVG scatter places every embedded term by
  its rate per 10,000 tokens in the reference (x) and the target (y), both on
  log scales; colour is the weighted log-odds z of Monroe, Colaresi & Quinn
  (2008), dot area the number of speeches using the term (dispersion: template
  copies are not independent evidence).  A search box highlights terms;
  clicking a term lists its keyword-in-context passages (the literal,
  non-overlapping matches that :func:`corpusmine.stats.phrases.kwic` finds) with the
  speech title and campaign, and a click on a passage shows its whole
  paragraph.  The idea of placing terms by
  their frequency in two corpora and linking each to its contexts follows
  Kessler's *Scattertext* (2017); the page here is written for corpusmine's own
  tokens and statistics.
* :func:`topic_browser` — the LDAvis view of a fitted topic model (Sievert &
  Shirley 2014, through the ``pyLDAvis`` package, topic order kept) with a
  table of per-campaign topic prevalence (:func:`corpusmine.stats.topics.topic_prevalence`).

:func:`write_term_explorers` and :func:`write_topic_browser` write the pages
(by default to ``figures/html/``); notebooks 03 and 04 call them.

Size.  A term explorer embeds at most ``max_terms`` terms and
``max_passages`` passages per term, plus the text of the documents those
passages come from (each document once), so a page stays small however large
the corpus is.  The topic browser holds ``R`` terms per topic and λ step.

Determinism.  The same input gives the same bytes: no random ids, no dates,
numbers rounded to fixed significant digits, ties broken by term.

References
----------
Kessler, J. S. (2017). Scattertext: a browser-based tool for visualizing how
corpora differ. *Proceedings of ACL 2017, System Demonstrations*, 85-90.

Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words: lexical
feature selection and evaluation for identifying the content of political
conflict. *Political Analysis* 16(4), 372-403.

Sievert, C. & Shirley, K. (2014). LDAvis: A method for visualizing and
interpreting topics. *Workshop on Interactive Language Learning,
Visualization, and Interfaces*, 63-70.

Chuang, J., Manning, C. D. & Heer, J. (2012). Termite: visualization
techniques for assessing textual topic models. *AVI 2012*, 74-77.

Examples
--------
>>> from corpusmine.viz import explore
>>> [explore.explorer_filename(t, r) for t, r in explore.comparisons(["rural", "civilised_city"])]  # 乡村振兴, 创文
['03_terms_rural_vs_rest.html', '03_terms_civilised_city_vs_rest.html', '03_terms_rural_vs_civilised_city.html']

In a notebook: ``explore.write_term_explorers(cm.load_corpus())`` writes the
six pages of the three campaigns to ``figures/html/``.
"""

from __future__ import annotations

import html as _html
import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import __version__, config
from corpusmine.features import CAMPAIGNS

__all__ = [
    "REST",
    "comparisons",
    "explorer_filename",
    "json_script",
    "select_passages",
    "term_explorer_data",
    "term_explorer",
    "write_term_explorers",
    "topic_browser_data",
    "topic_browser",
    "write_topic_browser",
]

#: The pooled reference of one-vs-rest comparisons (as in :mod:`corpusmine.stats.keyness`).
REST = "rest"
#: Default folder of the pages.
HTML_DIR: Path = config.FIGURES_DIR / "html"
#: File-name prefix of the term explorers and name of the topic browser.
TERMS_PREFIX = "03_terms"
TOPICS_NAME = "04_topics"

# Neutral colour of the diverging scale (z = 0) and colour of a pooled "rest".
_NEUTRAL = "#d9d9d9"
_REST_COLOUR = "#595959"
_FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
               '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif')


# --------------------------------------------------------------------------- small helpers


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

    Examples
    --------
    >>> explorer_filename("civilised_city")          # 创文 vs 其余
    '03_terms_civilised_city_vs_rest.html'
    >>> explorer_filename("rural", "environment")    # 乡村振兴 vs 环境整治
    '03_terms_rural_vs_environment.html'
    """
    return f"{prefix}_{target}_vs_{reference}.html"


def json_script(data, element_id: str) -> str:
    """``data`` as JSON inside ``<script type="application/json">``, safe against ``</script>``.

    ``<``, ``>`` and ``&`` are written as JSON escapes (``\\u003c`` …), as are
    the line and paragraph separators U+2028/U+2029, so no string of the data
    can end the script element or open a comment; the page reads it back with
    ``JSON.parse(el.textContent)``.  Non-ASCII text (Chinese) stays as UTF-8.
    Keys keep their insertion order, so the output is deterministic.

    Parameters
    ----------
    data : JSON-serialisable object
    element_id : str
        The ``id`` of the script element.

    Returns
    -------
    str

    Examples
    --------
    >>> json_script({"term": "创文</script>"}, "d")
    '<script type="application/json" id="d">{"term":"创文\\\\u003c/script\\\\u003e"}</script>'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                     ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return f'<script type="application/json" id="{_html.escape(element_id)}">{text}</script>'


def _sig(x, digits: int = 4):
    """A float rounded to ``digits`` significant digits (None when not finite)."""
    x = float(x)
    if not math.isfinite(x):
        return None
    if x == 0:
        return 0.0
    return float(f"{x:.{digits}g}")


def _utf16_offset(text: str, offset: int) -> int:
    """A code-point offset as a JavaScript (UTF-16) string index."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def _label(group: str) -> str:
    from corpusmine.viz.plots import group_label

    return group_label(group)


def _colour(group: str) -> str:
    from corpusmine.viz.plots import group_color

    return _REST_COLOUR if group == REST else group_color(group)


def _check_cap(name: str, value) -> None:
    if value is not None and not (isinstance(value, (int, np.integer)) and value >= 1):
        raise ValueError(f"{name} must be a positive integer or None, got {value!r}")


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
    _check_cap("max_passages", max_passages)
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
    n_labels: int = 6,
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
        Terms labelled in the scatter on each side (highest and lowest z).

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
    from corpusmine.features import build_dtm, documents, group_counts
    from corpusmine.stats.keyness import keyness

    _check_cap("max_terms", max_terms)
    _check_cap("max_passages", max_passages)
    if not (isinstance(window, (int, np.integer)) and window >= 0):
        raise ValueError(f"window must be a non-negative integer, got {window!r}")
    if dtm is None:
        from corpusmine.tokens.tokenizer import Tokenizer

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
            plist.append([doc_slot[row], _utf16_offset(texts[row], offset)])
        passages.append(plist)

    columns = ["term", "rank", "count_t", "count_r", "freq_t", "freq_r", "docs_t", "docs_r", "log_ratio",
               "logodds_z", "g2", "p_adj"]
    rows_out = [
        [str(r.term), int(r.rank), int(r.count_target), int(r.count_reference), _sig(r.freq_target),
         _sig(r.freq_reference), dt, dr, _sig(r.log_ratio, 3), _sig(r.logodds_z, 4), _sig(r.g2, 4),
         _sig(r.p_adj, 3)]
        for r, (dt, dr) in zip(shown.itertuples(index=False), dispersion)
    ]
    z = np.abs(shown["logodds_z"].to_numpy(dtype=float))
    zclip = max(2.0, math.ceil(2 * float(np.quantile(z, 0.98))) / 2) if len(z) else 2.0
    side_speeches_r = int(docs.loc[np.isin(labels, ref_groups), "speech_id"].nunique())
    group_info = {g: {"label": _label(g), "colour": _colour(g)} for g in [target, *ref_groups]}
    meta = {
        "target": target,
        "reference": reference,
        "target_label": _label(target),
        "reference_label": _label(reference),
        "reference_groups": ref_groups,
        "target_colour": _colour(target),
        "reference_colour": _colour(reference),
        "neutral_colour": _NEUTRAL,
        "groups": group_info,
        "level": _doc_level(docs),
        "tokens_target": int(key.attrs["tokens_target"]),
        "tokens_reference": int(key.attrs["tokens_reference"]),
        "docs_target": int((labels == target).sum()),
        "docs_reference": int(np.isin(labels, ref_groups).sum()),
        "speeches_target": int(n_speeches.get(target, 0)),
        "speeches_reference": side_speeches_r,
        "n_tested": int(len(key)),
        "n_shown": int(len(shown)),
        "min_count": int(min_count),
        "prior": prior if isinstance(prior, str) else _sig(prior),
        "max_terms": max_terms,
        "max_passages": max_passages,
        "window": int(window),
        "zclip": _sig(zclip),
        "n_labels": int(n_labels),
        "version": __version__,
    }
    return {"meta": meta, "columns": columns, "terms": rows_out, "hits": hits, "passages": passages,
            "docs": out_docs, "speeches": out_speeches}


def _doc_level(docs: pd.DataFrame) -> str:
    """The level of ``features.documents`` output, read from its columns."""
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
    nav = _nav(links, explorer_filename(target, reference))
    ref_desc = m["reference_label"]
    if reference == REST:
        ref_desc += " (" + " + ".join(_label(g) for g in m["reference_groups"]) + ")"
    sub = (
        f"Documents: {_html.escape(m['level'])}s. "
        f"<b>Target</b> {_html.escape(m['target_label'])}: {m['tokens_target']:,} tokens, "
        f"{m['docs_target']:,} documents, {m['speeches_target']} speech(es). "
        f"<b>Reference</b> {_html.escape(ref_desc)}: {m['tokens_reference']:,} tokens, "
        f"{m['docs_reference']:,} documents, {m['speeches_reference']} speech(es). "
        f"{m['n_tested']:,} terms tested (said at least {m['min_count']} times on the two sides together), "
        f"{m['n_shown']:,} shown"
        + (f" (cap {m['max_terms']})" if m["max_terms"] is not None and m["n_shown"] < m["n_tested"] else "")
        + "."
    )
    body = _TERM_BODY.replace("@TITLE@", _html.escape(title)).replace("@NAV@", nav).replace("@SUB@", sub)
    body = body.replace("@TARGET@", _html.escape(m["target_label"])).replace(
        "@REFERENCE@", _html.escape(m["reference_label"])).replace("@VERSION@", _html.escape(__version__))
    body = body.replace("@MAXP@", "all" if m["max_passages"] is None else str(m["max_passages"]))
    return _page(title, _BASE_CSS + _TERM_CSS, body + json_script(data, "cm-data") + _script(_TERM_JS))


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
    from corpusmine.features import build_dtm, documents

    folder = Path(folder) if folder is not None else HTML_DIR
    folder.mkdir(parents=True, exist_ok=True)
    if dtm is None:
        from corpusmine.tokens.tokenizer import Tokenizer

        docs = documents(corpus, level=level, groups=tuple(groups) if groups is not None else None)
        dtm = build_dtm(docs, tokenizer=tokenizer if tokenizer is not None else Tokenizer())
    if pairs is None:
        present = set(dtm.docs["group"].astype(str))
        order = [g for g in CAMPAIGNS if g in present] + sorted(present - set(CAMPAIGNS))
        pairs = comparisons(order)
    pairs = [(str(t), str(r)) for t, r in pairs]
    links = [(f"{_label(t)} vs {_label(r)}", explorer_filename(t, r, prefix=prefix)) for t, r in pairs]
    written = []
    for t, r in pairs:
        page = term_explorer(corpus, t, r, dtm=dtm, links=links, **kwargs)
        path = folder / explorer_filename(t, r, prefix=prefix)
        path.write_text(page, encoding="utf-8", newline="\n")
        written.append(path)
    return written


# --------------------------------------------------------------------------- topic browser


def _pyldavis_assets() -> dict[str, str]:
    """The d3, LDAvis script and LDAvis style files shipped inside the pyLDAvis package."""
    try:
        from pyLDAvis import urls
    except ImportError as err:  # pragma: no cover - pyLDAvis is a pinned dependency
        raise ImportError("the topic browser needs pyLDAvis (pip install pyLDAvis==3.4.1)") from err
    out = {}
    for name, path in (("d3", urls.D3_LOCAL), ("ldavis", urls.LDAVIS_LOCAL), ("css", urls.LDAVIS_CSS_LOCAL)):
        text = Path(path).read_text(encoding="utf-8")
        if "</script" in text.lower() or "<!--" in text or "</style" in text.lower():
            raise ValueError(f"pyLDAvis file {Path(path).name} cannot be inlined as it stands")
        out[name] = text
    # LDAvis keeps its state in the address ("#topic=1&lambda=0.6&term=") and builds that address from
    # location.origin, which is the string "null" for a file opened from disk: the browser then refuses
    # history.replaceState().  A fragment-only address works for files and web pages alike.
    old = 'return location.origin + location.pathname + "#topic="'
    if old not in out["ldavis"]:
        raise ValueError("unexpected LDAvis script: the state_url() patch does not apply (pyLDAvis version?)")
    out["ldavis"] = out["ldavis"].replace(old, 'return "#topic="')
    return out


def topic_browser_data(
    model,
    *,
    R: int = 30,
    lambda_step: float = 0.01,
) -> dict:
    """pyLDAvis's prepared data for a fitted :class:`corpusmine.stats.topics.TopicModel`, topic order kept.

    Calls ``pyLDAvis.prepare`` with the model's topic-word and document-topic
    distributions, its in-vocabulary document lengths, vocabulary and term
    counts, ``sort_topics=False`` (LDAvis topic ``n`` is model topic
    ``n - 1``), one job (no worker processes) and the default
    Jensen-Shannon PCoA layout.

    Parameters
    ----------
    model : TopicModel
        A fitted model (any method: ``topic_term_``, ``doc_topic_``,
        ``doc_lengths_``, ``vocab_``, ``counts_``).
    R : int
        Terms in each topic's bar chart (LDAvis default 30).
    lambda_step : float
        Step of the relevance slider λ.

    Returns
    -------
    dict
        LDAvis's data (``mdsDat``, ``tinfo``, ``token.table``, ``R``,
        ``lambda.step``, ``plot.opts``, ``topic.order``), floats rounded to 6
        significant digits.

    Examples
    --------
    >>> from corpusmine.stats.topics import TopicModel
    >>> tm = TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3)
    >>> topic_browser_data(tm, R=3)["topic.order"]
    [1, 2]
    """
    import pyLDAvis

    model._check_fitted()
    if not (isinstance(R, (int, np.integer)) and R >= 1):
        raise ValueError(f"R must be a positive integer, got {R!r}")
    term_frequency = np.asarray(model.counts_.sum(axis=0)).ravel().astype(np.float64)
    prepared = pyLDAvis.prepare(
        np.asarray(model.topic_term_, dtype=np.float64),
        np.asarray(model.doc_topic_, dtype=np.float64),
        np.asarray(model.doc_lengths_, dtype=np.int64),
        [str(v) for v in model.vocab_],
        term_frequency,
        R=int(R),
        lambda_step=float(lambda_step),
        n_jobs=1,
        sort_topics=False,
        start_index=1,
        plot_opts={"xlab": "PC1", "ylab": "PC2"},
    )
    return _round_floats(json.loads(prepared.to_json()), 6)


def _round_floats(obj, digits: int):
    if isinstance(obj, float):
        return _sig(obj, digits)
    if isinstance(obj, list):
        return [_round_floats(x, digits) for x in obj]
    if isinstance(obj, dict):
        return {k: _round_floats(v, digits) for k, v in obj.items()}
    return obj


def topic_browser(
    model,
    *,
    prevalence: pd.DataFrame | None = None,
    labels: Mapping[int, str] | pd.Series | None = None,
    n_boot: int = 1000,
    random_state: int = 0,
    R: int = 30,
    lambda_step: float = 0.01,
    title: str | None = None,
    links: Sequence[tuple[str, str]] | None = None,
) -> str:
    """A self-contained HTML page: the LDAvis topic browser and per-campaign topic prevalence.

    Topics are numbered as in the notebooks and CSV tables (T0, T1, …);
    LDAvis counts from 1, so a key table gives both numbers (LDAvis topic
    ``n`` = ``T(n-1)``).  Clicking a row of the prevalence table selects that
    topic in LDAvis.

    Parameters
    ----------
    model : TopicModel
        A fitted model.
    prevalence : DataFrame, optional
        From :func:`corpusmine.stats.topics.topic_prevalence` (``topic, label,
        group, prevalence, ci_low, ci_high, n_docs, n_speeches``), optionally
        with a ``unit`` column (``paragraph`` / ``speech``, as in notebook 04)
        to show both intervals.  Default: computed here, once resampling
        documents (unit ``document``) and once resampling whole speeches
        (unit ``speech``, when the documents have a ``speech_id``).
    n_boot, random_state : int
        Bootstrap replicates and seed of the default prevalence table
        (ignored when ``prevalence`` is given).
    labels : mapping topic → str, optional
        Topic labels (default: the ``label`` column of ``prevalence``, else
        ``model.labels_``).
    R, lambda_step
        See :func:`topic_browser_data`.
    title : str, optional
        Page heading.
    links : sequence of (label, href), optional
        Navigation links to sibling pages.

    Returns
    -------
    str
        The HTML document, with d3 (v5), LDAvis's script and style and all
        data inlined.

    Examples
    --------
    >>> from corpusmine.stats.topics import TopicModel
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3,
    ...                      "group": ["rural", "civilised_city"] * 3})
    >>> page = topic_browser(TopicModel(2, min_df=1, max_df=1.0).fit(docs), n_boot=50, R=2)
    >>> "T0" in page and "乡村振兴" in page and "cdn." not in page
    True
    """
    from corpusmine.stats.topics import topic_prevalence

    k = int(model.n_topics)
    if prevalence is None:
        by = "group"
        if by not in model.docs_.columns:
            raise KeyError("the model's documents have no 'group' column: pass prevalence=...")
        parts = [topic_prevalence(model, n_boot=n_boot, random_state=random_state).assign(unit="document")]
        if "speech_id" in model.docs_.columns:
            parts.append(topic_prevalence(model, n_boot=n_boot, random_state=random_state,
                                          cluster="speech_id").assign(unit="speech"))
        prevalence = pd.concat(parts, ignore_index=True)
    need = {"topic", "group", "prevalence"}
    if not need <= set(prevalence.columns):
        raise ValueError(f"prevalence needs the columns {sorted(need)}")
    if labels is None:
        if "label" in prevalence.columns:
            labels = prevalence.drop_duplicates("topic").set_index("topic")["label"]
        else:
            labels = dict(enumerate(model.labels_))
    labels = {int(t): str(v) for t, v in dict(labels).items()}
    ldavis = topic_browser_data(model, R=R, lambda_step=lambda_step)
    prev = _prevalence_json(prevalence, labels, k)
    n_docs = int(len(model.docs_))
    n_sp = int(model.docs_["speech_id"].nunique()) if "speech_id" in model.docs_.columns else None
    title = title or f"主题浏览 Topic browser: {model.method}, K = {k}"
    method_note = (f"{_html.escape(model.method)}, K = {k}, random_state = {int(model.random_state)}; "
                   f"{n_docs:,} documents" + (f" from {n_sp} speeches" if n_sp is not None else "")
                   + f", {len(model.vocab_):,} terms in the vocabulary.")
    assets = _pyldavis_assets()
    key_rows = "".join(
        f'<tr><td class="num">T{t}</td><td class="num">{t + 1}</td><td>{_html.escape(labels.get(t, ""))}</td></tr>'
        for t in range(k))
    body = (_TOPIC_BODY.replace("@TITLE@", _html.escape(title)).replace("@NAV@", _nav(links, TOPICS_NAME + ".html"))
            .replace("@SUB@", method_note).replace("@KEYROWS@", key_rows)
            .replace("@VERSION@", _html.escape(__version__)))
    scripts = (
        f"<script>{assets['d3']}</script>\n<script>{assets['ldavis']}</script>\n"
        + json_script(ldavis, "ldavis-data") + json_script(prev, "prevalence-data") + _script(_TOPIC_JS)
    )
    css = _BASE_CSS + _TOPIC_CSS + "\n/* LDAvis (pyLDAvis package, MIT licence) */\n" + assets["css"]
    return _page(title, css, body + scripts)


def _prevalence_json(prevalence: pd.DataFrame, labels: dict[int, str], k: int) -> dict:
    p = prevalence.copy()
    if "unit" not in p.columns:
        p["unit"] = "document"
    p["group"] = p["group"].astype(str)
    groups = [g for g in CAMPAIGNS if g in set(p["group"])] + sorted(set(p["group"]) - set(CAMPAIGNS))
    known = ("document", "paragraph", "speech")
    units = [u for u in known if u in set(p["unit"])] + sorted(set(p["unit"]) - set(known))
    cells = {}
    for r in p.itertuples(index=False):
        d = r._asdict()
        cells.setdefault((int(d["topic"]), d["group"]), {})[str(d["unit"])] = [
            _sig(d["prevalence"]), _sig(d.get("ci_low", np.nan)), _sig(d.get("ci_high", np.nan))]
    first = p[p["unit"] == units[0]].drop_duplicates("group").set_index("group")
    info = []
    for g in groups:
        n_docs = int(first.at[g, "n_docs"]) if "n_docs" in first.columns else None
        ns = first.at[g, "n_speeches"] if "n_speeches" in first.columns else None
        info.append({"group": g, "label": _label(g), "colour": _colour(g), "n_docs": n_docs,
                     "n_speeches": None if ns is None or pd.isna(ns) else int(ns)})
    rows = []
    for t in range(k):
        rows.append({"topic": t, "label": labels.get(t, ""),
                     "cells": [cells.get((t, g), {}) for g in groups]})
    return {"groups": info, "units": units, "rows": rows}


def write_topic_browser(model, folder: Path | str | None = None, *, name: str = TOPICS_NAME, **kwargs) -> Path:
    """Write :func:`topic_browser` to ``<folder>/<name>.html`` (default ``figures/html/04_topics.html``).

    Parameters
    ----------
    model : TopicModel
        A fitted model.
    folder : path-like, optional
        Default ``figures/html``; created when missing.
    name : str
        File stem.
    **kwargs
        Passed to :func:`topic_browser` (``prevalence``, ``labels``, ``R`` …).

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile
    >>> from corpusmine.stats.topics import TopicModel
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3,
    ...                      "group": ["rural", "civilised_city"] * 3})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_topic_browser(TopicModel(2, min_df=1, max_df=1.0).fit(docs), d, n_boot=20, R=2).name
    '04_topics.html'
    """
    folder = Path(folder) if folder is not None else HTML_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.html"
    path.write_text(topic_browser(model, **kwargs), encoding="utf-8", newline="\n")
    return path


# --------------------------------------------------------------------------- page assembly


def _nav(links, current: str) -> str:
    if not links:
        return ""
    items = []
    for label, href in links:
        if href == current:
            items.append(f'<span class="here">{_html.escape(label)}</span>')
        else:
            items.append(f'<a href="{_html.escape(href)}">{_html.escape(label)}</a>')
    return '<nav class="pages">' + " · ".join(items) + "</nav>"


def _script(js: str) -> str:
    return f"<script>\n{js}</script>\n"


def _page(title: str, css: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{_html.escape(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


_BASE_CSS = """
body { font-family: @FONT@; margin: 0 auto; padding: 12px 20px 40px; max-width: 1480px; color: #222;
       background: #fff; font-size: 14px; line-height: 1.45; }
h1 { font-size: 20px; margin: 6px 0 4px; }
h2 { font-size: 16px; margin: 14px 0 6px; }
p.sub { margin: 2px 0 8px; color: #444; }
nav.pages { margin: 4px 0 8px; font-size: 13px; }
nav.pages a { color: #0a5aa6; }
nav.pages .here { font-weight: bold; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 2px 6px; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
th { background: #f4f4f4; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.notes { color: #444; font-size: 13px; max-width: 1100px; }
.notes li { margin-bottom: 3px; }
footer { color: #777; font-size: 12px; margin-top: 18px; }
""".replace("@FONT@", _FONT_STACK)

_TERM_CSS = """
.layout { display: grid; grid-template-columns: minmax(520px, 640px) minmax(360px, 1fr); gap: 18px; align-items: start; }
#search { font-size: 15px; padding: 4px 8px; width: 260px; font-family: inherit; }
#search-info { color: #555; margin-left: 8px; font-size: 13px; }
#results { margin: 6px 0; min-height: 24px; }
button.chip { font-family: inherit; font-size: 13px; margin: 2px 3px 2px 0; padding: 1px 7px; border-radius: 10px;
              border: 1px solid #bbb; background: #fafafa; cursor: pointer; }
button.chip:hover, button.chip:focus { border-color: #333; }
svg#plot { width: 100%; height: auto; background: #fff; border: 1px solid #eee; }
svg#plot .pt { stroke: #fff; stroke-width: 0.6; cursor: pointer; }
svg#plot .pt.dim { opacity: 0.15; }
svg#plot .pt.hit { stroke: #111; stroke-width: 1.4; }
svg#plot .pt.sel { stroke: #000; stroke-width: 2.5; }
svg#plot .lbl { font-size: 12px; fill: #222; pointer-events: none; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg#plot .axis { font-size: 11px; fill: #555; }
svg#plot .grid { stroke: #eee; }
#passages-panel { border: 1px solid #ddd; border-radius: 4px; padding: 8px 12px; min-height: 300px; max-height: 92vh; overflow-y: auto; }
#sel-stats { color: #333; font-size: 13px; }
#passage-list { padding-left: 0; list-style: none; margin: 6px 0; }
li.passage { border-bottom: 1px solid #eee; padding: 4px 0; cursor: pointer; }
li.passage:hover { background: #fafafa; }
.passage-meta { font-size: 12px; color: #555; }
.tag { display: inline-block; color: #fff; border-radius: 3px; padding: 0 5px; margin-right: 5px; font-size: 12px; }
.sid { color: #888; }
.kwic mark, .para mark { background: #ffe27a; padding: 0 1px; font-weight: 600; }
.para { display: none; margin: 4px 0 2px; padding: 6px 8px; background: #f7f7f7; font-size: 13px; white-space: pre-wrap; }
li.passage.open .para { display: block; }
.tables { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.tables tr { cursor: pointer; }
.tables tr:hover td { background: #f6f6f6; }
.tables tr.sel td { background: #fff3c4; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 6px; vertical-align: -1px; margin-right: 4px; }
"""

_TERM_BODY = """<header>
<h1>@TITLE@</h1>
@NAV@
<p class="sub">@SUB@</p>
</header>
<div class="layout">
<section id="plot-panel">
<label for="search">Search 搜索 </label><input id="search" type="search" placeholder="输入词语，如 整治" autocomplete="off">
<span id="search-info"></span>
<div id="results"></div>
<svg id="plot" viewBox="0 0 640 650" role="img" aria-label="scatter of terms"></svg>
</section>
<section id="passages-panel">
<h2 id="sel-term">Passages 语境</h2>
<div id="sel-stats">Click a term in the scatter, the tables or the search results to read the passages behind it.</div>
<ol id="passage-list"></ol>
</section>
</div>
<div class="tables">
<section><h2>Over-used in the target: @TARGET@</h2><table id="top-target"></table></section>
<section><h2>Over-used in the reference: @REFERENCE@</h2><table id="top-reference"></table></section>
</div>
<section class="notes">
<h2>How to read this page</h2>
<ul>
<li><b>Position</b>: how often the term is said per 10,000 tokens in the reference (x) and the target (y), log scales.
Terms on the diagonal are said at the same rate on both sides; terms never said on one side sit on the “0” line.</li>
<li><b>Colour</b>: weighted log-odds z with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), from the
reference colour (over-used in the reference) through grey to the target colour; it is a ranking score, not a test.
The tables add Dunning's (1993) G² with Benjamini–Hochberg adjusted p and Hardie's (2014) log ratio.</li>
<li><b>Dot area</b>: the number of speeches that use the term on the two sides together. Template-site speeches copy
each other, so a term said many times in one speech is one speech's evidence: check the speech counts before
reading a term as the campaign's vocabulary.</li>
<li><b>Passages</b> are keyword-in-context lines (the matches of corpusmine.stats.phrases.kwic) from the documents that contain the word;
matching is on characters, so a word can also be found inside a longer word. At most @MAXP@ passages per term are
embedded; speeches and sides take turns, so one speech does not fill the list. Click a passage to read its whole
document.</li>
</ul>
</section>
<footer>corpusmine @VERSION@ · a self-contained page: no network needed.</footer>
"""

_TERM_JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("cm-data").textContent);
  var M = D.meta, C = {};
  D.columns.forEach(function (c, i) { C[c] = i; });
  var T = D.terms, N = T.length;
  var SVGNS = "http://www.w3.org/2000/svg";
  var byTerm = {};
  T.forEach(function (r, i) { byTerm[r[C.term]] = i; });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function fmt(x, d) { return (x === null || x === undefined) ? "–" : Number(x).toFixed(d); }
  function fmtP(p) {
    if (p === null || p === undefined) { return "–"; }
    if (p < 0.001) { return "<0.001"; }
    return Number(p).toPrecision(2);
  }
  function hex(c) { return [1, 3, 5].map(function (i) { return parseInt(c.substr(i, 2), 16); }); }
  function mix(a, b, t) {
    var x = hex(a), y = hex(b);
    return "rgb(" + [0, 1, 2].map(function (i) { return Math.round(x[i] + (y[i] - x[i]) * t); }).join(",") + ")";
  }
  function colour(z) {
    var t = Math.min(1, Math.abs(z) / M.zclip);
    return z >= 0 ? mix(M.neutral_colour, M.target_colour, t) : mix(M.neutral_colour, M.reference_colour, t);
  }
  function groupLabel(g) { return (M.groups[g] || {label: g}).label; }
  function groupColour(g) { return (M.groups[g] || {colour: "#777"}).colour; }

  // ---- scatter
  var W = 640, H = 650, L = 64, R = 16, TOP = 12, B = 96;
  var svg = document.getElementById("plot");
  var lo = Infinity, hi = 0;
  T.forEach(function (r) {
    [r[C.freq_t], r[C.freq_r]].forEach(function (f) { if (f > 0) { lo = Math.min(lo, f); hi = Math.max(hi, f); } });
  });
  if (!isFinite(lo)) { lo = 1; hi = 10; }
  var lmin = Math.log10(lo), lmax = Math.log10(hi);
  var zeroPos = lmin - 0.45, dmin = zeroPos - 0.12, dmax = lmax + 0.08;
  function sx(f) { var v = f > 0 ? Math.log10(f) : zeroPos; return L + (v - dmin) / (dmax - dmin) * (W - L - R); }
  function sy(f) { var v = f > 0 ? Math.log10(f) : zeroPos; return H - B - (v - dmin) / (dmax - dmin) * (H - TOP - B); }
  var gAxis = sv("g", {"class": "axis"});
  svg.appendChild(gAxis);
  var ticks = [{v: 0, s: "0"}];
  for (var e = Math.ceil(lmin - 0.3); e <= Math.floor(lmax); e++) {
    [1, 2, 5].forEach(function (m) {
      var f = m * Math.pow(10, e), lf = Math.log10(f);
      if (lf >= lmin - 0.3 && lf <= dmax) { ticks.push({v: f, s: f >= 1 ? String(Math.round(f)) : String(+f.toPrecision(1))}); }
    });
  }
  ticks.forEach(function (t) {
    var x = sx(t.v), y = sy(t.v);
    gAxis.appendChild(sv("line", {x1: x, x2: x, y1: TOP, y2: H - B, "class": "grid"}));
    gAxis.appendChild(sv("line", {x1: L, x2: W - R, y1: y, y2: y, "class": "grid"}));
    gAxis.appendChild(sv("text", {x: x, y: H - B + 14, "text-anchor": "middle"}, t.s));
    gAxis.appendChild(sv("text", {x: L - 5, y: y + 4, "text-anchor": "end"}, t.s));
  });
  var zb = (sx(lo) + sx(0)) / 2, zby = (sy(lo) + sy(0)) / 2;
  gAxis.appendChild(sv("line", {x1: zb, x2: zb, y1: TOP, y2: H - B, stroke: "#bbb", "stroke-dasharray": "3,3"}));
  gAxis.appendChild(sv("line", {x1: L, x2: W - R, y1: zby, y2: zby, stroke: "#bbb", "stroke-dasharray": "3,3"}));
  gAxis.appendChild(sv("line", {x1: sx(lo), y1: sy(lo), x2: sx(hi), y2: sy(hi), stroke: "#999"}));
  gAxis.appendChild(sv("text", {x: (L + W - R) / 2, y: H - B + 34, "text-anchor": "middle", "font-size": "12px"},
                       "per 10,000 tokens in the reference: " + M.reference_label));
  var yl = sv("text", {x: 0, y: 0, "text-anchor": "middle", "font-size": "12px",
                       transform: "translate(16," + ((TOP + H - B) / 2) + ") rotate(-90)"},
              "per 10,000 tokens in the target: " + M.target_label);
  gAxis.appendChild(yl);
  // colour legend
  var defs = sv("defs"), grad = sv("linearGradient", {id: "zgrad", x1: "0", x2: "1", y1: "0", y2: "0"});
  [[0, M.reference_colour], [0.5, M.neutral_colour], [1, M.target_colour]].forEach(function (s) {
    grad.appendChild(sv("stop", {offset: s[0], "stop-color": s[1]}));
  });
  defs.appendChild(grad); svg.appendChild(defs);
  var lg = sv("g", {"class": "axis", transform: "translate(" + L + "," + (H - B + 52) + ")"});
  lg.appendChild(sv("rect", {x: 0, y: 0, width: 150, height: 9, fill: "url(#zgrad)"}));
  lg.appendChild(sv("text", {x: 0, y: 21}, "z ≤ −" + M.zclip));
  lg.appendChild(sv("text", {x: 150, y: 21, "text-anchor": "end"}, "z ≥ " + M.zclip));
  lg.appendChild(sv("text", {x: 75, y: 21, "text-anchor": "middle"}, "0"));
  lg.appendChild(sv("text", {x: 160, y: 9}, "log-odds z; dot area = speeches using the term"));
  svg.appendChild(lg);

  var gPts = sv("g"), gLbl = sv("g");
  svg.appendChild(gPts); svg.appendChild(gLbl);
  var pts = [];
  // largest dots first so that small ones stay clickable on top
  var order = T.map(function (r, i) { return i; });
  order.sort(function (a, b) {
    var da = T[a][C.docs_t] + T[a][C.docs_r], db = T[b][C.docs_t] + T[b][C.docs_r];
    return db - da || a - b;
  });
  order.forEach(function (i) {
    var r = T[i];
    var jx = (((i * 0.6180339887) % 1) - 0.5) * 6, jy = (((i * 0.4142135624) % 1) - 0.5) * 6;
    var c = sv("circle", {cx: (sx(r[C.freq_r]) + jx).toFixed(1), cy: (sy(r[C.freq_t]) + jy).toFixed(1),
                          r: (2.2 + 1.6 * Math.sqrt(r[C.docs_t] + r[C.docs_r])).toFixed(2),
                          fill: colour(r[C.logodds_z]), "class": "pt", "data-term": r[C.term]});
    c.appendChild(sv("title", null, r[C.term] + "  z " + fmt(r[C.logodds_z], 2) + "\n" +
      M.target_label + ": " + r[C.count_t] + " (" + r[C.docs_t] + " speech(es))\n" +
      M.reference_label + ": " + r[C.count_r] + " (" + r[C.docs_r] + " speech(es))"));
    c.addEventListener("click", function () { select(i); });
    gPts.appendChild(c);
    pts[i] = c;
  });
  var placed = [];
  function free(b) {
    return b[0] >= 0 && b[2] <= W && placed.every(function (p) { return b[2] < p[0] || b[0] > p[2] || b[3] < p[1] || b[1] > p[3]; });
  }
  function label(i) {
    // to the right of the dot, else to its left, else not at all (labels never overlap)
    var r = T[i], x = sx(r[C.freq_r]), y = sy(r[C.freq_t]) - 5, w = 12.5 * r[C.term].length;
    var right = [x + 6, y - 11, x + 6 + w, y + 2], left = [x - 6 - w, y - 11, x - 6, y + 2];
    var box = free(right) ? right : (free(left) ? left : null);
    if (!box) { return; }
    placed.push(box);
    gLbl.appendChild(sv("text", {x: box[0], y: y, "class": "lbl"}, r[C.term]));
  }
  var nl = Math.min(M.n_labels, Math.floor(N / 2));
  var byZ = T.map(function (r, i) { return i; });
  byZ.sort(function (a, b) { return T[b][C.logodds_z] - T[a][C.logodds_z] || a - b; });
  byZ.slice(0, nl).forEach(label);
  byZ.slice(N - nl).forEach(function (i) { if (T[i][C.logodds_z] < 0) { label(i); } });

  // ---- tables
  function fillTable(id, idx) {
    var t = document.getElementById(id);
    var head = el("tr");
    ["rank", "term", "count t / r", "speeches t / r", "log ratio", "z", "G²", "p adj."].forEach(function (h, k) {
      head.appendChild(el("th", k === 1 ? null : {"class": "num"}, h));
    });
    t.appendChild(head);
    idx.forEach(function (i) {
      var r = T[i], tr = el("tr", {"data-term": r[C.term]});
      tr.appendChild(el("td", {"class": "num"}, r[C.rank]));
      var td = el("td"); td.appendChild(el("span", {"class": "swatch", style: "background:" + colour(r[C.logodds_z])}));
      td.appendChild(document.createTextNode(r[C.term])); tr.appendChild(td);
      tr.appendChild(el("td", {"class": "num"}, r[C.count_t] + " / " + r[C.count_r]));
      tr.appendChild(el("td", {"class": "num"}, r[C.docs_t] + " / " + r[C.docs_r]));
      tr.appendChild(el("td", {"class": "num"}, fmt(r[C.log_ratio], 2)));
      tr.appendChild(el("td", {"class": "num"}, fmt(r[C.logodds_z], 2)));
      tr.appendChild(el("td", {"class": "num"}, fmt(r[C.g2], 1)));
      tr.appendChild(el("td", {"class": "num"}, fmtP(r[C.p_adj])));
      tr.addEventListener("click", function () { select(i); });
      t.appendChild(tr);
    });
  }
  var NT = 20;
  fillTable("top-target", byZ.slice(0, NT).filter(function (i) { return T[i][C.logodds_z] > 0; }));
  fillTable("top-reference", byZ.slice().reverse().slice(0, NT).filter(function (i) { return T[i][C.logodds_z] < 0; }));

  // ---- passages
  var selected = -1;
  function context(text, off, len) {
    var w = M.window, a = Math.max(0, off - w), b = Math.min(text.length, off + len + w);
    return [(a > 0 ? "…" : "") + text.slice(a, off).replace(/\n/g, " "), text.substr(off, len),
            text.slice(off + len, b).replace(/\n/g, " ") + (b < text.length ? "…" : "")];
  }
  function select(i) {
    if (selected >= 0) { pts[selected].classList.remove("sel"); }
    selected = i;
    pts[i].classList.add("sel");
    pts[i].parentNode.appendChild(pts[i]);
    document.querySelectorAll(".tables tr.sel").forEach(function (tr) { tr.classList.remove("sel"); });
    var r = T[i], h = D.hits[i], term = r[C.term];
    document.querySelectorAll('.tables tr').forEach(function (tr) {
      if (tr.getAttribute("data-term") === term) { tr.classList.add("sel"); }
    });
    document.getElementById("sel-term").textContent = "【" + term + "】";
    var st = document.getElementById("sel-stats");
    st.textContent = "";
    st.appendChild(el("div", null, M.target_label + ": " + r[C.count_t] + " tokens (" + fmt(r[C.freq_t], 1) +
      " per 10k) in " + r[C.docs_t] + " speech(es) · " + M.reference_label + ": " + r[C.count_r] + " tokens (" +
      fmt(r[C.freq_r], 1) + " per 10k) in " + r[C.docs_r] + " speech(es)"));
    st.appendChild(el("div", null, "log-odds z " + fmt(r[C.logodds_z], 2) + " · log ratio " + fmt(r[C.log_ratio], 2) +
      " · G² " + fmt(r[C.g2], 1) + " · p adj. " + fmtP(r[C.p_adj]) + " · rank " + r[C.rank] + " of " + M.n_tested));
    var ps = D.passages[i];
    st.appendChild(el("div", null, "Showing " + ps.length + " of " + (h[0] + h[2]) + " matches (target " + h[0] +
      " in " + h[1] + " speech(es), reference " + h[2] + " in " + h[3] + " speech(es)). Click a passage for its whole document."));
    var ol = document.getElementById("passage-list");
    ol.textContent = "";
    ps.forEach(function (p) {
      var d = D.docs[p[0]], sp = D.speeches[d[0]], text = d[2];
      var li = el("li", {"class": "passage"});
      var meta = el("div", {"class": "passage-meta"});
      meta.appendChild(el("span", {"class": "tag", style: "background:" + groupColour(d[1])}, groupLabel(d[1])));
      meta.appendChild(el("span", {"class": "title"}, sp[1]));
      meta.appendChild(el("span", {"class": "sid"}, "  (" + sp[0] + ")"));
      li.appendChild(meta);
      var cx = context(text, p[1], term.length), k = el("div", {"class": "kwic"});
      k.appendChild(el("span", {"class": "left"}, cx[0])); k.appendChild(el("mark", null, cx[1]));
      k.appendChild(el("span", {"class": "right"}, cx[2]));
      li.appendChild(k);
      var para = el("div", {"class": "para"});
      para.appendChild(document.createTextNode(text.slice(0, p[1])));
      para.appendChild(el("mark", null, text.substr(p[1], term.length)));
      para.appendChild(document.createTextNode(text.slice(p[1] + term.length)));
      li.appendChild(para);
      li.addEventListener("click", function () { li.classList.toggle("open"); });
      ol.appendChild(li);
    });
    history.replaceState(null, "", "#" + encodeURIComponent(term));
  }

  // ---- search
  var input = document.getElementById("search"), info = document.getElementById("search-info");
  var results = document.getElementById("results");
  function search() {
    var q = input.value.trim();
    results.textContent = "";
    if (!q) {
      pts.forEach(function (c) { c.classList.remove("dim"); c.classList.remove("hit"); });
      info.textContent = N + " terms";
      return [];
    }
    var hits = [];
    T.forEach(function (r, i) {
      var on = r[C.term].indexOf(q) >= 0;
      pts[i].classList.toggle("hit", on); pts[i].classList.toggle("dim", !on);
      if (on) { hits.push(i); }
    });
    hits.sort(function (a, b) {
      var ea = T[a][C.term] === q ? 0 : 1, eb = T[b][C.term] === q ? 0 : 1;
      return ea - eb || T[b][C.logodds_z] - T[a][C.logodds_z] || a - b;
    });
    info.textContent = hits.length + " of " + N + " terms contain “" + q + "”" + (hits.length ? "" : " (only terms tested and embedded can be found)");
    hits.slice(0, 40).forEach(function (i) {
      var b = el("button", {"class": "chip", type: "button", "data-term": T[i][C.term],
                            style: "border-left: 6px solid " + colour(T[i][C.logodds_z])},
                 T[i][C.term] + "  " + T[i][C.count_t] + "/" + T[i][C.count_r]);
      b.addEventListener("click", function () { select(i); });
      results.appendChild(b);
    });
    if (hits.length > 40) { results.appendChild(el("span", null, "… and " + (hits.length - 40) + " more")); }
    return hits;
  }
  input.addEventListener("input", search);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var h = search(); if (h.length) { select(h[0]); } }
  });
  search();
  var start = "";
  try { start = decodeURIComponent(location.hash.slice(1)); } catch (err) { start = ""; }   // a malformed address: no term
  if (start && byTerm.hasOwnProperty(start)) { select(byTerm[start]); }
  document.body.setAttribute("data-ready", "1");
})();
"""

_TOPIC_CSS = """
#ldavis_topics { min-width: 1220px; }
.keytable { margin: 4px 0 10px; }
#prevalence td.cell { min-width: 190px; }
#prevalence tr.topic { cursor: pointer; }
#prevalence tr.topic:hover td { background: #f6f6f6; }
#prevalence tr.topic.sel td { background: #fff3c4; }
.bar { display: inline-block; height: 10px; vertical-align: 0; margin-right: 6px; border-radius: 2px; }
.ci { color: #666; font-size: 12px; }
"""

_TOPIC_BODY = """<header>
<h1>@TITLE@</h1>
@NAV@
<p class="sub">@SUB@</p>
</header>
<section>
<h2>Topics 主题</h2>
<p class="sub">The notebook and its CSV tables number topics from 0 (T0, T1, …); LDAvis below numbers them from 1, in the
same order: <b>LDAvis topic n = T(n−1)</b>. Labels are each topic's most relevant terms.</p>
<table class="keytable" id="topic-key"><tr><th class="num">topic</th><th class="num">LDAvis</th><th>label</th></tr>
@KEYROWS@</table>
</section>
<section>
<h2>LDAvis</h2>
<div id="ldavis_topics"></div>
</section>
<section>
<h2>Topic prevalence by campaign 主题分布</h2>
<p class="sub">Mean topic share of each campaign's documents, with 95% percentile bootstrap intervals resampling
documents (paragraphs) and, where there is more than one speech, whole speeches. An interval over one or two speeches
says little; no interval means one speech. Click a row to show the topic in LDAvis.</p>
<table id="prevalence"></table>
</section>
<section class="notes">
<h2>How to read this page</h2>
<ul>
<li><b>Left panel</b> (LDAvis; Sievert &amp; Shirley 2014): one circle per topic, area = the topic's share of all
tokens, placed by a principal-coordinate projection of the Jensen–Shannon distances between topics.</li>
<li><b>Right panel</b>: the terms of the selected topic ranked by relevance λ·log φ + (1 − λ)·log(φ / p); λ = 1 ranks
by weight in the topic, smaller λ favours terms typical of the topic (Sievert &amp; Shirley suggest 0.6). With no
topic selected the bars show the most salient terms (Chuang, Manning &amp; Heer 2012).</li>
<li>Topics of a small corpus are exploratory: check their stability (notebook 04) and read the paragraphs before
naming them.</li>
</ul>
</section>
<footer>corpusmine @VERSION@ · LDAvis view by the pyLDAvis package (d3 v5 and LDAvis inlined) · a self-contained page:
no network needed.</footer>
"""

_TOPIC_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ldavis-data").textContent);
  new LDAvis("#ldavis_topics", data);
  var P = JSON.parse(document.getElementById("prevalence-data").textContent);
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  var t = document.getElementById("prevalence");
  var head = el("tr");
  head.appendChild(el("th", {"class": "num"}, "topic"));
  head.appendChild(el("th", {"class": "num"}, "LDAvis"));
  head.appendChild(el("th", null, "label"));
  P.groups.forEach(function (g) {
    var parts = [];
    if (g.n_docs !== null) { parts.push(g.n_docs + " documents"); }
    if (g.n_speeches !== null) { parts.push(g.n_speeches + " speech(es)"); }
    var th = el("th", null, g.label);
    th.appendChild(el("div", {"class": "ci"}, parts.join(", ")));
    head.appendChild(th);
  });
  t.appendChild(head);
  var unitName = {document: "resampling documents", paragraph: "resampling paragraphs", speech: "resampling speeches"};
  P.rows.forEach(function (r) {
    var tr = el("tr", {"class": "topic", "data-topic": r.topic});
    tr.appendChild(el("td", {"class": "num"}, "T" + r.topic));
    tr.appendChild(el("td", {"class": "num"}, String(r.topic + 1)));
    tr.appendChild(el("td", null, r.label));
    r.cells.forEach(function (c, j) {
      var td = el("td", {"class": "cell"}), g = P.groups[j], first = c[P.units[0]];
      if (first) {
        td.appendChild(el("span", {"class": "bar", style: "width:" + Math.round(first[0] * 120) + "px;background:" + g.colour}));
        td.appendChild(el("b", null, first[0].toFixed(2)));
      }
      P.units.forEach(function (u) {
        var v = c[u];
        if (v && v[1] !== null && v[2] !== null) {
          td.appendChild(el("div", {"class": "ci"}, "[" + v[1].toFixed(2) + ", " + v[2].toFixed(2) + "] " + (unitName[u] || u)));
        }
      });
      tr.appendChild(td);
    });
    tr.addEventListener("click", function () {
      document.querySelectorAll("#prevalence tr.sel").forEach(function (x) { x.classList.remove("sel"); });
      tr.classList.add("sel");
      var c = document.getElementById("ldavis_topics-topic" + (r.topic + 1));
      if (c) { c.dispatchEvent(new MouseEvent("click", {bubbles: true})); }
    });
    t.appendChild(tr);
  });
  document.body.setAttribute("data-ready", "1");
})();
"""
