"""A page's head and its app widgets, told by place and shape (session q, from probes written here and held-out round 52).

* **a Latin banner above the first Chinese line** (rule ``site_interface``): a government site's notice in English
  (A … Government Agency Website / Official website links end with …), a menu in Latin letters: short lines without a
  Chinese character, above the page's first line with Chinese in it.  A page without Chinese lines loses nothing, a
  long English paragraph (over 100 characters, a bilingual speech) stays.
* **a column's name among the first lines** (rule ``site_interface``): 协会动态, 工作要闻, 通知公告, a portal's
  section (社会, 时事, 港闻, 地方) alone above the first prose line.
* **a contact label alone** (rule ``site_interface``): 服务热线, 联系电话:, 客服热线 left without their number (the
  number is another line, removed by the contact rules).
* **an article app's widgets** (rule ``site_interface``): the lines a WeChat article's reader shows around it, alone on
  a line anywhere (预览时标签不可点, 继续滑动看下一个, 轻触阅读原文, 向上滑动看下一个, 点击蓝字 关注我们, 分享收藏点赞在看,
  往期推荐); their words name the widget, never a speaker's matter.
* **a weather and air-quality widget** (rule ``site_interface``, held-out round 54): above the first prose line, a
  run of short lines of a portal's weather box (晴天, 今日气温, 28 ~ 30, 空气质量指数, AQI, 134, a station's name after a
  bullet, a level: 良, 普通, 轻度污染, 对敏感族群不健康), when the run holds the box's own words (气温, AQI, 空气质量,
  PM2.5, ℃); a short title above the speech (县长致辞) is not in such a run and stays.
* **a bar-separated credit row** (rule ``byline``): 编辑丨某某 审核丨某某, 责编 | 某某 (a role and a name after 丨 or |),
  alone on a line.
* **a news column's tag in 【】 opening a headline** among the first lines (【直通两会】…会议开幕; rule ``site_interface``).
* **a bulletin's masthead** (rule ``meta_row``): among the first sixteen lines, its issue alone (第一期) and its issuer
  and date set apart by a wide gap (中共某某区委办公室        2018年1月25日).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("A Government Agency Website How to identify\\n协会动态\\n服务热线\\n某某协会召开年会\\n"
...                    "12月23日,协会年会在合肥召开。\\n预览时标签不可点\\n编辑丨王某 审核丨李某")
>>> head_banners(st)
>>> st.doc.output
'\\n\\n\\n某某协会召开年会\\n12月23日,协会年会在合肥召开。\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.page_edges import is_anchor_line
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["head_banner_spans", "head_banners"]

_SP = r"[ \t\u3000]"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORDS = re.compile(r"[A-Za-z]{2,}")
_COLUMN = re.compile(rf"^{_SP}*(?:[{'>»•·-'}]{_SP}*)?(?:[\u4e00-\u9fff]{{2,4}}(?:动态|要闻|资讯|公告|通知公告|新闻|快讯|简讯|信息)"
                     # a portal's section alone: 社会, 时事, 港闻, 地方 (a speech's title is never one word)
                     rf"|社会|时事|国际|国内|财经|体育|娱乐|港闻|两岸|本地|地方|要闻|政治|军事|评论|社区|华社|侨社|即时){_SP}*$")
_CONTACT = re.compile(rf"^{_SP}*(?:服务|客服|咨询|投诉|举报|联系|值班|热线)?(?:热线|电话|热线电话|联系电话|传真|邮箱|电子邮箱)"
                      rf"{_SP}*[:：]?{_SP}*$")
_APP = re.compile(
    rf"^{_SP}*(?:预览时标签不可点|继续滑动看下一个|轻触阅读原文|向上滑动看下一个|(?:点击|点)(?:上方)?蓝字{_SP}*(?:关注我们|关注)"
    rf"|分享{_SP}*收藏{_SP}*点赞{_SP}*在看|往期(?:推荐|回顾|精彩)"
    rf"|微信扫一扫(?:关注该公众号|使用小程序)|喜欢此内容的人还喜欢|Scan (?:to Follow|with Weixin[^\n]{{0,40}})){_SP}*[!！.。]?{_SP}*$")
_CREDIT_ROW = re.compile(rf"^{_SP}*(?:(?:编辑|审核|校对|责编|责任编辑|监制|统筹|来源|撰稿|文字|摄影|制作|排版|美编|终审|初审|复审|文|图)"
                         rf"{_SP}*[丨|｜]{_SP}*[\u4e00-\u9fffA-Za-z·]{{1,12}}{_SP}*){{1,6}}$")
#: a weather box's own words: one of them makes a run of short lines the widget
_WEATHER_CUE = re.compile(r"气温|温度|AQI|空气质量|空气品质|PM2\.5|PM10|℃|°C|天气预报|今日天气")
#: the sky's words, one turning into another (阵雨转多云; round 210k)
_SKY = r"晴天?|多云|阴天?|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪|雨夹雪|雾|霾"
_SKY_WORD = re.compile(_SKY)
#: …or a station and its temperature, an air-quality count after it (上海 20℃ 0; round 250k)
_ONE_READING = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,3}}{_SP}+-?\d{{1,2}}(?:℃|°C)(?:{_SP}+\d{{1,3}})?{_SP}*$")
_TEMPERATURES = re.compile(r"-?\d{1,2}(?:℃|°C)?[ \t]*[~～\-—至][ \t]*-?\d{1,2}(?:℃|°C)")
#: a line a weather box is made of: a weather or an air-quality word, a reading, a temperature range, a station's name
_WEATHER_TOKEN = (
    rf"(?:(?:今日|今天|明日|明天|当前|实时)?(?:天气|气温|温度|湿度|风力|风向)(?:预报)?|空气(?:质量|品质)(?:指数|指标)?"
    rf"|AQI|PM2\.5|PM10|(?:{_SKY})(?:转(?:{_SKY}))?"
    rf"|优|良|良好|普通|轻度污染|中度污染|重度污染|严重污染|(?:对敏感族群|对所有族群)?不健康|非常不健康|危害"
    rf"|[-\d.]{{1,4}}{_SP}*(?:℃|°C|度)?(?:{_SP}*[~～\-—至]{_SP}*[-\d.]{{1,4}}{_SP}*(?:℃|°C|度)?)?"
    rf"|[\u4e00-\u9fff]{{2,3}})")
#: a weather box's word or reading (not a station's name)
_WEATHER_WORD = re.compile(_WEATHER_TOKEN.replace("|[\\u4e00-\\u9fff]{2,3})", ")") + r"|\d")
#: one to eight of them on a line (a flattened box splits into lines of several: AQI AQI 134)
_WEATHER_LINE = re.compile(rf"^{_SP}*(?:[•·]{_SP}*)?{_WEATHER_TOKEN}(?:{_SP}+{_WEATHER_TOKEN}){{0,7}}{_SP}*$")
#: a bulletin's masthead (session ay, from round 263k): its issue alone (第一期, 总第12期) and its issuer with the date
#: set apart by a wide gap (中共某某区委办公室        2018年1月25日)
_ISSUE = re.compile(rf"^{_SP}*(?:总第{_SP}*[\d一二三四五六七八九十百零〇]{{1,5}}{_SP}*期{_SP}*)?"
                    rf"(?:第{_SP}*[\d一二三四五六七八九十百零〇]{{1,5}}{_SP}*期|总第{_SP}*[\d一二三四五六七八九十百零〇]{{1,5}}{_SP}*期){_SP}*$")
_ISSUER_DATE = re.compile(rf"^{_SP}*[\u4e00-\u9fff()（）]{{4,30}}?(?:办公室|办公厅|委员会|委|办|局|厅|部|政府|编辑部|编)"
                          rf"{_SP}{{3,}}(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日{_SP}*$")
#: a news column's tag in 【】 opening a headline among the first lines (【直通两会】政协某县…会议开幕; round 270k)
_COLUMN_TAG = re.compile(r"^[ \t\u3000]*【[^】\n]{0,4}(?:两会|快讯|要闻|头条|视频|图文|专题|热点|现场|速递|直通|聚焦|关注)"
                         r"[^】\n]{0,4}】(?=[^\n。！？!?]{4,60}$)")
#: how many lines at the page's head a column's name may stand in (a masthead: twice as many)
_HEAD = 8


def head_banner_spans(view: str) -> list[tuple[int, int, str]]:
    """The ``(start, end, rule)`` spans of this module's families in a page's Simplified view.

    Examples
    --------
    >>> v = "Official website links end with .gov.xx\\n协会动态\\n在会上的讲话\\n同志们:\\n要抓好落实。"
    >>> [v[a:b] for a, b, _ in head_banner_spans(v)]
    ['Official website links end with .gov.xx', '协会动态']
    >>> head_banner_spans("Speech by the Secretary\\nLadies and gentlemen, it is my pleasure to be here today.")   # no Chinese
    []
    """
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans: list[tuple[int, int, str]] = []
    first_chinese = next((i for i, (_, _, line) in enumerate(lines) if len(_CJK.findall(line)) >= 2), None)
    if first_chinese:
        spans += [(s, e, "site_interface") for s, e, line in lines[:first_chinese]
                  if len(line.strip()) <= 100 and _LATIN_WORDS.search(line)]
    first_anchor = next((i for i, (_, _, line) in enumerate(lines) if is_anchor_line(line)), len(lines))
    spans += _weather_box(lines[:first_anchor])
    for i, (s, e, line) in enumerate(lines):
        t = line.strip()
        if i < min(first_anchor, _HEAD) and _COLUMN.match(line):
            spans.append((s, e, "site_interface"))
        elif len(t) <= 12 and _CONTACT.match(line):
            spans.append((s, e, "site_interface"))
        elif len(t) <= 60 and _APP.match(line):
            spans.append((s, e, "site_interface"))
        elif i < _HEAD and (m := _COLUMN_TAG.match(line)):
            spans.append((s, s + m.end(), "site_interface"))
        elif i < 2 * _HEAD and (_ISSUE.match(line) or _ISSUER_DATE.match(line)):
            spans.append((s, e, "meta_row"))
        elif len(t) <= 60 and ("丨" in t or "|" in t or "｜" in t) and _CREDIT_ROW.match(line) and not in_speech_voice(t):
            spans.append((s, e, "byline"))
    return spans


def _weather_box(head: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The runs of weather-box lines among a page's head lines that hold the box's own words."""
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for item in [*head, None]:
        if item is not None and _WEATHER_LINE.match(item[2]):
            run.append(item)
            continue
        # a run of three or more with the box's words; a bare station name (2-3 characters) needs a reading beside it
        while run and not _WEATHER_WORD.search(run[-1][2]):   # names alone at the run's end: a short title (县长 致辞)
            run.pop()
        # ...or one line with the sky and a temperature range (• 某地 阵雨转多云 18℃~11℃; round 210k)
        if (len(run) >= 3 and sum(bool(_WEATHER_CUE.search(line)) for _, _, line in run) >= 1
                or any(_SKY_WORD.search(line) and _TEMPERATURES.search(line) or _ONE_READING.match(line)
                       for _, _, line in run)):
            spans += [(s, e, "site_interface") for s, e, _ in run]
        run = []
    return spans


def head_banners(st: CleaningState) -> None:
    """Delete the families of this module (rules ``site_interface``, ``byline``).

    See the module's docstring; :func:`head_banner_spans` gives the spans.

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("服务热线\\n同志们:\\n轻触阅读原文\\n要抓好落实。")
    >>> head_banners(st)
    >>> st.doc.output
    '\\n同志们:\\n\\n要抓好落实。'
    """
    _, view = st.view()
    st.delete_spans(head_banner_spans(view))
