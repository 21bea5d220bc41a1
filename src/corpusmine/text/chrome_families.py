"""Name the family of an annotated chrome mark, so a measurement says which families are left.

:mod:`corpusmine.text.chrome_eval` counts marks; a researcher deciding whether
a cleaned corpus is good enough needs to know *what* is left: a download panel
left in every page matters more than a photo credit.  :func:`mark_family`
reads a mark's own words and shape (never the page it came from) and gives
one of :data:`FAMILIES`; the first family whose cue matches wins, in the
order of that tuple.  :data:`ISSUE_FAMILIES` are the families issue 13 names
(download/VIP panels, truncation notices, title/link/copyright footers, editor
blurbs, breadcrumbs and metadata rows, login prompts, share widgets, related
lists, pinyin glosses, PDF footers, CSS/HTML leftovers); the others (news
leads and bylines, other widgets, photo captions, spam, site names) are what
real pages add.  Marks are read in their Simplified view.

The cues are deliberately coarse: a family label is for reading a
measurement, not for cleaning (the cleaner's rules are far stricter).

Examples
--------
>>> mark_family("该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。")
'download_panel'
>>> mark_family("发布时间:2023-10-13 09:20 来源:县政府办 点击:1234")
'metadata_row'
"""

from __future__ import annotations

import re

from corpusmine.text.script import simplified_view

__all__ = ["FAMILIES", "ISSUE_FAMILIES", "mark_family"]

_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("css_html", re.compile(r"<[a-zA-Z/!][^>]{0,80}>|\{[^{}]{0,80}:[^{}]{0,80}\}|&nbsp;|&[a-z]{2,6};|"
                            r"(?:font-size|color|margin|padding|display)\s*:", re.I)),
    ("truncation", re.compile(r"未完|全文共|仅显示|预览(?:已)?结束|试读|剩余\s*\d*\s*(?:字|页)|还剩|已隐藏|阅读全文|"
                              r"(?:最多)?只能预览|展开全文|查看全文|余下全文|篇幅")),
    ("download_panel", re.compile(r"VIP|会员|下载|积分|金币|下载券|购买|付费|充值|客服|收藏|举报|文档|"
                                  r"格式\s*[:：]\s*(?:DOC|PDF|DOCX|PPT)|大小\s*[:：]|页数\s*[:：]", re.I)),
    ("title_link_copyright", re.compile(r"本文标题|本文链接|链接地址|原文链接|本文地址|转载|版权|copyright|©|"
                                        r"ICP|备案|免责声明|侵权|所有\s*$|主办|承办|技术支持|不代表本", re.I)),
    ("editor_blurb", re.compile(r"小编|为大家(?:整理|收集|分享|带来|精心)|希望对(?:大家|您|你)有所帮助|仅供参考|欢迎阅读|"
                                r"供大家参考|以下是|下面是|本篇文章|本文是")),
    ("login", re.compile(r"登录|注册|登陆|密码|用户名")),
    ("share", re.compile(r"分享|扫一扫|二维码|微信|微博|公众号|朋友圈|QQ", re.I)),
    ("related_list", re.compile(r"相关(?:文章|阅读|推荐|范文|链接|新闻|内容)|推荐阅读|猜你喜欢|热门|延伸阅读|更多|"
                                r"上一篇|下一篇|^\s*[★●•·◆]")),
    ("breadcrumb", re.compile(r"首页|当前位置|您的位置|你的位置|位置\s*[:：]|\s[>»›→]\s|>>")),
    ("metadata_row", re.compile(r"发布时间|发布日期|时间\s*[:：]|日期\s*[:：]|来源\s*[:：]|点击|浏览|阅读\s*[:：(（]?\s*\d|"
                                r"作者\s*[:：]|字号|打印|关闭|索引号|责任编辑|编辑\s*[:：]|审核|校对|"
                                r"^\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}")),
    ("pinyin", re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|^\s*[(（]\s*[a-z]{1,6}\s*[)）]\s*$")),
    ("pdf_footer", re.compile(r"第\s*\d+\s*页|共\s*\d+\s*页|^\s*[-—]?\s*\d{1,3}\s*[-—]?\s*$|Page\s*\d", re.I)),
    ("news_lead_byline", re.compile(r"记者|通讯员|本报讯|网讯|电\s*[(（]|讯\s*[(（]|文/|图/|摄|报道|新华社|供图|图文")),
    ("widget", re.compile(r"^\s*[|｜]+\s*$|手机版|返回顶部|评论|关注|邮箱|搜索|复制链接|验证码|展开|繁体|简体|"
                          r"[\[【](?:阅读|打印|关闭|正文)[\]】]|热线|地址\s*[:：]|主管|版次|\d+版\s*[:：]|上接|下转")),
    ("caption", re.compile(r"^\s*图为|图片|现场|\.(?:jpg|jpeg|png|gif)", re.I)),
    ("spam", re.compile(r"彩票|博彩|娱乐城|棋牌|赌|官网|平台|\b(?:app|APP)\b|代写|代笔")),
    ("site_name", re.compile(r"网$|网站|官网|门户|频道|文库|范文|文秘|(?:www\.|https?://)|\.(?:com|cn|net|org)\b", re.I)),
)

#: Every family :func:`mark_family` can give, in the order it tries them (``other`` last).
FAMILIES: tuple[str, ...] = tuple(name for name, _ in _CUES) + ("other",)

#: The families issue 13 names ("Deliver", point 1).
ISSUE_FAMILIES: frozenset[str] = frozenset({
    "download_panel", "truncation", "title_link_copyright", "editor_blurb", "breadcrumb", "metadata_row",
    "login", "share", "related_list", "pinyin", "pdf_footer", "css_html",
})


def mark_family(mark: str) -> str:
    """The family of one annotated chrome mark (see :data:`FAMILIES`).

    Parameters
    ----------
    mark : str
        One chrome occurrence, as annotated.

    Returns
    -------
    str
        The first family whose cue the mark holds, or ``"other"``.

    Examples
    --------
    >>> mark_family("(未完,全文共6606字,当前仅显示2320字,请阅读下面全文)")
    'truncation'
    >>> mark_family("当前位置:首页 > 范文大全 > 讲话稿")
    'breadcrumb'
    >>> mark_family("本报讯(记者 张三 通讯员 李四)")
    'news_lead_byline'
    >>> mark_family("社会(shè huì)")
    'pinyin'
    >>> mark_family("發布時間:2022-09-16 來源:某某網")
    'metadata_row'
    >>> mark_family("区情快递")
    'other'
    """
    mark = simplified_view(mark)
    for name, cue in _CUES:
        if cue.search(mark):
            return name
    return "other"
