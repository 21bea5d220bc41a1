"""The cleaning rules of a page's structure: small functions over one :class:`CleaningState`.

Each rule recognises one kind of noise *generally* (by its form, never by file
name), records its changes as audited edits, and takes its options as keyword
arguments.  :data:`corpusmine.text.clean.RULES` lists them in the order they
run; every pattern is matched on the Simplified view of the current output.
This module holds navigation, metadata rows, blurbs, inline noise, watermarks,
placeholders, script conversion and white space; the state every rule shares
is :mod:`corpusmine.text.cleaning_state`, the rules that find where speeches
start and end (salutations, front matter, part headings, appended speeches)
are :mod:`corpusmine.text.boundaries`.

Examples
--------
>>> st = CleaningState("当前位置:首页 > 范文\\n同志们:\\n我老秘网县要抓实抓细。", watermarks=["老秘网"])
>>> for rule in (navigation, watermarks, whitespace):
...     rule(st)
>>> st.doc.output
'同志们:\\n我县要抓实抓细。'
"""

from __future__ import annotations

import re

from corpusmine import config
from corpusmine.text import patterns as P
from corpusmine.text.boundaries import appended_speeches, front_matter, part_headings, repeated_titles, salutations
from corpusmine.text.breadcrumbs import speech_after_crumbs
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.glued_speech import speaks
from corpusmine.text.guards import finditer, line_prefilter, may_match
from corpusmine.text.lines import first_lines, iter_lines, line_edge_spans
from corpusmine.text.page_framing import category_spans
from corpusmine.text.report_heads import GENRE
from corpusmine.text.script import cjk_counts, convert_script, detect_conversion, diff_replacements
from corpusmine.text.site_intros import prose_count
from corpusmine.text.speech_voice import SELF_EDITOR, in_speech_voice, speaker_closing
from corpusmine.text.writer_notes import GLUED_OWNED

__all__ = [
    # CleaningState (text/cleaning_state.py) and the speech-boundary rules (text/boundaries.py) stay importable here
    "CleaningState", "appended_speeches", "blurbs", "front_matter", "html_leftovers", "inline_noise", "learn_site_names",
    "navigation", "page_meta", "paragraph_spaces", "part_headings", "placeholders", "repeated_titles", "salutations",
    "to_simplified", "watermarks", "whitespace",
]


def learn_site_names(st: CleaningState) -> None:
    """Site names named by footers and headers become watermarks to remove.

    Examples
    --------
    >>> st = CleaningState("同志们:\\n要抓好落实。\\n版权所有:公文范文网")
    >>> learn_site_names(st)
    >>> sorted(st.watermarks)
    ['公文范文网']
    >>> st = CleaningState("欢迎访问范文百科-您身边的写作助手!\\n致辞稿\\n范文百科\\n同志们:")
    >>> learn_site_names(st)
    >>> sorted(st.watermarks)
    ['范文百科']
    """
    _, view = st.view()
    for m in re.finditer(   # (?:版权所有|欢迎光临|powered by|来自)… under re.I: each alternative opens with a case-free literal
        r"(?:版权所有|欢迎光临|p(?i:owered by)|P(?i:owered by)|来自)\s*[:：]?\s*(?P<name>[^\s©,，|()（）\[\]【】:：.。]{2,20})", view
    ):
        for name in re.split(r"[_\-—·]", m.group("name")):
            if len(name) >= 3 and re.search(r"(网|站|文库|范文|文档|秘书)$", name):
                st.watermarks.add(name)
    # a head's welcome line names the site (欢迎访问范文百科-您身边的写作助手!): flattened, its name stays alone above the speech
    m = re.match(r"\s*欢迎(?:访问|来到|光临)[ \t]*(?P<name>(?:(?![的我您你])[\u4e00-\u9fff]){2,8}(?:网|站|文库|范文|文档|百科))"
                 r"[ \t]*[-—_·|｜]", view)
    if m:                 # only the page's first line, its name parted from a slogan (not 欢迎来到我们的车站,)
        st.watermarks.add(m.group("name"))
    first = re.match(r"\s*([^\n]*)", view).group(1).strip()    # the first line of view.lstrip(), without copying the page
    if re.fullmatch(r"[^\s]{2,12}网[_\-—·][^\s]{2,12}", first):
        for name in re.split(r"[_\-—·]", first):
            if len(name) >= 3:
                st.watermarks.add(name)


