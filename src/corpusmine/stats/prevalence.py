"""Topic prevalence by group (campaign) with percentile (cluster) bootstrap intervals.

Examples
--------
>>> import pandas as pd
>>> from corpusmine.stats.topic_model import TopicModel
>>> train = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3, "group": ["rural", "civilised_city"] * 3})
>>> p = topic_prevalence(TopicModel(2, min_df=1, max_df=1.0).fit(train), n_boot=100)
>>> sorted(p["group"].unique())
['civilised_city', 'rural']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpusmine.features import group_sort_key
from corpusmine.stats.resampling import cluster_totals, keyed_rng, ratio_bootstrap
from corpusmine.stats.topic_input import count_matrix, prepare_docs
from corpusmine.stats.topic_model import TopicModel

__all__ = ["topic_prevalence"]


def topic_prevalence(
    model: TopicModel,
    docs=None,
    *,
    by: str = "group",
    n_boot: int = 1000,
    random_state: int = 0,
    cluster: str | None = None,
    ci: float = 0.95,
    weights: str | None = None,
) -> pd.DataFrame:
    """Mean topic share per group (campaign), with bootstrap confidence intervals.

    The prevalence of topic k in group g is the mean of the documents' topic
    shares θ_dk over the documents of g (each document counts once; with
    ``weights="n_tokens"`` each document counts by its in-vocabulary tokens,
    which gives the share of g's words assigned to k).  Documents without any
    in-vocabulary token carry no information and are left out.

    Uncertainty: a percentile bootstrap (Efron & Tibshirani 1993), resampling
    within each group either documents (``cluster=None``) or whole clusters
    (``cluster="speech_id"``: all paragraphs of a drawn speech come together;
    the statistic is the pooled mean of the drawn paragraphs).  Paragraphs of
    one speech share an author, an occasion and often a template, so the
    document bootstrap understates the uncertainty; the cluster bootstrap is
    the honest choice when a group has several speeches.  With only one
    speech in a group there is no between-speech variation to resample and
    the cluster interval is NaN; with very few clusters (Cameron, Gelbach &
    Miller 2008 suggest caution below ~30) even the cluster interval is too
    narrow — ``n_speeches`` says how many stand behind each row.

    Parameters
    ----------
    model : TopicModel
        A fitted model.
    docs : DataFrame, optional
        Documents to score, with the ``by`` column (and ``cluster`` column).
        Default: the training documents and ``model.doc_topic_``.
    by : str
        Grouping column (default ``group``, the campaign).
    n_boot : int
        Bootstrap replicates.
    random_state : int
        Seed of the bootstrap.  Each group's resamples depend only on the seed
        and the group's label (:func:`corpusmine.stats.resampling.keyed_rng`),
        so adding or removing a group does not change the others.
    cluster : None or str
        Column whose values are resampled as units (e.g. ``"speech_id"``).
    ci : float
        Coverage of the percentile interval, in (0, 1).
    weights : None or "n_tokens"
        Equal weight per document, or weight by in-vocabulary token count.

    Returns
    -------
    DataFrame
        One row per topic and group:

        ``topic`` topic number; ``label`` its label (``model.labels_``);
        ``group`` the value of ``by``; ``prevalence`` mean topic share in the
        group (over each group the prevalences of all topics sum to 1);
        ``ci_low``, ``ci_high`` percentile bootstrap interval (NaN when it
        cannot be estimated); ``n_docs`` documents used; ``n_speeches``
        distinct ``speech_id`` values among them (NA without that column);
        ``n_clusters`` resampling units (= ``n_docs`` without ``cluster``).

    References
    ----------
    Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*.
    Chapman & Hall.
    Cameron, A. C., Gelbach, J. B. & Miller, D. L. (2008). Bootstrap-based
    improvements for inference with clustered errors. *Review of Economics
    and Statistics* 90(3), 414–427.

    Examples
    --------
    >>> train = pd.DataFrame({"text": ["乡村振兴 防止返贫", "创文 测评"] * 3, "group": ["rural", "civilised_city"] * 3})
    >>> from corpusmine import Tokenizer
    >>> tm = TopicModel(2, min_df=1, max_df=1.0, tokenizer=Tokenizer(cache_dir=None)).fit(train)
    >>> p = topic_prevalence(tm, n_boot=200)
    >>> p.groupby("group")["prevalence"].sum().round(6).tolist()
    [1.0, 1.0]
    """
    if not (0 < ci < 1):
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    if weights not in (None, "n_tokens"):
        raise ValueError(f"weights must be None or 'n_tokens', got {weights!r}")
    if not hasattr(model, "topic_term_"):
        raise RuntimeError("this TopicModel is not fitted yet; call fit(docs) first")
    if docs is None:
        meta, theta, lengths = model.docs_, model.doc_topic_, model.doc_lengths_
    else:
        meta, tokens = prepare_docs(docs, model.tokenizer)
        X, _ = count_matrix(tokens, vocabulary=list(model.vocab_))
        theta = model.transform_counts(X, tokens, meta)
        lengths = np.asarray(X.sum(axis=1)).ravel()
    for col in (by, cluster):
        if col is not None and col not in meta.columns:
            raise KeyError(f"column {col!r} not in docs (columns: {list(meta.columns)})")
    keep = lengths > 0
    meta = meta.loc[keep].reset_index(drop=True)
    theta = np.asarray(theta)[keep]
    w = lengths[keep].astype(np.float64) if weights == "n_tokens" else np.ones(int(keep.sum()))
    k = theta.shape[1]
    labels = meta[by].astype(str).to_numpy()
    rows = []
    for g in sorted(set(labels), key=group_sort_key):
        idx = np.flatnonzero(labels == g)
        th, wg = theta[idx], w[idx]
        point = (wg @ th) / wg.sum()
        # per-cluster weighted sums of θ and of weights: the units of the (cluster) bootstrap
        sum_theta, sum_w = cluster_totals(wg[:, None] * th, wg,
                                          None if cluster is None else meta[cluster].to_numpy()[idx])
        n_cl = len(sum_w)
        lo, hi = ratio_bootstrap(sum_theta, sum_w, n_boot=int(n_boot), ci=ci,
                                 rng=keyed_rng(random_state, f"prevalence\x00{g}"))
        n_sp = meta["speech_id"].iloc[idx].nunique() if "speech_id" in meta.columns else pd.NA
        for t in range(k):
            rows.append((t, model.labels_[t], g, float(point[t]), float(lo[t]), float(hi[t]), len(idx), n_sp, n_cl))
    out = pd.DataFrame(rows, columns=["topic", "label", "group", "prevalence", "ci_low", "ci_high", "n_docs",
                                      "n_speeches", "n_clusters"])
    out["n_speeches"] = out["n_speeches"].astype("Int64")
    return out.sort_values(["topic", "group"], key=lambda s: s.map(group_sort_key) if s.name == "group" else s,
                           kind="mergesort").reset_index(drop=True)
