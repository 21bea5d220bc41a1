"""Lines of random characters an anti-scrape script writes into a page (session z, held-out round 93).

Some template sites insert, between a speech's paragraphs, lines of Chinese characters drawn at random
(举岛开苦疑面视扩泛千牛思耳恢源灰刀…): no punctuation, no words.  Such a line is told from speech by how little of
it reads as words: split by jieba's own dictionary (a fresh :class:`jieba.Tokenizer`, so that no user dictionary
loaded elsewhere changes the answer; no HMM, which would invent words), the characters inside words of two or more
characters are under :data:`MAX_WORD_SHARE` of the line, where a speech's line, even a long one wrapped without
punctuation (第十四届全国人民代表大会第三次会议听取和审议了…), holds 0.8 or more.  Only lines of
:data:`MIN_CHARS` Chinese characters or more with no punctuation at all are read (rule ``filler_line``), so the
dictionary is loaded only on the rare page that has one.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("大家好!\\n举岛开苦疑面视扩泛千牛思耳恢源灰刀超拥虽钢障磨陷悟乔缝\\n今年是建党一百周年。")
>>> filler_lines(st)
>>> st.doc.output
'大家好!\\n\\n今年是建党一百周年。'
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import jieba

from corpusmine.text.cleaning_state import CleaningState

__all__ = ["MAX_WORD_SHARE", "MIN_CHARS", "filler_lines", "word_share"]

#: Chinese characters a line needs before it is read (a short line may be a name or a heading)
MIN_CHARS = 20
#: the share of a line's characters inside dictionary words under which it is random filler
MAX_WORD_SHARE = 0.25

_CANDIDATE = re.compile(rf"^[ \t\u3000]*[\u4e00-\u9fff]{{{MIN_CHARS},}}[ \t\u3000]*$", re.M)


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    return jieba.Tokenizer()


def word_share(line: str) -> float:
    """The share of ``line``'s characters that fall inside dictionary words of two characters or more.

    Examples
    --------
    >>> word_share("充分认识换届选举工作的重要性和必要性") > 0.8
    True
    >>> word_share("举岛开苦疑面视扩泛千牛思耳恢源灰刀") < 0.25
    True
    """
    text = line.strip()
    if not text:
        return 0.0
    words = _tokenizer().lcut(text, HMM=False)
    return sum(len(w) for w in words if len(w) > 1) / len(text)


def filler_lines(st: CleaningState) -> None:
    """Delete lines of random characters (rule ``filler_line``); see the module docstring.

    Examples
    --------
    >>> st = CleaningState("同志们:\\n想惯陈括低洞待记么销膜数南聚猛吗股配跳斗械妇\\n要抓好落实。")
    >>> filler_lines(st)
    >>> st.doc.output
    '同志们:\\n\\n要抓好落实。'
    """
    _, view = st.view()
    spans = [m.span() for m in _CANDIDATE.finditer(view) if word_share(m.group()) < MAX_WORD_SHARE]
    st.doc.delete_many(spans, "filler_line")
