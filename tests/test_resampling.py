"""The one bootstrap, permutation test and multiple-testing correction (stats/resampling)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import scipy.stats

from corpusmine.stats.resampling import (adjust_pvalues, cluster_totals, keyed_rng, permutation_pvalues,
                                         ratio_bootstrap)

# mobilisation matches and tokens of paragraphs from three speeches: one battle-talk speech (创文) and two
# routine ones (整治); paragraphs of a speech are alike, as in template speeches
SPEECH = np.array(["创文"] * 4 + ["整治甲"] * 3 + ["整治乙"] * 3)
HITS = np.array([[6], [5], [7], [6], [1], [0], [1], [0], [1], [0]])
TOKS = np.array([300, 280, 320, 300, 310, 290, 300, 305, 295, 300])


def test_keyed_rng_depends_only_on_seed_and_key():
    a = keyed_rng(3, "rates\x00environment").integers(0, 1000, 20)
    assert (a == keyed_rng(3, "rates\x00environment").integers(0, 1000, 20)).all()
    assert not (a == keyed_rng(3, "rates\x00rural").integers(0, 1000, 20)).all()
    assert not (a == keyed_rng(4, "rates\x00environment").integers(0, 1000, 20)).all()
    with pytest.raises(TypeError, match="random_state"):
        keyed_rng(1.5, "x")
    with pytest.raises(ValueError, match="non-negative"):
        keyed_rng(-1, "x")


def test_cluster_totals_sums_whole_speeches():
    n, d = cluster_totals(HITS, TOKS, SPEECH)
    # clusters in code-point order of their labels: 创文 (U+521B) < 整治乙 < 整治甲
    assert n.ravel().tolist() == [24, 1, 2]
    assert d.tolist() == [1200, 900, 900]
    with pytest.raises(ValueError, match="labels"):
        cluster_totals(HITS, TOKS, SPEECH[:3])


def test_ratio_bootstrap_is_the_resampled_ratio_of_sums():
    # recompute every replicate by hand from the same multinomial draws
    lo, hi = ratio_bootstrap(HITS, TOKS, n_boot=400, ci=0.9, rng=keyed_rng(0, "k"), scale=1000.0)
    w = keyed_rng(0, "k").multinomial(len(TOKS), np.full(len(TOKS), 1 / len(TOKS)), size=400)
    reps = [1000.0 * sum(HITS[i, 0] * c for i, c in enumerate(row)) / sum(TOKS[i] * c for i, c in enumerate(row))
            for row in w]
    assert lo[0] == pytest.approx(np.quantile(reps, 0.05))
    assert hi[0] == pytest.approx(np.quantile(reps, 0.95))
    assert lo[0] < HITS.sum() / TOKS.sum() * 1000 < hi[0]


def test_cluster_bootstrap_is_wider_and_undefined_for_one_cluster():
    para = ratio_bootstrap(HITS, TOKS, n_boot=2000, ci=0.95, rng=keyed_rng(0, "p"))
    n, d = cluster_totals(HITS, TOKS, SPEECH)
    speech = ratio_bootstrap(n, d, n_boot=2000, ci=0.95, rng=keyed_rng(0, "p"))
    assert speech[1][0] - speech[0][0] > para[1][0] - para[0][0]
    one = ratio_bootstrap(HITS[:4].sum(axis=0, keepdims=True), TOKS[:4].sum(keepdims=True), n_boot=100, ci=0.95,
                          rng=keyed_rng(0, "p"))
    assert np.isnan(one[0]).all() and np.isnan(one[1]).all()
    with pytest.raises(ValueError, match="ci"):
        ratio_bootstrap(HITS, TOKS, n_boot=10, ci=95, rng=keyed_rng(0, "p"))


def test_exact_permutation_matches_brute_force_and_states_min_p():
    n, d = cluster_totals(HITS, TOKS, SPEECH)         # 1 battle-talk speech against 2 routine ones
    res = permutation_pvalues(n, d, 1, n_perm=1000, rng=keyed_rng(0, "x"))
    assert res.method == "exact" and res.n_distinct == 3 and res.min_p == pytest.approx(1 / 3)
    obs = abs(n[0, 0] / d[0] - n[1:, 0].sum() / d[1:].sum())
    stats = [abs(n[list(a), 0].sum() / d[list(a)].sum() - n[[i for i in range(3) if i not in a], 0].sum()
                 / d[[i for i in range(3) if i not in a]].sum()) for a in itertools.combinations(range(3), 1)]
    assert res.p_value[0] == pytest.approx(sum(s >= obs - 1e-12 for s in stats) / 3)
    assert res.p_value[0] == pytest.approx(1 / 3)     # the strongest possible pattern still gives only 1/3


def test_monte_carlo_permutation_never_gives_zero():
    res = permutation_pvalues(HITS, TOKS, 4, n_perm=50, rng=keyed_rng(0, "mc"))
    assert res.method == "monte_carlo" and res.n_distinct == math.comb(10, 4)
    assert res.p_value[0] >= 1 / 51 and res.min_p == pytest.approx(1 / 51)
    with pytest.raises(ValueError, match="at least one unit"):
        permutation_pvalues(HITS, TOKS, 0, n_perm=50, rng=keyed_rng(0, "mc"))


def test_adjust_pvalues_agrees_with_scipy_and_keeps_nan():
    q = np.array([0.5, 0.001, 0.02, 0.9, 0.04, 0.3])
    assert adjust_pvalues(q) == pytest.approx(scipy.stats.false_discovery_control(q))
    with_nan = np.insert(q, 2, np.nan)
    out = adjust_pvalues(with_nan)
    assert np.isnan(out[2]) and np.delete(out, 2) == pytest.approx(adjust_pvalues(q))
    assert (adjust_pvalues(q, "holm") <= adjust_pvalues(q, "bonferroni") + 1e-15).all()
    with pytest.raises(ValueError, match="unknown correction"):
        adjust_pvalues(q, "bh")
