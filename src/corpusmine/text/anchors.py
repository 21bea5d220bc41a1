"""Whole-page patterns tried only near a rarer part of them (speed only: the same matches as ``finditer``).

``re`` scans a pattern that may start with white space, a bracket or a lookbehind
by trying it at almost every character of a page.  When every match holds an
*anchor* (one of a few literals: 省略, 隐藏; ``-``, ``—``) and the
part of the match before the anchor can be read backwards from it (a few
characters of a known class), the match can only start in a short window
before each anchor: :func:`finditer_near` finds the anchors (``str.find``,
a tenth of the cost of ``re``'s scan for a class) and tries the pattern with
``match`` at the positions of those windows only, in page order and from the
end of the previous match, which gives exactly the matches of
``pattern.finditer(text)``.  A pattern is registered with :func:`register`
next to its definition; :func:`corpusmine.text.guards.finditer` (and so
``CleaningState.delete_matches``) uses the registration.

Examples
--------
>>> import re
>>> p = re.compile(r"^[ \\t]*[-—]\\s*\\d{1,3}\\s*[-—](?=\\S)", re.M)
>>> near = (("-", "—"), back_over(" \\t"))
>>> [m.span() for m in finditer_near(p, "要抓好落实。\\n  - 3 -第二部分", *near)]
[(7, 14)]
>>> [m.span() for m in p.finditer("要抓好落实。\\n  - 3 -第二部分")]
[(7, 14)]
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

__all__ = ["ANCHORED", "back_over", "bracket_then_back", "finder", "finditer_near", "line_window", "rare", "register"]

#: A window function: ``window(text, q)`` gives ``(lo, hi)``, the positions where a match holding the anchor that
#: starts at ``q`` can start (``hi < lo``: none).
Window = Callable[[str, int], "tuple[int, int]"]

#: pattern -> (anchor, window, starts) of the patterns :func:`finditer_near` serves (see :func:`register`).
ANCHORED: dict[re.Pattern, tuple[tuple[str, ...], Window, "re.Pattern | None"]] = {}


def register(pattern: re.Pattern, anchor: tuple[str, ...], window: Window, starts: re.Pattern | None = None) -> re.Pattern:
    """Let :func:`corpusmine.text.guards.finditer` find ``pattern`` near the literals ``anchor`` (returns ``pattern``).

    The caller promises that every match of ``pattern`` holds one of the
    literals ``anchor`` starting at some ``q``, starts in ``window(text, q)`` and, with
    ``starts`` (a class of single characters), on a character of that class
    (tests compare the two forms on random pages).

    Examples
    --------
    >>> p = register(re.compile(r"^[ \\t]*第\\d+页", re.M), ("第",), back_over(" \\t"))
    >>> [m.group() for m in finditer_near(p, "要抓好落实。\\n  第3页", *ANCHORED[p])]
    ['  第3页']
    """
    ANCHORED[pattern] = (anchor, window, starts)
    return pattern


def line_window(text: str, q: int) -> tuple[int, int]:
    """The window of a pattern whose matches never hold a line break: from the start of the anchor's line.

    Examples
    --------
    >>> line_window("要抓好落实。\\n王某 摄", 10)
    (7, 10)
    """
    return text.rfind("\n", 0, q) + 1, q


def back_over(chars: str, *, space: bool = False) -> Window:
    """A window reaching back from the anchor over a run of ``chars`` (and of white space, with ``space``).

    Examples
    --------
    >>> back_over(" \\t")("第一 \\t①", 4)
    (2, 4)
    """
    chars = frozenset(chars)

    def window(text: str, q: int) -> tuple[int, int]:
        lo = q
        while lo > 0 and ((c := text[lo - 1]) in chars or (space and c.isspace())):
            lo -= 1
        return lo, q

    return window


def bracket_then_back(chars: str, *, span: int) -> Window:
    """A window for ``[chars or white space]* [(（] [^()（）\\n]{0,span} ANCHOR``: the opening bracket, then back.

    Examples
    --------
    >>> bracket_then_back(".…", span=60)("要抓好……(某网 省略80字)", 9)
    (3, 5)
    """
    chars = frozenset(chars)

    def window(text: str, q: int) -> tuple[int, int]:
        j = q - 1
        stop = max(q - span - 1, 0)
        while j >= stop:
            c = text[j]
            if c in "(（":
                break
            if c in ")）\n":
                return q, q - 1
            j -= 1
        else:
            return q, q - 1
        lo = j
        while lo > 0 and ((c := text[lo - 1]) in chars or c.isspace()):
            lo -= 1
        return lo, j

    return window


def finditer_near(pattern: re.Pattern, text: str, anchor: tuple[str, ...], window: Window,
                  starts: re.Pattern | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, tried only in the windows before the anchors (see the module's docstring).

    Parameters
    ----------
    pattern : re.Pattern
        Every match holds a match of ``anchor`` and is not empty.
    text : str
    anchor : tuple of str
        Literals, found with ``str.find`` at every position they stand at (a scan in C much cheaper than
        ``re``'s scan for a class or an alternation).
    window : callable
        ``window(text, q)`` -> ``(lo, hi)``, the positions a match holding the anchor at ``q`` can start at.
    starts : re.Pattern, optional
        A class of single characters every match starts with: only those positions of a window are tried.

    Yields
    ------
    re.Match
        The matches of ``pattern.finditer(text)``, in order.

    Examples
    --------
    >>> p = re.compile(r"(?<=[。！？])[ \\t]*[\\u2460-\\u2473]\\d{0,2}[ \\t]*$", re.M)
    >>> [m.group() for m in finditer_near(p, "要抓好落实。 ②9\\n同志们:①要抓好", ("①", "②"), back_over(" \\t"))]
    [' ②9']
    """
    match, end = pattern.match, len(text)
    finds = [finder(text, lit) for lit in anchor]
    nxt = [p if (p := f(0)) >= 0 else end + 1 for f in finds]
    pos = 0            # the end of the last match: the next one starts at or after it
    tried = 0          # every position below this was tried
    while (q := min(nxt)) <= end:
        lo, hi = window(text, q)
        p = max(lo, pos, tried)
        while p <= hi:
            if starts is not None:
                s = starts.search(text, p, hi + 1)          # one character: the end of the search changes nothing
                if s is None:
                    break
                p = s.start()
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                p = pos
            else:
                p += 1
        tried = max(tried, hi + 1)
        resume = max(q + 1, pos)
        for i, f in enumerate(finds):
            if nxt[i] < resume:
                nxt[i] = p if (p := f(resume)) >= 0 else end + 1


#: On a longer text :func:`rare` counts in this many evenly spaced samples of ``SAMPLE`` characters.
SAMPLES, SAMPLE = 16, 4096


def rare(text: str, chars: str) -> bool:
    """Whether ``chars`` stand at most once in 200 characters of ``text`` (of evenly spaced samples of a long text).

    :func:`corpusmine.text.guards.finditer` jumps between these characters when they are rare and lets ``re`` scan
    otherwise; both give the same matches, only the time depends on it.  Counting every character of a page of
    millions for each call cost more than the scan it chose.

    Examples
    --------
    >>> rare("召开xx年会议" * 10, "xX"), rare("要抓好落实。" * 100, "xX")
    (False, True)
    """
    n = len(text)
    if n <= SAMPLES * SAMPLE * 4:
        return sum(map(text.count, chars)) * 200 <= n
    step = n // SAMPLES
    hits = sum(text.count(c, i, i + SAMPLE) for i in range(0, SAMPLES * step, step) for c in chars)
    return hits * 200 <= SAMPLES * SAMPLE


#: :func:`finder` looks for a literal by one of its characters when that character is sampled at most once in this
#: many characters (else ``str.find`` of the whole literal).
RARE_CHAR = 1000


def finder(text: str, literal: str) -> Callable[[int], int]:
    """``lambda pos: text.find(literal, pos)``, looking for a literal of several characters by its rarest one.

    ``str.find`` of one character is several times faster than of two or more (a page of millions of
    characters: ~2.5 ms against ~8 ms when it is absent); when one character of ``literal`` is rare in
    samples of ``text``, its occurrences are found and the literal checked around each.  The result is
    the same either way.

    Examples
    --------
    >>> find = finder("要抓好落实。[图]" * 30_000, "图]")
    >>> find(0), find(9)
    (7, 16)
    """
    n = len(literal)
    if n == 1 or len(text) <= SAMPLES * SAMPLE * 4:
        return lambda pos: text.find(literal, pos)
    step = len(text) // SAMPLES
    counts = [sum(text.count(c, i, i + SAMPLE) for i in range(0, SAMPLES * step, step)) for c in literal]
    k = min(range(n), key=counts.__getitem__)
    if counts[k] * RARE_CHAR > SAMPLES * SAMPLE:
        return lambda pos: text.find(literal, pos)
    c, find, startswith = literal[k], text.find, text.startswith

    def find_by_char(pos: int) -> int:
        q = find(c, pos + k)
        while q >= 0:
            if startswith(literal, q - k):
                return q - k
            q = find(c, q + 1)
        return -1

    return find_by_char
