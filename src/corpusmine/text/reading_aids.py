"""What a reading site adds to a text it reprints: a textbook's inline notes, a page's number after the title (session aa).

Study and reading sites (textbook reprints of famous speeches, multi-page articles, e-book chapters) add two families
the line rules do not read, learned from held-out rounds 89 and 93-96; each is told by its shape, never by a site:

* **inline annotations** (rule ``annotation``): a textbook's note set right after the word it explains, the word
  repeated in 〔〕 and the explanation after it, with the circled number that calls it (……李先生〔李先生〕指李公朴,
  爱国民主人士。究竟犯了什么罪……; 一二·一①〔一二·一〕1945年11月25日晚,……).  The note runs to its first full stop
  and on over further sentences while they read as a note: no exclamation or question mark, not opened by a closing
  quote or a clause's mark (……由于“桃色事件”。”,说什么…: the speech resumes), at most :data:`MAX_NOTE` characters.
  The word must stand right before the bracket: a document number's year (国发〔2005〕22号) and the cleaner's
  placeholder (〔某〕) repeat nothing and stay.
* **a title's page number** (rule ``page_number``): the page of a text split over several pages, written after its
  title on a line above the speech (十佳班主任演讲稿4篇(2), 某某发言稿怎么写?( 九 ), 学问之趣味(1)).  The line holds
  no full stop; a collection's numbered part headings (某某讲话(1) … 某某讲话(2), the same title with another number
  on another line) stay for the splitter.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("十佳班主任演讲稿(2)\\n同志们:\\n这是某集团〔某集团〕指某反动派。的无耻!要依照国发〔2005〕22号文件办。")
>>> reading_aids(st)
>>> st.doc.output
'十佳班主任演讲稿\\n同志们:\\n这是某集团的无耻!要依照国发〔2005〕22号文件办。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.page_edges import is_anchor_line

__all__ = ["MAX_NOTE", "reading_aids"]

#: the longest inline annotation taken, in characters
MAX_NOTE = 400
_BRACKET = re.compile(r"〔([^〔〕\n]{1,12})〕")
_CALL = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳][ \t]*$")
_SENTENCE = re.compile(r"[^。\n]*?。")
_VOICE = re.compile(r"[！？!?]")
_RESUMES = "”’」』),，、;；:：!！?？）"
#: a title line above the speech closed by a page's number in brackets (学问之趣味(1), 某某稿怎么写?( 九 ))
_TITLE_PAGE = re.compile(r"^(?P<stem>[^\n。]{2,60}?)(?P<n>[ \t]*[(（][ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[)）])[ \t]*$")


def _note_end(view: str, start: int) -> int:
    """Where an annotation that starts at ``start`` (after its bracket) ends, or -1 when it is no note."""
    m = _SENTENCE.match(view, start)
    if not m or m.end() - start > MAX_NOTE or _VOICE.search(m.group()):
        return -1
    end = m.end()
    while end < len(view) and view[end] not in _RESUMES and (n := _SENTENCE.match(view, end)) \
            and not _VOICE.search(n.group()) and n.end() - start <= MAX_NOTE:
        end = n.end()
    return end


def _annotations(view: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _BRACKET.finditer(view):
        word = m.group(1)
        call = _CALL.search(view, max(0, m.start() - 3), m.start())
        before = call.start() if call else m.start()
        if word == "某" or not view.startswith(word, before - len(word)) or before - len(word) < 0:
            continue
        end = _note_end(view, m.end())
        if end > 0:
            spans.append((before, end, "annotation"))
    return spans


def _title_pages(view: str) -> list[tuple[int, int, str]]:
    head = []
    for s, e, line in iter_lines(view):
        head.append((s, line))
        if is_anchor_line(line):
            break   # a title asking a question (某某发言稿怎么写?( 九 )) is read, not the lines below it
    spans = []
    for s, line in head:
        m = _TITLE_PAGE.match(line)
        if not m or not re.search(r"[\u4e00-\u9fff]{2}", m.group("stem")):
            continue
        stem = m.group("stem").strip()
        numbered = re.compile(re.escape(stem) + r"[ \t]*[(（][ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[)）]")
        if sum(1 for _ in numbered.finditer(view)) > view.count(line.strip()):
            continue   # the same title with another number on another line: a collection's part headings
        spans.append((s + m.start("n"), s + m.end("n"), "page_number"))
    return spans


def reading_aids(st: CleaningState) -> None:
    """Delete a reading site's inline annotations and a title's page number (see the module's description).

    Examples
    --------
    >>> st = CleaningState("某某讲话(1)\\n同志们:\\n要抓好落实。\\n某某讲话(2)\\n同志们:\\n要久久为功。")
    >>> reading_aids(st)
    >>> st.doc.output == "某某讲话(1)\\n同志们:\\n要抓好落实。\\n某某讲话(2)\\n同志们:\\n要久久为功。"   # part headings stay
    True
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    if "〔" in view:
        spans += _annotations(view)
    if ")" in view or "）" in view:
        spans += _title_pages(view)
    st.delete_spans(spans)
