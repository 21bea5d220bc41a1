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

import re
from typing import Callable

from corpusmine.text import patterns as P
from corpusmine.text.boundaries import SECTION_HEADING
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_chrome import TITLED_RELATED
from corpusmine.text.glued_speech import BLURB_CLOSE, chrome_spans, speaks
from corpusmine.text.guards import line_prefilter, search_fn
from corpusmine.text.inline_rules import ascii_junk, html_tags, inline_chrome
from corpusmine.text.lines import chinese_after, iter_lines, lines_holding, opens_again
from corpusmine.text.speech_voice import in_speech_voice, speaker_closing
from corpusmine.text.truncation import Truncation, truncation, truncation_notices

__all__ = [
    # the truncation rule and reading (text/truncation.py) and the rules inside lines (text/inline_rules.py)
    # stay importable here
    "Truncation", "ascii_junk", "breadcrumbs", "broken_head", "editor_blurbs", "html_tags", "inline_chrome", "notice_lists", "related_lists", "site_name_lines",
    "site_panels", "truncation", "truncation_notices", "wikisource_licence",
]


#: After a date stamp: a comma then a clause, or running text of 12+ characters, without a field label, ending in a
#: sentence end.
_DATED_SENTENCE = re.compile(rf"\s*(?:[,，]\s*(?=[{P.CJK}][^:：|]*[。！？!?]\s*$)|[{P.CJK}](?=[^:：|]*[。！？!?]\s*$)(?:[^:：|]*?[{P.CJK}]){{11}})")


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
    spans += _wiki_header(view)
    merged = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    st.doc.delete_many(merged, "wikisource_licence")


#: a wiki's header box (session ay, from round 264k): the previous text's link opening a line (← | 112年元旦祝词 |), the
#: text's own title and date after it, its publisher's fields (发布机关:… 发布于…) to the box's closing pipe, and the next
#: text's link alone on the following line (113年元旦祝词 | or …→)
_WIKI_PREV = re.compile(r"^[ \t]*←[ \t]*[|｜][^|｜\n]{0,60}[|｜]")
_WIKI_FIELDS = re.compile(r"(?:发布机关|發布機關|发布于|發布於|作者)[:：][^\n]*$")
_WIKI_NEXT = re.compile(r"^[ \t]*[^\n。！？!?|｜]{1,60}?[ \t]*(?:[|｜][ \t]*→?|→)[ \t]*$")


def _wiki_header(view: str) -> list[tuple[int, int]]:
    spans = []
    for s, e, line in lines_holding(view, ("←",)):
        if (m := _WIKI_PREV.match(line)) is None:
            continue
        spans.append((s, s + m.end()))
        if (f := _WIKI_FIELDS.search(line, m.end())) is not None:
            spans.append((s + f.start(), e))
        nxt = view.find("\n", e + 1)
        nxt = len(view) if nxt < 0 else nxt
        if e < len(view) and _WIKI_NEXT.match(view[e + 1:nxt]):
            spans.append((e + 1, nxt))
    return spans

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
        titled = TITLED_RELATED.match(line)     # its numbered items go too (2.关于某某的活动方案; round 208k)
        if s < resume or not (len(line) <= 200 and (P.RECOMMEND.match(line) or titled)):
            continue
        # speech glued after the header stays (推荐阅读:同志们: …), a teaser ending in an ellipsis goes, and so does one
        # whose text the page repeats below it (the speech's opening quoted above it, round 202k)
        label = re.search(r"[:：]", line)
        cut = ([(0, e - s)] if re.search(r"(?:…|\.\.\.)\s*$", line)
               or label and opens_again(line[label.end():], view, e, chars=30, window=3000)
               else chrome_spans(line, _is_recommend))
        spans.extend((s + a, s + b) for a, b in cut)
        # 0: the list is on the header line, unless the line holds one title only, the first of a list below it (round 108:
        # 更多相关文章:某某讲话稿\n某某征文\n…, then the speech goes on)
        glued = re.search(r"[:：>»]\s*(\S.*)$", line)
        one_title = glued and len(glued[1]) <= max_title and not re.search(r"[\s|｜,，、;；。！？!?]", glued[1].strip())
        max_run, n = (0 if glued and not one_title else max_items), 0
        while n < max_run and e < len(view):      # the lines after the header, one at a time
            ls = e + 1
            le = len(view) if (le := view.find("\n", ls)) < 0 else le
            t = view[ls:le].strip()
            # a bulleted list's title may ask a question (- 某某竞赛来了,你准备好了吗?; round 179k)
            asks = n and t[:2] in ("- ", "• ") and re.search(r"[！？!?]$", t)
            if t and (len(t) > max_title or re.search(r"[。！？!?；;:：]$", t) and not asks or P.SALUTATION.match(t)
                      or SECTION_HEADING.match(t) and not titled):     # a speech's own numbered heading ends the list
                break
            if t:
                spans.append((ls, le))
                n += 1
            e = le
        resume = e + 1
    st.doc.delete_many(spans, "recommend_list")


