"""Chrome recognised by the SHAPE of a line and its place on the page, not by a site's words.

The families of site chrome keep changing from site to site (edition stamps,
portal menus, widget labels, pagers, related-article titles, credits), but
their shapes repeat:

* **edges** (:func:`page_edges`, in :mod:`corpusmine.text.page_edges`,
  re-exported here): chrome-shaped lines above the speech's first line and
  below its last.
* **credits** (:func:`bracket_credits`): a short bracketed group after the
  last sentence of a paragraph, or alone on a line, that names a source, an
  office or a person ((记者 某某), (某某局), (图文由某某提供), (来源:某某办)).
  Brackets inside a sentence, applause and enumerators stay.
* **repeats** (:func:`repeated_lines`): one short line without a sentence
  end repeated three or more times on a page (a header or footer printed per
  chunk); salutations, applause and headings stay.
* **glosses** (:func:`pinyin_glosses`): toned pinyin after a character in any
  script (網(wǎng)), removed before the line rules so that they see 發表時間
  rather than 發(fā)表時間.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("首页 新闻 图片 视频 专题\\n2023-05-06 10:20 来源:某某网\\n"
...                    "会议强调,要抓好乡村振兴各项工作。\\n要久久为功。(县委办)\\n网友评论\\n相关阅读")
>>> for rule in (pinyin_glosses, page_edges, bracket_credits):
...     rule(st)
>>> st.doc.output
'\\n\\n会议强调,要抓好乡村振兴各项工作。\\n要久久为功。\\n\\n'
"""

from __future__ import annotations

import re
from collections import Counter

from corpusmine.text import patterns as P
from corpusmine.text.edits import iter_lines
from corpusmine.text.guards import finditer, may_match
from corpusmine.text.lines import lines_holding
from corpusmine.text.page_edges import (
    SITE_END, TAIL_KEEP, is_anchor_line, is_count_widget, is_edge_chrome, is_tail_chrome, page_edges,
)
from corpusmine.text.rules import CleaningState
from corpusmine.text.speech_voice import in_speech_voice

__all__ = [
    "bracket_credits", "captions_and_refs", "chunk_numbers", "count_widgets", "date_stamps", "image_captions", "is_count_widget", "is_edge_chrome",
    "is_tail_chrome", "page_edges", "pinyin_glosses", "repeated_lines", "title_sites",
]


_CJK = re.compile(f"[{P.CJK}]")
_SENT = re.compile(r"[。！？!?；;]")
_ENUM_ONLY = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d{1,2}|[(（][一二三四五六七八九十\d]+[)）])\s*[、.．]?\s*$")



#: a bracketed group at the end of a line (after a sentence end or alone); checked in code
_BRACKET_END = re.compile(r"[(（]([^()（）\n。！？!?]{2,40})[)）][ \t]*$", re.M)
_CREDIT_WORD = re.compile(
    r"原标题|记者|通讯员|作者|编辑|责编|编审|审核|审稿|核稿|签发|初审|复审|终审|校对|来源|供图|供稿|提供|摄|图/|文/|图:|文:|报道|整理|撰稿|通讯|融媒|日报|晚报|电视台|新闻"
    r"|記者|通訊員|編輯|責編|審核|來源|供圖|攝|報道|日報|晚報|電視臺|新聞"
)
_OFFICE_END = re.compile(r"(?:局|办|委|厅|处|科|所|站|中心|部|镇|乡|街道|县|区|市|村|社区|公司|学校|网|报|台|辦|廳|處|鎮|鄉|縣|區|網|報|臺)$")
#: an office and a person's name (县政府办某某, 县农业局某某): each word of a credit of contributors
_OFFICE_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:局|办|辦|委|厅|廳|处|處|中心|部|镇|鎮|乡|鄉|街道|社区|公司)[\u4e00-\u9fff]{2,3}$")
#: a photo's caption in brackets alone on a line between paragraphs ((大会誓师发言), (某某与工作组签订军令状));
#: a subtitle (在…上的讲话), a date, a note and a group with punctuation other than 、 are no caption
_ALONE_CAPTION = re.compile(r"^[\u4e00-\u9fff、“”·]{4,30}$")
_NOT_CAPTION = re.compile(
    r"^(?:在|于|於)|(?:讲话|講話|致辞|致辭|报告|報告|发言稿|發言稿)$|[〇零一二三四五六七八九十]{2,}年"
    r"|(?:图|圖|图片|圖片|视频|視頻)$"               # an image placeholder ((相关资料图)): the placeholder rule's
)
_BRACKET_KEEP = re.compile(
    r"^(?:掌声|笑声|鼓掌|热烈|全场|再次鞠躬|深鞠躬|三鞠躬|鞠躬|起立|欢呼|停顿|稍停|举杯|干杯|敬礼|默哀|奏乐|众笑|大笑|笑|握手|拥抱|略|下同|同上|试行|暂行|草案|征求意见稿|讨论稿|送审稿|修订|节选|摘要|根据|详见|见附件|附后|待定|注|按)"
)
_NAME = re.compile(rf"^[{P.SURNAMES}][\u4e00-\u9fff]{{1,2}}$")


