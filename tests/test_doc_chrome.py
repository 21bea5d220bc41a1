"""Chrome of template and document sites (corpusmine.text.doc_chrome), the speech it must keep, and the
round-11 regressions (a salutation ending in 大家好, a salutation below a related list, a paragraph before a
mid-speech 同志们).  Every string is written for the test; none is copied from a page."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text import doc_chrome as D
from corpusmine.text.rules import CleaningState

SPEECH = "同志们:\n今天我们召开全县人居环境整治推进会,主要任务是总结工作、部署任务。\n要抓好落实,久久为功。"


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("chrome", [
    "浏览 2381", "二维码 415", "阅读量:3.6万", "下载次数 27", "+ 加入清单", "展开阅读全文", "更多相似范文",
    "范文类型:讲话稿,全文共 2210 字", "文档类型:发言稿,适用行业岗位:镇长",
    "温馨提示:当前文档最多只能预览4页,此文档共12页,请下载原文档以浏览全部内容。",
])
def test_document_widgets_go(chrome):
    for raw in (chrome + "\n" + SPEECH, SPEECH + "\n" + chrome):
        out = clean_text(raw)
        assert _flat(chrome) not in _flat(out)
        assert "要抓好落实,久久为功。" in out


@pytest.mark.parametrize("speech", [
    "浏览全县各乡镇的整治台账,共发现问题37个。",
    "要把下载的技术规范发到每个村,点击率不是目的。",
    "工会今年要发展新会员500人,版权保护工作要常抓不懈。",
    "各村要对照范文类型多样的问题,写出自己的实施方案。",
    "请大家预览3页材料后再讨论,全文共10页。",
    "我们已经收藏了群众提出的1200多条意见。",
    "本文件共分三个部分,第一部分讲形势。",
    "目录清单要在月底前报送县委办。",
    "全书共5页,第3页是附表。",
    "本文将就大家关心的几个问题进行说明,首先是资金问题。",
])
def test_speech_with_widget_words_stays(speech):
    raw = SPEECH + "\n" + speech + "\n谢谢大家!"
    assert speech in clean_text(raw)


def test_page_counter_glued_and_inline():
    out = clean_text("第页共页在全镇环境整治大会上的讲话\n" + SPEECH + "第 3 页 共 8 页")
    assert "第页共页" not in out and "共 8 页" not in out and "共8页" not in out
    assert "要抓好落实,久久为功。" in out


def test_toc_label_glued_list_and_book_title():
    raw = ("《乡镇环境整治讲话稿(3篇)》\n乡镇环境整治讲话稿(精选3篇)\n内容导航\n"
           "环境整治讲话 篇1环境整治讲话 篇2环境整治讲话 篇3环境整治讲话 篇1\n" + SPEECH)
    st = CleaningState(raw)
    D.toc_lines(st)
    out = st.doc.output
    assert "《" not in out and "内容导航" not in out
    assert "篇2" not in out and "环境整治讲话 篇1\n同志们:" in out     # the first part's heading stays
    assert "乡镇环境整治讲话稿(精选3篇)" in out


def test_toc_keeps_speech_lines_with_parts():
    line = "这三篇文章,篇一讲形势,篇二讲任务,篇三讲保障。"
    assert line in clean_text(SPEECH + "\n" + line)
    heading = "《关于进一步加强农村人居环境整治的实施意见》"
    out = clean_text(SPEECH + "\n" + heading + "\n要认真学习。")
    assert heading in out    # a document title inside the speech, not above the page title


def test_snippet_line_goes_and_a_repeated_title_stays():
    body = "今天我们召开全县创建文明城市推进会,主要任务是分析形势、查找短板、部署任务,动员全县上下行动起来。"
    raw = "在全县创文推进会上的讲话同志们:" + body[:40] + "\n在全县创文推进会上的讲话\n同志们:\n" + body
    out = clean_text(raw)
    assert out.count(body[:30]) == 1 and body in out
    # a title repeated before a title glued to its salutation is not a snippet (seed page 002's shape)
    raw2 = "在全县创文推进会上的讲话稿\n在全县创文推进会上的讲话稿各位领导、同志们:今天我们召开推进会,部署任务。"
    doc = clean_document(raw2)
    assert "snippet" not in set(doc.audit["rule"])


def test_anti_copy_marks():
    out = clean_text("同志们:\n这是思念的`日子,也是快乐的'时刻,我们对土地的.热爱从未改变。\n要完成第3.2条和“2.0版”的任务。")
    assert "这是思念的日子,也是快乐的时刻,我们对土地的热爱从未改变。" in out
    assert "第3.2条和“2.0版”" in out


def test_pipe_tail_and_reconstruct():
    raw = "新春团拜会致辞 | |\n各位同事:\n大家好!在此给大家拜年。\n|"
    doc = clean_document(raw)
    assert "|" not in doc.text
    assert "大家好!在此给大家拜年。" in doc.text
    assert reconstruct(doc.text, doc.audit) == raw
    line = "一是|二是|三是要同步推进。"          # pipes inside a line are not a tail
    assert line in clean_text(SPEECH + "\n" + line)


def test_article_intro_above_speech_only():
    raw = ("毕业典礼上,校长的致辞常常引起共鸣。本文将就校长致辞的写法进行探讨。\n同学们:\n"
           "今天你们毕业了。本文将来会收入校史,我们要一起记住这一天。")
    out = clean_text(raw)
    assert "本文将就" not in out
    assert "本文将来会收入校史,我们要一起记住这一天。" in out


# --------------------------------------------------------------------------- round-11 regressions
def test_salutation_ending_in_dajiahao_is_kept():
    raw = ("教师节表彰大会开幕词\n在庆祝教师节表彰大会上的讲话\n尊敬的---领导、尊敬的各位老师、各位朋友,大家好:\n"
           "在这秋风送爽的时节,我们迎来了教师节。\n教育大计,教师为本。")
    assert "尊敬的---领导、尊敬的各位老师、各位朋友,大家好:" in clean_text(raw)


def test_salutation_below_related_list_is_kept():
    raw = ("相关文章\n开园典礼上的讲话\n晨会讲话稿(精选五篇)\n垃圾分类推进大会讲话稿\n"
           "尊敬的各位领导、来宾、居民朋友们:\n大家好!今天我们在这里举行垃圾分类全民行动日活动。\n"
           "垃圾分类需要广大群众积极参与和大力支持。")
    out = clean_text(raw)
    assert "尊敬的各位领导、来宾、居民朋友们:" in out
    assert "开园典礼上的讲话" not in out


def test_paragraph_before_mid_speech_address_is_kept():
    raw = ("在全校创先争优活动动员大会上的讲话\n\n第四,形成宣传强势。要大力宣传开展活动的重要意义,迅速形成强大声势。\n\n"
           "同志们,这次会议的召开,标志着全校创先争优活动已正式启动。")
    out = clean_text(raw)
    assert "第四,形成宣传强势。" in out
    assert "同志们,这次会议的召开,标志着全校创先争优活动已正式启动。" in out


def test_every_edit_is_audited():
    raw = ("《某镇讲话稿(2篇)》\n某镇讲话稿(2篇)\n浏览 88\n二维码 12\n第页共页某镇讲话稿 | |\n"
           "同志们:\n这是思念的`日子。\n展开阅读全文")
    doc = clean_document(raw)
    assert "浏览" not in doc.text and "`" not in doc.text
    rules = set(doc.audit["rule"])
    assert {"doc_widget", "page_counter", "anti_copy"} <= rules
    assert reconstruct(doc.text, doc.audit) == raw


def test_summary_row_at_the_top_and_titled_related_header():
    raw = ("摘要: 创建文明城市是提升城市形象的重要途径。在新的起点上,某县提出了新目标。\n" + SPEECH +
           "\n【乡镇环境整治讲话稿】相关文章:\n在全镇环境卫生整治会上的讲话")
    out = clean_text(raw)
    assert "摘要" not in out and "相关文章" not in out
    assert "要抓好落实,久久为功。" in out
    # summary_lines looks at the first lines only: a 摘要 line further down is left to the other rules
    body = "\n".join(f"第{i}项工作要按期完成,责任要落实到人。" for i in range(1, 12))
    line = "摘要:各单位要在月底前报送工作摘要,内容要实。"
    st = CleaningState(SPEECH + "\n" + body + "\n" + line)
    D.summary_lines(st)
    assert line in st.doc.output


def test_doubled_commas_on_a_page_that_doubles_them():
    raw = ("同志们、朋友们,!\n春回大地,,草长莺飞,,又是一年。在这欣欣向荣,,生机勃勃的春日里,,我们召开大会,、部署工作,。\n"
           "“要抓落实,”他说。")
    out = clean_text(raw)
    assert ",," not in out and ",、" not in out and ",。" not in out and ",!" not in out
    assert "春回大地,草长莺飞,又是一年。" in out and "“要抓落实,”他说。" in out


def test_one_stray_double_comma_in_a_long_speech_is_left_alone():
    body = "\n".join(f"第{i}项工作要按期完成,责任要落实到人。" for i in range(1, 200))
    raw = SPEECH + "\n" + body + "\n要把好事办好,,把实事办实。"
    st = CleaningState(raw)
    D.anti_copy_marks(st)
    assert st.doc.output == raw     # the density test: a page does not double its commas for one slip


def test_source_insert_glued_inside_a_sentence():
    out = clean_text(SPEECH + "\n我区的妇女事业在(文章转载自[某某文档频道] 党和政府的关心下蓬勃发展。\n这组数据摘自[统计公报],要认真研究。")
    assert "我区的妇女事业在党和政府的关心下蓬勃发展。" in out
    assert "这组数据摘自[统计公报],要认真研究。" in out      # no opening bracket before the source word: speech


def test_genre_intro_above_the_speech_only():
    raw = ("演讲稿具有条理性和逻辑性,能展示演讲者的思路。演讲稿的成功与否,往往取决于演讲者的自信。\n"
           "老师们、同学们:\n写好演讲稿不容易。讲话稿、发言稿都要反复修改。")
    out = clean_text(raw)
    assert "演讲稿具有条理性" not in out
    assert "写好演讲稿不容易。讲话稿、发言稿都要反复修改。" in out


# ---------------------------------------------------------------- an essay that is one 本文围绕 paragraph (regression)

def test_a_page_that_is_one_intro_shaped_paragraph_is_kept():
    raw = "本文围绕乡村振兴背景下基层治理的路径进行分析。"
    assert clean_text(raw) == raw


def test_an_intro_above_a_speech_still_goes():
    raw = "本文围绕乡村振兴背景下基层治理的路径进行分析。\n同志们:\n要抓好落实,确保全年目标任务顺利完成。"
    assert clean_text(raw) == "同志们:\n要抓好落实,确保全年目标任务顺利完成。"


def test_a_sites_name_right_above_its_copy_button_goes_under_the_title_only():
    # a document page's head: title, stamp rows, the site's name, its copy button (round 22 family, chrome12)
    out = clean_text("县政府新春贺词\n\n时间:2026-02-11\n字数:1526字\n某文笔\n复制下载\n\n"
                     "岁序更替,华章日新。值此新春佳节到来之际,向全县父老乡亲致以诚挚的问候!")
    assert out == "县政府新春贺词\n岁序更替,华章日新。值此新春佳节到来之际,向全县父老乡亲致以诚挚的问候!"
    # negatives: a heading of the speech above a button in the text, a title alone above the button
    out = clean_text("岁序更替,华章日新。\n乡村振兴\n复制全文\n值此新春佳节到来之际,向全县父老乡亲致以诚挚的问候!")
    assert "乡村振兴" in out and "复制全文" not in out
    assert clean_text("新春贺词\n复制下载\n岁序更替,华章日新。").startswith("新春贺词\n")
