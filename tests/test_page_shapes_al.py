"""Session al: families held-out rounds 172k and later left, and flattened pages of earlier rounds, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from corpusmine.text.lines import flatten_lines
from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean, flat_kept

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


def _kept(text: str) -> bool:
    return flat_kept(text, SPEECH)


# --- flattened pages (rounds 160k-171k flattened to one line) -----------------------------------------------------------

def test_a_site_named_by_its_welcome_line_goes_where_it_stands_alone_in_a_flattened_head():
    page = f"欢迎访问某某百科-您身边的写作助手!\n校庆致辞\n某某百科 分享 时间: 加入收藏 我要投稿 点赞\n{BODY}"
    doc = _clean(flatten_lines(page, "lines", " "))
    assert "某某百科" not in doc.text and "加入收藏" not in doc.text and _kept(doc.text)
    assert "watermark" in _rules(doc)


def test_a_welcome_inside_a_speech_names_no_site():
    page = f"{SALUTE}\n欢迎来到我们的车站,欢迎各位来宾。\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    assert "我们的车站" in _clean(page).text


def test_a_hosts_clause_cut_before_the_names_on_the_next_line_stays_when_flattened():
    page = ("主持人:本周的升旗仪式由我们中队主持和策划,请各班保持安静,认真收听。\n"
            "我们中队由50名队员组成,是一个健康、活泼、和谐、向上的班集体。大家和老师一起用双手和智慧,把我们的教室变成了"
            "学习、成长的乐园。我们的班级口号是:让班级因我而精彩。班风是:不为失败找借口,只为成功找方法。\n"
            f"主持人:担任今天升旗仪式护旗手的队员分别是 张某某 、 李某某 、 王某某 。\n主持人:请全体起立。\n{BODY}")
    doc = _clean(flatten_lines(page, "lines", " "))
    assert "担任今天升旗仪式护旗手的队员分别是张某某、李某某、王某某。" in doc.text.replace("\n", "") and _kept(doc.text)


def test_a_programme_row_of_a_role_and_a_name_still_goes():
    doc = _clean(f"主持人:六2班 某某\n{BODY}")
    assert "六2班" not in doc.text and _kept(doc.text)


def test_foreign_guests_named_in_a_chinese_salutation_are_no_parallel_text_when_flattened():
    salute = ("今天大会主席某某市长、农委会某副主委,以及来自国外的贵宾,WOCT Miss. Svoboda、AOS Mr. Norman Fang、IPA Mr. "
              "Carlos Fighetti、members of all diplomatic community,及在场的贵宾,大家早。")
    page = f"{salute}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(flatten_lines(page, "lines", " "))
    assert "Norman Fang" in doc.text and "Svoboda" in doc.text and _kept(doc.text)


def test_a_document_sites_stats_row_glued_inside_a_flattened_line_goes():
    page = f"校庆致辞\n阅读 867 下载 3 大小 29.44K 总页数 12 页 2022-06-28\n下载文档 / 12 全屏查看\n{BODY}"
    doc = _clean(flatten_lines(page, "lines", " "))
    assert "867" not in doc.text and "全屏查看" not in doc.text and _kept(doc.text)


def test_a_speaker_counting_readers_and_downloads_keeps_the_sentence():
    said = "今年图书馆阅读人次达到5万,下载电子书3000册。"
    assert said in _clean(f"{SALUTE}\n{OPENING}\n{said}\n{MIDDLE}\n{CLOSING}").text


# --- round 172k ------------------------------------------------------------------------------------------------------

def test_a_pdf_page_number_after_a_word_and_a_blank_goes_where_the_clause_goes_on_below():
    line = "我们集团下辖13个公司,资产总额220亿元。可年产纯碱330万吨、烧碱50万吨、PVC50 1"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n\n万吨,氯化钙15万吨。\n{MIDDLE}\n{CLOSING}")
    assert "PVC50 1" not in doc.text and "PVC50" in doc.text and _kept(doc.text)
    assert "page_number" in _rules(doc)


def test_an_attachment_number_above_a_title_stays():
    doc = _clean(f"{SALUTE}\n{OPENING}\n现将有关事项通知如下。\n附件 1\n\n关于做好全县秸秆禁烧工作的通知\n{MIDDLE}\n{CLOSING}")
    assert "附件1" in doc.text.replace(" ", "")


def test_a_word_processors_file_suffix_on_the_title_goes():
    doc = _clean(f"某某:在招商引资推介会议上的讲话_转换\n{BODY}")
    assert "_转换" not in doc.text and "转换" not in doc.text and _kept(doc.text)


def test_the_editors_call_to_read_on_glued_after_the_title_goes():
    page = f"某某大学校长毕业致辞:每一次毕业都是一次新的出征,下面一起来感受一下!\n某某大学校长 某某\n{BODY}"
    doc = _clean(page)
    assert "感受一下" not in doc.text and _kept(doc.text)


def test_a_speaker_inviting_the_hall_to_listen_keeps_the_sentence():
    said = "下面,让我们一起来欣赏同学们带来的节目。"
    assert said in _clean(f"{SALUTE}\n{OPENING}\n{said}\n{MIDDLE}\n{CLOSING}").text


# --- round 173k: a live text ----------------------------------------------------------------------------------------

def test_a_live_texts_clock_stamps_line_end_watermark_and_narration_go():
    page = ("[某某网、某某生态网] 上午8:30,全国某某工作会议闭幕式在某地举行。 (08:13:21) 内容来自某某图片社\n"
            "[某某网、某某生态网] 出席会议的领导同志步入会场。 (08:14:19) 某某图片社\n"
            "[某某] 同志们: 某某图片社\n"
            f"[某某] {OPENING} (08:31:35) copyright 某某图片社\n"
            f"[某某] {MIDDLE} (08:32:06) abc.org\n"
            f"[某某] {CLOSING} (08:32:58) 某某图片社\n"
            "[某某] 一、基本情况 某某图片")
    doc = _clean(page)
    assert "某某图片" not in doc.text and "08:3" not in doc.text and "abc.org" not in doc.text
    assert "步入会场" not in doc.text and _kept(doc.text)
    assert {"timestamp", "watermark", "news_lead"} <= set(_rules(doc))


def test_a_table_whose_rows_end_in_the_same_status_stays():
    rows = "\n".join(f"{i}、某某村道路硬化工程 已经完成验收" for i in "一二三四")
    page = f"{SALUTE}\n{OPENING}\n{rows}\n{MIDDLE}\n{CLOSING}"
    assert _clean(page).text.count("已经完成验收") == 4


# --- rounds 174k-175k -----------------------------------------------------------------------------------------------

def test_a_librarys_links_to_other_documents_by_file_name_go():
    links = ("您可能关注的文档\n- 小学生国旗下讲话稿《垃圾分类,从我做起》.doc\n- 幼儿园大班国旗下讲话稿《节约用水,从我做起》.docx\n"
             "- 中学国旗下讲话稿《学而不思则罔,思而不学则殆》.pdf")
    doc = _clean(f"{BODY}\n{links}")
    assert ".doc" not in doc.text and ".pdf" not in doc.text and _kept(doc.text)


def test_a_sentence_naming_a_file_format_stays():
    said = "请各单位把材料存成doc格式,于周五前报送。"
    assert said in _clean(f"{SALUTE}\n{OPENING}\n{said}\n{MIDDLE}\n{CLOSING}").text


def test_an_outline_with_no_label_opening_the_page_goes_when_its_headings_stand_again_below():
    outline = "一、铸魂赋能\n(一)要深化理论武装\n(二)要提升政治能力\n二、实干担当\n(一)要把握正确方向"
    body = ("某某在中心组研讨会上的讲话\n同志们:\n今天我们召开中心组学习会议。下面,我讲两点意见。\n"
            "一、铸魂赋能,淬炼忠诚的政治品格\n(一)要深化理论武装,做到真学真信真用。学习是精神之钙。\n"
            "(二)要提升政治能力,做到明辨是非。\n二、实干担当,锤炼过硬的作风\n(一)要把握正确方向,做到方向不偏。")
    doc = _clean(f"{outline}\n{body}")
    assert not doc.text.startswith("一、铸魂赋能\n") and "(一)要深化理论武装,做到真学真信真用。" in doc.text
    assert "toc" in _rules(doc)


def test_a_speech_opening_with_its_numbered_points_keeps_them():
    page = ("一、提高认识\n二、明确任务\n三、强化保障\n四、狠抓落实\n"
            "以上四点,是今年工作的总体要求。我们要提高认识,明确任务,强化保障,狠抓落实。")
    doc = _clean(page)
    assert "二、明确任务" in doc.text and "四、狠抓落实" in doc.text


def test_a_spinners_blurb_sharing_a_collection_goes():
    blurb = "祠堂是乡亲了解家族文化的载体。下面给大家共享一些关于祠堂落成庆典讲话致辞5篇,供大家参考。"
    doc = _clean(f"祠堂落成庆典讲话致辞\n{blurb}\n{BODY}")
    assert "共享" not in doc.text and _kept(doc.text)


# --- round 177k ------------------------------------------------------------------------------------------------------

def test_a_template_engines_variable_between_words_goes():
    page = f"{SALUTE}\n{OPENING}\n我可以用三个数据来说明这个问题,{{dy}}个是福布斯。\n{{dy}}项是外交权。\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "{dy}" not in doc.text and "个是福布斯。" in doc.text and _kept(doc.text)


def test_a_category_label_of_all_kinds_of_speeches_between_the_title_lines_goes():
    page = f"某某部长在世界读书日主题活动上的讲话\n各类讲话\n领导干部更要爱读书\n{BODY}"
    doc = _clean(page)
    assert "各类讲话" not in doc.text and _kept(doc.text)


def test_the_pages_browser_title_closed_by_a_column_tag_goes():
    page = f"当前位置:首页 > 技术资讯\n某某书记分享读书故事-【新闻】\n发布时间:2021-04-05 20:23:17\n在读书分享会上的发言\n{BODY}"
    doc = _clean(page)
    assert "【新闻】" not in doc.text and "分享读书故事" not in doc.text and _kept(doc.text)


# --- round 176k ------------------------------------------------------------------------------------------------------

def test_the_pages_keyword_glued_before_a_paragraphs_first_sentence_goes():
    page = ("关于民族团结演讲稿范文\n各位老师,各位同学:\n早上好!今年5月是民族团结教育月。\n"
            f"维护民族团结演讲稿今天的国旗下讲话题目就是:民族团结大家庭。\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "维护民族团结演讲稿" not in doc.text and "今天的国旗下讲话题目就是:民族团结大家庭。" in doc.text and _kept(doc.text)


def test_a_speaker_naming_his_own_speech_at_a_lines_start_keeps_it():
    said = "我的演讲稿题目是:民族团结大家庭。"
    assert said in _clean(f"关于民族团结演讲稿范文\n{SALUTE}\n{said}\n{OPENING}\n{MIDDLE}\n{CLOSING}").text


def test_the_pages_keyword_as_a_sentences_last_clause_goes_and_a_hosts_call_stays():
    """The keyword is the page's title said again; a report's 出席开幕式并致辞 names no title and stays."""
    said = "我校现有在校生116名,教职工44人,助残日致辞。"
    host = "今天我们隆重集会,最后由校长致辞。下面,请王校长致辞。"
    doc = _clean(f"助残日致辞 1\n{SALUTE}\n{said}\n{host}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "教职工44人,助残日致辞" not in doc.text and "教职工44人。" in doc.text and host in doc.text
    report = "全县文化旅游节在某某镇开幕,县委副书记出席开幕式并致辞。"
    assert report in _clean(f"{SALUTE}\n{report}\n{OPENING}\n{MIDDLE}\n{CLOSING}").text


# --- flattened pages of rounds 172k-177k -----------------------------------------------------------------------------

def test_an_image_data_url_with_its_alt_text_goes_when_a_flattened_line_was_split_before_alt():
    img = '<image>data:image/s3,"s3://crabby-images/8ff2f/8ff2f3e1b0a0e3bef9fcd6f6a78a93ce50ba2b66" alt=""</image>'
    doc = _clean(flatten_lines(f"{SALUTE}\n{OPENING}\n{img}\n{MIDDLE}\n{CLOSING}", "lines", " "))
    assert "alt=" not in doc.text and "data:image" not in doc.text and _kept(doc.text)


def test_a_librarys_file_notice_glued_between_title_and_text_goes():
    notice = "《在全区征兵工作会上的讲话.docx》由会员分享,可在线阅读,更多相关《在全区征兵工作会上的讲话.docx(4页珍藏版)》请在某某文阁上搜索。"
    doc = _clean(flatten_lines(f"在全区征兵工作会上的讲话.docx\n{notice}\n{BODY}", "lines", " "))
    assert "由会员分享" not in doc.text and "上搜索" not in doc.text and _kept(doc.text)


def test_a_sites_name_with_its_bare_domain_after_a_salutation_goes_and_a_speakers_pointer_stays():
    stamp = f"{SALUTE} 某某汇 www.example.com {OPENING}"
    doc = _clean(flatten_lines(f"{stamp}\n{MIDDLE}\n{CLOSING}", "lines", " "))
    assert "example" not in doc.text and _kept(doc.text)
    said = "详情请访问 www.example.gov.cn 了解。"
    assert "www.example.gov.cn" in _clean(f"{SALUTE}\n{OPENING}\n{said}\n{MIDDLE}\n{CLOSING}").text


def test_a_portals_build_stamp_glued_after_the_last_sentence_goes():
    doc = _clean(flatten_lines(f"{BODY}\nCode Ver.:F201708221923 & F201708221923.cs", "lines", " "))
    assert "Code Ver" not in doc.text and _kept(doc.text)


# --- rounds 178k-179k ------------------------------------------------------------------------------------------------

def test_a_stamp_ending_in_a_bare_domain_glued_at_line_ends_goes_everywhere():
    stamp = "某某资讯网——每日最新资讯abc28.com"
    page = (f"关于赛龙舟开幕致辞6篇{stamp}\n{SALUTE}{stamp}\n{OPENING}{stamp}\n{MIDDLE}\n{CLOSING}{stamp}")
    doc = _clean(page)
    assert "abc28.com" not in doc.text and "资讯网" not in doc.text and _kept(doc.text)


def test_a_domain_named_twice_by_a_speaker_stays():
    said = "请登录www.abc.gov.cn查询,详情见www.abc.gov.cn公告。"
    assert said in _clean(f"{SALUTE}\n{OPENING}\n{said}\n{MIDDLE}\n{CLOSING}").text


def test_a_bulleted_related_list_keeps_going_past_a_title_that_asks_a_question():
    links = "推荐阅读\n- 期中考试后的国旗下讲话\n- 国旗下讲话全科竞赛来了,你准备好了吗?\n- 国旗下讲话瞄准目标奋力拼搏,共创佳绩"
    doc = _clean(f"{BODY}\n{links}")
    assert "竞赛来了" not in doc.text and "瞄准目标" not in doc.text and _kept(doc.text)


def test_an_adult_spam_line_goes():
    spam = "最近中文2019字幕第二页,艳妇豪妇,中日韩高清无专码区2021,中文字幕乱码无码人妻系列"
    doc = _clean(f"某某讲话\n{spam}\n{BODY}")
    assert "字幕" not in doc.text and _kept(doc.text)


def test_page_furniture_lines_of_blogs_ebooks_and_press_releases_go():
    furniture = ["温馨提示!您的微博帐号绑定已过期,请重新绑定!立即重新绑定》  |  关闭", "显示下一条  |  关闭",
                 "按键盘上方向键 ← 或 → 可快速上下翻页,按键盘上的 Enter 键可回到本书目录页!",
                 "————未阅读完?加入书签已便下次继续阅读!", "某某大洪水-第9章", "香港时间15时57分", "专题:2025全球某某经济大会",
                 "股市瞬息万变,投资难以决策?来#某某参谋部#超话聊一聊,[点击进入]", "制作:2025.1.27"]
    for line in furniture:
        doc = _clean(f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n{line}")
        assert line.replace(" ", "")[:6] not in doc.text.replace(" ", "") and _kept(doc.text), line


def test_a_speaker_saying_he_will_close_a_meeting_keeps_the_line():
    said = "下面,我宣布:本次大会闭幕。"
    assert said in _clean(f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{said}\n{CLOSING}").text


# --- rounds 180k-181k ------------------------------------------------------------------------------------------------

def test_a_tournaments_betting_app_standing_in_for_a_word_goes_and_an_app_named_once_stays():
    page = (f"{SALUTE}\n又是一年八一节。世俱杯app官方 这些曾经当过兵的人,都忘不了那一段军旅生涯。\n"
            f"能够成为光荣的军人,这使世俱杯app官方 感到无比的自豪。\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "世俱杯" not in doc.text and "感到无比的自豪。" in doc.text and _kept(doc.text)
    said = "同学们可以下载世界杯APP观看比赛。"
    assert said in _clean(f"{SALUTE}\n{OPENING}\n{said}\n{MIDDLE}\n{CLOSING}").text


def test_a_sites_name_and_domain_with_an_anti_copy_plea_after_a_sentence_goes():
    line = f"{OPENING}100字日记 WWW.abc100.Com原创不易,请大佬高抬贵手!"
    doc = _clean(f"{SALUTE}\n{line}\n{MIDDLE}\n{CLOSING}")
    assert "abc100" not in doc.text and "高抬贵手" not in doc.text and _kept(doc.text)


def test_a_promotion_with_an_address_and_an_account_glued_inside_a_word_goes():
    line = "“人大代表之家”是推进基层民主政治建某某%文创素材库+:https://www.abc.cn/。%公…众号:某某星域。整理汇总。设的一个有效载体。"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}")
    # the site's name before its obfuscating % cannot be told from the word it cuts: it stays, no speech goes
    assert "“人大代表之家”是推进基层民主政治建某某%设的一个有效载体。" in doc.text and "众号" not in doc.text and _kept(doc.text)


def test_an_editors_note_that_he_compiled_the_text_for_the_reader_goes():
    blurb = "暑假一过,转眼就是秋季开学,开学典礼上校长需要进行致辞。下面我整理了2022秋季新学期开学典礼校长致辞,供你参考!"
    doc = _clean(f"2022年秋季开学典礼校长致辞\n{blurb}\n{BODY}")
    assert "供你参考" not in doc.text and _kept(doc.text)


# --- rounds 182k-183k ------------------------------------------------------------------------------------------------

def test_a_chinese_pages_lines_read_as_latin1_go_and_a_line_of_french_stays():
    page = f"?ò?Yìì??ê¥òo??àà?úê?óD?T1???\n2022-11-09 (à′?′: ì???í?)\n{BODY}\nCafé à la crème, très bien."
    doc = _clean(page)
    assert "ì" not in doc.text.replace("Café", "") or "?ò" not in doc.text
    assert "?ò?Y" not in doc.text and "à′" not in doc.text and "Café à la crème" in doc.text and _kept(doc.text)


def test_a_lead_and_the_caption_saying_who_is_pictured_before_the_photographers_credit_go():
    caption = "17日,第四届某某论坛大会在某市国际会议中心举行。图为某某副主席在大会致辞。(某某网 王某 摄)"
    doc = _clean(f"{caption}\n{BODY}")
    assert "图为" not in doc.text and _kept(doc.text)


def test_writers_credits_with_a_slash_go_alone_or_glued_before_the_text():
    doc = _clean(f"{SALUTE}\n文 / 巴某某()\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "巴某某" not in doc.text and _kept(doc.text)
    doc = _clean(f"某某年度演讲全文\n文 /巴某某(微信公众号:某某频道) {OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "公众号" not in doc.text and _kept(doc.text)


def test_asides_dates_with_counts_and_english_date_rows_go():
    for line in ("(ps:现场还有带着孩子来参加毕业典礼的毕业生噢)", "2012-01-193254", "- Feb 16, 2018"):
        doc = _clean(f"{SALUTE}\n{OPENING}\n{line}\n{MIDDLE}\n{CLOSING}")
        assert line not in doc.text and _kept(doc.text), line
    doc = _clean(f"在年会开幕式的发言\n2012-01-193254{OPENING}{MIDDLE}\n{CLOSING}")
    assert "193254" not in doc.text and _kept(doc.text)


def test_a_related_list_under_a_link_label_goes():
    doc = _clean(f"{BODY}\n关联:\n某某2018跨年演讲(上)\n某某2018跨年演讲(下)")
    assert "跨年演讲" not in doc.text and _kept(doc.text)


def test_a_columns_tagged_headline_above_a_report_does_not_hide_the_report_lead():
    """【两会连线】某某:… is a related headline, not a speaker's tag: the report's lead below it still goes (179k)."""
    page = ("某某合作协议签定\n【两会连线】某某集团主席某某:文化产业创新发展是传播好声音的关键\n某某向全世界介绍了爱上某地的理由\n"
            "某地党委副书记、主席某某在某某全球推介活动上致辞。她向全世界介绍了爱上某地的理由。\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "推介活动上致辞" not in doc.text and _kept(doc.text)
    assert "news_lead" in _rules(doc)


def test_a_live_texts_speaker_tag_before_a_salutation_still_opens_the_speech():
    """Regression (session al): with the column-tag guard, [某某] 同志们: must still end the head, or the speaker's
    first sentences below it (现在开会。…) are read as a report about the speech."""
    page = ("[某某网] 上午8:30,会议闭幕式在某地举行。 (08:13:21)\n[某某网] 出席会议的领导同志步入会场。 (08:14:19)\n"
            "[某某] 同志们:\n[某某] 现在开会。今天上午的大会有两项议程。 (08:31:35)\n"
            "[某某] 请某某厅等10个单位作典型发言,每个单位发言时间10分钟。 (08:32:06)\n"
            f"[某某] {OPENING}{MIDDLE} (08:33:59)\n[某某] {CLOSING} (08:34:10)")
    doc = _clean(page)
    assert "现在开会。今天上午的大会有两项议程。" in doc.text and "每个单位发言时间10分钟。" in doc.text and _kept(doc.text)
