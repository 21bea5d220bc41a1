"""Portal toolbars, vertical breadcrumbs, footer labels, forum and blog furniture, credited photo captions and
other site furniture of government, party and news pages (development round 28d).

Families the other rules do not reach, each by the shape of a line (the view
is Simplified, so Traditional pages are read the same way):

* **toolbar lines** (:func:`is_toolbar_line`): a line made only of a portal's
  interface labels (今天是:, 保护视力色:, 字号: 大 中 小, 无障碍 长者模式,
  简体版 英文版 寄给朋友 政府主网页, 打印本页 关闭窗口, 扫一扫在手机打开当前页).
* **vertical breadcrumbs**: a breadcrumb whose parts a scraper put on lines
  of their own (当前位置: / 首页 / > / 某栏目 / > / 正文).
* **footer labels** (:func:`is_footer_label`): a footer's label and value alone
  on a line (运维监督:电话, 主办单位:某某, 网站标识码:…, 某某许可证(编号),
  某公网安备…号).
* **credited captions**: a photo caption closed by a photographer's or an
  agency's credit ((某某摄), (记者某某/摄影), 某社发(某某供图)), and a caption written twice on
  one line (an image's alt text and its caption) with what is left of its credit.
* **forum furniture**: on a page of a Discuz-style forum (two or more of
  立即注册, 找回密码, 快速开始, 显示全部楼层, 查看完整版本, UID:), its login bar,
  post rows and archive links.
* **blog furniture**: a WordPress entry footer (本篇发表于…将永久[炼链]结加入书签。,
  回应已关闭。) and a Blogger comment box (没有留言: / 张贴留言) with what follows
  it on the page (the sidebar's other posts).
* **keyword inserts**: a short keyword line a spam script put between the two
  halves of a sentence cut at a comma (…的东河乡, / 年菜预订 / ,因爆发…).
* **link adverts**: a short advert followed by a bare URL alone on a line.
* **credit brackets with a telephone number** ((某县政府办 某某 3213070)), and
  a title's site suffix (某标题|某某简讯, 某标题 | 某某-NewsBrand before 记者).
* **page furniture of renderings**: a flip-book page head (Page 587 - 某文件.doc),
  a page number between tildes (~727~), an empty Markdown image (![]() |), a
  column head marked ◎ above the text (◎镇长园地), a Chinese date alone at the head
  (2020年10月15日, 2022年12月19日 星期一), and an app prompt or slogan in the tail
  (打开某某融媒,参与评论; 国家重点新闻网站,9语种权威发布).

Lines are looked for in the page's first :data:`HEAD_CHARS` and last
:data:`TAIL_CHARS` characters (where sites put them); Markdown images,
tilde page numbers and keyword inserts on the whole page.  A line in the
speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`) stays.
Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("今天是:\\n保护视力色:\\n县长说,要把村庄清洁行动抓实。\\n运维监督:13300000000")
>>> portal_furniture(st)
>>> st.doc.output
'\\n\\n县长说,要把村庄清洁行动抓实。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["HEAD_CHARS", "TAIL_CHARS", "furniture_spans", "is_footer_label", "is_toolbar_line", "portal_furniture",
           "vertical_breadcrumbs"]

#: how far into a page its head reaches, and its tail from the end
HEAD_CHARS = 4000
TAIL_CHARS = 2500

_SP = r"[ \t\u3000]"
_END = "。！？!?；;"

# ---------------------------------------------------------------- toolbar lines

#: the labels of a portal's toolbars (Simplified view)
TOOLBAR_LABELS = frozenset((
    "今天是", "保护视力色", "字号", "字体", "无障碍", "长者模式", "关怀版", "适老版", "读屏", "繁体版", "简体版", "繁体",
    "简体", "英文版", "English", "ENGLISH", "打印", "打印本页", "关闭", "关闭窗口", "扫一扫在手机打开当前页",
    "扫一扫在手机打开", "分享到", "收藏本页", "网站地图", "总网页浏览量", "跑马灯", "回到顶部", "返回顶部", "回顶部",
    "回首页", "返回首页", "当前位置", "您的位置", "您现在的位置", "寄给朋友", "政府主网页", "政府新闻网", "手机版", "电脑版", "纠错", "我要纠错", "视力保护色",
))
_SIZE_WORDS = frozenset(("大", "中", "小", "默认", "A+", "A-", "A"))
_TOKEN_SPLIT = re.compile(r"[ \t\u3000|｜【】\[\]]+")


def is_toolbar_line(line: str) -> bool:
    """Whether a line is made only of a portal's interface labels (a label may end with an empty colon).

    Examples
    --------
    >>> is_toolbar_line("今天是:"), is_toolbar_line("【字体:大 中 小】【打印本页】【关闭窗口】")
    (True, True)
    >>> is_toolbar_line("简体版 英文版 寄给朋友 政府主网页"), is_toolbar_line("寄给朋友政府主网页")   # labels glued too
    (True, True)
    >>> is_toolbar_line("打印本页,关闭窗口,这些小事也要讲规矩。")   # 讲话里的打印
    False
    """
    s = line.strip()
    if not s or len(s) > 60:
        return False
    tokens = [t for t in _TOKEN_SPLIT.split(s) if t]
    sized = False
    for t in tokens:
        for part in re.split(r"[:：]", t):
            if not part:
                continue
            if part in _SIZE_WORDS:
                sized = True
            elif not _labels_only(part):
                return False
    return bool(tokens) and (not sized or "字" in s)


def _labels_only(part: str) -> bool:
    """Whether ``part`` is one toolbar label or several glued with no space (寄给朋友政府主网页, round 137k)."""
    if part in TOOLBAR_LABELS:
        return True
    ends = {0}                      # the positions a run of whole labels reaches from the part's start
    for i in range(len(part)):
        if i > max(ends):
            return False            # no label reaches this far
        if i in ends:
            ends |= {i + len(w) for w in TOOLBAR_LABELS if part.startswith(w, i)}
    return len(part) in ends


# ---------------------------------------------------------------- footer labels

_FOOTER = re.compile(
    rf"^{_SP}*(?:运维监督|运维单位|运行维护|主办单位|承办单位|协办单位|主办|承办|网站标识码|网站识别码|政府网站标识码|"
    rf"技术支持|维护单位|举报电话|违法和不良信息举报电话|备案号|网站备案号)"
    rf"{_SP}*[:：]{_SP}*[^\s{_END}][^{_END}\n]{{0,48}}$"
    rf"|^[^\s{_END}]{{2,16}}许可证(?:号)?{_SP}*[(（:：]?{_SP}*[\w\-]{{4,24}}[)）]?{_SP}*$"
    rf"|^[\u4e00-\u9fff]{{1,3}}公网安备{_SP}*\d{{8,16}}号?{_SP}*$"
)


def is_footer_label(line: str) -> bool:
    """Whether a line is a footer's label and its value (运维监督:电话, 主办单位:…, …许可证(编号)).

    Examples
    --------
    >>> is_footer_label("运维监督:13300000000"), is_footer_label("网络传播视听节目许可证(0107190)")
    (True, True)
    >>> is_footer_label("主办单位:要把活动的安全责任扛起来。")   # 句子
    False
    """
    s = line.strip()
    return len(s) <= 70 and bool(_FOOTER.match(s)) and not in_speech_voice(s)


# ---------------------------------------------------------------- captions, credits, suffixes, heads

#: a caption closed by a photographer's or an agency's credit: …(某某摄) | …。某社发(某某供图)
_CAPTION = re.compile(r"(?:(?:新华社|中新社|本报)(?:记者[\u4e00-\u9fff]{2,4})?发)?[(（][^()（）\n]{1,20}(?:摄影?|供图)[)）]\s*$")
#: a caption written twice (an image's alt text and its caption), with its credit or what is left of it
_DOUBLED_CAPTION = re.compile(r"^([^。！!？?\n]{8,80}[。！!])\1(?:[(（][^()（）\n]{0,20}[)）]?)?\s*$")
#: a credit bracket with a telephone number: (某县政府办 某某 3213070)
_PHONE_CREDIT = re.compile(rf"[(（][\u4e00-\u9fff]{{2,12}}{_SP}+[\u4e00-\u9fff]{{2,4}}{_SP}+\d{{7,11}}[)）]{_SP}*$")
#: a title's site suffix: 某标题|某某简讯 (at the line's end) or | 某某-NewsBrand before a reporter credit
_TITLE_SUFFIX = re.compile(rf"{_SP}*[|｜]{_SP}*[^\s|｜{_END},，]{{2,16}}{_SP}*$")
_GLUED_SUFFIX = re.compile(rf"{_SP}*[|｜]{_SP}*[^\s|｜{_END},，]{{2,24}}-[A-Za-z]{{3,}}(?={_SP}|$)")
#: a site's name and its Latin brand alone on a line: 某某新闻-SomeNews
_BRAND_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[-–][A-Za-z]{3,20}$")
#: a column head marked ◎ above the text
_COLUMN_HEAD = re.compile(r"^[ \t\u3000]*[◎●■◆][ \t\u3000]*[\u4e00-\u9fff]{2,8}[ \t\u3000]*$")
#: a Chinese date alone: 2020年10月15日, 2022年12月19日 星期一
_CN_DATE = re.compile(rf"^{_SP}*(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日(?:{_SP}*星期[一二三四五六日天])?{_SP}*$")
#: an app prompt or a site's slogan in the tail
_APP_PROMPT = re.compile(
    r"^(?:打开|下载)[^\s。,，]{2,12}(?:客户端|APP|App)?[,，]?\s*(?:参与评论|查看更多|阅读全文|看更多精彩)$"
    r"|^[^。\n]{0,12}(?:重点新闻网站|权威发布)[^。\n]{0,12}$"
)
#: a link advert: a short text and a bare URL
_LINK_AD = re.compile(rf"^{_SP}*[^\s{_END}]{{2,24}}{_SP}*https?://[\x21-\x7e]+{_SP}*$")   # (the address ASCII: round 139k)
#: a flip-book page head: Page 587 - 某文件.doc
_FLIP_HEAD = re.compile(r"^\s*Page \d{1,5} - [^\n]{1,80}\.(?:docx?|pdf|wps)\s*$", re.I)

# ---------------------------------------------------------------- forum and blog furniture

_FORUM_MARKERS = ("立即注册", "找回密码", "快速开始", "显示全部楼层", "查看完整版本", "UID:", "阅读模式")
_FORUM_LINE = re.compile(
    r"^(?:QQ登录|微信登录|找回密码|立即注册|只需一步,快速开始|搜索|热搜:.{0,40}|查看:\s*\d+\s*[|｜]\s*回复:\s*\d+|"
    r"升级\s+-?\d+%|\[复制链接\]|发表于\s.{0,60}|马上注册.{0,30}|您需要\s*登录\s*才可以.{0,40}|登录/注册后可看大图|"
    r"UID:\s*\d+|×|查看完整版本:.{0,60}|只看该作者|电梯直达)$"
)
_BLOG_LINE = re.compile(
    r"^(?:本篇发表于.{0,80}将永久[炼链]结加入书签。|此条目发表在.{0,80}将固定链接加入收藏夹。|回应已关闭。|评论已关闭。|"
    r"总网页浏览量|较新的文章|较旧的文章|订阅:\s*张贴留言\s*\(Atom\))$"
)
#: a Blogger comment box: 没有留言: / 3 则留言: ... 张贴留言
_COMMENTS_HEAD = re.compile(r"^(?:没有留言|\d+\s*则留言)[:：]?$")


def _window_lines(view: str) -> list[tuple[int, int, str, bool, bool]]:
    """The whole lines starting in the page's head or tail window, with whether each is in the head, in the tail."""
    n = len(view)
    windows = [(0, n)] if n <= HEAD_CHARS + TAIL_CHARS else [(0, HEAD_CHARS), (n - TAIL_CHARS, n)]
    out = []
    for a, b in windows:
        if a:
            a = view.find("\n", a) + 1 or b
        while a < b:
            e = view.find("\n", a)
            e = n if e < 0 else e
            out.append((a, e, view[a:e], a < HEAD_CHARS, a >= n - TAIL_CHARS))
            a = e + 1
    return out


