"""Topics reported honestly: FREX labels, a random-topic baseline for stability, corpus-mirroring topics.

* :func:`frex_terms` ranks a topic's terms by FREX (Bischof & Airoldi 2012;
  Roberts et al.'s stm ``calcfrex``): the weighted harmonic mean of a term's
  frequency rank in the topic and its exclusivity rank (its weight in the
  topic over its weight in all topics), each as an empirical CDF over the
  vocabulary.  A word frequent everywhere (工作) ranks low, so two topics
  no longer share it as their label.
* :func:`jaccard_baseline` — what top-``n`` Jaccard agreement random topics
  reach: K "topics" of ``top_n`` words drawn from the corpus's word
  frequencies, matched one-to-one (Hungarian) against K other such draws.
  Matched Jaccard across seeds (:func:`~corpusmine.stats.topic_eval.topic_stability`
  with ``metric="jaccard"``) means little unless it clearly exceeds this.
* :func:`topic_diagnostics` — per topic: FREX and relevance labels, the
  cosine similarity of its word distribution with the corpus-wide one, and a
  flag when the topic mostly mirrors corpus-wide frequencies.

Examples
--------
>>> from corpusmine.stats.topic_model import TopicModel
>>> docs = [["乡村振兴", "返贫", "撂荒地", "工作"], ["创文", "测评", "公益广告", "工作"]] * 4
>>> tm = TopicModel(2, min_df=1, max_df=1.0).fit(docs)
>>> tm.top_terms(1)["term"].tolist()                 # by weight 工作 tops both topics
['工作', '工作']
>>> "工作" in set(frex_terms(tm, 2)["term"])        # by FREX it is not exclusive enough
False
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpusmine.stats.resampling import keyed_rng
from corpusmine.stats.topic_model import LABEL_SEP, TopicModel

__all__ = ["MIRROR_COSINE", "frex_terms", "jaccard_baseline", "topic_diagnostics"]

#: Cosine similarity to the corpus-wide word distribution from which a topic is flagged as mirroring it.
MIRROR_COSINE: float = 0.8


def _ecdf_rank(values: np.ndarray) -> np.ndarray:
    """Empirical CDF of each value within its row (share of the row's values <= it)."""
    order = np.sort(values, axis=1)
    return np.vstack([np.searchsorted(o, v, side="right") / len(v) for o, v in zip(order, values)])


def _fitted(model: TopicModel) -> None:
    if not hasattr(model, "topic_term_"):
        raise RuntimeError("this TopicModel is not fitted yet; call fit(docs) first")


def frex_terms(model: TopicModel, n: int | None = None, *, weight: float = 0.5) -> pd.DataFrame:
    """Each topic's top terms by FREX, the harmonic mean of frequency and exclusivity ranks.

    ``FREX_kw = 1 / (weight / ECDF(excl_kw) + (1 - weight) / ECDF(φ_kw))`` with
    ``excl_kw = φ_kw / Σ_j φ_jw`` and the ECDFs taken over the vocabulary
    within topic k (stm's ``calcfrex``; Bischof & Airoldi 2012).

    Parameters
    ----------
    model : TopicModel
        Fitted.
    n : int, optional
        Terms per topic (default ``model.top_n``).
    weight : float in [0, 1]
        Weight of exclusivity (stm's default 0.5).

    Returns
    -------
    DataFrame
        ``topic, rank, term, frex, weight, exclusivity``, one row per topic and rank.

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> docs = [["乡村振兴", "返贫", "撂荒地", "工作"], ["创文", "测评", "公益广告", "工作"]] * 4
    >>> tt = frex_terms(TopicModel(2, min_df=1, max_df=1.0).fit(docs), 2)
    >>> sorted(tt.groupby("topic")["term"].agg(sorted).tolist())
    [['创文', '测评'], ['撂荒地', '返贫']]
    """
    _fitted(model)
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"weight must be in [0, 1], got {weight!r}")
    n = model.top_n if n is None else int(n)
    phi = np.asarray(model.topic_term_, dtype=np.float64)
    col = phi.sum(axis=0, keepdims=True)
    excl = np.divide(phi, col, out=np.zeros_like(phi), where=col > 0)
    fe, ff = _ecdf_rank(excl), _ecdf_rank(phi)
    frex = 1.0 / (weight / fe + (1.0 - weight) / ff)
    rows = []
    for t in range(phi.shape[0]):
        order = np.lexsort((np.arange(phi.shape[1]), -frex[t]))[:n]
        rows += [(t, r, model.vocab_[j], float(frex[t, j]), float(phi[t, j]), float(excl[t, j]))
                 for r, j in enumerate(order, start=1)]
    return pd.DataFrame(rows, columns=["topic", "rank", "term", "frex", "weight", "exclusivity"])


