"""Residue families of site chrome the held-out rounds 23-26 left behind, each by its shape.

* **record fields without colons** (:func:`record_field_spans`, rule ``record_fields``): a literature
  database's record, one field a line as a label, white space and a short value (编号 …, 文献类型 期刊论文,
  作者 …, 母体文献 …, 年卷期 …); a run of at least three such lines, one of them a label only a
  bibliographic record uses (文献类型, 母体文献, 年卷期, 刊名 …), goes.  图书馆要提供文献类型多样的服务 stays.
* **server leftovers** (rule ``server_error``): a server-side include's error
  ([an error occurred while processing this directive]), an include left as a comment
  (<!--#include virtual="…" -->), a PHP warning naming its file and line, an HTTP error notice alone on a
  line (404 Not Found), a template tag of a CMS ({dede:field.title/}, <?php … ?>), a template engine's missing file
  (The template file 'x.htm' not found or have no access!; round 129k) and a database's syntax error report.
* **stock widgets** (rule ``stock_widget``): the code and forum link a finance portal glues after a
  company's name ((000157,股吧), (600519.SH), (SZ000001), (行情 股吧)); 股票代码为600519 in a sentence stays.
* **site names** (rule ``site_name``): a collecting site's name alone on a line (某某在线学习网, 某某资料网;
  某某在线, 某某文库 only above the first or below the last sentence).
* **widget words** (rule ``widget_words``): a line of one to four widget words only (+ 收藏, 直播, 文章图片,
  新闻资讯, 点赞 评论); a line holding a sentence (要把新闻资讯及时推送给群众) stays.
* **OCR debris** (rule ``ocr_debris``): a line of one to three Latin letters or digits with a lower-case
  letter, or made only of look-alikes (Ol, lI, 1l); 5G, GDP, II stay.
* **a second story's headline** (rule ``second_headline``): a column tag in 【】 and a headline without a
  sentence end on the page's last line, or glued after its last sentence (…。【新闻局】某某局召开专题会议).
* **end marks** (rule ``end_tags``): END alone (- END -, —END—) and a TAG row (TAG: 讲话 致辞).
* **gambling brands** (:func:`gambling_brand_spans`, rule ``gambling_brand``): a casino brand a hijacked page
  injects in place of a name (9999js金沙老品牌, 金沙集团3354cm, 金沙官网, 威廉希尔官网,
  金沙集团游戏登录-(中国)有限公司), deleted as a span inside its line; 澳门特区政府官网, 金沙江, 皇冠假日酒店
  and 永利集团2019年 stay.  A brand whose name is not on the list goes by its form (rounds 63 and 66): a group's
  name glued to a code of letters and digits (某某集团abc12345cc), or a name and kind with a site word and a code
  before it (4008某某国际官网), a login entry after it (某某国际官网登录入口) or a "newest site" word (某某国际最新网站,
  round 69); 某某集团2019年, 某某集团100强, 某某国际会议中心 and 访问某某集团官网 stay.
* **reporters' names alone** (rule ``byline``): two to four names (a common surname and one or two characters)
  alone on a page's first line, or one or more under its last sentence (alone on the last line or set off by white
  space after it: …的贡献。   李某); names listed after a colon, 谢谢 and 万岁 stay.
* **tag remnants** (rule ``html_leftover``): a closing tag whose < a converter turned into ? (?/p>), the tail of
  a tag cut in half (alt="" />, " />, class="x">) and a bracket alone after a sentence's end (…落实。 <).
* **post rows** (rule ``meta_row``): a blog template's row of a weekday or date, a view counter and a category
  label (星期二, 1月 31, 2023 Views 文章分类: 时事新闻); 要做好垃圾分类: 一是… stays.
* **page counts** (rule ``page_counter``): a document site's count alone on a line (21 页, 共 3 页); 报告共 3 页。 stays.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> st = CleaningState("同志们:\\n要抓好落实。\\n+ 收藏\\n9月6日,金沙官网师生观看开学第一课。")
>>> residue_chrome(st)
>>> st.doc.output
'同志们:\\n要抓好落实。\\n\\n9月6日,师生观看开学第一课。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.patterns import SURNAMES
from corpusmine.text.lines import lines_holding
from corpusmine.text.speech_voice import HAILS, in_speech_voice

__all__ = ["gambling_brand_spans", "record_field_spans", "residue_chrome"]

_H = r"[ \t\u3000]"
_END = "。！？!?"

# --- record fields without colons ------------------------------------------------------------------
_FIELD_LABELS = ("编号", "文献类型", "作者单位", "作者", "母体文献", "年卷期", "卷期", "关键词", "主题词", "来源",
                 "出处", "题名", "刊名", "中图分类号", "分类号", "ISSN", "页码", "页数", "语种", "出版者", "出版日期",
                 "发表日期", "馆藏号", "文献标识码", "单位")
#: labels only a bibliographic record uses (a run needs one of them)
_FIELD_STRONG = ("文献类型", "母体文献", "年卷期", "刊名", "题名", "分类号", "ISSN", "文献标识码", "馆藏号", "语种")
_BULLET = rf"(?:[•·*\-]{_H}*)?"
#: 标签 值 (white space between) or 标签值 (a short value without a comma); a bullet may open the line
_FIELD = re.compile(rf"{_H}*{_BULLET}(?:{'|'.join(_FIELD_LABELS)})"
                    rf"(?:{_H}+[^\s{_END}][^\n{_END}]{{0,79}}|[^\s{_END},，、；;][^\n{_END},，、；;]{{0,29}})")
_FIELD_GATE = re.compile(rf"\n{_H}*{_BULLET}(?:{'|'.join(_FIELD_STRONG)})")


def record_field_spans(view: str) -> list[tuple[int, int]]:
    """Lines of a literature database's record without colons, in runs of three or more.

    Parameters
    ----------
    view : str
        A page (Simplified view).

    Returns
    -------
    list of (int, int)
        The spans of the field lines of each run holding a bibliographic label.

    Examples
    --------
    >>> page = "编号 2019001\\n文献类型 期刊论文\\n作者 张某\\n同志们:\\n图书馆要提供文献类型多样的服务。"
    >>> [page[s:e] for s, e in record_field_spans(page)]
    ['编号 2019001', '文献类型 期刊论文', '作者 张某']
    >>> record_field_spans("作者 张某\\n来源 某某日报\\n编号 3\\n要抓好落实。")      # no bibliographic label
    []
    """
    if _FIELD_GATE.match("\n" + view[:40]) is None and _FIELD_GATE.search(view) is None:
        return []
    return _field_runs(view)


def _field_runs(view: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        if len(run) >= 3 and any(label in line for _s, _e, line in run for label in _FIELD_STRONG):
            spans.extend((s, e) for s, e, _line in run)
        run.clear()

    for s, e, line in lines_holding(view, _FIELD_LABELS):
        if not _FIELD.fullmatch(line):
            continue
        if run and view[run[-1][1]:s].strip():
            close()
        run.append((s, e, line))
    close()
    return spans


# --- server leftovers, stock widgets ---------------------------------------------------------------
_SERVER = re.compile(
    r"\[an error occurred while processing (?:this|the) directive\]"
    r"|<!--#(?:include|echo|exec|config|set|if|elif|else|endif|fsize|flastmod)\b[^\n]{0,200}?-->"
    r"|\{dede:[^\n{}]{0,80}\}|<\?php\b[^\n]{0,200}?\?>"
    r"|The template file\s*'[^'\n]{0,120}'\s*not found or have no access!?(?:\s*[(（]\d{1,3}[)）])?"
    r"|You have an error in your SQL syntax[^\n]{0,300}"
    rf"|^{_H}*(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)"
    rf"{_H}*:[^\n]{{0,400}}? in [^\s]{{1,200}}\.php on line \d+{_H}*$"
    rf"|^{_H}*(?:HTTP{_H}*(?:Error{_H}*)?)?(?:40[0134]|50[0234]){_H}*[-:：—]?{_H}*"
    r"(?:Not Found|Forbidden|Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out"
    r"|File or directory not found|找不到文件或目录|未找到文件|页面不存在|文件或目录不存在|服务器错误|禁止访问)"
    rf"[^\n{_END}]{{0,40}}$",
    re.I | re.M,
)
_QUOTE_LINK = r"(?:股吧|行情|资金流向|诊股|研报|个股资料|实时行情|专区)"   # (行情 专区): round 196k
_STOCK = re.compile(
    rf"[(（]{_H}*(?:(?:SH|SZ|BJ)?\d{{5,6}}(?:\.(?:SH|SZ|BJ|HK|SS))?{_H}*[,，、]?{_H}*{_QUOTE_LINK}"
    rf"|{_QUOTE_LINK}(?:{_H}*[,，、]?{_H}*{_QUOTE_LINK})+"
    rf"|\d{{5,6}}\.(?:SH|SZ|BJ|HK|SS)|(?:SH|SZ)\d{{6}})"
    rf"(?:{_H}*[,，、]?{_H}*{_QUOTE_LINK}){{0,4}}{_H}*[)）]"
)

# --- site names, widget words, OCR debris, end marks -----------------------------------------------
#: a collecting site's name: 某某在线学习网 anywhere, 某某在线 / 某某文库 only at a page's edge
_SITE_ANY = re.compile(rf"{_H}*[\u4e00-\u9fffA-Za-z0-9]{{2,10}}(?:在线学习网|学习网|资料网|知识网|百科网|美文网|文章网){_H}*")
_SITE_EDGE = re.compile(rf"{_H}*[\u4e00-\u9fffA-Za-z0-9]{{2,10}}(?:在线|文库|教育网){_H}*")
_WIDGET_WORD = (r"(?:加入收藏|收藏本文|收藏|直播|文章图片|新闻图片|图片新闻|新闻资讯|资讯|视频|点赞|评论|分享|加关注|关注|举报|"
                r"我要纠错|纠错|推荐|热门|置顶)")
_WIDGET_LINE = re.compile(rf"{_H}*(?:[+＋★☆•·>》]{_H}*)?{_WIDGET_WORD}(?:{_H}*[|｜/／·•]?{_H}*(?:[+＋★☆•·]{_H}*)?"
                          rf"{_WIDGET_WORD}){{0,3}}{_H}*")
#: the lines a line family can start with, found in one scan of the page from newline to newline: a
#: bibliographic label, an end mark or TAG row, a server's warning or error notice, one to three Latin letters
_LINE_START = re.compile(
    rf"\n[ \t\u3000\-—–=_*·•]*(?:{'|'.join(_FIELD_STRONG)}|TAG|Tag|tag|THE|END|PHP|Warning|Notice|Deprecated|Fatal"
    rf"|Parse|Strict|HTTP|40[0134]|50[0234]|[A-Za-z0-9]{{1,3}}{_H}*(?=\n|$))"
)
_SHORT_ASCII = re.compile(rf"{_H}*([A-Za-z0-9]{{1,3}}){_H}*")
#: a short line (a site's name, a run of widget words), found in one scan
_SHORT_LINE = re.compile(r"\n[^\n]{1,30}(?=\n|$)")
#: casino names (the literals a brand holds, and the brand's core)
_CORES = ("金沙", "威尼斯", "葡京", "皇冠", "澳门", "威廉希尔", "bet365", "太阳集团", "太阳城", "彩神", "黄金城", "永利", "利来",
          "亚博", "新濠", "维多利亚")
#: the literals the inline families hold (casino names, a stock forum or exchange suffix, server leftovers), one scan
_INLINE = re.compile("|".join(_CORES) + r"|股吧|行情|\.S[HZS][)）]|directive\]|<!--#|<\?php|\{dede:|template file|SQL syntax"
                     r"|\(S[HZ]\d|（S[HZ]\d|\+ ?收藏|＋ ?收藏|\+ ?关注|＋ ?关注")     # literal alternatives: re scans for their first characters
#: a button glued to a title or a sentence: + 收藏, ＋关注
_BUTTON = re.compile(r"[+＋] ?(?:收藏|关注)(?![\u4e00-\u9fff])")
_LOOKALIKE = frozenset("Il1|O0o")
_END_MARK = re.compile(rf"{_H}*[-—–=_*·•]*{_H}*(?:THE{_H}+)?END{_H}*[-—–=_*·•]*{_H}*")
_TAG_ROW = re.compile(rf"{_H}*(?:TAG|TAGS|Tag|Tags|tag|tags){_H}*(?:标签)?{_H}*[:：][^\n{_END}]{{0,100}}")
#: a column tag and a headline at the page's end: 【新闻局】某某局召开专题会议
_TAG_HEADLINE = re.compile(rf"【[\u4e00-\u9fff]{{2,8}}】[^\n【】{_END}]{{4,40}}{_H}*$")
_NOT_A_COLUMN = ("编者按", "编后", "编者", "注", "附", "按", "结束语", "结语")




# --- reporters' names, tag remnants, page counts ----------------------------------------------------
#: a name: a common surname and one or two characters (谢谢, 万岁 are a speech's last words, not names)
_NAME = rf"(?!谢谢|万岁|再见|完毕)[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_NAMES = rf"{_NAME}(?:(?:{_H}+|{_H}*[、,，]{_H}*){_NAME}){{0,3}}"
_NAME_LINE = re.compile(rf"{_H}*{_NAMES}{_H}*")
#: one to four names after a report's last sentence, set off by white space on its line: …的贡献。   李某
_NAMES_AFTER = re.compile(rf"(?<=[{_END}”」])(?:{_H}{{2,}}|\u3000){_NAMES}{_H}*$")
#: a closing tag whose < a converter turned into ?: ?/p>, ？/div>
_TAG_REMNANT = re.compile(r"[?？]/(?:p|div|span|td|tr|li|font|strong|b|a|h[1-6])>", re.I)
#: a tag whose < was lost, alone between white space or after a notice's dots: ……此处隐藏2532个字…… p> (round 266k)
_BARE_TAG = re.compile(r"(?:(?<=[\s…。！？])|^)[ \t]*/?(?:p|div|span|td|tr|li|font|strong|br|h[1-6])[ \t]*/?>(?=\s|$)", re.I | re.M)
#: The tail of a tag cut in half by a scraper: attributes and the closing (alt="" />, " />, class="x">), or a
#: bracket or a scraper's escaping backslash left alone after a sentence's end (…落实。 <, …鸟兽虫鱼。 \; round 131k); 3>2 and
#: 首页 > 讲话稿 stay.
_ATTR = r"""[A-Za-z][\w:-]{0,20}[ \t]*=[ \t]*(?:"[^"\n<>]{0,300}"|'[^'\n<>]{0,300}')"""
_TAG_TAIL = re.compile(rf"""{_H}*(?:(?:{_ATTR}{_H}*)+/?>|"{_H}*/?>(?!\S)|{_H}/>)|(?<=[{_END}”」』])[ \t]*(?:[<>]|\\{{1,2}})[ \t]*$""", re.M)
#: a blog template's post row: a weekday or a date, a view counter and a category label (星期二, 1月 31, 2023 Views
#: 文章分类: 时事新闻); a bare 分类 label is a speech's word too (推行垃圾分类:一是…)
_POST_ROW = re.compile(r"[^\n。！？!?；;]{0,40}(?:\d{4}|\d{1,2}月|星期[一二三四五六日天])[^\n。！？!?；;]{0,40}"
                       rf"(?:文章分类|Categories|Category){_H}*[:：][^\n。！？!?；;]{{1,20}}")
