"""Keyness: which words one campaign uses more (or less) than the others.

A keyness statistic compares how often each term occurs in a *target* group
of texts with how often it occurs in a *reference* group: either one other
group (pairwise) or all other groups pooled (one-vs-rest, reference
``"rest"``).  Three statistics are reported side by side, because they answer
different questions:

``g2``
    Dunning's (1993) log-likelihood ratio: *is there evidence* of a
    difference?  Grows with corpus size, so it ranks frequent words high.
``log_ratio``
    Hardie's (2014) Log Ratio: *how big* is the difference (doubling per
    unit)?  Ignores the amount of evidence, so it ranks rare words high.
``logodds_z``
    Monroe, Colaresi & Quinn's (2008) weighted log-odds with an informative
    Dirichlet prior ("Fightin' Words"): a difference shrunk towards zero for
    rare words and divided by its standard error.  It balances the two and is
    the default ranking.

Template-site speeches copy each other, so counts are not independent
evidence: pass ``docs`` (document frequencies, e.g. per speech) to see in how
many speeches a key term actually occurs.  With a corpus of a handful of
speeches, treat every p-value as a description of *token* counts, not as
evidence about the population of speeches.

References
----------
Dunning, T. (1993). Accurate methods for the statistics of surprise and
coincidence. *Computational Linguistics* 19(1), 61-74.

Rayson, P. & Garside, R. (2000). Comparing corpora using frequency profiling.
*Proceedings of the Workshop on Comparing Corpora*, ACL 2000, 1-6.

Rayson, P., Berridge, D. & Francis, B. (2004). Extending the Cochran rule
for the comparison of word frequencies between corpora. *JADT 2004*
(7th International Conference on Statistical Analysis of Textual Data).

Hardie, A. (2014). Log Ratio - an informal introduction. ESRC Centre for
Corpus Approaches to Social Science (CASS), Lancaster University.

Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words: lexical
feature selection and evaluation for identifying the content of political
conflict. *Political Analysis* 16(4), 372-403.

Silge, J., Hayes, A. & Schnoebelen, T. tidylo: Weighted Tidy Log Odds Ratio
(R package on CRAN); its informative prior is the pooled counts.

Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate.
*Journal of the Royal Statistical Society B* 57(1), 289-300.

Holm, S. (1979). A simple sequentially rejective multiple test procedure.
*Scandinavian Journal of Statistics* 6(2), 65-70.

Examples
--------
>>> import pandas as pd
>>> counts = pd.DataFrame({"civilised_city": [21, 3, 40], "environment": [0, 141, 60]},
...                       index=["创文", "整治", "要"])
>>> keyness(counts, "civilised_city")[["term", "count_target", "count_reference"]].head(1)
  term  count_target  count_reference
0   创文            21                0
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from scipy import special

#: Label of the pooled reference in one-vs-rest comparisons.
REST = "rest"
#: Statistics that :func:`keyness` can rank by.
STATISTICS: tuple[str, ...] = ("logodds_z", "g2", "log_ratio", "logodds_delta")
#: Multiple-comparison corrections understood by :func:`adjust_pvalues`.
CORRECTIONS: tuple[str, ...] = ("fdr_bh", "bonferroni", "holm", "none")

#: Frequencies are reported per this many tokens.
PER = 10_000


# ---------------------------------------------------------------------------
# vectorised statistics (plain numpy arrays in, arrays out)
# ---------------------------------------------------------------------------


def log_likelihood(a, b, c, d, *, cells: int = 4) -> np.ndarray:
    """Signed log-likelihood G2 of a term's counts ``a`` (target) and ``b`` (reference).

    Parameters
    ----------
    a, b : array_like
        Counts of the term in the target and reference.
    c, d : array_like or float
        Total tokens in the target and reference (all terms).
    cells : {4, 2}
        4 (default): Dunning's (1993) G2 of the full 2 × 2 table
        ``[[a, b], [c - a, d - b]]`` (as ``scipy.stats.chi2_contingency(...,
        lambda_="log-likelihood")`` and quanteda's ``measure = "lr"``).
        2: the two-cell form of Rayson & Garside (2000), used by the UCREL
        log-likelihood calculator: ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)``,
        ``G2 = 2(a ln(a/E1) + b ln(b/E2))``.  The two agree closely when the
        term is a small share of both corpora.

    Returns
    -------
    ndarray
        G2 >= 0 with the sign of the difference: positive when the term's
        relative frequency is higher in the target (``a/c > b/d``).
        ``0 ln 0`` is taken as 0.

    Examples
    --------
    >>> round(float(log_likelihood(50, 10, 10_000, 20_000, cells=2)), 4)   # 创文 50 vs 10
    63.9032
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c = np.asarray(c, dtype=float)
    d = np.asarray(d, dtype=float)
    n = c + d
    k = a + b
    e1 = c * k / n
    e2 = d * k / n
    g = special.xlogy(a, a / np.where(e1 > 0, e1, 1.0)) + special.xlogy(b, b / np.where(e2 > 0, e2, 1.0))
    if cells == 4:
        rest = n - k
        e3 = c * rest / n
        e4 = d * rest / n
        g = g + special.xlogy(c - a, (c - a) / np.where(e3 > 0, e3, 1.0))
        g = g + special.xlogy(d - b, (d - b) / np.where(e4 > 0, e4, 1.0))
    elif cells != 2:
        raise ValueError(f"cells must be 4 or 2, got {cells!r}")
    g = np.maximum(2.0 * g, 0.0)  # rounding can leave -1e-13 for identical rates
    return np.where(a * d >= b * c, g, -g)


