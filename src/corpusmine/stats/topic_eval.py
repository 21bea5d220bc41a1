"""Choosing K and checking topics: coherence grid, stability across seeds and subsamples.

Choosing K: :func:`coherence_grid`, :func:`summarise_grid`, :func:`choose_k`.
Robustness: :func:`topic_stability` on runs with different seeds or on
:func:`subsample_models` (runs on random 80 % subsets of the documents).

Examples
--------
>>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
>>> g = coherence_grid(docs, ks=(2,), seeds=(0, 1), measures=("c_npmi",), min_df=1, max_df=1.0, top_n=3)
>>> choose_k(g)
2
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from itertools import combinations

import numpy as np
import pandas as pd

from corpusmine.stats.coherence import coherence_per_topic
from corpusmine.stats.topic_cache import FitCache, as_fit_cache, fit_key, model_key
from corpusmine.stats.topic_input import prepare_docs
from corpusmine.stats.topic_model import TopicModel

__all__ = ["LARGE_CORPUS_TOKENS", "SCREEN_PARAMS", "choose_k", "coherence_grid", "fit_models", "resolve_n_jobs",
           "subsample_models", "summarise_grid", "topic_stability"]

#: Above this many tokens a corpus counts as large: ``screen="auto"`` scores the K grid with cheap
#: fits and ``n_jobs=None`` fits in parallel.  The seed corpus (132 paragraphs, ~14,000 tokens) is
#: far below it, so its grid is fitted exactly as before; the 16 CPC congress reports (1,888
#: paragraphs, 110,331 tokens) are far above it (one full gensim fit there costs ~14 s of CPU).
LARGE_CORPUS_TOKENS = 50_000

#: Overrides of the model parameters for the *screening* fits of a large corpus's K grid: 10
#: variational EM passes (instead of up to 100, stopped by ``tol``).  On the CPC reports a full fit
#: runs 30-55 passes; after 10 the top terms that coherence scores are already settled.  Only
#: ``passes`` is changed, so a screening fit is exactly the first passes of a full fit, and the
#: full fits of the chosen K continue the screening fits instead of starting again.
SCREEN_PARAMS: dict = {"passes": 10}


def _fit_one(k: int, seed: int, method: str, data, params: dict, start=None) -> "TopicModel":
    return TopicModel(int(k), method=method, random_state=int(seed), **params).fit(data, start=start)


def _n_tokens(tokens) -> int:
    return sum(len(t) for t in tokens)


def resolve_n_jobs(n_jobs, tokens, n_fits: int) -> int:
    """Processes for ``n_fits`` model fits: ``n_jobs`` as given, or for None one per CPU on a large corpus.

    Parameters
    ----------
    n_jobs : int or None
        An int is returned unchanged (-1: one per CPU).  None: 1 when the
        documents hold at most :data:`LARGE_CORPUS_TOKENS` tokens (starting
        worker processes costs more than the fits), else the number of CPUs
        (at most ``n_fits``).
    tokens : list of list of str
        The tokenized documents.
    n_fits : int
        How many fits are to be run.

    Returns
    -------
    int

    Examples
    --------
    >>> resolve_n_jobs(None, [["乡村振兴", "返贫"]] * 10, 15), resolve_n_jobs(2, [["创文"]], 15)
    (1, 2)
    """
    if n_jobs is not None:
        return int(n_jobs)
    if _n_tokens(tokens) <= LARGE_CORPUS_TOKENS:
        return 1
    return max(1, min(os.cpu_count() or 1, int(n_fits)))


def _fit_all(jobs, method, params, n_jobs: int, starts=None) -> list:
    """Fit ``TopicModel(k, random_state=seed)`` for every ``(k, seed, data)`` job, in parallel when asked.

    ``starts``: one fit to continue per job (``TopicModel.fit(start=…)``), or None.
    """
    starts = [None] * len(jobs) if starts is None else list(starts)
    cached = [_in_cache(TopicModel(int(k), method=method, random_state=int(seed), **params), d)
              for k, seed, d in jobs]
    if n_jobs == 1 or sum(not c for c in cached) <= 1:
        return [_fit_one(k, seed, method, d, params, st) for (k, seed, d), st in zip(jobs, starts)]
    from joblib import Parallel, delayed

    out = [None] * len(jobs)
    for i in np.flatnonzero(cached):        # restored here: no worker process for a cached fit
        out[i] = _fit_one(*jobs[i][:2], method, jobs[i][2], params, starts[i])
    # the costliest fits (most topics x documents) first, so that no worker is left with a long fit at the end
    order = sorted(np.flatnonzero(~np.asarray(cached)), key=lambda i: -int(jobs[i][0]) * len(jobs[i][2]))
    done = Parallel(n_jobs=n_jobs)(delayed(_fit_one)(*jobs[i][:2], method, jobs[i][2], params, starts[i])
                                   for i in order)
    for i, m in zip(order, done):
        out[i] = m
    cache = params.get("cache_dir")
    if isinstance(cache, FitCache):          # the workers counted on their copies of the cache
        cache.hits += sum(bool(m.cache_hit_) for m in done)
        cache.misses += sum(not m.cache_hit_ for m in done)
    return out


def _in_cache(model: TopicModel, data) -> bool:
    """Whether ``model.fit(data)`` (``data`` with a ``tokens`` column) would be read from its fit cache."""
    cache = as_fit_cache(model.cache_dir)
    if cache is None or not cache.enabled:
        return False
    return cache.has(model_key(model, data.drop(columns="tokens").reset_index(drop=True), data["tokens"].tolist()))


def _cached_coherence(cache, topic_lists, tokens, measure: str, top_n: int) -> np.ndarray:
    """Per-topic coherence, read from / stored in the fit cache when one is given."""
    if cache is None:
        return np.asarray(coherence_per_topic(topic_lists, tokens, measure, top_n))
    key = fit_key("coherence", pd.DataFrame({"tokens": tokens}),
                  {"measure": measure, "top_n_terms": int(top_n), "topics": topic_lists})
    hit = cache.get(key)
    if hit is not None and len(hit[1].get("scores", ())) == len(topic_lists):
        return hit[1]["scores"]
    scores = np.asarray(coherence_per_topic(topic_lists, tokens, measure, top_n), dtype=np.float64)
    cache.put(key, {"measure": measure}, {"scores": scores})
    return scores


def coherence_grid(
    docs,
    ks: Sequence[int] = (4, 6, 8, 10, 12),
    *,
    seeds: Sequence[int] = (0, 1, 2),
    method: str = "gensim_lda",
    measures: Sequence[str] = ("c_v", "c_npmi"),
    tokenizer=None,
    top_n: int = 10,
    n_jobs: int | None = None,
    return_models: bool = False,
    screen="auto",
    choose_by: str = "c_npmi",
    **model_params,
):
    """Topic coherence for several numbers of topics and seeds.

    Each (K, seed) model is fitted on the same tokenized documents (the text
    is segmented once) and its top ``top_n`` terms are scored with gensim's
    ``CoherenceModel`` (Röder, Both & Hinneburg 2015; ``processes=1``), the
    tokenized documents being the reference texts.  All topics of all models
    are scored in one ``CoherenceModel`` per measure, so the co-occurrence
    counts are collected once (a topic's score does not depend on the other
    topics scored with it).  Several seeds show how much of a difference
    between two K is only the luck of the initialisation.

    Parameters
    ----------
    docs : DataFrame, list of str or list of list of str
        As in :meth:`TopicModel.fit`.
    ks : sequence of int
        Numbers of topics to try.
    seeds : sequence of int
        ``random_state`` values.
    method : str
        See :class:`TopicModel`.
    measures : sequence of str
        gensim coherence measures: ``"c_v"`` (in [0, 1]), ``"c_npmi"`` (in
        [-1, 1]), ``"c_uci"``, ``"u_mass"``.
    tokenizer : Tokenizer, optional
        For text input; default ``corpusmine.Tokenizer()``.
    top_n : int
        Top terms per topic scored.
    n_jobs : int or None
        Models fitted in parallel processes (joblib).  Every model depends
        only on its own seed, so the result is the same for any ``n_jobs``.
        None (default): one process for a small corpus, one per CPU for a
        large one (see :func:`resolve_n_jobs`).
    return_models : bool
        Also return the fitted models, ``{(k, seed): TopicModel}`` (e.g. for
        :func:`topic_stability` at the chosen K without refitting).
    screen : "auto", None or dict
        Cheaper fits to *score* the candidate K (the issue's "fewer passes per
        candidate").  A dict of model parameters (e.g. :data:`SCREEN_PARAMS`,
        ``{"passes": 10, "iterations": 50}``) overrides ``model_params`` for
        every (K, seed) of the grid; the best K by ``choose_by`` is then
        refitted at the full settings for every seed (only with
        ``return_models=True``; a gensim fit whose screening changed only
        ``passes`` is continued from its screening fit, with the same result as a
        fresh full fit), and those full fits replace the screening fits of
        that K (so ``models[(choose_k(grid), seed)]`` is a full model; the
        other K keep their screening fits).  The coherence table always
        comes from the screening fits, so every K is compared on the same
        footing.  None: every (K, seed) at full settings.  ``"auto"``
        (default): :data:`SCREEN_PARAMS` when the documents hold more than
        :data:`LARGE_CORPUS_TOKENS` tokens, else None.  The grid's
        ``attrs["screen"]`` records the overrides used (None for full fits)
        and ``attrs["refit_k"]`` the K refitted (None).
    choose_by : str
        With screening: the measure whose best K (:func:`choose_k`) is
        refitted at full settings.  It must be one of ``measures``.
    **model_params
        Passed on to :class:`TopicModel` (``passes``, ``min_df`` …).  With
        ``cache_dir`` (a folder or a
        :class:`~corpusmine.stats.topic_cache.FitCache`) every model is read
        from / stored in that fit cache, and so are the coherence scores: a
        second run with the same documents and parameters fits nothing.

    Returns
    -------
    DataFrame, or (DataFrame, dict) with ``return_models=True``
        ``k, seed, measure, coherence``: one row per K, seed and measure, in
        the order of ``ks``, ``seeds``, ``measures``; ``coherence`` is the
        mean of the per-topic coherences (gensim's aggregate).

    References
    ----------
    Röder, M., Both, A. & Hinneburg, A. (2015). Exploring the space of topic
    coherence measures. *WSDM '15*, 399–408.
    Bouma, G. (2009). Normalized (pointwise) mutual information in
    collocation extraction. *GSCL 2009*, 31–40.

    Examples
    --------
    >>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
    >>> g = coherence_grid(docs, ks=(2, 3), seeds=(0,), measures=("c_npmi",), min_df=1, max_df=1.0, top_n=3)
    >>> g[["k", "seed", "measure"]].values.tolist()
    [[2, 0, 'c_npmi'], [3, 0, 'c_npmi']]
    """
    meta, tokens = prepare_docs(docs, tokenizer)
    # the models get the tokens with the metadata (speech_id, group …): no second segmentation
    data = meta.assign(tokens=tokens)
    cache = as_fit_cache(model_params.pop("cache_dir", None))
    params = dict(model_params, top_n=top_n, cache_dir=cache)
    if isinstance(screen, str):
        if screen != "auto":
            raise ValueError(f"screen must be 'auto', None or a dict of model parameters, got {screen!r}")
        screen = dict(SCREEN_PARAMS) if _n_tokens(tokens) > LARGE_CORPUS_TOKENS else None
    if screen is not None and choose_by not in measures:
        raise ValueError(f"choose_by={choose_by!r} must be one of the measures {list(measures)}")
    jobs = [(int(k), int(seed)) for k in ks for seed in seeds]
    n_jobs = resolve_n_jobs(n_jobs, tokens, len(jobs))
    fitted = _fit_all([(k, seed, data) for k, seed in jobs], method,
                      params if screen is None else {**params, **dict(screen)}, n_jobs)
    topic_lists = [terms for m in fitted for terms in m.top_term_lists(top_n)]
    owner = np.repeat(np.arange(len(fitted)), [int(m.n_topics) for m in fitted])
    scores = {m: _cached_coherence(cache, topic_lists, tokens, m, top_n) for m in measures}
    rows = []
    for i, (k, seed) in enumerate(jobs):
        for m in measures:
            rows.append((k, seed, m, float(scores[m][owner == i].mean())))
    grid = pd.DataFrame(rows, columns=["k", "seed", "measure", "coherence"])
    models = dict(zip(jobs, fitted))
    refit_k = None
    if screen is not None:
        refit_k = choose_k(grid, measure=choose_by)
    if refit_k is not None and return_models:
        # a screening fit that changes only `passes` is the start of the full fit: continue it
        resumable = method == "gensim_lda" and set(screen) <= {"passes"}
        starts = [models[(refit_k, int(seed))] if resumable else None for seed in seeds]
        full = _fit_all([(refit_k, int(seed), data) for seed in seeds], method, params, n_jobs, starts=starts)
        models.update({(refit_k, int(seed)): m for seed, m in zip(seeds, full)})
    grid.attrs = {"screen": None if screen is None else dict(screen), "refit_k": refit_k}
    if return_models:
        return grid, models
    return grid


def summarise_grid(grid: pd.DataFrame) -> pd.DataFrame:
    """Mean and spread of coherence across seeds, per K and measure.

    Parameters
    ----------
    grid : DataFrame
        From :func:`coherence_grid` (columns ``k, seed, measure, coherence``).

    Returns
    -------
    DataFrame
        ``measure, k, mean, sd, min, max, n_seeds``; ``sd`` is the sample
        standard deviation across seeds (NaN with one seed).

    Examples
    --------
    >>> g = pd.DataFrame({"k": [4, 4], "seed": [0, 1], "measure": ["c_npmi"] * 2, "coherence": [0.1, 0.3]})
    >>> s = summarise_grid(g)        # 四个主题, 两个随机种子
    >>> s[["k", "n_seeds"]].values.tolist(), s[["mean", "sd"]].round(6).values.tolist()
    ([[4, 2]], [[0.2, 0.141421]])
    """
    out = (grid.groupby(["measure", "k"], sort=True)["coherence"]
           .agg(mean="mean", sd="std", min="min", max="max", n_seeds="size").reset_index())
    return out


def choose_k(grid: pd.DataFrame, measure: str = "c_npmi") -> int:
    """The number of topics with the best mean coherence across seeds.

    Rule: for each K, average ``coherence`` over seeds for ``measure``; return
    the K with the highest mean.  Ties (means equal to within 1e-12) go to the
    *smaller* K, the more parsimonious model.  Coherence is only one
    criterion: read the top terms and the stability (:func:`topic_stability`)
    before trusting the choice, and look at :func:`summarise_grid` — with few
    documents the seed-to-seed spread is often as large as the differences
    between K.

    Parameters
    ----------
    grid : DataFrame
        From :func:`coherence_grid` (columns ``k, seed, measure, coherence``).
    measure : str
        Which coherence measure decides.

    Returns
    -------
    int

    Examples
    --------
    >>> g = pd.DataFrame({"k": [4, 4, 6, 6], "seed": [0, 1, 0, 1], "measure": ["c_npmi"] * 4,
    ...                   "coherence": [0.05, 0.07, 0.02, 0.12]})
    >>> choose_k(g)   # means 0.06 (K=4) and 0.07 (K=6) -- 六个主题
    6
    """
    sub = grid[grid["measure"] == measure]
    if sub.empty:
        raise ValueError(f"no rows for measure {measure!r} in the grid (measures: {sorted(grid['measure'].unique())})")
    means = sub.groupby("k")["coherence"].mean().sort_index()
    best = means.max()
    return int(means.index[np.flatnonzero(means.to_numpy() >= best - 1e-12)[0]])




def subsample_models(
    docs,
    n_topics: int,
    *,
    n_runs: int = 5,
    frac: float = 0.8,
    random_state: int = 0,
    tokenizer=None,
    n_jobs: int | None = None,
    **model_params,
) -> list[TopicModel]:
    """Fit the same model on random subsets of the documents (Greene et al. 2014).

    Stability across seeds only probes the initialisation; Greene,
    O'Callaghan & Cunningham (2014) perturb the *data*: each run sees a
    random ``frac`` of the documents (without replacement), and the topics
    of every run are matched to those of a reference model fitted on all
    documents.  This also works for NMF, whose ``nndsvda`` start does not
    depend on the seed at all.  Pass ``{"all": full_model, 0: runs[0], …}``
    to :func:`topic_stability` and keep the rows with ``run_a == "all"``.

    Parameters
    ----------
    docs : DataFrame, list of str or list of list of str
        As in :meth:`TopicModel.fit` (segmented once).
    n_topics : int
        K.
    n_runs : int
        Number of subsamples.
    frac : float in (0, 1]
        Share of documents in each subsample (Greene et al. use 0.8).
    random_state : int
        Seed of the subsampling (``numpy.random.default_rng``) *and* of every
        model, so that only the data differ between runs.
    tokenizer : Tokenizer, optional
        For text input.
    n_jobs : int or None
        Parallel fits (joblib); the result does not depend on it.  None: one
        process for a small corpus, one per CPU for a large one
        (:func:`resolve_n_jobs`).
    **model_params
        Passed on to :class:`TopicModel`.

    Returns
    -------
    list of TopicModel
        Fitted on the subsets; each model's ``docs_`` keeps the original row
        positions in column ``row``.

    Examples
    --------
    >>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 5
    >>> runs = subsample_models(docs, 2, n_runs=2, min_df=1, max_df=1.0)
    >>> [len(m.docs_) for m in runs]
    [8, 8]
    """
    if not 0 < frac <= 1:
        raise ValueError(f"frac must be in (0, 1], got {frac!r}")
    meta, tokens = prepare_docs(docs, tokenizer)
    n = len(tokens)
    size = max(1, int(round(frac * n)))
    rng = np.random.default_rng(random_state)
    subsets = [np.sort(rng.choice(n, size=size, replace=False)) for _ in range(n_runs)]
    frame = meta.assign(tokens=tokens, row=np.arange(n))
    data = [frame.iloc[idx].reset_index(drop=True) for idx in subsets]
    method = model_params.pop("method", "gensim_lda")
    n_jobs = resolve_n_jobs(n_jobs, tokens, n_runs)
    return _fit_all([(n_topics, random_state, d) for d in data], method, model_params, n_jobs)


def _fit_model(model: TopicModel, data) -> TopicModel:
    return model.fit(data)


def fit_models(models: Mapping[str, TopicModel], docs, *, tokenizer=None, n_jobs: int | None = None) -> dict:
    """Fit several unfitted models on the same documents, in parallel processes on a large corpus.

    The documents are segmented once (with ``tokenizer``); every model is then
    fitted as ``model.fit(docs)`` would (a model's fit depends only on its own
    parameters, so the result does not depend on ``n_jobs``), through its
    ``cache_dir`` if it has one.  Notebook 04 fits its comparison models this
    way: scikit-learn LDA, NMF and DMR side by side instead of one after another.

    Parameters
    ----------
    models : mapping of str to TopicModel
        Unfitted estimators, by name.
    docs : DataFrame, list of str or list of list of str
        As in :meth:`TopicModel.fit`.
    tokenizer : Tokenizer, optional
        For text input; default the first model's ``tokenizer`` (or
        ``corpusmine.Tokenizer()``).
    n_jobs : int or None
        Processes (joblib); None: one for a small corpus, one per CPU for a
        large one (:func:`resolve_n_jobs`).

    Returns
    -------
    dict of str to TopicModel
        The same names, fitted, in the order given.

    Examples
    --------
    >>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
    >>> fitted = fit_models({"lda": TopicModel(2, min_df=1, max_df=1.0),
    ...                      "nmf": TopicModel(2, method="nmf", min_df=1, max_df=1.0)}, docs)
    >>> {name: m.topic_term_.shape for name, m in fitted.items()}
    {'lda': (2, 6), 'nmf': (2, 6)}
    """
    names = list(models)
    if tokenizer is None and names:
        tokenizer = models[names[0]].tokenizer
    meta, tokens = prepare_docs(docs, tokenizer)
    data = meta.assign(tokens=tokens)
    n_jobs = resolve_n_jobs(n_jobs, tokens, len(names))
    if n_jobs == 1 or sum(not _in_cache(models[name], data) for name in names) <= 1:
        return {name: models[name].fit(data) for name in names}
    from joblib import Parallel, delayed

    # the tokens are given, so the workers need no tokenizer (it is put back on the fitted models)
    tokenizers = {name: models[name].tokenizer for name in names}
    sent = [models[name].set_params(tokenizer=None) for name in names]
    try:
        fitted = Parallel(n_jobs=n_jobs)(delayed(_fit_model)(m, data) for m in sent)
    finally:
        for name in names:
            models[name].set_params(tokenizer=tokenizers[name])
    out = {}
    for name, m in zip(names, fitted):
        m.set_params(tokenizer=tokenizers[name])
        if isinstance(models[name].cache_dir, FitCache):     # count what the workers' copies counted
            models[name].cache_dir.hits += int(bool(m.cache_hit_))
            models[name].cache_dir.misses += int(not m.cache_hit_)
            m.set_params(cache_dir=models[name].cache_dir)
        out[name] = m
    return out


def _as_topic_frame(run, name) -> pd.DataFrame:
    if isinstance(run, TopicModel):
        if not hasattr(run, "topic_term_"):
            raise RuntimeError(f"run {name!r}: this TopicModel is not fitted yet; call fit(docs) first")
        return pd.DataFrame(run.topic_term_, columns=pd.Index(run.vocab_, dtype=object))
    if isinstance(run, pd.DataFrame):
        return run.reset_index(drop=True)
    arr = np.asarray(run, dtype=np.float64)
    if arr.ndim != 2:
        raise ValueError(f"run {name!r}: expected a K × V matrix, got shape {arr.shape}")
    return pd.DataFrame(arr)


def topic_stability(runs, *, metric: str = "cosine", top_n: int = 10) -> pd.DataFrame:
    """Match the topics of several runs and report how well they agree.

    For every pair of runs (a, b) the topics are matched one-to-one with the
    Hungarian algorithm (``scipy.optimize.linear_sum_assignment``) so that
    the total similarity is maximal; the mean similarity of the matched pairs
    is the pair's *agreement*, and averaged over runs it is the stability
    score of Greene, O'Callaghan & Cunningham (2014).  Values near 1 mean the
    same topics come back whatever the seed; low values mean a topic is an
    artefact of one initialisation.

    Parameters
    ----------
    runs : sequence or mapping of TopicModel, DataFrame or array
        Fitted models, topic × term DataFrames (columns = terms) or K × V
        arrays over a shared vocabulary.  Models / frames with different
        vocabularies are aligned on the union of terms (missing weight = 0).
        A mapping's keys name the runs; otherwise runs are numbered 0, 1, ….
    metric : {"cosine", "jaccard"}
        ``"cosine"``: cosine similarity of the full topic-term vectors.
        ``"jaccard"``: Jaccard similarity of the top ``top_n`` term sets
        (Greene et al. use the average Jaccard over ranked lists; the plain
        top-n Jaccard is its last term).
    top_n : int
        For ``metric="jaccard"``.

    Returns
    -------
    DataFrame
        One row per pair of runs and topic of the first run:

        ``run_a``, ``run_b`` the two runs compared (a before b);
        ``topic_a`` a topic of run a;
        ``topic_b`` the topic of run b matched to it;
        ``similarity`` their similarity (matched one-to-one);
        ``best_similarity`` the best similarity of ``topic_a`` to *any* topic
        of run b (not constrained to one-to-one; ≥ ``similarity``);
        ``pair_mean`` mean of ``similarity`` over the pair's matched topics
        (the same on every row of a pair).

        If the runs have different K, only min(K_a, K_b) topics are matched.

    References
    ----------
    Greene, D., O'Callaghan, D. & Cunningham, P. (2014). How many topics?
    Stability analysis for topic models. *ECML PKDD 2014*, LNCS 8724, 498–513.
    Kuhn, H. W. (1955). The Hungarian method for the assignment problem.
    *Naval Research Logistics Quarterly* 2, 83–97.

    Examples
    --------
    >>> a = np.array([[0.9, 0.1, 0.0], [0.0, 0.2, 0.8]])   # 乡村 / 创文 topics over three terms
    >>> s = topic_stability([a, a[::-1]])                   # same topics, swapped order
    >>> s[["topic_a", "topic_b"]].values.tolist(), round(float(s["pair_mean"].iloc[0]), 12)
    ([[0, 1], [1, 0]], 1.0)
    """
    from scipy.optimize import linear_sum_assignment

    if metric not in ("cosine", "jaccard"):
        raise ValueError(f"metric must be 'cosine' or 'jaccard', got {metric!r}")
    if isinstance(runs, Mapping):
        names = list(runs.keys())
        items = list(runs.values())
    else:
        items = list(runs)
        names = list(range(len(items)))
    if len(items) < 2:
        raise ValueError("topic_stability needs at least two runs")
    frames = [_as_topic_frame(r, n) for r, n in zip(items, names)]
    cols = [tuple(f.columns) for f in frames]
    if len(set(cols)) > 1:
        union = sorted({c for cs in cols for c in cs}, key=str)
        frames = [f.reindex(columns=union, fill_value=0.0) for f in frames]
    mats = [f.to_numpy(dtype=np.float64) for f in frames]
    terms = list(frames[0].columns)

    rows = []
    for ia, ib in combinations(range(len(mats)), 2):
        A, B = mats[ia], mats[ib]
        if metric == "cosine":
            na = np.linalg.norm(A, axis=1, keepdims=True)
            nb = np.linalg.norm(B, axis=1, keepdims=True)
            S = (A / np.where(na > 0, na, 1.0)) @ (B / np.where(nb > 0, nb, 1.0)).T
        else:
            S = _jaccard_top(A, B, top_n, terms)
        r, c = linear_sum_assignment(S, maximize=True)
        pair_mean = float(S[r, c].mean())
        best = S.max(axis=1)
        for ta, tb in zip(r, c):
            rows.append((names[ia], names[ib], int(ta), int(tb), float(S[ta, tb]), float(best[ta]), pair_mean))
    return pd.DataFrame(rows, columns=["run_a", "run_b", "topic_a", "topic_b", "similarity", "best_similarity",
                                       "pair_mean"])


def _jaccard_top(A: np.ndarray, B: np.ndarray, n: int, terms) -> np.ndarray:
    def tops(M):
        out = []
        for row in M:
            order = np.lexsort((np.arange(len(row)), -row))[:n]
            out.append({terms[j] for j in order})
        return out

    ta, tb = tops(A), tops(B)
    return np.array([[len(x & y) / len(x | y) if (x | y) else 0.0 for y in tb] for x in ta])

