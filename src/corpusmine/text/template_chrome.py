"""Wire bylines in brackets, consent banners, Latin interface lines, dated headline lists, credited captions and
site prompts (development round 26d: template, document and local-government pages).

Families the other rules do not reach, each by the shape of a line or of a
bracket (the view is Simplified, so Traditional pages are read the same way):

* **wire bylines** (:func:`wire_byline_spans`): a reporter's credit in any
  bracket (〔记者某某/某地报导〕, 〈记者某某/某地报导〉, (某社记者某某某地8日电),
  (某报记者某某台湾某地报导)) or an outlet's dateline in brackets
  (【某报2014年12月25日讯】) where a line or a sentence may start, and a
  reporter line alone (某网记者某某/某地报导, 某某\\某地报导, 某社 –).
  :mod:`corpusmine.text.news_body` knows the 【】 form at a line's start only.
  Credits are looked for on the whole page, datelines and lines alone in
  its head and tail.
* **consent banners** (:func:`is_consent_notice`): a site's privacy or
  cookie banner (本网站使用…隐私…同意, 请同意我们的隐私权规范,才能启用…功能).
* **Latin interface lines** (:func:`latin_widget_spans`): in the head and the
  tail of a page written in Chinese, runs of lines without a Chinese character
  of which at least half hold an interface word (Share, Download, Read more,
  Sign up, Upgrade …), and a Chinese line labelled in Latin (Home 某栏目 …,
  Categories: 某类, 某专辑 Read More, 某网(Logo-image)); a line of kana (a
  page's offer of its Japanese version).  Inside a line that a scraper joined
  from several, a Latin segment with four or more distinct interface words, a
  sentence with kana and a banner sentence go.
* **dated headline lists** (:func:`dated_list_spans`): three or more pairs of
  a date alone on a line and a short headline without a sentence end, with a
  short heading above them (快讯, 最新消息; a headline may exclaim); a run of
  six or more short link labels at the page's head; a date or a date and a time
  alone on a line among the first lines or under a short heading (2020/01/23
  16:28, Dec 20th 2013, 06:37; NEWS 最新消息 2025/01/30), with that heading.
  :func:`dated_lists` runs before the rules that take a date alone on a line.
* **credited captions**: a caption line opened by a triangle and closed by a
  credit ((某某提供), (某某摄)), or closed by an agency photographer's credit
  and a date (…。某社记者某某摄  111年12月8日).
* **site prompts** (:func:`is_site_prompt`): a follow prompt (看更多!加入某报粉丝团),
  a site describing itself (某报提供某地每日在地新闻、…服务等!), a link to
  the site's index (《某报导》网站所有文章在此), a widget word alone
  (显示更多, 最新评论, 返回上一页, TOP), a teaser's link to the full text closing
  a cut-off line (…阅读全文>> |).

Banners, captions, prompts and interface lines are looked for in the page's
first :data:`HEAD_CHARS` and last :data:`TAIL_CHARS` characters only, where a
site puts them (so a 20 MB page costs what a small one does).  A line in the
speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`) stays.
Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("〔记者王某/某县报导〕县长今天到车站发红包。\\n显示更多\\n看更多!加入某某报粉丝团")
>>> template_chrome(st)
>>> st.doc.output
'县长今天到车站发红包。\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines, lines_holding
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["dated_list_spans", "dated_lists", "is_consent_notice", "is_site_prompt", "latin_widget_spans", "template_chrome",
           "wire_byline_spans"]

#: how far into a page its head reaches, and its tail from the end (interface lines and lists sit there)
HEAD_CHARS = 4000
TAIL_CHARS = 2000

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"
_END = "。！？!?；;"

# ---------------------------------------------------------------- wire bylines

_OPEN, _CLOSE = "〔〈【[(（", "〕〉】])）"
#: a reporter's credit in a bracket: 〔记者某某/某地报导〕, (某社记者某某某地8日电), (某报记者某某台湾某地报导)
_BRACKET_BYLINE = re.compile(
    rf"[〔〈【\[(（][^〔〈【\[(（〕〉】\])）\n{_END},，]{{0,10}}?记者[^〔〈【\[(（〕〉】\])）\n{_END},，]{{2,22}}?"
    rf"(?:报导|报道|电|讯)[〕〉】\])）]"
)
#: an outlet's dateline in a bracket: 【某报2014年12月25日讯】
_BRACKET_DATELINE = re.compile(
    rf"[〔〈【\[][^〔〈【\[〕〉】\]\n{_END},，\d]{{2,10}}(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日(?:讯|电)[〕〉】\]]"
)
_NAMES = rf"[{_HAN}]{{2,4}}(?:{_SP}*[、,，]{_SP}*[{_HAN}]{{2,4}}){{0,3}}"
#: a reporter line alone: 某网记者某某/某地报导, 某某\某地报导, 某社 –
_BYLINE_LINE = re.compile(
    rf"^{_SP}*(?:[^\s{_END},，/\\／]{{2,10}}?记者{_SP}*{_NAMES}|{_NAMES}){_SP}*[/\\／∕]{_SP}*"
    rf"[{_HAN}]{{2,8}}(?:报导|报道){_SP}*$"
    rf"|^{_SP}*[{_HAN}]{{1,6}}社{_SP}*[–—\-]{_SP}*$"
)
def wire_byline_spans(view: str) -> list[tuple[int, int]]:
    """Spans of reporters' credits in brackets, outlets' datelines in brackets and reporter lines alone.

    A bracket goes where a line or a sentence may start (after white space, a
    closing bracket or a sentence end); its content holds no clause mark.  A
    reporter's credit is looked for on the whole page (on the lines holding 记者
    only); a dateline and a reporter line alone in the head and the tail.

    Examples
    --------
    >>> v = "〔记者王某/某县报导〕县长今天出席典礼。\\n某网记者李某/某县报导\\n某某社 –"
    >>> [v[a:b] for a, b in wire_byline_spans(v)]
    ['〔记者王某/某县报导〕', '某网记者李某/某县报导', '某某社 –']
    >>> wire_byline_spans("要请记者多报道群众身边的好人好事。")   # 句子里的记者
    []
    """
    spans = set()
    edge_lines = [x for a, b in _windows(view) for x in _window_lines(view, a, b)]
    for lines, rx in ((lines_holding(view, ("记者",)), _BRACKET_BYLINE), (edge_lines, _BRACKET_DATELINE)):
        for s, e, line in lines:
            for m in rx.finditer(line):
                before = line[:m.start()]
                if not before.strip() or before[-1] in _END + _CLOSE + " \t\u3000":
                    spans.add((s + m.start(), s + m.end()))
    for s, e, line in edge_lines:
        if len(line) <= 40 and _BYLINE_LINE.match(line):
            spans.add((s, e))
    return sorted(spans)


# ---------------------------------------------------------------- consent banners and site prompts

_PRIVACY = re.compile(r"隐私|[Cc]ookie")
#: consent asked of the reader (请同意, 您同意, 同意上述): a speech asks 本人同意, never the reader's
_CONSENT = re.compile(r"请同意|您同意|同意上述|接受[^。\n]{0,6}[Cc]ookie")
_SITE_SIDE = re.compile(r"本网站|本站|视窗|窗口|启用|阅读体验|浏览体验")


def is_consent_notice(line: str) -> bool:
    """Whether a line is a site's privacy or cookie banner.

    Examples
    --------
    >>> is_consent_notice("本网站使用相关技术提供更好的阅读体验,点这里了解隐私声明,关闭此视窗代表您同意上述规范。")
    True
    >>> is_consent_notice("请同意我们的隐私权规范,才能启用听新闻的功能。")
    True
    >>> is_consent_notice("我们要保护群众隐私,征得本人同意后才能公开有关信息。")   # 讲话里的隐私
    False
    >>> is_consent_notice("要启用预约系统的新功能,保护群众隐私,须经本人同意方可调取。")
    False
    """
    s = line.strip()
    return len(s) <= 200 and bool(_PRIVACY.search(s) and _CONSENT.search(s) and _SITE_SIDE.search(s))


#: a follow prompt, a site describing itself, a link to the site's index
_PROMPT = re.compile(
    r"加入[^\n。]{0,12}(?:粉丝团|粉丝专页|粉丝页|官方帐号|官方账号)"
    r"|^[^\s,，。]{2,10}(?:报|网|台|传媒|媒体)提供[^。\n]{0,60}(?:新闻|资讯|报导)[^。\n]{0,60}$"
    r"|(?:本站|网站)(?:所有|全部)文章"
)
#: a widget word alone on a line
_WIDGET_ALONE = re.compile(r"^(?:显示更多|查看更多|加载更多|最新评论|网友评论|返回上一页|回上一页|回到顶部|下载|TOP|Top)$")
#: a teaser's link to the full text closing a cut-off line: …阅读全文>> |, …阅读全文
_READ_ON = re.compile(r"(?<=…)[ \t\u3000]*阅读全文[ \t\u3000]*(?:>>)?[ \t\u3000]*[|｜]?[ \t\u3000]*$")


def is_site_prompt(line: str) -> bool:
    """Whether a line is a follow prompt, a site's description of itself, an index link or a widget word alone.

    Examples
    --------
    >>> is_site_prompt("看更多!加入某某时报粉丝团"), is_site_prompt("某某日报提供某县每日在地新闻、专题报导等!")
    (True, True)
    >>> is_site_prompt("显示更多"), is_site_prompt("返回上一页")
    (True, True)
    >>> is_site_prompt("欢迎大家加入志愿服务队,为群众提供更多帮助。")   # 讲话里的加入、提供
    False
    """
    s = line.strip()
    if not s or len(s) > 120:
        return False
    if _WIDGET_ALONE.match(s):
        return True
    return bool(_PROMPT.search(s)) and not in_speech_voice(s)


# ---------------------------------------------------------------- Latin interface lines

_HAS_HAN = re.compile(f"[{_HAN}]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_UI_WORD = re.compile(
    r"\b(?:share|like|download|follow(?:ers)?|read (?:more|text)|upgrade|sign (?:up|in)|log ?in|subscribe|"
    r"skip to content|home|explore|publications?|published on|free trial|dashboard|interface|translate|"
    r"categories|tags?|logo|top|close|menu|search|comments?|print|e-?mail|browser|cookies?|sponsors?|"
    r"previous|next|back|more|press releases?|archived?(?: content)?|image|"
    r"(?:skip|jump|go) to (?:the )?(?:beginning of (?:the )?)?(?:main )?(?:content|navigation)|\d{1,2}/\d{1,2}/\d{4})\b",
    re.I,
)
#: a Chinese line labelled in Latin: Home 某栏目 …, Categories: 某类, 某专辑 Read More, 某网(Logo-image)
_LATIN_LABEL = re.compile(
    r"^(?:Home|HOME|Categories|Tags|Category|site logo)\b[ \t:：]"
    r"|\b(?:Read More|Read more|More)[ \t]*$|\((?:Logo|logo)-\w+\)|\bTranslate\b|APP Icon"
)


def _windows(view: str) -> list[tuple[int, int]]:
    """The head and the tail of a page (one window when the page is short)."""
    n = len(view)
    if n <= HEAD_CHARS + TAIL_CHARS:
        return [(0, n)]
    return [(0, HEAD_CHARS), (n - TAIL_CHARS, n)]


def _window_lines(view: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The whole lines that start inside ``view[a:b]``."""
    if a:
        a = view.find("\n", a) + 1 or b
    out = []
    while a < b:
        e = view.find("\n", a)
        e = len(view) if e < 0 else e
        out.append((a, e, view[a:e]))
        a = e + 1
    return out


