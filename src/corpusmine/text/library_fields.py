"""A document library's fields, an account's notes and the rows a page leaves around a speech (session u).

Held-out rounds 67 and 68 left these families at first sight; each is told by its shape (the view is Simplified;
every example below is written here, none is copied from a page):

* **field grids** (rule ``meta_row``): a document library's detail panel, its labels and values one to a line
  (资料详情 / 2024年09月22日 / 发布时间 / 2 / 页数 / 0.02 MB / 大小 / 资料部分内容试读): a run of short lines each a
  field's label or a bare value (a number, a size, a date, a clock time) with at least two labels goes whole; a label
  no speech writes alone (资料详情, 文档信息, 关于本文, 资料部分内容试读) goes on its own.  A date alone outside a
  grid stays (it may be the day the speech was given).
* **resource rows** (rule ``meta_row``, round 99): a download site's field with its value on one line (资源ID:992885,
  - 资源格式: DOCX).
* **descriptions** (rule ``editor_note``): a library's description field (资源描述:这是一篇…, 文档简介:…); when its value
  is cut without a sentence's end and the text goes on below it, the value is the document's own opening (a flattened
  page, round 152k) and only the label goes.
* **relative times alone** (rule ``meta_row``): 3天前, 2年前 1年前, 刚刚, 1 2 years ago, 4 years ago; a speech's time
  stands in a sentence.  (A click count alone, 626次 or 阅读(626), is the document widgets' counter:
  :func:`corpusmine.text.doc_chrome.is_doc_widget`.)
* **complaint and report lines** (rule ``copyright_footer``): 版权申诉 / 侵权投诉 / 举报邮箱 with a mail address, a
  telephone or QQ number, and a site's mail address alone on its line (联系邮箱:admin@example.com).
* **tone-number pinyin** (rule ``pinyin_gloss``): a title spelled in numbered pinyin on a line of its own
  (guo2 jia1 zhu3 xi2 …).
* **an account's editor note** (rule ``editor_note``): a line opening with the account or the paper and what it
  publishes (本公众号刊发第二篇《…》,旨在…; 本刊今日推送…).
* **record rows** (rule ``meta_row``, round 159k): a journal database's fields, label and value parted by a space (编号
  zgly0001, 文献类型 期刊论文, 分类号 S762, 关键词 …), on a page holding three of their labels; the title's and the
  abstract's row (文献题名 某某在某会上的讲话, 文摘内容 今天,…) lose their label only.
  A label alone on its line takes the short lines below it up to the next label (round 233k: 作者 / 某某 / 作者单位 /
  某省林业厅 / 关键词 / 林业工作 / 林业改革 / 文摘内容).
* **head rows** (rule ``page_meta``, round 233k): among a page's first lines, a section word with two or three bare counts
  (体育正文 108 0) and a document's page count glued before its text (12页尊敬的各位领导…).
* **a profile card and a chat group** (rules ``editor_note``, ``site_interface``, round 238k): an e-paper's card on the
  speaker before the speech (【人物名片】 某某,某村党总支书记,…), a newsroom's chat group alone (通讯员QQ群:40376627).
* **publisher's notes** (rule ``editor_note``, round 245k): (未经本人审阅) or (根据录音整理) alone under the title, and a
  press release's (附图) / (附短片) / (只有中文) after its title.
* **programme rows** (rule ``meta_row``): a ceremony's or a meeting's role and name with no sentence (主持人:某班
  某某, 旗手:六2班, 时间:9月9日上午, 地点:学校操场); a host's words (主持人:下面请县长讲话。) stay.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("要抓好落实。\\n资料详情\\n2024年09月22日\\n发布时间\\n2\\n页数\\n要久久为功。\\n3天前")
>>> library_fields(st)
>>> st.doc.output
'要抓好落实。\\n\\n\\n\\n\\n\\n要久久为功。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import first_lines, iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["DESCRIPTION_WORDS", "field_line_kind", "library_fields", "library_line_rule"]

_SP = r"[ \t\u3000\xa0]"
#: labels no speech writes alone on a line
_LONE_LABEL = r"资料详情|文档详情|资料信息|文档信息|文件信息|资源信息|关于本文|资料部分内容试读|部分内容试读|内容试读|文档预览"
_LABEL = re.compile(
    rf"^{_SP}*(?:{_LONE_LABEL}|发布时间|上传时间|更新时间|发布日期|上传日期|页数|总页数|大小|文件大小|格式|文件格式|文档格式"
    rf"|下载次数|浏览次数|阅读次数|下载量|浏览量|所需积分|下载积分|需要积分|上传者|上传人|贡献者|分享者|作者|分类|所属分类|标签"
    rf"|评分|收藏|举报){_SP}*[:：]?{_SP}*$")
_LONE = re.compile(rf"^{_SP}*(?:{_LONE_LABEL}){_SP}*[:：]?{_SP}*$")
_DATE = r"\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
_VALUE = re.compile(
    rf"^{_SP}*(?:\d{{1,7}}|\d+(?:\.\d+)?{_SP}*(?:KB|MB|GB|kb|mb|K|M|B|页|次|分|积分|星)"
    rf"|{_DATE}(?:{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    rf"|(?:pdf|PDF|doc|DOC|docx|DOCX|ppt|PPT|txt|TXT)){_SP}*$")
#: round 263k: a library card's figures on one line under a snippet, the file's size and its page count among them
#: (18.25KB 23 页 999+)
_STATS_ROW = re.compile(rf"^{_SP}*(?:(?:\d+(?:\.\d+)?{_SP}*(?:KB|MB|GB|kb|mb)|\d{{1,4}}{_SP}*页|\d{{1,7}}\+?|{_DATE})(?:{_SP}+|$)){{2,6}}$")
#: a library's description labels (``writer_notes`` reads them too, alone or before a PDF page number)
DESCRIPTION_WORDS = r"资源描述|资料描述|文档描述|文档简介|资料简介|文档介绍|资源简介"
_DESCRIPTION = re.compile(rf"^{_SP}*(?:{DESCRIPTION_WORDS}){_SP}*[:：]")
#: a line closed by a sentence's end, and a text going on below a line (a Chinese character opening the next line)
_CLOSED = re.compile(r"[。！？!?”」][ \t\u3000]*$")
_GOES_ON = re.compile(r"\n[ \t\u3000]*[\u4e00-\u9fff]")
_RELATIVE = re.compile(
    rf"^{_SP}*(?:刚刚|(?:\d{{1,3}}{_SP}*(?:秒|分钟|小时|天|周|个月|月|年)前{_SP}*)+"
    rf"|(?:\d{{1,3}}{_SP}+)?(?:\d{{1,3}}{_SP}+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?){_SP}+ago{_SP}*)+){_SP}*$",
    re.I)
_COMPLAINT = re.compile(r"版权申诉|侵权投诉|版权投诉|侵权举报|举报邮箱|投诉邮箱|违法和不良信息举报|侵权请联系|版权问题请")
_CONTACT = re.compile(r"@|邮箱|[Ee]-?mail|电话|QQ|qq|\d{5,}")
#: a site's mail address alone on its line (联系邮箱:admin@example.com)
_MAIL_ROW = re.compile(rf"^{_SP}*(?:联系|投稿|客服|商务合作|合作|投诉|站长)?(?:邮箱|信箱|[Ee]-?mail){_SP}*[:：]{_SP}*[\w.+-]+@[\w-]+(?:\.[\w-]+)+{_SP}*$")
_TONE_SYLLABLE = re.compile(r"[a-zü]{1,6}[1-5]")
_ACCOUNT_NOTE = re.compile(
    rf"^{_SP}*(?:本公众号|本微信公众号|本号|本平台|本刊|本报|本栏目|本网)(?:今天|今日|今|特|现|特此|将|再次|近期)?"
    r"(?:刊发|推送|刊登|编发|转发|转载|重发|推出|摘编|重刊|选登|节选)")
_ROLE = re.compile(        # the role may name its ceremony (本周升旗仪式主持人:六3中队 某某; round 260k)
    rf"^{_SP}*(?:(?:本周|本次|今天|今日)?的?(?:升旗仪式|升旗|仪式|大会|晚会|典礼)的?)?(?:主持人|主持|旗手|升旗手|护旗手|国旗下讲话人|讲话人|演讲人|主讲人|领誓人|领读人|记录人|会议时间|会议地点|时间|地点)"
    rf"{_SP}*[:：]{_SP}*(?P<v>[^\n。！？!?,，;；“”]{{1,24}})$")
#: round 260k: a school's flag-raising post, its numbered programme items (一、本周升旗手 / 二、国旗下讲话) and a class's
#: name before a pupil's (六(3)中队 某某某), taken on a page naming the ceremony (升旗) that holds two items or more
_FLAG_ITEM = re.compile(rf"^{_SP}*[一二三四五六七八九十]{{1,2}}[、.．]{_SP}*(?:本周|本次|本期)?(?:升旗手|护旗手|旗手|国旗下讲话|升旗仪式"
                        rf"|升国旗|出旗|奏唱国歌|唱国歌|宣誓|颁奖|退旗)(?:介绍)?{_SP}*$", re.M)
_CLASS_NAME = re.compile(rf"^{_SP}*[^\s\d(（]{{0,6}}?[(（]?\d{{1,2}}[)）]?(?:中队|班)(?:{_SP}+[\u4e00-\u9fff]{{2,4}})+{_SP}*$", re.M)
_HOST_WORDS = re.compile(r"请|下面|欢迎|有请|感谢|谢谢|大家|担任|分别|(?:是|为|有|如下)$")   # a host's clause cut at a line's end
#: round 99: a download site's resource fields, label and value on one line (资源ID:992885, - 资源格式: DOCX,
#: 资料类型:讲话稿); a speech names a document's format in a sentence
_RESOURCE_ROW = re.compile(
    rf"^{_SP}*(?:[-•·*]{_SP}*)?(?:资源|资料|文档|文件|素材)(?:ID|Id|id|编号|大小|格式|类型|类别|分类|页数|售价|价格)"
    rf"{_SP}*[:：]{_SP}*[^\n。！？!?,，]{{0,30}}$")

#: a journal database's record fields, label and value parted by a space (编号 zgly0001 / 文献类型 期刊论文 / 分类号 S762);
#: the title's and the abstract's label lose only the label, the speech's title or words follow them (round 159k)
_RECORD_ROW = re.compile(rf"^{_SP}*(?P<label>编号|文献类型|文献题名|题名|母体文献|刊名|期刊名称|年卷期|卷期|年份|分类号|中图分类号|关键词"
                         rf"|文摘内容|摘要|作者单位|作者|出版日期|基金项目|页码|唯一号|颗粒名称|其他题名|并列题名|责任者|出处|所属文献|资源类型)"
                         rf"(?:{_SP}*[:：]{_SP}*|{_SP}+|{_SP}*$)(?P<value>[^\n]*)$", re.M)
#: session au (round 233k): a record whose labels stand alone, each value on the line(s) below it (作者 / 王某 / 作者单位 /
#: 某省林业厅 / 关键词 / 林业工作 / 林业改革): the short lines up to the next label are its values
_RECORD_VALUE = re.compile(rf"^{_SP}*[^\n。！？?]{{1,40}}$", re.M)
MAX_RECORD_VALUES = 12
_TEXT_FIELDS = frozenset({"文献题名", "题名", "文摘内容", "摘要"})
#: session av (round 242k): a local-documents database's record (唯一号 / 颗粒名称 / 其他题名 / 摘要 / 关键词 / 内容): an abstract
#: that speaks of the text (这篇文字主要是某某的讲话。他首先…) is the library's, not the speech's, and goes whole; the lone
#: section word (内容, 正文, 全文) between the record and the text goes with the record
_ABOUT_TEXT = re.compile(rf"{_SP}*(?:这篇|本篇|该篇|此篇|本文|该文|此文|这是一篇|文章)(?:文字|文章|讲话|报告|文献)?"
                         rf"(?:主要|记述|记录|介绍|收录|是|为|系|讲述|叙述|论述)")
_RECORD_GATE = ("文献", "分类号", "年卷期", "唯一号", "题名")
_BODY_LABEL = re.compile(rf"^{_SP}*(?:内容|正文|全文|原文){_SP}*$", re.M)
#: distinct record labels a page needs before any of its record rows goes
MIN_RECORD_LABELS = 3


def _record_spans(view: str) -> list[tuple[int, int, str]]:
    """A journal database's record rows (see :data:`_RECORD_ROW`), on a page holding :data:`MIN_RECORD_LABELS` labels."""
    rows = list(_RECORD_ROW.finditer(view)) if any(w in view for w in _RECORD_GATE) else []
    if len({m["label"] for m in rows}) < MIN_RECORD_LABELS:
        return []
    spans = [(m.start(), m.end() if _ABOUT_TEXT.match(m["value"]) else m.end("label") if m["label"] in _TEXT_FIELDS
              or len(m["value"]) > 120 or _CLOSED.search(m["value"]) else m.end(), "meta_row") for m in rows]
    i = max(m.end() for m in rows) + 1
    while i < len(view):             # below the record: its abstract, its label gone already, and the lone 内容
        j = view.find("\n", i)
        j = len(view) if j < 0 else j
        if _ABOUT_TEXT.match(view, i, j) or _BODY_LABEL.match(view, i, j):
            spans.append((i, j, "meta_row"))
        elif view[i:j].strip(" \t\u3000\xa0"):
            break
        i = j + 1
    starts = {m.start() for m in rows}
    for m in rows:
        if m["value"].strip() or m["label"] in _TEXT_FIELDS:
            continue
        values, i = [], m.end() + 1            # a label alone: its values are the short lines below, up to the next label
        while i < len(view) and len(values) <= MAX_RECORD_VALUES and i not in starts:
            j = view.find("\n", i)
            j = len(view) if j < 0 else j
            if not _RECORD_VALUE.match(view, i, j):
                break
            values.append((i, j))
            i = j + 1
        if i >= len(view) or i in starts:      # the run ends at the next label (or the page's end): values, not speech
            spans += [(a, b, "meta_row") for a, b in values]
    return spans


