"""Betting brands, jammer lines, citation rows, preview notices, edit stamps, mobile tags, slash credits, reporters'
lines, split bylines, a unit before its date, speakers' captions, comment boxes, account links and brand lists
(text/spam_brands.py, text/citation_rows.py, text/credit_lines.py, text/widget_lists.py), learned from development
round chrome26 (the held-out round 29).

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner, also with the page flattened.
"""

from __future__ import annotations

import pytest

from corpusmine.text import citation_rows, credit_lines, spam_brands, widget_lists
from corpusmine.text.chrome_eval import speech_kept as kept
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines

SPEECH = "今天我们召开全县林长制工作推进会,主要任务是部署下一阶段的护林工作。"
PARA = "县长强调,各乡镇要压实责任,持续抓好松材线虫病防控,确保各项任务按时完成。"
BODY = "\n".join([SPEECH, PARA] * 3)


def _gone(chrome: str, out: str) -> bool:
    return all(part.strip() not in out for part in chrome.replace("|", "\n").split("\n") if len(part.strip()) >= 4)


def test_the_rules_are_in_the_cleaner_and_registered():
    from corpusmine.text import clean, county_chrome, line_shape, rules
    for rule in (spam_brands.spam_brands, citation_rows.citation_rows, credit_lines.credit_lines,
                 widget_lists.widget_lists, citation_rows.forum_names):
        assert rule in RULES
    assert RULES.index(credit_lines.credit_lines) < RULES.index(county_chrome.county_inline)
    assert RULES.index(line_shape.pinyin_glosses) < RULES.index(citation_rows.citation_rows)
    assert RULES.index(rules.front_matter) < RULES.index(citation_rows.forum_names)
    for name in ("spam_brands", "citation_rows", "credit_lines", "widget_lists"):
        assert name in clean._CLEANER_MODULES


# ---------------------------------------------------------------- betting brands

@pytest.mark.parametrize("brand", [
    "365bet中文资讯网_365游戏中心正式版_365bet资讯端",
    "365体育官网",
    "188体育滚球_188滚球直播-【亚洲最大娱乐平台】@@",
    "云开体育",
    "开云电子体育_开云(中国)",
])
def test_betting_brands_go_where_a_name_was(brand):
    page = f"{brand}\n6月1日上午{brand}召开全县林长制工作推进会。\n{SPEECH}\n{PARA}"
    out = clean_text(page)
    assert "6月1日上午召开全县林长制工作推进会。" in out
    assert kept(SPEECH, out) and kept(PARA, out)
    assert _gone(brand.replace("_", "\n").replace("-", "\n"), out), out


@pytest.mark.parametrize("speech", [
    "全年365天坚守岗位,要把2025体育强国建设大会办好。",
    "我们要拨开云雾见青天,看清体育产业发展方向。",
    "要打造群众喜爱的文化娱乐平台,丰富群众的业余生活。",
    "要严厉打击365bet等境外赌博网站,净化网络环境。",
])
def test_speech_with_betting_words_stays(speech):
    for flat in (None, "lines"):
        page = "\n".join([SPEECH, speech, PARA])
        out = clean_text(flatten_lines(page, flat) if flat else page)
        if "365bet" in speech:          # the brand itself goes; the sentence around it stays
            assert "要严厉打击" in out and "等境外赌博网站,净化网络环境。" in out
        else:
            assert kept(speech, out), out


def test_a_jammer_line_goes_and_a_repeating_sentence_stays():
    jam = "某内容2555某内容2555某内容 某内容2555某内容j某内容j注| 某内容j乐j城:某内容j某内容 |"
    out = clean_text(f"{SPEECH}\n{jam}\n{PARA}")
    assert "2555" not in out and kept(SPEECH, out) and kept(PARA, out)
    speech = "要抓好5G基站建设,抓好5G应用,抓好5G产业,抓好5G人才培养。"
    assert kept(speech, clean_text(f"{SPEECH}\n{speech}\n{PARA}"))


# ---------------------------------------------------------------- citation rows, notices, stamps, tags, credits

