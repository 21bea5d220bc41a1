"""Families of chrome learned from held-out round 20 (after it was measured): a document site's paragraph
numbers, a view counter in units of ten thousand, a run of pinyin glosses whose characters were lost to '?'.
Test strings are written here, not copied from pages."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct


def test_paragraph_numbers_of_a_document_site_go_when_number_one_is_the_salutation():
    raw = ("在全县开工仪式上的致辞\n1、各位领导、同志们:\n2、今天,我们在这里举行重点项目集中开工仪式。\n"
           "3、这是全县经济工作的一件大事。\n4、谢谢大家!")
    doc = clean_document(raw)
    assert "1、" not in doc.text and "4、" not in doc.text
    assert "各位领导、同志们:" in doc.text and "今天,我们在这里举行重点项目集中开工仪式。" in doc.text
    assert reconstruct(doc.text, doc.audit) == raw


def test_a_speech_that_numbers_its_points_keeps_the_numbers():
    raw = "同志们:\n1、抓好农村人居环境整治。\n2、压实各级工作责任。\n3、强化督查考核问责。\n谢谢大家!"
    assert clean_text(raw) == raw


@pytest.mark.parametrize("counter", ["演讲稿 阅读(1.67W)", "阅读 2.3万", "浏览(12W)"])
def test_a_view_counter_in_ten_thousands_goes(counter):
    raw = "春运启动仪式讲话稿\n" + counter + "\n各位同志:\n今天我们在这里举行春运工作启动仪式。\n要抓好落实。"
    assert counter not in clean_text(raw)


def test_quantities_in_ten_thousands_stay():
    raw = "同志们:\n今年全县完成造林1.5万亩。\n全县常住人口达到12万。\n要抓好落实。"
    assert clean_text(raw) == raw


def test_a_run_of_glosses_whose_characters_were_lost_goes_whole():
    raw = "同志們:\n會議強調要?jiǎng)?chuàng)新機制、系統謀劃。\n要抓好落實。"
    out = clean_text(raw)
    assert "?" not in out and ")" not in out and "chu" not in out
    assert "系统谋划" in out


def test_a_news_lead_with_site_date_reporters_and_place_before_xiaoxi_goes():
    raw = ("某镇召开2023年度农村工作会\n某某网3月21日(张三,李四)某镇消息,2023年3月21日上午,某镇党委、政府召开"
           "2023年度农村工作会议。\n会议要求各村抓好春耕生产。")
    out = clean_text(raw)
    assert "消息" not in out and "张三" not in out
    assert "2023年3月21日上午,某镇党委、政府召开2023年度农村工作会议。" in out


def test_good_news_in_a_speech_is_not_a_lead():
    raw = "同志们:\n3月21日(星期二)传来好消息,我县获评全省乡村振兴先进县。\n要再接再厉。"
    assert clean_text(raw) == raw
