"""Rules for the families of site chrome that template-speech sites wrap around a speech.

Each rule recognises one *family* by its shape, not by a site's string: a
whole short line of site vocabulary (VIP, 下载此文档, 开通会员, 请先登录,
分享到 …), a URL, a stated count (全文共6606字), a position at the page edge
(Wikisource licence footers), or a run of title lines after a "相关文章"
header.  The bare words that speeches also use (下载, 会员, 版权, 首页, 来源,
登录, 分享, 侵权) never make a line chrome on their own.  Every removal is an
audited edit with the rule's name (see :mod:`corpusmine.text.edits`), so
``reconstruct(cleaned, audit) == raw`` still holds.

:func:`corpusmine.text.truncation.truncation` reads the truncation notices a
cleaning removed and reports whether the speech is cut short and by how much
(``Truncation`` and ``truncation`` stay importable from here).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("同志们:\\n要抓好落实……\\n(未完,全文共6606字,当前仅显示2320字)\\n下载此文档")
>>> truncation_notices(st); site_panels(st)
>>> st.doc.output
'同志们:\\n要抓好落实\\n\\n'
"""

from __future__ import annotations

import bisect
import re
from typing import Callable

from corpusmine.text import patterns as P
from corpusmine.text.guards import finditer, line_prefilter, may_match, search_fn
from corpusmine.text.lines import iter_lines
from corpusmine.text.rules import CleaningState
from corpusmine.text.script import cjk_counts
from corpusmine.text.speech_voice import in_speech_voice
from corpusmine.text.truncation import Truncation, truncation

__all__ = [
    "Truncation", "ascii_junk", "breadcrumbs", "editor_blurbs", "html_tags", "inline_chrome", "notice_lists", "related_lists", "site_name_lines",
    "site_panels", "truncation", "truncation_notices", "wikisource_licence",
]


def _is_prose(line: str) -> bool:
    """A line with a sentence end inside it (not only at its end) reads as running text."""
    return bool(P.PROSE.search(line))


def _delete_short_lines(st: CleaningState, pred: Callable[[str], bool], rule: str, max_chars: int,
                        candidates: re.Pattern | None = None) -> None:
    st.delete_lines(lambda l: len(l.strip()) <= max_chars and pred(l), rule, candidates=candidates)


# ---------------------------------------------------------------------------
# Wikisource licence footers and templates
# ---------------------------------------------------------------------------
def wikisource_licence(st: CleaningState, *, max_tail: int = 2000) -> None:
    """Wikisource licence footers, template leftovers and footnote lines (``↑ …``).

    A line opening with 本作品/此作品 that names the law, the public domain or
    a licence is a licence footer; when what follows it is short (at most
    ``max_tail`` characters) it is the licence box and goes too.  Template
    leftovers ("Public domain", "false false", PD-… names, 维基文库) and
    footnote lines opening with ↑ go wherever they are.  Traditional-script
    footers are matched through the Simplified view.

    Parameters
    ----------
    st : CleaningState
    max_tail : int, default 2000
        Longest text after a licence footer that is removed with it.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("同志们:\\n要全面建设小康社会。\\n↑ 见《邓小平文选》第三卷。\\n"
    ...                    "本作品來自中華人民共和國的官方文件,屬於公有領域。\\nPublic domain\\nfalse false")
    >>> wikisource_licence(st)
    >>> st.doc.output
    '同志们:\\n要全面建设小康社会。\\n\\n'
    """
    out, view = st.view()
    spans = []
    # only the lines where one of the three patterns can match (no list of every line)
    for s, e, line in iter_lines(view, line_prefilter(P.WIKISOURCE_LICENCE, P.FOOTNOTE_LINE, P.WIKISOURCE_TEMPLATE)):
        if len(line) <= 400 and P.WIKISOURCE_LICENCE.match(line):
            if len(view) - e - view.count("\n", e) <= max_tail:    # the characters of the lines after it
                spans.append((s, len(view)))
                break
            spans.append((s, e))
            continue
        stripped = line.strip()
        if not stripped:
            continue
        if P.FOOTNOTE_LINE.match(line) and len(stripped) <= 300:
            spans.append((s, e))
        elif len(stripped) <= 200 and P.WIKISOURCE_TEMPLATE.search(line) and (
            len(stripped) <= 80 or not _is_prose(line)
        ):
            spans.append((s, e))
    merged = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    st.doc.delete_many(merged, "wikisource_licence")


