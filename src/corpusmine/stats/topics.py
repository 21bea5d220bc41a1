"""Topic models of campaign speeches: fit, choose K, check stability, compare prevalence.

The primary model is latent Dirichlet allocation (Blei, Ng & Jordan 2003)
fitted with gensim's :class:`~gensim.models.LdaModel` (variational Bayes; by
default batch EM over the whole corpus, optionally the online schedule of
Hoffman, Blei & Bach 2010).  scikit-learn's batch
``LatentDirichletAllocation`` and non-negative matrix factorisation of a
tf-idf matrix (``NMF``; Lee & Seung 1999) are available through the same
:class:`TopicModel` interface, so a result can be checked against other
algorithms; so is a covariate-aware model, Dirichlet-multinomial regression
with the campaign as covariate (tomotopy's ``DMRModel``, optional).

Choosing K: :func:`coherence_grid`, :func:`summarise_grid`, :func:`choose_k`.
Robustness: :func:`topic_stability` on runs with different seeds or on
:func:`subsample_models` (runs on random 80 % subsets of the documents).
Campaign differences: :func:`topic_prevalence`.

Topics are usually fitted over *paragraphs*
(``features.documents(corpus, level="paragraph")``): the seed corpus has only
nine speech-campaign documents, far too few for a topic model, but about 130
campaign paragraphs.  Those paragraphs come from seven speeches, so they are
not independent observations: :func:`topic_prevalence` can bootstrap whole
speeches (``cluster="speech_id"``) and always reports how many speeches stand
behind each estimate.

Everything is deterministic: the vocabulary is sorted (not in hash or
first-seen order), the only randomness comes from ``random_state``, and gensim
runs single-process.  Results do not depend on ``PYTHONHASHSEED``.

Workflow
--------
>>> tm = TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 3)
>>> tm.doc_topic_.shape
(6, 2)
>>> import corpusmine as cm                                          # doctest: +SKIP
>>> from corpusmine import features, topics                          # doctest: +SKIP
>>> docs = features.documents(cm.load_corpus(), level="paragraph")   # doctest: +SKIP
>>> grid = topics.coherence_grid(docs, ks=(4, 6, 8))                 # doctest: +SKIP
>>> k = topics.choose_k(grid, measure="c_npmi")                      # doctest: +SKIP
>>> runs = [topics.TopicModel(k, random_state=s).fit(docs) for s in range(3)]  # doctest: +SKIP
>>> topics.topic_stability(runs)                                     # doctest: +SKIP
>>> topics.topic_prevalence(runs[0], cluster="speech_id")            # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator

from corpusmine.features import group_sort_key as _group_key

__all__ = [
    "METHODS",
    "TopicModel",
    "coherence_grid",
    "choose_k",
    "summarise_grid",
    "subsample_models",
    "topic_stability",
    "topic_prevalence",
]

#: The algorithms :class:`TopicModel` can fit.
METHODS: tuple[str, ...] = ("gensim_lda", "sklearn_lda", "nmf", "tomotopy_dmr")

#: Iteration cap of NMF (its own ``tol=1e-4`` stops it after ~30–170 iterations on the seed corpus).
_NMF_MAX_ITER = 1000

#: Separator of the words in a topic label (middle dot, as in 乡村·振兴·返贫).
LABEL_SEP = "·"


# --------------------------------------------------------------------------- input handling


def _is_token_lists(docs) -> bool:
    if isinstance(docs, (pd.DataFrame, pd.Series, str)):
        return False
    if not isinstance(docs, Sequence) or len(docs) == 0:
        return False
    return all(isinstance(d, (list, tuple)) for d in docs)


def _prepare(docs, tokenizer) -> tuple[pd.DataFrame, list[list[str]]]:
    """Metadata and token lists.

    ``docs`` is a DataFrame with a ``tokens`` column (lists of str, used as
    they are) or a ``text`` column (segmented by ``tokenizer``), a list of
    str, or a list of token lists.
    """
    if isinstance(docs, pd.DataFrame):
        if "tokens" in docs.columns:
            meta = docs.drop(columns="tokens").reset_index(drop=True)
            tokens = [[str(t) for t in d] for d in docs["tokens"]]
            return meta, tokens
        if "text" not in docs.columns:
            raise KeyError("docs must have a 'text' or a 'tokens' column (see corpusmine.features.documents)")
        meta = docs.reset_index(drop=True)
        texts = meta["text"].tolist()
    elif _is_token_lists(docs):
        tokens = [[str(t) for t in d] for d in docs]
        meta = pd.DataFrame({"doc_id": np.arange(len(tokens))})
        return meta, tokens
    elif isinstance(docs, (pd.Series, Sequence)) and not isinstance(docs, str):
        texts = list(docs)
        meta = pd.DataFrame({"doc_id": np.arange(len(texts)), "text": texts})
    else:
        raise TypeError("docs must be a DataFrame with a 'text' column, a list of str or a list of token lists")
    bad = [t for t in texts if not isinstance(t, str)]
    if bad:
        raise TypeError(f"every text must be str, got {type(bad[0]).__name__}")
    if tokenizer is None:
        from corpusmine.tokens.tokenizer import Tokenizer

        tokenizer = Tokenizer()
    tokens = [list(t) for t in tokenizer.cut_many(texts)]
    return meta, tokens


def _identity(tokens):
    return tokens


def _count_matrix(tokens: list[list[str]], *, vocabulary=None, min_df=1, max_df=1.0):
    """Documents × terms counts; the vocabulary is sorted (code-point order), never hash-ordered."""
    from sklearn.feature_extraction.text import CountVectorizer

    vec = CountVectorizer(analyzer=_identity, vocabulary=vocabulary, min_df=min_df, max_df=max_df)
    if vocabulary is None:
        X = vec.fit_transform(tokens)
    else:
        X = vec.transform(tokens)
    vocab = np.asarray(vec.get_feature_names_out(), dtype=object)
    return X.tocsr().astype(np.int64), vocab


def _to_bow(X: sparse.csr_matrix) -> list[list[tuple[int, int]]]:
    """gensim's bag-of-words format, term ids ascending within each document."""
    X = X.tocsr()
    X.sort_indices()
    return [
        list(zip(X.indices[X.indptr[i]:X.indptr[i + 1]].tolist(), X.data[X.indptr[i]:X.indptr[i + 1]].tolist()))
        for i in range(X.shape[0])
    ]


