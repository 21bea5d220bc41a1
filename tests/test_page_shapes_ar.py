"""Session ar: families held-out round 214k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ------------------------------------------------- a placeholder's entities that lost their ampersands (214k)

def test_times_entities_left_of_a_placeholder_become_its_marks():
    page = f"{SALUTE}\n驻地部队共投入兵力times;times;万人次,完成义务劳动日times;times;万个。\n{CLOSING}"
    doc = _clean(page)
    assert "times;" not in doc.text and "万人次" in doc.text and "万个" in doc.text
    assert "html_leftover" in _rules(doc)


def test_an_english_sentence_with_times_keeps_it():
    text = clean_text(f"{OPENING}\nShe has visited the school three times; each visit was short.\n{CLOSING}")
    assert "three times; each" in text


# ------------------------------------------------------------ a repost note with the site's address, glued (214k)

def test_a_glued_repost_note_with_an_address_goes_and_the_sentence_closes():
    page = f"{SALUTE}\n要把人与自然和谐文章转载自某某秘书网-http://www.example.com相处作为核心理念。\n{CLOSING}"
    doc = _clean(page)
    assert "要把人与自然和谐相处作为核心理念。" in doc.text and "example" not in doc.text
    assert "source_footer" in _rules(doc)


def test_a_speaker_naming_where_a_guest_came_from_stays():
    text = clean_text(f"{SALUTE}\n今天的嘉宾来自全国各地,大家可以访问www.example.com了解会议。\n{CLOSING}")
    assert "今天的嘉宾来自全国各地" in text


# ------------------------------------------------------------- a site's slogan glued before a paragraph (214k)

def test_a_sites_slogan_glued_before_a_sentence_goes():
    page = f"{SALUTE}\n{OPENING}\n某某员之家,全国某某员共同的天地下面,根据研究的意见,我主要讲两个问题。\n{CLOSING}"
    doc = _clean(page)
    assert "下面,根据研究的意见,我主要讲两个问题。" in doc.text and "天地" not in doc.text
    assert "watermark" in _rules(doc)


def test_a_speakers_common_home_stays():
    line = "图书馆是我们共同的精神家园,让我们一起爱护它。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ---------------------------------------------------------- a sign-up prompt cut by the page's end (214k)

def test_a_cut_sign_up_prompt_below_a_members_notice_goes():
    page = (f"{BODY}\n全文共1109字,仅供站内会员学习参考(会员可打开排版规范的全部文档)\n"
            "新来的客人请【点此注册】加入会员\n刚注册会员请【")
    text = clean_text(page)
    assert text.rstrip().endswith(CLOSING) and "【" not in text


def test_a_speech_line_ending_in_a_title_bracket_stays():
    page = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n请大家认真学习《\n某某规划纲要\n》。"
    assert "某某规划纲要" in clean_text(page)


# ----------------------------------------------- a phrase stamped twice in a row and before paragraphs (214k)

STAMP = "1998----2018高中毕业二十周年聚会"


def test_a_phrase_stamped_before_paragraphs_goes_everywhere():
    page = (f"亲爱的同学们:\n大家上午好!\n{STAMP}此时此刻,我的内心激动而又幸福。\n"
            f"{STAMP} {STAMP} {STAMP}二十年前,我们怀揣着同一个梦想走进校园。\n{STAMP}岁月如歌,我们再次相聚。\n")
    doc = _clean(page)
    assert "聚会" not in doc.text
    for s in ("此时此刻,我的内心激动而又幸福。", "二十年前,我们怀揣着同一个梦想走进校园。", "岁月如歌,我们再次相聚。"):
        assert s in doc.text
    assert "watermark" in _rules(doc)


def test_a_refrain_never_glued_before_a_paragraph_is_no_stamp():
    page = (f"{SALUTE}\n{OPENING}\n不忘初心牢记使命 不忘初心牢记使命\n{MIDDLE}\n不忘初心牢记使命,我们要坚定信心。\n"
            f"{CLOSING}")       # three times, twice in a row on a banner line, never glued before a sentence
    doc = _clean(page)
    assert "不忘初心牢记使命,我们要坚定信心。" in doc.text and "watermark" not in _rules(doc)


# ------------------------------------------------------------- a site's introduction about the genre (214k)

def test_a_sites_lines_about_the_genre_go():
    page = ("护士职责包括监测病情、给予药物、处理伤口等等。这里有一些护理团队合作的成功经验总结,希望对大家有所启发。\n"
            f"{BODY}\n医院在学习、工作乃至生活中,大家总免不了要接触或使用致辞吧,致辞是指在仪式上表示勉励、感")
    doc = _clean(page)
    assert "有所启发" not in doc.text and "免不了" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text


def test_a_speaker_who_cannot_avoid_hard_work_stays():
    line = "在工作中,大家总免不了要遇到困难,我们要迎难而上。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ------------------------------------------------------------------ a posting tag after the title (214k)

def test_a_repost_tag_after_a_title_goes():
    page = f"某某论坛在兰州举行 省长出席并致辞【转载】\n{BODY}"
    text = clean_text(page)
    assert "【转载】" not in text and OPENING in text


# --------------------------------------------------- an English translation glued with its date in brackets (214k)

def test_a_glued_translation_opening_with_its_date_goes_whole():
    english = ("(February 1, 2007) Comrades: The main tasks of this conference are to convey and implement the spirit "
               "of the national meeting, summarize the work of the past year and study the work of this year.")
    page = (f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{OPENING}\n{MIDDLE}\n"
            f"{MIDDLE}在此,我谨代表全校向获奖的先进集体表示热烈的祝贺! {english}\n{CLOSING}")
    doc = _clean(page)
    assert "February" not in doc.text and "Comrades" not in doc.text
    assert "在此,我谨代表全校向获奖的先进集体表示热烈的祝贺!" in doc.text
    assert "translation" in _rules(doc)


# ------------------------------------------------------ a lead-in closed by a bracketed note, no colon (216k)

def test_a_full_text_lead_in_closed_by_a_bracketed_note_goes_with_the_report_above_it():
    report = ("某某网9月7日讯 日前,某某委员会成立大会暨第一次全体会议在京召开,局长某某为新一届委员颁发聘书并发表讲话。\n"
              "新一届委员会由405名委员组成,设执行委员会和26个专业委员会。\n")
    page = f"{report}以下为局长某某在委员会成立大会上的讲话全文(中英文)\n{BODY}"
    doc = _clean(page)
    assert "讲话全文" not in doc.text and "405名委员" not in doc.text and OPENING in doc.text
    assert "news_lead" in _rules(doc)


def test_a_title_with_its_date_in_brackets_is_no_lead_in():
    doc = _clean(f"某某局长在开幕典礼上的致辞全文(十月四日)\n{BODY}")   # the title: front matter, not a desk's lead-in
    assert "news_lead" not in _rules(doc) and OPENING in doc.text


# ------------------------------------------------------------ an SEO title of phrases joined by underscores (215k)

def test_a_line_of_phrases_joined_by_underscores_goes():
    page = f"某某视频在线_某某免费看_某某试看120秒_某某大片\n{BODY}"
    doc = _clean(page)
    assert "_" not in doc.text and OPENING in doc.text
    assert "seo_title" in _rules(doc)


def test_an_underscore_inside_a_sentence_stays():
    line = "请把文件命名为2023年_工作_总结后上报。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ------------------------------------------------------------ a breadcrumb ending at the page's own slot (216k)

def test_a_breadcrumb_without_home_ending_in_content_goes():
    page = f"首页 > 最新公告 > 内容\n最新公告 > 内容\n{BODY}"
    text = clean_text(page)
    assert "最新公告" not in text and OPENING in text


def test_a_comparison_with_a_greater_than_sign_stays():
    line = "今年全市增速 > 6%,好于预期。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ------------------------------------------------------ a template site's line naming the text's column (215k)

def test_a_line_naming_the_column_and_the_site_goes():
    page = f"在再就业工作会议上的讲话\n在再就业工作会议上的讲话,栏目:领导讲话稿,行政公文写作范文 ,http://www.example.com 。\n{BODY}"
    text = clean_text(page)
    assert "栏目" not in text and OPENING in text


# ---------------------------------------- symbols inserted into words and glues, and Greek letters between words (216k)

def test_symbols_inside_glosses_and_between_words_go_with_their_glosses():
    page = ("同学们:\n习近平近(jìn)日(rì)λ对(duì)制(zhì)止餐饮浪费作出指示,令人(rén)痛心ε!再次就(j★iù)舌尖上的浪费发出号召,"
            "被倒掉的(₹de)食物(wù),令人¶触目惊心,敲响了(le)警钟✘(zhōng)。\n")
    doc = _clean(page)
    assert "习近平近日对制止餐饮浪费作出指示,令人痛心!再次就舌尖上的浪费发出号召,被倒掉的食物,令人触目惊心,敲响了警钟。" in doc.text
    assert "anti_copy" in _rules(doc)


def test_greek_letters_of_a_science_talk_stay():
    line = "我们用α粒子和β射线开展研究,取得了突破。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ------------------------------------------------------------ a wiki's frame and an exam bank's labels (215k, 216k)

def test_a_wikis_skip_link_tagline_and_licence_footer_go():
    page = (f"跳至内容\n某某新年谈话\n维基文库,自由的图书馆\n{BODY}\n某某《著作权法》:\n\n"
            "第九条(著作权标的之限制)\n  下列各款不得为著作权之标的:\n  一、宪法法律、命令或公文\n")
    page = page.replace("某某《著作权法》", "中华民国《著作权法》")
    doc = _clean(page)
    assert "跳至内容" not in doc.text and "自由的图书馆" not in doc.text and "著作权" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text


def test_a_speaker_quoting_the_copyright_law_keeps_it():
    line = "《著作权法》明确规定了作者的权利,我们要认真学习。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


def test_an_exam_banks_label_and_answer_row_go():
    page = (f"【分析解答题】{OPENING}{MIDDLE}\n试题答案: 答案解析:Meanwhile, the centres must be further improved "
            f"and provide basic living expenses on schedule.\n")
    text = clean_text(page)
    assert "分析解答题" not in text and "答案解析" not in text and OPENING in text


def test_an_authors_note_glued_after_the_name_goes():
    page = (f"在某某学会年会上的致辞\n某某某作者简介:某某某,某某大学教授,某某省社科联主席。\n{BODY}")
    doc = _clean(page)
    assert "作者简介" not in doc.text and "社科联主席" not in doc.text and OPENING in doc.text
    assert "byline" in _rules(doc)


# ------------------------------------------------------------ an e-paper's masthead (217k)

def test_an_e_papers_masthead_and_free_copy_notice_go():
    page = f"今日某县数字报纸\n2010年10月11日 星期一\n内部资料 免费赠阅\n{BODY}"
    text = clean_text(page)
    assert "数字报纸" not in text and "免费赠阅" not in text and OPENING in text


# ------------------------------------------------- a book's note on the speaker by birth year and place (217k)

def test_a_books_note_on_the_speaker_by_birth_goes():
    note = "某某某,1933年11月生,某某省某某市人,著名教育家、化学家。1977年出任某部司长,1981年任某大学校长。"
    doc = _clean(f"{note}\n{BODY}")
    assert "1933年11月生" not in doc.text and OPENING in doc.text
    assert "editor_note" in _rules(doc)


def test_a_speaker_presenting_a_model_worker_keeps_the_line():
    line = "王某某,1970年生,某某村人,三十年来扎根基层,带领群众脱贫致富。"
    assert line in clean_text(f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}")


# ------------------------------------------------- a rights claim in brackets, a preview label, a database's fields (218k)

def test_a_bracketed_rights_claim_naming_the_site_goes():
    page = f"{SALUTE}\n{OPENING}(本文权属某某文秘全部,更多文章请登陆.example.net 查看)\n{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "权属" not in text and OPENING in text and MIDDLE in text


def test_a_speakers_ownership_sentence_stays():
    line = "这片林地的经营权属于村集体,我们要管好用好。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


def test_a_periodical_databases_field_rows_go():
    page = f"在某某年会上的报告\n[作者] 某某某\n[单位] 某某大学图书馆\n{BODY}"
    doc = _clean(page)
    assert "[作者]" not in doc.text and "[单位]" not in doc.text and OPENING in doc.text
