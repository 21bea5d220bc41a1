"""text/lines.py: the shared line walkers give the lines the rules' own loops gave (doc_chrome, page_notes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusmine.text.lines import first_lines, iter_lines, lines_holding

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
