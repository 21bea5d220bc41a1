"""Chrome glued to speech on one line: a whole-line rule takes the chrome part only.

Scrapers that flatten HTML to one line per block (or per page) glue a site's
chrome to the speech beside it::

    下面是小编整理的讲话稿,欢迎大家分享。同志们:今天我们召开……
    作者: 佚名 来源: 网友投稿 今天我们召开……
    ……要抓好落实。本文由小编整理,仅供参考。

A whole-line rule (an editor blurb, a metadata row, a footer, a notice list …)
recognises such a line by its chrome and would delete the speech with it.
:func:`chrome_spans` cuts the line where the chrome ends and speech starts
(or where the speech ends and the chrome starts) instead:

* a cut is made only at a boundary: after a sentence end (。！？!?；;…), after
  a label's colon, at white space (the end of a row's value, 查看更多 …), or
  where a salutation or a dateline starts inside a run (作者:佚名同志们:);
* the chrome part must still be chrome by the rule's own test, and the first
  sentence on the other side must not be;
* what follows a leading chrome part must *start speech* (:func:`starts_speech`):
  a salutation (同志们: / 各位领导、各位来宾: / 尊敬的老师、亲爱的同学们: / 大家好!),
  a dateline (11月23日, / (2010年4月2日)), a sentence in the speaker's voice
  (:func:`corpusmine.text.speech_voice.in_speech_voice`), or a speech title
  followed by one of those; after a label's colon only a salutation or a
  dateline (标题: …讲话 is the label's value); after a row of labels and
  values, or a blurb announcing the text (下面是小编…), any whole sentence;
* what precedes a trailing chrome part must *end speech*: its last sentence in
  the speaker's voice or a closing formula (谢谢大家!), or any whole sentence
  before a row or a remark looking back (通过以上…); a blurb announcing what
  follows it is never a trailing part.

The smallest chrome part that the rule still recognises is taken, and the
parts cut are always parts of what the rule deleted before, so speech is
never cut into: a line whose chrome and speech cannot be told apart at a
boundary keeps its speech (the whole line stays) when a salutation, a
dateline or a titled speech is in it, and a line without speech goes whole,
as before.  Rules guarded by the speaker's voice never cut off a part that
:func:`speaks`.

Examples
--------
>>> line = "下面是小编整理的讲话稿,欢迎大家分享。同志们:今天我们召开全县创文推进会。"
>>> [line[a:b] for a, b in chrome_spans(line, lambda t: "小编" in t)]
['下面是小编整理的讲话稿,欢迎大家分享。']
"""

from __future__ import annotations

import re
from typing import Callable

from corpusmine.text.lines import open_brackets
from corpusmine.text.patterns import RE_CJK, SALUTATION
from corpusmine.text.speech_voice import MIN_CJK, in_speech_voice

__all__ = ["BLURB_CLOSE", "chrome_spans", "speaks", "starts_speech"]

