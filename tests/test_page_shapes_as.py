"""Session as: families held-out round 220k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ------------------------------------- a blurb quoting the page's title, running on into the speech (220k)

def test_a_blurb_quoting_the_title_goes_and_the_speech_after_its_comma_stays():
    speech = "文化旅游产业事关全县发展大局,各级各部门要抢抓机遇,狠抓落实,为全县发展作出新的更大贡献!"
    page = f"在全县文化旅游大会上的讲话【汇编6篇】\n下面是网友为大家分享的“在全县文化旅游大会上的讲话【汇编6篇】”,{speech}\n{BODY}"
    doc = _clean(page)
    assert speech in doc.text and "网友" not in doc.text
    assert "editor_blurb" in _rules(doc)


def test_a_blurb_quoting_the_title_without_speech_after_it_goes_whole():
    text = clean_text(f"以下是小编为大家整理的“开学典礼校长讲话稿”,希望对你有帮助。\n{BODY}")
    assert "小编" not in text and "希望对你有帮助" not in text and OPENING in text



# ----------------------------------------------------------- the title stamped several times before the text (220k)

def test_a_title_stamped_three_times_before_the_salutation_keeps_one_copy():
    title = "副县长在全县防汛工作会议上的讲话"
    page = f"文档简介\n{title} {title}{title}同志们:今天我们召开全县防汛工作会议。\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert doc.text.count(title) <= 1 and "同志们:今天我们召开" in doc.text
    assert "repeated_title" in _rules(doc)


def test_a_phrase_said_twice_in_the_speech_stays():
    line = "撸起袖子加油干,撸起袖子加油干,我们一定能完成任务。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# -------------------------------------------------------------------- a news agency's dateline alone (220k)

def test_a_dateline_alone_on_its_line_goes_in_either_script():
    for dateline in ("新华网北京3月25日电", "新華網北京3月25日電", "某某社成都5月8日电(记者 某某)"):
        doc = _clean(f"{dateline}\n某某:在考察时的讲话\n{OPENING}\n{CLOSING}")
        assert "日电" not in doc.text and "日電" not in doc.text and OPENING in doc.text
        assert "news_lead" in _rules(doc)


# ----------------------------------------------------------------- a writing course's book list (220k)

def test_a_line_of_books_with_their_authors_goes():
    books = "《公文这样写》作者某某《笔杆子杂谈》作者某某《机关写作入门》作者某某"
    doc = _clean(f"{books}\n{BODY}")
    assert "作者" not in doc.text and OPENING in doc.text
    assert "related_list" in _rules(doc)


def test_a_sentence_citing_books_and_authors_stays():
    line = "我推荐大家读《乡土中国》作者费孝通的书,还有《论语》作者们的言行,《红楼梦》作者曹雪芹的小说。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ------------------------------------------------------- an HTML tag whose opening bracket became ? (220k)

def test_a_tag_whose_bracket_became_a_question_mark_goes():
    doc = _clean(f"{SALUTE}\n今年以来?SPAN lang=EN-US>我们全力抗灾。\n{CLOSING}")
    assert "今年以来我们全力抗灾。" in doc.text
    assert "html_leftover" in _rules(doc)


def test_a_question_before_a_latin_word_stays():
    line = "你们知道吗?Span是英语里的一个词。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ------------------------------------------- comment prompts, no-copying notes, social buttons, ratings (221k)

def test_page_furniture_of_round_221k_goes():
    for line, rule in (("精彩评论文明上网理性发言,请遵守评论服务协议", "site_interface"),
                       ("本文仅供学习参考,请勿照搬照抄!", "site_interface"),
                       ("5143316835730555 時間:2022-02-15 21:21", "site_interface"),
                       ("文章推薦指數: 80 %", "recommend_list"),
                       ("Facebook分享line分享twitter分享plurk分享", "share_widget"),
                       ("網站導覽加入好友FacebookFlickrYouTube寫信給總統RSS", "share_widget")):
        doc = _clean(f"{BODY}\n{line}")
        assert line not in doc.text and CLOSING in doc.text, line
        assert rule in _rules(doc), line


def test_a_speaker_naming_social_networks_keeps_the_sentence():
    line = "我们要在Facebook、YouTube和Twitter上讲好本地故事。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


def test_a_speaker_asking_for_civil_comments_keeps_the_sentence():
    line = "希望同学们文明上网,理性发言,做网络空间的好公民。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# --------------------------- a document site's editable-download note, file panel and a WeChat head (223k)

def test_an_editable_download_note_stamped_between_paragraphs_goes():
    doc = _clean(f"{SALUTE}\n{OPENING}精品WORD文档下载可编缉使用{MIDDLE}\n{CLOSING}")
    assert "WORD" not in doc.text and "可编" not in doc.text and OPENING + MIDDLE in doc.text
    assert "download_panel" in _rules(doc)


def test_a_document_sites_file_panel_goes():
    panel = "文档名称:\n某某征文演讲.docx\n下载后只包含 1 个 DOCX 格式的文档,没有任何的图纸或源代码,查看文件列表\n下载得到文件列表"
    doc = _clean(f"{panel}\n{BODY}")
    assert "文件列表" not in doc.text and "文档名称" not in doc.text and OPENING in doc.text
    assert "download_panel" in _rules(doc)


def test_a_wechat_articles_head_goes_and_the_speech_after_it_stays():
    head = "某某动员大会上讲话 某某 稿子 微信号 abc_123功能介绍 写稿的人要谦虚谨慎!2017-08-28 收录于话题"
    doc = _clean(f"{head}在某某动员大会上的讲话\n{OPENING}\n{CLOSING}")
    assert "微信号" not in doc.text and "功能介绍" not in doc.text and OPENING in doc.text
    assert "site_name" in _rules(doc)


def test_a_speaker_on_editing_documents_keeps_the_sentence():
    line = "各单位要把文档下载后认真编辑修改,按时报送。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ---------------------------- a report line quoting a speaker is no report above a lead-in (224k)

def test_a_speakers_words_after_his_colon_stay_above_the_next_lead_in():
    first = ("新一届理事长某某宣誓就职,他在致词中表示:创会以来,我们的主要目标是促进两国人民的友谊,"
             "我们团结在一起,为搭建友谊桥梁而努力。")
    page = (f"某某联合会讯:某某协会庆祝成立四十九周年暨职员就职典礼于日前隆重举行。\n{first}\n"
            "本会主席某某受邀致贺词,他表示:回首协会四十九年的历程,协会致力于搭建两国人民之间的桥梁,成绩有目共睹。")
    assert "我们的主要目标是促进两国人民的友谊" in clean_text(page)


# ------------------------------------- a transcript's lead-in, a site's watermark, a source label (224k)

def test_a_lead_in_announcing_a_transcript_goes():
    lead = "某某学校董事长某某先生在毕业典礼以中英双语致词。演讲内容转录如下:"
    doc = _clean(f"{lead}\n{BODY}")
    assert "转录" not in doc.text and OPENING in doc.text
    assert "news_lead" in _rules(doc)


def test_a_watermark_glued_after_a_paragraph_goes():
    doc = _clean(f"{SALUTE}\n{OPENING}nRu某某华人中文网站【某华网】\n{CLOSING}")
    assert "华人中文网站" not in doc.text and OPENING in doc.text
    assert "site_name" in _rules(doc)


def test_a_source_label_line_goes():
    doc = _clean(f"讯息来自 某某学校\n{BODY}")
    assert "讯息来自" not in doc.text and OPENING in doc.text


def test_a_forum_posters_badges_go():
    doc = _clean(f"某某 发表于 2022-8-20 13:11:09\n手机认证 实名认证\n{BODY}")
    assert "认证" not in doc.text and OPENING in doc.text
    assert "site_interface" in _rules(doc)


# ------------------------- a news site's browser advice, download links, push prompt; a credited caption (225k)

def test_a_news_sites_browser_advice_and_push_prompt_go():
    for line in ("為達最佳瀏覽效果,建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
                 "請至Edge官網下載 請至FireFox官網下載 請至Google官網下載",
                 "[啟動LINE推播] 每日重大新聞通知"):
        doc = _clean(f"{line}\n{BODY}")
        assert line not in doc.text and OPENING in doc.text, line
        assert "site_interface" in _rules(doc), line


def test_a_caption_closed_by_its_photo_credit_goes():
    caption = "某某市长发表就职演说,提出建设宜居城市的目标。(某某社某某某摄)"
    doc = _clean(f"{SALUTE}\n{OPENING}\n{caption}\n{CLOSING}")
    assert "宜居城市的目标" not in doc.text and OPENING in doc.text
    assert "photo_caption" in _rules(doc)


def test_a_speaker_on_the_best_viewing_effect_keeps_the_sentence():
    line = "为达到最佳观赏效果,我们在景区新建了三座观景台。"
    assert line in clean_text(f"{SALUTE}\n{line}\n{CLOSING}")


# ------------------------------ a document site's tip request and download nudge; an organiser footer (226k)

def test_a_tip_request_a_download_nudge_and_an_organiser_footer_go():
    page = (f"某某讲话稿范例\n整理文档很辛苦,赏杯茶钱您下走!\n"
            f"【导语】网友为您精心整理收集的“某某讲话稿范例”精品文档,供您参考阅读,希望对您有所帮助!喜欢就下载吧。{SALUTE}\n"
            f"{OPENING}\n{CLOSING}\n某某资讯中心 主办 | 某某信息办公室 主管")
    doc = _clean(page)
    for gone in ("茶钱", "下载吧", "主办", "主管"):
        assert gone not in doc.text, gone
    assert OPENING in doc.text and CLOSING in doc.text
