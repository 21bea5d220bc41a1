"""Families of chrome seen in held-out round 19 (mostly template pages), each with short strings written
for the test (never page text): characters inserted inside words, member-only notices, outlines, labels
glued before the salutation, portal footers, reader polls, quoted description snippets, site welcomes."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.inline_rules import inserted_marks
from corpusmine.text.news_chrome import is_widget_line
from corpusmine.text.page_edges import is_head_teaser
from corpusmine.text.rules import CleaningState

SPEECH = ("同志们:\n今天召开全县安全生产工作会议,主要任务是总结工作、部署任务。\n"
          "一、提高认识,压实责任。各乡镇要切实抓好隐患排查,确保不发生重大事故。\n"
          "二、突出重点,狠抓落实。各部门要加强协作,形成工作合力。\n")


def _inserted(text: str) -> str:
    st = CleaningState(text)
    inserted_marks(st)
    return st.doc.output


# --- characters inserted inside words (inline_rules.inserted_marks) ----------------------------------------
@pytest.mark.parametrize("raw, kept", [
    ("要防范恶유性事故,我讲ฝ三点意见。", "要防范恶性事故,我讲三点意见。"),             # Hangul, Thai
    ("要增强工作✪的责任感,把好安全☆关。", "要增强工作的责任感,把好安全关。"),         # dingbats, symbols
    ("要发扬民-主,倾听社情民-意,接受监督。", "要发扬民主,倾听社情民意,接受监督。"),   # anti-filter hyphens
])
def test_characters_inserted_inside_words_go(raw, kept):
    assert _inserted(raw) == kept


@pytest.mark.parametrize("raw", [
    "要防范恶유性事故,我讲三点意见。",                    # one insertion on a page: left alone
    "推进省-市-县三级联动,落实产-学-研合作。",            # chains
    "开通“京-沪”专线,办好《城-乡》栏目,做好两件事。",     # in quotes and titles
    "京-沪线\n合-肥站",                                    # not in a prose line
    "完成2-3个项目,做好A-B两类工作,培养α粒子探测人才。",  # digits, Latin, Greek
    "某某海洋年-某某博览会开幕,出席某某海洋年-某某博览会时表示,要办好。",  # one name, twice (a flattened title)
])
def test_hyphens_and_letters_that_belong_to_the_text_stay(raw):
    assert _inserted(raw) == raw


def test_an_empty_source_tag_and_a_site_claim_inside_a_paragraph_go():
    raw = "各单位要认真落实,(来自)切实抓好安全工作某某网本资料权属某某网,放上鼠标查看某某网更多资料,确保平安。"
    assert _inserted(raw) == "各单位要认真落实,切实抓好安全工作,确保平安。"
    assert _inserted("这项工作(来自基层)很重要,成果属于人民。") == "这项工作(来自基层)很重要,成果属于人民。"


def test_insertions_go_in_the_whole_cleaner_and_the_audit_rebuilds_the_page():
    raw = "在全县会议上的讲话\n" + SPEECH.replace("隐患", "隐유患").replace("协作", "协⚥作")
    doc = clean_document(raw)
    assert "隐患排查" in doc.text and "加强协作" in doc.text
    assert reconstruct(doc.text, doc.audit) == raw


# --- member-only notices below a cut speech (page_edges) ---------------------------------------------------
@pytest.mark.parametrize("notice", [
    "本文只有本站会员才能阅读,如果你还没注册,请先点此注册(注意:必须先",
    "(想阅读完全部内容,您需要先登",
    "查看剩余全文内容请先登录",
])
def test_a_member_only_notice_below_the_speech_goes(notice):
    out = clean_text(SPEECH + "三是要加强……\n" + notice)
    assert "会员" not in out and "登" not in out
    assert "各部门要加强协作,形成工作合力。" in out


# --- labels and outlines above the speech (doc_chrome.summary_lines) ---------------------------------------
@pytest.mark.parametrize("label", ["内容简介:", "• 范文预览:", "【内容提要】:"])
def test_a_label_glued_before_the_salutation_loses_the_label_only(label):
    out = clean_text("在全县会议上的讲话\n" + label + SPEECH)
    assert "同志们:" in out.splitlines()
    assert "简介" not in out and "预览" not in out and "提要" not in out
    assert "今天召开全县安全生产工作会议" in out


def test_an_outline_of_the_speech_above_it_goes_and_its_headings_stay():
    outline = "【提纲】一、提高认识,压实责任。二、突出重点,狠抓落实。(一)抓排查。(二)抓整改。"
    out = clean_text("在全县会议上的讲话\n" + outline + "\n" + SPEECH)
    assert "提纲" not in out
    assert "一、提高认识,压实责任。各乡镇要切实抓好隐患排查" in out


def test_an_outline_spoken_to_the_audience_stays():
    line = "提纲:一、抓学习;二、抓落实;三、抓作风。同志们,这就是今天要讲的三点。"
    assert line in clean_text("在全县会议上的讲话\n同志们:\n" + line + "\n" + SPEECH[5:])


# --- portal footers, reader polls, list headers (news_chrome.is_widget_line) -------------------------------
@pytest.mark.parametrize("line", [
    "某某市某某区人民政府门户网站 网站主办单位:某某区人民政府",
    "某某县政府网 主办单位:某某县人民政府办公室",
    "您看到此篇文章时的感受是:",
    "读完这篇文章后的心情 |",
    "其他相关文章: 最新增加文章:",
    "• 范文预览:",
])
def test_site_footer_rows_polls_and_empty_headers_are_widget_lines(line):
    assert is_widget_line(line)


@pytest.mark.parametrize("line", [
    "要办好网站,主办单位要负起责任。",
    "相关文章: 某县召开安全生产会议",
    "您对这项工作的感受是什么",
])
def test_prose_and_related_titles_are_not_footer_rows(line):
    assert not is_widget_line(line)


# --- a quoted description repeating the lead; a site's welcome; an editor's row ----------------------------
def test_a_quoted_description_repeating_the_lead_goes():
    lead = "为推进党建引领基层治理工作,昨天,某某街道召开网格化工作推进会。"
    out = clean_text("“ " + lead[:24] + " ”\n" + lead + "\n会上,各社区负责人作了交流发言。")
    assert out.splitlines()[0] == lead


def test_a_site_welcome_above_the_title_goes_but_a_speaker_s_welcome_stays():
    assert is_head_teaser("好好学习,天天向上,某某吧欢迎您!")
    assert not is_head_teaser("全县人民欢迎您!")
    doc = clean_document("好好学习,天天向上,某某吧欢迎您!\n致考察团的欢迎辞\n" + SPEECH)
    assert "欢迎您" not in doc.text and "同志们:" in doc.text
    assert [r["rule"] for r in doc.audit_rows if "欢迎您" in r["removed"]] == ["page_head"]


def test_an_editor_row_below_a_one_paragraph_report_goes():
    raw = "某县召开会议\n6月1日,县长某某指出,要抓好落实,一是认识要提升,二是……\n责编:某某某"
    out = clean_text(raw)
    assert "责编" not in out and "县长某某指出" in out


# --- earlier template rounds: credits and portal names glued after the last sentence, list headers ----------
def test_an_editor_credit_glued_after_the_last_sentence_goes():
    out = clean_text("某县召开会议。\n会议强调,要抓好落实,确保取得实效。 责任编辑:某某某 0\n要久久为功。")
    assert "责任编辑" not in out and "会议强调,要抓好落实,确保取得实效。" in out
    kept = "会议要求,各单位要配强编辑:人员。"   # no name after the label at the end
    assert kept in clean_text("某县召开会议。\n" + kept + "\n要久久为功。")


def test_a_portal_name_glued_after_the_last_sentence_goes():
    out = clean_text("某县召开会议。\n会议强调,要共同推进重点项目建设顺利进行。abc某某信息港\n要久久为功。")
    assert "信息港" not in out and "要共同推进重点项目建设顺利进行。" in out


@pytest.mark.parametrize("line, widget", [
    ("热门文秘范文文章推荐", True), ("最新文章排行榜", True), ("推荐优秀干部人选", False), ("热门话题推荐会上的讲话。", False),
])
def test_a_list_header_is_a_widget_line(line, widget):
    assert is_widget_line(line) is widget


def test_a_keyword_row_with_a_mojibake_question_mark_below_the_speech_goes():
    out = clean_text(SPEECH + "关键词: 某某小区 某县房?价 某市二手房")
    assert "关键词" not in out and "各部门要加强协作,形成工作合力。" in out
