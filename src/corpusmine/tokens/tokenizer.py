"""Word segmentation of cleaned speeches: one audited, cached, picklable tokenizer.

:class:`Tokenizer` wraps a *private* :class:`jieba.Tokenizer` instance (never
jieba's global one) loaded with the project's user dictionary
(``data/lexicons/userdict.txt``), removes stop words, punctuation and numbers,
keeps the anonymisation placeholder :data:`corpusmine.config.PLACEHOLDER` out of
every vocabulary, and caches the raw segmentation on disk (sqlite3) so that a
second run over the same corpus does no segmentation at all.

Two segmentation backends give the same words: ``backend="jieba"`` (the
reference, jieba 0.42.1 in pure Python) and ``backend="fast"`` (jieba-rs, a
Rust port of jieba's algorithm and dictionary, through its ``rjieba`` binding),
loaded with the same user dictionary and the same effective frequencies.
:meth:`Tokenizer.cut_many` segments in worker processes (``n_jobs``) and shows
a progress bar on long runs.

Nothing is done at import time: jieba, rjieba, stopwordsiso and sqlite files
are only touched when a method first needs them.

Examples
--------
>>> from corpusmine.tokens.tokenizer import Tokenizer
>>> tok = Tokenizer(cache_dir=None)
>>> tok.cut("同志们：要抓好乡村振兴和人居环境整治，打赢〔某〕攻坚战！")
['抓好', '乡村振兴', '人居环境', '整治', '打赢', '攻坚战']
>>> Tokenizer(backend="fast", cache_dir=None).cut("同志们：要抓好乡村振兴和人居环境整治，打赢〔某〕攻坚战！")
['抓好', '乡村振兴', '人居环境', '整治', '打赢', '攻坚战']
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import re
import sqlite3
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from corpusmine import config

__all__ = [
    "BACKENDS",
    "FREQ_POLICY",
    "UserDictEntry",
    "Tokenizer",
    "default_stopwords",
    "is_number",
    "is_punctuation",
    "read_speech_fillers",
    "read_userdict",
]

#: Version of the rule that turns a user-dictionary entry without an explicit
#: frequency into a jieba frequency (see :meth:`Tokenizer._auto_freq`).  It is
#: part of :attr:`Tokenizer.dictionary_version`, so changing the rule
#: invalidates cached segmentations.
FREQ_POLICY = "suggest-x20-floor2000-v1"

#: Multiplier applied to ``suggest_freq(word, tune=False)`` and the absolute
#: floor of an automatic frequency.  ``suggest_freq`` only guarantees that a
#: word survives when it is cut *alone*; in running text a neighbouring
#: character can form a competing dictionary word with the term's first or last
#: character (``县委农办``, ``商家占道经营``), so the automatic frequency keeps a
#: margin.  The values were chosen by measuring, for every occurrence of every
#: entry in the raw corpus, the smallest frequency that keeps the entry whole
#: (the largest needed was well below this policy) and checked by
#: ``tests/test_tokenize.py``.
_AUTO_FREQ_FACTOR = 20
_AUTO_FREQ_FLOOR = 2000

#: POS tag given to the placeholder by :meth:`Tokenizer.cut_pos` (jieba's tag
#: for non-words), so that it never looks like a noun or a verb.
PLACEHOLDER_POS = "x"

_BOM = "\ufeff"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TAG = re.compile(r"[a-z]+")
_NUMBER = re.compile(r"[0-9０-９]+(?:[.,．，][0-9０-９]+)*")
_CACHE_FILE = "tokens.sqlite"
_SQL_CHUNK = 500
_NO_STOPWORDS: frozenset[str] = frozenset()

#: Segmentation backends accepted by ``Tokenizer(backend=...)``.
BACKENDS = ("jieba", "fast")

#: A dictionary word that can never be matched: jieba and jieba-rs only look
#: words up inside runs of Han characters, ASCII letters, digits and
#: ``+#&._%-``, and this one is made of control characters.  The fast backend
#: gives it the frequency that brings jieba-rs's normalising total back to the
#: stock total (see :func:`_new_fast_segmenter`).
_TOTAL_SENTINEL = "\x00\x00"
#: Two-token probe whose ``suggest_freq`` (freq(的)² / total + 1) reveals a
#: change of the normalising total.
_TOTAL_PROBE = "的的"

#: Automatic progress bar (``cut_many(progress=None)``): shown when the
#: segmentation left to do is expected to take longer than this many seconds
#: at the typical single-core speed of the backend (characters per second,
#: measured by ``benchmarks/bench_tokenize.py``) and stderr is a terminal or a
#: Jupyter kernel.
_PROGRESS_AUTO_SECONDS = 3.0
_CHARS_PER_SECOND = {"jieba": 250_000, "fast": 3_000_000}


# --------------------------------------------------------------------------
# Lexicon files
# --------------------------------------------------------------------------


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


def _read_lines(path: Path) -> list[str]:
    """Decode a lexicon file: UTF-8, optional BOM, LF/CRLF/CR line endings."""
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


def _strip_comment(line: str) -> str:
    """Remove a whole-line ``#`` comment or a trailing `` # comment``.

    A ``#`` starts a comment at the beginning of the line or after whitespace,
    so a word such as ``C#`` can still be an entry.
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
    for lineno, raw in enumerate(_read_lines(path), 1):
        line = _strip_comment(raw)
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


