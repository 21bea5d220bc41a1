"""Session x: families left by held-out rounds 79-83 (learned after their measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.speeches import speeches_of

FIRST = "今天我们召开全县安全生产工作会议,主要任务是总结去年工作,部署今年任务。"
SECOND = "各乡镇要把安全生产摆在突出位置,层层传导压力,确保责任落实到位。"
THIRD = "同志们,安全生产责任重于泰山,让我们共同努力,确保全县安全形势持续稳定!"


def _kept(out: str) -> bool:
    return all(s in out for s in (FIRST, SECOND, THIRD))


# --- a PDF preview's English page labels ---------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Page 2:", "Page 2", "page 2 / 12", "PAGE 7:"])
def test_a_pdf_previews_page_label_goes(label):
    page = "同志们:\n" + FIRST + "\n" + label + "\n" + SECOND + "\n" + THIRD
    out = clean_text(page)
    assert label not in out and _kept(out)


def test_a_sentence_naming_a_page_stays():
    line = "请大家翻到材料的Page 2,对照检查表逐项落实。"
    out = clean_text("同志们:\n" + FIRST + "\n" + line + "\n" + SECOND + "\n" + THIRD)
    assert line in out and _kept(out)


def _page(*extra: str, head: str = "同志们:") -> str:
    return "\n".join([head, FIRST, *extra, SECOND, THIRD])


# --- round 83 -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "《亲人逝世追悼词》属于悼词中比较优秀的内容,欢迎参考。",
    "《爺爺追悼詞》屬于悼詞中比較優秀的內容,歡迎參考。",
    "《某某开幕式致辞》是致辞中的精选内容,仅供参考。",
])
def test_a_template_line_recommending_the_text_by_its_title_goes(line):
    out = clean_text(line + "\n1、亲人逝世追悼词\n范文一:\n各位长辈、亲朋好友们:\n" + "\n".join([FIRST, SECOND, THIRD]))
    assert "参考" not in out and "參考" not in out and _kept(out)


def test_a_speaker_naming_a_document_by_its_title_stays():
    line = "《决定》是指导今后工作的纲领性文件,大家要认真学习。"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


@pytest.mark.parametrize("line", ["这章没有结束,请点击下一页继续阅读!", "本章未完,点击下一页继续阅读"])
def test_a_novel_mirrors_pager_notice_goes(line):
    out = clean_text(_page(line))
    assert "下一页" not in out and _kept(out)


def test_a_read_more_link_naming_the_next_post_goes_and_a_sentence_stays():
    link = "继续阅读某某:推广华语是一项坚持不懈的工程"
    said = "继续阅读经典,传承文化,是我们共同的责任。"
    out = clean_text(_page(said, link))
    assert link not in out and said in out and _kept(out)


def test_a_sites_supervising_body_and_a_forum_members_group_go():
    out = clean_text("用户登录\n某某作家协会主管\n" + _page("超级版主"))
    assert "主管" not in out and "版主" not in out and _kept(out)


def test_a_lead_in_naming_a_short_draft_goes():
    out = clean_text("某某授牌仪式在昆明举行\n以下为某某中心王副主任发言简稿:\n" + _page(head="各位领导、各位朋友:"))
    assert "发言简稿" not in out and _kept(out)


def test_a_caption_closed_by_an_at_source_goes():
    caption = "某某总理10月22日在某某运动40周年庆典上致辞(@某某早报)"
    out = clean_text(_page(caption))
    assert "早报" not in out and _kept(out)


@pytest.mark.parametrize("note", ["【本文为某某总理在某某运动40周年庆典上的演讲稿】", "【本文为某某总理在庆典上的华文演讲稿?!?/strong>"])
def test_an_editors_bracketed_note_on_the_text_goes(note):
    out = clean_text("某某:坚持推广华语\n最后更新: 2019-10-26 09:10:56" + note + "\n" + "\n".join([FIRST, SECOND, THIRD]))
    assert "本文为" not in out and "strong" not in out and _kept(out)


def test_a_speakers_bracketed_heading_stays():
    heading = "【一、本文件为全县工作的总纲】"
    out = clean_text(_page(heading))
    assert "本文件为全县工作的总纲" in out and _kept(out)


def test_a_report_listing_guests_from_places_goes_above_its_lead_in():
    report = ("某某基地授牌仪式于2013年4月14日在昆明举行。\n"
              "出席仪式的有某某中心许主任,某某协会秘书长某某先生,以及来自北京、贵州、云南各地的鸽友们。\n"
              "会上,各中心负责人纷纷上台致辞,对此次授牌仪式表示祝贺。\n")
    out = clean_text("某某中心\n“某某基地”授牌仪式(图文报道)\n" + report + "以下为某某中心王副主任发言简稿:\n"
                     + "\n".join([FIRST, SECOND, THIRD]))
    assert "出席仪式的有" not in out and "纷纷上台致辞" not in out and _kept(out)


# --- round 84 -------------------------------------------------------------------------------------------------------

def test_a_cut_entity_and_tags_glued_to_the_last_line_go():
    last = "为贯彻落实好此次会议精神,我再强调三点要求:"
    out = clean_text(_page(last + "&n[标签:介绍]"))
    assert "&n" not in out and "标签" not in out and last in out and _kept(out)


def test_an_ampersand_in_a_sentence_stays():
    line = "要推动A&B两类企业协同发展,形成合力。"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


CUT = "党委书记做了重要讲话,动员广大干部群众统一思想、坚定信心、扎实工作,为实"


def test_a_gloss_cut_by_the_pages_end_goes_on_a_glossed_page():
    page = _page().replace("突出", "突(tū)出").replace("泰山", "泰(tài)山") + "\n" + CUT + "(sh"
    out = clean_text(page)
    assert "(sh" not in out and out.rstrip().endswith(CUT)


def test_a_bracket_cut_by_the_pages_end_stays_on_a_page_without_glosses():
    out = clean_text(_page() + "\n" + CUT + "(sh")
    assert out.rstrip().endswith(CUT + "(sh")


def test_a_release_line_saying_whose_text_follows_goes():
    page = ("立法會主席年結記者會發言內容\n下稿代立法會秘書處發出:\n"
            "以下是立法會主席某某今日(十二月十九日)在記者會上的開場發言內容:\n各位傳媒朋友,大家好。\n" + _page())
    out = clean_text(page)
    assert "下稿代" not in out and "以下是" not in out and _kept(out)


def test_an_editors_note_under_its_label_goes_and_the_speakers_heading_stays():
    note = "春花百朵开,金牛报福音。值此春节到来之际,各位政要纷纷发来贺词,向大家致以诚挚的问候。"
    out = clean_text("云端过大年 | 政要发来春节祝福\n编者按\n" + note + "\n" + _page(head="各位乡亲:"))
    assert "编者按" not in out and "金牛报福音" not in out and _kept(out)


def test_an_editors_note_label_before_a_salutation_takes_nothing():
    out = clean_text("某某贺词\n编者按\n各位乡亲:\n" + "\n".join([FIRST, SECOND, THIRD]))
    assert "各位乡亲" in out and _kept(out)


def test_a_forums_reply_to_download_prompt_goes():
    out = clean_text(_page("回帖下载完整视频、音频及双语文档:"))
    assert "回帖" not in out and _kept(out)


# --- round 85: a document site's notices (corpusmine.text.doc_notices) ----------------------------------------------

NOTICES = ("温馨提示:\n"
           "1. 部分包含公式或PPT动画的文件,查看预览时可能会显示错乱,文件下载后无此问题,请放心下载。\n"
           "2. 本文档由用户上传,版权归属用户,本站负责整理代发布。如有争议请及时联系客服。\n"
           "3. 下载前请仔细阅读文档内容,若出现内容与标题不符可向本站投诉处理。\n")


def test_a_document_sites_numbered_notices_go_with_their_label():
    out = clean_text(NOTICES + "网站客服:3074922707\n" + _page())
    assert "温馨提示" not in out and "下载" not in out and "客服" not in out and _kept(out)


def test_numbered_lines_in_the_speakers_voice_stay():
    items = ["1.各乡镇要把文档资料整理归档,按时上传到县里的平台。", "2.各部门要及时下载学习材料,组织干部认真学习。"]
    out = clean_text(_page(*items))
    assert all(i in out for i in items) and _kept(out)


def test_a_document_sites_panel_labels_notices_and_keyword_row_go():
    panel = ("  • 配套讲稿:\n    如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。\n    特殊限制:\n"
             "    部分文档作品中含有的国旗、国徽等图片,仅作为作品整体效果示例展示,禁止商用。\n"
             "    关 键  词:\n    全市 安全生产 动员大会 讲话稿 _1\n    资源描述:\n")
    out = clean_text(panel + _page())
    assert "配套讲稿" not in out and "PPT" not in out and "禁止商用" not in out and "关键词" not in out.replace(" ", "")
    assert "动员大会 讲话稿" not in out and "资源描述" not in out and _kept(out)


def test_a_speaker_on_copyright_of_works_stays():
    line = "我们要加强对文档作品著作权的保护,严厉打击盗版下载行为。"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


def test_a_paywall_marker_and_a_download_button_go():
    page = "合集下载\n##paidbegin##\n" + _page()
    out = clean_text(page)
    assert "合集下载" not in out and "paidbegin" not in out and _kept(out)


def test_a_site_address_glued_into_a_sentence_goes_and_a_cited_one_stays():
    glued = "尽管困难较多,2191.cn作为公司经营班子我们充满信心。"
    cited = "群众可以登录www.example.gov.cn查询办理进度。"
    out = clean_text(_page(glued, cited))
    assert "2191.cn" not in out and "尽管困难较多,作为公司经营班子我们充满信心。" in out and cited in out and _kept(out)


def test_a_template_intro_offering_examples_goes():
    intro = "人生就像一场长跑,成功要有毅力。一个好的总结需要把握重点。以下是一些经典总结的案例,为您提供一些思路和参考。"
    out = clean_text(intro + "\n" + _page())
    assert "案例" not in out and _kept(out)


# --- round 86: a document site's page furniture -------------------------------------------------------------------

def test_a_flattened_document_pages_counter_and_crumb_go():
    line = "1 / 5 农业局秋季农田水利建设动员讲话 /农林牧渔 " + FIRST + " 2 / 5 " + SECOND
    out = clean_text("文档简介\n" + line + "\n" + THIRD)
    assert "1 / 5" not in out and "2 / 5" not in out and "农林牧渔" not in out and _kept(out)


def test_a_fraction_in_a_speech_stays():
    line = "全县有 1 / 5 的村庄完成了改厕任务,进度还不够快。"
    out = clean_text(_page(line))
    assert "1 / 5" in out and _kept(out)


def test_a_site_stamp_glued_to_a_lines_end_goes():
    out = clean_text(_page().replace(SECOND, SECOND + " 某某汇 www.example.com").replace(FIRST, FIRST + " 某某汇,办公文档之家"))
    assert "example" not in out and "文档之家" not in out and _kept(out)


def test_an_anti_copy_note_an_entity_debris_and_a_pipe_menu_go():
    page = ("某某之友|原创|范文|素材|写作|PPT|\n" + _page().replace("突出位置", "突出[找文章到☆ -一站在手! =站注:去掉中间符号在百度搜索第一个网站]位置")
            .replace("层层传导", "层层 X8226;传导"))
    out = clean_text(page)
    assert "百度" not in out and "8226" not in out and "素材" not in out and _kept(out)


def test_a_notice_run_speaking_to_a_reader_as_we_goes():
    items = ("相关主题\n- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。\n"
             "- 2、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n")
    out = clean_text(items + _page())
    assert "相关主题" not in out and "客服" not in out and _kept(out)


def test_a_title_with_its_page_number_goes():
    out = clean_text("在全市廉政文化建设现场会上的讲话(2)\n在全市廉政文化建设现场会上的讲话第2页\n" + "\n".join([FIRST, SECOND, THIRD]))
    assert "第2页" not in out and _kept(out)


# --- round 86: a collection's lone first item (corpusmine.text.boundaries.part_headings) ---------------------------

@pytest.mark.parametrize("head, label, title", [
    ("微党课比赛领导讲话(共6篇)", "1.微党课比赛领导讲话 篇一", "微党课比赛领导讲话"),
    ("群众座谈会发言范文", "群众座谈会发言范文第1篇", "群众座谈会发言范文"),
    ("2022年國旗下演講稿高中(九篇)", "國旗下演講稿高中篇一", "国旗下演讲稿高中"),
])
def test_a_collections_lone_first_item_goes_and_titles_the_speech(head, label, title):
    doc = clean_document(head + "\n" + label + "\n" + _page())
    assert label not in doc.text and head not in doc.text and _kept(doc.text)
    assert [s.title for s in speeches_of(doc)] == [title]


def test_a_first_item_glued_to_the_speechs_first_sentence_stays():
    line = "第1篇大家好!今天,我们在这里召开安全生产大会,确保公司安全生产形势持续稳定。"
    out = clean_text("员工安全生产大会发言稿(3篇)\n" + line + "\n" + "\n".join([FIRST, SECOND, THIRD]))
    assert "今天,我们在这里召开安全生产大会" in out and _kept(out)


def test_items_numbered_after_di_split_a_collection():
    page = "讲话范文第1篇\n" + _page() + "\n讲话范文第2篇\n同志们:\n要久久为功,持续抓好农村人居环境整治工作。"
    doc = clean_document(page)
    assert "第1篇" not in doc.text and "第2篇" not in doc.text and len(speeches_of(doc)) == 2


# --- round 87: site rows and tables of contents (corpusmine.text.doc_notices) --------------------------------------

@pytest.mark.parametrize("line", [
    "县领导在庆祝教师节活动中的讲话》所在栏目:优质范文 > 内容摘要:尊敬的各位老师,同志们:金秋九月……",
    "某某素材网提供各类范文写作素材!",
    "该文章由( 第① 范. 文网) 整理。",
    "网友评论《在全市青年干部座谈会上",
    "此处内容需要权限查看",
    "  • 会员用户特权:免费",
    "撰写人:___________日期:___________",
])
def test_a_template_sites_rows_go(line):
    out = clean_text(_page(line))
    assert line.strip() not in out and _kept(out)


def test_a_table_of_contents_with_page_numbers_goes():
    toc = "目录\n1.校长在家长会上的讲话. 3\n2.在家长会上的讲话. 5\n3.在高二家长会上的讲话. 10\n"
    out = clean_text("在家长会上的讲话材料汇编(3篇)\n" + toc + "校长在家长会上的讲话\n" + _page(head="尊敬的各位家长:"))
    assert "目录" not in out and ". 10" not in out and _kept(out)


def test_an_outline_of_headings_found_again_below_goes_and_the_headings_stay():
    heads = ["一、坚持科学发展,切实做好全县安全工作", "二、落实政府责任,切实提供坚强保障"]
    page = ("目录/提纲:……\n" + "\n".join(heads) + "\n……\n在全县安全生产会议上的讲话\n同志们:\n" + FIRST + "\n"
            + heads[0] + "\n" + SECOND + "\n" + heads[1] + "\n" + THIRD)
    out = clean_text(page)
    assert "提纲" not in out and all(out.count(h) == 1 for h in heads) and _kept(out)


def test_a_speakers_own_list_under_a_contents_word_stays():
    lines = ["目录:", "一是要完善工作目录,明确责任清单。", "二是要按照目录逐项抓好落实。"]
    out = clean_text(_page(*lines))
    assert all(x in out for x in lines[1:]) and _kept(out)


def test_an_seo_question_inside_a_line_goes():
    out = clean_text(_page(SECOND.replace("层层传导压力,", "层层传导压力,【优化发展环境演讲稿如何写?】")))
    assert "如何写" not in out and _kept(out)
