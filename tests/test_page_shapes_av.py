"""Session av: families held-out rounds 241k-242k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text
from corpusmine.text.metadata import read_metadata

OPENING = "本月20日,我市某副市长就冬季征兵工作发表广播讲话。他说,适龄青年要踊跃报名应征。"
MIDDLE = "要坚持问题导向,抓好各项任务落实,确保征兵工作取得新成效。"
CLOSING = "同志们,让我们团结一心,为建设平安某市作出新的更大贡献!"
BODY = f"{OPENING}\n{MIDDLE}\n{CLOSING}"


def _kept(text: str) -> bool:
    return all(s in text for s in (OPENING, MIDDLE, CLOSING))


# ------------------------------------------- a local-documents database's record above a newspaper's speech

RECORD = ("某副市长发表广播讲话\n\n知识类型: 析出资源\n内容出处: 《某市报》 报纸\n唯一号: 100200300400500\n"
          "颗粒名称: 某副市长发表广播讲话\n其他题名: 征兵工作必须抓紧抓好\n分类号: E263\n"
          "摘要: 这篇文字主要是某副市长在冬季征兵宣传活动中的讲话。他首先向适龄青年发出号召,并感谢各界的支持。\n"
          "关键词: 冬季征兵 广播讲话\n\n内容\n\n")


def test_a_local_documents_record_goes_with_its_abstract_and_its_body_label():
    doc = _clean(RECORD + BODY)
    for gone in ("唯一号", "颗粒名称", "其他题名", "分类号", "这篇文字", "关键词", "\n内容\n"):
        assert gone not in doc.text, gone
    assert _kept(doc.text) and doc.text.startswith("某副市长发表广播讲话")
    assert "meta_row" in _rules(doc)


def test_an_abstract_in_the_speech_s_own_words_keeps_its_text():
    page = ("唯一号: 100200300400500\n颗粒名称: 某副市长讲话\n分类号: E263\n"
            f"摘要: 今天我们召开全市征兵工作会议,部署今年任务。\n\n{BODY}")
    text = clean_text(page)
    assert "今天我们召开全市征兵工作会议,部署今年任务。" in text and "唯一号" not in text and _kept(text)


def test_a_speech_line_opening_like_an_abstract_without_a_record_stays():
    line = "这篇文章主要是讲怎样做好征兵工作的,大家回去要认真学习。"
    assert line in clean_text(f"同志们:\n{line}\n{BODY}")


def test_two_record_labels_alone_are_not_a_record():
    page = f"同志们:\n{BODY}\n其他题名: 征兵工作必须抓紧抓好\n内容\n要抓好落实。"
    text = clean_text(page)
    assert "征兵工作必须抓紧抓好" in text and "要抓好落实。" in text


# ------------------------------------------------- metadata: a speech's title glued to its first sentence

def test_a_title_glued_to_the_first_sentence_gives_the_year():
    m = read_metadata("在2018年省直机关党的工作会议上的讲话今年,是贯彻落实党的十九大精神的开局之年。全省机关要抓好落实。")
    assert m["year"] == 2018 and m["admin_level"] == "province"


def test_a_reference_to_another_speech_is_not_a_glued_title():
    for text in ("在2016年全县乡村振兴工作会议上的讲话精神要认真贯彻落实。全县上下要抓好。",
                 "在2016年全市工作会议上的讲话中,书记提出了三点要求。全市上下要抓好。"):
        assert read_metadata(text)["year"] is None, text


def test_a_bracketed_date_opening_the_text_or_after_a_glued_title_gives_the_year():
    assert read_metadata("(1989年3月4日)农业是国民经济的基础。全省上下要抓好农村工作。")["year"] == 1989
    m = read_metadata("副市长在某市残疾人工作会议上的讲话(二〇〇六年三月三十一日)这次全市残疾人工作会议十分重要。")
    assert m["year"] == 2006 and m["speaker_role"] == "副市长"


def test_a_bracketed_date_inside_a_sentence_is_not_a_dateline():
    r = read_metadata("全市上下要认真落实《某某通知》(2015年3月1日印发)的要求,抓好残疾人工作。")
    assert r["year"] is None


# ------------------------------------------------- a share panel's steps, a line each, and an image's size line

def test_a_share_panel_s_steps_go_line_by_line():
    panel = "分享到微信,\n请点击右上角。\n再选择[发送朋友]\n或[分享到朋友圈]"
    doc = _clean(f"{panel}\n同志们:\n{BODY}\n{panel}")
    for gone in ("分享到微信", "点击右上角", "发送朋友", "分享到朋友圈"):
        assert gone not in doc.text, gone
    assert _kept(doc.text)


def test_a_speech_sentence_asking_to_share_stays():
    line = "请大家点击右上角的按钮,把这次活动分享到朋友圈,让更多人参与进来。"
    assert line in clean_text(f"同志们:\n{line}\n{BODY}")


def test_an_image_s_size_before_its_alt_text_goes():
    page = f"【某某时报】某某论坛开幕 某某出席并致辞\n\n640 2 1024x500 - 【某某时报】某某论坛开幕 某某出席并致辞\n\n{BODY}"
    text = clean_text(page)
    assert "1024x500" not in text and _kept(text)


# ------------------------------------------------- an e-paper page's headline index above its 版面导航 label

def test_an_e_paper_s_headline_index_between_its_page_header_and_its_label_goes():
    index = "持续推进民族团结进步创建\n某地召开民族工作会议\n携手共建 同享盛世\n看准方向 永远跟党走"
    page = f"第02版:新闻·要闻 上一版3  4下一版\n{index}\n \n版面导航  \n上一期\n\n看准方向 永远跟党走\n\n{BODY}"
    text = clean_text(page)
    for gone in ("持续推进民族团结进步创建", "某地召开民族工作会议", "携手共建"):
        assert gone not in text, gone
    assert _kept(text)


def test_short_lines_above_a_label_without_a_page_header_stay():
    page = f"同志们:\n{OPENING}\n要抓好三件事\n一是抓学习\n二是抓落实\n\n版面导航\n{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "一是抓学习" in text and "二是抓落实" in text and _kept(text)


# ------------------------------------------------- a betting brand a hijacked page inserts between two clauses

def test_a_numbered_betting_brand_between_two_clauses_goes():
    line = "全县上下贯彻落实省委主要领导368体育投注,368体育备用网址视察调研时的重要讲话精神。"
    assert clean_text(line) == "全县上下贯彻落实省委主要领导视察调研时的重要讲话精神。"


def test_a_speech_on_lottery_rules_keeps_its_words():
    line = "要严厉打击非法体育投注,规范体育彩票市场,全市12家体育平台全年开放。"
    assert clean_text(line) == line


# ------------------------------------------------- metadata: the place right after a report's dated lead

def test_the_place_after_a_report_s_dated_lead_is_the_region():
    for text, region in (("12月15日,惠安县农村精神文明建设暨移风易俗工作推进会议召开。县委副书记某某出席。全县上下要抓好落实。", "福建省惠安县"),
                         ("10月11日,2023年通城县殡葬改革工作推进会召开。县长某某出席会议并讲话。全县上下要抓好落实。", "湖北省通城县"),
                         ("某某讲话\n10月29日上午,台儿庄区红白理事会会长培训班举行。全区上下要抓好移风易俗。", "山东省台儿庄区")):   # its province from the division table (session bc)
        assert read_metadata(text)["region"] == region, text


def test_a_date_before_a_generic_area_or_a_phrase_is_no_region():
    for text in ("5月1日,开发区管委会召开会议。全区上下要抓好落实。", "10月11日,全县召开殡葬改革推进会。全县上下要抓好落实。"):
        assert read_metadata(text)["region"] is None, text


# ------------------------------------------------- publisher's notes, a press release's title notes, a hidden-content login

def test_a_publisher_s_note_under_the_title_goes():
    text = clean_text(f"某某在防汛工作会议上的讲话\n(2016年9月27日)\n(未经本人审阅)\n{BODY}")
    assert "未经本人审阅" not in text and "(2016年9月27日)" in text and _kept(text)


def test_a_press_release_s_title_notes_go():
    text = clean_text(f"某某局长于某某简介会之致辞全文(附圖)(只有中文)\n{BODY}")
    assert "附" not in text and "只有中文" not in text and _kept(text)


def test_a_speaker_s_words_on_a_recording_stay():
    line = "这篇讲话是根据录音整理的,有删节的地方请大家谅解。"
    assert line in clean_text(f"同志们:\n{line}\n{BODY}")


def test_a_hidden_content_login_prompt_goes():
    text = clean_text(f"某区召开预算编制工作会议\n查看隐藏内容(*)需先登录\n{BODY}")
    assert "隐藏内容" not in text and "登录" not in text and _kept(text)


def test_a_report_s_lead_opening_on_its_full_date_gives_the_year_and_a_long_place_name():
    text = ("某市举办2021年秋季退役军人光荣返乡欢迎仪式\n2021年11月10日,锡林浩特市2021年秋季退役军人光荣返乡欢迎仪式举行。"
            "市人武部政委某某出席并讲话。")
    m = read_metadata(text)
    assert m["year"] == 2021 and m["region"] == "内蒙古自治区锡林浩特市"


def test_a_date_the_speaker_recalls_after_the_salutation_is_not_the_year():
    assert read_metadata("同志们:\n2019年3月15日,省里召开了推进会。全县上下要抓好落实。")["year"] is None


# ------------------------------------------------- a download note framed by rules; a book mirror's search prompt

def test_a_download_note_framed_by_rules_goes():
    text = clean_text(f"同志们:\n{OPENING}\n== 本文为word格式,下载后可方便编辑和修改! ==\n{MIDDLE}\n{CLOSING}")
    assert "word" not in text and "==" not in text and _kept(text)


def test_a_book_mirror_s_search_prompt_goes():
    page = f"您可以在百度里搜索“某某工作四十年(上、下册) 某某文学(www.example.xyz)”查找最新章节!\n同志们:\n{BODY}"
    text = clean_text(page)
    assert "百度" not in text and "最新章节" not in text and _kept(text)


def test_a_speaker_s_words_on_searching_stay():
    line = "大家可以在百度里搜索一下我们县的特色产品,了解最新情况。"
    assert line in clean_text(f"同志们:\n{line}\n{BODY}")


# ------------------------------------------------- a document site's chunk number printed again inside its chunk

def test_a_chunk_number_printed_again_inside_its_chunk_goes():
    page = ("1、在全市治水大会上的讲话1、今天召开全市治水大会,主要任务是总结去年工作,部署今年任务,推动美丽水乡建\n"
            "2、设,全力改2、善生态环境,取得了显著成果。一是治水工作有特色,有力度,有成效,群众满意度不断提升,全市消除垃圾河\n"
            "3、一百多公里,3、治水成果得到巩固。")
    text = clean_text(page)
    assert "全力改善生态环境" in text and "公里,治水成果" in text and "讲话今天召开" in text   # the inner copies


def test_a_speech_s_numbered_points_keep_their_numbers():
    page = "同志们:\n1、要加强领导,压实责任,各乡镇要把1、2月的工作安排好。\n2、要强化督查,确保各项任务落实到位。"
    text = clean_text(page)
    assert "1、2月" in text


# ------------------------------------------------- a placeholder's entity after a blank (常务副市长 times;同志)

def test_a_placeholder_entity_after_a_blank_becomes_its_mark():
    text = clean_text("刚才,市委常委、常务副市长 times;同志通报了全市优化营商环境的基本情况,times;位常委作了发言。")
    assert "times;" not in text and "副市长 ×同志" in text and "×位常委" in text


def test_an_english_times_before_a_blank_stays_english():
    assert "three times;" in clean_text("要抓好落实。He tried three times; it worked.\n同志们要抓好。")