def _row_normalise(M: np.ndarray) -> np.ndarray:
    """Rows scaled to sum to 1; an all-zero row becomes uniform (no evidence for any topic)."""
    M = np.asarray(M, dtype=np.float64)
    s = M.sum(axis=1, keepdims=True)
    out = np.divide(M, s, out=np.full_like(M, 1.0 / M.shape[1]), where=s > 0)
    return out




# --------------------------------------------------------------------------- the estimator


class TopicModel(BaseEstimator):
    """A topic model of tokenized Chinese documents, scikit-learn style.

    Parameters
    ----------
    n_topics : int, default 8
        Number of topics K.
    method : {"gensim_lda", "sklearn_lda", "nmf", "tomotopy_dmr"}, default "gensim_lda"
        ``"gensim_lda"``: :class:`gensim.models.LdaModel`, variational Bayes
        with the whole corpus in one chunk (batch EM by default, see
        ``learning_method``), float64, single process.  ``"sklearn_lda"``:
        :class:`sklearn.decomposition.LatentDirichletAllocation` with
        ``learning_method="batch"`` (Blei, Ng & Jordan 2003).  ``"nmf"``:
        :class:`sklearn.decomposition.NMF` (``init="nndsvda"``, Boutsidis &
        Gallopoulos 2008) of the l2-normalised tf-idf matrix.
        ``"tomotopy_dmr"``: Dirichlet-multinomial regression (Mimno & McCallum
        2008) with the ``metadata`` column (the campaign) as document
        covariate: each campaign has its own Dirichlet prior over topics,
        learned from the data, the idea behind the prevalence covariates of
        R's stm (Roberts et al. 2014).  Fitted by collapsed Gibbs sampling
        with tomotopy's ``DMRModel``, one worker; needs the optional package
        ``tomotopy`` (``pip install tomotopy==0.14.0``).  Same seed, same
        machine → same result; tomotopy picks a SIMD code path (AVX-512,
        AVX2, SSE2) at run time, so two different CPUs may differ.
    random_state : int, default 0
        The only source of randomness (gensim's and scikit-learn's seeds,
        tomotopy's ``seed``).
    passes : int, default 100
        Maximum passes over the corpus (variational EM iterations): gensim
        stops earlier once converged (see ``tol``); scikit-learn LDA
        ``max_iter``; tomotopy runs ``10 * passes`` Gibbs sweeps.  NMF ignores
        ``passes`` and ``iterations``: it runs until its own tolerance (1e-4)
        is met, at most 1,000 iterations.
    iterations : int, default 100
        Inner iterations: gensim's per-document E-step ``iterations`` (each
        document stops earlier when its topic shares change by less than
        gensim's ``gamma_threshold`` 0.001), scikit-learn LDA
        ``max_doc_update_iter``.
    learning_method : {"batch", "online"}, default "batch"
        LDA only.  ``"batch"``: every pass is one variational EM iteration
        over the whole corpus (gensim with the corpus in one chunk and
        ``decay=0``, i.e. learning rate 1; scikit-learn
        ``learning_method="batch"``).  ``"online"``: gensim's online schedule
        (learning rate ``(1 + pass) ** -0.5``; Hoffman et al. 2010) and
        scikit-learn's ``"online"``.  With a corpus this small batch EM
        converges to a fixed point; the online schedule keeps drifting slowly.
    tol : float, default 5e-3
        gensim: stop when no topic's word distribution moves by more than
        ``tol`` (L1 distance) between two passes.  (scikit-learn LDA checks
        its perplexity every 5 passes and stops when it changes by < 0.5.)
    alpha : "symmetric", "asymmetric", "auto", float or None, default "symmetric"
        Document-topic Dirichlet prior.  "symmetric"/None means 1/K for every
        topic (gensim and scikit-learn agree on this default).  "asymmetric"
        and "auto" (learned from the data) exist in gensim only.  Ignored by
        NMF; for DMR it is the starting value of exp(λ) (tomotopy default 0.1).
    eta : float or None, default None
        Topic-word Dirichlet prior; None means 1/K (gensim and scikit-learn
        default; tomotopy's 0.01 for DMR).
    tokenizer : Tokenizer or None
        Used when ``docs`` holds text; default ``corpusmine.Tokenizer()`` (the
        default stop list).  Ignored for pre-tokenized input.
    min_df : int or float, default 2
        Keep terms occurring in at least this many documents (a float: this
        share of documents).  A term seen in one paragraph cannot help to
        define a topic and only adds noise.
    max_df : int or float, default 0.9
        Drop terms occurring in more than this share (float) or number (int)
        of documents.
    top_n : int, default 10
        Number of top terms used by :meth:`top_terms` and coherence by default.
    metadata : str, default "group"
        Only for ``"tomotopy_dmr"``: the docs column used as covariate.

    Attributes
    ----------
    vocab_ : ndarray of str, shape (V,)
        The modelled terms, sorted in code-point order.
    topic_term_ : ndarray, shape (K, V)
        Topic-word distributions; every row sums to 1.  For NMF the rows of
        the factor ``H`` are rescaled to sum to 1 (weights, not probabilities).
    doc_topic_ : ndarray, shape (n_docs, K)
        Topic shares of the training documents; every row sums to 1.  A
        document with no in-vocabulary token gets the normalised prior
        (uniform for a symmetric prior; its campaign's prior for DMR).  For
        gensim this is exactly ``transform`` of the training documents; for
        NMF the factor ``W`` of the fit and for DMR the Gibbs estimates of
        training, which ``transform`` re-estimates slightly differently.
    labels_ : list of str
        One short label per topic: its three top terms joined with "·".
    docs_ : DataFrame
        Metadata of the training documents (input order; ``doc_id`` added for
        token-list input).
    tokens_ : list of list of str
        The tokenized training documents (before vocabulary pruning); the
        reference texts for coherence.
    doc_lengths_ : ndarray of int, shape (n_docs,)
        In-vocabulary tokens per training document.
    counts_ : scipy.sparse.csr_matrix, shape (n_docs, V)
        The training document-term counts.
    model_ : object
        The fitted gensim / scikit-learn / tomotopy model.
    n_passes_ : int
        Passes (EM iterations) actually run.
    converged_ : bool
        Whether the stopping rule was met before the iteration cap (gensim:
        ``tol``; scikit-learn LDA: perplexity; NMF: its own tolerance).
    history_ : ndarray or None
        gensim: the largest L1 change of a topic in each pass.
    metadata_prior_ : DataFrame
        ``"tomotopy_dmr"`` only: one row per campaign (``metadata`` value),
        one column per topic, the campaign's normalised DMR prior
        exp(λ_g) / Σ exp(λ_g): the topic shares expected for a document of
        that campaign before its words are seen.
    tfidf_ : TfidfTransformer
        ``"nmf"`` only: the fitted tf-idf weighting.

    Notes
    -----
    Determinism.  gensim's ``LdaModel`` draws all its random numbers (initial
    topics, initial document gammas) from one ``numpy.random.RandomState``
    seeded by ``random_state``; with the corpus in one chunk and one process
    the result is a fixed function of the input.  ``LdaMulticore`` with
    several workers is *not* deterministic (the workers' partial results are
    merged in the order in which they finish, which the operating system's
    scheduler decides) and is therefore not used.
    gensim's E-step for new documents draws a random starting point, so
    :meth:`transform` reseeds it with ``random_state`` on every call: the
    same documents always get the same topic shares.

    Comparing methods.  gensim and scikit-learn start LDA the same way
    (topic-word parameters drawn from Gamma(100, 1/100) by a
    ``RandomState(random_state)``), so with the same seed and batch EM the
    two usually land on nearly the same topics (Hungarian-matched cosine
    ~0.99 on the seed corpus): that agreement checks the implementations,
    not the robustness of the topics — vary the seed or the documents
    (:func:`subsample_models`) for that.  NMF's ``nndsvda`` start is an SVD,
    so its result does not depend on ``random_state`` at all.

    Convergence.  On the seed corpus (132 paragraphs, ~1,500 modelled
    terms, K = 4 … 12) gensim's batch EM meets ``tol=5e-3`` after 15–55
    passes (mean ~25); a pass costs ~25 ms (gensim's E-step is a Python loop
    over documents).  Variational EM can still creep after such a plateau
    (a few topics keep exchanging words for many passes), which is one more
    reason to compare seeds with :func:`topic_stability` rather than trust
    one run.  ``converged_`` and ``history_`` show what happened.

    References
    ----------
    Blei, D. M., Ng, A. Y. & Jordan, M. I. (2003). Latent Dirichlet
    allocation. *JMLR* 3, 993–1022.
    Boutsidis, C. & Gallopoulos, E. (2008). SVD based initialization: A head
    start for nonnegative matrix factorization. *Pattern Recognition* 41(4),
    1350–1362.
    Hoffman, M., Blei, D. M. & Bach, F. (2010). Online learning for latent
    Dirichlet allocation. *NIPS* 23.
    Lee, D. D. & Seung, H. S. (1999). Learning the parts of objects by
    non-negative matrix factorization. *Nature* 401, 788–791.
    Mimno, D. & McCallum, A. (2008). Topic models conditioned on arbitrary
    features with Dirichlet-multinomial regression. *UAI* 2008.
    Roberts, M. E., Stewart, B. M., Tingley, D. et al. (2014). Structural
    topic models for open-ended survey responses. *American Journal of
    Political Science* 58(4), 1064–1082.
    Řehůřek, R. & Sojka, P. (2010). Software framework for topic modelling
    with large corpora (gensim). *LREC Workshop on New Challenges for NLP
    Frameworks*.

    Examples
    --------
    >>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
    >>> tm = TopicModel(2, min_df=1, max_df=1.0).fit(docs)
    >>> tm.doc_topic_.shape
    (6, 2)
    >>> tm.vocab_.tolist()[:3]          # code-point order
    ['乡村振兴', '公益广告', '创文']
    """

    def __init__(
        self,
        n_topics: int = 8,
        *,
        method: str = "gensim_lda",
        random_state: int = 0,
        passes: int = 100,
        iterations: int = 100,
        learning_method: str = "batch",
        tol: float = 5e-3,
        alpha="symmetric",
        eta=None,
        tokenizer=None,
        min_df: int | float = 2,
        max_df: int | float = 0.9,
        top_n: int = 10,
        metadata: str = "group",
    ) -> None:
        self.n_topics = n_topics
        self.method = method
        self.random_state = random_state
        self.passes = passes
        self.iterations = iterations
        self.learning_method = learning_method
        self.tol = tol
        self.alpha = alpha
        self.eta = eta
        self.tokenizer = tokenizer
        self.min_df = min_df
        self.max_df = max_df
        self.top_n = top_n
        self.metadata = metadata

    # -- fitting -------------------------------------------------------------

    def _check_params(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, got {self.method!r}")
        if not (isinstance(self.n_topics, (int, np.integer)) and self.n_topics >= 1):
            raise ValueError(f"n_topics must be a positive integer, got {self.n_topics!r}")
        if self.learning_method not in ("batch", "online"):
            raise ValueError(f"learning_method must be 'batch' or 'online', got {self.learning_method!r}")
        if not isinstance(self.random_state, (int, np.integer)):
            raise TypeError(f"random_state must be an int (for reproducibility), got {self.random_state!r}")
        if self.method != "gensim_lda" and isinstance(self.alpha, str) and self.alpha != "symmetric":
            raise ValueError(f"alpha={self.alpha!r} is only available with method='gensim_lda'")

    def fit(self, docs, y=None):
        """Learn topics from documents.

        Parameters
        ----------
        docs : DataFrame, list of str or list of list of str
            A DataFrame with a ``text`` column (e.g. from
            :func:`corpusmine.features.documents`) or a ``tokens`` column
            (pre-tokenized, lists of str), raw texts, or token lists.  The
            other columns (``speech_id``, ``group`` …) are kept in ``docs_``.
        y : ignored

        Returns
        -------
        self

        Examples
        --------
        >>> docs = [["乡村振兴", "防止返贫"], ["创文", "测评"]] * 2
        >>> len(TopicModel(2, min_df=1, max_df=1.0).fit(docs).labels_[0].split("·"))
        3
        """
        self._check_params()
        meta, tokens = _prepare(docs, self.tokenizer)
        if len(tokens) == 0:
            raise ValueError("cannot fit a topic model on zero documents")
        X, vocab = _count_matrix(tokens, min_df=self.min_df, max_df=self.max_df)
        self.docs_ = meta
        self.tokens_ = tokens
        self.vocab_ = vocab
        self.counts_ = X
        self.doc_lengths_ = np.asarray(X.sum(axis=1)).ravel().astype(np.int64)
        k = int(self.n_topics)
        if self.method == "gensim_lda":
            self._fit_gensim(X, k)
        elif self.method == "sklearn_lda":
            self._fit_sklearn_lda(X, k)
        elif self.method == "nmf":
            self._fit_nmf(X, k)
        else:
            self._fit_dmr(X, k, meta)
        self.topic_term_ = _row_normalise(self.topic_term_)
        self.labels_ = [LABEL_SEP.join(self._top_indices(t, 3, as_terms=True)) for t in range(k)]
        return self

    def _fit_gensim(self, X, k: int) -> None:
        import logging

        from gensim.models import LdaModel

        bow = _to_bow(X)
        batch = self.learning_method == "batch"
        self.model_ = LdaModel(
            corpus=None,
            num_topics=k,
            id2word={i: t for i, t in enumerate(self.vocab_)},
            chunksize=max(1, len(bow)),
            iterations=self.iterations,
            alpha="symmetric" if self.alpha is None else self.alpha,
            eta=self.eta,
            # rho = (offset + t) ** -decay; decay 0 gives rho = 1: every pass replaces the topics by
            # the new expected counts, i.e. batch variational EM (one chunk = the whole corpus).
            decay=0.0 if batch else 0.5,
            offset=1.0,
            update_every=1,
            eval_every=None,
            random_state=int(self.random_state),
            dtype=np.float64,
        )
        # One pass per update() call so that convergence can be checked between passes.  With
        # rho = 1 this is exactly the same computation as update(passes=n).  gensim warns "too few
        # updates" on every single-pass call; that warning is about the online schedule, not this loop.
        lda_log = logging.getLogger("gensim.models.ldamodel")
        saved_level = lda_log.level
        lda_log.setLevel(logging.ERROR)
        history = []
        prev = self.model_.get_topics()
        try:
            for _ in range(int(self.passes)):
                self.model_.update(bow, passes=1)
                cur = self.model_.get_topics()
                history.append(float(np.abs(cur - prev).sum(axis=1).max()))
                prev = cur
                if history[-1] < self.tol:
                    break
        finally:
            lda_log.setLevel(saved_level)
        self.history_ = np.asarray(history)
        self.n_passes_ = len(history)
        self.converged_ = bool(history) and history[-1] < self.tol
        self.topic_term_ = prev
        self.doc_topic_ = self._gensim_theta(bow)

    def _gensim_theta(self, bow) -> np.ndarray:
        # Reseed the E-step's random start so that the same document always gets the same shares.
        saved = self.model_.random_state
        self.model_.random_state = np.random.RandomState(int(self.random_state))
        try:
            gamma, _ = self.model_.inference(bow)
        finally:
            self.model_.random_state = saved
        return _row_normalise(gamma)

    def _fit_sklearn_lda(self, X, k: int) -> None:
        from sklearn.decomposition import LatentDirichletAllocation

        prior = None if self.alpha in (None, "symmetric") else float(self.alpha)
        self.model_ = LatentDirichletAllocation(
            n_components=k,
            doc_topic_prior=prior,
            topic_word_prior=None if self.eta is None else float(self.eta),
            learning_method=self.learning_method,
            max_iter=self.passes,
            max_doc_update_iter=self.iterations,
            evaluate_every=5,
            perp_tol=0.5,
            random_state=int(self.random_state),
        )
        self.doc_topic_ = _row_normalise(self.model_.fit_transform(X))
        self.topic_term_ = self.model_.components_
        self.n_passes_, self.history_ = int(self.model_.n_iter_), None
        self.converged_ = self.n_passes_ < int(self.passes)

    def _fit_nmf(self, X, k: int) -> None:
        from sklearn.decomposition import NMF
        from sklearn.feature_extraction.text import TfidfTransformer

        self.tfidf_ = TfidfTransformer()
        T = self.tfidf_.fit_transform(X)
        self.model_ = NMF(n_components=k, init="nndsvda", max_iter=_NMF_MAX_ITER, random_state=int(self.random_state))
        W = self.model_.fit_transform(T)
        self.doc_topic_ = _row_normalise(W)
        self.topic_term_ = self.model_.components_
        self.n_passes_ = int(self.model_.n_iter_)
        self.converged_, self.history_ = self.n_passes_ < _NMF_MAX_ITER, None

    def _fit_dmr(self, X, k: int, meta: pd.DataFrame) -> None:
        tp = _import_tomotopy()
        if self.metadata not in meta.columns:
            raise KeyError(f"method='tomotopy_dmr' needs a {self.metadata!r} column in docs")
        # tomotopy's defaults for DMR: alpha 0.1 (the initial exp(lambda)), eta 0.01
        alpha = 0.1 if self.alpha in (None, "symmetric") else float(self.alpha)
        eta = 0.01 if self.eta is None else float(self.eta)
        mdl = tp.DMRModel(k=k, alpha=alpha, eta=eta, seed=int(self.random_state))
        labels = meta[self.metadata].astype(str).tolist()
        keep = set(self.vocab_.tolist())
        index = []
        for i, toks in enumerate(self.tokens_):
            words = [w for w in toks if w in keep]
            if words:
                mdl.add_doc(words, metadata=labels[i])
                index.append(i)
        # 10 Gibbs sweeps per "pass", one worker (several workers sample in a scheduler-dependent order)
        mdl.train(10 * int(self.passes), workers=1, parallel=tp.ParallelScheme.NONE)
        self.model_ = mdl
        pos = {w: j for j, w in enumerate(self.vocab_)}
        cols = [pos[w] for w in mdl.used_vocabs]
        phi = np.zeros((k, len(self.vocab_)))
        for t in range(k):
            phi[t, cols] = np.asarray(mdl.get_topic_word_dist(t), dtype=np.float64)
        self.topic_term_ = phi
        # the DMR prior exp(lambda_g) of each covariate value, normalised: the expected topic shares of a
        # document of that campaign before its words are seen
        groups = list(mdl.metadata_dict)
        prior = _row_normalise(np.asarray([mdl.get_topic_prior(g) for g in groups], dtype=np.float64))
        self.metadata_prior_ = pd.DataFrame(prior, index=pd.Index(groups, name=self.metadata))
        by_group = dict(zip(groups, prior))
        fallback = prior.mean(axis=0)
        theta = np.array([by_group.get(g, fallback) for g in labels], dtype=np.float64)
        for row, d in zip(index, mdl.docs):
            theta[row] = np.asarray(d.get_topic_dist(), dtype=np.float64)
        self.doc_topic_ = _row_normalise(theta)
        self.n_passes_, self.converged_, self.history_ = int(self.passes), False, None

    # -- using a fitted model -------------------------------------------------

    def _check_fitted(self) -> None:
        if not hasattr(self, "topic_term_"):
            raise RuntimeError("this TopicModel is not fitted yet; call fit(docs) first")

    def transform(self, docs) -> np.ndarray:
        """Topic shares of (new) documents under the fitted topics.

        Terms outside ``vocab_`` are ignored; a document without any known
        term gets the normalised prior.

        Parameters
        ----------
        docs : DataFrame, list of str or list of list of str
            As in :meth:`fit`.

        Returns
        -------
        ndarray, shape (n_docs, K)
            Every row sums to 1.  Deterministic: the same documents always get
            the same shares.

        Examples
        --------
        >>> train = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
        >>> tm = TopicModel(2, min_df=1, max_df=1.0).fit(train)
        >>> tm.transform([["撂荒地", "防止返贫"]]).sum().round(6)
        np.float64(1.0)
        """
        self._check_fitted()
        meta, tokens = _prepare(docs, self.tokenizer)
        X, _ = _count_matrix(tokens, vocabulary=list(self.vocab_))
        return self._theta_from_counts(X, tokens, meta)

    def _theta_from_counts(self, X, tokens, meta) -> np.ndarray:
        if self.method == "gensim_lda":
            return self._gensim_theta(_to_bow(X))
        if self.method == "sklearn_lda":
            return _row_normalise(self.model_.transform(X))
        if self.method == "nmf":
            return _row_normalise(self.model_.transform(self.tfidf_.transform(X)))
        return self._dmr_theta(tokens, meta)

    def _dmr_theta(self, tokens, meta) -> np.ndarray:
        if self.metadata not in meta.columns:
            raise KeyError(f"method='tomotopy_dmr' needs the {self.metadata!r} column in the documents to score")
        known = list(self.metadata_prior_.index)
        labels = meta[self.metadata].astype(str).tolist()
        unknown = sorted(set(labels) - set(known))
        if unknown:
            raise ValueError(f"{self.metadata} values not seen in training: {unknown}")
        tp = _import_tomotopy()
        keep = set(self.vocab_.tolist())
        out = self.metadata_prior_.loc[labels].to_numpy(dtype=np.float64, copy=True)
        # a fresh copy of the fitted model each time, so that the same documents always get the same shares
        mdl = tp.DMRModel.loads(self.model_.saves())
        docs, rows = [], []
        for i, toks in enumerate(tokens):
            words = [w for w in toks if w in keep]
            if words:
                docs.append(mdl.make_doc(words, metadata=labels[i]))
                rows.append(i)
        if docs:
            dists, _ = mdl.infer(docs, iterations=10 * int(self.passes), workers=1,
                                 parallel=tp.ParallelScheme.NONE, together=False)
            for i, dist in zip(rows, dists):
                out[i] = np.asarray(dist, dtype=np.float64)
        return _row_normalise(out)

    def fit_transform(self, docs, y=None) -> np.ndarray:
        """Fit, then return ``doc_topic_``.

        Examples
        --------
        >>> TopicModel(2, min_df=1, max_df=1.0).fit_transform([["创文", "测评"], ["返贫", "撂荒地"]]).shape
        (2, 2)
        """
        return self.fit(docs).doc_topic_

    def _top_indices(self, topic: int, n: int, *, as_terms: bool = False):
        w = self.topic_term_[topic]
        # stable sort on (-weight, term index): ties broken by code-point order of the term
        order = np.lexsort((np.arange(len(w)), -w))[:n]
        return [self.vocab_[j] for j in order] if as_terms else order

    def top_terms(self, n: int | None = None, *, lambda_: float = 1.0) -> pd.DataFrame:
        """The highest-ranked terms of every topic, with their dispersion.

        Terms are ranked by the *relevance* of Sievert & Shirley (2014),
        ``λ·log φ_kw + (1 − λ)·log(φ_kw / p_w)``, where φ_kw is the term's
        weight in the topic and p_w its share of all tokens of the training
        corpus.  ``lambda_=1`` (default) ranks by weight alone, as
        ``labels_`` do; smaller values (Sievert & Shirley suggest 0.6) push
        down words that are frequent everywhere (工作, 推进) in favour of
        words typical of the topic.  Ties are broken by code-point order.

        Parameters
        ----------
        n : int, optional
            Terms per topic (default ``top_n``).
        lambda_ : float in [0, 1]
            Relevance weight λ.

        Returns
        -------
        DataFrame
            One row per topic and rank:

            ``topic``  topic number (0 … K-1);
            ``rank``   1 = the topic's top term;
            ``term``   the word;
            ``weight`` φ_kw, its share in the topic's word distribution (row of ``topic_term_``);
            ``lift``   φ_kw / p_w: how much more common the word is in the topic than in the corpus;
            ``doc_freq`` number of training documents containing the term;
            ``n_speeches`` number of distinct speeches (``speech_id``) whose
            training documents contain it (NA without a ``speech_id`` column):
            a term from one template copied across pages is one speech's
            evidence, not many.

        References
        ----------
        Sievert, C. & Shirley, K. (2014). LDAvis: A method for visualizing and
        interpreting topics. *Workshop on Interactive Language Learning,
        Visualization, and Interfaces*, 63–70.

        Examples
        --------
        >>> docs = [["乡村振兴", "防止返贫", "工作"], ["创文", "测评", "工作"]] * 3
        >>> tt = TopicModel(2, min_df=1, max_df=1.0).fit(docs).top_terms(3)
        >>> tt.columns.tolist()
        ['topic', 'rank', 'term', 'weight', 'lift', 'doc_freq', 'n_speeches']
        """
        self._check_fitted()
        if not 0.0 <= lambda_ <= 1.0:
            raise ValueError(f"lambda_ must be in [0, 1], got {lambda_!r}")
        n = self.top_n if n is None else int(n)
        X = self.counts_
        present = (X > 0).astype(np.int64).tocsc()
        doc_freq = np.asarray(present.sum(axis=0)).ravel()
        if "speech_id" in self.docs_.columns:
            codes, uniq = pd.factorize(self.docs_["speech_id"])
            agg = sparse.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))),
                                    shape=(len(uniq), len(codes)))
            n_speeches = pd.array(np.asarray(((agg @ present) > 0).sum(axis=0)).ravel(), dtype="Int64")
        else:
            n_speeches = pd.array([pd.NA] * len(self.vocab_), dtype="Int64")
        counts = np.asarray(X.sum(axis=0)).ravel().astype(np.float64)
        p_w = counts / counts.sum() if counts.sum() > 0 else np.full(len(counts), 1.0 / len(counts))
        phi = self.topic_term_
        with np.errstate(divide="ignore"):
            lift = np.divide(phi, p_w, out=np.zeros_like(phi), where=p_w > 0)
            # zero-weight terms score -inf (ranked last); a zero coefficient must not meet log(0)
            score = np.zeros_like(phi)
            if lambda_ > 0:
                score += lambda_ * np.log(phi)
            if lambda_ < 1:
                score += (1.0 - lambda_) * np.log(lift)
        rows = []
        for t in range(int(self.n_topics)):
            order = np.lexsort((np.arange(phi.shape[1]), -score[t]))[:n]
            for rank, j in enumerate(order, start=1):
                rows.append((t, rank, self.vocab_[j], float(phi[t, j]), float(lift[t, j]), int(doc_freq[j]),
                             n_speeches[j]))
        out = pd.DataFrame(rows, columns=["topic", "rank", "term", "weight", "lift", "doc_freq", "n_speeches"])
        out["n_speeches"] = out["n_speeches"].astype("Int64")
        return out

    def coherence(self, measures: Sequence[str] = ("c_v", "c_npmi"), *, top_n: int | None = None,
                  texts: list[list[str]] | None = None) -> pd.DataFrame:
        """Per-topic coherence of the top terms (gensim's ``CoherenceModel``).

        Parameters
        ----------
        measures : sequence of str
            gensim coherence measures (``"c_v"``, ``"c_npmi"``, ``"c_uci"``, ``"u_mass"``).
        top_n : int, optional
            Top terms per topic (default ``top_n``).
        texts : list of list of str, optional
            Reference texts (default: the tokenized training documents).

        Returns
        -------
        DataFrame
            ``topic, label, measure, coherence``: one row per topic and measure.
            c_v lies in [0, 1], c_npmi in [-1, 1]; higher is more coherent
            (Röder, Both & Hinneburg 2015).

        Examples
        --------
        >>> docs = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
        >>> c = TopicModel(2, min_df=1, max_df=1.0).fit(docs).coherence(["c_npmi"], top_n=3)
        >>> c["measure"].unique().tolist()
        ['c_npmi']
        """
        self._check_fitted()
        n = self.top_n if top_n is None else int(top_n)
        topics = [self._top_indices(t, n, as_terms=True) for t in range(int(self.n_topics))]
        rows = []
        for m in measures:
            per_topic = _coherence_per_topic(topics, self.tokens_ if texts is None else texts, m, n)
            rows += [(t, self.labels_[t], m, float(c)) for t, c in enumerate(per_topic)]
        return pd.DataFrame(rows, columns=["topic", "label", "measure", "coherence"])


