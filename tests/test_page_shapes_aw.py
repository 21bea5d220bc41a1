"""Session aw: families held-out round 249k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text
from corpusmine.text.credit_lines import caption_mark_spans

OPENING = "各位乡亲,大家新春好!今天我们在这里欢聚一堂,共迎新春。"
MIDDLE = "过去一年,联会积极动员广大乡亲,为家乡建设作出了积极贡献。"
CLOSING = "祝愿各位乡亲龙年吉祥,身体健康,阖家幸福!"
BODY = f"{OPENING}\n{MIDDLE}\n{CLOSING}"


def _kept(text: str) -> bool:
    return all(s in text for s in (OPENING, MIDDLE, CLOSING))


# ------------------------------------------- an editor's blurb naming its site before 小编, after the site's question

def test_an_editor_blurb_naming_its_site_goes_with_the_question_it_answers():
    page = ("新学期开始了,在开学典礼上校长会进行怎样的致辞呢?下面某某网小编整理了秋季开学典礼校长致辞,供你参考!\n"
            "尊敬的老师们,亲爱的同学们:\n" + BODY)
    text = clean_text(page)
    assert "小编" not in text and "怎样的致辞呢" not in text
    assert _kept(text) and text.startswith("尊敬的老师们")


def test_a_speaker_compiling_nothing_keeps_a_sentence_about_editors():
    page = "同志们:\n我们的编辑记者深入基层,采写了大量稿件。\n" + BODY
    assert "编辑记者深入基层" in clean_text(page)


# ------------------------------------------- a bilingual address's language labels

def test_a_release_s_language_labels_go_alone_on_their_lines():
    page = BODY.replace("\n", "\n(普通話)\n", 1) + "\n(英文)\n" + "Thank you."
    doc = _clean(page)
    assert "普通" not in doc.text and "(英文)" not in doc.text
    assert _kept(doc.text)


def test_a_language_named_inside_a_sentence_stays():
    page = "同志们:\n要推广普通话(普通话水平测试),做好语言文字工作。\n" + BODY
    assert "(普通话水平测试)" in clean_text(page)


# ------------------------------------------- photo captions credited to who gave or took the picture

def test_a_caption_closing_the_page_with_a_giver_s_picture_credit_goes():
    page = BODY + "\n某某同乡会新一届理监事就职。(主办方提供图片)"
    doc = _clean(page)
    assert "提供图片" not in doc.text and "理监事就职" not in doc.text
    assert _kept(doc.text) and "photo_caption" in _rules(doc)


def test_a_labelled_picture_credit_inside_a_flattened_line_goes_with_its_caption():
    page = (" date 2026-01-01 某市长参加路跑活动。(照片:某市政府提供) 某评社某地1月1日电(记者 某某某)"
            "某市长1日上午出席元旦升旗活动。他致词时表示,很高兴和大家相聚在市府广场。" + BODY)
    text = clean_text(page)
    assert "照片" not in text and "参加路跑活动" not in text
    assert "他致词时表示,很高兴和大家相聚在市府广场。" in text and _kept(text)


def test_a_speech_sentence_before_a_bracket_of_its_own_stays():
    page = "同志们:\n我们要拍好每一张照片。(照片要真实) 要抓好落实。\n" + BODY
    assert "我们要拍好每一张照片。" in clean_text(page)


def test_a_caption_with_its_giver_after_the_credit_word_goes():
    page = BODY.replace("\n", "\n会议现场 供图 某某市委宣传部\n", 1)
    doc = _clean(page)
    assert "供图" not in doc.text and "会议现场" not in doc.text and _kept(doc.text)


def test_a_name_and_its_address_over_the_paragraph_on_the_same_speaker_goes():
    page = ("某某联会日前举行新春团拜。\n某某某致辞。\n某某某回顾了联会成立以来的工作成果,他表示,联会为家乡作出了贡献。\n"
            "某某致辞。\n某某感谢各位首长的大力支持。\n" + BODY)
    text = clean_text(page)
    assert "某某某致辞。" not in text and "\n某某致辞。" not in text
    assert "某某某回顾了联会成立以来的工作成果" in text and "某某感谢各位首长的大力支持。" in text and _kept(text)


def test_a_name_and_its_address_over_other_words_is_no_caption():
    page = BODY + "\n张某某致辞。\n尊敬的各位来宾:\n" + BODY
    assert not [r for s, e, r in caption_mark_spans(page) if "张某某" in page[s:e]]


# ------------------------------------------- a feed's run of ampersands for a word it could not carry

def test_a_run_of_ampersands_between_chinese_words_goes():
    page = "某某致辞时&&,新的一年要凝聚社会正能量。\n" + BODY
    text = clean_text(page)
    assert "&" not in text and "某某致辞时,新的一年要凝聚社会正能量。" in text


def test_ampersands_between_letters_stay():
    assert "R&&D" in clean_text("同志们:\n我们要加大R&&D投入,抓好科技创新。\n" + BODY)


# ------------------------------------------- a portal's headline list under a wire report's end mark

def test_headlines_under_a_wire_s_end_mark_go_when_none_is_prose():
    page = (BODY + "(完)\n\n【编辑:某某】\n\n视频\n\n更 多\n某地两会|信息量很大!报告中连续十年提到了它\n"
            "【某说环球】某海峡,为何牵动全球命脉?\n(全国两会)如何解读今年政府工作报告的内容?\n某某行程满满 某某回应再提“主动对接”")
    doc = _clean(page)
    for gone in ("视频", "更 多", "信息量很大", "为何牵动", "如何解读", "行程满满"):
        assert gone not in doc.text, gone
    assert _kept(doc.text) and "page_tail" in _rules(doc)


def test_a_report_going_on_under_an_end_mark_keeps_its_lines():
    page = BODY + "(完)\n某某网评\n另一篇报道说,会议在某地召开。"
    assert "某某网评" in clean_text(page) or "另一篇报道说,会议在某地召开。" in clean_text(page)
    assert "另一篇报道说,会议在某地召开。" in clean_text(page)


# ------------------------------------------- round 250k: a subscribe prompt naming its account, a share label after the
# site's name, a weather reading alone, a site's desk and reporter in brackets, an ASCII cut after a blank

def test_a_subscribe_prompt_naming_its_account_goes():
    page = "某总领馆举行国庆招待会\n点击上方蓝字“中国驻某地总领馆”即可订阅\n" + BODY
    text = clean_text(page)
    assert "蓝字" not in text and _kept(text)


def test_a_share_label_after_the_site_s_name_goes():
    page = "某市第十一届运动会开幕\n\n某某网 我要分享\n\n" + BODY
    text = clean_text(page)
    assert "我要分享" not in text and _kept(text)


def test_a_speech_sharing_its_points_keeps_them():
    assert "我要分享三点体会。" in clean_text("同志们:\n今天我要分享三点体会。\n" + BODY)


def test_a_weather_reading_alone_at_the_head_goes():
    page = "健康某市人人来赛\n\n某市 20℃ 0\n\n" + BODY
    text = clean_text(page)
    assert "20℃" not in text and _kept(text)


def test_a_site_s_desk_and_reporter_in_brackets_go_from_the_lead():
    page = "某法院举行法官宣誓仪式\n某某新闻网:(政治部 某某)法袍见证责任,法徽映照使命。4月23日,法院举行宣誓仪式。\n" + BODY
    text = clean_text(page)
    assert "新闻网" not in text and "政治部" not in text
    assert "法袍见证责任,法徽映照使命。" in text and _kept(text)


def test_a_slogan_in_brackets_after_a_colon_stays():
    assert "(全民 健身)" in clean_text("同志们:\n我们的口号是:(全民 健身)要坚持。\n" + BODY).replace("(全民健身)", "(全民 健身)")


def test_an_ascii_cut_after_a_blank_goes_with_the_attachment_label():
    page = BODY + "\n也期望全体 ...\n附件列表"
    text = clean_text(page)
    assert "..." not in text and "附件列表" not in text and _kept(text)


# ------------------------------------------- round 251k: a katakana middle dot in a broken speech line; speakers'
# captions of office and name between a report's paragraphs

def test_a_line_with_a_katakana_middle_dot_is_no_kana_caption():
    page = ("同志们:\n要多元宣传推广,提升品牌影响力。据统计,去年某地文旅相关话题在网络上的曝\n"
            "光量达数十亿次,“行走某地・读懂中国”品牌知名度大幅提\n升。\n" + BODY)
    assert "“行走某地・读懂中国”品牌知名度大幅提" in clean_text(page)


def test_a_kana_alt_text_still_goes():
    page = BODY.replace("\n", "\nさくらの写真\n", 1)
    text = clean_text(page)
    assert "さくら" not in text and _kept(text)


def test_speakers_captions_named_by_the_lead_go():
    page = ("9月16日晚,某省旅游发展大会开幕式在某市举行。某省委书记张某某宣布大会开幕,省委副书记、省长李某某致辞,"
            "某协会会长王某出席。\n某省委书记张某某\n某省委副书记、省长李某某\n“人间天地皆春色。”李某某代表省委、省政府表示祝贺。\n"
            "某协会会长王某\n" + BODY)
    doc = _clean(page)
    assert "\n某省委书记张某某\n" not in doc.text and "\n某协会会长王某\n" not in "\n" + doc.text + "\n"
    assert "李某某代表省委、省政府表示祝贺。" in doc.text and _kept(doc.text) and "photo_caption" in _rules(doc)


def test_speaker_lines_of_a_collection_stay():
    page = ("在全县创文推进会上的讲话\n县委书记 张某某\n" + BODY + "\n在全县创文总结会上的讲话\n县长 李某某\n" + BODY)
    text = clean_text(page)
    assert "县长 李某某" in text or "县长李某某" in text


# ------------------------------------------- round 252k: forum furniture, a periodical's issue lines, buttons, a bracketed
# source's lead, a PDF line ending on a clause's comma, a picture taken from a social page

FORUM_POST = BODY.replace("\n", " d1&RK2\n", 1).replace("积极贡献。", "积极贡献。 Z' cQ< f") + "\n要珍惜时光。 =*K~U# uoC\n好好学习。 b)h!q2"


def test_anti_copy_tails_after_a_heading_word_or_with_two_blanks_go_on_a_strewn_page():
    text = clean_text("某某论坛\n上大学看了很多书 d1&RK2\n" + FORUM_POST)
    for junk in ("d1&RK2", "cQ<", "=*K~U#", "b)h!q2"):
        assert junk not in text, junk
    assert "上大学看了很多书" in text and _kept(text)


def test_a_speech_with_one_code_after_a_word_keeps_it():
    assert "A1&B2" in clean_text("同志们:\n我们引进的设备型号 A1&B2\n" + BODY)


def test_a_forum_poster_s_card_and_the_glued_menu_go():
    page = ("统计排行幸运大转盘每日签到社区服务会员列表最新帖子精华区博客帮助\n某某离线\n级别: 管理员\n\nUID: 20208\n精华: 47\n"
            "发帖: 29866\n财富: 494274 鼎币\n威望: 46 点\n在线时间: 5847(时)\n注册时间: 2011-09-01\n最后登录: 2019-04-24\n" + BODY)
    doc = _clean(page)
    for gone in ("统计排行", "某某离线", "UID", "威望", "注册时间", "最后登录"):
        assert gone not in doc.text, gone
    assert _kept(doc.text) and "login" in _rules(doc)


def test_a_speech_naming_a_forum_s_services_keeps_its_sentence():
    text = clean_text("同志们:\n社区服务要到位,帮助困难群众,每日签到制度要落实。\n" + BODY)
    assert "社区服务要到位,帮助困难群众,每日签到制度要落实。" in text


def test_a_periodical_s_issue_lines_and_its_back_link_go():
    page = ("某某月刊 2021-03月号\n" + BODY.replace("\n", "          ▼ 回目录页\n", 1) + "\n总监月报 4 月号 03\n")
    text = clean_text(page)
    assert "月刊" not in text and "月号" not in text and "目录" not in text and _kept(text)


def test_report_buttons_answer_counts_and_spaced_locations_go():
    page = ("您的位置  某某资讯  某某\n\n某小学运动会开幕 某某勉励培养运动习惯 [列印本頁]\n检举\n共1个回答\n" + BODY)
    text = clean_text(page)
    for gone in ("您的位置", "列印", "打印", "检举", "回答"):
        assert gone not in text, gone
    assert _kept(text)


def test_a_bracketed_source_and_its_day_go_from_the_lead():
    text = clean_text("【某某网】12月31日消息,今日,某公司轮值董事长发布新年致辞,对员工表达了感谢。\n" + BODY)
    assert text.startswith("今日,某公司轮值董事长发布新年致辞")


def test_a_pdf_line_broken_after_its_comma_is_no_menu():
    page = ("感恩与传承\n\n            国     际某某社 3522 地区第一届年会有一个很特殊的改变,\n"
            "                  就是在闭幕时让每一位社长做主角上台发表 2 分钟的\n            感言。\n" + BODY)
    text = clean_text(page)
    assert "地区第一届年会有一个很特殊的改变," in text.replace(" ", "")


def test_a_picture_taken_from_a_social_page_goes_with_its_caption():
    page = ("某某毕典星光熠熠 图/某大毕业典礼。取自某某大学脸书粉专。\n\n" + OPENING +
            "\n\n某大毕业典礼邀请某某担任演说嘉宾。取自某某大学脸书粉专。图/某大毕业典礼邀请某某担任演说嘉宾。取自某某大学脸书粉专。\n\n"
            + MIDDLE + "\n" + CLOSING)
    text = clean_text(page)
    assert "取自" not in text and "演说嘉宾" not in text and _kept(text)


# ------------------------------------------- round 253k: a template site's stray symbols inside words, a content farm's
# question to its reader

def test_stray_symbols_inside_words_go():
    text = clean_text("同志们:\n这是自从恢复高考以¡来,我们村高考最出色的一个,是个人才♂辈出的地方。\n" + BODY)
    assert "恢复高考以来" in text and "人才辈出" in text


def test_a_symbol_standing_for_its_meaning_stays():
    assert "♂" in clean_text("同志们:\n表格里男性记作 ♂ ,女性记作 ♀ 。\n" + BODY)


def test_a_content_farm_s_question_to_its_reader_goes():
    page = "很多人对某某获奖具体是什么情况比较关心,现在让我们一起来瞧瞧具体是什么情况吧!\n" + BODY
    text = clean_text(page)
    assert "比较关心" not in text and "瞧瞧" not in text and _kept(text)


def test_a_speaker_caring_about_an_issue_keeps_the_sentence():
    text = clean_text("同志们:\n很多人对食品安全问题非常关心,我们要回应群众关切。\n" + BODY)
    assert "很多人对食品安全问题非常关心,我们要回应群众关切。" in text


# ------------------------------------------- round 254k: a betting site's advert alone on its line, netizens' numbered
# comments under a report, an author's row with its relative day

def test_a_betting_advert_alone_on_its_line_goes():
    page = BODY.replace("\n", "\n某某国际现场娱乐【Aurl:www.example.com】送888元\n", 1) + "\n某某体育官网登陆"
    doc = _clean(page)
    assert "送888元" not in doc.text and "官网登陆" not in doc.text and _kept(doc.text)
    assert "spam_line" in _rules(doc)


def test_a_speech_on_sports_and_welfare_keeps_its_words():
    line = "我们要发展体育事业,注册送温暖志愿者,把彩票公益金用好。"
    assert line in clean_text("同志们:\n" + line + "\n" + BODY)


def test_numbered_netizens_comments_go_with_their_header():
    page = BODY + "\n网友看法\n1、网友某某Xi:为中国运动健儿点赞[赞][赞]\n2、网友某某gkYf:弘扬冬奥精神,迎难而上,追求卓越!"
    text = clean_text(page)
    assert "网友" not in text and _kept(text)


def test_a_speech_quoting_a_netizen_keeps_the_sentence():
    line = "有网友说:这件事办得好。我们要把群众的评价当作镜子。"
    assert line in clean_text("同志们:\n" + line + "\n" + BODY)


def test_an_author_s_row_with_its_relative_day_goes():
    text = clean_text("某某    某某协作平台      前天\n\n" + BODY)
    assert "前天" not in text and _kept(text)


# ------------------------------------------- round 255k: a Word namespace's remnant, an account's thanks for following,
# a pointer's caption, a blog's category label

def test_a_word_namespace_remnant_goes_from_the_salutation():
    text = clean_text("各位领导,各位法师:?xml:namespace>\n" + BODY)
    assert "xml" not in text and text.startswith("各位领导,各位法师:")


def test_an_account_s_thanks_for_following_goes_whole():
    page = "某某孔子学院揭幕\n感谢您关注某某官方微信!如果您尚未关注,欢迎点击标题下方的“某某”关注我们。\n" + BODY
    text = clean_text(page)
    assert "关注" not in text and _kept(text)


def test_a_speaker_thanking_for_attention_keeps_the_sentence():
    line = "我们要办好公众号,感谢大家关注我们的工作。"
    assert line in clean_text("同志们:\n" + line + "\n" + BODY)


def test_a_pointer_caption_of_an_event_goes_and_a_pointer_heading_stays():
    page = "同志们:\n" + OPENING + "\n▲某某为新兵颁发入伍通知书\n▲抓好三项重点工作\n" + MIDDLE + "\n" + CLOSING
    text = clean_text(page)
    assert "颁发入伍通知书" not in text and "▲抓好三项重点工作" in text and _kept(text)


def test_a_blog_s_category_label_goes():
    text = clean_text("某某参赞的毕业寄语\n\n In 热点新闻\n\n" + BODY)
    assert "热点新闻" not in text and _kept(text)


# ------------------------------------------- round 256k: a reported saying before a picture's credit is no caption;
# Taiwanese bylines (特派员, 记者某某/报导, a newsroom alone in brackets); a hint to save the picture

def test_a_reported_saying_before_a_picture_s_credit_stays():
    line = ("她说,某县是农业大县,面对极端气候对农业冲击、农业缺工高龄化等诸多问题,县府会找到最有利的解方,"
            "县农会在某某带领下也会配合协助县府政策,让农业能够永续发展、农民的收益更好。")
    page = "某县农会交接\n\n某某指出,某某出身基层,定能胜任总干事一职。" + line + "(图/记者某某某翻摄)\n\n精选新闻"
    text = clean_text(page)
    assert line in text and "翻摄" not in text


def test_a_short_caption_before_a_picture_s_credit_still_goes():
    page = BODY.replace("\n", "\n县长与乡亲们交谈。(图/县政府提供)县长指出,要办好民生实事。\n", 1)
    text = clean_text(page)
    assert "交谈" not in text and "县长指出,要办好民生实事。" in text


def test_taiwanese_bylines_go_and_their_leads_stay():
    page = ("某某农民节表彰大会\n\n【某某特派员陈某某/某地报导】某县政府今天(29日)在县农会大礼堂举行表彰大会。\n"
            "记者刘某某/报导\n\n【某某新闻中心】\n\n请另存图片检视原尺寸图档\n" + BODY)
    text = clean_text(page)
    for gone in ("特派员", "报导", "新闻中心", "另存图片"):
        assert gone not in text, gone
    assert "某县政府今天(29日)在县农会大礼堂举行表彰大会。" in text and _kept(text)


# ------------------------------------------- round 257k: a consul's caption and a speaker's caption run, bylines with a
# box-drawing slash, a blog's tag archive, a comment feed's masked numbers

def test_speakers_captions_of_consuls_in_a_run_go():
    page = ("某某总领馆举行新春招待会。\n\n\n中国驻某地总领事黄某致辞\n\n\n某某华人社团联合总会主席、某某学院董事长梁某某致辞\n\n\n"
            "中国驻某地总领事黄某欢迎到场人员“回家”过年,向广大侨胞致以新春问候。")
    text = clean_text(page)
    assert "黄某致辞" not in text and "梁某某致辞" not in text and "欢迎到场人员" in text


def test_a_collection_s_speaker_headings_over_their_salutations_stay():
    page = "某某致辞两篇\n总领事黄某某致辞\n尊敬的各位来宾:\n" + BODY + "\n会长梁某某致辞\n尊敬的各位乡亲:\n" + BODY
    text = clean_text(page)
    assert "会长梁某某致辞" in text


def test_bylines_and_credits_with_a_box_drawing_slash_go():
    page = ("美国某某同乡会举办四周年庆\n\n记者郑某某╱纽约报导\n\n美国某某同乡会举办四周年庆暨第二届职员就职典礼。(记者郑某某╱摄影)\n\n"
            + BODY)
    text = clean_text(page)
    assert "╱" not in text and "报导" not in text and _kept(text)


def test_a_tag_archive_label_and_a_masked_comment_feed_go():
    page = ("Tag Archives: 某某联会18大\n" + BODY + "\n187****3141 回复 184****3028:专家:一半存量住房可能得拆来自某地\n"
            "187****9251 回复 184****6354:某某是西方挑起的来自某地")
    text = clean_text(page)
    assert "Tag Archives" not in text and "回复" not in text and _kept(text)


# ------------------------------------------- round 258k: a content farm's blurb wishing to help, question marks for
# lost spaces after a sentence, a generated table's heading

def test_a_content_farm_s_wish_to_help_goes():
    page = "某园长六一简短致辞7篇给大家带来的某园长六一简短致辞,希望可以帮助到大家!\n" + BODY
    text = clean_text(page)
    assert "希望可以帮助到大家" not in text and _kept(text)


def test_a_speaker_wishing_to_help_keeps_the_sentence():
    line = "我们成立志愿服务队,希望可以帮助到更多困难群众。"
    assert line in clean_text("同志们:\n" + line + "\n" + BODY)


def test_question_marks_for_lost_spaces_after_a_sentence_go():
    text = clean_text("同志们:\n" + OPENING + "??????\n" + MIDDLE + "\n" + CLOSING)
    assert "?" not in text and _kept(text)


def test_a_speaker_s_questions_stay():
    assert "这是为什么???" in clean_text("同志们:\n这是为什么???\n" + BODY)


def test_a_generated_table_and_its_heading_go():
    page = BODY + "\n二、表格展示\n| 项目 | 内容 |\n| 标题 | 园长致辞 |\n| 致辞时间 | 6月1日 |"
    text = clean_text(page)
    assert "表格" not in text and "|" not in text and _kept(text)
