"""Tests for the tokens stage: where the cache lives, a corrupt cache, the worker pool, and what enters a vocabulary.

Every cache lives in ``tmp_path``; nothing is written under data/.
"""

from __future__ import annotations

import os
import sqlite3
import warnings

import pandas as pd
import pytest

from corpusmine import config
from corpusmine.errors import CorpusInputError, CorpusWarning
from corpusmine.features import build_dtm
from corpusmine.tokens import cache as cache_mod
from corpusmine.tokens.filters import TokenFilter, has_number_character, is_non_chinese, is_number
from corpusmine.tokens.pool import map_in_processes
from corpusmine.tokens.segmenter import Segmenter
from corpusmine.tokens.tokenizer import Tokenizer

# Shapes of the CPC congress reports as published on Wikisource: years written
# with 〇, ↑ footnote markers, a footnote quoting Russian, Roman-numeral and
# circled list markers, a stray Latin letter.  Written for this test.
CONGRESS = [
    "二〇〇二年十一月八日，中国共产党第十六次全国代表大会在北京召开。↑",
    "到二〇二〇年全面建成小康社会，国内生产总值比二〇〇〇年翻两番。",
    "↑ 见列宁《国家与革命》（Государство и революция），第Ⅱ章。",
    "①坚持党的基本路线；②全面推进党的建设新的伟大工程。",
    "全面建设小康社会x，开创中国特色社会主义事业新局面。",
    "一九七八年党的十一届三中全会以来，我们坚持改革开放。",
]
FORBIDDEN = {"〇", "〇〇", "二年", "二〇〇二", "二〇二〇", "二〇〇〇", "Г", "о", "с", "и", "я", "Ⅱ", "①", "②", "x", "↑"}


# --------------------------------------------------------------------------
# Where the cache lives
# --------------------------------------------------------------------------


def test_auto_cache_follows_the_processed_folder_set_after_import(tmp_path, monkeypatch):
    """Regression: the cache folder was config.CACHE_DIR, fixed when corpusmine was imported."""
    tok = Tokenizer()                                  # built before the processed folder changes
    assert tok.cache_dir == "auto"
    elsewhere = tmp_path / "my_corpus" / "processed"
    monkeypatch.setattr(config, "PROCESSED_DIR", elsewhere)
    monkeypatch.chdir(tmp_path)                       # and never the working directory
    assert tok.cache_dir_ == elsewhere / "cache"
    assert tok.cut("要抓好乡村振兴") == ["抓好", "乡村振兴"]
    assert (elsewhere / "cache" / "tokens.sqlite").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my_corpus"]
    # A second tokenizer reads it back: no segmentation.
    again = Tokenizer()
    assert again.cut("要抓好乡村振兴") == ["抓好", "乡村振兴"] and again.cache_misses_ == 0
    # Moving the processed folder again moves the cache with it, for the same instance.
    other = tmp_path / "other"
    monkeypatch.setattr(config, "PROCESSED_DIR", other)
    again.cut("创建文明城市")
    assert (other / "cache" / "tokens.sqlite").is_file() and again.cache_misses_ == 1


def test_explicit_cache_dir_wins_and_none_disables(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "PROCESSED_DIR", tmp_path / "processed")
    tok = Tokenizer(cache_dir=tmp_path / "mine")
    tok.cut("整治占道经营")
    assert (tmp_path / "mine" / "tokens.sqlite").is_file() and not (tmp_path / "processed").exists()
    off = Tokenizer(cache_dir=None)
    off.cut("整治占道经营")
    assert off.cache_dir_ is None and not (tmp_path / "processed").exists()
    with pytest.raises(TypeError, match="cache_dir must be 'auto', None or a folder path"):
        Tokenizer(cache_dir=3).cut("整治")


# --------------------------------------------------------------------------
# A corrupt cache
# --------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_cache_is_moved_aside_with_a_warning_naming_it(tmp_path, damage):
    texts = ["创文工作已经到了攻坚之年。", "要抓好乡村振兴，防止返贫监测帮扶工作不能放松。"]
    expected = Tokenizer(cache_dir=None).cut_many(texts)
    path = tmp_path / "tokens.sqlite"
    if damage == "garbage":
        path.write_bytes("这不是数据库".encode("utf-8") * 200)
    else:
        Tokenizer(cache_dir=tmp_path).cut_many(texts)
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = path.read_bytes()
        path.write_bytes(data[:100] + b"\xff" * (len(data) - 100))   # header kept, pages destroyed
    tok = Tokenizer(cache_dir=tmp_path)
    with pytest.warns(CorpusWarning, match=r"tokens\.sqlite: the token cache is not a usable sqlite database") as rec:
        assert tok.cut_many(texts) == expected
    message = str(rec[0].message)
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("tokens.sqlite.corrupt-")]
    assert len(aside) == 1 and aside[0].name in message
    # The new cache works: a second tokenizer reads everything back, with no warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = Tokenizer(cache_dir=tmp_path)
        assert again.cut_many(texts) == expected and again.cache_misses_ == 0


