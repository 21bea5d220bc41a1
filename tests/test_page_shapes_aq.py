"""Session aq: families held-out rounds 207k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ------------------------------------- a news report above the speech's title block, closed by an invitation (207k)

REPORT = ("9月1日上午,某某中学举行新学期开学典礼。现场,校长王某某作了题为《做有担当的新时代青年》的开学致辞。\n"
          "王校长从学校的百年历史讲起,回顾了几代师生的奋斗故事。\n"
          "让我们一同品读王校长的开学致辞,感受百年名校的精神。\n")


def test_a_report_above_a_title_block_and_a_salutation_goes():
    page = f"{REPORT}做有担当的新时代青年\n某某中学校长 王某某\n{BODY}"
    doc = _clean(page)
    assert "品读" not in doc.text and "回顾了几代师生" not in doc.text and "作了题为" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text
    assert "news_lead" in _rules(doc)


def test_the_speech_own_invitation_below_its_salutation_stays():
    page = f"做有担当的新时代青年\n{SALUTE}\n{OPENING}\n让我们一同品读先辈的家书,感受他们的精神。\n{MIDDLE}\n{CLOSING}"
    text = _clean(page).text
    assert "让我们一同品读先辈的家书" in text and OPENING in text


def test_a_first_person_line_above_the_title_block_keeps_the_head():
    page = (f"今天我们召开开学典礼,我代表学校讲三点意见。\n让我们一同品读校长的开学致辞。\n"
            f"做有担当的新时代青年\n某某中学校长 王某某\n{BODY}")
    text = _clean(page).text
    assert "我代表学校讲三点意见" in text
