"""Clean raw pages from template-speech websites, auditing every change.

A raw page is never modified.  Cleaning builds a list of *edits* over the raw
text: each edit removes a span (site chrome, a watermark, a stray space) or
replaces it (an anonymisation placeholder by :data:`config.PLACEHOLDER`, a
Traditional phrase by its Simplified form, a run of spaces by a paragraph
break).  Everything not covered by an edit is kept verbatim, so::

    raw == kept text + the original text of every edit, in order

which is what the audit table records and what the tests check for every
file.  The rules are small functions, each recognising one kind of noise
*generally* (by its form), never by file name.  They run in the order of
:data:`RULES`.

Pages saved as HTML first go through an extraction layer (tags, scripts,
styles and entities), audited the same way with ``layer="html"``; the text
rules then run on the extracted text (``layer="text"``).

Examples
--------
>>> from corpusmine.text.clean import clean_text
>>> clean_text("发布时间:2023-10-13 来源:网友投稿\\n同志们:\\n今天我们召开xx年创文工作推进会。")
'同志们:\\n今天我们召开〔某〕年创文工作推进会。'
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from corpusmine import config

# ---------------------------------------------------------------------------
# Character classes
# ---------------------------------------------------------------------------
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef“”‘’…—·"
_SPACE = " \t\u3000\u00a0"
_SENT_END = "。！？!?；;"

_RE_CJK = re.compile(f"[{CJK}]")


# ---------------------------------------------------------------------------
# Edits and the document they apply to
# ---------------------------------------------------------------------------
@dataclass
class Edit:
    """One change to the input text: ``text[start:end]`` becomes ``replacement``.

    Parameters
    ----------
    start, end : int
        The span of the input text the edit covers (``end`` excluded).
    rule : str
        Name of the cleaning rule that made the edit (``watermark``,
        ``placeholder`` ...); it becomes the ``rule`` column of the audit.
    replacement : str, default ""
        What the span becomes; empty for a removal.

    Examples
    --------
    >>> Edit(4, 6, "placeholder", "〔某〕")     # 今天召开xx年创文工作推进会
    Edit(start=4, end=6, rule='placeholder', replacement='〔某〕')
    """

    start: int
    end: int
    rule: str
    replacement: str = ""


class EditedText:
    """A text plus a sorted list of non-overlapping edits over it.

    ``render()`` gives the current output and, for every output character,
    where it came from: a non-negative index into the input for kept
    characters, or ``-(k + 1)`` for characters inserted by edit ``k``.

    Parameters
    ----------
    text : str
        The input text; it is never modified, edits are recorded over it.

    Examples
    --------
    >>> doc = EditedText("我老秘网县要抓实抓细")
    >>> doc.delete(1, 4, "watermark")
    >>> doc.output, doc.edits
    ('我县要抓实抓细', [Edit(start=1, end=4, rule='watermark', replacement='')])
    """

    def __init__(self, text: str):
        self.text = text
        self.edits: list[Edit] = []
        self._cache: tuple[str, list[int]] | None = None

    # -- rendering ---------------------------------------------------------
    def render(self) -> tuple[str, list[int]]:
        if self._cache is None:
            parts: list[str] = []
            origin: list[int] = []
            pos = 0
            for k, ed in enumerate(self.edits):
                parts.append(self.text[pos:ed.start])
                origin.extend(range(pos, ed.start))
                parts.append(ed.replacement)
                origin.extend([-(k + 1)] * len(ed.replacement))
                pos = ed.end
            parts.append(self.text[pos:])
            origin.extend(range(pos, len(self.text)))
            self._cache = ("".join(parts), origin)
        return self._cache

    @property
    def output(self) -> str:
        return self.render()[0]

    def _insert(self, new: list[Edit]) -> None:
        if new:
            self.edits.extend(new)
            self.edits.sort(key=lambda e: (e.start, e.end))
            self._cache = None

    # -- operations in output coordinates ---------------------------------
    def delete(self, a: int, b: int, rule: str) -> None:
        """Delete output characters ``[a, b)``."""
        self.delete_many([(a, b)], rule)

    def delete_many(self, spans: Iterable[tuple[int, int]], rule: str) -> None:
        """Delete several non-overlapping output spans, all given in the current output."""
        _, origin = self.render()
        new: list[Edit] = []
        trimmed: dict[int, set[int]] = {}
        for a, b in spans:
            run_start = run_end = None
            for i in range(a, b):
                o = origin[i]
                if o >= 0:
                    if run_end is not None and o == run_end:
                        run_end += 1
                    else:
                        if run_start is not None:
                            new.append(Edit(run_start, run_end, rule))
                        run_start, run_end = o, o + 1
                else:
                    first = i  # offset of this character inside edit k's replacement
                    while first > 0 and origin[first - 1] == o:
                        first -= 1
                    trimmed.setdefault(-o - 1, set()).add(i - first)
            if run_start is not None:
                new.append(Edit(run_start, run_end, rule))
        for k, drop in trimmed.items():
            ed = self.edits[k]
            ed.replacement = "".join(c for j, c in enumerate(ed.replacement) if j not in drop)
            if not ed.replacement:
                ed.rule = f"{ed.rule}>{rule}"
        self._cache = None
        self._insert(new)

    def replace(self, a: int, b: int, replacement: str, rule: str) -> bool:
        """Replace output characters ``[a, b)`` when they are all kept input text.

        Returns False (and changes nothing) when the span touches earlier edits.
        """
        return self.replace_many([(a, b, replacement)], rule) == 1

    def replace_many(self, spans: Iterable[tuple[int, int, str]], rule: str) -> int:
        """Replace several non-overlapping output spans; returns how many were applied.

        A span is applied only when it is made of contiguous kept input text.
        """
        _, origin = self.render()
        new = []
        for a, b, replacement in spans:
            if b <= a:
                continue
            s, e = origin[a], origin[b - 1]
            if s < 0 or e < 0 or e - s != b - a - 1:
                continue
            new.append(Edit(s, e + 1, rule, replacement))
        self._insert(new)
        return len(new)

    def to_output(self, pos: int) -> int:
        """Output index of input position ``pos`` (the next kept char at or after it)."""
        _, origin = self.render()
        out = self.output
        # binary search over kept origins would be faster; documents are small
        for i, o in enumerate(origin):
            if o >= pos:
                return i
        return len(out)


# ---------------------------------------------------------------------------
# Lines of the current output
# ---------------------------------------------------------------------------
def _lines(out: str) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for every line of ``out`` (end excludes the newline)."""
    pos = 0
    for line in out.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _compact(s: str) -> str:
    """A line reduced for comparison: no spaces, NFKC, lower case."""
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\u3000]+", "", s).lower()


