"""Hostile input (issue 11 point 6): every bad input gets a clear message naming the file and the problem.

No traceback reaches the user: the library raises :class:`CorpusInputError` (the command line prints
it in one line, exit status 2), and ``on_error="skip"`` skips the bad record with one warning and a
``sources`` row.  Tests run as root here, where ``chmod 000`` does not stop reading, so unreadable
files and folders are simulated by making the open / list call raise ``PermissionError``.
"""

from __future__ import annotations

import errno
import json
import sqlite3

import pandas as pd
import pytest

from corpusmine import Tokenizer
from corpusmine.cli import main
from corpusmine.corpus import readers
from corpusmine.corpus.build import load_corpus, write_corpus
from corpusmine.corpus.manifest import ManifestError, load_manifest
from corpusmine.corpus.read import read_corpus
from corpusmine.errors import CorpusInputError, CorpusWarning

SPRING = "同志们：\n要抓好春耕生产，保障粮食安全。"
CIVIL = "同志们：\n创文工作已经到了攻坚之年，要对照测评体系逐项整改。"


def read(path, **kw):
    kw.setdefault("cache_dir", None)
    kw.setdefault("progress", False)
    return read_corpus(path, **kw)


@pytest.fixture
def pages(tmp_path):
    d = tmp_path / "讲话稿"
    d.mkdir()
    (d / "春耕.txt").write_text(SPRING, encoding="utf-8")
    (d / "创文.txt").write_text(CIVIL, encoding="utf-8")
    return d


# ---------------------------------------------------------------------------
# folders: symlinks, unreadable files and folders
# ---------------------------------------------------------------------------
def test_symlink_loop_and_dangling_symlink_are_named(pages):
    (pages / "断链.txt").symlink_to(pages / "已删除.txt")
    (pages / "回环.txt").symlink_to(pages / "回环.txt")
    with pytest.raises(CorpusInputError, match=r"回环\.txt: symlink loop") as err:
        read(pages)
    assert "讲话稿" in str(err.value)                                   # the folder is named too
    with pytest.warns(CorpusWarning, match=r"skipped 2 bad record\(s\): 回环\.txt: symlink loop.*; 断链\.txt: "
                                           r"dangling symlink \(its target .*已删除\.txt does not exist\)"):
        c = read(pages, on_error="skip")
    assert sorted(c.speeches["speech_id"]) == ["创文", "春耕"]
    src = c.sources.set_index("source_file")
    assert (src.loc[["断链.txt", "回环.txt"], "status"] == "skipped").all()


def test_symlink_loop_through_two_links_is_a_loop(pages):
    (pages / "甲.txt").symlink_to(pages / "乙.txt")
    (pages / "乙.txt").symlink_to(pages / "甲.txt")
    with pytest.warns(CorpusWarning, match=r"乙\.txt: symlink loop: following the link leads back to it.*; 甲\.txt: symlink loop"):
        c = read(pages, on_error="skip")
    assert len(c.speeches) == 2


def test_unreadable_file_in_a_folder_is_named(pages, monkeypatch):
    real = readers.read_text

    def guarded(path, *a, **kw):
        if path.name == "创文.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *a, **kw)

    monkeypatch.setattr(readers, "read_text", guarded)
    with pytest.raises(CorpusInputError, match=r"讲话稿: 创文\.txt: cannot read the file: Permission denied"):
        read(pages)
    with pytest.warns(CorpusWarning, match=r"skipped 1 bad record\(s\): 创文\.txt: cannot read the file"):
        c = read(pages, on_error="skip")
    assert c.speeches["speech_id"].tolist() == ["春耕"]
    assert c.sources.set_index("source_file").loc["创文.txt", "reason"] == "cannot read the file: Permission denied"


def test_unreadable_folder_is_named(pages, monkeypatch):
    def refuse(path):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(readers.os, "scandir", refuse)
    for on_error in ("raise", "skip"):          # nothing to skip to: the folder itself cannot be listed
        with pytest.raises(CorpusInputError, match=r"讲话稿: cannot list the folder: Permission denied"):
            read(pages, on_error=on_error)


