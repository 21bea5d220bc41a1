"""Reading raw speech files safely: bytes to text, with every oddity named.

Raw speeches arrive as files saved from template websites: mostly UTF-8, but
also GBK/GB18030 and Big5 text, UTF-16 exported from Word, and whole HTML pages
saved from a browser.  :func:`read_text` turns any of these into a Python string
*exactly* as decoded (only a byte-order mark is removed), or raises a
:class:`CorpusInputError` that names the file and says what is wrong with it.
Recoverable oddities (a non-UTF-8 encoding, replacement characters already in
the text, ...) are reported as :class:`CorpusWarning` and recorded on the
returned :class:`DecodedText`.

Nothing expensive happens at import time; the common-character table used to
tell GB18030 from Big5 is built on first use (see :func:`encoding_plausibility`).

Examples
--------
>>> from corpusmine.text.decode import read_text
>>> doc = read_text("data/raw/000_2646c065e626fb25.txt")  # doctest: +SKIP
>>> doc.encoding, doc.format  # doctest: +SKIP
('utf-8', 'text')
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import hashlib
import importlib.util
import os
import re
import tempfile
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Union

from corpusmine import config
from corpusmine.errors import CorpusInputError, CorpusWarning, display_path

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "COMMON_CHAR_MIN_FREQ",
    "PLAUSIBILITY_THRESHOLD",
    "DecodedText",
    "common_chinese_chars",
    "encoding_plausibility",
    "list_raw_files",
    "looks_like_html",
    "read_text",
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

#: A file whose share of C0 control bytes/characters (other than tab, newline,
#: carriage return, form feed, escape and Ctrl-Z) exceeds this looks binary.
MAX_CONTROL_SHARE: float = 0.05

_SUFFIXES = (".txt", ".html", ".htm")

# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "looks like a PNG image, not text"),
    (b"%PDF", "looks like a PDF file; extract its text first"),
    (b"PK\x03\x04", "looks like a ZIP archive or a .docx/.xlsx document; save it as plain text (.txt) first"),
    (b"PK\x05\x06", "looks like an empty ZIP archive"),
    (b"GIF87a", "looks like a GIF image, not text"),
    (b"GIF89a", "looks like a GIF image, not text"),
    (b"\xff\xd8\xff", "looks like a JPEG image, not text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "looks like an old Word .doc (OLE) file; save it as plain text (.txt) first"),
    (b"\x1f\x8b", "looks like a gzip-compressed file; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "looks like a 7-Zip archive; extract it first"),
    (b"Rar!\x1a\x07", "looks like a RAR archive; extract it first"),
    (b"\x7fELF", "looks like an executable (ELF) file"),
)

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

_META_CHARSET_RE = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
_DOCTYPE_RE = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_TAG_RE = re.compile(
    r"</?(?:p|div|br|span|a|table|tbody|tr|td|th|li|ul|ol|h[1-6]|meta|head|body|"
    r"title|script|style|img|link|font|strong|b|em|form|input|iframe|section|article|nav)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
#: :func:`looks_like_html` needs at least this many tags when there is no
#: ``<!DOCTYPE html>``/``<html>``.
_MIN_HTML_TAGS = 5

# C0 controls that legitimately occur in text files.
_ALLOWED_C0 = frozenset("\t\n\r\x0c\x1a\x1b")
_CONTROL_BYTES = bytes(b for b in range(0x20) if chr(b) not in _ALLOWED_C0) + b"\x7f"
_CONTROL_CHAR_RE = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


# --------------------------------------------------------------------------- #
# Decoding
# --------------------------------------------------------------------------- #
@dataclass(frozen=True)
class DecodedText:
    """The decoded content of one raw file.

    Attributes
    ----------
    path : pathlib.Path
        The file read (as given to :func:`read_text`).
    text : str
        The text exactly as decoded: no newline normalisation, no stripping;
        only a leading byte-order mark is removed (see `had_bom`).
    encoding : str
        Python codec name used: ``"utf-8"``, ``"utf-16-le"``, ``"utf-16-be"``,
        ``"utf-32-le"``, ``"utf-32-be"``, ``"gb18030"`` (also GBK/GB2312),
        ``"big5"`` or ``"big5hkscs"``, or a codec declared by an HTML page.
    had_bom : bool
        Whether the file started with a byte-order mark (removed from `text`).
    format : str
        ``"html"`` if the text looks like a page saved from a browser
        (see :func:`looks_like_html`), else ``"text"``.
    n_bytes : int
        Size of the file in bytes (BOM included).
    warnings : tuple of str
        The messages of every :class:`CorpusWarning` emitted while reading.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = pathlib.Path(d, "讲话.txt")
    ...     _ = path.write_bytes("\\ufeff同志们:要抓实抓细。".encode("utf-8"))
    ...     doc = read_text(path)
    >>> doc.text, doc.encoding, doc.had_bom, doc.format, doc.warnings
    ('同志们:要抓实抓细。', 'utf-8', True, 'text', ())
    """

    path: Path
    text: str = field(repr=False)
    encoding: str
    had_bom: bool
    format: str
    n_bytes: int
    warnings: tuple[str, ...] = ()


def _is_han(ch: str) -> bool:
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
    return frozenset(ch for text in forms for ch in text if _is_han(ch))


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
        if _is_han(ch):
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


def looks_like_html(text: str) -> bool:
    """Whether *text* looks like a web page saved from a browser.

    True when the start of the text (first 4,000 characters) contains
    ``<!DOCTYPE html`` or an ``<html>`` tag, or when the text holds at least
    five HTML tags such as ``<p>``, ``<div>``, ``<br>``.

    Parameters
    ----------
    text : str

    Returns
    -------
    bool

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body><p>同志们：</p></body></html>")
    True
    >>> looks_like_html("同志们：今天我们召开全县乡村振兴工作推进会。")
    False
    """
    if _DOCTYPE_RE.search(text[:4000]):
        return True
    count = 0
    for _ in _TAG_RE.finditer(text):
        count += 1
        if count >= _MIN_HTML_TAGS:
            return True
    return False


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


def _binary_kind(data: bytes) -> str | None:
    for sig, what in _SIGNATURES:
        if data.startswith(sig):
            return what
    return None


def _control_share(data: bytes | str) -> tuple[int, float]:
    """Count C0 control bytes/characters other than tab, newline, CR, FF, ESC, Ctrl-Z."""
    if isinstance(data, str):
        count = len(_CONTROL_CHAR_RE.findall(data))
    else:
        count = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return count, (count / len(data) if data else 0.0)


def _name(codec: str) -> str:
    return _DISPLAY_NAMES.get(codec, codec.upper())


def _is_blank(text: str) -> bool:
    return all(ch.isspace() or ch in _ZERO_WIDTH for ch in text)


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


def _decode_legacy(path: PathLike, data: bytes, notes: list[str]) -> tuple[str, str, int]:
    """Decode bytes that are not valid UTF-8; return (text, codec, n_replaced).

    Candidates, in order of preference on ties: the charset an HTML page
    declares; GB18030, Big5, Big5-HKSCS decoded strictly (or, failing that,
    with at most 1 % of the non-ASCII characters replaced); UTF-8 with at most
    1 % replaced (a damaged UTF-8 file).  The most plausible candidate wins if
    it reaches :data:`PLAUSIBILITY_THRESHOLD`.
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
            f"decoded as {_name(codec)} with {n_bad} undecodable byte sequence(s) "
            "replaced by U+FFFD; the file is damaged"
        )
        candidates.append((encoding_plausibility(text), len(candidates), codec, text, n_bad, note))

    label = _declared_charset(data)
    if label is not None:
        for codec in _codecs_for_label(label):
            add(codec, f"decoded as {_name(codec)} (declared by the page's charset={label}), not UTF-8")
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
        add(codec, f"decoded as {_name(codec)}, not UTF-8")
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
        detail = f"; best guess {_name(best[2])} scored {best[0]:.2f} < {PLAUSIBILITY_THRESHOLD}"
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


