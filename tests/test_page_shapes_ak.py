"""Session ak: families held-out rounds 160k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean, flat_kept

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH


def _kept(text: str) -> bool:
    return flat_kept(text, SPEECH)


# --- a desk's report naming the speaker and the genre, glued before a lead-in (round 160k) ----------------------------

def test_a_report_closing_with_a_role_and_the_genre_goes_with_its_glued_lead_in():
    page = ("某某大会于5月8日至9日在某地举行,主题为:奋进新时代 共创新辉煌。某某协会会长某某全会演讲。  以下为演讲摘编:"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "主题为" not in doc.text and "演讲摘编" not in doc.text and _kept(doc.text)
    assert "news_lead" in _rules(doc)


def test_a_host_calling_the_next_speaker_is_no_report():
    from corpusmine.text.report_heads import SPEAKS_OF
    assert SPEAKS_OF.search("某某协会会长某某全会演讲。")
    assert SPEAKS_OF.search("校长某某致辞。")
    assert not SPEAKS_OF.search("下面请县委书记讲话。")
    assert not SPEAKS_OF.search("同志们,下面由县委书记讲话。")
    said = f"同志们:\n{OPENING}下面请县委书记讲话。\n{MIDDLE}\n{CLOSING}"
    assert _clean(said).text == said


# --- an institution's welcome to its one reader, a column's bracketed tag (round 160k) --------------------------------

def test_an_institutions_welcome_line_goes_and_a_speakers_welcome_stays():
    page = f"欢迎您来到某某省老年大学(某某省老干部服务中心)!\n在建校三十周年庆典上的致辞\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "欢迎您来到" not in doc.text and _kept(doc.text)
    assert "welcome_line" in _rules(doc)
    said = f"{SALUTE}\n{OPENING}\n欢迎你们来到某某大学,开启人生新的篇章!\n{MIDDLE}\n{CLOSING}"
    assert _clean(said).text == said


def test_a_columns_bracketed_tag_alone_in_the_head_goes_when_it_opens_the_title_too():
    page = (f"【校长讲党课】——某某同志讲学习贯彻某某精神专题党课\n发布时间:2021/08/16\n【校长讲党课】\n牢记使命,争创一流\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert _kept(doc.text)
    assert [r["removed"] for r in doc.audit_rows if r["rule"] == "page_head"] == ["【校长讲党课】"]


def test_a_bracketed_heading_of_the_speech_stays():
    said = f"{SALUTE}\n【回顾】\n{OPENING}\n【展望】\n{MIDDLE}\n{CLOSING}"
    assert _clean(said).text == said


# --- a reworded editor blurb of a synonym-spun mirror (round 161k) -----------------------------------------------------

def test_a_spun_editor_blurb_goes():
    page = f"校长在建校庆典上的讲话\n下面介绍的是校长在建校庆典上的讲话,期望对您有所帮忙!\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "期望对您" not in doc.text and _kept(doc.text)
    assert "editor_blurb" in _rules(doc)


# --- a lowercase letter an anti-copy script strews after a closing mark (round 161k) -----------------------------------

def test_a_stray_letter_after_a_title_mark_goes_and_a_placeholder_x_stays():
    page = f"同志们:\n刚才,某某同志传达了《关于开展消防宣传月活动的通知》m,我看关键在于落实。\n{OPENING}\n{MIDDLE}"
    doc = _clean(page)
    assert "》," in doc.text and "》m" not in doc.text and "anti_copy" in _rules(doc)
    said = "同志们:\n我们要落实《某某方案》。\n大家要学习“维生素c”的知识。"
    assert _clean(said).text == said


# --- related texts' titles run together after the page's last sentence (round 161k) ------------------------------------

def test_related_titles_glued_after_the_last_sentence_go():
    page = f"{SALUTE}\n{OPENING}\n" + MIDDLE * 6 + f"\n{CLOSING}中学30周年庆典校长致辞小学毕业典礼校长"
    doc = _clean(page)
    assert doc.text.rstrip().endswith(CLOSING) and _kept(doc.text)
    assert "related_list" in _rules(doc)


def test_a_closing_signature_or_the_speechs_own_title_stays():
    for end in ("某某中学校长张三", "在建校三十周年庆典上的致辞", "2023年9月1日"):
        said = f"{SALUTE}\n{OPENING}\n" + MIDDLE * 6 + f"\n{CLOSING}{end}"
        assert _clean(said).text.replace("\n", "").endswith(CLOSING + end)


# --- round 159k (measured in session aj, learned here) ------------------------------------------------------------------

def test_a_releases_closing_note_below_the_speech_goes():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n(以上是校长某某9月1日在建校三十周年庆典的视像致辞文本)"
    doc = _clean(page)
    assert "以上是" not in doc.text and _kept(doc.text)
    assert "news_lead" in _rules(doc)


def test_a_speakers_bracketed_aside_stays():
    said = f"{SALUTE}\n{OPENING}\n(以上是我校三十年来的主要成绩)\n{MIDDLE}\n{CLOSING}"
    assert _clean(said).text == said


def test_a_genre_intro_presenting_sample_texts_goes():
    page = ("演讲稿是一种需要注意演讲技巧的文学形式,它可以帮助我们提高表达的能力。接下来是一些经典的演讲稿范文,它们都有一定的参考价值。\n"
            f"在建校庆典上的讲话\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "文学形式" not in doc.text and _kept(doc.text)
    assert "editor_blurb" in _rules(doc)


def test_a_flattened_genre_intro_closed_by_the_sites_editing_notice_goes():
    page = ("建校庆典致辞【最新4篇】致辞是一种礼仪文书,想要一场精彩的致辞,我们一定要事先准备好致辞稿。为满足您的需求,网友特地编辑了"
            f"“建校庆典致辞【最新4篇】”,欢迎大家参考下载,希望对大家有所帮助。建校庆典致辞篇【第一篇】{SALUTE}{OPENING}{MIDDLE}{CLOSING}")
    doc = _clean(page)
    assert "网友特地编辑" not in doc.text and "礼仪文书" not in doc.text and _kept(doc.text)


def test_a_closing_bracket_alone_on_its_line_goes():
    page = f"{SALUTE}\n{OPENING}\n)\n{MIDDLE}\n）\n{CLOSING}"
    doc = _clean(page)
    assert ")" not in doc.text and "）" not in doc.text and _kept(doc.text)
    assert "html_leftover" in _rules(doc)


def test_a_journal_databases_record_rows_go_and_the_title_and_abstract_stay():
    page = ("编号 abcd0001215136\n文献类型 期刊论文\n文献题名 某某在全国森林防火电视电话会议上的讲话\n母体文献 森林防火\n"
            "年卷期 2000年01期\n分类号 S762\n关键词 森林防火 电视电话会议 火源管理\n"
            "文摘内容 今天,国务院召开全国森林防火工作电视电话会,分析当前森林防火的形势。各地要全力做好今年的春季森林防火工作。")
    doc = _clean(page)
    for gone in ("abcd0001215136", "期刊论文", "母体文献", "S762", "火源管理", "文摘内容"):
        assert gone not in doc.text
    assert "分析当前森林防火的形势" in doc.text and "各地要全力做好今年的春季森林防火工作。" in doc.text


def test_two_record_labels_in_a_speech_stay():
    said = "同志们:\n关键词 就是落实。\n摘要 不等于全部。\n今年全县要抓好森林防火。"
    doc = _clean(said)
    assert "关键词" in doc.text and "摘要" in doc.text and "meta_row" not in _rules(doc)


# --- rounds 162k-163k --------------------------------------------------------------------------------------------------

def test_a_lead_in_naming_a_motion_in_corner_quotes_goes_and_a_title_ending_in_full_text_stays():
    page = ("立法會:局長就「推動漁農業持續發展」動議辯論總結發言全文\n"
            "以下是局長某某今日(一月二十九日)在立法會會議上就「推動漁農業持續發展」動議辯論的總結發言全文:\n"
            "主席:\n我剛才已細心聆聽各位議員的發言。議員普遍對本港漁農業可持續發展表示關注。多謝主席。")
    doc = _clean(page)
    assert "以下是" not in doc.text and "我刚才已细心聆听各位议员的发言。" in doc.text
    removed = [r["removed"] for r in doc.audit_rows if r["rule"] == "news_lead"]
    assert len(removed) == 1 and removed[0].strip().startswith("以下是")


def test_a_teasers_label_before_the_title_repeated_goes():
    page = f"建校三十周年庆典致辞\n2023-01-16 来源:某某网\n导读 建校三十周年庆典致辞\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "导读" not in doc.text and _kept(doc.text)
    assert "page_head" in _rules(doc)


def test_a_sample_collections_intro_hoping_to_inspire_the_reader_goes():
    page = ("单位是人们工作和生活的重要场所。以下是一些单位领导者的成功经验总结,希望能给大家一些启示和思考。\n"
            f"在年度工作会议上的讲话\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "启示和思考" not in doc.text and _kept(doc.text)


def test_a_taiwan_portals_print_and_font_labels_go():
    page = ("友善列印 :\n請利用鍵盤按住Ctrl + P開啟列印功能\n字級設定 :\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "列印" not in doc.text and "打印" not in doc.text and "字级" not in doc.text and _kept(doc.text)


def test_a_traditional_mark_left_in_its_phrase_converted_form_counts_as_left():
    from corpusmine.text.chrome_eval import mark_removed
    assert not mark_removed("關閉視窗", "关闭窗口\n主席:")
    assert mark_removed("關閉視窗", "主席:\n我刚才已细心聆听。")


# --- rounds 164k-165k --------------------------------------------------------------------------------------------------

def test_a_report_and_its_lead_in_naming_the_content_and_full_text_go():
    page = ("副總統今天上午出席國際科學競賽開幕典禮,並應邀致詞。\n副總統致詞內容全文為:\n"
            f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "应邀致词" not in doc.text and "全文为" not in doc.text and _kept(doc.text)
    glued = f"7月8日,某某在长沙发表《某省征兵广播电视讲话》。以下是某某讲话内容全文。\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(glued)
    assert "征兵广播" not in doc.text and _kept(doc.text)


def test_a_caption_closed_by_who_took_the_picture_goes_anywhere():
    page = f"某某今日出席某某学校毕业典礼。(某某社 某某某摄)\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "某某某摄" not in doc.text and "毕业典礼。" not in doc.text and _kept(doc.text)
    assert "photo_caption" in _rules(doc)
    said = f"{SALUTE}\n{OPENING}\n我们要向先进学习,向模范致敬。(掌声)\n{MIDDLE}\n{CLOSING}"
    assert _clean(said).text == said


def test_a_taiwan_click_counter_goes():
    page = f"點閱數:681\n慶祝軍人節 書面賀詞\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "点阅" not in doc.text and _kept(doc.text)


def test_a_sites_series_label_and_its_posting_month_go_and_the_speakers_date_stays():
    page = f"“日新月异”系列№8464\n\n2024年1月\n在建校三十周年庆典上的讲话\n(2017年9月27日)\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "系列" not in doc.text and "2024年1月" not in doc.text and _kept(doc.text)
    assert "page_meta" in _rules(doc)


def test_a_comment_button_alone_goes():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n图片\n留言"
    doc = _clean(page)
    assert "留言" not in doc.text and _kept(doc.text)
    said = f"{SALUTE}\n{OPENING}\n欢迎大家给我们留言,提出宝贵意见。\n{CLOSING}"
    assert _clean(said).text == said


def test_a_genre_title_said_twice_after_a_sentence_goes():
    page = f"{SALUTE}\n{OPENING}{MIDDLE}八一建军节讲话稿八一建军节讲话稿。\n{CLOSING}"
    doc = _clean(page)
    assert "讲话稿" not in doc.text and _kept(doc.text)
    assert "seo_keyword" in _rules(doc)


# --- rounds 166k-167k --------------------------------------------------------------------------------------------------

def test_short_clauses_between_spaced_commas_are_the_speech_not_keyword_inserts():
    said = ("亲爱的同学们 , 火是人类的朋友 , 它给我们带来光明 , 推动人类社会走向文明 。但是一旦火势失去控制 , 就会引发灾难 。\n"
            "让我们关注消防 , 珍爱生命 , 共享和平!\n谢谢大家!")
    doc = _clean(said)
    for clause in ("火是人类的朋友", "它给我们带来光明", "就会引发灾难", "珍爱生命"):
        assert clause in doc.text
    assert "spam" not in _rules(doc)


def test_a_genre_label_alone_in_the_head_goes():
    page = f"演講詞\n在建校三十周年庆典上的致辞\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "演讲词" not in doc.text and "演講詞" not in doc.text and _kept(doc.text)


def test_a_next_part_link_goes():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n点击阅读下篇"
    doc = _clean(page)
    assert "下篇" not in doc.text and _kept(doc.text)


# --- rounds 168k-169k --------------------------------------------------------------------------------------------------

def test_a_journals_issue_row_goes():
    page = f"在协会代表大会上的致辞\n老年教育(老年大学) 2018年4期\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "2018年4期" not in doc.text and _kept(doc.text)


def test_a_repost_notice_naming_the_text_and_its_giver_goes():
    page = (f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n"
            "《县长调研农村改厕工作》由某某新闻网提供,转载请注明出处:http://www.example.com/1.html,谢谢合作!")
    doc = _clean(page)
    assert "由某某新闻网提供" not in doc.text and "谢谢合作" not in doc.text and _kept(doc.text)
    said = f"{SALUTE}\n{OPENING}\n《全县改厕工作方案》由县农业局提供,请各乡镇认真学习。\n{CLOSING}"
    assert "由县农业局提供" in _clean(said).text


def test_an_injected_original_label_and_a_dot_after_de_go():
    page = f"{SALUTE}\n{OPENING}对关心学校的各位领导表示衷心的.感谢。体育是社会文明进步的标志。原创:.{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "衷心的感谢" in doc.text and "原创" not in doc.text and "." not in doc.text and _kept(doc.text)


def test_a_desks_publishing_note_goes():
    page = f"为分享会议的精彩内容,将与会嘉宾的观点摘编刊发。\n某某:统筹推进茶产业高质量发展\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "摘编刊发" not in doc.text and _kept(doc.text)
    assert "editor_note" in _rules(doc)
    said = f"{SALUTE}\n{OPENING}\n我们将把各村的先进经验及时刊发。\n{CLOSING}"
    assert _clean(said).text == said


# --- rounds 170k-171k --------------------------------------------------------------------------------------------------

def test_a_word_count_in_ten_thousands_after_the_title_goes():
    page = f"某公司廉政党课讲稿(1.3万字)\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "万字" not in doc.text and _kept(doc.text)


def test_a_truncation_notice_cut_at_the_pages_end_goes():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n\n(未完,全文共"
    doc = _clean(page)
    assert "未完" not in doc.text and _kept(doc.text)


def test_a_sites_column_tag_opening_the_title_its_date_row_and_slogan_go():
    page = (f"【某氏网新闻】第四届世界某氏总会新年献词\n    中华某氏网 2015年3月26日 世界某氏总会\n"
            f"中华姓氏网--弘扬姓氏文化,传承先祖精神!\n团结就是力量\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    doc = _clean(page)
    assert "某氏网新闻" not in doc.text and "2015年3月26日" not in doc.text and "弘扬姓氏文化" not in doc.text
    assert _kept(doc.text)
    said = f"{SALUTE}\n{OPENING}\n中国文明网发布了今年的先进名单,我们要认真学习。\n{CLOSING}"
    assert _clean(said).text == said


# --- the fast tier's regressions of this session's rules, as their own tests ---------------------------------------------

def test_a_report_closed_by_a_writers_and_a_photographers_credit_stays():
    line = "大会由市委副书记、市长某某主持,市人大常委会主任某某等领导出席了大会。(某某文 某某摄)"
    assert "某某等领导出席了大会。" in _clean(f"{line}\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}").text


def test_a_bracket_alone_closing_a_note_opened_above_is_left_to_the_notes_rule():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}\n(贺辞已上载某某办公室网站:\nwww.example.gov.hk/message/26/\n)"
    doc = _clean(page)
    assert "网站" not in doc.text and _kept(doc.text)
    assert "html_leftover" not in _rules(doc)
