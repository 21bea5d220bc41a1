"""text/lines.py: the shared line walkers give the lines the rules' own loops gave (doc_chrome, page_notes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusmine.text import county_chrome, media_chrome, stray_chrome
from corpusmine.text.lines import finditer_on_lines, first_lines, iter_lines, lines_holding

PIECES = ["共", "第1页", "篇", "讯", "摄", "本文", "|", "｜", "同志们:", "要抓好落实。", " ", "\u3000", "\n", "\n\n", "图]", "记者"]
NEEDLES = [("共",), ("本文", "本篇文章"), ("|", "｜"), ("摄", "文/图", "供图"), ("图]", "图】", "视频]"), ("记者", "讯")]


def lines_with_by_sets(view: str, needles) -> list[tuple[int, int, str]]:
    """The loop doc_chrome and page_notes each had: every occurrence of every needle, its line start, sorted."""
    starts = set()
    for needle in needles:
        i = view.find(needle)
        while i >= 0:
            starts.add(view.rfind("\n", 0, i) + 1)
            i = view.find(needle, i + len(needle))
    out = []
    for s in sorted(starts):
        e = view.find("\n", s)
        e = len(view) if e < 0 else e
        out.append((s, e, view[s:e]))
    return out


def head_by_loop(view: str, n: int) -> list[tuple[int, int, str]]:
    """The head loop of toc_lines, snippet_lines and summary_lines."""
    heads, pos = [], 0
    while len(heads) < n and pos < len(view):
        e = view.find("\n", pos)
        e = len(view) if e < 0 else e
        if view[pos:e].strip():
            heads.append((pos, e, view[pos:e]))
        pos = e + 1
    return heads


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(NEEDLES))
def test_lines_holding_gives_the_lines_the_needles_are_on(parts, needles):
    view = "".join(parts)
    assert list(lines_holding(view, needles)) == lines_with_by_sets(view, needles)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(0, 8))
def test_first_lines_are_the_first_non_blank_lines(parts, n):
    view = "".join(parts)
    assert list(first_lines(view, n)) == head_by_loop(view, n)
    assert list(first_lines(view, n)) == [x for x in iter_lines(view) if x[2].strip()][:n]


def test_a_line_holding_a_needle_many_times_is_given_once():
    page = "第1页共3页 共计 共\n同志们:\n要抓好落实。共"
    assert [line for _, _, line in lines_holding(page, ("共", "页"))] == ["第1页共3页 共计 共", "要抓好落实。共"]
    assert list(lines_holding(page, ())) == []


#: Pieces of the patterns tried on the lines holding their words, and the text around them.
_PIECES = ["更多", "...", ">>", "·", "返回列表", "打印本页", "2023年5月6日", "(", ")", "（", "）", "[复制链接]", "第3张图片",
           "幅图片", "新华社记者", "王某某", "摄", "某某网讯", "论坛讯", "2019年11月5日", "来源:", "作者:", "日期:", "点击数:",
           "阅读", "12", "2021-09-27", "10:20", "[", "]", "【", "】", "。", "！", "”", " ", "\t", "\u3000", "\n", "\n\n",
           "要抓好落实", "同志们", "某县召开推进会", "abc"]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=40))
def test_patterns_tried_on_the_lines_holding_their_words_find_what_re_finds(parts):
    text = "".join(parts)
    routed = [(p, words) for p, words in media_chrome._HOLDS.items()] + [
        (stray_chrome._PICTURE_NO, ("张图片", "幅图片")), (stray_chrome._PHOTO_CREDIT, ("记者",)),
        (stray_chrome._DATELINE, ("论坛讯", "网讯", "报讯", "台讯")),
        (county_chrome._TOKEN_RUN, county_chrome._LABEL_WORDS)]
    for pattern, words in routed:
        got = [m.span() for m in finditer_on_lines(pattern, text, words)]
        want = [m.span() for m in pattern.finditer(text)]
        if pattern is county_chrome._TOKEN_RUN:        # only the runs holding a label are used
            want = [s for s in want if county_chrome._LABEL.search(text, *s)]
            got = [s for s in got if county_chrome._LABEL.search(text, *s)]
        assert got == want, pattern.pattern[:40]
