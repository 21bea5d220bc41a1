"""The one fit cache (stats.topic_cache): a warm run restores exactly what a cold run fitted, from JSON and npz only."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest

from corpusmine import fitcache
from corpusmine.stats import topic_cache
from corpusmine.features import CAMPAIGNS, documents
from corpusmine.stats import topics as T
from corpusmine.tokens.tokenizer import Tokenizer


@pytest.fixture(scope="module")
def docs(corpus):
    """The campaign paragraphs of the real corpus, segmented once."""
    d = documents(corpus, level="paragraph", by="campaign", groups=CAMPAIGNS)
    tokens = Tokenizer(cache_dir=None).cut_many(d["text"].tolist(), progress=False)
    return d.reset_index(drop=True).assign(tokens=[list(t) for t in tokens])


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
    cache = topic_cache.FitCache(tmp_path / "fits")
    params = dict(method=method, random_state=0, passes=10)
    cold = T.TopicModel(3, cache_dir=cache, **params).fit(docs)
    warm = T.TopicModel(3, cache_dir=cache, **params).fit(docs)
    assert (cache.misses, cache.hits) == (1, 1) and (cold.cache_hit_, warm.cache_hit_) == (False, True)
    _same_model(cold, warm)
    fresh = T.TopicModel(3, **params).fit(docs)            # the cache never changes a number
    _same_model(fresh, warm)
    if method == "tomotopy_dmr":
        pd.testing.assert_frame_equal(cold.metadata_prior_, warm.metadata_prior_)
        # tomotopy's own byte format is kept: new documents can still be scored
        assert np.allclose(warm.transform(docs.head(3)), cold.transform(docs.head(3)))
    if method == "gensim_lda":      # the gensim model is rebuilt: new documents get the very same shares
        assert np.array_equal(warm.transform(docs.head(5)), fresh.transform(docs.head(5)))


def test_grid_and_subsamples_restore_every_model(docs, tmp_path):
    cache = topic_cache.FitCache(tmp_path)
    kw = dict(ks=(2, 3), seeds=(0, 1), measures=("c_npmi",), top_n=5, passes=10, return_models=True)
    grid1, models1 = T.coherence_grid(docs, cache_dir=cache, **kw)
    assert (cache.hits, cache.misses) == (0, 4)
    grid2, models2 = T.coherence_grid(docs, cache_dir=cache, **kw)
    assert (cache.hits, cache.misses) == (4, 4) and all(m.cache_hit_ for m in models2.values())
    pd.testing.assert_frame_equal(grid1, grid2)
    assert list(models1) == list(models2) == [(2, 0), (2, 1), (3, 0), (3, 1)]
    for key in models1:
        _same_model(models1[key], models2[key])
    pd.testing.assert_frame_equal(T.topic_stability({f"s{s}": models2[(3, s)] for s in (0, 1)}),
                                  T.topic_stability({f"s{s}": models1[(3, s)] for s in (0, 1)}))
    sub1 = T.subsample_models(docs, 3, n_runs=2, frac=0.8, random_state=0, passes=10, cache_dir=cache)
    sub2 = T.subsample_models(docs, 3, n_runs=2, frac=0.8, random_state=0, passes=10, cache_dir=cache)
    assert (cache.hits, cache.misses) == (6, 6)
    for a, b in zip(sub1, sub2):
        _same_model(a, b)
        assert a.docs_["row"].tolist() == b.docs_["row"].tolist()


def test_key_follows_data_parameters_and_tokens(docs):
    key = topic_cache.fit_key("TopicModel", docs, {"n_topics": 4, "passes": 100})
    assert key == topic_cache.fit_key("TopicModel", docs.copy(), {"passes": 100, "n_topics": 4})
    assert key != topic_cache.fit_key("TopicModel", docs, {"n_topics": 5, "passes": 100})
    changed = docs.copy()
    changed.at[0, "tokens"] = list(changed.at[0, "tokens"]) + ["乡村振兴"]
    assert key != topic_cache.fit_key("TopicModel", changed, {"n_topics": 4, "passes": 100})
    regrouped = docs.assign(group=docs["group"].replace({"rural": "environment"}))
    assert key != topic_cache.fit_key("TopicModel", regrouped, {"n_topics": 4, "passes": 100})
    with pytest.raises(KeyError, match="tokens"):
        topic_cache.fit_key("TopicModel", docs.drop(columns="tokens"), {})


def test_entries_are_json_and_npz_without_pickle_and_a_damaged_entry_is_refitted(docs, tmp_path):
    cache = topic_cache.FitCache(tmp_path)
    model = T.TopicModel(2, passes=5, cache_dir=cache).fit(docs)
    files = sorted(p.suffix for p in tmp_path.iterdir())
    assert files == [".json", ".npz"]
    npz = next(tmp_path.glob("*.npz"))
    with np.load(npz, allow_pickle=False) as f:                    # would raise on an object array
        assert f["vocab"].dtype.kind == "U" and "乡村振兴" in set(f["vocab"].tolist())
    json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    npz.write_bytes(b"not a zip file")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        again = T.TopicModel(2, passes=5, cache_dir=cache).fit(docs)
    assert any(str(npz) in str(w.message) for w in caught) and cache.misses == 2
    _same_model(model, again)
    disabled = topic_cache.FitCache(tmp_path, enabled=False)
    assert T.TopicModel(2, passes=5, cache_dir=disabled).fit(docs).cache_hit_ is False
    assert disabled.hits == 0


def test_old_name_is_an_alias_of_the_one_cache():
    assert fitcache.FitCache is topic_cache.FitCache and fitcache.fit_key is topic_cache.fit_key


def test_grid_continues_its_screening_fits_and_equals_full_fits_from_scratch(docs, tmp_path):
    """The chosen K's full fits continue the screening fits (issue 11.7) with the numbers of fresh full fits."""
    kw = dict(ks=(2, 3), seeds=(0, 1), measures=("c_npmi",), top_n=5, passes=30, return_models=True)
    grid, models = T.coherence_grid(docs, screen={"passes": 4}, n_jobs=1, cache_dir=tmp_path, **kw)
    k = grid.attrs["refit_k"]
    assert k == T.choose_k(grid) and grid.attrs["screen"] == {"passes": 4}
    for seed in (0, 1):
        fresh = T.TopicModel(k, random_state=seed, passes=30, top_n=5).fit(docs)
        _same_model(fresh, models[(k, seed)])
        assert np.array_equal(fresh.history_, models[(k, seed)].history_) and fresh.n_passes_ > 4
    other = ({2, 3} - {k}).pop()
    assert all(models[(other, s)].n_passes_ <= 4 for s in (0, 1))     # the other K keep their screening fits
    # a restored screening fit is continued just as well (its gensim state and random state are stored)
    _, again = T.coherence_grid(docs, screen={"passes": 4}, n_jobs=1, cache_dir=tmp_path, **kw)
    for seed in (0, 1):
        _same_model(models[(k, seed)], again[(k, seed)])


