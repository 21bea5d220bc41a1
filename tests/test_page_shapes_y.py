"""Session y: families left by held-out rounds 83-88 (learned after their measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from page_shapes import FIRST, SECOND, THIRD, kept as _kept, speech_page as _page


# --- a toned syllable glued after its character, without brackets -------------------------------------------------

def test_bare_toned_syllables_go_and_are_audited():
    page = _page().replace("秸秆禁烧工作", "秸jiē秆禁jìn烧工作").replace("确保责任", "确保责zé任")
    doc = clean_document(page)
    assert _kept(doc.text)
    gone = [r["removed"] for r in doc.audit_rows if r["rule"] == "pinyin_gloss"]
    assert sorted(gone) == ["jiē", "jìn", "zé"]


@pytest.mark.parametrize("line", [
    "我们在咖啡馆喝了一杯café,聊起家乡的变化。",
    "外宾用越南语说Hà Nội很美,我们深受感动。",
    "他的英文名叫José,来自西班牙。",
])
def test_foreign_words_with_accents_stay(line):
    out = clean_text(_page(line))
    assert line in out and _kept(out)


# --- a number typeset between spaces inside a sentence of a page flattened to one line ------------------------------

def test_a_typeset_number_stays_in_its_sentence_on_a_flattened_page():
    closing = "最后,预祝某某医院建院 60 周年庆典活动圆满成功!"
    middle = "如今,医院已经拥有 2100 多名员工,正值祖国 60 华诞之际,我们迎来了建院60 周年庆典。"
    page = " ".join(["医院周年庆领导致辞范文", "尊敬的各位领导、各位来宾:", "大家上午好!", middle, closing, "谢谢大家!"])
    out = clean_text(page)
    assert "建院60周年庆典活动圆满成功!" in out.replace(" ", "")
    assert "拥有2100多名员工" in out and "祖国60华诞" in out


def test_an_items_number_before_a_salutation_still_ends_its_line():
    page = " ".join(["某某讲话稿(通用2篇)", "某某讲话稿1", "尊敬的同志们:", FIRST, SECOND, "某某讲话稿2", "同志们:", THIRD])
    out = clean_text(page)
    assert "\n尊敬的同志们:" in out or out.startswith("尊敬的同志们:")
    assert _kept(out)


def test_a_counters_number_is_no_typeset_number():
    page = " ".join(["发布时间:2014/2/11", "阅读 1931 字体大小:【大】【中】【小】", "同志们:", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert "1931" not in out and _kept(out)


# --- a collection item's label glued before its salutation ---------------------------------------------------------

SCHOOL_1 = "大家早上好!今天我国旗下讲话的题目是《珍惜时间》。希望同学们从现在做起,珍惜每一分钟。"
SCHOOL_2 = "大家好!新的学期开始了,我们要养成良好的学习习惯,认真完成每一项作业。"


def test_item_labels_glued_to_salutations_split_the_collection():
    page = "\n".join(["国旗下讲话稿(精选2篇)", "国旗下讲话稿1尊敬的老师们、亲爱的同学们:", SCHOOL_1, "谢谢大家!",
                      "国旗下讲话稿2敬爱的老师,亲爱的同学们:", SCHOOL_2, "我的讲话完了,谢谢大家!"])
    doc = clean_document(page)
    assert [p.title for p in doc.parts] == ["国旗下讲话稿", "国旗下讲话稿"]
    assert doc.parts[0].text.startswith("尊敬的老师们、亲爱的同学们:") and SCHOOL_1 in doc.parts[0].text
    assert doc.parts[1].text.startswith("敬爱的老师,亲爱的同学们:") and SCHOOL_2 in doc.parts[1].text
    assert "讲话稿1" not in doc.text and "讲话稿2" not in doc.text


def test_a_lone_first_items_glued_label_goes_with_the_header():
    page = "\n".join(["运动会开幕式致辞(通用8篇)", "运动会开幕式的致辞篇一尊敬的各位领导、各位来宾:", SCHOOL_1, "谢谢大家!"])
    doc = clean_document(page)
    assert doc.text.startswith("尊敬的各位领导、各位来宾:") and SCHOOL_1 in doc.text


@pytest.mark.parametrize("line", [
    "我的发言稿1尊敬的评委老师看过以后,提了很多意见。",      # a sentence, not a label: no genre title before the number
    "第一次写演讲稿时,尊敬的老师帮我改了三遍。",
])
def test_a_sentence_naming_a_genre_before_a_salutation_word_stays(line):
    out = clean_text(_page(line))
    assert line in out and _kept(out)


# --- a blurb in the first person, a membership promotion, a loading notice, a contents list closed by dots ----------

def test_a_first_person_blurb_offering_model_texts_goes():
    blurb = "写范文的时候需要注意什么呢?下面我给大家整理了一些优秀范文,希望能够帮助到大家,我们一起来看一看吧。"
    out = clean_text(_page(head="运动会开幕式致辞(通用8篇)\n" + blurb + "\n同志们:"))
    assert "下面我给大家整理" not in out and _kept(out)


def test_a_speaker_sharing_points_stays():
    line = "下面我给大家分享三点体会,供大家参考。"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


@pytest.mark.parametrize("promo", ["近500万道试题、20多万套资源、50多万篇作文、60多万篇范文免费使用",
                                   "每天仅需0.22元,尊享会员权益"])
def test_a_membership_promotion_goes(promo):
    out = clean_text(_page(promo))
    assert promo not in out and _kept(out)


@pytest.mark.parametrize("notice", ["预览加载中,请您耐心等待几秒...", "文档加载中……", "页面加载中,请耐心等待"])
def test_a_loading_notice_goes(notice):
    out = clean_text(notice + "\n" + _page())
    assert "加载中" not in out and _kept(out)


def test_a_contents_list_closed_by_dots_goes_though_the_excerpt_lacks_its_headings():
    page = "\n".join(["县领导在全县防汛工作会议上的讲话", "目录/提纲:……", "一、认清形势强化领导", "二、突出重点加强防范",
                      "一是要抓好水库安全度汛", "三、强化措施狠抓落实", "……", "同志们:", FIRST, "一、认清形势强化领导",
                      SECOND, THIRD])
    out = clean_text(page)
    assert "目录" not in out and "突出重点加强防范" not in out and "强化措施狠抓落实" not in out
    assert "\n一、认清形势强化领导\n" in out and _kept(out)         # the speech's own heading stays


def test_an_outline_without_its_closing_dots_keeps_headings_not_found_below():
    page = "\n".join(["提纲:", "一、认清形势", "二、突出重点", "同志们:", FIRST, SECOND, THIRD])
    out = clean_text(page)
    assert "突出重点" in out and _kept(out)


# --- sharing notices, a template's use note, an offer of a plan, a blurb with characters lost to mojibake ----------

def test_a_sharing_notice_glued_before_the_title_goes():
    page = ("此资料由网络收集而来如有侵权请告知上传者立即删除。资料共分享我们负责传递知识。"
            "在全县秸秆禁烧工作会议上的讲话同志们:" + FIRST + SECOND + THIRD)
    out = clean_text(page)
    assert "侵权" not in out and "传递知识" not in out and _kept(out)


def test_a_templates_use_note_and_the_repeated_title_before_the_first_item_go():
    page = "秸秆禁烧会议讲话稿范文仅供参考,自行编辑使用秸秆禁烧会议讲话稿1尊敬的各位领导、同志们:" + FIRST + SECOND + THIRD
    doc = clean_document(page)
    assert "仅供参考" not in doc.text and _kept(doc.text)
    assert doc.parts[0].title == "秸秆禁烧会议讲话稿"


def test_a_speech_on_copyright_stays():
    line = "要严厉打击侵权盗版行为,对网络上的侵权内容依法删除,切实保护创作者的合法权益。"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


def test_an_offer_of_a_plan_hoping_to_help_goes():
    blurb = "开学典礼是学校迎接新学期的重要活动。以下是一份开学典礼策划方案,希望对即将举办开学典礼的学校有所帮助。"
    out = clean_text(blurb + "\n" + _page())
    assert "策划方案" not in out and _kept(out)


def test_an_editors_blurb_with_characters_lost_to_mojibake_goes_whole():
    blurb = "護士職業看似平凡,但要做好卻很難。下面是小編為大家?guī)淼?.12護士節演講稿5篇,希望能幫到大家!"
    out = clean_text(blurb + "\n" + _page())
    assert "希望能帮到大家" not in out and "小编" not in out and _kept(out)


@pytest.mark.parametrize("note", ["邮箱地址不会被公开。", "您的电子邮箱地址不会被公开。 必填项已用*标注",
                                  "Would love your thoughts, please comment.x", "Leave a Reply"])
def test_a_blogs_comment_form_notes_go(note):
    out = clean_text(_page() + "\n发表评论\n" + note)
    assert note.strip() not in out and _kept(out)


# --- an anti-copy dot between two Chinese characters ---------------------------------------------------------------

def test_an_anti_copy_dot_inside_a_word_goes():
    line = "我们要传承中华民族的种.种美德,让精彩的球赛点燃青春。"
    out = clean_text(_page(line))
    assert "种种美德" in out and _kept(out)


@pytest.mark.parametrize("line", ["一.提高认识,加强领导。", "二.突出重点,狠抓落实。"])
def test_a_heading_numbered_with_a_dot_stays(line):
    out = clean_text(_page(line))
    assert line in out and _kept(out)


def test_a_page_typed_with_dots_for_full_stops_keeps_them():
    page = "同志们:\n今天召开会议.部署工作.要抓好落实.确保责任到位.希望大家努力.谢谢大家!"
    out = clean_text(page)
    assert "今天召开会议.部署工作.要抓好落实.确保责任到位.希望大家努力." in out


# --- round 89: a VIP ward, an essay's review, an upload row, a tag's cut attribute, a collection's title ----------

def test_a_vip_ward_in_a_hospitals_report_stays():
    line = "20xx年,门诊楼、VIP病房、体检中心等旧貌换新颜,生殖中心通过省厅评审。"
    out = clean_text(_page(line))
    assert "VIP病房、体检中心等旧貌换新颜" in out and _kept(out)


def test_a_vip_documents_panel_still_goes():
    out = clean_text(_page("该文档为VIP文档,如果想要下载,成为VIP会员即可"))
    assert "VIP" not in out and _kept(out)


def test_an_essay_sites_review_under_the_speech_goes():
    page = _page() + "\n我的演讲到此结束,谢谢大家!\n袁老师作文评语:\n演讲稿很有激情,语言准确自然,充分说明了读书的重要性。\n本栏目热门文章"
    out = clean_text(page)
    assert "评语" not in out and "很有激情" not in out and "谢谢大家" in out and _kept(out)


def test_a_speakers_review_of_the_year_stays():
    line = "年终点评:今年全县各项工作稳中有进,我们的成绩来之不易。"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


@pytest.mark.parametrize("row", ["会员上传 分享", "用户上传"])
def test_an_upload_row_goes(row):
    out = clean_text("某某讲话稿\n" + row + "\n" + _page())
    assert "上传" not in out and _kept(out)


def test_a_tags_cut_attribute_before_a_heading_goes():
    out = clean_text(_page('主持词">主持词及演讲赛议程'))
    assert '">' not in out and "主持词及演讲赛议程" in out and _kept(out)


def test_a_collections_title_above_the_one_speech_kept_goes():
    page = "\n".join(["亲子运动会校长开幕词【推荐20篇】", "初中学校运动会开幕式校长致辞", "老师们、同学们大家早上好!",
                      FIRST, SECOND, THIRD])
    doc = clean_document(page)
    assert "推荐20篇" not in doc.text and doc.page_title == "初中学校运动会开幕式校长致辞" and _kept(doc.text)


# --- round 89n: a study guide's apparatus around a historical speech -----------------------------------------------

LECTURE = ["诸君,今天我讲的题目是敬业与乐业。", "我确信敬业与乐业四个字,是人类生活的不二法门。", "我这题目,是把礼记里头敬业乐群和老子里头安其居乐其业那两句话断章取义造出来的。"]


def test_a_study_guides_bracketed_notes_go():
    page = "\n".join([LECTURE[0] + "[此句交代题目的来源,避免听者混同原意。]", LECTURE[1] + "[总说有业的重要性。]",
                      LECTURE[2]])
    out = clean_text(page)
    assert "[" not in out and all(s in out for s in LECTURE)


def test_three_bracketed_sentences_go_whatever_their_words():
    page = "\n".join([LECTURE[0] + "[看来这是教育的前提呀。]", LECTURE[1] + "[可见这是基础。]", LECTURE[2] + "[引古人的话。]"])
    out = clean_text(page)
    assert "[" not in out and all(s in out for s in LECTURE)


def test_one_bracketed_remark_in_a_speech_stays():
    line = "会上,大家一致同意这个方案[会议记录附后。]"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


def test_a_biography_led_by_the_speakers_label_and_a_novel_mirrors_stamp_go():
    bio = "◎演说者某某(1893~1976年)是中华人民的伟大领袖,伟大的思想家、革命家和理论家。"
    page = "\n".join(["天才一秒记住【某某小说网】地址:example.net", bio, "【精彩演说辞】", *LECTURE])
    out = clean_text(page)
    assert "一秒记住" not in out and "演说者" not in out and "精彩演说辞" not in out and all(s in out for s in LECTURE)


def test_a_speaker_naming_a_persons_years_stays():
    line = "鲁迅(1881-1936)先生说过,希望是附丽于存在的,有存在,便有希望,有希望,便是光明。我们今天纪念他,就要学习他的精神,把工作做得更好,把事业推向前进,这是我们对先生最好的纪念,也是我们这一代人的责任和担当。"
    out = clean_text(_page(line))
    assert line in out and _kept(out)


def test_a_documents_own_notes_stay():
    notes = ["〔注〕第一个五年计划期间的工农业产值,是以一九五二年的价格作为不变价格计算的。",
             "〔注〕这里列举的各年粮食总产量,都扣除了大豆的产量。"]
    out = clean_text(_page(notes[0], notes[1]))
    assert all(n in out for n in notes) and _kept(out)


def test_a_textbooks_word_notes_go():
    notes = ["①〔某先生〕指某某(1902—1946),爱国民主人士。", "②〔某集团〕指当时的反动派。"]
    out = clean_text("\n".join(LECTURE + notes))
    assert "〔" not in out and all(s in out for s in LECTURE)


# --- round 90: a blurb's end after a space inside it, a hidden-count marker with 了, an upload note of 当前文档 --------

def test_a_blurb_with_a_space_inside_goes_whole():
    blurb = "下面是小编为大家精心整理的在农村工作会议上讲话 农村工作会议全文文章,供大家阅读参考。"
    out = clean_text(blurb + "\n" + _page())
    assert "供大家阅读参考" not in out and "小编" not in out and _kept(out)


def test_a_hidden_count_marker_with_its_full_text_offer_goes():
    marker = "(......此处隐藏了394字,下载文档可见全文......)"
    out = clean_text(_page(SECOND[:20] + marker))
    assert "隐藏" not in out and "可见全文" not in out and _kept(out)


def test_an_upload_note_of_the_current_document_goes():
    note = "• 当前文档由用户上传发布,收益归属用户"
    out = clean_text(_page() + "\n" + note)
    assert "用户上传" not in out and _kept(out)