def _is_recommend(line: str) -> bool:
    return len(line) <= 200 and bool(P.RECOMMEND.match(line))


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


#: the speaker's own clause in the first person (…开始,我到某村开展调研活动, / 我代表…): no footer's
_FIRST_PERSON_ACT = re.compile(r"[,，][^,，。！？!?]{0,20}我(?:到|在|代表|作为|就|讲|谈|来|去|和)[ \tXx×\u4e00-\u9fff]"
                               r"|^[^,，。！？!?]{0,30}我(?:到|在|代表|作为|就|讲|谈)[^,，。！？!?]{2,}[,，]")
#: a code to scan, in a share widget (a line with no clause: a speaker's sentence has its comma or full stop)
_SCAN_CODE = re.compile(r"扫一扫|二维码|扫码|点击(?:上方|下方|顶部|底部)[^\n。]{0,12}?关注")
_CLAUSE = re.compile(r"[。！？!?,，;；]")


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
    st.delete_matches(P.PAYWALL_MARK, "paywall_marker")   # first: a line with an omission notice glued in is speech
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
                # a code to scan is no speaker's (微信二维码扫一扫关注我们: 我们 is the site)
                guarded = rule in VOICE_GUARDED and not (_SCAN_CODE.search(line) and not _CLAUSE.search(line))
                voice = guarded and in_speech_voice(line)

                def is_panel(t: str, search=search, max_chars=max_chars, guarded=guarded) -> bool:
                    return len(t.strip()) <= max_chars and bool(search(t)) and not (guarded and in_speech_voice(t))

                # speech glued to the panel stays (glued_speech); a line in the speaker's voice is cut or kept
                cut = chrome_spans(line, is_panel, keep=speaks if guarded else None)
                # a footer's line run into the speaker's first clause on a flattened page (侵权投诉某某讲话从X号开始,我到某村
                # 开展调研活动,; round 210k) is not cut whole: no footer speaks in the first person
                voice = voice or rule == "title_link_footer" and bool(_FIRST_PERSON_ACT.search(line))
                if not voice or cut != [(0, len(line))]:
                    found.setdefault(rule, []).extend((s + a, s + b) for a, b in cut)
                break
    st.delete_spans([(a, b, rule) for rule, spans in found.items() for a, b in spans])   # one edit call per rule

    def is_meta(line: str) -> bool:
        if P.SIZE_ROW.match(line):
            return True   # 大?。?4.27 KB: a file's size under a label a broken gloss garbled into a sentence's mark
        if _is_prose(line) and not _KEYWORDS.match(line):   # a keyword row's semicolons end no sentence
            return False
        stamp = P.META_STAMP.match(line)
        if stamp and not P.META_EXTRA.search(line) and _DATED_SENTENCE.match(line, stamp.end()):
            return False  # 2023-05-06是全县整治的关键节点,要抓好落实。: a sentence that opens with a date
        return bool(stamp or P.META_EXTRA.search(line))

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
    "下面,我讲三点意见" and speech sentences stay.  A blurb quoting the page's
    title that runs on into the speech on its line (下面是网友为大家分享的“…”,
    旅游产业发展事关…) goes up to its comma (round 220k).

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
        if m := P.EDITOR.search(line):
            # a speaker's own hope (我为大家分享三点体会,希望对大家有所帮助。) is no editor's: 我 and no other editor's words
            hope_only = _HOPE.fullmatch(m.group()) and "小编" not in line and not P.EDITOR.search(line, m.end())
            # nor a speaker's closing over the points made (以上几点意见,希望对大家有所帮助。): no site's word in it
            return not (hope_only and ("我" in line or speaker_closing(line)))
        # a title glued before the speaker's greeting (某某讲话稿模板尊敬的各位职工:大家好!) is no genre paragraph (round 134k)
        # nor a speaker recalling an address just given (刚才某某副会长做了热情洋溢的致辞,…值得大家学习借鉴。, round 138k)
        return bool(P.GENRE.search(line) and P.GENRE_READER.search(line) and P.GENRE_SITE.search(line)
                    and not _GREETING.search(line) and not _ADDRESS_GIVEN.search(line))

    # a blurb the page broke into lines at its links (…是不断完善。/应急预案。/的重要方式。下面是小编…): its head goes too
    _, view = st.view()
    heads = []
    for s, e, line in iter_lines(view, line_prefilter(P.EDITOR)):
        if _BROKEN_ON.match(line) and P.EDITOR.search(line) and is_blurb(line):
            top = max(0, s - 400)           # the four lines above it at most: a head and its fragments
            above = [(top + a, top + b, x) for a, b, x in iter_lines(view[top:max(top, s - 1)]) if x.strip()]
            above = above[1 if top else 0:][-4:]     # a line the window cut is not read
            heads.append(broken_head([*above, (s, e, line)], len(above)))
    st.doc.delete_many([h for h in heads if h], "editor_blurb")
    # the page's first paragraph of prose, closed by the editor's sentence and followed by the text, is the site's
    # introduction whole: its opening sentences about the genre (读书心得是…途径。在下面,小编为大家整理了…) go with it;
    # on a page flattened to one line, the introduction up to the editor's sentence's end
    _, view = st.view()
    for s, e, line in iter_lines(view):
        if not P.PROSE.search(line):
            continue
        end = _intro_end(line[:max_chars])
        # no speech opened above it or in it (a salutation, a line closed by a colon: 尊敬的各位来宾:)
        if end and not P.SALUTATION.search(view[:s + end]) and not _OPENED.search(view, 0, s) \
                and chinese_after(view, s + end, 20):
            cut = _blurb_after_speaker(line[:end])        # the speaker's own sentences before it stay
            st.doc.delete(s + (cut[0] if cut else 0), s + end, "editor_blurb")
        break
    # an editor's sentence after the speaker's own (借此机会,我代表学校…祝愿!下面是小编整理的…): a search or digest page
    # stitches a speech's opening before the blurb, and only the blurb's sentence goes (round 68)
    _, view = st.view()
    spans = []
    for s, _e, line in iter_lines(view, line_prefilter(P.EDITOR)):
        cut = _blurb_after_speaker(line) if len(line.strip()) <= max_chars else None
        if cut:
            spans.append((s + cut[0], s + cut[1]))
    st.doc.delete_many(spans, "editor_blurb")
    # a blurb naming the page's title in quotes and running on into the speech on its line (下面是网友为大家分享的
    # “某某讲话【汇编8篇】”,旅游产业发展事关全局…贡献!): the blurb up to its comma goes, the speech stays (round 220k)
    _, view = st.view()
    st.doc.delete_many([m.span() for m in _SHARED_TITLE_HEAD.finditer(view)], "editor_blurb")
    _delete_short_lines(st, is_blurb, "editor_blurb", max_chars, line_prefilter(P.EDITOR, P.GENRE))