def _chinese_page(view: str, a: int, b: int) -> bool:
    """Whether a window is written in Chinese (150 Chinese characters, or more of them than Latin letters)."""
    han = len(_HAS_HAN.findall(view, a, b))
    return han >= 150 or han > len(re.findall(r"[A-Za-z]", view[a:b]))


def latin_widget_spans(view: str) -> list[tuple[int, int]]:
    """Spans of Latin interface lines in the head and the tail of a page written in Chinese.

    Examples
    --------
    >>> v = ("Enjoying your free trial? Upgrade Now\\nBrand-New\\nLike\\nShare\\nDownload\\n"
    ...      "Home Explore Others 某乡乡政成果专辑\\n乡长序\\n" + "各村要把群众的事办好。" * 15)
    >>> [v[a:b] for a, b in latin_widget_spans(v)][:2]
    ['Enjoying your free trial? Upgrade Now\\nBrand-New\\nLike\\nShare\\nDownload', 'Home Explore Others 某乡乡政成果专辑']
    """
    spans = []
    for a, b in _windows(view):
        if not _chinese_page(view, a, b):
            continue
        run: list[tuple[int, int, str]] = []
        for s, e, line in _window_lines(view, a, b) + [(b, b, "\u4e00")]:
            t = line.strip()
            if t and not _HAS_HAN.search(t) and len(t) <= 200:
                if len(_KANA.findall(t)) >= 4:
                    spans.append((s, e))
                    continue
                run.append((s, e, t))
                continue
            if not t:
                continue
            if run and 2 * sum(bool(_UI_WORD.search(x)) for _, _, x in run) >= len(run):
                spans.append((run[0][0], run[-1][1]))
            run = []
            if len(_KANA.findall(t)) >= 5 and len(t) <= 120:
                spans.append((s, e))       # a page's offer of its Japanese version
            elif len(t) <= 80 and "。" not in t and _LATIN_LABEL.search(t) and not in_speech_voice(t):
                spans.append((s, e))
            elif len(t) > 80:              # lines joined into one (a flattened page): the segments inside it
                spans.extend((s + x, s + y) for x, y in _glued_widget_spans(line))
    return spans


