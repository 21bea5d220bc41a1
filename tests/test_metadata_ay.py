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
