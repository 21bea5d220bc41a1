"""Site addresses stamped into a page's text, told by their shape (rule ``source_footer``; session q).

Template sites stamp their name and the page's address into the text they copy, so that a copied copy still
advertises them; news sites credit a page's source with the site's domain in brackets.  Three families, none of
them tied to a site's name:

* **a repeated address stamp** (:func:`repeated_stamps`): the same address with a path (``https://…/13427.html``,
  ``www.某站.com/a/1.html``) two or more times on one page (a bare domain three or more times, its copies sharing a
  label of four characters or more: 某某资讯网——每日最新资讯abc.com, round 179k), glued after paragraphs or alone on a line, with the
  label its copies share before it (某某网-, 文章源自某某-, 来源:某某 ); the label stops at a sentence end or a
  comma, so the speech before a stamp stays.
* **an address tail** (:func:`address_tails`): after a sentence's end, a short label (16 characters at most, no
  sentence end inside) closed by an address with a path or a scheme, to the line's end (…新进展。某某家园-https://…),
  and a site's name with its bare domain there or, on a flattened line, before more text (…朋友们: 某某汇 www.abc.com 今天…);
  a sentence that names a site inside it (请登录某某网站查询) has no sentence end before the address and stays.
* **a bracketed domain credit** (:func:`domain_brackets`): brackets holding a domain (【来源:某某网 abc.cn】,
  (某某网 www.abc.com 整理)) alone on a line, opening one, or after a sentence's end; brackets inside a sentence
  (网址(www.abc.gov.cn)) stay.
* **a domain glued inside a sentence** (:func:`glued_domains`, rule ``spam``): a site's domain written between two
  Chinese characters with nothing naming it (工会的各项www.abc123.com任务); a domain the sentence introduces
  (登录www.gov.cn查询, 中国政府网www.gov.cn上) stays; a source stamp glued inside a sentence goes with its label and site
  name (…心胸宽选自:某某咨询网 www.abc.com,知足常乐…; round 131k), a domain glued after a clause's comma (…造成的,
  www.aBcD.com其中…) and a download site's advert with its domain in brackets (…第二名课件下载[www.abc.cn]、…; round 134k)
  or a genre's name beside it ((演讲稿 http://fanwen.abc.com), round 274k).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("同志们:\\n今年各项工作取得新进展。某某家园-https://www.abc.com/a/77.html\\n"
...                    "我们要坚定信心。某某家园-https://www.abc.com/a/77.html\\n【某某文网 haowen.net 整理】\\n要抓好落实。")
>>> url_stamps(st)
>>> st.doc.output
'同志们:\\n今年各项工作取得新进展。\\n我们要坚定信心。\\n\\n要抓好落实。'
"""

from __future__ import annotations

import re
from collections import defaultdict

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import lines_holding

__all__ = ["DOMAIN", "address_tails", "domain_brackets", "glued_domains", "repeated_stamps", "url_stamps"]

_SP = r"[ \t\u3000]"
_TLD = r"(?i:com|cn|net|org|cc|top|vip|info|xyz|hk|tw|mo|me|co|gov|edu)"     # any case (www.AbC.NeT, round 123k)
#: a domain in Latin letters: abc.com, www.abc.com.cn, m.abc.net (a Chinese word is no domain label)
_DOMAIN = rf"(?<![A-Za-z0-9\-.])(?:[A-Za-z0-9\-]+\.)+{_TLD}(?![A-Za-z0-9\-])"
#: the same, compiled for other modules (a live text's line-end stamp, :mod:`corpusmine.text.live_text`)
DOMAIN = re.compile(_DOMAIN)
#: an address with a path (abc.com/a/1.html) or a scheme (https://abc.com)
_ADDRESS = re.compile(rf"(?:https?://[A-Za-z0-9\-.]+|{_DOMAIN})(?::\d+)?(?:/[A-Za-z0-9\-._~/?#=&%+!$,;:@]*)?")
#: what a label may not cross (a sentence's end, a clause's comma, a line break)
_LABEL_STOP = set("。！？!?；;，,\n”」")
_MAX_LABEL = 24
_TAIL_LABEL = re.compile(rf"(?<=[。！？!?”」])(?P<label>{_SP}*[^\n。！？!?；;，,“”「」]{{0,16}}?)"
                         rf"(?P<addr>https?://[A-Za-z0-9\-.]+(?::\d+)?(?:/[A-Za-z0-9\-._~/?#=&%+!$,;:@]*)?"
                         rf"|{_DOMAIN}(?::\d+)?/[A-Za-z0-9\-._~/?#=&%+!$,;:@]*){_SP}*$", re.M)
