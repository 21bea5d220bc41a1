"""One loaded segmentation model: a user dictionary, the hmm flag and a backend.

:class:`Segmenter` is what a :class:`corpusmine.tokens.tokenizer.Tokenizer`
delegates the cutting to.  It owns a private ``jieba.Tokenizer`` (never
jieba's global one) and, for the fast backend, a private ``rjieba.Jieba``,
both built on first use.  Before segmentation it splits off, as single
tokens, the anonymisation placeholder (never cut or glued to a neighbour) and
runs of Chinese numerals holding 〇 (years such as 二〇〇二, which jieba would
cut into 二 / 〇 / 〇 / 二年, inventing the word 二年); see
:data:`corpusmine.tokens.backends.SPLIT_RULES`.

Examples
--------
>>> seg = Segmenter(config.USERDICT, hmm=False, backend="fast")
>>> seg.segment("要抓好〔某〕镇乡村振兴")
['要', '抓好', '〔某〕', '镇', '乡村振兴']
>>> seg.segment("二〇〇二年十一月")
['二〇〇二', '年', '十一月']
"""

from __future__ import annotations

import os
import re
import threading
from typing import Any

from corpusmine import config
from corpusmine.tokens.backends import (
    Resolved,
    build_jieba,
    check_backend,
    dictionary_version,
    freq_key,
    known_resolved,
    new_fast_segmenter,
    remember_resolved,
    resolved_match,
)
from corpusmine.tokens.cache import TokenCache
from corpusmine.tokens.lexicons import UserDictEntry, read_userdict

__all__ = ["NUMERAL_POS", "PLACEHOLDER_POS", "Segmenter", "protected_pieces"]


def protected_pieces(text: str) -> list[tuple[str, bool]]:
    """*text* as ``(piece, protected)`` pairs: the placeholder and 〇-numeral runs are protected.

    Examples
    --------
    >>> protected_pieces("到二〇二〇年，〔某〕县")
    [('到', False), ('二〇二〇', True), ('年，', False), ('〔某〕', True), ('县', False)]
    """
    if "〇" not in text and config.PLACEHOLDER not in text:
        return [(text, False)] if text else []
    parts = _PROTECTED.split(text)
    return [(piece, i % 2 == 1) for i, piece in enumerate(parts) if piece]

#: POS tag given to the placeholder by :meth:`Segmenter.segment_pos` (jieba's
#: tag for non-words), so that it never looks like a noun or a verb.
PLACEHOLDER_POS = "x"
#: POS tag of a 〇-numeral run (jieba's tag for numerals).
NUMERAL_POS = "m"
#: What is split off before segmentation (captured, so ``re.split`` keeps it).
_PROTECTED = re.compile("(" + re.escape(config.PLACEHOLDER) + "|[一二三四五六七八九〇]*〇[一二三四五六七八九〇]*)")