def test_start_must_be_the_same_fit_with_fewer_passes(docs):
    short = T.TopicModel(2, passes=3).fit(docs)
    with pytest.raises(ValueError, match="random_state"):
        T.TopicModel(2, passes=10, random_state=1).fit(docs, start=short)
    with pytest.raises(ValueError, match="passes"):
        T.TopicModel(2, passes=2).fit(docs, start=short)
    with pytest.raises(ValueError, match="documents"):
        T.TopicModel(2, passes=10).fit(docs.iloc[1:], start=short)


def test_fit_models_in_parallel_equals_fitting_one_by_one_and_fills_the_cache(docs, tmp_path):
    cache = topic_cache.FitCache(tmp_path)
    specs = {m: dict(method=m, random_state=0, passes=10) for m in ("sklearn_lda", "nmf", "gensim_lda", "tomotopy_dmr")}
    tok = Tokenizer(cache_dir=None)
    text = docs.drop(columns="tokens")
    fitted = T.fit_models({m: T.TopicModel(3, tokenizer=tok, cache_dir=cache, **p) for m, p in specs.items()}, text,
                          n_jobs=2)
    assert list(fitted) == list(specs) and (cache.hits, cache.misses) == (0, 4)
    assert all(m.tokenizer is tok and m.cache_dir is cache for m in fitted.values())
    for name, p in specs.items():
        _same_model(T.TopicModel(3, **p).fit(docs), fitted[name])
        assert T.TopicModel(3, tokenizer=tok, cache_dir=cache, **p).fit(text).cache_hit_
    assert cache.hits == 4


def test_a_fitted_dmr_model_survives_pickling(docs):
    """Regression: worker processes return fitted models pickled, and tomotopy's models cannot be pickled."""
    import pickle

    dmr = T.TopicModel(3, method="tomotopy_dmr", random_state=0, passes=5).fit(docs)
    back = pickle.loads(pickle.dumps(dmr))
    _same_model(dmr, back)
    np.testing.assert_array_equal(back.transform(docs.head(4)), dmr.transform(docs.head(4)))


def test_a_warm_grid_restores_in_this_process_without_workers(docs, tmp_path, monkeypatch):
    """Cached fits are restored here; asking worker processes for them would only cost their start-up."""
    kw = dict(ks=(2, 3), seeds=(0,), measures=("c_npmi",), top_n=5, passes=5, return_models=True, cache_dir=tmp_path)
    T.coherence_grid(docs, n_jobs=1, **kw)
    sub = T.subsample_models(docs, 2, n_runs=2, passes=5, cache_dir=tmp_path, n_jobs=1)
    import joblib

    def no_workers(*args, **kwargs):
        raise AssertionError("a worker pool was started for cached fits")

    monkeypatch.setattr(joblib, "Parallel", no_workers)
    _, models = T.coherence_grid(docs, n_jobs=2, **kw)
    again = T.subsample_models(docs, 2, n_runs=2, passes=5, cache_dir=tmp_path, n_jobs=2)
    assert all(m.cache_hit_ for m in [*models.values(), *again])
    for a, b in zip(sub, again):
        _same_model(a, b)


def test_a_restored_sklearn_model_says_why_it_cannot_transform(docs, tmp_path):
    T.TopicModel(2, method="nmf", cache_dir=tmp_path).fit(docs)
    warm = T.TopicModel(2, method="nmf", cache_dir=tmp_path).fit(docs)
    assert warm.cache_hit_
    with pytest.raises(RuntimeError, match="restored from the fit cache"):
        warm.transform(docs.head(2))