# ---------------------------------------------------------------------------
# Simplified view (for detection only; length preserving)
# ---------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _opencc(config_name: str):
    import opencc

    return opencc.OpenCC(config_name)


_T2S_TABLE: dict[int, str] = {}
_T2S_SEEN: set[str] = set()


def simplified_view(text: str) -> str:
    """Map every character to its Simplified form one by one (length preserving).

    Used only to *detect* chrome in Traditional pages; the real conversion is
    phrase-aware (see :func:`detect_conversion`).

    Parameters
    ----------
    text : str
        Any text, Simplified or Traditional.

    Returns
    -------
    str
        The text with every Traditional character replaced by its Simplified
        form (OpenCC ``t2s``, character by character); same length as ``text``.

    Examples
    --------
    >>> simplified_view("城鄉環境綜合整治")
    '城乡环境综合整治'
    """
    missing = {c for c in set(text) - _T2S_SEEN if _RE_CJK.match(c)}
    if missing:
        conv = _opencc("t2s")
        for c in missing:
            s = conv.convert(c)
            if len(s) == 1 and s != c:
                _T2S_TABLE[ord(c)] = s
        _T2S_SEEN.update(missing)
    return text.translate(_T2S_TABLE)


def traditional_share(text: str) -> float:
    """Share of CJK characters that change under character-level t2s conversion.

    Parameters
    ----------
    text : str
        Any text; characters other than CJK ideographs are ignored.

    Returns
    -------
    float
        Between 0 and 1; 0.0 when the text holds no CJK character.

    Examples
    --------
    >>> traditional_share("城鄉環境綜合整治")     # 鄉 環 綜 of eight characters
    0.375
    >>> traditional_share("乡村振兴")
    0.0
    """
    cjk = _RE_CJK.findall(text)
    if not cjk:
        return 0.0
    view = simplified_view("".join(cjk))
    changed = sum(1 for a, b in zip(cjk, view) if a != b)
    return changed / len(cjk)


#: Conversions tried to undo a Simplified→Traditional converter.  ``tw2sp``
#: undoes OpenCC's ``s2twp`` (Taiwan phrases: 巨集觀→宏观, 專案→项目), ``hk2s``
#: undoes Hong Kong forms, ``t2s`` is the plain character conversion.
CONVERSIONS: tuple[str, ...] = ("t2s", "tw2s", "tw2sp", "hk2s")


def detect_conversion(text: str, *, threshold: float = 0.05, sample_chars: int = 4000) -> str | None:
    """Choose the OpenCC conversion that best restores Simplified text.

    Returns None when the text is already Simplified (fewer than ``threshold``
    of its CJK characters change under t2s).  Otherwise every conversion in
    :data:`CONVERSIONS` is applied and the lines on which they disagree are
    scored with jieba's dictionary: the candidate whose words are most
    probable under a mainland-Chinese word-frequency list wins.  A page that
    went through a Taiwan-phrase converter (巨集觀 for 宏观, 專案 for 项目)
    therefore comes back through ``tw2sp``.

    Examples
    --------
    >>> detect_conversion("把國家巨集觀調控作為城市發展的新機遇,有大量優秀專案參展。")
    'tw2sp'
    >>> detect_conversion("全区美丽城镇现场会讲话稿") is None
    True
    """
    if traditional_share(text) < threshold:
        return None
    outputs = {c: _opencc(c).convert(text) for c in CONVERSIONS}
    lines = {c: o.split("\n") for c, o in outputs.items()}
    n = min(len(v) for v in lines.values())
    differing = [i for i in range(n) if len({lines[c][i] for c in CONVERSIONS}) > 1]
    if not differing:
        return "t2s"
    # a sample of the disagreeing lines is enough to tell the conversions apart
    sample, size = [], 0
    for i in differing:
        sample.append(i)
        size += len(lines["t2s"][i])
        if size > sample_chars:
            break
    differing = sample
    scores = {c: _lm_score("\n".join(lines[c][i] for i in differing)) for c in CONVERSIONS}
    # ties go to the simplest conversion (order of CONVERSIONS)
    return max(CONVERSIONS, key=lambda c: (scores[c], -CONVERSIONS.index(c)))


def _lm_score(text: str) -> float:
    """Mean log-probability per character of jieba's best segmentation."""
    import math

    import jieba

    jieba.setLogLevel(60)
    tok = _lm_tokenizer()
    total = math.log(tok.total)
    score = 0.0
    n = 0
    for w in tok.cut(text, HMM=False):
        if not _RE_CJK.search(w):
            continue
        f = tok.FREQ.get(w) or 0
        score += (math.log(f) if f > 0 else 0.0) - total
        n += len(w)
    return score / n if n else float("-inf")