def _import_tomotopy():
    try:
        import tomotopy
    except ImportError:
        raise ImportError(
            "method='tomotopy_dmr' needs the optional package tomotopy (a Dirichlet-multinomial "
            "regression topic model, the Python counterpart of R's stm with a categorical "
            "covariate). Install it with: pip install tomotopy==0.14.0"
        ) from None
    return tomotopy


def _coherence_per_topic(topics: list[list[str]], texts: list[list[str]], measure: str, top_n: int) -> list[float]:
    from gensim.corpora import Dictionary
    from gensim.models import CoherenceModel

    # The dictionary only maps words to ids for counting; its order does not affect the scores.
    dictionary = Dictionary([sorted({w for t in topics for w in t} | {w for d in texts for w in d})])
    cm = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence=measure,
                        topn=top_n, processes=1)
    return [float(x) for x in cm.get_coherence_per_topic()]


# --------------------------------------------------------------------------- choosing K


def _fit_one(k: int, seed: int, method: str, data, params: dict) -> "TopicModel":
    return TopicModel(int(k), method=method, random_state=int(seed), **params).fit(data)


def coherence_grid(
    docs,
    ks: Sequence[int] = (4, 6, 8, 10, 12),
    *,
    seeds: Sequence[int] = (0, 1, 2),
    method: str = "gensim_lda",
    measures: Sequence[str] = ("c_v", "c_npmi"),
    tokenizer=None,
    top_n: int = 10,
    n_jobs: int = 1,
    return_models: bool = False,
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
    n_jobs : int
        Models fitted in parallel processes (joblib).  Every model depends
        only on its own seed, so the result is the same for any ``n_jobs``.
    return_models : bool
        Also return the fitted models, ``{(k, seed): TopicModel}`` (e.g. for
        :func:`topic_stability` at the chosen K without refitting).
    **model_params
        Passed on to :class:`TopicModel` (``passes``, ``min_df`` …).

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
    meta, tokens = _prepare(docs, tokenizer)
    # the models get the tokens with the metadata (speech_id, group …): no second segmentation
    data = meta.assign(tokens=tokens)
    params = dict(model_params, top_n=top_n)
    jobs = [(int(k), int(seed)) for k in ks for seed in seeds]
    if n_jobs == 1:
        fitted = [_fit_one(k, seed, method, data, params) for k, seed in jobs]
    else:
        from joblib import Parallel, delayed

        fitted = Parallel(n_jobs=n_jobs)(delayed(_fit_one)(k, seed, method, data, params) for k, seed in jobs)
    topic_lists = [m._top_indices(t, top_n, as_terms=True) for m in fitted for t in range(int(m.n_topics))]
    owner = np.repeat(np.arange(len(fitted)), [int(m.n_topics) for m in fitted])
    scores = {m: np.asarray(_coherence_per_topic(topic_lists, tokens, m, top_n)) for m in measures}
    rows = []
    for i, (k, seed) in enumerate(jobs):
        for m in measures:
            rows.append((k, seed, m, float(scores[m][owner == i].mean())))
    grid = pd.DataFrame(rows, columns=["k", "seed", "measure", "coherence"])
    if return_models:
        return grid, dict(zip(jobs, fitted))
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


# --------------------------------------------------------------------------- stability


def subsample_models(
    docs,
    n_topics: int,
    *,
    n_runs: int = 5,
    frac: float = 0.8,
    random_state: int = 0,
    tokenizer=None,
    n_jobs: int = 1,
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
    n_jobs : int
        Parallel fits (joblib); the result does not depend on it.
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
    meta, tokens = _prepare(docs, tokenizer)
    n = len(tokens)
    size = max(1, int(round(frac * n)))
    rng = np.random.default_rng(random_state)
    subsets = [np.sort(rng.choice(n, size=size, replace=False)) for _ in range(n_runs)]
    frame = meta.assign(tokens=tokens, row=np.arange(n))
    data = [frame.iloc[idx].reset_index(drop=True) for idx in subsets]
    method = model_params.pop("method", "gensim_lda")
    if n_jobs == 1:
        return [_fit_one(n_topics, random_state, method, d, model_params) for d in data]
    from joblib import Parallel, delayed

    return Parallel(n_jobs=n_jobs)(delayed(_fit_one)(n_topics, random_state, method, d, model_params) for d in data)


def _as_topic_frame(run, name) -> pd.DataFrame:
    if isinstance(run, TopicModel):
        run._check_fitted()
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


# --------------------------------------------------------------------------- prevalence


def topic_prevalence(
    model: TopicModel,
    docs=None,
    *,
    by: str = "group",
    n_boot: int = 1000,
    random_state: int = 0,
    cluster: str | None = None,
    level: float = 0.95,
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
        Seed of the bootstrap (``numpy.random.default_rng``); groups are
        processed in campaign order, so results are reproducible.
    cluster : None or str
        Column whose values are resampled as units (e.g. ``"speech_id"``).
    level : float
        Confidence level of the percentile interval.
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
    if not (0 < level < 1):
        raise ValueError(f"level must be in (0, 1), got {level!r}")
    if weights not in (None, "n_tokens"):
        raise ValueError(f"weights must be None or 'n_tokens', got {weights!r}")
    model._check_fitted()
    if docs is None:
        meta, theta, lengths = model.docs_, model.doc_topic_, model.doc_lengths_
    else:
        meta, tokens = _prepare(docs, model.tokenizer)
        X, _ = _count_matrix(tokens, vocabulary=list(model.vocab_))
        theta = model._theta_from_counts(X, tokens, meta)
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
    rng = np.random.default_rng(random_state)
    q = [(1 - level) / 2 * 100, (1 + level) / 2 * 100]
    rows = []
    for g in sorted(set(labels), key=_group_key):
        idx = np.flatnonzero(labels == g)
        th, wg = theta[idx], w[idx]
        point = (wg @ th) / wg.sum()
        if cluster is None:
            codes = np.arange(len(idx))
        else:
            codes, _ = pd.factorize(meta[cluster].to_numpy()[idx], sort=True)
        n_cl = int(codes.max()) + 1
        # per-cluster weighted sums of θ and of weights; a bootstrap replicate is a count vector over clusters
        sum_theta = np.zeros((n_cl, k))
        np.add.at(sum_theta, codes, wg[:, None] * th)
        sum_w = np.bincount(codes, weights=wg, minlength=n_cl)
        if n_cl >= 2 and n_boot > 0:
            draws = rng.integers(0, n_cl, size=(n_boot, n_cl))
            counts = np.zeros((n_boot, n_cl))
            np.add.at(counts, (np.repeat(np.arange(n_boot), n_cl), draws.ravel()), 1.0)
            boot = (counts @ sum_theta) / (counts @ sum_w)[:, None]
            lo, hi = np.percentile(boot, q, axis=0)
        else:
            lo = hi = np.full(k, np.nan)
        n_sp = meta["speech_id"].iloc[idx].nunique() if "speech_id" in meta.columns else pd.NA
        for t in range(k):
            rows.append((t, model.labels_[t], g, float(point[t]), float(lo[t]), float(hi[t]), len(idx), n_sp, n_cl))
    out = pd.DataFrame(rows, columns=["topic", "label", "group", "prevalence", "ci_low", "ci_high", "n_docs",
                                      "n_speeches", "n_clusters"])
    out["n_speeches"] = out["n_speeches"].astype("Int64")
    return out.sort_values(["topic", "group"], key=lambda s: s.map(_group_key) if s.name == "group" else s,
                           kind="mergesort").reset_index(drop=True)
