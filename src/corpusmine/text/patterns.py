"""The regular expressions of the cleaner: character classes, site chrome, speech structure, placeholders.

Every pattern is matched on the *Simplified view* of a page (see
:func:`corpusmine.text.script.simplified_view`), so one pattern serves
Simplified and Traditional pages.  Each describes a family of noise by its
form, never a particular site's string.

Examples
--------
>>> bool(SALUTATION.match("各位领导、同志们:"))
True
>>> bool(TITLE_LIKE.search("在全县人居环境整治推进会上的讲话"))
True
"""

from __future__ import annotations

import re

from corpusmine.text.anchors import ANCHORED, back_over, bracket_then_back, line_window, register
from corpusmine.text.guards import first_char_guard

# ---------------------------------------------------------------------------
# Character classes
# ---------------------------------------------------------------------------
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef“”‘’…—·"
SPACE = " \t\u3000\u00a0"
SENT_END = "。！？!?；;"
#: What is removed at either end of a line and makes a line blank: every character Python's ``str.strip()`` removes
#: (all Unicode white space and separators: Zs, Zl, Zp, \t \v \f \r \x1c-\x1f \x85 ...) plus the zero-width space and
#: the byte-order mark.  Stripping exactly this set makes the cleaned text a fixed point of paragraph splitting, so
#: nothing is lost without an audit row.
LINE_EDGE = "".join(sorted({chr(c) for c in range(0x3001) if chr(c).isspace()} - {"\n"})) + "\u200b\ufeff"

RE_CJK = re.compile(f"[{CJK}]")

# ---------------------------------------------------------------------------
# Patterns (all matched on the Simplified view)
#
# Patterns searched over a whole page that would open with a lookbehind open with
# the character they match instead, the lookbehind checked after it ([xX](?<=[…][xX])):
# the same matches, and re scans for that character in C.  Others open with a lookahead
# on their first character ((?=[(（【…]) ...): most positions are rejected by one test.
# Line patterns that are unanchored alternations do the same with (?:^|(?=[first characters])).
# ---------------------------------------------------------------------------
SALUTATION = re.compile(
    r"(?:各位领导[、,，]\s*|尊敬的[^\n,，:：]{1,30}[,，、]\s*)?"
    r"(?:同志们(?:[、,，]\s*朋友们)?|各位老师|各位代表|各位委员|各位同事|各位同仁)"
    r"\s*[:：,，!！。]"
)
#: A line is a salutation line when it starts with (or, glued to a title, contains) one.
SALUTATION_LINE = re.compile(r"^\s*(?P<pre>.{0,80}?)\s*(?P<sal>" + SALUTATION.pattern + ")")

TITLE_LIKE = re.compile(
    r"(讲话|讲话稿|讲话文稿|讲话材料|发言|发言稿|致辞|报告|动员会|推进会|会议)(稿|文稿|提纲)?"
    r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*$"
)

PART_HEADING = [
    re.compile(r"^\s*(?P<title>.{2,80}?)\s*篇\s*(?P<n>[0-9一二三四五六七八九十]+)\s*$"),
    re.compile(r"^\s*[【『\[]?\s*(?:篇|第(?=\s*[0-9一二三四五六七八九十]+\s*篇))\s*(?P<n>[0-9一二三四五六七八九十]+)(?:\s*篇)?\s*[】』\]]?\s*[:：]?\s*(?P<title>[^。！？!?\n]{0,80}[！？!?]?)$"),   # a sentence after it is a speech
    re.compile(r"^\s*[【『\[]?\s*范文\s*(?P<n>[0-9一二三四五六七八九十]+)\s*[】』\]]?\s*[:：]?\s*(?P<title>[^。！？!?\n]{0,80}[！？!?]?)$"),
]

#: A "where you are" line, or two breadcrumb separators between words (首页 > 范文 > 讲话).  The second
#: branch is the minimal form of ``(\S+\s*[>›»]\s*){2,}\S+``, which matches the same lines but
#: backtracked over every long line without a separator (quadratic in the line length).
NAV = re.compile(r"^\s*(当前位置|您的位置|您现在的位置|现在位置|位置|(?:您|你)?(?:当前|现在)?所在(?:的)?位置|您的当前位置)\s*[:：]|\S\s*[>›»]\s*\S+\s*[>›»]\s*\S")
NAV_ITEMS = re.compile(r"^\s*(?:\S{2,8}\s+){3,}\S{2,8}\s*$")
NAV_WORDS = re.compile(r"首页|范文|范例|栏目|频道|主页|导航|专题")
SHORT_NAV = re.compile(r"^\s*(首页|网站首页|返回首页|返回顶部|返回列表|MORE|更多|上一页|下一页|打印本页|收藏本页)\s*$", re.I)

#: The label vocabularies of a page's metadata rows, one for every rule that reads such a row (the row
#: rules here, ``county_chrome``'s token runs, ``page_widgets``' glued runs, ``doc_chrome``'s and
#: ``news_body``'s counters): a counter label (浏览次数, 阅读量, 点击数, 访问量, 下载次数, 播放量 …) …
COUNTER_LABEL = r"(?:浏览|阅读|点击|查看|访问|下载|播放|观看|点阅)(?:次数|量|数|人次)"
#: … a counter label or a counter word standing alone (浏览, 阅读, 点击, 人气, 热度) …
COUNTER_WORD = rf"(?:{COUNTER_LABEL}|浏览|阅读|点击|人气|热度)"
#: … a time label (发布时间, 发表日期, 更新时间, 录入时间, 编稿时间, 发布于, 时间, 日期) …
TIME_LABEL = r"(?:(?:内容|文章|信息|最后|最近)?(?:发布|发表|更新|上传|添加|录入|发稿|编稿|稿件|发文){1,2}(?:时间|日期)|发布于|最后更新|更新于|时间|日期)"
#: … and a source label (来源, 信息来源, 稿件来源, 文章来源, 消息来源, 新闻来源, 图片来源, 资料来源)
SOURCE_LABEL = r"(?:(?:信息|稿件|文章|消息|新闻|图片|视频|内容|资料)?来源)"
META_FIELD = (rf"(?:{TIME_LABEL}|{SOURCE_LABEL}|{COUNTER_WORD}|版次|版面|审核|终审|初审|校对|监制|导读|摘要|内容摘要|观看|出处"
              r"|作者|文章作者|编辑|责任编辑|责编|编审|值班编辑|发布人|发布者|录入者|栏目|所属栏目|属于|分类|字数|页数|价格|大小|格式|标签|标题|网址)")
META = re.compile(r"^\s*(?:[-•·]\s*)?" + META_FIELD + r"\s*[:：丨｜|]")   # 来源丨某某报, 标题 |
META_MULTI = re.compile(META_FIELD + r"\s*[:：]")
TITLE_FIELD = re.compile(r"^\s*标题\s*[:：]\s*(?P<title>.+?)\s*(\[打印本页\]|【打印本页】)?\s*$")

