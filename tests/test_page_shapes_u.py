"""Session u: families left by held-out rounds 67 and 68 (learned after their measurement; every string written here).

Each chrome block stands at the top, between two paragraphs of the speech, or at the end, and must go in every place;
the speech's sentences (a numbered heading among them) must stay, and so must the speech lines in ``STAYS``.
"""

from __future__ import annotations

import pytest

from page_shapes import pages

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.doc_chrome import is_doc_widget
from corpusmine.text.library_fields import field_line_kind, library_line_rule

HEAD = "在全县人居环境整治推进会上的讲话\n同志们:\n"
FIRST = "今天我们召开全县人居环境整治推进会,主要任务是总结前段工作,部署下一阶段任务。"
HEADING = "一、提高认识,增强整治工作的紧迫感"
SECOND = "各乡镇要切实抓好村庄清洁行动,确保整治工作取得实效。"


def _pages(chrome: str) -> dict[str, str]:
    return pages(chrome, HEAD, FIRST, HEADING, SECOND)


GOES = [
    # a document library's detail panel, label and value one to a line
    "资料详情\n2024年09月22日\n发布时间\n3\n页数\n0.05 MB\n大小\n资料部分内容试读",
    "文档信息\n上传时间\n2021-03-05\n下载次数\n128",
    # a library's description field and its panel's title
    "关于本文\n资源描述:本文是一篇在人居环境整治推进会上的讲话稿,可供参考。",
    # counts and relative times alone
    "2023-10-08\n626次",
    "阅读(1385)",
    "3天前",
    "4 years ago 2 years ago",
    # complaint lines with a mail address
    "版权申诉 邮箱:service@example.com",
    "举报邮箱:report@example.com",
    # a title in tone-numbered pinyin
    "xian4 zhang3 zai4 tui1 jin4 hui4 shang4 de jiang3 hua4",
    # an account's editor note
    "本公众号刊发第三篇《某某在全省环境整治工作会议上的讲话》,旨在重温历史,以更加坚定的步伐推进工作。",
    # a ceremony's programme rows
    "主持人:五1班 某某某\n旗手:六2班",
    # a template channel's blurb
    "讲话稿频道《乡镇人居环境整治推进会讲话范文》,希望大家喜欢。",
    # lead-ins announcing an excerpt or a transcript (Traditional too)
    "8月20日晚,某某公司成立20周年慶典隆重舉行,某某省長發表了致辭,全文節錄如下:",
    "以下是文字实录:",
    # variants of the families found by a probe of written variants (session u)
    "本文由会员上传,仅供学习交流,不得用于商业用途",
    "本篇文章由某某文秘站网友投稿,已经审核发布。",
    "更多相关范文请点击这里",
    "文档可能会出现乱码,请下载后查看",
    "請先登入會員",
    "阅读本文的人还阅读了:",
    "评论(0) 我要评论",
    "发表评论 匿名评论 提交",
    "扫描二维码 关注我们",
    "长按识别二维码关注",
    "▲点击上方“某某发布”关注我们",
    "阅读原文 阅读 1234 在看 12",
    # round 69: a lead-in with nothing between 以下为 and 全文, a writing guide's offer to one reader
    "以下为全文:",
    # a second probe of written variants
    "展开全文 ∨",
    "(文章未完,请点击下一页继续阅读)",
    "【下一页】",
    "第2页:乡镇人居环境整治推进会讲话",
    "上一篇文章:某某同志在创文推进会上的讲话",
    "打印此文",
    "点击复制链接",
    "联系邮箱:admin@example.com",
    # round 70: a comment box's header glued together, a reader's bar, a lottery site's chain after a title
    "发表评论取消回复",
    "返回上一页 文章阅读 登录",
    "中国竞彩网_中国体育彩票app_官网登录下载~",
    # round 71: a photo's caption closed by an agency's credit in square brackets, an e-paper's page label and day switch
    "6月27日上午,某某在某市出席论坛开幕式并致辞。[新华社记者 王某 摄]",
    "A03:要闻",
    "前一天  后一天",
    "以下为演讲全文,与你分享。",
    "开学讲话要怎么写,才更标准规范?根据多年的文秘写作经验,参考优秀的讲话样本能让你事半功倍,下面分享【开学讲话(通用10篇)】,供你选择借鉴。",
]

