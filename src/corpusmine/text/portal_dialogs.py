"""Dialogs and switches a portal prints into its page: the leave-site dialog, the mobile/desktop switch, an
e-paper's list labels, picture credits closing a caption (held-out round 30, a development round since).

Each family is told by its shape on one line (the view is Simplified, so Traditional pages match too):

* **the leave-site dialog** (rule ``site_interface``): a government portal's warning before an outside link
  (您访问的链接即将离开"某某人民政府"门户网站 是否继续?) and, on a page that holds it, its buttons alone on a line
  (继续访问 放弃 / 确定 取消).  A line must name the site (网站, 门户, 本站, 页面): 我即将离开工作了十年的岗位
  stays, and so does any line in the speaker's voice.
* **the mobile/desktop switch** (rule ``site_interface``): 请选择... 进入手机版 | 继续浏览电脑版, alone on a line.
* **an e-paper's list labels** (rule ``site_menu``): 本版列表新闻, 本版新闻, 版面导航, 上一版 / 下一版 alone
  on a line, and, on a page that holds one of those, a page number and column alone (03:教育).  The page's headline
  index above its 版面导航 label (:func:`headline_index`) goes with the page navigation (``doc_notices``, round 242k).
* **a picture credit closing a caption** (rule ``photo_caption``): a line of at most 80 characters that ends
  with 图/某某 (学生表演话剧片段。图/某某); a line in the speaker's voice stays.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("您访问的链接即将离开“某某镇人民政府”门户网站 是否继续?\\n继续访问 放弃\\n同志们:\\n要抓好落实。")
>>> portal_dialogs(st)
>>> st.doc.output
'\\n\\n同志们:\\n要抓好落实。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines, lines_holding
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["dialog_spans", "headline_index", "portal_dialogs"]

_SP = r"[ \t\u3000]"
_END = "。！!"

_LEAVE = re.compile(rf"{_SP}*(?:您|你)?(?:所)?(?:访问|浏览|点击|打开)?的?(?:链接|网址|页面)?(?:将|即将|正在|马上)(?:要)?离开"
                    rf"[^\n{_END}]{{0,30}}?(?:网站|门户|本站|页面|网)[^\n{_END}]{{0,16}}")
_BUTTON = r"(?:继续访问|继续浏览|放弃|取消|确定|确认|关闭|返回)"
_BUTTONS = re.compile(rf"{_SP}*{_BUTTON}(?:[ \t\u3000|｜/]*{_BUTTON}){{1,3}}{_SP}*")
_MOBILE = r"(?:行动版|手机版|移动版|触屏版|手机网页版)"
_DESKTOP = r"(?:电脑版|桌面版|PC版|网页版)"
_GO = r"(?:进入|切换(?:到|至)?|访问|继续浏览|浏览|返回)?"
_SWITCH = re.compile(rf"{_SP}*(?:请选择[.。…]*{_SP}*)?{_GO}(?:{_MOBILE}|{_DESKTOP}){_SP}*[|｜/]?{_SP}*{_GO}(?:{_MOBILE}|{_DESKTOP}){_SP}*")
_EPAPER = re.compile(rf"{_SP}*(?:本版(?:列表)?新闻(?:列表)?|本版(?:导航|目录)|版面(?:导航|目录|概览)|上一版|下一版|"
                     rf"上一版{_SP}*下一版|往期回顾){_SP}*")
_COLUMN = re.compile(rf"{_SP}*[A-Z]?\d{{1,2}}{_SP}*[:：]{_SP}*[\u4e00-\u9fff]{{2,6}}{_SP}*")
_CREDIT = re.compile(r"[图圖]\s*[/／]\s*[\u4e00-\u9fff]{2,4}\s*$")


def dialog_spans(view: str) -> list[tuple[int, int, str]]:
    """``(start, end, rule)`` of the lines of this module's families in a page's Simplified view.

    Examples
    --------
    >>> page = "请选择... 进入手机版 | 继续浏览电脑版\\n本版列表新闻\\n03:教育\\n学生表演话剧片段。图/王某某\\n同志们:"
    >>> [page[s:e] for s, e, _ in dialog_spans(page)]
    ['请选择... 进入手机版 | 继续浏览电脑版', '本版列表新闻', '03:教育', '学生表演话剧片段。图/王某某']
    >>> dialog_spans("我即将离开工作了十年的岗位,心中万分不舍。\\n确定 取消")
    []
    """
    spans: list[tuple[int, int, str]] = []
    leave = [(s, e) for s, e, line in lines_holding(view, ("离开",))
             if len(line.strip()) <= 80 and _LEAVE.fullmatch(line) and not in_speech_voice(line)]
    spans += [(s, e, "site_interface") for s, e in leave]
    if leave:
        spans += [(s, e, "site_interface") for s, e, line in iter_lines(view)
                  if len(line) <= 24 and _BUTTONS.fullmatch(line)]
    spans += [(s, e, "site_interface") for s, e, line in lines_holding(view, ("版",))
              if len(line) <= 40 and _SWITCH.fullmatch(line)]
    epaper = [(s, e) for s, e, line in lines_holding(view, ("版",)) if len(line) <= 20 and _EPAPER.fullmatch(line)]
    spans += [(s, e, "site_menu") for s, e in epaper]
    if epaper:
        spans += [(s, e, "site_menu") for s, e, line in lines_holding(view, (":", "："))
                  if len(line) <= 16 and _COLUMN.fullmatch(line)]
    spans += [(s, e, "photo_caption") for s, e, line in lines_holding(view, ("/", "／"))
              if len(line.strip()) <= 80 and _CREDIT.search(line) and not in_speech_voice(line)]
    return spans


#: session av (round 242k): an e-paper page's headline index, the page's titles a line each between its 第N版 header (or
#: the page's top) and the 版面导航 label below them
_PAGE_HEADER = re.compile(rf"^{_SP}*第{_SP}*\d{{1,3}}{_SP}*版")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
MIN_HEADLINES = 3


def headline_index(lines: list[tuple[int, int, str]], k: int) -> list[tuple[int, int]]:
    """The headline lines right above line ``k`` (an e-paper's label), when they run up to the page's header or top.

    Examples
    --------
    >>> page = "第02版:要闻\\n某地召开大会\\n携手共建家园\\n看准方向 永远跟党走\\n \\n版面导航\\n同志们:"
    >>> lines = list(iter_lines(page))
    >>> [page[s:e] for s, e in headline_index(lines, 5)]
    ['看准方向 永远跟党走', '携手共建家园', '某地召开大会']
    """
    i = k - 1
    while i >= 0 and not lines[i][2].strip():
        i -= 1                                              # blank lines between the index and its label
    run = []
    while i >= 0 and lines[i][2].strip() and len(lines[i][2].strip()) <= 40 and not _SENTENCE_END.search(lines[i][2]) \
            and not _PAGE_HEADER.match(lines[i][2]):         # a headline may read as the speech's voice (持续推进…)
        run.append((lines[i][0], lines[i][1]))
        i -= 1
    top = i < 0 or not "".join(line for _s, _e, line in lines[:i + 1]).strip() or _PAGE_HEADER.match(lines[i][2])
    return run if len(run) >= MIN_HEADLINES and top else []


def portal_dialogs(st: CleaningState) -> None:
    """Delete the families of this module, each audited under its own rule (see the module's docstring).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> st = CleaningState("请大家确定 取消的会议安排。\\n我们要离开舒适区,到基层网格去。\\n图/文:要抓好落实。")
    >>> portal_dialogs(st)
    >>> st.doc.output
    '请大家确定 取消的会议安排。\\n我们要离开舒适区,到基层网格去。\\n图/文:要抓好落实。'
    """
    _, view = st.view()
    st.delete_spans(dialog_spans(view))
