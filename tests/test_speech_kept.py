"""Families of speech the cleaner used to delete (issue 13.1: "no speech sentence removed").

Found by ``benchmarks/speech_loss.py``, which cuts the Government Work Reports
and the seed speeches into pages of a few paragraphs, wraps them in chrome and
checks every sentence.  Each test below is one family, written with short
strings of our own in its shape (none copied from a page): the speech stays,
and the chrome around it still goes.
"""

from __future__ import annotations

import pytest

from corpusmine.text.chrome_eval import speech_kept
from corpusmine.text.clean import clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines
from corpusmine.text.speech_voice import runs_on_as_prose


def _accounts(raw: str, doc) -> bool:
    a = doc.audit
    return reconstruct(doc.text, a[a["layer"] == "text"]) == raw


# --- family 1: paragraphs of a speech above a salutation inside it (各位代表！ between two parts) ---------------

PROSE_ABOVE = (
    "当前位置:首页 > 工作报告 > 正文\n\n"
    "我们要认真做好侨务工作，保障归侨侨眷合法权益，凝聚海内外同胞力量。\n\n"
    "各位代表！\n\n"
    "我们要继续推进改革开放，扩大对外交流合作。"
)


@pytest.mark.parametrize("layout", [None, "paragraphs"])
def test_prose_above_a_salutation_is_no_front_matter(layout):
    raw = PROSE_ABOVE if layout is None else flatten_lines(PROSE_ABOVE, layout)
    doc = clean_document(raw)
    assert speech_kept("我们要认真做好侨务工作，保障归侨侨眷合法权益，凝聚海内外同胞力量。", doc.text)
    assert speech_kept("我们要继续推进改革开放，扩大对外交流合作。", doc.text)
    assert "当前位置" not in doc.text
    assert _accounts(raw, doc)


def test_title_lines_above_a_salutation_still_go():
    doc = clean_document("2023年全县创文推进会讲话稿\n县委书记 张三\n同志们:\n要抓好落实。")
    assert doc.text == "同志们:\n要抓好落实。"
    assert doc.page_title == "2023年全县创文推进会讲话稿"


def test_sentences_of_one_clause_above_a_salutation_stay():
    raw = ("首页 > 范文大全 > 工作报告\n\n一是依法扩大社会保险的覆盖面。\n要加强基金征缴，做好制度衔接。\n\n"
           "二是积极推进养老保险社会化管理。\n\n各位代表！\n\n版权所有:公文范文网")
    text = clean_text(raw)
    assert speech_kept("一是依法扩大社会保险的覆盖面。", text)
    assert speech_kept("二是积极推进养老保险社会化管理。", text)
    assert "首页" not in text and "版权所有" not in text


def test_short_title_beside_a_prose_line_above_the_salutation_goes():
    # the prose line stays, the title line above it is still front matter
    text = clean_text("全县重点工作推进会讲话\n今天召开这次会议，主要是部署下一阶段的重点工作。\n同志们:\n要抓好落实。")
    assert "推进会讲话" not in text
    assert "今天召开这次会议，主要是部署下一阶段的重点工作。" in text


@pytest.mark.parametrize("line, prose", [
    ("我们要认真做好侨务工作，保障归侨侨眷合法权益。", True),
    ("积极稳妥地深化国防改革，加强后备力量建设。", True),
    ("2023年全县创文推进会讲话稿", False),
    ("某某范文网 -工作总结,演讲稿,心得体会等各种范文。", False),     # a list of short items, a site's slogan
    ("本文来自网络，更多请访问www.example.com。", False),              # a URL
    ("发布时间:2023-10-13 来源:网友投稿", False),
])
def test_runs_on_as_prose(line, prose):
    assert runs_on_as_prose(line) is prose


# --- family 2: a heading or a quoted phrase whose items are parted by 、 is no menu at the page's head ------------

@pytest.mark.parametrize("heading", [
    "（二）加快教育、卫生、文化、体育等事业发展",
    "三、坚持依法行政，建设廉洁、勤政、务实、高效政府",
    "“互相尊重、互不干涉、平等互利、和平共处”",
])
def test_enumeration_with_dun_commas_at_the_head_stays(heading):
    raw = f"首页 > 范文大全 > 领导讲话\n\n{heading}\n\n要坚持把教育放在优先发展的战略地位，加快各级各类教育发展。\n\n上一篇:讲话稿汇编"
    doc = clean_document(raw)
    assert heading in doc.text
    assert "首页" not in doc.text and "上一篇" not in doc.text
    assert _accounts(raw, doc)


def test_a_menu_at_the_head_still_goes():
    raw = "首页 新闻 通知 公告 政务 服务\n\n同志们:\n\n要坚持把教育放在优先发展的战略地位，加快各级各类教育发展。"
    assert "公告" not in clean_text(raw)


# --- family 3: a flattened page: a numbered heading or a dash bullet after a row of chrome starts its own line ---

