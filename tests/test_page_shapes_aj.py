"""Session aj: families held-out rounds 151k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import audit_rules as _rules, clean_audited as _clean, flat_kept

SALUTE = "各位领导、各位嘉宾,女士们、先生们:"
OPENING = "今天,我们相聚在美丽的茶乡,共赏茶艺、共品茶香、共话茶事。"
MIDDLE = "近年来,全县坚持生态优先,茶园面积不断扩大,茶农收入稳步增长。"
CLOSING = "最后,祝本次推介会取得圆满成功!"
SPEECH = (OPENING, MIDDLE, CLOSING)


def _kept(text: str) -> bool:
    return flat_kept(text, SPEECH)


# --- a repost's preface: a source label and a rights statement glued inside the line (round 151k) --------------------

def test_a_reposts_rights_statement_and_source_label_glued_before_the_title_go():
    page = ("今天推荐给各位读友的文章,文章不长,却很有文采。来源:某某县人民政府网。转发本文主要用于同读友们学习交流,"
            f"版权属于原作者,如有侵权,请后台联系。在某某茶产业推介会上的致辞{SALUTE}{OPENING}{MIDDLE}{CLOSING}")
    doc = _clean(page)
    assert "版权属于原作者" not in doc.text and "来源:某某县" not in doc.text and _kept(doc.text)
    assert {"copyright_footer", "source_footer"} <= _rules(doc)


def test_a_speech_speaking_of_copyright_and_of_sources_keeps_its_sentences():
    said = ("同志们:\n对侵权行为要依法惩处,版权属于作者本人,我们要联系相关部门严格执法。\n"
            "数据来源:县统计局。今年全县茶叶产值再创新高。")
    assert _clean(said).text == said


def test_a_source_label_glued_between_sentences_naming_a_newspaper_goes():
    page = f"{SALUTE}\n{OPENING}来源:某某日报。{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "来源" not in doc.text and _kept(doc.text)


# --- a navigation bar's label alone on a line (round 151k) ---------------------------------------------------------

def test_a_navigation_bars_label_alone_on_a_line_goes():
    doc = _clean(f"导航栏\n\n会长致辞\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "导航栏" not in doc.text and _kept(doc.text)


# --- a press release flattened into one line: headline, report, full-text lead-in (round 151k) ------------------------

_RELEASE = ("某局局长出席某办事处开幕典礼致辞全文以下是某局局长某某今日(四月二十一日)上午在济南出席某办事处开幕典礼的致辞全文:"
            f"尊敬的各位嘉宾、各位朋友:\n{OPENING}{MIDDLE}{CLOSING}")


def test_a_lead_in_glued_to_its_headline_goes_and_the_headline_stays():
    doc = _clean(_RELEASE)
    assert "以下是" not in doc.text and doc.text.startswith("某局局长出席某办事处开幕典礼致辞全文") and _kept(doc.text)


def test_the_desks_report_opening_a_flattened_line_goes_with_its_lead_in():
    page = ("演讲词 某局局长某某在六月十一日出席某办事处的开幕典礼。以下为某某的致辞全文: 各位议员、各位嘉宾、各位朋友: "
            f"{OPENING}{MIDDLE}{CLOSING}")
    doc = _clean(page)
    assert "开幕典礼。" not in doc.text and "以下为" not in doc.text and _kept(doc.text) and "news_lead" in _rules(doc)


def test_a_report_in_the_speakers_voice_before_a_lead_in_stays():
    page = f"同志们: 今年我们在六月十一日出席了开幕典礼。以下为我的讲话全文: {OPENING}{MIDDLE}{CLOSING}"
    assert "今年我们在六月十一日出席了开幕典礼。" in _clean(page).text


# --- a flattened page's buttons after the text (round 151k) ------------------------------------------------------

def test_the_buttons_closing_a_flattened_page_go():
    doc = _clean(f"{SALUTE}{OPENING}{MIDDLE}{CLOSING}要进一步明确当前和今后一个时期的... 请先登录 > 相关推荐")
    assert "请先登录" not in doc.text and "相关推荐" not in doc.text and not doc.text.rstrip().endswith(">")
    assert _kept(doc.text)


def test_a_speech_closing_with_a_short_word_after_a_blank_keeps_it():
    said = f"{SALUTE}{OPENING}{MIDDLE}{CLOSING} 谢谢"
    assert _clean(said).text.endswith("谢谢")


# --- round 152k -------------------------------------------------------------------------------------------------------

def test_a_news_agencys_dateline_and_its_report_of_the_speech_go():
    doc = _clean(f"某某社北京3月15日电各项议程进行完毕后,某某讲了话。 {SALUTE}{OPENING}{MIDDLE}{CLOSING}")
    assert "电" not in doc.text[:20] and "讲了话" not in doc.text and _kept(doc.text) and "news_lead" in _rules(doc)


def test_a_dateline_before_the_leaders_instructions_in_the_speeches_voice_stays():
    said = f"{SALUTE}\n某某社北京3月15日电 我们要把今年的各项工作抓紧抓实。\n{OPENING}{MIDDLE}{CLOSING}"
    assert "我们要把今年的各项工作抓紧抓实。" in _clean(said).text


def test_a_sections_label_above_the_title_goes():
    doc = _clean(f"重要致辞\n\n某某出席某地侨界晚宴致辞\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "重要致辞" not in doc.text and _kept(doc.text)


def test_a_sharing_notice_glued_before_the_title_goes():
    doc = _clean(f"此文由“某某秘书”公众号群友无偿分享,仅供学习参考,请勿照搬照抄,严禁用于商业用途。在推介会上的致辞{SALUTE}"
                 f"{OPENING}{MIDDLE}{CLOSING}")
    assert "仅供学习参考" not in doc.text and _kept(doc.text)


def test_a_speech_saying_something_is_for_reference_only_keeps_it():
    said = f"{SALUTE}\n{OPENING}\n以上数据仅供参考,各乡镇要据实填报。\n{MIDDLE}\n{CLOSING}"
    assert "以上数据仅供参考,各乡镇要据实填报。" in _clean(said).text


def test_a_social_pages_header_tabs_and_see_more_go():
    page = (f"专页\n\n某某。 219,507 个赞 · 7,479 人正在谈论这个。秉持水牛的精神,一步一脚印。\n\n贴文\n\n{SALUTE}\n{OPENING}… 更多 "
            f"{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "个赞" not in doc.text and "专页" not in doc.text and "贴文" not in doc.text and "更多" not in doc.text
    assert _kept(doc.text)


def test_a_bulleted_source_row_goes():
    doc = _clean(f"  • 发布单位:公众外交协调会\n  • 资料来源:国际合作及经济事务司\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "来源" not in doc.text and "发布单位" not in doc.text and _kept(doc.text)


def test_a_document_sites_notice_cut_by_the_page_under_its_label_goes():
    page = (f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n- 配套讲稿:\n如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。"
            "\n- 特殊限制:\n部分文档作品中含有的国旗、国徽等图片,仅作为作品整体效果示例展示,禁止")
    doc = _clean(page)
    assert "特殊限制" not in doc.text and "示例展示" not in doc.text and _kept(doc.text)


def test_a_description_running_on_into_the_text_loses_only_its_label():
    from corpusmine.text.cleaning_state import CleaningState
    from corpusmine.text.library_fields import library_fields

    st = CleaningState("资源描述: 刚才,某某副镇长传达了区委、区政府\n关于安全生产近期重点工作的通知精神。\n要抓好落实。")
    library_fields(st)
    assert st.doc.output == " 刚才,某某副镇长传达了区委、区政府\n关于安全生产近期重点工作的通知精神。\n要抓好落实。"
    st = CleaningState("资源描述:这是一篇关于安全生产的讲话稿。\n同志们:\n要抓好落实。")
    library_fields(st)
    assert st.doc.output == "\n同志们:\n要抓好落实。"


# --- round 153k -------------------------------------------------------------------------------------------------------

def test_a_sentence_wrapped_at_a_comma_below_the_head_is_no_menu():
    page = ("总监\n\n某某会某区\n总监 某某\n\n   今天,我们共同见证某某会第二、三届总监交接典礼,\n"
            f"非常感谢各界贵宾一同参与这意义非凡的时刻,我心中充满了喜悦!\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "今天,我们共同见证某某会第二、三届总监交接典礼," in _clean(page).text


def test_a_quoted_sentence_said_twice_is_no_repeated_title():
    said = (f"{SALUTE}\n{OPENING}记得他在太空说出的话吗?\n「我的感觉良好。」\n{MIDDLE}我相信,我们都会说:\n「我的感觉良好。」\n"
            f"{CLOSING}")
    assert _clean(said).text.count("「我的感觉良好。」") == 2


def test_a_captions_sentence_and_its_credit_between_paragraphs_go():
    page = (f"{SALUTE}\n{OPENING}\n某某总理提及,大约20年前,当他还是首席私人秘书时,他也会帮助准备演讲稿。(某某部提供)\n"
            f"{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "提供" not in doc.text and "首席私人秘书" not in doc.text and _kept(doc.text)


def test_a_speakers_sentence_before_a_credit_stays():
    said = f"{SALUTE}\n{OPENING}\n我们要感谢各位的大力支持,这次展览的展品都是大家提供的。(某某部提供)\n{MIDDLE}\n{CLOSING}"
    assert "我们要感谢各位的大力支持" in _clean(said).text


def test_a_language_label_of_the_full_text_goes():
    doc = _clean(f"某某团结应对外部危机\n\n字体大小:\n\n华语演讲全文\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "华语演讲全文" not in doc.text and _kept(doc.text)


def test_a_logo_and_a_posts_age_go():
    doc = _clean(f"《某某大马》标志\n\n某某新春献词\n\n这篇文章是在5 年前刊登\n\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "标志" not in doc.text and "刊登" not in doc.text and _kept(doc.text)


def test_a_borrowed_texts_note_and_placed_captions_go():
    page = (f"{SALUTE}\n{OPENING}【右图:2016年1月10日某某会理事长交接典礼,由某某交接予某某(右)】\n{MIDDLE}\n{CLOSING}\n"
            "(某某教授致词及图片转引自《某某校讯》第1043期,2011年3月30出刊) |")
    doc = _clean(page)
    assert "右图" not in doc.text and "转引自" not in doc.text and _kept(doc.text)


def test_a_posts_credits_and_emoji_go():
    page = (f"文字编辑图片制作:某某\n资料提供:某某某、某某、某某某。\n{SALUTE}\n{OPENING}[捂脸]\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "编辑" not in doc.text and "资料提供" not in doc.text and "[捂脸]" not in doc.text and _kept(doc.text)


def test_a_site_name_closing_two_head_lines_goes():
    page = (f"2020年2月29日常设展览开幕 | 某某文化中心\n\n某某中心主席某某先生开幕致辞 - 某某文化中心\n\n{SALUTE}\n{OPENING}\n"
            f"{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "某某文化中心" not in doc.text and _kept(doc.text)


# --- round 154k -------------------------------------------------------------------------------------------------------

def test_a_desks_report_paraphrasing_the_speaker_goes_above_a_lead_in():
    page = ("某某大使抵任并向各界同胞致意\n\n2022年12月9日,新任驻某国大使某某抵达履新。使馆主要外交官在机场迎接。\n\n"
            "抵任之际,某大使向同胞致公开信。某大使指出,两国关系基础扎实。为国持节,我备感责任重大。\n\n微信图片_2022.jpg\n\n"
            f"讲话全文如下\n\n亲爱的同胞们:\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "机场迎接" not in doc.text and "公开信" not in doc.text and "全文如下" not in doc.text and _kept(doc.text)


def test_a_report_listing_who_came_goes_with_its_glued_lead_in():
    page = ("某某新春联谊会\n1月20日,由某某商会主办的新春联谊会在北京举行。各国使节和全国各商协会代表、各地驻京办代表齐聚一堂,共话合作。"
            f"某某商会主席某某代表主办单位致辞。以下为致辞全文:\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "齐聚一堂" not in doc.text and "以下为" not in doc.text and _kept(doc.text)


def test_a_speakers_delegates_are_no_list_of_guests():
    said = f"{SALUTE}\n各乡镇代表要积极参加培训,全县各村代表要按时出席会议。\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    assert "各乡镇代表要积极参加培训" in _clean(said).text


def test_a_bracketed_report_with_its_lead_in_goes():
    page = (f"某总领事在新春晚会上的讲话\n\n2013-02-28\n\n(2013年2月27日,某某学联举办新春晚会,驻某地总领事某某应邀致辞。以下为致辞全文)\n\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "应邀致辞" not in doc.text and _kept(doc.text)


def test_an_agencys_news_lead_of_the_meeting_goes():
    page = f"某某会议开幕会\n据某某社3月3日消息,某某会议开幕会3日15时在人民大会堂举行,领导人出席大会。\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "消息" not in doc.text and "出席大会" not in doc.text and _kept(doc.text)


def test_a_triangle_caption_an_enlarge_widget_and_a_feedback_form_go():
    page = (f"date 2021-07 ▲ 某校长勉励毕业生怀信心展望新旅程。\n\n{SALUTE}\n{OPENING}\n\n▼ 点击图片放大 +6 +5\n\n{MIDDLE}\n{CLOSING}"
            "\n\n此页面有问题吗?\n\n帮助我们改进某某网\n\n* 必填项\n\n提交")
    doc = _clean(page)
    for gone in ("勉励毕业生", "点击图片放大", "此页面有问题吗", "帮助我们改进", "必填", "提交"):
        assert gone not in doc.text, gone
    assert _kept(doc.text)


def test_a_speechs_triangle_bullet_stays():
    said = f"{SALUTE}\n{OPENING}\n▲要加强组织领导。\n{MIDDLE}\n{CLOSING}"
    assert "要加强组织领导。" in _clean(said).text


# --- round 155k -------------------------------------------------------------------------------------------------------

def test_a_report_with_a_paraphrase_and_its_glued_lead_in_go():
    page = ("总统出席「某某纪念会」 今(7)天是「某某日」,某总统上午出席「某某纪念会」,感念某某先生的勇气与牺牲。并表示,身为总统,"
            f"他的使命就是守护得来不易的民主自由,为了我们的国家而努力。 总统致词内容为: {OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "感念" not in doc.text and "致词内容为" not in doc.text and _kept(doc.text)


def test_a_quoting_lead_in_and_the_report_above_it_go():
    page = ("10月11日重阳节,某某社区举办庆祝活动,社区党总支书记某某出席并致辞,祝贺老人节日快乐。\n"
            f"在致辞中,某某说:{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "庆祝活动" not in doc.text and "在致辞中" not in doc.text and _kept(doc.text)


def test_a_speaker_recalling_his_own_words_keeps_them():
    said = f"{SALUTE}\n在讲话中,我说:{OPENING}\n{MIDDLE}\n{CLOSING}"
    assert "在讲话中,我说:" in _clean(said).text


def test_an_entitys_tail_after_a_hidden_text_notice_goes():
    doc = _clean(f"{SALUTE}\n{OPENING}\n一、思想认识要“顶天立地”\n某某指出 ……此处隐藏6492个字…… uo;坚守领地”\n{MIDDLE}\n{CLOSING}")
    assert "uo;" not in doc.text and _kept(doc.text)


def test_an_images_alternative_text_alone_goes():
    doc = _clean(f"理事长的话\n\nicon\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "icon" not in doc.text and _kept(doc.text)


# --- round 156k -------------------------------------------------------------------------------------------------------

def test_a_wikis_furniture_and_a_newsletters_issue_row_go():
    page = ("某某 新生开学典礼致词\n\n出自某某 e-News\n\n在2008年9月17日 (三) 14:53由某某 (对话 | 贡献)所做的修订版本\n跳转到: 导航, 搜索\n\n"
            f"某某大学e快报 第118期  校长的话\n\n新生开学典礼致词\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    for gone in ("出自", "跳转到", "第118期"):
        assert gone not in doc.text, gone
    assert _kept(doc.text)


def test_a_speech_quoting_a_source_keeps_the_line():
    said = f"{SALUTE}\n{OPENING}\n出自肺腑的感谢\n{MIDDLE}\n{CLOSING}"
    assert "出自肺腑的感谢" in _clean(said).text


# --- round 157k -------------------------------------------------------------------------------------------------------

def test_a_captions_place_words_open_it():
    page = f"{SALUTE}\n{OPENING}\n上图从左到右:\ufe0f候任第一常务副主席:某某某、现任议长:某某某、名誉主席:某某某\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "从左到右" not in doc.text and _kept(doc.text)


def test_a_short_caption_with_its_bracketed_credit_goes():
    doc = _clean(f"{SALUTE}\n{OPENING}\n某某同乡会。(主办方提供)\n{MIDDLE}\n{CLOSING}")
    assert "主办方提供" not in doc.text and _kept(doc.text)


def test_a_converters_lone_question_marks_go_and_a_speakers_question_stays():
    page = f"{SALUTE}\n{OPENING}?\n? {MIDDLE}\n难道不是吗?\n{CLOSING}"
    doc = _clean(page)
    assert "?\n" not in doc.text.replace("难道不是吗?\n", "") and "难道不是吗?" in doc.text and _kept(doc.text)


# --- round 158k -------------------------------------------------------------------------------------------------------

def test_a_report_and_its_she_said_lead_in_glued_to_the_speech_go():
    page = ("文/某某\n\n第100届某某日庆典活动于2018年12月20日下午在北京举行。某某协会创会会长某某、秘书长某某等参加庆祝活动。\n"
            f"某某作为盟主致辞。她说:{OPENING}{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "庆典活动于" not in doc.text and "她说" not in doc.text and _kept(doc.text)


def test_a_reworded_full_text_lead_in_goes():
    doc = _clean(f"某某在论坛上的演说\n下列为演说全篇:\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "下列为" not in doc.text and _kept(doc.text)


def test_a_speaker_quoting_what_she_said_keeps_it():
    said = f"{SALUTE}\n{OPENING}\n我在那次会上讲话。她说:要把群众的事办好。\n{MIDDLE}\n{CLOSING}"
    assert "她说:要把群众的事办好。" in _clean(said).text
