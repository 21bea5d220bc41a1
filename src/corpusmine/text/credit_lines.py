"""Credits of a news page: reporters' lines, split bylines, a unit before its date, captions of speakers
(development round chrome26: the held-out round 29).

Each family is told by its shape (the view is Simplified):

* **a reporters' line** (rule ``byline``): a paper's or a site's reporter label and names set off by spaces
  (本报记者 某某 某某, 某某新闻记者 某某), at a line's start or after a sentence, glued to the lead that follows
  (…“最后一课”本报记者 某某 某某又是一年…): the names go, the lead stays.  The last name's length is told by
  the lead after it (a date, a mark) or by the names before it; a single name glued to Chinese stays.
* **a trailing credit** (rule ``byline``): a newsroom's reporter label and colon after a paragraph's last sentence
  with a short name (…确保平安度汛。融媒记者:某某); a bare 记者: (an interview's turn) stays.
* **a split byline** (rule ``byline``): a name, a place (某县, 某市) and 报导/报道 on one short row (某某 某县 报导)
  or on three short lines; two phrases before 报道 (新闻 宣传报道) stay.
* **a unit before its date** (rule ``meta_row``): a unit's name and 发布时间/发布日期 with a date on one row
  (某某市统计局 发布时间: 2025-09-23 15:31).
* **speakers' captions** (rule ``photo_caption``): two or more lines in a row, each titles and a name ending in
  致辞/讲话/发言 without a sentence end (某某委员、某某局局长某某致辞); a speech's title (在某某会上的讲话, 校长致辞)
  and a line in the speaker's voice stay.  One such line in brackets goes alone ((某某总领事致辞)): a heading is
  never bracketed.
* **photo captions by their credit** (rule ``photo_caption``): a short line without a sentence end that ends on who
  gave the picture in brackets (…参加表扬典礼(县府提供)); captions that place the people in the picture
  ((左起), 某某(右二), 上图:) are :func:`corpusmine.text.page_widgets.is_position_caption`'s;
  a credit after a title (…启动 摄影:某某) goes alone.  Lines in the speaker's voice and lines of three sentences stay.
  One sentence in the desk's voice before such a credit, set between two paragraphs of the speech, is a caption too
  (…总理提及,他也会帮助准备演讲稿。(某某部提供); round 153k); before who took the picture it is a caption anywhere
  (某某今日出席某校毕业典礼。(某某社 某某摄); round 165k).
* **captions closed by who took or gave the picture** (rule ``photo_caption``): one sentence and a credit closing
  the line (…在座谈会上致辞。记者某某摄, …赠书。某某同乡会供图, 典礼现场。某某 摄); glued to the paragraph after it,
  the caption and credit go and the paragraph stays (典礼现场。某某 摄某国大使…).  A request (请各单位供图) is no credit.
* **a compiled report's credit** (rule ``byline``): a newsroom's name and 综合报道 alone on a line (某某侨讯综合报道).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("某某市统计局 发布时间: 2025-09-23 15:31\\n本报记者 李某某 王某某又是一年毕业季。")
>>> credit_lines(st)
>>> st.doc.output
'\\n又是一年毕业季。'
"""

from __future__ import annotations