def test_a_citation_row_goes_and_a_journal_in_a_sentence_stays():
    for row in ("出处\n《某某环境监察》\n2022年第1期20-25,共6页", "《某某环境监察》 2022年第3期 第12-15页"):
        out = clean_text(f"{BODY}\n{row}")
        assert _gone(row, out) and kept(SPEECH, out), out
    speech = "《求是》杂志2022年第1期发表的重要文章,我们要认真学习。"
    assert kept(speech, clean_text(f"{SPEECH}\n{speech}\n{PARA}"))
    heading = "2022年第1期"           # an issue alone without pages or a journal: a heading, left to other rules
    assert citation_rows.citation_spans(f"{heading}\n{SPEECH}") == []


def test_a_preview_notice_goes_and_a_preview_in_speech_stays():
    note = "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的。"
    for flat in (None, "lines"):
        page = f"某某会议上的讲话\n{note}\n{BODY}"
        out = clean_text(flatten_lines(page, flat) if flat else page)
        assert "仅供预览" not in out and "下载后的文档" not in out and kept(SPEECH, out), out
    speech = "这份规划草案仅供预览和讨论,我们要下载文档后认真修改完善。"
    assert kept(speech, clean_text(f"{SPEECH}\n{speech}\n{PARA}"))


def test_an_edit_stamp_and_a_mobile_tag_go():
    page = f"本帖最后由 某某飞云 于 2015-4-13 00:37 编辑 {SPEECH}\n{PARA}(某某网手机版)"
    out = clean_text(page)
    assert "本帖最后由" not in out and "手机版" not in out and kept(SPEECH, out) and kept(PARA, out)
    speech = "要办好政务服务网手机版,让群众少跑腿;本帖最后一句话是:抓好落实。"
    assert kept(speech, clean_text(f"{SPEECH}\n{speech}\n{PARA}"))


def test_a_slash_credit_and_a_cut_mark_go_and_a_slash_in_speech_stays():
    out = clean_text(f"撰文/某某总会某某某秘书长\n{BODY}...")
    assert "撰文" not in out and not out.endswith("...") and kept(PARA, out)
    kept_ellipsis = clean_text(f"{BODY}\n让我们共同努力!……")
    assert kept_ellipsis.endswith("让我们共同努力!……")
    speech = "一、统一思想/提高认识"
    assert speech.replace("/", "") in clean_text(f"{speech}\n{BODY}").replace("/", "")


def test_a_forum_name_goes_on_a_printable_page_only():
    page = f"某某旅行-某某自助旅行论坛\n标题: 某某会议 [打印本页]\n{BODY}\n欢迎光临 某某旅行-某某自助旅行论坛 (http://f"
    assert "自助旅行论坛" not in clean_text(page)
    st = citation_rows.CleaningState(f"某某旅行论坛\n{BODY}\n欢迎光临 某某旅行论坛 (http://f")
    citation_rows.forum_names(st)
    assert st.doc.output.startswith("某某旅行论坛")        # not a printable page: the name is other rules' business


# ---------------------------------------------------------------- reporters, bylines, units, captions

def test_reporters_lines_go_and_the_lead_stays():
    page = (f"读懂大学“最后一课”本报记者 李某某 王某某又是一年毕业季,学子们告别校园。\n"
            f"某某新闻记者 张某某6月21日,某某大学毕业典礼举行。\n{BODY}\n要加强应急值守。融媒记者:某某")
    out = clean_text(page)
    assert "记者" not in out, out
    assert "又是一年毕业季,学子们告别校园。" in out and "6月21日,某某大学毕业典礼举行。" in out
    assert "要加强应急值守。" in out


@pytest.mark.parametrize("speech", [
    "本报记者 走进田间地头,了解春耕备耕进展。",
    "记者:请问今年有什么新安排?",
    "要关心关爱新闻记者,为他们采访报道创造条件。",
])
def test_speech_with_reporter_words_stays(speech):
    for flat in (None, "lines"):
        page = "\n".join([SPEECH, speech, PARA])
        out = clean_text(flatten_lines(page, flat) if flat else page)
        assert kept(speech, out), out


