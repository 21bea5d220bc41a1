"""Chrome a site inserts into the page's text rather than around it (held-out round 203k).

Each family is told by its shape (the view is Simplified, so Traditional pages match too):

* **a site's advert glued inside a sentence** (rule ``promo_line``): the site's short name and its address, then its
  name as a 网 and a slogan to the sentence's end (…是呼吸某某公文:abcgongwen.com某某公文网每个笔杆子必备的百万篇公文材料库,
  日更千篇、紧跟时政。道传染病高发期…); a speaker names no address glued to a site's name.
* **captions repeating a title with a serial number** (rule ``caption``): two or more lines that are the same words
  but for a serial number at their end (某某发布会答问1 / 某某发布会答问2), no sentence's end in them: a gallery's
  images named after the page; a speech's numbered points carry their numbers in front, and a collection's items
  (某某讲话 篇1 / 某某讲话 篇2) are left to the splitter.
* **a keyword glued before the salutation** (rule ``inserted_keyword``): a phrase of the page's title set before the
  speech's first salutation on its line (世界红十字日同志们:); only a phrase a line above it holds (the title), of
  four to sixteen characters, with no mark in it, in the page's head (no sentence's end above it).
* **a forum's poster line** (rule ``site_interface``): 离线/在线 glued to the poster's name alone on a line, on a page
  holding a forum's thread words (楼主, 只看楼主, 回复, 发表于).
* **a comment box's count and rules** (rule ``comment_widget``): 共 0 则留言, 规范发布, and the box's rules as a list
  (- 张贴文章或下标签,不得有违法或侵害他人权益之言论,违者应自负法律责任。).
* **a download prompt with its comma set off by spaces** (rule ``download_panel``): 下载到本地 , 更方便阅读.
* **glued between sentences on a flattened page** (:func:`glued_inserts`, read before the page's lines are parted; session ap): a site's slogan with its address (某某之家—全网资源每日
  更新 www.abc.com, rule ``promo_line``), a tool's promotion closed by its button (公文高手,超级方便的公文写作神器! 立即了解,
  rule ``promo_line``), a template site's disclaimer in brackets ((本文仅为写作提供参考,纯属虚构,如有雷同,请勿对号入座),
  rule ``editor_blurb``); a document site's chunk number printed again a few characters into its chunk (建\n2、设,全力改
  2、善…, rule ``page_number``, round 247k).
* **a report's line handing over to the speech** (rule ``news_lead``, round 207k): 他说—— / 某某在致辞中说—— alone on a
  line, or after the report's sentence naming the address (某某在致辞中对大会的召开表示祝贺。他说——); a speaker's own 正如总书记所指出—— names no 致辞 and stays.
* **a site's call to report errors** alone on a line (rule ``site_interface``, round 206k): 亲,发现文中的错误不要不好意思
  告诉我们,纠错成功,你将获得…奖励哦~ 我要纠错.
* **a site's name and address opening a line** the title or the speech is glued to (rule ``promo_line``, round 204k):
  某某公文写作范文宝典:www.abc.com在全市工作会议上的讲话同志们:…; only a name closed by its colon, then the address.
* **a press office's note on the text** alone on a line (rule ``page_meta``, round 204k): (预拟致词稿), (以实际发言为准).
* **a rule of box-drawing lines closing a heading** (rule ``html_leftover``, round 204k): 总结 ──, 人力资源发展的重要性
  ──────────; the converter's dash inside a sentence (香港──亚洲国际都会) stays.
* **session aq** (rounds 208k-213k): a call to read more inside a sentence with the keyword salted before it
  (…,某某监督+面,更多精彩请某某+查看。, flattened: :func:`glued_inserts`, rule ``promo_line``); a portal's column of speeches
  as the page's first line above a title naming the genre (重要演辞, rule ``page_meta``); a news column's tag with a bar
  before a report's paragraph (财政预算案2023|…, ``page_meta``); a cover picture's caption (封面图片:…) and a caption placing
  a person with its companion line (某某局长【右】 / 与某某网副总编某某, ``caption``); a site's sentence describing the text
  by its title (《某某开幕词》是一篇关于…的文章。, ``editor_blurb``); a social post's poster and age (某某5天前), a writer
  label (撰文:某某), the empty labels of a stamp row (出版:更新:) and a column in spaced brackets ([ 国内 ]) (``meta_row``).

Every removal is an audited edit of the page's document.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("要做好防控,秋冬季节是呼吸某某公文:abcgongwen.com某某公文网百万篇公文材料库,日更千篇。道传染病高发期。")
>>> inserted_chrome(st)
>>> st.doc.output
'要做好防控,秋冬季节是呼吸道传染病高发期。'
"""

