"""Rhetoric measures: lexicon file, token-based counting, bootstrap rates, permutation tests.

Every tokenizer here has ``cache_dir=None``: nothing is written under data/.
Expected numbers are worked out by hand in the comments, or computed with
scipy's own implementations (``scipy.stats.permutation_test``,
``scipy.stats.false_discovery_control``).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest
import scipy.stats

from corpusmine import config
from corpusmine.features import CAMPAIGNS, documents
from corpusmine.stats.rhetoric import RhetoricCategory, RhetoricLexicon, RhetoricLexiconError, RhetoricTerm, compare_rhetoric, load_rhetoric_lexicon, permutation_test, rhetoric_concordance, rhetoric_counts, rhetoric_rates, term_table
from corpusmine.stats.resampling import adjust_pvalues
from corpusmine.tokens.tokenizer import Tokenizer

PH = config.PLACEHOLDER
CATEGORIES = ("directive", "mobilisation", "sanction", "evaluation", "mass_line", "campaign_mode", "routine_mode")


@pytest.fixture(scope="module")
def tok():
    return Tokenizer(remove_stopwords=False, cache_dir=None)


@pytest.fixture(scope="module")
def lex():
    return load_rhetoric_lexicon()


def one_category(name="directive"):
    """A minimal lexicon for tests that pass pre-computed counts."""
    return RhetoricLexicon((RhetoricCategory(name, "指令", "test", "test", (RhetoricTerm("要"),)),))


def count_frame(groups, tokens, hits, name="directive", speech=None):
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(groups))], "group": groups,
                       "n_tokens": tokens, name: hits})
    if speech is not None:
        df.insert(1, "speech_id", speech)
    return df


# --------------------------------------------------------------------------
# The lexicon file
# --------------------------------------------------------------------------


def test_default_lexicon_has_the_documented_categories(lex):
    assert lex.names == CATEGORIES
    for cat in lex.categories:
        assert cat.label_zh and cat.definition and cat.source
        assert len(cat.terms) >= 15, cat.name
        assert all(t.note for t in cat.terms), f"{cat.name}: every term carries a note"
    terms = lex.terms()
    assert len(terms) == len(set(terms))
    for term, category in [("要", "directive"), ("必须", "directive"), ("背水一战", "mobilisation"),
                           ("挂图作战", "mobilisation"), ("红脸出汗", "sanction"), ("暗访", "evaluation"),
                           ("获得感", "mass_line"), ("突击", "campaign_mode"), ("久久为功", "routine_mode")]:
        assert lex.category_of(term) == category
    table = lex.to_frame()
    assert list(table.columns) == ["category", "label_zh", "term", "note", "source"]
    assert len(table) == len(terms)
    assert lex.summary()["n_terms"].sum() == len(terms)


def test_terms_marked_corpus_occur_in_the_corpus(corpus, tok, lex):
    # The lexicon says "corpus" in a note only for terms read from the speeches.
    docs = documents(corpus, "paragraph", groups=None, include_only=False, drop_duplicates=False)
    tt = term_table(docs, tokenizer=tok, lexicon=lex)
    found = tt.groupby("term")["count"].sum()
    marked = lex.to_frame().query("note.str.startswith('corpus')")["term"]
    assert len(marked) > 100
    missing = [t for t in marked if found[t] == 0]
    assert missing == []


def write(tmp_path, body: str):
    p = tmp_path / "rhetoric.yaml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


GOOD_CATEGORY = """\
  directive:
    label_zh: 指令
    definition: orders
    source: Palmer 2001
    terms:
      - {term: 要, note: modal}
