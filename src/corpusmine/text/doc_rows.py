"""Rows and notices a document or forum page glues to the speech's lines, read before the line rules (rounds 136k-200k).

:func:`corpusmine.text.doc_notices.doc_notices` deletes them in its pass, before the footer and line rules, which would
take a whole line with the speech glued to it.  Each family is told by its shape (the view is Simplified, so
Traditional pages match too):

* **a table of contents' numbered entries** (:func:`numbered_outline`, for :mod:`corpusmine.text.doc_notices`): three
  or more numbered headings (一、… (一)… 1.…), the first found again below as the start of a heading line; an
  outline with no label opening the page is :func:`corpusmine.text.page_framing.outline_spans`'s.
* **a view counter closing a title** (rule ``meta_row``): …演说(某某频道) --阅读人次 : 1126 (round 199k).
* **the site's address opening a line** (rule ``site_url_line``): http://www.example.com/ 某某协会常务副会长 (round 199k).
* **a poster's row with an empty time label** (rule ``meta_row``): 某某1147 分享 时间: (round 200k).
* **a converted document's takedown footer** (rule ``copyright_footer``, round 198k) glued into the speech's sentence
  (…发扬“宁 收集于网络,如有侵权请联系管理员删除 愿…): no speaker asks to have his text taken down.  A site's own notice
  (免责声明:本站文章均来自网络,如有侵权请联系删除), its sentence naming the site, is left whole to the footer rules, which
  take the blurb before it too.
* **a converted page's rule** (rule ``html_leftover``, round 198k): twenty underscores or more glued to the text (a
  blank to fill in is shorter: 我是______).
* **a posting time with a visit count** (rule ``meta_row``, round 198k) glued between a title and the salutation
  (…的讲话时间:xx-11-07 09:40:59 访问次数:819 同志们:).
* **a forum post's quoted header** (rule ``meta_row``, round 196k): its subject, its date and time, the poster in
  brackets and the subject again (主题:… 日期:2011年09月26日 20点16分 【网友】…), glued before the speech it quotes; its
  日期: may have gone with the page's meta fields.
"""

from __future__ import annotations

import re

_SP = r"[ \t\u3000\xa0]"
#: a heading's number at a line's start
OUTLINE_NUMBER = re.compile(rf"{_SP}*(?:[一二三四五六七八九十]{{1,3}}、|[(（][一二三四五六七八九十]{{1,3}}[)）]|\d{{1,2}}[.、．](?!\d)"
                            r"|第[一二三四五六七八九十]{1,3}[,，、])")
_COUNTER_END = re.compile(rf"{_SP}*[-—]*{_SP}*(?:阅读|浏览|点击)(?:人次|次数)\s*[:：]{_SP}*\d+{_SP}*$", re.M)
#: a poster's name, the share button and an empty time label on one line (某某1147 分享 时间:; round 200k)
_POSTER_ROW = re.compile(rf"^{_SP}*[^\s。！？!?,，]{{1,20}}{_SP}+分享{_SP}+(?:时间|日期){_SP}*[:：]{_SP}*$", re.M)
_URL_START = re.compile(rf"^{_SP}*https?://[\w\-]+(?:\.[\w\-]+)+/?{_SP}+(?=\S)", re.M)
_TAKEDOWN = re.compile(r"[ \t]*(?:(?:本文|资料|文档|内容|素材)?(?:收集|来源|整理|来自|摘自)于?(?:互联)?网络[,，、]?[ \t]*)?如有侵权[,，]?[ \t]*"
                       r"请(?:及时)?(?:与我们)?联系(?:管理员|我们|本站|作者|网站|客服)?(?:予以|进行)?删除[。.!！]?")
