"""Stray chrome of template sites and mirrors: writing-assistant remarks, reading labels, weather widgets,
newsroom names, take-down notes, a title glued again before a paragraph, a leading name, and a collection's item
number (development round chrome23: template and document sites).

Each family is told by its shape and its place on the page (the view is Simplified):

* **writing-assistant remarks** (:func:`assistant_remark`, rule ``site_notice``): a text generator's question or
  wish to its user, left under the text it wrote (这样可以满足您的需求吗? / 这篇内容结合了您的标题,…希望对您有所帮助),
  on one of the page's last lines or glued after its last sentence.
* **reading labels** (rule ``breadcrumb``): 正在阅读:… / 您正在浏览:… before the title.
* **weather widgets** (rule ``site_interface``): 天气预报: alone, or with a short forecast.
* **newsroom names** (rule ``site_name``): a site's news-centre name alone among the page's first lines
  (某某晚报网新闻中心).
* **take-down notes** (:func:`takedown_note`, rule ``copyright``): a note asking the owner of a re-posted text to
  write so that it is deleted (若文章存在版权问题,请与我们联系,我们将在第一时间内删除), alone or glued after the
  last sentence.
* **a glued title** (rule ``repeated_title``): the page's title again at a paragraph's start or after a sentence,
  closed by the 】 of a social post's bracket whose 【 was lost (某某重点村镇】文化和旅游部…表示).
* **a leading name** (rule ``byline``): a reporter's name before the lead's date on the page's first line
  (某某 3月28日上午,…), or alone on it with the dated lead below.
* **a further-reading head** (rule ``related_list``): 某某扩展阅读 / 猜你喜欢 alone among the last lines.
* **an item number** (rule ``chunk_number``): 【1】 closing a short heading of a collection of texts.
* **a stamped title** (rule ``repeated_title``, round 220k): a title of eight or more characters stamped twice or
  more at a line's head before the text (某某讲话 某某讲话某某讲话同志们…): the copies before the last go.
* **a book list** (rule ``related_list``, round 220k): a line of three or more 《》 titles, two with 作者, without a
  sentence's end (a writing course's advert).
* **leftovers of a flattened page**: decoy HTML tags run together (rule ``html_leftover``), a picture's alt text
  and number or a caption with its photographer between two sentences, where a picture was taken in brackets (rule
  ``photo_caption``), a forum's or a paper's dateline glued to the lead's date (某某论坛讯2019年…, rule
  ``news_lead``), a related list's head after the last sentence (rule ``related_list``), and
  an upload's label alone (上传, 会员上传 分享; rule ``site_interface``).
* **a slogan stamped into the text** (:func:`repeated_slogans`, rule ``promo_line``, round 278k): a call to download
  or save with its promise, the same words twice or more, glued inside sentences (下载使用,远离加班熬夜!); a template
  document's page header between dashes (-范文最新推荐-, round 280k).
* **an essay site's review** (rule ``site_notice``, round 89): its label (某老师作文评语:, 名师点评:) and at most two
  short paragraphs of prose right under it, none in the speaker's voice.

A line in the speaker's voice stays (:func:`corpusmine.text.speech_voice.in_speech_voice`).  Every removal is an
audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("正在阅读:某镇召开推进会\\n天气预报:\\n同志们:\\n要抓好落实。\\n---\\n这样可以满足您的需求吗?")
>>> stray_chrome(st)
>>> st.doc.output
'\\n\\n同志们:\\n要抓好落实。\\n---\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import finditer_on_lines, iter_lines
from corpusmine.text.photo_credits import caption_from_line_start
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["assistant_remark", "repeated_slogans", "stray_chrome", "takedown_note"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"
_END = "。！？!?"

# ---------------------------------------------------------------- writing-assistant remarks

_ASSISTANT = re.compile(r"(?:满足|符合)您的(?:需求|要求|期望)|结合了您(?:的|提供的)(?:标题|要求|主题)"
                        r"|保持了原创性|如(?:需|果您需要|您需要|有需要)(?:进一步|任何|其他)?(?:调整|修改|补充|润色)|还有什么(?:需要|可以)")


def assistant_remark(text: str) -> bool:
    """Whether a line is a text generator's remark to its user (it asks about or wishes well to 您).

    Examples
    --------
    >>> assistant_remark("这样可以满足您的需求吗?"), assistant_remark("这篇内容结合了您的标题,同时保持了原创性和可读性,希望对您有所帮助。")
    (True, True)
    >>> assistant_remark("我们要满足群众的需求。"), assistant_remark("全镇要更好满足您的需求,这是我们对群众的承诺。")
    (False, False)
    >>> assistant_remark("各位家长朋友,希望今天的交流能对您有所帮助,感谢您对学校工作的支持。")   # 讲话人对听众
    False
    """
    t = text.strip()
    return 0 < len(t) <= 80 and "您" in t and bool(_ASSISTANT.search(t)) and not in_speech_voice(t)


# ---------------------------------------------------------------- take-down notes

_TAKEDOWN = re.compile(r"^(?:[若如]|如果|如有|倘若)[^。！？!?\n]{0,14}(?:版权|侵权)[^。！？!?\n]{0,20}请[^。！？!?\n]{0,14}"
                       r"(?:联系|告知|来信)[^。！？!?\n]{0,30}删除[^。！？!?\n]{0,12}[。！？!?]?$")


def takedown_note(text: str) -> bool:
    """Whether a line asks the owner of a re-posted text to write so that it is deleted.

    Examples
    --------
    >>> takedown_note("若文章存在版权问题,请与我们联系,我们将在第一时间内删除,谢谢!"), takedown_note("如有侵权请联系删除")
    (True, True)
    >>> takedown_note("对侵权盗版的网络内容,我们要联系有关平台及时删除。")
    False
    """
    return len(text.strip()) <= 80 and bool(_TAKEDOWN.match(text.strip()))


# ---------------------------------------------------------------- labels, widgets, names, numbers

_READING = re.compile(rf"^{_SP}*(?:您)?正在(?:阅读|浏览)[:：][^\n]{{1,80}}$")
_WEATHER = re.compile(rf"^{_SP}*天气预报[:：]?(?:{_SP}*[^\n{_END}]{{0,20}})?$")
_NEWSROOM = re.compile(rf"^{_SP}*[{_HAN}A-Za-z]{{2,12}}(?:网|網)?(?:新闻中心|新闻频道){_SP}*$")
_ITEM_NO = re.compile(rf"【\d{{1,2}}】{_SP}*$")
_LEAD_NAME = re.compile(rf"^{_SP}*(?![^ \u3000]*[们的了是在和会讲话致辞报告通知公告简报讯])[{_HAN}]{{2,3}}[ \u3000]+(?=\d{{1,2}}月\d{{1,2}}日)")
_FURTHER = re.compile(rf"^{_SP}*[{_HAN}]{{0,8}}(?:扩展阅读|延伸阅读|相关阅读|推荐阅读|猜你喜欢){_SP}*$")
_NAME_ALONE = re.compile(rf"^{_SP}*[{_HAN}]{{2,3}}{_SP}*$")
_NOT_NAME = re.compile(r"[们的了是在和会讲话致辞报告通知公告简报讯]")
_LEAD_DATE = re.compile(rf"^{_SP}*\d{{1,2}}月\d{{1,2}}日")
_GLUED_TITLE = re.compile(rf"^{_SP}*([^\n【】{_END}]{{6,60}})】")
#: a title of eight or more characters stamped twice or more at a line's head, glued or spaced (某某讲话 某某讲话某某讲话
#: 同志们…, a document site's summary; round 220k): the copies before the last
_TITLE_STUTTER = re.compile(rf"^{_SP}*(?P<t>[^\s{_END},，:：、;；]{{8,60}}?)(?:{_SP}*(?P=t))*(?={_SP}*(?P=t))", re.M)
#: a forum's or a site's line of books each with its author, three or more glued, two with 作者 (《某某写作入门》作者某某《某某笔记》作者
#: 某某, a writing course's advert; round 220k): no sentence's end
_BOOK_LIST = re.compile(rf"^[^\n{_END}《]{{0,20}}(?:《[^》\n]{{2,30}}》[^《\n{_END}]{{0,16}}){{3,}}{_SP}*$")
#: how many of the page's first and last lines with text a newsroom's name or an assistant's remark may be on
_EDGE = 3
#: what a line away from the page's first six and last three lines needs to hold for any family here
_MIDDLE = re.compile(r"版权|侵权|【|】")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _line_spans(view: str) -> list[tuple[int, int, str]]:
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans: list[tuple[int, int, str]] = []
    if not lines:
        return spans
    title = _norm(lines[0][2])
    n = len(lines)
    for i, (s, e, line) in enumerate(lines):
        if (m := _TITLE_STUTTER.match(line)) and view.count(m["t"]) == line.count(m["t"]):
            spans.append((s, s + m.end(), "repeated_title"))     # the title stamped before the text: one copy stays;
            #                                                     a phrase stamped on other lines too is glued_furniture's
        elif line.count("》作者") >= 2 and _BOOK_LIST.match(line):
            spans.append((s, e, "related_list"))
            continue
        if 6 <= i < n - _EDGE and not _MIDDLE.search(line):     # away from the edges only notes and 【】 count
            continue
        t = line.strip()
        before = len(spans)
        if i >= n - _EDGE and assistant_remark(t):
            spans.append((s, e, "site_notice"))
        elif takedown_note(t):
            spans.append((s, e, "copyright"))
        elif _READING.match(line) and i < 6:
            spans.append((s, e, "breadcrumb"))
        elif _WEATHER.match(line) and i < 6:
            spans.append((s, e, "site_interface"))
        elif i < _EDGE and _NEWSROOM.match(line):
            spans.append((s, e, "site_name"))
        elif (m := _ITEM_NO.search(line)) and len(t) <= 40 and not any(c in t for c in _END):
            spans.append((s + m.start(), s + m.end(), "chunk_number"))
        elif i >= n - _EDGE and _FURTHER.match(line):
            spans.append((s, e, "related_list"))
        elif i > 0 and (m := _GLUED_TITLE.match(line)) and line[m.end():].strip():
            head = _norm(m.group(1))
            if len(head) >= 6 and (head == title or (len(title) >= 6 and (head in title or title in head))):
                spans.append((s + m.start(), s + m.end(), "repeated_title"))
        if len(spans) > before:
            continue
        if i > 0 and len(title) >= 6 and title + "】" in _norm(line):            # the title glued after a sentence
            spans.extend((s + m.start(), s + m.end(), "repeated_title") for m in re.finditer(
                r"(?<=[。！？!?])[ \t\u3000]*" + r"[ \t\u3000]*".join(map(re.escape, title)) + "】", line))
        if i == 0 and (m := _LEAD_NAME.match(line)):
            spans.append((s + m.start(), s + m.end(), "byline"))
        elif i == 0 and n > 1 and _NAME_ALONE.match(line) and not _NOT_NAME.search(line) and _LEAD_DATE.match(lines[1][2]):
            spans.append((s, e, "byline"))                                  # the name split off its lead
        if (m := _FIRST_SENTENCE.match(line)) and m.end() < len(line) and takedown_note(m.group()):
            spans.append((s + m.start(), s + m.end(), "copyright"))      # a note heading a paragraph flattened
        elif i >= n - _EDGE:
            spans.extend(_glued_tail(s, line))
    return spans


_FIRST_SENTENCE = re.compile(r"[ \t\u3000]*[^。！？!?\n]{4,80}[。！？!?]")


#: a remark or a note glued after the last sentence of a line (a flattened page)
_TAIL = re.compile(r"(?<=[。！？!?”])[ \t\u3000]*([^。！？!?\n]{0,6}(?:满足|符合)您的(?:需求|要求)[^\n]{0,12}"
                   r"|(?:[若如]|如果|如有)[^。！？!?\n]{0,14}(?:版权|侵权)[^\n]{0,70})$")


def _glued_tail(start: int, line: str) -> list[tuple[int, int, str]]:
    m = _TAIL.search(line)
    if not m:
        return []
    tail = m.group(1)
    if assistant_remark(tail):
        return [(start + m.start(1), start + len(line), "site_notice")]
    head = re.match(r"[^。！？!?]*[。！？!?]?", tail).group()
    if takedown_note(head):
        return [(start + m.start(1), start + m.start(1) + len(head), "copyright")]
    return []


# ---------------------------------------------------------------- inline leftovers of a flattened page

#: two or more empty HTML tags run together (a mirror's decoy markup), with the bullet or number before them
_TAG_RUN = re.compile(r"(?:[•·]\s*|\d{1,2}\.\s*)?(?:</?[a-z][a-z0-9]{0,9}(?:\s+[a-z-]{1,12}=\"[^\"<>\n]{0,40}\")*\s*/?>\s*){2,}")
#: a picture's alt text and number between sentences: …名片。 某某乡村你去过吗? 第3张图片
_PICTURE_NO = re.compile(r"(?:(?<=[。！？!?”摄])|(?<=张图片)|^)[ \t\u3000]*[^。！？!?\n摄]{4,80}?[?？!！]?[ \t\u3000]*第[ \t\u3000]*\d{1,3}[ \t\u3000]*[张幅]图片")
#: a caption and its photographer between sentences: …。 某某村。新华社记者 某某摄
_PHOTO_CREDIT = re.compile(r"(?:(?<=[。！？!?”])|(?<=张图片)|^)[ \t\u3000]*[^。！？!?\n第]{2,40}。[ \t\u3000]*"
                           r"(?:新华社|中新社|人民网|本报|央视网)?记者[ \t\u3000]*[\u4e00-\u9fff]{2,3}[ \t\u3000]*摄")
#: where a picture was taken, in brackets: …留住乡愁~ (摄于某某村) 某某讯…
_TAKEN_AT = re.compile(r"[ \t\u3000]*[(（]摄于[^()（）\n]{1,15}[)）]")
#: a forum's or a paper's dateline glued to the lead's date, maybe after that bracket: 某某论坛讯2019年11月5日,…
_DATELINE = re.compile(r"(?:^|(?<=[。！？!?~～”]))[ \t\u3000]*(?:[(（]摄于[^()（）\n]{1,15}[)）][ \t\u3000]*)?[\u4e00-\u9fff]{2,8}(?:论坛|网|报|台)讯"
                       r"[ \t\u3000]*(?=\d{4}年|\d{1,2}月\d{1,2}日)", re.M)
#: a related list's head left after its items, at a line's end: …(某某部) | 相关新闻
_RELATED_TAIL = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*相关(?:新闻|阅读|文章|推荐|链接)[ \t\u3000]*$", re.M)
#: an upload's label or an attachment's link left alone on a line
_UPLOAD_ALONE = re.compile(r"^[ \t\u3000]*(?:上传|下载附件|(?:会员|用户|网友)上传[ \t\u3000]*(?:分享|收藏|举报)?)[ \t\u3000]*$", re.M)
#: an essay site's review under the text: its label (袁老师作文评语:, 名师点评:) and the paragraphs after it to the
#: page's end, each short and none in the speaker's voice (round 89)
_REVIEW_LABEL = re.compile(r"^[ \t\u3000]*[^\s。！？!?,，:：]{0,6}?(?:老师|教师|名师)?(?:作文)?(?:评语|点评|评析)[ \t\u3000]*[:：][ \t\u3000]*$", re.M)
_REVIEW_MAX = 300
_PROSE_END = re.compile(r"[。！!]\s*$")


def _caption_start(view: str, start: int) -> int:
    """Where an agency's caption found at ``start`` begins (:func:`~corpusmine.text.photo_credits.caption_from_line_start`;
    here the event's sentence may also open other lines, a gallery's captions each repeating it)."""
    line_start = view.rfind("\n", 0, start) + 1
    line_end = view.find("\n", start)
    before, caption = view[line_start:start], view[start:len(view) if line_end < 0 else line_end]
    event = before.strip()
    repeated = len(event) >= 10 and view.count("\n" + event) + view.startswith(event) >= 2
    return line_start if caption_from_line_start(before, caption, repeated=repeated) else start


def _inline_spans(view: str) -> list[tuple[int, int, str]]:
    spans = []
    if "<" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _TAG_RUN.finditer(view)]
    if "图片" in view:
        spans += [(m.start(), m.end(), "photo_caption") for m in finditer_on_lines(_PICTURE_NO, view, ("张图片", "幅图片"))]
    if "摄" in view:
        spans += [(_caption_start(view, m.start()), m.end(), "photo_caption")
                  for m in finditer_on_lines(_PHOTO_CREDIT, view, ("记者",))]
        if "摄于" in view:
            spans += [(m.start(), m.end(), "photo_caption") for m in _TAKEN_AT.finditer(view)]
    if "讯" in view:
        spans += [(m.start(), m.end(), "news_lead") for m in finditer_on_lines(_DATELINE, view, ("论坛讯", "网讯", "报讯", "台讯"))]
    if "相关" in view:
        spans += [(m.start(), m.end(), "related_list") for m in _RELATED_TAIL.finditer(view)]
    if "上传" in view or "附件" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _UPLOAD_ALONE.finditer(view)]
    if "评" in view:
        spans += _review(view)
    if "讲话" in view or "稿" in view or "致辞" in view or "演讲" in view or "发言" in view:
        spans += _injected_titles(view)
    return spans


#: a genre's label with a title after its colon (国旗下讲话:清明季节话防火), glued inside a paragraph: a site injects the
#: item's title into its text, twice or more (round 92), with a ".文章" before it now and then; the title's end is
#: read where a copy stands before a mark, and the other copies are found by the whole string
_INJECTED_TITLE = re.compile(
    rf"(?<=[{_HAN}.．。！？!?”])(?:国旗下讲话|讲话稿|演讲稿|发言稿|致辞|讲话|演讲|发言)[:：][{_HAN}“”]{{2,20}}?(?=[。！？!?,，])")


def _injected_titles(view: str) -> list[tuple[int, int, str]]:
    """A genre-labelled title glued inside the text at least twice: each copy goes (a speaker names a title once)."""
    spans = []
    first = view.lstrip().split("\n", 1)[0].strip()
    for title in {m.group() for m in _INJECTED_TITLE.finditer(view)}:
        # a copy in the page's own title or a line repeating it (某某大会,校长讲话:在时光深处,…!_某某文库网) is the title's
        copies = [m for m in re.finditer(r"(?:[.．]?文章)?" + re.escape(title), view)
                  if view[m.start() - 1:m.start()] not in ("", "\n")
                  and not first.startswith(view[view.rfind("\n", 0, m.start()) + 1:m.start()].strip() or "\n")]
        if len(copies) >= 2:
            spans += [(m.start(), m.end(), "repeated_title") for m in copies]
    return spans


def _review(view: str) -> list[tuple[int, int, str]]:
    """An essay site's review: its label and the one or two short paragraphs of prose right under it."""
    spans = []
    for m in _REVIEW_LABEL.finditer(view):
        end = 0
        for k, (s, e, line) in enumerate(l for l in iter_lines(view[m.end():]) if l[2].strip()):
            if k >= 2 or len(line.strip()) > _REVIEW_MAX or not _PROSE_END.search(line) or in_speech_voice(line):
                break
            end = m.end() + e
        if end:
            spans.append((m.start(), end, "site_notice"))
    return spans


