"""Spam a hijacked page injects: sports-betting brands standing in for a name, and jammer lines (development
round chrome26: the held-out round 29).

Each family is told by its shape (the view is Simplified):

* **betting brands** (:func:`betting_brand_spans`, rule ``betting_brand``): a sports-betting brand a hijacked
  page writes in place of the site's or the unit's name, in the title, the lead and every line of the page: a
  three-digit code glued to ``bet`` or to a game word with a site word after it (某bet中文资讯网, 某体育官网,
  某游戏中心正式版, 某滚球直播), or a brand of ``X体育`` a betting site uses (云开体育, 开云体育), chained with
  ``_`` / ``-`` / ``|`` and a bracketed slogan (【亚洲最大娱乐平台】); deleted as a span inside its line, the line
  with it when nothing but separators is left.  A game word without a code or a site word (365天坚守岗位,
  全民体育, 体育官网的报名通知, 拨开云雾) stays.  The casino brands (金沙, 葡京) are
  :func:`corpusmine.text.residue_chrome.gambling_brand_spans`.
* **injected words** (rule ``jammer_line``, round 70): the same short word alone on a line or at the start of three or
  more lines, set off from the paragraph's text by a run of spaces (某某词   书画院成立以来,…) (:func:`injected_word_spans`).
* **app downloads** (rule ``app_spam``, round 73): an app's download phrase a hijacked page injects inside a sentence
  (……发展成为复合型的某某中文版下载app国有资本投资公司): a name of two to five characters (not starting with a
  particle) with an edition word (中文版, 官方版, 最新版, 安卓版 …) and 下载; a speech asks people to download an app,
  it never names an edition for download.
* **(中国) brands** (rule ``betting_brand``, round 82): a brand with a site word and a (中国) tail standing in for a
  name two or more times on the page (某某网页版-某某(中国)项目部); a company's own 某某(中国)有限公司 has no site word.
* **jammer lines** (rule ``jammer_line``): among the page's first or last ten lines, a line in which one short word
  is repeated four or more times with digits or Latin letters between, and no three Chinese characters in a row are
  left without it (a forum's anti-copy filler: 某词2555某词j某词j注|…).  A speech repeats a word inside sentences,
  never with digits glued between the repeats.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("365体育官网\\n6月1日上午365bet资讯端召开全县林长制工作推进会。\\n全年365天坚守岗位。")
>>> spam_brands(st)
>>> st.doc.output
'\\n6月1日上午召开全县林长制工作推进会。\\n全年365天坚守岗位。'
"""

from __future__ import annotations

import re
from collections import Counter

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import first_lines, iter_lines, lines_holding

__all__ = ["betting_brand_spans", "injected_word_spans", "jammer_line", "spam_brands"]

_HAN = r"\u4e00-\u9fff"
#: what a betting site calls its pages after the brand (中文资讯网, 官网, 游戏中心正式版, 滚球直播 …)
_SITE = (r"(?:中文|官方|官网|网站|网址|资讯|网|端|正式版|中心|直播|平台|入口|下载|在线|登录|注册|[Aa][Pp][Pp]|手机版"
         r"|客户端|首页|滚球|体育|游戏|娱乐|彩票|网页版|第一品牌|合营)")   # 某某会真人第一品牌游戏合营 (264k)
#: the site words a brand of 体育 chains (平台入口官网下载, 网页版)
_BET_SITE = r"(?:平台|入口|官网|官方|下载|网页版|手机版|登录|注册|[Aa][Pp][Pp])"
#: a code glued to bet (365bet), or to a game word when a site word follows (365体育官网, 365滚球直播)
_CODED = (rf"(?<![0-9A-Za-z])\d{{3}}(?:[Bb][Ee][Tt]{_SITE}*"
          rf"|(?:体育|游戏|滚球|彩票|娱乐|棋牌)(?!场|馆|局|课|运动|事业|产业|强国|健身|锻炼|设施|教育|活动|赛事|精神)"
          rf"{_SITE}+)")