#: session au (round 238k): an e-paper's profile card before the speech (【人物名片】 某某,某村党总支书记,曾被评为…), and a
#: newsroom's chat group for its correspondents alone on a line (通讯员QQ群:40376627)
_PROFILE_CARD = re.compile(rf"^{_SP}*【(?:人物名片|人物简介|个人简介|人物档案|发言人简介)】[^\n]*$", re.M)
_CHAT_GROUP = re.compile(rf"^{_SP}*[^\n。！？]{{0,8}}(?:QQ|qq|微信)群(?:号)?{_SP}*[:：]{_SP}*\d{{5,12}}{_SP}*$", re.M)
#: session av (round 245k): a publisher's note under the title, alone on its line ((未经本人审阅), (根据录音整理), (有删节)),
#: and a press release's notes after its title ((附图), (附短片), (只有中文)), wherever they stand
_PUBLISH_NOTE = re.compile(rf"^{_SP}*[(（](?:未经本人审阅|未经本人审定|未经讲话人审阅|根据录音整理|据录音整理|根据记录整理|"
                           rf"有删节|略有删节)[)）]{_SP}*$", re.M)
_RELEASE_NOTE = re.compile(r"[(（](?:附图|附短片|附相片|附照片|附视频|附录像|附音频|只有中文|只有英文)[)）]")
#: session aw (round 249k): a release's label of the language a passage of a bilingual address was given in, alone on
#: its line ((普通话), (广东话), (英文)), where a government's transcript switches language
_LANGUAGE_NOTE = re.compile(rf"^{_SP}*[(（](?:普通话|广东话|粤语|国语|英语|英文|葡语|葡萄牙语|葡文|潮州话|客家话)[)）]{_SP}*$", re.M)
#: session aw (round 252k): a report button or an answer count alone (检举, 共1个回答), a location label before items
#: parted by blanks (您的位置  某某资讯  某某), a toolbar of registering and bookmarking (某某注册 | 加入收藏 |), a
#: periodical's issue line (某某月刊 2021-03月号, 总监月报 4 月号 03, 2015 三月份某某月报150402), a back link alone;
#: rounds 254k-258k: a comments header (网友看法), a blog's category or tag archive (In 热点新闻, Tag Archives: 某某), a hint to
#: save a picture, a generated table's heading (二、表格展示), a newsroom alone in brackets (【某某新闻中心】), an author's
#: row with its relative day (某某    某某平台      前天)
_SITE_LINE = re.compile(
    rf"(?:检举|举报|共{_SP}*\d+{_SP}*(?:个|条)?(?:回答|答案|回复|评论)"
    rf"|(?:您的位置|您现在的位置|你的位置|当前位置){_SP}*[:：]?(?:{_SP}{{2,}}[^\s。！？,，]{{1,12}}){{1,6}}"
    rf"|[^\s|｜。,，]{{0,8}}注册{_SP}*[|｜]{_SP}*(?:加入收藏|设为首页|收藏本站)(?:{_SP}*[|｜])?"
    rf"|(?:Page{_SP}*\d+{_SP}*[:：]{_SP}*)?[^\n。！？,，]{{0,20}}?(?:月刊|月报|周刊|季刊|会刊|简报){_SP}*(?:\d{{4}}{_SP}*[-/年]{_SP}*)?"
    rf"[\d一二三四五六七八九十]{{1,3}}{_SP}*月{_SP}*号(?:{_SP}*\d{{1,3}})?(?:{_SP}+[A-Z][a-z]+{_SP}+\d{{4}})?"
    rf"|\d{{4}}{_SP}*[一二三四五六七八九十]{{1,2}}月份?[^\n。！？,，]{{0,12}}?(?:月刊|月报|简报)\d{{0,8}}"
    rf"|[▼▲►]?{_SP}*(?:返回|回到|回)目录页?|网友(?:看法|观点|热评)"
    rf"|(?:In|Posted in|Tag Archives{_SP}*:|Category Archives{_SP}*:){_SP}+[\u4e00-\u9fff][\u4e00-\u9fff\w]{{1,15}}"
    rf"|请另存图片[^\n。]{{0,12}}|(?:[一二三四五六七八九十]+[、.．]{_SP}*)?表格(?:展示|汇总|呈现|总结)"
    rf"|【[\u4e00-\u9fff]{{2,10}}(?:新闻中心|新闻网|新闻社|日报|报社|电视台)】"
    rf"|[^\s。！？,，]{{2,10}}(?:{_SP}{{2,}}[^\s。！？,，]{{2,30}}){{1,2}}{_SP}{{2,}}(?:前天|昨天|今天|\d{{1,2}}{_SP}*(?:分钟|小时|天)前)){_SP}*$")