#: a Latin segment inside a line, and a sentence
_LATIN_SEGMENT = re.compile(r"[A-Za-z][^\u4e00-\u9fff\u3040-\u30ff\n]{10,}")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]")


def _glued_widget_spans(line: str) -> list[tuple[int, int]]:
    """Latin segments with four or more distinct interface words, and sentences with kana, inside a joined line."""
    spans = [m.span() for m in _LATIN_SEGMENT.finditer(line)
             if len({w.lower() for w in _UI_WORD.findall(m.group())}) >= 4]
    if _KANA.search(line):
        spans += [m.span() for m in _SENTENCE.finditer(line) if len(_KANA.findall(m.group())) >= 4]
    return spans


# ---------------------------------------------------------------- dated headline lists and lone dates

_DATE_ALONE = re.compile(
    r"^[ \t\u3000]*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}"
    r"(?:,? \d{1,2}:\d{2})?)[ \t\u3000]*$"
)
_LINK_LABEL = re.compile(rf"^[{_HAN}A-Za-z]{{2,12}}$")
#: a short heading above a list or a date: 快讯, 最新消息, NEWS
_HEADING = re.compile(rf"^(?:[A-Z]{{2,8}}|[{_HAN}]{{0,4}}(?:消息|新闻|快讯|资讯|动态|头条))$")


