"""Chrome inside and around the body of news and government pages (round 17): captions, bylines, prompts, summaries.

Families that :mod:`corpusmine.text.news_chrome`, :mod:`corpusmine.text.page_notes`
and :mod:`corpusmine.text.line_shape` did not reach, each recognised by its
shape and guarded so that speech stays:

* **reader prompts** (:func:`reader_prompts`): lines that tell a reader what
  to do with a browser, an app or WeChat (请升级您的浏览器, 打开微信,点击底部的
  "发现", 前往,阅读体验更佳, 微信扫码,关注《某刊》, 在线查看《某刊》内容, 请利用
  键盘按住Ctrl + P …, and a Taiwan portal's labels above them: 友善列印, 字級設定), a portal's skip link (跳到主要内容) and access-key
  marks (:::); a line in the speaker's voice stays (:func:`corpusmine.text.speech_voice.in_speech_voice`).
* **bylines and source notes** (:func:`bylines_and_sources`): spaced or
  bare reporter lines (记 者 某某, 全媒体记者某某报道), a reporter and place
  opening a paragraph (记者某某/某地报导, 【记者某某/某地报导】, (某某新闻)【本报记者
  某地综合报道】, 某某 / before the first sentence), notes on where a text
  comes from ((本文根据某某在…上的讲话整理), (来源:某报A1:要闻 2026/03/12),
  摘自:某某中心 某某 closing a paragraph, 资料来源:某处, 来源/某某), (如图),
  an e-paper's issue number (当前报章为 第12860号), a date in the Republic of
  China calendar or a weekday alone on a line (114年01月13日, 星期四), update
  stamps (更新于 2022年12月27日07:40 • 发布于 …) and closing-tag debris
  (?!?/span>, BR>, &nbsp without its ;).
* **photo captions** (:func:`photo_captions`): a caption with an inline
  credit (▲某某与某某交谈。(图/某某提供), …参拜。(记者某某摄) inside a
  paragraph, 某某现场。新华网发(某某 摄) with the agency that released it,
  (图/某某提供) alone), a caption line above a credit line
  (…挥手致意。 / 新华社记者 某 某摄), a caption line closed by a credit
  (某某在推进会上讲话。 某某摄, …图为…。新华社发) and runs of two or more
  short caption lines below the first sentence that name an official's act
  or a scene (某县委常委某某在开幕式上讲话, 某某现场讲话, 活动现场歌舞表演).
* **summaries, genre intros and split counters** (:func:`template_notes`,
  chrome11): a labelled summary that quotes the article it announces
  (摘要:…, 核心提示:…, cut off by …), a template site's intro about the genre
  ending on its offer (…我们会用到各种范文…请您继续阅读下方文章!) and a counter
  whose label and number sit on lines of their own (浏览 / 7186).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``);
each rule looks only at the lines holding one of its literals.

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("记 者 王某某\\n5月3日,我县召开推进会。\\n打开微信,点击底部的“发现”,")
>>> bylines_and_sources(st); reader_prompts(st)
>>> st.doc.output
'\\n5月3日,我县召开推进会。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.lines import iter_lines, lines_holding
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.news_leads import REPORTER_INLINE, REPORTER_LEAD, REPORTER_LINE
from corpusmine.text.photo_credits import caption_from_line_start
from corpusmine.text.glued_speech import chrome_spans
from corpusmine.text.site_intros import GENRE_WORD, OFFER, first_site_sentence, is_titled_offer, offer_head, prose_count
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["RULES", "bylines_and_sources", "is_caption_line", "photo_captions", "reader_prompts", "template_notes"]

_SP = "[ \\t\\u3000]"
_SENT_END = re.compile(r"[。！？!?；;]")
_NAMES = r"(?:[\u4e00-\u9fff][ \t\u3000]?){2,4}"


# ---------------------------------------------------------------- reader prompts

#: a prompt to a reader about a browser, a keyboard, an app or WeChat
_PROMPT = re.compile(
    r"浏览器(?:版本|已不再|不支[持援]|过低|太低)|(?:升级|更新)(?:您的)?浏览器|请(?:开启|启用)浏览器|IE\d?浏览器"
    r"|(?:利用|使用)键盘|按住(?:Ctrl|ALT|Alt)|Ctrl\s*\+\s*[A-Z(（+]"
    r"|打开微信|点击底部的|分享至朋友圈|微信扫码|扫码关注|打开APP|前往[,，]?\s*阅读体验更佳|阅读体验更佳"
    r"|在线查看《|原《[^》\n]{1,30}》查看|(?:跳(?:转)?|移)[到至](?:主要内容区?|正文内容|正文|路径导航栏?|主导航|导航栏?|页脚)|跳过导航"
    # a magazine viewer's button, a novel site's plea to bookmark it (打开文本图片集; 某某提示您:看后求收藏; round 228k)
    r"|^[ \t\u3000]*(?:打开|查看)(?:文本)?图片集[ \t\u3000]*$|看后求收藏"
    # a novel site's error-report prompt; a WeChat mirror's notes that the article was deleted (round 232k)
    r"|章节错误[,，]?[ \t]*点此举报|已被发布者删除|被检测为删除|^[ \t\u3000]*被用户删除[ \t\u3000]*$"
    r"|^[ \t\u3000]*(?:友善列印|字级设定|字级调整)[ \t\u3000]*[:：]?[ \t\u3000]*$"    # a Taiwan portal's labels (round 163k)
)
_ACCESS_KEY = re.compile(r"^[ \t\u3000]*:::[ \t\u3000]*$", re.M)
#: single characters and short literals every prompt holds (found with str.find: cheap on a large page)
_PROMPT_CANDIDATES = (re.compile("览|微|扫|佳|键|跳|移至|列印|字级|图片集|求收藏|举报|删除"), re.compile("查看"))
#: how far into a page its head goes (access-key marks, stamps)
HEAD_CHARS = 2000


def reader_prompts(st: CleaningState, *, max_chars: int = 120) -> None:
    """Lines telling a reader what to do with a browser, a keyboard, an app or WeChat (rule ``site_interface``).

    A line of at most ``max_chars`` characters holding such a prompt goes
    whole, unless it is in the speaker's voice (各村要用微信扫码上报…); a line
    of access-key marks (:::) in the page's first :data:`HEAD_CHARS`
    characters goes too.

    Parameters
    ----------
    st : CleaningState
        The cleaning run.
    max_chars : int
        Longest line that can be a prompt.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("跳到主要內容\\n:::\\n您的IE浏览器版本太低,请升级至IE8及以上版本。\\n同志们:\\n"
    ...                    "各村要引导群众用微信扫码关注县里的公众号。\\n前往,阅读体验更佳\\n- 微信扫码,关注《某某通讯》")
    >>> reader_prompts(st)
    >>> st.doc.output
    '\\n\\n\\n同志们:\\n各村要引导群众用微信扫码关注县里的公众号。\\n\\n'
    """
    _, view = st.view()
    spans = [m.span() for m in _ACCESS_KEY.finditer(view, 0, HEAD_CHARS)]
    for candidates in _PROMPT_CANDIDATES:
        for s, e, line in iter_lines(view, candidates):
            t = line.strip()
            if t and len(t) <= max_chars and _PROMPT.search(t) and not in_speech_voice(t):
                spans.append((s, e))
    st.doc.delete_many(sorted(set(spans)), "site_interface")


# ---------------------------------------------------------------- bylines and source notes

#: a name and a slash before the first sentence of a paragraph: 某某某 / 在某某前夕,…
_NAME_SLASH = re.compile(rf"^{_SP}*[{P.SURNAMES}][\u4e00-\u9fff]{{1,2}}{_SP}+[/／∕╱]{_SP}+(?=[\u4e00-\u9fff“「])")
#: where a text comes from: (本文根据某某在…上的讲话整理), (来源:某报A1:要闻 2026/03/12) (with a date or an
#: edition; a bare (来源:某办) is the ``byline`` rule's)
_SOURCE_NOTE = re.compile(
    r"[(（]\s*(?:本文|此文|文章|以上|全文)?(?:根据|据)[^()（）\n]{2,90}?(?:讲话|致辞|发言|报告|演讲|录音|采访)"
    r"(?:内容)?(?:整理|摘编|编辑|节选|改写)(?:而成)?[^()（）\n]{0,12}[)）]"
    r"|[(（](?:来源|稿源|转自|摘自)[:：][^()（）\n\d]{1,30}\d[^()（）\n]{0,24}[)）](?=[ \t\u3000]*$)"
)
#: a source line or a source closing a paragraph: 摘自:某某中心 某某, 资料来源:某处, 来源/某某
_SOURCE_LINE = re.compile(
    rf"(?:^|(?<=[。！？!?”]))[ \t\u3000]*(?:摘自[:：]|(?:资料|稿件|图片)来源[:：]|来源{_SP}*[/／]{_SP}*)"
    rf"[^\n。！？!?,，]{{2,30}}[ \t\u3000]*$",
    re.M,
)
#: a multimedia reporter's credit inside a sentence: 5月17日,全媒体记者某某报道在某区召开…
#: (如图) after a sentence on the photo
_AS_PICTURED = re.compile(r"[(（]如图(?:所示)?[)）]")
#: an e-paper's issue number, a ROC date or a weekday alone, update stamps
_DATE_TIME = r"(?:19|20)\d{2}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_STAMP_LINE = re.compile(
    rf"^{_SP}*(?:(?:当前报章为|本期为?|总){_SP}*第?{_SP}*\d{{2,6}}{_SP}*[号期]"
    rf"|\d{{2,3}}年(?=\d{{0,1}}0\d月|\d{{1,2}}月0\d日)\d{{1,2}}月\d{{1,2}}日"
    rf"|(?:星期|礼拜)[一二三四五六日天]"
    rf"|(?:(?:更新|发布|发表|修改|编辑)于{_SP}*{_DATE_TIME}{_SP}*[•·|｜]?{_SP}*){{1,3}}"
    rf"){_SP}*$",
    re.M,
)
#: a closing tag without its '<' (and the lost characters before it): ?!?/span>; a line break's tag the same way (…辉煌?!?BR>,
#: …落实。BR>; held-out round 56; Latin letters before it make a word: HBR>) and an entity without its ';' (&nbsp)
_TAG_DEBRIS = re.compile(r"(?:[?？!！]{1,4}|(?<!<))/(?:span|p|div|font|strong|em|b|a|td|tr|li)>"
                         r"|(?:[?？!！]{1,4}|(?<![<A-Za-z]))[Bb][Rr][ \t]*/?>"
                         r"|&(?:nbsp|NBSP|ldquo|rdquo|mdash|hellip)(?![;A-Za-z])")
#: the notes found in one scan of a candidate line
_NOTES = re.compile("|".join(f"(?:{rx.pattern})" for rx in (_SOURCE_NOTE, _SOURCE_LINE, _AS_PICTURED, REPORTER_INLINE)), re.M)
_BYLINE_CANDIDATES = re.compile("记|/|／|∕|╱")
_NOTE_CANDIDATES = re.compile("整理|来源|如图|摘|媒|span>|[Rr]>|&")


def bylines_and_sources(st: CleaningState) -> None:
    """Reporter lines and leads (rule ``byline``), source notes and stamps (``meta_row``), tag debris (``html_leftover``).

    Reporter lines go whole (记 者 某某, 全媒体记者某某报道); a reporter and
    place opening a paragraph go up to its first sentence (记者某某/某地报导,
    【本报记者某地综合报道】), as does a name with a slash between spaces
    (某某某 / ); source notes in brackets ((本文根据…讲话整理), (来源:某报…)
    closing a line), source lines (摘自:…, 资料来源:…, 来源/…), (如图), a
    multimedia reporter's credit inside a sentence (全媒体记者某某报道), and a
    closing tag without its '<'; in the page's first :data:`HEAD_CHARS`
    characters, an e-paper's issue number, a ROC date or a weekday alone on a
    line and update stamps.

    Parameters
    ----------
    st : CleaningState
        The cleaning run.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("星期四\\n全媒体记者王某报道\\n記者范某某∕花蓮報導 县长今日出席祈福仪式。\\n"
    ...                    "3月16日,县里召开会议(如图)。会议要求抓好落实。\\n"
    ...                    "(本文根据某某在某某论坛上的讲话整理)\\n活动丰富了群众生活。 摘自:某镇宣传文化中心 周某某")
    >>> bylines_and_sources(st)
    >>> st.doc.output
    '\\n\\n县长今日出席祈福仪式。\\n3月16日,县里召开会议。会议要求抓好落实。\\n\\n活动丰富了群众生活。'
    >>> st = CleaningState("记者要深入基层,写出有温度的报道。\\n来源于群众的意见要认真听取。")
    >>> bylines_and_sources(st)
    >>> st.doc.output
    '记者要深入基层,写出有温度的报道。\\n来源于群众的意见要认真听取。'
    """
    _, view = st.view()
    lines, leads = [], []
    for s, e, line in iter_lines(view, _BYLINE_CANDIDATES):
        if e - s <= 60 and REPORTER_LINE.match(line):
            lines.append((s, e))
            continue
        m = REPORTER_LEAD.match(line) or _NAME_SLASH.match(line)
        if m and m.end() > 0:
            leads.append((s, s + m.end()))
    st.doc.delete_many(sorted(set(lines + leads)), "byline")
    _, view = st.view()
    notes = [m.span() for m in _STAMP_LINE.finditer(view, 0, HEAD_CHARS)]
    tags = []
    for s, e, line in iter_lines(view, _NOTE_CANDIDATES):
        notes += [(s + m.start(), s + m.end()) for m in _NOTES.finditer(line)]
        if ">" in line or "&" in line:
            tags += [(s + m.start(), s + m.end()) for m in _TAG_DEBRIS.finditer(line)]
    st.doc.delete_many(_disjoint(notes), "meta_row")
    if tags:
        _, view = st.view()
        st.doc.delete_many(sorted({m.span() for m in _TAG_DEBRIS.finditer(view)}), "html_leftover")


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those overlapping an earlier (longer first) one dropped."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


# ---------------------------------------------------------------- photo captions

#: an inline photo credit: (图/某某提供), (圖∕某某提供.2022.12.25.), (记者某某摄), (某某 摄)
_CREDIT = rf"[(（](?:图{_SP}*[/／∕╱:：][^()（）\n]{{1,30}}|(?:本报|特约)?(?:记者|摄影|通讯员)?{_SP}*{_NAMES}{_SP}*[/／∕╱]?{_SP}*摄(?:影)?)[)）]"
#: a caption sentence (after a ▲, a sentence end or the line's start) closed by an inline credit
#: an agency releasing the photo, before its credit: 新华网发(某某 摄), 某某社发
_RELEASE = rf"(?:[\u4e00-\u9fff]{{1,8}}?(?:社|网|报|台)发{_SP}*)?"
_INLINE_CAPTION = re.compile(rf"(?:▲[^▲\n]{{2,100}}?|(?<=[。！？!?])[^。！？!?\n▲]{{4,100}}?[。！!]|^{_SP}*[^。！？!?\n▲]{{4,100}}?[。！!]){_SP}*{_RELEASE}{_CREDIT}{_SP}*", re.M)
_REPORTED_SAYING = re.compile(r"(?:说|表示|指出|强调|认为|提到|坦言)[,，:：]")
_CREDIT_ALONE = re.compile(rf"^{_SP}*[(（]图{_SP}*[/／∕╱:：][^()（）\n]{{1,40}}[)）]{_SP}*$", re.M)
#: a credit line under a caption: 新华社记者 某 某摄, 记者 某某 摄, (某某 摄)
_CREDIT_LINE = re.compile(
    rf"^{_SP}*(?:[(（])?(?:[\u4e00-\u9fff]{{0,8}}?(?:社|报|网|台|中心))?(?:摄影记者|记者|通讯员|特约摄影师?)?{_SP}*[:：]?{_SP}*"
    rf"{_NAMES}(?:{_SP}*[、,，]{_SP}*{_NAMES})*{_SP}*(?:摄影|摄){_SP}*[)）]?{_SP}*$"
)
#: a caption line closed by a credit: 某某在推进会上讲话。 某某摄 | …。图为…。新华社发
_CLOSED_CAPTION = re.compile(
    rf"^{_SP}*[^,，\n]{{4,40}}[。！!]{_SP}+{_NAMES}{_SP}*摄(?:影)?{_SP}*$"
    rf"|^[^\n]{{0,80}}图为[^\n]{{2,60}}[。！!]{_SP}*[\u4e00-\u9fff]{{1,8}}?(?:社|报|网|台)(?:记者{_SP}*{_NAMES})?{_SP}*发{_SP}*$"
)
#: an official's act or a scene closing a short line (a caption names what the photo shows)
_OFFICE = (r"书记|县长|市长|区长|镇长|乡长|省长|州长|旗长|主任|主席|部长|局长|厅长|处长|委员|常委|秘书长|院长|校长|董事长|总经理"
           r"|负责人|领导|嘉宾|代表|专家|大师|画家|歌唱家|书法家|艺术家|演员|同志"
           r"|调研组|考察组|检查组|督导组|督查组|工作组|代表团|考察团|视察组")   # a delegation's act (调研组在某园调研; 304k)
_ACT = (r"讲话|致辞|致词|致开幕词|致闭幕词|致欢迎词|发言|作报告|作重要讲话|主持(?:会议|大会|开幕式|闭幕式|仪式)?|宣讲|授课|讲课|颁奖|授牌|授旗|揭牌|剪彩|调研|检查|察看|视察|考察|慰问|座谈"
        r"|审议|作了?具体安排|作动员|作部署|献唱|演唱|表演|作画|赠送[\u4e00-\u9fff]{0,4}|签约|合影|留念|清扫卫生")
_ACT_CAPTION = re.compile(rf"^(?:[^\n]{{0,30}}?(?:{_OFFICE}))[^\n]{{0,26}}?(?:{_ACT})$")
_SCENE_CAPTION = re.compile(r"^[\u4e00-\u9fff“”《》·]{2,14}(?:现场|表演|演出|献唱|作画|人山人海|掠影|剪影|一角|风采|合影留念)$")
_NOT_CAPTION = re.compile(
    r"[,，:：;；。！？!?()（）]|的(?:讲话|致辞|致词|发言|报告)|(?<![重需主只])要(?![求闻])|必须|务必|应当|切实|请|欣赏|下面|接下来|让我们"
    r"|^(?:[一二三四五六七八九十\d]+[、.．]|第[一二三四五六七八九十\d]+|坚持|加强|推进|确保|强化|提升|深化|做好|抓好|全力|着力)"
)
#: a salutation opening the next line: the line above is a speech's title, not a caption
_SALUTATION = re.compile(r"[\s]*(?:尊敬的|各位|同志们|亲爱的|女士们|老师们|同学们|朋友们)")
#: the last characters of the commonest caption acts (讲话, 致辞, 致词, 表演, 献唱, 作画, 作了具体安排, 调研, 视察): lines found with
#: str.find (a caption ending otherwise still counts toward a page's run when it holds one of them)
_CAPTION_CANDIDATES = re.compile("话|辞|词|式|演|唱|画|排|研|察")


def is_caption_line(line: str) -> bool:
    """Whether a short line without punctuation names an official's act or a scene, as a photo caption does.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_caption_line("某县委常委、宣传部长叶某某在开幕式上讲话"), is_caption_line("活动现场歌舞表演")
    (True, True)
    >>> is_caption_line("区长某某主持大会并作出重要讲话"), is_caption_line("某某向某镇党委书记赠送墨宝")
    (True, True)
    >>> is_caption_line("在全县乡村振兴推进会上的讲话"), is_caption_line("一、领导干部要带头调研")
    (False, False)
    >>> is_caption_line("各级领导干部要深入基层调研"), is_caption_line("同志们:")
    (False, False)
    >>> is_caption_line("下面请欣赏舞蹈表演"), is_caption_line("有请县委书记王某某讲话")   # 主持词
    (False, False)
    """
    t = line.strip()
    if not 4 <= len(t) <= 40 or _NOT_CAPTION.search(t):
        return False
    return bool(_ACT_CAPTION.match(t) or _SCENE_CAPTION.match(t))


_CREDIT_CANDIDATES = re.compile("图|摄|▲")


def _previous_line(view: str, start: int) -> tuple[int, int, str] | None:
    """The last non-blank line ending before ``start``: (start, end, stripped line), or None."""
    e = start - 1
    while e > 0:
        s = view.rfind("\n", 0, e) + 1
        t = view[s:e].strip()
        if t:
            return s, e, t
        e = s - 1
    return None


def _next_line(view: str, end: int) -> tuple[int, int, str] | None:
    """The first non-blank line starting after ``end``: (start, end, stripped line), or None."""
    s = end + 1
    while s < len(view):
        e = view.find("\n", s)
        e = len(view) if e < 0 else e
        t = view[s:e].strip()
        if t:
            return s, e, t
        s = e + 1
    return None


def _with_neighbours(view: str, found: list[tuple[int, int]], head: int) -> list[tuple[int, int]]:
    """Caption lines found by their last character, with the caption lines next to them (活动现场人山人海 beside
    民族舞表演): a block of captions is taken whole."""
    seen = set(found)
    todo = list(found)
    while todo:
        s, e = todo.pop()
        for near in (_previous_line(view, s), _next_line(view, e)):
            if near is not None and near[0] >= head and near[:2] not in seen and is_caption_line(near[2]) \
                    and not _SALUTATION.match(view, near[1], near[1] + 40):
                seen.add(near[:2])
                todo.append(near[:2])
    return sorted(seen)


def _has_salutation(view: str, *, max_tries: int = 20) -> bool:
    """Whether a page holds a salutation line (同志们:, 尊敬的…:, 各位…:): a speech, whose agenda and programme
    lines (县长讲话, 县委书记作总结讲话) are not captions.  Looks at the first ``max_tries`` occurrences of each word."""
    for word in ("同志们", "尊敬的", "各位"):
        i = view.find(word)
        for _ in range(max_tries):
            if i < 0:
                break
            s = view.rfind("\n", 0, i) + 1
            e = view.find("\n", i)
            line = view[s:len(view) if e < 0 else e].rstrip()
            if len(line) <= 60 and line.endswith((":", "：")):
                return True
            i = view.find(word, i + 1)
    return False


def _first_prose(view: str) -> int:
    """End of the line holding the page's first sentence end (0 when there is none)."""
    m = _SENT_END.search(view)
    if not m:
        return 0
    e = view.find("\n", m.start())
    return len(view) if e < 0 else e


