"""Section detection on short realistic speech outlines."""

from __future__ import annotations

import pytest

from corpusmine.text.segment import detect_sections, heading_kind, split_paragraphs


def outline(text: str):
    return [(p.section_id, p.section_title, p.subsection_title, p.heading_level) for p in detect_sections(split_paragraphs(text))]


@pytest.mark.parametrize(
    "para, kind",
    [
        ("一、提高站位,切实增强美丽城镇建设的责任感", "cn_dun"),
        ("(一)开展美丽城镇建设是落实上级要求的具体行动", "cn_paren"),
        ("（三）问题导向，聚焦重点", "cn_paren"),
        ("第一,要用心思考。", "di_cn"),
        ("一是乡村国土空间规划编制要蹄疾步稳。", "cn_shi"),
        ("二要聚焦“后半篇”文章,抓好重点任务。", "cn_yao"),
        ("1、扎实推进“五十百千示范工程”建设。", "num_dun"),
        ("(2)坚持培优补差,个别辅导。", "num_paren"),
        ("一要求各单位按时报送。", ""),          # 要求 is a verb, not 一要
        ("第一书记要驻村工作。", ""),            # 第一书记 is a title, not a heading
        ("十分重要的是抓好落实。", ""),
        ("2023年是攻坚之年。", ""),
    ],
)
def test_heading_kinds(para, kind):
    assert heading_kind(para) == kind


def test_standalone_top_level_and_run_in_subsections():
    text = "\n".join(
        [
            "同志们:",
            "今天召开动员大会。",
            "一、靶向发力,一鼓作气创建省级乡村振兴先进县",
            "一是在考评指标上逐条分析、对标补短。今年的考核指标已经正式出台,共76项三级指标。",
            "二是在评估点位上提前谋划、重点攻坚。做好实地评估的点位选择是关键。",
            "二、再鼓干劲,持续推进城乡环境综合提质工作",
            "城乡环境综合提质三年行动工作安排以来,取得了一定的成效。",
        ]
    )
    assert outline(text) == [
        (0, "", "", 0),
        (0, "", "", 0),
        (1, "一、靶向发力,一鼓作气创建省级乡村振兴先进县", "", 1),
        (1, "一、靶向发力,一鼓作气创建省级乡村振兴先进县", "一是在考评指标上逐条分析、对标补短", 2),
        (1, "一、靶向发力,一鼓作气创建省级乡村振兴先进县", "二是在评估点位上提前谋划、重点攻坚", 2),
        (2, "二、再鼓干劲,持续推进城乡环境综合提质工作", "", 1),
        (2, "二、再鼓干劲,持续推进城乡环境综合提质工作", "", 0),
    ]


def test_short_shi_headings_are_the_top_level():
    # 000: 一是/二是 stand alone; 一要 opens run-in subsections
    text = "\n".join(
        [
            "同志们:",
            "一是乡村国土空间规划编制要蹄疾步稳。",
            "今年底前全面完成乡镇级片区规划编制工作。",
            "二是全面深化改革工作要走深走实。",
            "一要聚焦规定动作,抓好硬性任务。对台账记录在册的88项改革工作,务必狠抓落实。",
        ]
    )
    out = outline(text)
    assert [o[0] for o in out] == [0, 1, 1, 2, 2]
    assert out[4][2] == "一要聚焦规定动作,抓好硬性任务"


def test_unnumbered_headings_before_numbered_ones_are_siblings():
    # 002: the site stripped (一) and (二) but kept (三)
    text = "\n".join(
        [
            "各位领导、同志们:",
            "认清形势,拉紧弓弦,提高思想站位",
            "从刚才通报的情况来看,当前的创建工作还存在不少短板,有的还比较突出。",
            "加强领导,强化落实,注重建管并举",
            "创文迎检冲锋号已经拉响,各创建单位一定要抓住整改提升这条主线。",
            "(三)问题导向,聚焦重点,形成合力攻坚",
            "各牵头单位领导要持续开展好创文网报资料等行动。",
        ]
    )
    assert [o[:2] for o in outline(text)] == [
        (0, ""),
        (1, "认清形势,拉紧弓弦,提高思想站位"),
        (1, "认清形势,拉紧弓弦,提高思想站位"),
        (2, "加强领导,强化落实,注重建管并举"),
        (2, "加强领导,强化落实,注重建管并举"),
        (3, "(三)问题导向,聚焦重点,形成合力攻坚"),
        (3, "(三)问题导向,聚焦重点,形成合力攻坚"),
    ]


def test_speech_without_headings_is_one_section():
    text = "同志们:\n今天召开会议。\n要抓实抓细抓出成效。\n谢谢大家!"
    assert {o[0] for o in outline(text)} == {0}


def test_in_paragraph_heading_of_the_top_numbering_is_a_section():
    # Regression: 一要 written into its paragraph became a subsection of the opening
    # while 二要 on its own line opened section 1.
    text = "\n".join(
        [
            "同志们:",
            "一要聚焦规定动作,抓好硬性任务。对台账记录在册的改革工作,务必狠抓落实。",
            "二要压实责任",
            "各牵头部门要认真研究考核方案。",
        ]
    )
    assert [o[:2] for o in outline(text)] == [
        (0, ""),
        (1, "一要聚焦规定动作,抓好硬性任务"),
        (2, "二要压实责任"),
        (2, "二要压实责任"),
    ]
