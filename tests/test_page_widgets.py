"""Comment and follow panels, positional captions, glued metadata runs, platform disclaimers, names above a
metadata row, reporters' brackets and credit runs (text/page_widgets.py): families learned from development
round 27d (template, document and local-government pages).

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner, also with the page flattened.
"""

from __future__ import annotations

import pytest

from corpusmine.text import page_widgets as W
from corpusmine.text.chrome_eval import speech_kept as kept   # the measure's own test: spaces and script aside
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines

SPEECH = "今天我们召开全镇人居环境整治推进会,主要任务是部署下一阶段的工作。"
PARA = "镇长表示,各村要提高认识,压实责任,确保各项任务按时完成,切实改善群众的生产生活条件。"
BODY = "\n".join([SPEECH, PARA] * 3)


def test_the_rule_is_in_the_cleaner_before_the_metadata_rows():
    from corpusmine.text import rules
    assert W.page_widgets in RULES
    assert RULES.index(W.page_widgets) < RULES.index(rules.page_meta)


# ---------------------------------------------------------------- comment and feedback panels

@pytest.mark.parametrize("panel", [
    "我要跟帖\n发表\n回复 某网友\n发表",
    "//站内统计//百度统计",
    "*我要反馈: 姓 名: 邮 箱:",
    "我要投稿 投诉建议",
    "点此复制本页地址",
])
def test_a_comment_or_feedback_panel_at_the_tail_goes(panel):
    out = clean_text(BODY + "\n" + panel)
    assert kept(SPEECH, out) and kept(PARA, out)
    for word in ("跟帖", "回复", "统计", "反馈", "投稿", "复制"):
        assert word not in out


def test_a_flattened_comment_panel_goes_and_the_last_sentence_stays():
    page = BODY + "\n\n我要跟帖\n发表\n回复 某网友\n发表\n//站内统计//百度统计\n*我要反馈: 姓 名: 邮 箱:\nBaidu\nmap"
    for mode in ("lines", "paragraphs"):
        out = clean_text(flatten_lines(page, mode))
        assert kept(PARA, out) and "跟帖" not in out and "统计" not in out and "反馈" not in out


@pytest.mark.parametrize("speech", [
    "各村要及时回复群众的意见,认真发表自己的看法。",
    "请各单位在表上填写姓名:电话:,会后交到党政办。",
    "要建立意见反馈机制,把群众评论当作改进工作的镜子。",
])
def test_speech_with_panel_words_stays(speech):
    out = clean_text(BODY + "\n" + speech)
    assert kept(speech, out)
    assert not W.is_panel_line(speech)


# ---------------------------------------------------------------- follow panels

def test_an_account_label_and_the_outlet_name_above_it_go():
    out = clean_text("某某乡村报网\n微信公众号\n\n某某乡村报网\n官方微博\n" + BODY)
    assert kept(SPEECH, out) and "公众号" not in out and "微博" not in out and "报网" not in out


def test_a_flattened_follow_panel_goes():
    out = clean_text(flatten_lines("某某乡村报网\n官方微博\n\n" + BODY, "paragraphs"))
    assert kept(SPEECH, out) and "微博" not in out


@pytest.mark.parametrize("speech", ["欢迎大家关注镇政府微信公众号,及时了解惠民政策。", "县融媒体中心的客户端要办好。"])
def test_speech_naming_accounts_stays(speech):
    assert kept(speech, clean_text(speech + "\n" + BODY))


# ---------------------------------------------------------------- positional captions

@pytest.mark.parametrize("caption", ["张某(右)、王某(中)在田间查看小麦长势。", "李某某(左二)与村民交谈", "赵某(前排左三)参加活动。"])
def test_a_caption_placing_people_by_brackets_goes(caption):
    out = clean_text(SPEECH + "\n" + caption + "\n" + PARA)
    assert kept(SPEECH, out) and kept(PARA, out)
    assert "(右)" not in out and "(左" not in out and "(前排" not in out


@pytest.mark.parametrize("speech", [
    "要统筹抓好河道左右岸(含支流)的治理,确保汛期安全。",
    "我们要把党员(中坚力量)组织起来,带头清理房前屋后。",
])
def test_speech_with_brackets_stays(speech):
    assert kept(speech, clean_text(speech + "\n" + BODY))
    assert not W.is_position_caption(speech)


# ---------------------------------------------------------------- glued metadata runs