#: an address given at the meeting, recalled by the next speaker (刚才某某做了热情洋溢的致辞 / 某某同志作了重要讲话)
_ADDRESS_GIVEN = re.compile(r"(?:刚才|刚刚|方才)[^。！？!?\n]{0,24}?(?:做了|作了|发表了|的)[^。！？!?\n]{0,12}?(?:致辞|讲话|发言)"
                            r"|(?:做了|作了|发表了)[^。！？!?\n]{0,12}?(?:热情洋溢|重要|精彩|很好)的(?:致辞|讲话|发言)")
#: a speaker's greeting: a salutation closed by its colon, or 大家好
_GREETING = re.compile(r"(?:尊敬的|亲爱的|敬爱的|敬重的|各位)[^\n,，:：。！？!?]{0,20}[:：]|(?:大家|您们|你们)(?:上午|下午|晚上|早上)?好[!！,，:：]"
                       # the audience hailed and greeted (同学们、老师们:早上好!; a banner glued before it, round 292k)
                       r"|(?:老师们|同学们|同志们|朋友们|乡亲们|女士们|先生们)(?:[、,，][^\n:：。！？!?]{0,20})?[:：][ \t]*(?:早上|上午|中午|下午|晚上)?好")
#: the hope a speaker may voice too
#: …and a speaker's trust that the audience now knows (刚才,我们收看了…的部署,相信大家对上级的要求有了一定的了解; round 208k)
_HOPE = re.compile(r"(?:更)?希望(?:可以|能够|能)?对(?:你|您|大家)有所帮助"
                   r"|相信大家(?:对[^。！？\n]{0,20})?有(?:了)?(?:新的|一定的|更深的)了解")