def bracket_credits(st: CleaningState) -> None:
    """A bracketed credit after the last sentence of a paragraph or alone on a line (rule ``byline``).

    The group goes when it names a source or a credit (记者, 来源, 提供,
    供图 …), ends in an office or a place (…局, …办, …镇), or is a name
    (two to four characters after a common surname, or a place and a
    name), or is any short group after the page's last sentence (a source
    such as an account name).  Brackets inside a sentence, applause and
    notes ((试行), (略)) stay.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要抓好落实。(某某日报全媒体记者王某 责任编辑李某)\\n(图文由市文明办提供)\\n"
    ...                    "县委书记(张三)强调,要抓好落实。(掌声)\\n请对照(试行)办法执行。")
    >>> bracket_credits(st)
    >>> st.doc.output
    '要抓好落实。\\n\\n县委书记(张三)强调,要抓好落实。(掌声)\\n请对照(试行)办法执行。'
    """
    _, view = st.view()
    if "(" not in view and "（" not in view:
        return
    spans = []
    for m in _BRACKET_END.finditer(view):
        a = m.start()
        line_start = view.rfind("\n", 0, a) + 1
        before = view[line_start:a].rstrip(P.SPACE)
        if before and before[-1] not in "。！？!?”」)）…":
            continue
        inner = m.group(1).strip(P.SPACE)
        if not inner or _BRACKET_KEEP.match(inner) or _ENUM_ONLY.match(inner) or not _CJK.search(inner):
            continue
        if re.search(r"[,，]", inner) and not _CREDIT_WORD.search(inner):
            continue   # a clause in brackets, not a credit
        words = [w for w in re.split(r"[\s:：、/,，]+", inner) if w]
        at_page_end = not view[m.end():].strip()
        if (not before and _ALONE_CAPTION.match(inner) and not _NOT_CAPTION.search(inner)
                and _SENT.search(view, max(0, line_start - 400), line_start)):
            spans.append((line_start, m.end()))       # a caption alone on its line after prose
            continue
        if (_CREDIT_WORD.search(inner) or _OFFICE_END.search(inner) or (words and _NAME.match(words[-1]))
                or (words and all(_OFFICE_NAME.match(w) for w in words))
                or (before and re.fullmatch(rf"[{P.CJK}]{{2,3}}", inner))     # a name after the last sentence
                or (at_page_end and before and len(inner) <= 12)):
            spans.append((a if before else line_start, m.end()))
    st.doc.delete_many(spans, "byline")


#: short list headings a report repeats per section (一是, 建议, 主要做法 …): never a repeated header
_WORD_HEADING = re.compile(r"^(?:[一二三四五六七八九十]是|建议|主要|存在|下一步|基本情况|工作)")


def _wrapped_number(view: str, line: str) -> bool:
    """A number a PDF's text wrapped onto a line of its own, its sentence going on below (今天,我们召开\\n2022\\n年一季度…;
    round 119k): no repeated stamp, whatever its shape."""
    return line.isdigit() and re.search(rf"(?m)^[ \t\u3000]*{line}[ \t\u3000]*\n[ \t\u3000]*[年月日号届期次%％万亿个名人家项元余多]",
                                        view) is not None


