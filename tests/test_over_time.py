"""Discourse over time (issue 14): trajectories, first use, periods, era baseline, checked against plain counts."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest

from corpusmine import config
from corpusmine.stats import era_compare, over_time, periods, spread

GWR = config.DATA_DIR / "external" / "government_work_reports.jsonl"
CPC = config.ROOT.parent / "shared" / "corpora" / "cpc_congress_reports.jsonl"


@pytest.fixture(scope="module")
def raw():
    """The reports as stored, with a year: the independent reference of every count."""
    rows = [json.loads(line) for line in GWR.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["year"]]


@pytest.fixture(scope="module")
def docs(raw):
    """The same reports as plain dated documents (no cleaning), one per year."""
    df = pd.DataFrame({"doc_id": [r["year"] for r in raw], "year": [r["year"] for r in raw],
                       "text": [r["content"] for r in raw]})
    return over_time.dated_documents(df, periods="premier")


def test_term_counts_equal_plain_substring_counts_per_report(raw, docs):
    terms = ["乡村振兴", "攻坚战", "人居环境"]
    counts = over_time.document_counts(docs, terms=terms)
    for term in terms:
        got = counts[counts["feature"] == term].set_index("year")["count"]
        want = {int(r["year"]): r["content"].count(term) for r in raw}
        assert got.to_dict() == want
        assert got.sum() > 0


def test_a_term_absent_before_a_year_first_use_and_trajectory(raw, docs):
    years_with = sorted(int(r["year"]) for r in raw if "乡村振兴" in r["content"])
    counts = over_time.document_counts(docs, terms=["乡村振兴"])
    first = spread.first_use(counts).iloc[0]
    assert (first["first_year"], first["last_year"]) == (years_with[0], years_with[-1]) == (2018, 2025)
    assert first["n_years_present"] == len(years_with)
    traj = over_time.trajectory(counts, by="year", n_boot=100)
    before = traj[traj["year"] < 2018]
    assert (before["count"] == 0).all() and (before.loc[before["n_docs"] > 0, "rate"] == 0).all()
    r2019 = traj.set_index("year").loc[2019]
    text = next(r["content"] for r in raw if r["year"] == "2019")
    n_chars = len(text) - sum(c.isspace() for c in text)
    assert r2019["count"] == text.count("乡村振兴")
    assert r2019["rate"] == pytest.approx(text.count("乡村振兴") / n_chars * 1e5)
    assert r2019["interval"] == "poisson" and r2019["ci_low"] < r2019["rate"] < r2019["ci_high"]


def test_traditional_early_report_is_never_counted_apart(raw, docs):
    r1954 = next(r for r in raw if r["year"] == "1954")
    assert "經濟" in r1954["content"]                       # the 1954 report is in Traditional script
    want = r1954["content"].count("經濟") + r1954["content"].count("经济")
    for spelling in ("经济", "經濟"):
        counts = over_time.document_counts(docs, terms=[spelling])
        assert counts.set_index("year").loc[1954, "count"] == want
    both = over_time.document_counts(docs, terms={"经济": ["经济", "經濟"]})
    assert both.set_index("year").loc[1954, "count"] == want     # one feature, not double counted
    lines = over_time.kwic_by_year(docs, "經濟", years=[1954])
    assert len(lines) == want and set(lines["keyword"]) == {"经济"}


def test_missing_years_and_unequal_lengths(docs):
    counts = over_time.document_counts(docs, terms=["攻坚战"])
    traj = over_time.trajectory(counts, by="year", smooth=5, n_boot=100)
    assert traj["year"].tolist() == list(range(1954, 2026))
    gap = traj.set_index("year").loc[1967:1972]       # 1965-1974 without a report; window 5
    assert (gap["n_docs"] == 0).all() and gap["rate"].isna().all() and gap["rate_smooth"].isna().all()
    # pooled smoothing over the calendar window: sum of counts / sum of characters of 2003-2007
    win = counts[(counts["year"] >= 2003) & (counts["year"] <= 2007)]
    assert traj.set_index("year").loc[2005, "rate_smooth"] == pytest.approx(
        win["count"].sum() / win["exposure"].sum() * 1e5)
    era = over_time.trajectory(counts, by="period", n_boot=500)
    row = era[era["period"] == "2014-2023 李克强"].iloc[0]
    sub = counts[(counts["year"] >= 2014) & (counts["year"] <= 2023)]
    assert row["rate"] == pytest.approx(sub["count"].sum() / sub["exposure"].sum() * 1e5)
    assert row["interval"] == "bootstrap" and row["ci_low"] < row["rate"] < row["ci_high"]
    assert row["doc_ids"].split(";") == sub["doc_id"].tolist()
    assert row["mean_doc_rate"] == pytest.approx(sub["rate"].mean())


def test_era_rates_match_the_issue(docs):
    counts = over_time.document_counts(
        docs.assign(period=periods.assign_periods(docs["year"], [2005, 2010, 2015, 2020]).to_numpy()),
        terms=["攻坚战"])
    era = over_time.trajectory(counts, by="period", n_boot=100).set_index("period")["rate"]
    assert era["2005-2009"] == pytest.approx(2.8, abs=0.2) and era["2015-2019"] == pytest.approx(13.7, abs=0.5)


def test_eras_follow_the_reference_day():
    eras = periods.load_eras("premier")
    assert eras["source"].str.len().min() > 0
    lab = periods.assign_periods([1975, 1980, 1981, 2003, 2013, 2014, 2023, 2024], "premier").tolist()
    assert [x.split()[-1] for x in lab] == ["周恩来", "华国锋", "赵紫阳", "朱镕基", "温家宝", "李克强", "李克强", "李强"]
    with pytest.raises(ValueError, match="no office"):
        periods.load_eras("emperor")


def test_change_point_and_intensity(docs):
    counts = over_time.document_counts(docs, terms=["乡村振兴"])
    traj = over_time.trajectory(counts, by="year", n_boot=100)
    cp = periods.change_points(traj).iloc[0]
    assert cp["change_year"] == 2018 and cp["rate_before"] == 0
    band = spread.intensity(counts).set_index("period")
    assert band.loc["2014-2023 李克强", "n_docs_with"] == 5 and band.loc["2014-2023 李克强", "band"] == "frequent"
    assert band.loc["2004-2013 温家宝", "band"] == "absent"


def test_registers_era_baseline_and_document_level_keyness(docs):
    from corpusmine import Tokenizer

    sub = docs[docs["year"].between(2010, 2019)].copy()
    sub["period"] = periods.assign_periods(sub["year"], [2015]).to_numpy()
    tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    counts = over_time.document_counts(sub, categories=["mobilisation"], tokenizer=tok)
    base = era_compare.era_baseline(counts, n_boot=200)
    assert base["n_docs"].tolist() == [5, 5] and (base["interval"] == "bootstrap").all()
    assert base["count"].sum() == counts["count"].sum()
    assert base.set_index("period").loc["2015-", "rate_per_1000"] > base.set_index("period").loc["-2014",
                                                                                                   "rate_per_1000"]
    key = era_compare.period_keyness(sub, tokenizer=Tokenizer(cache_dir=None), min_count=5)
    row = key[(key["target"] == "2015-") & (key["term"] == "攻坚战")].iloc[0]
    with_term = sub.assign(has=sub["text"].str.contains("攻坚战")).groupby("period", observed=True)["has"].sum()
    assert row["docs_target"] == with_term["2015-"]
    assert 0 < row["p_docs"] <= 1 and row["p_docs_adj"] >= row["p_docs"]


def test_formula_years_with_the_existing_extractor():
    from corpusmine import Tokenizer

    d = over_time.dated_documents(pd.DataFrame({"year": [2019, 2020, 2021], "text": [
        "做好“六稳”工作。", "扎实做好“六稳”工作，全面落实“六保”任务。", "继续做好“六稳”“六保”工作，落实三区三线。"]}))
    t = spread.formula_years(d, ["三区三线", "五清"], tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    t = t.set_index("formula")
    assert (t.loc["六稳", "first_year"], t.loc["六保", "first_year"], t.loc["三区三线", "first_year"]) == (2019, 2020, 2021)
    assert pd.isna(t.loc["五清", "first_year"]) and t.loc["五清", "count"] == 0


def test_second_corpus_and_bad_input(tmp_path):
    if CPC.is_file():
        rows = [json.loads(line) for line in CPC.read_text(encoding="utf-8").splitlines() if line.strip()]
        df = pd.DataFrame({"text": [r["content"] for r in rows], "congress": [r["congress"] for r in rows]})
        df["year"] = df["congress"].map({1: 1921, 7: 1945, 8: 1956, 15: 1997, 16: 2002, 17: 2007, 18: 2012,
                                         19: 2017, 20: 2022})
        with pytest.warns(Warning, match="without a readable year"):
            d = over_time.dated_documents(df, periods="party_leader")
        counts = over_time.document_counts(d, terms=["社会主义"])
        want = [t.count("社会主义") + t.count("社會主義") for t in d["text"]]
        assert counts["count"].tolist() == want
    with pytest.raises(KeyError, match="no column 'date'"):
        over_time.dated_documents(pd.DataFrame({"text": ["乡村振兴"]}), year="date")
    with pytest.raises(ValueError, match="nothing to count"):
        over_time.document_counts(over_time.dated_documents(pd.DataFrame({"year": [2018], "text": ["乡村振兴"]})))


def test_dask_counts_identical_to_in_process(docs):
    from corpusmine.stats.scale import local_cluster

    sub = docs[docs["year"] >= 2015]
    params = {"remove_stopwords": False, "cache_dir": None}
    from corpusmine import Tokenizer

    local = over_time.document_counts(sub, terms={"乡村振兴": ["乡村振兴"]}, categories=["mobilisation", "sanction"],
                                      tokenizer=Tokenizer(**params))
    with local_cluster(n_workers=1, processes=False) as client:
        remote = over_time.document_counts(sub, terms={"乡村振兴": ["乡村振兴"]},
                                           categories=["mobilisation", "sanction"], tokenizer_params=params,
                                           client=client, npartitions=3)
    pd.testing.assert_frame_equal(local, remote)


@pytest.mark.slow
def test_notebook_runs_serial_and_on_dask_with_identical_tables(tmp_path):
    from corpusmine.notebooks import run_notebook
    from corpusmine.stats.scale import local_cluster

    nb = config.NOTEBOOKS_DIR / "06_over_time.ipynb"
    serial, dask = tmp_path / "serial", tmp_path / "dask"
    run_notebook(nb, parameters={"FIGURES_DIR": str(serial)}, build_dir=tmp_path / "b1", timeout=600, html=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with local_cluster(n_workers=2) as client:
            address = client.scheduler.address
            run_notebook(nb, parameters={"FIGURES_DIR": str(dask), "DASK_SCHEDULER": address},
                         build_dir=tmp_path / "b2", timeout=600, html=False)
    tables = sorted(p.name for p in serial.glob("*.csv"))
    assert "06_era_baseline.csv" in tables and any(serial.glob("06_*.png"))
    assert all(p.name.startswith("06_") for p in serial.iterdir())
    for name in tables:
        assert (serial / name).read_bytes() == (dask / name).read_bytes(), name
    base = pd.read_csv(serial / "06_era_baseline.csv")
    assert base.loc[base["n_docs"] < 3, "ci_low"].isna().all()
    assert np.isfinite(base.loc[base["n_docs"] >= 3, "ci_low"]).all()


# --------------------------------------------------------------------------
# Performance work (notebook 06 on the full reports): same numbers, less work
# --------------------------------------------------------------------------

_EDGE_TEXTS = [
    "同志们：要坚决打赢脱贫攻坚战！\r\n到二〇二〇年，〔某〕县必须确保GDP增长6.5%……要“五清”到位。",
    "各地區要堅決打好污染防治攻坚戰，嚴格考核問責。\n\n  一定要抓好落实，不能搞突击——要建立长效机制。",
    "〔某〕〔某〕要切实加强领导；必须挂图作战、限期整改（2021年）。务必常态化推进 《条例》 实施",
]


@pytest.mark.parametrize("backend", ["jieba", "fast"])
def test_registers_from_one_segmentation_equal_clause_by_clause(docs, backend):
    """Counting registers on each whole report's segmentation gives the clause-by-clause counts exactly."""
    from corpusmine import Tokenizer
    from corpusmine.stats.rhetoric import rhetoric_counts

    real = docs[docs["year"].isin([1954, 2019])]
    edge = over_time.dated_documents(pd.DataFrame({"year": [2001, 2002, 2003], "text": _EDGE_TEXTS}))
    sample = pd.concat([real, edge], ignore_index=True)
    tok = Tokenizer(remove_stopwords=False, cache_dir=None, backend=backend)
    counts = over_time.document_counts(sample, categories=True, tokenizer=tok)
    direct = rhetoric_counts(sample, tokenizer=tok, by="doc_id").set_index("doc_id")
    assert direct.drop(columns=["speech_id", "n_tokens"]).to_numpy().sum() > 100
    for name, sub in counts.groupby("feature", sort=False):
        sub = sub.set_index("doc_id")
        assert sub["count"].to_dict() == direct[name].to_dict(), name
        assert sub["exposure"].to_dict() == direct["n_tokens"].to_dict(), name


