"""Session k: families found on held-out round 31 (status bars, mojibake '?', image references, comment boxes,
letter-spaced footers, Chinese-form stamps glued to a lead).  Each rule: the chrome goes, the speech stays."""

from __future__ import annotations

import pytest

from corpusmine.text.bottom_chrome import comment_box_spans, spaced_footer_spans
from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.image_refs import image_ref_spans
from corpusmine.text.page_edges import is_anchor_line, is_edge_chrome
from corpusmine.text.sentence_ends import is_menu_bar, sentence_view

BODY = "会议强调,要把人居环境整治各项任务抓实抓细。\n各乡镇要压实责任,确保按期完成。\n"
MD_IMAGE = "!" + "[会场](http://img.example.cn/2023/05/a1.jpg)"    # built in two parts on purpose


# ------------------------------------------------------------------ status bars and mojibake question marks

def test_status_bar_with_a_prompt_is_no_anchor_and_goes_above_the_title():
    page = ("今天是2024年05月19日 星期日 ★ 征稿 / 特约记者 | 新用户? 注册 | 会员登录\n"
            "某县召开人居环境整治推进会\n" + BODY)
    out = clean_text(page)
    assert "会员登录" not in out and "新用户" not in out
    assert out.startswith("某县召开人居环境整治推进会")
    assert "各乡镇要压实责任,确保按期完成。" in out


def test_mojibake_question_marks_make_no_anchor_and_the_stamp_goes():
    page = ("首页——正文 分享\n某省部署春节假日旅游市场监管工作\n2022年01月14日 15:45 来源:某某日?qǐng)?bào)\n" + BODY)
    out = clean_text(page)
    assert "15:45" not in out and "来源" not in out and "首页" not in out
    assert out.startswith("某省部署春节假日旅游市场监管工作")


@pytest.mark.parametrize("line", ["这件事该不该办?该办!", "大家想一想,为什么?", "同志们,我们的任务完成了吗?"])
def test_real_questions_still_end_sentences(line):
    assert "?" in sentence_view(line)
    assert is_anchor_line(line)


def test_sentence_view_and_menu_bar():
    assert sentence_view("来源:某某日?qǐng)?bào)") == "来源:某某日qǐng)bào)"
    assert is_menu_bar("首页 | 要闻 | 专题 ★ 视频")
    assert not is_menu_bar("要抓好落实 | 久久为功。")


@pytest.mark.parametrize("line", ["首页——正文 分享", "首页 → 新闻中心", "首页/要闻", "首页要闻政务公开办事服务互动交流"])
def test_home_breadcrumbs_with_other_separators_are_edge_chrome(line):
    assert is_edge_chrome(line)


def test_a_title_starting_like_a_home_word_stays():
    assert not is_edge_chrome("首届乡村振兴论坛开幕式致辞")


# ------------------------------------------------------------------ image references

def test_markdown_data_url_tag_and_file_name_images_go():
    page = ("同志们:\n要抓好落实。\n" + MD_IMAGE + "\n<image>data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==</image>\n"
            "营商环境.jpg\nhttp://img.example.cn/b/2.png\n要久久为功。")
    doc = clean_document(page)
    assert doc.text == "同志们:\n要抓好落实。\n要久久为功。"
    assert set(doc.audit["rule"]) >= {"html_leftover"}


@pytest.mark.parametrize("line", ["要把照片存成jpg格式,在周五前上报。", "图片.jpg格式的材料要在周五前报送。",
                                  "请登录www.example.cn查看,材料用png格式。"])
def test_sentences_naming_image_formats_stay(line):
    assert image_ref_spans(line) == []
    assert line in clean_text("同志们:\n" + line + "\n谢谢大家!")


# ------------------------------------------------------------------ Chinese-form stamps glued to a lead

def test_zero_padded_stamp_glued_to_the_lead_goes():
    out = clean_text("某区长到河道调研\n2018年09月25日 22:319月23日,区长到河道调研。要抓好河长制落实。\n")
    assert out.endswith("9月23日,区长到河道调研。要抓好河长制落实。")


@pytest.mark.parametrize("lead", ["2023年5月6日9:30,县委召开常委会议。", "2023年05月06日 9:30,县委召开常委会议。"])
def test_a_leads_own_time_stays(lead):
    assert lead.replace(" ", "") in clean_text("同志们:\n" + lead + "\n要抓好落实。")   # (the space is closed)


# ------------------------------------------------------------------ comment boxes and letter-spaced footers

