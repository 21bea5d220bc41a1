"""Phrase merging: learned compounds, the reviewed merge list and Tokenizer(merges=...)."""

from __future__ import annotations

import pickle

import pytest

from corpusmine.errors import CorpusInputError
from corpusmine.tokens.merges import MERGES, Merge, MergeList, learn_merges, load_merges, read_merges, write_merges
from corpusmine.tokens.tokenizer import Tokenizer

# Realistic speech sentences (environment and civilised-city campaigns).
SPEECHES = [
    "全市城乡环境综合整治工作会议今天召开。城乡环境综合整治是民心工程，要推进生活垃圾分类，落实科学发展观。",
    "各乡镇要把城乡环境综合整治摆上重要位置，抓好垃圾分类和污水治理，深入贯彻落实科学发展观。",
    "开展城乡环境综合整治以来，农村人居环境整治成效明显，实行网格化管理，垃圾分类覆盖所有社区。",
    "同志们，城乡环境综合整治要坚持问题导向，生活垃圾日产日清，用科学发展观统领全局。",
    "今年是城乡环境综合整治的攻坚之年，要以垃圾分类为抓手，推进人居环境整治，巩固创文成果。",
]


@pytest.fixture(scope="module")
def raw():
    tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    return [tok.raw_tokens(t) for t in SPEECHES]


def test_learner_proposes_the_campaign_name_and_compounds(raw):
    stop = Tokenizer(cache_dir=None).stopwords_
    learned = {m.merged: m for m in learn_merges(raw, min_count=3, min_docs=2, threshold=0.5, stopwords=stop,
                                                 source="test")}
    assert "城乡环境综合整治" in learned
    assert learned["城乡环境综合整治"].parts == ("城乡", "环境", "综合整治")
    assert learned["城乡环境综合整治"].count == sum(t.count("城乡环境综合整治") for t in SPEECHES) == 6
    assert {"垃圾分类", "科学发展观"} <= set(learned)
    assert all(not m.accept and m.source == "test" and m.statistic == "npmi" for m in learned.values())


def test_chance_pair_below_threshold_is_not_proposed(raw):
    stop = Tokenizer(cache_dir=None).stopwords_
    learned = {m.merged for m in learn_merges(raw, min_count=3, min_docs=2, threshold=0.5, stopwords=stop)}
    # 工作会议 / 民心工程 / 抓好垃圾 occur once: below min_count; 要推进 holds a stop word
    assert not {"工作会议", "民心工程", "抓好垃圾", "要推进", "推进生活"} & learned
    # raising the threshold above every NPMI removes everything, min_count above the name's count removes it
    assert learn_merges(raw, min_count=3, min_docs=2, threshold=1.01, stopwords=stop) == []
    assert "城乡环境综合整治" not in {m.merged for m in learn_merges(raw, min_count=7, stopwords=stop)}


def test_one_speech_habit_needs_min_docs():
    one = Tokenizer(remove_stopwords=False, cache_dir=None).raw_tokens("背街小巷整治，背街小巷整治，背街小巷整治。")
    other = Tokenizer(remove_stopwords=False, cache_dir=None).raw_tokens("推进城乡环境综合整治。")
    assert "背街小巷整治" in {m.merged for m in learn_merges([one, other], min_count=3, min_docs=1)}
    assert "背街小巷整治" not in {m.merged for m in learn_merges([one, other], min_count=3, min_docs=2)}


def test_learning_never_crosses_punctuation():
    tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    docs = [tok.raw_tokens("要抓环境，综合整治；环境。综合整治") for _ in range(6)]
    assert "环境综合整治" not in {m.merged for m in learn_merges(docs, min_count=2, threshold=-1.0)}


def test_shipped_list_is_reviewed_and_holds_the_compounds():
    rows = read_merges(MERGES)
    accepted = {m.merged for m in rows if m.accept}
    assert {"城乡环境综合整治", "垃圾分类", "生活垃圾", "科学发展观", "网格化管理", "人居环境整治"} <= accepted
    rejected = {m.merged for m in rows if not m.accept}
    assert {"扎实推进", "知晓率必须", "届三中"} <= rejected        # phrases and fragments
    assert all(m.source for m in rows)
    assert {s for m in rows for s in m.source.split("+")} >= {"seed", "gwr"}


def test_compounds_stay_whole_with_merges():
    plain = Tokenizer(cache_dir=None)
    merged = Tokenizer(cache_dir=None, merges="default")
    text = "开展城乡环境综合整治，清运生活垃圾，推进垃圾分类，实行网格化管理，落实科学发展观，抓好农村人居环境整治。"
    assert "城乡环境综合整治" not in plain.cut(text)
    out = merged.cut(text)
    for word in ("城乡环境综合整治", "生活垃圾", "垃圾分类", "网格化管理", "科学发展观", "人居环境整治"):
        assert word in out, word
    assert "环境" not in out and "科学" not in out


