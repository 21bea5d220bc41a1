"""A converted document's page breaks left inside the speech: its running header and its page numbers (session ac).

Document-sharing and template sites serve a speech extracted from a PDF or Word file page by page.  Where one page
ends and the next begins, the extraction leaves what the page's edge carried, glued into the running text.  Two
shapes the line rules do not read, left over in held-out rounds 96k-103k; each is told by its shape, never by a site:

* **a running header** (rule ``running_header``): the document's title, or its end, with the page's number, glued
  inside a sentence (……树立了一批先进典型全市护电工作会议上的讲话第 2 页 案例,……).  It goes when the text right
  before 第 N 页 repeats the end of the page's title (the title the head rules found, or a title-shaped line of the
  page's head) over at least :data:`MIN_TITLE_CHARS` characters, spaces and pinyin glosses not counted.  A speech
  citing a page (请大家翻到材料第2页) repeats no title and stays.
* **a page number opening a wrapped line** (rule ``page_counter``): 1-3 digits glued to the first character of a line
  that continues the sentence of the line above (……会议由\\n1同志宣读决定。), on a page whose lines are wrapped
  (:data:`MIN_CUT_LINES` or more lines end inside a sentence).  A number that counts something (2023年, 3个,
  5项, 10%, 1、) stays, unless a long line cut inside a word stands above it (…在渐渐地\\n13、长大, round 284k).  A number alone between blank lines that splits one clause (……新项目, 增\\n\\n1\\n\\n量提升…, round
  124k) goes too, when the lines around it are long wrapped lines; a heading's number between short lines stays.

* **a converted Word file's page banner** (rule ``word_banners``, round 282k): the title, a format label and a bracketed
  notice selling the file, with the page's number, stamped at every page's top and glued into the running text
  (某某致辞 WORD 版 【本文为 word 版,下载后可修改、打印,…请购买,谢谢。】 第 1 页), the last one often cut off at the
  page's end.  The banner is told by the format label and the notice's words of download or sale; the title before it
  goes where it repeats the first banner's title over at least :data:`MIN_TITLE_CHARS` characters.  A speech saying
  it has a Word version (材料有WORD版,会后发给大家。) has no bracketed notice and stays.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("在全市护电工作会议上的讲话\\n同志们:\\n一年来涌现出一批先进典型全市护电工作会议上的讲话第 2 页 案例,成效明显。")
>>> running_heads(st)
>>> st.doc.output
'在全市护电工作会议上的讲话\\n同志们:\\n一年来涌现出一批先进典型案例,成效明显。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.script import simplified_view

__all__ = ["HEAD_LINES", "MIN_CUT_LINES", "MIN_TITLE_CHARS", "running_heads", "word_banners"]

#: the fewest characters of the title's end a running header must repeat
MIN_TITLE_CHARS = 8
#: how many non-blank lines of the page's head are read for title-shaped lines
HEAD_LINES = 8
#: the fewest lines ending inside a sentence for a page to count as wrapped
MIN_CUT_LINES = 5

#: a page's number, not a counter's 第 2 页 共 5 页 (``doc_chrome.page_counters``)
_PAGE_NO = re.compile(r"[ \t]*第[ \t]*\d{1,3}[ \t]*页(?![ \t]*[,，/、]?[ \t]*共)[ \t]*")
#: a title-shaped line: no clause or sentence mark, no furniture
_TITLE_LINE = re.compile(r"^[^。！？!?:：,，;；|/>»\n]{6,60}$")
#: a pinyin gloss left in a title line the head rules removed whole (发(fā)言)
_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")
_SPACES = " \t\u3000\u00a0"
#: 1-3 digits opening a line, glued to a Chinese character
_LINE_NUMBER = re.compile(r"^(\d{1,3})(?=[\u4e00-\u9fff])", re.M)
#: …with the list mark a converter gave it (13、): a page number only below a long line cut inside a word, which no
#: list item follows (a list follows a heading, a colon or a sentence's end)
_LINE_NUMBER_MARK = re.compile(r"^\d{1,3}、(?=[\u4e00-\u9fff])", re.M)
_LONG_LINE = 150     # a line break that is a page break: a page of text above it
#: what follows a number that counts or orders something: it is the speech's own
_COUNTED = frozenset("年月日时号个名位人户家件项条次批届岁天周万亿千百十元角分米吨亩斤平层栋座所台辆套本篇章节期季度倍成"
                     "种类型级星线轮大多余前后点股支队组村镇乡县市区省是起例宗处场")
_SENTENCE_END = "。！？!?；;:：”」』)）…"
#: a converted file's format label and bracketed sale notice, closed or cut off at the line's end, with the page number
_BANNER = re.compile(r"[ \t]*(?:[Ww][Oo][Rr][Dd]|PDF|pdf|DOCX?|docx?)[ \t]*(?:版|格式|文档)[ \t]*"
                     r"【(?=[^】\n]{0,60}(?:下载|购买|打印|付费))[^】\n]{0,80}(?:】|[^】\n]*$)"
                     r"(?:[ \t]*第[ \t]*\d{1,3}[ \t]*页)?[ \t]*", re.M)


def _titles(st: CleaningState) -> list[str]:
    """The page's title and the title-shaped lines of its head, simplified, glosses and spaces taken out."""
    found = [st.page_title] if st.page_title else []
    n = 0
    for _, _, line in iter_lines(st.doc.text):
        if not line.strip():
            continue
        n += 1
        if n > HEAD_LINES:
            break
        found.append(line.strip())
    keys = []
    for t in found:
        t = "".join(ch for ch in _GLOSS.sub("", simplified_view(t)) if ch not in _SPACES)
        if _TITLE_LINE.match(t) and t not in keys:
            keys.append(t)
    return keys


