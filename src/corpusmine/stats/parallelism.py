"""Parallelism (排比) in Chinese speeches: runs of short clauses sharing a head, a tail or a repeated verb.

:func:`parallelism` lists the runs (同谋划、同部署、同推动; 能用、管用、实用;
抓实抓细抓出成效) with their offsets, :func:`parallelism_summary` counts them per
group.  Inputs follow :mod:`corpusmine.stats.ngrams`.

Examples
--------
>>> parallelism(["要抓实抓细抓出成效。"])[["kind", "head", "items"]].values.tolist()
[['reduplication', '抓', '抓实、抓细、抓出成效']]
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from corpusmine import config
from corpusmine.features import as_documents, sort_groups
from corpusmine.stats.formulas import NUMERALS
from corpusmine.stats.ngrams import CJK, QUOTE_CHARS

__all__ = ["parallelism", "parallelism_summary"]

_PH = config.PLACEHOLDER

# --------------------------------------------------------------------------
# parallelism (排比)
# --------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_SEP = re.compile(r"[、，,；;：:]")
_STRIP = QUOTE_CHARS + " \u3000"


def _clauses(sentence: str, offset: int) -> list[tuple[int, int, str]]:
    """Clauses of a sentence as ``(start, end, cleaned text)``; separators inside brackets do not split."""
    out = []
    depth = 0
    start = 0
    for k, ch in enumerate(sentence + "、"):
        if ch in "(（《〈【[":
            depth += 1
        elif ch in ")）》〉】]":
            depth = max(0, depth - 1)
        elif (k == len(sentence) or _CLAUSE_SEP.match(ch)) and depth == 0:
            raw = sentence[start:k]
            lstrip = len(raw) - len(raw.lstrip(_STRIP))
            clean = raw.strip(_STRIP)
            s = offset + start + lstrip
            out.append((s, s + len(clean), clean))
            start = k + 1
    return out


def _is_item(s: str, max_clause: int) -> bool:
    return 2 <= len(s) <= max_clause and re.fullmatch(f"[{CJK}]+", s) is not None and _PH not in s


def _common_prefix(items: list[str], cap: int = 2) -> str:
    p = ""
    for k in range(min(cap, *(len(x) for x in items))):
        if all(x[k] == items[0][k] for x in items):
            p += items[0][k]
        else:
            break
    return p


#: Items that all end with one of these characters are a list of names (roads,
#: rivers, bureaus, schools, places), not rhetorical parallelism:
#: 中兴路、平安路、兴盛路; 住建局、民政局、农业农村局; 图书馆、科技馆、博物馆.
NAME_SUFFIXES = frozenset("路街巷道河江湖海山桥局厅委办馆站港园院校所中镇乡村区县市省")


def _fits(texts: list[str], tolerance: int) -> bool:
    lens = [len(t) for t in texts]
    return max(lens) - min(lens) <= tolerance and len(set(texts)) == len(texts)


def _is_name_list(texts: list[str]) -> bool:
    return texts[0][-1] in NAME_SUFFIXES and all(t[-1] == texts[0][-1] for t in texts)


def _head_runs(cl, max_clause, min_run, tolerance):
    """Clause lists sharing their first character(s): 同谋划、同部署、同推动、同检查."""
    runs = []
    used: set[int] = set()
    k = 0
    n = len(cl)
    while k < n:
        c = cl[k][2]
        if not _is_item(c, max_clause) or c[0] == "第":
            k += 1
            continue
        h = c[0]
        j = k
        while j + 1 < n and _is_item(cl[j + 1][2], max_clause) and cl[j + 1][2][0] == h:
            j += 1
        items = list(cl[k:j + 1])
        # the clause before the run may end with the first item: 今天在这里【再强调】、再安排、再部署;
        # of the possible starts, take the one whose length is closest to the others'
        if k > 0 and k - 1 not in used:
            _, pe, pc = cl[k - 1]
            mean = sum(len(x[2]) for x in items) / len(items)
            cands = [pc[q:] for q in range(max(1, len(pc) - max_clause), len(pc)) if pc[q] == h]
            cands = [x for x in cands if _is_item(x, max_clause) and _fits([x] + [y[2] for y in items], tolerance)]
            if cands:
                best = min(cands, key=lambda x: (abs(len(x) - mean), -len(x)))
                items.insert(0, (pe - len(best), pe, best))
        texts = [x[2] for x in items]
        if len(items) >= min_run and _fits(texts, tolerance) and not _is_name_list(texts):
            runs.append(("clause_head", _common_prefix(texts), items))
            used.update(range(k, j + 1))
            k = j + 1
            continue
        k += 1
    return runs, used


def _tail_runs(cl, max_clause, min_run, tolerance, used):
    """Clause lists of equal length sharing their last character(s): 能用、管用、实用、好用."""
    runs = []
    k = 0
    n = len(cl)
    while k < n:
        c = cl[k][2]
        if k in used or not _is_item(c, max_clause):
            k += 1
            continue
        t = c[-1]
        j = k
        while (j + 1 < n and j + 1 not in used and _is_item(cl[j + 1][2], max_clause)
               and cl[j + 1][2][-1] == t and len(cl[j + 1][2]) == len(c)):
            j += 1
        items = list(cl[k:j + 1])
        # the clause before may end with an item of the same length: 通过集成推进【环境美】、生活美
        if k > 0 and k - 1 not in used:
            _, pe, pc = cl[k - 1]
            if len(pc) > len(c) and pc.endswith(t):
                items.insert(0, (pe - len(c), pe, pc[-len(c):]))
        # the clause after may start with one: 人文美、【治理美】“五美”建设
        if j + 1 < n and j + 1 not in used:
            ns_, _, nc = cl[j + 1]
            cands = [nc[:q + 1] for q in range(1, min(len(nc), max_clause)) if nc[q] == t]
            cands = [x for x in cands if _is_item(x, max_clause) and abs(len(x) - len(c)) <= tolerance]
            if cands:
                best = min(cands, key=lambda x: (abs(len(x) - len(c)), -len(x)))
                items.append((ns_, ns_ + len(best), best))
        texts = [x[2] for x in items]
        if len(items) >= min_run and _fits(texts, tolerance) and not _is_name_list(texts):
            suffix = _common_prefix([x[::-1] for x in texts])[::-1]
            runs.append(("clause_tail", suffix, items))
            k = j + 1
            continue
        k += 1
    return runs


def _redup_runs(sentence: str, offset: int, min_run: int, taken: list[tuple[int, int]]):
    """One character opening ≥ min_run two-character chunks in a row: 抓实抓细抓出成效, 对标对点对图.

    Every chunk but the last is the character plus one other; the last runs to
    the end of the clause when that is at most three more characters
    (抓出成效), else it is two characters too.  One 、 or , may separate
    chunks (抓实抓细、抓出成效) but at least two must touch.
    """
    runs = []
    k = 0
    n = len(sentence)
    cjk = re.compile(f"[{CJK}]")
    while k < n:
        c = sentence[k]
        if not cjk.match(c) or c in NUMERALS:
            k += 1
            continue
        starts = [k]
        touching = False
        p = k
        while p + 1 < n and cjk.match(sentence[p + 1]) and sentence[p + 1] != c:
            if p + 2 < n and sentence[p + 2] == c:
                starts.append(p + 2)
                touching = True
                p += 2
            elif p + 3 < n and sentence[p + 2] in "、,，" and sentence[p + 3] == c:
                starts.append(p + 3)
                p += 3
            else:
                break
        if len(starts) >= min_run and touching:
            m = re.match(f"[{CJK}]+", sentence[p + 1:])
            full = m.group(0) if m else ""
            rest = full if len(full) <= 3 else full[:1]
            if rest and c not in rest:
                end = p + 1 + len(rest)
                items = [sentence[a:b].rstrip("、,，") for a, b in zip(starts, starts[1:] + [end])]
                s, e = offset + k, offset + end
                if not any(s < te and ts < e for ts, te in taken):
                    runs.append(("reduplication", c, items, s, e))
                k = end
                continue
        k += 1
    return runs


def parallelism(docs, *, min_run: int = 3, max_clause: int = 8, tolerance: int = 1) -> pd.DataFrame:
    """Detect 排比: runs of at least ``min_run`` short parallel items.

    Three kinds are found inside each sentence (never across 。！？ or a
    paragraph end):

    ``clause_head``
        Consecutive clauses (separated by 、，；：) of 2–``max_clause``
        Chinese characters that begin with the same character:
        同谋划、同部署、同推动、同检查; 再强调、再安排、再部署;
        有思路、有办法、有举措.  The clause just before the run may end with
        its first item (今天在这里**再强调**、再安排、再部署).
    ``clause_tail``
        Consecutive clauses of equal length ending with the same character:
        能用、管用、实用、好用; 环境美、生活美、产业美、人文美、治理美.
    ``reduplication``
        One character opening at least ``min_run`` chunks of 2–3 characters
        inside a clause: 抓实抓细抓出成效, 对标对点对图, 做大做优做强
        (one 、 may separate chunks, 抓实抓细、抓出成效).  压紧压实 has only two
        chunks and is not a run.

    Items must be of similar length (longest minus shortest ≤ ``tolerance``
    characters), which keeps out plain lists of departments
    (县委农办、县委目标绩效办 …); lists of names sharing a suffix of
    :data:`NAME_SUFFIXES` (中兴路、平安路、兴盛路) and of ordinals
    (第5位、第6位) are skipped.  The approach follows the surface-pattern detectors of
    parallelism in rhetoric mining (e.g. Song et al. 2016, "Learning to
    identify sentence parallelism in student essays", COLING), reduced to
    the shared-head cue that Chinese 排比 relies on.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    min_run : int, default 3
    max_clause : int, default 8
        Maximum length of an item, in characters.
    tolerance : int, default 1

    Returns
    -------
    DataFrame
        ``doc_id, speech_id, group``; ``kind`` (see above); ``head`` (the
        shared character(s): first one or two for clause_head, last for
        clause_tail, the repeated character for reduplication); ``n_items``;
        ``items`` (joined with 、); ``text`` (the run as written);
        ``start, end`` (character offsets in the document's text).  In
        document order.

    Examples
    --------
    >>> t = parallelism(["与日常业务工作同谋划、同部署、同推动、同检查,确保落实。"])
    >>> t[["kind", "head", "n_items", "items"]].values.tolist()
    [['clause_head', '同', 4, '同谋划、同部署、同推动、同检查']]
    """
    d = as_documents(docs, "group")
    rows = []
    for r in d.itertuples(index=False):
        text = r.text
        pos = 0
        for m in list(_SENTENCE_END.finditer(text)) + [None]:
            end = m.start() if m is not None else len(text)
            sent = text[pos:end]
            if sent:
                cl = _clauses(sent, pos)
                heads, used = _head_runs(cl, max_clause, min_run, tolerance)
                tails = _tail_runs(cl, max_clause, min_run, tolerance, used)
                found = []
                for kind, head, items in heads + tails:
                    found.append((kind, head, [x[2] for x in items], items[0][0], items[-1][1]))
                taken = [(s, e) for *_, s, e in found]
                found.extend(_redup_runs(sent, pos, min_run, taken))
                for kind, head, items, s, e in sorted(found, key=lambda x: x[3]):
                    rows.append({"doc_id": r.doc_id, "speech_id": r.speech_id, "group": r.group, "kind": kind,
                                 "head": head, "n_items": len(items), "items": "、".join(items),
                                 "text": text[s:e], "start": s, "end": e})
            pos = end + 1
    cols = ["doc_id", "speech_id", "group", "kind", "head", "n_items", "items", "text", "start", "end"]
    return pd.DataFrame(rows, columns=cols)


def _n_cjk(text: str) -> int:
    return len(re.findall(f"[{CJK}]", text.replace(_PH, "")))


def parallelism_summary(docs, runs: pd.DataFrame | None = None, *, by: str | None = "group", top: int = 5,
                        **kwargs) -> pd.DataFrame:
    """Parallelism per group: how often, how long, which heads.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    runs : DataFrame, optional
        Output of :func:`parallelism` on the same ``docs``; computed if None
        (``kwargs`` are passed on).
    by : str or None, default "group"
    top : int, default 5
        Number of heads listed in ``top_heads``.

    Returns
    -------
    DataFrame
        One row per group: ``group``; ``n_docs``, ``n_speeches`` (in the
        group); ``n_chars`` (Chinese characters, placeholder and punctuation
        excluded); ``n_runs``; ``runs_per_1k_chars``; ``mean_items`` (mean
        items per run, NaN without runs); ``n_speeches_with_runs``
        (dispersion); ``top_heads`` (``head×count`` of the most frequent
        heads, most frequent first).

    Examples
    --------
    >>> s = parallelism_summary(["要同谋划、同部署、同推动。", "要久久为功。"])
    >>> s[["group", "n_runs", "n_speeches_with_runs", "top_heads"]].values.tolist()
    [['all', 1, 1, '同×1']]
    """
    d = as_documents(docs, by)
    if runs is None:
        runs = parallelism(d, **kwargs)
    rows = []
    for g in sort_groups(d["group"]):
        dg = d[d["group"] == g]
        rg = runs[runs["group"].astype(str) == g] if len(runs) else runs
        n_chars = sum(_n_cjk(t) for t in dg["text"])
        heads = Counter(rg["head"]) if len(rg) else Counter()
        top_heads = sorted(heads.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        rows.append({"group": g, "n_docs": len(dg), "n_speeches": dg["speech_id"].nunique(), "n_chars": n_chars,
                     "n_runs": len(rg), "runs_per_1k_chars": len(rg) / n_chars * 1000 if n_chars else np.nan,
                     "mean_items": float(rg["n_items"].mean()) if len(rg) else np.nan,
                     "n_speeches_with_runs": rg["speech_id"].nunique() if len(rg) else 0,
                     "top_heads": ", ".join(f"{h}×{c}" for h, c in top_heads)})
    return pd.DataFrame(rows, columns=["group", "n_docs", "n_speeches", "n_chars", "n_runs", "runs_per_1k_chars",
                                       "mean_items", "n_speeches_with_runs", "top_heads"])
