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

# ---------------------------------------------------------------------------
# Character classes
# ---------------------------------------------------------------------------
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef“”‘’…—·"
SPACE = " \t\u3000\u00a0"
SENT_END = "。！？!?；;"
#: What is removed at either end of a line and makes a line blank: every
#: character Python's ``str.strip()`` removes (all Unicode white space and
#: separators: Zs, Zl, Zp, \t \v \f \r \x1c-\x1f \x85 ...) plus the
#: zero-width space and the byte-order mark.  Stripping exactly this set makes
#: the cleaned text a fixed point of paragraph splitting, so nothing is lost
#: without an audit row.
LINE_EDGE = "".join(sorted({chr(c) for c in range(0x3001) if chr(c).isspace()} - {"\n"})) + "\u200b\ufeff"

RE_CJK = re.compile(f"[{CJK}]")

# ---------------------------------------------------------------------------
# Patterns (all matched on the Simplified view)
#
# Patterns searched over a whole page that open with a lookbehind or an optional
# part start with a lookahead on their first character ((?=[xX]) ...): the same
# matches, but most positions of a long page are rejected by one character test.
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
    re.compile(r"^\s*【?\s*篇\s*(?P<n>[0-9一二三四五六七八九十]+)\s*】?\s*[:：]?\s*(?P<title>.{0,80})$"),
    re.compile(r"^\s*【?\s*范文\s*(?P<n>[0-9一二三四五六七八九十]+)\s*】?\s*[:：]?\s*(?P<title>.{0,80})$"),
]

#: A "where you are" line, or two breadcrumb separators between words (首页 > 范文 > 讲话).  The second
#: branch is the minimal form of ``(\S+\s*[>›»]\s*){2,}\S+``, which matches the same lines but
#: backtracked over every long line without a separator (quadratic in the line length).
NAV = re.compile(r"^\s*(当前位置|您的位置|您现在的位置|现在位置|位置)\s*[:：]|\S\s*[>›»]\s*\S+\s*[>›»]\s*\S")
NAV_ITEMS = re.compile(r"^\s*(?:\S{2,8}\s+){3,}\S{2,8}\s*$")
NAV_WORDS = re.compile(r"首页|范文|范例|栏目|频道|主页|导航|专题")
SHORT_NAV = re.compile(r"^\s*(首页|网站首页|返回首页|返回顶部|返回列表|MORE|更多|上一页|下一页|打印本页|收藏本页)\s*$", re.I)

META_FIELD = r"(?:发布时间|发布日期|发表时间|发布于|更新时间|上传时间|时间|日期|来源|出处|作者|文章作者|编辑|责任编辑|人气|浏览|浏览次数|阅读|阅读量|点击|点击数|栏目|分类|字数|页数|价格|大小|格式|标签|标题|下载次数)"
META = re.compile(r"^\s*" + META_FIELD + r"\s*[:：]")
META_MULTI = re.compile(META_FIELD + r"\s*[:：]")
TITLE_FIELD = re.compile(r"^\s*标题\s*[:：]\s*(?P<title>.+?)\s*(\[打印本页\]|【打印本页】)?\s*$")

