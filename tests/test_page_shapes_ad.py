"""Session ad: what a writing site or a generator says about the text it serves (``text/writer_notes.py``), and the
families held-out rounds 111k-113k leave.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from functools import partial

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.writer_notes import is_generator_remark
from page_shapes import FIRST, SECOND, THIRD, kept as _kept, titled_speech

TITLE = "在全县秸秆禁烧工作会议上的讲话"
_speech = partial(titled_speech, title=TITLE)


# --- a generator's remark on its text ----------------------------------------------------------------------------

@pytest.mark.parametrize("remark", [
    "这篇稿件结合了实际场景,语言朴实真挚,适合用于乡镇工作会议场合。",
    "本篇讲话稿结构清晰、层次分明,可根据实际情况调整。",
    "以上发言稿适用于年度总结大会,使用时可结合本单位实际进行修改。",
    "(注:可根据实际情况修改单位名称和具体数据。)",
    "说明:文中××处请根据实际情况填写。",
])
def test_a_generators_remark_at_the_end_goes(remark):
    doc = clean_document(_speech(remark + "\n"))
    assert _kept(doc.text) and remark not in doc.text and "谢谢大家" in doc.text
    assert reconstruct(doc.text, doc.audit) == _speech(remark + "\n")


@pytest.mark.parametrize("line", [
    "以上讲话,不妥之处请批评指正。",                                   # the speaker's own close
    "这篇讲话稿是全县干部群众的共同心声,我们要抓好落实。",            # the speaker names his text, no judgement
    "这份发言材料结合了我们村的实际,体现了全体党员的心愿。",          # 我们: the speaker
    "注意:各乡镇要在月底前上报禁烧台账。",                            # a directive, not a note to the user
])
def test_a_speakers_close_stays(line):
    out = clean_text(_speech(line + "\n"))
    assert line in out and _kept(out)


def test_the_generator_remark_is_read_only_among_the_last_lines():
    remark = "这篇稿件结合了实际场景,语言朴实,适合用于乡镇工作会议场合。"
    page = f"{TITLE}\n同志们:\n{FIRST}\n{remark}\n{SECOND}\n{THIRD}\n要严格落实责任。\n要加强巡查。\n谢谢大家!\n"
    assert remark in clean_text(page)
    assert not is_generator_remark("以上讲话,不妥之处请批评指正。")


# --- writing tips and a writing guide ----------------------------------------------------------------------------

@pytest.mark.parametrize("tip", [
    "禁烧工作讲话技巧:一是语言朴实;二是内容具体;三是言行一致。",
    "秸秆禁烧讲话素材:各乡镇要进一步增强责任意识,切实把禁烧工作抓紧抓实。",
    "动员会致辞写作要点:开头点明主题,中间部署任务,结尾发出号召。",
])
def test_a_labelled_writing_tip_goes(tip):
    out = clean_text(_speech(tip + "\n"))
    assert tip not in out and _kept(out)


def test_a_speech_quoting_a_speechs_demands_stays():
    line = "我们要认真贯彻落实总书记重要讲话要求:一是提高认识,二是压实责任。"
    out = clean_text(_speech(head="", tail="") .replace(SECOND, line + "\n" + SECOND))
    assert line in out and _kept(out)


def test_a_writing_guide_down_to_the_sample_goes():
    guide = ("追悼会悼词写作要求\n"
             "悼词要写清逝者的生平,但是还需要注意以下两点:\n"
             "不宜过长\n"
             "悼词在于精简,只要把逝者一生的各方面做个总结即可。\n")
    speech = ("追悼会悼词范文\n"
              "今天,我们怀着沉痛的心情,悼念王大爷。王大爷一生勤劳朴实,乐于助人。\n"
              "王大爷,您安息吧!\n")
    doc = clean_document(guide + speech)
    assert "写作要求" not in doc.text and "不宜过长" not in doc.text and "精简" not in doc.text
    assert "今天,我们怀着沉痛的心情,悼念王大爷。" in doc.text and "王大爷,您安息吧!" in doc.text


def test_a_guide_heading_with_a_salutation_below_keeps_the_speech():
    page = f"会议讲话稿写作要求\n同志们:\n{FIRST}\n{SECOND}\n讲话稿范文\n{THIRD}\n"
    out = clean_text(page)
    assert _kept(out) and "写作要求" not in out


# --- a description label and a PDF page number ------------------------------------------------------------------

def test_a_description_label_with_a_pdf_page_number_goes_and_the_title_stays():
    page = f"文档名称:{TITLE}.docx\n文档简介:—1—{TITLE}同志们:{FIRST}{SECOND}\n{THIRD}\n"
    doc = clean_document(page)
    assert "简介" not in doc.text and "—1—" not in doc.text and _kept(doc.text)
    assert reconstruct(doc.text, doc.audit) == page


@pytest.mark.parametrize("label", ["资料简介", "文档简介:", "内容简介"])
def test_a_description_label_alone_on_its_line_goes(label):
    out = clean_text(_speech(head=f"{label}\n"))
    assert label.rstrip(":") not in out and _kept(out)


# --- a writing site's name glued after a sentence, a cut mark at the end ------------------------------------------

def test_a_writing_sites_name_glued_between_sentences_goes():
    page = f"同志们:\n{FIRST}公文写作网{SECOND}\n{THIRD}\n"
    out = clean_text(page)
    assert "写作网" not in out and _kept(out)


@pytest.mark.parametrize("sentence", [
    "今年我们开通了政务服务网上办事大厅。",                # 网 in a word, not after a sentence's end
    "要用好全国公文写作网络培训平台。",                     # 网络: no name ends there
])
def test_a_site_word_in_a_sentence_stays(sentence):
    out = clean_text(f"同志们:\n{FIRST}{sentence}{SECOND}\n{THIRD}\n")
    assert sentence in out and _kept(out)


CUT = "今年全县将秸秆综合利用和禁烧工作列为要抓好的八项重点工作之一,各乡镇要把禁烧责任落实到村组,做到"


@pytest.mark.parametrize("mark", [" …", "…"])
def test_a_lone_cut_mark_at_a_cut_pages_end_goes(mark):
    out = clean_text(f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n{CUT}{mark}")
    assert out.rstrip().endswith(CUT) and _kept(out)


def test_a_speakers_ellipsis_at_the_end_stays():
    out = clean_text(f"同志们:\n{FIRST}\n{SECOND}\n我们的路还很长……")
    assert out.rstrip().endswith("我们的路还很长……")


# --- a site's boast before its contact --------------------------------------------------------------------------

def test_a_boast_before_a_contact_goes_where_the_page_repeats_it():
    stamp = "最全公文素材库,这一个就够了!公众号【某某办公】防丢失QQ【123456】"
    page = f"{stamp}\n{TITLE}\n同志们:\n今天我们召开全县秸秆禁烧工作会议,主要任务{stamp}是总结去年工作,部署今年任务。\n{SECOND}\n{THIRD}\n"
    out = clean_text(page)
    assert "公众号" not in out and "就够了" not in out and _kept(out)


def test_a_boast_glued_inside_a_sentence_before_its_contact_goes():
    page = (f"{TITLE}\n同志们:\n今天我们召开全县秸秆禁烧工作会议,主要任务全网最全公文库,素材都在这里!公众号【某某办公】"
            f"是总结去年工作,部署今年任务。\n{SECOND}\n{THIRD}\n")
    out = clean_text(page)
    assert "公文库" not in out and "公众号" not in out and _kept(out)


# --- round 111k and 112k families --------------------------------------------------------------------------------

def test_a_collections_first_speech_without_a_salutation_keeps_its_first_paragraph():
    page = ("创建文明城市演讲稿(精选3篇)\n发布时间:\n创建文明城市演讲稿 篇1\n"
            "最近,我们县正在创建省级文明城市。我们周围发生了许许多多的变化。\n"
            "比如说:闯红灯的人少了,遵守交通规则的人多了;乱扔垃圾的人少了,保护环境的人多了。\n"
            "马路中央也多了一道亮丽的风景线,志愿者们在宣传着交通文明。\n"
            "从此刻开始,让我们一齐说文明话、办文明事、做文明人吧!\n"
            "创建文明城市演讲稿 篇2\n尊敬的各位领导,亲爱的同事们:\n大家好!我演讲的题目是《争创文明城》。\n")
    out = clean_text(page)
    assert "最近,我们县正在创建省级文明城市。我们周围发生了许许多多的变化。" in out
    assert "大家好!我演讲的题目是《争创文明城》。" in out


def test_an_editor_intro_above_a_salutation_still_goes():
    page = "创文讲话稿\n文明是一盏灯,照亮了前程。下面是小编整理的创文讲话稿,欢迎阅读。\n同志们:\n" + f"{FIRST}\n{SECOND}\n{THIRD}\n"
    out = clean_text(page)
    assert "小编" not in out and _kept(out)


def test_an_entity_without_its_ampersand_becomes_its_mark():
    doc = clean_document(f"同志们:\n{FIRST}\n细菌战活体实验hellip;hellip;我们不能忘记历史。\n{THIRD}\n")
    assert "细菌战活体实验……我们不能忘记历史。" in doc.text and "hellip" not in doc.text
    assert any(r["rule"] == "html_leftover" for r in doc.audit_rows)


def test_a_lone_cyrillic_letter_between_chinese_goes():
    out = clean_text(f"亲爱的同学们、老师们:Р今天的校园欢乐洋溢。\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "Р" not in out and "老师们:今天的校园欢乐洋溢。" in out


def test_a_site_copyright_glued_inside_a_sentence_goes():
    line = ("国家主席致信给七名小记者,对全国少年儿童表达了节日的问候,并寄予了殷切的某某之家版权所有希望。"
            "希望你们健康成长,学好本领,将来做一个优秀的建设者和接班人。")
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{THIRD}\n")
    assert "并寄予了殷切的希望。希望你们健康成长" in out and "版权" not in out


def test_a_copyright_owner_in_a_speech_stays():
    line = "要依法保护互联网版权所有者的合法权益。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{THIRD}\n")
    assert line in out


def test_a_pdf_page_number_in_dashes_glued_inside_a_sentence_goes():
    out = clean_text(f"同志们:\n{FIRST}\n旅游消费的增长将极大地促进我—1—县经济发展。\n{THIRD}\n")
    assert "旅游消费的增长将极大地促进我县经济发展。" in out


# --- round 113k families -----------------------------------------------------------------------------------------

def test_a_blurbs_close_glued_to_the_title_leaves_the_first_speech_whole():
    page = ("校园文化节开幕式致辞(四篇)在日常的学习、工作、生活中,肯定对各类范文都很熟悉吧。以下是我为大家搜集的优质范文,"
            "仅供参考,一起来看看吧校园文化节开幕式致辞篇一男:深秋的校园,到处洋溢着蓬勃的朝气,散发着艺术的芬芳。"
            "女:听,文化的脚步声越来越近了;又一个校园文化节来到我们的身边。")
    out = clean_text(page)
    assert "深秋的校园,到处洋溢着蓬勃的朝气,散发着艺术的芬芳。" in out
    assert "又一个校园文化节来到我们的身边。" in out and "搜集的优质范文" not in out


def test_a_note_pointing_to_more_articles_goes():
    out = clean_text(f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n注:更多精彩文章请关注某某重阳节专题,")
    assert "更多精彩" not in out and _kept(out)


def test_a_first_person_blurb_sharing_the_text_goes():
    page = ("竞聘护士长演讲稿\n护士长是医院护理队伍中的基层管理者和组织者。下面,我为大家分享竞聘护士长演讲稿,希望对大家有所帮助!"
            "尊敬的各位领导、各位同事:大家好!今天我怀着对护理事业的热爱,来参加护士长岗位竞聘。")
    out = clean_text(page)
    assert "分享竞聘护士长演讲稿" not in out and "今天我怀着对护理事业的热爱,来参加护士长岗位竞聘。" in out


def test_a_speaker_sharing_experience_stays():
    line = "下面,我为大家分享三点工作体会,希望对大家有所帮助。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out and _kept(out)


# --- round 114k families -----------------------------------------------------------------------------------------

def test_a_source_prompt_glued_inside_a_word_goes():
    line = "实行农村基层组织民本资料来源于查看更多精彩文章请登录某某无忧主选举、民主决策、民主管理、民主监督。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{THIRD}\n")
    assert "实行农村基层组织民主选举、民主决策、民主管理、民主监督。" in out and "更多" not in out


def test_more_articles_in_a_speech_stays():
    line = "更多精彩文章请大家在学习强国平台上阅读,要把学习成果转化为工作动力。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{THIRD}\n")
    assert "要把学习成果转化为工作动力。" in out


# --- round 115k families -----------------------------------------------------------------------------------------

def test_a_speech_bringing_something_to_everyone_stays():
    page = ("在学习政府工作报告座谈会上的发言\n今年3月5日,全国人民代表大会在人民大会堂开幕。伴随着庄严的气氛,"
            "总理为大家带来了期盼已久的政府工作报告。这份报告如同一张蓝图,绘出了政策落地的路径。\n"
            f"{SECOND}\n{THIRD}\n")
    out = clean_text(page)
    assert "总理为大家带来了期盼已久的政府工作报告。" in out and "这份报告如同一张蓝图,绘出了政策落地的路径。" in out


def test_a_blurb_bringing_texts_to_readers_still_goes():
    out = clean_text(f"本站为大家带来了几篇创文讲话稿范文,欢迎阅读。\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "范文" not in out and _kept(out)


def test_a_title_doubled_inside_a_sentence_goes():
    line = "从一开始找大班毕业典礼园长致辞大班毕业典礼园长致辞不到节奏的乱唱,到现在有节奏、有感情地哼唱。"
    out = clean_text(f"亲爱的小朋友们:\n{FIRST}\n{line}\n{THIRD}\n")
    assert "从一开始找不到节奏的乱唱,到现在有节奏、有感情地哼唱。" in out


def test_a_doubled_title_heading_the_page_is_no_stuffing():
    out = clean_text(f"竞聘护士长演讲稿竞聘护士长演讲稿\n尊敬的各位领导:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert _kept(out)


def test_a_stamp_cut_off_at_the_pages_end_goes():
    page = (f"同志们:\n{FIRST}下载后可任意编辑\n{SECOND}\n下载后可任意编辑\n"
            "祝同志们工作顺心,万事如意. 第 2 页 共 4 页下载后")
    out = clean_text(page)
    assert out.rstrip().endswith("万事如意.") and "下载" not in out


# --- round 116k families (measured on the session's last code, learned after) ----------------------------------------

@pytest.mark.parametrize("step", [
    "3、下载时请不要更换浏览器或者清理浏览器缓存,否则会导致无法下载成功。",
    "4、下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否完整无缺。",
])
def test_a_download_panels_numbered_instruction_goes(step):
    out = clean_text(f"{step}\n{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "下载" not in out and _kept(out)


def test_a_speakers_numbered_step_about_downloading_stays():
    line = "3、各村要组织群众下载安装反诈APP,确保注册率达到百分之九十以上。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{THIRD}\n")
    assert line in out


def test_a_librarys_page_header_with_a_feature_code_goes():
    page = (f"第 1 页 {TITLE} 特征码 xCPyxEGbJBWxjXhCz {TITLE} 同志们: {FIRST} {SECOND}"
            f" 第 2 页 各乡镇要严格落实网格化巡查责任,做到全天候、无死角。 {THIRD}")
    out = clean_text(page)
    assert "特征码" not in out and "第 2 页" not in out and "第2页" not in out
    assert "各乡镇要严格落实网格化巡查责任,做到全天候、无死角。" in out


def test_a_page_cited_between_sentences_without_blanks_stays():
    line = f"{FIRST}第2页的表格要认真填写。"
    out = clean_text(f"同志们:\n{line}\n{THIRD}\n")
    assert "第2页的表格要认真填写。" in out


def test_a_collections_divider_goes():
    out = clean_text(f"同志们:\n{FIRST}\n文明城市主题活动资料参考。\n{SECOND}\n{THIRD}\n")
    assert "资料参考" not in out and _kept(out)
