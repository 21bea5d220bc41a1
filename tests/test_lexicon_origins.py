"""Every rhetoric term records its origin; precision is measured on a hand-coded sample."""

from __future__ import annotations

import pytest

from corpusmine.features import documents
from corpusmine.stats.lexicon_checks import (ORIGINS, lexicon_without, load_precision_coding, means_by_origin,
                                             precision_table, term_origins, wilson_interval)
from corpusmine.stats.rhetoric_lexicon import RhetoricLexiconError, load_rhetoric_lexicon
from corpusmine.stats.rhetoric_match import term_table


def test_every_term_has_a_valid_origin():
    o = term_origins()
    assert len(o) == len(load_rhetoric_lexicon().terms())
    assert set(o["origin"]) <= set(ORIGINS)
    assert (o.query("origin in ['published', 'other_corpus']")["ref"] != "").all()


def test_unrecorded_terms_match_nothing_in_the_seed_corpus():
    from corpusmine import load_corpus

    t = term_table(documents(load_corpus(), level="speech"))
    unrecorded = set(term_origins().query("origin == 'unrecorded'")["term"])
    assert unrecorded and t[t["term"].isin(unrecorded)]["count"].sum() == 0


def test_a_term_without_origin_is_named(tmp_path):
    p = tmp_path / "rhetoric.yaml"
    p.write_text("version: 1\ncategories:\n  mobilisation:\n    label_zh: 动员\n    definition: d\n    source: s\n"
                 "    terms:\n      - {term: 攻坚战, origin: published, ref: XI19}\n      - {term: 挂图作战}\n",
                 encoding="utf-8")
    with pytest.raises(RhetoricLexiconError, match="挂图作战: origin must be one of"):
        term_origins(p)


def test_lexicon_without_this_corpus_drops_exactly_those_terms():
    lex = lexicon_without()
    kept = set(lex.terms())
    o = term_origins()
    assert kept == set(o.query("origin != 'this_corpus'")["term"])
    assert "攻坚战" in kept and "背水一战" not in kept


def test_means_by_origin_shows_both_lexicons():
    import pandas as pd

    docs = pd.DataFrame({"speech_id": ["civ"], "group": ["civilised_city"], "text": ["要背水一战,打赢创文攻坚战。"]})
    m = means_by_origin(docs).query("category == 'mobilisation'").set_index("lexicon")
    assert m.at["all", "mean"] > m.at["without_this_corpus", "mean"] > 0


def test_precision_coding_has_about_thirty_per_category_and_a_rule():
    c = load_precision_coding()
    assert set(c["category"]) == set(load_rhetoric_lexicon().names)
    assert c.groupby("category").size().between(25, 35).all()
    assert (c.loc[c["code"] == "out", "note"] != "").all()          # every out is explained
    from corpusmine.stats.lexicon_checks import PRECISION_CODING

    assert "Coding rule" in PRECISION_CODING.read_text(encoding="utf-8")


def test_precision_table_and_wilson_interval():
    p = precision_table().set_index("category")
    assert p.at["campaign_mode", "precision"] < p.at["mass_line", "precision"]
    assert "专项" in p.at["campaign_mode", "out_terms"]
    lo, hi = wilson_interval(20, 30)
    assert lo == pytest.approx(0.4878, abs=1e-4) and hi == pytest.approx(0.8077, abs=1e-4)


def test_loose_members_were_dropped():
    terms = set(load_rhetoric_lexicon().terms())
    assert not {"打好", "处罚", "专项"} & terms and {"专项治理", "专项督查"} <= terms
