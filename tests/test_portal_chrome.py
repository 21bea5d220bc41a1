"""Portal furniture and injected spam (text/portal_chrome.py): families left by development round 21.

Every string here is written for the test (the shape of a family, never a page's text).  Positive cases: the chrome
goes and the speech next to it stays, in the page as given and flattened to one line; negative cases: speech
sentences shaped like a family stay, through the whole cleaner.
"""

from __future__ import annotations

import pytest

from corpusmine.text import portal_chrome as PC
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines
from corpusmine.text.rules import CleaningState

SPEECH = "今天我们召开全县林长制工作会议,主要任务是总结去年工作,部署今年任务。"
CLOSING = "希望大家再接再厉,推动林长制工作再上新台阶。"


def kept(line: str, out: str) -> bool:
    """Whether a line is in the cleaned text (the cleaner drops spaces between Chinese characters)."""
    return line.replace(" ", "") in out.replace(" ", "")


def both_modes(page: str) -> list[str]:
    """The page cleaned as given and flattened to one line."""
    return [clean_text(page), clean_text(flatten_lines(page, "lines", " "))]


def test_the_rules_are_in_the_cleaner_after_the_notes_of_page_notes():
    names = [f"{r.__module__.rsplit('.', 1)[-1]}.{r.__name__}" for r in RULES]
    assert names.index("portal_chrome.seo_spam") < names.index("news_chrome.dateline_leads")
    assert names.index("page_notes.column_head") < names.index("portal_chrome.portal_lines")


@pytest.mark.parametrize("spam", [
    "*某某老虎机_某某游戏¥最新版本下载",
    "某某百家乐|官网入口",
    "某某棋牌_APP下载",
    "*某某捕鱼¥注册送88",
])
def test_gambling_runs_glued_into_sentences_go(spam):
    page = f"同志们:\n3月9日,{spam}县召开林长工作会暨“{spam}县林长制办公室”揭牌仪式。\n{CLOSING}"
    for out in both_modes(page):
        assert spam not in out and "老虎机" not in out and "百家乐" not in out
        assert kept("县召开林长工作会暨“县林长制办公室”揭牌仪式。", out) and kept(CLOSING, out)


@pytest.mark.parametrize("sentence", [
    "要规范彩票市场管理平台,严厉打击网络赌博平台和赌博网址。",
    "福利彩票官网公布了今年公益金的使用情况。",
    "要坚决整治棋牌室聚众赌博问题,关停一批违规电玩城。",
])
def test_lottery_and_gambling_policy_in_a_speech_stays(sentence):
    page = f"同志们:\n{sentence}\n{CLOSING}"
    for out in both_modes(page):
        assert kept(sentence, out)


@pytest.mark.parametrize("widget", [
    "您好!欢迎来到某某在线,某某权威新闻门户网站",
    "• 欢迎访问某某县人民政府网站",
    "QQ咨询",
    "互联网违法举报",
    "违法和不良信息举报",
])
def test_portal_welcome_lines_and_widgets_go(widget):
    out = clean_text(f"{widget}\n某某镇召开人居环境整治推进会\n{SPEECH}\n{CLOSING}")
    assert not kept(widget.lstrip("• "), out) and kept(SPEECH, out)


@pytest.mark.parametrize("line", [
    "欢迎来到美丽的某某县!",
    "欢迎各位来宾来到我们的产业园区参观指导。",
    "同志们,欢迎大家积极登录某某学习平台参加培训。",
])
def test_welcomes_in_a_speech_stay(line):
    out = clean_text(f"同志们:\n{line}\n{SPEECH}")
    assert kept(line, out)


@pytest.mark.parametrize("statement", [
    "版权声明:此文自动收集于网络,若有来源错误或者侵犯您的合法权益,您可通过邮箱与我们取得联系,我们将及时进行处理。",
    "免责声明:本文内容来源于网络,如有侵权请联系删除。",
    "版權聲明:此文自動收集於網絡,若有來源錯誤或者侵犯您的合法權益,請與我們聯繫。",
])
def test_collecting_sites_statements_go(statement):
    out = clean_text(f"同志们:\n{SPEECH}\n{CLOSING}\n谢谢大家!\n{statement}")
    assert "声明" not in out and "聲明" not in out and kept(CLOSING, out) and "谢谢大家!" in out


def test_a_pledge_headed_statement_stays():
    line = "声明:本人自愿参加志愿服务,服从组织安排,遵守服务纪律。"
    assert kept(line, clean_text(f"志愿者承诺书\n{line}\n{SPEECH}"))


