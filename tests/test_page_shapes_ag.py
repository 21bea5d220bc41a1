"""Session ag: families held-out rounds 129k-134k left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from functools import partial

import pytest

from page_shapes import FIRST, SECOND, THIRD, audit_rules as _rules, clean_audited as _clean, kept as _kept, titled_speech

TITLE = "在全镇安全生产工作会议上的讲话"
_speech = partial(titled_speech, title=TITLE)


# --- a template engine's error in place of a part of the page ---------------------------------------------------------

@pytest.mark.parametrize("error", ["The template file 'copy.htm' not found or have no access!(1)",
                                   "The template file 'foot_list.htm' not found or have no access!",
                                   "You have an error in your SQL syntax; check the manual near 'limit 0,10' at line 1"])
@pytest.mark.parametrize("glued", [True, False])
def test_a_template_engine_error_goes_on_its_line_or_glued(error, glued):
    doc = _clean(_speech(tail=error) if not glued else _speech().rstrip("\n") + error + "\n")
    assert _kept(doc.text) and "template" not in doc.text and "SQL" not in doc.text
    assert "server_error" in _rules(doc)


def test_a_speech_naming_a_template_file_in_chinese_stays():
    raw = _speech(tail="各单位要按照模板文件(template file)填报,不得遗漏。\n")
    doc = _clean(raw)
    assert "模板文件(template file)填报" in doc.text


# --- a flattened document viewer's later page counter, glued to the word it cut -------------------------------------

def _flat(body: str) -> str:
    return (f"文档简介\n1 / 7 {TITLE} {TITLE} 同志们 : 今天召开会议。{FIRST}{body}{SECOND}"
            f"在全市同类乡镇中安全生3 / 7 产成绩位居前列。{THIRD}")


def test_later_counters_of_a_flattened_viewer_go_even_glued_to_a_cut_word():
    doc = _clean(_flat("全镇工作成效明2 / 7 显,"))
    assert "/ 7" not in doc.text and "成效明显" in doc.text.replace(" ", "")
    assert "安全生产成绩" in doc.text.replace(" ", "")


def test_a_fraction_without_a_viewer_counter_stays():
    doc = _clean(_speech(tail="全县有1 / 3 的村完成了改造,剩下的2 / 3 要在年底前完成。\n"))
    assert "1 / 3" in doc.text and "2 / 3" in doc.text


def test_a_count_above_the_viewers_page_count_stays():
    doc = _clean(_flat("全镇有9 / 7 组"))
    assert "9 / 7" in doc.text


# --- a site's sentence presenting the text by its title, its 为大家整理的 lost -----------------------------------------

@pytest.mark.parametrize("lead", ["这篇《{t}》,是特地,希望对大家有所帮助!", "这篇《{t}》是,希望对你有所帮助。",
                                  "这篇《{t}》,是特地为您,希望能对您有所帮助!"])
def test_a_sentence_presenting_the_text_by_its_title_goes_glued_before_the_salutation(lead):
    raw = lead.format(t=TITLE) + f"同志们:{FIRST}\n{SECOND}\n{THIRD}\n谢谢大家!\n"
    doc = _clean(raw)
    assert _kept(doc.text) and "这篇" not in doc.text and "有所帮助" not in doc.text
    assert doc.text.startswith("同志们:")


def test_a_speaker_recommending_an_article_by_its_title_keeps_the_sentence():
    raw = _speech(tail="我推荐的这篇《关于安全生产的几点思考》是县委办写的,希望对大家有所帮助。\n")
    doc = _clean(raw)
    assert "县委办写的" in doc.text


# --- a speaker's closing hope is no editor's blurb (regression: the line went as editor_blurb) ----------------------

@pytest.mark.parametrize("close", ["以上几点意见,希望对大家有所帮助。", "这些经验做法,希望对大家有所帮助。",
                                   "总之,希望对大家有所帮助,谢谢!", "以上几点体会,仅供参考,希望对大家有所帮助。谢谢大家!"])
def test_a_speakers_closing_hope_over_the_points_made_stays(close):
    doc = _clean(f"{TITLE}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n{close}\n")
    assert _kept(doc.text) and close in doc.text


@pytest.mark.parametrize("close", ["以上就是小编整理的几点意见,希望对大家有所帮助。", "以上是关于安全生产的讲话稿,希望对大家有所帮助。",
                                   "希望对您有所帮助!"])
def test_a_sites_closing_hope_still_goes(close):
    doc = _clean(_speech(tail=close + "\n"))
    assert _kept(doc.text) and "有所帮助" not in doc.text


# --- a viewer's counter whose number was lost; a site's slogan above its trail (round 130k) --------------------------

def test_a_counter_without_its_number_glued_inside_a_word_goes():
    doc = _clean(_speech(tail="要评选出一批资源品位高、产品开发优、景区/ 8管理好的旅游区作为典范。\n"))
    assert "景区管理好" in doc.text and "/ 8" not in doc.text and "page_number" in _rules(doc)


@pytest.mark.parametrize("line", ["每吨收费30元/吨,每亩补贴200元/亩。", "完成率达到1 / 3以上。", "单价为5元/ 斤。"])
def test_a_slash_of_units_or_counts_stays(line):
    doc = _clean(_speech(tail=line + "\n"))
    assert line.replace(" ", "") in doc.text.replace(" ", "")


@pytest.mark.parametrize("slogan", ["荟聚奇文、博采众长、见贤思齐", "学习交流 资源共享 共同进步"])
def test_a_sites_slogan_right_above_its_trail_goes(slogan):
    doc = _clean(_speech(head=f"{slogan}\n当前位置:某某素材库 > 公文素材 > 范文素材 > {TITLE}\n"))
    assert _kept(doc.text) and slogan not in doc.text
    assert [r["removed"] for r in doc.audit_rows if r["rule"] == "site_name"] == [slogan]


def test_a_speech_title_of_four_character_phrases_stays():
    title = "不忘初心、牢记使命、勇于担当"
    doc = _clean(f"{title}\n——在全镇安全生产工作会议上的讲话\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "site_name" not in _rules(doc)         # the speech's title goes to the front matter, not as a site's


# --- round 131k: lone glyphs, an escaping backslash, a link footer, a glued source stamp -----------------------------

def test_a_foreign_scripts_lone_letter_inside_a_sentence_goes():
    doc = _clean(_speech(tail="在深圳等他乡异地艰苦创业,谋求发展ฉ,取得较大的成就。\n"))
    assert "谋求发展,取得较大的成就。" in doc.text and "symbol_noise" in _rules(doc)


def test_lone_signs_go_by_two_and_one_alone_stays():
    doc = _clean(_speech(tail="这是同乡社会生活中™的一件大事。大家要团结✿一心。\n"))
    assert "生活中的一件大事" in doc.text and "团结一心" in doc.text
    doc = _clean(_speech(tail="要用好鸿蒙™系统,推进数字政府建设。\n"))
    assert "鸿蒙™系统" in doc.text


def test_a_scrapers_backslash_after_a_sentence_goes():
    doc = _clean(_speech(tail="不随意毁坏花草树木,不随意捕杀鸟兽虫鱼。 \\\n第三,要促使全员参加绿化校园的活动。\n"))
    assert "\\" not in doc.text and "捕杀鸟兽虫鱼。" in doc.text and "第三,要促使" in doc.text


@pytest.mark.parametrize("footer", ["您可以访问某某范文网(www.网址未加载)查看更多与本文《在母亲八十大寿庆典上的致辞》相关的文章。",
                                    "你可以访问某某文库(www.abc.com)查看更多与本文《{t}》相关的文章。"])
def test_a_link_footer_sending_the_reader_for_more_texts_goes(footer):
    doc = _clean(_speech(tail=footer.format(t=TITLE) + "\n"))
    assert _kept(doc.text) and "查看更多" not in doc.text


def test_a_speech_sending_people_to_a_government_site_stays():
    line = "群众可以访问县政府网站查看更多政策信息。"
    doc = _clean(_speech(tail=line + "\n"))
    assert line in doc.text


def test_a_source_stamp_glued_inside_a_sentence_goes_with_its_label():
    doc = _clean(_speech(tail="人生七十古来稀,八十高寿是福分,与人为善心胸宽选自:某某咨询网 www.abcdef.com,知足常乐顺自然。\n"))
    assert "与人为善心胸宽,知足常乐顺自然。" in doc.text and "选自" not in doc.text


def test_a_source_named_by_the_speaker_without_a_colon_stays():
    line = "这些数据来自国家统计局网站www.stats.gov.cn,大家可以查阅。"
    doc = _clean(_speech(tail=line + "\n"))
    assert "来自国家统计局网站" in doc.text


# --- round 132k: ASCII full stops at a page's edge, a category, keywords glued to a sentence, 本站分享 ----------------

def test_a_flattened_page_writing_full_stops_in_ascii_keeps_its_sentences():
    body = ("三水镇的医药产业初具规模,现已聚集了30多家医药企业.预计全部项目建成投产后,年产值可达68亿元,其中一批知名 "
            "“品牌企业”享誉海内外. 在未来的发展中,我们将把医药产业进一步做大做强.到2010年全镇医药工业产值将达到100亿元. "
            "这一目标的实现,更重要的是靠大家的支持和广大投资者的共同努力,我们")
    doc = _clean(f"尊敬的各位领导、各位嘉宾: 今天晚上,我镇在这里举办交流晚宴,在此,我谨代表镇人民政府表示欢迎! {body}")
    assert "“品牌企业”享誉海内外." in doc.text


@pytest.mark.parametrize("head", ["英语演讲稿 时间:2022-02-19\n", "致辞致谢\n{t}\n时间:2017-09-11 11:03:16 致辞致谢 我要投稿\n"])
def test_a_sites_category_beside_or_above_its_row_goes(head):
    doc = _clean(_speech(head=head.format(t=TITLE)))
    assert _kept(doc.text) and "演讲稿" not in doc.text and "致辞致谢" not in doc.text


def test_a_short_title_named_in_a_title_row_stays_for_the_title_rules():
    doc = _clean("新年致辞\n标题:新年致辞 时间:2020-01-01\n同志们:\n" + f"{FIRST}\n{SECOND}\n")
    assert not [r for r in doc.audit_rows if r["rule"] == "page_meta" and r["removed"] == "新年致辞"]


def test_keywords_glued_as_a_sentences_last_clause_go():
    line = "今天这次会议,主要是分析当前防汛抗灾形势,安排部署下一阶段工作,防汛抗灾工作会议领导讲话稿。刚才,有关同志作了汇报。"
    doc = _clean(_speech(tail=line + "\n"))
    assert "安排部署下一阶段工作。刚才," in doc.text and "seo_keyword" in _rules(doc)


@pytest.mark.parametrize("line", ["会后,请各单位认真学习书记讲话稿。", "会前,我们反复修改了这篇讲话稿。",
                                  "大家手里都有一份会议材料,其中包括领导讲话稿。"])
def test_a_speaker_naming_a_speech_text_keeps_the_clause(line):
    doc = _clean(_speech(tail=line + "\n"))
    assert line in doc.text


def test_a_lead_closed_by_a_blurb_of_what_the_site_shares_goes_whole():
    head = ("突发事件,是指突然发生,造成或者可能造成严重社会危害,需要采取应急处置措施予以应对的自然灾害和事故灾难。"
            f"以下是本站分享的{TITLE},希望能帮助到大家!\n")
    doc = _clean(_speech(head=head))
    assert _kept(doc.text) and "突发事件" not in doc.text and "本站" not in doc.text


# --- round 133k: a shared-document panel on a flattened page, glued related titles, contact promotions -------------

def test_a_shared_document_panel_on_a_flattened_page_keeps_the_speech_after_it():
    raw = (f"《{TITLE}.docx》由会员分享,可在线阅读,更多相关《{TITLE}.docx(3页珍藏版)》请在某某文库网上搜索。 "
           f"1、{TITLE}(仅供学习)各位领导、同志们:很荣幸代表全镇在这里发言。{FIRST}{SECOND}{THIRD}")
    doc = _clean(raw)
    assert "很荣幸代表全镇在这里发言。" in doc.text and _kept(doc.text) and "会员分享" not in doc.text


def test_a_related_title_glued_after_a_sentence_at_its_lines_end_goes():
    doc = _clean(_speech(tail="下面进行会议第二项,请实验小学代表献词。小学生五一劳动节演讲稿\n进行会议第三项,请宣读表彰决定。\n"))
    assert "请实验小学代表献词。\n" in doc.text and "劳动节演讲稿" not in doc.text


def test_the_next_speechs_title_before_its_salutation_stays():
    raw = _speech() + f"感谢大家的辛勤付出!劳模表彰大会领导讲话稿\n同志们:\n{SECOND}\n"
    doc = _clean(raw)
    assert "related_list" not in _rules(doc)


@pytest.mark.parametrize("promo", ["【更多公文 素材,微信:abcd01】", "【获取更多范文请加QQ:12345678】"])
def test_a_promotion_with_a_messengers_contact_goes(promo):
    doc = _clean(_speech(tail=f"在正式开班之前,我讲几个问题,算是这次培训班的动员。{promo}\n"))
    assert "动员。" in doc.text and "微信" not in doc.text and "QQ" not in doc.text


def test_an_seo_how_to_title_heading_the_page_goes():
    doc = _clean("关于安全生产教育和培训计划怎么写一\n上午好!\n" + f"{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "怎么写" not in doc.text and _kept(doc.text)


# --- round 134k: a title glued before the greeting, domains and adverts glued inside sentences -----------------------

def test_a_title_glued_before_the_speakers_greeting_keeps_the_greeting():
    raw = ("2023年医院职代会领导讲话稿范文\n医院职工大会领导讲话稿模板(四篇)\n\n"
           "医院职工大会领导讲话稿模板尊敬的各位医院职工:大家好!首先,我要感谢每一位出席今天大会的职工。\n"
           f"{FIRST}\n{SECOND}\n")
    doc = _clean(raw)
    assert "大家好!" in doc.text and "首先,我要感谢每一位出席今天大会的职工。" in doc.text and SECOND in doc.text


def test_a_domain_glued_after_a_clauses_comma_goes():
    doc = _clean(_speech(tail="75%以上的事故是人为因素造成的,www.aBcDeF.com其中根本原因,就是不遵守交通规则。\n"))
    assert "造成的,其中根本原因" in doc.text


def test_a_download_sites_advert_glued_inside_a_sentence_goes():
    doc = _clean(_speech(tail="我校某某同学夺得全市文科第二名课件下载[www.abcdown.cn]、全县第一名。\n"))
    assert "第二名、全县第一名。" in doc.text


def test_a_speech_naming_a_site_in_brackets_keeps_it():
    line = "大家可以登录县政府网站(www.abc.gov.cn)查询办事指南。"
    doc = _clean(_speech(tail=line + "\n"))
    assert line in doc.text
