"""Which encoding a non-UTF-8 Chinese file is in: plausibility scoring and legacy decoding.

A file that is not valid UTF-8 is decoded with every codec that could hold
Chinese text (the charset an HTML page declares, GB18030, Big5, Big5-HKSCS,
and a damaged UTF-8) and the decoding whose characters look most like real
Chinese wins (:func:`encoding_plausibility`, :func:`decode_legacy`).
:mod:`corpusmine.text.decode` uses it; nothing expensive happens at import
time (the common-character table is built on first use).

Examples
--------
>>> raw = "同志們：這次全省城鄉環境綜合整治工作會議".encode("big5")
>>> decode_legacy("讲话.txt", raw, [])[1]
'big5'
"""

from __future__ import annotations

import codecs
import functools
import importlib.util
import os
import re
import unicodedata
from pathlib import Path
from typing import Union

from corpusmine.errors import CorpusInputError

__all__ = [
    "COMMON_CHAR_MIN_FREQ",
    "MAX_REPLACEMENT_SHARE",
    "PLAUSIBILITY_THRESHOLD",
    "codec_name",
    "common_chinese_chars",
    "decode_legacy",
    "encoding_plausibility",
    "is_han",
]

PathLike = Union[str, "os.PathLike[str]"]

#: A word of jieba's bundled dictionary contributes its characters to the
#: common-character set (:func:`common_chinese_chars`) when its frequency is at
#: least this.  With jieba 0.42.1 this gives about 7,400 characters,
#: Simplified and Traditional.
COMMON_CHAR_MIN_FREQ: int = 50

#: A non-UTF-8 decoding is accepted only if its plausibility score (see
#: :func:`encoding_plausibility`) is at least this.  Measured on the five raw
#: speeches re-encoded in GBK and Big5: correct decodings score >= 0.9998 for
#: whole files, >= 0.994 for 200-character excerpts and >= 0.955 for
#: 30-character excerpts.  Wrong decodings of whole files score at most 0.20
#: (Big5 read as GB18030), 0.49 (GBK read as Big5), 0.30 (UTF-8 read as
#: GB18030) and 0.14 (UTF-8 read as Big5); of 200-character excerpts at most
#: 0.62.  (Only very short excerpts can score high when wrong; ties go to
#: GB18030.)
PLAUSIBILITY_THRESHOLD: float = 0.85

#: A lenient decoding (bytes a codec cannot decode strictly, e.g. a damaged or
#: truncated file) is considered only if the U+FFFD it introduces are at most
#: this share of its non-ASCII characters.
MAX_REPLACEMENT_SHARE: float = 0.01

_DISPLAY_NAMES = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16-LE",
    "utf-16-be": "UTF-16-BE",
    "utf-32-le": "UTF-32-LE",
    "utf-32-be": "UTF-32-BE",
    "gb18030": "GB18030",
    "big5": "Big5",
    "big5hkscs": "Big5-HKSCS",
}

# Labels an HTML page may declare, mapped to the codecs tried for them (as the
# WHATWG Encoding Standard does, GBK/GB2312 labels use the GB18030 decoder).
_GB_LABELS = frozenset(
    "gbk x-gbk gb2312 gb_2312 gb_2312-80 csgb2312 chinese iso-ir-58 euc-cn "
    "cp936 ms936 windows-936 csiso58gb231280 gb18030".split()
)
_BIG5_LABELS = frozenset("big5 big5-hkscs big5hkscs cn-big5 csbig5 x-x-big5 cp950 ms950".split())

