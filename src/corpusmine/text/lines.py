"""Walking the lines of a text without a list of every line, and comparing lines.

Every cleaning rule looks at lines: :func:`iter_lines` yields them one at a
time, or only those a prefilter (:func:`corpusmine.text.guards.line_prefilter`)
says can match, found in C; :func:`lines_holding` the lines holding one of a
few literals, :func:`first_lines` the head of a page; :func:`line_edge_spans` finds the white space at
their edges; :func:`compact` reduces a line for comparison (repeated titles,
manifest keys).  None of them makes a Python step per character of a page.

Examples
--------
>>> [line for _, _, line in iter_lines("同志们:\\n要抓好落实。")]
['同志们:', '要抓好落实。']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice
from typing import Iterable, Iterator

from corpusmine.text.anchors import finder
from corpusmine.text.guards import literal_alternatives
from corpusmine.text.patterns import RE_CJK, SURNAMES

__all__ = ["chinese_after", "compact", "family_spans", "finditer_on_lines", "first_lines", "flatten_lines", "item_runs",
           "iter_lines", "line_edge_spans", "lines_holding", "number_cut_from_unit", "open_brackets", "opens_again",
           "vertical_menus"]


#: what a copy of a text drops or keeps apart from it: white space, and with ``loose`` quotation marks
_WHITE = re.compile(r"\s")
_LOOSE = re.compile(r"[\s“”‘’\"'「」]")


def opens_again(text: str, view: str, end: int, *, chars: int, window: int = 6000, loose: bool = False) -> bool:
    """Whether the first ``chars`` characters of ``text`` stand again in ``view`` within ``window`` after ``end``.

    White space is dropped on both sides, and with ``loose`` quotation marks too (a teaser or a summary flattens the
    text it repeats); a ``text`` shorter than ``chars`` is no copy.

    Examples
    --------
    >>> page = "推荐阅读:在这春回大地的时节,我们迎来了“爱鸟周”\\n在这春回大地的时节,我们迎来了爱鸟周,首先…"
    >>> opens_again("在这春回大地的时节,我们迎来了“爱鸟周”", page, page.index("\\n"), chars=16, loose=True)
    True
    >>> opens_again("今天召开全县推进会各村要抓好落实", page, page.index("\\n"), chars=16)
    False
    """
    drop = _LOOSE if loose else _WHITE
    head = drop.sub("", text)[:chars]
    return len(head) == chars and head in drop.sub("", view[end:end + window])


def chinese_after(view: str, pos: int, n: int) -> bool:
    """Whether ``view`` holds at least ``n`` Chinese characters after ``pos`` (the scan stops at the n-th).

    Examples
    --------
    >>> chinese_after("小编整理\\n同志们:要抓好落实。", 4, 8), chinese_after("小编整理\\n谢谢", 4, 8)
    (True, False)
    """
    return sum(1 for _ in islice(RE_CJK.finditer(view, pos), n)) >= n


def iter_lines(out: str, candidates: re.Pattern | None = None) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for every line of ``out`` (``end`` excludes the newline).

    Parameters
    ----------
    out : str
        A text; lines are separated by ``\\n`` only.
    candidates : re.Pattern, optional
        Only the lines in which this pattern finds a match that starts on
        them (see :func:`corpusmine.text.guards.line_prefilter`); the page is
        scanned for it in C, so a rule whose lines are rare skips the others
        without a Python step each.

    Yields
    ------
    tuple of (int, int, str)
        Offsets of the line in ``out`` and the line itself.

    Examples
    --------
    >>> list(iter_lines("同志们:\\n要抓好落实。"))
    [(0, 4, '同志们:'), (5, 11, '要抓好落实。')]
    >>> list(iter_lines("同志们:\\n要抓好落实。\\n各位代表:", re.compile("[同各]")))
    [(0, 4, '同志们:'), (12, 17, '各位代表:')]
    """
    pos = 0
    find = out.find
    literals = literal_alternatives(candidates) if candidates is not None else None
    if literals is not None:
        yield from lines_holding(out, literals)
        return
    if candidates is not None:
        search = candidates.search
        while True:             # from one candidate to the next: the lines between are never made
            m = search(out, pos)
            if m is None:
                return
            start = out.rfind("\n", 0, m.start()) + 1 if m.start() > pos else pos
            nl = find("\n", m.start())
            if nl < 0:
                yield start, len(out), out[start:]
                return
            yield start, nl, out[start:nl]
            pos = nl + 1
    while True:                 # one line at a time: no list of every line of a large page
        nl = find("\n", pos)
        if nl < 0:
            yield pos, len(out), out[pos:]
            return
        yield pos, nl, out[pos:nl]
        pos = nl + 1


