"""Word segmentation of cleaned speeches: one audited, cached, picklable tokenizer.

:class:`Tokenizer` wraps a *private* :class:`jieba.Tokenizer` instance (never
jieba's global one) loaded with the project's user dictionary
(``data/lexicons/userdict.txt``), removes stop words, punctuation and numbers,
keeps the anonymisation placeholder :data:`corpusmine.config.PLACEHOLDER` out of
every vocabulary, and caches the raw segmentation on disk (sqlite3) so that a
second run over the same corpus does no segmentation at all.

Nothing is done at import time: jieba, stopwordsiso and sqlite files are only
touched when a method first needs them.

Examples
--------
>>> from corpusmine.tokenize import Tokenizer
>>> tok = Tokenizer(cache_dir=None)
>>> tok.cut("同志们：要抓好乡村振兴和人居环境整治，打赢〔某〕攻坚战！")
['抓好', '乡村振兴', '人居环境', '整治', '打赢', '攻坚战']
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import sys
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpusmine import config

__all__ = [
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
    >>> entries = read_userdict(config.USERDICT)  # doctest: +SKIP
    >>> entries[0].word  # doctest: +SKIP
    '乡村振兴'
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


# --------------------------------------------------------------------------
# Worker-process helpers for cut_many(n_jobs > 1)
# --------------------------------------------------------------------------

_WORKER: Tokenizer | None = None


def _worker_init(params: dict[str, Any], expected_version: str) -> None:
    """Build this worker's own Tokenizer (and jieba dictionary).

    Only the segmentation parameters (userdict, hmm) are passed: workers return
    the raw segmentation, filtering happens in the parent.
    """
    global _WORKER
    tok = Tokenizer(**params, stopwords=None, cache_dir=None)
    tok._get_jieba()
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
        frequency policy, hmm flag); keys the cache.
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
    """

    def __init__(
        self,
        *,
        userdict: str | os.PathLike | None = config.USERDICT,
        hmm: bool = False,
        stopwords: str | Iterable[str] | None = "default",
        remove_stopwords: bool = True,
        keep_numbers: bool = False,
        keep_placeholder: bool = False,
        cache_dir: str | os.PathLike | None = config.CACHE_DIR,
    ) -> None:
        self.userdict = userdict
        self.hmm = hmm
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

    _PARAMS = ("userdict", "hmm", "stopwords", "remove_stopwords", "keep_numbers", "keep_placeholder", "cache_dir")

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
        self._version: tuple[Any, str] | None = None  # ((userdict, hmm), digest)
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
        self.__dict__.update(state)
        self._init_private()

    # -- dictionary ---------------------------------------------------------

    def _user_entries(self) -> list[UserDictEntry]:
        src = self.userdict
        if self._entries is None or self._entries[0] != src:
            entries = [] if src is None else read_userdict(src)
            self._entries = (src, entries)
        return self._entries[1]

    @property
    def dictionary_version(self) -> str:
        """Short hex digest identifying the segmentation model.

        Covers the jieba version, the user dictionary's normalised entries
        (word, explicit frequency, tag, in file order; comments, blank lines,
        BOM and line endings do not count), :data:`FREQ_POLICY` and the hmm
        flag.  Stop words and filters are not part of it: the cache stores the
        unfiltered segmentation.
        """
        src = (self.userdict, bool(self.hmm))
        if self._version is None or self._version[0] != src:
            import jieba

            payload = {
                "jieba": jieba.__version__,
                "freq_policy": FREQ_POLICY,
                "hmm": bool(self.hmm),
                "entries": [[e.word, e.freq, e.tag] for e in self._user_entries()],
            }
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
        suggested = jieba_tokenizer.suggest_freq(word, tune=False)
        return max(suggested * _AUTO_FREQ_FACTOR, _AUTO_FREQ_FLOOR)

    def _get_jieba(self):
        """The private, fully loaded ``jieba.Tokenizer`` (built on first use)."""
        entries = self._user_entries()  # parse (and fail) before the slow part
        if self._jieba is None or self._jieba_entries is not entries:
            with self._lock:
                if self._jieba is None or self._jieba_entries is not entries:
                    tk = _new_jieba_tokenizer()
                    base_total = tk.total
                    for entry in entries:
                        if entry.freq == 0:
                            # Suppress the word.  jieba's add_word(word, 0) would
                            # also register it in finalseg's process-wide
                            # force-split set; setting the frequency keeps the
                            # change private to this instance.
                            tk.add_word(entry.word, 1)
                            tk.FREQ[entry.word] = 0
                            continue
                        freq = entry.freq if entry.freq is not None else self._auto_freq(tk, entry.word)
                        tk.add_word(entry.word, freq, entry.tag)
                    # add_word adds each frequency to the normalising total, which
                    # shifts every other word's probability and can flip unrelated
                    # borderline splits (企业职工 vs 企业/职工).  Restoring the total
                    # keeps text that contains no user word segmented exactly as by
                    # stock jieba.
                    tk.total = base_total
                    self._jieba, self._jieba_entries, self._pos = tk, entries, None
        return self._jieba

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
        tk = self._get_jieba()
        out: list[str] = []
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

    def _filter(self, tokens: Sequence[str]) -> list[str]:
        sw = self.stopwords_ if self.remove_stopwords else frozenset()
        return [t for t in tokens if self._keep(t, sw)]

    def _filter_pos(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        sw = self.stopwords_ if self.remove_stopwords else frozenset()
        return [(w, f) for w, f in pairs if self._keep(w, sw)]

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
        tagged ``"x"``.

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

    def cut_many(self, texts: Iterable[str], *, n_jobs: int = 1, progress: bool = False) -> list[list[str]]:
        """Tokenize many texts through the cache, optionally in worker processes.

        Cached texts are read back; the others are segmented (in a
        :class:`concurrent.futures.ProcessPoolExecutor` when ``n_jobs > 1``,
        each worker building its own Tokenizer and jieba dictionary) and
        written to the cache in batched transactions.  The result is identical
        to ``[self.cut(t) for t in texts]``, in input order.

        Parameters
        ----------
        texts : iterable of str
        n_jobs : int, default 1
            Worker processes for the texts not in the cache; -1 means one per
            CPU.
        progress : bool, default False
            Report progress on stderr.

        Returns
        -------
        list of list of str

        Examples
        --------
        >>> Tokenizer(cache_dir=None).cut_many(["抓好三农工作", "创建文明城市"])
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
            self._schema_ready = path
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

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
        if progress:
            print(f"corpusmine.tokenize: {n - len(missing)}/{n} texts from cache, segmenting {len(todo)}",
                  file=sys.stderr)
        computed = self._run_segmentation(todo, segment, n_jobs=n_jobs, progress=progress)
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

    def _run_segmentation(self, todo: list[str], segment, *, n_jobs: int, progress: bool) -> list[list]:
        if n_jobs == -1:
            n_jobs = os.cpu_count() or 1
        if not isinstance(n_jobs, int) or n_jobs < 1:
            raise ValueError(f"n_jobs must be a positive int or -1, got {n_jobs!r}")
        parallel = n_jobs > 1 and len(todo) > 1 and segment == self._segment
        if not parallel:
            out = []
            step = max(1, len(todo) // 10)
            for j, text in enumerate(todo, 1):
                out.append(segment(text))
                if progress and (j % step == 0 or j == len(todo)):
                    print(f"corpusmine.tokenize: segmented {j}/{len(todo)}", file=sys.stderr)
            return out

        from concurrent.futures import ProcessPoolExecutor

        workers = min(n_jobs, len(todo))
        chunksize = max(1, len(todo) // (workers * 4))
        out = []
        with ProcessPoolExecutor(
            max_workers=workers,
            initializer=_worker_init,
            initargs=({"userdict": self.userdict, "hmm": self.hmm}, self.dictionary_version),
        ) as pool:
            for j, tokens in enumerate(pool.map(_worker_segment, todo, chunksize=chunksize), 1):
                out.append(tokens)
                if progress and (j % max(1, len(todo) // 10) == 0 or j == len(todo)):
                    print(f"corpusmine.tokenize: segmented {j}/{len(todo)}", file=sys.stderr)
        return out
