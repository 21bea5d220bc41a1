"""Word segmentation of cleaned speeches: one audited, cached, picklable tokenizer.

:class:`Tokenizer` segments with a private jieba (or jieba-rs) instance loaded
with the project's user dictionary (``data/lexicons/userdict.txt``), drops
stop words, punctuation, numbers and letters of other scripts, keeps the
anonymisation placeholder :data:`corpusmine.config.PLACEHOLDER` out of every
vocabulary, and caches the raw segmentation on disk (sqlite3) so that a
second run over the same corpus does no segmentation at all.

The pieces live in their own modules: :mod:`~corpusmine.tokens.lexicons`
(dictionary and word-list files), :mod:`~corpusmine.tokens.backends` (jieba
and jieba-rs with the same dictionary), :mod:`~corpusmine.tokens.segmenter`
(one loaded model), :mod:`~corpusmine.tokens.filters` (which tokens count),
:mod:`~corpusmine.tokens.cache` (the sqlite cache) and
:mod:`~corpusmine.tokens.pool` (worker processes and progress bars).  The
names other modules import from here (``is_number``, ``is_punctuation``,
``read_userdict`` …) are re-exported.

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
import os
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from corpusmine import config
from corpusmine.tokens.backends import BACKENDS, FREQ_POLICY, Resolved, forget_resolved
from corpusmine.tokens.cache import TokenCache, cache_key, resolve_cache_dir
from corpusmine.tokens.filters import TokenFilter, is_non_chinese, is_number, is_punctuation
from corpusmine.tokens.lexicons import UserDictEntry, default_stopwords, read_speech_fillers, read_userdict
from corpusmine.tokens.merges import MergeList, freeze_spec, load_merges, spec_key
from corpusmine.tokens.pool import interactive_stderr, map_in_processes, progress_bar, resolve_n_jobs
from corpusmine.tokens.segmenter import PLACEHOLDER_POS, Segmenter

__all__ = ["BACKENDS", "FREQ_POLICY", "PLACEHOLDER_POS", "UserDictEntry", "Tokenizer", "default_stopwords",
           "is_non_chinese", "is_number", "is_punctuation", "read_speech_fillers", "read_userdict"]

#: Automatic progress bar (``cut_many(progress=None)``): shown when the
#: segmentation left to do is expected to take longer than this many seconds
#: at the typical single-core speed of the backend (characters per second,
#: measured by ``benchmarks/bench_tokenize.py``) and stderr is a terminal or a
#: Jupyter kernel.
_PROGRESS_AUTO_SECONDS = 3.0
_CHARS_PER_SECOND = {"jieba": 250_000, "fast": 3_000_000}


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return text


# --------------------------------------------------------------------------
# Worker processes of cut_many(n_jobs > 1)
# --------------------------------------------------------------------------

_WORKER: Segmenter | None = None


def _worker_init(params: dict[str, Any], expected_version: str, resolved: tuple | None = None) -> None:
    """Build this worker's own segmentation model and dictionary.

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
    forget_resolved()  # nothing of the parent's dictionary state is used
    model = Segmenter(params.get("userdict"), params.get("hmm", False), params.get("backend", "jieba"))
    if resolved is not None:
        model.preset_resolved(tuple(Resolved(*r) for r in resolved))
    model.load()
    if model.version != expected_version:
        raise RuntimeError(
            "the user dictionary changed while cut_many was running "
            f"(worker sees {model.version}, parent {expected_version})"
        )
    _WORKER = model


