"""Split a cleaned page into its speeches, and mark speeches cut short by a paywall.

Template sites put several speeches on one page.  The cleaner
(:func:`corpusmine.text.clean.clean_document`) already separates the parts
marked by ``…篇N`` / ``范文N`` lines and speeches appended after a title line
with a salutation; this module finds the other families, on the cleaned text
of each part:

``item``
    Numbered item lines, two or more in sequence (1, 2, 3 …): ``致辞1``,
    ``表态发言2``, ``讲话稿一``, ``篇一``, ``【篇1】``, ``第一篇``, ``范文3:…``.
``title_salutation``
    A short title line (``在全县…会上的讲话``, ``2. 在…的讲话``) directly
    followed by a salutation line of its own (``同志们：``,
    ``各位领导、同志们：``).
``closing``
    A closing formula (``谢谢大家！``, ``以上讲话，不妥之处，请批评指正``,
    ``我就讲这些``) followed by a title line or by a salutation line.

A numbered section (``一、``, ``第一，``) is not a speech heading, and a
sentence that mentions 篇 (``写好这篇大文章``) is not a line of its own, so
neither splits a speech.

Truncation notices (``(未完,全文共6606字,当前仅显示2320字…)``, ``预览结束``,
``试读结束``, ``因篇幅问题不能全部显示``, ``已隐藏1200字``, ``还剩3页未读``;
:mod:`corpusmine.text.truncation`) mark the speech they end as truncated,
with the counts (characters, pages) the page states.  They are looked
for in the page as given to the cleaner (the cleaner may remove them as
site chrome) and in the cleaned text.

Measured on 29 held-out pages (docs/split_metadata_measure.md): no false split.

Examples
--------
>>> page = "致辞1\\n各位来宾：\\n欢迎大家来到美丽乡村。\\n致辞2\\n同志们：\\n要抓好人居环境整治。"
>>> [(s.title, s.text) for s in split_speeches(page)]
[('致辞1', '各位来宾：\\n欢迎大家来到美丽乡村。'), ('致辞2', '同志们：\\n要抓好人居环境整治。')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpusmine.text.clean import CleanedDocument
from corpusmine.text.patterns import SALUTATION, SENT_END, TITLE_LIKE
from corpusmine.text.truncation import Truncation, TruncationNotice, find_truncations

__all__ = [
    "Speech", "Truncation", "TruncationNotice", "collection_size", "find_truncations", "item_heading", "speeches_of",
    "split_speeches",
]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_ITEM_KIND = (r"篇|范文|范例|例文|致辞|致词|讲话稿?|讲话材料|讲稿|发言稿?|发言材料|演讲稿?|主持词|心得体会|材料|"
              r"範文|範例|致辭|講話稿?|發言稿?|演講稿?")
_ITEM = [
    # 致辞1 / 表态发言2 / 讲话稿一 / 【篇1】 / 范文3：在…讲话 / …讲话 篇2 / 致辞(1) / 讲话稿（一）
    re.compile(
        rf"^(?P<pre>(?:.{{0,60}}?[^第\s【\[(（])?)\s*[【\[(（]?\s*(?P<kind>{_ITEM_KIND})\s*"
        rf"(?:[(（【\[]\s*(?P<nb>{_NUM})\s*[)）】\]]|(?P<n>{_NUM}))\s*"
        rf"[】\])）]?\s*[:：、.．]?\s*(?P<post>.{{0,80}}?)\s*$"
    ),
    # 第一篇 / 【第2篇】：…
    re.compile(rf"^[【\[(（]?\s*第\s*(?P<n>{_NUM})\s*(?P<kind>篇)\s*[】\])）]?\s*[:：、.．]?\s*(?P<post>.{{0,80}}?)\s*$"),
]
#: A bare numeral line (``一：``, ``（二）``, ``3.``) with nothing after it: a speech item only in a run
#: whose items are each followed by a salutation, a byline or a title line (see ``_item_boundaries``).
_BARE_ITEM = re.compile(rf"^[【\[(（]?\s*(?P<n>{_NUM})\s*[】\])）]?\s*[:：、.．]?\s*$")
#: One addressee of a salutation: 同志们 / 各位领导 / 尊敬的各位来宾 / 亲爱的同学们 / 女士们 / 尊敬的X先生 …
_VOCATIVE = (
    r"(?:(?:尊敬的|亲爱的|敬爱的|各位|全体|在座的)[^\n,，、:：。！!？?；;()（）0-9]{0,14}?"
    r"(?:们|领导|来宾|嘉宾|代表|委员|同志|同仁|同事|老师|同学|朋友|乡亲|先生|女士|评委|家长|企业家|首长|校友|战友|员工)"
    r"|[\u4e00-\u9fff]{0,4}(?:(?<![我你他她它咱])们|来宾|嘉宾|先生|女士))"
)
#: A line that is nothing but a salutation (同志们： / 各位领导、同志们： / 尊敬的各位来宾，各位朋友：).
SALUTATION_ONLY = re.compile(
    r"^\s*(?:" + SALUTATION.pattern + r"|" + _VOCATIVE + r"(?:\s*[、,，和及与]\s*" + _VOCATIVE + r"){0,6}\s*(?:[:：]|[,，!！]\s*大家(?:上午|下午|晚上)?好\s*[!！。]?))\s*$"
)
_SALUTE_START = re.compile(r"^\s*(?:" + SALUTATION.pattern + r"|(?:尊敬的|亲爱的)?各位[^\n,，:：。]{0,20}[:：])")
#: A line under a title that names the speaker or the date: ``(2023年3月15日)``, ``——在全县…会议上的讲话``,
#: ``XX县委书记 张三``, ``发言人：张三``, ``【致辞人】…``.
BYLINE = re.compile(
    r"^\s*(?:[(（]\s*(?:[0-9０-９〇零一二三四五六七八九十XxＸ×○□_\s]{2,4}|20[0-9xX×_]{2}|二〇[^)）]{2})\s*年[^)）\n]{0,12}[)）]"
    r"|[—–-]{1,2}\s*\S.{0,60}"
    r"|(?:发言人|讲话人|致辞人|演讲人|主讲人|作者|报告人)\s*[:：】]?.{0,30}"
    r"|【[^】]{1,6}】.{0,40}"
    r"|.{0,24}(?:书记|县长|市长|区长|镇长|乡长|省长|主任|局长|部长|主席|厂长|校长|经理|秘书长)\s*[A-Za-z×XＸ*\u4e00-\u9fff]{0,4}"
    r"(?:\s*[(（][^)）\n]{4,16}[)）])?"
    r")\s*$"
)
#: The end of a speech: thanks, a modest disclaimer, "that is all I have to say".
CLOSING = re.compile(
    r"(?:谢谢(?:大家|各位|你们)?|以上[^。\n]{0,12}不(?:妥|当|足)之处[^。\n]{0,20}|[^。\n]{0,10}批评指正|"
    r"我就讲(?:这些|这么多|以上几点|到这里)[^。\n]{0,12}|(?:我的|以上)?(?:讲话|发言|致辞|汇报|表态)(?:到此)?(?:完毕|结束)[^。\n]{0,8}|"
    r"祝[^。\n]{0,16}(?:圆满成功|取得圆满成功|身体健康[^。\n]{0,16}|万事如意|节日快乐)|干杯)\s*[。!！.]*\s*$"
)
_LEAD_NUMBER = re.compile(rf"^\s*(?:{_NUM})\s*[、.．]\s*|^\s*[(（【\[]\s*(?:{_NUM})\s*[)）】\]]\s*")
_COLLECTION = re.compile(
    rf"(?:精选|通用|优选|推荐|汇编|合集|范文|精编|热门|优秀|最新)?\s*(?P<n>\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*篇"
)

TITLE_MAX = 80      # characters of a title line
HEADER_MAX = 300    # a shorter text before the first split is the page's header, not a speech


def _number(s: str) -> int:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGITS.get(s[1:], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN_DIGITS.get(a, 0) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return _CN_DIGITS.get(s, 0)


def collection_size(title: str | None) -> int | None:
    """The number of speeches a collection's title announces, or None.

    Parameters
    ----------
    title : str or None
        A page title.

    Returns
    -------
    int or None
        ``N`` of ``精选N篇``, ``通用N篇``, ``(N篇)``, ``范文N篇`` …; None when
        the title announces no count.

    Examples
    --------
    >>> collection_size("表态发言(精选17篇)"), collection_size("城乡环境综合整治工作会上的讲话(通用5篇)")
    (17, 5)
    >>> collection_size("乡村振兴讲话范文三篇"), collection_size("在全县创文推进会上的讲话")
    (3, None)
    """
    if not title:
        return None
    m = None
    for m in _COLLECTION.finditer(title):
        pass
    return _number(m.group("n")) if m else None


def item_heading(line: str) -> tuple[int, str, str] | None:
    """``(number, kind, title)`` when a line is a numbered speech item such as ``致辞1`` or ``第二篇``.

    Parameters
    ----------
    line : str
        One line of a cleaned page.

    Returns
    -------
    tuple or None
        The item number, its kind word (致辞, 篇, 讲话稿 …) and the title the
        line carries ('' when none); None for any other line, including
        numbered sections (``一、提高站位``) and sentences.

    Examples
    --------
    >>> item_heading("致辞1"), item_heading("【篇2】在全县人居环境整治推进会上的讲话")
    ((1, '致辞', ''), (2, '篇', '在全县人居环境整治推进会上的讲话'))
    >>> item_heading("第三篇：在全市创文攻坚动员会上的讲话")
    (3, '篇', '在全市创文攻坚动员会上的讲话')
    >>> item_heading("一、提高站位"), item_heading("要写好乡村振兴这篇大文章1。")
    (None, None)
    """
    s = line.strip()
    if not s or len(s) > TITLE_MAX + 20 or s[-1] in SENT_END:
        return None
    for pat in _ITEM:
        m = pat.match(s)
        if m:
            n = _number(m.groupdict().get("nb") or m.group("n"))
            if n <= 0:
                continue
            pre = (m.groupdict().get("pre") or "").strip()
            kind = m.group("kind")
            if pre and kind not in ("篇", "范文", "范例", "例文", "範文", "範例"):
                pre += kind   # 开幕式领导致辞(1): the kind word belongs to the title
            title = " ".join(t for t in (pre, m.group("post").strip()) if t)
            return n, m.group("kind"), title
    return None


@dataclass(frozen=True)
class Speech:
    """One speech of a page.

    Parameters
    ----------
    part : int
        1-based position of the speech in its page.
    title : str
        Its own title ('' when the page gives none).
    start, end : int
        Span of the speech's body in the text that was split.
    text : str
        The body, one paragraph per line (heading lines and truncation
        notices left in the cleaned text are not part of it).
    rule : str
        What started the speech: ``page`` (the first speech, or the only
        one), ``cleaner`` (a part the cleaner separated), ``item``,
        ``title_salutation`` or ``closing``.
    heading : str
        The heading line(s) the title was read from.
    truncated : bool
        A truncation notice ends the speech.
    chars_total, chars_shown, chars_missing : int or None
        Character counts stated by that notice (they describe the page).
    pages_missing : int or None
        Pages the notice says are not shown (还剩3页未读, 共10页 … 预览5页).
    truncation_notice : str
        The notice as written.

    Examples
    --------
    >>> Speech(1, "在全县创文推进会上的讲话", 0, 12, "同志们：\\n要抓好落实。").truncated
    False
    """

    part: int
    title: str
    start: int
    end: int
    text: str
    rule: str = "page"
    heading: str = ""
    truncated: bool = False
    chars_total: int | None = None
    chars_shown: int | None = None
    chars_missing: int | None = None
    truncation_notice: str = ""
    pages_missing: int | None = None


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return [t for t in out if t[2].strip()]


def _title_line(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s) <= TITLE_MAX
        and s[-1] not in SENT_END + ",，、:："
        and not _SALUTE_START.match(s)
        and not find_truncations(s)
    )


#: An editor's or a site's lead-in before the first speech of a collection (下面是小编整理的…, 仅供参考).
_LEAD_IN = re.compile(r"小编|编者按|供大家参考|仅供参考|希望对(?:大家|您)|欢迎(?:阅读|借鉴|参考)|为大家(?:精心)?(?:整理|收集|准备)|"
                      r"以下是|下面是|本文(?:主要)?(?:从|讲述)|目录|提纲|导读")


def _is_header(lines: list[str]) -> bool:
    """Front matter before the first split: a collection's own title, an outline, an editor's lead-in."""
    n = sum(len(ln) for ln in lines)
    if all(_title_line(ln) for ln in lines):
        return n <= HEADER_MAX or len(lines) >= 3   # a title, or an outline (目录/提纲) of heading lines
    return n <= HEADER_MAX and bool(_LEAD_IN.search("".join(lines)))


def _opens_speech(lines, k: int) -> bool:
    """A salutation at line k, or after up to three title or byline lines."""
    for j in range(k, min(k + 4, len(lines))):
        ln = lines[j][2]
        if SALUTATION_ONLY.match(ln) or j == k and BYLINE.match(ln):
            return True
        if not (BYLINE.match(ln) or (_title_line(ln) and TITLE_LIKE.search(ln))):
            return False
    return False


def _item_boundaries(lines, collection: int | None) -> dict[int, tuple[str, str]]:
    items = [(i, item_heading(ln)) for i, (_, _, ln) in enumerate(lines)]
    items = [(i, h) for i, h in items if h]
    # bare numerals (一： / （二）) count only where each is followed by what opens a speech
    bare = [(i, (_number(m.group("n")), "", "")) for i, (_, _, ln) in enumerate(lines)
            if (m := _BARE_ITEM.match(ln.strip())) and _opens_speech(lines, i + 1)]
    if len(bare) >= 2:
        items += bare
    if not items:
        return {}
    # the longest run of consecutive numbers within one kind of item
    best: list[tuple[int, tuple]] = []
    for kind in {h[1] for _, h in items}:
        seq = [(i, h) for i, h in items if h[1] == kind]
        run: list[tuple[int, tuple]] = []
        for i, h in seq:
            if run and h[0] == run[-1][1][0] + 1:
                run.append((i, h))
            elif h[0] in (1, 2):
                run = [(i, h)]
            else:
                continue
            if len(run) > len(best):
                best = list(run)
    # the cleaner removes the first item line with the page's front matter: a run from 2 after
    # a speech counts when a collection title announces it or a salutation follows the item line
    starts_at_two = bool(best) and best[0][1][0] == 2 and best[0][0] > 0
    if starts_at_two:
        i = best[0][0]
        follows = [ln for _, _, ln in lines[i + 1:i + 3]]
        starts_at_two = (collection or 0) >= 2 or any(SALUTATION_ONLY.match(ln) for ln in follows)
    if len(best) < 2 and not starts_at_two:
        return {}
    out = {}
    for i, (n, kind, title) in best:
        heading = lines[i][2].strip()
        nxt = lines[i + 1][2] if i + 1 < len(lines) else ""
        extra = ""
        if not title and _title_line(nxt) and item_heading(nxt) is None and not BYLINE.match(nxt) \
                and i + 2 < len(lines):
            title, extra = nxt.strip(), nxt.strip()   # 【篇1】 then the title on its own line
        out[i] = (title or (heading if kind else ""), heading + ("\n" + extra if extra else ""))
    return out


def split_speeches(text: str, *, page_title: str = "", first_rule: str = "page") -> list[Speech]:
    """Split one cleaned text into speeches (see the module docstring for the rules).

    Parameters
    ----------
    text : str
        Cleaned text, one paragraph per line.
    page_title : str, default ""
        Title of the first speech when the text does not start with a heading;
        a collection title (``精选N篇``) also allows an item sequence that
        starts at 2 (the cleaner removes the first item line with the page's
        front matter).
    first_rule : str, default "page"
        ``rule`` of the first speech.

    Returns
    -------
    list of Speech
        At least one speech for a non-empty text, in text order; spans are in
        ``text``.

    Examples
    --------
    >>> page = "同志们：\\n要抓好人居环境整治。谢谢大家！\\n在全市创文攻坚动员会上的讲话\\n各位领导、同志们：\\n要打赢创文攻坚战。"
    >>> [(s.title, s.rule) for s in split_speeches(page, page_title="人居环境整治讲话")]
    [('人居环境整治讲话', 'page'), ('在全市创文攻坚动员会上的讲话', 'title_salutation')]
    >>> len(split_speeches("同志们：\\n一、提高站位\\n要写好这篇大文章。\\n二、压实责任\\n要久久为功。"))
    1
    """
    lines = _lines(text)
    if not lines:
        return []
    bounds = _item_boundaries(lines, collection_size(page_title))   # line index -> (title, heading)
    rules = {i: "item" for i in bounds}
    covered = set(bounds) | {i + 1 for i, (_, h) in bounds.items() if "\n" in h}
    for i in range(1, len(lines)):
        ln = lines[i][2]
        if not SALUTATION_ONLY.match(ln):
            continue
        j = i - 1
        while j > 0 and i - j <= 3 and BYLINE.match(lines[j][2]) and not TITLE_LIKE.search(lines[j][2]):
            j -= 1   # (2023年3月15日) / XX县委书记 张三 / 发言人：… between the title and the salutation
        if j in covered or (j - 1) in bounds and "\n" in bounds[j - 1][1]:
            continue
        prev = lines[j][2]
        t_end = j + 1
        if j >= 1 and re.match(r"^\s*[—–-]{1,2}", prev) and _title_line(lines[j - 1][2]) \
                and (j - 1) not in covered and not CLOSING.search(lines[j - 1][2]):
            j -= 1   # a main title, then its subtitle line ——在…上的讲话
            prev = lines[j][2]
        if _title_line(prev) and (TITLE_LIKE.search(lines[t_end - 1][2]) or t_end < i):
            # a title line (bylines may follow), then a salutation of its own: a new speech
            bounds[j] = (_LEAD_NUMBER.sub("", prev).strip(), "\n".join(ln.strip() for _, _, ln in lines[j:t_end]))
            rules[j] = "title_salutation"
            covered.update(range(j, i))
        elif CLOSING.search(lines[i - 1][2]):
            bounds[i] = ("", "")
            rules[i] = "closing"
            covered.add(i)
    for i in range(1, len(lines) - 1):
        ln = lines[i][2]
        if i in covered or not CLOSING.search(lines[i - 1][2]):
            continue
        if _title_line(ln) and TITLE_LIKE.search(ln) and not SALUTATION_ONLY.match(lines[i + 1][2]):
            bounds[i] = (_LEAD_NUMBER.sub("", ln).strip(), ln.strip())
            rules[i] = "closing"
            covered.add(i)
    notice_lines = {i for i, (_, _, ln) in enumerate(lines) if find_truncations(ln) and len(ln.strip()) <= TITLE_MAX
                    and re.sub(r"\s", "", ln) == re.sub(r"\s", "", "".join(t.notice for t in find_truncations(ln)))}
    cuts = sorted(bounds)
    segments = []   # (first line, last line exclusive, title, heading, rule)
    if not cuts or cuts[0] > 0:
        segments.append((0, cuts[0] if cuts else len(lines), page_title, "", first_rule))
    for k, i in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(lines)
        title, heading = bounds[i]
        segments.append((i, end, title, heading, rules[i]))
    speeches: list[Speech] = []
    for a, b, title, heading, rule in segments:
        n_head = heading.count("\n") + 1 if heading else 0
        kept = [lines[i] for i in range(a + n_head, b) if i not in notice_lines]
        notices = [lines[i][2] for i in range(a + n_head, b) if i in notice_lines]
        if not kept:
            continue
        if a == 0 and not heading and len(segments) > 1 and _is_header([ln for _, _, ln in kept]):
            continue   # a short header before the first item: the collection's own front matter
        trunc = find_truncations("\n".join(notices))
        t = trunc[-1] if trunc else None
        speeches.append(Speech(
            part=len(speeches) + 1, title=title, start=kept[0][0], end=kept[-1][1],
            text="\n".join(ln for _, _, ln in kept), rule=rule, heading=heading,
            truncated=t is not None, chars_total=t.chars_total if t else None,
            chars_shown=t.chars_shown if t else None, chars_missing=t.chars_missing if t else None,
            truncation_notice=t.notice if t else "", pages_missing=t.pages_missing if t else None,
        ))
    return speeches


def _clean_position(pos: int, rows: list[dict]) -> int:
    """Where a position of the text layer's input lands in the cleaned text."""
    shift = 0
    for r in sorted(rows, key=lambda r: r["start"]):
        if r["end"] <= pos:
            shift += len(r["replacement"] or "") - (r["end"] - r["start"])
        elif r["start"] < pos:
            return r["start"] + shift
        else:
            break
    return pos + shift