def read_speech_fillers(path: str | os.PathLike = config.SPEECH_FILLERS) -> list[str]:
    """Read a word list: one word per line, ``#`` comments, blank lines ignored.

    Parameters
    ----------
    path : path-like
        Defaults to ``data/lexicons/speech_fillers.txt``.

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
    path = Path(path)
    words: list[str] = []
    for lineno, raw in enumerate(_read_lines(path), 1):
        line = _strip_comment(raw)
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


# --------------------------------------------------------------------------
# Token classes
# --------------------------------------------------------------------------


def is_punctuation(token: str) -> bool:
    """True if *token* is empty or made only of punctuation, symbols, spaces or controls.

    Uses the Unicode general categories P*, S*, Z* and C*, so Chinese
    (，。、“”《》…) and ASCII punctuation, full-width symbols, ideographic
    spaces and line breaks are all covered.

    Examples
    --------
    >>> is_punctuation("，“"), is_punctuation("抓")
    (True, False)
    """
    return all(unicodedata.category(ch)[0] in "PSZC" for ch in token)


def is_number(token: str) -> bool:
    """True if *token* is an Arabic or full-width number (``2023``, ``１２``, ``1.99``).

    Chinese numerals (三, 十) are not numbers here: they are part of numbered
    formulas such as 三农 and 六稳.

    Examples
    --------
    >>> is_number("2023"), is_number("１２"), is_number("三")
    (True, True, False)
    """
    return _NUMBER.fullmatch(token) is not None


# --------------------------------------------------------------------------
# jieba instances
# --------------------------------------------------------------------------

_STOCK_LOCK = threading.Lock()
_STOCK: tuple[dict[str, int], int] | None = None  # jieba's own dictionary: (FREQ, total)


def _new_jieba_tokenizer():
    """A new, private, initialised ``jieba.Tokenizer`` with jieba's stock dictionary.

    Loading the stock prefix dictionary is the slow part of building a
    tokenizer (about a second).  It is loaded once per process and each new
    instance gets its *own copy* of it, so instances never share mutable
    state with each other or with jieba's global tokenizer.
    """
    import jieba

    # Silence "Building prefix dict ..." (jieba logs it at DEBUG to stderr).
    jieba.setLogLevel(logging.WARNING)
    global _STOCK
    with _STOCK_LOCK:
        if _STOCK is None:
            loader = jieba.Tokenizer()
            loader.initialize()
            _STOCK = (loader.FREQ, loader.total)
    tk = jieba.Tokenizer()
    with tk.lock:
        tk.FREQ = dict(_STOCK[0])
        tk.total = _STOCK[1]
        tk.initialized = True
    return tk


class _Resolved(NamedTuple):
    """A user-dictionary entry as loaded: the effective frequency and jieba's own."""

    word: str
    freq: int  # frequency given to the word (0: suppressed)
    tag: str | None
    stock_freq: int  # the word's frequency in jieba's stock dictionary (0: not a word there)


def _auto_freq(jieba_tokenizer, word: str) -> int:
    """Frequency for an entry without an explicit one (see :meth:`Tokenizer._auto_freq`)."""
    suggested = jieba_tokenizer.suggest_freq(word, tune=False)
    return max(suggested * _AUTO_FREQ_FACTOR, _AUTO_FREQ_FLOOR)


def _build_jieba(entries: Sequence[UserDictEntry]):
    """A private ``jieba.Tokenizer`` with the user dictionary, and the entries as resolved.

    Returns ``(tokenizer, resolved)`` where *resolved* holds, per entry and in
    file order, the frequency actually given to the word: the explicit one, or
    the automatic one computed against the dictionary as extended by the
    earlier entries.  The fast backend loads exactly these numbers.
    """
    tk = _new_jieba_tokenizer()
    assert _STOCK is not None
    stock = _STOCK[0]
    base_total = tk.total
    resolved = []
    for entry in entries:
        stock_freq = stock.get(entry.word) or 0
        if entry.freq == 0:
            # Suppress the word.  jieba's add_word(word, 0) would also register
            # it in finalseg's process-wide force-split set; setting the
            # frequency keeps the change private to this instance.
            tk.add_word(entry.word, 1)
            tk.FREQ[entry.word] = 0
            resolved.append(_Resolved(entry.word, 0, entry.tag, stock_freq))
            continue
        freq = entry.freq if entry.freq is not None else _auto_freq(tk, entry.word)
        tk.add_word(entry.word, freq, entry.tag)
        resolved.append(_Resolved(entry.word, freq, entry.tag, stock_freq))
    # add_word adds each frequency to the normalising total, which shifts every
    # other word's probability and can flip unrelated borderline splits
    # (企业职工 vs 企业/职工).  Restoring the total keeps text that contains no
    # user word segmented exactly as by stock jieba.
    tk.total = base_total
    return tk, tuple(resolved)


def _resolved_match(entries: Sequence[UserDictEntry], resolved: Sequence[_Resolved]) -> bool:
    """True if *resolved* is a resolution of *entries* (same words, tags, explicit frequencies)."""
    if len(entries) != len(resolved):
        return False
    for e, r in zip(entries, resolved):
        if e.word != r.word or e.tag != r.tag or (e.freq is not None and e.freq != r.freq):
            return False
        if not (isinstance(r.freq, int) and isinstance(r.stock_freq, int) and r.freq >= 0 and r.stock_freq >= 0):
            return False
    return True


#: Resolved user dictionaries of this process, by :func:`_freq_key`.  The key
#: covers everything the resolution depends on, so an entry can never be stale.
_RESOLVED_LOCK = threading.Lock()
_RESOLVED: dict[str, tuple[_Resolved, ...]] = {}


def _freq_key(entries: Sequence[UserDictEntry]) -> str:
    """Digest of what the effective frequencies depend on: jieba, policy, entries."""
    import jieba

    payload = {
        "jieba": jieba.__version__,
        "freq_policy": FREQ_POLICY,
        "entries": [[e.word, e.freq, e.tag] for e in entries],
    }
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _rjieba_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rjieba")
    except PackageNotFoundError:
        raise ImportError(_NO_RJIEBA) from None


_NO_RJIEBA = (
    "backend='fast' needs the rjieba package (the Python binding of jieba-rs): "
    "pip install rjieba==0.2.2, or use backend='jieba'"
)


