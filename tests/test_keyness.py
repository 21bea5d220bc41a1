"""Keyness statistics checked against worked examples computed by hand, and on the real corpus."""

from __future__ import annotations

import math
import time

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from corpusmine import Tokenizer, features
from corpusmine.stats.keyness import adjust_pvalues, keyness, keyness_table, log_likelihood, log_odds_dirichlet, log_ratio

# ---------------------------------------------------------------------------
# Worked example 1 (G2 and Log Ratio): a term seen a = 50 times in a target of
# c = 10,000 tokens and b = 10 times in a reference of d = 20,000 tokens.
#
#   Rayson & Garside (2000), two cells:
#     E1 = c (a + b) / (c + d) = 10000 * 60 / 30000 = 20
#     E2 = d (a + b) / (c + d) = 20000 * 60 / 30000 = 40
#     a ln(a/E1) = 50 ln 2.5  =  45.8145
#     b ln(b/E2) = 10 ln 0.25 = -13.8629
#     G2 = 2 (45.8145 - 13.8629) = 63.9032
#   Dunning (1993), all four cells of [[50, 10], [9950, 19990]] add
#     E3 = 10000 * 29940 / 30000 = 9980,  9950 ln(9950/9980)   = -29.9549
#     E4 = 20000 * 29940 / 30000 = 19960, 19990 ln(19990/19960) =  30.0225
#     G2 = 63.9032 + 2 (-29.9549 + 30.0225) = 64.0385
#   Log Ratio (Hardie 2014) = log2((50/10000) / (10/20000)) = log2(10) = 3.3219
# ---------------------------------------------------------------------------

A, B, C, D = 50, 10, 10_000, 20_000


def two_group_counts(a=A, b=B, c=C, d=D, term="创文"):
    """A two-group table whose totals are c and d: the term plus one filler row."""
    return pd.DataFrame({"civilised_city": [a, c - a], "environment": [b, d - b]}, index=[term, "其他"])


def test_g2_two_cell_worked_example():
    assert float(log_likelihood(A, B, C, D, cells=2)) == pytest.approx(63.9032, abs=1e-4)


def test_g2_four_cell_worked_example_and_scipy():
    g = float(log_likelihood(A, B, C, D))
    assert g == pytest.approx(64.0385, abs=1e-4)
    table = [[A, B], [C - A, D - B]]
    g_scipy, p_scipy, dof, _ = stats.chi2_contingency(table, lambda_="log-likelihood", correction=False)
    assert dof == 1
    assert g == pytest.approx(g_scipy, rel=1e-10)
    row = keyness(two_group_counts(), "civilised_city", reference="environment").set_index("term").loc["创文"]
    assert row["g2"] == pytest.approx(g_scipy, rel=1e-10)
    assert row["p_value"] == pytest.approx(p_scipy, rel=1e-8)
    assert row["log_ratio"] == pytest.approx(math.log2(10))
    assert row["freq_target"] == pytest.approx(50.0)  # 50 per 10,000 tokens
    assert row["freq_reference"] == pytest.approx(5.0)  # 10 per 20,000 = 5 per 10,000


def test_g2_is_negative_for_underuse_and_symmetric():
    g_over = float(log_likelihood(A, B, C, D))
    g_under = float(log_likelihood(B, A, D, C))  # the same table seen from the other side
    assert g_under == pytest.approx(-g_over)
    assert float(log_likelihood(10, 20, 1000, 2000)) == 0.0  # equal rates


def test_keyness_two_cell_option():
    row = keyness(two_group_counts(), "civilised_city", g2_cells=2).set_index("term").loc["创文"]
    assert row["g2"] == pytest.approx(63.9032, abs=1e-4)


def test_p_value_is_chi_square_one_df():
    # 3.841459 is the 95 % point of chi-square with 1 df
    counts = two_group_counts()
    k = keyness(counts, "civilised_city", correction="none")
    assert np.allclose(k["p_value"], stats.chi2.sf(k["g2"].abs(), df=1))
    assert float(stats.chi2.sf(3.841459, 1)) == pytest.approx(0.05, abs=1e-6)


