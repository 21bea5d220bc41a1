"""Page shapes learned in session ba from rounds already measured: each family with a counter-test that speech stays.

The strings are written here in the families' shapes, not copied from the pages.
"""

import pytest

from corpusmine.text.clean import clean_text
from page_shapes import gone_between as _gone, kept_between as _kept


@pytest.mark.parametrize("line", [
    # a site map's row of link labels, each with its number glued on (round 272k)
    "专题1 专题21 专题41 范文1 范文3 范文5 范文7 范文9 标签1 标签101 标签201 标签301",
    "video1 video21 文章1 文章201 文章401 推荐1 推荐3 推荐5 推荐7",
])
def test_link_label_rows_go(line):
    assert _gone(line)


@pytest.mark.parametrize("line", [
    # a speech's own line with numbers in it keeps its words
    "今年我校有一年级8个班 二年级7个班 三年级6个班,共有学生1200人。",
    "高一1班 高一2班 高一3班的同学表现突出。",
])
def test_lines_with_numbers_stay(line):
    assert _kept(line)


def test_writing_tip_above_the_salutation_goes():
    # a generator's numbered writing tip opens the page (round 274k)
    tip = "3.发言稿的写作要充分考虑听众的身份和需求,做到言之有物。演讲是一门艺术,需要反复实践。"
    out = clean_text(f"{tip}\n各位老师、同学们:\n大家好!今天我们举行开学典礼。祝大家学习进步。")
    assert "充分考虑听众" not in out and "今天我们举行开学典礼" in out


def test_writing_advice_in_the_speech_stays():
    # a speaker teaching the genre below the salutation keeps every word
    text = "同学们:\n大家好!今天讲讲写作。讲话稿的撰写需要充分考虑听众的需求。希望大家多练习。"
    assert "讲话稿的撰写需要充分考虑听众的需求" in clean_text(text)


REPORT = ("某县举行易地扶贫搬迁入住仪式\n5月5日,某县举行易地扶贫搬迁安置点首批搬迁入住仪式,县委书记某某、县长某某出席仪式。\n"
          "{}\n某某指出,要把好事办好,让群众搬得出、稳得住。\n")


@pytest.mark.parametrize("caption", [
    # captions of a ceremony's pictures between a report's paragraphs (round 276k)
    "县人大常委会主任某某宣布正式搬迁",
    "参加仪式的领导为搬迁代表发放钥匙",
    "县委书记某某为搬迁户发放钥匙(某某某 摄)",
])
def test_ceremony_captions_go(caption):
    out = clean_text(REPORT.format(caption))
    assert caption not in out and "首批搬迁入住仪式" in out and "搬得出、稳得住" in out


@pytest.mark.parametrize("sentence", [
    "我们要及时发放补贴,宣布的政策要一项一项落实",
    "各乡镇要抓好补贴发放",
    "请县长宣布大会开幕",
])
def test_lines_about_handing_out_stay(sentence):
    assert sentence in clean_text(REPORT.format(sentence))


@pytest.mark.parametrize("lead", [
    # a news page's line announcing the text below (round 277k)
    "王某某全文:",
    "某某就职演说中英版全文:",
    "某某卸任感言全文:",
])
def test_full_text_leads_go(lead):
    out = clean_text(f"某某发表讲话\n{lead}\n各位乡亲:\n大家好!今天我站在这里,心里充满感谢。谢谢大家!")
    assert lead not in out and "心里充满感谢" in out


def test_reading_the_full_text_in_a_sentence_stays():
    line = "我读了报告全文,很受启发。"
    assert line in clean_text(f"各位乡亲:\n大家好!{line}\n谢谢大家!")


def test_picture_credited_to_a_social_page_goes():
    out = clean_text("某某卸任\n各位市民:\n大家好!今天我交棒了。\n▲图/翻摄自某某脸书\n城市的进步是一场接力赛。谢谢大家!")
    assert "翻摄自" not in out and "接力赛" in out


def test_flattened_credit_before_the_speech_keeps_the_speech():
    # a regression: on a flattened page the credit's rule cut from the credit to the line's end, the speech with it
    from corpusmine.text.lines import flatten_lines
    raw = ("某某卸任致词全文\n某某今日交棒给新任市长,他在脸书写下感言。\n▲图/翻摄自某某脸书\n【某某卸任 致词全文】\n"
           "各位市民朋友,大家早安:\n这一个月以来,许多朋友问我心情怎么样。老实说,我现在的心情有点满足。\n谢谢大家!")
    out = clean_text(flatten_lines(raw, "lines"))
    assert "翻摄自" not in out and "许多朋友问我心情怎么样" in out and "我现在的心情有点满足" in out


def test_flattened_latin_name_inside_a_sentence_stays():
    # a regression: a flattened page was broken at the spaces around a Latin name, and the name went alone
    from corpusmine.text.lines import flatten_lines
    raw = ("社长报告\n亲爱的社友,大家晚安:\n首先,Jennifer 讲师带领我们走入美学的世界。\n"
           "接着,我们欢迎交换学生 Tamara 刘某某。我们的责任,是让 Tamara 在这十个月里感受到温暖。\n谢谢大家!")
    out = clean_text(flatten_lines(raw, "lines")).replace(" ", "")
    assert "首先,Jennifer讲师带领我们" in out and "是让Tamara在这十个月里感受到温暖" in out