#: brands of 体育 and 娱乐 betting sites use (bare they are brands too)
_NAMED = (rf"(?:云开|开云|亚博|乐鱼|华体会|必威|万博|九游会?|[Kk]aiyun|KAIYUN|[Ll]eyu)"
          rf"(?:(?:电子|下注)?(?:体育|娱乐|电竞|棋牌|真人){_SITE}*|[(（]中国[)）](?:官方网站|官网|有限公司)?)"
          # any two characters' brand of 体育 with two or more site words chained after it (某某体育平台入口官网下载; 208k)
          rf"|[{_HAN}]{{2}}(?:下注体育{_BET_SITE}+|体育{_BET_SITE}{{2,}})"
          rf"|[Bb][Ee][Tt]365{_SITE}*|雷竞技{_SITE}*"
          # a football tournament's betting app standing in for 我们 (世俱杯app官方; round 181k)
          rf"|(?:世俱杯|世界杯|欧洲杯|欧冠|英超|西甲|意甲|德甲)[Aa][Pp][Pp]{_SITE}*"
          # a lottery site's name with its site word (中国竞彩网, 体育彩票app; round 70); 中国体育彩票 alone is an issuer
          rf"|(?:中国)?竞彩(?:网|[Aa][Pp][Pp]|官网|平台){_SITE}*|(?:中国)?体育彩票(?:[Aa][Pp][Pp]|官网|平台|网站)+{_SITE}*")
#: a Latin brand with a code (某bet365) or with 唯一/中国 before its site word, standing in for a name: 某某365中国官方网站,
#: 某某必赢唯一中国官方网站, 365best英国唯一官网 (round 281k), 某某365网页版登录官网 (round 302k) (an organisation's site named in a speech, 访问某组织官方网站, has neither)
_LATIN_SITE = (rf"(?<![0-9A-Za-z])(?:[A-Za-z]+\d+[A-Za-z0-9]*|\d{{2,}}[A-Za-z]{{2,}}[A-Za-z0-9]*|[A-Za-z]{{3,12}}(?=[{_HAN}]{{0,2}}(?:唯一|中国)))"
               rf"[{_HAN}]{{0,2}}?(?:唯一)?(?:中国)?(?:网页版|手机版|电脑版|登录|登陆|注册|平台|入口){{0,3}}(?:官方网站|官网|官方入口)")
_ONE = rf"(?:{_CODED}|{_NAMED}|{_LATIN_SITE})"
_TOURNAMENT_APP = re.compile(rf"(?:世俱杯|世界杯|欧洲杯|欧冠|英超|西甲|意甲|德甲)[Aa][Pp][Pp]{_SITE}*")
#: a slogan in brackets chained after a brand (【亚洲最大娱乐平台】)
_SLOGAN = r"【[^】\n]{0,16}(?:娱乐|平台|官网|体育|博彩|彩票|游戏|信誉|首选|最大)[^】\n]{0,8}】"
_SEP = r"[ \t_|｜\-—–·]{0,3}"
#: a site word chained after a brand (…_官网登录下载~)
_CHAINED = r"(?:官网|官方网站|官方)?(?:登录|登陆)(?:下载|入口)?"
_BRAND = re.compile(rf"{_ONE}(?:{_SEP}(?:{_ONE}|{_SLOGAN}|{_CHAINED}))*[@#~～]*")
#: what a line needs to hold to be looked at: a brand's name, or a game word with the site word betting sites put
#: first after it (searched in C; a game word alone, 体育 or 娱乐, is too common on a page to look at every line)
_LITERALS = ("bet", "Bet", "BET", "滚球", "竞彩", "开云", "云开", "aiyun", "AIYUN", "eyu", "雷竞技", "亚博", "乐鱼", "华体会",
             "必威", "万博", "九游", "体育官", "体育平台", "体育网", "下注体育", "体育中文", "体育app", "体育APP", "游戏中心", "游戏官", "娱乐平台",
             "娱乐官", "彩票", "棋牌", "官方网站", "官网", "官方入口", "杯app", "杯APP", "超app", "甲app", "冠app")
#: what a line may hold besides its brands to go whole
_LEFTOVER = re.compile(r"[\s_|｜\-—–·>＞/@#~～【】\[\]:：]*")


