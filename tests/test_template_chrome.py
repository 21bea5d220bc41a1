"""Wire bylines, consent banners, Latin interface lines, dated lists, credited captions and site prompts
(text/template_chrome.py): families learned from development round 26d.

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner.
"""

from __future__ import annotations

import pytest

from corpusmine.text import template_chrome as T
from corpusmine.text.chrome_eval import speech_kept as kept   # the measure's own test: spaces and script aside
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct

SPEECH = "今天我们召开全县城乡环境综合整治大会,主要任务是部署今年的工作。"
PARA = "县长表示,各乡镇各部门要提高认识,压实责任,确保各项任务按时完成,切实改善群众的生产生活条件。"
BODY = "\n".join([SPEECH, PARA] * 3)


def test_both_rules_are_in_the_cleaner_and_the_lists_run_before_the_news_rules():
    assert T.dated_lists in RULES and T.template_chrome in RULES
    assert RULES.index(T.dated_lists) < RULES.index(T.template_chrome)


# ---------------------------------------------------------------- wire bylines

@pytest.mark.parametrize("byline", [
    "〔记者王某某/某县报导〕", "〈记者李某/某岛报导〉", "(某某社记者张某某某县8日电)", "〔記者陳某某/某縣報導〕",
])
def test_a_bracketed_reporter_credit_goes_and_its_sentence_stays(byline):
    out = clean_text(byline + SPEECH + "\n" + PARA)
    assert kept(SPEECH, out) and kept(PARA, out)
    assert "记者" not in out and "報導" not in out


def test_a_credit_after_a_headline_on_one_line_goes():
    out = clean_text("某县启动协调 将开首次会议 〔记者王某/某县报导〕" + SPEECH + "\n" + PARA)
    assert kept(SPEECH, out) and "记者" not in out


@pytest.mark.parametrize("line", ["某某新闻网记者王某某/某县报导", "王某某\\某市报导", "某某社 –", "【某某报2014年12月25日讯】"])
def test_a_reporter_line_or_dateline_alone_goes(line):
    out = clean_text(line + "\n" + BODY)
    assert kept(SPEECH, out) and "报导" not in out and "社 –" not in out and "日讯" not in out


@pytest.mark.parametrize("speech", [
    "要欢迎记者(包括外地记者)多来采访,多报导我县的发展成就。",
    "我们请来了记者,请他们把群众的呼声报导出去。",
    "新华社记者的报道(见附件)说明了问题。",
])
def test_speech_about_reporters_stays(speech):
    assert kept(speech, clean_text(speech + "\n" + BODY))


# ---------------------------------------------------------------- consent banners

def test_a_consent_banner_goes():
    out = clean_text("本网站使用相关技术提供更好的阅读体验,点这里了解隐私声明,关闭此视窗代表您同意上述规范。\n"
                     "请同意我们的隐私权规范,才能启用听新闻的功能。\n" + BODY)
    assert kept(SPEECH, out) and "隐私" not in out and "同意" not in out


@pytest.mark.parametrize("speech", [
    "我们要保护群众隐私,征得本人同意后才能公开有关信息。",
    "要启用预约系统的新功能,保护群众隐私,须经本人同意方可调取。",
])
def test_speech_on_privacy_and_consent_stays(speech):
    assert kept(speech, clean_text(BODY + "\n" + speech))


# ---------------------------------------------------------------- Latin interface lines

def test_latin_interface_lines_at_the_head_go():
    head = ("Enjoying your free trial? Upgrade Now\nBrand-New\nWe invite you to preview our new dashboard.\n"
            "No, try later\nLike\nShare\nDownload\nRead more\nHome Explore Others 某乡施政成果专辑\n"
            "某乡施政成果专辑 Read More\nCategories: 未分类\n")
    out = clean_text(head + BODY)
    assert kept(SPEECH, out) and kept(PARA, out)
    for word in ("trial", "dashboard", "Share", "Download", "Explore", "Read More", "Categories"):
        assert word not in out


def test_a_kana_line_offering_another_version_goes():
    out = clean_text("このページは繁体字版です。日本語版に移動しますか。\n" + BODY)
    assert kept(SPEECH, out) and "ページ" not in out


@pytest.mark.parametrize("speech", [
    "我们要推广Share经济模式,让群众Download政务App办事更方便。",     # Latin words inside a Chinese sentence
    "Home is where the heart is.\nWe will share the benefits of development with all the people.\n"
    "Let us follow the path of reform and opening up.",                # an English speech stays whole
])
def test_latin_words_of_a_speech_stay(speech):
    out = clean_text(speech + "\n" + BODY) if "\n" not in speech else clean_text(speech)
    for line in speech.split("\n"):
        assert kept(line, out)


