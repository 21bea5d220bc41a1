"""Notices, widgets and a column name, by the shape of a line (structural rules, round 3).

The news leads and photo credits this module once held are read by :mod:`corpusmine.text.news_leads` and
:mod:`corpusmine.text.photo_credits`.

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
from corpusmine.text.lines import first_lines, iter_lines, lines_holding, opens_again
from corpusmine.text.doc_chrome import SUMMARY_LABEL
from corpusmine.text.speech_voice import OPENING_SALUTATION, in_speech_voice

__all__ = ["COLUMN_GENRE", "COLUMN_LABEL", "MIN_REPEATED", "MIN_SUMMARY_ECHO", "OPENING_WITHIN", "column_head", "is_column_name", "is_site_notice", "link_notes", "notice_lines",
           "quoted_excerpts", "summary_echoes"]


#: the site speaking of itself (not the news lead 本网讯 / 本站讯)
_SELF = re.compile(r"(?:本网站|本网|本站|本平台|本公众号)(?!讯|消息)")
_LEGAL = ("版权", "转载", "授权", "摘编", "法律责任", "观点", "联系", "作品", "真实性", "声明", "侵权", "赞同", "来源")
#: a site's abstract of the text it serves, above it (本文是一篇毕业典礼演讲,向毕业生们表达了…; round 301k): a speaker
#: never calls its speech 本文
_ABSTRACT = re.compile(r"^\s*(?:(?:摘要|简介|导读)\s*[:：]\s*)?(?:本文|该文|此文)(?:是一篇|为一篇)[^\n。]{0,30}?"
                       r"(?:演讲|讲话|致辞|致词|发言|报告|贺词|献词)")
#: the site's offer to take a text down, after its disclaimer: 如果您对本站文章的归属存有异议,请立即通知我们,…予以删除
#: (round 295k); a speech's 有异议的项目要一律删除 asks no one to tell the site
_TAKEDOWN = re.compile(r"(?:本站|本网|本平台|我站)[^。！\n]{0,30}?(?:异议|疑问|侵权|不妥)[^。！\n]{0,20}?(?:请|可)[^。！\n]{0,6}?"
                       r"(?:通知|联系|告知)(?:我们|本站|本网|管理员|站长)[^。！\n]{0,30}?(?:删除|撤下|处理)")
#: a reader-comment disclaimer: 网友评论仅供其表达个人看法, 评论仅代表网友个人观点
_COMMENT_NOTE = re.compile(r"(?:评论|留言|跟帖)[^\n。]{0,6}(?:仅供|仅代表|只代表|不代表)")
#: a login widget: short, with an account word, or a bare login/register button
_LOGIN = re.compile(r"账号|帐号|密码|验证码")
_LOGIN_BUTTON = re.compile(r"^\s*(?:立即|免费|用户|会员|快速)?(?:登录|登陆|注册)(?:\s*[/|｜]\s*(?:登录|登陆|注册))?\s*$")
#: a reader's comment label at the start of a line: 某某点评:
_COMMENT_LABEL = re.compile(r"^\s*[^\s:：。,，]{0,6}点评\s*[:：]")
#: a blog's comment form, its notes alone on their lines (邮箱地址不会被公开。 必填项已用*标注 / Would love your thoughts,
#: please comment. / Your email address will not be published.), round 88
_COMMENT_FORM = re.compile(
    r"^\s*(?:(?:您的)?(?:电子)?邮箱(?:地址)?不会被公开[。.]?(?:\s*必填项已用\s*\*\s*标注[。.]?)?|必填项已用\s*\*\s*标注[。.]?"
    r"|Would love your thoughts, please comment\.?x?|Your email address will not be published\.?(?:\s*Required fields are marked\s*\*)?"
    r"|Leave a (?:Reply|Comment)|Notify of(?: new (?:follow-up comments|replies to this comment))?)\s*$", re.I)
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
#: …in the first person, only when it offers model texts (下面我给大家整理了一些优秀范文)
_GENRE_OFFERED = re.compile(r"范文|例文|模板|范例|演讲稿|讲话稿|发言稿|致辞稿|主持词")


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
    >>> is_site_notice("如果您对本站文章、图片资源的归属存有异议,请立即通知我们,情况属实,我们会第一时间予以删除。")
    True
    >>> is_site_notice("本文是一篇毕业典礼演讲,向毕业生们表达了学校的祝福。"), is_site_notice("本文作者在大会上发言。")
    (True, False)
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
    if len(s) <= 200 and _TAKEDOWN.search(s) or len(s) <= 400 and _ABSTRACT.match(s):
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
    if len(s) <= 120 and _READER_NOTE.match(s) and _READER_WORD.search(s) and (
            "我" not in s or _GENRE_OFFERED.search(s)):    # 下面我给大家分享三点体会,供大家参考。 is the speaker's
        return True
    # a label of one's own review in the speaker's voice (年终点评:今年…我们的成绩来之不易。) is speech
    return bool((_COMMENT_LABEL.match(s) and not in_speech_voice(s)) or _COMMENT_FORM.match(s))


#: every branch of is_site_notice needs one of these literals on the line
_NOTICE_NEEDLES = ("本网", "本站", "本文", "该文", "此文", "本平台", "本公众号", "评论", "留言", "跟帖", "账号", "帐号", "密码", "验证码", "登录", "登陆",
                   "注册", "点评", "热线", "电话", "传真", "邮箱", "QQ", "关注", "大家", "版本", "页", "打印", "关闭", "收藏",
                   "下载", "字体", "字号", "分享", "返回", "只看该作者", "电梯直达", "必填项", "comment", "Comment", "published",
                   "Reply", "Notify", *_DECO)


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


#: a bracketed pointer to the text on another site, its address emptied or not (…已上载某某网站:\nwww…\n), round 78
_LINK_NOTE = re.compile(
    r"[(（][^\n()（）。！？]{0,60}(?:网站|网页|网址|官网|主页|链接)[^\n()（）。！？]{0,20}[:：]"
    r"[ \t\u3000\n]*(?:(?:https?://|www\.)[^\s()（）]+)?[ \t\u3000\n]*[)）]")


def link_notes(st: CleaningState) -> None:
    """Delete a bracketed note pointing to the text's copy on a website (rule ``site_notice``).

    A release closes with where the full text lies ((全文已上载某某办公室网站: 网址)); the address alone is a URL,
    which the URL rules take, the note around it is not speech either.  Only a bracket whose note ends in a colon
    followed by nothing but an address goes: a speech's own bracket (详见附件) stays.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("祝大家新年快乐!\\n(贺辞已上载行政长官办公室网站:\\nwww.example.gov.hk/msg/\\n)")
    >>> link_notes(st)
    >>> st.doc.output
    '祝大家新年快乐!\\n'
    >>> st = CleaningState("请大家登录网站(网址见通知)报名。")
    >>> link_notes(st)
    >>> st.doc.output
    '请大家登录网站(网址见通知)报名。'
    """
    _, view = st.view()
    if "网" in view or "链接" in view or "主页" in view:
        st.doc.delete_many([m.span() for m in _LINK_NOTE.finditer(view)], "site_notice")


_ONLY_CJK = re.compile(f"^[{P.CJK}]{{2,6}}$")
#: a column of speeches named by their genre (重要讲话, 领导致辞, 讲话发言): no speaker, no occasion
COLUMN_GENRE = re.compile(r"^(?:重要|领导|领导人|主要领导|会议|讲话|致辞|演讲|发言)(?:讲话|致辞|致词|发言|演讲)$")
#: a site's label above the speech that is never a speech's own heading: the full text in a language (华语演讲全文; round
#: 153k), a column of important speeches (重要致辞; round 152k)
COLUMN_LABEL = re.compile(r"^[ \t\u3000]*(?:(?:华语|英语|中文|英文|国语|粤语|马来语)(?:演讲|讲话|致辞|致词|发言)(?:全文|原文|稿)"
                          r"|重要(?:讲话|致辞|致词|演讲|发言)|演讲(?:辞|词)|讲(?:辞|词)|各类(?:讲话|致辞|发言|演讲)稿?)[ \t\u3000]*$")   # 演讲辞 (166k), 各类讲话 (177k)
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
    >>> is_column_name("重要讲话", "某某主席关于答谢与会代表的致辞"), is_column_name("重要讲话", "同志们:")
    (True, False)
    """
    s = line.strip()
    if COLUMN_GENRE.match(s) and P.TITLE_LIKE.search(following.strip()) and len(following.strip()) >= len(s) + 6:
        return True    # a column of speeches above the speech's own title (重要讲话 / 某某在某会上的致辞; round 57)
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


