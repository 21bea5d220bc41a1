"""Session s: families found by probing the cleaner with chrome written here (before held-out round 57 was read).

Each chrome line stands at the top, between two paragraphs of the speech, or at the end, and must go in every place;
the speech's sentences (a numbered heading among them) must stay.
"""

from __future__ import annotations

import pytest

from page_shapes import pages

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.truncation import find_truncations

HEAD = "在全县农村人居环境整治推进会上的讲话\n同志们:\n"
FIRST = "今天我们召开全县农村人居环境整治推进会,主要任务是总结前一阶段工作。"
HEADING = "二、突出工作重点,扎实推进各项任务"
SECOND = "要聚焦垃圾治理、污水治理和厕所革命,做到村村有保洁员、户户有垃圾桶。"


def _pages(chrome: str) -> dict[str, str]:
    return pages(chrome, HEAD, FIRST, HEADING, SECOND)


GOES = [
    # cut notices that state no count
    "……(此处省略若干字,完整内容请下载)",
    "内容过长,仅展示头部和尾部部分文字预览,全文请查看图片预览。",
    # a site announcing its own text, app and follow prompts
    "以下是本站分享的推进会讲话,希望能帮助到大家!",
    "下载APP,阅读更多精彩内容",
    "点击关注,获取更多公文范文",
    "关注我们获取更多精彩范文",
    # a list header in the reader's words, expand/collapse buttons
    "你可能还感兴趣:",
    "您可能也喜欢的文章",
    "收起",
    "加载更多",
    # second probe set: a breadcrumb in full-width arrows, a PDF footer in English, login and download prompts,
    # share targets, a price tag, a copyright complaint naming the text, video placeholders, a font-size row
    "网站首页＞公文写作＞讲话发言",
    "Page 3 of 12",
    "亲,登录后才可以下载哦",
    "转发到微信",
    "扫描二维码分享到微信朋友圈",
    "本文件为PDF格式,请下载后查看",
    "¥3.00 会员免费",
    "想要下载完整版?请加客服微信",
    "如本文侵犯了您的权益,请联系我们,我们会及时删除",
    "视频加载中...",
    "点击播放视频",
    "字体大小:T T T",
]


def _goes(chrome: str, where: str) -> None:
    out = clean_text(_pages(chrome)[where])
    assert chrome.strip("…(:")[:5] not in out
    assert FIRST in out and HEADING in out and SECOND in out


def _stays(speech: str, where: str) -> None:
    page = f"{HEAD}{FIRST}\n{speech}\n{SECOND}\n" if where == "mid" else f"{HEAD}{FIRST}\n{SECOND}\n{speech}\n"
    assert speech in clean_text(page)


@pytest.mark.parametrize("chrome", GOES)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_probe_chrome_goes_wherever_it_stands(chrome, where):
    _goes(chrome, where)


@pytest.mark.parametrize("header", ["相关推荐:", "猜你喜欢", "相关文章"])
def test_a_related_list_header_between_paragraphs_keeps_the_speech_heading_after_it(header):
    # before: the numbered heading after the header was read as the list's first title and deleted
    doc = clean_document(_pages(header)["mid"])
    assert HEADING in doc.text and header.rstrip(":") not in doc.text


def test_a_related_list_still_takes_its_titles():
    page = f"{HEAD}{FIRST}\n{SECOND}\n相关推荐:\n在全县创文推进会上的讲话\n乡村振兴表态发言\n"
    out = clean_text(page)
    assert "创文推进会" not in out and "表态发言" not in out and SECOND in out


