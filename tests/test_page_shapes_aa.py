"""Session aa: families left by held-out rounds 85k-96 (learned after their measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_text
from corpusmine.text.page_edges import is_anchor_line


# --- a flattened page: the speech's opening lines are no page head -------------------------------------------------

@pytest.mark.parametrize("line", ["同学们,老师们、家长们:", "各位来宾、各位家长们:", "大家好!", "大家上午好！", "同志们晚上好!"])
def test_a_salutation_or_a_greeting_alone_on_its_line_anchors_the_speech(line):
    assert is_anchor_line(line)


@pytest.mark.parametrize("line", ["我们:", "首页 > 同学们", "家长们", "大家好吗"])
def test_a_pronoun_a_crumb_or_a_question_anchors_nothing(line):
    assert not is_anchor_line(line)


def test_a_sentence_broken_at_its_typeset_numbers_below_the_greeting_stays_whole():
    # round 85k: a flattened page, the speech's first sentence with a placeholder year and counts between spaces
    page = ("某某学院校长在毕业典礼上的讲话 1 老师们、家长们,同学们: 大家好! 今天,我们在这里隆重举行毕业典礼,庆祝 20xx "
            "届的 2318 名本科生、96名专科生、415 名硕士生顺利完成学业。 首先,我代表学校向同学们表示热烈的祝贺!")
    out = clean_text(page)
    assert "庆祝〔某〕届的2318名本科生、96名专科生、415名硕士生顺利完成学业。" in out
    assert "首先,我代表学校向同学们表示热烈的祝贺!" in out


def test_a_count_of_people_after_a_list_comma_keeps_its_unit_on_the_line():
    page = "某某网 首页 新闻 同志们: 今天全镇12个村、3614 名党员参加了活动。 要抓好落实,确保取得实效。 谢谢大家!"
    out = clean_text(page)
    assert "今天全镇12个村、3614名党员参加了活动。" in out