#: Where a line may be cut: after sentence ends (with closing quotes), after a label's colon, at white space.
_BOUNDARY = re.compile(r"[。！？!?；;…]+[”’」』\"）)]*[ \t\u3000]*|[:：][ \t\u3000]*|[ \t\u3000]+")
#: One addressee (各位领导 / 尊敬的各位来宾 / 亲爱的同学们 / 同志们 / 女士们 …).
_VOCATIVE = (
    r"(?:(?:尊敬的|亲爱的|敬爱的|各位|全体|在座的)[^\s,，、:：。！!？?；;()（）0-9]{0,14}?"
    r"(?:们|领导|来宾|嘉宾|代表|委员|同志|同仁|同事|老师|同学|朋友|乡亲|先生|女士|评委|家长|员工|战友)"
    r"|[\u4e00-\u9fff]{0,4}(?:(?<![我你他她它咱])们|来宾|嘉宾)"
    r"|(?:老师|同学|领导|代表|委员|同志|朋友|乡亲|家长|评委|同仁|同事))"
)
#: A salutation (addressees then a colon, or 大家好) at the start of what follows a cut.
_ADDRESS = re.compile(
    rf"(?:[^\s,，:：。！？!?]{{1,12}}[,，、]\s*)?{_VOCATIVE}(?:\s*[、,，和及与]\s*{_VOCATIVE}){{0,8}}"
    r"\s*(?:[:：]|[,，!！]\s*大家(?:上午|下午|晚上|早上)?好)"
    r"|大家(?:上午|下午|晚上|早上)?好\s*[!！。,，]"
)
#: A dateline: (2010年4月2日) or 11月23日, / 2023年5月8日上午 opening a report.
_DATELINE = re.compile(
    r"[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]"
    # (a posting stamp's clock closing its line, 2026年02月09日 12时52分, is no dateline: round 212k)
    r"|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[,，]|上午|下午|晚上|[至到—-]\s*\d"
    r"|\d{1,2}\s*[时点](?!\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?\s*$))"
)
#: A speech title (在全县…会议上的讲话 / …表态发言 (2023年) …) ended by white space, a bracket or the line's end.
_TITLE = re.compile(
    r"[^\s。！？!?；;:：]{2,60}?(?:讲话|讲话稿|发言|发言稿|致辞|报告|汇报|动员会|推进会)(?:稿|提纲)?"
    r"(?:\s*篇\s*[一二三四五六七八九十\d]{1,3})?\s*(?=[(（]|\s|$)"
)
#: Where a salutation or a dateline may start inside a run of text (cut candidates besides the boundaries).
_INLINE_START = re.compile(
    r"尊敬的|亲爱的|敬爱的|各位|同志们|(?:老师|同学|朋友|女士|乡亲)们|(?<![\d年])(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
)
#: A sentence of prose (a clause, a comma, a clause, a sentence end), and words of a text about texts.
_PROSE_SENTENCE = re.compile(r"[^。！？!?\n,，；;]{6,}[,，；;][^。！？!?\n]{4,}?[。！？!?]")
#: A clause of prose closed by a semicolon or a sentence end (第一，…增长；第二，…): a sentence's enumerated parts.
_PROSE_CLAUSE = re.compile(r"[^。！？!?\n,，；;]{2,}[,，][^。！？!?\n；;]{6,}?[。！？!?；;]")
_ABOUT_TEXTS = re.compile(r"演讲稿|讲话稿|发言稿|范文|本文|文章|作文|文档|小编|网友|读者|网站|本站")
#: A label's value that is a number, a date or a clock time, glued to Chinese text after it (点击:13990各级…).
_NUMBER_VALUE = re.compile(r"[:：][ \t\u3000]*\d[\d\-/.: ]*\d(?=[\u4e00-\u9fff])")
#: The first unit of what follows a cut: up to a sentence end or a gap of white space (at most 200 characters).
_UNIT = re.compile(r"[^。！？!?；;\n \t\u3000]{0,200}[。！？!?；;]?")
#: The first sentence after a cut, its clauses closed by semicolons included (回顾…,令人鼓舞；展望…,催人奋进。).
_SENTENCE_UNIT = re.compile(r"[^。！？!?\n \t\u3000]{0,200}[。！？!?]")
#: The last sentence before a cut.
_LAST_SENTENCE = re.compile(r"[^。！？!?；;\n]{1,200}[。！？!?；;…]*[”’」』\"）)]*\s*$")
#: A unit that reads as prose: a sentence end or a comma inside (a title or a label's value has neither).
_PROSE_MARK = re.compile(r"[。！？!?；;,，]")
#: Chrome that announces what follows it (下面是小编…, 一起来看看吧): speech is after it, never before.
#: What every speech start or end above holds somewhere (a sentence end, an addressee, a date, a word of
#: in_speech_voice): a line without any of them is chrome through and through.
_MAYBE_SPEECH = re.compile(
    r"[。！？!?]|们|来宾|嘉宾|领导|尊敬|亲爱|敬爱|各(?:位|级|地|村|乡|镇|街|社|县|区|市|部|单|有|责|成|企|学|合)"
    r"|全(?:省|市|县|区|镇|乡|村|州|旗|体)|在座|大家(?:上午|下午|晚上)?好|月\s*\d{1,2}\s*日|要|必须|务必|切实|坚决|进一步"
    r"|着力|扎实|持续|我|咱|广大|党员干部|干部群众|基层干部|村两委|村干部|…[ \t\u3000]*[|｜]"
)
_FULL_STOP = re.compile(r"[。！？!?][”’」』\"）)]*\s*$")
_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：]")
_FORWARD = re.compile(r"(?:下面|以下|接下来)(?:是|就是|为|我|小编|由)|来看(?:看|一看)吧|如下|本(?:文|篇文章)(?:将|就|从|围绕)")
#: The speaker addressing the audience in person (我谨代表…, 各位嘉宾): a head with it is speech even before chrome
#: announcing what follows (a template site's teaser, the speech's opening, then 以下是小编为您推荐…).  我们 alone is
#: not enough: a site's genre intro speaks so too (回顾这一年,我们收获了很多,来写一份总结吧); narrower than
#: _VOCATIVE on purpose (a site's note may address 同学们 or 老师 too).
_IN_PERSON = re.compile(r"我(?:谨|代表|衷心|真诚)|(?:各位|尊敬的)(?:领导|来宾|嘉宾|代表|委员|同志|朋友|乡亲)|同志们")
#: Chrome that looks back at what precedes it (通过以上…介绍, 本文到此结束, 希望对您有所帮助): the text is before it.
_BACKWARD = re.compile(r"以上|到此结束|这篇(?:内容|文章)|希望(?:可以|能够|能)?对(?:你|您|大家)有所帮助")
#: A prose teaser cut short and closed by a table bar: …之间的问题透过… |
_TEASER_END = re.compile(r"(?:…|\.\.\.)[ \t\u3000]*[|｜][ \t\u3000]*$")
#: The closing formula of a speech (谢谢大家! / 我就讲这些 / 发言完毕 / 不妥之处,请批评指正).
_CLOSING = re.compile(r"谢谢(?:大家|各位|你们)?\s*[!！。]|我就讲(?:这些|这么多|到这里)|(?:讲话|发言|致辞|汇报)(?:到此)?(?:完毕|结束)|批评指正")