BLURB = re.compile(
    r"小编|供大家参考|仅供参考|以供参考|欢迎阅读|欢迎借鉴|希望对(大家|您)有所帮助|欢迎下载|(?:网|本站)提醒(?:您|你|大家)[,，:：]|^[^\n。！？]{0,12}(?:[A-Za-z]{2,}|网|本站)告诉(?:您|你)\s*[:：]\s*$|完整内容请点击|^\s*(?:精品|热门|好看的?)小说推荐\s*[:：]|"
    r"(?:本|当前|该)(?:篇)?(?:文章|文档|文)?由[^。\n]{0,12}?(?:用户|会员|网友)(?:上传|分享|投稿)|更多(?:相关|精彩)?(?:范文|文章)[^。\n]{0,6}?请?(?:点击|访问|查看)|更多[^。\n]{0,8}?请点击这里|请(?:您)?下载后查看|内容显示的完整度|以下是[^。]{0,30}(范文|讲话稿|材料)|"
    r"精心整理|整理了[^。]{0,20}(范文|讲话稿)|欢迎参阅|具体内容(?:介绍)?请看全文|特(?:意|地)为(?:大家|您)(?:带来|整理|准备|收集|搜集|精选)[^。\n]{0,30}?(?:范文|稿|材料|文章|资料)"
)
#: The blurb words a speaker also says (这里讲几点意见,供大家参考。): a line in the speaker's voice holding only these stays.
BLURB_WEAK = re.compile(r"供大家参考|仅供参考|以供参考|希望对(?:大家|您)有所帮助")
RECOMMEND = re.compile(
    r"^\s*(?:[-•·]\s*)?[【\[]?\s*(?:更多)?(推荐访问|相关推荐|推荐阅读|相关阅读|相关文章|关联|猜你喜欢|推荐特供|热门文章|热门推荐|延伸阅读|上一篇|下一篇|相关范文|相关文档|"
    r"相关专题|精彩推荐|热门阅读|最新文章|最新更新|相关内容|相关新闻|相关报道|相关链接|\S{0,4}新闻精选|推荐信息|热点信息|热门信息|新闻推荐|频道推荐|热点新闻|新闻排行|24小时新闻排行|点击排行|阅读排行|大家都在看|你可能还喜欢|看了本文的还看了|编辑推荐|热点推荐|同类文章|(?:阅读|看过|浏览)(?:了)?本文的人还(?:阅读|看|浏览)(?:了|过)?)\s*[】\]]?\s*(?:[:：]|(?:更多)?\s*[>»]+|[|｜][\s|｜]*$|$)"
)
#: Footer lines.  Words that also occur in real speeches and reports (侵权, 授权,
#: 投诉, 免责) count only in their site-footer phrasing (如有侵权, 禁止转载,
#: 向本站投诉), so that "对侵权行为要依法惩处" stays.
FOOTER = re.compile(
    r"(?:^|(?=[版c©ai备公p禁不建联客本如侵o]))(?:"
    r"版权所有|版权归|copyright|©(?=[ \t\u3000]*(?:[(（]?\d{4}|[A-Za-z\u4e00-\u9fff]|$))|all rights reserved|icp备|icp证|备案号|公网安备|powered by|"
    r"^\s*欢迎光临(?:本站|本网|我站|(?![^\n]*[,，][^\n]*[。！？!?]\s*$))|禁止复制|禁止转载|不得转载|建立镜像|联系客服|客服热线|本站|"
    r"如有侵权|侵权必究|侵权请|侵权删除|^\s*免责声明|"
    # a content platform's hosting notice under a user's post (…为自媒体平台“某某号”用户上传并发布,本平台仅提供信息存储服务。)
    r"本平台仅提供信息(?:存储|发布)|only provides? information storage)",
    re.I,
)
PAYWALL_LINE = re.compile(
    r"(?:^|(?=[资文剩查需下立付]))(?:"
    r"资源预览|文档简介|剩余\s*\d+\s*页未读|剩\s*\d*\s*页未读|查看更多内容|需下载|文档下载|下载文档|立即下载|(?<![支交应预垫缴偿])付费|"
    r"^\s*下载资源\s*$|"   # a document site's button and its count-less notice (下载资源 / 还剩页未读,继续阅读; round 208k)
    r"^\s*版权提示\s*$|^\s*[•·]?\s*温馨提示\s*[:：]?\s*$|^\s*[•·]\s*\d+\s*[.、]|"
    r"^\s*\d+\s*/\s*\d+\s*$|^\s*(第\s*\d+\s*页|[-—]\s*\d+\s*[-—])\s*$)"
)
PDF_FOOTER = re.compile(r"第\s*\d+\s*页\s*[,，/、]?\s*共\s*\d+\s*页")
PAYWALL_MARK = re.compile(
    r"(?=[(（【\[.…此以后剩已隐省])(?:[(（【\[]\s*)?(?:[.…]{2,}\s*)?(?:此处|以下|后面|剩余)?已?(?:隐藏|省略)了?\s*\d+\s*个?字"
    r"(?:[。,，]?\s*(?:(?:VIP)?会员(?:可见|可查看|可完整阅读|可阅读)|(?:下载(?:文档|全文)?|付费|登录|购买|开通会员)后?\s*(?:可见|可查看|可阅读|查看|阅读)(?:全文)?))?"
    r"(?:\s*[-—]{2,})?(?:\s*[.…]{2,})?(?:\s*[)）】\]])?"
)
PINYIN_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: One pinyin syllable, toned or not (an initial, one to three vowels, a final): the body of a gloss.
PINYIN_SYLLABLE = rf"[bpmfdtnlgkhjqxzcsryw]?h?[aeiouüv{PINYIN_VOWEL}]{{1,3}}(?:ng|n|r)?"
PINYIN = re.compile(
    rf"[(（](?<=[{CJK}][(（])(?=[a-zü{PINYIN_VOWEL}]*[{PINYIN_VOWEL}1-5]){PINYIN_SYLLABLE}[1-5]? ?[)）]"
)
#: A word's toned gloss of two to four syllables after it: 年度(niándù), 韩庄镇(hánzhuāngzhèn) (read only on a page with
#: two or more toned glosses: alone, 咖啡(café) is a word of the text)
PINYIN_WORD = re.compile(
    rf"[(（](?<=[{CJK}][(（])(?=[a-zü{PINYIN_VOWEL}]*[{PINYIN_VOWEL}1-5])(?:{PINYIN_SYLLABLE}[1-5]?){{2,4}} ?[)）]"
)
CSS = re.compile(
    r"(?:^|(?=[a-z\-]))(?:"
    r"^\s*(?:[@.#]?[\w\-][\s,>.#:\[\]=\"'\w\-]*\{[^{}]*\}?|\}|\{)\s*$|"
    r"(?:[a-z\-]{3,}\s*:\s*[^;:\n]{1,40};\s*){2,}|"
    r"^\s*(?:@media|@font-face|@import)\b)"
)
SCRIPT = re.compile(
    r"^\s*(?:var |let |const |function\s*\w*\s*\(|document\.|window\.|\$\(|if\s*\(.*\)\s*\{|<script|</script"
    r"|[(!]\s*function\s*\(|\(\s*\(\s*\)\s*=>|try\s*\{|\}\s*\)\s*\(\s*\)|jQuery\(|_hmt\.|gtag\(|dataLayer\.)"
)
#: JavaScript tokens anywhere on a line (a script flattened, cut by the excerpt): three on a line with few Chinese make code
SCRIPT_TOKEN = re.compile(r"function\s*\(|\)\s*\{|\}\s*;|\bvar\s|\breturn\b|===|!==|&&|\|\||document\.|window\.|getElementById|"
                          r"\.length\b|\.push\(|new Date\(|addEventListener|createElement|innerHTML|\bnull\b|\bundefined\b")

PLACEHOLDERS = [
    (
        "template_slot",
        re.compile(
            r"[(（](?:如[:：][^()（）]{0,20}|[^()（）]{0,6}(?:归纳|提炼|列举|发言主题|填写|单位名称|姓名)[^()（）]{0,12}|主题)[)）]"
        ),
    ),
    ("placeholder", re.compile(r"(?:19|20)(?<![A-Za-z0-9]..)[xX×]{2}(?![A-Za-z])")),
    ("placeholder", re.compile(r"[xX](?<![A-Za-z][xX])[xX]+(?![A-Za-z])")),
    ("placeholder", re.compile(rf"[xX](?<=[{CJK}{CJK_PUNCT}\s\"“《(（][xX])(?=[{CJK}{CJK_PUNCT}\s\"”》)）])")),
    ("placeholder", re.compile(r"^[xX](?=[" + CJK + r"])", re.M)),
    ("placeholder", re.compile(r"(?<!\*)\*{2,7}(?!\*)|××+|[○□△■][○□△■]+")),     # (a longer run of stars is a rule)
    ("placeholder", re.compile(r"×(?<![0-9]×)(?![0-9])")),
]

#: Bracket pairs that enclose a document number's year (中办发〔2005〕22号); a placeholder
#: mark that fills one is replaced with its brackets (see :func:`corpusmine.text.rules.placeholders`).
BRACKETS: dict[str, str] = {"〔": "〕", "[": "]", "［": "］", "【": "】", "(": ")", "（": "）"}

STRAY_SPACE = re.compile(
    rf"[{SPACE}](?:(?<=[{CJK}{CJK_PUNCT}0-9,.;:!?、][{SPACE}])[{SPACE}]*(?=[{CJK}{CJK_PUNCT}、])|"
    rf"(?<=[{CJK}{CJK_PUNCT}、][{SPACE}])[{SPACE}]*(?=[0-9A-Za-z“]))"
)
PARA_SPACES = re.compile(rf"[{SPACE}](?<=\S[{SPACE}])[{SPACE}]+(?=\S)")

# ---------------------------------------------------------------------------
# Families of site chrome seen on template-speech sites (see
# :mod:`corpusmine.text.chrome_rules`).  Each one is guarded by its *shape*: a
# whole short line, site / money / membership vocabulary in site phrasing, a
# URL, or a stated count; the bare words (下载, 会员, 版权, 首页, 来源, 登录,
# 分享, 侵权) alone never make a line chrome.
# ---------------------------------------------------------------------------
#: Sentence-ending punctuation: a line with one inside is prose, not a widget.
PROSE = re.compile(r"[。！？!?；;]\s*\S")
URL = re.compile(r"(?:https?://|www\.)[\w\-.~:/?#\[\]@!$&'()*+,;=%]+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|cn|net|org|cc)\b", re.I)

