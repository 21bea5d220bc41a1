"""Picture furniture and stray chrome of template sites and mirrors (text/event_captions.py, text/stray_chrome.py),
learned from development round chrome23 (template and document sites, re-posted meeting reports).

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner, also with the page flattened.
"""

from __future__ import annotations

import pytest

from corpusmine.text import event_captions as E
from corpusmine.text import stray_chrome as S
from corpusmine.text.chrome_eval import speech_kept as kept   # the measure's own test: spaces and script aside
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines

TITLE = "某县召开农村人居环境整治推进会"
SPEECH = "今天我们召开全县农村人居环境整治推进会,主要任务是部署下一阶段的整治工作。"
PARA = "县长强调,各乡镇要压实责任,持续抓好村庄清洁行动,确保各项任务按时完成。"
BODY = "\n".join([SPEECH, PARA] * 3)


def test_the_rules_are_in_the_cleaner_after_the_post_chrome():
    from corpusmine.text import post_chrome, rules
    assert RULES.index(post_chrome.post_chrome) < RULES.index(E.event_captions) < RULES.index(S.stray_chrome)
    assert RULES.index(S.stray_chrome) < RULES.index(rules.page_meta)


def _gone(chrome: str, out: str) -> bool:
    return all(part not in out for part in chrome.split("\n") if len(part.strip()) >= 4)


# ---------------------------------------------------------------- event captions

@pytest.mark.parametrize("caption", [
    "会议现场",
    "部分与会单位",
    "某某一行参观万家仑林场,听取对林下示范基地的介绍",
    "某某与某某部长共同为“某某老街”揭牌",
    "某某副县长为“美丽庭院”代表颁发证书",
])
def test_an_event_caption_between_paragraphs_goes(caption):
    out = clean_text(TITLE + "\n" + BODY + "\n" + caption + "\n" + PARA)
    assert _gone(caption, out), out
    assert SPEECH in out and PARA in out


def test_a_run_of_captions_at_the_head_goes_and_a_weak_one_beside_them():
    head = "会议现场\n某某副市长讲话\n参观某某种苗科技有限公司\n部分与会单位"
    out = clean_text(head + "\n" + BODY)
    assert _gone(head, out), out
    assert SPEECH in out


def test_a_speakers_caption_goes_beside_a_surer_one():
    run = "领导致辞\n与村委会签订冷库捐赠协议"
    out = clean_text(TITLE + "\n" + BODY + "\n" + run + "\n" + PARA)
    assert _gone(run, out), out
    assert SPEECH in out and PARA in out


@pytest.mark.parametrize("heading", ["县长某某某讲话", "领导致辞", "某县人大常委会主任某某某现场讲话"])
def test_a_speakers_line_alone_stays_as_a_speechs_heading(heading):
    for text in (heading + "\n" + BODY, TITLE + "\n" + BODY + "\n" + heading + "\n" + PARA):
        assert kept(heading, clean_text(text))


def test_a_lone_caption_like_title_at_the_head_stays():
    title = "县委书记某某调研农村人居环境整治工作"
    out = clean_text(title + "\n" + BODY)
    assert title in out


def test_a_weak_caption_alone_stays():
    line = "参观某某种苗科技有限公司"
    out = clean_text(TITLE + "\n" + BODY + "\n" + line + "\n" + PARA)
    assert line in out


# ---------------------------------------------------------------- credit captions, picture labels, attachments

@pytest.mark.parametrize("caption", [
    "■某某镇新时代文明实践中心揭牌成立 某某供图",
    "留住绿水青山,留住乡愁~ (摄于某某村)",
    "村民们打起腰鼓欢庆丰收。新华社记者 某某某",
    "这些美丽乡村你去过吗? 第1张图片",
])
def test_a_credit_caption_or_a_picture_label_goes(caption):
    out = clean_text(TITLE + "\n" + BODY + "\n" + caption + "\n" + PARA)
    assert _gone(caption, out), out
    assert SPEECH in out and PARA in out


