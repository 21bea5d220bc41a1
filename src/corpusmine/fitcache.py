"""A cache of expensive model fits, keyed by content, stored as JSON and ``.npz`` (never pickle).

Topic models dominate the notebook suite: notebook 04 fits a coherence grid
over K and seeds, subsample and comparison models.  :class:`FitCache` keeps
the *fitted state* of such a model (topic-term and document-topic matrices,
vocabulary, counts, convergence record, DMR prior) in a folder beside the
processed corpus (``config.cache_dir(processed_dir) / "fits"``), one
``<key>.json`` (scalars, names) and one ``<key>.npz`` (arrays, loaded with
``allow_pickle=False``) per fit.  The key is a SHA-256 over the documents'
tokens and metadata, the model class and parameters, the corpusmine version,
the source of the modelling code and the versions of the fitting libraries,
so any change to data, parameters or code is a cache miss, never a stale hit.

A model restored from the cache gives exactly the numbers of a fresh fit
(arrays are stored bit for bit): ``top_terms``, ``topic_stability``,
``topic_prevalence``, ``metadata_prior_`` and the topic browser.  The
underlying library object (``model_``) is not stored, except tomotopy's own
byte format for DMR; a restored gensim, scikit-learn or NMF model has
``model_ = None`` and ``transform`` of new documents needs a refit.

Examples
--------
>>> import tempfile
>>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
>>> with tempfile.TemporaryDirectory() as d:
...     cache = FitCache(d)
...     cold = fit_topic_model(TopicModel(2, min_df=1, max_df=1.0), docs, cache=cache)
...     warm = fit_topic_model(TopicModel(2, min_df=1, max_df=1.0), docs, cache=cache)
...     (cold.topic_term_ == warm.topic_term_).all(), cache.hits, cache.misses
(np.True_, 1, 1)
"""

from __future__ import annotations

import hashlib
import inspect
import io
import json
import warnings
import zipfile
from importlib import metadata as _metadata
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

import corpusmine
from corpusmine import config
from corpusmine.stats import topics as topics_mod
from corpusmine.stats.topics import TopicModel
from corpusmine.storage import atomic_write_bytes, atomic_write_text
from corpusmine.tokens.tokenizer import Tokenizer

__all__ = ["FitCache", "fit_key", "tokens_frame", "fit_topic_model", "coherence_grid", "subsample_models",
           "TopicModel"]

_LIBRARIES = ("numpy", "scipy", "scikit-learn", "gensim", "tomotopy")
# the source files of the fitting code (followed if the topic module is split), and this module
_CODE_FILES = tuple(sorted({Path(inspect.getsourcefile(obj)) for obj in (
    TopicModel, topics_mod.coherence_grid, topics_mod.subsample_models)} | {Path(__file__)}))


def _library_versions() -> dict[str, str]:
    out = {"corpusmine": corpusmine.__version__}
    for name in _LIBRARIES:
        try:
            out[name] = _metadata.version(name)
        except _metadata.PackageNotFoundError:
            out[name] = "absent"
    return out


def _code_digest() -> str:
    h = hashlib.sha256()
    for p in _CODE_FILES:
        h.update(p.read_bytes())
    return h.hexdigest()


def _plain(value):
    """A JSON-able stand-in for a parameter value (numbers and strings as they are)."""
    if isinstance(value, (str, bool, int, float)) or value is None:
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return repr(value)