#: a numbered netizen's comment under a report (1、网友某某:为健儿点赞[赞]; round 254k)
#: ...and a comment feed's masked numbers replying to each other (187****3141 回复 184****3028:…; round 257k)
_COMMENT_ITEM = re.compile(rf"^{_SP}*(?:\d{{1,2}}{_SP}*[、.．]{_SP}*网友[^\s:：,，。！？]{{1,20}}[:：]"
                           rf"|\d{{3}}\*{{3,4}}\d{{4}}{_SP}*回复{_SP}*\d{{3}}\*{{3,4}}\d{{4}}{_SP}*[:：])")
#: a print button closing a title line ([打印本页], [列印本頁]) and a back link after a run of blanks (…组织   ▼ 回目录页)
_INLINE_BUTTON = re.compile(rf"{_SP}*[\[【](?:打印|列印)本?页?[\]】](?={_SP}*$)|{_SP}{{3,}}[▼▲►]{_SP}*(?:返回|回到|回)目录页?(?={_SP}*$)", re.M)
#: a bracketed source and its day opening a lead (【某某网】12月31日消息,)
_BRACKET_SOURCE = re.compile(rf"^{_SP}*【[A-Za-z\u4e00-\u9fff]{{2,12}}】{_SP}*\d{{1,2}}月\d{{1,2}}日(?:上午|下午|晚间|早间|晚)?{_SP}*"
                             rf"消息{_SP}*[,，:：]{_SP}*(?=\S)", re.M)