def test_comment_box_and_its_terms_go():
    page = (BODY + "会议还对下一步工作作了具体部署。\n发表意见\n"
            "本网对留言系统使用者发布的文字、图片保有修改或移除的权利。当使用者使用本网站留言服务时,表示已同意下述规定:\n"
            "违反上述规定者,本网有权删除留言,或者直接封锁帐号!请使用者在发言前,务必先阅读留言板规则,谢谢配合。\n")
    out = clean_text(page)
    assert "留言" not in out and "发表意见" not in out
    assert out.endswith("会议还对下一步工作作了具体部署。")


def test_speech_about_comments_stays():
    page = BODY + "对网友留言要及时回复,不得删除,要遵守有关规定。\n网上群众工作要常抓不懈。\n"
    assert comment_box_spans(page) == []
    assert "对网友留言要及时回复,不得删除,要遵守有关规定。" in clean_text(page)


def test_comment_box_stops_at_prose():
    page = BODY + "网友评论\n请遵守留言规则,文明上网。\n登录\n会议还对下一步工作作了具体部署"
    spans = comment_box_spans(page)
    assert [page[s:e] for s, e in spans] == ["网友评论", "请遵守留言规则,文明上网。", "登录"]


def test_letter_spaced_copyright_goes_and_spaced_salutation_stays():
    page = "同 志 们 :\n要抓好落实,久久为功。\n谢谢大家!\n某 某 日 报 社 版 权 所 有  未 经 授 权 禁 止 复 制 或 建 立 镜 像"
    assert len(spaced_footer_spans(page)) == 1
    out = clean_text(page)
    assert "版权" not in out and "授权" not in out
    assert "要抓好落实,久久为功。" in out


# ------------------------------------------------------------------ development round 32 families

from corpusmine.text.site_lines import site_line_spans  # noqa: E402
from corpusmine.text.cleaning_state import CleaningState  # noqa: E402
from corpusmine.text.news_leads import news_leads  # noqa: E402


def test_omission_notice_glued_into_a_speech_line_goes_alone():
    # regression: the line was deleted whole as a download panel (下载文档) and its speech with it
    page = "同志们:\n在学校发展史上......此处隐藏1268字,下载文档可见......对学校的工作提出了更高要求。\n要抓好落实。"
    doc = clean_document(page)
    assert "在学校发展史上对学校的工作提出了更高要求。" in doc.text
    assert "paywall_marker" in set(doc.audit["rule"])


@pytest.mark.parametrize("line", ["关闭本页 打印", "上一篇 下一篇", "我知道了", "【字体: 大 中 小】 打印本页", "全国服务热线 400-123-4567",
                                  "友情链接:某某网 某某网", "发文机关某某人民法院", "时效性现行有效", "国家某某总局|某某省人民政府",
                                  "路透社", "(新华社供图)"])
def test_site_lines_go(line):
    page = "同志们:\n今年以来,全县上下认真贯彻落实各项决策部署。\n" + line + "\n要把各项工作抓实抓细,确保取得实效。"
    assert clean_text(page) == "同志们:\n今年以来,全县上下认真贯彻落实各项决策部署。\n要把各项工作抓实抓细,确保取得实效。"


@pytest.mark.parametrize("line", ["要建好热线,服务电话0731-1234567要有人接。", "时效性要求高,各部门要抓紧办理。",
                                  "上一篇:在全县推进会上的讲话", "打印机要及时维修", "新华社记者深入一线采访报道。"])
def test_speech_shaped_like_site_lines_stays(line):
    assert site_line_spans(line) == []


def test_prev_next_pair_glued_to_a_long_lead_goes():
    lead = "上一篇 下一篇本刊讯 全国某某系统办公室主任会议于5月11日至15日在某省召开。" + "会议围绕办公室作为参谋中心、信息中心、服务中心的职能进行了热烈讨论。" * 2
    out = clean_text("某某会议在某省召开\n" + lead)
    assert "上一篇" not in out and "本刊讯" not in out
    assert "全国某某系统办公室主任会议于5月11日至15日在某省召开。" in out


