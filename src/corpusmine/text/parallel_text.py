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

__all__ = ["MIN_CHINESE", "MIN_CHINESE_CHARS", "MIN_GLUED_LETTERS", "MIN_OTHER_LETTERS", "is_english_line", "is_other_script_line", "parallel_text"]

#: Chinese prose lines a page needs before its English lines are read as a translation (or one long one: a
#: search excerpt cuts a bilingual page after its first paragraphs)
MIN_CHINESE = 2
MIN_CHINESE_CHARS = 80

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")
_LATIN = re.compile(r"[A-Za-z]")
#: a Chinese character between two Latin letters, on a line of at least ``_LONG_LATIN`` letters: a decoder's stray
_STRAY_CJK = re.compile(r"(?<=[A-Za-z])[\u3400-\u9fff](?=[A-Za-z])")
_LONG_LATIN = 40
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
    >>> is_english_line("Speech on the Forum of University Presidents, May 2, 2010, Nan激ng")
    True
    """
    t = line.strip().strip("|｜").strip()
    if len(_LATIN.findall(t)) >= _LONG_LATIN:
        t = _STRAY_CJK.sub("", t)       # a character mis-decoded inside an English word (Nan激ng; round 278k)
    if not t or _CJK.search(t) or "、" in t:     # 、 lists guests' names inside a Chinese salutation (… Miss. Svoboda、AOS Mr.)
        return False
    if len(_WORD.findall(t)) < min_words:
        return False
    visible = re.sub(r"\s", "", t)
    return len(_LATIN.findall(visible)) * 2 > len(visible)


#: letters of a script a Chinese speech never writes a line in (Hangul, kana, Cyrillic, Thai/Lao, Arabic, Hebrew,
#: Devanagari): a blogger's note or a translation beside the speech (10일 중화민국 … 연설문입니다; round 264k)
_NOT_KANA = r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u0400-\u04ff\u0e00-\u0eff\u0590-\u06ff\u0900-\u097f"
_OTHER_SCRIPT = re.compile(rf"[{_NOT_KANA}\u3040-\u30ff]")
#: the fewest such letters that make a line foreign
MIN_OTHER_LETTERS = 8
#: Chinese characters that make a page Chinese when its prose lines were cut off (a search excerpt)
MIN_CHINESE_PAGE = 200
_OTHER_RUN = re.compile(rf"[{_NOT_KANA}][{_NOT_KANA}0-9A-Za-z \t.,!?:;'\"()\-]*[{_NOT_KANA}.!?]")


def is_other_script_line(line: str) -> bool:
    """Whether ``line`` is written in a script other than Chinese and Latin: :data:`MIN_OTHER_LETTERS` letters of it
    or more, more of them than Chinese characters, more than half of its visible characters.

    Examples
    --------
    >>> is_other_script_line("10일 중화민국 112년 국경절 행사가 열렸습니다. 원문으로 한번 읽어 보세요.")
    True
    >>> is_other_script_line("本日は皆様にお会いできて大変うれしく思います。"), is_other_script_line("我们同首尔의友好城市合作。")
    (True, False)
    """
    other = len(_OTHER_SCRIPT.findall(line))
    visible = len(re.sub(r"\s", "", line))
    return other >= MIN_OTHER_LETTERS and other > len(_CJK.findall(line)) and other * 2 > visible


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
    if _OTHER_SCRIPT.search(view):      # a line in another script than Chinese or Latin goes alone, on a Chinese page
        lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
        other = [(s, e) for s, e, line in lines if is_other_script_line(line)]
        # a run of such sentences glued before or after Chinese text (no kana: Japanese mixes its letters with kanji)
        # (words: a quoted word, 俄文稿为“ежедневник”, is the Chinese sentence's)
        other += [m.span() for m in _OTHER_RUN.finditer(view) if len(_OTHER_SCRIPT.findall(m.group())) >= MIN_OTHER_LETTERS
                  and len(m.group().split()) >= 3 and view[m.start() - 1:m.start()] not in "“‘\"'「『(（《"]
        if other and (_chinese_page(lines) or len(_CJK.findall(view)) >= MIN_CHINESE_PAGE):
            st.doc.delete_many(sorted(set(other)), "parallel_text")
            _, view = st.view()
    if len(_LATIN.findall(view)) >= MIN_GLUED_LETTERS:
        # English glued between the Chinese sentences of one line (a site that strips the page's line breaks and the
        # spaces: …朋友们:DearPresidentsandEntrepreneurs,LadiesandGentlemen,…在生机勃勃…; round 278k)
        glued = [m.span() for m in _GLUED_RUN.finditer(view) if _glued_english(m.group())]
        if len(glued) >= 2 and len(_CJK.findall(view)) >= MIN_CHINESE_PAGE:
            st.doc.delete_many(glued, "parallel_text")
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


#: the fewest Latin letters in a run of English glued between Chinese sentences
MIN_GLUED_LETTERS = 40
#: a run of English text from its first letter (the Chinese sentence's mark before it stays): letters, digits, blanks and an English sentence's marks, a decoder's stray Chinese character
#: between two letters (Nan激ng)
_GLUED_RUN = re.compile(r"[A-Za-z](?:[A-Za-z0-9 ,.'’:;!?()\-]|(?<=[A-Za-z])[\u3400-\u9fff](?=[A-Za-z]))+")


def _glued_english(run: str) -> bool:
    """Whether a run of Latin text is English prose: :data:`MIN_GLUED_LETTERS` letters or more, lower case the
    greater part, a comma or a full stop inside; no address (a URL, a mail address)."""
    letters = _LATIN.findall(run)
    return (len(letters) >= MIN_GLUED_LETTERS and sum(c.islower() for c in letters) * 2 > len(letters)
            and ("," in run or "." in run) and not re.search(r"(?i)www|http|\.com|\.cn|@", run))


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