def test_log_ratio_zero_adjustment_by_hand():
    # 4 hits in 1,000 tokens vs none in 2,000: the 0 becomes 0.5,
    # log2((4/1000) / (0.5/2000)) = log2(0.004 / 0.00025) = log2(16) = 4
    assert float(log_ratio(4, 0, 1000, 2000)) == pytest.approx(4.0)
    assert float(log_ratio(0, 4, 2000, 1000)) == pytest.approx(-4.0)
    # with zero=1: log2((4/1000) / (1/2000)) = log2(8) = 3
    assert float(log_ratio(4, 0, 1000, 2000, zero=1.0)) == pytest.approx(3.0)


# ---------------------------------------------------------------------------
# Worked example 2 (Monroe, Colaresi & Quinn 2008), three terms:
#
#   term   target y_i   reference y_j   pooled
#   创文        6             2            8
#   整治        2             6            8
#   要          2            12           14
#   totals   n_i = 10     n_j = 20        30
#
# prior = 15: alpha_w = 15 * pooled / 30 = (4, 4, 7), alpha_0 = 15
#   创文: ln((6+4)/(10+15-10)) - ln((2+4)/(20+15-6)) = ln(10/15) - ln(6/29)
#         = ln(29/9) = 1.1701;  var = 1/10 + 1/6 = 0.26667;  z = 1.1701/0.51640 = 2.2658
#   整治: ln(6/19) - ln(10/25) = ln(15/19) = -0.2364;  var = 1/6 + 1/10;  z = -0.4578
#   要:   ln(9/16) - ln(19/16) = ln(9/19) = -0.7472;   var = 1/9 + 1/19 = 0.16374;  z = -1.8466
# prior = "pooled": alpha_w = (8, 8, 14), alpha_0 = 30
#   创文: ln(14/26) - ln(10/40) = ln(28/13) = 0.7673;  var = 1/14 + 1/10 = 0.17143;  z = 1.8531
#   整治: ln(10/30) - ln(14/36) = -0.1542;  z = -0.1542 / sqrt(1/10 + 1/14) = -0.3723
#   要:   ln(16/24) - ln(26/24) = ln(8/13) = -0.4855;  z = -0.4855 / sqrt(1/16 + 1/26) = -1.5280
# ---------------------------------------------------------------------------

SMALL = pd.DataFrame({"rural": [6, 2, 2], "environment": [2, 6, 12]}, index=["创文", "整治", "要"])


@pytest.mark.parametrize(
    "prior, expected",
    [
        (15, {"创文": (1.1701, 2.2658), "整治": (-0.2364, -0.4578), "要": (-0.7472, -1.8466)}),
        ("pooled", {"创文": (0.7673, 1.8531), "整治": (-0.1542, -0.3723), "要": (-0.4855, -1.5280)}),
    ],
)
def test_logodds_worked_example(prior, expected):
    k = keyness(SMALL, "rural", prior=prior, min_count=1)
    assert k["term"].tolist() == ["创文", "整治", "要"]  # ranked by z, descending
    assert k["rank"].tolist() == [1, 2, 3]
    got = k.set_index("term")
    for term, (delta, z) in expected.items():
        assert got.loc[term, "logodds_delta"] == pytest.approx(delta, abs=1e-4)
        assert got.loc[term, "logodds_z"] == pytest.approx(z, abs=1e-4)


def test_logodds_function_direct():
    delta, z = log_odds_dirichlet([6, 2, 2], [2, 6, 12], [4.0, 4.0, 7.0], 10, 20)
    assert delta[0] == pytest.approx(math.log(29 / 9))
    assert z[0] == pytest.approx(math.log(29 / 9) / math.sqrt(1 / 10 + 1 / 6))


def test_pairwise_statistics_are_antisymmetric():
    ab = keyness(SMALL, "rural", reference="environment", min_count=1).set_index("term")
    ba = keyness(SMALL, "environment", reference="rural", min_count=1).set_index("term").loc[ab.index]
    for col in ("g2", "log_ratio", "logodds_delta", "logodds_z"):
        assert np.allclose(ab[col], -ba[col])
    assert np.allclose(ab["p_value"], ba["p_value"])