@lru_cache(maxsize=1)
def _lm_tokenizer():
    import jieba

    jieba.setLogLevel(60)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def _route_logprob(text: str) -> float:
    """Log-probability of jieba's best segmentation of ``text`` (its DAG route score)."""
    if not text:
        return 0.0
    tok = _lm_tokenizer()
    dag = tok.get_DAG(text)
    route: dict = {}
    tok.calc(text, dag, route)
    return route[0][0]


_CONTEXT = 6
#: A phrase-level reversion must raise the context's log-probability by more
#: than this (in nats) to replace the character-level form.  Unigram word
#: frequencies cannot tell 新增 from 添加, 效能 from 性能 or 整合 from 集成 (all
#: valid mainland words); when the evidence is that thin the character-level
#: form is kept.  On the Traditional page of the seed corpus the reversions
#: that win by more than 3 nats are all Taiwan-only words (巨集觀, 專案, 視窗,
#: 回圈, 程式, 資訊, 排程, 許可權); those below it are mostly words valid in both.
REVERT_MARGIN = 3.0
_BREAK = re.compile(r"[。！？!?；;，,、:：\n“”\"()（）]")


def convert_script(text: str, conversion: str) -> str:
    """Convert Traditional text to Simplified, phrase by phrase where it matters.

    ``t2s`` converts characters; a phrase-level conversion such as ``tw2sp``
    also reverts regional vocabulary (巨集觀→宏观, 專案→项目, 視窗→窗口), but
    that reversal is ambiguous: 建立 is what Simplified→Taiwan converters make
    of both 建立 and 创建, 執行 of both 执行 and 运行.  Wherever the two
    conversions disagree, the variant whose words are more probable in
    context under jieba's mainland word-frequency dictionary is kept
    (context: up to six characters on each side, not crossing punctuation),
    provided it wins by more than :data:`REVERT_MARGIN`; otherwise the
    character-level form stays.  Regional words that are not mainland
    vocabulary (巨集觀, 專案, 視窗, 回圈) win by several nats; words that are
    valid in both (建立/创建, 執行/运行, 新增/添加) stay as written.

    Examples
    --------
    >>> convert_script("把國家巨集觀調控作為新機遇,建立健全長效機制", "tw2sp")
    '把国家宏观调控作为新机遇,建立健全长效机制'
    """
    base = _opencc("t2s").convert(text)
    if conversion == "t2s":
        return base
    alt = _opencc(conversion).convert(text)
    if alt == base:
        return base
    ops = [op for op in SequenceMatcher(None, base, alt, autojunk=False).get_opcodes()]
    # A word whose characters moved (視窗→窗口) shows up as a deletion and an
    # insertion around one equal character: those two are one region.  Other
    # neighbouring differences (專案…核心) are decided one by one.
    regions: list[list] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if (
            regions
            and {regions[-1][4], tag} == {"delete", "insert"}
            and i1 - regions[-1][1] <= 1
            and not _BREAK.search(base[regions[-1][1]:i1])
        ):
            regions[-1][1], regions[-1][3], regions[-1][4] = i2, j2, "moved"
        else:
            regions.append([i1, i2, j1, j2, tag])
    out = []
    pos = 0
    for i1, i2, j1, j2, _ in regions:
        out.append(base[pos:i1])
        left = base[max(0, i1 - _CONTEXT):i1]
        left = _BREAK.split(left)[-1]
        right = _BREAK.split(base[i2:i2 + _CONTEXT])[0]
        a, b = base[i1:i2], alt[j1:j2]
        gain = _route_logprob(left + b + right) - _route_logprob(left + a + right)
        out.append(b if gain > REVERT_MARGIN else a)
        pos = i2
    out.append(base[pos:])
    return "".join(out)


def _diff_replacements(old: str, new: str) -> list[tuple[int, int, str]]:
    """Spans of ``old`` that differ from ``new``: ``(start, end, replacement)``."""
    if old == new:
        return []
    if len(old) == len(new):
        out = []
        i = 0
        n = len(old)
        while i < n:
            if old[i] != new[i]:
                j = i
                while j < n and old[j] != new[j]:
                    j += 1
                out.append((i, j, new[i:j]))
                i = j
            else:
                i += 1
        return out
    sm = SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


# ---------------------------------------------------------------------------
# Patterns (all matched on the Simplified view)
# ---------------------------------------------------------------------------
SALUTATION = re.compile(
    r"(?:各位领导[、,，]\s*|尊敬的[^\n,，:：]{1,30}[,，、]\s*)?"
    r"(?:同志们(?:[、,，]\s*朋友们)?|各位老师|各位代表|各位委员|各位同事|各位同仁)"
    r"\s*[:：,，!！。]"
)
#: A line is a salutation line when it starts with (or, glued to a title, contains) one.
_SALUTATION_LINE = re.compile(r"^\s*(?P<pre>.{0,80}?)\s*(?P<sal>" + SALUTATION.pattern + ")")

TITLE_LIKE = re.compile(
    r"(讲话|讲话稿|讲话文稿|讲话材料|发言|发言稿|致辞|报告|动员会|推进会|会议)(稿|文稿|提纲)?"
    r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*$"
)

PART_HEADING = [
    re.compile(r"^\s*(?P<title>.{2,80}?)\s*篇\s*(?P<n>[0-9一二三四五六七八九十]+)\s*$"),
    re.compile(r"^\s*【?\s*篇\s*(?P<n>[0-9一二三四五六七八九十]+)\s*】?\s*[:：]?\s*(?P<title>.{0,80})$"),
    re.compile(r"^\s*【?\s*范文\s*(?P<n>[0-9一二三四五六七八九十]+)\s*】?\s*[:：]?\s*(?P<title>.{0,80})$"),
]

