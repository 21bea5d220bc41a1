"""Furniture of news reports on portals, e-paper mirrors and forums (text/report_furniture.py): the chrome goes, the
speech stays (headings and salutations without a sentence's end included)."""

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.report_furniture import caption_tail, teaser_block

LEAD = "3月5日,某县召开乡村振兴推进会。"
HEAD = "同志们:\n一、统一思想,提高认识"
BODY = "今年以来,全县乡村振兴工作取得明显成效。\n(二)强化措施\n下一步,要进一步压实工作责任。"
SPEECH = f"{HEAD}\n{BODY}"


def _kept(out):
    return ("今年以来,全县乡村振兴工作取得明显成效。" in out and "要进一步压实工作责任。" in out
            and "一、统一思想,提高认识" in out and "同志们:" in out and "(二)强化措施" in out)


@pytest.mark.parametrize("chrome, gone", [
    ("第 1 版", "第 1 版"),
    ("新华社 2020年06月24日", "2020年06月24日"),
    ("新華社 2020年06月24日", "2020年06月24日"),
    ("本报评论员", "评论员"),
    ("本報評論員", "評論員"),
    ("推荐标签:两会 | 经贸论坛 | 建党周年", "推荐标签"),
    ("推薦標簽:兩會 | 經貿論壇 | 建黨周年", "推薦標簽"),
    ("2. 本页位置:首页新闻中心国内新闻", "本页位置"),
    ("听新闻", "听新闻"),
    ("發送短信 abcd 10658300 即可訂閱《某某手機報》,每天1毛錢,無GPRS流量費。", "10658300"),
    ("某某在论坛上致辞。(记者某某某/摄影)", "摄影"),
    ("某某在論壇上致詞。（記者某某某／攝影）", "攝影"),
    ("某某报报史馆一角资料照片", "资料照片"),
    ("某某会议举行新闻发布会。图为发言人某某。 某某网 某某某 摄 图片来源:某某网", "图片来源"),
])
def test_furniture_lines_go_and_the_speech_stays(chrome, gone):
    out = clean_text(f"{HEAD}\n{LEAD}\n{chrome}\n{BODY}")
    assert _kept(out) and LEAD in out
    assert gone not in out


@pytest.mark.parametrize("text, gone, kept", [
    ("某某返台后发表谈话,说此行收获满满。(编辑:某某某)1120831", "编辑", "说此行收获满满。"),
    ("老人们老有所乐! 本文仅代表作者观点,不代表某某网立场。 本文系作者授权某某网发表,未经许可,不得转载。",
     "作者观点", "老人们老有所乐!"),
    ("中国日报网环球在线消息:两会日益临近,网上议论也多了起来。", "消息:", "两会日益临近,网上议论也多了起来。"),
    ("第1版(要闻)专栏:  某某参观访问 本报某地10月30日电记者某某、某某报道:某某今天下午前往某地参观访问。",
     "报道:", "某某今天下午前往某地参观访问。"),
    ("\xa0date 2024-12-07 昨日,全市秋收工作会议召开。", "date", "昨日,全市秋收工作会议召开。"),
    ("[视频]某某举行新闻发布会\n某某今天下午举行新闻发布会。", "[视频]", "某某举行新闻发布会"),
    ("某镇召开慰问老年人大会 某某某 2017-10-28\n今天是重阳节,全镇老人欢聚一堂。", "2017-10-28", "某镇召开慰问老年人大会"),
])
def test_inline_furniture_goes_and_the_sentence_stays(text, gone, kept):
    out = clean_text(f"{HEAD}\n{text}\n{BODY}")
    assert gone not in out and kept in out and _kept(out)


def test_more_news_block_goes_to_the_page_end():
    page = (f"{LEAD}\n会议要求,各乡镇要抓好落实。\n更多中国要闻\n某地通报某事\n"
            "某地月初违法扣押防疫物资,受到严肃查处,... 详情\n某部门昨日表示,某地每天可供应口罩... 详情\n某县卫生监督所于周日对")
    out = clean_text(page)
    assert "各乡镇要抓好落实。" in out
    for part in ("更多中国要闻", "某地通报某事", "详情", "卫生监督所"):
        assert part not in out
    assert teaser_block(["更多要闻", "我们要抓好落实,确保完成任务。", "要加强领导。"]) == []


