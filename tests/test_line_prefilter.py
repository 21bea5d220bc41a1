"""Candidate lines of the line rules (issue 11.7): ``guards.line_prefilter`` reads from a pattern a
literal or class that every line (or text) the pattern matches in holds, ``edits.iter_lines`` with
``candidates`` yields exactly the lines holding one, and ``guards.search_fn`` answers ``match`` only
for patterns anchored at the start.  A filter may pass lines the pattern does not match (the rule
still tests them) but must never drop one it matches: that is what these tests check, on every
pattern of the cleaner, on the shipped pages and on strings made of each pattern's own characters.
Functional tests only: benchmarks/bench_clean.py measures the time."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusmine.text import chrome_rules as CR
from corpusmine.text import patterns as P
from corpusmine.text.edits import compact, iter_lines
from corpusmine.text.guards import line_prefilter, may_match, search_fn
from corpusmine.text.rules import CleaningState, learn_site_names, repeated_titles



def _cleaner_patterns() -> dict[str, re.Pattern]:
    pats = {name: v for name, v in vars(P).items() if isinstance(v, re.Pattern)}
    pats.update({f"UNGUARDED.{n}": v for n, v in P.UNGUARDED.items()})
    pats.update({f"panel.{i}.{r}": p for i, (r, p, _) in enumerate(CR.PANEL_FAMILIES)})
    pats.update({f"inline.{i}.{r}": p for i, (_, p, r) in enumerate(P.INLINE_FAMILIES + P.TAIL_FAMILIES)})
    pats.update({f"placeholder.{i}.{r}": p for i, (r, p) in enumerate(P.PLACEHOLDERS)})
    pats.update({f"part_heading.{i}": p for i, p in enumerate(P.PART_HEADING)})
    return pats


PATTERNS = _cleaner_patterns()
FILTERED = sorted(name for name, p in PATTERNS.items() if line_prefilter(p) is not None)


def _never_drops(p: re.Pattern, f: re.Pattern, s: str) -> None:
    if p.search(s) is not None or p.match(s) is not None:
        assert f.search(s) is not None, (p.pattern[:80], f.pattern[:80], s)


def test_most_cleaner_patterns_get_a_filter_and_the_rules_use_them():
    assert len(FILTERED) >= 0.8 * len(PATTERNS)
    for name in ("TRUNCATION", "SALUTATION_LINE", "MEMBERSHIP", "FOOTER", "NAV", "BREADCRUMB", "CSS", "RECOMMEND"):
        assert name in FILTERED, name
    # the filters name what the rules look for: 同志们 for the salutation line, 全文/预览 for the notices
    assert "同志们" in line_prefilter(P.SALUTATION_LINE).pattern
    assert line_prefilter(P.TRUNCATION).search("试读结束,全文共3000字")
    # literal alternatives re scans for in C (no look-ahead guard), also under re.I
    for name in ("SALUTATION_LINE", "FOOTER", "MEMBERSHIP", "SHORT_NAV"):
        assert not line_prefilter(PATTERNS[name]).pattern.startswith("(?="), name


@pytest.mark.parametrize("name", FILTERED)
def test_filters_never_drop_a_matching_line_of_the_shipped_pages(name, shipped_lines):
    p, f = PATTERNS[name], line_prefilter(PATTERNS[name])
    lines = shipped_lines
    for line in lines:
        _never_drops(p, f, line)
    _never_drops(p, f, "\n".join(lines[:2000]))


def _alphabet(pattern: re.Pattern) -> list[str]:
    chars = sorted({c for c in pattern.pattern if not c.isascii() or c.isalnum()} | set(" \t\u3000\n:：,，。!0129xV(（)）【】"))
    return chars + [c.swapcase() for c in chars if c.swapcase() != c] + ["\u212a", "\u017f", "\u0130", "\u0131"]


@pytest.mark.parametrize("name", FILTERED)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_filters_never_drop_a_line_made_of_the_patterns_own_words(name, data):
    p = PATTERNS[name]
    f = line_prefilter(p)
    words = re.findall(r"[^\x00-\x7f|()?*+\[\]{}\\^$]+|[A-Za-z]{2,}", p.pattern)     # the pattern's literal runs
    piece = st.one_of(st.sampled_from(_alphabet(p)), st.sampled_from(words or ["。"]))
    s = "".join(data.draw(st.lists(piece, max_size=14)))
    _never_drops(p, f, s)
    _never_drops(p, f, s.replace("\n", ""))


FRAGMENTS = [
    "下载", "(?:免费|立即)?下载", r"\s*未完", r"[(（]?\s*全文", r"^\s*预览", r"\d+次", r"(?<=[会员])(?:x|y)", "(?:会员)*开通",
    "a?b", "(?=x)xy", "(?!y)[yz]", r"\bab", r"(?:^|c)d", "[^。]{0,2}完", r"V[Ii]P", r"(?:e|f)$", "(?P<n>[0-9])页",
    "(?:登录|注册){1,2}", r"\s+", "(?>ab|a)c", "x*?y", "^(?=.*(?:首页|关于))[^。]{0,9}$", "(?<=登录)后", "KS", "(?i:ik)x", r".{1,3}",
]


@settings(max_examples=500, deadline=None)
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4),
    joiner=st.sampled_from(["|", ""]),
    flags=st.sampled_from([0, re.I, re.M, re.I | re.M]),
    texts=st.lists(st.text(alphabet="下载免费立即未完全文预览0123次会员开通abxyzcdef完VIiPkKs\u212a\u017f\u0130\u0131页登录注册首页关于后。 \n\t",
                           max_size=20), max_size=6),
)
def test_random_patterns_never_lose_a_match(parts, joiner, flags, texts):
    try:
        p = re.compile(joiner.join(f"(?:{x})" for x in parts), flags)
    except re.error:
        return
    f = line_prefilter(p)
    if f is None:
        return
    for s in texts:
        _never_drops(p, f, s)


def test_re_i_letters_are_spelt_with_every_character_re_i_matches():
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        f = line_prefilter(re.compile(letter + "页码", re.I))
        for ch in re.findall(re.escape(letter), everything, re.I):      # k also matches the Kelvin sign
            assert f.search(ch + "页码"), (letter, hex(ord(ch)))


def test_a_filter_is_none_when_no_part_of_the_pattern_can_be_named():
    assert line_prefilter(re.compile(r"^.{2,10}$")) is None
    assert line_prefilter(re.compile(r"[^。]+")) is None
    assert line_prefilter(re.compile(r"(?:同志们)?")) is None               # can match the empty string
    assert line_prefilter(re.compile("同志们"), re.compile(r"\S+")) is None   # one pattern without: no filter
    assert line_prefilter(re.compile(r"\S{0,8}同志们[:：]")).pattern == "同志们"


# --- iter_lines with candidates --------------------------------------------------------------------
@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet="同志们要抓好落实。\n \t:：首页>xX", max_size=60),
    cls=st.sampled_from(["[同]", "首页", "[:：]", "[\\s]", "\n", "[>x]|落实", "X"]),
)
def test_candidate_lines_are_exactly_the_lines_holding_a_match(text, cls):
    cand = re.compile(cls)
    got = list(iter_lines(text, cand))

    def starts_on(s, e):     # a match starts on the line or on the newline that ends it
        m = cand.search(text, s)
        return m is not None and m.start() <= e
    assert got == [(s, e, line) for s, e, line in iter_lines(text) if starts_on(s, e)]
    if "\n" not in cls and "s" not in cls:
        assert got == [(s, e, line) for s, e, line in iter_lines(text) if cand.search(line)]


def test_delete_lines_with_candidates_deletes_the_same_lines():
    page = ("当前位置:首页 > 范文\n同志们:\n要抓好落实。相关推荐:创文讲话\n相关推荐:创文讲话\n\n"
            "发布时间:2023-10-13 来源:网友投稿\n下面是小编为大家整理的讲话稿,供大家参考。\n要久久为功。")
    for pats, pred in [
        ((P.RECOMMEND,), lambda l: bool(P.RECOMMEND.match(l))),
        ((P.SHORT_NAV, P.NAV, P.NAV_WORDS), lambda l: bool(P.SHORT_NAV.match(l) or P.NAV.search(l))),
        ((P.META, P.META_MULTI), lambda l: bool(P.META.match(l) or len(P.META_MULTI.findall(l)) >= 2)),
        ((P.BLURB,), lambda l: bool(P.BLURB.search(l))),
    ]:
        a, b = CleaningState(page), CleaningState(page)
        assert a.delete_lines(pred, "r") == b.delete_lines(pred, "r", candidates=line_prefilter(*pats))
        assert a.doc.output == b.doc.output and a.doc.edits == b.doc.edits
        assert a.doc.edits                                  # each predicate removes something here


def test_may_match_skips_only_patterns_that_cannot_match():
    s = "同志们:\n要抓好落实。第1页 共3页"
    assert may_match(P.PDF_FOOTER, s) and not may_match(P.HTML_TAG, s) and not may_match(P.FOOTNOTE_MARK, s)
    assert may_match(P.HTML_TAG, "要抓好落实<br/>")
    assert may_match(P.HTML_TAG, "要抓好落实&NBSP;")       # re.I: &NBSP; as &nbsp;
    assert may_match(re.compile(r"(?:.)"), "")             # no literal to look for: True


# --- search_fn ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_search_fn_is_match_only_when_every_match_starts_at_the_start(name, shipped_lines):
    p = PATTERNS[name]
    fn = search_fn(p)
    lines = shipped_lines[:1500] + ["  分享到: 微信 微博", "★领取资料★", "首页 | 关于我们 | 联系我们 | 网站地图", "www.fanwen.com"]
    for line in lines:
        got, want = fn(line), p.search(line)
        assert (got and got.span()) == (want and want.span()), (name, line)


def test_search_fn_answers_search_for_unanchored_or_multiline_patterns():
    assert search_fn(re.compile(r"^\s*分享到|请先登录")).__name__ == "search"
    assert search_fn(re.compile(r"^分享到", re.M)).__name__ == "search"
    assert search_fn(re.compile(r"(?:^分享到|^一键分享)")).__name__ == "match"
    assert search_fn(P.PROMO)("要抓好落实。扫码添加微信领取资料").span() == P.PROMO.search("要抓好落实。扫码添加微信领取资料").span()


# --- the rules' own shortcuts --------------------------------------------------------------------------
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="全县创文推进会讲话。！？!?:：．｡\uff0e\u3000 \t\u00a0\u2007\u200b\u0301ＡaＫ\u212a", min_size=1, max_size=20))
def test_a_line_ending_in_a_sentence_mark_has_a_key_ending_in_one(line):
    if line.rstrip()[-1:] in set("。！？!?:："):
        assert re.search(r"[。！？!?:：]$", compact(line))


def test_repeated_titles_still_finds_titles_and_skips_sentences():
    st_ = CleaningState("全县创文推进会讲话\n要抓好落实。\n全县创文推进会讲话 \n要抓好落实。\n各位代表：\n各位代表：")
    repeated_titles(st_)
    assert st_.page_title == "全县创文推进会讲话"
    assert st_.doc.output == "\n要抓好落实。\n\n要抓好落实。\n各位代表：\n各位代表："


def test_truncation_marker_found_across_blank_lines():
    # the previous non-blank line is found by walking back over blank lines, not from a list of every line
    st_ = CleaningState("同志们:\n要抓好落实……\n\n   \n(未完,全文共6606字,当前仅显示2320字)\n\n下一段……\n试读结束")
    CR.truncation_notices(st_)
    rules = [e.rule for e in st_.doc.edits]
    assert rules.count("truncation_marker") == 2 and rules.count("truncation_notice") == 2
    assert st_.doc.output == "同志们:\n要抓好落实\n\n   \n\n\n下一段\n"
    assert CR.truncation(CleaningState("预览结束").doc.text).truncated


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["版权所有", "欢迎光临", "powered by", "POWERED BY", "Powered By", "来自", ":", "：", " ", "\t",
                                 "公文范文网", "x", "K", "\u212a", "©", "。", "·", "_", "\n", "范文", "网"]), max_size=12))
def test_learn_site_names_finds_the_names_the_written_re_i_form_finds(parts):
    written = re.compile(r"(?:版权所有|欢迎光临|powered by|来自)\s*[:：]?\s*(?P<name>[^\s©,，|()（）\[\]【】:：.。]{2,20})", re.I)
    s = "同志们:\n" + "".join(parts)
    want = {name for m in written.finditer(s) for name in re.split(r"[_\-—·]", m.group("name"))
            if len(name) >= 3 and re.search(r"(网|站|文库|范文|文档|秘书)$", name)}
    st_ = CleaningState(s)
    learn_site_names(st_)
    assert st_.watermarks == want


# --- a few literals looked for with str.find (cleanspeed3) ------------------------------------------
def _lines_by_re(text: str, cand: re.Pattern):
    """The candidate lines as the re scan gives them: lines on which a match of ``cand`` starts."""
    out, pos = [], 0
    while (m := cand.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        nl = text.find("\n", m.start())
        out.append((start, len(text) if nl < 0 else nl, text[start:] if nl < 0 else text[start:nl]))
        if nl < 0:
            break
        pos = nl + 1
    return out


@settings(max_examples=500, deadline=None)
@given(
    literals=st.lists(st.sampled_from(["同志", "同志们", "志们", "各位", "位", "首页", ">", "》", "xX", "X", "页页"]),
                      min_size=1, max_size=7),
    text=st.text(alphabet="同志们各位首页>》xX页要抓好落实。\n :", max_size=80),
)
def test_lines_holding_a_few_literals_are_the_lines_re_finds(literals, text):
    cand = re.compile("|".join(map(re.escape, literals)))
    assert list(iter_lines(text, cand)) == _lines_by_re(text, cand)
    assert may_match(cand, text) or cand.search(text) is None        # False only when it cannot match


def test_literal_alternatives_reads_only_plain_literals():
    from corpusmine.text.guards import FIND_MAX_LITERALS, literal_alternatives

    assert literal_alternatives(re.compile("当前位置|您的当前位置|位置|>|»")) == ("位置", ">", "»")
    assert literal_alternatives(re.compile("[同各]")) == ("同", "各")
    assert literal_alternatives(re.compile("标题")) == ("标题",)
    for source, flags in [("同志们?", 0), ("首页", re.I), ("[^同]", 0), (r"\s", 0), ("同\n志", 0), ("同|", 0),
                          ("(?i:页)码", 0), ("|".join(f"讲话{i}" for i in range(FIND_MAX_LITERALS + 1)), 0)]:
        assert literal_alternatives(re.compile(source, flags)) is None, source
    # the rules' filters: the salutation's six words, a breadcrumb's separators
    assert literal_alternatives(line_prefilter(P.SALUTATION_LINE)) is not None
    assert may_match(P.PDF_FOOTER, "第1页 共3页") and not may_match(P.PDF_FOOTER, "同志们:要抓好落实。")


def test_salutations_are_found_again_after_an_edit():
    from corpusmine.text.rules import salutations

    st_ = CleaningState("在创文推进会上的讲话\n同志们:\n要抓好落实。\n各位代表:\n要久久为功。")
    first = salutations(st_)
    assert [p for _, _, p in first] == ["", ""] and salutations(st_) == first
    first.clear()                                       # the caller's list is its own
    assert len(salutations(st_)) == 2
    st_.doc.delete(11, 16, "test")                      # the line 同志们: goes
    assert [s for s, _, _ in salutations(st_)] == [18]


def test_ascii_junk_counts_the_chinese_share_before_it_removes_anything():
    junk = "sevralgoup\n/ G- k; W% a% |( ^#\n"
    chinese = CleaningState("同志们:\n要把创建文明城市作为重要载体。\n" + junk + "要抓好落实。")
    CR.ascii_junk(chinese)
    assert chinese.doc.output == "同志们:\n要把创建文明城市作为重要载体。\n\n\n要抓好落实。"
    english = CleaningState("The meeting discussed the city plan.\n" + junk + "要抓好落实。")   # letters mostly Latin
    CR.ascii_junk(english)
    assert english.doc.edits == []
    inline = CleaningState("要抓好落实 / G- k; W% a% 要久久为功。")            # a jammer run inside a line only
    CR.ascii_junk(inline)
    assert [e.rule for e in inline.doc.edits] == ["ascii_junk"] and "W%" not in inline.doc.output
    latin = CleaningState("The plan / G- k; W% a% was adopted by the city council.")
    CR.ascii_junk(latin)
    assert latin.doc.edits == []


def _whitespace_as_before(st_: CleaningState) -> None:
    """rules.whitespace as it was written before cleanspeed3 (every line stripped in Python)."""
    out = st_.view()[0]
    st_.doc.delete_many([(m.start(), m.end()) for m in P.STRAY_SPACE.finditer(out)], "stray_space")
    out = st_.view()[0]
    spans = []
    for s, e, line in iter_lines(out):
        if not line.strip(P.LINE_EDGE):
            if e > s:
                spans.append((s, e))
            continue
        lead = len(line) - len(line.lstrip(P.LINE_EDGE))
        trail = len(line) - len(line.rstrip(P.LINE_EDGE))
        if lead:
            spans.append((s, s + lead))
        if trail:
            spans.append((e - trail, e))
    st_.doc.delete_many(spans, "whitespace")
    # a line break inside a sentence (added after cleanspeed3; no quote mark is in the alphabet below)
    out = st_.view()[0]
    st_.doc.delete_many([(m.start(), m.end()) for m in P.SENTENCE_BREAK.finditer(out)], "sentence_break")
    out = st_.view()[0]
    st_.doc.delete_many([(m.start() + 1, m.end()) for m in re.finditer(r"\n{2,}", out)], "whitespace")
    out = st_.view()[0]
    if out.endswith("\n"):
        m = re.search(r"\n+$", out)
        st_.doc.delete(m.start(), m.end(), "whitespace")
        out = st_.view()[0]
    if out.startswith("\n"):
        m = re.match(r"\n+", out)
        st_.doc.delete(m.start(), m.end(), "whitespace")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("要抓好落实。同志们:ab1\n") + [" ", "\t", "\u3000", "\xa0", "\u200b", "\ufeff", "\r", "\x0b",
                                                          "\u2028", "\x85", "\u2009"], max_size=40))
def test_whitespace_edits_are_those_of_the_per_line_strip(text):
    from corpusmine.text.rules import whitespace

    a, b = CleaningState(text), CleaningState(text)
    whitespace(a)
    _whitespace_as_before(b)
    assert a.doc.edits == b.doc.edits and a.doc.output == b.doc.output


def _related_lists_as_before(st_: CleaningState, max_title: int = 50, max_items: int = 30) -> None:
    """chrome_rules.related_lists as it was written before cleanspeed3 (a list of every line; main's break on a colon)."""
    _, view = st_.view()
    lines = list(iter_lines(view))
    spans, i = [], 0
    while i < len(lines):
        s, e, line = lines[i]
        if len(line) <= 200 and P.RECOMMEND.match(line):
            spans.append((s, e))
            j, n = i + 1, 0
            glued = re.search(r"[:：>»]\s*(\S.*)$", line)     # session ac: one title glued to the label opens a list below
            one_title = glued and len(glued[1]) <= max_title and not re.search(r"[\s|｜,，、;；。！？!?]", glued[1].strip())
            max_run = 0 if glued and not one_title else max_items
            while j < len(lines) and n < max_run:
                ls, le, l = lines[j]
                t = l.strip()
                if t and (len(t) > max_title or re.search(r"[。！？!?；;:：]$", t) or P.SALUTATION.match(t)):
                    break
                if t:
                    spans.append((ls, le))
                    n += 1
                j += 1
            i = j
            continue
        i += 1
    st_.doc.delete_many(spans, "recommend_list")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["猜你喜欢", "相关文章:", "相关推荐:创文讲话", "在全县创文推进会上的讲话", "乡村振兴表态发言",
                                 "要抓好落实。", "同志们:", "", "  ", "上一篇", "相关文章已在县报刊发。", "各位代表："]), max_size=12),
       st.booleans())
def test_related_lists_removes_what_the_line_list_version_removed(lines, trailing_newline):
    text = "\n".join(lines) + ("\n" if trailing_newline else "")
    a, b = CleaningState(text), CleaningState(text)
    CR.related_lists(a)
    _related_lists_as_before(b)
    assert a.doc.edits == b.doc.edits


def test_appended_speech_title_found_over_blank_lines():
    from corpusmine.text.rules import appended_speeches

    st_ = CleaningState("同志们:\n要抓好落实。\n在创文推进会上的讲话\n\n  \n同志们:\n要久久为功。\n\n同志们:\n要善作善成。")
    appended_speeches(st_)
    assert [t for _, t in st_.part_marks] == ["在创文推进会上的讲话"]      # the third has no title before it
    assert st_.doc.output == "同志们:\n要抓好落实。\n\n\n  \n同志们:\n要久久为功。\n\n同志们:\n要善作善成。"
    first_line = CleaningState("同志们:\n同志们:\n要抓好落实。")            # a salutation on the first line: no title
    appended_speeches(first_line)
    assert first_line.part_marks == [] and first_line.doc.edits == []
