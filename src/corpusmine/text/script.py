"""Traditional script: detection, and conversion back to Simplified with a language model.

Pages copied from template sites are sometimes in Traditional script, made by
a Simplified→Traditional converter.  :func:`detect_conversion` chooses the
OpenCC conversion that best undoes it; :func:`convert_script` applies it
phrase by phrase, keeping a regional reversion only where jieba's mainland
word frequencies clearly prefer it; :func:`simplified_view` gives the
length-preserving character-level view on which the cleaning patterns match.

Examples
--------
>>> convert_script("城鄉環境綜合整治", "t2s")
'城乡环境综合整治'
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher
from functools import lru_cache

from corpusmine import config
from corpusmine.text.patterns import CJK, RE_CJK


@lru_cache(maxsize=8)
def _opencc(config_name: str):
    import opencc

    return opencc.OpenCC(config_name)


_COUNT_CHUNK = 1 << 20   # characters counted at a time (bounds the memory of the counts)
_SAMPLE = 1 << 16        # characters sampled to choose how simplified_view converts


@lru_cache(maxsize=1)
def _t2s_chars() -> tuple[dict[int, str], re.Pattern]:
    """OpenCC ``t2s`` of every CJK character on its own: the table and a pattern matching its keys.

    Built once per process.  Each character is converted alone (one per line,
    so no phrase rule spans two); only one-character results that differ
    from the input enter the table, with the Hong Kong variants of ``hk2s``
    that ``t2s`` leaves (衞 → 卫).
    """
    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi + 1)]
    converted = _opencc("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):           # never seen; fall back to one call per character
        converted = [_opencc("t2s").convert(c) for c in chars]
    table = {ord(c): t for c, t in zip(chars, converted) if len(t) == 1 and t != c}
    # Hong Kong variants that t2s leaves as they are but hk2s, which converts a Hong Kong page, maps (衞 卫, 衹 只,
    # 敍 叙, 枱 台 …): without them a page's view and its conversion would count one word apart.  (tw2s's own extras
    # are not taken: 么 and 著 are Simplified characters too.)
    hk = _opencc("hk2s").convert("\n".join(chars)).split("\n")
    if len(hk) == len(chars):
        table.update({ord(c): h for c, h in zip(chars, hk) if len(h) == 1 and h != c and ord(c) not in table})
    pattern = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(table)) + "]")
    return table, pattern


_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))   # the ranges of patterns.RE_CJK
_NON_CJK_RUN = re.compile(f"[^{CJK}]+")


def simplified_view(text: str) -> str:
    """Map every character to its Simplified form one by one (length preserving).

    Used only to *detect* chrome in Traditional pages; the real conversion is
    phrase-aware (see :func:`detect_conversion`).  A text without any
    Traditional character is returned as it is (one scan, no copy).

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
    >>> simplified_view("環境衞生")       # a Hong Kong variant, as hk2s converts it
    '环境卫生'
    """
    table, pattern = _t2s_chars()
    first = pattern.search(text)
    if first is None:
        return text
    # A Simplified page with a few Traditional characters (著, 乾 ...) is patched where they are;
    # a Traditional page is translated whole.  Both give the same string.
    sample = text[first.start():first.start() + _SAMPLE]
    if len(sample) == _SAMPLE and len(pattern.findall(sample)) < _SAMPLE // 100:
        return pattern.sub(lambda m: table[ord(m.group())], text)
    return text.translate(table)


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
    _, pattern = _t2s_chars()
    if pattern.search(text) is None:
        return 0.0                     # plainly Simplified (or no CJK at all): one scan, nothing counted
    # counted a chunk at a time, in C: no Python step and no string per character
    changed = 0
    for i in range(0, len(text), _COUNT_CHUNK):
        chunk = text[i:i + _COUNT_CHUNK]
        changed += len(chunk) - len(pattern.sub("", chunk))
    n_cjk = cjk_counts(text)[0]
    return changed / n_cjk if n_cjk else 0.0


@lru_cache(maxsize=1)
def _cjk_not_letters() -> re.Pattern | None:
    """The code points of the CJK ranges that are not letters (unassigned ones), as a class."""
    chars = "".join(chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi + 1) if not chr(c).isalpha())
    return re.compile("[" + re.escape(chars) + "]") if chars else None


def cjk_counts(text: str) -> tuple[int, int]:
    """How many CJK ideographs and how many letters a text holds, without a string per character.

    The same numbers as ``len(RE_CJK.findall(text))`` and
    ``sum(ch.isalpha() for ch in text)``, counted a piece of
    :data:`_COUNT_CHUNK` characters at a time in C: on a 20 MB page five
    times faster, and in constant memory (``findall`` makes one string per
    ideograph, about 80 bytes each).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    tuple of (int, int)
        CJK ideographs (:data:`corpusmine.text.patterns.RE_CJK`) and
        letters (``str.isalpha``: ideographs, Latin, Cyrillic ... letters).

    Examples
    --------
    >>> cjk_counts("GDP增长5%,城鄉環境")
    (6, 9)
    """
    not_letters = _cjk_not_letters()
    n_cjk = letters = 0
    for i in range(0, len(text), _COUNT_CHUNK):
        chunk = text[i:i + _COUNT_CHUNK]
        other = "".join(_NON_CJK_RUN.findall(chunk))
        k = len(chunk) - len(other)
        n_cjk += k
        letters += k - (len(not_letters.findall(chunk)) if not_letters else 0) + sum(map(str.isalpha, other))
    return n_cjk, letters


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
    import jieba

    jieba.setLogLevel(60)
    tok = _lm_tokenizer()
    total = math.log(tok.total)
    score = 0.0
    n = 0
    for w in tok.cut(text, HMM=False):
        if not RE_CJK.search(w):
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
#: The Simplified→Traditional converter each phrase-level conversion undoes.
FORWARD: dict[str, str] = {"tw2sp": "s2twp", "tw2s": "s2tw", "hk2s": "s2hk"}
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

    Before the words are scored, the round trip is checked: a page made by
    a converter is that converter's output (see :data:`FORWARD`), so where
    the character-level form would not have become the page's text
    (程序 becomes 程式 under ``s2twp``) but the reverted one would (进程
    becomes 程序), the reverted form is the only possible original and is
    kept whatever the word frequencies say (城市化程序 → 城市化进程).

    Where both forms round-trip (支援 is what ``s2twp`` makes of 支持 and of
    支援), mainland official usage decides: :func:`reference_choice` looks
    up which of the two the Government Work Reports wrote in the same
    context (支持 1,061 times against 支援 74 in those places; 效能 before
    性能 in 高效能管理); jieba's word frequencies decide only where the
    reports have no evidence.

    Examples
    --------
    >>> convert_script("把國家巨集觀調控作為新機遇,建立健全長效機制", "tw2sp")
    '把国家宏观调控作为新机遇,建立健全长效机制'
    >>> convert_script("加快城市化程序,嚴格審批程式", "tw2sp")
    '加快城市化进程,严格审批程序'
    >>> convert_script("提供了強有力的硬體支援,高效能管理", "tw2sp")
    '提供了强有力的硬件支持,高效能管理'
    """
    base = _opencc("t2s").convert(text)
    if conversion == "t2s":
        return base
    alt = _opencc(conversion).convert(text)
    if alt == base:
        return base
    forward = _opencc(FORWARD[conversion]) if conversion in FORWARD else None
    aligned = len(base) == len(text)      # t2s kept every character in place
    regions = diff_regions(base, alt)
    out = []
    pos = 0
    for i1, i2, j1, j2 in regions:
        out.append(base[pos:i1])
        left = base[max(0, i1 - _CONTEXT):i1]
        left = _BREAK.split(left)[-1]
        right = _BREAK.split(base[i2:i2 + _CONTEXT])[0]
        a, b = base[i1:i2], alt[j1:j2]
        ambiguous = True
        if forward is not None and aligned:
            # Round trip: the page is the forward converter's output, so a Simplified form that the
            # converter would not have turned into the page's text cannot be the original.
            seen = text[i1 - len(left):i2 + len(right)]
            fa = forward.convert(left + a + right) == seen
            fb = forward.convert(left + b + right) == seen
            if fb and not fa:
                out.append(b)
                pos = i2
                continue
            ambiguous = fa and fb
        # Both could be the original: which of the two mainland official text writes in this context.
        choice = reference_choice(a, b, base[i1 - 1:i1] if left else "", right[:1]) if ambiguous else None
        if choice is None:
            gain = _route_logprob(left + b + right) - _route_logprob(left + a + right)
            choice = b if gain > REVERT_MARGIN else a
        out.append(choice)
        pos = i2
    out.append(base[pos:])
    return "".join(out)


