"""Session y: families left by held-out rounds 83-88 (learned after their measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text

FIRST = "今天我们召开全县秸秆禁烧工作会议,主要任务是总结去年工作,部署今年任务。"
SECOND = "各乡镇要把秸秆禁烧摆在突出位置,层层传导压力,确保责任落实到位。"
THIRD = "同志们,让我们共同努力,确保全县空气质量持续改善!"


def _kept(out: str) -> bool:
    return all(s in out for s in (FIRST, SECOND, THIRD))


def _page(*extra: str, head: str = "同志们:") -> str:
    return "\n".join([head, FIRST, *extra, SECOND, THIRD])


# --- a toned syllable glued after its character, without brackets -------------------------------------------------

def test_bare_toned_syllables_go_and_are_audited():
    page = _page().replace("秸秆禁烧工作", "秸jiē秆禁jìn烧工作").replace("确保责任", "确保责zé任")
    doc = clean_document(page)
    assert _kept(doc.text)
    gone = [r["removed"] for r in doc.audit_rows if r["rule"] == "pinyin_gloss"]
    assert sorted(gone) == ["jiē", "jìn", "zé"]


@pytest.mark.parametrize("line", [
    "我们在咖啡馆喝了一杯café,聊起家乡的变化。",
    "外宾用越南语说Hà Nội很美,我们深受感动。",
    "他的英文名叫José,来自西班牙。",
])
def test_foreign_words_with_accents_stay(line):
    out = clean_text(_page(line))
    assert line in out and _kept(out)


# --- a number typeset between spaces inside a sentence of a page flattened to one line ------------------------------

def test_a_typeset_number_stays_in_its_sentence_on_a_flattened_page():
    closing = "最后,预祝某某医院建院 60 周年庆典活动圆满成功!"
    middle = "如今,医院已经拥有 2100 多名员工,正值祖国 60 华诞之际,我们迎来了建院60 周年庆典。"
    page = " ".join(["医院周年庆领导致辞范文", "尊敬的各位领导、各位来宾:", "大家上午好!", middle, closing, "谢谢大家!"])
    out = clean_text(page)
    assert "建院60周年庆典活动圆满成功!" in out.replace(" ", "")
    assert "拥有2100多名员工" in out and "祖国60华诞" in out


def test_an_items_number_before_a_salutation_still_ends_its_line():
    page = " ".join(["某某讲话稿(通用2篇)", "某某讲话稿1", "尊敬的同志们:", FIRST, SECOND, "某某讲话稿2", "同志们:", THIRD])
    out = clean_text(page)
    assert "\n尊敬的同志们:" in out or out.startswith("尊敬的同志们:")
    assert _kept(out)


def test_a_counters_number_is_no_typeset_number():
    page = " ".join(["发布时间:2014/2/11", "阅读 1931 字体大小:【大】【中】【小】", "同志们:", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert "1931" not in out and _kept(out)
