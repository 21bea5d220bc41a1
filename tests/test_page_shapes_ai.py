"""Session ai: families held-out round 143k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.lines import flatten_lines
from page_shapes import audit_rules as _rules, clean_audited as _clean, flat_kept

SALUTE = "同志们:"
OPENING = "今天,市政府召开二季度全市安全生产专题会议,研究部署下一阶段的重点工作。"
MIDDLE = "刚才,有关部门通报了一季度安全生产运行情况,这些意见我都赞成,希望大家抓紧落实。"
CLOSING = "各地各部门要压实责任,坚决遏制重特大事故的发生。"
SPEECH = (OPENING, MIDDLE, CLOSING)


def _kept(text: str) -> bool:
    return flat_kept(text, SPEECH)


# --- a paper database's reference line and its index note (round 143k) -----------------------------------------------

def _database_page(cite: str = "引用本文:某某.在二季度全市安全生产专题会议上的讲话[J].某某市人民政府公报,2006(10).") -> str:
    return (f"在二季度全市安全生产专题会议上的讲话\n{cite}\n作者姓名:某某\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n\n"
            "本文献已被 CNKI 等数据库收录!\n")


def test_a_labelled_reference_line_and_the_index_note_go():
    doc = _clean(_database_page())
    assert "引用本文" not in doc.text and "[J]" not in doc.text and "数据库收录" not in doc.text
    assert _kept(doc.text) and "citation_row" in _rules(doc)


def test_an_unlabelled_reference_in_the_standard_form_goes():
    doc = _clean(_database_page("某某.在二季度全市安全生产专题会议上的讲话[J].某某市人民政府公报,2006(10):12-15."))
    assert "[J]" not in doc.text and _kept(doc.text)


def test_the_index_note_glued_after_a_cut_text_goes():
    doc = _clean(f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}杜绝了特大事故的发生(去本文献已被CNKI 等数据库收录!\n")
    assert "收录" not in doc.text and _kept(doc.text)


def test_a_sentence_about_a_journal_and_a_database_stays():
    line = "《求是》2022年第1期刊发的重要文章已被各级理论学习中心组列入学习计划,我们要认真学习。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert line in doc.text


# --- a machine translation appended to a cut excerpt (round 143k) ------------------------------------------------------

ENGLISH = ("After listening to the reports of the two comrades, we also listened to an analysis of this year's situation. "
           "It seems that the flood control situation this year is not optimistic, and the possibility of a flood disaster "
           "cannot be ruled out. We must resolutely carry out the guideline of safety first and prevention first.")


def test_a_translation_below_a_short_excerpt_goes():
    chinese = "听了两位同志的汇报,也听了大家对今年情况的分析,看来今年防汛抗旱的形势不容乐观。" * 2 + OPENING + MIDDLE
    assert 100 <= sum("\u4e00" <= c <= "\u9fff" for c in chinese) < 200
    doc = _clean(f"论文部分内容阅读\n{chinese}\n{ENGLISH}\n")
    assert "flood" not in doc.text and OPENING in doc.text and MIDDLE in doc.text


def test_an_english_page_with_a_short_chinese_lead_keeps_its_english():
    english = " ".join([ENGLISH] * 3)
    doc = _clean(f"市长在友好城市交流会上的英文致辞。\n{english}\n")
    assert "flood control situation" in doc.text


# --- converter debris: a Cyrillic letter after a heading's last word; an escaped line break (round 143k) --------------

def test_a_cyrillic_paragraph_mark_after_a_heading_goes():
    doc = _clean(f"{SALUTE}\n{OPENING}Р 服务村民、改善民生Р 乡风文明是新农村建设的重要内容。\n{MIDDLE}\n{CLOSING}\n")
    assert "Р" not in doc.text and "改善民生" in doc.text and _kept(doc.text)


def test_a_russian_word_stays():
    line = "代表团用俄语向大家问好:Привет!我们要加强交流合作。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert "Привет" in doc.text


def test_an_escaped_line_break_left_as_text_becomes_a_break():
    doc = _clean(f"{SALUTE}\n{OPENING}\\n{MIDDLE}\\n{CLOSING}\n")
    assert "\\n" not in doc.text and "escaped_break" in _rules(doc)
    assert MIDDLE in doc.text.splitlines() or MIDDLE in doc.text


def test_a_path_with_a_backslash_stays():
    line = "文件已放在共享盘C:\\new目录下,请各单位及时下载学习。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert "C:\\new" in doc.text


# --- a casino brand injected inside a sentence, with its slogan (round 143k) -------------------------------------------

def test_a_casino_slogan_injected_inside_a_sentence_goes():
    doc = _clean("尊敬的各位领导,亲爱的同学们:\n大家好!我是来自维多利亚老品牌值得信赖官方网站英语专业的新生某某,来自武汉。"
                 f"\n{OPENING}\n{CLOSING}\n")
    assert "维多利亚" not in doc.text and "英语专业的新生某某" in doc.text and "gambling_brand" in _rules(doc)


def test_victoria_as_a_name_stays():
    line = "我们参观了维多利亚港,还拜访了维多利亚大学的老朋友。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert line in doc.text


# --- a footer cut after its first character, below a text cut mid-sentence (round 143k) -------------------------------

def test_a_lone_character_below_a_cut_text_goes():
    body = "\n".join(SPEECH * 4) + "\n强调全员参与,重视团队合作,在运动中体验快乐,在合作中增"
    doc = _clean(f"{SALUTE}\n{body}\n\n腾\n")
    assert not doc.text.rstrip().endswith("腾") and "在合作中增" in doc.text


def test_page_framing_takes_the_lone_character():
    from corpusmine.text.page_framing import framing_spans
    view = "同志们:\n" + "\n".join(SPEECH * 3) + "\n在合作中增\n\n腾\n"
    assert [(view[a:b].strip(), rule) for a, b, rule in framing_spans(view) if rule == "truncation_marker"] == [("腾", "truncation_marker")]
    assert not [r for *_s, r in framing_spans(view.replace("在合作中增", "在合作中增进友谊。")) if r == "truncation_marker"]


@pytest.mark.parametrize("last", ["谢谢", "谢谢大家"])
def test_a_closing_word_after_a_finished_sentence_stays(last):
    doc = _clean(f"{SALUTE}\n" + "\n".join(SPEECH) + f"\n\n{last}\n")
    assert doc.text.rstrip().endswith(last)


def test_the_flattened_database_page_keeps_its_speech():
    doc = _clean(flatten_lines(_database_page(), "lines", " "))
    assert _kept(doc.text) and "[J]" not in doc.text


# --- round 144k: site stamps inside the text, a bullet menu, a report glued before its lead-in ---------------------------

def test_a_source_note_injected_inside_a_sentence_goes():
    line = "几年、十几年甚至本文来自某某范文网几十年如一日地立足于三尺讲台。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert "本文来自" not in doc.text and "甚至几十年如一日地立足于三尺讲台。" in doc.text


def test_a_sentence_saying_where_an_idea_came_from_stays():
    line = "这个好办法来自基层群众的创造,本来自发形成的互助组织要给予支持。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert line in doc.text


def test_a_pdf_page_number_glued_between_words_goes():
    line = "对提高城市文明程度、助力创建全国文明城市-2-发挥了积极作用。"
    doc = _clean(f"-1-在全市志愿服务工作会议上的讲话\n{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}\n")
    assert "-2-" not in doc.text and "-1-" not in doc.text
    assert "助力创建全国文明城市发挥了积极作用。" in doc.text and _kept(doc.text)


def test_a_range_of_numbers_stays():
    line = "全县3-5年内要建成10-20个示范村。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert line in doc.text


def test_form_fields_glued_between_title_and_text_go():
    doc = _clean(f"1、教育交流发言材料撰写人:___________日期:___________{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert "撰写人" not in doc.text and _kept(doc.text)


def test_a_bullet_menu_heading_the_page_goes_and_a_speech_list_stays():
    page = ("• 某某联合党委\n  • 中心工会\n  • 共青团委员会\n  • 某某基金管理委员会\n某某会议上的讲话\n"
            f"{SALUTE}\n{OPENING}\n• 加强组织领导\n• 强化督查考核\n• 狠抓工作落实\n{CLOSING}\n")
    doc = _clean(page)
    assert "中心工会" not in doc.text and "共青团委员会" not in doc.text
    assert "加强组织领导" in doc.text and "狠抓工作落实" in doc.text and _kept(doc.text.replace(OPENING, OPENING + MIDDLE))


def test_a_report_glued_before_its_lead_in_goes_with_it():
    report = ("某某总会于今日下午在会所举行新春团拜,约20多位会友出席团拜会。由副会长某某代表致辞。"
              "随后由某某主讲春联的来源,他深入浅出地讲解,让大家度过了一个愉快的周末。某某讲稿全文如下:")
    speech = ("尊敬的各位理事、各位棋友:大家下午好!首先,我要感谢大家拨出宝贵的时间出席。"
              "在这新春佳节,我祝福大家虎年吉祥如意,平安健康。")
    doc = _clean(f"2022年02月13日\n{report}\n{speech}\n")
    assert "团拜会" not in doc.text and "讲稿全文如下" not in doc.text
    assert "我要感谢大家拨出宝贵的时间出席。" in doc.text and "平安健康。" in doc.text


def test_a_school_report_above_an_appendix_label_goes_with_the_label():
    report = ("2月27日上午,学校全体师生在操场举行开学典礼暨高考百日誓师大会。校长某某首先致词,勉励全校师生不断进取勇创佳绩。\n"
              "学生代表、教师代表纷纷登台畅谈理想,表示决心。最后全体高三学生举手盟誓,大会徐徐降下帷幕。\n")
    speech = ("某某校长在开学典礼暨高考百日誓师大会上的讲话\n老师们、同学们:\n"
              "今天,距高考只有100天左右的时间,我们在这里举行开学典礼和高考百日誓师大会。\n"
              "首先,我代表学校向全校师生员工致以新春的祝贺!\n")
    doc = _clean(report + "附:\n" + speech)
    assert "附:" not in doc.text and "举手盟誓" not in doc.text and "勉励全校师生" not in doc.text
    assert "我们在这里举行开学典礼和高考百日誓师大会。" in doc.text and "致以新春的祝贺!" in doc.text


def test_an_appendix_label_at_a_speechs_end_takes_no_speech():
    body = "\n".join(SPEECH)
    doc = _clean(f"{SALUTE}\n{body}\n附:\n某某镇安全生产工作方案\n一、工作目标\n全面排查整治各类隐患。\n")
    assert _kept(doc.text) and "全面排查整治各类隐患。" in doc.text


# --- round 145k: a news page's furniture, a template site's contact --------------------------------------------------

def test_a_template_sites_contact_promotion_goes():
    promo = "某某范文,海量公文素材资料,下载网址:www.example.com,润笔请加微:abcd199。"
    doc = _clean(f"全县信访工作专题会讲话\n{promo} {OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert "加微" not in doc.text and "www.example.com" not in doc.text and _kept(doc.text)


def test_a_speech_giving_a_services_address_and_account_stays():
    line = "群众可以登录www.example.gov.cn网站,或者关注微信号abcd2023,随时反映问题。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert line in doc.text


def test_a_gallery_caption_and_a_photo_credit_go():
    doc = _clean(f"某某接任某某院长(图)\n{OPENING}\n某某接任某某院长(图) - 1\n某部部长某某 中国网 某某\n{MIDDLE}\n{CLOSING}\n")
    assert "(图) - 1" not in doc.text and "中国网" not in doc.text and _kept(doc.text)


def test_a_pipe_byline_and_a_clock_stamp_go():
    doc = _clean(f"某某newtalk |某某 台北市报导\n2018年4月23日 下午1:08\n{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert "报导" not in doc.text and "1:08" not in doc.text and _kept(doc.text)


def test_an_original_label_inside_a_sentence_goes():
    doc = _clean(f"{SALUTE}\n{OPENING}\n通过参与和观看体育比赛,原创:可以振奋我们的民族精神。\n{MIDDLE}\n{CLOSING}\n")
    assert "原创" not in doc.text and "通过参与和观看体育比赛,可以振奋我们的民族精神。" in doc.text


def test_a_wire_lead_of_a_press_conference_goes_before_its_dateline_is_taken():
    lead = "某某网/某某门户网讯 国务院新闻办公室定于9月29日上午10时举行新闻发布会,请某部部长某某介绍有关情况,并答记者问。"
    host = "主持人:\n女士们、先生们,大家上午好。欢迎大家出席今天的新闻发布会。\n"
    doc = _clean(f"{lead}\n{host}某某:\n{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert "答记者问" not in doc.text and "欢迎大家出席今天的新闻发布会。" in doc.text and _kept(doc.text)


def test_a_wire_lead_holding_the_leaders_instructions_stays():
    lead = "某某网讯 3月5日,全县安全生产工作会议召开。县长某某强调,各乡镇要抓好隐患排查,坚决遏制事故发生。"
    doc = _clean(f"{lead}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert "各乡镇要抓好隐患排查" in doc.text


def test_a_photo_caption_naming_who_attended_and_spoke_goes():
    caption = "省委书记某某出席2023年某某旅游日主会场活动暨启动仪式并致辞。"
    doc = _clean(f"{SALUTE}\n大家上午好!\n{caption}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert caption not in doc.text and _kept(doc.text) and "photo_caption" in _rules(doc)


def test_a_speaker_recalling_a_visit_keeps_the_sentence():
    line = "去年5月,省委书记某某同志出席我市旅游日活动并致辞,为我们指明了方向。"
    short = "省委书记某某同志出席我市旅游日活动并致辞。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{short}\n{CLOSING}\n")
    assert line in doc.text and short in doc.text


def test_a_report_with_reported_speech_above_a_lead_in_goes():
    report = ("某总统今天上午参加某某委员会成立二十周年庆祝活动,总统致词时表示,我们的生活离不开农业,"
              "我们仍将坚持农业永续发展的总体政策。")
    speech = ("今天是农政史上一个相当值得纪念的日子,我跟大家一样,带着非常愉悦的心情来参加这次茶会。"
              "同时,我也要借此机会,向所有为农业打拼的先进、同仁与伙伴们,致上最高的敬意。")
    doc = _clean(f"某某府新闻\n总统参加某某委员会成立二十周年庆祝活动\n{report}\n总统致词内容为:\n{speech}\n")
    assert "总统致词时表示" not in doc.text and "致词内容为" not in doc.text and speech in doc.text.replace("\n", "")


def test_a_speech_quoting_a_leader_above_no_lead_in_stays():
    line = "总书记在讲话中强调,我们要坚持农业农村优先发展。"
    doc = _clean(f"{SALUTE}\n{line}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert line in doc.text


# --- round 146k: a release's lead-in naming a long title; a title printed twice and glued ------------------------------

def test_a_release_lead_in_with_a_long_bracketed_title_and_a_ratio_colon_goes():
    lead = ("  以下是某局局长某某今日(十一月二十四日)在立法会会议上就《行政长官2023年施政报告》致谢议案辩论"
            "(第三节:切实排解民生忧难 共同维护和谐稳定(一))的致辞全文∶")
    speech = "主席:\n  衷心感谢多位议员在辩论过程当中表示支持政府积极造地,并提出宝贵意见。\n  我们的建设发展必须重回正轨。\n"
    doc = _clean(f"立法会:某局局长就施政报告致谢议案辩论致辞全文\n{lead}\n{speech}")
    assert "致辞全文∶" not in doc.text and "衷心感谢多位议员" in doc.text and "必须重回正轨。" in doc.text


def test_a_title_printed_twice_and_glued_loses_one_copy():
    title = "在某某医馆揭牌庆典上的致辞"
    doc = _clean(f"{title}{title}各位领导,各位专家,同志们:{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert doc.text.count(title) == 1 and _kept(doc.text)


def test_a_phrase_said_twice_in_a_sentence_stays():
    line = "加油干加油干,我们一定能够完成全年目标任务。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert line in doc.text


# --- round 147k: a live broadcast's lead above a speaker's tag; a journal's bare issue row ------------------------------

def test_a_broadcast_lead_above_a_bracketed_speaker_tag_goes():
    lead = ("2007年3月3日下午3时,全国政协某届某次会议在人民大会堂举行开幕会,审议通过会议议程,"
            "听取某某作政协全国委员会常务委员会工作报告。")
    speech = ("[某某] 政协全体会议是人民政协履行职能的最高形式。十届四次会议期间,全体政协委员围绕政府工作报告议政建言。\n"
              "政协常委会议是全体会议闭会期间进行政治协商的主要形式。\n")
    doc = _clean(f"{lead}\n{speech}")
    assert "举行开幕会" not in doc.text and "政协全体会议是人民政协履行职能的最高形式。" in doc.text


def test_a_journals_bare_issue_row_goes():
    doc = _clean(f"某某同志\n1953-08-17 02:15\n某某青年 1953年14期\n{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert "1953年14期" not in doc.text and _kept(doc.text)


def test_a_heading_naming_an_issue_with_a_sentence_stays():
    line = "全县 2023年第1期 简报刊发了我们的经验,要认真总结推广。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert "简报刊发了我们的经验" in doc.text


# --- round 148k: a government release's furniture ----------------------------------------------------------------------

def test_a_release_label_lead_in_with_a_note_and_media_row_go():
    page = ("新聞公報\n\n寄給朋友政府主網頁\n\n某司長談某事\n\n"
            "以下為某司長今日(三月十日)傍晚在政府總部會見傳媒的發言全文(中文部分):\n\n"
            "  剛才某先生宣布了他的決定。大家都知道這個決定仍需要批准,而特區政府亦照常運作。\n"
            "  我十分敬重某先生,他一直以來全心全意工作,為市民服務。\n\n"
            "短片 短片 (Real Media格式/Windows Media格式)\n")
    doc = _clean(page)
    assert "新闻公报" not in doc.text and "发言全文" not in doc.text and "Media" not in doc.text
    assert "刚才某先生宣布了他的决定。" in doc.text and "为市民服务。" in doc.text


def test_a_letter_spaced_lead_in_and_a_skip_link_go():
    page = ("跳至內容的開始\n某某新聞\n以 下 是 署 理 行 政 長 官 某 某 今 晚 在 記 者 會 上 的 發 言 :\n"
            "各位傳媒朋友:\n今天我們召開記者會,向大家介紹最新的防疫安排。我們會繼續密切留意情況。\n")
    doc = _clean(page)
    assert "跳至" not in doc.text and "以 下 是" not in doc.text and "以下是" not in doc.text
    assert "今天我们召开记者会,向大家介绍最新的防疫安排。" in doc.text


def test_a_table_of_contents_flattened_into_one_line_goes():
    page = ("目录 某某新局面 3 在市某届人大某次会议闭幕式上的讲话 12 在某市人大闭幕会上的讲话 16 在某市人大闭幕会上的讲话(摘要) 19 "
            f"某某新局面 ——在市某届人大某次会议闭幕式上的讲话 {SALUTE} {OPENING} {MIDDLE} {CLOSING}")
    doc = _clean(page)
    assert "目录" not in doc.text and " 12 " not in doc.text and "闭幕会上的讲话16" not in doc.text
    assert _kept(doc.text)


def test_a_list_of_numbers_in_a_speech_stays():
    line = "目录 清单里列出了 3 类 12 项 16 条具体措施,各单位要逐项落实。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}\n")
    assert "逐项落实" in doc.text and "3" in doc.text


# --- round 149k: a bracketed summary, a dated related list ---------------------------------------------------------------

def test_a_bracketed_summary_above_the_salutation_goes():
    summary = "【内容提要】要客观公正、不偏不倚,看待问题要全面深刻,反映情况要喜忧兼报,评价工作要实事求是。"
    doc = _clean(f"某某纪委书记在督查动员部署会议上的讲话\n{summary}\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n")
    assert "内容提要" not in doc.text and "喜忧兼报" not in doc.text and _kept(doc.text)


def test_a_bracketed_summary_flattened_with_the_speech_stays():
    line = f"【内容提要】要客观公正。{SALUTE}{OPENING}{MIDDLE}{CLOSING}"
    doc = _clean(line + "\n")
    assert _kept(doc.text)


def test_related_titles_with_their_dates_go():
    doc = _clean(f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n谢谢大家!\n【中学科技节闭幕词】相关文章:\n科技节闭幕词11-15\n中学教代会闭幕词07-26\n")
    assert "11-15" not in doc.text and "07-26" not in doc.text and _kept(doc.text)


# --- round 150k: an editor's teaser above a lead-in, the site's closing comment -------------------------------------------

def test_an_editors_teaser_calling_the_reader_above_a_lead_in_goes():
    teaser = ("偶然间看到网友上传的一段父亲在女儿婚礼上的致辞,视频中的父亲谈吐优雅,情感真挚,"
              "下面我们就一起来看看这段感动无数网友的父亲致辞吧。")
    speech = ("刚刚我带着我女儿走红地毯时,让我想起我第一次牵她的手的时候。\n"
              "今天,我终于要放手了。最后祝福各位来宾身体健康,万事如意。\n")
    doc = _clean(f"{teaser}\n父亲在女儿婚礼上的致辞原文:\n{speech}")
    assert "一起来看看" not in doc.text and "致辞原文" not in doc.text
    assert "今天,我终于要放手了。" in doc.text


def test_the_sites_closing_comment_on_this_speech_goes():
    comment = "这篇讲话发表后在网上广为流传,被网友称为最走心的开学致辞。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n{comment}\n")
    assert "广为流传" not in doc.text and _kept(doc.text)


def test_a_speakers_closing_line_about_this_meeting_stays():
    line = "这次会议的讲话精神,各地要认真传达学习,抓好贯彻落实。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n{line}\n")
    assert line in doc.text
