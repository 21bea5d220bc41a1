"""A content-keyed cache of fitted gensim LDA models, so that a rerun reuses its fits.

A coherence grid fits one model per (K, seed); notebook 04 then reuses them,
fits subsamples and refits when it is run again.  With
``TopicModel(..., cache_dir=folder)`` a gensim LDA fit is stored as one
``.npz`` file (plain arrays, read with ``allow_pickle=False``: a shared cache
folder cannot run code) under a key that hashes everything the fit depends on:
the tokens of every document, the parameters of the estimator that shape the
fit, and the versions of corpusmine, gensim and numpy.  A hit restores the
fitted attributes and a gensim model whose :meth:`transform` gives the same
shares as the original (its topic statistics, priors and seed are stored);
the result is identical to fitting again.  A corrupt or mismatching file is
ignored and overwritten.

Only ``method="gensim_lda"`` is cached (the grid's method); the other methods
always fit.

Examples
--------
>>> import tempfile
>>> from corpusmine.stats.topic_model import TopicModel
>>> docs = [["乡村振兴", "防止返贫"], ["创文", "测评"]] * 3
>>> folder = tempfile.mkdtemp()
>>> a = TopicModel(2, min_df=1, max_df=1.0, cache_dir=folder).fit(docs)
>>> b = TopicModel(2, min_df=1, max_df=1.0, cache_dir=folder).fit(docs)   # read from the cache
>>> bool((a.topic_term_ == b.topic_term_).all()), b.cache_hit_
(True, True)
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import numpy as np

import corpusmine
from corpusmine.storage import atomic_write_bytes

__all__ = ["CACHE_VERSION", "fit_key", "load_fit", "save_fit"]

#: Bumped whenever the fitting code changes what a fit returns.
CACHE_VERSION = 1

# estimator parameters that shape a gensim LDA fit (tokenizer, top_n and metadata do not: tokens are keyed)
_FIT_PARAMS = ("n_topics", "method", "random_state", "passes", "iterations", "learning_method", "tol", "alpha",
               "eta", "min_df", "max_df")


def fit_key(model, tokens: list[list[str]]) -> str:
    """Hex key of a fit: the documents' tokens, the fit parameters, the library versions.

    Parameters
    ----------
    model : TopicModel
        The (unfitted) estimator; its parameters are read.
    tokens : list of list of str
        The documents, tokenized.

    Returns
    -------
    str
        64 hex digits.

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> k1 = fit_key(TopicModel(2), [["乡村振兴", "返贫"]])
    >>> k1 == fit_key(TopicModel(2), [["乡村振兴", "返贫"]]), k1 == fit_key(TopicModel(3), [["乡村振兴", "返贫"]])
    (True, False)
    """
    import gensim

    h = hashlib.sha256()
    params = {p: getattr(model, p) for p in _FIT_PARAMS}
    h.update(json.dumps({"params": params, "cache": CACHE_VERSION, "corpusmine": corpusmine.__version__,
                         "gensim": gensim.__version__, "numpy": np.__version__},
                        sort_keys=True, default=repr).encode("utf-8"))
    for doc in tokens:
        h.update(b"\x1e")
        h.update("\x1f".join(doc).encode("utf-8"))
    return h.hexdigest()


def _path(model, tokens) -> Path | None:
    if model.cache_dir is None or model.method != "gensim_lda":
        return None
    return Path(model.cache_dir) / f"lda-{fit_key(model, tokens)}.npz"


def load_fit(model, tokens: list[list[str]]) -> bool:
    """Restore a cached fit into ``model`` (whose ``vocab_`` is set); True on a hit.

    Parameters
    ----------
    model : TopicModel
        With ``vocab_`` and ``counts_`` set by ``fit`` and ``cache_dir`` given.
    tokens : list of list of str

    Returns
    -------
    bool
        Whether the fitted attributes were restored.

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> load_fit(TopicModel(2), [["创文", "测评"]])      # no cache_dir: never a hit
    False
    """
    path = _path(model, tokens)
    if path is None or not path.is_file():
        return False
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {name: z[name] for name in z.files}
        if arrays["vocab"].tolist() != [str(v) for v in model.vocab_]:
            return False
        from gensim.models import LdaModel

        k = int(model.n_topics)
        lda = LdaModel(corpus=None, num_topics=k, id2word={i: t for i, t in enumerate(model.vocab_)},
                       chunksize=max(1, len(tokens)), iterations=model.iterations, alpha=arrays["alpha"],
                       eta=arrays["eta"], decay=0.0 if model.learning_method == "batch" else 0.5, offset=1.0,
                       update_every=1, eval_every=None, random_state=int(model.random_state), dtype=np.float64)
        lda.state.sstats[...] = arrays["sstats"]
        lda.state.numdocs = int(arrays["numdocs"])
        lda.sync_state()
    except (OSError, KeyError, ValueError):
        return False
    model.model_ = lda
    model.topic_term_ = arrays["topic_term"]
    model.doc_topic_ = arrays["doc_topic"]
    model.history_ = arrays["history"]
    model.n_passes_ = int(arrays["n_passes"])
    model.converged_ = bool(arrays["converged"])
    model.cache_hit_ = True
    return True


def save_fit(model, tokens: list[list[str]]) -> None:
    """Store a fresh gensim LDA fit of ``model`` (atomically); nothing without ``cache_dir``.

    Parameters
    ----------
    model : TopicModel
        Just fitted.
    tokens : list of list of str
        The documents it was fitted on.

    Examples
    --------
    >>> import tempfile, os
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> folder = tempfile.mkdtemp()
    >>> tm = TopicModel(2, min_df=1, max_df=1.0, cache_dir=folder).fit([["创文", "测评"], ["返贫", "撂荒地"]])
    >>> len(os.listdir(folder))         # fit() saved it
    1
    """
    path = _path(model, tokens)
    model.cache_hit_ = False
    if path is None:
        return
    lda = model.model_
    buf = io.BytesIO()
    np.savez(buf, vocab=np.asarray([str(v) for v in model.vocab_], dtype=str),
             topic_term=model.topic_term_, doc_topic=model.doc_topic_, history=np.asarray(model.history_),
             n_passes=np.int64(model.n_passes_), converged=np.bool_(model.converged_),
             sstats=lda.state.sstats, numdocs=np.int64(lda.state.numdocs),
             alpha=np.asarray(lda.alpha, dtype=np.float64), eta=np.asarray(lda.eta, dtype=np.float64))
    atomic_write_bytes(path, buf.getvalue())
