"""Lines a site prints on every page, learned from a folder of its pages (rule ``site_boilerplate``).

Rules describe families of chrome, but every site also has lines of its own
(its name and slogan, its menu, its sponsor, its footer) that no family
describes.  A researcher rarely downloads one page of a site: the pages of one
crawl share those lines while their speeches differ.  Following the line-level
de-duplication of web corpora (CCNet, Wenzek et al. 2020, "CCNet: Extracting
High Quality Monolingual Datasets from Web Crawl Data", LREC), a line counts as
**site boilerplate** when it stands on at least ``min_pages`` pages whose bodies
differ.

Two pages' bodies differ when none of their long lines (60 characters or
more; the first 30 characters of each are compared) is shared: copies of one
speech on several template sites share their paragraphs, so a speech's own
heading, title or salutation repeated on its copies is never learned.  Only
lines of at most 120 characters are learned.  When a page is cleaned with the
learned lines (:func:`corpusmine.text.clean.clean_document` ``site_lines=``), a
learned line goes; a line that reads as part of a speech is neither learned nor removed: a salutation, a title
(…讲话, …致辞), a numbered heading, a closing formula, a line in the speaker's
voice, a greeting (大家好!), a lead-in ending in a colon that is no site field
(会议强调:), or prose (two sentence ends and 30 Chinese characters).

Learning streams (:class:`SiteLineLearner`): memory holds the lines of the
last ``window`` pages and the lines already learned, not the folder; a line
whose pages lie further apart than ``window`` pages is not learned (pages of
one crawl are usually saved together).

Examples
--------
>>> pages = [f"某某县政务网 欢迎您\\n首页 | 新闻 | 公开\\n同志们:\\n{t}要抓好落实,确保各项任务按期完成。" * 1
...          for t in ("乡村振兴", "安全生产", "防汛抗旱")]
>>> sorted(learn_site_lines(pages))
['某某县政务网欢迎您', '首页|新闻|公开']
>>> from corpusmine.text.clean import clean_document
>>> clean_document(pages[0], site_lines=learn_site_lines(pages)).text
'同志们:\\n乡村振兴要抓好落实,确保各项任务按期完成。'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.edits import iter_lines
from corpusmine.text.page_edges import TAIL_KEEP
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["SiteLineLearner", "learn_site_lines", "line_key", "site_boilerplate"]

#: longest line learned (characters, white space removed)
MAX_LINE_CHARS = 120
#: a body line: at least this long; its first BODY_PREFIX characters identify it
BODY_LINE_CHARS = 60
BODY_PREFIX = 30
_WS = re.compile(r"\s+")
_ENDS = re.compile(r"[。！？!?]")
#: a greeting on a line of its own (大家好!, 各位来宾,上午好!)
_GREETING = re.compile(r"(?:大家|你们|您们|各位[\u4e00-\u9fff]{0,4}|同志们|朋友们|老师们|同学们)[,，、]?\s*(?:上午|下午|晚上|早上|中午)?好[!！。.]?\s*$"
                       r"|^\s*(?:上午|下午|晚上|早上|中午)好[!！。.]?\s*$")


def line_key(line: str) -> str:
    """The key a line is learned and found under: the line with its white space removed.

    Examples
    --------
    >>> line_key(" 首页 | 新闻 \\t")
    '首页|新闻'
    """
    return _WS.sub("", line)


def _page_lines(text: str) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    body: set[str] = set()
    for line in text.splitlines():
        k = line_key(line)
        if 2 <= len(k) <= MAX_LINE_CHARS:
            keys.add(k)
        if len(k) >= BODY_LINE_CHARS:
            body.add(k[:BODY_PREFIX])
    return keys, body


class SiteLineLearner:
    """Learn a folder's site boilerplate one page at a time (see the module docstring).

    Parameters
    ----------
    min_pages : int, default 3
        A line is learned once it stands on this many pages with different bodies.
    window : int, default 2000
        Pages a line may wait for its next page before it is forgotten (bounds the memory).

    Attributes
    ----------
    lines_ : set of str
        The keys (:func:`line_key`) learned so far.
    n_pages_ : int
        Pages seen.

    Examples
    --------
    >>> learner = SiteLineLearner(min_pages=2)
    >>> learner.add("某某网\\n同志们:\\n要抓好乡村振兴各项工作。").add("某某网\\n同志们:\\n要抓好安全生产各项工作。").lines_
    {'某某网'}
    """

    def __init__(self, *, min_pages: int = 3, window: int = 2000):
        if min_pages < 2:
            raise ValueError(f"min_pages must be at least 2, got {min_pages!r}")
        self.min_pages = min_pages
        self.window = window
        self.lines_: set[str] = set()
        self.n_pages_ = 0
        self._seen: dict[str, tuple[int, list[int]]] = {}    # key -> (last page, pages with different bodies)
        self._bodies: dict[int, frozenset[str]] = {}           # page -> its body prefixes (pages still referenced)
        self._speech: set[str] = set()                         # repeated lines that read as speech: never learned

    def add(self, text: str) -> SiteLineLearner:
        """Count one page's lines; returns the learner."""
        page = self.n_pages_
        self.n_pages_ += 1
        keys, body = _page_lines(text)
        body_f = frozenset(body)
        used = False
        for k in keys:
            if k in self.lines_ or k in self._speech:
                continue
            last, pages = self._seen.get(k, (page, []))
            if all(not (body_f & self._bodies[q]) for q in pages):
                pages = pages + [page]
                used = True
            if len(pages) >= self.min_pages:
                if _reads_as_speech(k):
                    self._speech.add(k)          # a salutation or a closing on every page is not chrome
                else:
                    self.lines_.add(k)
                self._seen.pop(k, None)
            else:
                self._seen[k] = (page, pages)
        if used:
            self._bodies[page] = body_f
        if page and page % self.window == 0:
            self._forget(page)
        return self

    def _forget(self, page: int) -> None:
        old = page - self.window
        self._seen = {k: v for k, v in self._seen.items() if v[0] > old}
        live = {q for _, pages in self._seen.values() for q in pages}
        self._bodies = {q: b for q, b in self._bodies.items() if q in live}


