"""Tests for corpusmine.corpus.external: reading users' own corpora (folders, JSON Lines, CSV/TSV, Parquet)."""

from __future__ import annotations

import collections
import json
import re
import warnings

import pandas as pd
import pytest

from corpusmine import Tokenizer
from corpusmine.text.clean import reconstruct
from corpusmine.corpus.build import PARAGRAPH_COLUMNS, SECTION_COLUMNS, SPEECH_COLUMNS, load_corpus, write_corpus
from corpusmine.corpus.external import GOVERNMENT_WORK_REPORTS, SOURCE_COLUMNS, WIKISOURCE_FOOTER, government_work_reports, join_wrapped_lines, near_duplicates, read_corpus, strip_patterns
from corpusmine.features import build_dtm, doc_frequency, documents, group_counts
from corpusmine.errors import CorpusInputError, CorpusWarning
from corpusmine.stats.keyness import keyness_table

RECORDS = [
    {"id": "a", "title": "春耕动员", "year": 1958, "province": "四川",
     "text": "同志们：\n一、抓好春耕生产\n要抓好春耕生产，保障粮食安全。"},
    {"id": "b", "title": "创文推进会", "year": 2021, "province": "湖南",
     "text": "同志们：\n创文工作已经到了攻坚之年，要对照测评体系逐项整改。"},
    {"id": "c", "title": "人居环境整治", "year": 2023, "province": "四川",
     "text": "要扎实推进农村人居环境整治，抓好垃圾污水治理。"},
]


def all_pairs_near_duplicates(texts, groups, *, k=5, threshold=0.8, min_chars=20):
    """The definition, pair by pair: Jaccard similarity of character k-gram sets, first earlier text of another group."""
    grams = [set(t[i:i + k] for i in range(len(t) - k + 1)) if len(t) >= min_chars else set() for t in texts]
    out = []
    for i, gi in enumerate(grams):
        best, first = 0.0, None
        for j in range(i):
            if groups[j] == groups[i] or not gi or not grams[j]:
                continue
            sim = len(gi & grams[j]) / len(gi | grams[j])
            best = max(best, sim)
            if first is None and sim >= threshold:
                first = (j, sim)
        out.append((first[0], round(first[1], 4)) if first else (None, round(best, 4)))
    return out


def read(path, **kw):
    kw.setdefault("cache_dir", None)
    kw.setdefault("progress", False)
    return read_corpus(path, **kw)


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def write_csv(path, rows, encoding="utf-8", sep=","):
    pd.DataFrame(rows).to_csv(path, index=False, encoding=encoding, sep=sep)
    return path


# ---------------------------------------------------------------------------
# formats
# ---------------------------------------------------------------------------
def _as_jsonl(tmp):
    return write_jsonl(tmp / "c.jsonl", RECORDS), {}


def _as_csv_gb18030(tmp):
    return write_csv(tmp / "c.csv", RECORDS, encoding="gb18030"), {}


def _as_tsv(tmp):
    return write_csv(tmp / "c.tsv", RECORDS, sep="\t"), {}


def _as_parquet(tmp):
    p = tmp / "c.parquet"
    pd.DataFrame(RECORDS).to_parquet(p, index=False)
    return p, {}


def _as_folder(tmp):
    d = tmp / "folder"
    d.mkdir()
    encodings = {"a": "utf-8", "b": "gb18030", "c": "utf-16"}   # utf-16 writes a byte-order mark
    for r in RECORDS:
        (d / f"{r['id']}.txt").write_bytes(r["text"].encode(encodings[r["id"]]))
    meta = pd.DataFrame([{k: v for k, v in r.items() if k != "text"} | {"file": f"{r['id']}.txt"} for r in RECORDS])
    meta.drop(columns="id").to_csv(tmp / "meta.csv", index=False)
    return d, {"metadata": tmp / "meta.csv"}


