"""Segmentation backends: jieba and jieba-rs (``rjieba``) loaded with the same dictionary.

Two backends give the same words: ``"jieba"`` (the reference, jieba 0.42.1
in pure Python) and ``"fast"`` (jieba-rs, a Rust port of jieba's algorithm
and dictionary, through its ``rjieba`` binding).  Both start from jieba's
stock dictionary, add the user entries at the same *effective* frequencies
(:func:`build_jieba` computes them with jieba; :func:`new_fast_segmenter`
loads them into jieba-rs) and keep the stock normalising total, so text
without any user word is cut exactly as by stock jieba.

Examples
--------
>>> entries = [UserDictEntry("人居环境", None, "n", 1)]
>>> tk, resolved = build_jieba(entries)
>>> tk.lcut("改善农村人居环境"), new_fast_segmenter(resolved).cut("改善农村人居环境", False)
(['改善', '农村', '人居环境'], ['改善', '农村', '人居环境'])
"""

from __future__ import annotations

import hashlib
import json
import logging
import struct
import threading
from collections.abc import Sequence
from typing import Any, NamedTuple

from corpusmine.tokens.lexicons import UserDictEntry

__all__ = [
    "AUTO_FREQ_FACTOR", "AUTO_FREQ_FLOOR", "BACKENDS", "FREQ_POLICY", "SPLIT_RULES", "Resolved", "auto_freq",
    "build_jieba", "check_backend", "dictionary_version", "forget_resolved", "freq_key", "known_resolved", "new_fast_segmenter",
    "new_jieba_tokenizer", "remember_resolved", "resolved_match", "rjieba_version", "stock_dictionary",
]

#: Segmentation backends accepted by ``Tokenizer(backend=...)``.
BACKENDS = ("jieba", "fast")

#: Version of the rule that turns a user-dictionary entry without an explicit
#: frequency into a jieba frequency (see :func:`auto_freq`).  It is part of
#: :func:`dictionary_version`, so changing the rule invalidates cached
#: segmentations.
FREQ_POLICY = "suggest-x20-floor2000-v1"

#: Version of what :class:`corpusmine.tokens.segmenter.Segmenter` splits off
#: before segmentation (the placeholder, and since v2 runs of Chinese
#: numerals holding 〇).  Part of :func:`dictionary_version`, so cached
#: segmentations made under older rules are not reused.
SPLIT_RULES = "placeholder+ling-numerals-v2"

#: Multiplier applied to ``suggest_freq(word, tune=False)`` and the absolute
#: floor of an automatic frequency.  ``suggest_freq`` only guarantees that a
#: word survives when it is cut *alone*; in running text a neighbouring
#: character can form a competing dictionary word with the term's first or last
#: character (``县委农办``, ``商家占道经营``), so the automatic frequency keeps a
#: margin.  The values were chosen by measuring, for every occurrence of every
#: entry in the raw corpus, the smallest frequency that keeps the entry whole
#: (the largest needed was well below this policy) and checked by
#: ``tests/test_tokenize.py``.
AUTO_FREQ_FACTOR = 20
AUTO_FREQ_FLOOR = 2000

#: A dictionary word that can never be matched: jieba and jieba-rs only look
#: words up inside runs of Han characters, ASCII letters, digits and
#: ``+#&._%-``, and this one is made of control characters.  The fast backend
#: gives it the frequency that brings jieba-rs's normalising total back to the
#: stock total (see :func:`new_fast_segmenter`).
_TOTAL_SENTINEL = "\x00\x00"
#: Two-token probe whose ``suggest_freq`` (freq(的)² / total + 1) reveals a
#: change of the normalising total.
_TOTAL_PROBE = "的的"