def dated_list_spans(view: str) -> list[tuple[int, int]]:
    """Spans of dated headline lists, link-label runs at the head and lone dates at the head.

    Examples
    --------
    >>> v = "快讯\\n2026/01/02\\n某市新制元旦上路\\n2026/01/02\\n某县补助开跑\\n2026/01/02\\n某县升旗典礼\\n县长向乡亲拜年。"
    >>> [v[a:b] for a, b in dated_list_spans(v)]
    ['快讯\\n2026/01/02\\n某市新制元旦上路\\n2026/01/02\\n某县补助开跑\\n2026/01/02\\n某县升旗典礼']
    """
    spans = []
    for a, b in _windows(view):
        lines = [x for x in _window_lines(view, a, b) if x[2].strip()]
        i = 0
        while i < len(lines):
            j = i
            while (j + 1 < len(lines) and _DATE_ALONE.match(lines[j][2])
                   and len(lines[j + 1][2].strip()) <= 60 and not any(c in lines[j + 1][2] for c in "。？?；;")
                   and not _DATE_ALONE.match(lines[j + 1][2])):
                j += 2
            if (j - i) // 2 >= 3:
                start = i - 1 if i and _HEADING.match(lines[i - 1][2].strip()) else i
                spans.append((lines[start][0], lines[j - 1][1]))
                i = j
                continue
            i += 1
        # a run of six or more short link labels at the page's head, before its first long line
        if a == 0:
            run = []
            for s, e, line in lines:
                if _LINK_LABEL.match(line.strip()) and not in_speech_voice(line):
                    run.append((s, e))
                    continue
                if len(run) >= 6:
                    spans.append((run[0][0], run[-1][1]))
                run = []
                if len(line.strip()) > 30:
                    break
            # a lone date (and a short heading above it) among the first lines, outside a list
            for k, (s, e, line) in enumerate(lines):
                if k >= 12 and not _HEADING.match(lines[k - 1][2].strip()):
                    continue
                if _DATE_ALONE.match(line) and not any(x <= s < y for x, y in spans):
                    start = s
                    while k and _HEADING.match(lines[k - 1][2].strip()):
                        k -= 1
                        start = lines[k][0]
                    spans.append((start, e))
    return spans


