"""Chrome of news-media pages (text/media_chrome.py): production credit runs, tails under the credits, column boxes,
e-paper reader rows, forum counters, sign-offs and datelines, title date brackets, channel labels, licence footers,
captions under image placeholders, anti-copy jammers, learned from development round 30d (city newspapers and their
e-papers, TV and radio sites, news portals and their mirrors).

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner, also with the page flattened.
"""

from __future__ import annotations

import pytest

from corpusmine.text import media_chrome as M
from corpusmine.text.chrome_eval import speech_kept as kept
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct
from corpusmine.text.lines import flatten_lines

SPEECH = "今天我们召开全县创建文明城市推进会,主要任务是部署下一阶段的创文工作。"
PARA = "县长强调,各乡镇要压实责任,持续抓好农村人居环境整治,确保各项任务按时完成。"
BODY = "\n".join([SPEECH, PARA] * 3)


def test_the_rule_is_in_the_cleaner_after_the_post_chrome():
    from corpusmine.text import post_chrome, rules
    assert M.media_chrome in RULES
    assert RULES.index(post_chrome.post_chrome) < RULES.index(M.media_chrome) < RULES.index(rules.page_meta)


def _gone(chrome: str, out: str) -> bool:
    return all(part.strip() not in out for part in chrome.split("\n") if len(part.strip()) >= 4)


# ---------------------------------------------------------------- chrome goes, speech stays

@pytest.mark.parametrize("tail", [
    "策划:张某某、李某\n监制:王某某\n统筹:赵某、钱某某\n摄像:孙某某\n配音:周某\n审校:吴某、郑某某 【编辑:冯某】 新闻结尾",
    "策劃:張某某\n統籌:吳某、朱某某\n記者:李某某、周某\n某某社国内部、某某分社联合制作\n某某社第一工作室出品",
    "文字:郭某\n制图:杨某某\n编辑:张某\n校对:蒋某某",
    "责任编辑:王某\n本网首发\n某某视觉\n某某热点",
    "某某探讨某某的文化影响与发展趋势。的相关文章\n某某开幕 首次邀请某国担任主宾国\n某某举行新一轮磋商\n某地:服务某某进社区",
    "某某新闻记者某某某某报道",
    "信息网络传播视听节目许可证编号:1153300 广播电视节目制作经营许可证(某)字第720号",
])
def test_tails_go_and_the_speech_stays(tail):
    out = clean_text(BODY + "\n" + tail)
    assert kept(SPEECH, out) and kept(PARA, out)
    assert _gone(tail, out), out


@pytest.mark.parametrize("head", [
    "某某资讯 更多...\n·4月7日《某某青城》\n·4月3日《某某畅想》\n生活导航 更多...\n\"某某书屋\"期待您的加盟\n您现在的位置:首页>某某资讯",
    "电子报阅读机\n当前报纸名称:某某晚报",
    "论坛风格切换切换到宽版\n  • 3761阅读\n  • 0回复",
    "|某某快讯|",
    "〖关闭窗口〗",
    "某某网 http://example.cn 时间:2018-02-07 08:58",
    " 您当前的位置 : 国内新闻>",
    "新华社北京2月6日电",
])
def test_head_furniture_goes(head):
    out = clean_text(head + "\n" + BODY)
    assert kept(SPEECH, out) and kept(PARA, out)
    assert _gone(head, out), out


def test_a_lead_bracket_of_reporters_goes_and_the_lead_stays():
    lead = "某网某县站11月9日讯(分站记者 某某某)为迎接记者节,县委宣传部组织了采访活动。"
    out = clean_text(lead + "\n" + BODY)
    assert "分站记者" not in out and "为迎接记者节,县委宣传部组织了采访活动。" in out


def test_a_title_date_bracket_goes():
    out = clean_text("某市领导督导创建全国文明城市宣传工作(2012年08月14日)\n" + BODY)
    assert "2012年08月14日" not in out and "某市领导督导创建全国文明城市宣传工作" in out


def test_a_copy_link_button_after_a_title_goes():
    out = clean_text("某县县长年关扫大街 全城大扫除迎新年 [复制链接]\n" + BODY)
    assert "复制链接" not in out and "全城大扫除迎新年" in out


def test_captions_under_an_image_placeholder_go():
    page = ("[attach]2680[/attach]\n活动启动仪式现场。\n某县委书记为活动授旗。\n"
            "沿着某河流经的8个乡镇现场采访。某网某县站11月9日讯为迎接记者节,县委宣传部组织了采访活动。\n" + BODY)
    out = clean_text(page)
    assert "仪式现场" not in out and "为活动授旗" not in out and "乡镇现场采访。" not in out
    assert "为迎接记者节,县委宣传部组织了采访活动。" in out and kept(SPEECH, out)


