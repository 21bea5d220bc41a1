"""Session v: families left by held-out round 72 (learned after its measurement; every string written here).

A site's report above the speech's own opening, a location label numbered as a list's first item, an English
translation glued to the last Chinese line, and the head chrome above a speech whose salutation is its own
(尊敬的…, 亲爱的…: not one of the salutations that split speeches).  The speech's sentences must stay, and so must
the speech lines of ``STAYS``.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.report_heads import SPEAKS_OF

FIRST = "今天,我们在这里隆重集会,庆祝学校建校六十周年,回顾学校走过的不平凡历程,展望学校更加美好的未来。"
SECOND = "六十年来,一代又一代教职员工扎根山区,默默耕耘,为国家培养了数以万计的优秀人才。"
THIRD = "希望同学们珍惜韶华,刻苦学习,以优异的成绩回报母校和社会。"
FOURTH = "站在新的历史起点上,学校将坚持立德树人根本任务,深化教育教学改革,努力建设人民满意的优质学校,为家乡发展作出新的更大贡献。让我们携起手来,共同谱写学校发展的新篇章！"


def _kept(out: str) -> bool:
    return all(s in out for s in (FIRST, SECOND, THIRD))


REPORTS = [
    # an account's teaser, one line, closed by an invitation to the reader
    "刚刚,某校校长发表了建校六十周年致辞。在致辞中校长强调了我们学校六十年来的成就。一起来看看吧。",
    # a repost's introduction over several paragraphs, one of them only quoting the speech
    "在校庆大会上,某某校长表示,“办学六十年,初心始终如一。”\n"
    "全场师生起立鼓掌,某某校长作了题为《不忘初心 再创辉煌》的讲话,不念稿子,不讲套话。\n"
    "谈的是困难,是挑战。“ 学校发展到今天,已经到了爬坡过坎的关口。\n"
    "整篇讲话稿短短三千字,字句朴实,而又充满力量。这篇讲话,值得每一位校友细读。",
    # a news desk's lead: who spoke, where
    "10月8日上午,某某中学建校六十周年庆祝大会隆重举行。市委副书记李某出席大会并致辞。",
    "10月8日,某某中学举行建校六十周年庆祝大会。校长某某在会上讲话,回顾了学校六十年的发展历程。",
    # an editor's note on what is published, in the site's first person
    "这是某某校长在建校六十周年庆祝大会上的致辞,我们全文刊发,以飨读者。",
]

OPENINGS = [
    "尊敬的各位领导、各位来宾,亲爱的老师们、同学们:\n",     # a salutation alone on its line
    "亲爱的老师们、同学们,",                                     # glued before the first sentence
    "《不忘初心 再创辉煌》 ——某某\n",                            # the speech's own title with its speaker
    "在建校六十周年庆祝大会上的讲话\n",                         # a title line naming the genre
]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("report", REPORTS)
def test_a_report_above_the_speech_opening_goes(report, opening):
    out = clean_text(f"某某中学建校六十周年\n发布时间:2023-10-08\n{report}\n{opening}{FIRST}\n{SECOND}\n{THIRD}\n")
    for line in report.splitlines():
        assert line[6:20] not in out, (line, out)
    assert _kept(out)


STAYS = [
    # the speech's first paragraph, in its own voice, with no salutation of its own
    "今天是我们学校六十岁生日。各位校友从四面八方赶回母校,我代表学校表示热烈欢迎。",
    # a line that speaks of no speech (an anecdote in the site's voice is not taken without a speech named)
    "六十年前的今天,学校在一座破庙里开学,只有三名教师和四十名学生。",
    # the speech quoting a leader's speech, in the first person
    "习近平总书记发表重要讲话,为我们办好人民满意的教育指明了方向。",
]


@pytest.mark.parametrize("line", STAYS)
@pytest.mark.parametrize("opening", OPENINGS[:2])
def test_a_speech_line_above_a_salutation_stays(line, opening):
    out = clean_text(f"{line}\n{opening}{FIRST}\n{SECOND}\n{THIRD}\n")
    assert line in out and _kept(out)


def test_a_report_below_the_salutation_is_the_speech():
    """Inside the speech (the salutation above it), a sentence quoting a speech is the speaker's own."""
    line = "上级领导出席了我校去年的表彰大会并讲话。"
    out = clean_text(f"亲爱的老师们、同学们:\n{line}\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert line in out and _kept(out)


def test_a_report_without_the_speech_after_it_stays():
    """A news report alone (no opening of a speech below it) is the report's text, kept."""
    report = "10月8日上午,某某中学建校六十周年庆祝大会隆重举行。市委副书记李某出席大会并致辞。"
    out = clean_text(f"{report}\n李某指出,学校要坚持立德树人,办好人民满意的教育。\n{SECOND}\n")
    assert report in out


def test_speaks_of_a_speech():
    assert SPEAKS_OF.search("某某发表了新年献词")
    assert SPEAKS_OF.search("在讲话中强调")
    assert SPEAKS_OF.search("这篇发言稿")
    assert not SPEAKS_OF.search("我们要认真学习,抓好落实")


@pytest.mark.parametrize("label", ["1. 您所在的位置:", "您所在的位置:", "2、当前位置:"])
def test_a_numbered_location_label_goes(label):
    out = clean_text(f"{label}\n  2. 首页 > 要闻 > 领导讲话\n在建校六十周年庆祝大会上的讲话\n亲爱的老师们、同学们:\n"
                     f"{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "位置" not in out and "首页" not in out and _kept(out)


EN = ("Dear teachers and students, Today we gather here to celebrate the sixtieth anniversary of our school "
      "and to look back on the road we have travelled together.")


def test_a_translation_glued_to_the_last_line_goes():
    page = f"亲爱的老师们、同学们:\n{FIRST}\n{SECOND}\n{THIRD * 6} {EN}\n"
    out = clean_text(page)
    assert "anniversary" not in out and _kept(out)


def test_a_short_english_quote_in_a_sentence_stays():
    line = "正如校训所说:Knowledge is power, and character is destiny for every one of us here."
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n{SECOND}\n{line}\n{THIRD}\n")
    assert "Knowledge is power" in out


@pytest.mark.parametrize("chrome", ["推荐人: 来源: 阅读: 1.5W 次", "毕业典礼演讲稿", "标签:开学典礼 校长致辞"])
def test_head_chrome_above_a_speech_of_its_own_salutation_goes(chrome):
    doc = clean_document(f"开学典礼上的讲话\n{chrome}\n开学典礼上的讲话\n尊敬的各位领导、老师,亲爱的同学们:\n"
                         f"{FIRST}\n{SECOND}\n{THIRD}\n")
    assert chrome[:5] not in doc.text and _kept(doc.text)
    assert doc.page_title == "开学典礼上的讲话"


@pytest.mark.parametrize("label", ["【篇一】", "篇一", "『范文1』", "[篇1]"])
def test_a_lone_collection_label_goes(label):
    """A collection's page cut after its first item keeps one bare label (its siblings were cut off)."""
    intro = "校庆致辞是在校庆典礼上的讲话,以下是为大家整理的致辞,供大家参考借鉴。"
    out = clean_text(f"{intro}\n{label}\n在建校六十周年庆祝大会上的讲话\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert label not in out and _kept(out)


def test_collection_labels_still_split_a_page():
    page = f"『范文1』\n同志们:\n{FIRST}\n{SECOND}\n『范文2』\n同志们:\n{THIRD}\n{SECOND}\n"
    doc = clean_document(page)
    assert len(doc.parts) == 2 and "范文" not in doc.text


# round 73's families (learned after its measurement)

def test_an_interleaved_translation_goes_line_by_line():
    """A bilingual page alternating Chinese and English paragraphs: every English line goes, the short ones too."""
    en1 = "Today, we gather here to celebrate the sixtieth anniversary of our school and look back on our road."
    en2 = "Over sixty years, generations of teachers have taken root in the mountains and worked in silence."
    page = (f"在建校六十周年庆祝大会上的讲话\nSpeech at the Sixtieth Anniversary Celebration\n"
            f"尊敬的各位来宾,亲爱的老师们、同学们:\nDistinguished guests, dear teachers and students,\n"
            f"{FIRST}\n{en1}\n{SECOND}\n{en2}\n{THIRD}\n{FOURTH}\n")   # 200+ Chinese characters: a bilingual page
    out = clean_text(page)
    assert not any(w in out for w in ("Speech at", "Distinguished", "anniversary", "generations")) and _kept(out)
    assert FOURTH in out


def test_a_long_salutation_of_its_own_ends_the_front_matter():
    sal = ("尊敬的各位领导、各位来宾、各位校友,尊敬的老校长、老前辈,亲爱的老师们、同学们,女士们、先生们、朋友们:")
    doc = clean_document(f"5 在建校六十周年庆祝大会上的讲话\n某某,某某讲师,某某联系方式,某某培训师-【某某网】\n{sal}\n"
                         f"{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "讲师" not in doc.text and "5 在" not in doc.text and sal in doc.text and _kept(doc.text)


def test_a_speech_line_ending_with_a_colon_is_no_salutation():
    """各位…要…: is a directive introducing a list, not a salutation: the lines above it stay."""
    line = "各位校友、各位老师要做好以下三点:"
    out = clean_text(f"{FIRST}\n聚焦立德树人\n{line}\n{SECOND}\n{THIRD}\n")
    assert "聚焦立德树人" in out and line in out and _kept(out)


@pytest.mark.parametrize("spam", ["某某机中文版下载app", "某某宝官方版下载", "某某云安卓版下载安装"])
def test_an_app_download_injected_in_a_sentence_goes(spam):
    line = f"学校从一所乡村小学发展成为{spam}省级示范性高级中学。"
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert "下载" not in out and "发展成为省级示范性高级中学。" in out and _kept(out)


def test_asking_people_to_download_an_app_stays():
    line = "要引导广大家长下载学校的家校共育app,及时了解孩子在校情况。"
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out


def test_a_follow_prompt_glued_before_a_dash_led_item_goes_alone():
    """A flattened page: the prompt's line runs on into a list's dash-led item, which stays (speech_loss seed 1)."""
    item = "———对外贸易大幅增长。进出口总额比上年增长三成以上,由上年居世界第五位上升到第四位。"
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n更多精彩内容请关注某某讲话稿之家 {item}\n{SECOND}\n{THIRD}\n")
    assert item in out and "关注" not in out and _kept(out)


# round 74's families (learned after its measurement)

@pytest.mark.parametrize("chrome", ["本文格式为Word版,下载后可任意编辑和复制", "适用场景:传统婚礼、家庭氛围浓厚的场合",
                                    "核心逻辑:回顾成长→肯定品质→提出期许", "示例:"])
def test_a_format_notice_and_a_writing_guide_label_go(chrome):
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n{chrome}\n{SECOND}\n{THIRD}\n")
    assert chrome[:4] not in out and _kept(out)


def test_a_report_above_a_lead_in_closed_by_its_content_goes():
    report = "11月5日上午,某寺隆重举行庆典法会。会后,某协会举行答谢宴会,某法师在宴会上致谢词。致词内容如下:"
    out = clean_text(f"{report}\n各位长老、各位来宾:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "答谢宴会" not in out and _kept(out)


def test_a_numbered_item_label_is_a_part_heading():
    page = f"第一篇:开学典礼讲话\n同志们:\n{FIRST}\n{SECOND}\n第二篇:毕业典礼讲话\n同志们:\n{THIRD}\n{SECOND}\n"
    doc = clean_document(page)
    assert len(doc.parts) == 2 and "第一篇" not in doc.text


def test_head_chrome_above_a_glued_own_salutation_goes():
    doc = clean_document("某某教育资源公共服务平台\n某某市第一幼儿园\n认识国旗\n"
                         f"亲爱的老师,小朋友们,大家早上好!{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "平台" not in doc.text and "幼儿园" not in doc.text and _kept(doc.text)


def test_a_speech_line_opening_with_dear_below_the_speech_keeps_what_is_above():
    """Below two lines of speech, a line opening 亲爱的同学们,今天… is the speech's own: nothing above it goes."""
    out = clean_text(f"{FIRST}\n{SECOND}\n加强领导\n亲爱的同学们,今天我还要再说几句。\n{THIRD}\n")
    assert "加强领导" in out and _kept(out)


def test_a_long_number_alone_goes():
    out = clean_text(f"亲爱的老师们、同学们:\n1601400000089\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "1601400000089" not in out and _kept(out)


def test_the_title_head_set_between_paragraphs_goes():
    title = "建校六十周年校长致辞,“不忘初心,再创辉煌”——三分钟读懂"
    out = clean_text(f"{title}\n亲爱的老师们、同学们:\n{FIRST}\n建校六十周年校长致辞\n{SECOND}\n{THIRD}\n")
    assert "校长致辞" not in out and _kept(out)


def test_a_heading_that_begins_the_title_stays_without_the_title_shape():
    """A section heading that begins the page's title, when the title runs on without a clause mark, stays."""
    out = clean_text(f"提高认识加强领导\n同志们:\n{FIRST}\n提高认识\n{SECOND}\n{THIRD}\n")
    assert "\n提高认识\n" in f"\n{out}\n" and _kept(out)


# round 75's families (learned after its measurement)

def test_emoji_salted_at_clause_ends_go():
    """A copy salts its sentences with emoji, most at a clause's end (党员💪🏼、): all go, the words stay."""
    salted = ["今天,我们在这里隆重集会💪🏼,庆祝学校建校六十周年🤏🏿,回顾学校走过的不平凡历程📹,展望学校更加美好的未来😤。",
              "六十年来🧎🏻‍♂️‍➡️👳🏻‍♂️,一代又一代教职员工扎根山区🛀🏿,默默耕耘🙅‍♂️,为国家培养了数以万计的优秀人才👩🏼‍🚒。",
              "希望同学们珍惜韶华💅💀,刻苦学习🏄🏼,以优异的成绩回报母校和社会🦹‍♂️。"]
    out = clean_text("亲爱的老师们、同学们:\n" + "\n".join(salted) + "\n")
    assert _kept(out) and not any(ord(c) >= 0x1F000 for c in out)


def test_a_speechs_own_star_stays():
    line = "我校连续三年获评★★★级文明校园,达标率≥95%。"
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out


def test_a_lead_in_naming_the_address_as_演辞_goes_with_the_report():
    report = "行政长官某某表示,特区政府安排一系列庆祝活动,与市民分享国庆的喜悦。"
    lead = "以下是行政长官某某10月1日出席国庆烟花汇演的演辞:"
    out = clean_text(f"{report}\n{lead}\n各位市民:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "烟花汇演" not in out and "庆祝活动" not in out and _kept(out)


def test_one_triangle_caption_showing_an_act_goes():
    out = clean_text(f"▲商会会长某某致辞\n亲爱的老师们、同学们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "▲" not in out and _kept(out)


# round 76's families (learned after its measurement)

def test_a_report_quoting_the_speaker_above_a_welcome_lead_in_goes():
    """The report's lines quote the speaker in the first person 「…我们…」: the quote is not the report's voice."""
    report = ("由某论坛主办的年会今日在某地举行,前行政长官某某出席并致辞。\n"
              "某某在发言中表示,青年一代是争取富强的一代:「四十年前我们贫穷落后,今天我们必须继续艰苦奋斗。」")
    out = clean_text(f"{report}\n以下为欢迎词原文:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "年会今日" not in out and "欢迎词" not in out and "贫穷落后" not in out and _kept(out)


def test_a_report_line_in_the_speakers_voice_outside_quotes_stays():
    line = "今天我们在这里召开大会,我们必须继续艰苦奋斗。"
    out = clean_text(f"{line}\n以下为欢迎词原文:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert line in out


def test_a_reading_tip_goes():
    tip = "阅读小贴士:模板1共计881个字,预计阅读时长3分钟。朗读需要5分钟,中速"
    out = clean_text(f"亲爱的老师们、同学们:\n{tip}\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "贴士" not in out and _kept(out)


# round 77's families (learned after its measurement)

@pytest.mark.parametrize("chrome", ["88664 scaled", "img-2023-scaled", "市府举行任内最后一次市政会议。图:某某摄",
                                    "某某代表全体政务首长向市长总辞。图/某某 摄"])
def test_a_cms_image_name_and_a_caption_with_its_credit_go(chrome):
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n{chrome}\n{SECOND}\n{THIRD}\n")
    assert chrome[:5] not in out and _kept(out)


def test_a_sentence_about_scaled_work_stays():
    line = "这项工作已经scaled up,覆盖全县所有学校。"
    out = clean_text(f"亲爱的老师们、同学们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out