# ---------------------------------------------------------------- credited captions

#: △某乡公所新春团拜。 (某乡公所提供) | …。某社记者某某摄  111年12月8日
_CAPTION = re.compile(
    rf"^{_SP}*[△▲][^\n]{{2,120}}[(（][^()（）\n]{{2,16}}(?:提供|摄)[)）]{_SP}*$"
    rf"|^[^\n]{{10,200}}[。！!][^\n。]{{0,10}}?记者{_SP}*[{_HAN}]{{2,4}}{_SP}*摄"
    rf"(?:{_SP}*(?:\d{{2,3}}年\d{{1,2}}月\d{{1,2}}日|(?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?))?{_SP}*$"
)


def dated_lists(st: CleaningState) -> None:
    """Delete dated headline lists, link-label runs and lone dates at the head (rule ``related_list``).

    It runs before the rules that take a date alone on a line, so that a list's
    headlines are still seen between its dates.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("快讯\\n2026/01/02\\n某市新制上路\\n2026/01/02\\n某县补助开跑\\n2026/01/02\\n某县升旗典礼\\n县长向乡亲拜年。")
    >>> dated_lists(st)
    >>> st.doc.output
    '\\n县长向乡亲拜年。'
    """
    _, view = st.view()
    st.doc.delete_many(sorted(dated_list_spans(view)), "related_list")


def template_chrome(st: CleaningState) -> None:
    """Delete the families of this module but the dated lists (rules ``byline``, ``site_notice``, ``widget``,
    ``photo_caption``, ``site_interface``, ``truncation``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("Like\\nShare\\nDownload\\n县长说,要把好事办好。\\n△县长看望同仁。 (某某提供)\\n最新评论")
    >>> template_chrome(st)
    >>> st.doc.output
    '\\n县长说,要把好事办好。\\n\\n'
    """
    _, view = st.view()
    spans = [(a, b, "byline") for a, b in wire_byline_spans(view)]
    spans += [(a, b, "widget") for a, b in latin_widget_spans(view)]
    for a, b in _windows(view):          # banners, captions and prompts sit in a page's head and tail
        for s, e, line in _window_lines(view, a, b):
            if is_consent_notice(line):
                spans.append((s, e, "site_notice"))
            elif len(line) > 200 and _PRIVACY.search(line):     # a banner inside a joined line
                spans.extend((s + m.start(), s + m.end(), "site_notice") for m in _SENTENCE.finditer(line)
                             if is_consent_notice(m.group()))
            elif _CAPTION.match(line) and not in_speech_voice(line):
                spans.append((s, e, "photo_caption"))
            elif is_site_prompt(line):
                spans.append((s, e, "site_interface"))
            else:
                spans.extend((s + m.start(), s + m.end(), "truncation") for m in _READ_ON.finditer(line))
    st.delete_spans(spans)