_CANDIDATES = re.compile(r"》作者|您|版权|侵权|正在|天气预报|新闻中心|新闻频道|【|】|\d月\d|<|图片|摄|相关|上传|附件|讯|阅读|喜欢|评|(?:讲话|稿|致辞|演讲|发言)[:：]")


def stray_chrome(st: CleaningState) -> None:
    """Delete the families of this module (rules ``site_notice``, ``copyright``, ``breadcrumb``,
    ``site_interface``, ``site_name``, ``byline``, ``chunk_number``, ``repeated_title``, ``related_list``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某某 3月28日上午,某镇举行杏花节开幕式。\\n镇党委书记某某致辞。\\n若文章存在版权问题,请与我们联系,我们将在第一时间内删除,谢谢!")
    >>> stray_chrome(st)
    >>> st.doc.output
    '3月28日上午,某镇举行杏花节开幕式。\\n镇党委书记某某致辞。\\n'
    """
    _, view = st.view()
    promos = repeated_slogans(view) if "下载" in view or "点击" in view or "收藏" in view or "关注" in view else []
    if "推荐" in view or "精品" in view or "编辑" in view:
        # a template document's page header between dashes, wherever a page of it begins (1、-范文最新推荐- 某某发言稿;
        # round 280k)
        promos += [m.span() for m in _DOC_HEADER.finditer(view)]
    spans = [(a, b, "promo_line") for a, b in promos]
    if _CANDIDATES.search(view) or _TITLE_STUTTER.search(view):
        spans += _line_spans(view) + _inline_spans(view)
    st.delete_spans(spans)