def test_a_forum_attachment_with_its_link_and_upload_time_goes():
    block = "7.jpg (173.59 KB, 下载次数: 157)\n下载附件\n2019-11-7 20:01 上传"
    out = clean_text(TITLE + "\n" + BODY + "\n" + block + "\n" + PARA)
    assert "下载次数" not in out and "下载附件" not in out and "上传" not in out
    assert SPEECH in out and PARA in out


def test_picture_labels_and_credits_between_sentences_go_when_the_page_is_flattened():
    page = (TITLE + "\n" + SPEECH + "\n" + TITLE + " 第1张图片\n某某村。新华社记者 某某摄\n"
            + TITLE + " 第2张图片\n村容整洁。新华社记者 某某某摄\n" + PARA)
    for mode in ("lines", "paragraphs"):
        out = clean_text(flatten_lines(page, mode))
        assert "张图片" not in out and "新华社记者" not in out, (mode, out)
        assert kept(SPEECH, out) and kept(PARA, out)


# ---------------------------------------------------------------- stray chrome

@pytest.mark.parametrize("head", [
    "正在阅读:" + TITLE,
    "天气预报:",
    "某某晚报网新闻中心",
])
def test_stray_chrome_at_the_head_goes(head):
    out = clean_text(head + "\n" + TITLE + "\n" + BODY)
    assert _gone(head.replace(TITLE, ""), out), out
    assert "正在阅读" not in out and SPEECH in out


@pytest.mark.parametrize("tail", [
    "---\n这样可以满足您的需求吗?",
    "这篇内容结合了您的标题,同时保持了原创性和可读性,希望对您有所帮助。",
    "若文章存在版权问题,请与我们联系,我们将在第一时间内删除,谢谢!",
    "如有侵权请联系删除",
    "某某生活扩展阅读",
])
def test_stray_chrome_at_the_tail_goes(tail):
    out = clean_text(TITLE + "\n" + BODY + "\n" + tail)
    assert "您" not in out and "删除" not in out and "扩展阅读" not in out, out
    assert SPEECH in out and PARA in out


def test_a_remark_or_a_note_glued_after_the_last_sentence_goes():
    for tail in ("这样可以满足您的需求吗?", "若文章存在版权问题,请与我们联系,我们将在第一时间内删除,谢谢!"):
        out = clean_text(flatten_lines(TITLE + "\n" + BODY + "\n" + tail, "lines"))
        assert "您的需求" not in out and "版权问题" not in out, out
        assert kept(PARA, out)


def test_the_title_glued_before_a_paragraph_goes():
    title = "我国将持续建设乡村旅游重点村镇"
    page = title + "\n" + SPEECH + "\n" + title + "】部长在会上表示,要持续推进乡村旅游重点村镇建设。"
    out = clean_text(page)
    assert out.count(title) == 1 and "】" not in out
    assert "部长在会上表示,要持续推进乡村旅游重点村镇建设。" in out
    out = clean_text(flatten_lines(page, "paragraphs"))
    assert "】" not in out and "部长在会上表示" in out


def test_a_leading_name_before_the_leads_date_goes():
    out = clean_text("某某 3月28日上午,某镇举行杏花节开幕式。\n" + BODY)
    assert out.startswith("3月28日上午,某镇举行杏花节开幕式。"), out


def test_an_item_number_after_a_heading_goes():
    out = clean_text("环境整治致村民的一封信【1】\n广大村民朋友们:\n" + BODY)
    assert "【1】" not in out and "环境整治致村民的一封信" in out


