"""Portal furniture and injected spam that survive the other rules (round 21 and what recurs, chrome10).

Each rule looks for a family, never for the strings of a particular page, and
searches only the lines that hold its literals (cheap on a large page):

* **injected SEO spam** (:func:`seo_spam`): a hijacked page glues a run of
  gambling-game words ending in a promotion into its sentences
  (*某某老虎机_某某游戏¥最新版本下载, 某某百家乐|官网入口).  A run goes only
  when it holds a gambling word *and* a download/entry promotion, is glued
  with a keyword separator (_ ¥ * |, inside the run or at its edge) and holds
  no character of prose (的 并 类 要 对 把 在); 彩票, 赌博 or 登录入口 in a
  sentence of a speech stays (要取缔非法彩票网站的登录入口).
* **portal widgets** (:func:`portal_lines`): a site's welcome line
  (您好!欢迎来到某某,某某权威新闻门户网站), a collecting site's copyright
  statement (版权声明:此文自动收集于网络,若有…侵犯…联系…), a slash byline
  (作者/某某、某某, 文/某某), the same statement without a label inside a line
  (本文档由网友投稿或网络整理,如有侵权请联系我们处理。), a wire's end mark closing a paragraph ((完),
  【完】, [完]), a site's copyright glued after the last sentence of a
  paragraph (……抓好落实。某某之家版权所有), and a metadata row whose labels are
  glued without spaces (时间:…作者:…来源:…), also inside a flattened line; and (chrome11) a metadata
  row between white space, with empty or unusual fields, its stamp, a host before the stamp and the
  widgets that end it (2021-06-08 10:12:30 来源:某某网 责任编辑: 我来说两句 分享到:, 点击数:1024
  发布时间:… 发布者:Admin, www.某某.cn?2021-06-08 10:12?, 来源:某某 |), or what other rules left of one
  (发表日期:2021-06-08 alone between spaces, 【打印此页】 alone).
  Each keeps the speech shaped like it: a host's welcome naming a platform
  (欢迎来到某某开发区,这里是…重要平台!), an online-petition sentence without
  the site's own voice (联系我们, 删除), a telephone number inside a sentence,
  a wrapped sentence ending in 版权所有, a retitle note inside a sentence, and
  a byline shape between spaces inside a sentence (融合 文/旅融合 是方向。).
* **flattened menus** (:func:`bullet_menus`): five or more short menu items
  separated by bullets on one line (• 工作总结 • 心得体会 • …), as a scraper
  that flattens a page's navigation gives them; and (:func:`flattened_lists`)
  a run of two or more widget words between spaces (打印 分享 返回列表,
  热门推荐 • 本周热门), a document site's page marks (某某讲话稿_第1页
  某某讲话稿_第2页) and three or more dash items of a related list
  (- 某某会议召开 - 某某调研 - …) inside a flattened line.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("您好!欢迎来到某某在线,某某权威新闻门户网站\\n会议强调,要抓好落实。(完)")
>>> portal_lines(st)
>>> st.doc.output
'\\n会议强调,要抓好落实。'
>>> st = CleaningState("会议强调,要抓好落实。(完) 【编辑:某某某】")     # the desk's editor after the end mark
>>> portal_lines(st)
>>> st.doc.output
'会议强调,要抓好落实。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines, lines_holding
from corpusmine.text.news_chrome import PETITION_WORDS, WIDGET_WORDS

__all__ = ["bullet_menus", "flattened_lists", "is_portal_line", "portal_lines", "seo_spam"]

_SP = "[ \\t\\u3000]"
# ---------------------------------------------------------------------------
# Injected SEO spam
# ---------------------------------------------------------------------------
#: gambling and gaming words a hijacked page advertises
_GAMBLE = (r"老虎机|百家乐|时时彩|六合彩|赌场|赌博|娱乐城|娱乐场|棋牌|捕鱼|真人娱乐|电子游艺|体育投注|投注|博彩|菠菜|彩票|"
           r"轮盘|扑克|炸金花|斗地主|电玩城|电玩|赌球|网赌|牛牛|pk10|PK10|北京赛车|幸运飞艇")
#: the promotion that ends the run; the strong ones are never words of a speech
_STRONG_PROMO = r"最新版本下载|最新版下载|官方版下载|官方下载|手机版下载|安卓版下载|[Aa][Pp][Pp]下载|官网入口|登录入口|注册入口|注册送\d*|下载安装"
_PROMO = rf"{_STRONG_PROMO}|官方网站|官网|网址|平台|手机版|网页版|下载"
#: a game's name: characters up to the first gambling word (possessive: one try per start, not one per length)
_NAME_CH = rf"(?:(?!{_GAMBLE})[\w\u4e00-\u9fff])"
#: a run starts at a gambling word, or at a game's name before it: up to 8 characters after a keyword separator, up
#: to 4 after a punctuation mark (3月9日,某某百家乐|官网入口); never at a line's start (按照省市某某老虎机_… keeps 按照省市)
_SPAM_RUN = re.compile(
    rf"(?:[*#]{_NAME_CH}{{0,8}}+|(?<=[_¥￥|]){_NAME_CH}{{1,8}}+|(?<=[,，、。；;:：“\"(（]){_NAME_CH}{{1,4}}+)?"
    rf"(?:{_GAMBLE})"
    rf"[\w\u4e00-\u9fff¥￥*|\-—]{{0,24}}?(?:{_PROMO})"
)
#: the keyword separators a spam run is glued with (inside it or at its edge); a strong promotion alone is a speech's
#: word too (要取缔赌博网站的登录入口, 远离赌博并下载安装反诈APP)
_SPAM_SEPS = "_¥￥*|"
_SPAM_SEP = re.compile(r"[_¥￥*|]")
#: characters of prose that a glued keyword run never holds
_PROSE_CHARS = frozenset("的并类要对把在")
_GAMBLE_WORD = re.compile(_GAMBLE)
_PROMO_WORD = re.compile(_PROMO)


def _glued_run(view: str, start: int, end: int) -> bool:
    """Whether a candidate run is glued with a keyword separator (inside it or at its edge) and holds no prose."""
    run = view[start:end]
    if not _PROSE_CHARS.isdisjoint(run):
        return False
    edges = view[start - 1:start] + view[end:end + 1] if start else view[end:end + 1]
    return bool(_SPAM_SEP.search(run + edges))


def seo_spam(st: CleaningState) -> None:
    """Runs of gambling-game words ending in a promotion, glued into the sentences of a hijacked page (``spam_line``).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("3月9日,*某某老虎机_某某游戏¥最新版本下载县召开林长工作会。\\n"
    ...                    "要规范彩票市场管理平台,严厉打击网络赌博平台。")
    >>> seo_spam(st)
    >>> st.doc.output
    '3月9日,县召开林长工作会。\\n要规范彩票市场管理平台,严厉打击网络赌博平台。'
    >>> st = CleaningState("要坚决取缔非法彩票网站的登录入口,切断网络赌博资金链。")   # 没有分隔符,是讲话
    >>> seo_spam(st)
    >>> st.doc.output
    '要坚决取缔非法彩票网站的登录入口,切断网络赌博资金链。'
    """
    _, view = st.view()
    spans = []
    for s, e, line in lines_holding(view, tuple(_SPAM_SEPS)):      # a separator first: rare on a page
        if _GAMBLE_WORD.search(line) and _PROMO_WORD.search(line):
            spans += [m.span() for m in _SPAM_RUN.finditer(view, s, e) if _glued_run(view, m.start(), m.end())]
    st.doc.delete_many(spans, "spam_line")


# ---------------------------------------------------------------------------
# Portal widgets, statements, bylines, end marks and glued metadata rows
# ---------------------------------------------------------------------------
#: a site's name and its site word: a name holds no comma and no 的, and the site word follows it directly
#: (某某网, 某某县人民政府网站); after a comma only a portal's own description (某某在线,某某权威新闻门户网站).
#: 平台, 门户 and 在线 alone are words of speech (欢迎来到某某开发区,这里是全省对外开放的重要平台!)
_SITE_STRONG = r"(?:门户网站|官方网站|网站|官网|主页|首页|频道|客户端)"
_NAME = r"[^\s,，、。！？!?；;的]"
_SITE_NAME = rf"(?:{_NAME}{{1,30}}?(?:{_SITE_STRONG}|网)|{_NAME}{{1,20}}[,，](?:(?!是){_NAME}){{1,24}}?{_SITE_STRONG})"
_GREETING = r"(?:(?:您好|你好)[!！,，。]?"
#: a site's welcome line: 您好!欢迎来到某某网, 欢迎访问某某政府门户网站
_WELCOME = re.compile(
    rf"^{_SP}*[•·]?{_SP}*{_GREETING}{_SP}*)?欢迎(?:您)?(?:来到|访问|光临|进入|登录|登陆){_SITE_NAME}[!！。]?{_SP}*$"
)
#: the same welcome inside a flattened line, between white space
_WELCOME_INLINE = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))[•·]?{_SP}*{_GREETING})?欢迎(?:您)?(?:来到|访问|光临){_SITE_NAME}[!！]?(?=[ \t\u3000]|$)",
    re.M,
)
#: a portal's contact row: telephone numbers and an e-mail address alone between white space, found from the address
#: backwards (a regex tried from every number of a flattened directory was quadratic)
_EMAIL = re.compile(r"(?<![\w.\-])[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+(?=[ \t\u3000]|$)", re.M | re.A)
_PHONE = re.compile(r"0\d{2,3}-\d{7,8}", re.A)
_BLANKS = " \t\u3000"
_CLAUSE_TO_END = re.compile(r"[^\s]*?[。！？!?]")
#: a sentence goes on across a contact row: a clause punctuated after it, or a comma or colon before it
_CLAUSE_MARKS = "。！？!?，,；;"


def _contact_rows(view: str, s: int, e: int) -> list[tuple[int, int]]:
    """The contact rows of one line: one or more telephone numbers, then an e-mail address, between white space,
    unless a sentence goes on across them (请联系县委宣传部, 0791-… x@163.com 。)."""
    rows = []
    for m in _EMAIL.finditer(view, s, e):
        start = j = m.start()
        while True:                      # walk back over ``number + blanks`` tokens (a number is at most 13 characters)
            k = j
            while k > s and view[k - 1] in _BLANKS:
                k -= 1
            t = k
            while t > s and k - t <= 13 and view[t - 1] not in _BLANKS:
                t -= 1
            if k == j or not _PHONE.fullmatch(view, t, k) or (t > s and view[t - 1] not in _BLANKS):
                break
            start = j = t
        if start == m.start():
            continue
        k = start
        while k > s and view[k - 1] in _BLANKS:
            k -= 1
        if k > s and view[k - 1] in "•·":
            start = k - 1
            k -= 1
            while k > s and view[k - 1] in _BLANKS:
                k -= 1
        before = view[k - 1] if k > s else ""
        rest = view[m.end():min(e, m.end() + 40)].lstrip(_BLANKS)
        nxt = rest.split(None, 1)[0] if rest.strip() else ""
        if before in ",，:：、" or any(c in _CLAUSE_MARKS for c in nxt):
            continue
        rows.append((start, m.end()))
    return rows


#: a collecting site's statement: 版权声明:此文自动收集于网络,若有…侵犯您的合法权益,…与我们联系…
_STATEMENT_LABEL = re.compile(rf"^{_SP}*[【\[]?(?:版权|免责|郑重)?(?:声明|说明|申明){_SP}*[】\]]?{_SP}*[:：]")
_COLLECTED = re.compile(r"(?:收集|收录|整理|转载|来源|来自|摘自|采集)(?:于|自)?(?:互联网|网络|网友)")
_RIGHTS = re.compile(r"侵犯|侵权|版权|合法权益|联系|删除|处理")
#: the same statement without a label, anywhere in a line: 本文档由网友投稿或网络整理,如有侵权请及时联系我们处理。
#: It speaks in the site's voice (联系我们/本站/管理员, 与我们联系, 删除): 相关部门要主动联系当事人 is a speech's.  Each
#: step is atomic (its first occurrence), so that a line full of the words costs one pass per opener.
_SITE_VOICE = r"联系(?:我们|本站|本网|管理员|站长|小编|客服)|(?:与|和|跟)(?:我们|本站|本网|管理员|站长|小编)联系|删除"
_COLLECTED_NOTE = re.compile(
    r"(?:(?:注意|提示|温馨提示)[:：])?(?:本文档?|本文章|本资料|本站|该文档?|本篇)"
    r"(?>[^。！!\n]{0,24}?(?:由|来自|来源于|源于|收集于|整理自|转载自))(?>[^。！!\n]{0,16}?(?:网友|网络|互联网|用户))"
    rf"(?>[^。！!\n]{{0,40}}?(?:侵权|侵犯))(?>[^。！!\n]{{0,30}}?(?:{_SITE_VOICE}))[^。！!\n]{{0,40}}?(?:[。！!]|(?=\s)|$)",
    re.M,
)
_VOICE = re.compile(_SITE_VOICE)
#: a line's sentences, for the literal test before the statement's regex runs
_PIECE = re.compile(r"[^。！!]+[。！!]?")


def _collected_notes(view: str, s: int, e: int) -> list[tuple[int, int]]:
    """The collecting notes of one line, searched only in its sentences that hold the note's literals."""
    spans = []
    for p in _PIECE.finditer(view, s, e):
        piece = p.group(0)
        if "侵" in piece and ("网" in piece or "用户" in piece) and _VOICE.search(piece):
            spans += [m.span() for m in _COLLECTED_NOTE.finditer(view, p.start(), p.end())]
    return spans


