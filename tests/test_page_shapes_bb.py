"""Page shapes learned in session bb from rounds already measured: each family with a counter-test that speech stays.

The strings are written here in the families' shapes, not copied from the pages.
"""

import pytest

from corpusmine.text.clean import clean_text
from page_shapes import PARENTS_PAGE as PAGE, gone_between as _gone, kept_between as _kept


def test_word_file_page_banners_go_with_the_title_they_repeat():
    # a converted Word file's banner at each page's top: title, format label, sale notice, page number (round 282k)
    banner = "某某博览会开幕式上的致辞 WORD 版 【本文为 word 版,下载后可修改、打印,如对您有所帮助,请购买,谢谢。 】"
    page = (f"某某博览会开幕式上的致辞.docx\n{banner} 第 1 页 某某博览会开幕式上的致辞 尊敬的各位来宾:金秋时节,"
            f"博览会在这里隆重开幕。我谨代表区委、区政府表示热烈的欢迎!本区位于省境东南部,{banner} 第 2 页 "
            f"是全市的经济中心。同时,{banner[:40]}")
    out = clean_text(page)
    assert "word" not in out.lower() and "请购买" not in out and "第1页" not in out.replace(" ", "")
    assert "本区位于省境东南部,是全市的经济中心。" in out.replace(" ", "")
    assert out.rstrip().endswith("同时,")


def test_a_speech_naming_a_word_version_stays():
    assert _kept("会议材料有WORD版,会后发给大家,请认真学习。")


def test_a_spun_editor_blurb_goes():
    # the synonym-spun blurb of a template site: 小编 → 我, 希望 → 盼望, 分享 → 共享 (round 282k)
    page = ("某中学校长开学典礼讲话\n本文某中学校长开学典礼讲话由我细心为您整理,盼望这篇校长开学典礼讲话范文可以帮到你。"
            "新学期开始了。校长会在开学典礼上说些什么呢?下面由我来给大家共享校长开学典礼讲话,欢迎大家来参阅。\n"
            "各位老师、同学们:\n大家好!新的学期开始了,欢迎你们来到这里。")
    out = clean_text(page)
    assert "由我细心" not in out and "共享" not in out and "参阅" not in out
    assert "新的学期开始了,欢迎你们来到这里。" in out


def test_a_speaker_sharing_with_the_audience_stays():
    assert _kept("下面由我来给大家分享三点体会,不妥之处请批评指正。")


@pytest.mark.parametrize("line", [
    "點閱人次:counter",                  # a click counter whose value the page never filled in (round 282k)
    "点阅人次:1234",
    "中華民國105年09月19日發布",          # a release row dated in the Republic of China's years
    "用户8349503",                        # a platform's default user name for the poster
])
def test_rows_go(line):
    assert _gone(line)


@pytest.mark.parametrize("line", [
    "全校共有用户8349名,比去年增加了一成。",
    "中华民国成立以后,我校几经迁址,始终弦歌不辍。",
])
def test_speech_lines_with_the_same_words_stay(line):
    assert _kept(line)


def test_an_entity_tail_opening_the_page_goes():
    # the last letter of an entity the page's cut broke (…&ldquo; → o;) before the first Chinese word (round 282k)
    out = clean_text("o;暨爱心助学活动启动仪式,我谨代表受助的孩子们,向各位领导表示感谢。\n我是今年秋天来到这所学校的。")
    assert out.startswith("暨爱心助学活动启动仪式")


def test_captions_below_a_sports_meeting_speech_go():
    # the report's pictures after the speech, each with its caption (round 282k)
    page = ("某某副校长在第十届运动会上致闭幕词\n老师们、同学们:\n大家辛苦了!运动会顺利完成了全部赛事,即将胜利闭幕。"
            "在此,我代表学校组委会表示衷心的感谢!最后,我宣布:第十届田径运动会胜利闭幕!\n"
            "某某副校长致闭幕词\n某某副校长宣布本届运动会各班团体得分\n高一年级团体总分前三名\n")
    out = clean_text(page)
    assert "宣布本届运动会" not in out and "前三名" not in out
    assert "运动会胜利闭幕!" in out


def test_a_heading_naming_prize_winners_inside_a_speech_stays():
    page = ("在表彰大会上的讲话\n同志们:\n今天我们表彰先进。\n一、获奖情况\n今年全县共评出一等奖获得者12名,二等奖获得者20名。\n"
            "希望大家再接再厉。")
    assert "一等奖获得者12名" in clean_text(page)


