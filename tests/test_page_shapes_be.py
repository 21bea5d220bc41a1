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


def test_an_epaper_head_with_its_lunar_date_issue_and_page_goes():
    # an e-paper's head: the day with its lunar date, the issue and the page, bulleted (round 303k)
    out = clean_text("• 2016年08月26日农历丙申年七月廿四\n  • [第63期]    第1版 版\n第1版\n某镇召开全镇干部大会\n" + SPEECH)
    assert "农历" not in out and "第63期" not in out and "第1版" not in out and "要抓好落实,确保各项任务完成。" in out


def test_a_speechs_own_date_line_stays():
    assert not is_widget_line("2016年8月26日") and is_widget_line("2016年8月26日 星期五")
    assert _kept("同志们:\n要抓好落实。\n2016年8月26日")


def test_a_portals_weather_and_content_rating_are_widgets():
    assert is_widget_line("晴时多云") and is_widget_line("限制级") and not is_widget_line("阴转晴天气好")


def test_a_reposting_sites_lead_before_the_lead_it_copied_goes():
    out = clean_text("某某县领导走访供电部门\n电力18讯: 某某新闻网讯 (记者 魏某)昨天下午,县领导来到县供电局看望职工。")
    assert out.endswith("\n昨天下午,县领导来到县供电局看望职工。")


def test_a_headlines_bracketed_date_and_source_go():
    out = clean_text("某某街道主题活动 ( 2022年06月30日 )       来源: 某某街道\n6月29日上午,街道举办主题活动。")
    assert out == "某某街道主题活动\n6月29日上午,街道举办主题活动。"


def test_a_forum_pages_first_line_with_the_forums_name_goes():
    out = clean_text("沿著某岛旅行-某某自助旅行論壇\n標題:\n元旦升旗典禮\n各位鄉親:大家新年快樂。")
    assert "论坛" not in out and "各位乡亲:大家新年快乐。" in out


def test_a_speech_on_a_forum_stays():
    assert _kept("同志们:\n今天我们在这里召开发展论坛,共商合作大计。")


def test_a_portals_welcome_to_its_institution_goes_and_a_speakers_welcome_stays():
    out = clean_text("欢迎来到某某市卫生健康委员会\n现在的位置:首页 > 正文\n全市启动爱国卫生月。要抓好落实。")
    assert "欢迎来到" not in out and "全市启动爱国卫生月。" in out
    assert _kept("各位来宾:\n欢迎来到某某县,欢迎大家到我县投资兴业。")


def test_a_photos_name_label_above_its_office_caption_goes():
    page = ("6月28日,商会在悉尼举行会议,代表到场发表讲话,表示祝贺并预祝大会圆满成功。\n\n王某某\n某某驻悉尼代表王某某\n\n"
            "在年会闭幕后,处长以晚宴款待来自世界各地的商会领袖,共同见证交接。")
    out = clean_text(page)
    assert "\n王某某\n" not in out and "共同见证交接。" in out


def test_a_crown_betting_brand_put_in_place_of_a_word_goes_and_a_crown_hotel_stays():
    # a hijacked page writes a betting brand into its breadcrumb, its title and its text (round 304k)
    out = clean_text("当前位置:首页  > 皇冠体育 > 市人大会议\n同志们:\n皇冠体育今天召开会议,要抓好落实。")
    assert "皇冠" not in out and "今天召开会议,要抓好落实。" in out
    assert _kept("我们在皇冠体育馆举行运动会,住在皇冠假日酒店。")


def test_a_casinos_spare_address_goes_and_macau_stays():
    out = clean_text("澳门某某人备用网址:同学们,要好好学习。".replace("某某人", "威尼斯人"))
    assert "威尼斯" not in out and "备用网址" not in out and "同学们,要好好学习。" in out
    assert _kept("要加强与澳门特区政府官网的信息共享。")


def test_a_publishers_time_row_goes():
    out = clean_text("某某委员会挂牌成立\n某某市卫健委  时间:2019-01-16\n1月13日,新组建的委员会举行揭牌仪式。")
    assert out == "某某委员会挂牌成立\n1月13日,新组建的委员会举行揭牌仪式。"


def test_a_publishers_name_above_its_split_row_with_a_view_count_goes():
    # the row's wide gaps split it from the publisher's name before the row goes (round 304k)
    out = clean_text("市政协十四届二次会议胜利闭幕\n政协办\t发表时间:2023-01-11\t浏览次数:3042次\n1月7日下午,会议胜利闭幕。")
    assert out == "市政协十四届二次会议胜利闭幕\n1月7日下午,会议胜利闭幕。"


def test_a_pages_title_tag_with_column_and_site_and_the_column_label_go():
    page = ("市政协会议胜利闭幕-政协要闻-某某政协网\n政协要闻\n当前位置: 首页>>新闻中心>>政协要闻\n\n市政协会议胜利闭幕\n\n"
            "1月7日下午,会议在某某大酒店胜利闭幕。")
    assert clean_text(page) == "市政协会议胜利闭幕\n1月7日下午,会议在某某大酒店胜利闭幕。"


def test_a_document_sites_category_path_a_credit_row_and_a_join_call_go():
    out = clean_text("文档简介\n文秘知识/会议发言稿 义务教育调研座谈会发言 5月22日,受学校的安排,参加了调研座谈会。")
    assert "文秘知识" not in out and "5月22日,受学校的安排,参加了调研座谈会。" in out
    assert clean_text("师生代表500余人参加了毕业典礼。\n文:党政办公室 编辑:李某文") == "师生代表500余人参加了毕业典礼。"
    assert clean_text("@所有人,加入我们\n同学们:\n大家好,要好好学习。") == "同学们:\n大家好,要好好学习。"


def test_a_delegations_caption_run_goes():
    page = ("6月3日,省人大调研组来到某县,就种业发展和储能产业进行调研,听取了县里的情况汇报。\n"
            "调研组在某县现代种业科技园育苗工厂调研\n调研组在某县储能电站调研\n"
            "调研组指出,要加快种业振兴,推动储能产业高质量发展,确保取得实效。")
    out = clean_text(page)
    assert "育苗工厂调研\n" not in out and "储能电站调研\n" not in out and "确保取得实效。" in out


def test_a_reports_paragraph_giving_the_speech_above_a_repeated_caption_stays():
    # regression (round 305k): a report repeats its caption (某某出席会议并讲话) after the paragraph that gives the
    # speech in its own words (某某指出,要…); that paragraph is the speech's text, not a report above a title
    page = ("某地借力创建全国文明城市\n来源:某某网 时间:2020-08-20 16:48:00\n"
            "8月18日,某区召开创建全国文明城市工作推进会。区委书记王某某出席会议并讲话,区委副书记李某主持会议。\n\n会议现场\n"
            "会上,区委常委、宣传部长周某安排部署创文工作。\n"
            "王某某指出,要把握好“最后机会”,创建全国文明城市已进入冲刺阶段,必须把握好最后机会,不容有失。\n\n"
            "区委书记王某某出席会议并讲话\n"
            "王某某同时强调,要走好“最后一米”,督导排查问题务必抓细抓实,对重视不够、推进不力的,严肃追责问责。")
    out = clean_text(page)
    assert "必须把握好最后机会,不容有失。" in out and "严肃追责问责。" in out
