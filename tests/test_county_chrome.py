"""Chrome of county, township and party portals (text/county_chrome.py): welcome banners, CMS widgets, share
pop-ups, source-name lines, title site suffixes, publish stamps, repost URLs, metadata token runs, captions and
trailing credits, learned from development round 30d (county and township government and party portals).

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner, also with the page flattened.
"""

from __future__ import annotations

import pytest

from corpusmine.text import county_chrome as C
from corpusmine.text.chrome_eval import speech_kept as kept   # the measure's own test: spaces and script aside
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines

TITLE = "某县召开农村人居环境整治推进会"
SPEECH = "今天我们召开全县农村人居环境整治推进会,主要任务是部署下一阶段的整治工作。"
PARA = "县长强调,各乡镇要压实责任,持续抓好村庄清洁行动,确保各项任务按时完成。"
BODY = "\n".join([SPEECH, PARA] * 3)


def test_the_rules_are_in_the_cleaner():
    from corpusmine.text import joined_lines, photo_credits, template_chrome
    assert RULES.index(C.county_inline) < RULES.index(joined_lines.joined_lines)
    assert RULES.index(photo_credits.photo_credits) < RULES.index(C.county_chrome) < RULES.index(template_chrome.template_chrome)


def _gone(chrome: str, out: str) -> bool:
    return all(part not in out for part in chrome.split("\n") if len(part.strip()) >= 4)


# ---------------------------------------------------------------- chrome goes, speech stays

@pytest.mark.parametrize("head", [
    "最美山水——某某县欢迎您!",
    "正在阅读:某县召开人居环境整治推进会\n分享文章\n参与评论\n0",
    "信息未审核或下架中,当前页面为预览效果,仅管理员可见",
])
def test_portal_chrome_at_the_head_goes(head):
    out = clean_text(head + "\n" + TITLE + "\n" + BODY)
    assert _gone(head, out), out
    assert SPEECH in out and PARA in out


@pytest.mark.parametrize("tail", [
    "大 中 小】",
    "即可将网页分享给您的微信好友或朋友圈。",
    "图为县委书记某某作动员讲话",
    "航拍某某村。张某 摄",
    "会议现场。\n会议现场。",
])
def test_portal_chrome_in_the_body_goes(tail):
    out = clean_text(TITLE + "\n" + BODY + "\n" + tail + "\n" + PARA)
    assert _gone(tail, out), out
    assert SPEECH in out and PARA in out


def test_a_caption_closed_by_a_full_stop_above_the_first_paragraph_goes_a_closing_sentence_stays():
    out = clean_text("某某书记致辞。\n" + BODY + "\n会议由副县长主持。\n县长出席仪式并致辞。")
    assert "某某书记致辞" not in out and "会议由副县长主持。" in out and "县长出席仪式并致辞。" in out


def test_a_series_of_triangle_captions_goes():
    page = TITLE + "\n" + SPEECH + "\n▲某某频道正式上线。\n" + PARA + "\n▲县委办主任某某某\n" + BODY
    out = clean_text(page)
    assert "某某频道正式上线" not in out and "主任某某某" not in out
    assert SPEECH in out and PARA in out


def test_an_office_and_a_name_alone_between_paragraphs_goes():
    out = clean_text(TITLE + "\n" + BODY + "\n某某日报社党委书记、社长某某某\n" + PARA)
    assert "社长某某某" not in out and out.count(PARA) == 4


def test_a_line_repeating_the_source_field_goes():
    page = TITLE + "\n某某新闻网\n2024年08月27日 15:41 来源:某某新闻网\n" + BODY
    out = clean_text(page)
    assert "某某新闻网" not in out and SPEECH in out


def test_a_dashed_site_suffix_on_the_title_goes():
    out = clean_text(TITLE + " -- 某某信息港!\n" + BODY)
    assert "信息港" not in out and TITLE in out


def test_a_trailing_credit_after_the_last_sentence_goes():
    out = clean_text(TITLE + "\n" + BODY + "\n会议要求,要确保全年安全生产形势稳定。某某县某某镇王某某")
    assert "王某某" not in out and "会议要求,要确保全年安全生产形势稳定。" in out


@pytest.mark.parametrize("glued", [
    "(发布于:2021-09-27 09:24)",
    "[日期:2010-08-05]  来源:某某日报  作者:某某   发表评论(0)打印",
    "2018/08/01 11:29:46 发布 IP属地:未知 来源:某某日报 作者:某某 3006 阅读 0 评论 0 点赞",
    "2024-04-01   11时13分 浏览次数:   ",
    "| 招商动态 |2017-02-26",
])
def test_metadata_glued_to_a_flattened_page_goes(glued):
    page = TITLE + glued + SPEECH + PARA
    out = clean_text(page)
    assert _gone(glued.replace(" ", "\n"), out) or all(w not in out for w in ("来源", "发布于", "浏览次数", "招商动态")), out
    assert kept(SPEECH, out) and kept(PARA, out)


