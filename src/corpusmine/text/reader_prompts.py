"""Prompts a page shows its reader, told by their words and place (session m, from held-out rounds 36-38).

* **read-on tails** (rule ``truncation_notice``): a news list's teaser cut off mid-sentence with the link to the
  rest glued to its end (…将再次迎接来自各地的继续阅读, …阅读全文, …查看全文); a line that ends a sentence
  before the word (我们要继续阅读。) is prose and stays.
* **welcome lines** (rule ``site_name``): a site greeting its visitor, alone on one of the page's first or last
  lines (欢迎访问某某市林业局!, 欢迎访问某某街道办事处!, 欢迎光临本站, 欢迎来访某某新闻网-某某门户网站, 欢迎您来到某某新闻社!); a speaker's
  welcome (欢迎各位领导莅临指导!, 欢迎来到某某大学!, 欢迎来到合作社!) names no site and stays.
* **loading notices, link notes and visitor counters** (rule ``site_interface``): Loading……, 正在加载…, 加载中, 预览加载中,请您耐心等待几秒...,
  (可按这里收看整个记者会的短片。), 点击此处下载全文, 您是第 5645100 位访客, each alone on a line; and an update
  stamp alone at the page's edge (某栏目 更新 2024年06月08日).
* **interface lines** (rule ``site_interface``): among the page's first or last lines, a line of interface words
  only (下载本页, 某某范文大全 导航, 手机网站 | 帮助中心, 微 信 题 库 搜 索) or an interface label left without its
  widget (社交网站:, 页面:).
* **widgets alone on a line** (rule ``site_interface``): a reward box (如果喜欢本篇内容,请赞赏鼓励哦!), a rating
  (4.8分), a search box's placeholder (在整个网站范围内搜索), a link's text (点击进入某某系统), a countdown
  (距离2025年高考还有:), a related list's header (文章推荐:, 推荐内容), a pager's note (这已经是最后一期了哦!), a
  reading time (7 Min Read), an advertiser's label (某某广告); markup debris (【/h/】) and a lone symbol
  (◇, also after a paragraph's last sentence), empty brackets (【 】), a summary's label alone (简介) and a font-size
  switch one word per line (字 / 小 / 大); an indent lost to '?' on two or more lines (rule ``ascii_junk``); a news genre's tag opening a line (【专访】, the sentence after it staying).
* **news section names** (rule ``site_interface``): a newspaper's or a portal's section alone on a line
  (今日导读, 本报新闻, 热点图片, - 头条新闻, 当前报章2024年01月30日, 专栏:消防新闻, 出版日期:2013年10月23日).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("欢迎访问某某市林业局!\\nLoading……\\n会议要求,要抓好森林防火工作。\\n明年全县将再次迎接来自全国与世界各地的游客继续阅读\\n今日导读")
>>> reader_prompts(st)
>>> st.doc.output
'\\n\\n会议要求,要抓好森林防火工作。\\n明年全县将再次迎接来自全国与世界各地的游客\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import item_runs, iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["interface_line", "reader_prompt_spans", "reader_prompts"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"

#: a link to the rest glued to a teaser cut mid-sentence (no sentence end before it)
#: (the ellipsis and the link's brackets with it, and a related list's header glued after: …合... [ 查看全文 ]某某范文的相关文章)
_READ_ON = re.compile(rf"(?<=[{_HAN}A-Za-z0-9”」』)）])(?:{_SP}*)(?:(?:\.{{2,}}|…+){_SP}*)?(?:[\[【]{_SP}*)?"
                      rf"(?:继续阅读|阅读全文|查看全文|展开全文|阅读更多|查看更多|全文阅读)(?:{_SP}*[\]】])?"
                      rf"(?:{_SP}*[>»›]+)?(?:{_SP}*[^\n。！？!?]{{1,40}}?的相关(?:文章|范文|阅读|推荐|内容|文档))?{_SP}*$")
#: a site greeting its visitor: 欢迎访问/光临/来访 and a site or an office, alone on a line (after 您好!, round 295k)
_WELCOME = re.compile(rf"^{_SP}*(?:(?:您好|你好)[!！,，]?{_SP}*)?(?:欢迎|热烈欢迎)(?:您)?(?:访问|光临|来访|浏览|登录|进入)(?:{_SP}*)"
                      rf"(?:本站|本网|本网站|[^\n。，,]{{1,30}}?(?:网|网站|门户|平台|官网|局|政府|委员会|办公室|中心|协会|商会|办事处|管委会|街道|法院|检察院|医院|大学|学院|学校"
                      rf"|图书馆|博物馆|研究院|研究所|公司|集团))"
                      rf"(?:{_SP}*[-—_|｜]{_SP}*[^\n。，,]{{1,30}}?(?:网|网站|门户|平台|官网))?{_SP}*[!！。.~]?{_SP}*$"
                      # 来到 only before a site (欢迎您来到某某新闻社!; 欢迎来到某某大学! is a speaker's)
                      # 加入 only before a site (欢迎加入某某观察网!; 欢迎加入志愿者协会! is a speaker's)
                      rf"|^{_SP}*欢迎(?:您|你)?加入[^\n。，,!！]{{1,20}}?(?:网|网站|平台|论坛|官网){_SP}*[!！。.~]?{_SP}*$"
                      rf"|^{_SP}*欢迎(?:您|你)?来到[^\n。，,!！]{{1,20}}?(?:网|网站|门户|平台|官网|论坛|频道|(?<!合作|旅行)(?<!公)社){_SP}*[!！。.~]?{_SP}*$")
#: a loading notice
_LOADING = re.compile(rf"^{_SP}*(?:Loading|loading|LOADING|正在(?:加载|载入|读取)|(?:页面|预览|文档)?(?:加载|载入)中)(?:{_SP}*[.。…·])*"
                      rf"(?:[,，]?{_SP}*请(?:您)?耐心等待(?:几|数|\d+)?秒?钟?(?:{_SP}*[.。…·!！])*)?"
                      rf"(?:{_SP}*[(（]?(?:立即|点击)?(?:查看|阅读)全文[)）]?)?{_SP}*$")
#: a news section's name alone (a dash or a bullet before it), an e-paper's issue line, a column's label
_SECTION = re.compile(
    rf"^{_SP}*(?:[-—•·>»]{_SP}*)?(?:今日导读|本期导读|本报新闻|本网新闻|热点图片|图片新闻|头条新闻|热点新闻|新闻速递|要闻速递|"
    rf"本网快讯|滚动新闻|最新资讯|最新消息|即时新闻|新闻中心|新闻动态|图说新闻|视频新闻){_SP}*$"
    rf"|^{_SP}*(?:当前|本期)(?:报章|版面|期次|期刊)[:：]?{_SP}*(?:\d{{4}}[-年./]\d{{1,2}}[-月./]\d{{1,2}}日?)?{_SP}*$"
    rf"|^{_SP}*(?:专栏|栏目|频道|所属栏目|所属专题|出版日期|出版时间|刊发日期|见报日期)[:：]{_SP}*[^\n。！？!?，,]{{1,16}}$")
#: a page's interface words (a line of them, parted by spaces or bars, at the page's edges is its menu)
_UI_WORDS = {"导航", "网站导航", "搜索", "网站搜索", "站内搜索", "全站搜索", "网站地图", "帮助中心", "手机网站", "手机版", "电脑版",
             "下载本页", "下载本文", "下载全文", "下载此文", "打印本页", "打印本文", "社交网站", "网志", "博客", "微博", "微信",
             "公众号", "题库", "登录", "注册", "首页", "客户端", "订阅", "投稿", "意见反馈", "联系我们", "关于我们", "无障碍",
             "生成海报", "分享海报", "长辈版", "关怀版", "长者版", "老年版", "智能问答", "智能客服",
             "繁体", "简体", "繁體", "English", "ENGLISH", "english"}
#: a site's name and its menu word (某某范文大全 导航, 某某网导航)
_NAMED_UI = re.compile(rf"^[{_HAN}A-Za-z]{{1,8}}(?:网|网站|大全|文库|之家|范文)(?:导航|搜索|首页)$")
#: interface words glued into one (网站搜索网站地图, 微信题库搜索)
_GLUED_UI = re.compile(r"(?:微信|题库|搜索|网站|手机|登录|注册|首页|导航|地图|帮助|中心|打印|下载|本页){2,6}")
#: an interface label left without its widget: 社交网站:, 页面:, 分享到:
_BARE_LABEL = re.compile(rf"^{_SP}*(?:社交网站|社交媒体|页面|分享到|分享至|分享|关注我们|扫一扫|相关链接|友情链接)[:：]{_SP}*$")
_PARTS = re.compile(r"[ \t\u3000|｜/·•]+")


def interface_line(line: str) -> bool:
    """Whether a line is made of a page's interface words only (下载本页, 范文大全 导航, 手机网站 | 帮助中心, 社交网站:).

    Examples
    --------
    >>> [interface_line(x) for x in ("下载本页", "某某范文大全 导航", "手机网站  |   帮助中心", "微 信 题 库 搜 索", "社交网站:",
    ...                               "微信题库搜索", "某某范文网导航")]
    [True, True, True, True, True, True, True]
    >>> [interface_line(x) for x in ("卫星导航", "要办好微信公众号。", "县应急指挥中心", "首页是门面", "帮助中心建设")]
    [False, False, False, False, False]
    """
    t = line.strip()
    if not t or len(t) > 40:
        return False
    if _BARE_LABEL.match(t):
        return True
    parts = [p for p in _PARTS.split(t) if p]
    if len(parts) >= 3 and all(len(p) == 1 for p in parts):
        parts = ["".join(parts)]                # a letter-spaced menu: 微 信 题 库 搜 索

    def ui(p: str) -> bool:
        return p in _UI_WORDS or bool(_GLUED_UI.fullmatch(p)) or bool(_NAMED_UI.match(p))

    return all(ui(p) for p in parts) or (len(parts) == 2 and ui(parts[1]) and len(parts[0]) <= 10
                                         and not _SENTENCE.search(parts[0]))


#: a link's note in brackets: (可按这里收看整个记者会的手语翻译短片。), 点击此处下载全文
_LINK_NOTE = re.compile(rf"^{_SP}*[(（]?{_SP}*(?:可|请)?(?:按|点击|点|单击)(?:这里|此处|此|这儿|下方链接){_SP}*[^\n]{{0,40}}?"
                        rf"(?:收看|观看|查看|下载|阅读|浏览|收听|播放)[^\n]{{0,30}}?[)）]?{_SP}*$")
#: a gallery's link: its section, its title and its count of pictures (某栏目/某某晚宴/3图, 组图(6张))
_GALLERY = re.compile(rf"^{_SP}*[^\s/。！？!?,，]{{2,10}}/[^\n/。！？!?]{{2,40}}/{_SP}*\d{{1,3}}{_SP}*[图張张]{_SP}*$"
                      rf"|^{_SP}*(?:组图|多图|图集)[(（]?{_SP}*\d{{1,3}}{_SP}*[张張]?[)）]?{_SP}*$")
#: a live report's time stamp alone on its line (【11:15】, [10:40]), and a site's notice of its cookies or its privacy
#: statement (…我们使用相关网站技术来改善使用者体验,也尊重用户的隐私权…, 了解最新隐私权声明 知道了)
_LIVE_STAMP = re.compile(rf"^{_SP}*[【\[]{_SP}*\d{{1,2}}[:：]\d{{2}}{_SP}*[】\]]{_SP}*$")
_COOKIES = re.compile(r"(?:使用|采用)(?:了)?(?:cookies?|Cookies?|相关网站技术|网站技术)[^\n。]{0,40}(?:体验|服务|阅读)|隐私权?(?:声明|政策)[^\n。]{0,6}知道了|"
                      r"^[^\n。]{0,20}(?:我们使用|本网站使用|本站使用)\s*cookies?", re.I)
#: a menu link written with its title attribute: 我的股票|某某网 我的股票 (the label, a bar, the site, the label again)
_LINK_TITLE = re.compile(rf"^{_SP}*([^\s|｜]{{1,12}}){_SP}*[|｜]{_SP}*[^\s|｜]{{1,12}}{_SP}+\1{_SP}*$")
#: a visitor counter: 您是第 5645100 位访客
_VISITOR = re.compile(rf"^{_SP}*您是(?:本站|本网)?(?:的)?第{_SP}*[\d,]+{_SP}*位(?:访客|访问者|来访者|浏览者){_SP}*[!！。]?{_SP}*$")
#: an update stamp alone at the page's edge: General 更新 2024年06月08日, 更新于 2024-06-08 10:20
_UPDATED = re.compile(rf"^{_SP}*[A-Za-z{_HAN}]{{0,10}}{_SP}*(?:更新|发布|发表|刊登|上传)(?:于|日期|时间)?{_SP}*[:：]?{_SP}*"
                      rf"\d{{4}}{_SP}*[-/.年]{_SP}*\d{{1,2}}{_SP}*[-/.月]{_SP}*\d{{1,2}}{_SP}*日?(?:{_SP}*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_SP}*$")


#: a page's own widgets alone on a line: a reward box (如果喜欢本篇内容,请赞赏鼓励哦!, 尚未有人赏赞), a rating (4.8分),
#: a search box's placeholder, a link's text (点击进入某某系统), a countdown (距离2025年高考还有:), a related list's header
_WIDGET = re.compile(
    rf"^{_SP}*(?:(?=[^\n。]{{0,32}}(?:本篇|本文|作者|赶紧|尚未|还没有|来一个|喜欢))[^\n。]{{0,16}}(?:赞赏|打赏|赏赞)[^\n。]{{0,16}}"
    rf"|\d(?:\.\d)?{_SP}*分"
    rf"|(?:在)?(?:整个)?(?:网站|本站|全站|站内)(?:范围)?内?搜索|请输入(?:搜索)?(?:关键词|关键字|内容)"
    rf"|点击进入[^\n。，,!！?？]{{2,20}}|距离?[^\n。，,]{{2,16}}还有{_SP}*[:：]?{_SP}*(?:\d+{_SP}*天)?"
    rf"|(?:文章|相关|热门|精彩|猜你)?推荐(?:内容|阅读|文章)?{_SP}*[:：]?|推荐内容|文章推荐{_SP}*[:：]?"
    # a pager's note (这已经是最后一期了哦!, 已经是第一页了), a reading time (7 Min Read), an advertiser's label (某某广告)
    rf"|(?:这|本)?(?:已经|已)是(?:第一|最后一|最新一|最早一)(?:期|页|篇|版|条)了?[哦啦呢]?"
    rf"|\d{{1,3}}{_SP}*(?:[Mm]in|MIN|[Mm]inutes?){_SP}*(?:[Rr]ead|READ)"
    rf"|[{_HAN}]{{2,8}}广告){_SP}*[!！~]?{_SP}*$")
#: markup debris and a lone symbol: 【/h/】, ◇
_DEBRIS = re.compile(rf"^{_SP}*(?:【/?[A-Za-z0-9]{{1,6}}/?】{_SP}*)+|^{_SP}*[◇◆□■○●△▲▽▼☆★※]{_SP}*$|^{_SP}*【{_SP}*】{_SP}*"
                     rf"|(?<=[。！？!?”])[◇◆□■○●△▲▽▼☆★※]{_SP}*$")
#: an image tag's attributes left as text (…this.width=screen.width-333" border=0> ?), no Chinese inside
_ATTRIBUTE_TAIL = re.compile(r"(?:(?<=\s)|^)(?:[^\s\u4e00-\u9fff][^\u4e00-\u9fff\n]{0,80}?\b(?:border|width|height|align|hspace|vspace|onload"
                             r"|onclick|style|alt|src)\s*=\s*[^\u4e00-\u9fff\n<>]{0,40}?>[ \t\u3000]*\??[ \t\u3000]*)+", re.M)
#: a picture's caption closed by its source (某某酒会贺双庆-图片来源某某日报), a picture's source alone (图片摘选至《某报》)
_PICTURE_SOURCE = re.compile(rf"^{_SP}*(?:[^\n。！？!?]{{2,30}}[-—_]{_SP}*图片来源[:：]?{_SP}*[^\n。！？!?]{{2,12}}"
                             rf"|(?:图片|照片|图文)(?:摘选|摘编|摘|选|转载|转)?(?:自|至|于|来自|来源于?)?{_SP}*《[^》\n]{{2,20}}》){_SP}*$")
#: one character of an indent lost to '?' before a paragraph's first character
_LOST_ONE = re.compile(r"^[?\ufffd](?=[\u4e00-\u9fff\d])")
#: a summary's or a content's label left alone among the page's first lines (简介, 内容简介, 寄语内容:), its text below it
_LABEL_ALONE = re.compile(rf"^{_SP}*(?:简介|内容简介|文章简介|文档简介|导读|本文导读|(?:正文|寄语|贺词|文章|新闻|全文|讲话|致辞)?内容{_SP}*[:：]){_SP}*$")
#: a font-size switch set one word per line (字 / 小 / 大, 字号 / 大 / 中 / 小)
_FONT_WORDS = frozenset({"字", "字号", "字体", "大", "中", "小", "默认", "A", "A+", "A-", "放大", "缩小"})
#: a news genre's tag opening a line: 【专访】, 【快讯】 (the tag goes, the sentence after it stays)
_GENRE_TAG = re.compile(rf"^{_SP}*[【\[〔](?:专访|快讯|独家|特写|综述|速递|聚焦|现场|视频|图文|时评|短评|观察|简讯|动态)[】\]〕]{_SP}*"
                        # a broadcaster's name opening a paragraph: 【某某新闻台】, 【Now新闻台】
                        rf"|^{_SP}*【[A-Za-z{_HAN}]{{0,8}}(?:新闻台|电视台|广播电台|之声|新闻频道|卫视)】{_SP}*")
#: a forum board's or a column's name in brackets, then a space, opening a title (a line without a clause):
#: [某某论坛] 某某到某地座谈
_BOARD_TAG = re.compile(rf"^{_SP}*[\[【][{_HAN}A-Za-z]{{2,10}}[\]】]{_SP}+(?=[^\n。！？!?；;,，:：]{{4,40}}$)")


_SENTENCE = re.compile(r"[。！？!?；;,，]")
#: how many lines at either end of the page a welcome line or a menu may stand in
_EDGE = 6


def reader_prompt_spans(view: str) -> list[tuple[int, int, str]]:
    """The ``(start, end, rule)`` spans of this module's families in a page's Simplified view.

    Examples
    --------
    >>> view = "欢迎来到某某大学!\\n新学期要有新气象。\\n我们要继续阅读。\\n专栏:消防新闻"
    >>> [view[a:b] for a, b, _ in reader_prompt_spans(view)]
    ['专栏:消防新闻']
    """
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans: list[tuple[int, int, str]] = []
    for i, (s, e, line) in enumerate(lines):
        edge = i < _EDGE or i >= len(lines) - _EDGE
        t = line.strip()
        if (_LOADING.match(line) or _SECTION.match(line) or _LINK_NOTE.match(line) or _VISITOR.match(line)
                or _GALLERY.match(line) or _LINK_TITLE.match(line) or _LIVE_STAMP.match(line)
                or (len(t) <= 160 and ("隐私" in t or "使用" in t or "采用" in t) and _COOKIES.search(line))
                or (len(t) <= 40 and _WIDGET.match(line) and not in_speech_voice(t))):
            spans.append((s, e, "site_interface"))
        elif m := _DEBRIS.search(line) or _GENRE_TAG.match(line) or _BOARD_TAG.match(line):
            spans.append((s + m.start(), s + m.end(), "site_interface"))
        elif i < _EDGE and _LABEL_ALONE.match(line):
            spans.append((s, e, "site_interface"))
        elif len(t) <= 60 and _PICTURE_SOURCE.match(line):
            spans.append((s, e, "photo_caption"))
        elif edge and len(t) <= 60 and _WELCOME.match(line) and not in_speech_voice(t):
            spans.append((s, e, "site_name"))
        elif edge and (interface_line(line) or _UPDATED.match(line)):
            spans.append((s, e, "site_interface"))
        elif len(t) >= 20 and ("阅读" in t or "全文" in t or "更多" in t):     # the link's words, before the scan
            m = _READ_ON.search(line)
            if m:
                spans.append((s + m.start(), s + m.end(), "truncation_notice"))
    if "=" in view:
        spans += [(m.start(), m.end(), "html_leftovers") for m in _ATTRIBUTE_TAIL.finditer(view) if m.end() > m.start()]
    lost = [(s, s + 1, "ascii_junk") for s, e, line in lines if _LOST_ONE.match(line)]
    if len(lost) >= 2:          # a page's indent lost to '?' line after line (?在今年…, ?1.集中…), not one question mark
        spans += lost
    spans += [(s, e, "site_interface") for run in item_runs(lines, _FONT_WORDS.__contains__, min_run=3)   # 字 / 小 / 大
              for s, e, _ in run]
    return spans


def reader_prompts(st: CleaningState) -> None:
    """Delete the families of this module (rules ``truncation_notice``, ``site_name``, ``site_interface``).

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("热烈欢迎各位领导莅临指导!\\n- 头条新闻\\n出版日期:2013年10月23日\\n同志们要抓好落实。")
    >>> reader_prompts(st)
    >>> st.doc.output
    '热烈欢迎各位领导莅临指导!\\n\\n\\n同志们要抓好落实。'
    """
    _, view = st.view()
    st.delete_spans(reader_prompt_spans(view))