#: a slash byline: 作者/某某、某某, 文/某某 图/某某
_SLASH_LABEL = r"(?:作者|撰文|文|图|文图|图文|记者|编辑|责编|责任编辑|通讯员|摄影|审核|校对|供稿)"
_NAME_LIST = r"[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]*[、,，][ \t\u3000]*[\u4e00-\u9fff]{2,4}){0,4}"
_SLASH_BYLINE = re.compile(
    rf"^{_SP}*[(（【\[]?{_SLASH_LABEL}{_SP}*[/／∕]{_SP}*{_NAME_LIST}"
    rf"(?:{_SP}+{_SLASH_LABEL}{_SP}*[/／∕]{_SP}*{_NAME_LIST})*[)）】\]]?{_SP}*$"
)
#: a slash byline inside a flattened line, between white space: … 作者/某某、某某 金秋送爽,…
_SLASH_INLINE = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))[(（【\[]?{_SLASH_LABEL}{_SP}*[/／∕]{_SP}*{_NAME_LIST}[)）】\]]?(?=[ \t\u3000]|$)", re.M
)
#: a wire's end mark after the last sentence of a paragraph: 。(完) 。【完】
_END_MARK = re.compile(r"(?<=[。！？!?”])[ \t\u3000]*[(（【\[]完[)）】\]]"
                       # with the desk's editor after it: 。(完) 【编辑:某某】, round 79
                       r"(?:[ \t\u3000]*[(（【\[](?:责任)?编辑[ \t\u3000:：/]*[\u4e00-\u9fff·]{2,8}[)）】\]])?(?=[ \t\u3000]*$)")
