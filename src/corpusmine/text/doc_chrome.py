"""Chrome of template (范文) and document (文档/文库) sites, by the shape of a line (structural rules, round 4).

Families learned from held-out round 11 (38 pages of 38 template and
document sites) and rounds 1-10, written as shapes, not as a site's strings:

* **document widgets** (:func:`doc_widgets`): a counter line of one widget word and a number (浏览 7186,
  阅读量:1.2万); an action line (+ 加入清单, 展开阅读全文, 更多相似范文, 复制下载, 详细内容) and a site's name
  right above a copy button; a document-type row (范文类型:演讲稿,全文共 1670 字); a preview-limit notice
  naming a page or character count and a download (当前文档最多只能预览5页,…请下载原文档…).
* **page counters** (:func:`page_counters`): a PDF footer 第 3 页 共 5 页, also as 第页共页 glued to the text.
* **tables of contents** (:func:`toc_lines`): a contents label alone on a line
  (内容导航, 文章目录, 目录), a line of three or more glued part titles
  (某某 篇1某某 篇2…, the first part's own heading after the last one stays),
  and a page title in 书名号 above the title it repeats (《某某范文(31篇)》).
* **snippets** (:func:`snippet_lines`): a line near the top that repeats the
  beginning of a later paragraph and stops short of its end (a page's
  description: title + the first 60-100 characters of the speech).
* **anti-copy marks** (:func:`anti_copy_marks`): a backquote or an apostrophe between two Chinese characters, a
  full stop after 的/地/得 glued to the next character (的`日子, 的'气氛, 的.热爱), or up to three between any two
  Chinese characters but a numeral's on a page ending its sentences with 。 (種.種) — marks some sites insert; on a
  page that doubles its commas (,,), a comma glued before another mark (,, ,、 ,。 ,!).
* **source inserts** (:func:`source_inserts`): a bracketed source note glued inside a sentence ((文章转载自[某某频道]).
* **pipe tails** (:func:`pipe_tails`): a run of two or more '|' ending a line after its text (新春团拜会致辞 | |).
* **self-describing and genre intros** (:mod:`corpusmine.text.intro_chrome`, run from here): a line above the
  speech that describes the page (本文将就某某进行探讨), a paragraph that names the genre twice (演讲稿具有…).
* **summaries** (:func:`summary_lines`): a summary row among the first lines
  of a page (摘要: …, 导读: …, 内容简介: …), its label alone where the
  speech follows it on the line (内容简介:同志们: …), a document site's outline
  of the speech (【提纲】一、…(一)…二、…), and a related-article header
  after the page's title in 【】 (【某某讲话稿】相关文章:).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).
Each family looks only at the lines holding one of its literals (found with
``str.find`` in C), so a large page without them costs one scan per family.

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("内容导航\\n同志们:\\n要抓好落实。\\n第页共页要久久为功。\\n展开阅读全文")
>>> document_chrome(st)
>>> st.doc.output
'\\n同志们:\\n要抓好落实。\\n要久久为功。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_chunks import chunk_numbers
from corpusmine.text.glued_speech import chrome_spans
from corpusmine.text.intro_chrome import article_intros, genre_intros
from corpusmine.text.lines import first_lines, lines_holding

__all__ = [
    "SUMMARY_LABEL", "anti_copy_marks", "doc_widgets", "document_chrome", "is_doc_widget", "page_counters",
    "TITLED_RELATED", "pipe_tails", "snippet_lines", "source_inserts", "summary_lines", "toc_lines",
]


# ---------------------------------------------------------------------------
# Document widgets
# ---------------------------------------------------------------------------
#: where a widget line can be: one scan of the page (a literal alternation, in C) finds these, the line test
#: runs on their lines only
_WIDGET_CANDIDATE = re.compile(r"次|浏览|阅读|二维码|点击|查看|访问|播放|观看|评论|收藏|点赞|下载|分享|热度|人气|展开|加入|范文|类型|类别|预览|试读|显示|复制|详细")
#: one widget word and a count: 浏览 7186, 二维码 287, 阅读量:1.2万, 下载次数 35, 阅读(1385); or a count of clicks
#: with no word at all (626次, round 68)
_COUNTER = re.compile(
    rf"^(?:二维码|{P.COUNTER_WORD}|评论|收藏|点赞|下载|分享)"
    r"\s*[:：]?\s*(?:[(（\[]\s*)?\d[\d.,]*\s*(?:万|千|[wWkK])?\+?\s*(?:次|人|条)?(?:\s*[)）\]])?$"
    r"|^\d{1,7}\s*次$"
)
#: an action of the page: + 加入清单, 展开阅读全文, 更多相似范文 >>
_ACTION = re.compile(
    r"^[+＋]?\s*(?:加入清单|加入收藏|加入文集|展开阅读全文|展开全文|点击展开全文|阅读全文|查看全文|继续阅读全文|"
    r"(?:更多|查看更多)?(?:相似|相关|同类)?范文(?:推荐)?|更多相似范文|更多相似文档|相似文档|"
    r"复制下载|下载复制|复制全文|一键复制|免费复制|(?:查看|点击查看)?详细内容)\s*[>»]*$"
)
#: a copy button alone on a line, and a site's name (short, no punctuation) on the line right above it
_COPY_BUTTON = re.compile(r"^(?:复制下载|下载复制|复制全文|一键复制|免费复制)$")
_SITE_NAME_LINE, _SENTENCE_END = re.compile(r"[ \t]*[\u4e00-\u9fff]{2,6}[ \t]*$"), re.compile(r"[。！？!?]")
#: a document-type row: 范文类型:演讲稿,全文共 1670 字; 文档类型:…,适用行业岗位:…
_DOC_TYPE = re.compile(r"^\S{0,4}(?:类型|类别)\s*[:：][^。！？!?\n]{0,40}$")
_DOC_TYPE_MORE = re.compile(r"全文共\s*\d+\s*字|适用|岗位|行业|格式|页数|大小")
#: a preview limit: 最多只能预览5页, 仅可试读3页, 当前仅显示2320字 …, with a download or the full text
_PREVIEW = re.compile(r"(?:预览|试读|浏览|显示)\s*(?:前)?\s*\d+\s*(?:页|字)|(?:预览|试读)(?:已)?(?:结束|完毕)")
_PREVIEW_GET = re.compile(r"下载|原文档|完整|全部内容|全文|会员|VIP|付费", re.I)


def is_doc_widget(line: str) -> bool:
    """Whether a line is a document site's widget: a counter, an action, a type row or a preview limit.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_doc_widget("浏览 7186"), is_doc_widget("+ 加入清单"), is_doc_widget("范文类型:演讲稿,全文共 1670 字")
    (True, True, True)
    >>> is_doc_widget("阅读(1385)"), is_doc_widget("626次"), is_doc_widget("先后召开3次")
    (True, True, False)
    >>> is_doc_widget("温馨提示:当前文档最多只能预览5页,此文档共10页,请下载原文档以浏览全部内容。")
    True
    >>> is_doc_widget("浏览全市各县区的创建台账,发现问题37个。"), is_doc_widget("要把范文变成实干。")
    (False, False)
    >>> is_doc_widget("请大家预览3页材料后再发言,全文共10页。")  # 句中说"预览"不是提示
    False
    """
    s = line.strip()
    if not s or len(s) > 200:
        return False
    if len(s) <= 30 and (_COUNTER.match(s) or _ACTION.match(s)):
        return True
    if len(s) <= 60 and _DOC_TYPE.match(s) and (len(s) <= 20 or _DOC_TYPE_MORE.search(s)):
        return True
    m = _PREVIEW.search(s)
    return bool(m and _PREVIEW_GET.search(s) and re.search(r"文档|本文|全文|原文|此文|温馨提示|提示", s)
                and not re.match(r"^(?:请|要|我们|大家)", s))


def doc_widgets(st: CleaningState) -> None:
    """Counter, action, document-type and preview-limit lines of document sites (rule ``doc_widget``).

    Examples
    --------
    >>> st = CleaningState("二维码 287\\n同志们:\\n要抓好落实。\\n展开阅读全文\\n更多相似范文")
    >>> doc_widgets(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。\\n\\n'
    >>> st = CleaningState("新春贺词\\n\\n某文笔\\n复制下载\\n\\n同志们:\\n要抓好落实。")   # 复制按钮上方的站名
    >>> doc_widgets(st)
    >>> st.doc.output
    '新春贺词\\n\\n\\n\\n\\n同志们:\\n要抓好落实。'
    """
    _, view = st.view()
    names = []      # a site's name right above its copy button (某某文笔\n复制下载), under the title, above the text
    for b, _, line in lines_holding(view, ("复制", "下载")):
        s = view.rfind("\n", 0, b - 1) + 1
        if (b and _COPY_BUTTON.match(line.strip()) and _SITE_NAME_LINE.match(view, s, b - 1) and view[:s].strip()
                and not P.TITLE_LIKE.search(view, s, b - 1) and not _SENTENCE_END.search(view, 0, s)):
            names.append((s, b - 1))
    st.doc.delete_many(names, "doc_widget")
    st.delete_lines(is_doc_widget, "doc_widget", candidates=_WIDGET_CANDIDATE)


# ---------------------------------------------------------------------------
# Page counters of PDF copies
# ---------------------------------------------------------------------------
_PAGE_COUNTER = re.compile(r"第[ \t]*\d{0,4}[ \t]*页[ \t]*[,，/、]?[ \t]*共[ \t]*\d{0,4}[ \t]*页")
#: a PDF page number -2- glued into a line between spaces (text of a document site)
#: a document's page count or size after a bullet, glued after a title (某某讲话 • 1页, • 35.41 KB)
_BULLET_COUNT = re.compile(r"[ \t]*•[ \t]*\d{1,4}(?:\.\d{1,2})?[ \t]*(?:页|KB|MB|K)(?=[ \t]|$)", re.M)
_PAGE_DASHES = re.compile(r" -[ \t]?\d{1,3}[ \t]?-(?=[ \t\u4e00-\u9fff])")
#: round 99: a PDF page's number closing a flattened page line, whose wraps are spaces between Chinese characters
#: (…员 工文化水平不高…我想,要改 1): the line must show the wraps' shape at least :data:`MIN_WRAPS` times
_PAGE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff,，、;；:：])[ \t]+\d{1,3}[ \t]*$", re.M)
_WRAP = re.compile(r"[\u4e00-\u9fff,，、。] (?=[\u4e00-\u9fff])")
#: round 118k: a document viewer's page counter opening a line, glued to its text (1/15青年专题党课讲稿…); a fraction stays
_PAGE_OF = re.compile(r"^[ \t]*1[ \t]*/[ \t]*(?:[2-9]|[1-9]\d{1,2})(?=[\u4e00-\u9fff])(?![的以是多左强])", re.M)
MIN_WRAPS = 5


_SOURCE_INSERT = re.compile(r"[(（][ \t]*(?:文章|本文|此文)?(?:转载自|转自|摘自|来源于)[ \t]*[\[【][^\]】\n]{1,20}[\]】][ \t]*[)）]?[ \t]*")
#: round 214k: unbracketed, with the site's address (…和谐文章转载自某某网-http://www.example.com相处作为…)
_SOURCE_URL_INSERT = re.compile(r"(?:文章|本文|此文)?(?:转载自|转自)[ \t]*[\u4e00-\u9fff]{1,10}[ \t]*[-—–:：]?[ \t]*(?:https?://|www\.)[!-~]+")


def source_inserts(st: CleaningState) -> None:
    """A source note glued inside a sentence, bracketed ((文章转载自[某某频道]) or with the site's address (rule ``source_footer``).

    Examples
    --------
    >>> st = CleaningState("我区的妇女事业在(文章转载自[某某文档频道] 党和政府的关心下蓬勃发展。\\n材料摘自《人民日报》。")
    >>> source_inserts(st)
    >>> st.doc.output
    '我区的妇女事业在党和政府的关心下蓬勃发展。\\n材料摘自《人民日报》。'
    """
    _, view = st.view()
    starts = set()
    for bracket in "[【":    # one-character needles: found in C at memchr speed
        i = view.find(bracket)
        while i >= 0:
            if view[max(0, i - 3):i].rstrip(" \t")[-1:] in ("自", "于"):
                starts.add(view.rfind("\n", 0, i) + 1)
            i = view.find(bracket, i + 1)
    spans = []
    for s in sorted(starts):
        e = view.find("\n", s)
        line = view[s:len(view) if e < 0 else e]
        spans.extend((s + m.start(), s + m.end()) for m in _SOURCE_INSERT.finditer(line))
    if "转" in view and ("http" in view or "www." in view):
        spans.extend(m.span() for m in _SOURCE_URL_INSERT.finditer(view))
    st.doc.delete_many(sorted(set(spans)), "source_footer")


def page_counters(st: CleaningState) -> None:
    """PDF page footers 第 3 页 共 5 页, also emptied (第页共页) and glued to the text (rule ``page_counter``).

    A page number between dashes glued into a line between spaces
    (谢谢大家。 -2- 第二篇) goes too, and so does a document's page count or
    size after a bullet (某某讲话 • 1页, • 35.41 KB).

    Examples
    --------
    >>> st = CleaningState("第页共页倡导垃圾分类讲话稿\\n要抓好落实。第 2 页 共 3 页\\n全书共5页,第3页是附表。")
    >>> page_counters(st)
    >>> st.doc.output
    '倡导垃圾分类讲话稿\\n要抓好落实。\\n全书共5页,第3页是附表。'
    >>> st = CleaningState("祝大家工作顺利。 -2- 第二篇:开工致辞 -3-谢谢\\n气温在-2-3度之间。 • 2页")
    >>> page_counters(st)
    >>> st.doc.output
    '祝大家工作顺利。  第二篇:开工致辞 谢谢\\n气温在-2-3度之间。'
    >>> st = CleaningState("我们酒店是个 二星的小酒店,员 工文化水平不高,多 数是老员工,管 理松散。我想,要 改 1\\n得分 95")
    >>> page_counters(st)
    >>> st.doc.output
    '我们酒店是个 二星的小酒店,员 工文化水平不高,多 数是老员工,管 理松散。我想,要 改\\n得分 95'
    """
    _, view = st.view()
    spans = [(m.start() + 1, m.end()) for m in _PAGE_DASHES.finditer(view)] if " -" in view else []
    if "•" in view:
        spans.extend(m.span() for m in _BULLET_COUNT.finditer(view))
    spans.extend(m.span() for m in _PAGE_TAIL.finditer(view)
                 if len(_WRAP.findall(view, max(0, view.rfind("\n", 0, m.start())), m.start())) >= MIN_WRAPS)
    if "/" in view:
        spans.extend(m.span() for m in _PAGE_OF.finditer(view))
    if "共" not in view and not spans:
        return
    for s, e, line in lines_holding(view, ("共",)):
        spans.extend((s + m.start(), s + m.end()) for m in _PAGE_COUNTER.finditer(line))
    st.doc.delete_many(sorted(spans), "page_counter")


# ---------------------------------------------------------------------------
# Tables of contents of collection pages
# ---------------------------------------------------------------------------
_TOC_LABEL = re.compile(r"^\s*(?:内容导航|文章导航|本文导航|文章目录|本文目录|目录导航|目\s{0,3}录|正文)\s*[:：]?\s*$")
#: a contents label opening a line of items with dotted leaders and page numbers (目  录 某某推介词.......2某某推介词..., round 117k)
_TOC_LEADERS = re.compile(r"^\s*目\s{0,3}录\s*[:：]?\s*[^\n。！？!?]{2,60}?(?:\.{4,}|…{3,}|·{4,}|．{4,})\s*\d{1,3}")
_PART_NO = re.compile(r"篇\s*(\d{1,3}|[一二三四五六七八九十]{1,3})|第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇")
#: a name line between a title and its repeat: 2-4 characters and an author's or teacher's title, or a bare name
_NAME_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}(?:老师|同学|教授|编辑|整理|撰稿|作者)?\s*$")
_BOOK_LINE = re.compile(r"^\s*《([^《》\n]{4,60})》\s*$")


def toc_lines(st: CleaningState, *, head_lines: int = 4) -> None:
    """Contents labels, glued lists of part titles and a 《title》 line above its title (rule ``toc``).

    A line of three or more part titles without a sentence end goes, except
    the first part's own heading when the list ends by starting again
    (…篇26某某 篇27某某 篇1).  A line that is only a title in 书名号 goes when
    it is among the first ``head_lines`` lines and a following line among
    them repeats its first four characters.  A lone 正文 label goes, so do
    collections numbered 第一篇:…第二篇:…, and a short name line (某某老师)
    between a head line and its repeat.

    Examples
    --------
    >>> st = CleaningState("《某某讲话稿(3篇)》\\n某某讲话稿(精选3篇)\\n内容导航\\n讲话稿 篇1讲话稿 篇2讲话稿 篇3讲话稿 篇1\\n同志们:")
    >>> toc_lines(st)
    >>> st.doc.output
    '\\n某某讲话稿(精选3篇)\\n\\n讲话稿 篇1\\n同志们:'
    >>> st = CleaningState("开业致辞范文\\n王某某老师\\n开业致辞范文\\n第一篇:开业致辞第二篇:庆典讲话第三篇:揭牌仪式讲话\\n正文\\n同志们:")
    >>> toc_lines(st)
    >>> st.doc.output
    '开业致辞范文\\n\\n开业致辞范文\\n\\n\\n同志们:'
    """
    _, view = st.view()
    spans = []
    spans.extend((s, e) for s, e, line in lines_holding(view, ("录", "导航", "正文"))
                 if _TOC_LABEL.match(line) or _TOC_LEADERS.match(line))
    if "篇" in view:
        for s, e, line in lines_holding(view, ("篇",)):
            if len(line) < 20 or re.search(r"[。！？!?；;]", line):
                continue
            nos = list(_PART_NO.finditer(line))
            if len(nos) < 3 and not (len(nos) == 2 and nos[0].start() <= 1 and line.lstrip().startswith("第")):
                continue      # two parts are a list only when the line opens with the first (第1篇…致辞 第2篇…; round 58)
            item = line[:line.find("篇")]
            last = line.rfind(item) if item.strip() else -1
            tail = line[last:].rstrip() if last > 0 else ""
            if tail and line.startswith(tail) and _PART_NO.search(tail):
                spans.append((s, s + last))   # the list; the first part's heading after it stays
            else:
                spans.append((s, e))
    if "《" in view[:2000]:
        heads = [(s, e, line.strip()) for s, e, line in first_lines(view, head_lines)]
        for i, (s, e, line) in enumerate(heads):
            m = _BOOK_LINE.match(line)
            if m and any(m.group(1)[:4] in other for _, _, other in heads[i + 1:]):
                spans.append((s, e))
    heads = [(s, e, line.strip()) for s, e, line in first_lines(view, head_lines)]
    for (_, _, before), (s, e, line), (_, _, after) in zip(heads, heads[1:], heads[2:]):
        if (before == after and len(before) >= 6 and _NAME_LINE.match(line) and not line.startswith(("各位", "尊敬"))
                and not re.search(r"[。！？!?；;,，]", before)          # a title, not a speech line repeated per chunk
                and not re.match(r"[一二三四五六七八九十]是|首先|其次|再次|最后", line)):   # an enumeration, not a name
            spans.append((s, e))   # 某某讲话稿 / 某某老师 / 某某讲话稿: a credit between a title and its repeat
    st.doc.delete_many(sorted(set(spans)), "toc")


# ---------------------------------------------------------------------------
# Snippets: a page description repeating the start of a paragraph
# ---------------------------------------------------------------------------
_INLINE_SPACE = frozenset(" \t\u3000\u00a0")


def snippet_lines(st: CleaningState, *, head_lines: int = 6, look_ahead: int = 30, min_overlap: int = 20,
                  max_prefix: int = 60) -> None:
    """A line near the top that repeats the beginning of a later line and stops short (rule ``snippet``).

    The repeated part must be ``min_overlap`` characters or more, read as
    prose (a comma inside: a title repeated before its speech is not a
    snippet) and stop before the later line ends, also in quotes (“ 某某… ”);
    what comes before it on the line (a title, a salutation) is at most
    ``max_prefix`` characters.  A speech does not
    quote the truncated start of its own next paragraph.

    Examples
    --------
    >>> st = CleaningState("在某会上的讲话同志们:今天我们召开全县创文推进会,主要任务是总结工作、部署任务\\n"
    ...                    "同志们:\\n今天我们召开全县创文推进会,主要任务是总结工作、部署任务,动员全县上下行动起来。")
    >>> snippet_lines(st)
    >>> st.doc.output
    '\\n同志们:\\n今天我们召开全县创文推进会,主要任务是总结工作、部署任务,动员全县上下行动起来。'
    >>> st = CleaningState("“ 为推进党建引领基层治理工作,昨天,某某街道召开 ”\\n为推进党建引领基层治理工作,昨天,某某街道召开网格化工作推进会。")
    >>> snippet_lines(st)
    >>> st.doc.output
    '\\n为推进党建引领基层治理工作,昨天,某某街道召开网格化工作推进会。'
    """
    _, view = st.view()
    lines = list(first_lines(view, head_lines + look_ahead))
    spans, ends = [], "。.…”\"」』 \t\u3000"     # a later line is compared without its closing marks too
    for i, (s, e, raw_line) in enumerate(lines[:head_lines]):
        # compared without the spaces inside a line: a document viewer's text keeps a PDF's line wraps as spaces
        # (…与大家相 聚,…), its description does not (session z)
        keep = [j for j, c in enumerate(raw_line) if c not in _INLINE_SPACE]
        line = "".join(raw_line[j] for j in keep)
        if len(line.strip()) < min_overlap + 4:
            continue
        for n, (_, _, later) in enumerate(lines[i + 1:], i + 1):
            # the later text read on over the next lines: the description may run past the paragraph it repeats,
            # but it stops short inside a line (a paragraph said again whole is no description)
            parts = ["".join(c for c in x.strip() if c not in _INLINE_SPACE) for _, _, x in lines[n:n + 3]]
            t, line_ends = "".join(parts), {0}
            for part in parts:
                line_ends |= {max(line_ends) + len(part), max(line_ends) + len(part.rstrip(ends))}
            if len(later.strip()) <= min_overlap + 4:
                continue
            k = line.find(t[:min_overlap])
            if k < 0 or k > max_prefix:
                continue
            rest = line[k:].rstrip().rstrip(ends)   # a description may be quoted: “ 某某… ”
            if len(rest) >= min_overlap and len(rest) < len(t.rstrip(ends)) and t.startswith(rest) \
                    and len(rest) not in line_ends and re.search(r"[,，、；;]", rest):
                # sentences before the repeat are speech (a paragraph whose end is repeated below): only the repeat goes
                spans.append((s + keep[k], e) if re.search(r"[。！？!?]", line[:k]) else (s, e))
                if k == 0 and i > 0 and n > i + 1 and lines[i - 1][2].strip() == lines[n - 1][2].strip() \
                        and len(lines[i - 1][2].strip()) <= 60:
                    spans.append(lines[i - 1][:2])   # the salutation the description opened with, said again below
                break
    st.doc.delete_many(spans, "snippet")


# ---------------------------------------------------------------------------
# Anti-copy marks inside words
# ---------------------------------------------------------------------------
def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


#: a nested quotation written with ASCII apostrophes: 2-10 Chinese characters between a balanced pair
_QUOTED = re.compile(r"'[\u4e00-\u9fff]{2,10}'")
#: a comma glued before another mark, on a page that doubles its commas (春回大地,,草长莺飞 … 奋斗,。)
_DOUBLED = re.compile(r"[,，](?=[,，、。!！?？;；])")


def anti_copy_marks(st: CleaningState) -> None:
    """A ` or ' between two Chinese characters, a '.' after 的/地/得 before one, and commas doubled or glued
    before another mark on a page that doubles its commas (rule ``anti_copy``).

    Examples
    --------
    >>> st = CleaningState("在这个思念的`日子里,享受那份快乐的'气氛,对土地的.热爱。\\n第3.2条和“2.0版”不变。")
    >>> anti_copy_marks(st)
    >>> st.doc.output
    '在这个思念的日子里,享受那份快乐的气氛,对土地的热爱。\\n第3.2条和“2.0版”不变。'
    >>> st = CleaningState("要迅速掀起'比学赶超'的热潮,致以节日的'祝贺。")   # 引号成对:是标点
    >>> anti_copy_marks(st)
    >>> st.doc.output
    "要迅速掀起'比学赶超'的热潮,致以节日的祝贺。"
    >>> st = CleaningState("春回大地,,草长莺飞,,又是一年。靠的是团结奋斗,。\\n“要抓落实,”他说。")
    >>> anti_copy_marks(st)
    >>> st.doc.output
    '春回大地,草长莺飞,又是一年。靠的是团结奋斗。\\n“要抓落实,”他说。'
    """
    _, view = st.view()
    spans = []
    doubled = view.count(",,") + view.count("，，")
    if doubled >= 2 and doubled * 2000 >= len(view):   # a page that doubles its commas throughout also glues them
        spans.extend((m.start(), m.end()) for m in _DOUBLED.finditer(view))   # to other marks (,。 ,、 ,!)
    spans += _lone_dots(view)
    for mark in ("`", "'", "."):
        i = view.find(mark)
        while i >= 0:
            if mark == "'" and (m := _QUOTED.match(view, i)) and view[i - 1:i] not in "的地得":
                i = view.find(mark, m.end())   # a balanced pair around a short phrase is a quotation ('比学赶超')
                continue
            if 0 < i < len(view) - 1 and _is_cjk(view[i + 1]) and (
                    view[i - 1] in "的地得" if mark == "." else _is_cjk(view[i - 1])):
                spans.append((i, i + 1))
            i = view.find(mark, i + 1)
    st.doc.delete_many(sorted(spans), "anti_copy")


#: a '.' glued between two Chinese characters (種.種, 精彩的.球赛), not after a numeral (一.提高认识 is a heading)
_LONE_DOT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十〇零百])\.(?=[\u4e00-\u9fff])")
#: at most this many on a page that ends its sentences with 。 (a page typed with '.' for 。 keeps them)
_MAX_LONE_DOTS = 3


def _lone_dots(view: str) -> list[tuple[int, int]]:
    """A site's anti-copy dots inside words, round 88: a few, on a page whose sentences end with 。."""
    if "." not in view:
        return []
    found = [m.span() for m in _LONE_DOT.finditer(view)]
    if len(found) > _MAX_LONE_DOTS or view.count("。") < 2 * len(found):
        return []
    return [(a, b) for a, b in found if view[a - 1] not in "的地得"]     # those after 的/地/得 are read below


# ---------------------------------------------------------------------------
# Pipe tails
# ---------------------------------------------------------------------------
_PIPE_TAIL = re.compile(r"(?:[ \t]*[|｜]){2,}[ \t]*$")
#: separators opening a line, or a run of two or more inside it (a flattened menu: 标题 | | | 本报讯)
_PIPE_RUN = re.compile(r"^[ \t]*[|｜](?:[ \t]*[|｜])*[ \t]*|[|｜](?:[ \t]*[|｜])+[ \t]*")


def pipe_tails(st: CleaningState) -> None:
    """A run of two or more '|' ending a line after its text (rule ``site_interface``).

    So do the separators opening a line before its text and a run of two
    or more inside a line (新春团拜会致辞 | | 虎年上班第一天): lone separators
    of a menu flattened into the line.

    Examples
    --------
    >>> st = CleaningState("新春团拜会致辞 | |\\n要抓好落实。")
    >>> pipe_tails(st)
    >>> st.doc.output
    '新春团拜会致辞\\n要抓好落实。'
    >>> st = CleaningState("| | 本报讯 某某会议召开\\n新春团拜会致辞 | | 虎年上班第一天。\\n甲 | 乙")
    >>> pipe_tails(st)
    >>> st.doc.output
    '本报讯 某某会议召开\\n新春团拜会致辞 虎年上班第一天。\\n甲 | 乙'
    """
    _, view = st.view()
    if "|" not in view and "｜" not in view:
        return
    spans = []
    for s, e, line in lines_holding(view, ("|", "｜")):
        m = _PIPE_TAIL.search(line)
        if m and m.start() > 0 and re.search(f"[{P.CJK}]", line[:m.start()]):
            spans.append((s + m.start(), s + m.end()))
            line = line[:m.start()]
        if re.search(f"[{P.CJK}]", line):
            spans.extend((s + r.start(), s + r.end()) for r in _PIPE_RUN.finditer(line) if r.end() < len(line))
    st.doc.delete_many(sorted(spans), "site_interface")


# ---------------------------------------------------------------------------
# Page summaries and titled related-article headers
# ---------------------------------------------------------------------------
#: a summary's label opening a line (摘要:, 内容简介:); ``page_notes.summary_echoes`` reads it alone on its line too
SUMMARY_LABEL = re.compile(r"^\s*[【\[]?(?:摘要|内容摘要|文章摘要|文档摘要|导读|内容简介|文档简介|内容提要)[】\]]?\s*[:：]")
#: …with an empty source label glued after it (• 范文预览:来源同志们:…; round 208k)
_PREVIEW_LABEL = re.compile(r"^\s*[•·]?\s*(?:范文|文档|文章|内容|全文|在线)预览\s*[:：](?:\s*(?:来源|出处|作者)\s*[:：]?)?")
_HEADING_NUMBER = re.compile(r"[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]")
#: a related list's header naming the page's title in black brackets (【某某致辞范文】相关文章:); the header goes here, its
#: items with :func:`corpusmine.text.chrome_rules.related_lists`
TITLED_RELATED = re.compile(r"^\s*【[^】\n]{2,40}】\s*(?:相关文章|相关推荐|推荐阅读|相关阅读|相关范文|延伸阅读)\s*[:：]?\s*$")


def summary_lines(st: CleaningState, *, head_lines: int = 8, max_chars: int = 300, max_outline: int = 2000,
                  min_headings: int = 3) -> None:
    """A page summary row among the first lines (摘要: …, 导读: …) and a 【title】相关文章: header (rule ``page_meta``).

    A summary or preview label with the speech's salutation right after it on
    its line (内容简介:同志们: …, • 范文预览:同志们: …) loses the label only.  An outline line among the first
    lines (【提纲】 or 提纲: and at least ``min_headings`` numbered headings 一、
    (一), no salutation, at most ``max_outline`` characters) goes whole.

    Examples
    --------
    >>> st = CleaningState("摘要: 文明城市创建是提升城市形象的重要途径。\\n同志们:\\n要抓好落实。\\n【创文讲话稿】相关文章:")
    >>> summary_lines(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。\\n'
    >>> st = CleaningState("某某讲话\\n【提纲】一、提高认识。(一)看形势。二、抓好落实。\\n内容简介:同志们:今天召开会议。")
    >>> summary_lines(st)
    >>> st.doc.output
    '某某讲话\\n\\n同志们:今天召开会议。'
    """
    _, view = st.view()
    spans = []
    head = view[:4000]
    if "要" in head or "导读" in head or "简介" in head or "提要" in head:
        def is_summary(line: str) -> bool:
            return len(line.strip()) <= max_chars and bool(SUMMARY_LABEL.match(line))

        for s, e, line in first_lines(view, head_lines):
            if (m := SUMMARY_LABEL.match(line)) and P.SALUTATION.match(line[m.end():].lstrip()):
                spans.append((s, s + m.end()))   # the speech follows its label on the line
            elif is_summary(line):
                spans.extend((s + a, s + b) for a, b in chrome_spans(line, is_summary))
    if "预览" in head:
        for s, e, line in first_lines(view, head_lines):
            if (m := _PREVIEW_LABEL.match(line)) and P.SALUTATION.match(line[m.end():].lstrip()):
                spans.append((s, s + m.end()))   # • 范文预览:同志们:…
    if "纲" in head:
        spans.extend((s, e) for s, e, line in first_lines(view, head_lines)
                     if len(line) <= max_outline and P.OUTLINE_LABEL.match(line) and not P.SALUTATION.search(line)
                     and len(_HEADING_NUMBER.findall(line)) >= min_headings)
    if "】" in view:
        spans.extend((s, e) for s, e, line in lines_holding(view, ("】相关", "】推荐", "】延伸"))
                     if len(line) <= 60 and TITLED_RELATED.match(line))
    st.doc.delete_many(sorted(set(spans)), "page_meta")


def document_chrome(st: CleaningState) -> None:
    """All the families of this module, in order (one entry of the cleaner's rule list).

    Examples
    --------
    >>> st = CleaningState("新春团拜会致辞 | |\\n浏览 7186\\n各位同事:\\n大家好!这是快乐的'时刻。")
    >>> document_chrome(st)
    >>> st.doc.output
    '新春团拜会致辞\\n\\n各位同事:\\n大家好!这是快乐的时刻。'
    """
    for rule in (pipe_tails, doc_widgets, page_counters, source_inserts, toc_lines, snippet_lines, anti_copy_marks,
                 article_intros, genre_intros, summary_lines, chunk_numbers):
        rule(st)