class Segmenter:
    """The segmentation model of one ``(userdict, hmm, backend)``, loaded lazily.

    Parameters
    ----------
    userdict : path-like or None
        jieba-format user dictionary, parsed strictly (and failing) at once.
    hmm : bool
        Let jieba's HMM guess out-of-vocabulary words.
    backend : {"jieba", "fast"}

    Attributes
    ----------
    entries : list of UserDictEntry
    version : str
        :func:`corpusmine.tokens.backends.dictionary_version` of the model.

    Examples
    --------
    >>> seg = Segmenter(None, hmm=False, backend="jieba")
    >>> seg.segment("乡村振兴"), seg.jieba_loaded
    (['乡村', '振兴'], True)
    """

    def __init__(self, userdict: str | os.PathLike | None, hmm: bool, backend: str) -> None:
        self.userdict, self.hmm, self.backend = userdict, bool(hmm), check_backend(backend)
        self.entries: list[UserDictEntry] = [] if userdict is None else read_userdict(userdict)
        self.version = dictionary_version(self.entries, self.hmm, self.backend)
        self._lock = threading.RLock()
        self._jieba: Any = None
        self._pos: Any = None
        self._fast: Any = None
        self._resolved: tuple[Resolved, ...] | None = None

    @property
    def jieba_loaded(self) -> bool:
        """Whether this model has built its jieba instance (the fast backend avoids it on a warm cache).

        Examples
        --------
        >>> Segmenter(None, hmm=False, backend="fast").jieba_loaded     # 尚未分词
        False
        """
        return self._jieba is not None

    def jieba(self):
        """The private, fully loaded ``jieba.Tokenizer`` (built on first use).

        Examples
        --------
        >>> Segmenter(config.USERDICT, hmm=False, backend="jieba").jieba().lcut("整治撂荒地")
        ['整治', '撂荒地']
        """
        if self._jieba is None:
            with self._lock:
                if self._jieba is None:
                    tk, resolved = build_jieba(self.entries)
                    remember_resolved(freq_key(self.entries), resolved)
                    if self._resolved is None:
                        self._resolved = resolved
                    self._jieba = tk
        return self._jieba

    def preset_resolved(self, resolved: tuple[Resolved, ...]) -> None:
        """Use *resolved* (computed by another process) instead of computing it with jieba.

        Raises
        ------
        RuntimeError
            If *resolved* does not match this model's user dictionary.

        Examples
        --------
        >>> Segmenter(None, hmm=False, backend="fast").preset_resolved((Resolved("创文", 5000, "n", 0),))
        Traceback (most recent call last):
        ...
        RuntimeError: the resolved user dictionary does not match the user dictionary file
        """
        if not resolved_match(self.entries, resolved):
            raise RuntimeError("the resolved user dictionary does not match the user dictionary file")
        self._resolved = tuple(resolved)

    def resolved_entries(self, cache: TokenCache | None = None) -> tuple[Resolved, ...]:
        """The user entries with their effective frequencies, as the jieba backend loads them.

        Looked up in this model, then in *cache* (table ``userdict_freqs``),
        then in the process memo; computed with jieba only when none has
        them, and stored in *cache*, so a fast-backend run over a warm cache
        never loads jieba.

        Examples
        --------
        >>> seg = Segmenter(config.USERDICT, hmm=False, backend="fast")
        >>> {r.word: r.freq for r in seg.resolved_entries()}["三农问题"]        # 词频 0：不作为一个词
        0
        """
        if self._resolved is not None:
            return self._resolved
        with self._lock:
            if self._resolved is not None:
                return self._resolved
            key = freq_key(self.entries)
            resolved = cache.load_resolved(key, self.entries) if cache is not None else None
            stored = resolved is not None
            if resolved is None:
                resolved = known_resolved(key)
            if resolved is None:
                tk, resolved = build_jieba(self.entries)
                if self._jieba is None:
                    self._jieba = tk  # keep it: segment_pos uses jieba with either backend
            if cache is not None and not stored:
                cache.store_resolved(key, resolved)
            self._resolved = remember_resolved(key, resolved)
            return self._resolved

    def fast(self, cache: TokenCache | None = None):
        """The private, fully loaded ``rjieba.Jieba`` of the fast backend (built on first use).

        Examples
        --------
        >>> Segmenter(config.USERDICT, hmm=False, backend="fast").fast().cut("整治撂荒地", False)
        ['整治', '撂荒地']
        """
        if self._fast is None:
            resolved = self.resolved_entries(cache)
            with self._lock:
                if self._fast is None:
                    self._fast = new_fast_segmenter(resolved)
        return self._fast

    def load(self, cache: TokenCache | None = None) -> Segmenter:
        """Build the backend's segmenter now (instead of on the first text); returns self.

        Examples
        --------
        >>> Segmenter(None, hmm=False, backend="jieba").load().jieba_loaded     # 预先加载词典
        True
        """
        if self.backend == "fast":
            self.fast(cache)
        else:
            self.jieba()
        return self

    def segment(self, text: str, cache: TokenCache | None = None) -> list[str]:
        """Unfiltered segmentation, placeholder split off first (no token cache).

        Examples
        --------
        >>> Segmenter(config.USERDICT, hmm=False, backend="jieba").segment("〔某〕县抓好“三农”")
        ['〔某〕', '县', '抓好', '“', '三农', '”']
        """
        if self.backend == "fast":
            fast, hmm = self.fast(cache), self.hmm

            def cut(piece: str) -> list[str]:
                return fast.cut(piece, hmm)
        else:
            tk, hmm = self.jieba(), self.hmm

            def cut(piece: str) -> list[str]:
                return tk.lcut(piece, cut_all=False, HMM=hmm)
        if "〇" not in text and config.PLACEHOLDER not in text:
            return cut(text) if text else []
        out: list[str] = []
        for piece, protected in protected_pieces(text):
            if protected:
                out.append(piece)
            else:
                out.extend(cut(piece))
        return out

    def segment_pos(self, text: str) -> list[tuple[str, str]]:
        """Unfiltered segmentation with jieba ``posseg`` tags (either backend); placeholder ``x``, 〇-years ``m``.

        Examples
        --------
        >>> Segmenter(config.USERDICT, hmm=False, backend="fast").segment_pos("〔某〕二〇二三年改善人居环境")
        [('〔某〕', 'x'), ('二〇二三', 'm'), ('年', 'm'), ('改善', 'v'), ('人居环境', 'n')]
        """
        tk = self.jieba()
        if self._pos is None or self._pos.tokenizer is not tk:
            with self._lock:
                if self._pos is None or self._pos.tokenizer is not tk:
                    import jieba.posseg

                    self._pos = jieba.posseg.POSTokenizer(tk)
        out: list[tuple[str, str]] = []
        for piece, protected in protected_pieces(text):
            if protected:
                out.append((piece, PLACEHOLDER_POS if piece == config.PLACEHOLDER else NUMERAL_POS))
            else:
                out.extend((p.word, p.flag) for p in self._pos.cut(piece, HMM=self.hmm))
        return out
