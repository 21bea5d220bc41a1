"""A document site's chunk numbers: the pages of a served file numbered 1、 2、 3、 before each (rule ``doc_widget``).

A document site serves a file in chunks and numbers them at their first line (1、各位同志们,朋友们: … 2、今天,我们…).
The numbers go when they run 1, 2, 3 … and the first chunk opens on a salutation, or the chunks are long and the first
opens on a salutation after the title or on the document's title itself (1、【某某发言】某某… under 【某某发言】某某.docx;
round 266k).  A speech's own numbered points (1、抓好…, 2、压实…) keep their numbers.
"""
from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState

__all__ = ["CHUNK_NUMBER", "MIN_CHUNK", "chunk_numbers"]

#: a paragraph number a document site puts before every paragraph it serves: 1、各位同志们,朋友们:
CHUNK_NUMBER = re.compile(r"^[ \t\u3000]*(\d{1,3})、(?=\S)", re.M)
#: the fewest characters of every chunk when a run of only two numbers is taken (round 106: 1、 and 2、 of a cut excerpt)
MIN_CHUNK = 200
#: a salutation in the first chunk's first 80 characters, the document's title glued before it (round 106:
#: 1、演讲稿:某某各位领导、各位来宾、你们好!…), for a run of long chunks
_OPENER = re.compile(r"^[^\n。！？!?]{0,80}?(?:尊敬的|亲爱的|敬爱的|各位|同志们|老师们|同学们|朋友们|女士们)[^\n。！？!?]{0,30}?"
                     r"(?:们|领导|来宾|嘉宾|老师|同学|朋友|代表|同志|同仁|家长|评委|员工)[、,，:：!！]")


def chunk_numbers(st: CleaningState, *, min_run: int = 3) -> None:
    """Paragraph numbers a document site puts before each paragraph it serves (rule ``doc_widget``).

    The numbers go when they run 1, 2, 3 … over at least ``min_run``
    paragraphs and the paragraph numbered 1 is a salutation (各位同志们,朋友们:):
    a speech numbers its points, never its salutation, so a list of points
    (1、抓好…, 2、压实…) keeps its numbers.

    Examples
    --------
    >>> st = CleaningState("奠基仪式致辞\\n1、各位同志们,朋友们:\\n2、今天,我们在这里举行奠基仪式。\\n3、这是一件大事。")
    >>> chunk_numbers(st)
    >>> st.doc.output
    '奠基仪式致辞\\n各位同志们,朋友们:\\n今天,我们在这里举行奠基仪式。\\n这是一件大事。'
    >>> st = CleaningState("同志们:\\n1、抓好人居环境整治。\\n2、压实工作责任。\\n3、强化督查考核。")
    >>> chunk_numbers(st)
    >>> st.doc.output.count("、")
    3
    """
    _, view = st.view()
    p = view.find("1、")
    while p >= 0:               # only a "1、" opening a salutation line starts a run: str.find, no page scan
        start = view.rfind("\n", 0, p) + 1
        end = view.find("\n", p)
        end = len(view) if end < 0 else end
        m = CHUNK_NUMBER.match(view, start, end)
        strict = bool(m) and bool(P.SALUTATION_LINE.match(view[m.end():end].strip()))
        if m and m.group(1) == "1" and (strict or _OPENER.match(view[m.end():end].strip()) or _titled(st, view, start, m.end())):
            run = [(m.start(1), m.end())]
            while end < len(view):          # the next non-blank lines, numbered 2, 3, …
                start = end + 1
                end = view.find("\n", start)
                end = len(view) if end < 0 else end
                if not view[start:end].strip():
                    continue
                n = CHUNK_NUMBER.match(view, start, end)
                if n is None or int(n.group(1)) != len(run) + 1:
                    break
                run.append((n.start(1), n.end()))
            long_chunks = all(b - a >= MIN_CHUNK for (_, a), (b, _) in zip(run, run[1:]))
            if (strict and len(run) >= min_run) or (len(run) >= 2 and long_chunks):
                st.doc.delete_many(run, "doc_widget")
            return
        p = view.find("1、", p + 2)


#: a file's name above the text: its title with the file's extension
_FILE_EXT = re.compile(r"\.(?:docx?|pdf|txt|pptx?|wps)$", re.I)


def _titled(st: CleaningState, view: str, start: int, p: int, *, min_title: int = 8) -> bool:
    """Whether the chunk numbered at ``p`` opens on a title standing on one of the lines above it in the page as
    given (a file's name, which an earlier rule may have deleted)."""
    given = st.input_view()
    s = st.input_pos(start)
    above = [_FILE_EXT.sub("", x.strip()) for x in given[max(0, s - 600):s].split("\n")[-4:]]
    return any(len(t) >= min_title and view.startswith(t, p) for t in above)