#: session au (round 233k): a page's head rows a library or a news theme leaves: a section word with two or three bare counts
#: (体育正文 108 0), and a document's page count glued before its text (12页尊敬的各位领导…; 3页纸 is a speech's)
_HEAD_COUNTS = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{1,8}}{_SP}*\d{{1,7}}(?:{_SP}+\d{{1,7}}){{1,2}}{_SP}*$")
_HEAD_PAGES = re.compile(rf"^{_SP}*\d{{1,4}}页(?=[\u4e00-\u9fff])(?![纸的材左多])")
HEAD_LINES = 6


def _head_spans(view: str) -> list[tuple[int, int, str]]:
    """The head rows of :data:`_HEAD_COUNTS` and :data:`_HEAD_PAGES` among a page's first :data:`HEAD_LINES` lines.

    Examples
    --------
    >>> page = "某市召开创文推进会\\n体育正文 108 0\\n12页尊敬的各位领导:\\n全县3页纸的材料。"
    >>> [page[s:e] for s, e, _ in _head_spans(page)]
    ['体育正文 108 0', '12页']
    """
    spans = []
    for s, e, line in first_lines(view, HEAD_LINES):
        if _HEAD_COUNTS.match(line):
            spans.append((s, e, "page_meta"))
        elif m := _HEAD_PAGES.match(line):
            spans.append((s, s + m.end(), "page_meta"))
    return spans