def repeated_lines(st: CleaningState, *, min_count: int = 3, max_chars: int = 30) -> None:
    """A site header or footer printed once per chunk: a short chrome-shaped line repeated on a page (rule ``repeated_chrome``).

    A line of 4 to ``max_chars`` characters without a sentence end that
    occurs ``min_count`` or more times goes when it is also shaped like
    chrome (a site name, a menu, a date stamp, a document-site name);
    repeated list headings of a report (一是, 建议, 主要做法), salutations,
    applause and closing formulas stay.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某某文库\\n同志们:\\n一是\\n要抓好落实。\\n某某文库\\n一是\\n要久久为功。\\n某某文库\\n一是\\n(掌声)\\n(掌声)\\n(掌声)")
    >>> repeated_lines(st)
    >>> st.doc.output
    '\\n同志们:\\n一是\\n要抓好落实。\\n\\n一是\\n要久久为功。\\n\\n一是\\n(掌声)\\n(掌声)\\n(掌声)'
    """
    _, view = st.view()
    counts: Counter = Counter()
    for _, _, line in iter_lines(view):
        s = line.strip()
        if 2 <= len(s) <= max_chars:
            counts[s] += 1
    bad = {s for s, n in counts.items() if n >= min_count and len(s) >= 4 and not _SENT.search(s)
           and not TAIL_KEEP.search(s) and not P.SALUTATION_LINE.match(s) and not P.TITLE_LIKE.search(s)
           and (is_edge_chrome(s) or SITE_END.search(s) or _WORD_HEADING.search(s) is None and "文库" in s)
           and not _wrapped_number(view, s)}
    if bad:
        st.delete_lines(lambda l: l.strip() in bad, "repeated_chrome")


#: an ISO date with a clock time (its place at a line edge is checked in code)
_ISO_STAMP = re.compile(
    r"(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    # a stamp in Chinese form: zero-padded (2018年09月25日 22:31) or spaced from its clock, never before a comma
    # (2023年5月6日9:30,县委召开会议 is a lead's own time)
    r"|(?:19|20)\d{2}年(?:0\d月\d{1,2}|\d{1,2}月0\d|\d{1,2}月\d{1,2}(?=日[ \t]))日[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?![\d,，、])"
    r"|(?:19|20)\d{2}年(?:0\d月\d{1,2}|\d{1,2}月0\d|\d{1,2}月\d{1,2}(?=日[ \t]))日[ \t]*\d{2}:\d{2}(?=\d{1,2}月\d{1,2}日)")
_STAMP_PAD = " \t.…·"


def date_stamps(st: CleaningState) -> None:
    """An ISO date with a clock time glued to the start or the end of a text line (rule ``meta_row``).

    Speeches write dates as 5月6日; ``2025-01-19 06:20`` is a page's time stamp.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("... 2025-01-19 06:20 .. 会议强调,要抓好落实。\\n2023年5月6日10时,县委召开会议。")
    >>> date_stamps(st)
    >>> st.doc.output
    '会议强调,要抓好落实。\\n2023年5月6日10时,县委召开会议。'
    >>> st = CleaningState("2018年09月25日 22:319月23日,区长到河道调研。\\n2023年5月6日9:30,县委召开会议。")
    >>> date_stamps(st)
    >>> st.doc.output
    '9月23日,区长到河道调研。\\n2023年5月6日9:30,县委召开会议。'
    """
    _, view = st.view()
    spans = []
    for m in _ISO_STAMP.finditer(view):
        a, b = m.span()
        while a > 0 and view[a - 1] in _STAMP_PAD:
            a -= 1
        while b < len(view) and view[b] in _STAMP_PAD:
            b += 1
        at_start = a == 0 or view[a - 1] == "\n"
        at_end = b == len(view) or view[b] == "\n"
        if at_start and not at_end:
            spans.append((a, b))                      # glued in front of a text line
        elif at_end and not at_start and view[a - 1] in "。！？!?":
            spans.append((a, b))                      # glued after the last sentence of a line
    st.doc.delete_many(spans, "meta_row")