from __future__ import annotations

import re
from collections import defaultdict

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_chunks import CHUNK_NUMBER
from corpusmine.text.lines import iter_lines, lines_holding
from corpusmine.text.patterns import SALUTATION

__all__ = ["glued_inserts", "inserted_chrome", "keyword_before_salutation", "serial_captions"]

_SP = r"[ \t\u3000]"
#: a site's short name and address, then its name as a 网 and its slogan to the sentence's end
_SITE_AD = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8})[:：]" + _SP + r"*(?:https?://)?(?:www\.)?[a-z0-9\-]{3,30}\."
                      r"(?:com|cn|net|org|cc|top)(?:\.cn)?" + _SP + r"*(?P=name)网[^\n。！？!?]{0,60}[。！!]", re.I)
#: a line without a sentence's end, its serial number at the end (found in C: the page's other lines are never made)
_SERIAL_LINE = re.compile(r"^(?P<stem>[^\n。！？!?；;]{6,80}?)" + _SP + r"*(?P<n>\d{1,2})" + _SP + "*$", re.M)
#: a collection's item heading, numbered at its end (某某讲话 篇1, 某某致辞2, 第1): the splitter's, not a caption
_ITEM_STEM = re.compile(r"(?:篇|第|章|部分|讲话|致辞|致词|发言|稿|词|演讲|范文|报告|材料|心得|体会)" + _SP + r"*$")
#: a forum's thread words on the page, and its poster's line (离线某某)
_FORUM = re.compile(r"楼主|只看楼主|倒序阅读|发表于|回复本帖")
_POSTER = re.compile(_SP + r"*(?:离线|在线)" + _SP + r"*[\u4e00-\u9fffA-Za-z0-9_]{1,12}" + _SP + "*")
#: a comment box's count, its post button, its rules as list items
_COMMENT_BOX = re.compile(_SP + r"*(?:共" + _SP + r"*\d+" + _SP + r"*(?:则|条|篇)(?:留言|评论|回应)|规范发布|[a-z]{2,6}讨论区)"
                          + _SP + "*", re.I)
_COMMENT_RULE = re.compile(_SP + r"*[-•·]" + _SP + r"*[^\n]{0,40}?(?:张贴|发表|发布)(?:文章|言论|留言|评论)[^\n]{0,80}?"
                           r"(?:不得|应自负|有权)[^\n]{0,120}")
#: a download prompt whose comma is set off by spaces (下载到本地 , 更方便阅读)
_SPACED_DOWNLOAD = re.compile(_SP + r"*下载到(?:本地|电脑|手机)" + _SP + r"*[,，]" + _SP + r"*(?:更)?方便(?:阅读|查看|打印)" + _SP + "*")
#: a site's name and address opening a line, glued to what follows (某某范文宝典:www.abc.com在全市…)
_URL_OPENING = re.compile(r"^" + _SP + r"*[\u4e00-\u9fff]{2,16}[:：]" + _SP + r"*(?:https?://)?www\.[a-z0-9\-]{2,30}\.(?:com|cn|net|org|cc|top)"
                          r"(?:\.cn)?/?(?=[\u4e00-\u9fff])", re.I | re.M)
#: a press office's note on the text alone on its line: (预拟致词稿), (以实际发言为准)
_TEXT_NOTE = re.compile(_SP + r"*[(（](?:(?:预拟|草拟)?(?:致词|致辞|讲话|发言|演讲)(?:稿|全文)|以(?:实际|现场)?(?:发言|讲话|致辞|宣读)"
                        r"(?:内容)?为准)[)）]" + _SP + "*")
#: a rule of box-drawing lines after a heading, set off by a space (总结 ──)
_BOX_RULE = re.compile(r"(?<=[\u4e00-\u9fff])" + _SP + r"+[─━═]{2,}" + _SP + r"*$", re.M)
#: a site's call to report errors in the text (…纠错成功,你将获得…奖励 / 我要纠错)
_CORRECTION_CALL = re.compile(r"[^\n]{0,80}?(?:纠错成功|我要纠错|纠错有奖|点击纠错)[^\n]{0,60}")
#: a site's slogan with its address, after a boundary (某某之家—全网资源每日更新 www.abc.com); glued inside a sentence,
#: its name's start is unknown, and the same stamp read after a boundary elsewhere on the page is looked for
_SLOGAN_URL = re.compile(r"(?:^|(?<=[\s。！？!?；;]))[\u4e00-\u9fff]{2,10}[—–\-]{1,2}[\u4e00-\u9fff、,，]{2,20}" + _SP + r"*(?:https?://)?www\.[a-z0-9\-]{2,30}"
                         r"\.(?:com|cn|net|org|cc|top)(?:\.cn)?", re.I | re.M)
