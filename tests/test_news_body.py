"""Chrome inside and around the body of news and government pages (text/news_body.py): families of round 17.

Every string here is written for the test (the shape of a family, never a page's text).  Positive cases: the chrome
goes and the speech next to it stays; negative cases: speech lines shaped like a family stay, through the whole
cleaner; every cleaned page still rebuilds the input from its audit.
"""

from __future__ import annotations

import pytest

from corpusmine.text import news_body as B
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.rules import CleaningState

SPEECH = "今天我们召开全县城乡环境综合整治大会,主要任务是部署今年工作。"
REPORT = "5月3日,全县乡村文化旅游节在某某镇开幕,县委副书记出席开幕式并致辞。"


def kept(line: str, out: str) -> bool:
    """Whether a line is in the cleaned text (the cleaner drops spaces between Chinese characters)."""
    return line.replace(" ", "") in out.replace(" ", "")


def rebuilt(raw: str) -> str:
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    return doc.text


def test_the_rules_run_before_the_credit_rules_that_would_cut_a_credit_and_leave_its_caption():
    names = [f"{r.__module__.rsplit('.', 1)[-1]}.{r.__name__}" for r in RULES]
    assert all(r in RULES for r in B.RULES)
    assert names.index("news_body.photo_captions") < names.index("inline_rules.inline_chrome")
    assert names.index("news_body.photo_captions") < names.index("line_shape.bracket_credits")


# ---------------------------------------------------------------- photo captions

@pytest.mark.parametrize("caption", [
    "县长与乡亲们亲切交谈。(图/县政府提供)",
    "▲县长在副县长陪同下察看自行车步道。(图/县政府提供)",
    "县长到某某宫参拜,祈求风调雨顺。(记者王某某摄)",
    "县长到某某宫参拜。(圖∕縣政府提供)",
])
def test_a_caption_with_an_inline_credit_goes_with_its_credit(caption):
    out = rebuilt(f"{REPORT}{caption}{SPEECH}")
    assert out == f"{REPORT}{SPEECH}"


def test_a_credit_alone_goes_with_the_pointed_caption_above_it():
    out = rebuilt(f"{REPORT}\n▲某某县县长就职典礼。\n(图/某某县政府提供.2022.12.25.)\n{SPEECH}")
    assert out == f"{REPORT}\n{SPEECH}"


def test_a_caption_above_a_credit_line_goes_with_the_credit():
    raw = f"{REPORT}\n7月28日晚,运动会隆重开幕。这是领导在主席台上挥手致意。\n新华社记者 某 某摄\n{SPEECH}"
    assert rebuilt(raw) == f"{REPORT}\n{SPEECH}"


@pytest.mark.parametrize("caption", [
    "副县长李某在推进会上讲话。 张某某摄",
    "昨天,青年运动会开幕式在某某中心举行。图为主火炬点燃瞬间。新华社发",
])
def test_a_caption_closed_by_a_credit_goes(caption):
    assert rebuilt(f"{caption}\n{REPORT}\n{SPEECH}") == f"{REPORT}\n{SPEECH}"


def test_runs_of_caption_lines_go():
    raw = (f"{REPORT}\n活动现场歌舞表演\n开幕式上,青年歌手深情献唱,现场气氛热烈。\n"
           "某县人大常委会主任魏某某现场讲话\n随后,主任宣布文化节开幕。\n"
           "某县委常委、宣传部长叶某某在开幕式上讲话\n区长毕某某主持大会并作出重要讲话\n"
           "某区委副书记张某某就做好迎检工作作了具体安排\n会议要求,各部门要压实责任。")
    out = rebuilt(raw)
    assert out == (f"{REPORT}\n开幕式上,青年歌手深情献唱,现场气氛热烈。\n随后,主任宣布文化节开幕。\n"
                   "会议要求,各部门要压实责任。")


def test_one_caption_line_alone_stays():
    raw = f"{REPORT}\n某县人大常委会主任魏某某现场讲话\n{SPEECH}"
    assert kept("某县人大常委会主任魏某某现场讲话", clean_text(raw))


@pytest.mark.parametrize("line", [
    "县长在全县安全生产工作会议上讲话",     # a speech's title above its salutation
    "县委书记在全县创文动员大会上讲话",
])
def test_speech_titles_above_a_salutation_are_not_captions(line):
    second = line.replace("县", "市", 1)
    doc = clean_document(f"{REPORT}\n{line}\n同志们:\n{SPEECH}\n{second}\n各位领导、同志们:\n要抓好落实。")
    assert "photo_caption" not in set(doc.audit["rule"])
    assert [p.title for p in doc.parts] == [line, second]