#: a site's name and its domain glued after a sentence's end, closing the line (…让美好暂停。作文吧 Www.AbcWen.Net; round 126k)
_NAMED_DOMAIN_TAIL = re.compile(rf"(?<=[。！？!?”」]){_SP}*[\u4e00-\u9fff0-9]{{0,10}}{_SP}*(?i:www)\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
                                # and an anti-copy plea after it (…奖励。100字日记 WWW.abc.Com原创不易,请大佬高抬贵手!; round 180k)
                                rf"\.{_TLD}(?:原创不易[^\n。]{{0,16}}?[!！。]?)?{_SP}*$", re.M)
#: the same name and domain inside a flattened line, after a sentence's end or a salutation's colon, text going on after a
#: blank (…朋友们: 某某汇 www.example.com 今天…; session al); a speaker's pointer (。请访问 www.abc.gov.cn 了解) stays
_NAMED_DOMAIN_GLUED = re.compile(rf"(?<=[:：。！？!?]){_SP}*(?![^\n]{{0,8}}?(?:访问|登录|登陆|网址|关注|搜索|点击|进入|请|浏览))"
                                 rf"[\u4e00-\u9fff]{{2,8}}{_SP}+(?i:www)\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.{_TLD}(?={_SP}+\S)")
#: the voice of a speaker asking the audience: a tail holding it is a sentence, not a stamp
_VOICE = re.compile(r"我|大家|同志|各位|你们|您们")
_OPEN, _CLOSE = "【[(（〔［", "】])）〕］"
_BRACKET = re.compile(rf"[{re.escape(_OPEN)}](?P<inner>[^{re.escape(_OPEN + _CLOSE)}\n。！？!?]{{0,30}}?{_DOMAIN}"
                      rf"[^{re.escape(_OPEN + _CLOSE)}\n。！？!?]{{0,20}})[{re.escape(_CLOSE)}]")


#: what a line holding an address or a domain holds (the patterns run on those lines only: a long page has few)
_NEEDLES = ("http", ".com", ".cn", ".net", ".org", ".cc", ".top", ".vip", ".info", ".xyz", ".hk", ".tw", ".mo", ".me",
            ".co", ".gov", ".edu", "www.", "WWW.", "Www.", ".COM", ".CN", ".NET")     # a domain in any case (round 123k)


def _finditer(pattern: re.Pattern, view: str):
    """``pattern.finditer`` on the lines of ``view`` holding an address's or a domain's literal."""
    for s, e, _ in lines_holding(view, _NEEDLES):
        yield from pattern.finditer(view, s, e)


def _label_start(view: str, starts: list[int]) -> int:
    """How many characters before every start the copies share (stopping at a sentence end or a comma)."""
    n = 0
    while n < _MAX_LABEL:
        chars = {view[s - n - 1] if s - n - 1 >= 0 else "\n" for s in starts}
        if len(chars) != 1:
            break
        c = chars.pop()
        if c in _LABEL_STOP:
            break
        n += 1
    return n


def repeated_stamps(view: str) -> list[tuple[int, int]]:
    """Spans of an address stamp that a page repeats, with the label its copies share.

    Parameters
    ----------
    view : str
        The page (its Simplified view).

    Returns
    -------
    list of (int, int)
        Spans to delete: each copy of an address with a path or a scheme seen two or more times, with its
        shared label and the blanks after it.

    Examples
    --------
    >>> v = "致辞文章源自某网-https://www.abc.com/1.html\\n要抓好落实。文章源自某网-https://www.abc.com/1.html"
    >>> [v[a:b] for a, b in repeated_stamps(v)]
    ['文章源自某网-https://www.abc.com/1.html', '文章源自某网-https://www.abc.com/1.html']
    >>> repeated_stamps("请登录www.abc.gov.cn查询。详见www.abc.gov.cn。")    # no path, no scheme: a site named twice
    []
    """
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _finditer(_ADDRESS, view):
        found[m.group()].append(m.span())
    spans = []
    for addr, occ in found.items():
        if len(occ) < 2:
            continue
        n = _label_start(view, [a for a, _ in occ])
        # a bare domain is a stamp when three or more copies share a label of four characters or more
        # (…致辞某某资讯网——每日最新资讯abc.com; round 179k); a site named twice in a speech is not
        if not ("://" in addr or "/" in addr.rstrip("/")) and (len(occ) < 3 or n < 4):
            continue
        for a, b in occ:
            while b < len(view) and view[b] in " \t\u3000":
                b += 1
            while n and a - n > 0 and view[a - n] in " \t\u3000":
                n -= 1       # blanks opening the label belong to the text before
            spans.append((a - n, b))
    return spans