#: a speaker's own act: what no site's introduction says (我代表学校…, 请允许我…, 我宣布…)
_SPEAKER_ACT = re.compile(r"我谨?代表|请允许我|我宣布|我提议|让我首先")


def _blurb_after_speaker(line: str) -> tuple[int, int] | None:
    """The span of the first editor's sentence of ``line`` when a sentence before it is the speaker's own act.

    Examples
    --------
    >>> line = "借此机会,我代表学校向全体师生致以问候!下面是小编整理的讲话稿,欢迎阅读。同学们:"
    >>> a, b = _blurb_after_speaker(line); line[a:b]
    '下面是小编整理的讲话稿,欢迎阅读。'
    >>> _blurb_after_speaker("时间过得真快,我们又迎来了新的一年。下面是小编整理的范文,欢迎阅读!") is None
    True
    """
    before = 0
    for m in _SENTENCE.finditer(line):
        if P.EDITOR.search(m.group()):
            return (m.start(), m.end()) if before and m.start() > 0 else None
        before += bool(_SPEAKER_ACT.search(m.group()))
    return None



#: a sentence; a '?' before a letter, a digit or a dot is a character lost to mojibake (小编为大家?guī)淼?.12…), no end
_SENTENCE = re.compile(r"(?:[^。！？!?\n]|\?(?=[.0-9A-Za-z\u00c0-\u024f]))+(?:[。！？!?]+|$)")


#: what a blurb's next sentence says to the reader: use it, take it as a reference, we hope it helps
_BLURB_ON = re.compile(r"有需要的(?:朋友|同学|小伙伴)|(?:可以|可供|以供|供)(?:大家)?(?:借鉴|参考)[^。！？!?\n]{0,4}[。！？!?]?$"
                       r"|希望(?:能|可以)?对(?:大家|您|你)有所(?:帮助|收获)|欢迎(?:大家)?(?:阅读|借鉴|参考|收藏|分享)")


#: a line opening with a particle no sentence opens with: the rest of a sentence the page broke at a link (的重要方式。)
_SHARED_TITLE_HEAD = re.compile(r"^[ \t\u3000]*(?:下面|以下)是[^“”\n,，。我]{0,12}(?:为|给)(?:大家|您|你)(?:分享|整理|收集|带来)的?"
                                r"“[^”\n]{2,60}”[,，](?=[^\n]{20,}?[。！？!?])", re.M)
_BROKEN_ON = re.compile(r"[ \t\u3000]*(?:的(?!确)|之(?!所以|前|后|一))")


