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
from functools import lru_cache
import re._constants as _sre
import _sre as _sre_c
import re._parser as _sre_parse

from corpusmine.text.anchors import ANCHORED, finder, finditer_near, rare

__all__ = ["FIND_MAX_LITERALS", "GUARD_MIN_COST", "finditer", "first_char_guard", "line_prefilter", "literal_alternatives",
           "may_match", "search_fn", "start_chars"]


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


def _first_items(items, flags: int, line: bool = False) -> tuple[list[str], bool]:
    """Class items of the characters a match of ``items`` starting after position 0 can begin with, and whether it can be empty.

    A superset is always safe (the guard only skips positions where no
    match can start); zero-width assertions are stepped over, a branch
    anchored at the start of the text adds nothing.  With ``line`` (a match
    inside one line, at any position of it, the start included) anchors are
    stepped over too.
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
            sub, empty = _first_items(av[3], flags, line)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            sub, empty = _first_items(av, flags, line)
        elif op in _REPEATS:
            sub, empty = _first_items(av[2], flags, line)
            empty = empty or av[0] == 0
        elif op is _sre.BRANCH:
            sub, empty = [], False
            for alt in av[1]:
                s, e = _first_items(alt, flags, line)
                sub += s
                empty = empty or e
        elif op is _sre.AT:
            if line:
                continue                                # ^, $, \A, \b ... inside one line: zero width
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


def _required_sets(items, flags: int) -> list[list[str]]:
    """Ways to say what every line with a match of ``items`` holds: lists of regex atoms, one of which it holds.

    The match as a whole starts with one of its first characters (a class),
    and every part of it that must match holds its own: a run of literal
    characters (a substring every match holds), a class, the first
    characters of a group, of a repeat of at least one or of a look-around
    that must match (what it sees is in the text too); an alternation
    holds, in each alternative, one of that alternative's atoms.  An atom
    is a literal string or a class, so it matches the same text wherever it
    stands (no anchors, look-arounds or references).
    """
    sets = []
    try:
        chars, empty = _first_items(items, flags, line=True)
        if not empty and chars and not any(c in (r"\S", r"\W", r"\D", r"\w") for c in chars):
            sets.append([f"[{''.join(dict.fromkeys(chars))}]"])
    except Exception:                                   # _Unbounded, or any surprise from re's internals
        pass
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            sets.append([re.escape(run)])
        run = ""
        try:
            if op is _sre.IN:
                chars = _class_items(av)
                if not any(c in (r"\S", r"\W", r"\D", r"\w") for c in chars):
                    sets.append([f"[{''.join(dict.fromkeys(chars))}]"])
            elif op is _sre.SUBPATTERN and not (av[1] or av[2]):
                sets += _required_sets(av[3], flags)
            elif op in _REPEATS and av[0] >= 1:
                sets += _required_sets(av[2], flags)
            elif op is _sre.ASSERT:                     # a look-around that must match: it matches in the text too
                sets += _required_sets(av[1], flags)
            elif op is _sre.BRANCH:                     # one of the alternatives matches: the union of theirs
                per_alt = [_required_sets(alt, flags) for alt in av[1]]
                if all(per_alt):
                    sets.append([atom for alt in per_alt for atom in min(alt, key=_set_cost)])
        except Exception:
            continue
    return sets


def _atom_cost(atom: str) -> float:
    """How often an atom occurs in Chinese text, roughly (white space and digits are everywhere)."""
    if atom.startswith("["):
        body = atom[1:-1]
        items = re.findall(r"\\.|.-.|.", body)
        return sum(100 if c == r"\s" else 30 if c == r"\d" or len(c) > 2 else 4 if ord(c[-1]) < 128 else 1
                   for c in items)
    text = re.sub(r"\\(.)", r"\1", atom)
    return (4 if ord(text[0]) < 128 else 1) / 8 ** (len(text) - 1)


def _as_literals(atom: str) -> list[str]:
    """An atom as alternatives that open with a literal: a class of at most 64 characters is spelt out ([''] when it cannot be)."""
    if not atom.startswith("["):
        return [atom]
    chars = []
    (op, av), = _sre_parse.parse(atom)                  # the class, read by re's parser
    for op, av in av if op is _sre.IN else [(op, av)]:
        if op is _sre.LITERAL:
            chars.append(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < 64:
            chars += [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return [""]                                 # \d, \s ...: a category
        if len(chars) > 64:
            return [""]
    return [re.escape(c) for c in chars]


#: Every character re.I matches to an ASCII letter (Python's re: i, k and s have one or two more; tests check it).
_ASCII_CASES = {c: c + c.upper() + {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}.get(c, "")
                for c in "abcdefghijklmnopqrstuvwxyz"}
_ASCII_CASES.update({c.upper(): v for c, v in _ASCII_CASES.items()})


def _set_cost(atoms: list[str]) -> float:
    return sum(map(_atom_cost, atoms))


@lru_cache(maxsize=512)
def line_prefilter(*patterns: re.Pattern) -> re.Pattern | None:
    """A character class that every line one of ``patterns`` matches in holds somewhere.

    A line rule tests a predicate on every line of a page; when the predicate
    can only be true if one of ``patterns`` matches in the line (``search``,
    ``match`` or ``fullmatch`` of the line alone), the lines to test are those
    holding a character the class matches, which one C-level scan of the
    page finds (:func:`corpusmine.text.edits.iter_lines` with ``candidates``).
    The class is read from the patterns themselves: the first characters of
    the whole match or of any part of it that must match (anchors and
    look-arounds are stepped over), whichever is rarest in Chinese text.
    ``None`` when a pattern has no such part (it can match the empty string,
    or only starts with almost any character: ``.``, ``[^…]``, ``\\S``):
    then every line must be tested.

    Parameters
    ----------
    *patterns : re.Pattern
        Compiled ``str`` patterns, each tested on a line without its newline.

    Returns
    -------
    re.Pattern or None

    Examples
    --------
    >>> line_prefilter(re.compile(r"^\\s*(?:相关推荐|猜你喜欢)[:：]?"), re.compile("版权所有")).pattern
    '相关推荐|猜你喜欢|版权所有'
    >>> line_prefilter(re.compile(r"^(?P<pre>.{0,30})(?:同志们|各位代表)[:：]")).pattern
    '同志们|各位代表'
    >>> line_prefilter(re.compile(r"^.{2,10}$")) is None
    True
    """
    parts = []
    every: list[tuple[str, bool]] = []                  # the atoms, and whether they are under re.I
    firsts: dict[bool, dict[str, None]] = {False: {}, True: {}}    # first characters of the atoms, by re.I
    for pattern in patterns:
        flags = pattern.flags & ~re.U
        if not isinstance(pattern.pattern, str) or flags & re.X:
            return None
        try:
            sets = _required_sets(list(_sre_parse.parse(pattern.pattern, flags)), flags)
        except Exception:                               # any surprise from re's parser
            return None
        if not sets:
            return None
        atoms = list(dict.fromkeys(min(sets, key=_set_cost)))
        for atom in atoms:
            first = atom[1:-1] if atom.startswith("[") else atom[:2] if atom.startswith("\\") else atom[0]
            firsts[bool(flags & re.I)][first] = None
        parts.append(f"(?i:{'|'.join(atoms)})" if flags & re.I else "|".join(atoms))
        every += [(atom, bool(flags & re.I)) for atom in atoms]
    if not parts:
        return None
    if not firsts[True] and all(atom.startswith("[") or len(atom) == 1 or atom[0] == "\\" and len(atom) == 2
                                for atom, _ in every):
        return re.compile(f"[{''.join(firsts[False])}]")   # single characters: one class, scanned for in C
    plain = []
    for atom, icase in every:
        for alt in _as_literals(atom):
            head = alt[:2] if alt.startswith("\\") else alt[:1]
            heads = [head]
            if alt and icase and _sre_c.unicode_iscased(ord(head[-1])):
                if head not in _ASCII_CASES:
                    break
                heads = list(_ASCII_CASES[head])           # VIP under re.I: V(?i:IP)|v(?i:IP)
            if not alt:
                break
            rest = alt[len(head):]
            plain += [h + (f"(?i:{rest})" if icase and rest else rest) for h in heads]   # 本(?i:文): opens with a literal
        else:
            continue
        break
    else:       # alternatives that all open with a case-free literal: re scans for their first characters in C
        return re.compile("|".join(dict.fromkeys(plain)))
    # a look-ahead on the first characters: re then rejects most positions with one test (as a guard does)
    guard = [f"[{''.join(firsts[False])}]"] if firsts[False] else []
    guard += [f"(?i:[{''.join(firsts[True])}])"] if firsts[True] else []
    return re.compile(f"(?={'|'.join(guard)})(?:{'|'.join(parts)})")


def _anchored(items, flags: int) -> bool:
    """Whether every match of ``items`` starts at the start of the text (``^`` without re.M, or ``\\A``)."""
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av is _sre.AT_BEGINNING_STRING or (av is _sre.AT_BEGINNING and not flags & re.M)
    if op is _sre.SUBPATTERN:
        return not av[1] & re.M and _anchored(av[3], flags)
    if op is _sre.BRANCH:
        return all(_anchored(alt, flags) for alt in av[1])
    return False


@lru_cache(maxsize=512)
def search_fn(pattern: re.Pattern):
    """``pattern.search``, or ``pattern.match`` when every match starts at the start of the text (the same result).

    ``re`` tries a pattern that opens with ``^`` at every position of the text
    all the same; ``match`` tries it once.

    Parameters
    ----------
    pattern : re.Pattern

    Returns
    -------
    callable

    Examples
    --------
    >>> search_fn(re.compile(r"^\\s*(?:分享到|一键分享)[:：]")).__name__
    'match'
    >>> search_fn(re.compile(r"^\\s*分享到|请先登录")).__name__
    'search'
    >>> search_fn(re.compile(r"^\\s*分享到"))("  分享到: 微信").span()
    (0, 5)
    """
    try:
        flags = pattern.flags & ~re.U
        if isinstance(pattern.pattern, str) and _anchored(list(_sre_parse.parse(pattern.pattern, flags)), flags):
            return pattern.match
    except Exception:                                   # any surprise from re's parser: search, as written
        pass
    return pattern.search



#: A filter of at most this many literals is looked for with ``str.find`` (each scan of a page costs a
#: tenth of one ``re`` scan for an alternation or a class, which tests every character).
FIND_MAX_LITERALS = 6


@lru_cache(maxsize=512)
def literal_alternatives(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The literal strings ``pattern`` is an alternation of, fewest needed, when there are at most :data:`FIND_MAX_LITERALS`.

    A pattern that is one literal, an alternation of literals or a class of
    single characters (no flags, no newline) matches in a line exactly where
    one of its literals occurs; a literal that contains another is left out
    (a line holding it holds the other).  Looking for a few literals with
    ``str.find`` is much cheaper than ``re``'s scan of an alternation, which
    tests every character of the text; ``None`` when the pattern is not of
    this form or needs more literals.

    Parameters
    ----------
    pattern : re.Pattern

    Returns
    -------
    tuple of str or None

    Examples
    --------
    >>> literal_alternatives(re.compile("当前位置|您的当前位置|位置|>|»"))
    ('位置', '>', '»')
    >>> literal_alternatives(re.compile("[同各]")), literal_alternatives(re.compile("同志们?")) is None
    (('同', '各'), True)
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & ~re.U:
        return None
    try:
        items = list(_sre_parse.parse(pattern.pattern, pattern.flags & ~re.U))
    except Exception:                                   # any surprise from re's parser
        return None
    if len(items) == 1 and items[0][0] is _sre.BRANCH:
        alternatives = items[0][1][1]
    elif len(items) == 1 and items[0][0] is _sre.IN:
        alternatives = [[item] for item in items[0][1]]
    else:
        alternatives = [items]
    literals = []
    for alt in alternatives:
        if not alt or any(op is not _sre.LITERAL for op, _ in alt):
            return None
        literals.append("".join(chr(av) for _, av in alt))
    if any("\n" in lit for lit in literals):
        return None
    literals = list(dict.fromkeys(literals))
    needed = tuple(a for a in literals if not any(b != a and b in a for b in literals))
    return needed if len(needed) <= FIND_MAX_LITERALS else None


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when ``pattern`` cannot match in ``text``: none of the literals every match holds is there.

    One scan for the literals of :func:`line_prefilter` when ``re`` scans for
    them in C (they open with a case-free literal); True when there are none.

    Parameters
    ----------
    pattern : re.Pattern
    text : str

    Returns
    -------
    bool

    Examples
    --------
    >>> p = re.compile(r"第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页")
    >>> may_match(p, "要抓好落实。第1页 共3页"), may_match(p, "同志们:要抓好落实。")
    (True, False)
    """
    f = line_prefilter(pattern)
    if f is None or f.pattern.startswith("(?="):
        return True
    literals = literal_alternatives(f)
    if literals is not None:
        return any(finder(text, lit)(0) >= 0 for lit in literals)       # a few scans with str.find
    return f.search(text) is not None


