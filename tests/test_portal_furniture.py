"""Portal toolbars, vertical breadcrumbs, footer labels, credited captions, forum and blog furniture, keyword inserts,
link adverts and rendering page marks (text/portal_furniture.py): families learned from development round 28d.

Every string here is written for the test (the shape of a family, never a page's text).  For each family the chrome
goes and the speech next to it stays; then a speech sentence using the family's words stays, through the whole
cleaner.
"""

from __future__ import annotations

import pytest

from corpusmine.text import portal_furniture as F
from corpusmine.text.chrome_eval import speech_kept as kept
from corpusmine.text.clean import RULES, clean_document, clean_text, reconstruct

SPEECH = "今天我们召开全镇人居环境整治推进会,主要任务是部署下一阶段的工作。"
PARA = "镇长表示,各村要提高认识,压实责任,确保村庄清洁行动按时完成,切实改善群众的生产生活条件。"
BODY = "\n".join([SPEECH, PARA] * 3)


def test_the_rules_are_in_the_cleaner_and_the_breadcrumbs_run_before_the_navigation_rule():
    from corpusmine.text import rules
    assert F.portal_furniture in RULES and F.vertical_breadcrumbs in RULES
    assert RULES.index(F.vertical_breadcrumbs) < RULES.index(rules.navigation) < RULES.index(F.portal_furniture)


def test_the_rule_is_linear_in_the_page_length():
    import time
    from corpusmine.text.rules import CleaningState
    unit = "要抓好落实, 年菜预订 ,确保成效。\n~12~\n拥有美景的某乡,\n\n加盟创业\n\n,因为整治有力。\n" + SPEECH + "\n"
    cost = []
    for n in (1000, 4000):
        best = None
        for _ in range(3):
            st = CleaningState(unit * n)
            t = time.process_time()
            F.portal_furniture(st)
            best = min(best or 1e9, time.process_time() - t)
        cost.append(best)
    assert cost[1] < 10 * max(cost[0], 1e-3)     # linear is about 4x, quadratic 16x


# ---------------------------------------------------------------- toolbar lines

@pytest.mark.parametrize("bar", [
    "今天是:", "保护视力色:", "【字体:大 中 小】【打印本页】【关闭窗口】", "无障碍 长者模式", "简体版 英文版 寄给朋友 政府主网页",
    "扫一扫在手机打开当前页", "当前位置:", "總網頁瀏覽量",
])
def test_a_toolbar_line_goes(bar):
    out = clean_text(bar + "\n" + BODY)
    assert kept(SPEECH, out) and kept(PARA, out)
    assert bar.strip(":【】") not in out


@pytest.mark.parametrize("speech", [
    "打印本页、关闭窗口这些小事,也要讲规矩。",
    "要开通无障碍通道,为长者提供方便。",
    "今天是全县创文攻坚的第一天,大家要拿出干劲来。",
])
def test_a_speech_line_with_toolbar_words_stays(speech):
    assert kept(speech, clean_text(speech + "\n" + BODY))


# ---------------------------------------------------------------- vertical breadcrumbs

def test_a_breadcrumb_on_lines_of_its_own_goes():
    out = clean_text("当前位置:\n首页\n>\n乡镇动态\n>\n正文\n" + BODY)
    assert kept(SPEECH, out) and "乡镇动态" not in out and ">" not in out


def test_a_speech_with_short_lines_and_a_greater_sign_stays():
    text = "一是抓规划\n二是抓建设\n收入 > 支出\n" + BODY
    out = clean_text(text)
    assert "一是抓规划" in out and "二是抓建设" in out


# ---------------------------------------------------------------- footer labels

@pytest.mark.parametrize("footer", [
    "运维监督:13300000000", "主办单位:某某县人民政府办公室", "网站标识码:1234000001", "网络传播视听节目许可证(0100000)",
    "某公网安备 12345678901234号",
])
def test_a_footer_label_goes(footer):
    out = clean_text(BODY + "\n" + footer)
    assert kept(PARA, out) and footer not in out


@pytest.mark.parametrize("speech", [
    "主办单位:要把活动的安全责任扛起来,做到万无一失。",
    "承办单位要提前做好场地、交通和安保等各项准备工作。",
])
def test_a_speech_line_opened_by_a_footer_word_stays(speech):
    assert kept(speech, clean_text(BODY + "\n" + speech))


# ---------------------------------------------------------------- credited captions and credit brackets

@pytest.mark.parametrize("caption", [
    "某县长与村民交谈,了解环境整治情况。新华社发(某某供图)",
    "县长(左)与镇长交接工作(王某某摄)",
])
def test_a_credited_caption_goes(caption):
    out = clean_text(BODY + "\n" + caption + "\n" + PARA)
    assert kept(PARA, out) and caption not in out and "摄" not in out.replace("摄影", "")


def test_a_caption_written_twice_goes_with_what_is_left_of_its_credit():
    cap = "县长在团拜会上致辞。县长在团拜会上致辞。(记者王某/"
    out = clean_text(BODY + "\n" + cap + "\n" + PARA)
    assert "团拜" not in out and kept(PARA, out)


def test_a_speech_repeating_a_call_stays():
    speech = "要抓落实,抓落实,再抓落实。"
    assert kept(speech, clean_text(BODY + "\n" + speech))


def test_a_credit_with_a_telephone_number_goes_and_its_paragraph_stays():
    out = clean_text(BODY + "\n" + PARA + "(某县政府办 王某 3210000)")
    assert kept(PARA, out) and "3210000" not in out