#: a sentence of 20 characters or more
_LONG_SENTENCE = re.compile(r"[^。！？!?\n]{20,}?[。！？!?]")
#: how far into the page the speech's opening line is looked for
OPENING_WITHIN = 3000
#: the least share of such a line the speech says again (a cut page may lack the quote's later sentences)
MIN_REPEATED = 0.4
#: the fewest characters a summary under a bare label shares with the rest of the page before it goes
MIN_SUMMARY_ECHO = 16


def quoted_excerpts(st: CleaningState) -> None:
    """A site's description quoting the speech above it: prose lines above the salutation that the speech says again
    further down (rule ``snippet``, round 107).

    A page's description often quotes a paragraph from the middle of the speech, set above the title (为此,县委、县政府
    决定…), where the snippet rule, which reads a speech's *start* repeated, does not see it.  A line goes when its
    sentences of 20 characters or more make up most of it and those the speech says again below the first salutation
    make up :data:`MIN_REPEATED` of it or more; a speech's own lead-in above its salutation is not repeated and stays.

    Examples
    --------
    >>> quote = "为此,县委决定从今年起,把每年4月份确定为全县的读书月,以此来推动干部群众的读书学习。"
    >>> st = CleaningState(f"{quote}\\n读书月启动仪式致辞\\n同志们、同学们:\\n今天我们举行读书月活动启动仪式。{quote}")
    >>> quoted_excerpts(st)
    >>> st.doc.output.startswith("\\n读书月启动仪式致辞")
    True
    """
    _, view = st.view()
    m = OPENING_SALUTATION.search(view, 0, min(len(view), OPENING_WITHIN))
    if not m or m.start() == 0:
        return
    body = view[m.end():]
    spans = []
    for s, e, line in iter_lines(view[:m.start()]):
        sentences = _LONG_SENTENCE.findall(line)
        repeated = sum(len(x) for x in sentences if x.lstrip(" \t\u3000") in body)
        if sentences and sum(map(len, sentences)) >= 0.8 * len(line.strip()) and repeated >= MIN_REPEATED * len(line.strip()):
            spans.append((s, e, "snippet"))
    st.delete_spans(spans)