#: a template document's page header set between dashes: -范文最新推荐-, -精品文档-, -可编辑-
_DOC_HEADER = re.compile(r"[-—~]{1,2}[ \t]*(?:范文|精品|优质)?(?:最新推荐|精选推荐|精品文档|可编辑|推荐下载)[ \t]*[-—~]{1,2}")
#: a site's call with its promise, closed by !: 下载使用,远离加班熬夜! / 点击收藏,写作不再难!
_SLOGAN = re.compile(rf"(?:下载|收藏|点击|访问|关注|登录)[{_HAN}]{{0,6}}[,，][{_HAN}]{{2,12}}[!！]")


def repeated_slogans(view: str) -> list[tuple[int, int]]:
    """A site's slogan stamped twice or more into the text, glued inside its sentences (rule ``promo_line``, round
    278k): the same call to download, save or follow with its promise (…老师告诉我们,下载使用,远离加班熬夜!蒙娜丽莎的微笑…),
    each copy wherever it stands; a speaker's call said once, or in the speaker's voice, stays.

    Examples
    --------
    >>> v = "下载使用,远离加班熬夜!同志们:\\n老师告诉我们,下载使用,远离加班熬夜!青年要有朝气。"
    >>> [v[a:b] for a, b in repeated_slogans(v)]
    ['下载使用,远离加班熬夜!', '下载使用,远离加班熬夜!']
    >>> repeated_slogans("请大家关注公众号,共同学习进步!会后再关注一下,共同学习进步!")
    []
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _SLOGAN.finditer(view):
        found.setdefault(m.group(), []).append(m.span())
    return [span for text, spans in found.items() if len(spans) >= 2 and not in_speech_voice(text) for span in spans]
