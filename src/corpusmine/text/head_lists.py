"""Lists a template page sets above the speech, and small counters glued to its lines (held-out rounds 136k-199k).

Each family is told by its shape (the view is Simplified, so Traditional pages match too):

* **an outline of the speech's headings** (rule ``recommend_list``): three or more numbered heading lines (一、…
  (一)… 1.…) standing above the speech's first sentence, the first of them found again below as the start of a
  heading line (一、担当作为、砥砺奋进 above 一、担当作为、砥砺奋进,"十四五"时期…; round 199k); under a label (目录:,
  提纲:) the same entries are :mod:`corpusmine.text.doc_notices`'s table of contents.  A speech's own headings each
  have their paragraphs below them, and a list of points the speaker names is not repeated as headings.
* **a view counter closing a title** (rule ``meta_row``): …演说(某某频道) --阅读人次 : 1126 (round 199k).
* **the site's address opening a line** (rule ``site_url_line``): http://www.example.com/ 某某协会常务副会长 (round 199k).
"""

from __future__ import annotations

import re

from corpusmine.text.lines import iter_lines

_SP = r"[ \t\u3000\xa0]"
#: a heading's number at a line's start
OUTLINE_NUMBER = re.compile(rf"{_SP}*(?:[一二三四五六七八九十]{{1,3}}、|[(（][一二三四五六七八九十]{{1,3}}[)）]|\d{{1,2}}[.、．](?!\d)"
                            r"|第[一二三四五六七八九十]{1,3}[,，、])")
_SENTENCE_END = re.compile(r"[。！？!?]")
#: the longest line an outline's entry is, and the most entries read
MAX_ENTRY, MAX_ENTRIES = 60, 40
_COUNTER_END = re.compile(rf"{_SP}*[-—]*{_SP}*(?:阅读|浏览|点击)(?:人次|次数)\s*[:：]{_SP}*\d+{_SP}*$", re.M)
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


def leading_outline(view: str) -> list[tuple[int, int]]:
    """An outline of the speech's headings above its first sentence, found again below (see the module's doc).

    Examples
    --------
    >>> page = ("一、担当作为\\n(一)加强党的领导\\n(二)提升服务水平\\n二、正视差距\\n某某在全县教育大会上的讲话\\n同志们:\\n"
    ...         "今天召开全县教育大会。\\n一、担当作为,全县教育事业成效显著\\n五年来,成效显著。")
    >>> [page[s:e] for s, e in leading_outline(page)]
    ['一、担当作为', '(一)加强党的领导', '(二)提升服务水平', '二、正视差距']
    >>> leading_outline("同志们:\\n一、提高认识\\n二、压实责任\\n三、狠抓落实\\n要抓好落实。")   # 讲话中的要点,不再出现
    []
    """
    entries: list[tuple[int, int]] = []
    for s, e, line in iter_lines(view):
        entry = line.strip()
        if not entry:
            continue
        if _SENTENCE_END.search(entry) or len(entry) > MAX_ENTRY or len(entries) >= MAX_ENTRIES:
            break
        if entries or OUTLINE_NUMBER.match(line):
            entries.append((s, e))
    run = numbered_outline(view, entries)
    return run if run and not _SENTENCE_END.search(view, 0, run[0][0]) else []


def head_list_spans(view: str) -> list[tuple[int, int, str]]:
    """``(start, end, rule)`` spans of this module's families in ``view``.

    Examples
    --------
    >>> page = "某某竞选总部演说(某某频道) --阅读人次 : 1126\\nhttp://www.example.com/ 某某协会常务副会长\\n各位来宾:\\n大家好。"
    >>> [(page[s:e], rule) for s, e, rule in head_list_spans(page)]
    [(' --阅读人次 : 1126', 'meta_row'), ('http://www.example.com/ ', 'site_url_line')]
    """
    spans = [(s, e, "recommend_list") for s, e in leading_outline(view)]
    if "人次" in view or "次数" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _COUNTER_END.finditer(view)]
    if "http" in view:
        spans += [(m.start(), m.end(), "site_url_line") for m in _URL_START.finditer(view)]
    return spans
