"""Periods compared: keyness between periods with a document-level test, and the era baseline of the registers.

:func:`period_keyness` runs the campaign comparison's keyness functions
(:func:`corpusmine.stats.keyness.keyness_table`: G2, log ratio, weighted
log-odds, dispersion) with periods as groups, and adds a test over documents.
:func:`era_baseline` gives each rhetoric register's rate per period, the
table notebook 05 sets beside the campaign differences.  Rhetoric rates of two
periods are tested over documents with
:func:`corpusmine.stats.rhetoric.compare_rhetoric` (``by="period",
cluster="speech_id"``), as campaigns are.

Examples
--------
>>> from corpusmine.stats.over_time import dated_documents
>>> d = dated_documents(pd.DataFrame({"year": [1955, 1956, 2018, 2019],
...                                   "text": ["完成五年计划", "五年计划", "推进创新", "创新驱动"]}))
>>> from corpusmine import Tokenizer
>>> key = period_keyness(d, tokenizer=Tokenizer(cache_dir=None), min_count=2)
>>> key[key["rank"] == 1][["target", "term", "docs_target", "p_docs"]].round(4).values.tolist()
[['1950s', '五年计划', 2, 0.1667], ['2010s', '创新', 2, 0.1667]]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpusmine.features import build_dtm, doc_frequency, group_counts
from corpusmine.stats.keyness import adjust_pvalues, keyness_table
from corpusmine.stats.rhetoric import load_rhetoric_lexicon, rhetoric_rates
from corpusmine.stats.scale import dask_keyness
from corpusmine.tokens.tokenizer import Tokenizer

__all__ = ["era_baseline", "period_keyness"]


def _doc_test(key: pd.DataFrame, n_docs: pd.Series) -> pd.DataFrame:
    """One-sided Fisher exact test on documents using a term, target against reference."""
    from scipy.stats import hypergeom

    nt = key["target"].map(n_docs).to_numpy(dtype=np.int64)
    total = int(n_docs.sum())
    nr = np.where(key["reference"] == "rest", total - nt, key["reference"].map(n_docs).fillna(0).to_numpy())
    nr = nr.astype(np.int64)
    dt, dr = key["docs_target"].to_numpy(np.int64), key["docs_reference"].to_numpy(np.int64)
    # P(X >= dt) for X ~ hypergeometric: nt + nr documents, dt + dr of them using the term, nt drawn
    p = hypergeom.sf(dt - 1, nt + nr, dt + dr, nt)
    key = key.assign(p_docs=np.clip(p, 0.0, 1.0))
    key["p_docs_adj"] = np.nan
    for _, idx in key.groupby(["target", "reference"], sort=False).groups.items():
        key.loc[idx, "p_docs_adj"] = adjust_pvalues(key.loc[idx, "p_docs"].to_numpy(), "fdr_bh")
    return key


def period_keyness(docs: pd.DataFrame, *, by: str = "period", tokenizer=None, tokenizer_params=None,
                   client=None, address: str | None = None, **kwargs) -> pd.DataFrame:
    """Keyness of every period against the rest (and pairwise), with a test over documents.

    The counts are those of the campaign comparison (tokens of
    :class:`corpusmine.Tokenizer`, stop words removed) and the statistics
    those of :func:`corpusmine.stats.keyness.keyness_table`, with
    ``docs_target``/``docs_reference`` = documents (reports) of each side
    using the term.  G2 counts tokens as independent draws; the document-level
    test does not: ``p_docs`` is the one-sided Fisher exact test (hypergeometric
    tail) that at least ``docs_target`` of the target's documents use the term,
    given how many documents of both sides use it, and ``p_docs_adj`` its
    Benjamini-Hochberg correction within each comparison.  With few documents
    per period it is weak by construction: 2 documents against 2 cannot go
    below p = 1/6.

    Parameters
    ----------
    docs : DataFrame
        From :func:`corpusmine.stats.over_time.dated_documents`.
    by : str
        Grouping column (default ``period``; ``year`` also works).
    tokenizer : Tokenizer, optional
        In process (default ``Tokenizer()``).
    tokenizer_params : mapping, optional
        On Dask: the Tokenizer's keyword arguments.
    client, address
        Count on a Dask cluster (:func:`corpusmine.stats.scale.dask_keyness`);
        the table is identical.
    **kwargs
        Passed to :func:`corpusmine.stats.keyness.keyness_table` (``pairwise``,
        ``min_count``, ``min_docs``, ``prior`` …).

    Returns
    -------
    DataFrame
        The columns of :func:`corpusmine.stats.keyness.keyness` with
        dispersion, then ``p_docs, p_docs_adj``.

    Examples
    --------
    >>> from corpusmine.stats.over_time import dated_documents
    >>> from corpusmine import Tokenizer
    >>> d = dated_documents(pd.DataFrame({"year": [1955, 1956, 2018, 2019],
    ...                                   "text": ["完成五年计划", "五年计划", "推进创新", "创新驱动"]}))
    >>> period_keyness(d, tokenizer=Tokenizer(cache_dir=None), min_count=2)["target"].unique().tolist()
    ['1950s', '2010s']
    """
    d = docs.assign(group=docs[by].astype(str))
    d = d[d["group"] != "nan"]
    n_docs = d.groupby("group")["speech_id"].nunique()
    if client is not None or address is not None:
        key = dask_keyness(d, by="group", unit="speech_id", client=client, address=address,
                           tokenizer_params=tokenizer_params, **kwargs)
    else:
        if tokenizer is None:
            tokenizer = Tokenizer(**dict(tokenizer_params or {}))
        dtm = build_dtm(d, tokenizer=tokenizer)
        key = keyness_table(group_counts(dtm), docs=doc_frequency(dtm, unit="speech_id"), n_docs=n_docs, **kwargs)
    return _doc_test(key, n_docs)


def era_baseline(counts: pd.DataFrame, *, n_boot: int = 2000, ci: float = 0.95, random_state: int | None = 0,
                 min_docs: int = 3, lexicon=None) -> pd.DataFrame:
    """Each rhetoric register's rate per period: the baseline a campaign difference must exceed.

    Rates per 1,000 tokens pooled over the period's documents
    (:func:`corpusmine.stats.rhetoric.rhetoric_rates`, the function of
    notebook 05), with a percentile bootstrap over documents (``cluster =
    speech_id``) when the period has at least ``min_docs`` documents, and no
    interval otherwise.

    Parameters
    ----------
    counts : DataFrame
        From :func:`corpusmine.stats.over_time.document_counts` with
        ``categories=`` (term rows are ignored).
    n_boot, ci, random_state
        As in :func:`corpusmine.stats.rhetoric.rhetoric_rates`.
    min_docs : int
        Documents needed for an interval (default 3).
    lexicon : RhetoricLexicon, optional
        For the labels (default the shipped lexicon).

    Returns
    -------
    DataFrame
        Tidy, one row per period and register (periods in time order,
        registers in lexicon order): ``period, first_year, last_year`` (years
        of its documents), ``category, label_zh, count, n_tokens,
        rate_per_1000, ci_low, ci_high, n_docs, n_docs_with, interval``
        (``"bootstrap"`` or ``""``), ``doc_ids`` (``;``-separated) and
        ``titles`` (the documents behind the number).

    Examples
    --------
    >>> from corpusmine.stats.over_time import dated_documents, document_counts
    >>> from corpusmine import Tokenizer
    >>> d = dated_documents(pd.DataFrame({"year": [2016, 2017, 2018, 2021],
    ...     "text": ["要打赢脱贫攻坚战。", "要坚决打好攻坚战。", "要建立长效机制。", "必须常态化推进。"]}))
    >>> c = document_counts(d, categories=["mobilisation"], tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> b = era_baseline(c, n_boot=200)
    >>> b[["period", "count", "n_docs", "interval"]].values.tolist()
    [['2010s', 3, 3, 'bootstrap'], ['2020s', 0, 1, '']]
    """
    cat = counts[counts["kind"] == "category"]
    if cat.empty:
        raise ValueError("counts holds no rhetoric register: count with document_counts(..., categories=True)")
    lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
    names = list(dict.fromkeys(cat["feature"]))
    wide = cat.pivot_table(index=["doc_id", "speech_id", "period", "year"], columns="feature", values="count",
                           observed=True, aggfunc="sum").reset_index()
    tokens = cat.groupby("doc_id")["exposure"].first()
    wide["n_tokens"] = wide["doc_id"].map(tokens).astype(np.int64)
    wide["period"] = wide["period"].astype(str)
    wide.columns.name = None
    sub_lex = type(lex)(tuple(lex[n] for n in names))
    rates = rhetoric_rates(wide, by="period", n_boot=n_boot, ci=ci, random_state=random_state,
                           cluster="speech_id", lexicon=sub_lex)
    few = rates["n_units"] < min_docs
    rates.loc[few, ["ci_low", "ci_high"]] = np.nan
    rates["interval"] = np.where(few, "", "bootstrap")
    periods = counts["period"].cat.categories if isinstance(counts["period"].dtype, pd.CategoricalDtype) else \
        sorted(wide["period"].unique())
    order = {str(p): i for i, p in enumerate(periods)}
    rates = rates.rename(columns={"group": "period"})
    rates = rates.sort_values("period", key=lambda s: s.map(order), kind="mergesort").reset_index(drop=True)
    docs = cat.drop_duplicates("doc_id").assign(period=lambda x: x["period"].astype(str))
    info = docs.groupby("period").agg(first_year=("year", "min"), last_year=("year", "max"),
                                      doc_ids=("doc_id", ";".join), titles=("title", ";".join))
    out = rates.join(info, on="period")
    cols = ["period", "first_year", "last_year", "category", "label_zh", "count", "n_tokens", "rate_per_1000",
            "ci_low", "ci_high", "n_docs", "n_docs_with", "interval", "doc_ids", "titles"]
    return out[cols]
