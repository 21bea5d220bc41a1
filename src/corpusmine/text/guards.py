"""First-character guards: the same regular expression, tried only where a match can start.

``re`` tries a pattern that opens with an alternation, an optional part or a
group at every position of the text, branch by branch; on a Chinese page
almost every position fails only after every branch has been tried.
:func:`first_char_guard` reads from the pattern itself (with ``re``'s own
parser) the characters a match can start with and puts a look-ahead on them
in front, which rejects such a position with one test.  The matches are the
same; :mod:`corpusmine.text.patterns` guards its patterns with it at import.

Examples
--------
>>> import re
>>> first_char_guard(re.compile(r"(?:免费|立即)?下载|(?:开通|加入)会员|会员(?:中心|专享)|(?:金币|积分)兑换")).pattern[:20]
'(?:^|(?=[免立下开加会金积]))'
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse

__all__ = ["GUARD_MIN_COST", "first_char_guard"]


class _Unbounded(Exception):
    """The characters a match can start with cannot be stated as one character class."""


_CATEGORY_ESCAPES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def _class_items(items) -> list[str]:
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORY_ESCAPES:
            out.append(_CATEGORY_ESCAPES[av])
        else:                                           # NEGATE and anything unforeseen
            raise _Unbounded(op)
    return out


def _first_items(items, flags: int) -> tuple[list[str], bool]:
    """Class items of the characters a match of ``items`` starting after position 0 can begin with, and whether it can be empty.

    A superset is always safe (the guard only skips positions where no
    match can start); zero-width assertions are stepped over, a branch
    anchored at the start of the text adds nothing.
    """
    out: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            return out + [re.escape(chr(av))], False
        if op is _sre.IN:
            return out + _class_items(av), False
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:                          # scoped flags (?i:...)
                raise _Unbounded(op)
            sub, empty = _first_items(av[3], flags)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            sub, empty = _first_items(av, flags)
        elif op in _REPEATS:
            sub, empty = _first_items(av[2], flags)
            empty = empty or av[0] == 0
        elif op is _sre.BRANCH:
            sub, empty = [], False
            for alt in av[1]:
                s, e = _first_items(alt, flags)
                sub += s
                empty = empty or e
        elif op is _sre.AT:
            if av is _sre.AT_BEGINNING_STRING or (av is _sre.AT_BEGINNING and not flags & re.M):
                return out, False                       # matches only at the start of the text
            if av is _sre.AT_BEGINNING:
                raise _Unbounded(op)                    # a line start (re.M): any character may follow
            continue                                    # $, \b ...: zero width
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue                                    # look-around: zero width
        else:
            raise _Unbounded(op)
        out += sub
        if not empty:
            return out, False
    return out, True


def _fast_already(items, flags: int) -> bool:
    """Whether ``re`` rejects most positions quickly without a guard.

    It does when the pattern opens with a literal, a class or a repeated
    single character (its compiler scans for those), with a look-around
    (guarded by hand), with an alternation of case-free literals (scanned
    for as a set), or with a short alternation: ``re`` tries every
    branch at every position, a branch opening with a case-free literal
    costs one character test, one opening with ``^`` about two, any other
    about three; below :data:`GUARD_MIN_COST` the guard (about seven) does
    not pay.
    """
    while items and items[0][0] is _sre.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = items[0][1][3]
    if not items:
        return True

    def cost(op, av) -> int:
        if op is _sre.LITERAL and (not flags & re.I or chr(av).lower() == chr(av).upper()):
            return 1
        return 2 if op is _sre.AT else 3

    op, av = items[0]
    if op in (_sre.LITERAL, _sre.IN, _sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return True
    if op in _REPEATS:
        return len(av[2]) == 1 and av[2][0][0] in (_sre.LITERAL, _sre.IN, _sre.ANY)
    if op is _sre.BRANCH:
        firsts = [alt[0] if alt else (None, None) for alt in av[1]]
        if any(o in (_sre.ASSERT, _sre.ASSERT_NOT) for o, _ in firsts):
            return True                                 # (?:^|(?=[…])) written by hand
        costs = [cost(o, a) for o, a in firsts]
        return all(c == 1 for c in costs) or sum(costs) < GUARD_MIN_COST   # all literals: re scans for them
    return False


#: See :func:`_fast_already` (measured on the lines of a 20 MB page: the guard pays from about ten).
GUARD_MIN_COST = 10


def first_char_guard(pattern: re.Pattern) -> re.Pattern:
    """The same pattern with a look-ahead on the characters a match can start with.

    ``re`` tries a pattern that opens with an alternation, an optional part or
    a group at every position of the text; on a Chinese page almost every
    position fails only after every branch has been tried.  The guarded
    pattern, ``(?:^|(?=[first characters]))(?:pattern)``, rejects such a
    position with one character test.  The matches (spans, groups, names)
    are the same: the class is read from the pattern itself (so a branch
    added later is covered) and compiled with the same flags.  A pattern
    that ``re`` already searches fast (it opens with a literal or a class),
    that can match the empty string, or whose first characters are not one
    class (``.``, ``[^…]``, a line start under ``re.M``) is returned as it is.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled ``str`` pattern.

    Returns
    -------
    re.Pattern

    Examples
    --------
    >>> p = first_char_guard(re.compile(r"(?:免费|立即)?下载|(?:开通|加入)会员|会员(?:中心|专享)|(?:金币|积分)兑换"))
    >>> p.pattern
    '(?:^|(?=[免立下开加会金积]))(?:(?:免费|立即)?下载|(?:开通|加入)会员|会员(?:中心|专享)|(?:金币|积分)兑换)'
    >>> p.search("欢迎成为会员专享下载").span()
    (4, 8)
    >>> first_char_guard(re.compile("第一页|第二页")).pattern       # literals: re already scans for them
    '第一页|第二页'
    """
    flags = pattern.flags & ~re.U
    if not isinstance(pattern.pattern, str) or flags & (re.A | re.X):
        return pattern
    try:
        items = list(_sre_parse.parse(pattern.pattern, flags))
        if _fast_already(items, flags):
            return pattern
        chars, empty = _first_items(items, flags)
        if empty or not chars or any(c in (r"\S", r"\W", r"\D", r"\w") for c in chars):
            return pattern                              # no class, or one that rejects almost nothing
        return re.compile(f"(?:^|(?=[{''.join(dict.fromkeys(chars))}]))(?:{pattern.pattern})", flags)
    except Exception:                                   # _Unbounded, or any surprise from re's internals: as written
        return pattern