def log_ratio(a, b, c, d, *, zero: float = 0.5) -> np.ndarray:
    """Hardie's (2014) Log Ratio: ``log2((a / c) / (b / d))``.

    Parameters
    ----------
    a, b : array_like
        Counts of the term in the target and reference.
    c, d : array_like or float
        Total tokens in the target and reference.
    zero : float
        A zero count is replaced by this value (0.5, as Hardie suggests) so
        that a term absent from one side gets a finite ratio; non-zero counts
        are left unchanged.  A term absent from both sides has no ratio.

    Returns
    -------
    ndarray
        Each unit is a doubling: 1 = twice as frequent in the target,
        -1 = half as frequent.

    Examples
    --------
    >>> float(log_ratio(50, 10, 10_000, 20_000))     # (50/1万)/(10/2万) = 10
    3.321928094887362
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    a = np.where(a > 0, a, zero)
    b = np.where(b > 0, b, zero)
    return np.log2((a / np.asarray(c, dtype=float)) / (b / np.asarray(d, dtype=float)))


def log_odds_dirichlet(a, b, alpha, c, d, alpha0=None) -> tuple[np.ndarray, np.ndarray]:
    """Monroe et al.'s (2008) weighted log-odds ratio with a Dirichlet prior.

    For term w with counts ``y_i`` (target), ``y_j`` (reference), corpus sizes
    ``n_i``, ``n_j``, prior ``alpha_w`` and prior total ``alpha_0``::

        delta_w = ln((y_i + a_w) / (n_i + a_0 - y_i - a_w))
                - ln((y_j + a_w) / (n_j + a_0 - y_j - a_w))
        var(delta_w) ~= 1 / (y_i + a_w) + 1 / (y_j + a_w)
        z_w = delta_w / sqrt(var(delta_w))

    (Monroe, Colaresi & Quinn 2008; the variance is their
    large-count approximation.)

    Parameters
    ----------
    a, b : array_like
        Counts of each term in the target and reference.
    alpha : array_like
        Prior pseudo-count of each term (must be > 0 where a + b > 0).
    c, d : float
        Total tokens in the target and reference.
    alpha0 : float, optional
        Sum of the prior over the whole vocabulary (default ``alpha.sum()``).
        Pass it when ``alpha`` covers only part of the vocabulary.

    Returns
    -------
    delta, z : ndarray
        The log-odds ratio (target minus reference) and its z-score.

    Examples
    --------
    >>> d, z = log_odds_dirichlet([8, 2], [2, 8], [1.0, 1.0], 10, 10)   # 创文 vs 整治, 8:2 each
    >>> round(float(d[0]), 4), round(float(z[0]), 4)
    (2.1972, 3.2958)
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    a0 = float(alpha.sum()) if alpha0 is None else float(alpha0)
    ta = a + alpha
    tb = b + alpha
    delta = (np.log(ta) - np.log(c + a0 - ta)) - (np.log(tb) - np.log(d + a0 - tb))
    z = delta / np.sqrt(1.0 / ta + 1.0 / tb)
    return delta, z


