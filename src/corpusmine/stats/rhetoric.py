"""Rhetoric measures: how speeches order, mobilise, threaten, rank and appeal.

The registers are defined by a documented lexicon, ``data/lexicons/rhetoric.yaml``
(:mod:`corpusmine.stats.rhetoric_lexicon`: directive modality, mobilisation
and war metaphor, sanction, evaluation and ranking, mass line, campaign-style
and routine governance; each category and term with its source).  They are
counted per document by :mod:`corpusmine.stats.rhetoric_match` (token
matching, described there); this module turns the counts into rates per
1,000 tokens with bootstrap confidence intervals and compares groups with
permutation tests, both from :mod:`corpusmine.stats.resampling`.  The names
of the two other modules are importable from here as well.

Uncertainty
-----------
The seed corpus is small (7 speeches, one civilised-city speech) and its
texts come from template sites that copy each other.  Paragraphs of one
speech are not independent observations, so every function that resamples or
permutes can do so by cluster (``cluster="speech_id"``); with one speech in a
group no between-speech uncertainty can be estimated at all, and the functions
say so (NaN intervals, a stated minimum attainable p-value) instead of
printing a precise-looking number.

Examples
--------
>>> counts = pd.DataFrame({"group": ["创文"] * 3 + ["整治"] * 3, "n_tokens": [100] * 6,
...                        "directive": [9, 8, 10, 1, 2, 0]})
>>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
>>> compare_rhetoric(counts, lexicon=lex)[["group_a", "group_b", "p_value", "min_p"]].round(6).values.tolist()
[['创文', '整治', 0.1, 0.05]]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import pandas as pd

from corpusmine.features import sort_groups
from corpusmine.stats.resampling import (adjust_pvalues, cluster_totals, keyed_rng, permutation_pvalues,
                                         ratio_bootstrap)
from corpusmine.stats.rhetoric_lexicon import (RESERVED_COLUMNS, RHETORIC_LEXICON, RhetoricCategory,
                                               RhetoricLexicon, RhetoricLexiconError, RhetoricTerm,
                                               load_rhetoric_lexicon)
from corpusmine.stats.rhetoric_match import as_counts, rhetoric_concordance, rhetoric_counts, term_table


__all__ = [
    "RHETORIC_LEXICON",
    "RhetoricCategory",
    "RhetoricLexicon",
    "RhetoricLexiconError",
    "RhetoricTerm",
    "compare_rhetoric",
    "load_rhetoric_lexicon",
    "permutation_test",
    "rhetoric_concordance",
    "rhetoric_counts",
    "rhetoric_rates",
    "term_table",
]


def _units(sub: pd.DataFrame, names: Sequence[str], cluster: str | None) -> tuple[np.ndarray, np.ndarray]:
    """Hits (units x categories) and tokens (units) of the resampling units of one group."""
    if cluster is not None and cluster not in sub.columns:
        raise KeyError(f"cluster column {cluster!r} not in docs")
    return cluster_totals(sub[list(names)].to_numpy(dtype=np.int64), sub["n_tokens"].to_numpy(dtype=np.int64),
                          None if cluster is None else sub[cluster].to_numpy())


def rhetoric_rates(
    docs,
    *,
    by: str = "group",
    n_boot: int = 2000,
    ci: float = 0.95,
    random_state: int | None = 0,
    level: str = "paragraph",
    cluster: str | None = None,
    categories: Sequence[str] | None = None,
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
) -> pd.DataFrame:
    """Rates per 1,000 tokens of every category in every group, with bootstrap intervals.

    The rate of a group is its pooled rate, total matches / total tokens x
    1000 (longer documents weigh more).  Its interval is a percentile
    bootstrap (Efron & Tibshirani 1993, *An Introduction to the Bootstrap*,
    ch. 13): the group's documents are resampled with replacement ``n_boot``
    times and the pooled rate recomputed on each resample; the same resamples
    serve all categories.

    With ``cluster="speech_id"`` whole speeches (within the group) are
    resampled instead of paragraphs (the cluster bootstrap; Davison & Hinkley
    1997, *Bootstrap Methods and Their Application*, sec. 3.8; Field & Welsh
    2007, JRSS B 69(3): 369-390).  This matters here: paragraphs of one speech
    share a speaker, an occasion and often a template, and template-site
    speeches copy each other, so treating 100 paragraphs from 6 speeches as
    100 independent draws makes intervals far too narrow.  The cluster
    bootstrap describes the variation between speeches, which is what a claim
    about a campaign's rhetoric needs; with as few speeches as the seed
    corpus has, its intervals are wide and themselves rough (a percentile
    interval from 2 to 6 clusters under-covers), and with a single speech no
    interval exists.

    Parameters
    ----------
    docs : Corpus or DataFrame
        A Corpus (turned into documents with
        ``features.documents(corpus, level=level)``), a DataFrame with ``text``
        (counted with :func:`rhetoric_counts`), or the output of
        :func:`rhetoric_counts` (used as is).
    by : str
        Grouping column (default ``group``: the campaign).
    n_boot : int
        Bootstrap resamples.
    ci : float
        Coverage of the interval, in (0, 1).
    random_state : int or None
        Seed.  Each group's resamples depend only on the seed and the group's
        label, so adding or removing a group does not change the others.
    level : {"speech", "section", "paragraph"}
        Document unit when docs is a Corpus (``features.documents(corpus, level=level)``).
    cluster : str, optional
        Column whose values are resampled as wholes (``"speech_id"``).
    categories : sequence of str, optional
        Default all lexicon categories.
    tokenizer, lexicon
        As in :func:`rhetoric_counts`.

    Returns
    -------
    DataFrame
        Tidy, one row per group and category (groups in campaign order,
        categories in lexicon order):

        ``group`` (the value of ``by``), ``category``, ``label_zh``,
        ``count`` (matches), ``n_tokens`` (tokens of the group),
        ``rate_per_1000`` (count / n_tokens x 1000), ``ci_low`` and
        ``ci_high`` (percentile bootstrap bounds; NaN when there are fewer
        than two resampling units), ``n_docs`` (documents),
        ``n_docs_with`` (documents with at least one match: dispersion),
        ``n_speeches`` and ``n_speeches_with`` (the same by distinct
        ``speech_id``, when docs has it), ``resample_unit`` (``"document"``
        or the cluster column), ``n_units`` (units resampled), ``n_boot``.

    Examples
    --------
    >>> counts = pd.DataFrame({"doc_id": ["a", "b", "c"], "group": ["创文", "创文", "整治"],
    ...                        "n_tokens": [100, 300, 200], "directive": [3, 5, 1]})
    >>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
    >>> r = rhetoric_rates(counts, lexicon=lex, n_boot=200)
    >>> r[["group", "count", "n_tokens", "rate_per_1000"]].to_numpy().tolist()
    [['创文', 8, 400, 20.0], ['整治', 1, 200, 5.0]]
    """
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot must be a positive int, got {n_boot!r}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    counts, lex = as_counts(docs, tokenizer=tokenizer, lexicon=lexicon, by=by, level=level, needed=categories)
    names = list(lex.names) if categories is None else [lex[c].name for c in categories]
    labels = counts[by].astype(str).to_numpy()
    has_speech = "speech_id" in counts.columns
    rows = []
    for g in sort_groups(labels):
        sub = counts[labels == g]
        hits, toks = _units(sub, names, cluster)
        total_hits, total_toks = hits.sum(axis=0), toks.sum()
        m = len(toks)
        rng = keyed_rng(random_state, f"rates\x00{g}")
        lo, hi = ratio_bootstrap(hits, toks, n_boot=int(n_boot), ci=ci, rng=rng, scale=1000.0)
        doc_hits = sub[names].to_numpy()
        for k, name in enumerate(names):
            row = {
                "group": g, "category": name, "label_zh": lex[name].label_zh,
                "count": int(total_hits[k]), "n_tokens": int(total_toks),
                "rate_per_1000": (total_hits[k] / total_toks * 1000.0) if total_toks else np.nan,
                "ci_low": float(lo[k]), "ci_high": float(hi[k]),
                "n_docs": len(sub), "n_docs_with": int((doc_hits[:, k] > 0).sum()),
            }
            if has_speech:
                row["n_speeches"] = int(sub["speech_id"].nunique())
                row["n_speeches_with"] = int(sub.loc[doc_hits[:, k] > 0, "speech_id"].nunique())
            row.update({"resample_unit": cluster or "document", "n_units": m, "n_boot": int(n_boot)})
            rows.append(row)
    columns = ["group", "category", "label_zh", "count", "n_tokens", "rate_per_1000", "ci_low", "ci_high",
               "n_docs", "n_docs_with"] + (["n_speeches", "n_speeches_with"] if has_speech else []) + [
        "resample_unit", "n_units", "n_boot"]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------
# Permutation tests
# --------------------------------------------------------------------------


def _pair_units(counts, names, by, a, b, cluster):
    labels = counts[by].astype(str).to_numpy()
    for g in (a, b):
        if g not in set(labels):
            raise KeyError(f"group {g!r} not found in column {by!r}; groups: {', '.join(sort_groups(labels))}")
    if a == b:
        raise ValueError("group_a and group_b must differ")
    ha, ta = _units(counts[labels == a], names, cluster)
    hb, tb = _units(counts[labels == b], names, cluster)
    return np.vstack([ha, hb]), np.concatenate([ta, tb]), len(ta), len(tb)


def permutation_test(
    docs,
    category: str,
    group_a: str,
    group_b: str,
    *,
    n_perm: int = 5000,
    random_state: int | None = 0,
    cluster: str | None = None,
    by: str = "group",
    level: str = "paragraph",
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
) -> pd.Series:
    """Two-sided permutation test of a difference in rates between two groups.

    The statistic is ``rate_a - rate_b`` (pooled rates per 1,000 tokens).
    Under the null hypothesis that the group label does not matter, the
    documents (or clusters) of the two groups are exchangeable; their labels
    are permuted, keeping the group sizes, and the statistic recomputed.  The
    p-value is the share of permutations at least as extreme in absolute
    value.  When the number of distinct assignments, C(n_a + n_b, n_a), is at
    most ``n_perm`` they are all enumerated and the p-value is exact;
    otherwise ``n_perm`` random permutations are drawn and
    ``p = (b + 1) / (n_perm + 1)`` (Phipson & Smyth 2010, "Permutation
    P-values Should Never Be Zero", *Stat. Appl. Genet. Mol. Biol.* 9(1): 39),
    so p is never 0.

    With ``cluster="speech_id"`` the speeches (within each group: a mixed
    speech contributes one unit per campaign) are permuted instead of
    paragraphs.  Few speeches mean few assignments: with 1 speech against 6
    the smallest attainable p is 1/7, whatever the data; ``min_p`` reports
    it.

    Parameters
    ----------
    docs : Corpus or DataFrame
        As in :func:`rhetoric_rates`.
    category : str
        A lexicon category.
    group_a, group_b : str
        Values of the ``by`` column.
    n_perm : int
        Random permutations (or the cap for exact enumeration).
    random_state : int or None
        Seed; the permutations depend only on it and on the pair of groups, so
        every category of a pair (and :func:`compare_rhetoric`) sees the same
        permutations.
    cluster : str, optional
        Column whose values are permuted as wholes (``"speech_id"``).
    by, level, tokenizer, lexicon
        As in :func:`rhetoric_rates`.

    Returns
    -------
    Series
        ``category``, ``group_a``, ``group_b``, ``rate_a``, ``rate_b``,
        ``diff`` (rate_a - rate_b per 1,000 tokens), ``p_value``
        (two-sided), ``method`` (``"exact"`` or ``"monte_carlo"``),
        ``n_perm`` (assignments used), ``min_p`` (smallest attainable
        p-value), ``n_units_a``, ``n_units_b``, ``resample_unit``.

    Examples
    --------
    >>> counts = pd.DataFrame({"group": ["创文"] * 3 + ["整治"] * 3, "n_tokens": [100] * 6,
    ...                        "directive": [9, 8, 10, 1, 2, 0]})
    >>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
    >>> res = permutation_test(counts, "directive", "创文", "整治", lexicon=lex)
    >>> res["method"], round(res["diff"], 6), res["p_value"]
    ('exact', 80.0, 0.1)
    """
    counts, lex = as_counts(docs, tokenizer=tokenizer, lexicon=lexicon, by=by, level=level, needed=[category])
    name = lex[category].name
    if not isinstance(n_perm, (int, np.integer)) or n_perm < 1:
        raise ValueError(f"n_perm must be a positive int, got {n_perm!r}")
    hits, toks, n_a, n_b = _pair_units(counts, [name], by, group_a, group_b, cluster)
    res = permutation_pvalues(hits, toks, n_a, n_perm=int(n_perm),
                              rng=keyed_rng(random_state, f"perm\x00{group_a}\x00{group_b}"))
    ha, hb = hits[:n_a, 0].sum(), hits[n_a:, 0].sum()
    ta, tb = toks[:n_a].sum(), toks[n_a:].sum()
    return pd.Series({
        "category": name, "group_a": group_a, "group_b": group_b,
        "rate_a": ha / ta * 1000.0 if ta else np.nan, "rate_b": hb / tb * 1000.0 if tb else np.nan,
        "diff": float(res.observed[0]), "p_value": float(res.p_value[0]), "method": res.method,
        "n_perm": res.n_perm, "min_p": res.min_p,
        "n_units_a": n_a, "n_units_b": n_b, "resample_unit": cluster or "document",
    })


def compare_rhetoric(
    docs,
    *,
    groups: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    n_perm: int = 5000,
    random_state: int | None = 0,
    cluster: str | None = None,
    by: str = "group",
    level: str = "paragraph",
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
) -> pd.DataFrame:
    """All categories x all pairs of groups: rates, differences, permutation p-values, BH.

    Each pair of groups is tested with :func:`permutation_test` (same
    permutations for every category of a pair); the p-values of the whole
    table are then adjusted together for the false discovery rate
    (Benjamini & Hochberg 1995, JRSS B 57(1): 289-300).

    Parameters
    ----------
    docs : Corpus or DataFrame
        As in :func:`rhetoric_rates`.
    groups : sequence of str, optional
        Groups to compare; default all groups present, in campaign order
        (rural, civilised_city, environment, then others).
    categories : sequence of str, optional
        Default all lexicon categories.
    n_perm, random_state, cluster, by, level, tokenizer, lexicon
        As in :func:`permutation_test`.

    Returns
    -------
    DataFrame
        One row per category and pair (categories in lexicon order, pairs in
        group order): ``category``, ``label_zh``, ``group_a``, ``group_b``,
        ``rate_a``, ``rate_b``, ``diff`` (rate_a - rate_b per 1,000
        tokens), ``p_value`` (two-sided permutation p), ``p_adj``
        (Benjamini-Hochberg over the table), ``method``, ``n_perm``,
        ``min_p`` (smallest attainable p for that pair), ``n_units_a``,
        ``n_units_b``, ``resample_unit``.

    Examples
    --------
    A ready count table (one row per document) can stand in for the documents:

    >>> counts = pd.DataFrame({"group": ["创文"] * 3 + ["整治"] * 3, "n_tokens": [100] * 6,
    ...                        "directive": [9, 8, 10, 1, 2, 0]})
    >>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
    >>> res = compare_rhetoric(counts, lexicon=lex)
    >>> res[["group_a", "group_b", "diff", "p_value", "p_adj"]].round(6).values.tolist()
    [['创文', '整治', 80.0, 0.1, 0.1]]

    On the corpus (builds it on first use):

    >>> import corpusmine as cm                                         # doctest: +SKIP
    >>> docs = cm.documents(cm.load_corpus(), level="paragraph")        # doctest: +SKIP
    >>> compare_rhetoric(docs, cluster="speech_id").query("category == 'mobilisation'")  # doctest: +SKIP
    """
    counts, lex = as_counts(docs, tokenizer=tokenizer, lexicon=lexicon, by=by, level=level, needed=categories)
    names = list(lex.names) if categories is None else [lex[c].name for c in categories]
    if not isinstance(n_perm, (int, np.integer)) or n_perm < 1:
        raise ValueError(f"n_perm must be a positive int, got {n_perm!r}")
    present = sort_groups(counts[by].astype(str))
    if groups is None:
        groups = present
    else:
        groups = list(dict.fromkeys(str(g) for g in groups))
        missing = [g for g in groups if g not in present]
        if missing:
            raise KeyError(f"group(s) {missing} not found in column {by!r}; groups: {', '.join(present)}")
    rows = []
    for a, b in itertools.combinations(groups, 2):
        hits, toks, n_a, n_b = _pair_units(counts, names, by, a, b, cluster)
        res = permutation_pvalues(hits, toks, n_a, n_perm=int(n_perm), rng=keyed_rng(random_state, f"perm\x00{a}\x00{b}"))
        ta, tb = toks[:n_a].sum(), toks[n_a:].sum()
        ha, hb = hits[:n_a].sum(axis=0), hits[n_a:].sum(axis=0)
        for k, name in enumerate(names):
            rows.append({
                "category": name, "label_zh": lex[name].label_zh, "group_a": a, "group_b": b,
                "rate_a": ha[k] / ta * 1000.0 if ta else np.nan, "rate_b": hb[k] / tb * 1000.0 if tb else np.nan,
                "diff": float(res.observed[k]), "p_value": float(res.p_value[k]), "method": res.method,
                "n_perm": res.n_perm, "min_p": res.min_p,
                "n_units_a": n_a, "n_units_b": n_b, "resample_unit": cluster or "document",
            })
    columns = ["category", "label_zh", "group_a", "group_b", "rate_a", "rate_b", "diff", "p_value", "p_adj",
               "method", "n_perm", "min_p", "n_units_a", "n_units_b", "resample_unit"]
    out = pd.DataFrame(rows, columns=[c for c in columns if c != "p_adj"])
    order = {n: i for i, n in enumerate(names)}
    out = out.sort_values("category", key=lambda s: s.map(order), kind="mergesort").reset_index(drop=True)
    out.insert(8, "p_adj", adjust_pvalues(out["p_value"].to_numpy(), "fdr_bh"))
    return out