@pytest.mark.parametrize("make", [_as_jsonl, _as_csv_gb18030, _as_tsv, _as_parquet, _as_folder])
def test_every_format_gives_the_same_corpus(tmp_path, make):
    path, extra = make(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)   # "decoded as GB18030, not UTF-8"
        c = read(path, group="province", id=None if "metadata" in extra else "id", **extra)
    sp = c.speeches
    assert sp["speech_id"].tolist() == ["a", "b", "c"]
    assert sp["title"].tolist() == ["春耕动员", "创文推进会", "人居环境整治"]
    assert sp["year"].tolist() == [1958, 2021, 2023]
    assert sp["province"].tolist() == ["四川", "湖南", "四川"]
    assert list(sp.columns[:len(SPEECH_COLUMNS)]) == SPEECH_COLUMNS
    assert list(c.paragraphs.columns) == PARAGRAPH_COLUMNS
    assert list(c.sections.columns) == SECTION_COLUMNS
    assert list(c.sources.columns) == SOURCE_COLUMNS
    assert c.paragraphs["text"].tolist() == [
        "同志们：", "一、抓好春耕生产", "要抓好春耕生产，保障粮食安全。",
        "同志们：", "创文工作已经到了攻坚之年，要对照测评体系逐项整改。",
        "要扎实推进农村人居环境整治，抓好垃圾污水治理。",
    ]
    # the outline of speech a: opening, then the section opened by 一、
    assert c.paragraphs.loc[c.paragraphs["speech_id"] == "a", "section_title"].tolist() == ["", "一、抓好春耕生产", "一、抓好春耕生产"]
    assert set(sp["campaign"]) == {"other"} and sp["include"].all()
    # the grouping column works with the unchanged features.documents
    docs = documents(c, level="speech", by="province", groups=None)
    assert docs.groupby("group").size().to_dict() == {"四川": 2, "湖南": 1}


def test_folder_encodings_are_recorded_and_traditional_big5_is_converted(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "gbk.txt").write_bytes("同志们：要抓好乡村振兴。".encode("gbk"))
    (d / "big5.txt").write_bytes("同志們：這次全省城鄉環境綜合整治工作會議，是省政府同意召開的。".encode("big5"))
    (d / "page.html").write_text("<html><head><title>创文讲话</title></head><body><p>同志们：</p>"
                                 "<p>要扎实推进创文工作。</p></body></html>", encoding="utf-8")
    with pytest.warns(CorpusWarning, match="not UTF-8"):
        c = read(d)
    src = c.sources.set_index("source_file")
    assert src.loc["gbk.txt", "encoding"] == "gb18030"
    assert src.loc["big5.txt", "encoding"] == "big5"
    assert src.loc["big5.txt", "conversion"] == "t2s"
    assert src.loc["page.html", "format"] == "html"
    sp = c.speeches.set_index("speech_id")
    assert sp.loc["big5", "text"] == "同志们：这次全省城乡环境综合整治工作会议，是省政府同意召开的。"
    assert sp.loc["page", "text"] == "同志们：\n要扎实推进创文工作。"
    assert sp.loc["gbk", "title"] == "gbk"                     # no title field: the file name


