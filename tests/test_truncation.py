"""One meaning of a truncation notice: the page verdict (truncation) and the notices (find_truncations) agree."""

from __future__ import annotations

import pytest

from corpusmine.text import chrome_rules, speeches
from corpusmine.text.clean import clean_document
from corpusmine.text.speeches import speeches_of
from corpusmine.text.truncation import Truncation, TruncationNotice, find_truncations, truncation

SPEECH = "同志们:\n今天召开全县人居环境整治推进会,要抓好垃圾分类和污水治理。"


def test_old_import_places_give_the_same_objects():
    assert chrome_rules.Truncation is Truncation and chrome_rules.truncation is truncation
    assert speeches.TruncationNotice is TruncationNotice and speeches.find_truncations is find_truncations


def test_find_truncations_returns_notices_and_truncation_a_verdict():
    notices = find_truncations(SPEECH + "(未完,全文共5000字,当前仅显示1200字)")
    assert [type(t) for t in notices] == [TruncationNotice]
    assert (notices[0].chars_total, notices[0].chars_shown, notices[0].chars_missing) == (5000, 1200, 3800)
    verdict = truncation(SPEECH + "(未完,全文共5000字,当前仅显示1200字)")
    assert isinstance(verdict, Truncation) and (verdict.chars_total, verdict.chars_shown) == (5000, 1200)


@pytest.mark.parametrize("notice", ["此处已隐藏1500字,下载后查看全文", "剩余8页未读,继续阅读请下载", "已省略300字,会员可完整阅读"])
def test_a_raw_page_is_truncated_by_every_notice_find_truncations_knows(notice):
    """Regression: truncation(raw) searched only the cleaner's pattern and called these pages complete."""
    assert find_truncations(f"{SPEECH}\n{notice}")
    assert truncation(f"{SPEECH}\n{notice}").truncated


def test_the_verdict_and_the_speech_read_the_same_counts():
    for notice in ("(未完,全文共6606字,当前仅显示2320字)", "仅展示665字,全文共3348字", "(未完,全文共4000字,當前僅顯示900字)"):
        doc = clean_document(f"{SPEECH}……\n{notice}")
        verdict, speech = truncation(doc), speeches_of(doc)[-1]
        assert verdict.truncated and speech.truncated
        assert (verdict.chars_total, verdict.chars_shown) == (speech.chars_total, speech.chars_shown)
        assert verdict.chars_total is not None and verdict.chars_missing == speech.chars_missing


def test_words_of_a_speech_are_no_notice():
    page = "同志们:\n这项工作未完成的,要限期整改。\n这份材料共有12页,请会后认真阅读。"
    assert truncation(page) == Truncation(False, None, None, [])
    assert truncation(clean_document(page)).truncated is False


def test_a_traditional_notice_states_its_counts_to_the_speech():
    """Regression: find_truncations read 當前僅顯示900字 as no count, so the speech lost chars_shown."""
    t = find_truncations(SPEECH + "(未完,全文共4000字,當前僅顯示900字)")[0]
    assert (t.chars_total, t.chars_shown, t.chars_missing) == (4000, 900, 3100)
    assert t.notice == "(未完,全文共4000字,當前僅顯示900字)"     # the notice as written
