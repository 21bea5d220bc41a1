"""Where the speeches of a page start and end: salutations, titles, front matter, part headings.

These rules run after the chrome is gone (so that what is left before a
salutation is a title or front matter, not a widget).  A title line glued to a
salutation, short leftovers before the first salutation, lines like ``…讲话
篇1`` and a title before a second salutation are removed as audited edits;
the last two also mark where a speech starts (``CleaningState.part_marks``),
which :mod:`corpusmine.text.clean` turns into parts.

Examples
--------
>>> st = CleaningState("2023年全县创文推进会讲话稿\\n同志们:\\n要抓好落实。")
>>> salutations(st)                  # (line start, salutation start, title glued in front)
[(16, 16, '')]
>>> front_matter(st)
>>> st.page_title, st.doc.output
('2023年全县创文推进会讲话稿', '\\n同志们:\\n要抓好落实。')
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.guards import line_prefilter
from corpusmine.text.lines import chinese_after, compact, iter_lines
from corpusmine.text.script import simplified_view
from corpusmine.text.speech_voice import NAMES_HAILED, runs_on_as_prose

__all__ = ["SECTION_HEADING", "appended_speeches", "front_matter", "part_headings", "repeated_titles", "salutations"]


#: a collection's item numbered after 第 (某某发言范文第1篇), beside the shapes of ``patterns.PART_HEADING``
_NTH_ITEM = re.compile(r"^\s*(?P<title>[^\n]{2,80}?)\s*第\s*(?P<n>[0-9一二三四五六七八九十]+)\s*篇\s*[:：]?\s*$")
_PART_HEADINGS = [*P.PART_HEADING, _NTH_ITEM]
#: an item's label glued before its speech's salutation at a line's start (国旗下讲话稿1尊敬的老师们 / 某某致辞篇一各位来宾):
#: a title naming its genre, the item's number, and a salutation right after it
_GLUED_ITEM = re.compile(
    r"^[ \t\u3000]*(?:(?P<title>[^\n。！？!?,，、:：]{2,40}?(?:讲话|致辞|致词|演讲|发言|贺词|献词|稿|范文|主持词))[ \t\u3000]*"
    r"(?:篇[ \t\u3000]*(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})|(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2}))"
    r"|第[ \t\u3000]*(?P<k>[0-9]{1,2}|[一二三四五六七八九十]{1,2})[ \t\u3000]*篇)"     # a bare label: 第1篇大家好!… (round 98)
    r"(?=(?:尊敬的|亲爱的|敬爱的|各位|同志们|老师们|同学们|朋友们|女士们)[^\n。！？!?]{0,40}?"
    r"(?:们|领导|来宾|嘉宾|老师|同学|朋友|代表|同志|同仁|家长|评委|员工)[、,，:：!！]|大家(?:上午|下午|晚上|早上)?好)"
)
#: a list's number before an item's title (1.微党课比赛 篇一)
_LIST_NUMBER = re.compile(r"^\d{1,2}[.、．]\s*")
#: a title holding a sentence's end is the speech's first sentence glued to the label (第1篇大家好!今天……)
_SENTENCE_END = re.compile(r"[。！？!?]")


def part_headings(st: CleaningState, *, max_header: int = 300) -> None:
    """Lines like ``…讲话 篇1`` separate the speeches of a multi-speech page.

    An item's label glued before its salutation (国旗下讲话稿1尊敬的老师们:) counts as such a line, the
    label alone going.  Two or more such lines are needed; each becomes a part mark, and a short
    header before the first one is the page's own front matter.  A lone first item with its title (某某讲话稿 篇1,
    某某发言范文第1篇) is a collection whose excerpt lost the other items: the label goes, with the short header
    above it, and its title is the page's when no other was kept.

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
    numbers = []
    for s, e, line in iter_lines(view, line_prefilter(*_PART_HEADINGS, _GLUED_ITEM)):
        for pat in _PART_HEADINGS:
            m = pat.match(line)
            if m:
                found.append((s, e, m.group("title").strip()))
                numbers.append(m.group("n"))
                break
        else:
            if m := _GLUED_ITEM.match(line):       # the label alone goes; the salutation opens the speech's line
                title = (m.group("title") or "").strip()
                half = len(title) // 2
                if len(title) % 2 == 0 and title[:half] == title[half:]:
                    title = title[:half]            # the page's title glued before the item's (某某稿某某稿1尊敬的…)
                found.append((s, s + m.end(), title))
                numbers.append(m.group("n") or m.group("m") or m.group("k"))
    if len(found) < 2:  # one "篇" line is not a multi-speech page
        if found and not found[0][2] and chinese_after(view, found[0][1], 40):
            st.doc.delete_many([found[0][:2]], "part_heading")   # a lone bare label (【篇一】): its siblings were cut off
        elif found and numbers[0] in ("1", "一") and not _SENTENCE_END.search(found[0][2]) \
                and chinese_after(view, found[0][1], 40):
            # a lone titled first item (某某讲话稿 篇1, 某某发言范文第1篇): the excerpt lost its siblings (round 86)
            s, e, title = found[0]
            st.doc.delete_many([(s, e)], "part_heading")
            st.page_title = st.page_title or _LIST_NUMBER.sub("", title)      # the item's title before the collection's
            _page_header(st, view, s, max_header)
        elif not found:
            _lone_first_item(st, view, max_header)
            _collection_header(st)
        return
    spans = []
    for s, e, title in found:
        st.part_marks.append((st.input_pos(e), title))
        spans.append((s, e))
    # delete the later spans first: earlier output positions stay valid
    st.doc.delete_many(spans, "part_heading")
    _page_header(st, view, found[0][0], max_header)


