"""Speeches as the unit: per-part rates, means of speeches, exact tests over speeches, confounds, shared n-grams."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from corpusmine.stats.confounds import confound_table, era_label, shared_ngrams, within_speech_comparison
from corpusmine.stats.evidence import (campaign_means, claim_concordance, speech_permutation_test, speech_rates,
                                       split_sentences)


@pytest.fixture(scope="module")
def rates(corpus):
    return speech_rates(corpus)


@pytest.fixture(scope="module")
def corpus():
    from corpusmine import load_corpus

    return load_corpus()


def test_rates_are_per_speech_part_and_match_counts_made_independently(rates):
    civ = rates.query("speech_id == 'civ_chuangwen_2021' and category == 'mobilisation'").iloc[0]
    assert civ["evidence"] == "primary" and civ["unit"] == "speech"
    assert civ["rate"] == pytest.approx(civ["matches"] / civ["n_tokens"] * 1000)
    # the mixed county speeches give one row per campaign part
    parts = rates.query("speech_id == 'env_tizhi_2023' and category == 'directive'")
    assert sorted(parts["group"]) == ["environment", "rural"]


def test_sentence_share_counts_sentences_not_matches(rates, corpus):
    civ = rates.query("speech_id == 'civ_chuangwen_2021' and category == 'mobilisation'").iloc[0]
    assert civ["sentences_with_match"] < civ["matches"]          # several matches share a sentence
    text = corpus.paragraphs.query("speech_id == 'civ_chuangwen_2021'")["text"]
    n = sum(len(split_sentences(t)) for t in text)
    assert civ["n_sentences"] == n


def test_means_are_means_of_speeches_with_no_interval_below_three_units(rates):
    m = campaign_means(rates).set_index(["group", "category"])
    env = rates.query("group == 'environment' and category == 'campaign_mode'")
    assert m.loc[("environment", "campaign_mode"), "mean"] == pytest.approx(env["rate"].mean())
    assert m.loc[("environment", "campaign_mode"), "n_speeches"] == 6
    # the plain mean differs from the pooled token rate the old headline used
    assert m.loc[("environment", "campaign_mode"), "mean"] != pytest.approx(m.loc[("environment", "campaign_mode"), "pooled"])
    for g, n in (("rural", 2), ("civilised_city", 1)):
        row = m.loc[(g, "mobilisation")]
        assert math.isnan(row["ci_low"]) and f"({n})" in row["ci_reason"]
    assert m.loc[("environment", "mobilisation"), "ci_low"] < m.loc[("environment", "mobilisation"), "mean"]


def test_exact_test_over_speeches_states_the_smallest_attainable_p(rates):
    t = speech_permutation_test(rates, "civilised_city", "environment").set_index("category")
    assert (t["method"] == "exact").all() and (t["n_assignments"] == 7).all()
    assert t.loc["mobilisation", "min_p"] == pytest.approx(1 / 7)
    assert t.loc["mobilisation", "p_value"] >= t.loc["mobilisation", "min_p"]
    assert t.loc["mobilisation", "diff"] > 0


def test_paragraph_level_results_are_labelled_secondary(corpus):
    from corpusmine.features import documents

    docs = documents(corpus, level="paragraph").head(5)
    assert set(speech_rates(docs)["evidence"]) == {"secondary"}


def test_confound_table_shows_era_and_level(corpus):
    t = confound_table(corpus)
    env = t.query("group == 'environment' and variable == 'admin_level' and value == 'province'").iloc[0]
    assert env["speech_ids"] == "env_shandong_prov_a;env_shandong_prov_b" and 0.5 < env["share_chars"] < 0.7
    eras = set(t.query("group == 'environment' and variable == 'era'")["value"])
    assert {"2005", "2006-2007", "unknown", "2023"} <= eras
    assert era_label(None, 2013, 2014) == "2013-2014"


def test_shared_ngrams_find_the_two_sources_that_share_drafting(corpus):
    s = shared_ngrams(corpus)
    top = {tuple(sorted(p)) for p in s.head(2)[["speech_a", "speech_b"]].values.tolist()}
    assert top == {("env_shandong_prov_a", "env_shandong_prov_b"), ("env_tizhi_2023", "rural_xianjinxian_2023")}
    pair = s.query("speech_a == 'env_tizhi_2023' and speech_b == 'rural_xianjinxian_2023'").iloc[0]
    assert "城乡环境综合提质" in pair["longest_passage"]
    # an unrelated pair shares none: the civilised-city speech shares no 8-gram with the Shandong speeches
    assert s.query("speech_a == 'civ_chuangwen_2021' or speech_b == 'civ_chuangwen_2021'")["n_shared"].sum() < 10


def test_within_speech_comparison_uses_only_speeches_with_both_parts(rates):
    w = within_speech_comparison(rates, "environment", "rural")
    assert set(w["speech_id"]) == {"env_tizhi_2023", "rural_xianjinxian_2023"}
    row = w.query("speech_id == 'env_tizhi_2023' and category == 'routine_mode'").iloc[0]
    assert row["diff"] == pytest.approx(row["value_a"] - row["value_b"])


def test_claim_concordance_is_tidy_and_written(tmp_path, corpus):
    kw = claim_concordance(corpus, {"civ_war": {"category": "mobilisation", "group": "civilised_city"}},
                           path=tmp_path / "kwic.csv")
    assert list(kw.columns[:3]) == ["claim_id", "speech_id", "campaign"]
    assert set(kw["speech_id"]) == {"civ_chuangwen_2021"} and "背水一战" in set(kw["match"])
    back = pd.read_csv(tmp_path / "kwic.csv")
    assert len(back) == len(kw)
    with pytest.raises(KeyError, match="unknown key"):
        claim_concordance(corpus, {"x": {"campaign": "rural"}})