def field_line_kind(line: str) -> str | None:
    """``"label"`` or ``"value"`` for a line of a library's field grid, else ``None``.

    Examples
    --------
    >>> field_line_kind("页数"), field_line_kind("0.02 MB"), field_line_kind("要抓好落实。")
    ('label', 'value', None)
    """
    if len(line) > 40:
        return None
    if _LABEL.match(line):
        return "label"
    if _VALUE.match(line):
        return "value"
    return None


def library_line_rule(line: str) -> str | None:
    """The rule that deletes ``line`` alone (outside a field grid), or ``None``.

    Examples
    --------
    >>> library_line_rule("3天前"), library_line_rule("4 years ago 2 years ago"), library_line_rule("关于本文")
    ('meta_row', 'meta_row', 'meta_row')
    >>> library_line_rule("本公众号刊发《某某在会议上的讲话》,旨在重温历史。")
    'editor_note'
    >>> library_line_rule("主持人:下面请县长讲话。") is None, library_line_rule("要把3次会议精神落实好。") is None
    (True, True)
    >>> library_line_rule("主持人:担任今天升旗仪式护旗手的队员分别是") is None     # the names follow on the next line
    True
    """
    t = line.strip()
    if not t or len(t) > 300:
        return None
    if len(t) <= 40 and (_LONE.match(t) or _RELATIVE.match(t)):
        return "meta_row"
    if _DESCRIPTION.match(t):
        return "editor_note"
    if _RESOURCE_ROW.match(t) or ("页" in t and re.search("[KMG]B", t, re.I) and _STATS_ROW.match(t)):
        return "meta_row"
    if _ACCOUNT_NOTE.match(t) and "我" not in t:
        return "editor_note"
    if len(t) <= 80 and (_COMPLAINT.search(t) and _CONTACT.search(t) or _MAIL_ROW.match(t)):
        return "copyright_footer"
    if len(t) <= 120 and not re.search(r"[\u4e00-\u9fff]", t):
        words = t.split()
        tones = sum(1 for w in words if _TONE_SYLLABLE.fullmatch(w))
        if tones >= 4 and tones * 10 >= 6 * len(words):
            return "pinyin_gloss"
    m = _ROLE.match(t)
    if m and not _HOST_WORDS.search(m.group("v")) and not in_speech_voice(t):
        return "meta_row"
    if len(t) <= 60 and _SITE_LINE.match(t) or _COMMENT_ITEM.match(t):
        return "site_interface"
    return None


