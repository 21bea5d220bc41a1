"""Dirichlet-multinomial regression (DMR) topics: the optional, covariate-aware back end.

``TopicModel(method="tomotopy_dmr")`` fits Dirichlet-multinomial regression
(Mimno & McCallum 2008) with tomotopy's ``DMRModel``: each campaign gets its
own Dirichlet prior over topics.  tomotopy is optional (the extra
``corpusmine[dmr]``): ``import corpusmine`` never needs it, and fitting a DMR
model without it raises an ImportError naming the extra.

tomotopy picks a SIMD code path (AVX-512, AVX2, SSE2) at run time, so the
same seed gives different Gibbs chains on different CPUs: its topics, labels
and priors are reproducible on one machine only.  :func:`dmr_summary`
therefore reports DMR against the LDA topics it matches, and the notebook
writes it to ``build/`` rather than to the committed ``figures/``.

Examples
--------
>>> import pandas as pd
>>> from corpusmine.stats.topic_model import TopicModel
>>> docs = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3, "group": ["rural", "civ"] * 3})
>>> TopicModel(2, method="tomotopy_dmr", min_df=1, max_df=1.0, passes=2).fit(docs).doc_topic_.shape
(6, 2)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpusmine.stats.topic_input import row_normalise

__all__ = ["dmr_theta", "fit_dmr", "import_tomotopy"]


def import_tomotopy():
    """tomotopy, or an ImportError naming the extra that installs it.

    Examples
    --------
    >>> import_tomotopy().__name__          # 可选依赖 corpusmine[dmr]
    'tomotopy'
    """
    try:
        import tomotopy
    except ImportError:
        raise ImportError(
            "method='tomotopy_dmr' needs the optional package tomotopy (a Dirichlet-multinomial "
            "regression topic model, the Python counterpart of R's stm with a categorical "
            "covariate), which is not installed. Install the extra: pip install 'corpusmine[dmr]'"
        ) from None
    return tomotopy


def fit_dmr(model, X, k: int, meta: pd.DataFrame) -> None:
    """Fit ``model`` as Dirichlet-multinomial regression (tomotopy's ``DMRModel``, one worker).

    Examples
    --------
    >>> import pandas as pd
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3, "group": ["rural", "civ"] * 3})
    >>> tm = TopicModel(2, method="tomotopy_dmr", min_df=1, max_df=1.0, passes=2).fit(docs)
    >>> sorted(tm.metadata_prior_.index)
    ['civ', 'rural']
    """
    tp = import_tomotopy()
    if model.metadata not in meta.columns:
        raise KeyError(f"method='tomotopy_dmr' needs a {model.metadata!r} column in docs")
    # tomotopy's defaults for DMR: alpha 0.1 (the initial exp(lambda)), eta 0.01
    alpha = 0.1 if model.alpha in (None, "symmetric") else float(model.alpha)
    eta = 0.01 if model.eta is None else float(model.eta)
    mdl = tp.DMRModel(k=k, alpha=alpha, eta=eta, seed=int(model.random_state))
    labels = meta[model.metadata].astype(str).tolist()
    keep = set(model.vocab_.tolist())
    index = []
    for i, toks in enumerate(model.tokens_):
        words = [w for w in toks if w in keep]
        if words:
            mdl.add_doc(words, metadata=labels[i])
            index.append(i)
    # 10 Gibbs sweeps per "pass", one worker (several workers sample in a scheduler-dependent order)
    mdl.train(10 * int(model.passes), workers=1, parallel=tp.ParallelScheme.NONE)
    model.model_ = mdl
    pos = {w: j for j, w in enumerate(model.vocab_)}
    cols = [pos[w] for w in mdl.used_vocabs]
    phi = np.zeros((k, len(model.vocab_)))
    for t in range(k):
        phi[t, cols] = np.asarray(mdl.get_topic_word_dist(t), dtype=np.float64)
    model.topic_term_ = phi
    # the DMR prior exp(lambda_g) of each covariate value, normalised: the expected topic shares of a
    # document of that campaign before its words are seen
    groups = list(mdl.metadata_dict)
    prior = row_normalise(np.asarray([mdl.get_topic_prior(g) for g in groups], dtype=np.float64))
    model.metadata_prior_ = pd.DataFrame(prior, index=pd.Index(groups, name=model.metadata))
    by_group = dict(zip(groups, prior))
    fallback = prior.mean(axis=0)
    theta = np.array([by_group.get(g, fallback) for g in labels], dtype=np.float64)
    for row, d in zip(index, mdl.docs):
        theta[row] = np.asarray(d.get_topic_dist(), dtype=np.float64)
    model.doc_topic_ = row_normalise(theta)
    model.n_passes_, model.converged_, model.history_ = int(model.passes), False, None

# -- using a fitted model -------------------------------------------------


def dmr_theta(model, tokens, meta) -> np.ndarray:
    """Topic shares of documents under a fitted DMR model (a fresh copy of it each call: reproducible).

    Examples
    --------
    >>> import pandas as pd
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3, "group": ["rural", "civ"] * 3})
    >>> tm = TopicModel(2, method="tomotopy_dmr", min_df=1, max_df=1.0, passes=2).fit(docs)
    >>> dmr_theta(tm, [["返贫"]], pd.DataFrame({"group": ["rural"]})).shape
    (1, 2)
    """
    if model.metadata not in meta.columns:
        raise KeyError(f"method='tomotopy_dmr' needs the {model.metadata!r} column in the documents to score")
    known = list(model.metadata_prior_.index)
    labels = meta[model.metadata].astype(str).tolist()
    unknown = sorted(set(labels) - set(known))
    if unknown:
        raise ValueError(f"{model.metadata} values not seen in training: {unknown}")
    tp = import_tomotopy()
    keep = set(model.vocab_.tolist())
    out = model.metadata_prior_.loc[labels].to_numpy(dtype=np.float64, copy=True)
    # a fresh copy of the fitted model each time, so that the same documents always get the same shares
    mdl = tp.DMRModel.loads(model.model_.saves())
    docs, rows = [], []
    for i, toks in enumerate(tokens):
        words = [w for w in toks if w in keep]
        if words:
            docs.append(mdl.make_doc(words, metadata=labels[i]))
            rows.append(i)
    if docs:
        dists, _ = mdl.infer(docs, iterations=10 * int(model.passes), workers=1,
                             parallel=tp.ParallelScheme.NONE, together=False)
        for i, dist in zip(rows, dists):
            out[i] = np.asarray(dist, dtype=np.float64)
    return row_normalise(out)