def test_folder_ids_metadata_and_name_clashes(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "讲话.txt").write_text("要抓好春耕。", encoding="utf-8")
    (d / "讲话.html").write_text("<html><body><p>要推进创文。</p></body></html>", encoding="utf-8")
    (d / "说明.docx").write_bytes(b"PK\x03\x04")
    with pytest.warns(CorpusWarning, match=r"not texts of the corpus: 说明\.docx: not a \.txt/\.html file \(\.docx\)"):
        c = read(d)
    assert c.speeches["speech_id"].tolist() == ["讲话.html", "讲话.txt"]      # same stem: the full names
    assert c.sources[["source_file", "status"]].values.tolist() == [
        ["讲话.html", "ok"], ["讲话.txt", "ok"], ["说明.docx", "skipped"]]
    meta = tmp_path / "meta.csv"
    meta.write_text("file,year\n讲话.txt,2021\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"meta\.csv: no metadata row for 1 file\(s\): 讲话\.html"):
        read(d, metadata=meta)


def test_jsonl_other_fields_are_kept_and_clashing_names_prefixed(tmp_path):
    rows = [{"text": "要抓好春耕生产。", "url": "https://example.org/1", "n_words": 99, "tags": ["农业"]}]
    c = read(write_jsonl(tmp_path / "x.jsonl", rows))
    sp = c.speeches.iloc[0]
    assert sp["url"] == "https://example.org/1"
    assert sp["input_n_words"] == 99 and sp["n_words"] == 3      # 要 / 抓好 / 春耕生产 (stop words kept)
    assert sp["tags"] == '["农业"]'
    assert sp["speech_id"] == "000001" and sp["title"] == "" and pd.isna(sp["year"])


def test_csv_with_quoted_multiline_text(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text('title,text\n春耕,"同志们：\n要抓好春耕生产。"\n创文,要推进创文。\n', encoding="utf-8")
    c = read(p)
    assert c.paragraphs["text"].tolist() == ["同志们：", "要抓好春耕生产。", "要推进创文。"]
    assert c.sources["line"].tolist() == [2, 4]                  # first line of each record in the file


def test_group_by_function_mapping_and_decade(tmp_path):
    p = write_jsonl(tmp_path / "x.jsonl", RECORDS)
    c = read(p, group=lambda r: "early" if r["year"] < 1978 else "reform")
    assert c.speeches["group"].tolist() == ["early", "reform", "reform"]
    c = read(p, group={"era": lambda r: r["year"] >= 1978, "long": lambda r: len(r["text"]) > 20})
    assert c.speeches["era"].tolist() == ["False", "True", "True"]
    assert c.speeches["long"].tolist() == ["True", "True", "True"]
    c = read(p, group="decade")
    assert c.speeches["decade"].tolist() == ["1950s", "2020s", "2020s"]
    c = read(p, group="year")                                   # a column corpusmine fills: copied as text
    assert c.speeches["group"].tolist() == ["1958", "2021", "2023"]


def test_missing_group_values_are_unknown_with_a_warning(tmp_path):
    rows = [dict(RECORDS[0]), dict(RECORDS[1], year=None), dict(RECORDS[2], year="")]
    p = write_jsonl(tmp_path / "x.jsonl", rows)
    with pytest.warns(CorpusWarning, match=r"2 record\(s\) have no value for 'decade'.*line 2 \(创文推进会\); line 3"):
        c = read(p, group="decade")
    assert c.speeches["decade"].tolist() == ["1950s", "unknown", "unknown"]


@pytest.mark.parametrize("value, expected", [("2025", 2025), ("2025-03-05", 2025), ("2025年", 2025), (2025.0, 2025)])
def test_year_forms(tmp_path, value, expected):
    c = read(write_jsonl(tmp_path / "x.jsonl", [{"text": "要抓好春耕。", "year": value}]))
    assert c.speeches["year"].tolist() == [expected]


def test_cache_gives_identical_tables_and_serves_tokens(tmp_path):
    p = write_jsonl(tmp_path / "x.jsonl", RECORDS)
    cache = tmp_path / "cache"
    first = read(p, cache_dir=cache, group="decade")
    assert len(list((cache / "clean").iterdir())) == 3
    tok = Tokenizer(remove_stopwords=False, cache_dir=cache)
    second = read(p, cache_dir=cache, group="decade", tokenizer=tok)
    assert tok.cache_misses_ == 0 and tok.cache_hits_ == 6
    for name in ("speeches", "paragraphs", "sections", "audit", "sources"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name))


def test_progress_bars_on_request(tmp_path, capsys):
    read(write_jsonl(tmp_path / "x.jsonl", RECORDS), progress=True)
    err = capsys.readouterr().err
    for stage in ("reading records", "cleaning", "segmenting", "tokenizing"):
        assert stage in err


# ---------------------------------------------------------------------------
# bad input
# ---------------------------------------------------------------------------
def test_corrupt_jsonl_line_names_file_and_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    lines = [json.dumps(RECORDS[0], ensure_ascii=False), json.dumps(RECORDS[1], ensure_ascii=False),
             '{"title": "断行", "text": "要抓好', json.dumps(RECORDS[2], ensure_ascii=False)]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"bad\.jsonl: line 3: corrupt JSON"):
        read(p)
    with pytest.warns(CorpusWarning, match=r"bad\.jsonl: skipped 1 bad record\(s\): line 3: corrupt JSON"):
        c = read(p, on_error="skip")
    assert c.speeches["title"].tolist() == ["春耕动员", "创文推进会", "人居环境整治"]
    assert c.speeches["speech_id"].tolist() == ["000001", "000002", "000004"]   # numbers keep their record
    skipped = c.sources[c.sources["status"] == "skipped"]
    assert skipped[["record", "line"]].values.tolist() == [[3, 3]]
    assert skipped["reason"].iloc[0].startswith("corrupt JSON")


@pytest.mark.parametrize("line, problem", [
    (b'["\xe4\xb9\xa1\xe6\x9d\x91"]', "expected a JSON object, got list"),
    (b'{"text": "\xd5\xfe\xb8\xae"}', "not valid UTF-8"),                 # GBK bytes in a JSON Lines file
    (b'{"title": "no text"}', "no text field 'text' (fields: title)"),
    (b'{"text": 42}', "text field 'text' is a int, not text"),
    ('{"text": "要抓好春耕。", "year": "明年"}'.encode(), "'year': cannot read a year from '明年'"),
])
def test_bad_records_are_named(tmp_path, line, problem):
    p = tmp_path / "x.jsonl"
    p.write_bytes(json.dumps(RECORDS[0], ensure_ascii=False).encode() + b"\n\n" + line + b"\n")
    with pytest.raises(CorpusInputError, match=r"x\.jsonl: line 3: " + re.escape(problem)):
        read(p)
    with pytest.warns(CorpusWarning, match="line 3: " + re.escape(problem)):
        c = read(p, on_error="skip")
    assert len(c.speeches) == 1 and (c.sources["status"] == "skipped").sum() == 1


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_missing_text_column_lists_the_columns(tmp_path, suffix):
    df = pd.DataFrame({"title": ["春耕"], "content": ["要抓好春耕。"]})
    p = tmp_path / f"x.{suffix}"
    df.to_csv(p, index=False) if suffix == "csv" else df.to_parquet(p, index=False)
    with pytest.raises(CorpusInputError, match=rf"x\.{suffix}: no text column 'text'; the columns are: title, content"):
        read(p)
    assert read(p, text="content").speeches["title"].tolist() == ["春耕"]


