"""Fitting back ends of :class:`corpusmine.stats.topic_model.TopicModel`: gensim LDA, scikit-learn LDA, NMF.

Each ``fit_*`` function takes the estimator and sets its fitted attributes
(``model_``, ``topic_term_``, ``doc_topic_``, ``n_passes_``, ``converged_``,
``history_``); the estimator dispatches on its ``method``.  The DMR back end
lives in :mod:`corpusmine.stats.dmr` (its package, tomotopy, is optional).

Examples
--------
>>> from corpusmine.stats.topic_model import TopicModel
>>> TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 2).n_passes_ >= 1
True
"""

from __future__ import annotations

import copy
import logging

import numpy as np

from corpusmine.stats.topic_input import row_normalise, to_bow

__all__ = ["NMF_MAX_ITER", "RESUME_PARAMS", "fit_gensim", "fit_nmf", "fit_sklearn_lda", "gensim_theta"]

#: Iteration cap of NMF (its own ``tol=1e-4`` stops it after ~30–170 iterations on the seed corpus).
NMF_MAX_ITER = 1000


#: Parameters that must agree between a fit and the fit it continues (``start``); ``passes`` may grow.
RESUME_PARAMS = ("n_topics", "method", "random_state", "iterations", "learning_method", "tol", "alpha", "eta",
                 "min_df", "max_df")


def _check_start(model, start) -> None:
    if getattr(start, "model_", None) is None or start.method != "gensim_lda":
        raise ValueError("start must be a fitted gensim_lda TopicModel with its gensim model (model_)")
    differ = [p for p in RESUME_PARAMS if repr(getattr(start, p)) != repr(getattr(model, p))]
    if int(start.passes) > int(model.passes):
        differ.append("passes")
    if list(start.vocab_) != list(model.vocab_) or start.counts_.shape != model.counts_.shape \
            or (start.counts_ != model.counts_).nnz:
        differ.append("documents")
    if differ:
        raise ValueError(f"start differs from this model in {', '.join(differ)}: it cannot be continued")


def fit_gensim(model, X, k: int, start=None) -> None:
    """Fit ``model`` (a TopicModel) with gensim's LdaModel, batch or online, one process.

    Sets ``model_``, ``topic_term_``, ``doc_topic_``, ``history_``,
    ``n_passes_`` and ``converged_`` on ``model``.  With ``start`` (a fitted
    model that differs only by fewer ``passes``) its gensim model is copied
    and its passes continued: the same computation as a fit from scratch.

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> tm = TopicModel(2, min_df=1, max_df=1.0, passes=5).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 2)
    >>> tm.model_.__class__.__name__, tm.n_passes_ <= 5
    ('LdaModel', True)
    """
    bow = to_bow(X)
    if start is not None:
        _check_start(model, start)
        model.model_ = copy.deepcopy(start.model_)
        history = [float(h) for h in start.history_]
    else:
        model.model_ = _new_gensim(model, bow, k)
        history = []
    # One pass per update() call so that convergence can be checked between passes.  With
    # rho = 1 this is exactly the same computation as update(passes=n).  gensim warns "too few
    # updates" on every single-pass call; that warning is about the online schedule, not this loop.
    lda_log = logging.getLogger("gensim.models.ldamodel")
    saved_level = lda_log.level
    lda_log.setLevel(logging.ERROR)
    prev = model.model_.get_topics()
    try:
        while len(history) < int(model.passes) and not (history and history[-1] < model.tol):
            model.model_.update(bow, passes=1)
            cur = model.model_.get_topics()
            history.append(float(np.abs(cur - prev).sum(axis=1).max()))
            prev = cur
    finally:
        lda_log.setLevel(saved_level)
    model.history_ = np.asarray(history)
    model.n_passes_ = len(history)
    model.converged_ = bool(history) and history[-1] < model.tol
    model.topic_term_ = prev
    model.doc_topic_ = gensim_theta(model, bow)


def _new_gensim(model, bow, k: int):
    from gensim.models import LdaModel

    batch = model.learning_method == "batch"
    return LdaModel(
        corpus=None,
        num_topics=k,
        id2word={i: t for i, t in enumerate(model.vocab_)},
        chunksize=max(1, len(bow)),
        iterations=model.iterations,
        alpha="symmetric" if model.alpha is None else model.alpha,
        eta=model.eta,
        # rho = (offset + t) ** -decay; decay 0 gives rho = 1: every pass replaces the topics by
        # the new expected counts, i.e. batch variational EM (one chunk = the whole corpus).
        decay=0.0 if batch else 0.5,
        offset=1.0,
        update_every=1,
        eval_every=None,
        random_state=int(model.random_state),
        dtype=np.float64,
    )


def gensim_theta(model, bow) -> np.ndarray:
    """Topic shares of documents (gensim bag of words) under a fitted gensim model, reproducibly.

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> tm = TopicModel(2, min_df=1, max_df=1.0, passes=5).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 2)
    >>> gensim_theta(tm, [[(0, 1)]]).shape
    (1, 2)
    """
    # Reseed the E-step's random start so that the same document always gets the same shares.
    saved = model.model_.random_state
    model.model_.random_state = np.random.RandomState(int(model.random_state))
    try:
        gamma, _ = model.model_.inference(bow)
    finally:
        model.model_.random_state = saved
    return row_normalise(gamma)


def fit_sklearn_lda(model, X, k: int) -> None:
    """Fit ``model`` with scikit-learn's LatentDirichletAllocation.

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> tm = TopicModel(2, method="sklearn_lda", min_df=1, max_df=1.0).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 2)
    >>> tm.doc_topic_.shape
    (4, 2)
    """
    from sklearn.decomposition import LatentDirichletAllocation

    prior = None if model.alpha in (None, "symmetric") else float(model.alpha)
    model.model_ = LatentDirichletAllocation(
        n_components=k,
        doc_topic_prior=prior,
        topic_word_prior=None if model.eta is None else float(model.eta),
        learning_method=model.learning_method,
        max_iter=model.passes,
        max_doc_update_iter=model.iterations,
        evaluate_every=5,
        perp_tol=0.5,
        random_state=int(model.random_state),
    )
    model.doc_topic_ = row_normalise(model.model_.fit_transform(X))
    model.topic_term_ = model.model_.components_
    model.n_passes_, model.history_ = int(model.model_.n_iter_), None
    model.converged_ = model.n_passes_ < int(model.passes)


def fit_nmf(model, X, k: int) -> None:
    """Fit ``model`` with NMF of the tf-idf matrix (``init="nndsvda"``).

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> tm = TopicModel(2, method="nmf", min_df=1, max_df=1.0).fit([["乡村振兴", "返贫"], ["创文", "测评"], ["乡村振兴", "测评"]])
    >>> tm.topic_term_.shape
    (2, 4)
    """
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfTransformer

    model.tfidf_ = TfidfTransformer()
    T = model.tfidf_.fit_transform(X)
    model.model_ = NMF(n_components=k, init="nndsvda", max_iter=NMF_MAX_ITER, random_state=int(model.random_state))
    W = model.model_.fit_transform(T)
    model.doc_topic_ = row_normalise(W)
    model.topic_term_ = model.model_.components_
    model.n_passes_ = int(model.model_.n_iter_)
    model.converged_, model.history_ = model.n_passes_ < NMF_MAX_ITER, None
