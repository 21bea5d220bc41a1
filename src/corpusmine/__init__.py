"""corpusmine: mine Chinese local-government speeches and compare campaign rhetoric.

The public names are imported lazily so that ``import corpusmine`` stays cheap
(jieba, OpenCC and pandas are loaded only when first needed).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_LAZY = {
    "clean_text": ("corpusmine.text.clean", "clean_text"),
    "clean_document": ("corpusmine.text.clean", "clean_document"),
    "Tokenizer": ("corpusmine.tokens.tokenizer", "Tokenizer"),
    "load_corpus": ("corpusmine.corpus.build", "load_corpus"),
    "build_corpus": ("corpusmine.corpus.build", "build_corpus"),
    "Corpus": ("corpusmine.corpus.build", "Corpus"),
    "classify_campaign": ("corpusmine.text.classify", "classify_campaign"),
    "CorpusInputError": ("corpusmine.errors", "CorpusInputError"),
    "CorpusWarning": ("corpusmine.errors", "CorpusWarning"),
    "ManifestError": ("corpusmine.corpus.manifest", "ManifestError"),
    "documents": ("corpusmine.features", "documents"),
    "build_dtm": ("corpusmine.features", "build_dtm"),
    "group_counts": ("corpusmine.features", "group_counts"),
    "doc_frequency": ("corpusmine.features", "doc_frequency"),
    "tfidf_top_terms": ("corpusmine.features", "tfidf_top_terms"),
    "keyness": ("corpusmine.stats.keyness", "keyness"),
    "keyness_table": ("corpusmine.stats.keyness", "keyness_table"),
    "kwic": ("corpusmine.stats.concordance", "kwic"),
    "TopicModel": ("corpusmine.stats.topics", "TopicModel"),
    "rhetoric_rates": ("corpusmine.stats.rhetoric", "rhetoric_rates"),
    "compare_rhetoric": ("corpusmine.stats.rhetoric", "compare_rhetoric"),
    "permutation_test": ("corpusmine.stats.rhetoric", "permutation_test"),
    "save_figure": ("corpusmine.viz.plots", "save_figure"),
    "save_table": ("corpusmine.report", "save_table"),
    "use_cjk_font": ("corpusmine.viz.plots", "use_cjk_font"),
    "read_corpus": ("corpusmine.corpus.read", "read_corpus"),
    "government_work_reports": ("corpusmine.corpus.external", "government_work_reports"),
    "dask_group_counts": ("corpusmine.stats.scale", "dask_group_counts"),
    "dask_keyness": ("corpusmine.stats.scale", "dask_keyness"),
    "local_cluster": ("corpusmine.stats.scale", "local_cluster"),
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str):
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'corpusmine' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__():
    return __all__