# ---------------------------------------------------------------------------
# Truncation and preview notices
# ---------------------------------------------------------------------------
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
        m = P.TRUNCATION.search(line)
        if not m:
            return None
        before = line[: m.start()]
        d = P.TRUNCATION_DOTS.search(before)
        if len(line.strip()) <= max_chars and len(before.strip()) <= 12 and not re.search(f"[{P.SENT_END}]", before):
            return (s, e)
        if e - (s + m.start()) <= max_chars:  # glued to the end of a speech line
            return (s + (d.start() if d else m.start()), e)
        return None

    # the cut: dots ending the last shown line before a notice on its own line
    out, view = st.view()
    candidates = line_prefilter(P.TRUNCATION)     # only lines where a notice can be are looked at
    lines = list(iter_lines(view, candidates))
    markers = []
    for s, e, line in lines:
        span = notice_span(s, e, line)
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


# ---------------------------------------------------------------------------
# Related-article lists and breadcrumbs
# ---------------------------------------------------------------------------
def related_lists(st: CleaningState, *, max_title: int = 50, max_items: int = 30) -> None:
    """A 相关文章 / 相关推荐 / 猜你喜欢 header and the title lines that follow it.

    The header must be a whole line or end in a colon (相关文章已在县报刊发…
    is a sentence, not a header); the titles after it are short lines with
    no sentence end and no salutation.

    Parameters
    ----------
    st : CleaningState
    max_title : int, default 50
        Longest title line.
    max_items : int, default 30
        Most title lines removed after one header.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("同志们:\\n要抓好落实。\\n猜你喜欢\\n在全县创文推进会上的讲话\\n乡村振兴表态发言")
    >>> related_lists(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。\\n\\n\\n'
    """
    out, view = st.view()
    spans = []
    resume = 0      # the lines of a list are not headers: the next header is looked for after them
    for s, e, line in iter_lines(view, line_prefilter(P.RECOMMEND)):
        if s < resume or not (len(line) <= 200 and P.RECOMMEND.match(line)):
            continue
        spans.append((s, e))
        max_run, n = (0 if re.search(r"[:：>»]\s*\S", line) else max_items), 0   # 0: the list is on the header line
        while n < max_run and e < len(view):      # the lines after the header, one at a time
            ls = e + 1
            le = len(view) if (le := view.find("\n", ls)) < 0 else le
            t = view[ls:le].strip()
            if t and (len(t) > max_title or re.search(r"[。！？!?；;:：]$", t) or P.SALUTATION.match(t)):
                break
            if t:
                spans.append((ls, le))
                n += 1
            e = le
        resume = e + 1
    st.doc.delete_many(spans, "recommend_list")


def breadcrumbs(st: CleaningState, *, max_chars: int = 120) -> None:
    """Breadcrumb lines with 首页 (首页 > 范文, 华博范文网 首页) or ``>>`` between short items.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 120
        Longer lines, and lines with a sentence end inside, are never breadcrumbs.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("首页 > 范文\\n首页展示的不是政绩,而是群众的获得感。")
    >>> breadcrumbs(st)
    >>> st.doc.output
    '\\n首页展示的不是政绩,而是群众的获得感。'
    """
    _delete_short_lines(st, lambda l: not _is_prose(l) and bool(P.BREADCRUMB.search(l)), "breadcrumb", max_chars,
                        line_prefilter(P.BREADCRUMB))


