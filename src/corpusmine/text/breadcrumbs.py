"""Breadcrumbs glued to speech text on one line: remove the trail, never the speech.

Pages whose line breaks were lost (a copy from a document viewer, a scraper that
joined the lines) put the site's breadcrumb trail and the whole speech on one
line: ``首页 > 新闻中心 > 领导讲话 同志们:今天召开……``.  A rule that deletes
navigation *lines* would then delete the speech with it.
:func:`speech_after_crumbs` tells such a line apart (sentences after the last
``>``), :func:`corpusmine.text.rules.navigation` leaves it alone, and
:func:`glued_breadcrumbs` removes only the trail when it ends at a space.

Examples
--------
>>> line = "首页 > 新闻中心 > 领导讲话 同志们:今天召开全县乡村振兴工作会议,主要任务是部署今年任务。"
>>> speech_after_crumbs(line), line[glued_prefix(line):].lstrip()[:3]
(True, '同志们')
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.edits import iter_lines
from corpusmine.text.guards import line_prefilter

__all__ = ["crumb_labels", "glued_breadcrumbs", "glued_prefix", "speech_after_crumbs"]

#: A breadcrumb trail at the start of a line: optional "当前位置:", then 1-8 crumbs of at most 15
#: characters joined by > › », ending at white space.
GLUED_TRAIL = re.compile(
    r"^\s*(?:(?:当前位置|您的位置|您现在的位置|现在位置|(?:您)?所在的?位置|位置)\s*[:：]\s*)?"
    r"(?:[^\s>›»]{1,15}\s*[>›»]\s*){1,8}[^\s>›»]{1,15}(?=\s)"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_NAV_LINES = line_prefilter(P.NAV)
#: Characters of speech after the last crumb that make a line a speech line with a trail, not navigation.
MIN_SPEECH_CHARS = 20


def speech_after_crumbs(line: str) -> bool:
    """Whether a line holding a breadcrumb trail goes on with speech (a sentence of 20+ characters).

    Examples
    --------
    >>> speech_after_crumbs("首页 > 范文 > 讲话稿")
    False
    >>> speech_after_crumbs("首页>讲话稿>正文 同志们:要把人居环境整治作为今年的头号工程抓实抓好。")
    True
    """
    if not _SENTENCE_END.search(line):
        return False
    tail = re.split(r"[>›»]", line)[-1]
    return len(tail.strip()) >= MIN_SPEECH_CHARS and bool(_SENTENCE_END.search(tail))


def glued_prefix(line: str) -> int | None:
    """End of the breadcrumb trail glued in front of speech on this line, or None.

    None when the line has no trail, when no speech follows it, or when the trail's last crumb
    runs into the text without a space (where it ends is then unknown, so nothing is cut).

    Examples
    --------
    >>> line = "当前位置:首页 > 讲话稿 同志们:今天召开全县创建文明城市推进会,主要任务是动员部署。"
    >>> line[:glued_prefix(line)]
    '当前位置:首页 > 讲话稿'
    >>> glued_prefix("首页 > 范文 > 讲话稿") is None
    True
    """
    if not speech_after_crumbs(line):
        return None
    m = GLUED_TRAIL.match(line)
    return m.end() if m else None


def glued_breadcrumbs(st) -> None:
    """Rule ``site_navigation``: remove a breadcrumb trail glued in front of speech, keep the speech.

    Runs after :func:`corpusmine.text.rules.navigation`, which deletes whole navigation lines
    but leaves lines that go on with speech.

    Parameters
    ----------
    st : corpusmine.text.rules.CleaningState

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("首页 > 新闻中心 > 领导讲话 同志们:今天召开全县乡村振兴工作会议,主要任务是部署今年任务。")
    >>> glued_breadcrumbs(st)
    >>> st.doc.output
    ' 同志们:今天召开全县乡村振兴工作会议,主要任务是部署今年任务。'
    """
    out, view = st.view()
    spans = [(s, s + end) for s, _, line in iter_lines(view, _NAV_LINES)
             if P.NAV.search(line) and (end := glued_prefix(line))]
    if spans:
        st.doc.delete_many(spans, "site_navigation")


#: what separates a breadcrumb's crumbs (首页 > 德育天地 > 国旗下讲话 > 详细内容)
_CRUMB_SEP = re.compile(r"[ \t\u3000]*(?:[>›»/｜|]|->|&gt;)+[ \t\u3000]*")
#: crumbs that name no column (the home page, the article itself)
_NO_COLUMN = {"首页", "网站首页", "主页", "正文", "详细内容", "内容", "详情", "阅读", "文章", "浏览文章"}


def crumb_labels(st) -> None:
    """A column's name alone on a line under the breadcrumb that names it (rule ``breadcrumb``), round 79.

    A site sets the column's name as a heading above the article (您的位置: 首页 > 德育天地 > 国旗下讲话 > 详细内容,
    then 国旗下讲话 alone).  Above the page's first sentence, a line equal to a crumb of a breadcrumb on the page goes;
    a line that is a sentence, any line below the first sentence or line of prose, a line the next line's punctuation
    shows to be part of a wrapped sentence, and the breadcrumb's last crumb (often the article's own title) stay; the
    last crumb goes only when a longer title stands below it (…>> 政府讲话 / 政府讲话 / 某某工作电视讲话, round 97).

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("您的位置: 首页 > 德育天地 > 国旗下讲话 > 详细内容\\n国旗下讲话\\n保护美丽河湖\\n"
    ...                    "同学们,大家好!今天我国旗下讲话的题目是保护美丽河湖。\\n国旗下讲话")
    >>> crumb_labels(st)
    >>> st.doc.output.splitlines()[1:]
    ['', '保护美丽河湖', '同学们,大家好!今天我国旗下讲话的题目是保护美丽河湖。', '国旗下讲话']
    >>> st = CleaningState("当前位置:某某稿子>> 讲话发言>> 政府讲话\\n政府讲话\\n某县疫情防控工作电视讲话\\n同志们:值此新春佳节。")
    >>> crumb_labels(st)
    >>> st.doc.output.splitlines()[1:]
    ['', '某县疫情防控工作电视讲话', '同志们:值此新春佳节。']
    """
    source = st.input_view()
    crumbs, last = set(), set()
    for _, _, line in iter_lines(source, line_prefilter(P.NAV)):
        if P.NAV.search(line):
            parts = [c.strip() for c in _CRUMB_SEP.split(re.split(r"[:：]", line, maxsplit=1)[-1]) if c.strip()]
            # the last crumb is often the article's own title, which stays
            crumbs.update(c for c in parts[:-1] if 2 <= len(c) <= 16)
            last.update(parts[-1:] if parts and 2 <= len(parts[-1]) <= 8 else [])
    crumbs -= _NO_COLUMN
    last -= _NO_COLUMN | crumbs
    if not crumbs and not last:
        return
    _, view = st.view()
    spans, echoes = [], []
    for s, e, line in iter_lines(view):
        text = line.strip()
        if re.search(r"[。！？!?]", text) or len(text) > 30:
            break               # the head ends at the first sentence or line of prose
        if text in crumbs and not re.match(r"\s*[。，,、；;：:”」)）]", view[e:e + 8]):
            spans.append((s, e))    # (a crumb's word wrapped inside a sentence, 所作的\n政府工作报告\n。, stays)
        elif text in last:
            echoes.append((s, e))
        elif echoes and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 6 and not re.match(r"[—\-－(（]", text):
            spans += echoes         # a column's name: a longer title stands below it (…>> 政府讲话 / 政府讲话 / 某某讲话, round 97)
            echoes = []
    st.doc.delete_many(sorted(spans), "breadcrumb")
