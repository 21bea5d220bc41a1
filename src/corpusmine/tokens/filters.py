"""Token classes and the filter that decides which tokens enter a vocabulary.

A segmenter returns every piece of the text: punctuation, spaces, numbers,
stop words, the anonymisation placeholder, and pieces of other scripts (a
Russian footnote, a stray Latin letter).  :class:`TokenFilter` keeps the
Chinese words and drops the rest, each class behind its own switch.

Examples
--------
>>> keep = TokenFilter(stopwords=frozenset({"的"}))
>>> keep(["二〇〇二", "年", "的", "Маркс", "，", "小康社会", "〔某〕", "Ⅱ"])
['年', '小康社会']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from corpusmine import config

__all__ = ["TokenFilter", "has_number_character", "is_chinese_character", "is_non_chinese", "is_number",
           "is_punctuation"]

_ARABIC_NUMBER = re.compile(r"[0-9０-９]+(?:[.,．，][0-9０-９]+)*")
#: Chinese numerals; a run of them counts as a number only when it holds 〇
#: (二〇〇二), so that 三农, 六稳 and 一把手 stay words.
_CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
_NUMBER_SEPARATORS = frozenset(".,．，")

#: Code-point ranges of Han characters (CJK Unified Ideographs with extensions
#: A-H, compatibility ideographs) and the ideographic iteration mark 々.
_HAN_RANGES = (
    (0x3005, 0x3005), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF), (0x2A700, 0x2EE5F), (0x2F800, 0x2FA1F), (0x30000, 0x323AF),
)


def is_chinese_character(ch: str) -> bool:
    """True if the single character *ch* is a Han character (汉字), of any extension block.

    Examples
    --------
    >>> is_chinese_character("乡"), is_chinese_character("〇"), is_chinese_character("Д")
    (True, False, False)
    """
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _HAN_RANGES)


def is_punctuation(token: str) -> bool:
    """True if *token* is empty or made only of punctuation, symbols, spaces or controls.

    Uses the Unicode general categories P*, S*, Z* and C*, so Chinese
    (，。、“”《》…) and ASCII punctuation, full-width symbols, ideographic
    spaces, footnote arrows (↑) and line breaks are all covered.

    Examples
    --------
    >>> is_punctuation("，“"), is_punctuation("↑"), is_punctuation("抓")
    (True, True, False)
    """
    return all(unicodedata.category(ch)[0] in "PSZC" for ch in token)


def has_number_character(token: str) -> bool:
    """True if *token* holds a number character (Unicode N*): 2, ２, Ⅱ, ①, 〇 …

    Chinese numerals such as 三 are letters (Lo) in Unicode and do not count;
    〇 (IDEOGRAPHIC NUMBER ZERO, from years written 二〇〇二年) does.

    Examples
    --------
    >>> has_number_character("二〇〇二"), has_number_character("第Ⅱ"), has_number_character("三农")
    (True, True, False)
    """
    return any(unicodedata.category(ch)[0] == "N" for ch in token)


def is_number(token: str) -> bool:
    """True if *token* is a number: Arabic, full-width, Roman, circled, or a Chinese year such as 二〇〇二.

    Precisely: an Arabic or full-width number with decimal or thousands
    separators (``2023``, ``１２``, ``1.99``); a token made only of Unicode
    number characters (Ⅱ, ①, 〇〇); or a run of Chinese numerals holding 〇.
    Chinese numerals without 〇 (三, 十) are not numbers here: they are part
    of numbered formulas such as 三农 and 六稳.

    Examples
    --------
    >>> is_number("2023"), is_number("１２"), is_number("Ⅻ"), is_number("二〇〇二"), is_number("三")
    (True, True, True, True, False)
    """
    if not token:
        return False
    if _ARABIC_NUMBER.fullmatch(token):
        return True
    if all(unicodedata.category(ch)[0] == "N" or ch in _NUMBER_SEPARATORS for ch in token):
        return has_number_character(token)
    return "〇" in token and all(ch in _CHINESE_NUMERALS for ch in token)


def is_non_chinese(token: str) -> bool:
    """True if *token* holds a letter of another script: Latin, Cyrillic, Greek, kana, Hangul …

    Han characters are Chinese; punctuation and numbers are neither (see
    :func:`is_punctuation` and :func:`is_number`).

    Examples
    --------
    >>> is_non_chinese("Маркс"), is_non_chinese("GDP"), is_non_chinese("ｘ"), is_non_chinese("小康")
    (True, True, True, False)
    """
    return any(unicodedata.category(ch)[0] == "L" and not is_chinese_character(ch) for ch in token)


@dataclass
class TokenFilter:
    """Which tokens enter a vocabulary: a callable over a token list, memoised per token type.

    Parameters
    ----------
    stopwords : frozenset of str
        Words to drop when ``remove_stopwords``.
    remove_stopwords : bool
    keep_numbers : bool
        Keep tokens holding a number character (2023, Ⅱ, ①, 〇 …) and
        Chinese years such as 二〇〇二.
    keep_non_chinese : bool
        Keep tokens holding letters of other scripts (GDP, Маркс …).
    keep_placeholder : bool
        Keep the anonymisation placeholder ``config.PLACEHOLDER``.

    Notes
    -----
    Punctuation, symbols and spaces are always dropped.  The decision for each
    distinct token is computed once and remembered (a dict look-up per token
    afterwards); the memo is emptied when it grows past two million types.

    Examples
    --------
    >>> f = TokenFilter(keep_numbers=True)
    >>> f(["二〇〇二", "年", "Д", "↑", "〔某〕"]), f.keep("Д"), TokenFilter(keep_non_chinese=True).keep("Д")
    (['二〇〇二', '年'], False, True)
    """

    stopwords: frozenset = frozenset()
    remove_stopwords: bool = True
    keep_numbers: bool = False
    keep_non_chinese: bool = False
    keep_placeholder: bool = False
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def keep(self, token: str) -> bool:
        """Whether *token* enters the vocabulary (no memo).

        Examples
        --------
        >>> TokenFilter().keep("乡村振兴"), TokenFilter().keep("，")
        (True, False)
        """
        if token == config.PLACEHOLDER:
            return self.keep_placeholder
        if is_punctuation(token):
            return False
        if not self.keep_numbers and (has_number_character(token) or is_number(token)):
            return False
        if not self.keep_non_chinese and is_non_chinese(token):
            return False
        if self.remove_stopwords and token in self.stopwords:
            return False
        return True

    def table(self, tokens: Iterable[str]) -> dict[str, bool]:
        """:meth:`keep` of every distinct token of *tokens*, from the memo.

        Examples
        --------
        >>> sorted(TokenFilter().table(["抓", "。", "抓"]).items())
        [('。', False), ('抓', True)]
        """
        memo = self._memo
        if len(memo) > 2_000_000:
            memo.clear()
        for token in set(tokens).difference(memo):
            memo[token] = self.keep(token)
        return memo

    def __call__(self, tokens: Sequence[str]) -> list[str]:
        table = self.table(tokens)
        return [t for t in tokens if table[t]]

    def pairs(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        """Filter ``(word, tag)`` pairs by their word.

        Examples
        --------
        >>> TokenFilter().pairs([("改善", "v"), ("，", "x"), ("2023", "m")])
        [('改善', 'v')]
        """
        table = self.table(w for w, _ in pairs)
        return [(w, f) for w, f in pairs if table[w]]