STAYS = [
    "主持人:下面请县长讲话",
    "2024年09月22日",
    "这次会议共召开3次,每次都有新进展。",
    "本次活动共发放宣传资料626份。",
    "我们3天前已经部署了这项工作,各乡镇要抓紧落实。",
    "以下是我的几点意见:",
    "本报记者深入一线,采访了整治中涌现的先进典型。",
    "要引导群众扫描二维码参与满意度测评,提高知晓率。",
    "群众可以长按识别二维码,随时反映身边的脏乱差问题。",
    "这些文章由网友投稿,反映了群众的心声。",
    "各乡镇要关注我们的工作动态,及时反馈。",
    "更多内容请查看县政府网站的专题。",
    "文档可能会出现问题,请各单位下载后查看核对。",
    "要支持中国体育彩票事业健康发展,规范彩票销售行为。",
    "收藏家们要把好作品登录在册。",
    "第一天:报到",
    "A股市场:要稳字当头",
]


@pytest.mark.parametrize("chrome", GOES)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_round67_68_family_goes_and_the_speech_stays(chrome, where):
    out = clean_text(_pages(chrome)[where])
    flat = "".join(out.split())
    for line in chrome.split("\n"):
        if len(line) >= 4 and not line[:4].isdigit():
            assert "".join(line.split()) not in flat, line
    for sentence in (FIRST, HEADING, SECOND):
        assert "".join(sentence.split()) in flat


@pytest.mark.parametrize("line", STAYS)
def test_speech_lines_in_the_same_words_stay(line):
    out = clean_text(f"{HEAD}{FIRST}\n{line}\n{SECOND}\n")
    assert "".join(line.split()) in "".join(out.split())


def test_library_rules_name_their_families():
    assert is_doc_widget("626次") and library_line_rule("3天前") == "meta_row"   # a bare count is the counter's
    assert library_line_rule("资源描述:这是一篇讲话稿。") == "editor_note"
    assert library_line_rule("版权申诉 邮箱:service@example.com") == "copyright_footer"
    assert library_line_rule("guo2 jia1 zhu3 xi2 xin1 nian2 he4 ci2") == "pinyin_gloss"
    assert library_line_rule("本刊今日推送某某同志的讲话。") == "editor_note"
    assert library_line_rule("我们本刊今日推送的讲话。") is None
    assert field_line_kind("页数") == "label" and field_line_kind("0.05 MB") == "value"


def test_numbers_alone_without_a_label_beside_them_stay():
    raw = f"{HEAD}{FIRST}\n2\n3\n{SECOND}\n"
    assert "\n2\n3\n" in clean_text(raw)


def test_editor_sentence_after_the_speakers_own_goes_alone():
    # round 68: a search page stitched a speech's opening before a template blurb; only the blurb's sentence goes
    opening = "鲜艳的五星红旗冉冉升起,又一个充满希望的新学年开始了。借此机会,我代表学校向全体师生致以亲切的问候!"
    raw = (f"国旗下讲话\n{opening}下面是小编整理的国旗下讲话稿,欢迎阅读借鉴。同学们,老师们,大家上午好。\n"
           "新学期,我们要有新气象,各班要抓好学风建设。\n")
    doc = clean_document(raw)
    assert opening in doc.text
    assert "小编" not in doc.text and "大家上午好" in doc.text
    assert "editor_blurb" in set(doc.audit["rule"])