_NAV = re.compile(r"^\s*(当前位置|您的位置|您现在的位置|现在位置|位置)\s*[:：]|(\S+\s*[>›»]\s*){2,}\S+")
_NAV_ITEMS = re.compile(r"^\s*(?:\S{2,8}\s+){3,}\S{2,8}\s*$")
_NAV_WORDS = re.compile(r"首页|范文|范例|栏目|频道|主页|导航|专题")
_SHORT_NAV = re.compile(r"^\s*(首页|网站首页|返回首页|返回顶部|返回列表|MORE|更多|上一页|下一页|打印本页|收藏本页)\s*$", re.I)

_META_FIELD = r"(?:发布时间|发布日期|发表时间|发布于|更新时间|上传时间|时间|日期|来源|出处|作者|文章作者|编辑|责任编辑|人气|浏览|浏览次数|阅读|阅读量|点击|点击数|栏目|分类|字数|页数|价格|大小|格式|标签|标题|下载次数)"
_META = re.compile(r"^\s*" + _META_FIELD + r"\s*[:：]")
_META_MULTI = re.compile(_META_FIELD + r"\s*[:：]")
_TITLE_FIELD = re.compile(r"^\s*标题\s*[:：]\s*(?P<title>.+?)\s*(\[打印本页\]|【打印本页】)?\s*$")

_BLURB = re.compile(
    r"小编|供大家参考|仅供参考|以供参考|欢迎阅读|欢迎借鉴|希望对(大家|您)有所帮助|欢迎下载|"
    r"本文(档)?由用户上传|请您下载后查看|内容显示的完整度|以下是[^。]{0,30}(范文|讲话稿|材料)|"
    r"精心整理|整理了[^。]{0,20}(范文|讲话稿)"
)
_RECOMMEND = re.compile(
    r"^\s*(推荐访问|相关推荐|推荐阅读|相关阅读|相关文章|猜你喜欢|推荐特供|热门文章|热门推荐|延伸阅读|上一篇|下一篇|相关范文|相关文档)\s*[:：]?"
)
#: Footer lines.  Words that also occur in real speeches and reports (侵权, 授权,
#: 投诉, 免责) count only in their site-footer phrasing (如有侵权, 禁止转载,
#: 向本站投诉), so that "对侵权行为要依法惩处" stays.
_FOOTER = re.compile(
    r"版权所有|版权归|copyright|©|all rights reserved|icp备|icp证|备案号|公网安备|powered by|"
    r"^\s*欢迎光临|禁止复制|禁止转载|不得转载|建立镜像|联系客服|客服热线|本站|"
    r"如有侵权|侵权必究|侵权请|侵权删除|^\s*免责声明",
    re.I,
)
_PAYWALL_LINE = re.compile(
    r"资源预览|文档简介|剩余\s*\d+\s*页未读|查看更多内容|需下载|文档下载|下载文档|立即下载|付费|"
    r"^\s*版权提示\s*$|^\s*[•·]?\s*温馨提示\s*[:：]?\s*$|^\s*[•·]\s*\d+\s*[.、]|"
    r"^\s*\d+\s*/\s*\d+\s*$|^\s*(第\s*\d+\s*页|[-—]\s*\d+\s*[-—])\s*$"
)
_PDF_FOOTER = re.compile(r"第\s*\d+\s*页\s*[,，/、]?\s*共\s*\d+\s*页")
_PAYWALL_MARK = re.compile(
    r"(?:[(（【\[]\s*)?(?:[.…]{2,}\s*)?(?:此处|以下|后面|剩余)?已?(?:隐藏|省略)\s*\d+\s*字"
    r"(?:\s*[.…]{2,})?(?:\s*[)）】\]])?"
)
_PINYIN_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(
    rf"(?<=[{CJK}])[(（](?=[a-zü{_PINYIN_VOWEL}]*[{_PINYIN_VOWEL}1-5])"
    rf"[bpmfdtnlgkhjqxzcsryw]?h?[aeiouüv{_PINYIN_VOWEL}]{{1,3}}(?:ng|n|r)?[1-5]?[)）]"
)
_CSS = re.compile(
    r"^\s*(?:[@.#]?[\w\-]+(?:[\s,>.#:\[\]=\"'\w\-]*)\{[^{}]*\}?|\}|\{)\s*$|"
    r"(?:[a-z\-]{3,}\s*:\s*[^;:\n]{1,40};\s*){2,}|"
    r"^\s*(?:@media|@font-face|@import)\b"
)
_SCRIPT = re.compile(
    r"^\s*(?:var |let |const |function\s*\w*\s*\(|document\.|window\.|\$\(|if\s*\(.*\)\s*\{|<script|</script)"
)

_PLACEHOLDERS = [
    (
        "template_slot",
        re.compile(
            r"[(（](?:如[:：][^()（）]{0,20}|[^()（）]{0,6}(?:归纳|提炼|列举|发言主题|填写|单位名称|姓名)[^()（）]{0,12}|主题)[)）]"
        ),
    ),
    ("placeholder", re.compile(r"(?<![A-Za-z0-9])(?:19|20)[xX×]{2}(?![A-Za-z])")),
    ("placeholder", re.compile(r"(?<![A-Za-z])[xX]{2,}(?![A-Za-z])")),
    ("placeholder", re.compile(rf"(?<=[{CJK}{CJK_PUNCT}\s\"“《(（])[xX](?=[{CJK}{CJK_PUNCT}\s\"”》)）])")),
    ("placeholder", re.compile(r"^[xX](?=[" + CJK + r"])", re.M)),
    ("placeholder", re.compile(r"\*{2,}|×{2,}|[○□△■]{2,}")),
    ("placeholder", re.compile(rf"(?<![0-9]){'×'}(?![0-9])")),
]

_STRAY_SPACE = re.compile(
    rf"(?<=[{CJK}{CJK_PUNCT}0-9,.;:!?、])[ \t\u3000\u00a0]+(?=[{CJK}{CJK_PUNCT}、])|"
    rf"(?<=[{CJK}{CJK_PUNCT}、])[ \t\u3000\u00a0]+(?=[0-9A-Za-z“])"
)
_PARA_SPACES = re.compile(r"(?<=\S)[ \t\u3000\u00a0]{2,}(?=\S)")


