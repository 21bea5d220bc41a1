"""Session ah: families held-out rounds 134k-137k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.lines import flatten_lines
from page_shapes import audit_rules as _rules, clean_audited as _clean

GREETING = "各位嘉宾、各位宗亲:"
OPENING = "今天,我们怀着喜悦的心情欢聚一堂,共同庆祝宗亲会成立十周年。"
MIDDLE = "十年来,宗亲会积极开展敬老助学等公益活动,增进了宗亲之间的情谊。"
CLOSING = "最后,祝各位宗亲身体健康、阖家幸福!"


# --- a collection's title echoed between the salutation and the greeting (round 134k, flattened) ----------------------

def _collection(echo: str = "宗亲会致辞(精选19篇)") -> str:
    return (f"首页 > 致辞\n宗亲会致辞(精选19篇)\n{GREETING}\n{echo}\n大家好!\n{OPENING}\n{MIDDLE}\n{CLOSING}\n谢谢大家!\n")


@pytest.mark.parametrize("joiner", [" ", ""])
def test_a_collection_title_echoed_after_the_salutation_goes_on_a_flattened_page(joiner):
    doc = _clean(flatten_lines(_collection(), "lines", joiner))
    text = doc.text.replace(" ", "")
    assert f"{GREETING}大家好!" in text.replace("\n", "")
    assert all(s in text for s in (OPENING, MIDDLE, CLOSING))
    assert "collection_echo" in _rules(doc)


def test_a_collection_title_echoed_goes_when_the_page_came_in_lines():
    doc = _clean(_collection())
    assert "精选19篇" not in doc.text and "大家好!" in doc.text and OPENING in doc.text


def test_a_collection_title_glued_after_a_salutation_goes_without_a_title_above():
    doc = _clean(f"{GREETING}宗亲会致辞(精选19篇)大家好!{OPENING}{MIDDLE}{CLOSING}\n")
    assert "精选" not in doc.text and doc.text.startswith(GREETING) and "大家好!" in doc.text


def test_a_count_of_articles_inside_a_sentence_stays():
    raw = f"{GREETING}\n大家好!\n{OPENING}会刊共刊发乡贤文章(共19篇),深受好评。\n{CLOSING}\n"
    doc = _clean(raw)
    assert "乡贤文章(共19篇)" in doc.text
