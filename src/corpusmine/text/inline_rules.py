"""Chrome inside the lines of a speech, HTML leftovers and ASCII junk.

The line families of :mod:`corpusmine.text.chrome_rules` remove whole lines;
these rules remove what sits *inside* a line (a 本文来自XX网,更多请访问www…
sentence glued to a paragraph, a ↑ footnote marker, a toneless pinyin gloss,
an HTML tag, a pipe tail) and the lines of printable ASCII that anti-copy
scripts and converters leave on a Chinese page.  Every removal is an audited
edit with the rule's name.

Examples
--------
>>> st = CleaningState("同志们:<br/>\\n要抓好落实。本文来自范文网,更多请访问www.fanwen.com")
>>> html_tags(st); inline_chrome(st)
>>> st.doc.output
'同志们:\\n要抓好落实。'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.anchors import ANCHORED
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.guards import finditer, line_prefilter, may_match
from corpusmine.text.lines import iter_lines
from corpusmine.text.script import cjk_counts

__all__ = ["ascii_junk", "html_tags", "inline_chrome", "inserted_marks", "lost_and_inserted"]


#: the punctuation entities a page leaves in its text, and the marks they stand for
_ENTITY_MARKS = {"ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…", "middot": "·",
                 "times": "×"}
#: its ampersand may be lost (细菌战活体实验hellip;hellip;我们, round 111k): a Chinese text writes no such word
_QUOTE_ENTITY = re.compile(r"(?:&|(?<![A-Za-z&]))(ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot);"
                           # round 214k: a placeholder's ×× left as times;times; after a Chinese word or mark (English
                           # writes "three times; …" with a space before, which stays)
                           r"|(?:&|(?<=[\u4e00-\u9fff。，,；;:：、(（×])|(?<=[\u4e00-\u9fff][ \t\u3000])(?=times;[\u4e00-\u9fff]))"
                           r"(times);", re.I)   # …or between a Chinese word's blank and a word (副市长 times;同志; round 248k)


def html_tags(st: CleaningState) -> None:
    """HTML tags (<p>, <br/>, <span …>) and ``&nbsp;`` left in a text page; a quote's entity becomes its mark.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("同志们:<br/>\\n<p>要抓好落实。</p>&nbsp;")
    >>> html_tags(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    st.delete_matches(P.HTML_TAG, "html_leftover")
    _, view = st.view()
    if "&" in view or ";" in view:     # round 109: a quote's entity left in the text (&ldquo;十二五&rdquo;) becomes its mark
        st.doc.replace_many([(m.start(), m.end(), _ENTITY_MARKS[(m[1] or m[2]).lower()]) for m in _QUOTE_ENTITY.finditer(view)],
                            "html_leftover")


def inline_chrome(st: CleaningState) -> None:
    """Chrome inside lines: 本文来自XX网,更多请访问www… sentences, ↑ footnote markers, toneless pinyin, a document
    site's editable-download note and a WeChat article's head (round 223k).

    Toneless glosses (的(de)) are removed only on a page that also has two or
    more toned ones (明(míng)), so a Latin word in brackets elsewhere stays.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要抓好落实。本文来自范文网,更多请访问www.fanwen.com\\n党的十六大↑提出目标。")
    >>> inline_chrome(st)
    >>> st.doc.output
    '要抓好落实。\\n党的十六大提出目标。'
    """
    st.delete_matches(P.SOURCE_SENTENCE, "source_footer")
    # each family below is searched only on a page holding its literal (a cheap test on a large page)
    for needles, pattern, rule in P.INLINE_FAMILIES:
        _, view = st.view()
        if any(n in view for n in needles):
            st.delete_matches(pattern, rule)
    for needles, pattern, rule in P.TAIL_FAMILIES:
        _, view = st.view()
        # (an anchored tail's finditer looks for its anchors itself: no other scan first)
        if pattern in ANCHORED or ((not needles or any(n in view for n in needles)) and may_match(pattern, view)):
            st.doc.delete_many([m.span("tail") for m in finditer(pattern, view)], rule)
    _, view = st.view()
    end = len(view.rstrip())
    last_start = view.rfind("\n", 0, end) + 1
    before = view[:last_start].rstrip()
    if before and P.NAME_LINE.match(view[last_start:end]) and before[-1] in P.SENT_END:
        st.doc.delete(last_start, end, "byline")  # a reporter's name ending the page
    _, view = st.view()
    if "|" in view or "｜" in view:
        spans = []
        for m in P.TRAILING_PIPE.finditer(view):
            a = m.start()
            while a > 0 and view[a - 1] in " \t":
                a -= 1
            line_start = view.rfind("\n", 0, a) + 1
            if a > line_start and (view[a - 1] in "。！？”)）" or a < m.start()):
                spans.append((a, m.end()))
        st.doc.delete_many(spans, "site_interface")
    st.delete_matches(P.FOOTNOTE_MARK, "footnote_marker")
    for needles, pattern, rule in _SITE_FAMILIES:
        _, view = st.view()
        if any(n in view for n in needles):
            st.delete_matches(pattern, rule)
    lost_and_inserted(st)
    inserted_marks(st)
    _, view = st.view()
    # the page's toned glosses counted as it came (a rule above removed them: 被倒掉的(de)食物; round 216k)
    base = st.input_view()
    if may_match(P.PINYIN, base) and sum(1 for _ in finditer(P.PINYIN, base)) >= 2:
        st.delete_matches(P.PINYIN_TONELESS, "pinyin_gloss")


#: a document site's note that the file downloads as an editable document, glued before the title (精品WORD文档下载可编缉
#: 使用某某讲话稿…; round 223k)
_EDITABLE_NOTE = re.compile(r"(?:精品)?[ \t]*(?:WORD|DOCX?|PDF)?[ \t]*文档[ \t]*下载(?:后)?[ \t]*(?:可以|即可|可)?[ \t]*编[辑缉](?:修改)?(?:使用)?",
                            re.I)
#: a template site's nudge glued after its blurb, before the speech (…希望对您有所帮助!喜欢就下载吧。尊敬的…; round 226k)
_DOWNLOAD_NUDGE = re.compile(r"喜欢(?:的话)?(?:就|请)?(?:点击)?下载吧[。!！]?")
#: a WeChat article's head copied into a page: title, author, account, its id and blurb, the date, its topic label
#: (某某讲话 某某 稿子 微信号 abc功能介绍 …!2017-08-28 收录于话题; round 223k)
_WECHAT_HEAD = re.compile(r"^[^\n]{0,80}?微信号[ \t:：]*[A-Za-z0-9_\-]{3,30}[ \t]*功能介绍[^\n]{0,160}?\d{4}-\d{1,2}-\d{1,2}"
                          r"(?:[ \t]*收录于(?:话题|合集)?)?", re.M)
#: a site's watermark glued after a paragraph's last sentence: a few random letters, its name, its short name in
#: brackets (…举行座谈会。nRu某某中文网站【某某网】; round 224k)
_WATERMARK_TAIL = re.compile(r"(?<=[。！？!?”])[ \t]*[A-Za-z0-9]{2,5}[\u4e00-\u9fff]{2,16}(?:网站|网)【[^】\n]{2,10}网】(?=[ \t]*$)", re.M)
#: a record's preview label opening the line of the text it previews (文章预览 : 各位老师、各位家长:…; round 228k)
_PREVIEW_LABEL = re.compile(r"^[ \t\u3000]*(?:文章|内容|正文|全文)(?:预览|預覽)[ \t\u3000]*[:：][ \t\u3000]*(?=[^\s])", re.M)
#: (literals, pattern, rule) of the site families above, read after the footnote marks like patterns.INLINE_FAMILIES
_SITE_FAMILIES: tuple[tuple[tuple[str, ...], re.Pattern, str], ...] = (
    (("编",), _EDITABLE_NOTE, "download_panel"),
    (("下载吧",), _DOWNLOAD_NUDGE, "download_panel"),
    (("微信号",), _WECHAT_HEAD, "site_name"),
    (("网】",), _WATERMARK_TAIL, "site_name"),
    (("预览", "預覽"), _PREVIEW_LABEL, "page_meta"),
)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def lost_and_inserted(st: CleaningState) -> None:
    """Characters lost or inserted inside a word: mojibake with Latin letters, lost brackets, a lone '#'.

    * a character lost to a wrong decoding, with its bytes read as Latin
      letters, after a Chinese character (会议??h人大常委会…, 推动?jì妇女):
      the '?' and the letters go (rule ``ascii_junk``);
    * brackets lost to '?' around one character inside a word (村?居?委会 for
      村(居)委会): the two '?' go (rule ``anti_copy``);
    * a '#' between two Chinese characters on a line without another '#'
      (同#志: an anti-copy insertion; #话题# stays) (rule ``anti_copy``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("县里召开会议??h长出席并讲话。\\n各村?居?委会要抓好落实,某某同#志作部署。\\n#乡村振兴#要抓实。你好吗?ok")
    >>> lost_and_inserted(st)
    >>> st.doc.output
    '县里召开会议长出席并讲话。\\n各村居委会要抓好落实,某某同志作部署。\\n#乡村振兴#要抓实。你好吗?ok'
    """
    _, view = st.view()
    junk, inserted = [], []
    if "?" in view:     # a wrong decoding writes an ASCII question mark
        junk = [m.span() for m in finditer(P.MOJIBAKE_GLUED, view)
                if m.start() > 0 and m.end() < len(view) and not view[m.end()].isspace()
                and (_cjk(view[m.start() - 1])      # a gloss run after a garbled bracket (浽谌〗?jīng)濟, round 120k) too
                     or (m.group().endswith(")") and ord(view[m.start() - 1]) > 0x2000))]
        inserted = [span for m in finditer(P.LOST_BRACKETS, view) if m.start() > 0 and m.end() < len(view)
                    and _cjk(view[m.start() - 1]) and _cjk(view[m.end()]) for span in ((m.start(), m.start() + 1), (m.end() - 1, m.end()))]
    i = view.find("#")
    while i >= 0:
        s, e = view.rfind("\n", 0, i) + 1, view.find("\n", i)
        e = len(view) if e < 0 else e
        if 0 < i < len(view) - 1 and _cjk(view[i - 1]) and _cjk(view[i + 1]) and view.count("#", s, e) == 1:
            inserted.append((i, i + 1))
        i = view.find("#", i + 1)
    st.doc.delete_many(junk, "ascii_junk")
    if inserted:
        st.doc.delete_many(sorted(_shift(inserted, junk)), "anti_copy")


def _inside_quotes(view: str, i: int) -> bool:
    """Whether position ``i`` of a line-bounded view is inside “…”, 「…」 or 《…》 opened on its line."""
    s = view.rfind("\n", 0, i) + 1
    return (view.count("“", s, i) > view.count("”", s, i) or view.count("《", s, i) > view.count("》", s, i)
            or view.count("「", s, i) > view.count("」", s, i))


def _in_sentence(view: str, i: int) -> bool:
    """Whether the line holding position ``i`` reads as prose: it holds a comma or a full stop."""
    s, e = view.rfind("\n", 0, i) + 1, view.find("\n", i)
    line = view[s:] if e < 0 else view[s:e]
    return any(c in line for c in ",，。")


#: a site's name spelt with dots between its characters, its last one 网 or 站 (“优.习.网”), quotes and all
_DOTTED_NAME = re.compile(r"[“\"「『]?[\u4e00-\u9fff](?:[.．·•][\u4e00-\u9fff]){1,4}[.．·•](?:网|站)[”\"」』]?")
#: one ASCII dot between two Chinese characters
_LONE_DOT = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")
_GREEK_INSERT = re.compile(r"(?<=[\u4e00-\u9fff)）])([\u0370-\u03ff])(?=[\u4e00-\u9fff(（!！])")
_GLOSS_INSERT = re.compile(r"[(（][a-zü\u00e0-\u01dc]{0,4}([^\sa-zü\u00e0-\u01dc()（）\u4e00-\u9fff,，。])[a-zü\u00e0-\u01dc]{1,5}[)）]")


def inserted_marks(st: CleaningState, *, min_marks: int = 2) -> None:
    """Characters an anti-copy or anti-filter script inserts inside words, and empty source tags.

    * a letter of a script Chinese text never writes inside a word (Hangul,
      Thai, Cyrillic …) or a pictographic symbol (⚥ ✪ ☆) between two Chinese
      characters (恶X性), on a page with ``min_marks`` or more of them;
    * an ASCII hyphen splitting a word (民-主), not one of a chain (省-市-县),
      in a prose line and outside quotes and titles (“莲都-叙永”, 「中国香港-葡萄牙」), on a page
      with ``min_marks`` or more different ones (the same name written twice,
      某某年-某某博览会, stays);
    * an empty source tag left when a site's name was cut out: (来自).

    All three go with rule ``anti_copy``; one such character on a page stays.
    A site's claim glued inside a paragraph, naming the site twice
    (某某网本资料权属某某网,…查看某某网更多资料), goes with rule ``source_footer``.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要发扬民-主,反映社情民-意。会上强调要严防恶유性事故,我讲⚥三点。(来自)要抓落实。\\n省-市-县三级联动。")
    >>> inserted_marks(st)
    >>> st.doc.output
    '要发扬民主,反映社情民意。会上强调要严防恶性事故,我讲三点。要抓落实。\\n省-市-县三级联动。'
    >>> st = CleaningState("要推动经济社会某某网本资料权属某某网,放上鼠标查看某某网更多资料发展。")
    >>> inserted_marks(st)
    >>> st.doc.output
    '要推动经济社会发展。'
    >>> st = CleaningState("开通“京-沪”专线,推进长-株-潭一体化,再讲☆一点。")
    >>> inserted_marks(st)
    >>> st.doc.output
    '开通“京-沪”专线,推进长-株-潭一体化,再讲☆一点。'
    """
    _, view = st.view()
    spans = []
    foreign = [m.span() for m in P.FOREIGN_INSERT.finditer(view)]
    glossed = [m.span(1) for m in _GLOSS_INSERT.finditer(view)] if "(" in view or "（" in view else []
    if len(foreign) + len(glossed) >= min_marks:   # a symbol inside a gloss (就(j★iù)) is no speaker's; on a page so marked,
        spans.extend(foreign + glossed)             # a Greek letter between words goes too (日λ对; round 216k), never alone
        spans.extend(m.span(1) for m in _GREEK_INSERT.finditer(view))    # (a scientist's β受体 stays)
    if "-" in view:
        hyphens = [m.span() for m in P.CJK_HYPHEN.finditer(view)
                   if _in_sentence(view, m.start()) and not _inside_quotes(view, m.start())]
        if len({view[a - 1:b + 1] for a, b in hyphens}) >= min_marks:   # one name repeated (某某年-某某会) is no filter
            spans.extend(hyphens)
    spans.extend(_empty_source_tags(view))
    if "." in view or "．" in view or "·" in view:
        # a site's name spelt with dots and stamped inside sentences (“优.习.网”), and on such a page the lone dots the
        # same script put between two characters (的.调整; round 269k)
        stamps = [m.span() for m in _DOTTED_NAME.finditer(view)]
        if stamps:
            spans.extend(stamps)
            spans.extend(m.span() for m in _LONE_DOT.finditer(view) if not any(a <= m.start() < b for a, b in stamps))
    if spans:
        st.doc.delete_many(sorted(set(spans)), "anti_copy")
    if "权属" in view or "归属" in view or "属于" in view:
        _, view = st.view()
        st.doc.delete_many(_site_claims(view), "source_footer")


def _empty_source_tags(view: str) -> list[tuple[int, int]]:
    """Spans of empty source tags ((来自)): each opening bracket found with ``str.find``, the tag read from it."""
    spans = []
    for opener in P.EMPTY_SOURCE_OPEN:
        i = view.find(opener)
        while i >= 0:
            m = P.EMPTY_SOURCE_TAG.match(view, i)
            if m:
                spans.append(m.span())
            i = view.find(opener, i + 1)
    return sorted(spans)


def _site_claims(view: str, *, max_name: int = 10) -> list[tuple[int, int]]:
    """Spans of a site's claims naming the site the same before and after (某某网本资料权属某某网,…更多资料)."""
    spans = []
    for m in P.SITE_CLAIM.finditer(view):
        for k in range(2, max_name + 1):
            name = view[m.end():m.end() + k]
            if name.endswith(P.SITE_NAME_END) and m.start() >= k and view[m.start() - k:m.start()] == name:
                more = P.SITE_CLAIM_MORE.match(view, m.end() + k)
                spans.append((m.start() - k, more.end() if more else m.end() + k))
                break
    return spans


def _shift(spans: list[tuple[int, int]], removed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of a view moved to the view left after ``removed`` (sorted, disjoint from them) went."""
    if not removed:
        return spans
    out = []
    for a, b in spans:
        gone = sum(e - s for s, e in removed if e <= a)
        out.append((a - gone, b - gone))
    return out


def _stray_lines(view: str) -> set[tuple[int, int]]:
    """The spans of the lines of marks only or of English words alone (:data:`patterns.STRAY_LINE`)."""
    found = {m.span("line") for m in P.STRAY_LINE.finditer(view) if m.group("line").strip()}
    first = P.STRAY_LINE.match("\n" + view[:200].split("\n", 1)[0])      # the page's first line
    if first and first.group("line").strip() and first.end() == len(first.string):
        found.add((0, first.end() - 1))
    return found


_NAME_WORD = re.compile(r"[ \t]*[A-Z]?[a-z]+[A-Z][A-Za-z]*[ \t]*|[ \t]*[A-Z][a-z]{3,}[ \t]*")


def _word_in_sentence(view: str, s: int, e: int) -> bool:
    """Whether ``view[s:e]`` is one Latin name (WhatsApp, Excel) between two lines of one sentence: the line above
    ends in a Chinese character, the one below starts with one."""
    if not _NAME_WORD.fullmatch(view[s:e]) or s < 2 or e >= len(view) - 1:
        return False
    return bool(re.match(r"[\u4e00-\u9fff]", view[e + 1:e + 2])) and bool(re.match(r"[\u4e00-\u9fff]", view[s - 2:s - 1]))


def ascii_junk(st: CleaningState, *, min_cjk_share: float = 0.5) -> None:
    """Lines of printable ASCII only (no Chinese) on a Chinese page: anti-copy strings and converter watermarks.

    A line of one run of 6-60 characters (sevralgoup, mbthwi±cyxfzP23dqFG) or of
    four or more tokens of at most three characters ("/ G- k; W% a%") goes; so
    do a line of marks only (a lone ``]`` or ``:``, a row of dots or ellipses)
    and one to four English words alone on a line (The Beginning); a
    page whose letters are less than ``min_cjk_share`` Chinese is left alone,
    and so are English sentences (five words or more, or punctuated), short
    acronyms (GDP), a wrapped closing quote or sentence end, and URLs inside
    Chinese lines.

    Parameters
    ----------
    st : CleaningState
    min_cjk_share : float, default 0.5
        Share of Chinese among the page's letters needed for the rule to apply.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("同志们:\\n要把创建文明城市作为重要载体。\\nsevralgoup\\n/ G- k; W% a% |( ^#\\nGDP增长5%。")
    >>> ascii_junk(st)
    >>> st.doc.output
    '同志们:\\n要把创建文明城市作为重要载体。\\n\\n\\nGDP增长5%。'
    >>> st = CleaningState("The Beginning\\n同志们:\\n要把创建文明城市作为重要载体,抓好落实。\\n………………\\n]\\nGDP\\n”\\n谢谢大家!")
    >>> ascii_junk(st)
    >>> st.doc.output
    '\\n同志们:\\n要把创建文明城市作为重要载体,抓好落实。\\n\\n\\nGDP\\n”\\n谢谢大家!'
    """
    def chinese(view: str) -> bool:      # counted in constant memory, only when something would go (as before
        cjk, letters = cjk_counts(view)  # the rule removes anything: on the page as it came)
        return bool(letters) and cjk / letters >= min_cjk_share

    _, view = st.view()
    lines = [(s, e) for s, e, l in iter_lines(view, line_prefilter(P.ASCII_JUNK))
             if l.strip() and P.ASCII_JUNK.match(l) and not P.URL.fullmatch(l.strip())]
    # a brand's name inside a sentence a flattened page's line breaker cut around (…新春 / WhatsApp / 贴图,欢迎…, round 139k)
    lines = sorted((s, e) for s, e in set(lines) | _stray_lines(view) if not _word_in_sentence(view, s, e))
    if lines and not chinese(view):
        return
    if lines:
        st.doc.delete_many(lines, "ascii_junk")
        _, view = st.view()
    spans = []
    for m in P.JAMMER.finditer(view):
        run = m.group(0)
        symbols = sum(not ch.isalnum() and not ch.isspace() for ch in run)
        letters = {ch for ch in run if ch.isalpha()}
        if symbols >= 2 and letters and not letters <= {"X", "x"}:     # 近 X / X ,: a template's blanks (round 267k)
            end = m.end()
            if end < len(view) and not view[end].isspace():
                # glued to the text that follows: its digits belong to that text (…Q10月31日 is 10月31日)
                while end > m.start() and view[end - 1].isdigit():
                    end -= 1
            spans.append((m.start(), end))
    if spans and (lines or chinese(view)):
        st.doc.delete_many(spans, "ascii_junk")