def _grid_spans(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The runs of field lines holding at least two labels, each line of them as a ``meta_row`` span."""
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    labels = 0
    for s, e, line in [*lines, (0, 0, "\0")]:
        kind = field_line_kind(line) if line.strip() else "blank"
        if kind is None:
            if labels >= 2:
                spans.extend((a, b, "meta_row") for a, b in run)
            run, labels = [], 0
            continue
        if kind != "blank":
            run.append((s, e))
            labels += kind == "label"
    return spans


def library_fields(st: CleaningState) -> None:
    """Delete this module's families (see the module's docstring), each under its rule.

    Examples
    --------
    >>> st = CleaningState("同学们:\\n主持人:六2班 某某\\n今天我们举行开学典礼。\\nguo2 jia1 zhu3 xi2 xin1 nian2")
    >>> library_fields(st)
    >>> st.doc.output
    '同学们:\\n\\n今天我们举行开学典礼。\\n'
    """
    _, view = st.view()
    lines = [(s, e, line) for s, e, line in iter_lines(view)]
    spans = _grid_spans(lines) + _record_spans(view) + _head_spans(view)
    if "】" in view:
        spans += [(m.start(), m.end(), "editor_note") for m in _PROFILE_CARD.finditer(view)]
    if "群" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _CHAT_GROUP.finditer(view)]
    if "（" in view or "(" in view:
        spans += [(m.start(), m.end(), "editor_note") for m in _PUBLISH_NOTE.finditer(view)]
        spans += [(m.start(), m.end(), "editor_note") for m in _RELEASE_NOTE.finditer(view)]
        spans += [(m.start(), m.end(), "editor_note") for m in _LANGUAGE_NOTE.finditer(view)]
    if "页" in view or "目录" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _INLINE_BUTTON.finditer(view)]
    if "】" in view and "消息" in view:
        spans += [(m.start(), m.end(), "byline") for m in _BRACKET_SOURCE.finditer(view)]
    if "升旗" in view and len(items := list(_FLAG_ITEM.finditer(view))) >= 2:
        spans += [(m.start(), m.end(), "meta_row") for m in items]
        spans += [(m.start(), m.end(), "meta_row") for m in _CLASS_NAME.finditer(view)]
    taken = {s for s, _e, _r in spans}
    for s, e, line in lines:
        if s not in taken and line.strip() and (rule := library_line_rule(line)) is not None:
            m = _DESCRIPTION.match(line) if rule == "editor_note" else None
            if m and line[m.end():].strip() and not _CLOSED.search(line) and _GOES_ON.match(view, e):
                e = s + m.end()         # a value running on into the line below is the document's own opening: the label goes
            spans.append((s, e, rule))
    st.delete_spans(sorted(spans))
