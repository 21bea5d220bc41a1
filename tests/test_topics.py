"""Topic models: separation of clear themes, determinism, coherence grid, stability, prevalence."""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

from corpusmine import Tokenizer, features
from corpusmine.stats import topics as T

# Two clearly different campaigns, written like the speeches: 乡村振兴 / 防止返贫 / 撂荒地 versus
# 创文 / 测评 / 公益广告.  Shared filler words (抓好, 确保, 推进, 提升) occur on both sides.
RURAL = [
    "全面推进乡村振兴，做好防止返贫监测帮扶，坚决整治撂荒地，确保粮食安全。",
    "各乡镇要把撂荒地复耕作为乡村振兴的头等大事，守住防止返贫底线，保障粮食安全。",
    "巩固脱贫攻坚成果同乡村振兴有效衔接，落实防止返贫帮扶措施，发展乡村产业。",
    "对防止返贫监测对象早发现早帮扶，发展乡村产业，促进农民增收，推进乡村振兴。",
    "坚决遏制耕地撂荒，抓好撂荒地复耕，稳定粮食生产，夯实乡村振兴基础。",
    "发展乡村产业，壮大村集体经济，促进农民增收，巩固脱贫攻坚成果。",
    "加强驻村帮扶，抓好产业帮扶和就业帮扶，防止返贫致贫，促进农民增收。",
    "抓好撂荒地复耕复种，落实粮食生产责任，保障粮食安全，推动乡村振兴。",
    "健全防止返贫动态监测和帮扶机制，确保脱贫群众稳定增收，不发生规模性返贫。",
    "用好衔接资金发展乡村产业，带动农民增收，全面推进乡村振兴。",
]
CIVILISED = [
    "创文工作到了攻坚阶段，各单位要对照测评体系抓好实地测评准备，确保创文成功。",
    "持续清理城市牛皮癣，更换破损公益广告，提升市民文明素质，迎接文明城市测评。",
    "全国文明城市测评即将开始，各责任单位要补齐短板，以测评标准推动创文整改。",
    "在主次干道和公交站台规范设置公益广告，营造浓厚的创文氛围，提升市民文明素质。",
    "开展文明劝导志愿服务，提升问卷调查满意度，以最好状态迎接文明城市测评。",
    "各小区要清理牛皮癣和乱停乱放，以实地测评标准抓好创文整改。",
    "广泛宣传公益广告，推进文明城市创建，提升市民文明素质和城市文明程度。",
    "组织志愿服务队伍开展文明劝导，提高市民对创文工作的知晓率和支持率。",
    "对照文明城市测评体系逐项整改，清理牛皮癣，规范公益广告，确保创文测评过关。",
    "创文是全市人民的共同事业，要发动志愿服务力量，提升市民文明素质。",
]
THEME = np.array([0] * len(RURAL) + [1] * len(CIVILISED))
METHODS = ["gensim_lda", "sklearn_lda", "nmf"]


@pytest.fixture(scope="module")
def tok(tmp_path_factory):
    return Tokenizer(cache_dir=tmp_path_factory.mktemp("topics_cache"))


@pytest.fixture(scope="module")
def toy():
    return pd.DataFrame({
        "doc_id": [f"d{i:02d}" for i in range(20)],
        "speech_id": [f"r{i // 5}" for i in range(10)] + [f"c{i // 5}" for i in range(10)],
        "group": ["rural"] * 10 + ["civilised_city"] * 10,
        "text": RURAL + CIVILISED,
    })


@pytest.fixture(scope="module")
def paragraphs(corpus):
    return features.documents(corpus, level="paragraph")


@pytest.fixture(scope="module")
def real_model(paragraphs, tok):
    return T.TopicModel(4, passes=15, tokenizer=tok).fit(paragraphs)


# --------------------------------------------------------------------------- the estimator


@pytest.mark.parametrize("method", METHODS)
def test_two_clear_themes_are_separated(method, toy, tok):
    tm = T.TopicModel(2, method=method, random_state=0, tokenizer=tok).fit(toy)
    dominant = tm.doc_topic_.argmax(axis=1)
    rural_topic = dominant[0]
    # every rural sentence in one topic, every 创文 sentence in the other
    assert (dominant == np.where(THEME == 0, rural_topic, 1 - rural_topic)).all()
    tt = tm.top_terms(5)
    rural_terms = set(tt.loc[tt["topic"] == rural_topic, "term"])
    civ_terms = set(tt.loc[tt["topic"] == 1 - rural_topic, "term"])
    assert rural_terms & {"乡村振兴", "防止返贫", "帮扶", "撂荒地"}
    assert civ_terms & {"创文", "测评", "文明", "公益广告"}
    assert not civ_terms & {"乡村振兴", "防止返贫", "撂荒地"}