def html_leftovers(st: CleaningState) -> None:
    """Lines of leaked CSS or JavaScript.

    Style rules glued in front of speech text on the same line go without the text.

    Examples
    --------
    >>> st = CleaningState("var _hmt = _hmt || [];\\n同志们:\\n要抓好落实。")
    >>> html_leftovers(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    """
    _, view = st.view()
    spans = []
    for s, e, line in iter_lines(view, line_prefilter(P.CSS)):
        if not P.CSS.search(line):
            continue
        cut = line.rfind("}")
        if cut >= 0 and P.PROSE.search(line, cut) and line.find("{") < cut:
            spans.append((s, s + cut + 1))  # style rules glued in front of speech text: only the rules go
        else:
            spans.append((s, e))
    st.doc.delete_many(spans, "leaked_css")
    st.doc.delete_many([(s, s + script_end(line)) for s, e, line in iter_lines(view, line_prefilter(P.SCRIPT, P.SCRIPT_TOKEN))
                        if P.SCRIPT.search(line) or is_script_line(line)], "leaked_script")


_STATEMENT_END = re.compile(r"[^;]*?;|[^;\"']*?\(\s*[\"']")


def script_end(line: str) -> int:
    """Where the script on a line ends: the line's end, or the ``;`` closing its last statement when the speech follows.

    A page flattened into one line can hold the site's ``document.writeln(…);`` statements and then the whole speech;
    only the statements go (round 196k).

    Examples
    --------
    >>> line = 'document.writeln("<td>"); document.writeln(" <\\/tr>"); 尊敬的各位领导、同志们:下午好!在这秋风送爽的时节,现场观摩会议在这里召开。'
    >>> line[script_end(line):]
    ' 尊敬的各位领导、同志们:下午好!在这秋风送爽的时节,现场观摩会议在这里召开。'
    >>> line = 'document.writeln("<td>"); document.writeln(" 尊敬的各位领导、同志们:下午好!在这秋风送爽的时节,现场观摩会议在这里召开。'
    >>> line[script_end(line):]  # 摘录在字符串中间截断
    ' 尊敬的各位领导、同志们:下午好!在这秋风送爽的时节,现场观摩会议在这里召开。'
    >>> script_end('var t = document.getElementById("a"); if (t) { t.innerHTML = "要抓好落实。"; }') == len('var t = document.getElementById("a"); if (t) { t.innerHTML = "要抓好落实。"; }')
    True
    """
    last = None
    for last in P.SCRIPT_TOKEN.finditer(line):
        pass
    m = _STATEMENT_END.match(line, last.end()) if last else None   # the statement's end, or the
    rest = line[m.end():] if m else ""     # opening quote of a string the excerpt cut off (document.writeln(" 尊敬的…)
    if rest and P.PROSE.search(rest) and cjk_counts(rest)[0] >= 20 and cjk_counts(rest)[0] * 2 > len(rest.strip()):
        return m.end()
    return len(line)


def is_script_line(line: str) -> bool:
    """Whether a line is JavaScript run together: three distinct script tokens and Chinese in under a fifth of it.

    Examples
    --------
    >>> is_script_line("(function(){try{if(document.getElementById&&document.getElementById('bar'))return;var t0=+new Date();")
    True
    >>> is_script_line("要坚持“两个确保”&&“三个不”,不能搞花架子,一切为了群众。")
    False
    """
    tokens = {m.group(0) for m in P.SCRIPT_TOKEN.finditer(line)}
    return len(tokens) >= 3 and cjk_counts(line)[0] * 5 < len(line.strip())