def test_counts_segment_each_report_once_and_share_it_through_the_cache(docs, tmp_path):
    """Registers segment whole reports (not their ~1,800 clauses each); keyness and formulas then read the cache."""
    from corpusmine import Tokenizer
    from corpusmine.stats.rhetoric import load_rhetoric_lexicon

    sub = docs[docs["year"].between(2016, 2019)]
    sub = sub.assign(period=periods.assign_periods(sub["year"], [2018]).to_numpy())
    tok = Tokenizer(remove_stopwords=False, cache_dir=tmp_path)
    over_time.document_counts(sub, terms=["攻坚战"], categories=True, tokenizer=tok)
    n_terms = len(load_rhetoric_lexicon().terms())
    assert tok.cache_misses_ <= len(sub) + n_terms
    keyness_tok = Tokenizer(cache_dir=tmp_path)                # the keyness default: stop words removed
    key = era_compare.period_keyness(sub, tokenizer=keyness_tok, min_count=5)
    assert len(key) and keyness_tok.cache_misses_ == 0 and keyness_tok.cache_hits_ == len(sub)
    formula_tok = Tokenizer(remove_stopwords=False, cache_dir=tmp_path)
    f = spread.formula_years(sub, ["六稳六保"], tokenizer=formula_tok)
    assert formula_tok.cache_misses_ == 0
    want = min(y for y, t in zip(sub["year"], sub["text"]) if "三去一降一补" in t)
    assert f.set_index("formula").loc["三去一降一补", "first_year"] == want