# ---------------------------------------------------------------- dated headline lists and lone dates

def test_a_dated_headline_list_goes_with_its_heading():
    lst = ("快讯\n2026/01/02\n某市新制元旦上路!涵盖民生、交通\n2026/01/02\n某县青年补助热烈开跑\n"
           "2026/01/03\n某县升旗典礼 县长感谢各界\nNEWS\n最新消息\n2025/01/30\n")
    out = clean_text(lst + BODY)
    assert kept(SPEECH, out)
    for word in ("快讯", "2026", "元旦上路", "补助", "NEWS", "最新消息", "2025/01/30"):
        assert word not in out


def test_a_run_of_link_labels_at_the_head_goes():
    out = clean_text("某某月\n木偶节\n国庆焰火\n某某科大\n文化观光处\n光影舞\n厂商广告\n" + BODY)
    assert kept(SPEECH, out) and "木偶节" not in out and "厂商广告" not in out


def test_a_lone_date_at_the_head_goes():
    out = clean_text("县长发红包贺年\nDec 20th 2013, 06:37\n2020/01/23 16:28\n" + BODY)
    assert kept(SPEECH, out) and "2013" not in out and "16:28" not in out


@pytest.mark.parametrize("speech", [
    "2023年\n一是抓好产业发展\n二是抓好生态保护\n三是抓好民生保障",
    "一、总体要求\n二、重点任务\n三、保障措施\n四、工作要求\n五、考核办法\n六、附则",
])
def test_short_headings_of_a_speech_stay(speech):
    out = clean_text("同志们:\n" + speech + "\n" + BODY)
    for line in speech.split("\n"):
        assert kept(line, out)


# ---------------------------------------------------------------- credited captions

@pytest.mark.parametrize("caption", [
    "△乡公所举行新春团拜。 (乡公所提供)",
    "县长(前左4)向乡亲报告施政成果,期待延续重大建设。某某社记者王某某摄  111年12月8日",
])
def test_a_credited_caption_goes(caption):
    out = clean_text(caption + "\n" + BODY)
    assert kept(SPEECH, out) and "提供)" not in out and "摄" not in out


def test_speech_about_photographs_stays():
    speech = "这次摄影展由宣传部提供场地,记者王某某摄制的专题片也将展出。"
    assert kept(speech, clean_text(BODY + "\n" + speech))


# ---------------------------------------------------------------- site prompts

@pytest.mark.parametrize("prompt", [
    "看更多!加入某某时报粉丝团", "某某日报提供某县每日在地新闻、时事评论、专题报导等!", "❇️《某某报导》网站所有文章在此",
    "显示更多", "最新评论", "返回上一页", "TOP",
])
def test_a_site_prompt_goes(prompt):
    out = clean_text(BODY + "\n" + prompt)
    assert kept(PARA, out) and not kept(prompt, out)


def test_a_teasers_read_on_link_goes_and_its_text_stays():
    out = clean_text("县长表示要落实四年规划,一起为县政打…阅读全文>> |\n" + BODY)
    assert "阅读全文" not in out and kept("县长表示要落实四年规划,一起为县政打", out)


@pytest.mark.parametrize("speech", [
    "欢迎大家加入志愿服务队,为群众提供更多帮助。",
    "县融媒体中心要提供更多新闻,讲好乡村振兴故事。",
    "请大家阅读全文,认真领会文件精神。",
])
def test_speech_with_prompt_words_stays(speech):
    assert kept(speech, clean_text(BODY + "\n" + speech))


def test_the_audit_reconstructs_the_page():
    raw = ("Like\nShare\n快讯\n2026/01/02\n某市新制上路\n2026/01/02\n某县补助开跑\n2026/01/02\n某县升旗典礼\n"
           "〔记者王某/某县报导〕" + BODY + "\n显示更多")
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw


def test_interface_segments_inside_a_joined_line_go():
    head = ("本网站使用相关技术提供更好的阅读体验,点这里了解隐私声明,关闭此视窗代表您同意上述规范。 "
            "Enjoying your free trial? Upgrade Now Like Share Download Read more このページは繁体字版です。"
            "日本語版に移動しますか。 " + SPEECH)
    out = clean_text(head + "\n" + BODY)
    assert kept(SPEECH, out)
    for word in ("隐私", "trial", "Download", "ページ"):
        assert word not in out


def test_english_words_inside_a_joined_speech_line_stay():
    line = ("我们要打造Home Sweet Home社区品牌,举办Share and Like公益活动,做到Read more, learn more。" + SPEECH) * 2
    out = clean_text(line + "\n" + BODY)
    assert kept("Home Sweet Home", out) and kept("Share and Like", out)
