"""Record tables, Q&A labels, generator replies, plugin notices, press-release links and meeting-photo captions (round 23).

Families of chrome that the other rules do not reach, each by the shape of a
line or of a space-separated segment:

* **record table rows** (:func:`is_record_row`): a label cell, a cell holding
  only a colon and a value cell, joined by pipes (标签 | : | 值 |), and a
  table's preview cell cut off with dots (某某...... |).
* **Q&A labels** (:func:`is_qa_label`): the labels of a question-and-answer
  page alone on a line (问题描述:, 最佳答案, 推荐答案, 其他答案 …) and, on a
  page that has such a label, the asker's line (…,求直接说步骤!); a label of
  the poster's contact (发布者微信).
* **generator replies** (:func:`is_generator_reply`): a text generator's
  closing offer to the reader (希望这篇内容能满足您的需求!如果还有其他问题…
  请随时告诉我。); a speaker's 随时告诉我们 stays.
* **plugin notices**: a line asking for a browser plugin (此页面上的内容需要
  较新版本的 Adobe Flash Player, 获取 Adobe Flash Player).
* **press-release link rows**: a row of link words only (简体版 寄给朋友
  政府主网页, 繁体版 | 打印) and a row of bracketed notes only ((只有中文)(附图)
  with a rule of stars).
* **font widgets whose HTML leaked** (【字体大小:<a href="javascript:…">大).
* **meeting-photo captions** (:func:`caption_segments`): segments of a line,
  separated by spaces, that name an official or a group and what they did,
  without a sentence end (某某同志主持会议, 某某提建议, 部分负责人做发言); a
  sentence ending with 。 and 同志主持 inside a sentence stay.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("问题描述:\\n要抓好乡村振兴各项工作。\\n获取 Adobe Flash Player")
>>> record_chrome(st)
>>> st.doc.output
'\\n要抓好乡村振兴各项工作。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import lines_holding

__all__ = ["caption_segments", "is_generator_reply", "is_qa_label", "is_record_row", "record_chrome", "record_tables"]

_END = r"[。！？!?；;]"
#: 标签 | : | 值 |  (a label cell, a colon cell, a value cell)
_RECORD = re.compile(r"^\s*[|｜]?\s*[^|｜\n。！？!?]{1,16}?\s*[|｜]\s*[:：]\s*[|｜]")
#: a preview cell cut off with dots at the end of a table row
_PREVIEW = re.compile(r"(?:\.{3,}|…{1,3}|。{3,})\s*[|｜]\s*$")


def is_record_row(line: str) -> bool:
    """Whether a line is a row of a record table (标签 | : | 值 |) or its cut-off preview cell.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_record_row("文章名称 | : | "), is_record_row("相关机构/单位/部门 | : | 民政事务局 |")
    (True, True)
    >>> is_record_row("这里的纪念园,摆放了雕塑...... |")
    True
    >>> is_record_row("我们要坚持以人民为中心:发展为了人民。"), is_record_row("收入 | 支出 | 结余")
    (False, False)
    """
    s = line.strip()
    if not s or len(s) > 200:
        return False
    return bool(_RECORD.match(s)) or (len(s) <= 80 and bool(_PREVIEW.search(s)))


_QA_LABEL = re.compile(
    r"^\s*(?:问题描述|问题补充|最佳答案|推荐答案|满意答案|其他答案|其它答案|其他回答|其它回答|网友回答|"
    r"相关问题|(?:发布者|作者|小编|编辑)微信)\s*[:：]?\s*$"
)
#: the asker's plea at the end of a question line: 求直接说步骤!, 求解答, 求大神指点
_PLEA = re.compile(r"[,，]\s*(?:[^\n,，。]{0,8}[,，]\s*)?求(?:直接)?(?:说|给|告知)?(?:步骤|解答|答案|大神|帮助|指点|解决|方法)[^\n。]{0,6}[!！?？]*\s*$")


def is_qa_label(line: str) -> bool:
    """Whether a line is a Q&A page's label alone (问题描述:, 最佳答案, 推荐答案 …) or a poster's contact label.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_qa_label("问题描述:"), is_qa_label("最佳答案"), is_qa_label("发布者微信")
    (True, True, True)
    >>> is_qa_label("最佳答案就是让群众满意。"), is_qa_label("问题描述清楚了,就要抓落实。")
    (False, False)
    """
    return bool(_QA_LABEL.match(line))


#: the hope names the text served (这篇内容, 以上范文, 本稿), never an event; the offer is made to 您 or about the text
_GEN_HOPE = re.compile(r"希望[^\n。!！]{0,8}(?:这篇|本篇|以上|上述|本文|内容|文章|范文|稿|回答|回复)[^\n。!！]{0,8}"
                       r"(?:满足您|帮助到您|帮到您|对您有(?:所)?帮助|对您有用|符合您)")
_GEN_TEXT = re.compile(r"您|进一步|篇幅|语气|字数|润色|修改|调整")
_GEN_OFFER = re.compile(r"(?:如果|如有|若)[^\n。]{0,24}(?:问题|需要|帮助|修改|调整)[^\n。]{0,12}(?:随时告诉我|随时联系我|随时提问|随时问我)(?!们)")


def is_generator_reply(line: str) -> bool:
    """Whether a line is a text generator's closing offer to the reader.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_generator_reply("希望这篇内容能满足您的需求!如果还有其他问题或需要进一步的帮助,请随时告诉我。")
    True
    >>> is_generator_reply("如果需要调整语气或篇幅,请随时告诉我。")
    True
    >>> is_generator_reply("同志们在工作中遇到什么问题,请随时告诉我们。")   # 讲话里的嘱咐
    False
    >>> is_generator_reply("希望大家满足群众需求,办好民生实事。")
    False
    >>> is_generator_reply("同学们如果遇到什么问题,请随时告诉我,老师的大门永远敞开。")   # 老师对学生
    False
    >>> is_generator_reply("家长朋友们,希望今天的分享能帮助到您。")
    False
    """
    s = line.strip()
    if not s or len(s) > 160:
        return False
    return bool(_GEN_HOPE.search(s) or (_GEN_OFFER.search(s) and _GEN_TEXT.search(s)))


_PLUGIN = re.compile(r"Flash\s*(?:Player|播放器|插件)")
_PLUGIN_ASK = re.compile(r"需要|获取|安装|下载|升级|更新|版本|启用")
_LINK_WORD = (r"简体版|繁体版|简体|繁体|English|英文版|寄给朋友|电邮给朋友|政府主网页|主网页|打印|列印|打印本页|返回|回到顶部|"
              r"新闻公报|新闻稿|相片|图片|视频|录像")
_LINK_ROW = re.compile(rf"^\s*(?:{_LINK_WORD})(?:\s*[|｜/]?\s*(?:{_LINK_WORD}))+\s*$")
_NOTE_ROW = re.compile(r"^\s*(?:[(（](?:只有中文|只有英文|中文|英文|附图|附图片|附图表|附短片|附片段|附录像|附视频|附相片|附件)[)）]\s*){1,4}[*＊=\-—]*\s*$")
#: a font-size widget whose link HTML leaked into the text
_FONT_HTML = re.compile(r"^\s*[【\[]?\s*字体[^\n]{0,8}?(?:href\s*=|javascript:|doZoom|<a\b)", re.I)

#: a portal's masthead row: its name, its domain, then only a date and a source (某某门户网站 www.x.cn 2009年10月19日 来源:某报)
_MASTHEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,16}网站[ \t\u3000]*(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?"
    r"(?:[ \t\u3000]+(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)?"
    r"(?:[ \t\u3000]+来源[ \t\u3000]*[:：][ \t\u3000]*[^\s。,，！？!?]{0,20})?[ \t\u3000]*$")

#: literals that every line family needs on the line (found with str.find, in C, before a line is made)
_NEEDLES = ("|", "｜", "答案", "回答", "问题", "微信", "您", "随时", "Flash", "简体", "繁体", "只有", "附", "字体", "网站",
            "录音", "短片", "视频")
#: a note that the text was transcribed from a recording, alone on a line, its bracket maybe cut off:
#: 2009年8月25日根据录音整理、未经本人审核)
_RECORDING = re.compile(r"^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?[ \t\u3000]*[(（]?(?:本文)?(?:根据|据)录音整理"
                        r"(?:[,，、 ]?(?:未经|经)本人审(?:核|阅|定))?[)）]?$")
#: a football-betting site's name a hijacked page glues to its title or puts in a copyright line:
#: 某某报告范文五篇-欧洲杯买球平台, 2022-11-08 欧洲杯买球平台的版权声明 (买球鞋, 买球拍 stay)
_BETTING_NAME = r"(?:(?:欧洲杯|世界杯|亚洲杯|足球|体育)买球(?:平台|网站|官网|网址|APP|app|入口)?|买球(?:平台|网站|官网|网址|APP|app|入口))"
_BETTING = re.compile(rf"^[ \t\u3000]*[\d\-/.年月日: ]*[ \t\u3000]*{_BETTING_NAME}的?版权声明[ \t\u3000]*$"
                      rf"|[ \t\u3000]*[-—_|｜]?[ \t\u3000]*{_BETTING_NAME}", re.M)
#: a Q&A page's item marker opening a line: a negative circled digit (❶ ❷ … ➓), never a speech's numbering
_DINGBAT = re.compile("[\u2776-\u277f\u2780-\u2793][ \t\u3000]*")
#: a video player's label alone on a line
_MEDIA_LABEL = frozenset(("短片", "视频", "播放视频", "视频播放", "相关视频", "现场视频"))
#: a site column's blurb: 某某栏目为您提供各种优秀的…,快来品读…
_COLUMN_BLURB = re.compile(r"^[^\n。！？!?]{0,30}(?:栏目|频道|专栏)为您(?:提供|整理|精选|推荐|收集)[^\n。！？!?]{0,120}$")
#: a caption names someone (同志, 负责人, 代表) or what they did (讲话, 发言, 主持, 致辞)
_CAPTION_NEEDLES = ("同志", "负责人", "代表", "讲话", "发言", "主持", "致辞", "述职")


def _is_chrome_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if is_record_row(s) or is_qa_label(s) or is_generator_reply(s):
        return True
    if len(s) <= 80 and _PLUGIN.search(s) and _PLUGIN_ASK.search(s):
        return True
    if len(s) <= 60 and (_LINK_ROW.match(s) or _NOTE_ROW.match(s)):
        return True
    if len(s) <= 100 and _MASTHEAD.match(s):
        return True
    if s in _MEDIA_LABEL or (len(s) <= 40 and _RECORDING.match(s)) or (len(s) <= 160 and _COLUMN_BLURB.match(s)):
        return True
    return len(s) <= 300 and bool(_FONT_HTML.match(s))


#: who: an official named with 同志, or a group's 负责人 / 代表; what: the act a caption names
_CAPTION = re.compile(
    r"[^\s。！？!?,，；;:：“”\"]{1,30}?(?:同志|负责人|代表们?)"
    r"(?:主持会议|主持|提建议|提出建议|做发言|作发言|发言|讲话|致辞|作报告|做报告|作总结|做总结|交流发言|汇报工作)"
)


def caption_segments(line: str) -> list[tuple[int, int]]:
    """Spans of the meeting-photo captions among a line's space-separated segments.

    A caption is a whole segment (between white space, never the whole line)
    that names an official with 同志 or a group (负责人, 代表) and ends with what
    they did (主持会议, 提建议, 做发言, 讲话 …), with no sentence mark.  The
    span starts at the white space before the segment.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> line = "会议总结了经验。 县长王某同志主持会议 政协副主席李某同志提建议"
    >>> [line[a:b] for a, b in caption_segments(line)]
    [' 县长王某同志主持会议', ' 政协副主席李某同志提建议']
    >>> caption_segments("县委书记王某同志主持会议并讲话。 会议要求抓好落实。")
    []
    >>> caption_segments("县委书记王某同志讲话")   # 独占一行的标题
    []
    """
    parts = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    if len(parts) < 2:
        return []
    spans = []
    prev_end = 0
    for a, b in parts:
        if _CAPTION.fullmatch(line, a, b):
            spans.append((prev_end, b))
        prev_end = b
    if len(spans) == len(parts):
        return []        # the line is nothing but such names: a list of speakers, not captions between sentences
    return spans


#: a record table's label and colon cells opening a line (标签 | : | ), and the short value cell closing it
_RECORD_HEAD = re.compile(r"^[ \t\u3000]*[|｜]?[ \t\u3000]*[^|｜\n。！？!?]{1,16}?[ \t\u3000]*[|｜][ \t\u3000]*[:：][ \t\u3000]*[|｜][ \t\u3000]*", re.M)
_TITLE_VALUE = re.compile(r"[\u4e00-\u9fff]{3}(?:讲话|致辞|致词|发言|报告|贺词|演讲|讲稿)")
_RECORD_SHORT = re.compile(r"[^|｜\n。！？!?]{0,16}[|｜][ \t\u3000]*$", re.M)
#: a preview cell's last clause cut off with dots before the closing pipe
#: a row of a label-and-value table closed by a pipe (内容分类 | 具体内容 | / 致辞主题 | 表达敬意 |), or its rule of dashes
#: (|---|---|): a text generator's summary of the speech as a table (round 289k)
_PIPE_ROW = re.compile(r"^[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?:[^|｜\n]{1,16}?[ \t\u3000]*[|｜][^\n]*[|｜]|[|｜]?[ \t:：\-]{3,}[|｜][ \t:：\-|｜]*)"
                       r"[ \t\u3000]*$", re.M)
#: rows a table needs before its rows are deleted
MIN_TABLE_ROWS = 3
_PREVIEW_TAIL = re.compile(r"(?<=[。！？!?])[ \t\u3000]*[^。！？!?\n|｜]{1,60}?(?:\.{3,}|…{1,3})[ \t\u3000]*[|｜][ \t\u3000]*$", re.M)
#: a press release's notes after its title: (只有中文)(附图) and a rule of stars
_NOTES = r"[(（](?:只有中文|只有英文|附图|附图片|附图表|附短片|附片段|附录像|附视频|附相片)[)）]"
_NOTES_INLINE = re.compile(rf"(?:[(（]只有(?:中文|英文)[)）](?:{_NOTES})*|(?:{_NOTES}){{2,4}})(?:[ \t\u3000]*[*＊]{{5,}})?")
#: a meeting photo's caption alone on a line: 某某书记某某讲话 (the name is in the paragraph above)
_CAPTION_ALONE = re.compile(
    r"^[ \t\u3000]*[^\s。！？!?,，；;:：“”\"]{0,16}?([\u4e00-\u9fff]{3})(?:同志)?"
    r"(?:主持会议|主持|提建议|[作做]?(?:述职|表态|交流|典型)?发言|讲话|致辞|[作做](?:述职)?报告|述职报告|作总结|做总结)[ \t\u3000]*$")
#: a speech's title names its occasion (在某某会议上的讲话): never a caption
_OCCASION = re.compile(r"在.{0,30}?(?:上|中|时|之际)的?")
_SENTENCE_END = "。！？!?”\""


def _caption_shaped(line: str) -> str | None:
    """The person a short caption line names (某某主任某某作述职发言), or None."""
    m = _CAPTION_ALONE.match(line)
    if not m or len(line.strip()) > 30 or _OCCASION.search(line):
        return None
    return m.group(1)


def _caption_alone(view: str, start: int, end: int, line: str) -> bool:
    """Whether a line captions a photo between two paragraphs and names a person the paragraph above names."""
    name = _caption_shaped(line)
    if name is None:
        return False
    before = view[max(0, start - 2000):start].rstrip().rsplit("\n", 1)[-1].strip()
    after = view[end:end + 2000].lstrip().split("\n", 1)[0].strip()
    return (len(before) >= 40 and len(after) >= 40 and before[-1] in _SENTENCE_END
            and (name in before or name in after))


def _caption_runs(view: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of three or more caption lines in a row between a paragraph above and a sentence below.

    A company or government news page shows a photo of each speaker with a
    caption (某某主任某某作述职发言) and no sentence end; the run sits after a
    paragraph (40 characters or more, ending a sentence) and before a line
    that ends a sentence.
    """
    shaped = [(a, b) for a, b, line in lines if _caption_shaped(line) is not None]
    runs, run = [], []
    for a, b in shaped:
        if run and view[run[-1][1]:a].strip():
            runs.append(run)
            run = []
        run.append((a, b))
    if run:
        runs.append(run)
    spans = []
    for run in runs:
        if len(run) < 3:
            continue
        before = view[max(0, run[0][0] - 2000):run[0][0]].rstrip().rsplit("\n", 1)[-1].strip()
        after = view[run[-1][1]:run[-1][1] + 2000].lstrip().split("\n", 1)[0].strip()
        if len(before) >= 40 and before[-1] in _SENTENCE_END and after and after[-1] in _SENTENCE_END:
            spans.extend(run)
    return spans