def diff_regions(base: str, alt: str) -> list[tuple[int, int, int, int]]:
    """Where two conversions of one text disagree: ``(i1, i2, j1, j2)``, ``base[i1:i2]`` vs ``alt[j1:j2]``.

    A word whose characters moved (視窗→窗口) shows up as a deletion and an
    insertion around one equal character: those two are one region.  Other
    neighbouring differences (專案…核心) stay separate.

    Parameters
    ----------
    base, alt : str
        Two conversions of the same text (character level and phrase level).

    Returns
    -------
    list of (int, int, int, int)

    Examples
    --------
    >>> diff_regions("硬件支援,高效能管理", "硬件支持,高性能管理")
    [(3, 4, 3, 4), (6, 7, 6, 7)]
    """
    regions: list[list] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, base, alt, autojunk=False).get_opcodes():
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
    return [(i1, i2, j1, j2) for i1, i2, j1, j2, _ in regions]


#: Evidence of mainland official usage for :func:`reference_choice`, derived from the
#: Government Work Reports by :func:`reversion_counts` (see the file's header).
REVERSIONS_FILE = config.LEXICON_DIR / "mainland_reversions.tsv"


@lru_cache(maxsize=1)
def _reversions() -> dict[str, int]:
    counts: dict[str, int] = {}
    if REVERSIONS_FILE.is_file():
        for line in REVERSIONS_FILE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, n = line.split("\t")
                counts[key] = int(n)
    return counts


