"""The edges of a page (text/page_edges.py): teasers and blurbs above the speech's first line, junk below a
one-paragraph page; and what must stay there (titles, speaker lines, salutations, editor's notes, speech)."""

from __future__ import annotations

import pytest

from corpusmine.text import line_shape
from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.page_edges import is_anchor_line, is_head_teaser, page_edges
from corpusmine.text.rules import CleaningState
from corpusmine.text.speeches import speeches_of

BODY = "今天,我们召开全县人居环境整治推进会,主要任务是部署下一阶段工作。\n各乡镇要抓好村庄清洁行动,切实改善农村面貌。"


def _edges(text: str) -> str:
    st = CleaningState(text)
    page_edges(st)
    return st.doc.output


def test_the_moved_names_are_still_importable_from_line_shape():
    for name in ("page_edges", "is_edge_chrome", "is_tail_chrome", "is_count_widget"):
        assert getattr(line_shape, name) is not None
    assert line_shape.page_edges is page_edges


@pytest.mark.parametrize("teaser", [
    "核心提示:建设法治型政府,就是要坚持依法行政。各部门要严格执行有关规定。",
    "推荐阅读:同志们,安全生产责任重于泰山,我们必须时时抓、天天抓。",
    "【内容摘要】:会议强调,要扎实推进农村厕所革命。",
    "导语:全县召开创文推进会,部署迎检工作。",
])
def test_a_labelled_teaser_above_the_speech_goes_even_with_sentence_ends(teaser):
    page = f"在全县工作推进会上的讲话\n{teaser}\n同志们:\n{BODY}"
    assert _edges(page) == page.replace(teaser, "")          # the edge rule alone takes it
    out = clean_text(page)
    assert teaser.split(":")[0].strip("【】") not in out
    assert "同志们:" in out and "各乡镇要抓好村庄清洁行动,切实改善农村面貌。" in out


def test_a_site_blurb_in_the_speech_voice_above_the_salutation_goes():
    """The speech-voice guard keeps a blurb with 我们 in the body; above the speech it is the site's."""
    blurb = "在不断进步的时代,我们用到讲话稿的地方越来越多。以下是小编为大家整理的讲话稿,仅供参考。"
    out = _edges(f"乡镇消防工作会议讲话稿\n{blurb}\n同志们:\n{BODY}")
    assert "小编" not in out and "我们召开全县人居环境整治推进会" in out


def test_a_teaser_that_is_the_only_prose_on_the_page_stays():
    """Nothing is removed without a line of the speech after the teaser (a page that is all teaser)."""
    page = "某镇召开推进会\n摘要:4月22日,某镇召开乡村振兴推进会。"
    assert _edges(page) == page


def test_an_editors_note_is_part_of_the_article():
    page = "县委书记的一天\n编者按:抓好县委书记队伍建设,关系重大。\n让我们一起走近县委书记,走进他们的内心世界。"
    assert "编者按:抓好县委书记队伍建设,关系重大。" in _edges(page)


def test_a_teaser_below_the_first_line_of_the_speech_is_not_read_by_the_edges():
    page = f"同志们:\n{BODY}\n摘要:要抓好落实。\n要久久为功。"
    assert _edges(page) == page


@pytest.mark.parametrize("page", [
    # a speech that opens without a salutation
    "在全县创文推进会上的讲话\n(2023年6月1日)\n今天,我们召开全县创文推进会。\n各乡镇要抓好落实。",
    # a speaker line and a date line above the salutation
    "在全区安全生产月活动上的动员讲话\n某某区区长 某某\n(2023年6月1日)\n各位市民朋友,同志们:\n" + BODY,
    # a first paragraph without a sentence end
    "在全县乡村振兴推进会上的讲话\n同志们\n今天召开这次会议,部署下一阶段工作\n" + BODY,
    # site words inside the speech's prose
    "同志们:\n合作社要吸收更多农户成为会员,各村要点击下载县里统一印发的整治标准。\n首页工程要抓实抓细,切实改善农村面貌。",
])
def test_speech_at_the_head_stays(page):
    assert _edges(page) == page
    out = clean_text(page)
    for line in page.splitlines()[2:]:
        if line.endswith("。"):
            assert line in out


