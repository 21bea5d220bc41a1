"""Session ab: families left by held-out round 99k (learned after its measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text import patterns as P
from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_notices import doc_notice_lines
from corpusmine.text.library_fields import library_line_rule
from page_shapes import FIRST, SECOND, THIRD, kept as _kept

SPEECH = f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n"


# --- a download site's resource panel ----------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["资源ID:992885", "- 资源格式: DOCX", "资料类型:讲话稿", "文档页数: 3", "资源大小:12.63KB"])
def test_a_resource_field_with_its_value_is_a_meta_row(line):
    assert library_line_rule(line) == "meta_row"


@pytest.mark.parametrize("line", ["资源格式要统一,文件大小要适中。", "资料类型:有讲话稿,也有汇报材料,还有会议纪要和工作简报等等各类材料"])
def test_a_sentence_about_resources_is_no_field(line):
    assert library_line_rule(line) is None


def test_a_download_panel_with_its_buttons_goes_whole():
    panel = "某某讲话.docx\n资源ID:40213\n资源大小:18.2KB\n- 资源格式: DOCX\n下载积分:5金币\n快捷下载\n\n账号登录下载\n三方登录下载:\n"
    out = clean_text(panel + SPEECH)
    assert _kept(out)
    for word in ("资源", "快捷下载", "登录下载", "积分"):
        assert word not in out


def test_a_speaker_on_quick_service_stays():
    line = "要推行政务服务快捷办理,让群众少跑腿。"
    assert line in clean_text(SPEECH + line + "\n")


# --- a site's synopsis of the text above its salutation ----------------------------------------------------------

def test_a_synopsis_glued_before_the_salutation_of_a_flattened_page_goes():
    page = ("2022年中学中层干部竞聘演讲稿本篇中层干部竞聘演讲稿,来自一位中学教师,条理清楚,从三方面介绍了自己的优势:"
            f"尊敬的各位领导,老师们:大家好!{FIRST}{SECOND}{THIRD}")
    out = clean_text(page)
    assert "本篇" not in out and "条理清楚" not in out
    assert out.startswith("2022年中学中层干部竞聘演讲稿尊敬的各位领导") and _kept(out)


def test_a_synopsis_alone_above_the_salutation_goes():
    page = f"某某竞聘演讲稿\n这篇竞聘演讲稿,结构严谨,语言朴实,值得借鉴。\n尊敬的各位领导:\n{FIRST}\n{SECOND}\n{THIRD}\n"
    out = clean_text(page)
    assert "结构严谨" not in out and _kept(out)


@pytest.mark.parametrize("line", ["我这篇发言稿,写了三天,请大家批评指正:各位同志要抓好落实。",
                                  "本篇讲话稿,讲了三点:各位要记住。"])
def test_a_speaker_naming_the_text_inside_the_speech_stays(line):
    out = clean_text(SPEECH + line + "\n")
    assert line in out and _kept(out)


# --- the title repeated between paragraphs once the head rules took it -------------------------------------------

def test_a_title_taken_with_the_page_head_and_repeated_between_paragraphs_goes():
    page = ("网站首页 个人文档 工作总结 述职报告 心得体会 演讲稿 讲话致辞\n\n廉政文化漫谈\n\n栏目: 演说演讲稿 / 发布于: / 人气:3.1W\n\n"
            f"{FIRST}\n\n廉政文化漫谈\n\n{SECOND}\n{THIRD}\n")
    doc = clean_document(page)
    assert "廉政文化漫谈" not in doc.text and _kept(doc.text)
    assert doc.page_title == "廉政文化漫谈"


def test_a_heading_of_the_speech_that_the_head_never_held_stays():
    page = f"全县廉政工作会议讲话\n同志们:\n{FIRST}\n\n加强作风建设\n\n{SECOND}\n{THIRD}\n"
    assert "加强作风建设" in clean_text(page)


# --- a PDF page's number closing a flattened line ----------------------------------------------------------------

def test_a_page_number_closing_a_line_wrapped_with_spaces_goes():
    line = ("我们酒店是个二星的小酒店,当时硬 件设施非常差,管道老化,员 工文化水平不高,多数是四十五岁以上 的员工,"
            "管理松散。我想,要改变 这种状况,先要从自 己做起 1")
    out = clean_text(f"酒店总经理座谈会发言\n尊敬的各位领导:\n{line}\n")
    assert out.rstrip().endswith("先要从自己做起") or out.rstrip().endswith("先要从自 己做起")
    assert not out.rstrip().endswith("1")


@pytest.mark.parametrize("line", ["去年全县秸秆禁烧工作考核,我们在全市的得分是 95", "全市共有乡镇、街道 12"])
def test_a_number_closing_an_unwrapped_line_stays(line):
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line.replace(" ", "") in out.replace(" ", "")


# --- round 100k: a document site's description of a shared text; a size under a garbled label ------------------------

@pytest.mark.parametrize("line", [
    "《2021年在全县防汛抗旱工作总结表彰暨水利建设动员大会上的讲话.docx》由会员分享,可在线阅读,更多相关"
    "《2021年在全县防汛抗旱工作总结表彰暨水利建设动员大会上的讲话.docx(3页珍藏版)》"
    "请在某某文库网|工程机械图纸|机械工程制图|CAD装配图下载|设计图分享下载上搜索。",
    "《公園周年慶典講話稿》由會(huì)員上傳分享,免費(fèi)在線閱讀,更多相關(guān)內(nèi)容在學(xué)術(shù)論文-某某文庫(kù)。",
])
def test_a_shared_text_description_goes_however_long_its_line(line):
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert "分享" not in out and "阅读" not in out and _kept(out)


def test_a_speaker_on_sharing_and_reading_stays():
    line = "要由各村把农家书屋的图书分享给群众,组织大家阅读,更多的群众会从中受益。"
    assert line in clean_text(SPEECH + line + "\n")


@pytest.mark.parametrize("line", ["大?。?4.27 KB", "大小: 14.27 KB", "文件 1.2 MB"])
def test_a_file_size_alone_on_its_line_goes_even_under_a_garbled_label(line):
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert "KB" not in out and "MB" not in out and _kept(out)


# --- round 101k: a summary row with the summary; a site's slogan stamp; a glued menu --------------------------------

def test_a_summary_row_goes_with_the_summary_it_quotes():
    page = (f"某某讲话\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n预览结束,免费获取全文请扫码联系老师!\n"
            f"《某某在全县秸秆禁烧工作会议上的讲话》所在栏目:优质范文 > 内容摘要:同志们: {FIRST[:20]}")
    out = clean_text(page)
    assert "所在栏目" not in out and "摘要" not in out and _kept(out)
    assert out.count(FIRST[:20]) == 1


def test_a_summary_row_holding_the_only_copy_of_a_long_speech_keeps_the_speech():
    body = "".join([FIRST, SECOND, THIRD] * 4)
    out = clean_text(f"《某某讲话》所在栏目:优质范文 > 内容摘要:{body}")
    assert "所在栏目" not in out and _kept(out)


def test_a_site_slogan_stamp_goes_at_a_line_start_and_glued_inside_a_sentence():
    stamp = "某某之家—全网资源每日更新 www.example.com"
    page = (f"在全县秸秆禁烧工作会议上的讲话.docx\n{stamp}在全县秸秆禁烧工作会议上的讲话 同志们:{FIRST}\n"
            f"各乡镇要把秸秆禁烧摆在突出位置,层层传导{stamp}压力,确保责任落实到位。\n{THIRD}\n")
    out = clean_text(page)
    assert "example" not in out and "资源每日更新" not in out and _kept(out)


def test_a_speaker_naming_a_website_with_a_dash_inside_a_sentence_stays():
    line = "请大家登录县政府网站查询政策——网址是www.example.gov.cn,随时可以查看。"
    assert "www.example.gov.cn" in clean_text(SPEECH + line + "\n")


def test_a_glued_menu_opening_with_the_home_page_goes():
    menu = "网站首页节日演讲稿纪念日演讲稿工作学习演讲稿青春励志演讲稿致辞主持演讲稿"
    out = clean_text(f"{menu}\n{SPEECH}")
    assert "网站首页" not in out and "青春励志" not in out and _kept(out)


# --- round 102k: a site's rights claim glued inside a sentence; a quality tag; a file name with its tag ---------------

def test_a_rights_claim_glued_inside_a_sentence_goes_and_the_sentence_closes_up():
    page = f"同志们:\n{FIRST}\n各乡镇要把秸秆禁烧摆在突出位置,层层传导本资料权属某某写作网,放上滑鼠按照提示检视某某写作网更多资料压力,确保责任落实到位。\n{THIRD}\n"
    out = clean_text(page)
    assert "权属" not in out and "资料" not in out and _kept(out)


def test_a_speaker_saying_what_belongs_to_whom_stays():
    line = "这些资料属于全县人民共同的财富,要妥善保管。"
    assert line in clean_text(SPEECH + line + "\n")


@pytest.mark.parametrize("head", ["城市管理执法工作动员大会讲话【精品范文】", "城市管理执法工作动员大会讲话[推荐]"])
def test_a_quality_tag_closing_the_title_goes(head):
    st = CleaningState(f"{head}\n{SPEECH}")
    doc_notice_lines(st)
    assert st.doc.output.startswith("城市管理执法工作动员大会讲话\n") and _kept(st.doc.output)
    assert "精品" not in clean_text(f"{head}\n{SPEECH}")


@pytest.mark.parametrize("line", ["在2021年全市社区建设工作会议上的讲话.docx原创", "某某讲话.pdf 精品"])
def test_a_file_name_with_its_tag_is_a_meta_row(line):
    assert P.META_EXTRA.search(line)


def test_a_title_naming_its_file_in_a_sentence_is_no_meta_row():
    assert not P.META_EXTRA.search("请把讲话.docx原创文件发给办公室。")