@pytest.mark.parametrize("method", METHODS)
def test_fitted_attributes(method, toy, tok):
    tm = T.TopicModel(3, method=method, tokenizer=tok, top_n=4).fit(toy)
    V = len(tm.vocab_)
    assert tm.topic_term_.shape == (3, V) and tm.doc_topic_.shape == (20, 3)
    np.testing.assert_allclose(tm.doc_topic_.sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(tm.topic_term_.sum(axis=1), 1.0, atol=1e-12)
    assert (tm.doc_topic_ >= 0).all() and (tm.topic_term_ >= 0).all()
    # vocabulary in code-point order; min_df=2 drops words of a single sentence (头等大事), keeps 撂荒地 (4 sentences)
    assert list(tm.vocab_) == sorted(tm.vocab_)
    assert "头等大事" not in set(tm.vocab_) and "撂荒地" in set(tm.vocab_)
    assert len(tm.labels_) == 3
    for t, label in enumerate(tm.labels_):
        top3 = tm.top_terms(3).query("topic == @t")["term"].tolist()
        assert label == "·".join(top3)
    assert isinstance(tm.converged_, bool) and tm.n_passes_ >= 1


def test_max_df_drops_words_in_nearly_every_document(tok):
    docs = [["工作", "乡村振兴", "返贫"], ["工作", "创文", "测评"], ["工作", "乡村振兴", "返贫"], ["工作", "创文", "测评"]]
    tm = T.TopicModel(2, min_df=1, max_df=0.9).fit(docs)
    # 工作 is in 4/4 = 100% > 90% of documents
    assert list(tm.vocab_) == ["乡村振兴", "创文", "测评", "返贫"]


def test_top_terms_dispersion_and_relevance(real_model, paragraphs, tok):
    tt = real_model.top_terms(10)
    assert tt.columns.tolist() == ["topic", "rank", "term", "weight", "lift", "doc_freq", "n_speeches"]
    assert len(tt) == 40 and tt.groupby("topic")["rank"].apply(list).map(lambda r: r == list(range(1, 11))).all()
    # weights descend within a topic
    assert all((np.diff(g["weight"].to_numpy()) <= 0).all() for _, g in tt.groupby("topic"))
    # dispersion recomputed independently from the raw paragraphs
    term = tt["term"].iloc[0]
    token_sets = [set(tok.cut(t)) for t in paragraphs["text"]]
    has = [term in s for s in token_sets]
    assert tt["doc_freq"].iloc[0] == sum(has)
    assert tt["n_speeches"].iloc[0] == paragraphs.loc[has, "speech_id"].nunique()
    # lift = weight / corpus share of the term
    counts = sum(tok.cut(t).count(term) for t in paragraphs["text"])
    total = real_model.counts_.sum()
    assert tt["lift"].iloc[0] == pytest.approx(tt["weight"].iloc[0] / (counts / total), rel=1e-9)
    # relevance with lambda < 1 promotes topic-specific words: higher mean lift of the top terms
    low = real_model.top_terms(10, lambda_=0.6)
    assert low.groupby("topic")["lift"].mean().mean() > tt.groupby("topic")["lift"].mean().mean()


def test_real_paragraphs(real_model, paragraphs):
    assert real_model.doc_topic_.shape == (len(paragraphs), 4) == (132, 4)
    np.testing.assert_allclose(real_model.doc_topic_.sum(axis=1), 1.0, atol=1e-12)
    assert real_model.docs_["speech_id"].tolist() == paragraphs["speech_id"].tolist()
    assert all(len(lbl.split("·")) == 3 for lbl in real_model.labels_)
    # a paragraph without any modelled term gets the (symmetric) prior: uniform shares
    empty = real_model.doc_lengths_ == 0
    assert empty.any()
    np.testing.assert_allclose(real_model.doc_topic_[empty], 0.25, atol=1e-12)


def test_other_levels_and_pretokenized_input(corpus, tok):
    sections = features.documents(corpus, level="section")
    tm = T.TopicModel(2, passes=5, tokenizer=tok).fit(sections)
    assert tm.doc_topic_.shape == (len(sections), 2)
    tokens = tok.cut_many(sections["text"].tolist())
    tm2 = T.TopicModel(2, passes=5).fit(sections.drop(columns="text").assign(tokens=tokens))
    np.testing.assert_array_equal(tm.topic_term_, tm2.topic_term_)
    tm3 = T.TopicModel(2, passes=5).fit(tokens)
    np.testing.assert_array_equal(tm.topic_term_, tm3.topic_term_)


def test_transform(toy, tok):
    tm = T.TopicModel(2, tokenizer=tok).fit(toy)
    # the same documents always get the same shares; for gensim they equal doc_topic_
    np.testing.assert_array_equal(tm.transform(toy), tm.doc_topic_)
    np.testing.assert_array_equal(tm.transform(toy), tm.transform(toy))
    rural_topic = tm.doc_topic_[0].argmax()
    new = tm.transform(["要抓好撂荒地复耕，防止返贫，推进乡村振兴。", "迎接文明城市测评，清理牛皮癣。", "同志们好"])
    assert new[0].argmax() == rural_topic and new[1].argmax() == 1 - rural_topic
    np.testing.assert_allclose(new[2], [0.5, 0.5])   # no known word: the symmetric prior
    np.testing.assert_allclose(new.sum(axis=1), 1.0)


@pytest.mark.parametrize("method", METHODS)
def test_same_seed_same_result(method, toy, tok):
    a = T.TopicModel(3, method=method, random_state=7, tokenizer=tok).fit(toy)
    b = T.TopicModel(3, method=method, random_state=7, tokenizer=tok).fit(toy)
    np.testing.assert_array_equal(a.topic_term_, b.topic_term_)
    np.testing.assert_array_equal(a.doc_topic_, b.doc_topic_)


def test_different_seed_different_start(toy, tok):
    a = T.TopicModel(3, random_state=0, tokenizer=tok, passes=2).fit(toy)
    b = T.TopicModel(3, random_state=1, tokenizer=tok, passes=2).fit(toy)
    assert np.abs(a.topic_term_ - b.topic_term_).max() > 1e-3


def test_independent_of_pythonhashseed(tmp_path):
    code = textwrap.dedent(f"""
        import json, sys
        from corpusmine import Tokenizer
        from corpusmine.stats.topics import TopicModel
        texts = json.loads(sys.stdin.read())
        tok = Tokenizer(cache_dir=None)
        out = {{}}
        for method in ("gensim_lda", "nmf"):
            tm = TopicModel(3, method=method, passes=10, tokenizer=tok).fit(texts)
            out[method] = {{"vocab": list(tm.vocab_), "phi": tm.topic_term_.tolist(), "theta": tm.doc_topic_.tolist()}}
        print(json.dumps(out))
    """)
    procs = []
    for seed in ("1", "2024"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        p = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
        procs.append(p)
    payload = json.dumps(RURAL + CIVILISED, ensure_ascii=False)
    results = []
    for p in procs:
        out, err = p.communicate(payload, timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    a, b = results
    for method in ("gensim_lda", "nmf"):
        assert a[method]["vocab"] == b[method]["vocab"]
        np.testing.assert_allclose(a[method]["phi"], b[method]["phi"], rtol=0, atol=1e-12)
        np.testing.assert_allclose(a[method]["theta"], b[method]["theta"], rtol=0, atol=1e-12)


def test_bad_parameters(toy):
    with pytest.raises(ValueError, match="method"):
        T.TopicModel(2, method="lsa").fit(toy)
    with pytest.raises(ValueError, match="only available"):
        T.TopicModel(2, method="nmf", alpha="auto").fit(toy)
    with pytest.raises(RuntimeError, match="not fitted"):
        T.TopicModel(2).top_terms()
    with pytest.raises(KeyError, match="text"):
        T.TopicModel(2).fit(pd.DataFrame({"body": ["创文"]}))


def test_dmr_covariate_model(toy, tok):
    if importlib.util.find_spec("tomotopy") is None:
        # optional dependency absent: a clear message with the pin, not an obscure failure
        with pytest.raises(ImportError, match=r"corpusmine\[dmr\]"):
            T.TopicModel(2, method="tomotopy_dmr", tokenizer=tok).fit(toy)
        return
    tm = T.TopicModel(2, method="tomotopy_dmr", tokenizer=tok).fit(toy)
    dominant = tm.doc_topic_.argmax(axis=1)
    assert (dominant == np.where(THEME == 0, dominant[0], 1 - dominant[0])).all()
    np.testing.assert_allclose(tm.doc_topic_.sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(tm.topic_term_.sum(axis=1), 1.0, atol=1e-9)
    # the campaign prior puts the rural topic first for rural documents
    assert tm.metadata_prior_.loc["rural"].idxmax() == dominant[0]
    assert tm.metadata_prior_.loc["civilised_city"].idxmax() == 1 - dominant[0]
    again = T.TopicModel(2, method="tomotopy_dmr", tokenizer=tok).fit(toy)
    np.testing.assert_array_equal(tm.topic_term_, again.topic_term_)
    np.testing.assert_array_equal(tm.transform(toy), tm.transform(toy))
    with pytest.raises(KeyError, match="group"):
        tm.transform(["推进乡村振兴"])


def test_dmr_without_tomotopy_names_the_extra(toy, monkeypatch):
    monkeypatch.setitem(sys.modules, "tomotopy", None)   # makes `import tomotopy` fail
    with pytest.raises(ImportError, match=r"pip install 'corpusmine\[dmr\]'"):
        T.TopicModel(2, method="tomotopy_dmr").fit(toy)


def test_topics_import_and_lda_work_without_tomotopy():
    # tomotopy is an optional extra: importing the package and the topic stage, and fitting LDA, must not need it
    code = textwrap.dedent("""
        import sys
        sys.modules["tomotopy"] = None
        import corpusmine as cm
        from corpusmine.stats import topics, dmr, topic_model
        tm = cm.TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "返贫"], ["创文", "测评"]] * 3)
        print(tm.doc_topic_.shape)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "(6, 2)"


# --------------------------------------------------------------------------- coherence and K


def test_coherence_grid_on_real_paragraphs(paragraphs, tok):
    grid, models = T.coherence_grid(paragraphs, ks=(2, 3), seeds=(0, 1), tokenizer=tok, passes=5,
                                    return_models=True)
    assert grid.columns.tolist() == ["k", "seed", "measure", "coherence"]
    assert len(grid) == 2 * 2 * 2
    assert grid[["k", "seed", "measure"]].values.tolist()[:4] == [[2, 0, "c_v"], [2, 0, "c_npmi"],
                                                                 [2, 1, "c_v"], [2, 1, "c_npmi"]]
    cv = grid.loc[grid["measure"] == "c_v", "coherence"]
    npmi = grid.loc[grid["measure"] == "c_npmi", "coherence"]
    assert cv.between(0, 1).all() and npmi.between(-1, 1).all()
    assert T.choose_k(grid) in (2, 3)
    # one cell recomputed directly with gensim from the model's top-10 terms
    from gensim.corpora import Dictionary
    from gensim.models import CoherenceModel

    tm = models[(3, 1)]
    texts = tok.cut_many(paragraphs["text"].tolist())
    tops = [tm.top_terms(10).query("topic == @t")["term"].tolist() for t in range(3)]
    cm = CoherenceModel(topics=tops, texts=texts, dictionary=Dictionary(texts), coherence="c_npmi", topn=10,
                        processes=1)
    expected = cm.get_coherence()
    got = grid.query("k == 3 and seed == 1 and measure == 'c_npmi'")["coherence"].item()
    assert got == pytest.approx(expected, abs=1e-12)


def test_coherence_grid_parallel_equals_serial(toy, tok):
    kw = dict(ks=(2, 3), seeds=(0,), measures=("c_npmi",), tokenizer=tok, top_n=5, passes=5)
    pd.testing.assert_frame_equal(T.coherence_grid(toy, n_jobs=1, **kw), T.coherence_grid(toy, n_jobs=2, **kw))


def test_grid_screening_scores_cheap_fits_and_refits_the_best_k(paragraphs, tok):
    """Issue 11 point 7: candidates scored with cheap fits, the chosen K refitted at full settings."""
    from corpusmine.stats import topic_eval

    kw = dict(ks=(2, 3, 4), seeds=(0, 1), measures=("c_v", "c_npmi"), tokenizer=tok, top_n=10, passes=40,
              return_models=True)
    screened, models = T.coherence_grid(paragraphs, screen={"passes": 3, "iterations": 20}, **kw)
    best = T.choose_k(screened, measure="c_npmi")
    assert screened.attrs == {"screen": {"passes": 3, "iterations": 20}, "refit_k": best}
    data = paragraphs.assign(tokens=tok.cut_many(paragraphs["text"].tolist()))
    for seed in (0, 1):
        # the chosen K: exactly the full fit a plain TopicModel gives
        full = T.TopicModel(best, random_state=seed, passes=40, top_n=10).fit(data)
        np.testing.assert_array_equal(models[(best, seed)].topic_term_, full.topic_term_)
        assert models[(best, seed)].n_passes_ == full.n_passes_ > 3
        for k in {2, 3, 4} - {best}:                      # the other K keep their 3-pass screening fits
            assert models[(k, seed)].n_passes_ == 3 and models[(k, seed)].iterations == 20
    # the coherence table is the screening fits' (every K on the same footing) ...
    cheap = T.TopicModel(best, random_state=0, passes=3, iterations=20, top_n=10).fit(data)
    got = screened.query("k == @best and seed == 0 and measure == 'c_npmi'")["coherence"].item()
    assert got == pytest.approx(cheap.coherence(["c_npmi"])["coherence"].mean(), abs=1e-12)
    # ... and a small corpus is not screened by default: the grid is the full-fit grid, unchanged
    assert sum(len(t) for t in data["tokens"]) <= topic_eval.LARGE_CORPUS_TOKENS
    plain, _ = T.coherence_grid(paragraphs, **kw)
    assert plain.attrs == {"screen": None, "refit_k": None}
    pd.testing.assert_frame_equal(plain, T.coherence_grid(paragraphs, screen=None, **kw)[0])
    assert not plain["coherence"].equals(screened["coherence"])
    with pytest.raises(ValueError, match="choose_by='u_mass' must be one of the measures"):
        T.coherence_grid(paragraphs, screen={"passes": 3}, choose_by="u_mass", **kw)


def test_grid_screens_a_large_corpus_automatically(toy, tok, monkeypatch):
    from corpusmine.stats import topic_eval

    monkeypatch.setattr(topic_eval, "LARGE_CORPUS_TOKENS", 10)        # the toy corpus now counts as large
    monkeypatch.setattr(topic_eval, "SCREEN_PARAMS", {"passes": 2})
    grid = T.coherence_grid(toy, ks=(2, 3), seeds=(0,), measures=("c_npmi",), tokenizer=tok, top_n=5, n_jobs=1)
    assert grid.attrs["screen"] == {"passes": 2} and grid.attrs["refit_k"] == T.choose_k(grid)
    data = toy.assign(tokens=tok.cut_many(toy["text"].tolist()))
    assert topic_eval.resolve_n_jobs(None, data["tokens"].tolist(), 15) == min(os.cpu_count(), 15)
    assert topic_eval.resolve_n_jobs(None, data["tokens"].tolist(), 1) == 1
    monkeypatch.setattr(topic_eval, "LARGE_CORPUS_TOKENS", 10**9)
    assert topic_eval.resolve_n_jobs(None, data["tokens"].tolist(), 15) == 1


def test_choose_k_takes_the_best_mean_and_breaks_ties_by_smaller_k():
    grid = pd.DataFrame({
        "k": [4, 4, 6, 6, 8, 8, 4, 6, 8],
        "seed": [0, 1, 0, 1, 0, 1, 0, 0, 0],
        "measure": ["c_npmi"] * 6 + ["c_v"] * 3,
        # c_npmi means by hand: K=4 (0.02+0.04)/2 = 0.03; K=6 (0.10-0.02)/2 = 0.04; K=8 (0.01+0.05)/2 = 0.03
        "coherence": [0.02, 0.04, 0.10, -0.02, 0.01, 0.05, 0.5, 0.4, 0.5],
    })
    assert T.choose_k(grid, "c_npmi") == 6
    # c_v: K=4 and K=8 tie at 0.5 -> the smaller K
    assert T.choose_k(grid, "c_v") == 4
    with pytest.raises(ValueError, match="u_mass"):
        T.choose_k(grid, "u_mass")
    summ = T.summarise_grid(grid).query("measure == 'c_npmi' and k == 6").iloc[0]
    assert summ["mean"] == pytest.approx(0.04)
    assert summ["sd"] == pytest.approx(math.sqrt(((0.10 - 0.04) ** 2 + (-0.02 - 0.04) ** 2) / 1))


# --------------------------------------------------------------------------- stability


def test_stability_of_a_model_with_itself_is_one(real_model):
    s = T.topic_stability([real_model, real_model])
    assert len(s) == 4
    np.testing.assert_allclose(s["similarity"], 1.0, atol=1e-12)
    assert s["topic_a"].tolist() == s["topic_b"].tolist() == [0, 1, 2, 3]
    j = T.topic_stability([real_model, real_model], metric="jaccard")
    np.testing.assert_allclose(j["pair_mean"], 1.0)


def test_hungarian_matching_recovers_a_known_permutation(real_model):
    perm = [2, 0, 3, 1]   # row i of the shuffled run is topic perm[i] of the original
    shuffled = pd.DataFrame(real_model.topic_term_[perm], columns=real_model.vocab_)
    s = T.topic_stability({"orig": real_model, "shuffled": shuffled})
    mapping = dict(zip(s["topic_a"], s["topic_b"]))
    assert all(perm[mapping[t]] == t for t in range(4))
    np.testing.assert_allclose(s["similarity"], 1.0, atol=1e-12)
    assert set(s["run_a"]) == {"orig"} and set(s["run_b"]) == {"shuffled"}


def test_stability_worked_example():
    # two topics over terms (乡村振兴, 创文):  A0=(1,0) A1=(0,1);  B0=(1,1) B1=(0,1)
    # cosines: A0·B0 = 1/√2, A0·B1 = 0, A1·B0 = 1/√2, A1·B1 = 1
    # matching {A0-B0, A1-B1} scores 1/√2 + 1 > {A0-B1, A1-B0} = 1/√2
    a = pd.DataFrame([[1.0, 0.0], [0.0, 1.0]], columns=["乡村振兴", "创文"])
    b = pd.DataFrame([[1.0, 1.0], [0.0, 1.0]], columns=["乡村振兴", "创文"])
    s = T.topic_stability([a, b])
    assert s["topic_b"].tolist() == [0, 1]
    assert s["similarity"].tolist() == pytest.approx([1 / math.sqrt(2), 1.0])
    assert s["pair_mean"].iloc[0] == pytest.approx((1 / math.sqrt(2) + 1) / 2)
    # columns in another order and an extra term are aligned by name: C0 = pure 乡村振兴 = A0,
    # C1 = (1, 1) like B0; so A0-C0 (cosine 1) and A1-C1 (1/√2)
    c = pd.DataFrame([[0.0, 1.0, 0.0], [1.0, 1.0, 0.0]], columns=["创文", "乡村振兴", "测评"])
    s2 = T.topic_stability([a, c])
    assert s2["topic_b"].tolist() == [0, 1]
    assert s2["similarity"].tolist() == pytest.approx([1.0, 1 / math.sqrt(2)])
    # Jaccard of top-1 sets: A0 {乡村振兴}, A1 {创文}; B0 top-1 is 乡村振兴 (tie broken by column order), B1 {创文}
    j = T.topic_stability([a, b], metric="jaccard", top_n=1)
    assert j["similarity"].tolist() == [1.0, 1.0]


def test_stability_exposes_a_bad_initialisation(toy, tok):
    # on the toy corpus seed 3 falls into a local optimum that mixes the two themes
    runs = {s: T.TopicModel(2, random_state=s, tokenizer=tok).fit(toy) for s in (0, 1, 3)}
    s = T.topic_stability(runs).groupby(["run_a", "run_b"])["pair_mean"].first()
    assert s[(0, 1)] > 0.95
    assert s[(0, 3)] < 0.8 and s[(1, 3)] < 0.8
    best = T.topic_stability(runs)
    assert (best["best_similarity"] >= best["similarity"] - 1e-12).all()


def test_subsample_models_perturb_the_data(toy, tok):
    runs = T.subsample_models(toy, 2, n_runs=3, frac=0.8, method="nmf", tokenizer=tok)
    assert [len(m.docs_) for m in runs] == [16, 16, 16]
    rows = [m.docs_["row"].tolist() for m in runs]
    assert all(r == sorted(r) and len(set(r)) == 16 and set(r) <= set(range(20)) for r in rows)
    assert len({tuple(r) for r in rows}) == 3   # three different subsets
    # each subset keeps its documents' metadata
    assert runs[0].docs_["speech_id"].tolist() == toy["speech_id"].iloc[rows[0]].tolist()
    again = T.subsample_models(toy, 2, n_runs=3, frac=0.8, method="nmf", tokenizer=tok)
    assert [m.docs_["row"].tolist() for m in again] == rows
    # two clear themes survive dropping a fifth of the sentences
    full = T.TopicModel(2, method="nmf", tokenizer=tok).fit(toy)
    s = T.topic_stability({"all": full, **dict(enumerate(runs))})
    assert (s.loc[s["run_a"] == "all", "similarity"] > 0.8).all()
    with pytest.raises(ValueError, match="frac"):
        T.subsample_models(toy, 2, frac=0)


# --------------------------------------------------------------------------- prevalence


def test_prevalence_point_estimates_and_intervals(real_model):
    p = T.topic_prevalence(real_model, n_boot=500)
    assert p.columns.tolist() == ["topic", "label", "group", "prevalence", "ci_low", "ci_high", "n_docs",
                                  "n_speeches", "n_clusters"]
    assert len(p) == 4 * 3
    # recomputed by hand: mean doc-topic share over each group's non-empty paragraphs
    theta = pd.DataFrame(real_model.doc_topic_)
    theta["group"] = real_model.docs_["group"].to_numpy()
    expected = theta[real_model.doc_lengths_ > 0].groupby("group").mean()
    for row in p.itertuples():
        assert row.prevalence == pytest.approx(expected.loc[row.group, row.topic], abs=1e-12)
        assert row.ci_low <= row.prevalence <= row.ci_high
    np.testing.assert_allclose(p.groupby("group")["prevalence"].sum(), 1.0)
    n = p.drop_duplicates("group").set_index("group")
    assert n.loc["environment", "n_docs"] + n.loc["rural", "n_docs"] + n.loc["civilised_city", "n_docs"] == int(
        (real_model.doc_lengths_ > 0).sum())
    assert n.loc["civilised_city", "n_speeches"] == 1 and n.loc["environment", "n_speeches"] == 6
    # reproducible
    pd.testing.assert_frame_equal(p, T.topic_prevalence(real_model, n_boot=500))


def test_cluster_bootstrap_by_speech(real_model):
    p = T.topic_prevalence(real_model, n_boot=1000, cluster="speech_id")
    civ = p[p["group"] == "civilised_city"]
    # one speech: nothing to resample between speeches -> no interval
    assert civ["ci_low"].isna().all() and civ["ci_high"].isna().all() and (civ["n_clusters"] == 1).all()
    # rural has two speeches A, B.  A replicate draws (A,A), (B,B) or (A,B)/(B,A) with probability
    # 1/4, 1/4, 1/2, giving mean_A, mean_B or the pooled mean; with 1000 replicates both extremes occur
    # far more than 2.5% of the time, so the 95% percentile interval is [min, max] of the two speech means.
    docs = real_model.docs_.assign(_keep=real_model.doc_lengths_ > 0)
    rural = docs.index[(docs["group"] == "rural") & docs["_keep"]]
    theta = pd.DataFrame(real_model.doc_topic_[rural], index=docs.loc[rural, "speech_id"])
    speech_means = theta.groupby(level=0).mean()
    assert len(speech_means) == 2
    for t in range(4):
        row = p[(p["group"] == "rural") & (p["topic"] == t)].iloc[0]
        assert row["ci_low"] == pytest.approx(speech_means[t].min(), abs=1e-12)
        assert row["ci_high"] == pytest.approx(speech_means[t].max(), abs=1e-12)
        assert row["n_clusters"] == 2
    env = p[p["group"] == "environment"]
    assert (env["ci_low"] <= env["prevalence"]).all() and (env["prevalence"] <= env["ci_high"]).all()
    # whole speeches vary more than single paragraphs: wider intervals than the paragraph bootstrap
    q = T.topic_prevalence(real_model, n_boot=1000)
    width = lambda d: (d["ci_high"] - d["ci_low"]).mean()   # noqa: E731
    assert width(env) > width(q[q["group"] == "environment"])


def test_prevalence_weighted_by_tokens(toy, tok):
    tm = T.TopicModel(2, tokenizer=tok).fit(toy)
    p = T.topic_prevalence(tm, weights="n_tokens", n_boot=200)
    w = tm.doc_lengths_[:10].astype(float)
    expected = (w[:, None] * tm.doc_topic_[:10]).sum(axis=0) / w.sum()
    got = p[p["group"] == "rural"].sort_values("topic")["prevalence"].to_numpy()
    np.testing.assert_allclose(got, expected, atol=1e-12)
    # new documents are scored with transform()
    new = pd.DataFrame({"text": ["推进乡村振兴，防止返贫。", "迎接文明城市测评。"], "group": ["rural", "civilised_city"]})
    q = T.topic_prevalence(tm, new, n_boot=50)
    np.testing.assert_allclose(q.sort_values(["group", "topic"])["prevalence"].to_numpy(),
                               tm.transform(new)[[1, 0]].ravel(), atol=1e-12)
    assert q["ci_low"].isna().all()   # one document per group: no interval


# --------------------------------------------------------------------------- fit cache and ci


def test_fit_cache_gives_identical_models(paragraphs, tok, tmp_path):
    kw = dict(tokenizer=tok, passes=8, cache_dir=tmp_path)
    fresh = T.TopicModel(3, random_state=1, tokenizer=tok, passes=8).fit(paragraphs)
    first = T.TopicModel(3, random_state=1, **kw).fit(paragraphs)
    again = T.TopicModel(3, random_state=1, **kw).fit(paragraphs)
    assert first.cache_hit_ is False and again.cache_hit_ is True
    assert len(list(tmp_path.glob("*.npz"))) == 1
    for m in (first, again):
        np.testing.assert_array_equal(m.topic_term_, fresh.topic_term_)
        np.testing.assert_array_equal(m.doc_topic_, fresh.doc_topic_)
        np.testing.assert_array_equal(m.transform(paragraphs.iloc[:20]), fresh.transform(paragraphs.iloc[:20]))
        assert m.labels_ == fresh.labels_ and m.n_passes_ == fresh.n_passes_
    # another seed or other tokens are other fits
    assert T.TopicModel(3, random_state=2, **kw).fit(paragraphs).cache_hit_ is False
    assert T.TopicModel(3, random_state=1, **kw).fit(paragraphs.iloc[1:]).cache_hit_ is False
    # a damaged file is ignored and rewritten
    for f in tmp_path.glob("*.npz"):
        f.write_bytes(b"not a cache file")
    with pytest.warns(UserWarning, match="unreadable"):
        redo = T.TopicModel(3, random_state=1, **kw).fit(paragraphs)
    assert redo.cache_hit_ is False
    np.testing.assert_array_equal(redo.topic_term_, fresh.topic_term_)


def test_coherence_grid_reads_its_fits_back(toy, tok, tmp_path):
    kw = dict(ks=(2, 3), seeds=(0, 1), measures=("c_npmi",), tokenizer=tok, passes=5, min_df=1, cache_dir=tmp_path)
    g1, m1 = T.coherence_grid(toy, return_models=True, **kw)
    g2, m2 = T.coherence_grid(toy, return_models=True, **kw)
    pd.testing.assert_frame_equal(g1, g2)
    assert not any(m.cache_hit_ for m in m1.values()) and all(m.cache_hit_ for m in m2.values())


def test_prevalence_interval_coverage_is_ci(real_model):
    wide = T.topic_prevalence(real_model, n_boot=500, ci=0.95)
    narrow = T.topic_prevalence(real_model, n_boot=500, ci=0.5)
    assert ((narrow["ci_high"] - narrow["ci_low"]) <= (wide["ci_high"] - wide["ci_low"]) + 1e-12).all()
    with pytest.raises(TypeError):
        T.topic_prevalence(real_model, level=0.95)   # `level` is the document unit only
    with pytest.raises(ValueError, match="ci must be in"):
        T.topic_prevalence(real_model, ci=95)


# --------------------------------------------------------------------------- honest topic reports (issue 12.6)


def test_frex_labels_avoid_words_shared_by_every_topic(toy, tok):
    tm = T.TopicModel(2, tokenizer=tok, min_df=1, max_df=1.0).fit(toy)
    frex = T.frex_terms(tm, 5)
    # the fillers 抓好/确保/推进/提升 occur on both sides; FREX keeps each theme's own words on top
    tops = frex[frex["rank"] <= 3].groupby("topic")["term"].agg(set)
    assert any({"乡村振兴", "防止返贫", "撂荒地"} & s for s in tops) and any({"创文", "测评", "公益广告"} & s for s in tops)
    assert not tops.iloc[0] & tops.iloc[1]
    # frex is the harmonic mean of two ECDF ranks: in (0, 1]
    assert frex["frex"].between(0, 1).all() and (frex["exclusivity"] <= 1 + 1e-12).all()


def test_jaccard_baseline_is_below_real_stability(real_model, paragraphs, tok):
    other = T.TopicModel(real_model.n_topics, random_state=1, tokenizer=tok).fit(paragraphs)
    real = T.topic_stability([real_model, other], metric="jaccard")["similarity"].mean()
    base = T.jaccard_baseline(real_model, n_draws=50)
    assert 0 < base < real
    # computed independently: two random frequency-weighted top-10 sets overlap a little, never fully
    assert base < 0.5
    assert T.jaccard_baseline(real_model, n_draws=50) == base   # seeded


def test_topic_diagnostics_flags_topics_that_mirror_the_corpus(real_model):
    d = T.topic_diagnostics(real_model, mirror=0.0)
    assert d["mirrors_corpus"].all() and d["lambda"].eq(0.6).all()
    counts = np.asarray(real_model.counts_.sum(axis=0)).ravel()
    p = counts / counts.sum()
    phi = real_model.topic_term_[0]
    assert d.loc[0, "corpus_cosine"] == pytest.approx(phi @ p / np.linalg.norm(phi) / np.linalg.norm(p))
    assert not T.topic_diagnostics(real_model, mirror=1.01)["mirrors_corpus"].any()