def photo_captions(st: CleaningState, *, min_lines: int = 2, max_caption: int = 100) -> None:
    """Photo captions with their credits, and runs of caption lines (rule ``photo_caption``).

    * a caption with an inline credit: from a ▲, the line's start or the
      previous sentence end through (图/某某提供) or (记者某某摄); such a credit
      alone on a line;
    * a line of at most ``max_caption`` characters, not above the first
      sentence, followed by a credit line (新华社记者 某某摄): both go;
    * a caption line closed by a credit (…讲话。 某某摄, …图为…。新华社发);
    * ``min_lines`` or more short lines below the first sentence that name an
      official's act or a scene (see :func:`is_caption_line`), with the caption
      lines next to them, on a page without a salutation line (a speech's
      agenda lines such as 县长讲话 are not captions).

    Parameters
    ----------
    st : CleaningState
        The cleaning run.
    min_lines : int
        Fewest caption lines without a credit a page needs before they go.
    max_caption : int
        Longest caption line above a credit line.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("县长与乡亲们交谈。(图/县政府提供)县长指出,要办好民生实事。▲县长察看步道。(图/县政府提供)\\n"
    ...                    "5月3日,文化节开幕。\\n某县人大常委会主任魏某某现场讲话\\n活动现场歌舞表演\\n"
    ...                    "7月28日晚,运动会隆重开幕。\\n新华社记者 某 某摄\\n副县长李某在推进会上讲话。 张某某摄\\n"
    ...                    "签约仪式现场。某某网发(王某 摄)")
    >>> photo_captions(st)
    >>> st.doc.output
    '县长指出,要办好民生实事。\\n5月3日,文化节开幕。\\n\\n\\n\\n\\n\\n'
    >>> st = CleaningState("会议强调,要抓好落实。\\n加强组织领导\\n县委书记在会上讲话\\n同志们要带头调研")
    >>> photo_captions(st)
    >>> st.doc.output
    '会议强调,要抓好落实。\\n加强组织领导\\n县委书记在会上讲话\\n同志们要带头调研'
    """
    _, view = st.view()
    spans: list[tuple[int, int]] = []
    head = _first_prose(view)
    for s, e, line in iter_lines(view, _CREDIT_CANDIDATES):
        t = line.strip()
        if not t:
            continue
        if _CREDIT_ALONE.match(line):
            spans.append((s, e))
            prev = _previous_line(view, s)
            if prev is not None and prev[2].startswith("▲") and len(prev[2]) <= max_caption:
                spans.append(prev[:2])
            continue
        # a sentence reporting what someone said is the report's, not a caption (…她说,某县是农业大县,…。(图/记者某某翻摄); 256k)
        found = [(m.start(), m.end()) for m in _INLINE_CAPTION.finditer(line) if not _REPORTED_SAYING.search(m.group())]
        if len(found) == 1 and caption_from_line_start(line[:found[0][0]], line[found[0][0]:]):
            found = [(0, found[0][1])]      # 6月19日,某某大会在京开幕。这是某某步入会场。新华社记者 某某 摄: the whole line
        spans += [(s + a, s + b) for a, b in found]
        if e - s > 160:
            continue
        m = _CLOSED_CAPTION.match(line)
        if m and not in_speech_voice(t):
            spans.append((s, e))
        elif "摄" in t and _CREDIT_LINE.match(line):
            prev = _previous_line(view, s)
            if prev is not None:
                ps, pe, pt = prev
                if (len(pt) <= max_caption and 1 <= len(_SENT_END.findall(pt)) <= 2 or pt.startswith("▲")) and not in_speech_voice(pt):
                    spans += [(ps, pe), (s, e)]
    runs = [(s, e) for s, e, line in iter_lines(view, _CAPTION_CANDIDATES)
            if s >= head and is_caption_line(line) and not _SALUTATION.match(view, e, e + 40)]
    if len(runs) >= min_lines and not _has_salutation(view):
        spans += _with_neighbours(view, runs, head)
    st.doc.delete_many(_disjoint(spans), "photo_caption")