def betting_brand_spans(view: str) -> list[tuple[int, int]]:
    """Sports-betting brands in a page's Simplified view, each as a span (a line left empty goes whole).

    Parameters
    ----------
    view : str
        A page's Simplified view.

    Returns
    -------
    list of (int, int)
        The span of each brand chain; of a line holding nothing else, the whole line.

    Examples
    --------
    >>> page = "365体育滚球_365滚球直播-【亚洲最大娱乐平台】@@\\n云开体育大学习|某某同志在座谈会上的讲话\\n召开开云电子体育_开云(中国)联席会"
    >>> [page[s:e] for s, e in betting_brand_spans(page)]
    ['365体育滚球_365滚球直播-【亚洲最大娱乐平台】@@', '云开体育', '开云电子体育_开云(中国)']
    >>> betting_brand_spans("要办好2025体育强国建设大会,全年365天开放体育场馆,拨开云雾见青天。")
    []
    """
    spans: list[tuple[int, int]] = []
    for s, e, line in lines_holding(view, _LITERALS):
        # a tournament's app is a brand only standing in for a word twice or more (下载世界杯APP观看比赛 names an app once)
        found = [m.span() for m in _BRAND.finditer(line)
                 if not (_TOURNAMENT_APP.fullmatch(m.group()) and view.count(m.group()) < 2)]
        if not found:
            continue
        rest = "".join(line[b:c] for b, c in zip([0] + [q for _, q in found], [p for p, _ in found] + [len(line)]))
        if _LEFTOVER.fullmatch(rest):
            spans.append((s, e))
        else:
            for a, b in found:
                if a > 0 and line[a - 1] in "_|｜-—" and not line[b:].strip():
                    a -= 1                  # a title's separator before a brand that ends the line
                spans.append((s + a, s + b))
    return spans


# ---------------------------------------------------------------- jammer lines

#: a short word, then digits or Latin letters, then the same word again
_REPEAT = re.compile(rf"([{_HAN}]{{2,4}})[0-9A-Za-z]{{1,8}}\1")
_HAN_RUN = re.compile(rf"[{_HAN}]{{3}}")
#: how many of the page's first and last lines a jammer line may be on, and how far from the end the last are looked for
_EDGE = 10
_TAIL_CHARS = 8192


def jammer_line(line: str) -> bool:
    """Whether a line is an anti-copy filler: one short word repeated with digits and letters between.

    Examples
    --------
    >>> jammer_line("某词2555某词2555某词 某词2555某词j某词j注| 某词j乐j城:某词j某词 |")
    True
    >>> jammer_line("要抓好5G基站建设,抓好5G应用,抓好5G产业。")
    False
    """
    t = line.strip()
    m = _REPEAT.search(t)
    if not m or len(t) > 300:
        return False
    counts = Counter(t[i:i + len(m.group(1))] for i in range(len(t)))
    word, n = max(((w, c) for w, c in counts.items() if re.fullmatch(rf"[{_HAN}]{{2,4}}", w)),
                  key=lambda wc: (wc[1], len(wc[0])))
    rest = t.replace(word, " ")
    return n >= 4 and n * len(word) * 3 >= len(re.sub(r"\s", "", t)) and not _HAN_RUN.search(rest)


#: an app's download phrase injected inside a sentence (某某中文版下载app)
_APP_EDITION = re.compile(r"(?:中文版|官方版|最新版|安卓版|苹果版|破解版|手机版|电脑版)(?:官网|官方)?下载(?:app|APP|App|安装|地址|链接)?")
_APP_NAME = re.compile(r"[^\W\d_的了和是为成在与及等之对把被将从向于到个一]{2,5}$")


def _app_spans(view: str) -> list[tuple[int, int]]:
    """The injected app downloads: an edition's download phrase (a literal, found first) with the name before it."""
    spans = []
    for m in _APP_EDITION.finditer(view):
        name = _APP_NAME.search(view, max(0, m.start() - 5), m.start())
        if name:
            spans.append((name.start(), m.end()))
    return spans