#: a breadcrumb's separator alone on its line
_CRUMB_SEP = re.compile(r"\s*(?:>|»|>>|›|[|｜])\s*")
#: a location label alone on its line (当前位置:, 您现在的位置:, 你的位置:), also as a list's first item (1. 您所在的位置:)
_LOCATION = re.compile(r"\s*(?:\d{1,2}[.．、]\s*)?(?:你|您)?(?:的|现在的|当前的|目前的)?(?:当前)?"
                       r"(?:位置|所在的?位置|访问位置)\s*[:：]?\s*")
#: a breadcrumb's item set on a line of its own behind a bullet or an arrow (• 范文大全, • >某某范文)
_BULLET_CRUMB = re.compile(r"\s*(?:[•·▪●◆■>»›]|&gt;)\s*(?:[>»›]\s*)?[^\n。！？!?]{1,40}")


def _vertical_breadcrumbs(lines: list[tuple[int, int, str, bool, bool]]) -> list[tuple[int, int]]:
    """Runs of short labels alternating with a '>' (or a bar) alone (two or more of them, one may close the run),
    with a 当前位置: line above; and a location label (当前位置:, 你的位置:) with the bulleted or arrowed items under
    it (• 范文大全 / • >某某范文), or alone."""
    spans, i, n = [], 0, len(lines)
    while i < n:
        j, arrows = i, 0
        while j + 2 < n and _CRUMB_SEP.fullmatch(lines[j + 1][2]) and len(lines[j][2].strip()) <= 12 \
                and len(lines[j + 2][2].strip()) <= 12 and not any(c in lines[j + 2][2] for c in _END + ",，"):
            j += 2
            arrows += 1
        if arrows and j + 1 < n and _CRUMB_SEP.fullmatch(lines[j + 1][2]) and len(lines[j][2].strip()) <= 12 \
                and not any(c in lines[j][2] for c in _END + ",，"):
            j += 1              # 地方 / | / 社团校园 / |: the separator after the last label
            arrows += 1
        if arrows >= 2:
            k = i - 1 if i and _LOCATION.fullmatch(lines[i - 1][2]) else i
            spans.append((lines[k][0], lines[j][1]))
            i = j + 1
            continue
        i += 1
    for i, (start, _, line, _, _) in enumerate(lines):
        if _LOCATION.fullmatch(line) and not any(a <= start < b for a, b in spans):
            j = i
            while j + 1 < n and _BULLET_CRUMB.fullmatch(lines[j + 1][2]):
                j += 1
            if j > i or ":" in line or "：" in line:
                spans.append((start, lines[j][1]))
    return sorted(spans)