def record_tables(st: CleaningState) -> None:
    """Delete a record table's label and colon cells, its short values and a preview's cut-off end (rule ``record_table``),
    and a label-and-value table of three rows or more closed by pipes (rule ``summary_table``).

    It runs early, before the rules that take stray pipes and dots away.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("文类 | : | 演讲辞 |\\n文章预览 | : | 各位嘉宾:今天我们欢聚一堂。这里的纪念园...... |")
    >>> record_tables(st)
    >>> st.doc.output
    '\\n各位嘉宾:今天我们欢聚一堂。'
    """
    _, view = st.view()
    if "|" in view or "｜" in view:
        spans = []
        for m in _RECORD_HEAD.finditer(view):
            tail = _RECORD_SHORT.match(view, m.end())
            if tail and _TITLE_VALUE.search(tail.group()):
                tail = None          # a speech's title as the value stays
            spans.append((m.start(), tail.end() if tail else m.end()))
        spans.extend((m.start(), m.end()) for m in _PREVIEW_TAIL.finditer(view))
        st.doc.delete_many(spans, "record_table")
        _, view = st.view()
        st.doc.delete_many(_table_blocks(view), "summary_table")


def _table_blocks(view: str) -> list[tuple[int, int]]:
    """The rows of every run of MIN_TABLE_ROWS or more pipe-closed table rows, blank lines between allowed.

    Examples
    --------
    >>> v = "同志们:\\n内容分类 | 具体内容 |\\n致辞主题 | 表达敬意 |\\n致辞风格 | 温暖真诚 |\\n要抓好落实。"
    >>> [v[a:b] for a, b in _table_blocks(v)]
    ['内容分类 | 具体内容 |', '致辞主题 | 表达敬意 |', '致辞风格 | 温暖真诚 |']
    >>> _table_blocks("一是抓落实 | 二是抓整改 |\\n要抓好落实。")      # one row: no table
    []
    """
    rows = list(_PIPE_ROW.finditer(view))
    blocks: list[list[re.Match]] = []
    for m in rows:
        if blocks and not view[blocks[-1][-1].end():m.start()].strip():
            blocks[-1].append(m)
        else:
            blocks.append([m])
    return [(m.start(), m.end()) for block in blocks if len(block) >= MIN_TABLE_ROWS for m in block]


