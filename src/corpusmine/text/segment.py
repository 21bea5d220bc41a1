"""Split a cleaned speech into paragraphs and sections.

Chinese speeches announce their structure with numbered headings.  This module
recognises the common forms::

    一、提高站位            cn_dun      (一)开展……          cn_paren
    第一,……                di_cn       一是……  / 一要……    cn_shi / cn_yao
    1、……                  num_dun     (1)……              num_paren

A heading is *standalone* (a short paragraph of its own) or *run-in* (the first
short sentence of a longer paragraph: "一要聚焦规定动作,抓好硬性任务。对台账……").
Short unnumbered lines without sentence punctuation that precede the first
numbered section are headings too (some template sites strip the numbers).

The top level of a speech is the kind of its first standalone numbered
heading; every paragraph belongs to the section opened by the last top-level
heading before it (section 0 is the opening before the first heading), and to
the subsection opened by the last lower-level or run-in heading.

Examples
--------
>>> paras = split_paragraphs("同志们:\\n一、提高站位\\n要抓实抓细。\\n二、压实责任\\n要久久为功。")
>>> [(p.section_id, p.section_title) for p in detect_sections(paras)]
[(0, ''), (1, '一、提高站位'), (1, '一、提高站位'), (2, '二、压实责任'), (2, '二、压实责任')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpusmine.text.patterns import SALUTATION

_N = "[一二三四五六七八九十]{1,3}"
HEADING_KINDS: list[tuple[str, re.Pattern]] = [
    ("cn_dun", re.compile(rf"^{_N}\s*[、.．]")),
    ("cn_paren", re.compile(rf"^[(（]\s*{_N}\s*[)）]")),
    ("di_cn", re.compile(rf"^第{_N}(?:部分|章|节|个方面|方面|点|条|句话)?\s*[、,，:：.．]")),
    ("cn_shi", re.compile(rf"^{_N}是")),
    ("cn_yao", re.compile(rf"^{_N}要(?!求)")),
    ("num_dun", re.compile(r"^\d{1,2}\s*[、.．](?!\d)")),
    ("num_paren", re.compile(r"^[(（]\s*\d{1,2}\s*[)）]")),
]
_SENT = re.compile(r"[。！？!?]")
_FIRST_SENT = re.compile(r"^(.{2,40}?[。！？!?:：])(?=.)")

STANDALONE_MAX = 60   # characters
UNNUMBERED_MAX = 30
RUN_IN_MAX = 40


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a speech with its place in the speech's outline.

    Parameters
    ----------
    paragraph_no : int
        1-based position of the paragraph in its speech.
    text : str
        The paragraph's text.
    section_id : int, default 0
        Section the paragraph belongs to (0 is the opening before the first
        heading).
    section_title, subsection_title : str, default ""
        Titles of the enclosing section and subsection.
    heading_kind : str, default ""
        Numbering kind (see :func:`heading_kind`) when the paragraph is or
        starts with a heading.
    heading_level : int, default 0
        1 for a section heading, 2 for a subsection heading, 0 for body text.
    run_in : bool, default False
        True when the heading is the first sentence of a longer paragraph.

    Examples
    --------
    >>> p = Paragraph(2, "一、提高站位")
    >>> p.text, p.section_id, p.heading_level
    ('一、提高站位', 0, 0)
    """

    paragraph_no: int          # 1-based within the speech
    text: str
    section_id: int = 0
    section_title: str = ""
    subsection_title: str = ""
    heading_kind: str = ""     # numbering kind when the paragraph is or starts with a heading
    heading_level: int = 0     # 1 = section heading, 2 = subsection heading, 0 = body text
    run_in: bool = False       # the heading is the first sentence of a longer paragraph