def test_a_collection_loses_its_blurb_and_keeps_its_speeches():
    page = ("创文讲话稿(精选2篇)\n下面是小编为大家整理的创文讲话稿,我们一起来看看吧,希望对大家有所帮助。\n"
            "创文讲话稿篇1\n同志们:\n要抓好背街小巷整治。\n要久久为功。\n"
            "创文讲话稿篇2\n各位领导、同志们:\n要抓好农贸市场改造。\n要常抓不懈。")
    doc = clean_document(page)
    assert "小编" not in doc.text
    speeches = speeches_of(doc)
    assert len(speeches) == 2
    assert "要抓好背街小巷整治。" in speeches[0].text and "要抓好农贸市场改造。" in speeches[1].text
    assert reconstruct(doc.text, doc.audit) == page


def test_junk_below_a_one_paragraph_page_goes_and_a_date_stays():
    """Regression (round 15): a record number below a page's only paragraph was left."""
    page = "9月13日,某镇妇联召开美丽庭院表彰会,要求各村抓好落实。\n|\n35058302350585号"
    assert _edges(page).strip() == "9月13日,某镇妇联召开美丽庭院表彰会,要求各村抓好落实。"
    dated = "9月13日,某镇妇联召开美丽庭院表彰会,要求各村抓好落实。\n2023.9.13\n(完)\n某镇妇联"
    assert _edges(dated) == dated


def test_is_head_teaser_and_is_anchor_line():
    assert is_head_teaser("核心提示:要坚持廉洁用权。") and is_head_teaser("仅供参考,欢迎阅读。")
    assert not is_head_teaser("编者按:抓好县委书记队伍建设,关系重大。")
    assert not is_head_teaser("今天,我们召开全县创文推进会。")
    assert is_anchor_line("今天,我们召开全县创文推进会。") and not is_anchor_line("创文推进会")


@pytest.mark.parametrize("site_line", ["热门教程", "某某网logo", "() - 在线查看《某某通讯》内容", "公文网 - 某某公文之家"])
def test_a_site_line_above_the_title_goes(site_line):
    page = f"{site_line}\n在全县消防工作会议上的讲话\n同志们:\n{BODY}"
    assert _edges(page) == page.replace(site_line, "", 1)


@pytest.mark.parametrize("head", [
    "习近平\n在全国组织工作会议上的讲话",                 # a speaker's name above the title
    "县委书记 某某\n在全县消防工作会议上的讲话",          # a speaker line with an office
    "坚持人民至上 守护万家平安\n在全县防汛工作会议上的讲话",  # a kicker (引题)
    "凝心聚力\n——在全县创文推进会上的讲话",              # a main title above a dashed subtitle
    "政府工作报\n告\n——2021年3月5日在全国人民代表大会上",  # a title broken over lines
    "(2023年6月1日)\n在全县防汛工作会议上的讲话",        # a date above the title
    "范文1\n在全县防汛工作会议上的讲话",                 # the first item of a collection
    "【第一篇】\n在全县防汛工作会议上的讲话",
])
def test_what_may_stand_above_the_title_stays(head):
    page = f"{head}\n同志们:\n{BODY}"
    assert _edges(page) == page


def test_a_widget_link_led_by_a_symbol_above_the_title_goes():
    page = f"- 微信扫码,关注《某某通讯》\n在全县消防工作会议上的讲话\n同志们:\n{BODY}"
    assert _edges(page) == page.replace("- 微信扫码,关注《某某通讯》", "", 1)


@pytest.mark.parametrize("row", ["查看完整版本: 某县召开深入推进农村“厕所革命”工作会议", "原文链接:http://example.gov.cn/a/2020/9/22/1.html",
                                 "来源/某某融媒体中心"])
def test_labelled_rows_and_links_below_the_speech_go(row):
    page = f"同志们:\n{BODY}\n{row}"
    assert _edges(page) == page.replace(row, "")


@pytest.mark.parametrize("closing", ["讲话人:某某", "谢谢大家!", "某某县人民政府办公室", "2023年5月6日"])
def test_closing_lines_below_the_speech_stay(closing):
    page = f"同志们:\n{BODY}\n{closing}"
    assert _edges(page) == page