#: Truncation and preview notices: the page shows part of the speech.  Named
#: groups ``total`` and ``shown`` carry the counts when the notice states them.
TRUNCATION = re.compile(
    r"[(（【\[]?\s*未完\s*[,，]?\s*全文共\s*(?P<total>\d+)\s*字\s*[,，]?\s*当前仅显示\s*(?P<shown>\d+)\s*字[^)）】\]\n]{0,40}[)）】\]]?|"
    r"(?:全文)?(?:预览|试读|阅读|预览阅读)(?:已经|已)?结束|全文预览已结束|"
    r"(?:本文|全文|文章)(?:共|约|共约)\s*(?P<total2>\d+)\s*字\s*[,，]?\s*请?(?:仅供|范文学习|请勿|会员|开通|登录|下载|需要|精选|参考)|"
    r"因篇幅(?:问题|原因|所限|有限)?[,，]?\s*不能全部显示|(?:文章|本文|全文)?未完[,，]?\s*(?:请)?(?:点击|翻到|转到)?(?:下一?页)(?:继续)?(?:阅读|查看)?|"
    r"已阅读\s*(?P<read>\d+)\s*页\s*[,，]?\s*(?:还)?剩(?:余)?\s*(?P<left>\d+)\s*页未读|"
    r"^\s*(?:内容预览|免费试读|预览|试读|全文阅读|(?:论文|文章|文档|全文)?部分内容阅读|隐藏内容)\s*[:：]?\s*$|"
    r"此处(?:内容|为隐藏内容)?[,，]?\s*(?:需要|须|需)\s*(?:权限|登录|回复|付费|购买|积分|会员)[^。！？\n]{0,6}(?:查看|浏览|可见|阅读)|"
    r"(?:点此|点击)(?:查看|阅读|获取)(?:更多|完整|全部)?(?:更全)?(?:内容|全文)|"
    r"(?:剩余|剩下)\s*(?P<hidden>\d+)\s*字(?:未显示|未读|隐藏)|"
    r"仅(?:展示|显示)\s*(?P<shown2>\d+)\s*字\s*[,，]?\s*全文共\s*(?P<total3>\d+)\s*字"
)
#: A run of dots or ellipses that ends the shown part of a truncated speech.
TRUNCATION_DOTS = re.compile(r"(?:\.{3,}|…{2,}|。{3,})\s*$")

#: Download / VIP / membership panels (site phrasing of 下载, 会员, VIP, 付费 ...).
MEMBERSHIP = re.compile(
    r"VIP(?!病房|病区|客户|客房|包厢|包间|通道|候机|休息室|接待)|(?:下载|打印)(?:此|本|该)?(?:文档|文章|范文|资料|全文|word)|(?:免费|立即|点击|高速|全文|本地|快捷|极速)下载|"
    r"(?:开通|加入|升级|成为|申请|购买|充值)\s*(?:VIP|会员)|会员(?:中心|专享|专区|(?:可)?免费(?:下载|阅读|获取|复制|打印|查看全文|使用本站)|登录|申请|下载)|"
    r"收回会员|站内会员|仅供会员|以稿换稿|投稿交换|由会员分享|可在线阅读|珍藏版|请在\S{2,12}上搜索|"
    r"下载文档前|仅部分预览|申请退款|人工客服|联系客服|客服热线|在线客服|(?:金币|积分|下载券|阅读券)\s*[:：]?\s*\d|"
    r"\d+\s*(?:金币|积分|下载券)|购买后\s*\d*\s*天?内?(?:可|即可)?下载|(?:充值|购买)(?:后)?(?:阅读|下载|查看)|电脑桌面|桌面快捷|免费获取全文|定制代笔|联系老师写作|点击\S{0,4}\s*\S{2,20}\s*\S{0,4}联系老师|扫码联系|"
    r"(?:需要|如需)(?:下载|全文|原文|完整)|尊享(?:VIP|会员)权益|每天仅需\s*\d+(?:\.\d+)?\s*元|\d+多?万(?:篇|套|道|份)[^。\n]{0,40}?免费(?:使用|下载)",
    re.I,
)
#: Title / link / copyright footers.
FOOTER_LINK = re.compile(
    r"^\s*[【\[]?(?:本文标题|文章标题|原文标题|本文链接|文章链接|链接地址|原文链接|原文地址|本文地址|本文网址|文章地址|"
    r"转载请注明|转载请保留|文章来源|本文来源|本文出处)\s*[】\]]?\s*[:：]|"
    r"^\s*(?:版权声明|版权说明|免责声明|声明)\s*[:：]?\s*$|^\s*版权说明\s*[:：]|"
    r"^\s*[(（]\s*原标题\s*[:：]|不良信息举报|凡本网(?:未)?注明|^\s*[-•]\s*专题\s*[:：]|^\s*(?![^\n]*由)\S{2,30}(?:主办|承办|协办|技术支持)\s*$|二次传播|不得(?:擅自)?转载|禁止转载|谢绝转载|转载请(?:注明|附上|保留|联系)|原文出处|本声明|"
    r"本文(?:内容)?由(?:互联网)?(?:用户|网友)(?:自发)?(?:贡献|上传|投稿|提供)|本文档由用户|收益归属内容提供方|"
    r"仅代表作者(?:本人|个人)?(?:观点|立场)?|与本站立场无关|本站(?:仅|只)提供|如发现本站|"
    r"(?:请|请及时)?联系(?:我们|本站|客服|管理员)(?:及时|进行)?(?:删除|处理|更正)|本文为\S{1,12}原创(?:文章|作品)|"
    r"进行举报或认领|侵权(?:投诉|举报)|^\s*(?:举报|版权反馈|纠错|投诉)\s*$|网友意见|^\s*(?:网站公告|本站公告|站内公告|网站声明|本站声明)\s*[:：]|(?:建议|错漏|错字|错别字|纠错|勘误)[^\n]{0,40}?[\w.\-]+@[\w\-]+\.[A-Za-z]{2,}[^\n]{0,8}?(?:告诉|告知|联系)(?:我们|本站)",
    re.I,
)
#: "本文来自XX网,更多请访问www.xxx.com": the whole footer sentence, even glued to a body line.
SOURCE_SENTENCE = re.compile(
    r"(?:本文|此文|文章|内容)(?:来自|来源于|来源|源自|摘自|选自|转自|出自)\s*[:：]?\s*[^。！？\n]{0,40}?"
    r"(?:[,，;；]?\s*(?:更多|欢迎|详情|全文|查看)[^。！？\n]{0,20}?(?:访问|登录|浏览|查看|关注)[^。！？\n]{0,8}?)?"
    r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.(?:com|cn|net|org|cc)(?:/[^\s。，,]*)?[ \t]*[。.!！]?",
    re.I,
)
#: Editor blurbs and template-site introductions (also: 接下来让我们来看看…范文, 为我们的写作提供…, 特地编辑了, 收藏本页).
EDITOR = re.compile(
    r"(?:接下来|下面|以下|本站|本文)(?:是|由)?(?:小编|编辑|网友为(?:您|大家|你))|(?:以下|下面|接下来)(?:是|为)本站(?:为(?:大家|您|你))?(?:分享|整理|收集|推荐|精选|搜集)的|小编(?:就|今天)?来(?:聊一聊|聊聊|说一说|说说|谈一谈)|一起去研究一下吧|快来看看[^。！？!?\n]{0,20}?(?:吧|啥|什么)|(?:以下|下面)(?:是)?关于[^。！？!?\n]{0,60}?的(?:内容|文章|范文|资料)(?:由|有|是|为)(?:小编|本站)|本文(?:将|就)?(?:为|给)(?:大家|您|你)(?:提供|整理|分享|带来|推荐|收集)|本站为(?:大家|您|你)(?:整理|收集|精选|准备|搜集|推荐|带来|分享)|欢迎(?:深入|大家)?阅读(?:并|和|与)收藏|(?:下面|接下来|现在)?(?:就)?(?:和|跟|与)(?:网友|小编)们?一起来?看看[^。！？!?\n]{0,30}?吧|我们(?:一起)?来?看看下面的[^。！？!?\n]{0,20}?(?:词|稿|致辞|讲话|范文|发言)吧|小编(?:就|也|特地|特意|精心)?(?:为|给|帮|替)?(?:大家|您|你)|本站小编|"
    r"(?:下面|以下|接下来)(?:是|就是|为)[^。！？\n]{0,40}?[为给](?:大家|您|你|同学们|朋友们)[^。！？\n]{0,30}?(?:整理|收集|带来|准备|分享|推荐|精选|汇编|搜集)|(?:下面|以下|接下来)(?:是|为)由[^。！？\n]{0,20}?(?:带来|整理|提供|收集|推荐)的|"
    r"(?:下面|以下|接下来)(?:是|就是|为)[^。！？\n,，]{1,12}?(?:网|站|文库)(?:精心)?(?:带来|整理|收集|分享|推荐)的[^。！？\n]{0,30}?(?:范文|稿|致辞|文章)|"
    r"(?:下面|以下|接下来)[,，]?是?(?:我|笔者)(?:给|为)(?:大家|您|你)(?:整理|收集|搜集|汇编|精选|分享|带来|推荐)[^。！？\n]{0,20}?(?:范文|例文|模板|范例|稿)|"
    r"为(?:大家|您|你)(?:整理|收集|精选)了|由我(?:细心|精心|用心)?为(?:您|你)整理|(?:下面|以下|接下来)由我来?(?:给|为)(?:大家|您|你)共享|为(?:大家|您|你)(?:带来|准备|分享|推荐)了[^。！？\n]{0,20}?(?:范文|文章|例文|模板|范例|稿|资料|作文|素材)|欢迎大家(?:分享|阅读|借鉴|参考|收藏)|本文由[^。！？\n]{0,16}?(?:编辑|小编)为(?:您|你|大家)(?:精心)?(?:准备|整理|收集|挑选)|(?:究竟|到底)(?:应|要|该)?(?:如何|怎样|怎么)(?:才能)?写好一(?:份|篇)[^。！？\n]{0,10}?(?:稿|词|辞|范文)|以下是我(?:为大家|给大家)?(?:整理|收集|搜集)的[^。！？\n]{0,40}?(?:稿|范文|致辞|讲话)|(?:以上|本文|该|此)?内容由(?:AI|ai|人工智能|大?模型|智能助手|机器)[^。！？\n]{0,6}?生成|"
    r"相信一定会对你有所帮助|通过以上关于[^。！？\n]{0,40}?(?:内容)?介绍|相信大家(?:对[^。！？\n]{0,20})?有(?:了)?(?:新的|一定的|更深的)了解|(?:更)?(?:希望|期望)(?:可以|能够|能)?对(?:你|您|大家)有所(?:帮助|帮忙)|以下(?:是|为)一(?:份|篇|些)[^。！？\n]{0,30}?希望(?:能)?(?:对[^。！？\n]{0,30}?有所帮助|给(?:大家|您|你)[^。！？\n]{0,8}?(?:启示|启发|帮助|参考))|希望(?:这些|以下|本篇)?(?:范文|文章|内容)能(?:给|对|为|帮)|这里(?:有|是)(?:一些|几篇|一份|一篇)[^。！？\n]{0,40}?(?:总结|范文|资料|素材|文章|例文|内容|模板|范例|稿)[,，]?希望(?:能)?对(?:大家|您|你)有所(?:启发|帮助|启示)|"
    r"(?:接下来|下面|以下)[,，]?(?:就)?(?:让我们|我们|大家|一起)(?:一起)?来?(?:看看|欣赏|阅读|学习|了解|参考)(?:一下)?[^。！？\n]{0,30}?(?:范文|例文|模板|范例)|"
    r"为(?:我们|大家|你|您)的写作(?:提供|带来)|(?:下面|以下|接下来)(?:就)?[给为](?:大家|您|你)(?:分享|共享)(?:一些|几篇)?关于[^。！？\n]{0,40}?\d+\s*篇|(?:下面|以下|接下来)(?:我|小编|笔者)(?:整理|收集|搜集|精选)了[^。！？\n]{0,40}?[,，]?供(?:你|您|大家)(?:参考|借鉴)|(?:接下来|下面|以下)(?:是|为)(?:一些|几篇|\d+篇|[一二三四五六七八九十]+篇)[^。！？\n]{0,12}?(?:范文|例文|范例|模板)|特(?:地|意)(?:为(?:大家|你|您))?(?:编辑|整理|收集|汇编|搜集)了|特(?:地|意)(?:为(?:大家|你|您))?准备了[^。！？\n]{0,20}?(?:范文|文章|例文|模板|范例|稿|资料|素材)|如果合你所需|不妨(?:马上)?收藏本页|(?:频道|栏目)《[^》\n]{2,60}》[,，]?希望(?:大家|您|你)喜欢"
    r"|(?:下面|以下|接下来)(?:是|由)?[\u4e00-\u9fff]{1,6}?(?:网|站|文库)的?小编|小编(?:精心)?(?:整理|收集|搜集|精选|汇编)了|很多人对[^。！？\n]{2,40}?(?:比较|很|十分|非常)关心[,，](?:现在|下面|接下来)?(?:就)?让我们一起|(?:现在|下面|接下来)(?:就)?让我们一起来?(?:瞧瞧|看看)具体|给(?:大家|您|你)带来的[^。！？\n]{2,60}?[,，]希望(?:可以|能够|能)?帮助到(?:大家|您|你)")  # 249k-258k
