"""Keyword rules keep a line in the speaker's voice (text/speech_voice.py).

Regression: download_panel, share_widget, copyright_footer and paywall_preview deleted speech
lines that use widget words (会员, 下载, 分享, 客服, 付费, 本站) — 10 of 16 sentences written for this test.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document
from corpusmine.text.speech_voice import in_speech_voice

SPEECH = [
    "合作社要吸收更多农户成为会员。",
    "各村要点击下载县里统一印发的整治标准。",
    "各乡镇要安排专人负责客服热线的接听工作。",
    "要组织党员干部扫码关注县融媒体公众号,及时了解创建动态。",
    "全市要开通12345热线,方便市民免费下载创建知识手册。",
    "各部门要把材料打印全文,逐条对照整改。",
    "全县要加快发展电商,推动农产品上线销售,实现免费下载注册。",
    "我们要把群众满意度作为第一标准,联系客服式的服务要改。",
    "要推行农村生活垃圾处理农户付费制度。",
    "全县要建立本站式服务,群众办事只进一扇门。",
    "各乡镇要把文档下载到本地,认真学习。",
    "我们要通过微信群把好经验分享到每个村。",
]

CHROME = [
    "该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
    "会员免费下载,点击下载此文档",
    "需要下载全文请登录www.example.com",
    "《在全县村庄清洁行动推进会上的讲话》由会员分享,可在线阅读,更多相关请在本站搜索",
    "本站文章均来源于网络,如有侵权请联系我们删除。",
    "分享到: 微信 微博 QQ空间",
    "关于我们 | 联系我们 | 版权声明 | 网站地图",
    "付费下载 剩余3页未读",
]


@pytest.mark.parametrize("line", SPEECH)
def test_a_speech_line_with_widget_words_is_kept(line):
    assert in_speech_voice(line)
    doc = clean_document("同志们:\n" + line + "\n要抓好落实。")
    assert line in doc.text


@pytest.mark.parametrize("line", CHROME)
def test_widget_lines_are_not_in_speech_voice_and_still_go(line):
    assert not in_speech_voice(line)
    doc = clean_document("同志们:\n全县要抓好人居环境整治。\n" + line)
    assert line not in doc.text and "全县要抓好人居环境整治。" in doc.text