# ---------------------------------------------------------------------------
# The document being cleaned
# ---------------------------------------------------------------------------
@dataclass
class Part:
    """One speech found in a page: ``part`` counts from 1 in page order.

    Parameters
    ----------
    part : int
        1-based position of the speech in its page.
    title : str
        The title the page gives the speech ('' when none was found).
    start, end : int
        Span of the speech in the cleaned text of the page.
    text : str
        The speech's cleaned text, one paragraph per line.

    Examples
    --------
    >>> clean_document("同志们:\\n要抓实抓细抓出成效。").parts[0]
    Part(part=1, title='', start=0, end=15, text='同志们:\\n要抓实抓细抓出成效。')
    """

    part: int
    title: str
    start: int  # in the cleaned text
    end: int
    text: str


@dataclass
class CleanedDocument:
    """The result of :func:`clean_document`.

    Parameters
    ----------
    source_file : str
        Name used in the audit table and in messages.
    raw : str
        The page as given to :func:`clean_document`.
    text : str
        The cleaned page, one paragraph per line.
    parts : list of Part
        The speeches found, in page order.
    page_title : str or None
        The page's own title, when one was found.
    conversion : str or None
        The OpenCC conversion applied to a Traditional page, or None.
    audit_rows : list of dict
        One row per edit (see ``AUDIT_COLUMNS``); :attr:`audit` gives them as
        a DataFrame.
    html : bool
        Whether the page went through the HTML layer.
    extracted : str or None
        Text after the HTML layer (HTML pages only).

    Examples
    --------
    >>> doc = clean_document("同志们:\\n我老秘网县要抓实抓细抓出成效。")
    >>> doc.text, doc.conversion, len(doc.parts)
    ('同志们:\\n我县要抓实抓细抓出成效。', None, 1)
    >>> doc.audit[["rule", "removed"]].values.tolist()
    [['watermark', '老秘网']]
    """

    source_file: str
    raw: str
    text: str
    parts: list[Part]
    page_title: str | None
    conversion: str | None
    audit_rows: list[dict] = field(default_factory=list)
    html: bool = False
    extracted: str | None = None  # text after the HTML layer (HTML pages only)

    @property
    def audit(self):
        import pandas as pd

        return pd.DataFrame(self.audit_rows, columns=AUDIT_COLUMNS)


AUDIT_COLUMNS = ["source_file", "layer", "start", "end", "rule", "action", "removed", "replacement"]


