"""Families round 26 left (a development round now): photo captions run into a news page's prose and the dated
heading above them, mojibake remnants of pinyin glosses, reporters' names alone, garbled tag remnants, a related-news
header with table bars, a document site's page count, and a report's teaser glued to a copyright footer.

Every string here is written for the test (the shape of a family, never a page's text).  Each family: the chrome
goes through the whole cleaner, and a speech sentence with the family's words stays.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text, reconstruct

SPEECH = "同志们:\n今天我们召开全县乡村振兴工作推进会,主要任务是部署今年工作。"
LAST = "各乡镇各部门要压实责任,确保各项任务按时完成。"


def kept(line: str, out: str) -> bool:
    return line.replace(" ", "") in out.replace(" ", "")


def assert_stays(sentence: str) -> None:
    out = clean_text(f"{SPEECH}\n{sentence}\n{LAST}")
    assert kept(sentence, out), out


# --- photo captions run into prose -------------------------------------------------------------------------
CAPTIONS = ("2019年5月6日,某县茶产业发展大会在县行政中心隆重召开\n"
            "5月6日上午,大会召开前,县委书记率领导到公司参观,图为公司董事长某某在车间门口介绍情况。\n"
            "5月6日上午,大会召开前,县委书记率领导到公司参观,圖為公司董事長某某陪同參觀茶園。")


def test_captions_run_into_prose_go_with_their_dated_heading():
    out = clean_text(f"{SPEECH}\n{LAST}\n{CAPTIONS}")
    assert kept(LAST, out) and kept(SPEECH.split("\n")[1], out)
    for word in ("图为", "介绍情况", "陪同", "隆重召开"):
        assert word not in out, (word, out)


@pytest.mark.parametrize("chrome", [
    "图为培训现场和某某副教授讲课时的情景",                 # 图为 opening a caption longer than 16 characters
    "會議強調,要抓好落實。圖為會議現場全體人員合影。",       # 图为 after the line's last sentence
])
def test_a_caption_opening_or_closing_a_line_goes(chrome):
    out = clean_text(f"{SPEECH}\n{chrome}\n{LAST}")
    assert "图为" not in out and "圖為" not in out, out
    assert kept(LAST, out)


@pytest.mark.parametrize("sentence", [
    "我们要像对待“图为民生”的口号一样,把实事办好。",            # 图为 inside a sentence
    "2019年5月6日,我们召开了全县茶产业发展大会",             # a dated line with no caption after it
])
def test_speech_with_caption_words_stays(sentence):
    assert_stays(sentence)


def test_a_caption_marked_by_a_hollow_triangle_goes():
    out = clean_text(f"{SPEECH}\n△某某乡公所新春团拜。 (乡公所提供)\n{LAST}")
    assert "团拜" not in out and kept(LAST, out), out


def test_a_triangle_line_in_the_speakers_voice_stays():
    assert_stays("△我们要加强组织领导,压实工作责任。")


# --- mojibake remnants of pinyin glosses ----------------------------------------------------------------------
def test_a_gloss_whose_character_was_lost_goes_on_a_glossed_page():
    raw = "藍(lán)某某說。網(wǎng)站(zhàn)發(fā)布(bù)消息。彼{(lán)某某?ьI(lǐng)村民發展產業。"
    out = clean_text(raw)
    assert "(" not in out, out
    assert "村民发展产业" in out.replace("發展產業", "发展产业") or "村民發展產業" in out


def test_a_gloss_after_a_latin_word_or_on_an_unglossed_page_stays():
    assert "(běi)" in clean_text("藍(lán)某某說。網(wǎng)站(zhàn)發(fā)布(bù)。課本寫作 Beijing (běi) 的拼音。")
    assert "(lán)" in clean_text("语文课上,老师讲解了“蓝”字的读音?(lán)。")


# --- reporters' names alone -------------------------------------------------------------------------------
def test_reporters_names_alone_go_above_and_below_a_report():
    raw = (f"王某 陈某某\n2019年5月6日10:17 来源:某某日报\n会议强调,要抓好落实。\n{LAST}   李某")
    out = clean_text(raw)
    assert "王某" not in out and "陈某某" not in out and "李某" not in out, out
    assert kept(LAST, out)


@pytest.mark.parametrize("raw, word", [
    (f"{SPEECH}\n受到表彰的同志有:\n王某 李某 张某某\n{LAST}", "张某某"),     # names listed after a colon
    (f"{SPEECH}\n{LAST}\n谢谢", "谢谢"),                                    # a speech's last word
    (f"{SPEECH}\n{LAST} 王某同志讲得很好", "王某同志讲得很好"),
])
def test_a_speakers_name_and_last_words_stay(raw, word):
    assert word in clean_text(raw)


# --- garbled tag remnants, related-news header with bars, page counts ----------------------------------------
def test_a_closing_tag_whose_bracket_was_lost_goes():
    out = clean_text(f"{SPEECH}\n他说:“要大干一场。?/p>\n{LAST}")
    assert "/p>" not in out and "要大干一场" in out, out


def test_speech_with_a_slash_and_question_mark_stays():
    assert_stays("这件事该怎么办?/ 我们要认真研究。")


@pytest.mark.parametrize("tail, word", [
    (" |\n||\n|\n相关新闻 |\n|\n|", "相关新闻"),                       # a related-news header with table bars
    ("\n星期二, 5月 6, 2019 Views 文章分类: 时事新闻", "文章分类"),         # a blog template's post row
])
def test_chrome_below_the_last_sentence_goes(tail, word):
    out = clean_text(f"{SPEECH}\n{LAST}{tail}")
    assert word not in out and kept(LAST, out), out


@pytest.mark.parametrize("sentence", [
    "要及时发布相关新闻,回应群众关切。",
    "相关新闻单位要及时跟进报道。",
    "2023年起全面推行垃圾分类:一是源头减量",
    "2023年档案整理要按文章分类:一是公文,二是信息。",
])
def test_speech_with_related_news_or_category_words_stays(sentence):
    assert_stays(sentence)


@pytest.mark.parametrize("chrome", ["21 页", "共 3 页", "共12页"])
def test_a_page_count_alone_goes(chrome):
    out = clean_text(f"{SPEECH}\n{chrome}\n{LAST}")
    assert "页" not in out and kept(LAST, out), out


def test_speech_counting_pages_stays():
    assert_stays("报告共分三部分,共 3 页。")
    assert_stays("这本手册共21页,要人手一册。")


# --- a report's teaser glued to a copyright footer ---------------------------------------------------------
def test_a_teaser_before_a_footer_on_one_line_stays_and_the_footer_goes():
    teaser = "〔记者某某/某县报导〕某县政府昨天举办新春团拜,县长在会中宣布今年的重大活动,包含即将举办的运动会;加上市长也期待,县市之间的问题透过… |"
    out = clean_text(f"{teaser} © 2025 某某网 版权所有")
    assert "某县政府昨天举办新春团拜" in out and "©" not in out, out


def test_every_removal_is_audited():
    raw = (f"王某 陈某某\n{SPEECH}\n藍(lán)某說。網(wǎng)站(zhàn)發(fā)布(bù)。彼{{(lán)\n大家说:“干。?/p>\n21 页\n"
           f"{LAST}\n{CAPTIONS}\n相关新闻 |\n|")
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    assert {"pinyin_gloss", "photo_caption", "byline", "html_leftover", "page_counter"} <= set(doc.audit["rule"])