@pytest.mark.parametrize("copyright_", ["某某之家版权所有", "某某文秘網版權所有"])
def test_a_site_copyright_glued_after_a_paragraph_goes(copyright_):
    page = f"同志们:\n{SPEECH}{copyright_}\n{CLOSING}"
    out = clean_text(page)
    assert "版权所有" not in out and kept(SPEECH, out) and kept(CLOSING, out)


def test_copyright_inside_a_sentence_stays():
    line = "要加强知识产权保护,让作品版权所有人的合法权益得到保障。"
    assert kept(line, clean_text(f"同志们:\n{line}\n{CLOSING}"))


@pytest.mark.parametrize("mark", ["(完)", "（完）", "【完】", "[完]"])
def test_end_marks_closing_a_paragraph_go(mark):
    page = f"某某镇召开支部书记述职大会\n{SPEECH}\n{CLOSING}{mark}\n[作者:某某]"
    for out in both_modes(page):
        assert "完]" not in out and "完)" not in out and "完）" not in out and "完】" not in out
        assert kept(CLOSING, out)


def test_a_completion_word_stays():
    line = "全年任务已基本完成,(完成率98%)。"
    assert kept(line, clean_text(f"同志们:\n{line}\n{CLOSING}"))


@pytest.mark.parametrize("byline", ["作者/某某某、某某", "文/某某 图/某某某", "(记者/某某某)"])
def test_slash_bylines_go(byline):
    page = f"某某中学开学典礼\n{byline}\n{SPEECH}\n{CLOSING}"
    for out in both_modes(page):
        assert "/" not in out and kept(SPEECH, out)


def test_a_slash_in_a_sentence_stays():
    line = "文/图并茂的宣传材料要发到每家每户,做到人人知晓。"
    assert kept(line, clean_text(f"同志们:\n{line}\n{CLOSING}"))


@pytest.mark.parametrize("row", [
    "时间:2022-05-19 09:31作者:某某某源自:县委宣传部",
    "来源:区政府办作者:区政府办时间:2017-12-28",
    "发布日期:2023-09-11 15:23信息来源:市农业农村局 浏览次数:",
])
def test_metadata_rows_with_glued_labels_go(row):
    page = f"某某县召开全县林长工作会议\n{row}\n{SPEECH}\n{CLOSING}"
    outs = both_modes(page) if row.count(":") >= 3 and " 浏览" not in row else [clean_text(page)]
    for out in outs:
        assert "作者" not in out and "来源" not in out and "源自" not in out and kept(SPEECH, out)


def test_labels_inside_a_sentence_stay():
    line = "会议时间:上午九点,来源:县委办,作者:王某某,要求:全体参会。"
    st = CleaningState(f"同志们:\n{line}\n{CLOSING}")
    PC.portal_lines(st)
    assert kept(line, st.doc.output)


def test_a_flattened_bullet_menu_goes():
    menu = "• 工作总结\n• 心得体会\n• 述职报告\n• 调研报告\n• 领导致辞\n• 领导讲话\n"
    page = f"{menu}\n乡镇福利院揭牌仪式上的致辞\n尊敬的各位领导、各位嘉宾、同志们:\n{SPEECH}\n{CLOSING}"
    for out in both_modes(page):
        assert "心得体会" not in out and "调研报告" not in out and kept(SPEECH, out) and kept(CLOSING, out)


def test_bullets_inside_a_speech_stay():
    line = "一是抓学习 • 二是抓落实 • 三是抓作风 • 四是抓队伍 • 五是抓保障,要久久为功。"
    st = CleaningState(f"同志们: {line} {CLOSING}")
    PC.bullet_menus(st)
    assert kept(line, st.doc.output)


def test_every_removal_is_audited_and_reconstructs_the_page():
    page = ("您好!欢迎来到某某在线,某某权威新闻门户网站\nQQ咨询\n某某县召开林长工作会议\n"
            "时间:2022-05-19 09:31作者:某某某源自:县委宣传部\n作者/某某、某某某\n"
            f"3月9日,*某某老虎机_某某游戏¥最新版本下载县召开林长工作会。\n{SPEECH}某某之家版权所有\n{CLOSING}(完)")
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    assert {"spam_line", "byline", "source_footer"} <= {r["rule"] for r in doc.audit_rows}
    for chrome in ("欢迎", "QQ", "源自", "作者", "老虎机", "版权所有", "(完)"):
        assert chrome not in doc.text
    assert kept(SPEECH, doc.text) and kept(CLOSING, doc.text) and "县召开林长工作会。" in doc.text