def broken_head(lines: list[tuple[int, int, str]], k: int, *, max_fragment: int = 12, max_chars: int = 120):
    """The span of the lines above ``lines[k]`` that open the sentence a page broke at its links (round 201k), or None.

    ``lines`` are a page's non-blank lines as ``(start, end, line)``; ``lines[k]`` opens with a particle no sentence
    opens with (的, 之).  Above it the short fragments (a link's words, at most ``max_fragment`` characters) and the
    line they continue (at most ``max_chars``, no salutation) are the same sentence's head.

    Examples
    --------
    >>> rows = [(0, 16, "演练是应急工作的一部分,是不断完善。"), (17, 22, "应急预案。"), (23, 41, "的重要方式。下面是小编整理的讲话。")]
    >>> broken_head(rows, 2)
    (0, 22)
    >>> broken_head([(0, 4, "同志们:"), (5, 16, "的确,这次会议很重要。")], 1) is None
    True
    """
    if not _BROKEN_ON.match(lines[k][2]):
        return None
    j = k - 1
    while j >= max(0, k - 3) and len(lines[j][2].strip()) <= max_fragment and not P.SALUTATION.match(lines[j][2]) \
            and not re.search(r"[:：]\s*$", lines[j][2]):
        j -= 1
    if j < 0 or len(lines[j][2].strip()) > max_chars or P.SALUTATION.search(lines[j][2]) \
            or re.search(r"[:：]\s*$", lines[j][2]) or j == k - 1 and not lines[j][2].strip().endswith("。"):
        return None
    return lines[j][0], lines[k - 1][1]


def _intro_end(text: str) -> int:
    """Where a site's introduction opening ``text`` ends: after its last sentence that holds an editor's words (0: none).

    Examples
    --------
    >>> t = "读书心得是提高修养的途径。在下面,小编为大家整理了一些范文。同志们:今天召开会议。"
    >>> t[:_intro_end(t)]
    '读书心得是提高修养的途径。在下面,小编为大家整理了一些范文。'
    >>> _intro_end("同志们:今天召开会议,要抓好落实。")
    0
    >>> t = "以下关于国旗下讲话稿的内容由小编整理收集。希望对大家有所帮助!敬爱的老师,亲爱的同学们:大家早上好!"
    >>> t[:_intro_end(t)]
    '以下关于国旗下讲话稿的内容由小编整理收集。希望对大家有所帮助!'

    """
    end = 0
    for m in _SENTENCE.finditer(text):
        if m.end() == len(text) and not re.search(r"[。！？!?]$", m.group()) and m.start() > 0:
            break                   # a sentence the window cut: not read
        if end == m.start() > 0 and _BLURB_ON.search(m.group()) and not P.SALUTATION.match(m.group()):
            end = m.end()           # the blurb's next sentences (有需要的朋友可以借鉴参考。希望对大家有所帮助!; round 193k)
            continue
        if (editor := P.EDITOR.search(m.group())) and _SITE_WORK.search(m.group()):
            end = m.end()
            # its close glued to the text's title, no mark between (…仅供参考,一起来看看吧某某致辞篇一男:…, round 113k)
            close = BLURB_CLOSE.search(m.group(), editor.end())
            if close and re.search(r"[。！？!?]$", m.group()):
                end = m.start() + close.end()
                break
    return end


#: a keyword row, its words parted by semicolons (关键词:开学典礼;党校;主体班次)
_KEYWORDS = re.compile(r"^\s*(?:关键词|关键字|Tags?)\s*[:：][^。！？!?\n]*$", re.I)
#: a line that opens a speech: a salutation's words, or a line closed by a colon
_OPENED = re.compile(r"^[ \t\u3000]*(?:尊敬的|各位|亲爱的|同志们|女士们|先生们|老师们|同学们|朋友们)|^[^\n]{0,60}[:：][ \t\u3000]*$", re.M)
#: what only a site says of its own work (a speaker may wish the audience 有所帮助 too); a site's sentence presenting the
#: text by its title (这篇《某某讲话稿》,是特地…, its 为大家整理的 lost with a link; round 129k)
_SITE_WORK = re.compile(r"小编|参阅|(?:和|跟|与)网友们?一起|范文|例文|本站|写作|收藏|整理|收集|精选|汇编|搜集|方便大家|参考下载|特(?:地|意)编辑|这篇《[^》\n]{1,60}》[,，]?是|分享[^。！？!?\n]{0,20}?(?:演讲稿|讲话稿|发言稿|致辞稿)")
