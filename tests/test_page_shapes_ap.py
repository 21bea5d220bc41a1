"""Session ap: families held-out rounds 201k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ---------------------------------------------------------------- an editor's blurb broken at its links (round 201k)

def test_an_editor_blurb_broken_into_lines_at_its_links_goes_whole():
    page = ("消防演练讲话(精选8篇)\n\n消防演练讲话篇一\n\n消防演练是安全工作中的重要环节,是学校不断完善。\n\n应急预案。\n\n"
            f"的重要途径。下面是小编给大家整理的消防演练讲话,供大家参考。\n\n{BODY}")
    doc = _clean(page)
    assert "不断完善" not in doc.text and "应急预案" not in doc.text and "小编" not in doc.text
    for sentence in SPEECH:
        assert sentence in doc.text
    assert "editor_blurb" in _rules(doc)


def test_a_speech_line_opening_with_de_que_is_not_a_broken_blurb():
    page = (f"{SALUTE}\n今天的会议很重要,大家要认真。\n的确,这次会议是下面小编整理会上要求。\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "今天的会议很重要,大家要认真。" in text


# ---------------------------------------------------------------- a site's address cut short in brackets (round 201k)

def test_a_site_name_with_its_address_cut_short_goes():
    for tail in ("……(某某文秘网htt", "……(某某公文网www.ab", "(某某范文网http://www.ab"):
        doc = _clean(f"{BODY}\n{tail}")
        assert "文秘网" not in doc.text and "公文网" not in doc.text and "范文网" not in doc.text, tail
        assert CLOSING in doc.text
        assert "site_url_line" in _rules(doc)


def test_a_numbered_heading_naming_a_network_stays():
    page = f"{SALUTE}\n{OPENING}\n(二)建好用好政务网\n{MIDDLE}\n{CLOSING}"
    assert "(二)建好用好政务网" in _clean(page).text