def _corpus_distribution(model: TopicModel) -> np.ndarray:
    counts = np.asarray(model.counts_.sum(axis=0)).ravel().astype(np.float64)
    return counts / counts.sum() if counts.sum() > 0 else np.full(len(counts), 1.0 / len(counts))


def jaccard_baseline(model: TopicModel, *, top_n: int = 10, n_draws: int = 200, random_state: int = 0) -> float:
    """Mean matched top-``top_n`` Jaccard of random frequency-weighted topics: the chance level of stability.

    Each draw makes two sets of K random topics; a random topic is ``top_n``
    distinct words drawn without replacement with probabilities equal to
    their corpus-wide shares (so frequent words such as 工作 recur, as they do
    in real topics).  The two sets are matched one-to-one maximising Jaccard
    (Hungarian), as :func:`~corpusmine.stats.topic_eval.topic_stability` does
    for real runs, and the matched mean is averaged over ``n_draws``.

    Parameters
    ----------
    model : TopicModel
        Fitted; gives K, the vocabulary and the corpus-wide word shares.
    top_n : int
        Words per topic.
    n_draws : int
        Pairs of random topic sets.
    random_state : int
        Seed.

    Returns
    -------
    float

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> docs = [["乡村振兴", "返贫", "撂荒地", "工作"], ["创文", "测评", "公益广告", "工作"]] * 4
    >>> b = jaccard_baseline(TopicModel(2, min_df=1, max_df=1.0).fit(docs), top_n=2, n_draws=50)
    >>> 0.0 <= b <= 1.0
    True
    """
    from scipy.optimize import linear_sum_assignment

    _fitted(model)
    p = _corpus_distribution(model)
    k, v = int(model.n_topics), len(p)
    size = min(int(top_n), int((p > 0).sum()))
    rng = keyed_rng(random_state, f"jaccard-baseline\x00{k}\x00{size}")
    means = []
    for _ in range(int(n_draws)):
        sets = [[frozenset(rng.choice(v, size=size, replace=False, p=p).tolist()) for _ in range(k)]
                for _ in range(2)]
        S = np.array([[len(a & b) / len(a | b) for b in sets[1]] for a in sets[0]])
        r, c = linear_sum_assignment(S, maximize=True)
        means.append(S[r, c].mean())
    return float(np.mean(means))


def topic_diagnostics(model: TopicModel, *, lambda_: float = 0.6, weight: float = 0.5,
                      mirror: float = MIRROR_COSINE) -> pd.DataFrame:
    """One row per topic: labels by FREX and by relevance, and whether it mirrors the corpus.

    Parameters
    ----------
    model : TopicModel
        Fitted.
    lambda_ : float
        Relevance weight λ of Sievert & Shirley (2014) for ``label_relevance``
        (stated in the column ``lambda``).
    weight : float
        FREX exclusivity weight for ``label_frex``.
    mirror : float
        Cosine threshold of ``mirrors_corpus``.

    Returns
    -------
    DataFrame
        ``topic``, ``label_frex`` and ``label_relevance`` (three terms joined
        with "·"), ``lambda``, ``label_weight`` (``model.labels_``: raw
        probability), ``corpus_cosine`` (cosine similarity of the topic's word
        distribution with the corpus-wide word shares), ``mirrors_corpus``
        (``corpus_cosine >= mirror``: the topic mostly restates what the
        whole corpus says).

    Examples
    --------
    >>> from corpusmine.stats.topic_model import TopicModel
    >>> docs = [["乡村振兴", "返贫", "工作"], ["创文", "测评", "工作"]] * 4
    >>> d = topic_diagnostics(TopicModel(2, min_df=1, max_df=1.0).fit(docs))
    >>> d.columns.tolist()
    ['topic', 'label_frex', 'label_relevance', 'lambda', 'label_weight', 'corpus_cosine', 'mirrors_corpus']
    """
    _fitted(model)
    frex = frex_terms(model, 3, weight=weight).groupby("topic")["term"].agg(LABEL_SEP.join)
    rel = model.top_terms(3, lambda_=lambda_).groupby("topic")["term"].agg(LABEL_SEP.join)
    phi = np.asarray(model.topic_term_, dtype=np.float64)
    p = _corpus_distribution(model)
    cos = (phi @ p) / (np.linalg.norm(phi, axis=1) * np.linalg.norm(p))
    k = phi.shape[0]
    return pd.DataFrame({
        "topic": np.arange(k), "label_frex": [frex[t] for t in range(k)],
        "label_relevance": [rel[t] for t in range(k)], "lambda": float(lambda_),
        "label_weight": list(model.labels_), "corpus_cosine": cos, "mirrors_corpus": cos >= mirror,
    })
