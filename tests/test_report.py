"""Result tables: reproducible CSV bytes, p-values kept readable."""

from __future__ import annotations

import pandas as pd
import pytest

from corpusmine.report import format_table, save_table


def test_format_rounds_floats_but_keeps_tiny_p_values():
    df = pd.DataFrame({"term": ["创文", "乡村振兴"], "g2": [108.23456789, -0.0], "p_adj": [1.5e-24, 0.25]})
    assert format_table(df, decimals=3) == "term,g2,p_adj\n创文,108.235,1.5e-24\n乡村振兴,0.0,0.25\n"


def test_save_table_is_byte_identical_and_refuses_paths(tmp_path):
    df = pd.DataFrame({"group": ["rural"], "rate": [1 / 3]})
    p1 = save_table(df, "05_rates", folder=tmp_path)
    first = p1.read_bytes()
    save_table(df, "05_rates", folder=tmp_path)
    assert p1.read_bytes() == first and first.endswith(b"\n") and b"\r" not in first
    with pytest.raises(ValueError):
        save_table(df, "../x", folder=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["05_rates.csv"]


# ------------------------------------------------------------------ one set-up call, display helpers


def test_setup_follows_the_processed_dir_and_shows_each_figure_once(built, tmp_path):
    import matplotlib.pyplot as plt

    from corpusmine.report import setup

    _, processed = built
    session = setup(processed, tmp_path / "图表")
    assert session.corpus.speeches["include"].sum() == 7
    assert session.cache_dir == processed / "cache" and session.fits.folder == processed / "cache" / "fits"
    assert session.tokenizer.cut("要把人居环境整治抓实抓细") == ["人居环境整治", "抓实", "抓细"]   # the reviewed compound list is on
    fig, ax = plt.subplots()
    ax.set_title("创文 测评")
    paths = session.show_and_save(fig, "05_创文")
    assert [p.name for p in paths] == ["05_创文.png"] and paths[0].parent == tmp_path / "图表"
    assert not plt.fignum_exists(fig.number)          # closed: the inline backend cannot show it a second time
    with pytest.raises(ValueError):
        session.show_and_save(plt.figure(), "../外面")
    assert setup(load=False).corpus is None
    assert pd.get_option("display.width") == 200
    pd.reset_option("^display")          # global options: leave none behind for the other tests


def test_count_n_table_and_unit_labels_on_the_corpus(corpus):
    from corpusmine.features import CAMPAIGNS, build_dtm, doc_frequency, documents, group_counts, tfidf_top_terms
    from corpusmine.tokens.tokenizer import Tokenizer
    from corpusmine.views import count_n_table, unit_labels

    docs = documents(corpus, level="paragraph", by="campaign", groups=CAMPAIGNS)
    dtm = build_dtm(docs, tokenizer=Tokenizer(cache_dir=None))
    tfidf = tfidf_top_terms(dtm, n=5)
    speeches = doc_frequency(dtm, unit="speech_id")
    tfidf["n_speeches"] = [int(speeches.at[t, g]) for t, g in zip(tfidf["term"], tfidf["group"])]
    wide = count_n_table(tfidf, groups=list(group_counts(dtm).columns), n_units=docs.groupby("group")["speech_id"].nunique())
    assert wide.shape == (5, 3)
    assert list(wide.columns) == ["rural (count·speeches of 2)", "civilised_city (count·speeches of 1)",
                                  "environment (count·speeches of 6)"]
    first = tfidf[(tfidf["group"] == "environment") & (tfidf["rank"] == 1)].iloc[0]
    assert wide.iloc[0, 2] == f"{first['term']}  {first['count']}·{first['n_speeches']}"
    # a group with fewer rows is filled, not dropped
    uneven = tfidf[((tfidf["group"] == "rural") & (tfidf["rank"] == 1)) | (tfidf["group"] == "environment")]
    short = count_n_table(uneven, top=2, groups=["rural", "environment"])
    assert short.iloc[1, 0] == "—"
    labels = unit_labels(docs)
    assert labels.str.count(" · ").eq(1).all() and labels.nunique() == 9   # 9 campaign parts of 7 speeches


def test_interval_column_marks_missing_intervals():
    from corpusmine.views import interval_column

    rates = pd.DataFrame({"group": ["civilised_city", "environment"], "rate": [14.354067, 1.855288],
                          "ci_low": [float("nan"), 1.2], "ci_high": [float("nan"), 2.71]})
    assert interval_column(rates, "rate", digits=1).tolist() == ["14.4 [–]", "1.9 [1.2, 2.7]"]
    assert interval_column(rates).tolist() == ["[–]", "[1.20, 2.71]"]


def test_era_comparison_reads_its_numbers_from_the_tables():
    import re

    from corpusmine.views import campaign_vs_era, era_sentence, read_era_baseline

    rates = pd.DataFrame({
        "group": ["civilised_city", "environment", "rural"] * 2,
        "category": ["mobilisation"] * 3 + ["directive"] * 3,
        "label_zh": ["动员与战争隐喻"] * 3 + ["指令性情态"] * 3,
        "rate_per_1000": [14.354067, 1.855288, 4.347826, 26.315789, 20.630798, 38.509317]})
    baseline, path = read_era_baseline()
    table = campaign_vs_era(rates, baseline, first_year=2003, last_year=2023)
    eras = baseline[(baseline["last_year"] >= 2003) & (baseline["first_year"] <= 2023)]
    mob = eras.loc[eras["category"] == "mobilisation", "rate_per_1000"]
    row = table[(table["category"] == "mobilisation") & (table["high"] == "civilised_city")
                & (table["low"] == "environment")].iloc[0]
    assert row["campaign_ratio"] == pytest.approx(14.354067 / 1.855288)
    assert row["era_ratio"] == pytest.approx(mob.max() / mob.min()) and row["exceeds_era"]
    # in 1950-1975 alone the era ratio is 1: every campaign difference exceeds it
    assert campaign_vs_era(rates, baseline, first_year=1960, last_year=1961)["exceeds_era"].all()
    text = era_sentence(table, first_year=2003, last_year=2023)
    n_big = int(table["exceeds_era"].sum())
    assert text.count(" between eras") == n_big and f"{n_big} of {len(table)} campaign differences" in text
    for r in table[table["exceeds_era"]].itertuples():
        assert f"{r.campaign_ratio:.2f}× vs {r.era_ratio:.2f}×" in text
    assert "civilised\\_city" in text and not re.search(r"(?<!\\)_", text)   # data escaped for Markdown
    with pytest.raises(ValueError, match="no period"):
        campaign_vs_era(rates, baseline, first_year=1900, last_year=1901)
    with pytest.raises(FileNotFoundError, match="06_over_time"):
        read_era_baseline(name="06_没有")
