"""Families of chrome seen in held-out round 18 and the two speech lines it lost, each with short strings
written for the test (never page text): a report's last sentence without a full stop, nested quotes in
ASCII apostrophes."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.page_edges import page_edges, reads_as_sentence
from corpusmine.text.rules import CleaningState

REPORT = ("6月5日,某某街道召开垃圾分类工作推进会。\n"
          "街道党工委书记某某回顾了近年来开展垃圾分类工作的历程,要求各社区扎实做好分类工作。\n")


# --- the speech's last sentence written without a full stop (page_edges tail) -----------------------------
@pytest.mark.parametrize("last", [
    "会议还对全街道下一阶段的垃圾分类工作作了具体部署",
    "会上,某某同志对做好今年的防汛工作提出了明确要求",
    "我们要把垃圾分类这件好事办好办实",
])
def test_a_last_sentence_without_a_full_stop_stays_and_the_footer_below_it_goes(last):
    raw = REPORT + last + "\n\n友情链接\n某某集团版权所有\n微信加关注\n"
    doc = clean_document(raw)
    assert last in doc.text
    assert "友情链接" not in doc.text and "微信加关注" not in doc.text
    assert reconstruct(doc.text, doc.audit) == raw


def test_only_the_line_right_below_the_last_sentence_is_read_as_one():
    # a related title further down is still chrome, though it names a meeting
    raw = REPORT + "会议还对下一步工作作了具体部署\n相关新闻\n某镇召开禁毒工作会议\n"
    out = clean_text(raw)
    assert "会议还对下一步工作作了具体部署" in out
    assert "相关新闻" not in out and "某镇召开禁毒工作会议" not in out


@pytest.mark.parametrize("line", [
    "在全市禁毒工作大会上的讲话",          # a title
    "某县召开乡村振兴工作推进会",          # a headline without a clause
    "我们的客服会为你解答吗?",             # a question to the reader
    "我们全力推进卫生城市创建 .. News ↓",  # a cut line with a widget glued to it
    "网友评论",
])
def test_what_does_not_read_as_a_sentence(line):
    assert not reads_as_sentence(line)


# --- nested quotes in ASCII apostrophes are punctuation, a lone apostrophe is an anti-copy mark --------------
def test_a_balanced_pair_of_apostrophes_around_a_short_phrase_stays():
    raw = ("同志们:\n某某同志强调,“要迅速掀起'比学赶超'的热潮,向先进典型看齐。”\n"
           "我们要以'三个一'为抓手,推动工作落实。\n")
    out = clean_text(raw)
    assert "掀起'比学赶超'的热潮" in out and "以'三个一'为抓手" in out


def test_a_lone_apostrophe_between_characters_still_goes():
    raw = "同志们:\n向广大教师致以节日的'祝贺和崇高的敬意。\n要营造全社会尊师重教的'良好氛围。\n"
    out = clean_text(raw)
    assert "节日的祝贺和崇高的敬意。" in out and "尊师重教的良好氛围。" in out
    assert "'" not in out


SPEECH = ("同志们:\n今天,我们召开全县禁毒工作推进会,主要任务是部署下一阶段工作。\n"
          "各乡镇要压实责任,切实把禁毒宣传抓细抓实。\n")


def _clean(raw: str) -> str:
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    return doc.text


# --- below the speech: a shouted appeal, a Latin label, login prompts, a cut text's ellipsis ----------------------
def test_a_shouted_appeal_and_a_latin_label_below_the_speech_go():
    out = _clean(SPEECH + "要确保各项任务按期完成。(某某)\n\nPrevious Article\n觉得不错就点个赞吧!!!\n点击关闭提示\n")
    assert out.rstrip().endswith("要确保各项任务按期完成。(某某)") or out.rstrip().endswith("要确保各项任务按期完成。")
    for chrome in ("Previous Article", "点个赞", "关闭提示"):
        assert chrome not in out


def test_a_closing_exclamation_of_the_speech_still_anchors_it():
    out = _clean(SPEECH + "让我们携手并进,共创美好未来!!\n谢谢大家!\n")
    assert "让我们携手并进,共创美好未来!!" in out and "谢谢大家!" in out


def test_login_prompts_below_a_one_paragraph_page_go_with_the_cut_texts_ellipsis():
    body = ("同志们: 今天我们召开扫黑除恶推进会。一是要提高政治站位,坚决扛起责任。"
            "二是要巩固提升战果,以更强的担当……")
    out = _clean(body + "\n新用户【点此注册】阅读文章\n老会员【点此登录】查看全文\n")
    assert "点此注册" not in out and "点此登录" not in out
    assert out.rstrip().endswith("以更强的担当")
    assert "一是要提高政治站位,坚决扛起责任。" in out


def test_an_ellipsis_after_a_sentence_end_or_inside_a_line_stays():
    raw = SPEECH + "我们要做到“五个一”……确保实效。\n让我们共同努力!……\n"
    out = _clean(raw)
    assert "“五个一”……确保实效。" in out and "让我们共同努力!……" in out


def test_a_members_notice_in_the_speakers_voice_stays():
    raw = SPEECH + "全县党员要登录学习平台查看全文,\n谢谢大家。\n"
    assert "全县党员要登录学习平台查看全文," in _clean(raw)


# --- above the speech: a font-size row, a document site's panel, a category path ----------------------------------
def test_a_font_size_row_and_a_document_panel_above_the_speech_go():
    raw = ("某县召开禁毒工作会议\n发布日期:2021-10-27 16:07 来源:本网\n【字体大小: 默认】  分享\n"
           "亲,本文档共5页,已超出免费预览范围,喜欢请下载!\n" + SPEECH)
    out = _clean(raw)
    assert "字体大小" not in out and "免费预览" not in out
    assert "今天,我们召开全县禁毒工作推进会" in out
    st = CleaningState(raw)
    page_edges(st)                         # the edge rule alone takes both
    assert "字体大小" not in st.doc.output and "免费预览" not in st.doc.output


def test_a_category_path_of_genre_words_opening_the_first_line_goes():
    st = CleaningState("某县禁毒工作会议致辞\n演讲稿范文/会议致辞 尊敬的各位领导、同志们:今天我们召开会议。要抓好落实。\n要确保实效。")
    page_edges(st)
    assert st.doc.output == "某县禁毒工作会议致辞\n尊敬的各位领导、同志们:今天我们召开会议。要抓好落实。\n要确保实效。"
    st = CleaningState("某县禁毒工作会议致辞\n党建/组织 工作要抓实。今天我们召开会议。\n要确保实效。")   # no genre word: stays
    page_edges(st)
    assert "党建/组织 工作要抓实。" in st.doc.output


# --- photo captions ----------------------------------------------------------------------------------------------
def test_captions_released_by_an_agency_and_a_bracketed_scene_caption_go():
    raw = ("3月17日,某县乡村文化活动启动仪式在某乡举行。\n(仪式现场)\n启动仪式现场。某某网发(王某某 摄)\n"
           "领导共同按下启动器,系列活动正式启动。某某社发(李某 摄)\n近年来,某乡充分发挥资源优势,发展特色产业。\n")
    out = _clean(raw)
    for chrome in ("仪式现场", "某某网发", "某某社发", "启动器"):
        assert chrome not in out
    assert "近年来,某乡充分发挥资源优势,发展特色产业。" in out


def test_a_bare_picture_placeholder_line_goes_but_a_word_in_a_sentence_stays():
    raw = "10月26日,某县召开禁毒工作会议。\n\n图片\n\n会议指出,要办好图片展览。\n"
    out = _clean(raw)
    assert "\n图片\n" not in out and "会议指出,要办好图片展览。" in out


def test_a_gallery_of_numbered_alt_texts_goes_and_a_single_numbered_line_stays():
    raw = ("某县人口普查宣传月启动(1)\n10月15日,某县人口普查宣传月启动仪式在县广场举行。\n"
           "某县人口普查宣传月启动(2)\n某县人口普查宣传月启动(3)\n参加人员(2)\n会议要求,要做好宣传工作。\n谢谢大家。\n")
    out = _clean(raw)
    assert "宣传月启动(" not in out and "参加人员(2)" in out
    assert "会议要求,要做好宣传工作。" in out


# --- a paper's dateline lead -------------------------------------------------------------------------------------
def test_a_dateline_with_a_date_before_xun_goes_whatever_the_papers_name():
    out = _clean("某镇召开人代会\n新某某8月31日讯(王某)28日,某镇召开人民代表大会第一次会议。\n要把喜讯传遍全镇。\n")
    assert "讯(王某)" not in out and "28日,某镇召开人民代表大会第一次会议。" in out
    assert "要把喜讯传遍全镇。" in out
    out = _clean("同志们:\n我们收到3月5日讯息后立即行动。\n要抓好落实。\n")
    assert "我们收到3月5日讯息后立即行动。" in out


# --- characters lost or inserted inside words --------------------------------------------------------------------
def test_mojibake_lost_brackets_and_a_lone_hash_inside_words_go():
    raw = ("县里召开征兵工作会议??h长出席会议并讲话。\n要推动?jì妇女事业发展,各村?居?委会要配合。\n"
           "刚才,某某同#志传达了会议精神。\n")
    out = _clean(raw)
    assert "会议长出席会议并讲话。" in out and "推动妇女事业发展" in out
    assert "各村居委会要配合。" in out and "某某同志传达了会议精神。" in out


def test_question_marks_hashtags_and_latin_words_that_are_text_stay():
    raw = ("同志们:\n我们能不能做到?能!\n要用好#乡村振兴#话题开展宣传。\n这是吗?ok的问题。\n要发展5G、AI等新技术。\n")
    out = _clean(raw)
    for kept in ("我们能不能做到?能!", "#乡村振兴#话题", "要发展5G、AI等新技术。"):
        assert kept in out


def test_a_speechs_own_closing_ellipsis_stays_but_a_cut_after_a_word_goes():
    out = _clean(SPEECH + "各位同志,让我们携手共进……\n")
    assert out.rstrip().endswith("让我们携手共进……")
    out = _clean(SPEECH + "要把整治作为检阅各级班子的“试金石”。会……\n")
    assert out.rstrip().endswith("“试金石”。会")
    out = _clean(SPEECH + "今年是关键一年。当前我县正处在经济...\n")
    assert out.rstrip().endswith("当前我县正处在经济")


def test_numbered_part_headings_of_a_collection_are_not_a_gallery():
    raw = ("教师节致辞(1)\n尊敬的各位老师:\n值此教师节来临之际,向全县教师致以节日的问候。\n"
           "教师节致辞(2)\n各位老师、同志们:\n今天我们隆重集会,庆祝第39个教师节。\n")
    out = _clean(raw)
    assert "教师节致辞(2)" in out


def test_a_question_mark_before_a_latin_word_is_not_mojibake():
    out = _clean("同志们:\n这件事大家说行不行?ok的话就定下来。\n召开会议??h长出席。\n")
    assert "行不行?ok的话就定下来。" in out and "??h" not in out


def test_a_content_platforms_account_label_opening_a_line_goes():
    out = _clean("某县首届桃花节开幕\n头条号:某某头条人勤春来早,桃花朵朵开。3月24日上午,桃花节隆重开幕。\n"
                 "县长出席并致辞。\n文号:某政发〔2023〕5号\n")
    assert "头条号" not in out and "人勤春来早,桃花朵朵开。" in out