def adjust_pvalues(p, method: str = "fdr_bh") -> np.ndarray:
    """Correct p-values for testing many terms at once.

    Parameters
    ----------
    p : array_like
        Raw p-values (NaN not allowed).
    method : {"fdr_bh", "bonferroni", "holm", "none"}
        ``fdr_bh``: Benjamini & Hochberg (1995) adjusted p-values (controls
        the false discovery rate); ``bonferroni``: ``min(1, m p)``;
        ``holm``: Holm's (1979) step-down (family-wise error, never larger
        than Bonferroni); ``none``: unchanged.

    Returns
    -------
    ndarray
        Adjusted p-values in the input order, capped at 1.

    Examples
    --------
    >>> adjust_pvalues([0.01, 0.04, 0.03], "fdr_bh")     # 三个词: 0.01×3/1, 0.03×3/2, 0.04×3/3
    array([0.03, 0.04, 0.04])
    """
    p = np.asarray(p, dtype=float)
    if method not in CORRECTIONS:
        raise ValueError(f"unknown correction {method!r}; use one of {CORRECTIONS}")
    m = p.size
    if m == 0 or method == "none":
        return p.copy()
    if method == "bonferroni":
        return np.minimum(p * m, 1.0)
    order = np.argsort(p, kind="mergesort")
    ps = p[order]
    i = np.arange(1, m + 1)
    if method == "fdr_bh":
        adj = np.minimum.accumulate((ps * m / i)[::-1])[::-1]
    else:  # holm
        adj = np.maximum.accumulate(ps * (m - i + 1))
    out = np.empty(m)
    out[order] = np.minimum(adj, 1.0)
    return out


# ---------------------------------------------------------------------------
# the table
# ---------------------------------------------------------------------------


