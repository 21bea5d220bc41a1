"""What a government portal's article page leaves after its rows and menus are gone (development round chrome24).

Each family is a line of its own, told by its shape (the view is Simplified):

* **workflow rows** (rule ``meta_row``): a county media centre's sign-off of a story, one role to a line, with a
  short value and no sentence's end (核编:某某 / 签发:某某 / 投稿平台:某某用稿平台).
* **welcome lines** (rule ``site_notice``): 欢迎访问/欢迎光临 and the site's own name (…人民政府!, …网), alone.
* **service buttons** (rule ``site_interface``): three or more short lines in a row, each a service's button
  (电话咨询 / 邮件咨询 / 在线地图 / QQ客服).
* **video page furniture** (rule ``site_interface``): a function that is not open (上传视频功能暂未开放), an empty
  comment counter (发表评论 共有条评论), a label alone (视频简介), and a broadcast script's label at a paragraph's
  start (【解说】, 【同期声】; the label only).
* **QR and share widgets** (rule ``share_widget``): a QR code's label alone (公众号二维码), the account name beside
  it (某某微信), a share label between dashes (—分享—).
* **reading tools** (rule ``share_widget``): a row of three or more bracketed buttons of a reading bar
  (文字 【 】【增加行距】【缩小行距】【加粗】【高亮】【还原).
* **e-paper navigation** (rule ``navigation``): 返回 03-20 读报 alone; a line left with the neighbours' titles around
  下一篇: (某某活动下一篇:某某活动), no sentence's end.
* **flattened furniture**: the reading bar, the QR and share labels and the service buttons run together inside a
  line; a list of comment times (07-27 08:12评论()| …, rule ``related_list``); a picture's credit after a
  paragraph's last sentence at the line's end, with the source row after it (…出席了大会。(某某文 某某摄) 来源:某某网,
  rule ``byline``).

A speech's own lines stay: a role word in a sentence (要签发通知。), a welcome to guests (欢迎各位来宾莅临指导!), a
heading (一、加强咨询服务), a line in the speaker's voice.  Every removal is an audited edit.

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("欢迎访问某某县人民政府!\\n同志们:\\n要抓好落实。\\n核编:某某\\n签发:某某")
>>> portal_leftovers(st)
>>> st.doc.output
'\\n同志们:\\n要抓好落实。\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import finditer_on_lines, lines_holding
from corpusmine.text.patterns import SURNAMES_WIDE
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["leftover_rule", "portal_leftovers"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"

_WORKFLOW = re.compile(rf"^{_SP}*(?:核编|签发|签审|审签|终审|初审|复审|一审|二审|三审|值班编辑|值班主任|投稿平台|供稿平台|用稿平台)"
                       rf"{_SP}*[:：]{_SP}*[^\s。！？!?；;，,]{{1,24}}{_SP}*$")
_WELCOME = re.compile(rf"^{_SP}*欢迎(?:您)?(?:访问|光临|来到|进入|浏览){_SP}*[{_HAN}A-Za-z0-9·]{{2,30}}?"
                      rf"(?:人民政府|政府|网站|门户|官网|网|人大|政协|之窗|平台)(?:官方网站|门户网站)?{_SP}*[!！。.]?{_SP}*$")
_SERVICE = re.compile(rf"^{_SP}*(?:[A-Za-z]{{2,3}}|[{_HAN}]{{0,3}})(?:咨询|客服|地图|留言|反馈|导航|热线)[A-Za-z]{{0,3}}{_SP}*$")
_CLOSED = re.compile(rf"^{_SP}*[{_HAN}]{{0,12}}功能(?:暂未开放|暂不开放|暂停使用|正在开发中?|正在建设中?|维护中|已关闭|暂时关闭)[。!！]?{_SP}*$")
_EMPTY_COUNTER = re.compile(rf"^{_SP}*(?:发表评论{_SP}*)?共有{_SP}*\d*{_SP}*条评论{_SP}*$|^{_SP}*发表评论{_SP}*$")
_LABEL_ALONE = re.compile(rf"^{_SP}*(?:视频|节目)(?:简介|介绍)[:：]?{_SP}*$")
_SCRIPT_LABEL = re.compile(rf"(?m)^{_SP}*【(?:解说|同期|同期声|现场声|画外音|导视)】")
_QR = re.compile(rf"^{_SP}*[{_HAN}]{{0,8}}(?:公众号|微信|微博|手机版|客户端|APP|app)?二维码{_SP}*$")
_QR_START = re.compile(rf"^{_SP}*(?:公众号|微信|微博|手机版|客户端)?二维码")
_ACCOUNT = re.compile(rf"^{_SP}*[{_HAN}]{{2,10}}(?:微信|微博|客户端|APP|公众号){_SP}*$")
_DASH_SHARE = re.compile(rf"^{_SP}*[—\-–·]+{_SP}*(?:分享|分享到|一键分享){_SP}*[—\-–·]+{_SP}*$")
_READING = r"(?:增加行距|缩小行距|减小行距|加粗|高亮|还原|默认|放大|缩小|大|中|小|打印|关闭)"
_READING_BAR = re.compile(rf"^{_SP}*(?:文字|字体|字号)?{_SP}*[:：]?{_SP}*(?:[【\[]{_SP}*{_READING}?{_SP}*[】\]]?{_SP}*){{3,}}$")
_EPAPER_NAV = re.compile(rf"^{_SP}*返回{_SP}*(?:\d{{1,2}}-\d{{1,2}}{_SP}*)?(?:读报|目录|版面){_SP}*$"
                         # a paper's page label and its day switch (A03:要闻, 前一天 后一天; round 71)
                         rf"|^{_SP}*[A-Z]\d{{2}}{_SP}*版?{_SP}*[:：]{_SP}*[\u4e00-\u9fff]{{2,8}}{_SP}*$"
                         rf"|^{_SP}*(?:前一天|上一期)(?:{_SP}|[|｜])*(?:后一天|下一期)?{_SP}*$|^{_SP}*(?:后一天|下一期){_SP}*$")
_IPV6 = re.compile(rf"^{_SP}*(?:本站)?支持{_SP}*IPv?6{_SP}*$", re.I)
#: a line whose titles are the neighbours' links, cut from their labels: 某某活动下一篇:某某活动
_PAGER = re.compile(rf"^[^。！？!?\n]{{0,50}}(?:上一篇|下一篇|上一条|下一条)(?:文章|新闻|信息|范文)?[:：][^。！？!?\n]{{0,50}}$")
#: service buttons run together on one line (a flattened page): 电话咨询邮件咨询在线地图QQ客服
_SERVICE_RUN = re.compile(rf"^{_SP}*(?:(?:[A-Za-z]{{2,3}}|[{_HAN}]{{0,3}}?)(?:咨询|客服|地图|留言|反馈|导航|热线){_SP}*){{3,}}$")

# ---------------------------------------------------------------- inside a line (flattened pages)

#: a reading bar inside a line: (文字) 【 】【增加行距】【缩小行距】【加粗】【高亮】【还原
_READING_RUN = re.compile(rf"(?:(?:文字|字体|字号)[:：]?{_SP}*)?(?:[【\[]{_SP}*{_READING}?{_SP}*[】\]]{_SP}*){{3,}}"
                          rf"(?:[【\[]{_SP}*{_READING}(?![{_HAN}]))?")
_READING_WORD = re.compile(r"行距|加粗|高亮|还原|默认|放大|缩小")
#: a QR code's label glued to a share label between dashes, and that share label alone
_QR_SHARE = re.compile(rf"(?:[{_HAN}]{{2,10}}(?:微信|微博){_SP}*)?(?:(?:公众号|微信)?二维码{_SP}*)?[—–]{{1,3}}{_SP}*分享{_SP}*[—–]{{1,3}}")
#: a list of comment times: 07-27 08:12评论()| 07-27 08:07评论()| …
_COMMENT_TIMES = re.compile(rf"(?:\d{{1,2}}-\d{{1,2}}{_SP}+\d{{1,2}}:\d{{2}}{_SP}*评论[(（]\d*[)）]{_SP}*[|｜]?{_SP}*){{3,}}")
#: a picture's credit after the paragraph's last sentence: …出席了大会。(某某某文 某某摄)
_END_CREDIT = re.compile(rf"(?m)(?<=[。！？!?”]){_SP}*[(（]{_SP}*(?![见详附如下上原])[{_HAN}]{{2,4}}{_SP}*(?:文|摄|图)"
                         rf"(?:{_SP}*[/、]?{_SP}*[{_HAN}]{{2,4}}{_SP}*(?:摄|图))?{_SP}*[)）]"
                         rf"(?:{_SP}*(?:来源|稿源)[:：]{_SP}*[^\s。！？!?，,:：]{{2,16}})?{_SP}*$")

#: a news report's closing credit of bare names after its last sentence: …评议打分。(程功,深户) (round 266k); read on the
#: page's last line only, two or three names, the first after a surname, no stage direction ((掌声 笑声))
_CLOSING_NAMES = re.compile(rf"(?<=[。！？!?”]){_SP}*[(（](?P<n>[{_HAN}]{{2,3}}(?:{_SP}*[,，、]{_SP}*[{_HAN}]{{2,3}}){{1,2}})[)）]{_SP}*$")
_STAGE = re.compile(r"掌声|笑声|鼓掌|欢呼|全场|起立|停顿|众笑|大笑|完")


def _closing_names(view: str) -> list[tuple[int, int, str]]:
    end = len(view.rstrip())
    m = _CLOSING_NAMES.search(view, max(0, view.rfind("\n", 0, end) + 1), end)
    if m is None or m["n"][0] not in SURNAMES_WIDE or _STAGE.search(m["n"]):
        return []
    return [(m.start(), m.end(), "byline")]


def leftover_rule(line: str) -> str | None:
    """The rule a line alone falls under, or None (service buttons and account names need their neighbours).

    Examples
    --------
    >>> [leftover_rule(x) for x in ("核编:某某", "欢迎访问某某县人民政府!", "上传视频功能暂未开放", "发表评论 共有条评论",
    ...                              "公众号二维码", "—分享—", "文字 【 】【增加行距】【缩小行距】【加粗】【高亮】【还原", "返回 03-20 读报")]
    ['meta_row', 'site_notice', 'site_interface', 'site_interface', 'share_widget', 'share_widget', 'share_widget', 'navigation']
    >>> [leftover_rule(x) for x in ("要及时签发通知。", "签发:要在三日内办结,不得拖延。", "欢迎各位来宾莅临指导!",
    ...                              "一、加强咨询服务", "要把二维码贴到每家门口。", "这项功能暂未开放。我们要加快建设")]
    [None, None, None, None, None, None]
    """
    t = line.strip()
    if not t or len(t) > 60:
        return None
    rule = None
    if _WORKFLOW.match(t):
        rule = "meta_row"
    elif _WELCOME.match(t):
        rule = "site_notice"
    elif _CLOSED.match(t) or _EMPTY_COUNTER.match(t) or _LABEL_ALONE.match(t):
        rule = "site_interface"
    elif _QR.match(t) or _DASH_SHARE.match(t) or ("【" in t or "[" in t) and _READING_BAR.match(t):
        rule = "share_widget"
    elif _EPAPER_NAV.match(t) or _PAGER.match(t):
        rule = "navigation"
    elif _IPV6.match(t) or len(t) <= 40 and _SERVICE_RUN.match(t):
        rule = "site_interface"
    return None if rule is None or in_speech_voice(t) else rule


#: words every line one of the line patterns takes holds (the lines are found by ``str.find``, not by a scan)
_LINE_WORDS = ("核编", "签发", "签审", "审签", "终审", "初审", "复审", "一审", "二审", "三审", "值班", "平台", "欢迎", "功能", "评论",
               "简介", "介绍", "二维码", "分享", "【", "[", "返回", "IPV6", "IPv6", "ipv6", "一篇", "一条",
               "一天", "一期", ":", "：")
_SERVICE_WORDS = ("咨询", "客服", "地图", "留言", "反馈", "导航", "热线")
_LINE_WORDS += _SERVICE_WORDS
_ACCOUNT_WORDS = ("微信", "微博", "客户端", "APP", "公众号")


def _runs(view: str, found: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]]:
    """The lines of ``found`` that stand in a run of ``n`` or more with nothing but blank lines between them."""
    out, run = [], []
    for line in found:
        if run and view[run[-1][1]:line[0]].strip():
            out += run if len(run) >= n else []
            run = []
        run.append(line)
    return out + (run if len(run) >= n else [])


def _spans(view: str) -> list[tuple[int, int, str]]:
    spans = []
    for s, e, line in lines_holding(view, _LINE_WORDS):
        rule = leftover_rule(line)
        if rule:
            spans.append((s, e, rule))
    # three service buttons in a row
    service = [(s, e, line) for s, e, line in lines_holding(view, _SERVICE_WORDS)
               if len(line.strip()) <= 8 and _SERVICE.match(line)]
    spans += [(s, e, "site_interface") for s, e, _ in _runs(view, service, 3)]
    # an account's name beside its QR code's label
    if "二维码" in view:
        marks = [(s, e, line) for s, e, line in lines_holding(view, _ACCOUNT_WORDS + ("二维码",))
                 if _ACCOUNT.match(line) or _QR_START.match(line)]
        for i, (s, e, line) in enumerate(marks):
            beside = [marks[j] for j in (i - 1, i + 1) if 0 <= j < len(marks)]
            if _ACCOUNT.match(line) and any(_QR_START.match(b[2]) and not view[min(e, b[1]):max(s, b[0])].strip()
                                            for b in beside):
                spans.append((s, e, "share_widget"))
    spans += [(m.start(), m.end(), "site_interface") for m in finditer_on_lines(_SCRIPT_LABEL, view, ("【",))]
    for m in finditer_on_lines(_READING_RUN, view, ("【", "[")):
        if len(_READING_WORD.findall(m.group())) >= 2:
            spans.append((m.start(), m.end(), "share_widget"))
    spans += [(m.start(), m.end(), "share_widget") for m in finditer_on_lines(_QR_SHARE, view, ("分享",))]
    spans += [(m.start(), m.end(), "related_list") for m in finditer_on_lines(_COMMENT_TIMES, view, ("评论",))]
    spans += [(m.start(), m.end(), "byline") for m in finditer_on_lines(_END_CREDIT, view, ("摄)", "摄）", "文)", "文）", "图)", "图）"))]
    return spans + _closing_names(view)


def portal_leftovers(st: CleaningState) -> None:
    """Delete the leftovers of this module (rules ``meta_row``, ``site_notice``, ``site_interface``,
    ``share_widget``, ``navigation``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("【解说】5月31日,我市召开动员大会。\\n电话咨询\\n邮件咨询\\n在线地图\\n某某人大微信\\n公众号二维码\\n—分享—")
    >>> portal_leftovers(st)
    >>> st.doc.output
    '5月31日,我市召开动员大会。\\n\\n\\n\\n\\n\\n'
    """
    _, view = st.view()
    st.delete_spans(_spans(view))
