"""Documents at three levels, DTMs without a length filter, group counts and grouped TF-IDF."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from corpusmine import Tokenizer
from corpusmine.features import build_dtm, doc_frequency, documents, group_counts, tfidf_top_terms


@pytest.fixture(scope="module")
def tok(tmp_path_factory):
    return Tokenizer(cache_dir=tmp_path_factory.mktemp("tok"))


def test_levels_split_mixed_speeches_by_campaign(corpus):
    sp = documents(corpus, "speech")
    # 7 included speeches; the two mixed ones contribute one document per campaign they cover
    assert sorted(sp["doc_id"]) == sorted([
        "civ_chuangwen_2021", "env_meili_chengzhen", "env_neijiang_district", "env_shandong_prov_a",
        "env_shandong_prov_b", "env_tizhi_2023:environment", "env_tizhi_2023:rural",
        "rural_xianjinxian_2023:environment", "rural_xianjinxian_2023:rural",
    ])
    assert set(sp["group"]) == {"rural", "civilised_city", "environment"}
    para = documents(corpus, "paragraph")
    sec = documents(corpus, "section")
    # the same text at every level: paragraphs joined give the sections and the speech parts
    assert sum(len(t) for t in para["text"]) + (len(para) - len(sec)) == sum(len(t) for t in sec["text"])
    assert para.groupby("group").size().to_dict() == {"civilised_city": 17, "environment": 100, "rural": 15}
    assert documents(corpus, "speech", groups=None, include_only=False)["group"].eq("other").any()


def test_one_character_words_survive(tok):
    docs = pd.DataFrame({"doc_id": ["a"], "group": ["rural"], "text": ["要抓实抓细,抓出成效,严字当头。"]})
    dtm = build_dtm(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    vocab = set(dtm.vocab)
    assert {"抓", "严"} <= vocab or "抓实" in vocab
    assert any(len(t) == 1 for t in vocab)


def test_group_counts_and_doc_frequency(tok):
    docs = pd.DataFrame(
        {
            "doc_id": ["p1", "p2", "p3"],
            "speech_id": ["s1", "s1", "s2"],
            "group": ["civilised_city", "civilised_city", "rural"],
            "text": ["创文创文公益广告", "创文测评", "乡村振兴防止返贫"],
        }
    )
    dtm = build_dtm(docs, tokenizer=tok)
    gc = group_counts(dtm)
    assert list(gc.columns) == ["rural", "civilised_city"]
    assert gc.loc["创文", "civilised_city"] == 3 and gc.loc["创文", "rural"] == 0
    df_docs = doc_frequency(dtm)
    df_speech = doc_frequency(dtm, unit="speech_id")
    assert df_docs.loc["创文", "civilised_city"] == 2   # two paragraphs
    assert df_speech.loc["创文", "civilised_city"] == 1  # of one speech


def test_grouped_tfidf_matches_a_hand_computation(tok):
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "speech_id": ["a", "b", "c"],
            "group": ["rural", "rural", "environment"],
            "text": ["乡村振兴 乡村振兴 脏乱差", "乡村振兴", "脏乱差 脏乱差"],
        }
    )
    out = tfidf_top_terms(build_dtm(docs, tokenizer=tok), n=5, min_count=1)
    # idf = ln((1+3)/(1+df)) + 1: 乡村振兴 df=2 -> ln(4/3)+1; 脏乱差 df=2 -> same
    idf = math.log(4 / 3) + 1
    rural = out[out["group"] == "rural"].set_index("term")
    # rural tf: 乡村振兴 3, 脏乱差 1 -> weights 3·idf, 1·idf, L2-normalised
    assert rural.loc["乡村振兴", "tfidf"] == pytest.approx(3 / math.sqrt(10), abs=1e-6)
    assert rural.loc["脏乱差", "tfidf"] == pytest.approx(1 / math.sqrt(10), abs=1e-6)
    assert rural.loc["乡村振兴", "idf"] == pytest.approx(idf, abs=1e-6)
    assert rural.loc["乡村振兴", "n_units"] == 2 and rural.loc["脏乱差", "n_units"] == 1


def test_real_corpus_tfidf_has_campaign_terms(corpus, tok):
    dtm = build_dtm(documents(corpus, "paragraph"), tokenizer=tok)
    top = tfidf_top_terms(dtm, n=15)
    assert "创文" in set(top.loc[top["group"] == "civilised_city", "term"])
    assert "乡村振兴" in set(top.loc[top["group"] == "rural", "term"])
    assert np.all(np.diff(top.loc[top["group"] == "environment", "tfidf"].to_numpy()) <= 0)


def test_groups_follow_by_and_frames_record_level_and_grouping(corpus):
    # grouping by another column keeps every group (the campaign default used to leave 0 rows)
    by_file = documents(corpus, "speech", by="source_file")
    assert len(by_file) > 0
    assert set(by_file["group"]) == set(by_file["source_file"].astype(str))
    assert by_file["speech_id"].nunique() == 7
    assert by_file.attrs["level"] == "speech" and by_file.attrs["by"] == ("source_file",)
    assert sorted(by_file.attrs["small_groups"].values()) == [1, 1, 1, 1]      # 4 pages hold one included speech
    para = documents(corpus, "paragraph")
    assert para.attrs == {"level": "paragraph", "by": ("campaign",), "small_groups": {"civilised_city": 1}}
    assert set(para["group"]) == {"rural", "civilised_city", "environment"}


def test_by_several_columns_joins_the_label_and_keeps_the_columns(corpus):
    parts = documents(corpus, "speech", by=["campaign", "speech_id"])
    assert parts.attrs["by"] == ("campaign", "speech_id")
    assert (parts["group"] == parts["campaign"] + " · " + parts["speech_id"]).all()
    # every speech part is its own group; the campaign default does not apply (by is not campaign alone),
    # so the 'other' section of a mixed speech is kept as its own part
    assert len(parts) == 10 and parts["group"].is_unique
    assert parts["campaign"].value_counts().to_dict() == {"environment": 6, "rural": 2, "civilised_city": 1, "other": 1}
    chosen = documents(corpus, "speech", by=["campaign", "speech_id"],
                       groups=[g for g in parts["group"] if not g.startswith("other")])
    assert len(chosen) == 9
    sections = documents(corpus, "section", by=["campaign", "speech_id"])
    assert set(sections["group"]) == set(parts["group"])


def test_an_empty_selection_says_which_groups_exist(corpus):
    with pytest.raises(ValueError, match=r"groups \['urban'\].*\['rural', 'civilised_city', 'environment'"):
        documents(corpus, "paragraph", groups=["urban"])
    with pytest.raises(KeyError, match="unknown grouping column 'decade'"):
        documents(corpus, by="decade")


def test_as_documents_normalises_every_input(corpus):
    from corpusmine.features import ALL, as_documents

    texts = as_documents(["创文工作要抓实抓细", "乡村振兴要久久为功"])
    assert texts.columns.tolist() == ["doc_id", "speech_id", "group", "text"]
    assert texts["group"].eq(ALL).all() and texts["speech_id"].tolist() == ["doc0", "doc1"]
    para = documents(corpus, "paragraph", groups=None)
    same = as_documents(para, by="group")
    assert same["doc_id"].tolist() == para["doc_id"].tolist() and same.attrs["level"] == "paragraph"
    from_corpus = as_documents(corpus)
    assert "other" in set(from_corpus["group"]) and len(from_corpus) == len(para)
    with pytest.raises(KeyError, match="'text' column"):
        as_documents(pd.DataFrame({"body": ["创文"]}))
    with pytest.raises(TypeError, match="expected str"):
        as_documents(["创文", 3])


def test_count_vectorizer_keeps_one_character_words_in_code_point_order():
    from corpusmine.features import count_vectorizer

    vec = count_vectorizer()
    X = vec.fit_transform([["要", "抓实", "抓细", "要"], ["严", "字", "当头"]])
    assert vec.get_feature_names_out().tolist() == sorted(["要", "抓实", "抓细", "严", "字", "当头"])
    assert X.toarray()[0].tolist() == [0, 0, 0, 1, 1, 2]