STAYS = [
    "全文请各单位认真学习领会。",
    "原文需查看的,请到县档案馆查阅。",
    "文件全文须登录政务网查看。",
    "各乡镇要关注群众反映强烈的问题,获取更多第一手资料。",
    "要引导群众下载APP,及时查看更多政务信息。",
    "要主动关注我们身边的困难群众。",
    "你可能会感兴趣的是,今年我们的粮食产量又创新高。",
    "收起拳头,才能打出力量。",
    "关注民生,获取更多群众支持。",
    "下载APP阅读更多学习内容,是提升党员学习效率的好办法。",
    "对此处省略的程序要坚决纠正。",
    "群众登录后可以查看办事进度。",
    "如果有人侵犯了您的合法权益,可以拨打12345热线。",
    "本文件为各单位开展工作的依据。",
    "各单位要将文件转发到微信工作群,确保人人知晓。",
    "字体大小要统一。",
    "想要下载的群众可以到政务服务大厅咨询。",
]


@pytest.mark.parametrize("speech", STAYS)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_speech_like_a_probe_family_stays(speech, where):
    _stays(speech, where)


def test_a_cut_notice_without_counts_is_audited_as_a_truncation_notice():
    doc = clean_document(f"{HEAD}{FIRST}\n……(此处省略若干字,完整内容请下载)\n{SECOND}\n")
    rules = {r.rule for r in doc.audit.itertuples() if "省略" in str(r.removed)}
    assert rules == {"truncation_notice"}
    assert find_truncations("要抓好落实。(此处省略若干字,完整内容请下载)")


# --- families of held-out round 57, learned after its measurement ----------------------------------------------------

ROUND57_GOES = [
    "本文已影响 6.5W人",
    "某某合作网改版试运行,欢迎提出意见和建议,联系电话:55983551。",
    "欢迎访问某某秘书【www.example.cn】,您身边的文字小秘书!",
    "受理本司相关的咨询、意见、建议、投诉等事宜,请填写真实个人信息,以便于沟通联络。",
]


def test_a_genre_intro_whose_editor_sentence_a_cut_would_leave_goes_whole():
    page = ("医院领导的致辞发言稿范文\n致辞可以激发员工的热情和动力,调动员工的积极性和创造力,形成共同的价值追求。"
            "优秀的医院领导的致辞发言稿范文是怎么写的?小编给大家整理了医院领导的致辞发言稿范文,希望对大家有所帮助。\n"
            "全院干部职工同志们:\n在辞旧迎新的喜庆时刻,我谨代表院领导班子向大家致以美好的祝福!\n")
    out = clean_text(page)
    assert "致辞可以激发" not in out and "是怎么写的" not in out
    assert "在辞旧迎新的喜庆时刻,我谨代表院领导班子向大家致以美好的祝福!" in out


def test_a_column_of_speeches_above_the_title_goes():
    doc = clean_document("返回\n重要讲话\n某某主席关于答谢与会代表的致辞\n2015年12月15日\n尊敬的各位代表:\n大家好!\n"
                         "首先,请允许我代表商会向各位表示衷心的感谢。\n")
    assert any(r.rule == "page_head" and r.removed == "重要讲话" for r in doc.audit.itertuples())
    assert "首先,请允许我代表商会向各位表示衷心的感谢。" in doc.text


def test_a_permission_note_and_the_editors_announcement_go_the_speech_stays():
    page = ("某某院士在科学家论坛开幕式上的致辞打印\n发布时间:2022-12-03来源:某某控股\n"
            "以下为论坛主席、某某院士在开幕式上的致辞。(经某某院士授权在某某公众号上发布)\n"
            "尊敬的各位来宾:\n很高兴来到美丽的腾冲,与大家共同探讨科技创新。\n")
    doc = clean_document(page)
    assert "授权" not in doc.text and "以下为" not in doc.text and "打印" not in doc.text
    assert "很高兴来到美丽的腾冲,与大家共同探讨科技创新。" in doc.text
    assert {"page_meta", "editor_blurb", "site_interface"} <= set(doc.audit["rule"])


