"""A site's slogan stamped at the end of line after line (rule ``watermark``; round 296k).

A content farm that copies a report glues its name and slogan to the end of nearly every paragraph
(…向大会报告工作,请予审议。某某县情网---有深度、有态度的县域站点), often with a few random letters in front to
defeat search engines, and the page's last copy is cut short where the excerpt ends.  No list of sites can hold
them, but their shape gives them away: the same run of characters ends three lines or more, it names a site
(网, 网站, 站点, 文库 …) and it ends no sentence.

:func:`stamp_spans` finds the run that ends the most lines (the longest of those, so the stamp is taken whole and
the text before it, which differs from line to line, stays), every other copy of it inside a line, and a cut copy
of its first six characters or more at the page's end.  A speech's refrain (…的坚强后盾。 three times) has a sentence
end or no site word and stays.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> stamp = "K2p某某资料网---有深度的县域站点"
>>> st = CleaningState(f"政府工作报告{stamp}\\n各位代表:{stamp}\\n现在,我代表县人民政府向大会报告工作。{stamp}\\n"
...                    f"一、过去一年的工作回顾{stamp}\\n过去一年,全县经济稳中有进。K2p某某资料")
>>> slogan_stamps(st)
>>> st.doc.output
'政府工作报告\\n各位代表:\\n现在,我代表县人民政府向大会报告工作。\\n一、过去一年的工作回顾\\n过去一年,全县经济稳中有进。'
"""

from __future__ import annotations

import re
from collections import Counter

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.edits import iter_lines

__all__ = ["MIN_COPIES", "stamp_spans", "slogan_stamps"]

#: lines a stamp must end
MIN_COPIES = 3
#: its length in characters
_MIN_LEN, _MAX_LEN = 8, 60
#: the words that make a run a site's (not a speech's refrain)
_SITE_WORD = re.compile(r"网|站点|网站|文库|资料库|www\.|\.com|\.cn|\.net", re.I)
#: a sentence's end: a run holding one is speech
_SENTENCE_END = re.compile(r"[。！？!?]")
#: the shortest cut copy taken at the page's end
_MIN_CUT = 6
_BLANKS = " \t\u3000"


def stamp_spans(view: str) -> list[tuple[int, int]]:
    """Spans of a slogan stamped at the end of three lines or more (see the module's docstring).

    Parameters
    ----------
    view : str
        The page.

    Returns
    -------
    list of (int, int)
        Every copy of the stamp, and its cut copy at the page's end.

    Examples
    --------
    >>> v = "同志们:某某文网---每日更新\\n要抓好落实。某某文网---每日更新\\n要加强领导。某某文网---每日更新\\n谢谢大家!"
    >>> [v[s:e] for s, e in stamp_spans(v)]
    ['某某文网---每日更新', '某某文网---每日更新', '某某文网---每日更新']
    >>> stamp_spans("要建好防护网,守住安全线\\n要建好防护网,守住安全线\\n要建好防护网,守住安全线")   # 整行重复,另有规则
    []
    >>> stamp_spans("我们是坚强后盾。\\n党组织是坚强后盾。\\n人民是坚强后盾。")
    []
    """
    if view.count("\n") < MIN_COPIES - 1:
        return []
    ends: Counter = Counter()
    lines = []
    for _, _, line in iter_lines(view):
        t = line.rstrip(_BLANKS)
        if _SITE_WORD.search(t[-_MAX_LEN:]):      # only a line whose end names a site can end with a stamp
            lines.append(t)
            for k in range(_MIN_LEN, min(_MAX_LEN, len(t)) + 1):
                ends[t[-k:]] += 1
    best = None
    for run, n in ends.items():
        if n < MIN_COPIES or _SENTENCE_END.search(run) or not _SITE_WORD.search(run) or run[0] in _BLANKS:
            continue
        if len({t for t in lines if t.endswith(run)}) < 2:
            continue       # one line repeated whole: the repeated-line rules read it
        if best is None or (n, len(run)) > (best[1], len(best[0])):
            best = (run, n)
    if best is None:
        return []
    run = best[0]
    spans = []
    i = view.find(run)
    while i >= 0:
        spans.append((i, i + len(run)))
        i = view.find(run, i + len(run))
    tail = view.rstrip(_BLANKS + "\n")
    for k in range(len(run) - 1, _MIN_CUT - 1, -1):
        if tail.endswith(run[:k]):
            spans.append((len(tail) - k, len(tail)))
            break
    return spans


def slogan_stamps(st: CleaningState) -> None:
    """Delete a site's slogan stamped at the end of three lines or more (rule ``watermark``); see :func:`stamp_spans`.

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("同志们:某某文网---每日更新\\n要抓好落实。某某文网---每日更新\\n要加强领导。某某文网---每日更新")
    >>> slogan_stamps(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。\\n要加强领导。'
    """
    _, view = st.view()
    spans = stamp_spans(view)
    if spans:
        st.doc.delete_many(spans, "watermark")