@pytest.mark.parametrize("site_line", ["记 者 某某某", "本报记者 某某 某某", "某某发布", "某某零距离APP某某", "2019年某某banner嵌入"])
def test_site_lines_in_the_head_go(site_line):
    """Regression (round 15): a spaced reporter's credit, a government account's name, a Latin asset name."""
    page = f"某县召开秸秆禁烧工作会议\n{site_line}\n{BODY}"
    assert _edges(page) == page.replace(site_line, "", 1)


@pytest.mark.parametrize("line", ["县委书记 某某", "在2023 APEC会议上的讲话", "某县召开新闻发布会", "WTO规则与地方实践", "记者节座谈会"])
def test_speaker_and_title_lines_in_the_head_stay(line):
    page = f"{line}\n{BODY}"
    assert _edges(page) == page


def test_a_placeholder_glued_to_chinese_is_not_a_site_word():
    page = f"xxx镇人民政府\n{BODY}"
    assert _edges(page) == page


def test_a_placeholder_line_above_the_title_stays():
    page = f"xx县xx镇\n在全镇消防工作会议上的讲话\n同志们:\n{BODY}"
    assert _edges(page) == page


@pytest.mark.parametrize("prompt", ["扫码关注某某公众号,获取更多资讯", "打开微信,点击底部的“发现”,", "打开APP\n前往,阅读体验更佳"])
def test_share_and_app_prompts_below_the_speech_go(prompt):
    """Regression (round 15): prompts with commas below the article were read as the speech's unfinished last lines."""
    page = f"同志们:\n{BODY}\n{prompt}"
    assert _edges(page).rstrip("\n") == f"同志们:\n{BODY}"


@pytest.mark.parametrize("closing", ["各村要通过微信群及时把整治标准通知到每户村民。", "希望大家关注县政府公众号,积极参与创文。",
                                     "谢谢大家对本网的支持!", "网页浏览量不是目的,来源可靠才是根本。"])
def test_closing_sentences_with_site_words_stay(closing):
    page = f"同志们:\n{BODY}\n{closing}"
    assert _edges(page) == page


def test_a_first_sentence_of_the_speech_with_a_blurb_word_stays():
    page = f"在全县档案工作会议上的讲话\n今年以来,我们精心整理了全县各乡镇的历史档案。\n{BODY}"
    assert _edges(page) == page


# ---------------------------------------------------------------- a host's script keeps its programme (regressions)

@pytest.mark.parametrize("line", ["下面进行第二项议程", "请市长某某讲话", "下面请欣赏舞蹈《春天》", "表演者:县文化馆",
                                  "演唱者:某某", "散会", "接下来有请获奖代表上台领奖"])
def test_a_host_scripts_programme_lines_at_the_end_of_the_page_stay(line):
    raw = ("在全县乡村振兴表彰大会上的主持词\n同志们:\n今天我们召开全县乡村振兴表彰大会。\n"
           "刚才,某某书记作了重要讲话,请大家认真抓好落实。\n" + line + "\n会议到此结束")
    doc = clean_document(raw)
    assert line in doc.text
    assert reconstruct(doc.text, doc.audit) == raw


def test_related_titles_below_a_host_script_still_go():
    raw = ("同志们:\n今天我们召开全县乡村振兴表彰大会。\n刚才,某某书记作了重要讲话,请大家认真抓好落实。\n散会\n"
           "相关文章\n县长在乡村振兴工作会议上的讲话稿")
    out = clean_text(raw)
    assert "散会" in out and "相关文章" not in out and "讲话稿" not in out


# ---------------------------------------------------------------- a heading opening the page (regression)

@pytest.mark.parametrize("heading", ["加强组织领导", "压实工作责任", "强化督查考核"])
def test_a_directive_heading_opening_an_excerpt_is_not_a_column_name(heading):
    raw = heading + "\n今年以来,全县上下认真贯彻落实乡村振兴战略,取得了明显成效。\n各乡镇要把责任扛在肩上。"
    assert clean_text(raw).startswith(heading)


def test_a_column_name_opening_a_news_page_still_goes():
    raw = "区情快递\n8月14日上午,区文明办召开测评迎检协调会。\n会议要求各单位压实责任。"
    assert not clean_text(raw).startswith("区情快递")
