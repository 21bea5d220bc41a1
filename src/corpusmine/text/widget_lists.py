"""Widgets and name lists around a news page: comment boxes, account links, a media group's brand list
(development round chrome26: the held-out round 29).

Each family is told by its shape (the view is Simplified, so Traditional pages match too):

* **comment boxes** (rule ``comment_widget``): a comment box's empty state and its call (目前尚无回应,成为第一个
  回应的人吧! / 回应本篇文章! / 暂无评论), each alone on a line; a sentence that holds 回应 or 评论 stays.
* **account links and page buttons** (rule ``site_interface``): 登入 / 登 录 / 加入最爱 / 加入收藏 / 设为首页, and a
  print or close button's text (列印图示, 打印本页, 关闭窗口; round 190k), alone on a line.
* **a document's file name** (rule ``related_list``, round 174k): a library's link to another document alone on its
  line, bulleted or two or more (- 某某国旗下讲话稿《垃圾分类,从我做起》.doc); one file name alone is the document's own.
* **a menu drawer** (rule ``site_navigation``, round 190k): a block of five or more short lines without a sentence's
  marks, three or more of them a menu's glyphs: a dash alone between items, a back button (< 返回, < 回上页), a
  path ending in its arrow (目录 > 课程发展 >); a speech's list or a poem has no such lines.
* **a numbered list of documents** (rule ``related_list``, round 191k): three or more lines numbered 1., 2., 3. …
  in order, each a short title without a sentence's end, two or more of them closed by a collection's count
  (户外活动主持人演讲稿(2篇)); a speech's numbered points carry no count of pieces.
* **a site's name in brackets alone on a line** (rule ``site_name``, round 191k): [某某文秘网], 【某某文库】.
* **a menu set off by spaces** (rule ``site_menu``, round 202k): eight or more words of one to five characters
  separated by spaces, 首页 among the first three (首页 国际 港澳 华人 中国 社会 …); a speech's line has its marks.
* **a site's name in round brackets with its address cut short** (rule ``site_url_line``, round 201k): ……(某某文秘网htt.
* **a finance portal's quote** (rule ``site_interface``, round 192k): a share's price, change and percentage in
  brackets after a company's name ((8.10,0.00,0.00%,股票吧)).
* **a CMS's page-break token** (rule ``html_leftover``, round 192k): #turnpageflag#, [NextPage], [page] alone on a line,
  with the dashes around it; all but [page] inside a line too (…而言[NextPage] :今年…; round 197k).
* **a link to more of the same** (rule ``related_list``, round 192k): 更多同类【某某赏析】…… alone on a line.
* **an underline alone on a line** (rule ``html_leftover``, round 194k): ____ under a heading.
* **a tag mark** (rule ``site_interface``): # closing a paragraph's last sentence (…共创清净家园。#).
* **a contact block** (rule ``contact_footer``, round 294k): two or more rows in a row of an address, a telephone, a
  fax, a post code, an e-mail or a social account, their labels maybe spaced out (地 址:…, 电 话:…).
* **a list of links cut short** (rule ``related_list``, round 292k): four or more short lines without a sentence's end,
  two or more of them titles cut with two dots or an ellipsis (某某宗亲会举行某氏总祠重光暨..).
* **a picture gallery** (rule ``photo_caption``, round 289k): three or more bulleted short lines, two or more of them
  a picture's words written twice (里长大合照 里长大合照: its alternative text, then its caption).
* **a run of links told apart by a number** (rule ``related_list``, round 234k): five or more short lines in a row
  without a sentence's marks, the same but for their numbers (中国共产党第十九次全国代表大会 / …第十八次… / …); a
  speech's headings differ in their words.
* **a toolbar with broken brackets** (rule ``site_interface``, round 234k): a line of a page's tool words only
  (字号 】【论坛【打印【关闭), two or more of them, with a bracket.
* **a related list glued to the speech's last line, its items dated** (rule ``related_list``, round 235k): a header
  with the title in brackets at a line's end (…谨此祝贺! 某某 【某某的祝辞】相关文章:), and three or more lines in a
  row, each a short title with its date glued on (新年祝辞06-14 / 祝辞的种类11-17); a speech signs with one date.
* **a library's name before the page's title** (rule ``site_name``, round 235k): a line that is a site's name (ending
  in 文库, 网, 文档) glued before the title the page opens with (某某文库2024年学校运动会开幕词), a viewer's stamp.
* **lone widgets** (rule ``site_interface``, round 236k): a search box's label (新闻搜索:), a service box's label and
  its call (服务专线 / 问题咨询,请拨打以上服务专线。), a calendar widget's month and year (十一月 2024 |), a
  translation's label ([English translation], 英文版), a messenger's contact link (点击这里给我发消息) and a
  mirror's pointer to the original (…可以点击“阅读原文”观看…; round 239k), a live page's section labels (活动描述,
  文字内容:) and a page break's dashes set apart by spaces (— —; round 240k), each alone.
* **a tag row** (rule ``keyword_row``, round 239k): three to eight short words parted by commas, one of them a speech's
  genre (演讲稿,安全生产,煤矿,关于); a speech's list has its sentence.
* **a portal's name between its skip anchors** (rule ``site_name``, round 236k): a short name alone between two
  ::: lines at the page's head (::: / 财团法人某某基金会 / :::).
* **a run of numbered link labels** (rule ``site_menu``, round 272k): eight or more words on one line, set off by
  spaces, each a short label with its number glued on (视频1 视频21 推荐1 推荐3 关键词101 …), a site map's row; a
  speech's line has its sentence marks and its words carry no running numbers.
* **a site's menu above its breadcrumb** (rule ``site_navigation``, round 281k): above the first line that gives the
  reader's place (当前位置: / 您的位置:), the short lines of a site's menu (分站导航, 热点关注, 在线咨询, 某某在线报名),
  each closed by a menu word and no sentence mark, two or more of them, and the site's own line ending in its name (某某,职校招生与学历提升信息网。);
  a line that is neither (a title above the breadcrumb) stays.
* **a brand list** (rule ``site_name``): a media group's papers, sites and companies, two or more names set off
  by spaces on each of two or more lines in a row among the page's first lines, most of them ending in a media or
  company word (某某日报 某某时报 / 某某研究院 某某图片社 / 某某公司 某某中心); a heading of two phrases
  (统一思想 提高认识) stays.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("登 入\\n加入最爱\\n同志们:\\n要抓好落实。#\\n文章回应\\n目前尚无回应,成为第一个回应的人吧!\\n回应本篇文章! (")
>>> widget_lists(st)
>>> st.doc.output
'\\n\\n同志们:\\n要抓好落实。\\n文章回应\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import first_lines, item_runs, iter_lines, lines_holding
from corpusmine.text.patterns import NAV
from corpusmine.text.report_heads import GENRE

__all__ = ["anchored_name_spans", "brand_list_spans", "contact_row_spans", "cut_title_spans", "dated_title_spans", "document_list_spans", "gallery_spans", "head_menu_spans", "menu_drawer_spans",
           "numbered_link_spans", "titled_stamp_spans", "widget_lists"]

_SP = r"[ \t\u3000]"
_END = "。！？!?"

_COMMENT = re.compile(rf"{_SP}*(?:目前|当前|现在)?(?:尚无|暂无|还没有|没有)(?:回应|评论|留言)[,，!！。]?"
                      rf"(?:{_SP}*(?:成为|快来|来做|赶快)[^\n{_END}]{{0,6}}(?:第一个|沙发)[^\n{_END}]{{0,8}}[!！。~]?)?{_SP}*"
                      rf"|{_SP}*(?:回应|评论|留言)本(?:篇)?文章[!！]?{_SP}*[(（]?{_SP}*")
_ACCOUNT = re.compile(rf"{_SP}*(?:(?:用户|会员)?登{_SP}*入(?:投稿)?|(?:用户|会员)?登{_SP}*录(?:投稿|注册)?|注{_SP}*册|加入最爱|加入我的最爱|加入收藏|设为首页"   # 用户登录投稿 (293k)
                      rf"|(?:列印|打印)(?:本页|此页|页面|本文|图示|图标)|关闭(?:窗口|本页|此页)){_SP}*")   # a print icon's text (round 190k)
#: a document's file name alone on its line, a library's link to another document (- 某某讲话稿《垃圾分类,从我做起》.doc;
#: round 174k); a sentence naming a format (请把材料存成doc格式。) has no file name alone on a line
_DOC_FILE = re.compile(rf"{_SP}*(?:[-•·*]{_SP}*)?[^\n。！？!?]{{2,120}}\.(?:docx?|pdf|pptx?|xlsx?|wps|txt){_SP}*", re.I)
_BULLET = re.compile(rf"{_SP}*[-•·*]")
_TAG_MARK = re.compile(rf"(?<=[{_END}”」』])[ \t\u3000]*#[ \t\u3000]*$", re.M)

#: a share's quote after a company's name: (8.10,0.00,0.00%,股票吧)
_QUOTE = re.compile(r"[(（]-?\d{1,5}\.\d{2}[,，]-?\d{1,5}\.\d{2}[,，]-?\d{1,3}\.\d{2}%(?:[,，][^()（）\n]{0,6})?[)）]")
#: markup alone on its line: a CMS's page-break token with its dashes, an underline under a heading (运输基建 / ____;
#: round 194k)
_BREAK_TOKEN = r"#turnpageflag#|\[NextPage\]|_ueditor_page_break_tag_"
_MARKUP_LINE = re.compile(rf"^{_SP}*(?:[-—=]*{_SP}*(?:{_BREAK_TOKEN}|\[page\])"
                          rf"{_SP}*[-—=]*|_{{3,}}){_SP}*$", re.M | re.I)
#: the same token inside a line (…而言[NextPage] :今年…; round 197k)
_PAGE_BREAK = re.compile(rf"[ \t]*(?:{_BREAK_TOKEN})[ \t]*", re.I)
#: a link to more of the same alone on its line: 更多同类【某某赏析】......; no colon: a label with its items after it
#: (更多相关文章:某某) is the related-list rule's, which takes the items too
_MORE_LIKE = re.compile(rf"^{_SP}*更多(?:同类|相关|类似)[^\n{_END}:：]{{0,30}}?(?:\.{{3,}}|…+|>>|》》)?{_SP}*$", re.M)

# ---------------------------------------------------------------- menu drawers

#: a menu's glyph line: a dash or a bar alone, a back button, a path closed by its arrow
_MENU_GLYPH = re.compile(rf"{_SP}*(?:[-–—|｜·•]{_SP}*|[<‹«]{_SP}*(?:返回|回上[一]?页|上一层|上级)[^\n]{{0,6}}|[^\n]{{1,30}}?{_SP}[>›»]{_SP}*)")
#: a short line with none of a sentence's marks
_MENU_ITEM = re.compile(rf"[^\n{_END},，;；:：]{{1,24}}")
#: lines and glyph lines a drawer needs
_MENU_LINES, _MENU_GLYPHS = 5, 3


def menu_drawer_spans(view: str) -> list[tuple[int, int]]:
    """Blocks of short lines that are a menu drawer: a dash between items, back buttons, paths closed by an arrow.

    Examples
    --------
    >>> page = "< 返回\\n目录 > 课程发展 >\\n评估\\n-\\n基本能力评估\\n-\\n小学教育\\n\\n尊敬的各位来宾:\\n大家好!"
    >>> [page[s:e] for s, e in menu_drawer_spans(page)]
    ['< 返回\\n目录 > 课程发展 >\\n评估\\n-\\n基本能力评估\\n-\\n小学教育']
    >>> menu_drawer_spans("一是抓项目\\n二是抓招商\\n三是抓服务\\n四是抓作风\\n五是抓落实")   # 讲话里的短句排比
    []
    """
    runs = item_runs(iter_lines(view), lambda t: bool(_MENU_GLYPH.fullmatch(t) or _MENU_ITEM.fullmatch(t)),
                     min_run=_MENU_LINES, blank_ends=True)
    return [(run[0][0], run[-1][1]) for run in runs
            if sum(bool(_MENU_GLYPH.fullmatch(t)) for _, _, t in run) >= _MENU_GLYPHS]


# ---------------------------------------------------------------- numbered document lists

#: a numbered title on its line: 3.厂房租赁协议书合同范本(4篇)
_NUMBERED_TITLE = re.compile(rf"{_SP}*(?P<n>\d{{1,2}})[.、．]{_SP}*(?P<t>[^\n{_END}]{{2,40}}?){_SP}*")
#: a collection's count of pieces closing a title: (2篇), (精选5篇), （通用3篇）
_PIECES = re.compile(r"[(（](?:精选|通用|优秀|热门|合集|汇编)?\d{1,3}篇[)）]$")
#: a bracketed site name alone on a line: [某某文秘网]
_SITE_IN_BRACKETS = re.compile(rf"{_SP}*[\[【]{_SP}*[\u4e00-\u9fffA-Za-z0-9]{{2,12}}(?:网|文库|范文|文秘){_SP}*[\]】]{_SP}*")
#: a menu set off by spaces, 首页 among its first three words: 首页 国际 港澳 华人 中国 社会 领导 地方 (202k)
_SPACED_MENU = re.compile(rf"{_SP}*(?:[\u4e00-\u9fff]{{1,5}}{_SP}+){{0,2}}首页(?:{_SP}+[\u4e00-\u9fff]{{1,5}}){{7,}}{_SP}*")
#: a site's name in round brackets before its address, the excerpt cut inside it: ……(某某文秘网htt, (某某网www.ab (201k)
_SITE_CUT_ADDRESS = re.compile(rf"{_SP}*(?:…{{1,2}}|\.{{3,6}})?{_SP}*[(（]{_SP}*[\u4e00-\u9fffA-Za-z0-9]{{2,12}}(?:网|文库|范文|文秘|站)"
                               rf"{_SP}*(?:h(?:t(?:t(?:ps?:?/{{0,2}})?)?)?|w{{1,3}}\.?)[\w\-.~/?#=&%:]*{_SP}*[)）]?{_SP}*")


def document_list_spans(view: str) -> list[tuple[int, int]]:
    """Runs of three or more lines numbered in order, each a short title, two or more closed by a count of pieces.

    Examples
    --------
    >>> page = "要抓好落实。\\n1.户外活动主持人演讲稿(2篇)\\n\\n2.烟草工作作风存在的问题(5篇)\\n3.履行好管党治党的政治责任"
    >>> [page[s:e] for s, e in document_list_spans(page)]
    ['1.户外活动主持人演讲稿(2篇)', '2.烟草工作作风存在的问题(5篇)', '3.履行好管党治党的政治责任']
    >>> document_list_spans("1.提高认识\\n2.加强领导\\n3.狠抓落实")   # 讲话的要点
    []
    """
    spans: list[tuple[int, int]] = []
    for run in item_runs(iter_lines(view), _NUMBERED_TITLE.fullmatch, min_run=3):
        titles = [_NUMBERED_TITLE.fullmatch(t) for _, _, t in run]
        if ([int(m["n"]) for m in titles] == list(range(1, len(run) + 1))
                and sum(bool(_PIECES.search(m["t"])) for m in titles) >= 2):
            spans.extend((s, e) for s, e, _ in run)
    return spans


# ---------------------------------------------------------------- brand lists

#: what a media group's papers, sites, institutes and companies end with
_MEDIA_END = re.compile(r"(?:报|网|台|刊|头条|社|院|联盟|俱乐部|公司|中心|集团|汇|馆|部|传媒|新闻|号|客户端|APP|app)$")
_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,14}")
#: how many of the page's first lines a brand list may be on
_HEAD = 15


#: a pinyin gloss left after a character a converter lost (日?qǐng)报)
_GLOSS_DEBRIS = re.compile(r"[?？][a-z\u00e0-\u01dc]{1,6}[)）]")


def _items(line: str) -> list[str] | None:
    parts = _GLOSS_DEBRIS.sub("", line).split()
    if len(parts) < 2 or not all(_ITEM.fullmatch(p) for p in parts):
        return None
    return parts


def brand_list_spans(view: str) -> list[tuple[int, int]]:
    """Runs of two or more lines among the page's first, each a list of names, most ending in a media word.

    Examples
    --------
    >>> page = "某州日报 东江时报 小惠同学\\n东江研究院 某某图片社\\n东江联盟 某某公司 某某中心\\n同志们:"
    >>> [page[s:e] for s, e in brand_list_spans(page)]
    ['某州日报 东江时报 小惠同学', '东江研究院 某某图片社', '东江联盟 某某公司 某某中心']
    >>> brand_list_spans("统一思想 提高认识\\n强化措施 狠抓落实\\n同志们:")
    []
    """
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, list[str]]] = []

    def close() -> None:
        items = [p for _, _, parts in run for p in parts]
        if len(run) >= 2 and sum(bool(_MEDIA_END.search(p)) for p in items) * 3 >= len(items) * 2:
            spans.extend((s, e) for s, e, _ in run)
        run.clear()

    for s, e, line in first_lines(view, _HEAD):
        parts = _items(line) if line.strip() else None
        if not line.strip():
            continue
        if parts is None:
            close()
        else:
            run.append((s, e, parts))
    close()
    return spans


# ---------------------------------------------------------------- session au (rounds 234k-236k)

#: a number in a link's text, in figures or in Chinese numerals (第十九次, 第8届)
_NUMERAL = re.compile(r"[0-9]+|[零〇一二三四五六七八九十百]+")
_LINK_TEXT = re.compile(rf"[^\n{_END},，;；:：、]{{4,30}}")
#: lines in a row a run of numbered links needs
MIN_NUMBERED_RUN = 5
_TOOL_WORD = r"字号|大|中|小|论坛|打印|关闭|收藏|分享|评论|纠错|推荐|复制链接|返回顶部|默认|放大|缩小|背景色"
_TOOLBAR = re.compile(rf"(?:{_SP}*[【】\[\]]*{_SP}*(?:{_TOOL_WORD}){_SP}*[【】\[\]]*)+{_SP}*")
#: glued after text only: a header opening its line is related_lists' own, with the list below it
_GLUED_RELATED_HEAD = re.compile(rf"(?<=[^\n \t\u3000])【[^【】\n]{{2,40}}】{_SP}*相关(?:文章|阅读|推荐|范文|内容|资料)[:：]?{_SP}*$",
                                 re.M)
_DATED_TITLE = re.compile(rf"{_SP}*[^\n{_END}]{{2,40}}?{_SP}*(?:\d{{4}}-)?\d{{1,2}}-\d{{1,2}}{_SP}*")
#: dated titles in a row a related list needs
MIN_DATED_RUN = 3
_SITE_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}(?:文库|网|文档|资料库|范文网)")
_LONE_WIDGET = re.compile(
    rf"{_SP}*(?:(?:新闻|站内|全站|全文|网站|信息|文章)?搜索{_SP}*[:：]?|服务(?:专线|热线){_SP}*[:：]?"
    rf"|[^\n{_END}]{{0,12}}请拨打(?:以上|上述|下方)(?:服务)?(?:专线|热线|电话)[。.!！]?"
    rf"|(?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})月{_SP}+\d{{4}}{_SP}*[|｜]?"
    rf"|[\[(（【]?{_SP}*(?:English{_SP}+(?:translation|version|text)|英文(?:版|翻译|译文|全文|译本)){_SP}*[\])）】]?"
    rf"|点(?:击)?这里给我发消息|[^\n]{{0,40}}点击{_SP}*[“\"「]?阅读原文[”\"」]?[^\n]{{0,30}}"      # round 239k
    rf"|活动描述|(?:文字|图片|视频)(?:内容|直播){_SP}*[:：]?"                                      # round 240k
    rf"|[—－-]{{1,2}}(?:{_SP}+[—－-]{{1,2}})+){_SP}*", re.I)
#: round 239k: a document site's tag row, three to eight short words parted by commas, one of them a speech's genre
_TAG_ROW = re.compile(rf"{_SP}*(?:[\u4e00-\u9fff]{{1,6}}[,，、]){{2,7}}[\u4e00-\u9fff]{{1,6}}{_SP}*")
_GENRE_TAG = re.compile(rf"(?:^|[,，、\s])(?:{GENRE}稿?|范文|主持词|心得体会)(?=[,，、\s]|$)")
_LABEL_RUN = re.compile(rf"^{_SP}*(?:[\u4e00-\u9fffA-Za-z]{{1,6}}\d{{1,5}}{_SP}+){{7,}}[\u4e00-\u9fffA-Za-z]{{1,6}}\d{{0,5}}{_SP}*$",
                        re.M)
_MENU_WORD = re.compile(r"(?:导航|关注|报名|咨询|首页|登录|注册|频道|专题|客服|留言|投稿|搜索|会员|订阅)[ \t\u3000]*$")
_SITE_SELF = re.compile(rf"^{_SP}*[^\n。！？!?]{{2,30}}(?:网|平台|门户|网站)。?{_SP}*$")
_ANCHOR = re.compile(rf"{_SP}*:::{_SP}*")


def head_menu_spans(view: str, *, max_chars: int = 12) -> list[tuple[int, int]]:
    """The short menu lines and the site's own line above the page's first breadcrumb (see the module docstring).

    Examples
    --------
    >>> v = "某某,职校招生与学历提升信息网。\\n分站导航\\n在线咨询\\n某某学校毕业典礼致辞\\n当前位置:\\n同学们:"
    >>> [v[s:e] for s, e in head_menu_spans(v)]
    ['某某,职校招生与学历提升信息网。', '分站导航', '在线咨询']
    """
    menu, site = [], []
    for s, e, line in iter_lines(view[:3000]):
        if NAV.match(line):         # the breadcrumb (当前位置: …, 首页 > 某某 > …): the head ends here
            # a menu has items; one line ending in a menu word may be a slogan (关注青少年成长 …)
            return sorted(menu + site) if len(menu) >= 2 else []
        if len(line.strip()) <= max_chars and _MENU_WORD.search(line) and not re.search(r"[。！？!?,，:：]", line):
            menu.append((s, e))
        elif _SITE_SELF.match(line):
            site.append((s, e))
    return []


def anchored_name_spans(view: str) -> list[tuple[int, int]]:
    """A short name alone between two ::: skip anchors among the page's first lines.

    Examples
    --------
    >>> page = "按Enter到主内容区\\n:::\\n\\n财团法人某某基金会\\n\\n:::\\n董事长致词"
    >>> [page[s:e] for s, e in anchored_name_spans(page)]
    ['财团法人某某基金会']
    """
    head = list(first_lines(view, 8))
    return [(s, e) for (_, _, above), (s, e, line), (_, _, below) in zip(head, head[1:], head[2:])
            if _ANCHOR.fullmatch(above) and _ANCHOR.fullmatch(below) and re.fullmatch(r"[\u4e00-\u9fff]{2,20}", line.strip())]


def titled_stamp_spans(view: str) -> list[tuple[int, int]]:
    """Lines below the first that are a site's name glued before the page's first line (its title, six characters or more).

    Examples
    --------
    >>> page = "2024年学校运动会开幕词\\n同学们:运动会开幕了。\\n某某文库2024年学校运动会开幕词"
    >>> [page[s:e] for s, e in titled_stamp_spans(page)]
    ['某某文库2024年学校运动会开幕词']
    """
    lines = [(s, e, line.strip()) for s, e, line in iter_lines(view) if line.strip()]
    if not lines or len(title := lines[0][2]) < 6:
        return []
    return [(s, e) for s, e, t in lines[1:] if t.endswith(title) and _SITE_BEFORE.fullmatch(t[:-len(title)].strip())]


def dated_title_spans(view: str) -> list[tuple[int, int]]:
    """Runs of :data:`MIN_DATED_RUN` or more lines in a row, each a short title with its date glued on.

    Examples
    --------
    >>> page = "谨此祝贺!\\n新年祝辞06-14\\n祝辞的种类11-17\\n祝辞、贺辞的特点05-26\\n"
    >>> [page[s:e] for s, e in dated_title_spans(page)][0]
    '新年祝辞06-14'
    >>> dated_title_spans("要抓好落实。\\n某某县人民政府\\n2023-05-26")
    []
    """
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for s, e, line in [*iter_lines(view), (0, 0, "\0")]:
        if not line.strip():
            continue
        if _DATED_TITLE.fullmatch(line) and re.search(r"[\u4e00-\u9fff]{2}", line):
            run.append((s, e))
            continue
        if len(run) >= MIN_DATED_RUN:
            spans += run
        run = []
    return spans


def numbered_link_spans(view: str) -> list[tuple[int, int]]:
    """Runs of :data:`MIN_NUMBERED_RUN` or more short lines in a row, the same but for their numbers.

    Examples
    --------
    >>> page = "\\n".join(f"中国共产党第{n}次全国代表大会" for n in "十九 十八 十七 十六 十五".split()) + "\\n同志们:"
    >>> len(numbered_link_spans(page))
    5
    >>> numbered_link_spans("第一,提高认识\\n第二,强化措施\\n第三,狠抓落实\\n第四,加强领导\\n第五,严格考核")
    []
    """
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    shape, last = None, None
    for s, e, line in [*iter_lines(view), (0, 0, "\0")]:     # the sentinel closes the last run
        t = line.strip()
        if not t:
            continue
        this = _NUMERAL.sub("#", t) if _LINK_TEXT.fullmatch(t) and _NUMERAL.search(t) else None
        if this is not None and this == shape and t != last:
            run.append((s, e))
        else:
            if len(run) >= MIN_NUMBERED_RUN:
                spans += run
            run = [(s, e)] if this is not None else []
        shape, last = this, t
    return spans


def widget_lists(st: CleaningState) -> None:
    """Delete the families of this module, each audited under its own rule (see the module's docstring).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> st = CleaningState("对群众的留言要及时回应。\\n目前尚无回应的诉求要尽快办理,不能让群众久等。")
    >>> widget_lists(st)
    >>> st.doc.output
    '对群众的留言要及时回应。\\n目前尚无回应的诉求要尽快办理,不能让群众久等。'
    """
    _, view = st.view()
    spans = [(s, e, "comment_widget") for s, e, line in lines_holding(view, ("回应", "评论", "留言"))
             if _COMMENT.fullmatch(line)]
    spans += [(s, e, "site_interface") for s, e, line in lines_holding(view, ("登", "注", "最爱", "收藏", "首页", "印", "关闭"))
              if len(line) <= 12 and _ACCOUNT.fullmatch(line)]
    spans += [(m.start(), m.end(), "site_interface") for s, e, _ in lines_holding(view, ("#",))
              for m in _TAG_MARK.finditer(view, s, e)]
    files = [(s, e, line) for s, e, line in lines_holding(view, (".doc", ".pdf", ".ppt", ".xls", ".wps", ".txt", ".DOC", ".PDF"))
             if _DOC_FILE.fullmatch(line)]
    # links are bulleted or two or more; one file name alone is the document's own (its title, page_meta's)
    spans += [(s, e, "related_list") for s, e, line in files if len(files) >= 2 or _BULLET.match(line)]
    spans += [(s, e, "site_name") for s, e in brand_list_spans(view)]
    spans += [(s, e, "related_list") for s, e in numbered_link_spans(view)]
    spans += [(s, e, "site_name") for s, e in titled_stamp_spans(view)]
    spans += [(s, e, "site_interface") for s, e, line in lines_holding(view, ("搜索", "专线", "热线", "月", "English", "英文",
                                                                              "发消息", "阅读原文", "活动描述", "内容", "直播",
                                                                              "—", "－", "-"))
              if len(line) <= 80 and _LONE_WIDGET.fullmatch(line)]
    spans += [(s, e, "keyword_row") for s, e, line in lines_holding(view, (",", "，", "、"))
              if len(line) <= 60 and _TAG_ROW.fullmatch(line) and _GENRE_TAG.search(line.strip())]
    if ":::" in view:
        spans += [(s, e, "site_name") for s, e in anchored_name_spans(view)]
    if "-" in view:
        spans += [(s, e, "related_list") for s, e in dated_title_spans(view)]
    if "相关" in view:
        spans += [(m.start(), m.end(), "related_list") for m in _GLUED_RELATED_HEAD.finditer(view)]
    spans += [(s, e, "site_interface") for s, e, line in lines_holding(view, ("【", "】", "[", "]"))
              if len(line) <= 40 and _TOOLBAR.fullmatch(line) and len(set(re.findall(_TOOL_WORD, line)) - {"大", "中", "小"}) >= 2]
    if "篇" in view:
        spans += [(s, e, "related_list") for s, e in document_list_spans(view)]
    if "%" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _QUOTE.finditer(view)]
    if "#" in view or "[" in view or "_" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _MARKUP_LINE.finditer(view)]
        spans += [(m.start(), m.end(), "html_leftover") for m in _PAGE_BREAK.finditer(view)]
    if "更多" in view:
        spans += [(m.start(), m.end(), "related_list") for m in _MORE_LIKE.finditer(view)]
    if "[" in view or "【" in view:
        spans += [(s, e, "site_name") for s, e, line in lines_holding(view, ("[", "【")) if _SITE_IN_BRACKETS.fullmatch(line)]
    if "(" in view or "（" in view:
        spans += [(s, e, "site_url_line") for s, e, line in lines_holding(view, ("(", "（")) if _SITE_CUT_ADDRESS.fullmatch(line)]
    if "首页" in view:
        spans += [(s, e, "site_menu") for s, e, line in lines_holding(view, ("首页",)) if _SPACED_MENU.fullmatch(line)]
    spans += [(m.start(), m.end(), "site_menu") for m in _LABEL_RUN.finditer(view)]
    spans += [(s, e, "site_navigation") for s, e in head_menu_spans(view)]
    if "-" in view or "<" in view or ">" in view or "—" in view:
        spans += [(s, e, "site_navigation") for s, e in menu_drawer_spans(view)]
    if "•" in view or "·" in view or "●" in view:
        spans += [(s, e, "photo_caption") for s, e in gallery_spans(view)]
    if ".." in view or "…" in view:
        spans += [(s, e, "related_list") for s, e in cut_title_spans(view)]
    if "址" in view or "话" in view or "真" in view:
        spans += [(s, e, "contact_footer") for s, e in contact_row_spans(view)]
    st.delete_spans(spans)


#: a row of a site's contact block, its label maybe spaced out (地 址:某市某路269号, 电 话:0595-…, 传 真:…, 微 博:…)
_CONTACT_ROW = re.compile(rf"{_SP}*(?:地{_SP}*址|电{_SP}*话|传{_SP}*真|邮{_SP}*编|邮{_SP}*箱|微{_SP}*博|微{_SP}*信|联系电话|联系人|"
                          rf"E-?mail|Email){_SP}*[:：]{_SP}*[^\n。！？!?]{{1,60}}", re.I)


def contact_row_spans(view: str) -> list[tuple[int, int]]:
    """The rows of a site's contact block: two or more contact rows in a row (地 址:… / 电 话:… / 传 真:…; round 294k).

    Examples
    --------
    >>> v = "谢谢大家。\\n地 址:某省某市某路269号\\n电 话:0595-12345678\\n传 真:0595-12345679"
    >>> len(contact_row_spans(v))
    3
    >>> contact_row_spans("报名地址:学校大礼堂\\n请大家准时参加。")       # one row in a notice: no block
    []
    """
    # blank lines between the rows stay inside the block
    return [(s, e) for run in item_runs(iter_lines(view), _CONTACT_ROW.fullmatch, min_run=2) for s, e, _ in run]


#: a link's title the site cut short with two dots or more, or an ellipsis (某某宗亲会举行蔡氏总祠重光暨..)
_CUT_TITLE = re.compile(r"[^\n。！？!?]{4,34}?(?:\.{2,}|…{1,2})[ \t\u3000]*")
_SHORT_LINE = re.compile(r"[ \t\u3000]*[^\n。！？!?]{4,36}[ \t\u3000]*")


def cut_title_spans(view: str, *, min_run: int = 4, min_cut: int = 2) -> list[tuple[int, int]]:
    """The lines of a list of links: a run of ``min_run`` or more short lines without a sentence's end, ``min_cut``
    or more of them titles the site cut short (蔡氏宗亲会举行蔡氏总祠重光暨.. ; round 292k).

    Examples
    --------
    >>> v = ("谢谢大家。\\n某氏新闻\\n某市领导带队到某村调研幸..\\n某书院举办春季祭祖暨某某..\\n某大学教授一行赴某地调研纪实\\n"
    ...      "某宗亲会组织宗亲参加祭祖活..")
    >>> len(cut_title_spans(v))
    5
    >>> cut_title_spans("一是抓落实\\n二是抓整改\\n三是抓宣传……\\n四是抓考核")     # one cut line: a speech's list
    []
    """
    return [(s, e) for run in item_runs(iter_lines(view), _SHORT_LINE.fullmatch, min_run=min_run, blank_ends=True)
            if sum(bool(_CUT_TITLE.fullmatch(t)) for _, _, t in run) >= min_cut for s, e, _ in run]


#: a bulleted line: its bullet and its words
_BULLETED = re.compile(r"[ \t\u3000]*[•·●][ \t\u3000]*(?P<t>[^\n]*?)[ \t\u3000]*")
#: a picture's words written twice, its alternative text and its caption (里长大合照 里长大合照)
_TWICE = re.compile(r"(?P<a>[^\s。！？!?]{2,24})[ \t\u3000]+(?P=a)")


def gallery_spans(view: str) -> list[tuple[int, int]]:
    """The items of a picture gallery: a run of three or more bulleted short lines, two or more of them the picture's
    words written twice (its alternative text and its caption; round 289k).

    Examples
    --------
    >>> v = "各位里长:\\n  • 里长大合照 里长大合照\\n  • 表扬活动 表扬活动\\n  • 里长大合照\\n感谢大家的付出。"
    >>> [v[s:e].strip() for s, e in gallery_spans(v)]
    ['• 里长大合照 里长大合照', '• 表扬活动 表扬活动', '• 里长大合照']
    >>> gallery_spans("• 抓好落实\\n• 抓好整改\\n• 抓好宣传")      # a speech's bulleted points
    []
    """
    def item(t: str) -> bool:
        m = _BULLETED.fullmatch(t)
        return bool(m) and 0 < len(m["t"]) <= 50 and not any(c in m["t"] for c in "。！？!?")

    return [(s, e) for run in item_runs(iter_lines(view), item, min_run=3, blank_ends=True)
            if sum(bool(_TWICE.fullmatch(_BULLETED.fullmatch(t)["t"])) for _, _, t in run) >= 2 for s, e, _ in run]
