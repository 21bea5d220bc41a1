"""Every self-check of the tutorial passes the right answer, fails a plausible wrong one, and waits for the placeholder.

The right and wrong answers are computed here as a student would (the right one as in
notebooks/00_tutorial_solutions.ipynb), on the seed corpus.
"""

from __future__ import annotations

import json

import jieba
import pytest
from sklearn.feature_extraction.text import CountVectorizer

import corpusmine as cm
from corpusmine import config, exercises
from corpusmine.features import CAMPAIGNS
from corpusmine.tokens.tokenizer import Tokenizer

PAGE = """当前位置:首页 > 范文 > 讲话稿
发布时间:2024-01-01 来源:网友投稿
同志们:
今年我们要把创文工作抓实抓细,xx月底前完成网报资料,我老秘网县决不能拖后腿。
版权所有:某某范文网"""
SENTENCE = "要把撂荒地整治和人居环境整治抓实抓细,2023年底前完成"
MIXED = "加強城鄉環境綜合整治,改善人居环境。各地要把環境整治與垃圾分類結合起來,城乡环境面貌明显改善。"
COMPOUND_TEXT = "深入开展城乡环境综合整治,推进生活垃圾分类。"


@pytest.fixture(scope="module")
def tok():
    return Tokenizer(cache_dir=None)


@pytest.fixture(scope="module")
def counted(corpus, tok):
    docs = cm.documents(corpus, level="paragraph", by="campaign", groups=CAMPAIGNS)
    dtm = cm.build_dtm(docs, tokenizer=tok)
    counts = cm.group_counts(dtm)
    n_speeches = cm.doc_frequency(dtm, unit="speech_id")
    words_by_group = (counts.rename_axis(columns="group").stack().rename("count").to_frame()
                      .join(n_speeches.rename_axis(columns="group").stack().rename("n_speeches"))
                      .reset_index().query("count > 0")
                      .sort_values(["group", "count", "term"], ascending=[True, False, True], kind="mergesort"))
    return dtm, counts, words_by_group


def assert_open(check):
    assert check.status == "not answered yet" and not check.passed
    assert "placeholder" in repr(check)


def test_check_result_reads_as_a_message():
    assert repr(exercises.Check("failed", "指标 is used by one speech")) == "check ✗ failed: 指标 is used by one speech"
    assert exercises.Check("passed").passed and not exercises.Check("failed").passed


def test_clean(tok):
    assert exercises.check_clean(PAGE, cm.clean_text(PAGE)).passed
    # dropping the chrome lines by hand leaves the watermark and the xx mark
    by_hand = "\n".join(line for line in PAGE.splitlines() if not line.startswith(("当前位置", "发布时间", "版权所有")))
    check = exercises.check_clean(PAGE, by_hand)
    assert not check.passed and "老秘网" in check.message
    check = exercises.check_clean(PAGE, by_hand.replace("老秘网", ""))
    assert not check.passed and "〔某〕" in check.message
    assert "site chrome" in exercises.check_clean(PAGE, PAGE).message
    # cleaning too much loses the speech
    assert "removed" in exercises.check_clean(PAGE, cm.clean_text(PAGE).replace("决不能拖后腿", "")).message
    assert_open(exercises.check_clean(PAGE, ...))


def test_keep_stopwords(tok):
    right = Tokenizer(remove_stopwords=False, cache_dir=None).cut(SENTENCE)
    assert exercises.check_keep_stopwords(right).passed
    check = exercises.check_keep_stopwords(tok.cut(SENTENCE))             # the default Tokenizer drops 要
    assert not check.passed and "要" in check.message
    stock = [w for w in jieba.lcut(SENTENCE) if w != ","]                # stock jieba splits 人居环境
    assert "人居" in stock
    check = exercises.check_keep_stopwords(stock)
    assert not check.passed and "人居环境" in check.message
    check = exercises.check_keep_stopwords(Tokenizer(remove_stopwords=False, cache_dir=None).raw_tokens(SENTENCE))
    assert not check.passed and "punctuation" in check.message
    assert_open(exercises.check_keep_stopwords(...))


def test_script_count():
    right = cm.clean_text(MIXED).count("环境")
    assert right == 4
    assert exercises.check_script_count(MIXED, right).passed
    check = exercises.check_script_count(MIXED, MIXED.count("环境"))     # Simplified spelling only
    assert not check.passed and "環境" in check.message and "one script" in check.message
    assert not exercises.check_script_count(MIXED, MIXED.count("環境")).passed
    assert not exercises.check_script_count(MIXED, "四").passed
    assert_open(exercises.check_script_count(MIXED, ...))


def test_vocabulary(tok):
    words = Tokenizer(remove_stopwords=False, cache_dir=None).cut(SENTENCE + "。严格考核,县里要抓落实")
    right = CountVectorizer(analyzer=str.split).fit([" ".join(words)]).vocabulary_
    assert exercises.check_vocabulary(right, words).passed
    default = CountVectorizer().fit([" ".join(words)]).vocabulary_           # token_pattern \w\w+
    check = exercises.check_vocabulary(default, words)
    assert not check.passed and "one-character" in check.message and "要" in check.message
    unsegmented = CountVectorizer(token_pattern=r"(?u)\b\w+\b").fit([SENTENCE]).vocabulary_
    assert not exercises.check_vocabulary(unsegmented, words).passed
    assert_open(exercises.check_vocabulary(..., words))