_END_TAILS = ("完)", "完）", "完】", "完]", "】", ")", "）")
def after_wire_end(view: str, ends: list[int], *, max_line: int = 60, max_chars: int = 2000) -> list[tuple[int, int]]:
    """The lines below a wire's last end mark when none of them is prose: the portal's list under the report.

    A report closed by (完) ends there; below it a portal prints its video label, a 更多 button and other reports'
    headlines (some asking a question: …为何牵动全球命脉?), no full stop among them (round 249k).  A line with a full
    stop, or longer than ``max_line``, keeps them all.

    Examples
    --------
    >>> page = "会议强调,要抓好落实。(完)\\n视频\\n更 多\\n某地两会|信息量很大!报告十年提到了它\\n为何牵动全局?"
    >>> [page[s:e] for s, e in after_wire_end(page, [page.index("(完)")])]
    ['视频', '更 多', '某地两会|信息量很大!报告十年提到了它', '为何牵动全局?']
    >>> after_wire_end("要抓好落实。(完)\\n某某 2024年3月1日\\n另一篇报道说,会议召开。", [6])
    []
    """
    if not ends:
        return []
    start = view.find("\n", max(ends))
    rest = view[start:] if start >= 0 else ""
    lines = [(start + a, start + b, x) for a, b, x in iter_lines(rest) if x.strip()]
    if not lines or len(rest) > max_chars or "。" in rest or any(len(x.strip()) > max_line for _a, _b, x in lines):
        return []
    return [(a, b) for a, b, _x in lines]