def test_a_qa_appendix_with_its_header_goes_an_interview_stays():
    speech = f"{HEAD}{FIRST}\n{SECOND}\n"
    qa = "重阳节相关常见问答知识清单及解答\n1. 问:重阳节是哪一天?\n答:农历九月九日。\n2. 问:重阳节又称什么?\n答:老人节。\n"
    out = clean_text(speech + qa)
    assert "问:" not in out and "知识清单" not in out and SECOND in out
    interview = "记者:请谈谈今年的工作重点。\n1. 问:今年的重点是什么?\n答:是人居环境整治。\n2. 问:怎么抓?\n答:要压实责任,抓好落实。\n"
    assert "答:要压实责任,抓好落实。" in clean_text(speech + interview)


def test_markdown_heading_marks_go_the_heading_stays():
    doc = clean_document("### 消防主题演讲比赛演讲稿范文\n尊敬的评委、亲爱的各位听众:\n大家好!今天我演讲的题目是消防安全。\n"
                         "#### 一、消防安全人人有责\n每个人都要学会使用灭火器。\n")
    assert "#" not in doc.text
    assert "一、消防安全人人有责" in doc.text and "每个人都要学会使用灭火器。" in doc.text


def test_a_caption_opened_by_a_gallerys_english_label_goes():
    page = (f"{HEAD}Photos / Files - 某某会长在致辞时表示,商会旨在凝聚全球合作新共识\n{FIRST}\n{SECOND}\n")
    out = clean_text(page)
    assert "Photos" not in out and "凝聚全球合作新共识" not in out and FIRST in out


ROUND57_STAYS = [
    "以下是我的几点意见。",
    "我们的网站改版后,群众办事更方便了。",
    "请大家填写真实信息,以便统计。",
    "以下为我在会上的发言要点:",
]


# --- chrome glued after the speech on its line (text/glued_tails.py) --------------------------------------------------

GLUED = [
    "本文档由用户上传,如有侵权请联系删除",
    "分享到: 微信 微博 QQ空间",
    "下载APP,阅读更多精彩内容",
    "感谢您的阅读,祝您生活愉快!",
    "你可能还感兴趣:",
    "当前位置:首页 > 讲话稿 > 正文",
]


@pytest.mark.parametrize("chrome", GLUED)
def test_chrome_glued_after_a_paragraphs_last_sentence_goes(chrome):
    page = f"{HEAD}{FIRST}\n{SECOND}{chrome}\n谢谢大家!\n"
    doc = clean_document(page)
    assert chrome[:5] not in doc.text
    assert SECOND in doc.text and FIRST in doc.text


@pytest.mark.parametrize("line", [
    # a speaker's sentence after the last sentence end, in the families' words
    "要抓好落实。各村要点击下载县里统一印发的整治标准",
    "要抓好落实。群众登录后可以查看办事进度",
    # a speaker's address glued after a site's line with no boundary: the tail is not taken
    "要抓好落实。更多精彩内容请关注某某网结束语各位代表!",
])
def test_a_tail_in_the_speakers_words_stays(line):
    out = clean_text(f"{HEAD}{FIRST}\n{line}\n{SECOND}\n")
    assert line.split("。")[1].rstrip("!")[-6:] in out


def test_a_glued_tail_is_audited_under_its_family():
    doc = clean_document(f"{HEAD}{FIRST}\n{SECOND}分享到: 微信 微博 QQ空间\n谢谢大家!\n")
    rows = [r for r in doc.audit.itertuples() if "分享到" in str(r.removed)]
    assert rows and rows[0].rule == "share_widget"


# --- families of held-out round 58, learned after its measurement ----------------------------------------------------

ROUND58_GOES = [
    "免费订阅30天某某双语新闻手机报:移动用户编辑短信CD至106580009009",
    "部分原文如下:",
    "讲话全文如下:",
    "图文实录",
    "新聞中心/宜蘭縣訊",
    "TOP返回頁面頂端",
]


