"""Notices, login widgets and a column name, recognised by the shape of a line (round 3 of the structural rules).

Four families that the edge rules of :mod:`corpusmine.text.line_shape`
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
from corpusmine.text.edits import iter_lines
from corpusmine.text.rules import CleaningState

__all__ = ["column_head", "is_column_name", "is_site_notice", "notice_lines"]

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
    return bool(_COMMENT_LABEL.match(s))


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
    if not any(w in view for w in ("本网", "本站", "本平台", "本公众号", "评论", "留言", "跟帖", "账号", "帐号", "密码",
                                   "验证码", "登录", "登陆", "注册", "点评")):
        return
    st.delete_lines(is_site_notice, "site_notice")


_ONLY_CJK = re.compile(f"^[{P.CJK}]{{2,6}}$")
_PLACE_END = re.compile(r"(?:省|市|州|县|区|镇|乡|村|旗|盟)$")
#: a line that belongs to the speech: a title word, a role, a document kind
_KEEP_WORD = re.compile(
    r"讲话|发言|致辞|贺词|辞|词|稿|报告|提纲|纲要|序言|前言|引言|决定|通知|意见|方案|公告|公报|纪要|"
    r"情况|概况|总结|目标|任务|要求|措施|问题|建议|成效|做法|经验|背景|工作|"
    r"书记|县长|市长|省长|区长|镇长|乡长|主任|部长|局长|主席|委员|同志|代表|"
    r"^(?:掌声|谢谢|再见|附件|附录|目录|正文|首先|其次|再次|最后|总之|此外|另外|[一二三四五六七八九十百零〇])"
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
    """
    s = line.strip()
    if not _ONLY_CJK.match(s) or len(following.strip()) < 8 or P.TITLE_LIKE.search(s) or _KEEP_WORD.search(s):
        return False
    if P.SALUTATION_LINE.match(s) or P.SALUTATION_LINE.match(following.strip()):
        return False   # a salutation follows a title, not a column name
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
    found = []
    for s, e, line in iter_lines(view[:2000]):
        if line.strip():
            found.append((s, e, line))
            if len(found) == 2:
                break
    if len(found) == 2 and is_column_name(found[0][2], found[1][2]):
        st.doc.delete_many([found[0][:2]], "page_head")