@pytest.mark.parametrize("line", [
    "县委书记王某在全县乡村振兴推进会上的讲话", "一、领导干部要带头调研", "各级领导干部要深入基层调研",
    "坚持问题导向", "谢谢大家!", "同志们:",
])
def test_speech_headings_are_not_captions(line):
    assert not B.is_caption_line(line)


def test_sentences_that_report_an_act_stay():
    lines = ["会上,县委书记在会上讲话,对下一步工作作了具体安排。", "区委书记到现场察看项目进展情况,并就下一步工作提出要求。",
             "这是领导在主席台上向大家挥手致意的历史时刻,我们要倍加珍惜。"]
    out = clean_text("\n".join([REPORT, *lines, SPEECH]))
    assert all(kept(l, out) for l in lines)


# ---------------------------------------------------------------- bylines and source notes

@pytest.mark.parametrize("byline", ["记 者 王某某", "全媒体记者万某某报道", "记  者  王某 李某"])
def test_reporter_lines_go(byline):
    assert rebuilt(f"县里召开推进会\n{byline}\n{REPORT}") == f"县里召开推进会\n{REPORT}"


@pytest.mark.parametrize("lead", [
    "记者范某某/花莲报导 ",
    "記者范某某∕花蓮報導 ",
    "(某某传媒南投新闻)【记者石某某/南投报导】",
    "【本报记者陕西西安综合报道】",
    "黄某某 / ",
])
def test_a_reporter_and_place_opening_a_paragraph_go(lead):
    body = "县政府今日在某某宫举办祈福仪式,县长率各局处首长出席。"
    assert rebuilt(f"{lead}{body}\n{SPEECH}").endswith(f"{body}\n{SPEECH}")
    assert "报导" not in clean_text(f"{lead}{body}") and "/" not in clean_text(f"{lead}{body}")


def test_a_multimedia_reporters_credit_inside_a_sentence_goes():
    out = rebuilt("5月17日,全媒体记者万某某报道在某区召开文明城市推进会。\n" + SPEECH)
    assert out == "5月17日,在某区召开文明城市推进会。\n" + SPEECH


@pytest.mark.parametrize("note,rest", [
    ("(本文根据某某在第四届某某峰会上的致辞整理)", ""),
    ("(来源:某某报A1:要闻 2026/03/12)", ""),
    (" 摘自:某镇宣传文化中心 周某某", ""),
    ("\n资料来源:新闻传播处", ""),
    ("\n来源/某某市融媒体", ""),
])
def test_source_notes_go(note, rest):
    raw = f"{SPEECH}{note}"
    assert rebuilt(raw).strip() == SPEECH


def test_as_pictured_goes_and_its_sentence_stays():
    assert rebuilt("12月16日,某区召开信息宣传工作会(如图)。区委委员提出了具体要求。") == "12月16日,某区召开信息宣传工作会。区委委员提出了具体要求。"


@pytest.mark.parametrize("line", [
    "记者要深入基层,写出有温度的报道。",
    "来源于群众的意见要认真听取。",
    "根据县委在全会上的讲话精神整理出台了实施方案。",
    "摘自群众来信的问题要逐一回复。",
    "要把星期四定为机关干部下基层日。",
    "全县共有114年以上古树名木32株。",
    "各村要用微信扫码上报人居环境整治情况。",
    "要加快升级改造政务服务平台,方便群众使用手机和浏览器办理业务。",
])
def test_speech_shaped_like_a_note_or_a_prompt_stays(line):
    for raw in (f"{line}\n{SPEECH}", f"{SPEECH}\n{line}", line):
        assert kept(line, clean_text(raw)), raw


def test_stamps_at_the_head_of_a_page_go():
    raw = "当前报章为 第12860号\n2021年09月16日\n星期四\n114年01月13日\n更新于 2022年12月27日07:40 • 发布于 2022年12月25日07:49\n" + REPORT
    assert rebuilt(raw).strip() == REPORT


def test_a_closing_tag_without_its_bracket_goes():
    assert rebuilt("“接天莲叶无穷碧,映日荷花别样红?!?/span>7月18日上午,荷花节开幕。") == "“接天莲叶无穷碧,映日荷花别样红7月18日上午,荷花节开幕。"


# ---------------------------------------------------------------- reader prompts

@pytest.mark.parametrize("prompt", [
    "请更新您的浏览器",
    "您使用的浏览器版本较旧,已不再受支援。建议您更新浏览器版本,以获得最佳使用体验。",
    "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
    "请利用键盘按住Ctrl + P开启列印功能",
    "打开微信,点击底部的“发现”,",
    "前往,阅读体验更佳",
    "- 微信扫码,关注《某某工作通讯》",
    "() - 在线查看《某某工作通讯》内容",
    "跳到主要内容",
])
def test_reader_prompts_go(prompt):
    assert rebuilt(f"{prompt}\n{REPORT}\n{SPEECH}") == f"{REPORT}\n{SPEECH}"


