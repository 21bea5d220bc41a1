"""A site's furniture glued inside a line of the speech, as flattened template pages give it (session ac, round 108k).

The line rules read a widget alone on its line.  A page flattened by its scraper, or cut by a paywall, glues them to
the speech's last words or to its title; each is told by its shape, never by a site:

* **previous and next links** (rule ``recommend_list``): 上一篇:… 下一篇:… on one stretch of a line, with a collect
  button and its title before them (…表达收藏某某讲话) 上一篇:某某讲话 下一篇:某某讲话).  A speaker never names both.
  The same bar cut off by the page's end before its 下一篇 goes too (…收藏某某致辞) 上一篇:某某局软环境建设“执行; round 127k).
* **a glued table of contents** (rule ``toc``): 目录 and two or more titles of speeches each closed by its page number
  (目录在某某座谈会上的讲话1在某某大会上的讲话3在某某座谈会上的讲话大家好!…): the entries go, the speech's own title
  and opening stay.
* **a source note inside a sentence** (rule ``source_footer``): (更多精彩文章来自“某某”) glued between two characters.
* **a contact promo** (rule ``promo_line``): a site's name or address with a messaging contact in brackets and its
  boast (某某文库:www.example.com微信添加【abc01】海量公文范文,朋友圈每天更新; 公众号【某某办公】防丢失QQ【12345】),
  opening a line or a sentence; the same stamp (as the page gave it, another rule may have taken its first line) goes
  again wherever the page repeats it, inside a sentence too.
* **a site's credit with its address** (rule ``source_footer``): 某某网(EXAMPLE.COM)收集整理, glued after a sentence.
* **a document site's stats row and viewer bar** (rules ``page_meta``, ``site_interface``; session al): 阅读 867 下载 3
  大小 29.44K 总页数 12 页 2022-06-28 分享 and 下载文档 / 12 全屏查看, glued inside a flattened line.
* **flattened pages' furniture** (session al): a library's notice naming the file (《某某.docx》由会员分享,…请在某某网上
  搜索。, rule ``download_panel``); a portal's build stamp (Code Ver.:… & ….cs, rule ``site_interface``); a promotion with an
  address and a 公众号 glued inside a word (…:https://www.abc.cn/。%公…众号:某某。整理汇总。, rule ``promo_line``); a date
  glued to its view count before the text (2012-01-193254今天…, rule ``page_meta``); a writer's credit naming an account
  glued before the text (文 /某某(微信公众号:某某频道), rule ``byline``).
* **a template variable** (rule ``html_leftover``, round 177k) between Chinese words (说明这个问题,{dy}个是…).
* **a stray backtick** (rule ``anti_copy``) between two Chinese characters or before a blank (可尊可敬的`校长, 的`__小学).
* **a stamped line** (rule ``watermark``, round 214k): a short phrase the page prints twice or more in a row between
  blanks and glued before two paragraphs or more (某某聚会 某某聚会 某某聚会23年前,我们…), three times or more on the
  page: every copy at a line's start or after a blank goes, but one before a comma (a speaker's sentence opening on it).  A speaker never says a phrase twice with only a blank between.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("同志们:\\n要抓好落实,弘扬中(更多精彩文章来自“某某网”)华民族的传统美德。收藏某某讲话) 上一篇:甲讲话 下一篇:乙讲话")
>>> glued_furniture(st)
>>> st.doc.output
'同志们:\\n要抓好落实,弘扬中华民族的传统美德。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState

__all__ = ["glued_furniture"]

_SP = r"[ \t\u3000]"
_PREV_NEXT = re.compile(rf"(?:收藏{_SP}*[^\s。！？!?]{{2,60}}?[)）]?{_SP}*)?上一篇{_SP}*[:：][^\n]{{0,80}}?下一篇{_SP}*[:：]"
                        r"[^\n。！？!?]{0,80}")
#: the same bar cut off by the page's end before its 下一篇 (…我市收藏某某致辞) 上一篇:区民政局软环境建设“执行; round 127k)
_PREV_CUT = re.compile(rf"收藏{_SP}*[^\s。！？!?]{{2,60}}?[)）]{_SP}*上一篇{_SP}*[:：][^\n。！？!?]{{0,80}}\Z")
_GENRE = r"(?:讲话|致辞|致词|发言|讲稿|演讲稿|发言稿|报告|主持词|贺词)"
_TOC = re.compile(rf"目录{_SP}*(?:[^\n。！？!?\d]{{4,60}}?{_GENRE}{_SP}*\d{{1,3}}{_SP}*){{2,}}")
_SOURCE_NOTE = re.compile(r"[(（](?:更多|查看更多)(?:精彩)?(?:文章|内容|范文|资料)?(?:来自|尽在|请访问|请关注)[^()（）\n]{1,30}[)）]")
#: a site's boast before its contact (全网最全公文库,素材这一个就够了!), ending in an exclamation mark;
#: no comma before its site word, so a sentence's clause is never taken for it
_BOAST = r"[^\n。！？!?,，]{0,12}?(?:公文|范文|素材|文库|资料|文档)[^\n。！？!?]{0,16}[!！]"
#: the same boast glued inside a sentence, told by its opening superlative and the contact right after it
_GLUED_BOAST = re.compile(r"(?:全网|全站)?(?:最全|最新|海量|精选|免费|优质)[^\n。！？!?,，]{0,4}(?:公文|范文|素材|文库|资料|文档)"
                          r"[^\n。！？!?]{0,16}[!！](?=[ \t\u3000]*(?:微信|公众号|QQ|qq))")
#: a messaging contact in brackets (微信添加【abc01】, 公众号【某某办公】, QQ【12345】)
_CONTACT = r"(?:微信|公众号|QQ|qq)(?:添加|搜索|关注|号)?[:：]?【[^】\n]{2,20}】"
_PROMO = re.compile(rf"(?:^|(?<=[。！？!?]))(?:{_BOAST})?(?:[\u4e00-\u9fff]{{2,8}}[:：]{_SP}*www\.[A-Za-z0-9.\-]+\.[A-Za-z]{{2,6}}|[^\n。！？!?]{{0,30}}?)"
                    rf"(?:{_SP}*[\u4e00-\u9fff]{{0,6}}{_CONTACT}){{1,3}}"
                    r"(?:[^\n。！？!?【】]{0,20}?(?:每天更新|每日更新|持续更新|防丢失|免费领取|欢迎关注))?", re.M)
#: round 109: a site's credit with its address in brackets (某某网(EXAMPLE.COM)收集整理)
_SITE_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:网|站|文库|之家)[(（][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,6}[)）]"
                          r"(?:收集整理|搜集整理|整理|收集|提供|编辑|原创)")
#: session al: a document site's stats row and its viewer's bar glued inside a flattened line (阅读 867 下载 3 大小 29.44K
#: 总页数 12 页 2022-06-28 分享; 下载文档 / 12 全屏查看): counts after 阅读 and 下载, then a size or a page count
_DOC_STATS = re.compile(rf"(?:阅读|浏览){_SP}*\d+{_SP}*下载{_SP}*\d+(?:{_SP}*大小{_SP}*[\d.]+{_SP}*[KMG]B?|{_SP}*总?页数{_SP}*\d+{_SP}*页)+"
                        rf"(?:{_SP}*\d{{4}}-\d{{1,2}}-\d{{1,2}})?")
_VIEWER_BAR = re.compile(rf"下载文档{_SP}*/{_SP}*\d+{_SP}*全屏查看")
#: a template engine's variable left between Chinese words ({dy}个是…; round 177k): no speech writes braces
_TEMPLATE_VAR = re.compile(r"(?:(?<=[\u4e00-\u9fff,，、。])|^)\{[A-Za-z_][A-Za-z0-9_:.]{0,20}\}(?=[\u4e00-\u9fff])", re.M)
#: flattened pages (session al): a library's notice naming the file, glued between title and text (《某某.docx》由会员分享,
#: 可在线阅读,更多相关《某某.docx(4页珍藏版)》请在某某网上搜索。); a portal's build stamp (Code Ver.:F2017… & F2017….cs)
_FILE_NOTICE = re.compile(r"《[^》\n]{2,80}\.(?:docx?|pdf|pptx?|wps)》由(?:会员|用户|网友)(?:分享|上传)[^\n。]{0,120}?请在[^\n。]{1,40}?上搜索。?")
#: a promotion with an address and an account glued inside a word (建心语%文创素材库+:https://www.abc.cn/。%公…众号:某某。整理
#: 汇总。设的…; round 181k): an address and a 公众号 together are never speech
_ACCOUNT_PROMO = re.compile(r"(?:[\u4e00-\u9fff]{1,6}(?:素材库|素材网|资料库|文库|范文网|网)[+%]*[:：])?https?://[A-Za-z0-9.\-/_%?=&]+[。.]?%?(?:公[…．.%]*众号|微信公众号)[:：]"
                            r"[^\n。！？!?]{1,20}[。.]?(?:(?:整理汇总|收集整理|整理)[。.])?")
#: a date glued to its view count before the text (2012-01-193254今天是…) and a writer's credit naming an account, glued
#: before the text (文 /某某(微信公众号:某某频道) "…"; rounds 182k)
_DATE_COUNT = re.compile(r"^[ \t]*\d{4}-\d{2}-\d{2}\d{1,6}(?=[\u4e00-\u9fff])", re.M)
_ACCOUNT_CREDIT = re.compile(r"^[ \t]*文[ \t]*[/／][ \t]*[^\s/()（）]{2,8}[(（](?:微信)?公众号[:：][^()（）\n]{1,20}[)）][ \t]*", re.M)
_BUILD = re.compile(r"[ \t]*Code[ \t]*Ver\.?[ \t]*[:：][ \t]*[\w.]{4,40}[ \t]*&[ \t]*[\w.]{4,40}\.cs")
_BACKTICK = re.compile(r"(?<=[\u4e00-\u9fff])`(?=[\u4e00-\u9fff_＿])")
_WORD_AFTER = re.compile(r"[\u4e00-\u9fff\d]")
_TWICE = re.compile(r"(?<!\S)([^\s。！？!?,，；;:：、“”\"()（）]{6,30})(?:[ \t\u3000]+\1)+")


def _stamped(view: str) -> list[tuple[int, int, str]]:
    """The copies of a phrase printed twice in a row between blanks, three times or more and once glued to text."""
    spans = []
    for stamp in {m[1] for m in _TWICE.finditer(view)}:
        if view.count(stamp) < 3 or len(re.findall(r"[\u4e00-\u9fff]", stamp)) < 4:
            continue
        # the copies at a line's start or after a blank, before a blank or a word (one before a comma is a speaker's)
        copies = list(re.finditer(rf"(?:(?<=^)|(?<=[ \t\u3000\n])){re.escape(stamp)}(?=[\s\u4e00-\u9fff\d]|$)", view, re.M))
        if sum(bool(_WORD_AFTER.match(view, m.end())) for m in copies) >= 2:     # glued before two paragraphs
            spans += [(m.start(), m.end(), "watermark") for m in copies]
    return spans


def glued_furniture(st: CleaningState) -> None:
    """Delete the glued families of this module (see its description).

    Examples
    --------
    >>> st = CleaningState("1、目录在全市座谈会上的讲话1在表彰大会上的讲话3在全市座谈会上的讲话大家好!今天我们齐聚一堂。")
    >>> glued_furniture(st)
    >>> st.doc.output
    '1、在全市座谈会上的讲话大家好!今天我们齐聚一堂。'
    >>> st = CleaningState("某某文库:www.example.com微信添加【abc01】海量公文范文,朋友圈每天更新副市长在消防工作会议上的讲话")
    >>> glued_furniture(st)
    >>> st.doc.output
    '副市长在消防工作会议上的讲话'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    if "上一篇" in view and "下一篇" in view:
        spans += [(m.start(), m.end(), "recommend_list") for m in _PREV_NEXT.finditer(view)]
    elif "上一篇" in view and (m := _PREV_CUT.search(view.rstrip(), max(0, len(view.rstrip()) - 200))):
        spans.append((m.start(), m.end(), "recommend_list"))
    if "目录" in view:
        spans += [(m.start(), m.end(), "toc") for m in _TOC.finditer(view)]
    if "更多" in view:
        spans += [(m.start(), m.end(), "source_footer") for m in _SOURCE_NOTE.finditer(view)]
    if "【" in view and ("微信" in view or "公众号" in view or "QQ" in view or "qq" in view):
        stamps = {m.group() for m in _PROMO.finditer(st.input_view()) if "www." in m.group() or len(m.group()) >= 12}
        for stamp in stamps:        # the stamp the page opens with stands again inside a sentence (…消防救援工某某文库:…)
            i = view.find(stamp)
            while i >= 0:
                spans.append((i, i + len(stamp), "promo_line"))
                i = view.find(stamp, i + len(stamp))
        spans += [(m.start(), m.end(), "promo_line") for m in _PROMO.finditer(view)]
        spans += [(m.start(), m.end(), "promo_line") for m in _GLUED_BOAST.finditer(view)]
    if "整理" in view or "收集" in view or "提供" in view or "编辑" in view or "原创" in view:
        spans += [(m.start(), m.end(), "source_footer") for m in _SITE_CREDIT.finditer(view)]
    if "下载" in view:
        spans += [(m.start(), m.end(), "page_meta") for m in _DOC_STATS.finditer(view)]
        spans += [(m.start(), m.end(), "site_interface") for m in _VIEWER_BAR.finditer(view)]
    if "会员" in view or "用户" in view or "网友" in view:
        spans += [(m.start(), m.end(), "download_panel") for m in _FILE_NOTICE.finditer(view)]
    if "众号" in view and "http" in view:
        spans += [(m.start(), m.end(), "promo_line") for m in _ACCOUNT_PROMO.finditer(view)]
    if "-" in view:
        spans += [(m.start(), m.end(), "page_meta") for m in _DATE_COUNT.finditer(view)]
    if "公众号" in view:
        spans += [(m.start(), m.end(), "byline") for m in _ACCOUNT_CREDIT.finditer(view)]
    if "Ver" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _BUILD.finditer(view)]
    if "{" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _TEMPLATE_VAR.finditer(view)]
    if "`" in view:
        spans += [(m.start(), m.end(), "anti_copy") for m in _BACKTICK.finditer(view)]
    spans += _stamped(view)
    st.delete_spans(spans)