def test_unreadable_jsonl_file_is_named(tmp_path, monkeypatch):
    p = tmp_path / "报告.jsonl"
    p.write_text(json.dumps({"text": SPRING}, ensure_ascii=False) + "\n", encoding="utf-8")

    def refuse(path, *a, **kw):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(readers, "open", refuse, raising=False)
    with pytest.raises(CorpusInputError, match=r"报告\.jsonl: cannot read the file: Permission denied"):
        read(p, on_error="skip")


# ---------------------------------------------------------------------------
# records: lone surrogates, unclosed CSV quotes
# ---------------------------------------------------------------------------
def test_lone_surrogate_in_a_json_line_is_a_bad_record(tmp_path):
    # Regression: "\ud800" crashed the whole read (in pyarrow, when the tables were written).
    p = tmp_path / "c.jsonl"
    p.write_text('{"text": "要抓好\\ud800春耕生产。"}\n{"text": "要扎实推进创文工作。"}\n', encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"c\.jsonl: line 1: lone surrogate \\ud800"):
        read(p)
    with pytest.warns(CorpusWarning, match="skipped 1 bad record"):
        c = read(p, on_error="skip")
    assert c.speeches["text"].tolist() == ["要扎实推进创文工作。"]
    write_corpus(c, tmp_path / "out")                     # and the result can be written
    assert load_corpus(tmp_path / "out").speeches["text"].tolist() == ["要扎实推进创文工作。"]


def test_lone_surrogate_in_a_metadata_field_is_a_bad_record(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"title": "春耕\\udc80", "text": "要抓好春耕生产。"}\n{"text": "要扎实推进创文工作。"}\n',
                 encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"line 1: lone surrogate \\udc80"):
        c = read(p, on_error="skip")
    assert len(c.speeches) == 1