#: a collection's item named by its genre and numbered (某某毕业演讲一, 开学典礼致辞2), alone on its line
_GENRE_ITEM = re.compile(r"^[ \t\u3000]*[^\n。！？!?,，:：]{2,40}(?:演讲|讲话|致辞|致词|发言|贺词|讲稿|话稿|言稿)[ \t\u3000]*"
                         r"(?P<n>[1-9]|[一二三四五六七八九十])[ \t\u3000]*$", re.M)


def _lone_first_item(st: CleaningState, view: str, max_header: int) -> None:
    """A collection's first item label whose siblings a cut page lost (某某毕业演讲一), round 78.

    The label goes with the page's short header above it (the collection's title, the site's intro to it); a page
    holding two or more such items is split by :func:`corpusmine.text.speeches.speeches_of`, which keeps their
    numbers in the titles, and is left alone here.
    """
    items = list(_GENRE_ITEM.finditer(view)) if "一" in view or "1" in view else []
    if len(items) == 1 and items[0].group("n") in ("1", "一") and chinese_after(view, items[0].end(), 40):
        st.doc.delete_many([items[0].span()], "part_heading")
        _page_header(st, view, items[0].start(), max_header)


#: a collection's title with its count (某某开幕词【推荐20篇】, 某某讲话(精选5篇)) alone on its line
_COLLECTION_HEAD = re.compile(r"^[ \t\u3000]*[^\n。！？!?]{2,60}?[ \t\u3000]*[(（【\[]\s*(?:精选|通用|推荐|热门|优秀|实用|最新|优选|合集)?"
                              r"\s*[0-9一二三四五六七八九十]{1,3}\s*篇(?:范文)?\s*[)）】\]][ \t\u3000]*$")


