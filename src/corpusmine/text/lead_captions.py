"""Narrative captions of a meeting report's pictures: who did what, on a line of its own (development round chrome24:
county, city and department portals and their mirrors).

A portal's meeting report keeps the captions of its pictures as lines of their own, above the lead or between the
paragraphs.  :mod:`corpusmine.text.event_captions` takes a scene (会议现场) and the acts of a ceremony; this module
takes the caption that tells a whole act in the third person, with no sentence's end (rule ``photo_caption``):

* **an agent and a narrative act** (:func:`narrative_caption`): an office (书记, 县长, 局长, 秘书长, 一行, 大会 …)
  and, after it, an act told of it (传达, 参加…审议, 对…提出要求, 对…进行部署, 进行了表彰, 看望, 采访 …);
* **a visit act first** (:func:`visit_caption`): 采访/考察/调研/察看… and its object, the agent left to the picture
  (考察调研建设中的垃圾处理厂);
* **a scene with its place** (某某代表团审议现场): a short line closed by 现场.

The line itself is never enough, since a speech's headings are short lines without a sentence's end too.  The page
has to give the evidence:

* a **run**: the caption stands next to another caption (of this module, or an event caption of
  :func:`corpusmine.text.event_captions.caption_strength`), as a picture series does;
* an **echo**: the paragraph right after it opens with the caption's own first words (the report then tells the
  act in full: 某某局长某某对…提出要求 / 某某局长某某指出,…);
* for a visit act first: a run of them above the page's first sentence.

What stays: a heading (一、… / (二)… / 第一,…), a line with a directive or the speaker's voice (要, 必须, 我们 …), a
speaker's act alone (某某讲话, 某某致辞: a speech's heading or an agenda item), a line cut inside a bracket or a
quotation, a salutation (同志们:), any line with a sentence's end or a comma, and a line after a long line left open
(a page broken inside its sentences).  Every removal is an audited edit.

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("某某局局长某某对森林防火提出具体要求\\n某某局局长某某指出,森林防火是头等大事。\\n"
...                    "一、统一思想,提高认识\\n同志们:\\n要抓好落实。")
>>> lead_captions(st)
>>> st.doc.output
'\\n某某局局长某某指出,森林防火是头等大事。\\n一、统一思想,提高认识\\n同志们:\\n要抓好落实。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.event_captions import PLACED_SCENE, caption_strength
from corpusmine.text.lines import iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["lead_captions", "narrative_caption", "visit_caption"]

#: a sentence's end, or a clause that runs on at the line's end
_END = re.compile(r"[。！？!?；;…]|[:：,，、]\s*$")
#: who acts: an office, a delegation, the meeting itself
_OFFICE = re.compile(r"书记|秘书长|市长|县长|区长|镇长|乡长|旗长|州长|主席|主任|部长|局长|厅长|处长|常委|委员|院长|校长|所长|站长|"
                     r"社长|会长|总指挥|指挥长|负责人|领导|一行|代表团|大会")
#: an act told of the agent (not a speaker's act: 讲话/致辞/发言/主持 alone head a speech or list an agenda)
_ACT = re.compile(r"传达|参加|列席|看望|慰问|走访|采访|考察|调研|视察|察看|查看|参观|检查|督导|观摩|座谈|审议|颁发|颁奖|授牌|授旗|揭牌|"
                  r"签订|表彰|对[^\n]{1,30}?(?:提出|进行|作出|做出)")
#: a visit act at the line's start, its agent left to the picture
_VISIT_FIRST = re.compile(r"^(?:实地|深入)?(?:采访|考察|调研|视察|察看|查看|参观|走访|慰问|看望|督导)[\u4e00-\u9fff“”、]{3,}")
#: a heading's ordinal, a speech's title, a directive or the speaker's address: never a caption
_NOT_CAPTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．是]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十\d]+)"
                          r"|在[^\n]{0,40}上的(?:讲话|致辞|发言|报告)|讲话|致辞|发言|《"
                          r"|要(?![求点素件闻害案])|必须|务必|应当|应该|需要|一定|我|你|大家|同志们")
#: a quotation or a bracket left open (a sentence split where a flattened page was cut again)
_OPEN = (("“", "”"), ("(", ")"), ("（", "）"), ("《", "》"))
#: a line that ends where a sentence or a bracket does
_CLOSED = re.compile(r"[。！？!?；;：:”」』)）】]\s*$")
#: a line of prose: text and a sentence's end
_PROSE = re.compile(r"[\u4e00-\u9fff][^\n]{8,}[。！？!?]")


def _plain_line(t: str) -> bool:
    return 5 <= len(t) <= 45 and not _END.search(t) and "," not in t and "，" not in t and not _NOT_CAPTION.search(t) \
        and all(t.count(a) == t.count(b) for a, b in _OPEN) and not in_speech_voice(t)


def narrative_caption(line: str) -> bool:
    """Whether a line tells an act of an agent in the third person, with no sentence's end (a caption's shape).

    Examples
    --------
    >>> [narrative_caption(x) for x in ("某某镇党委书记某某对春季防火工作进行安排部署", "秘书长某某传达省委全会精神",
    ...                                  "县委副书记、代县长某某参加人大第二代表团审议", "大会对先进集体进行了表彰")]
    [True, True, True, True]
    >>> [narrative_caption(x) for x in ("一、统一思想,提高认识", "县委书记某某讲话", "各级书记要当好第一责任人",
    ...                                  "同志们:", "县长要对全年工作作出部署。", "在全县经济工作会议上的讲话")]
    [False, False, False, False, False, False]
    """
    t = line.strip()
    if not _plain_line(t):
        return False
    office, act = _OFFICE.search(t), _ACT.search(t)
    return bool(office and act and office.start() < act.start())


def visit_caption(line: str) -> bool:
    """Whether a line is a visit act and its object, with no agent and no sentence's end (考察调研某某处理厂).

    Examples
    --------
    >>> visit_caption("实地考察调研县污水处理中心"), visit_caption("采访县建设局局长某某")
    (True, True)
    >>> visit_caption("深入调研,摸清底数"), visit_caption("调研发现,问题还不少。"), visit_caption("要走访慰问困难群众")
    (False, False, False)
    """
    t = line.strip()
    return _plain_line(t) and bool(_VISIT_FIRST.match(t))


def _echoed(caption: str, nxt: str) -> bool:
    """The paragraph after a caption opens with the caption's first words (six characters or more)."""
    c, n = caption.strip(), nxt.strip()
    k = 0
    while k < len(c) and k < len(n) and c[k] == n[k]:
        k += 1
    return k >= 6 and bool(_PROSE.search(n))


