"""Notices, widgets, news leads, photo credits and a column name, by the shape of a line (structural rules, round 3).

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
* **news leads** (:func:`news_leads`): the dateline lead of a news report
  and its byline before the first sentence of a paragraph (某某网讯(记者 某某),
  本报某地5月3日讯, 某某信息港讯 通讯员 某某, 【某某网讯】据某网报道,
  …记者某某报道), a content platform's account label (头条号:某某头条), a
  bracketed byline opening a line, a circled edition code
  after the last sentence (②9).  通讯, 喜讯 and 据记者了解 stay.  Wires and
  papers abroad: a place and a day in brackets ((某地12日讯), (某地十二日电)),
  a bracketed lead naming a newsroom (【本报某某报道】, (某报某地讯)), a site with
  a date before 讯 (某某网(2019-9-12)讯:), 本刊讯/本台讯 with the credit that
  follows (记者某某、通讯员某某报道:) and that credit alone; 本报讯员队伍 and
  (加强宣传报道) stay.
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
from corpusmine.text.anchors import back_over, register
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import first_lines, lines_holding

__all__ = ["column_head", "is_column_name", "is_site_notice", "news_leads", "notice_lines", "numbered_alts", "photo_credits"]


def _delete_lines_with(st: CleaningState, needles, pred, rule: str) -> None:
    """Delete the lines holding one of ``needles`` that satisfy ``pred`` (the cheap form of ``delete_lines``)."""
    _, view = st.view()
    st.doc.delete_many([(s, e) for s, e, line in lines_holding(view, needles) if line.strip() and pred(line)], rule)


def _delete_at_line_starts(st: CleaningState, needles, pattern: re.Pattern, rule: str) -> None:
    """Delete the matches of ``pattern`` (anchored at a line start) on the lines holding one of ``needles``."""
    _, view = st.view()
    spans = []
    for s, e, _line in lines_holding(view, needles):
        m = pattern.match(view, s, e)
        if m and m.end() > m.start():
            spans.append((m.start(), m.end()))
    st.doc.delete_many(spans, rule)


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
#: the dateline lead of a news report at the start of a line, with its byline: 某某网讯(记者 某某), 本报某地5月3日讯,
#: 某某信息港讯 通讯员某某 某某 (the site word before 讯 keeps 通讯, 喜讯 and the like out), and any paper's name
#: before a date and 讯 (某某江8月31日讯(某某): a date before 讯 is a dateline)
_LEAD = re.compile(
    rf"^{_SP}*(?:(?:本报|本网|本台|本刊|本站|本報|本網|本臺|[^\s\d,，。:：;；!！?？()（）“”【】]{{1,14}}?(?:[网網][库庫]?|[报報]|[台臺]|在线|在線|客户端|APP|融媒|新闻|新聞|信息港|之声|之聲|头条|頭條|社|风|風))"
    rf"(?:[^\s,，。\d]{{0,6}}\d{{1,2}}月\d{{1,2}}日|[\u4e00-\u9fff]{{2,4}}(?<![通喜资资简快电视音短]))?"
    rf"|[^\s\d,，。:：;；!！?？()（）“”【】]{{2,14}}?\d{{1,2}}月\d{{1,2}}日(?=[讯訊](?![息号问])))[讯訊](?![员員息号號问問]){_SP}*[:：]?{_SP}*"
    rf"(?:[(（][^()（）\n]{{0,40}}[)）]"
    rf"|(?:(?:记者|通讯员|实习生|特约记者|见习记者){_SP}*[:：]?{_SP}*[\u4e00-\u9fff]{{2,4}}(?:(?:{_SP}+|[、,，]){_SP}*[\u4e00-\u9fff]{{2,4}})*{_SP}+)+)?"
    rf"{_SP}*(?=\S)",
    re.M,
)
#: a paper's report quoted by the lead, with its reporter: 据某某晨报报道(记者 某某) (据某某日报报道, alone, is a sentence)
_QUOTED_REPORT = re.compile(rf"^{_SP}*据[^\s,，。:：()（）]{{2,14}}?(?:[报報]|[网網]|[台臺]|社)报道{_SP}*[(（]{_SP}*(?:记者|通讯员)[^()（）\n]{{1,24}}[)）]{_SP}*", re.M)
#: a place's or a paper's lead opening a line, alone in brackets ((金边讯), 〔本报消息〕, 〔某地讯〕) or closed by a dash
#: (某地讯——创刊于某地的…); 喜讯, 资讯, 通讯 and the like are no place
_PLACE_LEAD = re.compile(
    rf"^{_SP}*(?:[(（〔【\[]{_SP}*(?!喜讯|资讯|通讯|简讯|快讯|小道消息|内部消息|最新消息)[\u4e00-\u9fff]{{2,6}}(?:讯|訊|消息){_SP}*[)）〕】\]]"
    rf"|(?!喜讯|资讯|通讯|简讯|快讯|短讯|电讯)[\u4e00-\u9fff]{{2,6}}[讯訊]{_SP}*(?:——|—|--|－－)){_SP}*", re.M)
#: an association's news lead with its colon: 某某商会讯:, 某某同乡总会讯: (a colon required: 商会会讯第十期 is a sentence)
_ASSOCIATION_LEAD = re.compile(rf"^{_SP}*[^\s\d,，。:：;；!！?？()（）“”【】]{{1,14}}?[会會馆館][讯訊]{_SP}*[:：]{_SP}*", re.M)
#: a byline in brackets opening a line: (记者 某某 通讯员 某某)
_LEAD_BRACKET = re.compile(rf"^{_SP}*(?:[|｜]{_SP}*)?[(（](?:本报|本网)?(?:记者|通讯员|实习生|特约记者|见习记者)[^()（）\n]{{1,30}}[)）]{_SP}*(?=\S)", re.M)
#: a lead in black brackets, with the source it cites: 【某某网讯】据某某报道,
_LEAD_BLACK = re.compile(rf"^{_SP}*【[^【】\n]{{1,16}}(?:讯|消息|电)】(?:据[^,，。\n]{{1,14}}报道[,，]?)?{_SP}*(?:(?=\S)|$)", re.M)
#: a site's lead whose opening 【 was lost (某某网报道】, 某某网讯】), a compiled report's credit glued to its text
#: (某某侨讯综合报道自6月起,…), a paper's reporter glued before the date (某某报记者某某采访报导2018年8月18日晚,…), a
#: site named with its address before its sentence (某某网(http://…)某某总会换届大会近日举行:)
_LEAD_GLUED = re.compile(
    rf"^{_SP}*(?:[^\s\d,，。:：;；!！?？()（）“”【】]{{1,14}}?(?:网|报|台|社|新闻)(?:报道|讯|消息)】"
    rf"|[\u4e00-\u9fff]{{1,12}}(?:网|报|社|台|讯|新闻)综合(?:报道|报导|消息)(?:{_SP}+(?=\S)|(?=[\u4e00-\u9fff\d]))"
    rf"|[\u4e00-\u9fff]{{2,10}}(?:报|网|台|社|新闻)(?:首席|特约|见习)?记者[\u4e00-\u9fff]{{2,3}}?(?:采访)?(?:报导|报道)(?=\d|[(（]|{_SP})"
    rf"|[\u4e00-\u9fff]{{2,10}}(?:网|报|台)[(（]{_SP}*(?:https?://)?[\w.\-/]+\.[a-z]{{2,6}}[\w./\-]*{_SP}*[)）]){_SP}*[:：]?{_SP}*",
    re.M)
#: a wire's bracketed credit closing a paragraph: …新局面。(1月3日新华社), …成效。(新华社)
_CLOSING_WIRE = re.compile(rf"(?<=[。！？!?”])[ \t\u3000]*[(（](?:\d{{1,2}}月\d{{1,2}}日{_SP}*)?(?:新华社|中新社|中新网|人民网|央视网"
                           rf"|(?<=日)[\u4e00-\u9fff]{{1,8}}(?:社|网|报|台))(?:电|讯|报道)?[)）][ \t\u3000]*$", re.M)
#: a reporters' credit opening a line and ending in 报道 before a space: 某某报、某某网 某某、记者某某报道 …
_LEAD_REPORT = re.compile(rf"^{_SP}*[^\n。！？!?,，]{{0,40}}?(?:记者|通讯员)[^\n。！？!?,，]{{1,12}}?报道{_SP}+(?=\S)", re.M)
#: a newspaper's dateline lead alone on a line: its name (and its address), the reporters, the place and 报道
#: (某某时报(www.….cn)记者 某某 北京报道, 本报记者 某某 某某 某地报道); a heading about reporting has no name after 记者
_REPORT_LINE = re.compile(
    rf"^{_SP}*[^\n。！？!?,，；;]{{0,40}}?(?:记者|記者|通讯员|通訊員)(?:{_SP}*[:：]?{_SP}*[\u4e00-\u9fff·]{{2,4}}){{1,4}}"
    rf"{_SP}+[\u4e00-\u9fff]{{2,6}}(?:报道|報道){_SP}*$"
)
#: a contributor's credit opening a paragraph: an office, 供稿 and the writer in brackets (某某镇供稿(某某)为深入…)
_LEAD_SUPPLIED = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,14}}供稿{_SP}*[(（][\u4e00-\u9fff·、 ]{{2,16}}[)）]{_SP}*(?=\S)", re.M)
#: a news site's name in brackets opening a paragraph before its white space (（某某党建网）   26日,…), found after
#: the newline before it (the view is read with a newline before it: ``re`` jumps between newlines)
_LEAD_SOURCE = re.compile(
    rf"\n{_SP}*[(（][\u4e00-\u9fff]{{2,14}}(?:[网網]|[报報]|[台臺]|融媒|客户端|新闻|新聞)[)）](?:{_SP}{{2,}}|\u3000)(?=\S)"
)
#: a content platform's account label opening a line: 头条号:某某, 百家号:某某新闻 (the name through a media word when
#: one closes it within ten characters, else the label alone)
_ACCOUNT_LEAD = re.compile(
    rf"^{_SP}*(?:头条|百家|企鹅|网易|搜狐|大鱼|华人|一点|澎湃|新浪|趣头条)号{_SP}*[:：]{_SP}*"
    rf"(?:[^\s,，。:：!！?？]{{0,8}}?(?:头条|新闻|发布|日报|晚报|在线|之声|融媒|资讯|观察|视点|传媒|网){_SP}*)?",
    re.M,
)
#: a place and a day in brackets opening a paragraph, as Chinese papers abroad and wires write them ((某地12日讯))
_DATELINE = re.compile(rf"^{_SP}*[(（][\u4e00-\u9fff]{{1,10}}{_SP}?(?:\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})日(?:电|讯){_SP}?[)）]{_SP}*(?=\S)", re.M)
#: any short bracketed lead ending in 讯/电/报道 (【本报某某报道】, (某报某地讯), 【某某网讯】), or a site and a date
#: before 讯 (某某网(2019-9-12)讯:)
_BRACKET_LEAD = re.compile(
    rf"^{_SP}*(?:[(（【\[](?=[^()（）【】\[\]\n]{{0,20}}?(?:本报|本刊|本台|本网|记者|通讯员|网|报|台|社|新闻|\d+日)[^()（）【】\[\]\n]{{0,20}}?(?:讯|电|报道|报导)[)）】\]])"
    rf"[^()（）【】\[\]\n。，,!！?？]{{1,20}}(?:讯|电|报道|报导)[)）】\]]"
    rf"|[\u4e00-\u9fffA-Za-z]{{1,10}}(?:网|报|台|社|新闻)[(（][\d\-./年月日 ]{{4,12}}[)）](?:讯|电)[:：]?){_SP}*(?=\S|$)", re.M)
#: 本报讯, 本刊讯 … with the credit that follows; 讯 before a space, a colon, a bracket, a date or a credit (本报讯员 stays)
_NEWSROOM = re.compile(
    rf"^{_SP}*(?:本报|本刊|本台|本网|本站)(?:[\u4e00-\u9fff]{{0,4}})?讯"
    rf"(?:{_SP}+|[:：]|(?=[(（\d]|记者|通讯员|实习生|特约))"
    rf"(?:[(（][^()（）\n]{{0,40}}[)）]|(?:(?:记者|通讯员|实习生|特约)[^:：\n。！？]{{0,40}}?(?:报道|报导|撰稿)?[:：]))?{_SP}*(?=\S)", re.M)
#: a credit opening a paragraph, what an earlier rule leaves of a newsroom lead (记者某某、通讯员某某报道:)
_CREDIT_LEAD = re.compile(rf"^{_SP}*(?:记者|通讯员|实习生|特约记者)[\u4e00-\u9fff、 \t]{{2,40}}?(?:报道|报导|撰稿)[:：]{_SP}*(?=\S)", re.M)
#: a caption opened by a triangle (△某某局干部集中观看大会直播。), one sentence at most; a line with the first person or
#: a modal stays
_TRIANGLE = re.compile(r"^[ \t\u3000]*[△▽][^\n]{4,130}$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_TRIANGLE_BULLET = re.compile(r"^[ \t\u3000]*[△▽][ \t\u3000]*(?=\S)", re.M)
_VOICE = re.compile(r"我们|咱们|我|要|必须|应当|务必|一定")
#: a short line ending on an archive credit (某某。 某某传媒资料照片)
_ARCHIVE_CREDIT = re.compile(r"(?:资料照片|资料图片|资料图|档案照片|档案图片)[)）]?[ \t\u3000]*$")
_CIRCLED = re.compile("[\u2460-\u2473]")
#: a circled edition code after the last sentence of a paragraph (…确保成效。②9)
_EDITION_CODE = register(re.compile(rf"(?<=[。！？!?”]){_SP}*[\u2460-\u2473]\d{{0,2}}{_SP}*$", re.M),
                         tuple(map(chr, range(0x2460, 0x2474))), back_over(" \t\u3000"))


def news_leads(st: CleaningState) -> None:
    """Dateline leads and bylines opening a paragraph of a news report (rule ``byline``) and circled edition codes.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某某新闻网讯(记者 王某 李某)1月14日上午,县委召开会议。\\n"
    ...                    "本报某地10月30日讯 (记者 张某)29日,全市开展志愿服务。\\n"
    ...                    "某某信息港讯 通讯员王某 郭某 4月1日,街道召开推进会。确保成效。②9\\n"
    ...                    "【某某网讯】据某网报道,10月23日,某工委召开干部会议。\\n| (记者 某某)9月14日,召开河长制会议。\\n"
    ...                    "要加强通讯网络建设,及时报送喜讯。\\n百家号:某某新闻人勤春来早。")
    >>> news_leads(st)
    >>> st.doc.output
    '1月14日上午,县委召开会议。\\n29日,全市开展志愿服务。\\n4月1日,街道召开推进会。确保成效。\\n10月23日,某工委召开干部会议。\\n9月14日,召开河长制会议。\\n要加强通讯网络建设,及时报送喜讯。\\n人勤春来早。'
    """
    _delete_at_line_starts(st, ("讯】", "消息】", "电】"), _LEAD_BLACK, "byline")
    _delete_at_line_starts(st, ("报道】", "讯】", "消息】", "综合报道", "综合报导", "综合消息", "报导", "报道", "http", "www", ".com", ".cn", ".cc", ".net", ".org"), _LEAD_GLUED, "byline")
    st.delete_matches(_CLOSING_WIRE, "byline")
    _delete_at_line_starts(st, ("讯", "訊"), _LEAD, "byline")
    _delete_at_line_starts(st, ("会讯", "會訊", "馆讯", "館訊"), _ASSOCIATION_LEAD, "byline")
    _delete_at_line_starts(st, ("讯)", "讯）", "讯〕", "讯】", "消息)", "消息）", "消息〕", "消息】", "讯]", "消息]", "讯—", "讯-", "讯 —",
                                "訊—"), _PLACE_LEAD, "byline")
    _delete_at_line_starts(st, ("报道(", "报道（", "报道 (", "报道 （"), _QUOTED_REPORT, "byline")
    _delete_at_line_starts(st, ("供稿",), _LEAD_SUPPLIED, "byline")
    _, view = st.view()
    st.doc.delete_many([(m.start(), m.end() - 1) for m in _LEAD_SOURCE.finditer("\n" + view)], "byline")   # shifted by one
    _delete_at_line_starts(st, ("记者", "通讯员", "实习生"), _LEAD_BRACKET, "byline")
    _delete_at_line_starts(st, ("报道", "報道"), _LEAD_REPORT, "byline")
    _delete_lines_with(st, ("报道", "報道"), lambda l: len(l.strip()) <= 80 and bool(_REPORT_LINE.match(l)), "byline")
    _delete_at_line_starts(st, ("号:", "号："), _ACCOUNT_LEAD, "byline")
    _delete_at_line_starts(st, ("日电", "日讯"), _DATELINE, "byline")
    _delete_at_line_starts(st, ("讯", "电", "报道", "报导"), _BRACKET_LEAD, "byline")
    _delete_at_line_starts(st, ("讯",), _NEWSROOM, "byline")
    _delete_at_line_starts(st, ("报道", "报导", "撰稿"), _CREDIT_LEAD, "byline")
    _, view = st.view()
    if _CIRCLED.search(view):
        st.delete_matches(_EDITION_CODE, "site_interface")


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
    _delete_lines_with(st, ("<",), lambda l: bool(_TAG_LINE.match(l)), "html_leftover")
    _delete_lines_with(st, ("摄", "文/图", "图/文", "文图", "供图"),
                       lambda l: len(l.strip()) <= 30 and bool(_CREDIT_LINE.match(l)), "photo_caption")
    _delete_lines_with(st, ("摄", "攝", "供图"), lambda l: len(l.strip()) <= 120 and bool(_CAPTION_CREDIT.search(l)), "photo_caption")
    _delete_lines_with(st, ("记者", "通讯员", "实习生"),
                       lambda l: len(l.strip()) <= 40 and "们" not in l and "致" not in l and bool(_BYLINE_LINE.match(l)), "byline")
    _, view = st.view()
    spans = []
    for s, e, line in lines_holding(view, ("图]", "图】", "图)", "图）", "视频]", "视频】", "视频)", "视频）")):
        m = _PLACEHOLDER.search(line)
        if m:
            spans.append((s + m.start(), s + m.end()))
    spans += [(s, e) for s, e, line in lines_holding(view, ("图片", "视频")) if _BARE_PLACEHOLDER.match(line)]
    st.doc.delete_many(sorted(set(spans)), "photo_caption")
    _delete_lines_with(st, ("△", "▽"), lambda l: bool(_TRIANGLE.match(l)) and len(_SENTENCE_END.findall(l)) <= 1
                       and not _VOICE.search(l), "photo_caption")
    # a triangle before two sentences or more is a list's bullet (a bulletin's items: △ 某某主持召开…。某某出席并讲话。)
    _, view = st.view()
    st.doc.delete_many([(s + m.start(), s + m.end()) for s, e, line in lines_holding(view, ("△", "▽"))
                        if len(_SENTENCE_END.findall(line)) >= 2 and (m := _TRIANGLE_BULLET.match(line))], "symbol_noise")
    _delete_lines_with(st, ("资料", "档案"), lambda l: len(l.strip()) <= 40 and bool(_ARCHIVE_CREDIT.search(l)), "photo_caption")
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