def _collection_header(st: CleaningState) -> None:
    """A collection's title above the one speech the excerpt kept, under its own title (round 89): the collection's
    title goes (rule ``front_matter``) and the speech's title is the page's."""
    _, view = st.view()
    lines = [(s, e, l.strip()) for s, e, l in iter_lines(view) if l.strip()][:4]
    for k, (s, e, line) in enumerate(lines[:-1]):
        if _COLLECTION_HEAD.match(line):
            title = lines[k + 1][2]
            if len(title) <= 40 and P.TITLE_LIKE.search(title) and not _SENTENCE_END.search(title) \
                    and not any(p.match(title) for p in _PART_HEADINGS):
                st.doc.delete_many([(s, e)], "front_matter")
                st.page_title = st.page_title or title
            return


def _page_header(st: CleaningState, view: str, first: int, max_header: int) -> None:
    """Delete what precedes the first part heading (at ``first`` in ``view``), the page's own header, when short."""
    head = [(s, e) for s, e, l in iter_lines(view) if e <= first and l.strip()]
    if sum(e - s for s, e in head) <= max_header:
        for s, e in head:
            if not st.page_title and not re.search(r"[。！？!?]", view[s:e]):    # a site's intro is no title
                st.page_title = view[s:e].strip()
        st.doc.delete_many(head, "front_matter")


_OPENING = "《〈“‘「『(（[【"
_CLOSING = "》〉”’」』)）]】"
_NEAR = 8  # white space looked through on each side of a line for the bracket


def _quoted(view: str, start: int, end: int) -> bool:
    """Whether the line ``view[start:end]`` sits inside brackets or quotes opened on the line before."""
    i = start - 1
    while i >= max(0, start - _NEAR) and view[i].isspace():   # bounded: a run of blank lines is no bracket
        i -= 1
    j = end
    while j < min(len(view), end + _NEAR) and view[j].isspace():
        j += 1
    return i >= 0 and view[i] in _OPENING or j < len(view) and view[j] in _CLOSING


#: a line closed by a sentence's end inside closing quotes (「我的感觉良好。」)
_QUOTED_END = re.compile(r"[。！？!?][」』”’\"）)]+$")