def _new_fast_segmenter(resolved: Sequence[_Resolved]):
    """A new ``rjieba.Jieba`` loaded like the jieba backend's dictionary.

    jieba-rs embeds jieba's ``dict.txt`` (same words, frequencies and total)
    and implements the same route search, so with the same user entries at
    the same frequencies it segments like jieba.  Two things differ and are
    handled here:

    * the jieba backend restores the stock normalising total after adding the
      user words; jieba-rs has no setter, and its ``add_word`` changes the
      total by ``freq - old_freq``.  The change is cancelled with one
      never-matched sentinel word whose frequency is the two's complement of
      the accumulated change, so that the unsigned total wraps back to the
      stock total exactly (rjieba wheels are release builds, in which usize
      addition wraps).  A probe (``suggest_freq`` of ``的的``, which depends
      on the total) checks that it did, so a build that saturated instead
      would fail loudly rather than segment differently;
    * a suppressed word (frequency 0) is not an edge of jieba's word graph; in
      jieba-rs it is an edge of probability zero, which never wins as long as
      its first character is itself a dictionary word (the character is then
      an alternative edge).  Where it is not, jieba falls back to the single
      character and jieba-rs cannot: such a dictionary raises ValueError
      rather than segment differently.  The project's suppressed words
      (三农问题, 四化建设) start with dictionary words.

    Raises
    ------
    ImportError
        If rjieba is not installed.
    ValueError
        If a suppressed word cannot be reproduced (see above).
    RuntimeError
        If the normalising total could not be restored.
    """
    try:
        import rjieba
    except ImportError:
        raise ImportError(_NO_RJIEBA) from None

    rj = rjieba.Jieba()
    suppressed = {r.word for r in resolved if r.freq == 0}
    kept = {r.word for r in resolved if r.freq > 0}
    for word in sorted(suppressed):
        first = word[0]
        if len(word) == 1 or first in suppressed or not (first in kept or rj.has_word(first)):
            raise ValueError(
                f"user dictionary suppresses {word!r} (frequency 0), but its first character is not a "
                "dictionary word of its own: jieba then falls back to the single character, jieba-rs "
                "cannot, so backend='fast' would not segment like jieba.  Use backend='jieba', or add the "
                "character to the user dictionary with a frequency."
            )
    check = not any(r.word in _TOTAL_PROBE for r in resolved)
    before = rj.suggest_freq(_TOTAL_PROBE) if check else None
    delta = 0
    for r in resolved:
        rj.add_word(r.word, r.freq, r.tag)
        delta += r.freq - r.stock_freq
    if delta:
        bits = struct.calcsize("P") * 8  # jieba-rs counts in usize
        rj.add_word(_TOTAL_SENTINEL, (-delta) % (1 << bits), None)
    if check and rj.suggest_freq(_TOTAL_PROBE) != before:
        raise RuntimeError(
            "rjieba did not restore its normalising total after loading the user dictionary; "
            "the fast backend would not segment like jieba (is rjieba the pinned version 0.2.2?)"
        )
    return rj


# --------------------------------------------------------------------------
# Progress bars
# --------------------------------------------------------------------------

_BAR_CLASS: Any = None


def _progress_bar(total_chars: int):
    """A tqdm bar on stderr counting characters, without tqdm's monitor thread.

    The monitor thread is switched off because worker processes may be forked
    while the bar is alive.
    """
    global _BAR_CLASS
    if _BAR_CLASS is None:
        from tqdm import tqdm

        class _Bar(tqdm):
            monitor_interval = 0

        _BAR_CLASS = _Bar
    return _BAR_CLASS(
        total=total_chars,
        desc="corpusmine.tokens.tokenizer: segmented",
        unit="char",
        unit_scale=True,
        file=sys.stderr,
        mininterval=0.5,
    )


def _interactive_stderr() -> bool:
    """True if stderr is a terminal or the process is a Jupyter kernel."""
    stream = sys.stderr
    try:
        if stream is not None and stream.isatty():
            return True
    except (AttributeError, ValueError):  # replaced or closed stream: not a terminal
        return False
    return "ipykernel" in sys.modules


# --------------------------------------------------------------------------
# Worker-process helpers for cut_many(n_jobs > 1)
# --------------------------------------------------------------------------

_WORKER: Tokenizer | None = None


def _mp_context():
    """Start method of the worker processes: fork on Linux, spawn elsewhere.

    Either way the initializer builds the worker's own Tokenizer and
    dictionary; with fork, the per-process memo of resolved user dictionaries
    is emptied first, so nothing of the parent's dictionary state is used
    (only jieba's stock dictionary as read from jieba's file, which no
    instance ever modifies, may be inherited).
    """
    import multiprocessing

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def _worker_init(params: dict[str, Any], expected_version: str, resolved: tuple | None = None) -> None:
    """Build this worker's own Tokenizer and dictionary.

    Only the segmentation parameters (userdict, hmm, backend) are passed:
    workers return the raw segmentation, filtering happens in the parent.  For
    the fast backend the parent also passes the user entries with their
    resolved frequencies (plain numbers), so that the worker need not load
    jieba to compute them; the worker checks them against its own reading of
    the user dictionary and loads its own jieba-rs instance.
    """
    global _WORKER
    # Under fork, move everything inherited from the parent out of the cyclic
    # collector's reach: the worker's collections then neither walk nor
    # copy-on-write the parent's objects (measured: a third less CPU in the
    # workers of a parent holding a few million objects).  Harmless under spawn.
    gc.freeze()
    _WORKER = None
    with _RESOLVED_LOCK:
        _RESOLVED.clear()
    tok = Tokenizer(**params, stopwords=None, cache_dir=None)
    if resolved is not None:
        tok._preset_resolved(tuple(_Resolved(*r) for r in resolved))
    tok._get_segmenter()
    if tok.dictionary_version != expected_version:
        raise RuntimeError(
            "the user dictionary changed while cut_many was running "
            f"(worker sees {tok.dictionary_version}, parent {expected_version})"
        )
    _WORKER = tok


