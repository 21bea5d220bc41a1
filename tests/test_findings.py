"""The README's findings are rendered from figures/*.csv; prose and tables cannot disagree."""

from __future__ import annotations

import pandas as pd
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
    assert START in readme.read_text(encoding="utf-8") and END in readme.read_text(encoding="utf-8")
    assert check_readme(readme) == []


def test_readme_first_figure_is_the_speech_level_one_and_no_typed_headline_numbers_remain():
    import re

    text = (config.ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert images[0] == "figures/05_rhetoric_speech.png"
    assert (config.ROOT / images[0]).is_file()
    head = text[:text.index("## Set up and run")]
    outside = head[:head.index(START)] + head[head.index(END):]
    assert not re.findall(r"\d+\.\d+", outside)          # no decimal typed outside the rendered block
    for old in ("7.7 times", "p = 0.004", "集中整治", "专项行动"):    # the hand-typed claims issue 12 found wrong
        assert old not in head


def test_significance_sentences_state_the_floor_of_an_exact_test():
    from corpusmine.findings import significance_sentences

    t = pd.read_csv(config.FIGURES_DIR / "05_rhetoric_speech_tests.csv")
    text = significance_sentences(t)
    mob = next(line for line in text.splitlines() if "**mobilisation**" in line)
    row = t.set_index("category").loc["mobilisation"]
    assert f"p = {row['p_value']:.3f}" in mob and f"allows is {row['min_p']:.3f}" in mob
    assert "no p below 0.05 is attainable" in mob            # 1 speech against 6: the floor is 1/7
    assert len(text.splitlines()) == len(t)


def test_confound_sentences_compare_at_equal_level_and_flag_what_level_could_explain():
    from corpusmine.findings import confound_sentences

    tests = pd.DataFrame({"category": ["mobilisation"], "group_a": ["创文"], "group_b": ["整治"],
                          "mean_a": [3.0], "mean_b": [1.0], "ratio": [3.0]})
    conf = pd.DataFrame({"group": ["创文", "整治", "整治"], "variable": "admin_level",
                         "value": ["county", "province", "county"], "speech_ids": ["c", "p", "k"],
                         "share_chars": [1.0, 0.5, 0.5]})
    parts = pd.DataFrame({"speech_id": ["c", "p", "k"], "group": ["创文", "整治", "整治"],
                          "category": "mobilisation", "rate": [3.0, 0.1, 2.8]})
    # the county-level 整治 speech talks like the county 创文 speech: the difference could be level
    assert "could be level instead of campaign" in confound_sentences(tests, conf, parts)
    parts.loc[2, "rate"] = 0.5
    assert "level alone does not make this difference" in confound_sentences(tests, conf, parts)
    small = tests.assign(ratio=1.2, mean_a=1.2)
    assert confound_sentences(small, conf, parts).startswith("No speech-level difference")


def test_missing_table_is_named(tmp_path):
    with pytest.raises(CorpusInputError, match="05_rhetoric_speech.csv"):
        render(figures_dir=tmp_path)


def test_every_quoted_example_term_occurs_in_the_corpus():
    from corpusmine import load_corpus

    text = "\n".join(load_corpus().speeches["text"])
    terms = quoted_terms(TEMPLATE)
    assert len(terms) >= 5
    assert [t for t in terms if t not in text] == []