def repeated_titles(st: CleaningState, *, min_chars: int = 4, max_chars: int = 80) -> None:
    """Short lines that occur two or more times are the page title repeated.

    A line that closes a bracket or quote opened on the line before, or opens one closed on the line after
    (《\\n国家中长期科学和技术发展规划纲要\\n》, as pages that put each link on its own line give a cited work),
    is part of a sentence and is never taken for a title; nor is a line with a comma whose every occurrence
    follows the first salutation (a refrain of the speech: 乡村振兴,关键在人).  The head of the page's first line set
    alone below the speech's first sentence (a template's keyword line) goes with the same rule (session v).

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
    firsts = _first_titles(st, max_chars)     # the page's title as it first stood: closed by ! it counts too (267k)
    for s, e, line in iter_lines(view):
        if (t := line.rstrip()) and (t[-1] in "。！？!?:：" or _QUOTED_END.search(t)) and not (
                t[-1] in "！!" and compact(line) in firsts):
            continue    # its key would end with the same mark (NFKC keeps it a mark of the set): never a title; nor a
            #           quoted sentence a speaker says twice (「我的感觉良好。」, round 153k)
        key = compact(line)
        if not min_chars <= len(key) <= max_chars or key.isdigit() or _quoted(view, s, e):   # 2022 wrapped alone (119k)
            continue    # 制定了《\n国家中长期科学和技术发展规划纲要\n》。: a work cited in a sentence, its link on its own line
        if not re.search(r"[。！？!?:：]$", key) or key in firsts:   # 各位老师: is no title
            counts.setdefault(key, []).append((s, e, line.strip()))
    spans = []
    first_salutation = None
    for key, occ in counts.items():
        if len(occ) >= 2 and re.search(r"[,，]", key):
            if first_salutation is None:
                first_salutation = min((s for s, _, _ in salutations(st)), default=-1)
            if 0 <= first_salutation < occ[0][0]:
                continue    # 乡村振兴,关键在人: a refrain said twice in the speech, not its title repeated
        if len(occ) >= 2 and not P.SALUTATION.match(occ[0][2]):
            if not st.page_title:
                st.page_title = occ[0][2]
            spans.extend((s, e) for s, e, _ in occ)
    # a title the head rules took (page_head) and the page repeats alone further down (round 99: 某某话说 between two
    # paragraphs of the speech, where a scraped document's second page began)
    for key in _head_titles(st, max(min_chars, 5), max_chars):
        occ = counts.get(key, [])
        if len(occ) == 1 and not P.SALUTATION.match(occ[0][2]):
            st.page_title = st.page_title or occ[0][2]
            spans.append(occ[0][:2])
    top = compact(view.lstrip().split("\n", 1)[0])
    for key in firsts - {top}:
        if len(occ := counts.get(key, [])) == 1:
            spans.append(occ[0][:2])    # the page's title, gone from the head, alone again under the text (267k)
    for key, occ in counts.items():     # the browser's title above the title: it and the site's name (某某致辞-某某研究院)
        m = _SITE_SUFFIX.fullmatch(key)
        if m and len(occ) == 1 and _SITE_NAME_END.search(m["name"]) and m["title"] in firsts and occ[0][0] > 0:
            spans.append(occ[0][:2])    # the page's title and a site's name under the text (…一盏灯!_某某文库网; 267k)
        elif m and len(occ) == 1 and (titles := counts.get(m["title"], [])) and (
                len(titles) == 1 and occ[0][0] < titles[0][0] or _SITE_NAME_END.search(m["name"])):
            spans.append(occ[0][:2])    # anywhere when the name is a site's (…创佳绩_某某文库网 under the text; 265k)
    st.doc.delete_many(sorted(spans), "repeated_title")
    _title_keywords(st, max_chars)


#: a title, a dash or a bar, and a site's name (round 197k)
_SITE_SUFFIX = re.compile(r"(?P<title>.{4,})[-_|｜—–]+(?P<name>[^-_|｜—–]{2,20})")
_SITE_NAME_END = re.compile(r"(?:网|文库|之家|范文|文档|资料库|百科|大全)$")
#: a numbered heading (一、, (一), 1.): a speech's own, never its title
_HEADING = re.compile(r"[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]")
#: a line with a clause's mark or a site's furniture: never a title taken from the page's head
_NOT_HEAD_TITLE = re.compile(r"[。！？!?:：,，、;；|/>»]")


def _first_titles(st: CleaningState, max_chars: int, *, min_chars: int = 8, head: int = 400) -> set[str]:
    """Keys of the page's title as it first stood: its first line as given, and the whole lines an earlier rule
    deleted from its first ``head`` characters (the title and its copies at the head of a page flattened to one line)."""
    given = st.input_view()
    keys = {compact(given.lstrip().split("\n", 1)[0])}
    deleted: dict[str, int] = {}
    for ed in st.doc.edits:
        if ed.start < head and not (ed.replacement or "").strip():
            for line in st.doc.text[ed.start:ed.end].splitlines():
                deleted[k] = deleted.get(k := compact(simplified_view(line)), 0) + 1
    keys.update(k for k, n in deleted.items() if n >= 2)      # stamped twice: a contents' item stands once
    return {k for k in keys if min_chars <= len(k) <= max_chars and not _HEADING.match(k)}


def _head_titles(st: CleaningState, min_chars: int, max_chars: int, *, max_edits: int = 40) -> set[str]:
    """Keys of whole lines the page-head rule removed that could be the page's title (no clause mark, no furniture)."""
    keys: set[str] = set()
    text = st.doc.text
    for ed in [ed for ed in st.doc.edits if ed.rule == "page_head" and not ed.replacement][:max_edits]:
        for line in text[ed.start:ed.end].splitlines():
            key = compact(simplified_view(line))
            if min_chars <= len(key) <= max_chars and not _NOT_HEAD_TITLE.search(key):
                keys.add(key)
    return keys