def test_the_rules_edit_nothing_on_a_clean_speech():
    st = CleaningState(f"同志们:\n{SPEECH}\n{CLOSING}")
    for rule in (PC.seo_spam, PC.portal_lines, PC.bullet_menus):
        rule(st)
    assert st.doc.edits == [] or not list(st.doc.edits)


@pytest.mark.parametrize("run", ["打印 分享 返回列表", "相关内容 热门推荐 • 本周热门 • 本月热门 二维码", "返回某某头条 精彩推荐"])
def test_widget_runs_inside_a_flattened_paragraph_go(run):
    page = f"同志们:\n{SPEECH} {run}\n{CLOSING}"
    out = clean_text(flatten_lines(page, "paragraphs", " "))
    assert "返回" not in out and "热门" not in out and "分享" not in out and kept(SPEECH, out) and kept(CLOSING, out)


def test_widget_words_in_a_sentence_stay():
    line = "要把好经验好做法分享 推广到全县,打印 张贴到每个村。"
    st = CleaningState(f"同志们: {line} {CLOSING}")
    PC.flattened_lists(st)
    assert kept(line, st.doc.output)


def test_a_document_sites_page_marks_go():
    page = f"某某讲话稿_第1页 某某讲话稿_第2页 某某讲话稿_第3页 尊敬的各位领导:\n{SPEECH}"
    st = CleaningState(page)
    PC.flattened_lists(st)
    assert "_第" not in st.doc.output and kept(SPEECH, st.doc.output) and "尊敬的各位领导:" in st.doc.output


def test_a_flattened_dash_list_goes_up_to_its_last_item():
    items = " - 某某县召开安全生产会议 - 某某镇开展环境整治 - 某某局部署防汛工作 - 某某村完成改厕任务"
    st = CleaningState(f"{CLOSING}{items}")
    PC.flattened_lists(st)
    assert st.doc.output.replace(" ", "") == f"{CLOSING}-某某村完成改厕任务"


def test_dashes_in_a_sentence_stay():
    line = "2021 - 2025年,全县新建道路 - 公路 - 桥梁共120公里。"
    st = CleaningState(f"同志们: {line} {CLOSING}")
    PC.flattened_lists(st)
    assert kept(line, st.doc.output)


@pytest.mark.parametrize("note", [
    "2、本文档由网友投稿或网络整理,如有侵权请及时联系我们处理。",
    "注意:本站部分文字内容、图片由网友投稿,如侵权请联系删除,联系邮箱:someone@example.com",
])
def test_collecting_notes_without_a_label_go_also_when_flattened(note):
    page = f"某某讲话稿\n关注公众号即可免费下载文档\n{note}\n同志们:\n{SPEECH}\n{CLOSING}"
    for out in both_modes(page) + [clean_text(flatten_lines(page, "paragraphs", " "))]:
        assert "侵权" not in out and kept(SPEECH, out) and kept(CLOSING, out)


def test_infringement_in_a_speech_stays():
    line = "对网络上侵犯群众合法权益的行为,要依法查处,及时联系有关部门删除不实信息。"
    assert kept(line, clean_text(f"同志们:\n{line}\n{CLOSING}"))


def test_a_portals_header_flattened_into_one_paragraph_goes():
    header = "您好!欢迎来到某某在线,某某权威新闻门户网站\nQQ咨询\n互联网违法举报\n0839-1234567 someone@example.com"
    out = clean_text(flatten_lines(f"{header}\n\n某某镇召开推进会\n\n{SPEECH}\n\n{CLOSING}", "paragraphs", " "))
    assert "欢迎" not in out and "@" not in out and "0839" not in out and kept(SPEECH, out)


def test_a_hotline_in_a_sentence_stays():
    line = "群众可拨打监督电话 0839-1234567 或发送邮件至 someone@example.com 反映问题。"
    assert kept(line, clean_text(f"同志们:\n{line}\n{CLOSING}"))


def test_a_flattened_paragraphs_editor_row_and_retitle_note_go():
    page = (f"区政协召开全体会议\n\n{SPEECH}\n(原题为《【要闻】某某区政协召开全体会议》)\n责任编辑:某某某\n\n"
            f"发布时间:2025-10-29\n{CLOSING}")
    out = clean_text(flatten_lines(page, "paragraphs", " "))
    assert "原题" not in out and "责任编辑" not in out and "发布时间" not in out
    assert kept(SPEECH, out) and kept(CLOSING, out)


