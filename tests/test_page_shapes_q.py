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