class _Cleaner:
    """Holds the state of one cleaning run; each rule is a method."""

    def __init__(self, text: str, *, watermarks: Iterable[str] = ()):
        self.doc = EditedText(text)
        self.watermarks = set(watermarks)
        self.page_title: str | None = None
        self.part_marks: list[tuple[int, str]] = []  # (input position, title)
        self.conversion: str | None = None
        self._view: tuple[str, str] | None = None

    # convenience ------------------------------------------------------
    def view(self) -> tuple[str, str]:
        out = self.doc.output
        if self._view is None or self._view[0] is not out:
            self._view = (out, simplified_view(out))
        return self._view

    def delete_lines(self, pred: Callable[[str], bool], rule: str, *, limit: tuple[int, int] | None = None):
        out, view = self.view()
        spans = []
        for s, e, line in _lines(view):
            if limit and not (limit[0] <= s < limit[1]):
                continue
            if line.strip() and pred(line):
                spans.append((s, e))
        self.doc.delete_many(spans, rule)
        return spans

    def delete_matches(self, pattern: re.Pattern, rule: str):
        out, view = self.view()
        self.doc.delete_many([(m.start(), m.end()) for m in pattern.finditer(view) if m.end() > m.start()], rule)

    def replace_matches(self, pattern: re.Pattern, repl: str, rule: str):
        out, view = self.view()
        self.doc.replace_many(
            [(m.start(), m.end(), repl) for m in pattern.finditer(view) if m.end() > m.start()], rule
        )

    def _input_pos(self, out_pos: int) -> int:
        """Input position of the first kept character at or after output position ``out_pos``."""
        _, origin = self.doc.render()
        for o in origin[out_pos:]:
            if o >= 0:
                return o
        return len(self.doc.text)

    # rules ------------------------------------------------------------
    def rule_learn_site_names(self):
        """Site names named by footers and headers become watermarks to remove."""
        _, view = self.view()
        for m in re.finditer(
            r"(?:版权所有|欢迎光临|powered by|来自)\s*[:：]?\s*(?P<name>[^\s©,，|()（）\[\]【】:：.。]{2,20})", view, re.I
        ):
            for name in re.split(r"[_\-—·]", m.group("name")):
                if len(name) >= 3 and re.search(r"(网|站|文库|范文|文档|秘书)$", name):
                    self.watermarks.add(name)
        first = view.lstrip().split("\n", 1)[0].strip()
        if re.fullmatch(r"[^\s]{2,12}网[_\-—·][^\s]{2,12}", first):
            for name in re.split(r"[_\-—·]", first):
                if len(name) >= 3:
                    self.watermarks.add(name)

    def rule_html_leftovers(self):
        self.delete_lines(lambda l: bool(_CSS.search(l)), "leaked_css")
        self.delete_lines(lambda l: bool(_SCRIPT.search(l)), "leaked_script")

    def rule_navigation(self):
        def is_nav(line: str) -> bool:
            if len(line) > 300:
                return False
            if _SHORT_NAV.match(line) or _NAV.search(line):
                return True
            return bool(_NAV_ITEMS.match(line) and len(_NAV_WORDS.findall(line)) >= 2)

        self.delete_lines(is_nav, "site_navigation")

    def rule_page_meta(self):
        _, view = self.view()
        for _, _, line in _lines(view):
            m = _TITLE_FIELD.match(line)
            if m and not self.page_title:
                self.page_title = m.group("title").strip()

        def is_meta(line: str) -> bool:
            if len(line) > 200:
                return False
            return bool(_META.match(line) or len(_META_MULTI.findall(line)) >= 2)

        self.delete_lines(is_meta, "page_meta")

    def rule_blurbs(self):
        self.delete_lines(lambda l: len(l) < 300 and bool(_BLURB.search(l)), "editor_blurb")
        self.delete_lines(lambda l: bool(_RECOMMEND.match(l)), "recommend_list")
        self.delete_lines(lambda l: len(l) < 300 and bool(_FOOTER.search(l)), "copyright_footer")
        self.delete_lines(lambda l: len(l) < 300 and bool(_PAYWALL_LINE.search(l)), "paywall_preview")

    def rule_inline_noise(self):
        self.delete_matches(_PDF_FOOTER, "pdf_page_footer")
        self.delete_matches(_PAYWALL_MARK, "paywall_marker")
        self.delete_matches(_PINYIN, "pinyin_gloss")

    def rule_paragraph_spaces(self):
        """Runs of 2+ spaces inside a line separate paragraphs in some pages."""
        out, view = self.view()
        self.doc.replace_many([(m.start(), m.end(), "\n") for m in _PARA_SPACES.finditer(view)], "paragraph_break")

    def rule_part_headings(self):
        """Lines like ``…讲话 篇1`` separate the speeches of a multi-speech page."""
        out, view = self.view()
        _, origin = self.doc.render()
        found = []
        for s, e, line in _lines(view):
            for pat in PART_HEADING:
                m = pat.match(line)
                if m:
                    found.append((s, e, m.group("title").strip()))
                    break
        if len(found) < 2:  # one "篇" line is not a multi-speech page
            return
        spans = []
        for s, e, title in found:
            self.part_marks.append((self._input_pos(e), title))
            spans.append((s, e))
        # what precedes the first part heading is the page's own header
        head = [(s, e) for s, e, l in _lines(view) if e <= found[0][0] and l.strip()]
        # delete the later spans first: earlier output positions stay valid
        self.doc.delete_many(spans, "part_heading")
        if sum(e - s for s, e in head) <= 300:
            for s, e in head:
                if not self.page_title:
                    self.page_title = view[s:e].strip()
            self.doc.delete_many(head, "front_matter")

    def rule_repeated_titles(self):
        """Short lines that occur two or more times are the page title repeated."""
        out, view = self.view()
        counts: dict[str, list[tuple[int, int, str]]] = {}
        for s, e, line in _lines(view):
            key = _compact(line)
            if 4 <= len(key) <= 80 and not re.search(r"[。！？!?]$", key):
                counts.setdefault(key, []).append((s, e, line.strip()))
        spans = []
        for key, occ in counts.items():
            if len(occ) >= 2 and not SALUTATION.match(occ[0][2]):
                if not self.page_title:
                    self.page_title = occ[0][2]
                spans.extend((s, e) for s, e, _ in occ)
        self.doc.delete_many(sorted(spans), "repeated_title")

    def _salutations(self) -> list[tuple[int, int, str]]:
        """(line start, salutation start, prefix) for every salutation line, in output coordinates."""
        out, view = self.view()
        found = []
        for s, e, line in _lines(view):
            m = _SALUTATION_LINE.match(line)
            if not m:
                continue
            pre = m.group("pre")
            if pre and not TITLE_LIKE.search(pre):
                continue  # a salutation in the middle of a sentence
            found.append((s, s + m.start("sal"), pre.strip()))
        return found

    def rule_front_matter(self):
        """Title lines glued to a salutation, and short leftovers before the first one."""
        sal = self._salutations()
        if not sal:
            return
        # a title glued in front of a salutation: 2021年…讲话稿各位领导、同志们:
        for line_start, sal_start, pre in reversed(sal):
            if pre:
                self.doc.delete(line_start, sal_start, "title_line")
                if not self.page_title:
                    self.page_title = pre
        sal = self._salutations()
        out, view = self.view()
        first = sal[0][0]
        if first > max(0.3 * len(out), 600):
            return
        before = [(s, e, l) for s, e, l in _lines(view) if e <= first and l.strip()]
        if all(len(l.strip()) <= 120 for _, _, l in before):
            for s, e, l in before:
                if not self.page_title and TITLE_LIKE.search(l):
                    self.page_title = l.strip()
            self.doc.delete_many([(s, e) for s, e, _ in before], "front_matter")

    def rule_appended_speeches(self):
        """A second salutation preceded by a title starts an appended speech."""
        sal = self._salutations()
        if len(sal) < 2:
            return
        out, view = self.view()
        _, origin = self.doc.render()
        part_positions = sorted(p for p, _ in self.part_marks)
        lines = list(_lines(view))
        starts = [s for s, _, _ in lines]
        spans = []
        for line_start, _, _ in sal[1:]:
            idx = starts.index(line_start)
            # previous non-empty line
            j = idx - 1
            while j >= 0 and not lines[j][2].strip():
                j -= 1
            if j < 0:
                continue
            ps, pe, prev = lines[j]
            # already separated by a part heading?
            if any(origin[ps] <= p <= origin[line_start] for p in part_positions):
                continue
            m = re.search(rf"(?:^|(?<=[{_SENT_END}」”\"]))\s*(?P<title>[^{_SENT_END}\n]{{6,80}})\s*$", prev)
            if not m or not TITLE_LIKE.search(m.group("title")):
                continue
            ts = ps + m.start()
            title = m.group("title").strip()
            self.part_marks.append((self._input_pos(line_start), title))
            spans.append((ts, pe))
        self.doc.delete_many(spans, "appended_title")

    def rule_watermarks(self):
        if not self.watermarks:
            return
        names = sorted(self.watermarks, key=len, reverse=True)
        self.delete_matches(re.compile("|".join(map(re.escape, names))), "watermark")

    def rule_placeholders(self):
        for rule, pat in _PLACEHOLDERS:
            self.replace_matches(pat, config.PLACEHOLDER, rule)

    def rule_script(self):
        """Convert Traditional script to Simplified with the conversion that undoes it."""
        out = self.doc.output
        self.conversion = detect_conversion(out)
        if not self.conversion:
            return
        _, origin = self.doc.render()
        rule = f"to_simplified:{self.conversion}"
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
            for a, b, rep in _diff_replacements(seg, convert_script(seg, self.conversion)):
                edits.append((i + a, i + b, rep))
            i = j
        self.doc.replace_many(edits, rule)

    def rule_whitespace(self):
        """Stray spaces inside Chinese text, then blank lines and line-edge spaces."""
        out, _ = self.view()
        spans = [(m.start(), m.end()) for m in _STRAY_SPACE.finditer(out)]
        self.doc.delete_many(spans, "stray_space")
        out, _ = self.view()
        spans = []
        for s, e, line in _lines(out):
            stripped = line.strip(_SPACE + "\r\ufeff\u200b")
            if not stripped:
                if e > s:
                    spans.append((s, e))
                continue
            lead = len(line) - len(line.lstrip(_SPACE + "\r\ufeff\u200b"))
            trail = len(line) - len(line.rstrip(_SPACE + "\r\ufeff\u200b"))
            if lead:
                spans.append((s, s + lead))
            if trail:
                spans.append((e - trail, e))
        self.doc.delete_many(spans, "whitespace")
        # collapse newline runs to one newline; drop leading/trailing newlines
        out, _ = self.view()
        spans = [(m.start() + 1, m.end()) for m in re.finditer(r"\n{2,}", out)]
        lead = re.match(r"\n+", out)
        trail = re.search(r"\n+$", out)
        self.doc.delete_many(spans, "whitespace")
        out, _ = self.view()
        if out.endswith("\n"):
            m = re.search(r"\n+$", out)
            self.doc.delete(m.start(), m.end(), "whitespace")
        out, _ = self.view()
        if out.startswith("\n"):
            m = re.match(r"\n+", out)
            self.doc.delete(m.start(), m.end(), "whitespace")
        del lead, trail