def test_csv_row_with_wrong_number_of_fields(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("title,text\n春耕,要抓好春耕。\n创文,要推进创文,多余\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"x\.csv: line 3: 3 fields, the header has 2"):
        read(p)


def test_empty_documents_are_skipped_with_a_warning_or_refused(tmp_path):
    rows = [RECORDS[0], {"title": "空白", "text": "  \n\u3000"}, {"title": "缺失", "text": None},
            {"title": "只有页脚", "text": "本作品是中华人民共和国的法律、法规。\nPublic domain"}, RECORDS[2]]
    p = write_jsonl(tmp_path / "x.jsonl", rows)
    with pytest.warns(CorpusWarning) as caught:
        c = read(p, strip=[WIKISOURCE_FOOTER])
    message = "\n".join(str(w.message) for w in caught)
    assert "skipped 3 empty record(s)" in message
    assert "line 2 (空白): empty text" in message and "line 3 (缺失): empty text" in message
    assert "line 4 (只有页脚): no text left after cleaning" in message
    assert c.speeches["title"].tolist() == ["春耕动员", "人居环境整治"]
    src = c.sources
    assert src["status"].tolist() == ["ok", "skipped", "skipped", "skipped", "ok"]
    assert src["record"].tolist() == [1, 2, 3, 4, 5]
    with pytest.raises(CorpusInputError, match=r"3 empty record\(s\): line 2 \(empty text\)"):
        read(p, strip=[WIKISOURCE_FOOTER], empty="raise")


def test_duplicate_ids_unknown_group_and_nothing_left(tmp_path):
    p = write_jsonl(tmp_path / "x.jsonl", [RECORDS[0], dict(RECORDS[1], id="a")])
    with pytest.raises(CorpusInputError, match=r"duplicated id\(s\) in 'id': 'a' \(line 1\), 'a' \(line 2\)"):
        read(p, id="id")
    with pytest.raises(CorpusInputError, match=r"no column 'region_name' to group by; the columns are: text, id, title"):
        read(p, group="region_name")
    q = write_jsonl(tmp_path / "y.jsonl", [{"title": "空白", "text": ""}])
    with pytest.raises(CorpusInputError, match="no record left"), pytest.warns(CorpusWarning):
        read(q)
    (tmp_path / "x.docx").write_text("同志们", encoding="utf-8")
    with pytest.raises(CorpusInputError, match="unknown corpus format '.docx'"):
        read(tmp_path / "x.docx")


# ---------------------------------------------------------------------------
# line breaks, boilerplate, near duplicates
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, asked, expected, mode", [
    # links of a wiki page broke the sentence; blank lines separate paragraphs
    ("各位代表：\n\n根据《\n著作权法\n》第五条。\n\n结束语", "auto", "各位代表：\n\n根据《著作权法》第五条。\n\n结束语", "blank"),
    # a line break through a zero-width-space line inside a word
    ("交出一份人\n\u200b\n民满意的答卷。\n\n二、工作", "auto", "交出一份人民满意的答卷。\n\n二、工作", "blank"),
    # Latin words get a space, Chinese none; a line ending a sentence keeps its break
    ("增长6.7%，达到74.4\n万亿元。\n下一段。\n\nPublic\ndomain", "blank",
     "增长6.7%，达到74.4万亿元。\n下一段。\n\nPublic domain", "blank"),
    # ... but "auto" sees no break that is certainly a wrap here: nothing joined
    ("增长6.7%，达到74.4\n万亿元。\n下一段。\n\nPublic\ndomain", "auto",
     "增长6.7%，达到74.4\n万亿元。\n下一段。\n\nPublic\ndomain", "lines"),
    # one paragraph per line (the seed corpus's form): nothing joined
    ("同志们：\n一、提高站位\n要抓实抓细。", "auto", "同志们：\n一、提高站位\n要抓实抓细。", "lines"),
    ("根据《\n著作权法\n》第五条。", "lines", "根据《\n著作权法\n》第五条。", "lines"),
])
def test_join_wrapped_lines(text, asked, expected, mode):
    joined, spans, used = join_wrapped_lines(text, asked)
    assert (joined, used) == (expected, mode)
    applied, pos = [], 0
    for s, e, repl in spans:         # the spans account for every change
        assert text[s:e].strip("\n\u200b") == ""
        applied += [text[pos:s], repl]
        pos = e
    assert "".join(applied) + text[pos:] == joined