def address_tails(view: str) -> list[tuple[int, int]]:
    """Spans of an address (with a short label) closing a line after a sentence's end.

    Examples
    --------
    >>> v = "今年取得新进展。某某家园-https://www.abc.com/a/77.html\\n详情请登录某某网站https://abc.gov.cn查询。"
    >>> [v[a:b] for a, b in address_tails(v)]
    ['某某家园-https://www.abc.com/a/77.html']
    >>> address_tails("会议结束。欢迎大家登录https://abc.gov.cn")     # the speaker asking the audience stays
    []
    >>> v = "让美好暂停。作文吧 Www.AbcWen.Net\\n请登录www.abc.gov.cn查询。\\n朋友们: 某某汇 www.abc.com 今天我们相聚。"
    >>> [v[a:b] for a, b in address_tails(v)]
    ['作文吧 Www.AbcWen.Net', ' 某某汇 www.abc.com']
    """
    spans = [(m.start(), m.end()) for m in _finditer(_TAIL_LABEL, view) if not _VOICE.search(m.group("label"))]
    spans += [(m.start(), m.end()) for pattern in (_NAMED_DOMAIN_TAIL, _NAMED_DOMAIN_GLUED)
              for m in _finditer(pattern, view) if not _VOICE.search(m.group())]
    return sorted(set(spans))


#: a bracket holding only a domain with blanks around it ([ www.abc.net ]): a stamp's shape, never a sentence's reference
_PADDED = re.compile(rf"{_SP}+(?:https?://)?{_DOMAIN}/?{_SP}+")


def domain_brackets(view: str) -> list[tuple[int, int]]:
    """Spans of a bracketed domain credit alone on a line, opening one, or after a sentence's end.

    Examples
    --------
    >>> v = "【来源:某某文网 haowen.net】\\n要抓好落实。(某某网 www.abc.com 整理)\\n请登录网站(www.abc.gov.cn)查询。"
    >>> [v[a:b] for a, b in domain_brackets(v)]
    ['【来源:某某文网 haowen.net】', '(某某网 www.abc.com 整理)']
    >>> v = "让我们庄严宣誓:[ www.AbcWen.NeT ]\\n我志愿加入。网址:(www.abc.gov.cn)\\n"
    >>> [v[a:b] for a, b in domain_brackets(v)]
    ['[ www.AbcWen.NeT ]']
    """
    spans = []
    for m in _finditer(_BRACKET, view):
        a, b = m.span()
        before = view[view.rfind("\n", 0, a) + 1:a].strip(" \t\u3000")
        while b < len(view) and view[b] in " \t\u3000":
            b += 1
        if before and before[-1] not in "。！？!?”」" and not (_PADDED.fullmatch(m.group("inner")) and view[b:b + 1] in ("", "\n")):
            continue          # inside a sentence: the site is named in it (a padded stamp closing the line is none)
        spans.append((a, b))
    return spans


#: a domain glued between two Chinese characters
_GLUED_DOMAIN = re.compile(rf"(?<=[\u4e00-\u9fff,，、;；])(?:https?://)?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.{_TLD}(?=[\u4e00-\u9fff])")
#: what introduces a domain the sentence names: a verb of visiting, a site's or a net's word, a colon
_NAMED_BY = re.compile(r"(?:网址|网站|网|站|登录|登陆|访问|浏览|关注|搜索|点击|详见|参见|见|进入|打开|输入|邮箱|发送至|发至|[:：])$")


#: a download site's advert glued inside a sentence: a label naming what it offers and its domain in brackets
#: (…第二名课件下载[www.abc.cn]、全县第一名; round 134k)
_GLUED_ADVERT = re.compile(rf"(?:(?:课件|教案|试题|试卷|素材|范文|文档|资料)(?:下载|大全)?|下载)[\[【(（](?:https?://)?www\.[A-Za-z0-9\-]+"
                           rf"(?:\.[A-Za-z0-9\-]+)*\.{_TLD}/?[\]】)）]"
                           # a genre's name and a site's address in brackets inside a sentence: (演讲稿 http://fanwen.abc.com),
                           # round 274k; an address a sentence gives has no genre's name beside it
                           rf"|[(（][ \t]*(?:演讲稿|讲话稿|发言稿|致辞|范文|作文|心得体会|工作总结|述职报告)[ \t]*"
                           rf"(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.{_TLD}/?[)）]")
