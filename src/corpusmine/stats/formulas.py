"""Quoted phrases and numbered formulas (数字概括) of Chinese speeches: slogans, terms, 五清, 三区三线.

Speeches put their slogans, campaign names and formulas in quotation marks,
and pack lists into a numeral and a key character (五清, 四定, 六稳六保).
:func:`quoted_phrases` lists what is quoted, :func:`formula_lexicon` learns the
formulas of a corpus and :func:`numbered_formulas` counts them per group.
Inputs and the dispersion columns follow :mod:`corpusmine.stats.ngrams`.

Examples
--------
>>> quoted_phrases(["村社“五清”、场镇“四定”"])[["phrase", "kind"]].values.tolist()
[['五清', 'term'], ['四定', 'term']]
"""

from __future__ import annotations

import functools
import io
import itertools
import re
from collections import Counter, defaultdict

import pandas as pd

from corpusmine import config
from corpusmine.features import as_documents, default_tokenizer
from corpusmine.stats.ngrams import CJK, QUOTE_CHARS, QUOTE_PAIRS, item_dispersion, sort_by_group

__all__ = ["quoted_phrases", "quote_kind", "formula_lexicon", "numbered_formulas", "chinese_numeral_value",
           "quoted_spans"]

_PH = config.PLACEHOLDER

# --------------------------------------------------------------------------
# quoted phrases
# --------------------------------------------------------------------------