# ---------------------------------------------------------------------------
# Multiple-comparison corrections.  p = (0.01, 0.04, 0.03, 0.20), m = 4.
#   BH: sorted 0.01, 0.03, 0.04, 0.20 -> p*m/i = 0.04, 0.06, 0.0533, 0.20
#       running minimum from the largest: 0.04, 0.0533, 0.0533, 0.20
#       in input order: 0.04, 0.0533, 0.0533, 0.20
#   Bonferroni: 0.04, 0.16, 0.12, 0.80
#   Holm: sorted p*(m-i+1) = 0.04, 0.09, 0.08, 0.20 -> running max 0.04, 0.09, 0.09, 0.20
#       in input order: 0.04, 0.09, 0.09, 0.20
# ---------------------------------------------------------------------------

P = [0.01, 0.04, 0.03, 0.20]


@pytest.mark.parametrize(
    "method, expected",
    [
        ("fdr_bh", [0.04, 0.16 / 3, 0.16 / 3, 0.20]),
        ("bonferroni", [0.04, 0.16, 0.12, 0.80]),
        ("holm", [0.04, 0.09, 0.09, 0.20]),
        ("none", P),
    ],
)
def test_corrections_by_hand(method, expected):
    assert np.allclose(adjust_pvalues(P, method), expected)


def test_bh_matches_scipy():
    p = np.random.default_rng(7).uniform(size=500) ** 3
    assert np.allclose(adjust_pvalues(p, "fdr_bh"), stats.false_discovery_control(p, method="bh"))
    assert np.all(adjust_pvalues(np.array([0.9, 0.99]), "bonferroni") == 1.0)  # capped at 1


def test_filter_before_correction():
    # five terms, two below min_count = 5: Bonferroni multiplies by the 3 tested terms, not 5
    counts = pd.DataFrame(
        {"rural": [30, 5, 2, 1, 1], "environment": [10, 20, 15, 1, 2]},
        index=["乡村振兴", "整治", "环境", "抓", "要"],
    )
    k = keyness(counts, "rural", correction="bonferroni", min_count=5)
    assert sorted(k["term"]) == sorted(["乡村振兴", "整治", "环境"])
    assert k.attrs["n_tested"] == 3
    assert np.allclose(k["p_adj"], np.minimum(k["p_value"] * 3, 1.0))
    # corpus sizes still come from every term: 39 and 48 tokens
    assert k.attrs["tokens_target"] == 39 and k.attrs["tokens_reference"] == 48
    row = k.set_index("term").loc["乡村振兴"]
    assert row["freq_target"] == pytest.approx(30 / 39 * 10_000)


# ---------------------------------------------------------------------------
# One-vs-rest, dispersion, tables
# ---------------------------------------------------------------------------

THREE = pd.DataFrame(
    {"rural": [14, 12, 0, 5], "civilised_city": [0, 2, 21, 3], "environment": [2, 141, 0, 14]},
    index=["乡村振兴", "整治", "创文", "抓"],
)
DOCS = pd.DataFrame(
    {"rural": [1, 2, 0, 1], "civilised_city": [0, 1, 1, 1], "environment": [1, 6, 0, 5]},
    index=THREE.index,
)
N_DOCS = {"rural": 2, "civilised_city": 1, "environment": 6}


def test_one_vs_rest_pools_the_other_groups():
    rest = keyness(THREE, "rural", correction="none").set_index("term")
    # 整治 in the rest: 2 + 141 = 143 of (23 + 157) = 180 tokens
    assert rest.loc["整治", "count_reference"] == 143
    assert rest.loc["整治", "reference"] == "rest"
    pooled = pd.DataFrame({"rural": THREE["rural"], "other": THREE[["civilised_city", "environment"]].sum(axis=1)})
    pair = keyness(pooled, "rural", reference="other", correction="none").set_index("term")
    for col in ("g2", "log_ratio", "logodds_z", "p_value"):
        assert np.allclose(rest[col], pair.loc[rest.index, col])


def test_dispersion_columns_of_the_older_table_input():
    with pytest.warns(UserWarning, match="counts once per part"):
        k = keyness(THREE, "rural", docs=DOCS, n_docs=N_DOCS, min_count=1).set_index("term")
    # 整治: in both rural speeches (2/2), and in 1 + 6 = 7 of the 1 + 6 = 7 other speech parts
    assert k.loc["整治", ["docs_target", "docs_reference"]].tolist() == [2, 7]
    assert k.loc["整治", "disp_target"] == 1.0
    assert k.loc["乡村振兴", "disp_target"] == 0.5
    assert k.loc["乡村振兴", "disp_reference"] == pytest.approx(1 / 7)
    # without n_docs the shares are not invented
    assert "disp_target" not in keyness(THREE, "rural", reference="environment", docs=DOCS, min_count=1).columns