#: a source stamp glued inside a sentence: a label with its colon, a site's name and its domain (…心胸宽选自:某某咨询网
#: www.abc.com,知足常乐…; round 131k); a speech names a source without a colon (数据来自国家统计局网站)
#: round 263k: a writing site's advert glued inside a sentence, closed by two or more of its names with their domains
#: (…切某某公文网——速某某——每个笔杆子必备的材料库,日更千篇。速某某:abc.com某某公文:abcd.com实加强…); the advert starts at
#: the first of those names within :data:`_PROMO_REACH` characters before them
_PROMO_PAIRS = re.compile(rf"(?:(?P<name>[\u4e00-\u9fff]{{2,8}})[:：](?:https?://)?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.{_TLD}){{2,}}"
                          r"(?=[\u4e00-\u9fff]|$)", re.M)
_PROMO_NAME = re.compile(rf"([\u4e00-\u9fff]{{2,8}})[:：](?:https?://)?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.{_TLD}")
_PROMO_REACH = 120
_GLUED_STAMP = re.compile(rf"(?<=[\u4e00-\u9fff])(?:选自|来自|摘自|出自|转自|来源|本文来自)[:：][ \t]*[\u4e00-\u9fff]{{2,12}}"
                          rf"(?:网|站|文库|之家)[ \t]*(?:https?://)?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.{_TLD}"
                          r"(?=[\u4e00-\u9fff,，、。;；])")


def glued_domains(view: str) -> list[tuple[int, int]]:
    """Spans of a domain glued inside a sentence with nothing naming it, or with a source stamp's label and site name.

    Examples
    --------
    >>> v = "全面落实工会的各项www.abc123.com任务。请登录www.abc.gov.cn查询。在中国政府网www.gov.cn上公布。"
    >>> [v[a:b] for a, b in glued_domains(v)]
    ['www.abc123.com']
    >>> v = "事故是人为因素造成的,www.aBcD.com其中根本原因是不守规则。我校同学夺得第二名课件下载[www.abc.cn]、全县第一名。"
    >>> [v[a:b] for a, b in glued_domains(v)]
    ['www.aBcD.com', '课件下载[www.abc.cn]']
    >>> v = "要切某某公文网——速某某——必备的材料库,日更千篇。速某某:abcd.com某某公文:abcde.com实加强监管。请访问某某网:www.abc.cn了解。"
    >>> [v[a:b] for a, b in glued_domains(v)]
    ['某某公文网——速某某——必备的材料库,日更千篇。速某某:abcd.com某某公文:abcde.com']
    >>> v = "八十高寿是福分,与人为善心胸宽选自:某某咨询网 www.abc.com,知足常乐顺自然。"
    >>> [v[a:b] for a, b in glued_domains(v)]
    ['选自:某某咨询网 www.abc.com']
    """
    stamps = [m.span() for m in _finditer(_GLUED_STAMP, view)] if "自" in view or "来源" in view else []
    stamps += [m.span() for m in _finditer(_GLUED_ADVERT, view)]
    for m in _finditer(_PROMO_PAIRS, view):
        names = [n for n in _PROMO_NAME.findall(m.group()) if not _NAMED_BY.search(n)]
        before = view[max(0, m.start() - _PROMO_REACH):m.start()]
        firsts = [i for i in (before.find(n) for n in names) if i >= 0]
        start = m.start() - len(before) + min(firsts) if firsts else m.start()
        if len(names) >= 2 and not _NAMED_BY.search(view[max(0, start - 4):start]):
            stamps.append((start, m.end()))
    return sorted(stamps + [m.span() for m in _finditer(_GLUED_DOMAIN, view)
                            if not _NAMED_BY.search(view[max(0, m.start() - 4):m.start()])
                            and not any(a <= m.start() < b for a, b in stamps)])


def url_stamps(st: CleaningState) -> None:
    """Domains glued inside a sentence (rule ``spam``), then repeated address stamps, address tails and bracketed
    domain credits (rule ``source_footer``).

    See the module's docstring for the four families and :func:`glued_domains`, :func:`repeated_stamps`,
    :func:`address_tails` and :func:`domain_brackets` for their spans.

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("要抓好落实。某某网-https://abc.com/1.html\\n【来源:某某网 abc.cn】\\n请登录网站(www.abc.gov.cn)查询。")
    >>> url_stamps(st)
    >>> st.doc.output
    '要抓好落实。\\n\\n请登录网站(www.abc.gov.cn)查询。'
    """
    _, view = st.view()
    if "." not in view:
        return
    glued = glued_domains(view)
    if glued:
        st.doc.delete_many(glued, "spam")
        _, view = st.view()
    spans = repeated_stamps(view) + domain_brackets(view)
    if "://" in view or "/" in view or "ww." in view or "WW." in view:
        spans += address_tails(view)
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if merged:
        st.doc.delete_many([(a, b) for a, b in merged], "source_footer")