def speeches_of(doc: CleanedDocument) -> list[Speech]:
    """The speeches of a cleaned page: the cleaner's parts, each split further, truncation marked.

    Spans are in ``doc.text``.  A truncation notice the cleaner removed is
    found in the page as the cleaner received it and placed in the cleaned
    text through the audit; it marks the speech that ends where the notice
    stood.  A notice above the first speech (a document viewer's panel)
    marks none.

    Parameters
    ----------
    doc : CleanedDocument
        The result of :func:`corpusmine.text.clean.clean_document`.

    Returns
    -------
    list of Speech
        Numbered from 1 in page order.  A page the cleaner split into parts
        keeps those parts' boundaries (rule ``cleaner`` for parts after the
        first).

    Examples
    --------
    >>> from corpusmine.text.clean import clean_document
    >>> doc = clean_document("乡村振兴讲话(精选2篇)\\n讲话1\\n同志们：\\n要抓好撂荒地整治。\\n"
    ...                      "讲话2\\n同志们：\\n要抓好人居环境整治(未完,全文共3000字,当前仅显示1000字)")
    >>> [(s.title, s.truncated, s.chars_missing) for s in speeches_of(doc)]
    [('讲话1', False, None), ('讲话2', True, 2000)]
    """
    speeches: list[Speech] = []
    for p in doc.parts:
        found = split_speeches(p.text, page_title=p.title if p.part > 1 else (p.title or doc.page_title or ""),
                               first_rule="page" if p.part == 1 else "cleaner")
        for s in found:
            speeches.append(replace(s, part=len(speeches) + 1, start=s.start + p.start, end=s.end + p.start))
    if not speeches:
        return speeches
    speeches = _first_item_title(doc, speeches)
    layer_input = doc.extracted if doc.extracted is not None else doc.raw
    rows = [r for r in doc.audit_rows if r["layer"] == "text"]
    for t in find_truncations(layer_input):
        pos = _clean_position(t.start, rows)
        before = [i for i, s in enumerate(speeches) if s.start < pos]
        if not before:
            continue   # a panel above the text (剩余13页未读 …) does not say where a speech stops
        k = before[-1]
        if not speeches[k].truncated:
            speeches[k] = replace(speeches[k], truncated=True, chars_total=t.chars_total, chars_shown=t.chars_shown,
                                  chars_missing=t.chars_missing, truncation_notice=t.notice,
                                  pages_missing=t.pages_missing)
    return speeches


def _first_item_title(doc: CleanedDocument, speeches: list[Speech]) -> list[Speech]:
    """When items start at 2, the first item's line went with the page's front matter: read it from the audit."""
    if len(speeches) < 2 or speeches[0].rule != "page" or speeches[1].rule != "item":
        return speeches
    for r in reversed(doc.audit_rows):
        if r["rule"] in ("front_matter", "title_line", "repeated_title"):
            for line in reversed(r["removed"].split("\n")):
                h = item_heading(line)
                if h and h[0] == 1:
                    return [replace(speeches[0], title=h[2] or line.strip(), heading=line.strip())] + speeches[1:]
    return speeches
