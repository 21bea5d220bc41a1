"""Session q: families of site noise found by probing the cleaner with shapes written here (address stamps, bracketed
domain credits, a paper's name opening a paragraph, a title's media suffix) and those learned from held-out rounds
after their measurement.  Each case: the chrome goes, the speech stays.  Test strings are written here."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text, reconstruct
from corpusmine.text.url_stamps import address_tails, domain_brackets, repeated_stamps

SPEECH = ("同志们:\n今天我们召开全县乡村振兴工作推进会,主要任务是总结去年工作,部署今年任务。\n"
          "我们要坚定信心,攻坚克难,确保完成全年目标任务。\n各乡镇要压实责任,层层抓好落实。")
LINES = SPEECH.splitlines()


def _audited(raw: str) -> str:
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    return doc.text


# ---------------------------------------------------------------- address stamps

@pytest.mark.parametrize("stamp", ["写作家园-https://www.xzjy.com/a/77.html", "文章源自某某巴士-https://www.abc84.com/13427.html",
                                   " 来源:某某范文网 www.fanwen123.cn/jianghua/2023/0601.html"])
def test_an_address_stamp_repeated_after_paragraphs_goes_with_its_label(stamp):
    raw = "\n".join(line + stamp if i else line for i, line in enumerate(LINES)) + "\n" + stamp.strip()
    out = _audited(raw)
    assert "http" not in out and ".html" not in out
    assert stamp.strip()[:4] not in out
    assert all(line in out for line in LINES)


def test_a_stamp_glued_to_a_title_without_punctuation_takes_only_the_shared_label():
    raw = ("在全县乡村振兴推进会上的讲话文章源自某网-https://www.abc.com/1.html\n"
           "同志们:\n要抓好产业发展。文章源自某网-https://www.abc.com/1.html\n要抓好人居环境整治。")
    spans = repeated_stamps(raw)
    assert [raw[a:b] for a, b in spans] == ["文章源自某网-https://www.abc.com/1.html"] * 2
    out = _audited(raw)
    assert "要抓好产业发展。" in out and "源自" not in out


def test_a_site_named_twice_in_a_speech_is_no_stamp():
    text = "请大家登录www.abc.gov.cn了解政策。办事群众也可以在www.abc.gov.cn上预约。"
    assert repeated_stamps(text) == []
    assert "www.abc.gov.cn" in clean_text("同志们:\n" + text)


def test_an_address_tail_after_a_sentence_goes_but_an_address_inside_a_sentence_stays():
    text = "今年各项工作取得新进展。某某家园-https://www.abc.com/a/77.html\n详情请登录某某网站https://abc.gov.cn查询。"
    assert [text[a:b] for a, b in address_tails(text)] == ["某某家园-https://www.abc.com/a/77.html"]
    assert address_tails("会议到此结束。欢迎大家登录https://abc.gov.cn/zx") == []     # the speaker's own request


# ---------------------------------------------------------------- bracketed domain credits

@pytest.mark.parametrize("credit", ["【好文网 haowen.net 整理】", "(来源:锦绣文章网 jxwz.cn)", "〔本文由某某网 www.abc.com 编辑〕"])
def test_a_bracketed_domain_credit_goes_alone_on_a_line_or_after_a_sentence(credit):
    raw = LINES[0] + "\n" + LINES[1] + "\n" + credit + "\n" + LINES[2] + credit + LINES[3]
    out = _audited(raw)
    assert credit[1:4] not in out
    assert all(line in out for line in LINES)


def test_a_domain_in_brackets_inside_a_sentence_stays():
    text = "请登录县政府网站(www.abc.gov.cn)查询办事指南。"
    assert domain_brackets(text) == []
    assert "abc.gov.cn" in clean_text("同志们:\n" + text)


# ---------------------------------------------------------------- a paper's name opening a paragraph; a title's media suffix

@pytest.mark.parametrize("paper", ["某某日报:", "某某侨报:", "某某電視台:", "某某時報 :"])
def test_a_papers_name_opening_a_news_paragraph_goes(paper):
    para = "侨界各团体昨天举行新春联欢会,会长在致辞中表示,侨社要团结一致。"
    out = _audited(paper + para + "\n他说,今年是侨社发展的关键一年。")
    assert out.startswith("侨界各团体昨天") and "报" not in out.splitlines()[0][:3]


def test_a_paper_quoted_in_a_short_line_stays():
    assert "人民日报:" in clean_text("同志们:\n人民日报:好文章。\n要认真学习。")


@pytest.mark.parametrize("site", [" - 某某周刊", "_某某日报", " | 某某新闻"])
def test_a_media_name_after_the_pages_title_goes(site):
    out = _audited("某某出席典礼并致辞" + site + "\n行政长官今日出席典礼并致辞。他说,香港将继续发展。\n我们要团结一致。")
    assert site.strip(" -_|")[:3] not in out and "某某出席典礼并致辞" in out


def test_a_title_naming_a_paper_without_a_separator_stays():
    out = clean_text("在某某日报创刊七十周年座谈会上的讲话\n同志们:\n今天我们在这里座谈。")
    assert "今天我们在这里座谈" in out


# ---------------------------------------------------------------- held-out round 52, after its measurement

def test_a_wire_caption_opening_with_its_day_goes_whole_with_the_agencys_credit():
    raw = ("新华社北京9月16日电 全国政协16日在京召开座谈会。主席出席会议并讲话。\n"
           "9月16日,全国政协在北京召开座谈会。主席出席会议并讲话。新华社记者王某某摄\n"
           "主席指出,70年来,人民政协走过了辉煌历程,发挥了重要作用。")
    out = _audited(raw)
    assert "9月16日,全国政协在北京召开座谈会。" not in out and "王某某" not in out
    assert "全国政协16日在京召开座谈会。" in out and "人民政协走过了辉煌历程" in out


def test_a_reporters_sentence_with_a_day_and_a_local_credit_is_not_taken_whole():
    raw = "9月16日,全县召开座谈会。县长出席会议并讲话。张某某摄\n县长指出,要抓好落实。"
    out = clean_text(raw)
    assert "9月16日,全县召开座谈会。" in out


@pytest.mark.parametrize("caption", ["图:某某主席主持座谈会。", "图：某某主席(中)某某主任(右)在座谈会上。", "图源:某某县委宣传部",
                                     "供图:某某县融媒体中心", "摄影:王某某"])
def test_a_caption_opened_by_a_pictures_label_goes(caption):
    raw = "2020年7月2日,商会主席召集负责人举行座谈会,交流抗击疫情经验。\n" + caption + "\n会议通报了博览会组展情况。"
    out = _audited(raw)
    assert caption[2:6] not in out and "交流抗击疫情经验" in out and "会议通报了博览会组展情况" in out


def test_a_speakers_line_opened_by_a_label_stays():
    out = clean_text("同志们:\n图:我们要看清发展的大势,抓好落实。\n要久久为功。")
    assert "我们要看清发展的大势" in out


def test_a_sites_name_and_its_writer_in_brackets_opening_a_paragraph_go():
    out = _audited("(某春网 大山)2019年9月26日晚,大使馆在东京举办国庆招待会。\n各界人士出席了招待会。")
    assert out.startswith("2019年9月26日晚")


def test_an_indent_lost_to_spaced_question_marks_goes():
    out = _audited("过去一年是具有重要意义的一年。\n? ? ——坚决打赢疫情防控阻击战。\n? ? ——经济总量持续攀升。")
    assert "?" not in out and "——坚决打赢疫情防控阻击战。" in out


def test_a_latin_banner_above_the_first_chinese_line_goes_but_an_english_page_stays():
    banner = "A Government Agency Website How to identify\nOfficial website links end with .gov.xx\nSecure websites use HTTPS\n"
    out = _audited(banner + "在某某会馆90周年晚宴上的讲话\n各位来宾:\n今天我们欢聚一堂,庆祝会馆成立90周年。")
    assert "Website" not in out and "HTTPS" not in out and "今天我们欢聚一堂" in out
    english = "Speech by the Secretary\nLadies and gentlemen, it is my pleasure to be here today."
    assert "Ladies and gentlemen" in clean_text(english)


def test_a_bilingual_speechs_long_english_paragraph_stays():
    para = ("Ladies and gentlemen, it is my great pleasure to join you today to celebrate the ninetieth anniversary of "
            "the association, which has served the community for generations.")
    out = clean_text(para + "\n各位来宾:\n今天我们欢聚一堂,庆祝会馆成立90周年。")
    assert "ninetieth anniversary" in out


def test_a_column_name_and_a_contact_label_among_the_first_lines_go():
    raw = ("欢迎进入某某协会网站平台!\n服务热线\n0551-62823285\n协会动态\n协会召开年会暨理事会\n"
           "12月23日,协会年会暨理事会在合肥召开。老会长出席会议。")
    out = _audited(raw)
    assert "服务热线" not in out and "协会动态" not in out and "协会年会暨理事会在合肥召开" in out


def test_a_location_label_alone_takes_its_bulleted_trail():
    raw = ("你的位置:\n  • 范文大全\n  • >教师范文\n  • >导航\n大学校长开学典礼致辞\n各位老师、同学们:\n"
           "金秋九月,我们迎来了新同学。")
    out = _audited(raw)
    assert "位置" not in out and "范文大全" not in out and "教师范文" not in out and "我们迎来了新同学" in out


@pytest.mark.parametrize("widget", ["预览时标签不可点", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个", "点击蓝字 关注我们",
                                    "分享收藏点赞在看", "往期推荐", "请文明上网,理性发言", "编辑丨王某 审核丨李某",
                                    "Scan with Weixin to use this Mini Program"])
def test_an_article_apps_widget_goes_anywhere(widget):
    raw = SPEECH.replace("\n我们要", "\n" + widget + "\n我们要")
    out = _audited(raw)
    assert widget not in out and all(line in out for line in LINES)


def test_a_speakers_appeal_to_reason_stays():
    out = clean_text("同志们:\n网络不是法外之地,请大家文明上网,理性发言,共同营造清朗空间。")
    assert "理性发言" in out


@pytest.mark.parametrize("section", ["社会", "港闻", "地方"])
def test_a_portals_section_alone_above_the_first_prose_line_goes(section):
    raw = section + "\n特首出席就职典礼并致辞\n行政长官今日出席典礼并致辞。他说,香港将继续发展。"
    out = _audited(raw)
    assert not out.lstrip().startswith(section) and "香港将继续发展" in out


def test_a_one_word_heading_inside_a_speech_stays():
    out = clean_text("同志们:\n今天我讲三点意见。\n社会\n要加强社会治理,维护社会稳定。")
    assert "\n社会\n" in out


# ---------------------------------------------------------------- held-out round 53, after its measurement

def test_a_page_that_spaces_its_commas_keeps_its_clauses():
    """Regression: a Macau speech typeset with spaced commas lost every short clause between two of them (read as
    keyword inserts)."""
    text = ("近年以来 , 海峡两岸民间交往日益频繁 , 祖国和平统一的事业 , 进一步获得了和谐的气氛和发展的基础。"
            "这个局面 , 也促使澳门在两岸之间互利合作的过程中 , 发挥更加积极的作用。我们深信 , 诸位在留澳期间 , "
            "透过对澳门深入的了解 , 一定会有很大的收获。")
    out = _audited("各位嘉宾 , 各位朋友 :\n" + text)
    for clause in ("祖国和平统一的事业", "诸位在留澳期间", "透过对澳门深入的了解"):
        assert clause in out


def test_keyword_inserts_between_spaced_commas_still_go_on_a_page_that_does_not_space_its_commas():
    text = ("今年以来,全县上下齐心协力,各项工作取得新进展, 某某彩票 ,我们要坚定信心,攻坚克难, 某某彩票 ,"
            "确保完成全年目标任务,各乡镇要压实责任,层层抓好落实。")
    out = clean_text("同志们:\n" + text)
    assert "彩票" not in out and "攻坚克难" in out


@pytest.mark.parametrize("cut", ["最后大会还为会员们准备了丰", "这次由中华全国某某联合会"])
def test_a_report_cut_by_the_pages_end_after_a_sentence_opener_stays(cut):
    raw = ("12月10日,某某协会召开年会,会长在会上致辞。\n协会名誉会长在会上介绍了联盟的成立及后期活动。\n" + cut)
    assert cut in clean_text(raw)


def test_a_domain_glued_inside_a_sentence_goes_but_a_named_one_stays():
    raw = ("同志们:\n要全面落实工会的各项www.abc123.com任务,进一步理清工作思路。\n"
           "请登录www.abc.gov.cn查询办事指南。")
    out = _audited(raw)
    assert "abc123" not in out and "工会的各项任务" in out and "www.abc.gov.cn" in out


def test_a_site_welcoming_its_members_goes_but_a_speakers_welcome_stays():
    out = _audited("欢迎加入某某观察网!\n7月3日,某某分局举行誓师大会。分局党委全体成员出席仪式。\n局长强调,要全力以赴抓好各项工作。")
    assert "欢迎加入" not in out and "誓师大会" in out
    assert "欢迎加入志愿者协会" in clean_text("同志们:\n要抓好志愿服务。\n欢迎加入志愿者协会!")