#: a tool's promotion closed by its button (…写作神器! 立即了解)
_BUTTON_PROMO = re.compile(r"(?<=[。！？!?\s])[^。！？!?\n]{4,30}[!！]" + _SP + r"*立即(?:了解|下载|体验|使用|开通|领取)")
#: a template site's disclaimer in brackets: (本文仅为写作提供参考,纯属虚构,如有雷同,请勿对号入座)
#: a site's stamp naming where the text came from, glued inside the speech (…为他们树碑立传,本篇文章来自某某下载。)
_FROM_SITE = re.compile(r"本篇文章来自[^\n。！？!?,，]{1,16}?(?:下载|网|站|文库|资料库)[。.!！]?")
_DISCLAIMER = re.compile(r"[(（]" + _SP + r"*本文仅(?:为|供)[^()（）\n]{0,20}参考[^()（）\n]{0,30}(?:虚构|雷同|对号入座)[^()（）\n]{0,12}[)）]")
#: a report's line handing over to the quoted speech: 他说—— / 某某在致辞中说——
_SAYS_DASH = re.compile(_SP + r"*(?:[^\n。！？!?]{2,60}(?:致辞|讲话|发言|演讲|致词)[^\n。！？!?]{0,30}[。！!])?(?:[他她]|[^\n。！？!?]{1,30}?在(?:致辞|讲话|发言|演讲|致词)中)(?:说|表示|指出|强调)[—–]{1,2}" + _SP + "*")
#: what may not stand inside an inserted keyword
#: a site's call to read more put inside a sentence, after a keyword salted with '+' (…会议精神,某某监督+面,更多精彩请某某+查看。
#: 认真分析…; round 208k): no speech sends its audience to read more
_MORE_INSIDE = re.compile(r"(?:(?<=[,，])[^\s。！？!?,，]{1,16}\+[^\s。！？!?,，]{0,8}[,，])?(?<!查看)更多精彩(?:内容|文章|范文)?请"
                          r"[^。！？!?\n,，]{0,20}?(?:查看|访问|关注|浏览|搜索|登录)[。.!！]")
#: a portal's column of speeches as the page's first line (重要演辞, 领导讲话) above a title line naming the genre (某局局长在某
#: 会议上的发言全文; round 208k); a title broken before its genre (在某会议上的 / 讲 话) has its first part above
_COLUMN_LABEL = re.compile(r"\A\s*(?:重要|领导|最新|精彩|主要)?(?:演辞|讲话|演讲|致辞|发言|讲词)(?:选登|选编)?" + _SP + r"*"
                           r"(?=\n\s*[^\n。！？!?]{6,80}(?:讲话|致辞|发言|演讲|演辞|讲词|报告)[^\n。！？!?]{0,12}\n)")
#: a news column's tag glued before a report's paragraph with a bar (财政预算案2023|财政司司长某某今日发表…。; round 209k)
_BAR_TAG = re.compile(r"^" + _SP + r"*[\u4e00-\u9fff\d]{2,12}[|｜](?=[\u4e00-\u9fff][^\n|｜]{40,}[。！？!?]" + _SP + r"*$)", re.M)
#: a cover picture's caption with its label (封面图片:某大学校长某某教授(某大学); round 210k)
_COVER = re.compile(r"^" + _SP + r"*(?:封面(?:图片|图|照片)|题图|头图)" + _SP + r"*[:：][^\n。！？!?]{0,80}$", re.M)
#: a photo's caption placing a person with 【右】/(左一) on a short line, and its line naming who stands with them
#: (某某局长【右】 / 与某某网副总编某某; round 211k)
_PLACED = re.compile(r"^" + _SP + r"*[^\n。！？!?]{2,40}?[【(（](?:左|右|中)[一二三四五]?[】)）]" + _SP + r"*"
                     r"(?:\n" + _SP + r"*(?:与|和|同)[^\n。！？!?]{2,80})?$", re.M)
