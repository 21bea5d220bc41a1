"""Resampling inference shared by every comparison: one bootstrap, one permutation test, one correction.

* :func:`keyed_rng` — the random generator of one resampling job.  It depends
  only on ``random_state`` and a text key (for example the group's label), so
  adding or removing a group never changes the resamples of another, and the
  result does not depend on ``PYTHONHASHSEED``.
* :func:`cluster_totals` — sums the rows of a table over clusters (all
  paragraphs of a speech), giving the units that are resampled as wholes.
* :func:`ratio_bootstrap` — percentile bootstrap interval of a ratio of sums
  (matches / tokens, summed topic shares / documents): the units (documents,
  or clusters from :func:`cluster_totals`) are resampled with replacement
  (Efron & Tibshirani 1993, ch. 13; the cluster bootstrap of Davison &
  Hinkley 1997, sec. 3.8, when the units are clusters).
* :func:`permutation_pvalues` — two-sided permutation test of a difference of
  two such ratios, exact enumeration when the number of distinct assignments
  is small, Monte Carlo otherwise, always stating the smallest attainable p.
* :func:`adjust_pvalues` — Benjamini-Hochberg (and Bonferroni, Holm) for many
  tests at once.

Examples
--------
>>> import numpy as np
>>> hits = np.array([[3], [5], [1], [0]])          # 创文 matches in four paragraphs
>>> toks = np.array([100, 300, 200, 100])
>>> res = permutation_pvalues(hits, toks, 2, n_perm=1000, rng=keyed_rng(0, "创文 vs 整治"))
>>> res.method, res.n_perm, res.min_p
('exact', 6, 0.16666666666666666)
"""

from __future__ import annotations

import itertools
import math
import zlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = [
    "CORRECTIONS",
    "PermutationResult",
    "adjust_pvalues",
    "cluster_totals",
    "keyed_rng",
    "permutation_pvalues",
    "ratio_bootstrap",
]

#: Multiple-testing corrections :func:`adjust_pvalues` knows.
CORRECTIONS: tuple[str, ...] = ("fdr_bh", "bonferroni", "holm", "none")


def keyed_rng(random_state: int | None, key: str) -> np.random.Generator:
    """A random generator that depends only on ``random_state`` and ``key``.

    Parameters
    ----------
    random_state : int or None
        Non-negative seed; None draws a fresh one from the operating system.
    key : str
        Names the resampling job (e.g. ``"rates\\x00environment"``): two jobs
        with different keys get independent streams from the same seed.

    Returns
    -------
    numpy.random.Generator

    Examples
    --------
    >>> a = keyed_rng(0, "乡村振兴").integers(0, 100, 3)
    >>> b = keyed_rng(0, "乡村振兴").integers(0, 100, 3)
    >>> bool((a == b).all()), bool((a == keyed_rng(0, "创文").integers(0, 100, 3)).all())
    (True, False)
    """
    if random_state is None:
        random_state = int(np.random.SeedSequence().entropy % (2**63))
    if isinstance(random_state, (bool, np.bool_)) or not isinstance(random_state, (int, np.integer)):
        raise TypeError(f"random_state must be an int or None, got {random_state!r}")
    if random_state < 0:
        raise ValueError(f"random_state must be non-negative, got {random_state}")
    return np.random.default_rng([int(random_state), zlib.crc32(key.encode("utf-8"))])


def cluster_totals(numer, denom, clusters=None) -> tuple[np.ndarray, np.ndarray]:
    """Sum rows over clusters: the units of a cluster bootstrap or permutation.

    Parameters
    ----------
    numer : array_like, shape (n, K)
        Per-row numerators (matches per category, weighted topic shares …).
    denom : array_like, shape (n,)
        Per-row denominators (tokens, weights).
    clusters : array_like of shape (n,), optional
        Cluster of each row (e.g. ``speech_id``); None keeps every row as its
        own unit.  Clusters are ordered by their label as text (code points: 乙 U+4E59 before 甲 U+7532).

    Returns
    -------
    (ndarray (m, K), ndarray (m,))
        Summed numerators and denominators of the m units, with the dtypes of
        the inputs.

    Examples
    --------
    >>> n, d = cluster_totals([[1], [2], [4]], [10, 20, 40], ["讲话乙", "讲话甲", "讲话乙"])
    >>> n.ravel().tolist(), d.tolist()
    ([5, 2], [50, 20])
    """
    numer = np.asarray(numer)
    denom = np.asarray(denom)
    if numer.ndim != 2 or denom.ndim != 1 or len(numer) != len(denom):
        raise ValueError(f"numer must be (n, K) and denom (n,), got {numer.shape} and {denom.shape}")
    if clusters is None:
        return numer, denom
    clusters = np.asarray(clusters)
    if len(clusters) != len(denom):
        raise ValueError(f"clusters has {len(clusters)} labels for {len(denom)} rows")
    codes, uniq = pd.factorize(pd.Series(clusters).astype(str), sort=True)
    agg = np.zeros((len(uniq), numer.shape[1]), dtype=numer.dtype)
    np.add.at(agg, codes, numer)
    sums = np.bincount(codes, weights=denom, minlength=len(uniq)).astype(denom.dtype)
    return agg, sums