def test_an_editor_named_in_a_sentence_stays():
    line = "本书责任编辑:某某某同志认真负责,为出版工作付出了大量心血。"
    assert kept(line, clean_text(flatten_lines(f"同志们:\n{line}\n{CLOSING}", "lines", " ")))


# ---------------------------------------------------------------- flattened metadata rows (chrome11)

@pytest.mark.parametrize("row", [
    "2021-06-08 10:12:30      来源:某某网   责任编辑:王某某 我来说两句 分享到:",     # stamp, fields, widgets
    "2021年06月08日 10:12 | 来源:某某日报",                                         # a stamp and a bar
    "时间:2021-06-08 10:12:30  浏览:352次  【打印此页】  【关闭",                    # a count and print widgets
    "点击数:1024 发布时间:2021-06-08  发布者:Admin",                                 # three fields
    "http://www.example.cn 2021-06-08 10:12:30 来源:某某网 责任编辑:李某",          # a host before the stamp
    "发表日期:2021-06-08",                                                          # one field no speech says
    "格式:DOC 上传日期:2021-06-08 10:12:30",                                         # a document site's row
    "www.example.cn?2021-06-08 10:12? ?来源:某某县妇联    我来说两句",             # garbled separators
    "来源:文明某某 |",                                                               # a source closed by a bar
])
def test_a_metadata_row_inside_a_flattened_paragraph_goes(row):
    page = f"某某县召开河长制工作推进会 {row} 6月7日,某某县召开河长制工作推进会。 {SPEECH}"
    out = rebuild(page)
    assert "2021" not in out and "来源" not in out and "分享到" not in out and "打印" not in out
    assert kept("6月7日,某某县召开河长制工作推进会。", out) and kept(SPEECH, out)


def rebuild(page: str) -> str:
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    return doc.text


@pytest.mark.parametrize("sentence", [
    "下面我来说两句。 会议时间:2023年5月6日 地点:县政府会议室",     # a notice read out: 时间 inside a word, no row
    "要明确资金 来源:县财政安排的专项资金",                             # a source that is no site or office
    "大家把经验分享到:各乡镇、各部门,互相学习。",                        # 分享到 inside a sentence
])
def test_a_speech_sentence_with_a_label_stays(sentence):
    st = CleaningState(f"{SPEECH} {sentence} {CLOSING}")
    PC.portal_lines(st)
    assert sentence in st.doc.output


def test_a_source_closing_a_paragraph_after_its_last_sentence_goes():
    st = CleaningState(f"{SPEECH} 来源:文明某某\n{CLOSING}")
    PC.portal_lines(st)
    assert "来源" not in st.doc.output and SPEECH in st.doc.output and CLOSING in st.doc.output


@pytest.mark.parametrize("row", [
    "发布日期:2021-06-08 10:12:30 来源:某县 浏览量: 字体:[ ]",                       # empty fields, a font widget
    "发表于 2021-6-8 09:49:40 | 显示全部楼层 |阅读模式 来自: 某省某市",               # a forum's post row
    "日期: 2021-06-08 浏览量:168 文字大小:",
    "更新于 2021年06月09日07:40 • 发布于 2021年06月08日07:49",                       # stamps labelled without a colon
    "我来说两句 0条评论 0人参与,",                                                   # a comment widget with its counts
])
def test_rows_with_empty_or_unusual_fields_go(row):
    st = CleaningState(f"某某县召开河长制工作推进会 {row} 同志们: {SPEECH}")
    PC.portal_lines(st)
    assert st.doc.output.split() == ["某某县召开河长制工作推进会", "同志们:", SPEECH]


def test_a_time_in_a_sentence_stays_a_stamp_alone_on_its_line_goes():
    st = CleaningState(f"会议定于 2021年6月8日 18:00 召开。\n2021年6月8日 18:00\n{SPEECH}")
    PC.portal_lines(st)
    assert st.doc.output == f"会议定于 2021年6月8日 18:00 召开。\n\n{SPEECH}"


@pytest.mark.parametrize("left, stays", [
    ("文字大小:", False), ("浏览量:", False), ("来自:某省某市", False),     # what other rules left of a row
    ("附件:", True), ("来自:群众的呼声", True),                               # a speech's heading or phrase
])
def test_what_is_left_of_a_row_alone_on_its_line(left, stays):
    st = CleaningState(f"某某县召开安全生产会议\n{left}\n{SPEECH}")
    PC.portal_lines(st)
    assert (left in st.doc.output) == stays
