"""The one cache of topic-model fits: content-keyed, stored as JSON and ``.npz`` (never pickle).

Topic models dominate notebook 04: a coherence grid over K and seeds, the
reference model, subsample and comparison models.  With
``TopicModel(..., cache_dir=folder)`` (a path or a :class:`FitCache`) every
fit is stored in ``folder`` as ``<key>.json`` (scalars, names) and
``<key>.npz`` (arrays, read with ``allow_pickle=False``: a shared cache folder
cannot run code).  The key is a SHA-256 over the documents' tokens and
metadata, the estimator's parameters, the library versions and the source of
the modelling code, so any change to data, parameters or code is a cache
miss, never a stale hit.  :func:`~corpusmine.stats.topic_eval.coherence_grid`
and :func:`~corpusmine.stats.topic_eval.subsample_models` pass ``cache_dir``
on to every model they fit, and the grid also keeps its coherence scores
here.  The notebooks keep the folder beside the processed corpus
(``config.cache_dir(processed_dir) / "fits"``, :func:`corpusmine.report.setup`).

A restored model gives exactly the numbers of a fresh fit (arrays are stored
bit for bit).  A gensim model is rebuilt from its sufficient statistics,
priors and random state, so ``transform`` of new documents and resuming the
fit work as on the original; tomotopy's DMR is kept in its own byte format.
A restored scikit-learn LDA or NMF model has ``model_ = None`` (``transform``
needs a refit).  A damaged entry is a miss (with a warning) and is rewritten.

Examples
--------
>>> import tempfile
>>> from corpusmine.stats.topic_model import TopicModel
>>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
>>> with tempfile.TemporaryDirectory() as d:
...     cache = FitCache(d)
...     cold = TopicModel(2, min_df=1, max_df=1.0, cache_dir=cache).fit(docs)
...     warm = TopicModel(2, min_df=1, max_df=1.0, cache_dir=cache).fit(docs)
...     bool((cold.topic_term_ == warm.topic_term_).all()), warm.cache_hit_, (cache.hits, cache.misses)
(True, True, (1, 1))
"""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from importlib import metadata as _metadata
from pathlib import Path

import numpy as np
import pandas as pd

import corpusmine
from corpusmine import config
from corpusmine.storage import atomic_write_bytes, atomic_write_text

__all__ = ["CACHE_VERSION", "FitCache", "as_fit_cache", "fit_key", "load_fit", "model_key", "save_fit"]

#: Bumped whenever what is stored for a fit changes.
CACHE_VERSION = 2

_LIBRARIES = ("numpy", "scipy", "scikit-learn", "gensim", "tomotopy")
# the modelling code whose source is part of every key (a change to any of them is a miss)
_CODE_MODULES = ("topic_model", "topic_backends", "topic_input", "dmr", "topic_cache", "coherence")
# estimator parameters that do not change the fitted state (top_n only shapes labels, recomputed on load)
_NOT_KEYED = ("tokenizer", "cache_dir", "top_n")


def _library_versions() -> dict[str, str]:
    out = {"corpusmine": corpusmine.__version__, "cache": str(CACHE_VERSION)}
    for name in _LIBRARIES:
        try:
            out[name] = _metadata.version(name)
        except _metadata.PackageNotFoundError:
            out[name] = "absent"
    return out


def _code_digest() -> str:
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in _CODE_MODULES:
        h.update((here / f"{name}.py").read_bytes())
    h.update((here.parent / "features.py").read_bytes())       # count_vectorizer builds the counts
    return h.hexdigest()


def _plain(value):
    """A JSON-able stand-in for a parameter value (numbers and strings as they are)."""
    if isinstance(value, (str, bool, int, float)) or value is None:
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    return repr(value)