#: A paragraph about the *genre* (范文, 讲话稿 ...) addressed to the reader: template-site filler.
GENRE = re.compile(r"范文|发言稿|演讲稿|讲话稿|致辞稿|致辞|讲话材料|主持词|心得体会")
GENRE_READER = re.compile(r"大家|你|您|读者")
GENRE_SITE = re.compile(r"怎么写|怎样(?:才能)?写|写的好|写得好|灵感|思路|收集|整理|参考|借鉴|很熟悉|模板|格式|(?:免不了|不可避免地?|少不了)[要会]?(?:接触|使用|用到|写)|(?:下面|以下)的(?:范文|发言稿|演讲稿|讲话稿|致辞稿)中")

#: Breadcrumbs with 首页 (home) or ">>" between short items.
BREADCRUMB = re.compile(
    r"^\s*(?:\S{1,12}\s*)?(?:首页|网站首页|主页)\s*(?:[>›»|/\\＞→]+|\s+\S|$)|^\s*[>›»]\s*[^\s。！？]{1,8}\s*$|^\s*[>›»]\s*[^\s>›»。！？]{1,12}(?:\s*[>›»]\s*[^\s>›»。！？]{1,16})+\s*$|"
    r"^\s*\S{1,16}\s*(?:>>|»|›)\s*\S{1,16}(?:\s*(?:>>|»|›|>)\s*\S{1,30})*\s*$|"
    r"(?:首页|主页)\s*[>＞→]|^\s*(?:[^\s>›»。！？,，]{1,10}\s*[>›»＞]\s*){1,4}(?:内容|正文|详情|详细内容|文章内容|浏览文章)\s*$")   # …公告 > 内容 (216k)
#: A short label and a file's size alone on a line (大小: 14.27 KB; its label garbled by a broken gloss: 大?。?4.27 KB).
SIZE_ROW = re.compile(r"^\s*\S{0,12}\s*\d+(?:\.\d+)?\s*[KkMm][Bb]?\s*$")
#: Metadata rows: a line opening with an ISO date or a clock time, 字号 大 中 小, view counts.
META_STAMP = re.compile(
    r"^\s*(?:[-•·]\s*)?(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}(?:[:：]\d{2}|时\d{1,2}分)|\d{1,2}-\d{1,2}\s)")
META_EXTRA = re.compile(
    r"字号\s*[:：]?\s*(?:[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?)?\s*$|^\s*[【\[]?\s*字号\s*[:：]|"
    r"(?:点击|浏览|阅读|访问|评论)(?:次数|量|数)?\s*[:：]\s*(?:\d+(?:\.\d+)?[KkWw万]?\s*次?|$)|\d+\s*次(?:浏览|阅读|点击)|"
    r"^\s*[-•·*]\s*(?:文档编号|文档页数|文档大小|文档格式|编号|上传时间|上传人|上传者|格式|页数|大小|贡献者|所需积分|下载积分|文件大小|发布时间|分类|标签)\s*[:：]|"
    r"^\s*(?:文档编号|上传人|上传者|贡献者|投稿人|投稿者|文档格式|文件大小|发布者|发布人)\s*[:：]|"
    + SIZE_ROW.pattern + r"|^\s*\S{1,80}\.(?:docx?|pdf|pptx?|txt|wps|xlsx?)\s*(?:原创|精品|推荐|热门|VIP)?\s*$|"
    r"^\s*\S{2,80}_第\s*\d+\s*页\s*$|^\s*(?:关键词|关键字|Tags?)\s*[:：][^。！？!?\n]*$|^\s*(?:文档|文章|资料)?编号\s*[:：]\s*[\dA-Za-z\-]{4,}\s*$|"
    r"^\s*(?:\d+\s*期\s*/\s*)?第?\s*[A-Z]{0,3}[\d一二三四五六七八九十]{1,5}\s*版\s*[:：]|总第\s*\d+\s*期|^\s*\S{2,8}(?:报\s*)?(?:数字报纸|数字报|电子报|电子版)\s*$|^\s*内部资料[\s,，]*免费(?:赠阅|交流)\s*$|"
    r"\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]\s*$|^\s*字体\s*[:：]|^[^。！？\n]{0,12}\d{4}-\d{1,2}-\d{1,2}[^。！？\n]{0,16}$|"
    r"^\s*\S{0,40}\.(?:jpe?g|png|gif|bmp|webp)\s*$|^\s*(?:微信图片|图片|IMG|DSC|image)[_\-]?\d{6,}\s*$|预计阅读(?:时长|时间)|阅读(?:时长|需要|需)\s*[:：]?\s*(?:约\s*)?\d+\s*分钟"
)
#: A document or page id glued in front of a title line (编号:541193579县委书记在…).
META_ID_PREFIX = re.compile(r"^[ \t\u3000]*(?:文档|文章|资料)?编号\s*[:：]\s*\d{5,}(?=\S)", re.M)
#: Login prompts.
LOGIN = re.compile(
    r"请先登[录陆入]|请登[录陆入]后|需要先登[录陆入]|需要\s*登[录陆]\s*才(?:可以|能)|登[录陆]后(?:查看|阅读|下载|可|才能|即可|复制|评论|收藏|充值)|(?:立即|马上|免费|扫码|微信|快捷)(?:登录|注册)|"
    r"登录\s*[|/、]\s*注册|注册\s*[|/、]\s*登录|^\s*(?:登录|注册|退出|登录注册|注册登录)\s*$|(?:账号|帐号|第?三方|QQ|手机号?)登录|忘记密码|(?:客人|游客|访客)请?\s*[【\[(（]?\s*(?:点此|点击)?\s*注册\s*[】\])）]?\s*(?:加入|成为会员)"
)
#: Share widgets.
SHARE_TARGETS = (r"(?:微信(?:好友)?|好友|朋友圈|微博|新浪微博|腾讯微博|QQ(?:空间|好友)?|空间|豆瓣|人人网|百度|复制链接|更多|"
                 r"Facebook|Line|Twitter|WhatsApp|Telegram|LinkedIn|Plurk|Email|电子邮件|邮件|领英|抖音|小红书|钉钉)")
