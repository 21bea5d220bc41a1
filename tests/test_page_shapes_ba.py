"""Page shapes learned in session ba from rounds already measured: each family with a counter-test that speech stays.

The strings are written here in the families' shapes, not copied from the pages.
"""

import pytest

from corpusmine.text.clean import clean_text

PAGE = "在家长会上的讲话\n各位家长:\n大家好!今天我们召开家长会,主要是沟通交流。\n{}\n希望各位家长多与老师沟通,共同促进孩子成长。"


def _gone(line):
    out = clean_text(PAGE.format(line))
    return line.replace(" ", "") not in out.replace(" ", "") and "各位家长" in out and "共同促进孩子成长" in out


def _kept(line):
    return line.replace(" ", "") in clean_text(PAGE.format(line)).replace(" ", "")


@pytest.mark.parametrize("line", [
    # a site map's row of link labels, each with its number glued on (round 272k)
    "专题1 专题21 专题41 范文1 范文3 范文5 范文7 范文9 标签1 标签101 标签201 标签301",
    "video1 video21 文章1 文章201 文章401 推荐1 推荐3 推荐5 推荐7",
])
def test_link_label_rows_go(line):
    assert _gone(line)


@pytest.mark.parametrize("line", [
    # a speech's own line with numbers in it keeps its words
    "今年我校有一年级8个班 二年级7个班 三年级6个班,共有学生1200人。",
    "高一1班 高一2班 高一3班的同学表现突出。",
])
def test_lines_with_numbers_stay(line):
    assert _kept(line)


def test_writing_tip_above_the_salutation_goes():
    # a generator's numbered writing tip opens the page (round 274k)
    tip = "3.发言稿的写作要充分考虑听众的身份和需求,做到言之有物。演讲是一门艺术,需要反复实践。"
    out = clean_text(f"{tip}\n各位老师、同学们:\n大家好!今天我们举行开学典礼。祝大家学习进步。")
    assert "充分考虑听众" not in out and "今天我们举行开学典礼" in out


def test_writing_advice_in_the_speech_stays():
    # a speaker teaching the genre below the salutation keeps every word
    text = "同学们:\n大家好!今天讲讲写作。讲话稿的撰写需要充分考虑听众的需求。希望大家多练习。"
    assert "讲话稿的撰写需要充分考虑听众的需求" in clean_text(text)


REPORT = ("某县举行易地扶贫搬迁入住仪式\n5月5日,某县举行易地扶贫搬迁安置点首批搬迁入住仪式,县委书记某某、县长某某出席仪式。\n"
          "{}\n某某指出,要把好事办好,让群众搬得出、稳得住。\n")


@pytest.mark.parametrize("caption", [
    # captions of a ceremony's pictures between a report's paragraphs (round 276k)
    "县人大常委会主任某某宣布正式搬迁",
    "参加仪式的领导为搬迁代表发放钥匙",
    "县委书记某某为搬迁户发放钥匙(某某某 摄)",
])
def test_ceremony_captions_go(caption):
    out = clean_text(REPORT.format(caption))
    assert caption not in out and "首批搬迁入住仪式" in out and "搬得出、稳得住" in out


@pytest.mark.parametrize("sentence", [
    "我们要及时发放补贴,宣布的政策要一项一项落实",
    "各乡镇要抓好补贴发放",
    "请县长宣布大会开幕",
])
def test_lines_about_handing_out_stay(sentence):
    assert sentence in clean_text(REPORT.format(sentence))