def test_access_key_marks_at_the_head_go():
    assert rebuilt(f":::\n:::\n{REPORT}") == REPORT


def test_a_traditional_news_page_loses_its_captions_bylines_and_prompts():
    raw = ("您的瀏覽器不支援JavaScript功能,請開啟瀏覽器JavaScript狀態\n某某縣長就職 首位女縣長上任\n"
           "縣長在副縣長陪同下與鄉親交談。(圖/縣政府提供)\n記者石某某/南投報導 縣長宣誓就職及交接活動25日在文化局舉行。\n"
           "隨後,主計長監交下,前縣長將印信交給新任縣長,完成交接儀式。")
    out = clean_text(raw)
    assert out == "某某县长就职首位女县长上任\n县长宣誓就职及交接活动25日在文化局举行。\n随后,主计长监交下,前县长将印信交给新任县长,完成交接仪式。"


def test_a_rule_edits_only_what_it_names():
    st = CleaningState(f"星期四\n{REPORT}\n打开微信,点击底部的“发现”,\n{SPEECH}")
    B.reader_prompts(st)
    B.bylines_and_sources(st)
    assert sorted(e.rule for e in st.doc.edits) == ["meta_row", "site_interface"]
    assert st.doc.output == f"\n{REPORT}\n\n{SPEECH}"


def test_a_block_of_captions_goes_whole_once_the_page_has_a_run():
    # 人山人海 ends no caption act the rule looks for first; beside other captions it goes with them
    raw = (f"{REPORT}\n民族舞表演\n活动现场人山人海\n开幕式上,青年歌手深情献唱。\n"
           "某县副县长李某某在开幕式上致辞\n随后,文化节正式开幕。")
    assert rebuilt(raw) == f"{REPORT}\n开幕式上,青年歌手深情献唱。\n随后,文化节正式开幕。"


def test_a_scene_line_without_a_run_stays():
    raw = f"{REPORT}\n活动现场人山人海\n开幕式上,青年歌手深情献唱。"
    assert kept("活动现场人山人海", clean_text(raw))


def test_a_reporter_lead_opening_a_long_paragraph_goes():
    # Regression: the lead of a paragraph of more than 300 characters was left (only short lines were read)
    body = "县长今日到某某宫参拜,祈求风调雨顺。" + "县长强调,要团结各方力量,办好民生实事,推动地方发展。" * 12
    out = rebuilt(f"记者林某某/台南报导 {body}\n{SPEECH}")
    assert out == f"{body}\n{SPEECH}"


def test_a_hosts_script_keeps_its_programme_lines():
    # 主持词: lines announcing acts look like captions but are the speech itself
    lines = ["下面请欣赏舞蹈表演", "接下来有请歌手献唱", "有请县委书记王某某讲话", "让我们以热烈的掌声欢迎合唱团演唱"]
    raw = "\n".join(["尊敬的各位领导、各位来宾:", "欢迎大家来到文艺晚会现场。", *lines, "晚会到此结束,祝大家新春快乐。"])
    out = clean_text(raw)
    for line in lines:
        assert kept(line, out), line


def test_the_agenda_of_a_speech_is_not_a_run_of_captions():
    agenda = ["县委副书记宣读表彰决定", "县长王某某讲话", "县委书记李某某作总结讲话"]
    raw = "\n".join(["同志们:", "现在开会。今天会议的主要议程有三项:", *agenda, "下面进行第一项议程。"])
    out = clean_text(raw)
    assert all(kept(line, out) for line in agenda[1:])


# ---------------------------------------------------------------- summaries, genre intros, split counters (chrome11)

def test_the_summary_rule_runs_before_the_metadata_rows_that_would_cut_its_label_and_leave_it():
    names = [f"{r.__module__.rsplit('.', 1)[-1]}.{r.__name__}" for r in RULES]
    assert names.index("news_body.template_notes") < names.index("rules.page_meta")


@pytest.mark.parametrize("label", ["摘要:", "摘要: ", "核心提示:", "【导读】", "内容提要:"])
def test_a_summary_that_quotes_the_article_goes_whole(label):
    summary = f"{label}6月2日,某某镇召开美丽乡村建设推进会,镇长要求各村倒排工期..."
    raw = f"某某镇召开美丽乡村建设推进会\n来源:某某镇 发布时间:2022-06-03\n{summary}\n" \
          f"6月2日,某某镇召开美丽乡村建设推进会。\n镇长要求,各村要倒排工期,挂图作战。"
    out = rebuilt(raw)
    assert "倒排工期..." not in out and "工期," + "挂图作战" in out
    assert out.count("某某镇召开美丽乡村建设推进会") == 2     # the title and the first sentence


