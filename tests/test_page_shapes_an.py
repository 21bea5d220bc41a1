"""Session an: families held-out rounds 184k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ---------------------------------------------------------------- a sign-in box, a field a line (round 185k)

def test_a_sign_in_box_below_the_speech_goes_with_every_field():
    page = f"{BODY}\n\n会员信息\n用户名:\n密   码:\n验证码:\n注册"
    doc = _clean(page)
    assert doc.text.rstrip().endswith(CLOSING)
    for field in ("会员信息", "用户名", "密", "验证码", "注册"):
        assert field not in doc.text
    assert "login_prompt" in _rules(doc)


def test_a_sign_in_box_with_bullets_and_a_wechat_button_goes():
    page = f"{BODY}\n• 微信登录\n• 会员登录\n账号:\n密码:\n忘记密码?"
    text = _clean(page).text
    assert text.rstrip().endswith(CLOSING) and "账号" not in text and "忘记密码" not in text


def test_buttons_without_an_account_or_password_field_are_not_this_family():
    from corpusmine.text.page_widgets import login_form_spans
    assert login_form_spans([(0, 2, "注册"), (3, 5, "登录"), (6, 8, "取消")]) == []


def test_a_speaker_on_passwords_stays():
    page = (f"{SALUTE}\n{OPENING}\n各单位要管好账号密码,严防数据泄露。\n用户名和密码不得外借。\n{CLOSING}")
    text = _clean(page).text
    assert "各单位要管好账号密码,严防数据泄露。" in text and "用户名和密码不得外借。" in text


# ---------------------------------------------------------------- an editor's call glued to the title (round 187k)

def test_an_editors_call_to_read_with_the_readers_glued_before_the_speech_goes():
    page = (f"校庆致辞在校庆中有些致辞会让人难以忘记,其中有许多故事。下面和网友一起来看看校庆致辞吧!"
            f"校庆致辞一{SALUTE}{OPENING}{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "网友" not in text and "难以忘记" not in text
    for sentence in SPEECH:
        assert sentence in text


def test_a_speaker_inviting_the_audience_to_look_stays():
    page = f"{SALUTE}\n{OPENING}\n下面,请大家和我一起来看看这三十年的变化吧!\n{MIDDLE}\n{CLOSING}"
    assert "请大家和我一起来看看这三十年的变化吧!" in _clean(page).text


# ---------------------------------------------------------------- a document library's code glued into the text (round 189k)

def test_a_library_code_glued_between_the_title_and_the_speech_goes():
    page = f"{SALUTE}\n校庆致辞G708F3E5k9981B46{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "G708" not in doc.text and OPENING in doc.text and "anti_copy" in _rules(doc)


def test_codes_a_speech_names_stay():
    line = "全县企业要通过ISO9001认证,防范H7N9流感,公民身份号码110101199003071234要保密。"
    page = f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}"
    assert line in _clean(page).text


# ---------------------------------------------------------------- a menu drawer above the title (round 190k)

def test_a_menu_drawer_of_dashes_back_buttons_and_arrowed_paths_goes():
    drawer = "打印页面\n< 返回\n目录 > 有关本局 >\n表格及通告\n-\n表格\n-\n通告\n< 返回\n目录 > 课程发展 >\n评估\n-\n基本能力评估"
    page = f"{drawer}\n\n校庆典礼致辞\n{BODY}"
    doc = _clean(page)
    assert "返回" not in doc.text and "课程发展" not in doc.text and "基本能力评估" not in doc.text
    assert all(x in doc.text for x in SPEECH)


def test_short_lines_of_a_speech_without_menu_glyphs_stay():
    points = "一是抓项目\n二是抓招商\n三是抓服务\n四是抓作风\n五是抓落实"
    page = f"{SALUTE}\n{OPENING}\n{points}\n{MIDDLE}\n{MIDDLE}\n{CLOSING}"
    assert points in _clean(page).text


def test_a_print_buttons_text_alone_on_a_line_goes():
    page = f"列印圖示\n{BODY}\n打印本页 关闭窗口"
    text = _clean(page).text
    assert "列印" not in text and "打印" not in text and text.rstrip().endswith(CLOSING)


def test_a_speaker_asking_to_print_stays():
    line = "请各单位打印本页通知,张贴在显眼位置。"
    assert line in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}").text


# ---------------------------------------------------------------- a speaker's sentence is no composed news lead (round 190k)

def test_a_speakers_sentence_about_news_in_the_media_stays_whole():
    line = "近期大家可能在各种网络媒体上看到这样一则消息 :你中学阶段最短的一个学期来了!"
    page = f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}"
    assert "近期大家可能在各种网络媒体上看到这样一则消息" in _clean(page).text
    from corpusmine.text.lines import flatten_lines
    assert "近期大家可能在各种网络媒体上看到这样一则消息" in _clean(flatten_lines(page)).text


# ---------------------------------------------------------------- round 191k families

def test_a_numbered_list_of_documents_with_counts_of_pieces_goes():
    tail = "相关文章:\n\n1.户外活动主持人演讲稿(2篇)\n\n2.烟草工作作风存在的问题(5篇)\n\n3.厂房租赁协议书合同范本(4篇)\n\n4.履行好管党治党的政治责任"
    doc = _clean(f"{BODY}\n{tail}")
    assert "演讲稿(2篇)" not in doc.text and "履行好管党治党" not in doc.text and doc.text.rstrip().endswith(CLOSING)


def test_a_speakers_numbered_points_stay():
    points = "1.提高思想认识\n2.加强组织领导\n3.狠抓工作落实"
    page = f"{SALUTE}\n{OPENING}\n{points}\n{MIDDLE}\n{MIDDLE}\n{CLOSING}"
    assert points in _clean(page).text


def test_a_site_name_in_brackets_alone_on_a_line_goes():
    doc = _clean(f"热门标签\n[某某文秘网]\n{BODY}")
    assert "文秘网" not in doc.text and doc.text.startswith(SALUTE)


def test_a_template_tag_pair_with_its_value_goes_inside_a_sentence():
    page = f"{SALUTE}\n{OPENING}\n希望大家认真学习,借鉴他们[repy]3[/repy]\n的好经验、好做法。\n{CLOSING}"
    text = _clean(page).text
    assert "repy" not in text and "借鉴他们" in text and "的好经验、好做法。" in text


def test_a_papers_place_dateline_with_its_credit_and_a_caption_counting_from_the_left_go():
    page = ("费城讯／图文：某某\n某氏公所职员团年合影。前排左1-4为甲某、乙某、丙某、丁某。\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "费城讯" not in text and "合影" not in text and text.startswith(SALUTE)


def test_a_speaker_naming_the_front_row_stays():
    line = "请前排左1-4号座位的代表起立,我们向他们表示感谢!"
    assert line in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}").text


def test_site_blurbs_offering_what_the_site_gathered_go():
    page = ("会议讲话稿是召开会议时领导使用的文稿。本站为大家整理的相关的动员讲话,供大家参考选择。\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "本站" not in text and text.startswith(SALUTE)
    page = f"本站小编为你精心准备了表彰会议发言参考范文,愿这些范文能激发您的写作灵感。欢迎深入阅读并收藏。\n{BODY}"
    text = _clean(page).text
    assert "收藏" not in text and text.startswith(SALUTE)


# ---------------------------------------------------------------- round 192k families

def test_a_teaser_of_the_speechs_opening_closed_by_a_site_blurb_goes_and_the_speech_stays():
    teaser = f"{SALUTE}{OPENING}下面是小编为大家整理的校庆讲话,供大家参考。"
    doc = _clean(f"{teaser}\n{BODY}")
    assert "小编" not in doc.text and doc.text.count(OPENING) == 1 and all(x in doc.text for x in SPEECH)


def test_a_share_quote_a_page_break_token_and_a_more_link_go():
    page = (f"{SALUTE}\n某某集团(8.10,0.00,0.00%,股票吧)董事长出席并讲话。{OPENING}\n--- #turnpageflag# ---\n{MIDDLE}\n{CLOSING}\n"
            "更多同类【谱牒、碑文、祭文赏析】......")
    text = _clean(page).text
    assert "股票吧" not in text and "turnpageflag" not in text and "更多同类" not in text
    assert "某某集团董事长出席并讲话。" in text and text.rstrip().endswith(CLOSING)


def test_a_speaker_quoting_percentages_in_brackets_stays():
    line = "全县生产总值增长(7.50%),财政收入增长8.10%。"
    assert line in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}").text


def test_an_editors_note_on_where_the_text_came_from_goes():
    page = f"{BODY}\n注:作者为某基金会驻京代表,本文是作者在某商会咨询会议上的发言摘要,根据录音整理而成。"
    text = _clean(page).text
    assert "录音整理" not in text and text.rstrip().endswith(CLOSING)


def test_a_pdf_page_number_between_dashes_glued_inside_a_word_goes():
    page = f"{SALUTE}\n{OPENING}\n把思想统一到决策部署上,深—1—化思想认识,抓好问题整改。\n{MIDDLE}\n{CLOSING}"
    assert "深化思想认识,抓好问题整改。" in _clean(page).text


# ---------------------------------------------------------------- round 193k families

def test_a_blurb_glued_before_the_salutation_goes_with_its_next_sentences():
    page = (f"以下关于校庆讲话稿的内容有小编整理收集。有需要的朋友可以借鉴参考。希望对大家有所帮助!{SALUTE}{OPENING}\n"
            f"{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "小编" not in text and "借鉴参考" not in text and "有所帮助" not in text
    assert text.startswith(SALUTE) and all(x in text for x in SPEECH)


def test_a_speakers_first_sentence_after_a_blurb_stays():
    first = "今天我们召开会议,学习借鉴先进地区经验。"
    page = f"以下是小编整理的讲话稿,供大家参考。{first}\n{MIDDLE}\n{CLOSING}"
    assert first in _clean(page).text


def test_a_site_intro_offering_samples_goes_and_the_title_said_twice_stays_a_title():
    title = "儿童节校长发言稿4篇 校长儿童节发言!"
    page = (f"某某简历馆\n位置:首页 > 热点 > 其他文案\n{title}\n"
            "儿童节是孩子们最喜欢的节日之一。本文将为大家提供一些儿童节校长优秀发言稿,帮助大家更好地庆祝这个日子。\n"
            f"{title}\n第1篇\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "本文将为大家提供" not in doc.text and "儿童节校长发言稿4篇" in doc.text
    assert "photo_caption" not in _rules(doc) and all(x in doc.text for x in SPEECH)


def test_a_page_counter_with_blanks_around_its_slash_glued_in_a_sentence_goes_and_a_ratio_stays():
    page = f"{SALUTE}\n{OPENING}\n今年,2 / 4 市委、市政府决定创建省级卫生城市。\n耕地保有量要达到1/3以上。\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "今年,市委、市政府决定创建省级卫生城市。" in text and "耕地保有量要达到1/3以上。" in text


# ---------------------------------------------------------------- round 194k families

def test_bracketed_date_and_time_stamps_of_a_transcript_go():
    page = (f"{SALUTE}\n{OPENING} [2007-10-25 15:02:07]\n[某某]{MIDDLE} [2007-10-25 15:03:34]\n{CLOSING}")
    text = _clean(page).text
    assert "2007-10-25" not in text and OPENING in text and MIDDLE in text


def test_an_underline_under_a_heading_and_an_editors_footnote_on_the_part_printed_go():
    page = f"{SALUTE}\n{OPENING}\n运输基建\n____\n{MIDDLE}\n{CLOSING}\n*这是某某同志在某会议第一次会议上开幕词的一部分。"
    text = _clean(page).text
    assert "____" not in text and "一部分" not in text and "运输基建" in text and text.rstrip().endswith(CLOSING)


def test_a_speaker_saying_this_is_part_of_the_work_stays():
    line = "这是我们全年工作的一部分,大家要高度重视。"
    assert line in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}").text


def test_a_fraction_opening_a_clause_stays():
    line = "全县412个村,1 / 3 的村完成了改造。"
    assert "1 / 3" in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}").text


def test_a_tag_the_pages_end_cut_off_goes():
    page = f'<p class="ql-block">{OPENING}</p> <p class="ql-block">{MIDDLE}</p>\n<p class="ql-block" styl'
    text = _clean(page).text
    assert "class" not in text and "styl" not in text and OPENING in text and MIDDLE in text


def test_a_speaker_comparing_with_a_less_than_sign_stays():
    line = "今年的目标是事故起数<p 值控制在3起以内。"
    assert "控制在3起以内" in _clean(f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}").text
