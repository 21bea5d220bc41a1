"""Furniture of news reports on portals, newspaper mirrors and forums (development round chrome25).

A meeting report or a printed speech reposted by a news portal, an e-paper mirror or a forum keeps the furniture
of the page it came from.  Each family is told by its shape (the view is Simplified, so Traditional pages read the
same), never by the words of one site:

* **teaser blocks** (rule ``related_list``): a "more news" head alone on its line (更多中国要闻), or glued after a
  sentence with two teasers or more after it, with the headlines and teasers after it to the page's end (a teaser is
  closed by an ellipsis and its "more" link: …累计生产口罩... 详情); a rolling-news label (滚动新闻:) with the bulleted
  headlines beside it (· 某某常务会).  A teaser alone, cut inside a sentence, loses only its cut and its link: its
  text may be an excerpt of the speech.
* **e-paper furniture** (rule ``paper_page``): a page number alone (第 1 版), a page-and-column label at a
  paragraph's start (第1版(要闻)专栏:), and a numbered headline of the page's index (1. 某某参观访问) when the page
  prints the same headline again below it, before the first paragraph.
* **datelines and agency lines** (rule ``news_lead``): a paper's dateline with its reporters and 报道 (本报某地10月30日电
  记者某某、某某报道:), an agency and a date alone on a line (新华社
  2020年06月24日), a commentator's line alone (本报评论员), an editor's note opened by its label (编者按:…), a
  scraper's date field glued before the lead (date 2024-12-07 昨日,…).
* **credits** (rule ``byline``): an editor's bracket closing the last paragraph with the wire's date code
  (…快步离去。(编辑:某某)1120831); an author and a date closing the title's line (…慰问大会 某某 2017-10-28).
* **disclaimers and subscriptions** (rule ``site_notice``): the author-view disclaimer (本文仅代表作者观点,不代表某网立场。)
  and the authorisation notice beside it, glued or alone; an invitation to follow the site's account with its id
  (欢迎关注某某网微信公众号 : abcnews) and the site's slogan under it at the page's end; an SMS subscription notice
  (发送短信 abc 10658300 即可订阅《某某手机报》…).
* **widgets** (rule ``site_interface``): a tag row (推荐标签:甲 | 乙 | 丙), a position label's row (本页位置:首页新闻中心),
  a media label opening a title ([视频]某某发布会), a listen button alone (听新闻).
* **captions** (rule ``photo_caption``): a caption closed by its photographer and the picture's source (…庹震。 某某网
  某某 摄 图片来源:某某网), by a bracketed credit with a slash (…开幕致词。(记者某某/摄影)), or by 资料照片; a run of captions
  glued after a paragraph's last sentence (…共同努力。 会议现场 职工代表积极建言献策 |).

A speech's own words stay: every pattern needs a label, a bracket, a bullet, a date or a position no sentence of a
speech has; the caption run needs a scene or an event caption (:func:`corpusmine.text.event_captions.caption_strength`)
among its parts and takes no part opened by a heading's ordinal; a line in the speaker's voice is never a caption.
Every removal is an audited edit.

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("第 1 版\\n新华社 2020年06月24日\\n要抓好落实。(编辑:某某)1120831\\n更多中国要闻\\n某地通报某事\\n某某昨日表示,... 详情")
>>> report_furniture(st)
>>> st.doc.output
'\\n\\n要抓好落实。\\n\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.news_leads import PAPER_DATELINE
from corpusmine.text.event_captions import caption_strength
from corpusmine.text.lines import finditer_on_lines, iter_lines
from corpusmine.text.patterns import SURNAMES_WIDE
from corpusmine.text.script import simplified_view
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["caption_tail", "report_furniture", "teaser_block"]

_SP = r"[ \t\u3000\xa0]"
_HAN = r"\u4e00-\u9fff"
_END = re.compile(r"[。！？!?]")

# ---------------------------------------------------------------- teaser blocks

#: …累计生产口罩... 详情 / …[详细] (a teaser's text cut by an ellipsis, and its link)
_TEASER = re.compile(rf"(?:\.{{2,}}|…+){_SP}*[\[【]?(?:详情|详细|全文|阅读全文)[\]】]?(?:{_SP}*[>»]+)?{_SP}*$")
#: a teaser cut by its ellipsis, and its link alone on the next line (a flattened page split again at spaces)
_CUT = re.compile(rf"(?:\.{{2,}}|…+){_SP}*$")
_LINK_ALONE = re.compile(rf"^{_SP}*[\[【]?(?:详情|详细|全文|阅读全文)[\]】]?{_SP}*[>»]*{_SP}*$")
#: 更多中国要闻 / 更多新闻 alone
_MORE_HEAD = re.compile(rf"^{_SP}*更多[{_HAN}]{{0,6}}(?:要闻|新闻|资讯|报道|动态|快讯){_SP}*(?:[>»]+)?{_SP}*$")
#: 滚动新闻: alone, and its bulleted headlines
_ROLL_HEAD = re.compile(rf"^{_SP}*(?:滚动新闻|滚动播报|最新消息|即时新闻|新闻快讯){_SP}*[:：]?{_SP}*$")
_BULLET = re.compile(rf"^{_SP}*[·•]{_SP}*[^\n。！？!?]{{2,40}}$")


#: a "more news" head glued after a sentence or opening a line, with two teasers or more closed by their links after
#: it to the end
_MORE_TAIL = re.compile(rf"(?:(?<=[。！？!?])|(?m:^)){_SP}*更多[{_HAN}]{{0,6}}(?:要闻|新闻|资讯|报道|动态|快讯){_SP}+[^\n]*$")
_TEASER_LINK = re.compile(r"(?:\.{2,}|…+)[ \t\u3000\xa0]*[\[【]?(?:详情|详细)")
#: 某某讲话_某某茶话会上,某某向老同志们拜年 (a spinner's title: a keyword, an underscore, the real title)
_SEO_TITLE = re.compile(rf"^{_SP}*([{_HAN}A-Za-z0-9]{{4,20}})_[^\n_]{{6,}}$")


def teaser_block(lines: list[str]) -> list[int]:
    """Indexes of the lines of a "more news" block: its head and the headlines and teasers after it to the end.

    The block runs to the page's end and holds only headlines (short, no sentence's end), teasers closed by their
    link, and a last teaser cut off by the page; a page with prose after the head keeps it all.

    Examples
    --------
    >>> teaser_block(["要抓好落实。", "更多中国要闻", "某地通报某事", "某某昨日表示,... 详情", "某县卫生监督所于周日对"])
    [1, 2, 3, 4]
    >>> teaser_block(["更多要闻", "某地通报某事", "某某昨日表示,某事已办结...", "详情"])
    [0, 1, 2, 3]
    >>> teaser_block(["更多新闻", "我们要抓好落实,确保完成任务。", "要加强领导。"])
    []
    """
    for i, line in enumerate(lines):
        if not _MORE_HEAD.match(line):
            continue
        rest = [j for j in range(i + 1, len(lines)) if lines[j].strip()]
        ok = all(_TEASER.search(lines[j]) or _CUT.search(lines[j]) or _LINK_ALONE.match(lines[j])
                 or (len(lines[j].strip()) <= 40 and not _END.search(lines[j]))
                 or (j == rest[-1] and not _END.search(lines[j][-2:])) for j in rest)
        if rest and ok and not any(in_speech_voice(lines[j]) and not _TEASER.search(lines[j]) for j in rest):
            return [i, *rest]
    return []


# ---------------------------------------------------------------- e-paper furniture, datelines, credits

_PAGE_NO = re.compile(rf"^{_SP}*第{_SP}*\d{{1,3}}{_SP}*版{_SP}*$")
_PAGE_COLUMN = re.compile(rf"(?m)^{_SP}*第{_SP}*\d{{1,3}}{_SP}*版{_SP}*[(（][^()（）\n]{{1,8}}[)）]{_SP}*专栏{_SP}*[:：]")
_INDEX_HEADLINE = re.compile(rf"^{_SP}*\d{{1,2}}[.．、]{_SP}*([^\n。！？!?]{{6,60}}?){_SP}*$")
_AGENCY_DATE = re.compile(rf"^{_SP}*[{_HAN}]{{2,8}}(?:社|网|报|台){_SP}+\d{{4}}年\d{{1,2}}月\d{{1,2}}日{_SP}*$")
_COMMENTATOR = re.compile(rf"^{_SP}*(?:本报|本刊|本台|本网|特约)?(?:特约)?评论员{_SP}*$")
_EDITOR_NOTE = re.compile(rf"(?m)^{_SP}*[{_HAN}]{{0,4}}编者按语?{_SP}*[:：;；][^\n]*")
_DATE_FIELD = re.compile(rf"(?m)^{_SP}*date{_SP}+\d{{4}}-\d{{1,2}}-\d{{1,2}}{_SP}*")
#: …快步离去。(编辑:某某)1120831 (with the wire's ROC date code; the bracket alone is ``meta_row``'s)
_EDITOR_CODE = re.compile(rf"(?<=[。！？!?”」])[(（]{_SP}*(?:编辑|责任编辑|编审|编译)[:：]{_SP}*[{_HAN}、/／ ]{{2,16}}[)）]"
                          rf"\d{{7}}(?={_SP}*$)", re.M)
#: …慰问老年人大会 某某 2017-10-28 (an author and a date closing the title's line)
_AUTHOR_DATE = re.compile(rf"(?<=[{_HAN}]){_SP}+[{_HAN}]{{2,4}}{_SP}+\d{{4}}-\d{{1,2}}-\d{{1,2}}{_SP}*$", re.M)

# ---------------------------------------------------------------- disclaimers, subscriptions, widgets

_AUTHOR_VIEW = re.compile(rf"本文(?:仅|只|纯属)?代表作者(?:个人)?(?:观点|看法|立场)[^。\n]{{0,30}}(?:[。.]|$)"
                          rf"|本文系作者授权[^。\n]{{0,20}}发表[^。\n]{{0,30}}(?:[。.]|$)", re.M)
_FOLLOW_ID = re.compile(rf"^{_SP}*(?:欢迎|敬请|请)?关注[^\n。]{{0,20}}(?:微信公众号|公众号|微信号|微博|客户端|抖音号?|视频号)"
                        rf"{_SP}*[:：]{_SP}*[A-Za-z][A-Za-z0-9_\-]{{2,30}}{_SP}*$")
_SMS = re.compile(rf"^{_SP}*(?:发送短信|编辑短信|发短信)[^\n]{{0,40}}订阅[^\n]{{0,60}}$")
_TAG_ROW = re.compile(rf"^{_SP}*(?:推荐标签|热门标签|相关标签|标签|tags?){_SP}*[:：][^\n|]{{1,30}}(?:[|｜][^\n|]{{1,30}}){{1,}}$", re.I)
_POSITION = re.compile(rf"^{_SP}*(?:\d{{1,2}}[.．]{_SP}*)?本页位置{_SP}*[:：][^\n。]{{0,40}}$")
_MEDIA_LABEL = re.compile(rf"(?m)^{_SP}*[\[【](?:视频|图文|组图|高清组图|音频|直播)[\]】](?=[{_HAN}“《])")
_LISTEN = re.compile(rf"^{_SP}*(?:听新闻|点击收听|语音朗读|朗读全文){_SP}*$")

# ---------------------------------------------------------------- captions

_PIC_SOURCE = re.compile(rf"^[^\n]{{6,160}}?{_SP}+[{_HAN}]{{2,4}}{_SP}*摄{_SP}*图片来源{_SP}*[:：]{_SP}*"
                         rf"[^\s。]{{2,12}}{_SP}*$")
_SLASH_CREDIT = re.compile(rf"^[^\n]{{4,100}}?[(（]{_SP}*(?:记者|通讯员|特约记者)?[{_HAN}]{{2,4}}{_SP}*[/／]{_SP}*"
                           rf"(?:摄影?|供图|图){_SP}*[)）]{_SP}*$")
_ARCHIVE_PHOTO = re.compile(rf"^{_SP}*[^\n。！？!?]{{2,28}}资料(?:照片|图片){_SP}*$")
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十\d]+)")
#: a sentence's end, then parts without punctuation separated by spaces to the line's end (a trailing | allowed)
_TAIL = re.compile(rf"(?<=[。！？!?])((?:{_SP}+[^\s。，,、；;：:！？!?“”()（）|]{{3,24}}){{2,}}){_SP}*(?:[|｜]{_SP}*)?$", re.M)


def caption_tail(line: str) -> tuple[int, int] | None:
    """Where a run of captions glued after a paragraph's last sentence starts and ends in ``line`` (or None).

    Examples
    --------
    >>> line = "要求全体职工共同努力。 会议现场 职工代表积极建言献策 |"
    >>> s, e = caption_tail(line)
    >>> line[s:e]
    ' 会议现场 职工代表积极建言献策 |'
    >>> caption_tail("要抓好落实。 一、统一思想 二、强化措施") is None
    True
    """
    m = _TAIL.search(line)
    if not m:
        return None
    parts = m.group(1).split()
    if any(_ORDINAL.match(p) or in_speech_voice(p) for p in parts):
        return None
    if not any(caption_strength(p) > 0 for p in parts):
        return None
    return m.start(), len(line.rstrip())


_LINE_RULES: tuple[tuple[re.Pattern, str], ...] = (
    (_PAGE_NO, "paper_page"), (_AGENCY_DATE, "news_lead"), (_COMMENTATOR, "news_lead"),
    (_FOLLOW_ID, "site_notice"), (_SMS, "site_notice"), (_TAG_ROW, "site_interface"), (_POSITION, "site_interface"),
    (_LISTEN, "site_interface"), (_PIC_SOURCE, "photo_caption"), (_SLASH_CREDIT, "photo_caption"),
    (_ARCHIVE_PHOTO, "photo_caption"),
)
#: each inline pattern, its rule, and the words every match of it holds (it is tried on their lines only)
_INLINE_RULES: tuple[tuple[re.Pattern, str, tuple[str, ...]], ...] = (
    (_PAGE_COLUMN, "paper_page", ("专栏",)), (PAPER_DATELINE, "news_lead", ("报道",)),
    (_EDITOR_NOTE, "news_lead", ("编者按",)),
    (_DATE_FIELD, "metadata_row", ("date",)), (_EDITOR_CODE, "byline", ("编辑", "编审", "编译")),
    (_AUTHOR_DATE, "byline", ("-",)), (_AUTHOR_VIEW, "site_notice", ("代表作者", "作者授权")),
    (_MEDIA_LABEL, "site_interface", ("视频", "图文", "组图", "音频", "直播")),
)
_CANDIDATES = re.compile(r"详情|详细|全文|更多|滚动|最新消息|快讯|版|本报|消息|年|评论员|编者按|date|编辑|编审|编译|\d{4}-|"
                         r"作者|关注|短信|标签|tag|位置|\[|【|新闻|收听|朗读|摄|资料|。", re.I)
_PROSE = re.compile(r"[\u4e00-\u9fff][^\n]{8,}[。！？!?]")
#: a word one of the line rules needs (the others are not tried)
_LINE_CANDIDATES = re.compile(r"版|年|评论员|关注|短信|标签|tag|位置|新闻|收听|朗读|摄|图|资料", re.I)


#: 某某某 alone, or 某某 某某: the author's name between the metadata row and the lead (two or three characters each)
_NAME_LINE = re.compile(rf"^{_SP}*[{SURNAMES_WIDE}][{_HAN}]{{1,2}}(?:{_SP}+[{SURNAMES_WIDE}][{_HAN}]{{1,2}}){{0,3}}{_SP}*$")
_NOT_NAME = re.compile(r"们|同志|领导|各位|朋友|来宾|全体|全文|正文|讲话|致辞|摘要|导读|前言|简介|编者|提要|附件|目录|内容|"
                       r"通知|公告|要闻|新闻|动态|会议|工作|报告|发言|总结|材料|范文|心得")
_META_LABEL = re.compile(r"(?:时间|日期)\s*[:：]|浏览|点击|阅读次数|来源\s*[:：]")


def _author_lines(st: CleaningState, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An author's name alone on the line after the page's metadata row (in the page as it came) and before prose."""
    spans = []
    raw = st.doc.text
    texts = [line for _, _, line in lines]
    for i, (s, e, line) in enumerate(lines):
        t = line.strip()
        if not _NAME_LINE.match(t) or _NOT_NAME.search(t) or in_speech_voice(t):
            continue
        nxt = next((x for x in texts[i + 1:] if x.strip()), "")
        if not _PROSE.search(nxt):
            continue
        before = raw[:st.input_pos(s)].rstrip().rsplit("\n", 1)[-1]
        if _META_LABEL.search(simplified_view(before)):
            spans.append((s, e, "byline"))
    return spans