def test_english_glued_between_chinese_sentences_goes():
    # a bilingual page with its line breaks and spaces stripped: the English runs between the Chinese sentences (278k)
    en1 = "DearPresidentsandEntrepreneurs,LadiesandGentlemen,Friends,DistinguishedGuests,"
    en2 = ("Inthisbeautifulseason,withtreescomingbacktolifeandspringflowersblossoming,wearedelightedtogatherinNan激ng,"
           "thecapitalofsixdynasties.")
    page = ("在某论坛上的致辞各位校长、企业家,女士们、先生们、朋友们:" + en1 + "在生机勃勃、春花烂漫的美好时节,我们在南京欢聚。"
            "今天,南京又迎来了第四届论坛。这次论坛首次邀请了企业界的朋友们,可以说群贤毕至。在此,我谨代表中国政府表示热烈的祝贺!"
            + en2 + "论坛是大学精神和创新思想的高层对话,是分享智慧、凝聚共识的互动平台。自2002年以来,论坛已成功举办了三届。"
            + "这既为中国学习借鉴世界高等教育先进经验提供了契机,也为各国大学加强交流合作搭建了平台。" * 3)
    out = clean_text(page)
    assert "Dear" not in out and "beautiful" not in out
    assert "朋友们:在生机勃勃" in out and "表示热烈的祝贺!论坛是" in out


def test_an_english_quote_in_a_chinese_sentence_stays():
    line = "正如一位外国朋友所说,Education is not preparation for life, education is life itself.这句话值得我们深思。"
    assert "Education is not preparation for life" in clean_text(f"同学们:\n{line}\n谢谢大家!")


def test_a_site_slogan_stamped_twice_into_sentences_goes():
    page = ("在团代会闭幕式上的讲话\n下载使用,远离加班熬夜!同志们、青年朋友们:大会即将胜利闭幕了。\n"
            "我读大学时,老师告诉我们,下载使用,远离加班熬夜!蒙娜丽莎的微笑代表了自信。青年要有朝气。")
    out = clean_text(page)
    assert "远离加班熬夜" not in out and "老师告诉我们,蒙娜丽莎的微笑代表了自信" in out


def test_a_casino_code_glued_inside_a_sentence_goes():
    page = "同志们:\n每一个定位现在的北大437ccm某赢国际其实都已经达到了。北大437ccm某赢国际和他的研究院是重镇。\n谢谢大家!"
    out = clean_text(page)
    assert "437ccm" not in out and "每一个定位现在的北大其实都已经达到了" in out


@pytest.mark.parametrize("line", [
    # a site's age notice, a casino brand after the title's dash, a desk's line handing over to the speech (279k)
    "本网站含有烟草内容,未成年人谢绝访问",
    "现摘录某某副校长在入队仪式上的讲话及一组活动照片如下:",
])
def test_site_notices_of_round_279k_go(line):
    assert _gone(line)


def test_a_casino_brand_after_the_title_goes():
    out = clean_text("第十六届某某质量论坛-凯发旗舰\n各位来宾:\n大家好!今天我们召开质量论坛。谢谢大家!")
    assert "凯发" not in out and "质量论坛" in out


def test_protecting_minors_in_a_speech_stays():
    line = "我们要保护未成年人,禁止向未成年人售烟,不得让未成年人进入网吧。"
    assert _kept(line)


def test_a_dashed_list_header_goes():
    # a document site's list header set off by dashes (-范文最新推荐-; round 280k)
    assert _gone("-范文最新推荐-")


def test_a_speech_line_on_recommending_stays():
    assert _kept("我们要把最新推荐的好经验推广开来,让大家都学起来。")


def test_a_template_document_header_between_dashes_goes():
    out = clean_text("某某发言稿\n1、-范文最新推荐- 某某茶话会发言稿 尊敬的各位领导:\n又是一年中秋到。谢谢大家!")
    assert "范文最新推荐" not in out and "又是一年中秋到" in out


def test_a_betting_code_before_a_site_word_glued_inside_a_sentence_goes():
    out = clean_text("同学们:\n我们一同踏入美丽的365abc英国唯一官网,开启了人生中最宝贵的一段旅程。请访问学校官网了解详情。\n谢谢大家!")
    assert "365abc" not in out and "请访问学校官网了解详情" in out


def test_a_site_menu_above_the_breadcrumb_goes():
    page = ("某某学,职校招生与学历提升信息网。\n分站导航\n热点关注\n某某学在线报名\n在线咨询\n当前位置:\n某某学 > 职校资讯\n"
            "毕业典礼致辞\n女士们、先生们:\n晚上好!欢迎来到毕业典礼。谢谢大家!")
    out = clean_text(page)
    assert all(w not in out for w in ("分站导航", "热点关注", "在线咨询", "信息网")) and "欢迎来到毕业典礼" in out


def test_a_title_above_the_breadcrumb_is_no_menu():
    from corpusmine.text.widget_lists import head_menu_spans
    page = "某某学校2018届毕业典礼校长致辞\n关注青少年成长\n当前位置:首页 > 讲话\n同学们:\n今天大家毕业了。谢谢大家!"
    assert head_menu_spans(page) == []
