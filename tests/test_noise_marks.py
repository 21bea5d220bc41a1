"""Symbol noise injected by an anti-copy script (corpusmine.text.noise_marks), held-out round 27: runs of Greek
letters, arrows, operators and dingbats between characters and inside pinyin glosses go on a page that shows
them often; a speech's own ≥, ★ or ○ stays.  Every string is written for the test."""

from __future__ import annotations

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.edits import reconstruct
from corpusmine.text.noise_marks import noise_spans, symbol_noise

NOISY = ("同志们:\n"
         "党的十八大以来,全县文明(λ✔míng)城市创ε©≥↑建工作扎实推进,著力增进民(mí ¶n)生福祉、塑造城市(∞←↓♣shì)人文魅力、"
         "提升 β¶ 城市治理效能∞αβ,推动π≠★全县文明∏> 城市创建不断迈∏∞¥向高质量。\n"
         "各乡(xiāng∑)镇要压♦♠实责任,确≤保各项任务落到实处。\n"
         "今年全县达标率≥95%,要再接再厉。")


def test_noise_runs_and_salted_glosses_go_and_speech_stays():
    doc = clean_document(NOISY)
    assert doc.text == ("同志们:\n党的十八大以来,全县文明城市创建工作扎实推进,著力增进民生福祉、塑造城市人文魅力、"
                        "提升城市治理效能,推动全县文明城市创建不断迈向高质量。\n各乡镇要压实责任,确保各项任务落到实处。\n"
                        "今年全县达标率≥95%,要再接再厉。")
    rules = {r["rule"] for r in doc.audit_rows}
    assert {"symbol_noise", "pinyin_gloss"} <= rules
    assert "copyright_footer" not in rules            # the injected © is no copyright footer
    assert reconstruct(doc.text, doc.audit[doc.audit["layer"] == "text"]) == NOISY


def test_a_page_with_few_symbols_is_left_alone():
    raw = "同志们:\n今年全县达标率≥95%,获评★★★级景区两个,二○二三年要再上台阶。\n△ 图为会议现场\n要坚持α、β两个方案比选。"
    st = CleaningState(raw)
    symbol_noise(st)
    assert st.doc.output == raw


def test_brackets_that_are_no_salted_gloss_stay():
    runs, glosses = noise_spans("要落实(一)(二)两项,做好垃圾分类(≥90%)和(ABC)工作,城(∞←shì)市" * 3, min_runs=1)
    assert len(glosses) == 3      # only the salted gloss, three times


def test_a_lone_copyright_sign_in_prose_is_no_footer():
    raw = "同志们:\n全县文明城市创ε©≥建工作扎实推进,成效明显,群众满意度持续提升。\n谢谢大家!"
    assert "成效明显,群众满意度持续提升" in clean_text(raw)
    assert clean_text("同志们:\n要抓好落实。\n© 2023 某某范文网") == "同志们:\n要抓好落实。"