def _more_tail(view: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in finditer_on_lines(_MORE_TAIL, view, ("更多",)):
        if len(_TEASER_LINK.findall(m.group())) >= 2 and m.end() == len(view.rstrip()):
            spans.append((m.start(), m.end(), "related_list"))
    return spans


def _line_spans(view: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    texts = [line for _, _, line in lines]
    for i in teaser_block(texts):
        spans.append((lines[i][0], lines[i][1], "related_list"))
    prose_seen = False
    first = next((k for k, t in enumerate(texts) if t.strip()), 0)
    seo = _SEO_TITLE.match(texts[first]) if texts else None
    for i, (s, e, line) in enumerate(lines):
        t = line.strip()
        if not t:
            continue
        cut = _TEASER.search(line) if ("详" in line or "全文" in line) else None
        if cut and cut.start() and line[cut.start() - 1] not in "。！？!?":
            spans.append((s + cut.start(), e, "related_list"))    # alone, a teaser keeps its text: cut and link go
        elif _ROLL_HEAD.match(t):
            run = [j for j in range(i + 1, min(len(lines), i + 12)) if texts[j].strip()]
            bullets = []
            for j in run:
                if not _BULLET.match(texts[j]):
                    break
                bullets.append(j)
            if bullets:
                spans.append((s, e, "related_list"))
                spans += [(lines[j][0], lines[j][1], "related_list") for j in bullets]
        elif _LINE_CANDIDATES.search(t):
            for pat, rule in _LINE_RULES:
                if pat.match(t):
                    if pat not in (_PAGE_NO, _SMS) and in_speech_voice(t):
                        break
                    spans.append((s, e, rule))
                    if pat is _FOLLOW_ID:            # the site's slogan under the invitation, at the page's end
                        rest = [j for j in range(i + 1, len(lines)) if texts[j].strip(" |｜\t\u3000")]
                        if len(rest) == 1 and len(texts[rest[0]].strip()) <= 16 and not _END.search(texts[rest[0]]):
                            spans.append((lines[rest[0]][0], lines[rest[0]][1], "site_notice"))
                    break
        if seo and t == seo.group(1) and i != first:
            spans.append((s, e, "spam"))                # the spinner's keyword again, alone on its line
        m = _INDEX_HEADLINE.match(t) if not prose_seen and t[:1].isdigit() else None
        if m and not prose_seen and view.count(m.group(1)) > 1:
            spans.append((s, e, "paper_page"))
        tail = caption_tail(line) if (" " in line or "\u3000" in line) and _TAIL.search(line) else None
        if tail:
            spans.append((s + tail[0], s + tail[1], "photo_caption"))
        prose_seen = prose_seen or bool(_PROSE.search(line))
    return spans


def report_furniture(st: CleaningState) -> None:
    """Delete the families of this module (rules ``related_list``, ``paper_page``, ``news_lead``, ``byline``,
    ``site_notice``, ``site_interface``, ``photo_caption``, ``metadata_row``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("推荐标签:两会 | 论坛 | 专题\\n[视频]某某举行发布会\\n两会日益临近。\\n"
    ...                    "老人们老有所乐! 本文仅代表作者观点,不代表某网立场。\\n欢迎关注某某网微信公众号 : abcnews\\n全城资讯,尽在掌握")
    >>> report_furniture(st)
    >>> st.doc.output
    '\\n某某举行发布会\\n两会日益临近。\\n老人们老有所乐! \\n\\n'
    """
    _, view = st.view()
    if not _CANDIDATES.search(view):
        return
    lines = list(iter_lines(view))
    spans = _line_spans(view, lines)
    if "更多" in view:
        spans += _more_tail(view)
    spans += _author_lines(st, lines)
    for pat, rule, words in _INLINE_RULES:
        for m in finditer_on_lines(pat, view, words):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), rule))
    st.delete_spans(spans)
