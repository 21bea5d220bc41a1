"""Notices, widgets, photo credits and a column name, by the shape of a line (structural rules, round 3).

The news leads this module once held are read by :mod:`corpusmine.text.news_leads`.

Families that the edge rules of :mod:`corpusmine.text.line_shape`
cannot reach, because each one either ends in a full stop or a question mark
(so it reads as prose and stops the scan from the page's end) or sits where
a title may stand:

* **site notices** (:func:`notice_lines`): a line that names the site
  (本网, 本站, 本平台 — not the news lead 本网讯) together with two or more
  words of a legal notice (版权, 转载, 授权, 摘编, 法律责任, 观点, 联系, 作品 …),
  numbered or not (①凡本网注明…, 2、如因作品内容、版权…需要同本网联系);
  a reader-comment disclaimer (网友评论仅供其表达个人看法…); a short login
  widget (账号+密码登录, 还没有账号?, 忘记密码, 立即注册); a reader's
  comment label (某某点评: …).
* **column name** (:func:`column_head`): the first line of a page when it is
  two to six Chinese characters with nothing else (区情快递, 文明创建, a
  city name) and a longer line follows; a speaker's name, a role, a title
  word (讲话, 致辞, 贺词 …) and a salutation stay.
* **photo credits** (:func:`photo_credits`): credit lines (记者 某某 文/图,
  某某 摄), captions ending in a credit, image placeholders ([图],
  (相关资料图), 图片 alone on a line), byline lines, lines of bare HTML tags,
  captions opened by a triangle (△某某局干部集中观看大会直播。; one with 我们 or
  要 stays), short lines ending on an archive credit (某某传媒资料照片),
  and a gallery's alt texts numbered by the page (:func:`numbered_alts`:
  某某现场(1), 某某现场(2)).

The site notices also cover hotline rows, follow widgets, lines framed by
decorative marks (★…★), forum archive footers, page-tool rows (打印本页 关闭窗口)
and a site's note to the reader (下面给大家介绍……希望可以帮助到您).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("区情快递\\n要抓好乡村振兴各项工作。\\n还没有账号?\\n立即注册")
>>> for rule in (notice_lines, column_head):
...     rule(st)
>>> st.doc.output
'\\n要抓好乡村振兴各项工作。\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.credit_lines import CREDIT_BODY
from corpusmine.text.lines import first_lines, lines_holding

__all__ = ["column_head", "is_column_name", "is_site_notice", "notice_lines", "numbered_alts", "photo_credits"]


#: the site speaking of itself (not the news lead 本网讯 / 本站讯)
_SELF = re.compile(r"(?:本网站|本网|本站|本平台|本公众号)(?!讯|消息)")
_LEGAL = ("版权", "转载", "授权", "摘编", "法律责任", "观点", "联系", "作品", "真实性", "声明", "侵权", "赞同", "来源")
#: a reader-comment disclaimer: 网友评论仅供其表达个人看法, 评论仅代表网友个人观点
_COMMENT_NOTE = re.compile(r"(?:评论|留言|跟帖)[^\n。]{0,6}(?:仅供|仅代表|只代表|不代表)")
#: a login widget: short, with an account word, or a bare login/register button
_LOGIN = re.compile(r"账号|帐号|密码|验证码")
_LOGIN_BUTTON = re.compile(r"^\s*(?:立即|免费|用户|会员|快速)?(?:登录|登陆|注册)(?:\s*[/|｜]\s*(?:登录|登陆|注册))?\s*$")
#: a reader's comment label at the start of a line: 某某点评:
_COMMENT_LABEL = re.compile(r"^\s*[^\s:：。,，]{0,6}点评\s*[:：]")
#: a hotline row (新闻热线:0577-6789 广告热线:…) and a follow widget (关注某某网微信)
_HOTLINE = re.compile(r"(?:热线|电话|传真|邮箱|QQ)\s*[:：]\s*\d[\d\-— ]{4,}")
_FOLLOW = re.compile(r"^\s*(?:关注|扫码关注|扫一扫关注|长按关注)[^\n。,，]{0,14}(?:微信|公众号|微博|APP|客户端|抖音|视频号)\s*$")
#: a line framed by decorative marks: ★某某致辞简短★, ↓↓更多推荐↓↓ (recommendation lists)
_DECO = "★☆◆◇■□●○▲△▼▽↓↑→←♦❤◎"
#: forum archive footers and pagers: 查看完整版本: …, 页: [1] 2
_FORUM = re.compile(r"^\s*(?:查看完整版本|返回列表|只看该作者|电梯直达)\s*[:：]?|^\s*页\s*[:：]\s*\[\d+\](?:\s*\d+)*\s*$")
#: page tools: 打印本页, 关闭窗口, 收藏本文, 下载本文, 字体/字号 with its sizes
_TOOL = re.compile(r"打印本页|打印此页|打印文章|关闭窗口|关闭本页|收藏本文|收藏本页|下载本文|分享到|返回顶部|加入收藏")
_FONT = re.compile(r"^\s*[【\[]?\s*(?:字体|字号)\s*[:：]?\s*[大中小\s【】\[\]]*$")
#: a site's note to the reader about the text it serves: 下面给大家介绍……希望可以帮助到您哦!
_READER_NOTE = re.compile(r"^\s*(?:下面|以下|接下来|本文|这是)[^\n]{0,60}?(?:给|为)大家[^\n]{0,40}?(?:介绍|整理|分享|带来|收集|准备)")
_READER_WORD = re.compile(r"您|哦|仅供参考|供大家参考|欢迎阅读|欢迎借鉴|欢迎大家|一起来看看")


def is_site_notice(line: str) -> bool:
    """Whether a line is a site notice, a comment disclaimer, a login widget or a reader's comment label.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_site_notice("2、如因作品内容、版权和其它问题需要同本网联系"), is_site_notice("账号+密码登录")
    (True, True)
    >>> is_site_notice("网友评论仅供其表达个人看法,并不表明本网同意其观点。"), is_site_notice("还没有账号?")
    (True, True)
    >>> is_site_notice("本网讯 县委召开会议,强调要加强版权保护和作品登记工作。")  # 新闻导语不是声明
    False
    >>> is_site_notice("要加强网络账号和密码管理,防止泄露群众个人信息。"), is_site_notice("二、推进志愿者注册")
    (False, False)
    >>> is_site_notice("新闻热线:0577-67898890 广告热线:67810777 | 关于我们"), is_site_notice("关注某某网微信")
    (True, True)
    >>> is_site_notice("市民可拨打监督电话:12345反映问题。")  # 句子里的电话
    False
    >>> is_site_notice("★毕业致辞大气简短★"), is_site_notice("打印本页关闭窗口"), is_site_notice("| 收藏本文 下载本文 作者:某某")
    (True, True, True)
    >>> is_site_notice("下面给大家介绍毕业典礼致辞,希望可以帮助到您哦!"), is_site_notice("查看完整版本: 某县召开推进会")
    (True, True)
    >>> is_site_notice("下面,我给大家介绍一下讲话精神,希望大家认真学习。"), is_site_notice("★强化组织保障")
    (False, False)
    """
    s = line.strip()
    if not s:
        return False
    if _SELF.search(s) and len(s) <= 300 and sum(w in s for w in _LEGAL) >= 2:
        return True
    if len(s) <= 120 and _COMMENT_NOTE.search(s):
        return True
    if len(s) <= 16 and "。" not in s and (_LOGIN.search(s) or _LOGIN_BUTTON.match(s)):
        return True
    if len(s) <= 80 and not re.search(r"[。！？!?；;]", s) and (_HOTLINE.search(s) or _FOLLOW.match(s)):
        return True
    if len(s) <= 50 and s[0] in _DECO and s[-1] in _DECO and "。" not in s:
        return True
    if _FORUM.match(s) or (len(s) <= 40 and "。" not in s and (len(set(_TOOL.findall(s))) >= 2 or _FONT.match(s))):
        return True
    if len(s) <= 120 and _READER_NOTE.match(s) and _READER_WORD.search(s):
        return True
    return bool(_COMMENT_LABEL.match(s))


#: every branch of is_site_notice needs one of these literals on the line
_NOTICE_NEEDLES = ("本网", "本站", "本平台", "本公众号", "评论", "留言", "跟帖", "账号", "帐号", "密码", "验证码", "登录", "登陆",
                   "注册", "点评", "热线", "电话", "传真", "邮箱", "QQ", "关注", "大家", "版本", "页", "打印", "关闭", "收藏",
                   "下载", "字体", "字号", "分享", "返回", "只看该作者", "电梯直达", *_DECO)


def notice_lines(st: CleaningState) -> None:
    """Delete site-notice lines anywhere on the page (rule ``site_notice``); see :func:`is_site_notice`.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要抓好落实。\\n①凡本网注明来源的作品,版权均属于本网,未经授权不得转载。\\n谢谢大家!")
    >>> notice_lines(st)
    >>> st.doc.output
    '要抓好落实。\\n\\n谢谢大家!'
    """
    _, view = st.view()
    if any(w in view for w in _NOTICE_NEEDLES):   # every branch of is_site_notice needs one of them
        st.delete_lines(is_site_notice, "site_notice")


_ONLY_CJK = re.compile(f"^[{P.CJK}]{{2,6}}$")
_PLACE_END = re.compile(r"(?:省|市|州|县|区|镇|乡|村|旗|盟)$")
#: a line that belongs to the speech: a title word, a role, a document kind
_KEEP_WORD = re.compile(
    r"讲话|发言|致辞|贺词|辞|词|稿|报告|提纲|纲要|序言|前言|引言|决定|通知|意见|方案|公告|公报|纪要|"
    r"情况|概况|总结|目标|任务|要求|措施|问题|建议|成效|做法|经验|背景|工作|"
    r"书记|县长|市长|省长|区长|镇长|乡长|主任|部长|局长|主席|委员|同志|代表|"
    r"^(?:掌声|谢谢|再见|附件|附录|目录|正文|首先|其次|再次|最后|总之|此外|另外|[一二三四五六七八九十百零〇])"
    # a heading of the speech opens with a directive verb (加强组织领导, 压实工作责任); column names do not
    r"|^关于(?!我们|本站|本网)"         # a heading on a topic (关于国内建设), not the site's 关于我们
    r"|^(?:加强|强化|坚持|推进|推动|深化|抓好|抓实|压实|健全|完善|落实|提高|提升|狠抓|突出|注重|着力|做好|切实|扎实|"
    r"持续|严格|确保|建立|构建|打造|聚焦|夯实|凝聚|营造|统筹|优化|创新|增强|树立|明确|严明|严肃|发挥|保障)[\u4e00-\u9fff]{2}"
)
_NAME = re.compile(rf"^[{P.SURNAMES}][\u4e00-\u9fff]{{1,2}}$")


def is_column_name(line: str, following: str) -> bool:
    """Whether the first line of a page is a column or city name above the text (``following`` = next line).

    Parameters
    ----------
    line : str
        The first non-blank line of the page.
    following : str
        The next non-blank line.

    Examples
    --------
    >>> is_column_name("区情快递", "8月14日上午,区文明办召开测评迎检协调会。")
    True
    >>> is_column_name("温州", "某某县连续两年获全省乡村振兴实绩考核优秀")
    True
    >>> is_column_name("王建国", "在全县乡村振兴工作会议上的讲话"), is_column_name("新年贺词", "同志们、朋友们:")
    (False, False)
    >>> is_column_name("一是", "要坚持问题导向,抓好整改落实。")  # 列举词
    False
    >>> is_column_name("乡村振兴", "要抓好")  # 后面的行太短,可能仍是标题的一部分
    False
    >>> is_column_name("改革开放", "深入推进。重要领域和关键环节改革取得突破。")  # 一句话折行
    False
    """
    s = line.strip()
    if not _ONLY_CJK.match(s) or len(following.strip()) < 8 or P.TITLE_LIKE.search(s) or _KEEP_WORD.search(s):
        return False
    if P.SALUTATION_LINE.match(s) or P.SALUTATION_LINE.match(following.strip()):
        return False   # a salutation follows a title, not a column name
    if re.match(r"[^\n。！？!?；;，,]{1,6}[。！？!?；;]", following.strip()):
        return False   # the line carries on into the next, a sentence wrapped (改革开放 / 深入推进。重要领域…)
    return not (_NAME.match(s) and not _PLACE_END.search(s))


def column_head(st: CleaningState) -> None:
    """Delete the first line of a page when it is a column or city name (rule ``page_head``); see :func:`is_column_name`.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("\\n文明创建\\n【创城进行时】市直机关志愿服务活动启动\\n为推进文明城市创建,市直机关举办启动仪式。")
    >>> column_head(st)
    >>> st.doc.output
    '\\n\\n【创城进行时】市直机关志愿服务活动启动\\n为推进文明城市创建,市直机关举办启动仪式。'
    """
    _, view = st.view()
    found = list(first_lines(view[:2000], 2))
    if len(found) == 2 and is_column_name(found[0][2], found[1][2]):
        st.doc.delete_many([found[0][:2]], "page_head")


_SP = "[ \\t\\u3000]"
#: a caption opened by a triangle (△某某局干部集中观看大会直播。), one sentence at most; a line with the first person or
#: a modal stays
_TRIANGLE = re.compile(r"^[ \t\u3000]*[△▽][^\n]{4,130}$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_TRIANGLE_BULLET = re.compile(r"^[ \t\u3000]*[△▽][ \t\u3000]*(?=\S)", re.M)
_VOICE = re.compile(r"我们|咱们|我|要|必须|应当|务必|一定")
#: a short line ending on an archive credit (某某。 某某传媒资料照片)
_ARCHIVE_CREDIT = re.compile(r"(?:资料照片|资料图片|资料图|档案照片|档案图片)[)）]?[ \t\u3000]*$")


_NAMES = r"(?:[\u4e00-\u9fff][ \t\u3000]?){2,4}"
_CREDIT_WORD = r"(?:本报|本网)?(?:摄影记者|记者|通讯员|摄影|实习生)"
#: a photo credit alone on a line: 记者 某 某 文/图, 某某 摄
_CREDIT_LINE = re.compile(
    rf"^{_SP}*(?:{_CREDIT_WORD}{_SP}*[:：]?{_SP}*)?{_NAMES}(?:(?:{_SP}+|[、,，]){_NAMES})*{_SP}*[/／]?{_SP}*(?:文/图|图/文|文图|摄影|摄|攝|供图){_SP}*$"
)
#: a caption ending in its photographer's credit: 某某街头,工人正在清扫。 记者 某某 摄
_CAPTION_CREDIT = re.compile(
    rf"[。！!\s]{_SP}*{_CREDIT_WORD}{_SP}*[:：]?{_SP}*{_NAMES}(?:(?:{_SP}+|[、,，]){_NAMES})*{_SP}*(?:摄影|摄|供图){_SP}*$"
    # or the photographer after the caption's full stop with a slash: 某某参观教育基地。某某/摄
    rf"|[。！!]{_SP}*[\u4e00-\u9fff]{{2,4}}{_SP}*[/／]{_SP}*(?:摄影|摄|攝){_SP}*$"
)
#: a byline alone on a line: 某某日报·某某客户端记者 某某, 融媒体记者:某某 (not 记者朋友们, 致新闻记者)
_BYLINE_LINE = re.compile(
    rf"^{_SP}*[^\n。,，!！?？;；]{{0,20}}?(?:记者|通讯员|实习生){_SP}*[:：]?{_SP}*(?!朋友|同志){_NAMES}(?:(?:{_SP}+|[、,，])(?!朋友|同志){_NAMES})*{_SP}*$"
)
#: an image or video placeholder at the end of a line or alone: [图], (相关资料图), 【视频】
_PLACEHOLDER = re.compile(rf"{_SP}*[\[【(（](?:相关)?(?:资料图片?|图片|配图|组图|示意图|图|视频)[\]】)）]{_SP}*$", re.M)
#: the same placeholder without brackets, alone on a line between paragraphs: 图片, 视频
_BARE_PLACEHOLDER = re.compile(rf"^{_SP}*(?:图片|视频){_SP}*$")
#: a credit composed of its parts (:data:`corpusmine.text.credit_lines.CREDIT_BODY`), alone on a line, bracketed or
#: not (【某某网通讯员某某摄】), or in brackets after a sentence's full stop, where the sentence stays (…召开。【某某日报
#: 特约摄影某某供图】)
_CREDIT_ALONE = re.compile(rf"^{_SP}*(?:[(（【]{_SP}*)?(?:{CREDIT_BODY}){_SP}*[)）】]?{_SP}*$")
_CREDIT_AFTER_SENTENCE = re.compile(rf"(?<=[。！!]){_SP}*[(（【]{_SP}*(?:{CREDIT_BODY}){_SP}*[)）】]{_SP}*$", re.M)
#: an image's alt text numbered by the page: 某某活动现场(1), 某某活动现场(2) … (two or more numbers of one text)
_NUMBERED_ALT = re.compile(r"^[ \t\u3000]*([^\n。！？!?；;]{2,40}?)[ \t]*[(（](\d{1,2})[)）][ \t\u3000]*$", re.M)
#: a line of HTML tags only, a converter's leftover: <ul id="x"><dfn id="x"></dfn></ul>
_TAG_LINE = re.compile(r"^[ \t]*(?:</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>[ \t]*)+$", re.M)


def photo_credits(st: CleaningState) -> None:
    """Photo credits and captions that end in one (rule ``photo_caption``), placeholders, lines of bare HTML tags.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("<ul id=\\"a\\"><dfn id=\\"a\\"></dfn></ul>\\n记者 唐 某 文/图\\n"
    ...                    "某市街头,工人正在清扫路面。 记者 王某 摄\\n会议印发了工作方案。 [图]\\n某某日报·某某客户端记者 郭某\\n"
    ...                    "致广大新闻记者朋友\\n要加强拍摄制作。")
    >>> photo_credits(st)
    >>> st.doc.output
    '\\n\\n\\n会议印发了工作方案。\\n\\n致广大新闻记者朋友\\n要加强拍摄制作。'
    """
    st.delete_lines_holding(("<",), lambda l: bool(_TAG_LINE.match(l)), "html_leftover")
    st.delete_lines_holding(("摄", "文/图", "图/文", "文图", "供图"),
                       lambda l: len(l.strip()) <= 30 and bool(_CREDIT_LINE.match(l)), "photo_caption")
    st.delete_lines_holding(("摄", "攝", "供图"), lambda l: len(l.strip()) <= 120 and bool(_CAPTION_CREDIT.search(l)), "photo_caption")
    st.delete_lines_holding(("摄", "攝", "供图", "图"), lambda l: len(l.strip()) <= 40 and bool(_CREDIT_ALONE.match(l)), "photo_caption")
    _, view = st.view()
    st.doc.delete_many([(s + m.start(), s + m.end()) for s, e, line in lines_holding(view, ("摄)", "摄）", "摄】", "影)", "影）", "影】", "图)", "图）", "图】"))
                        if (m := _CREDIT_AFTER_SENTENCE.search(line))], "photo_caption")
    st.delete_lines_holding(("记者", "通讯员", "实习生"),
                       lambda l: len(l.strip()) <= 40 and "们" not in l and "致" not in l and bool(_BYLINE_LINE.match(l)), "byline")
    _, view = st.view()
    spans = []
    for s, e, line in lines_holding(view, ("图]", "图】", "图)", "图）", "视频]", "视频】", "视频)", "视频）")):
        m = _PLACEHOLDER.search(line)
        if m:
            spans.append((s + m.start(), s + m.end()))
    spans += [(s, e) for s, e, line in lines_holding(view, ("图片", "视频")) if _BARE_PLACEHOLDER.match(line)]
    st.doc.delete_many(sorted(set(spans)), "photo_caption")
    st.delete_lines_holding(("△", "▽"), lambda l: bool(_TRIANGLE.match(l)) and len(_SENTENCE_END.findall(l)) <= 1
                       and not _VOICE.search(l), "photo_caption")
    # a triangle before two sentences or more is a list's bullet (a bulletin's items: △ 某某主持召开…。某某出席并讲话。)
    _, view = st.view()
    st.doc.delete_many([(s + m.start(), s + m.end()) for s, e, line in lines_holding(view, ("△", "▽"))
                        if len(_SENTENCE_END.findall(line)) >= 2 and (m := _TRIANGLE_BULLET.match(line))], "symbol_noise")
    st.delete_lines_holding(("资料", "档案"), lambda l: len(l.strip()) <= 40 and bool(_ARCHIVE_CREDIT.search(l)), "photo_caption")
    numbered_alts(st)


def _adjacent(view: str, found: list[tuple[int, int, str]]) -> bool:
    """Whether two of the numbered lines follow each other with only blank lines between (a gallery; the numbered
    part headings of a collection, 某某讲话(1) … 某某讲话(2), each stand above a speech)."""
    found = sorted(found)
    return any(not view[a[1]:b[0]].strip() for a, b in zip(found, found[1:]))


def numbered_alts(st: CleaningState) -> None:
    """Lines of one text numbered by the page, an image gallery's alt texts (rule ``photo_caption``).

    A short line without a sentence end closed by a bracketed number
    (某某活动现场(1)) goes when the same text stands on other lines with
    other numbers and two of them follow each other (a gallery); a single
    numbered line (参加人数(2)) and numbered part headings each above a
    speech (某某讲话(1) … 某某讲话(2)) stay.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某县人口普查启动(1)\\n县长出席仪式并讲话。\\n某县人口普查启动(2)\\n某县人口普查启动(3)\\n"
    ...                    "要做好宣传。\\n附件(1)")
    >>> numbered_alts(st)
    >>> st.doc.output
    '\\n县长出席仪式并讲话。\\n\\n\\n要做好宣传。\\n附件(1)'
    """
    _, view = st.view()
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for close in (")\n", "）\n"):
        i = view.find(close)
        while i >= 0:
            s = view.rfind("\n", 0, i) + 1
            m = _NUMBERED_ALT.match(view, s, i + 1)
            if m:
                groups.setdefault(m.group(1), []).append((s, i + 1, m.group(2)))
            i = view.find(close, i + 2)
    if view.endswith((")", "）")):
        s = view.rfind("\n") + 1
        m = _NUMBERED_ALT.match(view, s)
        if m:
            groups.setdefault(m.group(1), []).append((s, len(view), m.group(2)))
    spans = [(s, e) for found in groups.values() if len({n for _, _, n in found}) >= 2 and _adjacent(view, found)
             for s, e, _ in found]
    st.doc.delete_many(sorted(spans), "photo_caption")
