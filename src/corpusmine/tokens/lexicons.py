"""Lexicon files: the jieba user dictionary, the speech fillers and the default stop list.

Every file is UTF-8; a byte-order mark and CRLF/CR line endings are accepted,
and a malformed line is reported as ``file:line: problem``.

Examples
--------
>>> import tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "fillers.txt"
>>> _ = f.write_bytes("\\ufeff同志们\\r\\n刚才 # 开场\\r\\n".encode("utf-8"))
>>> read_speech_fillers(f)
['同志们', '刚才']
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from corpusmine import config
from corpusmine.tokens.filters import is_number, is_punctuation

__all__ = ["UserDictEntry", "default_stopwords", "read_lexicon_lines", "read_speech_fillers", "read_userdict",
           "strip_comment"]

_BOM = "\ufeff"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TAG = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class UserDictEntry:
    """One entry of a jieba-format user dictionary.

    Attributes
    ----------
    word : str
        The word, kept whole by the tokenizer.
    freq : int or None
        Explicit jieba frequency, or None for the automatic frequency.  0
        suppresses a word of jieba's own dictionary (it is never produced).
    tag : str or None
        POS tag reported by :meth:`Tokenizer.cut_pos` (jieba/ICTCLAS tag set).
    lineno : int
        1-based line number in the file, for error messages and audits.

    Examples
    --------
    >>> e = UserDictEntry("人居环境", None, "n", 3)
    >>> e.word, e.freq is None, e.tag
    ('人居环境', True, 'n')
    """

    word: str
    freq: int | None
    tag: str | None
    lineno: int


def read_lexicon_lines(path: str | os.PathLike) -> list[str]:
    """The lines of a lexicon file: UTF-8, optional BOM, LF/CRLF/CR line endings.

    Parameters
    ----------
    path : path-like

    Returns
    -------
    list of str
        Lines without their line break; the BOM is dropped.

    Raises
    ------
    ValueError
        If the file is not UTF-8: ``file:line: lexicon file is not valid UTF-8``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "词表.txt"
    >>> _ = f.write_bytes("\\ufeff创文\\r\\n五清\\r四定\\n".encode("utf-8"))
    >>> read_lexicon_lines(f)
    ['创文', '五清', '四定']
    >>> _ = f.write_bytes("创文\\n五清".encode("gbk"))
    >>> read_lexicon_lines(f)                                   # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: ...词表.txt:1: lexicon file is not valid UTF-8 (invalid start byte)
    """
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(f"{path}:{line}: lexicon file is not valid UTF-8 ({exc.reason})") from None
    if text.startswith(_BOM):
        text = text[1:]
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def strip_comment(line: str) -> str:
    """Remove a whole-line ``#`` comment or a trailing `` # comment``.

    A ``#`` starts a comment at the beginning of the line or after whitespace,
    so a word such as ``C#`` can still be an entry.

    Parameters
    ----------
    line : str

    Returns
    -------
    str
        The line without its comment, stripped of surrounding whitespace.

    Examples
    --------
    >>> strip_comment("乡村振兴 n  # 十九大报告"), strip_comment("# 注释"), strip_comment("C# 3")
    ('乡村振兴 n', '', 'C# 3')
    """
    stripped = line.strip()
    if stripped.startswith("#"):
        return ""
    m = re.search(r"\s#", line)
    if m:
        line = line[: m.start()]
    return line.strip()


def read_userdict(path: str | os.PathLike) -> list[UserDictEntry]:
    """Parse a jieba user dictionary strictly.

    Each non-blank, non-comment line is ``word [freq] [pos_tag]`` separated by
    spaces or tabs; a trailing ``# comment`` is allowed.  ``freq`` is a
    non-negative integer; as in jieba, 0 means "never keep this word whole"
    (used to suppress a word of jieba's own dictionary that would swallow a
    campaign term, e.g. 三农问题).  The file must be UTF-8; a byte-order mark
    and CRLF/CR line endings are accepted.

    Parameters
    ----------
    path : path-like
        The dictionary file.

    Returns
    -------
    list of UserDictEntry
        Entries in file order (the order matters: automatic frequencies are
        computed against the dictionary as extended by earlier entries).

    Raises
    ------
    ValueError
        On any malformed line (bad frequency, bad tag, too many fields, a word
        made only of punctuation or digits, the placeholder) or a duplicate
        word; the message names the file and the line number.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "userdict.txt"
    >>> _ = f.write_bytes("\\ufeff# 示例\\r\\n乡村振兴 n  # 十九大报告\\r\\n占道经营 3000 l\\r\\n".encode("utf-8"))
    >>> [(e.word, e.freq, e.tag) for e in read_userdict(f)]      # BOM and CRLF lose nothing
    [('乡村振兴', None, 'n'), ('占道经营', 3000, 'l')]
    """
    path = Path(path)
    entries: list[UserDictEntry] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(read_lexicon_lines(path), 1):
        line = strip_comment(raw)
        if not line:
            continue
        fields = line.split()
        word, freq, tag = fields[0], None, None
        rest = fields[1:]
        if len(rest) > 2:
            raise ValueError(
                f"{path}:{lineno}: malformed user-dictionary line {raw.strip()!r}: "
                "expected 'word [freq] [pos_tag]'"
            )
        if rest and rest[0].isascii() and rest[0].isdigit():
            freq = int(rest.pop(0))
        if rest:
            tag = rest.pop(0)
            if not _TAG.fullmatch(tag):
                raise ValueError(
                    f"{path}:{lineno}: malformed user-dictionary line {raw.strip()!r}: "
                    f"{tag!r} is neither a frequency (integer >= 0) nor a POS tag (lowercase letters)"
                )
        if rest:
            raise ValueError(
                f"{path}:{lineno}: malformed user-dictionary line {raw.strip()!r}: "
                "the frequency must come before the POS tag"
            )
        if config.PLACEHOLDER in word:
            raise ValueError(f"{path}:{lineno}: the placeholder {config.PLACEHOLDER} cannot be a dictionary word")
        if is_punctuation(word) or is_number(word):
            raise ValueError(f"{path}:{lineno}: {word!r} is only punctuation or digits, not a word")
        if word in seen:
            raise ValueError(f"{path}:{lineno}: duplicate entry {word!r} (first on line {seen[word]})")
        seen[word] = lineno
        entries.append(UserDictEntry(word, freq, tag, lineno))
    return entries


def read_speech_fillers(path: str | os.PathLike | None = None) -> list[str]:
    """Read a word list: one word per line, ``#`` comments, blank lines ignored.

    Parameters
    ----------
    path : path-like, optional
        Defaults to ``config.SPEECH_FILLERS`` (``data/lexicons/speech_fillers.txt``),
        read when called.

    Returns
    -------
    list of str
        Words in file order.

    Raises
    ------
    ValueError
        If a line holds more than one word; the message names file and line.

    Examples
    --------
    >>> fillers = read_speech_fillers()
    >>> fillers[:3], "刚才" in fillers
    (['同志', '同志们', '刚才'], True)
    """
    path = Path(config.SPEECH_FILLERS if path is None else path)
    words: list[str] = []
    for lineno, raw in enumerate(read_lexicon_lines(path), 1):
        line = strip_comment(raw)
        if not line:
            continue
        fields = line.split()
        if len(fields) != 1:
            raise ValueError(f"{path}:{lineno}: expected one word per line, got {raw.strip()!r}")
        words.append(fields[0])
    return words


def default_stopwords() -> frozenset[str]:
    """The default stop list: stopwords-iso ``zh`` united with the speech fillers.

    stopwords-iso (https://github.com/stopwords-iso/stopwords-zh, MIT licence,
    packaged on PyPI as ``stopwordsiso``) is a maintained collection of
    function words; ``data/lexicons/speech_fillers.txt`` adds meeting
    formulas (同志, 刚才, 下面 ...) that carry no campaign content.

    Note that stopwords-iso ``zh`` contains 要, the numerals 一 ... 九 and a few
    short words such as 区, 大, 小; pass ``remove_stopwords=False`` or an
    explicit ``stopwords=`` list when those must be counted.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> sw = default_stopwords()
    >>> "要" in sw, "刚才" in sw, "乡村振兴" in sw
    (True, True, False)
    """
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("zh")) | frozenset(read_speech_fillers(config.SPEECH_FILLERS))
