"""Masking the classifier's label terms and campaign names before keyness (issue 12, point 3)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from corpusmine import Tokenizer, features
from corpusmine.stats.keyness import classifier_terms, keyness, keyness_table, mask_terms
from corpusmine.text.classify import load_lexicon

# Four short speeches in the style of the corpus: two civilised-city, two environment.
DOCS = pd.DataFrame({
    "doc_id": ["c1", "c2", "e1", "e2"],
    "speech_id": ["c1", "c2", "e1", "e2"],
    "group": ["civilised_city", "civilised_city", "environment", "environment"],
    "text": [
        "创文工作进入决战阶段，全体干部要打好创文攻坚战，公益广告要全覆盖，测评点位要逐一整改，志愿服务要常态化。",
        "文明城市测评迫在眉睫，创文指挥部要挂图作战，公益广告、网报资料要专人负责，背水一战，志愿服务不能松。",
        "开展城乡环境综合整治，要建立长效机制，清运生活垃圾，推进垃圾分类，整治背街小巷，干部要常抓不懈。",
        "城乡环境综合整治是民心工程，要落实长效机制，生活垃圾日产日清，垃圾分类进社区，干部要带头整治。",
    ],
})


@pytest.fixture(scope="module")
def dtm():
    return features.build_dtm(DOCS, tokenizer=Tokenizer(cache_dir=None, merges="default"))


def test_classifier_terms_are_the_lexicon_terms():
    lex = load_lexicon()
    terms = classifier_terms()
    assert set(terms) == {t for c in lex.campaigns for t in lex.terms[c]}
    assert {"创文", "公益广告", "网报资料", "测评", "乡村振兴", "城乡环境综合整治"} <= set(terms)
    assert "长效机制" not in terms and "干部" not in terms


def test_keyness_finds_the_label_terms_unless_masked(dtm):
    counts = features.group_counts(dtm)
    plain = keyness(counts, "civilised_city", dtm=dtm, min_count=2)
    top = plain["term"].head(6).tolist()
    assert "创文" in top and "公益广告" in top           # the circular result
    masked = keyness(counts, "civilised_city", dtm=dtm, min_count=2, mask="classifier")
    assert not set(masked["term"]) & set(classifier_terms())
    assert {"创文", "公益广告", "测评", "网报资料", "城乡环境综合整治"} <= set(masked.attrs["masked"])
    assert "志愿服务" not in masked.attrs["masked"]       # round 7: the 文明办's other work, not a campaign cue
    assert "乡村振兴" in masked.attrs["mask_absent"]   # asked for, not in these texts
    # the corpus sizes shrink by the masked tokens
    removed = counts.loc[masked.attrs["masked"]].sum()
    assert masked.attrs["tokens_target"] == plain.attrs["tokens_target"] - removed["civilised_city"]
    assert masked.attrs["tokens_reference"] == plain.attrs["tokens_reference"] - removed["environment"]
    # what remains: the civilised-city push's battle words, the environment speeches' routine words
    env = keyness(counts, "environment", dtm=dtm, min_count=2, mask="classifier")
    assert {"长效机制", "垃圾分类", "生活垃圾"} <= set(env.loc[env["g2"] > 0, "term"])


def test_campaign_name_masked_only_when_it_is_a_token():
    # without merges the name is cut into 城乡 / 环境 / 综合整治: masking the name removes nothing
    plain = features.build_dtm(DOCS, tokenizer=Tokenizer(cache_dir=None))
    out = keyness(features.group_counts(plain), "environment", dtm=plain, min_count=1, mask=["城乡环境综合整治"])
    assert out.attrs["masked"] == [] and out.attrs["mask_absent"] == ["城乡环境综合整治"]
    assert "环境" in set(out["term"])


def test_mask_terms_on_counts_and_dtm(dtm):
    counts = features.group_counts(dtm)
    out = mask_terms(counts, ["创文", "垃圾分类", "不存在的词"])
    assert "创文" not in out.index and "垃圾分类" not in out.index and len(out) == len(counts) - 2
    assert out.attrs["masked"] == ["创文", "垃圾分类"] and out.attrs["mask_absent"] == ["不存在的词"]
    small = mask_terms(dtm, ["创文"])
    assert "创文" not in set(small.vocab) and small.shape == (4, dtm.shape[1] - 1)
    assert small.docs.attrs["masked"] == ["创文"]
    col = list(dtm.vocab).index("创文")
    assert np.array_equal(small.X.sum(axis=1).A1, dtm.X.sum(axis=1).A1 - dtm.X[:, col].toarray().ravel())
    assert mask_terms(counts, []).equals(counts)
    with pytest.raises(ValueError, match="mask must be"):
        mask_terms(counts, "创文")


def test_keyness_table_passes_mask(dtm):
    t = keyness_table(features.group_counts(dtm), dtm=dtm, min_count=2, mask=["创文", "干部"])
    assert not {"创文", "干部"} & set(t["term"])