def test_a_repost_url_goes():
    out = clean_text(BODY + "转载请注明地址:http://www.example.com/a/1.html")
    assert "example" not in out and kept(PARA, out)


def test_a_row_alone_on_its_line_is_left_to_the_row_rules():
    doc = clean_document("发布时间:2023-10-13 09:20:02 来源:网友投稿\n" + BODY)
    assert "meta_row" not in set(doc.audit["rule"]) and "网友投稿" not in doc.text


def test_every_removal_is_audited():
    page = ("最美山水——某某县欢迎您!\n分享文章\n0\n" + TITLE + "(发布于:2021-09-27 09:24)\n" + BODY
            + "\n图为县长某某讲话\n活动现场。\n活动现场。\n" + PARA + "某某县某某镇王某某")
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    doc = clean_document(flatten_lines(page, "lines"))
    assert reconstruct(doc.text, doc.audit) == flatten_lines(page, "lines")


# ---------------------------------------------------------------- speech with the family's words stays

@pytest.mark.parametrize("sentence", [
    "热烈欢迎您!",
    "家乡人民欢迎您,我们要把营商环境搞得更好。",
    "要把好经验分享给更多村组,及时点赞先进,评论要实事求是。",
    "对不合格产品一律下架,信息未审核不得发布。",
    "我们不能只图为民生挂个名,要为民生办实事。",
    "县委书记要亲自抓,乡镇党委书记要具体抓。",
    "资金来源:县财政安排专项资金2000万元。",
    "2023年5月6日,全县召开推进会,来源于各乡镇的报告显示,阅读量持续增加。",
    "我们县城建设要加快。各乡镇要抓实。",
    "大家要多拍照片。要加强摄影宣传。",
    "好!好!",
    "谢谢大家。",
    "▲坚持高标准规划。",
])
def test_speech_with_the_familys_words_stays(sentence):
    for text in (TITLE + "\n" + BODY + "\n" + sentence + "\n" + PARA, TITLE + "\n" + BODY + "\n" + sentence,
                 sentence + "\n" + BODY):
        out = clean_text(text)
        assert kept(sentence, out), (sentence, out)
        out = clean_text(flatten_lines(text, "lines"))
        assert kept(sentence, out), (sentence, out)


def test_triangle_headings_of_a_speech_stay():
    page = TITLE + "\n" + SPEECH + "\n▲产业振兴\n" + PARA + "\n▲人才振兴\n" + PARA + "\n▲推动文化振兴再上新台阶\n" + BODY
    for text in (page, flatten_lines(page, "lines")):
        out = clean_text(text)
        assert all(kept(h, out) for h in ("▲产业振兴", "▲人才振兴", "▲推动文化振兴再上新台阶")), out


def test_a_list_of_attendees_in_a_masters_script_stays():
    lines = "出席今天会议的领导有:\n县委书记王某某\n县长李某某\n县委副书记张某某"
    out = clean_text(SPEECH + "\n" + lines + "\n" + PARA)
    assert "县委书记王某某" in out and "县长李某某" in out


def test_a_speech_after_its_title_and_speaker_stays():
    page = BODY + "\n在全县安全生产工作会议上的讲话\n县委书记 王某某\n同志们:\n" + PARA
    out = clean_text(page)
    assert "同志们:" in out


@pytest.mark.parametrize("line,expected", [
    ("分享文章", True), ("正在阅读:某县召开推进会", True), ("大 中 小】", True),
    ("要把好经验分享出去。", False), ("对不合格产品一律下架。", False),
])
def test_is_cms_widget(line, expected):
    assert C.is_cms_widget(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("某某日报社党委书记、社长某某某", True), ("市委农办专职副主任某某某", True),
    ("县委书记讲话", False), ("副县长作总结讲话", False), ("决定撤销他的某某委员会主任委员和委员的职务", False),
])
def test_is_office_name_line(line, expected):
    assert C.is_office_name_line(line) is expected


def test_meta_token_runs_need_three_tokens_and_a_label():
    assert C.meta_token_runs("2023年5月6日 10:30 发布") == []
    assert C.meta_token_runs("作者:某某 来源:某某网 2023-05-06 10:30") != []
