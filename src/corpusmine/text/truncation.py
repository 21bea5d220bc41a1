"""Paywall and preview notices: where a page stops showing a speech, and how much it says is missing.

Template and document-sharing sites show part of a speech and say so, in
characters (``(未完,全文共6606字,当前仅显示2320字…)``, ``本文共4733字,仅供
站内会员…``, ``已隐藏1200字``, ``剩余 4521 字未读``) or in pages
(``已阅读5页,还剩12页未读``, ``当前文档最多只能预览5页,此文档共10页``,
``试读结束,还剩3页未读``), or only that the preview ended (``预览结束``,
``试读结束``, ``因篇幅问题不能全部显示``).  :func:`find_truncations` finds
every such notice with the counts it states; :mod:`corpusmine.text.speeches`
marks the speech a notice ends as truncated, and ``corpusmine ingest`` writes
the counts into the draft manifest (``chars_missing``, ``pages_missing``).

A count is only what the page states: ``chars_missing`` is the stated
missing count, or total minus shown when both are stated; ``pages_missing``
likewise for pages.  Nothing is estimated.

Examples
--------
>>> t = find_truncations("要抓好人居环境整治。\\n试读结束,已阅读5页,还剩12页未读")[0]
>>> t.pages_shown, t.pages_missing, t.pages_total
(5, 12, 17)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpusmine.text.patterns import TRUNCATION

__all__ = ["Truncation", "find_truncations"]


@dataclass(frozen=True)
class Truncation:
    """A notice that the page shows only part of the text.

    Parameters
    ----------
    start, end : int
        Span of the notice in the text it was found in.
    notice : str
        The notice as written.
    chars_total, chars_shown, chars_missing : int or None
        The character counts the notice states (``chars_missing`` is also
        derived from the other two when both are stated).
    pages_total, pages_shown, pages_missing : int or None
        The page counts it states (此文档共10页 / 预览5页 / 还剩3页未读); any
        one of the three is derived from the other two when both are stated.

    Examples
    --------
    >>> t = find_truncations("要抓好落实(未完,全文共6606字,当前仅显示2320字)")[0]
    >>> t.chars_total, t.chars_shown, t.chars_missing
    (6606, 2320, 4286)
    >>> t = find_truncations("温馨提示:当前文档最多只能预览5页,此文档共10页,请下载原文档以浏览全部内容。")[0]
    >>> t.pages_total, t.pages_shown, t.pages_missing
    (10, 5, 5)
    """

    start: int
    end: int
    notice: str
    chars_total: int | None = None
    chars_shown: int | None = None
    chars_missing: int | None = None
    pages_total: int | None = None
    pages_shown: int | None = None
    pages_missing: int | None = None


_N = r"[0-9０-９]+"
_TRUNC = re.compile(
    r"[(（【\[]?\s*(?:[.…]{2,}\s*)?(?:"
    r"未完[^\n)）】\]]{0,60}"
    r"|(?:本文|全文|文章)共?\s*约?\s*\d+\s*字[^\n)）】\]]{0,40}?(?:仅显示|显示|预览|会员|下载|登录|查看|阅读|仅供|借鉴)"
    r"[^\n)）】\]]{0,30}"
    r"|(?:当前)?仅(?:显示|展示|预览)(?:了)?(?:前)?\s*\d+\s*字[^\n)）】\]]{0,30}"
    r"|(?:此处|以下|后面|剩余|余下)?已?(?:隐藏|省略)\s*\d+\s*字[^\n)）】\]]{0,30}"
    r"|(?:预览|试读|免费阅读)(?:已)?结束[^\n)）】\]]{0,40}"
    r"|因(?:篇幅|版面)(?:问题|原因|所限|有限)?[^\n。]{0,6}(?:不能|无法|未能)(?:全部|完整)?(?:显示|展示)[^\n)）】\]]{0,30}"
    r"|(?:剩余|还剩|余下)\s*\d+\s*页未读[^\n)）】\]]{0,30}"
    r"|(?:余下|剩余)全文[^\n)）】\]]{0,30}"
    # a document viewer's page limit: 最多只能预览5页,此文档共10页 / 仅可免费预览前3页 / 免费预览已结束
    r"|(?:当前|本)?(?:文档|文章|资料)?(?:最多)?(?:只能|仅能|仅可|可)(?:免费)?(?:预览|试读|查看|阅读)(?:前)?\s*\d+\s*页"
    r"[^\n)）】\]]{0,50}"
    r")[)）】\]]?"
)
_TOTAL = re.compile(r"(?:全文|本文|文章)共?\s*约?\s*(\d+)\s*字")
_SHOWN = re.compile(r"(?:仅|已)?(?:显示|展示|预览|试读)(?:了)?(?:前)?\s*(\d+)\s*字")
_MISSING = re.compile(r"(?:隐藏|省略|剩余|余下|还剩|还有)\s*(\d+)\s*字")
_PAGES_TOTAL = re.compile(r"(?:文档|全文|本文|文章|资料|原文)?共(?:有)?\s*(\d+)\s*页")
_PAGES_SHOWN = re.compile(r"(?:预览|试读|查看|阅读|显示|展示)(?:了)?(?:前)?\s*(\d+)\s*页")
_PAGES_MISSING = re.compile(r"(?:剩余|还剩|余下|还有)\s*(\d+)\s*页")


def _count(rx: re.Pattern, text: str) -> int | None:
    m = rx.search(text)
    return int(m.group(1)) if m else None


def _complete(total: int | None, shown: int | None, missing: int | None):
    """Derive the third count from two stated ones (never a negative count)."""
    if missing is None and total is not None and shown is not None and total >= shown:
        missing = total - shown
    if total is None and shown is not None and missing is not None:
        total = shown + missing
    if shown is None and total is not None and missing is not None and total >= missing:
        shown = total - missing
    return total, shown, missing


def find_truncations(text: str) -> list[Truncation]:
    """Every paywall or preview notice in a text, with the counts it states.

    Parameters
    ----------
    text : str
        A page (raw or cleaned).

    Returns
    -------
    list of Truncation
        In text order.

    Examples
    --------
    >>> [t.notice for t in find_truncations("要抓好人居环境整治。\\n预览结束,免费获取全文请下载")]
    ['预览结束,免费获取全文请下载']
    >>> find_truncations("本文共4733字,仅供站内会员下载查看")[0].chars_total
    4733
    >>> find_truncations("要写好乡村振兴这篇大文章,这项工作未完成的要限期整改。")
    []
    >>> find_truncations("这份材料共有12页,请同志们会后认真阅读。")
    []
    """
    out = []
    # this module's families, then the cleaner's (patterns.TRUNCATION) where they add a notice
    found = [(m.start(), m.end()) for m in _TRUNC.finditer(text)]
    found += [(m.start(), m.end()) for m in TRUNCATION.finditer(text)
              if not any(a < m.end() and m.start() < b for a, b in found)]
    for start, end in sorted(found):
        notice = text[start:end].strip()
        k = notice.find("未完")
        if k >= 0 and k <= 2 and text[start + text[start:end].index("未完") + 2:][:1] in tuple("成善结工全整"):
            continue   # 未完成 / 未完善 are words of a speech, not a notice
        chars = _complete(_count(_TOTAL, notice), _count(_SHOWN, notice), _count(_MISSING, notice))
        pages = _complete(_count(_PAGES_TOTAL, notice), _count(_PAGES_SHOWN, notice), _count(_PAGES_MISSING, notice))
        out.append(Truncation(start, end, notice, chars[0], chars[1], chars[2], pages[0], pages[1], pages[2]))
    return out
