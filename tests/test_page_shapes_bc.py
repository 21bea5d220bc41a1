"""Page shapes learned in session bc from held-out rounds 289k-290k after they were measured: each family with a
counter-test that speech stays.

The strings are written here in the families' shapes, not copied from the pages.
"""

import pytest

from corpusmine.text.clean import clean_text
from page_shapes import gone_between as _gone, kept_between as _kept


def test_a_generators_summary_table_and_its_comment_go():
    # a content farm's generated page: the speech, then a lead, a label-and-value table and a comment on the speech
    page = ("教师节致辞\n各位老师:\n大家好!在这个金秋时节,我们迎来了教师节。祝大家节日快乐!\n"
            "以下是对教师节致辞内容的总结,并通过表格形式进行展示:\n"
            "项目 | 内容 |\n致辞主题 | 表达对教师的敬意 |\n致辞对象 | 全体教师 |\n致辞风格 | 温暖、真诚 |\n"
            "教师节致辞不仅是表达感谢,更是对师德的弘扬。通过这样的致辞,可以让更多人了解教师的辛劳。")
    out = clean_text(page)
    assert "表格" not in out and "|" not in out and "致辞风格" not in out and "通过这样的致辞" not in out
    assert "在这个金秋时节,我们迎来了教师节。" in out and "祝大家节日快乐!" in out


def test_a_speakers_points_with_pipes_stay():
    # a single row of pipes in a speech is no table
    out = clean_text("同志们:\n一是抓落实 | 二是抓整改 |\n我们要把工作做实做细。")
    assert "一是抓落实" in out


def test_a_speaker_speaking_of_this_speech_stays():
    assert _kept("通过这样的活动,可以让更多群众了解政策,我们要坚持办下去。")


@pytest.mark.parametrize("line", [
    "记者: 某某某/综合报导。",                       # a reporter's label alone on a line (round 289k)
    "记者 某某 报道",
    "本文由某某网编辑为您精心准备,请大家参考!",        # a site's editor blurb (round 290k)
    "(注:以上内容由模型生成,旨在满足特定需求。)",      # a generator's note (round 290k)
    "具体内容如下(滑动可查看)",                        # a desk's lead-in to a notice (round 289k)
])
def test_site_lines_go(line):
    assert _gone(line)


def test_a_traditional_reporters_label_goes():
    out = clean_text("各位鄉親:\n今天我們召開大會。\n記者: 某某某/綜合報導。\n我們要團結一致。")
    assert "记者" not in out and "報導" not in out and "报导" not in out and "我们要团结一致。" in out


def test_a_template_intro_asking_how_to_write_goes():
    # the spun intro of a template site: 如何写好一份发言稿呢?以下是我整理的…发言稿 (round 290k)
    assert _gone("用到发言稿的地方越来越多。那么问题来了,究竟应如何写好一份发言稿呢?以下是我整理的运动会发言稿,仅供参考。")


@pytest.mark.parametrize("line", [
    "记者朋友们:感谢大家的关注。",
    "以下是我整理的几点体会,不妥之处请批评指正。",
])
def test_speakers_lines_stay(line):
    assert _kept(line)


def test_a_caption_above_its_photographers_credit_goes():
    # a caption's one sentence and the photographer's name in brackets on the line under it (round 289k)
    page = "各位乡亲:\n今天我们在这里召开大会。\n某某县乡镇长协会召开会员大会。\n(某某某摄)\n我们要团结一致,把会务做好。"
    out = clean_text(page)
    assert "会员大会" not in out and "摄" not in out
    assert "今天我们在这里召开大会。" in out and "我们要团结一致,把会务做好。" in out


def test_a_speakers_sentence_above_a_credit_stays():
    out = clean_text("各位乡亲:\n我们要团结一致,把会务做好。\n(某某摄)\n谢谢大家。")
    assert "我们要团结一致,把会务做好。" in out


def test_a_caption_with_its_credit_glued_goes():
    out = clean_text("各位乡亲:\n今天我们召开大会。\n协会召开会员大会。 (某某某摄)\n谢谢大家。")
    assert "会员大会" not in out and "今天我们召开大会。" in out


def test_a_gallery_of_pictures_named_twice_goes():
    # a government page's gallery: each picture's words twice (alternative text, caption), then once (round 289k)
    page = ("各位里长:\n感谢大家一年来的付出,社区的安全离不开大家。\n"
            "  • 里长大合照 里长大合照\n  • 表扬活动 表扬活动\n  • 局长致词 局长致词\n  • 里长大合照\n  • 表扬活动\n谢谢大家。")
    out = clean_text(page)
    assert "合照" not in out and "表扬活动" not in out
    assert "感谢大家一年来的付出,社区的安全离不开大家。" in out


def test_a_speakers_bulleted_points_stay():
    out = clean_text("同志们:\n• 抓好落实\n• 抓好整改\n• 抓好宣传\n要把工作做实。")
    assert "抓好整改" in out and "抓好宣传" in out


def test_a_caption_placing_two_people_goes():
    # who stands where, two at once: a caption wherever it stands (round 290k)
    page = "各位同志:\n今天我们举行朗读比赛。\n警校某某某、某某某组合(左三、左二)朗读《铁骨》\n我们要传承精神。"
    out = clean_text(page)
    assert "左三" not in out and "今天我们举行朗读比赛。" in out and "我们要传承精神。" in out