def _header_start(view: str, end: int, line_start: int, titles: list[str]) -> int:
    """Where a running header ending at ``end`` starts: the longest title end the text before repeats, or -1."""
    best = -1
    for title in titles:
        i, k, start = end, len(title), -1
        while i > line_start and k > 0:
            ch = view[i - 1]
            if ch in _SPACES:
                i -= 1
                continue
            if ch != title[k - 1]:
                break
            i, k = i - 1, k - 1
            start = i
        if start >= 0 and len(title) - k >= MIN_TITLE_CHARS and (best < 0 or start < best):
            best = start
    return best


def _running_headers(st: CleaningState, view: str) -> list[tuple[int, int, str]]:
    titles = None
    spans, own = [], None
    first = len(view) - len(view.lstrip())      # the page's first non-blank character
    for m in _PAGE_NO.finditer(view):
        titles = _titles(st) if titles is None else titles
        if not titles:
            return []
        line_start = view.rfind("\n", 0, m.start()) + 1
        start = _header_start(view, m.start(), line_start, titles)
        if start >= 0 and start == line_start and first >= line_start:
            own = (start, m.end(), "running_header")     # the page's own title line, unless the header repeats below
        elif start >= 0:
            spans.append((start, m.end(), "running_header"))
    # 某某讲话.docx 第1页 / 第2页 / 第3页 (round 227k): the first is the same header as the rest, not the page's title;
    # a header numbered 第1页 with one repeat below it too (round 233k: a two-page preview)
    first_page = own is not None and re.search(r"第[ \t]*1[ \t]*页[ \t]*$", view[own[0]:own[1]])
    return spans + [own] if own and (len(spans) >= 2 or spans and first_page) else spans


def _previous_line_end(view: str, line_start: int) -> str:
    """The last character of the nearest non-blank line above ``line_start`` ('' at the page's top)."""
    i = line_start - 1
    while i > 0 and view[i - 1] in "\n" + _SPACES:
        i -= 1
    return view[i - 1] if i > 0 else ""


def _line_numbers(view: str) -> list[tuple[int, int, str]]:
    candidates = []
    for m in _LINE_NUMBER.finditer(view):
        if view[m.end()] in _COUNTED:
            continue
        last = _previous_line_end(view, m.start())
        if last and last not in _SENTENCE_END and ("\u4e00" <= last <= "\u9fff" or last in ",，、"):
            candidates.append((m.start(), m.end(), "page_counter"))
    marks = []                                     # 13、 between the halves of a word (…在渐渐地\n13、长大; round 284k)
    for m in _LINE_NUMBER_MARK.finditer(view):
        line_start = view.rfind("\n", 0, m.start() - 1) + 1
        above = view[line_start:m.start()].rstrip(_SPACES + "\n")
        cut = len(above.strip()) >= _LONG_LINE and "\u4e00" <= above[-1] <= "\u9fff" and view[m.end()] not in _COUNTED
        marks.append((m.start(), m.end(), int(m.group()[:-1]), cut))
    # a list's item has a neighbour number opening a line that is no page's cut (1、 … 2、); page numbers have only cut ones
    marked = [(a, b, "page_counter") for a, b, n, cut in marks
              if cut and not any(abs(n2 - n) == 1 and not cut2 and abs(a2 - a) < 600 for a2, _, n2, cut2 in marks)]
    if not candidates:
        return marked
    cut = sum(1 for _, _, line in iter_lines(view) if (t := line.rstrip(_SPACES)) and t[-1] not in _SENTENCE_END)
    return (candidates if cut >= MIN_CUT_LINES else []) + marked