def lines_holding(out: str, literals: Iterable[str]) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for the lines of ``out`` holding one of a few ``literals``, in order, each once.

    The literals are found with ``str.find`` (in C; one of several characters
    by its rarest character, :func:`corpusmine.text.anchors.finder`); the
    lines between are never made.  A line holding several of them, or one many times, is
    yielded once.

    Parameters
    ----------
    out : str
        A text; lines are separated by ``\\n`` only.
    literals : iterable of str
        Non-empty strings without a newline.

    Yields
    ------
    tuple of (int, int, str)
        Offsets of the line in ``out`` (``end`` excludes the newline) and the line itself.

    Examples
    --------
    >>> list(lines_holding("第1页共3页\\n要抓好落实。\\n本页共计三项", ("共",)))
    [(0, 6, '第1页共3页'), (14, 20, '本页共计三项')]
    """
    finds = [finder(out, lit) for lit in literals]     # (a literal of several characters by its rarest one)
    find = out.find
    end = len(out)
    if len(finds) == 1:         # one literal (the common case): from one occurrence to the next line's
        find_lit = finds[0]
        p = find_lit(0)
        while p >= 0:
            nl = find("\n", p)
            if nl < 0:
                yield (start := out.rfind("\n", 0, p) + 1), end, out[start:]
                return
            start = out.rfind("\n", 0, p) + 1
            yield start, nl, out[start:nl]
            p = find_lit(nl + 1)
        return
    nxt = [p if (p := f(0)) >= 0 else end + 1 for f in finds]
    pos = 0
    while True:
        p = min(nxt, default=end + 1)
        if p > end:
            return
        start = out.rfind("\n", 0, p) + 1 if p > pos else pos
        nl = find("\n", p)
        if nl < 0:
            yield start, end, out[start:]
            return
        yield start, nl, out[start:nl]
        pos = nl + 1
        for i, q in enumerate(nxt):
            if q < pos:
                q = finds[i](pos)
                nxt[i] = q if q >= 0 else end + 1


def finditer_on_lines(pattern: re.Pattern, out: str, literals: Iterable[str]) -> Iterator[re.Match]:
    """``pattern.finditer(out)`` for a pattern whose every match holds one of ``literals`` and no line break.

    The pattern is tried (by ``re``, in C) only on the lines :func:`lines_holding` finds, with the page itself
    and ``pos``/``endpos`` at the line's edges, so look-behinds, ``^`` and ``$`` (with ``re.M``) see what they see
    in a scan of the whole page: the same matches, without ``re`` trying a pattern that opens with a look-behind
    or a class at every character of the page.

    Examples
    --------
    >>> p = re.compile(r"(?<=[。！？])[ \\t]*第\\d+张图片", re.M)
    >>> page = "要抓好落实。 第3张图片\\n同志们:\\n要抓好落实。第12张图片"
    >>> [m.span() for m in finditer_on_lines(p, page, ("张图片",))] == [m.span() for m in p.finditer(page)]
    True
    """
    for start, end, _ in lines_holding(out, literals):
        yield from pattern.finditer(out, start, end)


def lines_with(view: str, needles, follow: str = "", after: str = "") -> list[tuple[int, int, str]]:
    """The lines of ``view`` holding one of the ``needles`` (:func:`lines_holding`), in page order, where a hit of a
    one-character needle may be required to have the next character in ``follow`` (a newline counts) or the character
    before it in ``after``.

    Examples
    --------
    >>> lines_with("新华社北京3日电\\n电视台报道\\n某某日电", ("电",), after="日")
    [(0, 8, '新华社北京3日电'), (15, 19, '某某日电')]
    """
    lines = list(lines_holding(view, needles))
    if not follow and not after:
        return lines
    n = len(view)

    def hit(s: int, e: int) -> bool:
        for needle in needles:
            i = view.find(needle, s, e)
            while i >= 0:
                if (not follow or i + 1 < n and view[i + 1] in follow) and (not after or i and view[i - 1] in after):
                    return True
                i = view.find(needle, i + 1, e)
        return False

    return [(s, e, line) for s, e, line in lines if hit(s, e)]


def family_spans(view: str, families) -> list[tuple[int, int, str]]:
    """Spans of families told by their pattern alone, each tried only on a page holding one of its literals.

    Parameters
    ----------
    view : str
        The page (Simplified view).
    families : iterable of (tuple of str or None, re.Pattern, str)
        The literals a page must hold for the pattern to be tried (``None``: every page), the pattern, the audit's rule.

    Examples
    --------
    >>> family_spans("要抓好落实。[捂脸]", [(("[",), re.compile(r"\\[捂脸\\]"), "emoji_code")])
    [(6, 10, 'emoji_code')]
    """
    return [(m.start(), m.end(), rule) for literals, pattern, rule in families
            if literals is None or any(w in view for w in literals) for m in pattern.finditer(view)]


def first_lines(out: str, n: int) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for the first ``n`` non-blank lines of ``out`` (the head of a page).

    Parameters
    ----------
    out : str
        A text; lines are separated by ``\\n`` only.
    n : int
        How many non-blank lines.

    Yields
    ------
    tuple of (int, int, str)
        Offsets of the line in ``out`` (``end`` excludes the newline) and the line itself.

    Examples
    --------
    >>> list(first_lines("\\n区情快递\\n  \\n同志们:\\n要抓好落实。", 2))
    [(1, 5, '区情快递'), (9, 13, '同志们:')]
    """
    k = pos = 0
    size = len(out)
    while k < n and pos < size:
        e = out.find("\n", pos)
        e = size if e < 0 else e
        if out[pos:e].strip():
            k += 1
            yield pos, e, out[pos:e]
        pos = e + 1