def learn_site_lines(texts: Iterable[str], *, min_pages: int = 3, window: int = 2000) -> frozenset[str]:
    """The site boilerplate of a folder of pages: keys of lines on ``min_pages`` pages with different bodies.

    Parameters
    ----------
    texts : iterable of str
        The pages (decoded text; for HTML pages, their text layer).
    min_pages, window : int
        See :class:`SiteLineLearner`.

    Returns
    -------
    frozenset of str
        Line keys (:func:`line_key`), for ``clean_document(..., site_lines=...)``.

    Examples
    --------
    >>> speech = "同志们:\\n" + "要坚持不懈抓好农村人居环境整治,持续改善村容村貌,让乡亲们住得舒心、过得开心。" * 2
    >>> learn_site_lines([speech, speech, speech])      # 同一篇讲话的三个副本: 什么也不学
    frozenset()
    """
    learner = SiteLineLearner(min_pages=min_pages, window=window)
    for text in texts:
        learner.add(text)
    return frozenset(learner.lines_)


#: a labelled site field, not a lead-in (来源:, 字号:, 登录名:密码:)
_SITE_LABEL = re.compile(r"来源|作者|时间|日期|编辑|字号|字体|标签|关键[词字]|位置|登录|密码|用户|浏览|点击|分享|打印|电话|邮箱|地址")


def _reads_as_speech(line: str) -> bool:
    s = line.strip()
    if s.endswith((":", "：")) and not _SITE_LABEL.search(s):
        return True    # a lead-in a report repeats (会议强调:, 主要做法如下:)
    if P.SALUTATION_LINE.match(s) or TAIL_KEEP.search(s) or _GREETING.search(s):
        return True
    if len(s) <= 40 and P.TITLE_LIKE.search(s):
        return True
    if len(_ENDS.findall(s)) >= 2 and len(P.RE_CJK.findall(s)) >= 30:
        return True
    return in_speech_voice(s)


def site_boilerplate(st: CleaningState) -> None:
    """Delete the lines of the page that are learned site boilerplate (rule ``site_boilerplate``).

    Nothing happens unless the page is cleaned with ``site_lines``; a learned
    line that reads as part of a speech stays (see the module docstring).

    Examples
    --------
    >>> st = CleaningState("某某县政务网 欢迎您\\n同志们:\\n要抓好落实。", site_lines={"某某县政务网欢迎您", "同志们:"})
    >>> site_boilerplate(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    """
    if not st.site_lines:
        return
    out, view = st.view()
    spans = []
    for s, e, line in iter_lines(out):
        k = line_key(line)
        if 2 <= len(k) <= MAX_LINE_CHARS and k in st.site_lines and not _reads_as_speech(view[s:e]):
            spans.append((s, e))
    if spans:
        st.doc.delete_many(spans, "site_boilerplate")