def test_min_docs_filters_single_speech_terms():
    with pytest.warns(UserWarning, match="pass dtm= to count distinct documents"):
        k = keyness(THREE, "civilised_city", docs=DOCS, min_docs=2, min_count=1, correction="bonferroni")
    # 创文 is in one speech only (1 + 0 documents) and is dropped before the correction
    assert "创文" not in set(k["term"])
    assert k.attrs["n_tested"] == 3
    assert np.allclose(k["p_adj"], np.minimum(k["p_value"] * 3, 1.0))


def test_keyness_table_long_format():
    with pytest.warns(UserWarning, match="counts once per part"):
        t = keyness_table(THREE, docs=DOCS, n_docs=N_DOCS, min_count=1)
    assert list(t.columns[:4]) == ["target", "reference", "rank", "term"]
    assert t.groupby("target", sort=False).size().to_dict() == {"rural": 4, "civilised_city": 4, "environment": 4}
    assert set(t["reference"]) == {"rest"}
    top = t[t["rank"] == 1].set_index("target")["term"].to_dict()
    assert top == {"rural": "乡村振兴", "civilised_city": "创文", "environment": "整治"}
    pw = keyness_table(THREE, pairwise=True, min_count=1)
    comparisons = pw[["target", "reference"]].drop_duplicates().apply(tuple, axis=1).tolist()
    assert len(comparisons) == 3 + 6
    assert ("rural", "environment") in comparisons and ("environment", "rural") in comparisons
    # every comparison is ranked 1..n on its own
    for _, g in pw.groupby(["target", "reference"]):
        assert g["rank"].tolist() == list(range(1, len(g) + 1))
        assert g["logodds_z"].is_monotonic_decreasing


def test_sort_by_other_statistic():
    k = keyness(THREE, "environment", sort_by="log_ratio", min_count=1)
    assert k["log_ratio"].is_monotonic_decreasing
    assert k["rank"].tolist() == [1, 2, 3, 4]


def test_deterministic_and_ties_broken_by_term():
    # 网报 and 公益广告 have identical counts, hence identical statistics
    counts = pd.DataFrame(
        {"civilised_city": [6, 6, 21, 40], "environment": [0, 0, 0, 900]},
        index=["网报", "公益广告", "创文", "其他"],
    )
    k1 = keyness(counts, "civilised_city", min_count=1)
    k2 = keyness(counts.iloc[::-1], "civilised_city", min_count=1)  # same table, rows reversed
    pd.testing.assert_frame_equal(k1, k2)
    terms = k1["term"].tolist()
    assert terms.index("公益广告") + 1 == terms.index("网报")  # 公 (U+516C) sorts before 网 (U+7F51)


def test_float_counts_that_are_whole_are_accepted():
    k_int = keyness(THREE, "rural", min_count=1)
    k_float = keyness(THREE.astype(float), "rural", min_count=1)
    pd.testing.assert_frame_equal(k_int, k_float)


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "counts, kwargs, message",
    [
        (THREE, {"target": "urban"}, r"unknown target group 'urban'"),
        (THREE, {"target": "rural", "reference": "urban"}, r"unknown reference group 'urban'"),
        (THREE, {"target": "rural", "reference": "rural"}, r"same group"),
        (THREE.assign(rural=[14, -1, 0, 5]), {"target": "rural"}, r"negative count.*'整治'.*'rural'"),
        (THREE.assign(rural=[14, 1.5, 0, 5]), {"target": "rural"}, r"non-integer count.*'整治'"),
        (THREE.assign(rural=[14, np.nan, 0, 5]), {"target": "rural"}, r"missing or infinite"),
        (THREE.assign(rural=["14", "12", "0", "5"]), {"target": "rural"}, r"non-numeric group column.*rural"),
        (THREE.iloc[:0], {"target": "rural"}, r"counts is empty"),
        (THREE * 0, {"target": "rural"}, r"every count is zero"),
        (THREE[["rural"]], {"target": "rural"}, r"only the target group"),
        (THREE.assign(rural=0), {"target": "rural"}, r"target group 'rural' has no tokens"),
        (THREE, {"target": "rural", "min_docs": 2}, r"min_docs needs dtm"),
        (THREE, {"target": "rural", "correction": "sidak"}, r"unknown correction 'sidak'"),
        (THREE, {"target": "rural", "sort_by": "chi2"}, r"sort_by must be one of"),
        (THREE, {"target": "rural", "prior": -1}, r"prior must be a positive number"),
        (THREE, {"target": "rural", "docs": DOCS.iloc[:2]}, r"docs has no row for 2 term"),
        (THREE, {"target": "rural", "docs": DOCS * 10}, r"more documents than it has tokens"),
        (THREE, {"target": "rural", "docs": DOCS, "n_docs": {"rural": 2}}, r"n_docs gives no number.*civilised_city"),
    ],
)
@pytest.mark.filterwarnings("ignore:docs_reference sums")
def test_bad_input(counts, kwargs, message):
    with pytest.raises(ValueError, match=message):
        keyness(counts, **kwargs)


