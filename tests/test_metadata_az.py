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
