"""The campaign classifier on short texts and its lexicon file."""

from __future__ import annotations

import pytest

from corpusmine import classify_campaign
from corpusmine.text.classify import explain_campaign, load_lexicon


@pytest.mark.parametrize(
    "text, label",
    [
        ("今年要一鼓作气创建省级乡村振兴先进县,做好防止返贫监测帮扶。", "rural"),
        ("要把撂荒地整治和秋冬种结合起来,确保粮食安全,扎实做好三农工作。", "rural"),
        ("创文工作已经到了攻坚之年,各单位要对照文明城市测评体系抓好网报资料。", "civilised_city"),
        ("要持续清理城市牛皮癣,更换破损的公益广告,提升问卷调查得分。", "civilised_city"),
        ("要深化城乡环境综合整治,彻底改变城镇脏乱差面貌,推进垃圾分类。", "environment"),
        ("对标五美各项硬任务,全力推进美丽城镇建设。", "environment"),
        ("要深化行政审批制度改革,加快政务中心标准化建设。", "other"),
        ("六年级是小学阶段的关键,各位老师要抓好毕业班教学。", "other"),
    ],
)
def test_labels(text, label):
    assert classify_campaign(text)[0] == label


def test_scores_are_per_thousand_characters():
    label, scores = classify_campaign("乡村振兴" + "。" * 10)
    # one hit of weight 3 in 4 Chinese characters (punctuation does not count)
    assert scores["rural"] == pytest.approx(3 * 1000 / 4)
    assert set(scores) == {"rural", "civilised_city", "environment"}


def test_longest_term_wins_no_double_count():
    hits = explain_campaign("推进城乡环境综合整治。")
    assert hits[["term", "count"]].values.tolist() == [["城乡环境综合整治", 1]]


def test_mixed_text_is_undecided():
    text = "要推进乡村振兴,防止返贫。要推进城乡环境综合提质,整治脏乱差。"
    assert classify_campaign(text)[0] == "other"


def test_every_lexicon_entry_has_a_source():
    lex = load_lexicon()
    assert set(lex.campaigns) == {"rural", "civilised_city", "environment"}
    assert all(len(terms) >= 10 for terms in lex.terms.values())


def test_bad_lexicon_names_the_file_and_entry(tmp_path):
    p = tmp_path / "campaigns.yaml"
    p.write_text("campaigns:\n  rural:\n    terms:\n      - {term: 乡村振兴, weight: 3}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"campaigns\.yaml.*乡村振兴.*no source"):
        load_lexicon(p)