def test_unusable_cache_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("一个文件，不是文件夹", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"cache: the token cache folder is a file"):
        Tokenizer(cache_dir=blocker).cut("乡村振兴")
    folder = tmp_path / "c2"
    folder.mkdir()
    (folder / "tokens.sqlite").mkdir()                 # a folder where the file should be
    with pytest.raises(CorpusInputError, match=r"tokens\.sqlite: the token cache cannot be used"):
        Tokenizer(cache_dir=folder).cut("乡村振兴")


# --------------------------------------------------------------------------
# The one process pool
# --------------------------------------------------------------------------

_PREFIX = ""


def _set_prefix(prefix: str) -> None:
    global _PREFIX
    _PREFIX = prefix


def _tag(text: str) -> str:
    return f"{_PREFIX}{os.getpid()}:{text}"


def test_map_in_processes_order_initializer_and_progress():
    items = ["乡村振兴", "创文", "城乡环境综合整治", "五清", "背街小巷", "牛皮癣"] * 5
    done = []
    out = map_in_processes(_tag, items, 2, initializer=_set_prefix, initargs=("工作进程:",), on_done=done.append)
    assert [o.split(":", 2)[2] for o in out] == items            # input order
    assert all(o.startswith("工作进程:") for o in out)              # the initializer ran in each worker
    pids = {int(o.split(":")[1]) for o in out}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert sorted(done) == list(range(len(items)))
    # One job: in this process, without the initializer.
    assert map_in_processes(_tag, ["创文"], 2) == [f"{os.getpid()}:创文"]
    with pytest.raises(ValueError, match="n_jobs must be a positive int or -1"):
        map_in_processes(_tag, items, 0)


# --------------------------------------------------------------------------
# What enters a vocabulary
# --------------------------------------------------------------------------


def test_token_classes_of_other_scripts_and_number_characters():
    assert all(has_number_character(t) for t in ["〇", "二〇〇二", "Ⅱ", "①", "2002", "７"])
    assert not any(has_number_character(t) for t in ["三农", "六稳", "十六大", "一把手", "零容忍"])
    assert all(is_number(t) for t in ["〇", "二〇〇二", "Ⅻ", "①", "1.99", "２０２３"])
    assert not any(is_number(t) for t in ["三", "十一月", "一九七八年", "两番"])
    assert all(is_non_chinese(t) for t in ["Государство", "x", "GDP", "ｘ", "αβ", "かな", "한국"])
    assert not any(is_non_chinese(t) for t in ["小康社会", "〔某〕", "，", "〇", "々"])


def test_years_with_ling_are_split_off_whole_by_both_backends():
    for backend in ("jieba", "fast"):
        seg = Segmenter(config.USERDICT, hmm=False, backend=backend)
        assert seg.segment("二〇〇二年十一月八日") == ["二〇〇二", "年", "十一月", "八日"]
        assert seg.segment("到二〇二〇年全面建成")[:3] == ["到", "二〇二〇", "年"]
    # Without the rule jieba invents the word 二年 (the regression this guards against).
    assert "二年" in Segmenter(config.USERDICT, hmm=False, backend="jieba").jieba().lcut("二〇〇二年", HMM=False)


def test_congress_report_shapes_never_become_terms():
    tok = Tokenizer(cache_dir=None)
    tokens = {t for text in CONGRESS for t in tok.cut(text)}
    assert not tokens & FORBIDDEN, tokens & FORBIDDEN
    assert {"小康社会", "中国共产党", "改革开放", "国家", "革命", "全国代表大会"} <= tokens
    docs = pd.DataFrame({"speech_id": [f"cpc{i}" for i in range(len(CONGRESS))], "group": "congress",
                         "text": CONGRESS})
    vocab = set(build_dtm(docs, tokenizer=tok).vocab.tolist())
    assert not vocab & FORBIDDEN and "小康社会" in vocab
    assert not any(is_non_chinese(t) or has_number_character(t) for t in vocab)
    # And the fast backend agrees.
    assert [Tokenizer(cache_dir=None, backend="fast").cut(t) for t in CONGRESS] == [tok.cut(t) for t in CONGRESS]


def test_options_keep_them_when_asked():
    text = CONGRESS[2] + CONGRESS[0]
    foreign = Tokenizer(cache_dir=None, keep_non_chinese=True).cut(text)
    # jieba cuts Cyrillic into letters (it only groups ASCII letters): each is kept on request
    assert "".join(t for t in foreign if is_non_chinese(t)) == "Государствоиреволюция"
    assert "Ⅱ" not in foreign and "↑" not in foreign
    numbers = Tokenizer(cache_dir=None, keep_numbers=True).cut(text)
    assert {"Ⅱ", "二〇〇二"} <= set(numbers) and not any(map(is_non_chinese, numbers)) and "二年" not in numbers
    both = Tokenizer(cache_dir=None, keep_numbers=True, keep_non_chinese=True)
    assert {"Ⅱ", "Г", "二〇〇二"} <= set(both.cut(text))
    assert both.get_params()["keep_non_chinese"] is True
    # Filters only: the cached raw segmentation is shared.
    assert both.dictionary_version == Tokenizer(cache_dir=None).dictionary_version
    f = TokenFilter(keep_non_chinese=True)
    assert f(["GDP", "增长", "7", "↑"]) == ["GDP", "增长"]
