"""Session ao: families held-out rounds 196k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

from corpusmine.text.lines import flatten_lines

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ---------------------------------------------------------------- a PDF's text spaces its numbers (round 196k)

def test_a_wrapped_first_line_with_a_spaced_number_is_not_a_menu():
    page = ("某某局长致辞\nVIP专免\n2023-09-02 102 47.8KB 4 页\n"
            "在举国欢庆中华人民共和国 66 华诞的日子里,我们迎\n来第 46 届世界邮政日。借此机会,我代表全省邮政管理\n"
            "部门向全体干部职工致以节日的问候!\n今年是规划的收官之年。\n谢谢大家!")
    text = _clean(page).text
    assert "在举国欢庆中华人民共和国66华诞的日子里,我们迎" in text.replace(" ", "")   # (the cleaner closes the spaces)
    assert "47.8KB" not in text


# ---------------------------------------------------------------- a page flattened into one line of script (round 196k)

def test_script_statements_flattened_before_the_speech_go_and_the_speech_stays():
    page = ('document.writeln("<table>"); document.writeln(" <\\/td>"); document.writeln(" 该文章免费阅读<\\/span>"); '
            f'document.writeln(" {SALUTE} {OPENING}{MIDDLE}{CLOSING}')
    for raw in (page, flatten_lines(page)):
        doc = _clean(raw)
        assert "document.writeln" not in doc.text
        for sentence in SPEECH:
            assert sentence in doc.text
        assert "leaked_script" in _rules(doc)


def test_a_script_line_alone_still_goes_whole():
    page = f'var t = document.getElementById("a"); if (t) {{ t.innerHTML = "读完"; }}\n{BODY}'
    text = _clean(page).text
    assert "getElementById" not in text and "innerHTML" not in text and text.strip().startswith(SALUTE)


# ---------------------------------------------------------------- a forum post's quoted header glued to the speech (round 196k)

def test_a_forum_posts_header_glued_before_the_speech_goes():
    page = f"主题:校长的讲话很实在,值得一读。 日期:2012年03月05日 21点07分 【网友甲】校长的讲话很实在,值得一读。 {SALUTE}{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "主题" not in doc.text and "网友甲" not in doc.text and "值得一读" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text


def test_a_speaker_naming_a_theme_and_a_date_stays():
    page = f"{SALUTE}\n{OPENING}\n本次活动的主题是“奋斗”,日期定在五月四日。\n{MIDDLE}\n{CLOSING}"
    assert "本次活动的主题是“奋斗”,日期定在五月四日。" in _clean(page).text


# ---------------------------------------------------------------- a site's notice asking for corrections by mail (round 196k)

def test_a_notice_asking_readers_to_mail_corrections_goes():
    page = f"{BODY}\n这是某某会议的记录网站,如有任何建议,或是发现错漏字,请寄到notes2016@example.com告诉我们。"
    text = _clean(page).text
    assert "example.com" not in text and "错漏字" not in text and text.rstrip().endswith(CLOSING)


def test_a_speaker_asking_for_suggestions_stays():
    page = f"{SALUTE}\n{OPENING}\n大家有什么建议,会后可以当面告诉我们。\n{MIDDLE}\n{CLOSING}"
    assert "大家有什么建议,会后可以当面告诉我们。" in _clean(page).text


# ---------------------------------------------------------------- a quote-page link after a name, an account's slogan (round 196k)

def test_a_stock_quote_links_brackets_after_a_name_go():
    page = f"{SALUTE}\n{OPENING}\n三十年来,学校与某某集团(行情 专区)合作,培养了一批又一批优秀学子。\n{CLOSING}"
    text = _clean(page).text
    assert "专区" not in text and "学校与某某集团合作,培养了一批又一批优秀学子。" in text.replace(" ", "")


def test_a_speaker_on_the_market_stays():
    page = f"{SALUTE}\n{OPENING}\n今年粮食市场行情平稳,农民专区销售渠道畅通。\n{CLOSING}"
    assert "今年粮食市场行情平稳,农民专区销售渠道畅通。" in _clean(page).text


def test_an_accounts_slogan_lines_under_the_title_go():
    page = f"校庆致辞\n分享是最大的支持\n关注是最好的鼓励\n{BODY}"
    text = _clean(page).text
    assert "支持" not in text and "鼓励" not in text and SALUTE in text


# ---------------------------------------------------------------- flattened: a press office's lead-in glued before the salutation (round 196k)

def test_a_lead_in_opening_the_flattened_line_goes_and_the_salutation_stays():
    page = (f"以下是局长今日(五月十七日)出席节约用水运动启动典礼的致辞全文: {SALUTE} {OPENING}{MIDDLE}{CLOSING}")
    text = _clean(page).text
    assert "以下是" not in text and "致辞全文" not in text
    assert SALUTE in text and OPENING in text and CLOSING in text


def test_a_speakers_own_announcement_of_what_follows_stays():
    page = f"{SALUTE}\n{OPENING}\n下面是我的讲话全文:三十年来,我们坚持立德树人,培养了一批又一批优秀学子。\n{CLOSING}"
    assert "下面是我的讲话全文:" in _clean(page).text


def test_a_forum_header_split_by_the_meta_rule_goes_when_flattened():
    page = f"查看更多 主题:校长的讲话很实在,值得一读。 日期:2012年03月05日 21点07分 【网友甲】校长的讲话很实在,值得一读。 {SALUTE} {OPENING}{MIDDLE}{CLOSING}"
    text = _clean(flatten_lines(page)).text
    assert "值得一读" not in text and "21点07分" not in text and OPENING in text


# ---------------------------------------------------------------- round 197k

def test_a_pdfs_wrapped_sentence_naming_an_expert_and_his_talk_is_not_a_caption():
    page = ("在全区安全生产专题会议上的讲话\n同志们:\n在“七一”之前,我们召开这次商贸领域安全生产专\n"
            "题会议,主要是通过专家讲解和安全生产警示教育,共同\n分析商贸领域容易忽视的安全问题,进一步提升安全\n"
            "生产工作意识,有效遏制各类事故的发生。\n谢谢大家!")
    text = _clean(page).text
    assert "题会议,主要是通过专家讲解和安全生产警示教育,共同" in text


def test_a_caption_under_a_sentence_still_goes():
    page = f"{SALUTE}\n{OPENING}\n省委书记一行参观科技园区\n嘉宾合影留念\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "合影" not in text and MIDDLE in text


def test_a_bracketed_note_number_after_a_word_goes_and_a_documents_number_stays():
    page = (f"{SALUTE}\n{OPENING}\n三十年来,学校与兄弟院校订立了友好协议〔17〕。按照国办发〔2023〕5号文件,培养了一批又一批优秀学子。\n"
            f"{CLOSING}")
    text = _clean(page).text
    assert "〔17〕" not in text and "友好协议。" in text and "国办发〔2023〕5号" in text


def test_a_page_break_token_inside_a_line_goes():
    page = f"{SALUTE}\n{OPENING}[NextPage]{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "NextPage" not in text and OPENING in text and MIDDLE in text


def test_a_video_source_row_goes():
    page = f"校庆致辞\n视频来源:某某电视台《新闻联播》\n{BODY}"
    assert "视频来源" not in _clean(page).text


def test_the_browsers_title_with_the_sites_name_goes_and_the_title_stays():
    page = f"在建校三十周年庆典上的致辞-某某大学新闻网\n本校新闻\n在建校三十周年庆典上的致辞\n{BODY}"
    doc = _clean(page)
    audit = doc.audit[doc.audit.rule == "repeated_title"]
    assert "某某大学新闻网" not in doc.text
    assert list(audit.removed.str.strip()) == ["在建校三十周年庆典上的致辞-某某大学新闻网"]   # the title itself is not a copy


def test_a_title_with_a_dash_inside_stays():
    page = f"2023-2024学年开学典礼致辞\n{BODY}"
    assert "repeated_title" not in _rules(_clean(page))


def test_a_label_announcing_the_articles_text_goes():
    page = f"文章全文: |\n校庆致辞\n{BODY}"
    assert "文章全文" not in _clean(page).text


def test_an_invitation_spaced_a_character_at_a_time_goes_with_its_id():
    page = (f"{SALUTE}\n{OPENING}\n违 章 作 业 现 象 时 有 发 生 ; 获 取 更 多 实 用 资 料 , 加 微 信\nabc123x 三十年来,学校坚持立德树人。\n{CLOSING}")
    for raw in (page, flatten_lines(page)):
        text = _clean(raw).text
        assert "微" not in text and "abc123x" not in text and "三十年来,学校坚持立德树人。" in text.replace(" ", "")


def test_a_speaker_asking_to_add_a_wechat_stays():
    page = f"{SALUTE}\n{OPENING}\n请各位家长加微信群,方便与老师沟通。\n{CLOSING}"
    assert "请各位家长加微信群,方便与老师沟通。" in _clean(page).text


# ---------------------------------------------------------------- round 198k

def test_a_document_librarys_size_bullets_go():
    page = f"某某发言稿.pdfVIP\n  • 32\n  • 0\n  • 约1千字\n  • 约 2页\n  • 2021-01-25 发布于浙江\n  • 举报\n{BODY}"
    text = _clean(page).text
    assert "千字" not in text and "2页" not in text.replace(" ", "") and SALUTE in text


def test_a_speaker_giving_an_approximate_count_stays():
    page = f"{SALUTE}\n{OPENING}\n全校约2000人参加了今天的活动。\n{CLOSING}"
    assert "全校约2000人参加了今天的活动。" in _clean(page).text


def test_a_converted_documents_takedown_footer_and_rule_glued_in_a_sentence_go():
    rule = "_" * 40
    page = f"{SALUTE}\n{OPENING}\n三十年来,学校坚持立德 收集于网络,如有侵权请联系管理员删除 {rule} 树人,培养了一批又一批优秀学子。\n{CLOSING}"
    text = _clean(page).text
    assert "侵权" not in text and "___" not in text and "学校坚持立德" in text and "树人,培养了一批又一批优秀学子。" in text


def test_a_blank_to_fill_in_stays():
    page = f"{SALUTE}\n大家好!我是______,今天代表全体教师发言。\n{CLOSING}"
    assert "______" in _clean(page).text


def test_a_posting_time_and_visit_count_glued_before_the_salutation_go():
    page = f"某某在全区冬季清雪工作会议上的讲话时间:xx-11-07 09:40:59 访问次数:819 同志们:刚才,大家分别作了表态发言。{CLOSING}"
    text = _clean(page).text
    assert "访问次数" not in text and "09:40" not in text and "同志们:刚才,大家分别作了表态发言。" in text


def test_a_list_of_dated_links_above_the_speech_goes_and_the_speechs_own_title_stays():
    page = ("关于我们\n我的工作\n父女对谈某某条例\n更新日期: 2019-05-30\n拉布的祸害\n更新日期: 2016-08-23\n"
            "市民乐见竞争\n更新日期: 2016-01-22\n分享\n返回\n\n某某当选新一届主席\n更新日期: 2015-04-17\n\n" + BODY)
    doc = _clean(page)
    for item in ("父女对谈某某条例", "拉布的祸害", "市民乐见竞争"):
        assert item not in doc.text
    assert "某某当选新一届主席" not in set(doc.audit[doc.audit.rule == "related_list"].removed.str.strip())
    assert SALUTE in doc.text


def test_a_briefings_opening_line_goes_and_the_hosts_welcome_stays():
    page = ("某办今日上午10时举行新闻发布会,请某部副部长某某介绍我国能源行业应对金融危机的有关情况,并答记者问。\n\n主持人 某某:\n\n"
            "女士们、先生们,大家上午好!欢迎大家出席今天的发布会。\n今天我们很高兴请来了某某先生。\n谢谢大家!")
    text = _clean(page).text
    assert "举行新闻发布会,请" not in text and "女士们、先生们,大家上午好!欢迎大家出席今天的发布会。" in text


def test_an_e_books_part_header_goes():
    page = f"某某文选合集:某某-第80部分\n{BODY}"
    assert "第80部分" not in _clean(page).text


# ---------------------------------------------------------------- round 199k

def test_an_outline_of_the_headings_above_the_speech_goes_when_the_excerpt_ends_inside_its_second_heading():
    page = ("一、担当作为、砥砺奋进\n(一)党的领导全面加强\n(二)公共服务水平显著提升\n二、认清形势、正视差距\n"
            "在全县教育工作会议上的讲话\n同志们:\n今天召开全县教育工作会议,主要任务是总结成绩、部署工作。\n"
            "一、担当作为、砥砺奋进,五年来全县教育事业成效显著\n五年来,全县教育系统攻坚克难、真抓实干。\n(一)党的领")
    doc = _clean(page)
    assert "(一)党的领导全面加强" not in doc.text and "二、认清形势、正视差距" not in doc.text
    assert "一、担当作为、砥砺奋进,五年来全县教育事业成效显著" in doc.text and "toc" in _rules(doc)


def test_a_speakers_points_named_before_he_explains_them_stay():
    page = f"{SALUTE}\n今天我讲三点意见:\n一、提高认识\n二、压实责任\n三、狠抓落实\n{OPENING}\n{CLOSING}"
    text = _clean(page).text
    assert "一、提高认识" in text and "二、压实责任" in text and "三、狠抓落实" in text


def test_an_apps_prompts_and_a_forums_poster_label_go():
    page = f"某某\n收藏TA\n需扫码在手机上打开\n文章后点击更新提醒\n张贴者\n校庆致辞\n{BODY}"
    text = _clean(page).text
    assert "扫码" not in text and "更新提醒" not in text and "张贴者" not in text and SALUTE in text


def test_a_view_counter_closing_a_title_and_the_sites_address_opening_a_line_go():
    page = f"某某竞选总部演说(某某频道) --阅读人次 : 1126\nhttp://www.example.com/ 某某协会常务副会长\n{BODY}"
    text = _clean(page).text
    assert "1126" not in text and "example.com" not in text and SALUTE in text


def test_a_sites_disclaimer_with_a_takedown_clause_goes_whole_with_the_blurb_before_it():
    raw = ("同志们:今天召开全县大会。要抓好落实,确保各项任务完成。\n"
           "演讲稿具有条理性,能够展示演讲者的思路和观点。免责声明:本站文章均来自网络,如有侵权请联系删除。")
    text = _clean(raw).text
    assert "免责声明" not in text and "本站文章" not in text and "要抓好落实,确保各项任务完成。" in text


def test_a_posters_row_with_the_share_button_and_an_empty_time_label_goes():
    page = f"开幕致辞\n若水1147 分享 时间:\n{BODY}"
    text = _clean(page).text
    assert "若水1147" not in text and "分享" not in text and SALUTE in text


def test_a_speaker_asking_to_share_stays():
    page = f"{SALUTE}\n{OPENING}\n请大家 分享 时间:十分钟。\n{CLOSING}"
    assert "请大家" in _clean(page).text