def test_rolling_news_label_and_bullets_go():
    out = clean_text(f"{HEAD}\n滚动新闻:\n\n · 媒体解读某某常务会\n{LEAD}\n{BODY}")
    assert "滚动新闻" not in out and "媒体解读" not in out and _kept(out)


def test_follow_invitation_and_slogan_go_at_the_page_end():
    out = clean_text(f"{SPEECH} |\n欢迎关注某某新闻网微信公众号 : abcnews\n全城最新资讯,尽在掌握")
    assert "公众号" not in out and "尽在掌握" not in out and _kept(out)


def test_caption_run_after_the_last_sentence_goes():
    out = clean_text(f"{LEAD}\n会上,集团总裁某某作总结讲话,要求全体职工共同努力。 会议现场 职工代表积极建言献策 |")
    assert "要求全体职工共同努力。" in out and "会议现场" not in out and "建言献策" not in out


def test_author_name_after_the_metadata_row_goes():
    out = clean_text("论增强党性的路径\n\n发布时间:2024-08-27 09:33:44 浏览次数:97\n\n刘某某\n\n"
                     "党性是党员干部立身立业的基石,必须在党内生活中不断增强。\n要抓好落实。")
    assert "刘某某" not in out and "党性是党员干部立身立业的基石" in out


@pytest.mark.parametrize("heading", ["提高认识", "开幕词", "强化措施", "同志们", "王书记讲话"])
def test_a_heading_after_the_metadata_row_stays(heading):
    out = clean_text(f"某县召开推进会\n\n发布时间:2024-08-27 09:33:44 浏览次数:97\n\n{heading}\n\n"
                     "今年以来,全县工作取得明显成效。\n要抓好落实。")
    assert heading in out and "今年以来,全县工作取得明显成效。" in out


def test_spinner_keyword_line_goes():
    out = clean_text("某某在茶话会上讲话_某市老干部迎春茶话会举行\n\n今天上午,某市老干部迎春茶话会举行。\n\n"
                     "某某在茶话会上讲话\n\n某某指出,要做好老干部服务工作。")
    assert out.count("某某在茶话会上讲话") <= 1 and "要做好老干部服务工作。" in out


@pytest.mark.parametrize("speech", [
    "同志们:\n第一,统一思想\n第二,强化措施\n要抓好落实,确保完成任务。",
    "一、提高认识\n(二)强化措施\n我们要用好微信公众号,及时发布政务信息。",
    "请大家关注县政府门户网站和微信公众号,及时了解政策。",
    "要加强报纸版面管理,每一个版面都要把好导向关。",
    "本报记者深入一线采访,写出了一批好报道。我们要向他们学习。",
    "我们要欢迎关注,也要接受监督。",
    "翻看这些资料照片,我们深受教育。",
    "会议现场气氛热烈,大家纷纷表示要抓好落实。",
    "下面,我讲三点意见。\n第一,要提高认识。\n第二,要强化措施。",
    "要落实好“更多新闻”栏目的更新工作,确保信息及时准确。",
    "要抓好防汛工作。 二、强化措施 三、压实责任",
    "笔者日前在调研时,听到某副县长作检查。他说:“这起事故教训深刻,我负有责任!”(4月23日 某某网)安全生产重于泰山,一旦发生事故,意…阅读全文",
])
def test_speech_stays(speech):
    out = clean_text(speech)
    pieces = speech.replace("\n", "。").replace(" ", "。").split("。")
    for sentence in [s for s in pieces if len(s) >= 4 and "阅读全文" not in s]:
        assert sentence.strip() in out, sentence


def test_caption_tail_needs_a_caption():
    assert caption_tail("要抓好落实。 一、统一思想 二、强化措施") is None
    assert caption_tail("要抓好落实。 我们要 抓好落实") is None
    assert caption_tail("要求全体职工共同努力。 会议现场 职工代表积极建言献策") is not None


def test_every_removal_is_audited():
    raw = (f"第 1 版\n新华社 2020年06月24日\n{LEAD}(编辑:某某)1120831\n推荐标签:两会 | 论坛 | 专题\n{SPEECH}\n"
           "本文仅代表作者观点,不代表某网立场。")
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
