"""Session ae: families held-out round 117k (and round 110k's blurb close) leave, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from functools import partial

import pytest

from corpusmine.text.glued_speech import BLURB_CLOSE
from page_shapes import FIRST, SECOND, THIRD, clean_audited as _clean, kept as _kept, titled_speech

TITLE = "在全县秸秆禁烧工作会议上的讲话"
_speech = partial(titled_speech, title=TITLE)


# --- a blurb's close read with its object (round 110k) ------------------------------------------------------------

@pytest.mark.parametrize("close", ["欢迎阅读参考!", "欢迎阅读与借鉴。", "欢迎阅读学习!"])
def test_a_blurb_closing_with_its_object_goes_whole(close):
    head = f"新的一年孕育新的希望,新的征程谱写新的辉煌。下面小编为大家带来的是县长新春致辞精选范文,{close}\n"
    doc = _clean(_speech(head=head))
    assert _kept(doc.text) and "参考" not in doc.text and "借鉴" not in doc.text and "学习!" not in doc.text
    assert "小编" not in doc.text and "新的征程" not in doc.text


def test_the_blurb_close_is_no_cut_inside_its_object():
    assert BLURB_CLOSE.search("欢迎阅读参考!\n") is None
    assert BLURB_CLOSE.search("欢迎阅读参考县长致辞").group() == "欢迎阅读参考"
    assert BLURB_CLOSE.search("欢迎阅读县长致辞").group() == "欢迎阅读"


# --- a contents line with dotted leaders (round 117k) -------------------------------------------------------------

def test_a_contents_line_with_dotted_leaders_goes():
    head = ("某市新闻发布会推介词汇编\n目  录   甲省新闻通报会推介词....................2乙省新闻通报会推介词.。\n目 录\n"
            "甲省新闻通报会推介词....................2\n乙省新闻通报会推介词...................9\n")
    doc = _clean(_speech(head=head))
    assert _kept(doc.text) and "目" not in doc.text.split(TITLE)[0] and "...." not in doc.text


def test_a_speech_line_naming_a_contents_page_stays():
    line = "目录清单要逐项对照落实,做到心中有数。"
    doc = _clean(_speech(head="", tail="") .replace(FIRST, FIRST + "\n" + line))
    assert line in doc.text


# --- a teaser repeating a paragraph's opening, cut at the page's end (round 117k) ---------------------------------

def test_a_teaser_of_a_paragraph_cut_at_the_page_end_goes_with_its_cut_mark():
    para = "统计工作,是经济社会发展的监测器,是领导决策的信息源。"
    raw = f"同志们:\n{para}\n{FIRST}\n三是指标落后。从上半年相关部门统计数据来看,……\n统计工作,是经济社"
    doc = _clean(raw)
    assert doc.text.endswith("统计数据来看,") and para in doc.text and FIRST in doc.text
    assert {r["rule"] for r in doc.audit_rows} >= {"snippet", "truncation_marker"}


@pytest.mark.parametrize("last", [
    "统计工作,是经济社会发展的监测器,是领导决策的信息源。",     # the speaker repeats a whole sentence
    "统计工作,是经",                                            # too short to tell from a speaker's phrase
    "统计工作是经济社会发展的监测器",                           # no comma: a slogan, not a cut paragraph
])
def test_a_last_line_that_is_no_cut_teaser_is_not_taken_as_one(last):
    para = "统计工作,是经济社会发展的监测器,是领导决策的信息源。"
    raw = f"同志们:\n{para}\n{FIRST}\n{last}"
    doc = _clean(raw)
    assert para in doc.text and "snippet" not in {r["rule"] for r in doc.audit_rows}


# --- round 118k: a document library's button bars and its viewer's page counter ------------------------------------

@pytest.mark.parametrize("bar", ["收藏 分享(赏)", "下载 相关 举报", "收藏 分销(赏)"])
def test_a_document_librarys_button_bar_goes(bar):
    doc = _clean(_speech(head=bar + "\n"))
    assert _kept(doc.text) and bar.split()[0] not in doc.text


def test_a_speech_line_about_downloads_stays():
    line = "要引导群众下载相关应用,及时举报违法行为。"
    doc = _clean(_speech().replace(FIRST, FIRST + "\n" + line))
    assert line in doc.text


def test_a_viewers_page_counter_glued_to_the_title_goes_and_a_fraction_stays():
    raw = "1/15青年专题党课讲稿同志们、青年们:今年6月召开大会。我们要奋进。\n全县有1/3的耕地建成了高标准农田。\n1/4强的村完成了改厕。\n"
    doc = _clean(raw)
    assert doc.text.startswith("青年专题党课讲稿") and "1/3的耕地" in doc.text and "1/4强" in doc.text


# --- round 118k: a site's offer of samples in the page's head -------------------------------------------------------

@pytest.mark.parametrize("intro", [
    "讲话稿的内容应该紧密围绕主题,具有逻辑性和条理性。在这里,我向大家推荐一些经典的讲话稿范文,希望能够为大家写讲话稿时提供一些启迪和指导。",
    "毕业典礼是告别校园生活的时刻。下面是一些学长学姐们的毕业典礼经验分享,希望能给大家一些参考和借鉴。",
    "为了方便大家写作,我们整理了几篇防汛动员会发言稿,希望对大家有所帮助。",
])
def test_a_sites_offer_of_samples_in_the_head_goes(intro):
    doc = _clean(_speech(head="某某讲话稿(精选15篇)\n" + intro + "\n"))
    assert _kept(doc.text) and intro[:8] not in doc.text


def test_a_speakers_offer_of_experience_after_the_salutation_stays():
    line = "下面,我把我们村的一些做法整理成几篇经验分享,希望能给大家一些参考。"
    doc = _clean(_speech().replace(FIRST, line + "\n" + FIRST))
    assert line in doc.text


# --- round 118k: a site's slogan closed by a link to its own page ---------------------------------------------------

@pytest.mark.parametrize("slogan", ["某某热线--资深的文秘专业网,海量的写作范文库![了解我站]", "专业公文写作平台,每日更新【关于我们】"])
def test_a_sites_slogan_with_a_link_to_itself_goes(slogan):
    doc = _clean(_speech(tail=slogan + "\n"))
    assert _kept(doc.text) and "我站" not in doc.text and "关于我们" not in doc.text
    assert {r["rule"] for r in doc.audit_rows} >= {"promo_line"} or slogan not in doc.text


def test_a_speakers_line_ending_in_a_bracket_stays():
    line = "我们要把群众满意作为工作标准,欢迎大家走进我们【社区】。"
    doc = _clean(_speech().replace(FIRST, FIRST + "\n" + line))
    assert line in doc.text


# --- round 119k: a year a PDF wrapped onto its own line is no repeated title or stamp -----------------------------

def test_a_year_wrapped_alone_stays_in_its_sentence():
    raw = ("区委书记在\n2022\n年一季度经济运行分析会上的主持讲话\n同志们:\n今天,我们召开\n2022\n年一季度经济运行分析会,"
           "主要任务是分析经济运行情况。\n下面请汇报。\n我们要确保\n2022\n年目标任务全面完成。\n")
    doc = _clean(raw)
    assert "今天,我们召开\n2022\n年一季度" in doc.text and "确保\n2022\n年目标" in doc.text


# --- round 119k: a site's slogan above its breadcrumb, a keyword tag, a credit with a pipe --------------------------

def test_a_sites_slogans_above_its_breadcrumb_go():
    raw = "某某百科,有趣实用的生活常识!\n\n手机版\n\n有趣实用的生活常识!\n\n当前位置:首页 > 生活常识\n\n" + _speech()
    doc = _clean(raw)
    assert _kept(doc.text) and "常识" not in doc.text


def test_exclaimed_lines_of_a_speech_above_a_trail_stay():
    raw = "热烈欢迎各位领导莅临指导!\n预祝大会圆满成功!\n当前位置:首页 > 讲话\n"
    doc = _clean(raw)
    assert "热烈欢迎各位领导莅临指导!" in doc.text and "预祝大会圆满成功!" in doc.text


def test_a_keyword_tag_before_the_head_line_goes():
    raw = "[经济运行分析会主持词]工业经济运行会\n主持词\n各位领导、同志们:\n为了全面掌握上半年我区经济运行情况,今天召开会议。\n"
    doc = _clean(raw)
    assert "[" not in doc.text and "为了全面掌握上半年我区经济运行情况,今天召开会议。" in doc.text


def test_a_sites_credit_with_a_pipe_glued_inside_a_sentence_goes():
    line = "但就是在这永无止境的磕磕碰碰之中,某某教育网搜集|整理人生的意义得到了实现。"
    doc = _clean(_speech().replace(FIRST, FIRST + "\n" + line))
    assert "磕磕碰碰之中,人生的意义得到了实现。" in doc.text and _kept(doc.text)


# --- round 120k: a gloss run after a garbled bracket, a summary label with the site's blurb -------------------------

def test_a_gloss_run_after_a_garbled_bracket_goes():
    raw = "同志们:\n省委、省政府高度重视水库防汛工作,张某某在全省经〗?jīng)济工作会议上作了部署。\n" + FIRST + "\n"
    doc = _clean(raw)
    assert "jīng" not in doc.text and "经〗济工作会议上作了部署。" in doc.text


def test_a_question_mark_after_a_bracket_in_speech_stays():
    line = "大家想一想,我们为什么要开这个会〗?我们的目标是什么?"
    doc = _clean(_speech().replace(FIRST, FIRST + "\n" + line))
    assert "会〗?我们的目标" in doc.text


@pytest.mark.parametrize("label", ["【导读】下面是整理的体育节开幕式校长致辞稿三篇。", "导读:"])
def test_a_summary_label_and_the_sites_blurb_opening_the_page_go(label):
    body = "经过紧张的筹备工作,我们迎来了本届体育节。老师们,同学们,本届体育节即将开幕。"
    doc = _clean(label + body + "\n")
    assert doc.text.startswith(body)


# --- round 121k: a category tag, a genre note, a collection page's counter ----------------------------------------

def test_a_category_tag_before_the_title_goes():
    doc = _clean("[乡镇街道]在推进移风易俗活动上的讲话\n" + _speech())
    assert "[乡镇街道]" not in doc.text and _kept(doc.text)


def test_a_bracketed_word_opening_a_speech_line_stays():
    raw = "[注意]今天的会议很重要,大家要认真听。\n" + _speech()
    doc = _clean(raw)
    assert "今天的会议很重要" in doc.text


def test_a_sites_note_naming_the_genre_goes():
    doc = _clean(_speech(head="本文为教师节廉政文化演讲稿。\n"))
    assert "本文为" not in doc.text and _kept(doc.text)


def test_a_collection_pages_counter_goes():
    line = "下步,全州各级各部门要紧盯任务(第2/4页)"
    doc = _clean(_speech().replace(FIRST, FIRST + "\n" + line + "\n" + "各部门要抓好落实。"))
    assert "第2/4页" not in doc.text and _kept(doc.text)


# --- round 122k: a glued summary label, a hope for the reader, a site name opening a line, a cut count, a mark ------

def test_a_summary_label_glued_after_the_title_goes_with_its_blurb():
    raw = ("秋季运动会开幕式致辞8篇【导读】这篇文档“秋季运动会开幕式致辞8篇”由某某网友为您分享整理,希望这篇范文对您有所帮助,"
           "喜欢就下载吧!秋季运动会开幕式致辞\n" + _speech())
    doc = _clean(raw)
    assert "导读" not in doc.text and "下载吧" not in doc.text and _kept(doc.text)


def test_a_sentence_hoping_the_text_pleases_the_reader_goes():
    head = "以下是小编收集整理的“项目开工致辞”,谈话的范围应当广泛。大家的想法会因为你优秀的发言而认同你,希望本文能让您喜欢!\n"
    doc = _clean(_speech(head=head))
    assert "希望本文" not in doc.text and _kept(doc.text)


def test_a_speakers_hope_for_a_document_stays():
    line = "希望本文件的各项要求大家认真落实,确保取得实效。"
    doc = _clean(_speech().replace(FIRST, FIRST + "\n" + line))
    assert line in doc.text


def test_a_site_name_opening_a_line_goes():
    doc = _clean(_speech().replace(SECOND, "某某在线学习网 " + SECOND))
    assert "学习网" not in doc.text and _kept(doc.text)


def test_a_cut_count_and_prompt_at_the_page_end_goes():
    doc = _clean(_speech(tail="\n全文约2490字,请下"))
    assert "2490" not in doc.text and _kept(doc.text)


def test_a_cyrillic_paragraph_mark_after_a_sentence_goes():
    doc = _clean(_speech().replace(FIRST, FIRST + "Р " + "一是要加强领导,落实责任。"))
    assert "Р" not in doc.text and _kept(doc.text)