def test_an_editor_diary_of_several_paragraphs_goes_before_the_title():
    # an editor's note of several paragraphs under its label, closed by the speech's title line (round 282k)
    page = ("资讯中心\n某某的编辑手记:\n在科创板敲响的那一声锣鸣,董事长期待了整整八年。\n公司从建立到上市,一路风雨,其中许多坎坷不为人知。\n"
            "值此公司上市四周年之际,重温董事长的上市感言,一起了解那些不为人知的故事。\n感恩风雨\n某某某\n"
            "俗话说,人无千日好,花无百日红。所以,我在致各位嘉宾的邀请信中说,二十三年风雨,二十三年生长。\n"
            "自公司建立以来,我们经历了无数的坎坷。")
    out = clean_text(page)
    assert "编辑手记" not in out and "锣鸣" not in out and "四周年之际" not in out
    assert "俗话说,人无千日好" in out and "经历了无数的坎坷" in out


def test_page_numbers_with_a_list_mark_between_the_halves_of_a_word_go():
    # a converted file's page number with 、, each page one long line cut inside a word (rounds 283k, 284k)
    page1 = ("各位家长:今天把大家请到学校来,就是要和各位家长进一步沟通,互相理解、互相支持,一起帮助孩子走好这人生重要的一步。"
             "孩子们已经六年级了,这是小学学习生活中最后一个阶段,是学生终生学习的一个中转站,对学生的一生具有重要的意义。"
             "小学六年级也是小学与初中的接轨点,学生素质的高低,成绩的好坏,都将面临一个新的环境和新的挑战。各位家长,随着时间的流逝,孩子们在渐渐地")
    page2 = ("长大,一转眼,他们就要毕业了。我们应该认识到这一年的重要性,家校携手,帮助孩子养成良好的学习习惯和生活习惯,"
             "让每一个孩子都能带着满意的成绩和美好的回忆走进中学的校门,开始人生新的旅程。这一年里,学校将加强毕业班的管理,"
             "开展复习指导和心理辅导,也请各位家长多关心孩子的学习和生活,多与班主任沟通,及时了解孩子在校的表现。如果你的孩子")
    out = clean_text(f"{page1}\n13、{page2}\n14、以较好的成绩步入初中,他一定会充满信心。")
    assert "13、" not in out and "14、" not in out and "以较好的成绩步入初中" in out


def test_a_list_below_a_long_line_keeps_its_numbers():
    intro = "今年以来,全镇上下围绕中心工作,扎实推进各项任务落实,取得了明显成效,干部群众的精神面貌焕然一新,各项事业呈现出良好的发展态势。" * 2
    page = f"同志们:\n{intro}主要有以下几个方面\n1、抓好产业发展,新建基地三个,带动农户增收\n2、抓好基础设施建设\n3、抓好民生实事"
    out = clean_text(page)
    assert "1、抓好产业发展" in out and "2、抓好基础设施建设" in out and "3、抓好民生实事" in out


def test_a_writing_assistants_closing_offer_goes():
    # what a text generator says after the model speech (round 284k)
    out = clean_text(PAGE.format("希望这段文字符合您的需求。如果还有其他要求或需要进一步调整,请随时告知。"))
    assert "符合您的需求" not in out and "随时告知" not in out and "共同促进孩子成长" in out


def test_a_speaker_offering_help_stays():
    assert _kept("如果你们还有其他困难,请随时告诉老师。我们的工作要符合家长的需求。")


def test_a_blog_poster_row_goes():
    assert _gone("Posted 某某某")


def test_a_caption_credited_to_a_social_page_goes_whole():
    # the caption's sentence with its bracketed credit, and the text's own source in brackets (round 283k)
    page = ("某某:让本县成为最幸福的城市\n县长候选人某某于晚间7点自行宣布当选。(图/取自某某脸书粉丝页)\n"
            "【某某当选感言全文】(内容取自某某脸书粉丝页)\n各位支持我的乡亲、好朋友们,大家晚安、大家好!\n"
            "首先要用最诚挚的心向各位表示感恩,谢谢乡亲给我服务的机会。")
    out = clean_text(page)
    assert "宣布当选" not in out and "取自" not in out and "粉丝页" not in out
    assert "谢谢乡亲给我服务的机会。" in out


