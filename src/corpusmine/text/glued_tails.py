"""Chrome glued after the speech on its line: a tail a line rule would delete if it stood on a line of its own.

Scrapers that drop the line breaks of a page's markup glue a site's chrome to the paragraph before it::

    ……确保各项任务按期完成。谢谢大家!本文档由用户上传,如有侵权请联系删除
    ……主要负责同志要亲自抓、负总责。分享到: 微信 微博 QQ空间

The families of the issue (download and membership panels, title/link/copyright footers, login prompts, share
widgets, site buttons, editor blurbs, related-list headers, breadcrumbs, and the reader-facing lines of
:mod:`corpusmine.text.reader_lines`) are each recognised on a whole line; most of their rules look at lines alone.
:func:`glued_tails` gives them the tail of a longer line, after its last sentence end, and the tail goes when

* the tail alone is a line of one of those families (:func:`tail_rule`): the family's words open it (no sentence
  stands before them), it holds no sentence end but its last character, it is at most :data:`MAX_TAIL` characters,
  and the families' own guards hold: a tail in the speaker's voice (:func:`corpusmine.text.glued_speech.speaks`)
  is never cut off as a panel, login or share widget;
* it holds no address to the audience (各位, 同志们 …: …请关注某某网结束语各位代表! is a speech glued on without a
  boundary);
* what stands before it is prose (eight Chinese characters or more) whose last sentence is no such line;
* the whole line is not such a line (then the line's own rule has taken it, or kept it for its speech), and the
  line is at most :data:`MAX_LINE` characters: a page run into one line without spaces is left alone, since a tail
  there may open with the chrome and close with a speech sentence glued to it without a boundary.

One tail is tried a line: the text after the last sentence end, or, when the line ends with one, its last
sentence.  Chrome glued *before* the speech, or between two sentences, is left to the rules that read heads
(:mod:`corpusmine.text.glued_speech`).  The rule runs after every line rule, so it only sees what
they left; each cut is an audited edit named after the family.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("同志们:\\n要抓好落实,确保各项任务按期完成。谢谢大家!本文档由用户上传,如有侵权请联系删除")
>>> glued_tails(st)
>>> st.doc.output
'同志们:\\n要抓好落实,确保各项任务按期完成。谢谢大家!'
>>> tail_rule("分享到: 微信 微博 QQ空间"), tail_rule("各村要点击下载县里统一印发的整治标准。")
('share_widget', None)
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.glued_speech import speaks
from corpusmine.text.guards import line_prefilter, search_fn
from corpusmine.text.lines import iter_lines
from corpusmine.text.reader_lines import LINE_CANDIDATES, reader_line_rule
from corpusmine.text.report_heads import GENRE
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["MIN_TITLES_PAGE", "closing_titles", "glued_tails", "tail_rule"]

#: (rule, pattern, longest tail, guarded by the speaker's voice): the issue's families, as their line rules name them
_FAMILIES: tuple[tuple[str, re.Pattern, int, bool], ...] = (
    ("download_panel", P.MEMBERSHIP, 120, True),
    ("title_link_footer", P.FOOTER_LINK, 160, True),
    ("login_prompt", P.LOGIN, 60, True),
    ("share_widget", P.SHARE, 80, True),
    ("site_interface", P.SITE_UI, 60, True),
    ("editor_blurb", P.EDITOR, 120, True),
    ("recommend_list", P.RECOMMEND, 40, True),
    ("breadcrumb", P.BREADCRUMB, 80, True),
)
_SEARCH = tuple((rule, search_fn(rx), n, guarded) for rule, rx, n, guarded in _FAMILIES)
#: a tail where a family can stand: one of their literals in it (None: every tail is tried)
_FAMILY_WORDS = line_prefilter(*(rx for _, rx, _, _ in _FAMILIES))
_TAIL_WORDS = (re.compile(f"{_FAMILY_WORDS.pattern}|{LINE_CANDIDATES.pattern}")
               if _FAMILY_WORDS is not None and LINE_CANDIDATES is not None else None)
#: a sentence end before a family's words: the piece holds a sentence of something else first (a speech's)
_END_BEFORE = re.compile(r"[。！？!?；;]")
#: a boundary the speech can end at before a tail: a sentence end, a closing quote after it
_SENTENCE_END = re.compile(r"[。！？!?]")
#: where a line may end its speech: after a sentence end and its closing quotes
_CUT = re.compile(r"[。！？!?]+[”’」』]*[ \t\u3000]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a speaker's address to the audience: no chrome holds one
_ADDRESS = re.compile(r"各位|同志们|朋友们|女士们|先生们|代表们|同学们|老师们|乡亲们")
_MIN_LINE = 16
#: longest line looked at (a page run into one line is left to corpusmine.text.joined_lines) and longest tail taken
MAX_LINE, MAX_TAIL = 1500, 80


def tail_rule(text: str) -> str | None:
    """The family a piece of a line belongs to when it stands alone, or ``None``.

    Parameters
    ----------
    text : str
        A piece of a line (a tail after the speech, or a head before it).

    Returns
    -------
    str or None
        The audit rule: ``download_panel``, ``title_link_footer``, ``login_prompt``, ``share_widget``,
        ``site_interface``, ``editor_blurb``, ``recommend_list``, ``breadcrumb``, or a rule of
        :func:`corpusmine.text.reader_lines.reader_line_rule`.

    Examples
    --------
    >>> tail_rule("本文档由用户上传,如有侵权请联系删除")
    'title_link_footer'
    >>> tail_rule("合作社要吸收更多农户成为会员。") is None
    True
    """
    t = text.strip()
    if not t:
        return None
    for rule, search, longest, guarded in _SEARCH:
        if len(t) <= longest and (m := search(t)) and not _END_BEFORE.search(t, 0, m.start()):
            if guarded and (in_speech_voice(t) or speaks(t)):
                return None
            return rule
    return reader_line_rule(t)


def glued_tails(st: CleaningState) -> None:
    """Delete the chrome glued after the speech on its line (see the module's description).

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("各乡镇要把整治摆在突出位置,主要负责同志要亲自抓、负总责。分享到: 微信 微博 QQ空间")
    >>> glued_tails(st)
    >>> st.doc.output
    '各乡镇要把整治摆在突出位置,主要负责同志要亲自抓、负总责。'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    for s, e, line in iter_lines(view, _SENTENCE_END):
        if not _MIN_LINE <= e - s <= MAX_LINE:
            continue                      # a short line, or a page run into one line
        ends = [m.end() for m in _CUT.finditer(line)]
        for k in reversed(ends):          # the shortest tail first
            tail = line[k:]
            if len(tail.strip()) > MAX_TAIL:
                break
            if not tail.strip() or _END_BEFORE.search(tail.rstrip("。！？!?；; \t\u3000")) or _ADDRESS.search(tail):
                continue                  # more than one sentence, or a speaker's address glued in (…网结束语各位代表!)
            rule = tail_rule(tail) if _TAIL_WORDS is None or _TAIL_WORDS.search(tail) else None
            head = line[:k]
            body = head.rstrip("。！？!?”’」』 \t\u3000")     # the head's last sentence, after the sentence end before it
            last = head[max(body.rfind(c) for c in "。！？!?") + 1:]
            # the whole line a family's (its own rule took it or kept it for its speech) is not cut here
            if rule and len(_CJK.findall(head)) >= 8 and not tail_rule(last) and not tail_rule(line):
                spans.append((s + k, e, rule))
            break
    spans += closing_widgets(view) + closing_titles(view)
    st.delete_spans(spans)


#: the page's last words after its last sentence: Chinese and digits only, a genre's word with more title after it
_CLOSING_TITLES = re.compile(rf"(?<=[。！？!?])(?P<run>[\u4e00-\u9fff\d]{{8,40}}?{GENRE}[\u4e00-\u9fff\d]{{2,30}})[ \t\u3000]*$")
#: characters a page needs before its closing titles are read
MIN_TITLES_PAGE = 200


def closing_titles(view: str) -> list[tuple[int, int, str]]:
    """Related texts' titles glued after the page's last sentence, run together without a mark (round 161k).

    A search excerpt of a template page ends in the site's links to other texts, flattened into one run of words
    (……努力办出人民满意的教育!中学30周年庆典校长致辞小学毕业校长).  The run goes (rule ``related_list``) when it
    holds no mark at all, a genre's word (:data:`corpusmine.text.report_heads.GENRE`) with more words after it (a
    second title), and no address to the audience; a speaker's name or date signing off holds no genre's word.

    Examples
    --------
    >>> page = "老师们:" + "我们要用全部的心智办出人民满意的教育。" * 12 + "中学30周年庆典校长致辞小学毕业校长"
    >>> [page[a:b] for a, b, _r in closing_titles(page)]
    ['中学30周年庆典校长致辞小学毕业校长']
    >>> closing_titles(page.replace("小学毕业校长", ""))    # one title, maybe the speech's own repeated: kept
    []
    """
    if len(view) < MIN_TITLES_PAGE or not (m := _CLOSING_TITLES.search(view, len(view) - 80)) or _ADDRESS.search(m["run"]):
        return []
    return [(m.start("run"), m.end(), "related_list")]


#: a page's widget made of a symbol alone (the arrow of a 'next' link, a bar between buttons)
_SYMBOLS = {">", ">>", "»", "›", "<", "<<", "«", "‹", "|", "｜", "→", "←"}
#: the widgets a flattened page's last words may be, at most, and the longest of them
MAX_WIDGETS, MAX_WIDGET_CHARS = 6, 12


def closing_widgets(view: str) -> list[tuple[int, int, str]]:
    """The page's last words when each, parted from the rest by blanks, is a widget (… 请先登录 > 相关推荐; round 151k).

    A page flattened into one line keeps its buttons as words between blanks after the text; read one by one, each is
    a line of the issue's families (:func:`tail_rule`) or an arrow or bar.  The run goes when one of its words is a
    family's, not only a symbol; at most :data:`MAX_WIDGETS` words of :data:`MAX_WIDGET_CHARS` characters are read.

    Examples
    --------
    >>> page = "同志们:要实现等级油... 请先登录 > 相关推荐"
    >>> [page[a:b] for a, b, _r in closing_widgets(page)]
    [' 请先登录 > 相关推荐']
    >>> closing_widgets("同志们:要把工作做好,谢谢大家! 再见")
    []
    """
    offset = max(len(view) - MAX_WIDGETS * (MAX_WIDGET_CHARS + 4), 0)
    words = list(re.finditer(r"\S+", view[offset:]))
    start, rule = None, None
    for m in reversed(words[1:][-MAX_WIDGETS:]):
        word = m.group()
        found = None if len(word) > MAX_WIDGET_CHARS else ("site_interface" if word in _SYMBOLS else tail_rule(word))
        if found is None:
            break
        start = m.start()
        if word not in _SYMBOLS:
            rule = found
    if start is None or rule is None:
        return []
    a = offset + start
    while a > 0 and view[a - 1] in " \t\u3000":
        a -= 1
    return [(a, len(view), rule)]
