"""Labels a page puts between its lines, and phrases a spam script injects into them (held-out round 28).

Each family is told by its shape (the view is Simplified):

* **word-count notices** (rule ``truncation_notice``): a line that is only the text's length, as news and document
  sites print it above or below the text (本文共840字 / 全文约3200字,阅读约需8分钟).
* **picture labels** (rule ``photo_caption``): a line that is only a picture's provenance ((资料图片) / 资料图 /
  (图片来源:网络)); a line opened by a caption's label (图说:… / 图说 /…); a one-sentence caption closed by its
  photographer's credit in brackets, with or without spaces (某某在察看禁毒长廊。 (某某 供图)).
* **question fillers** (rule ``site_notice``): 如题所述 alone, the body a question-and-answer site gives a question
  that has none.
* **bracketed datelines** (rule ``news_lead``): a bracket at a paragraph's start holding the paper's 讯 and its
  reporters ((本网讯 记者某某)3月2日,…), the bracket only.
* **injected spam** (rule ``spam``): a gambling advert's phrase that a hijacked site's script writes into the text
  again and again (…安排了解最新苹果版体育投注平台 后汛期工作), taken when the same phrase, holding a betting word and an
  app or platform word, occurs twice or more on the page; and a template's keyword slot left in a sentence
  (2021年关键词2要进一步…).

A speech's own words stay: a speech on gambling names 网络赌博 or 跨境赌博 but no betting app, and says a phrase
once; a caption rule takes a short line only, never one in the speaker's voice.  Every removal is an audited edit.

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("本文共840字\\n(资料图片)\\n(本网讯 记者某某)3月2日,我县召开动员会。\\n要抓好落实。")
>>> page_labels(st)
>>> st.doc.output
'\\n\\n3月2日,我县召开动员会。\\n要抓好落实。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.news_leads import NEWSROOM_BRACKET
from corpusmine.text.lines import iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["injected_spam", "page_labels"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"

_WORD_COUNT = re.compile(rf"^{_SP}*[(（【\[]?(?:本文|全文|正文)(?:共|约|总计|合计)?{_SP}*\d[\d,，]*{_SP}*字"
                         rf"(?:{_SP}*[,，;；]?{_SP}*(?:阅读|读完)(?:约|大约|预计)?(?:需要?|需|用时)?{_SP}*\d+{_SP}*分钟)?"
                         rf"[)）】\]]?[。.]?{_SP}*$")
_PICTURE_ONLY = re.compile(rf"^{_SP}*[(（【\[]?{_SP}*(?:资料图片?|网络图片|图片来源(?:于|[:：]{_SP}*)?网络|图源(?:[:：]{_SP}*)?网络"
                           rf"|示意图|配图|图片仅供参考)[)）】\]]?{_SP}*$")
_CAPTION_LABEL = re.compile(rf"^{_SP}*图说{_SP}*[:：/／|]")
_CREDIT_CAPTION = re.compile(rf"^[^。！？!?\n]{{4,50}}[。！？!?]?{_SP}*[(（]{_SP}*[{_HAN}]{{2,4}}(?:{_SP}+[{_HAN}]{{2,4}})*"
                             rf"{_SP}*(?:供图|摄影?|翻摄)[)）]?{_SP}*$")
_QA_FILLER = re.compile(rf"^{_SP}*如题所述[。.]?{_SP}*$")
# a betting word, and the app or platform words of its advert, inside one run of Chinese and Latin letters
_BET = re.compile(r"投注|博彩|百家乐|娱乐城|真人视讯|老虎机|赌场|彩票平台|棋牌游戏|赌球|下注")
_PROMO = re.compile(r"最新|苹果版|安卓版|官网|官方|平台|下载|app|APP|注册|网址|入口|开户")
_LETTER = re.compile(rf"[{_HAN}A-Za-z0-9]")
_KEYWORD_SLOT = re.compile(rf"(?<=[{_HAN}\d])关键词\d{{1,2}}(?=[{_HAN}])")

_LINE_CANDIDATES = re.compile(r"字|图|如题")
_CANDIDATES = re.compile(r"字|图|如题|讯|关键词|投注|博彩|百家乐|娱乐城|真人视讯|老虎机|赌场|彩票|棋牌|赌球|下注")


def injected_spam(view: str) -> list[tuple[int, int]]:
    """Spans of a gambling advert's phrase written into the text two times or more (with one space after it).

    The phrase is what the occurrences of a betting word share around it: the context is widened to the left and
    to the right while every occurrence has the same letter there (at most 24 letters, Chinese or Latin).

    Examples
    --------
    >>> t = "安排了解最新苹果版体育投注平台 后汛期工作。肯定了前期了解最新苹果版体育投注平台 防汛工作。"
    >>> [t[s:e] for s, e in injected_spam(t)]
    ['了解最新苹果版体育投注平台 ', '了解最新苹果版体育投注平台 ']
    >>> injected_spam("要严厉打击网络赌博和跨境赌博,坚决整治非法彩票。打击网络赌场要常抓不懈,打击网络赌场要形成合力。")
    []
    >>> injected_spam("某某网投注平台。")     # once: not a script's insertion
    []
    """
    if not _BET.search(view):
        return []
    at: dict[str, list[int]] = {}
    for m in _BET.finditer(view):
        at.setdefault(m.group(), []).append(m.start())
    spans: list[tuple[int, int]] = []
    for word, starts in at.items():
        if len(starts) < 2:
            continue
        left = right = 0
        while left < 24 and all(p - left - 1 >= 0 and _LETTER.match(view[p - left - 1]) for p in starts) \
                and len({view[p - left - 1] for p in starts}) == 1:
            left += 1
        ends = [p + len(word) for p in starts]
        while right < 24 and all(q + right < len(view) and _LETTER.match(view[q + right]) for q in ends) \
                and len({view[q + right] for q in ends}) == 1:
            right += 1
        phrase = view[starts[0] - left:ends[0] + right]
        if not _PROMO.search(phrase):
            continue
        space = all(q + right < len(view) and view[q + right] in " \u3000" for q in ends)
        spans += [(p - left, q + right + space) for p, q in zip(starts, ends)]
    return spans


def _caption(line: str) -> bool:
    t = line.strip()
    if _CAPTION_LABEL.match(t):
        return True
    return len(t) <= 70 and bool(_CREDIT_CAPTION.match(t)) and not in_speech_voice(t)


def _line_rule(line: str) -> str | None:
    t = line.strip()
    if len(t) > 120:
        return None
    if _WORD_COUNT.match(t):
        return "truncation_notice"
    if _PICTURE_ONLY.match(t) or _caption(t):
        return "photo_caption"
    if _QA_FILLER.match(t):
        return "site_notice"
    return None


def page_labels(st: CleaningState) -> None:
    """Delete the labels and injected phrases of this module (rules ``truncation_notice``, ``photo_caption``,
    ``site_notice``, ``news_lead``, ``spam``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("图说:村民在清理河道。\\n县委书记在察看禁毒长廊。 (某某 供图)\\n同志们:\\n今年关键词2要抓好落实。")
    >>> page_labels(st)
    >>> st.doc.output
    '\\n\\n同志们:\\n今年要抓好落实。'
    """
    _, view = st.view()
    if not _CANDIDATES.search(view):
        return
    spans: list[tuple[int, int, str]] = []
    for s, e, line in iter_lines(view, _LINE_CANDIDATES):
        rule = _line_rule(line) if line.strip() else None
        if rule:
            spans.append((s, e, rule))
    spans += [(m.start(), m.end(), "news_lead") for m in NEWSROOM_BRACKET.finditer(view)]
    spans += [(s, e, "spam") for s, e in injected_spam(view)]
    if "关键词" in view:
        spans += [(m.start(), m.end(), "spam") for m in _KEYWORD_SLOT.finditer(view)]
    st.delete_spans(spans)