def test_bad_table_input():
    with pytest.raises(ValueError, match="may not be called 'rest'"):
        keyness_table(THREE.rename(columns={"environment": "rest"}))
    with pytest.raises(ValueError, match=r"unknown group\(s\) \['urban'\]"):
        keyness_table(THREE, groups=["rural", "urban"])
    with pytest.raises(ValueError, match="term × group DataFrame"):
        keyness([[1, 2]], "rural")


def test_fast_on_a_large_table():
    rng = np.random.default_rng(0)
    counts = pd.DataFrame(
        rng.negative_binomial(0.3, 0.05, size=(20_000, 10)),
        index=[f"词{i}" for i in range(20_000)],
        columns=[f"g{j}" for j in range(10)],
    )
    keyness(counts, "g0")  # warm-up (imports)
    start = time.perf_counter()
    k = keyness(counts, "g0")
    assert time.perf_counter() - start < 1.0
    assert len(k) > 15_000


# ---------------------------------------------------------------------------
# The real corpus
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(corpus, tmp_path_factory):
    docs = features.documents(corpus, level="paragraph")
    dtm = features.build_dtm(docs, tokenizer=Tokenizer(cache_dir=tmp_path_factory.mktemp("tok")))
    counts = features.group_counts(dtm)
    return counts, dtm


def test_real_corpus_key_terms(real):
    counts, dtm = real
    t = keyness_table(counts, dtm=dtm)
    top = {g: t[(t["target"] == g) & (t["rank"] <= 10)]["term"].tolist() for g in counts.columns}
    assert {"创文", "文明城市"} & set(top["civilised_city"])
    assert {"乡村振兴", "返贫", "防止返贫", "撂荒地", "先进县"} & set(top["rural"])
    assert {"整治", "环境", "综合整治", "城乡", "美丽城镇"} & set(top["environment"])
    # the top terms are over-used in their own campaign by every statistic
    head = t[t["rank"] <= 10]
    assert (head["g2"] > 0).all() and (head["log_ratio"] > 0).all() and (head["logodds_z"] > 0).all()
    # 创文 never occurs outside the civilised-city speech, and all of it is in that one speech
    cw = t[(t["target"] == "civilised_city") & (t["term"] == "创文")].iloc[0]
    assert cw["count_reference"] == 0 and cw["docs_target"] == 1 and cw["disp_target"] == 1.0
    assert cw["p_adj"] < 0.001


def test_real_corpus_keeps_one_character_words(real):
    counts, dtm = real
    one_char = [w for w in counts.index if len(w) == 1]
    assert "抓" in one_char and len(one_char) > 50
    k = keyness(counts, "environment", dtm=dtm)
    assert "抓" in set(k["term"])


def test_real_corpus_deterministic(real):
    counts, dtm = real
    first = keyness_table(counts, dtm=dtm, pairwise=True)
    shuffled = counts.sample(frac=1.0, random_state=3)
    second = keyness_table(shuffled, dtm=dtm, pairwise=True)
    pd.testing.assert_frame_equal(first, second)


# ---------------------------------------------------------------------------
# Document-aware keyness: distinct documents, DPnorm, Mann-Whitney per speech
# ---------------------------------------------------------------------------


