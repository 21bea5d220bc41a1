"""Shared fixtures: the corpus is built once per test session into a temporary folder."""

from __future__ import annotations

import pytest

from corpusmine import config


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The real corpus built from data/raw and data/manifest.csv into a temporary folder."""
    from corpusmine.corpus.build import build_corpus
    from corpusmine.tokens.tokenizer import Tokenizer

    out = tmp_path_factory.mktemp("processed")
    tok = Tokenizer(remove_stopwords=False, cache_dir=out / "cache")
    corpus = build_corpus(config.RAW_DIR, config.MANIFEST, out, tokenizer=tok)
    return corpus, out


@pytest.fixture(scope="session")
def corpus(built):
    return built[0]