def item_runs(lines: Iterable[tuple[int, int, str]], is_item, *, min_run: int,
              blank_ends: bool = False) -> list[list[tuple[int, int, str]]]:
    """Runs of ``min_run`` or more non-blank lines in a row that are each an item (``is_item`` of the stripped line):
    a menu or a switch set one word per line (政治 / 地方 / 生活 …, 字 / 小 / 大).

    Parameters
    ----------
    lines : iterable of (int, int, str)
        ``(start, end, line)`` in page order (blank lines are skipped, they part no run).
    is_item : callable
        Whether a stripped line is an item.
    min_run : int
        The fewest items in a run.
    blank_ends : bool, default False
        Whether a blank line ends a run (a menu drawer's block) instead of being skipped.

    Returns
    -------
    list of list of (int, int, str)
        Each run's lines, the line stripped.

    Examples
    --------
    >>> page = "政治\\n地方\\n\\n生活\\n会议要求抓好落实。\\n大\\n小"
    >>> [[t for _, _, t in run] for run in item_runs(iter_lines(page), lambda t: len(t) <= 2, min_run=3)]
    [['政治', '地方', '生活']]
    >>> [[t for _, _, t in run] for run in item_runs(iter_lines(page), lambda t: len(t) <= 2, min_run=2, blank_ends=True)]
    [['政治', '地方'], ['大', '小']]
    """
    runs, run = [], []
    for s, e, line in [*lines, (0, 0, "\u3002")]:
        t = line.strip()
        if not t and not blank_ends:
            continue
        if t and t != "\u3002" and is_item(t):
            run.append((s, e, t))
            continue
        if len(run) >= min_run:
            runs.append(run)
        run = []
    return runs


def open_brackets(text: str, start: int, end: int) -> int:
    """How many round brackets opened in ``text[start:end]`` are still open at ``end`` (a split or a cut there would
    part a bracket: 某网某地6日电 (记者 | 某某)记者从…).

    Examples
    --------
    >>> line = "导读: 某网某地6日电 (记者 某某)记者从会上获悉"
    >>> open_brackets(line, 0, line.index("某某)")), open_brackets(line, 0, len(line))
    (1, 0)
    """
    return max(0, text.count("(", start, end) + text.count("（", start, end)
               - text.count(")", start, end) - text.count("）", start, end))


def flatten_lines(text: str, mode: str = "lines", joiner: str = " ") -> str:
    """The text as a scraper that flattens HTML gives it: its lines joined into one (or each paragraph into one).

    ``mode="lines"`` joins every non-blank line into one line;
    ``mode="paragraphs"`` joins the lines of each paragraph (lines between
    blank lines) and keeps one newline between paragraphs.  Each line is
    stripped and the pieces are joined with ``joiner``.  The chrome measure
    (:mod:`corpusmine.text.chrome_eval`) cleans pages flattened this way to
    see whether chrome glued to speech takes the speech with it.

    Parameters
    ----------
    text : str
        A page.
    mode : {"lines", "paragraphs"}, default "lines"
        What is joined.
    joiner : str, default " "
        Put between two joined lines ("" as ``get_text()`` does, " " as most scrapers do).

    Returns
    -------
    str

    Examples
    --------
    >>> flatten_lines("作者: 佚名\\n同志们:\\n要抓好落实。")
    '作者: 佚名 同志们: 要抓好落实。'
    >>> flatten_lines("作者: 佚名\\n\\n同志们:\\n要抓好落实。", "paragraphs", "")
    '作者: 佚名\\n同志们:要抓好落实。'
    """
    if mode not in ("lines", "paragraphs"):
        raise ValueError(f"flatten mode must be 'lines' or 'paragraphs', not {mode!r}")
    blocks = re.split(r"\n[ \t\u3000]*\n", text) if mode == "paragraphs" else [text]
    joined = (joiner.join(t for line in b.split("\n") if (t := line.strip())) for b in blocks)
    return "\n".join(b for b in joined if b)