SHARE = re.compile(
    rf"^\s*(?:分享到|分享至|分享给|一键分享|分享)\s*[:：]?\s*(?:{SHARE_TARGETS}\s*(?:[|/、,，]|和|及)?\s*)*$|"
    rf"^\s*(?:{SHARE_TARGETS}\s*[|/、,，]?\s*){{2,}}$|"
    rf"^\s*(?:(?:分享到|分享至|分享给)\s*[:：]?\s*{SHARE_TARGETS}\s*[|/、,，]?\s*){{2,}}$|"
    r"(?:喜欢|觉得[^\n]{0,4}(?:好|不错))[^\n]{0,3}就?(?:请)?分享(?:这|此|本)篇(?:文章)?|"
    r"扫一扫|扫码(?:关注|阅读|分享|下载)|(?:扫描|长按|识别|长按识别)(?:下方|上方|图中)?二维码|点击(?:上方|下方|顶部|底部)[^\n。]{0,12}?关注|分享本文|在手机(?:上)?阅读|手机(?:版|阅读|访问)|微信订阅号|"
    r"(?:关注|订阅)(?:我们的)?(?:微信)?公众号|[【\[]\s*收看[^】\]]{0,20}[】\]]|^\s*[^\s。，,]{0,12}\s*我要分享\s*$", re.I)  # 250k
#: Welcome lines (欢迎访问…文档 …); an institution's site greeting its one reader, the whole line (欢迎您来到某某大学(某某中心)!; 160k).
WELCOME = re.compile(
    r"^\s*(?:您好|你好)?\s*[,，!！]?\s*欢迎(?:您)?(?:访问|来到|光临|使用|进入)\s*[,，]?\s*[^。！？\n,，、]{0,30}?"   # a name, no clause
    r"(?:网|站|文档|文库|平台|范文|主页|社区|论坛|博客|家园)|^\s*(?:您好|你好)?\s*[,，!！]?\s*欢迎(?:您(?:访问|来到|光临|进入)|访问)\s*[,，]?\s*[^。！？\n,，、]{2,30}?(?:大学|学院|学校|中学|小学|医院|协会|商会|中心|官网|官方网站|政府|委员会|联合会|学会|研究会)"
    r"(?:[(（][^()（）\n]{1,30}[)）])?\s*[!！。]?\s*$"
)
#: Whole-line site interface words (buttons, menus, counters).
SITE_UI = re.compile(
    r"^\s*[•·\-*]?\s*(?:正文复制|复制(?:全文|链接|本文)?|\[复制链接\]|关灯|开灯|开启左侧|关闭左侧|返\s*回|回首页|回顶部|回到顶部|"
    r"点击(?:查看|阅读)(?:全文|更多|原文|下篇|上篇)?\S{0,3}|查看(?:原文|全文|更多)\S{0,3}|资源描述|文档简介|内容简介|摘要|目录|联系我们|关于我们|(?:文章|本文)(?:全文|正文|内容)\s*[:：]\s*[|｜]?|需?扫(?:码|描二维码)[^\n。！？]{0,10}?(?:打开|阅读|查看)|(?:文章后)?点击更新提醒|张贴者|发帖人|(?:您的)?(?:分享|关注|点赞|在看|转发)(?:[、和与/]?(?:分享|关注|点赞|在看|转发))*就?是(?:对我们|对小编)?(?:最大|最好)的(?:支持|鼓励|动力)[!！。]?|"
    r"网站地图|\||客服|\d+\s*[×x*]\s*24\s*小时|用户评论|网友评论(?:共\s*\d+\s*条?)?|发表评论|我要评论|留言|评论\s*[(（]?\s*\d*\s*[)）]?|"
    r"收藏|打印|纠错|阅读全文|继续阅读|展开全文|(?:…{1,2}|\.{3,6})\s*(?:显示)?更多|热门(?:搜索|标签|推荐)\s*[:：].*|APP\s*下载|下载\s*APP|客户端下载|购物车|我的(?:足迹|收藏|书架|订单)|内容详情|核心提示|"
    r"(?:关灯|开灯)?\s*护眼|政务公开|政府信息公开|政务动态|政府动态|新闻中心|最新资讯|新闻热点|(?:社会|本地|国内|国际|时政|图片|视频|热点|综合|县区|乡镇|部门|要闻|焦点)新闻|邮箱|(?:\d{1,3}\s+){1,12}\d{1,3}(?:\s*(?:下一页|上一页|尾页|末页))?|\S{2,4}原创|主站蜘蛛池模板\s*[:：]?|微信公众号|个人微信|请输入验证码|暂无简介|资料图片?|仅搜索标题|智能模糊搜索|[【\[]\s*正文\s*[】\]]|(?!(?:19|20)\d\d\s*[-—]\s*(?:19|20)\d\d\s*$)[\d\-—+() ]{7,20}|[\u4e00-\u9fff]{2,6}[|｜]|"
    r"(?:简体版|繁体版|简体|繁体|English)(?:\s*[|｜/]\s*(?:简体版|繁体版|简体|繁体|English))+|网站首页|友情链接\s*[:：]?|"
    r"(?:无障碍(?:阅读|浏览)?|(?:进入)?适老(?:化)?模式|关怀版|长者模式)(?:\s*(?:无障碍(?:阅读|浏览)?|(?:进入)?适老(?:化)?模式|关怀版|长者模式))*|字\s*[:：]|(?:目录|提纲|目录/提纲)\s*[:：]\s*[.…]*|[|｜]\s*[^\s|｜]{1,10}|我要(?:加入会员|以稿换稿|投稿|收藏|评论|纠错|推广赚钱|咨询问题|下载|分享|举报)|我用手机阅读|海报|点赞\s*\d*|公文写作培训班?)\s*$|"
    r"(?:显示全部楼层|阅读模式|上一主题|下一主题|只看该作者)(?![\u4e00-\u9fff])|发表于\s*\d{4}|楼主\s*$|^\s*(?:发新帖|发表新帖|发新话题|回复本帖|快速回复|"
    r"(?:书记|院长|校长|局长|县长|市长|区长|镇长|乡长|主任|厅长|领导|主席|董事长|行长|总经理|所长|处长)信箱|正在提交(?:表单)?\s*[,，]?\s*请稍[后候][.…。]*)\s*$"
)
#: Toneless pinyin after a character, kept only on pages with toned glosses: 的(de).
_TONELESS_SYLLABLE = r"[bpmfdtnlgkhjqxzcsryw]?h?[aeiouüv]{1,3}(?:ng|n|r)?"
#: toneless glosses after a character, repeated ones included (軍(jun)(jun)的(de)(de)(de))
PINYIN_TONELESS = re.compile(
    rf"[(（](?<=[{CJK}][(（]){_TONELESS_SYLLABLE} ?[)）](?:[(（]{_TONELESS_SYLLABLE} ?[)）])*"   # 的(de ): a space too (208k)
)
#: Leftover HTML tags and the space entities in a text page, a mangled &nbsp; too (&bsp;, round 105).
HTML_TAG = re.compile(
    r"</?(?:p|div|span|br|strong|b|i|em|u|a|img|font|table|tbody|tr|td|th|li|ul|ol|h[1-6]|section|article|center)\b[^<>\n]{0,300}>|&nbsp;?|&(?:[nbsp]{2,4}|ensp|emsp|thinsp);|<正>"
    r"|<\?xml[^<>\n]{0,300}>|</?(?:o|st1|v|w):[a-z]+\b[^<>\n]{0,300}>|<>|\?xml:namespace[^<>\n]{0,200}>"   # Word's HTML (187k, 255k)
    r"|<(?:p|div|span|a|img|font|table|td|tr|li)\s[^<>\n]{0,200}\Z"   # a tag the page's end cut off (<p class="x" styl; 195k)
    r"|[?？](?:p|div|span|font|strong|b)\s+(?:lang|style|class|align)=[^<>\n]{0,200}>", re.I)   # its < became ? (220k)

