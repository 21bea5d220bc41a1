"""A bilingual page's English lines: a Chinese speech printed with its translation (session z, held-out round 92).

Study sites (英语演讲, 双语阅读), embassies and forums print a speech in both languages, line by line or block by
block; the English text is the page's, not the Chinese speech the corpus holds (its annotators marked it as noise),
and it would enter the tokens as Latin words.  On a page that also holds Chinese prose (at least
:data:`MIN_CHINESE` lines closed by 。！？, or :data:`MIN_CHINESE_CHARS` characters of such lines), two or more lines
written in English are its parallel text (rule ``parallel_text``):

* an English line: at least two words of Latin letters, no Chinese character, letters the greater part of it, a
  table's pipes around it allowed (| It gives me great pleasure … |);
* a table's English cell after its Chinese cell (女士们,先生们: | Ladies and Gentlemen, | |), from its pipe on;
* on such a page, an English word of address alone (Colleagues,) and a language switch's row (中文 英文 中英对照).

A Chinese sentence quoting English words (我们的口号是:Go green!) has Chinese characters and stays; so does a
page written in English alone (nothing here deletes a page's only language).  Every removal is an audited edit.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = ("女士们,先生们:\\nLadies and Gentlemen,\\n很高兴来到这里。\\nI am glad to be here.\\n"
...         "我们要加强合作。\\nWe must work together.\\n谢谢大家!")
>>> st = CleaningState(page)
>>> parallel_text(st)
>>> st.doc.output
'女士们,先生们:\\n\\n很高兴来到这里。\\n\\n我们要加强合作。\\n\\n谢谢大家!'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines

__all__ = ["MIN_CHINESE", "MIN_CHINESE_CHARS", "is_english_line", "parallel_text"]

#: Chinese prose lines a page needs before its English lines are read as a translation (or one long one: a
#: search excerpt cuts a bilingual page after its first paragraphs)
MIN_CHINESE = 2
MIN_CHINESE_CHARS = 80

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")
_LATIN = re.compile(r"[A-Za-z]")
_CHINESE_PROSE = re.compile(r"[\u3400-\u9fff][^\n]*[。！？!?][”」』)）]?\s*$")
#: a table's English cell after a Chinese one, with the pipes around it (中文… | It gives me … | |)
_CELL = re.compile(r"[ \t]*\|(?=[^|\n]*[A-Za-z])[^|\n\u3400-\u9fff]+(?:\|[ \t]*)*$")
#: one English word of address alone, closed by a comma or a colon (Colleagues, / Friends:)
_ADDRESS_WORD = re.compile(r"^[ \t]*[A-Z][a-z]{3,}[ \t]*[,:][ \t]*$")
_LATIN_LINE = re.compile(r"^[^\n\u3400-\u9fff]*?[A-Za-z]{2}[^\n\u3400-\u9fff]*$", re.M)
_SWITCH_WORD = re.compile(r"对照|双语|英文")
#: a language switch's row: 中文 英文 中英对照 / 双语对照 / 英汉对照, alone
_SWITCH = re.compile(r"^[ \t\u3000|｜/]*(?:(?:中文|英文|中英(?:文)?对照|英汉对照|汉英对照|双语(?:对照)?|原文|译文)[ \t\u3000|｜/]*){2,4}$")


def is_english_line(line: str, *, min_words: int = 2) -> bool:
    """Whether ``line`` is written in English: ``min_words`` words or more, no Chinese, letters the greater part.

    Examples
    --------
    >>> is_english_line("| Ladies and Gentlemen, Friends, | |"), is_english_line("我们的口号是:Go green!")
    (True, False)
    >>> is_english_line("GDP 2024"), is_english_line("Tonight, we are here to celebrate.")
    (False, True)
    >>> is_english_line("Svoboda、AOS Mr.")
    False
    """
    t = line.strip().strip("|｜").strip()
    if not t or _CJK.search(t) or "、" in t:     # 、 lists guests' names inside a Chinese salutation (… Miss. Svoboda、AOS Mr.)
        return False
    if len(_WORD.findall(t)) < min_words:
        return False
    visible = re.sub(r"\s", "", t)
    return len(_LATIN.findall(visible)) * 2 > len(visible)


def parallel_text(st: CleaningState) -> None:
    """Delete a bilingual page's English lines and its language switch (rule ``parallel_text``).

    Examples
    --------
    >>> st = CleaningState("同学们:\\n今天开学了。\\n要努力学习。\\nGood morning, everyone.")
    >>> parallel_text(st)          # one English line: a greeting quoted, not a translation
    >>> st.doc.output
    '同学们:\\n今天开学了。\\n要努力学习。\\nGood morning, everyone.'
    """
    _, view = st.view()
    # a cheap look first: lines with Latin letters and no Chinese, a table's pipe, a switch's words
    if len(_LATIN_LINE.findall(view, 0)) < 2 and "|" not in view and not _SWITCH_WORD.search(view):
        return
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    switches = [(s, e) for s, e, line in lines if _SWITCH.match(line)]
    english = [(s, e) for s, e, line in lines if is_english_line(line)]
    cells = [(s + m.start(), s + m.end()) for s, e, line in lines if "|" in line and _CJK.search(line)
             for m in _CELL.finditer(line) if is_english_line(m.group())]
    if not (switches or len(english) + len(cells) >= 2) or not _chinese_page(lines):
        return
    if len(english) + len(cells) < 2:
        st.doc.delete_many(switches, "parallel_text")
        return
    # on a page now known to be bilingual, a one-word line of address goes too (Colleagues,)
    english += [(s, e) for s, e, line in lines if _ADDRESS_WORD.match(line)]
    st.doc.delete_many(sorted(set(english + switches + cells)), "parallel_text")


def _chinese_page(lines: list[tuple[int, int, str]]) -> bool:
    """Whether the page holds Chinese prose: :data:`MIN_CHINESE` lines or :data:`MIN_CHINESE_CHARS` characters."""
    n = chars = 0
    for _, _, line in lines:
        c = _CELL.sub("", line) if "|" in line else line
        if _CHINESE_PROSE.search(c):
            n, chars = n + 1, chars + len(_CJK.findall(c))
            if n >= MIN_CHINESE or chars >= MIN_CHINESE_CHARS:
                return True
    return False