#: a document site's page count alone on a line: 21 页, 共 3 页
_PAGE_COUNT = re.compile(rf"{_H}*(?:共{_H}*)?\d{{1,4}}{_H}*页{_H}*")


def _name_credits(view: str) -> list[tuple[int, int, str]]:
    """Reporters' or editors' names alone: two or more on a page's first line, one or more under its last sentence.

    Examples
    --------
    >>> page = "王某 陈某某\\n\\n青山环抱中,村民聚到农家小院。\\n要抓好落实。   李某"
    >>> [page[s:e] for s, e, _rule in _name_credits(page)]
    ['王某 陈某某', '   李某']
    >>> _name_credits("王某\\n在全县大会上的讲话\\n要抓好落实。\\n谢谢")    # a speaker's name, a speech's last word
    []
    """
    spans: list[tuple[int, int, str]] = []
    head = view[:80].lstrip()
    s = len(view) - len(view.lstrip()) if head else 0
    e = view.find("\n", s)
    e = len(view) if e < 0 else e
    line = view[s:e]
    if e - s <= 40 and _NAME_LINE.fullmatch(line) and len(line.split()) >= 2:
        spans.append((s, e, "byline"))
    end = len(view.rstrip())
    for _ in range(2):                       # the last line, and a names line above it
        start = view.rfind("\n", 0, end) + 1
        if start <= (spans[0][1] if spans else 0):
            break
        line = view[start:end]
        before = view[:start].rstrip()
        if len(line) <= 40 and _NAME_LINE.fullmatch(line) and before and before[-1] in _END + "”」":
            spans.append((start, end, "byline"))
            end = len(before)
            continue
        m = _NAMES_AFTER.search(line) if len(line) <= 4000 else None
        if m:
            spans.append((start + m.start(), end, "byline"))
        break
    return spans