# ---------------------------------------------------------------------------
# Panels, widgets and footers around the speech
# ---------------------------------------------------------------------------
#: (rule name, pattern, longest line) of the line families :func:`site_panels` removes.
PANEL_FAMILIES: tuple[tuple[str, re.Pattern, int], ...] = (
    ("download_panel", P.MEMBERSHIP, 160),
    ("title_link_footer", P.FOOTER_LINK, 200),
    ("login_prompt", P.LOGIN, 80),
    ("share_widget", P.SHARE, 80),
    ("welcome_line", P.WELCOME, 60),
    ("site_interface", P.SITE_UI, 150),
    ("site_menu", P.MENU_LINE, 200),
    ("site_menu", P.DATE_BANNER, 200),
    ("promo_line", P.PROMO, 80),
    ("site_url_line", P.SITE_URL_LINE, 60),
    ("site_name", P.SITE_TITLE_LINE, 100),
    ("site_url_line", P.DOMAIN_SLOGAN, 60),
    ("photo_caption", P.PHOTO_CAPTION, 130),
    ("byline", P.BYLINE_LINE, 40),
    ("site_name", P.NEWSPAPER_LINE, 14),
    ("recommend_list", P.READ_MORE_LINE, 200),
    ("spam_line", P.SPAM_LINE, 200),
)


#: Families of widget words speeches use too (会员, 下载, 登录, 分享): a line in the speaker's voice stays (speech_voice).
VOICE_GUARDED = frozenset({"download_panel", "login_prompt", "share_widget", "welcome_line", "site_interface", "promo_line"})


def site_panels(st: CleaningState) -> None:
    """Download/VIP/membership panels, title/link/copyright footers, login prompts, share widgets, welcome lines, site buttons and metadata rows.

    Each family is a whole line of at most a family-specific length (see
    :data:`PANEL_FAMILIES`); metadata rows (a line opening with an ISO date or
    a clock time, 字号 大 中 小, 浏览次数, document-site fields) must also
    have no sentence end inside.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。\\n同志们:\\n"
    ...                    "全县新发展合作社会员1200户。\\n分享到: 微信 微博 QQ\\n请先登录")
    >>> site_panels(st)
    >>> st.doc.output
    '\\n同志们:\\n全县新发展合作社会员1200户。\\n\\n'
    """
    st.delete_matches(P.HIDDEN_PREFIX, "paywall_marker")
    # one pass over the lines; a line goes to the first family that matches it (the same
    # attribution as removing the families one after another), the audit rows family by family
    longest = max(m for _, _, m in PANEL_FAMILIES)
    _, view = st.view()
    found: dict[str, list[tuple[int, int]]] = {}
    # ^…: match; a family whose literals re scans for in C is tried only on a line holding one of them
    families = [(rule, search_fn(pattern), max_chars, line_prefilter(pattern)) for rule, pattern, max_chars in PANEL_FAMILIES]
    families = [(r, search, m, f.search if f is not None and not f.pattern.startswith("(?=") else None)
                for r, search, m, f in families]
    for s, e, line in iter_lines(view):
        n = len(line.strip())
        if not n or n > longest:
            continue
        for rule, search, max_chars, needed in families:
            if n <= max_chars and (needed is None or needed(line)) and search(line):
                if rule not in VOICE_GUARDED or not in_speech_voice(line):
                    found.setdefault(rule, []).append((s, e))
                break
    done: list[tuple[int, int]] = []  # spans deleted so far, in the positions of the view above
    for rule in dict.fromkeys(r for r, _, _ in PANEL_FAMILIES):
        spans = found.get(rule, [])
        if not spans:
            continue
        # the output has shrunk by every earlier deletion before a span (whole lines: no overlaps)
        ends = [e for _, e in done]
        cum = [0]
        for a, b in done:
            cum.append(cum[-1] + b - a)
        shifted = []
        for a, b in spans:
            k = bisect.bisect_right(ends, a)
            shifted.append((a - cum[k], b - cum[k]))
        st.doc.delete_many(shifted, rule)
        done = sorted(done + spans)

    def is_meta(line: str) -> bool:
        if _is_prose(line):
            return False
        return bool(P.META_STAMP.match(line) or P.META_EXTRA.search(line))

    _delete_short_lines(st, is_meta, "meta_row", 120, line_prefilter(P.META_STAMP, P.META_EXTRA))


