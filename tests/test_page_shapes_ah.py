"""Session ah: families held-out rounds 134k-137k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.lines import flatten_lines
from page_shapes import audit_rules as _rules, clean_audited as _clean

GREETING = "各位嘉宾、各位宗亲:"
OPENING = "今天,我们怀着喜悦的心情欢聚一堂,共同庆祝宗亲会成立十周年。"
MIDDLE = "十年来,宗亲会积极开展敬老助学等公益活动,增进了宗亲之间的情谊。"
CLOSING = "最后,祝各位宗亲身体健康、阖家幸福!"


# --- a collection's title echoed between the salutation and the greeting (round 134k, flattened) ----------------------

def _collection(echo: str = "宗亲会致辞(精选19篇)") -> str:
    return (f"首页 > 致辞\n宗亲会致辞(精选19篇)\n{GREETING}\n{echo}\n大家好!\n{OPENING}\n{MIDDLE}\n{CLOSING}\n谢谢大家!\n")


@pytest.mark.parametrize("joiner", [" ", ""])
def test_a_collection_title_echoed_after_the_salutation_goes_on_a_flattened_page(joiner):
    doc = _clean(flatten_lines(_collection(), "lines", joiner))
    text = doc.text.replace(" ", "")
    assert f"{GREETING}大家好!" in text.replace("\n", "")
    assert all(s in text for s in (OPENING, MIDDLE, CLOSING))
    assert "collection_echo" in _rules(doc)


def test_a_collection_title_echoed_goes_when_the_page_came_in_lines():
    doc = _clean(_collection())
    assert "精选19篇" not in doc.text and "大家好!" in doc.text and OPENING in doc.text


def test_a_collection_title_glued_after_a_salutation_goes_without_a_title_above():
    doc = _clean(f"{GREETING}宗亲会致辞(精选19篇)大家好!{OPENING}{MIDDLE}{CLOSING}\n")
    assert "精选" not in doc.text and doc.text.startswith(GREETING) and "大家好!" in doc.text


def test_a_count_of_articles_inside_a_sentence_stays():
    raw = f"{GREETING}\n大家好!\n{OPENING}会刊共刊发乡贤文章(共19篇),深受好评。\n{CLOSING}\n"
    doc = _clean(raw)
    assert "乡贤文章(共19篇)" in doc.text


# --- round 136k -----------------------------------------------------------------------------------------------------

TITLE = "在全镇城乡居民医疗保险推进会上的讲话"
FIRST = "今天,我们召开全镇城乡居民医疗保险推进会,主要任务是部署今年的参保工作。"
SECOND = "城乡居民医疗保险是一项重大的民生工程,关系群众切身利益。"
THIRD = "同志们,让我们共同努力,确保圆满完成全年参保任务!"


def _page(head: str = "", body: str = "") -> str:
    return f"{head}{TITLE}\n同志们:\n{FIRST}\n一、提高政治站位,深刻认识参保工作的重要性\n{SECOND}\n{body}{THIRD}\n"


def _kept(text: str) -> bool:
    return all(s in text for s in (FIRST, SECOND, THIRD))


def test_an_outline_of_numbered_headings_goes_when_the_excerpt_is_cut_below_its_first():
    outline = "提纲:\n\n一、提高政治站位\n\n二、正视问题挑战\n\n  (一)关于参保范围\n\n  (二)关于激励机制\n\n三、强化保障措施\n\n"
    doc = _clean(_page(head=outline))
    assert _kept(doc.text) and "正视问题挑战" not in doc.text and "关于激励机制" not in doc.text
    assert "一、提高政治站位,深刻认识" in doc.text


def test_numbered_lines_under_a_label_stay_when_none_stands_again_below():
    outline = "提纲:\n一、学习贯彻\n二、明确目标\n三、压实责任\n"
    doc = _clean(f"同志们:\n{FIRST}\n{outline}{SECOND}\n{THIRD}\n")
    assert "二、明确目标" in doc.text and "三、压实责任" in doc.text


@pytest.mark.parametrize("brand", ["hjc888黄金城", "w66利来", "am8亚博"])
def test_a_casino_brand_with_a_site_code_in_place_of_a_name_goes_everywhere(brand):
    raw = (f"在篮球文化节开幕式上的致辞\n亲爱的同学们:\n值此金秋时节,{brand}2023级篮球文化节即将拉开帷幕。\n"
           f"{brand}全体师生要赛出风格、赛出水平。\n祝本次文化节圆满成功!\n")
    doc = _clean(raw)
    assert brand not in doc.text and "2023级篮球文化节即将拉开帷幕。" in doc.text
    assert "gambling_brand" in _rules(doc)


@pytest.mark.parametrize("text", ["黄金城小区的物业要做好服务。", "永利集团2019年在我县投资建厂。", "凡是有利来年增收的项目要优先安排。"])
def test_a_casino_name_without_a_site_code_stays(text):
    doc = _clean(_page(body=text + "\n"))
    assert text in doc.text


def test_a_site_category_word_glued_before_the_next_point_goes():
    doc = _clean(_page(body="三是班子建设有新突破。心得体会四是基层党建有新进步。\n"))
    assert "。四是基层党建有新进步。" in doc.text and "心得体会" not in doc.text and _kept(doc.text)


def test_a_category_word_opening_a_sentence_stays():
    doc = _clean(_page(body="大家交流了学习体会。心得体会要写出真情实感。\n"))
    assert "心得体会要写出真情实感。" in doc.text


def test_a_bare_guide_label_goes_with_the_summary_below_it():
    summary = f"某某范文网:www.abc-fanwen.com{FIRST}{SECOND[:12]}。"
    doc = _clean(f"{TITLE}\n\n2022-10-25 08:11:15 142\n\n文章导读\n\n{summary}\n\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "文章导读" not in doc.text and doc.text.count(FIRST) == 1 and _kept(doc.text)


def test_a_portals_links_after_a_name_go():
    doc = _clean(_page(body="备受关注的某某星辰(星辰新闻,星辰说吧)下线仪式今天隆重举行。\n"))
    assert "某某星辰下线仪式今天隆重举行。" in doc.text and "说吧" not in doc.text


def test_brackets_naming_something_else_stay():
    doc = _clean(_page(body="会上发布了某某星辰(新闻发布会版)的宣传片。\n"))
    assert "某某星辰(新闻发布会版)" in doc.text


def test_a_search_query_before_the_title_goes():
    doc = _clean(_page(head="某某新村怎么样_"))
    assert "怎么样" not in doc.text and _kept(doc.text)
    assert "seo_keyword" in _rules(doc)


def test_a_page_number_after_a_comma_before_a_blank_line_goes():
    doc = _clean(f"同志们:\n{FIRST}\n2008年,1\n\n乡党委克服重重困难,投资新建通村公路。\n{SECOND}\n{THIRD}\n")
    assert "2008年,\n乡党委克服" in doc.text or "2008年,乡党委克服" in doc.text
    assert "page_number" in _rules(doc)


def test_a_number_ending_a_line_after_a_comma_with_no_blank_line_stays():
    doc = _clean(f"同志们:\n{FIRST}\n参会单位共有12\n个部门。\n{SECOND}\n{THIRD}\n")
    assert "12" in doc.text


# --- round 136k, flattened ----------------------------------------------------------------------------------------

def test_a_panel_word_with_a_list_header_goes_on_a_flattened_row():
    doc = _clean(f"{TITLE}\n时间:2022-10-14 22:06:10 讲话稿\n我要投稿 • 相关推荐\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "我要投稿" not in doc.text and "相关推荐" not in doc.text and _kept(doc.text)


def test_a_list_header_alone_in_a_speech_is_no_panel_word():
    from corpusmine.text.page_widgets import is_panel_line
    assert not is_panel_line("相关推荐") and is_panel_line("我要投稿 • 相关推荐")


def test_a_visit_counter_glued_after_the_last_word_goes():
    doc = _clean(flatten_lines(f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n谢谢\n1 次访问\n"))
    assert "访问" not in doc.text and _kept(doc.text.replace("\n", ""))


def test_a_visit_count_inside_a_sentence_stays():
    doc = _clean(_page(body="全年接待群众来访咨询3000次,访问量大幅增长。\n"))
    assert "3000次,访问量" in doc.text


def test_a_rule_of_stars_between_words_goes_and_is_no_placeholder():
    doc = _clean(flatten_lines(f"某某局长开展礼致辞全文\n**********************\n各位嘉宾:\n{FIRST}\n{SECOND}\n{THIRD}\n"))
    assert "*" not in doc.text and "〔某〕" not in doc.text and _kept(doc.text.replace("\n", ""))


def test_a_few_stars_in_place_of_a_name_are_still_a_placeholder():
    doc = _clean(_page(body="感谢***同志为这次会议所做的准备工作。\n"))
    assert "感谢〔某〕同志" in doc.text


# --- round 137k -----------------------------------------------------------------------------------------------------

def test_a_learning_sites_name_injected_at_a_paragraphs_start_goes():
    doc = _clean(f"亲爱的同学们:\n大家好!\n某某啦在线学习网{FIRST}\n{SECOND}这是我们教育某某啦在线学习网的目标。\n{THIRD}\n")
    assert "学习网" not in doc.text and _kept(doc.text) and "这是我们教育的目标。" in doc.text
    assert "site_name" in _rules(doc)


def test_a_site_name_ending_in_a_common_site_word_goes_only_when_repeated():
    once = _clean(_page(body="大家可以登录某某资料网查阅。\n"))
    assert "某某资料网查阅" in once.text
    twice = _clean(f"同志们:\n某某范文网{FIRST}\n某某范文网{SECOND}\n{THIRD}\n")
    assert "范文网" not in twice.text and _kept(twice.text)


@pytest.mark.parametrize("button", ["向上滑动阅览", "文本预览下载声明", "寄给朋友政府主网页", "打印本页 | 关闭窗口"])
def test_a_pages_button_alone_on_its_line_goes(button):
    doc = _clean(f"{TITLE}\n{button}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert button not in doc.text and _kept(doc.text)


def test_a_speech_asking_to_slide_stays():
    doc = _clean(_page(body="请大家在屏幕上向上滑动阅览会议材料。\n"))
    assert "向上滑动阅览会议材料" in doc.text


def test_a_counter_alone_on_the_pages_first_line_goes():
    doc = _clean(f"0\n\n{TITLE}\n\n浏览\n\n5540\n\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert not doc.text.startswith("0") and _kept(doc.text)


def test_a_kana_alt_text_on_a_chinese_page_goes():
    doc = _clean(f"某某总领事新年贺辞\n\n2021/2/11\n某某大使お写真\n新年贺辞\n新年快乐!\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "お写真" not in doc.text and _kept(doc.text)
    assert "caption" in _rules(doc)


def test_a_kana_sentence_is_no_alt_text():
    from corpusmine.text.page_framing import framing_spans
    view = f"同志们:\n{FIRST}\n日本友人说:“ありがとうございます。”\n{SECOND}\n"
    assert not [rule for _, _, rule in framing_spans(view) if rule == "caption"]


def test_a_title_glued_to_the_speech_with_ascii_commas_is_no_menu_on_a_flattened_page():
    opening = "2026 年是“十五五”的开局之年,是“好风凭借力”的崭 新起点,今年全镇上下要凝心聚力做成“三件事”"
    point = "一是让经济“账面”更出彩。2025 年的各项经济指标都基 本完成任务。"
    raw = ("购物车 我的足迹 镇党委书记在2026年开局动员会上的讲话 加入Vip免费下载 立即下载 "
           f"镇党委书记在 2026 年开局动员会上的讲话 {opening} 第一件事是“想办却还没办成的事” {point} {SECOND}")
    text = _clean(raw).text.replace(" ", "").replace("\n", "")
    assert opening.replace(" ", "") in text and point.replace(" ", "") in text and "购物车" not in text


@pytest.mark.parametrize("lead", ["快跟着播报君,透过这些铿锵有力的致辞,感受成长的力量哦~", "快跟著播報君,透過這些鏗鏘有力的致辭,感受成長的力量哦~",
                                  "一起跟随小编看看校长们都说了什么吧!"])
def test_an_accounts_persona_calling_the_reader_along_goes(lead):
    doc = _clean(f"{lead}\n某某校长\n同学们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "君" not in doc.text and "小编" not in doc.text and _kept(doc.text)


def test_a_speaker_asking_to_follow_a_teacher_stays():
    doc = _clean(_page(body="希望同学们跟着老师好好学习,天天向上。\n"))
    assert "跟着老师好好学习" in doc.text


# --- round 138k -----------------------------------------------------------------------------------------------------

def test_a_speaker_recalling_the_address_just_given_is_no_genre_paragraph():
    recall = ("刚才某某副会长做了热情洋溢的致辞,介绍了近年来全省慈善工作的做法。"
              "这些经验和做法让我们深受启迪,也值得大家学习借鉴。")
    doc = _clean(f"某某同志\n各位代表:\n大家上午好!\n{FIRST}\n{recall}\n{SECOND}\n{THIRD}\n")
    assert recall in doc.text and _kept(doc.text)


def test_a_sites_paragraph_on_the_genre_still_goes():
    blurb = "致辞是在仪式上发表的讲话,写好致辞并不容易,大家可以参考借鉴下面整理的范文。"
    doc = _clean(f"{blurb}\n各位代表:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "参考借鉴" not in doc.text and _kept(doc.text)


@pytest.mark.parametrize("lead", ["总统致词内容为:", "總統書面賀詞全文為:", "市长讲话内容为:"])
def test_a_lead_in_saying_the_text_is_as_follows_goes(lead):
    doc = _clean(f"某某新闻\n某某今天出席庆祝大会并致词。\n{lead}\n各位贵宾:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "内容为" not in doc.text and "全文為" not in doc.text and _kept(doc.text)


def test_an_editors_sentence_whose_sites_name_is_lost_ends_the_intro():
    raw = ("中心小学校长述职报告述职报告就是把自己履行职责的情况写成书面文字的文体。"
           "下面是由带来的有关校长述职报告5篇,以方便大家借鉴学习。尊敬的领导:" + FIRST + SECOND + THIRD)
    doc = _clean(raw)
    assert "方便大家借鉴" not in doc.text and "尊敬的领导:" in doc.text and _kept(doc.text)


def test_a_membership_gate_and_the_sites_slogan_below_it_go():
    tail = ("\n(未完,全文共1641字,当前显示451字)\n\n温馨提示\n\n此文章为某某公文网原创,稍加修改便可使用。只有正式会员才能完整阅读,请理解!"
            "\n\n会员不仅可以阅读完整文章,而且可以下载WORD版文件\n\n已经注册:立即登录>>\n\n某某公文网 ,让我们一起早下班!\n")
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}{tail}")
    assert "会员" not in doc.text and "早下班" not in doc.text and _kept(doc.text)


def test_a_speaker_on_members_only_reading_stays():
    body = "图书馆的电子资源只有正式会员才能完整阅读,我们要简化办证手续。\n"
    doc = _clean(_page(body=body))
    assert body.strip() in doc.text


def test_an_accessibility_anchor_and_a_build_stamp_go():
    doc = _clean(f":::主要内容区\n{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\nCode Ver.:F201708221923 & F201708221923.cs\n")
    assert ":::" not in doc.text and "Code Ver" not in doc.text and _kept(doc.text)


# --- round 139k (flattened) -----------------------------------------------------------------------------------------

def test_a_sentence_holding_a_download_link_is_no_link_advert_on_a_flattened_page():
    sentence = ("为了增添新春喜气,监管局特别推出了四款新春 WhatsApp 贴图,欢迎业界同仁下载使用(下载连结:https://example.org/p/775327/zh),"
                "在佳节期间以轻松有趣的方式传递祝福。")
    raw = f"某某局主席发表新春贺辞\n新春将至,万象更新。\n{FIRST}\n{SECOND}\n{sentence}\n在此,我谨代表全局同仁,祝大家新春快乐!\n"
    text = _clean(flatten_lines(raw)).text.replace(" ", "").replace("\n", "")
    assert sentence.replace(" ", "") in text


def test_a_link_advert_alone_on_its_line_still_goes():
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n免费领取资料 https://example.org/abc\n")
    assert "example.org" not in doc.text and _kept(doc.text)


# --- round 135k (measured last session, its pages lost with the machine; the family as its notes describe it) --------

@pytest.mark.parametrize("prefix", ["某某文库", "某某文库-", "某某文库网:"])
def test_a_librarys_name_before_the_title_goes(prefix):
    doc = _clean(f"{prefix}2024年全县环保工作会议讲话(精选3篇)\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "文库" not in doc.text and _kept(doc.text)


def test_a_speech_naming_a_library_stays():
    doc = _clean(_page(body="县图书馆文库建设工作报告已经印发,请大家认真学习。\n"))
    assert "县图书馆文库建设工作报告已经印发" in doc.text


# --- round 140k -----------------------------------------------------------------------------------------------------

def test_a_placeholder_typeset_between_spaces_stays_in_its_sentence_on_a_flattened_page():
    sentence = "按照市委的统一部署,市委统战部驻 xxx 村工作队于 201x 年 12 月 5 日正式进驻某某乡 xxx 村。"
    raw = f"某某工作队典型经验材料\n2024-12-10\n{sentence}\n{FIRST}\n{SECOND}\n{THIRD}\n"
    text = _clean(flatten_lines(raw)).text.replace(" ", "").replace("\n", "")
    assert "于201x年12月5日正式进驻某某乡〔某〕村。" in text and _kept(text)


def test_a_documents_format_notice_goes():
    doc = _clean(f"{TITLE}\n文档为doc格式。\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "格式" not in doc.text and _kept(doc.text)


def test_a_speech_on_a_documents_format_stays():
    doc = _clean(_page(body="上报材料的文档为doc格式,请各单位在周五前报送。\n"))
    assert "文档为doc格式,请各单位" in doc.text


# --- round 141k -----------------------------------------------------------------------------------------------------

def test_a_number_and_a_writing_sites_name_injected_inside_a_sentence_go():
    doc = _clean(_page(body="对药品和医疗市场进行517878秘书网了全面检查。\n"))
    assert "对药品和医疗市场进行了全面检查。" in doc.text and _kept(doc.text)


def test_a_site_name_number_and_address_glued_after_a_sentence_go():
    doc = _clean(_page(body="我们收到两份礼物。某某范文25http://fanwen.abc.com一份礼物来自党和国家。\n"))
    assert "我们收到两份礼物。一份礼物来自党和国家。" in doc.text and "http" not in doc.text


def test_an_address_a_speaker_gives_inside_a_sentence_stays():
    doc = _clean(_page(body="请大家登录http://www.gov.cn查询政策原文。全县投资2000万元建设网格化平台。\n"))
    assert "登录http://www.gov.cn查询" in doc.text and "2000万元建设网格化平台" in doc.text


def test_a_reading_tip_glued_inside_a_flattened_line_goes():
    tip = "阅读小贴士:模板1共计2785个字,预计阅读时长7分钟。朗读需要14分钟,中速朗读19分钟,有229位用户喜欢。"
    doc = _clean(flatten_lines(f"{TITLE}\n某某讲话 模板1\n{tip}\n尊敬的老师:\n{FIRST}\n{SECOND}\n{THIRD}\n"))
    assert "小贴士" not in doc.text and "用户喜欢" not in doc.text and _kept(doc.text.replace("\n", ""))


def test_a_document_sites_numbered_disclaimers_glued_to_the_text_go():
    notices = ("1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充等附加服务。 "
               "3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。 ")
    doc = _clean(f"{TITLE} {notices}同志们: {FIRST}{SECOND}{THIRD}")
    assert "甄别" not in doc.text and "侵犯" not in doc.text and _kept(doc.text.replace("\n", ""))


def test_a_news_report_greeting_the_guests_above_a_salutation_over_lines_goes_and_the_salutation_stays():
    salutation = "各位国家元首,政府首脑,\n各位高级代表,\n各位来宾,\n女士们,先生们,朋友们:\n"
    raw = ("某某社北京4月27日电(某某报道组)国家主席某某26日在人民大会堂举行宴会,欢迎出席高峰论坛的外方领导人及嘉宾。"
           "期间,某某发表致辞,代表中国政府和中国人民热烈欢迎各位嘉宾。以下为致辞全文:\n"
           f"{salutation}晚上好!{FIRST}\n{SECOND}\n{THIRD}\n")
    doc = _clean(raw)
    assert doc.text.startswith(salutation.rstrip("\n")) and "举行宴会" not in doc.text and _kept(doc.text)


def test_a_salutation_set_over_lines_under_a_title_stays_whole():
    doc = _clean(f"{TITLE}\n尊敬的各位领导,\n各位来宾,\n女士们、先生们:\n{FIRST}\n{SECOND}\n谢谢大家!\n")
    assert doc.text.startswith("尊敬的各位领导,\n各位来宾,\n女士们、先生们:") and TITLE not in doc.text


# --- round 142k -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cut", ["工业占比不足xx%,……", "粮食初加工比重还需提高,……"])
def test_an_ellipsis_closing_a_cut_page_after_a_comma_goes(cut):
    doc = _clean(f"同志们:\n{FIRST}\n{SECOND}\n{cut}\n")
    assert not doc.text.rstrip().endswith("…") and FIRST in doc.text and SECOND in doc.text
    assert "truncation_marker" in _rules(doc)


@pytest.mark.parametrize("end", ["发展要靠大家、靠你们、靠我们等等……", "这就是我们的家乡啊……", "我们的路还很长……"])
def test_a_speakers_trailing_ellipsis_stays(end):
    doc = _clean(f"同志们:\n{FIRST}\n{SECOND}\n{end}\n")
    assert doc.text.rstrip().endswith("……")
