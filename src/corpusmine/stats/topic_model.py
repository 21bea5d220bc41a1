"""The topic-model estimator: LDA (gensim, scikit-learn), NMF and DMR behind one scikit-learn interface.

:class:`TopicModel` follows scikit-learn's estimator rules: parameters in
``__init__`` (stored unchanged), learning in :meth:`TopicModel.fit`, fitted
attributes ending in ``_``, randomness only through ``random_state``.  The
back ends live in :mod:`corpusmine.stats.topic_backends` and
:mod:`corpusmine.stats.dmr`.

Examples
--------
>>> tm = TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 3)
>>> tm.doc_topic_.shape
(6, 2)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator

from corpusmine.stats.coherence import coherence_per_topic
from corpusmine.stats.dmr import dmr_theta, fit_dmr, import_tomotopy
from corpusmine.stats.topic_backends import fit_gensim, fit_nmf, fit_sklearn_lda, gensim_theta
from corpusmine.stats.topic_cache import as_fit_cache, load_fit, model_key, save_fit
from corpusmine.stats.topic_input import count_matrix, prepare_docs, row_normalise, to_bow

__all__ = ["LABEL_SEP", "METHODS", "TopicModel"]

#: The algorithms :class:`TopicModel` can fit.
METHODS: tuple[str, ...] = ("gensim_lda", "sklearn_lda", "nmf", "tomotopy_dmr")


#: Separator of the words in a topic label (middle dot, as in 乡村·振兴·返贫).
LABEL_SEP = "·"



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
        ``tomotopy`` (``pip install 'corpusmine[dmr]'``).  Same seed, same
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
    cache_dir : path-like, FitCache or None, default None
        The content-keyed cache of fits (:mod:`corpusmine.stats.topic_cache`;
        like scikit-learn's ``memory``), a folder or a
        :class:`~corpusmine.stats.topic_cache.FitCache`: the same documents
        and parameters are fitted once (any method), later fits are read back
        with identical results.  None fits every time.

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
    cache_hit_ : bool
        Whether the fit was read from ``cache_dir`` instead of computed.
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
        cache_dir=None,
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
        self.cache_dir = cache_dir

    def __getstate__(self):
        # tomotopy's models cannot be pickled: a DMR model travels (to a worker process and back) in its own bytes
        state = super().__getstate__()
        if self.method == "tomotopy_dmr" and state.get("model_") is not None:
            state = {**state, "model_": bytes(state["model_"].saves()), "_model_saved": True}
        return state

    def __setstate__(self, state):
        if state.pop("_model_saved", False):
            state["model_"] = import_tomotopy().DMRModel.loads(state["model_"])
        super().__setstate__(state)

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

    def fit(self, docs, y=None, *, start=None):
        """Learn topics from documents.

        Parameters
        ----------
        docs : DataFrame, list of str or list of list of str
            A DataFrame with a ``text`` column (e.g. from
            :func:`corpusmine.features.documents`) or a ``tokens`` column
            (pre-tokenized, lists of str), raw texts, or token lists.  The
            other columns (``speech_id``, ``group`` …) are kept in ``docs_``.
        y : ignored
        start : TopicModel, optional
            ``"gensim_lda"`` only: a fit of the same documents with the same
            parameters except fewer ``passes`` (e.g. a screening fit of
            :func:`~corpusmine.stats.topic_eval.coherence_grid`).  Its passes
            are continued instead of run again; batch EM is deterministic, so
            the result is identical to a fit from scratch.

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
        meta, tokens = prepare_docs(docs, self.tokenizer)
        if len(tokens) == 0:
            raise ValueError("cannot fit a topic model on zero documents")
        X, vocab = count_matrix(tokens, min_df=self.min_df, max_df=self.max_df)
        self.docs_ = meta
        self.tokens_ = tokens
        self.vocab_ = vocab
        self.counts_ = X
        self.doc_lengths_ = np.asarray(X.sum(axis=1)).ravel().astype(np.int64)
        k = int(self.n_topics)
        cache = as_fit_cache(self.cache_dir)
        key = model_key(self, meta, tokens) if cache is not None else None
        self.cache_hit_ = cache is not None and load_fit(self, cache, key)
        if self.cache_hit_:
            cache.hits += 1
        else:
            if self.method == "gensim_lda":
                fit_gensim(self, X, k, start=start)
            elif self.method == "sklearn_lda":
                fit_sklearn_lda(self, X, k)
            elif self.method == "nmf":
                fit_nmf(self, X, k)
            else:
                fit_dmr(self, X, k, meta)
            self.topic_term_ = row_normalise(self.topic_term_)
            if cache is not None:
                cache.misses += 1
                save_fit(self, cache, key)
        self.labels_ = [LABEL_SEP.join(self._top_indices(t, 3, as_terms=True)) for t in range(k)]
        return self

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
        >>> float(tm.transform([["撂荒地", "防止返贫"]]).sum().round(6))
        1.0
        """
        self._check_fitted()
        meta, tokens = prepare_docs(docs, self.tokenizer)
        X, _ = count_matrix(tokens, vocabulary=list(self.vocab_))
        return self.transform_counts(X, tokens, meta)

    def transform_counts(self, X, tokens, meta) -> np.ndarray:
        """Topic shares from an already counted document-term matrix over ``vocab_``.

        Parameters
        ----------
        X : sparse matrix, shape (n_docs, V)
            Counts over ``vocab_`` (:func:`~corpusmine.stats.topic_input.count_matrix` with ``vocabulary=vocab_``).
        tokens : list of list of str
            The same documents' tokens (DMR scores tokens).
        meta : DataFrame
            Their metadata (DMR needs the ``metadata`` column).

        Returns
        -------
        ndarray, shape (n_docs, K)

        Examples
        --------
        >>> train = [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
        >>> tm = TopicModel(2, min_df=1, max_df=1.0).fit(train)
        >>> X, _ = count_matrix([["创文"]], vocabulary=list(tm.vocab_))
        >>> tm.transform_counts(X, [["创文"]], None).shape
        (1, 2)
        """
        self._check_fitted()
        if getattr(self, "model_", None) is None:
            raise RuntimeError(f"this {self.method} model was restored from the fit cache without its scikit-learn "
                               "estimator, so it cannot score new documents; fit it without cache_dir to transform")
        if self.method == "gensim_lda":
            return gensim_theta(self, to_bow(X))
        if self.method == "sklearn_lda":
            return row_normalise(self.model_.transform(X))
        if self.method == "nmf":
            return row_normalise(self.model_.transform(self.tfidf_.transform(X)))
        return dmr_theta(self, tokens, meta)

    def fit_transform(self, docs, y=None) -> np.ndarray:
        """Fit, then return ``doc_topic_``.

        Examples
        --------
        >>> TopicModel(2, min_df=1, max_df=1.0).fit_transform([["创文", "测评"], ["返贫", "撂荒地"]]).shape
        (2, 2)
        """
        return self.fit(docs).doc_topic_

    def top_term_lists(self, n: int | None = None) -> list[list[str]]:
        """The ``n`` highest-weight terms of every topic, as lists (ties in code-point order).

        Parameters
        ----------
        n : int, optional
            Terms per topic (default ``top_n``).

        Returns
        -------
        list of list of str

        Examples
        --------
        >>> tm = TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 3)
        >>> sorted(map(sorted, tm.top_term_lists(2)))
        [['乡村振兴', '返贫'], ['创文', '测评']]
        """
        self._check_fitted()
        n = self.top_n if n is None else int(n)
        return [self._top_indices(t, n, as_terms=True) for t in range(int(self.n_topics))]

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
            per_topic = coherence_per_topic(topics, self.tokens_ if texts is None else texts, m, n)
            rows += [(t, self.labels_[t], m, float(c)) for t, c in enumerate(per_topic)]
        return pd.DataFrame(rows, columns=["topic", "label", "measure", "coherence"])

