"""First use and spread of a formulation over time: first and last year, years present, intensity bands.

All functions read the count table of
:func:`corpusmine.stats.over_time.document_counts` (or dated documents, for
:func:`formula_years`).

Examples
--------
>>> from corpusmine.stats.over_time import dated_documents, document_counts
>>> d = dated_documents(pd.DataFrame({"year": [2015, 2018, 2020], "text": ["精准扶贫", "乡村振兴", "乡村振兴战略"]}))
>>> first_use(document_counts(d, terms=["乡村振兴"]))[["first_year", "last_year", "n_years_present"]].values.tolist()
[[2018, 2020, 2]]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from corpusmine.stats.over_time import SCALES
from corpusmine.stats.phrases import chinese_numeral_value, formula_lexicon, numbered_formulas
from corpusmine.text.clean import simplified_view

__all__ = ["BANDS", "first_use", "formula_years", "intensity", "year_ranges"]

#: Intensity bands, CMP-style: lower bound of the share of documents using a
#: feature (inclusive) -> label.  ``absent``: no document; ``occasional``: under
#: a third; ``frequent``: a third to two thirds; ``pervasive``: two thirds or more.
BANDS: dict[float, str] = {0.0: "absent", 1e-12: "occasional", 1 / 3: "frequent", 2 / 3: "pervasive"}


def year_ranges(years: Sequence[int]) -> str:
    """Compact text of a set of years: runs of consecutive years as ranges.

    Parameters
    ----------
    years : sequence of int

    Returns
    -------
    str
        ``"1954-1956, 1958, 2018-2025"``; empty for no year.

    Examples
    --------
    >>> year_ranges([2018, 2019, 2020, 1958, 2022])     # 乡村振兴 …
    '1958, 2018-2020, 2022'
    """
    ys = sorted({int(y) for y in years})
    parts, start = [], None
    for i, y in enumerate(ys):
        if start is None:
            start = y
        if i + 1 == len(ys) or ys[i + 1] != y + 1:
            parts.append(str(y) if y == start else f"{start}-{y}")
            start = None
    return ", ".join(parts)


def first_use(counts: pd.DataFrame) -> pd.DataFrame:
    """For each feature: first and last year of use, the years present and where it peaks.

    Parameters
    ----------
    counts : DataFrame
        From :func:`corpusmine.stats.over_time.document_counts`.

    Returns
    -------
    DataFrame
        One row per feature, in input order: ``feature, kind, first_year,
        last_year`` (NA when never used), ``first_doc_id, first_title`` (the
        first document using it), ``n_years_present`` (years with a document
        using it), ``n_years_span`` (years with documents from the first to
        the last use), ``n_docs_with``, ``total_count``, ``years_present``
        (compact, see :func:`year_ranges`), ``years_absent_after_first``
        (years with documents after the first use where it is missing),
        ``peak_year`` and ``peak_rate`` (the year with the highest pooled
        rate), ``rate_unit``.

    Examples
    --------
    >>> from corpusmine.stats.over_time import dated_documents, document_counts
    >>> d = dated_documents(pd.DataFrame({"year": [2017, 2018, 2019, 2020],
    ...                                   "text": ["打赢脱贫攻坚战", "乡村振兴", "城市管理", "乡村振兴，乡村振兴"]}))
    >>> f = first_use(document_counts(d, terms=["乡村振兴", "创文"]))
    >>> f[["feature", "first_year", "years_present", "years_absent_after_first", "peak_year"]].values.tolist()
    [['乡村振兴', 2018, '2018, 2020', '2019', 2018], ['创文', <NA>, '', '', <NA>]]
    """
    rows = []
    for feature, sub in counts.groupby("feature", sort=False):
        used = sub[sub["count"] > 0]
        per_year = sub.groupby("year")[["count", "exposure"]].sum()
        years_used = sorted(used["year"].unique())
        row = {"feature": feature, "kind": sub["kind"].iloc[0], "first_year": pd.NA, "last_year": pd.NA,
               "first_doc_id": "", "first_title": "", "n_years_present": len(years_used), "n_years_span": 0,
               "n_docs_with": int(len(used)), "total_count": int(sub["count"].sum()),
               "years_present": year_ranges(years_used), "years_absent_after_first": "",
               "peak_year": pd.NA, "peak_rate": np.nan, "rate_unit": sub["rate_unit"].iloc[0]}
        if years_used:
            first, last = int(years_used[0]), int(years_used[-1])
            first_row = used.sort_values("year", kind="mergesort").iloc[0]
            span = [y for y in per_year.index if first <= y <= last]
            absent = [y for y in per_year.index if y > first and y not in set(years_used)]
            with np.errstate(invalid="ignore", divide="ignore"):
                rate = per_year["count"] / per_year["exposure"].where(per_year["exposure"] > 0)
            scale = SCALES[sub["kind"].iloc[0]][0]
            peak = rate.idxmax()
            row.update(first_year=first, last_year=last, first_doc_id=str(first_row["doc_id"]),
                       first_title=str(first_row["title"]), n_years_span=len(span),
                       years_absent_after_first=year_ranges(absent), peak_year=int(peak),
                       peak_rate=float(rate[peak] * scale))
        rows.append(row)
    out = pd.DataFrame(rows)
    for c in ("first_year", "last_year", "peak_year"):
        out[c] = out[c].astype("Int64")
    return out


def _band(share: float, bands: Mapping[float, str]) -> str:
    if np.isnan(share):
        return ""
    label = ""
    for lo, name in sorted(bands.items()):
        if share >= lo:
            label = name
    return label


def intensity(counts: pd.DataFrame, *, by: str = "period", bands: Mapping[float, str] | None = None) -> pd.DataFrame:
    """How widely a feature is used in each period (or year): share of documents, in bands.

    In the manner of the China Media Project's tracking of official
    formulations (is a phrase a one-off, current, or everywhere?), the
    intensity of a feature in a period is the share of the period's documents
    that use it at least once, put into bands (default :data:`BANDS`:
    absent / occasional < 1/3 / frequent < 2/3 / pervasive).  With one
    document per year (the Government Work Reports) a yearly share is 0 or
    1, so use periods; the pooled rate is given beside it.

    Parameters
    ----------
    counts : DataFrame
        From :func:`corpusmine.stats.over_time.document_counts`.
    by : {"period", "year"}
    bands : mapping of float to str, optional
        Lower bound of the share (inclusive) -> label.

    Returns
    -------
    DataFrame
        One row per feature and period (year) with documents: ``feature,
        kind``, ``period`` or ``year``, ``n_docs, n_docs_with, share_docs,
        band, count, rate, rate_unit``.

    Examples
    --------
    >>> from corpusmine.stats.over_time import dated_documents, document_counts
    >>> d = dated_documents(pd.DataFrame({"year": [2013, 2015, 2016, 2018, 2019],
    ...                                   "text": ["扶贫", "脱贫攻坚", "脱贫攻坚战", "脱贫攻坚", "乡村振兴"]}), periods=5)
    >>> intensity(document_counts(d, terms=["脱贫攻坚"]))[["period", "n_docs_with", "band"]].values.tolist()
    [['2010-2014', 0, 'absent'], ['2015-2019', 3, 'pervasive']]
    """
    if by not in ("period", "year"):
        raise ValueError(f"by must be 'period' or 'year', got {by!r}")
    bands = dict(BANDS if bands is None else bands)
    grouped = counts.assign(used=(counts["count"] > 0).astype(int)).groupby(["feature", by], sort=False,
                                                                             observed=True)
    out = grouped.agg(kind=("kind", "first"), n_docs=("doc_id", "size"), n_docs_with=("used", "sum"),
                      count=("count", "sum"), exposure=("exposure", "sum"), rate_unit=("rate_unit", "first"))
    out = out.reset_index()
    if by == "period" and isinstance(counts["period"].dtype, pd.CategoricalDtype):
        order = {p: i for i, p in enumerate(counts["period"].cat.categories)}
    else:
        order = None
    feats = {f: i for i, f in enumerate(dict.fromkeys(counts["feature"]))}
    out = out.sort_values(["feature", by], key=lambda s: s.map(feats) if s.name == "feature" else (
        s.map(order) if order is not None else s), kind="mergesort").reset_index(drop=True)
    out["share_docs"] = out["n_docs_with"] / out["n_docs"]
    out["band"] = [_band(s, bands) for s in out["share_docs"]]
    scale = out["kind"].map(lambda k: SCALES[k][0]).to_numpy()
    out["rate"] = np.where(out["exposure"] > 0, out["count"] / out["exposure"].where(out["exposure"] > 0, 1) * scale,
                           np.nan)
    if by == "period":
        out["period"] = out["period"].astype(str)
    return out[["feature", "kind", by, "n_docs", "n_docs_with", "share_docs", "band", "count", "rate", "rate_unit"]]


def formula_years(docs: pd.DataFrame, formulas: Sequence[str] = (), *, min_speeches: int = 2,
                  tokenizer=None) -> pd.DataFrame:
    """The year each numbered formula (五清, 三区三线, 六稳六保 …) appears, by the existing extractor.

    Formulas are learned from the whole input by
    :func:`corpusmine.stats.phrases.formula_lexicon` and counted per year by
    :func:`corpusmine.stats.phrases.numbered_formulas` (texts in Simplified
    form); ``formulas`` adds formulas to look for even when the extractor
    would not learn them (a formula said once, unquoted), and each is
    reported, found or not.

    Parameters
    ----------
    docs : DataFrame
        From :func:`corpusmine.stats.over_time.dated_documents`.
    formulas : sequence of str
        Formulas always reported (``evidence`` ``"requested"`` unless learned).
    min_speeches : int
        Passed to the extractor.
    tokenizer : Tokenizer, optional
        Passed to the extractor.

    Returns
    -------
    DataFrame
        One row per formula: ``formula, numeral, value, kind, evidence,
        first_year, last_year`` (NA when not found), ``n_years, years``
        (compact), ``count, n_docs, example`` (first occurrence in context),
        ordered by first year, then formula.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> from corpusmine.stats.over_time import dated_documents
    >>> d = dated_documents(pd.DataFrame({"year": [2019, 2020, 2021],
    ...     "text": ["做好“六稳”工作。", "扎实做好“六稳”工作，全面落实“六保”任务。", "继续做好“六稳”“六保”工作。"]}))
    >>> t = formula_years(d, ["三区三线"], tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> t[["formula", "first_year", "years", "count"]].values.tolist()
    [['六稳', 2019, '2019-2021', 3], ['六保', 2020, '2020-2021', 2], ['三区三线', <NA>, '', 0]]
    """
    d = docs.assign(text=[simplified_view(t) for t in docs["text"]], group=docs["year"].astype(str))
    d = d[["doc_id", "speech_id", "group", "text"]]
    lex = formula_lexicon(d, min_speeches=min_speeches, tokenizer=tokenizer)
    extra = [simplified_view(f) for f in formulas if simplified_view(f) not in set(lex.get("formula", []))]
    if extra:
        add = pd.DataFrame({"formula": extra})
        add["numeral"] = [f[0] for f in extra]
        add["value"] = [chinese_numeral_value(f[0]) for f in extra]
        add["kind"] = "requested"
        add["evidence"] = "requested"
        lex = pd.concat([lex, add.reindex(columns=lex.columns)], ignore_index=True) if len(lex) else add
    found = numbered_formulas(d, by="group", lexicon=lex, tokenizer=tokenizer) if len(lex) else pd.DataFrame(
        columns=["formula", "group", "count", "n_docs", "example"])
    rows = []
    by_formula = dict(tuple(found.groupby("formula", sort=False)))
    for r in lex.drop_duplicates("formula").itertuples(index=False):
        sub = by_formula.get(r.formula, found.iloc[:0])
        years = sorted(int(g) for g in sub["group"])
        first = sub[sub["group"] == str(years[0])] if years else None
        rows.append({"formula": r.formula, "numeral": r.numeral, "value": r.value, "kind": r.kind,
                     "evidence": r.evidence, "first_year": years[0] if years else pd.NA,
                     "last_year": years[-1] if years else pd.NA, "n_years": len(years), "years": year_ranges(years),
                     "count": int(sub["count"].sum()), "n_docs": int(sub["n_docs"].sum()),
                     "example": str(first["example"].iloc[0]) if years else ""})
    out = pd.DataFrame(rows, columns=["formula", "numeral", "value", "kind", "evidence", "first_year", "last_year",
                                      "n_years", "years", "count", "n_docs", "example"])
    for c in ("first_year", "last_year", "value"):
        out[c] = out[c].astype("Int64")
    out = out.sort_values(["first_year", "formula"], na_position="last", kind="mergesort")
    return out.reset_index(drop=True)
