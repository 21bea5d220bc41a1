"""``corpusmine ingest`` (issue 13.6-13.8): a folder of pages → processed corpus + a draft manifest that
``corpusmine build`` accepts after review; the seed corpus goes through the same path; streaming in
batches gives the same tables whatever the batch size, worker processes or Dask cluster."""

from __future__ import annotations

import contextlib
import io
import os

import pandas as pd
import pytest

from corpusmine import config
from corpusmine.cli import main
from corpusmine.corpus.build import build_corpus
from corpusmine.corpus.ingest import DRAFT_MANIFEST, ingest, read_draft
from corpusmine.corpus.manifest import load_manifest
from corpusmine.corpus.model import read_tables
from corpusmine.errors import CorpusInputError
from corpusmine.schema import TABLES

from test_dedup_clusters import CIVILISED, RURAL_A, RURAL_B, page, swap


@pytest.fixture(scope="module")
def seed_ingest(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_ingest")
    return ingest(config.RAW_DIR, out), out


def test_seed_draft_is_a_valid_manifest_and_agrees_with_the_curated_one(seed_ingest):
    result, out = seed_ingest
    draft = load_manifest(out / DRAFT_MANIFEST)            # extra review columns allowed
    assert len(draft) == 10 and set(draft["source_file"]) == {p.name for p in config.RAW_DIR.iterdir()
                                                               if p.suffix in (".txt", ".html")}
    curated = load_manifest()
    m = curated.merge(draft, on=["source_file", "part"], suffixes=("", "_draft"))
    assert len(m) == 10                                     # every curated speech is a part of the draft
    inc = m[m["include"]]
    agree = inc["campaign"] == inc["campaign_draft"]
    disagreements = inc.loc[~agree, ["speech_id", "campaign", "campaign_draft", "secondary_campaigns_draft"]]
    print("disagreements with data/manifest.csv:\n", disagreements.to_string())
    assert agree.sum() >= 6, disagreements
    # the only disagreements are mixed speeches whose curated campaign the draft names as secondary
    for row in disagreements.itertuples():
        assert row.campaign in row.secondary_campaigns_draft.split(";")
    # the speeches the curator excluded as 'other' are 'other' and left out in the draft too
    exc = m[~m["include"]]
    assert (exc["campaign_draft"] == "other").all() and not exc["include_draft"].any()
    review = result.draft.set_index("speech_id")
    assert review.loc["004_af8ba318439a197f-4", "review"] == "title says environment"   # titled as environment
    assert review.loc["001_d24e4f48797e9781-1", "year"] == 2023


def test_seed_tables_are_one_generation(seed_ingest):
    _, out = seed_ingest
    corpus = read_tables(out)
    assert not (out / ".ingest-tmp").exists()
    assert len(corpus.speeches) == 10 and corpus.speeches["speech_id"].is_unique
    assert {"dup_cluster", "dup_of", "dup_similarity", "confidence", "truncated"} <= set(corpus.speeches.columns)
    assert corpus.paragraphs["paragraph_id"].is_unique
    assert set(corpus.sources["status"]) == {"ok"} and len(corpus.sources) == 5
    assert corpus.audit["source_file"].nunique() == 5


def test_edited_draft_drives_build(seed_ingest, tmp_path):
    _, out = seed_ingest
    draft = pd.read_csv(out / DRAFT_MANIFEST, dtype=str, keep_default_na=False)
    i = draft.index[draft["speech_id"] == "000_2646c065e626fb25-1"][0]
    draft.loc[i, ["campaign", "secondary_campaigns", "note"]] = ["environment", "rural", "edited by a reviewer"]
    draft.loc[draft["speech_id"] == "004_af8ba318439a197f-3", "include"] = "false"
    edited = tmp_path / "edited.csv"
    draft.to_csv(edited, index=False)
    corpus = build_corpus(config.RAW_DIR, edited, tmp_path / "built", cache=False)
    sp = corpus.speeches.set_index("speech_id")
    assert sp.loc["000_2646c065e626fb25-1", "campaign"] == "environment"
    assert sp.loc["000_2646c065e626fb25-1", "note"] == "edited by a reviewer"
    assert not sp.loc["004_af8ba318439a197f-3", "include"]
    assert int(sp["include"].sum()) == int((draft["include"] == "true").sum())


def test_a_draft_with_a_misspelt_column_is_still_refused(seed_ingest, tmp_path):
    _, out = seed_ingest
    draft = pd.read_csv(out / DRAFT_MANIFEST, dtype=str, keep_default_na=False).rename(columns={"review": "reveiw"})
    p = tmp_path / "typo.csv"
    draft.to_csv(p, index=False)
    with pytest.raises(ValueError, match="unknown column.*reveiw"):
        load_manifest(p)


@pytest.fixture
def pages(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    texts = {
        "r1.txt": (page(RURAL_A), "utf-8"), "r2.txt": (page(swap(RURAL_A)), "gb18030"),
        "r3.txt": (page(RURAL_B, title="在争创省级乡村振兴先进县动员大会上的讲话"), "utf-8"),
        "c1.html": ("<html><body><h1>在全县创建文明城市推进会上的讲话</h1>" + "".join(f"<p>{p}</p>" for p in CIVILISED)
                    + "</body></html>", "utf-8"),
        "c2.txt": (page(CIVILISED + [RURAL_A[5]], title="在全县创建文明城市推进会上的讲话"), "big5hkscs"),
        "e1.txt": ("  \n\u3000\n", "utf-8"),               # nothing left after cleaning
    }
    for name, (text, enc) in texts.items():
        (d / name).write_bytes(text.encode(enc, "replace"))
    return d


def _tables(out):
    c = read_tables(out)
    return {n: getattr(c, n).reset_index(drop=True) for n in TABLES}


def test_batches_and_workers_do_not_change_the_output(pages, tmp_path):
    a = ingest(pages, tmp_path / "a", batch_size=200)
    b = ingest(pages, tmp_path / "b", batch_size=1)
    c = ingest(pages, tmp_path / "c", batch_size=2, jobs=2)
    pd.testing.assert_frame_equal(a.draft, b.draft)
    pd.testing.assert_frame_equal(a.draft, c.draft)
    ta, tb, tc = _tables(tmp_path / "a"), _tables(tmp_path / "b"), _tables(tmp_path / "c")
    for n in TABLES:
        pd.testing.assert_frame_equal(ta[n], tb[n], check_dtype=False, obj=n)
        pd.testing.assert_frame_equal(ta[n], tc[n], check_dtype=False, obj=n)
    src = ta["sources"].set_index("source_file")
    assert src.loc["e1.txt", "status"] == "skipped" and "whitespace" in src.loc["e1.txt", "reason"]
    assert a.n_skipped == 1 and a.n_speeches == 5


def test_a_huge_page_is_refused_with_its_name_and_the_bound(pages, tmp_path):
    big = pages / "整本文集.txt"
    with open(big, "wb") as fh:               # a 200 MB file (sparse: nothing is written to disk)
        fh.truncate(200_000_000)
    with pytest.warns(Warning, match=r"整本文集.txt: 200.0 MB, over the limit of 8.0 MB"):
        r = ingest(pages, tmp_path / "out")
    src = read_tables(tmp_path / "out").sources.set_index("source_file")
    assert src.loc["整本文集.txt", "status"] == "skipped" and "8.0 MB" in src.loc["整本文集.txt", "reason"]
    assert r.n_speeches == 5
    with pytest.raises(CorpusInputError, match=r"整本文集.txt: 200.0 MB, over the limit"):
        ingest(pages, tmp_path / "strict", on_error="raise")


def test_bad_folders_are_named(tmp_path):
    with pytest.raises(CorpusInputError, match="folder of pages not found"):
        ingest(tmp_path / "不存在", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusInputError, match="no .txt/.html page"):
        ingest(tmp_path / "empty", tmp_path / "out")


def test_cli_ingest(pages, tmp_path):
    with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):
        code = main(["ingest", str(pages), "--out", str(tmp_path / "out"), "--batch", "2"])
    assert code == 0
    assert "ingested 6 pages (1 skipped): 5 speeches" in out.getvalue() and "1 copies" in out.getvalue()
    assert (tmp_path / "out" / DRAFT_MANIFEST).is_file()
    with contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(["ingest", str(pages), "--out", str(pages / "out")])
    assert code == 2 and "inside the raw folder" in err.getvalue()


@pytest.mark.slow
def test_dask_cluster_gives_identical_output(pages, tmp_path):
    from corpusmine.stats.scale import local_cluster

    a = ingest(pages, tmp_path / "a", batch_size=2)
    with local_cluster(n_workers=2, threads_per_worker=1) as client:
        b = ingest(pages, tmp_path / "b", batch_size=2, client=client)
    pd.testing.assert_frame_equal(a.draft, b.draft)
    ta, tb = _tables(tmp_path / "a"), _tables(tmp_path / "b")
    for n in TABLES:
        pd.testing.assert_frame_equal(ta[n], tb[n], check_dtype=False, obj=n)




def test_final_rewrite_holds_a_bounded_number_of_rows(pages, tmp_path, monkeypatch):
    """Regression (issue 13.7): the rewrite after the last batch read 20,000 rows at a time, so a
    folder of 10,000 speeches (their whole texts) was held at once and the main process grew
    with the folder; now each table is copied in chunks of a fixed number of rows."""
    import corpusmine.corpus.ingest as ingest_module

    seen: dict[str, list[int]] = {}
    real = ingest_module.rewrite_parquet

    def spy(src, dst, fix, rows=2_000):
        name = src.name.split(".")[0]
        seen[name] = []
        return real(src, dst, lambda df: seen[name].append(len(df)) or fix(df), rows=rows)

    monkeypatch.setattr(ingest_module, "rewrite_parquet", spy)
    ingest(pages, tmp_path / "a", batch_size=1)
    assert sum(seen["speeches"]) == 5 and max(seen["speeches"]) <= 200
    assert max(seen["paragraphs"]) <= 5_000 and max(seen["sections"]) <= 1_000
    # many rows: chunks of exactly the bound, and the copy equals the fixed original
    n = 450
    df = pd.DataFrame({"speech_id": [f"s{i}" for i in range(n)],
                       "text": ["同志们:\n要全面推进乡村振兴,抓好撂荒地整治。" * (1 + i % 7) for i in range(n)]})
    df.to_parquet(tmp_path / "big.parquet")
    sizes: list[int] = []
    real(tmp_path / "big.parquet", tmp_path / "copy.parquet",
         lambda d: sizes.append(len(d)) or d.assign(n_chars=d["text"].str.len()), rows=200)
    assert sizes == [200, 200, 50]
    out = pd.read_parquet(tmp_path / "copy.parquet")
    pd.testing.assert_frame_equal(out, df.assign(n_chars=df["text"].str.len()), check_dtype=False)


def test_dateline_and_byline_under_the_title_reach_the_manifest(tmp_path):
    """Regression: the cleaner removes the lines above 同志们 as front matter, and the year and speaker role they
    state were lost (2 of 29 held-out years).  They are metadata: the draft manifest reads them."""
    d = tmp_path / "pages"
    d.mkdir()
    (d / "讲话.txt").write_text(
        "首页 > 讲话稿 > 领导讲话\n在全县人居环境整治推进会上的讲话\n（2023年3月15日）\n县委书记 张三\n同志们：\n"
        "今天召开全县人居环境整治推进会，主要任务是总结去年工作，部署今年任务。\n"
        "我县要抓好垃圾分类和厕所革命，全面推进村庄清洁行动，持续改善农村人居环境。\n谢谢大家。\n", "utf-8")
    r = ingest(d, tmp_path / "out")
    row = r.draft.iloc[0]
    assert (row["year"], row["admin_level"], row["speaker_role"]) == (2023, "county", "县委书记")
    assert "2023年3月15日" in row["evidence"] and "speaker_role=县委书记" in row["evidence"]
    assert "2023年3月15日" not in read_tables(tmp_path / "out").speeches["text"].iloc[0]   # still not speech text


def test_draft_is_streamed_to_disk_and_read_back_typed(pages, tmp_path, monkeypatch):
    """Regression (issue 13.7): after the last batch ingest built one DataFrame of every draft row
    (and its CSV copy), so the main process grew with the folder; the draft is now written batch by
    batch and the result reads it from ``out`` only when asked.  A truncated copy's ``chars_missing``
    is an integer in the CSV (the whole-folder frame wrote 780.0 when other speeches had none)."""
    import corpusmine.corpus.ingest as ingest_module

    frames: list[int] = []

    class Pandas:                        # the ingest module's pandas, counting the rows of frames it builds
        def __getattr__(self, name):
            return getattr(pd, name)

        @staticmethod
        def DataFrame(data=None, *args, **kw):
            if isinstance(data, list):
                frames.append(len(data))
            return pd.DataFrame(data, *args, **kw)

    monkeypatch.setattr(ingest_module, "pd", Pandas())
    (pages / "r4.txt").write_text(page(RURAL_A[:4]) + "(未完,全文共1200字,当前仅显示420字,请下载查看全文)",
                                  encoding="utf-8")
    r = ingest(pages, tmp_path / "a", batch_size=2)
    monkeypatch.undo()
    assert frames and max(frames) <= 2                      # never the whole draft at once
    raw = pd.read_csv(tmp_path / "a" / DRAFT_MANIFEST, dtype=str, keep_default_na=False).set_index("speech_id")
    assert raw.loc["r4-1", "truncated"] == "True" and raw.loc["r4-1", "chars_missing"] == "780"
    assert raw.loc["r1-1", "chars_missing"] == "" and raw.loc["r4-1", "pages_missing"] == ""
    d = r.draft.set_index("speech_id")
    pd.testing.assert_frame_equal(r.draft, read_draft(tmp_path / "a" / DRAFT_MANIFEST))
    assert d.loc["r4-1", "chars_missing"] == 780 and d.loc["r1-1", "chars_missing"] is pd.NA
    assert d["include"].dtype == bool and d.loc["r4-1", "dup_of"] == d.loc["r2-1", "dup_of"] == "r1-1"
    assert r.n_speeches == len(d) == 6
    # the result holds no draft until asked: with the file gone there is nothing to show
    r2 = ingest(pages, tmp_path / "b", batch_size=200)
    (tmp_path / "b" / DRAFT_MANIFEST).unlink()
    with pytest.raises(FileNotFoundError):
        r2.draft


def test_the_draft_says_how_many_pages_a_preview_hides(tmp_path):
    """A document site's page limit (试读结束,已阅读2页,还剩5页未读) reaches the draft as ``pages_missing``."""
    d = tmp_path / "pages"
    d.mkdir()
    (d / "p1.txt").write_text(page(RURAL_A[:4]) + "试读结束,已阅读2页,还剩5页未读\n", encoding="utf-8")
    (d / "p2.txt").write_text(page(CIVILISED), encoding="utf-8")
    draft = ingest(d, tmp_path / "out").draft.set_index("source_file")
    assert bool(draft.loc["p1.txt", "truncated"]) and draft.loc["p1.txt", "pages_missing"] == 5
    assert draft.loc["p2.txt", "pages_missing"] is pd.NA and not bool(draft.loc["p2.txt", "truncated"])