def read_text(path: PathLike) -> DecodedText:
    """Read a raw speech file read-only and decode it.

    Parameters
    ----------
    path : str or os.PathLike
        A ``.txt`` or ``.html`` file.

    Returns
    -------
    DecodedText
        The text exactly as decoded (only a byte-order mark is removed), with
        the encoding, whether it had a BOM, its format and any warnings.

    Raises
    ------
    CorpusInputError
        If the file is missing, a directory, unreadable, empty, contains only
        whitespace, looks binary, or its encoding cannot be determined.  The
        message always names the file and the problem.

    Warns
    -----
    CorpusWarning
        When the file is not UTF-8 (e.g. ``"decoded as GB18030, not UTF-8"``),
        when the text already contains U+FFFD replacement characters, when a
        few bytes had to be replaced, or when it contains stray control
        characters.

    Notes
    -----
    Decoding order: a UTF-8/UTF-16/UTF-32 byte-order mark is honoured; files
    without one are checked for binary signatures, NUL bytes and control
    characters, then decoded as strict UTF-8.  If that fails, an HTML
    ``<meta charset=...>`` declaration is tried first, then GB18030 (which
    covers GBK and GB2312), Big5 and Big5-HKSCS; the decoding with the best
    :func:`encoding_plausibility` wins if it reaches
    :data:`PLAUSIBILITY_THRESHOLD`.  A damaged file (a codec fails only on a
    few bytes -- at most 1 % of the non-ASCII characters -- e.g. a truncated
    last character) also competes, decoded with U+FFFD for the bad bytes and
    a warning saying so.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "讲话.txt"
    >>> _ = page.write_bytes("同志們：這次會議是省政府同意召開的。".encode("big5"))
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:   # "decoded as Big5, not UTF-8"
    ...     doc = read_text(page)
    >>> doc.text[:3], doc.encoding
    ('同志們', 'big5')
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:  # read-only, binary
            data = fh.read()
    except FileNotFoundError:
        raise CorpusInputError(p, "file not found") from None
    except IsADirectoryError:
        raise CorpusInputError(p, "is a directory, not a file") from None
    except PermissionError:
        if p.is_dir():
            raise CorpusInputError(p, "is a directory, not a file") from None
        raise CorpusInputError(p, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise CorpusInputError(p, f"cannot read the file: {exc.strerror or exc}") from None

    n_bytes = len(data)
    if n_bytes == 0:
        raise CorpusInputError(p, "file is empty")

    notes: list[str] = []
    n_replaced = 0  # U+FFFD introduced by a lenient decoding (not in the file)
    had_bom = False
    encoding = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            had_bom, encoding = True, codec
            break

    if had_bom:
        body = data[len(bom):]
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            raise CorpusInputError(
                p,
                f"starts with a {_name(encoding)} byte-order mark but is not valid {_name(encoding)} "
                f"(bad bytes at offset {exc.start + len(bom)})",
            ) from None
        if encoding != "utf-8":
            notes.append(f"decoded as {_name(encoding)} (byte-order mark), not UTF-8")
        n_ctrl, share = _control_share(text)
    else:
        kind = _binary_kind(data)
        if kind is not None:
            raise CorpusInputError(p, f"looks like a binary file, not text ({kind})")
        nul = data.find(b"\x00")
        if nul >= 0:
            raise CorpusInputError(
                p,
                f"looks like a binary file, not text (NUL byte at offset {nul}); if it is UTF-16 "
                "text without a byte-order mark, re-save it as UTF-8",
            )
        n_ctrl, share = _control_share(data)
        if share > MAX_CONTROL_SHARE:
            raise CorpusInputError(
                p, f"looks like a binary file, not text ({share:.0%} of its bytes are control characters)"
            )
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding, n_replaced = _decode_legacy(p, data, notes)

    if not text:
        raise CorpusInputError(p, "contains only a byte-order mark, no text")
    if _is_blank(text):
        raise CorpusInputError(p, "contains only whitespace")
    if had_bom and share > MAX_CONTROL_SHARE:
        raise CorpusInputError(
            p, f"looks like a binary file, not text ({share:.0%} of its characters are control characters)"
        )
    if n_ctrl:
        notes.append(f"contains {n_ctrl} control character(s) other than tab/newline/form feed")
    # Replacement characters that were in the bytes themselves (not ours).
    n_fffd = text.count("\ufffd") - n_replaced
    if n_fffd:
        notes.append(
            f"contains {n_fffd} U+FFFD replacement character(s); the text was damaged before it reached us"
        )

    shown = display_path(p)
    messages = tuple(f"{shown}: {note}" for note in notes)
    for message in messages:
        warnings.warn(message, CorpusWarning, stacklevel=2)

    return DecodedText(
        path=p,
        text=text,
        encoding=encoding,
        had_bom=had_bom,
        format="html" if looks_like_html(text) else "text",
        n_bytes=n_bytes,
        warnings=messages,
    )


def list_raw_files(raw_dir: PathLike = config.RAW_DIR) -> list[Path]:
    """List the raw speech files in *raw_dir*, sorted by name.

    Parameters
    ----------
    raw_dir : str or os.PathLike, default :data:`corpusmine.config.RAW_DIR`
        The folder of raw files (not searched recursively).

    Returns
    -------
    list of pathlib.Path
        The ``*.txt``, ``*.html`` and ``*.htm`` files (suffix case ignored).

    Raises
    ------
    CorpusInputError
        If the folder is missing, not a folder, or holds no such file.

    Warns
    -----
    CorpusWarning
        For every other file or sub-folder (``"ignored: not a .txt/.html
        file"``).  Hidden files (name starting with ``.``) and ``README*`` are
        skipped silently.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("b_创文.txt", "a_乡村振兴.html", ".草稿.txt"):
    ...         _ = pathlib.Path(d, name).write_text("同志们:", encoding="utf-8")
    ...     [p.name for p in list_raw_files(d)]
    ['a_乡村振兴.html', 'b_创文.txt']
    """
    d = Path(raw_dir)
    if not d.exists():
        raise CorpusInputError(d, "raw directory not found")
    if not d.is_dir():
        raise CorpusInputError(d, "is not a directory")
    found: list[Path] = []
    for entry in sorted(d.iterdir()):
        name = entry.name
        if name.startswith(".") or name.lower().startswith("readme"):
            continue
        if entry.is_dir():
            warnings.warn(
                f"{display_path(entry)}: ignored: a sub-folder (raw files are not searched recursively)",
                CorpusWarning,
                stacklevel=2,
            )
        elif entry.suffix.lower() in _SUFFIXES:
            found.append(entry)
        else:
            warnings.warn(
                f"{display_path(entry)}: ignored: not a .txt/.html file", CorpusWarning, stacklevel=2
            )
    if not found:
        raise CorpusInputError(d, "no .txt/.html files found")
    return found