def _voice(text: str, pos: int) -> bool:
    """The unit at ``pos`` is a sentence in the speaker's voice."""
    u = _UNIT.match(text, pos).group()
    return bool(_PROSE_MARK.search(u)) and in_speech_voice(u)


def _strong(text: str, pos: int, *, title: bool = True) -> bool:
    """A salutation, a dateline, or a speech title followed by speech starts at ``pos``."""
    if SALUTATION.match(text, pos) or _ADDRESS.match(text, pos) or _DATELINE.match(text, pos):
        return True
    if title and (m := _TITLE.match(text, pos)):
        p = m.end()
        while p < len(text) and text[p] in " \t\u3000":
            p += 1
        return _strong(text, p, title=False) or _voice(text, p)
    return False


def starts_speech(text: str, pos: int = 0) -> bool:
    """Whether speech starts at ``pos`` of ``text``: a salutation, a dateline, a sentence in the speaker's voice.

    A speech title counts when speech starts after it (after an optional
    dateline or bracket); a sentence counts when it holds a comma or a
    sentence end (a title or a label's value holds neither) and is in the
    speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`).

    Parameters
    ----------
    text : str
        A line.
    pos : int, default 0
        Where to look.

    Returns
    -------
    bool

    Examples
    --------
    >>> starts_speech("各位领导、各位来宾:今天我们在这里隆重集会。")
    True
    >>> starts_speech("在全县创文推进会上的讲话 (2023年5月8日) 同志们:")
    True
    >>> starts_speech("来源: 网友投稿 今天我们召开全县大会。")
    False
    >>> starts_speech("11月23日,市委书记到各县检查创文工作。")
    True
    >>> starts_speech("在全市农村人居环境整治推进会上的讲话")     # a title alone
    False
    """
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return _strong(text, pos) or _voice(text, pos)


#: the dashes that lead a list's item (———, --)
_DASH_ITEM = re.compile(r"[—―－]{2,}|-{2,}")


def _after_label(line: str, k: int) -> bool:
    """The cut at ``k`` follows a label's colon (作者: / 标题:): what follows is the label's value."""
    return bool(re.search(r"[:：][ \t\u3000]*$", line[max(0, k - 4):k]))


def _sentence(u: str) -> bool:
    """A whole sentence of running text: a sentence end at its end and at least ten Chinese characters."""
    return bool(_FULL_STOP.search(u)) and len(RE_CJK.findall(u)) >= 10