def test_a_jammer_glued_after_a_sentence_goes():
    line = "不能大拆大建,特别是古村落要保护好。5.39.21.7:8898; ~7 C- U% R$ }  i0 d6 G& Y"
    out = clean_text(line + "\n" + BODY)
    assert "不能大拆大建,特别是古村落要保护好。" in out and "8898" not in out and "R$" not in out


# ---------------------------------------------------------------- the family's words in a speech stay

@pytest.mark.parametrize("line", [
    "统筹:城乡发展和乡村振兴要一起抓。",                           # a role word with a colon, then a task
    "策划:要把活动办好。",
    "记者走基层岁末大行动下一主题将是“进乡镇看发展”。",            # 下一主题 inside a sentence (a forum's button alone)
    "感谢记者朋友们的报道,大家辛苦了。",
    "新闻记者要做好报道,把群众的声音传出去。",
    "我们要把信息网络传播视听节目许可证的审批工作做细做实。",
    "各村要建立更多便民服务点,让群众办事更方便。",
    "当前,报纸名称要规范使用。",
    "我们要认真阅读文件,3761名党员全部参加学习。",
    "关于乡村振兴的相关文章,大家要认真学习。",
])
def test_speech_with_the_family_words_stays(line):
    for page in (BODY + "\n" + line, line + "\n" + BODY):
        for text in (page, flatten_lines(page)):
            out = clean_text(text)
            assert kept(line, out), (text, out)


def test_a_short_closing_line_after_an_editor_credit_stays_when_it_is_the_speech():
    page = BODY + "\n编辑:张某\n谢谢大家!"
    assert "谢谢大家" in clean_text(page)


def test_the_rule_alone_keeps_lines_without_a_sentence_end_in_the_speakers_shape():
    from corpusmine.text.rules import CleaningState
    page = "统筹:城乡发展和乡村振兴\n感谢记者朋友们的报道\n新闻记者要做好报道\n更多精彩请关注"
    st = CleaningState(page)
    M.media_chrome(st)
    assert st.doc.output == page


def test_is_credit_line_and_is_column_head():
    assert M.is_credit_line("监制:某某、某某某") and not M.is_credit_line("监制单位要落实责任。")
    assert M.is_column_head("某某资讯 更多>>") and not M.is_column_head("更多内容请关注")


def test_audit_rebuilds_the_page():
    page = "某某资讯 更多...\n·4月7日《某某》\n" + BODY + "\n策划:某某某\n监制:某某\n本网首发"
    doc = clean_document(page)
    rows = [r for r in doc.audit.to_dict("records") if r["rule"] in {"editor_credit", "site_menu", "related_list"}]
    assert rows
    assert reconstruct(doc.text, doc.audit) == page


def test_the_furniture_glued_into_a_flattened_line_goes():
    page = ("某某资讯 更多... ·4月7日《某某青城》 ·4月3日《某某畅想》 生活导航 更多... 论坛风格切换切换到宽版 "
            "• 3761阅读 • 0回复 " + SPEECH + " 不能大拆大建,古村落要保护好。 返回列表")
    out = clean_text(page)
    for chrome in ("更多", "某某青城", "某某畅想", "论坛风格", "3761阅读", "0回复", "返回列表"):
        assert chrome not in out, (chrome, out)
    assert kept(SPEECH, out) and "不能大拆大建,古村落要保护好。" in out


@pytest.mark.parametrize("line", [
    "各村要把好事办好,更多的群众参与进来。",
    "全县3761名干部参加阅读活动,0名缺席。",
    "要把不合格的项目返回列表重新审核。",
])
def test_speech_near_the_inline_shapes_stays(line):
    for text in (BODY + "\n" + line, flatten_lines(BODY + "\n" + line)):
        assert kept(line, clean_text(text))


def test_a_signature_and_date_under_a_credit_stay():
    page = BODY + "\n审核:某某\n某某县人民政府\n2023年5月1日"
    out = clean_text(page)
    assert "某某县人民政府" in out and "2023年5月1日" in out


def test_a_url_after_a_sentence_is_no_jammer():
    from corpusmine.text.rules import CleaningState
    page = "各单位负责同志参加会议。http://www.example.org/news/2019/1234.html"
    st = CleaningState(page)
    M.media_chrome(st)
    assert st.doc.output == page
