"""Shared fixtures (the corpus is built once per test session into a temporary folder) and the test tiers.

Tiers: ``make test`` runs everything; ``make test-fast`` runs ``-m "not slow"``.  Slow are whole files
that execute notebooks, drive a browser, start Dask clusters or servers, or build wheels (SLOW_FILES), and
single tests that read the 72 Government Work Reports or start fresh interpreters (SLOW_WORDS in their
names); a test may also carry ``@pytest.mark.slow`` itself.
"""

from __future__ import annotations

import pytest

from corpusmine import config


@pytest.fixture(scope="session")
def shipped_lines() -> list[str]:
    """Every line of the seed pages and of the 72 Government Work Reports: realistic text for pattern checks."""
    import json

    lines: list[str] = []
    for p in sorted((config.ROOT / "data" / "raw").glob("*.txt")):
        lines += p.read_text(encoding="utf-8").splitlines()
    with open(config.ROOT / "data" / "external" / "government_work_reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            lines += json.loads(line)["content"].splitlines()
    return lines


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


SLOW_FILES = frozenset({
    "test_notebooks.py", "test_browser.py", "test_scale.py", "test_tokenize_backends.py", "test_lab.py",
    "test_wheel.py", "test_docs.py",
})
SLOW_WORDS = ("gwr", "government_work", "hash_seed", "pythonhashseed", "fresh_process", "spawn", "sigkill",
              "killed", "notebook")


def pytest_collection_modifyitems(config, items):
    for item in items:
        name = item.name.lower()
        if item.path.name in SLOW_FILES or any(w in name for w in SLOW_WORDS):
            item.add_marker(pytest.mark.slow)
