"""Spans a metadata reader shares: evidence records, quoted text blanked out, a speech's head lines.

Used by :mod:`corpusmine.text.metadata` and :mod:`corpusmine.text.speaker_role`.

Examples
--------
>>> [ln for _, ln in head_lines("——在全县推进会上的讲话\\n县长 张三\\n同志们：\\n今天开会。")]
['——在全县推进会上的讲话', '县长 张三']
"""

from __future__ import annotations

import re

__all__ = ["QUOTED", "SECTION", "head_lines", "span_evidence", "unquoted"]


def span_evidence(match_text: str, start: int, where: str) -> dict:
    """One piece of evidence: the matched text, its offset and where it was read (``title`` or ``text``).

    Parameters
    ----------
    match_text : str
        The text matched.
    start : int
        Its offset in the title or the text.
    where : str
        ``"title"`` or ``"text"``.

    Returns
    -------
    dict
        ``text``, ``start`` and ``where``.

    Examples
    --------
    >>> span_evidence("全县", 12, "text")
    {'text': '全县', 'start': 12, 'where': 'text'}
    """
    return {"text": match_text, "start": start, "where": where}


#: Quoted documents and long quotations: a 全省 there is the higher level's word, not the speaker's.
QUOTED = re.compile(r"《[^》\n]{0,80}》|“[^”\n]{12,120}”|\"[^\"\n]{12,120}\"")


def unquoted(text: str) -> str:
    """The text with quoted documents blanked out (same length, positions kept).

    Parameters
    ----------
    text : str
        A speech or its title.

    Returns
    -------
    str
        ``text`` with every match of :data:`QUOTED` replaced by as many spaces.

    Examples
    --------
    >>> unquoted("贯彻《全省乡村振兴实施方案》,全县上下") == "贯彻" + " " * 12 + ",全县上下"
    True
    """
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|第[一二三四五六七八九十]+[、，,部])")


#: a title glued before the salutation that opens the speech, on one line
_TITLE_BEFORE_SALUTE = re.compile(r"^\s*(?P<t>[^。！？!?；;\n]{8,80}?[！!]?)(?<![,，、])(?=(?:尊敬的|亲爱的|敬爱的|各位|同志们|老师们|同学们|朋友们|女士们)"
                                  r"[^\n。！？!?]{0,40}[:：]\s*$)")


def head_lines(text: str, n: int = 3) -> list[tuple[int, str]]:
    """The first lines of a speech that are headings, not sentences: a subtitle, a byline, a dateline.

    Parameters
    ----------
    text : str
        The speech.
    n : int, default 3
        How many lines to read at most.

    Returns
    -------
    list of (int, str)
        Each head line's offset and the line, up to the first sentence, salutation or numbered section.

    Examples
    --------
    >>> head_lines("县委书记 张三\\n(2023年3月8日)\\n同志们：")
    [(0, '县委书记 张三'), (8, '(2023年3月8日)')]
    """
    out, pos = [], 0
    for line in text.split("\n")[:n]:
        s = line.strip()
        if s and (len(s) > 80 or s[-1] in "。！？!?；;:：,，" or SECTION.match(s)):
            if (m := _TITLE_BEFORE_SALUTE.match(line)) is not None:
                out.append((pos, m["t"]))     # a title glued before the salutation (…留一盏灯!各位老师:; round 267k)
            break   # the speech has begun: a salutation, a sentence, a numbered section
        if s:
            out.append((pos, line))
        pos += len(line) + 1
    return out