def test_a_speaker_citing_a_source_in_brackets_stays():
    assert _kept("古人说,“学而不思则罔”(摘自《论语》),我们要多思考。")


def test_a_wrapped_line_naming_an_award_stays_with_its_sentence():
    # a PDF's lines cut inside a sentence: one line reads like a caption (党员代表颁发纪念章,…), round 286k
    page = ("在全市庆祝建党100周年表彰大会上的讲话\n同志们:\n今天,我们在这里隆重集会,热烈庆祝中国共产党成\n"
            "立100周年,回顾党的奋斗历程,缅怀党的丰功伟绩,展\n望党和人民事业发展的光明前景,向“光荣在党50年”\n"
            "党员代表颁发纪念章,表彰优秀共产党员、优秀党务工作\n者和先进基层党组织,动员全市各级党组织锐意进取。\n"
            "胸怀千秋伟业,恰是百年风华。")
    assert "党员代表颁发纪念章" in clean_text(page)


@pytest.mark.parametrize("line", [
    "演辞如下:",                          # a repost's lead-in (round 286k)
    "前言:虽然本网志集中刊载本地著名演辞,但这篇演说极具参考价值,故此贴文在此,让一众同道可以观摩。",
])
def test_a_reposts_lead_and_preface_go(line):
    assert _gone(line)


def test_a_speakers_preface_stays():
    assert _kept("前言:同志们,今天的会议很重要,我先讲三点意见。")


def test_a_vip_badge_glued_to_the_title_goes():
    page = "在全区学前教育宣传月启动仪式上的讲话VIP专享\n\n尊敬的各位领导,各位老师:\n今天我们在这里举行启动仪式。"
    out = clean_text(page)
    assert "VIP" not in out and "今天我们在这里举行启动仪式。" in out


@pytest.mark.parametrize("line", [
    # overseas Chinese news pages (round 287k): numbered captions, who stands in the picture, a follow prompt,
    # an image's width left on its line, an update row, a chatty invitation to read
    "图一:某某博士问候大家并发表讲话。",
    "宾主合影。左起:吴某某、刘某某、蔡某某、郑某某。",
    "由左至右:王某某秘书、陈某某副主席、梁某某副主席、刘某某副主席",
    "要看最快最热资讯,请来Follow我们 《某某日报》WhatsApp Channel.",
    "640",
    "最后更新: 2019-10-26 09:10:56",
    "今天就是大年三十了,总理为大家送上了新年祝福,快来看看他都说了些什么吧!",
])
def test_overseas_news_page_furniture_goes(line):
    assert _gone(line)


@pytest.mark.parametrize("line", [
    "2023",                                            # a year alone may be the speech's date
    "图书馆是我们的精神家园,请大家多关注我们的读书活动。",
    "我们要关注群众的需求,从左至右依次排好队伍,有序参观。",
])
def test_speech_lines_like_it_stay(line):
    assert _kept(line)


def test_a_speaker_who_is_an_editor_keeps_the_sentence_saying_so():
    # 我是某某图书馆的小编: the speaker's own post, no site's blurb (round 287k)
    page = "在读书节上的讲话\n大家好!我是某某图书馆的小编,非常荣幸能在这里与大家共同探讨阅读的意义。\n图书馆是知识的宝库。"
    assert "非常荣幸能在这里与大家共同探讨阅读的意义。" in clean_text(page)


@pytest.mark.parametrize("line", [
    # round 288k: a template's advice on the genre's parts, its labels above a model, an advert between single dashes,
    # a comment box's subscribe link, a reader site's chapter head with its page counter
    "纪念活动致辞,开头部分要说明活动的内容及目的;致辞主体首先要介绍其生平事迹,最后号召大家学习;结尾部分可以再次表达缅怀之意。",
    "【致辞人】某某协会领导",
    "【致辞背景】纪念某某专家活动上的讲话",
    "—  某某海产 急冻海鲜先锋  —",
    "订阅评论",
    "第26章 源远流长:某某与某某大学(4)(1 / 2)",
])
def test_template_and_reader_site_furniture_goes(line):
    assert _gone(line)


@pytest.mark.parametrize("line", [
    "开头我先讲三点,主体部分请大家讨论,最后形成决议。",
    "— 在全县家长会上的讲话 —",
])
def test_a_speakers_plan_and_a_subtitle_stay(line):
    assert _kept(line)
