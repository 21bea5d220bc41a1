"""make docs: the API reference builds offline and names every public function, class and module."""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys

import pytest

import corpusmine
from corpusmine import config
from corpusmine.apidocs import package_modules


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    out = tmp_path_factory.mktemp("docs")
    result = subprocess.run([sys.executable, "-m", "corpusmine.apidocs", str(out)], capture_output=True,
                            text=True, cwd=out)
    assert result.returncode == 0, result.stderr
    assert "already been added" not in result.stderr
    return out


def _page(docs, module: str):
    parts = module.split(".")
    path = docs.joinpath(*parts[:-1], parts[-1] + ".html")
    if not path.is_file():  # a package's page
        path = docs.joinpath(*parts).with_suffix(".html")
    return path.read_text(encoding="utf-8")


def test_every_module_has_a_page_naming_its_public_functions(docs):
    missing = []
    for name in package_modules():
        page = _page(docs, name)
        mod = importlib.import_module(name)
        public = getattr(mod, "__all__", None) or [
            n for n, o in vars(mod).items()
            if not n.startswith("_") and (inspect.isfunction(o) or inspect.isclass(o))
            and getattr(o, "__module__", "") == name
        ]
        for n in public:
            if f'id="{n}"' not in page:
                missing.append(f"{name}.{n}")
    assert not missing, missing


def test_top_level_api_is_listed_with_its_chinese_examples(docs):
    page = _page(docs, "corpusmine")
    for name in corpusmine.__all__:
        assert name in page, name
    tokenizer_page = _page(docs, "corpusmine.tokens.tokenizer")
    assert re.search(r"[\u4e00-\u9fff]", tokenizer_page)


def test_pages_load_nothing_from_the_network(docs):
    for page in docs.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        # links to other sites are fine; nothing the page loads (scripts, styles, images, fonts) may be remote
        assert not re.search(r"""<(script|img|iframe)[^>]*\ssrc=["']https?://""", html), page
        assert not re.search(r"""<link[^>]*\shref=["']https?://""", html), page
        assert "@import url(http" not in html, page


def test_readme_links_the_api_reference():
    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    assert "make docs" in readme
