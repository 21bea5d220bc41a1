"""Chrome below the text that the edge rules cannot see: comment boxes and letter-spaced footers.

* **comment boxes** (rule ``comment_box``): a news page ends on its comment
  box: a header alone on a line (发表评论, 网友评论, 我来说两句, 留言板, 评论(3))
  and below it the board's terms (本网对留言系统使用者发布的文字保有修改或删除的
  权利…, 请遵守留言规则), prompts and short widget lines.  The terms are written
  in sentences, so :mod:`corpusmine.text.page_edges` reads them as the last
  lines of the speech.  The header counts only below the first third of a page
  with two or more lines of prose above it; below it go short lines without a
  sentence end (twelve characters or fewer, or naming the board or a widget:
  登录, 提交评论) and the lines that speak of the board (留言/评论/跟帖 with
  规则, 规定, 权利, 删除, 账号, 遵守 …); the first other line stops the box.  A speech that mentions comments (对网友留言要及时回复。)
  has no header line above it and stays.
* **comment-system strings** (rule ``comment_box``): the fixed strings of blog and comment software on a line of
  their own, wherever they stand (评论已关闭。, 发表回复, 取消回复, 电子邮件地址不会被公开。 必填项已用*标注,
  登录后才能发表评论, Comments are closed.); they end in a full stop, so without this the last of them
  would count as the speech's last sentence.
* **readers' replies** (rule ``comment_box``, :func:`reader_reply_spans`): a forum thread or a blog's comments
  quoting a speech end on short lines judging it as writing (这篇文章…原汁原味, 结构清晰 辞藻丰富, 写得不错,感谢分享);
  they go when the page holds three or more, each fifty characters or fewer and not in the speaker's voice.
* **letter-spaced footers** (rule ``copyright_footer``): a footer typeset with
  a space between its characters (某 某 日 报 社 版 权 所 有  未 经 授 权 禁 止 复
  制) is read with its spaces closed and goes when the closed line is a
  copyright or link footer (:data:`corpusmine.text.patterns.FOOTER`,
  :data:`~corpusmine.text.patterns.FOOTER_LINK`) and not in the speaker's
  voice; a spaced salutation (同 志 们:) stays.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = ("会议要求,要把各项任务抓实抓细。\\n各部门要久久为功,抓出成效。\\n发表评论\\n"
...         "本网对留言系统使用者发布的文字保有删除的权利。\\n某 某 日 报 社 版 权 所 有")
>>> st = CleaningState(page)
>>> bottom_chrome(st)
>>> st.doc.output
'会议要求,要把各项任务抓实抓细。\\n各部门要久久为功,抓出成效。\\n\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.edits import iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["bottom_chrome", "comment_box_spans", "spaced_footer_spans"]

_COMMENT_HEAD = re.compile(
    r"^[ \t\u3000]*[【\[]?(?:发表|我要|网友|读者|用户|最新|热门|全部|精彩|相关|参与|查看)?(?:评论|留言|跟帖)(?:区|板|列表|须知)?"
    r"[】\]]?[ \t\u3000]*(?:[(（]\s*\d*\s*[)）]|\d+)?[ \t\u3000]*[:：]?[ \t\u3000]*$"
    r"|^[ \t\u3000]*(?:发表意见|我来说两句|我要说两句|说两句|网友意见)[ \t\u3000]*[:：]?[ \t\u3000]*$")
#: the fixed strings of blog and comment software (a whole line of at most 80 characters)
_COMMENT_SYSTEM = re.compile(
    r"^[ \t\u3000]*(?:评论(?:已|已被|被)?关闭[。.]?|(?:暂无|还没有|没有)(?:任何)?评论[。.!！]?|(?:发表|发布|取消)回复|留下(?:你的|您的)?评论|"
    r"发[表布]留言|(?:发[表布](?:留言|评论|回复))?(?:(?:必须填写|必填)的)?(?:你|您)?的?电子邮[件箱](?:地址)?不会(?:被)?公开[。.]?|必填(?:项|栏位|字段)?(?:已用|已|标示为|已标记为|标记为)\s*[*＊]\s*(?:标注)?[。.]?|"
    r"(?:请)?登录(?:后)?(?:才能|即可|以)?(?:发表|参与)?评论[。.!！]?|Comments? (?:are|is) closed\.?|Leave a (?:Reply|Comment)|"
    r"You must be logged in to post a comment\.?|Your email address will not be published\.?|Required fields are marked \*)"
    r"(?:[ \t\u3000]*(?:必填(?:项|栏位|字段)?(?:已用|已|标示为|已标记为|标记为)\s*[*＊]\s*(?:标注)?[。.]?|Required fields are marked \*))?[ \t\u3000]*$",
    re.I | re.M)
_BOARD = re.compile(r"留言|评论|跟帖|发言")
_TERMS = re.compile(r"规则|规定|须知|条款|权利|删除|封锁|帐号|账号|遵守|法律责任|本网|本站|使用者|登录|注册|文明上网|理性发言|验证码|字数")
#: a sentence end: a line without one is short chrome, a line with one (eight characters or more) is prose
_END = re.compile(r"[。！？!?；;]")


def comment_box_spans(view: str) -> list[tuple[int, int]]:
    """Lines of a comment box below the first third of a page (see the module docstring).

    Parameters
    ----------
    view : str
        The page (Simplified view).

    Examples
    --------
    >>> page = ("会议要求,要把各项任务抓实抓细。\\n各部门要久久为功,抓出成效。\\n网友评论\\n请遵守留言规则,文明上网。\\n"
    ...         "登录\\n会议还对下一步工作作了具体部署")
    >>> [page[s:e] for s, e in comment_box_spans(page)]
    ['网友评论', '请遵守留言规则,文明上网。', '登录']
    >>> comment_box_spans("要抓好落实。\\n对网友留言要及时回复,不得删除。\\n要久久为功。")
    []
    """
    if not any(w in view for w in ("评论", "留言", "跟帖", "发表意见", "说两句")):
        return []
    lines = list(iter_lines(view))
    half = len(view) // 3
    prose = 0
    for k, (s, e, line) in enumerate(lines):
        if s >= half and prose >= 2 and _COMMENT_HEAD.match(line):   # below the first third, after prose
            spans = [(s, e)]
            for s2, e2, nxt in lines[k + 1:]:
                t = nxt.strip()
                if not t:
                    continue
                short = len(t) <= 40 and not _END.search(t)
                words = set(_TERMS.findall(t)) if _BOARD.search(t) else set()
                terms = len(words) >= 3 or bool(words) and not in_speech_voice(t)   # (three terms: the board's rules)
                if not (short or terms):
                    break
                if terms or short and (_BOARD.search(t) or _TERMS.search(t) or len(t) <= 12):
                    spans.append((s2, e2))
                else:
                    break
            return spans
        if _END.search(line) and len(line.strip()) >= 8:
            prose += 1
    return []


#: eight or more one-character tokens in a row: the lines holding one are the candidates of :func:`spaced_footer_spans`
_SPACED_RUN = re.compile(r"(?:[^\s][ \t\u3000]{1,3}){7,}[^\s]")


def _letter_spaced(line: str) -> bool:
    tokens = line.split()
    return len(tokens) >= 8 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens)


def spaced_footer_spans(view: str) -> list[tuple[int, int]]:
    """Letter-spaced lines that, with their spaces closed, are a copyright or link footer.

    Examples
    --------
    >>> page = "同 志 们 :\\n要抓好落实。\\n某 某 日 报 社 版 权 所 有  未 经 授 权 禁 止 复 制"
    >>> [page[s:e][:17] for s, e in spaced_footer_spans(page)]
    ['某 某 日 报 社 版 权 所 有']
    """
    spans = []
    done = -1
    for m in _SPACED_RUN.finditer(view):
        if m.start() < done:
            continue
        s = view.rfind("\n", 0, m.start()) + 1
        e = view.find("\n", m.end())
        e = len(view) if e < 0 else e
        done = e
        line = view[s:e]
        if not _letter_spaced(line):
            continue
        closed = "".join(line.split())
        if (P.FOOTER.search(closed) or P.FOOTER_LINK.search(closed)) and not in_speech_voice(closed):
            spans.append((s, e))
    return spans


#: a reader's reply that judges the text as writing (a forum thread or a blog's comments quoting a speech; round 184k)
_PRAISE = re.compile(r"感谢分享|谢谢分享|多谢分享|感谢楼主|楼主|写得[^,，。!！\n]{0,3}(?:好|不错|棒|精彩|到位)|原汁原味|辞藻|眼前一亮|收藏了"
                     r"|学习了[!！。]*$|顶一下|好文|(?:这|此)篇(?:文章|讲话稿?|稿子|发言)|结构(?:清晰|严谨)|逻辑(?:紧密|清晰|严密)|特点鲜明"
                     r"|(?:很|确实|非常|真的)[^,，。\n]{0,3}值得学习")
#: replies on a page before they are taken: one alone may be a speech's own word
_MIN_REPLIES = 3


def reader_reply_spans(view: str) -> list[tuple[int, int]]:
    """Short lines of readers judging the text as writing, when the page holds three or more (rule ``comment_box``).

    Examples
    --------
    >>> page = ("要抓好茶园建设,提高标准。\\n这篇文章能看到领导自己的语言,原汁原味\\n认真学习一下,每次都眼前一亮。\\n"
    ...         "结构清晰 辞藻丰富 确实很值得学习\\n张书记讲的经验值得学习。")
    >>> [page[s:e] for s, e in reader_reply_spans(page)]
    ['这篇文章能看到领导自己的语言,原汁原味', '认真学习一下,每次都眼前一亮。', '结构清晰 辞藻丰富 确实很值得学习']
    """
    found = [(s, e) for s, e, line in iter_lines(view)
             if 0 < len(line.strip()) <= 50 and _PRAISE.search(line.strip()) and not in_speech_voice(line)]
    return found if len(found) >= _MIN_REPLIES else []


def bottom_chrome(st: CleaningState) -> None:
    """Delete comment boxes (rule ``comment_box``) and letter-spaced footers (rule ``copyright_footer``).

    Examples
    --------
    >>> st = CleaningState("会议要求,要把各项任务抓实抓细。\\n各部门要久久为功,抓出成效。\\n我来说两句\\n谢谢大家!")
    >>> bottom_chrome(st)
    >>> st.doc.output
    '会议要求,要把各项任务抓实抓细。\\n各部门要久久为功,抓出成效。\\n\\n谢谢大家!'
    """
    _, view = st.view()
    spans = [(s, e, "comment_box") for s, e in comment_box_spans(view)]
    if any(w in view for w in ("评论", "回复", "留言", "公开", "必填", "omment", "eply", "ublished")):
        spans += [(m.start(), m.end(), "comment_box") for m in _COMMENT_SYSTEM.finditer(view) if m.end() > m.start()]
    spans += [(s, e, "copyright_footer") for s, e in spaced_footer_spans(view)]
    spans += [(s, e, "comment_box") for s, e in reader_reply_spans(view)]
    if spans:
        st.delete_spans(spans)
