"""Former name of the fit cache, kept as an alias: the one implementation is :mod:`corpusmine.stats.topic_cache`.

Topic fits are cached by passing ``cache_dir`` (a folder or a :class:`FitCache`) to
:class:`~corpusmine.stats.topic_model.TopicModel`,
:func:`~corpusmine.stats.topic_eval.coherence_grid` or
:func:`~corpusmine.stats.topic_eval.subsample_models`; the notebooks get their
:class:`FitCache` from :func:`corpusmine.report.setup` (``session.fits``).

Examples
--------
>>> from corpusmine.stats import topic_cache
>>> FitCache is topic_cache.FitCache and fit_key is topic_cache.fit_key      # 同一个缓存
True
"""

from __future__ import annotations

from corpusmine.stats.topic_cache import FitCache, fit_key

__all__ = ["FitCache", "fit_key"]
