"""Record tables, Q&A labels, generator replies, plugin notices, press-release links and meeting-photo captions
(text/record_chrome.py): families learned from held-out round 23.

Every string here is written for the test (the shape of a family, never a page's text).  Positive cases: the chrome
goes and the speech next to it stays; negative cases: speech lines shaped like a family stay, through the whole
cleaner.
"""

from __future__ import annotations

import pytest

from corpusmine.text import record_chrome as R
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct

SPEECH = "今天我们召开全县城乡环境综合整治大会,主要任务是部署今年工作。"
PARA = "会议强调,各乡镇各部门要提高认识,压实责任,确保各项任务按时完成,切实改善群众的生产生活条件。"


def kept(line: str, out: str) -> bool:
    """Whether a line is in the cleaned text (the cleaner drops spaces between Chinese characters)."""
    return line.replace(" ", "") in out.replace(" ", "")


def test_both_rules_are_in_the_cleaner_and_the_tables_run_before_the_pipe_rules():
    assert R.record_tables in RULES and R.record_chrome in RULES
    assert RULES.index(R.record_tables) < RULES.index(R.record_chrome)


@pytest.mark.parametrize("text", [
    "單位名稱 | : | 教育局 |\n類別 | : | 演講辭 |\n",          # Traditional labels
    "单位名称 | : | 教育局 |\n类别 | : | 讲话 |\n",
])
def test_a_record_table_goes_and_the_speech_after_it_stays(text):
    out = clean_text(text + "摘要 | : | " + SPEECH + "这里的公园,种满了各色花草...... |")
    assert kept(SPEECH, out)
    for word in ("教育局", "名称", "类别", "摘要", "|", "花草"):
        assert word not in out


def test_a_long_value_in_a_record_table_stays():
    out = clean_text("标题 | : | 在全县城乡环境综合整治大会上的讲话\n" + SPEECH)
    assert kept("在全县城乡环境综合整治大会上的讲话", out) and "标题" not in out


@pytest.mark.parametrize("title", ["在环境整治大会上的讲话", "某某局长在开幕典礼上的致辞全文(十月四日)"])
def test_a_title_as_the_value_of_a_record_row_stays(title):
    out = clean_text(f"文章名称 | : | {title} |\n类别 | : | 讲话 |\n{SPEECH}")
    assert kept(title, out) and "名称" not in out and "类别" not in out


def test_pipes_in_a_speech_are_not_a_record_table():
    assert not R.is_record_row("收入 | 支出 | 结余")
    out = clean_text(SPEECH + "\n我们要坚持以人民为中心:发展为了人民,发展依靠人民。")
    assert kept("发展为了人民,发展依靠人民。", out)


def test_qa_labels_and_the_askers_plea_go():
    text = f"问题描述:\n春季开学典礼校长讲话稿,时间紧迫,求直接说步骤!\n最佳答案\n其他答案\n{SPEECH}\n发布者微信\n"
    out = clean_text(text)
    assert kept(SPEECH, out)
    for word in ("问题描述", "最佳答案", "其他答案", "求直接", "发布者微信"):
        assert word not in out


def test_a_speech_that_quotes_a_question_stays():
    line = "有同学问我:老师,这道题怎么做?求您直接说步骤!我说,方法要靠自己去找。"
    out = clean_text(f"{SPEECH}\n{line}\n最佳答案是什么?答案就在实践中。")
    assert kept(line, out) and kept("最佳答案是什么?答案就在实践中。", out)


def test_a_plea_without_a_qa_label_stays():
    line = "会议材料来不及了,求直接说步骤!"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


def test_a_generators_closing_offer_goes():
    out = clean_text(f"{SPEECH}\n希望这篇讲话稿能满足您的需要!如有需要修改的地方,请随时告诉我。")
    assert kept(SPEECH, out) and "随时告诉我" not in out and "希望" not in out


def test_a_speakers_request_to_tell_him_stays():
    line = "同志们在工作中遇到什么问题,请随时告诉我们,我们一起想办法解决。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


def test_a_plugin_notice_goes():
    out = clean_text(f"本页面需要安装最新版本的 Adobe Flash Player 才能播放。\n{SPEECH}\n下载 Adobe Flash Player")
    assert kept(SPEECH, out) and "Flash" not in out