@pytest.mark.parametrize("raw, kept", [
    ("(某地12日讯)某州务大臣今日出席开幕式并致辞。", "某州务大臣今日出席开幕式并致辞。"),
    ("(某地十二日电)某州务大臣今日出席开幕式并致辞。", "某州务大臣今日出席开幕式并致辞。"),
    ("本报讯(记者 某某)会议强调,要抓好落实。", "会议强调,要抓好落实。"),
    ("本刊讯 记者某某、通讯员某某报道:会议强调,要抓好落实。", "会议强调,要抓好落实。"),
])
def test_datelines_and_newsroom_leads_go_their_paragraph_stays(raw, kept):
    out = clean_text("同志们:\n" + raw + "\n谢谢大家!")
    assert kept in out and raw not in out


@pytest.mark.parametrize("line", ["本报讯员队伍要壮大,要抓好培训。", "(一)今年12日讯息要及时报送。"])
def test_speech_opening_like_a_newsroom_lead_stays(line):
    st = CleaningState(line)
    news_leads(st)
    assert st.doc.output == line


def test_triangle_captions_and_archive_credits_go():
    page = "同志们:\n要抓好落实,久久为功。\n△某某局党员干部集中观看大会直播。\n某某。 某某传媒资料照片\n谢谢大家!"
    assert clean_text(page) == "同志们:\n要抓好落实,久久为功。\n谢谢大家!"


def test_comment_system_strings_go_but_speech_about_comments_stays():
    page = ("同志们:\n要抓好落实,久久为功。\n谢谢大家!\n发布留言\n发布留言必须填写的电子邮件地址不会公开。 必填栏位标示为 *\n"
            "评论被关闭。")
    assert clean_text(page) == "同志们:\n要抓好落实,久久为功。\n谢谢大家!"
    speech = "同志们:\n对网友评论要认真回复,评论已关闭的帖子也要看。\n谢谢大家!"
    assert clean_text(speech) == speech


# ------------------------------------------------------------------ development round 33b families

@pytest.mark.parametrize("lead, kept", [
    ("【本报某某某报道】某某大会今日隆重开幕。", "某某大会今日隆重开幕。"),
    ("(某报某地讯)某某商会今日举行就职典礼。", "某某商会今日举行就职典礼。"),
    ("【某某网讯】行政长官今日发表新春贺词。", "行政长官今日发表新春贺词。"),
    ("某某网(2019-9-12)讯:某某商会今日举行就职典礼。", "某某商会今日举行就职典礼。"),
])
def test_bracketed_leads_go(lead, kept):
    out = clean_text("同志们:\n" + lead + "\n谢谢大家!")
    assert kept in out and "讯" not in out.replace("喜讯", "") and "报道】" not in out


@pytest.mark.parametrize("line", ["(一)加强宣传报道,营造良好氛围。", "(加强宣传报道)要抓好落实,营造良好氛围。"])
def test_speech_opening_with_a_bracket_stays(line):
    assert line in clean_text("同志们:\n" + line + "\n谢谢大家!")


def test_question_mark_indents_and_entity_debris_go():
    raw = "各位朋友: ????大家好!很高兴参加今天的活动。 ????首先,我代表主办方表示欢迎。?!?nbsp;\n要抓好落实。"
    out = clean_text(raw)
    assert "?" not in out and "nbsp" not in out
    assert "大家好!很高兴参加今天的活动。" in out


def test_a_speakers_run_of_question_marks_stays():
    assert "这是为什么???" in clean_text("同志们:\n这是为什么???我们要好好想一想。\n谢谢大家!")


def test_a_credit_lead_left_alone_goes():
    out = clean_text("同志们:\n本报讯 记者某某、实习生某某、通讯员某某报道:会议强调,要抓好落实。\n谢谢大家!")
    assert "会议强调,要抓好落实。" in out and "报道" not in out and "记者" not in out


def test_a_footer_glued_after_a_closing_sentence_takes_only_itself():
    # regression (held-out round 35): the whole line went as a copyright footer, the speech's last sentence with it
    closing = "最后,希望各参赛队发扬更高、更强的体育精神,赛出水平,赛出风格,预祝本届职工篮球赛取得圆满成功!"
    doc = clean_document("同志们:\n要抓好落实,久久为功。\n" + closing + "“某某之家”版权所有-")
    assert doc.text.endswith(closing)
    assert "“某某之家”版权所有-" in doc.audit.loc[doc.audit["rule"] == "copyright_footer", "removed"].tolist()


def test_a_footer_line_of_its_own_still_goes_whole():
    out = clean_text("同志们:\n要抓好落实,久久为功。\n本站文章仅供参考,版权归原作者所有。如有侵权请联系删除。")
    assert out == "同志们:\n要抓好落实,久久为功。"
