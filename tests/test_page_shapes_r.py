"""Session r: chrome lines that go wherever they stand (text/reader_lines.py), and the families of round 54.

Each case is a short page written here: the chrome line stands at the top, between two paragraphs of the speech,
or at the end, and must go in every place; the speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.reader_lines import reader_line_rule

HEAD = "在全县安全生产工作会议上的讲话\n同志们:\n"
FIRST = "今天召开全县安全生产工作会议,主要任务是总结去年工作,部署今年任务。"
SECOND = "各乡镇要结合实际抓好落实,确保全县安全生产形势持续稳定。"


def _pages(chrome: str) -> dict[str, str]:
    return {"top": f"{chrome}\n{HEAD}{FIRST}\n{SECOND}\n",
            "mid": f"{HEAD}{FIRST}\n{chrome}\n{SECOND}\n",
            "end": f"{HEAD}{FIRST}\n{SECOND}\n{chrome}\n"}


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
