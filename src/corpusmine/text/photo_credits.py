"""Photo credits and the captions they close: one grammar of a credit (publisher, kind of photographer, names, act).

A credit is made of parts, each optional but the names and the act:

* **publisher**: 本报, 新华社, 某某网, 某某融媒, 县融媒体中心, 某某同乡会 (``_CREDIT_SOURCE``);
* **kind of photographer**: 记者, 摄影记者, 通讯员, 特约摄影, 全媒体记者 (``_CREDIT_ROLE``);
* **names**: two to four characters each, parted by spaces or list commas (``_CREDIT_NAMES``);
* **act**: 摄, 摄影, 供图, or 图 after a photographer's word, a slash maybe before it.

:data:`CREDIT_BODY` composes them.  The rules, in the order :data:`corpusmine.text.clean.RULES` runs them:

* :func:`composed_credit_spans` (read by :func:`corpusmine.text.credit_lines.credit_lines`, early): a caption (a
  phrase or one sentence) closed by a composed credit goes whole (志愿者清理河道垃圾 【某某融媒通讯员某某/摄】).
* :func:`agency_credits` (rule ``photo_caption``): a caption closed by an agency's credit (…。新华社记者某某 摄,
  …发表重要讲话。 新华社发), and a caption whose bracketed credit an earlier rule cut.
* :func:`photo_credits` (rule ``photo_caption``, late): credit lines (记者 某某 文/图, 某某 摄), captions ending in a
  credit, a composed credit alone or bracketed after a sentence (…召开。【某某日报特约摄影某某供图】, the sentence stays),
  image placeholders ([图], 图片 alone), byline lines, lines of bare HTML tags, captions opened by a triangle
  (△某某局干部集中观看大会直播。; one with 我们 or 要 stays), archive credits (某某传媒资料照片) and a gallery's
  numbered alt texts (:func:`numbered_alts`: 某某现场(1), 某某现场(2)).

Gathered here (session o) from :mod:`corpusmine.text.page_notes`, :mod:`corpusmine.text.news_chrome` and
:mod:`corpusmine.text.credit_lines`.  Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("要抓好落实。\\n会议现场。某某网记者王某 李某/摄\\n要加强摄影记者队伍建设。\\n记者 王某 摄")
>>> photo_credits(st)
>>> st.doc.output
'要抓好落实。\\n会议现场。某某网记者王某 李某/摄\\n要加强摄影记者队伍建设。\\n'
>>> [r for _, _, r in composed_credit_spans("会议现场。某某网记者王某 李某/摄")]
['photo_caption']
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines, lines_holding, lines_with
from corpusmine.text.script import simplified_view
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["CREDIT_BODY", "PLACEMENT", "agency_credits", "caption_from_line_start", "composed_credit_spans", "numbered_alts", "photo_credits"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"
_END = "。！？!?"
#: the parts of a photo credit: who published it (本报, 某某网, 某某融媒, 某某同乡会), the kind of photographer, the names
#: (parted by spaces or list commas) and the act (摄, 摄影, 供图; 图 only after a photographer's word), a slash maybe before it
_CREDIT_SOURCE = rf"(?:本报|本网|本台|[{_HAN}]{{1,10}}?(?:社|网|报|台|融媒体?|中心|会|馆))"
_CREDIT_ROLE = r"(?:全媒体|融媒体?|首席|特约|见习|实习)?(?:摄影记者|记者|通讯员|摄影师?)"
_CREDIT_NAMES = rf"(?![由请让被为给向])[{_HAN}]{{2,4}}(?:(?:{_SP}+|{_SP}*[、,，]{_SP}*)[{_HAN}]{{2,4}}){{0,3}}"
CREDIT_BODY = (rf"(?:{_CREDIT_SOURCE}{_SP}*)?(?:{_CREDIT_ROLE}{_SP}*[:：]?{_SP}*)?{_CREDIT_NAMES}{_SP}*[/／]?{_SP}*(?:摄影|摄|攝|供图)"
                rf"|(?:{_CREDIT_SOURCE}{_SP}*)?{_CREDIT_ROLE}{_SP}*{_CREDIT_NAMES}{_SP}*[/／]?{_SP}*图")
#: a caption (a phrase, or one sentence) closed by a credit composed of those parts, bare or in brackets:
#: 志愿者清理河道垃圾 【某某融媒通讯员某某/摄】, 会议现场。某某网记者某某 某某/摄, 颁奖现场(某某同乡会特约摄影某某供图)
_COMPOSED_CREDIT = re.compile(rf"^{_SP}*(?P<c>[^\n{_END}]{{2,70}}?[。!！]?){_SP}*(?P<credit>(?P<o>[(（【]{_SP}*)?(?:{CREDIT_BODY}){_SP}*[)）】]?){_SP}*$")
#: a caption's last word that makes the credit part of a sentence (照片由某某摄, 请某某供图)
_CREDIT_IN_SENTENCE = re.compile(r"[由请让被为给向]")
#: a caption closed by its picture's source: 某县最后告别会。图片来源:某某新闻网 (a phrase or one sentence before it)
_SOURCE_CAPTION = re.compile(rf"^{_SP}*[^\n。！？!?]{{2,60}}[。!！]?{_SP}*(?:图片来源|图源|图片来自)[:：]{_SP}*[^\n。！？!?]{{2,30}}{_SP}*$")


def composed_credit_spans(view: str) -> list[tuple[int, int, str]]:
    """Captions closed by a photo credit composed of its parts or by their picture's source (某县告别会。图片来源:某某网)
    (rule ``photo_caption``): the whole line goes.  A bracketed credit after a sentence's full stop is left to the
    caption rules (…出席了大会。(某某 摄) may be a report's sentence).

    Examples
    --------
    >>> page = ("志愿者清理河道垃圾 【某某融媒通讯员王某/摄】\\n会议现场。某某网记者王某 李某/摄\\n"
    ...         "县长出席了大会。(县融媒体中心记者王某摄影)\\n本次展览的照片由王某摄\\n要加强摄影记者队伍建设。")
    >>> [(page[s:e], r) for s, e, r in composed_credit_spans(page)]   # doctest: +NORMALIZE_WHITESPACE
    [('志愿者清理河道垃圾 【某某融媒通讯员王某/摄】', 'photo_caption'), ('会议现场。某某网记者王某 李某/摄', 'photo_caption')]
    """
    spans: list[tuple[int, int, str]] = [
        (s, e, "photo_caption") for s, e, line in lines_holding(view, ("图片来源", "图源", "图片来自"))
        if len(line.strip()) <= 100 and _SOURCE_CAPTION.match(line) and not in_speech_voice(line)]
    for s, e, line in lines_holding(view, ("摄", "攝", "供图", "图")):
        if len(line.strip()) > 110:
            continue
        m = _COMPOSED_CREDIT.match(line)
        if (not m or _CREDIT_IN_SENTENCE.search(line, max(0, m.start("credit") - 4), m.start("credit") + 2)
                or in_speech_voice(m.group("c"))):
            continue
        if m.group("o") and m.group("c").rstrip().endswith(tuple(_END)):
            continue   # a bracket after a full stop: the caption rules read the line
        spans.append((s, e, "photo_caption"))
    return spans


#: a one-sentence caption with a bracketed credit: 某某会议闭幕会。(某某 摄)
_BRACKET_CREDIT_CAPTION = re.compile(
    rf"^{_SP}*(?P<caption>[^\n。！？!?,，;；:：]{{4,39}}[。！!]){_SP}*[(（][^()（）\n]{{0,20}}摄(?:影)?{_SP}*[)）]{_SP}*$"
)
_NAMES = r"(?:[\u4e00-\u9fff][ \t\u3000]?){2,4}"
#: a caption closed by an agency's photo credit: …。新华社记者某某 摄 (the whole line is the caption)
_AGENCY_CREDIT = re.compile(
    rf"(?:^|[。！!？?\s]){_SP}*[\u4e00-\u9fff]{{1,8}}?(?:社|报|网|台|中心)(?:摄影记者|记者|通讯员|特约摄影师?|发)"
    rf"{_SP}*[:：]?{_SP}*{_NAMES}(?:{_SP}*[、,，]{_SP}*{_NAMES})*{_SP}*(?:摄影|摄){_SP}*$"
)
#: a caption closed by an agency's release credit without a photographer: …发表重要讲话。 新华社发
_AGENCY_RELEASE = re.compile(rf"[。！!]{_SP}*(?:新华社|中新社|[\u4e00-\u9fff]{{1,8}}?(?:通讯社|社|网|报))发{_SP}*$")


def agency_credits(st: CleaningState, *, max_chars: int = 160) -> None:
    """A photo caption ending in an agency's credit (rule ``photo_caption``): the whole line goes.

    Also a one-sentence caption (at most 40 characters, no comma) whose
    bracketed credit ((某某 摄)) an earlier rule cut: the page as given shows
    the credit after it, so the caption line goes as well.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("5月3日,国家主席在京会见外宾。新华社记者王某摄\\n要加强摄影记者队伍建设。\\n本报记者 李某 摄\\n"
    ...                    "大会在国歌声中闭幕。 某某社发 张某 摄\\n9月9日,全国教育大会在北京召开。 新华社发\\n要及时发布新华社发出的消息。")
    >>> agency_credits(st)
    >>> st.doc.output
    '\\n要加强摄影记者队伍建设。\\n\\n\\n\\n要及时发布新华社发出的消息。'
    """
    _, view = st.view()
    st.doc.delete_many([(s, e) for s, e, line in lines_with(view, "摄")
                        if len(line.strip()) <= max_chars and _AGENCY_CREDIT.search(line)], "photo_caption")
    _, view = st.view()
    st.doc.delete_many([(s, e) for s, e, line in lines_with(view, "发", after="社网报")
                        if len(line.strip()) <= max_chars and _AGENCY_RELEASE.search(line)], "photo_caption")
    raw = st.doc.text
    captions = set()
    for s, e, line in lines_with(raw, "摄"):
        m = _BRACKET_CREDIT_CAPTION.match(line)
        if m:
            captions.add(simplified_view(m.group("caption")).strip())
    if not captions:
        return
    _, view = st.view()
    spans = []
    for caption in captions:
        i = view.find(caption)
        while i >= 0:
            s = view.rfind("\n", 0, i) + 1
            e = view.find("\n", i)
            e = len(view) if e < 0 else e
            if view[s:e].strip() == caption:
                spans.append((s, e))
            i = view.find(caption, i + 1)
    st.doc.delete_many(sorted(set(spans)), "photo_caption")


#: a caption opened by a triangle (△某某局干部集中观看大会直播。), one sentence at most; a line with the first person or
#: a modal stays
_TRIANGLE = re.compile(r"^[ \t\u3000]*[△▽][^\n]{4,130}$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_TRIANGLE_BULLET = re.compile(r"^[ \t\u3000]*[△▽][ \t\u3000]*(?=\S)", re.M)
_VOICE = re.compile(r"我们|咱们|我|要|必须|应当|务必|一定")
#: a short line ending on an archive credit (某某。 某某传媒资料照片)
_ARCHIVE_CREDIT = re.compile(r"(?:资料照片|资料图片|资料图|档案照片|档案图片)[)）]?[ \t\u3000]*$")


_CREDIT_WORD = r"(?:本报|本网)?(?:摄影记者|记者|通讯员|摄影|实习生)"
#: a photo credit alone on a line: 记者 某 某 文/图, 某某 摄
_CREDIT_LINE = re.compile(
    rf"^{_SP}*(?:{_CREDIT_WORD}{_SP}*[:：]?{_SP}*)?{_NAMES}(?:(?:{_SP}+|[、,，]){_NAMES})*{_SP}*[/／]?{_SP}*(?:文/图|图/文|文图|摄影|摄|攝|供图){_SP}*$"
)
#: a caption ending in its photographer's credit: 某某街头,工人正在清扫。 记者 某某 摄
_CAPTION_CREDIT = re.compile(
    rf"[。！!\s]{_SP}*{_CREDIT_WORD}{_SP}*[:：]?{_SP}*{_NAMES}(?:(?:{_SP}+|[、,，]){_NAMES})*{_SP}*(?:摄影|摄|供图){_SP}*$"
    # or the photographer after the caption's full stop with a slash: 某某参观教育基地。某某/摄
    rf"|[。！!]{_SP}*[\u4e00-\u9fff]{{2,4}}{_SP}*[/／]{_SP}*(?:摄影|摄|攝){_SP}*$"
)
#: a byline alone on a line: 某某日报·某某客户端记者 某某, 融媒体记者:某某 (not 记者朋友们, 致新闻记者)
_BYLINE_LINE = re.compile(
    rf"^{_SP}*[^\n。,，!！?？;；]{{0,20}}?(?:记者|通讯员|实习生){_SP}*[:：]?{_SP}*(?!朋友|同志){_NAMES}(?:(?:{_SP}+|[、,，])(?!朋友|同志){_NAMES})*{_SP}*$"
)
#: an image or video placeholder at the end of a line or alone: [图], (相关资料图), 【视频】
_PLACEHOLDER = re.compile(rf"{_SP}*[\[【(（](?:相关)?(?:资料图片?|图片|配图|组图|示意图|图|视频)[\]】)）]{_SP}*$", re.M)
#: the same placeholder without brackets, alone on a line between paragraphs: 图片, 视频
_BARE_PLACEHOLDER = re.compile(rf"^{_SP}*(?:图片|视频){_SP}*$")
#: a credit composed of its parts (:data:`corpusmine.text.credit_lines.CREDIT_BODY`), alone on a line, bracketed or
#: not (【某某网通讯员某某摄】), or in brackets after a sentence's full stop, where the sentence stays (…召开。【某某日报
#: 特约摄影某某供图】)
_CREDIT_ALONE = re.compile(rf"^{_SP}*(?:[(（【]{_SP}*)?(?:{CREDIT_BODY}){_SP}*[)）】]?{_SP}*$")
#: who stands where in a picture: 左起为…, 从左至右, (左二), (前排右3) (:mod:`corpusmine.text.news_body` reads it too)
PLACEMENT = re.compile(r"[左右]起|从左至右|从左到右|自左至右|从右至左|[(（](?:前排|后排|中排)?[左右中][一二三四五六七八九十\d]{0,2}[)）]")
_CREDIT_AFTER_SENTENCE = re.compile(rf"(?<=[。！!]){_SP}*[(（【]{_SP}*(?:{CREDIT_BODY}){_SP}*[)）】]{_SP}*$", re.M)
#: an image's alt text numbered by the page: 某某活动现场(1), 某某活动现场(2) … (two or more numbers of one text)
_NUMBERED_ALT = re.compile(r"^[ \t\u3000]*([^\n。！？!?；;]{2,40}?)[ \t]*[(（](\d{1,2})[)）][ \t\u3000]*$", re.M)
#: a line of HTML tags only, a converter's leftover: <ul id="x"><dfn id="x"></dfn></ul>
#: a caption opened by a picture's label (图:某某主持座谈会。, 图：会场一角), or a picture's credit row (图源:, 供图:, 摄影:)
_FIGURE_LABEL = re.compile(rf"^{_SP}*(?:图|图片|图源|供图|摄影|照片){_SP}*[:：]{_SP}*[^\n]{{2,90}}$")
_TAG_LINE = re.compile(r"^[ \t]*(?:</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>[ \t]*)+$", re.M)


#: a wire caption's opening day (9月16日, / 2023年9月16日上午,)
_DAY_LEAD = re.compile(r"^[ \t\u3000]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下中]午|晚|早|晚间|凌晨)?[,，]")


def caption_from_line_start(before: str, caption: str, *, repeated: bool = False) -> bool:
    """Whether a caption that a rule found after ``before`` on its line takes the line from its start.

    An agency's caption opens with one sentence naming the event, then shows or places its people (这是…, 图为…,
    左起…, (左二)) before the credit; in a gallery every caption repeats that sentence (``repeated``).  ``before``
    must be that one sentence, not the speaker's, and the line a caption's length (200 characters).
    :mod:`corpusmine.text.news_body` and :mod:`corpusmine.text.stray_chrome` read it.

    Examples
    --------
    >>> caption_from_line_start("6月19日,某某大会在京开幕。", "这是某某步入会场。新华社记者 某某 摄")
    True
    >>> caption_from_line_start("9月16日,某某座谈会在京召开。", "主席出席会议并讲话。新华社记者某某摄")   # a wire caption
    True
    >>> caption_from_line_start("会长在庆典上致辞。回顾了会馆的历史。", "这是会馆的旧址。记者 某某 摄")   # 两句: 报道的
    False
    """
    shows = (repeated or caption.lstrip(" 。\t\u3000").startswith(("这是", "图为")) or bool(PLACEMENT.search(before + caption))
             or bool(_DAY_LEAD.match(before) and _AGENCY_CREDIT.search(caption)))
    return (shows and bool(before.strip()) and len(before) + len(caption) <= 200
            and len(_SENTENCE_END.findall(before)) <= 1 and not in_speech_voice(before))


def photo_credits(st: CleaningState) -> None:
    """Photo credits and captions that end in one (rule ``photo_caption``), placeholders, lines of bare HTML tags.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("<ul id=\\"a\\"><dfn id=\\"a\\"></dfn></ul>\\n记者 唐 某 文/图\\n"
    ...                    "某市街头,工人正在清扫路面。 记者 王某 摄\\n会议印发了工作方案。 [图]\\n某某日报·某某客户端记者 郭某\\n"
    ...                    "致广大新闻记者朋友\\n要加强拍摄制作。\\n图为大会现场。王某摄李某希望,大家再接再厉。")
    >>> photo_credits(st)
    >>> st.doc.output
    '\\n\\n\\n会议印发了工作方案。\\n\\n致广大新闻记者朋友\\n要加强拍摄制作。\\n李某希望,大家再接再厉。'
    """
    st.delete_lines_holding(("<",), lambda l: bool(_TAG_LINE.match(l)), "html_leftover")
    st.delete_lines_holding(("图:", "图：", "图源", "供图", "摄影:", "摄影：", "照片:", "照片：", "图片:", "图片："), lambda l: len(l.strip()) <= 100 and bool(_FIGURE_LABEL.match(l))
                            and not in_speech_voice(l), "photo_caption")
    st.delete_lines_holding(("摄", "文/图", "图/文", "文图", "供图"),
                       lambda l: len(l.strip()) <= 30 and bool(_CREDIT_LINE.match(l)), "photo_caption")
    st.delete_lines_holding(("摄", "攝", "供图"), lambda l: len(l.strip()) <= 120 and bool(_CAPTION_CREDIT.search(l)), "photo_caption")
    st.delete_lines_holding(("摄", "攝", "供图", "图"), lambda l: len(l.strip()) <= 40 and bool(_CREDIT_ALONE.match(l)), "photo_caption")
    _, view = st.view()
    # the credit alone; a caption that places who stands where (左起为…, (左二)) goes whole with it
    st.doc.delete_many([(s, e) if len(line) <= 200 and PLACEMENT.search(line, 0, m.start()) else (s + m.start(), s + m.end())
                        for s, e, line in lines_holding(view, ("摄)", "摄）", "摄】", "影)", "影）", "影】", "图)", "图）", "图】"))
                        if (m := _CREDIT_AFTER_SENTENCE.search(line))], "photo_caption")
    st.delete_lines_holding(("记者", "通讯员", "实习生"),
                       lambda l: len(l.strip()) <= 40 and "们" not in l and "致" not in l and bool(_BYLINE_LINE.match(l)), "byline")
    _, view = st.view()
    spans = []
    for s, e, line in lines_holding(view, ("图]", "图】", "图)", "图）", "视频]", "视频】", "视频)", "视频）")):
        m = _PLACEHOLDER.search(line)
        if m:
            spans.append((s + m.start(), s + m.end()))
    spans += [(s, e) for s, e, line in lines_holding(view, ("图片", "视频")) if _BARE_PLACEHOLDER.match(line)]
    st.doc.delete_many(sorted(set(spans)), "photo_caption")
    st.delete_lines_holding(("△", "▽"), lambda l: bool(_TRIANGLE.match(l)) and len(_SENTENCE_END.findall(l)) <= 1
                       and not _VOICE.search(l), "photo_caption")
    # a triangle before two sentences or more is a list's bullet (a bulletin's items: △ 某某主持召开…。某某出席并讲话。)
    _, view = st.view()
    st.doc.delete_many([(s + m.start(), s + m.end()) for s, e, line in lines_holding(view, ("△", "▽"))
                        if len(_SENTENCE_END.findall(line)) >= 2 and (m := _TRIANGLE_BULLET.match(line))], "symbol_noise")
    st.delete_lines_holding(("资料", "档案"), lambda l: len(l.strip()) <= 40 and bool(_ARCHIVE_CREDIT.search(l)), "photo_caption")
    # a picture's alt text right above its ▲ caption, the same words (某某舉行 / ▲某某舉行): both go
    _, view = st.view()
    lines = [x for x in iter_lines(view) if x[2].strip()]
    st.doc.delete_many(sorted(span for i in range(1, len(lines)) if lines[i][2].lstrip().startswith("▲")
                              and 4 <= len(alt := lines[i - 1][2].strip()) <= 200 and lines[i][2].strip()[1:].strip() == alt
                              for span in (lines[i - 1][:2], lines[i][:2])), "photo_caption")   # the caption with it
    # a 图为 caption and its credit glued before a paragraph's first words (图为大会现场。某某摄连某某希望,…)
    _, view = st.view()
    st.doc.delete_many([(s + m.start(), s + m.end()) for s, e, line in lines_holding(view, ("图为", "圖為"))
                        if (m := _GLUED_TUWEI.match(line)) and not _FIRST_PERSON.search(m.group())], "photo_caption")
    numbered_alts(st)


_FIRST_PERSON = re.compile(r"我|咱|要|必须")
#: a 图为 caption (a phrase without a comma) closed by a credit, run into the next paragraph's words (图为某某大会现场。某某摄连某某希望,…)
_GLUED_TUWEI = re.compile(rf"{_SP}*[(（▲△]?{_SP}*(?:图为|圖為)[^\n。！？!?,，;；]{{2,60}}。?{_SP}*(?:{CREDIT_BODY}){_SP}*[)）]?(?=[{_HAN}“])")


def _adjacent(view: str, found: list[tuple[int, int, str]]) -> bool:
    """Whether two of the numbered lines follow each other with only blank lines between (a gallery; the numbered
    part headings of a collection, 某某讲话(1) … 某某讲话(2), each stand above a speech)."""
    found = sorted(found)
    return any(not view[a[1]:b[0]].strip() for a, b in zip(found, found[1:]))


def numbered_alts(st: CleaningState) -> None:
    """Lines of one text numbered by the page, an image gallery's alt texts (rule ``photo_caption``).

    A short line without a sentence end closed by a bracketed number
    (某某活动现场(1)) goes when the same text stands on other lines with
    other numbers and two of them follow each other (a gallery); a single
    numbered line (参加人数(2)) and numbered part headings each above a
    speech (某某讲话(1) … 某某讲话(2)) stay.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某县人口普查启动(1)\\n县长出席仪式并讲话。\\n某县人口普查启动(2)\\n某县人口普查启动(3)\\n"
    ...                    "要做好宣传。\\n附件(1)")
    >>> numbered_alts(st)
    >>> st.doc.output
    '\\n县长出席仪式并讲话。\\n\\n\\n要做好宣传。\\n附件(1)'
    """
    _, view = st.view()
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for close in (")\n", "）\n"):
        i = view.find(close)
        while i >= 0:
            s = view.rfind("\n", 0, i) + 1
            m = _NUMBERED_ALT.match(view, s, i + 1)
            if m:
                groups.setdefault(m.group(1), []).append((s, i + 1, m.group(2)))
            i = view.find(close, i + 2)
    if view.endswith((")", "）")):
        s = view.rfind("\n") + 1
        m = _NUMBERED_ALT.match(view, s)
        if m:
            groups.setdefault(m.group(1), []).append((s, len(view), m.group(2)))
    spans = [(s, e) for found in groups.values() if len({n for _, _, n in found}) >= 2 and _adjacent(view, found)
             for s, e, _ in found]
    st.doc.delete_many(sorted(spans), "photo_caption")