def test_poisson_intervals_are_the_exact_garwood_bounds(docs):
    from scipy.stats import chi2

    counts = over_time.document_counts(docs, terms=["乡村振兴", "攻坚战"])
    traj = over_time.trajectory(counts, by="year", n_boot=50)
    rows = traj[traj["interval"] == "poisson"]
    assert len(rows) > 100
    for r in rows.itertuples():
        lo = chi2.ppf(0.025, 2 * r.count) / 2 if r.count else 0.0
        hi = chi2.ppf(0.975, 2 * r.count + 2) / 2
        assert (r.ci_low, r.ci_high) == pytest.approx((lo / r.exposure * 1e5, hi / r.exposure * 1e5), rel=1e-12)
    again = over_time.trajectory(counts, by="year", n_boot=50)
    pd.testing.assert_frame_equal(traj, again)                 # seeded per feature and year


def test_numbered_formulas_count_the_longest_formula_at_each_place():
    """The first-character look-ahead keeps the alternation's choice: 六稳六保 is not also 六稳, 三区三线 not 三线."""
    from corpusmine.stats.phrases import numbered_formulas

    texts = ["扎实做好六稳六保工作，落实“六稳”要求，划定三区三线。", "统筹三线建设，第三区三线，十六稳不算；三区三线。"]
    lex = pd.DataFrame({"formula": ["六稳", "六保", "六稳六保", "三线", "三区三线"], "numeral": ["六", "六", "六", "三", "三"],
                        "value": [6, 6, 6, 3, 3], "kind": ["simple", "simple", "compound", "simple", "compound"],
                        "evidence": "quoted"})
    got = numbered_formulas(texts, by=None, lexicon=lex).set_index("formula")["count"].to_dict()
    forms = sorted(lex["formula"], key=len, reverse=True)
    want: dict[str, int] = {}
    for text in texts:                                        # plain scan: longest formula first, left to right
        i = 0
        while i < len(text):
            f = next((f for f in forms if text.startswith(f, i)), None)
            if f and not (i and text[i - 1] in "一二三四五六七八九十百千万两双0123456789第"):
                want[f] = want.get(f, 0) + 1
                i += len(f)
            else:
                i += 1
    assert got == want == {"六稳六保": 1, "六稳": 1, "三区三线": 2, "三线": 2}   # 第三区三线: its 三线 counts
