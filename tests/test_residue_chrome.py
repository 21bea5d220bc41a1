"""Residue families of held-out rounds 23-25 (text/residue_chrome.py): record fields without colons, server
leftovers, stock widgets, site names, widget words, OCR debris, a second story's headline, end marks and gambling
brands.

Every string here is written for the test (the shape of a family, never a page's text).  Each family: the chrome
goes through the whole cleaner, the speech next to it stays, and a speech sentence with the family's words stays.
"""

from __future__ import annotations

import pytest

from corpusmine.text import record_chrome, residue_chrome as R
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.cleaning_state import CleaningState

SPEECH = "同志们:\n今天我们召开全县乡村振兴工作推进会,主要任务是部署今年工作。"
LAST = "各乡镇各部门要压实责任,确保各项任务按时完成。"


def kept(line: str, out: str) -> bool:
    """Whether a line is in the cleaned text (the cleaner drops spaces between Chinese characters)."""
    return line.replace(" ", "") in out.replace(" ", "")


def page(chrome: str) -> str:
    return f"{SPEECH}\n{chrome}\n{LAST}"


def assert_gone(chrome: str, *words: str) -> None:
    out = clean_text(page(chrome))
    assert kept(SPEECH.split("\n")[1], out) and kept(LAST, out)
    for word in words or (chrome.strip(),):
        assert word not in out, (word, out)


def assert_stays(sentence: str) -> None:
    out = clean_text(f"{SPEECH}\n{sentence}\n{LAST}")
    assert kept(sentence, out), out


def test_the_rule_is_in_the_cleaner_after_record_chrome():
    assert R.residue_chrome in RULES
    assert RULES.index(record_chrome.record_chrome) < RULES.index(R.residue_chrome)


# --- record fields without colons ------------------------------------------------------------------------
@pytest.mark.parametrize("fields", [
    "编号 2021003\n文献类型 期刊论文\n作者 李某\n母体文献 某某林业\n年卷期 1998年第4期\n关键词 林业;造林\n来源 某某数据库",
    "• 出版日期1988\n• 单位某某学会\n• 文献类型期刊论文",
    "题名 在某某会议上的讲话\n\n作者 王某\n\n刊名 某某工作",
])
def test_a_literature_record_without_colons_goes(fields):
    assert_gone(fields, "文献类型" if "文献类型" in fields else "刊名", "作者")


@pytest.mark.parametrize("sentence", [
    "图书馆要提供文献类型多样的服务,作者和读者都要得到便利。",
    "作者 王某",                                   # one field line alone is no record
])
def test_speech_with_record_words_stays(sentence):
    assert_stays(sentence)


def test_three_field_lines_without_a_bibliographic_label_stay():
    lines = "作者 张某\n来源 某某日报\n编号 3"
    out = clean_text(page(lines))
    assert "张某" in out and "某某日报" in out


# --- server leftovers --------------------------------------------------------------------------------------
@pytest.mark.parametrize("chrome, word", [
    ("[an error occurred while processing this directive]", "directive"),
    ('<!--#include virtual="/inc/top.html" -->', "include"),
    ("Warning: mysql_connect(): Access denied in /var/www/inc/conn.php on line 8", "Warning"),
    ("404 Not Found", "Not Found"),
    ("HTTP 500 - 服务器错误", "服务器错误"),
    ("{dede:field.title/}", "dede"),
])
def test_a_server_leftover_goes(chrome, word):
    assert_gone(chrome, word)


def test_an_include_error_glued_before_a_title_goes_without_the_title():
    out = clean_text("[an error occurred while processing this directive]某某县召开推进会\n" + LAST)
    assert out.startswith("某某县召开推进会") and kept(LAST, out)


@pytest.mark.parametrize("sentence", [
    "网站出现404错误时,各单位要及时报告,确保服务器稳定运行。",
    "要把服务器错误提示、页面不存在等问题纳入网站运维考核。",
])
def test_speech_on_website_errors_stays(sentence):
    assert_stays(sentence)


