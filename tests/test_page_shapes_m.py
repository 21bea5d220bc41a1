"""Session m: one vocabulary of metadata labels (patterns.COUNTER_LABEL, COUNTER_WORD, TIME_LABEL, SOURCE_LABEL)
shared by the row rules, county_chrome's token runs, page_widgets' glued runs and the counters of doc_chrome and
news_body, so a counter or time label one rule knew is known to all.  Each case: the chrome goes, the speech stays.
Test strings are written here."""

from __future__ import annotations

import re

import pytest

from corpusmine.text import patterns as P
from corpusmine.text.clean import clean_text
from corpusmine.text.page_widgets import glued_meta_spans

BODY = "会议要求,要抓好秸秆禁烧工作,确保不发生火情。"


@pytest.mark.parametrize("word", ["浏览次数", "浏览量", "阅读数", "阅读次数", "点击量", "点击次数", "查看次数", "访问量",
                                  "访问次数", "下载次数", "播放量", "观看次数", "人气", "热度", "浏览"])
def test_every_counter_word_is_a_metadata_label(word):
    assert re.fullmatch(P.COUNTER_WORD, word) and P.META.match(f"{word}:35")


@pytest.mark.parametrize("word", ["发布时间", "发布日期", "发表时间", "更新日期", "录入时间", "编稿时间", "发稿时间", "发布于"])
def test_every_time_label_is_a_metadata_label(word):
    assert re.fullmatch(P.TIME_LABEL, word) and P.META.match(f"{word}:2024-05-06")


def test_a_glued_run_with_any_time_and_counter_label_goes_and_the_title_stays():
    line = "某局关于做好秋冬防火工作的通知来源:某局录入时间:2025-09-15 14:40查看次数:48次【字体:小大】各乡镇:"
    assert [line[a:b] for a, b in glued_meta_spans(line)] == ["来源:某局录入时间:2025-09-15 14:40查看次数:48次【字体:小大】"]
    assert clean_text(line + "\n要抓好落实。") == "某局关于做好秋冬防火工作的通知各乡镇:\n要抓好落实。"


def test_a_counter_label_over_its_number_goes():
    assert clean_text("某镇召开防火工作会议\n查看量\n1234\n" + BODY) == "某镇召开防火工作会议\n" + BODY


def test_a_metadata_row_with_an_edit_time_and_a_counter_goes():
    page = "某区召开人居环境整治调研会\n编稿时间: 2019-02-12 23:52 来源: 区委宣传部 浏览量:1次 作者: 字体:\n" + BODY
    assert clean_text(page) == "某区召开人居环境整治调研会\n" + BODY


@pytest.mark.parametrize("text", ["要提高政务新媒体的点击量和阅读量,\n查看量不是唯一标准。\n要抓好落实。",
                                  "会议时间:2024年4月19日,地点在村会议室。\n要抓好落实。",
                                  "今年网站访问量达到1234万次,同比增长两成。\n要抓好落实。"])
def test_speech_naming_counters_and_times_stays(text):
    assert clean_text(text) == text