# Wikisource ------------------------------------------------------------------
#: A licence footer: a line opening with 本作品 (作品, 此作品) and naming the law, the public domain or a licence.
WIKISOURCE_LICENCE = re.compile(
    r"^\s*(?:本|此)作品(?:是|来自|在|的作者|属于|原文|依据|根据|已|于|之|并|不)[^\n]{0,300}?"
    r"(?:中华人民共和国|公有领域|著作权|版权|许可协议|授权|知识共享|官方|政府|国家机关|立法|法律|法规)"
)
#: Template leftovers of a licence box: "Public domain", "false false", PD-... names, braces, wiki words.
WIKISOURCE_TEMPLATE = re.compile(
    r"^\s*(?:(?:Public\s+domain|public\s+domain|false|true|PD-[\w\-]+|CC[-\s]BY[\w\-. ]*|GFDL|\{\{[^{}\n]*\}?\}?|\}\}|\{\{)\s*)+$|"
    r"公有领域|知识共享|Creative\s+Commons|维基文库|维基百科|维基数据|姊妹计划|数据项|Wikisource|Wikipedia|Wikidata",
    re.I,
)
#: Footnote backlink arrows (↑, ↑ 1.0 1.1, ^) inside a line, and footnote lines opening with one.
FOOTNOTE_LINE = re.compile(r"^\s*(?:↑|\^)\s*")
FOOTNOTE_MARK = re.compile(r"\s*↑(?:\s*\d+(?:\.\d+)?)*")
#: A line that is only a template site's name (…范文网, …文库, …素材库), optionally with 首页 or after its short name (某某汇,办公文档之家).
SITE_NAME_LINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,8}[,，]\s*)?\S{0,10}(?:范文|文档|文库|文秘|公文|简历|素材|秘书|写作|作文|笔杆子|材料)\S{0,4}(?:网|站|库|家园|帮|吧|之家)\s*(?:首页)?\s*$"
)
#: A line with no Chinese made only of printable ASCII: an anti-copy string or a
#: converter's watermark (sevralgoup, "/ G- k; W% a% |( ^#").
ASCII_JUNK = re.compile(r"^\s*(?:[\x21-\x7e±×·]{6,60}|(?:[\x21-\x7e]{1,3}\s+){4,}[\x21-\x7e]{0,3})\s*$")

# Site menus, promotions, document-site notice lists, site lines with a URL ----------
#: A menu or header line: three or more short items between separators (· | ｜ /), the last maybe empty (… | |),
#: one of them a site word (首页, 关于我们, 联系我们 …).
MENU_LINE = re.compile(
    r"^(?=.*(?:首页|关于我们|联系我们|网站地图|设为首页|加入收藏|网站导航|广告服务|投稿|订阅))"
    r"[^。，,\n]{0,60}?(?>[·•|｜/]\s*[^·•|｜/\n]{1,10}\s*){3,}(?:[·•|｜/]\s*)?$|"   # atomic: an item is read once (held-out round 41
    # hung for minutes on a 167-character line of separators and spaces when its items could be re-split)
    r"^(?=[^。\n]*(?:无障碍(?:阅读|浏览)|适老(?:化)?模式|关怀版|长者模式))[^。\n]{0,80}$"
)
#: An editor credit in brackets ending a paragraph ((编辑:某某), (责任编辑:某某)).
EDITOR_CREDIT = re.compile(r"(?=[(（])[(（]\s*(?:责任|本文)?编辑\s*[:：]\s*[^()（）\n]{1,12}[)）][ \t]*$", re.M)
#: A bare address glued to the end of a paragraph after its last sentence (…参加。http://www.example.org/1.html).
TRAILING_URL = re.compile(r"(?=h)(?<=[。！？”」])[ \t]*https?://[\w\-.~:/?#\[\]@!$&'()*+,;=%]+[ \t]*$", re.M)
#: A date banner at the head of a site (今天是:2020年09月23日 星期三 …).
DATE_BANNER = re.compile(r"^\s*(?:今天是|今日|当前时间)?\s*[:：]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:(?:星期|周|礼拜)[一二三四五六日天]|星期\s*$)")
#: Promotion lines: a short line between stars or arrows, or an offer of materials or contact by WeChat.
PROMO = re.compile(
    r"^\s*[★☆◆◇●■▲►▶]+[^。！？\n]{1,30}?(?:资料|领取|免费|下载|关注|课程|会员|备考|扫码|公众号|点击|咨询)[^。！？\n]{0,30}?[★☆◆◇●■▲◄◀]+\s*$|"
    r"(?:添加|加|扫码添加|扫码加)(?:企业)?(?:微信|QQ|客服)[^。！？\n]{0,12}?(?:领取|获取|咨询|免费|进群|资料)|领取(?:备考)?资料|"
    r"[👉👈☞☜]"
)
#: Numbered notices of document-sharing sites (- 1、本文档共3页 …), the word within 60 characters (…先诊疗后付费 stays; 260k).
NOTICE_LIST = re.compile(
    r"^\s*(?:[-•·*]?\s*\d{1,2}\s*[、.．]|[➊-➓①-⑩❶-❿])\s*(?=[^\n]{0,60}?(?:本文档|该文档|本站|VIP|付费|版权申诉|下载权益|上传文档|网友上传|合作方|金币|资料包|全站资料|客服微信|重复扣费))"
)
#: A short line that is a site's name and its address (公文汇 www.example.com), with no sentence end.
SITE_URL_LINE = re.compile(
    r"^\s*[^\s。！？!?]{0,30}?\s*[:：]?\s*(?:https?://|www\.)[\w\-.~/?#=&%]+\s*[^\s。！？!?]{0,8}\s*$|"
    r"^\s*[^\s。！？!?]{1,20}\s+[\w\-]+(?:\.[\w\-]+)*\.(?:com|cn|net|org|cc)(?:/\S*)?\s*$",
    re.I,
)
#: A site name glued in front of a title (某某文库6卫生局…动员会致辞): a document-site name, a
#: digit or nothing, then a title ending in a speech genre.
SITE_TITLE_LINE = re.compile(
    r"^\s*(?:\S{1,8}(?:网|站)\s+)?\S{1,8}(?:文库|文档网|范文网|文秘网|公文网)\s*\d{0,3}\s*\S{4,80}?(?:讲话|讲话稿|发言|发言稿|致辞|报告|演讲稿)(?:范文|范例)?\s*$"
)
#: "……(某某网https://… 省略80字,正式会员可完整阅读)……": an omission notice inside a line.
PAYWALL_NOTE = re.compile(
    r"(?=[.…(（])[.…]*\s*[(（][^()（）\n]{0,60}?(?:(?:省略|隐藏)\s*\d+\s*字|会员可(?:完整)?(?:阅读|查看|下载))[^()（）\n]{0,40}?[)）]\s*[.…]*"
)
#: Anti-copy "jammer" strings of forum software glued to a Chinese line: four or more
#: tokens of one to three printable ASCII characters between spaces, with symbols among them
#: ("$ _ @! u2 s/ |% Q) X+ u0 U", "5 d* F1 \\! e! x# B").
JAMMER = re.compile(
    r"(?=[\x21-\x7e])(?<![\x21-\x7e])(?:[\x21-\x7e]{1,3}[ \t]+){3,}[\x21-\x7e]{1,3}(?![\x21-\x7e])[ \t]*"
)

