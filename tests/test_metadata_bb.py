"""Metadata shapes learned in session bb from held-out metadata rounds 283k-285k (strings written here)."""

from corpusmine.text.metadata import read_region


def test_a_new_campus_is_no_district():
    # 新校区 / 小学区 end in 区 like a district and name none (round 283k)
    assert read_region("今天我们在这里举行新校区启用仪式。新校区占地五百亩,是全校师生的新家园。")["region"] is None
    assert read_region("各位家长:本小学区内的孩子都可以就近入学。")["region"] is None


def test_a_mainland_towns_association_in_hong_kong_is_hong_kongs():
    text = "香港某某社团总会新春团拜会隆重举行。总会主席致辞,汕头市委常委出席。总会感谢香港各界的支持。"
    assert read_region(text)["region"] == "香港特别行政区"


def test_a_district_of_hong_kong_stays_with_it():
    text = "香港各界人士齐聚一堂。深水埗区委员会召开会议,我们感谢香港特区政府的支持。"
    assert read_region(text)["region"] in ("香港特别行政区", "香港特别行政区深水埗区")


def test_a_mainland_city_and_its_province_still_bind():
    r = read_region("前几天,内江市委召开推进大会。全省上下,四川省要求各地把城乡环境综合治理抓实。")
    assert r["region"] == "四川省内江市"


def test_a_dateline_the_page_head_rule_took_is_read_as_the_speechs_date():
    # a document site's head (VIP badge, size, page count) above a title in two lines and its dateline: the head rule
    # takes the dateline with the site's rows, and the year is still read from it (round 286k)
    from corpusmine.corpus.pages import front_matter_lines, speech_metadata
    from corpusmine.text.clean import clean_document
    page = ("在全市庆祝建党100周年表彰大会上的讲话\nVIP专免\n2023-12-07\n999+\n110.42KB\n28 页\n海报\n侵权投诉\n"
            "在全市庆祝建党 100 周年\n表彰大会上的讲话某某市委书记某某某\n(2021 年 6 月 28 日)\n同志们:\n"
            "今天,我们在这里隆重集会,热烈庆祝中国共产党成立100周年。\n全市各级党组织要锐意进取、接续奋斗。")
    doc = clean_document(page)
    m = speech_metadata(doc.text, doc.page_title or "", head=front_matter_lines(doc))
    assert m["year"] == 2021


def test_a_byline_glued_after_the_title_binds_its_city():
    r = read_region("同志们:\n全市上下要锐意进取。", title="表彰大会上的讲话酒泉市委书记某某某")
    assert r["region"] and r["region"].endswith("酒泉市")


import pytest  # noqa: E402

from corpusmine.text.speaker_role import read_speaker_role  # noqa: E402


@pytest.mark.parametrize("text,role", [
    # a desk's lead-in or a report naming the office that spoke (round 286k)
    ("以下为某某司司长某某某今日(一月十五日)在法律年度开启典礼的致辞全文:\n首席法官、各位嘉宾:", "司长"),
    ("【特讯】行政长官某某某昨日出席到任酒会。他致辞时表示,特区政府将继续加强沟通。", "行政长官"),
    ("某总统就职演说全文如下:\n各位友邦元首、各位贵宾:", "总统"),
    ("某某市长某某某因故将解除职务。市长某某某在15分钟的演说中宣布,不会接受任何职务。", "市长"),
])
def test_a_lead_naming_the_office_that_spoke(text, role):
    assert read_speaker_role(text)["speaker_role"] == role


@pytest.mark.parametrize("text", [
    "同志们:\n刚才市长在讲话中提出了要求,我完全同意。",
    "同志们:\n今天召开会议。市委书记的讲话中提出了要求,大家要认真落实。",
])
def test_an_office_recalled_by_the_speaker_is_not_the_speakers(text):
    assert read_speaker_role(text)["speaker_role"] is None
