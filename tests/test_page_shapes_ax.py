"""Session ax: families held-out rounds 259k- left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text

OPENING = "各位领导、同志们:今天我们召开全镇乡村振兴工作推进会,主要任务是总结工作、部署任务。"
MIDDLE = "过去一年,全镇上下齐心协力,产业发展、村庄整治都取得了新成效。"
CLOSING = "希望大家坚定信心、真抓实干,为建设宜居宜业和美乡村作出新的贡献!"
BODY = f"{OPENING}\n{MIDDLE}\n{CLOSING}"


def _kept(text: str) -> bool:
    return all(s in text for s in (OPENING, MIDDLE, CLOSING))


# ------------------------------------------- question marks a page saved for its blanks (round 259k)

def test_question_marks_saved_for_blanks_go_after_colons_and_between_sentences():
    page = ("尊敬的各位领导,各位老师:?\n大家下午好!?\n今天是第30个教师节。?\n"
            "医者究竟是怎样的呢?我一直在寻找答案。?在学医之前我就听过这样一句话。\n" + BODY)
    text = clean_text(page)
    assert "老师:\n" in text and "下午好!\n" in text and "教师节。\n" in text
    assert "答案。在学医之前" in text
    assert "怎样的呢?我一直在寻找答案" in text          # a real question keeps its mark
    assert _kept(text)
    assert "ascii_junk" in _rules(_clean(page))


def test_a_speaker_s_question_and_exclamation_keep_their_marks():
    page = "同志们:\n大家说,这样的作风行不行?不行!这样的干部要不要问责?要!\n" + BODY
    text = clean_text(page)
    assert "行不行?不行!" in text and "要不要问责?要!" in text


# ------------------------------------------- an advert slot's call left by the page's script (round 259k)

def test_an_advert_slot_s_call_before_the_speech_goes():
    page = "全区脱贫攻坚誓师动员大会上的讲话\n\nad680_1;" + BODY
    text = clean_text(page)
    assert "ad680" not in text and text.rstrip().endswith(CLOSING)
    assert OPENING in text
    assert "leaked_script" in _rules(_clean(page))


def test_an_identifier_inside_a_sentence_stays():
    page = "同志们:\n参数x_1;的取值由系统给定,我们要做好COVID_19;防控。\n" + BODY
    text = clean_text(page)
    assert "x_1;" in text and "COVID_19;" in text


# ------------------------------------------- a tutor's comments inside a model speech (rounds 259k, 256k)

def test_a_tutor_s_bracketed_comments_go_when_the_page_holds_several():
    page = (BODY + "\n(自报家门,这是此类发言开头的标配,目的是告知大家发言人的基本情况)我是县农业农村局局长。\n"
            "一、抓学习是前提(小标题采用下定义的手法,直接亮明观点)\n我们要把三项工作(以下简称“三项工作”)抓实抓细。")
    text = clean_text(page)
    assert "标配" not in text and "手法" not in text
    assert "我是县农业农村局局长。" in text and "一、抓学习是前提" in text
    assert "(以下简称“三项工作”)" in text and _kept(text)
    assert "editor_note" in _rules(_clean(page))


def test_one_bracket_naming_a_beginning_stays_in_a_speech():
    page = "同志们:\n(开头先讲形势,这是讲话的常见结构)我们要抓好开局的工作。\n" + BODY
    assert "(开头先讲形势,这是讲话的常见结构)" in clean_text(page)


def test_a_labelled_review_of_the_speech_goes_with_its_paragraph():
    page = ("我把他乡当故乡\n【点评】\n\n好的演讲能够传递正能量。演讲者让我们感受到了他与群众的情谊。整个演讲真实感人。\n\n"
            + BODY)
    text = clean_text(page)
    assert "点评" not in text and "演讲者" not in text
    assert _kept(text)


def test_a_review_label_without_a_review_leaves_the_next_paragraph():
    page = "同志们:\n【点评】\n\n我们要把群众的意见当作改进工作的镜子。\n" + BODY
    assert "我们要把群众的意见当作改进工作的镜子。" in clean_text(page)


# ------------------------------------------- a numbered report paragraph naming a payment is no site notice (260k)

def test_a_numbered_paragraph_ending_on_pay_after_treatment_stays():
    para = ("2.精准脱贫卓有成效。我镇聚焦脱贫户“两不愁三保障”,确保脱贫户饮水安全、医疗全面保障。163名有劳动能力的脱贫户"
            "实现了有效就业。免费为全镇所有脱贫户代缴医保参保费;落实好“一站式”结算、“先诊疗后付费”等措施,定期送医上门。")
    page = BODY + "\n" + para
    assert para in clean_text(page)


def test_a_numbered_site_notice_still_goes():
    page = BODY + "\n- 1、本文档共3页,可阅读全部内容。\n- 2、该文档为VIP文档,如需下载请开通会员。"
    text = clean_text(page)
    assert "本文档" not in text and "VIP" not in text and _kept(text)



# ------------------------------------------- a school's flag-raising post: its programme around the speech (260k)

FLAG_SPEECH = ("尊敬的老师们、亲爱的同学们:\n大家好!今天,我国旗下讲话的主题是“宪法之光,照亮成长之路”。\n"
               "宪法是国家的根本大法,我们要从小学习宪法、遵守宪法。\n谢谢大家!")


def test_a_flag_raising_post_s_programme_items_host_and_class_lines_go():
    page = ("【主题教育】宪法之光,照亮成长之路——某某中学国家宪法日主题升旗仪式\n\n本周升旗仪式主持人:六(3)中队 某某\n\n"
            "一、本周升旗手\n\n六(3)中队 张某某\n\n六(3)中队 李某某\n\n二、国旗下讲话\n\n" + FLAG_SPEECH)
    text = clean_text(page)
    for gone in ("主持人", "本周升旗手", "中队 张某某", "中队 李某某", "二、国旗下讲话"):
        assert gone not in text, gone
    assert FLAG_SPEECH.replace("\n", "") in text.replace("\n", "")


def test_a_speech_s_own_numbered_heads_stay_without_a_flag_programme():
    page = ("同学们:\n一、升国旗\n升国旗是庄严的时刻,我们要肃立致敬。\n二、学宪法\n宪法是根本大法。\n"
            "三年级(2)班 的同学们表现很好。\n谢谢大家!")
    text = clean_text(page)
    assert "一、升国旗" in text and "二、学宪法" in text


# ------------------------------------------- round 263k: a library's stamp and card, a writing site's advert

def test_a_library_s_editable_stamp_goes_whole_inside_a_sentence():
    page = ("精品word文档可编缉使用在全县督察整改工作会上的讲话\n同志们:\n"
            "推动督察整改,是以习近平同志为核心的党精品word文档可编缉使用中央作出的重大决策。\n" + BODY)
    text = clean_text(page)
    assert "是以习近平同志为核心的党中央作出的重大决策。" in text
    assert "文档" not in text and "编缉" not in text and _kept(text)


def test_a_library_card_s_figures_under_a_snippet_go():
    page = BODY + "\n如何在新时代背景下,进一步提升...\n2024-08-22\n18.25KB 23 页 999+"
    text = clean_text(page)
    assert "KB" not in text and "999+" not in text and _kept(text)


def test_a_speaker_s_figures_in_a_sentence_stay():
    page = "同志们:\n全县共建成网格23个,覆盖群众5000户。\n档案扫描共计18.25KB以内的23页文件。\n" + BODY
    text = clean_text(page)
    assert "覆盖群众5000户。" in text and "18.25KB以内的23页文件" in text


def test_a_writing_site_s_advert_glued_inside_a_sentence_goes_to_its_first_name():
    page = ("同志们:\n全局上下认真贯彻安全生产各项决策部署,切某某公文网——速某某——每个笔杆子必备的百万篇公文材料库,日更千篇。"
            "速某某:abcd.com某某公文:abcdgongwen.com实加强行业安全监管,较好地完成了安全生产任务。\n" + BODY)
    text = clean_text(page)
    assert "切实加强行业安全监管,较好地完成了安全生产任务。" in text
    assert "材料库" not in text and ".com" not in text and _kept(text)


def test_a_speaker_naming_one_site_and_its_address_keeps_it():
    page = "同志们:\n请大家登录县政务网:www.abc.gov.cn了解办事指南,做到心中有数。\n" + BODY
    assert "县政务网:www.abc.gov.cn了解办事指南" in clean_text(page)


# ------------------------------------------- round 264k: counters, advert markers, sponsor prompts, leads, betting brands

def test_a_time_and_count_row_goes_with_its_unit():
    page = "集团召开2024年工作调度会\n时间:2024-07-05 08:50 浏览量:1818 次\n字体\n\n" + BODY
    text = clean_text(page)
    assert "1818" not in text and "\n次\n" not in text and _kept(text)


def test_a_news_page_s_advert_marker_goes():
    page = "我是广告 请继续往下阅读\n\n" + BODY
    text = clean_text(page)
    assert "广告" not in text and _kept(text)


def test_a_template_site_s_sponsor_prompt_goes():
    page = BODY + "\n\n内容仅供学习,如需复制请赞助会员,赞助后即可全站范文免费复制!\n\n\n赞助会员请点击:开通会员\n"
    text = clean_text(page)
    assert "赞助" not in text and _kept(text)


def test_a_speaker_s_line_about_members_stays():
    page = "同志们:\n我们要鼓励更多群众开通会员服务,方便大家阅读图书。\n" + BODY
    assert "开通会员服务,方便大家阅读图书。" in clean_text(page)


def test_a_lead_giving_the_closing_part_of_an_address_goes():
    page = ("財政司司長表示,香港一定繁榮發展。\n以下是財政司司長某某2月28日在立法會動議二讀《2024年撥款條例草案》演辭的結語:\n"
            "主席,2024年仍充滿不確定性。外圍環境複雜多變。\n我們要鞏固經濟復蘇勢頭。\n")
    text = clean_text(page)
    assert "以下是" not in text and "结语" not in text and "結語" not in text
    assert text.startswith("主席,2024年仍充满不确定性。")     # the page is read back into Simplified


def test_a_betting_brand_injected_into_a_report_goes_whole():
    page = ("同志们:\n3月8日上午,某某会真人第一品牌游戏合营建科院集团党委特邀教授作专题宣讲。\n" + BODY).replace("某某会", "九游会")
    text = clean_text(page)
    assert "九游" not in text and "第一品牌" not in text and "建科院集团党委特邀教授作专题宣讲。" in text


# ------------------------------------------- round 265k: a paywall's login nudge, the browser title under the text

TITLE = "2026年春季开学工作会议上的讲话:凝心聚力谋发展,攻坚克难创佳绩"


def test_a_paywall_s_login_nudge_and_the_browser_title_under_the_text_go():
    page = (f"{TITLE}_某某文库网\n{TITLE}\n" + BODY + f"\n{TITLE}_某某文库网\n此内容为付费资源,请付费后查看\n立即购买\n"
            "您当前未登录!建议登陆后购买,可保存购买订单\n付费资源")
    text = clean_text(page)
    assert "文库网" not in text and "未登录" not in text and "攻坚克难创佳绩" not in text
    assert _kept(text)


def test_a_speaker_s_sentence_about_logging_in_stays():
    page = "同志们:\n有的群众还没有登录过政务平台,登录后才发现办事这么方便。\n" + BODY
    assert "登录后才发现办事这么方便。" in clean_text(page)


def test_a_dashed_line_repeating_the_title_with_a_plain_word_stays_in_the_speech():
    page = f"乡村振兴\n乡村振兴\n{OPENING}\n乡村振兴-重中之重\n{MIDDLE}\n{CLOSING}"
    assert "乡村振兴-重中之重" in clean_text(page)


# ------------------------------------------- round 263k: a flattened report's credited caption run into the dateline

def test_a_credited_caption_run_into_a_wire_dateline_goes_with_it():
    page = (" date 2026-03-09 某某委员长向大会报告常委会工作(某某社 某某摄) 某某社北京3月9日电(记者 某某)十四届全国人大四次会议"
            "第二次全体会议今天上午在人民大会堂举行。回顾过去一年的工作,某某表示,2025年是很不平凡的一年。\n" + BODY)
    text = clean_text(page)
    assert "摄" not in text and "3月9日电" not in text
    assert text.startswith("十四届全国人大四次会议第二次全体会议今天上午在人民大会堂举行。") and _kept(text)


def test_a_sentence_mentioning_a_photographer_and_a_telegram_stays():
    page = "同志们:\n去年,我们请老摄影师拍摄了村容村貌(张某某摄),新华社记者也到村里采访。\n" + BODY
    assert "(张某某摄),新华社记者也到村里采访。" in clean_text(page)