#: Prefixes of hidden or paid content glued to the start of a line (会员免费查看 + the speech that follows).
HIDDEN_PREFIX = re.compile(r"^[ \t\u3000]*(?:(?:会员|VIP)(?:免费)?(?:查看|阅读|可见)|(?:登录后|付费后|购买后)(?:查看|阅读))(?:全文|完整内容)?(?![全完])(?=[^\s\n][^\n]{7,})", re.M)
#: A page number of a PDF page glued to the start of the next line (-1-三等奖).
PAGE_NUMBER_PREFIX = re.compile(r"^[ \t\u3000]*[-—]\s*\d{1,3}\s*[-—](?=[^\s\d\-—])", re.M)
#: Question marks that stand for characters a wrong decoding lost, at the start of a line (????本报讯).
LOST_CHARS_PREFIX = re.compile(r"^[ \t\u3000]*[?？\ufffd]{2,}(?=[^\s?？\ufffd])", re.M)
#: A photo caption: a whole line in brackets ending with 摄 / 供图 / 图片来源 (…星辰全媒体记者 某某 摄).
PHOTO_CAPTION = re.compile(
    r"^\s*[(（][^()（）\n]{2,120}?(?:\s摄|摄影|供图|图片来源[:：]?[^()（）\n]{0,20}|图/[^()（）\n]{1,20})\s*[)）]\s*$|"
    r"^[^。！？\n]{0,80}?(?:(?:记者|通讯员|摄影师?)\s*[\u4e00-\u9fff]{2,3}|\s[\u4e00-\u9fff]{2,3})\s*摄\s*$"
)
#: A line that is a site's domain and its slogan (EXAMPLE.COM —— 专注公文写作范文).
DOMAIN_SLOGAN = re.compile(r"^\s*(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.(?:com|cn|net|org|cc)\b\s*(?:[—\-|·:：]+\s*[^\s。！？!?]{0,30})?\s*$", re.I)

#: Bylines: names after a sentence end (group ``tail``), a reporter line, a reporter in brackets
#: (…新篇章。王某某 李某某 / 本报记者 王某某 / (记者 某某)).
BYLINE_TAIL = re.compile(r"[。！？!?”](?P<tail>[ \t\u3000]*[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){1,3}[ \t\u3000]*)$", re.M)
BYLINE_LINE = re.compile(
    r"^\s*(?:\S{0,8}(?:记者|通讯员|实习生|摄影)\s+[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*|[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*\s*报道|"
    r"[(（]\s*(?:本报)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}(?:\s*[、 ]\s*[\u4e00-\u9fff]{2,3})*\s*[)）])\s*$"
)
#: A newspaper or site name alone on a line (某某日报, 某某新闻网).
NEWSPAPER_LINE = re.compile(r"^\s*\S{2,8}(?:日报|晚报|都市报|新闻网|融媒体中心|融媒体|融媒)\s*$")
#: A related item ending in a read-more button (… [阅读]).
READ_MORE_LINE = re.compile(r"[\[【]\s*(?:阅读|详细|详情|全文|查看|阅读全文)\s*[\]】]\s*$")
#: A separator left at the end of a paragraph (…风景线。 |): the match is the separator; the rule
#: also takes the spaces before it and needs a sentence end or a space between it and the text.
TRAILING_PIPE = re.compile(r"[|｜][ \t]*$", re.M)

#: A photo credit glued to the end of a caption line (…进行调研。 某某某摄 / …经验。(某某厅供图)).
PHOTO_CREDIT_TAIL = re.compile(
    r"[。！？!?”](?P<tail>(?:[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t]*摄(?:影)?|[ \t\u3000]*[(（][^()（）\n]{1,20}(?:供图|摄)[)）])[ \t]*)$",
    re.M,
)

#: The commonest Chinese surnames: a 2-3 character line (or bracket after the last sentence)
#: opening with one of them, at the end of a page, is the reporter's name.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤靳"
)
#: The commonest surnames and the next hundred or so (a name's first character; a heading's first word is almost
#: never one of them and a name): for an author's name alone on a line between the metadata row and the lead.
SURNAMES_WIDE = SURNAMES + (
    "庞樊兰殷施洪翟安颜倪牛温芦季俞章鲁葛伍申尤毕聂柴焦柳邢岳齐梅庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪盛童欧甄项曲成"
    "游阳裴席卫查屈鲍位霍翁隋植甘景薄单包司柏宁柯阮桂闵解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄"
)
NAME_TAIL = re.compile(
    rf"[。！？!?”](?P<tail>[(（][{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:[ 、][{SURNAMES}][\u4e00-\u9fff]{{1,2}})*[)）][ \t]*)$", re.M
)
NAME_LINE = re.compile(rf"^\s*(?!谢谢|再见|完毕|结束|万岁)[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:\s+[{SURNAMES}][\u4e00-\u9fff]{{1,2}})*\s*$")

#: A credit in brackets after the last sentence of a paragraph ((记者 某某), (作者:某某), (某某 某某)).
CREDIT_TAIL = re.compile(
    r"[。！？!?”](?P<tail>[(（]\s*(?:(?:本报|本网)?(?:记者|通讯员|作者|文|图|摄影|编辑)\s*[:：]?\s*[^()（）\n]{1,20}|"
    r"[\u4e00-\u9fff]{2,12}(?:[ 、][\u4e00-\u9fff]{2,3})+|[^()（）\n]{0,20}?(?:记者|通讯员|责编|责任编辑|供稿|提供|来源)[^()（）\n]{0,20}|"
    r"[\u4e00-\u9fff]{2,12}(?:局|办|委|部|中心|站|所|厅|处|科|队))[)）][ \t]*)$",
    re.M,
)

#: An SEO spam line of adult-site keywords (国产…在线播放, 亚洲…一区二区 …), as injected at the head of hijacked pages.
SPAM_LINE = re.compile(r"^(?=(?:[^\n]*?(?:国产|亚洲|欧美|日韩|无码|一区|二区|三区|在线播放|在线观看|免费观看|久久|视频|成人|人妻|少妇|字幕|高清|videos)){3})[^。！？\n]{0,200}$")

#: (literals, pattern, rule name) of the families :func:`corpusmine.text.chrome_rules.inline_chrome` removes inside lines.
INLINE_FAMILIES: tuple[tuple[tuple[str, ...], re.Pattern, str], ...] = (
    (("省略", "隐藏", "会员可"), PAYWALL_NOTE, "paywall_marker"),
    (("编号",), META_ID_PREFIX, "meta_row"),
    (("-", "—"), PAGE_NUMBER_PREFIX, "pdf_page_footer"),
    (("??", "？？", "\ufffd"), LOST_CHARS_PREFIX, "ascii_junk"),
    (("编辑",), EDITOR_CREDIT, "meta_row"),
    (("http",), TRAILING_URL, "source_footer"),
)
#: (literals, pattern, rule name) of the inline families whose match ends a line after a sentence end;
#: only the group ``tail`` goes.
TAIL_FAMILIES: tuple[tuple[tuple[str, ...], re.Pattern, str], ...] = (
    (("摄", "供图"), PHOTO_CREDIT_TAIL, "photo_caption"),
    ((), BYLINE_TAIL, "byline"),
    (("(", "（"), NAME_TAIL, "byline"),
    (("(", "（"), CREDIT_TAIL, "byline"),
)

# ---------------------------------------------------------------------------
# First-character guards (speed only: the same matches; see corpusmine.text.guards)
# ---------------------------------------------------------------------------
#: The patterns as written, before :func:`first_char_guard` (tests compare the two).  SALUTATION's
#: source is built into other patterns, so it keeps its own.
UNGUARDED: dict[str, re.Pattern] = {
    _name: _value for _name, _value in globals().items()
    if isinstance(_value, re.Pattern) and not _name.startswith("_") and _name not in ("SALUTATION",)
}
globals().update({_name: first_char_guard(_value) for _name, _value in UNGUARDED.items()})

# Whole-page patterns that re would try at almost every character, found near a rarer part of every match
# instead (speed only: the same matches; see corpusmine.text.anchors): the anchor, then how far back from it
# a match can start.
_LINE_SPACE = back_over(" \t\u3000")
for _name, _anchor, _window in (
    ("PAYWALL_NOTE", ("省略", "隐藏", "会员可"), bracket_then_back(".…", span=60)),
    ("PAYWALL_MARK", ("隐藏", "省略"), back_over("(（【[.…此处以下后面剩余已", space=True)),
    ("PAGE_NUMBER_PREFIX", ("-", "—"), _LINE_SPACE),
    ("LOST_CHARS_PREFIX", ("?", "？", "\ufffd"), _LINE_SPACE),
    ("META_ID_PREFIX", ("编号",), back_over(" \t\u3000文档章资料")),
    ("HIDDEN_PREFIX", ("会员", "VIP", "登录后", "付费后", "购买后"), _LINE_SPACE),
):  # the guarded form and the one written (the tables above hold the latter)
    register(UNGUARDED[_name], _anchor, _window)
    register(globals()[_name], _anchor, _window)

