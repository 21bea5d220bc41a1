"""What must go before the other rules take it apart (session ai, held-out rounds 144k-147k): rule ``early_framing``.

Three families of a page's framing lose their shape once the ordinary rules have run, so they are read first, right after
the encoding debris (the view is Simplified; every example is written here):

* **a site's menu as bullet lines heading the page** (round 144k): three or more bullet lines of a short name each
  (• 中心工会 / • 共青团委员会), the page's first lines; taken before the bullets go one by one and the names are left
  as lines of their own (rule ``navigation``).  A speech's bullet points stand below its title and salutation.
* **an outlet's wire lead** (round 145k): 某某网讯 and a lead in the report's voice speaking of the speech or of a press
  conference (…举行新闻发布会,…并答记者问。) or announcing the text below it (…以下为文字实录:, round 203k); taken before the dateline goes as a byline and leaves the lead as a
  paragraph of its own (rule ``news_lead``).  A lead holding the leader's instructions (要抓好…) is in the speech's
  voice and stays.  A news agency's dateline (某某社北京3月15日电, 据某某社3月3日消息) with the lead's first sentence in the report's voice,
  naming the speech (…某某讲了话。), goes the same way in the page's head when the speech opens right after it (a
  salutation or a speaker's label; round 152k), and so does a lead naming the speech that opens the page with the
  speaker's name and 说 glued before the speech's first words (…发表重要讲话。 某某说,今天,我们…; round 205k); a news report going on below its lead keeps it, and below a salutation
  only the dateline goes (a wire's lead quoted inside a speech).  A news agency's dateline alone on its line, in either
  script (新華網北京3月25日電), goes wherever it stands (round 220k).
* **a table of contents flattened into one line** (round 147k, flattened): 目录 and three or more titles, each with its
  page number, the numbers rising (目录 某某讲话 3 在某某会议上的讲话 12 …); taken before its label and the spaces
  around its numbers go (rule ``toc``).
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import first_lines
from corpusmine.text.report_heads import GENRE, QUOTED, SPEAKS_OF, in_report_voice
from corpusmine.text.speech_voice import OPENING_SALUTATION

__all__ = ["bullet_menu_spans", "early_framing", "flat_contents_spans"]

#: a bullet line of a site's menu: a bullet and a short name, no sentence's end
_BULLET_LINK = re.compile(r"^[ \t\u3000]*[•·▪◦●][ \t\u3000]*[^\n。！？!?,，;；:：]{2,20}[ \t\u3000]*$")
#: an outlet's dateline opening a news lead (中国网/某某门户网讯 某办定于…举行新闻发布会,…并答记者问。; round 145k)
_WIRE_LEAD = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff/／]{2,24}(?:网|社|台|报)讯[ \t\u3000:：]*(?P<body>[^\n]{10,300})$", re.M)
_PRESS_EVENT = re.compile(r"发布会|记者会|答记者问|吹风会")
#: the lead's last words announce the text below it (…发表获奖感言,以下为文字实录: / …讲话全文如下:; round 203k)
_TEXT_FOLLOWS = re.compile(r"(?:以下为|以下是|下面是)[^。！？!?\n]{0,12}?(?:实录|全文|原文|摘要|摘编)[:：]?[ \t\u3000]*$"
                           r"|(?:全文|实录|内容|原文)如下[:：]?[ \t\u3000]*$")
#: a news agency's dateline and the lead's first sentence (新华社北京3月15日电 各项议程进行完毕后,某某讲了话。; round 152k)
_AGENCY_LEAD = re.compile(r"^[ \t\u3000]*据?[\u4e00-\u9fff]{1,10}(?:社|网|台|报)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|消息)[,，]?"
                          r"(?:[ \t\u3000]*[(（]记者[^)）\n]{1,30}[)）])?[ \t\u3000]*(?P<body>[^\n。！？!?]{4,200}[。！？!?])", re.M)
#: a news agency's dateline alone on its line (新华网北京3月25日电, above the speech's title; round 220k): never a sentence
_DATELINE_ALONE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{1,10}(?:社|网|網|台|报|報)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|電)"
                             r"(?:[ \t\u3000]*[(（](?:记者|記者)[^)）\n]{1,30}[)）])?[ \t\u3000]*$", re.M)
#: a report's lead opening the page, then the speaker's name and 说, glued before the speech's first words
#: (…大会在人民大会堂隆重召开,某某同志发表重要讲话。 某某说,今天,我们在这里隆重集会…; round 205k)
_SAID_LEAD = re.compile(r"\A[ \t\u3000]*(?P<body>[^\n。！？!?]{10,200}。)[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:同志)?(?:说|讲|指出)[,，:：]"
                        r"(?=[ \t\u3000]*(?:今天|我们|同志们|各位|在这|值此|首先))")
#: the speech or its meeting named in the lead (讲了话, 发表讲话, 致辞, 开幕会…举行 …)
_NAMES_SPEECH = re.compile(rf"讲了?话|{GENRE}|举行|开幕|闭幕|召开")
#: a speaker's label opening a transcript (某某:)
_SPEAKER_LABEL = re.compile(r"[^\n:：。！？!?,，]{2,30}[:：]")
#: the speech has begun above a line: a sentence's end or a salutation's colon
_BEGUN = re.compile(r"[。！？!?:：]")
#: a table of contents flattened into one line after its label: titles each with its page number (目录 某某讲话 3 在某某会议
#: 上的讲话 12 …; round 147k, flattened), three or more, the numbers rising
_FLAT_CONTENTS = re.compile(r"目录[:：]?[ \t]+(?:[^\n。！？!?]{4,60}?[ \t]\d{1,3}(?=[ \t]|$)[ \t]*){3,}")
_PAGE_NO = re.compile(r"(?<=[ \t])\d{1,3}(?=[ \t]|$)")


def _opens_speech(view: str, pos: int) -> bool:
    """Whether the speech opens right after ``pos``, on its line or the next: a salutation (各位代表:) or a speaker's label
    (某某:).  A news report going on below its lead (全国政协16日召开座谈会。⏎主席指出,…) keeps its lead."""
    rest = view[pos:pos + 120].lstrip(" \t\u3000")
    rest = rest[1:].lstrip(" \t\u3000") if rest.startswith("\n") else rest
    return bool(OPENING_SALUTATION.match(rest) or P.SALUTATION.match(rest) or _SPEAKER_LABEL.match(rest))


def flat_contents_spans(view: str) -> list[tuple[int, int]]:
    """A table of contents flattened into one line: its label, titles and page numbers (the numbers must rise).

    Examples
    --------
    >>> v = "目录 某某新局面 3 在某某会议上的讲话 12 在某某闭幕式上的讲话 16 某某新局面 各位代表:大家好!"
    >>> [v[a:b] for a, b in flat_contents_spans(v)]
    ['目录 某某新局面 3 在某某会议上的讲话 12 在某某闭幕式上的讲话 16 ']
    >>> flat_contents_spans("目录 第一部分 9 第二部分 3 第三部分 5 ")      # numbers not rising: no contents
    []
    """
    spans = []
    for m in _FLAT_CONTENTS.finditer(view):
        numbers = [int(n) for n in _PAGE_NO.findall(m.group())]
        if len(numbers) >= 3 and all(a < b for a, b in zip(numbers, numbers[1:])):
            spans.append(m.span())
    return spans


def bullet_menu_spans(view: str, *, min_items: int = 3) -> list[tuple[int, int, str]]:
    """A site's menu as bullet lines at the very head of the page (• 中心工会 / • 共青团委员会 …; round 144k).

    Three or more bullet lines of a short name each (no sentence's end, no comma), the page's first lines: a
    speech's bullet points stand below its title and salutation, and say something.

    Examples
    --------
    >>> v = "• 某某联合党委\\n  • 中心工会\\n  • 共青团委员会\\n某某茶话会举行\\n同志们:\\n• 加强组织领导\\n• 强化督查\\n• 狠抓落实"
    >>> [v[a:b].strip() for a, b, _r in bullet_menu_spans(v)]
    ['• 某某联合党委', '• 中心工会', '• 共青团委员会']
    """
    items: list[tuple[int, int, str]] = []
    for s, e, line in first_lines(view, 12):
        if not _BULLET_LINK.match(line):
            break
        items.append((s, e, "navigation"))
    return items if len(items) >= min_items else []


def early_framing(st: CleaningState) -> None:
    """Delete what must go before other rules take it apart: a bullet menu heading the page (rule ``navigation``),
    before its bullets go one by one; an outlet's dateline lead (rule ``news_lead``), before its dateline goes as a byline;
    a table of contents flattened into one line (rule ``toc``), before its label and spaces go.

    Examples
    --------
    >>> st = CleaningState("• 某某联合党委\\n• 中心工会\\n• 共青团委员会\\n某某茶话会举行")
    >>> early_framing(st)
    >>> st.doc.output
    '\\n\\n\\n某某茶话会举行'
    >>> st = CleaningState("某某网讯 某办定于今日上午举行新闻发布会,请某某介绍有关情况,并答记者问。\\n主持人:\\n大家上午好。")
    >>> early_framing(st)
    >>> st.doc.output
    '\\n主持人:\\n大家上午好。'
    >>> st = CleaningState("某某社北京3月15日电 各项议程进行完毕后,某某讲了话。 各位代表:大会的各项议程已进行完毕。")
    >>> early_framing(st)
    >>> st.doc.output
    ' 各位代表:大会的各项议程已进行完毕。'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    if view.lstrip().startswith(tuple("•·▪◦●")):
        spans += bullet_menu_spans(view)
    if "目录" in view:
        spans += [(a, b, "toc") for a, b in flat_contents_spans(view)]
    if "讯" in view:
        spans += [(m.start(), m.end(), "news_lead") for m in _WIRE_LEAD.finditer(view)
                  if in_report_voice(m.group("body")) and (SPEAKS_OF.search(QUOTED.sub("", m.group("body")))
                                                           or _PRESS_EVENT.search(m.group("body"))
                                                           or _TEXT_FOLLOWS.search(m.group("body")))]
    if (m := _SAID_LEAD.match(view)) and in_report_voice(m.group("body")) and SPEAKS_OF.search(QUOTED.sub("", m.group("body"))):
        spans.append((m.start(), m.end(), "news_lead"))
    if "电" in view or "電" in view:
        spans += [(m.start(), m.end(), "news_lead") for m in _DATELINE_ALONE.finditer(view)]
    if "电" in view or "消息" in view:
        spans += [(m.start(), m.end(), "news_lead") for m in _AGENCY_LEAD.finditer(view)
                  if not _BEGUN.search(view, 0, m.start())          # the page's head: no sentence or salutation above
                  and _opens_speech(view, m.end())                  # the speech follows it: a salutation, a speaker's label
                  and in_report_voice(m.group("body")) and _NAMES_SPEECH.search(QUOTED.sub("", m.group("body")))]
    st.delete_spans(spans)
