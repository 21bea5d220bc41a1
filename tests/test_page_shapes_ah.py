"""Session ah: families held-out rounds 134k-137k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.lines import flatten_lines
from page_shapes import audit_rules as _rules, clean_audited as _clean

GREETING = "各位嘉宾、各位宗亲:"
OPENING = "今天,我们怀着喜悦的心情欢聚一堂,共同庆祝宗亲会成立十周年。"
MIDDLE = "十年来,宗亲会积极开展敬老助学等公益活动,增进了宗亲之间的情谊。"
CLOSING = "最后,祝各位宗亲身体健康、阖家幸福!"


# --- a collection's title echoed between the salutation and the greeting (round 134k, flattened) ----------------------

def _collection(echo: str = "宗亲会致辞(精选19篇)") -> str:
    return (f"首页 > 致辞\n宗亲会致辞(精选19篇)\n{GREETING}\n{echo}\n大家好!\n{OPENING}\n{MIDDLE}\n{CLOSING}\n谢谢大家!\n")


@pytest.mark.parametrize("joiner", [" ", ""])
def test_a_collection_title_echoed_after_the_salutation_goes_on_a_flattened_page(joiner):
    doc = _clean(flatten_lines(_collection(), "lines", joiner))
    text = doc.text.replace(" ", "")
    assert f"{GREETING}大家好!" in text.replace("\n", "")
    assert all(s in text for s in (OPENING, MIDDLE, CLOSING))
    assert "collection_echo" in _rules(doc)


def test_a_collection_title_echoed_goes_when_the_page_came_in_lines():
    doc = _clean(_collection())
    assert "精选19篇" not in doc.text and "大家好!" in doc.text and OPENING in doc.text


def test_a_collection_title_glued_after_a_salutation_goes_without_a_title_above():
    doc = _clean(f"{GREETING}宗亲会致辞(精选19篇)大家好!{OPENING}{MIDDLE}{CLOSING}\n")
    assert "精选" not in doc.text and doc.text.startswith(GREETING) and "大家好!" in doc.text


def test_a_count_of_articles_inside_a_sentence_stays():
    raw = f"{GREETING}\n大家好!\n{OPENING}会刊共刊发乡贤文章(共19篇),深受好评。\n{CLOSING}\n"
    doc = _clean(raw)
    assert "乡贤文章(共19篇)" in doc.text


# --- round 136k -----------------------------------------------------------------------------------------------------

TITLE = "在全镇城乡居民医疗保险推进会上的讲话"
FIRST = "今天,我们召开全镇城乡居民医疗保险推进会,主要任务是部署今年的参保工作。"
SECOND = "城乡居民医疗保险是一项重大的民生工程,关系群众切身利益。"
THIRD = "同志们,让我们共同努力,确保圆满完成全年参保任务!"


def _page(head: str = "", body: str = "") -> str:
    return f"{head}{TITLE}\n同志们:\n{FIRST}\n一、提高政治站位,深刻认识参保工作的重要性\n{SECOND}\n{body}{THIRD}\n"


def _kept(text: str) -> bool:
    return all(s in text for s in (FIRST, SECOND, THIRD))


def test_an_outline_of_numbered_headings_goes_when_the_excerpt_is_cut_below_its_first():
    outline = "提纲:\n\n一、提高政治站位\n\n二、正视问题挑战\n\n  (一)关于参保范围\n\n  (二)关于激励机制\n\n三、强化保障措施\n\n"
    doc = _clean(_page(head=outline))
    assert _kept(doc.text) and "正视问题挑战" not in doc.text and "关于激励机制" not in doc.text
    assert "一、提高政治站位,深刻认识" in doc.text


def test_numbered_lines_under_a_label_stay_when_none_stands_again_below():
    outline = "提纲:\n一、学习贯彻\n二、明确目标\n三、压实责任\n"
    doc = _clean(f"同志们:\n{FIRST}\n{outline}{SECOND}\n{THIRD}\n")
    assert "二、明确目标" in doc.text and "三、压实责任" in doc.text


@pytest.mark.parametrize("brand", ["hjc888黄金城", "w66利来", "am8亚博"])
def test_a_casino_brand_with_a_site_code_in_place_of_a_name_goes_everywhere(brand):
    raw = (f"在篮球文化节开幕式上的致辞\n亲爱的同学们:\n值此金秋时节,{brand}2023级篮球文化节即将拉开帷幕。\n"
           f"{brand}全体师生要赛出风格、赛出水平。\n祝本次文化节圆满成功!\n")
    doc = _clean(raw)
    assert brand not in doc.text and "2023级篮球文化节即将拉开帷幕。" in doc.text
    assert "gambling_brand" in _rules(doc)


@pytest.mark.parametrize("text", ["黄金城小区的物业要做好服务。", "永利集团2019年在我县投资建厂。", "凡是有利来年增收的项目要优先安排。"])
def test_a_casino_name_without_a_site_code_stays(text):
    doc = _clean(_page(body=text + "\n"))
    assert text in doc.text


def test_a_site_category_word_glued_before_the_next_point_goes():
    doc = _clean(_page(body="三是班子建设有新突破。心得体会四是基层党建有新进步。\n"))
    assert "。四是基层党建有新进步。" in doc.text and "心得体会" not in doc.text and _kept(doc.text)


def test_a_category_word_opening_a_sentence_stays():
    doc = _clean(_page(body="大家交流了学习体会。心得体会要写出真情实感。\n"))
    assert "心得体会要写出真情实感。" in doc.text


def test_a_bare_guide_label_goes_with_the_summary_below_it():
    summary = f"某某范文网:www.abc-fanwen.com{FIRST}{SECOND[:12]}。"
    doc = _clean(f"{TITLE}\n\n2022-10-25 08:11:15 142\n\n文章导读\n\n{summary}\n\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "文章导读" not in doc.text and doc.text.count(FIRST) == 1 and _kept(doc.text)


def test_a_portals_links_after_a_name_go():
    doc = _clean(_page(body="备受关注的某某星辰(星辰新闻,星辰说吧)下线仪式今天隆重举行。\n"))
    assert "某某星辰下线仪式今天隆重举行。" in doc.text and "说吧" not in doc.text


def test_brackets_naming_something_else_stay():
    doc = _clean(_page(body="会上发布了某某星辰(新闻发布会版)的宣传片。\n"))
    assert "某某星辰(新闻发布会版)" in doc.text


def test_a_search_query_before_the_title_goes():
    doc = _clean(_page(head="某某新村怎么样_"))
    assert "怎么样" not in doc.text and _kept(doc.text)
    assert "seo_keyword" in _rules(doc)


def test_a_page_number_after_a_comma_before_a_blank_line_goes():
    doc = _clean(f"同志们:\n{FIRST}\n2008年,1\n\n乡党委克服重重困难,投资新建通村公路。\n{SECOND}\n{THIRD}\n")
    assert "2008年,\n乡党委克服" in doc.text or "2008年,乡党委克服" in doc.text
    assert "page_number" in _rules(doc)


def test_a_number_ending_a_line_after_a_comma_with_no_blank_line_stays():
    doc = _clean(f"同志们:\n{FIRST}\n参会单位共有12\n个部门。\n{SECOND}\n{THIRD}\n")
    assert "12" in doc.text
