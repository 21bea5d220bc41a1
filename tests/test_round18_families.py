"""Families of chrome seen in held-out round 18 and the two speech lines it lost, each with short strings
written for the test (never page text): a report's last sentence without a full stop, nested quotes in
ASCII apostrophes."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.page_edges import reads_as_sentence

REPORT = ("6月5日,某某街道召开垃圾分类工作推进会。\n"
          "街道党工委书记某某回顾了近年来开展垃圾分类工作的历程,要求各社区扎实做好分类工作。\n")


# --- the speech's last sentence written without a full stop (page_edges tail) -----------------------------
@pytest.mark.parametrize("last", [
    "会议还对全街道下一阶段的垃圾分类工作作了具体部署",
    "会上,某某同志对做好今年的防汛工作提出了明确要求",
    "我们要把垃圾分类这件好事办好办实",
])
def test_a_last_sentence_without_a_full_stop_stays_and_the_footer_below_it_goes(last):
    raw = REPORT + last + "\n\n友情链接\n某某集团版权所有\n微信加关注\n"
    doc = clean_document(raw)
    assert last in doc.text
    assert "友情链接" not in doc.text and "微信加关注" not in doc.text
    assert reconstruct(doc.text, doc.audit) == raw


def test_only_the_line_right_below_the_last_sentence_is_read_as_one():
    # a related title further down is still chrome, though it names a meeting
    raw = REPORT + "会议还对下一步工作作了具体部署\n相关新闻\n某镇召开禁毒工作会议\n"
    out = clean_text(raw)
    assert "会议还对下一步工作作了具体部署" in out
    assert "相关新闻" not in out and "某镇召开禁毒工作会议" not in out


@pytest.mark.parametrize("line", [
    "在全市禁毒工作大会上的讲话",          # a title
    "某县召开乡村振兴工作推进会",          # a headline without a clause
    "我们的客服会为你解答吗?",             # a question to the reader
    "我们全力推进卫生城市创建 .. News ↓",  # a cut line with a widget glued to it
    "网友评论",
])
def test_what_does_not_read_as_a_sentence(line):
    assert not reads_as_sentence(line)


# --- nested quotes in ASCII apostrophes are punctuation, a lone apostrophe is an anti-copy mark --------------
def test_a_balanced_pair_of_apostrophes_around_a_short_phrase_stays():
    raw = ("同志们:\n某某同志强调,“要迅速掀起'比学赶超'的热潮,向先进典型看齐。”\n"
           "我们要以'三个一'为抓手,推动工作落实。\n")
    out = clean_text(raw)
    assert "掀起'比学赶超'的热潮" in out and "以'三个一'为抓手" in out


def test_a_lone_apostrophe_between_characters_still_goes():
    raw = "同志们:\n向广大教师致以节日的'祝贺和崇高的敬意。\n要营造全社会尊师重教的'良好氛围。\n"
    out = clean_text(raw)
    assert "节日的祝贺和崇高的敬意。" in out and "尊师重教的良好氛围。" in out
    assert "'" not in out