def split_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per non-empty line of a cleaned speech.

    Parameters
    ----------
    text : str
        A cleaned speech, one paragraph per line.

    Returns
    -------
    list of Paragraph
        Lines stripped of surrounding spaces, blank lines dropped, numbered
        from 1; their outline fields are left at their defaults (see
        :func:`detect_sections`).

    Examples
    --------
    >>> [(p.paragraph_no, p.text) for p in split_paragraphs("同志们:\\n\\n  要抓实抓细抓出成效。\\n")]
    [(1, '同志们:'), (2, '要抓实抓细抓出成效。')]
    """
    lines = [ln.strip() for ln in text.split("\n")]
    return [Paragraph(i + 1, ln) for i, ln in enumerate(ln for ln in lines if ln)]


def heading_kind(text: str) -> str:
    """The numbering kind a paragraph starts with, or ''.

    Parameters
    ----------
    text : str
        A paragraph.

    Returns
    -------
    str
        One of the kinds of ``HEADING_KINDS`` (``cn_dun``, ``cn_paren``,
        ``di_cn``, ``cn_shi``, ``cn_yao``, ``num_dun``, ``num_paren``), or ''
        when the paragraph does not start with a numbering.

    Examples
    --------
    >>> heading_kind("一、提高站位"), heading_kind("(二)压实责任"), heading_kind("一要聚焦规定动作")
    ('cn_dun', 'cn_paren', 'cn_yao')
    >>> heading_kind("要抓实抓细抓出成效。")
    ''
    """
    for kind, pat in HEADING_KINDS:
        if pat.match(text):
            return kind
    return ""


def _is_standalone(text: str) -> bool:
    body = text.rstrip("。！？!?;；:：")
    return len(text) <= STANDALONE_MAX and not _SENT.search(body)


def _is_unnumbered_heading(text: str) -> bool:
    return (
        len(text) <= UNNUMBERED_MAX
        and not _SENT.search(text)
        and not re.search(r"[:：;；,，]$", text)
        and not SALUTATION.match(text)
    )


def detect_sections(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Give every paragraph its section and subsection (see the module docstring).

    Parameters
    ----------
    paragraphs : list of Paragraph
        The paragraphs of one speech, in order (see :func:`split_paragraphs`).

    Returns
    -------
    list of Paragraph
        New paragraphs (the input is not modified) with ``section_id``,
        ``section_title``, ``subsection_title``, ``heading_kind``,
        ``heading_level`` and ``run_in`` filled in.

    Examples
    --------
    >>> paras = split_paragraphs("同志们:\\n一、提高站位\\n一要聚焦规定动作,抓好硬性任务。对台账逐项销号。\\n二、压实责任")
    >>> [(p.section_id, p.subsection_title) for p in detect_sections(paras)]
    [(0, ''), (1, ''), (1, '一要聚焦规定动作,抓好硬性任务'), (2, '')]
    """
    n = len(paragraphs)
    info = []  # (kind, standalone, run_in_title)
    for i, p in enumerate(paragraphs):
        kind = heading_kind(p.text)
        standalone = False
        run_in_title = ""
        if kind and _is_standalone(p.text):
            standalone = True
        elif kind:
            m = _FIRST_SENT.match(p.text)
            if m and len(m.group(1)) <= RUN_IN_MAX:
                run_in_title = m.group(1).rstrip("。！？!?:：")
        elif i > 0 and i < n - 1 and _is_unnumbered_heading(p.text):
            nxt = paragraphs[i + 1].text
            if len(nxt) > len(p.text):
                kind, standalone = "unnumbered", True
        info.append((kind, standalone, run_in_title))

    top_kind = next((k for k, s, _ in info if s and k != "unnumbered"), None)
    first_top = next((i for i, (k, s, _) in enumerate(info) if s and k == top_kind), n)
    if top_kind is None:
        # no numbered standalone headings: unnumbered ones (if any) are the top level,
        # otherwise the first run-in kind is.
        if any(k == "unnumbered" for k, _, _ in info):
            top_kind = "unnumbered"
            first_top = n
        else:
            top_kind = next((k for k, _, t in info if t), None)
            first_top = n

    out = []
    section_id, section_title, sub_title = 0, "", ""
    for i, (p, (kind, standalone, run_in_title)) in enumerate(zip(paragraphs, info)):
        level = 0
        title = ""
        run_in = False
        if standalone:
            title = p.text.rstrip("。！？!?;；:：")
            if kind == top_kind or (kind == "unnumbered" and i < first_top):
                level = 1
            else:
                level = 2
        elif run_in_title:
            title, run_in = run_in_title, True
            # the same numbering as the top level is the top level, written in-paragraph
            level = 1 if kind == top_kind else 2
        if level == 1:
            section_id += 1
            section_title, sub_title = title, ""
        elif level == 2:
            sub_title = title
        out.append(
            replace(
                p,
                section_id=section_id,
                section_title=section_title,
                subsection_title=sub_title,
                heading_kind=kind if level else "",
                heading_level=level,
                run_in=run_in,
            )
        )
    return out
