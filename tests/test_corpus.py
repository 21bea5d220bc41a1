"""What reading the corpus established, asserted on the built corpus."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from corpusmine import config, load_corpus, schema
from corpusmine.text.clean import reconstruct, traditional_share
from corpusmine.text.decode import read_text


def test_speech_counts_and_labels(corpus):
    sp = corpus.speeches
    assert len(sp) == 10
    assert sp.groupby("source_file").size().to_dict() == {
        "000_2646c065e626fb25.txt": 1,
        "001_d24e4f48797e9781.txt": 1,
        "002_34aa165c59951966.txt": 2,
        "003_c4174b3f472e47b6.txt": 1,
        "004_af8ba318439a197f.txt": 5,
    }
    assert sp.groupby("campaign").size().to_dict() == {
        "civilised_city": 1, "environment": 5, "other": 3, "rural": 1
    }
    assert int(sp["include"].sum()) == 7
    assert set(sp.loc[~sp["include"], "campaign"]) == {"other"}
    assert list(sp.columns[:10]) == [
        "speech_id", "source_file", "title", "campaign", "secondary_campaigns", "admin_level", "year",
        "include", "n_chars", "text",
    ]


def test_titles_lie_in_the_multi_speech_file(corpus):
    sp = corpus.speeches.set_index("speech_id")
    parts = sp[sp["source_file"] == "004_af8ba318439a197f.txt"].sort_values("part")
    assert set(parts["title"]) == {"城乡环境综合整治工作会上的讲话"}
    assert parts["campaign"].tolist() == ["environment", "environment", "environment", "other", "other"]
    assert "政务服务" in parts.loc["other_zhengwu_city", "text"]
    assert "毕业班" in parts.loc["other_school", "text"]


def test_classifier_agrees_with_the_curated_labels(corpus):
    sp = corpus.speeches
    single = sp[sp["secondary_campaigns"] == ""]
    assert (single["classifier_campaign"] == single["campaign"]).all()
    # a mixed speech: no campaign dominates the whole, so it is left undecided
    mixed = sp.set_index("speech_id").loc["env_tizhi_2023"]
    assert mixed["classifier_campaign"] == "other"


BOILERPLATE = [
    "小编", "供大家参考", "版权所有", "Powered", "ICP", "推荐访问", "发布时间", "来源:", "人气",
    "当前位置", "页未读", "查看更多内容", "老秘网", "袖书文档网", "莲山", "打印本页", "通用5篇", "价格:",
    "首页", "栏目", "温馨提示", "MORE", "资源预览", "客服", "Discuz", "篇1", "篇5",
    "材夜思", "秘途杂谈", "1/15",
]


@pytest.mark.parametrize("s", BOILERPLATE)
def test_no_boilerplate_left(corpus, s):
    texts = corpus.speeches["text"]
    assert not texts.str.contains(s, regex=False).any(), s


def test_no_traditional_characters_left(corpus):
    for sid, text in zip(corpus.speeches["speech_id"], corpus.speeches["text"]):
        assert traditional_share(text) == 0.0, sid
    shandong = corpus.speeches.set_index("speech_id").loc["env_shandong_prov_a", "text"]
    assert "宏观调控" in shandong and "巨集" not in shandong and "项目" in shandong
    assert corpus.sources.set_index("source_file").loc["004_af8ba318439a197f.txt", "conversion"] == "tw2sp"


def test_placeholders_mapped_to_one_token(corpus):
    texts = corpus.speeches.set_index("speech_id")["text"]
    for t in texts:
        assert not pd.Series([t]).str.contains(r"(?<![A-Za-z])[xX]{2,}|\*\*|×××|20xx", regex=True).any()
    assert texts["civ_chuangwen_2021"].startswith(f"各位领导、同志们:\n{config.PLACEHOLDER}月{config.PLACEHOLDER}日")
    # 2 x XX and 5 template slots such as (归纳提炼特色) and (如:列举XX)
    assert texts["env_meili_chengzhen"].count(config.PLACEHOLDER) == 7


def test_watermark_removed_inside_sentences(corpus):
    rural = corpus.speeches.set_index("speech_id").loc["rural_xianjinxian_2023", "text"]
    assert rural.count("我县") >= 5
    assert (corpus.audit["rule"] == "watermark").sum() == 5


def test_appended_speech_split_where_the_first_ends(corpus):
    sp = corpus.speeches.set_index("speech_id")
    assert sp.loc["civ_chuangwen_2021", "text"].endswith("全力做好迎检的各项工作!")
    assert sp.loc["other_economy_2020", "text"].startswith("同志们:\n这次会议的主要任务是")
    assert sp.loc["other_economy_2020", "text"].endswith("贡献应有的力量。")


def test_sections_of_mixed_speeches_get_their_own_campaign(corpus):
    sec = corpus.sections.set_index(["speech_id", "section_id"])
    assert sec.loc[("rural_xianjinxian_2023", 2), "campaign"] == "environment"
    assert sec.loc[("rural_xianjinxian_2023", 2), "section_title"].startswith("二、再鼓干劲")
    assert sec.loc[("rural_xianjinxian_2023", 3), "campaign"] == "rural"
    assert sec.loc[("env_tizhi_2023", 3), "campaign"] == "rural"
    assert sec.loc[("env_tizhi_2023", 4), "campaign"] == "environment"
    assert sec.loc[("env_tizhi_2023", 2), "campaign_source"] == "override"
    para = corpus.paragraphs
    env_paras = para[(para["speech_id"] == "rural_xianjinxian_2023") & (para["campaign"] == "environment")]
    assert len(env_paras) == 5 and env_paras["text"].str.contains("城乡环境综合提质").any()


def test_paragraph_table(corpus):
    p = corpus.paragraphs
    assert p["paragraph_id"].is_unique
    assert set(p["campaign"]) <= set(schema.CAMPAIGN_LABELS)
    assert list(p.columns[:6]) == ["speech_id", "section_id", "section_title", "paragraph_id", "campaign", "text"]
    # paragraphs rebuild their speech exactly
    for sid, text in zip(corpus.speeches["speech_id"], corpus.speeches["text"]):
        assert "\n".join(p.loc[p["speech_id"] == sid, "text"]) == text
    # the 002 page had its paragraphs as runs of spaces inside one long line
    assert (p["speech_id"] == "civ_chuangwen_2021").sum() == 17


def test_domain_terms_are_single_tokens(corpus):
    from corpusmine import Tokenizer

    tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    text = "\n".join(corpus.speeches["text"])
    tokens = tok.raw_tokens(text)
    for term in ["乡村振兴", "人居环境", "防止返贫", "占道经营", "三区三线"]:
        assert text.count(term) > 0, term
        assert tokens.count(term) == text.count(term), term


def test_no_copies_counted_as_independent(corpus):
    # the seed corpus has no near-duplicate paragraphs across speeches (checked by reading);
    # the flag exists and is computed for every paragraph
    assert (corpus.paragraphs["dup_of"] == "").all()
    assert corpus.paragraphs["dup_similarity"].between(0, 1).all()
    assert (corpus.speeches["dup_share"] == 0).all()


def test_audit_accounts_for_every_raw_file(corpus):
    for path in sorted(config.RAW_DIR.iterdir()):
        raw = read_text(path).text
        rows = corpus.audit[(corpus.audit["source_file"] == path.name) & (corpus.audit["layer"] == "text")]
        from corpusmine.text.clean import clean_document

        cleaned = clean_document(raw, source_file=path.name).text
        assert reconstruct(cleaned, rows) == raw, path.name
        # and the speeches of that file are exactly the cleaned text's parts
        sp = corpus.speeches[corpus.speeches["source_file"] == path.name].sort_values("part")
        assert "\n".join(sp["text"]) == cleaned


def test_raw_files_are_never_written(built):
    corpus, out = built
    for row in corpus.sources.itertuples():
        data = (config.RAW_DIR / row.source_file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row.sha256
    assert not any(p.suffix == ".parquet" for p in config.RAW_DIR.iterdir())


def test_round_trip_through_parquet(built):
    corpus, out = built
    loaded = load_corpus(out)
    pd.testing.assert_frame_equal(loaded.speeches, corpus.speeches, check_dtype=False)
    assert len(loaded.paragraphs) == len(corpus.paragraphs)
    assert len(loaded.audit) == len(corpus.audit)
    assert loaded.included().speeches["include"].all()


def test_load_corpus_missing_folder_names_it(tmp_path):
    from corpusmine import CorpusInputError

    with pytest.raises(CorpusInputError, match="speeches.parquet"):
        load_corpus(tmp_path)


def test_stale_default_build_is_rebuilt(tmp_path, monkeypatch):
    # Regression: a data/processed built before a change to the cleaner was loaded silently.
    import json

    from corpusmine.corpus import build as corpus_mod

    out = tmp_path / "processed"
    monkeypatch.setattr(config, "PROCESSED_DIR", out)
    from corpusmine.tokens.tokenizer import Tokenizer

    corpus_mod.build_corpus(tokenizer=Tokenizer(cache_dir=None), out_dir=out)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["fingerprint"] == corpus_mod.build_fingerprint()
    calls = []
    monkeypatch.setattr(corpus_mod, "build_corpus", lambda *a, **k: calls.append(1) or "rebuilt")
    assert load_corpus() is not None and calls == []           # fresh: loaded as is
    summary["fingerprint"] = "0" * 16
    (out / "summary.json").write_text(json.dumps(summary), encoding="utf-8")
    assert load_corpus() == "rebuilt" and calls == [1]          # stale: rebuilt


# ---------------------------------------------------------------------------
# all-or-nothing outputs (issue 11 point 2)
# ---------------------------------------------------------------------------
_WRITER = r"""
import os, signal, sys
import pandas as pd
from corpusmine.corpus import model
from corpusmine.schema import TABLES

