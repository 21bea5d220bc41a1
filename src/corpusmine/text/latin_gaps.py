"""A Latin name typeset between spaces inside a Chinese clause, for :mod:`corpusmine.text.joined_lines`.

A flattened page joins its lines with spaces, and :func:`corpusmine.text.joined_lines.joined_lines` turns those
spaces back into line breaks.  A Taiwanese or Hong Kong page also sets a Latin name between spaces inside a sentence
(…欢迎交换学生 Tamara 刘羽娜。, 是让 Tamara 在这十个月里…, 首先,Jennifer 讲师带领我们…; round 277k).  Broken
there, the sentence falls into pieces and the name alone on a line reads as a site's English label.  Such a gap
stays a space when the clause around it is prose: the text before the name, back to the last space, holds a clause
mark (, 、 ;) after its last sentence end.  A menu (首页 English 联系我们) has no clause mark and is broken as before.

Examples
--------
>>> v = "接着,欢迎交换学生 Tamara 刘羽娜。 首页 English 联系我们"
>>> [latin_in_clause(v, 0, i, i + 1) for i, c in enumerate(v) if c == " "]
[True, True, False, False, False]
"""

from __future__ import annotations

import re

from corpusmine.text.patterns import RE_CJK

__all__ = ["latin_in_clause"]

_LATIN_WORD = re.compile(r"[A-Z][A-Za-z'’.\-]{1,20}")
_CLAUSE = re.compile(r"[,，、;；]")
_END = re.compile(r"[。！？!?]")
_REACH = 80


def _in_clause(view: str, s: int, a: int) -> bool:
    """Whether the text before ``a``, back to the last space (at most ``_REACH`` characters), is inside a clause."""
    piece = view[max(s, a - _REACH):a]
    piece = piece[piece.rfind(" ") + 1:]
    ends = [m.end() for m in _END.finditer(piece)]
    return bool(_CLAUSE.search(piece, ends[-1] if ends else 0))


def latin_in_clause(view: str, s: int, a: int, b: int) -> bool:
    """Whether the gap ``view[a:b]`` (on the line starting at ``s``) is beside a Latin name inside a clause.

    Parameters
    ----------
    view : str
        The page's text.
    s, a, b : int
        The line's start and the gap's start and end.

    Returns
    -------
    bool
        True when the gap should stay a space.

    Examples
    --------
    >>> v = "而我们的责任,是让 Tamara 在这里感受温暖。"
    >>> latin_in_clause(v, 0, 9, 10), latin_in_clause(v, 0, 16, 17)
    (True, True)
    """
    if a <= s or b >= len(view):
        return False
    before, after = view[a - 1], view[b]
    if RE_CJK.match(before) and (m := _LATIN_WORD.match(view, b)):      # the gap before the name
        nxt = view[m.end():m.end() + 2]
        return bool(nxt) and (RE_CJK.match(nxt) is not None or (nxt[0] == " " and RE_CJK.match(nxt, 1) is not None)) \
            and _in_clause(view, s, a)
    if before.isascii() and before.isalpha() and RE_CJK.match(after):    # the gap after it
        w = a - 1
        while w > s and view[w - 1].isascii() and (view[w - 1].isalpha() or view[w - 1] in "'’.-"):
            w -= 1
        if not _LATIN_WORD.fullmatch(view, w, a):
            return False
        if w > s and view[w - 1] == " ":
            w -= 1
        return w > s and (RE_CJK.match(view, w - 1) is not None or view[w - 1] in ",，、") and _in_clause(view, s, w)
    return False