def test_strip_patterns_removes_every_match_and_reports_it():
    text = "要抓好春耕。\n[广告]\n要推进创文。\n[广告]"
    out, removed = strip_patterns(text, [r"\n?^\[广告\]$"])
    assert out == "要抓好春耕。\n要推进创文。"
    assert [(s, e) for s, e, _ in removed] == [(6, 11), (18, 23)]
    # two patterns, overlapping matches: one span each, positions in the original text (an audit layer)
    out, removed = strip_patterns(text, [r"\n?^\[广告\]$", r"告\]\n要推进"])
    assert out == "要抓好春耕。创文。"
    assert [(s, e) for s, e, _ in removed] == [(6, 15), (18, 23)]
    rows = pd.DataFrame({"start": [s for s, _, _ in removed], "end": [e for _, e, _ in removed],
                         "removed": [text[s:e] for s, e, _ in removed], "replacement": ["", ""]})
    assert reconstruct(out, rows) == text


def test_near_duplicates_worked_example():
    # k = 3: 抓好乡村振兴 -> {抓好乡, 好乡村, 乡村振, 村振兴}; 抓好乡村建设 -> {抓好乡, 好乡村, 乡村建, 村建设}
    # shared 2 of 6 distinct grams: Jaccard = 2 / 6 = 0.3333
    texts = ["抓好乡村振兴", "抓好乡村建设", "抓好乡村振兴"]
    assert near_duplicates(texts, ["s1", "s2", "s3"], k=3, min_chars=5, threshold=0.3, floor=0.3) == [
        (None, 0.0), (0, 0.3333), (0, 1.0)]
    # same speech: never flagged; below the floor: reported as 0.0
    assert near_duplicates(texts, ["s1", "s1", "s1"], k=3, min_chars=5) == [(None, 0.0)] * 3
    assert near_duplicates(texts, ["s1", "s2", "s3"], k=3, min_chars=5, threshold=0.8, floor=0.5) == [
        (None, 0.0), (None, 0.0), (0, 1.0)]


def test_near_duplicates_agree_with_the_all_pairs_method_on_the_seed_corpus():
    para = load_corpus().paragraphs
    texts, groups = para["text"].tolist(), para["speech_id"].tolist()
    # plus a "copy" speech: every third paragraph again, its last character changed
    copies = [t[:-1] + "！" for t in texts[::3]]
    texts, groups = texts + copies, groups + ["copy"] * len(copies)
    expected = all_pairs_near_duplicates(texts, groups)
    got = near_duplicates(texts, groups)
    assert [j for j, _ in got] == [j for j, _ in expected]
    assert sum(j is not None for j, _ in got) > 0
    assert [s if s >= 0.5 else 0.0 for _, s in expected] == [s for _, s in got]


# ---------------------------------------------------------------------------
# the Government Work Reports (data/external)
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gwr(tmp_path_factory):
    cache = tmp_path_factory.mktemp("gwr-cache")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = government_work_reports(cache_dir=cache, progress=False)
    return corpus, [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)], cache


@pytest.fixture(scope="module")
def raw_gwr():
    return [json.loads(line) for line in GOVERNMENT_WORK_REPORTS.read_text(encoding="utf-8").splitlines()]


def test_gwr_reports_per_decade(gwr, raw_gwr):
    corpus, messages, _ = gwr
    # counted from the file itself: 52 reports with a year, 20 resolutions without one
    expected = collections.Counter(f"{int(r['year']) // 10 * 10}s" if r["year"] else "unknown" for r in raw_gwr)
    assert dict(expected) == {"2020s": 5, "unknown": 20, "2010s": 10, "2000s": 10, "1990s": 7, "1980s": 9,
                              "1970s": 3, "1960s": 2, "1950s": 6}
    assert corpus.speeches["decade"].value_counts().to_dict() == dict(expected)
    docs = documents(corpus, level="speech", by="decade", groups=None)
    assert docs.groupby("group").size().to_dict() == dict(expected)
    unknown = [m for m in messages if "grouped as 'unknown'" in m]
    assert len(unknown) == 1 and "20 record(s)" in unknown[0] and "line 2 (第十四届全国人民代表大会第三次会议" in unknown[0]
    assert (corpus.sources["status"] == "ok").all() and len(corpus.sources) == 72