# ---------------------------------------------------------------------------
# Page edges (corpusmine.text.page_edges); defined after the guards, used as written
# ---------------------------------------------------------------------------
#: A labelled teaser above a speech: 核心提示:, 摘要:, 内容提要:, 导读:, 导语:, 推荐阅读: (with or without 【】).  An
#: editor's note (编者按:) is not one: a newspaper prints it as part of the article.
HEAD_TEASER = re.compile(
    r"^\s*[【\[]?\s*(?:核心提示|内容提示|阅读提示|内容摘要|文章摘要|摘\s*要|内容提要|提\s*要|文章导读|本文导读|导\s*读|导\s*语|"
    r"推荐阅读)\s*[】\]]?\s*[:：]"
)
#: A line shaped like a speech's title (讲话, 发言, 致辞, 会议, 典礼 …): what a page puts first, below its chrome.
HEAD_TITLE = re.compile(
    r"讲话|发言|致辞|致词|报告|演讲|动员|会议|会上|典礼|仪式|座谈|开幕|闭幕|贺词|主持词|讲稿|范文|大会|推进会|部署会|党课|心得体会"
)
#: An office in a speaker line (县委书记 某某, 某某局局长): never a site's line above the title.
OFFICE_WORD = re.compile(
    r"书记|县长|市长|省长|区长|镇长|乡长|主任|局长|校长|院长|部长|厅长|主席|委员|代表|同志|处长|科长|所长|经理|董事长|理事长|会长|"
    r"秘书长|队长|站长|政委|村长|社长"
)

# ---------------------------------------------------------------------------
# Characters lost or inserted inside a word (corpusmine.text.inline_rules; round 18); used as written
# ---------------------------------------------------------------------------
#: A character lost to a wrong decoding, with the Latin letters of its bytes: 召开会议??h人大…, 推动?jì妇女 (two '?'
#: and one to three letters, or one '?' and an 'h' or letters with a tone mark, then no Latin letter; 吗?ok stays);
#: read only after a Chinese character.
MOJIBAKE_GLUED = re.compile(
    # a run of pinyin glosses whose character and '(' were lost to '?': 要?jiǎng)?chuàng)新 (round 20)
    r"(?:\?[a-zü]{0,4}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,3}\))+"
    r"|\?\?[a-zà-ǜ]{1,3}(?![A-Za-z])|\?(?:h|[a-z]{0,2}[àáǎèéěìíǐòóǒùúǔǖǘǚǜ][a-zà-ǜ]{0,2})(?![A-Za-z])"
)
#: Brackets lost to '?' around one character inside a word: 村?居?委会 (村(居)委会); read only after a Chinese
#: character and before one.
LOST_BRACKETS = re.compile(r"\?[\u4e00-\u9fff]\?")

# ---------------------------------------------------------------------------
# Anti-copy insertions and document-site labels (round 19; corpusmine.text.inline_rules, doc_chrome)
# ---------------------------------------------------------------------------
#: One letter of a script a Chinese speech never writes inside a word (Hangul, Thai/Lao, Cyrillic, Arabic,
#: Hebrew, Devanagari, Georgian) or one pictographic symbol (☆ ⚥ ✪ ♂: Miscellaneous Symbols and Dingbats),
#: between two Chinese characters: an anti-copy script's insertion (恶X性).  Greek (α粒子) and kana (の) are
#: not read: Chinese text writes them.
FOREIGN_INSERT = re.compile(
    r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0eff\u10a0-\u10ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
    r"\u2600-\u27bf\u20a0-\u20cf\u00b6](?<=[\u4e00-\u9fff)）].)(?=[\u4e00-\u9fff(（!！。，,])"
)
#: An ASCII hyphen between two Chinese characters (民-主): an anti-filter insertion splitting a word; not one of
#: a chain (省-市-县, 产-学-研: no other hyphen one or two characters away).  The rule reads it only inside a
#: sentence, outside quotes and titles (“莲都-叙永”班), and only where a page has two or more.
CJK_HYPHEN = re.compile(r"-(?<=[\u4e00-\u9fff]-)(?<!-[\u4e00-\u9fff]-)(?<!-[\u4e00-\u9fff]{2}-)(?=[\u4e00-\u9fff](?![\u4e00-\u9fff]?-))")
#: An empty source tag left inside a paragraph when a site's name was cut out of it: (来自), （来源）.
EMPTY_SOURCE_TAG = re.compile(r"[(（]\s*(?:来自|来源|摘自|转自)\s*[:：]?\s*[)）]")
#: The brackets that open an empty source tag, looked for with ``str.find`` (one character: a fast scan).
EMPTY_SOURCE_OPEN = ("(", "（")
#: A document site's outline of the speech above it: 【提纲】 …, 提纲: … (its numbered headings on one line).
OUTLINE_LABEL = re.compile(r"^\s*(?:[【\[]\s*(?:内容|文章|讲话)?(?:提纲|大纲)\s*[】\]]|(?:内容|文章|讲话)?(?:提纲|大纲)\s*[:：])")
#: A site's claim on the text glued inside a paragraph, naming the site twice: 某某网本资料权属某某网,放上鼠标按照
#: 提示查看某某网更多资料.  SITE_CLAIM finds the claim from its literal 本 (a fast scan); the rule then reads the
#: site's name after it and requires the same name right before it, and SITE_CLAIM_MORE reads the rest.
SITE_CLAIM = re.compile(r"本(?:资料|文章|文档|内容|范文)(?:版权)?(?:权属|归属|属于)[ \t\u3000]*")
SITE_NAME_END = ("网", "站", "吧", "文库")
SITE_CLAIM_MORE = re.compile(r"[,，]?[^。\n]{0,24}?(?:查看|访问|浏览)[^。\n]{0,12}?更多(?:资料|内容|文章|范文|信息)")
#: An editor's credit glued after the last sentence of a paragraph, with the site's counter after it
#: (…成就。 责任编辑:某某 0): only the group ``tail`` goes.
EDITOR_TAIL = re.compile(
    r"[。！？!?”](?P<tail>[ \t\u3000]*(?:责任编辑|责编|编辑)[ \t\u3000]*[:：][ \t\u3000]*[\u4e00-\u9fff·]{2,4}"
    r"(?:[ \t\u3000]*\d{1,6})?[ \t\u3000]*)$",
    re.M,
)
#: A portal's name glued after the last sentence of a paragraph, often behind a few Latin letters of an
#: anti-copy script (…顺利进行。abc某某信息港): only the group ``tail`` goes.
SITE_TAIL = re.compile(
    r"[。！？!?”](?P<tail>[ \t\u3000]*[A-Za-z]{0,5}[\u4e00-\u9fff]{2,8}(?:信息港|新闻网|资讯网)[ \t\u3000]*)$",
    re.M,
)
TAIL_FAMILIES = TAIL_FAMILIES + (
    (("编辑", "责编"), EDITOR_TAIL, "meta_row"),
    (("信息港", "新闻网", "资讯网"), SITE_TAIL, "source_footer"),
)
#: The tails are found near a rarer part of them (corpusmine.text.anchors): a space between names, a bracket after
#: the sentence end, a credit word or a site word, on the line of the sentence end they start with.
_END = re.compile("[。！？!?”]")
for _pattern, _anchor, _window in (
    (BYLINE_TAIL, (" ", "\t", "\u3000"), line_window), (PHOTO_CREDIT_TAIL, ("摄", "供图"), line_window),
    (NAME_TAIL, ("(", "（"), back_over("。！？!?”")), (CREDIT_TAIL, ("(", "（"), back_over("。！？!?”")),
    (EDITOR_TAIL, ("编辑", "责编"), line_window), (SITE_TAIL, ("信息港", "新闻网", "资讯网"), line_window),
):
    register(_pattern, _anchor, _window, _END)
for _name in ("BYLINE_TAIL", "PHOTO_CREDIT_TAIL", "NAME_TAIL", "CREDIT_TAIL"):     # the forms the table above holds
    register(UNGUARDED[_name], *ANCHORED[globals()[_name]])

#: A line break inside a sentence (one break: a blank line is a paragraph's end): after an opening bracket, quote or
#: enumeration comma, or before punctuation that no line may
#: start with (Chinese typesetting's 行首禁则: 》、，。；：！？ and closing brackets and quotes).
#: (Runs after line-edge white space is gone; opening with the newline lets ``re`` jump between newlines.)
SENTENCE_BREAK = re.compile(r"\n(?:(?<=[《〈“‘「『（【、]\n)[^\S\n]*(?=\S)|[^\S\n]*(?=[》〉”’」』）】、，。；：！？]))")

#: A line of marks only, no letter, digit or Chinese character: a lone bracket or colon, a row of dots or
#: ellipses, a pointer (], :, >, ………………) left of a widget or a cut; or English words alone on a line of a
#: Chinese page (The Beginning, Tags): one to four words of letters only, four letters or more (GDP, APP alone
#: stay).  A closing quote, a sentence end or a bracket of prose alone on a line is no such mark (a sentence
#: wrapped before it).  Group ``line`` is the line after its newline (the page's first line is matched at 0:
#: opening with the newline lets ``re`` jump between newlines).
STRAY_LINE = re.compile(
    r"\n(?P<line>[ \t\u3000]*(?:[\[\]【】<>＜＞«»:：…·.*#=~|｜-]+"
    r"|(?=[A-Za-z \t]{4,})[A-Za-z]{2,}(?:[ \t]+[A-Za-z]{2,}){0,3})[ \t\u3000]*)(?=\n|$)"
)
