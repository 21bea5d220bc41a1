"""Session t: families left by held-out round 63 (learned after its measurement; every string written here).

Each chrome line stands at the top, between two paragraphs of the speech, or at the end, and must go in every place;
the speech's sentences (a numbered heading among them) must stay, and so must the speech lines in ``STAYS``.
"""

from __future__ import annotations

import pytest

from page_shapes import pages

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.lead_ins import lead_in_rule
from corpusmine.text.residue_chrome import gambling_brand_spans

HEAD = "在全市春节招待会上的致辞\n各位来宾,女士们,先生们:\n"
FIRST = "今晚我们欢聚一堂,共同庆祝中国农历新年,我谨向大家致以节日的问候。"
HEADING = "二、深化交流合作,共创美好未来"
SECOND = "过去一年,双方在经贸、教育和文化领域的合作取得新进展,令人鼓舞。"


def _pages(chrome: str) -> dict[str, str]:
    return pages(chrome, HEAD, FIRST, HEADING, SECOND)


GOES = [
    # a news desk's lead-in announcing the full text
    "2018年2月8日,某市总领馆在会展中心举行春节招待会,某某总领事致辞。全文如下:",
    "某月某日晚,新任大使某某抵达某市,在使馆向媒体發表講話。全文如下:",
    "以下为行政长官某某今日(六月二十八日)傍晚在欢迎晚宴上致辞全文:",
    # an English lead-in before a translation
    "Following is the translation of the speech by the Chief Executive, Mr Chan, at the Welcome Dinner this evening (June 28):",
    "The following is the full text of the remarks by the Consul General at the reception:",
    # a posting date with the publishing office
    "2015年02月13日 某国驻某国大使馆",
    "2021-05-08 09:30 某某县人民政府办公室",
    # a writing assistant's frame around a model text
    "领导在毕业典礼上的致辞通常包含祝福和感谢。以下是一个简洁的示例,您可以根据实际情况进行调整:",
    "这只是一个基础的模板,您可以根据单位的具体情况和个人风格进行适当的修改。希望这个示例对您有所帮助!",
    "以上仅为一篇参考范例,你可以根据需要增减内容。",
    # a template site praising its text to one reader
    "国庆演讲稿:某某讲话是国庆演讲稿的经典,只要你仔细了解并细心体会其中的技巧,你一定能够做好一次完美的演讲!",
    # a column's follow prompt, alone
    "更多资讯请继续关注毕业典礼栏目。",
]

STAYS = [
    "我就做好今年的工作讲三点意见如下:",
    "经研究,现将今年重点工作安排如下:",
    "2015年2月11日晚,在某市音乐厅",
    "2019年5月8日 全县召开人居环境整治推进大会",
    "群众可以根据自己的实际情况选择参加志愿服务,社区要做好登记。",
    "同学们,写好一篇演讲稿需要技巧,你们要多读多练。",
    "某某集团2019年实现营业收入100亿元,进入全国500强。",
]


@pytest.mark.parametrize("chrome", GOES)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_round63_family_goes_and_the_speech_stays(chrome, where):
    out = clean_text(_pages(chrome)[where])
    flat = "".join(out.split())
    assert "".join(chrome.split())[-12:] not in flat
    for sentence in (FIRST, HEADING, SECOND):
        assert "".join(sentence.split()) in flat


@pytest.mark.parametrize("line", STAYS)
def test_speech_lines_in_the_same_words_stay(line):
    out = clean_text(f"{HEAD}{FIRST}\n{line}\n{SECOND}\n")
    assert "".join(line.split()) in "".join(out.split())


def test_lead_in_rules_name_their_families():
    assert lead_in_rule("2018年2月8日,某市举行招待会,某某致辞。全文如下:") == "news_lead"
    assert lead_in_rule("2015年02月13日 某国驻某国大使馆") == "meta_row"
    assert lead_in_rule("更多资讯请继续关注毕业典礼栏目。") == "editor_blurb"
    assert lead_in_rule("同志们,全文如下:") is None