# ---------------------------------------------------------------- summaries, genre intros, split counters

#: a summary label: 摘要:, 核心提示:, 内容提要:, 导读: (with or without 【】)
_SUMMARY_WORD = r"(?:内容摘要|文章摘要|摘要|核心提示|内容提要|提要|文章导读|导读)"
_SUMMARY_LABEL = rf"(?:[【\[]{_SUMMARY_WORD}[】\]][ \t\u3000]*[:：]?|{_SUMMARY_WORD}[ \t\u3000]*[:：])"
_SUMMARY_LINE = re.compile(rf"^[ \t\u3000]*{_SUMMARY_LABEL}[^\n]{{4,400}}$", re.M)
#: how far into a page from either end its counters are looked for (a page's widgets sit at its edges)
EDGE_CHARS = 6000
_SUMMARY_ALONE = re.compile(rf"^[ \t\u3000]*{_SUMMARY_LABEL}[ \t\u3000]*$")
#: the label with no colon, alone on its line (文章导读): it goes only with the summary below it (round 136k)
_BARE_SUMMARY = re.compile(rf"^[ \t\u3000]*(?:{_SUMMARY_WORD}|内容导读)[ \t\u3000]*$")
#: the same summary inside a flattened line: between white space, cut off by an ellipsis before white space
_SUMMARY_INLINE = re.compile(
    rf"(?:(?<=[ \t\u3000])|^){_SUMMARY_LABEL}[^\n]{{4,300}}?(?:\.{{3,6}}|…{{1,2}}|·{{3,6}})(?=[ \t\u3000]|$)", re.M)
