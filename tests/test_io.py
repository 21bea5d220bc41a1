"""Tests for corpusmine.text.decode and corpusmine.text.charsets: decoding raw files, listing them; atomic output."""

from __future__ import annotations

import codecs
import os
import pickle
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from corpusmine import config
from corpusmine.text import decode as cio
from corpusmine.errors import CorpusInputError, CorpusWarning
from corpusmine.text.decode import DecodedText, list_raw_files, looks_like_html, read_text
from corpusmine.storage import atomic_write_bytes, atomic_write_text, file_sha256, write_parquet

SIMP = "同志们：今天我们召开全县乡村振兴工作推进会，安排部署人居环境整治工作。"
TRAD = "同志們：這次全省城鄉環境綜合整治工作會議，是省政府同意召開的。"
SIMP_DOC = SIMP + "\r\n\r\n一、提高认识，切实增强做好农村人居环境整治工作的责任感。\n"
TRAD_DOC = TRAD + "\r\n\r\n一、統一思想，提高認識，切實增強城鄉環境綜合整治的責任感。\n"

RAW_DIR = Path(__file__).resolve().parents[1] / "data" / "raw"
RAW_FILES = sorted(RAW_DIR.glob("*.txt"))


# --------------------------------------------------------------------------- #
# helpers
# --------------------------------------------------------------------------- #
@pytest.fixture(autouse=True)
def _cwd_is_tmp(tmp_path, monkeypatch):
    """Run every test from its tmp_path, so file names in messages are bare names."""
    monkeypatch.chdir(tmp_path)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def read_quietly(path: Path) -> tuple[DecodedText, list[str]]:
    """read_text, returning the CorpusWarning messages it emitted."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = read_text(path)
    msgs = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    return doc, msgs


def expect_error(path: Path, *fragments: str) -> CorpusInputError:
    with pytest.raises(CorpusInputError) as info:
        read_text(path)
    msg = str(info.value)
    assert path.name in msg, msg
    for fragment in fragments:
        assert fragment in msg, msg
    assert info.value.path == path
    return info.value


def no_temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".")]


# --------------------------------------------------------------------------- #
# exceptions
# --------------------------------------------------------------------------- #
def test_error_str_is_relative_path_and_problem(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    err = CorpusInputError(tmp_path / "sub" / "讲话.txt", "file is empty")
    assert str(err) == f"{Path('sub') / '讲话.txt'}: file is empty"
    assert err.path == tmp_path / "sub" / "讲话.txt"
    assert err.problem == "file is empty"
    assert isinstance(err, ValueError)


def test_error_str_outside_cwd_keeps_path(tmp_path, monkeypatch):
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    elsewhere = tmp_path / "other" / "x.txt"
    assert str(CorpusInputError(elsewhere, "file not found")) == f"{elsewhere}: file not found"


def test_error_pickles():
    err = pickle.loads(pickle.dumps(CorpusInputError("a/b.txt", "file is empty")))
    assert str(err) == f"{Path('a/b.txt')}: file is empty"
    assert err.problem == "file is empty"


def test_warning_class():
    assert issubclass(CorpusWarning, UserWarning)


def test_decoded_text_is_frozen(tmp_path):
    doc, _ = read_quietly(write(tmp_path, "a.txt", SIMP.encode()))
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]
    assert SIMP not in repr(doc)  # the (possibly huge) text is kept out of repr


# --------------------------------------------------------------------------- #
# decoding: good inputs
# --------------------------------------------------------------------------- #
def test_utf8_exact_no_warning(tmp_path):
    p = write(tmp_path, "utf8.txt", SIMP_DOC.encode("utf-8"))
    doc, msgs = read_quietly(p)
    assert doc.text == SIMP_DOC  # \r\n kept, nothing stripped
    assert (doc.encoding, doc.had_bom, doc.format) == ("utf-8", False, "text")
    assert doc.n_bytes == len(SIMP_DOC.encode("utf-8"))
    assert doc.path == p
    assert msgs == [] and doc.warnings == ()


def test_utf8_bom_removed_and_recorded(tmp_path):
    data = codecs.BOM_UTF8 + SIMP_DOC.encode("utf-8")
    doc, msgs = read_quietly(write(tmp_path, "bom.txt", data))
    assert doc.text == SIMP_DOC
    assert not doc.text.startswith("\ufeff")
    assert (doc.encoding, doc.had_bom, doc.n_bytes) == ("utf-8", True, len(data))
    assert msgs == []


@pytest.mark.parametrize(
    "bom, codec",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_utf32_with_bom(tmp_path, bom, codec):
    p = write(tmp_path, f"{codec}.txt", bom + SIMP_DOC.encode(codec))
    doc, msgs = read_quietly(p)
    assert doc.text == SIMP_DOC
    assert (doc.encoding, doc.had_bom) == (codec, True)
    assert len(msgs) == 1 and msgs[0].startswith(f"{p.name}: decoded as {codec.upper()}")
    assert doc.warnings == tuple(msgs)


def test_utf16_python_default_encoding(tmp_path):
    # What str.encode("utf-16") writes: BOM + native order.
    doc, _ = read_quietly(write(tmp_path, "u16.txt", SIMP.encode("utf-16")))
    assert doc.text == SIMP and doc.had_bom


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_gb_family(tmp_path, codec):
    p = write(tmp_path, f"{codec}.txt", SIMP_DOC.encode(codec))
    with pytest.warns(CorpusWarning, match="decoded as GB18030, not UTF-8") as rec:
        doc = read_text(p)
    assert doc.text == SIMP_DOC
    assert doc.encoding == "gb18030" and not doc.had_bom and doc.format == "text"
    msgs = [str(w.message) for w in rec if issubclass(w.category, CorpusWarning)]
    assert msgs == [f"{p.name}: decoded as GB18030, not UTF-8"]
    assert doc.warnings == tuple(msgs)


def test_gb18030_four_byte_character(tmp_path):
    text = SIMP + "吉祥的“𠮷”字和欧元符号€。"  # 𠮷 and € need GB18030, not GBK
    doc, msgs = read_quietly(write(tmp_path, "gb4.txt", text.encode("gb18030")))
    assert doc.text == text and doc.encoding == "gb18030"
    assert msgs[0].endswith("decoded as GB18030, not UTF-8")


def test_big5_traditional_comes_back_exactly(tmp_path):
    p = write(tmp_path, "big5.txt", TRAD_DOC.encode("big5"))
    doc, msgs = read_quietly(p)
    assert doc.text == TRAD_DOC
    assert doc.encoding == "big5"
    assert msgs == [f"{p.name}: decoded as Big5, not UTF-8"]


def test_big5_without_punctuation(tmp_path):
    # No Big5 punctuation bytes: the choice rests on the characters alone.
    text = "這次全省城鄉環境綜合整治工作會議是省政府同意召開的"
    doc, _ = read_quietly(write(tmp_path, "big5np.txt", text.encode("big5")))
    assert doc.text == text and doc.encoding == "big5"


def test_traditional_text_in_gbk(tmp_path):
    doc, _ = read_quietly(write(tmp_path, "tradgbk.txt", TRAD.encode("gbk")))
    assert doc.text == TRAD and doc.encoding == "gb18030"


@pytest.mark.parametrize("raw", RAW_FILES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("codec, expected", [("gbk", "gb18030"), ("big5", "big5")])
def test_real_speeches_reencoded(tmp_path, raw, codec, expected):
    text = raw.read_text(encoding="utf-8").encode(codec, errors="ignore").decode(codec)
    doc, msgs = read_quietly(write(tmp_path, raw.name, text.encode(codec)))
    assert doc.encoding == expected
    assert doc.text == text
    assert len(msgs) == 1


def test_html_gbk_meta_charset(tmp_path):
    page = (
        '<!DOCTYPE html>\r\n<html>\r\n<head>\r\n<meta charset="gbk">\r\n'
        "<title>在全县乡村振兴工作推进会上的讲话</title>\r\n</head>\r\n<body>\r\n"
        f"<div class=\"content\"><p>{SIMP}</p><p>一、提高认识。</p></div>\r\n</body>\r\n</html>\r\n"
    )
    p = write(tmp_path, "page.html", page.encode("gbk"))
    doc, msgs = read_quietly(p)
    assert doc.text == page  # raw page, exactly; stripping tags is not io's job
    assert doc.format == "html" and doc.encoding == "gb18030"
    assert len(msgs) == 1 and msgs[0].startswith(f"{p.name}: ")
    assert "charset=gbk" in msgs[0] and "not UTF-8" in msgs[0]


def test_html_http_equiv_big5(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
        f"</head><body><p>{TRAD}</p></body></html>"
    )
    doc, msgs = read_quietly(write(tmp_path, "page.htm", page.encode("big5")))
    assert doc.text == page and doc.format == "html" and doc.encoding == "big5"
    assert "charset=big5" in msgs[0]


def test_html_wrong_declaration_falls_back_to_detection(tmp_path):
    # Declares Big5 but is GBK: the declaration is implausible and overridden.
    page = f'<html><head><meta charset="big5"></head><body><p>{SIMP}</p></body></html>'
    doc, msgs = read_quietly(write(tmp_path, "liar.html", page.encode("gbk")))
    assert doc.text == page and doc.encoding == "gb18030"
    assert any("declares charset=big5" in m for m in msgs)
    assert any(m.endswith("decoded as GB18030, not UTF-8") for m in msgs)


def test_valid_utf8_wins_over_meta_charset(tmp_path):
    page = f'<!DOCTYPE html><html><head><meta charset="gbk"></head><body>{SIMP}</body></html>'
    doc, msgs = read_quietly(write(tmp_path, "utf8page.html", page.encode("utf-8")))
    assert doc.encoding == "utf-8" and doc.text == page and doc.format == "html" and msgs == []


def test_html_fragment_without_doctype(tmp_path):
    body = "".join(f"<p>{s}</p><br>\n" for s in (SIMP, "一、提高认识。", "二、突出重点。"))
    doc, _ = read_quietly(write(tmp_path, "frag.txt", body.encode()))
    assert doc.format == "html" and doc.text == body


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body>同志们：</body></html>", True),
        ("<!doctype HTML>\n同志们", True),
        ("  <html lang=\"zh-CN\">\n<head></head>", True),
        ("<div>" + "<p>一</p>" * 3 + "<br></div>", True),
        (SIMP, False),
        ("同志们：要把<三农>工作放在首位，a < b 且 c > d。", False),
        ("<p>只有一个段落</p>", False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


# --------------------------------------------------------------------------- #
# decoding: damaged but recoverable
# --------------------------------------------------------------------------- #
def test_replacement_characters_already_present(tmp_path):
    text = SIMP.replace("乡村", "乡\ufffd\ufffd")
    p = write(tmp_path, "fffd.txt", text.encode())
    doc, msgs = read_quietly(p)
    assert doc.text == text and doc.encoding == "utf-8"
    assert msgs == [f"{p.name}: contains 2 U+FFFD replacement character(s); the text was damaged before it reached us"]


def test_damaged_utf8_is_recovered_with_warning(tmp_path):
    raw = RAW_FILES[0].read_bytes()
    data = raw[:3000] + b"\xff" + raw[3000:]
    p = write(tmp_path, "damaged.txt", data)
    doc, msgs = read_quietly(p)
    assert doc.encoding == "utf-8"
    assert doc.text == data.decode("utf-8", errors="replace")
    assert len(msgs) == 1 and msgs[0].startswith(f"{p.name}: decoded as UTF-8 with ")
    assert "damaged" in msgs[0]


def test_truncated_gbk_is_recovered_with_warning(tmp_path):
    data = (SIMP_DOC * 20).encode("gbk")[:-2]  # cut in the middle of the final "。"
    assert data[-1] == 0xA1
    doc, msgs = read_quietly(write(tmp_path, "cut.txt", data))
    assert doc.encoding == "gb18030"
    assert doc.text == data.decode("gb18030", errors="replace")
    assert "decoded as GB18030 with 1 undecodable" in msgs[0]


def test_stray_control_characters_warn(tmp_path):
    text = SIMP + "\x08" + SIMP
    doc, msgs = read_quietly(write(tmp_path, "ctrl1.txt", text.encode()))
    assert doc.text == text
    assert any("1 control character" in m for m in msgs)


# --------------------------------------------------------------------------- #
# decoding: errors
# --------------------------------------------------------------------------- #
def test_missing_file(tmp_path):
    expect_error(tmp_path / "不存在.txt", "file not found")


def test_directory_passed_as_file(tmp_path):
    d = tmp_path / "speeches.txt"
    d.mkdir()
    expect_error(d, "is a directory")


def test_empty_file(tmp_path):
    expect_error(write(tmp_path, "empty.txt", b""), "file is empty")


@pytest.mark.parametrize(
    "data",
    [b" \n\t\r\n  ", "\u3000\u3000\n".encode(), codecs.BOM_UTF8 + b"\n \n", " \n".encode("utf-16")],
    ids=["ascii", "ideographic-space", "utf8-bom", "utf16"],
)
def test_whitespace_only(tmp_path, data):
    expect_error(write(tmp_path, "blank.txt", data), "contains only whitespace")


def test_bom_only(tmp_path):
    expect_error(write(tmp_path, "bomonly.txt", codecs.BOM_UTF8), "only a byte-order mark")


@pytest.mark.parametrize(
    "name, data, what",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF file; extract its text first"),
        ("speech.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" + bytes(64), ".docx"),
        ("speech.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "old Word .doc"),
        ("pic.txt", b"GIF89a\x01\x00\x01\x00", "GIF"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_binary_signatures(tmp_path, name, data, what):
    expect_error(write(tmp_path, name, data), "looks like a binary file", what)


def test_nul_bytes_without_bom(tmp_path):
    # UTF-16 without a BOM is indistinguishable from binary: say so.
    err = expect_error(write(tmp_path, "nobom16.txt", SIMP.encode("utf-16-le")), "binary", "NUL byte")
    assert "UTF-16" in err.problem


def test_many_control_characters(tmp_path):
    data = bytes(range(1, 9)) * 40 + SIMP.encode()
    expect_error(write(tmp_path, "ctrl.txt", data), "looks like a binary file", "control characters")


def test_undeterminable_encoding(tmp_path):
    data = bytes([0x81, 0x30, 0xFF, 0xFE, 0xA1, 0x40, 0x80]) * 30
    expect_error(
        write(tmp_path, "mystery.txt", data),
        "cannot determine the text encoding (tried UTF-8, GB18030, Big5)",
    )


def test_implausible_legacy_decoding_is_rejected(tmp_path):
    # Decodes strictly as GB18030, but to mojibake (UTF-8 bytes of SIMP read
    # as GBK): nonsense, whatever codec is tried.
    rare = "鍚屽織浠婂ぉ鎴戜滑鍙紑鍏ㄥ幙涔℃潙鎸叴宸ヤ綔鎺ㄨ繘浼"
    assert cio.encoding_plausibility(rare) < 0.5
    data = rare.encode("gb18030")
    with pytest.raises(CorpusInputError) as info:
        read_text(write(tmp_path, "nonsense.txt", data))
    assert "cannot determine the text encoding" in str(info.value)
    assert "nonsense.txt" in str(info.value)


def test_bad_utf16_after_bom(tmp_path):
    data = codecs.BOM_UTF16_LE + SIMP.encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    expect_error(write(tmp_path, "bad16.txt", data), "UTF-16-LE byte-order mark", "not valid UTF-16-LE")


def test_no_bare_unicode_error_on_random_bytes(tmp_path):
    import random

    rng = random.Random(1)
    for i in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        p = write(tmp_path, f"r{i}.txt", data)
        try:
            read_quietly(p)
        except CorpusInputError as exc:
            assert p.name in str(exc)


# --------------------------------------------------------------------------- #
# plausibility score
# --------------------------------------------------------------------------- #
def test_common_chars_cover_simplified_and_traditional():
    chars = cio.common_chinese_chars()
    for ch in "同志们乡村振兴环境整治會議鄉環綜開這為眾啟裡":
        assert ch in chars, ch
    # jieba's "zg" single characters include mojibake; they must not count.
    for ch in "屽婂戜a。":
        assert ch not in chars, ch


@pytest.mark.parametrize("raw", RAW_FILES, ids=lambda p: p.name[:3])
def test_plausibility_separates_right_from_wrong(raw):
    text = raw.read_text(encoding="utf-8")
    threshold = cio.PLAUSIBILITY_THRESHOLD
    gbk = text.encode("gbk", errors="ignore")
    big5 = text.encode("big5", errors="ignore")
    assert cio.encoding_plausibility(gbk.decode("gb18030")) >= 0.999
    assert cio.encoding_plausibility(big5.decode("big5")) >= 0.999
    assert cio.encoding_plausibility(big5.decode("gb18030", errors="replace")) < 0.3
    assert cio.encoding_plausibility(gbk.decode("big5hkscs", errors="replace")) < 0.55
    assert cio.encoding_plausibility(raw.read_bytes().decode("gb18030", errors="replace")) < 0.35
    assert cio.encoding_plausibility(raw.read_bytes().decode("big5hkscs", errors="replace")) < 0.2
    assert 0.6 < threshold < 0.95


def test_plausibility_edge_cases():
    assert cio.encoding_plausibility("") == 0.0
    assert cio.encoding_plausibility("hello, world — ok") == 0.0
    assert cio.encoding_plausibility(SIMP) == 1.0
    assert cio.encoding_plausibility(SIMP + "\ue000" * 5) < cio.PLAUSIBILITY_THRESHOLD


# --------------------------------------------------------------------------- #
# read-only
# --------------------------------------------------------------------------- #
def test_reading_does_not_modify_file(tmp_path):
    p = write(tmp_path, "gbk.txt", SIMP_DOC.encode("gbk"))
    os.utime(p, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (p.read_bytes(), p.stat().st_mtime_ns, file_sha256(p))
    p.chmod(stat.S_IRUSR)  # read-only: read_text must not need write access
    try:
        read_quietly(p)
        read_quietly(p)
    finally:
        p.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert (p.read_bytes(), p.stat().st_mtime_ns, file_sha256(p)) == before
    assert list(tmp_path.iterdir()) == [p]


def test_file_sha256(tmp_path):
    import hashlib

    p = write(tmp_path, "a.txt", SIMP.encode() * 100_000)
    assert file_sha256(p) == hashlib.sha256(p.read_bytes()).hexdigest()
    assert file_sha256(str(p)) == file_sha256(p)


# --------------------------------------------------------------------------- #
# the real raw corpus
# --------------------------------------------------------------------------- #
def test_raw_corpus_present():
    assert len(RAW_FILES) >= 5


@pytest.mark.parametrize("path", RAW_FILES, ids=lambda p: p.name)
def test_real_raw_files_decode_exactly(path):
    before = (file_sha256(path), path.stat().st_mtime_ns)
    doc, msgs = read_quietly(path)
    assert doc.encoding == "utf-8"
    assert doc.format == "text"
    assert doc.had_bom is False
    assert doc.text == path.read_bytes().decode("utf-8")
    assert doc.n_bytes == path.stat().st_size
    assert msgs == [] and doc.warnings == ()
    assert (file_sha256(path), path.stat().st_mtime_ns) == before


def test_list_real_raw_dir():
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        files = list_raw_files(RAW_DIR)
    assert files == RAW_FILES


# --------------------------------------------------------------------------- #
# list_raw_files
# --------------------------------------------------------------------------- #
def test_list_raw_files_filters_and_warns(tmp_path):
    for name in ["b.txt", "a.html", "c.htm", "D.TXT", ".hidden.txt", ".DS_Store", "README.md", "readme.txt"]:
        (tmp_path / name).write_bytes(SIMP.encode())
    (tmp_path / "讲话.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "sub").mkdir()
    with pytest.warns(CorpusWarning) as rec:
        files = list_raw_files(tmp_path)
    assert [p.name for p in files] == sorted(["D.TXT", "a.html", "b.txt", "c.htm"])
    msgs = sorted(str(w.message) for w in rec if issubclass(w.category, CorpusWarning))
    assert len(msgs) == 2
    assert msgs[0] == f"sub: ignored: a sub-folder (raw files are not searched recursively)"
    assert msgs[1] == f"讲话.docx: ignored: not a .txt/.html file"


def test_list_raw_files_accepts_str(tmp_path):
    (tmp_path / "a.txt").write_bytes(SIMP.encode())
    assert list_raw_files(str(tmp_path)) == [tmp_path / "a.txt"]


def test_list_raw_files_missing_dir(tmp_path):
    with pytest.raises(CorpusInputError, match="raw directory not found") as info:
        list_raw_files(tmp_path / "nowhere")
    assert "nowhere" in str(info.value)


def test_list_raw_files_not_a_dir(tmp_path):
    p = write(tmp_path, "a.txt", b"x")
    with pytest.raises(CorpusInputError, match="is not a directory"):
        list_raw_files(p)


def test_list_raw_files_empty_dir(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "README.md").write_text("说明")
    with pytest.raises(CorpusInputError, match="no .txt/.html files found") as info:
        list_raw_files(tmp_path / "raw")
    assert "raw" in str(info.value)


def test_list_raw_files_only_other_files(tmp_path):
    (tmp_path / "讲话.pdf").write_bytes(b"%PDF-1.4")
    with pytest.warns(CorpusWarning, match=r"讲话\.pdf: ignored"):
        with pytest.raises(CorpusInputError, match="no .txt/.html files found"):
            list_raw_files(tmp_path)


# --------------------------------------------------------------------------- #
# atomic output
# --------------------------------------------------------------------------- #
def test_atomic_write_bytes_creates_parents(tmp_path):
    target = tmp_path / "a" / "b" / "out.bin"
    atomic_write_bytes(target, SIMP.encode())
    assert target.read_bytes() == SIMP.encode()
    assert no_temp_files(target.parent) == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_atomic_write_text_exact(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write_text(target, SIMP_DOC)
    assert target.read_bytes() == SIMP_DOC.encode("utf-8")  # \r\n untouched
    atomic_write_text(target, TRAD, encoding="big5")
    assert target.read_bytes() == TRAD.encode("big5")


def test_atomic_write_overwrites_and_keeps_mode(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o600)
    atomic_write_text(target, "新")
    assert target.read_text(encoding="utf-8") == "新"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_atomic_write_failure_leaves_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("旧内容", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk on fire")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk on fire"):
        atomic_write_text(target, "新内容")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "旧内容"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_atomic_write_failure_during_write(tmp_path, monkeypatch):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def boom(fd):
        raise OSError("fsync failed")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="fsync failed"):
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_atomic_write_rejects_str_data(tmp_path):
    with pytest.raises(TypeError):
        atomic_write_bytes(tmp_path / "x", "not bytes")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_refuses_raw_dir(tmp_path, monkeypatch):
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    monkeypatch.setattr(config, "RAW_DIR", raw)
    with pytest.raises(CorpusInputError, match="raw data folder") as info:
        atomic_write_text(raw / "000_new.txt", SIMP)
    assert "000_new.txt" in str(info.value)
    assert list(raw.iterdir()) == []


def test_write_parquet_roundtrip(tmp_path):
    df = pd.DataFrame(
        {"speech_id": ["000", "004"], "text": [SIMP, TRAD], "n_chars": [len(SIMP), len(TRAD)]},
        index=[7, 9],
    )
    target = tmp_path / "processed" / "speeches.parquet"
    write_parquet(df, target)
    back = pd.read_parquet(target)
    assert list(back.columns) == ["speech_id", "text", "n_chars"]  # index=False
    assert back["text"].tolist() == [SIMP, TRAD]
    assert back.index.tolist() == [0, 1]
    assert no_temp_files(target.parent) == []


def test_write_parquet_failure_leaves_old_file(tmp_path):
    target = tmp_path / "speeches.parquet"
    good = pd.DataFrame({"text": [SIMP]})
    write_parquet(good, target)
    before = target.read_bytes()
    bad = pd.DataFrame({"mixed": [1, "二", object()]})  # pyarrow cannot serialise this
    with pytest.raises(Exception) as info:
        write_parquet(bad, target)
    assert not isinstance(info.value, AssertionError)
    assert target.read_bytes() == before
    assert pd.read_parquet(target)["text"].tolist() == [SIMP]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["speeches.parquet"]


# --------------------------------------------------------------------------- #
# import cost
# --------------------------------------------------------------------------- #
def test_import_is_light():
    code = (
        "import sys, corpusmine.text.decode, corpusmine.text.charsets; "
        "heavy = [m for m in ('jieba', 'opencc', 'pandas', 'pyarrow') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    env = dict(os.environ)
    src = str(Path(cio.__file__).resolve().parents[2])   # the folder holding corpusmine/
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