def test_echo_intro_goes_whole_when_its_sentence_is_the_speechs_own():
    opening = "求学岁月,一路走来,我们共同收获了许多值得珍藏的记忆。"
    raw = (f"研究生毕业典礼上的讲话\n{opening}下面是小编搜集整理的研究生毕业典礼上的讲话,欢迎阅读。\n"
           f"亲爱的同学们:\n今天,我们又一次相聚在体育馆。\n{opening}我们亲眼见证了学校的发展。\n")
    doc = clean_document(raw)
    assert "小编" not in doc.text
    assert doc.text.count("求学岁月") == 1 and "我们亲眼见证了学校的发展。" in doc.text
    assert "editor_blurb" in set(doc.audit["rule"])


def test_blurb_with_a_sentence_found_nowhere_else_is_not_taken_whole_by_the_echo_rule():
    raw = ("某某讲话\n这是一段只在这里出现的介绍文字,讲的是毕业。下面是小编整理的讲话,欢迎阅读。\n"
           "亲爱的同学们:\n今天,我们又一次相聚在体育馆。\n")
    doc = clean_document(raw)
    assert "今天,我们又一次相聚在体育馆。" in doc.text


def test_coded_group_brand_goes_inside_its_line():
    raw = "某某大学研究生毕业典礼上的讲话\n某某集团tyc33455cc校长 某某\n老师们、同学们:\n今天,我们在这里隆重举行毕业典礼。\n"
    out = clean_text(raw)
    assert "tyc33455cc" not in out and "某某集团" not in out
    assert "今天,我们在这里隆重举行毕业典礼。" in out
    assert gambling_brand_spans("某某集团500强名单") == []
    assert gambling_brand_spans("访问某某集团官网,参观某某国际会议中心。") == []


def test_follow_prompt_does_not_reach_into_a_speech_word_glued_after_it():
    # speech_loss seed 1, lines layout: 专题 of 专题教育 closed the follow prompt (…请关注某某之家我们深入开展…专题)
    raw = ("更多精彩内容请关注讲话稿之家我们深入开展“三严三实”专题教育，锲而不舍落实八项规定精神，坚决纠正“四风”。"
           "各级政府要严格执行各项规定。")
    out = "".join(clean_text(raw).split())
    assert "专题教育，锲而不舍落实八项规定精神，坚决纠正“四风”。" in out


# --- held-out round 64: a speech reproduced on a reference page (learned after its measurement) ---------------------

REFERENCE_GOES = [
    "⑵", "[3]", "〔4〕",
    "作品原文", "原文欣赏", "创作背景:", "课文节选:", "演讲词档案", "例:", "演讲内容[编辑]",
    "此条目需要补充更多来源。 (2020年5月24日)",
    "(这是某某在某某追悼会上的讲演。)", "这是某某同志在某某会议第一次全体会议上的开幕词", "标题为本书编者所加。",
    "上一章 书架管理 下一页", "上某某阅读APP看本书,新人免费读10天", "• 最多预览前五页", "以上内容来自专辑",
    "只看楼主收藏回复", "• 7回复贴,共1页", "某某吧 关注:156贴子:3,717", "版主:某某",
]

REFERENCE_STAYS = [
    "一、历史背景",
    "这是我们在新形势下召开的一次重要会议。",
    "这是全县上下共同努力的结果。",
    "大家要把上一章的内容复习好,下一页是新的练习。",
]


@pytest.mark.parametrize("chrome", REFERENCE_GOES)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_round64_family_goes_and_the_speech_stays(chrome, where):
    flat = "".join(clean_text(_pages(chrome)[where]).split())
    assert "".join(chrome.split()) not in flat
    for sentence in (FIRST, HEADING, SECOND):
        assert "".join(sentence.split()) in flat


@pytest.mark.parametrize("line", REFERENCE_STAYS)
def test_round64_speech_lines_in_the_same_words_stay(line):
    out = clean_text(f"{HEAD}{FIRST}\n{line}\n{SECOND}\n")
    assert "".join(line.split()) in "".join(out.split())