import re
from collections import Counter

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import finditer_on_lines, iter_lines, lines_holding
from corpusmine.text.patterns import SURNAMES
from corpusmine.text.photo_credits import composed_credit_spans
from corpusmine.text.report_heads import in_report_voice
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["caption_mark_spans", "credit_lines", "reporter_line_spans", "speaker_caption_spans"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"
_END = "。！？!?"

# ---------------------------------------------------------------- reporters' lines

#: 本报记者 / 某某新闻记者 / 某某日报记者 / 某某网记者 / 融媒记者, at a line's start or after a sentence, then names
_REPORTERS = re.compile(
    rf"(?:^|(?<=[{_END}”」』]))(?P<label>{_SP}*(?:本报|本台|本网|融媒体?|全媒体|[{_HAN}]{{2,8}}(?:新闻|日报|晚报|时报|报|网|台|社))"
    rf"(?:首席|特派|特约|实习|见习)?记者)(?P<names>(?:{_SP}+[{_HAN}]{{2,3}}(?=[ \t\u3000]))*){_SP}+(?P<last>[{_HAN}]+)",
    re.M)
_NOT_NAME = re.compile(r"[们的了是在和要讲话致报道今昨近日月年]")
#: session au (rounds 236k, 238k): a reporter's tag in brackets opening the lead, name and place parted by a slash
#: (【记者某某/台北】, 【全媒体记者 某某】)
_BRACKET_REPORTER = re.compile(rf"^{_SP}*【{_SP}*(?:本报|本台|本网|特派|特约|首席|全媒体|融媒体?|见习|实习)?记者{_SP}*[{_HAN}]{{2,4}}(?:{_SP}*[/／、]{_SP}*[{_HAN}]{{2,4}})?{_SP}*】", re.M)
#: a caption opened by a block mark on the line under a picture's zoom button (放大图片 / ■某某等出席某会。)
_ZOOM_BUTTON = re.compile(rf"{_SP}*(?:放大图片|点击放大|查看大图|点击查看大图|点击看大图|放大){_SP}*")
_MARKED_CAPTION = re.compile(rf"{_SP}*[■▲●◆][^\n]{{4,120}}")
#: session au (round 233k): a paper's or an app's byline without the word 记者, the outlet (two joined by ·) and a name
#: before the lead's date (某某晚报·某某壹点 李某某 6月5日,…); the date and the lead stay
_OUTLET_BYLINE = re.compile(
    rf"^{_SP}*[{_HAN}]{{2,8}}(?:日报|晚报|早报|时报|都市报|报|网|台|新闻|客户端)(?:[·•・][{_HAN}A-Za-z0-9]{{2,8}}?)?"
    rf"{_SP}+(?P<name>[{_HAN}]{{2,3}})(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{2,18}}[)）])?"      # a name's pinyin gloss
    rf"(?={_SP}*(?:\d{{1,2}}月(?!{_SP}*\d{{1,2}}{_SP}*日{_SP}*[电電])|近日|日前|昨天|昨日|今天|今日))", re.M)   # a wire's 日电 is its dateline
_CREDIT_AFTER = re.compile(r"[ \t\u3000]*(?:摄|报道|报导|供图|采写)")


def reporter_line_spans(view: str) -> list[tuple[int, int]]:
    """Reporters' labels and names glued to the lead that follows them.

    Examples
    --------
    >>> page = "读懂“最后一课”本报记者 李某某 王某某又是一年毕业季。\\n某某新闻记者 张某某6月21日,大学毕业典礼举行。"
    >>> [page[s:e] for s, e in reporter_line_spans(page)]
    ['本报记者 李某某 王某某', '某某新闻记者 张某某']
    >>> reporter_line_spans("本报记者 走进田间地头,了解春耕进展。")
    []
    """
    spans = []
    for m in finditer_on_lines(_REPORTERS, view, ("记者",)):
        names = m.group("names").split()
        last = m.group("last")
        if _CREDIT_AFTER.match(view, m.end()):
            continue                                    # a photo's or a report's credit: the caption rules' own
        if len(last) in (2, 3) and not _NOT_NAME.search(last):
            end = m.end()                              # a name before a date, a mark or the line's end
        elif names and len(last) > len(names[-1]):
            end = m.start("last") + len(names[-1])     # the last name as long as the one before it, when it
            if last[0] not in SURNAMES or _NOT_NAME.search(view[m.start("last"):end]):   # opens with a surname
                end = m.end("names")                   # else the lead: only the names set off by spaces go
        else:
            continue
        if any(_NOT_NAME.search(n) for n in names):
            continue
        line_end = view.find("\n", end)
        if m.start() > 0 and view[m.start() - 1] != "\n" and not view[end:None if line_end < 0 else line_end].strip():
            continue                                    # a credit closing a caption's line: the caption rules' own
        spans.append((m.start(), end))
    return spans


#: a newsroom's reporter label with a colon after a paragraph's last sentence, and a short name (or its debris)
_TRAILING = re.compile(rf"(?<=[{_END}”」])[ \t\u3000]*(?:融媒体?|全媒体|本报|本台|本网|特约|实习|见习)记者{_SP}*[:：]"
                       r"[^\n。！？,，]{1,16}$", re.M)

# ---------------------------------------------------------------- split bylines, a unit before its date

_PLACE = rf"[{_HAN}]{{1,5}}[县市区乡镇村省州]"
_BYLINE_ROW = re.compile(rf"{_SP}*[{_HAN}]{{2,4}}{_SP}+{_PLACE}{_SP}*(?:报导|报道){_SP}*")
_REPORT_ALONE = re.compile(rf"{_SP}*(?:报导|报道){_SP}*")
_NAME_LINE = re.compile(rf"{_SP}*[{_HAN}]{{2,4}}{_SP}*")
_PLACE_LINE = re.compile(rf"{_SP}*{_PLACE}{_SP}*")
_UNIT = (r"(?:局|委|办|院|厅|部|中心|政府|公司|学校|大学|学院|站|所|队|协会|联合会|会|处|科|馆|社|署|镇|乡|街道|办事处|集团)")
_UNIT_DATE = re.compile(rf"{_SP}*[{_HAN}]{{2,20}}{_UNIT}{_SP}+(?:发布时间|发布日期|发表时间|发布于){_SP}*[:：]?{_SP}*"
                        rf"\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:{_SP}*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_SP}*")


def _split_bylines(view: str) -> list[tuple[int, int]]:
    spans = []
    for s, e, line in lines_holding(view, ("报导", "报道")):
        if _BYLINE_ROW.fullmatch(line) and not _NOT_NAME.search(line.split()[0]):
            spans.append((s, e))
        elif _REPORT_ALONE.fullmatch(line):
            prev = _lines_above(view, s, 2)
            if (len(prev) == 2 and _PLACE_LINE.fullmatch(prev[0][2]) and _NAME_LINE.fullmatch(prev[1][2])
                    and not _NOT_NAME.search(prev[1][2])):
                spans += [(s, e), prev[0][:2], prev[1][:2]]
    return spans


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


# ---------------------------------------------------------------- speakers' captions

_TITLE_WORD = r"(?:长|书记|主任|主席|委员|常委|教授|院士|代表|厅长|局长|校长|董事长|总经理|秘书长|部长|市长|县长|区长|理事|巡视员|参事|领事|大使)"
#: (a consul's title, 先生/女士 and where he speaks too: 某国总领事馆副领事某某先生在大会上致辞; round 257k)
_CAPTION = re.compile(rf"{_SP}*[^\n{_END},，;；:：“”\"]{{2,80}}?{_TITLE_WORD}[{_HAN}]{{2,3}}(?:先生|女士)?(?:在[^\n{_END},，]{{1,12}}?上?)?"
                      rf"(?:致辞|讲话|发言|致欢迎辞|致欢迎词|作报告|宣布[^\n{_END},，]{{2,12}}?(?:开幕|开始|启动|开营|开赛)){_SP}*")


def _caption(line: str) -> bool:
    t = line.strip()
    return bool(_CAPTION.fullmatch(t)) and "的" not in t[-5:] and not re.search(r"在[^、]{0,30}(?:上|中)的(?:致辞|讲话|发言)$", t) \
        and not in_speech_voice(t)


def speaker_caption_spans(view: str) -> list[tuple[int, int]]:
    """Runs of two or more lines, each a speaker's titles and name ending in 致辞/讲话/发言.

    Examples
    --------
    >>> page = "领导致辞\\n全国政协委员、某某大学教授张某某致辞\\n某某区委常委、副区长李某某致辞\\n会议要求抓好落实。"
    >>> [page[s:e] for s, e in speaker_caption_spans(page)]
    ['全国政协委员、某某大学教授张某某致辞', '某某区委常委、副区长李某某致辞']
    >>> speaker_caption_spans("县委书记在全县大会上的讲话\\n校长致辞\\n同志们:")
    []
    """
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    alone: list[tuple[int, int]] = []
    last_end = -2
    for s, e, line in lines_holding(view, ("致辞", "讲话", "发言", "作报告", "欢迎辞", "欢迎词", "宣布")):
        if not _caption(line):
            continue
        if run and view[last_end:s].strip():
            if len(run) >= 2:
                spans += run
            else:
                alone += run
            run = []
        run.append((s, e))
        last_end = e
    if len(run) >= 2:
        spans += run
    else:
        alone += run
    # on a page with such a run, a caption between two paragraphs is one too (…宣布启动仪式开始; round 268k)
    return sorted(spans + alone) if spans else spans


#: a speaker's act in brackets alone on a line: (某某总领事致辞), (某某会长发表讲话)
_BRACKET_SPEAKER = re.compile(rf"{_SP}*[(（](?P<c>[^()（）\n{_END}]{{2,40}}?(?:致辞|致词|讲话|发言|致欢迎辞|作报告))[)）]{_SP}*")
#: one sentence and a credit labelled as the picture's, between white space or the line's edges
_LABELLED_CREDIT = re.compile(rf"(?:^|(?<=[ \t\u3000。！？!?]))(?P<c>[^\s{_END}]{{4,60}}[。!！]){_SP}*"
                              rf"[(（](?:照片|图片|相片)[:：/／]{_SP}*[^()（）\n]{{1,16}}?(?:提供|摄)?[)）](?=[ \t\u3000]|$)")
#: a name and its speaking alone on a line, closed by a full stop (某某致辞。)
_NAME_SPEAKS = re.compile(rf"{_SP}*(?P<n>[{_HAN}]{{2,4}})(?:致辞|致词|讲话|发言)。{_SP}*")
#: who gave the picture, in brackets at the line's end: …(县府提供), …(某某供图), …(某某摄)
#: (a label may open it and 图片 close it: (照片:某某市政府提供), (主办方提供图片); round 249k)
_GIVEN = re.compile(rf"[(（](?:(?:照片|图片|相片|图)[:：/／]{_SP}*)?[{_HAN}A-Za-z ]{{1,12}}(?:提供|供图|摄)(?:图片|照片)?[)）]{_SP}*$")
#: a photographer's credit after a title on its line: …启动 摄影:某某
_PHOTO_CREDIT = re.compile(rf"(?<=\S){_SP}+(?:摄影|图|图片|文/图|图/文)[:：]{_SP}*[{_HAN}·]{{2,6}}{_SP}*$", re.M)
_COMPILED = re.compile(rf"{_SP}*[{_HAN}]{{2,14}}(?:综合报道|综合消息){_SP}*")
#: who took or gave the picture, after the caption's one sentence and closing its line: …在座谈会上致辞。记者某某摄,
#: …走访学校并赠书。某某同乡会供图, 典礼现场。某某 摄 (a request, 请各单位供图, is no giver)
_TAKER = rf"(?:(?:摄影记者|记者|通讯员){_SP}*)?[{_HAN}]{{2,4}}{_SP}*(?<!拍)摄"
_GIVER = rf"(?!请|欢迎|各)[{_HAN}]{{2,12}}供图"
_CLOSING_CREDIT = re.compile(rf"^{_SP}*(?P<c>[^\n{_END}]{{4,70}}[。!！]){_SP}*(?:{_TAKER}|{_GIVER}){_SP}*$")
#: one sentence closed by a site's and a photographer's credit in brackets: …送祝福。(某某网/某某 摄)
#: (the site and the name parted by a slash are sure enough to stand in a sentence of thanks; glued to the paragraph
#: after it, the caption and its credit go and the paragraph stays)
_SITE_CREDIT = re.compile(rf"^{_SP}*[^\n{_END}]{{4,70}}[。!！]?{_SP}*[(（][^()（）\n]{{1,16}}[/／][^()（）\n]{{1,8}}?{_SP}*(?:摄|攝|供图)[)）]"
                          rf"(?:{_SP}*$|(?=[{_HAN}“]))")
#: the same caption glued to the paragraph after it, told by a space before 摄, a reporter's label or 供图:
#: 典礼现场。某某 摄中国驻某国大使…, …致辞。记者某某摄某某表示…, …赠书。某某同乡会供图在某某学校,…
_GLUED_CREDIT = re.compile(rf"^{_SP}*[^\n{_END}]{{2,50}}[。!！]{_SP}*(?:[{_HAN}]{{2,4}}{_SP}+摄"
                           rf"|(?:摄影记者|记者|通讯员){_SP}*[{_HAN}]{{2,3}}{_SP}*摄|{_GIVER})(?=[{_HAN}“])")
_SENTENCE_END = re.compile(f"[{_END}]")
#: a bracket naming only who took the picture (某某社 某某摄), no writer (某某文 某某摄 closes a report's paragraph)
_TAKEN_ONLY = re.compile(rf"^[(（](?![^()（）]*文{_SP})[^()（）]*摄[)）]")
_ONE_SENTENCE = re.compile(rf"[^\n{_END}]{{4,120}}[。!！]"
                           # or a lead's sentence and the caption saying who is pictured (…举行。图为某某在大会致辞。; 183k)
                           rf"|(?:[^\n{_END}]{{4,120}}[。!！])?图为[^\n{_END}]{{2,100}}[。!！]")


def _between_prose(view: str, s: int, e: int) -> bool:
    """Whether the line ``view[s:e]`` stands between two lines that end a sentence (the speech's paragraphs)."""
    above = view[:s].rstrip()
    below = view[e:].lstrip().split("\n", 1)[0].rstrip()
    # or after the last paragraph, closing the page (…理监事就职。(主办方提供图片); round 249k)
    return bool(above) and above[-1] in "。！？!?”」" and (len(below) >= 20 or not view[e:].strip())


def caption_mark_spans(view: str) -> list[tuple[int, int, str]]:
    """Bracketed speakers' captions, captions closed by their credit, photographers' credits after a title and compiled
    reports' credits (see the module docstring).

    Examples
    --------
    >>> page = ("(某某总领事致辞)\\n县长某某昨日陪同志工赴台参加表扬典礼(县府提供)\\n"
    ...         "人道公益日在北京启动 摄影:牛某某\\n某某侨讯综合报道\\n(一)我们要加强组织领导,认真做好讲话精神的宣传。")
    >>> [(page[s:e], r) for s, e, r in caption_mark_spans(page)]   # doctest: +NORMALIZE_WHITESPACE
    [('(某某总领事致辞)', 'photo_caption'),
     ('县长某某昨日陪同志工赴台参加表扬典礼(县府提供)', 'photo_caption'), (' 摄影:牛某某', 'photo_caption'),
     ('某某侨讯综合报道', 'byline')]
    >>> caption_mark_spans("我们要像照片上(左起)的老党员那样,一辈子为群众办事。\\n(要加强宣传报道)")
    []
    """
    spans: list[tuple[int, int, str]] = []
    for s, e, line in lines_holding(view, ("致辞", "致词", "讲话", "发言", "作报告")):
        m = _BRACKET_SPEAKER.fullmatch(line)
        if m and not in_speech_voice(m.group("c")) and not re.search(r"在[^\n]{0,30}(?:上|中)的", m.group("c")):
            spans.append((s, e, "photo_caption"))
        elif (m := _NAME_SPEAKS.fullmatch(line)) and view[e:].lstrip().startswith(m.group("n")):
            # a photo's caption naming who speaks, the report's paragraph on the same speaker under it (某某致辞。/
            # 某某回顾了…; round 249k): a heading of a collection names no one twice
            spans.append((s, e, "photo_caption"))
    for s, e, line in lines_holding(view, ("照片", "图片", "相片")):
        # a caption and its labelled credit inside a flattened line, white space after it (… date 2026-01-01 某某参加
        # 路跑活动。(照片:某某市政府提供) 某社台北1月1日电…; round 249k)
        spans += [(s + m.start("c"), s + m.end(), "photo_caption") for m in _LABELLED_CREDIT.finditer(line)
                  if in_report_voice(m.group("c")) and not in_speech_voice(m.group("c"))]
    for s, e, line in lines_holding(view, ("提供", "供图", "摄")):
        t = line.strip()
        if len(t) <= 100 and _GIVEN.search(t) and not _SENTENCE_END.search(t) and not in_speech_voice(t):
            # (a report's last sentence before its credit, …出席了大会。(某某文 某某摄), stays: the credit is the
            # bracket rules' own)
            spans.append((s, e, "photo_caption"))
        elif len(t) <= 150 and (m := _GIVEN.search(t)) and _ONE_SENTENCE.fullmatch(t[:m.start()].strip()) \
                and in_report_voice(t[:m.start()]) and (_between_prose(view, s, e) or _TAKEN_ONLY.search(m.group())):
            # one sentence of the desk's between the speech's paragraphs (153k), or anywhere before who took the picture
            # (…出席毕业典礼。(某某社 某某摄); round 165k)
            spans.append((s, e, "photo_caption"))
    # the same credit closing three or more lines is a gallery's: its captions go whatever they say (…能进一步推动经济
    # 增长。某某摄; round 209k)
    closing = Counter(line[m.end("c"):].strip() for _, _, line in lines_holding(view, ("摄", "供图"))
                      if (m := _CLOSING_CREDIT.match(line)))
    for s, e, line in lines_holding(view, ("摄", "供图")):
        m = _CLOSING_CREDIT.match(line)
        if m and (not in_speech_voice(m.group("c")) or closing[line[m.end("c"):].strip()] >= 3):
            spans.append((s, e, "photo_caption"))
            continue
        if m := _SITE_CREDIT.match(line):
            spans.append((s, s + m.end(), "photo_caption"))
            continue
        m = _GLUED_CREDIT.match(line)
        if m and not in_speech_voice(m.group()):
            spans.append((s, s + m.end(), "photo_caption"))
    for m in finditer_on_lines(_PHOTO_CREDIT, view, (":", "：")):
        spans.append((m.start(), m.end(), "photo_caption"))
    spans += [(s, e, "byline") for s, e, line in lines_holding(view, ("综合",)) if _COMPILED.fullmatch(line)]
    return spans


def _zoomed_captions(view: str) -> list[tuple[int, int]]:
    """A caption opened by a block mark on the non-blank line under a picture's zoom button (round 236k).

    Examples
    --------
    >>> page = "放大图片\\n■某某等出席同乡会成立88周年庆典。\\n【本报讯】同乡会日前举行庆典。"
    >>> [page[s:e] for s, e in _zoomed_captions(page)]
    ['■某某等出席同乡会成立88周年庆典。']
    """
    spans = []
    for s, e, line in lines_holding(view, ("放大", "大图")):
        if _ZOOM_BUTTON.fullmatch(line):
            i = e
            while i < len(view) and view[i] in "\n \t\u3000":
                i += 1
            j = len(view) if (j := view.find("\n", i)) < 0 else j
            if _MARKED_CAPTION.fullmatch(view, i, j):
                spans.append((i, j))
    return spans


def credit_lines(st: CleaningState) -> None:
    """Delete the families of this module, each audited under its own rule (see the module's docstring).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> st = CleaningState("某某 某某县 报导\\n要加强应急值守。融媒记者:某某\\n记者:请问今年有什么安排?")
    >>> credit_lines(st)
    >>> st.doc.output
    '\\n要加强应急值守。\\n记者:请问今年有什么安排?'
    """
    _, view = st.view()
    spans = [(s, e, "byline") for s, e in reporter_line_spans(view)]
    spans += [(m.start(), m.end(), "byline") for m in finditer_on_lines(_TRAILING, view, ("记者",))]
    spans += [(m.start(), m.end(), "byline") for m in finditer_on_lines(_OUTLET_BYLINE, view, ("报", "网", "台", "新闻", "客户端"))
              if not _NOT_NAME.search(m["name"])]
    spans += [(s, e, "byline") for s, e in _split_bylines(view)]
    spans += [(m.start(), m.end(), "byline") for m in finditer_on_lines(_BRACKET_REPORTER, view, ("记者",))]
    spans += [(s, e, "photo_caption") for s, e in _zoomed_captions(view)]
    spans += [(s, e, "meta_row") for s, e, line in lines_holding(view, ("发布", "发表"))
              if _UNIT_DATE.fullmatch(line) and not in_speech_voice(line)]
    spans += [(s, e, "photo_caption") for s, e in speaker_caption_spans(view)]
    spans += composed_credit_spans(view)
    spans += caption_mark_spans(view)
    spans += [(s, e, "photo_caption") for s, e in named_captions(view)]
    for s, e, line in lines_holding(view, ("▲", "△")):
        # a picture's caption under a pointer, no sentence end (▲某某为新兵颁发入伍通知书; round 255k): a report's act
        if (m := _POINTER.fullmatch(line)) and _EVENT_ACT.search(m.group("c")) and in_report_voice(m.group("c")) \
                and not in_speech_voice(m.group("c")):
            spans.append((s, e, "photo_caption"))
        elif (m := _GLUED_POINTER.search(line)) and _EVENT_ACT.search(m["c"]) and in_report_voice(m["c"]) \
                and not in_speech_voice(m["c"]):
            spans.append((s + m.start(), e, "photo_caption"))   # glued after a report's sentence: …的好处。▲某某会长讲话 (266k)
    for s, e, line in lines_holding(view, ("取自", "摄自", "拍自")):
        found = list(_TAKEN_FROM.finditer(line)) if "图/" in line else []
        if not found:
            continue
        # a caption credited to a social page (…邀请某某担任演说嘉宾。取自某某大学脸书粉专。图/…): the line whole when
        # it opens on the caption, else from its 图/ on (a title line with the picture's credit; round 252k)
        g = line.find("图/")
        if _CAPTION_THEN_CREDIT.fullmatch(line) and in_report_voice(line[:g]) and not in_speech_voice(line[:g]):
            spans.append((s, e, "photo_caption"))       # 某某于晚间宣布当选。(图/取自某某脸书粉丝页) (round 283k)
            continue
        if len(line) <= 160 and g > found[0].start():
            spans.append((s if not in_speech_voice(line) else s + max(0, line.rfind(" ", 0, g)), e, "photo_caption"))
            continue
        # a longer line (a flattened page): each credit with the caption sentence or the 图/ piece before it, the
        # text glued after it stays (▲图/翻摄自某某脸书 【某某致词全文】 各位…; round 277k)
        for m in found:
            a = max(line.rfind(" ", 0, m.start()), line.rfind("。", 0, max(0, m.start() - 1)),
                    line.rfind("图/", 0, m.start()) - 1) + 1
            cut = _CREDIT_STOP.search(line, m.start(), m.end())
            spans.append((s + a, s + (cut.start() if cut else m.end()), "photo_caption"))
    for s, e, line in lines_holding(view, ("摄", "记者")):
        if _REPORTER_ALONE.fullmatch(line) and "们" not in line and not re.search(r"[图摄][)）]?\s*$", line):
            spans.append((s, e, "byline"))              # 记者: 某某某/综合报导。 alone on a line (round 289k)
        elif _PHOTO_CREDIT_ALONE.fullmatch(line) and (above := _caption_above(view, s)):
            spans.append((above[0], e, "photo_caption"))   # a caption's sentence, its photographer's credit under it
        elif (m := _CAPTION_THEN_SHOT.fullmatch(line)) and in_report_voice(m["c"]) and not in_speech_voice(m["c"]):
            spans.append((s, e, "photo_caption"))       # …召开会员大会。 (某某摄) on one line (round 289k)
    if "/" in view or "／" in view:
        spans += [(m.start(), m.end(), "byline") for m in _SLASHED_CREDITS.finditer(view)]
    if "取自" in view or "摘自" in view:     # the text's own source in brackets: (内容取自某某脸书粉丝页) (round 283k)
        spans += [(m.start(), m.end(), "photo_caption") for m in _CONTENT_FROM.finditer(view)]
    st.delete_spans(spans)


#: a reporter's label and name alone on a line, with what the reporter did (记者: 某某某/综合报导。; round 289k)
_REPORTER_ALONE = re.compile(rf"{_SP}*(?:本报|本台|本网|特约|实习|见习|首席)?记者{_SP}*[:：]?{_SP}*[{_HAN}]{{2,4}}"
                             rf"(?:{_SP}*[、,，]{_SP}*[{_HAN}]{{2,4}})*{_SP}*(?:[/／]{_SP}*(?:[{_HAN}]{{1,6}}?[—\-–]){{0,3}})?"
                             rf"(?:[{_HAN}]{{1,6}}?)?(?:综合|连线)?(?:报导|报道|采访|摄影|撰稿)?[。.]?{_SP}*")   # …/西安—台北连线报导 (291k)
#: a report's credits, name and task parted by a slash, glued before its dated lead (某某某/报道 某某某/摄影 2017年6月3日
#: 下午,…; round 293k): the credits go, the lead stays
_SLASHED_CREDITS = re.compile(rf"^{_SP}*(?:[{_HAN}]{{2,4}}{_SP}*[/／]{_SP}*(?:报道|报导|摄影|摄|撰文|文|图|编辑|采写){_SP}*){{1,4}}"
                              rf"(?=\d{{4}}年|\d{{1,2}}月\d{{1,2}}日)", re.M)
#: a photographer's credit alone in brackets (（某某某摄）, (记者 某某 摄)); a caption's one sentence with it glued after
_SHOT = rf"[(（]{_SP}*(?:(?:本报|特约)?记者{_SP}*)?[{_HAN}]{{2,4}}(?:{_SP}*[、,，]{_SP}*[{_HAN}]{{2,4}})*{_SP}*(?:摄|摄影|/摄)[)）]"
_PHOTO_CREDIT_ALONE = re.compile(rf"{_SP}*{_SHOT}{_SP}*")
_CAPTION_THEN_SHOT = re.compile(rf"(?P<c>[^\n{_END}]{{4,80}}[{_END}]?){_SP}*{_SHOT}{_SP}*")


def _caption_above(view: str, start: int) -> tuple[int, int] | None:
    """The line right above a photographer's credit when it reads as a caption: one sentence of a report, short."""
    if start < 2:
        return None
    a = view.rfind("\n", 0, start - 1) + 1
    line = view[a:start - 1]
    body = line.strip().rstrip("。.")
    if not 4 <= len(body) <= 80 or any(c in body for c in _END) or not in_report_voice(body) or in_speech_voice(body):
        return None
    return a, start - 1


#: a caption's one sentence, then its picture's credit in brackets (某某于晚间宣布当选。(图/取自某某脸书粉丝页); round 283k)
_CAPTION_THEN_CREDIT = re.compile(rf"[^\n{_END}]{{4,80}}[{_END}]{_SP}*[(（]{_SP}*图/[^()（）\n]{{0,40}}[)）]?{_SP}*")
#: a bracketed note that the text was taken from a social page (内容取自某某脸书粉丝页, 全文摘自某某公众号)
_CONTENT_FROM = re.compile(r"[(（](?:内容|全文|原文|本文|文章|以上|以下)?(?:取|摘|转)自[^()（）\n]{1,30}?"
                           r"(?:脸书|粉专|粉丝页|粉丝专页|Facebook|facebook|FB|IG|Instagram|微博|公众号)[^()（）\n]{0,8}[)）]")


#: what a picture shows someone do at an event (a speech's bullet heading, ▲抓好三项重点工作, shows no such act)
_EVENT_ACT = re.compile(r"颁发|颁奖|授旗|授牌|授予|揭牌|参观|慰问|合影|留影|致辞|讲话|发言|出席|宣誓|观看|调研|考察|走访|签约|剪彩|"
                        r"佩戴|献花|握手|交谈|合唱|表演|现场|签署|签订")
_POINTER = re.compile(rf"{_SP}*[▲△]{_SP}*(?P<c>[^\n{_END}]{{4,60}}){_SP}*")
_GLUED_POINTER = re.compile(rf"(?<=[{_END}])[▲△]{_SP}*(?P<c>[^\n{_END},，;；:：]{{4,40}}){_SP}*$")
#: where a credit glued before the text stops on a flattened line (a blank, an opening bracket)
_CREDIT_STOP = re.compile(r"[ \t\u3000【\[(（]")
#: a picture taken from a social page: 取自某某大学脸书粉专, ▲图/翻摄自某某脸书 (round 277k)
_TAKEN_FROM = re.compile(r"(?:取|翻摄|翻拍)自[^\n。！？]{2,30}?(?:脸书|粉专|粉丝专页|官网|官方网站|Facebook|facebook|FB|IG|Instagram|微博)[^\n。]{0,8}。?")


#: an office and a person's name alone on a line, no sentence mark (某某省委副书记、省长某某某)
_TITLED_NAME = re.compile(rf"^{_SP}*(?P<t>[^\s,，。！？!?:：;；“”()（）]{{0,24}}?(?:书记|省长|市长|县长|区长|州长|镇长|乡长|主席|主任"
                          rf"|会长|部长|局长|厅长|院长|校长|总经理|董事长|理事长|秘书长|大使|总领事|领事))"
                          rf"{_SP}*(?P<n>[{_HAN}·]{{2,4}}){_SP}*$")


def named_captions(view: str, *, min_lines: int = 2) -> list[tuple[int, int]]:
    """Photo captions of a report's speakers: an office and a name alone on a line, below prose that named them.

    A report prints each speaker's picture with a caption of office and name (某某省委书记某某某), standing between
    its paragraphs; the lead above has already named them.  At least ``min_lines`` such lines on the page, each below
    a line with a sentence end that holds the name (round 251k).  A speech's speaker line stands above its text and
    names no one the page named before.

    Examples
    --------
    >>> page = ("开幕式在某市举行。某省委书记张某某宣布开幕,省长李某某致辞。\\n某省委书记张某某\\n某省委副书记、省长李某某\\n"
    ...         "李某某代表省委、省政府表示祝贺。")
    >>> [page[s:e] for s, e in named_captions(page)]
    ['某省委书记张某某', '某省委副书记、省长李某某']
    >>> named_captions("在某会议上的讲话\\n县委书记 张某某\\n同志们:要抓好落实。\\n县长 李某某\\n同志们:要抓紧。")
    []
    """
    found = []
    for s, e, line in iter_lines(view):
        m = _TITLED_NAME.match(line) if len(line) <= 40 else None
        if m and any(m.group("n") in above and _SENTENCE_END.search(above)
                     for above in view[:s].splitlines()[-12:]):
            found.append((s, e))
    return found if len(found) >= min_lines else []
