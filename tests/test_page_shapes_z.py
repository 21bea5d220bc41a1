"""Session z: families left by held-out rounds 91-94 (learned after their measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text import patterns as P
from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_notices import doc_notices
from corpusmine.text.truncation import truncation
from page_shapes import FIRST, SECOND, THIRD, kept as _kept, speech_page as _page


def _rules(page: str) -> dict[str, str]:
    doc = clean_document(page)
    return {r["removed"].strip(): r["rule"] for r in doc.audit_rows if r["removed"].strip()}


# --- a page description repeating the speech's opening ------------------------------------------------------------

def test_a_description_glued_to_its_title_goes_when_the_text_below_keeps_a_pdfs_line_wraps():
    desc = "全县秸秆禁烧工作会议讲话尊敬的各位领导:大家好!今天我们召开全县秸秆禁烧工作会议,主要任务是总结去年"
    full = ("全县秸秆禁烧工作会议讲话 尊敬的各位领导: 大家好!今天我们召开全县秸秆禁烧工作会议,主要任务是总结去 年工作,"
            "部署今年任务。各乡镇要把秸秆禁烧摆在突出 位置,层层传导压力,确保责任落实到位。")
    out = clean_text("\n".join(["全县秸秆禁烧工作会议讲话", desc, full, THIRD]))
    assert out.count("大家好!今天我们召开") == 1 and THIRD in out    # the description went, its full text stays
    assert "部署今年任务。" in out


def test_a_description_that_opened_with_the_salutation_takes_the_salutation_copy_with_it():
    page = "\n".join(["某县秸秆禁烧会议讲话", "各位领导、同志们:", "今天我们召开全县秸秆禁烧工作会议,主要任务是总结去年工作。",
                      "某县秸秆禁烧会议讲话", "各位领导、同志们:", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert _kept(out)
    assert out.count("各位领导、同志们:") == 1


def test_a_salutation_said_twice_without_a_description_stays_twice():
    page = "\n".join(["同志们:", FIRST, "同志们:", SECOND, THIRD])
    assert clean_text(page).count("同志们:") == 2


# --- counts, keywords and slogans of a template site -------------------------------------------------------------

@pytest.mark.parametrize("tag", ["(全文384字)", "（全文共506字）", "【全文约1,200字】"])
def test_an_items_length_after_its_heading_goes(tag):
    page = "\n".join(["秸秆禁烧讲话稿(3篇)", "秸秆禁烧讲话稿1" + tag, "同志们:", FIRST, SECOND, THIRD])
    doc = clean_document(page)
    assert _kept(doc.text) and tag not in doc.text
    assert _rules(page)[tag] == "page_meta"


def test_a_keyword_note_glued_before_the_salutation_goes_and_the_salutation_stays():
    note = "这篇秸秆禁烧会议的讲话例文的关键词是秸秆禁烧,会议讲话, "
    out = clean_text("\n".join(["秸秆禁烧会议讲话", note + "尊敬的各位领导、同志们:", FIRST, SECOND, THIRD]))
    assert _kept(out) and "关键词" not in out
    assert "尊敬的各位领导、同志们:" in out


@pytest.mark.parametrize("line", [
    "本篇讲话稿的关键词是“实干”,希望大家牢记。",
    "这次会议的关键词是落实,大家要把落实摆在首位。",
])
def test_a_speaker_naming_a_keyword_stays(line):
    out = clean_text(_page(line))
    assert _kept(out) and line in out


@pytest.mark.parametrize("line", ["优秀实用范文分享", "精品公文大全"])
def test_a_sites_slogan_alone_on_its_line_goes(line):
    out = clean_text("\n".join(["秸秆禁烧会议讲话", line, "同志们:", FIRST, SECOND, THIRD]))
    assert _kept(out) and line not in out


# --- metadata rows and reader prompts ----------------------------------------------------------------------------

def test_a_content_update_time_row_with_its_reading_prompt_goes():
    row = "内容发布更新时间 : 2024/5/4 20:30:54星期一 下面是文章的全部内容请认真阅读。"
    out = clean_text("\n".join(["秸秆禁烧会议讲话", row, "同志们:", FIRST, SECOND, THIRD]))
    assert _kept(out) and "更新时间" not in out and "认真阅读" not in out


def test_a_reading_prompt_alone_goes_but_a_speakers_request_to_read_stays():
    keep = "下面是文件的全部内容,请大家认真阅读,并结合实际抓好落实。"
    out = clean_text(_page("下面是文章的全部内容请认真阅读。", keep))
    assert _kept(out) and "下面是文章的全部内容请认真阅读" not in out and keep in out


@pytest.mark.parametrize("counter", ["本文已影响 人", "本文已影响1234人"])
def test_a_reach_counter_in_a_flattened_metadata_run_goes_even_without_its_number(counter):
    line = f"秸秆禁烧会议讲话 时间:2023-03-23 08:52:14来源:某某阅读网 {counter} 同志们: " + FIRST
    out = clean_text("\n".join([line, SECOND, THIRD]))
    assert _kept(out) and "影响" not in out and "某某阅读网" not in out


# --- an editor's lead and page furniture ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["今天小编就给大家整理了保护环境演讲稿!", "小编也为大家精选了几篇讲话稿。"])
def test_an_editor_with_an_adverb_before_his_offer_is_read_as_the_editor(sentence):
    assert P.EDITOR.search(sentence)


def test_a_lead_paragraph_closed_by_the_editor_goes_whole():
    lead = "古往今来,大地用甘甜的乳汁哺育了无数代子孙。保护环境已成为人们共同的呼声。今天小编就给大家整理了秸秆禁烧讲话稿!"
    out = clean_text("\n".join(["秸秆禁烧讲话稿(汇编5篇)", lead, "同志们:", FIRST, SECOND, THIRD]))
    assert _kept(out) and "古往今来" not in out and "小编" not in out


def test_a_slogan_between_paragraphs_goes():
    out = clean_text(_page("优秀实用范文分享"))
    assert _kept(out) and "范文分享" not in out


def test_a_page_number_alone_between_two_paragraphs_goes():
    doc = clean_document(_page("19"))
    assert _kept(doc.text) and "\n19\n" not in doc.text
    assert _rules(_page("19"))["19"] == "page_number"


def test_a_number_alone_above_a_heading_stays():
    out = clean_text(_page("2", "加强组织领导", "全县上下要统一思想,形成合力,推动各项工作落地见效。"))
    assert _kept(out) and "\n2\n加强组织领导" in out


def test_a_login_gate_at_the_cut_takes_the_cuts_dots():
    page = "\n".join(["同志们:", FIRST, SECOND, THIRD, "各乡镇要强化巡查,提高全...", "(想阅读全部图文内容,您需要先登陆!)"])
    doc = clean_document(page)
    assert _kept(doc.text) and "登陆" not in doc.text and "..." not in doc.text
    assert "提高全\n" in doc.text or doc.text.rstrip().endswith("提高全")


# --- new hosts: forums, e-papers, a document viewer ---------------------------------------------------------------

def test_bbcode_tags_go_and_the_title_between_them_stays():
    out = clean_text("\n".join(["[color=red]新年贺词[/color]", "同志们:", FIRST, "[b]" + SECOND + "[/b]", THIRD]))
    assert _kept(out) and "[color" not in out and "[/b]" not in out


def test_a_posting_stamp_with_its_time_and_its_paper_goes():
    page = "\n".join(["同志们:", FIRST, "2022年01月31日 11时09分   某某日报", SECOND, THIRD])
    doc = clean_document(page)
    assert _kept(doc.text) and "11时09分" not in doc.text and "某某日报" not in doc.text
    assert _rules(page)["2022年01月31日 11时09分   某某日报"] == "meta_row"


def test_a_date_and_time_inside_a_sentence_stays():
    line = "2022年01月31日 11时09分,全县召开秸秆禁烧调度会。"
    out = clean_text(_page(line))
    assert _kept(out) and "11时09分,全县召开" in out


def test_an_e_papers_page_navigation_goes_with_its_sections():
    nav = ["版面导航", "第01版", "头版", "第02版", "要闻", "第03版", "要闻·公益广告"]
    st = CleaningState("\n".join(["新春贺词", *nav, "市民朋友们:", FIRST, SECOND, THIRD]))
    doc_notices(st)
    out = st.doc.output
    assert _kept(out) and "新春贺词" in out and "市民朋友们:" in out
    assert not any(w in out for w in ("版面导航", "头版", "要闻", "公益广告"))
    assert {ed.rule for ed in st.doc.edits} == {"navigation"}


def test_a_cut_date_banner_goes():
    out = clean_text(_page("2023年1月21日 星期"))
    assert _kept(out) and "星期" not in out


def test_a_document_viewers_english_widgets_and_empty_search_go():
    head = ["• 没有找到结果。", "某校朝会讲话", "N/A", "N/A", "Protected", "Academic year: 2022", 'Share "某校朝会讲话"',
            "加载中.... (立即查看全文)"]
    out = clean_text("\n".join(head + ["同学们:", FIRST, SECOND, THIRD]))
    assert _kept(out)
    assert not any(w in out for w in ("没有找到", "N/A", "Academic", "Share", "加载中"))


def test_a_speakers_english_phrase_with_a_colon_inside_a_sentence_stays():
    line = "我们的口号是:Go green,大家要记住。"
    out = clean_text(_page(line))
    assert _kept(out) and line in out


def test_a_speakers_first_line_with_spaced_dates_is_no_menu_at_the_page_head():
    from corpusmine.text.page_edges import is_edge_chrome
    line = "今天利用朝会时间做校务近况说明,音乐会8 月15 日 (五)19:30"
    assert not is_edge_chrome(line)
    assert is_edge_chrome("首页 新闻 政务 公开 服务 互动")
    page = " ".join(["• 没有找到结果。", "N/A", "Copied!", "3 0 0", "加载中.... (立即查看全文)", "朝会校长讲话",
                     line, "于中兴堂演出,请同学们邀请家长共襄盛举。", SECOND, "让我们共同努力,把学校建设得更加美好!"])
    out = clean_text(page)
    assert "今天利用朝会时间做校务近况说明" in out and SECOND in out


# --- round 92 -------------------------------------------------------------------------------------------------------

def test_a_genre_labelled_title_injected_twice_into_the_text_goes():
    line1 = "大片的森林将会毁于一旦国旗下讲话:清明季节话防火。据资料显示,清明节前后火灾多发。"
    line2 = "树与树挨得很紧,密密层层的.文章国旗下讲话:清明季节话防火这样一来,火灾就会快速扩散。"
    doc = clean_document(_page(line1, line2))
    assert _kept(doc.text) and "清明季节话防火" not in doc.text
    assert "毁于一旦。据资料显示" in doc.text and "密密层层的这样一来" in doc.text


def test_a_title_a_speaker_names_once_stays():
    line = "今天我国旗下讲话:清明季节话防火,希望同学们牢记。"
    out = clean_text(_page(line))
    assert _kept(out) and line in out


def test_a_files_editability_stamp_goes_wherever_it_stands():
    page = "\n".join(["下载后可任意编辑在工业园区建设动员大会上的讲话", "同志们:", FIRST,
                      "各乡镇要把秸秆禁烧摆在突出位置,下载后可任意编辑层层传导压力,确保责任落实到位。", THIRD])
    out = clean_text(page)
    assert _kept(out) and "下载后" not in out and "突出位置,层层传导" in out


# --- round 92, new hosts: bilingual pages, a forum's post header, a description over two paragraphs -------------------

BILINGUAL = ["女士们,先生们:", "Ladies and Gentlemen,", FIRST, "Today we hold the county meeting on the straw-burning ban.",
             SECOND, "Every township must put the ban first and pass the pressure down.", THIRD]


def test_a_bilingual_pages_english_lines_go_and_its_chinese_stays():
    doc = clean_document("\n".join(["中文 英文 中英对照", *BILINGUAL]))
    assert _kept(doc.text) and "女士们,先生们:" in doc.text
    assert not any(w in doc.text for w in ("Ladies", "Today we", "Every township", "中英对照"))
    assert {r["rule"] for r in doc.audit_rows if "Ladies" in r["removed"]} == {"parallel_text"}


def test_a_tables_english_cells_go_from_their_pipe_on():
    page = "\n".join([f"{FIRST} | Today we hold the county meeting on the straw-burning ban. | |",
                      f"{SECOND} | Every township must put the ban first. | |", THIRD])
    out = clean_text(page)
    assert _kept(out) and "Today" not in out and "|" not in out


@pytest.mark.parametrize("line", ["我们的口号是:Go green,大家要记住。", "Good morning, everyone."])
def test_one_english_line_or_a_quoted_phrase_on_a_chinese_page_stays(line):
    out = clean_text(_page(line))
    assert _kept(out) and line in out


def test_a_page_written_in_english_alone_is_left_whole():
    page = "\n".join(["Ladies and Gentlemen,", "Today we hold the county meeting on the straw-burning ban.",
                      "Every township must put the ban first and pass the pressure down.", "Thank you all."])
    out = clean_text(page)
    assert "Today we hold the county meeting" in out and "Every township must" in out


def test_a_forum_posts_header_broken_over_lines_goes():
    header = "abc(2012/1/23 9:04:06) 点击:\n91269 回复:\n0 IP:\n31.* * * "
    last = "让我们共同努力,确保全县空气质量持续改善!"
    out = clean_text("某市长发表新春贺词 称赞市民贡献" + header + "近日,某市长发表新春贺词。原文如下:\n"
                     + "\n".join([FIRST, SECOND, last]))
    assert FIRST in out and SECOND in out and last in out
    assert not any(w in out for w in ("点击", "回复", "IP", "91269"))


def test_a_description_that_runs_past_the_paragraph_it_repeats_goes():
    desc = FIRST + " 各乡镇要把秸秆禁烧摆在突出"
    page = "\n".join(["秸秆禁烧会议讲话", "时间:2023-01-23 17:17 来源:未知 作者:admin 点击:", desc, "", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert _kept(out) and out.count("今天我们召开全县秸秆禁烧工作会议") == 1


# --- round 93 -------------------------------------------------------------------------------------------------------

def test_a_quota_notice_at_the_pages_end_still_goes():
    out = clean_text("\n".join(["同志们:", FIRST, SECOND, THIRD, "消耗 1 篇某某文库配额,会员有效期内无限次查看"]))
    assert _kept(out) and "配额" not in out


def test_lines_of_random_characters_go_and_a_long_unpunctuated_line_of_words_stays():
    filler = "举岛开苦疑面视扩泛千牛思耳恢源灰刀超拥虽钢障磨陷悟乔缝第开订蛋凹朗府尽宜跟什森爷关盘"
    wrapped = "第十四届全国人民代表大会第三次会议听取和审议了国务院总理所作的"
    doc = clean_document(_page(filler, wrapped))
    assert _kept(doc.text) and filler not in doc.text and wrapped in doc.text
    assert _rules(_page(filler))[filler] == "filler_line"


def test_an_seo_how_to_title_glued_after_a_sentence_goes():
    line = "安全,是一个永恒的话题。安全生产主题演讲怎么写:附五分钟精选通用范文"
    out = clean_text(_page(line))
    assert _kept(out) and "怎么写" not in out and "安全,是一个永恒的话题。" in out


def test_a_speaker_asking_how_to_write_stays():
    line = "今天我想和同学们聊聊作文怎么写,希望大家多读多写。"
    out = clean_text(_page(line))
    assert _kept(out) and line in out


def test_a_hidden_content_notice_inside_a_sentence_goes():
    line = "看到大家抢答的样子,我仿佛又回到了自己当前隐藏内容免费查看的大学时代。"
    out = clean_text(_page(line))
    assert _kept(out) and "隐藏内容" not in out and "回到了自己的大学时代。" in out


def test_a_sites_name_and_address_glued_after_a_sentence_go_and_the_next_sentence_stays():
    line = "大家上午好。某某网http://.example.com首先感谢各位应邀出席项目的开工仪式。"
    out = clean_text(_page(line))
    assert _kept(out) and "example" not in out and "大家上午好。首先感谢各位应邀出席项目的开工仪式。" in out


def test_an_organisations_hours_and_contact_rows_go():
    rows = ["工作时间", "周一至周五 :8:30-17:00", "周六至周日 :8:00-17:30", "联系方式", "陈道长:029—84906200"]
    out = clean_text("\n".join(["同志们:", FIRST, SECOND, THIRD, *rows]))
    assert _kept(out) and not any(w in out for w in ("工作时间", "8:30", "联系方式", "84906200"))


def test_a_video_sites_file_name_reading_tips_and_download_label_go():
    head = ["下载", "滑鼠左键双击讲演稿内容切换竖横排 文字档下载:docpdf", "档名:WD32-133-0001"]
    doc = clean_document("\n".join(["同志们:", FIRST, *head, SECOND, THIRD]))
    assert _kept(doc.text) and not any(w in doc.text for w in ("双击", "WD32", "下载"))


def test_a_loading_notice_and_a_link_back_to_the_previous_page_go():
    out = clean_text(_page("正在载入...", "..续本文上一页"))
    assert _kept(out) and "载入" not in out and "上一页" not in out


def test_a_speakers_time_and_telephone_in_sentences_stay():
    line = "热线电话:12345678,工作时间为周一至周五8:30至17:00。"
    out = clean_text(_page(line))
    assert _kept(out) and line in out


# --- round 94 -------------------------------------------------------------------------------------------------------

def test_a_length_notice_with_about_and_a_download_request_goes_and_marks_the_truncation():
    doc = clean_document("\n".join(["同志们:", FIRST, SECOND, THIRD, "全文约10497字,请下载后阅读、编辑。"]))
    assert _kept(doc.text) and "10497" not in doc.text
    t = truncation(doc)
    assert t.truncated and t.chars_total == 10497


def test_an_advert_with_its_button_and_a_collect_button_go():
    page = "\n".join(["某某高手,超级方便的公文写作神器! 立即了解", "同志们:", FIRST, SECOND, THIRD, "收藏《区长在全区经济运行分析会上的讲话》)"])
    out = clean_text(page)
    assert _kept(out) and "立即了解" not in out and "收藏" not in out


def test_a_lead_that_opens_by_defining_the_genre_goes_whole():
    lead = "演讲稿是一种实用性比较强的文稿,是为演讲准备的书面材料。蓝天下,我们举行庄严的升旗仪式。"
    out = clean_text("\n".join([lead, "老师们、同学们:", FIRST, SECOND, THIRD]))
    assert _kept(out) and "演讲稿是一种" not in out and "蓝天下" not in out


def test_dots_closing_a_cut_excerpt_go_and_a_speakers_ellipsis_stays():
    out = clean_text("同志们、青年朋友们:" + FIRST + SECOND + "接下来,...")
    assert FIRST in out and SECOND in out and not out.rstrip().endswith("...")
    keep = clean_text(_page("我们的目标是:奋斗、奋斗、再奋斗……"))
    assert "再奋斗……" in keep


def test_a_placeholder_year_in_a_document_number_is_the_same_sentence_for_the_measure():
    from corpusmine.text.chrome_eval import speech_kept
    sentence = "根据《关于深化综合治理的意见》(川治〔20xx〕1号)要求,制定了实施方案。"
    assert speech_kept(sentence, clean_text(_page(sentence)))


# --- round 95 -------------------------------------------------------------------------------------------------------

def test_page_numbers_in_dashes_go_alone_and_inside_a_sentence():
    line = "相关农业产业将获—I—得更大发展,农民收入将稳步提高。"
    out = clean_text(_page(line, "-1", "浏览记录"))
    assert _kept(out) and "—I—" not in out and "获得更大发展" in out and "\n-1\n" not in out and "浏览记录" not in out


def test_a_posting_note_a_bracketed_author_and_a_share_sign_off_go():
    page = "\n".join(["本文2017-02-14 19:22:25发表“指导讲话”栏目。", "同志们:", "(作者:小秘书某某)" + FIRST, SECOND, THIRD,
                      "如果您喜欢这篇文章,请分享给您的小伙伴们吧!欢迎持续关注我们的后续更新。"])
    out = clean_text(page)
    assert _kept(out) and not any(w in out for w in ("栏目", "作者", "小伙伴", "后续更新"))


def test_a_speaker_asking_the_audience_to_follow_the_work_stays():
    line = "欢迎持续关注我们的后续工作,也请大家多提宝贵意见。"
    out = clean_text(_page(line))
    assert _kept(out) and line in out
