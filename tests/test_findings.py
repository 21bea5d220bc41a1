"""The README's findings are rendered from figures/*.csv; prose and tables cannot disagree."""

from __future__ import annotations

import pytest

from corpusmine import config
from corpusmine.errors import CorpusInputError
from corpusmine.findings import END, START, TEMPLATE, check_readme, placeholders, quoted_terms, render, update_readme


def test_template_has_no_hand_typed_numbers():
    import re

    text = re.sub(r"\{[^{}]*\}", "", TEMPLATE)
    # allowed literal digits: "1,000 tokens", "95%", "8-grams", "2023", "2000s"
    stray = set(re.findall(r"\d+(?:\.\d+)?", text)) - {"1", "000", "95", "8", "2023", "2000"}
    assert not stray, stray


def test_every_placeholder_resolves_to_one_cell():
    assert placeholders(TEMPLATE)
    out = render()
    assert "{" not in out and "05_" not in out


def test_readme_block_round_trip_and_disagreement_is_caught(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# corpusmine\n{START}\n- about 7.7 times as often\n{END}\n", encoding="utf-8")
    assert check_readme(readme)                       # hand-typed prose disagrees with the tables
    assert update_readme(readme) is True
    assert check_readme(readme) == []
    text = readme.read_text(encoding="utf-8")
    readme.write_text(text.replace(render().splitlines()[2], "  「背水一战」 …): 7.7"), encoding="utf-8")
    assert check_readme(readme)


def test_project_readme_agrees_with_the_tables():
    readme = config.ROOT / "README.md"
    if START not in readme.read_text(encoding="utf-8"):
        pytest.skip("README.md has no findings block yet (the coordinator adds the markers)")
    assert check_readme(readme) == []


def test_missing_table_is_named(tmp_path):
    with pytest.raises(CorpusInputError, match="05_rhetoric_speech.csv"):
        render(figures_dir=tmp_path)


def test_every_quoted_example_term_occurs_in_the_corpus():
    from corpusmine import load_corpus

    text = "\n".join(load_corpus().speeches["text"])
    terms = quoted_terms(TEMPLATE)
    assert len(terms) >= 5
    assert [t for t in terms if t not in text] == []
