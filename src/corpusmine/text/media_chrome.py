"""Chrome of news-media pages: production credit runs, tails under the credits, column boxes, e-paper reader rows,
forum counters, reporters' sign-offs and datelines, title date brackets, licence footers (development round 30d:
city newspapers and their e-papers, TV and radio sites, news portals and their mirrors).

A report of a leader's speech on a newspaper's, a TV station's or a news portal's page (or a mirror of one) brings
furniture of the newsroom, each family told by the shape of a line (the view is Simplified, so Traditional mirrors
are read the same way):

* **production credit runs** (:func:`is_credit_line`, rule ``editor_credit``): a line of one or more production
  credits, a role, a colon and names only (策划:某某、某某, 监制:某某, 摄像:某某, 配音:某某, 审校:某某
  【编辑:某某】), when the page has two such lines together or a line holds two; a unit's credit (某某社联合制作,
  某某工作室出品) and a video page's end mark (新闻结尾) go with the run.
* **tails under the credits** (rule ``related_list``): a related link's text (……的相关文章), and below it or
  below a credit line the short lines that run to the page's end without a sentence (本网首发, 某某视觉, 某某热点,
  headlines of other reports).
* **column boxes** (rule ``site_menu``): a column's head with its "more" link (某某资讯 更多...) and the short
  items under it (·4月7日《某某》).
* **e-paper reader rows** (rule ``page_meta``): the paper's name in a reader's field (当前报纸名称:某某晚报).
* **forum counters** (rule ``site_interface``): a thread's counters (• 3761阅读, 0回复), the style switch
  (论坛风格切换), the reply box's note (如果您提交过一次失败了…) and a copy-link button after the title
  ([复制链接]).
* **reporters' sign-offs and datelines** (rule ``byline``): a reporter's closing line (某某新闻记者某某某地报道),
  an agency's dateline alone on its line (新华社北京2月6日电); the leads opening a report's sentence are read by
  :mod:`corpusmine.text.news_leads`.
* **title date brackets** (rule ``date_stamp``): a date in brackets closing a headline ((2012年08月14日)).
* **channel labels and page buttons** (rule ``site_interface``): a channel's name between bars (|某某快讯|), a
  window button in lenticular brackets (〖关闭窗口〗), a site row with a URL and a time field
  (某某网 http://… 时间:2018-02-07 08:58).
* **licence footers** (rule ``copyright_footer``): a line of broadcasting or news-service licence numbers
  (信息网络传播视听节目许可证编号:…).

A line in the speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`) stays, and so does a line
holding a sentence's end where a family's shape has none.  Every removal is an audited edit
(``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("同志们:\\n要抓好落实。\\n策划:张某某\\n监制:李某、王某某\\n本网首发\\n某某热点")
>>> media_chrome(st)
>>> st.doc.output
'同志们:\\n要抓好落实。\\n\\n\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.news_leads import DATELINE_ALONE, SIGN_OFF
from corpusmine.text.lines import finditer_on_lines, iter_lines
from corpusmine.text.page_edges import TAIL_KEEP
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["is_column_head", "is_credit_line", "media_chrome"]

_SPC = r" \t\u3000"
_SP = rf"[{_SPC}]"
_HAN = r"\u4e00-\u9fff"
_SENT_END = re.compile(r"[。！？!?；;]")

# ---------------------------------------------------------------- production credit runs

#: roles of a newsroom's production credits
_ROLE = (r"(?:总策划|策划|统筹|总监制|监制|编导|导演|摄像|摄影|拍摄|航拍|剪辑|后期|制作|配音|主播|播音|审校|视觉|设计|"
         r"海报|制图|美编|文案|文字报道|文字|记者|采写|撰稿|图文编辑|责任编辑|责编|编辑|校对|审核|终审|初审|一审|二审|三审|"
         r"主编|执行|动画|字幕|出品人)")
_NAME = rf"[{_HAN}·]{{2,4}}"
_NAMES = rf"{_NAME}(?:{_SP}*[、,，/]{_SP}*{_NAME}){{0,8}}"
_CREDIT = rf"[【\[(（]?{_SP}*{_ROLE}{_SP}*[:：|｜]{_SP}*{_NAMES}{_SP}*[】\])）]?"
_UNIT = rf"[{_HAN}、]{{2,16}}(?:联合)?(?:制作|出品)"
_ITEM = rf"(?:{_CREDIT}|新闻结尾)"
_CREDIT_LINE = re.compile(rf"^{_SP}*{_ITEM}(?:{_SP}*{_ITEM})*{_SP}*$")
_CREDIT_COUNT = re.compile(_CREDIT)
_UNIT_LINE = re.compile(rf"^{_SP}*{_UNIT}{_SP}*$")


def is_credit_line(line: str) -> bool:
    """Whether a line is production credits only: roles, colons and names (and a video's end mark).

    Examples
    --------
    >>> [is_credit_line(x) for x in ("策划:张某某、李某", "配音:王某某", "审校:赵某、钱某某 【编辑:孙某】 新闻结尾")]
    [True, True, True]
    >>> is_credit_line("策划:要把活动办好。"), is_credit_line("统筹:城乡发展和乡村振兴")   # 讲话里的“统筹”
    (False, False)
    """
    x = line.strip()
    return (0 < len(x) <= 90 and not _SENT_END.search(x) and bool(_CREDIT_LINE.match(x))
            and not in_speech_voice(x) and not re.search(r"(?:发展|振兴|建设|工作|推进|整治)$", x))


# ---------------------------------------------------------------- tails, related links

_RELATED_LINK = re.compile(rf"^{_SP}*\S.{{2,78}}的相关文章{_SP}*$")
_SHORT_TAIL = 40          # a tail line under a related link: a headline
_LABEL_TAIL = 10          # a tail line under a credit: a label (本网首发, 某某热点)
_KEEP_TAIL = re.compile(r"谢谢|再见|完毕|结束|同志|大家|我们|[。；;]")

# ---------------------------------------------------------------- column boxes

_COLUMN_HEAD = re.compile(rf"^{_SP}*[{_HAN}]{{2,8}}{_SP}*(?:更多|more|MORE)(?:{_SP}*(?:\.{{2,3}}|…+|>>|»|>|》))?{_SP}*$")
_MORE_ALONE = re.compile(rf"^{_SP}*(?:更多|more|MORE){_SP}*(?:\.{{2,3}}|…+|>>|»){_SP}*$")
_HEAD_ALONE = re.compile(rf"^{_SP}*[{_HAN}]{{2,8}}{_SP}*$")
_BOX_STOP = re.compile(r"^\s*(?:您现在的位置|您的位置|当前位置|首页\s*[>»])")
_BOX_ITEM_MAX = 30


def is_column_head(line: str) -> bool:
    """Whether a line is a column's head with its "more" link.

    Examples
    --------
    >>> is_column_head("首府资讯 更多..."), is_column_head("生活导航更多>>"), is_column_head("更多精彩请关注。")
    (True, True, False)
    """
    return bool(_COLUMN_HEAD.match(line))


# ---------------------------------------------------------------- one-line families

_READER_ROW = re.compile(rf"^{_SP}*当前(?:报纸|报刊|刊物|版面|期次)(?:名称)?{_SP}*[:：]{_SP}*\S{{2,20}}{_SP}*$")
_FORUM_LINE = re.compile(
    rf"^{_SP}*(?:[•·*\-]{_SP}*)?(?:\d+{_SP}*(?:阅读|回复|浏览|查看)(?:{_SP}*[•·|/]{_SP}*\d+{_SP}*(?:阅读|回复|浏览|查看))*"
    rf"|论坛风格切换\S{{0,10}}|如果您提交过一次失败了.{{0,40}}){_SP}*$")
_COPY_LINK = re.compile(rf"(?<=\S){_SP}*\[复制链接\]{_SP}*$", re.M)
_TITLE_DATE = re.compile(rf"(?<=[{_HAN}”》\w]){_SP}*[(（]{_SP}*\d{{4}}年\d{{1,2}}月\d{{1,2}}日{_SP}*[)）]{_SP}*$", re.M)
_CHANNEL = re.compile(rf"^{_SP}*[|｜]{_SP}*[{_HAN}]{{2,8}}{_SP}*[|｜]{_SP}*$")
_BUTTON = re.compile(rf"^{_SP}*〖{_SP}*(?:关闭窗口|关闭本页|关闭|打印本页|打印|返回顶部|收藏本页|返回首页){_SP}*〗{_SP}*$")
_URL_TIME_ROW = re.compile(rf"^{_SP}*\S{{0,16}}{_SP}*https?://\S+{_SP}+(?:时间|日期|发布时间){_SP}*[:：]{_SP}*\d{{4}}-\d{{1,2}}-\d{{1,2}}"
                           rf"(?:{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_SP}*$")
_POSITION = re.compile(rf"^{_SP}*(?:您当前的位置|您现在的位置|您的位置|当前位置){_SP}*[:：]{_SP}*\S[^。！？\n]{{0,60}}$")
#: an anti-copy jammer glued after a sentence's end: ASCII tokens of one to three characters (~7 C- U% R$ }),
#: perhaps after the forum's host and port (5.39.217.77:8898;)
_JAMMER_TAIL = re.compile(r"(?<=[。！？!?”」])[ \t]*(?:[\w.-]+:\d{2,5};)?[ \t]*[!-~]{1,3}(?:[ \t]+[!-~]{1,3}){4,}[ \t]*$",
                          re.M)
#: an image placeholder alone on its line: [attach]123[/attach], [img]…[/img], 图片1.jpg
_PICTURE = re.compile(rf"^{_SP}*(?:\[attach\]\d+\[/attach\]|\[img\][^\n]{{0,200}}?\[/img\]|\S{{1,40}}\.(?:jpe?g|png|gif|JPE?G|PNG)){_SP}*$")
_CAPTION_MAX = 20
#: a short caption glued before a news lead (…现场采访。某网某站11月9日讯)
_CAPTION_BEFORE_LEAD = re.compile(rf"^{_SP}*([^。！？\n,，]{{4,{_CAPTION_MAX}}}。)(?=[^。！？\n]{{2,16}}\d{{1,2}}月\d{{1,2}}日(?:讯|电))")
#: the same furniture glued into a flattened line: a column head and its dotted items (某某资讯 更多... ·4月7日《某某》),
#: a thread's bulleted counters (• 3761阅读 • 0回复), the style switch, the reply box and its note, a page button
#: after a sentence's end (…要保护好。 返回列表)
_INLINE = (
    (re.compile(rf"(?<![{_HAN}])[{_HAN}]{{2,8}}{_SP}*更多(?:\.{{2,3}}|…+|>>|»)(?:{_SP}*[·•][^·•\n。！？>»]{{2,30}}?(?={_SP}*(?:[·•]|$|[{_HAN}]{{2,8}}{_SP}*更多)))*",
                re.M),
     "site_menu"),
    (re.compile(rf"[•·]{_SP}*\d+{_SP}*(?:阅读|回复)(?![{_HAN}])"), "site_interface"),
    (re.compile(r"论坛风格切换(?:切换到(?:宽版|窄版))?|如果您提交过一次失败了[^。\n]{0,30}?恢复帖子内容|快速回复\s*限\d+\s*字节"),
     "site_interface"),
    (re.compile(rf"(?<=[。！？!?”])[{_SPC}]*(?:返回列表|返回顶部|关闭窗口|打印本页){_SP}*$", re.M), "site_interface"),
)
#: the words every match of a look-behind-first pattern holds (none holds a line break): it is tried on their lines only
_HOLDS = {
    _INLINE[0][0]: ("更多",),
    _INLINE[3][0]: ("返回列表", "返回顶部", "关闭窗口", "打印本页"),
    _TITLE_DATE: ("年",),
    _COPY_LINK: ("[复制链接]",),
}


def _finditer(pattern: re.Pattern, view: str):
    return finditer_on_lines(pattern, view, _HOLDS[pattern]) if pattern in _HOLDS else pattern.finditer(view)


_LICENCE = re.compile(r"(?:许可证|备案)(?:编号|号)?\s*[:：]?\s*[\dA-Za-z(（]")
_LICENCE_LEAD = re.compile(r"^\s*(?:信息网络传播视听节目|广播电视节目制作经营|互联网新闻信息服务|网络文化经营|出版物经营)")


def _licence_footer(line: str) -> bool:
    """A line of licence numbers of a news site (信息网络传播视听节目许可证编号:…), no sentence."""
    x = line.strip()
    return (0 < len(x) <= 120 and "。" not in x and bool(_LICENCE_LEAD.match(x))
            and len(_LICENCE.findall(x)) >= 1)


def _sign_off(line: str) -> bool:
    """A reporter's closing line (某某新闻记者某某某地报道, 新唐人记者某某、某某纽约报导): names and a place, no function word
    (感谢记者朋友们的报道 and 新闻记者要做好报道 are sentences)."""
    m = SIGN_OFF.match(line)
    return bool(m) and not re.search(r"[的们要做好把将对在为请让给向从到和与及了着过是有也都就还去来]|朋友|同志|大家",
                                     (m.group("pre") or "") + m.group("mid"))


def _one_line(line: str) -> str | None:
    """The rule of a one-line family the line belongs to, or None."""
    x = line.strip()
    if not x or len(x) > 120:
        return None
    if _READER_ROW.match(x):
        return "page_meta"
    if _FORUM_LINE.match(x) or _CHANNEL.match(x) or _BUTTON.match(x):
        return "site_interface"
    if _URL_TIME_ROW.match(x):
        return "page_meta"
    if _POSITION.match(x) and not in_speech_voice(x):
        return "breadcrumb"
    if _sign_off(x) or DATELINE_ALONE.match(x):
        return "byline"
    if _licence_footer(x):
        return "copyright_footer"
    return None


# ---------------------------------------------------------------- the rule

def _lines(view: str) -> list[tuple[int, int, str]]:
    return [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]


def _credit_spans(lines: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], int]:
    """Spans of the credit runs, and the index of the last line of the last run (-1 when none)."""
    spans, last = [], -1
    flags = [is_credit_line(line) for _, _, line in lines]
    for i, (s, e, line) in enumerate(lines):
        if not flags[i]:
            continue
        run = (i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1])
        if run or len(_CREDIT_COUNT.findall(line)) >= 2:
            spans.append((s, e, "editor_credit"))
            last = max(last, i)
    if spans:                                # a unit's credit beside a run (某某社联合制作, 某某工作室出品)
        taken = {s for s, _, _ in spans}
        for i, (s, e, line) in enumerate(lines):
            if s in taken or not _UNIT_LINE.match(line) or len(line.strip()) > 24:
                continue
            near = [j for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(lines) and lines[j][0] in taken]
            if near:
                spans.append((s, e, "editor_credit"))
                taken.add(s)
                last = max(last, i)
    return spans, last


def _tail_spans(lines: list[tuple[int, int, str]], credit_last: int) -> list[tuple[int, int, str]]:
    """Related links (……的相关文章) and the short lines running from them, or from a credit, to the page's end."""
    spans = [(s, e, "related_list") for s, e, line in lines if _RELATED_LINK.match(line) and not in_speech_voice(line)]
    anchor, limit = -1, 0
    if spans:
        anchor = max(i for i, (s, _, _) in enumerate(lines) if s == spans[-1][0])
        limit = _SHORT_TAIL
    if credit_last < 0:                  # a single credit line (责任编辑:某某) anchors a tail of labels too
        credit_last = max((i for i, (_, _, line) in enumerate(lines) if is_credit_line(line)), default=-1)
    if credit_last > anchor:
        anchor, limit = credit_last, _LABEL_TAIL
    if anchor < 0:
        return spans
    rest = lines[anchor + 1:]
    if not rest or len(rest) > 12:
        return spans
    if all(len(line.strip()) <= limit and not _KEEP_TAIL.search(line) and not TAIL_KEEP.search(line)
           and not in_speech_voice(line) for _, _, line in rest):
        spans += [(s, e, "related_list") for s, e, _ in rest]
    return spans


def _box_spans(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Column heads and the short items under each, up to a breadcrumb, a long line or a sentence."""
    spans = []
    i = 0
    while i < len(lines):
        s, e, line = lines[i]
        if not is_column_head(line) and not _MORE_ALONE.match(line):
            i += 1
            continue
        spans.append((s, e, "site_menu"))
        if _MORE_ALONE.match(line) and i and _HEAD_ALONE.match(lines[i - 1][2]):     # the head split from its link
            spans.append((lines[i - 1][0], lines[i - 1][1], "site_menu"))
        j = i + 1
        while j < len(lines):
            x = lines[j][2].strip()
            if (is_column_head(x) or _BOX_STOP.match(x) or len(x) > _BOX_ITEM_MAX or _SENT_END.search(x)
                    or in_speech_voice(x)):
                break
            spans.append((lines[j][0], lines[j][1], "site_menu"))
            j += 1
        i = j
    return spans


def _caption_spans(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Short captions under an image placeholder, and one glued before the news lead that follows them."""
    spans = []
    for i, (_, _, line) in enumerate(lines):
        if not _PICTURE.match(line):
            continue
        for s, e, x in lines[i + 1:i + 7]:
            t = x.strip()
            if _PICTURE.match(t):
                break
            if len(t) <= _CAPTION_MAX and not re.search(r"[,，;；:：]", t) and t.count("。") <= 1 and not in_speech_voice(t):
                spans.append((s, e, "photo_caption"))
                continue
            m = _CAPTION_BEFORE_LEAD.match(x)
            if m and not in_speech_voice(m.group(1)):
                spans.append((s + m.start(1), s + m.end(1), "photo_caption"))
            break
    return spans


def media_chrome(st: CleaningState) -> None:
    """Delete the families of this module (rules ``editor_credit``, ``related_list``, ``site_menu``,
    ``page_meta``, ``site_interface``, ``byline``, ``date_stamp``, ``copyright_footer``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("当前报纸名称:某某晚报\\n全县召开推进会。\\n本报记者某某某地报道")
    >>> media_chrome(st)
    >>> st.doc.output
    '\\n全县召开推进会。\\n'
    """
    _, view = st.view()
    lines = _lines(view)
    spans, credit_last = _credit_spans(lines)
    spans += _tail_spans(lines, credit_last)
    spans += _box_spans(lines)
    spans += _caption_spans(lines)
    for s, e, line in lines:
        rule = _one_line(line)
        if rule:
            spans.append((s, e, rule))
    for pattern, rule in _INLINE:
        spans += [(m.start(), m.end(), rule) for m in _finditer(pattern, view) if m.end() > m.start()]
    for pattern, rule in ((_TITLE_DATE, "date_stamp"), (_COPY_LINK, "site_interface"),
                          (_JAMMER_TAIL, "ascii_junk")):
        for m in _finditer(pattern, view):
            ls = view.rfind("\n", 0, m.start()) + 1
            le = view.find("\n", m.end())
            line = view[ls:le if le >= 0 else len(view)]
            if rule == "date_stamp" and _SENT_END.search(line):
                continue
            if rule == "ascii_junk" and len(re.findall(r"[^\w\s.:;]", m.group())) < 3:
                continue
            spans.append((m.start(), m.end(), rule))
    st.delete_spans(spans)