# The charset an HTML page declares in a <meta> tag (read from its first 8 KiB).
_META_CHARSET_RE = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph (the URO, extension A, compatibility ideographs, planes 2-3).

    Parameters
    ----------
    ch : str
        One character.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_han("乡"), is_han("鄉"), is_han("。"), is_han("a")
    (True, True, False, False)
    """
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
    )


def _jieba_dict_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba is not installed; it is needed to detect GB18030/Big5 text")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


@functools.lru_cache(maxsize=1)
def common_chinese_chars() -> frozenset[str]:
    """The set of common Chinese characters, Simplified and Traditional.

    Built on first call (about one second) from jieba's bundled dictionary
    ``jieba/dict.txt``: every Han character of a word whose frequency is at
    least :data:`COMMON_CHAR_MIN_FREQ`, plus the Traditional forms of those
    words from OpenCC's ``s2t``, ``s2tw`` and ``s2hk`` conversions (so that
    correct Big5 text, which uses Taiwan forms such as 為 眾 啟 裡, scores as
    high as correct GB18030 text).

    Entries tagged ``zg`` are skipped: jieba uses that tag for about 5,700
    single characters, many of them mojibake (屽, 婂, 戜, ...) that wrong
    decodings of UTF-8 bytes produce; with them, UTF-8 text mis-read as
    GB18030 scored 0.73 instead of 0.30.

    Returns
    -------
    frozenset of str
        Single characters (about 7,400 with jieba 0.42.1).

    Examples
    --------
    >>> chars = common_chinese_chars()
    >>> all(ch in chars for ch in "乡鄉为為")
    True
    """
    import opencc  # local import: only needed for non-UTF-8 files

    words: list[str] = []
    with open(_jieba_dict_path(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2 or not parts[1].isdigit() or int(parts[1]) < COMMON_CHAR_MIN_FREQ:
                continue
            if len(parts) >= 3 and parts[2] == "zg":
                continue
            words.append(parts[0])
    simplified = "\n".join(words)
    forms = [simplified] + [opencc.OpenCC(cfg).convert(simplified) for cfg in ("s2t", "s2tw", "s2hk")]
    return frozenset(ch for text in forms for ch in text if is_han(ch))


def encoding_plausibility(text: str) -> float:
    """Score how plausible *text* is as a correct decoding of Chinese bytes.

    Parameters
    ----------
    text : str
        A candidate decoding.

    Returns
    -------
    float
        ``common / (han + foreign + 2 * bad)``, between 0 and 1, where

        * ``han``: CJK ideographs; ``common``: those in
          :func:`common_chinese_chars`;
        * ``foreign``: other non-ASCII letters (kana, Hangul, Greek, Cyrillic,
          bopomofo, ...), which wrong GB18030/Big5 decodings produce in bulk
          (fullwidth forms U+FF00-U+FFEF are neutral);
        * ``bad``: private-use, unassigned and U+FFFD characters, counted twice
          as a penalty.

        Punctuation, symbols, digits, whitespace and ASCII are neutral.  Text
        with nothing to judge scores 0.  Correct decodings of real speeches
        score above 0.99, wrong ones below 0.5; see
        :data:`PLAUSIBILITY_THRESHOLD` for the measurements.

    Examples
    --------
    >>> raw = "同志們：這次全省城鄉環境綜合整治工作會議".encode("big5")
    >>> encoding_plausibility(raw.decode("big5")) > 0.99
    True
    >>> encoding_plausibility(raw.decode("gb18030")) < 0.5
    True
    """
    common_set = common_chinese_chars()
    han = common = foreign = bad = 0
    for ch in text:
        if ch < "\x80":
            continue
        if is_han(ch):
            han += 1
            if ch in common_set:
                common += 1
            continue
        cat = unicodedata.category(ch)
        if ch == "\ufffd" or cat in ("Co", "Cn", "Cs"):
            bad += 1
        elif cat[0] == "L" and not ("\uff00" <= ch <= "\uffef"):
            foreign += 1
    denominator = han + foreign + 2 * bad
    return common / denominator if denominator else 0.0


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET_RE.search(data[:8192])
    return m.group(1).decode("ascii").strip().lower() if m else None


def _codecs_for_label(label: str) -> list[str]:
    if label in _GB_LABELS:
        return ["gb18030"]
    if label in _BIG5_LABELS:
        return ["big5", "big5hkscs"]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return []
    return [] if name in ("utf-8", "utf-8-sig") else [name]


def codec_name(codec: str) -> str:
    """How a Python codec name is shown in messages (``gb18030`` -> ``GB18030``).

    Parameters
    ----------
    codec : str
        A Python codec name.

    Returns
    -------
    str

    Examples
    --------
    >>> codec_name("big5"), codec_name("utf-16-le"), codec_name("cp936")   # 繁体, UTF-16, 简体
    ('Big5', 'UTF-16-LE', 'CP936')
    """
    return _DISPLAY_NAMES.get(codec, codec.upper())


def _lenient(data: bytes, codec: str) -> tuple[str, int] | None:
    """Decode with U+FFFD for bad bytes; None unless the damage is small.

    Returns the text and the number of U+FFFD introduced, if that number is at
    most :data:`MAX_REPLACEMENT_SHARE` of the decoded non-ASCII characters.
    """
    text = data.decode(codec, errors="replace")
    n_bad = text.count("\ufffd") - _count_fffd_encoded(data, codec)
    n_non_ascii = sum(1 for ch in text if ch >= "\x80")
    if n_bad <= 0 or n_bad > MAX_REPLACEMENT_SHARE * n_non_ascii:
        return None
    return text, n_bad


def decode_legacy(path: PathLike, data: bytes, notes: list[str]) -> tuple[str, str, int]:
    """Decode bytes that are not valid UTF-8; return (text, codec, n_replaced).

    Candidates, in order of preference on ties: the charset an HTML page
    declares; GB18030, Big5, Big5-HKSCS decoded strictly (or, failing that,
    with at most 1 % of the non-ASCII characters replaced); UTF-8 with at most
    1 % replaced (a damaged UTF-8 file).  The most plausible candidate wins if
    it reaches :data:`PLAUSIBILITY_THRESHOLD`.

    Parameters
    ----------
    path : str or os.PathLike
        The file the bytes came from (named in the error message).
    data : bytes
        The file's bytes.
    notes : list of str
        Receives the warning text saying how the file was decoded.

    Returns
    -------
    tuple of (str, str, int)
        The text, the Python codec name and how many U+FFFD were introduced.

    Raises
    ------
    CorpusInputError
        When no candidate is plausible enough.

    Examples
    --------
    >>> notes = []
    >>> decode_legacy("讲话.txt", "同志们：要抓实抓细抓出成效。".encode("gbk"), notes)
    ('同志们：要抓实抓细抓出成效。', 'gb18030', 0)
    >>> notes
    ['decoded as GB18030, not UTF-8']
    """
    # (score, preference, codec, text, n_replaced, note)
    candidates: list[tuple[float, int, str, str, int, str]] = []

    def add(codec: str, note_strict: str) -> None:
        try:
            text, n_bad = data.decode(codec), 0
        except UnicodeDecodeError:
            lenient = _lenient(data, codec)
            if lenient is None:
                return
            text, n_bad = lenient
        note = note_strict if n_bad == 0 else (
            f"decoded as {codec_name(codec)} with {n_bad} undecodable byte sequence(s) "
            "replaced by U+FFFD; the file is damaged"
        )
        candidates.append((encoding_plausibility(text), len(candidates), codec, text, n_bad, note))

    label = _declared_charset(data)
    if label is not None:
        for codec in _codecs_for_label(label):
            add(codec, f"decoded as {codec_name(codec)} (declared by the page's charset={label}), not UTF-8")
        if candidates and max(c[0] for c in candidates) >= PLAUSIBILITY_THRESHOLD:
            best = min(candidates, key=lambda c: (-c[0], c[1]))
            notes.append(best[5])
            return best[3], best[2], best[4]
        if _codecs_for_label(label):
            notes.append(
                f"the page declares charset={label} but its bytes do not decode plausibly with it; "
                "detecting the encoding instead"
            )

    for codec in ("gb18030", "big5", "big5hkscs"):
        add(codec, f"decoded as {codec_name(codec)}, not UTF-8")
    lenient_utf8 = _lenient(data, "utf-8")
    if lenient_utf8 is not None:
        text, n_bad = lenient_utf8
        candidates.append((
            encoding_plausibility(text), len(candidates), "utf-8", text, n_bad,
            f"decoded as UTF-8 with {n_bad} undecodable byte sequence(s) replaced by U+FFFD; "
            "the file is damaged",
        ))

    if candidates:
        best = min(candidates, key=lambda c: (-c[0], c[1]))
        if best[0] >= PLAUSIBILITY_THRESHOLD:
            notes.append(best[5])
            return best[3], best[2], best[4]
        detail = f"; best guess {codec_name(best[2])} scored {best[0]:.2f} < {PLAUSIBILITY_THRESHOLD}"
    else:
        detail = ""
    raise CorpusInputError(
        path,
        "cannot determine the text encoding (tried UTF-8, GB18030, Big5)" + detail
        + "; re-save the file as UTF-8",
    )


def _count_fffd_encoded(data: bytes, codec: str) -> int:
    """How many genuine U+FFFD characters *data* encodes in *codec* (rare)."""
    try:
        marker = "\ufffd".encode(codec)
    except UnicodeEncodeError:
        return 0
    return data.count(marker)
