"""A template site's intro told from a flattened page's speech: the words of a genre and an offer, and prose (session t).

:func:`corpusmine.text.news_body.template_notes` deletes a site's genre intro (讲话稿是常用的文稿…下面一起来看看小编整理的范文吧!).
On a page flattened to one line, the intro's words may stand at the line's two ends (a template intro or a
breadcrumb's 范文 at the start, a footer's 讲话稿之家 or a cut notice's 请阅读下面全文 at the end) with the speech between
them; this module says where the speech's prose stands, so that only an intro before it goes
(``speech_loss`` seed 2, lines layout: ten speech sentences went with such a line).

Examples
--------
>>> line = "下面是小编整理的报告,供大家参考。当前的形势对我们推进各项改革都很有利，机遇难得。我们一定要紧紧把握有利时机，埋头苦干，齐心协力，奋勇前进。"
>>> line[:offer_head(line)]
'下面是小编整理的报告,供大家参考。'
>>> prose_count(line[first_site_sentence(line):])
2
"""

from __future__ import annotations

import re

__all__ = ["GENRE_WORD", "OFFER", "first_site_sentence", "is_titled_offer", "offer_head", "prose_count"]

#: a genre word of a template site: 范文, 讲话稿, 发言稿 …
GENRE_WORD = re.compile(r"范文|讲话稿|发言稿|演讲稿|致辞稿|主持词|文稿|稿子|例文|样本|样文")
#: a site's offer closing its intro: …请您继续阅读下方文章!, 以下是小编整理的…, 希望对您有所帮助
OFFER = re.compile(
    r"(?:继续|接着)(?:阅读|往下看|浏览)|(?:阅读|参考|查看)(?:下方|下面|以下)|小编|欢迎(?:大家|您)?(?:阅读|参考|借鉴|收藏)|仅供(?:大家)?参考"
    r"|供(?:大家|您|你)(?:选择|阅读)?(?:参考|借鉴)|(?:一起来|来)看看|希望(?:能|可以)?(?:对|给|帮)(?:您|你|大家)"
)
_SENTENCE_END = re.compile(r"[。！？!?]+")
#: a template site's line recommending the document by its title (session x, round 83):
#: 《某某追悼词》属于悼词中比较优秀的内容,欢迎参考。 -- one or two sentences opened by the title in 《》
_TITLED_OFFER = re.compile(r"[ \t\u3000]*《[^》\n]{2,40}》[^\n。！？!?]{0,60}[。！？!?][^\n。！？!?]{0,30}[。！？!?]?[ \t\u3000]*")
_PROSE = re.compile(r"[^。！？!?]*[。！？!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CRUMB = re.compile(r"[>|｜＞]")


def offer_head(line: str, *, min_cjk: int = 20) -> int:
    """Where the sentence holding a line's first offer (…,供大家参考。) ends, when prose follows it; else 0.

    Prose is a sentence of ``min_cjk`` Chinese characters with a comma and no genre or offer word: a flattened page's
    speech after the site's intro (speech_loss seed 2: the intro's genre words at the line's two ends made
    ``chrome_spans`` take the whole line, eight speech sentences with it).

    Examples
    --------
    >>> offer_head("时间过得真快，转眼间一年就过去了，我们又迎来了新的一年。下面是小编整理的范文,欢迎阅读!")
    0
    """
    m = OFFER.search(line)
    end = _SENTENCE_END.search(line, m.end()) if m else None
    if end is None or end.end() >= len(line):
        return 0
    return end.end() if prose_count(line[end.end():], min_cjk=min_cjk) else 0


def first_site_sentence(line: str) -> int:
    """The end of the line's first sentence holding a genre or offer word (an intro's prose stands before it).

    Examples
    --------
    >>> line = "首页 > 范文大全 > 报告第一，改造的步骤问题。我国目前还存在大量的私营工商业。"
    >>> line[:first_site_sentence(line)]
    '首页 > 范文大全 > 报告第一，改造的步骤问题。'
    """
    for x in _PROSE.finditer(line):
        if GENRE_WORD.search(x.group()) or OFFER.search(x.group()):
            return x.end()
    return len(line)


def is_titled_offer(line: str) -> bool:
    """A line of at most two short sentences opened by a document's title in 《》 and closed by a site's offer.

    Examples
    --------
    >>> is_titled_offer("《亲人逝世追悼词》属于悼词中比较优秀的内容,欢迎参考。")
    True
    >>> is_titled_offer("《决定》是指导今后工作的纲领性文件,大家要认真学习。")
    False
    """
    if not _TITLED_OFFER.fullmatch(line):
        return False
    last = [x for x in _PROSE.findall(line) if x.strip()]
    return bool(last) and bool(OFFER.search(last[-1]))


def prose_count(text: str, *, min_cjk: int = 20, exclude: re.Pattern[str] | None = None) -> int:
    """Sentences of ``min_cjk`` Chinese characters with a comma and no site word: the speech's, not an intro's.

    The one test of "prose" shared by the rules that keep a speech glued to a site's intro or footer
    (:mod:`corpusmine.text.news_body`, :mod:`corpusmine.text.rules`).

    Parameters
    ----------
    text : str
        One line, or a part of one.
    min_cjk : int, default 20
        Chinese characters a sentence needs.
    exclude : re.Pattern, optional
        Words no prose sentence holds; by default a template intro's genre and offer words
        (:data:`GENRE_WORD`, :data:`OFFER`).

    Examples
    --------
    >>> prose_count("当前位置:首页 > 讲话稿 > 正文当前的国内形势和国际形势，对我们推进各项改革都很有利。")
    1
    >>> prose_count("讲话稿是常用的文稿，写好讲话稿并不容易，需要多多练习才能掌握。")
    0
    """
    # a breadcrumb glued before a sentence (首页 > 讲话稿 > 正文当前的…) is not part of it
    words = (exclude,) if exclude is not None else (GENRE_WORD, OFFER)
    return sum(1 for x in _PROSE.finditer(text) if len(_HAN.findall(t := _CRUMB.split(x.group())[-1])) >= min_cjk
               and ("," in t or "，" in t) and not any(w.search(t) for w in words))