def test_gwr_1954_report_comes_back_simplified(gwr, raw_gwr):
    corpus, _, _ = gwr
    raw = raw_gwr[71]["content"]
    assert raw_gwr[71]["year"] == "1954" and "我們第一届全國人民代表大會" in raw
    sp = corpus.speeches.set_index("year").loc[1954]
    assert "我们第一届全国人民代表大会第一次会议" in sp["text"]
    assert not set("們國會議聽關於憲報") & set(sp["text"])
    src = corpus.sources.set_index("speech_id").loc[sp["speech_id"]]
    assert src["conversion"] == "t2s"


def test_gwr_wrapped_links_joined_and_licence_removed(gwr):
    corpus, _, _ = gwr
    text = corpus.speeches.set_index("year").loc[2006, "text"]
    assert "制定了《国家中长期科学和技术发展规划纲要》。" in text
    assert not corpus.speeches["text"].str.contains("公有领域|维基文库|Public domain").any()
    a = corpus.audit  # the cleaner's wikisource_licence rule or, failing it, the strip pattern removes each footer
    assert a.loc[(a["layer"] == "strip") | (a["rule"] == "wikisource_licence"), "source_file"].nunique() == 65


def test_gwr_audit_rebuilds_a_raw_record(gwr, raw_gwr):
    corpus, _, cache = gwr
    label = "government_work_reports.jsonl:8"          # the 2022 report: wrapped lines, a licence footer
    a = corpus.audit[corpus.audit["source_file"] == label]
    raw = raw_gwr[7]["content"]
    joined, _, _ = join_wrapped_lines(raw)
    from corpusmine.text.clean import clean_document

    cleaned = clean_document(joined, source_file=label).text
    final = corpus.speeches.set_index("source_file").loc[label, "text"]
    assert reconstruct(final, a[a["layer"] == "strip"]) == cleaned
    assert reconstruct(cleaned, a[a["layer"] == "text"]) == joined
    assert reconstruct(joined, a[a["layer"] == "lines"]) == raw


def test_gwr_keyness_by_decade_is_plausible(gwr):
    corpus, _, cache = gwr
    docs = documents(corpus, level="paragraph", by="decade", groups=["1950s", "1980s", "2010s"])
    dtm = build_dtm(docs, tokenizer=Tokenizer(cache_dir=cache))     # tokens come from read_corpus's cache
    speeches = doc_frequency(dtm, unit="speech_id")
    n_speeches = dtm.docs.groupby("group")["speech_id"].nunique()
    assert n_speeches.to_dict() == {"1950s": 6, "1980s": 9, "2010s": 10}
    key = keyness_table(group_counts(dtm), docs=speeches, n_docs=n_speeches, min_count=10)
    top = {g: key[(key["target"] == g) & (key["reference"] == "rest")].head(15) for g in n_speeches.index}
    assert {"五年计划", "苏联", "合作社"} <= set(top["1950s"]["term"])
    assert {"创新", "民生", "深化"} <= set(top["2010s"]["term"])
    assert {"经济效益", "经济体制", "技术改造"} <= set(top["1980s"]["term"])
    assert (top["1950s"]["docs_target"] <= 6).all() and (top["1950s"]["docs_target"] >= 1).all()


def test_gwr_round_trips_through_parquet(gwr, tmp_path):
    corpus, _, _ = gwr
    write_corpus(corpus, tmp_path)
    back = load_corpus(tmp_path)
    for name in ("speeches", "paragraphs", "sections", "sources"):
        pd.testing.assert_frame_equal(getattr(back, name), getattr(corpus, name), check_dtype=False)


def test_gwr_near_duplicates_do_not_depend_on_the_floor(gwr):
    # too many pairs for the pair-by-pair definition: a much lower floor (longer prefixes, far more
    # candidates) must flag exactly the same paragraphs
    corpus, _, _ = gwr
    para = corpus.paragraphs
    expected = near_duplicates(para["text"].tolist(), para["speech_id"].tolist(), floor=0.1)
    flagged = [para["paragraph_id"].iat[j] if j is not None else "" for j, _ in expected]
    assert para["dup_of"].tolist() == flagged
    # the formula opening every report since 2007 is flagged as a copy of the first report that used it
    opening = para[para["text"] == "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。"]
    assert len(opening) >= 3 and (opening["dup_of"].iloc[1:] == opening["paragraph_id"].iloc[0]).all()


