"""Session ax: metadata families held-out metadata rounds 259k-263k showed, written as shapes (strings written here)."""

from __future__ import annotations

from corpusmine.text.metadata import read_region
from corpusmine.text.speaker_role import read_speaker_role


def test_a_district_secretary_under_his_city_keeps_the_district_office():
    role = read_speaker_role("中共某州市某进区委书记 张某\n某州市某进区人民政府区长 李某\n日月其迈,岁律更新。")
    assert role["speaker_role"] == "区委书记"


def test_a_city_secretary_s_office_is_still_read_whole():
    assert read_speaker_role("市委常委、宣传部部长 张某\n同志们:")["speaker_role"].endswith("部长")
    assert read_speaker_role("镇党委书记 张某\n同志们:")["speaker_role"] == "镇党委书记"


def test_a_sequence_word_before_a_town_body_is_no_town():
    text = "会上,各村汇报了工作。最后镇人大主席某某进行总结,一是强保障,二是优服务。"
    assert read_region(text)["region"] is None


def test_a_verb_before_a_city_body_is_no_city():
    text = "特别是某某主任到任以来,带领市人大坚决推动中央决策部署落地。全市上下要团结一心。"
    assert read_region(text, level="city")["region"] is None


def test_a_kind_of_zone_named_in_a_sentence_is_no_region():
    text = "我自出生就打上开发区的烙印。我们开发区召开大会,和每一个开发区人一样,见证着开发区的繁荣。"
    assert read_region(text)["region"] is None


def test_a_named_town_body_still_gives_the_town():
    text = "今天,李庄镇党委召开乡贤座谈会。镇党委书记作了讲话。"
    assert read_region(text)["region"] == "李庄镇"