def _evidence_keys(variant: str, left: str, right: str) -> tuple[list[str], list[str], list[str]]:
    """The evidence n-grams of one reading: with its left neighbour, with its right one, alone (2+ chars)."""
    return (
        [left + variant] if left else [],
        [variant + right] if right else [],
        [variant] if len(variant) >= 2 else [],
    )


#: A level of evidence decides when the more frequent reading was seen at least this many
#: times and at least REFERENCE_RATIO times as often as the other; otherwise the next,
#: less specific level is asked, and after the last one jieba's word frequencies decide.
REFERENCE_MIN = 3
REFERENCE_RATIO = 2.0


def reference_choice(a: str, b: str, left: str = "", right: str = "") -> str | None:
    """Which of two readings mainland official text uses in this context, or None when it does not say.

    ``a`` and ``b`` are the two Simplified readings of one Traditional
    region (character-level and phrase-level reversion), ``left`` and
    ``right`` the characters next to it.  The evidence (:data:`REVERSIONS_FILE`)
    counts, for every such region of the Government Work Reports sent
    through a Simplified→Taiwan converter and back, which reading the
    report actually wrote, with its left and its right neighbour.  Of the
    two neighbours, the one with which the readings are better attested is
    asked (for a one-character region it is the side that completes the
    converted word: 支|援, 效|能); then, for regions of two or more
    characters, the readings alone.  A level decides when one reading was
    seen at least :data:`REFERENCE_MIN` times and :data:`REFERENCE_RATIO`
    times as often as the other; otherwise the answer is None (no evidence).

    Parameters
    ----------
    a, b : str
        The two readings.
    left, right : str
        The character before and after the region ('' at a line edge or
        punctuation).

    Returns
    -------
    str or None
        ``a``, ``b``, or None.

    Examples
    --------
    >>> reference_choice("援", "持", left="支")          # 硬件支援 → 硬件支持
    '持'
    >>> reference_choice("效", "性", left="高", right="能")   # 高效能管理 stays
    '效'
    >>> reference_choice("档案", "文件", left="建", right="工")   # 城建档案工作 stays
    '档案'
    >>> reference_choice("档案", "文件", left="式", right="的")   # 正式档案的形式 → 正式文件
    '文件'
    """
    counts = _reversions()
    if not counts:
        return None
    la, ra, wa = ([counts.get(k, 0) for k in keys] for keys in _evidence_keys(a, left, right))
    lb, rb, wb = ([counts.get(k, 0) for k in keys] for keys in _evidence_keys(b, left, right))
    # the neighbour with which the two readings are better attested (for one character, the side
    # that makes the converted word: 效|能, 支|持), then the readings alone
    sides = sorted(((sum(la), sum(lb)), (sum(ra), sum(rb))), key=sum, reverse=True)
    for na, nb in (sides[0], (sum(wa), sum(wb))):
        hi, lo = max(na, nb), min(na, nb)
        if hi >= REFERENCE_MIN and hi >= REFERENCE_RATIO * lo:
            return a if na > nb else b
    return None