def line_edge_spans(out: str, edge: str) -> list[tuple[int, int]]:
    """The runs of ``edge`` characters at either end of each line (a line made only of them: the whole line).

    Only the first and the last line and those beside a newline with an edge
    character next to it are looked at (found in C); the others are never made.

    Parameters
    ----------
    out : str
        A text; lines are separated by ``\\n`` only.
    edge : str
        The characters stripped at the edges of a line (no newline).

    Returns
    -------
    list of (int, int)
        Spans in ``out``, in order.

    Examples
    --------
    >>> line_edge_spans("  同志们:\\n\\u3000\\n要抓好落实。 ", " \\u3000")
    [(0, 2), (7, 8), (15, 16)]
    """
    n = len(out)
    starts = {0, out.rfind("\n") + 1}
    for m in _edge_newline(edge).finditer(out):
        p = m.start()
        starts.add(out.rfind("\n", 0, p) + 1)
        starts.add(p + 1)
    spans = []
    for s in sorted(starts):
        e = n if (e := out.find("\n", s)) < 0 else e
        line = out[s:e]
        if not line.strip(edge):
            if e > s:
                spans.append((s, e))
            continue
        lead = len(line) - len(line.lstrip(edge))
        trail = len(line) - len(line.rstrip(edge))
        if lead:
            spans.append((s, s + lead))
        if trail:
            spans.append((e - trail, e))
    return spans


@lru_cache(maxsize=4)
def _edge_newline(edge: str) -> re.Pattern:      # a newline with an edge character before or after it
    return re.compile(f"\\n(?:(?<=[{re.escape(edge)}]\\n)|(?=[{re.escape(edge)}]))")


def compact(s: str) -> str:
    """A line reduced for comparison: NFKC, no white space, lower case.

    Parameters
    ----------
    s : str
        Any text.

    Returns
    -------
    str
        ``s`` normalised with NFKC, without white space, in lower case.

    Examples
    --------
    >>> compact("城乡环境　综合整治 ２０２３ ABC")
    '城乡环境综合整治2023abc'
    """
    # NFKC(s) is the composition of NFKD(s), and NFKD(s) does not change when characters are first
    # replaced by their own NFKD forms (a table, in C); what is left is then almost always NFKC already,
    # which the quick check sees without normalising again.  Same result, about half the time.
    t = s.translate(_nfkd_table())
    if not unicodedata.is_normalized("NFKC", t):
        t = unicodedata.normalize("NFKC", t)
    return _SPACES.sub("", t).lower()


_SPACES = re.compile(r"[\s\u3000]+")


@lru_cache(maxsize=1)
def _nfkd_table() -> dict[int, str]:
    """NFKD of every character of the Basic Multilingual Plane that NFKD changes (not Hangul syllables)."""
    table = {}
    for c in range(0x10000):
        if 0xD800 <= c <= 0xDFFF or 0xAC00 <= c <= 0xD7A3:
            continue
        d = unicodedata.normalize("NFKD", chr(c))
        if d != chr(c):
            table[c] = d
    return table


_MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
_ROLE_END = re.compile(r"(?:书记|主任|主席|[厅局处科院校部会镇乡县市区]长|委员|理事|经理|代表|干事)$")


def number_cut_from_unit(view: str, s: int, e: int) -> bool:
    """Whether the line ``view[s:e]`` is a number a converter broke off the word it counts (2020 / 年是…; round 186k).

    Examples
    --------
    >>> page = "述职报告\\n2020\\n年是我校搬迁后的第一年。\\n12\\n同志们:"
    >>> number_cut_from_unit(page, 5, 9), number_cut_from_unit(page, 23, 25)
    (True, False)
    """
    return view[s:e].strip().isdigit() and view[e + 1:e + 2] in tuple("年月日届周期号次")


def vertical_menus(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of a site's menu set one item per line above the speech (政治 / 地方 / 生活 …): four or more lines of one
    to four Chinese characters in a row.  A run of names or roles stays (a list of speakers or leaders).

    Examples
    --------
    >>> vertical_menus(list(iter_lines("政治\\n地方\\n生活\\n教育\\n同志们:")))
    [(0, 2), (3, 5), (6, 8), (9, 11)]
    >>> vertical_menus(list(iter_lines("张三\\n李四\\n王五\\n赵六\\n同志们:")))
    []
    """
    return [(s, e) for run in item_runs(lines, _MENU_ITEM.match, min_run=4)
            if sum(len(w) in (2, 3) and w[0] in SURNAMES for _, _, w in run) * 5 < len(run) * 3
            and not any(_ROLE_END.search(w) for _, _, w in run) for s, e, _ in run]