#: words of a site's own notice in the sentence before a takedown clause
_SITE_NOTICE = re.compile(r"声明|本站|本网|版权|转载|网站")
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
_RULE_LINE = re.compile(r"[ \t]*_{20,}[ \t]*")
_STAMP_AND_COUNT = re.compile(r"[ \t]*(?:发布)?时间[:：][ \t]*(?:\d{2,4}|[xX]{2,4}|〔某〕)[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
                              r"[ \t]*(?:访问|浏览|阅读|点击)(?:次数|量)?[:：][ \t]*\d+(?:[ \t]*次)?[ \t]*")   # 1818 次 (264k)
_FORUM_HEADER = re.compile(r"主题[ \t]*[:：][ \t]*(?P<t>[^\n]{1,60}?)[ \t]*\n?[ \t]*(?:日期[ \t]*[:：])?[ \t]*(?:\d{4}年\d{1,2}月\d{1,2}日)?"
                           r"[ \t]*\n?[ \t]*\d{1,2}点\d{1,2}分[ \t]*\n?[ \t]*(?:【[^】\n]{1,12}】[ \t]*(?:(?P=t)[ \t]*)?)?")


def numbered_outline(view: str, entries: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The leading entries that are the speech's numbered headings, when three or more and the first stands again
    below them as the start of a heading line (a cut excerpt lacks the rest; round 136k).

    Examples
    --------
    >>> page = "一、提高站位\\n二、压实责任\\n三、狠抓落实\\n同志们:\\n一、提高站位,深刻认识意义\\n要抓好落实。"
    >>> [page[s:e] for s, e in numbered_outline(page, [(0, 6), (7, 13), (14, 20)])]
    ['一、提高站位', '二、压实责任', '三、狠抓落实']
    """
    run: list[tuple[int, int]] = []
    for s, e in entries:
        if not OUTLINE_NUMBER.match(view, s):
            break
        run.append((s, e))
    if len(run) < 3:
        return []
    first = view[run[0][0]:run[0][1]].strip()
    return run if re.search(rf"^{_SP}*{re.escape(first)}", view[run[-1][1]:], re.M) else []


def glued_takedowns(view: str) -> list[tuple[int, int]]:
    """Spans of takedown footers glued into the speech's sentences; a site's own notice is left to the footer rules.

    Examples
    --------
    >>> v = "三十年来,学校坚持立德 收集于网络,如有侵权请联系管理员删除 树人。\\n免责声明:本站文章均来自网络,如有侵权请联系删除。"
    >>> [v[s:e] for s, e in glued_takedowns(v)]
    [' 收集于网络,如有侵权请联系管理员删除']
    """
    return [m.span() for m in _TAKEDOWN.finditer(view)
            if not _SITE_NOTICE.search(_SENTENCE_BREAK.split(view[max(0, m.start() - 80):m.start()])[-1])]


def doc_row_spans(view: str) -> list[tuple[int, int, str]]:
    """``(start, end, rule)`` spans of this module's families in ``view``.

    Examples
    --------
    >>> page = "某某竞选总部演说(某某频道) --阅读人次 : 1126\\nhttp://www.example.com/ 某某协会常务副会长\\n各位来宾:\\n大家好。"
    >>> [(page[s:e], rule) for s, e, rule in doc_row_spans(page)]
    [(' --阅读人次 : 1126', 'meta_row'), ('http://www.example.com/ ', 'site_url_line')]
    """
    spans: list[tuple[int, int, str]] = []
    if "侵权" in view:
        spans += [(s, e, "copyright_footer") for s, e in glued_takedowns(view)]
    if "次数" in view or "访问" in view or "浏览" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _STAMP_AND_COUNT.finditer(view)]
    if "___" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _RULE_LINE.finditer(view)]
    if "主题" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _FORUM_HEADER.finditer(view)]
    if "人次" in view or "次数" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _COUNTER_END.finditer(view)]
    if "分享" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _POSTER_ROW.finditer(view)]
    if "http" in view:
        spans += [(m.start(), m.end(), "site_url_line") for m in _URL_START.finditer(view)]
    return spans