def test_wiki_reference_numbers_in_a_sentence_go_and_a_list_number_stays():
    raw = f"{HEAD}在中国传统教育里,最重要的书是“四书[2]”。一个人教育的出发点是“格物”和“致知”[3]。\n[1] 加强组织领导。\n"
    out = clean_text(raw)
    assert "“四书”。" in out and "“致知”。" in out and "[2]" not in out and "[3]" not in out
    assert "[1] 加强组织领导。" in out or "[1]加强组织领导。" in out


# --- held-out round 65 (learned after its measurement) --------------------------------------------------------------

@pytest.mark.parametrize("chrome", [
    "English 網頁指南 聯絡我們",
    "某某司副司長某某博士今日(四月十五日)在某某活動致辭。",
])
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_round65_family_goes_and_the_speech_stays(chrome, where):
    flat = "".join(clean_text(_pages(chrome)[where]).split())
    assert "".join(chrome.split())[-6:] not in flat
    for sentence in (FIRST, HEADING, SECOND):
        assert "".join(sentence.split()) in flat


def test_a_speaker_recalling_a_meeting_at_the_head_stays():
    line = "3月14日下午,我们召开了全县工作会议,总结去年工作。"
    out = clean_text(f"在全县大会上的讲话\n{line}\n今天再讲几点意见。\n")
    assert line in out


@pytest.mark.parametrize("chrome", [
    "《最后一次讲演》是某某于1946年7月15日在某大学举行的某某追悼会上所作的即席演讲,在讲演中他痛斥了暗杀者。",
    "《敬业与乐业》是近代文学家某某1922年8月创作的一篇演讲稿。全文可分为三个部分。",
    "某某在某某的追悼会上所做的讲演",
    "近代某某创作的演讲稿",
])
def test_encyclopedia_leads_go(chrome):
    flat = "".join(clean_text(_pages(chrome)["top"]).split())
    assert "".join(chrome.split())[:10] not in flat and FIRST in flat


@pytest.mark.parametrize("line", [
    "《政府工作报告》是一篇实事求是、催人奋进的好报告,要认真学习贯彻。",
    "《决定》是指导我们工作的纲领性文件,我们要认真学习。",
])
def test_a_speaker_praising_a_document_stays(line):
    out = clean_text(f"{HEAD}{FIRST}\n{line}\n{SECOND}\n")
    assert "".join(line.split()) in "".join(out.split())


# --- held-out round 66 (learned after its measurement) --------------------------------------------------------------

@pytest.mark.parametrize("chrome", [
    "- 其他语言版本:",
    "某某(1891—1946),原名某某,安徽某县人。人民教育家、思想家。",
    "某某先生与夫人在某大学留影",
    "某某就读某大学时的登记照片",
    "事件背景",
    "某市新媒体“十佳号”,欢迎关注",
])
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_round66_family_goes_and_the_speech_stays(chrome, where):
    flat = "".join(clean_text(_pages(chrome)[where]).split())
    assert "".join(chrome.split())[-5:] not in flat
    for sentence in (FIRST, HEADING, SECOND):
        assert "".join(sentence.split()) in flat


def test_a_biography_glued_before_the_speech_takes_only_itself():
    raw = ("北大之精神\n某某(1882-1982)。中国现代经济学家。这是他在某校29周年校庆上的讲话。"
           "今日为母校29周年纪念,令人发生深切之印象。\n回忆母校自成立以来,历经艰难,精神长存。\n")
    out = clean_text(raw)
    assert "今日为母校29周年纪念,令人发生深切之印象。" in out and "经济学家" not in out


def test_betting_site_brands_with_a_code_or_an_entry_go_and_a_speakers_group_stays():
    raw = (f"{HEAD}借此机会,我代表4008某某国际官网全体教师讲几句话。\n某某国际官网登录入口\n"
           "我们要学习某某集团官网公布的先进经验。\n")
    out = clean_text(raw)
    assert "4008" not in out and "登录入口" not in out and "我代表全体教师讲几句话。" in out
    assert "我们要学习某某集团官网公布的先进经验。" in out