def test_a_summary_ending_in_the_speechs_salutation_goes_whole():
    # the teaser quotes the speech's first lines, salutation included; what stays is the speech itself, once
    raw = ("创文演讲稿\n摘要:创文演讲稿。为了家乡更美丽 “青山绕城转,绿水穿城过……”尊敬的评委,亲爱的朋友们:家乡美不美?\n"
           "“青山绕城转,绿水穿城过……”尊敬的评委,亲爱的朋友们:家乡美不美?当然美!")
    out = rebuilt(raw)
    assert out.count("家乡美不美") == 1 and "摘要" not in out


def test_a_summary_inside_a_flattened_line_goes_up_to_its_ellipsis():
    raw = ("来源:某某周刊  发布时间:2022-04-23 15:21 摘要:4月22日,某某镇召开乡村振兴推进会。镇党委书记要求,各村要责任上... "
           "4月22日,某某镇召开乡村振兴推进会。镇党委书记要求,各村要责任上肩。")
    out = rebuilt(raw)
    assert "责任上..." not in out and "各村要责任上肩。" in out


@pytest.mark.parametrize("line", [
    "摘要:会议纪要要写清楚议定事项,不能记流水账。",          # a speech's point about writing minutes: quotes nothing
    "核心提示:要把群众的事当成自己的事……",                      # an ellipsis, but nothing of it recurs
])
def test_a_labelled_line_that_quotes_nothing_stays(line):
    # the rule alone (the first lines of a page have their own summary rule)
    st = CleaningState(f"同志们:\n{line}\n今天召开全县办公室工作会议,主要任务是总结去年工作。")
    B.template_notes(st)
    assert line in st.doc.output


@pytest.mark.parametrize("intro", [
    "文书写作离不开参考,我们会用到各种优秀的范文。通过学习范文,可以提高写作水平。小编精心整理了这篇发言稿,请您继续阅读下方文章!",
    "在不断进步的时代,我们用到讲话稿的地方越来越多,讲话稿也称发言稿。下面是小编整理的讲话稿,供大家参考。",
    "好的讲话稿能打动听众,那么怎样写演讲稿呢?下面一起来看看吧!",
])
def test_a_template_sites_intro_about_the_genre_goes(intro):
    out = rebuilt(f"创卫发言稿\n{intro}\n同志们:\n{SPEECH}")
    assert "小编" not in out and "一起来看看" not in out and kept(SPEECH, out)


@pytest.mark.parametrize("line", [
    "同志们,写讲话稿要实事求是,不能照抄范文,希望对大家有所帮助。",     # a salutation: the speaker talks about writing
    "讲话稿是办公室起草的,请大家继续阅读下方的材料。",                  # one genre word only
    "要学习范文的写法,更要学习范文背后的调查研究,这是第一位的。",       # no offer at its end
])
def test_a_speakers_sentence_about_speech_drafts_stays(line):
    st = CleaningState(f"{SPEECH}\n{line}\n{SPEECH}")
    B.template_notes(st)
    assert line in st.doc.output


def test_counters_split_over_lines_go():
    raw = f"某某讲话稿(精选8篇)\n\n浏览\n\n7186\n\n范文\n\n903\n\n同志们:\n\n{SPEECH}"
    out = rebuilt(raw)
    assert "7186" not in out and "903" not in out and "浏览" not in out and kept(SPEECH, out)


@pytest.mark.parametrize("text", [
    "全县累计浏览政务公开信息\n12000\n人次。",     # the word is not alone on its line
    "文章\n2024年要写好这篇大文章。",              # the number is not alone on its line
])
def test_a_counted_line_of_a_speech_stays(text):
    st = CleaningState(f"{SPEECH}\n{text}")
    B.template_notes(st)
    assert text in st.doc.output


def test_empty_summary_label_above_the_article_takes_the_label_only():
    # held-out round 27: 摘要: alone, then the article's first paragraph, which shares a phrase (美丽乡村建设) with
    # the rest: the paragraph is the article, not a summary
    first = "11月19日,首届美丽乡村论坛在县城开幕。论坛以美丽乡村建设为主题,邀请专家学者和基层代表参加。"
    raw = f"摘要:\n\n{first}\n\n与会代表认为,美丽乡村建设要因地制宜,久久为功。"
    doc = clean_document(raw)
    assert first in doc.text and "摘要" not in doc.text


def test_summary_that_quotes_the_lead_still_goes():
    lead = "11月19日,全县人居环境整治推进会召开。会议要求各乡镇压实责任。"
    raw = f"摘要:\n{lead}\n\n{lead}县委书记出席会议并讲话。"
    doc = clean_document(raw)
    assert doc.text.count("全县人居环境整治推进会召开") == 1 and "摘要" not in doc.text
