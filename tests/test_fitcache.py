"""The fit cache: a warm run restores exactly what a cold run fitted, from JSON and npz only."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest

from corpusmine import fitcache
from corpusmine.features import CAMPAIGNS, documents
from corpusmine.stats import topics as T
from corpusmine.tokens.tokenizer import Tokenizer


@pytest.fixture(scope="module")
def docs(corpus):
    """The campaign paragraphs of the real corpus, segmented once."""
    d = documents(corpus, level="paragraph", by="campaign", groups=CAMPAIGNS)
    return fitcache.tokens_frame(d, Tokenizer(cache_dir=None))


def _same_model(a, b):
    assert np.array_equal(a.topic_term_, b.topic_term_) and np.array_equal(a.doc_topic_, b.doc_topic_)
    assert list(a.vocab_) == list(b.vocab_) and a.labels_ == b.labels_
    assert (a.counts_ != b.counts_).nnz == 0 and np.array_equal(a.doc_lengths_, b.doc_lengths_)
    assert (a.n_passes_, a.converged_) == (b.n_passes_, b.converged_)
    pd.testing.assert_frame_equal(a.docs_, b.docs_)
    pd.testing.assert_frame_equal(a.top_terms(10, lambda_=0.6), b.top_terms(10, lambda_=0.6))
    pd.testing.assert_frame_equal(T.topic_prevalence(a, n_boot=200, random_state=0, cluster="speech_id"),
                                  T.topic_prevalence(b, n_boot=200, random_state=0, cluster="speech_id"))


@pytest.mark.parametrize("method", ["gensim_lda", "sklearn_lda", "nmf", "tomotopy_dmr"])
def test_warm_fit_equals_cold_fit_and_skips_fitting(method, docs, tmp_path):
    cache = fitcache.FitCache(tmp_path / "fits")
    params = dict(method=method, random_state=0, passes=10)
    cold = fitcache.fit_topic_model(T.TopicModel(3, **params), docs, cache=cache)
    warm = fitcache.fit_topic_model(T.TopicModel(3, **params), docs, cache=cache)
    assert (cache.misses, cache.hits) == (1, 1)
    _same_model(cold, warm)
    fresh = T.TopicModel(3, **params).fit(docs)            # the cache never changes a number
    _same_model(fresh, warm)
    if method == "tomotopy_dmr":
        pd.testing.assert_frame_equal(cold.metadata_prior_, warm.metadata_prior_)
        # tomotopy's own byte format is kept: new documents can still be scored
        assert np.allclose(warm.transform(docs.head(3)), cold.transform(docs.head(3)))


def test_grid_and_subsamples_restore_every_model(docs, tmp_path):
    cache = fitcache.FitCache(tmp_path)
    kw = dict(ks=(2, 3), seeds=(0, 1), measures=("c_npmi",), top_n=5, passes=10)
    grid1, models1 = fitcache.coherence_grid(docs, cache=cache, **kw)
    grid2, models2 = fitcache.coherence_grid(docs, cache=cache, **kw)
    pd.testing.assert_frame_equal(grid1, grid2)
    assert list(models1) == list(models2) == [(2, 0), (2, 1), (3, 0), (3, 1)]
    for key in models1:
        _same_model(models1[key], models2[key])
    pd.testing.assert_frame_equal(T.topic_stability({f"s{s}": models2[(3, s)] for s in (0, 1)}),
                                  T.topic_stability({f"s{s}": models1[(3, s)] for s in (0, 1)}))
    sub1 = fitcache.subsample_models(docs, 3, n_runs=2, frac=0.8, random_state=0, passes=10, cache=cache)
    sub2 = fitcache.subsample_models(docs, 3, n_runs=2, frac=0.8, random_state=0, passes=10, cache=cache)
    assert cache.hits == 2 and cache.misses == 2
    for a, b in zip(sub1, sub2):
        _same_model(a, b)
        assert a.docs_["row"].tolist() == b.docs_["row"].tolist()


def test_key_follows_data_parameters_and_tokens(docs):
    key = fitcache.fit_key("TopicModel", docs, {"n_topics": 4, "passes": 100})
    assert key == fitcache.fit_key("TopicModel", docs.copy(), {"passes": 100, "n_topics": 4})
    assert key != fitcache.fit_key("TopicModel", docs, {"n_topics": 5, "passes": 100})
    changed = docs.copy()
    changed.at[0, "tokens"] = list(changed.at[0, "tokens"]) + ["乡村振兴"]
    assert key != fitcache.fit_key("TopicModel", changed, {"n_topics": 4, "passes": 100})
    regrouped = docs.assign(group=docs["group"].replace({"rural": "environment"}))
    assert key != fitcache.fit_key("TopicModel", regrouped, {"n_topics": 4, "passes": 100})
    with pytest.raises(KeyError, match="tokens"):
        fitcache.fit_key("TopicModel", docs.drop(columns="tokens"), {})


def test_entries_are_json_and_npz_without_pickle_and_a_damaged_entry_is_refitted(docs, tmp_path):
    cache = fitcache.FitCache(tmp_path)
    model = fitcache.fit_topic_model(T.TopicModel(2, passes=5), docs, cache=cache)
    files = sorted(p.suffix for p in tmp_path.iterdir())
    assert files == [".json", ".npz"]
    npz = next(tmp_path.glob("*.npz"))
    with np.load(npz, allow_pickle=False) as f:                    # would raise on an object array
        assert f["vocab"].dtype.kind == "U" and "乡村振兴" in set(f["vocab"].tolist())
    json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    npz.write_bytes(b"not a zip file")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        again = fitcache.fit_topic_model(T.TopicModel(2, passes=5), docs, cache=cache)
    assert any(str(npz) in str(w.message) for w in caught) and cache.misses == 2
    _same_model(model, again)
    disabled = fitcache.FitCache(tmp_path, enabled=False)
    fitcache.fit_topic_model(T.TopicModel(2, passes=5), docs, cache=disabled)
    assert disabled.hits == 0