def test_a_metadata_run_glued_into_the_title_line_goes():
    line = "某局关于做好美丽乡村建设工作的通知来源:某局发布时间:2025-09-1514:40浏览次数:48次【字体:小大】"
    out = clean_text(line + "各乡镇:\n" + BODY)
    assert kept(SPEECH, out) and "浏览次数" not in out and "字体" not in out and "来源" not in out


@pytest.mark.parametrize("speech", [
    "会议时间:2024年4月19日,地点在村会议室,请大家准时参加。",
    "这条线索的来源是群众来信,发布时间:今年3月14日 9:30,浏览次数很多,我们要认真核实。",
])
def test_speech_with_times_and_sources_stays(speech):
    assert kept(speech, clean_text(BODY + "\n" + speech))
    assert W.glued_meta_spans(speech) == []


# ---------------------------------------------------------------- platform disclaimers

def test_a_platform_disclaimer_and_its_heading_go():
    notice = "特别声明\n本文为某号作者在某新闻上传并发布,仅代表该作者或机构观点,不代表某新闻的观点和立场,某新闻仅提供信息发布平台。"
    out = clean_text(BODY + "\n" + notice)
    assert kept(PARA, out) and "声明" not in out and "仅代表" not in out


@pytest.mark.parametrize("speech", [
    "以上发言仅代表我个人观点,不代表组织意见,我们要以组织决定为准。",
    "各村要用好信息发布平台,及时上传整治前后的照片。",
])
def test_speech_about_views_and_platforms_stays(speech):
    assert kept(speech, clean_text(BODY + "\n" + speech))


# ---------------------------------------------------------------- names above a metadata row

def test_an_author_name_above_a_source_row_goes():
    out = clean_text("文明城市创建 需要人人参与\n刘某某\n来源: 发布日期:2022-11-03 打印\n" + BODY)
    assert kept(SPEECH, out) and "刘某某" not in out


def test_a_short_title_above_a_time_row_stays():
    out = clean_text("致辞\n时间:2023年5月6日\n" + BODY)
    assert "致辞" in out


# ---------------------------------------------------------------- reporters' brackets and credit runs

@pytest.mark.parametrize("flat", [None, "lines"])
def test_a_bracket_of_reporters_at_a_paragraph_start_goes(flat):
    page = "某县召开丰收节\n(某报融媒体记者 黄某某 岳某 文图通讯员 郑某 记者 朱某某 )" + SPEECH + "\n" + PARA
    out = clean_text(flatten_lines(page, flat) if flat else page)
    assert kept(SPEECH, out) and "记者" not in out and "通讯员" not in out


def test_credits_run_together_after_the_last_sentence_go():
    out = clean_text(flatten_lines(BODY + "\n某台记者:陈某\n版面编辑:朱某某\n责任编", "paragraphs"))
    assert kept(PARA, out) and "记者" not in out and "编辑" not in out


@pytest.mark.parametrize("speech", [
    "要欢迎记者(包括通讯员)多来采访,多报道我镇的发展成就。",
    "感谢新闻记者:你们辛苦了!感谢编辑:你们也辛苦了!",
])
def test_speech_about_reporters_and_editors_stays(speech):
    assert kept(speech, clean_text(BODY + "\n" + speech))


# ---------------------------------------------------------------- the whole rule

def test_a_teaser_read_on_link_without_arrows_goes():
    out = clean_text(BODY + "\n笔者日前在调研时听到某副县长作检查,意…阅读全文")
    assert kept(PARA, out) and "阅读全文" not in out


def test_every_removal_is_audited():
    raw = ("平某集团\n搜索\n某某乡村报网\n官方微博\n张某(右)在田间查看。\n" + BODY
           + "\n特别声明\n本文为某号作者在某平台上传并发布,仅代表该作者观点,不代表平台立场。\n我要跟帖\n回复 某网友")
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    assert kept(SPEECH, doc.text) and kept(PARA, doc.text)


def test_a_long_page_is_looked_at_only_in_its_head_and_tail():
    middle = "\n".join([SPEECH, "发表", PARA] * 400)       # a widget word in the middle of a long page stays
    out = clean_text(middle)
    assert "发表" in out


def test_a_widget_word_above_a_metadata_row_is_no_authors_name():
    # a document site's download button above its 发布时间 row: the paywall rules take it, not the author-name rule
    raw = "同志们:\n要抓好落实。\n\n文档下载\n\n发布时间:2023-01-16 13:03:36 页数:15\n谢谢大家!"
    doc = clean_document(raw)
    assert "文档下载" not in doc.text
    assert doc.audit.loc[doc.audit["removed"] == "文档下载", "rule"].tolist() == ["paywall_preview"]