def spam_brands(st: CleaningState) -> None:
    """Delete betting brands (``betting_brand``) and jammer lines (``jammer_line``), audited.

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the removals are audited edits of its document.

    Examples
    --------
    >>> st = CleaningState("新内容2555新内容2555新内容j新内容j注|新内容j城\\n同志们:\\n要抓好落实。")
    >>> spam_brands(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    >>> st = CleaningState("集团发展成为复合型的某某机中文版下载app国有资本投资公司。\\n要引导群众下载app参与测评。")
    >>> spam_brands(st)
    >>> st.doc.output
    '集团发展成为复合型的国有资本投资公司。\\n要引导群众下载app参与测评。'
    """
    _, view = st.view()
    spans = [(s, e, "betting_brand") for s, e in betting_brand_spans(view)]
    head = list(first_lines(view, _EDGE))
    tail_start = max(0, len(view) - _TAIL_CHARS)
    tail = [(tail_start + s, tail_start + e, line) for s, e, line in iter_lines(view[tail_start:])][-_EDGE:]
    for s, e, line in {(s, e, line) for s, e, line in head + tail}:
        if jammer_line(line):
            spans.append((s, e, "jammer_line"))
    spans.extend((s, e, "jammer_line") for s, e in injected_word_spans(view))
    spans.extend((s, e, "app_spam") for s, e in _app_spans(view))
    if "中国)" in view or "中国）" in view:
        spans.extend((s, e, "betting_brand") for s, e in _china_brand_spans(view))
    st.delete_spans(spans)


#: a hijacked page's brand with its site word and a (中国) tail (某某网页版-某某(中国), 某某体育官网-某某(中国)), round 82
_CHINA_BRAND = re.compile(rf"([{_HAN}A-Za-z]{{1,6}}?)(?:网页版|官网|官方网站|官方|网站|平台|体育|娱乐|[Aa][Pp][Pp]|登录入口|登录|入口)"
                          rf"[ \t_|｜\-—–·]{{0,3}}\1[(（]中国[)）]")
#: times the same brand must stand on a page (a company's own 某某(中国) name is written without a site word)
MIN_CHINA_BRANDS = 2


def _china_brand_spans(view: str) -> list[tuple[int, int]]:
    """A betting brand written as 某某网页版-某某(中国) (its name twice), standing in for a name two or more times.

    Examples
    --------
    >>> view = "某某星空网页版-星空(中国)项目部召开誓师大会。星空网页版-星空(中国)全体员工宣誓。"
    >>> [view[a:b] for a, b in _china_brand_spans(view)]
    ['星空网页版-星空(中国)', '星空网页版-星空(中国)']
    >>> _china_brand_spans("西门子(中国)有限公司和西门子(中国)研究院")
    []
    """
    found = list(_CHINA_BRAND.finditer(view))
    counts = Counter(m.group() for m in found)
    return [m.span() for m in found if counts[m.group()] >= MIN_CHINA_BRANDS]


#: a short word alone on a line, or at a line's start with a run of spaces between it and the text
_INJECTED = re.compile(rf"^[ \t\u3000]*([{_HAN}]{{2,6}})(?:[ \t\u3000]{{2,}}(?=\S)|[ \t\u3000]*$)", re.M)


def injected_word_spans(view: str) -> list[tuple[int, int]]:
    """A word a hijacked page injects at the start of its paragraphs (round 70): the spans of its copies.

    The same short word stands alone on a line or before a run of spaces at the start of three or more lines, at
    least once glued before a paragraph's text; a speech's heading or a speaker's label is not set off by a run of
    spaces and repeated so.

    Examples
    --------
    >>> page = "某某词\\n要抓好落实。\\n某某词   书画院成立以来,成绩显著。\\n某某词   当前,要再接再厉。"
    >>> [page[s:e] for s, e in injected_word_spans(page)]
    ['某某词', '某某词   ', '某某词   ']
    >>> injected_word_spans("谢谢大家\\n谢谢大家\\n谢谢大家")     # never glued before a paragraph
    []
    """
    hits = list(_INJECTED.finditer(view))
    if len(hits) < 3:
        return []
    counts = Counter(m.group(1) for m in hits)
    glued = {m.group(1) for m in hits if view[m.end():m.end() + 1] not in ("", "\n")}
    words = {w for w, n in counts.items() if n >= 3 and w in glued}
    return [(m.start(1), m.end()) for m in hits if m.group(1) in words]
