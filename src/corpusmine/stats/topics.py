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

This module gathers the public names of the topic stage, which live in:

* :mod:`~corpusmine.stats.topic_model` — :class:`TopicModel` (fit, transform,
  top terms, coherence), with its inputs in :mod:`~corpusmine.stats.topic_input`
  and back ends in :mod:`~corpusmine.stats.topic_backends` and
  :mod:`~corpusmine.stats.dmr` (optional: ``corpusmine[dmr]``);
* :mod:`~corpusmine.stats.topic_eval` — choosing K (:func:`coherence_grid`,
  :func:`summarise_grid`, :func:`choose_k`) and robustness
  (:func:`topic_stability`, :func:`subsample_models`);
* :mod:`~corpusmine.stats.prevalence` — campaign differences
  (:func:`topic_prevalence`);
* :mod:`~corpusmine.stats.topic_quality` — FREX labels (:func:`frex_terms`),
  the chance level of top-term stability (:func:`jaccard_baseline`) and
  topics that mirror the corpus (:func:`topic_diagnostics`).

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
>>> from corpusmine import features                                 # doctest: +SKIP
>>> from corpusmine.stats import topics                               # doctest: +SKIP
>>> docs = features.documents(cm.load_corpus(), level="paragraph")   # doctest: +SKIP
>>> grid = topics.coherence_grid(docs, ks=(4, 6, 8))                 # doctest: +SKIP
>>> k = topics.choose_k(grid, measure="c_npmi")                      # doctest: +SKIP
>>> runs = [topics.TopicModel(k, random_state=s).fit(docs) for s in range(3)]  # doctest: +SKIP
>>> topics.topic_stability(runs)                                     # doctest: +SKIP
>>> topics.topic_prevalence(runs[0], cluster="speech_id")            # doctest: +SKIP
"""

from __future__ import annotations

from corpusmine.stats.prevalence import topic_prevalence
from corpusmine.stats.topic_eval import (choose_k, coherence_grid, fit_models, subsample_models, summarise_grid,
                                         topic_stability)
from corpusmine.stats.topic_model import LABEL_SEP, METHODS, TopicModel
from corpusmine.stats.topic_quality import frex_terms, jaccard_baseline, topic_diagnostics

__all__ = [
    "LABEL_SEP",
    "METHODS",
    "TopicModel",
    "choose_k",
    "coherence_grid",
    "fit_models",
    "frex_terms",
    "jaccard_baseline",
    "subsample_models",
    "summarise_grid",
    "topic_diagnostics",
    "topic_prevalence",
    "topic_stability",
]
