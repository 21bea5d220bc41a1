"""The campaign classifier on short texts and its lexicon file."""

from __future__ import annotations

import pytest

from corpusmine import classify_campaign
from corpusmine.text.classify import classify_sections, classify_text, explain_campaign, load_lexicon


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


def test_mixed_text_is_flagged_for_review():
    text = "要推进乡村振兴,防止返贫。要推进城乡环境综合提质,整治脏乱差。"
    r = classify_text(text)
    assert r.needs_review and r.mixed
    assert classify_campaign(text)[0] == "other"     # mixed: left undecided, as the seed build expects
    assert {k for k, v in r.probabilities.items() if v > 0.3} == {"rural", "environment"}


def test_economy_speech_mentioning_rural_revitalisation_once_is_other():
    text = ("今年全县经济运行总体平稳,固定资产投资增长百分之八,财政收入稳步增加。下半年要抓好招商引资,"
            "加快项目建设,支持企业纾困发展,持续优化营商环境。要统筹推进工业转型、城市建设和乡村振兴,"
            "确保完成全年经济工作目标任务。各部门要压实责任,加强调度,确保各项指标全面达标。")
    assert classify_campaign(text)[0] == "other"
    assert not classify_text(text).needs_review


def test_pollution_control_is_not_environment_remediation():
    text = "要坚决打好污染防治攻坚战,推进大气污染治理,落实中央生态环境保护督察反馈问题整改,确保排放达标。"
    assert classify_campaign(text)[0] == "other"


def test_confidence_grows_with_campaign_vocabulary():
    base = "今天召开全县工作会议,对下一阶段工作进行安排部署,各单位要抓好落实。" * 3
    confs = [classify_text(base + "要深化城乡环境综合整治。" * k).probabilities["environment"] for k in range(5)]
    assert confs == sorted(confs) and confs[0] < 0.5 < confs[-1]


def test_other_genre_vocabulary_lowers_campaign_probability():
    text = "要推进乡村振兴,做好三农工作。"
    p0 = classify_text(text).probabilities["rural"]
    p1 = classify_text(text + "同时要抓好安全生产,做好防汛准备,严防事故。").probabilities["rural"]
    assert p1 < p0


def test_sections_of_a_mixed_speech_get_their_own_labels():
    speech = ("同志们:\n一、扎实推进乡村振兴\n要巩固拓展脱贫攻坚成果,做好防止返贫监测帮扶,稳定粮食生产。\n"
              "二、持续推进城乡环境综合整治\n要集中整治城镇脏乱差,抓好垃圾清运和村容村貌提升。\n"
              "三、抓好安全生产\n要排查安全隐患,严防各类事故,做好汛期防汛准备。")
    df = classify_sections(speech)
    assert df.set_index("section_id")["label"].loc[[1, 2, 3]].tolist() == ["rural", "environment", "other"]


def test_review_threshold_and_calibration_come_from_the_file(tmp_path):
    lex = load_lexicon()
    assert lex.review_below == 0.6 and lex.slope > 0 and lex.other_slope > 0
    p = tmp_path / "campaigns.yaml"
    p.write_text("campaigns:\n  rural:\n    terms:\n      - {term: 乡村振兴, weight: 3, source: x}\n"
                 "review_below: 1.5\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"campaigns\.yaml.*review_below"):
        load_lexicon(p)


def test_every_lexicon_entry_has_a_source():
    lex = load_lexicon()
    assert set(lex.campaigns) == {"rural", "civilised_city", "environment"}
    assert all(len(terms) >= 10 for terms in lex.terms.values())


def test_bad_lexicon_names_the_file_and_entry(tmp_path):
    p = tmp_path / "campaigns.yaml"
    p.write_text("campaigns:\n  rural:\n    terms:\n      - {term: 乡村振兴, weight: 3}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"campaigns\.yaml.*乡村振兴.*no source"):
        load_lexicon(p)