#: The order rules run in.  Chrome first (so that titles and salutations are
#: found among what is left), then inline noise, speech boundaries,
#: watermarks and placeholders, script conversion, and whitespace last.
RULES: tuple[str, ...] = (
    "rule_learn_site_names",
    "rule_html_leftovers",
    "rule_navigation",
    "rule_page_meta",
    "rule_blurbs",
    "rule_inline_noise",
    "rule_paragraph_spaces",
    "rule_repeated_titles",
    "rule_part_headings",
    "rule_front_matter",
    "rule_appended_speeches",
    "rule_watermarks",
    "rule_placeholders",
    "rule_script",
    "rule_whitespace",
)


# ---------------------------------------------------------------------------
# HTML layer
# ---------------------------------------------------------------------------
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "header",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "title", "blockquote", "pre", "dd", "dt", "nav",
    "aside", "form", "hr", "body", "head", "html",
}
_HTML_TOKEN = re.compile(
    r"(?P<drop><(?P<dt>script|style|noscript|template)\b[^>]*>.*?</(?P=dt)\s*>)|"
    r"(?P<comment><!--.*?-->)|(?P<decl><![^>]*>)|"
    r"(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)|"
    r"(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    re.S | re.I,
)


def extract_html(text: str) -> tuple[str, list[Edit]]:
    """Strip markup from an HTML page, returning the text and the audited edits.

    Block-level tags become line breaks; scripts, styles, comments and other
    tags are removed; entities are decoded.

    Parameters
    ----------
    text : str
        The page's HTML source.

    Returns
    -------
    text : str
        The extracted text (the input of the text rules).
    edits : list of Edit
        One edit per tag, script/style block, comment or entity, with rule
        ``html_markup``, ``html_script_style`` or ``html_entity``.

    Examples
    --------
    >>> text, edits = extract_html("<p>同志们:</p><p>要抓实抓细&nbsp;抓出成效。</p>")
    >>> text
    '\\n同志们:\\n\\n要抓实抓细\\xa0抓出成效。\\n'
    >>> sorted({e.rule for e in edits})
    ['html_entity', 'html_markup']
    """
    doc = EditedText(text)
    edits = []
    for m in _HTML_TOKEN.finditer(text):
        if m.group("drop"):
            edits.append(Edit(m.start(), m.end(), "html_script_style", ""))
        elif m.group("comment") or m.group("decl"):
            edits.append(Edit(m.start(), m.end(), "html_markup", ""))
        elif m.group("tag"):
            name = m.group("name").lower()
            edits.append(Edit(m.start(), m.end(), "html_markup", "\n" if name in _BLOCK_TAGS else ""))
        else:
            edits.append(Edit(m.start(), m.end(), "html_entity", html.unescape(m.group("entity"))))
    doc._insert(edits)
    return doc.output, doc.edits


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------
def load_watermarks(path: Path | None = None) -> list[str]:
    """Site names listed in ``data/lexicons/site_chrome.yaml``.

    Parameters
    ----------
    path : path-like, optional
        Another site-chrome file; default ``data/lexicons/site_chrome.yaml``.

    Returns
    -------
    list of str
        The ``name`` of every ``watermarks`` entry, in file order; an empty
        list when the file does not exist.

    Examples
    --------
    >>> "老秘网" in load_watermarks()     # 我老秘网县 for 我县
    True
    >>> load_watermarks("没有这个文件.yaml")
    []
    """
    import yaml

    path = Path(path or config.SITE_CHROME)
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(w["name"]) for w in data.get("watermarks", []) if w.get("name")]