# --- stock widgets -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, widget", [
    ("9月28日,某某重科(000157,股吧)成立20周年庆祝大会隆重举行。", "(000157,股吧)"),
    ("某某酒业(600519.SH)发布年度报告,公司将加大研发投入。", "(600519.SH)"),
    ("某某银行(行情 股吧)召开年度工作会议。", "(行情股吧)"),
])
def test_a_stock_widget_goes_and_its_sentence_stays(line, widget):
    out = clean_text(page(line))
    assert widget not in out.replace(" ", "")
    assert kept(line.replace(widget.replace("行情股吧", "行情 股吧"), ""), out)


@pytest.mark.parametrize("sentence", [
    "证券公司要规范经营,公司股票代码为600519的企业要按时披露信息。",
    "要密切关注股吧等网络平台上的不实信息,及时回应群众关切。",
])
def test_finance_speech_with_codes_stays(sentence):
    assert_stays(sentence)


# --- site names ------------------------------------------------------------------------------------------
def test_a_collecting_sites_name_alone_goes():
    assert_gone("某某在线学习网")
    out = clean_text("某某文库\n" + SPEECH + "\n" + LAST)
    assert "某某文库" not in out


@pytest.mark.parametrize("sentence", ["要织密社会保障网。", "平安在线", "红色文库"])
def test_a_name_shaped_heading_between_sentences_stays(sentence):
    assert_stays(sentence)


# --- widget words ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("chrome", ["+ 收藏", "直播", "文章图片", "新闻资讯", "点赞 | 评论 | 分享"])
def test_widget_words_alone_go(chrome):
    assert_gone(chrome)


def test_a_button_glued_to_a_title_goes():
    out = clean_text(page("某某州成立70周年庆祝大会隆重举行。 + 收藏"))
    assert "收藏" not in out and "某某州成立70周年庆祝大会隆重举行。" in out


@pytest.mark.parametrize("sentence", [
    "要把新闻资讯及时推送给群众,把直播带货做成富民产业。",
    "我们要关注群众的点赞和评论。",
])
def test_speech_with_widget_words_stays(sentence):
    assert_stays(sentence)


# --- OCR debris ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("chrome", ["Ol", "lI", "1l"])
def test_ocr_debris_goes(chrome):
    assert_gone(chrome)


@pytest.mark.parametrize("line", ["5G", "GDP", "II", "2024"])
def test_an_abbreviation_or_numeral_alone_stays(line):
    out = clean_text(page(line))
    assert line in out


# --- a second story's headline -----------------------------------------------------------------------------
@pytest.mark.parametrize("tail", ["\n【新闻局】某某局召开新闻发言人培训会", "【综合新闻】某某镇开展安全生产大检查"])
def test_a_second_headline_at_the_end_goes(tail):
    out = clean_text(SPEECH + "\n" + LAST + tail)
    assert "【" not in out and kept(LAST, out)


@pytest.mark.parametrize("text", [
    SPEECH + "\n【结束语】让我们携手并进,共创美好未来!",          # a sentence end
    SPEECH + "\n【工作要求】全县上下要凝心聚力抓落实",              # the speaker's voice
    SPEECH + "\n要抓好落实【重点任务】",                            # glued to a clause, not after a sentence
])
def test_a_bracketed_heading_of_the_speech_stays(text):
    out = clean_text(text)
    assert "【" in out


def test_an_editors_note_is_no_column():
    st = CleaningState("同志们:\n要抓好落实。\n【编者按】某某同志的讲话全文如下")
    R.residue_chrome(st)
    assert st.doc.output.endswith("【编者按】某某同志的讲话全文如下")


# --- end marks --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("chrome", ["END", "- END -", "—END—", "TAG: 讲话 致辞"])
def test_end_marks_and_tag_rows_go(chrome):
    assert_gone(chrome)


def test_a_sentence_with_end_and_tag_stays():
    assert_stays("要做到善始善终,不能虎头蛇尾,ENDING不是终点。")