#: the words that close a blurb's sentence (…,供大家阅读参考。): a sentence holding them is no speech after the blurb
_BLURB_END = re.compile(r"供大家(?:阅读|学习)?参考|仅供参考|欢迎(?:阅读|借鉴|参考|大家)|希望对[^。！？\n]{0,12}(?:有所)?帮助")


#: a blurb's closing words glued to what follows without a mark: a cut is tried after them (``chrome_rules`` ends a
#: site's introduction there too)
#: (欢迎阅读 is read with its object, so …欢迎阅读参考! is no cut after 欢迎阅读, which left 参考! standing, round 110k)
BLURB_CLOSE = re.compile(r"(?:一起来看看吧|一起来看一看吧|来看看吧|欢迎阅读(?:[与和]?(?:参考|借鉴|学习|收藏|分享))?|仅供参考|供大家参考|欢迎借鉴)"
                         r"(?![与和]?(?:参考|借鉴|学习|收藏|分享))(?=[\u4e00-\u9fff])")


def _head_cut(line: str, k: int) -> bool:
    """Speech starts after the chrome head ``line[:k]``."""
    p = k
    while p < len(line) and line[p] in " \t\u3000":
        p += 1
    if SALUTATION.match(line, p) or _ADDRESS.match(line, p) or _DATELINE.match(line, p):
        return True
    if _after_label(line, k):     # after a label, the rest is the label's value (标题: …讲话, 摘要: …)
        return False
    if (d := _DASH_ITEM.match(line, p)) and (m := _SENTENCE_UNIT.match(line, d.end())) and len(RE_CJK.findall(m.group())) >= 4:
        return True               # a dash-led item of a list, its short sentence (———对外贸易大幅增长。进出口总额…)
    if starts_speech(line, p):
        return True
    # after a row of labels and values (a label, no comma or sentence end), or a blurb announcing the text (下面是小编…),
    # a whole sentence or a speech title is the text
    row = not _PROSE_MARK.search(line, 0, k) and bool(_LABEL.search(line, 0, k))
    if not (row or _FORWARD.search(line, max(0, k - 80), k)):
        return False
    if not row and (first := _SENTENCE_UNIT.match(line, p)) and _BLURB_END.search(first.group()):
        return False              # the blurb's own end after a space inside it (…整理的某某讲话 某某全文,供大家阅读参考。)
    if (m := _TITLE.match(line, p)) and not row:
        return True
    if _sentence(_UNIT.match(line, p).group()):
        return True
    m = _SENTENCE_UNIT.match(line, p)
    return bool(m) and _sentence(m.group())


def _ends_speech(head: str, tail: str) -> bool:
    """Speech ends before the chrome tail: its last sentence is in the speaker's voice, or the head starts speech."""
    m = _LAST_SENTENCE.search(head)
    last = m.group() if m else ""
    if _PROSE_MARK.search(last) and in_speech_voice(last) or _CLOSING.search(last) or starts_speech(head):
        return True
    if _TEASER_END.search(last) and _PROSE_MARK.search(last):
        return True   # a report's teaser cut short in a table cell (…问题透过… |): prose, whatever follows the bar
    w = max(0, len(head) - 400)     # the last sentences before the chrome (bounded: no scan of a long line)
    if ((len(_PROSE_SENTENCE.findall(head, w)) >= 2 or len(_PROSE_CLAUSE.findall(head, w)) >= 3)
            and not _ABOUT_TEXTS.search(head, w)):
        return True   # two sentences (or three clauses) running on as prose, not about texts (a site's blurb on 演讲稿 is)
    # before a row of labels and values, or a remark looking back at the text (通过以上…), a whole sentence is the text
    row = not _PROSE_MARK.search(tail) and bool(_LABEL.search(tail))
    return (row or bool(_BACKWARD.search(tail, 0, 80))) and _sentence(last.rstrip())


def speaks(part: str) -> bool:
    """Whether a part of a line holds the speaker's voice (a subject or a directive), however short it is.

    :func:`corpusmine.text.speech_voice.in_speech_voice` reads a line's voice
    only from :data:`~corpusmine.text.speech_voice.MIN_CJK` Chinese characters
    on; a part cut from a line can be shorter (各村要点击下载。), and a rule
    guarded by the voice must not cut such a part off as chrome.

    Examples
    --------
    >>> speaks("各村要点击下载。"), speaks("请先登录")
    (True, False)
    """
    return in_speech_voice(part + "。" + "的" * MIN_CJK)


