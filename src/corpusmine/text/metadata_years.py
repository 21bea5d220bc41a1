"""A speech's year from the event it names with that year, and from a title left on the text's first line (session bc).

Two families of held-out metadata rounds 259k-288k, where the year a reader sees was not read:

* **the event named with its year, in the speech's present**: 今天我们迎来了“某某杯”2010国际龙舟节 / 隆重举行某某大学
  2015届本科生毕业典礼 / 今日在「1998香港食品节」开幕礼; and a report's lead, 2017年“博爱助学”活动在会议室举行 /
  “质量之光”2014年度颁奖典礼今天如期举行.  A sentence recalling an earlier event (去年, 回顾, 曾) and a relative clause
  (召开的) are not read.
* **a title on the text's first line**: 在 2025 年全区年轻干部警示教育大会上的讲 / 2025年度学习教育心得体会 — a line with
  no sentence end and a speech genre's word, where the title was not split from the text.
"""
from __future__ import annotations

import re

__all__ = ["event_year", "head_title_year", "EVENT_WINDOW"]

_YEAR = r"(?<![0-9])(?P<y>(?:19[5-9]|20[0-4])[0-9])(?![0-9])(?!\s*级)"     # 2020级: a class's year of entry
_EVENT = (r"(?:大会|会议|典礼|仪式|开幕式|闭幕式|开幕礼|颁奖|年会|论坛|峰会|博览会|展览会|交易会|洽谈会|运动会|"
          r"艺术节|文化节|龙舟节|食品节|美食节|旅游节|音乐节|读书节|科技节|体育节|活动|联欢会|晚会|招待会|座谈会)")
_S = r"[^。！？!?；;\n]"
#: the speaker's present, then the event with its year (今天我们迎来了…2010…龙舟节)
_PRESENT_EVENT = re.compile(rf"(?:今天|今日|此刻|在此|(?<!即将)(?<!就要)迎来了?|隆重|如期|欢聚|相聚|齐聚|举行|举办)"
                            rf"{_S}{{0,30}}?{_YEAR}\s*(?:年度?|届)?{_S}{{0,30}}?{_EVENT}(?!的)")
#: a report's lead: the event with its year, then its being held (2017年某某活动在会议室举行)
_EVENT_HELD = re.compile(rf"(?:^|(?<=[。！？!?\n]))[ \t\u3000]*{_S}{{0,30}}?{_YEAR}\s*(?:年度?|届)?{_S}{{0,30}}?{_EVENT}"
                         rf"{_S}{{0,20}}?(?:今天|今日|隆重|如期|正式|顺利)?(?:举行|召开|开幕|拉开帷幕|启动|举办)(?![的了过])")
#: a sentence recalling an earlier event
_RECALLED = re.compile(r"去年|前年|曾经|曾|回顾|当年|那年|过去|以往|上届|上一届|历届")
#: how far into the text an event's year is read
EVENT_WINDOW = 600
_GENRE = re.compile(r"讲话|发言|致辞|致词|报告|演讲|讲稿|心得|体会|述职|贺词|献词|上的讲")
_SENTENCE_END = re.compile(r"[。！？!?]")


def event_year(text: str) -> tuple[int, int, str] | None:
    """The year of the event a speech or its report names in the present, with where and what matched.

    Examples
    --------
    >>> event_year("今天,我们迎来了“某某杯”2010中国某某国际龙舟节。在此,我谨代表市委表示祝贺。")[0]
    2010
    >>> event_year("“质量之光”2014年度颁奖典礼今天如期举行。")[0]
    2014
    >>> event_year("在这里隆重举行某某大学2015届本科生毕业典礼和学位授予仪式。")[0]
    2015
    >>> event_year("去年我们隆重举行了2019年全县工作会议。") is None
    True
    >>> event_year("2019年召开的全县工作会议提出了新要求。") is None
    True
    """
    head = text[:EVENT_WINDOW]
    for rx in (_PRESENT_EVENT, _EVENT_HELD):
        for m in rx.finditer(head):
            start = max(head.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
            if not _RECALLED.search(head[start:m.end()]):
                return int(m.group("y")), m.start(), m.group(0).strip()
    return None


def head_title_year(text: str) -> tuple[int, int, str] | None:
    """The year in a title left on the text's first line (no sentence end, a genre's word), with where and the line.

    Examples
    --------
    >>> head_title_year("在 2025 年全区年轻干部警示教育大会上的讲\\n话\\n同志们:\\n今天我们召开大会。")[0]
    2025
    >>> head_title_year("2025年全区经济总量增长百分之六。\\n同志们:") is None
    True
    """
    for line in text.split("\n", 3)[:3]:
        if not line.strip():
            continue
        m = re.search(rf"{_YEAR}\s*年", line)
        if len(line) <= 80 and m and not _SENTENCE_END.search(line) and _GENRE.search(line):
            return int(m.group("y")), m.start(), line.strip()
        return None
    return None
