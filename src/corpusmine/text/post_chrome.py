"""Chrome of re-posted articles: blog panels, post toolbars, keyword rows, repost notes, teaser summaries and
spam titles (development round 29d: self-media platforms, forums, blogs and mirrors).

Speeches and reports re-posted on blogs, forums, self-media article pages and their mirrors bring chrome of their
own, each family told by the shape of a line (the view is Simplified, so Traditional mirrors are read the same way):

* **blog profile panels** (:func:`is_blog_panel_line`, rule ``site_interface``): a blog's sidebar fields, a
  label a blog uses with an empty or a short count after its colon (博客等级:, 博客积分:, 关注人气:,
  获赠金笔:0支), the panel's heading and loading note (个人资料, 加载中…), a font switch alone
  (正文 字体大小:) and, on the page's first line only, a blog's navigation label alone (页面).
* **post toolbars** (:func:`is_post_toolbar`, rule ``site_interface``): a row of post actions with their empty
  counters (收藏( 评论() 字体: / /), after at most one tag word.
* **keyword rows** (:func:`is_keyword_row`, rule ``page_meta``): seven or more short keywords separated by
  semicolons alone on a line (创文;人居环境;某某镇;环境整治;…), with no sentence in it.
* **image labels** (rule ``photo_caption``): a picture's number alone on a line (图片 1, 图 2).
* **credit captions** (rule ``photo_caption``): a short caption closed by a photo credit without a name
  (整治后的村庄道路干净整洁。通讯员 供图).
* **repost notes** (rule ``page_meta``): the original title of a reposted article on its own line
  (原标题:…, 来源:某网 原题:…), and an author's name alone just under it.
* **teaser summaries** (rule ``site_notice``): a summary cut short with an ellipsis near the page's head
  (简介: 近年来,某镇大力开展环境整治,…主要做法是 ...).
* **spaced names at a paragraph's start** (rule ``byline``): a bracket of reporters' names written with a space
  between characters ((某 某 某 某)某某说…).
* **service-spam titles** (rule ``seo_spam``): a hijacked mirror's first line of paid-service adverts joined by
  underscores or commas (…不限次数品茶_…快餐_…同城服务).

* **a social page's and a post's furniture** (rounds 152k-153k): a social network page's header with its counters (某某。
  219,507 个赞 · 7,479 人正在谈论这个。…; rule ``page_meta``) and its "see more" between two paragraphs (…等。… 更多 本会期…;
  rule ``widget_words``); a messenger's emoji written as its name ([捂脸]; rule ``emoji_code``); a post's credits
  alone on a line (文字编辑图片制作:某某, 资料提供:某某、某某。; rule ``byline``); a picture's caption in square brackets
  naming where it stands (【右图:…】; rule ``photo_caption``); a bracketed note of where the text was taken from
  ((…转引自《某某校讯》第1043期) |; rule ``source_footer``); a logo's alternative text (《某某》标志; rule ``site_name``)
  and the post's age (这篇文章是在5 年前刊登; rule ``page_meta``); a caption under a triangle, one short sentence in the
  desk's voice (▲ 某校长勉励毕业生…。; rule ``photo_caption``), and a picture's enlarge widget (▼ 点击图片放大 +6; rule
  ``widget_words``), a portal's feedback question (此页面有问题吗?; rule ``widget_words``) (round 154k); a wiki's jump
  links (跳转到: 导航, 搜索; rule ``navigation``) and the wiki's name above them (出自某某; rule ``site_name``), a newsletter's
  issue row (某某e快报 第118期  校长的话; rule ``page_meta``) (round 156k); a closing bracket alone on its line (rule
  ``html_leftover``, round 159k); a site's series label with its number (“某某”系列№8464) and the month below it
  (rule ``page_meta``, rounds 160k-164k).

A forum's furniture (找回密码, QQ登录, 只需一步,快速开始 …) is left to :mod:`corpusmine.text.portal_furniture`,
which reads those lines together to tell a forum page.

A line in the speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`) stays, and so does a line
holding a sentence's end where a family's shape has none.  Every removal is an audited edit
(``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("个人资料\\n博客等级:\\n原标题:全县召开人居环境整治推进会\\n同志们:\\n要抓好落实。\\n图片 1")
>>> post_chrome(st)
>>> st.doc.output
'\\n\\n\\n同志们:\\n要抓好落实。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import family_spans, iter_lines, open_brackets
from corpusmine.text.report_heads import in_report_voice
from corpusmine.text.speech_voice import in_speech_voice
from corpusmine.text.template_chrome import HEAD_CHARS

__all__ = ["is_blog_panel_line", "is_keyword_row", "is_post_toolbar", "post_chrome", "repost_note"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"
_END = "。！？!?"

# ---------------------------------------------------------------- blog profile panels

#: labels only a blog's profile panel shows
_BLOG_LABEL = r"(?:博客等级|博客积分|博客访问|关注人气|获赠金笔|赠出金笔|荣誉徽章|博文数|博客排名|访问人气)"
_BLOG_FIELD = re.compile(rf"^{_SP}*(?:[•·*\-]{_SP}*)?{_BLOG_LABEL}{_SP}*[:：]{_SP}*(?:[\d,]{{0,9}}{_SP}*[支个次位级]?)?{_SP}*$")
_BLOG_WORDS = re.compile(rf"^{_SP}*(?:个人资料|加载中(?:…|\.\.\.|。。。)?|(?:正文{_SP}*)?字体大小[:：](?:{_SP}*[大中小]){{0,3}}){_SP}*$")
_BLOG_ITEM = (rf"(?:个人资料|加载中(?:…|\.\.\.)?|(?:正文{_SP}*)?字体大小[:：](?:{_SP}*[大中小]){{0,3}}|"
              rf"(?:[•·*\-]{_SP}*)?{_BLOG_LABEL}{_SP}*[:：]{_SP}*(?:[\d,]{{1,9}}{_SP}*[支个次位级]?)?)")
#: the panel's fields inside a line, alone or run together (a page flattened): 个人资料 • 博客等级: • 获赠金笔:0支 … 正文 字体大小:
_BLOG_RUN = re.compile(rf"{_BLOG_ITEM}(?:{_SP}*{_BLOG_ITEM})*")
_FIRST_LINE_LABEL = re.compile(rf"^{_SP}*(?:页面|Pages){_SP}*$")


def is_blog_panel_line(line: str) -> bool:
    """Whether a line is a field, the heading or the loading note of a blog's profile panel, or a font switch.

    Examples
    --------
    >>> [is_blog_panel_line(x) for x in ("  • 博客等级:", "获赠金笔:0支", "个人资料", "正文 字体大小:", "加载中…")]
    [True, True, True, True, True]
    >>> is_blog_panel_line("关注人气:要多关心群众冷暖。"), is_blog_panel_line("个人资料要按时归档。")   # 讲话里的词
    (False, False)
    """
    return bool(_BLOG_FIELD.match(line) or _BLOG_WORDS.match(line))


# ---------------------------------------------------------------- post toolbars

_TOOL = r"(?:收藏|评论|字体|打印|举报|喜欢|分享|转发|点赞|阅读|字号)"
#: one action with its counter or colon: 收藏( | 评论() | 字体: / / | 阅读(12)
_TOOL_ITEM = rf"{_TOOL}{_SP}*(?:[(（]{_SP}*\d*{_SP}*[)）]?|[:：](?:{_SP}*[/|｜大中小]{_SP}*)*)"
#: three or more actions run together inside a line (a page flattened), one with an empty counter or a font switch
_TOOL_RUN = re.compile(rf"{_TOOL_ITEM}(?:{_SP}*{_TOOL_ITEM}){{2,6}}")
_TOOL_WORD = rf"(?:{_TOOL_ITEM}|{_TOOL})"
_TOOLBAR = re.compile(rf"^{_SP}*(?:[{_HAN}]{{1,8}}{_SP}+)?{_TOOL_WORD}(?:{_SP}*{_TOOL_WORD}){{1,6}}{_SP}*$")
_COUNTER = re.compile(rf"{_TOOL}{_SP}*[(（:：]")


def is_post_toolbar(line: str) -> bool:
    """Whether a line is a post's row of actions with empty counters, after at most one tag word.

    Examples
    --------
    >>> is_post_toolbar("某某专栏 收藏( 评论() 字体: / /"), is_post_toolbar("阅读(12) 评论(0)")
    (True, True)
    >>> is_post_toolbar("要组织干部阅读(学习)文件,并及时评论。")   # 讲话里的阅读、评论
    False
    """
    return bool(_TOOLBAR.match(line)) and bool(_COUNTER.search(line))


# ---------------------------------------------------------------- keyword rows

_KEYWORD = rf"[{_HAN}A-Za-z0-9·]{{1,8}}"
_KEYWORD_ROW = re.compile(rf"^{_SP}*{_KEYWORD}(?:{_SP}*[;；]{_SP}*{_KEYWORD}){{6,24}}{_SP}*[;；]?{_SP}*$")


def is_keyword_row(line: str) -> bool:
    """Whether a line is seven or more short keywords separated by semicolons, with no sentence in it.

    Examples
    --------
    >>> is_keyword_row("创文;人居环境;某某镇;环境整治;文明实践;志愿服务;某某某")
    True
    >>> is_keyword_row("产业兴旺;生态宜居;乡风文明;治理有效;生活富裕")   # 讲话里的五句总要求
    False
    """
    return bool(_KEYWORD_ROW.match(line)) and not in_speech_voice(line)


# ---------------------------------------------------------------- repost notes, image labels, captions

#: session au (round 233k): the note may open with a stray mark and say 原题是 / 原题为, its title quoted (_原题是:“【…】…。”)
_REPOST = re.compile(rf"^{_SP}*[_*·•-]?{_SP}*(?:(?:来源|转自|转载自)[:：]{_SP}*[^\s:：]{{1,20}}{_SP}+)?原(?:标)?题(?:是|为)?[:：]{_SP}*"
                     rf"(?:(?P<quoted>“[^“”\n]{{1,80}}”|《[^《》\n]{{1,80}}》)[。.]?{_SP}*|(?P<title>[^\n]{{1,60}}))$")
_IMAGE_LABEL = re.compile(rf"^{_SP}*(?:图片|图|照片|配图){_SP}*\d{{1,2}}{_SP}*$")
#: a caption closed by a credit without a name: …干净整洁。通讯员 供图
_CREDIT_CAPTION = re.compile(rf"^[^\n]{{2,50}}?(?:[。.]|{_SP}){_SP}*(?:本报记者|记者|通讯员|受访者|网友|单位)?{_SP}*供图{_SP}*$")
_NAME_ALONE = re.compile(rf"^{_SP}*[{_HAN}]{{2,4}}{_SP}*$")
_NOT_NAME = re.compile(r"[们的了是在和会议讲话致辞报告通知]")


def repost_note(line: str) -> bool:
    """Whether a line gives a reposted article's original title (原标题:…, 来源:某网 原题:…).

    Examples
    --------
    >>> repost_note("原标题:某县召开创文推进会"), repost_note("来源:某网 原题:某镇人居环境整治纪实")
    (True, True)
    >>> repost_note("_原题是:“【专项斗争】全市禁毒工作推进会召开,某某出席会议并讲话。”")
    True
    >>> repost_note("原题目要改,原标题:太长了。我们要把材料写实。")   # 句子里的原标题
    False
    """
    m = _REPOST.match(line)
    return bool(m) and (m.group("quoted") is not None or not any(c in m.group("title") for c in _END))


# ---------------------------------------------------------------- teasers, spaced names, spam titles, slogans

_TEASER = re.compile(rf"^{_SP}*(?:简介|摘要|导读|内容提要|核心提示)[:：][^\n]{{10,300}}?(?:\.{{3,6}}|…{{1,2}}){_SP}*$")
#: (某 某 某 某) at a paragraph's start: two to eight single characters with a space between each
_SPACED_NAMES = re.compile(rf"^{_SP}*[(（]{_SP}*[{_HAN}](?:{_SP}{{1,3}}[{_HAN}]){{1,7}}{_SP}*[)）]")
_SERVICE = re.compile(r"品茶|快餐|同城服务|上门服务|不限次数|外围女|楼凤|约炮|包夜")
_SPAM_TITLE = re.compile(r"^[^\n。！？!?]{8,200}$")


#: a line any family needs one of (the page is scanned for it in C, see :func:`corpusmine.text.lines.iter_lines`)
_CANDIDATES = re.compile(r"博客|个人资料|加载中|字体|收藏|评论|阅读|原标?题|图|照片|供图|[;；]|简介|摘要|导读|提要|"
                         r"核心提示|[(（]|品茶|快餐|页面|Pages|关注人气|金笔|荣誉徽章|访问人气")


_BLOG_FIELD_IN = re.compile(_BLOG_LABEL)
#: an empty counter or a font switch: 收藏( | 评论() | 字体: / /
_EMPTY_COUNTER = re.compile(rf"[(（]{_SP}*(?:[)）]|$|{_SP})|字体[:：]{_SP}*[/|｜]")


def _next_line(view: str, end: int) -> tuple[int, int, str]:
    """The first line with text after the line ending at ``end``."""
    s = end + 1
    while s < len(view):
        e = view.find("\n", s)
        e = len(view) if e < 0 else e
        if view[s:e].strip():
            return s, e, view[s:e]
        s = e + 1
    return len(view), len(view), ""


def _line_spans(view: str) -> list[tuple[int, int, str]]:
    """Spans of the whole-line families, each with its rule."""
    spans = []
    head = min(len(view), HEAD_CHARS)
    first = len(view) - len(view.lstrip())             # where the page's first line with text is
    for s, e, line in iter_lines(view, _CANDIDATES):
        if not line.strip():
            continue
        on_first = s <= first <= e
        if is_blog_panel_line(line) or is_post_toolbar(line):
            spans.append((s, e, "site_interface"))
        elif on_first and _FIRST_LINE_LABEL.match(line):
            spans.append((s, e, "site_interface"))
        elif _IMAGE_LABEL.match(line) or (_CREDIT_CAPTION.match(line) and not in_speech_voice(line)):
            spans.append((s, e, "photo_caption"))
        elif repost_note(line):
            spans.append((s, e, "page_meta"))
            ns, ne, nxt = _next_line(view, e)
            if _NAME_ALONE.match(nxt) and not _NOT_NAME.search(nxt):                  # the author's name just under it
                spans.append((ns, ne, "page_meta"))
        elif is_keyword_row(line):
            spans.append((s, e, "page_meta"))
        elif s < head and _TEASER.match(line):
            spans.append((s, e, "site_notice"))
        elif on_first and len(_SERVICE.findall(line)) >= 2 and _SPAM_TITLE.match(line):
            spans.append((s, e, "seo_spam"))
        elif (m := _SPACED_NAMES.match(line)) and line[m.end():].strip():
            spans.append((s + m.start(), s + m.end(), "byline"))
        else:
            spans.extend((s + m.start(), s + m.end(), "site_interface") for m in _BLOG_RUN.finditer(line)
                         if _BLOG_FIELD_IN.search(m.group()))
            spans.extend((s + m.start(), s + m.end(), "site_interface") for m in _TOOL_RUN.finditer(line)
                         if _EMPTY_COUNTER.search(m.group()))
    if "▲" in view or "△" in view:
        spans += [(m.start(), m.end(), "photo_caption") for m in _TRIANGLE_CAPTION.finditer(view)
                  if in_report_voice(m.group("c")) and _CAPTIONED.search(m.group("c"))]
    if "导航" in view and (jumps := [m.span() for m in _WIKI_JUMP.finditer(view)]):
        spans += [(a, b, "navigation") for a, b in jumps]
        spans += [(m.start(), m.end(), "site_name") for m in _WIKI_FROM.finditer(view, 0, jumps[0][0])]
    # a bracket alone closes a note opened above it ((贺辞已上载…网站:\n地址\n)): the note's rules take it whole
    spans += [(a, b, r) for a, b, r in family_spans(view, _SOCIAL_FAMILIES)
              if r != "html_leftover" or not open_brackets(view, max(0, a - 300), a)]
    return spans


#: a social network page's header: its name, its counters of likes and talk, its motto (某某。 219,507 个赞 · 7,479 人正在
#: 谈论这个。…; round 152k)
_SOCIAL_COUNTERS = re.compile(r"^[^\n]{0,40}?\d[\d,]*[ \t]*个赞[^\n]{0,20}?人正在谈论这个[^\n]{0,200}$", re.M)
#: a social page's "see more" left between two paragraphs of a post (…等。… 更多 本会期…; round 152k)
_SEE_MORE = re.compile(r"(?<=[。！？!?,，])[ \t\u3000]*(?:…{1,2}|\.{3,6})[ \t\u3000]*(?:显示|查看|阅读)?更多(?=[ \t\u3000]|$)", re.M)
#: a messenger's emoji written as its name in square brackets ([捂脸], [微笑]; round 153k): names no speech text puts there
_EMOJI = re.compile(r"\[(?:捂脸|微笑|偷笑|呲牙|憨笑|大哭|流泪|坏笑|奸笑|机智|皱眉|鼓掌|抱拳|握手|玫瑰|爱心|心碎|强壮|庆祝|合十|吃瓜|加油"
                    r"|天啊|旺柴|打脸|翻白眼|叹气|苦涩|裂开|嘿哈|烟花|爆竹|破涕为笑|笑脸|脸红|得意|害羞|调皮|惊讶|难过|尴尬|发怒"
                    r"|抓狂|白眼|傲慢|疑问|擦汗|抠鼻|亲亲|可怜|拳头|社会社会|让我看看|愉快|发呆|撇嘴|色|衰|晕|嘘|耶|汗|哇|666|OK|Emm)\]")
#: a post's credits alone on a line: who wrote, edited, made the pictures or gave the material, and their names (文字编辑图片
#: 制作:某某 / 资料提供:某某、某某。; round 153k)
_ROLE = r"(?:文字|图片|图文|视频|音乐|美术)(?:编辑|制作|摄影|排版|设计|整理|撰稿|校对|提供)|(?:资料|素材)提供|美编"
_POST_CREDIT = re.compile(rf"^{_SP}*(?:{_ROLE})(?:[/、 ]?(?:{_ROLE}))*{_SP}*[:：]{_SP}*[{_HAN}·]{{2,4}}"
                          rf"(?:{_SP}*[、,，/ ]{_SP}*[{_HAN}·]{{2,4}}){{0,12}}[。.]?{_SP}*$", re.M)
#: a picture's caption in square brackets naming where it stands, anywhere in a line (【右图:某某交接典礼…】; round 153k)
_PLACED_CAPTION = re.compile(r"【(?:左|右|上|下|中|首|附|配)?图[一二三四五六七八九十\d]{0,2}[:：][^】\n]{1,150}】")
#: a bracketed note of where the text and its pictures were taken from, alone on a line ((某某致词及图片转引自《某某校讯》第
#: 1043期) |; round 153k)
_BORROWED = re.compile(rf"^{_SP}*[(（][^()（）\n]{{2,80}}?(?:转引自|转载自|引自|摘自|选自|转自)[^()（）\n]{{1,60}}[)）](?:{_SP}|[|｜])*$", re.M)
#: a site's logo named by its alternative text (《某某》标志, 某某网 logo), and a notice of the post's age (这篇文章是在5 年前刊登)
_LOGO_ALT = re.compile(rf"^{_SP}*(?:《[^》\n]{{2,16}}》|[{_HAN}A-Za-z]{{2,12}}(?:网|报|台|新闻|日报))"
                       rf"{_SP}*(?:标志|标识|logo|LOGO|Logo){_SP}*$", re.M)
_POST_AGE = re.compile(rf"^{_SP}*(?:这篇|本篇|此篇|本)?(?:文章|帖子|贴文)(?:是)?(?:在|于)?{_SP}*\d{{1,3}}{_SP}*(?:年|个月|天|小时)前"
                       rf"(?:刊登|发布|发表|更新){_SP}*$", re.M)
#: a picture's widget to enlarge it, with its counters (▼ 点击图片放大 +6 +5; round 154k)
_ENLARGE = re.compile(rf"^{_SP}*[▼▲]?{_SP}*点击(?:图片)?(?:放大|查看大图)(?:{_SP}*\+?\d{{1,3}})*{_SP}*$", re.M)
#: a caption under a triangle, maybe after the page's date label (date 2021-07 ▲ 某校长勉励毕业生…。; round 154k): one short
#: sentence in the desk's voice (a speech's bullet, ▲要加强组织领导。, is in the speaker's)
_TRIANGLE_CAPTION = re.compile(rf"^{_SP}*(?:(?:date|Date|日期){_SP}*\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?{_SP}*)?[▲△](?P<c>[^\n。！？!?]{{4,60}}[。！!]?)"
                               rf"{_SP}*$", re.M)
#: what a caption shows: someone named by a title, doing what a picture catches
_CAPTIONED = re.compile(r"(?:长|书记|主席|主任|老师|同学|嘉宾|领导|代表|校友|大使|总监)[^。！？!?\n]{0,20}?(?:出席|参加|致辞|讲话|颁奖|合影|勉励"
                        r"|慰问|参观|视察|调研|发言|主持|剪彩|揭牌|与|向|为|在)")
#: a portal's feedback form on the page (此页面有问题吗? / 帮助我们改进某某 / * 必填项 / 提交; round 154k)
_PAGE_FEEDBACK = re.compile(rf"^{_SP}*(?:(?:此|本|这个?)页面?(?:内容|信息)?(?:有问题吗|是否有(?:用|帮助)|对您有(?:用|帮助)吗?)[?？]?"
                            rf"|帮助我们改进[^\n。！？!?]{{0,20}}|[*＊]{_SP}*必填项?|提交(?:反馈)?){_SP}*$", re.M)
#: a wiki's page furniture: the jump links (跳转到: 导航, 搜索) and, on such a page, the wiki's name alone (出自某某 e-News;
#: round 156k)
_WIKI_JUMP = re.compile(rf"^{_SP}*(?:跳转到|跳到|跳至)[:：]?{_SP}*导航{_SP}*[,，、]?{_SP}*(?:搜索|查找){_SP}*$", re.M)
_WIKI_FROM = re.compile(rf"^{_SP}*出自{_SP}*[^\n。！？!?《》“”:：,，]{{2,30}}$", re.M)
#: a newsletter's issue row with its column (某某大学e快报 第118期  校长的话; round 156k)
_ISSUE_ROW = re.compile(rf"^{_SP}*[^\n。！？!?]{{0,20}}?(?:快报|简报|通讯|周报|月报|月刊|季刊|校刊|电子报|院刊|会刊){_SP}*第{_SP}*\d{{1,4}}{_SP}*期"
                        rf"(?:{_SP}+[^\n。！？!?,，]{{1,12}})?{_SP}*$"
                        # a journal's name and its year's issue (老年教育(老年大学) 2018年4期; round 168k)
                        rf"|^{_SP}*[^\n。！？!?,，:：]{{2,24}}?{_SP}+(?:19|20)\d\d{_SP}*年{_SP}*(?:第{_SP}*)?\d{{1,2}}{_SP}*期{_SP}*$", re.M)
#: a closing bracket alone on its line, left where a widget was cut out (round 159k): no speech's line is a bracket
_LONE_BRACKET = re.compile(rf"^{_SP}*[)）]{_SP}*$", re.M)
#: a site's series label with its number (“某某”系列№8464), and the month of its posting alone on the next line (2024年1月;
#: rounds 160k-164k)
_SERIES_NO = re.compile(rf"^{_SP}*[“\"「]?[^\n“”\"「」]{{1,12}}[”\"」]?{_SP}*系列{_SP}*№{_SP}*\d+{_SP}*$(?:\n\s*\d{{4}}年\d{{1,2}}月{_SP}*$)?", re.M)
#: (literals a page must hold, pattern, the audit's rule)
_SOCIAL_FAMILIES: tuple[tuple[tuple[str, ...], re.Pattern, str], ...] = (
    (("个赞",), _SOCIAL_COUNTERS, "page_meta"),
    (("更多",), _SEE_MORE, "widget_words"),
    (("[",), _EMOJI, "emoji_code"),
    ((":", "："), _POST_CREDIT, "byline"),
    (("图",), _PLACED_CAPTION, "photo_caption"),
    (("引自", "转自", "摘自", "选自"), _BORROWED, "source_footer"),
    (("标志", "标识", "logo", "LOGO", "Logo"), _LOGO_ALT, "site_name"),
    (("前",), _POST_AGE, "page_meta"),
    (("点击",), _ENLARGE, "widget_words"),
    (("页",), _PAGE_FEEDBACK, "widget_words"),
    (("期",), _ISSUE_ROW, "page_meta"),
    ((")", "）"), _LONE_BRACKET, "html_leftover"),
    (("№",), _SERIES_NO, "page_meta"),
)


def post_chrome(st: CleaningState) -> None:
    """Delete the families of this module (rules ``site_interface``, ``page_meta``, ``photo_caption``,
    ``site_notice``, ``byline``, ``seo_spam``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("(某 某 某 某)近日,全镇开展环境卫生整治。\\n某某专栏 收藏( 评论() 字体: / /")
    >>> post_chrome(st)
    >>> st.doc.output
    '近日,全镇开展环境卫生整治。\\n'
    """
    _, view = st.view()
    st.delete_spans(_line_spans(view))
