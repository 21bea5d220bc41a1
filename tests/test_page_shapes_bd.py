"""Page shapes learned in session bd from held-out rounds 295k-298k after they were measured: each family with a
counter-test that speech stays.

The strings are written here in the families' shapes, not copied from the pages.
"""

import pytest

from corpusmine.text.clean import clean_text
from corpusmine.text.site_lines import inside_sentence
from corpusmine.text.slogan_stamps import stamp_spans
from page_shapes import gone_between as _gone, kept_between as _kept


def test_a_sites_greeting_after_hello_goes():
    # a police bureau's portal greets its visitor above the page (round 295k)
    out = clean_text("您好!欢迎访问某某县公安局!\n| 微信公众号\n同志们:\n要抓好落实,确保各项任务完成。")
    assert "欢迎访问" not in out and "要抓好落实,确保各项任务完成。" in out


def test_a_speakers_welcome_stays():
    out = clean_text("各位来宾:\n您好!欢迎来到我们美丽的县城,欢迎大家到我县投资兴业。\n谢谢大家!")
    assert "欢迎来到我们美丽的县城" in out


def test_a_takedown_offer_after_a_repost_disclaimer_goes():
    # a news portal's disclaimer, then its offer to take a text down (round 295k)
    page = ("同志们:\n要抓好落实,确保各项任务完成。\n"
            "某某网收录的新闻均转载自其它媒体,其版权均归原作者所有,并不代表本网赞同其观点。"
            "如果您对本站文章的归属存有异议,请立即通知我们,情况属实,我们会第一时间予以删除。\n上一篇:某某新闻")
    out = clean_text(page)
    assert "异议" not in out and "删除" not in out and "转载" not in out
    assert "要抓好落实,确保各项任务完成。" in out


def test_a_speech_on_deleting_red_tape_stays():
    assert _kept("对群众有异议的收费项目,要一律删除,本站窗口要做好解释。")


def test_a_number_a_pdf_set_apart_inside_a_sentence_stays():
    # a PDF's line breaks leave numbers alone on their lines inside a sentence (round 296k): not an image's width
    page = ("各位委员、同志们:\n过去的一年,各类市场主体总量突破\n15\n万家,\n9\n家企业入围\n“中国企业\n500\n强”\n,"
            "上市公司总数重回全国第一。\n让我们倍感欣慰的是,改革全面推进。")
    out = clean_text(page)
    assert "500" in out and "15" in out


def test_an_images_width_alone_between_paragraphs_goes():
    page = "同志们:\n要抓好落实,确保各项任务完成。\n640\n\n要加强领导,压实工作责任。"
    out = clean_text(page)
    assert "640" not in out and "要加强领导,压实工作责任。" in out


def test_inside_sentence_reads_the_lines_around():
    v = "入围“中国企业\n500\n强”\n今年工作很好。\n640\n一、加强领导"
    i, j = v.index("500"), v.index("640")
    assert inside_sentence(v, i, i + 3) and not inside_sentence(v, j, j + 3)


def test_a_slogan_stamped_after_every_paragraph_goes():
    # a content farm's name and slogan glued to the end of line after line, random letters in front, its last copy cut
    # short by the page's end (round 296k)
    stamp = "Q7z某某县情网---有深度、接地气的县域站点"
    page = (f"某某县政府工作报告{stamp}\n各位代表:{stamp}\n现在,我代表县人民政府向大会报告工作,请予审议。{stamp}\n"
            f"一、过去一年的工作回顾{stamp}\n过去一年,全县经济稳中有进,民生持续改善。{stamp}\n"
            f"二、今年的主要任务{stamp}\n今年要抓好项目建设。Q7z某某县情网---有深")
    out = clean_text(page)
    assert "县情网" not in out and "Q7z" not in out and "站点" not in out
    assert "现在,我代表县人民政府向大会报告工作,请予审议。" in out and "今年要抓好项目建设。" in out


@pytest.mark.parametrize("page", [
    "要织密安全防护网\n要织密安全防护网\n要织密安全防护网",                       # a heading repeated whole
    "我们是群众的坚强后盾。\n党组织是群众的坚强后盾。\n人民政府是群众的坚强后盾。",   # a refrain, closed by a full stop
    "一要织密社会保障网\n二要织密社会保障网\n三要织密社会保障网",                   # a refrain with 网, no full stop
])
def test_a_speechs_refrain_is_no_stamp(page):
    spans = stamp_spans(page)
    # the third refrain names a net (网) and ends three lines: only a run that ends them and differs before them would be
    # taken; all three would lose the same words, which is why a refrain must differ before its end to count
    assert spans == [] or all(page[s:e] != "织密社会保障网" for s, e in spans)


def test_a_promotion_closed_by_its_link_words_goes():
    # a forum's promotion above the post, closed by 点击了解详情 without brackets (round 296k)
    assert _gone("文稿修改演播室众筹计划,点击了解详情")


def test_a_speaker_asking_to_click_stays():
    assert _kept("大家可以登录平台,点击了解详情后再报名,确保信息准确。")


def test_a_row_opening_with_its_publisher_goes_whole():
    # a mine's news page: the publisher without its label, then the row's view count and date (round 298k)
    page = ("某某煤矿隆重举行安全生产月活动启动仪式\n\n山东某某控股集团有限公司某某煤矿 浏览数: 发布时间:2016-06-01\n\n"
            "6月1日上午8时,某某煤矿隆重举行活动启动仪式。矿长讲了三点意见。")
    out = clean_text(page)
    assert "有限公司" not in out and "浏览数" not in out and "矿长讲了三点意见。" in out


def test_a_title_before_a_glued_row_stays():
    out = clean_text("某镇召开防汛工作会议 发布时间:2017/3/29 点击数: 3月28日下午,某镇召开防汛工作会议。要确保安全度汛。")
    assert "某镇召开防汛工作会议" in out and "要确保安全度汛。" in out and "点击数" not in out


def test_a_dialogs_question_left_alone_goes():
    # a document site's confirm dialog under the page (round 299k)
    assert _gone("确认删除?")


def test_a_speakers_question_in_a_sentence_stays():
    assert _kept("确定要退出这个项目吗?我们的回答是不。")
    assert _kept("确定要退出吗?")         # a speaker's question alone on its line: no dialog's verb


@pytest.mark.parametrize("line", [
    "某某外宣网 今天是",                                   # a portal's date greeting after its name, the date emptied
    "【投稿、区域合作请私信或发邮箱,24小时内回复】",          # a portal's call for contributions
    "最新泉州新闻 频道推荐",                                # a portal's channel labels over its lists (round 300k)
    "进入新闻频道新闻推荐",
])
def test_a_portals_labels_and_calls_go(line):
    assert _gone(line)


@pytest.mark.parametrize("line", [
    "今天是个好日子,我们要抓好落实。",
    "我们欢迎广大群众投稿,合作共赢。",
    "要办好新闻频道,推荐更多好作品。",
])
def test_a_speech_on_channels_and_contributions_stays(line):
    assert _kept(line)


def test_a_sites_abstract_of_the_speech_goes():
    # a university paper's abstract above the speech it serves (round 301k)
    page = ("本文是一篇毕业典礼演讲,向毕业生们表达了学校和老师们的祝福和期许。毕业生们应立志奋斗、练真本领。\n"
            "亲爱的同学们:\n今天你们毕业了,祝你们前程似锦。")
    out = clean_text(page)
    assert "本文是一篇" not in out and "祝你们前程似锦。" in out


def test_a_speaker_citing_an_article_stays():
    assert _kept("本文作者在大会上发言时说,我们要把工作做实。")