def test_n_jobs_gives_the_same_corpus(tmp_path, raw_gwr):
    p = write_jsonl(tmp_path / "five.jsonl", [raw_gwr[i] for i in (0, 1, 37, 60, 71)])
    kw = dict(text="content", group="decade", strip=[WIKISOURCE_FOOTER])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        one = read(p, **kw)
        two = read(p, n_jobs=2, **kw)
    for name in ("speeches", "paragraphs", "sections", "audit", "sources"):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))


# ---------------------------------------------------------------------------
# nothing dropped silently, a clear message for every bad input (issue 11 points 4 and 6)
# ---------------------------------------------------------------------------
def test_every_file_of_a_folder_is_a_record_or_a_sources_row(tmp_path):
    # Regression: README*, readme.* and dot-files were skipped with no warning and no sources row
    # (a folder of 4 files gave 1 speech and 1 sources row).
    d = tmp_path / "pages"
    d.mkdir()
    (d / "春耕.txt").write_text("同志们：\n要抓好春耕生产，保障粮食安全。", encoding="utf-8")
    (d / "README.txt").write_text("本文件夹收录县级讲话稿。", encoding="utf-8")
    (d / "readme.md").write_text("讲话稿说明", encoding="utf-8")
    (d / ".草稿.txt").write_text("要扎实推进创文工作。", encoding="utf-8")
    (d / "子文件夹").mkdir()
    with pytest.warns(CorpusWarning, match=r"4 file\(s\) of the folder are not texts of the corpus: \.草稿\.txt") as rec:
        c = read(d)
    msg = " ".join(str(w.message) for w in rec)
    assert "README.txt" in msg and "readme.md" in msg and "子文件夹" in msg
    assert c.speeches["speech_id"].tolist() == ["春耕"]
    src = c.sources.set_index("source_file")
    assert sorted(src.index) == sorted([".草稿.txt", "README.txt", "readme.md", "子文件夹", "春耕.txt"])
    assert (src.drop("春耕.txt")["status"] == "skipped").all() and (src.drop("春耕.txt")["reason"] != "").all()


# ---------------------------------------------------------------------------
# stubs, redirects and disambiguation pages (issue 11 point 4)
# ---------------------------------------------------------------------------
DISAMBIGUATION = "中国共产党第十九次全国代表大会报告可以指：\n决胜全面建成小康社会\n十九大政治报告（2017年）\n"
REDIRECT = "重定向 中国共产党第十八次全国代表大会报告"
TITLE_ONLY = "中国共产党第十七次全国代表大会报告"
SHORT_SPEECH = ("同志们：\n今天召开全县春耕生产动员大会，主要任务是安排部署今年的春耕工作。\n"
                "要抓好春耕生产，确保粮食安全，各乡镇要压实责任。\n谢谢大家。")
LONG_REPORT = "同志们：\n" + "要坚持以人民为中心的发展思想，扎实推进乡村振兴，抓好生态环境保护。\n" * 12


def test_stubs_are_flagged_and_left_out_of_statistics(tmp_path):
    rows = [{"title": "十九大报告（消歧义）", "congress": "19", "text": DISAMBIGUATION},
            {"title": "十八大报告", "congress": "18", "text": REDIRECT},
            {"title": "十七大报告", "congress": "17", "text": TITLE_ONLY},
            {"title": "春耕动员", "congress": "speech", "text": SHORT_SPEECH},
            {"title": "长报告", "congress": "report", "text": LONG_REPORT}]
    p = write_jsonl(tmp_path / "c.jsonl", rows)
    with pytest.warns(CorpusWarning, match=r"c\.jsonl: 3 stub\(s\), redirect\(s\) or disambiguation page\(s\) flagged "
                                           r"include=False") as rec:
        c = read(p, group="congress")
    msg = next(str(w.message) for w in rec if "stub" in str(w.message))
    assert "十九大报告（消歧义）" in msg and "十八大报告" in msg and "十七大报告" in msg and "春耕动员" not in msg
    sp = c.speeches.set_index("title")
    assert sp["include"].to_dict() == {"十九大报告（消歧义）": False, "十八大报告": False, "十七大报告": False,
                                       "春耕动员": True, "长报告": True}
    n = len(DISAMBIGUATION.strip())           # the cleaned text: trailing newline gone
    assert sp.loc["十九大报告（消歧义）", "excluded_reason"] == f"stub (disambiguation page): {n} characters, 100% list lines"
    assert sp.loc["十八大报告", "excluded_reason"].startswith("stub (redirect): ")
    assert sp.loc["十七大报告", "excluded_reason"] == f"stub (title or list page): {len(TITLE_ONLY)} characters, 100% list lines"
    assert sp.loc["春耕动员", "excluded_reason"] == "" and sp.loc["长报告", "excluded_reason"] == ""
    # nothing dropped: every record keeps its paragraphs and a sources row naming the reason
    assert set(c.paragraphs["speech_id"]) == set(c.speeches["speech_id"])
    src = c.sources.set_index("record")
    assert src.loc[1, "status"] == "ok" and src.loc[1, "reason"].startswith("stub (disambiguation page)")
    # statistics see only the real texts: the stubs' groups do not exist for documents()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        docs = documents(c, by="congress", groups=None)
    assert sorted(docs["group"].unique()) == ["report", "speech"]