_TONE_VOWEL = re.compile(f"[{P.PINYIN_VOWEL}]")
#: a toned gloss whose character a converter lost to mojibake (彼{(lán), ?ьI(lǐng)): after any character but a
#: Latin letter or a digit of a word, on a page holding at least this many glosses after characters
_MIN_GLOSSES_FOR_REMNANTS = 5
#: a gloss after a character, cut by the page's end before its bracket closed (校園文明建設(shè)
_GLOSS_CUT = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[{P.PINYIN_VOWEL}])[a-zü{P.PINYIN_VOWEL}]{{1,8}}\s*\Z")
#: a toned syllable glued after a character without brackets (秸jiē秆, 履lǚ行): the whole Latin run is one syllable
#: holding a tone mark, between Chinese characters or before punctuation; a tone mark is no letter of Chinese text,
#: and a word of another language (咖啡café) is more than a syllable or stands after a space
_GLOSS_BARE = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?=[a-zü]*[{P.PINYIN_VOWEL}]){P.PINYIN_SYLLABLE}"
    rf"(?=[\u4e00-\u9fff,，。、；;：:！？!?”」])"
)
_GLOSS_REMNANT = re.compile(
    rf"(?<![A-Za-z0-9 \t]{{2}})[(（](?=[a-zü]*[{P.PINYIN_VOWEL}])"
    rf"{P.PINYIN_SYLLABLE}[)）]"
)


def pinyin_glosses(st: CleaningState) -> None:
    """Toned pinyin glosses after a character, in Simplified or Traditional text: 網(wǎng), 驗(yàn).

    Runs before the line rules so that they read 發表時間 rather than 發(fā)表時間.
    A toned syllable glued without brackets (秸jiē秆) goes too.  Toneless glosses (的(de)) and a word's glosses (年度(niándù)) go only on a page with two or more toned ones (alone,
    咖啡(café) is the text's); on a page with five or more, a toned
    gloss whose character was lost to mojibake (彼{(lán)) goes too (a gloss after a Latin word, Beijing (běi), stays).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("發(fā)表時間:2019\\n本網(wǎng)訊 要整治牛皮癣(xuǎn)广告。")
    >>> pinyin_glosses(st)
    >>> st.doc.output
    '發表時間:2019\\n本網訊 要整治牛皮癣广告。'
    """
    _, view = st.view()
    if _TONE_VOWEL.search(view):   # one fast pass: most pages have no toned vowel at all
        toned = len(P.PINYIN.findall(view)) + len(P.PINYIN_WORD.findall(view))
        st.delete_matches(P.PINYIN, "pinyin_gloss")
        st.delete_matches(_GLOSS_BARE, "pinyin_gloss")
        if toned >= 2:   # toneless glosses (的(de)) and a word's glosses (年度(niándù)) only on a page with two or more
            st.delete_matches(P.PINYIN_WORD, "pinyin_gloss")
            st.delete_matches(P.PINYIN_TONELESS, "pinyin_gloss")
        if toned >= _MIN_GLOSSES_FOR_REMNANTS:
            st.delete_matches(_GLOSS_REMNANT, "pinyin_gloss")
            st.delete_matches(_GLOSS_CUT, "pinyin_gloss")    # the page's end cut a gloss: 建設(shè


#: a site name after a title on the page's head line: 标题 —— 某某党媒云| 某某网首页, 标题 - 某某周刊
_TITLE_SITE = re.compile(
    r"(?P<title>[^\n]{6,}?)(?P<site>[ \t]*(?:——|--|_|\||｜| - )[ \t]*[^\n。！？!?]{0,40}?"
    r"(?:网|官网|首页|登录|频道|门户|客户端|党媒|云|APP|App|大全|文库|之家|范文|百科|资料库"
    r"|日报|晚报|早报|时报|周刊|周报|新闻|电视台|杂志)[^\n。！？!?]{0,20})[ \t]*$"
)
#: any name after a title's separator (某某致辞 - 某某中心): the site's when two head lines close with it
_ANY_SUFFIX = re.compile(r"(?P<title>[^\n]{6,}?)(?P<site>[ \t]*(?:——|--|\||｜| - )[ \t]*(?P<name>[^\n。！？!?,，:：|｜]{2,30}?))[ \t]*$")
#: gambling and casino spam in brackets (【某某公司_官方网站:】, 《香港某某购彩平台》)
_SPAM_BRACKET = re.compile(
    r"[【\[《][^】\]》\n]{0,30}(?:官方网站|官网|购彩|彩票|博彩|娱乐城|赌场|投注|威廉希尔|葡京)[^】\]》\n]{0,30}[】\]》]"
)