def chrome_spans(line: str, is_chrome: Callable[[str], bool], *,
                 keep: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """The parts of a line a whole-line rule matched that are chrome: the whole line, or its chrome beside speech.

    Parameters
    ----------
    line : str
        A line that ``is_chrome`` accepts.
    is_chrome : callable
        The rule's own test of a line.
    keep : callable, optional
        A part for which this is true is never cut off as chrome (:func:`speaks` for the rules that
        keep a line in the speaker's voice).

    Returns
    -------
    list of (int, int)
        Spans of ``line`` to delete, in order: ``[(0, len(line))]`` when no
        speech is glued to the chrome; the leading and/or trailing chrome part
        when it is; ``[]`` when a salutation, a dateline or a titled speech is
        glued but no boundary separates it from the chrome (the line stays).

    Examples
    --------
    >>> meta = lambda t: t.startswith("作者")
    >>> line = "作者: 佚名 来源: 网友投稿 今天我们召开全县重点项目推进会。"
    >>> [line[a:b] for a, b in chrome_spans(line, meta)]
    ['作者: 佚名 来源: 网友投稿 ']
    >>> chrome_spans("作者: 佚名 来源: 网友投稿", meta)
    [(0, 15)]
    >>> line = "同志们:要抓好落实。本文由小编整理,仅供参考。"
    >>> [line[a:b] for a, b in chrome_spans(line, lambda t: "小编" in t)]
    ['本文由小编整理,仅供参考。']
    """
    n = len(line)
    if n < 12 or not _MAYBE_SPEECH.search(line):
        return [(0, n)]       # nothing in the line could start or end speech (one scan; most chrome lines)
    cuts = [k for m in _BOUNDARY.finditer(line) if 0 < (k := m.end()) < n]
    if _INLINE_START.search(line):    # glued without a space (作者:佚名同志们: / 来源:宣传科5月11日下午,…)
        cuts = sorted(set(cuts).union(k for m in _INLINE_START.finditer(line) if 0 < (k := m.start()) < n))
    if BLURB_CLOSE.search(line):     # a blurb's close glued to the title (…一起来看看吧校园文化节致辞篇一男:…, round 113k)
        cuts = sorted(set(cuts).union(m.end() for m in BLURB_CLOSE.finditer(line) if 0 < m.end() < n))
    if _NUMBER_VALUE.search(line):    # a label's number glued to the text (点击:13990各级政府要…)
        cuts = sorted(set(cuts).union(k for m in _NUMBER_VALUE.finditer(line) if 0 < (k := m.end()) < n))
    if "(" in line or "（" in line:   # never inside a bracket (导读: 某网某地6日电 (记者 某某)记者从…: the credit is one unit)
        cuts = [k for k in cuts if not open_brackets(line, 0, k)]
    if not cuts:
        return [(0, n)]
    spans: list[tuple[int, int]] = []
    start = 0
    for k in cuts:          # the shortest chrome head the rule still sees, with speech after it
        if (is_chrome(line[:k]) and _head_cut(line, k) and not is_chrome(_UNIT.match(line, k).group())
                and not (keep and keep(line[:k]))):
            spans.append((0, k))
            start = k
            break
    if start and not is_chrome(line[start:]):
        return spans
    for k in reversed(cuts):  # the shortest chrome tail the rule still sees, with speech before it
        if k <= start:
            break
        head, tail = line[start:k], line[k:]
        last = _LAST_SENTENCE.search(head)
        if (is_chrome(tail) and (not _FORWARD.search(tail) or _IN_PERSON.search(head, max(0, len(head) - 400)))
                and _ends_speech(head, tail)
                and not (last and is_chrome(last.group())) and not (keep and keep(tail))):
            return spans + [(k, n)]
    if spans or any(_strong(line, k) and not is_chrome(_UNIT.match(line, k).group()) for k in [0, *cuts]
                    if not _after_label(line, k)):
        return spans        # speech is glued here and no boundary frees it: only what was cut goes
    return [(0, n)]