def test_a_flattened_byline_keeps_the_lead_that_follows_it():
    page = "活动取得圆满成功。 本报记者 胡某某 北国冰城哈尔滨,虽以欧陆风情著称于世,但城市形象有待提升。"
    out = clean_text(page)
    assert "北国冰城哈尔滨,虽以欧陆风情著称于世,但城市形象有待提升。" in out


def test_split_bylines_go():
    for byline in ("伍某某 某某县 报导", "伍某某\n某某县\n报导"):
        out = clean_text(f"某县召开环保研讨会\n{byline}\n{BODY}")
        assert "报导" not in out and kept(SPEECH, out), out
    for speech in ("新闻 宣传报道", "大力宣传 正面报道"):        # headings of two phrases: no name and place
        st = credit_lines.CleaningState(f"{speech}\n{BODY}")
        credit_lines.credit_lines(st)
        assert st.doc.output.startswith(speech)


def test_a_unit_before_its_date_goes():
    out = clean_text(f"某某市统计局 发布时间: 2025-09-23 15:31\n{BODY}")
    assert "统计局" not in out and "发布时间" not in out and kept(SPEECH, out)
    speech = "市统计局要及时发布统计数据,发布时间要提前公告。"
    assert kept(speech, clean_text(f"{SPEECH}\n{speech}\n{PARA}"))


def test_speakers_captions_go_in_a_run_and_headings_stay():
    caps = "全国政协委员、某某大学教授、某某中心主任张某某致辞\n某某省教育厅党组成员、副厅长仲某某致辞\n某某区委常委、副区长李某某致辞"
    out = clean_text(f"{BODY}\n领导致辞\n{caps}")
    assert _gone(caps, out) and kept(PARA, out), out
    for title in ("县委书记在全县大会上的讲话", "毕业典礼校长致辞", "某某同志在开幕式上的致辞"):
        assert credit_lines.speaker_caption_spans(f"{title}\n{title}\n{SPEECH}") == []
    one = "某某区委常委、副区长李某某致辞"     # a single line: the caption rules' business, not this run's
    assert credit_lines.speaker_caption_spans(f"{SPEECH}\n{one}\n{PARA}") == []


# ---------------------------------------------------------------- comment boxes, account links, brand lists

def test_comment_boxes_and_account_links_go():
    page = f"登 入\n\n加入最爱\n{BODY}#\n文章回应\n目前尚无回应,成为第一个回应的人吧!\n回应本篇文章! ("
    out = clean_text(page)
    assert "登" not in out and "最爱" not in out and "尚无回应" not in out and "本篇文章" not in out
    assert not out.rstrip().endswith("#") and kept(PARA, out)


@pytest.mark.parametrize("speech", [
    "目前尚无回应的群众诉求,要在三个工作日内办结。",
    "对群众的留言要及时回应,不能让群众久等。",
    "要引导群众登录政务服务网,把事项办在网上。",
])
def test_speech_with_widget_words_stays(speech):
    for flat in (None, "lines"):
        page = "\n".join([SPEECH, speech, PARA])
        out = clean_text(flatten_lines(page, flat) if flat else page)
        assert kept(speech, out), out


def test_a_brand_list_goes_and_headings_of_two_phrases_stay():
    lists = "某州日报 东江时报 小某同学\n某州头条 掌中某州\n东江研究院 某某图片社\n东江联盟 某某公司 某某中心 某某画院"
    out = clean_text(f"{lists}\n{BODY}")
    assert _gone(lists.replace(" ", "\n"), out) and kept(SPEECH, out), out
    heads = "统一思想 提高认识\n强化措施 狠抓落实"
    out = clean_text(f"{heads}\n{BODY}")
    assert "统一思想" in out and "强化措施" in out


def test_every_removal_is_audited():
    page = ("365体育官网\n本帖最后由 某某 于 2015-4-13 00:37 编辑\n某某市统计局 发布时间: 2025-09-23 15:31\n"
            f"{BODY}\n出处\n《某某监察》\n2022年第1期20-25,共6页\n目前尚无回应,成为第一个回应的人吧!")
    doc = clean_document(page)
    rules = set(doc.audit["rule"])
    assert {"betting_brand", "edit_stamp", "meta_row", "citation_row", "comment_widget"} <= rules
    assert reconstruct(doc.text, doc.audit) == page
