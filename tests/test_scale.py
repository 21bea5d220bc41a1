"""Tests for corpusmine.stats.scale: the Dask path gives exactly the in-process tables."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from corpusmine import Tokenizer, load_corpus
from corpusmine.corpus.external import GOVERNMENT_WORK_REPORTS
from corpusmine.features import build_dtm, doc_frequency, documents, group_counts
from corpusmine.stats.keyness import keyness_table
from corpusmine.stats.scale import _count_partition, _fingerprint, _partitions, dask_doc_frequency, dask_group_counts, dask_keyness, local_cluster, worker_tokenizer

PARAMS = {"cache_dir": None}
TOK = Tokenizer(cache_dir=None)


@pytest.fixture(scope="module")
def client():
    with local_cluster(n_workers=2, threads_per_worker=1) as c:
        yield c


@pytest.fixture(scope="module")
def seed_docs():
    return documents(load_corpus(), level="paragraph")


@pytest.fixture(scope="module")
def gwr_docs():
    """Four Government Work Reports (1954, 1980, 2012, 2025), one document per blank-line paragraph."""
    rows = [json.loads(line) for line in GOVERNMENT_WORK_REPORTS.read_text(encoding="utf-8").splitlines()]
    out = []
    for r in rows:
        if r["year"] in ("1954", "1980", "2012", "2025"):
            for i, para in enumerate(p.strip() for p in re.split(r"\n\s*\n", r["content"])):
                if para:
                    out.append({"doc_id": f"{r['year']}:{i}", "speech_id": r["year"],
                                "group": f"{int(r['year']) // 10 * 10}s", "text": para})
    return pd.DataFrame(out)


def in_process(docs, params=PARAMS, by="group", unit="speech_id"):
    dtm = build_dtm(docs, tokenizer=Tokenizer(**params))
    return (group_counts(dtm, by=by), doc_frequency(dtm, by=by, unit=unit),
            dtm.docs.groupby(by)[unit].nunique())


def test_without_a_client_the_error_says_what_to_do():
    # first in this file: no client has been started yet
    docs = pd.DataFrame({"group": ["rural"], "text": ["要抓好春耕"]})
    with pytest.raises(ValueError, match=r"no Dask client: pass client= or address='tcp://scheduler:8786'"):
        dask_group_counts(docs, tokenizer=TOK)


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_seed_corpus_counts_identical_to_in_process(client, seed_docs, npartitions):
    counts, speeches, n_speeches = in_process(seed_docs)
    got = dask_group_counts(seed_docs, client=client, tokenizer=TOK, npartitions=npartitions)
    pd.testing.assert_frame_equal(got, counts)        # values, dtypes, term order and column order
    assert list(got.columns) == ["rural", "civilised_city", "environment"]
    assert got.index.is_monotonic_increasing and got.index.name == "term"
    key = dask_keyness(seed_docs, client=client, tokenizer=TOK, npartitions=npartitions, min_count=5)
    expected = keyness_table(counts, docs=speeches, n_docs=n_speeches, min_count=5)
    pd.testing.assert_frame_equal(key, expected)


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_gwr_slice_identical_to_in_process(client, gwr_docs, npartitions):
    params = {"cache_dir": None, "remove_stopwords": False}
    tok = Tokenizer(**params)
    counts, speeches, n_speeches = in_process(gwr_docs, params)
    assert list(counts.columns) == ["1950s", "1980s", "2010s", "2020s"]
    got = dask_group_counts(gwr_docs, client=client, tokenizer=tok, npartitions=npartitions)
    pd.testing.assert_frame_equal(got, counts)
    df = dask_doc_frequency(gwr_docs, unit="speech_id", client=client, tokenizer=tok, npartitions=npartitions)
    pd.testing.assert_frame_equal(df, speeches)
    # one report per decade: a term's speech frequency is 0 or 1
    assert set(df.to_numpy().ravel()) == {0, 1} and n_speeches.tolist() == [1, 1, 1, 1]
    # documents (not speeches) as the unit of dispersion
    pd.testing.assert_frame_equal(
        dask_doc_frequency(gwr_docs, client=client, tokenizer=tok, npartitions=npartitions),
        doc_frequency(build_dtm(gwr_docs, tokenizer=Tokenizer(**params))),
    )


def test_tokenizer_is_built_inside_each_worker(client, seed_docs):
    tok = Tokenizer(cache_dir=None, keep_placeholder=True)
    dask_group_counts(seed_docs, client=client, tokenizer=tok, npartitions=4)

    def cached_tokenizers():
        from corpusmine.stats import scale as scale

        return [json.loads(k) for k in scale._TOKENIZERS]

    per_worker = client.run(cached_tokenizers)
    assert len(per_worker) == 2
    # each worker rebuilt the client's Tokenizer from its parameters (paths travel as {"path": ...})
    expected = json.loads(json.dumps({**tok.get_params(), "userdict": {"path": str(tok.userdict)}}))
    assert all(expected in keys for keys in per_worker.values())
    assert os.getpid() not in client.run(os.getpid).values()       # workers are other processes


def test_a_tokenizer_and_its_parameter_dict_give_the_same_tables(client, seed_docs):
    """Everything else takes a Tokenizer; the older dict of parameters still works and agrees."""
    tok = Tokenizer(cache_dir=None, remove_stopwords=False, keep_numbers=True)
    counts, _, _ = in_process(seed_docs, {"cache_dir": None, "remove_stopwords": False, "keep_numbers": True})
    by_object = dask_group_counts(seed_docs, client=client, tokenizer=tok, npartitions=3)
    by_dict = dask_group_counts(seed_docs, client=client, tokenizer={"cache_dir": None, "remove_stopwords": False,
                                                                      "keep_numbers": True}, npartitions=3)
    by_old_name = dask_group_counts(seed_docs, client=client, npartitions=3,
                                    tokenizer_params={"cache_dir": None, "remove_stopwords": False,
                                                      "keep_numbers": True})
    pd.testing.assert_frame_equal(by_object, counts)
    pd.testing.assert_frame_equal(by_dict, counts)
    pd.testing.assert_frame_equal(by_old_name, counts)
    assert "要" in counts.index and "要" not in dask_group_counts(seed_docs, client=client, tokenizer=TOK).index
    with pytest.raises(ValueError, match="either tokenizer= or tokenizer_params="):
        dask_group_counts(seed_docs, client=client, tokenizer=tok, tokenizer_params={"cache_dir": None})
    with pytest.raises(TypeError, match="must be a corpusmine Tokenizer"):
        dask_group_counts(seed_docs, client=client, tokenizer=str.split)


def test_back_to_back_calls_on_the_same_data_never_lose_their_inputs(client, seed_docs):
    """Regression (CI, lost dependencies): scattered partitions had content-hashed keys, so a second call on the
    same documents reused the keys an earlier call was releasing, and its merge lost its inputs."""
    keys = []
    real_scatter = client.scatter

    def spy(data, **kwargs):
        futures = real_scatter(data, **kwargs)
        keys.append({f.key for f in futures})
        return futures

    client.scatter = spy
    try:
        tables = [dask_group_counts(seed_docs, client=client, tokenizer=TOK, npartitions=3) for _ in range(6)]
    finally:
        del client.scatter
    for t in tables[1:]:
        pd.testing.assert_frame_equal(t, tables[0])
    assert len(keys) == 6 and all(not (a & b) for i, a in enumerate(keys) for b in keys[i + 1:])


def test_partitions_keep_speeches_whole_and_cover_every_document(seed_docs):
    parts = _partitions(seed_docs, "group", "speech_id", 5)
    assert sum(len(p["texts"]) for p in parts) == len(seed_docs)
    owners = [set(p["units"]) for p in parts]
    assert all(not (a & b) for i, a in enumerate(owners) for b in owners[i + 1:])
    assert sorted(t for p in parts for t in p["texts"]) == sorted(seed_docs["text"])


def test_worker_refuses_a_different_dictionary():
    part = {"texts": ["要抓好春耕"], "labels": ["rural"], "units": None}
    ok = _fingerprint(worker_tokenizer(PARAMS))
    assert _count_partition(part, PARAMS, ok)["counts"] == {"rural": {"抓好": 1, "春耕": 1}}
    with pytest.raises(RuntimeError, match="tokenizes differently from the client"):
        _count_partition(part, PARAMS, "0" * 16)
    assert _fingerprint(Tokenizer(cache_dir=None)) != _fingerprint(Tokenizer(cache_dir=None, remove_stopwords=False))


def test_bad_arguments(client, seed_docs):
    with pytest.raises(TypeError, match="plain data"):
        dask_group_counts(seed_docs, client=client, tokenizer=Tokenizer(cache_dir=None, stopwords=[object()]))
    with pytest.raises(TypeError, match="plain data"):
        dask_group_counts(seed_docs, client=client, tokenizer={"stopwords": object()})
    with pytest.raises(KeyError, match="no column 'decade'"):
        dask_group_counts(seed_docs, by="decade", client=client)
    with pytest.raises(ValueError, match="either client= or address="):
        dask_group_counts(seed_docs, client=client, address="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="npartitions must be a positive int"):
        dask_group_counts(seed_docs, client=client, npartitions=0)


SCRIPT = textwrap.dedent("""
    import hashlib, sys
    import pandas as pd
    from corpusmine import Tokenizer
    from corpusmine.stats.scale import dask_group_counts, local_cluster

    if __name__ == "__main__":
        docs = pd.read_parquet(sys.argv[3])
        with local_cluster(n_workers=int(sys.argv[2])) as client:
            counts = dask_group_counts(docs, client=client, tokenizer=Tokenizer(cache_dir=None),
                                       npartitions=int(sys.argv[1]))
        print(hashlib.sha256(counts.to_csv().encode("utf-8")).hexdigest())
""")


def test_independent_of_hash_seed(tmp_path, seed_docs):
    script = tmp_path / "count.py"
    script.write_text(SCRIPT, encoding="utf-8")
    data = tmp_path / "docs.parquet"
    seed_docs[["group", "text"]].to_parquet(data, index=False)
    counts, _, _ = in_process(seed_docs)
    expected = hashlib.sha256(counts.to_csv().encode("utf-8")).hexdigest()
    runs = [  # (hash seed, partitions, workers), run side by side
        subprocess.Popen([sys.executable, str(script), parts, workers, str(data)], env=dict(os.environ, PYTHONHASHSEED=seed),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for seed, parts, workers in (("1", "3", "2"), ("2", "7", "1"))
    ]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err[-2000:]
        assert out.strip().splitlines()[-1] == expected