def navigation(st: CleaningState, *, max_chars: int = 300) -> None:
    """Breadcrumbs and navigation lines (``当前位置:首页 > 范文``, ``返回顶部``).

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 300
        Longer lines are never navigation.

    Examples
    --------
    >>> st = CleaningState("当前位置:首页 > 范文\\n同志们:\\n要抓好落实。")
    >>> navigation(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    >>> st = CleaningState("文库 热门资料 主题教育\\n刚才,某同志作了报告,我完全同意。")
    >>> navigation(st)
    >>> st.doc.output
    '\\n刚才,某同志作了报告,我完全同意。'
    """
    def is_nav(line: str) -> bool:
        if len(line) > max_chars or speech_after_crumbs(line):     # speech glued after a trail: breadcrumbs.py
            return False
        if P.SHORT_NAV.match(line) or P.NAV.search(line):
            return True
        return bool(P.NAV_ITEMS.match(line) and len(P.NAV_WORDS.findall(line)) >= 2)

    # a site's slogan heading the page right above its trail (荟聚奇文、博采众长、见贤思齐 / 当前位置:…; round 130k)
    _, view = st.view()
    head = list(first_lines(view, 3))
    st.doc.delete_many([(s, e) for (s, e, line), (_, _, below) in zip(head, head[1:])
                        if _SLOGAN.match(line) and is_nav(below)], "site_name")
    st.doc.delete_many([(s, e) for s, e, line in head if _library_head(line)], "site_navigation")
    st.delete_lines(is_nav, "site_navigation", candidates=line_prefilter(P.SHORT_NAV, P.NAV, P.NAV_WORDS))


#: session au (round 233k): a document library's section trail heading the page, three or four words parted by spaces
#: with no mark (文库 热门资料 主题教育), one of them a library's section; a title with a speech's genre stays
_LIBRARY_TRAIL = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{2,8}[ \t\u3000]+){2,3}[\u4e00-\u9fff]{2,8}[ \t\u3000]*$")
_LIBRARY_SECTION = re.compile(r"文库|热门|精选|推荐|频道|专题|栏目|分类|首页|范文|资料|文档|素材")
_TITLE_WORD = re.compile(rf"{GENRE}|篇|会议|主持")
#: round 238k: a template site's name and the section the page is in, heading the page (某某范文网 表态发言; with 首页 it is
#: a breadcrumb, the breadcrumb rules' own)
_SITE_SECTION = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,8}(?:范文网|文库|文秘网|公文网|秘书网|作文网|资料网)"
                           r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6}){1,2}[ \t\u3000]*$")


def _library_head(line: str) -> bool:
    """Whether a line heading the page is a library's section trail or a template site's name with its section.

    Examples
    --------
    >>> _library_head("文库 热门资料 主题教育"), _library_head("某某范文网 表态发言"), _library_head("精选 县长 禁毒会议 讲话")
    (True, True, False)
    """
    if _LIBRARY_TRAIL.match(line):
        return bool(_LIBRARY_SECTION.search(line)) and not _TITLE_WORD.search(line)
    return bool(_SITE_SECTION.match(line)) and "首页" not in line
#: a site's slogan: three or more four-character phrases between 、, spaces or dots, no sentence end
_SLOGAN = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{4}[ \t\u3000]*[、,，·•|｜ \t\u3000][ \t\u3000]*){2,}[\u4e00-\u9fff]{4}[ \t\u3000]*$")