def test_a_reporters_line_with_two_names_and_a_link_report_goes():
    # 记者某某、某某/甲地—乙地连线报导 (round 291k)
    out = clean_text("各位来宾:\n今天我们在这里公祭先祖。\n記者蔡某甲、吳某乙/西安—台北連線報導\n我们要传承文化。")
    assert "连线" not in out and "记者" not in out and "我们要传承文化。" in out


def test_a_bracketed_advert_marker_goes_whole():
    out = clean_text("各位来宾:\n今天我们在这里公祭先祖。\n[廣告] 請繼續往下閱讀..\n我们要传承文化。")
    assert "阅读" not in out and "广告" not in out and "我们要传承文化。" in out


# --- round 292k ---------------------------------------------------------------------------------------------------

def test_a_banner_glued_before_a_hailed_audience_takes_no_speech_with_it():
    # a document site's banner (…倾情为你奉上) glued to the title and the greeting: the speech's first sentences stay
    line = ("精选优质文档-倾情为你奉上中学安全教育讲话稿同学们、老师们:早上好!伴随着春节喜庆气氛的渐渐消散,我们迎来了一个新的学期。"
            "新学期,新思路,新气象。首先我预祝各位老师工作顺利;预祝同学们取得更大的进步。同学们,开学后的第一个月是安全教育月。")
    out = clean_text(line)
    assert "伴随着春节喜庆气氛的渐渐消散,我们迎来了一个新的学期。" in out and "预祝同学们取得更大的进步。" in out


def test_a_pdf_speech_opening_on_its_hailed_audience_keeps_its_first_lines():
    # 老师们 同学们 ! opens a speech whose lines the PDF broke mid-sentence: no front matter (round 292k)
    page = ("世界地球日国旗下讲话稿范文\n老师们 同学们 ! 科学家发现地球已经走过漫长的征程, 在这\n"
            "个神奇的星球上我们生存,发展,但是过度的开\n采浪费地球资源,地球母亲开始哭泣 !\n"
            "【携手爱地球】\n老师们、同学们:\n大家早上好 !今天我演讲的题目是《携手爱地球》。")
    out = clean_text(page).replace(" ", "")
    assert "科学家发现地球已经走过漫长的征程" in out and "个神奇的星球上我们生存" in out


def test_a_cut_pages_last_line_hailing_the_audience_stays():
    page = ("同学们:\n今天我们讲保护环境。我们要从身边做起。\n地球是我们共同的家园,我们要爱护她。\n"
            "【从身边做起】 尊敬的老师 , 亲爱的同学们 : 大")
    out = clean_text(page)
    assert "亲爱的同学们" in out


def test_a_list_of_links_cut_short_goes():
    page = ("各位宗亲:\n今天我们在这里隆重举行祭祖典礼,缅怀先祖的功德。\n某氏新闻\n"
            "某市领导带队到某氏村调研乡村振兴工..\n某书院举办春季祭祖暨某某公诞辰..\n某大学教授一行赴某地调研纪实\n"
            "某宗亲会组织宗亲到某地参加祭祖活..")
    out = clean_text(page)
    assert ".." not in out and "调研纪实" not in out and "缅怀先祖的功德。" in out


def test_a_stamp_of_where_the_text_came_from_goes_from_inside_a_line():
    out = clean_text("各位亲友:\n今天,我们站在二位老人的墓前,为他们树碑立传,本篇文章來自資料管理下載。我们会更加缅怀两位老人。")
    assert "来自" not in out and "为他们树碑立传," in out and "我们会更加缅怀两位老人。" in out


def test_a_long_pointer_caption_of_a_signing_goes():
    page = ("同志们:\n今天我们召开乡村振兴推进会。\n▲某县委常委、副县长某某与某生态农业集团代表某某某签署乡村振兴农业合作战略框架协议\n"
            "我们要抓好落实。")
    out = clean_text(page)
    assert "签署" not in out and "我们要抓好落实。" in out


# --- round 293k ---------------------------------------------------------------------------------------------------

def test_credits_parted_by_slashes_before_a_dated_lead_go_and_the_lead_stays():
    out = clean_text("某协会第六次代表大会召开\n趙某某/報道 邵某某/攝影 2017年6月3日下午,某协会第六次代表大会在北京隆重召开。")
    assert "报道" not in out and "摄影" not in out and "2017年6月3日下午,某协会第六次代表大会在北京隆重召开。" in out


def test_a_speaker_naming_a_photograph_stays():
    assert _kept("张某某/报道的那张照片,我们都看过,大家很受感动。")


def test_a_login_and_submit_button_goes():
    assert _gone("用戶登錄投稿".replace("戶", "户").replace("錄", "录"))


def test_a_speech_on_paying_fees_is_no_paywall():
    # 支付费用 holds 付费, a paywall's word (round 294k): the sentence stays
    line = "年关将至,更是出现了很多假冒老师向家长提出补课或支付费用的消息。"
    assert line in clean_text("亲爱的老师、同学们:\n" + line + "\n我们要提高警惕。")


def test_a_contact_block_with_spaced_labels_goes():
    # a site's contact block, its labels spaced out, blank lines between the rows (round 294k)
    page = ("各位校友:\n今天我们欢聚一堂,共叙友情。\n\n微 博:某某微博\n\n地 址:某省某市某路269号\n\n电 话:0595-12345678\n\n"
            "传 真:0595-12345679\n\n我们要团结一致,把母校建设好。")
    out = clean_text(page)
    assert "地址" not in out.replace(" ", "") and "传真" not in out.replace(" ", "") and "把母校建设好。" in out


def test_a_speech_giving_one_address_keeps_it():
    assert _kept("报名地址:学校大礼堂,请大家准时参加。")
