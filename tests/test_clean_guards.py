"""The first-character guards of the cleaner's patterns (issue 11.7): a guarded pattern finds exactly
what the pattern as written finds, on the shipped pages, on strings made of the pattern's own
characters, and for random alternations; patterns the guard cannot bound are left as written.
Functional tests only: benchmarks/bench_clean.py measures the time."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusmine.text import patterns as P
from corpusmine.text.guards import first_char_guard
from corpusmine.text.patterns import UNGUARDED

GUARDED = sorted(name for name, plain in UNGUARDED.items() if getattr(P, name) is not plain)


def _all(p: re.Pattern, s: str):
    """Everything a rule can ask of a pattern: search, match, fullmatch and every match, with groups."""
    def m(x):
        return None if x is None else (x.span(), x.groups(), x.groupdict())
    return (
        m(p.search(s)), m(p.match(s)), m(p.fullmatch(s)), m(p.search(s, 1)),
        [(x.span(), x.groups()) for x in p.finditer(s)],
    )


def test_the_slow_alternations_are_guarded_and_keep_their_groups():
    for name in ("TRUNCATION", "MEMBERSHIP", "FOOTER_LINK", "META_EXTRA"):
        assert name in GUARDED
    for name in GUARDED:
        g, plain = getattr(P, name), UNGUARDED[name]
        assert (g.flags, g.groups, g.groupindex) == (plain.flags, plain.groups, plain.groupindex)
        assert g.pattern.startswith("(?:^|(?=[")
    # patterns re already scans fast are left as written (a literal start, a set of literals)
    assert P.PDF_FOOTER is UNGUARDED["PDF_FOOTER"] and P.TITLE_LIKE is UNGUARDED["TITLE_LIKE"]
    assert P.SALUTATION.pattern in P.SALUTATION_LINE.pattern      # built into other patterns: kept as written


def test_guarded_patterns_find_the_same_on_the_shipped_pages(shipped_lines):
    lines = shipped_lines
    text = "\n".join(lines[:3000])
    for name in GUARDED:
        g, plain = getattr(P, name), UNGUARDED[name]
        assert [_all(g, line) for line in lines] == [_all(plain, line) for line in lines], name
        assert _all(g, text) == _all(plain, text), name


def _alphabet(pattern: re.Pattern) -> list[str]:
    chars = sorted({c for c in pattern.pattern if not c.isascii() or c.isalnum()} | set(" \t\u3000\n:：,，。!0129xV"))
    return chars + [c.swapcase() for c in chars if c.swapcase() != c]


@pytest.mark.parametrize("name", GUARDED)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_guarded_pattern_equals_the_written_one_on_its_own_characters(name, data):
    g, plain = getattr(P, name), UNGUARDED[name]
    words = re.findall(r"[^\x00-\x7f|()?*+\[\]{}\\^$]+", plain.pattern)       # the pattern's literal runs
    piece = st.one_of(st.sampled_from(_alphabet(plain)), st.sampled_from(words or ["。"]))
    s = "".join(data.draw(st.lists(piece, max_size=12)))
    assert _all(g, s) == _all(plain, s)


def test_the_guard_reads_its_characters_from_the_pattern():
    p = first_char_guard(re.compile(r"(?:免费|立即)?下载|(?:开通|加入)会员|[(（]?\s*未完|^\s*预览$|\d+次"))
    assert p.pattern.startswith("(?:^|(?=[免立下开加\\(（\\s未\\d]))")
    assert p.search("全文预览") is None and p.search("预览").span() == (0, 2)      # ^ only at the start
    assert p.search("共 未完").span() == (1, 4) and p.search("阅读3次").group() == "3次"
    # a branch added later is covered without anyone writing its first character
    q = first_char_guard(re.compile(p.pattern[p.pattern.index("(?:", 3):] + "|新增横幅"))
    assert q.search("这是新增横幅").span() == (2, 6)


@pytest.mark.parametrize("source, flags", [
    (r"(?:a|b)?", 0),                       # can match the empty string
    (r"(?:.|x)y|(?:b|c)d|(?:e|f)g|(?:h|i)j", 0),   # any character may start a match
    (r"(?:[^。]|x)y|(?:b|c)d|(?:e|f)g|(?:h|i)j", 0),
    (r"(?:^x|a)b|(?:c|d)e|(?:f|g)h|(?:i|j)k", re.M),   # a line start under re.M
    (r"(?i:ab|cd)e|(?:f|g)h|(?:i|j)k|(?:l|m)n", 0),    # scoped flags
    (r"(\w)\1|(?:a|b)c|(?:d|e)f|(?:g|h)i", 0),         # \w rejects almost nothing
    (r"第\d+页", 0),
    (r"讲话|发言|致辞", 0),
])
def test_patterns_without_a_useful_guard_are_left_as_written(source, flags):
    p = re.compile(source, flags)
    assert first_char_guard(p) is p


FRAGMENTS = [
    "下载", "(?:免费|立即)?下载", r"\s*未完", r"[(（]?\s*全文", r"^\s*预览", r"\d+次", r"(?<=[会员])(?:x|y)", "(?:会员)*开通",
    "a?b", "(?=x)xy", "(?!y)[yz]", r"\bab", r"(?:^|c)d", "[^。]{0,2}完", r"V[Ii]P", r"(?:e|f)$", "(?P<n>[0-9])页",
    "(?:登录|注册){1,2}", r"\s+", "(?>ab|a)c", "x*?y",
]


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), min_size=3, max_size=7),
    nest=st.booleans(),
    flags=st.sampled_from([0, re.I, re.M, re.I | re.M]),
    texts=st.lists(st.text(alphabet="下载免费立即未完全文预览0123次会员开通abxyzcdef完VIiP页登录注册。 \n\t", max_size=20), max_size=5),
)
def test_random_alternations_match_the_same_with_and_without_the_guard(parts, nest, flags, texts):
    source = "|".join(f"(?:{p})" if nest and i % 2 else p for i, p in enumerate(parts))
    try:
        plain = re.compile(source, flags)
    except re.error:                        # e.g. the same group name twice
        return
    g = first_char_guard(plain)
    for s in texts:
        assert _all(g, s) == _all(plain, s), (g.pattern, s)


# --- whole-page patterns that open with the character they match (re scans for it in C) ----------
CJK, PUNCT = P.CJK, P.CJK_PUNCT
#: The forms before the rewrite, as the reference.
WRITTEN_BEFORE = {
    "placeholder_year": (P.PLACEHOLDERS[1][1], re.compile(r"(?=[12])(?<![A-Za-z0-9])(?:19|20)[xX×]{2}(?![A-Za-z])")),
    "placeholder_xx": (P.PLACEHOLDERS[2][1], re.compile(r"(?=[xX])(?<![A-Za-z])[xX]{2,}(?![A-Za-z])")),
    "placeholder_x": (P.PLACEHOLDERS[3][1], re.compile(
        rf"(?=[xX])(?<=[{CJK}{PUNCT}\s\"“《(（])[xX](?=[{CJK}{PUNCT}\s\"”》)）])")),
    "placeholder_marks": (P.PLACEHOLDERS[5][1], re.compile(r"(?=[*×○□△■])(?:\*{2,}|×{2,}|[○□△■]{2,})")),
    "placeholder_times": (P.PLACEHOLDERS[6][1], re.compile(r"(?=×)(?<![0-9])×(?![0-9])")),
    "STRAY_SPACE": (P.STRAY_SPACE, re.compile(
        rf"(?=[ \t\u3000\u00a0])(?:(?<=[{CJK}{PUNCT}0-9,.;:!?、])[ \t\u3000\u00a0]+(?=[{CJK}{PUNCT}、])|"
        rf"(?<=[{CJK}{PUNCT}、])[ \t\u3000\u00a0]+(?=[0-9A-Za-z“]))")),
    "PARA_SPACES": (P.PARA_SPACES, re.compile(r"(?=[ \t\u3000\u00a0])(?<=\S)[ \t\u3000\u00a0]{2,}(?=\S)")),
    "PINYIN": (P.PINYIN, re.compile(
        rf"(?=[(（])(?<=[{CJK}])[(（](?=[a-zü{P.PINYIN_VOWEL}]*[{P.PINYIN_VOWEL}1-5])"
        rf"[bpmfdtnlgkhjqxzcsryw]?h?[aeiouüv{P.PINYIN_VOWEL}]{{1,3}}(?:ng|n|r)?[1-5]?[)）]")),
    "PINYIN_TONELESS": (P.PINYIN_TONELESS, re.compile(
        rf"(?<=[{CJK}])[(（][bpmfdtnlgkhjqxzcsryw]?h?[aeiouüv]{{1,3}}(?:ng|n|r)?[)）]")),
}
PAGE_ALPHABET = "12 09xX×*○□△■aAZ3\t\u3000\u00a0\n,.、“”《》(（)）召开年会议中办发〔〕。:xuǎnǐdeng的明"


@pytest.mark.parametrize("name", sorted(WRITTEN_BEFORE))
def test_rewritten_page_patterns_find_what_they_found_before(name, shipped_lines):
    new, old = WRITTEN_BEFORE[name]

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet=PAGE_ALPHABET, max_size=30))
    def same(s):
        assert [(m.span(), m.group()) for m in new.finditer(s)] == [(m.span(), m.group()) for m in old.finditer(s)]

    same()
    text = "\n".join(shipped_lines)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    for s in ("今天召开20xx年会议", "中办发〔20XX〕22号", "xx县xX乡", "boxx", "19xxA", "××同志", "3×4", "①×", "**号",
              "牛皮癣(xuǎn)广告", "的(de)", "x县", "同志们  要抓好", "抓好 落实", "GDP 增长", "要 ２０２３"):
        assert [m.span() for m in new.finditer(s)] == [m.span() for m in old.finditer(s)], s


# --- counting without a string per character ------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("城鄉環境乡村振兴GDPabcЖя5%,。 \n\t") + ["\ufa6e", "\ufaff", "\u4dbf", "\u9fff", "é", "²"]),
               max_size=60))
def test_cjk_counts_equal_the_per_character_counts(text):
    from corpusmine.text.script import cjk_counts

    assert cjk_counts(text) == (len(P.RE_CJK.findall(text)), sum(ch.isalpha() for ch in text))


def test_cjk_counts_across_pieces(monkeypatch):
    from corpusmine.text import script

    text = "全县GDP增长5%,城鄉環境綜合整治\ufa6e。" * 7
    expected = (len(P.RE_CJK.findall(text)), sum(ch.isalpha() for ch in text))
    monkeypatch.setattr(script, "_COUNT_CHUNK", 5)
    assert script.cjk_counts(text) == expected
    assert script.traditional_share(text) == pytest.approx(sum(c in "鄉環綜" for c in text) / expected[0])


# --- finditer from the occurrences of a pattern's first characters (cleanspeed3) ---------------------
def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_finditer_finds_what_re_finds_on_the_shipped_pages(shipped_lines):
    from corpusmine.text.guards import _finditer_at, finditer, start_chars

    page = "\n".join(shipped_lines[:3000]) + "\n召开20xx年会议(填写单位名称)XX同志 ××○○ 牛皮癣(xuǎn)｜ 要抓好 落实。"
    patterns = [p for _, p in P.PLACEHOLDERS] + [P.STRAY_SPACE, P.PARA_SPACES, P.PINYIN, P.PINYIN_TONELESS,
                                                  P.TRAILING_PIPE, P.PDF_FOOTER, P.NAME_TAIL, P.CREDIT_TAIL]
    named = [p for p in patterns if start_chars(p)]
    assert len(named) >= 10
    for p in patterns:
        assert _spans(finditer(p, page)) == _spans(p.finditer(page)), p.pattern[:60]
        if start_chars(p):           # the str.find path itself, whatever the characters' frequency
            assert _spans(_finditer_at(p, page, start_chars(p))) == _spans(p.finditer(page)), p.pattern[:60]


START_FRAGMENTS = ["[xX]", "(?<![A-Za-z])x", "x(?![A-Za-z])", "(?:19|20)", "[(（]", "x+", "xX?", "(?:ab|x)", r"\d", "同志",
                   "^x", r"\Ax", "(?=[xa])", r"\b", "[^x]", "a*", "(?<=a)b", "$", "(?P<g>x)y", "b{2,}"]


@settings(max_examples=500, deadline=None)
@given(
    parts=st.lists(st.sampled_from(START_FRAGMENTS), min_size=1, max_size=4),
    joiner=st.sampled_from(["|", ""]),
    flags=st.sampled_from([0, re.M]),
    text=st.text(alphabet="xXab12同志9(（)\n 。", max_size=40),
)
def test_finditer_equals_re_finditer_for_random_patterns(parts, joiner, flags, text):
    from corpusmine.text.guards import _finditer_at, finditer, start_chars

    try:
        p = re.compile(joiner.join(f"(?:{x})" for x in parts), flags)
    except re.error:
        return
    want = _spans(p.finditer(text))
    assert _spans(finditer(p, text)) == want
    chars = start_chars(p)
    if chars is not None and p.match(text) is None:
        assert _spans(_finditer_at(p, text, chars)) == want


def test_start_chars_only_when_every_match_starts_with_one():
    from corpusmine.text.guards import start_chars

    assert start_chars(re.compile(r"[xX](?<![A-Za-z][xX])[xX]+")) == "xX"
    assert start_chars(re.compile(r"(?:19|20)(?<![A-Za-z0-9]..)[xX×]{2}")) == "12"
    for source, flags in [(r"x?", 0), (r"^x", re.M), (r"\s*↑", 0), ("[a-z]x", 0), ("x", re.I), ("[^x]y", 0), (".x", 0)]:
        assert start_chars(re.compile(source, flags)) is None, source