def notice_lists(st: CleaningState, *, max_chars: int = 400) -> None:
    """Numbered notices of document-sharing sites (- 1、本文档共3页 … ➋加入会员 …) that no footer rule took.

    Runs after the footer and paywall rules, so a numbered line those rules
    recognise keeps their name in the audit.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 400
        Longer lines are body text.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("- 1、本文档共3页,可阅读全部内容。\\n1、本次整治共清理垃圾3000吨。")
    >>> notice_lists(st)
    >>> st.doc.output
    '\\n1、本次整治共清理垃圾3000吨。'
    """
    _delete_short_lines(st, lambda l: bool(P.NOTICE_LIST.match(l)), "notice_list", max_chars, line_prefilter(P.NOTICE_LIST))


def site_name_lines(st: CleaningState) -> None:
    """A line that is only a template site's name (三味园范文网, 可可简历网) goes, and the name becomes a watermark.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("三味园范文网\\n同志们:\\n要抓好落实。")
    >>> site_name_lines(st)
    >>> st.doc.output, "三味园范文网" in st.watermarks
    ('\\n同志们:\\n要抓好落实。', True)
    """
    out, view = st.view()
    spans = []
    for s, e, line in iter_lines(view, line_prefilter(P.SITE_NAME_LINE)):
        m = P.SITE_NAME_LINE.match(line)
        if m:
            spans.append((s, e))
            st.watermarks.add(out[s:e].strip().split()[0])
    st.doc.delete_many(spans, "site_name")


def editor_blurbs(st: CleaningState, *, max_chars: int = 300) -> None:
    """Editor blurbs (接下来是小编为大家整理的…) and paragraphs about the genre addressed to the reader.

    A genre paragraph names the genre (范文, 讲话稿, 发言稿 …), the reader
    (大家, 你, 您) and a site verb (整理, 收集, 参考, 怎么写, 灵感 …), so
    "下面,我讲三点意见" and speech sentences stay.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 300
        Longer lines are body text.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("接下来是小编为大家整理的创文讲话,希望对你有帮助。\\n下面,我讲三点意见。")
    >>> editor_blurbs(st)
    >>> st.doc.output
    '\\n下面,我讲三点意见。'
    """
    def is_blurb(line: str) -> bool:
        if P.EDITOR.search(line):
            return True
        return bool(P.GENRE.search(line) and P.GENRE_READER.search(line) and P.GENRE_SITE.search(line))

    _delete_short_lines(st, is_blurb, "editor_blurb", max_chars, line_prefilter(P.EDITOR, P.GENRE))


