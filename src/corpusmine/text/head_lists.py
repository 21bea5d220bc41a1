"""A table of contents' numbered entries, and small counters glued to a page's head lines (rounds 136k-199k).

Each family is told by its shape (the view is Simplified, so Traditional pages match too):

* **a table of contents' numbered entries** (:func:`numbered_outline`, for :mod:`corpusmine.text.doc_notices`): three
  or more numbered headings (一、… (一)… 1.…), the first found again below as the start of a heading line; an
  outline with no label opening the page is :func:`corpusmine.text.page_framing.outline_spans`'s.
* **a view counter closing a title** (rule ``meta_row``): …演说(某某频道) --阅读人次 : 1126 (round 199k).
* **the site's address opening a line** (rule ``site_url_line``): http://www.example.com/ 某某协会常务副会长 (round 199k).
* **a poster's row with an empty time label** (rule ``meta_row``): 某某1147 分享 时间: (round 200k).
"""

from __future__ import annotations

import re

_SP = r"[ \t\u3000\xa0]"
#: a heading's number at a line's start
OUTLINE_NUMBER = re.compile(rf"{_SP}*(?:[一二三四五六七八九十]{{1,3}}、|[(（][一二三四五六七八九十]{{1,3}}[)）]|\d{{1,2}}[.、．](?!\d)"
                            r"|第[一二三四五六七八九十]{1,3}[,，、])")
_COUNTER_END = re.compile(rf"{_SP}*[-—]*{_SP}*(?:阅读|浏览|点击)(?:人次|次数)\s*[:：]{_SP}*\d+{_SP}*$", re.M)
#: a poster's name, the share button and an empty time label on one line (某某1147 分享 时间:; round 200k)
_POSTER_ROW = re.compile(rf"^{_SP}*[^\s。！？!?,，]{{1,20}}{_SP}+分享{_SP}+(?:时间|日期){_SP}*[:：]{_SP}*$", re.M)
_URL_START = re.compile(rf"^{_SP}*https?://[\w\-]+(?:\.[\w\-]+)+/?{_SP}+(?=\S)", re.M)


def numbered_outline(view: str, entries: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The leading entries that are the speech's numbered headings, when three or more and the first stands again
    below them as the start of a heading line (a cut excerpt lacks the rest; round 136k).

    Examples
    --------
    >>> page = "一、提高站位\\n二、压实责任\\n三、狠抓落实\\n同志们:\\n一、提高站位,深刻认识意义\\n要抓好落实。"
    >>> [page[s:e] for s, e in numbered_outline(page, [(0, 6), (7, 13), (14, 20)])]
    ['一、提高站位', '二、压实责任', '三、狠抓落实']
    """
    run: list[tuple[int, int]] = []
    for s, e in entries:
        if not OUTLINE_NUMBER.match(view, s):
            break
        run.append((s, e))
    if len(run) < 3:
        return []
    first = view[run[0][0]:run[0][1]].strip()
    return run if re.search(rf"^{_SP}*{re.escape(first)}", view[run[-1][1]:], re.M) else []


def head_list_spans(view: str) -> list[tuple[int, int, str]]:
    """``(start, end, rule)`` spans of this module's families in ``view``.

    Examples
    --------
    >>> page = "某某竞选总部演说(某某频道) --阅读人次 : 1126\\nhttp://www.example.com/ 某某协会常务副会长\\n各位来宾:\\n大家好。"
    >>> [(page[s:e], rule) for s, e, rule in head_list_spans(page)]
    [(' --阅读人次 : 1126', 'meta_row'), ('http://www.example.com/ ', 'site_url_line')]
    """
    spans: list[tuple[int, int, str]] = []
    if "人次" in view or "次数" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _COUNTER_END.finditer(view)]
    if "分享" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _POSTER_ROW.finditer(view)]
    if "http" in view:
        spans += [(m.start(), m.end(), "site_url_line") for m in _URL_START.finditer(view)]
    return spans
