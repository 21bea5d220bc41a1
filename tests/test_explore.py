"""The exploration pages, checked without a browser: their data, caps, escaping and determinism.

Numbers are checked against counts made here directly from the paragraphs
(``Tokenizer.cut`` and ``str.count``) and against the formulas of the methods
written out again, not against the page builders themselves.  The real-browser
test is tests/test_browser.py.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from corpusmine import Tokenizer
from corpusmine.viz import explore as explore
from corpusmine.features import CAMPAIGNS, documents
from corpusmine.stats.concordance import kwic
from corpusmine.stats.topics import TopicModel

# anything that would load a resource: script or style files, CSS imports, remote images
EXTERNAL = re.compile(r"<script[^>]*\bsrc\s*=|<link[^>]*\bhref\s*=|@import|url\(\s*['\"]?https?:|"
                      r"\bsrc\s*=\s*['\"]https?:", re.I)
# the term explorer's own script asks for nothing at all (d3, inlined in the topic page, merely contains fetch code)
REQUESTS = re.compile(r"\bfetch\(|XMLHttpRequest|\.open\(\s*['\"]GET", re.I)


def _data(page: str, element_id: str):
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert m, element_id
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def tok(tmp_path_factory):
    return Tokenizer(cache_dir=tmp_path_factory.mktemp("explore_cache"))


@pytest.fixture(scope="module")
def paragraphs(corpus):
    """The paragraphs the pages use: included speeches, no near-copies, the three campaigns."""
    return documents(corpus, level="paragraph")


@pytest.fixture(scope="module")
def civ(corpus, tok):
    return explore.term_explorer_data(corpus, "civilised_city", tokenizer=tok, max_terms=None, max_passages=None)


def _rows(data) -> pd.DataFrame:
    return pd.DataFrame(data["terms"], columns=data["columns"])


# --------------------------------------------------------------------------- small helpers


def test_comparisons_give_each_campaign_against_the_rest_then_every_pair_once():
    assert explore.comparisons(CAMPAIGNS) == [
        ("rural", "rest"), ("civilised_city", "rest"), ("environment", "rest"),
        ("rural", "civilised_city"), ("rural", "environment"), ("civilised_city", "environment"),
    ]
    assert explore.explorer_filename("rural", "environment") == "03_terms_rural_vs_environment.html"
    with pytest.raises(ValueError, match="distinct"):
        explore.comparisons(["rural", "rural"])


@pytest.mark.parametrize("text", ["创文</script><script>alert(1)</script>", "整治<!--", "A&B 〔某〕",
                                  "行\u2028分\u2029段", "</SCRIPT >"])
def test_json_script_keeps_any_text_inside_the_script_element(text):
    data = {"terms": [text, "乡村振兴"], "n": 3}
    out = explore.json_script(data, "d")
    inner = out[len('<script type="application/json" id="d">'):-len("</script>")]
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert "\u2028" not in inner and "\u2029" not in inner
    assert out.lower().count("</script") == 1
    assert json.loads(inner) == data
    assert "乡村振兴" in inner          # Chinese stays readable UTF-8


def test_select_passages_lets_speeches_and_sides_take_turns():
    # target (rural): speech A has 4 lines, B 1; reference (environment): C 2, D 1.
    lines = pd.DataFrame({
        "speech_id": ["A", "A", "C", "A", "B", "C", "A", "D"],
        "group": ["rural", "rural", "environment", "rural", "rural", "environment", "rural", "environment"],
        "offset": [0, 10, 0, 20, 0, 10, 30, 0],
    })
    # by hand: target turns A0 B0 A10 A20 A30; reference turns C0 D0 C10;
    # sides alternate: A0 C0 B0 D0 A10 | C10 A20 A30; keep 5, then target first.
    got = explore.select_passages(lines, ["rural"], 5)
    assert list(zip(got["speech_id"], got["offset"])) == [("A", 0), ("B", 0), ("A", 10), ("C", 0), ("D", 0)]
    assert got["side"].tolist() == ["target"] * 3 + ["reference"] * 2
    everything = explore.select_passages(lines, ["rural"])
    assert len(everything) == 8 and everything["side"].tolist()[:5] == ["target"] * 5
    with pytest.raises(ValueError, match="max_passages"):
        explore.select_passages(lines, ["rural"], 0)


# --------------------------------------------------------------------------- term explorer on the real corpus


def test_counts_rates_and_dispersion_match_an_independent_count(civ, paragraphs, tok):
    tokens = [tok.cut(t) for t in paragraphs["text"]]
    target = (paragraphs["group"] == "civilised_city").to_numpy()
    count_t = Counter(w for toks, t in zip(tokens, target) if t for w in toks)
    count_r = Counter(w for toks, t in zip(tokens, target) if not t for w in toks)
    n_t, n_r = sum(count_t.values()), sum(count_r.values())
    m = civ["meta"]
    assert (m["tokens_target"], m["tokens_reference"]) == (n_t, n_r)
    assert m["reference_groups"] == ["rural", "environment"]
    assert m["speeches_target"] == 1 and m["speeches_reference"] == 6
    rows = _rows(civ).set_index("term")
    tested = {w for w in set(count_t) | set(count_r) if count_t[w] + count_r[w] >= 5}
    assert set(rows.index) == tested and m["n_tested"] == m["n_shown"] == len(tested)
    for term in ("创文", "整治", "群众", "工作"):
        r = rows.loc[term]
        assert (r["count_t"], r["count_r"]) == (count_t[term], count_r[term])
        assert r["freq_t"] == pytest.approx(count_t[term] * 1e4 / n_t, rel=1e-3)
        assert r["freq_r"] == pytest.approx(count_r[term] * 1e4 / n_r, rel=1e-3)
        speeches_t = {s for s, toks, t in zip(paragraphs["speech_id"], tokens, target) if t and term in toks}
        speeches_r = {s for s, toks, t in zip(paragraphs["speech_id"], tokens, target) if not t and term in toks}
        assert (r["docs_t"], r["docs_r"]) == (len(speeches_t), len(speeches_r))
        # Monroe, Colaresi & Quinn (2008) with the pooled prior: alpha_w = pooled count, alpha_0 = n_t + n_r
        a, b = count_t[term], count_r[term]
        alpha, alpha0 = a + b, n_t + n_r
        delta = (math.log(a + alpha) - math.log(n_t + alpha0 - a - alpha)) - (
            math.log(b + alpha) - math.log(n_r + alpha0 - b - alpha))
        z = delta / math.sqrt(1 / (a + alpha) + 1 / (b + alpha))
        assert r["logodds_z"] == pytest.approx(z, rel=1e-3)
    assert rows.loc["创文", "rank"] == 1 and rows.loc["创文", "count_r"] == 0


def test_passages_are_the_literal_matches_in_documents_holding_the_word(civ, paragraphs, tok, corpus):
    titles = dict(zip(corpus.speeches["speech_id"], corpus.speeches["title"]))
    rows = _rows(civ)
    index = {t: i for i, t in enumerate(rows["term"])}
    holding = [set(tok.cut(t)) for t in paragraphs["text"]]
    for term in ("创文", "整治", "城市", "群众"):
        i = index[term]
        is_t = (paragraphs["group"] == "civilised_city").to_numpy()
        with_word = [w for w, h in enumerate(holding) if term in h]
        n_t = sum(paragraphs["text"].iat[w].count(term) for w in with_word if is_t[w])
        n_r = sum(paragraphs["text"].iat[w].count(term) for w in with_word if not is_t[w])
        assert civ["hits"][i][0] == n_t and civ["hits"][i][2] == n_r
        assert len(civ["passages"][i]) == n_t + n_r          # no cap here
        # the same matches as corpusmine.stats.phrases.kwic on those documents
        lines = kwic(paragraphs.iloc[with_word], term)
        assert len(lines) == n_t + n_r
        for doc, off in civ["passages"][i]:
            speech, group, text = civ["docs"][doc]
            assert text[off:off + len(term)] == term
            assert group in ("civilised_city", "rural", "environment")
            sid, title = civ["speeches"][speech]
            assert title == titles[sid]
        sides = [civ["docs"][doc][1] == "civilised_city" for doc, _ in civ["passages"][i]]
        assert sides == sorted(sides, reverse=True)           # target passages first


def test_caps_limit_terms_and_passages_and_keep_both_ends_and_the_common_words(corpus, tok, civ):
    full = _rows(civ)
    capped = explore.term_explorer_data(corpus, "civilised_city", tokenizer=tok, max_terms=60, max_passages=3)
    rows = _rows(capped)
    assert len(rows) == 60 and capped["meta"]["n_shown"] == 60 and capped["meta"]["n_tested"] == len(full)
    assert rows["rank"].is_monotonic_increasing
    top = full.loc[full["logodds_z"].idxmax(), "term"]
    bottom = full.loc[full["logodds_z"].idxmin(), "term"]
    pooled = full["count_t"] + full["count_r"]
    commonest = full.loc[pooled.idxmax(), "term"]
    assert {top, bottom, commonest} <= set(rows["term"])
    # in equal turns: 20 from each ranking (without repeats) fill the 60 places
    by_z = full.sort_values("logodds_z", ascending=False, kind="mergesort")["term"].head(20)
    assert set(by_z) <= set(rows["term"])
    assert all(len(p) <= 3 for p in capped["passages"])
    # 工作 is said on both sides: with 3 places the target side cannot fill all of them
    i = rows.index[rows["term"] == "工作"][0]
    sides = {capped["docs"][d][1] == "civilised_city" for d, _ in capped["passages"][i]}
    assert sides == {True, False}
    assert capped["hits"][i][0] + capped["hits"][i][2] > 3
    big = explore.term_explorer(corpus, "civilised_city", tokenizer=tok)
    small = explore.term_explorer(corpus, "civilised_city", tokenizer=tok, max_terms=60, max_passages=3)
    assert len(small.encode()) < 0.6 * len(big.encode())


def test_pairwise_page_uses_only_the_two_campaigns(corpus, tok, paragraphs):
    d = explore.term_explorer_data(corpus, "rural", "environment", tokenizer=tok)
    m = d["meta"]
    assert m["reference_groups"] == ["environment"] and m["reference_label"] == "城乡环境综合整治 environment"
    assert m["docs_target"] == int((paragraphs["group"] == "rural").sum())
    assert m["docs_reference"] == int((paragraphs["group"] == "environment").sum())
    assert {g for _, g, _ in d["docs"]} <= {"rural", "environment"}
    assert "乡村振兴" in _rows(d)["term"].head(5).tolist()


def test_page_is_self_contained_deterministic_and_written_for_every_comparison(corpus, tok, tmp_path):
    paths = explore.write_term_explorers(corpus, tmp_path, tokenizer=tok, max_terms=200, max_passages=5)
    assert [p.name for p in paths] == [explore.explorer_filename(t, r) for t, r in explore.comparisons(CAMPAIGNS)]
    for p in paths:
        page = p.read_text(encoding="utf-8")
        assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
        assert not EXTERNAL.search(page) and not REQUESTS.search(page), p.name
        assert '<meta charset="utf-8">' in page
        for other in paths:                                   # each page links to the five others
            assert (f'href="{other.name}"' in page) == (other != p)
        data = _data(page, "cm-data")
        assert data["meta"]["max_passages"] == 5 and len(data["terms"]) <= 200
    again = explore.write_term_explorers(corpus, tmp_path / "again", tokenizer=tok, max_terms=200, max_passages=5)
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]


def test_bad_arguments_are_refused(corpus, tok):
    with pytest.raises(ValueError, match="unknown target"):
        explore.term_explorer_data(corpus, "other", tokenizer=tok)
    with pytest.raises(ValueError, match="unknown reference"):
        explore.term_explorer_data(corpus, "rural", "乡村", tokenizer=tok)
    with pytest.raises(ValueError, match="same group"):
        explore.term_explorer_data(corpus, "rural", "rural", tokenizer=tok)
    with pytest.raises(ValueError, match="max_terms"):
        explore.term_explorer_data(corpus, "rural", tokenizer=tok, max_terms=0)


def test_offsets_count_utf16_units_for_characters_outside_the_basic_plane():
    # 𠮷 (U+20BB7) is one code point but two UTF-16 units in the browser's strings
    para = pd.DataFrame({"speech_id": ["c1", "e1"], "paragraph_id": ["c1:1", "e1:1"], "section_id": 0,
                         "section_title": "", "campaign": ["civilised_city", "environment"],
                         "text": ["𠮷家村抓创文,创文见效。", "整治环境,抓整治。"]})
    sp = pd.DataFrame({"speech_id": ["c1", "e1"], "include": True, "title": ["创文会", "整治会"]})
    d = explore.term_explorer_data(SimpleNamespace(speeches=sp, paragraphs=para), "civilised_city", min_count=1,
                                   tokenizer=Tokenizer(cache_dir=None))
    i = [r[0] for r in d["terms"]].index("创文")
    text = d["docs"][d["passages"][i][0][0]][2]
    js = text.encode("utf-16-le")
    for doc, off in d["passages"][i]:
        assert js[2 * off:2 * (off + 2)].decode("utf-16-le") == "创文"
    assert [off for _, off in d["passages"][i]] == [text.index("创文") + 1, text.rindex("创文") + 1]


# --------------------------------------------------------------------------- topic browser


@pytest.fixture(scope="module")
def lda(paragraphs, tok):
    return TopicModel(4, random_state=0, tokenizer=tok).fit(paragraphs)


def test_ldavis_data_keeps_the_topic_order_and_the_topic_sizes(lda):
    d = explore.topic_browser_data(lda, R=15)
    assert d["topic.order"] == [1, 2, 3, 4] and d["mdsDat"]["topics"] == [1, 2, 3, 4]
    # LDAvis circle size: the topic's share of tokens, 100 · Σ_d len_d θ_dk / Σ_d len_d
    share = lda.doc_topic_.T @ lda.doc_lengths_ / lda.doc_lengths_.sum() * 100
    assert d["mdsDat"]["Freq"] == pytest.approx(share.tolist(), rel=1e-4)
    # the bars of topic 1 at λ = 1 are the top terms of T0 by weight
    t1 = [t for t, c in zip(d["tinfo"]["Term"], d["tinfo"]["Category"]) if c == "Topic1"]
    top = [lda.vocab_[j] for j in np.argsort(-lda.topic_term_[0], kind="mergesort")[:5]]
    assert set(top) <= set(t1)


def test_topic_page_inlines_everything_and_shows_prevalence(lda):
    page = explore.topic_browser(lda, n_boot=100)
    assert not EXTERNAL.search(page)
    assert "d3js.org v5.16.0" in page and "var LDAvis = function" in page    # the files themselves, inlined
    assert "location.origin + location.pathname" not in page                  # the file:// state patch applied
    # one topic numbering (T0 …): the key table has no second "LDAvis n" column, LDAvis's labels are relabelled
    for t in range(4):
        assert f'<tr><td class="num">T{t}</td><td>' in page
    assert '<th class="num">LDAvis</th>' not in page
    assert 'return "T" + (d.topics - 1);' in page and 'Terms for Topic T" + (topics - 1)' in page
    assert "min-width: 1220px" not in page                                      # LDAvis scales to its box
    prev = _data(page, "prevalence-data")
    assert [g["group"] for g in prev["groups"]] == list(CAMPAIGNS)
    assert prev["units"] == ["document", "speech"]
    # prevalence by hand: mean θ over the campaign's documents that have a modelled token
    docs = lda.docs_.reset_index(drop=True)
    for j, g in enumerate(CAMPAIGNS):
        rows = np.flatnonzero((docs["group"] == g).to_numpy() & (lda.doc_lengths_ > 0))
        mean = lda.doc_topic_[rows].mean(axis=0)
        got = [prev["rows"][t]["cells"][j]["document"][0] for t in range(4)]
        assert got == pytest.approx(mean.tolist(), rel=1e-3)
        assert prev["groups"][j]["n_docs"] == len(rows)
    civ = CAMPAIGNS.index("civilised_city")                  # one speech: no speech interval
    assert all(prev["rows"][t]["cells"][civ]["speech"][1] is None for t in range(4))
    assert page == explore.topic_browser(lda, n_boot=100)


def test_topic_page_takes_the_notebooks_labels_and_prevalence_table(lda):
    from corpusmine.stats.topics import topic_prevalence

    labels = {0: "责任·考核·创文", 1: "环境·城乡·全省", 2: "乡村振兴·撂荒地·旧城区", 3: "规划·管理·设施"}
    prev = pd.concat([topic_prevalence(lda, n_boot=50).assign(unit="paragraph"),
                      topic_prevalence(lda, n_boot=50, cluster="speech_id").assign(unit="speech")],
                     ignore_index=True)
    prev["label"] = prev["topic"].map(labels)
    page = explore.topic_browser(lda, prevalence=prev, title="主题浏览 K = 4")
    for lab in labels.values():
        assert f"<td>{lab}</td>" in page
    assert _data(page, "prevalence-data")["units"] == ["paragraph", "speech"]
    with pytest.raises(ValueError, match="columns"):
        explore.topic_browser(lda, prevalence=prev.drop(columns="prevalence"))


# --------------------------------------------------------------------------- names from data (issue 11 point 5)


@pytest.mark.parametrize("name", ["/", "..", ".", "a/../../escaped", "/etc/passwd", "C:\\Windows\\evil", "CON", "nul",
                                  "lpt1.txt", "x" * 400, "创" * 200, "", "<img src=x onerror=alert(1)>", "a\x00b",
                                  "..\\..\\up"])
def test_slug_gives_a_plain_file_name_inside_the_folder(tmp_path, name):
    from corpusmine.viz.save import confined_path, slug

    s = slug(name)
    assert s and s not in (".", "..") and not s.startswith(".")
    assert not any(c in s for c in '/\\<>:"|?*\x00')
    assert len(s.encode("utf-8")) <= 100
    assert s.split(".")[0].lower() not in {"con", "prn", "aux", "nul", "lpt1", "com1"}
    assert s != name                                          # every one of these had to change …
    assert slug(name) == s                                    # … deterministically
    path = confined_path(tmp_path, explore.explorer_filename(name))
    assert path.parent == tmp_path and len(path.name.encode("utf-8")) < 255


def test_slug_keeps_safe_and_chinese_names_and_keeps_different_names_apart():
    from corpusmine.viz.save import slug

    for name in ("rural", "civilised_city", "县级", "城乡环境整治", "2003-2007"):
        assert slug(name) == name
    assert slug("城乡/环境").startswith("城乡_环境-")            # readable, with a tag
    assert slug("a/b") != slug("a_b") != slug("a:b")          # no two groups share a page
    assert len({slug("创" * 200), slug("创" * 201)}) == 2


@pytest.mark.parametrize("name", ["../escaped", "/var/abs.html", "", "..", "a/b.html"])
def test_confined_path_refuses_names_that_leave_the_folder(tmp_path, name):
    from corpusmine.viz.save import confined_path

    with pytest.raises(ValueError, match="slug"):
        confined_path(tmp_path, name)


def test_hostile_group_names_write_only_inside_the_output_folder(tmp_path, tok):
    groups = ["a/../../escaped", "CON", "县级/市级"]
    texts = ["创文要抓创文测评。", "整治环境,抓整治。", "乡村振兴抓监测帮扶。"]
    para = pd.DataFrame({"speech_id": [f"s{i}" for i in range(3)], "paragraph_id": [f"s{i}:1" for i in range(3)],
                         "section_id": 0, "section_title": "", "campaign": groups, "text": texts})
    sp = pd.DataFrame({"speech_id": [f"s{i}" for i in range(3)], "include": True, "title": ["甲", "乙", "丙"]})
    out = tmp_path / "deep" / "html"
    paths = explore.write_term_explorers(SimpleNamespace(speeches=sp, paragraphs=para), out, tokenizer=tok,
                                         groups=None, min_count=1)
    assert len(paths) == 6 and all(p.parent == out for p in paths)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(p.name for p in paths)
    assert any("县级_市级" in p.name for p in paths)                    # Chinese stays readable
    page = paths[0].read_text(encoding="utf-8")
    from urllib.parse import quote

    for p in paths[1:]:
        assert f'href="{quote(p.name)}"' in page                       # the navigation links the slugged names


def test_level_comes_from_the_documents_attrs_when_present(corpus, tok, paragraphs):
    from corpusmine.features import build_dtm

    docs = paragraphs.copy()
    assert explore.term_explorer_data(corpus, "civilised_city", dtm=build_dtm(docs, tokenizer=tok),
                                      max_terms=5)["meta"]["level"] == "paragraph"     # guessed from columns
    docs.attrs["level"] = "section"                              # recorded by features.documents: it wins
    docs.attrs["by"] = "campaign"
    data = explore.term_explorer_data(corpus, "civilised_city", dtm=build_dtm(docs, tokenizer=tok), max_terms=5)
    assert data["meta"]["level"] == "section"
