"""Reading raw speech files safely: bytes to text, with every oddity named.

Raw speeches arrive as files saved from template websites: mostly UTF-8, but
also GBK/GB18030 and Big5 text, UTF-16 exported from Word, and whole HTML pages
saved from a browser.  :func:`read_text` turns any of these into a Python string
*exactly* as decoded (only a byte-order mark is removed), or raises a
:class:`CorpusInputError` that names the file and says what is wrong with it.
Recoverable oddities (a non-UTF-8 encoding, replacement characters already in
the text, ...) are reported as :class:`CorpusWarning` and recorded on the
returned :class:`DecodedText`.

Telling GB18030 from Big5 (plausibility scoring, legacy decoding) lives in
:mod:`corpusmine.text.charsets`; its public names are importable from here too.
Nothing expensive happens at import time; the common-character table is built
on first use (see :func:`encoding_plausibility`).

Examples
--------
>>> import pathlib, tempfile
>>> from corpusmine.text.decode import read_text
>>> page = pathlib.Path(tempfile.mkdtemp()) / "讲话.txt"
>>> _ = page.write_bytes("同志们：要抓实抓细抓出成效。".encode("gb18030"))
>>> import warnings
>>> with warnings.catch_warnings(record=True):      # "decoded as GB18030, not UTF-8"
...     doc = read_text(page)
>>> doc.text, doc.encoding, doc.format
('同志们：要抓实抓细抓出成效。', 'gb18030', 'text')
"""

from __future__ import annotations

import codecs
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from corpusmine import config
from corpusmine.errors import CorpusInputError, CorpusWarning, display_path
from corpusmine.text.charsets import (
    COMMON_CHAR_MIN_FREQ,
    PLAUSIBILITY_THRESHOLD,
    codec_name,
    common_chinese_chars,
    decode_legacy,
    encoding_plausibility,
)

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

#: A file whose share of C0 control bytes/characters (other than tab, newline,
#: carriage return, form feed, escape and Ctrl-Z) exceeds this looks binary.
MAX_CONTROL_SHARE: float = 0.05

_SUFFIXES = (".txt", ".html", ".htm")

_CHUNK = 1 << 22   # bytes decoded or counted at a time in a large file

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


def _binary_kind(data: bytes) -> str | None:
    for sig, what in _SIGNATURES:
        if data.startswith(sig):
            return what
    return None


def _control_share(data: bytes | str) -> tuple[int, float]:
    """Count C0 control bytes/characters other than tab, newline, CR, FF, ESC, Ctrl-Z."""
    if isinstance(data, str):
        count = len(_CONTROL_CHAR_RE.findall(data))
    else:   # a chunk at a time: no second copy of a large file
        count = 0
        for i in range(0, len(data), _CHUNK):
            chunk = data[i:i + _CHUNK]
            count += len(chunk) - len(chunk.translate(None, _CONTROL_BYTES))
    return count, (count / len(data) if data else 0.0)


def _utf8_pieces(data: bytes) -> list[str]:
    """``data`` decoded as strict UTF-8, a chunk at a time (raises UnicodeDecodeError like ``bytes.decode``).

    Decoding a large file in one call peaks at about three times its size;
    pieces of :data:`_CHUNK` bytes keep the peak near the size of the text.
    """
    if len(data) <= _CHUNK:
        return [data.decode("utf-8")]
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    pieces = [decoder.decode(data[i:i + _CHUNK]) for i in range(0, len(data), _CHUNK)]
    pieces.append(decoder.decode(b"", final=True))
    return pieces


def _is_blank(text: str) -> bool:
    return all(ch.isspace() or ch in _ZERO_WIDTH for ch in text)


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
                f"starts with a {codec_name(encoding)} byte-order mark but is not valid {codec_name(encoding)} "
                f"(bad bytes at offset {exc.start + len(bom)})",
            ) from None
        if encoding != "utf-8":
            notes.append(f"decoded as {codec_name(encoding)} (byte-order mark), not UTF-8")
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
            pieces = _utf8_pieces(data)
        except UnicodeDecodeError:
            text, encoding, n_replaced = decode_legacy(p, data, notes)
        else:
            del data                      # the bytes go before the pieces are joined
            text, encoding = "".join(pieces), "utf-8"
            del pieces

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


