"""Session af: families held-out round 123k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from functools import partial

import pytest

from corpusmine.text.page_framing import framing_spans, outline_spans
from corpusmine.text.url_stamps import domain_brackets
from page_shapes import FIRST, SECOND, THIRD, audit_rules as _rules, clean_audited as _clean, kept as _kept, titled_speech

TITLE = "在全镇安全生产工作会议上的讲话"
_speech = partial(titled_speech, title=TITLE)


# --- a site's summary with a blurb naming the users who shared the text ----------------------------------------------

@pytest.mark.parametrize("sharer", ["下面由网友为您整理分享的", "以下由网友为大家整理的", "接下来由网友为你收集整理的"])
def test_a_summary_closed_by_a_blurb_naming_the_sharing_users_goes(sharer):
    head = f"强调安全生产的重要性,要求各部门压实责任,确保全年平安。{sharer}“{TITLE}”相关资料,供您参考学习。\n"
    doc = _clean(_speech(head=head))
    assert _kept(doc.text) and "网友" not in doc.text and "压实责任" not in doc.text
    assert "editor_blurb" in _rules(doc)


def test_a_speaker_thanking_netizens_is_no_blurb():
    line = "这次意见征集中,网友为我们提出了很多好建议,我们要认真吸收。"
    doc = _clean(_speech(tail=line + "\n"))
    assert line in doc.text


# --- a paragraph about the genre pointing to the samples below -------------------------------------------------------

def test_a_paragraph_about_the_genre_pointing_to_the_samples_below_goes():
    head = "讲话稿需要具备逻辑性和说服力,使听众能够理解和接受。在下面的讲话稿中,你可以找到一些有趣的故事和深刻的思考。\n"
    doc = _clean(_speech(head=head))
    assert _kept(doc.text) and "逻辑性" not in doc.text and "下面的讲话稿中" not in doc.text


def test_a_speaker_mentioning_the_speeches_below_stays():
    line = "在下面的发言中,各位代表将交流经验,大家要认真听、认真记。"
    doc = _clean(_speech(tail=line + "\n"))
    assert line in doc.text


# --- a site's tagline among the first lines --------------------------------------------------------------------------

@pytest.mark.parametrize("tagline", ["某某教育网,面向全国的中小学教师、家长交流平台", "某某范文网 - 专业的公文写作平台",
                                     "某某文库|海量文档资料分享社区"])
def test_a_sites_tagline_in_the_head_goes(tagline):
    doc = _clean(_speech(head=tagline + "\n"))
    assert _kept(doc.text) and tagline not in doc.text
    assert "site_name" in _rules(doc)


@pytest.mark.parametrize("line", ["要建好综合服务平台。", "县融媒体中心,全县宣传工作的主阵地", "一、建好为民服务平台"])
def test_a_speech_line_naming_a_platform_is_no_tagline(line):
    assert framing_spans(f"{line}\n{TITLE}\n同志们:") == []


# --- the word count a site adds to the title ------------------------------------------------------------------------

@pytest.mark.parametrize("count", ["(1714字)", "（约2300字）", "(全文共980字)"])
def test_a_word_count_closing_the_title_goes(count):
    doc = _clean(_speech(title=TITLE + count))
    assert _kept(doc.text) and "字)" not in doc.text and "字）" not in doc.text
    v = f"{TITLE}{count}\n同志们:"
    assert [(v[a:b], rule) for a, b, rule in framing_spans(v)] == [(count, "word_count")]


def test_a_word_count_inside_the_speech_stays():
    line = "要求每名学员撰写一篇心得体会(1500字)"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n谢谢大家!")
    assert "(1500字)" in doc.text
    assert framing_spans("全书(共300字)。\n同志们:") == []


# --- an outline of the speech above it ------------------------------------------------------------------------------

def test_an_outline_whose_headings_stand_again_below_goes():
    body = "同志们:\n一、统一思想,提高认识\n" + FIRST + "\n二、突出重点,狠抓落实\n" + SECOND + "\n" + THIRD + "\n"
    raw = "目录/提纲:……\n一、统一思想,提高认识\n二、突出重点,狠抓落实\n……\n" + TITLE + "\n" + body
    doc = _clean(raw)
    assert _kept(doc.text) and "目录" not in doc.text and doc.text.count("一、统一思想") == 1
    assert outline_spans(raw) == [(0, raw.index("……\n" + TITLE) + 2)]


def test_a_speakers_outline_of_points_not_repeated_stays():
    v = "大纲:\n一是抓学习\n二是抓落实\n同志们,以上是今天会议的大纲,下面展开讲。"
    assert outline_spans(v) == []


def test_an_outline_label_in_traditional_script_goes():
    body = "同志們:\n一、加強領導,健全機制\n" + FIRST + "\n二、注重內涵,明確任務\n" + SECOND + "\n" + THIRD + "\n"
    raw = "目錄/提綱:……\n一、加強領導,健全機制\n二、注重內涵,明確任務\n……\n" + TITLE + "\n" + body
    doc = _clean(raw)
    assert _kept(doc.text) and "目錄" not in doc.text and "目录" not in doc.text
    assert doc.text.count("一、加強領導") + doc.text.count("一、加强领导") == 1


# --- a padded domain stamp in brackets closing a line ---------------------------------------------------------------

@pytest.mark.parametrize("stamp", ["[ www.AbcWenBa.NeT ]", "【 www.abcwen.com 】", "( WWW.ABCWEN.CN )"])
def test_a_padded_domain_stamp_closing_a_line_goes(stamp):
    line = "为此,我提议全体师生庄严宣誓:"
    doc = _clean(_speech(tail=f"{line}{stamp}\n我志愿加入红十字会,弘扬人道精神。\n"))
    assert _kept(doc.text) and line in doc.text and "www" not in doc.text.lower()


def test_a_domain_the_sentence_names_in_brackets_stays():
    v = "详情请登录县政府网站(www.abc.gov.cn)\n报名网址:(www.abc.gov.cn)查询。"
    assert domain_brackets(v) == []


# --- a counted number opening a wrapped line (flattened PDF) --------------------------------------------------------

@pytest.mark.parametrize("unit", ["起", "例", "宗", "处", "场"])
def test_a_count_of_cases_opening_a_wrapped_line_stays(unit):
    lines = ["同志们:", "今年以来,全省共发生化工", "事故,其中“5·1”事故是今年发生的第",
             f"2{unit}重大事故,加剧了严峻的", "安全生产形势,教训十分深刻,", "各地要举一反三,全面排查", "隐患,坚决遏制事故多发势头。"]
    doc = _clean("\n".join(lines))
    assert f"2{unit}重大事故" in doc.text


# --- round 124k: a nameless source note, a source label left dangling, an elision mark ------------------------------

def test_a_nameless_source_note_glued_inside_a_sentence_goes():
    line = "依法履行代表职责,本文转载自网为更好地发挥人大代表作用,推进各项工作。"
    doc = _clean(_speech(tail=line + "\n"))
    assert "转载" not in doc.text and "依法履行代表职责,为更好地发挥人大代表作用" in doc.text


def test_a_sentence_about_the_internet_stays():
    v = "这篇文章来自网络上的热议,要引起重视。\n要加强互联网内容建设。"
    assert framing_spans(v) == []


def test_a_source_label_closing_a_line_after_a_sentence_goes_with_the_site_name():
    lines = [FIRST, "走好廉洁行医的每一步。 内容来自:某某写作网", SECOND, THIRD]
    doc = _clean(f"{TITLE}\n同志们:\n" + "\n".join(lines))
    assert "内容来自" not in doc.text and "写作网" not in doc.text and "走好廉洁行医的每一步。" in doc.text


def test_an_elision_mark_between_blanks_goes():
    line = "要坚持党的领导和社会主义制度, ……略…… 群团组织要加强协调。"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert "略" not in doc.text and "社会主义制度," in doc.text and "群团组织要加强协调。" in doc.text


def test_a_speaker_saying_omitted_stays():
    line = "具体数字我就略过不讲了,大家看材料。"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert line in doc.text


# --- round 124k: a library's tagline whose name ends in 文档 ---------------------------------------------------------

def test_a_document_librarys_tagline_goes():
    doc = _clean(_speech(head="好文档 - 专业文书写作范文服务资料分享网站\n"))
    assert "好文档" not in doc.text and _kept(doc.text)


# --- round 124k: a generator's chatty blurb --------------------------------------------------------------------------

def test_a_generators_chatty_blurb_goes():
    head = f"{TITLE},今天小编就来聊一聊关于{TITLE}?接下来我们就一起去研究一下吧!\n"
    doc = _clean(_speech(head=head))
    assert "小编" not in doc.text and "研究一下吧" not in doc.text and _kept(doc.text)


# --- round 124k: an entity a scraper broke ---------------------------------------------------------------------------

def test_a_broken_entity_after_a_chinese_word_goes():
    line = "刚刚辟建的&amam 工业园迎来了开园之作。"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert "&" not in doc.text and "刚刚辟建的" in doc.text and "工业园迎来了开园之作。" in doc.text


@pytest.mark.parametrize("line", ["要加大R&D投入,提升创新能力。", "与AT&T等企业开展合作。"])
def test_an_ampersand_inside_latin_words_stays(line):
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert line in doc.text


# --- round 124k: a page number alone between blank lines, splitting a clause ----------------------------------------

def test_a_lone_page_number_splitting_a_clause_goes():
    raw = (f"{TITLE}\n同志们:\n{FIRST}\n项目建设是经济增长的内生动力,存量优化离不开新项目, 增\n\n1\n\n"
           f"量提升也离不开新项目,总量扩张更离不开新项目。\n{SECOND}\n{THIRD}")
    doc = _clean(raw)
    assert "\n1\n" not in doc.text and "量提升也离不开新项目" in doc.text and _kept(doc.text)


def test_a_headings_number_between_short_lines_stays():
    raw = f"{TITLE}\n同志们:\n{FIRST}\n一、总体要求\n\n1\n\n加强组织领导\n{SECOND}\n{THIRD}"
    doc = _clean(raw)
    assert "1" in doc.text


# --- round 125k: a head-and-tail preview goes on with the speech's tail --------------------------------------------

def test_a_head_and_tail_preview_notice_goes_and_the_tail_after_it_stays():
    tail = "宪法规定,年满十八周岁的公民都有选举权和被选举权。上面列举的只是其中的几种情形,宪法和我们的关系远不止于此。"
    line = f"{FIRST}建立 内容过长,仅展示头部和尾部部分文字预览,全文请查看图片预览。 的权利——选举权。{tail}"
    doc = _clean(f"{TITLE}\n同志们:\n{line}\n{SECOND}\n{THIRD}")
    assert tail in doc.text and "预览" not in doc.text and "内容过长" not in doc.text


def test_a_notice_glued_to_a_line_with_more_site_words_after_it_goes_to_the_lines_end():
    line = f"{FIRST}(未完,全文共6606字,当前仅显示2320字,请阅读下面提示信息。)点击下载完整文档,开通会员免费阅读全文内容。"
    doc = _clean(f"{TITLE}\n同志们:\n{SECOND}\n{line}\n{THIRD}")
    assert FIRST in doc.text and "下载" not in doc.text and "会员" not in doc.text


def test_a_librarys_note_on_the_preview_it_shows_goes():
    tail = f"以上为《{TITLE}》的无排版文字预览,完整内容请下载\n"
    doc = _clean(_speech(tail=tail))
    assert "预览" not in doc.text and "以上为" not in doc.text and _kept(doc.text)


# --- round 125k: a library's links to the document's pages ----------------------------------------------------------

def test_a_list_of_page_links_goes():
    head = "".join(f"{TITLE} _第{i}页\n" for i in range(1, 5))
    doc = _clean(_speech(head=head))
    assert "_第" not in doc.text and "第2页" not in doc.text and _kept(doc.text)


def test_one_page_reference_in_a_speech_stays():
    assert framing_spans(f"{TITLE}\n同志们:\n请大家看材料 - 第2页\n要抓好落实。") == []


# --- round 125k: a comment box's login prompt, a board's name, a keyword blurb --------------------------------------

@pytest.mark.parametrize("prompt", ["您需要登录后才可以发表评论, 登录 或者 注册", "登录后才能发表评论"])
def test_a_comment_boxs_login_prompt_goes(prompt):
    doc = _clean(_speech(tail=prompt + "\n"))
    assert "登录" not in doc.text and _kept(doc.text)


def test_a_speaker_on_logging_in_stays():
    v = "群众需要登录后才能办理的事项,要逐步实现一网通办。"
    assert framing_spans(v) == []


def test_a_bulletin_boards_name_row_goes():
    head = "作者 abc123 (飞翔)\n看板NTU\n标题Re: [校园] 关于毕业生致词\n"
    doc = _clean(_speech(head=head))
    assert "看板" not in doc.text and _kept(doc.text)


def test_a_keyword_blurb_glued_after_the_title_goes():
    head = "在科技奖获奖者座谈会上的讲话——(一九九六年一月三十日),本文主要内容关键词为:获奖者论文,座谈会论文,此文献不代表本站观点,内容供学术参考。\n"
    doc = _clean(f"{head}同志们:\n{FIRST}\n{SECOND}\n{THIRD}")
    assert "关键词" not in doc.text and "本站" not in doc.text and _kept(doc.text)


# --- round 126k: a collection's first speech opening with 敬爱的 -----------------------------------------------------

def test_a_collections_first_speech_with_its_own_salutation_keeps_its_opening():
    raw = ("中秋节的演讲稿\n\n中秋节的演讲稿1\n\n敬爱的老师,亲爱的同学们:\n\n  大家早上好!\n\n  我是2班的张某某。\n\n"
           "  秋浓了,月圆了,又一个中秋要到了!中秋节是我国的第二大传统节日。\n\n  中秋的月最圆,所以中秋又被称为“团圆节”。\n\n"
           "  谢谢大家!\n\n中秋节的演讲稿2\n\n亲爱的老师,亲爱的同学们:\n\n  各位下午好!\n\n  一年一度的中秋节又要到了。\n")
    doc = _clean(raw)
    for sentence in ("大家早上好!", "我是2班的张某某。", "中秋的月最圆,所以中秋又被称为“团圆节”。"):
        assert sentence in doc.text


# --- round 126k: a site's name and domain after a sentence, a forum's widgets, a how-to question ------------------

def test_a_sites_name_and_domain_closing_a_line_go():
    line = "希望时间永远停留在这一刻,让美好暂停。作文吧 Www.AbcWen.Net"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert "让美好暂停。" in doc.text and "Www" not in doc.text and "作文吧" not in doc.text


def test_a_speaker_naming_a_site_to_visit_stays():
    line = "欢迎大家登录www.abc.gov.cn"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n要抓好落实。{line}\n{SECOND}\n{THIRD}")
    assert "www.abc.gov.cn" in doc.text


def test_a_forums_post_widgets_go():
    head = "[复制链接]\n跳转到指定楼层\n楼主\n只看该作者 | 倒序浏览 | 阅读模式\n"
    doc = _clean(_speech(head=head))
    assert "楼层" not in doc.text and "楼主" not in doc.text and "倒序" not in doc.text and _kept(doc.text)


def test_a_writing_sites_question_on_how_to_write_goes():
    head = "小学生垃圾分类演讲稿要怎么写,才更标准规范?根据多年的文秘写作经验,参考优秀的样本能让你事半功倍,下面分享精选十篇,供你选择借鉴。\n"
    doc = _clean(_speech(head=head))
    assert "怎么写" not in doc.text and "借鉴" not in doc.text and _kept(doc.text)


def test_a_speaker_asking_how_to_write_stays():
    line = "这篇文章怎么写,关键要看大家的实践。"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert line in doc.text


def test_a_sites_invitation_to_read_the_samples_below_goes():
    head = "“树欲静而风不止,子欲孝而亲不待。”父亲走了,我们看看下面的父亲葬礼答谢词吧!\n"
    doc = _clean(_speech(head=head))
    assert "看看下面" not in doc.text and _kept(doc.text)


# --- round 127k: a previous-article bar cut off by the page's end, a template site's lead on the genre ---------------

def test_a_previous_article_bar_cut_off_by_the_pages_end_goes():
    raw = f"{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}为促进我市收藏民政局长在座谈会上的致辞) 上一篇:区民政局软环境建设“执行"
    doc = _clean(raw)
    assert "上一篇" not in doc.text and "收藏" not in doc.text and THIRD in doc.text


def test_a_closing_sentence_after_a_collect_word_stays():
    line = "让我们收藏这份记忆(难忘的岁月) 上一篇章已经写完,新的篇章正在展开。"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n{line}")
    assert "新的篇章正在展开。" in doc.text


def test_a_template_sites_lead_on_the_genre_goes_with_the_title_glued_before_it():
    head = ("教师代表发言稿范文(精选3篇)教师代表发言稿范文(精选3篇)在社会发展不断提速的今天,我们都可能会用到发言稿,"
            "发言稿的写法比较灵活,结构形式要求也不像演讲稿那么严格。\n")
    doc = _clean(_speech(head=head))
    assert "写法" not in doc.text and "不断提速" not in doc.text and _kept(doc.text)


def test_a_speaker_telling_the_audience_they_will_need_a_speech_stays():
    line = "今后大家会用到发言稿的机会很多,要认真准备,讲出水平。"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert line in doc.text


# --- round 128k: a count cut off on the page's last line, the cut mark above it --------------------------------------

def test_a_count_cut_off_on_the_last_line_goes_with_the_cut_mark_above_it():
    raw = f"{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n各县市区也都建立健全了活动领导…………\n\n\n全文共33"
    doc = _clean(raw)
    assert doc.text.rstrip().endswith("活动领导") and "全文共" not in doc.text and FIRST in doc.text and SECOND in doc.text


def test_a_count_of_articles_in_a_speech_stays():
    line = "全文共33条,请大家认真学习。"
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}")
    assert line in doc.text
