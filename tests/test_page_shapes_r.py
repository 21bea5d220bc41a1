"""Session r: chrome lines that go wherever they stand (text/reader_lines.py), and the families of round 54.

Each case is a short page written here: the chrome line stands at the top, between two paragraphs of the speech,
or at the end, and must go in every place; the speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from page_shapes import pages

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.reader_lines import reader_line_rule

HEAD = "在全县安全生产工作会议上的讲话\n同志们:\n"
FIRST = "今天召开全县安全生产工作会议,主要任务是总结去年工作,部署今年任务。"
SECOND = "各乡镇要结合实际抓好落实,确保全县安全生产形势持续稳定。"


def _pages(chrome: str) -> dict[str, str]:
    return pages(chrome, HEAD, FIRST, SECOND)


GOES = [
    # pagers between the pages of a paginated article
    "1 2 3 下一页 尾页",
    "共3页: 上一页 1 2 3 下一页",
    "第1页 第2页 第3页 下一页",
    "本文共计5页,当前第1页",
    "首页 上一页 [1] [2] 下一页",
    # tag and search-term rows
    "相关热词搜索:讲话 安全生产 会议",
    "热门标签:表态发言 讲话稿",
    "TAGS: 讲话稿 安全生产",
    "关键词:安全生产,讲话稿,县委",
    # reader sign-offs, reach counters, comment notices, shared-content disclaimers
    "感谢您的阅读,祝您生活愉快!",
    "谢谢阅读!",
    "相信这篇文章能帮助到您,如果觉得不错请分享给你的朋友。",
    "如果觉得本文不错,请点赞收藏转发。",
    "更多精彩内容请扫描下方二维码关注我们",
    "点击查看更多讲话稿范文",
    "本文已影响1234人",
    "文明上网,理性发言",
    "网友评论仅供其表达个人看法,并不表明本站同意其观点",
    "内容来自用户分享和网络整理,不保证内容的准确性",
    # list headers
    "看过本文的人还看了:",
    "精选范文推荐",
    "最新推荐 热门排行",
    # bracketed bylines and a site's editor
    "【本文作者】某某 【来源】某某网 【日期】2022-03-01",
    "本网编辑:孙七",
]


@pytest.mark.parametrize("chrome", GOES)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_reader_line_goes_wherever_it_stands(chrome, where):
    out = clean_text(_pages(chrome)[where])
    assert chrome.split()[0] not in out
    assert FIRST in out and SECOND in out


STAYS = [
    "感谢大家的支持!",
    "谢谢大家!",
    "我们要继续阅读经典,不断提高自身修养。",
    "关键词:要把握好三个关键词。",
    "希望这次会议能对大家有所帮助。",
    "2023年全县粮食产量达到12.5万吨,同比增长3.2%。",
    "如果大家觉得这个办法好,就在全县推广开来。",
    "第一,要提高认识。第二,要压实责任。",
    "去年全县查处违法违规行为1 2 3起。",
    "更多的是要靠我们自己的努力。",
    "一是加强组织领导,推荐表彰一批先进典型。",
    "标签化管理要到位",
    "关键字段要填写完整",
]


@pytest.mark.parametrize("speech", STAYS)
def test_speech_line_like_a_reader_line_stays(speech):
    page = f"{HEAD}{FIRST}\n{speech}\n{SECOND}\n"
    assert speech.replace(" ", "") in clean_text(page).replace(" ", "")
    assert reader_line_rule(speech) is None


def test_a_row_of_numbers_alone_is_not_a_pager():
    assert reader_line_rule("12 15 18 21") is None
    assert reader_line_rule("1 2 3 下一页") == "page_number"


def test_a_sign_off_glued_after_a_sentence_is_left_to_the_line():
    line = "要抓好落实。相信这篇文章能帮助到您"
    assert reader_line_rule(line) is None


def test_reader_lines_are_audited():
    page = _pages("共3页: 上一页 1 2 3 下一页")["mid"]
    doc = clean_document(page)
    rules = {r.rule for r in doc.audit.itertuples() if "下一页" in str(r.removed)}
    assert rules == {"page_number"}


# --- families of held-out rounds 54 and 55, learned after their measurement -------------------------------------

WEATHER_BOX = "晴天\n今日气温\n26 ~ 31\n  • 某南\n    AQI\n    128\n    空气质量指标\n    对敏感族群不健康\n  • 某营\n    AQI\n    91\n    普通\n"


def test_a_weather_box_above_the_title_goes():
    out = clean_text(WEATHER_BOX + "某市举行元旦升旗仪式\n某市今天一早在体育场举行升旗典礼。\n市长表示,新的一年要继续努力。\n")
    for word in ("晴天", "今日气温", "AQI", "128", "普通", "某营"):
        assert word not in out
    assert "某市今天一早在体育场举行升旗典礼。" in out


def test_a_weather_box_flattened_into_lines_of_several_tokens_goes():
    box = "晴天\n今日气温 26 ~ 31\nAQI AQI 128\nAQI AQI 91\n对敏感族群不健康\n"
    out = clean_text(box + "某市举行元旦升旗仪式\n某市今天一早在体育场举行升旗典礼。\n")
    assert "AQI" not in out and "128" not in out
    assert "某市今天一早在体育场举行升旗典礼。" in out


def test_a_short_title_after_weather_words_stays():
    doc = clean_document("首页\n晴\n今日气温\n12 ~ 20\n县长 致辞\n同志们:\n要抓好落实。")
    assert any(r.rule == "front_matter" and "县长" in str(r.removed) for r in doc.audit.itertuples())
    assert not any(r.rule == "site_interface" and "县长" in str(r.removed) for r in doc.audit.itertuples())


@pytest.mark.parametrize("chrome", [
    "欢迎访问某某街道办事处!",
    "05月05日 14.6°C-15.8°C",
    "澳元 : 人民币=4.78",
    "图像",
    "讲话稿3.01W",
    "【abc.example.com--领导讲话稿】",
    "【编辑:张某】",
    "更多文稿请加微信群abcd0017",
    "新某人记者王某某、李某纽约报导",
    "华人号:某某新华侨",
    "分享至好友和朋友圈",
])
def test_round_54_55_lines_go(chrome):
    out = clean_text(_pages(chrome)["mid" if not chrome.startswith("欢迎") else "top"])
    assert chrome not in out
    assert FIRST in out and SECOND in out


@pytest.mark.parametrize("speech", [
    "粮食产量3.01万吨。",
    "今年平均气温比常年偏高1.5℃,要做好防暑工作。",
    "感谢记者朋友们的报道",
    "大家要积极加入微信群,及时了解信息。",
    "希望对大家的工作有所帮助。",
    "全县累计加入微信群15000",
])
def test_round_54_55_speech_stays(speech):
    assert speech in clean_text(f"{HEAD}{FIRST}\n{speech}\n{SECOND}\n")


def test_tails_glued_to_a_sentence_or_a_title_go():
    page = (f"{HEAD}某校举行开学升旗仪式分享到:\n{FIRST}今天成为一份子。【编辑:张某】\n"
            f"{SECOND}党啊,您永远在我们心中。更多文稿请加微信群abcd0017\n")
    out = clean_text(page)
    assert "分享到" not in out and "编辑" not in out and "abcd0017" not in out
    assert "某校举行开学升旗仪式" in out and "今天成为一份子。" in out and "您永远在我们心中。" in out


def test_a_reporters_credit_inside_a_flattened_line_goes():
    out = clean_text("某某在干部会议上强调 (记者 方某)随着新区管理体制改革的启动,开发区成为功能区之一。\n会议要求抓好落实。")
    assert "记者" not in out and "方某" not in out
    assert "随着新区管理体制改革的启动,开发区成为功能区之一。" in out


def test_a_reporters_credit_opening_a_paragraph_goes():
    out = clean_text("某会举行纪念晚宴\n记者吴某某报导 某某侨团总会24日在唐人街举行盛大纪念晚宴。\n会长在致辞中表示要团结一心。")
    assert "记者" not in out
    assert "某某侨团总会24日在唐人街举行盛大纪念晚宴。" in out


def test_a_year_range_alone_on_a_line_is_no_phone_number():
    page = "尊敬的各位来宾:\n下午好!今天,我们在这里隆重举行 2016 - 2017\n年度毕业典礼,非常荣幸邀请到各位嘉宾。\n"
    assert "2016 - 2017" in clean_text(page) or "2016-2017" in clean_text(page).replace(" ", "")
    from corpusmine.text.lines import flatten_lines
    assert "2016-2017" in clean_text(flatten_lines(page)).replace(" ", "")


# --- families of held-out round 56, learned after its measurement ------------------------------------------------

@pytest.mark.parametrize("chrome", [
    "• 本条信息已被查看了155",
    "本文已被浏览 1024 次",
    "编辑:某某会议上的讲话为的会员投稿推荐,但愿对你的学习工作带来帮助。",
])
def test_round_56_lines_go(chrome):
    out = clean_text(_pages(chrome)["mid"])
    assert "查看" not in out and "浏览" not in out and "投稿" not in out
    assert FIRST in out and SECOND in out


def test_a_tag_that_lost_its_bracket_goes():
    out = clean_text(f"{HEAD}{FIRST}BR>\n{SECOND}&nbsp\n")
    assert "BR>" not in out and "&nbsp" not in out
    assert FIRST in out and SECOND in out
    assert "HBR>" in clean_text(f"{HEAD}{FIRST}\n型号为HBR>200的设备已经到位。\n")


def test_a_names_credit_after_a_caption_sentence_goes():
    out = clean_text(f"{HEAD}昨晚,某街道举办迎中秋工地文艺晚会。(胡某某 许某某)\n{SECOND}\n")
    assert "胡某某" not in out and "昨晚,某街道举办迎中秋工地文艺晚会。" in out
    assert "维护祖国统一" in clean_text(f"{HEAD}{FIRST}\n我们要(维护祖国统一 促进民族团结)这是大局。\n{SECOND}\n")


def test_a_papers_special_dispatch_lead_goes():
    out = clean_text("□ 记者 廖某 蓝某\n本报杭州1月27日专电 今天下午,市委书记参加代表团审议。\n在审议时,他说,报告通篇贯穿了新发展理念。")
    assert "专电" not in out and "今天下午,市委书记参加代表团审议。" in out
    assert "专电专送" in clean_text("会议要求:\n专电专送,要加强电力保障。\n")


@pytest.mark.parametrize("intro", [
    "同学聚会的演讲稿是同学聚会时的讲话内容,又称同学聚会讲话,通常是表达内心的兴奋和感激之情。",
    "在当今社会生活中,发言稿的使用频率越来越高,发言稿具有观点鲜明的特点。",
])
def test_a_genre_definition_above_the_speech_goes(intro):
    out = clean_text(f"{intro}\n各位同学:\n{FIRST}\n{SECOND}\n")
    assert intro[:10] not in out
    assert FIRST in out and SECOND in out


def test_a_speaker_naming_the_genre_stays():
    line = "县长致辞,他在讲话中感谢各界对全县工作的支持。"
    # inside the speech: no genre definition (above the salutation it is a report on the speech, report_heads)
    assert line in clean_text(f"各位同学:\n{FIRST}\n{line}\n{SECOND}\n")