def _audit_rows(source_file: str, layer: str, text: str, edits: list[Edit]) -> list[dict]:
    return [
        {
            "source_file": source_file,
            "layer": layer,
            "start": ed.start,
            "end": ed.end,
            "rule": ed.rule,
            "action": "replace" if ed.replacement else "remove",
            "removed": text[ed.start:ed.end],
            "replacement": ed.replacement,
        }
        for ed in edits
    ]


def clean_document(
    raw: str,
    *,
    source_file: str = "<text>",
    is_html: bool | None = None,
    watermarks: Iterable[str] | None = None,
) -> CleanedDocument:
    """Clean one raw page and split it into speeches.

    Parameters
    ----------
    raw : str
        The decoded page, exactly as read (see :func:`corpusmine.text.decode.read_text`).
    source_file : str
        Name used in the audit table and in messages.
    is_html : bool, optional
        Force or forbid the HTML layer; by default detected from the text.
    watermarks : iterable of str, optional
        Site names to remove from the body; default: ``site_chrome.yaml``
        plus names learned from the page's own footer.

    Returns
    -------
    CleanedDocument
        ``.text`` (one paragraph per line), ``.parts`` (the speeches found,
        in page order), ``.page_title``, ``.conversion`` (the OpenCC
        conversion applied, or None) and ``.audit`` (one row per edit).

    Examples
    --------
    >>> doc = clean_document("讲话 篇1\\n同志们:\\n要抓好落实。\\n讲话 篇2\\n同志们:\\n要久久为功。")
    >>> [(p.part, p.text) for p in doc.parts]
    [(1, '同志们:\\n要抓好落实。'), (2, '同志们:\\n要久久为功。')]
    """
    if is_html is None:
        from corpusmine.text.decode import looks_like_html

        is_html = looks_like_html(raw)
    rows: list[dict] = []
    text = raw
    extracted = None
    if is_html:
        text, html_edits = extract_html(raw)
        extracted = text
        rows.extend(_audit_rows(source_file, "html", raw, html_edits))

    cleaner = _Cleaner(text, watermarks=load_watermarks() if watermarks is None else watermarks)
    for name in RULES:
        getattr(cleaner, name)()
    doc = cleaner.doc
    out, origin = doc.render()
    rows.extend(_audit_rows(source_file, "text", text, doc.edits))

    # speeches: split the cleaned text at the recorded part boundaries
    marks = sorted(cleaner.part_marks)
    bounds = []
    for pos, title in marks:
        k = 0
        while k < len(origin) and (origin[k] < 0 or origin[k] < pos):
            k += 1
        # move to the start of that line
        while k > 0 and out[k - 1] != "\n":
            k -= 1
        bounds.append((k, title))
    parts: list[Part] = []
    if not bounds or bounds[0][0] > 0:
        first_title = cleaner.page_title or ""
        bounds.insert(0, (0, first_title))
    for i, (start, title) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(out)
        body = out[start:end].strip("\n")
        if not body.strip():
            continue
        parts.append(Part(len(parts) + 1, title, start, end, body))
    return CleanedDocument(
        source_file=source_file,
        raw=raw,
        text=out,
        parts=parts,
        page_title=cleaner.page_title,
        conversion=cleaner.conversion,
        audit_rows=rows,
        html=bool(is_html),
        extracted=extracted,
    )


def clean_text(raw: str) -> str:
    """Clean one raw page with no manifest: chrome, watermarks, script, placeholders.

    Parameters
    ----------
    raw : str
        A page as scraped (plain text or HTML).

    Returns
    -------
    str
        The cleaned text, one paragraph per line; several speeches on one page
        follow each other in page order.

    Examples
    --------
    >>> clean_text("当前位置:首页 > 范文\\n同志们:\\n我老秘网县要抓实抓细抓出成效。")
    '同志们:\\n我县要抓实抓细抓出成效。'
    """
    return clean_document(raw).text


def reconstruct(cleaned: str, audit) -> str:
    """Rebuild a layer's input from its output and its audit rows alone.

    ``audit`` holds the rows of one file and one layer (columns start, end,
    removed, replacement).  The output is read left to right: between two
    edits it is kept input text, at an edit it is the replacement, and the
    edit's ``removed`` text is put back in its place.  The result equals the
    layer's input exactly when the audit accounts for every character.

    Parameters
    ----------
    cleaned : str
        The layer's output (``CleanedDocument.text`` for the text layer).
    audit : DataFrame
        The audit rows of that file and layer.

    Returns
    -------
    str
        The layer's input, rebuilt.

    Raises
    ------
    ValueError
        When the output does not hold an edit's replacement where the audit
        says it should.

    Examples
    --------
    >>> raw = "当前位置:首页 > 范文\\n同志们:\\n我老秘网县要抓实抓细。"
    >>> doc = clean_document(raw)
    >>> audit = doc.audit[doc.audit["layer"] == "text"]
    >>> reconstruct(doc.text, audit) == raw
    True
    """
    rows = sorted(zip(audit["start"], audit["end"], audit["removed"], audit["replacement"]))
    parts = []
    pos = 0      # position in the layer's input
    out_pos = 0  # position in the layer's output
    for s, e, removed, repl in rows:
        n = s - pos
        if n < 0:
            raise ValueError(f"overlapping audit rows at {s}")
        parts.append(cleaned[out_pos:out_pos + n])
        out_pos += n
        if cleaned[out_pos:out_pos + len(repl)] != repl:
            raise ValueError(f"replacement {repl!r} not found at output position {out_pos}")
        out_pos += len(repl)
        parts.append(removed)
        pos = e
    parts.append(cleaned[out_pos:])
    return "".join(parts)
