"""Session aa: families left by held-out rounds 85k-96 (learned after their measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text import patterns as P
from corpusmine.text.breadcrumbs import crumb_labels
from corpusmine.text.clean import clean_text
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_notices import doc_notice_lines
from corpusmine.text.photo_credits import photo_credits
from corpusmine.text.reading_aids import reading_aids
from corpusmine.text.page_edges import is_anchor_line
from page_shapes import FIRST, SECOND, THIRD, kept as _kept


# --- a flattened page: the speech's opening lines are no page head -------------------------------------------------

@pytest.mark.parametrize("line", ["同学们,老师们、家长们:", "各位来宾、各位家长们:", "大家好!", "大家上午好！", "同志们晚上好!"])
def test_a_salutation_or_a_greeting_alone_on_its_line_anchors_the_speech(line):
    assert is_anchor_line(line)


@pytest.mark.parametrize("line", ["我们:", "首页 > 同学们", "家长们", "大家好吗"])
def test_a_pronoun_a_crumb_or_a_question_anchors_nothing(line):
    assert not is_anchor_line(line)


def test_a_sentence_broken_at_its_typeset_numbers_below_the_greeting_stays_whole():
    # round 85k: a flattened page, the speech's first sentence with a placeholder year and counts between spaces
    page = ("某某学院校长在毕业典礼上的讲话 1 老师们、家长们,同学们: 大家好! 今天,我们在这里隆重举行毕业典礼,庆祝 20xx "
            "届的 2318 名本科生、96名专科生、415 名硕士生顺利完成学业。 首先,我代表学校向同学们表示热烈的祝贺!")
    out = clean_text(page)
    assert "庆祝〔某〕届的2318名本科生、96名专科生、415名硕士生顺利完成学业。" in out
    assert "首先,我代表学校向同学们表示热烈的祝贺!" in out


def test_a_count_of_people_after_a_list_comma_keeps_its_unit_on_the_line():
    page = "某某网 首页 新闻 同志们: 今天全镇12个村、3614 名党员参加了活动。 要抓好落实,确保取得实效。 谢谢大家!"
    out = clean_text(page)
    assert "今天全镇12个村、3614名党员参加了活动。" in out


# --- round 96: families learned after its measurement -------------------------------------------------------------

def test_a_sites_blurb_naming_itself_goes_with_the_genre_sentence_before_it():
    page = "\n".join(["某某街道创建文明城市演讲稿",
                      "创建文明城市是我们每个人的责任。以下是某某网带来的街道创建文明城市演讲稿,希望大家喜欢。",
                      "尊敬的各位领导、评委:", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert "某某网带来的" not in out and "每个人的责任" not in out
    assert _kept(out)


@pytest.mark.parametrize("line", ["以下是县政府网站提供的统计数据。", "以下是县政府网站整理的群众意见。"])
def test_a_speaker_citing_a_website_is_no_editor_blurb(line):
    assert not P.EDITOR.search(line)


def test_a_picture_caption_and_its_credit_glued_before_a_paragraph_go_and_the_paragraph_stays():
    page = "\n".join(["同志们:", FIRST, "图为全县秸秆禁烧工作会议现场。王某摄" + SECOND, THIRD])
    out = clean_text(page)
    assert "图为" not in out and "王某摄" not in out
    assert _kept(out)


def test_a_speakers_sentence_opening_with_tuwei_and_a_credit_word_is_no_caption():
    line = "图为我们拍下全县变化的王某摄影师,他要把镜头对准基层。"
    st = CleaningState("\n".join(["同志们:", FIRST, line, THIRD]))
    photo_credits(st)      # the glued-caption rule alone (a whole line opening with 图为 is read by the caption rules)
    assert line in st.doc.output


@pytest.mark.parametrize("slogan", ["公文汇,办公文档之家", "稿子汇,范文学习文库"])
def test_a_template_sites_name_with_its_slogan_goes_alone_and_glued_after_a_sentence(slogan):
    page = "\n".join(["同志们:", slogan, FIRST, f"{SECOND} {slogan}", THIRD])
    out = clean_text(page)
    assert slogan not in out and _kept(out)


def test_a_site_name_and_its_column_before_the_title_go_when_the_title_follows():
    page = "\n\n".join(["某章网 资料文库 县长在秸秆禁烧工作会议上讲话范文", "县长在秸秆禁烧工作会议上讲话范文",
                        "县长在秸秆禁烧工作会议上讲话", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert "资料文库" not in out and _kept(out)


def test_a_documents_chunk_numbers_go_when_a_scraper_split_the_chunk_before_them():
    body = ("1、某公司在扬尘治理工作会议上的表态发言 尊敬的各位领导,同志们: " + FIRST + " 第一,迅速行动。" + SECOND
            + " 第二,突出重点。督促施工单位按标准设置连续、封闭的\n2、硬质围挡,实行封闭管理,定期洒水降尘。" + THIRD)
    out = clean_text(body)
    assert "2、" not in out and "硬质围挡,实行封闭管理" in out
    assert _kept(out)


def test_a_speechs_numbered_headings_stay():
    page = "\n".join(["同志们:", FIRST, "1、提高思想认识", "2、加强组织领导", "3、强化督查考核", SECOND, THIRD])
    out = clean_text(page)
    assert "1、提高思想认识" in out and "2、加强组织领导" in out and "3、强化督查考核" in out


def test_a_converted_documents_running_header_goes_even_inside_a_word():
    page = "\n".join(["1、精品文档 秸秆禁烧工作会议讲话 " + FIRST,
                      "青年志愿者行动是共青团组织弘精品文档扬新风、服务社会的重要形式。" + SECOND, THIRD])
    out = clean_text(page)
    assert "精品文档" not in out and "弘扬新风" in out and _kept(out)


@pytest.mark.parametrize("prompt", ["新来的客人请【点此注册】加入", "游客请点击注册成为会员"])
def test_a_guests_registration_prompt_goes(prompt):
    out = clean_text("\n".join(["同志们:", FIRST, SECOND + "……", "全文共1737字,仅供站内会员学习参考", prompt]))
    assert "注册" not in out and FIRST in out


def test_a_speaker_inviting_friends_to_register_keeps_the_sentence():
    line = "欢迎更多新朋友注册加入志愿者队伍,共同守护蓝天。"
    assert line in clean_text("\n".join(["同志们:", FIRST, SECOND, line, THIRD]))


@pytest.mark.parametrize("line", ["某章网 资料文库 县长在秸秆禁烧工作会议上讲话范文", "某某文库 县长在秸秆禁烧工作会议上的讲话"])
def test_a_site_and_column_line_before_a_title_reads_as_a_site_title_line(line):
    assert P.SITE_TITLE_LINE.match(line)


def test_a_title_that_names_a_website_is_no_site_title_line():
    assert not P.SITE_TITLE_LINE.match("县长在全县政府网站建设工作会议上的讲话")


@pytest.mark.parametrize("prompt", ["新来的客人请【点此注册】加入", "游客请点击注册成为会员"])
def test_a_guests_registration_prompt_reads_as_a_login_prompt(prompt):
    assert P.LOGIN.search(prompt)


# --- a reading site's aids (text/reading_aids.py; rounds 89 and 93-96) ----------------------------------------------

def test_a_textbooks_inline_notes_go_and_the_speech_around_them_stays():
    page = ("同志们:\n这几天,大家晓得,在某地出现了最卑劣的事情!王先生〔王先生〕指王某(1900—1946),某县人,民主人士。"
            "1946年7月在某地被特务杀害。究竟犯了什么罪,竟遭此毒手?这是某集团〔某集团〕指某反动派。的无耻!"
            "去年“一二·一②〔一二·一〕1945年12月1日,某地学生罢课。”某地青年学生为了反对内战,遭受屠杀。")
    out = clean_text(page)
    assert "〔" not in out and "指王某" not in out and "指某反动派" not in out and "学生罢课" not in out
    for kept in ("在某地出现了最卑劣的事情!", "究竟犯了什么罪,竟遭此毒手?", "这是某集团的无耻!", "遭受屠杀。"):
        assert kept in out


def test_a_document_numbers_year_and_the_placeholder_in_brackets_stay():
    line = "要按照某政发〔2021〕12号文件要求,于〔某〕年底前完成任务。"
    assert line in clean_text("\n".join(["同志们:", FIRST, line, THIRD]))


@pytest.mark.parametrize("title, kept_title", [("十佳班主任演讲稿4篇(2)", "十佳班主任演讲稿4篇"),
                                               ("幼儿园家长会发言稿怎么写?( 九 )", "幼儿园家长会发言稿怎么写?"),
                                               ("学问之趣味（1）", "学问之趣味")])
def test_a_titles_page_number_goes_and_the_title_stays(title, kept_title):
    st = CleaningState("\n".join([title, "同志们:", FIRST, SECOND, THIRD]))
    reading_aids(st)
    assert st.doc.output.split("\n")[0] == kept_title


def test_a_collections_numbered_part_headings_stay_for_the_splitter():
    page = "\n".join(["禁烧会议讲话(1)", "同志们:", FIRST, SECOND, "禁烧会议讲话(2)", "同志们:", THIRD])
    st = CleaningState(page)
    reading_aids(st)
    assert st.doc.output == page


# --- round 97: families learned after its measurement -------------------------------------------------------------

@pytest.mark.parametrize("brand", ["8797威尼斯老品牌", "彩神iv争霸8"])
def test_a_casino_or_lottery_brand_injected_for_the_schools_name_goes(brand):
    line = f"因为我们{brand}又有一批同学顺利毕业了!"
    out = clean_text("\n".join(["尊敬的老师们,亲爱的同学们:", FIRST, line, THIRD]))
    assert brand not in out and "因为我们又有一批同学顺利毕业了!" in out


def test_venice_named_by_a_speaker_stays():
    line = "我们要学习威尼斯双年展的办展经验,把文化节办出特色。"
    assert line in clean_text("\n".join(["同志们:", FIRST, line, THIRD]))


def test_the_breadcrumbs_last_crumb_alone_above_a_longer_title_goes():
    page = "\n".join(["当前位置:某某稿子>> 讲话发言>> 政府讲话", "政府讲话", "某县秸秆禁烧工作电视讲话", "同志们:", FIRST, SECOND, THIRD])
    assert "政府讲话" not in clean_text(page) and _kept(clean_text(page))
    st = CleaningState(page)
    crumb_labels(st)        # the rule itself (on this short page the page's head rules would take the line too)
    assert "\n政府讲话\n" not in st.doc.output and "\n某县秸秆禁烧工作电视讲话\n" in st.doc.output


def test_the_breadcrumbs_last_crumb_that_is_the_title_above_its_subtitle_is_not_taken_as_a_column():
    st = CleaningState("\n".join(["首页 > 讲话稿 > 开学致辞", "开学致辞", "——在2023年秋季开学典礼上的讲话", "同学们:", FIRST]))
    crumb_labels(st)
    assert "\n开学致辞\n" in st.doc.output


def test_a_category_crumb_between_two_slashed_names_goes():
    page = "\n".join(["某某讲话.doc_第1页", "文档简介", "文秘知识/会议发言稿", "同志们:", FIRST, SECOND, THIRD])
    assert "文秘知识" not in clean_text(page) and _kept(clean_text(page))
    st = CleaningState(page)
    doc_notice_lines(st)    # the rule itself
    assert "文秘知识/会议发言稿" not in st.doc.output and FIRST in st.doc.output


def test_two_words_with_a_slash_in_a_speech_stay():
    line = "要统筹推进党建/业务两手抓,确保责任落实到位。"
    st = CleaningState("\n".join(["同志们:", FIRST, line, "党建/业务", THIRD]))
    doc_notice_lines(st)
    assert line in st.doc.output and "\n党建/业务\n" in st.doc.output


# --- round 98: families learned after its measurement -------------------------------------------------------------

def test_a_bare_item_label_glued_to_a_short_speechs_greeting_goes_and_the_speech_stays():
    # before: a label line's "title" ran to the line's end, so a short speech glued to 第1篇 went whole as a heading
    page = ("某工程开工仪式致辞(3篇)\n\n第1篇大家好!今天,我们在这里隆重举行某工程开工仪式,我代表建设单位表示热烈欢迎。"
            "希望大家共同努力。\n\n第2篇大家好!今天,我们在这里隆重举行某工程开工仪式,我代表施工单位表示感谢。谢谢大家!")
    out = clean_text(page)
    assert "第1篇" not in out and "第2篇" not in out
    assert "我代表建设单位表示热烈欢迎。" in out and "我代表施工单位表示感谢。" in out


@pytest.mark.parametrize("line, heading", [("第1篇:奋斗吧,青春!", True), ("【篇一】", True), ("范文2 在全县大会上的讲话", True),
                                           ("第1篇大家好!今天我们召开大会。", False), ("范文1同志们,今天召开大会。要抓落实。", False)])
def test_a_part_heading_holds_no_sentence_of_the_speech(line, heading):
    assert any(p.match(line) for p in P.PART_HEADING) is heading


@pytest.mark.parametrize("note", ["(单字替换)", "(名称替换)", "(一个伟人的名字加最高职务,你可以前后对照进行准确替换)"])
def test_a_template_sites_substitution_note_goes_and_the_sentence_stays(note):
    line = f"事故发生后,省、州、县各级{note}委、政府高度重视,立即启动应急预案。"
    out = clean_text("\n".join(["同志们:", FIRST, line, THIRD]))
    assert "替换" not in out and "事故发生后,省、州、县各级委、政府高度重视,立即启动应急预案。" in out


def test_a_speaker_on_replacing_old_equipment_keeps_the_bracket():
    line = "要加快老旧设备更新(以旧换新、淘汰替换),确保安全生产。"
    assert line in clean_text("\n".join(["同志们:", FIRST, line, THIRD]))


def test_a_converted_documents_slogan_footer_with_its_page_number_goes():
    footer = "2016全新精品资料-全新公文范文-全程指导写作–独家原创9"
    out = clean_text("\n".join(["同志们:", FIRST + footer, SECOND, THIRD]))
    assert "精品资料" not in out and _kept(out)


def test_a_download_notice_list_whose_site_says_we_goes_whole_with_its_label():
    page = "\n".join(["下载提示", "  • 1.该资料是网友上传的,本站提供全文预览,预览什么样,下载就什么样。",
                      "  • 2.下载该文档所得收入归上传者、原创者。", "  • 3.下载的文档,不会出现我们的网址水印。",
                      "同志们:", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert "下载" not in out and "水印" not in out and _kept(out)


def test_a_posting_stamp_glued_to_the_titles_end_and_a_viewers_tabs_go():
    page = "\n".join(["文档列表 文档介绍", "某县秸秆禁烧工作会议讲话2007-02-08 08:04:03", "同志们:", FIRST, SECOND, THIRD])
    st = CleaningState(page)
    doc_notice_lines(st)
    assert "2007-02-08" not in st.doc.output and "文档列表" not in st.doc.output
    assert "某县秸秆禁烧工作会议讲话\n" in st.doc.output


def test_a_speakers_numbered_points_saying_we_stay():
    lines = ["1.我们要把文档资料管理好,确保档案安全。", "2.我们要做好资料下载和上传的保密审查。"]
    out = clean_text("\n".join(["同志们:", FIRST, *lines, THIRD]))
    assert all(line[2:] in out for line in lines)
