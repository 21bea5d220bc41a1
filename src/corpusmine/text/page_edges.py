"""Chrome at the edges of a page, found by the page's shape: above the speech's first line and below its last.

The speech sits between its first and its last *anchor line* (a line with a
sentence end, or a salutation).  Above the first, a page holds at most a
title, a subtitle or speaker line, a date or place line and a salutation;
below the last, applause, closing formulas, a signature and a date.  The
families of chrome found there keep changing from site to site (edition
stamps, portal menus, widget labels, pagers, related-article titles), but
their shapes repeat:

* **head** (:func:`page_edges`, rule ``page_head``): above the first anchor, a
  line goes when it is shaped like chrome (:func:`is_edge_chrome`): a date
  with a clock time or with a metadata word, a labelled field (标题:, 来源:,
  发表时间: …), a run of four or more short tokens (a menu), a breadcrumb
  with '>', a site name (…网, …APP, .com), or no Chinese at all.  A labelled
  teaser or a site's blurb is not the first anchor even with sentence ends
  (核心提示:…。, 下面是小编为大家整理的…, a site's welcome 某某网欢迎您!;
  :func:`is_head_teaser`) and goes; so
  do a reporter's credit, an account name (某某发布) or a site asset (某某logo)
  on a line of its own, and short site lines above the first title-shaped
  line (a column name, a widget link led by a symbol), a document site's
  panel (该文档总共3页,…如果喜欢就下载吧!) and a category path of genre words
  opening the first prose line (某某范文/某某演讲), and a menu one item per line (政治 / 地方 / 生活 …).
  Titles, speaker, date and place lines, item headings (范文1), kickers and runs of names stay.
* **tail** (rule ``page_tail``): below the last anchor, a short line without
  a sentence end goes too (related titles, widget labels and Latin labels
  such as Next Article, pagers, labelled rows, links, share and app prompts,
  reader appeals shouting '!!!', a document site's panel), unless it is
  applause, a closing formula, a numbered heading, a date or a signature
  (:func:`is_tail_chrome`), or the line right below the last anchor reads as
  a sentence written without a full stop (:func:`reads_as_sentence`).
  Below a page's only anchor, only lines without words go (|, record numbers),
  an editor's credit row (责编:某某) and login prompts for the rest of the
  text (【点此登录】查看全文, 本文只有本站会员才能阅读…, also cut off:
  阅读完全部内容,您需要先登); an
  ellipsis glued to the last word of the last prose line is the site's cut
  and goes when a login prompt is below it, when it is ASCII (经济...) or
  when it follows a word or two after a sentence end (。会……); a speech's
  own closing ellipsis (让我们携手共进……) stays.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).
:mod:`corpusmine.text.line_shape` re-exports these names.

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("首页 新闻 图片 视频 专题\\n2023-05-06 10:20 来源:某某网\\n"
...                    "会议强调,要抓好乡村振兴各项工作。\\n要久久为功。\\n网友评论\\n相关阅读")
>>> page_edges(st)
>>> st.doc.output
'\\n\\n会议强调,要抓好乡村振兴各项工作。\\n要久久为功。\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.edits import iter_lines
from corpusmine.text.lines import number_cut_from_unit, vertical_menus
from corpusmine.text.rules import CleaningState
from corpusmine.text.sentence_ends import is_cut_sentence, is_menu_bar, sentence_view
from corpusmine.text.speech_voice import HAILS, SELF_EDITOR, in_speech_voice

__all__ = [
    "is_anchor_line", "is_count_widget", "is_edge_chrome", "is_head_teaser", "is_tail_chrome", "page_edges",
    "reads_as_sentence",
]

_CJK = P.RE_CJK
_SENT = re.compile(r"[。！？!?；;]")
#: a prose line: a sentence end after some text, or a salutation line
_PROSE_END = re.compile(r"[。！？!?；;…][”’」』)）\"]*\s*$")
_DATE = r"(?:(?:19|20)\d{2}|(?:中华)?民国\s*\d{2,3})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"   # a Republic of China year too (282k)
_DATE_TIME = re.compile(_DATE + r"\s*(?:星期.|周.)?\s*\d{1,2}[:：]\d{2}")
_DATE_ANY = re.compile(_DATE)
_META_WORD = re.compile(
    r"来源|作者|浏览|点击|阅读|编辑|责编|发布|发表|字号|A\+|分享|评论|通讯员|记者|星期|版次|访问|人气|次数|收藏|打印"
)
#: a labelled metadata field at the start of a line: 标题:, 发表时间:, 来 源:, 摘要:
_FIELD = re.compile(
    r"^\s*[【\[]?(?:信息|文章|稿件|新闻|图片|内容|作品)?(?:标\s*题|题\s*目|作\s*者|来\s*源|出\s*处|发布|发表|更新|日\s*期|时\s*间|摘\s*要|关键[词字]|栏\s*目|分\s*类|"
    r"编\s*辑|责\s*编|浏\s*览|点\s*击|阅\s*读|字\s*数|热\s*度|标\s*签|字\s*体|字\s*号)[^:：\n]{0,4}[】\]]?\s*[:：]"
)
_SEP = re.compile(r"[\s|｜·•/>»›＞<«‹、,，]+")
_MENU_SEP = re.compile(r"[\s|｜·•/>»›＞<«‹]")
_CLAUSE_COMMA = re.compile(r"[\u4e00-\u9fff“”]{6}[，,](?:[\u4e00-\u9fff“”]{4}|[ \t\u3000]*$)")   # ASCII too (137k); a PDF line's end (252k)
_CRUMB = re.compile(r"[>»›＞]|->")
#: a breadcrumb from the home page with another separator (首页——正文, 首页 → 要闻, 首页/新闻, 首页::)
_HOME_CRUMB = re.compile(r"^\s*(?:当前位置|您的位置|位置)?\s*[:：]?\s*(?:网站)?首页\s*(?:—+|-{1,2}|→|/|\\|::|：：|>>|$)"
                         r"|^\s*首页[\u4e00-\u9fff]{8,}$")   # or the home page and a menu glued without separators
SITE_END = re.compile(r"(?:网|站|频道|APP|App|app|客户端|公众号|融媒|在线|\.com|\.cn|\.net|\.org)\s*$")
#: lines that may follow the last sentence of a speech and belong to it
TAIL_KEEP = re.compile(
    r"^\s*[(（]?\s*(?:掌声|笑声|鼓掌|热烈|全场)|谢谢|再见|完毕|结束|万岁|祝愿|祝福|致敬|讲话人|发言人"
    r"|^\s*祝(?:在座|大家|各位|全体|你们|您|同志们|老师们|同学们|朋友们)|^\s*(?:以下|下面)(?:是|为|就|我)(?:是|谈)?我"
    r"|^\s*[(（]\s*在[^()（）\n]{4,60}(?:讲话|致辞|发言|报告|演讲)(?:稿|摘要|节选)?\s*[)）]\s*$"   # the speech's occasion
    r"|^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]\s*\S|第[一二三四五六七八九十\d]+[部分章节条篇、])"
    r"|(?:委员会|政府|人大|政协|党委|党组|办公室|局|委|厅|办|党支部|总支|指挥部|领导小组)\s*$"
    r"|^\s*" + _DATE + r"\s*$"
    # a host's script (主持词): programme lines, performers and the close of a meeting are the speech's own
    r"|^\s*(?:下面|接下来|现在|首先|然后|最后)[,，]?\s*(?:请|有请|由|进行|欣赏|是第|我们)|^\s*(?:请|有请)[^\n]{0,24}?(?:讲话|致辞|发言|报告|颁奖|宣读|上台|表演|演唱|朗诵)"
    r"|^\s*(?:表演|演唱|朗诵|演奏|演出|领唱|伴奏|指挥|主持)(?:者|人|单位)\s*[:：]|散会|闭幕|礼成"
    # a sentence announcing what follows, where a page was cut (主要预期目标是: / 主要措施有以下几项: / 情况是这样:)
    # (words of a reader's prompt, 点击以下链接: / 本文主要内容:, are no lead-in)
    r"|^(?![^\n]*(?:点击|链接|关注|扫|下载|阅读|推荐|文章|本文|本站|网))"
    r"(?:[^\s:：]{8,}?(?:是|有|为|指出|强调|提出|规定的?)|[^\s:：]{4,}?(?:如下|这样[^\s:：]{0,4}|(?:以下|下列)[^\s:：]{0,6}|"
    r"[几两三四五六七八九十\d]+(?:件事|个方面|项工作|项任务|点意见)[^\s:：]{0,4})|[^\s:：]{2,}(?:主要|重点)[^\s:：]{2,})\s*[:：]\s*$"
)


#: a line that addresses the audience: ends with an addressee word and a colon (…各位领导、嘉宾、朋友们:)
_ADDRESS = re.compile(r"(?:同志们|朋友们|来宾们?|嘉宾们?|乡亲们|女士们|先生们|代表们|同学们|老师们|各位[\u4e00-\u9fff]{1,4}|"
                      r"^(?:尊敬的|亲爱的)[^\n。！？]{1,80}(?:大家|你们|您们)好|"
                      r"^(?:同志们|朋友们|同学们|老师们|女士们|乡亲们|家长们|各位)[^\n。！？:：]{0,40}[\u4e00-\u9fff]们)\s*[:：]\s*$"
                      r"|^(?:大家|同志们|同学们|朋友们)(?:早上|上午|中午|下午|晚上)?好\s*[!！。]\s*$")


#: an ASCII full stop closing a Chinese sentence: after a character or a closing quote, before a blank, the line's end or the next sentence (www.abc.com, 1.5: none)
_ASCII_STOP = re.compile(r"(?<=[\u4e00-\u9fff”」])\.(?=\s|$|[\u4e00-\u9fff“「])")


def is_anchor_line(line: str) -> bool:
    """Whether a line anchors the speech: a salutation, or prose with a sentence end.

    Prose needs four or more characters with a full stop, a semicolon or a
    question mark, or two sentence ends (a site slogan ending in one '!' is
    not an anchor, nor is a prompt shouting '!!!': a run of '!' or '?' is one end).

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_anchor_line("同志们:"), is_anchor_line("要抓好人居环境整治。")
    (True, True)
    >>> is_anchor_line("共建美丽家园!"), is_anchor_line("在全县创文推进会上的讲话"), is_anchor_line("喜欢就点个赞吧!!!")
    (False, False, False)
    >>> is_anchor_line("关键词: 某某小区 某县房?价")
    False
    >>> is_anchor_line("到2010年全镇医药工业产值将达到100亿元.这一目标的实现要靠大家.")   # full stops in ASCII
    True
    """
    s = line.strip()
    if P.SALUTATION_LINE.match(s) or (len(s) <= 120 and _ADDRESS.search(s)):
        return True
    if "。" not in s and _KEYWORD_ROW.match(s):
        return False   # a keyword row is no prose, though a mojibake '?' sits in it (关键词: 某县房?价)
    if is_menu_bar(s):
        return False   # a status bar's prompt (新用户? 注册 | 登录) ends no sentence
    s = sentence_view(s)   # nor does a '?' left by a broken encoding (某某日?qǐng)?bào)
    if len(s) >= 20 and "." in s:      # a page writing its full stops in ASCII (…初具规模.预计…; round 132k)
        s = _ASCII_STOP.sub("。", s)
    return len(s) >= 4 and bool(re.search(r"[。；;？?]", s) or len(re.findall(r"[。；;…]|[！!？?]+", s)) >= 2)


def _menu_like(s: str) -> bool:
    if not _MENU_SEP.search(s) or _CLAUSE_COMMA.search(s):
        return False   # items parted only by 、 and commas: an enumeration in a sentence or a heading (加快教育、卫生、文化发展);
                       # two clauses of a sentence around a full-width comma (中国历来重视人权问题，已经加入1 7 个…)
    tokens = [t for t in _SEP.split(s) if t]
    if len(tokens) < 4:
        return False
    if sum(len(t) == 1 for t in tokens) * 2 > len(tokens):
        return False  # spaced characters (同 志 们), not a menu
    return max(map(len, tokens)) <= 20 and sum(map(len, tokens)) / len(tokens) <= 8


def is_edge_chrome(line: str) -> bool:
    """Whether a line above the first prose line (or below the last) has the shape of site chrome.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_edge_chrome("2020-12-22 13:28 来源:某某日报"), is_edge_chrome("首页 > 新闻 > 正文")
    (True, True)
    >>> is_edge_chrome("发表时间:2019/10/23"), is_edge_chrome("要闻 国内 国际 财经 体育 图片")
    (True, True)
    >>> is_edge_chrome("在全县创建文明城市推进会上的讲话"), is_edge_chrome("同志们:")
    (False, False)
    >>> is_edge_chrome("二〇二三年五月六日,县委召开全会。")  # 一句话不是噪声
    False
    >>> is_edge_chrome("尊敬的王主任,李司长,各位领导、嘉宾、朋友们:")  # 称呼语
    False
    >>> is_edge_chrome("尊敬的---领导、尊敬的各位老师、各位朋友,大家好:")  # 称呼语以"大家好"结尾
    False
    """
    s = line.strip()
    if not s or len(s) > 120 or _ADDRESS.search(s):
        return False
    if not _CJK.search(s):
        # no Chinese and not English words (Made in China 2025 stays): page numbers, dots, '?', a widget's word
        return not re.search(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}", s)
    if _SENT.search(sentence_view(s)) and not is_menu_bar(s):
        return False   # (a status bar's '?' is a widget's prompt: 新用户? 注册 | 登录)
    if _FIELD.match(s) or _DATE_TIME.search(s) or _EMAIL.search(s) or is_count_widget(s):
        return True
    if _DATE_ANY.search(s) and _META_WORD.search(s):
        return True
    if _CRUMB.search(s) or _HOME_CRUMB.match(s):
        return True   # titles and speech lines do not use '>' (a breadcrumb)
    if _CJK.search(s) and _menu_like(s) and not _SPOKEN_CLAUSE.search(s) and not _WRAPPED_SPEECH.search(s):
        return True
    if len(s) <= 20 and SITE_END.search(s) and not P.TITLE_LIKE.search(s):
        return True
    return False


_EMAIL = re.compile(r"[\w.\-]+@[\w\-]+\.[A-Za-z]{2,}")
_WRAPPED_SPEECH = re.compile(r"^[^\n,，]{0,12}[,，][ \t\u3000]*(?:我们|我|咱们)[^\n]*[,，、](?:[ \t\u3000]*[^\n,，。]{0,12})?$")  # 今天,我们共同见证…典礼, (153k; a short continuation: 210k)
_SPOKEN_CLAUSE = re.compile(r"^\s*[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ \t]?\d+(?:\.\d+)?%?[ \t]?){9,}[,，]")  # a long clause: no menu (8 月15 日; 共和国 66 华诞的日子里,)
_COUNT = re.compile(r"\d+\s*(?:字|分钟|秒|次|条|人|页|篇|KB|MB|kB|K\b|M\b)|\d+(?:\.\d+)?\s*[Ww万](?![A-Za-z])")
_WIDGET_WORD = re.compile(r"评论|阅读|浏览|点击|围观|收藏|点赞|分享|人气|访问|下载|读完")


def is_count_widget(line: str) -> bool:
    """A short line of counts (本篇文章694字,读完约2分钟; 已有0人评论; 浏览:159次): no sentence end, no list number.

    Parameters
    ----------
    line : str
        One line.

    Examples
    --------
    >>> is_count_widget("本篇文章694字,读完约2分钟"), is_count_widget("新闻评论(共有 0 条评论)")
    (True, True)
    >>> is_count_widget("全县共有300人参加培训。"), is_count_widget("3、完成改厕500户")
    (False, False)
    """
    s = line.strip()
    if len(s) > 40 or _SENT.search(s) or re.match(r"\s*(?:\d+|[一二三四五六七八九十]+)[、.．]", s) or (
            not _WIDGET_WORD.search(s) and re.search(r"[\u4e00-\u9fff]{8,}", s)):   # prose: 防控 20 条和新 10 条措施 (232k)
        return False
    counts = len(_COUNT.findall(s))     # a document's size alone, a bullet of a library's panel: 约1千字, 约 2页 (round 198k)
    return counts >= 2 or (counts == 1 and bool(_WIDGET_WORD.search(s))) or bool(re.fullmatch(r"约\s*\d+(?:\.\d+)?\s*[千万]?\s*[字页]", s))


#: a short label before a colon or a slash at the start of a line: 原文链接:, 查看完整版本:, 来源/
_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：/]")


def _is_junk(line: str) -> bool:
    """No words: at most one Chinese character, no English words, not a date (|, x, 35058302350585号, 1 2)."""
    s = line.strip()
    return (len(_CJK.findall(s)) <= 1 and not re.search(r"[A-Za-z]{2,}", s) and not _DATE_ANY.search(s)
            and not re.fullmatch(r"[(（]?[\u4e00-\u9fff][)）]?", s))


def is_tail_chrome(line: str, *, max_chars: int = 40) -> bool:
    """Whether a line after the last prose line is chrome: edge-shaped, or short without a sentence end.

    Applause, closing formulas, numbered headings, a date, a signature (an
    office's name) and a line with a comma (a sentence missing its full
    stop) stay.

    Parameters
    ----------
    line : str
        One line (Simplified view).
    max_chars : int, default 40
        Longer lines without a sentence end stay unless edge-shaped.

    Examples
    --------
    >>> is_tail_chrome("网友评论"), is_tail_chrome("某某县召开乡村振兴工作推进会")
    (True, True)
    >>> is_tail_chrome("(掌声)"), is_tail_chrome("谢谢大家"), is_tail_chrome("中共某某县委办公室")
    (False, False, False)
    >>> is_tail_chrome("三、强化组织保障"), is_tail_chrome("2023年5月6日"), is_tail_chrome("10.在某镇表彰大会上的讲话稿")
    (False, False, True)
    >>> is_tail_chrome("某县推进厕所革命 某镇打造美丽庭院 某村迎来新变化")
    True
    >>> is_tail_chrome("查看完整版本: 某县召开深入推进农村“厕所革命”工作会议"), is_tail_chrome("讲话人:某某")
    (True, False)
    >>> is_tail_chrome("Next Article"), is_tail_chrome("Made in China 2025")
    (True, False)
    >>> is_tail_chrome("关键词: 某某小区 某县房?价 某市二手房"), is_tail_chrome("关键词:要抓好落实。")
    (True, False)
    >>> is_tail_chrome("区领导王某、李某、"), is_tail_chrome("县委宣传部副部长、“两中心”负责同志、分管负")   # 截断的句子
    (False, False)
    """
    s = line.strip()
    if not s or re.match(r"^\s*" + _DATE + r"\s*$", s):
        return False   # a date under a speech
    if is_cut_sentence(s):
        return False   # a sentence the page's end cut inside a list (区领导某某、某某、) or a quotation it opened
    if is_edge_chrome(s) or _LATIN_LABEL.fullmatch(s):
        return True
    if len(s) <= 200 and _KEYWORD_ROW.match(s) and "。" not in s:
        return True   # a keyword row, also with a mojibake '?' in its words (关键词: 某某 某某房?价)
    if re.match(r"\d{1,2}[、.．]", s) and P.TITLE_LIKE.search(s) and not _SENT.search(s):
        return True   # a numbered title of another speech (a related list), not a heading of this one
    if not _SENT.search(s) and len(s) <= 300 and sum(len(t) >= 4 and bool(_CJK.search(t)) for t in s.split()) >= 3:
        return True   # a run of related titles separated by spaces
    if not _SENT.search(s) and len(s) <= 200 and not TAIL_KEEP.search(s) and (_LABEL.match(s) or P.URL.search(s)):
        return True   # a labelled row (原文链接:, 查看完整版本:, 来源/) or a link under the speech
    return (len(s) <= max_chars and not _SENT.search(s) and not re.search(r"[,，]", s)  # a comma reads as a sentence
            and not re.search(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}", s)                       # English words
            and not TAIL_KEEP.search(s) and not P.SALUTATION_LINE.match(s))


#: a clause of a meeting report: the meeting or a person (会议, 会上, 某某同志, 他) and what they did (作了部署,
#: 进行了…, 强调, 要求 …), the subject first and the verb at most 30 characters on
_CLAUSE = re.compile(
    r"(?:会议|会上|大会|会后|与会|同志|书记|[县市区镇乡]长|主任|主席|局长|部长|他|她)[^\s:：|｜/>]{0,30}?"
    r"(?:作了|做了|进行了|作出了|提出了|部署|要求|强调|指出|表示|希望|听取了|审议了|通过了|传达了|学习了|安排了|宣读了|通报了)"
)


def reads_as_sentence(line: str) -> bool:
    """Whether a line without a sentence end reads as a sentence: a meeting report's clause or the speaker's voice.

    A report may end its last sentence without a full stop (会议还对下一步工作作了具体部署); such a line,
    right below the speech's last sentence, is speech, not a related title or a widget label
    (:func:`page_edges` keeps it).  A clause needs a subject (会议, 会上, 某某同志, 他)
    before what it did (作了, 进行了, 部署, 要求, 强调 …) and no separator of a menu or a headline (spaces, a
    colon, '|', '/'); a line in the speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`) is one too.
    A title (…大会上的讲话, …推进会), a question to the reader and a line with a site's Latin word, an
    arrow or '..' (a cut line with a widget glued to it) are not.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> reads_as_sentence("会议还对全镇下一阶段的禁毒工作作了具体部署"), reads_as_sentence("我们要把垃圾分类工作抓实抓细")
    (True, True)
    >>> reads_as_sentence("某县召开乡村振兴工作推进会"), reads_as_sentence("在全市禁毒工作大会上的讲话")
    (False, False)
    """
    s = line.strip()
    if len(s) < 8 or P.TITLE_LIKE.search(s) or re.search(r"[?？]|[A-Za-z]{2,}|[↓↑→←]|\.\.", s):
        return False   # a title (在全市某某大会上的讲话), a question to the reader, a site's word or arrow
    return bool(_CLAUSE.search(s)) or in_speech_voice(s)


def is_head_teaser(line: str, *, max_chars: int = 300) -> bool:
    """Whether a line introduces the speech rather than being part of it: a labelled teaser or a site's blurb.

    Above the speech's first line a page may put a teaser that quotes the
    speech (核心提示:, 摘要:, 推荐阅读:, 导语:) or the site's own
    blurb about the text (下面是小编为大家整理的…, 仅供参考, 欢迎阅读).  Both
    often carry sentence ends and the speech's own words (so the speech-voice
    guard of the keyword rules keeps them); above the first line of the speech
    they are chrome.  :func:`page_edges` reads them only there, and only when
    a line of the speech follows.

    Parameters
    ----------
    line : str
        One line (Simplified view).
    max_chars : int, default 300
        Longer lines are body text.

    Examples
    --------
    >>> is_head_teaser("核心提示:要坚持廉洁用权,干净干事。"), is_head_teaser("推荐阅读:同志们,我们必须时时抓。")
    (True, True)
    >>> is_head_teaser("以下是小编为大家整理的讲话稿,仅供参考,欢迎大家阅读。"), is_head_teaser("我是某某馆的小编,很荣幸来到这里。")
    (True, False)
    >>> [is_head_teaser(x) for x in ("学习强国,某某网欢迎您!", "全县人民欢迎您!", "同志们:", "今天,我们召开全县创文推进会。")]
    [True, False, False, False]
    """
    s = line.strip()
    if not s or len(s) > max_chars:
        return False
    if P.HEAD_TEASER.match(s) or P.EDITOR.search(s):
        return True
    if len(s) <= 40 and _SITE_WELCOME.search(s):
        return True   # 好好学习,天天向上,某某吧欢迎您!
    # 精心整理 / 仅供参考 alone: not in a speaker's sentence, nor 我是某某馆的小编, the speaker's post (round 287k)
    return bool(P.BLURB.search(SELF_EDITOR.sub("", s))) and not in_speech_voice(s)


#: a page's keyword or tag row: 关键词: 某某 某某, 标签:…, Tags:
_KEYWORD_ROW = re.compile(r"^\s*[【\[]?\s*(?:关键[词字]|标\s*签|Tags?|TAGS)\s*[】\]]?\s*[:：]", re.I)
#: a site's welcome above the page: 某某网欢迎您!, 欢迎光临本站 (a site word right before the welcome)
_SITE_WELCOME = re.compile(r"(?:网|站|吧|平台|文库|家园)欢迎(?:您|你)(?:的(?:光临|到来|访问))?[!！。]?$|欢迎(?:光临|访问)(?:本站|本网|我站)")
#: the site's words in a prompt below an article: share it, scan a code, open the app, reprint rules
_PROMPT_WORD = re.compile(r"扫一扫|扫码|二维码|微信|公众号|客户端|APP|App|浏览器|朋友圈|网页|阅读体验|本站|本网|转载|原文链接|免责声明|版权"
                          r"|点赞|[点按]个赞|赞一个|关注我们")
#: a login or sign-up prompt for the rest of a text: 已注册会员【点此登录】查看全文, 新用户请先注册后阅读, cut (刚注册会员请【)
_LOGIN_PROMPT = re.compile(r"(?:注册|登录|登陆)(?:[^\n]{0,12}?(?:查看|阅读|浏览|下载)|[\u4e00-\u9fff]{0,4}请[【\[]?\s*$)|(?:查看|阅读)全文")
#: a notice that the rest of the text is for members or logged-in readers, in the site's words and often itself
#: cut off (本文只有本站会员才能阅读,…; 想阅读完全部图文内容,您需要先登…)
_MEMBER_GATE = re.compile(
    r"(?:本文|本篇|此文|全文|本站|我站|本网)[^\n。]{0,12}?(?:会员|注册用户|VIP)[^\n。]{0,6}?[才方](?:能|可)(?:阅读|查看|浏览|下载)"
    r"|(?:阅读|查看)完?(?:全部|完整|剩余|余下)[^\n。]{0,10}?(?:内容|全文)[^\n。]{0,10}?(?:需要|请|须)先?(?:登|注册|开通)"
)
#: an ellipsis glued to the last word of a cut text (…以更强的民本思维……): the site's mark of a truncation
_CUT_END = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])[ \t\u3000]{0,2}(?:…{1,2}|\.{3,6})[ \t\u3000]*$")  # 全体 ... (250k)
#: a site's label in Latin words under an article: Next Article, Read more, Share
_LATIN_LABEL = re.compile(r"(?:[A-Za-z]{2,12}[ \t]?){1,3}")


#: a document site's panel about the file: 该文档总共3页,到这儿已超出免费预览范围,如果喜欢就下载吧!
_DOC_PANEL = re.compile(r"(?:该|本|此)(?:文档|资料|文件)[^\n。]{0,30}?(?:下载|预览)|超[出过][^\n。]{0,6}预览|如果喜欢就下载")
#: a site's category path opening the first line of a document's description: 演讲稿范文/公众演讲 (then the title)
_GENRE = r"(?:范文|文秘|公文|文档|演讲稿?|讲话稿?|致辞|发言稿?|心得体会|总结|报告|材料)"
_CATEGORY_LEAD = re.compile(
    rf"^[ \t\u3000]*[\u4e00-\u9fff]{{0,6}}{_GENRE}(?:[/／][\u4e00-\u9fff]{{0,6}}?{_GENRE}){{1,2}}[ \t\u3000]*(?=\S)",
    re.M,
)


def _doc_panel(line: str) -> bool:
    """A line of a document site's panel about the file and its download or preview (not the speaker's voice)."""
    x = line.strip()
    return 0 < len(x) <= 80 and bool(_DOC_PANEL.search(x)) and not in_speech_voice(x)


def _login_prompt(line: str) -> bool:
    """A short line asking the reader to sign up or log in for the rest of the text (新来的客人【点此注册】查看文章):
    a line of a site, never the speaker's (会员要登录系统查看通知。 has a full stop and stays)."""
    x = line.strip()
    return 0 < len(x) <= 40 and not _SENT.search(x) and bool(_LOGIN_PROMPT.search(x)) and not in_speech_voice(x)


#: an editor's credit row closing a news page: 责编:某某, 责任编辑:某某 (a label and a name, nothing else)
_EDITOR_ROW = re.compile(r"^[ \t\u3000]*[(（]?(?:责编|责任编辑|编辑|审核|审校|校对|终审|初审|监制)[ \t\u3000]*[:：][ \t\u3000]*"
                         r"[\u4e00-\u9fff·]{2,4}(?:[ \t\u3000、,，]+[\u4e00-\u9fff·]{2,4}){0,2}[)）]?[ \t\u3000]*$")


def _member_gate(line: str, *, max_chars: int = 100) -> bool:
    """A line of at most ``max_chars`` without a full stop telling the reader the rest of the text is for members
    or logged-in readers (本站会员才能阅读 …, 阅读完全部内容需要先登录); the page's words (本文, 本站, 全部内容),
    so never a speaker's (全体党员才能…)."""
    x = line.strip()
    return 0 < len(x) <= max_chars and "。" not in x and bool(_MEMBER_GATE.search(x))


def _tail_prompt(line: str) -> bool:
    """A prompt below the speech's last sentence that speaks to the reader about the site (打开微信,点击底部的“发现”,
    打开APP,阅读体验更佳): site words, not the speaker's voice nor the audience (大家, 同志们), not a closing
    formula, under 60 characters.  A line with a full stop is never one (网页浏览量不是目的,来源可靠才是根本。)."""
    x = line.strip()
    return (bool(x) and len(x) <= 60 and bool(_PROMPT_WORD.search(x)) and not TAIL_KEEP.search(x)
            and not re.search(r"大家|同志|各位|你们", x) and not in_speech_voice(x))


#: a reporter's credit on a line of its own: 记 者 某某, 本报记者 某某 某某, 通讯员 某某
_HEAD_BYLINE = re.compile(
    r"^[^\n。！？!?,，]{0,12}?(?:记\s*者|通\s*讯\s*员)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})*$"
)
#: a government account's name (某某发布), or a site's asset with a Latin word glued to Chinese (某某APP某某, 某某banner)
_ACCOUNT = re.compile(r"^[\u4e00-\u9fff]{2,4}发布$")
_GLUED_LATIN = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z]{3,}|[A-Za-z]{3,}(?=[\u4e00-\u9fff])")


def _site_word(line: str) -> bool:
    """A Latin word glued to Chinese that is a site's (logo, banner, APP), not an acronym (WTO, APEC) or a placeholder (xxx)."""
    return any(w.upper() == "APP" or (re.search("[a-z]", w) and set(w.lower()) != {"x"}) for w in _GLUED_LATIN.findall(line))


def _head_site_line(line: str) -> bool:
    """A line above the speech that belongs to the site: a reporter's credit, an account name, a site asset."""
    x = line.strip()
    if not x or len(x) > 30 or _SENT.search(x):
        return False
    if (_HEAD_BYLINE.match(x) or _ACCOUNT.match(x)) and not P.HEAD_TITLE.search(x):
        return True   # (记者节座谈会 is a title)
    return (len(x) <= 20 and _site_word(x) and not P.HEAD_TITLE.search(x) and not P.OFFICE_WORD.search(x)
            and not re.search(r"[,，、:：]", x))


#: a line of two or three Chinese characters: perhaps a person's name (a speaker or an author above the title)
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


def _above_title(lines: list[tuple[int, int, str]], *, max_cjk: int = 5) -> list[tuple[int, int]]:
    """Spans of site lines above the head's first title-shaped line: a column name (营商, 热门教程), a logo
    (某某logo), a widget link (- 在线查看…).  Nothing goes above a dashed subtitle (——在…上的讲话: the main title
    is above it, perhaps broken over lines); lines stay with
    punctuation, a date, an office or a person's name (a speaker line), a place's name, a placeholder, or more than
    ``max_cjk`` Chinese characters (a kicker)."""
    t = next((i for i, (_, _, line) in enumerate(lines) if P.HEAD_TITLE.search(line) and not is_edge_chrome(line)), None)
    if t is None:
        return []
    if re.match(r"\s*(?:—|--|－)", lines[t][2]):          # a subtitle: what is above it is the main title
        return []
    spans = []
    for s, e, line in lines[:t]:
        x = line.strip()
        led = bool(re.match(r"[-•·»>(（][^—\-]", x))                # a widget link led by a symbol: - 微信扫码,关注…
        latin = _site_word(x)                                        # 某某logo, 某某banner
        if (not x or len(x) > (30 if led else 20) or (not led and re.search(r"[。！？!?；;:：,，、]", x))
                or (not latin and re.search(r"\d{4}|[年月日]", x)) or P.OFFICE_WORD.search(x)
                or P.SALUTATION_LINE.match(x) or _PERSON.match(x) or re.search(r"[省市县区镇乡村]$|[xX×]{2}", x)
                or re.search(r"第[\d一二三四五六七八九十]|篇|[\d一二三四五六七八九十]\s*[)）】]?$", x)):
            continue   # a speaker line, a person's or a place's name (某县某镇), a placeholder, an item (范文1, 篇一)
        if (len(_CJK.findall(x)) <= max_cjk or latin or " - " in x
                or re.match(r"[^\w《“\"(（【\[]", x) or re.match(r"[(（][)）]", x)):
            spans.append((s, e))
    return spans


def _in_brackets(view: str, start: int, end: int) -> bool:
    """Whether the line ``view[start:end]`` is inside a bracket or quote opened at the end of the line before or
    closed at the start of the line after (制定了《\n某某规划纲要\n》。: a work cited in a sentence, its link on its own line),
    or opens one itself at its end, or starts with a closing one or punctuation no line starts with (》。)."""
    line = view[start:end].strip()
    if line and (line[-1] in "《〈“‘「『(（[【" or line[0] in "》〉”’」』)）]】，。、；：！？"):
        return True
    i = start - 1
    while i >= 0 and view[i].isspace():
        i -= 1
    j = end
    while j < len(view) and view[j].isspace():
        j += 1
    return i >= 0 and view[i] in "《〈“‘「『(（[【" or j < len(view) and view[j] in "》〉”’」』)）]】"


#: the end of a sentence whose lines a PDF or a converter wrapped: text, then 。 closing the line
_WRAPPED_END = re.compile(r"[\u4e00-\u9fff][”」』)）]?。[ \t\u3000]*$")


def _line_end(view: str, start: int) -> int:
    e = view.find("\n", start)
    return len(view) if e < 0 else e


def page_edges(st: CleaningState) -> None:
    """Chrome-shaped lines above the first prose line and below the last (rules ``page_head``, ``page_tail``).

    Nothing is removed on a page without a prose line (a page that is all
    headings is not read as chrome, a teaser with nothing after it stays),
    and below the last prose line when it is also the first only lines
    without words go.  See the module docstring for what the head and the
    tail may hold.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("浙江日报 要闻 00003 2020年09月22日 星期二\\n同志们:\\n要抓好落实。\\n谢谢大家\\n上一篇 下一篇\\n1 2")
    >>> page_edges(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。\\n谢谢大家\\n\\n'
    """
    _, view = st.view()
    lines = []
    first = None
    for s, e, line in iter_lines(view):     # up to the first prose line that is not a teaser or a blurb
        if is_anchor_line(line) and not is_head_teaser(line):
            first = s
            break
        lines.append((s, e, line))
    if first is None:
        return
    head = [(s, e) for s, e, line in lines if line.strip() and not _in_brackets(view, s, e) and not number_cut_from_unit(view, s, e)
            and (is_edge_chrome(line) or is_head_teaser(line) or _doc_panel(line))]
    m = _CATEGORY_LEAD.match(view, first)
    if m:
        head.append(m.span())   # 演讲稿范文/公众演讲 before the title and the speech on one line
    head = set(head) | set(_above_title(lines)) | set(vertical_menus(lines))
    head = sorted(head | {(s, e) for s, e, line in lines if _head_site_line(line)})
    # the last prose line, scanning back from the end; the page needs a second prose line after the first
    tail, junk = [], []
    cut = False
    end = len(view)
    last = first
    closed = False      # a line below ended a sentence with 。: the lines above it are that sentence, wrapped
    while end > first:
        s = view.rfind("\n", 0, end) + 1
        line = view[s:end]
        if is_anchor_line(line):
            last = s
            break
        login = _login_prompt(line) or _member_gate(line)
        if line.strip() and (not _in_brackets(view, s, end) or login and not view[end:].strip()) and (
                login or (is_tail_chrome(line) and not closed and not HAILS.match(line)) or _tail_prompt(line) or _doc_panel(line)):
            tail.append((s, end))
            if login or _is_junk(line) or _EDITOR_ROW.match(line):
                junk.append((s, end))
                cut = cut or login
        elif _WRAPPED_END.search(line):
            closed = True
        end = s - 1
    m = _CUT_END.search(view, last, _line_end(view, last)) if last < len(view) else None
    if m and (cut or "." in m.group() or len(re.split(r"[。！？!?；;，,：:”]", view[last:m.start()])[-1]) <= 3):
        junk.append(m.span())   # the last prose line breaks off with an ellipsis where the site cut the text: below
        tail.append(m.span())   # it a login prompt, or the ellipsis is ASCII, or it follows a word or two (。会……)
    if tail and last > first and reads_as_sentence(view[tail[-1][0]:tail[-1][1]]):
        tail.pop()   # the speech's last sentence written without a full stop (会议还对…作了具体部署)
    cut = view[tail[0][0]:tail[0][1]].strip() if len(tail) == 1 and not junk else ""
    if cut and is_cut_sentence(cut, long_run=True) and not is_edge_chrome(cut) and not P.TITLE_LIKE.search(cut):
        tail.pop()   # right below the last prose line, the page's end cut a long sentence (某某会长首先对…表示高)
    # a tail only below a second prose line (one line of prose may be followed by more speech); below a single
    # prose line only junk goes (a '|', a counter, a record number: no words)
    st.doc.delete_many(sorted(tail if last > first else junk), "page_tail")   # first: the head positions stay as they are
    st.doc.delete_many(head, "page_head")
