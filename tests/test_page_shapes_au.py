"""Session au: families held-out round 233k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.rules import navigation
from corpusmine.text.script import convert_script
from corpusmine.text.widget_lists import dated_title_spans, numbered_link_spans

OPENING = "今天,我们召开全县禁毒工作会议,主要任务是总结去年工作,部署今年任务。"
MIDDLE = "要坚持问题导向,抓好各项任务落实,确保禁毒工作取得新成效。"
CLOSING = "同志们,让我们团结一心,为建设平安某县作出新的更大贡献!"
BODY = f"同志们:\n{OPENING}\n{MIDDLE}\n{CLOSING}"


def _kept(text: str) -> bool:
    return all(s in text for s in (OPENING, MIDDLE, CLOSING))


# ------------------------------------------------ a repost's note of its first title, quoted, after a stray mark

def test_a_quoted_first_title_note_after_a_stray_mark_goes():
    page = f"{BODY}\n来源:平安某县\n_原题是:“【专项斗争】全市禁毒工作推进会召开,某某出席会议并讲话。”\n"
    doc = _clean(page)
    assert "原题" not in doc.text and "推进会召开" not in doc.text and _kept(doc.text)


def test_a_speech_sentence_naming_a_first_title_stays():
    line = "这份材料的原题是“关于加强禁毒工作的意见”,我们改了题目,是为了突出重点。"
    assert line in clean_text(f"{BODY}\n{line}")


# ------------------------------------------------------------- a document library's section trail heading the page

def test_a_library_section_trail_on_the_first_line_goes():
    page = f"文库 热门资料 主题教育\n\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "热门资料" not in doc.text and _kept(doc.text) and "site_navigation" in _rules(doc)


def test_the_trail_rule_leaves_a_spaced_title_with_a_genre_word():
    st = CleaningState(f"精选 县长 禁毒会议 讲话\n{OPENING}")
    navigation(st)
    assert st.doc.output.startswith("精选 县长 禁毒会议 讲话")


# --------------------------------------------------------------- a site's stamp in brackets with its address cut

def test_a_bracketed_site_stamp_with_a_cut_address_goes():
    page = f"县林业局局长述职报告\n\n一年来,全局上下奋力拼搏。\n\n[某某秘书网-http://]{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "秘书网" not in text and "http" not in text and MIDDLE in text


def test_a_bracketed_site_name_without_an_address_stays():
    line = "正如【人民网】评论所说,禁毒工作没有旁观者。"
    assert "人民网" in clean_text(f"{BODY}\n{line}")


# ------------------------------------------- a journal record whose labels stand alone, each value on the lines below

def test_a_records_values_below_lone_labels_go():
    page = ("编号\nlyqk0001\n文献类型\n期刊论文\n文献题名\n在全省林业会议上的讲话\n作者\n李某\n作者单位\n某省林业厅!厅长\n"
            "母体文献\n某省林业\n年卷期\n1996年2期\n年份\n1996\n分类号\nF326\n关键词\n林业工作\n林业改革\n山区林业\n文摘内容\n"
            f"{OPENING}{MIDDLE}")
    text = clean_text(page)
    for value in ("某省林业厅", "1996年2期", "F326", "林业改革", "作者单位", "关键词"):
        assert value not in text
    assert "在全省林业会议上的讲话" in text and OPENING in text and MIDDLE in text


def test_short_speech_lines_after_a_lone_label_without_a_next_label_stay():
    page = ("编号 zgly0002\n文献类型 期刊论文\n分类号 F326\n关键词\n第一,提高认识\n"
            f"{OPENING}\n第二,强化措施\n{MIDDLE}")
    text = clean_text(page)
    assert "第一,提高认识" in text and "第二,强化措施" in text and MIDDLE in text


# ------------------------------------------------------------------ head rows: a section word with counts, a page count

def test_a_news_themes_section_and_counts_row_goes():
    page = f"首页 资讯 正文\n\n某市召开禁毒工作会议\n\n要闻正文 236 4\n\n{BODY}"
    text = clean_text(page)
    assert "236" not in text and "要闻正文" not in text and _kept(text)


def test_a_page_count_glued_before_a_documents_text_goes():
    page = f"迎接检查讲解词.doc\n12页尊敬的各位领导,大家好!{OPENING}\n{MIDDLE}"
    text = clean_text(page)
    assert "12页" not in text and text.startswith("尊敬的各位领导") and MIDDLE in text


def test_a_speech_opening_on_pages_of_paper_keeps_them():
    page = f"3页纸的材料,我看了好几遍。{OPENING}\n{MIDDLE}"
    assert "3页纸的材料" in clean_text(page)


# ------------------------------------------------------------- a paper's byline without 记者, before the lead's date

def test_an_outlet_byline_before_a_dated_lead_goes():
    page = ("某市召开禁毒工作会议\n\n某某晚报·某某壹点 李红梅 6月5日,某市禁毒工作会议举行。市委书记王某出席并讲话。\n"
            f"{OPENING}\n{MIDDLE}")
    text = clean_text(page)
    assert "李红梅" not in text and "某某壹点" not in text and "6月5日,某市禁毒工作会议举行" in text and OPENING in text


def test_an_outlet_named_in_a_speech_sentence_stays():
    line = "某某日报 记者们 6月以来跑遍了全县,写出了一批好稿子。"
    assert "某某日报" in clean_text(f"{BODY}\n{line}")


# --------------------------------------------------------- a two-page preview's header numbered 第1页 with one repeat

def test_a_first_page_header_with_one_repeat_goes():
    title = "市长在全市人民防空会议上的讲话.docx"
    page = (f"{title}\n\nDOCX   6页   下载0   2024-11-06   浏览5   收藏0   3405字   10积分\n"
            f"{title} 第1页\n{title} 第2页\n剩余4页未读, 下载浏览全部\n{OPENING}{MIDDLE}")
    text = clean_text(page)
    assert "第1页" not in text and "第2页" not in text and OPENING in text


# ------------------------------------------------- a portal's run of links told apart by a number (234k), a toolbar

def test_a_run_of_links_differing_only_by_number_goes():
    links = "\n".join(f"中國共產黨第{n}次全國代表大會" for n in "十九 十八 十七 十六 十五 十四 十三".split())
    page = f"歷次黨代會\n{links}\n在全县禁毒工作会议上的讲话\n{BODY}\n"
    doc = _clean(page)
    assert "全国代表大会" not in doc.text and _kept(doc.text)
    assert len(numbered_link_spans(convert_script(links, "t2s"))) == 7


def test_a_speechs_numbered_headings_stay():
    heads = ["第一,提高认识", "第二,强化措施", "第三,狠抓落实", "第四,加强领导", "第五,严格考核"]
    page = "同志们:\n" + "\n".join(f"{h}\n{MIDDLE}" for h in heads)
    text = clean_text(page)
    assert all(h in text for h in heads)
    assert numbered_link_spans("\n".join(heads)) == []


def test_four_numbered_lines_in_a_row_are_no_run():
    assert numbered_link_spans("\n".join(f"第{n}届全县运动会" for n in "一二三四")) == []


def test_a_toolbar_with_broken_brackets_goes():
    page = f"{BODY}\n字號 】【論壇【打印【關閉\n"
    doc = _clean(page)
    assert "打印" not in doc.text and "论坛" not in doc.text and _kept(doc.text)


def test_a_line_naming_a_forum_and_printing_in_a_sentence_stays():
    line = "【论坛】要把打印材料的钱省下来,用在群众身上。"
    assert "打印材料" in clean_text(f"{BODY}\n{line}")


# ---------------------------------- a related list glued to the speech's last line, its items dated (235k)

def test_a_glued_related_header_and_its_dated_items_go():
    items = "某某对博物馆开馆的祝辞05-26\n送给友人的圣诞祝福01-01\n经典祝辞推荐02-28\n祝辞的种类11-17"
    page = f"{BODY}谨此祝贺! 某某教育委员会 教育长 某某 1991 5.24【某某对博物馆开馆的祝辞】相关文章:\n{items}\n"
    doc = _clean(page)
    assert "相关文章" not in doc.text and "祝辞的种类" not in doc.text and "谨此祝贺" in doc.text and _kept(doc.text)


def test_a_header_opening_its_line_keeps_its_numbered_items_going():
    page = f"{BODY}\n【关于庆五一活动上的致辞】相关文章:\n2.关于庆五一的活动方案\n3.五一活动致辞\n6.庆五一活动简报\n"
    text = clean_text(page)
    assert "活动方案" not in text and "活动简报" not in text and _kept(text)


def test_a_speech_signed_with_one_date_keeps_it():
    assert dated_title_spans(f"{CLOSING}\n某某县人民政府\n2023-05-26") == []


# ------------------------------------------------- a library's name glued before the page's title, at the end (235k)

def test_a_librarys_stamp_before_the_title_goes():
    title = "2024年全县禁毒工作会议讲话"
    page = f"{title}\n\n{BODY}\n第1 页共 2页\n\n某某文库{title}"
    text = clean_text(page)
    assert "某某文库" not in text and _kept(text)


# ------------------------------------------------------------------- lone widgets, skip anchors, captions, tags (236k)

NARRATED = ("某市召开禁毒工作动员大会", "6月14日下午,某市召开禁毒工作动员大会,市委书记某某出席并讲话。",
            "某某强调,禁毒工作事关人民群众切身利益,要以更大力度抓好各项工作。")


def test_lone_widgets_on_a_news_page_go():
    title, lead, said = NARRATED
    page = f"2024 年 03 月 29 日 星期五\n新闻搜索:\n{title}\n十一月 2024 |\n服務專線\n問題諮詢,請撥打以上服務專線。\n{lead}\n{said}"
    text = clean_text(page)
    for widget in ("搜索", "2024 |", "专线", "拨打"):
        assert widget not in text
    assert lead in text and said in text


def test_a_speech_asking_people_to_call_a_hotline_keeps_it():
    line = "群众发现涉毒线索,请拨打以上举报电话,我们将严格保密并给予奖励。"
    assert line in clean_text(f"{BODY}\n{line}")


def test_a_translation_label_goes():
    page = f"{BODY}\n. . . . . . .\n[English translation]\nComrades, today we hold the county's anti-drug work conference.\n"
    text = clean_text(page)
    assert "English translation" not in text and _kept(text)


def test_a_portal_name_between_skip_anchors_goes():
    page = f"按Enter到主內容區\n:::\n\n財團法人某某交流基金會\n\n:::\n\n董事長致詞\n\n{OPENING}\n{MIDDLE}"
    text = clean_text(page)
    assert "基金会" not in text and OPENING in text


def test_a_bracketed_reporter_tag_and_a_zoomed_caption_go():
    _, lead, said = NARRATED
    page = f"放大圖片\n■某某副主任等出席某某同鄉會成立88周年慶典。\n【記者某某某/台北】{lead}\n{said}"
    text = clean_text(page)
    assert "记者" not in text and "88周年庆典" not in text and lead in text and said in text


def test_a_block_marked_point_of_a_speech_stays():
    line = "■要坚持问题导向,抓好各项任务落实,确保禁毒工作取得新成效。"
    assert "要坚持问题导向" in clean_text(f"同志们:\n{OPENING}\n{line}")


# ------------------------------------------- a profile card, a chat group, a site's section heading, a tag (238k)

def test_a_profile_card_before_the_speech_goes():
    page = (f"某某同志 建设文明新农村\n\n【人物名片】 某某,某镇某村党总支书记,曾被评为市优秀共产党员。某村被评为全国文明村。\n\n"
            f"【发言实录】 {OPENING}\n{MIDDLE}")
    text = clean_text(page)
    assert "人物名片" not in text and "优秀共产党员" not in text and OPENING in text and MIDDLE in text


def test_a_newsrooms_chat_group_row_goes():
    _, lead, said = NARRATED
    page = f"新闻热线:0538-8582000\n\n通讯员qq群:40376627\n\n某某报业集团主办\n\n{lead}\n{said}"
    text = clean_text(page)
    assert "40376627" not in text and lead in text


def test_a_template_sites_name_and_section_heading_the_page_goes():
    page = f"某某范文网 表态发言\n\n禁毒工作表态发言(精选多篇)\n\n{OPENING}\n{MIDDLE}"
    doc = _clean(page)
    assert "范文网" not in doc.text and OPENING in doc.text and "site_navigation" in _rules(doc)


def test_a_full_media_reporters_bracketed_tag_goes():
    _, lead, said = NARRATED
    text = clean_text(f"【全媒体记者 某某】{lead}\n{said}")
    assert "记者" not in text and lead in text


# ------------------------------------------------- a messenger's link, a pointer to the original, a tag row (239k)

def test_a_preview_notice_ending_in_a_messenger_link_goes_whole():
    notice = ("说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的,"
              "是否完整无缺。下载word有问题请添加QQ:admin处理,感谢您的支持与谅解。点击这里给我发消息")
    text = clean_text(f"全县禁毒工作会议讲话\n\n{notice}\n\n演讲稿,禁毒,工作会议,关于\n\n{BODY}")
    assert "发消息" not in text and "演讲稿," not in text and _kept(text)


def test_a_pointer_to_the_original_goes():
    page = f"演讲现场视频,可以点击“阅读原文”观看,大概在4:18:25左右开始。\n{BODY}"
    text = clean_text(page)
    assert "阅读原文" not in text and _kept(text)


def test_a_speechs_comma_list_stays():
    line = "讲话,发言,表态,都要言之有物。"
    assert line in clean_text(f"{BODY}\n{line}")


# ------------------------------------------------------------------ a live page's labels, a page break's dashes (240k)

def test_a_live_pages_labels_and_spaced_dashes_go():
    page = f"活動描述\n- 9月21日下午,某学院召开记者见面会。\n文字內容:\n{BODY}\n— —\n{CLOSING}"
    text = clean_text(page)
    assert "活动描述" not in text and "文字内容" not in text and "— —" not in text and _kept(text)
