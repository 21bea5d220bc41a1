"""Pages whose lines came joined: give the line rules their lines back, audited.

Scrapers that flatten HTML join a page's lines with a space, the whole page
into one line or each paragraph into one::

    首页 新闻 当前位置:首页 > 讲话稿 发布时间:2023-10-13 同志们: 今天我们召开…… 要抓好落实。 上一篇:…

Every rule that reads a line's shape (a metadata row, a breadcrumb, a menu, a
related list, a page's head and tail) finds no line to read there.
:func:`joined_lines` runs before them and turns the joining spaces of such a
line back into line breaks, as an audited edit (rule ``joined_lines``; the
audit gives each space back, so ``reconstruct(cleaned, audit) == raw``).

A line is taken for joined lines when

* the page is one line (at most two non-blank lines) with at least two
  spaces to break (one is a stray space of a short text); or,
  with ``per_line=True``, a sentence end is followed by a space and more
  text (``。 二是``): two lines of prose joined.

In such a line every run of spaces or tabs inside it becomes one line break,
except a run that is a space inside one line:

* between two ASCII letters or digits (``2023-10-13 09:34``, ``Word 2010``);
* beside a separator of a breadcrumb or a row (``首页 > 新闻``,
  ``关于我们 | 联系我们``), inside or before a bracket (``电 (记者 张三)``),
  before punctuation no line starts with (``气息 。``, ``更好。 ”``);
* after a label's colon (``编辑: 张三``) -- but a salutation's colon
  (``各位领导、老师们: 今天…``) and a colon followed by prose (an empty
  label: ``作者: 新冠肺炎疫情发生以来,…``) end a line;
* around a piece of one character (``记者 王 培``, ``张三 摄``), after a news
  lead or a reporter's role (``新华社北京3月5日电 …``, ``记者 张三``), after a
  caption of a few characters before a news lead (``张三讲话 县融媒讯(…``);
* before a blurb announcing what follows (``…。 以下是为大家整理的…``).

A bullet with an item of six characters or more (``- 在全县农村工作会议上的讲话``,
``• 关注公众号…``) starts a line, though a dash between short items stays
(``首页 - 新闻``).

Pages with their lines are left as they are (their spaces are typeset
spaces: ``在全省181 个县区``).

Examples
--------
>>> st = CleaningState("发布时间:2023-10-13 来源:网友投稿 同志们: 要抓好落实。 请先登录")
>>> joined_lines(st)
>>> st.doc.output
'发布时间:2023-10-13\\n来源:网友投稿\\n同志们:\\n要抓好落实。\\n请先登录'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState

__all__ = ["joined_lines"]

#: Two sentences of prose joined by a space: a sentence end (with closing quotes), spaces, more text.
_JOINED_PROSE = re.compile(r"[。！？!?][”’」』\"）)]*[ \t]+(?=[^\s”’」』）)》,，、。！？；;])")
#: A run of spaces or tabs (the joiner of two lines) inside a line.
_GAP = re.compile(r"(?<=\S)[ \t]+(?=\S)")
#: Characters beside which a space belongs to the line: separators of breadcrumbs, menus and rows, a label's
#: colon, an opening bracket (中新社北京3月5日电 (记者 …)).
_SEPARATORS = frozenset(">|/»›<«‹-—–=·•、,，:：_~+&(（")
#: Punctuation no line starts with (气息 。 / 做得更好。 ”): a space before it is inside the line.
_NO_LINE_START = frozenset("。！？；;”’」』）)》")
#: What begins a line's second half rather than a new line: a blurb announcing what follows
#: (以下是为大家整理的…) closes the summary before it; a news lead (香格里拉网讯(记者 …) follows its caption.
_STAYS_BEFORE = re.compile(r"(?:以下|下面)(?:就?是|为)")
#: A news lead (香格里拉网讯(记者 …): a caption of a few characters before it is part of its line, a headline is not.
_LEAD = re.compile(r"[\u4e00-\u9fff]{1,8}[讯訊]\s*[(（]")
_CAPTION_MAX = 6
#: A piece of one character (王 培 / 张三 摄): part of the line beside it.
_ONE_CHAR = re.compile(r"\S(?:\s|$)")
#: What opens a line of a speech though it starts with a separator: a numbered heading ((一) / （四）), a dash
#: bullet that runs to a sentence end (——经济运行稳中向好。; a dashed subtitle, ——在…上的讲话, stays where it is).
_OPENS_LINE = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]|——[\u4e00-\u9fff][^\s。！？!?；;]{0,60}[。！？!?；;]")
#: Brackets: a space inside them belongs to one line ((记者 张三)).
_OPENING, _CLOSING = "(（", ")）"
#: What ends the first half of a line rather than a line: a news lead (新华社北京3月5日电 / 本报讯 (记者 张三)),
#: a reporter's role before the name (记者 张 三), a piece of one character (王 培 / 张三 摄).
_STAYS_AFTER = re.compile(
    r"(?:(?:[讯电訊電]|[讯电訊電]\s*[(（][^()（）]{0,30}[)）])|(?:记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯))$"
)
#: A salutation's colon (各位领导、老师们: / 同志们:): the speech starts on the next line, as a label's value does not.
_ADDRESSED = re.compile(r"(?:们|领导|来宾|嘉宾|代表|委员|同志|同仁|老师|同学|朋友|乡亲|家长)\s*[:：]$")
#: What follows a label's colon that is no value of it but prose (作者: 新冠肺炎疫情发生以来,…): a comma or a
#: sentence end before the next space.
_PROSE_VALUE = re.compile(r"[^\s,，。！？!?；;]{1,40}[,，。！？!?；;]")
#: A bullet and a list item's title (- 在全县… / • 关注公众号…), no short item of a breadcrumb (首页 - 新闻).
_BULLET = re.compile(r"[-•] [^\s>|/»›〖〗【】\[\]]{6}")
#: The fewest line breaks a one-line page is given: one space in a short text is no joined lines
#: (在肯定成绩的同时 我们必须清醒地看到。).
_MIN_BREAKS = 2
#: The most non-blank lines of a page taken for a page flattened to one line.
_ONE_LINE_PAGE = 2


def _inside_line(before: str, after: str) -> bool:
    """Whether a space between ``before`` and ``after`` belongs to one line (is no joiner)."""
    if before in _SEPARATORS or after in _SEPARATORS or after in _NO_LINE_START:
        return True
    return before < "\x80" and after < "\x80" and before.isalnum() and after.isalnum()


def _stays(view: str, s: int, a: int, b: int) -> bool:
    """Whether the gap ``view[a:b]`` of the line starting at ``s`` joins two halves of one line (no line break)."""
    return bool(
        _STAYS_BEFORE.match(view, b) or _ONE_CHAR.match(view, b)          # 以下是… / a piece of one character after
        or a - 1 == s or view[a - 2].isspace()                            # a piece of one character before
        or _STAYS_AFTER.search(view, max(s, a - 40), a)                   # a news lead, a reporter's role
        or (_LEAD.match(view, b) and a - max(s, view.rfind(" ", s, a) + 1) <= _CAPTION_MAX)   # 张三讲话 新华网讯(…
    )


def joined_lines(st: CleaningState, *, per_line: bool = False) -> None:
    """Turn the joining spaces of a line made of joined lines back into line breaks (rule ``joined_lines``).

    Parameters
    ----------
    st : CleaningState
        The cleaning run; its output is read, the line breaks are recorded as
        audited edits (each replaces a run of spaces by ``"\\n"``).
    per_line : bool, default False
        Also split the lines of a page with lines that hold a sentence end, a
        space and more text (every gap when two such, else those gaps only).
        Off in :data:`corpusmine.text.clean.RULES`: typeset spaces inside
        sentences of seed pages and reports would become line breaks
        (在全省181 个县区); paragraphs-flattened rounds 1-17 score 1044/1193
        with it, 1037 without.

    Returns
    -------
    None

    Examples
    --------
    >>> st = CleaningState("首页 > 讲话稿 作者: 佚名 同志们:今天开会。 二是要抓好落实。 上一篇:表态发言")
    >>> joined_lines(st)
    >>> print(st.doc.output)
    首页 > 讲话稿
    作者: 佚名
    同志们:今天开会。
    二是要抓好落实。
    上一篇:表态发言
    >>> st = CleaningState("同志们:\\n今天开会。 二是 要抓好落实。\\n谢谢大家!")    # 有行的页: 只拆句末空格
    >>> joined_lines(st, per_line=True)
    >>> st.doc.output
    '同志们:\\n今天开会。\\n二是 要抓好落实。\\n谢谢大家!'
    >>> st = CleaningState("同志们:\\n今天 开会。\\n谢谢大家!")          # 行内空格, 不是连接的行: 不动
    >>> joined_lines(st)
    >>> st.doc.edits
    []
    """
    out, view = st.view()
    if " " not in view and "\t" not in view:
        return
    starts: list[int] = []
    one_line = False
    n_lines = sum(1 for line in view.split("\n") if line.strip()) if view.count("\n") < 8 else _ONE_LINE_PAGE + 1
    if n_lines <= _ONE_LINE_PAGE:
        starts = [0] + [m.end() for m in re.finditer("\n", view)]
        one_line = True
    elif per_line:
        last = -1
        for m in _JOINED_PROSE.finditer(view):
            if m.start() > last:
                s = view.rfind("\n", 0, m.start()) + 1
                starts.append(s)
                last = view.find("\n", m.start())
                if last < 0:
                    break
    spans = []
    for s in starts:
        e = view.find("\n", s)
        e = len(view) if e < 0 else e
        prose_gaps = {m.end() for m in _JOINED_PROSE.finditer(view, s, e)}
        # the only line of a page, or one of two holding joined sentences (a title above a flattened body;
        # a menu below a one-line speech is no joined line), or with per_line two joined sentences
        every_gap = (one_line and (n_lines == 1 or bool(prose_gaps))) or len(prose_gaps) >= 2
        depth, pos = 0, s          # brackets open before the gap (counted from the last gap on: linear in the line)
        for m in _GAP.finditer(view, s, e):
            a, b = m.start(), m.end()
            depth = max(0, depth + sum(view.count(c, pos, a) for c in _OPENING)
                        - sum(view.count(c, pos, a) for c in _CLOSING))
            pos = a
            if b in prose_gaps and not _STAYS_BEFORE.match(view, b):
                spans.append((a, b, "\n"))
            elif every_gap and not depth and _BULLET.match(view, b, e):      # - 标题 / • 标题: an item of a list
                spans.append((a, b, "\n"))
            elif every_gap and not depth and not _stays(view, s, a, b) and (
                    not _inside_line(view[a - 1], view[b]) or _ADDRESSED.search(view, max(s, a - 12), a)
                    or _OPENS_LINE.match(view, b, e)
                    or (view[a - 1] in ":：" and _PROSE_VALUE.match(view, b, e))):
                spans.append((a, b, "\n"))
    if len(spans) >= (_MIN_BREAKS if one_line else 1):
        st.doc.replace_many(spans, "joined_lines")
