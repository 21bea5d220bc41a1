"""Tests for corpusmine.tokens.tokenizer: real segmentation behaviour on realistic speech text.

Every cache lives in ``tmp_path``; nothing is written under data/.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from corpusmine import config
from corpusmine.tokens.segmenter import Segmenter
from corpusmine.tokens.tokenizer import Tokenizer, is_number, is_punctuation, read_speech_fillers, read_userdict

PH = config.PLACEHOLDER
ENTRIES = read_userdict(config.USERDICT)
WORDS = [e.word for e in ENTRIES if e.freq != 0]  # kept whole
SUPPRESSED = [e.word for e in ENTRIES if e.freq == 0]  # jieba words never produced
WORD_SET = frozenset(WORDS)

# Terms the project requires in the user dictionary.
REQUIRED = (
    "乡村振兴 人居环境 防止返贫 占道经营 三区三线 文明城市 创文 美丽城镇 撂荒地 脏乱差 牛皮癣 "
    "背街小巷 挂图作战 长效机制 常态化 网格化 综合整治 综合提质 五清 四定 四化 五美 六稳 六保 "
    "双过半 三农 五乱 回头看 一把手 攻坚战 冲锋号 背水一战 久久为功 获得感 满意度 钉钉子精神"
).split()

# Realistic sentences, in the style of the corpus, for every required term.
SENTENCES: dict[str, list[str]] = {
    "乡村振兴": ["全面推进乡村振兴，加快建设农业强国。", "县委农办要牵头抓好乡村振兴先进县创建工作。",
              "巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"],
    "人居环境": ["持续改善农村人居环境，建设宜居宜业和美乡村。", "人居环境整治是创建工作的重要考核内容。",
              "各村要把改善人居环境作为民生实事来抓。"],
    "防止返贫": ["健全防止返贫动态监测和帮扶机制。", "同时套开防止返贫监测帮扶工作会。",
              "守住底线，扎实做好防止返贫工作。"],
    "占道经营": ["商家占道经营等问题依然普遍。", "严厉整治马路市场及占道经营行为。",
              "对校园周边占道经营现象要加大整治力度。"],
    "三区三线": ["根据划定的“三区三线”成果，再补充、再完善。", "严格落实三区三线管控要求。",
              "国土空间规划要以三区三线为基础。"],
    "文明城市": ["全力以赴创建省级文明城市。", "对照《全国文明城市测评体系》逐项整改。",
              "争创全国文明城市是全市人民的共同心愿。"],
    "创文": ["创文工作已经到了攻坚之年。", "以背水一战的决心打赢创文攻坚战。",
           "各单位要积极参与创文，营造浓厚氛围。"],
    "美丽城镇": ["集中精力打好美丽城镇攻坚战。", "美丽城镇建设是城乡一体化的必经之路。",
              "全省新时代美丽城镇建设工作推进会在我市召开。"],
    "撂荒地": ["全县已整治撂荒地1.99万亩。", "统筹利用撂荒地，稳定粮食种植面积。",
            "针对撂荒地必须确保在6月底前全面复耕。"],
    "脏乱差": ["彻底改变城镇脏乱差的刻板印象。", "一些重点部位环境脏乱差问题还比较严重。",
            "下决心整治脏乱差，改善群众生产生活条件。"],
    "牛皮癣": ["持续开展城市牛皮癣清零活动。", "有效清除场镇“牛皮癣”。", "对乱贴牛皮癣的行为要严惩重罚。"],
    "背街小巷": ["补齐城市社区、小区、背街小巷等硬件短板。", "以硬化、亮化为重点的背街小巷整治全面完成。",
              "深入背街小巷开展环境卫生大检查。"],
    "挂图作战": ["倒排工期，挂图作战，细化分解任务。", "各责任单位要实行挂图作战、销号管理。",
              "坚持挂图作战，确保按期完成。"],
    "长效机制": ["主要是长效机制还不够健全。", "建立城市管理长效机制。", "确保长效机制管用实用。"],
    "常态化": ["统筹推进常态化疫情防控和经济社会发展。", "加快建立常态化排查整治机制。", "常态化开展督查暗访。"],
    "网格化": ["进一步强化创文城区网格化管理工作。", "推行网格化监管，做到责任到人。", "完善网格化服务管理体系。"],
    "综合整治": ["全面开展城乡环境综合整治。", "深入推进小城镇环境综合整治。", "对重点区域实施综合整治。"],
    "综合提质": ["扎实推进城乡环境综合提质三年行动。", "环境综合提质要常抓不懈。", "持续开展综合提质，提升城镇品质。"],
    "五清": ["村社“五清”完成度不高。", "全面落实五清要求。", "对照五清标准逐项整改。"],
    "四定": ["场镇“四定”要落实到位。", "推行场镇四定管理。", "严格执行“四定”制度。"],
    "四化": ["城区“四化”目标差距还很大。", "开展“四化”达标考核。", "全面推进城区四化建设。"],
    "五美": ["对标“五美”各项硬任务。", "集成推进“五美”建设。", "突出五美要求，扮靓美丽城镇。"],
    "六稳": ["扎实做好“六稳”工作。", "无论是六稳还是六保，就业都位居首位。", "坚持稳中求进，抓好六稳工作。"],
    "六保": ["全面落实“六保”任务。", "无论是六稳还是六保，就业都位居首位。", "把六保作为六稳的着力点。"],
    "双过半": ["大干二季度，实现“双过半”。", "确保上半年实现双过半目标。", "全力完成双过半各项任务目标。"],
    "三农": ["这几项工作都涉及“三农”领域。", "始终把解决好三农问题作为重中之重。", "加大三农投入力度。"],
    "五乱": ["深入开展“五乱”治理。", "五乱现象时有反弹。", "巩固五乱治理成果。"],
    "回头看": ["适时开展“回头看”。", "对整改情况进行回头看。", "组织开展巡察整改回头看。"],
    "一把手": ["各牵头单位一把手务必亲自过问。", "健全“一把手”负总责的工作机制。", "把政务服务作为一把手工程来抓。"],
    "攻坚战": ["坚决打好污染防治攻坚战。", "坚决打赢脱贫攻坚战。", "这是一场艰苦卓绝的攻坚战。"],
    "冲锋号": ["创文迎检冲锋号已经拉响。", "吹响乡村振兴冲锋号。", "冲锋号已经吹响，大家要迅速行动起来。"],
    "背水一战": ["以背水一战的信心决心打赢创文攻坚战。", "全力以赴，背水一战。", "大家要有背水一战的勇气。"],
    "久久为功": ["持续用力、久久为功。", "坚持久久为功，绝不半途而废。", "以久久为功的韧劲推进生态建设。"],
    "获得感": ["让老百姓有实实在在的获得感。", "提升群众获得感和幸福感。", "不断增强人民群众获得感、幸福感、安全感。"],
    "满意度": ["切实提升群众对改革工作的满意度。", "对群众进行了满意度调查。", "对群众满意度高的城市予以表彰。"],
    "钉钉子精神": ["大家要充分发扬钉钉子精神。", "以钉钉子精神抓好落实。", "发扬钉钉子精神，一锤接着一锤敲。"],
}

# Occurrences in the raw corpus where a dictionary term's characters genuinely
# belong to other words.  Each entry maps (term, context) to the segmentation
# the context must get instead; test_allow_list_cases checks that expectation,
# so the allow-list cannot hide a wrong segmentation.
AMBIGUOUS: dict[tuple[str, str], list[str]] = {
    # 000 "减存量、防增量、提质量": 提 (raise) + 质量 (quality), parallel to 减/存量, 防/增量.
    ("提质", "提质量"): ["提", "质量"],
    # 002 "打赢脱贫攻坚战": 攻坚战 is itself a required term and is kept whole, so
    # 脱贫攻坚 cannot be; the userdict gives 脱贫攻坚 a low freq for this reason.
    ("脱贫攻坚", "脱贫攻坚战"): ["脱贫", "攻坚战"],
    # 004 "真抓实干": the idiom (jieba word) holds 抓实 across its two halves 真抓 + 实干.
    ("抓实", "真抓实干"): ["真抓实干"],
}

SENT_SPLIT = re.compile(r"[^。！？!?；;\n]+")


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    """Default filters, no disk cache."""
    return Tokenizer(cache_dir=None)


@pytest.fixture(scope="module")
def raw_tok() -> Tokenizer:
    """No stop words, no disk cache: for checking segmentation."""
    return Tokenizer(cache_dir=None, stopwords=None)


def _corpus_texts() -> dict[str, str]:
    """Raw corpus files; Traditional-script files converted with OpenCC tw2sp."""
    import opencc

    to_s = opencc.OpenCC("t2s")
    tw2sp = opencc.OpenCC("tw2sp")
    texts = {}
    for path in sorted(config.RAW_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        changed = sum(a != b for a, b in zip(text, to_s.convert(text)))
        if changed > 0.01 * len(text):  # a Traditional-script file (004)
            text = tw2sp.convert(text)
        texts[path.name] = text
    return texts


@pytest.fixture(scope="module")
def corpus_sentences() -> list[tuple[str, str]]:
    out = []
    for name, text in _corpus_texts().items():
        out.extend((name, m.group()) for m in SENT_SPLIT.finditer(text) if m.group().strip())
    return out


def _spans(tokens: list[str]) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for t in tokens:
        out.append((pos, pos + len(t), t))
        pos += len(t)
    return out


# --------------------------------------------------------------------------
# Lexicon files
# --------------------------------------------------------------------------


def test_userdict_file_hygiene():
    data = config.USERDICT.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf"), "userdict.txt must not start with a BOM"
    assert b"\r" not in data, "userdict.txt must use LF line endings"
    text = data.decode("utf-8")
    assert text.startswith("#"), "userdict.txt starts with a header comment"
    missing = [w for w in REQUIRED if w not in WORD_SET]
    assert not missing, f"required terms missing from userdict: {missing}"
    # Every entry line documents its reason/source.
    undocumented = [line for line in text.splitlines() if line.strip() and not line.startswith("#") and " #" not in line]
    assert not undocumented, f"entries without a '# source' comment: {undocumented}"
    # Whole long campaign names are split into their parts instead.
    for long_name in ("城乡环境综合整治", "城乡环境综合提质", "乡村振兴战略", "创建文明城市"):
        assert long_name not in WORD_SET


def test_required_sentences_cover_required_terms():
    assert sorted(SENTENCES) == sorted(REQUIRED)


def test_speech_fillers_file():
    lines = config.SPEECH_FILLERS.read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    assert entries, "speech_fillers.txt lists no word"
    assert all(re.fullmatch(r"\S+ # \S.*", line) for line in entries), "each filler has a '# reason'"
    words = read_speech_fillers()
    for w in ("同志", "刚才", "下面", "今天", "讲话", "意见", "几点", "谢谢"):
        assert w in words
    for rhetoric in ("要", "必须", "确保", "坚决", "抓", "群众", "考核", "落实", "强调"):
        assert rhetoric not in words, f"{rhetoric} is measured later, it is not a filler"


# --------------------------------------------------------------------------
# Dictionary terms in context
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "sentence"), [(t, s) for t in REQUIRED for s in SENTENCES[t]], ids=lambda x: x
)
def test_required_term_kept_whole_in_sentence(raw_tok, term, sentence):
    tokens = raw_tok.raw_tokens(sentence)
    assert tokens.count(term) == sentence.count(term), f"{term!r} split in {'/'.join(tokens)}"
    assert "".join(tokens) == sentence  # segmentation loses nothing


def test_every_corpus_occurrence_of_every_entry_is_one_token(raw_tok, corpus_sentences):
    failures, used_allow = [], set()
    checked = 0
    for name, sent in corpus_sentences:
        present = [w for w in WORDS if w in sent]
        if not present:
            continue
        spans = _spans(raw_tok.raw_tokens(sent))
        for term in present:
            for m in re.finditer(re.escape(term), sent):
                i, j = m.start(), m.end()
                checked += 1
                covering = [t for a, b, t in spans if a <= i and j <= b]
                # Whole, or inside a longer dictionary entry (提质 in 综合提质).
                if covering and (covering[0] == term or (covering[0] in WORD_SET and term in covering[0])):
                    continue
                allowed = [
                    key
                    for key in AMBIGUOUS
                    if key[0] == term
                    and any(c.start() <= i and j <= c.end() for c in re.finditer(re.escape(key[1]), sent))
                ]
                if allowed:
                    used_allow.update(allowed)
                    continue
                around = "/".join(t for a, b, t in spans if b > i - 8 and a < j + 8)
                failures.append(f"{term} in {name}: {around}")
    assert checked > 400, f"only {checked} occurrences checked: is data/raw/ complete?"
    assert not failures, "dictionary terms split in the corpus:\n" + "\n".join(failures)
    assert used_allow == set(AMBIGUOUS), f"stale allow-list entries: {set(AMBIGUOUS) - used_allow}"


@pytest.mark.parametrize(("key", "expected"), list(AMBIGUOUS.items()), ids=lambda x: str(x))
def test_allow_list_cases(raw_tok, corpus_sentences, key, expected):
    term, context = key
    seen = 0
    for _name, sent in corpus_sentences:
        for c in re.finditer(re.escape(context), sent):
            spans = _spans(raw_tok.raw_tokens(sent))
            inside = [t for a, b, t in spans if a >= c.start() and b <= c.end()]
            assert inside == expected, f"{context} in {sent}: {inside}"
            seen += 1
    assert seen, f"{context!r} does not occur in the corpus any more"


def test_auto_frequency_survives_neighbours(raw_tok):
    # Neighbours that form dictionary words with the term's edge characters.
    cases = {
        "乡村振兴": "建设美丽乡村振兴产业",
        "综合整治": "开展环境综合整治理念",
        "场镇": "加强场镇村社环境整治",  # 镇村 is a jieba word
        "占道经营": "商家占道经营业户",
        "约谈": "进行约谈问责",
        "追责": "严格追责问责",
    }
    for term, sentence in cases.items():
        assert term in raw_tok.raw_tokens(sentence), (term, raw_tok.raw_tokens(sentence))


def test_userdict_does_not_change_unrelated_text(raw_tok):
    import jieba

    stock = jieba.Tokenizer()
    text = "强化对企业职工的宣传教育，特别是在推动产业协同发展上下功夫。"
    assert not any(w in text for w in WORDS)
    assert raw_tok.raw_tokens(text) == stock.lcut(text, HMM=False)


# --------------------------------------------------------------------------
# Filters
# --------------------------------------------------------------------------


def test_one_character_words_survive(tok):
    keep_all = Tokenizer(cache_dir=None, remove_stopwords=False)
    out = keep_all.cut("我们要抓落实，抓好三农工作。")
    assert "抓" in out and "要" in out
    default = tok
    out = default.cut("我们要抓落实，抓重点、补短板。")
    assert "抓" in out
    assert "要" not in out and "要" in default.stopwords_  # stopwords-iso zh lists 要


def test_placeholder_never_in_default_output(tok):
    text = f"{PH}同志在{PH}县强调，要抓好{PH}镇场镇“五清”工作，{PH}{PH}"
    out = tok.cut(text)
    assert PH not in out
    assert not any(ch in tok_ for tok_ in out for ch in "〔某〕")
    assert out == ["县", "强调", "抓好", "镇", "场镇", "五清", "工作"]


def test_placeholder_kept_as_one_token():
    tok = Tokenizer(cache_dir=None, keep_placeholder=True)
    text = f"{PH}同志在{PH}县强调，{PH}{PH}乡村振兴"
    out = tok.cut(text)
    assert out.count(PH) == 4
    assert [t for t in out if t != PH] == ["县", "强调", "乡村振兴"]
    raw = tok.raw_tokens(f"在{PH}乡村振兴")
    assert raw == ["在", PH, "乡村振兴"]
    pos = tok.cut_pos(f"{PH}抓好三农")
    assert pos[0] == (PH, "x")


def test_punctuation_and_numbers_dropped(tok):
    text = "2023年，全县已整治撂荒地1.99万亩（约１２片）！!?…—“三农”《意见》、；:  \u3000\t\n"
    out = tok.cut(text)
    assert all(not is_punctuation(t) for t in out)
    assert not any(is_number(t) for t in out)
    assert "撂荒地" in out and "三农" in out and "万亩" in out
    numbers = Tokenizer(cache_dir=None, keep_numbers=True)
    with_numbers = numbers.cut(text)
    assert "2023" in with_numbers and "99" in with_numbers
    assert "１" not in with_numbers  # full-width digits are also in stopwords-iso zh
    assert "１" in numbers.set_params(stopwords=None).cut(text)


def test_token_classes():
    assert is_punctuation("，。、“”《》…—") and is_punctuation("!?.,;:()[]") and is_punctuation(" \u3000\n")
    assert is_punctuation("＋＠￥")
    assert not is_punctuation("抓") and not is_punctuation("P2P")
    assert is_number("2023") and is_number("１２") and is_number("1.99")
    assert not is_number("三") and not is_number("2023年") and not is_number("六稳")


def test_stopwords_parameter():
    default = Tokenizer(cache_dir=None).stopwords_
    assert isinstance(default, frozenset)
    assert {"我们", "同志", "刚才", "几点", "意见"} <= default
    assert not {"抓", "必须", "确保", "坚决", "群众", "考核"} & default
    assert Tokenizer(cache_dir=None, stopwords=None).stopwords_ == frozenset()
    given = Tokenizer(cache_dir=None, stopwords=(w for w in ["工作", "抓好"]))
    assert given.stopwords_ == frozenset({"工作", "抓好"})
    assert given.cut("抓好三农工作") == ["三农"]
    with pytest.raises(ValueError, match="stopwords"):
        Tokenizer(cache_dir=None, stopwords="zh").stopwords_


def test_whitespace_and_empty_text(tok):
    assert tok.cut("") == []
    assert tok.cut("乡村振兴\u3000 \t\r\n人居环境") == ["乡村振兴", "人居环境"]
    with pytest.raises(TypeError):
        tok.cut(None)


# --------------------------------------------------------------------------
# User dictionary parsing
# --------------------------------------------------------------------------

_TMP_ENTRIES = ["茶马古镇办", "蓝天卫士岗", "三清两改", "背篓商店", "村社洁净队"]


def _write_dict(path: Path, lines: list[str], *, bom: bool, newline: str) -> Path:
    text = newline.join(lines) + newline
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def _tmp_dict_lines() -> list[str]:
    return [
        "# test dictionary",
        "",
        "茶马古镇办 n  # trailing comment",
        "蓝天卫士岗 200 n",
        "\t三清两改\tj",
        "   ",
        "背篓商店 3000",
        "村社洁净队",
    ]


def test_userdict_with_bom_and_crlf_loses_no_entry(tmp_path):
    plain = _write_dict(tmp_path / "plain.txt", _tmp_dict_lines(), bom=False, newline="\n")
    crlf = _write_dict(tmp_path / "crlf.txt", _tmp_dict_lines(), bom=True, newline="\r\n")
    cr = _write_dict(tmp_path / "cr.txt", _tmp_dict_lines(), bom=True, newline="\r")
    ref = [(e.word, e.freq, e.tag) for e in read_userdict(plain)]
    assert [w for w, _, _ in ref] == _TMP_ENTRIES
    assert ref[0] == ("茶马古镇办", None, "n") and ref[1] == ("蓝天卫士岗", 200, "n") and ref[3] == ("背篓商店", 3000, None)
    for path in (crlf, cr):
        assert [(e.word, e.freq, e.tag) for e in read_userdict(path)] == ref
        tok = Tokenizer(userdict=path, cache_dir=None, stopwords=None)
        sentence = "，".join(f"要建好{w}" for w in _TMP_ENTRIES)
        raw = tok.raw_tokens(sentence)
        assert all(w in raw for w in _TMP_ENTRIES), raw
        # BOM and line endings are not part of the dictionary's identity.
        assert tok.dictionary_version == Tokenizer(userdict=plain, cache_dir=None).dictionary_version


@pytest.mark.parametrize(
    "bad_line",
    [
        "乡村振兴 高频",  # neither freq nor tag
        "乡村振兴 -5 n",  # negative frequency
        "乡村振兴 12 n extra",  # too many fields
        "乡村振兴 N",  # tags are lowercase
        "乡村振兴 n 12",  # tag before freq
        "。。 n",  # punctuation is not a word
        "2023 m",  # a number is not a word
        f"{PH}县 n",  # the placeholder is never a word
        "茶马古镇办 n",  # duplicate of line 3
    ],
)
def test_malformed_userdict_line_names_file_and_line(tmp_path, bad_line):
    path = _write_dict(tmp_path / "bad.txt", ["# header", "", "茶马古镇办 n", "", bad_line], bom=False, newline="\n")
    with pytest.raises(ValueError, match=re.escape(f"{path}:5:")):
        read_userdict(path)
    with pytest.raises(ValueError, match=re.escape(f"{path}:5:")):
        Tokenizer(userdict=path, cache_dir=None).cut("乡村振兴")


def test_userdict_not_utf8(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("# 注释\n乡村振兴 n\n".encode("gbk"))
    with pytest.raises(ValueError, match=re.escape(str(path))):
        read_userdict(path)


def test_dictionary_version():
    a = Tokenizer(cache_dir=None)
    assert re.fullmatch(r"[0-9a-f]{16}", a.dictionary_version)
    assert a.dictionary_version == Tokenizer(cache_dir=None).dictionary_version
    assert a.dictionary_version != Tokenizer(cache_dir=None, hmm=True).dictionary_version
    assert a.dictionary_version != Tokenizer(cache_dir=None, userdict=None).dictionary_version
    # Filters are not part of it: the cache stores the unfiltered segmentation.
    assert a.dictionary_version == Tokenizer(cache_dir=None, stopwords=None, keep_numbers=True).dictionary_version


def test_hmm_off_does_not_invent_words(raw_tok):
    text = "充分展示我老秘网县近年来的成果"
    off = raw_tok.raw_tokens(text)
    on = Tokenizer(cache_dir=None, stopwords=None, hmm=True).raw_tokens(text)
    assert "网县" not in off and "老秘" not in off
    assert "网县" in on  # the HMM glues the watermark fragment into a "word"


# --------------------------------------------------------------------------
# POS
# --------------------------------------------------------------------------


def test_cut_pos_tags(tok):
    pairs = tok.cut_pos("我们要坚决整治占道经营，改善农村人居环境，提升群众满意度，一把手要亲自抓。")
    tags = dict(pairs)
    entry_tags = {e.word: e.tag for e in ENTRIES}
    for w in ("占道经营", "人居环境", "满意度", "一把手"):
        assert tags[w] == entry_tags[w], (w, tags[w])  # user tags override jieba's (满意度 ns, 一把手 m)
    assert tags["改善"].startswith("v")
    assert tags["农村"].startswith("n")
    assert tags["群众"].startswith("n")
    assert [w for w, _ in pairs] == tok.cut("我们要坚决整治占道经营，改善农村人居环境，提升群众满意度，一把手要亲自抓。")
    assert all(t for _, t in pairs)


# --------------------------------------------------------------------------
# Cache, parallelism, pickling, determinism
# --------------------------------------------------------------------------

TEXTS = [
    "同志们：今天我们召开城乡环境综合提质工作推进会。",
    "要抓好乡村振兴，防止返贫监测帮扶工作不能放松。",
    "创文工作已经到了攻坚之年，各单位一把手务必亲自过问。",
    "要抓好乡村振兴，防止返贫监测帮扶工作不能放松。",  # duplicate on purpose
    f"{PH}镇要全面清理背街小巷的“牛皮癣”，整治占道经营。",
    "",
]


def test_cache_second_run_does_no_segmentation(tok, tmp_path, monkeypatch):
    first = Tokenizer(cache_dir=tmp_path)
    out1 = first.cut_many(TEXTS)
    assert (first.cache_hits_, first.cache_misses_) == (0, len(TEXTS))
    assert (tmp_path / "tokens.sqlite").is_file()
    assert out1 == tok.cut_many(TEXTS) == [first.cut(t) for t in TEXTS]

    second = Tokenizer(cache_dir=tmp_path)

    def boom(*args, **kwargs):
        raise AssertionError("segmented although cached")

    monkeypatch.setattr(Segmenter, "segment", boom)
    out2 = second.cut_many(TEXTS)
    assert out2 == out1
    assert (second.cache_hits_, second.cache_misses_) == (len(TEXTS), 0)
    assert second.raw_tokens(TEXTS[0])[:2] == ["同志", "们"]
    assert second.cache_misses_ == 0

    # The cache holds the raw segmentation: other stop words reuse it.
    other = Tokenizer(cache_dir=tmp_path, stopwords=None)
    out3 = other.cut_many(TEXTS)
    assert other.cache_misses_ == 0
    assert "同志" in out3[0] and "同志" not in out1[0]
    with sqlite3.connect(tmp_path / "tokens.sqlite") as conn:
        values = [json.loads(v) for (v,) in conn.execute("SELECT value FROM tokens")]
    assert len(values) == len(set(TEXTS))
    assert any("：" in v for v in values)
    monkeypatch.undo()

    # POS results live under another key.
    misses, hits = first.cache_misses_, first.cache_hits_
    first.cut_pos(TEXTS[1])
    assert first.cache_misses_ == misses + 1
    first.cut_pos(TEXTS[1])
    assert first.cache_hits_ == hits + 1
    # Another dictionary (set after use, as scikit-learn's set_params does) misses.
    first.set_params(userdict=None)
    misses = first.cache_misses_
    assert "乡村振兴" not in first.cut(TEXTS[1])
    assert first.cache_misses_ == misses + 1


def test_cut_many_progress(tmp_path, capsys):
    Tokenizer(cache_dir=tmp_path).cut_many(TEXTS, progress=True)
    assert "segmented" in capsys.readouterr().err


def test_parallel_equals_serial(tok, tmp_path, corpus_sentences):
    texts = [s for _, s in corpus_sentences[:300]]
    serial = tok.cut_many(texts, n_jobs=1)
    par_tok = Tokenizer(cache_dir=tmp_path)
    parallel = par_tok.cut_many(texts, n_jobs=2)
    assert parallel == serial
    assert par_tok.cache_misses_ == len(texts)
    again = Tokenizer(cache_dir=tmp_path)
    assert again.cut_many(texts, n_jobs=2) == serial
    assert again.cache_misses_ == 0
    with pytest.raises(ValueError):
        Tokenizer(cache_dir=None).cut_many(["a", "b"], n_jobs=0)


def test_pickle_round_trip(tok):
    text = "要抓好乡村振兴和人居环境整治，打赢创文攻坚战。"
    before = tok.cut(text)
    blob = pickle.dumps(tok)
    assert len(blob) < 5000, "the jieba instance must not be pickled"
    clone = pickle.loads(blob)
    assert clone._segmenter is None
    assert clone.get_params() == tok.get_params()
    assert clone.cut(text) == before
    assert clone.dictionary_version == tok.dictionary_version


def test_usable_as_sklearn_tokenizer(tok):
    from sklearn.feature_extraction.text import CountVectorizer

    vec = CountVectorizer(tokenizer=tok, token_pattern=None, lowercase=False)
    vec.fit(TEXTS)
    vocab = vec.vocabulary_
    assert {"乡村振兴", "创文", "背街小巷", "牛皮癣", "占道经营"} <= set(vocab)
    assert PH not in vocab


_SEED_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from corpusmine.tokens.tokenizer import Tokenizer
    texts = json.loads(sys.stdin.read())
    print(json.dumps(Tokenizer(cache_dir=None).cut_many(texts), ensure_ascii=False))
    """
)


