"""Confounds in view: what else differs between the compared groups, and which speeches share a source.

A campaign difference in a small corpus can be a difference of era, of
administrative level or of source: the functions here put those beside the
comparison.

* :func:`confound_table` -- each group against era (year or the span
  ``year_min``-``year_max`` the manifest establishes), admin level and
  source, with the share of the group's text each value carries;
* :func:`shared_ngrams` -- pairs of speeches that share long character
  n-grams (8-grams by default): near-identical sources, one drafter or one
  government;
* :func:`within_speech_comparison` -- two groups compared inside the same
  speeches (for example the environment and rural parts of one county's
  speeches), the comparison that holds speaker, place and year fixed.

Examples
--------
>>> a = "要坚决打赢城乡环境综合提质攻坚战,确保群众满意。"
>>> b = "今年要坚决打赢城乡环境综合提质攻坚战,奋力争先。"
>>> shared_ngrams({"a": a, "b": b}, n=8)[["speech_a", "speech_b", "n_shared"]].values.tolist()
[['a', 'b', 9]]
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from corpusmine.corpus.manifest import load_manifest
from corpusmine.features import documents, sort_groups
from corpusmine.schema import OPTIONAL_MANIFEST_COLUMNS

__all__ = ["CONFOUND_COLUMNS", "NGRAM_COLUMNS", "WITHIN_COLUMNS", "confound_table", "era_label",
           "shared_ngrams", "within_speech_comparison"]

#: Columns of :func:`confound_table`.
CONFOUND_COLUMNS = ["group", "variable", "value", "n_speeches", "speech_ids", "n_chars", "share_chars"]
#: Columns of :func:`shared_ngrams`.
NGRAM_COLUMNS = ["speech_a", "speech_b", "n", "n_shared", "share_a", "share_b", "n_passages", "longest_passage"]
#: Columns of :func:`within_speech_comparison`.
WITHIN_COLUMNS = ["speech_id", "category", "value", "group_a", "group_b", "value_a", "value_b", "diff",
                  "n_tokens_a", "n_tokens_b"]

_NOT_TEXT = re.compile(r"[^\u4E00-\u9FFFa-zA-Z0-9]+")


def era_label(year=None, year_min=None, year_max=None) -> str:
    """The era of a speech as a label: its year, the span reading establishes, or 'unknown'.

    Parameters
    ----------
    year, year_min, year_max : int, NA or None
        The manifest's cells.

    Returns
    -------
    str
        ``"2021"``, ``"2006-2007"`` or ``"unknown"``.

    Examples
    --------
    >>> era_label(2021), era_label(None, 2006, 2007), era_label(None, 2005, 2005), era_label()   # 文中只写 20xx 年
    ('2021', '2006-2007', '2005', 'unknown')
    """
    def ok(v) -> bool:
        return v is not None and not (isinstance(v, float) and math.isnan(v)) and v is not pd.NA

    if ok(year):
        return str(int(year))
    if ok(year_min) and ok(year_max):
        lo, hi = int(year_min), int(year_max)
        return str(lo) if lo == hi else f"{lo}-{hi}"
    return "unknown"


def _with_dating(speeches: pd.DataFrame, manifest: pd.DataFrame | None) -> pd.DataFrame:
    sp = speeches.copy()
    need = [c for c in OPTIONAL_MANIFEST_COLUMNS if c not in sp.columns]
    if need:
        man = manifest if manifest is not None else load_manifest()
        man = man.set_index("speech_id")
        for c in need:
            sp[c] = sp["speech_id"].map(man[c]) if c in man.columns else pd.NA
    return sp


def confound_table(
    corpus,
    *,
    by: str = "campaign",
    variables: Sequence[str] = ("era", "admin_level", "source_file", "source_site", "region"),
    manifest: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Each group against era, admin level and source, with the share of the group's text.

    Parameters
    ----------
    corpus : Corpus
        Speech parts come from ``features.documents(corpus, level="speech",
        by=by)``, so a mixed speech counts in each group it has a part in,
        with that part's characters.
    by : str
        Grouping column (default ``campaign``).
    variables : sequence of str
        Speech columns to cross with the groups; ``era`` is made by
        :func:`era_label` from ``year``, ``year_min``, ``year_max``.
    manifest : DataFrame, optional
        Where ``year_min``/``year_max``/``speaker_role`` come from when the
        speeches table lacks them; default :func:`load_manifest`.

    Returns
    -------
    DataFrame
        One row per group, variable and value (groups in campaign order,
        values by descending share), columns :data:`CONFOUND_COLUMNS`:
        ``group``, ``variable``, ``value`` (empty cells shown as
        ``unknown``), ``n_speeches``, ``speech_ids`` (joined by ``;``),
        ``n_chars`` (characters of the group's text with that value),
        ``share_chars`` (their share of the group's characters).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> sp = pd.DataFrame({"speech_id": ["civ", "sd"], "include": True, "year": pd.array([2021, pd.NA], "Int64"),
    ...                    "year_min": [2021, 2005], "year_max": [2021, 2007], "admin_level": ["county", "province"]})
    >>> para = pd.DataFrame({"speech_id": ["civ", "sd"], "paragraph_id": ["civ:1", "sd:1"], "section_id": 0,
    ...                      "section_title": "", "campaign": ["civilised_city", "environment"],
    ...                      "text": ["创文迎检冲锋号已经拉响", "城乡环境综合整治"]})
    >>> t = confound_table(SimpleNamespace(speeches=sp, paragraphs=para), variables=["era", "admin_level"])
    >>> t[["group", "variable", "value", "share_chars"]].values.tolist()
    [['civilised_city', 'era', '2021', 1.0], ['civilised_city', 'admin_level', 'county', 1.0], ['environment', 'era', '2005-2007', 1.0], ['environment', 'admin_level', 'province', 1.0]]
    """
    docs = documents(corpus, level="speech", by=by)
    sp = _with_dating(corpus.speeches, manifest).set_index("speech_id")
    sp["era"] = [era_label(*(r.get(c) for c in ("year", "year_min", "year_max"))) for _, r in sp.iterrows()]
    docs = docs.assign(n_chars=docs["text"].str.len())
    rows = []
    for g in sort_groups(docs["group"].astype(str)):
        sub = docs[docs["group"].astype(str) == g]
        total = sub["n_chars"].sum()
        for var in variables:
            if var not in sp.columns:
                raise KeyError(f"unknown variable {var!r}: not a speech column (have {', '.join(sp.columns)})")
            vals = sub["speech_id"].map(sp[var]).astype("string").fillna("").replace("", "unknown")
            agg = sub.assign(_v=vals.to_numpy()).groupby("_v", sort=False).agg(
                n_speeches=("speech_id", "nunique"), speech_ids=("speech_id", lambda s: ";".join(dict.fromkeys(s))),
                n_chars=("n_chars", "sum"))
            agg = agg.sort_values(["n_chars"], ascending=False, kind="stable")
            for v, r in agg.iterrows():
                rows.append({"group": g, "variable": var, "value": str(v), "n_speeches": int(r["n_speeches"]),
                             "speech_ids": r["speech_ids"], "n_chars": int(r["n_chars"]),
                             "share_chars": round(float(r["n_chars"] / total), 4) if total else math.nan})
    return pd.DataFrame(rows, columns=CONFOUND_COLUMNS)


