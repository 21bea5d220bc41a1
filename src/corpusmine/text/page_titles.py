"""The page's own title, read back from the page's head when the rules kept none or a poor one (session w).

The rules that remove a page's head set :attr:`~corpusmine.text.cleaning_state.CleaningState.page_title` when they
recognise the title among what they remove (a title glued to a salutation, a repeated line, a line naming the
genre above the first salutation).  On pages from the web they often do not: a lead-in rule takes 某某致词全文 as
a desk's line, a repeated line is the site's name (电子文档交易市场), a title ends in a genre word the title shape
does not list (升旗仪式国旗下的演讲稿, 国庆节致辞), or the title stays in the text as its first line.  The held-out
measure of splitting and metadata found the first speech's title right on 9 pages of 29
(``docs/split_metadata_measure.md``).

:func:`page_titles` runs after every rule that removes head lines.  When the page's title is missing, is a
sentence, or names no speech genre, it reads the first line the cleaner kept and the
:data:`HEAD_LINES` non-blank lines of the page above it, nearest first, and takes the first that reads as a
speech's title (:func:`title_of`): four to sixty characters, no sentence mark, a genre word (讲话, 致辞, 演讲稿,
发言, 贺词, 报告 …), and nothing of a site's furniture (a lead-in's 以下/如下, a related list's 推荐/相关, a
breadcrumb's 首页 or >, a metadata label, a URL), and that no rule removed as a site's furniture (a column's
name under its breadcrumb, a related article, a collection item's label: :data:`_FURNITURE_RULES`).  A site's name
after the title (某某讲话_某某网), a bracketed note (图), (视频), (2023年3月15日), a list's number before it
(1. 某某演讲稿) and a glossed page's pinyin glosses (发(fā)言) are cut off.  Nothing in the text is changed.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("电子文档交易市场\\n2020年在全县表彰大会上的讲话\\n同志们:\\n要抓好落实。")
>>> st.page_title = "电子文档交易市场"        # a repeated site name taken for the title
>>> st.doc.delete(0, 33, "front_matter")
>>> page_titles(st)
>>> st.page_title
'2020年在全县表彰大会上的讲话'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.report_heads import GENRE

__all__ = ["HEAD_LINES", "page_titles", "title_of"]

#: non-blank lines above the first kept line read for a title
HEAD_LINES = 12
#: a speech genre named in a title (GENRE, and the genre words of a template site's titles)
_GENRE_TITLE = re.compile(rf"{GENRE}|演讲稿|发言稿|讲话稿|主持词|贺信|发言材料|讲话材料|表态发言")
#: a site's furniture, never a title: lead-ins, related lists, breadcrumbs, metadata labels, addresses
_NOT_TITLE = re.compile(r"以下|下面|如下|小编|推荐|相关|上一篇|下一篇|首页|位置|来源|作者|发布|浏览|点击|下载|更多"
                        r"|[|>»]|https?://|www\.")
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
#: bracketed notes closing a title line: (图), (视频), (只有中文)(附图/短片), (2023年3月15日)
_NOTE_TAIL = re.compile(r"(?:[ \t\u3000]*[(（][^()（）\n]{1,12}[)）])+[ \t\u3000]*$")
#: a list's number before a title line (1.  竞聘演讲稿 篇一, 2、某某致辞)
_LIST_NUMBER = re.compile(r"^[ \t\u3000]*\d{1,2}[.、．][ \t\u3000]*(?=\D)")
#: a site's name after the title: 某某讲话_某某网, 某某讲话 - 某某网
_SITE_TAIL = re.compile(r"(?:[ \t\u3000]*_|[ \t\u3000]+[-—｜][ \t\u3000]+)[^\n_]{1,24}$")


def title_of(line: str) -> str | None:
    """``line`` as a speech's title, or ``None`` when it does not read as one (see the module's docstring).

    Examples
    --------
    >>> title_of("签约典礼李校长致词全文(图)"), title_of("某某中学国庆节致辞_某某范文网")
    ('签约典礼李校长致词全文', '某某中学国庆节致辞')
    >>> title_of("某某在毕业典礼上的发(fā)言"), title_of("1.  竞聘护士长演讲稿 篇一"), title_of("2023年全县创文推进会讲话")
    ('某某在毕业典礼上的发言', '竞聘护士长演讲稿 篇一', '2023年全县创文推进会讲话')
    >>> title_of("以下是某某的讲话全文:"), title_of("今天的讲话很重要。"), title_of("电子文档交易市场")
    (None, None, None)
    """
    text = P.PINYIN_WORD.sub("", P.PINYIN.sub("", line.strip()))        # a glossed page's title: 發(fā)言
    text = _LIST_NUMBER.sub("", _NOTE_TAIL.sub("", _SITE_TAIL.sub("", text))).strip()
    if not 4 <= len(text) <= 60 or _SENTENCE_MARK.search(text) or _NOT_TITLE.search(text):
        return None
    if not _GENRE_TITLE.search(text) or P.META.match(text) or P.SALUTATION.search(text) or text.endswith((":", "：")):
        return None
    return text


#: rules whose removals are a site's furniture, never the page's title (a column's name under its breadcrumb, a
#: related article's title, a collection item's numbered label)
_FURNITURE_RULES = frozenset({"breadcrumb", "site_navigation", "navigation", "related_list", "recommend_list",
                              "part_heading", "photo_caption", "caption"})


def _covered(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether removals in ``spans`` cover half or more of the characters of ``[a, b)``."""
    return 2 * sum(max(0, min(b, e) - max(a, s)) for s, e in spans) >= max(1, b - a)


def _names_genre(title: str | None) -> bool:
    return bool(title) and not _SENTENCE_MARK.search(title) and bool(_GENRE_TITLE.search(title))


def page_titles(st: CleaningState) -> None:
    """Set the page's title from its head when the rules kept none, a sentence, or one naming no genre.

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; only :attr:`page_title` changes.

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("国庆节致辞\\n金秋十月,我们迎来了祖国的生日。")     # the title left in the text
    >>> page_titles(st)
    >>> st.page_title, st.doc.output.startswith("国庆节致辞")
    ('国庆节致辞', True)
    """
    if _names_genre(st.page_title):
        return
    out = st.doc.output
    m = re.search(r"\S", out)
    if m is None:
        return
    view = st.input_view()
    start = st.input_pos(m.start())
    end = view.find("\n", start)
    s = view.rfind("\n", 0, start) + 1
    lines = [(s, view[s:len(view) if end < 0 else end])]     # the first kept line (a title left in the text) …
    while s > 0 and len(lines) <= HEAD_LINES:               # … then the page's lines above it, nearest first
        e = s - 1
        s = view.rfind("\n", 0, e) + 1
        if view[s:e].strip():
            lines.append((s, view[s:e]))
    furniture = [(ed.start, ed.end) for ed in st.doc.edits if ed.rule in _FURNITURE_RULES and ed.start < start]
    for line_start, line in lines:
        if _covered(furniture, line_start, line_start + len(line)):
            continue                                    # a breadcrumb's column, a related item, an item's label
        if title := title_of(line):
            st.page_title = title
            return
    if st.page_title and _SENTENCE_MARK.search(st.page_title):
        st.page_title = None                            # a sentence is no title
