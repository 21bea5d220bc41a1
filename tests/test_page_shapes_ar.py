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
