"""Rows a paper database, a document site or a forum puts around a text (development round chrome26: the
held-out round 29).

Each family is told by its shape (the view is Simplified):

* **citation rows** (rule ``citation_row``): a journal's issue and pages alone on a line (2022年第1期20-25,共6页),
  with the journal's name in 《》 alone on the line above it and a label (出处 / 来源 / 刊名) alone above that, or
  all of them on one row (出处 《某某》 2022年第1期…).  A year and an issue inside a sentence stay.
* **reference lines** (rule ``citation_row``, held-out round 143k): a paper database's line citing the text it
  shows, labelled (引用本文:某某.在某某会议上的讲话[J].某某公报,2006(10).) or in the standard reference form alone
  on a line (某某.标题[J].刊名,2006(10):12-15.), and its note that databases index the text (本文献已被 CNKI 等数据库
  收录!, glued after a cut text too).  A sentence naming a journal stays: only the label or the bracketed document type ([J], [N], [M],
  [EB/OL]) makes a reference.
* **preview notices** (rule ``truncation_notice``): a document site's note that the text shown is a preview of
  the download (说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致…), alone or glued
  before the text.
* **edit stamps** (rule ``edit_stamp``): a forum's note of the last edit (本帖最后由 某某 于 2015-4-13 00:37 编辑),
  anywhere.
* **mobile tags** (rule ``site_name``): a site's mobile edition in brackets after a paragraph ((某某网手机版)).
* **slash credits** (rule ``byline``): a writer's or photographer's credit with a slash, alone on a line
  (撰文/某某秘书长, 摄影/某某).
* **a cut mark** (rule ``truncation_notice``): ASCII dots (...) after the page's last sentence, where a list page cut
  an excerpt; the Chinese ellipsis (……) after a sentence is a speaker's and stays.
* **a forum's name** (rule ``site_name``): on a forum thread's printable page ([打印本页]), a line that the
  page's welcome line names (欢迎光临 某某论坛 (http://…)), wherever it stands.

A line in the speaker's voice stays (:func:`corpusmine.text.speech_voice.in_speech_voice`) where a family's words
can be a speech's.  Every removal is an audited edit.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("本帖最后由 某某 于 2015-4-13 00:37 编辑 12月2日,镇人代会召开。(某某网手机版)\\n出处\\n《某某监察》\\n2022年第1期20-25,共6页")
>>> citation_rows(st)
>>> st.doc.output
'12月2日,镇人代会召开。\\n\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import finditer_on_lines, lines_holding
from corpusmine.text.script import simplified_view
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["citation_rows", "citation_spans", "forum_names", "preview_notice_spans", "reference_spans"]

_SP = r"[ \t\u3000]"
_END = "。！？!?"

# ---------------------------------------------------------------- citation rows

#: an issue and its pages: 2022年第1期20-25,共6页 / 2019年第3期 第12-15页 / 2020年第5期,P36-38
_ISSUE = (rf"\d{{4}}{_SP}*年{_SP}*(?:第{_SP}*)?\d{{1,3}}{_SP}*期(?:{_SP}*[,，]?{_SP}*(?:第|[Pp]{{1,2}}\.?)?{_SP}*\d{{1,4}}"
          rf"(?:{_SP}*[-–—~]{_SP}*\d{{1,4}})?{_SP}*页?)?(?:{_SP}*[,，]?{_SP}*共{_SP}*\d{{1,3}}{_SP}*页)?")
_ISSUE_LINE = re.compile(rf"{_SP}*{_ISSUE}{_SP}*")
_PAGES = re.compile(r"页|\d[-–—~]\d")
_LABEL_LINE = re.compile(rf"{_SP}*(?:出处|来源|刊名|期刊|文献来源|出版物){_SP}*[:：]?{_SP}*")
_JOURNAL_LINE = re.compile(rf"{_SP}*《[^《》\n{_END}]{{2,30}}》{_SP}*")
#: the whole row on one line
_ROW = re.compile(rf"^{_SP}*(?:(?:出处|来源|刊名|期刊|文献来源){_SP}*[:：]?{_SP}*)?《[^《》\n{_END}]{{2,30}}》{_SP}*[,，]?{_SP}*"
                  rf"{_ISSUE}{_SP}*$", re.M)


#: a reference's document type in brackets (GB/T 7714): a journal, a book, a paper, a report, an online text
_DOC_TYPE = r"\[(?:J|M|N|C|D|R|S|P|Z|G|A|EB/OL|J/OL|N/OL|M/OL)\]"
#: a labelled reference: the label, then a document type or a year
_CITE_LABEL = re.compile(rf"^{_SP}*(?:引用本文|本文引用格式|引用格式|引文格式|引用此文|参考文献格式|文献引用格式|推荐引用格式|"
                         rf"[Cc]ite this article){_SP}*[:：][^\n]{{4,240}}$", re.M)
_HAS_YEAR_OR_TYPE = re.compile(rf"{_DOC_TYPE}|(?<!\d)(?:19|20)\d{{2}}(?!\d)")
#: an unlabelled reference alone on a line: author. title[J]. journal, year(issue)
_REFERENCE = re.compile(rf"^{_SP}*(?:\[\d{{1,3}}\]{_SP}*)?[^\n{_END}]{{2,80}}?{_DOC_TYPE}{_SP}*(?:[.．]|//)[^\n{_END}]{{2,80}}?"
                        rf"(?<!\d)(?:19|20)\d{{2}}(?!\d)[^\n{_END}]{{0,40}}$", re.M)
#: a database's note that it indexes the text
_INDEXED = re.compile(rf"(?:^|(?<=[\u4e00-\u9fff。！？!?)）]))(?<!基)(?<!根){_SP}*本(?:文|文献|篇论文|篇文章|刊)?已?被[^\n{_END}]{{0,30}}?(?:CNKI|知网|万方|维普|数据库|CSSCI|CSCD)"
                      rf"[^\n{_END}]{{0,20}}?(?:收录|检索)[!！。]?{_SP}*$", re.M)


def reference_spans(view: str) -> list[tuple[int, int]]:
    """A paper database's reference lines and its note that databases index the text.

    Examples
    --------
    >>> page = ("在某某会议上的讲话\\n引用本文:某某.在某某会议上的讲话[J].某某市人民政府公报,2006(10).\\n"
    ...         "今天召开会议。\\n本文献已被 CNKI 等数据库收录!")
    >>> [page[s:e] for s, e in reference_spans(page)]
    ['引用本文:某某.在某某会议上的讲话[J].某某市人民政府公报,2006(10).', '本文献已被 CNKI 等数据库收录!']
    >>> page = "某某.论乡村振兴[J].某某学刊,2019(3):12-15.\\n要抓好落实。"
    >>> [page[s:e] for s, e in reference_spans(page)]
    ['某某.论乡村振兴[J].某某学刊,2019(3):12-15.']
    >>> page = "杜绝了特大事故的发生(去本文献已被CNKI 等数据库收录!"         # glued after a text cut mid-sentence
    >>> [page[s:e] for s, e in reference_spans(page)]
    ['本文献已被CNKI 等数据库收录!']
    >>> reference_spans("我们要引用本文件的精神:2006年的经验值得借鉴。\\n《求是》2022年第1期刊发的文章被数据库收录,我们要学习。")
    []
    """
    spans: list[tuple[int, int]] = []
    if "引用" in view or "ite this" in view:
        spans += [m.span() for m in _CITE_LABEL.finditer(view) if _HAS_YEAR_OR_TYPE.search(m.group())]
    if "[" in view and "]" in view:
        spans += [m.span() for m in _REFERENCE.finditer(view)]
    if "收录" in view or "检索" in view:
        spans += [m.span() for m in _INDEXED.finditer(view)]
    return sorted(set(spans))


#: a journal's name and its issue alone on a line, without brackets (某某青年 1953年14期; round 147k)
_BARE_ROW = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,12}}{_SP}+\d{{4}}{_SP}*年{_SP}*(?:第{_SP}*)?\d{{1,3}}{_SP}*期{_SP}*$", re.M)


def citation_spans(view: str) -> list[tuple[int, int]]:
    """A journal's citation rows: the issue and pages, the journal above, the label above that.

    Examples
    --------
    >>> page = "会议指出,要抓好落实。\\n出处\\n《某某监察》\\n2022年第1期20-25,共6页"
    >>> [page[s:e] for s, e in citation_spans(page)]
    ['出处', '《某某监察》', '2022年第1期20-25,共6页']
    >>> citation_spans("2022年第1期\\n《求是》2022年第1期刊发的文章,我们要认真学习。")
    []
    >>> page = "某某同志\\n某某青年 1953年14期\\n关键词:某某"
    >>> [page[s:e] for s, e in citation_spans(page)]
    ['某某青年 1953年14期']
    """
    spans: list[tuple[int, int]] = []
    for s, e, line in lines_holding(view, ("期",)):
        if _ROW.match(line) or _BARE_ROW.match(line):
            spans.append((s, e))
            continue
        if not _ISSUE_LINE.fullmatch(line):
            continue
        above = _lines_above(view, s, 2)
        journal = bool(above) and _JOURNAL_LINE.fullmatch(above[0][2]) is not None
        if not (journal or _PAGES.search(line)):
            continue                                     # a year and an issue alone: a heading, not a row
        spans.append((s, e))
        if journal:
            spans.append(above[0][:2])
            if len(above) > 1 and _LABEL_LINE.fullmatch(above[1][2]):
                spans.append(above[1][:2])
    return sorted(spans)


def _lines_above(view: str, start: int, n: int) -> list[tuple[int, int, str]]:
    """The ``n`` non-blank lines above the line starting at ``start``, nearest first."""
    out: list[tuple[int, int, str]] = []
    end = start - 1
    while end > 0 and len(out) < n:
        s = view.rfind("\n", 0, end) + 1
        if view[s:end].strip():
            out.append((s, end, view[s:end]))
        end = s - 1
    return out


# ---------------------------------------------------------------- preview notices

_PREVIEW = re.compile(rf"(?:说明{_SP}*[:：]{_SP}*)?[^{_END}\n:：]{{0,12}}仅供预览[^{_END}\n]{{0,30}}[{_END}]?")
_PREVIEW_MORE = re.compile(rf"{_SP}*[^{_END}\n]{{0,40}}(?:下载|文档|完整|显示|预览)[^{_END}\n]{{0,40}}[{_END}]?")


def preview_notice_spans(view: str) -> list[tuple[int, int]]:
    """A document site's note that the text is a preview of its download, with the sentences about the download.

    Examples
    --------
    >>> page = "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。同志们:要抓好落实。"
    >>> [page[s:e] for s, e in preview_notice_spans(page)]
    ['说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。']
    >>> preview_notice_spans("这个方案仅供预览和讨论,我们下载文档后要认真修改完善。")
    []
    """
    spans = []
    for m in finditer_on_lines(_PREVIEW, view, ("仅供预览",)):
        if in_speech_voice(m.group()):
            continue
        e = m.end()
        while (n := _PREVIEW_MORE.match(view, e)) and n.end() > e and not in_speech_voice(n.group()):
            e = n.end()
        spans.append((m.start(), e))
    return spans


# ---------------------------------------------------------------- stamps, tags, credits, names

_EDIT_STAMP = re.compile(rf"{_SP}*本帖最后由{_SP}*[^\n]{{1,30}}?{_SP}*于{_SP}*\d{{4}}-\d{{1,2}}-\d{{1,2}}"
                         rf"(?:{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_SP}*编辑{_SP}*")
_MOBILE_TAG = re.compile(rf"{_SP}*[(（][\u4e00-\u9fffA-Za-z]{{2,10}}(?:网|报|台|在线)(?:手机版|移动版|客户端|触屏版)[)）]")
_SLASH_CREDIT = re.compile(rf"^{_SP}*(?:撰文|撰稿|采写|文字|摄影|图文|文图|文字编辑|责编|校对|文)?{_SP}*[/／]{_SP}*"
                           # a writer's account in brackets after the name (文 / 某某(微信公众号:某某频道); round 182k)
                           rf"[^\n{_END},，;；:：/()（）]{{2,24}}(?:[(（][^()（）\n]{{0,30}}[)）])?{_SP}*$", re.M)
_CREDIT_HEAD = re.compile(rf"^{_SP}*(?:撰文|撰稿|采写|文字|摄影|图文|文图|文字编辑|责编|校对|文){_SP}*[/／]")
#: three to six ASCII dots after the last sentence (an excerpt cut by a list page); a speaker's …… stays
_CUT_MARK = re.compile(rf"(?<=[{_END}”])[ \t\u3000]*\.{{3,6}}\s*$")
_WELCOME = re.compile(rf"(?:欢迎光临|歡迎光臨){_SP}*([^\n()（）]{{4,40}}?){_SP}*[(（]{_SP}*https?:")


def _credit(line: str) -> bool:
    return bool(_CREDIT_HEAD.match(line)) and bool(_SLASH_CREDIT.match(line))


def citation_rows(st: CleaningState) -> None:
    """Delete the families of this module, each audited under its own rule (see the module's docstring).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> st = CleaningState("撰文/某某秘书长\\n毕业典礼上午举行。...")
    >>> citation_rows(st)
    >>> st.doc.output
    '\\n毕业典礼上午举行。'
    """
    _, view = st.view()
    spans = [(s, e, "citation_row") for s, e in citation_spans(view)]
    spans += [(s, e, "citation_row") for s, e in reference_spans(view)]
    spans += [(s, e, "truncation_notice") for s, e in preview_notice_spans(view)]
    spans += [(m.start(), m.end(), "edit_stamp") for m in finditer_on_lines(_EDIT_STAMP, view, ("本帖最后由",))]
    spans += [(m.start(), m.end(), "site_name") for m in finditer_on_lines(_MOBILE_TAG, view, ("手机版", "移动版", "客户端", "触屏版"))]
    spans += [(s, e, "byline") for s, e, line in lines_holding(view, ("/", "／")) if _credit(line)]
    tail = view[-64:]
    if (m := _CUT_MARK.search(tail)) and len(view.strip()) > 10:
        spans.append((len(view) - len(tail) + m.start(), len(view), "truncation_notice"))
    st.delete_spans(spans)


def forum_names(st: CleaningState) -> None:
    """On a forum thread's printable page, delete the lines that are the forum's name its welcome line gives.

    Runs after :func:`corpusmine.text.rules.front_matter` (which takes the name when it heads the speech).

    Examples
    --------
    >>> st = CleaningState("某某旅行-某某自助旅行论坛\\n标题: 某某会议 [打印本页]\\n要抓好落实。\\n欢迎光临 某某旅行-某某自助旅行论坛 (http://f")
    >>> forum_names(st)
    >>> st.doc.output
    '\\n标题: 某某会议 [打印本页]\\n要抓好落实。\\n欢迎光临 某某旅行-某某自助旅行论坛 (http://f'
    """
    raw = st.doc.text                        # the page as it came: its printable-page lines are gone by now
    if "打印本" not in raw:
        return
    _, view = st.view()
    names = {simplified_view(m.group(1).strip()) for m in finditer_on_lines(_WELCOME, raw, ("欢迎光临", "歡迎光臨"))}
    st.delete_spans([(s, e, "site_name") for name in names for s, e, line in lines_holding(view, (name,))
                     if line.strip() == name])