"""


@pytest.mark.parametrize(
    "body, pattern",
    [
        ("- 要\n", r"top level must be a mapping"),
        ("version: 2\ncategories:\n" + GOOD_CATEGORY, r"'version' must be 1"),
        ("version: 1\nextra: 1\ncategories:\n" + GOOD_CATEGORY, r"unknown top-level key"),
        ("version: 1\ncategories: {}\n", r"non-empty mapping"),
        ("version: 1\ncategories:\n  directive: [1, 2\n", r"not valid YAML"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY.replace("    label_zh: 指令\n", ""),
         r"category 'directive': 'label_zh' is missing"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY.replace("source:", "sauce:"),
         r"category 'directive': unknown key\(s\) \['sauce'\]"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY.replace("  directive:", "  Directive:"),
         r"category 'Directive': the name must be a lower-case identifier"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY.replace("  directive:", "  group:"),
         r"category 'group': the name clashes with a table column"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY.replace("      - {term: 要, note: modal}\n", "      []\n"),
         r"'terms' must be a non-empty list"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + "      - {term: 要}\n",
         r"term #2 \('要'\): listed twice in category 'directive'"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + GOOD_CATEGORY.replace("  directive:", "  other_cat:"),
         r"category 'other_cat', term #1 \('要'\): already listed in category 'directive'"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + "      - {term: 一定 要}\n",
         r"term #2 \('一定 要'\): a term may contain only"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + "      - {term: 攻坚，冲刺}\n",
         r"term #2 \('攻坚，冲刺'\): a term may contain only"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + f"      - {{term: 要求{PH}}}\n",
         r"placeholder"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + "      - {term: 問責}\n",
         r"term #2 \('問責'\): write the term in Simplified Chinese \('问责'\)"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + "      - {term: 必须, weight: 2}\n",
         r"term #2: unknown key\(s\) \['weight'\]"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + "      - {term: 必须, note: ''}\n",
         r"term #2 \('必须'\): 'note' must be a non-empty string"),
        ("version: 1\ncategories:\n" + GOOD_CATEGORY + "      - {note: no term}\n",
         r"term #2: 'term' is missing"),
    ],
)
def test_lexicon_validation_names_file_and_entry(tmp_path, body, pattern):
    p = write(tmp_path, body)
    with pytest.raises(RhetoricLexiconError, match=r"rhetoric\.yaml: .*" + pattern):
        load_rhetoric_lexicon(p)


def test_minimal_lexicon_loads_and_bare_strings_are_terms(tmp_path):
    p = write(tmp_path, "version: 1\ncategories:\n" + GOOD_CATEGORY + "      - 必须\n")
    lex = load_rhetoric_lexicon(p)
    assert lex.names == ("directive",)
    assert lex["directive"].terms == (RhetoricTerm("要", "modal"), RhetoricTerm("必须", None))


def test_missing_lexicon_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.yaml"):
        load_rhetoric_lexicon(tmp_path / "nope.yaml")


# --------------------------------------------------------------------------
# Counting on tokens
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # 要 / 抓好 / 落实: the modal 要 is its own token
        ("要抓好落实", {"directive": 1}),
        # 这项 / 工作 / 非常 / 重要: the 要 of 重要 is inside a word
        ("这项工作非常重要", {"directive": 0}),
        # 上级 / 的 / 要求 / 很 / 高
        ("上级的要求很高", {"directive": 0}),
        # 主要 / 领导 / 需要 / 亲自 / 抓
        ("主要领导需要亲自抓", {"directive": 0}),
        # 大家 / 一定 / 要 / 抓好 / 落实: 一定要 is one match, not also 要
        ("大家一定要抓好落实", {"directive": 1}),
        # 取得 / 了 / 一定 / 的 / 成效: 一定 alone is not a directive
        ("取得了一定的成效", {"directive": 0}),
        # 以 / 背水一战 / 的 / 决心 / 挂图作战
        ("以背水一战的决心，挂图作战", {"mobilisation": 2, "directive": 0}),
        # 保持 / 战时 / 状态: a two-token term
        ("保持战时状态", {"mobilisation": 1}),
        # the same two tokens across a comma are not the term
        ("进入战时，状态良好", {"mobilisation": 0}),
        # 打赢 / 脱贫 / 攻坚战
        ("打赢脱贫攻坚战", {"mobilisation": 2}),
        # 坚决 / 杜绝 / 搞 / 突击: the campaign frame counts even when rejected
        ("坚决杜绝搞突击", {"directive": 2, "campaign_mode": 1}),
        # 对 / 〔某〕 / 要 / 严肃 / 问责: the placeholder is neither a token nor a match
        (f"对{PH}要严肃问责", {"directive": 1, "sanction": 1}),
        # 考核 / 排名 / 靠 / 后 / 的 / 要 / 约谈 / 问责
        ("考核排名靠后的要约谈问责", {"evaluation": 2, "directive": 1, "sanction": 2}),
        # 群众 / 满意度 / 和 / 知晓率 / 都 / 要 / 提高
        ("群众满意度和知晓率都要提高", {"mass_line": 3, "directive": 1}),
        # 同志 / 们 / 要 / 久久为功 / 建立 / 长效机制 / 不 / 搞 / 突击
        ("同志们要久久为功，建立长效机制，不搞突击。", {"routine_mode": 2, "campaign_mode": 1, "directive": 1}),
    ],
)
def test_counting_short_sentences(tok, lex, text, expected):
    row = rhetoric_counts(pd.DataFrame({"text": [text]}), tokenizer=tok, lexicon=lex).iloc[0]
    for category, n in expected.items():
        assert row[category] == n, (text, category, tok.cut(text))


def test_counts_frame_columns_and_token_totals(tok, lex):
    docs = pd.DataFrame({"doc_id": ["a", "b"], "speech_id": ["s1", "s2"], "group": ["rural", "environment"],
                         "text": ["各乡镇要抓好落实，打赢攻坚战。", f"{PH}同志要求{PH}要抓好"]})
    out = rhetoric_counts(docs, tokenizer=tok, lexicon=lex)
    assert list(out.columns) == ["doc_id", "speech_id", "group", "n_tokens", *CATEGORIES]
    # a: 各乡镇 / 要 / 抓好 / 落实 / 打赢 / 攻坚战 = 6 tokens; b: 同志 / 要求 / 要 / 抓好 = 4
    assert tok.cut(docs.text[0]) == ["各乡镇", "要", "抓好", "落实", "打赢", "攻坚战"]
    assert out["n_tokens"].tolist() == [6, 4]
    assert out["directive"].tolist() == [1, 1]
    assert out["mobilisation"].tolist() == [2, 0]


def test_missing_doc_id_and_group_are_filled(tok, lex):
    out = rhetoric_counts(pd.DataFrame({"text": ["要抓好", "必须确保"]}), tokenizer=tok, lexicon=lex)
    assert out["doc_id"].tolist() == ["0", "1"]
    assert out["group"].tolist() == ["all", "all"]
    assert out["directive"].tolist() == [1, 2]


def test_tokenizer_that_drops_modal_verbs_is_refused(lex):
    default = Tokenizer(cache_dir=None)  # removes stop words, 要 among them
    with pytest.raises(ValueError, match=r"'要'.*remove_stopwords=False"):
        rhetoric_counts(pd.DataFrame({"text": ["要抓好"]}), tokenizer=default, lexicon=lex)


def test_term_table_audits_substrings(tok, lex):
    docs = pd.DataFrame({"speech_id": ["s1", "s1", "s2"], "group": ["rural"] * 3,
                         "text": ["要抓好落实，这很重要", "要求明确", "决不能搞突击"]})
    tt = term_table(docs, tokenizer=tok, lexicon=lex).set_index("term")
    # 要: one token match; substrings 要, 重要, 要求 = 3
    assert tt.loc["要", ["count", "n_docs", "n_speeches", "substring_count"]].tolist() == [1, 1, 1, 3]
    # 决不能 is one jieba word: matched as a whole; 决不 (also a term) is not matched inside it
    assert tt.loc["决不能", "count"] == 1 and tt.loc["决不", "count"] == 0
    assert tt.loc["决不", "substring_count"] == 1
    assert tt.loc["战时状态", "segmentation"] == "战时/状态"
    assert len(tt) == len(lex.terms())


def test_concordance_shows_the_matched_text(tok, lex):
    docs = pd.DataFrame({"doc_id": ["x"], "text": [f"县住建局要牵头，{PH}要保持战时状态，不能搞突击。"]})
    kw = rhetoric_concordance(docs, tokenizer=tok, lexicon=lex, window=3)
    assert kw["match"].tolist() == ["要", "要", "战时状态", "突击"]
    assert kw["category"].tolist() == ["directive", "directive", "mobilisation", "campaign_mode"]
    row = kw.iloc[2]
    assert docs.text[0][row["start"]:row["start"] + 4] == "战时状态"
    assert (row["left"], row["right"]) == ("要保持", "，不能")
    only = rhetoric_concordance(docs, tokenizer=tok, lexicon=lex, term="突击")
    assert only["match"].tolist() == ["突击"]


def test_clause_cut_keeps_the_tokenizer_segmentation(corpus, tok, lex):
    # The counts' n_tokens equal len(Tokenizer.cut(text)) on every real paragraph.
    docs = documents(corpus, "paragraph")
    out = rhetoric_counts(docs, tokenizer=tok, lexicon=lex)
    assert out["n_tokens"].tolist() == [len(t) for t in tok.cut_many(docs["text"].tolist())]


# --------------------------------------------------------------------------
# Rates and bootstrap intervals
# --------------------------------------------------------------------------


def test_rates_match_hand_computation(tok, lex):
    docs = pd.DataFrame({"group": ["rural", "rural", "environment"],
                         "text": ["要抓好落实", "必须确保完成任务", "打赢攻坚战"]})
    assert tok.cut("必须确保完成任务") == ["必须", "确保", "完成", "任务"]
    assert tok.cut("打赢攻坚战") == ["打赢", "攻坚战"]
    r = rhetoric_rates(docs, tokenizer=tok, lexicon=lex, n_boot=100).set_index(["group", "category"])
    # rural: directive hits 1 (要) + 2 (必须, 确保) = 3 over 3 + 4 = 7 tokens -> 3 / 7 * 1000
    assert r.loc[("rural", "directive"), "count"] == 3
    assert r.loc[("rural", "directive"), "n_tokens"] == 7
    assert r.loc[("rural", "directive"), "rate_per_1000"] == pytest.approx(428.5714286)
    assert r.loc[("rural", "directive"), "n_docs_with"] == 2
    # environment: 2 mobilisation hits (打赢, 攻坚战) over 2 tokens; one document, so no interval
    assert r.loc[("environment", "mobilisation"), "rate_per_1000"] == pytest.approx(1000.0)
    assert r.loc[("environment", "directive"), "rate_per_1000"] == 0.0
    assert np.isnan(r.loc[("environment", "mobilisation"), "ci_low"])
    assert list(r.index.get_level_values("group").unique()) == ["rural", "environment"]


def test_bootstrap_interval_holds_estimate_and_narrows():
    hits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    small = count_frame(["g"] * 10, [100] * 10, hits)
    large = count_frame(["g"] * 100, [100] * 100, hits * 10)
    rs = rhetoric_rates(small, lexicon=one_category(), n_boot=2000).iloc[0]
    rl = rhetoric_rates(large, lexicon=one_category(), n_boot=2000).iloc[0]
    # both: 45 hits per 1000 tokens -> 45 per 1000
    assert rs["rate_per_1000"] == pytest.approx(45.0) and rl["rate_per_1000"] == pytest.approx(45.0)
    for r in (rs, rl):
        assert r["ci_low"] < r["rate_per_1000"] < r["ci_high"]
    assert (rl["ci_high"] - rl["ci_low"]) < 0.5 * (rs["ci_high"] - rs["ci_low"])
    # the standard error of a mean of 10 draws from {0..9}/100*1000 is 28.7 / sqrt(10) = 9.1;
    # a 95% interval is about +-1.96 * 9.1 = +-18 wide on each side
    assert 25 < rs["ci_high"] - rs["ci_low"] < 45


def test_bootstrap_without_variation_collapses_to_the_rate():
    # every document has 5 hits in 100 tokens: every resample has rate 50
    r = rhetoric_rates(count_frame(["g"] * 8, [100] * 8, [5] * 8), lexicon=one_category(), n_boot=300).iloc[0]
    assert (r["ci_low"], r["rate_per_1000"], r["ci_high"]) == pytest.approx((50.0, 50.0, 50.0))


def test_same_seed_same_result_and_groups_do_not_interact():
    rng = np.random.default_rng(42)
    df = count_frame(["a"] * 12 + ["b"] * 9, rng.integers(50, 150, 21), rng.integers(0, 8, 21))
    lex1 = one_category()
    r1 = rhetoric_rates(df, lexicon=lex1, random_state=7)
    r2 = rhetoric_rates(df, lexicon=lex1, random_state=7)
    pd.testing.assert_frame_equal(r1, r2)
    r3 = rhetoric_rates(df, lexicon=lex1, random_state=8)
    assert not np.allclose(r1[["ci_low", "ci_high"]], r3[["ci_low", "ci_high"]])
    only_a = rhetoric_rates(df[df.group == "a"], lexicon=lex1, random_state=7)
    pd.testing.assert_frame_equal(only_a, r1[r1.group == "a"].reset_index(drop=True))


def test_cluster_bootstrap_resamples_whole_speeches():
    # speech s1: 10 paragraphs at 10 hits / 100 tokens; s2: 10 paragraphs at 50 / 100.
    df = count_frame(["g"] * 20, [100] * 20, [10] * 10 + [50] * 10, speech=["s1"] * 10 + ["s2"] * 10)
    by_doc = rhetoric_rates(df, lexicon=one_category()).iloc[0]
    by_speech = rhetoric_rates(df, lexicon=one_category(), cluster="speech_id").iloc[0]
    assert by_doc["rate_per_1000"] == by_speech["rate_per_1000"] == pytest.approx(300.0)
    assert by_speech["n_units"] == 2 and by_speech["resample_unit"] == "speech_id"
    assert by_doc["n_units"] == 20 and by_doc["resample_unit"] == "document"
    # two speeches: resamples are {s1, s1} (rate 100), {s1, s2} (300), {s2, s2} (500),
    # with probabilities 1/4, 1/2, 1/4: the 95% interval spans 100 .. 500
    assert (by_speech["ci_low"], by_speech["ci_high"]) == pytest.approx((100.0, 500.0))
    # paragraph resampling treats 20 paragraphs as independent and is much narrower
    assert by_doc["ci_high"] - by_doc["ci_low"] < 0.6 * (by_speech["ci_high"] - by_speech["ci_low"])
    assert (by_doc["n_speeches"], by_doc["n_speeches_with"]) == (2, 2)


def test_one_speech_has_no_cluster_interval():
    df = count_frame(["g"] * 5, [100] * 5, [1, 2, 3, 4, 5], speech=["s1"] * 5)
    r = rhetoric_rates(df, lexicon=one_category(), cluster="speech_id").iloc[0]
    assert r["rate_per_1000"] == pytest.approx(30.0)
    assert np.isnan(r["ci_low"]) and np.isnan(r["ci_high"])


@pytest.mark.parametrize("kwargs, error", [({"ci": 1.0}, ValueError), ({"n_boot": 0}, ValueError),
                                           ({"random_state": -1}, ValueError), ({"random_state": 1.5}, TypeError),
                                           ({"cluster": "speech_id"}, KeyError)])
def test_rates_reject_bad_arguments(kwargs, error):
    with pytest.raises(error):
        rhetoric_rates(count_frame(["g"] * 3, [10] * 3, [1] * 3), lexicon=one_category(), **kwargs)


def test_output_does_not_depend_on_hash_seed(tmp_path):
    script = textwrap.dedent("""
        import json, pandas as pd
        from corpusmine.stats.rhetoric import RhetoricCategory, RhetoricLexicon, RhetoricTerm, compare_rhetoric, rhetoric_rates
        lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
        df = pd.DataFrame({"group": list("甲甲甲乙乙乙丙丙丙丙"), "speech_id": list("abcdefghij"),
                           "n_tokens": [90, 110, 100, 80, 120, 100, 95, 105, 100, 100],
                           "directive": [3, 9, 4, 1, 2, 0, 5, 6, 2, 7]})
        r = rhetoric_rates(df, lexicon=lex, n_boot=300)
        c = compare_rhetoric(df, lexicon=lex, n_perm=300)
        print(json.dumps([r[["group", "ci_low", "ci_high"]].values.tolist(), c["p_value"].tolist()]))
    """)
    outs = []
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        outs.append(json.loads(res.stdout))
    assert outs[0] == outs[1]


# --------------------------------------------------------------------------
# Permutation tests and the comparison table
# --------------------------------------------------------------------------


def test_exact_permutation_p_by_hand():
    # a: 9, 8, 10 hits per 100 tokens (rate 90); b: 1, 2, 0 (rate 10); diff 80.
    # C(6, 3) = 20 assignments; only the observed one and its mirror reach |diff| >= 80: p = 2/20.
    df = count_frame(["a"] * 3 + ["b"] * 3, [100] * 6, [9, 8, 10, 1, 2, 0])
    res = permutation_test(df, "directive", "a", "b", lexicon=one_category())
    assert res["method"] == "exact" and res["n_perm"] == 20
    assert res["diff"] == pytest.approx(80.0)
    assert res["p_value"] == pytest.approx(0.1)
    assert res["min_p"] == pytest.approx(1 / 20)


def test_exact_p_agrees_with_scipy_permutation_test():
    rng = np.random.default_rng(3)
    toks = rng.integers(60, 140, 11)
    hits = rng.integers(0, 9, 11)
    df = count_frame(["a"] * 5 + ["b"] * 6, toks, hits)
    res = permutation_test(df, "directive", "a", "b", lexicon=one_category(), n_perm=1000)
    assert res["method"] == "exact" and res["n_perm"] == math.comb(11, 5)

    def abs_diff(ia, ib):
        ia, ib = ia.astype(int), ib.astype(int)
        return abs(hits[ia].sum() / toks[ia].sum() - hits[ib].sum() / toks[ib].sum()) * 1000

    ref = scipy.stats.permutation_test((np.arange(5), np.arange(5, 11)), abs_diff, permutation_type="independent",
                                       n_resamples=np.inf, alternative="greater", vectorized=False)
    assert res["diff"] == pytest.approx(hits[:5].sum() / toks[:5].sum() * 1000 - hits[5:].sum() / toks[5:].sum() * 1000)
    assert res["p_value"] == pytest.approx(ref.pvalue)


def test_clearly_different_groups_small_p_never_zero():
    rng = np.random.default_rng(0)
    df = count_frame(["a"] * 10 + ["b"] * 10, [100] * 20,
                     np.concatenate([rng.integers(8, 12, 10), rng.integers(0, 3, 10)]))
    res = permutation_test(df, "directive", "a", "b", lexicon=one_category(), n_perm=2000)
    assert res["method"] == "monte_carlo" and res["n_perm"] == 2000
    # no random permutation of 184,756 is as extreme: p = (0 + 1) / (2000 + 1)
    assert res["p_value"] == pytest.approx(1 / 2001)
    assert res["p_value"] > 0


def test_identical_groups_large_p():
    hits = [3, 0, 5, 2, 7, 1, 4, 4, 2, 6, 0, 3]
    df = count_frame(["a"] * 12 + ["b"] * 12, [100] * 24, hits + hits)
    res = permutation_test(df, "directive", "a", "b", lexicon=one_category(), n_perm=999)
    # the observed difference is 0 and every permutation is at least as extreme
    assert res["diff"] == pytest.approx(0.0)
    assert res["p_value"] == pytest.approx(1.0)


def test_p_values_are_calibrated_under_the_null():
    # 300 data sets where both groups come from the same distribution: about 5% of the
    # p-values fall at or below 0.05 and their mean is about 1/2 (uniform under the null).
    rng = np.random.default_rng(11)
    ps = []
    for i in range(300):
        df = count_frame(["a"] * 15 + ["b"] * 15, rng.integers(80, 120, 30), rng.poisson(4, 30))
        ps.append(permutation_test(df, "directive", "a", "b", lexicon=one_category(), n_perm=199,
                                   random_state=i)["p_value"])
    ps = np.array(ps)
    assert 0.02 <= (ps <= 0.05).mean() <= 0.09
    assert 0.44 <= ps.mean() <= 0.56


def test_cluster_permutation_has_few_assignments():
    # 1 speech against 3: only C(4, 1) = 4 assignments, the smallest p is 1/4 however large the gap
    df = count_frame(["a"] * 4 + ["b"] * 6, [100] * 10, [30, 30, 30, 30, 1, 1, 0, 0, 1, 1],
                     speech=["s1"] * 4 + ["s2", "s2", "s3", "s3", "s4", "s4"])
    res = permutation_test(df, "directive", "a", "b", lexicon=one_category(), cluster="speech_id")
    assert (res["method"], res["n_perm"], res["n_units_a"], res["n_units_b"]) == ("exact", 4, 1, 3)
    assert res["p_value"] == pytest.approx(0.25) and res["min_p"] == pytest.approx(0.25)
    flat = permutation_test(df, "directive", "a", "b", lexicon=one_category())
    assert flat["p_value"] < 0.01  # paragraphs taken as independent look decisive


def test_permutation_rejects_unknown_groups_and_categories():
    df = count_frame(["a", "b"], [10, 10], [1, 2])
    with pytest.raises(KeyError, match="'c' not found"):
        permutation_test(df, "directive", "a", "c", lexicon=one_category())
    with pytest.raises(KeyError, match="no rhetoric category"):
        permutation_test(df, "threat", "a", "b", lexicon=one_category())


def test_benjamini_hochberg_by_hand():
    # sorted p 0.01, 0.03, 0.04, 0.2 (m = 4): p*m/rank = 0.04, 0.06, 0.0533, 0.2;
    # cumulative minimum from the largest: 0.04, 0.0533, 0.0533, 0.2
    p = np.array([0.01, 0.04, 0.03, 0.2])
    assert adjust_pvalues(p) == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.2])
    q = np.array([0.5, 0.001, 0.02, 0.9, 0.04, 0.3])
    assert adjust_pvalues(q) == pytest.approx(scipy.stats.false_discovery_control(q))


def test_compare_table_is_consistent():
    rng = np.random.default_rng(5)
    groups = ["rural"] * 8 + ["civilised_city"] * 7 + ["environment"] * 9
    df = pd.DataFrame({"doc_id": range(24), "group": groups, "n_tokens": rng.integers(80, 120, 24),
                       "directive": rng.integers(0, 10, 24), "mobilisation": rng.integers(0, 4, 24)})
    lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),
                           RhetoricCategory("mobilisation", "动员", "d", "s", (RhetoricTerm("攻坚战"),))))
    table = compare_rhetoric(df, lexicon=lex, n_perm=500)
    assert len(table) == 2 * 3
    assert table[["group_a", "group_b"]].drop_duplicates().values.tolist() == [
        ["rural", "civilised_city"], ["rural", "environment"], ["civilised_city", "environment"]]
    assert table["p_adj"].to_numpy() == pytest.approx(scipy.stats.false_discovery_control(table["p_value"]))
    assert (table["p_adj"] >= table["p_value"]).all()
    row = table[(table.category == "mobilisation") & (table.group_a == "rural") & (table.group_b == "environment")]
    single = permutation_test(df, "mobilisation", "rural", "environment", lexicon=lex, n_perm=500)
    assert row["p_value"].item() == single["p_value"]
    assert row["diff"].item() == pytest.approx(single["diff"])


# --------------------------------------------------------------------------
# The real corpus
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_counts(corpus, tok, lex):
    return rhetoric_counts(documents(corpus, "paragraph"), tokenizer=tok, lexicon=lex)


def test_directive_rate_positive_in_every_campaign(real_counts):
    r = rhetoric_rates(real_counts, n_boot=500)
    directive = r[r.category == "directive"].set_index("group")
    assert list(directive.index) == list(CAMPAIGNS)
    assert (directive["rate_per_1000"] > 5).all()
    assert (directive["n_speeches_with"] == directive["n_speeches"]).all()


def test_civilised_city_speech_is_the_most_mobilising(corpus, real_counts, tok, lex):
    r = rhetoric_rates(real_counts, n_boot=500).set_index(["group", "category"])
    civ = r.loc[("civilised_city", "mobilisation"), "rate_per_1000"]
    env = r.loc[("environment", "mobilisation"), "rate_per_1000"]
    assert civ > 3 * env
    # and higher than every single environment speech part
    speeches = rhetoric_counts(documents(corpus, "speech"), tokenizer=tok, lexicon=lex)
    env_parts = speeches[speeches.group == "environment"]
    assert civ > (env_parts["mobilisation"] / env_parts["n_tokens"] * 1000).max()


def test_one_civilised_city_speech_limits_what_can_be_claimed(real_counts):
    r = rhetoric_rates(real_counts, cluster="speech_id", n_boot=500)
    civ = r[r.group == "civilised_city"]
    assert (civ["n_units"] == 1).all() and civ["ci_low"].isna().all()
    # civilised_city (1 speech) vs environment (6 speech parts): 7 assignments.  The civilised-city
    # speech has the highest mobilisation rate of the seven, so p is the smallest possible, 1/7.
    res = permutation_test(real_counts, "mobilisation", "civilised_city", "environment", cluster="speech_id")
    assert res["method"] == "exact" and res["n_perm"] == 7
    assert res["p_value"] == pytest.approx(1 / 7)


def test_rates_from_a_corpus_and_a_subset_of_categories(corpus, tok, lex):
    r = rhetoric_rates(corpus, level="speech", tokenizer=tok, lexicon=lex, n_boot=100,
                       categories=["mobilisation", "routine_mode"])
    assert r["group"].tolist() == [g for g in CAMPAIGNS for _ in range(2)]
    assert r["category"].tolist() == ["mobilisation", "routine_mode"] * 3
    speeches = rhetoric_counts(documents(corpus, "speech"), tokenizer=tok, lexicon=lex)
    expected = speeches.groupby("group")["mobilisation"].sum()
    got = r[r.category == "mobilisation"].set_index("group")["count"]
    assert got.to_dict() == expected.to_dict()


def test_compare_real_corpus(real_counts, lex):
    table = compare_rhetoric(real_counts, n_perm=2000, cluster="speech_id")
    assert len(table) == len(lex) * 3
    assert table["p_value"].between(0, 1, inclusive="right").all()
    assert (table["p_value"] >= table["min_p"] - 1e-12).all()