def page_meta(st: CleaningState, *, max_chars: int = 200) -> None:
    """Metadata rows (发布时间, 来源, 作者 …); a ``标题:`` row gives the page title.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 200
        Longer lines are never metadata rows.

    Examples
    --------
    >>> st = CleaningState("标题:全县创文推进会讲话\\n来源:网友投稿 点击:128\\n同志们:")
    >>> page_meta(st)
    >>> st.doc.output, st.page_title
    ('\\n\\n同志们:', '全县创文推进会讲话')
    """
    _, view = st.view()
    st.doc.delete_many(category_spans(view), "page_meta")   # a site's category beside or above its row (round 132k)
    _, view = st.view()
    for _, _, line in iter_lines(view, line_prefilter(P.TITLE_FIELD)):
        m = P.TITLE_FIELD.match(line)
        if m and not st.page_title:
            st.page_title = m.group("title").strip()

    def is_meta(line: str) -> bool:
        if len(line) > max_chars:
            return False
        return bool(P.META.match(line) or len(P.META_MULTI.findall(line)) >= 2)

    # a page whose only prose is a summary row (a video's page: 摘要:近日,记者从…获悉,…。) keeps the summary's text
    _, view = st.view()
    teasers = [(s, line) for s, _, line in iter_lines(view, line_prefilter(P.HEAD_TEASER)) if P.HEAD_TEASER.match(line)]
    if teasers and not any(_PROSE_LINE.search(line) for _, _, line in iter_lines(view) if not P.HEAD_TEASER.match(line)):
        st.doc.delete_many([(s, s + P.HEAD_TEASER.match(line).end()) for s, line in teasers], "page_meta")
    # a row glued to a report's first sentence by a name (责任编辑:某某今年…) loses the row only
    _, view = st.view()
    heads = [(s, s + cut) for s, _, line in iter_lines(view, _NAME_LABEL)
             if P.META.match(line) and len(line) <= max_chars and (cut := meta_head_end(line)) is not None]
    st.doc.delete_many(heads, "page_meta")
    # the rows of a metadata block whose labels the patterns do not know go with the block's known rows (first: the
    # positions of the known rows are read on the page as it is)
    _, view = st.view()
    st.doc.delete_many(block_rows(view, is_meta), "page_meta")
    st.delete_lines(is_meta, "page_meta", candidates=line_prefilter(P.META, P.META_MULTI))


#: a row of a metadata block: a bullet, a short label, a colon and a short value with no clause (• 撰稿编辑:王某);
#: not an ordinal's row (一是:抓落实) or a salutation
_BLOCK_ROW = re.compile(r"^[ \t\u3000]*(?:[•·\-*][ \t\u3000]*)?(?![一二三四五六七八九十]是|第[一二三四五六七八九十]|其[一二三四]|首先|其次|最后)"
                        r"[\u4e00-\u9fff]{2,6}[ \t\u3000]*[:：][ \t\u3000]*[^\n。！？!?；;,，:：]{1,30}$")


def block_rows(view: str, is_meta) -> list[tuple[int, int]]:
    """The rows of a metadata block beside the rows ``is_meta`` knows, whose labels it does not know.

    A page lists its metadata as a block of ``label:value`` rows, one a line (• 时间:… • 新闻引据:采访
    • 撰稿编辑:某某); a row that touches a known row (no other line between, blank lines aside) and has the shape
    of one goes too, and so on along the block.  The known rows themselves are not returned.

    Examples
    --------
    >>> view = "某县召开推进会\\n• 时间:2022-02-15\\n\\n• 新闻引据:采访\\n• 撰稿编辑:王某\\n一是:抓落实\\n今天召开会议。"
    >>> [view[s:e] for s, e in block_rows(view, lambda t: "时间" in t)]
    ['• 新闻引据:采访', '• 撰稿编辑:王某']
    """
    if ":" not in view and "：" not in view:
        return []
    lines = list(iter_lines(view))
    known = {k for k, (_s, _e, line) in enumerate(lines) if (":" in line or "：" in line) and is_meta(line)}
    block, todo, out = set(known), list(known), []
    while todo:
        k = todo.pop()
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and not lines[j][2].strip():
                j += step           # blank lines between the rows
            if 0 <= j < len(lines) and j not in block and _BLOCK_ROW.match(lines[j][2]) \
                    and not P.SALUTATION.search(lines[j][2]):
                block.add(j)
                todo.append(j)
                out.append(lines[j][:2])
    return sorted(out)