def record_chrome(st: CleaningState) -> None:
    """Delete the families of this module (rules ``record_chrome`` and ``meeting_caption``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("最佳答案\\n各位老师:\\n新学期开始了。 校长王某同志讲话 要抓好安全。\\n简体版 寄给朋友")
    >>> record_chrome(st)
    >>> st.doc.output
    '\\n各位老师:\\n新学期开始了。 要抓好安全。\\n'
    """
    st.delete_matches(_NOTES_INLINE, "record_chrome")
    if "买球" in st.view()[1]:
        st.delete_matches(_BETTING, "spam_line")
    _, view = st.view()
    st.doc.delete_many([m.span() for m in _DINGBAT.finditer(view)
                        if not view[view.rfind("\n", 0, m.start()) + 1:m.start()].strip()], "record_chrome")
    _, view = st.view()
    lines = [(start, end, line.strip()) for start, end, line in lines_holding(view, _NEEDLES)]
    spans = [(start, end) for start, end, s in lines if _is_chrome_line(s)]
    if any(is_qa_label(s) for _a, _b, s in lines):        # a Q&A page: the asker's plea goes too
        spans.extend((start, end) for start, end, line in lines_holding(view, ("求",))
                     if len(line.strip()) <= 100 and _PLEA.search(line))
    st.doc.delete_many(sorted(set(spans)), "record_chrome")
    _, view = st.view()
    spans = []
    alone = []
    for start, end, line in lines_holding(view, _CAPTION_NEEDLES):
        if " " in line or "\u3000" in line or "\t" in line:
            spans.extend((start + a, start + b) for a, b in caption_segments(line))
        else:
            alone.append((start, end, line))
            if _caption_alone(view, start, end, line):
                spans.append((start, end))
    spans.extend(_caption_runs(view, alone))
    st.doc.delete_many(sorted(set(spans)), "meeting_caption")
