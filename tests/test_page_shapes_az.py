"""Page shapes of held-out rounds 272k-273k (session az): each family with a counter-test that speech stays.

The strings are written here in the families' shapes, not copied from the pages.
"""

import pytest

from corpusmine.text.clean import clean_text

PAGE = "在家长会上的讲话\n各位家长:\n大家好!今天我们召开家长会,主要是沟通交流。\n{}\n希望各位家长多与老师沟通,共同促进孩子成长。"


def _gone(line):
    out = clean_text(PAGE.format(line))
    return line not in out and "各位家长" in out and "共同促进孩子成长" in out


def _kept(line):
    return line in clean_text(PAGE.format(line))


@pytest.mark.parametrize("line", [
    # an editor's introduction without 小编: what the site brings, and where to read on
    "运动会意在增强体质,形成合力。对此,特意为大家带来运动会开幕式校长致辞范文精选,具体内容介绍请看全文。",
    "以下是为大家准备的开学典礼教师代表发言内容,欢迎参阅。",
    # a web app's prompt to add it to the home screen, a reading site's badge
    "请点击,然后点击“添加到主屏幕”",
    "首次阅读请添加至桌面",
    "终身免费阅读",
    "永久免费阅读",
    # a site's reminder to the reader, a novel site's promotion (round 274k)
    "某某范文网提醒您,演讲时一定要注意:普通话标准,声音自信响亮。您的演讲一定会大放异彩!",
    "精品小说推荐: 昔日少年被逐出家族,从此人生路上一片青云! 完整内容请点击某某神医",
])
def test_site_lines_go(line):
    assert _gone(line)


@pytest.mark.parametrize("line", [
    # a speaker's own gifts and programmes are no editor's (a regression: 特地为大家准备了 read as a blurb)
    "我们特地为大家准备了一份小礼物,请大家收下。",
    "今晚,同学们特意为大家带来了精彩的文艺节目。",
    # a speaker asking to put an app on the phone's home screen
    "要把政务服务App添加到手机桌面,方便群众办事。",
    "大家可以把“i某某”小程序添加到手机桌面",
    # a speaker's reading tips, a weather office's reminder, an address a sentence gives
    "请大家课后参阅有关资料,做好预习。",
    "县气象台提醒大家注意防范强降雨。",
    "请登录县政府网站(www.abc.gov.cn)查询办事指南。",
    "我们要多读好看的小说,推荐大家读一读《平凡的世界》。",
])
def test_speech_lines_stay(line):
    assert _kept(line)


def test_a_greeting_glued_after_a_collections_title_keeps_its_speech():
    # a regression (round 272k): the title of a how-to collection glued before the speaker's greeting (…您们好:) was
    # read as the site's paragraph about the genre, and the speech's first sentence went with it
    raw = ("《战友聚会发言稿怎么写【精选8篇】.docx》由会员分享,可在线阅读,更多相关《战友聚会发言稿怎么写》请在某某文库上搜索。\n"
           "1、战友聚会发言稿怎么写【精选8篇】篇一:战友聚会发言稿 篇一敬重的各位战友,您们好:岁月匆匆,转眼三十年。"
           "不知不觉,我们离开军营已经三十个年头了。\n")
    out = clean_text(raw)
    assert "岁月匆匆,转眼三十年。" in out and "不知不觉,我们离开军营已经三十个年头了。" in out
    assert "由会员分享" not in out


def test_a_genre_and_address_in_brackets_inside_a_sentence_go():
    line = "我们要以更加饱满的热情投入工作(演讲稿 http://fanwen.example.com),争取更大成绩。"
    out = clean_text(PAGE.format(line))
    assert "我们要以更加饱满的热情投入工作,争取更大成绩。" in out and "example" not in out


SALTED = ("教育部党组书记ღ◈✿◈、部长某某在全国学校安全工作会议上的讲话提到“平安是最基本的公共产品某发K8国际ღ◈✿◈,"
          "安全第一是最广泛的社会共识ღ◈✿◈,ღ◈✿◈。报告明确指出ღ◈✿◈,要树立安全发展理念冈尺乃南ღ◈✿◈,弘扬生命至上ღ◈✿◈,"
          "安全第一的思想某发K8国际ღ◈✿◈。要始终把人民群众的生命安全放在首位ღ◈✿◈,强化红线意识ღ◈✿◈。与公安冈尺乃南ღ◈✿◈、"
          "综治等部门密切合作ღ◈✿◈,一手抓问题排查整治某发K8国际ღ◈✿◈,一手抓体制机制建设ღ◈✿◈。溺水死亡人数下降约7%ღ◈✿◈,"
          "火灾死亡人数下降约4.8%冈尺乃南某发K8国际ღ◈✿◈,刑事案件死亡人数下降约16.9%冈尺乃南ღ◈✿◈。")


def test_a_salted_run_and_the_tokens_glued_before_it_go():
    # a hijacked mirror (round 275k): one run of a Georgian letter, shapes and a dingbat salted at the edges of words,
    # a casino's brand and a jammer of four characters glued before it
    out = clean_text(SALTED)
    assert "◈" not in out and "ღ" not in out and "K8" not in out and "冈尺乃南" not in out
    for kept in ("要树立安全发展理念,弘扬生命至上,", "与公安、综治等部门密切合作,", "下降约7%,", "下降约4.8%,"):
        assert kept in out


def test_shapes_and_signs_of_a_speech_stay():
    for line in ("二○二三年三月,我们在全县召开推进会。", "获评★★★级文明单位,达标率≥95%。"):
        assert line.split()[0] in clean_text(PAGE.format(line))


@pytest.mark.parametrize("line,gone", [("某某SHOW告诉您:", True), ("某某网告诉您:", True), ("我想告诉你:", False),
                                       ("今天我要告诉你:", False)])
def test_a_sites_tell_you_label(line, gone):
    assert _gone(line) is gone
