"""Session ap: families held-out rounds 201k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ---------------------------------------------------------------- an editor's blurb broken at its links (round 201k)

def test_an_editor_blurb_broken_into_lines_at_its_links_goes_whole():
    page = ("消防演练讲话(精选8篇)\n\n消防演练讲话篇一\n\n消防演练是安全工作中的重要环节,是学校不断完善。\n\n应急预案。\n\n"
            f"的重要途径。下面是小编给大家整理的消防演练讲话,供大家参考。\n\n{BODY}")
    doc = _clean(page)
    assert "不断完善" not in doc.text and "应急预案" not in doc.text and "小编" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text
    assert "editor_blurb" in _rules(doc)


def test_a_speech_line_opening_with_de_que_is_not_a_broken_blurb():
    page = (f"{SALUTE}\n今天的会议很重要,大家要认真。\n的确,这次会议是下面小编整理会上要求。\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "今天的会议很重要,大家要认真。" in text


# ---------------------------------------------------------------- a site's address cut short in brackets (round 201k)

def test_a_site_name_with_its_address_cut_short_goes():
    for tail in ("……(某某文秘网htt", "……(某某公文网www.ab", "(某某范文网http://www.ab"):
        doc = _clean(f"{BODY}\n{tail}")
        assert "文秘网" not in doc.text and "公文网" not in doc.text and "范文网" not in doc.text, tail
        assert CLOSING in doc.text
        assert "site_url_line" in _rules(doc)


def test_a_numbered_heading_naming_a_network_stays():
    page = f"{SALUTE}\n{OPENING}\n(二)建好用好政务网\n{MIDDLE}\n{CLOSING}"
    assert "(二)建好用好政务网" in _clean(page).text


# ---------------------------------------------------------------- round 202k

def test_a_menu_set_off_by_spaces_goes():
    page = f"首页 国际 港澳 华人 中国 社会 领导 地方 人物 城市 财经 科技\n当前位置:首页 > 聚焦\n{BODY}"
    doc = _clean(page)
    assert "港澳" not in doc.text and "财经" not in doc.text
    assert doc.text.startswith(SALUTE)
    assert "site_menu" in _rules(doc)


def test_a_heading_of_two_phrases_set_off_by_spaces_stays():
    page = f"{SALUTE}\n{OPENING}\n统一思想 提高认识\n{MIDDLE}\n{CLOSING}"
    assert "统一思想" in _clean(page).text


def test_a_sites_promotion_of_its_page_goes_alone_and_glued_before_the_salutation():
    blurb = "某某网权威发布学校三十周年庆典致辞,更多学校三十周年庆典致辞相关信息请访问某某网。"
    for page in (f"{blurb}\n{BODY}", f"校庆致辞篇1\n\n1、{blurb} {SALUTE} {OPENING}\n{MIDDLE}\n{CLOSING}"):
        doc = _clean(page)
        assert "权威发布" not in doc.text and "请访问" not in doc.text
        for sentence in SPEECH:
            assert sentence in doc.text
        assert "editor_blurb" in _rules(doc)


def test_a_welcome_naming_a_committee_goes_and_a_principals_welcome_stays():
    page = ("您好!欢迎访问,某某物流技术装备专业委员会!\n\n某某物流技术装备专业委员会\n\n您当前的位置首页 > 专家动态\n\n"
            "某某会长发表致辞\n尊敬的各位来宾,各位专家,各位代表!大家上午好!很高兴与大家相聚在美丽的上海,我代表主办方表示欢迎。\n"
            "我们要推进物流业高质量发展。\n谢谢大家!")
    doc = _clean(page)
    assert "欢迎访问" not in doc.text and "专业委员会" not in doc.text
    assert "我们要推进物流业高质量发展。" in doc.text
    spoken = f"{SALUTE}\n欢迎来到某某大学!\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    assert "欢迎来到某某大学!" in _clean(spoken).text


def test_a_teaser_repeating_the_speechs_opening_goes():
    page = ("“爱鸟周”启动仪式上的讲话\n\n推荐阅读:各位来宾、各位老师: 大家好! 在这春回大地,鸟语花香的时节,我们迎来了第30个“爱鸟周”,首先,我代表\n\n"
            "各位来宾、各位老师:\n\n大家好!\n\n在这春回大地,鸟语花香的时节,我们迎来了第30个“爱鸟周”,首先,我代表省林业厅表示感谢。\n\n"
            "地球是人类的家园,鸟是人类的朋友。\n\n谢谢大家!")
    doc = _clean(page)
    assert "推荐阅读" not in doc.text
    assert doc.text.count("鸟语花香") == 1
    assert "地球是人类的家园,鸟是人类的朋友。" in doc.text


# ---------------------------------------------------------------- round 203k

def test_a_sites_advert_glued_inside_a_sentence_goes_and_the_sentence_closes():
    page = (f"{SALUTE}\n{OPENING}\n秋冬季节是呼吸某某公文:abcgongwen.com某某公文网每个笔杆子必备的百万篇公文材料库,日更千篇、紧跟时政。"
            f"道传染病高发期,决不能麻痹。\n{CLOSING}")
    doc = _clean(page)
    assert "秋冬季节是呼吸道传染病高发期,决不能麻痹。" in doc.text
    assert "promo_line" in _rules(doc)


def test_a_speaker_naming_a_website_keeps_the_sentence():
    line = "大家可以登录市政府网:www.abc.gov.cn查询办事指南。"
    assert line in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}").text


def test_captions_repeating_the_title_with_a_serial_number_go():
    page = ("某某代表谈粮食安全(发布会)\n\n某某代表谈粮食安全(发布会)1\n\n粮食安全是今年关注的热点问题。\n\n"
            "某某代表谈粮食安全(发布会)2\n\n某某代表说,我省是农业大省,要当好压舱石。\n\n某某代表谈粮食安全(发布会)3\n\n"
            "今年要稳住面积、提高单产。")
    doc = _clean(page)
    assert "(发布会)1" not in doc.text and "(发布会)2" not in doc.text
    assert "今年要稳住面积、提高单产。" in doc.text
    assert "caption" in _rules(doc)


def test_a_title_keyword_glued_before_the_salutation_goes():
    page = ("首页>演讲稿>会议发言>同志在纪念世界红十字日会议上的讲话\n\n同志在纪念世界红十字日会议上的讲话\n\n"
            f"世界红十字日同志们:\n\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "世界红十字日同志们" not in doc.text and "同志们:" in doc.text
    assert "inserted_keyword" in _rules(doc)


def test_a_forum_posters_line_and_a_comment_boxs_rules_go():
    page = (f"只看楼主 倒序阅读 楼主 发表于: 2019-09-09\n离线某某某\n{BODY}\n延伸阅读\nudn讨论区\n共 0 则留言\n规范发布\n"
            "- 张贴文章或下标签,不得有违法或侵害他人权益之言论,违者应自负法律责任。")
    doc = _clean(page)
    for chrome in ("离线", "则留言", "规范发布", "张贴文章"):
        assert chrome not in doc.text, chrome
    for sentence in SPEECH:
        assert sentence in doc.text


def test_a_download_prompt_with_a_spaced_comma_goes():
    doc = _clean(f"某某致辞\n来源 :某某 | 被引量 : 0次\n下载到本地 , 更方便阅读\n{BODY}")
    assert "下载到本地" not in doc.text


def test_a_wire_lead_announcing_the_transcript_goes():
    page = ("某某:奖项引领行业发展\n\n  某某网讯 11月23日,某某奖表彰大会在北京隆重举行。某某作为获奖项目代表发表获奖感言,以下为文字实录:\n\n"
            f"某某:{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "网讯" not in doc.text and "文字实录" not in doc.text
    assert "news_lead" in _rules(doc)


# ---------------------------------------------------------------- round 204k

def test_a_pdfs_line_broken_after_its_comma_is_no_caption():
    page = ("在县委组织系统干部座谈会上的发言\n2024-11-28\n18.38KB\n7 页\n在县委组织系统干部座谈会上的发言\n"
            "首先,感谢组织部领导对我这个老组工干部的信任,\n参加组织系统干部座谈会,让我来作个发言,与大家谈谈\n"
            "我在组织部工作的那段历史时期经历过、感受过、收获过\n的组织部的突出好传统、好作风和好精神,并与大家分享。\n"
            "如有不当之处,请予批评指正。")
    assert "参加组织系统干部座谈会,让我来作个发言,与大家谈谈" in _clean(page).text


def test_a_gallery_of_captions_closing_a_press_release_goes():
    page = ("驻沪办主任出席美食文化月开幕礼\n\n驻沪办主任某某在致辞时表示,香港素有美食之都的美誉,汇集中西美食,沪港两地借着美食文化创建了交流的新平台。\n\n"
            "为期一个月的美食文化月将会在7月展开,在沪的朋友往指定的餐厅用膳可以享受美食优惠,感受舌尖上的香港的无限魅力。\n\n"
            "主礼嘉宾与小厨师合影(左三:驻沪办主任某某;左二:某区副区长某某)。\n开场表演。\n美食文化月拉开序幕。\n"
            "驻沪办主任某某致辞。\n餐厅代表插旗仪式。\n餐厅代表插旗仪式。\n嘉宾合影留念。\n返回")
    doc = _clean(page)
    for caption in ("合影(左三", "开场表演", "插旗仪式", "合影留念", "某某致辞。"):
        assert caption not in doc.text, caption
    assert "为期一个月的美食文化月将会在7月展开,在沪的朋友往指定的餐厅用膳可以享受美食优惠,感受舌尖上的香港的无限魅力。" in doc.text
    assert "photo_caption" in _rules(doc)


def test_a_speechs_short_closing_lines_are_no_gallery():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n祝大家新年快乐。\n祝同学们学业进步。\n谢谢大家。"
    text = _clean(page).text
    assert "祝大家新年快乐。" in text and "谢谢大家。" in text


def test_site_inserts_of_round_204k_go():
    cases = [
        (f"某某公文写作范文宝典:www.abcdefg.com在全市稳就业工作推进会议上的讲话\n{BODY}", "www.abcdefg.com"),
        (f"某某外长致辞\n(预拟致词稿)\n{BODY}", "预拟致词稿"),
        (f"{SALUTE}\n{OPENING}\n总结 ──\n{MIDDLE}\n{CLOSING}", "──"),
        (f"你正在浏览的求 职 信是某某校长在毕业典礼上的讲话\n{BODY}", "正在浏览"),
        (f"{BODY}\n点击蓝字 关注“某某协会”", "蓝字"),
    ]
    for page, chrome in cases:
        doc = _clean(page)
        assert chrome not in doc.text, chrome
        for sentence in SPEECH:
            assert sentence in doc.text, (chrome, sentence)


def test_a_converters_dash_inside_a_sentence_stays():
    line = "香港──亚洲国际都会,要继续发挥独特优势。"
    assert line in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}").text


# ---------------------------------------------------------------- round 205k

def test_a_reports_lead_and_the_speakers_said_glued_before_the_speech_go():
    page = ("今天上午10时,庆祝建党90周年大会在人民大会堂隆重召开,某某同志发表重要讲话。 某某说,今天,我们在这里隆重集会,"
            "同全党全国各族人民一道,庆祝中国共产党成立90周年。 90年前的今天,中国共产党成立了。")
    doc = _clean(page)
    assert doc.text.startswith("今天,我们在这里隆重集会")
    assert "news_lead" in _rules(doc)


def test_a_report_quoting_its_speaker_in_the_speechs_voice_keeps_its_lead():
    page = "今天上午,全县干部大会召开,县委书记某某讲话。某某说,今天,我们要抓好落实。会议还部署了下一步工作。"
    assert _clean(page).text.startswith("今天上午,全县干部大会召开")


# ---------------------------------------------------------------- round 206k

def test_a_description_meta_repeating_the_speechs_opening_flattened_goes():
    page = ("某某局在创建全国文明城市动员大会上的讲话\n\n某某 2023-06-30 13:37:44 讲话发言\n"
            "在创建全国文明城市动员大会上的讲话 同志们: 今天会议的主要目的是贯彻落实全市创建工作动员大会精神,对全局参与创建工作进行再部署、"
            "再动员。下面,我讲三个方面意见。 一、提高认识,坚定“创城”必须“创成”的信心 全局干部职工要深入学习讲话精神,始终保持奋斗姿\n\n"
            "同志们:\n今天会议的主要目的是贯彻落实全市创建工作动员大会精神,对全局参与创建工作进行再部署、再动员。下面,我讲三个方面意见。\n"
            "一、提高认识,坚定创城必须创成的信心\n全局干部职工要深入学习讲话精神,始终保持奋斗姿态。")
    doc = _clean(page)
    assert doc.text.count("今天会议的主要目的") == 1
    assert "全局干部职工要深入学习讲话精神,始终保持奋斗姿态。" in doc.text
    assert "snippet" in _rules(doc)


def test_a_sites_call_to_report_errors_goes():
    doc = _clean(f"{BODY}\n亲,发现文中的错误不要不好意思告诉我们,纠错成功,你将获得50~200个金星币的奖励哦~ 我要纠错")
    assert "纠错" not in doc.text and CLOSING in doc.text


def test_a_flattened_pages_glued_slogan_promotion_and_disclaimer_go():
    from corpusmine.text.lines import flatten_lines
    page = (f"{SALUTE}\n{OPENING}\n某某之家—全网资源每日更新 www.abcdefg.com\n{MIDDLE}\n公文高手,超级方便的公文写作神器! 立即了解\n"
            f"{CLOSING}\n(本文仅为写作提供参考,纯属虚构,如有雷同,请勿对号入座)")
    for raw in (page, flatten_lines(page)):
        doc = _clean(raw)
        for chrome in ("全网资源", "立即了解", "对号入座"):
            assert chrome not in doc.text, chrome
        for sentence in SPEECH:
            assert sentence in doc.text


def test_a_speakers_call_to_act_now_stays():
    line = "时间不等人!立即行动起来,把各项任务落到实处。"
    assert line in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}").text


# ---------------------------------------------------------------- round 207k

def test_a_reports_hand_over_lines_go_and_a_speakers_quote_line_stays():
    page = f"某某在致辞中对大会的召开表示祝贺。他说——\n{SALUTE}\n{OPENING}\n某某在致辞中说——\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "说——" not in doc.text
    kept = f"{SALUTE}\n{OPENING}\n正如总书记所指出——\n{MIDDLE}\n{CLOSING}"
    assert "正如总书记所指出——" in _clean(kept).text


def test_a_lead_in_closed_by_an_invitation_to_listen_goes():
    page = ("今天上午,某某大学2022年毕业典礼在操场举行,2022届毕业生正式毕业。\n"
            "校长某某在毕业典礼上发表了重要讲话,以下是讲话全文,和某某一起聆听校长的寄语吧!\n" + BODY)
    doc = _clean(page)
    assert "以下是讲话全文" not in doc.text and doc.text.startswith(SALUTE)
