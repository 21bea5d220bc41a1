"""Whole-page patterns found near their anchors (corpusmine.text.anchors) match exactly as ``re`` scans them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusmine.text import page_notes  # noqa: F401  (registers its pattern)
from corpusmine.text.anchors import ANCHORED, back_over, bracket_then_back, finditer_near, rare
from corpusmine.text.guards import finditer

#: Pieces of the registered patterns and the text around them: anchors, what may stand before them, digits,
#: brackets, line breaks, sentence ends and ordinary Chinese.
PIECES = ["省略", "隐藏", "会员可", "会员", "VIP", "登录后", "付费后", "购买后", "编号", "文档", "文章", "资料", "查看",
          "阅读", "全文", "可见", "免费", "完整阅读", "此处", "以下", "后面", "剩余", "已", "个", "字", "80", "3", "12345",
          "123456", "(", ")", "（", "）", "【", "】", "[", "]", "...", "…", "……", ".", " ", "\t", "\u3000", "\n", "\n\n",
          "-", "—", "--", "?", "？", "\ufffd", "。", "！", "”", ":", "：", "①", "②", "⑳", "9", "同志们", "要抓好落实",
          "某某网", "https://a.cn", "第", "页", "共", "王某", "李四", "张", "记者", "通讯员", "本报", "作者", "摄", "摄影",
          "供图", "编辑", "责编", "责任编辑", "信息港", "新闻网", "资讯网", "abc", "县委办", "、", "?", "!"]


def _spans(it):
    return [(m.span(), m.group()) for m in it]


@pytest.mark.parametrize("pattern", list(ANCHORED), ids=lambda p: p.pattern[:30])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(PIECES), max_size=40))
def test_a_registered_pattern_finds_what_re_finds(pattern, parts):
    text = "".join(parts)
    assert _spans(finditer(pattern, text)) == _spans(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab-—( )（）\n.…省略x", max_size=60))
def test_windows_of_both_shapes_give_the_matches_of_a_scan(text):
    line = re.compile(r"^[ \t]*[-—]\s*[ab]{1,3}\s*[-—]", re.M)
    assert _spans(finditer_near(line, text, ("-", "—"), back_over(" \t"))) == _spans(line.finditer(text))
    note = re.compile(r"[.…]*\s*[(（][^()（）\n]{0,5}?省略[^()（）\n]{0,3}?[)）]")
    got = finditer_near(note, text, ("省略",), bracket_then_back(".…", span=5))
    assert _spans(got) == _spans(note.finditer(text))


def test_an_edition_code_and_a_paywall_note_go_as_before():
    from corpusmine.text.patterns import PAYWALL_NOTE

    text = "要抓好落实。\u3000②9\n……(某某网 省略80字,会员可完整阅读)……\n同志们:①要抓好"
    code = next(p for p in ANCHORED if "2460" in p.pattern)
    assert _spans(finditer(code, text)) == _spans(code.finditer(text)) == [((6, 9), "\u3000②9")]
    assert [m.group() for m in finditer(PAYWALL_NOTE, text)] == ["……(某某网 省略80字,会员可完整阅读)……"]


def test_rare_is_the_exact_count_on_a_short_text_and_a_sample_on_a_long_one():
    assert rare("要抓好落实。" * 100, "x") and not rare("xx年" * 100, "x")
    long = "要抓好落实。" * 200_000
    assert rare(long, "x") and not rare(long, "。")


@settings(max_examples=25, deadline=None)
@given(pieces=st.lists(st.sampled_from(["要抓好落实。", "\n", "图]", "[图", "同志们", "视频）", "责编", "]", "编", "a"]),
                       min_size=1, max_size=12),
       literal=st.sampled_from(["图]", "视频）", "责编", "同志们", "]", "编a", "落实。\n", "xyz"]))
def test_finder_finds_a_literal_where_str_find_does(pieces, literal):
    from corpusmine.text.anchors import finder
    from corpusmine.text.lines import lines_holding

    text = "".join(pieces) * (300_000 // len("".join(pieces)) + 1)       # long enough to be sampled
    find = finder(text, literal)
    for pos in (0, 1, 7, len(text) // 2, len(text) - 3, len(text)):
        assert find(pos) == text.find(literal, pos)
    if "\n" in literal:
        return                      # lines_holding's literals hold no line break
    want = []
    for line_start, line in zip([0] + [i + 1 for i, c in enumerate(text) if c == "\n"], text.split("\n")):
        if literal in line or "]" in line:
            want.append(line_start)
    assert [s for s, _e, _l in lines_holding(text, (literal, "]"))] == want