#: where a summary is split into the pieces looked for in the article
_PIECE_SPLIT = re.compile(r"[\s。！？!?,，;；:：、“”\"'‘’()（）《》…·.]+")




#: The share of a paragraph below a summary label alone (摘要:) that must occur again further down for it to be
#: the summary: a summary quotes the article's lead; an empty label above the article's first paragraph shares a
#: phrase or two with the rest (美丽乡村建设), and that paragraph is the article (held-out round 27, round 28d).
_MIN_REPEATED = 0.4


def _repeated_share(summary: str, view: str, after: int, *, min_piece: int = 6) -> float:
    """The share of a summary's characters in pieces of ``min_piece`` or more that occur again after ``after``."""
    pieces = [p for p in _PIECE_SPLIT.split(summary) if len(p) >= min_piece]
    found = sum(len(p) for p in pieces if view.find(p, after) >= 0)
    return found / max(1, len(summary))


def _repeats(summary: str, view: str, after: int) -> bool:
    """Whether a piece of six or more characters of a summary occurs again in ``view`` after ``after``."""
    return _repeated_share(summary, view, after) > 0


_LAST_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*[ \t\u3000]*$")
#: a counter label alone on a line, with its number alone on the next: 浏览 / 7186, 范文 / 903
_COUNTER_PAIR = re.compile(
    rf"\n[ \t\u3000]*(?P<pair>(?:{P.COUNTER_WORD}|下载|收藏|点赞|评论|分享"
    r"|范文|文章|文档)[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,2}[ \t\u3000]*\d{1,9})[ \t\u3000]*(?=\n|$)"
)   # not re.M: a pattern opening with a newline is searched for as a literal (cheap on a large page)