def _is_debris(token: str) -> bool:
    if any(c.islower() for c in token):
        return True
    return len(set(token)) >= 2 and set(token) <= _LOOKALIKE and not token.isdigit()


def _line_spans(view: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    head = "\n" + view[:40]
    starts = [m.start() for m in _LINE_START.finditer(view)]
    if _LINE_START.match(head):
        starts.insert(0, -1)
    fields = False
    for p in starts:
        s = p + 1
        e = view.find("\n", s)
        e = len(view) if e < 0 else e
        line = view[s:e]
        m = _SHORT_ASCII.fullmatch(line)
        if m and _is_debris(m.group(1)):
            spans.append((s, e, "ocr_debris"))
        elif len(line) <= 100 and (_END_MARK.fullmatch(line) or _TAG_ROW.fullmatch(line)):
            spans.append((s, e, "end_tags"))
        elif len(line) <= 600 and _SERVER.search(line):
            spans.extend((s + m.start(), s + m.end(), "server_error") for m in _SERVER.finditer(line))
        elif _FIELD_GATE.match("\n" + line):
            fields = True
    if fields:
        spans.extend((s, e, "record_fields") for s, e in _field_runs(view))
    shorts = [(m.start() + 1, m.end()) for m in _SHORT_LINE.finditer(view)]
    if _SHORT_LINE.match(head):
        shorts.insert(0, (0, head.find("\n", 1) - 1 if "\n" in head[1:] else len(view)))
    first, last = view.find("。"), view.rfind("。")       # a page's edges: above its first or below its last sentence
    for s, e in shorts:
        line = view[s:e]
        if _SITE_ANY.fullmatch(line) or (_SITE_EDGE.fullmatch(line) and (first < 0 or s < first or e > last)):
            spans.append((s, e, "site_name"))
        elif _WIDGET_LINE.fullmatch(line) and not in_speech_voice(line):
            spans.append((s, e, "widget_words"))
        elif "页" in line and _PAGE_COUNT.fullmatch(line):
            spans.append((s, e, "page_counter"))
    return spans


def _inline_spans(view: str) -> list[tuple[int, int, str]]:
    """Server leftovers, stock widgets and casino brands inside the lines holding one of their literals."""
    spans: list[tuple[int, int, str]] = []
    lines: list[tuple[int, int]] = []
    for m in _INLINE.finditer(view):              # one scan; each line holding a literal once
        if lines and m.start() < lines[-1][1]:
            continue
        e = view.find("\n", m.end())
        lines.append((view.rfind("\n", 0, m.start()) + 1, len(view) if e < 0 else e))
    for s, e in lines:
        line = view[s:e]
        spans.extend((s + m.start(), s + m.end(), "server_error") for m in _SERVER.finditer(line))
        spans.extend((s + m.start(), s + m.end(), "stock_widget") for m in _STOCK.finditer(line))
        spans.extend((s + a, s + b, "gambling_brand") for a, b in _brand_spans(line))
        spans.extend((s + _spaces_before(line, m.start()), s + m.end(), "widget_words") for m in _BUTTON.finditer(line))
    spans.extend((a, b, "gambling_brand") for a, b in _unlisted_brands(view))
    spans.extend((s, e, "meta_row") for s, e, line in lines_holding(view, ("文章分类", "Categor"))
                 if len(line) <= 100 and _POST_ROW.fullmatch(line) and not in_speech_voice(line))
    spans.extend((s + m.start(), s + m.end(), "html_leftover")
                 for s, _e, line in lines_holding(view, ("?/", "？/")) for m in _TAG_REMNANT.finditer(line))
    spans.extend((s + m.start(), s + m.end(), "html_leftover")
                 for s, _e, line in lines_holding(view, (">",)) for m in _BARE_TAG.finditer(line))
    spans.extend((s + m.start(), s + m.end(), "html_leftover")
                 for s, _e, line in lines_holding(view, ("/>", '">', "<", ">", "\\")) for m in _TAG_TAIL.finditer(line)
                 if line.rfind("<", 0, m.start()) <= line.rfind(">", 0, m.start()))   # not inside a whole tag
    return spans


def _spaces_before(line: str, i: int, most: int = 8) -> int:
    """Where the white space (at most ``most`` characters) before ``line[i]`` starts."""
    j = i
    while j > max(0, i - most) and line[j - 1] in " \t\u3000":
        j -= 1
    return j


def _second_headline(view: str) -> tuple[int, int, str] | None:
    """The span of a second story's headline on the page's last line (alone or after the last sentence)."""
    tail = view[-4096:].rstrip()
    end = len(view) - len(view[-4096:]) + len(tail) if tail else len(view.rstrip())
    start = view.rfind("\n", 0, end) + 1
    m = _TAG_HEADLINE.search(view, start, end)
    if not m or view[m.start() + 1:view.index("】", m.start())] in _NOT_A_COLUMN:
        return None
    before = view[start:m.start()].strip()
    if before and before[-1] not in _END:
        return None                          # glued to a clause, not after a sentence
    if not any(view.find(c, 0, m.start()) >= 0 for c in _END) or in_speech_voice(m.group(0)) \
            or HAILS.match(view, m.start(), end):
        return None                          # a speech's heading and its salutation, cut by the page (round 292k)
    return m.start(), m.end(), "second_headline"


# --- gambling brands ---------------------------------------------------------------------------------
#: (威尼斯 alone is Venice: a brand only before a site word; 彩神…争霸 is a lottery app's name, round 97)
_CORE = ("金沙|威尼斯人|威尼斯(?=老品牌|官网|娱乐|集团|[Aa][Pp][Pp])|新葡京|葡京|皇冠|澳门|威廉希尔|bet365|太阳(?=集团|城)"
         "|彩神[A-Za-z]{0,4}争霸8?|黄金城|永利|利来|亚博|新濠"
         "|凯发(?=旗舰|官网|官方|娱乐|集团|国际|[Kk]8|网址|平台)"     # (round 279k: a title's -凯发旗舰)   # (these five: round 136k's hjc888黄金城 and its kin)
         "|维多利亚(?=老品牌|官网|官方网站|娱乐|集团|国际|[Aa][Pp][Pp])")   # (Victoria alone is a name: round 143k)
_BRAND = re.compile(
    r"(?P<pre>英国|澳门(?=威尼斯人|新葡京|葡京|金沙|永利|新濠)|[0-9A-Za-z]{2,12}(?:网站|网址)?)?"
    rf"(?P<core>{_CORE})"
    r"(?P<kind>(?:集团|城|国际|公司|娱乐场|娱乐城|娱乐|体育|棋牌|电子|游戏|赌场|官方)*)"
    r"(?P<code>[0-9A-Za-z]{2,12})?"
    r"(?P<tail>(?:官网|官方网站|(?:备用|最新)(?:网址|网站|地址)|网址|网站|老品牌|值得信赖|[Aa][Pp][Pp]下载|[Aa][Pp][Pp]|下载|登录|登陆|入口|平台"
    r"|[ \t]*[-—_]?[ \t]*[(（]中国[)）](?:有限公司|官方网站|官网)?)*)"
)
_CORE_RE = re.compile(_CORE)
_STRONG_TAIL = ("官网", "官方网站", "老品牌", "下载", "登录", "登陆", "入口", "有限公司", "网址", "备用", "最新网站", "最新地址")
#: a crown brand's betting kind (皇冠体育, 皇冠娱乐; round 304k): a venue or a hotel of that name has its own word after it
_CROWN_BET = re.compile(r"皇冠(?:体育|娱乐|棋牌)(?!馆|场|中心|用品|公园|酒店|假日|广场|大厦)")
_PURE_BRANDS = ("威廉希尔", "bet365")
#: a number followed by one of these is a year, a count or money, not a brand's code
_COUNTED = "年月日届级万亿元个名家位次期号%"


#: a brand's name: two to four characters, none a particle or a verb of the sentence it was put in (迎来了某某国际…)
_BRAND_NAME = r"(?:(?![了的在是和与及为把被对从向我们来到])[\u4e00-\u9fff])"
#: an unlisted brand: 某某集团 glued to a betting site's code of letters and digits (tyc33455cc); a year after a
#: company's name is no code (某某集团2020封藏大典, round 185k)
_CODED_BRAND = re.compile(rf"{_BRAND_NAME}{{2,4}}(?:集团|娱乐|国际)(?=[A-Za-z]{{0,6}}\d{{3,}})(?!(?:19|20)\d\d(?![0-9A-Za-z]))"
                          r"[A-Za-z]{0,6}\d{3,}[A-Za-z]{0,4}"
                          r"(?![0-9A-Za-z])(?![年月日届级万亿元个名家位次期号%强])")
#: an unlisted brand with its site word: a code before it (4008某某国际官网) or a login entry after it
_SITE_BRAND = re.compile(
    rf"\d{{3,5}}{_BRAND_NAME}{{2,4}}(?:国际|集团|娱乐|体育|棋牌|娱乐城)(?:官网|官方网站|网址|平台)(?:登录入口|登录|入口|APP下载|app下载|下载)?"
    rf"|{_BRAND_NAME}{{2,4}}(?:国际|集团|娱乐|体育|棋牌|娱乐城)(?:官网|官方网站|网址|平台)(?:登录入口|登陆入口|APP下载|app下载)"
    rf"|{_BRAND_NAME}{{2,4}}(?:国际|集团|娱乐|体育|棋牌|娱乐城)(?:最新|备用)(?:网站|网址|地址|入口|官网)")
#: an unlisted brand after its site code of digits and letters, glued inside a sentence (北大437ccm某某国际和…; round 278k)
_CODE_FIRST = re.compile(rf"(?<![0-9A-Za-z])(?:\d{{2,6}}[A-Za-z]{{2,6}}|[A-Za-z]{{2,6}}\d{{3,6}}){_BRAND_NAME}{{2,4}}"
                         r"(?:国际|集团|娱乐|体育|棋牌|娱乐城)")
#: the kinds an unlisted brand names (lines without one are passed over)
_KINDS = ("集团", "娱乐", "国际", "体育", "棋牌")
#: a kind with what every unlisted brand has after it: a code, a site word, 最新 or 备用
_KIND_AFTER = re.compile(r"(?:集团|娱乐|国际|体育|棋牌|娱乐城)(?:[A-Za-z0-9]|官网|官方网站|网址|平台|最新|备用)")


def _mixed(code: str) -> bool:
    return any(c.isdigit() for c in code) and any(c.isalpha() for c in code)


def gambling_brand_spans(view: str) -> list[tuple[int, int]]:
    """Casino brands injected into a line, each as a span (a site code, a casino name, its kind and a site word).

    A match goes when it carries a site code mixing letters and digits (9999js金沙), a number after the
    brand's kind (金沙集团3354cm, 太阳集团0638; not 永利集团2019年), a site word (金沙官网, 金沙老品牌,
    金沙集团游戏登录-(中国)有限公司) or names a betting brand (威廉希尔, bet365); a casino name alone (澳门,
    金沙江, 皇冠假日酒店, 支持澳门博彩娱乐业) stays.

    Parameters
    ----------
    view : str
        A page's Simplified view, or one line of it.

    Returns
    -------
    list of (int, int)
        Each brand's span, with a separator before it when it ends its line (某某讲话稿-金沙官网).

    Examples
    --------
    >>> page = "党委书记讲党课。9999js金沙老品牌师生参加。\\n要加强与澳门特区政府官网的信息共享。"
    >>> [page[s:e] for s, e in gambling_brand_spans(page)]
    ['9999js金沙老品牌']
    >>> gambling_brand_spans("金沙江畔的永利集团2019年在皇冠假日酒店召开大会。")
    []
    >>> line = "同学们:4008某某国际官网欢迎你们!某某集团abc12345cc校长"
    >>> [line[s:e] for s, e in gambling_brand_spans(line)]
    ['4008某某国际官网', '某某集团abc12345cc']
    """
    spans = [(s + a, s + b) for s, _e, line in lines_holding(view, _CORES) for a, b in _brand_spans(line)]
    return sorted(spans + [(a, b) for a, b in _unlisted_brands(view) if not any(x < b and a < y for x, y in spans)])


def _unlisted_brands(view: str) -> list[tuple[int, int]]:
    """Brands not on the list, known by their form: a group glued to a code, a site word with a code or an entry."""
    spans: list[tuple[int, int]] = []
    for s, _e, line in lines_holding(view, _KINDS):
        coded_first = list(_CODE_FIRST.finditer(line))
        if not _KIND_AFTER.search(line) and not coded_first:
            continue                # (most lines holding 集团 or 国际 go on with neither a code nor a site word)
        for m in (*_CODED_BRAND.finditer(line), *_SITE_BRAND.finditer(line), *coded_first):
            if not any(a < s + m.end() and s + m.start() < b for a, b in spans):
                spans.append((s + m.start(), s + m.end()))
    return spans


def _brand_spans(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for hit in _CORE_RE.finditer(line):
        h = hit.start()
        if spans and h < spans[-1][1]:
            continue
        b = h - 2 if line[max(0, h - 2):h] in ("网站", "网址") else h   # a code and 网站 before it (2003网站某某集团; 185k)
        a = b
        while a > max(0, b - 12) and line[a - 1].isascii() and line[a - 1].isalnum():
            a -= 1                                  # a site code before the name: tried from its start
        if a == b:
            a = h - 2 if line[max(0, h - 2):h] in ("英国", "澳门") else h
        m = _BRAND.match(line, a)
        if m is None or m.start("core") != h:
            m = _BRAND.match(line, h)
        pre, code, tail, kind = m.group("pre") or "", m.group("code") or "", m.group("tail"), m.group("kind")
        code_ok = bool(code) and (_mixed(code) or (bool(kind) and code.isdigit() and len(code) >= 3
                                                   and line[m.end("code"):m.end("code") + 1] not in _COUNTED))
        if code and not code_ok:
            tail = ""                               # what follows a year or a count is no part of a brand
        pure = (m.group("core") in _PURE_BRANDS or m.group("core").startswith("彩神")   # never a speech's word
                or bool(_CROWN_BET.match(line, h)))
        strong = any(w in tail for w in _STRONG_TAIL)
        pre_ok = (_mixed(pre) or (pure and bool(pre)) or (pre.isdigit() and len(pre) >= 3 and strong)   # 8797某某老品牌
                  or pre == "澳门" and strong)     # 澳门某某人备用网址 (round 304k)
        if not (pre_ok or code_ok or pure or strong):
            continue
        a = m.start() if pre_ok else m.start("core")
        b = m.end() if code_ok or not code else m.start("code")
        if a > 0 and line[a - 1] in "-—_|｜" and not line[b:].strip():
            a -= 1                                  # a title's separator before a brand at the line's end
        spans.append((a, b))
    return spans


def residue_chrome(st: CleaningState) -> None:
    """Delete the families of this module, each audited under its own rule (see the module's docstring).

    Examples
    --------
    >>> st = CleaningState("[an error occurred while processing this directive]\\n同志们:\\n"
    ...                    "中联重科(000157,股吧)要抓好落实。\\nOl\\n要久久为功。【新闻局】某某局召开专题会议")
    >>> residue_chrome(st)
    >>> st.doc.output
    '\\n同志们:\\n中联重科要抓好落实。\\n\\n要久久为功。'
    """
    _, view = st.view()
    spans = _line_spans(view) + _inline_spans(view)
    headline = _second_headline(view)
    if headline:
        spans.append(headline)
    spans.extend(_name_credits(view))
    st.delete_spans([span for span in spans if span[1] > span[0]])
