"""Keyness measures of one term in two corpora: Dunning's G2, Hardie's Log Ratio, Monroe et al.'s log-odds.

Vectorised: plain numpy arrays of counts in (``a`` target, ``b`` reference,
corpus sizes ``c`` and ``d``), arrays out.  :func:`corpusmine.stats.keyness.keyness`
puts them side by side in one table; the references are listed there.

Examples
--------
>>> round(float(log_likelihood(21, 0, 5_000, 20_000)), 2)   # 创文: 21 times in 5,000 tokens, never in 20,000
67.67
"""

from __future__ import annotations

import numpy as np
from scipy import special

__all__ = ["log_likelihood", "log_ratio", "log_odds_dirichlet"]


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
