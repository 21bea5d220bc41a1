"""Multi-speech pages split into speeches; truncated speeches marked (issue 13, point 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmine.text.clean import clean_document
from corpusmine.text.decode import read_text
from corpusmine.text.speeches import collection_size, find_truncations, item_heading, speeches_of, split_speeches

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

BODY_A = "同志们：\n今天我们召开全县人居环境整治推进会，主要任务是总结前一阶段工作。\n一、提高站位\n要把农村垃圾污水治理抓实抓细。"
BODY_B = "各位领导、同志们：\n创文工作已经到了攻坚之年，我们要背水一战。\n二要压实责任，对问题台账逐项销号。"
BODY_C = "同志们：\n撂荒地整治关系粮食安全，各乡镇要逐块核实、逐块复耕。"


def titles(text, **kw):
    return [(s.title, s.rule) for s in split_speeches(text, **kw)]


@pytest.mark.parametrize(
    "heads",
    [
        ["致辞1", "致辞2", "致辞3"],
        ["表态发言1", "表态发言2", "表态发言3"],
        ["讲话稿一", "讲话稿二", "讲话稿三"],
        ["篇一", "篇二", "篇三"],
        ["【篇1】", "【篇2】", "【篇3】"],
        ["第一篇", "第二篇", "第三篇"],
        ["范文1：", "范文2：", "范文3："],
    ],
)
def test_numbered_items_split_a_collection(heads):
    page = "\n".join(f"{h}\n{b}" for h, b in zip(heads, (BODY_A, BODY_B, BODY_C)))
    found = split_speeches(page, page_title="人居环境整治讲话(精选3篇)")
    assert [s.text for s in found] == [BODY_A, BODY_B, BODY_C]
    assert [s.rule for s in found] == ["item"] * 3
    assert [s.heading for s in found] == heads


def test_item_titles_on_the_line_or_the_next_one():
    page = (
        "第一篇：在全县人居环境整治推进会上的讲话\n" + BODY_A + "\n"
        "【第2篇】\n在全市创文攻坚动员会上的表态发言\n" + BODY_B
    )
    found = split_speeches(page)
    assert [s.title for s in found] == ["在全县人居环境整治推进会上的讲话", "在全市创文攻坚动员会上的表态发言"]
    assert found[1].heading == "【第2篇】\n在全市创文攻坚动员会上的表态发言"
    assert found[1].text == BODY_B


def test_collection_title_before_the_items_is_not_a_speech():
    page = "乡村振兴表态发言(通用2篇)\n表态发言1\n" + BODY_A + "\n表态发言2\n" + BODY_C
    assert [s.text for s in split_speeches(page)] == [BODY_A, BODY_C]


def test_numbered_titles_followed_by_a_salutation():
    page = (
        "1.在全县人居环境整治推进会上的讲话\n" + BODY_A + "\n"
        "2.在全市创文攻坚动员会上的讲话\n" + BODY_B + "\n"
        "3.在撂荒地整治现场会上的讲话\n" + BODY_C
    )
    found = split_speeches(page)
    assert [s.title for s in found] == [
        "在全县人居环境整治推进会上的讲话", "在全市创文攻坚动员会上的讲话", "在撂荒地整治现场会上的讲话"
    ]
    assert [s.text for s in found] == [BODY_A, BODY_B, BODY_C]


@pytest.mark.parametrize(
    "closing",
    ["谢谢大家！", "以上讲话，不妥之处，请各位领导批评指正。", "我就讲这些，谢谢。", "我就讲这么多。"],
)
def test_appended_speech_after_a_closing_formula(closing):
    # a title line without a salutation after it
    page = BODY_A + "\n" + closing + "\n在全市创文攻坚动员会上的讲话\n今天召开动员会，要打赢创文攻坚战。\n要把牛皮癣清理干净。"
    found = split_speeches(page, page_title="人居环境整治讲话")
    assert titles(page, page_title="人居环境整治讲话") == [("人居环境整治讲话", "page"), ("在全市创文攻坚动员会上的讲话", "closing")]
    assert found[0].text.endswith(closing)
    # a salutation of its own, no title
    page = BODY_A + "\n" + closing + "\n" + BODY_C
    assert [s.text for s in split_speeches(page)] == [BODY_A + "\n" + closing, BODY_C]


@pytest.mark.parametrize(
    "page",
    [
        # a single speech with numbered sections
        "同志们：\n一、提高站位\n要抓实抓细。\n二、压实责任\n要久久为功。\n三、强化督导\n要严格考核。",
        "同志们：\n第一，要用心思考。\n第二，要用力干事。\n第三，要用情担当。",
        # 篇 inside sentences
        "同志们：\n要写好乡村振兴这篇大文章。\n要做好两项改革“后半篇”文章，第一篇章已经写就。\n篇篇都是好文章。",
        # a salutation inside the speech, after a section heading and a sentence
        "同志们：\n要抓好落实。\n同志们，一分部署，九分落实。\n一、提高站位\n同志们：\n要久久为功。",
        # one item line only is not a collection
        "讲话稿一\n同志们：\n要抓好人居环境整治。",
        # items out of sequence are not a collection
        "致辞3\n同志们：\n要抓好落实。\n致辞7\n各位来宾：\n欢迎大家。",
        # thanks in the middle, then the speech goes on
        "同志们：\n感谢大家的辛勤付出，谢谢大家！\n下面，我讲三点意见。\n要抓实抓细。",
    ],
)
def test_single_speeches_are_not_split(page):
    found = split_speeches(page, page_title="在全县人居环境整治推进会上的讲话")
    assert len(found) == 1
    assert found[0].text == page


def test_items_from_two_when_the_cleaner_removed_the_first_line():
    page = clean_document(
        "城乡环境综合整治讲话稿(精选3篇)\n讲话稿1\n" + BODY_A + "\n讲话稿2\n" + BODY_B + "\n讲话稿3\n" + BODY_C
    )
    found = speeches_of(page)
    assert [s.text for s in found] == [BODY_A, BODY_B, BODY_C]
    assert [s.title for s in found] == ["讲话稿1", "讲话稿2", "讲话稿3"]
    assert collection_size(page.page_title) == 3


@pytest.mark.parametrize(
    "notice, total, shown, missing",
    [
        ("(未完,全文共6606字,当前仅显示2320字,请阅读下面全文)", 6606, 2320, 4286),
        ("本文共4733字,仅供站内会员下载查看", 4733, None, None),
        ("预览结束,免费获取全文请登录", None, None, None),
        ("试读结束,开通会员阅读全文", None, None, None),
        ("因篇幅问题不能全部显示,请点此查看更多更全内容", None, None, None),
        ("(此处已隐藏1200字)", None, None, 1200),
        ("……剩余3页未读,继续阅读", None, None, None),
    ],
)
def test_truncation_notices_and_their_counts(notice, total, shown, missing):
    page = "同志们：\n要抓好撂荒地整治。\n要抓好人居环境整" + notice
    (t,) = find_truncations(page)
    assert (t.chars_total, t.chars_shown, t.chars_missing) == (total, shown, missing)
    assert page[t.start:t.end].strip() == t.notice


@pytest.mark.parametrize(
    "notice, pages_total, pages_shown, pages_missing",
    [
        ("……剩余3页未读,继续阅读", None, None, 3),
        ("试读结束,已阅读5页,还剩12页未读", 17, 5, 12),
        ("温馨提示:当前文档最多只能预览5页,此文档共10页,请下载原文档以浏览全部内容。", 10, 5, 5),
        ("本文档仅可免费预览前3页,共8页,下载后查看全文", 8, 3, 5),
        ("(未完,全文共6606字,当前仅显示2320字,请阅读下面全文)", None, None, None),
    ],
)
def test_truncation_notices_state_pages_missing(notice, pages_total, pages_shown, pages_missing):
    """Regression: a notice counting pages (还剩3页未读) used to give no count at all."""
    page = "同志们：\n要抓好撂荒地整治。\n要抓好人居环境整治。\n" + notice
    (t,) = find_truncations(page)
    assert (t.pages_total, t.pages_shown, t.pages_missing) == (pages_total, pages_shown, pages_missing)


def test_a_speech_cut_by_a_page_limit_is_marked_with_the_pages_missing():
    raw = "讲话1\n" + BODY_C + "\n讲话2\n" + BODY_A + "\n试读结束,已阅读2页,还剩4页未读\n"
    found = speeches_of(clean_document(raw))
    assert [(s.truncated, s.pages_missing) for s in found] == [(False, None), (True, 4)]


@pytest.mark.parametrize(
    "text",
    ["这项工作尚未完成，要限期整改。", "各乡镇要完善长效机制，未完善的要补齐。", "全文共三个部分。", "请大家阅读全文，结束后讨论。",
     "这份材料共有12页，请同志们会后认真阅读。", "各村可以查看前3页的台账，剩余部分会后再核对。"],
)
def test_speech_sentences_are_not_truncation_notices(text):
    assert find_truncations(text) == []


def test_the_speech_that_the_notice_ends_is_marked():
    raw = (
        "乡村振兴讲话(精选2篇)\n讲话1\n" + BODY_C + "\n讲话2\n" + BODY_A + "\n"
        "(未完,全文共5000字,当前仅显示1800字)\n"
    )
    found = speeches_of(clean_document(raw))
    assert [(s.truncated, s.chars_total, s.chars_shown, s.chars_missing) for s in found] == [
        (False, None, None, None), (True, 5000, 1800, 3200)
    ]
    assert "未完" not in found[1].text
    # the first of two speeches cut off where the page stops showing text
    raw = "讲话1\n" + BODY_C + "\n预览结束,免费获取全文\n讲话2\n" + BODY_A
    found = speeches_of(clean_document(raw))
    assert [s.truncated for s in found] == [True, False]
    assert found[0].truncation_notice.startswith("预览结束")


def test_item_heading_rejects_sections_and_sentences():
    assert item_heading("致辞2") == (2, "致辞", "")
    assert item_heading("在全县人居环境整治推进会上的讲话 篇2") == (2, "篇", "在全县人居环境整治推进会上的讲话")
    for line in ["一、提高站位", "(二)压实责任", "第一，要用心思考", "第一书记要驻村工作", "要做好这篇大文章。"]:
        assert item_heading(line) is None


def test_seed_pages_split_exactly_as_the_cleaner_splits_them():
    n = {}
    for f in sorted(RAW.iterdir()):
        d = read_text(f)
        doc = clean_document(d.text, source_file=f.name, is_html=d.format == "html")
        found = speeches_of(doc)
        assert [(s.title, s.text) for s in found] == [(p.title, p.text) for p in doc.parts], f.name
        assert not any(s.truncated for s in found), f.name
        n[f.name] = len(found)
        if collection_size(doc.page_title):
            assert collection_size(doc.page_title) == len(found)
    assert sorted(n.values()) == [1, 1, 1, 2, 5]


# --- families learned from real collection pages (data/dev_pages_split.tsv); strings written here ---

GREET = "尊敬的各位来宾，各位朋友：\n欢迎大家来到乡村振兴示范村。\n祝大会圆满成功！"


@pytest.mark.parametrize("heads", [["致辞(1)", "致辞(2)"], ["讲话稿（一）", "讲话稿（二）"], ["【范例一】", "【范例二】"],
                                   ["例文1", "例文2"]])
def test_item_numbers_in_brackets_and_more_kinds(heads):
    page = f"{heads[0]}\n{GREET}\n{heads[1]}\n{BODY_B}"
    found = split_speeches(page)
    assert [s.text for s in found] == [GREET, BODY_B]
    assert [s.heading for s in found] == heads


def test_the_kind_word_stays_in_an_items_title():
    page = f"开幕式领导致辞(1)\n{GREET}\n开幕式领导致辞(2)\n{BODY_B}"
    assert [s.title for s in split_speeches(page)] == ["开幕式领导致辞", "开幕式领导致辞"]
    assert item_heading("人居环境整治讲话稿3") == (3, "讲话稿", "人居环境整治讲话稿")
    assert item_heading("人居环境整治讲话 篇3") == (3, "篇", "人居环境整治讲话")


def test_first_speech_of_a_collection_survives_the_cleaner():
    # its salutation is not 同志们: the cleaner must not take the whole first speech for front matter
    raw = f"乡村振兴致辞(精选2篇)\n乡村振兴致辞(1)\n{GREET}\n乡村振兴致辞(2)\n{BODY_B}"
    found = speeches_of(clean_document(raw))
    assert [s.text for s in found] == [GREET, BODY_B]


def test_bare_numerals_split_only_where_each_opens_a_speech():
    page = "一：\n县委宣传部部长\n今天举办演讲比赛，我讲两点。\n谢谢大家！\n二：\n各位老师、同学们：\n大家下午好。"
    found = split_speeches(page)
    assert [s.text.splitlines()[0] for s in found] == ["县委宣传部部长", "各位老师、同学们："]
    assert [s.title for s in found] == ["", ""]
    # numbered points of one speech: a numeral line followed by sentences
    page = "同志们：\n一：\n要提高站位，抓实抓细。\n二：\n要压实责任，久久为功。"
    assert len(split_speeches(page)) == 1


def test_bylines_between_a_title_and_its_salutation():
    page = (BODY_A + "\n谢谢大家！\n在全市创文攻坚动员会上的讲话\n——市委书记 张三\n（2021年3月15日）\n" + BODY_B)
    found = split_speeches(page, page_title="在全县推进会上的讲话")
    assert [(s.title, s.rule) for s in found] == [("在全县推进会上的讲话", "page"),
                                                  ("在全市创文攻坚动员会上的讲话", "title_salutation")]
    # the byline and the dateline stay in the speech: its metadata is read from them
    assert found[1].text.startswith("——市委书记 张三\n（2021年3月15日）\n各位领导")


def test_a_title_with_its_subtitle():
    page = BODY_A + "\n讲话完毕。\n凝心聚力 共建文明城市\n——在全市创文推进会上的讲话\n各位代表、同志们：\n要打赢创文攻坚战。"
    found = split_speeches(page)
    assert found[1].title == "凝心聚力 共建文明城市"
    assert found[1].heading == "凝心聚力 共建文明城市\n——在全市创文推进会上的讲话"
    assert found[1].text == "各位代表、同志们：\n要打赢创文攻坚战。"


@pytest.mark.parametrize("salutation", ["尊敬的各位领导、各位来宾：", "女士们、先生们：", "老师们、同学们：", "各位乡亲们，大家好！",
                                        "尊敬的王先生、各位嘉宾："])
def test_salutation_family(salutation):
    page = BODY_C + "\n谢谢大家！\n在撂荒地整治现场会上的讲话\n" + salutation + "\n要逐块核实、逐块复耕。"
    assert len(split_speeches(page)) == 2


@pytest.mark.parametrize("line", ["（三）加强组织领导：", "我们：", "二要压实责任："])
def test_section_lines_ending_in_a_colon_are_not_salutations(line):
    page = "同志们：\n要抓好落实。\n在全县推进会上的讲话\n" + line + "\n要久久为功。"
    assert len(split_speeches(page)) == 1


@pytest.mark.parametrize("closing", ["我的发言完毕，谢谢！", "讲话完毕。", "祝本次大会圆满成功！", "干杯！"])
def test_more_closing_formulas(closing):
    page = BODY_C + "\n" + closing + "\n在全市创文攻坚动员会上的讲话\n今天召开动员会，要打赢创文攻坚战。"
    assert [s.rule for s in split_speeches(page)] == ["page", "closing"]


def test_outline_and_editor_lead_in_are_front_matter():
    outline = "目录/提纲\n一、提高政治站位\n（一）深刻领会重大意义\n（二）取得阶段成效\n二、正视问题短板\n三、聚焦重点任务"
    page = outline + "\n在全县乡村振兴推进会上的讲话\n" + BODY_A
    assert [(s.title, s.text) for s in split_speeches(page)] == [("在全县乡村振兴推进会上的讲话", BODY_A)]
    page = "下面是小编为大家整理的讲话稿，供大家参考。\n在全县乡村振兴推进会上的讲话\n" + BODY_A
    assert [s.text for s in split_speeches(page)] == [BODY_A]


@pytest.mark.parametrize(
    "notice, total",
    [("预览阅读已结束,若您需要写相关文章,请扫码联系老师写作!", None), ("【文章共1471字,精选参考范文,仅供学习借鉴】", 1471)],
)
def test_notices_of_the_cleaners_family_and_article_counts(notice, total):
    page = "同志们：\n要抓好撂荒地整治。\n" + notice
    (t,) = find_truncations(page)
    assert page[t.start:t.end].strip() == t.notice and t.notice.startswith(notice[:6])
    assert t.chars_total == total