def fit_key(kind: str, data: pd.DataFrame, params: dict) -> str:
    """The cache key of one fit: SHA-256 over tokens, metadata, parameters, versions and code.

    Parameters
    ----------
    kind : str
        What is fitted or computed (e.g. ``"TopicModel"``, ``"coherence"``).
    data : DataFrame
        The documents with a ``tokens`` column (lists of str); every other
        column (``speech_id``, ``group`` …) is part of the key too, as its
        string values.
    params : dict
        The parameters (``tokenizer``, ``cache_dir`` and ``top_n`` are left
        out: the tokens are in the key, labels are recomputed).

    Returns
    -------
    str
        64 hex digits.

    Examples
    --------
    >>> d = pd.DataFrame({"group": ["rural"], "tokens": [["乡村振兴", "撂荒地"]]})
    >>> fit_key("TopicModel", d, {"n_topics": 2}) == fit_key("TopicModel", d, {"n_topics": 2})
    True
    >>> fit_key("TopicModel", d, {"n_topics": 2}) == fit_key("TopicModel", d, {"n_topics": 3})
    False
    """
    if "tokens" not in data.columns:
        raise KeyError("fit_key needs a 'tokens' column (lists of str)")
    h = hashlib.sha256()
    head = {"kind": kind, "params": {k: _plain(v) for k, v in sorted(params.items()) if k not in _NOT_KEYED},
            "versions": _library_versions(), "code": _code_digest(), "columns": [str(c) for c in data.columns],
            "n": len(data)}
    h.update(json.dumps(head, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    for c in data.columns:
        h.update(b"\x00column\x00" + str(c).encode("utf-8"))
        if c == "tokens":
            for toks in data[c]:
                h.update(("\x1f".join(map(str, toks)) + "\x1e").encode("utf-8"))
        else:
            h.update(("\x1e".join(map(str, data[c].tolist()))).encode("utf-8"))
    return h.hexdigest()


class FitCache:
    """Fitted model states (and other costly results) in a folder, as ``<key>.json`` + ``<key>.npz``.

    Parameters
    ----------
    folder : path-like, optional
        Default ``config.cache_dir() / "fits"`` (beside the processed corpus).
    enabled : bool
        False: every lookup misses and nothing is written (for timing cold runs).

    Attributes
    ----------
    hits, misses : int
        Lookups served from the folder, and fits made (counted in this
        process; fits made in worker processes are added by the grid).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     c = FitCache(d)
    ...     c.put("创文", {"k": 2}, {"phi": np.eye(2)})
    ...     info, arrays = c.get("创文")
    ...     info, arrays["phi"].tolist(), sorted(p.suffix for p in Path(d).iterdir())
    ({'k': 2}, [[1.0, 0.0], [0.0, 1.0]], ['.json', '.npz'])
    """

    def __init__(self, folder=None, *, enabled: bool = True) -> None:
        self.folder = Path(folder) if folder is not None else config.cache_dir() / "fits"
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    def __repr__(self) -> str:
        return f"FitCache({str(self.folder)!r}, hits={self.hits}, misses={self.misses})"

    def get(self, key: str):
        """``(info, arrays)`` stored under ``key``, or None.

        Parameters
        ----------
        key : str
            From :func:`fit_key`.

        Returns
        -------
        tuple of (dict, dict of ndarray) or None

        Examples
        --------
        >>> FitCache("/nonexistent/缓存").get("abc") is None
        True
        """
        if not self.enabled:
            return None
        js, npz = self.folder / f"{key}.json", self.folder / f"{key}.npz"
        if not (js.is_file() and npz.is_file()):
            return None
        try:
            info = json.loads(js.read_text(encoding="utf-8"))
            with np.load(npz, allow_pickle=False) as f:
                arrays = {k: f[k] for k in f.files}
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:   # a damaged entry is a miss, rewritten
            warnings.warn(f"fit cache entry {npz} unreadable ({exc}); refitting", stacklevel=2)
            return None
        return info, arrays

    def has(self, key: str) -> bool:
        """Whether an entry is stored under ``key`` (without reading it).

        Examples
        --------
        >>> FitCache("/nonexistent/缓存").has("abc")
        False
        """
        return self.enabled and (self.folder / f"{key}.json").is_file() and (self.folder / f"{key}.npz").is_file()

    def put(self, key: str, info: dict, arrays: dict) -> None:
        """Store ``info`` (JSON) and ``arrays`` (npz, no object arrays) under ``key``, atomically.

        Parameters
        ----------
        key : str
        info : dict
            JSON-able.
        arrays : dict of str to ndarray
            Numeric or unicode arrays.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     FitCache(d).put("k", {"label": "乡村振兴"}, {"x": np.arange(3)})
        ...     FitCache(d).get("k")[0]
        {'label': '乡村振兴'}
        """
        if not self.enabled:
            return
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        atomic_write_bytes(self.folder / f"{key}.npz", buf.getvalue())
        atomic_write_text(self.folder / f"{key}.json", json.dumps(info, ensure_ascii=False, sort_keys=True))


def as_fit_cache(cache_dir) -> FitCache | None:
    """A :class:`FitCache` for a ``cache_dir`` argument: None, a folder, or a FitCache (returned as it is).

    Examples
    --------
    >>> as_fit_cache(None) is None, as_fit_cache("缓存/fits").folder.name
    (True, 'fits')
    """
    if cache_dir is None or isinstance(cache_dir, FitCache):
        return cache_dir
    return FitCache(cache_dir)


def model_key(model, meta: pd.DataFrame, tokens: list[list[str]]) -> str:
    """The key of ``model.fit`` on these documents (:func:`fit_key` of its parameters, metadata and tokens).

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> meta = pd.DataFrame({"doc_id": [0]})
    >>> model_key(TopicModel(2), meta, [["乡村振兴"]]) == model_key(TopicModel(3), meta, [["乡村振兴"]])
    False
    """
    data = meta.assign(tokens=tokens) if "tokens" not in meta.columns else meta
    return fit_key(type(model).__name__, data, dict(model.get_params(deep=False)))


# ------------------------------------------------------------------------------ fitted state


def _gensim_state(lda) -> dict:
    kind, keys, pos, has_gauss, gauss = lda.random_state.get_state()
    return {"g_sstats": lda.state.sstats, "g_numdocs": np.int64(lda.state.numdocs),
            "g_alpha": np.asarray(lda.alpha, dtype=np.float64), "g_eta": np.asarray(lda.eta, dtype=np.float64),
            "g_num_updates": np.int64(lda.num_updates), "g_rs_keys": np.asarray(keys),
            "g_rs_pos": np.int64(pos), "g_rs_gauss": np.asarray([has_gauss, gauss], dtype=np.float64)}


def _gensim_model(model, arrays: dict):
    from gensim.models import LdaModel

    lda = LdaModel(corpus=None, num_topics=int(model.n_topics), id2word={i: t for i, t in enumerate(model.vocab_)},
                   chunksize=max(1, int(model.counts_.shape[0])), iterations=model.iterations,
                   alpha=arrays["g_alpha"], eta=arrays["g_eta"],
                   decay=0.0 if model.learning_method == "batch" else 0.5, offset=1.0, update_every=1,
                   eval_every=None, random_state=int(model.random_state), dtype=np.float64)
    lda.state.sstats[...] = arrays["g_sstats"]
    lda.state.numdocs = int(arrays["g_numdocs"])
    lda.num_updates = int(arrays["g_num_updates"])
    lda.sync_state()
    has_gauss, gauss = arrays["g_rs_gauss"].tolist()
    lda.random_state.set_state(("MT19937", arrays["g_rs_keys"], int(arrays["g_rs_pos"]), int(has_gauss), gauss))
    return lda


def save_fit(model, cache: FitCache, key: str) -> None:
    """Store the fitted state of ``model`` (just fitted) under ``key``.

    Parameters
    ----------
    model : TopicModel
    cache : FitCache
    key : str
        From :func:`model_key`.

    Examples
    --------
    >>> import tempfile, os
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> folder = tempfile.mkdtemp()
    >>> tm = TopicModel(2, min_df=1, max_df=1.0, cache_dir=folder).fit([["创文", "测评"], ["返贫", "撂荒地"]])
    >>> sorted(os.path.splitext(f)[1] for f in os.listdir(folder))         # fit() saved it
    ['.json', '.npz']
    """
    arrays = {"topic_term": np.asarray(model.topic_term_), "doc_topic": np.asarray(model.doc_topic_),
              "vocab": np.asarray([str(v) for v in model.vocab_], dtype=str)}
    info = {"n_passes": int(model.n_passes_), "converged": bool(model.converged_),
            "has_history": model.history_ is not None, "method": model.method}
    if model.history_ is not None:
        arrays["history"] = np.asarray(model.history_)
    prior = getattr(model, "metadata_prior_", None)
    if prior is not None:
        arrays["prior"] = prior.to_numpy()
        info["prior_index"] = [str(v) for v in prior.index]
        info["prior_index_name"] = prior.index.name
        info["prior_columns"] = [_plain(c) for c in prior.columns]
    if model.method == "gensim_lda":
        arrays.update(_gensim_state(model.model_))
    elif model.method == "tomotopy_dmr":
        arrays["tomotopy"] = np.frombuffer(bytes(model.model_.saves()), dtype=np.uint8)
    cache.put(key, info, arrays)


def load_fit(model, cache: FitCache, key: str) -> bool:
    """Restore the fitted state stored under ``key`` into ``model``; True on a hit.

    ``model`` must have ``vocab_`` and ``counts_`` set (``fit`` sets them
    before it asks the cache); a stored vocabulary that differs is a miss.

    Parameters
    ----------
    model : TopicModel
    cache : FitCache
    key : str

    Returns
    -------
    bool

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> load_fit(TopicModel(2), FitCache("/nonexistent/缓存"), "abc")
    False
    """
    hit = cache.get(key)
    if hit is None:
        return False
    info, arrays = hit
    try:
        if arrays["vocab"].tolist() != [str(v) for v in model.vocab_] or info.get("method") != model.method:
            return False
        model.model_ = None
        if model.method == "gensim_lda":
            model.model_ = _gensim_model(model, arrays)
        elif model.method == "tomotopy_dmr":
            import tomotopy as tp

            model.model_ = tp.DMRModel.loads(arrays["tomotopy"].tobytes())
        elif model.method == "nmf":
            from sklearn.feature_extraction.text import TfidfTransformer

            model.tfidf_ = TfidfTransformer().fit(model.counts_)
        model.topic_term_ = arrays["topic_term"]
        model.doc_topic_ = arrays["doc_topic"]
        model.n_passes_ = int(info["n_passes"])
        model.converged_ = bool(info["converged"])
        model.history_ = arrays["history"] if info["has_history"] else None
        if "prior" in arrays:
            model.metadata_prior_ = pd.DataFrame(arrays["prior"], columns=info["prior_columns"],
                                                 index=pd.Index(info["prior_index"], name=info["prior_index_name"]))
    except (KeyError, ValueError, TypeError) as exc:
        warnings.warn(f"fit cache entry {key} incomplete ({exc}); refitting", stacklevel=2)
        return False
    return True