def test_a_site_intro_before_the_blurb_still_goes_with_it():
    raw = ("开学讲话稿\n时间过得真快,转眼间暑假就过去了,我们又迎来了新的学期。下面是小编整理的开学讲话稿,欢迎阅读!\n"
           "同学们:\n新学期,我们要有新气象,各班要抓好学风建设。\n")
    out = clean_text(raw)
    assert "时间过得真快" not in out and "各班要抓好学风建设" in out


def test_a_salutation_after_an_image_file_is_no_caption():
    # an image's file name above the salutation made the salutation its caption (found in session u)
    for image in ("img_9947.jpg", "IMG_9947", "DSC_0012.JPG"):
        out = clean_text(f"{image}\n同志们:\n{FIRST}\n")
        assert "同志们:" in out and image not in out and FIRST in out


EN_GREETING = "Dear President, distinguished guests, ladies and gentlemen,"
EN_PARAGRAPH = ("Good evening! It is my great pleasure to join you at the opening of this forum, and on behalf of the "
                "county government I extend a warm welcome to all of you.")


def test_a_bilingual_pages_english_translation_goes_and_the_chinese_speech_stays():
    speech = f"{HEAD}{FIRST}\n{HEADING}\n{SECOND}\n" + "我们要以更大的决心把人居环境整治工作推向深入,让群众得到实惠。\n" * 4
    doc = clean_document(f"{speech}Organizing Committee of the Forum\n{EN_GREETING}\n{EN_PARAGRAPH}\n")
    assert EN_PARAGRAPH not in doc.text and EN_GREETING not in doc.text
    assert "translation" in set(doc.audit["rule"])
    for sentence in (FIRST, HEADING, SECOND):
        assert sentence in doc.text


def test_english_on_a_page_with_little_chinese_stays():
    doc = clean_document(f"欢迎词\n{EN_GREETING}\n{EN_PARAGRAPH}\n")
    assert EN_PARAGRAPH in doc.text


def test_an_unlisted_betting_brand_with_a_newest_site_word_goes_inside_its_line():
    # round 69: a hijacked school page put a brand with 最新网站 in place of the school's name
    out = clean_text(f"{HEAD}在这草长莺飞的夏日,我们迎来了某某国际最新网站的第一次毕业典礼。\n{SECOND}\n")
    assert "最新网站" not in out and "我们迎来了" in out and "的第一次毕业典礼。" in out
    assert "某某国际会议中心" in clean_text(f"{HEAD}会议在某某国际会议中心举行,各方代表参加。\n{SECOND}\n")


def test_a_desks_report_above_a_full_text_lead_in_goes_at_the_pages_head():
    report = "5月4日上午,纪念大会在某地隆重举行。某某出席大会并发表重要讲话。"
    raw = f"纪念大会隆重举行\n{report}\n以下是文字实录:\n同志们:\n{FIRST}\n{SECOND}\n"
    doc = clean_document(raw)
    assert report not in doc.text and "文字实录" not in doc.text
    assert FIRST in doc.text and SECOND in doc.text


def test_speech_above_a_lead_in_lower_on_the_page_stays():
    # a second speech's lead-in after the first speech: the first speech's sentences are no report
    third = "这项工作事关群众切身利益,事关全县发展大局。"
    raw = f"{HEAD}{FIRST}\n{third}\n某某县长致辞。全文如下:\n各位来宾:\n{SECOND}\n"
    out = clean_text(raw)
    assert third in out and FIRST in out and SECOND in out


def test_a_word_injected_before_paragraphs_goes_and_the_paragraphs_stay():
    # round 70: a hijacked page put the same short word alone and before paragraphs, set off by spaces
    raw = f"某某词\n{HEAD}{FIRST}\n某某词   {HEADING}\n某某词   {SECOND}\n"
    doc = clean_document(raw)
    assert "某某词" not in doc.text
    for sentence in (FIRST, HEADING, SECOND):
        assert sentence in doc.text
    assert "jammer_line" in set(doc.audit["rule"])