def _speech_frame(dtm):
    """Independent of corpusmine.stats.dispersion: speech × term counts and each speech's side labels."""
    frame = dtm.to_frame().reset_index(drop=True)
    frame["speech_id"] = dtm.docs["speech_id"].to_numpy()
    frame["group"] = dtm.docs["group"].to_numpy()
    return frame


def test_mixed_speeches_count_once_in_the_pooled_reference(real):
    counts, dtm = real
    k = keyness(counts, "civilised_city", dtm=dtm, min_count=1).set_index("term")
    rest = dtm.docs[dtm.docs["group"] != "civilised_city"]
    assert rest["speech_id"].nunique() == 6          # rest holds six speeches, two of them split in two parts
    assert k.attrs["n_docs_reference"] == 6 and k.attrs["n_docs_target"] == 1
    assert k["docs_reference"].max() <= 6            # the summed per-group table reached 8
    frame = _speech_frame(dtm)
    rest_rows = frame[frame["group"] != "civilised_city"]
    for term in ["整治", "耕地", "环境", "要"]:
        if term not in k.index:
            continue
        speeches = set(rest_rows.loc[rest_rows[term] > 0, "speech_id"])
        assert k.at[term, "docs_reference"] == len(speeches), term
        assert k.at[term, "disp_reference"] == pytest.approx(len(speeches) / 6)


def test_min_docs_drops_terms_of_one_speech_even_when_it_is_split(real):
    counts, dtm = real
    frame = _speech_frame(dtm)
    users = {t: set(frame.loc[frame[t] > 0, "speech_id"]) for t in counts.index}
    # 耕地: one speech uses it, in both its rural and its environment part (the summed table said 2)
    assert len(users["耕地"]) == 1
    k = keyness(counts, "rural", dtm=dtm, min_docs=2, min_count=1)
    assert "耕地" not in set(k["term"])
    assert all(len(users[t]) >= 2 for t in k["term"])
    everything = keyness(counts, "rural", dtm=dtm, min_count=1).set_index("term")
    assert everything.at["耕地", "single_doc"]
    single = {t for t, u in users.items() if len(u) == 1}
    assert set(everything.index[everything["single_doc"]]) == single & set(everything.index)
    assert k.attrs["n_tested"] == len(everything) - len(single & set(everything.index))


def _dp_norm_by_hand(counts, sizes):
    s = np.asarray(sizes, float) / np.sum(sizes)
    v = np.asarray(counts, float) / np.sum(counts)
    return 0.5 * np.abs(v - s).sum() / (1 - s.min())


def test_dp_norm_worked_example():
    from corpusmine.stats.dispersion import dp_norm

    # 创文 3 times in a speech of 100 tokens, once in one of 300: s = (.25, .75), v = (.75, .25)
    # DP = 0.5 (|.75 - .25| + |.25 - .75|) = 0.5; DPnorm = 0.5 / (1 - .25) = 2/3
    assert dp_norm([[3], [1]], [100, 300])[0] == pytest.approx(2 / 3)
    # in proportion to the sizes: perfectly even
    assert dp_norm([[1], [3]], [100, 300])[0] == pytest.approx(0.0)
    assert np.isnan(dp_norm([[0], [0]], [100, 300])[0]) and np.isnan(dp_norm([[4]], [100])[0])


def test_dp_and_mann_whitney_match_independent_computations(real):
    counts, dtm = real
    k = keyness(counts, "environment", dtm=dtm, min_count=1).set_index("term")
    frame = _speech_frame(dtm)
    vocab = list(dtm.vocab)
    side = frame["group"].eq("environment").map({True: "t", False: "r"})
    per = frame.groupby([side, frame["speech_id"]])[vocab].sum()
    sizes = per.sum(axis=1)
    env, ref = per.loc["t"], per.loc["r"]
    assert len(env) == k.attrs["n_docs_target"] == 6 and len(ref) == k.attrs["n_docs_reference"] == 3
    for term in ["整治", "环境", "城乡", "要", "创文", "乡村振兴", "长效机制"]:
        if term not in k.index:
            continue
        row = k.loc[term]
        if env[term].sum() > 0:
            assert row["dp_target"] == pytest.approx(_dp_norm_by_hand(env[term], sizes.loc["t"]), abs=1e-12), term
        else:
            assert np.isnan(row["dp_target"])
        assert row["dp_reference"] == pytest.approx(_dp_norm_by_hand(ref[term], sizes.loc["r"]), abs=1e-12) \
            if ref[term].sum() > 0 else np.isnan(row["dp_reference"])
        x = env[term] / sizes.loc["t"]
        y = ref[term] / sizes.loc["r"]
        # 6 + 3 speeches: 84 splits, so the test is exact (scipy enumerates them all too)
        res = stats.mannwhitneyu(x, y, alternative="two-sided", method=stats.PermutationMethod())
        assert row["doc_auc"] == pytest.approx(res.statistic / (len(x) * len(y))), term
        assert row["doc_p"] == pytest.approx(res.pvalue, rel=1e-9), term
    assert np.allclose(k["doc_p_adj"], adjust_pvalues(k["doc_p"].to_numpy(), "fdr_bh"))