def test_a_two_part_contents_line_goes_the_part_heading_stays():
    page = ("父母八十大寿庆典致辞(精选2篇)\n第1篇在父亲八十大寿庆典上的致辞 第2篇在母亲八十大寿庆典上的致辞\n"
            "第1篇 在父亲八十大寿庆典上的致辞\n尊敬的各位来宾:\n今天是家父八十大寿的日子,感谢大家的光临。\n")
    doc = clean_document(page)
    assert "第2篇在母亲" not in doc.text
    assert "今天是家父八十大寿的日子,感谢大家的光临。" in doc.text
    assert any(r.rule == "toc" for r in doc.audit.itertuples())


def test_a_stage_direction_after_a_sentence_stays():
    # before: (鞠躬) after the last sentence of a paragraph was read as a name's credit (rule byline)
    line = "向帮助办理丧事的各位领导、亲友和来宾表示衷心的感谢!(鞠躬)"
    assert line in clean_text(f"尊敬的各位来宾:\n{line}\n父亲的离世,带给我们深切的思念。\n")


def test_a_wish_cut_off_at_the_pages_end_stays():
    # before: a truncated last line (祝在座的同…) was read as a short widget line below the speech (rule page_tail)
    page = f"{HEAD}{FIRST}\n{SECOND}\n我们衷心祝愿大家的生活更加幸福美好!\n祝在座的同"
    assert "祝在座的同" in clean_text(page)


ROUND58_STAYS = ["具体安排如下:", "今年的主要任务如下:", "大家要把全文如下载到本地学习。"]


# --- a third probe set (government and news pages), written before round 59 was read --------------------------------

PROBE3_GOES = [
    "文号:某政办发〔2023〕12号",
    "某某县人民政府 主办 某某县大数据中心 承办",
    "建议使用IE9以上版本浏览器 1920*1080分辨率",
    "文/图 某某",
    "图片由某某宣传部提供",
    "(视频截图)",
    "【专题】学习贯彻二十大精神",
    "某某发布微信公众号",
    "某某新闻客户端下载",
    "本网讯",
]


PROBE3_STAYS = [
    "省委省政府主办、各市承办的招商大会取得圆满成功。",
    "全省文号统一规范管理要抓紧落实。",
    "图片由我们统一提供给各乡镇。",
    "建议使用统一的办公软件和浏览器。",
]

@pytest.mark.parametrize("chrome", ROUND57_GOES + ROUND58_GOES + PROBE3_GOES)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_a_later_family_goes_wherever_it_stands(chrome, where):
    _goes(chrome, where)


@pytest.mark.parametrize("speech", ROUND57_STAYS + ROUND58_STAYS + PROBE3_STAYS)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_speech_like_a_later_family_stays(speech, where):
    _stays(speech, where)


# --- families of held-out round 59, learned after its measurement ----------------------------------------------------

ROUND59_GOES = [
    "00:29:34,701 00:30:01,526",
    "Start Time End Time Text",
    "跳到中央內容區塊",
    "• 民國113年06月27日",
    "中级会员",
    "https://www.example.gov.cn/2011xwzx/zdbk/jdbkxw/202603/t20260320_7668698.html",
    "Friday, June 17, 2022",
    "还剩... 页未读,继续阅读",
    "免费阅读",
    "教育局长在评审会上的讲话稿如何写",
    "以上内容旨在鼓励公众积极参与垃圾分类工作,希望每位公民都能积极响应号召。",
    "某某18讯:",
    # round 60
    "世界某氏宗亲联谊交流寻根恳亲繁荣文化发展商企唯一官方门户网站",
    # round 61
    "某某 http://www.example.com 2009-07-29 19:35:44 来源: 0",
    "(见首页视频窗口)",
    "正文内容",
    "【来源:某某日报 作者:某某玉】",
    "注册时间",
    "网站编辑",
    # round 62
    "点击右上角微信好友",
    "请使用浏览器分享功能进行分享",
    "正在阅读:某某:让非遗从传承走向发展",
    "专业号:某某资讯 2022/8/5 18:31:52",
    "制图:潘某某",
    "原标题:某某总领馆举办国庆招待会",
]