def test_flattened_leftovers_go():
    page = ("• <track id=\"a1\"></track> <ins id=\"a1\"></ins>\n" + TITLE + "\n(摄于某某村) 某某论坛讯2019年11月5日,"
            "某镇开展人居环境观摩评比。\n" + BODY + "(某某部) | 相关新闻")
    out = clean_text(flatten_lines(page, "paragraphs"))
    assert "<" not in out and "摄于" not in out and "论坛讯" not in out and "相关新闻" not in out, out
    assert kept(SPEECH, out)


def test_every_removal_is_audited():
    page = ("会议现场\n某某副市长讲话\n" + TITLE + "\n天气预报:\n" + BODY + "\n7.jpg (17.5 KB, 下载次数: 15)\n下载附件\n"
            "某某一行参观示范基地\n这些乡村你去过吗? 第1张图片\n若文章存在版权问题,请与我们联系,我们将在第一时间内删除,谢谢!\n"
            "这样可以满足您的需求吗?")
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    assert SPEECH in doc.text


# ---------------------------------------------------------------- speech with the family's words stays

@pytest.mark.parametrize("sentence", [
    "下面请县委书记某某同志讲话",
    "在全县农村人居环境整治推进会上的讲话",
    "开展走访慰问,传递党的温暖",
    "二、深入调研,摸清底数",
    "我们要组织党员干部走访慰问困难群众。",
    "认真学习总书记重要讲话",
    "会前,与会人员现场观摩了某某区“美丽乡村",
    "各村要把整治前后的照片留存好,由宣传员统一摄影存档。",
    "今天接受新华社记者采访时,他说要把工作抓实。",
    "我们要更好满足群众的需求,希望对大家的工作有所帮助。",
    "对侵权盗版的网络内容,我们要联系有关平台及时删除。",
    "正在阅读的同志们要把文件读透。",
    "天气预报说下周有雨,各村要提前做好防汛准备。",
    "我们要把第1张图片和第2张图片都存档。",
    "各村要推荐阅读书目,扩展阅读范围。",
    "各位家长朋友,希望今天的交流能对您有所帮助,感谢您对学校工作的支持。",
])
def test_speech_with_the_familys_words_stays(sentence):
    for text in (TITLE + "\n" + BODY + "\n" + sentence + "\n" + PARA, TITLE + "\n" + sentence + "\n" + BODY):
        out = clean_text(text)
        assert kept(sentence, out), (sentence, out)
        out = clean_text(flatten_lines(text, "lines"))
        assert kept(sentence, out), (sentence, out)


@pytest.mark.parametrize("line,expected", [
    ("某某副市长讲话", 1), ("参观某某种苗科技有限公司", 1), ("某某一行参观示范基地", 2), ("与某某村签订帮扶协议", 2),
    ("在某某节开幕式上的致辞", 0), ("某某工作调度会上讲话", 0), ("要抓好落实。", 0),
])
def test_caption_strength(line, expected):
    assert E.caption_strength(line) == expected


def test_a_sentences_piece_on_a_line_of_its_own_stays():
    page = TITLE + "\n" + SPEECH + "\n会议听取了县长所作的\n政府工作报告\n。会议同意报告提出的主要任务。\n" + PARA
    out = clean_text(page)
    assert "政府工作报告" in out and "会议同意报告提出的主要任务。" in out


def test_a_reports_last_sentence_before_its_reporter_stays():
    for text in (TITLE + "\n" + BODY + "\n会议要求各地抓好落实。记者 某某", "通知 3月28日上午,某镇召开会议。\n" + BODY):
        for page in (text, flatten_lines(text, "lines"), flatten_lines(text, "paragraphs")):
            out = clean_text(page)
            assert kept("会议要求各地抓好落实。", out) if "记者" in text else "通知" in out, out


def test_assistant_remarks_and_takedown_notes_need_their_reader():
    assert S.assistant_remark("这样可以满足您的需求吗?")
    assert not S.assistant_remark("这样可以满足群众的需求吗?")
    assert S.takedown_note("如有侵权,请联系删除。")
    assert not S.takedown_note("如有侵权行为,要依法处理。")
