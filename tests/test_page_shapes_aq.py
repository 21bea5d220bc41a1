"""Session aq: families held-out rounds 207k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ------------------------------------- a news report above the speech's title block, closed by an invitation (207k)

REPORT = ("9月1日上午,某某中学举行新学期开学典礼。现场,校长王某某作了题为《做有担当的新时代青年》的开学致辞。\n"
          "王校长从学校的百年历史讲起,回顾了几代师生的奋斗故事。\n"
          "让我们一同品读王校长的开学致辞,感受百年名校的精神。\n")


def test_a_report_above_a_title_block_and_a_salutation_goes():
    page = f"{REPORT}做有担当的新时代青年\n某某中学校长 王某某\n{BODY}"
    doc = _clean(page)
    assert "品读" not in doc.text and "回顾了几代师生" not in doc.text and "作了题为" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text
    assert "news_lead" in _rules(doc)


def test_the_speech_own_invitation_below_its_salutation_stays():
    page = f"做有担当的新时代青年\n{SALUTE}\n{OPENING}\n让我们一同品读先辈的家书,感受他们的精神。\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "让我们一同品读先辈的家书" in text and OPENING in text


def test_a_first_person_line_above_the_title_block_keeps_the_head():
    page = (f"今天我们召开开学典礼,我代表学校讲三点意见。\n让我们一同品读校长的开学致辞。\n"
            f"做有担当的新时代青年\n某某中学校长 王某某\n{BODY}")
    text = _clean(page).text
    assert "我代表学校讲三点意见" in text


# ------------------------------------------------------------------------------- round 208k's families

WORK = ("今天,我们在这里召开全市劳动模范表彰大会,向受到表彰的先进集体和个人表示热烈的祝贺!",
        "各级工会要关心职工生活,切实维护职工合法权益。", "让我们携起手来,为建设美好家园而努力奋斗!")
TEXT = "\n".join(WORK)


def test_a_speaker_trusting_the_audience_now_knows_is_no_editor_blurb():
    line = ("刚才,我们收看收听了省、市关于秸秆禁烧工作的部署,相信大家对上级的要求有了一定的了解;"
            "某某同志通报了全县的工作情况,大家要认真领会。下面,我再强调两点意见。")
    text = _clean(f"同志们:\n{line}\n{TEXT}").text
    assert "相信大家对上级的要求有了一定的了解" in text and "我们收看收听了" in text
    # the site's sentence with no speaker in it still goes
    doc = _clean(f"同志们:\n{TEXT}\n通过以上关于表彰大会讲话的介绍,相信大家对表彰大会讲话有了一定的了解。")
    assert "一定的了解" not in doc.text and WORK[-1] in doc.text


def test_a_toneless_gloss_with_a_space_goes_on_a_glossed_page():
    page = f"同志们:\n中国工(gōng)会紧紧围绕党在各个时期的(de )中心任务,团(tuán)结动员工(gōng)人阶级。\n{TEXT}"
    text = _clean(page).text
    assert "(de )" not in text and "的中心任务" in text


def test_a_document_site_toolbar_and_count_less_notice_go():
    page = (f"某某讲话材料多篇\n收藏 版权申诉 举报 下载\n下载资源\n还剩页未读,继续阅读\n{TEXT}\n"
            "收藏 版權申訴 舉報 下載\n")
    doc = _clean(page)
    for chrome in ("版权申诉", "下载资源", "未读"):
        assert chrome not in doc.text, chrome
    for sentence in WORK:
        assert sentence in doc.text


def test_a_speech_naming_a_download_keeps_its_sentence():
    line = "各村要组织群众下载资源,学习防灾知识。"
    text = _clean(f"同志们:\n{line}\n{TEXT}").text
    assert line in text


def test_page_marks_with_a_mis_decoded_title_go():
    bad = "在2025年全市庆?!拔逡弧濒邉趧幽7侗碚么髸系闹v话多篇"
    page = f"{bad}\n{bad}_第1页\n第1页 / 共32页\n{bad}_第3页\n{TEXT}"
    text = _clean(page).text
    assert "_第1页" not in text and "_第3页" not in text and WORK[0] in text


def test_numbered_items_of_a_titled_related_list_go():
    page = (f"同志们:\n{TEXT}\n【关于庆五一活动上的致辞范文】相关文章:\n2.关于庆五一的活动方案\n3.五一活动致辞\n"
            "6.庆五一活动简报\n")
    doc = _clean(page)
    assert "活动方案" not in doc.text and "活动简报" not in doc.text and WORK[-1] in doc.text


def test_a_speech_numbered_heading_after_a_plain_related_header_stays():
    page = f"同志们:\n{WORK[0]}\n相关文章:\n一、提高认识\n{WORK[1]}\n{WORK[2]}"
    assert WORK[1] in _clean(page).text


def test_a_call_to_read_more_inside_a_sentence_goes_with_its_salted_keyword():
    page = ("同志们:\n今天召开全市食品安全整治会议,主要是贯彻上级会议精神,质量监督+面,更多精彩请质量监督+查看。"
            f"认真分析我市食品安全现状,研究部署整治措施。\n{TEXT}")
    doc = _clean(page)
    assert "更多精彩" not in doc.text and "质量监督+" not in doc.text
    assert "贯彻上级会议精神,认真分析我市食品安全现状" in doc.text


def test_a_preview_label_with_an_empty_source_label_goes():
    page = f"某某讲话\n  • 范文预览:来源同志们:{WORK[0]}\n{WORK[1]}\n{WORK[2]}"
    text = _clean(page).text
    assert "预览" not in text and "来源" not in text and WORK[0] in text


def test_a_portal_column_above_the_title_goes():
    page = (f"重要演辞\n某局局长出席某委员会特别会议的发言全文\n以下为某局局长今日出席某委员会特别会议的发言全文:\n"
            f"主席:\n{TEXT}")
    text = _clean(page).text
    assert "重要演辞" not in text and WORK[0] in text


def test_a_title_broken_before_its_genre_keeps_its_genre_line_below():
    page = f"在全市劳动模范表彰大会上的\n讲 话\n同志们:\n{TEXT}"
    doc = _clean(page)
    assert "page_meta" not in _rules(doc) and WORK[0] in doc.text


def test_a_two_character_betting_brand_with_its_site_words_goes():
    page = (f"尊敬的各位领导:\n{WORK[0]}\n某某下注体育网页版\n{WORK[1]}\n"
            f"{WORK[2][:-1]}某某体育平台入口官网下载!\n")
    doc = _clean(page)
    assert "体育" not in doc.text and WORK[0] in doc.text
    text = _clean(f"同志们:\n要建好全民健身体育平台,办好全市体育运动会。\n{TEXT}").text
    assert "要建好全民健身体育平台,办好全市体育运动会。" in text


# ------------------------------------------------------------------------------- round 209k's families

def test_a_report_saying_the_speaker_spoke_at_the_meeting_goes_with_the_site_name_above_the_salutation():
    page = ("2010'某学会年会召开 理事长某某致辞\n"
            "某学会2010年学术年会在宁召开,理事长某某在会议上致词。会议由某学会主办,某传媒作为媒体支持。\n"
            "  3sNews讯 11月9日上午消息,某学会2010年学术年会在某市召开。会议由某学会主办,某局承办。\n\n  \n\n"
            f"某某网\n\n  图为某学会2010年学术年会现场,理事长某某致辞\n\n  以下是致辞全文:\n\n  {SALUTE}\n\n"
            f"  {OPENING}\n\n  {MIDDLE}\n\n  {CLOSING}")
    doc = _clean(page)
    assert "在会议上致词" not in doc.text and "承办" not in doc.text and "某某网" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text


def test_skip_links_of_a_portal_go():
    page = f"跳转到路径导航栏\n跳转到正文内容\n扩大某某影响力\n——在某交易会闭幕式上的讲话\n□ 某区区长某某\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "跳转" not in text and OPENING in text


def test_a_last_updated_row_goes_whole():
    page = ("某某出席博览会开幕\n记者 某某 报导\n發佈時間:2022/06/10 14:39\n最後更新時間:2022/06/10 14:39\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "更新" not in doc.text and not doc.text.startswith("最") and OPENING in doc.text
    assert any(r["removed"].startswith("最後更新") for r in doc.audit_rows)


def test_a_gallery_of_captions_closed_by_one_photographer_goes_whatever_they_say():
    gallery = "\n".join(f"{x}。某某元摄" for x in ("某某指最大的工作动力是看见市民开心", "某某期望活动能进一步推动经济增长",
                                                  "启动礼有安排舞蹈表演环节"))
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n{gallery}\n"
    doc = _clean(page)
    assert "推动经济增长" not in doc.text and "摄" not in doc.text and CLOSING in doc.text


def test_one_line_in_the_speaker_voice_closed_by_a_credit_stays_unless_a_gallery():
    page = f"{SALUTE}\n{OPENING}\n我们要进一步推动经济增长。某某摄\n{MIDDLE}\n{CLOSING}"
    assert "我们要进一步推动经济增长。" in _clean(page).text


def test_a_column_tag_with_a_bar_before_a_report_paragraph_goes():
    line = "财政司司长某某今日发表新一份预算案,除了提出再派五千元消费券,还宣布推出系列活动,希望市民开心。"
    page = f"预算案2023|{line}\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "预算案2023|" not in text and line in text


def test_a_summary_box_buttons_go():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n学校的\n摘要:\n展开>>\n收起<<\n{SALUTE}今天,我们"
    text = _clean(page).text
    assert "展开" not in text and "收起" not in text and CLOSING in text


def test_a_betting_brand_with_a_site_address_word_in_place_of_a_word_goes():
    page = f"{SALUTE}\n{OPENING}\n下面,我就365体育网址:做好测绘工作讲三点意见。\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "365" not in text and "做好测绘工作讲三点意见" in text


# ------------------------------------------------------------------------------- round 210k's families

def test_a_one_line_weather_box_with_the_sky_turning_goes():
    page = ("• 某州 阵雨转多云 18℃~11℃\n\n新春贺词!某某市长的新春祝福来了……\n\n来源: 编辑:某某 2024-02-09 09:16:39 查看数:0\n\n"
            "某市人民政府市长\n\n某某\n\n团圆的时刻又已到来,贺岁的钟声即将敲响。\n\n大家忙忙碌碌一年,这会儿或许已回到家人身边。\n\n"
            "不管在哪儿、在干什么,团圆的味道、家的温暖,是我们今天的主题。\n")
    text = _clean(page).text
    assert "阵雨" not in text and "℃" not in text and "团圆的时刻又已到来,贺岁的钟声即将敲响。" in text


def test_a_speech_sentence_on_the_weather_stays():
    line = "今年入汛以来,全县出现阵雨转多云天气,气温在18℃~11℃之间波动,各乡镇要做好防范。"
    text = _clean(f"同志们:\n{line}\n{WORK[1]}\n{WORK[2]}").text
    assert line in text


def test_a_cover_picture_caption_goes():
    page = f"封面图片:某大学校长某某教授(某大学)\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "封面" not in text and OPENING in text


def test_a_report_saying_the_speaker_spoke_at_the_opening_ceremony_goes_with_its_lead_in():
    page = ("某某书记致辞\n2018-10-30  来源: 某某网\n\n"
            "某报社和某省联合主办的媒体合作论坛今日在某地隆重举行。来自90个国家的256位嘉宾汇聚一堂,共话合作愿景。"
            f"某省委书记某某在开幕式上致辞,以下为全文内容:\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "汇聚一堂" not in doc.text and "以下为" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text


# ------------------------------------------------------------------------------- round 211k's families

def test_a_report_of_those_honoured_from_across_the_city_goes_above_its_lead_in():
    page = ("某某在颁奖典礼上的致辞\n来源:某某传媒  日期:2023-11-13  浏览量:  栏目:时政\n\n"
            "11月10日晚,第五届某市道德模范颁奖典礼在某剧院举行,来自全市不同行业的10位“最美某某人”受到隆重表彰。"
            "某市委书记某某出席颁奖典礼并致辞。\n\n全文如下:\n\n在第五届某市道德模范\n\n颁奖典礼上的致辞\n\n"
            f"(2023年11月10日)\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "受到隆重表彰" not in doc.text and "全文如下" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text


def test_a_speech_welcoming_those_from_across_the_city_keeps_its_line():
    line = "来自全市不同行业的劳动模范代表们,今天我们在这里隆重集会。"
    page = f"某某在表彰大会上的讲话\n{line}\n{MIDDLE}\n{CLOSING}"
    assert line in _clean(page).text


def test_a_press_conference_report_above_the_spokesman_goes():
    page = ("4月22日10:00,某某新闻中心召开2019年“五一”新闻发布会。新闻发言人某某通报了各项庆祝活动安排。\n"
            "某某某:\n各位记者朋友,大家上午好!欢迎参加2019年“五一”新闻发布会。\n"
            "今天和我一起向大家介绍情况的还有某部部长某某同志。\n下面,我向大家通报今年的庆祝活动安排。")
    text = _clean(page).text
    assert "通报了各项庆祝活动安排" not in text and "欢迎参加2019年“五一”新闻发布会。" in text


def test_a_caption_placing_a_person_with_its_companion_line_goes():
    page = ("生命不息 进取不止\n某某局长【右】\n与某某网副总编、某某中心副主任某某某\n\n"
            f"——某某2011年11月8日在某干部培训班上的发言提纲\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "【右】" not in text and "副总编" not in text and OPENING in text


def test_a_speech_naming_left_and_right_keeps_its_sentence():
    line = "我们要坚持两手抓(左手抓发展、右手抓安全),确保各项工作落实。"
    assert line in _clean(f"同志们:\n{line}\n{MIDDLE}\n{CLOSING}").text


# --------------------------------------------------- round 210k flattened and round 212k's families

def test_a_footer_glued_to_the_speech_first_clause_on_a_flattened_page_keeps_the_clause():
    from corpusmine.text.lines import flatten_lines
    raw = ("在结对帮扶工作座谈会上的讲话\nVIP专免\n2023-12-24\n999+\n28.99KB\n24 页\n海报\n侵权投诉\n在结对帮扶工作座谈会上的讲话\n"
           "从X号开始,我到 XX 镇XX 村开展驻点调研活动,\n到今天已经是第 X天了。之前两次,都是 X晚X天,这次是最长的一次。\n"
           "虽然只有几天,但通过实地走访和座谈交流,我听了很多,也想了很多。\n")
    for joiner in (" ", ""):
        doc = _clean(flatten_lines(raw, "lines", joiner))
        assert "开展驻点调研活动" in doc.text, joiner
        assert "我听了很多,也想了很多。" in doc.text


def test_a_posting_stamp_with_a_chinese_clock_goes():
    page = (f"某某同志在某某会议上的讲话\n- 2026年02月09日 12时52分\n某某同志在某某会议上的讲话\n(2025年7月31日)\n"
            f"{OPENING}\n{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "12时52分" not in text and OPENING in text


def test_a_dateline_with_its_hour_opening_a_report_sentence_stays():
    line = "5月6日10时,全县防汛指挥部召开紧急会议,部署防御工作。"
    assert line in _clean(f"同志们:\n{line}\n{MIDDLE}\n{CLOSING}").text


# ------------------------------------------------------------------------------- round 213k's families

def test_a_site_sentence_describing_the_text_by_its_title_goes():
    page = f"开幕词\n《首届农民艺术节开幕词》是一篇关于开幕词艺术节农民文化的文章。{OPENING}\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "是一篇关于" not in text and OPENING in text


def test_a_social_post_poster_and_age_goes_and_a_speech_date_stays():
    page = f"某某5天前\n{OPENING}\n{MIDDLE}\n三天前,我们召开了筹备会议,大家都很重视。\n{CLOSING}"
    text = _clean(page).text
    assert "5天前" not in text and "三天前,我们召开了筹备会议" in text


def test_a_writer_label_and_empty_stamp_labels_go():
    page = f"某某贺新春:团结一致\n撰文:林某某\n出版:更新:\n特首某某:\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "撰文" not in text and "出版" not in text and OPENING in text


def test_a_lead_in_closed_by_a_dash_goes_with_its_report():
    page = ("以数字化改革为牵引 某某在大会开幕式上致辞\n[ 国内 ]\n"
            "某某讯 26日上午,省委书记某某在2021年世界互联网大会乌镇峰会开幕式上致辞。\n以下是致辞摘要——\n"
            f"某某书记在2021年世界互联网大会\n(2021年9月26日)\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "以下是致辞摘要" not in text and "[ 国内 ]" not in text and OPENING in text


def test_a_bulleted_share_widget_goes_and_a_bulleted_speech_point_stays():
    page = (f"某某同志在某某会议上的讲话\n-\n- 分享到\n{OPENING}\n{MIDDLE}\n- 要加强组织领导,把责任落到实处。\n"
            f"- 要强化督查考核,确保各项任务按期完成。\n{CLOSING}")
    text = _clean(page).text
    assert "分享到" not in text and "要加强组织领导" in text and OPENING in text