@pytest.mark.parametrize("chrome", ROUND59_GOES)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_a_round59_family_goes_wherever_it_stands(chrome, where):
    _goes(chrome, where)


@pytest.mark.parametrize("speech", [
    "会议的主题是推进乡村振兴。",
    "以上是我的几点意见,供大家参考。",
    "向每天两次、日复一日施放探空气球的气象工作者致敬。",
])
@pytest.mark.parametrize("where", ["mid", "end"])
def test_speech_like_a_round59_family_stays(speech, where):
    _stays(speech, where)


def test_a_parallel_clause_cut_off_at_the_pages_end_stays():
    # before: the excerpt's last line, cut inside a sentence of thanks, was read as a widget below the speech
    page = (f"{HEAD}{FIRST}\n{SECOND}\n值此世界气象日之际,我谨向全系统的同人致敬。\n向身处偏远之地的观测员致敬。\n"
            "向每天两次、日复一日施放探空气球的气象工作者")
    assert "向每天两次、日复一日施放探空气球的气象工作者" in clean_text(page)


def test_a_clause_cut_off_after_yi_at_the_pages_end_stays():
    # held-out round 60: the excerpt's last line, cut after 以 (…分会自成立以), is a sentence, not a widget
    page = f"{HEAD}{FIRST}\n{SECOND}\n我们要继续做好学会的各项工作。\n中国园艺学会水生蔬菜分会自成立以"
    assert "中国园艺学会水生蔬菜分会自成立以" in clean_text(page)


@pytest.mark.parametrize("speech", ["要把我县建成全省一流的门户网站", "我们的官网要及时更新政务信息。"])
def test_speech_naming_a_website_stays(speech):
    _stays(speech, "mid")


#: a glossed paragraph (a site that glosses its characters glosses many)
GLOSSED = ("我們(men)要(yào)抓(zhuā)好(hǎo)農(nóng)村(cūn)人(rén)居(jū)環(huán)境(jìng)整(zhěng)治(zhì),"
           "讓(ràng)鄉(xiāng)村(cūn)更(gèng)美(měi)。")


@pytest.mark.parametrize("tail", [
    "对于忠实记录三",                      # a clause cut short after its opener
    "(在某某外国语实验学校第十九届读书节开幕式上的讲话)",   # the speech's occasion under it
    "讓我們一起加入到校園文明建設(shè",        # a sentence cut inside its last character's gloss
])
def test_round61_lines_at_the_pages_end_stay(tail):
    page = f"{HEAD}{FIRST}\n{SECOND}\n{GLOSSED}\n最后,祝本届读书节取得圆满成功!\n{tail}"
    out = clean_text(page)
    assert tail.replace("(shè", "").replace("讓我們", "让我们").replace("加入到校園文明建設", "加入到校园文明建设") in out


def test_a_gloss_cut_by_the_pages_end_goes():
    page = f"{GLOSSED}\n讓我們一起加入到校園文明建設(shè"
    doc = clean_document(page)
    assert "(shè" not in doc.text and "shè" not in doc.text


def test_a_run_of_titles_cut_with_dots_goes_a_speakers_ellipsis_stays():
    page = (f"{HEAD}{FIRST}\n{SECOND}\n安徽省某某市人大常委...\n保定佛协举办永远跟党...\n蠡县某某寺举办学党史...\n")
    out = clean_text(page)
    assert "人大常委" not in out and "学党史" not in out and SECOND in out
    speech = f"{HEAD}{FIRST}\n我们要继续努力……\n{SECOND}\n"
    assert "我们要继续努力" in clean_text(speech)


@pytest.mark.parametrize("speech", ["原标题要改得更鲜明一些。", "朋友圈里的正能量要多传播。", "正在阅读的同学请注意。"])
def test_speech_like_a_round62_family_stays(speech):
    _stays(speech, "mid")
