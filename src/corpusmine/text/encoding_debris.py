"""What a wrong decoding leaves between words: runs of question marks for lost indents, entity debris (rule ``ascii_junk``).

A page saved in one encoding and read in another turns each full-width space
of a paragraph's indent into '?', so a page flattened to one line reads
``… ????大家好!…``, and a decoded ``。&nbsp;`` becomes ``?!?nbsp;``.  A run of
three or more '?' after white space and before a word goes (the same run at
a line's start goes by :data:`corpusmine.text.patterns.LOST_CHARS_PREFIX`),
and so does an entity name left without its ampersand after such marks
(``?nbsp;``), an entity a scraper broke after a Chinese word (``的&amam 工业园``, round 124k), and a converter's paragraph mark, one Cyrillic letter between Chinese
words or marks (``教师们:Р今天``, round 111k).  A scraper's escaped line break left as text (``…的祝愿!\\n全体运动员们``,
round 143k: a backslash and an n between Chinese words or marks) becomes the line break it stands for (rule
``escaped_break``).  A line with no Chinese that is mostly Latin-1 accents and question marks (?ò?Yìì??ê¥òo??, a GBK
page read as Latin-1; round 182k) goes whole; a line of French or Pinyin has few question marks and stays.  A speaker's ``什么???`` follows a word, not a space, and stays.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("各位朋友: ????大家好!我们召开会议。?!?nbsp;\\n要抓好落实。什么???\\n改善民生Р 乡风文明")
>>> encoding_debris(st)
>>> st.doc.output
'各位朋友: 大家好!我们召开会议。\\n要抓好落实。什么???\\n改善民生 乡风文明'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines

__all__ = ["encoding_debris"]

_INDENT_RUN = re.compile(r"(?<=[ \t\u3000])[?？\ufffd]{3,}(?=[^\s?？\ufffd])")
#: a converter's paragraph mark: one Cyrillic letter between Chinese words or marks (教师们:Р今天, round 111k)
_CJK_SIDE = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef:;,.!?"
_CYRILLIC = re.compile(rf"(?<=[{_CJK_SIDE}])[\u0400-\u04ff](?=[{_CJK_SIDE}])")
_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: the same mark after a sentence's end, a blank or the line's end after it (…的效果。Р 一是要…, round 122k)
#: or after a heading's last word (…改善民生Р 乡风文明…, round 143k)
_CYRILLIC_AFTER_END = re.compile(r"(?<=[。！？!?\u4e00-\u9fff])[\u0400-\u04ff](?=[ \t\u3000]*(?:\n|$)|[ \t\u3000]+[\u4e00-\u9fff])", re.M)
#: an escaped line break as text (\\n, \\r\\n, \\t) between Chinese words or marks
_ESCAPED_BREAK = re.compile(rf"(?<=[{_CJK_SIDE}”」』)）])(?:\\r)?\\[nt](?=[ \t\u3000]*[\u4e00-\u9fff“「『(（])")
_ENTITY_DEBRIS = re.compile(r"[?？!]{1,4}(?:nbsp|amp|quot|ldquo|rdquo|mdash|hellip);?")
#: an entity broken by a scraper, its ampersand kept, after a Chinese character or mark and before no letter
#: (刚刚辟建的&amam 工业园, round 124k); R&D and AT&T have a letter before the ampersand and stay
_BROKEN_ENTITY = re.compile(rf"(?<=[{_CJK_SIDE}\u3000])&[a-z]{{2,8}};?(?![A-Za-z])")
#: a run of bare ampersands a feed left for a word it could not carry, between Chinese words and marks (某某致辞时&&,
#: 新的一年…; round 249k); a speaker writes no such run
_AMPERSAND_RUN = re.compile(rf"(?<=[{_CJK_SIDE}])&{{2,4}}(?=[{_CJK_SIDE}])")
#: a template site's stray symbol inside a word (恢复高考以¡来, 人才♂辈出; round 253k): no speech writes one there
_STRAY_SYMBOL = re.compile(r"(?<=[\u4e00-\u9fff])[¡¿♂♀](?=[\u4e00-\u9fff])")


#: the tail of an entity a site's cut broke, its ampersand and first letters gone, before a Chinese word or quote
#: (……此处隐藏6492个字…… uo;坚守领地”, round 155k), down to its last letter (o;暨某某启动仪式…, the page's cut; round 282k)
_ENTITY_TAIL = re.compile(r"(?<![A-Za-z&])(?:[lr]?[ds]?quo|[ds]?uo|dquo|squo|dash|hellip|llip|bsp|nbsp|uot|o|t|p);(?=[ \t\u3000]*[\u4e00-\u9fff“”‘’])")


#: a lone question mark a converter left for a wide space: after a sentence's end closing its line, or opening a line
#: before a blank (…喜迎建党100周年。? / ? 本网讯 1月28日…; round 157k)
#: and after a colon or a semicolon at a line's end, or between a sentence's end and the next sentence (各位同学:? /
#: …的道理。?在学习… ; round 259k: a page whose blanks were saved as question marks)
_LONE_MARK = re.compile(r"(?<=[。！!：:；;])[?？]{1,8}(?=[ \t\u3000]*$)|(?<=[。：:；;])[?？]{1,8}(?=[\u4e00-\u9fff“])"
                        r"|^[?？](?=[ \t\u3000]+[\u4e00-\u9fff])", re.M)   # 。?????? (258k)


#: Latin-1 letters a GBK page read as Latin-1 is made of (Ø, ì, ¥, £ …), and the primes it shows beside them
_LATIN1 = re.compile(r"[\u00a2-\u00a5\u00b5\u00c0-\u00ff]")
_PRIMES = re.compile(r"[\u2032\u2033\u2018\u2019\u00b4]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def encoding_debris(st: CleaningState) -> None:
    """Delete question-mark indents and entity debris (rule ``ascii_junk``).

    Examples
    --------
    >>> st = CleaningState("同志们: ???要抓好落实。")
    >>> encoding_debris(st)
    >>> st.doc.output
    '同志们: 要抓好落实。'
    >>> st = CleaningState("表示美好的祝愿!\\\\n全体运动员们,路径C:\\\\new不动。")
    >>> encoding_debris(st)
    >>> st.doc.output
    '表示美好的祝愿!\\n全体运动员们,路径C:\\\\new不动。'
    """
    _, view = st.view()
    if "\\" in view:
        st.doc.replace_many([(m.start(), m.end(), "\n" if m.group().endswith("n") else " ")
                             for m in _ESCAPED_BREAK.finditer(view)], "escaped_break")
        _, view = st.view()
    spans = []
    if _ANY_CYRILLIC.search(view):
        spans += [m.span() for m in _CYRILLIC.finditer(view)]
        spans += [m.span() for m in _CYRILLIC_AFTER_END.finditer(view)]
    if any(r in view for r in ("???", "？？？", "\ufffd" * 3, "?？", "？?")):
        spans += [m.span() for m in _INDENT_RUN.finditer(view)]
    if ("?" in view or "？" in view or "\ufffd" in view) and any(
            w in view for w in ("nbsp", "amp", "quot", "ldquo", "rdquo", "mdash", "hellip")):
        spans += [m.span() for m in _ENTITY_DEBRIS.finditer(view)]
    if "&" in view:
        spans += [m.span() for m in _BROKEN_ENTITY.finditer(view)]
        spans += [m.span() for m in _AMPERSAND_RUN.finditer(view)]
    if any(c in view for c in "¡¿♂♀"):
        spans += [m.span() for m in _STRAY_SYMBOL.finditer(view)]
    if "?" in view or "？" in view:
        spans += [m.span() for m in _LONE_MARK.finditer(view)]
    if ";" in view:
        spans += [m.span() for m in _ENTITY_TAIL.finditer(view)]
    if _LATIN1.search(view):      # a Chinese page's lines read as Latin-1 (?ò?Yìì??ê¥òo??àà?úê?; round 182k)
        spans += [(s, e) for s, e, line in iter_lines(view) if _is_mojibake(line)]
    if spans:
        st.doc.delete_many(sorted(set(spans)), "ascii_junk")


def _is_mojibake(line: str) -> bool:
    """A line with no Chinese whose letters are mostly Latin-1 accents, primes and question marks (GBK read as Latin-1)."""
    t = "".join(line.split())
    if len(t) < 8 or _HAN.search(t):
        return False
    accents = len(_LATIN1.findall(t))
    return accents >= 3 and (accents + t.count("?") + len(_PRIMES.findall(t))) * 5 >= len(t) * 2