def test_user_dictionary(tok, tmp_path):
    term = "城乡环境综合整治"
    assert term not in tok.raw_tokens(COMPOUND_TEXT)                      # split before
    mine = tmp_path / "userdict.txt"
    mine.write_text(config.USERDICT.read_text(encoding="utf-8") + f"\n{term} nz\n", encoding="utf-8")
    right = Tokenizer(userdict=mine, cache_dir=None)
    check = exercises.check_user_dictionary(tok, right, COMPOUND_TEXT, term)
    assert check.passed and "城乡 / 环境 / 综合整治" in check.message
    # no entry: still split
    check = exercises.check_user_dictionary(tok, Tokenizer(cache_dir=None), COMPOUND_TEXT, term)
    assert not check.passed and "still cut" in check.message
    # a dictionary with only the new entry loses the project's terms (人居环境, 撂荒地)
    alone = tmp_path / "alone.txt"
    alone.write_text(f"{term} nz\n", encoding="utf-8")
    check = exercises.check_user_dictionary(tok, Tokenizer(userdict=alone, cache_dir=None), COMPOUND_TEXT, term)
    assert not check.passed and "人居环境" in check.message
    # a term the project already keeps whole teaches nothing
    assert "already whole" in exercises.check_user_dictionary(tok, right, "改善人居环境", "人居环境").message
    assert not exercises.check_user_dictionary(tok, jieba, COMPOUND_TEXT, term).passed
    assert_open(exercises.check_user_dictionary(tok, ..., COMPOUND_TEXT, term))


def test_widespread(counted):
    _, _, wbg = counted
    right = wbg.query("group == 'rural' and n_speeches >= 2").head(10)
    check = exercises.check_widespread(right, wbg)
    assert check.passed, check
    no_filter = wbg.query("group == 'rural'").head(10)                      # 指标: one speech, 19 times
    check = exercises.check_widespread(no_filter, wbg)
    assert not check.passed and "n_speeches >= 2" in check.message
    wrong_group = wbg.query("group == 'environment' and n_speeches >= 2").head(10)
    assert not exercises.check_widespread(wrong_group, wbg).passed
    assert not exercises.check_widespread(right.head(9), wbg).passed
    assert not exercises.check_widespread(right.sort_values("term"), wbg).passed
    assert_open(exercises.check_widespread(..., wbg))


def test_dispersion_keyness(counted):
    dtm, counts, _ = counted
    right = cm.keyness(counts, "rural", dtm=dtm, min_docs=2)
    check = exercises.check_dispersion_keyness(right, counts, dtm)
    assert check.passed, check
    # adding the speech counts of the two sides counts a mixed speech twice: 耕地 (one speech) passes
    everything = cm.keyness(counts, "rural", dtm=dtm)
    summed = everything[everything["docs_target"] + everything["docs_reference"] >= 2]
    assert "耕地" in set(summed["term"])
    check = exercises.check_dispersion_keyness(summed, counts, dtm)
    assert not check.passed and "distinct speech" in check.message
    assert not exercises.check_dispersion_keyness(everything, counts, dtm).passed
    assert not exercises.check_dispersion_keyness(right.head(10), counts, dtm).passed
    assert not exercises.check_dispersion_keyness(cm.keyness(counts, "environment", dtm=dtm, min_docs=2),
                                                  counts, dtm).passed
    assert_open(exercises.check_dispersion_keyness(..., counts, dtm))


def _code(name):
    nb = json.loads((config.NOTEBOOKS_DIR / name).read_text(encoding="utf-8"))
    return [("".join(c["source"]), c["metadata"].get("tags", [])) for c in nb["cells"] if c["cell_type"] == "code"]


def test_tutorial_leaves_every_exercise_open_and_the_solutions_answer_it():
    tutorial, solutions = _code("00_tutorial.ipynb"), _code("00_tutorial_solutions.ipynb")
    assert len(tutorial) == len(solutions)
    open_cells = [src for src, tags in tutorial if "exercise" in tags]
    answered = [src for src, tags in solutions if "exercise" in tags]
    assert len(open_cells) == len(answered) == 7
    assert all("...  # your code here" in src for src in open_cells)
    assert not any("# your code here" in src for src in answered)
    checks = [src for src, _ in tutorial if "exercises.check_" in src]
    assert len(checks) == 7 and all(src in [s for s, _ in solutions] for src in checks)
    # every other code cell is the same in both notebooks
    differ = [(a, b) for (a, ta), (b, tb) in zip(tutorial, solutions) if a != b and "exercise" not in ta]
    assert [a for a, _ in differ if "parameters" not in a and "FIGURES" not in a] == []