def _keyword_inserts(view: str) -> list[tuple[int, int]]:
    """Short keyword lines between a line ending in a comma and a line starting with one."""
    spans = []
    for m in re.finditer(r"(?m)^[ \t\u3000]*[,，]", view):
        k = m.start() - 1
        while k > 0 and view[k - 1] == "\n":       # skip blank lines above
            k -= 1
        s = view.rfind("\n", 0, k) + 1
        word = view[s:k].strip()
        if not 2 <= len(word) <= 10 or re.search(r"[\s,，。、:：!！?？;；]", word):
            continue
        b = s
        while b > 0 and view[b - 1] in " \t\u3000\n":   # the text above, blank lines skipped (no copy of the prefix)
            b -= 1
        if b > 0 and view[b - 1] in ",，":
            spans.append((s, k))
    return spans


#: the same furniture inside a line joined from several (a flattened page)
_GLUED_BLOG = re.compile(r"本篇发表于[^\n]{0,80}?将永久[炼链]结加入书签。|此条目发表在[^\n]{0,80}?将固定链接加入收藏夹。|回应已关闭。|评论已关闭。")
_GLUED_INSERT = re.compile(r"(?<=[,，])[ \t\u3000]+[^\s,，。、:：!！?？;；]{2,10}[ \t\u3000]+(?=[,，])")