def title_sites(st: CleaningState) -> None:
    """A site name glued after the title in the page's head (rule ``site_name``; any name closing two head lines after a
    separator is one) and bracketed casino spam (rule ``spam_line``).

    Only lines above the first prose line are read for site names; the title
    itself (six or more characters before the separator) stays.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某镇召开文明创建推进会 —— 某某党媒云| 某某官网首页登录\\n【某某公司_官方网站:】会议强调,要抓好落实。\\n要久久为功。")
    >>> title_sites(st)
    >>> st.doc.output
    '某镇召开文明创建推进会\\n会议强调,要抓好落实。\\n要久久为功。'
    """
    _, view = st.view()
    spans = []
    suffixes: dict[str, list[tuple[int, int]]] = {}
    for s, e, line in iter_lines(view):
        if is_anchor_line(line):
            break
        m = _TITLE_SITE.match(line)
        if m and _CJK.search(m.group("title")) and not P.TITLE_LIKE.search(m.group("site")):
            spans.append((s + m.start("site"), e))
        elif (m := _ANY_SUFFIX.match(line)) and _CJK.search(m.group("title")):
            suffixes.setdefault(m.group("name").strip(), []).append((s + m.start("site"), e))
    # a name closing two or more head lines after a separator is the site's (某某活动 | 某某中心, 某某致辞 - 某某中心; 153k)
    spans += [span for name, found in suffixes.items() if len(found) >= 2 for span in found]
    st.doc.delete_many(sorted(spans), "site_name")
    _, view = st.view()
    if any(w in view for w in ("官方网站", "官网", "购彩", "彩票", "博彩", "娱乐城", "赌场", "投注", "威廉希尔", "葡京")):
        st.delete_matches(_SPAM_BRACKET, "spam_line")


_IMAGE_LINE = re.compile(r"^\s*(?:\S{0,60}\.(?:jpe?g|png|gif|bmp|webp)|(?:微信图片|图片|image)[_\-]?\d{6,}|(?:IMG|DSCN?)[_\-]?\d{3,}[_\d]*)\s*$", re.I)


#: the words of a full-text lead-in (讲话全文如下): lead_ins takes it with the report above it
_LEAD_WORD = re.compile(r"全文|原文|实录|如下")


