"""Speaker roles of school and ceremony speeches (held-out metadata rounds 271k-272k, session az).

A kindergarten's head (园长), a class teacher (班主任, whose 主任 is no director's) and the representatives who speak
for a group (教师代表, 家长代表, 学生代表) are offices the text states; a festival or a meeting named after class
teachers (班主任节, 班主任工作会议) names no speaker.
"""

import pytest

from corpusmine.text.speaker_role import read_speaker_role

OPENING = "老师们、同学们:\n新的学期开始了。"


@pytest.mark.parametrize("title,role", [
    ("幼儿园园长开学典礼讲话稿", "园长"),
    ("春季开学典礼教师代表发言稿", "教师代表"),
    ("初三家长会家长代表发言稿", "家长代表"),
    ("初三班主任家长会发言稿", "班主任"),
    ("2025年班主任节校长致辞", "校长"),
    ("班主任节国旗下讲话稿", None),
    ("在全校班主任工作会议上的讲话", None),
    ("在市教育局办公室主任会议上的讲话", None),
])
def test_school_roles_from_the_title(title, role):
    assert read_speaker_role(OPENING, title=title)["speaker_role"] == role


def test_a_representative_stated_in_the_opening():
    text = "尊敬的各位老师、亲爱的同学们:\n大家好!我作为毕业生代表,在这里发言,心情十分激动。"
    assert read_speaker_role(text)["speaker_role"] == "毕业生代表"


def test_a_director_is_still_read():
    assert read_speaker_role(OPENING, title="县教育局主任在开学工作会议上的讲话")["speaker_role"] == "县教育局主任"
    assert read_speaker_role(OPENING, title="县委办公室主任在全县督查工作会议上的讲话")["speaker_role"] == "县委办公室主任"


@pytest.mark.parametrize("text,role", [
    ("亲爱的同学们:\n请允许我代表全体毕业生向老师们表示衷心的感谢!", "毕业生代表"),
    ("尊敬的各位领导、老师:\n大家好!首先,请允许我代表全体老师向毕业的同学们表示热烈的祝贺!", "教师代表"),
    ("尊敬的老师们:\n在此,请允许我代表全体高三学生家长,对同学们表示热烈的祝贺!", "家长代表"),
    # a head of school speaking for the school or its staff, to a group, names no representative
    ("同志们:\n首先,我代表学校向受到表彰的学生表示热烈的祝贺!", None),
    ("各位家长:\n我代表幼儿园对各位家长表示感谢!", None),
    ("老师们、同学们:\n我代表全体教职员工欢迎新同学的到来!", None),
])
def test_a_speaker_for_a_group_in_the_opening(text, role):
    assert read_speaker_role(text)["speaker_role"] == role


def test_a_quantifier_before_a_level_names_no_place():
    # round 275k: 不少市县 read as a city named 不少, 河北省部分地区 as a region ending in 部分地区
    from corpusmine.text.metadata import read_region
    assert read_region("同志们:\n今年以来,不少市县发生了食品安全事件,教训深刻。")["region"] is None
    assert read_region("同志们:\n去年,河北省部分地区遭受严重洪涝灾害。")["region"] == "河北省"
