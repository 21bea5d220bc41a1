"""The on-disk token cache: one sqlite file of raw segmentations, keyed by text and dictionary.

A Tokenizer stores the *unfiltered* segmentation of every text it cuts, under
a key made of the namespace (``raw`` or ``pos``), the dictionary version and
the text itself, so a second run over the same corpus does no segmentation,
and filters (stop words, numbers …) can change without invalidating it.  The
effective user-dictionary frequencies are kept in the same file, so the fast
backend need not load jieba to compute them.

Where the cache lives is decided when it is first needed: an explicit folder
wins; ``"auto"`` is ``<processed folder>/cache``, with the processed folder
read from :data:`corpusmine.config.PROCESSED_DIR` at that moment (never the
current working directory).

A file that is not a usable sqlite database (truncated, overwritten,
corrupted) is moved aside as ``tokens.sqlite.corrupt-<time>`` with a
:class:`corpusmine.errors.CorpusWarning` naming both files, and a new cache is
started; a cache that cannot be opened at all (permissions, a folder in the
way) raises :class:`corpusmine.errors.CorpusInputError` naming the file.

Examples
--------
>>> import tempfile
>>> cache = TokenCache(tempfile.mkdtemp())
>>> key = cache_key("raw", "0123456789abcdef", "抓好乡村振兴")
>>> cache.put([(key, ["抓好", "乡村振兴"])])
>>> cache.get([key], "raw") == {key: ["抓好", "乡村振兴"]}
True
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from corpusmine import config
from corpusmine.errors import CorpusInputError, CorpusWarning, display_path
from corpusmine.tokens.backends import Resolved, resolved_match
from corpusmine.tokens.lexicons import UserDictEntry

__all__ = ["CACHE_FILE", "TokenCache", "cache_key", "decode_segmentation", "default_cache_dir",
           "resolve_cache_dir"]

#: File name of the cache inside its folder.
CACHE_FILE = "tokens.sqlite"
_SQL_CHUNK = 500
#: sqlite result codes of a file that is not a (sound) database.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_T = TypeVar("_T")


def default_cache_dir() -> Path:
    """``<processed folder>/cache`` in a checkout (``config.PROCESSED_DIR`` read now), else the per-user cache.

    Examples
    --------
    >>> from corpusmine import config
    >>> default_cache_dir() == config.cache_dir()     # 处理后语料旁的缓存
    True
    """
    return config.cache_dir()


def resolve_cache_dir(cache_dir: Any) -> Path | None:
    """The cache folder a ``cache_dir`` parameter means: None (no cache), ``"auto"`` or a path.

    Raises
    ------
    TypeError
        For any other value.

    Examples
    --------
    >>> resolve_cache_dir(None) is None, resolve_cache_dir("auto") == default_cache_dir()
    (True, True)
    >>> resolve_cache_dir("缓存/分词").name
    '分词'
    """
    if cache_dir is None:
        return None
    if isinstance(cache_dir, str) and cache_dir == "auto":
        return default_cache_dir()
    if isinstance(cache_dir, (str, os.PathLike)):
        return Path(cache_dir)
    raise TypeError(f"cache_dir must be 'auto', None or a folder path, got {cache_dir!r}")


def cache_key(namespace: str, version: str, text: str) -> str:
    """Key of one text's segmentation: namespace, dictionary version and the text (lone surrogates allowed).

    Examples
    --------
    >>> cache_key("raw", "v1", "创文") == cache_key("raw", "v1", "创文"), cache_key("raw", "v1", "创文") == cache_key("pos", "v1", "创文")
    (True, False)
    """
    h = hashlib.sha256()
    h.update(f"{namespace}\x00{version}\x00".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def decode_segmentation(namespace: str, value: str) -> list | None:
    """A cached value as tokens (``raw``) or ``(word, tag)`` pairs (``pos``); None if malformed.

    Examples
    --------
    >>> decode_segmentation("raw", '["抓好","三农"]'), decode_segmentation("pos", '[["改善","v"]]')
    (['抓好', '三农'], [('改善', 'v')])
    >>> decode_segmentation("raw", "不是JSON") is None
    True
    """
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


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc)
    return "not a database" in text or "malformed" in text


class TokenCache:
    """The sqlite token cache in one folder (``<folder>/tokens.sqlite``).

    Connections are opened per operation and closed at once, so instances
    are cheap, picklable and safe to use from several processes (sqlite WAL
    mode, one transaction per batch).

    Parameters
    ----------
    folder : path-like
        Created on first write.

    Examples
    --------
    >>> import tempfile
    >>> cache = TokenCache(tempfile.mkdtemp())
    >>> cache.put([(cache_key("raw", "v", "创建文明城市"), ["创建", "文明城市"])])
    >>> list(cache.get([cache_key("raw", "v", "创建文明城市"), cache_key("raw", "v", "未见")], "raw").values())
    [['创建', '文明城市']]
    """

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.path = self.folder / CACHE_FILE
        self._schema_ready = False

    def __getstate__(self) -> dict[str, Any]:
        return {"folder": self.folder, "path": self.path, "_schema_ready": False}

    def _connect(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=60)
        try:
            if not self._schema_ready:
                conn.execute("PRAGMA journal_mode=WAL")
                with conn:
                    for table in ("tokens", "userdict_freqs"):
                        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} "
                                     "(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
                self._schema_ready = True
            conn.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self, exc: Exception) -> None:
        """Rename a corrupt cache file (and its WAL files) out of the way and warn, naming both."""
        aside = self.path.with_name(f"{CACHE_FILE}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            pass  # another process moved it first
        except OSError as err:
            raise CorpusInputError(self.path, f"the token cache is corrupt ({exc}) and could not be moved "
                                              f"aside ({err.strerror}); delete it or pass cache_dir=None") from None
        for suffix in ("-wal", "-shm"):
            try:
                os.remove(self.path.with_name(CACHE_FILE + suffix))
            except OSError:
                pass
        self._schema_ready = False
        warnings.warn(
            f"{display_path(self.path)}: the token cache is not a usable sqlite database ({exc}); moved it to "
            f"{aside.name} and started a new cache (texts are segmented again)",
            CorpusWarning, stacklevel=4,
        )

    def _run(self, operation: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run *operation* on a fresh connection; a corrupt file is moved aside once and the operation retried."""
        for attempt in (0, 1):
            try:
                if self.folder.exists() and not self.folder.is_dir():
                    raise CorpusInputError(self.folder, "the token cache folder is a file; pass another cache_dir")
                conn = self._connect()
                try:
                    return operation(conn)
                finally:
                    conn.close()
            except sqlite3.DatabaseError as exc:
                if attempt == 0 and not isinstance(exc, sqlite3.OperationalError) and _is_corrupt(exc):
                    self._move_aside(exc)
                    continue
                raise CorpusInputError(self.path, f"the token cache cannot be used ({exc}); "
                                                  "pass cache_dir=None or another folder") from None
            except OSError as exc:
                raise CorpusInputError(self.path, f"the token cache cannot be used ({exc.strerror or exc}); "
                                                  "pass cache_dir=None or another folder") from None
        raise AssertionError("unreachable")

    def get(self, keys: Iterable[str], namespace: str) -> dict[str, list]:
        """The well-formed cached segmentations among *keys*, by key.

        Examples
        --------
        >>> import tempfile
        >>> TokenCache(tempfile.mkdtemp()).get([cache_key("raw", "v", "抓落实")], "raw")
        {}
        """
        unique = list(dict.fromkeys(keys))

        def read(conn: sqlite3.Connection) -> dict[str, list]:
            found: dict[str, list] = {}
            for start in range(0, len(unique), _SQL_CHUNK):
                chunk = unique[start:start + _SQL_CHUNK]
                marks = ",".join("?" * len(chunk))
                for key, value in conn.execute(f"SELECT key, value FROM tokens WHERE key IN ({marks})", chunk):
                    decoded = decode_segmentation(namespace, value)
                    if decoded is not None:
                        found[key] = decoded
            return found

        return self._run(read) if unique else {}

    def put(self, rows: Iterable[tuple[str, list]]) -> None:
        """Store ``(key, segmentation)`` rows in one transaction.

        Examples
        --------
        >>> import tempfile
        >>> cache = TokenCache(tempfile.mkdtemp())
        >>> cache.put([(cache_key("pos", "v", "改善"), [("改善", "v")])])
        >>> list(cache.get([cache_key("pos", "v", "改善")], "pos").values())
        [[('改善', 'v')]]
        """
        encoded = [(k, json.dumps(v, ensure_ascii=False, separators=(",", ":"))) for k, v in rows]

        def write(conn: sqlite3.Connection) -> None:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO tokens (key, value) VALUES (?, ?)", encoded)

        if encoded:
            self._run(write)

    def load_resolved(self, key: str, entries: Sequence[UserDictEntry]) -> tuple[Resolved, ...] | None:
        """Stored effective frequencies of *entries* under *key*, or None (absent or not matching).

        Examples
        --------
        >>> import tempfile
        >>> cache, entries = TokenCache(tempfile.mkdtemp()), [UserDictEntry("创文", 5000, "n", 1)]
        >>> cache.store_resolved("k", [Resolved("创文", 5000, "n", 0)])
        >>> cache.load_resolved("k", entries), cache.load_resolved("其他", entries)
        ((Resolved(word='创文', freq=5000, tag='n', stock_freq=0),), None)
        """
        row = self._run(lambda conn: conn.execute("SELECT value FROM userdict_freqs WHERE key = ?",
                                                  (key,)).fetchone())
        if row is None:
            return None
        try:
            resolved = tuple(Resolved(*item) for item in json.loads(row[0]))
        except (json.JSONDecodeError, TypeError):
            return None
        return resolved if resolved_match(entries, resolved) else None

    def store_resolved(self, key: str, resolved: Sequence[Resolved]) -> None:
        """Store effective user-dictionary frequencies under *key* (see :meth:`load_resolved`).

        Examples
        --------
        >>> import tempfile
        >>> TokenCache(tempfile.mkdtemp()).store_resolved("k", [Resolved("撂荒地", 2000, "n", 0)])
        """
        value = json.dumps([list(r) for r in resolved], ensure_ascii=False, separators=(",", ":"))

        def write(conn: sqlite3.Connection) -> None:
            with conn:
                conn.execute("INSERT OR REPLACE INTO userdict_freqs (key, value) VALUES (?, ?)", (key, value))

        self._run(write)