@lru_cache(maxsize=512)
def start_chars(pattern: re.Pattern) -> str | None:
    """The few characters every match of ``pattern`` starts with, when they can be named (no ``re.I``, never empty).

    Parameters
    ----------
    pattern : re.Pattern

    Returns
    -------
    str or None
        At most eight characters; None for a pattern that can match the empty
        string, starts with a class of more characters, a category or a line
        start (``re.M``), or has ``re.I``.

    Examples
    --------
    >>> start_chars(re.compile(r"[xX](?<![A-Za-z][xX])[xX]+")), start_chars(re.compile(r"同志们?|各位"))
    ('xX', '同各')
    >>> start_chars(re.compile(r"\\s*↑")) is None
    True
    """
    flags = pattern.flags & ~re.U
    if not isinstance(pattern.pattern, str) or flags & (re.I | re.X):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, flags)
        if parsed.getwidth()[0] == 0:
            return None                                 # an empty match is possible
        items, empty = _first_items(list(parsed), flags)
        if empty or not items:
            return None
        atoms = _as_literals(f"[{''.join(items)}]")
    except Exception:                                   # _Unbounded, or any surprise from re's internals
        return None
    if not all(atoms) or len(atoms) > 8:
        return None
    return "".join(dict.fromkeys(re.sub(r"\\(.)", r"\1", a) for a in atoms))


