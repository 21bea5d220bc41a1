"""Paywall and preview notices: where a page stops showing a speech, and how much it says is missing.

Template and document-sharing sites show part of a speech and say so, in
characters (``(未完,全文共6606字,当前仅显示2320字…)``, ``本文共4733字,仅供
站内会员…``, ``已隐藏1200字``, ``剩余 4521 字未读``) or in pages
(``已阅读5页,还剩12页未读``, ``当前文档最多只能预览5页,此文档共10页``,
``试读结束,还剩3页未读``), or only that the preview ended (``预览结束``,
``试读结束``, ``因篇幅问题不能全部显示``).

The cleaner's rule :func:`truncation_notices` removes the notices (and the
dots that mark the cut) as audited edits.  Two types, one parser of the counts:

* :class:`TruncationNotice` is *one* notice: its span in the text and the
  counts it states.  :func:`find_truncations` finds every notice;
  :mod:`corpusmine.text.speeches` marks the speech a notice ends as
  truncated, and ``corpusmine ingest`` writes the counts into the draft
  manifest (``chars_missing``, ``pages_missing``).
* :class:`Truncation` is the verdict on a whole text: whether it is cut short
  and the character counts its notices state.  :func:`truncation` gives it for
  a cleaned document (from the notices the cleaner removed) or a raw page.

A count is only what the page states: ``chars_missing`` is the stated
missing count, or total minus shown when both are stated; ``pages_missing``
likewise for pages.  Nothing is estimated.

Examples
--------
>>> t = find_truncations("要抓好人居环境整治。\\n试读结束,已阅读5页,还剩12页未读")[0]
>>> t.pages_shown, t.pages_missing, t.pages_total
(5, 12, 17)
>>> truncation("要抓好落实(未完,全文共6606字,当前仅显示2320字)").chars_missing
4286
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.guards import line_prefilter
from corpusmine.text.lines import iter_lines
from corpusmine.text.script import simplified_view

__all__ = ["Truncation", "TruncationNotice", "find_truncations", "truncation", "truncation_notices"]


@dataclass(frozen=True)
class TruncationNotice:
    """One notice that the page shows only part of the text, with the counts it states.

    Parameters
    ----------
    start, end : int
        Span of the notice in the text it was found in.
    notice : str
        The notice as written (its counts are read through the Simplified view).
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
    r"|(?:剩余|还剩|还有|余下)\s*\d+\s*页未读[^\n)）】\]]{0,30}"
    r"|(?:余下|剩余)全文[^\n)）】\]]{0,30}"
    # a document viewer's page limit: 最多只能预览5页,此文档共10页 / 仅可免费预览前3页 / 免费预览已结束
    r"|(?:当前|本)?(?:文档|文章|资料)?(?:最多)?(?:只能|仅能|仅可|可)(?:免费)?(?:预览|试读|查看|阅读)(?:前)?\s*\d+\s*页"
    r"[^\n)）】\]]{0,50}"
    r")[)）】\]]?"
)
#: Notices of a cut that state no count: 此处省略若干字, 仅展示头部和尾部部分文字预览, 全文请查看图片预览 / 完整内容请下载.
_CUT_NOTICE = re.compile(
    r"(?:此处|以下|中间|后面|下文)(?:内容)?已?省略(?:若干|部分|约?\s*\d+\s*)字|还剩\s*(?:\.{2,}|…+)\s*页未读|"
    # a library's note on the text it shows (以上为《某某讲话》的无排版文字预览,完整内容请下载; round 125k)
    r"(?:以上|以下)(?:为|是)《[^》\n]{1,60}》的(?:无排版)?(?:文字|文本)?预览|"
    r"仅(?:展示|显示|预览)(?:了)?(?:头部|尾部|开头|结尾|前面|部分)(?:和(?:头部|尾部|结尾))?(?:部分)?(?:文字|内容)?(?:预览)?|"
    r"(?:全文|原文|完整(?:内容|版|文档)?)请(?:查看|下载|登录|点击|购买|移步|前往|开通)|"
    # a count and a prompt cut off by the page's end (全文约2490字,请下; round 122k)
    r"(?:全文|本文)(?:共|约|共约)\s*\d+\s*字[,，]\s*请[下登查购点开][^\n]{0,12}$|"
    # the count alone on the page's last line, cut off there (…领导…………\n全文共33; round 128k)
    r"^\s*(?:全文|本文)(?:共|约|共约)\s*\d+\s*字?\s*\Z"
)
#: a clause saying the text is too long, before a notice of a cut (内容过长,仅展示…)
_TOO_LONG = re.compile(r"(?:(?:内容|文章|篇幅|全文|正文)(?:过长|太长|较长|有限)[,，][ \t\u3000]*)?\Z")
_CLOSE = re.compile(r"[。！？!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: what a site's notice goes on with; a speech's tail holds none of it
_SITE_WORDS = re.compile(r"下载|登录|登陆|会员|VIP|vip|购买|开通|点击|扫码|付费|充值|阅读全文|预览|文档")
#: the cleaner's notices and those without a count, in the order they are tried
_NOTICES = (P.TRUNCATION, _CUT_NOTICE)
#: a login gate alone on its line (想阅读全部图文内容,您需要先登陆!; round 91): the login rules take it, but the dots
#: ending the line above it are the cut
_LOGIN_GATE = re.compile(
    r"^\s*[(（]?(?:想|若想|如需|要)?(?:阅读|查看|浏览)(?:完)?(?:全部|完整|全文|剩余)(?:图文)?(?:内容)?[,，]?\s*(?:您|你)?"
    r"(?:需要|须|请)先?(?:登陆|登录|注册)[^\n]{0,12}$")
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


def find_truncations(text: str) -> list[TruncationNotice]:
    """Every paywall or preview notice in a text, with the counts it states.

    Parameters
    ----------
    text : str
        A page (raw or cleaned), in Simplified or Traditional script.

    Returns
    -------
    list of TruncationNotice
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
    >>> find_truncations("(未完,全文共4000字,當前僅顯示900字)")[0].chars_shown     # Traditional script
    900
    """
    out = []
    view = simplified_view(text)     # Traditional notices (當前僅顯示) are read as Simplified; same length
    # this module's families, then the cleaner's (patterns.TRUNCATION) where they add a notice
    found = [(m.start(), m.end()) for m in _TRUNC.finditer(view)]
    for rx in _NOTICES:
        found += [(m.start(), m.end()) for m in rx.finditer(view)
                  if not any(a < m.end() and m.start() < b for a, b in found)]
    for start, end in sorted(found):
        notice = text[start:end].strip()
        read = view[start:end].strip()
        k = read.find("未完")
        if k >= 0 and k <= 2 and view[start + view[start:end].index("未完") + 2:][:1] in tuple("成善结工全整"):
            continue   # 未完成 / 未完善 are words of a speech, not a notice
        chars = _complete(_count(_TOTAL, read), _count(_SHOWN, read), _count(_MISSING, read))
        pages = _complete(_count(_PAGES_TOTAL, read), _count(_PAGES_SHOWN, read), _count(_PAGES_MISSING, read))
        out.append(TruncationNotice(start, end, notice, chars[0], chars[1], chars[2], pages[0], pages[1], pages[2]))
    return out


@dataclass
class Truncation:
    """The verdict on a text: whether it is cut short, and by how much when its notices say so.

    Parameters
    ----------
    truncated : bool
        Whether a truncation or preview notice was found.
    chars_total, chars_shown : int or None
        The character counts the notices state (全文共N字 / 当前仅显示M字),
        read by :func:`find_truncations` (the first notice stating each); the
        same names as on :class:`TruncationNotice` and on a split speech.
    notices : list of str
        The notices, as removed from the page (or found in it).

    Examples
    --------
    >>> t = Truncation(True, 6606, 2320, ["(未完,全文共6606字,当前仅显示2320字)"])
    >>> t.chars_missing, round(t.shown_share, 2)
    (4286, 0.35)
    """

    truncated: bool
    chars_total: int | None = None
    chars_shown: int | None = None
    notices: list[str] = field(default_factory=list)

    @property
    def chars_missing(self) -> int | None:
        """Characters the page does not show (None when the counts are not both stated)."""
        if self.chars_total is None or self.chars_shown is None:
            return None
        return max(self.chars_total - self.chars_shown, 0)

    @property
    def shown_share(self) -> float | None:
        """Shown characters / total characters (None when not stated)."""
        if not self.chars_total or self.chars_shown is None:
            return None
        return self.chars_shown / self.chars_total


def truncation(doc) -> Truncation:
    """Whether a speech is truncated, and how much of it the page shows when it says so.

    Parameters
    ----------
    doc : CleanedDocument, list of dict, pandas.DataFrame or str
        A cleaned document or its audit rows (the truncation notices the
        cleaner removed are read), or a raw page (its notices are found with
        :func:`find_truncations`).

    Returns
    -------
    Truncation
        ``truncated`` is False when no notice was found.  The counts are
        those :func:`find_truncations` reads from the notices: ``chars_total``
        from 全文共N字 / 本文共N字, ``chars_shown`` from 当前仅显示M字; a page
        that counts pages (已阅读5页,还剩12页未读) states no characters.

    Examples
    --------
    >>> from corpusmine.text.clean import clean_document
    >>> doc = clean_document("同志们:\\n要抓好落实。\\n(未完,全文共6606字,当前仅显示2320字)")
    >>> t = truncation(doc)
    >>> t.truncated, t.chars_total, t.chars_shown, t.chars_missing
    (True, 6606, 2320, 4286)
    >>> truncation("同志们:\\n要抓好落实。").truncated
    False
    >>> truncation("本文共4733字,仅供站内会员学习参考").chars_total
    4733
    """
    if isinstance(doc, str):
        notices = [t.notice for t in find_truncations(doc)]
    else:
        rows = getattr(doc, "audit_rows", doc)
        if hasattr(rows, "to_dict"):
            rows = rows.to_dict("records")
        notices = [str(r["removed"]) for r in rows if r.get("rule") == "truncation_notice"]
    found = [t for text in notices for t in find_truncations(text)]
    total = next((t.chars_total for t in found if t.chars_total is not None), None)
    shown = next((t.chars_shown for t in found if t.chars_shown is not None), None)
    return Truncation(bool(notices), total, shown, notices)


def truncation_notices(st: CleaningState, *, max_chars: int = 160) -> None:
    """Truncation and preview notices (未完,全文共N字,当前仅显示M字 / 预览结束 / 试读结束 / 本文共N字,仅供站内会员 …).

    A notice on a short line removes the line; a notice glued to the end of a
    speech line removes the line from the notice on.  A run of dots or
    ellipses ending the last shown line before a notice is the cut itself
    (rule ``truncation_marker``).  The counts stay in the audit rows, where
    :func:`corpusmine.text.truncation.truncation` reads them.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 160
        Longest notice text removed.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("同志们:\\n要抓好落实。(未完,全文共6606字,当前仅显示2320字,请阅读下面提示信息。)")
    >>> truncation_notices(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    def notice_span(s: int, e: int, line: str):
        m = next((m for rx in _NOTICES if (m := rx.search(line))), None)
        if not m:
            return None
        before = line[: m.start()]
        d = P.TRUNCATION_DOTS.search(before)
        if len(line.strip()) <= max_chars and len(before.strip()) <= 12 and not re.search(f"[{P.SENT_END}]", before):
            return (s, e)
        if e - (s + m.start()) <= max_chars:  # glued to the end of a speech line
            start = s + (d.start() if d else m.start() - len(_TOO_LONG.search(before).group()))
            # a head-and-tail preview goes on with the speech's tail after the notice's sentence (…建立 内容过长,仅展示头部和
            # 尾部部分文字预览,全文请查看图片预览。 的权利——选举权…; round 125k): only the notice goes
            close = _CLOSE.search(line, m.end(), m.end() + 40)
            rest = line[close.end():] if close else ""
            if close and len(_HAN.findall(rest)) >= 20 and _CLOSE.search(rest) and not _SITE_WORDS.search(rest):
                return (start, s + close.end())
            return (start, e)
        return None

    # the cut: dots ending the last shown line before a notice on its own line
    out, view = st.view()
    candidates = line_prefilter(*_NOTICES)     # only lines where a notice can be are looked at
    lines = list(iter_lines(view, candidates))
    markers = []
    gates = [(s, e) for s, e, line in iter_lines(view, line_prefilter(_LOGIN_GATE)) if _LOGIN_GATE.match(line)]
    for s, e, line in lines + [(s, e, "") for s, e in gates]:
        span = notice_span(s, e, line) if line else (s, e)
        if span is None or span[0] != s:
            continue
        pe = s - 1                                 # the previous non-blank line ends here
        while pe >= 0:
            ps = view.rfind("\n", 0, pe) + 1
            if view[ps:pe].strip():
                break
            pe = ps - 1
        if pe >= 0 and notice_span(ps, pe, view[ps:pe]) is None:
            d = P.TRUNCATION_DOTS.search(view, ps, pe)
            if d:
                markers.append((d.start(), d.end()))
    st.doc.delete_many(markers, "truncation_marker")
    lines = list(iter_lines(st.view()[1], candidates)) if markers else lines    # the page changed: found again
    spans = [sp for sp in (notice_span(s, e, l) for s, e, l in lines) if sp]
    st.doc.delete_many(spans, "truncation_notice")