_PROSE_END = re.compile(r"[。！？!?]")
_NAME_LABEL = re.compile(r"(?:责任编辑|责编|编辑|作者|审核|终审|初审|校对|发布人|发布者|录入者|录入|通讯员|记者)[ \t\u3000]*[:：][ \t\u3000]*")
#: how a report's first sentence opens: a time word, a date, a preposition, a collective subject
_LEAD_OPENER = re.compile(r"今年|去年|近日|日前|近期|昨日|昨天|今天|今日|近年来|当前|目前|为了?|在|据|随着|截至|自|从|按照|根据|围绕|"
                          r"全[县市省区镇乡]|我[县市省区镇乡]|本报|记者|\d|[(（“《]")


#: a line of prose: twenty Chinese characters or more and a sentence's end
_PROSE_LINE = re.compile(r"[\u4e00-\u9fff][^\n]{18,}[。！？!?]")


def meta_head_end(line: str) -> int | None:
    """Where a metadata row glued to a report's first sentence ends, when the row closes on a name (责任编辑:某某今年…).

    The name is two or three characters: three only when the sentence then opens as a report opens (今年, 近日, a date,
    为, 在 …), else two (a character of the name left is better than one of the sentence lost).  None when the line
    holds no sentence after its labels (the whole line is the row).

    Examples
    --------
    >>> line = "发布时间:2024-06-19 14:34 | 来源:某网 | 责任编辑:夏竹今年6月是全民禁毒宣传月,全县开展宣传活动。"
    >>> line[meta_head_end(line):]
    '今年6月是全民禁毒宣传月,全县开展宣传活动。'
    >>> line = "来源:某局 作者:王建国近日,全县召开推进会,部署人居环境整治工作。"
    >>> line[meta_head_end(line):]
    '近日,全县召开推进会,部署人居环境整治工作。'
    >>> meta_head_end("发布时间:2024-06-19 来源:某网 作者:夏竹"), meta_head_end("来源:某网今年全县开展宣传活动。")
    (None, None)
    """
    labels = list(_NAME_LABEL.finditer(line))
    if not labels or not _PROSE_END.search(line, labels[-1].end()):
        return None
    start = labels[-1].end()
    rest = line[start:]
    if cjk_counts(rest)[0] < 16 or cjk_counts(rest[:3])[0] < 3:      # a sentence, opening on three characters
        return None
    for k in (2, 3):
        if _LEAD_OPENER.match(rest, k):
            return start + k
    return start + 2


#: The words of a copyright footer that no speech sentence holds (a footer glued after a voiced paragraph).
_FOOTER_WORD = re.compile(r"版权所有|版权归|copyright|©(?=[ \t\u3000]*(?:[(（]?\d{4}|[A-Za-z\u4e00-\u9fff]|$))|icp备|icp证|备案号|公网安备|禁止转载|不得转载|侵权必究|如有侵权|免责声明", re.I)


#: words of a site's blurb about its texts (演讲稿具有条理性…), which is no speech before a footer
_BLURB_WORD = re.compile(r"演讲稿|讲话稿|发言稿|致辞稿|主持词|范文|心得体会|本文|小编|本站|下文|以下是|文章|文档|网友")


#: what a footer says about the site (本站部分内容来自网络, 本站所有文章…, 如有侵权请联系本站删除)
_SITE_NOTICE_WORD = re.compile(r"版权|转载|复制|侵权|删除|声明|联系|所有|保留|免责|下载|会员|广告|收藏|内容|文章|资料|来源|提供|投稿|"
                               r"网友|用户|发布|仅代表|观点|访问|欢迎|光临|浏览")