def test_a_speech_sentence_about_photographs_stays():
    speech = "要把各村整治前后的照片拍好(由宣传办统一供图),做好对比宣传。"
    assert kept(speech, clean_text(BODY + "\n" + speech))


# ---------------------------------------------------------------- forum furniture

def test_forum_furniture_goes_on_a_forum_page():
    page = "找回密码\n立即注册\nQQ登录\n只需一步,快速开始\n查看: 120|回复: 3\n发表于 2020-1-6 20:05:50 | 显示全部楼层 |阅读模式\n" \
           + BODY + "\nUID:123\n查看完整版本: 某镇召开大会"
    out = clean_text(page)
    assert kept(SPEECH, out) and kept(PARA, out)
    for w in ("QQ登录", "快速开始", "UID", "查看完整版本", "显示全部楼层"):
        assert w not in out


def test_a_search_word_alone_stays_off_a_forum_page():
    out = clean_text(BODY + "\n搜索\n" + PARA)
    assert kept(PARA, out)


# ---------------------------------------------------------------- blog furniture

def test_a_wordpress_entry_footer_goes():
    out = clean_text(BODY + "\n本篇發表於 未分類 並標籤為 , , 。將永久鍊結加入書籤。\n\n回應已關閉。")
    assert kept(PARA, out) and "书签" not in out and "关闭" not in out


def test_a_blogger_comment_box_and_the_sidebar_after_it_go():
    out = clean_text(BODY + "\n沒有留言:\n\n張貼留言\n\n某县另一则新闻的标题\n某县另一则新闻的开头,说到一半...")
    assert kept(PARA, out) and "留言" not in out and "另一则" not in out


def test_a_speech_about_comments_stays():
    speech = "没有留言的群众,我们也要上门听取意见,张贴留言箱的位置要醒目。"
    assert kept(speech, clean_text(BODY + "\n" + speech + "\n" + PARA))


# ---------------------------------------------------------------- keyword inserts and link adverts

def test_keyword_lines_between_the_halves_of_a_sentence_go():
    out = clean_text("拥有山海美景的某乡,\n\n年菜预订\n\n,因为整治有力,\n\n加盟创业\n\n,环境大变样。\n" + BODY)
    assert "年菜预订" not in out and "加盟创业" not in out and kept(SPEECH, out)


def test_keyword_inserts_glued_in_a_flattened_line_go():
    out = clean_text("拥有山海美景的某乡, 年菜预订 ,因为整治有力, 加盟创业 ,环境大变样。 " + SPEECH)
    assert "年菜预订" not in out and "加盟创业" not in out and kept(SPEECH, out)


def test_a_short_line_after_a_comma_in_a_speech_stays():
    text = "同志们,\n大家好\n今天召开大会。\n" + BODY
    assert "大家好" in clean_text(text)


def test_a_link_advert_goes_and_a_sentence_with_a_link_stays():
    out = clean_text(BODY + "\n某某医院以品质领先 http://m.example.com/a_1.html\n" + PARA)
    assert "example" not in out and kept(PARA, out)
    speech = "详情请登录县政府网站 http://www.example.gov.cn 查询。"
    assert kept(speech, clean_text(BODY + "\n" + speech + "\n" + PARA))


# ---------------------------------------------------------------- rendering page marks and heads

def test_flip_book_heads_tilde_page_numbers_and_empty_images_go():
    out = clean_text("Page 12 - Microsoft Word - 某某汇编.doc\n" + BODY + "\n![]() ![]() |\n" + PARA + "\n~27~")
    assert kept(PARA, out) and "Page" not in out and "![" not in out and "~" not in out


def test_a_column_head_a_date_alone_and_a_site_suffix_at_the_head_go():
    out = clean_text("2020年10月15日\n某镇召开人居环境整治推进会|某某简讯\n◎镇长园地\n" + BODY)
    assert "10月15日" not in out and "简讯" not in out and "园地" not in out
    assert "某镇召开人居环境整治推进会" in out and kept(SPEECH, out)


def test_a_date_and_a_marked_heading_inside_the_speech_stay():
    text = SPEECH + "\n" + PARA + "\n◎抓好落实\n" + PARA + "\n2020年10月15日\n"
    out = clean_text(text)
    assert "抓好落实" in out


def test_a_brand_line_and_app_prompts_go():
    out = clean_text("某某新闻-SomeNews\n" + BODY + "\n打开某某融媒,参与评论\n国家重点新闻网站,多语种权威发布")
    assert "SomeNews" not in out and "参与评论" not in out and "权威发布" not in out and kept(PARA, out)


def test_a_speech_about_authoritative_release_stays():
    speech = "县融媒体中心要做好权威发布,及时回应群众关切。"
    assert kept(speech, clean_text(BODY + "\n" + speech))


# ---------------------------------------------------------------- the hyphen inside 「」 (inline_rules)

def test_a_hyphen_inside_corner_quotes_stays():
    speech = "欢迎出席「某地-某国联合发行」邮票发行仪式,我们的邻居-某地也来了。"
    assert kept(speech, clean_text(speech + "\n" + BODY))


# ---------------------------------------------------------------- audit

def test_every_removal_is_audited():
    raw = "今天是:\n当前位置:\n首页\n>\n镇务\n>\n正文\n" + BODY + "\n运维监督:13300000000\n回應已關閉。"
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
