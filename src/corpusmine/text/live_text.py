"""A live-text transcript's furniture: time stamps, a stamp repeated at line ends, the site's narration (session al).

News and archive sites publish a meeting as a live text (文字直播, 图文直播): each line is a speaker's tag in brackets,
what was said, the time it went out in brackets, and, on copied pages, the copier's name or address stamped after
it.  Families, each told by its shape, never by a site (round 173k):

* **time stamps** (rule ``timestamp``): a clock time in brackets at a line's end, or before a short stamp there
  ((08:13:21), （9:05）, [2007-10-25 15:02:07]), on a page with two or more of them.  A speech names a time in words or without brackets
  (上午8:30开会) and keeps it.
* **a stamp repeated at line ends** (rule ``watermark``): the same name or address (4-20 characters) after a blank at
  the end of a line, three or more times after a sentence's end or a colon, with its label (copyright 某某社, 内容来自某某社),
  when the name stands nowhere else in the page; on such a page a domain after a blank at a line's end (abc.org) and the name cut short at the
  page's end go too.  A table whose rows end in the same status (…工程 已经完成验收) closes no sentence before it and
  stays.
* **the site's narration** (rule ``news_lead``): on a live text (two or more time stamps, three or more lines
  opening with a tag in square brackets), a line whose tag names a site or a desk ([某某网], [某某网、某某网],
  [直播员], [记者]) is the site's account of the meeting, not the speech; lines tagged with a speaker's name stay.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = ("[某某网] 上午8:30,会议在某地举行。 (08:13:21) 内容来自某某图片社\\n"
...         "[某某] 同志们: 某某图片社\\n[某某] 现在开会。 (08:31:35) copyright 某某图片社\\n"
...         "[某某] 今年各项工作取得新进展。 (08:32:06) 某某图片社")
>>> st = CleaningState(page)
>>> live_text(st)
>>> st.doc.output
'\\n[某某] 同志们:\\n[某某] 现在开会。\\n[某某] 今年各项工作取得新进展。'
"""

from __future__ import annotations

import re
from collections import Counter

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.url_stamps import DOMAIN

__all__ = ["MIN_STAMPS", "live_text"]

#: the fewest line ends a stamp must close before it is read as the page's watermark
MIN_STAMPS = 3

_SP = r"[ \t\u3000]"
_CLOCK = re.compile(rf"{_SP}*(?:[(（]|\[(?=\d{{4}}))(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}{_SP}+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[)）\]]"
                    rf"(?={_SP}*(?:[^\s()（）][^\n()（）]{{0,29}})?$)", re.M)   # [2007-10-25 15:02:07] too (round 194k)
_LABEL = r"(?:copyright|Copyright|COPYRIGHT|©|内容来自|来自)"
_TAIL = re.compile(rf"(?<=\S){_SP}+(?:{_LABEL}{_SP}*)?(?P<x>[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9.\-]{{3,19}}){_SP}*$",
                   re.M)
_AFTER_SENTENCE = re.compile(r"[。！？!?:：][”」』)）]?[ \t\u3000]*$")
_TAG = re.compile(rf"^{_SP}*\[(?P<tag>[^\[\]\n]{{1,30}})\]", re.M)
_SITE_TAG = re.compile(r"网|直播|记者|编辑|主持人?$")


def _tails(view: str) -> list[tuple[int, int, str, bool]]:
    """Every tail after a blank at a line's end: its span from the blank, its name, whether a sentence ends before it."""
    tails = []
    for s, e, line in iter_lines(view):
        m = _TAIL.search(line)
        if m and line[: m.start()].strip():
            tails.append((s + m.start(), s + m.end(), m.group("x"), bool(_AFTER_SENTENCE.search(line, 0, m.start()))))
    return tails


def live_text(st: CleaningState) -> None:
    """Delete a live text's time stamps, its repeated line-end stamp and its narration (see the module's docstring).

    Examples
    --------
    >>> st = CleaningState("一、已完成 已完成\\n二、已完成 已完成\\n三、已完成 已完成\\n会议定于上午8:30开始。")
    >>> live_text(st)       # a column of the same short word, and a time without brackets, stay
    >>> st.doc.output
    '一、已完成 已完成\\n二、已完成 已完成\\n三、已完成 已完成\\n会议定于上午8:30开始。'
    """
    _, view = st.view()
    clocks = [(m.start(), m.end()) for m in _CLOCK.finditer(view)] if ":" in view else []
    if len(clocks) >= 2:
        st.doc.delete_many(clocks, "timestamp")
        _, view = st.view()
    tails = _tails(view)
    counts = Counter(x for _, _, x, _ in tails)
    closing = Counter(x for _, _, x, after in tails if after)
    names = {x for x, n in counts.items() if closing[x] >= MIN_STAMPS and view.count(x) == n}
    if names:
        spans = [(a, b) for a, b, x, _ in tails
                 if x in names or DOMAIN.fullmatch(x) or any(len(x) >= 4 and n.startswith(x) for n in names)]
        st.doc.delete_many(spans, "watermark")
        _, view = st.view()
    tags = list(_TAG.finditer(view)) if "[" in view else []
    if len(clocks) >= 2 and len(tags) >= MIN_STAMPS:
        narration = []
        for m in tags:
            if _SITE_TAG.search(m.group("tag")):
                e = view.find("\n", m.end())
                narration.append((m.start(), len(view) if e < 0 else e))
        st.doc.delete_many(narration, "news_lead")