#: a site's copyright glued after the last sentence of a paragraph: 。某某之家版权所有
#: The glued piece is a site's name (it ends in 网, 站, 之家, 平台 …) or carries © or a year: a sentence wrapped at a fixed
#: width (各单位要依法保护版权所有\n者的合法权益) or a speech's 作品版权所有 stays.
_COPY_PIECE = r"[^\s。！？!?，,、:：“”要应的]"
_GLUED_COPYRIGHT = re.compile(
    rf"(?<=[。！？!?”])[ \t\u3000]*(?:{_COPY_PIECE}{{1,12}}?(?:网站|网|站|之家|平台|公司|中心|频道|在线|工作室)"
    rf"|{_COPY_PIECE}{{0,12}}?(?:©|\([Cc]\)|(?:19|20)\d{{2}})(?:{_COPY_PIECE}){{0,12}}?)版权所有[ \t\u3000]*$"
)
#: the labels of a page's metadata row
_META_LABEL = (r"(?:发布|更新|上传|录入)?(?:时间|日期)|(?:信息|文章|新闻|稿件)?来源|源自|稿源|出处|作者|发布者|发布人|录入|"
               r"(?:责任)?编辑|责编|审核|浏览(?:次数|量)?|点击(?:数|量|次数)?|阅读(?:次数|量)?|访问量|人气|字号")