BLURB = re.compile(
    r"小编|供大家参考|仅供参考|以供参考|欢迎阅读|欢迎借鉴|希望对(大家|您)有所帮助|欢迎下载|"
    r"本文(档)?由用户上传|请您下载后查看|内容显示的完整度|以下是[^。]{0,30}(范文|讲话稿|材料)|"
    r"精心整理|整理了[^。]{0,20}(范文|讲话稿)"
)
RECOMMEND = re.compile(
    r"^\s*(推荐访问|相关推荐|推荐阅读|相关阅读|相关文章|猜你喜欢|推荐特供|热门文章|热门推荐|延伸阅读|上一篇|下一篇|相关范文|相关文档)\s*[:：]?"
)
#: Footer lines.  Words that also occur in real speeches and reports (侵权, 授权,
#: 投诉, 免责) count only in their site-footer phrasing (如有侵权, 禁止转载,
#: 向本站投诉), so that "对侵权行为要依法惩处" stays.
FOOTER = re.compile(
    r"(?:^|(?=[版c©ai备公p禁不建联客本如侵]))(?:"
    r"版权所有|版权归|copyright|©|all rights reserved|icp备|icp证|备案号|公网安备|powered by|"
    r"^\s*欢迎光临|禁止复制|禁止转载|不得转载|建立镜像|联系客服|客服热线|本站|"
    r"如有侵权|侵权必究|侵权请|侵权删除|^\s*免责声明)",
    re.I,
)
PAYWALL_LINE = re.compile(
    r"(?:^|(?=[资文剩查需下立付]))(?:"
    r"资源预览|文档简介|剩余\s*\d+\s*页未读|查看更多内容|需下载|文档下载|下载文档|立即下载|付费|"
    r"^\s*版权提示\s*$|^\s*[•·]?\s*温馨提示\s*[:：]?\s*$|^\s*[•·]\s*\d+\s*[.、]|"
    r"^\s*\d+\s*/\s*\d+\s*$|^\s*(第\s*\d+\s*页|[-—]\s*\d+\s*[-—])\s*$)"
)
PDF_FOOTER = re.compile(r"第\s*\d+\s*页\s*[,，/、]?\s*共\s*\d+\s*页")
PAYWALL_MARK = re.compile(
    r"(?=[(（【\[.…此以后剩已隐省])(?:[(（【\[]\s*)?(?:[.…]{2,}\s*)?(?:此处|以下|后面|剩余)?已?(?:隐藏|省略)\s*\d+\s*字"
    r"(?:\s*[.…]{2,})?(?:\s*[)）】\]])?"
)
PINYIN_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN = re.compile(
    rf"(?=[(（])(?<=[{CJK}])[(（](?=[a-zü{PINYIN_VOWEL}]*[{PINYIN_VOWEL}1-5])"
    rf"[bpmfdtnlgkhjqxzcsryw]?h?[aeiouüv{PINYIN_VOWEL}]{{1,3}}(?:ng|n|r)?[1-5]?[)）]"
)
CSS = re.compile(
    r"(?:^|(?=[a-z\-]))(?:"
    r"^\s*(?:[@.#]?[\w\-][\s,>.#:\[\]=\"'\w\-]*\{[^{}]*\}?|\}|\{)\s*$|"
    r"(?:[a-z\-]{3,}\s*:\s*[^;:\n]{1,40};\s*){2,}|"
    r"^\s*(?:@media|@font-face|@import)\b)"
)
SCRIPT = re.compile(
    r"^\s*(?:var |let |const |function\s*\w*\s*\(|document\.|window\.|\$\(|if\s*\(.*\)\s*\{|<script|</script)"
)

PLACEHOLDERS = [
    (
        "template_slot",
        re.compile(
            r"[(（](?:如[:：][^()（）]{0,20}|[^()（）]{0,6}(?:归纳|提炼|列举|发言主题|填写|单位名称|姓名)[^()（）]{0,12}|主题)[)）]"
        ),
    ),
    ("placeholder", re.compile(r"(?=[12])(?<![A-Za-z0-9])(?:19|20)[xX×]{2}(?![A-Za-z])")),
    ("placeholder", re.compile(r"(?=[xX])(?<![A-Za-z])[xX]{2,}(?![A-Za-z])")),
    ("placeholder", re.compile(rf"(?=[xX])(?<=[{CJK}{CJK_PUNCT}\s\"“《(（])[xX](?=[{CJK}{CJK_PUNCT}\s\"”》)）])")),
    ("placeholder", re.compile(r"^[xX](?=[" + CJK + r"])", re.M)),
    ("placeholder", re.compile(r"(?=[*×○□△■])(?:\*{2,}|×{2,}|[○□△■]{2,})")),
    ("placeholder", re.compile(rf"(?=×)(?<![0-9]){'×'}(?![0-9])")),
]

#: Bracket pairs that enclose a document number's year (中办发〔2005〕22号); a placeholder
#: mark that fills one is replaced with its brackets (see :func:`corpusmine.text.rules.placeholders`).
BRACKETS: dict[str, str] = {"〔": "〕", "[": "]", "［": "］", "【": "】", "(": ")", "（": "）"}

STRAY_SPACE = re.compile(
    rf"(?=[ \t\u3000\u00a0])(?:(?<=[{CJK}{CJK_PUNCT}0-9,.;:!?、])[ \t\u3000\u00a0]+(?=[{CJK}{CJK_PUNCT}、])|"
    rf"(?<=[{CJK}{CJK_PUNCT}、])[ \t\u3000\u00a0]+(?=[0-9A-Za-z“]))"
)
PARA_SPACES = re.compile(r"(?=[ \t\u3000\u00a0])(?<=\S)[ \t\u3000\u00a0]{2,}(?=\S)")