#: a page number alone on its line, blank lines around it (…离不开新项目, 增\n\n1\n\n量提升也…, round 124k)
_LONE_NUMBER = re.compile(r"(?<=\n)[ \t]*\n[ \t]*(\d{1,3})[ \t]*\n(?=[ \t]*\n)")
#: what makes a number before it a count or an order (第 2, 共 3, 约 5)
_COUNTING = frozenset("第共约近超达至逾及每")
_WRAPPED_LINE = 15
_BLANKS = re.compile(r"\s*")


def _lone_numbers(view: str) -> list[tuple[int, int, str]]:
    """A page number alone between blank lines that splits one clause: the line above is a long line ending inside
    it (a Chinese character or a comma), the line below a long line going on with a Chinese character.

    Examples
    --------
    >>> v = "项目建设是经济增长的内生动力,存量优化离不开新项目, 增\\n\\n1\\n\\n量提升也离不开新项目,总量扩张更离不开新项目。"
    >>> [v[a:b] for a, b, _ in _lone_numbers(v)]
    ['\\n1\\n']
    >>> _lone_numbers("一、总体要求\\n\\n1\\n\\n加强领导")       # a heading's number: the lines around it are short
    []
    """
    spans = []
    for m in _LONE_NUMBER.finditer(view):
        above = view[view.rfind("\n", 0, m.start() - 1) + 1:m.start()].strip()
        below_start = _BLANKS.match(view, m.end()).end()      # no copy of the page's rest for each number
        nl = view.find("\n", below_start)
        below = view[below_start:len(view) if nl < 0 else nl].strip()
        if len(above) < _WRAPPED_LINE or len(below) < _WRAPPED_LINE or above[-1] in _COUNTING:
            continue
        if above[-1] in _SENTENCE_END or not ("\u4e00" <= above[-1] <= "\u9fff" or above[-1] in ",，、"):
            continue
        if "\u4e00" <= below[0] <= "\u9fff" and below[0] not in _COUNTED:
            spans.append((m.start(1) - 1, m.end(1) + 1, "page_counter"))
    return spans


def word_banners(st: CleaningState) -> None:
    """Delete a converted Word file's page banners: title, format label, sale notice, page number (see the module).

    Examples
    --------
    >>> t = "某某开幕式上的致辞 WORD 版 【本文为 word 版,下载后可修改、打印,请购买,谢谢。 】 第 1 页 某某开幕式上的致辞 尊敬的各位来宾:今天大会隆重开幕。同时,某某开幕式上的致辞 WORD 版 【本文为 word 版,下载"
    >>> st = CleaningState(t)
    >>> word_banners(st)
    >>> st.doc.output
    '某某开幕式上的致辞 尊敬的各位来宾:今天大会隆重开幕。同时,'
    >>> st = CleaningState("同志们:\\n材料有WORD版,会后发给大家。")
    >>> word_banners(st)
    >>> st.doc.output
    '同志们:\\n材料有WORD版,会后发给大家。'
    """
    _, view = st.view()
    if "【" not in view:
        return
    spans, title = [], None
    for m in _BANNER.finditer(view):
        line_start = view.rfind("\n", 0, m.start()) + 1
        before = "".join(ch for ch in view[line_start:m.start()] if ch not in _SPACES)
        if title is None and _TITLE_LINE.match(before):
            title = before          # the first banner opens its line with the title
        start = _header_start(view, m.start(), line_start, [title]) if title else -1
        spans.append((start if start >= 0 else m.start(), m.end(), "running_header"))
    st.delete_spans(spans)


def running_heads(st: CleaningState) -> None:
    """Delete a running header glued into the text and page numbers opening wrapped lines (see the module).

    Examples
    --------
    >>> st = CleaningState("在全县表彰大会上的讲话\\n同志们:\\n请大家翻到材料第2页,看第三条。")
    >>> running_heads(st)
    >>> st.doc.output       # a page cited in a sentence: no title before it
    '在全县表彰大会上的讲话\\n同志们:\\n请大家翻到材料第2页,看第三条。'
    >>> lines = ["同志们:", "今年以来,全镇上下围绕", "中心工作,扎实推进各项", "任务落实,会议由", "1同志宣读表彰决定,", "各村要抓好落实,确保", "2023年完成任务。"]
    >>> st = CleaningState("\\n".join(lines))
    >>> running_heads(st)
    >>> st.doc.output.split("\\n")[4], st.doc.output.split("\\n")[6]
    ('同志宣读表彰决定,', '2023年完成任务。')
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    if "页" in view:
        spans += _running_headers(st, view)
    if "\n" in view:
        spans += _line_numbers(view)
        spans += _lone_numbers(view)
    st.delete_spans(spans)