def test_a_press_release_link_row_and_its_notes_go():
    doc = clean_document(f"繁体版 寄给朋友 政府主网页\n局长在典礼上的致辞(只有中文)(附图)\n**********\n各位嘉宾:\n{SPEECH}")
    out = doc.text
    # the title above the speech's own salutation (各位嘉宾:) is the page's front matter, kept as its title (session v)
    assert kept(SPEECH, out) and doc.page_title == "局长在典礼上的致辞"
    for word in ("寄给朋友", "只有中文", "附图", "***"):
        assert word not in out


def test_an_attachment_note_inside_a_sentence_stays():
    line = "具体分工见会议材料(附表)和方案,请各单位认真落实。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


def test_a_font_widget_with_leaked_html_goes():
    out = clean_text(f'【字体大小:<a href="javascript:setSize(16)">中\n{SPEECH}')
    assert kept(SPEECH, out) and "href" not in out and "字体" not in out


def test_meeting_photo_captions_between_sentences_go():
    line = f"{PARA} 市长李某同志主持会议 副市长赵某同志提建议 各区县负责人做发言"
    out = clean_text(f"{SPEECH}\n{line}\n{PARA}")
    assert kept(PARA, out)
    for word in ("主持会议", "提建议", "做发言"):
        assert word not in out


def test_a_caption_like_sentence_with_a_full_stop_stays():
    line = "市长李某同志主持会议并讲话。 会议要求各地抓好落实。"
    out = clean_text(f"{SPEECH}\n{line}")
    assert kept("市长李某同志主持会议并讲话。", out)


def test_tongzhi_zhuchi_inside_a_sentence_stays():
    line = "会议由县委副书记王某同志主持,县长张某同志讲话,全县各乡镇负责人参加。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


def test_a_speaker_heading_alone_on_a_line_stays():
    out = clean_text(f"县委书记王大明同志讲话\n{SPEECH}")
    assert kept("县委书记王大明同志讲话", out)


def test_a_photo_caption_alone_between_paragraphs_goes_when_the_paragraph_above_names_the_person():
    above = "县委书记王大明在会上作了动员讲话,他强调,要以更大的决心推进城乡环境整治,让群众看到实实在在的变化。"
    out = clean_text(f"{above}\n\n县委书记王大明讲话\n\n{PARA}")
    assert kept(above, out) and kept(PARA, out) and "王大明讲话" not in out


def test_a_heading_of_an_appended_speech_stays():
    above = "以上是我讲的几点意见,希望大家认真抓好落实,为建设美丽家园作出新的更大贡献。"
    out = clean_text(f"{above}\n\n县长李小红讲话\n\n{PARA}")
    assert kept("县长李小红讲话", out)


def test_the_audit_rebuilds_the_page():
    raw = f"问题描述:\n{SPEECH}\n类别 | : | 讲话 |\n{PARA} 县长李某同志主持会议\n获取 Adobe Flash Player"
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    assert {"record_table", "record_chrome", "meeting_caption"} <= set(doc.audit["rule"])


def test_a_portals_masthead_row_goes():
    out = clean_text(f"标题\n某某市人民政府门户网站 www.abc.gov.cn   2019年10月19日   来源:某某日报\n{SPEECH}")
    assert kept(SPEECH, out) and "abc.gov.cn" not in out and "门户网站" not in out


def test_a_sentence_naming_a_portal_and_its_domain_stays():
    line = "群众可以登录县政府门户网站 www.abc.gov.cn 查询办事指南。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


@pytest.mark.parametrize("line", [
    "同学们如果在学习和生活中遇到什么问题,请随时告诉我,我的办公室大门永远为你们敞开。",
    "各位家长朋友,希望今天的交流能对您有所帮助,感谢您对学校工作的支持。",
])
def test_a_teachers_offer_to_listen_stays(line):
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


REVIEW = "公司召开年度述职工作会议,各部门负责人依次作了述职发言,对一年来的工作作了客观详实的总结和回顾,并提出了改进办法。"
CLOSE = "会议在热烈的掌声中圆满结束。"