#: a site's sentence describing the text by its title (《某某开幕词》是一篇关于开幕词艺术节的文章。; round 213k)
_ABOUT_TEXT = re.compile(r"《[^》\n]{2,60}》是一篇关于[^。！？!?\n]{0,40}的(?:文章|范文|文档|资料|作品)[。.]?")
#: a social post's poster and its age alone on a line (某某5天前, 某某 3小时前; round 213k)
_POST_AGE = re.compile(r"^" + _SP + r"*[\u4e00-\u9fffA-Za-z0-9_]{0,12}" + _SP + r"*\d{1,2}" + _SP + r"*(?:分钟|小时|天|周|个月)前" + _SP + "*$", re.M)
#: a news page's writer label and empty labels of its stamp row (撰文:某某 / 出版:更新:; round 213k), and a column's name in
#: spaced square brackets alone on a line ([ 国内 ])
_LABEL_ROW = re.compile(r"^" + _SP + r"*(?:撰文" + _SP + r"*[:：]" + _SP + r"*[\u4e00-\u9fff·]{2,4}|(?:(?:出版|更新|发布|编辑)[:：]" + _SP + r"*){2,4}"
                        r"|\[" + _SP + r"+[\u4e00-\u9fff]{2,4}" + _SP + r"+\])" + _SP + "*$", re.M)
_MARKS = re.compile(r"[。！？!?,，、;；:：“”\"'《》()（）\s]")


def serial_captions(view: str, *, min_lines: int = 2) -> list[tuple[int, int]]:
    """Spans of the lines that are the same words but for a serial number at their end, ``min_lines`` or more.

    Examples
    --------
    >>> v = "某某答记者问(发布会)1\\n粮食安全是热点问题。\\n某某答记者问(发布会)2\\n要稳住面积。"
    >>> [v[s:e] for s, e in serial_captions(v)]
    ['某某答记者问(发布会)1', '某某答记者问(发布会)2']
    >>> serial_captions("推进农业现代化1\\n要稳住面积。")   # one line alone
    []
    >>> serial_captions("某某会上的讲话 篇1\\n同志们:\\n某某会上的讲话 篇2\\n同志们:")   # a collection's items
    []
    """
    groups: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for m in _SERIAL_LINE.finditer(view):
        if re.search(r"[\u4e00-\u9fff]", m["stem"]) and not _ITEM_STEM.search(m["stem"]):
            groups[m["stem"].strip()].append((m.start(), m.end(), m["n"]))
    spans: list[tuple[int, int]] = []
    for rows in groups.values():
        if len(rows) >= min_lines and len({n for _, _, n in rows}) == len(rows):
            spans.extend((s, e) for s, e, _ in rows)
    return sorted(spans)


def keyword_before_salutation(view: str, *, min_chars: int = 4, max_chars: int = 16, head: int = 600) -> tuple[int, int] | None:
    """The span of a phrase of the page's title glued before the first salutation on its line, or None.

    Examples
    --------
    >>> v = "同志在纪念世界红十字日会议上的讲话\\n\\n世界红十字日同志们:\\n今天我们隆重集会。"
    >>> s, e = keyword_before_salutation(v)
    >>> v[s:e]
    '世界红十字日'
    >>> keyword_before_salutation("在全县会议上的讲话\\n各位代表、同志们:\\n今天开会。") is None
    True
    """
    lines = [(s, e, line) for s, e, line in iter_lines(view[:head]) if line.strip()]
    for k, (s, e, line) in enumerate(lines):
        if k and re.search(r"[。！？!?]", lines[k - 1][2]):
            return None     # the page's head ends at its first sentence: a speech's line below it is left alone
        lead = len(line) - len(line.lstrip(" \t\u3000"))
        for cut in range(lead + min_chars, min(len(line), lead + max_chars) + 1):
            if SALUTATION.match(line, cut):
                phrase = line[lead:cut]
                if not _MARKS.search(phrase) and any(phrase in t for _, _, t in lines[:k]):
                    return s + lead, s + cut
                break
    return None


#: session av (round 247k): a document site's chunk number printed again a few characters into its chunk (1、“在全市某会上的
#: 讲话“1、在全市…; 建\n2、设,全力改2、善…; 公\n3、里垃圾河,3、), on a page where two chunks or more show it: the inner copy
#: goes (the chunk's own number goes with the chunk rules)
_CHUNK_WINDOW = 40


def _chunk_echoes(view: str) -> list[tuple[int, int, str]]:
    echoes = []
    for m in CHUNK_NUMBER.finditer(view):
        end = view.find("\n", m.end())
        window = view[m.end():min(m.end() + _CHUNK_WINDOW, len(view) if end < 0 else end)]
        if (i := window.find(m.group(1) + "、")) >= 0 and (i == 0 or not window[i - 1].isdigit()):
            echoes.append((m.end() + i, m.end() + i + len(m.group(1)) + 1, "page_number"))
    return echoes if len(echoes) >= 2 else []