src, out, kill_after = sys.argv[1], sys.argv[2], int(sys.argv[3])
corpus = model.Corpus(**{n: pd.read_parquet(f"{src}/{n}.parquet") for n in TABLES})
original = model.write_parquet
done = []

def write_then_maybe_die(df, path):
    original(df, path)
    done.append(path)
    if len(done) == kill_after:          # killed right after the kill_after-th table is replaced
        os.kill(os.getpid(), signal.SIGKILL)

model.write_parquet = write_then_maybe_die
print("ready", flush=True)
model.write_corpus(corpus, out, fingerprint="B")
"""


def _generation(corpus, tag):
    from corpusmine.corpus.model import Corpus

    sp = corpus.speeches.assign(title=corpus.speeches["title"] + tag)
    para = corpus.paragraphs.assign(text=corpus.paragraphs["text"] + tag)
    sec = corpus.sections.assign(text=corpus.sections["text"] + tag)
    audit = corpus.audit.assign(rule=corpus.audit["rule"] + tag)
    src = corpus.sources.assign(page_title=corpus.sources["page_title"] + tag)
    return Corpus(sp, para, sec, audit, src)


def _which_generation(loaded, generations):
    from corpusmine.schema import TABLES

    for name, gen in generations.items():
        if all(getattr(loaded, t).equals(getattr(gen, t)) for t in TABLES):
            return name
    return None


def test_killed_writes_never_load_as_a_mixed_corpus(corpus, tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    from corpusmine import CorpusInputError
    from corpusmine.corpus.model import read_tables, write_corpus

    a, b = _generation(corpus, ""), _generation(corpus, "·第二代")
    src = tmp_path / "b"
    write_corpus(b, src)
    b = read_tables(src)                       # as parquet gives it back
    out = tmp_path / "out"
    write_corpus(a, out, fingerprint="A")
    a = read_tables(out)
    gens = {"A": a, "B": b}
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    rng = random.Random(11)
    outcomes = []
    # killed right after table 1, 2, … 5 is replaced, then at random moments of a full write
    plans = [(k, None) for k in range(1, 6)] + [(0, rng.uniform(0.0, 1.2)) for _ in range(6)]
    for kill_after, delay in plans:
        proc = subprocess.Popen([sys.executable, str(script), str(src), str(out), str(kill_after)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        if delay is not None:
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=120)
        try:
            loaded = read_tables(out)
        except CorpusInputError as exc:
            assert "run `corpusmine build --out" in exc.problem
            outcomes.append("error")
        else:
            which = _which_generation(loaded, gens)
            assert which is not None, f"a mixed corpus was loaded (kill_after={kill_after}, delay={delay})"
            outcomes.append(which)
        write_corpus(a, out, fingerprint="A")   # back to a complete generation A for the next try
    # every kill right after a table was replaced is detected, not loaded
    assert outcomes[:5] == ["error"] * 5
    assert set(outcomes) <= {"A", "B", "error"}


def test_load_corpus_refuses_a_table_from_another_build(built, tmp_path):
    import shutil

    from corpusmine import CorpusInputError
    from corpusmine.corpus.model import write_corpus

    corpus, out = built
    other = tmp_path / "other"
    write_corpus(_generation(corpus, "·旧"), other)
    mixed = tmp_path / "mixed"
    shutil.copytree(out, mixed, ignore=shutil.ignore_patterns("cache"))
    shutil.copy(other / "paragraphs.parquet", mixed / "paragraphs.parquet")
    with pytest.raises(CorpusInputError, match="paragraphs.parquet do"):
        load_corpus(mixed)


def test_clean_cache_is_json_and_a_planted_pickle_is_never_run(tmp_path):
    # Regression: the cleaning cache was read with pickle.loads, so a shared cache folder could run code.
    import pickle

    from corpusmine.corpus.cleaning import clean_all

    item = ("同志们:\n我老秘网县要抓实抓细。", "a.txt", False)
    first = clean_all([item], tmp_path)
    entries = list((tmp_path / "clean").iterdir())
    assert [p.suffix for p in entries] == [".json"]
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    entries[0].write_bytes(pickle.dumps(Payload()))          # a planted entry is not JSON: rebuilt, never run
    again = clean_all([item], tmp_path)
    assert again == first and not marker.exists()
    entries[0].write_text('{"text": "被篡改"}', encoding="utf-8")   # JSON of the wrong shape: rebuilt too
    assert clean_all([item], tmp_path)[0].text == "同志们:\n我县要抓实抓细。"