def keyness(
    counts: pd.DataFrame,
    target: str,
    *,
    reference: str | None = None,
    docs: pd.DataFrame | None = None,
    n_docs: Mapping[str, int] | pd.Series | None = None,
    min_count: int = 5,
    min_docs: int = 0,
    prior: float | str = "pooled",
    correction: str = "fdr_bh",
    g2_cells: int = 4,
    zero: float = 0.5,
    sort_by: str = "logodds_z",
) -> pd.DataFrame:
    """Key terms of one group against another group or against all others pooled.

    Parameters
    ----------
    counts : DataFrame
        Term × group raw counts (index = term, one column per group), e.g.
        :func:`corpusmine.features.group_counts`.  Counts must be
        non-negative whole numbers.  Corpus sizes are the column sums of the
        *whole* table, so pass every term, not a pre-filtered list.
    target : str
        The group (column) studied.
    reference : str, optional
        One other group (pairwise comparison).  Default: every other column
        pooled (one-vs-rest; ``reference`` is then reported as ``"rest"``).
    docs : DataFrame, optional
        Term × group document frequencies, e.g.
        ``features.doc_frequency(dtm, unit="speech_id")``: in how many
        documents (speeches) of each group the term occurs.  Adds the
        dispersion columns; for "rest" the groups' document counts are summed
        (a speech split across two reference groups counts once per part).
    n_docs : mapping or Series, optional
        Number of documents per group (same unit as ``docs``), e.g.
        ``dtm.docs.groupby("group")["speech_id"].nunique()``.  Adds the
        share of documents using the term (``disp_target``, ``disp_reference``).
    min_count : int
        Keep only terms with ``count_target + count_reference >= min_count``
        (default 5: the chi-square approximation to G2 is poor for smaller
        counts, Rayson, Berridge & Francis 2004).  Terms absent from both
        sides are always dropped.
    min_docs : int
        Keep only terms occurring in at least this many documents, target
        and reference together (``docs_target + docs_reference``); needs
        ``docs``.  Use 2 to drop words that only one speech ever uses.
    prior : "pooled" or float
        Total size ``alpha_0`` of the informative Dirichlet prior of
        ``logodds_z``; each term's prior is ``alpha_w = alpha_0 × (its share of
        the pooled target + reference tokens)``.  ``"pooled"`` (default):
        ``alpha_0`` = target + reference size, i.e. ``alpha_w`` = the term's
        pooled count (the informative prior of R's tidylo package).  This is
        scale-free and keeps terms used by one side only (创文 21 vs 0) at the
        top; with a much smaller prior their variance ``1/alpha_w`` explodes and
        they sink below frequent shared words.  The shrinkage is strong, so read
        ``logodds_z`` as a ranking score, not as a test (``p_value`` is the test).
        A number sets ``alpha_0`` directly (e.g. 1000 pseudo-tokens).
    correction : {"fdr_bh", "bonferroni", "holm", "none"}
        Correction of ``p_value`` over the terms tested, i.e. the terms left
        after the ``min_count`` and ``min_docs`` filters (filter first, then
        correct: the filters use no p-values, and fewer tests cost less power).
    g2_cells : {4, 2}
        4-cell Dunning G2 (default) or the 2-cell Rayson & Garside (2000)
        form; see :func:`log_likelihood`.
    zero : float
        Value substituted for a zero count in ``log_ratio`` (see :func:`log_ratio`).
    sort_by : str
        Statistic ranked (descending; ties broken by term): ``logodds_z``
        (default), ``g2``, ``log_ratio`` or ``logodds_delta``.

    Returns
    -------
    DataFrame
        One row per tested term, ranked; columns:

        - ``target``, ``reference``: the groups compared (``"rest"`` = all others pooled);
        - ``rank``: 1 = most over-used in the target according to ``sort_by``;
        - ``term``;
        - ``count_target``, ``count_reference``: raw counts;
        - ``freq_target``, ``freq_reference``: counts per 10,000 tokens of each side;
        - ``docs_target``, ``docs_reference`` (only with ``docs``): number of
          documents of each side containing the term;
        - ``disp_target``, ``disp_reference`` (only with ``docs`` and
          ``n_docs``): those numbers as shares of the side's documents
          (1.0 = every speech uses it);
        - ``g2``: signed log-likelihood (positive = over-used in the target);
        - ``p_value``: chi-square (1 df) tail probability of ``|g2|``;
        - ``p_adj``: ``p_value`` corrected by ``correction`` over the tested terms;
        - ``log_ratio``: binary log of the ratio of relative frequencies;
        - ``logodds_delta``: Monroe et al.'s log-odds ratio with the prior;
        - ``logodds_z``: ``logodds_delta`` / its standard error.

        ``df.attrs`` records the corpus sizes (``tokens_target``,
        ``tokens_reference``), ``prior_total``, ``n_tested`` and ``correction``.

    Examples
    --------
    >>> counts = pd.DataFrame({"rural": [14, 12, 3], "civilised_city": [0, 2, 21],
    ...                        "environment": [2, 141, 0]}, index=["乡村振兴", "整治", "创文"])
    >>> keyness(counts, "rural", min_count=1)[["rank", "term", "count_target"]]
       rank  term  count_target
    0     1  乡村振兴            14
    1     2    创文             3
    2     3    整治            12
    """
    counts = _check_counts(counts)
    groups = [str(g) for g in counts.columns]
    if target not in groups:
        raise ValueError(f"unknown target group {target!r}; the groups are {groups}")
    if reference is not None:
        if reference not in groups:
            raise ValueError(f"unknown reference group {reference!r}; the groups are {groups}")
        if reference == target:
            raise ValueError(f"target and reference are the same group ({target!r})")
        ref_cols = [reference]
        ref_label = reference
    else:
        ref_cols = [g for g in groups if g != target]
        if not ref_cols:
            raise ValueError(f"counts has only the target group {target!r}: nothing to compare with")
        ref_label = REST
    if sort_by not in STATISTICS:
        raise ValueError(f"sort_by must be one of {STATISTICS}, got {sort_by!r}")
    if correction not in CORRECTIONS:
        raise ValueError(f"unknown correction {correction!r}; use one of {CORRECTIONS}")
    if not (isinstance(min_count, (int, np.integer)) and min_count >= 0):
        raise ValueError(f"min_count must be a non-negative integer, got {min_count!r}")
    if not (isinstance(min_docs, (int, np.integer)) and min_docs >= 0):
        raise ValueError(f"min_docs must be a non-negative integer, got {min_docs!r}")
    if min_docs > 0 and docs is None:
        raise ValueError("min_docs needs docs (a term × group table of document frequencies)")
    if n_docs is not None and docs is None:
        raise ValueError("n_docs needs docs (a term × group table of document frequencies)")

    values = counts.to_numpy()
    col = {g: i for i, g in enumerate(groups)}
    a = values[:, col[target]]
    b = values[:, [col[g] for g in ref_cols]].sum(axis=1)
    c = float(a.sum())
    d = float(b.sum())
    if c == 0:
        raise ValueError(f"target group {target!r} has no tokens")
    if d == 0:
        raise ValueError(f"reference {ref_label!r} has no tokens")

    # the prior comes from the whole vocabulary of target + reference, before any filter
    pooled = a + b
    if isinstance(prior, str):
        if prior != "pooled":
            raise ValueError(f"prior must be a positive number or 'pooled', got {prior!r}")
        alpha0 = c + d
    else:
        alpha0 = float(prior)
        if not np.isfinite(alpha0) or alpha0 <= 0:
            raise ValueError(f"prior must be a positive number or 'pooled', got {prior!r}")
    alpha = alpha0 * pooled / (c + d)

    keep = (pooled > 0) & (pooled >= min_count)
    dt = dr = None
    if docs is not None:
        dt, dr = _doc_columns(docs, counts, target, ref_cols, a, b)
        keep &= (dt + dr) >= min_docs
    idx = np.flatnonzero(keep)

    a_k, b_k = a[idx], b[idx]
    g2 = log_likelihood(a_k, b_k, c, d, cells=g2_cells)
    p = special.chdtrc(1, np.abs(g2))
    delta, z = log_odds_dirichlet(a_k, b_k, alpha[idx], c, d, alpha0=alpha0)

    out = {
        "target": target,
        "reference": ref_label,
        "term": counts.index.to_numpy()[idx].astype(str),
        "count_target": a_k.astype(np.int64),
        "count_reference": b_k.astype(np.int64),
        "freq_target": a_k * PER / c,
        "freq_reference": b_k * PER / d,
    }
    if dt is not None:
        out["docs_target"] = dt[idx]
        out["docs_reference"] = dr[idx]
        if n_docs is not None:
            nt, nr = _n_docs(n_docs, target, ref_cols)
            if (dt > nt).any() or (dr > nr).any():
                raise ValueError("docs has a term in more documents than n_docs gives for its group")
            out["disp_target"] = dt[idx] / nt
            out["disp_reference"] = dr[idx] / nr
    out.update(
        g2=g2,
        p_value=p,
        p_adj=adjust_pvalues(p, correction),
        log_ratio=log_ratio(a_k, b_k, c, d, zero=zero),
        logodds_delta=delta,
        logodds_z=z,
    )
    df = pd.DataFrame(out)
    df = df.sort_values([sort_by, "term"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    df.insert(2, "rank", np.arange(1, len(df) + 1, dtype=np.int64))
    df.attrs.update(tokens_target=int(c), tokens_reference=int(d), prior_total=alpha0,
                    n_tested=int(len(df)), correction=correction)
    return df


def keyness_table(
    counts: pd.DataFrame,
    *,
    docs: pd.DataFrame | None = None,
    n_docs: Mapping[str, int] | pd.Series | None = None,
    pairwise: bool = False,
    groups=None,
    **kwargs,
) -> pd.DataFrame:
    """Keyness of every group against the rest (and against each other group), one long table.

    Parameters
    ----------
    counts : DataFrame
        Term × group raw counts (see :func:`keyness`).
    docs, n_docs
        Optional document frequencies and documents per group (see :func:`keyness`).
    pairwise : bool
        False (default): one comparison per group, against all other groups
        pooled (``reference == "rest"``).  True: in addition, every ordered
        pair of groups (A vs B and B vs A).
    groups : sequence of str, optional
        Targets (and pairwise references) to compare, in this order; default
        every column.  The pooled "rest" is always every other column of
        ``counts``.
    **kwargs
        Passed to :func:`keyness` (``min_count``, ``min_docs``, ``prior``,
        ``correction``, ``sort_by`` …).

    Returns
    -------
    DataFrame
        The columns of :func:`keyness`, one row per term and comparison,
        comparisons in order (one-vs-rest first, then pairs), each ranked by
        the ranking statistic.  The p-value correction is made within each
        comparison, not across the whole table.

    Examples
    --------
    >>> counts = pd.DataFrame({"rural": [14, 12, 3], "civilised_city": [0, 2, 21],
    ...                        "environment": [2, 141, 0]}, index=["乡村振兴", "整治", "创文"])
    >>> t = keyness_table(counts, min_count=1)
    >>> t.loc[t["rank"] == 1, ["target", "reference", "term"]]
               target reference  term
    0           rural      rest  乡村振兴
    3  civilised_city      rest    创文
    6     environment      rest    整治
    """
    counts = _check_counts(counts)
    names = [str(g) for g in counts.columns]
    if REST in names:
        raise ValueError(f"a group may not be called {REST!r}: the name is kept for the pooled reference")
    if groups is None:
        groups = names
    else:
        groups = [str(g) for g in groups]
        unknown = [g for g in groups if g not in names]
        if unknown:
            raise ValueError(f"unknown group(s) {unknown}; the groups are {names}")
    if len(names) < 2:
        raise ValueError("keyness needs at least two groups")
    pairs: list[tuple[str, str | None]] = [(g, None) for g in groups]
    if pairwise:
        pairs += [(g, h) for g in groups for h in groups if g != h]
    tables = [keyness(counts, g, reference=h, docs=docs, n_docs=n_docs, **kwargs) for g, h in pairs]
    return pd.concat(tables, ignore_index=True)


# ---------------------------------------------------------------------------
# input checks
# ---------------------------------------------------------------------------


def _check_counts(counts) -> pd.DataFrame:
    if not isinstance(counts, pd.DataFrame):
        raise ValueError(f"counts must be a term × group DataFrame, got {type(counts).__name__}")
    if counts.shape[0] == 0 or counts.shape[1] == 0:
        raise ValueError(f"counts is empty ({counts.shape[0]} terms × {counts.shape[1]} groups)")
    if counts.columns.duplicated().any():
        dup = sorted({str(g) for g in counts.columns[counts.columns.duplicated()]})
        raise ValueError(f"counts has duplicated group columns {dup}")
    if counts.index.duplicated().any():
        dup = sorted({str(t) for t in counts.index[counts.index.duplicated()]})[:5]
        raise ValueError(f"counts has duplicated terms, e.g. {dup}")
    bad = [str(g) for g, dt in counts.dtypes.items() if not (pd.api.types.is_numeric_dtype(dt)
                                                           and not pd.api.types.is_bool_dtype(dt))]
    if bad:
        raise ValueError(f"counts must be numeric; non-numeric group column(s) {bad}")
    values = counts.to_numpy(dtype=float)
    problems = [
        (~np.isfinite(values), "missing or infinite"),
        (values < 0, "negative"),
        (np.isfinite(values) & (values != np.round(values)), "non-integer"),
    ]
    for mask, what in problems:
        if mask.any():
            i, j = np.argwhere(mask)[0]
            raise ValueError(f"counts must be non-negative whole numbers; {what} count "
                             f"{values[i, j]!r} for term {counts.index[i]!r} in group {counts.columns[j]!r}"
                             f" ({int(mask.sum())} such cell(s))")
    if values.sum() == 0:
        raise ValueError("counts is empty: every count is zero")
    out = pd.DataFrame(values.astype(np.int64), index=counts.index, columns=[str(g) for g in counts.columns])
    return out


def _doc_columns(docs, counts, target, ref_cols, a, b) -> tuple[np.ndarray, np.ndarray]:
    if not isinstance(docs, pd.DataFrame):
        raise ValueError(f"docs must be a term × group DataFrame, got {type(docs).__name__}")
    docs = docs.rename(columns=str)
    missing = [g for g in [target, *ref_cols] if g not in docs.columns]
    if missing:
        raise ValueError(f"docs has no column for group(s) {missing}")
    absent = counts.index.difference(docs.index)
    if len(absent):
        raise ValueError(f"docs has no row for {len(absent)} term(s) of counts, e.g. {list(absent[:5])}")
    sub = docs.loc[counts.index, [target, *ref_cols]].to_numpy(dtype=float)
    if (~np.isfinite(sub)).any() or (sub < 0).any() or (sub != np.round(sub)).any():
        raise ValueError("docs must hold non-negative whole numbers (document frequencies)")
    dt = sub[:, 0].astype(np.int64)
    dr = sub[:, 1:].sum(axis=1).astype(np.int64)
    over = (dt > a) | (dr > b)
    if over.any():
        t = counts.index[np.flatnonzero(over)[0]]
        raise ValueError(f"docs does not match counts: term {t!r} is in more documents than it has tokens")
    return dt, dr


def _n_docs(n_docs, target, ref_cols) -> tuple[int, int]:
    n = {str(k): v for k, v in dict(n_docs).items()}
    missing = [g for g in [target, *ref_cols] if g not in n]
    if missing:
        raise ValueError(f"n_docs gives no number of documents for group(s) {missing}")
    vals = [n[g] for g in [target, *ref_cols]]
    if any((not float(v).is_integer()) or v <= 0 for v in vals):
        raise ValueError(f"n_docs must be positive whole numbers, got {dict(zip([target, *ref_cols], vals))}")
    return int(vals[0]), int(sum(vals[1:]))


class _CallableModule(__import__("types").ModuleType):
    """``corpusmine.stats.keyness`` is both this module and the function of that name.

    Importing the submodule binds ``corpusmine.stats.keyness`` to the module, which
    would shadow the public function ``corpusmine.stats.keyness(counts, target)``;
    making the module callable keeps both spellings working.
    """

    def __call__(self, *args, **kwargs):
        return keyness(*args, **kwargs)


__import__("sys").modules[__name__].__class__ = _CallableModule