_NEXT_LINE = re.compile(r"\n[ \t\u3000]*\n?[ \t\u3000]*([^\n]+)")
_WHITE = re.compile(r"\s")


#: a site's blurb sentence closing a teaser line (…认真执行。下面是小编为大家整理的某某讲话,供大家参考。)
_TEASER_BLURB = re.compile(r"[^。！？!?\n]*(?:小编|本站|为大家|为您)[^。！？!?\n]*(?:供大家|参考|欢迎|阅读|帮助)[^。！？!?\n]*[。！？!?]?[ \t\u3000]*$")


def _teaser_echo(view: str, line: str, end: int) -> bool:
    """Whether ``line`` is a teaser: prose closed by a site's blurb, its first characters standing again after ``end``.

    Examples
    --------
    >>> body = "同志们:今天我们召开全县安全生产工作会议,主要任务是部署下一阶段的工作。"
    >>> line = body + "下面是小编为大家整理的安全生产讲话,供大家参考。"
    >>> _teaser_echo(line + "\\n" + body, line, len(line))
    True
    >>> _teaser_echo(line + "\\n另一篇讲话。", line, len(line))     # 下文没有重复
    False
    """
    blurb = _TEASER_BLURB.search(line)
    if not blurb or not P.EDITOR.search(blurb.group()):
        return False
    return opens_again(line[:blurb.start()], view, end, chars=2 * MIN_SUMMARY_ECHO, window=4000)


