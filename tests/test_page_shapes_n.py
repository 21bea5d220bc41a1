"""Session n: one grammar of wire datelines (news_chrome) instead of two near-twins, and the shapes it now reads:
an agency, a space and a place (某某网 某地5月2日电), a day without its month (北京6日电), a year, Chinese numerals,
Traditional characters.  Each case: the lead goes, the sentence stays.  Test strings are written here."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_text

BODY = "县委召开全县防汛工作会议,部署下一阶段工作。"


@pytest.mark.parametrize("lead", [
    "某新网 某地7月1日电(记者 王某)",       # a space between the agency and the place
    "某新网某地7月1日电",                    # glued to the sentence
    "某某社北京6日电",                       # a day without its month
    "某某网某地 3 月 18 日电 ",               # a converter's spaces
    "某某社某地2024年5月3日电:",              # a year
    "某某社某地三月十八日电 (记者 某某)",      # Chinese numerals
    "某某網某地5月3日電 ",                    # Traditional characters
    "据某某社电 ",                            # no date after 据
    "某某日报社某地5月3日电 ",                # a long agency name
])
def test_a_wire_dateline_goes_and_its_sentence_stays(lead):
    assert clean_text(lead + BODY) == BODY


@pytest.mark.parametrize("line", [
    "某某网6日电视直播了这次会议,全县干部收看。",
    "县融媒体中心和某某台5日电话连线了驻村干部。",
    "某某报道称3月5日电力抢修已经完成,全县恢复供电。",
    "我们5日电告各乡镇,要加强值班值守。",
])
def test_a_sentence_with_a_date_and_dian_stays(line):
    assert clean_text(line) == line


@pytest.mark.parametrize("lead", ["某某网某地消息:", "某国日报网环球在线消息:", "某声报某市消息:", "某某网消息 ", "某某云报道 "])
def test_a_sites_message_lead_goes(lead):
    assert clean_text(lead + BODY) == BODY


@pytest.mark.parametrize("line", ["据某某网消息:全县今年新建公厕12座。", "某某日报报道:我县连续三年获评文明县城。",
                                  "央视新闻报道:我县的经验在全省推广。"])
def test_a_quoted_report_stays(line):
    assert clean_text(line) == line


def test_one_pattern_names_a_placed_scene_for_both_caption_rules():
    from corpusmine.text import event_captions, lead_captions
    assert lead_captions.PLACED_SCENE is event_captions.PLACED_SCENE
    assert event_captions.PLACED_SCENE.match("某某县人大第二代表团审议现场") and event_captions.PLACED_SCENE.match("活动现场一角")
    assert not event_captions.PLACED_SCENE.match("要把工作做到现场。")