#: a line with a clause's or a sentence's mark: never a keyword line
_CLAUSE_MARK = re.compile(r"[,，。！？!?:：;；、]")


def _title_keywords(st: CleaningState, max_chars: int) -> None:
    """The head of the page's first line, set alone between the speech's paragraphs (a template site's keyword: the
    title 退休教师欢送会发言稿,“岁月映初心”——… and, below the speech's opening, a line 退休教师欢送会发言稿)."""
    _, view = st.view()
    lines = [(s, e, l) for s, e, l in iter_lines(view) if l.strip()]
    if len(lines) < 3:
        return
    head = compact(lines[0][2])
    opened = False
    spans = []
    for s, e, line in lines[1:]:
        key = compact(line)
        if opened and 4 <= len(key) <= max_chars and len(key) < len(head) and head.startswith(key) \
                and not _CLAUSE_MARK.search(key) and _CLAUSE_MARK.match(head, len(key)):
            spans.append((s, e))
        opened = opened or bool(re.search(r"[。！？!?]\s*$", line))
    st.doc.delete_many(spans, "repeated_title")


def salutations(st: CleaningState) -> list[tuple[int, int, str]]:
    """Every salutation line (同志们: …) as ``(line start, salutation start, prefix)``.

    Positions are in the current output; the prefix is a title glued in front
    of the salutation ('' when none).

    Examples
    --------
    >>> salutations(CleaningState("全县创文推进会讲话同志们:\\n要抓好落实。"))
    [(0, 9, '全县创文推进会讲话')]
    """
    return list(st.per_output("salutations", lambda: _find_salutations(st)))   # found again after an edit


def _find_salutations(st: CleaningState) -> list[tuple[int, int, str]]:
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
    return found


