"""The cleaning rules: small functions over one :class:`CleaningState`.

Each rule recognises one kind of noise *generally* (by its form, never by file
name), records its changes as audited edits, and takes its options as keyword
arguments.  :data:`corpusmine.text.clean.RULES` lists them in the order they
run; every pattern is matched on the Simplified view of the current output.

Examples
--------
>>> st = CleaningState("当前位置:首页 > 范文\\n同志们:\\n我老秘网县要抓实抓细。", watermarks=["老秘网"])
>>> for rule in (navigation, watermarks, whitespace):
...     rule(st)
>>> st.doc.output
'同志们:\\n我县要抓实抓细。'
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from corpusmine import config
from corpusmine.text import patterns as P
from corpusmine.text.breadcrumbs import speech_after_crumbs
from corpusmine.text.edits import EditedText
from corpusmine.text.guards import finditer, line_prefilter, may_match
from corpusmine.text.lines import compact, iter_lines, line_edge_spans
from corpusmine.text.script import convert_script, detect_conversion, diff_replacements, simplified_view
from corpusmine.text.speech_voice import in_speech_voice


class CleaningState:
    """The state of one cleaning run, which every rule reads and changes.

    Parameters
    ----------
    text : str
        The rules' input (the page, or the text the HTML layer extracted).
    watermarks : iterable of str
        Site names to remove from the body (see :func:`watermarks`).

    Attributes
    ----------
    doc : EditedText
        The text with the edits made so far.
    page_title : str or None
        The page's own title, once a rule has found it.
    part_marks : list of (int, str)
        Where speeches start (input position) and their titles.
    conversion : str or None
        The OpenCC conversion applied (see :func:`to_simplified`).

    Examples
    --------
    >>> st = CleaningState("发布时间:2023-10-13\\n同志们:\\n要抓好落实。")
    >>> page_meta(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    """

    def __init__(self, text: str, *, watermarks: Iterable[str] = ()):
        self.doc = EditedText(text)
        self.watermarks = set(watermarks)
        self.page_title: str | None = None
        self.part_marks: list[tuple[int, str]] = []  # (input position, title)
        self.conversion: str | None = None
        self._view: tuple[str, str] | None = None
        self._base_view: str | None = None
        self._salutations: tuple[int, list] | None = None    # (doc.version, salutations()) of one output

    def view(self) -> tuple[str, str]:
        """The current output and its Simplified view (cached until the next edit).

        The input's view is computed once; the output's view is assembled from
        it and the edits' replacements (the view is character by character).
        """
        if not self.doc.rendered:
            self._view = None    # let the old output go before the new one is rendered
        out = self.doc.output
        if self._view is None or self._view[0] is not out:
            if self._base_view is None:
                self._base_view = simplified_view(self.doc.text)
            self._view = (out, self.doc.project(self._base_view, simplified_view))
        return self._view

    def delete_lines(self, pred: Callable[[str], bool], rule: str, *, limit: tuple[int, int] | None = None,
                     candidates: re.Pattern | None = None):
        """Delete every non-blank line whose Simplified view satisfies ``pred`` (tried on ``candidates`` lines only)."""
        out, view = self.view()
        spans = []
        for s, e, line in iter_lines(view, candidates):
            if limit and not (limit[0] <= s < limit[1]):
                continue
            if line.strip() and pred(line):
                spans.append((s, e))
        self.doc.delete_many(spans, rule)
        return spans

    def delete_matches(self, pattern: re.Pattern, rule: str):
        """Delete every match of ``pattern`` in the Simplified view."""
        out, view = self.view()
        if not may_match(pattern, view):
            return        # no match: nothing to delete (the same edits)
        self.doc.delete_many([(m.start(), m.end()) for m in finditer(pattern, view) if m.end() > m.start()], rule)

    def replace_matches(self, pattern: re.Pattern, repl: str, rule: str):
        """Replace every match of ``pattern`` in the Simplified view by ``repl``."""
        out, view = self.view()
        self.doc.replace_many(
            [(m.start(), m.end(), repl) for m in finditer(pattern, view) if m.end() > m.start()], rule
        )

    def input_pos(self, out_pos: int) -> int:
        """Input position of the first kept character at or after output position ``out_pos``."""
        return self.doc.to_input(out_pos)


def learn_site_names(st: CleaningState) -> None:
    """Site names named by footers and headers become watermarks to remove.

    Examples
    --------
    >>> st = CleaningState("同志们:\\n要抓好落实。\\n版权所有:公文范文网")
    >>> learn_site_names(st)
    >>> sorted(st.watermarks)
    ['公文范文网']
    """
    _, view = st.view()
    for m in re.finditer(   # (?:版权所有|欢迎光临|powered by|来自)… under re.I: each alternative opens with a case-free literal
        r"(?:版权所有|欢迎光临|p(?i:owered by)|P(?i:owered by)|来自)\s*[:：]?\s*(?P<name>[^\s©,，|()（）\[\]【】:：.。]{2,20})", view
    ):
        for name in re.split(r"[_\-—·]", m.group("name")):
            if len(name) >= 3 and re.search(r"(网|站|文库|范文|文档|秘书)$", name):
                st.watermarks.add(name)
    first = re.match(r"\s*([^\n]*)", view).group(1).strip()    # the first line of view.lstrip(), without copying the page
    if re.fullmatch(r"[^\s]{2,12}网[_\-—·][^\s]{2,12}", first):
        for name in re.split(r"[_\-—·]", first):
            if len(name) >= 3:
                st.watermarks.add(name)


def html_leftovers(st: CleaningState) -> None:
    """Lines of leaked CSS or JavaScript.

    Style rules glued in front of speech text on the same line go without the text.

    Examples
    --------
    >>> st = CleaningState("var _hmt = _hmt || [];\\n同志们:\\n要抓好落实。")
    >>> html_leftovers(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    """
    _, view = st.view()
    spans = []
    for s, e, line in iter_lines(view, line_prefilter(P.CSS)):
        if not P.CSS.search(line):
            continue
        cut = line.rfind("}")
        if cut >= 0 and P.PROSE.search(line, cut) and line.find("{") < cut:
            spans.append((s, s + cut + 1))  # style rules glued in front of speech text: only the rules go
        else:
            spans.append((s, e))
    st.doc.delete_many(spans, "leaked_css")
    st.delete_lines(lambda l: bool(P.SCRIPT.search(l)), "leaked_script", candidates=line_prefilter(P.SCRIPT))


def navigation(st: CleaningState, *, max_chars: int = 300) -> None:
    """Breadcrumbs and navigation lines (``当前位置:首页 > 范文``, ``返回顶部``).

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 300
        Longer lines are never navigation.

    Examples
    --------
    >>> st = CleaningState("当前位置:首页 > 范文\\n同志们:\\n要抓好落实。")
    >>> navigation(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    """
    def is_nav(line: str) -> bool:
        if len(line) > max_chars or speech_after_crumbs(line):     # speech glued after a trail: breadcrumbs.py
            return False
        if P.SHORT_NAV.match(line) or P.NAV.search(line):
            return True
        return bool(P.NAV_ITEMS.match(line) and len(P.NAV_WORDS.findall(line)) >= 2)

    st.delete_lines(is_nav, "site_navigation", candidates=line_prefilter(P.SHORT_NAV, P.NAV, P.NAV_WORDS))


def page_meta(st: CleaningState, *, max_chars: int = 200) -> None:
    """Metadata rows (发布时间, 来源, 作者 …); a ``标题:`` row gives the page title.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 200
        Longer lines are never metadata rows.

    Examples
    --------
    >>> st = CleaningState("标题:全县创文推进会讲话\\n来源:网友投稿 点击:128\\n同志们:")
    >>> page_meta(st)
    >>> st.doc.output, st.page_title
    ('\\n\\n同志们:', '全县创文推进会讲话')
    """
    _, view = st.view()
    for _, _, line in iter_lines(view, line_prefilter(P.TITLE_FIELD)):
        m = P.TITLE_FIELD.match(line)
        if m and not st.page_title:
            st.page_title = m.group("title").strip()

    def is_meta(line: str) -> bool:
        if len(line) > max_chars:
            return False
        return bool(P.META.match(line) or len(P.META_MULTI.findall(line)) >= 2)

    st.delete_lines(is_meta, "page_meta", candidates=line_prefilter(P.META, P.META_MULTI))


def blurbs(st: CleaningState, *, max_chars: int = 300) -> None:
    """Editor blurbs, related-article lists, copyright footers and paywall lines.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 300
        Longer lines are body text, whatever words they contain.

    Examples
    --------
    >>> st = CleaningState("以下是小编整理的讲话稿,供大家参考。\\n同志们:\\n要抓好落实。\\n相关推荐:创文讲话")
    >>> blurbs(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。\\n'
    """
    c = line_prefilter       # each predicate is tried only on lines holding its pattern's literals
    st.delete_lines(lambda l: len(l) < max_chars and bool(P.BLURB.search(l)), "editor_blurb", candidates=c(P.BLURB))
    st.delete_lines(lambda l: bool(P.RECOMMEND.match(l)), "recommend_list", candidates=c(P.RECOMMEND))
    voice = in_speech_voice   # footer/paywall words (本站, 客服, 付费) occur in speech too: a line in its voice stays
    st.delete_lines(lambda l: len(l) < max_chars and bool(P.FOOTER.search(l)) and not voice(l), "copyright_footer", candidates=c(P.FOOTER))
    st.delete_lines(lambda l: len(l) < max_chars and bool(P.PAYWALL_LINE.search(l)) and not voice(l), "paywall_preview",
                    candidates=c(P.PAYWALL_LINE))


def inline_noise(st: CleaningState) -> None:
    """PDF page footers, "hidden N characters" markers and pinyin glosses inside lines.

    Examples
    --------
    >>> st = CleaningState("要整治牛皮癣(xuǎn)广告。第1页 共3页")
    >>> inline_noise(st)
    >>> st.doc.output
    '要整治牛皮癣广告。'
    """
    st.delete_matches(P.PDF_FOOTER, "pdf_page_footer")
    st.delete_matches(P.PAYWALL_MARK, "paywall_marker")
    st.delete_matches(P.PINYIN, "pinyin_gloss")


def paragraph_spaces(st: CleaningState) -> None:
    """Runs of two or more spaces inside a line separate paragraphs in some pages.

    Examples
    --------
    >>> st = CleaningState("同志们:    要抓好落实。")
    >>> paragraph_spaces(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    out, view = st.view()
    st.doc.replace_many([(m.start(), m.end(), "\n") for m in finditer(P.PARA_SPACES, view)], "paragraph_break")


def part_headings(st: CleaningState, *, max_header: int = 300) -> None:
    """Lines like ``…讲话 篇1`` separate the speeches of a multi-speech page.

    Two or more such lines are needed; each becomes a part mark, and a short
    header before the first one is the page's own front matter.

    Parameters
    ----------
    st : CleaningState
    max_header : int, default 300
        A longer text before the first heading is kept.

    Examples
    --------
    >>> st = CleaningState("讲话 篇1\\n同志们:\\n要抓好落实。\\n讲话 篇2\\n同志们:\\n要久久为功。")
    >>> part_headings(st)
    >>> len(st.part_marks), st.doc.output
    (2, '\\n同志们:\\n要抓好落实。\\n\\n同志们:\\n要久久为功。')
    """
    out, view = st.view()
    _, origin = st.doc.render()
    found = []
    for s, e, line in iter_lines(view, line_prefilter(*P.PART_HEADING)):
        for pat in P.PART_HEADING:
            m = pat.match(line)
            if m:
                found.append((s, e, m.group("title").strip()))
                break
    if len(found) < 2:  # one "篇" line is not a multi-speech page
        return
    spans = []
    for s, e, title in found:
        st.part_marks.append((st.input_pos(e), title))
        spans.append((s, e))
    # what precedes the first part heading is the page's own header
    head = [(s, e) for s, e, l in iter_lines(view) if e <= found[0][0] and l.strip()]
    # delete the later spans first: earlier output positions stay valid
    st.doc.delete_many(spans, "part_heading")
    if sum(e - s for s, e in head) <= max_header:
        for s, e in head:
            if not st.page_title:
                st.page_title = view[s:e].strip()
        st.doc.delete_many(head, "front_matter")


def repeated_titles(st: CleaningState, *, min_chars: int = 4, max_chars: int = 80) -> None:
    """Short lines that occur two or more times are the page title repeated.

    Parameters
    ----------
    st : CleaningState
    min_chars, max_chars : int, default 4 and 80
        Length of the lines considered (without spaces).

    Examples
    --------
    >>> st = CleaningState("全县创文推进会讲话\\n全县创文推进会讲话\\n同志们:\\n要抓好落实。")
    >>> repeated_titles(st)
    >>> st.doc.output, st.page_title
    ('\\n\\n同志们:\\n要抓好落实。', '全县创文推进会讲话')
    """
    out, view = st.view()
    counts: dict[str, list[tuple[int, int, str]]] = {}
    for s, e, line in iter_lines(view):
        if (t := line.rstrip()) and t[-1] in "。！？!?:：":
            continue    # its key would end with the same mark (NFKC keeps it a mark of the set): never a title
        key = compact(line)
        if min_chars <= len(key) <= max_chars and not re.search(r"[。！？!?:：]$", key):   # 各位老师: is no title
            counts.setdefault(key, []).append((s, e, line.strip()))
    spans = []
    for key, occ in counts.items():
        if len(occ) >= 2 and not P.SALUTATION.match(occ[0][2]):
            if not st.page_title:
                st.page_title = occ[0][2]
            spans.extend((s, e) for s, e, _ in occ)
    st.doc.delete_many(sorted(spans), "repeated_title")


def salutations(st: CleaningState) -> list[tuple[int, int, str]]:
    """Every salutation line (同志们: …) as ``(line start, salutation start, prefix)``.

    Positions are in the current output; the prefix is a title glued in front
    of the salutation ('' when none).

    Examples
    --------
    >>> salutations(CleaningState("全县创文推进会讲话同志们:\\n要抓好落实。"))
    [(0, 9, '全县创文推进会讲话')]
    """
    if st._salutations is not None and st._salutations[0] == st.doc.version:
        return list(st._salutations[1])      # the output has not changed since they were found
    out, view = st.view()
    found = []
    for s, e, line in iter_lines(view, line_prefilter(P.SALUTATION_LINE)):
        m = P.SALUTATION_LINE.match(line)
        if not m:
            continue
        pre = m.group("pre")
        if pre and not P.TITLE_LIKE.search(pre):
            continue  # a salutation in the middle of a sentence
        found.append((s, s + m.start("sal"), pre.strip()))
    st._salutations = (st.doc.version, found)
    return list(found)


def front_matter(st: CleaningState, *, max_share: float = 0.3, max_offset: int = 600, max_line: int = 120) -> None:
    """Title lines glued to a salutation, and short leftovers before the first one.

    Parameters
    ----------
    st : CleaningState
    max_share, max_offset : float and int, default 0.3 and 600
        Nothing is removed when the first salutation lies further into the
        text than both this share of it and this many characters.
    max_line : int, default 120
        Nothing is removed when a line before it is longer.

    Examples
    --------
    >>> st = CleaningState("2023年全县创文推进会讲话稿\\n同志们:\\n要抓好落实。")
    >>> front_matter(st)
    >>> st.doc.output, st.page_title
    ('\\n同志们:\\n要抓好落实。', '2023年全县创文推进会讲话稿')
    """
    sal = salutations(st)
    if not sal:
        return
    # a title glued in front of a salutation: 2021年…讲话稿各位领导、同志们:
    for line_start, sal_start, pre in reversed(sal):
        if pre:
            st.doc.delete(line_start, sal_start, "title_line")
            if not st.page_title:
                st.page_title = pre
    sal = salutations(st)
    out, view = st.view()
    first = sal[0][0]
    if first > max(max_share * len(out), max_offset):
        return
    before = [(s, e, l) for s, e, l in iter_lines(view) if e <= first and l.strip()]
    sentences = sum(bool(re.search(r"[。！？!?]\s*$", l)) for _, _, l in before)
    if sentences >= 2 and any(re.match(r"\s*(?:尊敬的|亲爱的|各位|女士们|老师们|同学们|朋友们|乡亲们)[^\n。！？]{0,40}[:：]\s*$", l)
                              for _, _, l in before):
        return   # a speech with its own salutation (the first of a collection, not one of P.SALUTATION)
    m = P.SALUTATION.match(view, sal[0][1])
    if m and _TEN_MORE.match(view, m.end()) and any(len(re.findall(r"[。！？!?]", l)) >= 2 for _, _, l in before):
        return   # 同志们,这次会议… inside a speech: the paragraphs before it are speech too
    if all(len(l.strip()) <= max_line for _, _, l in before):
        for s, e, l in before:
            if not st.page_title and P.TITLE_LIKE.search(l):
                st.page_title = l.strip()
        st.doc.delete_many([(s, e) for s, e, _ in before], "front_matter")


_TEN_MORE = re.compile(r"[^\n]{10}")     # ten more characters on the line (matched in place: no copy of the page)


def appended_speeches(st: CleaningState) -> None:
    """A second salutation preceded by a title starts an appended speech.

    Examples
    --------
    >>> st = CleaningState("同志们:\\n要抓好落实。\\n在创文推进会上的讲话\\n同志们:\\n要久久为功。")
    >>> appended_speeches(st)
    >>> st.part_marks, st.doc.output
    ([(23, '在创文推进会上的讲话')], '同志们:\\n要抓好落实。\\n\\n同志们:\\n要久久为功。')
    """
    sal = salutations(st)
    if len(sal) < 2:
        return
    out, view = st.view()
    _, origin = st.doc.render()
    part_positions = sorted(p for p, _ in st.part_marks)
    spans = []
    for line_start, _, _ in sal[1:]:
        pe = line_start - 1                       # the previous non-empty line, walking back over blank ones
        while pe >= 0:
            ps = view.rfind("\n", 0, pe) + 1
            if view[ps:pe].strip():
                break
            pe = ps - 1
        if pe < 0:
            continue
        prev = view[ps:pe]
        # already separated by a part heading?
        if any(origin[ps] <= p <= origin[line_start] for p in part_positions):
            continue
        m = re.search(rf"(?:^|(?<=[{P.SENT_END}」”\"]))\s*(?P<title>[^{P.SENT_END}\n]{{6,80}})\s*$", prev)
        if not m or not P.TITLE_LIKE.search(m.group("title")):
            continue
        ts = ps + m.start()
        title = m.group("title").strip()
        st.part_marks.append((st.input_pos(line_start), title))
        spans.append((ts, pe))
    st.doc.delete_many(spans, "appended_title")


def watermarks(st: CleaningState) -> None:
    """Site names (from ``site_chrome.yaml`` and the page's own footer) inside the text.

    Examples
    --------
    >>> st = CleaningState("我老秘网县要抓实抓细抓出成效。", watermarks=["老秘网"])
    >>> watermarks(st)
    >>> st.doc.output
    '我县要抓实抓细抓出成效。'
    """
    if not st.watermarks:
        return
    names = sorted(st.watermarks, key=len, reverse=True)
    st.delete_matches(re.compile("|".join(map(re.escape, names))), "watermark")


def placeholders(st: CleaningState) -> None:
    """Anonymisation marks (xx, ××, 20xx, template slots) become :data:`corpusmine.config.PLACEHOLDER`.

    A mark that is all a pair of brackets holds (the year of a document
    number, 中办发〔20xx〕22号) is replaced together with its brackets, so
    the placeholder's own brackets are not doubled (〔某〕, not 〔〔某〕〕).

    Examples
    --------
    >>> st = CleaningState("今天我们召开xx年创文工作推进会,按照中办发〔20xx〕22号文件要求。")
    >>> placeholders(st)
    >>> st.doc.output
    '今天我们召开〔某〕年创文工作推进会,按照中办发〔某〕22号文件要求。'
    """
    for rule, pat in P.PLACEHOLDERS:
        out, view = st.view()
        if not may_match(pat, view):
            continue      # no match: no replacement
        spans = []
        for m in finditer(pat, view):
            a, b = m.start(), m.end()
            if b <= a:
                continue
            if rule == "placeholder" and a > 0 and b < len(view) and P.BRACKETS.get(view[a - 1]) == view[b]:
                a, b = a - 1, b + 1
            spans.append((a, b, config.PLACEHOLDER))
        st.doc.replace_many(spans, rule)


def to_simplified(st: CleaningState) -> None:
    """Convert Traditional script to Simplified with the conversion that undoes it.

    Sets ``st.conversion`` (None for a Simplified page); see
    :func:`corpusmine.text.script.detect_conversion`.

    Examples
    --------
    >>> st = CleaningState("把國家巨集觀調控作為城市發展的新機遇,有大量優秀專案參展。")
    >>> to_simplified(st)
    >>> st.conversion, st.doc.output
    ('tw2sp', '把国家宏观调控作为城市发展的新机遇,有大量优秀项目参展。')
    """
    out = st.doc.output
    st.conversion = detect_conversion(out)
    if not st.conversion:
        return
    _, origin = st.doc.render()
    rule = f"to_simplified:{st.conversion}"
    edits = []
    # convert maximal runs of kept input text, one line at a time
    i = 0
    n = len(out)
    while i < n:
        if origin[i] < 0 or out[i] == "\n":
            i += 1
            continue
        j = i
        while j < n and origin[j] >= 0 and out[j] != "\n" and (j == i or origin[j] == origin[j - 1] + 1):
            j += 1
        seg = out[i:j]
        for a, b, rep in diff_replacements(seg, convert_script(seg, st.conversion)):
            edits.append((i + a, i + b, rep))
        i = j
    st.doc.replace_many(edits, rule)


def whitespace(st: CleaningState) -> None:
    """Stray spaces inside Chinese text, then blank lines and line-edge white space.

    Examples
    --------
    >>> st = CleaningState("  同志们:\\n\\n\\n要抓好 落实。  \\n")
    >>> whitespace(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    # (each ``del out`` lets the old output go before the next one is rendered: on a page of
    # hundreds of megabytes that is the peak memory of the whole cleaning)
    out = st.view()[0]
    spans = [(m.start(), m.end()) for m in finditer(P.STRAY_SPACE, out)]
    del out
    st.doc.delete_many(spans, "stray_space")
    out = st.view()[0]
    spans = line_edge_spans(out, P.LINE_EDGE)
    del out
    st.doc.delete_many(spans, "whitespace")
    # collapse newline runs to one newline; drop leading/trailing newlines
    out = st.view()[0]
    spans = [(m.start() + 1, m.end()) for m in re.finditer(r"\n{2,}", out)]
    del out
    st.doc.delete_many(spans, "whitespace")
    out = st.view()[0]
    if out.endswith("\n"):
        end = start = len(out)       # the final run of newlines (what re.search(r"\n+$") finds), read backwards
        while start > 0 and out[start - 1] == "\n":
            start -= 1
        del out
        st.doc.delete(start, end, "whitespace")
        out = st.view()[0]
    if out.startswith("\n"):
        m = re.match(r"\n+", out)
        st.doc.delete(m.start(), m.end(), "whitespace")


#: The order rules run in.  Chrome first (so that titles and salutations are
#: found among what is left), then inline noise, speech boundaries,