def _caption_spans(view: str) -> list[tuple[int, int, str]]:
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    kind = []
    first_prose = len(lines)
    for i, (_, _, line) in enumerate(lines):
        t = line.strip()
        if first_prose == len(lines) and _PROSE.search(t):
            first_prose = i
        if narrative_caption(t):
            kind.append("act")
        elif visit_caption(t):
            kind.append("visit")
        elif _plain_line(t) and PLACED_SCENE.match(t):
            kind.append("scene")
        elif caption_strength(t) > 0:
            kind.append("other")
        else:
            kind.append("")
        prev = lines[i - 1][2].strip() if i else ""
        if kind[-1] and len(prev) > 45 and not _CLOSED.search(prev):
            kind[-1] = ""       # a long line left open: this one carries on its sentence (a page broken inside lines)
    spans = []
    for i, (s, e, line) in enumerate(lines):
        k = kind[i]
        if k in ("", "other"):
            continue
        near = [kind[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and kind[j]]
        if k == "act":
            take = bool(near) or (i + 1 < len(lines) and _echoed(line, lines[i + 1][2]))
        elif k == "scene":
            take = "act" in near
        else:   # a visit act first: only in a run above the page's first sentence
            take = i < first_prose and any(x in ("act", "visit") for x in near)
        if take:
            spans.append((s, e, "photo_caption"))
    return spans


_CANDIDATES = re.compile(r"书记|长|主席|主任|委员|领导|一行|代表团|大会|采访|考察|调研|视察|察看|查看|参观|走访|慰问|看望|督导|现场")


def lead_captions(st: CleaningState) -> None:
    """Delete the narrative captions of this module (rule ``photo_caption``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("采访县建设局局长某某\\n考察调研建设中的垃圾处理厂\\n调研组先后深入县污水处理中心进行调研。")
    >>> lead_captions(st)
    >>> st.doc.output
    '\\n\\n调研组先后深入县污水处理中心进行调研。'
    """
    _, view = st.view()
    if not _CANDIDATES.search(view):
        return
    st.delete_spans(_caption_spans(view))