def test_merging_never_crosses_punctuation():
    tok = Tokenizer(cache_dir=None, merges=[("科学", "发展观"), ("垃圾", "分类")])
    assert tok.cut("要讲科学，发展观念要新；垃圾，分类") == ["讲", "科学", "发展", "观念", "新", "垃圾", "分类"]
    assert tok.raw_tokens("科学。发展观")[:3] == ["科学", "。", "发展观"]
    with pytest.raises(ValueError, match="punctuation"):
        MergeList([("科学", "，", "发展观")])


def test_longest_merge_first():
    ml = MergeList([("环境", "综合整治"), ("城乡", "环境"), ("城乡", "环境", "综合整治")])
    assert ml.apply(["城乡", "环境", "综合整治", "和", "城乡", "环境"]) == ["城乡环境综合整治", "和", "城乡环境"]


def test_cache_key_includes_the_merge_list(tmp_path):
    text = "开展城乡环境综合整治，推进垃圾分类"
    a = Tokenizer(cache_dir=tmp_path, merges=["城乡 环境 综合整治"])
    assert a.cut(text) == ["开展", "城乡环境综合整治", "推进", "垃圾", "分类"]
    b = Tokenizer(cache_dir=tmp_path, merges=["城乡 环境 综合整治", "垃圾 分类"])
    assert b.segmentation_version != a.segmentation_version
    assert b.cut(text) == ["开展", "城乡环境综合整治", "推进", "垃圾分类"]
    assert b.cache_misses_ == 1                 # a changed list re-segments
    plain = Tokenizer(cache_dir=tmp_path)
    assert plain.cut(text) == ["开展", "城乡", "环境", "综合整治", "推进", "垃圾", "分类"]
    assert plain.segmentation_version == plain.dictionary_version
    # changing the parameter after use, and editing the file, both re-segment
    b.set_params(merges=None)
    assert "垃圾分类" not in b.cut(text)
    path = tmp_path / "merges.tsv"
    write_merges([Merge(("垃圾", "分类"), 3, 0.8, "npmi", accept=True, source="test")], path, keep_review=False)
    c = Tokenizer(cache_dir=tmp_path, merges=path)
    assert "垃圾分类" in c.cut(text)
    write_merges([Merge(("垃圾", "分类"), 3, 0.8, "npmi", accept=False, source="test")], path)
    assert read_merges(path)[0].accept is True          # keep_review keeps the person's decision
    write_merges([Merge(("垃圾", "分类"), 3, 0.8, "npmi", accept=False, source="test")], path, keep_review=False)
    assert "垃圾分类" not in c.cut(text)


def test_write_keeps_review_decisions(tmp_path):
    path = tmp_path / "merges.tsv"
    write_merges([Merge(("垃圾", "分类"), 3, 0.8, "npmi", accept=True, source="seed"),
                  Merge(("扎实", "推进"), 9, 0.6, "npmi", accept=False, source="seed")], path)
    write_merges([Merge(("垃圾", "分类"), 5, 0.7, "npmi", source="seed+gwr")], path)
    rows = {m.merged: m for m in read_merges(path)}
    assert rows["垃圾分类"].accept and rows["垃圾分类"].count == 5
    assert "扎实推进" in rows and not rows["扎实推进"].accept


def test_pickle_and_params_keep_merges():
    tok = Tokenizer(cache_dir=None, merges=["科学发展观"])
    clone = pickle.loads(pickle.dumps(tok))
    assert clone.cut("落实科学发展观") == ["落实", "科学发展观"]
    assert Tokenizer(**tok.get_params()).cut("落实科学发展观") == ["落实", "科学发展观"]
    assert tok.cut_pos("落实科学发展观")[-1][0] == "科学发展观"


@pytest.mark.parametrize("content, problem", [
    ("merged\tparts\n", "header"),
    ("merged\tparts\tcount\tscore\tstatistic\taccept\tsource\n垃圾分类\t垃圾 分\t3\t0.7\tnpmi\tyes\tseed\n",
     r"line 2 \('垃圾分类'\): merged must be its parts joined"),
    ("merged\tparts\tcount\tscore\tstatistic\taccept\tsource\n垃圾分类\t垃圾 分类\t3\t0.7\tnpmi\tok\tseed\n",
     "accept must be yes or no"),
    ("merged\tparts\tcount\tscore\tstatistic\taccept\tsource\n垃圾\t垃圾\t3\t0.7\tnpmi\tyes\tseed\n",
     "at least two"),
])
def test_bad_merge_file_names_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "坏的merges.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusInputError, match=problem) as err:
        read_merges(path)
    assert "坏的merges.tsv" in str(err.value)
    with pytest.raises(CorpusInputError):
        Tokenizer(cache_dir=None, merges=path).cut("推进垃圾分类")


def test_load_merges_values():
    assert load_merges(None) is None
    assert len(load_merges("default")) == sum(m.accept for m in read_merges())
    with pytest.raises(ValueError, match="written whole"):
        load_merges(["垃圾分类"])
    with pytest.raises(ValueError, match="merges must be"):
        load_merges("垃圾分类")
