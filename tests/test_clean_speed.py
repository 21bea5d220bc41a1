"""Cleaning at size (issue 11.7): the linear-time edit engine, the faster patterns, chunked decoding and
counting, the memory bound and the progress bar, each checked against what it replaced.  Functional tests
only: benchmarks/bench_clean.py measures time and memory."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusmine.errors import CorpusInputError
from corpusmine.text import decode, patterns, script
from corpusmine.text.clean import check_size, clean_document, clean_file, reconstruct
from corpusmine.text.edits import EditedText, iter_lines

PARAGRAPHS = [
    "今天我们召开全县城乡环境综合整治工作推进会,主要任务是总结前一阶段工作,安排部署下一步任务。",
    "各乡镇、各部门要切实增强责任感和紧迫感,以更加务实的作风抓好各项工作落实。",
    "要坚持问题导向,聚焦农村人居环境短板,集中开展垃圾分类、污水治理和村容村貌提升行动。",
    "对工作不力、进展缓慢的单位,要严肃追责问责,确保各项任务按期完成。",
]
CHROME = [
    "当前位置:首页 > 范文大全 > 讲话稿",
    "发布时间:2023-10-13 09:20:02 来源:网友投稿",
    "第3页 共120页",
    "相关推荐:在全县创文推进会上的讲话",
    "版权所有:公文范文网",
    "   ",
]


def synthetic_page(n_blocks: int, seed: int = 0) -> str:
    """Speech paragraphs in blocks, with site chrome, watermarks, stray spaces and xx between them."""
    rng = random.Random(seed)
    out = ["同志们:"]
    for i in range(n_blocks):
        for _ in range(rng.randint(2, 6)):
            p = rng.choice(PARAGRAPHS)
            r = rng.random()
            if r < 0.2:
                k = rng.randrange(1, len(p))
                p = p[:k] + "老秘网" + p[k:]
            elif r < 0.4:
                k = rng.randrange(1, len(p))
                p = p[:k] + " " + p[k:]
            elif r < 0.5:
                p = "20xx年," + p
            out.append(p)
        out.append(rng.choice(CHROME))
    return "\n\n".join(out) + "\n"


# --- the edit engine: the segment map gives what the per-character list gave --------------------
class ListEditedText:
    """The former engine (one origin entry per output character), kept as the reference model."""

    def __init__(self, text):
        self.text, self.edits = text, []

    def render(self):
        parts, origin, pos = [], [], 0
        for k, ed in enumerate(self.edits):
            parts.append(self.text[pos:ed[0]])
            origin.extend(range(pos, ed[0]))
            parts.append(ed[3])
            origin.extend([-(k + 1)] * len(ed[3]))
            pos = ed[1]
        parts.append(self.text[pos:])
        origin.extend(range(pos, len(self.text)))
        return "".join(parts), origin

    def delete_many(self, spans, rule):
        _, origin = self.render()
        new, trimmed = [], {}
        for a, b in spans:
            run_start = run_end = None
            for i in range(a, b):
                o = origin[i]
                if o >= 0:
                    if run_end is not None and o == run_end:
                        run_end += 1
                    else:
                        if run_start is not None:
                            new.append([run_start, run_end, rule, ""])
                        run_start, run_end = o, o + 1
                else:
                    first = i
                    while first > 0 and origin[first - 1] == o:
                        first -= 1
                    trimmed.setdefault(-o - 1, set()).add(i - first)
            if run_start is not None:
                new.append([run_start, run_end, rule, ""])
        for k, drop in trimmed.items():
            ed = self.edits[k]
            ed[3] = "".join(c for j, c in enumerate(ed[3]) if j not in drop)
            if not ed[3]:
                ed[2] = f"{ed[2]}>{rule}"
        self.edits = sorted(self.edits + new, key=lambda e: (e[0], e[1]))

    def replace_many(self, spans, rule):
        _, origin = self.render()
        new = []
        for a, b, rep in spans:
            if b <= a:
                continue
            s, e = origin[a], origin[b - 1]
            if s < 0 or e < 0 or e - s != b - a - 1:
                continue
            new.append([s, e + 1, rule, rep])
        self.edits = sorted(self.edits + new, key=lambda e: (e[0], e[1]))
        return len(new)


@st.composite
def edit_scripts(draw):
    text = draw(st.text(alphabet="同志们要抓实xX 老秘网\n", min_size=1, max_size=40))
    ops = draw(st.lists(st.tuples(st.sampled_from(["delete", "replace"]), st.integers(0, 60), st.integers(0, 8),
                                  st.sampled_from(["", "〔某〕", "\n", "乡"])), max_size=8))
    return text, ops


@settings(max_examples=300, deadline=None)
@given(edit_scripts())
def test_segment_map_engine_equals_the_per_character_engine(script_):
    text, ops = script_
    new, old = EditedText(text), ListEditedText(text)
    for kind, a, n, rep in ops:
        length = len(new.output)
        a = min(a, length)
        b = min(a + n, length)
        if kind == "delete":
            new.delete_many([(a, b)], "d")
            old.delete_many([(a, b)], "d")
        else:
            assert new.replace_many([(a, b, rep)], "r") == old.replace_many([(a, b, rep)], "r")
        out, origin = old.render()
        assert new.output == out
        assert list(new.render()[1]) == origin
        assert [new.render()[1][i] for i in range(len(out))] == origin
        assert [(e.start, e.end, e.rule, e.replacement) for e in new.edits] == [tuple(e) for e in old.edits]
        for i in range(len(out) + 1):      # to_input / to_output as the list scans gave them
            assert new.to_input(i) == next((o for o in origin[i:] if o >= 0), len(text))
        for pos in range(len(text) + 1):
            assert new.to_output(pos) == next((i for i, o in enumerate(origin) if o >= pos), len(out))


def test_iter_lines_without_a_list_of_lines():
    for text in ["", "\n", "同志们:\n", "\n要抓好落实。", "同志们:\n\n要抓好落实。\n"]:
        pos, expected = 0, []
        for line in text.split("\n"):
            expected.append((pos, pos + len(line), line))
            pos += len(line) + 1
        assert list(iter_lines(text)) == expected


# --- patterns rewritten for speed match what they matched before --------------------------------
OLD_PATTERNS = {
    "NAV": re.compile(r"^\s*(当前位置|您的位置|您现在的位置|现在位置|位置)\s*[:：]|(\S+\s*[>›»]\s*){2,}\S+"),
    "CSS": re.compile(
        r"^\s*(?:[@.#]?[\w\-]+(?:[\s,>.#:\[\]=\"'\w\-]*)\{[^{}]*\}?|\}|\{)\s*$|"
        r"(?:[a-z\-]{3,}\s*:\s*[^;:\n]{1,40};\s*){2,}|"
        r"^\s*(?:@media|@font-face|@import)\b"
    ),
    "PAYWALL_MARK": re.compile(
        r"(?:[(（【\[]\s*)?(?:[.…]{2,}\s*)?(?:此处|以下|后面|剩余)?已?(?:隐藏|省略)\s*\d+\s*字"
        r"(?:\s*[.…]{2,})?(?:\s*[)）】\]])?"
    ),
    "STRAY_SPACE": re.compile(
        rf"(?<=[{patterns.CJK}{patterns.CJK_PUNCT}0-9,.;:!?、])[ \t\u3000\u00a0]+(?=[{patterns.CJK}{patterns.CJK_PUNCT}、])|"
        rf"(?<=[{patterns.CJK}{patterns.CJK_PUNCT}、])[ \t\u3000\u00a0]+(?=[0-9A-Za-z“])"
    ),
    "PARA_SPACES": re.compile(r"(?<=\S)[ \t\u3000\u00a0]{2,}(?=\S)"),
}
ALPHABET = "首页 >›»\t:{}@.#a-z;版权Cc©备欢免资第1/•、隐藏省略字…(（)）【】中文xX×*○\u3000"


@pytest.mark.parametrize("name", sorted(OLD_PATTERNS))
def test_faster_patterns_find_the_same_matches(name):
    old, new = OLD_PATTERNS[name], getattr(patterns, name)

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=ALPHABET, max_size=30))
    def same(s):
        if name in ("NAV", "CSS"):      # used as line tests
            assert bool(old.search(s)) == bool(new.search(s)), s
        else:
            assert [m.span() for m in old.finditer(s)] == [m.span() for m in new.finditer(s)], s

    same()
    page = synthetic_page(50)
    if name in ("NAV", "CSS"):
        lines = page.split("\n")
        assert [bool(old.search(line)) for line in lines] == [bool(new.search(line)) for line in lines]
    else:
        assert [m.span() for m in old.finditer(page)] == [m.span() for m in new.finditer(page)]


def test_breadcrumbs_still_found_and_long_lines_are_linear():
    assert patterns.NAV.search("当前位置:首页 > 范文大全 > 讲话稿")
    assert patterns.NAV.search("首页 › 范文 › 讲话")
    assert not patterns.NAV.search("对工作不力的单位,要严肃追责>问责。")
    assert not patterns.NAV.search("要" * 20000)    # the old form backtracked quadratically here


# --- chunked decoding and counting equal the one-piece versions across chunk boundaries ---------
def test_utf8_decoded_in_pieces_equals_one_piece(tmp_path, monkeypatch):
    text = synthetic_page(40) + "𠀀二〇〇二年\U0001f600结束。"      # 3- and 4-byte characters
    data = text.encode("utf-8")
    path = tmp_path / "讲话.txt"
    path.write_bytes(data)
    whole = decode.read_text(path)
    for chunk in (7, 8, 1000):                     # boundaries fall inside multi-byte characters
        monkeypatch.setattr(decode, "_CHUNK", chunk)
        assert "".join(decode._utf8_pieces(data)) == text
        doc = decode.read_text(path)
        assert doc.text == whole.text == text and doc.encoding == "utf-8"


def test_non_utf8_file_still_detected_when_decoded_in_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "_CHUNK", 5)
    path = tmp_path / "讲话.txt"
    path.write_bytes(("同志們:這次全省城鄉環境綜合整治工作會議。\x07" * 20).encode("big5"))
    with pytest.warns(Warning):
        doc = decode.read_text(path)
    assert doc.encoding == "big5" and doc.text.startswith("同志們")
    assert any("1 control" in w or "20 control" in w for w in doc.warnings)


def test_traditional_share_counted_in_chunks(monkeypatch):
    text = "城鄉環境綜合整治abc乡村振兴。" * 50
    whole = script.traditional_share(text)
    monkeypatch.setattr(script, "_COUNT_CHUNK", 3)
    assert script.traditional_share(text) == whole == pytest.approx(3 * 50 / (12 * 50))


def test_simplified_view_patch_and_translate_agree():
    table, _ = script._t2s_chars()
    sparse = synthetic_page(200) + "著"
    dense = "城鄉環境綜合整治" * 20000
    for text in (sparse, dense, "乡村振兴"):
        assert script.simplified_view(text) == text.translate(table)
    plain = synthetic_page(5)
    assert script.simplified_view(plain) is plain          # nothing to convert: no copy


# --- a large page: exact audit, the chunked-decode path, the memory bound, the progress bar ------
def test_large_page_audit_rebuilds_the_input_exactly(monkeypatch, tmp_path):
    raw = synthetic_page(3000, seed=1)
    assert len(raw) > 250_000
    path = tmp_path / "大页面.txt"
    path.write_text(raw, encoding="utf-8")
    monkeypatch.setattr(decode, "_CHUNK", 1 << 16)       # the file is decoded in several pieces
    doc = clean_file(path, progress=False)
    assert doc.raw == raw
    audit = doc.audit
    assert reconstruct(doc.text, audit[audit["layer"] == "text"]) == raw
    assert "老秘网" not in doc.text and "第3页" not in doc.text and "〔某〕年" in doc.text
    assert doc.text == clean_document(raw, source_file=path.name, progress=False).text


def test_file_over_the_memory_bound_is_refused_with_its_name_and_the_bound(tmp_path):
    path = tmp_path / "超大页面.txt"
    path.write_text(synthetic_page(20), encoding="utf-8")
    size = path.stat().st_size
    assert check_size(path, max_bytes=size) == size
    with pytest.raises(CorpusInputError) as info:
        clean_file(path, max_bytes=size - 1)
    msg = str(info.value)
    assert "超大页面.txt" in msg and f"{size:,} bytes" in msg and f"{size - 1:,} bytes" in msg
    assert "5x" in msg


def test_progress_bar_on_request_only(capsys):
    raw = synthetic_page(30)
    quiet = clean_document(raw, progress=False)
    assert capsys.readouterr().err == ""
    shown = clean_document(raw, progress=True)
    err = capsys.readouterr().err
    assert "cleaning" in err and "rule" in err
    assert shown.text == quiet.text and shown.audit_rows == quiet.audit_rows
    clean_document(raw)                                   # not a terminal: no bar by default
    assert capsys.readouterr().err == ""


def test_audit_frame_matches_rows_on_a_large_page():
    raw = synthetic_page(500, seed=2)
    doc = clean_document(raw, progress=False)
    frame = doc.audit
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(doc.audit_rows) > 500
    assert (frame["removed"].str.len() == frame["end"] - frame["start"]).all()