def html_tags(st: CleaningState) -> None:
    """HTML tags (<p>, <br/>, <span …>) and ``&nbsp;`` left in a text page.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("同志们:<br/>\\n<p>要抓好落实。</p>&nbsp;")
    >>> html_tags(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    st.delete_matches(P.HTML_TAG, "html_leftover")


def inline_chrome(st: CleaningState) -> None:
    """Chrome inside lines: 本文来自XX网,更多请访问www… sentences, ↑ footnote markers, toneless pinyin.

    Toneless glosses (的(de)) are removed only on a page that also has two or
    more toned ones (明(míng)), so a Latin word in brackets elsewhere stays.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要抓好落实。本文来自范文网,更多请访问www.fanwen.com\\n党的十六大↑提出目标。")
    >>> inline_chrome(st)
    >>> st.doc.output
    '要抓好落实。\\n党的十六大提出目标。'
    """
    st.delete_matches(P.SOURCE_SENTENCE, "source_footer")
    # each family below is searched only on a page holding its literal (a cheap test on a large page)
    for needles, pattern, rule in P.INLINE_FAMILIES:
        _, view = st.view()
        if any(n in view for n in needles):
            st.delete_matches(pattern, rule)
    for needles, pattern, rule in P.TAIL_FAMILIES:
        _, view = st.view()
        if (not needles or any(n in view for n in needles)) and may_match(pattern, view):
            st.doc.delete_many([m.span("tail") for m in finditer(pattern, view)], rule)
    _, view = st.view()
    end = len(view.rstrip())
    last_start = view.rfind("\n", 0, end) + 1
    before = view[:last_start].rstrip()
    if before and P.NAME_LINE.match(view[last_start:end]) and before[-1] in P.SENT_END:
        st.doc.delete(last_start, end, "byline")  # a reporter's name ending the page
    _, view = st.view()
    if "|" in view or "｜" in view:
        spans = []
        for m in P.TRAILING_PIPE.finditer(view):
            a = m.start()
            while a > 0 and view[a - 1] in " \t":
                a -= 1
            line_start = view.rfind("\n", 0, a) + 1
            if a > line_start and (view[a - 1] in "。！？”)）" or a < m.start()):
                spans.append((a, m.end()))
        st.doc.delete_many(spans, "site_interface")
    st.delete_matches(P.FOOTNOTE_MARK, "footnote_marker")
    _, view = st.view()
    if may_match(P.PINYIN, view) and sum(1 for _ in finditer(P.PINYIN, view)) >= 2:
        st.delete_matches(P.PINYIN_TONELESS, "pinyin_gloss")


def ascii_junk(st: CleaningState, *, min_cjk_share: float = 0.5) -> None:
    """Lines of printable ASCII only (no Chinese) on a Chinese page: anti-copy strings and converter watermarks.

    A line of one run of 6-60 characters (sevralgoup, mbthwi±cyxfzP23dqFG) or of
    four or more tokens of at most three characters ("/ G- k; W% a%") goes; a
    page whose letters are less than ``min_cjk_share`` Chinese is left alone,
    and so are English sentences (several longer words) and URLs inside
    Chinese lines.

    Parameters
    ----------
    st : CleaningState
    min_cjk_share : float, default 0.5
        Share of Chinese among the page's letters needed for the rule to apply.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("同志们:\\n要把创建文明城市作为重要载体。\\nsevralgoup\\n/ G- k; W% a% |( ^#\\nGDP增长5%。")
    >>> ascii_junk(st)
    >>> st.doc.output
    '同志们:\\n要把创建文明城市作为重要载体。\\n\\n\\nGDP增长5%。'
    """
    def chinese(view: str) -> bool:      # counted in constant memory, only when something would go (as before
        cjk, letters = cjk_counts(view)  # the rule removes anything: on the page as it came)
        return bool(letters) and cjk / letters >= min_cjk_share

    _, view = st.view()
    lines = [(s, e) for s, e, l in iter_lines(view, line_prefilter(P.ASCII_JUNK))
             if l.strip() and P.ASCII_JUNK.match(l) and not P.URL.fullmatch(l.strip())]
    if lines and not chinese(view):
        return
    if lines:
        st.doc.delete_many(lines, "ascii_junk")
        _, view = st.view()
    spans = []
    for m in P.JAMMER.finditer(view):
        run = m.group(0)
        symbols = sum(not ch.isalnum() and not ch.isspace() for ch in run)
        if symbols >= 2 and any(ch.isalpha() for ch in run):
            end = m.end()
            if end < len(view) and not view[end].isspace():
                # glued to the text that follows: its digits belong to that text (…Q10月31日 is 10月31日)
                while end > m.start() and view[end - 1].isdigit():
                    end -= 1
            spans.append((m.start(), end))
    if spans and (lines or chinese(view)):
        st.doc.delete_many(spans, "ascii_junk")