def ratio_bootstrap(numer, denom, *, n_boot: int, ci: float, rng: np.random.Generator,
                    scale: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Percentile bootstrap interval of ``scale * sum(numer) / sum(denom)``, per column.

    The m units (rows) are resampled with replacement ``n_boot`` times (one
    multinomial count vector per replicate, so every column sees the same
    resamples) and the ratio of sums recomputed.  When the rows are clusters
    (:func:`cluster_totals`) this is the cluster bootstrap: whole speeches are
    drawn, which is what a claim about speeches needs.

    Parameters
    ----------
    numer : array_like, shape (m, K)
    denom : array_like, shape (m,)
    n_boot : int
        Replicates; 0 gives NaN intervals.
    ci : float
        Coverage of the interval, in (0, 1).
    rng : numpy.random.Generator
        E.g. from :func:`keyed_rng`.
    scale : float
        Multiplier of the ratio (1000 for a rate per 1,000 tokens).

    Returns
    -------
    (ndarray (K,), ndarray (K,))
        Lower and upper bounds; NaN when there are fewer than two units (no
        variation between units can be estimated).

    Examples
    --------
    >>> lo, hi = ratio_bootstrap([[3], [5], [1]], [100, 300, 200], n_boot=500, ci=0.95,
    ...                          rng=keyed_rng(0, "攻坚战"), scale=1000)
    >>> bool(lo[0] < 9 / 600 * 1000 < hi[0])
    True
    >>> ratio_bootstrap([[3]], [100], n_boot=500, ci=0.95, rng=keyed_rng(0, "创文"))[0].tolist()
    [nan]
    """
    numer = np.asarray(numer)
    denom = np.asarray(denom)
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 0:
        raise ValueError(f"n_boot must be a non-negative int, got {n_boot!r}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    m, k = numer.shape
    if m < 2 or n_boot == 0:
        nan = np.full(k, np.nan)
        return nan, nan.copy()
    alpha = (1 - ci) / 2
    w = rng.multinomial(m, np.full(m, 1.0 / m), size=int(n_boot))  # resampling with replacement
    bn, bd = w @ numer, w @ denom
    with np.errstate(invalid="ignore", divide="ignore"):
        br = bn / bd[:, None] * scale
    lo, hi = np.nanquantile(br, [alpha, 1 - alpha], axis=0)
    return lo, hi


@dataclass(frozen=True)
class PermutationResult:
    """The outcome of :func:`permutation_pvalues`.

    Attributes
    ----------
    observed : ndarray (K,)
        Observed difference ``scale * (ratio_a - ratio_b)`` per column.
    p_value : ndarray (K,)
        Two-sided p-values (NaN where the difference is undefined).
    method : str
        ``"exact"`` (every assignment enumerated) or ``"monte_carlo"``.
    n_perm : int
        Assignments used.
    n_distinct : int
        Distinct assignments, C(n_a + n_b, n_a).
    min_p : float
        Smallest attainable p-value: 1 / n_distinct when exact, 1 / (n_perm + 1) otherwise.

    Examples
    --------
    >>> r = permutation_pvalues([[9], [8], [1], [0]], [100] * 4, 2, n_perm=100, rng=keyed_rng(0, "要"))
    >>> r.n_distinct, r.min_p          # 两篇对两篇: C(4, 2) = 6
    (6, 0.16666666666666666)
    """

    observed: np.ndarray
    p_value: np.ndarray
    method: str
    n_perm: int
    n_distinct: int
    min_p: float


def permutation_pvalues(numer, denom, n_a: int, *, n_perm: int, rng: np.random.Generator,
                        scale: float = 1000.0) -> PermutationResult:
    """Two-sided permutation test of a difference of ratios of sums between two groups.

    The units of group a come first (``n_a`` rows), then those of group b.
    Under the null hypothesis the units are exchangeable: their labels are
    permuted keeping the group sizes and the statistic recomputed.  When the
    number of distinct assignments C(m, n_a) is at most ``n_perm`` all are
    enumerated and p is exact (the observed assignment is one of them, so
    p >= 1 / C(m, n_a)); otherwise ``n_perm`` random permutations give
    ``p = (b + 1) / (n_perm + 1)`` (Phipson & Smyth 2010), never 0.

    Parameters
    ----------
    numer : array_like, shape (m, K)
        Per-unit numerators (e.g. matches per category).
    denom : array_like, shape (m,)
        Per-unit denominators (tokens).
    n_a : int
        Units of group a.
    n_perm : int
        Random permutations, and the cap for exact enumeration.
    rng : numpy.random.Generator
    scale : float
        Multiplier of the ratios (default 1000: rates per 1,000 tokens).

    Returns
    -------
    PermutationResult

    Examples
    --------
    >>> r = permutation_pvalues([[9], [8], [10], [1], [2], [0]], [100] * 6, 3, n_perm=5000,
    ...                         rng=keyed_rng(0, "创文 vs 整治"))
    >>> r.method, round(float(r.observed[0]), 6), float(r.p_value[0])
    ('exact', 80.0, 0.1)
    """
    hits = np.asarray(numer)
    toks = np.asarray(denom)
    if not isinstance(n_perm, (int, np.integer)) or n_perm < 1:
        raise ValueError(f"n_perm must be a positive int, got {n_perm!r}")
    m = len(toks)
    if not 0 < n_a < m:
        raise ValueError(f"both groups need at least one unit (n_a={n_a}, n_b={m - n_a})")
    n_distinct = math.comb(m, n_a)
    total_hits, total_toks = hits.sum(axis=0), toks.sum()

    def diffs(mask: np.ndarray) -> np.ndarray:
        mask = mask.astype(np.int64)
        ha, ta = mask @ hits, mask @ toks
        hb, tb = total_hits - ha, total_toks - ta
        with np.errstate(invalid="ignore", divide="ignore"):
            return (ha / ta[:, None] - hb / tb[:, None]) * scale

    observed_mask = np.zeros((1, m), dtype=bool)
    observed_mask[0, :n_a] = True
    observed = diffs(observed_mask)[0]
    if n_distinct <= n_perm:
        masks = np.zeros((n_distinct, m), dtype=bool)
        for r, combo in enumerate(itertools.combinations(range(m), n_a)):
            masks[r, list(combo)] = True
        method, used = "exact", n_distinct
    else:
        masks = rng.permuted(np.repeat(observed_mask, n_perm, axis=0), axis=1)
        method, used = "monte_carlo", int(n_perm)
    perm = np.abs(diffs(masks))
    obs = np.abs(observed)
    tol = 1e-9 * np.maximum(1.0, obs)
    extreme = (perm >= (obs - tol)[None, :]).sum(axis=0)
    if method == "exact":
        p = extreme / n_distinct
        min_p = 1.0 / n_distinct
    else:
        p = (extreme + 1) / (n_perm + 1)
        min_p = 1.0 / (n_perm + 1)
    p = np.where(np.isnan(observed), np.nan, p)
    return PermutationResult(observed, p, method, used, n_distinct, min_p)


def adjust_pvalues(p, method: str = "fdr_bh") -> np.ndarray:
    """Correct p-values for testing many hypotheses at once.

    Parameters
    ----------
    p : array_like
        Raw p-values.  NaN entries (tests that could not be run) are left out
        of the correction and stay NaN.
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
    >>> adjust_pvalues([0.01, float("nan"), 0.04]).tolist()   # 一项检验无法进行
    [0.02, nan, 0.04]
    """
    p = np.asarray(p, dtype=float)
    if method not in CORRECTIONS:
        raise ValueError(f"unknown correction {method!r}; use one of {CORRECTIONS}")
    ok = ~np.isnan(p)
    if not ok.all():
        out = np.full_like(p, np.nan)
        out[ok] = adjust_pvalues(p[ok], method)
        return out
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