def finditer(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)``, tried only where one of its :func:`start_chars` stands when they are rare in ``text``.

    ``re`` tests every character of the text for a class such as ``[xX]`` or
    ``[(（]``; ``str.find`` jumps from one occurrence to the next.  Every match
    starts with one of these characters and is not empty, so trying the
    pattern (``match`` at the position, which sees the whole text, as
    ``finditer`` does) at each occurrence from the end of the previous match
    gives the same matches.  When the characters are frequent (more than one
    in 200 characters) ``re`` scans as usual.

    Parameters
    ----------
    pattern : re.Pattern
    text : str

    Returns
    -------
    iterator of re.Match

    Examples
    --------
    >>> [m.group() for m in finditer(re.compile(r"[xX](?<![A-Za-z][xX])[xX]+(?![A-Za-z])"), "召开xx年会议,XXX同志, box")]
    ['xx', 'XXX']
    """
    near = ANCHORED.get(pattern)
    if near is not None:                                # found near its anchors (corpusmine.text.anchors)
        return finditer_near(pattern, text, *near)
    chars = start_chars(pattern)
    if chars is None or pattern.match(text) is not None or not rare(text, chars):
        return pattern.finditer(text)
    return _finditer_at(pattern, text, chars)


def _finditer_at(pattern: re.Pattern, text: str, chars: str):
    find, match, end = text.find, pattern.match, len(text)
    nxt = [p if (p := find(c)) >= 0 else end + 1 for c in chars]
    pos = 0
    while (p := min(nxt)) <= end:
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()                               # never empty: past p
        else:
            pos = p + 1
        for i, q in enumerate(nxt):
            if q < pos:
                nxt[i] = q if (q := find(chars[i], pos)) >= 0 else end + 1