def _site_word_in_a_report(line: str) -> bool:
    """A report's sentence that names the site's own reporter or office (活动结束后,本站记者对到场领导进行了采访。):
    本站 is its only footer word, nothing the site's notices say is on the line, and it is a clause-built sentence."""
    hits = {m.group() for m in P.FOOTER.finditer(line)}
    s = line.strip()
    return (hits == {"本站"} and not _SITE_NOTICE_WORD.search(s) and s.endswith(("。", "！", "!"))
            and ("," in s or "，" in s) and cjk_counts(s)[0] >= 12)


def _prose_before(line: str, *, min_cjk: int = 20) -> bool:
    """A sentence of prose (``min_cjk`` Chinese characters, a comma, no blurb word) ends before the first footer word.

    Each sentence is read on its own (:func:`corpusmine.text.site_intros.prose_count`), so a breadcrumb glued before
    the speech (首页 > 范文大全 > 讲话稿四是…) does not make the speech after it a blurb (speech_loss seed 1: eight
    sentences of a flattened page went with the footer).
    """
    m = P.FOOTER.search(line)
    return bool(m) and prose_count(line[:m.start()], min_cjk=min_cjk, exclude=_BLURB_WORD) > 0


def _owned_inside_only(line: str) -> bool:
    """Every footer word of the line is a site's copyright glued inside a sentence (…殷切的某某之家版权所有希望。): the line
    is speech, and :func:`corpusmine.text.writer_notes.writer_notes` takes the glued piece out of it."""
    return not P.FOOTER.search(GLUED_OWNED.sub("", line))


#: the speaker offering their points (我就…讲几点意见,供大家参考): a site's blurb speaks as 小编 or 本站, never so
_FIRST_PERSON = re.compile(r"我|咱们|讲几点|谈几点|几点意见|几点看法|几点体会")


def blurbs(st: CleaningState, *, max_chars: int = 300) -> None:
    """Editor blurbs, related-article lists, copyright footers and paywall lines.

    Parameters
    ----------
    st : CleaningState
    max_chars : int, default 300
        Longer lines are body text, whatever words they contain.

    Examples
    --------
    >>> st = CleaningState("以下是小编整理的讲话稿,供大家参考。\\n同志们:\\n要抓好落实。\\n相关推荐:创文讲话")
    >>> blurbs(st)
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。\\n'
    """
    c = line_prefilter       # each predicate is tried only on lines holding its pattern's literals
    def is_blurb(line: str) -> bool:
        # a speaker's own 讲几点意见,供大家参考 (held-out round 42) stays: the weak words count only outside the voice
        # and a speaker who is an editor (我是某某图书馆的小编,非常荣幸…; round 287k) says so without a site's blurb
        line_ = SELF_EDITOR.sub("", line)
        return len(line) < max_chars and (bool(P.BLURB.search(P.BLURB_WEAK.sub("", line_)))
                                           or (bool(P.BLURB_WEAK.search(line)) and not in_speech_voice(line)
                                               and not _FIRST_PERSON.search(line) and not speaker_closing(line)))

    st.delete_lines(is_blurb, "editor_blurb", candidates=c(P.BLURB))
    st.delete_lines(lambda l: bool(P.RECOMMEND.match(l)), "recommend_list", candidates=c(P.RECOMMEND))
    voice = in_speech_voice   # footer/paywall words (本站, 客服, 付费) occur in speech too: a line in its voice stays
    # nor is a part in that voice cut off a line; a voiced line loses only a footer glued after its last sentence,
    # found by the footer's unambiguous words (本站, 客服 also occur in speech: 本站共接待群众1200人次。)
    # a line whose footer follows a sentence of prose (…预祝比赛圆满成功!“某某之家”版权所有) is speech with the footer
    # glued to it: only the glued tail goes (session k: the whole line went when the sentence was not in the voice)
    st.delete_lines(lambda l: len(l) < max_chars and bool(P.FOOTER.search(l)) and not voice(l) and not _prose_before(l)
                    and not _site_word_in_a_report(l) and not _owned_inside_only(l),
                    "copyright_footer", candidates=c(P.FOOTER), keep=speaks, glued=_FOOTER_WORD)
    st.delete_lines(lambda l: len(l) < max_chars and bool(P.PAYWALL_LINE.search(l)) and not voice(l), "paywall_preview",
                    candidates=c(P.PAYWALL_LINE), keep=speaks)