_DATE_VALUE = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
#: a field's value: a date, or up to 16 characters that stop before the next label; atomic, so that a failed row is
#: not split again at every label (a lazy value taking 发布|时间 made a long glued line exponential)
_LABEL_COLON = rf"(?:{_META_LABEL}){_SP}*[:：]"
_META_VALUE = rf"(?>{_DATE_VALUE}|(?:(?!{_LABEL_COLON})[^\s:：。，,！？!?；;“”]){{0,16}}+)"
#: a flattened paragraph's byline or dated row between white space: 责任编辑:某某, (作者:某某县卫生健康委员会),
#: 发布时间:2025/8/10 20:04:22 字数:3315
_COLON_BYLINE = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))(?:(?:责任编辑|编辑|责编|作者|记者|通讯员|审核|校对|摄影){_SP}*[:：]{_SP}*{_NAME_LIST}"
    rf"|[(（](?:作者|来源|编辑|责任编辑){_SP}*[:：]{_SP}*[\u4e00-\u9fff]{{2,14}}[)）])(?=[ \t\u3000]|$)",
    re.M,
)
_DATED_ROW = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))(?:发布|更新)(?:时间|日期){_SP}*[:：]{_SP}*{_DATE_VALUE}"
    rf"(?:{_SP}+(?:{_META_LABEL}|字数){_SP}*[:：]{_SP}*[^\s:：。，,！？!?；;“”]{{0,16}})*(?=[ \t\u3000]|$)",
    re.M,
)
#: a republished report's note of its first title at a paragraph's edge: (原题为《某某》) after a line's start, a space or
#: a sentence's end, before a space or the line's end (省委文件(原题为《…》),请大家认真学习 stays)
_RETITLE = re.compile(r"(?:^|(?<=[\s。！？!?”]))[(（]原题(?:为|是)?[:：]?《[^《》\n]{1,80}》[)）](?=[ \t\u3000]*$|[ \t\u3000])", re.M)
#: three or more labels glued without a space (时间:2022-05-19 09:31作者:某某源自:县委宣传部), bounded by white space
_GLUED_ROW = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))(?:{_META_LABEL}){_SP}*[:：]{_SP}*{_META_VALUE}"
    rf"(?:(?:{_META_LABEL})[:：]{_SP}*{_META_VALUE}){{2,}}(?=[ \t\u3000]|$)",
    re.M,
)
#: a whole line of two or more label:value pairs, at least two of them glued together
_ROW_LINE = re.compile(rf"^{_SP}*(?:[•·|｜]{_SP}*)?(?:(?:{_META_LABEL}){_SP}*[:：]{_SP}*{_META_VALUE}[ \t\u3000|｜]*){{2,}}$")
_LABEL_AT = re.compile(_LABEL_COLON)