def test_numbered_heading_after_a_breadcrumb_on_a_flattened_page():
    page = ("当前位置:首页 > 领导讲话 > 正文\n（三）加快推进产业结构调整\n"
            "要推动经济尽快走上创新驱动的轨道，加快构建现代产业体系。\n上一篇:讲话稿汇编")
    raw = flatten_lines(page, "lines")
    doc = clean_document(raw)
    assert speech_kept("（三）加快推进产业结构调整", doc.text)
    assert speech_kept("要推动经济尽快走上创新驱动的轨道，加快构建现代产业体系。", doc.text)
    assert "当前位置" not in doc.text and "上一篇" not in doc.text
    assert _accounts(raw, doc)


def test_dash_bullet_after_a_metadata_row_on_a_flattened_page():
    page = ("发布时间:2024-11-12 09:54 来源:网友投稿 点击:823\n——民生保障有力有效。居民收入增长较快，城乡差距继续缩小。\n"
            "——生态环境持续改善。空气质量优良天数比例上升，水质稳步提高。\n相关推荐:")
    text = clean_text(flatten_lines(page, "lines"))
    assert speech_kept("——民生保障有力有效。", text)
    assert speech_kept("居民收入增长较快，城乡差距继续缩小。", text)
    assert "发布时间" not in text and "点击" not in text


def test_dashed_subtitle_stays_on_the_title_line_of_a_flattened_page():
    # a subtitle (no sentence end) is no bullet: the gap before it is not a line break
    from corpusmine.text.joined_lines import joined_lines
    from corpusmine.text.rules import CleaningState
    st = CleaningState("全县创文推进会讲话 ——在全县创文推进会上的讲话 同志们: 要抓好落实。")
    joined_lines(st)
    assert "讲话 ——在全县" in st.doc.output


# --- family 4: a paragraph whose end is repeated by the next one is no page description (snippet) ---------------

def test_paragraph_with_its_end_repeated_below_keeps_its_own_sentences():
    raw = ("下面是小编为大家整理的讲话稿,供大家参考。\n\n"
           "三是扩大直接融资。完善资本市场体系，扩大债券融资规模。四是加强风险管理，提高金融监管有效性。探索建立宏观审慎管理\n\n"
           "四是加强风险管理，提高金融监管有效性。探索建立宏观审慎管理制度，防范各类金融风险。\n\n"
           "积极扩大居民消费需求，增强居民消费能力。")
    doc = clean_document(raw)
    for sentence in ("三是扩大直接融资。", "完善资本市场体系，扩大债券融资规模。", "探索建立宏观审慎管理制度，防范各类金融风险。"):
        assert speech_kept(sentence, doc.text)
    assert "小编" not in doc.text
    assert doc.text.count("四是加强风险管理") == 1          # the repeated start still goes
    assert _accounts(raw, doc)


def test_line_that_ends_like_the_next_one_is_no_snippet():
    # the later line is the end of this one: it does not stop short, nothing is a description
    raw = ("首页 > 范文大全 > 工作报告\n\n"
           "当前的国内形势和国际形势，对我们的建设和改革都很有利，我们要紧紧把握有利时机。\n\n"
           "国际形势，对我们的建设和改革都很有利，我们要紧紧把握有利时机。\n\n扫一扫,分享到朋友圈")
    assert speech_kept("当前的国内形势和国际形势，对我们的建设和改革都很有利，我们要紧紧把握有利时机。", clean_text(raw))


def test_a_description_above_the_speech_still_goes():
    raw = ("今天我们召开全县创文推进会,主要任务是总结工作、部署任务\n"
           "同志们:\n今天我们召开全县创文推进会,主要任务是总结工作、部署任务,动员全县上下行动起来。")
    assert clean_text(raw) == "同志们:\n今天我们召开全县创文推进会,主要任务是总结工作、部署任务,动员全县上下行动起来。"


# --- family 5: a sentence announcing what follows, where the page was cut, is no tail chrome ---------------------

@pytest.mark.parametrize("lead_in", ["今年经济社会发展的主要预期目标是：", "主要措施有以下几项：", "工业部门的建设情况是这样：",
                                     "今年重点抓好五件事：", "全面加强农业工作要采取以下措施：", "五年来的主要工作及特点："])
def test_lead_in_sentence_at_the_end_of_a_page_stays(lead_in):
    raw = (f"同志们:\n\n要坚持稳中求进，继续处理好发展和稳定的关系。\n\n我们要加强和改善宏观调控，保持经济平稳运行。\n\n"
           f"{lead_in}\n\n相关推荐:\n\n版权所有:公文范文网")
    text = clean_text(raw)
    assert lead_in in text
    assert "相关推荐" not in text and "版权所有" not in text