def _flat_echo(view: str, line: str, end: int, *, window: int = 30) -> bool:
    """Whether ``line`` is the speech's opening flattened into one line and cut off, standing again after ``end``.

    Examples
    --------
    >>> body = "今天会议的主要目的是贯彻落实全市创建工作动员大会精神,对全局参与创建工作进行再部署、再动员。"
    >>> line = "某某讲话 同志们: " + body + " 一、提高认识,坚定“创城”必须“创成”的信"
    >>> _flat_echo(line + "\\n同志们:\\n" + body, line, len(line))
    True
    >>> _flat_echo(line + "\\n另一篇讲话。", line, len(line)), _flat_echo("同志们:" + body + "\\n" + body, "同志们:" + body, 48)
    (False, False)
    """
    t = line.strip()
    colon = re.search(r"[:：]", t)
    if not colon or re.search(r"[。！？!?…][”’」]?$", t):
        return False        # a line closed by its sentence's end is no cut-off snippet
    return opens_again(t[colon.end():], view, end, chars=window, loose=True)


def summary_echoes(st: CleaningState, *, max_chars: int = 400) -> None:
    """A summary's label alone on its line and the summary on the next, repeating the page's text (rule ``snippet``).

    A document site sets its summary under a bare label (摘要:\\n在某某会上的讲话各位来宾,同志们:…), the speech's
    opening again; the label's line goes with page_meta, and the summary goes here when its first
    :data:`MIN_SUMMARY_ECHO` characters stand elsewhere on the page and it holds at most ``max_chars`` characters.
    A template site's teaser goes too (round 192k): a line of the speech's opening closed by the site's blurb
    (…认真执行。下面是小编为大家整理的某某讲话,供大家参考。), its opening standing again below it.  So does a description
    meta (round 206k): the speech's opening flattened into one line and cut off mid-word (某某讲话 同志们: 今天会议…的奋斗姿),
    the thirty characters after its first colon standing again below it (spaces and quotation marks aside).

    Examples
    --------
    >>> speech = "各位来宾,同志们:在举国上下喜迎国庆之际,我们举行重点项目集中开工仪式。"
    >>> st = CleaningState(f"{speech[:9]}\\n{speech[9:]}\\n摘要:\\n\\n{speech}")
    >>> summary_echoes(st)
    >>> st.doc.output.endswith("摘要:\\n\\n")
    True
    """
    _, view = st.view()
    spans = [(s, e, "snippet") for s, e, line in lines_holding(view, ("小编", "本站"))
             if len(line) <= max_chars and _teaser_echo(view, line, e)]
    # a description meta: the speech's opening flattened into one line, cut off, above the text (round 206k)
    head = view[:2000 + max_chars]      # the page's head only; a line the cut shortened is not read
    spans += [(s, e, "snippet") for s, e, line in lines_holding(head, (":", "："))
              if 60 <= len(line) <= max_chars and s < 2000 and (e < len(head) or len(head) == len(view)) and _flat_echo(view, line, e)]
    labelled = [] if "摘要" not in view and "简介" not in view and "提要" not in view else iter_lines(view)
    for s, e, line in labelled:
        label = SUMMARY_LABEL.match(line)
        if not label or line[label.end():].strip() or not (nxt := _NEXT_LINE.match(view, e)) or len(nxt[1]) > max_chars:
            continue
        head = _WHITE.sub("", nxt[1])[:MIN_SUMMARY_ECHO]
        if len(head) == MIN_SUMMARY_ECHO and head in _WHITE.sub("", view[:s] + view[nxt.end():]):
            spans.append((nxt.start(1), nxt.end(1), "snippet"))
    st.delete_spans(spans)