def _worker_segment(text: str) -> list[str]:
    assert _WORKER is not None, "worker initializer did not run"
    return _WORKER.segment(text)


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
        default: the HMM glues runs of unknown characters into new "words" (the
        watermark in 我老秘网县 becomes 老秘 / 网县, names such as 航埠镇 become
        vocabulary), so the vocabulary would depend on accidents of the text.
        Domain terms come from the user dictionary instead, each with a source.
    backend : {"jieba", "fast"}, default "jieba"
        Segmentation engine.  ``"jieba"`` is the reference (jieba 0.42.1, pure
        Python, https://github.com/fxsjy/jieba).  ``"fast"`` is jieba-rs
        (https://github.com/messense/jieba-rs, MIT licence) through ``rjieba``:
        the same algorithm and dictionary, the same user entries at the same
        effective frequencies (kept in the cache), more than ten times faster
        (``benchmarks/bench_tokenize.py``); boundary agreement 1.0 on the 72
        Government Work Reports with ``hmm=False`` (0.999997 with ``hmm=True``;
        ``tests/test_tokenize_backends.py``).  :meth:`cut_pos` uses jieba's
        ``posseg`` with either backend.
    stopwords : "default", None or iterable of str, default "default"
        ``"default"`` is stopwords-iso ``zh`` (MIT licence; see
        :func:`default_stopwords`) united with
        ``data/lexicons/speech_fillers.txt``; None means no stop words; any
        other iterable of str is used as given.
    remove_stopwords : bool, default True
        Drop stop words in :meth:`cut` and :meth:`cut_pos`.
    keep_numbers : bool, default False
        Keep numbers and tokens holding a number character: Arabic and
        full-width digits (``2023``, ``１２``), Roman numerals (Ⅱ), circled
        numbers (①), 〇 and Chinese years written with it (二〇〇二).
        Chinese numerals without 〇 (三农, 六稳) are words and always kept.
    keep_non_chinese : bool, default False
        Keep tokens holding letters of other scripts: Latin (GDP, a stray
        ``x``), Cyrillic from a Russian footnote, Greek, kana, Hangul.  Off
        by default so that they never become terms of a Chinese vocabulary.
    keep_placeholder : bool, default False
        Keep the anonymisation placeholder :data:`config.PLACEHOLDER` as the
        single token ``"〔某〕"``; by default it is removed.
    cache_dir : "auto", path-like or None, default "auto"
        Folder of the sqlite token cache ``tokens.sqlite``; None disables the
        cache.  ``"auto"`` is ``<processed folder>/cache``, resolved when the
        cache is first needed (and again at each use) from
        :data:`corpusmine.config.PROCESSED_DIR`, so it follows the processed
        corpus in use and never depends on the current working directory.
        A corrupt cache file is moved aside with a warning naming it (see
        :mod:`corpusmine.tokens.cache`).
    merges : None, "default", path-like or list, default None
        Compounds joined into one token after segmentation (longest first,
        never across punctuation; :mod:`corpusmine.tokens.merges`): ``"default"``
        is the accepted rows of the reviewed ``lexicons/merges.tsv``, a path
        another such file, a list gives parts (``("垃圾", "分类")``, ``"垃圾 分类"``)
        or whole compounds (``"垃圾分类"``, cut by this tokenizer).  The merge
        list is part of the cache key (:attr:`segmentation_version`).

    Attributes
    ----------
    stopwords_ : frozenset of str
        The stop list actually used (resolved on first access).
    cache_dir_ : pathlib.Path or None
        The cache folder ``cache_dir`` means now.
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

    The fast backend's instance is its own ``rjieba.Jieba`` with the same
    resolved entries and total (:func:`corpusmine.tokens.backends.new_fast_segmenter`).

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
    >>> tok.cut("二〇〇二年，党的十六大↑提出全面建设小康社会（Маркс）")
    ['党', '十六大', '提出', '全面', '建设', '小康社会']
    >>> Tokenizer(cache_dir=None, merges="default").cut("开展城乡环境综合整治，推进生活垃圾分类")
    ['开展', '城乡环境综合整治', '推进', '生活垃圾分类']
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
        keep_non_chinese: bool = False,
        keep_placeholder: bool = False,
        cache_dir: str | os.PathLike | None = "auto",
        merges: Any = None,
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
        self.keep_non_chinese = keep_non_chinese
        self.keep_placeholder = keep_placeholder
        self.cache_dir = cache_dir
        self.merges = freeze_spec(merges)
        self.cache_hits_ = 0
        self.cache_misses_ = 0
        self._init_private()

    # -- plumbing -----------------------------------------------------------

    _PARAMS = ("userdict", "hmm", "backend", "stopwords", "remove_stopwords", "keep_numbers", "keep_non_chinese",
               "keep_placeholder", "cache_dir", "merges")

    def _init_private(self) -> None:
        # Derived state, each item with the parameter values it was built for: changing a parameter
        # after use (set_params, or attribute assignment as sklearn's clone does) never serves stale state.
        self._lock = threading.RLock()
        self._segmenter: tuple[tuple, Segmenter] | None = None  # ((userdict, hmm, backend), model)
        self._stopwords: tuple[Any, frozenset[str]] | None = None  # (stopwords param, resolved)
        self._filter: tuple[tuple, TokenFilter] | None = None  # (filter state, filter)
        self._cache: TokenCache | None = None
        self._merges: tuple[tuple, MergeList | None] | None = None  # (spec_key, merge list)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters, scikit-learn style (plain data: a worker can rebuild the tokenizer).

        Returns
        -------
        dict

        Examples
        --------
        >>> params = Tokenizer(backend="fast", cache_dir=None).get_params()
        >>> params["backend"], Tokenizer(**params).cut("抓好三农工作")
        ('fast', ['抓好', '三农', '工作'])
        """
        return {name: getattr(self, name) for name in self._PARAMS}

    def set_params(self, **params: Any) -> Tokenizer:
        """Set constructor parameters, scikit-learn style.

        Changing ``userdict``, ``hmm`` or ``backend`` rebuilds the dictionary
        on next use; changing only filters (stop words, numbers, placeholder)
        keeps it.

        Returns
        -------
        Tokenizer
            self

        Examples
        --------
        >>> Tokenizer(cache_dir=None).set_params(remove_stopwords=False).cut("要抓好三农工作")
        ['要', '抓好', '三农', '工作']
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
        state.setdefault("keep_non_chinese", False)  # pickled before that filter existed
        state.setdefault("merges", None)
        self.__dict__.update(state)
        self._init_private()

    # -- derived state ------------------------------------------------------

    @property
    def segmenter_(self) -> Segmenter:
        """The segmentation model of the current ``userdict``, ``hmm`` and ``backend`` (built on first use)."""
        src = (self.userdict, bool(self.hmm), self.backend)
        current = self._segmenter
        if current is None or current[0] != src:
            with self._lock:
                current = self._segmenter
                if current is None or current[0] != src:
                    current = self._segmenter = (src, Segmenter(*src))
        return current[1]

    @property
    def dictionary_version(self) -> str:
        """Short hex digest identifying the segmentation model.

        Covers the jieba version, the user dictionary's normalised entries
        (word, explicit frequency, tag, in file order; comments, blank lines,
        BOM and line endings do not count), the frequency policy and the hmm
        flag; for ``backend="fast"`` also the backend name and the rjieba
        version (see :func:`corpusmine.tokens.backends.dictionary_version`).
        Stop words and filters are not part of it: the cache stores the
        unfiltered segmentation.
        """
        return self.segmenter_.version

    @property
    def merges_(self) -> MergeList | None:
        """The merge list ``merges`` means now (a file is read again when it changes)."""
        self.merges = spec = freeze_spec(self.merges)
        key = spec_key(spec)
        if self._merges is None or self._merges[0] != key:
            self._merges = (key, load_merges(spec, segment=self.segmenter_.segment))
        return self._merges[1]

    @property
    def segmentation_version(self) -> str:
        """The cache key's version: :attr:`dictionary_version`, plus the merge list's digest when merging."""
        merges = self.merges_
        return self.dictionary_version + ("" if merges is None else "+m" + merges.version)

    @property
    def cache_dir_(self) -> Path | None:
        """The cache folder ``cache_dir`` means now (``"auto"``: ``config.PROCESSED_DIR / "cache"``)."""
        return resolve_cache_dir(self.cache_dir)

    def _token_cache(self) -> TokenCache | None:
        folder = self.cache_dir_
        if folder is None:
            return None
        if self._cache is None or self._cache.folder != folder:
            self._cache = TokenCache(folder)
        return self._cache

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

    def _token_filter(self) -> TokenFilter:
        """The filter of the current parameters (its memo survives as long as they do not change)."""
        sw = self.stopwords_ if self.remove_stopwords else frozenset()
        state = (sw, bool(self.remove_stopwords), bool(self.keep_numbers), bool(self.keep_non_chinese),
                 bool(self.keep_placeholder))
        if self._filter is None or self._filter[0][0] is not sw or self._filter[0][1:] != state[1:]:
            self._filter = (state, TokenFilter(*state))
        return self._filter[1]

    # -- public API ---------------------------------------------------------

    def raw_tokens(self, text: str) -> list[str]:
        """Unfiltered segmentation, for audits.

        Parameters
        ----------
        text : str

        Returns
        -------
        list of str
            Every token jieba produced (compounds joined with ``merges``), punctuation
            and spaces included; the placeholder is the single token ``"〔某〕"``.

        Examples
        --------
        >>> Tokenizer(cache_dir=None).raw_tokens("〔某〕县抓好“三农”")
        ['〔某〕', '县', '抓好', '“', '三农', '”']
        """
        return list(self._cached("raw", [_check_text(text)])[0])

    def cut(self, text: str) -> list[str]:
        """Segment *text* and filter the tokens.

        Drops whitespace, punctuation/symbol tokens, numbers (unless
        ``keep_numbers``), tokens with letters of other scripts (unless
        ``keep_non_chinese``), stop words (if ``remove_stopwords``) and the
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
        >>> Tokenizer(cache_dir=None, keep_non_chinese=True).cut("GDP增长")
        ['GDP', '增长']
        """
        return self._token_filter()(self.raw_tokens(text))

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
        pairs = self._cached("pos", [_check_text(text)])[0]
        return self._token_filter().pairs([(w, f) for w, f in pairs])

    def cut_many(
        self, texts: Iterable[str], *, n_jobs: int = 1, progress: bool | None = None
    ) -> list[list[str]]:
        """Tokenize many texts through the cache, optionally in worker processes.

        Cached texts are read back; the others are segmented (in a
        :class:`concurrent.futures.ProcessPoolExecutor` when ``n_jobs > 1``)
        and written to the cache in one transaction (see
        :func:`corpusmine.tokens.pool.map_in_processes`).  The result is identical
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
        keep = self._token_filter()
        raw = self._cached("raw", [_check_text(t) for t in texts], n_jobs=n_jobs, progress=progress)
        return [keep(r) for r in raw]

    # -- cache and workers --------------------------------------------------

    def _cached(self, namespace: str, texts: list[str], *, n_jobs: int = 1, progress: bool | None = False) -> list:
        """Look *texts* up in the cache, segment the misses, store them, return all in order."""
        n = len(texts)
        cache = self._token_cache()
        results: list[list | None] = [None] * n
        keys: list[str] = []
        merges = self.merges_
        if cache is not None:
            version = self.segmentation_version
            keys = [cache_key(namespace, version, t) for t in texts]
            found = cache.get(keys, namespace)
            results = [found.get(k) for k in keys]
        missing = [i for i in range(n) if results[i] is None]
        self.cache_hits_ += n - len(missing)
        self.cache_misses_ += len(missing)
        if not missing:
            return results
        todo = list(dict.fromkeys(texts[i] for i in missing))  # each distinct text once
        if progress is None:
            rate = _CHARS_PER_SECOND.get(self.backend, _CHARS_PER_SECOND["jieba"])
            progress = sum(map(len, todo)) > _PROGRESS_AUTO_SECONDS * rate and interactive_stderr()
        if progress:
            print(f"corpusmine.tokens.tokenizer: {n - len(missing)}/{n} texts from cache, segmenting {len(todo)}",
                  file=sys.stderr)
        computed = self._run_segmentation(namespace, todo, cache, n_jobs=n_jobs, progress=bool(progress))
        if merges is not None:
            computed = [(merges.apply_pairs if namespace == "pos" else merges.apply)(c) for c in computed]
        by_text = dict(zip(todo, computed))
        for i in missing:
            results[i] = by_text[texts[i]]
        if cache is not None:
            cache.put({keys[i]: results[i] for i in missing}.items())  # one transaction
        return results

    def _run_segmentation(self, namespace: str, todo: list[str], cache: TokenCache | None, *, n_jobs: int,
                          progress: bool) -> list[list]:
        n_jobs = resolve_n_jobs(n_jobs)
        model = self.segmenter_
        bar = progress_bar(sum(map(len, todo)), "corpusmine.tokens.tokenizer: segmented") if progress else None
        on_done = None if bar is None else (lambda i: bar.update(len(todo[i])))
        try:
            if namespace == "pos":
                segment = model.segment_pos
            elif n_jobs == 1 or len(todo) < 2:
                def segment(text: str) -> list[str]:
                    return model.segment(text, cache)
            else:
                # Workers get the plain segmentation parameters (and, for the
                # fast backend, the resolved user entries, so that they need
                # not load jieba); filtering happens here.
                resolved = model.resolved_entries(cache) if model.backend == "fast" else None
                params = {"userdict": self.userdict, "hmm": self.hmm, "backend": model.backend}
                return map_in_processes(_worker_segment, todo, n_jobs, initializer=_worker_init,
                                        initargs=(params, model.version, resolved), on_done=on_done)
            return map_in_processes(segment, todo, 1, on_done=on_done)
        finally:
            if bar is not None:
                bar.close()