def test_stubs_can_be_kept(tmp_path):
    p = write_jsonl(tmp_path / "c.jsonl", [{"text": DISAMBIGUATION}, {"text": SHORT_SPEECH}])
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)            # no stub warning at all
        c = read(p, stubs="keep")
    assert c.speeches["include"].tolist() == [True, True]
    with pytest.raises(ValueError, match="stubs must be"):
        read(p, stubs="drop")


@pytest.mark.parametrize("text", [
    SHORT_SPEECH,
    "要扎实推进创文工作，可以指导群众参与测评。",              # 可以指 without a colon: ordinary language
    "同志们：\n要抓好春耕生产。",
    "一、提高站位\n要把乡村振兴作为头等大事来抓。\n二、压实责任\n各级要层层签订责任书，确保任务落实到位。\n三、强化督查\n要定期通报进展。",
])
def test_real_short_texts_are_not_stubs(text):
    from corpusmine.corpus.stubs import stub_reason

    assert stub_reason(text) is None


def test_long_list_is_never_a_stub():
    from corpusmine.corpus.stubs import STUB_MAX_CHARS, stub_reason

    titles = "\n".join(f"第{i}次全国代表大会报告" for i in range(1, 40))
    assert len(titles) >= STUB_MAX_CHARS and stub_reason(titles) is None
    assert stub_reason(titles[:120]).startswith("stub (title or list page)")


def test_groups_below_the_minimum_are_named_not_dropped(tmp_path):
    rows = [{"id": f"r{i}", "decade": "2010s", "text": f"要扎实推进乡村振兴，抓好第{i}批示范村建设。"} for i in range(3)]
    rows += [{"id": "c1", "decade": "2020s", "text": "创文工作到了攻坚之年，要对照测评体系逐项整改。"}]
    c = read(write_jsonl(tmp_path / "c.jsonl", rows), id="id", group="decade")
    with pytest.warns(CorpusWarning, match=r"1 group\(s\) below the minimum of 2 speeches: 2020s \(1 speech\)"):
        docs = documents(c, level="paragraph", by="decade", groups=None)
    assert docs.attrs["small_groups"] == {"2020s": 1}
    assert set(docs["group"]) == {"2010s", "2020s"}                  # reported, not silently dropped
    with pytest.warns(CorpusWarning, match=r"2 group\(s\) below the minimum of 4 speeches: 2010s \(3 speeches\), "
                                           r"2020s \(1 speech\)"):
        assert documents(c, by="decade", groups=None, min_speeches=4).attrs["small_groups"] == {"2010s": 3, "2020s": 1}
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        assert documents(c, by="decade", groups=None, min_speeches=1).attrs["small_groups"] == {}


def test_wikisource_versions_page_of_the_cpc_reports_is_a_stub(tmp_path):
    # The shape of the 七大 record of the CPC congress reports (Traditional script, as on Wikisource): a
    # 76-character versions page listing two editions; read as a document it became a whole congress group.
    versions = ("論聯合政府\n的版本包括：\n\n\n論聯合政府 (1945年)\n，1945年中共七大報告\n\n\n"
                "論聯合政府 (1953年)\n，1953年4月《毛澤東選集》第三卷")
    rows = [{"congress": 7, "title": "論聯合政府 (七大)", "content": versions},
            {"congress": 8, "title": "八大报告", "content": LONG_REPORT}]
    with pytest.warns(CorpusWarning, match=r"1 stub\(s\).*論聯合政府 \(七大\).*stub \(disambiguation page\)"):
        c = read(write_jsonl(tmp_path / "cpc.jsonl", rows), text="content", group="congress")
    sp = c.speeches.set_index("congress")
    assert sp.loc["7", "include"] == False and sp.loc["8", "include"] == True  # noqa: E712
    assert sp.loc["7", "excluded_reason"].startswith("stub (disambiguation page): ")
    assert int(sp.loc["7", "excluded_reason"].split(": ")[1].split()[0]) < 76      # counted after cleaning