def _grams(text: str, n: int) -> set[str]:
    t = _NOT_TEXT.sub("", text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def _passages(a: str, shared: set[str], n: int) -> list[str]:
    """Maximal runs of ``a`` (punctuation removed) covered by shared n-grams."""
    t = _NOT_TEXT.sub("", a)
    covered = np.zeros(len(t) + 1, dtype=np.int64)
    for i in range(len(t) - n + 1):
        if t[i:i + n] in shared:
            covered[i] += 1
            covered[i + n] -= 1
    mask = np.cumsum(covered)[:len(t)] > 0
    runs, start = [], None
    for i, m in enumerate(list(mask) + [False]):
        if m and start is None:
            start = i
        elif not m and start is not None:
            runs.append(t[start:i])
            start = None
    return runs


def shared_ngrams(
    texts,
    *,
    n: int = 8,
    min_shared: int = 1,
    ignore: Sequence[str] = (),
) -> pd.DataFrame:
    """Pairs of speeches sharing long character n-grams: near-identical sources and common drafters.

    Punctuation, spaces and symbols are removed before cutting, so a shared
    sentence is found whatever its commas.  Formulas every speech of an era
    quotes (习近平新时代中国特色社会主义思想) are long too: read
    ``longest_passage`` and pass such strings as ``ignore``.

    Parameters
    ----------
    texts : Corpus, DataFrame or mapping
        A Corpus (its included speeches' ``text``), a DataFrame with
        ``speech_id`` and ``text`` (texts of one speech_id are joined), or a
        mapping ``{speech_id: text}``.
    n : int
        Length of the character n-grams (default 8).
    min_shared : int
        Report pairs sharing at least this many distinct n-grams.
    ignore : sequence of str
        Strings whose n-grams are not counted (stock formulas).

    Returns
    -------
    DataFrame
        One row per pair (by descending ``n_shared``), columns
        :data:`NGRAM_COLUMNS`: ``speech_a``, ``speech_b``, ``n``,
        ``n_shared`` (distinct n-grams in both), ``share_a``, ``share_b``
        (their share of each speech's distinct n-grams), ``n_passages``
        (maximal shared runs in speech a) and ``longest_passage``.

    Examples
    --------
    >>> shared_ngrams({"县1": "全面推进乡村振兴,巩固脱贫攻坚成果", "县2": "我们要全面推进乡村振兴。", "市": "创文迎检"}, n=6)
      speech_a speech_b  n  n_shared  share_a  share_b  n_passages longest_passage
    0       县1       县2  6         3   0.2727      0.5           1        全面推进乡村振兴
    """
    if n < 2:
        raise ValueError(f"n must be at least 2, got {n}")
    if hasattr(texts, "speeches") and not isinstance(texts, pd.DataFrame):
        sp = texts.speeches
        texts = sp[sp["include"].astype(bool)] if "include" in sp.columns else sp
    if isinstance(texts, pd.DataFrame):
        if not {"speech_id", "text"} <= set(texts.columns):
            raise KeyError("texts needs columns speech_id and text")
        texts = texts.groupby("speech_id", sort=False)["text"].agg("\n".join).to_dict()
    if not isinstance(texts, Mapping):
        raise TypeError(f"texts must be a Corpus, a DataFrame or a mapping, got {type(texts).__name__}")
    skip: set[str] = set().union(*(_grams(s, n) for s in ignore)) if ignore else set()
    grams = {k: _grams(v, n) - skip for k, v in texts.items()}
    rows = []
    for a, b in itertools.combinations(grams, 2):
        common = grams[a] & grams[b]
        if len(common) < max(1, min_shared):
            continue
        runs = _passages(texts[a], common, n)
        rows.append({"speech_a": a, "speech_b": b, "n": n, "n_shared": len(common),
                     "share_a": round(len(common) / len(grams[a]), 4), "share_b": round(len(common) / len(grams[b]), 4),
                     "n_passages": len(runs), "longest_passage": max(runs, key=len) if runs else ""})
    out = pd.DataFrame(rows, columns=NGRAM_COLUMNS)
    return out.sort_values("n_shared", ascending=False, kind="stable").reset_index(drop=True)


def within_speech_comparison(rates: pd.DataFrame, a: str, b: str, *, value: str = "rate") -> pd.DataFrame:
    """Two groups compared inside the same speeches: speaker, place and year held fixed.

    Parameters
    ----------
    rates : DataFrame
        From :func:`corpusmine.stats.evidence.speech_rates` on speech parts
        (a mixed speech has one row per group and category).
    a, b : str
        The groups compared (for example ``environment`` and ``rural``).
    value : {"rate", "sentence_share"}
        The per-part value compared.

    Returns
    -------
    DataFrame
        One row per speech holding both groups and per category, columns
        :data:`WITHIN_COLUMNS`: ``speech_id``, ``category``, ``value``,
        ``group_a``, ``group_b``, ``value_a``, ``value_b``, ``diff``
        (value_a - value_b), ``n_tokens_a``, ``n_tokens_b``.  Empty when no
        speech has parts in both groups.

    Examples
    --------
    >>> # 同一县的讲话: 城乡环境综合提质部分对乡村振兴部分
    >>> rates = pd.DataFrame({"speech_id": ["x", "x", "y"], "group": ["environment", "rural", "environment"],
    ...                       "category": "routine_mode", "rate": [4.0, 1.0, 3.0], "n_tokens": [800, 300, 500]})
    >>> within_speech_comparison(rates, "environment", "rural")[["speech_id", "value_a", "value_b", "diff"]].values.tolist()
    [['x', 4.0, 1.0, 3.0]]
    """
    for col in ("speech_id", "group", "category", value, "n_tokens"):
        if col not in rates.columns:
            raise KeyError(f"rates has no column {col!r}; make it with speech_rates()")
    g = rates["group"].astype(str)
    ra = rates[g == a].set_index(["speech_id", "category"])
    rb = rates[g == b].set_index(["speech_id", "category"])
    both = ra.index.intersection(rb.index, sort=False)
    rows = [{"speech_id": s, "category": c, "value": value, "group_a": a, "group_b": b,
             "value_a": float(ra.at[(s, c), value]), "value_b": float(rb.at[(s, c), value]),
             "diff": float(ra.at[(s, c), value] - rb.at[(s, c), value]),
             "n_tokens_a": int(ra.at[(s, c), "n_tokens"]), "n_tokens_b": int(rb.at[(s, c), "n_tokens"])}
            for s, c in both]
    return pd.DataFrame(rows, columns=WITHIN_COLUMNS)