def check_backend(backend: Any) -> str:
    """*backend* if it is one of :data:`BACKENDS`, else ValueError naming the choices.

    Examples
    --------
    >>> check_backend("fast")      # jieba-rs：与 jieba 分词相同
    'fast'
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, got {backend!r}")
    return backend


def dictionary_version(entries: Sequence[UserDictEntry], hmm: bool, backend: str) -> str:
    """Short hex digest identifying a segmentation model; keys the token cache.

    Covers the jieba version, the user dictionary's normalised entries (word,
    explicit frequency, tag, in file order), :data:`FREQ_POLICY`,
    :data:`SPLIT_RULES` and the hmm flag; for the fast backend also the
    backend name and the rjieba version.

    Parameters
    ----------
    entries : sequence of UserDictEntry
    hmm : bool
    backend : {"jieba", "fast"}

    Returns
    -------
    str
        16 hex digits.

    Examples
    --------
    >>> e = [UserDictEntry("乡村振兴", None, "n", 1)]
    >>> dictionary_version(e, False, "jieba") == dictionary_version(e, False, "fast")
    False
    """
    import jieba

    payload: dict[str, Any] = {
        "jieba": jieba.__version__,
        "freq_policy": FREQ_POLICY,
        "hmm": bool(hmm),
        "entries": [[e.word, e.freq, e.tag] for e in entries],
        "split_rules": SPLIT_RULES,
    }
    if check_backend(backend) != "jieba":
        payload["backend"] = backend
        payload["rjieba"] = rjieba_version()
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


_STOCK_LOCK = threading.Lock()
_STOCK: tuple[dict[str, int], int] | None = None  # jieba's own dictionary: (FREQ, total)


def stock_dictionary() -> tuple[dict[str, int], int]:
    """jieba's own dictionary as ``(FREQ, total)``, loaded once per process; never modify it.

    Returns
    -------
    (dict of str to int, int)

    Examples
    --------
    >>> freq, total = stock_dictionary()
    >>> freq["乡村"] > 0, "乡村振兴" in freq, total > 10**7
    (True, False, True)
    """
    import jieba

    global _STOCK
    with _STOCK_LOCK:
        if _STOCK is None:
            # Silence "Building prefix dict ..." (jieba logs it at DEBUG to stderr).
            jieba.setLogLevel(logging.WARNING)
            loader = jieba.Tokenizer()
            loader.initialize()
            _STOCK = (loader.FREQ, loader.total)
    return _STOCK


def new_jieba_tokenizer():
    """A new, private, initialised ``jieba.Tokenizer`` with jieba's stock dictionary.

    Loading the stock prefix dictionary is the slow part of building a
    tokenizer (about a second).  It is loaded once per process and each new
    instance gets its *own copy* of it, so instances never share mutable
    state with each other or with jieba's global tokenizer.

    Returns
    -------
    jieba.Tokenizer

    Examples
    --------
    >>> tk = new_jieba_tokenizer()
    >>> tk.lcut("乡村振兴"), tk.FREQ is not new_jieba_tokenizer().FREQ
    (['乡村', '振兴'], True)
    """
    import jieba

    freq, total = stock_dictionary()
    tk = jieba.Tokenizer()
    with tk.lock:
        tk.FREQ = dict(freq)
        tk.total = total
        tk.initialized = True
    return tk


class Resolved(NamedTuple):
    """A user-dictionary entry as loaded: the effective frequency and jieba's own.

    Examples
    --------
    >>> Resolved("撂荒地", 2000, "n", 0).freq
    2000
    """

    word: str
    freq: int  # frequency given to the word (0: suppressed)
    tag: str | None
    stock_freq: int  # the word's frequency in jieba's stock dictionary (0: not a word there)


def auto_freq(jieba_tokenizer, word: str) -> int:
    """Frequency for a user-dictionary entry without an explicit one.

    ``suggest_freq(word, tune=False)`` is the smallest frequency with which
    jieba keeps *word* whole when it is cut alone; a factor and a floor (see
    :data:`AUTO_FREQ_FACTOR` and :data:`AUTO_FREQ_FLOOR`) make it win against
    typical neighbours as well.

    Parameters
    ----------
    jieba_tokenizer : jieba.Tokenizer
    word : str

    Returns
    -------
    int

    Examples
    --------
    >>> auto_freq(new_jieba_tokenizer(), "撂荒地") >= AUTO_FREQ_FLOOR
    True
    """
    suggested = jieba_tokenizer.suggest_freq(word, tune=False)
    return max(suggested * AUTO_FREQ_FACTOR, AUTO_FREQ_FLOOR)


def build_jieba(entries: Sequence[UserDictEntry]):
    """A private ``jieba.Tokenizer`` with the user dictionary, and the entries as resolved.

    Returns ``(tokenizer, resolved)`` where *resolved* holds, per entry and in
    file order, the frequency actually given to the word: the explicit one, or
    the automatic one computed against the dictionary as extended by the
    earlier entries.  The fast backend loads exactly these numbers.

    Parameters
    ----------
    entries : sequence of UserDictEntry

    Returns
    -------
    (jieba.Tokenizer, tuple of Resolved)

    Examples
    --------
    >>> tk, resolved = build_jieba([UserDictEntry("乡村振兴", None, "n", 1)])
    >>> tk.lcut("推进乡村振兴"), resolved[0].word, resolved[0].freq >= AUTO_FREQ_FLOOR
    (['推进', '乡村振兴'], '乡村振兴', True)
    """
    tk = new_jieba_tokenizer()
    stock = stock_dictionary()[0]
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
            resolved.append(Resolved(entry.word, 0, entry.tag, stock_freq))
            continue
        freq = entry.freq if entry.freq is not None else auto_freq(tk, entry.word)
        tk.add_word(entry.word, freq, entry.tag)
        resolved.append(Resolved(entry.word, freq, entry.tag, stock_freq))
    # add_word adds each frequency to the normalising total, which shifts every
    # other word's probability and can flip unrelated borderline splits
    # (企业职工 vs 企业/职工).  Restoring the total keeps text that contains no
    # user word segmented exactly as by stock jieba.
    tk.total = base_total
    return tk, tuple(resolved)


def resolved_match(entries: Sequence[UserDictEntry], resolved: Sequence[Resolved]) -> bool:
    """True if *resolved* is a resolution of *entries* (same words, tags, explicit frequencies).

    Examples
    --------
    >>> entries = [UserDictEntry("创文", 5000, "n", 1)]
    >>> resolved_match(entries, [Resolved("创文", 5000, "n", 0)]), resolved_match(entries, [Resolved("创卫", 5000, "n", 0)])
    (True, False)
    """
    if len(entries) != len(resolved):
        return False
    for e, r in zip(entries, resolved):
        if e.word != r.word or e.tag != r.tag or (e.freq is not None and e.freq != r.freq):
            return False
        if not (isinstance(r.freq, int) and isinstance(r.stock_freq, int) and r.freq >= 0 and r.stock_freq >= 0):
            return False
    return True


#: Resolved user dictionaries of this process, by :func:`freq_key`.  The key
#: covers everything the resolution depends on, so an entry can never be stale.
_RESOLVED_LOCK = threading.Lock()
_RESOLVED: dict[str, tuple[Resolved, ...]] = {}


def remember_resolved(key: str, resolved: tuple[Resolved, ...]) -> tuple[Resolved, ...]:
    """Keep *resolved* in this process's memo under *key* (first one wins) and return the kept one.

    Examples
    --------
    >>> r = (Resolved("创文", 5000, "n", 0),)
    >>> remember_resolved("示例-创文", r) is known_resolved("示例-创文")
    True
    """
    with _RESOLVED_LOCK:
        return _RESOLVED.setdefault(key, resolved)


def known_resolved(key: str) -> tuple[Resolved, ...] | None:
    """The resolved user dictionary of this process under *key*, or None.

    Examples
    --------
    >>> known_resolved("没有这个键") is None
    True
    """
    with _RESOLVED_LOCK:
        return _RESOLVED.get(key)


def forget_resolved() -> None:
    """Empty this process's memo of resolved user dictionaries (worker processes start clean).

    Examples
    --------
    >>> _ = remember_resolved("示例-忘记", (Resolved("创文", 5000, "n", 0),))
    >>> forget_resolved(); known_resolved("示例-忘记") is None
    True
    """
    with _RESOLVED_LOCK:
        _RESOLVED.clear()


def freq_key(entries: Sequence[UserDictEntry]) -> str:
    """Digest of what the effective frequencies depend on: jieba, policy, entries.

    Examples
    --------
    >>> len(freq_key([UserDictEntry("创文", None, "n", 1)])), freq_key([]) == freq_key([])
    (16, True)
    """
    import jieba

    payload = {
        "jieba": jieba.__version__,
        "freq_policy": FREQ_POLICY,
        "entries": [[e.word, e.freq, e.tag] for e in entries],
    }
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def rjieba_version() -> str:
    """The installed rjieba version; ImportError with the install hint if it is missing.

    Examples
    --------
    >>> rjieba_version()        # jieba-rs 的 Python 绑定
    '0.2.2'
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rjieba")
    except PackageNotFoundError:
        raise ImportError(_NO_RJIEBA) from None


_NO_RJIEBA = (
    "backend='fast' needs the rjieba package (the Python binding of jieba-rs): "
    "pip install rjieba==0.2.2, or use backend='jieba'"
)


def new_fast_segmenter(resolved: Sequence[Resolved]):
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

    Parameters
    ----------
    resolved : sequence of Resolved
        The user entries at their effective frequencies (from :func:`build_jieba`).

    Returns
    -------
    rjieba.Jieba

    Raises
    ------
    ImportError
        If rjieba is not installed.
    ValueError
        If a suppressed word cannot be reproduced (see above).
    RuntimeError
        If the normalising total could not be restored.

    Examples
    --------
    >>> tk, resolved = build_jieba([UserDictEntry("乡村振兴", None, "n", 1)])
    >>> new_fast_segmenter(resolved).cut("推进乡村振兴", False)
    ['推进', '乡村振兴']
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
