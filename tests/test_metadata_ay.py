"""Session ay: metadata families held-out round 266k showed, written as shapes (strings written here)."""

from __future__ import annotations

from corpusmine.text.metadata import read_year
from corpusmine.text.speaker_role import read_speaker_role


def test_an_event_named_with_its_year_where_the_speaker_stands_gives_the_year():
    r = read_year("各位来宾:\n热烈欢迎大家拨冗出席2024科创领军者交流大会,共同探讨创新发展。")
    assert r["year"] == 2024 and r["year_evidence"][0]["source"] == "self_date"


def test_a_class_s_year_or_a_past_event_gives_no_year():
    assert read_year("同学们:\n今天举行2020级学生毕业典礼。")["year"] is None
    assert read_year("同志们:\n去年我们总结了2019运动会的经验。")["year"] is None


def test_a_report_s_lead_naming_the_secretary_who_reviews_in_turn_gives_the_role():
    lead = ("1月23日上午,平安县召开2024年度党建工作总结会议。\n"
            "县委书记张明依次对各乡镇党委书记述职情况进行总结点评。并就2025年工作做出详细部署:")
    assert read_speaker_role(lead)["speaker_role"] == "县委书记"


def test_a_verb_before_a_city_body_is_no_place():
    from corpusmine.text.metadata import read_metadata
    text = "同志们:\n政协组织大有可为。建议市政协持续将此项工作作为重点。今天,我们举办市委常委会专题学习会。"
    assert read_metadata(text).get("region") in (None, "")


def test_a_title_glued_before_the_salutation_gives_the_speaker_s_office():
    text = "2025年秋季开学第一次全体教师大会,校长讲话:在时光深处,为教育留一盏灯!各位老师:\n今天是开学前的第一次正式大会。"
    assert read_speaker_role(text)["speaker_role"] == "校长"
    from corpusmine.text.metadata_spans import head_lines
    assert head_lines("今天我们召开会议,各位同志:\n要落实。") == []      # prose before a salutation is no title


def test_a_report_s_lead_naming_the_year_of_the_meeting_it_holds_gives_the_year():
    lead = ("为推动全县民政工作高质量发展。3月29日上午,平安县召开2024年全县民政工作会议,县政府副县长出席会议并讲话。\n"
            "副县长在讲话中指出,过去的一年,全县民政工作亮点突出。")
    r = read_year(lead)
    assert r["year"] == 2024 and r["year_evidence"][0]["source"] == "lead_date"


def test_a_speaker_recalling_a_meeting_gives_no_year_from_it():
    assert read_year("同志们:\n3月29日,我们召开2023年全县民政工作会议,部署了工作。")["year"] is None


def test_the_year_just_past_called_a_landmark_gives_the_next_year():
    r = read_year("同志们:\n刚刚过去的2023年是全面贯彻党的二十大精神的开局之年。今年我们要再接再厉。")
    assert r["year"] == 2024
    assert read_year("同志们:\n2023年是全面贯彻党的二十大精神的开局之年。")["year"] == 2023