def front_matter(st: CleaningState, *, max_share: float = 0.3, max_offset: int = 600, max_line: int = 120) -> None:
    """Title lines glued to a salutation, and short leftovers before the first one.

    The first salutation is one of ``P.SALUTATION`` (同志们:, 各位代表!); on a page with none of them, the speech's
    own opening (尊敬的各位领导、老师,亲爱的同学们: alone on its line, or 亲爱的老师,小朋友们,大家早上好! glued to the
    first sentence with no sentence above it, session v).  Below two lines of speech the salutation is the speech's
    own and nothing between them goes.

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
    # a title glued in front of a salutation: 2021年…讲话稿各位领导、同志们:
    for line_start, sal_start, pre in reversed(sal):
        if pre:
            st.doc.delete(line_start, sal_start, "title_line")
            if not st.page_title:
                st.page_title = pre
    sal = salutations(st)
    out, view = st.view()
    limit = max(max_share * len(out), max_offset)
    if sal:
        first = sal[0][0]
    else:       # no salutation of P.SALUTATION: the speech's own opening line (尊敬的各位领导、老师,亲爱的同学们:)
        first, prose = -1, False
        for s, _, line in iter_lines(view):
            # a glued one (亲爱的老师,小朋友们,大家早上好!我是…) only below no sentence: a report's text stays whole
            if s > limit or _OWN_SALUTATION.match(line) or _ADDRESSEE_LIST.match(line) \
                    or not prose and (_GLUED_SALUTATION.match(line) or NAMES_HAILED.match(line)):
                first = s if s <= limit else -1
                break
            prose = prose or bool(re.search(r"[。！？!?]\s*$", line))
        if first < 0:
            return
    if first > limit:
        return
    before = [(s, e, l) for s, e, l in iter_lines(view) if e <= first and l.strip()]
    sentences = sum(bool(re.search(r"[。！？!?]\s*$", l)) for _, _, l in before)
    if sentences >= 2 and any(_OWN_SALUTATION.match(l) or _ADDRESSEE_LIST.match(l) for _, _, l in before):
        return   # a speech with its own salutation (the first of a collection, not one of P.SALUTATION)
    m = P.SALUTATION.match(view, sal[0][1]) if sal else None
    if m and _TEN_MORE.match(view, m.end()) and any(len(re.findall(r"[。！？!?]", l)) >= 2 for _, _, l in before):
        return   # 同志们,这次会议… inside a speech: the paragraphs before it are speech too
    if all(len(l.strip()) <= max_line for _, _, l in before):
        # a sentence of speech stays: one that runs on as prose, or one clause of 12+ characters (一是…征缴率。),
        # and a numbered section heading (六、积极促进祖国和平统一大业: a title line is never numbered so)
        # and, above a salutation with three paragraphs of prose or more before it, a paragraph of two sentences or
        # more (a collection's first speech, with no salutation of its own: 最近,某市正在创建文明城市。我们周围…。)
        many = sentences >= 3
        speech = [s for s, e, l in before if runs_on_as_prose(l) or _WHOLE_SENTENCE.search(l) or SECTION_HEADING.match(l)
                  or many and len(re.findall(r"[。！？!?]", l)) >= 2]
        # below two lines of speech the salutation is the speech's own (各位代表! between paragraphs): a line
        # between them is the speech's too (- 三是…。 behind a page number's dash), not the page's front matter
        last = speech[1] if len(speech) >= 2 else first
        before = [(s, e, l) for s, e, l in before if s not in speech and s < last]
        while before and _ADDRESSEE_LINE.match(before[-1][2]):
            before.pop()    # the salutation's own lines above it (各位国家元首,政府首脑, / 各位来宾, / 女士们,先生们:)
        for s, e, l in before:
            if not st.page_title and P.TITLE_LIKE.search(l):
                st.page_title = l.strip()
        st.doc.delete_many([(s, e) for s, e, _ in before], "front_matter")


#: a speech's own salutation glued before its first sentence (亲爱的老师、小朋友们,大家早上好!我是…)
_GLUED_SALUTATION = re.compile(r"\s*(?:尊敬的|亲爱的|敬爱的)[^\n。！？!?:：]{1,40}?[,，:：!！]\s*(?:大家|今天|在这|值此|首先|我)")
#: a speech's own salutation alone on its line, beyond P.SALUTATION's (尊敬的各位来宾:, 亲爱的同学们:)
_OWN_SALUTATION = re.compile(r"\s*(?:尊敬的|亲爱的|敬爱的|各位|女士们|老师们|同学们|朋友们|乡亲们|全国同胞们)"
                             r"(?![^\n]*(?:要|必须|请|以下|如下|几点|[一二三四五六七八九十两]点|方面))[^\n。！？]{0,90}[:：]\s*$")
#: a list of addressees closed by 各位… alone on its line (某某主席、某某会长、各位嘉宾、各位朋友:), round 78
_ADDRESSEE_LIST = re.compile(r"\s*(?![^\n]*(?:要|必须|请|以下|如下|几点|[一二三四五六七八九十两]点|方面))[^\n。！？!?:：]{2,100}"
                             r"[、,，]\s*(?:各位|全体|在座的)[^\n。！？!?、,，:：]{1,14}[:：]\s*$")
#: one line of a salutation set over several lines, closed by a comma (各位国家元首,政府首脑, / 各位来宾,), round 141k
_ADDRESSEE_LINE = re.compile(r"\s*(?:尊敬的|亲爱的|敬爱的|各位|女士们|先生们|朋友们|同志们|老师们|同学们)[^\n。！？!?:：]{0,40}[,，、;；]\s*$")
_WHOLE_SENTENCE = re.compile(r"^\s*[\u4e00-\u9fff][^\n。！？!?,，]{11,}[。！？!?][”’」』)）]*\s*$")
#: a speech's numbered section heading (二、突出工作重点, (三)强化保障): no title line and no other article's title is so numbered
SECTION_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*[\u4e00-\u9fff]")
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