# --- gambling brands --------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, brand", [
    ("9月6日,党委书记为全校师生讲授开学第一课,金沙集团3354cm党政领导集中观看。", "金沙集团3354cm"),
    ("勉励金沙官网青年学子增强志气。", "金沙官网"),
    ("培训班在9999js金沙老品牌逸夫楼举行。", "9999js金沙老品牌"),
    ("着眼于金沙集团游戏登录-(中国)有限公司党外干部队伍建设。", "金沙集团游戏登录-(中国)有限公司"),
    ("2020年8月28日,英国威廉希尔公司官网召开暑期党建务虚会。", "英国威廉希尔公司官网"),
    ("会上通报了威廉希尔某某教授荣获全国优秀教师称号的喜讯。", "威廉希尔"),
    ("太阳集团0638党委组织师生党员参加培训。", "太阳集团0638"),
])
def test_a_gambling_brand_goes_as_a_span(line, brand):
    out = clean_text(page(line))
    assert brand not in out
    assert kept(line.replace(brand, ""), out)


@pytest.mark.parametrize("sentence", [
    "要加强与澳门特区政府官网的信息共享,支持澳门经济适度多元发展。",
    "金沙江畔的某某集团2019年在皇冠假日酒店召开年度大会。",
    "要严厉打击跨境赌博,坚决查处境外赌场在我县的招赌行为。",
])
def test_speech_naming_macau_or_a_river_stays(sentence):
    assert_stays(sentence)


def test_every_removal_is_audited():
    raw = ("[an error occurred while processing this directive]\n" + SPEECH + "\n某某重科(000157,股吧)要抓好落实。\n"
           "+ 收藏\nOl\n金沙官网师生参加。\n" + LAST + "\n【新闻局】某某局召开专题会议")
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    rules = set(doc.audit["rule"])
    assert {"server_error", "stock_widget", "widget_words", "ocr_debris", "gambling_brand", "second_headline"} <= rules


@pytest.mark.parametrize("unit, tail", [
    ("某某在线\n", "要抓好落实。"),                 # an edge test per name line: computed once, not per line
    ("金沙官网", ""),                              # casino names on one long line
    ("澳门\n", ""),                                # lines holding an inline family's literal
    (" ", "+ 收藏"),                               # a long run of spaces before a button
])
def test_the_rule_stays_linear_on_long_runs_of_a_trigger(unit, tail):
    import time

    def cost(n: int) -> float:      # the least of three runs: a loaded machine only ever adds time
        best = float("inf")
        for _ in range(3):
            st = CleaningState(unit * n + tail)
            start = time.process_time()
            R.residue_chrome(st)
            best = min(best, time.process_time() - start)
        return best

    small, large = cost(20_000), cost(80_000)
    assert large < 10 * max(small, 0.005), (small, large)      # linear: about 4 times; quadratic: 16 times


@pytest.mark.parametrize("remnant", ['" />', ' alt="" />', ' class="p1" style=\'color:#333\'>', " <", " >"])
def test_tag_tails_cut_in_half_go(remnant):
    raw = f"同志们:\n今年要把人居环境整治抓实抓细。{remnant}\n谢谢大家!"
    doc = clean_document(raw)
    assert doc.text == "同志们:\n今年要把人居环境整治抓实抓细。\n谢谢大家!"
    assert "html_leftover" in {r["rule"] for r in doc.audit_rows}


@pytest.mark.parametrize("speech", ["全县生产总值增速>5%,要保持这个势头。", "当气温>35℃时,各村要调整作业时间。",
                                    "他说:“要把问题解决在基层。”", "要坚持“<三个一>”工作法,把好事办好。"])
def test_brackets_in_speech_stay(speech):
    assert speech in clean_text(f"同志们:\n{speech}\n谢谢大家!")


def test_attributes_of_a_whole_tag_are_left_to_the_tag_rules():
    raw = '同志们:\n要抓好落实。\n<ul id="x1"><dfn id="x1"></dfn></ul>\n谢谢大家!'
    st = CleaningState(raw)
    R.residue_chrome(st)
    assert '<ul id="x1">' in st.doc.output
    assert clean_text(raw) == "同志们:\n要抓好落实。\n谢谢大家!"