def image_captions(st: CleaningState, *, max_chars: int = 40) -> None:
    """The caption line after an image's file name (rule ``photo_caption``); the file name is left to the site rules.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要抓好落实。\\n0705211546_75.jpg\\n\\n镇党委书记带头清扫卫生\\n要久久为功。")
    >>> image_captions(st)
    >>> st.doc.output
    '要抓好落实。\\n0705211546_75.jpg\\n\\n\\n要久久为功。'
    """
    _, view = st.view()
    low = view.lower()
    if not any(x in low for x in (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", "图片_", "img_", "dsc")):
        return
    spans = []
    after_image = False
    for s, e, line in iter_lines(view):
        if not line.strip():
            continue
        if _IMAGE_LINE.match(line):
            after_image = True
            continue
        t = line.strip()
        # a salutation or a line closed by a colon opens the speech after the image (img_9947.jpg / 同志们:)
        if after_image and len(t) <= max_chars and not _SENT.search(line) and not t.endswith((":", "：")) \
                and not P.SALUTATION.search(t) and not _LEAD_WORD.search(t):   # a lead-in is lead_ins' (154k)
            spans.append((s, e))
        after_image = False
    st.doc.delete_many(spans, "photo_caption")


#: a chunk's number at its line's start, behind an indent or a list bullet (    • 1、) as a page's list markup leaves it
_CHUNK = re.compile(r"^[ \t\u3000]*(?:[•·▪][ \t\u3000]*)?(\d{1,3})、", re.M)


def chunk_numbers(st: CleaningState, *, min_prev: int = 60) -> None:
    """Chunk numbers of document sites (1、 2、 … at the start of long text blocks) (rule ``page_number``).

    A document site cuts the text into numbered chunks, often in the middle of
    a sentence.  The numbers go when they run 1, 2, 3 … in page order, every
    chunk before the last holds ``min_prev`` or more characters (over one
    line or several), and at least one number follows a line cut in the
    middle of a sentence; a numbered list of a speech (short items, each
    ended) stays.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> body = "全镇乡村振兴工作取得了较好的成效,科学谋划示范片区方向,强力推进示范片区建设,投资开展人居环境整治,加快产业园二期建设进度,"
    >>> st = CleaningState(f"1、{body}\\n2、为跨境电商产业园建设筑牢基础。")
    >>> chunk_numbers(st)
    >>> st.doc.output[:4], "\\n为跨境" in st.doc.output
    ('全镇乡村', True)
    >>> st = CleaningState(f"    • 1、{body}\\n      2、为跨境电商产业园建设筑牢基础。")   # indented, behind a bullet
    >>> chunk_numbers(st)
    >>> st.doc.output.split("\\n")[1]
    '      为跨境电商产业园建设筑牢基础。'
    >>> st = CleaningState("1、加强组织领导。\\n2、强化督查考核。")   # 讲话里的编号
    >>> chunk_numbers(st)
    >>> st.doc.output
    '1、加强组织领导。\\n2、强化督查考核。'
    """
    _, view = st.view()
    if "1、" not in view:
        return
    found = [(m.start(), m.end(), int(m.group(1))) for m in _CHUNK.finditer(view)]
    if len(found) < 2 or [n for _, _, n in found] != list(range(1, len(found) + 1)):
        return
    cut = False
    for (_, b, _), (a, _, n) in zip(found, found[1:]):
        prev = view[:a].rstrip("\n").rsplit("\n", 1)[-1].strip()
        if len(view[b:a].strip()) < min_prev or not prev:
            return   # a short item: a list of the speech's (the chunk, not its last line: a scraper may have split it)
        if prev[-1] not in "。！？!?；;:：”」)）":
            cut = True
    if cut:
        st.doc.delete_many([(b - len(str(n)) - 1, b) for _, b, n in found], "page_number")


def count_widgets(st: CleaningState) -> None:
    """Lines of counts anywhere on the page (rule ``site_interface``): 已有0人评论, 浏览:159次, 本篇文章694字,读完约2分钟.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要抓好落实。\\n新闻评论(共有 0 条评论)\\n全县共有300人参加培训。")
    >>> count_widgets(st)
    >>> st.doc.output
    '要抓好落实。\\n\\n全县共有300人参加培训。'
    """
    _, view = st.view()
    if not any(ch.isdigit() for ch in view[:1_000_000]) and not any(ch.isdigit() for ch in view):
        return
    st.delete_lines(is_count_widget, "site_interface")


#: a photo caption by its noun: 会议现场, 调研现场, 活动掠影, 合影留念 (a short line without a sentence end)
#: a photo caption line: a short line ending in 现场/掠影/一角…, or a line opening with 图为 (a 图为 inside a sentence,
#: 像对待“图为民生”的口号一样, is speech)
_CAPTION = re.compile(r"^(?:[^\n。！？!?；;，,：:、“”\"]{0,16}(?:现场|掠影|剪影|合影|合影留念|一角)[)）]?"
                      r"|[(（▲△↑]?\s*图为(?:[^\n]{0,16}|[^\n。！？!?；;]{17,60}。?))\s*$")
#: a caption run into the prose of a news page: a lead clause and 图为… (大会召开前,书记到公司参观,图为董事长在…介绍
#: 情况。), or 图为… after the line's last sentence; what follows 图为 holds no sentence end but a last 。
_CAPTION_RUN = re.compile(r"(?:^[^\n。！？!?；;]{0,100}[,，]|(?<=[。！!])[ \t\u3000]*)图为[^\n。！？!?；;“”]{2,80}。?[ \t\u3000]*$")
#: a caption a news site marks with a hollow triangle: △某某乡公所新春团拜。 (its credit went with bracket_credits)
_TRIANGLE_CAPTION = re.compile(r"[ \t\u3000]*△[^\n△。！？!?；;]{2,40}[。！!]?[ \t\u3000]*")
#: a dated heading above such captions: 2013年4月20日,某县茶产业发展大会隆重召开 (no sentence end)
_CAPTION_HEAD = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[,，][^\n。！？!?；;]{4,60}")
#: an edition cross-reference of a newspaper page: (下转二版), (上接第3版), (下转第3) without 版
_EDITION_REF = re.compile(r"[(（](?:(?:下转|上接|转|接|续)第?[\dA-Z一二三四五六七八九十]{1,3}版|(?:下转|上接)第[\dA-Z一二三四五六七八九十]{1,3}[页面]?)[)）]")
#: a jump line after a square: ■下转第2版, □上接第1版
_EDITION_JUMP = re.compile(r"[■□◆▲▼](?:下转|上接)第?[\dA-Z一二三四五六七八九十]{1,3}版")
#: an e-paper's masthead row: 《某某日报》(2017年1月17日) 01版
_PAPER_ROW = re.compile(r"[ \t\u3000]*《[^》\n]{2,16}报》[ \t\u3000]*[(（]?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]?"
                        r"[ \t\u3000]*(?:第?[A-Z]?\d{1,3}版)?[ \t\u3000]*")
#: a list bullet glued in front of a text line
_BULLET = re.compile(r"^[ \t]*[•●▪◆■][ \t]*(?=\S)", re.M)


def _caption_runs(view: str) -> list[tuple[int, int]]:
    """Spans of captions run into a line's prose (:data:`_CAPTION_RUN`) and of a dated heading just above them."""
    spans: list[tuple[int, int]] = []
    for s, e, line in lines_holding(view, ("图为",)):
        m = _CAPTION_RUN.search(line)
        if m is None or len(line) > 240:
            continue
        a = s + m.start()
        if m.group(0).startswith("图为") and view[a - 1:a] not in ("", "\n") and not view[s:a].strip():
            a = s
        ps = view.rfind("\n", 0, max(s - 1, 0)) + 1 if s else s
        if s and _CAPTION_HEAD.fullmatch(view[ps:s - 1].rstrip()) and (not spans or spans[-1][1] < ps):
            spans.append((ps, s - 1))
        spans.append((a, e))
    return spans


def captions_and_refs(st: CleaningState) -> None:
    """Photo captions by their nouns (rule ``photo_caption``), edition cross-references and line bullets (rule ``site_interface``).

    A caption run into a news page's prose goes too: a lead clause and 图为… (大会召开前,书记到公司参观,图为
    董事长在车间介绍情况。) or 图为… after the line's last sentence, with a dated heading without a sentence end
    just above it (2019年5月6日,某县茶产业大会隆重召开); 图为 inside a sentence (“图为民生”) stays.  A short line
    a news site marks with a hollow triangle (△某某乡公所新春团拜。) goes unless it speaks as a speech does.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("要抓好落实。\\n会议现场\\n  • 要加快建设健康城市,(下转二版)\\n要到现场解决问题。")
    >>> captions_and_refs(st)
    >>> st.doc.output
    '要抓好落实。\\n\\n要加快建设健康城市,\\n要到现场解决问题。'
    >>> st = CleaningState("《某某日报》(2020年3月5日) 01版\\n要加快建设健康城市,■下转第2版")
    >>> captions_and_refs(st)
    >>> st.doc.output
    '\\n要加快建设健康城市,'
    """
    _, view = st.view()
    if "现场" in view or "影" in view or "一角" in view or "图为" in view:
        st.delete_lines(lambda l: bool(_CAPTION.match(l.strip())) and not P.TITLE_LIKE.search(l), "photo_caption")
        _, view = st.view()
        if "图为" in view:
            st.doc.delete_many(_caption_runs(view), "photo_caption")
    _, view = st.view()
    if "△" in view:
        st.doc.delete_many([(s, e) for s, e, line in lines_holding(view, ("△",))
                            if _TRIANGLE_CAPTION.fullmatch(line) and not in_speech_voice(line)], "photo_caption")
    _, view = st.view()
    if "版" in view or "下转" in view or "上接" in view:
        spans = [m.span() for m in finditer(_EDITION_REF, view)] if may_match(_EDITION_REF, view) else []
        spans.extend((a + m.start(), a + m.end()) for a, _b, line in lines_holding(view, ("下转", "上接"))
                     for m in _EDITION_JUMP.finditer(line))
        spans.extend((a, b) for a, b, line in lines_holding(view, ("报》",)) if _PAPER_ROW.fullmatch(line))
        st.doc.delete_many(sorted(spans), "site_interface")
    _, view = st.view()
    if any(b in view for b in "•●▪◆■"):
        st.delete_matches(_BULLET, "site_interface")