def inline_noise(st: CleaningState) -> None:
    """PDF page footers, "hidden N characters" markers and pinyin glosses inside lines.

    Examples
    --------
    >>> st = CleaningState("要整治牛皮癣(xuǎn)广告。第1页 共3页")
    >>> inline_noise(st)
    >>> st.doc.output
    '要整治牛皮癣广告。'
    """
    st.delete_matches(P.PDF_FOOTER, "pdf_page_footer")
    st.delete_matches(P.PAYWALL_MARK, "paywall_marker")
    st.delete_matches(P.PINYIN, "pinyin_gloss")
    _, view = st.view()
    if (m := _CUT_GLOSS.search(view, max(0, len(view) - 12))) and len(P.PINYIN.findall(st.input_view())) >= 2:
        st.doc.delete_many([m.span()], "pinyin_gloss")    # a gloss cut by the page's end (……为实(sh), round 84)


#: a pinyin gloss cut by the end of the page, right after a Chinese character
_CUT_GLOSS = re.compile(rf"(?<=[{P.CJK}])[(（][a-zü{P.PINYIN_VOWEL}]{{1,6}}[ \t\u3000\n]*\Z")


def paragraph_spaces(st: CleaningState) -> None:
    """Runs of two or more spaces inside a line separate paragraphs in some pages.

    Examples
    --------
    >>> st = CleaningState("同志们:    要抓好落实。")
    >>> paragraph_spaces(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    out, view = st.view()
    st.doc.replace_many([(m.start(), m.end(), "\n") for m in finditer(P.PARA_SPACES, view)], "paragraph_break")


def watermarks(st: CleaningState) -> None:
    """Site names (from ``site_chrome.yaml`` and the page's own footer) inside the text.

    Examples
    --------
    >>> st = CleaningState("我老秘网县要抓实抓细抓出成效。", watermarks=["老秘网"])
    >>> watermarks(st)
    >>> st.doc.output
    '我县要抓实抓细抓出成效。'
    """
    if not st.watermarks:
        return
    names = sorted(st.watermarks, key=len, reverse=True)
    st.delete_matches(re.compile("|".join(map(re.escape, names))), "watermark")


def placeholders(st: CleaningState) -> None:
    """Anonymisation marks (xx, ××, 20xx, template slots) become :data:`corpusmine.config.PLACEHOLDER`.

    A mark that is all a pair of brackets holds (the year of a document
    number, 中办发〔20xx〕22号) is replaced together with its brackets, so
    the placeholder's own brackets are not doubled (〔某〕, not 〔〔某〕〕).

    Examples
    --------
    >>> st = CleaningState("今天我们召开xx年创文工作推进会,按照中办发〔20xx〕22号文件要求。")
    >>> placeholders(st)
    >>> st.doc.output
    '今天我们召开〔某〕年创文工作推进会,按照中办发〔某〕22号文件要求。'
    """
    for rule, pat in P.PLACEHOLDERS:
        out, view = st.view()
        if not may_match(pat, view):
            continue      # no match: no replacement
        spans = []
        for m in finditer(pat, view):
            a, b = m.start(), m.end()
            if b <= a:
                continue
            if rule == "placeholder" and a > 0 and b < len(view) and P.BRACKETS.get(view[a - 1]) == view[b]:
                a, b = a - 1, b + 1
            spans.append((a, b, config.PLACEHOLDER))
        st.doc.replace_many(spans, rule)


def to_simplified(st: CleaningState) -> None:
    """Convert Traditional script to Simplified with the conversion that undoes it.

    Sets ``st.conversion`` (None for a Simplified page); see
    :func:`corpusmine.text.script.detect_conversion`.

    Examples
    --------
    >>> st = CleaningState("把國家巨集觀調控作為城市發展的新機遇,有大量優秀專案參展。")
    >>> to_simplified(st)
    >>> st.conversion, st.doc.output
    ('tw2sp', '把国家宏观调控作为城市发展的新机遇,有大量优秀项目参展。')
    """
    out = st.doc.output
    st.conversion = detect_conversion(out)
    if not st.conversion:
        return
    _, origin = st.doc.render()
    rule = f"to_simplified:{st.conversion}"
    edits = []
    # convert maximal runs of kept input text, one line at a time
    i = 0
    n = len(out)
    while i < n:
        if origin[i] < 0 or out[i] == "\n":
            i += 1
            continue
        j = i
        while j < n and origin[j] >= 0 and out[j] != "\n" and (j == i or origin[j] == origin[j - 1] + 1):
            j += 1
        seg = out[i:j]
        for a, b, rep in diff_replacements(seg, convert_script(seg, st.conversion)):
            edits.append((i + a, i + b, rep))
        i = j
    st.doc.replace_many(edits, rule)


def _closing_quote(text: str, pos: int) -> bool:
    """Whether the “ or ‘ that ends the line before ``pos`` closes a quotation (typed with the opening mark).

    Pages often type a closing quote as “: the line …创文靠民。“ holds as many opening marks as closing ones
    once the last is read as closing, so no sentence runs on to the next line.
    """
    if pos == 0 or text[pos - 1] not in "“‘":
        return False
    mark = text[pos - 1]
    line = text[text.rfind("\n", 0, pos - 1) + 1:pos - 1]
    closing = "”" if mark == "“" else "’"
    return line.count(mark) > line.count(closing)


def whitespace(st: CleaningState) -> None:
    """Stray spaces inside Chinese text, then blank lines and line-edge white space.

    Examples
    --------
    >>> st = CleaningState("  同志们:\\n\\n\\n要抓好 落实。  \\n")
    >>> whitespace(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    # (each ``del out`` lets the old output go before the next one is rendered: on a page of
    # hundreds of megabytes that is the peak memory of the whole cleaning)
    out = st.view()[0]
    spans = [(m.start(), m.end()) for m in finditer(P.STRAY_SPACE, out)]
    del out
    st.doc.delete_many(spans, "stray_space")
    out = st.view()[0]
    spans = line_edge_spans(out, P.LINE_EDGE)
    del out
    st.doc.delete_many(spans, "whitespace")
    # a line break after an opening bracket or before punctuation no line may start with (the 禁则 of
    # Chinese typesetting: 》、，。…) is inside a sentence: pages that put each link on its own line
    # give 制定了《\n国家中长期科学和技术发展规划纲要\n》。 and 法律\n、\n法规
    out = st.view()[0]
    spans = [(m.start(), m.end()) for m in finditer(P.SENTENCE_BREAK, out) if not _closing_quote(out, m.start())]
    del out
    st.doc.delete_many(spans, "sentence_break")
    # collapse newline runs to one newline; drop leading/trailing newlines
    out = st.view()[0]
    spans = [(m.start() + 1, m.end()) for m in re.finditer(r"\n{2,}", out)]
    del out
    st.doc.delete_many(spans, "whitespace")
    out = st.view()[0]
    if out.endswith("\n"):
        end = start = len(out)       # the final run of newlines (what re.search(r"\n+$") finds), read backwards
        while start > 0 and out[start - 1] == "\n":
            start -= 1
        del out
        st.doc.delete(start, end, "whitespace")
        out = st.view()[0]
    if out.startswith("\n"):
        m = re.match(r"\n+", out)
        st.doc.delete(m.start(), m.end(), "whitespace")

