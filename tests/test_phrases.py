"""Phrases, collocations, quoted slogans, numbered formulas, parallelism and KWIC."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency

from corpusmine import Tokenizer
from corpusmine.features import documents
from corpusmine.stats.concordance import format_kwic, kwic
from corpusmine.stats.formulas import NOT_FORMULA_AFTER, chinese_numeral_value, formula_lexicon, numbered_formulas, quote_kind, quoted_phrases
from corpusmine.stats.ngrams import collocations, gensim_phrases, ngram_frequency
from corpusmine.stats.parallelism import parallelism, parallelism_summary


@pytest.fixture(scope="module")
def tok(tmp_path_factory):
    return Tokenizer(remove_stopwords=False, cache_dir=tmp_path_factory.mktemp("phrases_cache"))


@pytest.fixture(scope="module")
def docs(corpus):
    """Paragraphs of the included speeches, three campaigns (as the notebooks use them)."""
    return documents(corpus, level="paragraph")


@pytest.fixture(scope="module")
def every_doc(corpus):
    """Every paragraph of every speech, excluded speeches and ``other`` sections too."""
    return documents(corpus, level="paragraph", groups=None, include_only=False)


def two_speeches(text: str) -> pd.DataFrame:
    """The same text said in two different speeches (so that repetition alone could accept it)."""
    return pd.DataFrame({"doc_id": ["a", "b"], "speech_id": ["s1", "s2"], "group": ["g", "g"], "text": [text, text]})


# --------------------------------------------------------------------------
# n-grams
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("推进城乡环境整治。工作推进有力", "整治工作", "环境整治"),           # sentence end
        ("抓好城乡环境,整治工作要常抓不懈", "环境整治", "整治工作"),          # comma
        ("城乡环境\n整治工作", "环境整治", "城乡环境"),                      # paragraph break inside a speech
        ("清理占道经营135.8万处", "占道经营万", "清理占道经营"),              # a number in digits
        ("推进〔某〕创文工作", "推进创文", "创文工作"),                       # the placeholder
    ],
)
def test_ngrams_never_cross_a_boundary(tok, text, absent, present):
    grams = set(ngram_frequency([text], n=(2, 3), tokenizer=tok, min_count=1)["ngram"])
    assert absent not in grams
    assert present in grams


def test_ngrams_cross_quotation_marks(tok):
    grams = set(ngram_frequency(["部分村社“五清”完成度不高"], n=2, tokenizer=tok, min_count=1)["ngram"])
    assert "村社五清" in grams


def test_ngrams_do_not_start_or_end_with_a_stop_word(tok):
    t = ngram_frequency(["要抓好城乡环境"], n=(2, 3), tokenizer=tok, min_count=1)
    # tokens: 要 / 抓好 / 城乡 / 环境; 要 is a stop word, so 要抓好 and 要抓好城乡 go
    assert set(t["ngram"]) == {"抓好城乡", "城乡环境", "抓好城乡环境"}
    # inside an n-gram a stop word stays: 把 / 思想 / 和 / 行动 / 统一
    grams = set(ngram_frequency(["把思想和行动统一"], n=3, tokenizer=tok, min_count=1)["ngram"])
    assert grams == {"思想和行动"}


def test_ngram_counts_rates_and_dispersion(tok):
    d = pd.DataFrame({
        "doc_id": ["p1", "p2", "p3"],
        "speech_id": ["s1", "s1", "s2"],
        "group": ["environment", "environment", "rural"],
        "text": ["城乡环境综合提质。城乡环境综合提质。", "城乡环境综合提质。", "城乡环境。"],
    })
    t = ngram_frequency(d, n=(2, 3), tokenizer=tok, min_count=1).set_index(["group", "ngram"])
    # environment: 3 segments x 3 tokens (城乡 环境 综合提质) = 9 tokens; 城乡环境 said 3 times
    row = t.loc[("environment", "城乡环境")]
    assert (row["count"], row["n_docs"], row["n_speeches"]) == (3, 2, 1)
    assert row["rate_per_10k"] == pytest.approx(3 / 9 * 10_000)
    assert t.loc[("environment", "城乡环境综合提质"), "count"] == 3
    # rural: 2 tokens, one bigram
    assert t.loc[("rural", "城乡环境"), "rate_per_10k"] == pytest.approx(5000.0)
    assert list(t.index.get_level_values("group").unique()) == ["rural", "environment"]


def test_ngram_top_and_min_count(tok, docs):
    t = ngram_frequency(docs, tokenizer=tok, top=5)
    assert t.groupby("group").size().max() <= 5
    assert (t["count"] >= 2).all()
    env = t[t["group"] == "environment"].iloc[0]
    # 城乡环境 is said in every environment speech: 5 distinct speeches carry it
    assert env["ngram"] == "城乡环境" and env["n_speeches"] == 5
    # the civilised-city section comes from one speech: no n-gram can claim more
    assert (ngram_frequency(docs, tokenizer=tok).query("group == 'civilised_city'")["n_speeches"] == 1).all()


# --------------------------------------------------------------------------
# collocations
# --------------------------------------------------------------------------


def test_collocation_scores_match_a_hand_computed_table():
    tok = Tokenizer(remove_stopwords=False, stopwords=None, cache_dir=None)
    text = "城乡环境。城乡环境。城乡环境。城乡统筹。改善环境。环境整治。环境整治。"
    t = collocations([text], min_count=1, tokenizer=tok).set_index("bigram")
    # Pair tokens (adjacent, inside a segment): 城乡-环境 x3, 城乡-统筹, 改善-环境, 环境-整治 x2: N = 7.
    # For 城乡环境: O11 = 3, R1 = 4 (城乡 on the left), C1 = 4 (环境 on the right)
    #   E11 = 4*4/7 = 2.285714;  PMI = log2(3 / (16/7)) = log2(21/16) = 0.392317
    #   NPMI = 0.392317 / -log2(3/7) = 0.392317 / 1.222392 = 0.320942
    #   table [[3, 1], [1, 2]]; G2 = 2[3 ln(21/16) + 2 ln(7/12) + 2 ln(14/9)]
    #      = 2[0.815801 - 1.077993 + 0.883666] = 1.242947
    row = t.loc["城乡环境"]
    assert (row["count"], row["w1_count"], row["w2_count"], row["n_pairs"]) == (3, 4, 4, 7)
    assert row["expected"] == pytest.approx(16 / 7)
    assert row["pmi"] == pytest.approx(0.392317, abs=1e-6)
    assert row["npmi"] == pytest.approx(0.320942, abs=1e-6)
    assert row["g2"] == pytest.approx(1.242947, abs=1e-6)
    g, p, _, _ = chi2_contingency([[3, 1], [1, 2]], correction=False, lambda_="log-likelihood")
    assert row["g2"] == pytest.approx(g) and row["p_value"] == pytest.approx(p)
    # 环境整治 only ever occurs together: NPMI = 1, PMI = log2(7/2)
    assert t.loc["环境整治", "npmi"] == pytest.approx(1.0)
    assert t.loc["环境整治", "pmi"] == pytest.approx(math.log2(3.5))


def test_collocation_window_and_stop_words():
    tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    near = set(collocations(["要抓好城乡环境整治"] * 3, tokenizer=tok)["bigram"])
    wide = set(collocations(["要抓好城乡环境整治"] * 3, tokenizer=tok, window=2)["bigram"])
    assert "城乡整治" not in near and "城乡整治" in wide
    assert not any(b.startswith("要") for b in near | wide)  # 要 is a stop word


def test_collocations_per_group_on_the_corpus(tok, docs):
    t = collocations(docs, by="group", tokenizer=tok, min_count=3)
    assert list(dict.fromkeys(t["group"])) == ["rural", "civilised_city", "environment"]
    top = t[t["group"] == "environment"].iloc[0]
    assert top["bigram"] == "城乡环境" and top["n_speeches"] == 5
    assert t.groupby("group")["g2"].apply(lambda s: s.is_monotonic_decreasing).all()
    assert ((t["npmi"] <= 1 + 1e-12) & (t["npmi"] >= -1)).all()


def test_gensim_phrases_stay_inside_segments(tok, docs):
    t = gensim_phrases(docs, tokenizer=tok)
    assert "清扫保洁" in set(t["phrase"])
    joined = "\n".join(docs["text"])
    for tokens in t["tokens"]:
        w1, w2 = tokens.split(" ")
        # the two tokens touch in the text (quotation marks apart), never across punctuation
        assert re.search(re.escape(w1) + "[“”‘’]*" + re.escape(w2), joined), tokens
    assert (t["n_speeches"] >= 1).all() and (t["count"] >= 3).all()


# --------------------------------------------------------------------------
# quoted phrases
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("五清", "term"),
        ("回头看", "term"),
        ("关键一招", "term"),
        ("五十百千示范工程", "term"),
        ("最多跑一次改革", "term"),
        ("整治一片、巩固一片、用好一片", "slogan"),
        ("行百里者半九十", "slogan"),
        ("绿水青山就是金山银山", "slogan"),
        ("点线结合,重点突破", "slogan"),
    ],
)
def test_quote_kind(phrase, kind):
    assert quote_kind(phrase) == kind


def test_quoted_phrases_short_strings():
    texts = [
        "要落实‘三高’要求,开展“回头看”,做到“五清”",
        "适时开展“回头看”,说“某”字,以及“" + "很" * 31 + "”",
    ]
    t = quoted_phrases(texts).set_index("phrase")
    assert t.loc["回头看", "count"] == 2 and t.loc["回头看", "n_speeches"] == 2
    assert t.loc["三高", "count"] == 1           # single quotation marks too
    assert "某" not in t.index                    # shorter than 2 characters
    assert not any(len(p) > 30 for p in t.index)  # longer than 30: reported speech


def test_quoted_phrases_on_the_corpus(docs):
    t = quoted_phrases(docs)
    env = t[t["group"] == "environment"].set_index("phrase")
    # “回头看” is quoted in the environment parts of three different speeches
    assert env.loc["回头看", "n_speeches"] == 3
    assert env.loc["五清", "speech_ids"] == "env_tizhi_2023,rural_xianjinxian_2023"
    civ = t[t["group"] == "civilised_city"].set_index("phrase")
    assert civ.loc["牛皮癣", "count"] == 5 and civ.loc["牛皮癣", "n_speeches"] == 1
    assert set(t["kind"]) == {"slogan", "term"}


# --------------------------------------------------------------------------
# numbered formulas
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "numeral, value",
    [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("一百二十", 120), ("两", 2), ("双", 2), ("百", 100),
     ("12", 12), ("五十百千", None), ("十四五", None)],
)
def test_chinese_numeral_value(numeral, value):
    assert chinese_numeral_value(numeral) == value


@pytest.mark.parametrize(
    "text, formulas",
    [
        ("部分乡镇村社“五清”、场镇“四定”完成度不高", {"五清", "四定"}),
        ("全力落实“六稳”“六保”任务", {"六稳", "六保"}),
        ("大干二季度,实现“双过半”", {"双过半"}),
        ("要根据划定的三区三线成果,再补充、再完善", {"三区三线"}),
        ("会同领导小组采取四不两直方式进行监督暗访", {"四不两直"}),
        ("健全“一把手”负总责的工作推进机制", {"一把手"}),
        ("进一步落实主要领导、分管领导、直接领导“三级领导责任”", {"三级领导责任"}),
        ("围绕“五大振兴”目标,对示范点逐一进行实地考察", {"五大振兴"}),
        ("省委、省政府着眼“两个高水平”建设", {"两个高水平"}),
        ("扎实推进“五十百千示范工程”建设", {"五十百千示范工程"}),
        ("抓好“三清、四改、四通、五化”", {"三清", "四改", "四通", "五化"}),
        ("城区三街一镇知晓率必须达到98%以上", {"三街一镇"}),
    ],
)
def test_formulas_found_in_short_strings(tok, text, formulas):
    t = numbered_formulas([text], tokenizer=tok)
    assert set(t["formula"]) == formulas


@pytest.mark.parametrize(
    "text",
    [
        "用三年时间完成整治任务",
        "全县五个乡镇已完成创建",
        "完成两项改革任务",
        "一是要提高站位",
        "二要压实责任",
        "第三,要强化督查考核",
        "大家要打起十二分精神",
        "三季度经济运行总体平稳",
        "一季度完成投资",
        "占比达到百分之八十",
        "要进一步落实属地责任",
        "一定要抓好落实",
        "让老百姓得到实惠",
        "要举一反三抓整改",
        "一鼓作气创建先进县",
        "不能三心二意",
        "力争用两到三年时间",
        "确保一举创建成功",
        "是四川省落实中央任务的关键措施",
        "要用好“三年”时间",
    ],
)
def test_ordinary_quantities_are_not_formulas(tok, text):
    # said in two different speeches, so that repetition alone cannot rescue them
    assert numbered_formulas(two_speeches(text), tokenizer=tok).empty


def test_unquoted_formulas_need_repetition_across_speeches(tok):
    once = pd.DataFrame({"speech_id": ["s1", "s1"], "text": ["深入开展五乱治理", "巩固五乱治理成果"]})
    twice = pd.DataFrame({"speech_id": ["s1", "s2"], "text": ["深入开展五乱治理", "巩固五乱治理成果"]})
    assert numbered_formulas(once, tokenizer=tok).empty
    lex = formula_lexicon(twice, tokenizer=tok)
    assert lex.set_index("formula").loc["五乱", "evidence"] == "repeated"


def test_longest_formula_wins(tok):
    t = numbered_formulas(["“三线”杂乱。要根据划定的“三区三线”成果"], tokenizer=tok).set_index("formula")
    assert t.loc["三线", "count"] == 1 and t.loc["三区三线", "count"] == 1
    assert t.loc["三区三线", "kind"] == "compound" and t.loc["三区三线", "value"] == 3


def test_formula_lexicon_on_the_whole_corpus(tok, every_doc):
    lex = formula_lexicon(every_doc, tokenizer=tok).set_index("formula")
    expected = {"五清", "四定", "四化", "五美", "三区三线", "六稳", "六保", "双过半", "三级领导责任", "四不两直",
                "五大振兴", "一把手", "两个高水平", "五十百千示范工程", "五乱", "三街一镇", "百镇千村"}
    assert expected <= set(lex.index)
    assert not {"三年", "一定", "一举", "百姓", "四川省", "进一步", "一鼓作气"} & set(lex.index)
    for f in lex.index:
        body = f[len(lex.loc[f, "numeral"]):]
        assert not (len(body) == 1 and body in NOT_FORMULA_AFTER), f
    assert lex.loc["五十百千示范工程", "value"] is pd.NA
    assert lex.loc["六稳", "value"] == 6


def test_numbered_formulas_by_campaign(tok, docs):
    t = numbered_formulas(docs, tokenizer=tok)
    env = t[t["group"] == "environment"].set_index("formula")
    # 五清 and 四定 occur in the environment sections of two different speeches
    for f in ("五清", "四定"):
        assert env.loc[f, "n_speeches"] == 2 and env.loc[f, "count"] == 2
    assert env.loc["五乱", "count"] == 7 and env.loc["五乱", "n_speeches"] == 1
    assert "【五乱】" in env.loc["五乱", "example"]
    assert t[t["group"] == "rural"].set_index("formula").loc["五大振兴", "n_quoted"] == 1
    assert t[t["group"] == "civilised_city"].set_index("formula").loc["三级领导责任", "count"] == 1
    assert (t["n_quoted"] <= t["count"]).all() and (t["n_speeches"] <= t["n_docs"]).all()


# --------------------------------------------------------------------------
# parallelism
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind, head, items",
    [
        ("与日常业务工作同谋划、同部署、同推动、同检查,确保落实", "clause_head", "同", "同谋划、同部署、同推动、同检查"),
        ("今天在这里再强调、再安排、再部署,就是希望大家", "clause_head", "再", "再强调、再安排、再部署"),
        ("大家普遍有思路、有办法、有举措,要相互借鉴", "clause_head", "有", "有思路、有办法、有举措"),
        ("形成能用、管用、实用、好用的规划成果", "clause_tail", "用", "能用、管用、实用、好用"),
        ("把各项工作抓实抓细抓出成效,确保一举创建成功", "reduplication", "抓", "抓实、抓细、抓出成效"),
        ("把这些重点工作抓实抓细、抓出成效。", "reduplication", "抓", "抓实、抓细、抓出成效"),
        ("一是进一步对标对点对图。", "reduplication", "对", "对标、对点、对图"),
        ("要整合要素,做大做优做强。", "reduplication", "做", "做大、做优、做强"),
    ],
)
def test_parallelism_found(text, kind, head, items):
    t = parallelism([text])
    assert t[["kind", "head", "items"]].values.tolist() == [[kind, head, items]]
    row = t.iloc[0]
    assert text[row["start"]:row["end"]] == row["text"]


@pytest.mark.parametrize(
    "text",
    [
        "进一步压紧压实责任",                 # two chunks only
        "要同谋划、同部署",                   # two clauses only
        "同谋划。同部署。同推动。",            # sentences, not clauses
        "抓实。抓细。抓出成效。",
        "住建局、民政局、农业农村局要配合",     # a list of bureaus of different lengths
        "中兴路、平安路、兴盛路都存在问题",     # a list of road names
        "县委农办、县委目标绩效办、县委宣传部",
        "分别在全国排第5位、第6位、第8位",
    ],
)
def test_parallelism_rejects(text):
    assert parallelism([text]).empty


def test_parallelism_on_the_corpus(docs):
    t = parallelism(docs)
    rural = t[t["speech_id"] == "rural_xianjinxian_2023"]
    assert "抓实、抓细、抓出成效" in set(rural.loc[rural["kind"] == "reduplication", "items"])
    assert "再强调、再安排、再部署" in set(rural["items"])
    civ = t[t["speech_id"] == "civ_chuangwen_2021"]
    assert "同谋划、同部署、同推动、同检查" in set(civ["items"])
    assert (t["n_items"] >= 3).all()
    for r in t.itertuples():
        text = docs.loc[docs["doc_id"] == r.doc_id, "text"].iloc[0]
        assert text[r.start:r.end] == r.text


def test_parallelism_summary_hand_counted():
    d = pd.DataFrame({"speech_id": ["s1", "s1", "s2"], "group": ["a", "a", "b"],
                      "text": ["要同谋划、同部署、同推动。", "要久久为功。", "要久久为功。"]})
    s = parallelism_summary(d).set_index("group")
    # group a: 要同谋划同部署同推动 (10) + 要久久为功 (5) = 15 Chinese characters, one run of 3
    assert s.loc["a", "n_chars"] == 15 and s.loc["a", "n_runs"] == 1
    assert s.loc["a", "runs_per_1k_chars"] == pytest.approx(1000 / 15)
    assert s.loc["a", "mean_items"] == 3 and s.loc["a", "top_heads"] == "同×1"
    assert s.loc["b", "n_runs"] == 0 and np.isnan(s.loc["b", "mean_items"]) and s.loc["b", "top_heads"] == ""


# --------------------------------------------------------------------------
# KWIC
# --------------------------------------------------------------------------


def test_kwic_chuangwen_comes_from_one_speech(corpus, docs):
    k = kwic(corpus, "创文")
    assert set(k["speech_id"]) == {"civ_chuangwen_2021"}
    paras = documents(corpus, level="paragraph", groups=None)
    assert len(k) == sum(t.count("创文") for t in paras["text"])
    assert len(kwic(docs, "创文", max_lines=3)) == 3


def test_kwic_windows_offsets_and_placeholder():
    texts = ["〔某〕月〔某〕日,市委召开了创文工作推进会", "创文办要抓落实;创文"]
    k = kwic(texts, "创文", window=6)
    assert k[["doc_id", "offset"]].values.tolist() == [["doc0", 14], ["doc1", 0], ["doc1", 8]]
    assert k.loc[0, "left"] == "日,市委召开了"[-6:]
    assert k.loc[1, "left"] == "" and k.loc[2, "right"] == ""
    assert "〔某〕" in kwic(texts, "市委", window=10).loc[0, "left"]
    for r in k.itertuples():
        assert texts[int(r.doc_id[3:])][r.offset:r.offset + 2] == "创文"


def test_kwic_regex_and_format():
    k = kwic(["村社“五清”、场镇“四定”,对标“五美”"], "五[清美]", regex=True, window=2)
    assert k["keyword"].tolist() == ["五清", "五美"]
    lines = format_kwic(k).split("\n")
    assert len(lines) == 2 and all("【" in x for x in lines)
    assert lines[0].index("【") == lines[1].index("【")