def test_csv_with_unclosed_quotes_reports_the_right_records(tmp_path):
    # Regression: one unclosed quote swallowed the rest of the file (or reported 28 bad records for 2).
    rows = ["title,text"] + [f"第{i}条,要抓好第{i}项重点工作。" for i in range(1, 31)]
    rows[5] = '第5条,"要抓好这项工作。'            # line 6: the quote never closes
    rows[20] = '第20条,"要抓好那项工作。'          # line 21: neither does this one
    p = tmp_path / "c.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"c\.csv: line 6: malformed CSV \(an unclosed quote"):
        read(p)
    with pytest.warns(CorpusWarning, match=r"skipped 2 bad record\(s\): line 6: .*; line 21: ") as rec:
        c = read(p, on_error="skip")
    assert sum("bad record" in str(w.message) for w in rec) == 1
    assert len(c.speeches) == 28
    titles = c.speeches["title"].tolist()
    assert "第29条" in titles and "第5条" not in titles and "第20条" not in titles
    assert (c.sources["status"] == "skipped").sum() == 2


def test_csv_with_a_single_unclosed_quote_in_the_last_row(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text('title,text\n春耕,要抓好春耕生产。\n创文,"要扎实推进创文工作。\n', encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"skipped 1 bad record\(s\): line 3: malformed CSV"):
        c = read(p, on_error="skip")
    assert c.speeches["title"].tolist() == ["春耕"]


# ---------------------------------------------------------------------------
# caches and manifests
# ---------------------------------------------------------------------------
def test_corrupt_token_cache_is_named_and_replaced(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "tokens.sqlite").write_bytes("这不是数据库".encode() * 200)
    with pytest.warns(CorpusWarning, match=r"tokens\.sqlite: the token cache is not a usable sqlite database"):
        toks = Tokenizer(cache_dir=cache).cut("要抓好春耕生产")
    assert toks == Tokenizer(cache_dir=None).cut("要抓好春耕生产")
    moved = [p.name for p in cache.iterdir() if ".corrupt-" in p.name]
    assert len(moved) == 1                                     # the bad file is kept for inspection
    with sqlite3.connect(cache / "tokens.sqlite") as db:       # and a working cache replaces it
        assert db.execute("select count(*) from sqlite_master").fetchone()[0] >= 1


def test_read_corpus_with_a_corrupt_token_cache(pages, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "tokens.sqlite").write_bytes(b"\x00garbage" * 500)
    with pytest.warns(CorpusWarning, match="token cache"):
        c = read(pages, cache_dir=cache)
    assert sorted(c.speeches["speech_id"]) == ["创文", "春耕"]
    assert (c.speeches["n_words"] > 0).all()


@pytest.mark.parametrize("content", ["", "\n\n", "speech_id,file,campaign\n"])
def test_empty_manifest_names_the_file(tmp_path, content):
    man = tmp_path / "空清单.csv"
    man.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError) as err:
        load_manifest(man)
    msg = str(err.value)
    assert "空清单.csv" in msg and ("empty" in msg or "no speech rows" in msg), msg


# ---------------------------------------------------------------------------
# the command line: --out that is a file or cannot be written
# ---------------------------------------------------------------------------
@pytest.fixture
def jsonl(tmp_path):
    p = tmp_path / "讲话.jsonl"
    p.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (SPRING, CIVIL)) + "\n",
                 encoding="utf-8")
    return p


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("command", ["read", "build"])
def test_out_that_is_an_existing_file(command, jsonl, tmp_path, capsys):
    out = tmp_path / "结果.parquet"
    out.write_text("不是文件夹", encoding="utf-8")
    args = ["read", jsonl, "--out", out] if command == "read" else ["build", "--out", out]
    code, stdout, err = cli(capsys, *args)
    assert code == 2 and "Traceback" not in err
    assert err.startswith("corpusmine: error: ") and "结果.parquet: exists and is not a folder" in err
    assert "token cache" not in err and "clean cache" not in err      # refused before any work
    assert out.read_text(encoding="utf-8") == "不是文件夹"


@pytest.mark.parametrize("command", ["read", "build"])
def test_out_that_cannot_be_created(command, jsonl, tmp_path, capsys):
    blocker = tmp_path / "清单.csv"                 # a file as parent: not creatable even for root
    blocker.write_text("speech_id\n", encoding="utf-8")
    out = blocker / "processed"
    args = ["read", jsonl, "--out", out] if command == "read" else ["build", "--out", out]
    code, _, err = cli(capsys, *args)
    assert code == 2 and "Traceback" not in err
    assert "processed: cannot create the output folder" in err


def test_out_that_is_not_writable(jsonl, tmp_path, capsys, monkeypatch):
    out = tmp_path / "只读"
    out.mkdir()
    from corpusmine.corpus import model

    monkeypatch.setattr(model.os, "access", lambda p, mode: False)   # root can write anywhere: simulate
    code, _, err = cli(capsys, "read", jsonl, "--out", out)
    assert code == 2 and "只读: the output folder is not writable" in err
    assert list(out.iterdir()) == []


def test_read_out_inside_the_input_folder_is_refused(pages, capsys):
    code, _, err = cli(capsys, "read", pages, "--out", pages / "processed")
    assert code == 2 and "--out" in err
    assert not (pages / "processed").exists()


def test_read_cli_writes_a_loadable_corpus(jsonl, tmp_path, capsys):
    code, stdout, err = cli(capsys, "read", jsonl, "--out", tmp_path / "out")
    assert code == 0, err
    assert stdout.startswith("read 2 documents")
    back = load_corpus(tmp_path / "out")
    assert back.paragraphs["text"].tolist() == ["同志们：", "要抓好春耕生产，保障粮食安全。", "同志们：",
                                                "创文工作已经到了攻坚之年，要对照测评体系逐项整改。"]
    assert isinstance(back.speeches, pd.DataFrame)
