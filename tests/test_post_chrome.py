"""Chrome of re-posted articles (text/post_chrome.py): blog profile panels, post toolbars, keyword rows, image
labels, credit captions, repost notes, teaser summaries, spaced-name brackets, service-spam titles, learned from development round 29d (self-media platforms, forums, blogs and mirrors).

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner, also with the page flattened.
"""

from __future__ import annotations

import pytest

from corpusmine.text import post_chrome as P
from corpusmine.text.chrome_eval import speech_kept as kept   # the measure's own test: spaces and script aside
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines

SPEECH = "今天我们召开全县创建文明城市推进会,主要任务是部署下一阶段的创文工作。"
PARA = "县长强调,各乡镇要压实责任,持续抓好农村人居环境整治,确保各项任务按时完成。"
BODY = "\n".join([SPEECH, PARA] * 3)


def test_the_rule_is_in_the_cleaner_after_the_page_widgets():
    from corpusmine.text import page_widgets, rules
    assert P.post_chrome in RULES
    assert RULES.index(page_widgets.page_widgets) < RULES.index(P.post_chrome) < RULES.index(rules.page_meta)


def _gone(chrome: str, out: str) -> bool:
    return all(part not in out for part in chrome.split("\n") if len(part.strip()) >= 4)


# ---------------------------------------------------------------- chrome goes, speech stays

@pytest.mark.parametrize("head", [
    "加载中…\n个人资料\n  • 博客等级:\n  • 博客积分:\n  • 关注人气:\n  • 获赠金笔:0支\n  • 荣誉徽章:\n正文 字体大小:",
    "页面",
    "某某专栏 收藏( 评论() 字体: / /",
    "阅读(35) 评论(0) 收藏",
    "原标题:某县召开乡村振兴推进会\n  章某某",
    "来源:某某网 原题:某镇人居环境整治纪实",
    "简介: 近年来,某镇大力开展环境卫生整治,群众满意度不断提升。 主要做法是 ...",
    "500元2小时不限次数品茶_同城快餐上门服务",
])
def test_post_chrome_at_the_head_goes(head):
    out = clean_text(head + "\n" + BODY)
    assert _gone(head, out), out
    assert SPEECH in out and PARA in out


@pytest.mark.parametrize("tail", [
    "图片 1",
    "整治后的村庄道路干净整洁。通讯员 供图",
    "创文;人居环境;乡村振兴;某某镇;环境整治;文明实践;志愿服务",
    "阅读 收藏 喜欢 打印举报/Report",
])
def test_post_chrome_in_the_body_or_tail_goes(tail):
    out = clean_text(BODY + "\n" + tail + "\n" + PARA)
    assert _gone(tail, out), out
    assert SPEECH in out


def test_a_spaced_name_bracket_at_a_paragraphs_start_goes_and_the_report_stays():
    out = clean_text(BODY + "\n(王 某 李 某)近日,某镇组织干部群众开展村庄清洁行动。")
    assert "王 某" not in out and "近日,某镇组织干部群众开展村庄清洁行动。" in out


def test_the_blog_panel_goes_when_the_page_is_flattened():
    page = "个人资料\n  • 博客等级:\n  • 博客积分:\n  • 荣誉徽章:\n正文 字体大小:\n" + BODY
    out = clean_text(flatten_lines(page, "lines"))
    assert "博客等级" not in out and "荣誉徽章" not in out and "字体大小" not in out
    assert kept(SPEECH, out)


def test_every_removal_is_audited():
    page = "个人资料\n  • 博客等级:\n原标题:某县召开推进会\n" + BODY + "\n图片 2\n某某 收藏( 评论() 字体: / /"
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page


# ---------------------------------------------------------------- speech with the family's words stays

@pytest.mark.parametrize("sentence", [
    "个人资料要按时归档,关注人气不如关注群众冷暖。",
    "要组织党员干部阅读(学习)文件,及时评论,收藏好学习笔记。",
    "产业兴旺;生态宜居;乡风文明;治理有效;生活富裕",
    "要把产业兴旺;生态宜居;乡风文明;治理有效;生活富裕;农民增收;村庄整洁这些要求落到实处。",
    "原标题要改短一些,我们要把材料写实。",
    "图片要配好说明,宣传要接地气。",
    "各村要把整治前后的照片留存好,由通讯员统一供图。",
    "简介要写清楚,不要只写半句话。",
    "(掌声)同志们,这样的写法不要用,要把工作讲清楚。",
    "(一)要把工作讲清楚,(二)要把责任压下去。",
    "有的地方搞品茶、快餐这类经营,要依法规范。",
])
def test_speech_with_the_familys_words_stays(sentence):
    for text in (BODY + "\n" + sentence + "\n" + PARA, sentence + "\n" + BODY):
        out = clean_text(text)
        assert kept(sentence, out), (sentence, out)
        out = clean_text(flatten_lines(text, "lines"))
        assert kept(sentence, out), (sentence, out)


@pytest.mark.parametrize("line,expected", [
    ("  • 博客等级:", True), ("获赠金笔:0支", True), ("关注人气:要多关心群众。", False),
])
def test_is_blog_panel_line(line, expected):
    assert P.is_blog_panel_line(line) is expected


def test_keyword_rows_need_seven_short_keywords():
    assert P.is_keyword_row("甲;乙;丙;丁;戊;己;庚")
    assert not P.is_keyword_row("甲;乙;丙;丁;戊;己")
    assert not P.is_keyword_row("一是抓产业;二是抓人才;三是抓文化;四是抓生态;五是抓组织;六是抓党建;七是抓落实。")