def test_a_run_of_speaker_captions_between_paragraphs_goes():
    run = "集团副总裁陈一鸣作述职发言\n办公室主任林晓东作述职发言\n财务部经理黄小梅作述职报告\n物业公司经理何家明作表态发言"
    out = clean_text(f"{REVIEW}\n{run}\n{CLOSE}")
    assert kept(REVIEW, out) and kept(CLOSE, out)
    for name in ("陈一鸣", "林晓东", "黄小梅", "何家明"):
        assert name not in out


def test_a_run_of_captions_ending_sentences_stays():
    run = "集团副总裁陈一鸣作述职发言。\n办公室主任林晓东作述职发言。\n财务部经理黄小梅作述职报告。"
    out = clean_text(f"{REVIEW}\n{run}\n{CLOSE}")
    assert kept("财务部经理黄小梅作述职报告。", out) and kept("集团副总裁陈一鸣作述职发言。", out)


def test_a_list_of_speech_titles_stays():
    titles = "在全县环境整治大会上的讲话\n在全市乡村振兴推进会上的讲话\n在全区创文动员会上的讲话"
    out = clean_text(f"{REVIEW}\n{titles}\n{CLOSE}")
    for title in titles.split("\n"):
        assert kept(title, out)


def test_speaker_headings_at_the_top_of_a_page_stay():
    heads = "县委书记王大明讲话\n县长李小红讲话\n副县长张国庆讲话"
    out = clean_text(f"{heads}\n{SPEECH}")
    assert kept("县长李小红讲话", out)


def test_a_photo_caption_goes_when_the_paragraph_below_names_the_person():
    below = "最后,董事长周建华作重要讲话。他对公司一年来的工作作出评价,并对新一年的发展方向提出了明确要求。"
    out = clean_text(f"{REVIEW}\n集团董事长周建华讲话\n{below}")
    assert kept(REVIEW, out) and kept(below, out) and "周建华讲话" not in out


def test_a_recording_note_with_a_cut_off_bracket_goes():
    out = clean_text(f"县委书记的讲话\n2015年3月2日根据录音整理、未经本人审核)\n{SPEECH}")
    assert kept(SPEECH, out) and "录音整理" not in out


def test_a_sentence_about_a_recording_stays():
    line = "这份材料是根据录音整理的,请大家会后认真学习。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


def test_a_video_label_alone_goes_and_a_video_meeting_stays():
    line = "今天的会议以视频形式开到各乡镇。"
    out = clean_text(f"{PARA}\n短片\n{SPEECH}\n{line}")
    assert "短片" not in out and kept(line, out) and kept(SPEECH, out)


def test_a_site_columns_blurb_goes():
    out = clean_text(f"某某网讲话稿栏目为您提供各种优秀的讲话稿,快来品读开学典礼讲话稿\n{SPEECH}")
    assert kept(SPEECH, out) and "为您提供" not in out


def test_a_speech_offering_a_service_stays():
    line = "我们的政务窗口为您提供一站式服务,群众办事不用再来回跑。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


def test_a_betting_sites_name_in_a_title_and_a_copyright_line_goes():
    raw = f"副局长述职报告范文三篇-世界杯买球平台\n\n2021-05-06 世界杯买球平台的版权声明\n\n{SPEECH}"
    out = clean_text(raw)
    assert "买球" not in out and "版权声明" not in out and kept("副局长述职报告范文三篇", out) and kept(SPEECH, out)


def test_buying_balls_for_a_school_stays():
    line = "今年我们为每所村小买球拍、买球鞋,让孩子们有场地、有器材。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))


def test_a_qa_pages_circled_item_markers_go_and_their_text_stays():
    out = clean_text(f"❶ 欢送老同志退休的祝词\n{SPEECH}\n❷ 退休感言怎么写")
    assert "❶" not in out and "❷" not in out and kept("欢送老同志退休的祝词", out) and kept(SPEECH, out)


def test_a_circled_digit_inside_a_sentence_stays():
    line = "要把第❶项任务放在首位,抓紧抓实。"
    assert kept(line, clean_text(f"{SPEECH}\n{line}"))