def _glued_spans(view: str, forum: bool) -> list[tuple[int, int, str]]:
    """Blog footers, a Blogger comment box, forum UIDs and keyword inserts inside joined lines of the tail."""
    a = max(0, len(view) - TAIL_CHARS)
    spans = [(m.start(), m.end(), "widget") for m in _GLUED_BLOG.finditer(view, a)]
    m = re.compile(r"(?:没有留言|\d+\s*则留言)[:：]?\s*张贴留言").search(view, a)
    if m:
        spans.append((m.start(), len(view), "related_list"))
    if forum:
        spans += [(m.start(), m.end(), "login") for m in re.finditer(r"UID:\s*\d+", view)]
    inserts = [(m.start(), m.end(), "spam") for m in _GLUED_INSERT.finditer(view)]
    if len(inserts) < 2 or _spaced_commas(view, len(inserts)):
        return spans
    return spans + inserts


def _spaced_commas(view: str, inserts: int) -> bool:
    """Whether a page sets its commas with spaces around them (近年以来 , 两岸交往日益频繁 , 统一的事业 , …), so that a
    clause between two of them is its text, not an insert: more spaced commas than the inserts account for (two
    each), over a fifth of its commas (regression: held-out round 53 lost clauses of a Macau speech)."""
    commas = view.count(",") + view.count("，")
    spaced = len(re.findall(r"[ \t\u3000][,，]|[,，][ \t\u3000]", view))
    # short clauses between spaced commas share their commas (火是人类的朋友 , 它给我们带来光明 ,); such a page spaces its
    # full stops too (走向文明 。), or nearly all its commas (round 166k lost two sentences)
    if len(re.findall(r"[ \t\u3000][。！？!?]", view)) >= 2 or (commas >= 6 and spaced * 5 >= commas * 4):
        return True
    return spaced - 2 * inserts > max(2, commas // 5)


def furniture_spans(view: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, rule)`` of this module's families in a page's Simplified view.

    Examples
    --------
    >>> v = "今天是:\\n同志们:\\n要把人居环境整治抓实。\\n主办单位:某县人民政府"
    >>> [v[a:b] for a, b, _ in furniture_spans(v)]
    ['今天是:', '主办单位:某县人民政府']
    """
    spans: list[tuple[int, int, str]] = []
    lines = _window_lines(view)
    crumbs = _vertical_breadcrumbs([x for x in lines if x[2].strip()])
    forum = sum(view.count(m, 0, HEAD_CHARS) + view.count(m, max(0, len(view) - TAIL_CHARS)) for m in _FORUM_MARKERS) >= 2
    prose_seen = False
    for idx, (s, e, line, head, tail) in enumerate(lines):
        t = line.strip()
        if not t or any(a <= s < b for a, b in crumbs):
            continue
        if is_toolbar_line(t):
            spans.append((s, e, "widget"))
        elif forum and _FORUM_LINE.match(t):
            spans.append((s, e, "login"))
        elif _BLOG_LINE.match(t):
            spans.append((s, e, "widget"))
        elif _COMMENTS_HEAD.match(t) and tail and "张贴留言" in view[e:e + 40]:
            spans.append((s, len(view), "related_list"))     # the comment box and the sidebar after it
        elif is_footer_label(t) and tail:
            spans.append((s, e, "copyright_footer"))
        elif _FLIP_HEAD.match(t) or _LINK_AD.match(t):
            spans.append((s, e, "widget"))
        elif tail and _APP_PROMPT.match(t) and not in_speech_voice(t):
            spans.append((s, e, "widget"))
        elif _DOUBLED_CAPTION.match(t) and not in_speech_voice(t[:len(t) // 2]):
            spans.append((s, e, "photo_caption"))
        elif len(t) <= 200 and _CAPTION.search(t) and sum(t.count(c) for c in "。！？") <= 2 and not in_speech_voice(t):
            spans.append((s, e, "photo_caption"))
        elif head and idx < 12 and _BRAND_LINE.match(t):
            spans.append((s, e, "site_name"))
        elif head and not prose_seen and (_COLUMN_HEAD.match(t) or (_CN_DATE.match(t) and idx < 4)):
            spans.append((s, e, "column_head"))
        else:
            if m := _PHONE_CREDIT.search(line):
                spans.append((s + m.start(), s + m.end(), "byline"))
            if head and idx < 12 and not any(c in line for c in _END) and (m := _TITLE_SUFFIX.search(line)) \
                    and m.start() >= 8:
                spans.append((s + m.start(), s + m.end(), "site_name"))
            if head and (m := _GLUED_SUFFIX.search(line)):
                spans.append((s + m.start(), s + m.end(), "site_name"))
        if head and ("，" in t or "," in t or "。" in t) and len(t) >= 10:
            prose_seen = True
    spans += _glued_spans(view, forum)
    if ":" in view or "：" in view:
        spans += [(a, b, "login") for a, b in member_card(view)]
    spans += [(s, e, "navigation") for s, e, line, _h, _t in lines if forum_menu(line)]
    # on the whole page: empty Markdown images, page numbers between tildes, keyword inserts
    if "![" in view:
        spans += [(m.start(), m.end(), "html_leftover")
                  for m in re.finditer(r"(?:!\[[^\]\n]{0,60}\]\([^)\n]{0,300}\)[ \t|｜]*)+", view)]
    if "~" in view:
        spans += [(m.start(), m.end(), "pdf_footer")
                  for m in re.finditer(r"(?m)[ \t]*~[ \t]?\d{1,4}[ \t]?~[ \t]*$", view)]
    if "\n," in view or "\n，" in view:
        spans += [(a, b, "spam") for a, b in _keyword_inserts(view)]
    return spans


#: a row of a forum poster's card: a stat's label, its colon and a short value (威望: 46 点, 注册时间: 2011-09-01)
_CARD_ROW = re.compile(r"^[ \t\u3000]*(?:级别|UID|精华|发帖|帖子|财富|威望|贡献值?|会员币|好评度|在线时间|注册时间|最后登录|积分|金钱"
                       r"|阅读权限|听众|收听|性别|来自|用户组|经验|人气|金币|铜币|银币)[ \t\u3000]*[:：][ \t\u3000]*[^\n。！？]{1,24}$")
#: the poster's name and presence above the card (某某离线, 某某在线)
_PRESENCE = re.compile(r"^[ \t\u3000]*\S{1,16}?(?:离线|在线)[ \t\u3000]*$")


#: a forum's menu items (统计排行, 每日签到, 会员列表 …)
_MENU_ITEM = re.compile(r"统计排行|幸运大转盘|每日签到|社区服务|会员列表|最新帖子|精华区|今日发帖|我的主题|我的帖子|我的收藏|勋章中心|道具中心"
                        r"|任务中心|排行榜|搜索帖子|论坛首页|会员中心|帮助中心|版块导航|设为首页|加入收藏|最新回复|热门帖子|博客|帮助|社区|门户|家园")


def forum_menu(line: str) -> bool:
    """Whether a line is a forum's menu glued into one run: three items or more, no mark, items most of it (252k).

    Examples
    --------
    >>> forum_menu("统计排行幸运大转盘每日签到社区服务会员列表最新帖子精华区博客帮助"), forum_menu("社区服务要到位,帮助困难群众。")
    (True, False)
    """
    t = re.sub(r"[ \t\u3000|｜]", "", line)
    if not t or len(t) > 80 or re.search(r"[。！？!?,，;；:：]", t):
        return False
    items = _MENU_ITEM.findall(t)
    return len(set(items)) >= 3 and sum(map(len, items)) >= 0.6 * len(t)


def member_card(view: str, *, min_rows: int = 3) -> list[tuple[int, int]]:
    """A forum poster's card beside the post: ``min_rows`` or more stat rows in a row (blank lines between allowed), with
    the poster's presence line above them (round 252k).

    Examples
    --------
    >>> page = "某某离线\\n级别: 管理员\\n\\nUID: 20208\\n精华: 47\\n发帖: 29866\\n威望: 46 点\\n同学们:要珍惜时光。"
    >>> [page[a:b] for a, b in member_card(page)]
    ['某某离线', '级别: 管理员', 'UID: 20208', '精华: 47', '发帖: 29866', '威望: 46 点']
    >>> member_card("会议要求:\\n积分: 按月考核\\n要抓好落实。")
    []
    """
    rows = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and _CARD_ROW.match(rows[j][2]):
            j += 1
        if j - i >= min_rows:
            first = i - 1 if i and _PRESENCE.match(rows[i - 1][2]) else i
            spans += [(s, e) for s, e, _ in rows[first:j]]
        i = max(j, i + 1)
    return spans


def portal_furniture(st: CleaningState) -> None:
    """Delete the families of this module (rules ``widget``, ``breadcrumb``, ``login``, ``copyright_footer``,
    ``photo_caption``, ``column_head``, ``byline``, ``site_name``, ``related_list``, ``html_leftover``,
    ``pdf_footer``, ``spam``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("◎镇长园地\\n今年要把村里的路修好,让乡亲们走得放心。\\n回应已关闭。")
    >>> portal_furniture(st)
    >>> st.doc.output
    '\\n今年要把村里的路修好,让乡亲们走得放心。\\n'
    """
    _, view = st.view()
    st.delete_spans(furniture_spans(view))


def vertical_breadcrumbs(st: CleaningState) -> None:
    """Delete breadcrumbs whose parts stand on lines of their own (rule ``breadcrumb``).

    It runs before the navigation rules, which would take the '>' lines and leave the labels between them.

    Examples
    --------
    >>> st = CleaningState("当前位置:\\n首页\\n>\\n乡镇动态\\n>\\n正文\\n要把村庄清洁行动抓实。")
    >>> vertical_breadcrumbs(st)
    >>> st.doc.output
    '\\n要把村庄清洁行动抓实。'
    >>> st = CleaningState("你的位置:\\n• 范文大全\\n• >讲话稿\\n同志们:\\n要把村庄清洁行动抓实。")
    >>> vertical_breadcrumbs(st)
    >>> st.doc.output
    '\\n同志们:\\n要把村庄清洁行动抓实。'
    """
    _, view = st.view()
    lines = [x for x in _window_lines(view) if x[2].strip()]
    st.doc.delete_many(_vertical_breadcrumbs(lines), "breadcrumb")