@pytest.mark.parametrize("chrome", ["更多精彩内容请点击以下链接:", "原文链接:", "本文关键词是:", "本文主要内容:", "网站重点栏目:"])
def test_labels_with_a_colon_at_the_end_of_a_page_still_go(chrome):
    raw = f"同志们:\n\n要坚持稳中求进，继续处理好发展和稳定的关系。\n\n我们要加强和改善宏观调控，保持经济平稳运行。\n\n{chrome}"
    assert chrome not in clean_text(raw)


# --- family 6: a numbered section heading above a salutation inside the speech ----------------------------------

def test_numbered_heading_above_a_salutation_inside_the_speech_stays():
    raw = ("首页 > 范文大全 > 工作报告\n\n六、积极促进祖国和平统一大业\n\n"
           "我们要坚持和平统一的方针，扩大两岸交流合作。\n\n各位代表！\n\n版权所有:公文范文网")
    text = clean_text(raw)
    assert "六、积极促进祖国和平统一大业" in text
    assert "首页" not in text and "版权所有" not in text


# --- family 7: a cited work whose link sits on its own line at the end of a page -------------------------------

def test_cited_work_on_its_own_line_at_the_end_of_a_page_stays():
    raw = ("同志们:\n\n要坚持科技创新，加快建设创新型国家。\n\n我们要认真实施《\n某某科学和技术发展规划纲要\n》\n\n"
           "相关推荐:\n\n版权所有:公文范文网")
    text = clean_text(raw)
    assert "某某科学和技术发展规划纲要" in text
    assert "相关推荐" not in text and "版权所有" not in text


def test_sentence_with_a_typeset_space_at_the_head_is_no_menu():
    # a typeset space (1 7 个) and clauses around a full-width comma: a sentence, not a menu of short items
    raw = ("首页 > 范文大全 > 工作报告\n\n我们历来重视这个问题，已经加入1 7 个国际公约，签署了《\n某某国际公约\n》。\n\n"
           "我们主张在平等和相互尊重的基础上同各方进行对话。\n\n上一篇:讲话稿汇编")
    text = clean_text(raw)
    assert speech_kept("我们历来重视这个问题，已经加入1 7 个国际公约，签署了《", text)
    assert "某某国际公约》。" in text.replace("\n", "")
    assert "首页" not in text and "上一篇" not in text


# --- family 8: a page joined without spaces: a metadata row's number glued to the first sentence ---------------

@pytest.mark.parametrize("row", ["点击:13990", "浏览次数:7602", "发布时间:2016-02-11 09:22"])
def test_number_of_a_metadata_row_glued_to_a_sentence(row):
    raw = (f"作者:佚名{row}各级政府一定要把公共服务摆到更加重要的位置，切实解决群众最关心的利益问题。"
           "文化对民族和国家的影响更深刻、更久远。")
    text = clean_text(raw)
    assert speech_kept("各级政府一定要把公共服务摆到更加重要的位置，切实解决群众最关心的利益问题。", text)
    assert speech_kept("文化对民族和国家的影响更深刻、更久远。", text)
    assert row.split(":")[0] not in text


# --- family 9: a page joined without spaces: sentences of prose glued before a footer ---------------------------

def test_sentences_of_prose_glued_before_a_footer_stay():
    raw = ("发布时间:2020-05-06 来源:网友投稿 逐步更新耗能高的动力机具。明年先从载重汽车试点，更新一批，淘汰一批，以节约油料。"
           "重点是改造原来设计烧煤，以后改为烧油的锅炉。免责声明:本站文章均来自网络,如有侵权请联系删除。上一篇:工作报告汇编")
    text = clean_text(raw)
    for sentence in ("明年先从载重汽车试点，更新一批，淘汰一批，以节约油料。", "重点是改造原来设计烧煤，以后改为烧油的锅炉。"):
        assert speech_kept(sentence, text)
    assert "免责声明" not in text


def test_a_blurb_about_speeches_glued_before_a_footer_still_goes():
    # sentences about the text itself (演讲稿, 范文) are a site's blurb, whatever their shape
    raw = ("同志们:今天召开全县大会。要抓好落实,确保各项任务完成。\n"
           "演讲稿具有条理性,能够展示演讲者的思路和观点。演讲稿的结构可以采用多种方式,以增强说服力。"
           "免责声明:本站文章均来自网络,如有侵权请联系删除。")
    text = clean_text(raw)
    assert "免责声明" not in text and "演讲稿" not in text
    assert speech_kept("要抓好落实,确保各项任务完成。", text)


# --- family 10: a heading on a topic (关于…) at the head of a page is no column name -------------------------------

def test_heading_on_a_topic_at_the_head_stays():
    raw = "关于农村改革\n\n要坚持农村基本经营制度，稳定土地承包关系。\n\n我们要深化农村集体产权制度改革。"
    assert clean_text(raw).startswith("关于农村改革")


def test_the_sites_about_us_at_the_head_still_goes():
    raw = "关于我们\n\n要坚持农村基本经营制度，稳定土地承包关系。\n\n我们要深化农村集体产权制度改革。"
    assert "关于我们" not in clean_text(raw)