def _worker_segment(text: str) -> list[str]:
    assert _WORKER is not None, "worker initializer did not run"
    return _WORKER._segment(text)


# --------------------------------------------------------------------------
# The tokenizer
# --------------------------------------------------------------------------


class Tokenizer:
    """Segment Chinese speech text with jieba, a curated user dictionary and filters.

    Parameters
    ----------
    userdict : path-like or None, default ``config.USERDICT``
        jieba-format user dictionary (``word [freq] [pos_tag]`` per line, ``#``
        comments).  It is parsed strictly by :func:`read_userdict` and loaded
        with ``add_word`` into a private ``jieba.Tokenizer``.  Entries without
        a frequency get ``max(20 * suggest_freq(word), 2000)`` so that they
        stay whole in running text, not only when cut alone.  None loads no
        user dictionary.
    hmm : bool, default False
        Whether jieba may use its HMM to guess out-of-vocabulary words.  Off by
        default: the HMM invents words by gluing runs of unknown characters
        into new "words" (the site watermark in 我老秘网县 becomes 老秘 / 网县,
        place and personal names such as 航埠镇 or 唐仁健 become vocabulary
        items), which makes the vocabulary depend on accidents of the text,
        unstable across corpora and hard to audit.  Domain terms come
        from the user dictionary instead, where each one has a documented
        source.  ``hmm=True`` remains available for exploration.
    backend : {"jieba", "fast"}, default "jieba"
        Segmentation engine.  ``"jieba"`` is the reference (jieba 0.42.1, pure
        Python, https://github.com/fxsjy/jieba).  ``"fast"`` is jieba-rs
        (https://github.com/messense/jieba-rs, MIT licence) through its Python
        binding ``rjieba``: the same algorithm and the same embedded
        dictionary, loaded with the same user entries at the same effective
        frequencies (computed once with jieba and kept in the cache), so it
        gives the same tokens more than ten times faster on one core
        (``benchmarks/bench_tokenize.py``).  ``tests/test_tokenize_backends.py``
        measures boundary agreement 1.0 (no differing boundary) on the 72
        Government Work Reports (1.1 million characters) with ``hmm=False``.
        With ``hmm=True`` the two HMMs are close but not guaranteed identical
        (agreement 0.999997 on the same reports: jieba-rs keeps 2011-2020
        whole).
        :meth:`cut_pos` uses jieba's ``posseg`` with either backend (jieba-rs
        ignores the POS tag of a user word jieba already knows).
    stopwords : "default", None or iterable of str, default "default"
        ``"default"`` is stopwords-iso ``zh`` (MIT licence; see
        :func:`default_stopwords`) united with
        ``data/lexicons/speech_fillers.txt``; None means no stop words; any
        other iterable of str is used as given.
    remove_stopwords : bool, default True
        Drop stop words in :meth:`cut` and :meth:`cut_pos`.
    keep_numbers : bool, default False
        Keep Arabic and full-width numbers (``2023``, ``１２``).
    keep_placeholder : bool, default False
        Keep the anonymisation placeholder :data:`config.PLACEHOLDER` as the
        single token ``"〔某〕"``; by default it is removed.
    cache_dir : path-like or None, default ``config.CACHE_DIR``
        Folder of the sqlite token cache ``tokens.sqlite``; None disables the
        cache.

    Attributes
    ----------
    stopwords_ : frozenset of str
        The stop list actually used (resolved on first access).
    dictionary_version : str
        Short hex digest of (jieba version, normalised user-dictionary entries,
        frequency policy, hmm flag, and for the fast backend the backend and
        the rjieba version); keys the cache, so the backends never share
        cached segmentations.
    cache_hits_ : int
        Texts served from the on-disk cache since construction.
    cache_misses_ : int
        Texts that had to be segmented since construction.

    Notes
    -----
    The placeholder is split off *before* segmentation, so it is never cut
    into pieces or glued to a neighbour.  There is no minimum token length:
    one-character words such as 抓 survive unless the stop list removes them
    (stopwords-iso ``zh`` contains 要).

    Each instance owns its ``jieba.Tokenizer``: jieba's stock dictionary is
    loaded once per process and *copied* into every instance, the user
    dictionary is then added with ``add_word``, and the normalising total is
    restored so that text without any user word is segmented exactly as by
    stock jieba.  jieba's global tokenizer is never used or modified.

    The fast backend's instance is its own ``rjieba.Jieba``, loaded from the
    same resolved user entries; see :func:`_new_fast_segmenter` for how its
    normalising total is made equal to the jieba backend's.

    Instances are picklable (the jieba instance and database connections are
    dropped and rebuilt lazily), so they can be passed to scikit-learn as
    ``tokenizer=``/``analyzer=`` and to joblib or multiprocessing workers.
    Output does not depend on ``PYTHONHASHSEED``.

    Examples
    --------
    >>> tok = Tokenizer(cache_dir=None)
    >>> tok("各乡镇要坚决整治占道经营，清理城市牛皮癣。")
    ['各乡镇', '坚决', '整治', '占道经营', '清理', '城市', '牛皮癣']
    >>> tok.cut("要抓好〔某〕镇场镇“五清”工作")
    ['抓好', '镇', '场镇', '五清', '工作']
    >>> Tokenizer(cache_dir=None, keep_placeholder=True).cut("〔某〕同志指出")
    ['〔某〕', '指出']
    >>> Tokenizer(backend="fast", cache_dir=None).cut("各乡镇要坚决整治占道经营，清理城市牛皮癣。")
    ['各乡镇', '坚决', '整治', '占道经营', '清理', '城市', '牛皮癣']
    """

    def __init__(
        self,
        *,
        userdict: str | os.PathLike | None = config.USERDICT,
        hmm: bool = False,
        backend: str = "jieba",
        stopwords: str | Iterable[str] | None = "default",
        remove_stopwords: bool = True,
        keep_numbers: bool = False,
        keep_placeholder: bool = False,
        cache_dir: str | os.PathLike | None = config.CACHE_DIR,
    ) -> None:
        self.userdict = userdict
        self.hmm = hmm
        self.backend = backend
        if stopwords is not None and not isinstance(stopwords, str) and iter(stopwords) is stopwords:
            # A one-shot iterator (generator) would be exhausted by the first
            # use and could not be pickled: keep its items instead.
            stopwords = tuple(stopwords)
        self.stopwords = stopwords
        self.remove_stopwords = remove_stopwords
        self.keep_numbers = keep_numbers
        self.keep_placeholder = keep_placeholder
        self.cache_dir = cache_dir
        self.cache_hits_ = 0
        self.cache_misses_ = 0
        self._init_private()

    # -- plumbing -----------------------------------------------------------

    _PARAMS = (
        "userdict", "hmm", "backend", "stopwords", "remove_stopwords", "keep_numbers", "keep_placeholder", "cache_dir",
    )

    def _init_private(self) -> None:
        # Derived state.  Each item remembers the parameter value it was built
        # for, so changing a parameter after use (set_params, or plain
        # attribute assignment as scikit-learn's clone does) never serves a
        # stale dictionary, version or stop list.
        self._lock = threading.RLock()
        self._entries: tuple[Any, list[UserDictEntry]] | None = None  # (userdict, entries)
        self._jieba: Any = None
        self._jieba_entries: list[UserDictEntry] | None = None
        self._pos: Any = None
        self._fast: Any = None  # rjieba.Jieba of the fast backend
        self._fast_resolved: tuple[_Resolved, ...] | None = None  # what _fast was loaded from
        self._resolved: tuple[Any, tuple[_Resolved, ...]] | None = None  # (entries, resolved)
        self._keep_memo: tuple[tuple, dict[str, bool]] | None = None  # see _keep_table
        self._version: tuple[Any, str] | None = None  # ((userdict, hmm, backend), digest)
        self._stopwords: tuple[Any, frozenset[str]] | None = None  # (stopwords param, resolved)
        self._schema_ready: Path | None = None

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters, scikit-learn style.

        Returns
        -------
        dict
        """
        return {name: getattr(self, name) for name in self._PARAMS}

    def set_params(self, **params: Any) -> Tokenizer:
        """Set constructor parameters, scikit-learn style.

        Changing ``userdict`` rebuilds the dictionary on next use; changing
        only filters (stop words, numbers, placeholder) keeps it.

        Returns
        -------
        Tokenizer
            self
        """
        for name, value in params.items():
            if name not in self._PARAMS:
                raise ValueError(f"invalid parameter {name!r} for Tokenizer; valid: {', '.join(self._PARAMS)}")
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = Tokenizer.__init__.__kwdefaults__
        changed = [f"{k}={v!r}" for k, v in self.get_params().items() if v != defaults[k]]
        return f"Tokenizer({', '.join(changed)})"

    def __getstate__(self) -> dict[str, Any]:
        state = {name: getattr(self, name) for name in self._PARAMS}
        state["cache_hits_"] = self.cache_hits_
        state["cache_misses_"] = self.cache_misses_
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state.setdefault("backend", "jieba")  # pickled before backends existed
        self.__dict__.update(state)
        self._init_private()

    # -- dictionary ---------------------------------------------------------

    def _user_entries(self) -> list[UserDictEntry]:
        src = self.userdict
        if self._entries is None or self._entries[0] != src:
            entries = [] if src is None else read_userdict(src)
            self._entries = (src, entries)
        return self._entries[1]

    def _check_backend(self) -> str:
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, got {self.backend!r}")
        return self.backend

    @property
    def dictionary_version(self) -> str:
        """Short hex digest identifying the segmentation model.

        Covers the jieba version, the user dictionary's normalised entries
        (word, explicit frequency, tag, in file order; comments, blank lines,
        BOM and line endings do not count), :data:`FREQ_POLICY` and the hmm
        flag; for ``backend="fast"`` also the backend name and the rjieba
        version (the jieba backend's digest is unchanged from before backends
        existed, so its caches stay valid).  Stop words and filters are not
        part of it: the cache stores the unfiltered segmentation.
        """
        backend = self._check_backend()
        src = (self.userdict, bool(self.hmm), backend)
        if self._version is None or self._version[0] != src:
            import jieba

            payload: dict[str, Any] = {
                "jieba": jieba.__version__,
                "freq_policy": FREQ_POLICY,
                "hmm": bool(self.hmm),
                "entries": [[e.word, e.freq, e.tag] for e in self._user_entries()],
            }
            if backend != "jieba":
                payload["backend"] = backend
                payload["rjieba"] = _rjieba_version()
            blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
            self._version = (src, hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16])
        return self._version[1]

    @staticmethod
    def _auto_freq(jieba_tokenizer, word: str) -> int:
        """Frequency for an entry without an explicit one.

        ``suggest_freq(word, tune=False)`` is the smallest frequency with which
        jieba keeps *word* whole when it is cut alone; a factor and a floor
        (see ``_AUTO_FREQ_FACTOR``/``_AUTO_FREQ_FLOOR``) make it win against
        typical neighbours as well.
        """
        return _auto_freq(jieba_tokenizer, word)

    def _get_jieba(self):
        """The private, fully loaded ``jieba.Tokenizer`` (built on first use)."""
        entries = self._user_entries()  # parse (and fail) before the slow part
        if self._jieba is None or self._jieba_entries is not entries:
            with self._lock:
                if self._jieba is None or self._jieba_entries is not entries:
                    tk, resolved = _build_jieba(entries)
                    with _RESOLVED_LOCK:
                        _RESOLVED.setdefault(_freq_key(entries), resolved)
                    self._jieba, self._jieba_entries, self._pos = tk, entries, None
                    self._resolved = (entries, resolved)
        return self._jieba

    def _preset_resolved(self, resolved: tuple[_Resolved, ...]) -> None:
        """Use *resolved* (from the parent process) instead of computing it with jieba."""
        entries = self._user_entries()
        if not _resolved_match(entries, resolved):
            raise RuntimeError("the resolved user dictionary does not match the user dictionary file")
        self._resolved = (entries, tuple(resolved))

    def _resolved_entries(self) -> tuple[_Resolved, ...]:
        """The user entries with their effective frequencies, as the jieba backend loads them.

        Looked up in this instance, then in the cache database (table
        ``userdict_freqs``), then in the process memo; computed with jieba
        only when none has it, and stored in the cache database, so a
        fast-backend run over a warm cache never loads jieba.
        """
        entries = self._user_entries()
        if self._resolved is not None and self._resolved[0] is entries:
            return self._resolved[1]
        with self._lock:
            if self._resolved is not None and self._resolved[0] is entries:
                return self._resolved[1]
            key = _freq_key(entries)
            on_disk = self._cache_path() is not None
            resolved = self._load_resolved(key, entries) if on_disk else None
            stored = resolved is not None
            if resolved is None:
                with _RESOLVED_LOCK:
                    resolved = _RESOLVED.get(key)
            if resolved is None:
                tk, resolved = _build_jieba(entries)
                if self._jieba is None or self._jieba_entries is not entries:
                    # keep it: cut_pos uses jieba with either backend
                    self._jieba, self._jieba_entries, self._pos = tk, entries, None
            if on_disk and not stored:
                self._store_resolved(key, resolved)
            with _RESOLVED_LOCK:
                _RESOLVED.setdefault(key, resolved)
            self._resolved = (entries, resolved)
            return resolved

    def _get_fast(self):
        """The private, fully loaded ``rjieba.Jieba`` of the fast backend (built on first use)."""
        resolved = self._resolved_entries()
        if self._fast is None or self._fast_resolved is not resolved:
            with self._lock:
                if self._fast is None or self._fast_resolved is not resolved:
                    self._fast = _new_fast_segmenter(resolved)
                    self._fast_resolved = resolved
        return self._fast

    def _get_segmenter(self):
        """The backend's segmenter: a ``jieba.Tokenizer`` or an ``rjieba.Jieba``."""
        return self._get_fast() if self._check_backend() == "fast" else self._get_jieba()

    def _get_pos(self):
        tk = self._get_jieba()
        if self._pos is None or self._pos.tokenizer is not tk:
            with self._lock:
                if self._pos is None or self._pos.tokenizer is not tk:
                    import jieba.posseg

                    self._pos = jieba.posseg.POSTokenizer(tk)
        return self._pos

    @property
    def stopwords_(self) -> frozenset[str]:
        """The stop list actually used (see the ``stopwords`` parameter)."""
        sw = self.stopwords
        if self._stopwords is None or self._stopwords[0] is not sw:
            if isinstance(sw, str):
                if sw != "default":
                    raise ValueError(f"stopwords must be 'default', None or an iterable of str, got {sw!r}")
                resolved = default_stopwords()
            elif sw is None:
                resolved = frozenset()
            else:
                words = list(sw)
                bad = [w for w in words if not isinstance(w, str)]
                if bad:
                    raise TypeError(f"stop words must be str, got {bad[0]!r}")
                resolved = frozenset(words)
            self._stopwords = (sw, resolved)
        return self._stopwords[1]

    # -- segmentation -------------------------------------------------------

    @staticmethod
    def _check_text(text: Any) -> str:
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        return text

    def _segment(self, text: str) -> list[str]:
        """Unfiltered segmentation, placeholder split off first (no cache)."""
        hmm = bool(self.hmm)
        if self._check_backend() == "fast":
            cut = self._get_fast().cut
            pieces = text.split(config.PLACEHOLDER)
            if len(pieces) == 1:
                return cut(text, hmm) if text else []
            out: list[str] = []
            for i, piece in enumerate(pieces):
                if i:
                    out.append(config.PLACEHOLDER)
                if piece:
                    out.extend(cut(piece, hmm))
            return out
        tk = self._get_jieba()
        out = []
        for i, piece in enumerate(text.split(config.PLACEHOLDER)):
            if i:
                out.append(config.PLACEHOLDER)
            if piece:
                out.extend(tk.lcut(piece, cut_all=False, HMM=self.hmm))
        return out

    def _segment_pos(self, text: str) -> list[tuple[str, str]]:
        pt = self._get_pos()
        out: list[tuple[str, str]] = []
        for i, piece in enumerate(text.split(config.PLACEHOLDER)):
            if i:
                out.append((config.PLACEHOLDER, PLACEHOLDER_POS))
            if piece:
                out.extend((p.word, p.flag) for p in pt.cut(piece, HMM=self.hmm))
        return out

    def _keep(self, token: str, stopwords: frozenset[str]) -> bool:
        if token == config.PLACEHOLDER:
            return self.keep_placeholder
        if is_punctuation(token):
            return False
        if not self.keep_numbers and is_number(token):
            return False
        if self.remove_stopwords and token in stopwords:
            return False
        return True

    def _keep_table(self, tokens: Iterable[str]) -> dict[str, bool]:
        """:meth:`_keep` of every token of *tokens*, memoised per token type.

        The memo is tied to the filter parameters and the stop list in use, so
        changing any of them starts a new one.  It makes filtering cost a dict
        look-up per token instead of Unicode-category tests.
        """
        sw = self.stopwords_ if self.remove_stopwords else _NO_STOPWORDS
        state = (sw, bool(self.remove_stopwords), bool(self.keep_numbers), bool(self.keep_placeholder))
        memo = self._keep_memo
        if memo is None or memo[0][0] is not sw or memo[0][1:] != state[1:] or len(memo[1]) > 2_000_000:
            memo = self._keep_memo = (state, {})
        table = memo[1]
        for token in set(tokens).difference(table):
            table[token] = self._keep(token, sw)
        return table

    def _filter(self, tokens: Sequence[str]) -> list[str]:
        table = self._keep_table(tokens)
        return [t for t in tokens if table[t]]

    def _filter_pos(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        table = self._keep_table(w for w, _ in pairs)
        return [(w, f) for w, f in pairs if table[w]]

    # -- public API ---------------------------------------------------------

    def raw_tokens(self, text: str) -> list[str]:
        """Unfiltered segmentation, for audits.

        Parameters
        ----------
        text : str

        Returns
        -------
        list of str
            Every token jieba produced, punctuation and spaces included; the
            placeholder appears as the single token ``"〔某〕"``.

        Examples
        --------
        >>> Tokenizer(cache_dir=None).raw_tokens("〔某〕县抓好“三农”")
        ['〔某〕', '县', '抓好', '“', '三农', '”']
        """
        text = self._check_text(text)
        return list(self._cached("raw", [text], self._segment)[0])

    def cut(self, text: str) -> list[str]:
        """Segment *text* and filter the tokens.

        Drops whitespace, punctuation/symbol tokens, numbers (unless
        ``keep_numbers``), stop words (if ``remove_stopwords``) and the
        placeholder (unless ``keep_placeholder``).

        Parameters
        ----------
        text : str

        Returns
        -------
        list of str

        Examples
        --------
        >>> Tokenizer(cache_dir=None).cut("2023年，我们要久久为功抓落实。")
        ['久久为功', '抓', '落实']
        >>> Tokenizer(cache_dir=None, remove_stopwords=False, keep_numbers=True).cut("2023年要抓")
        ['2023', '年', '要', '抓']
        """
        return self._filter(self.raw_tokens(text))

    __call__ = cut

    def cut_pos(self, text: str) -> list[tuple[str, str]]:
        """Segment with part-of-speech tags (``jieba.posseg``), same dictionary and filters.

        User-dictionary tags are honoured; the placeholder, when kept, is
        tagged ``"x"``.  Both backends tag with jieba's ``posseg`` (the fast
        backend builds a jieba instance for it on first use), so the result
        does not depend on ``backend``.

        Parameters
        ----------
        text : str

        Returns
        -------
        list of (str, str)

        Examples
        --------
        >>> Tokenizer(cache_dir=None).cut_pos("改善农村人居环境")
        [('改善', 'v'), ('农村', 'n'), ('人居环境', 'n')]
        """
        text = self._check_text(text)
        pairs = self._cached("pos", [text], self._segment_pos)[0]
        return self._filter_pos([(w, f) for w, f in pairs])

    def cut_many(
        self, texts: Iterable[str], *, n_jobs: int = 1, progress: bool | None = None
    ) -> list[list[str]]:
        """Tokenize many texts through the cache, optionally in worker processes.

        Cached texts are read back; the others are segmented (in a
        :class:`concurrent.futures.ProcessPoolExecutor` when ``n_jobs > 1``)
        and written to the cache in one transaction.  The result is identical
        to ``[self.cut(t) for t in texts]``, in input order.

        Parameters
        ----------
        texts : iterable of str
        n_jobs : int, default 1
            Worker processes for the texts not in the cache; -1 means one per
            CPU.  Each worker builds its own Tokenizer and dictionary in its
            initializer (fork start method on Linux, spawn elsewhere: scripts
            must then guard their entry point with
            ``if __name__ == "__main__":``).  Worth it for the jieba backend
            on large corpora; the fast backend is usually quicker on one core
            than the cost of starting workers.
        progress : bool or None, default None
            Show a tqdm progress bar (characters segmented) on stderr.  None
            decides automatically: on when the texts left to segment would
            take more than about 3 seconds on one core (about 750,000
            characters with jieba, 9 million with the fast backend) *and*
            stderr is a terminal or a Jupyter kernel; never for cached texts.

        Returns
        -------
        list of list of str

        Examples
        --------
        >>> Tokenizer(cache_dir=None).cut_many(["抓好三农工作", "创建文明城市"])
        [['抓好', '三农', '工作'], ['创建', '文明城市']]
        >>> Tokenizer(backend="fast", cache_dir=None).cut_many(["抓好三农工作", "创建文明城市"], progress=False)
        [['抓好', '三农', '工作'], ['创建', '文明城市']]
        """
        texts = [self._check_text(t) for t in texts]
        raw = self._cached("raw", texts, self._segment, n_jobs=n_jobs, progress=progress)
        return [self._filter(r) for r in raw]

    # -- cache --------------------------------------------------------------

    def _cache_path(self) -> Path | None:
        return None if self.cache_dir is None else Path(self.cache_dir) / _CACHE_FILE

    def _connect(self) -> sqlite3.Connection:
        path = self._cache_path()
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=60)
        if self._schema_ready != path:
            conn.execute("PRAGMA journal_mode=WAL")
            with conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS tokens (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
                )
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS userdict_freqs (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
                )
            self._schema_ready = path
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _load_resolved(self, key: str, entries: Sequence[UserDictEntry]) -> tuple[_Resolved, ...] | None:
        """Resolved user entries stored in the cache database, or None (absent or malformed)."""
        conn = self._connect()
        try:
            row = conn.execute("SELECT value FROM userdict_freqs WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
        if row is None:
            return None
        try:
            resolved = tuple(_Resolved(*item) for item in json.loads(row[0]))
        except (json.JSONDecodeError, TypeError):
            return None
        return resolved if _resolved_match(entries, resolved) else None

    def _store_resolved(self, key: str, resolved: Sequence[_Resolved]) -> None:
        value = json.dumps([list(r) for r in resolved], ensure_ascii=False, separators=(",", ":"))
        conn = self._connect()
        try:
            with conn:
                conn.execute("INSERT OR REPLACE INTO userdict_freqs (key, value) VALUES (?, ?)", (key, value))
        finally:
            conn.close()

    def _key(self, namespace: str, text: str) -> str:
        h = hashlib.sha256()
        h.update(f"{namespace}\x00{self.dictionary_version}\x00".encode())
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    @staticmethod
    def _decode(namespace: str, value: str) -> list | None:
        """Decode a cached value; None if it is not a well-formed segmentation."""
        try:
            obj = json.loads(value)
        except json.JSONDecodeError:
            return None
        if not isinstance(obj, list):
            return None
        if namespace == "raw":
            return obj if all(isinstance(t, str) for t in obj) else None
        if all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in obj):
            return [tuple(p) for p in obj]
        return None

    def _cached(self, namespace, texts, segment, *, n_jobs=1, progress=False) -> list[list]:
        """Look *texts* up in the cache, segment the misses, store them, return all in order."""
        n = len(texts)
        results: list[list | None] = [None] * n
        path = self._cache_path()
        keys: list[str] = []
        if path is not None:
            keys = [self._key(namespace, t) for t in texts]
            found: dict[str, list] = {}
            conn = self._connect()
            try:
                unique = list(dict.fromkeys(keys))
                for start in range(0, len(unique), _SQL_CHUNK):
                    chunk = unique[start : start + _SQL_CHUNK]
                    marks = ",".join("?" * len(chunk))
                    for key, value in conn.execute(f"SELECT key, value FROM tokens WHERE key IN ({marks})", chunk):
                        decoded = self._decode(namespace, value)
                        if decoded is not None:
                            found[key] = decoded
            finally:
                conn.close()
            for i, key in enumerate(keys):
                if key in found:
                    results[i] = found[key]
        missing = [i for i in range(n) if results[i] is None]
        self.cache_hits_ += n - len(missing)
        self.cache_misses_ += len(missing)
        if not missing:
            return results  # type: ignore[return-value]

        # Segment each distinct missing text once.
        todo = list(dict.fromkeys(texts[i] for i in missing))
        if progress is None:
            progress = self._auto_progress(todo)
        if progress:
            print(f"corpusmine.tokens.tokenizer: {n - len(missing)}/{n} texts from cache, segmenting {len(todo)}",
                  file=sys.stderr)
        computed = self._run_segmentation(todo, segment, n_jobs=n_jobs, progress=bool(progress))
        by_text = dict(zip(todo, computed))
        for i in missing:
            results[i] = by_text[texts[i]]

        if path is not None:
            rows = []
            done_keys = set()
            for i in missing:
                if keys[i] in done_keys:
                    continue
                done_keys.add(keys[i])
                rows.append((keys[i], json.dumps(results[i], ensure_ascii=False, separators=(",", ":"))))
            conn = self._connect()
            try:
                with conn:  # one transaction for the whole batch
                    conn.executemany("INSERT OR REPLACE INTO tokens (key, value) VALUES (?, ?)", rows)
            finally:
                conn.close()
        return results  # type: ignore[return-value]

    def _auto_progress(self, todo: Sequence[str]) -> bool:
        """The automatic choice of ``cut_many(progress=None)``: long work, interactive stderr."""
        rate = _CHARS_PER_SECOND.get(self.backend, _CHARS_PER_SECOND["jieba"])
        return sum(map(len, todo)) > _PROGRESS_AUTO_SECONDS * rate and _interactive_stderr()

    def _run_segmentation(self, todo: list[str], segment, *, n_jobs: int, progress: bool) -> list[list]:
        if n_jobs == -1:
            n_jobs = os.cpu_count() or 1
        if not isinstance(n_jobs, int) or n_jobs < 1:
            raise ValueError(f"n_jobs must be a positive int or -1, got {n_jobs!r}")
        parallel = n_jobs > 1 and len(todo) > 1 and segment == self._segment
        bar = _progress_bar(sum(map(len, todo))) if progress else None
        try:
            if not parallel:
                out = []
                for text in todo:
                    out.append(segment(text))
                    if bar is not None:
                        bar.update(len(text))
                return out

            from concurrent.futures import ProcessPoolExecutor

            backend = self._check_backend()
            # The fast backend's workers get the resolved user entries (plain
            # numbers) so that they need not load jieba to compute them.
            resolved = self._resolved_entries() if backend == "fast" else None
            workers = min(n_jobs, len(todo))
            # Longest texts first (then input order), in small chunks, so that
            # no worker is left with a long text at the end.
            order = sorted(range(len(todo)), key=lambda i: -len(todo[i]))
            chunksize = max(1, len(todo) // (workers * 16))
            results: list[list | None] = [None] * len(todo)
            with ProcessPoolExecutor(
                max_workers=workers,
                mp_context=_mp_context(),
                initializer=_worker_init,
                initargs=(
                    {"userdict": self.userdict, "hmm": self.hmm, "backend": backend},
                    self.dictionary_version,
                    resolved,
                ),
            ) as pool:
                segmented = pool.map(_worker_segment, [todo[i] for i in order], chunksize=chunksize)
                for i, tokens in zip(order, segmented):
                    results[i] = tokens
                    if bar is not None:
                        bar.update(len(todo[i]))
            return results  # type: ignore[return-value]
        finally:
            if bar is not None:
                bar.close()