def test_output_independent_of_hash_seed(tok):
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    texts = [t for t in TEXTS if t] + list(SENTENCES["乡村振兴"]) + list(SENTENCES["创文"])
    procs = []
    for seed in ("0", "4242"):  # both run at once
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _SEED_SCRIPT],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env=dict(env, PYTHONHASHSEED=seed),
            )
        )
    outputs = []
    for proc in procs:
        out, err = proc.communicate(json.dumps(texts, ensure_ascii=False), timeout=120)
        assert proc.returncode == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0]) == tok.cut_many(texts)


def test_suppressed_jieba_words(raw_tok):
    assert SUPPRESSED, "userdict.txt suppresses no jieba word any more: drop this test"
    assert raw_tok.raw_tokens("始终把解决好三农问题作为重中之重")[4:6] == ["三农", "问题"]
    assert raw_tok.raw_tokens("全面推进城区四化建设")[-2:] == ["四化", "建设"]
    for w in SUPPRESSED:
        assert w not in raw_tok.raw_tokens(f"要{w}。")


def test_set_params_changes_filters_and_dictionary():
    tok = Tokenizer(cache_dir=None)
    text = "同志们，要抓好乡村振兴。"
    assert tok.cut(text) == ["抓好", "乡村振兴"]
    assert tok.set_params(stopwords=None) is tok
    assert tok.cut(text) == ["同志", "们", "要", "抓好", "乡村振兴"]
    version = tok.dictionary_version
    tok.set_params(userdict=None)
    assert tok.dictionary_version != version
    assert tok.cut(text)[-2:] == ["乡村", "振兴"]
    with pytest.raises(ValueError, match="invalid parameter"):
        tok.set_params(min_len=2)


def test_each_instance_owns_its_jieba_dictionary():
    import jieba

    a, b = Tokenizer(cache_dir=None, stopwords=None), Tokenizer(cache_dir=None, stopwords=None)
    ja, jb = a.segmenter_.jieba(), b.segmenter_.jieba()
    assert ja is not jb and ja.FREQ is not jb.FREQ
    assert ja is not jieba.dt and ja.FREQ is not jieba.dt.FREQ
    ja.add_word("茶马古镇办", 100000)
    assert "茶马古镇办" in a.raw_tokens("建好茶马古镇办")
    assert "茶马古镇办" not in b.raw_tokens("建好茶马古镇办")
    assert "茶马古镇办" not in jieba.dt.FREQ