def fit_key(kind: str, data: pd.DataFrame, params: dict) -> str:
    """The cache key of one fit: SHA-256 over tokens, metadata, parameters, versions and code.

    Parameters
    ----------
    kind : str
        What is fitted (e.g. ``"TopicModel"``, ``"coherence_grid"``).
    data : DataFrame
        The documents with a ``tokens`` column (lists of str); every other
        column (``speech_id``, ``group`` …) is part of the key too, as its
        string values.
    params : dict
        The parameters of the fit (the tokenizer is left out: the tokens are
        in the key).

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
        raise KeyError("fit_key needs a 'tokens' column (see tokens_frame)")
    h = hashlib.sha256()
    head = {"kind": kind, "params": {k: _plain(v) for k, v in sorted(params.items()) if k != "tokenizer"},
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


def tokens_frame(docs: pd.DataFrame, tokenizer=None) -> pd.DataFrame:
    """``docs`` with a ``tokens`` column, segmented once (kept as it is if present).

    The topic functions give the same models for a frame with tokens as for
    the same frame with text only; with tokens the cache key can be computed
    without segmenting twice.

    Parameters
    ----------
    docs : DataFrame
        With a ``text`` column (e.g. from :func:`corpusmine.features.documents`)
        or a ``tokens`` column.
    tokenizer : Tokenizer, optional
        Default ``corpusmine.Tokenizer()``.

    Returns
    -------
    DataFrame
        A new frame, index reset.

    Examples
    --------
    >>> tokens_frame(pd.DataFrame({"text": ["要把人居环境整治抓实抓细"]}))["tokens"].iloc[0]
    ['人居环境', '整治', '抓实', '抓细']
    """
    if "tokens" in docs.columns:
        return docs.reset_index(drop=True)
    if "text" not in docs.columns:
        raise KeyError("docs must have a 'text' or a 'tokens' column (see corpusmine.features.documents)")
    if tokenizer is None:
        tokenizer = Tokenizer()
    meta = docs.reset_index(drop=True)
    return meta.assign(tokens=[list(t) for t in tokenizer.cut_many(meta["text"].tolist())])


class FitCache:
    """Fitted model states in a folder, as ``<key>.json`` + ``<key>.npz``.

    Parameters
    ----------
    folder : path-like, optional
        Default ``config.cache_dir() / "fits"`` (beside the processed corpus).
    enabled : bool
        False: every lookup misses and nothing is written (for timing cold runs).

    Attributes
    ----------
    hits, misses : int
        Lookups served from the folder, and fits made.

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

    def put(self, key: str, info: dict, arrays: dict) -> None:
        """Store ``info`` (JSON) and ``arrays`` (npz, no object arrays) under ``key``.

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


# -------------------------------------------------------------------------------- topic models


def _model_params(model: TopicModel) -> dict:
    return {k: v for k, v in model.get_params().items() if k != "tokenizer"}


def _state(model: TopicModel) -> tuple[dict, dict]:
    X = model.counts_.tocsr()
    arrays = {
        "topic_term": np.asarray(model.topic_term_), "doc_topic": np.asarray(model.doc_topic_),
        "vocab": np.asarray([str(v) for v in model.vocab_], dtype=str),
        "counts_data": X.data, "counts_indices": X.indices, "counts_indptr": X.indptr,
        "counts_shape": np.asarray(X.shape, dtype=np.int64),
    }
    info = {"n_passes": int(model.n_passes_), "converged": bool(model.converged_), "labels": list(model.labels_),
            "has_history": model.history_ is not None}
    if model.history_ is not None:
        arrays["history"] = np.asarray(model.history_)
    prior = getattr(model, "metadata_prior_", None)
    if prior is not None:
        arrays["prior"] = prior.to_numpy()
        info["prior_index"] = [str(v) for v in prior.index]
        info["prior_index_name"] = prior.index.name
        info["prior_columns"] = [_plain(c) for c in prior.columns]
    if model.method == "tomotopy_dmr" and getattr(model, "model_", None) is not None:
        arrays["tomotopy"] = np.frombuffer(bytes(model.model_.saves()), dtype=np.uint8)
    return info, arrays


def _restore(model: TopicModel, data: pd.DataFrame, info: dict, arrays: dict) -> TopicModel:
    """Set the fitted attributes of ``model`` as ``model.fit(data)`` would."""
    model.docs_ = data.drop(columns="tokens").reset_index(drop=True)
    model.tokens_ = [[str(t) for t in d] for d in data["tokens"]]
    model.vocab_ = np.asarray(arrays["vocab"].tolist(), dtype=object)
    shape = tuple(int(s) for s in arrays["counts_shape"])
    model.counts_ = sparse.csr_matrix((arrays["counts_data"], arrays["counts_indices"], arrays["counts_indptr"]),
                                      shape=shape)
    model.doc_lengths_ = np.asarray(model.counts_.sum(axis=1)).ravel().astype(np.int64)
    model.topic_term_ = arrays["topic_term"]
    model.doc_topic_ = arrays["doc_topic"]
    model.n_passes_ = info["n_passes"]
    model.converged_ = info["converged"]
    model.history_ = arrays["history"] if info["has_history"] else None
    model.labels_ = list(info["labels"])
    model.model_ = None
    if "prior" in arrays:
        model.metadata_prior_ = pd.DataFrame(arrays["prior"], columns=info["prior_columns"],
                                             index=pd.Index(info["prior_index"], name=info["prior_index_name"]))
    if "tomotopy" in arrays:
        import tomotopy as tp

        model.model_ = tp.DMRModel.loads(arrays["tomotopy"].tobytes())
    return model


def fit_topic_model(model: TopicModel, docs, *, cache: FitCache | None = None) -> TopicModel:
    """``model.fit(docs)``, or its fitted state from ``cache`` when the same fit was made before.

    Parameters
    ----------
    model : TopicModel
        Unfitted; its parameters are part of the key.
    docs : DataFrame
        With ``text`` (segmented with ``model.tokenizer``) or ``tokens``.
    cache : FitCache, optional
        None: fit without a cache.

    Returns
    -------
    TopicModel
        ``model``, fitted (or restored).

    Examples
    --------
    >>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
    >>> fit_topic_model(TopicModel(2, min_df=1, max_df=1.0), docs).topic_term_.shape
    (2, 6)
    """
    if not isinstance(docs, pd.DataFrame):
        docs = pd.DataFrame({"doc_id": np.arange(len(docs)), "tokens": [list(d) for d in docs]})
    data = tokens_frame(docs, model.tokenizer)
    if cache is None:
        return model.fit(data)
    key = fit_key(type(model).__name__, data, _model_params(model))
    hit = cache.get(key)
    if hit is not None:
        cache.hits += 1
        return _restore(model, data, *hit)
    cache.misses += 1
    model.fit(data)
    cache.put(key, *_state(model))
    return model


def coherence_grid(docs, ks=(4, 6, 8, 10, 12), *, seeds=(0, 1, 2), tokenizer=None, cache: FitCache | None = None,
                   **kwargs):
    """:func:`corpusmine.stats.topics.coherence_grid` with ``return_models=True``, through the cache.

    One cache entry holds the grid table and every (K, seed) model.

    Parameters
    ----------
    docs : DataFrame
        With ``text`` or ``tokens``.
    ks, seeds, tokenizer, **kwargs
        As in :func:`corpusmine.stats.topics.coherence_grid` (``measures``,
        ``top_n``, ``method``, model parameters).
    cache : FitCache, optional
        None: no cache.

    Returns
    -------
    (DataFrame, dict)
        The grid and ``{(k, seed): TopicModel}``.

    Examples
    --------
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3})
    >>> grid, models = coherence_grid(docs, ks=(2,), seeds=(0, 1), measures=("c_npmi",), min_df=1, max_df=1.0,
    ...                               top_n=3)
    >>> sorted(models), len(grid)
    ([(2, 0), (2, 1)], 2)
    """
    data = tokens_frame(docs, tokenizer)
    params = dict(kwargs, ks=[int(k) for k in ks], seeds=[int(s) for s in seeds])
    key = fit_key("coherence_grid", data, params) if cache is not None else None
    hit = cache.get(key) if cache is not None else None
    method = kwargs.get("method", "gensim_lda")
    model_params = {k: v for k, v in kwargs.items()
                    if k not in ("method", "measures", "top_n", "n_jobs", "screen", "choose_by")}
    top_n = kwargs.get("top_n", 10)
    if hit is not None:
        cache.hits += 1
        info, arrays = hit
        grid = pd.DataFrame(info["grid"], columns=[c for c in info["grid_columns"] if c != "coherence"])
        grid = grid.assign(coherence=arrays["grid_coherence"])[info["grid_columns"]]
        grid.attrs.update(info.get("attrs", {}))
        models = {}
        for i, (k, seed) in enumerate(info["jobs"]):
            sub_info = info["models"][i]
            sub_arrays = {name[len(f"m{i}_"):]: a for name, a in arrays.items() if name.startswith(f"m{i}_")}
            m = TopicModel(int(k), method=method, random_state=int(seed), top_n=top_n, **model_params)
            models[(int(k), int(seed))] = _restore(m, data, sub_info, sub_arrays)
        return grid, models
    grid, models = topics_mod.coherence_grid(data, ks=ks, seeds=seeds, tokenizer=tokenizer, return_models=True,
                                             **kwargs)
    if cache is not None:
        cache.misses += 1
        info = {"grid": grid.drop(columns="coherence").values.tolist(), "grid_columns": list(grid.columns),
                "jobs": [list(j) for j in models], "models": [],
                "attrs": {k: _plain(v) if not isinstance(v, dict) else {a: _plain(b) for a, b in v.items()}
                          for k, v in grid.attrs.items()}}
        arrays = {"grid_coherence": grid["coherence"].to_numpy()}
        for i, m in enumerate(models.values()):
            sub_info, sub_arrays = _state(m)
            info["models"].append(sub_info)
            arrays.update({f"m{i}_{name}": a for name, a in sub_arrays.items()})
        info["grid"] = [[_plain(v) for v in row] for row in info["grid"]]
        cache.put(key, info, arrays)
    return grid, models


def subsample_models(docs, n_topics: int, *, tokenizer=None, cache: FitCache | None = None, **kwargs):
    """:func:`corpusmine.stats.topics.subsample_models` through the cache (one entry for all runs).

    Parameters
    ----------
    docs : DataFrame
        With ``text`` or ``tokens``.
    n_topics : int
    tokenizer : Tokenizer, optional
    cache : FitCache, optional
    **kwargs
        As in :func:`corpusmine.stats.topics.subsample_models`.

    Returns
    -------
    list of TopicModel

    Examples
    --------
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 5})
    >>> [len(m.docs_) for m in subsample_models(docs, 2, n_runs=2, min_df=1, max_df=1.0)]
    [8, 8]
    """
    data = tokens_frame(docs, tokenizer)
    key = fit_key("subsample_models", data, dict(kwargs, n_topics=int(n_topics))) if cache is not None else None
    hit = cache.get(key) if cache is not None else None
    if hit is None:
        runs = topics_mod.subsample_models(data, n_topics, tokenizer=tokenizer, **dict(kwargs))
        if cache is not None:
            cache.misses += 1
            info, arrays = {"models": []}, {}
            for i, m in enumerate(runs):
                sub_info, sub_arrays = _state(m)
                info["models"].append(sub_info)
                arrays.update({f"m{i}_{name}": a for name, a in sub_arrays.items()})
                arrays[f"m{i}_rows"] = m.docs_["row"].to_numpy()
            cache.put(key, info, arrays)
        return runs
    cache.hits += 1
    info, arrays = hit
    frame = data.assign(row=np.arange(len(data)))
    # the parameters subsample_models passes on to every model
    model_params = {k: v for k, v in kwargs.items() if k not in ("n_runs", "frac", "random_state", "n_jobs", "method")}
    runs = []
    for i, sub_info in enumerate(info["models"]):
        sub_arrays = {name[len(f"m{i}_"):]: a for name, a in arrays.items() if name.startswith(f"m{i}_")}
        part = frame.iloc[sub_arrays["rows"]].reset_index(drop=True)
        m = TopicModel(int(n_topics), method=kwargs.get("method", "gensim_lda"),
                       random_state=int(kwargs.get("random_state", 0)), **model_params)
        runs.append(_restore(m, part, sub_info, sub_arrays))
    return runs
