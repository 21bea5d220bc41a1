"""Session am: families held-out rounds 184k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from corpusmine.text.residue_chrome import gambling_brand_spans
from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"

# a report of a meeting that retells the speech in the third person (round 184k: county and city news pages).  Its
# dated lead stays: a report without a speech below it is kept whole (tests/test_page_shapes_v.py); a rule that took the
# lead was tried in session am and dropped, since it reversed that decision.
REPORTED = ("张某某指出,要坚决遏制不正之风,找准问题病源,对症下药,切实推动问题整改落实。\n"
            "就做好下一步工作,张某某要求,要提高政治站位,压实各级责任,确保整改工作取得实效。")


def test_a_speech_opening_with_a_date_in_its_own_voice_stays():
    page = ("3月31日,我们召开了全县通报会,今天再开会,就是要抓落实。\n"
            "大家要认清形势,正视问题,对照清单抓好整改。有的同志指出,问题还没有根除,这一点要引起重视。")
    assert _clean(page).text.startswith("3月31日,我们召开了全县通报会")


def test_a_dated_line_that_convenes_nothing_stays():
    page = f"3月31日,区纪委对各单位作风问题开展了专项督查,发现问题十二个。\n{REPORTED}"
    assert _clean(page).text.startswith("3月31日,区纪委对各单位")


def test_a_reports_dated_lead_stays_with_what_the_speaker_said():
    page = f"3月31日上午,某区作风建设专项监督检查情况通报会召开。区委书记张某某出席会议并讲话。\n{REPORTED}"
    text = _clean(page).text
    assert text.startswith("3月31日上午") and REPORTED in text


def test_a_report_with_no_reported_speech_keeps_its_lead():
    page = ("6月5日,某镇召开环境整治推进会。镇长某某出席会议。\n"
            "会后,与会人员实地察看了三个村的整治现场,了解垃圾清运和污水治理的进展情况。")
    assert _clean(page).text.startswith("6月5日,某镇召开环境整治推进会。")


# --- betting brands (round 185k) --------------------------------------------------------------------------------------

def test_a_year_after_a_companys_name_is_no_betting_code():
    line = "大家上午好!非常高兴参加某酒集团2020封藏大典,向各位来宾表示欢迎。"
    assert gambling_brand_spans(line) == []
    assert "某酒集团2020封藏大典" in _clean(f"{SALUTE}\n{line}\n{MIDDLE}\n{CLOSING}").text


def test_a_site_code_and_its_site_word_before_a_listed_casino_brand_go():
    line = "祝贺你们正式成为2003网站太阳集团的一员,从今天起,你们都拥有法律人这一共同的头衔。"
    assert [line[a:b] for a, b in gambling_brand_spans(line)] == ["2003网站太阳集团"]
    assert gambling_brand_spans("请大家访问2003网站了解太阳集团的历史。") == []


# --- captions and reading banners (rounds 184k-185k) ------------------------------------------------------------------

def test_a_caption_telling_who_stands_where_goes():
    page = (f"{BODY}\n某司长今日晚上出席某区舞火龙活动。图示某司长(右二)与舞火龙队伍成员合照。\n"
            "某司长(左三)向获奖队伍颁奖。")
    doc = _clean(page)
    assert "右二" not in doc.text and "左三" not in doc.text and CLOSING in doc.text
    assert "photo_caption" in _rules(doc)


def test_a_bracketed_middle_in_a_speech_is_no_caption():
    page = f"{SALUTE}\n{OPENING}\n我们要坚持以学生为中心(中)的理念,把每一位同学都放在心上。\n{CLOSING}"
    assert "以学生为中心(中)的理念" in _clean(page).text


def test_a_free_reading_banner_framed_by_signs_goes():
    page = f"某局长在出征仪式上的讲话\n字数:985 字 浏览:1092次\n== 本文免费阅读 ==\n{BODY}"
    doc = _clean(page)
    assert "免费阅读" not in doc.text and OPENING in doc.text


# --- readers' replies below a quoted speech (round 184k: a forum archive) ----------------------------------------------

def test_readers_replies_judging_the_text_go_when_there_are_three():
    replies = ["这篇文章能看到很多领导自己的语言,原汁原味", "认真学习一下,每次都眼前一亮。", "结构清晰 辞藻丰富 确实很值得学习",
               "的确写得不错,感谢分享"]
    page = f"{BODY}\n" + "\n".join(replies)
    doc = _clean(page)
    assert not any(r in doc.text for r in replies) and CLOSING in doc.text and "comment_box" in _rules(doc)


def test_one_line_of_praise_in_a_speech_stays():
    line = "某某村的经验确实很值得学习。"
    page = f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}"
    assert line in _clean(page).text


# --- rounds 186k-187k ------------------------------------------------------------------------------------------------

def test_a_year_broken_off_its_word_by_a_converter_stays_with_the_speech():
    page = "某中学2020\n年度工作述职报告\n2020\n年是我校整体搬迁后的第一年,也是最容易滋生懈怠思想的一年。这一年,我们确立了高远目标。\n" + BODY
    assert "年是我校整体搬迁后的第一年" in _clean(page).text


def test_good_news_opening_a_speech_is_no_news_lead():
    line = "秋风传佳讯,协作送福音。今天,我们十分欣喜地迎来了医院挂牌仪式。"
    page = f"尊敬的各位领导、各位专家:\n大家上午好!\n{line}\n{MIDDLE}\n{CLOSING}"
    assert line in _clean(page).text


def test_word_html_namespaces_and_smart_tags_go():
    page = (f"{SALUTE}\n<?xml:namespace prefix = st1 ns = \"urn:schemas-microsoft-com:office:smarttags\" />"
            f"{OPENING}\n今年<st1:chsdate year=\"2008\" month=\"3\">3月</st1:chsdate>,我们召开了动员大会。\n<>\n{CLOSING}")
    text = _clean(page).text
    assert "xml" not in text and "st1" not in text and "<>" not in text
    assert OPENING in text and "今年3月,我们召开了动员大会。" in text and CLOSING in text


def test_numbered_points_in_tortoise_shell_brackets_are_no_word_notes():
    points = ["〔一〕扛牢第一责任,完善闭环管理,提升党建水平。全年召开专题会议六次,层层传导压力。",
              "〔二〕狠抓基础管理,紧盯短板问题,提升党建质量。在十四个重点项目上建立临时党组织。",
              "〔三〕围绕作用发挥,实施党建引领,提升党建效能。年内共设立党员责任区112个。"]
    page = "2021年度党委书记抓基层党建工作述职报告\n一、履职情况\n" + "\n".join(points) + "\n二、存在问题\n一是措施不硬。"
    text = _clean(page).text
    assert all(p in text for p in points)