def test_mann_whitney_large_samples_use_the_normal_approximation():
    from corpusmine.stats.dispersion import mann_whitney

    rng = np.random.default_rng(0)
    x, y = rng.poisson(3.0, size=(20, 5)) / 1000, rng.poisson(2.0, size=(25, 5)) / 1000
    auc, p, method = mann_whitney(x, y)
    assert method == "asymptotic"
    for j in range(5):
        res = stats.mannwhitneyu(x[:, j], y[:, j], alternative="two-sided", method="asymptotic")
        assert p[j] == pytest.approx(res.pvalue) and auc[j] == pytest.approx(res.statistic / 500)


def test_one_civilised_city_speech_is_never_document_significant(real):
    counts, dtm = real
    k = keyness(counts, "civilised_city", dtm=dtm)
    cw = k.set_index("term").loc["创文"]
    # token-level G2 calls 创文 overwhelming; one speech against six cannot show a difference between speeches
    assert cw["p_adj"] < 1e-6 and cw["single_doc"] and cw["doc_auc"] == 1.0
    assert cw["doc_p"] == pytest.approx(2 / 7)       # the smallest p one speech among seven allows
    assert (k["doc_p"] >= 2 / 7 - 1e-12).all() and k.attrs["doc_test"] == "Mann-Whitney U, exact"
    cols = list(k.columns)
    assert cols.index("single_doc") < cols.index("g2") < cols.index("doc_p") < cols.index("log_ratio")


def test_document_columns_on_short_texts():
    docs = pd.DataFrame({
        "speech_id": ["s1", "s1", "s2", "s3", "s4"],
        "group": ["civilised_city", "environment", "environment", "environment", "civilised_city"],
        "text": ["创文 创文 测评", "整治 创文", "整治 垃圾 整治", "整治 垃圾", "创文 测评 整治"],
    })
    dtm = features.build_dtm(docs, tokenizer=Tokenizer(cache_dir=None))
    counts = features.group_counts(dtm)
    k = keyness(counts, "civilised_city", dtm=dtm, min_count=1).set_index("term")
    # s1 is on both sides; 创文 is in s1 and s4 (target) and in s1's environment part (reference)
    assert k.loc["创文", ["docs_target", "docs_reference", "single_doc"]].tolist() == [2, 1, False]
    assert k.loc["垃圾", ["docs_target", "docs_reference", "single_doc"]].tolist() == [0, 2, False]
    assert bool(k.loc["测评", "single_doc"]) is False
    with pytest.raises(ValueError, match="counts and dtm disagree"):
        keyness(counts.assign(civilised_city=counts["civilised_city"] + 1), "civilised_city", dtm=dtm)
    with pytest.raises(ValueError, match="dtm or docs, not both"):
        keyness(counts, "civilised_city", dtm=dtm, docs=counts)
    with pytest.raises(ValueError, match="no column 'speech'"):
        keyness(counts, "civilised_city", dtm=dtm, unit="speech")
    rows = keyness(counts, "civilised_city", dtm=dtm, unit=None, min_count=1).set_index("term")
    assert rows.attrs["n_docs_target"] == 2 and rows.loc["整治", "docs_reference"] == 3


def test_keyness_is_the_function_and_the_module_is_a_module():
    import types

    import corpusmine as cm
    import corpusmine.stats.keyness as module

    assert cm.keyness is keyness and callable(cm.keyness)
    assert isinstance(module, types.ModuleType) and type(module) is types.ModuleType
