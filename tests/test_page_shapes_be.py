"""Page shapes learned in session be from held-out rounds 302k- after they were measured: each family with a
counter-test that speech stays.

The strings are written here in the families' shapes, not copied from the pages.
"""

from corpusmine.text.clean import clean_text
from corpusmine.text.news_chrome import is_widget_line
from page_shapes import kept_between as _kept

SPEECH = "同志们:\n要抓好落实,确保各项任务完成。"


def test_a_newsroom_lead_with_its_desk_and_credits_closed_by_reported_goes():
    # 某某网讯 some desk's reporter and a correspondent, closed by 报道: (round 302k)
    out = clean_text("某某新闻网讯 某某市新闻传媒中心记者王某某 通讯员某宣报道:2月20日下午,某区召开部署会。\n会议强调,要抓落实。")
    assert out.startswith("2月20日下午,某区召开部署会。") and "记者" not in out and "通讯员" not in out


def test_the_paper_a_wire_lead_quotes_before_a_date_goes():
    out = clean_text("某某网6月18日讯 据某某日报报道 6月17日,全市项目建设比拼活动拉开帷幕。")
    assert out == "6月17日,全市项目建设比拼活动拉开帷幕。"


def test_a_sentences_own_attribution_stays():
    assert clean_text("据某某日报报道,6月17日,全市项目建设比拼活动拉开帷幕。") == "据某某日报报道,6月17日,全市项目建设比拼活动拉开帷幕。"


def test_a_short_name_in_black_brackets_before_the_reporters_bracket_goes():
    out = clean_text("【某网】(某某日报全媒体记者 王某)昨日,市政府召开全市安全生产工作会议。\n要抓好落实。")
    assert out.startswith("昨日,市政府召开") and "记者" not in out and "【" not in out


def test_a_tagged_heading_of_a_speech_stays():
    assert _kept("【乡村振兴】(一)要抓好产业发展,确保农民增收。")


def test_a_betting_brand_with_its_site_words_in_place_of_a_name_goes():
    # a hijacked school page writes a brand with 网页版登录官网 where the school's name stood (round 302k)
    out = clean_text("同学们来到了abc365网页版登录官网。abc365网页版登录官网是一所光荣的大学。请登录学校官网查询。")
    assert "abc365" not in out and "网页版" not in out and "是一所光荣的大学。" in out and "请登录学校官网查询。" in out


def test_an_advert_slot_and_a_width_switch_are_widgets():
    assert is_widget_line("列表头部广告一条") and is_widget_line("顶部广告") and is_widget_line("广告位招租")
    assert is_widget_line("窄屏简体版  字体: |||超大")


def test_a_heading_on_adverts_and_a_line_on_fonts_stay():
    assert not is_widget_line("加强广告监管") and not is_widget_line("字体大小很重要")
    assert _kept("三、加强广告监管\n要规范户外广告设置,确保市容整洁。")


def test_a_caption_the_report_repeats_as_its_sentence_goes():
    # a caption line above the report, said again as a sentence of the report (round 302k)
    page = ("某某局局长王某某出席会议并讲话\n会议现场\n7月3日,全省农村厕所革命推进会在某市召开。某某局局长王某某出席会议并讲话。"
            "会议由副局长李某主持。\n王某某指出,要精心组织实施,确保群众满意。")
    out = clean_text(page)
    assert not out.startswith("某某局局长") and "会议现场" not in out
    assert "7月3日,全省农村厕所革命推进会在某市召开。某某局局长王某某出席会议并讲话。" in out


def test_a_captions_with_a_comma_first_line_goes_and_a_headline_stays():
    page = ("某某市委副书记,市长王某某出席会议并讲话\n7月3日,全市安全生产会议召开。某某市委副书记,市长王某某出席会议并讲话。"
            "会议强调,要压实责任,确保安全。")
    assert clean_text(page).startswith("7月3日")
    head = "全市安全生产会议召开\n7月3日,全市安全生产会议召开。会议强调,要压实责任,确保安全。"
    assert clean_text(head).startswith("全市安全生产会议召开\n")


def test_a_headline_without_a_comma_the_report_repeats_stays():
    # the first line without a comma is the report's headline, even when the report says it again
    page = "王某某出席全县安全生产会议并讲话\n7月3日,全县会议召开。王某某出席全县安全生产会议并讲话。会议强调,要压实责任。"
    assert clean_text(page).startswith("王某某出席全县安全生产会议并讲话\n")


def test_a_blogs_tag_value_closed_by_its_separator_goes():
    out = clean_text("标签:\n大美某地旅游 |\n分类: 新闻专访-----某地对话 |\n" + SPEECH)
    assert "大美某地旅游" not in out and "要抓好落实,确保各项任务完成。" in out


def test_a_line_of_a_speech_holding_a_bar_stays():
    assert _kept("要抓好落实 | 确保各项任务完成。")