def _in_sentence(view: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether a piece between spaces sits inside a sentence of line ``s:e``: a CJK character just before the spaces
    that precede it, and a CJK clause just after the spaces that follow it, reaching a sentence's end within 40
    characters before another space (要畅通 网上举报 在线留言 等监督渠道,让群众诉求有处说。)."""
    i = start
    while i > s and view[i - 1] in _BLANKS:
        i -= 1
    j = end
    while j < e and view[j] in _BLANKS:
        j += 1
    if i == s or j == e or not ("\u4e00" <= view[i - 1] <= "\u9fff" and "\u4e00" <= view[j] <= "\u9fff"):
        return False
    return bool(_CLAUSE_TO_END.match(view, j, min(e, j + 40)))


#: a flattened metadata row between white space (chrome11): fields (发布时间:…, 来源:…, 浏览:452次, empty ones too),
#: date stamps with their time, a host before a stamp, and the widgets that end such a row (我来说两句, 分享到:, 【打印此页】)
_ROW_LABEL = rf"(?:{_META_LABEL}|发表(?:时间|日期)|小编|格式|来自)"
_STAMP = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?"
_FIELD = rf"{_ROW_LABEL}{_SP}*[:：]{_SP}*(?:{_STAMP}|[^\s:：。，,！？!?；;“”()（）【】]{{0,16}})"
_ROW_WIDGET = (r"我来说两句|分享到[:：]?|【(?:打印|关闭)(?:此页|本页|窗口)?】?|显示全部楼层|阅读模式|只看该作者"
               r"|\d{1,7}(?:条|人|次)(?:评论|参与|浏览|阅读|点赞)[,，]?"
               r"|(?:字号|字体|文字大小)[:：]?(?:[ \t\u3000]{0,3}[\[【(（](?:[ \t\u3000]{0,3}[大中小]){0,3}[ \t\u3000]{0,3}[\]】)）]"
               r"|(?:[ \t\u3000]{0,3}[大中小]){1,3})?")     # bounded: a long run of spaces costs no backtracking
#: a stamp after its label without a colon: 发表于 2021-11-9 09:49:40, 更新于 2022年12月27日07:40
_LABELLED_STAMP = rf"(?:发布|发表|更新|修改)于{_SP}*{_STAMP}"
_ROW_ITEM = rf"(?:{_FIELD}|{_LABELLED_STAMP}|{_STAMP}|{_ROW_WIDGET}|(?:字体|文字大小){_SP}*[:：]|(?:发布|发表|更新|修改)于)"
_ROW_SEP = r"[ \t\u3000|｜?？•·]+"
_HOST = r"(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?"
_FLAT_ROW = re.compile(
    rf"(?:^|(?<=[ \t\u3000?？|｜]))[?？|｜•·]*(?:{_HOST}{_ROW_SEP}(?={_STAMP}))?{_ROW_ITEM}(?:{_ROW_SEP}{_ROW_ITEM})*"
    rf"(?:{_SP}*[?？|｜]+)?(?=[ \t\u3000]|$)",
    re.M,
)
_ROW_PARTS = re.compile(_ROW_ITEM)
_HOST_LEAD = re.compile(rf"{_HOST}{_ROW_SEP}{_STAMP}")
#: how a source's name ends: a site, a paper, an office (来源:某某网, 来源:某某县妇联, 来源:某某融媒体中心)
_SOURCE_END = r"(?:网|报|社|台|办|局|委|会|联|中心|部|厅|院|所|站|处|政府|媒体|融媒|新闻|客户端|公众号|号|频道|[A-Za-z])"
#: one field alone is a row when its label is never a speech's word (发布时间:2022-11-12, 发布者:Admin, 浏览量:168) or
#: a source of a few characters between white space (来源:某某县妇联)
_STRONG_FIELD = re.compile(
    rf"^(?:(?:(?:发布|发表|更新|上传|录入)(?:时间|日期)|发布者|发布人|小编|点击(?:数|量|次数)|浏览(?:量|次数)|阅读(?:量|次数)|访问量)"
    rf"{_SP}*[:：]{_SP}*\S|(?:信息|文章|新闻|稿件)?来源{_SP}*[:：]{_SP}*[^\s:：]{{1,12}}?{_SOURCE_END}$)"
)
_TIMED_STAMP = re.compile(
    rf"((?:发布|发表|更新|修改)于{_SP}*)?(?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?{_SP}*\d{{1,2}}:\d{{2}}(:\d{{2}})?")
_EMPTY_FIELD = re.compile(rf"^(?:{_ROW_LABEL}|字体|文字大小){_SP}*[:：]$")
_FROM_FIELD = re.compile(r"^来自[:：][\u4e00-\u9fff]{1,9}[省市县区州镇乡村]$|^(?:发布|发表|更新|修改)于$")
_AFTER_SENTENCE = re.compile(r"[。！？!?”][ \t\u3000]+$")
_WIDGET_LEFT = re.compile(r"说两句|分享到|打印")
_STRONG_WIDGET = re.compile(r"^(?:我来说两句|分享到[:：]|【(?:打印|关闭)(?:此页|本页|窗口)?】?)$")
#: what a row's line holds (its items are separated by white space, which the line must hold too)
_ROW_LITERALS = (":", "：", "说两句", "分享到", "打印")


def _flat_row(row: str, closing: bool = False, alone: bool = False) -> bool:
    """Whether a run of row items found between white space is a page's metadata row (not a speech's words);
    ``closing``: the run closes its line after a sentence's end and white space (…贡献力量。 来源:某某);
    ``alone``: the run is its whole line."""
    barred = closing or row.rstrip(" \t\u3000").endswith(("|", "｜"))     # 来源:某某 | : a field closed by a bar
    row = row.strip(" \t\u3000?？|｜•·")
    items = _ROW_PARTS.findall(row)
    if not items:
        return False
    if barred and len(items) == 1 and "来源" in items[0] and len(items[0]) <= 20:
        return True
    if _HOST_LEAD.match(row) or len(items) >= 2 and any(":" in it or "：" in it for it in items):
        return True     # a host before a stamp (www.某某.com 2012-03-09 11:26), or fields with a stamp or a widget
    if alone and (_EMPTY_FIELD.match(row) or _FROM_FIELD.match(row)):
        return True     # what other rules left of a row, alone on its line: 文字大小:, 浏览量:, 来自:某省某市
    if (m := _TIMED_STAMP.match(items[0])) and len(items[0]) == len(row) and (alone or m.group(1) or m.group(2)):
        return True     # a stamp with its time alone on its line (2021年6月8日 10:12), labelled or with seconds
    return bool(_STRONG_FIELD.match(items[0]) or _STRONG_WIDGET.match(items[0]))


def _glued_row(line: str, *, max_chars: int = 90) -> bool:
    """Whether a whole line is a metadata row with a label glued to the value before it."""
    if len(line) > max_chars or not _ROW_LINE.match(line):
        return False
    return any(m.start() > 0 and not line[m.start() - 1].isspace() and line[m.start() - 1] not in ":：|｜•·"
               for m in _LABEL_AT.finditer(line))


def is_portal_line(line: str) -> bool:
    """Whether a whole line is a welcome line, a collecting site's statement or a slash byline.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_portal_line("您好!欢迎来到某某在线,某某权威新闻门户网站"), is_portal_line("作者/张某某、李某")
    (True, True)
    >>> is_portal_line("版权声明:此文自动收集于网络,若有来源错误或者侵犯您的合法权益,请与我们联系删除。")
    True
    >>> is_portal_line("欢迎来到美丽的某某县!"), is_portal_line("文化是城市的灵魂,文/化/人是关键。")
    (False, False)
    >>> is_portal_line("声明:本人自愿参加志愿服务,服从组织安排。")   # a pledge, not a site statement
    False
    """
    if _WELCOME.match(line) or _SLASH_BYLINE.match(line):
        return True
    return bool(len(line) <= 200 and _STATEMENT_LABEL.match(line) and _COLLECTED.search(line) and _RIGHTS.search(line))


def portal_lines(st: CleaningState) -> None:
    """Welcome lines, collecting sites' statements, slash bylines, end marks, glued copyrights and metadata rows.

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("时间:2022-05-19 09:31作者:某某某源自:县委宣传部\\n作者/某某、某某某\\n"
    ...                    "会议要求,要抓好落实。某某之家版权所有\\n希望同志们再接再厉。【完】")
    >>> portal_lines(st)
    >>> st.doc.output
    '\\n\\n会议要求,要抓好落实。\\n希望同志们再接再厉。'
    >>> st = CleaningState("县长出席会议 来源:区政府办作者:区政府办时间:2017-12-28 会议强调,要抓好落实。")
    >>> portal_lines(st)
    >>> st.doc.output
    '县长出席会议  会议强调,要抓好落实。'
    >>> st = CleaningState("县长出席会议 点击数:12 发布时间:2021-06-08  发布者:Admin 会议强调,要抓好落实。")
    >>> portal_lines(st)
    >>> st.doc.output
    '县长出席会议  会议强调,要抓好落实。'
    """
    _, view = st.view()
    found: list[tuple[int, int, str]] = []
    for s, e, line in lines_holding(view, ("欢迎", "声明", "/", "／")):
        if _WELCOME.match(line) or (not _SLASH_BYLINE.match(line) and is_portal_line(line)):
            found.append((s, e, "site_notice"))
        elif _SLASH_BYLINE.match(line):
            found.append((s, e, "byline"))
        elif "/" in line or "／" in line:
            found += [(*m.span(), "byline") for m in _SLASH_INLINE.finditer(view, s, e)
                      if not _in_sentence(view, *m.span(), s, e)]
        elif "欢迎" in line:
            found += [(*m.span(), "site_notice") for m in _WELCOME_INLINE.finditer(view, s, e)]
    for s, e, line in lines_holding(view, ("@",)):
        found += [(a, b, "site_notice") for a, b in _contact_rows(view, s, e)]
    for s, e, line in lines_holding(view, ("完",)):      # one scan of a common character costs less than four rare ones
        m = _END_MARK.search(line) if line.rstrip().endswith(_END_TAILS) else None
        if m:
            found.append((s + m.start(), s + m.end(), "byline"))
    ends = [a for a, b, rule in found if rule == "byline" and "完" in view[a:b]]
    found += [(a, b, "page_tail") for a, b in after_wire_end(view, ends)]
    for s, e, line in lines_holding(view, ("侵",)):
        found += [(a, b, "site_notice") for a, b in _collected_notes(view, s, e)]
    for s, e, line in lines_holding(view, ("版权所有",)):
        m = _GLUED_COPYRIGHT.search(line)
        if m:
            found.append((s + m.start(), s + m.end(), "source_footer"))
    for s, e, line in lines_holding(view, ("作者", "来源", "源自", "编辑")):
        if _glued_row(line):     # a glued row holds 作者, 来源 or 源自
            found.append((s, e, "meta_row"))
            continue
        found += [(*m.span(), "meta_row") for m in _GLUED_ROW.finditer(view, s, e) if m.end() > m.start()]
        if len(line) > 40:       # a row alone on its line is for the line rules; here it sits inside a flattened line
            found += [(*m.span(), "byline") for m in _COLON_BYLINE.finditer(view, s, e)
                      if not _in_sentence(view, *m.span(), s, e)]
            if "发布" in line or "更新" in line:
                found += [(*m.span(), "meta_row") for m in _DATED_ROW.finditer(view, s, e)]
    for s, e, line in lines_holding(view, _ROW_LITERALS):
        if " " not in line and "\t" not in line and "\u3000" not in line and not _WIDGET_LEFT.search(line) \
                and not line.startswith(("?", "？", "|", "｜")) and len(line) > 12:
            continue     # a row alone on its line is for the line rules; a widget or a garbled row they left is not
        found += [(*m.span(), "meta_row") for m in _FLAT_ROW.finditer(view, s, e) if m.end() > m.start()
                  and _flat_row(m.group(0), m.end() == e and bool(_AFTER_SENTENCE.search(view, max(s, m.start() - 4), m.start())),
                                m.start() == s and m.end() == e)]
    for s, e, line in lines_holding(view, ("原题",)):
        found += [(*m.span(), "source_footer") for m in _RETITLE.finditer(view, s, e)]
    st.delete_spans(found)


# ---------------------------------------------------------------------------
# Flattened bullet menus
# ---------------------------------------------------------------------------
_ITEM = r"[^\s•·。，,！？!?；;:：>»]{1,10}"
#: five or more short items separated by bullets on one line (the first one may have lost its bullet)
_MENU_RUN = re.compile(rf"(?:^|(?<=[ \t\u3000])){_SP}*(?:[•·]{_SP}*)?{_ITEM}(?:{_SP}+[•·]{_SP}*{_ITEM}){{4,}}(?={_SP}|$)", re.M)


def bullet_menus(st: CleaningState, *, min_items: int = 5) -> None:
    """Five or more short menu items separated by bullets on one line (rule ``navigation``).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.
    min_items : int, default 5
        The fewest items (bullets + 1) a run needs to be a menu.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("工作总结 • 心得体会 • 述职报告 • 调研报告 • 领导致辞 • 正文\\n同志们:\\n"
    ...                    "一是抓学习 • 二是抓落实 • 三是抓作风,要久久为功。")
    >>> bullet_menus(st)
    >>> st.doc.output
    '\\n同志们:\\n一是抓学习 • 二是抓落实 • 三是抓作风,要久久为功。'
    """
    _, view = st.view()
    spans = []
    for s, e, line in lines_holding(view, ("•", "·")):
        if line.count("•") + line.count("·") < min_items - 1:
            continue
        spans += [m.span() for m in _MENU_RUN.finditer(view, s, e)
                  if m.group(0).count("•") + m.group(0).count("·") >= min_items - 1]
    st.doc.delete_many(spans, "navigation")


_MORE_WIDGETS = ("返回列表", "相关内容", "相关文章", "本周热门", "本月热门", "今日热门", "热门文章", "二维码", "手机扫码",
                 "推荐度", "加入清单", "我来说两句", "发表评论", "网友评论")
_WIDGET_ALT = "|".join(sorted({re.escape(w) for w in (*WIDGET_WORDS, *_MORE_WIDGETS)}, key=len, reverse=True))
_BACK_LINK = r"返回[\u4e00-\u9fff]{1,6}?(?:首页|头条|列表|顶部|目录)"
_BACK_LINE = re.compile(rf"^{_SP}*{_BACK_LINK}{_SP}*$")
_WIDGET_ITEM = rf"(?:{_WIDGET_ALT}|{_BACK_LINK})[:：]?"
#: two or more widget words separated only by spaces, bullets or bars, between spaces (or a line's edges)
_WIDGET_RUN = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))[|｜•·]?{_SP}*{_WIDGET_ITEM}(?:[ \t\u3000|｜•·【】\[\]]+{_WIDGET_ITEM}){{1,}}[】\]|｜]?(?=[ \t\u3000]|$)",
    re.M,
)
#: a run of petition buttons alone (网上举报 在线留言) is a list of a speech's channels too
_PETITIONS_ONLY = re.compile(
    rf"[|｜•·]?{_SP}*(?:{'|'.join(sorted(map(re.escape, PETITION_WORDS), key=len, reverse=True))})[:：]?"
    rf"(?:[ \t\u3000|｜•·【】\[\]]+(?:{'|'.join(sorted(map(re.escape, PETITION_WORDS), key=len, reverse=True))})[:：]?)*[】\]|｜]?"
)
#: a document site's page mark: 某某讲话稿_第1页, 某某.doc_第2页 (two or more in a row)
_PAGE_MARK = r"[^\s_。！？!?；;，,]{2,60}?(?:\.(?:docx?|pdf|pptx?|txt))?_第\d{1,3}页"
_PAGE_MARKS = re.compile(rf"(?:^|(?<=[ \t\u3000])){_PAGE_MARK}(?:{_SP}*{_PAGE_MARK})+(?=[ \t\u3000]|$)", re.M)
#: three or more dash items of a related list, each up to the next " - "
_DASH_ITEM = r"-[ \t\u3000]+[^\n。！？!?；;-]{4,40}?"
_DASH_RUN = re.compile(rf"(?:^|(?<=[ \t\u3000])){_DASH_ITEM}(?:[ \t\u3000]+{_DASH_ITEM}){{2,}}(?=[ \t\u3000]+-(?:[ \t\u3000]|$))", re.M)


def flattened_lists(st: CleaningState) -> None:
    """Runs of widget words, a document site's page marks and dash lists inside a flattened line (``navigation``).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要确保安全生产形势稳定。 打印 分享 返回列表\\n"
    ...                    "某某讲话稿_第1页 某某讲话稿_第2页 尊敬的各位领导:\\n"
    ...                    "- 某某县召开安全生产会议 - 某某镇开展环境整治 - 某某局部署防汛工作 - 某某村")
    >>> flattened_lists(st)
    >>> st.doc.output
    '要确保安全生产形势稳定。 \\n 尊敬的各位领导:\\n - 某某村'
    """
    _, view = st.view()
    found: list[tuple[int, int, str]] = []
    for s, e, line in lines_holding(view, (" ",)):      # a flattened line's items are separated by spaces
        if "_第" in line:
            found += [(*m.span(), "navigation") for m in _PAGE_MARKS.finditer(view, s, e)]
        if line.count("- ") >= 3:
            found += [(*m.span(), "related_list") for m in _DASH_RUN.finditer(view, s, e)]
        found += [(*m.span(), "site_interface") for m in _WIDGET_RUN.finditer(view, s, e)
                  if not _PETITIONS_ONLY.fullmatch(m.group(0)) and not _in_sentence(view, *m.span(), s, e)]
    for s, e, line in lines_holding(view, ("返回",)):
        if _BACK_LINE.match(line):
            found.append((s, e, "site_interface"))    # a back link alone on its line: 返回某某头条
    st.delete_spans(found)
