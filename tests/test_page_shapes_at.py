"""Session at: families held-out round 227k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ----------------------------------- a speech citing a report's words after 他强调: is no lead-in (227k, a real loss)

def test_a_speech_opening_on_a_cited_report_keeps_the_citation():
    cite = ("党的二十大上,总书记在大会上作了鼓舞人心的报告,他强调:“全党同志务必不忘初心、牢记使命,务必谦虚谨慎、"
            "艰苦奋斗。”“三个务必”是我们党员干部迈向新征程的政治武器,我倍感责任重大。")
    page = f"规划局副局长 某某\n{cite}\n坚持不忘初心,牢记使命。我们要守住资源底线,保障全区高质量发展。"
    text = clean_text(page)
    assert "他强调:“全党同志" in text and "党的二十大上" in text


def test_a_reports_lead_in_before_the_speech_still_goes():
    page = ("某某作为盟主在大会上致辞。她说:\n各位来宾、朋友们:今天,我们在这里隆重集会,共同庆祝联盟成立十周年。"
            "十年来,联盟从小到大,走出了一条合作共赢之路。")
    text = clean_text(page)
    assert "她说" not in text and "各位来宾、朋友们:今天" in text


# ------------------------------------------- a document's running header on the first line as on the others (227k)

def test_a_converted_documents_header_on_the_first_line_goes_with_its_repeats():
    title = "在全市军营开放日开幕式上的讲话(范文).docx"
    page = (f"文库 办公素材 Word专区 行政党务\n\n{title}\n\nDOCX   4页   下载320   2024-04-27   浏览5349   收藏86   10积分\n"
            f"{title} 第1页\n{title} 第2页\n{title} 第3页\n"
            f"在全市第十届军营开放日活动开幕式上的讲话 尊敬的各位领导,亲爱的市民朋友们: 大家上午好! {OPENING}{MIDDLE}{CLOSING}")
    doc = _clean(page)
    assert "第1页" not in doc.text and "第3页" not in doc.text and OPENING in doc.text
    assert any("第1页" in r["removed"] for r in doc.audit_rows)


def test_a_title_with_a_page_number_alone_stays():
    text = clean_text(f"在全市军营开放日开幕式上的讲话 第1页\n{BODY}")
    assert OPENING in text


# ------------------------------------------------------ a use note forbidding copying, glued before the title (227k)

def test_a_use_note_forbidding_copying_goes_even_glued_before_the_title():
    page = f"本文系邮箱投稿,仅供学习参考,请勿照搬照抄!在全市军营开放日活动开幕式上的讲话{SALUTE}\n{OPENING}\n{MIDDLE}"
    doc = _clean(page)
    assert "照搬" not in doc.text and "投稿" not in doc.text and "开幕式上的讲话" in doc.text and OPENING in doc.text
    assert "site_notice" in _rules(doc)


def test_a_speaker_asking_not_to_copy_other_schools_stays():
    line = "各校要结合实际创造性开展工作,不要照搬照抄别人的做法。"
    assert line in clean_text(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}")


# ------------------------------------------------------------- a document site's widget headings alone on lines (227k)

def test_a_document_sites_widget_headings_go():
    page = (f"精选优质文档-倾情为你奉上{SALUTE}{OPENING}{MIDDLE}由于平时多次演练,地震来时全校两千多名学生,上百\n\n"
            "展开阅读全文\n相关资源\n相关搜索\n资源标签\n\n当前位置:首页 > 实用文档资料库 > 公文范文\n\n"
            "Copyright © 2018-2021 Example.com All rights reserved\n")
    text = clean_text(page)
    assert "相关资源" not in text and "资源标签" not in text and MIDDLE in text


def test_a_sentence_on_related_resources_stays():
    line = "我们要整合相关资源,把好事办好、实事办实。"
    assert line in clean_text(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}")


# ------------------------------------------------------------------------- round 228k

def test_a_portals_skip_link_in_traditional_script_goes():
    text = clean_text(f"移至主要內容區\n\n某某管理處\n\n某某管理處\n\n:::\n:::\n\n某某節表揚大會\n\n{BODY}")
    assert "主要" not in text and OPENING in text


def test_a_magazine_viewers_button_and_a_novel_sites_plea_go():
    page = (f"打开文本图片集\n{SALUTE}\n{OPENING}\n某某提示您:看后求收藏(某某小说网www.example.cc),接着再看更方便。\n"
            f"{MIDDLE}\n{CLOSING}")
    text = clean_text(page)
    assert "图片集" not in text and "求收藏" not in text and MIDDLE in text


def test_a_records_empty_address_row_and_preview_label_go_and_the_preview_stays():
    page = (f"文章名称 : 某某起步礼致辞全文\n地区 : 香港\n文类 : 演讲辞\n日期 : 2004-04-18\n网址 :\n"
            f"文章预览 : {SALUTE}很高兴大会在这个风和日丽的星期天举行。{MIDDLE}{CLOSING}")
    doc = _clean(page)
    assert "网址" not in doc.text and "预览" not in doc.text
    assert "很高兴大会在这个风和日丽的星期天举行。" in doc.text and MIDDLE in doc.text


def test_a_speaker_naming_a_website_address_keeps_the_sentence():
    line = "群众可以登录县政府网站,网址已在公告中列明,随时查看办理进度。"
    assert line in clean_text(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}")


# ------------------------------------------------------------------------- round 229k

def test_a_use_note_cut_at_the_pages_end_goes():
    text = clean_text(f"{BODY}\n以上文章来源于互联网,仅供学习参考,请勿照")
    assert "仅供" not in text and CLOSING in text


def test_an_e_papers_edition_line_goes():
    page = f"2020年11月25日《某某日报》头版\n{BODY}"
    doc = _clean(page)
    assert "头版" not in doc.text and OPENING in doc.text
    assert "meta_row" in _rules(doc)


def test_a_sentence_citing_a_papers_front_page_stays():
    line = "2020年11月25日《某某日报》头版刊登了我县的经验做法,这是对全县干部群众的极大鼓舞。"
    assert line in clean_text(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}")


# ------------------------------------------------------------------------- round 231k

def test_a_forums_jammer_run_of_letter_digit_pairs_glued_to_the_salutation_goes():
    page = ("在全市信息工作培训会议上的讲话 8 X% ^% ]9 u2 o+ z\n8 N. [- I5 y+ k3 Q' w3 y4 l/ z\n# w/ E; a- x4 Z\n"
            f"q; W2 k7 d9 a4 n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "W2" not in doc.text and "k7" not in doc.text and OPENING in doc.text
    assert "anti_copy" in _rules(doc)


def test_a_speech_listing_grid_codes_keeps_them():
    line = "全市划分为A1 B2 C3 D4 E5五个网格区,各网格要落实专人负责。"
    assert line in clean_text(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}")


# ------------------------------------------------------------------------- round 232k

def test_a_wrapped_prose_line_with_two_counts_is_no_count_widget():
    page = (f"{SALUTE}\n今年是全面贯彻落实党的大会精神的开局之年,也是优化\n落实疫情防控 20 条和新 10 条措施出台后的首个春\n"
            f"运。做好相关保障工作意义重大。\n{CLOSING}")
    assert "落实疫情防控20条和新10条措施出台后的首个春" in clean_text(page)


def test_a_comment_counter_line_still_goes():
    text = clean_text(f"{BODY}\n新闻评论(共有 0 条评论)")
    assert "评论" not in text and CLOSING in text


def test_a_novel_sites_error_prompt_and_a_mirrors_deletion_notes_go():
    page = (f"该内容已被发布者删除 该内容被自由微信恢复\n文章于 2023年8月17日 被检测为删除。\n被用户删除\n{BODY}\n"
            "章节错误,点此举报(免注册),举报后维护人员会在两分钟内校正章节内容,请耐心等待,并刷新页面。\n最近更新")
    text = clean_text(page)
    assert "删除" not in text and "举报" not in text and "最近更新" not in text and OPENING in text and CLOSING in text


def test_a_speaker_on_deleted_posts_keeps_the_sentence():
    line = "对网上的不实信息,要依法处置,该删除的坚决删除。"
    assert line in clean_text(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}")