_QUOTE_RE = [re.compile(re.escape(a) + "([^" + re.escape(a + b) + "\n]*)" + re.escape(b)) for a, b in QUOTE_PAIRS]
_CLAUSE_PUNCT = re.compile(r"[、，,；;：:！!？?。—―…]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
#: Nominal heads that make a long quoted phrase a name (a term), not a slogan:
#: programme, action, system, mechanism, model, structure, award, reform …
TERM_HEADS: tuple[str, ...] = ("工程", "行动", "活动", "制度", "机制", "体系", "模式", "结构", "奖", "品牌",
                               "工作法", "改革", "建设", "城市", "乡镇", "示范", "责任制", "责任")


def quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, content)`` of every quoted stretch (content offsets, without the marks).

    Parameters
    ----------
    text : str

    Returns
    -------
    list of (int, int, str)
        Sorted by start; a quote nested in another is listed too.

    Examples
    --------
    >>> quoted_spans("落实“五清”和「四定」")
    [(3, 5, '五清'), (8, 10, '四定')]
    """
    spans = []
    for rx in _QUOTE_RE:
        spans.extend((m.start(1), m.end(1), m.group(1)) for m in rx.finditer(text))
    return sorted(spans)


def _n_chars(phrase: str) -> int:
    return len(phrase.replace(_PH, "某"))


def quote_kind(phrase: str) -> str:
    """Classify a quoted phrase as ``"slogan"`` or ``"term"`` (a rough heuristic).

    1. Clause punctuation inside (、，；：！？。— …) → ``slogan``: several
       parallel clauses (“整治一片、巩固一片、用好一片”).
    2. Otherwise, ending (brackets ignored) with a nominal head of
       :data:`TERM_HEADS` (工程, 行动, 制度, 改革, 奖 …) → ``term``: the name
       of a programme or award (“五十百千示范工程”, “最多跑一次改革”).
    3. Otherwise 7 characters or more → ``slogan`` (“行百里者半九十”,
       “文明健康有你有我”); shorter → ``term`` (“五清”, “回头看”, “关键一招”).

    Parameters
    ----------
    phrase : str
        The text between the quotation marks.

    Returns
    -------
    str

    Examples
    --------
    >>> quote_kind("五清"), quote_kind("整治一片、巩固一片、用好一片"), quote_kind("五十百千示范工程")
    ('term', 'slogan', 'term')
    """
    if _CLAUSE_PUNCT.search(phrase):
        return "slogan"
    core = _BRACKETED.sub("", phrase).strip()
    if core.endswith(TERM_HEADS):
        return "term"
    return "slogan" if _n_chars(core) >= 7 else "term"


def quoted_phrases(docs, *, by: str | None = "group", min_chars: int = 2, max_chars: int = 30) -> pd.DataFrame:
    """Text between Chinese quotation marks (“…” 「…」 『…』 ‘…’), counted per group.

    Speeches put slogans, campaign names and numbered formulas in quotation
    marks, so the quoted stretches are a cheap, segmentation-free list of the
    speech's own coinages.  A quote nested in a longer quote is found too
    (‘三高’ inside a quoted instruction).

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    by : str or None, default "group"
    min_chars, max_chars : int, default 2 and 30
        Length limits of the quoted text (the placeholder counts as one
        character); longer quotes are reported speech, shorter ones are
        scare-quoted characters.

    Returns
    -------
    DataFrame
        ``group, phrase``; ``kind`` (``"slogan"`` or ``"term"``, see
        :func:`quote_kind`); ``n_chars``; ``count`` (quoted occurrences);
        ``n_docs, n_speeches`` (dispersion); ``speech_ids`` (the speeches,
        comma-separated).  Sorted by group, count and n_speeches descending.

    Examples
    --------
    >>> t = quoted_phrases(["村社“五清”、场镇“四定”", "落实“五清”,实现“整治一片、巩固一片”"])
    >>> t[["phrase", "kind", "count", "n_speeches"]].values.tolist()[:2]
    [['五清', 'term', 2, 2], ['四定', 'term', 1, 1]]
    """
    d = as_documents(docs, by)
    counts: Counter = Counter()
    hits: dict[tuple, set] = defaultdict(set)
    groups = d["group"].to_numpy()
    for i, text in enumerate(d["text"]):
        for _, _, content in quoted_spans(text):
            phrase = content.strip()
            if not (min_chars <= _n_chars(phrase) <= max_chars):
                continue
            counts[(groups[i], phrase)] += 1
            hits[(groups[i], phrase)].add(i)
    n_docs, n_sp = item_dispersion(d, hits)
    sp = d["speech_id"].to_numpy()
    rows = [{"group": g, "phrase": p, "kind": quote_kind(p), "n_chars": _n_chars(p), "count": c,
             "n_docs": n_docs[(g, p)], "n_speeches": n_sp[(g, p)],
             "speech_ids": ",".join(sorted({sp[i] for i in hits[(g, p)]}))}
            for (g, p), c in counts.items()]
    cols = ["group", "phrase", "kind", "n_chars", "count", "n_docs", "n_speeches", "speech_ids"]
    return sort_by_group(pd.DataFrame(rows, columns=cols), ["count", "n_speeches"], "phrase", None)


# --------------------------------------------------------------------------
# numbered formulas (数字概括)
# --------------------------------------------------------------------------

#: Characters that can open a numbered formula.
NUMERALS = "一二三四五六七八九十百千万两双"
_DIGIT_VALUES = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10000}

#: A numeral followed by one of these characters is an ordinary quantity, a
#: date, a fraction or an enumeration marker, not a formula: time words (三年,
#: 一季度, 12月), measure words (五个, 两项, 三批, 一把), fractions and scores
#: (十二分, 百分之), enumerators (一是, 二要, 一则), ordinal sessions and
#: schools (三中全会, 六中), function words (两到三年).  Applies to the first
#: character after the numeral.
NOT_FORMULA_AFTER = frozenset(
    "年月日号天周时点分秒季岁旬代世夜晚早"       # time and date
    "个项次家名位条件种类批些届期轮户人口元角亩米吨处所座支张块辆台份篇场层倍成遍回番股组片排套根栋间门"
    "本句字笔册幅首头只匹把枚颗盏斤公里余多来半部段阶级"  # measure words and approximations
    "是要者则方面中"                              # enumeration markers, 一方面, 三中全会
    "到至和与及或的地得等在为以对把被向从也都还就又才"  # function words: 两到三年, 三和
)
#: A numeral right after one of these characters belongs to another word or
#: is an ordinal (第三, 进一步, 统一, 唯一, 逐一, 之一, 举一反三).
NOT_FORMULA_BEFORE = frozenset("第进统唯逐之同单专划不归合整初周星礼腊正某举其每")

_NUM_RUN = rf"[{NUMERALS}]+|[0-9]+"
_NONNUM_CJK = rf"(?:(?![{NUMERALS}])[{CJK}])"
_COMPOUND_RE = re.compile(rf"(?<![{NUMERALS}0-9])([{NUMERALS}]{{1,2}}){_NONNUM_CJK}([{NUMERALS}]{{1,2}}){_NONNUM_CJK}")
_LEADING_NUM = re.compile(rf"^({_NUM_RUN})")
_LIST_SEP = re.compile(r"[、，,；;]")
_NUMERAL_CHAR = re.compile(f"[{NUMERALS}]")


def chinese_numeral_value(numeral: str) -> int | None:
    """Integer value of a numeral written in Chinese characters or digits.

    Accepts digits (``"12"``), the digits 一…九 and 两/双 (2), and the units
    十 百 千 万 in the ordinary grammar (十二, 二十, 一百零五 is not needed
    here).  Sequences that are not one number (五十百千, 十四五) give None.

    Parameters
    ----------
    numeral : str

    Returns
    -------
    int or None

    Examples
    --------
    >>> chinese_numeral_value("三"), chinese_numeral_value("十二"), chinese_numeral_value("两")
    (3, 12, 2)
    >>> chinese_numeral_value("五十百千") is None
    True
    """
    if not numeral:
        return None
    if numeral.isdigit():
        return int(numeral)
    if numeral == "双":
        return 2
    total, digit, last_unit = 0, None, 10**9
    for ch in numeral:
        if ch in _DIGIT_VALUES:
            if digit is not None:
                return None
            digit = _DIGIT_VALUES[ch]
        elif ch in _UNIT_VALUES:
            unit = _UNIT_VALUES[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        if last_unit != 10**9 and last_unit != 10:
            return None  # 三百五 (350) is colloquial; formulas never use it
        total += digit
    return total


@functools.lru_cache(maxsize=1)
def _jieba_base_freq() -> dict[str, tuple[int, str]]:
    """Frequencies and tags of jieba's *stock* dictionary entries starting with a numeral.

    The stock dictionary (``dict.txt`` shipped with jieba) lists ordinary
    words and idioms (一定, 百姓, 十分, 一鼓作气, 三心二意) but not the local
    formulas of a campaign, which is what makes it a useful filter.
    """
    import jieba

    out: dict[str, tuple[int, str]] = {}
    with io.TextIOWrapper(jieba.get_dict_file(), encoding="utf-8") as fh:
        for line in fh:
            if line and line[0] in NUMERALS:
                parts = line.split()
                if len(parts) >= 2:
                    out[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return out


def _split_formula(s: str) -> tuple[str, str]:
    m = _LEADING_NUM.match(s)
    num = m.group(1) if m else ""
    return num, s[len(num):]


def _quoted_candidate(item: str, max_chars: int) -> str | None:
    """A quoted item (one list element of a quote) that is a numbered formula, or None."""
    item = _BRACKETED.sub("", item).strip().strip(QUOTE_CHARS)
    if not item or len(item) > max_chars or not re.fullmatch(rf"[0-9{CJK}]+", item):
        return None
    num, body = _split_formula(item)
    if not num:
        return None
    if not body:
        # a quoted run of numerals that is not a number: 十四五, 十三五
        return item if not num.isdigit() and len(num) >= 2 and chinese_numeral_value(num) is None else None
    if not re.match(f"[{CJK}]", body):
        return None
    if len(body) == 1 and body in NOT_FORMULA_AFTER:
        return None  # “三年”, “五个”: a quoted quantity is still a quantity
    return item


def _alternation(forms: list[str]) -> str:
    """A pattern matching any of *forms*, the first in list order where several match at one place.

    The look-ahead on the possible first characters lets the regex engine
    skip, at one test, the positions where no form can start, instead of
    trying every alternative there (the same matches, about ten times faster
    with a few hundred formulas).
    """
    first = "".join(re.escape(c) for c in sorted({f[0] for f in forms}))
    return f"(?=[{first}])(?:" + "|".join(re.escape(f) for f in forms) + ")"


def _token_bounds(tokens: list[str]) -> tuple[list[int], set[int], set[int]]:
    """Start offsets of the tokens, and the sets of token starts and token ends."""
    ends = list(itertools.accumulate(map(len, tokens)))
    starts = [0] + ends[:-1] if tokens else []
    return starts, set(starts), set(ends)


def _token_candidates(text: str, tokens: list[str], starts: list[int]) -> list[tuple[int, str]]:
    """Unquoted simple candidates ``(offset, string)``: a token that starts with a numeral
    (joined to the next token when it is a bare numeral), with a 1–3 character body."""
    out = []
    firsts = "".join([t[:1] or "\x00" for t in tokens])     # one character per token: its first
    for m in _NUMERAL_CHAR.finditer(firsts):
        k = m.start()
        t = tokens[k]
        s = starts[k]
        if s > 0 and (text[s - 1] in NUMERALS or text[s - 1].isdigit() or text[s - 1] in NOT_FORMULA_BEFORE):
            continue
        cand = t
        body = _split_formula(cand)[1]
        if not body and k + 1 < len(tokens):
            cand = t + tokens[k + 1]
            body = _split_formula(cand)[1]
        if not (1 <= len(body) <= 3) or not re.fullmatch(f"{_NONNUM_CJK}+", body):
            continue
        if body[0] in NOT_FORMULA_AFTER:
            continue
        out.append((s, cand))
    return out


def formula_lexicon(docs, *, min_speeches: int = 2, max_quoted_chars: int = 12, tokenizer=None) -> pd.DataFrame:
    """The numbered formulas (数字概括) of a corpus, found by pattern and evidence.

    A numbered formula packs a list into a numeral and a key character: 五清
    (five cleanings), 四定, 三区三线, 四不两直, 六稳六保.  Candidates are any
    numeral (一…十 百 千 万 两 双, or digits) followed by Chinese characters;
    a candidate is accepted on one of three kinds of evidence:

    ``quoted``
        It is a whole quoted item (a quote, or one 、-separated element of a
        quote such as “三清、四改、四通、五化”) of at most ``max_quoted_chars``
        characters starting with a numeral: speakers put their formulas in
        quotation marks (“五清”, “两个高水平”, “三级领导责任”, “十四五”).  A
        numeral plus one character of :data:`NOT_FORMULA_AFTER` (“三年”) is
        still rejected.
    ``compound``
        It has the shape numeral-X-numeral-Y (三区三线, 四不两直, 六稳六保,
        三街一镇, 百镇千村), begins and ends on word boundaries of the
        segmentation (so 退二转三和 yields nothing), X and Y are not in
        :data:`NOT_FORMULA_AFTER`, and it is not an entry of jieba's stock
        dictionary, which lists the idioms of that shape (三心二意, 七上八下,
        一举一动).
    ``repeated``
        Unquoted, a token of the segmentation that starts with a numeral
        (so 进一步, 举一反三, 老百姓 never qualify), with a body of 1–3
        non-numeral characters whose first is not in
        :data:`NOT_FORMULA_AFTER` (rejects 三年, 五个, 两项, 一是, 二要,
        十二分, 一季度, 百分之), which is not an entry of jieba's stock
        dictionary (ordinary words, idioms and place names: 一定, 十分, 一举,
        一鼓作气, 四川省), which is not part of a longer formula found above
        (一镇 inside 三街一镇), and which occurs in at least ``min_speeches``
        different speeches.

    jieba's stock dictionary (``dict.txt``, built by jieba's authors from the
    People's Daily and other corpora) serves as the list of *ordinary* words:
    local campaign formulas such as 五清, 五乱 or 双五包 are not in it.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    min_speeches : int, default 2
        Repetition needed for unquoted, non-compound candidates.
    max_quoted_chars : int, default 12
    tokenizer : Tokenizer, optional
        Used for word boundaries (default ``Tokenizer(remove_stopwords=False)``).

    Returns
    -------
    DataFrame
        ``formula``; ``numeral`` (the leading numeral as written);
        ``value`` (its integer value, ``<NA>`` for sequences such as 五十百千);
        ``kind`` (``"compound"`` for the numeral-X-numeral-Y shape, else
        ``"simple"``); ``evidence`` (``quoted``, ``compound``, ``repeated``,
        joined with ``+``); ``n_speeches`` (speeches in which the candidate
        was seen with that evidence).  Sorted by formula.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> formula_lexicon(["落实“六稳”“六保”,划定三区三线,用三年时间"], tokenizer=tok)["formula"].tolist()
    ['三区三线', '六保', '六稳']
    """
    d = as_documents(docs, None)
    tok = tokenizer if tokenizer is not None else default_tokenizer()
    base = _jieba_base_freq()
    evidence: dict[str, set] = defaultdict(set)
    seen_in: dict[str, set] = defaultdict(set)
    pending = []  # (text index, offset, candidate) of the repeated route
    texts = d["text"].tolist()
    speeches = d["speech_id"].tolist()
    for i, (text, sp) in enumerate(zip(texts, speeches)):
        tokens = tok.raw_tokens(text)
        starts, start_set, end_set = _token_bounds(tokens)
        for _, _, content in quoted_spans(text):
            for item in _LIST_SEP.split(content):
                cand = _quoted_candidate(item, max_quoted_chars)
                if cand:
                    evidence[cand].add("quoted")
                    seen_in[cand].add(sp)
        for m in _COMPOUND_RE.finditer(text):
            f = m.group(0)
            if m.start() not in start_set or m.end() not in end_set:
                continue
            x, y = f[len(m.group(1))], f[-1]
            if x in NOT_FORMULA_AFTER or y in NOT_FORMULA_AFTER or f in base:
                continue
            evidence[f].add("compound")
            seen_in[f].add(sp)
        for off, cand in _token_candidates(text, tokens, starts):
            if cand not in base:
                pending.append((i, off, cand))
    # the repeated route: occurrences not inside a longer formula found by quote or pattern
    longer = sorted(evidence, key=lambda f: (-len(f), f))
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    if longer:
        rx = re.compile(_alternation(longer))
        for i in sorted({i for i, _, _ in pending}):
            covered[i] = [(m.start(), m.end()) for m in rx.finditer(texts[i])]
    repeated: dict[str, set] = defaultdict(set)
    for i, off, cand in pending:
        if any(a <= off and off + len(cand) <= b and b - a > len(cand) for a, b in covered[i]):
            continue
        repeated[cand].add(speeches[i])
    for cand, sps in repeated.items():
        if len(sps) >= min_speeches:
            evidence[cand].add("repeated")
            seen_in[cand] |= sps
    rows = []
    for f in sorted(evidence):
        num, _ = _split_formula(f)
        rows.append({"formula": f, "numeral": num, "value": chinese_numeral_value(num),
                     "kind": "compound" if _COMPOUND_RE.fullmatch(f) else "simple",
                     "evidence": "+".join(e for e in ("quoted", "compound", "repeated") if e in evidence[f]),
                     "n_speeches": len(seen_in[f])})
    out = pd.DataFrame(rows, columns=["formula", "numeral", "value", "kind", "evidence", "n_speeches"])
    out["value"] = out["value"].astype("Int64")
    return out


def numbered_formulas(docs, *, by: str | None = "group", lexicon: pd.DataFrame | None = None,
                      min_speeches: int = 2, window: int = 12, tokenizer=None) -> pd.DataFrame:
    """Count numbered formulas (数字概括: 五清, 四定, 三区三线, 六稳六保 …) per group.

    The formulas are first learned from the whole input by
    :func:`formula_lexicon` (quoted, compound or repeated evidence); then every
    occurrence of each, quoted or not, is counted, longest formula first, so
    that 三区三线 is not also counted as 三线.  An occurrence right after a
    numeral, a digit or 第 is not counted.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    by : str or None, default "group"
    lexicon : DataFrame, optional
        A :func:`formula_lexicon` table to count instead of learning one (for
        instance learned on a larger corpus).
    min_speeches : int, default 2
        Passed to :func:`formula_lexicon`.
    window : int, default 12
        Characters of context on each side in ``example``.
    tokenizer : Tokenizer, optional

    Returns
    -------
    DataFrame
        ``formula, numeral, value, kind, evidence`` (from the lexicon);
        ``group``; ``count`` (occurrences in the group); ``n_quoted`` (of
        which inside quotation marks); ``n_docs, n_speeches`` (dispersion in
        the group); ``example`` (the first occurrence in the group as
        ``left【formula】right``).  Sorted by group, count and n_speeches
        descending.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> t = numbered_formulas(["要抓好村社“五清”工作。", "五清工作要常抓不懈。"], tokenizer=tok)
    >>> t[["formula", "count", "n_quoted", "n_speeches"]].values.tolist()
    [['五清', 2, 1, 2]]
    """
    d = as_documents(docs, by)
    lex = lexicon if lexicon is not None else formula_lexicon(d, min_speeches=min_speeches, tokenizer=tokenizer)
    cols = ["formula", "numeral", "value", "kind", "evidence", "group", "count", "n_quoted", "n_docs",
            "n_speeches", "example"]
    if lex.empty:
        return pd.DataFrame(columns=cols)
    lex = lex.drop_duplicates("formula")
    forms = sorted(lex["formula"], key=lambda f: (-len(f), f))
    rx = re.compile(rf"(?<![{NUMERALS}0-9第])" + _alternation(forms))
    counts: Counter = Counter()
    quoted: Counter = Counter()
    hits: dict[tuple, set] = defaultdict(set)
    example: dict[tuple, str] = {}
    groups = d["group"].to_numpy()
    for i, text in enumerate(d["text"]):
        spans = quoted_spans(text)
        for m in rx.finditer(text):
            key = (m.group(0), groups[i])
            counts[key] += 1
            if any(a <= m.start() and m.end() <= b for a, b, _ in spans):
                quoted[key] += 1
            hits[key].add(i)
            if key not in example:
                left = text[max(0, m.start() - window):m.start()].replace("\n", " ")
                right = text[m.end():m.end() + window].replace("\n", " ")
                example[key] = f"{left}【{m.group(0)}】{right}"
    n_docs, n_sp = item_dispersion(d, hits)
    info = lex.set_index("formula")
    rows = []
    for (f, g), c in counts.items():
        r = info.loc[f]
        rows.append({"formula": f, "numeral": r["numeral"], "value": r["value"], "kind": r["kind"],
                     "evidence": r["evidence"], "group": g, "count": c, "n_quoted": quoted[(f, g)],
                     "n_docs": n_docs[(f, g)], "n_speeches": n_sp[(f, g)], "example": example[(f, g)]})
    out = pd.DataFrame(rows, columns=cols)
    out["value"] = out["value"].astype("Int64")
    return sort_by_group(out, ["count", "n_speeches"], "formula", None)