def reversion_counts(texts, conversion: str = "tw2sp") -> dict[str, int]:
    """Count which reading mainland texts use where a regional conversion is ambiguous.

    Each Simplified text is sent through the converter :data:`FORWARD` names
    (``s2twp`` for ``tw2sp``) and back, both character by character (t2s) and
    phrase by phrase (``conversion``).  Wherever the two readings differ (see
    :func:`diff_regions`), the reading the text really had is counted, with
    its left neighbour, with its right neighbour, and alone: the evidence
    :func:`reference_choice` reads.

    Parameters
    ----------
    texts : iterable of str
        Simplified mainland texts (the Government Work Reports).
    conversion : str, default "tw2sp"

    Returns
    -------
    dict of str to int

    Examples
    --------
    >>> counts = reversion_counts(["各级政府要大力支持乡村振兴。"])
    >>> counts["支持"], counts.get("支援", 0)
    (1, 0)
    """
    forward = _opencc(FORWARD[conversion])
    counts: dict[str, int] = {}
    for text in texts:
        for line in text.split("\n"):
            page = forward.convert(line)
            base = _opencc("t2s").convert(page)
            alt = _opencc(conversion).convert(page)
            if base == alt or len(base) != len(line):
                continue
            for i1, i2, j1, j2 in diff_regions(base, alt):
                true = line[i1:i2]
                if true not in (base[i1:i2], alt[j1:j2]):
                    continue
                left = line[i1 - 1:i1] if i1 and not _BREAK.match(line[i1 - 1]) else ""
                right = line[i2:i2 + 1] if i2 < len(line) and not _BREAK.match(line[i2]) else ""
                for key in sum(_evidence_keys(true, left, right), []):
                    counts[key] = counts.get(key, 0) + 1
    return counts


def diff_replacements(old: str, new: str) -> list[tuple[int, int, str]]:
    """Spans of ``old`` that differ from ``new``: ``(start, end, replacement)``.

    Parameters
    ----------
    old, new : str
        A text and its converted form.

    Returns
    -------
    list of (int, int, str)
        The spans of ``old`` to replace, in order, with what replaces them.

    Examples
    --------
    >>> diff_replacements("城鄉環境整治", "城乡环境整治")
    [(1, 3, '乡环')]
    >>> diff_replacements("把巨集觀調控", "把宏观调控")
    [(1, 5, '宏观调')]
    >>> diff_replacements("巨集觀加快城市化程序", "宏观加快城市化进程")   # no span is empty
    [(0, 3, '宏观'), (8, 10, '进程')]
    """
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
    spans: list[list[int]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2:
            # A pure insertion (the 进 of 程序→进程 when the line also changed length) is not a
            # span of ``old``: it takes the next character with it (or the previous one at the end).
            if i2 < len(old):
                i2, j2 = i2 + 1, j2 + 1
            else:
                i1, j1 = i1 - 1, j1 - 1
        if spans and i1 <= spans[-1][1]:
            spans[-1][1], spans[-1][3] = max(spans[-1][1], i2), max(spans[-1][3], j2)
        else:
            spans.append([i1, i2, j1, j2])
    return [(i1, i2, new[j1:j2]) for i1, i2, j1, j2 in spans]