def template_notes(st: CleaningState, *, max_intro: int = 400, min_genre: int = 2) -> None:
    """Summaries that repeat the article, a template site's genre intro and counters split over lines.

    * A labelled summary (摘要:, 核心提示:, 导读: …) on its own line goes when a
      piece of six or more characters of it occurs again further down (it
      quotes the article it announces), or inside a flattened line when it is
      also cut off by an ellipsis (rule ``page_meta``); a labelled line that
      quotes nothing stays.
    * A template site's intro paragraph about the genre: at most ``max_intro``
      characters naming the genre at least ``min_genre`` times (范文, 讲话稿,
      发言稿 …) and closing on the site's offer (请您继续阅读下方文章!,
      一起来看看吧, 希望对您有所帮助), without a salutation (rule ``editor_blurb``); and a line that recommends
      the document by its title (《某某悼词》属于悼词中比较优秀的内容,欢迎参考。).
    * A counter label alone on a line with its number alone on the next
      (浏览 / 7186, 范文 / 903; rule ``site_interface``), within :data:`EDGE_CHARS`
      of either end of the page.

    Parameters
    ----------
    st : CleaningState
        The cleaning run.
    max_intro : int, default 400
        Longer paragraphs are never a site's intro.
    min_genre : int, default 2
        How many genre words an intro holds at least.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("摘要:5月3日,某县召开人居环境整治推进会。会议要求...\\n"
    ...                    "5月3日,某县召开人居环境整治推进会。\\n浏览\\n2046")
    >>> template_notes(st)
    >>> st.doc.output
    '\\n5月3日,某县召开人居环境整治推进会。\\n'
    >>> st = CleaningState("讲话稿是常用的文稿,写好讲话稿并不容易。下面一起来看看小编整理的范文吧!\\n同志们:\\n要抓好落实。")
    >>> template_notes(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    >>> st = CleaningState("摘要:会议纪要要写清楚议定事项。\\n同志们,写讲话稿要实事求是,希望对大家有所帮助。")
    >>> template_notes(st)
    >>> st.doc.output
    '摘要:会议纪要要写清楚议定事项。\\n同志们,写讲话稿要实事求是,希望对大家有所帮助。'
    """
    _, view = st.view()
    spans = []
    for s, e, line in lines_holding(view, ("摘要", "提要", "提示", "导读")):
        m = _SUMMARY_LINE.match(line)
        if m and _repeats(line, view, e):
            # a flattened line holding the summary and then the text it cuts off: only the summary (round 267k)
            v = re.match(rf"[ \t\u3000]*{_SUMMARY_LABEL}[ \t\u3000]*", line).end()
            echo = line.find(line[v:v + 20], v + 20) if len(line) - v >= 60 else -1
            spans.append((s, s + echo if echo > 0 else e))
            continue
        alone = _SUMMARY_ALONE.match(line) or _BARE_SUMMARY.match(line)
        if alone and (nxt := _next_line(view, e)) and len(nxt[2]) <= 400 \
                and _repeated_share(nxt[2], view, nxt[1]) >= _MIN_REPEATED:
            spans.append((s, nxt[1]))      # the label on a line of its own (a flattened row split before it)
            continue
        if _SUMMARY_ALONE.match(line) and _next_line(view, e):
            spans.append((s, e))           # an empty label above the article itself: the label only
            continue
        spans += [(s + m.start(), s + m.end()) for m in _SUMMARY_INLINE.finditer(line) if _repeats(m.group(0), view, s + m.end())]
    st.doc.delete_many(_disjoint(spans), "page_meta")
    _, view = st.view()

    def is_intro(line: str) -> bool:
        return (len(line) <= max_intro and len(GENRE_WORD.findall(line)) >= min_genre
                and not P.SALUTATION.search(line)
                and bool((last := _LAST_SENTENCE.search(line)) and OFFER.search(last.group(0))))

    def intro_spans(line: str) -> list[tuple[int, int]]:
        cut = chrome_spans(line, is_intro)
        if cut == [(0, len(line))] and prose_count(line[first_site_sentence(line):]) >= 2:
            # speech prose on a flattened line the intro's words open and close (a footer's site name, a cut
            # notice's 请阅读下面全文): only an intro before the prose goes; the rest is left to the rules after
            head = offer_head(line)
            return [(0, head)] if head else []
        left, pos = "", 0
        for a, b in cut:                  # the text between the cut spans
            left, pos = left + line[pos:a], b
        left += line[pos:]
        # what the cut leaves still talks about the genre (致辞可以激发员工的热情…范文是怎么写的?): the intro is whole
        if cut and GENRE_WORD.search(left) and not in_speech_voice(left) and not P.SALUTATION.search(left):
            return [(0, len(line))]
        return cut

    # speech glued to the intro on its line (a page flattened to one line) stays: glued_speech cuts the intro off
    st.doc.delete_many([(s + a, s + b) for s, e, line in lines_holding(view, ("稿", "范文")) if is_intro(line)
                        for a, b in intro_spans(line)]
                       + [(s, e) for s, e, line in lines_holding(view, ("》",)) if is_titled_offer(line)], "editor_blurb")
    _, view = st.view()
    edges = [(0, min(len(view), EDGE_CHARS))]
    if len(view) > EDGE_CHARS:
        edges.append((max(EDGE_CHARS, len(view) - EDGE_CHARS), len(view)))     # a page's widgets sit at its edges
    st.doc.delete_many([m.span("pair") for a, b in edges for m in _COUNTER_PAIR.finditer(view, max(0, a - 1), b)],
                       "site_interface")


#: This module's rules in the order :data:`corpusmine.text.clean.RULES` runs them (before the credit and byline
#: rules of :mod:`corpusmine.text.chrome_rules`, which would cut a credit and leave its caption, and before the
#: metadata rows of :mod:`corpusmine.text.rules`, which would cut a summary's label and leave the summary).
RULES = (reader_prompts, bylines_and_sources, photo_captions, template_notes)