def glued_inserts(st: CleaningState) -> None:
    """Delete the site's inserts a flattened page glues between sentences (slogan and address, a tool's promotion closed
    by its button, a disclaimer in brackets, a stamp of where the text came from), before the joined-lines rule parts the page and other rules take them apart.

    Examples
    --------
    >>> st = CleaningState("要抓好落实。某某之家—全网资源每日更新 www.abcd.com 各村要加强领导。")
    >>> glued_inserts(st)
    >>> st.doc.output
    '要抓好落实。 各村要加强领导。'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    if "www." in view and ("—" in view or "-" in view):
        # the stamp read after a boundary goes wherever else the page repeats it, glued inside a sentence too
        for stamp in {m.group() for m in _SLOGAN_URL.finditer(view)}:
            spans += [(m.start(), m.end(), "promo_line") for m in re.finditer(re.escape(stamp), view)]
    if "立即" in view:
        spans += [(m.start(), m.end(), "promo_line") for m in _BUTTON_PROMO.finditer(view)]
    if "本文仅" in view:
        spans += [(m.start(), m.end(), "editor_blurb") for m in _DISCLAIMER.finditer(view)]
    if "更多精彩" in view:
        spans += [(m.start(), m.end(), "promo_line") for m in _MORE_INSIDE.finditer(view)]
    if "来自" in view:      # 本篇文章来自某某下载。 glued after a clause of the speech or alone (round 292k)
        spans += [(m.start(), m.end(), "editor_blurb") for m in _FROM_SITE.finditer(view)]
    if "、" in view:
        spans += _chunk_echoes(view)
    st.delete_spans(spans)


def inserted_chrome(st: CleaningState) -> None:
    """Delete the families of this module, each audited under its own rule (see the module's docstring).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> st = CleaningState("只看楼主 发表于: 2019-09-09\\n离线某某\\n同志们:\\n要抓好落实。")
    >>> inserted_chrome(st)
    >>> st.doc.output
    '只看楼主 发表于: 2019-09-09\\n\\n同志们:\\n要抓好落实。'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    if "网" in view and "." in view:
        spans += [(m.start(), m.end(), "promo_line") for m in _SITE_AD.finditer(view)]
    spans += [(s, e, "caption") for s, e in serial_captions(view)]
    if "图" in view:
        spans += [(m.start(), m.end(), "caption") for m in _COVER.finditer(view)]
    if "》是一篇关于" in view:
        spans += [(m.start(), m.end(), "editor_blurb") for m in _ABOUT_TEXT.finditer(view)]
    if "前" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _POST_AGE.finditer(view)]
    spans += [(m.start(), m.end(), "meta_row") for m in _LABEL_ROW.finditer(view)]
    if "左" in view or "右" in view:
        spans += [(m.start(), m.end(), "caption") for m in _PLACED.finditer(view)]
    if "|" in view or "｜" in view:
        spans += [(m.start(), m.end(), "page_meta") for m in _BAR_TAG.finditer(view)]
    if m := _COLUMN_LABEL.match(view):
        spans.append((m.start(), m.end(), "page_meta"))
    if (kw := keyword_before_salutation(view)) is not None:
        spans.append((*kw, "inserted_keyword"))
    if _FORUM.search(view):
        spans += [(s, e, "site_interface") for s, e, line in lines_holding(view, ("离线", "在线")) if _POSTER.fullmatch(line)]
    spans += [(s, e, "comment_widget") for s, e, line in lines_holding(view, ("留言", "评论", "回应", "讨论区", "规范发布"))
              if _COMMENT_BOX.fullmatch(line)]
    spans += [(s, e, "comment_widget") for s, e, line in lines_holding(view, ("张贴", "发表", "发布")) if _COMMENT_RULE.fullmatch(line)]
    if "www." in view:
        spans += [(m.start(), m.end(), "promo_line") for m in _URL_OPENING.finditer(view)]
    spans += [(s, e, "page_meta") for s, e, line in lines_holding(view, ("为准", "稿", "全文")) if _TEXT_NOTE.fullmatch(line)]
    if "──" in view or "━━" in view or "══" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _BOX_RULE.finditer(view)]
    spans += [(s, e, "news_lead") for s, e, line in lines_holding(view, ("—", "–")) if _SAYS_DASH.fullmatch(line)]
    spans += [(s, e, "site_interface") for s, e, line in lines_holding(view, ("纠错",))
              if len(line) <= 160 and _CORRECTION_CALL.fullmatch(line)]
    spans += [(s, e, "download_panel") for s, e, line in lines_holding(view, ("下载到",)) if _SPACED_DOWNLOAD.fullmatch(line)]
    st.delete_spans(spans)
