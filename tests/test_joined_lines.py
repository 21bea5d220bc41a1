"""Pages whose lines came joined (corpusmine.text.joined_lines): the line rules get their lines back, audited."""

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.joined_lines import joined_lines
from corpusmine.text.lines import flatten_lines
from corpusmine.text.rules import CleaningState

PAGE = (
    "首页 > 讲话稿 > 领导讲话\n发布时间:2023-05-08 来源:网友投稿\n"
    "在全县创文推进会上的讲话\n同志们:\n今天我们召开全县创文推进会,主要任务是部署下一阶段工作。\n"
    "各乡镇要切实抓好环境卫生整治。\n谢谢大家!\n上一篇:在全县农村工作会议上的表态发言\n下一篇:创卫动员讲话"
)


def _split(text, **kw):
    st = CleaningState(text)
    joined_lines(st, **kw)
    return st.doc.output


def test_one_line_page_gets_its_lines_back_and_the_chrome_goes():
    flat = flatten_lines(PAGE)
    assert "\n" not in flat
    cleaned = clean_text(flat)
    for chrome in ("发布时间", "网友投稿", "上一篇", "下一篇"):
        assert chrome not in cleaned, chrome
    for speech in ("主要任务是部署下一阶段工作。", "各乡镇要切实抓好环境卫生整治。", "谢谢大家!"):
        assert speech in cleaned.replace("\n", ""), speech


def test_the_audit_gives_every_joining_space_back():
    flat = flatten_lines(PAGE)
    doc = clean_document(flat)
    assert any(r["rule"] == "joined_lines" for r in doc.audit_rows)
    assert reconstruct(doc.text, doc.audit) == flat


def test_spaces_inside_a_line_stay():
    out = _split("当前位置:首页 > 新闻 作者: 张三 2023-10-13 09:34 中新社北京3月5日电 (记者 李四) 会议今天开幕 。"
                 " 同志们: 要抓好落实。 记者 王 培 摄")
    assert "首页 > 新闻" in out           # a breadcrumb's separators
    assert "作者: 张三" in out            # a label's value
    assert "2023-10-13 09:34" in out     # digits on both sides
    assert "电 (记者 李四) 会议" in out   # before and inside brackets, after a news lead
    assert "开幕 。" in out               # no line starts with a sentence end
    assert "记者 王 培 摄" in out         # a reporter's role, pieces of one character
    assert "\n同志们:" in out


def test_a_blurb_announcing_the_text_stays_with_what_it_closes():
    out = _split("本站提供讲话稿范文。 以下是为大家整理的讲话稿3篇 ,欢迎阅读! 同志们: 要抓好落实。")
    assert "范文。 以下是为大家整理的" in out


def test_one_stray_space_is_no_joined_lines():
    assert _split("在肯定成绩的同时 我们必须清醒地看到。") == "在肯定成绩的同时 我们必须清醒地看到。"


def test_pages_with_lines_are_left_alone_by_default():
    text = "同志们:\n今天开会。 二是 要抓好落实。\n谢谢大家!\n请先登录"
    st = CleaningState(text)
    joined_lines(st)
    assert st.doc.edits == []
    assert _split(text, per_line=True) == "同志们:\n今天开会。\n二是 要抓好落实。\n谢谢大家!\n请先登录"


def test_a_salutation_colon_and_prose_after_an_empty_label_start_lines():
    out = _split("教师节讲话 各位领导、老师们: 今天我们欢聚一堂。 来源: 学校 作者: 今年以来,我校教学质量稳步提升。")
    assert "\n今天我们欢聚一堂。" in out               # after a salutation's colon
    assert "来源: 学校" in out                          # a label and its value
    assert "作者:\n今年以来,我校教学质量稳步提升。" in out   # an empty label, then prose


def test_a_caption_stays_before_its_news_lead_and_a_headline_does_not():
    assert _split("县长讲话 县融媒讯(记者 张三) 3月1日,全县召开会议。 会议要求抓好落实。").startswith(
        "县长讲话 县融媒讯(记者 张三) 3月1日")
    assert _split("全县召开农村人居环境整治推进会 县融媒讯(记者 张三) 3月1日,全县召开会议。 会议要求抓好落实。").startswith(
        "全县召开农村人居环境整治推进会\n县融媒讯")


def test_flattened_page_keeps_its_speech_behind_a_salutation():
    page = "全校教师节表彰大会讲话\n各位领导、老师们:\n今天,我们在这里欢聚一堂,共同庆祝教师节。\n我代表学校向全体老师致以节日的祝贺!"
    cleaned = clean_text(flatten_lines(page))
    assert "今天,我们在这里欢聚一堂,共同庆祝教师节。" in cleaned.replace("\n", "")


def test_a_menu_below_a_one_line_speech_is_no_joined_line():
    # two lines: the speech and a menu row; the menu keeps its spaces (the widget rules read it whole)
    text = "同志们:今天我们召开全县大会,部署今年工作。\n政府信息公开 政务服务 互动交流"
    st = CleaningState(text)
    joined_lines(st)
    assert st.doc.edits == []
    assert clean_text(text) == "同志们:今天我们召开全县大会,部署今年工作。"


def test_a_bulleted_list_gets_its_items_back_a_dashed_breadcrumb_does_not():
    out = _split("首页 - 新闻 - 正文 同志们: 要抓好落实。 相关阅读 - 在全县农村工作会议上的讲话 - 在全县创文推进会上的表态发言")
    assert "首页 - 新闻 - 正文" in out
    assert "\n- 在全县农村工作会议上的讲话\n- 在全县创文推进会上的表态发言" in out


def test_a_menu_of_short_bulleted_items_gets_a_line_per_item_and_goes():
    menu = "• 工作总结 • 心得体会 • 述职报告 • 会议主持 • 当前位置: 某某文档网 > 领导致辞 > 正文"
    speech = "尊敬的各位来宾、同志们: 今天我们隆重举行敬老院揭牌仪式。 我代表镇党委向大家表示热烈的欢迎!"
    out = _split(menu + " " + speech)
    assert out.startswith("• 工作总结\n• 心得体会\n• 述职报告\n• 会议主持\n• 当前位置: 某某文档网 > 领导致辞 > 正文\n")
    # each paragraph flattened: the menu is one line of a page with lines, and still gets its items back
    doc = clean_document(menu + "\n" + speech)
    assert reconstruct(doc.text, doc.audit) == menu + "\n" + speech
    for cleaned in (clean_text(menu + " " + speech), doc.text):
        assert "心得体会" not in cleaned and "会议主持" not in cleaned
        assert "今天我们隆重举行敬老院揭牌仪式。" in cleaned.replace("\n", "")
    # two bulleted items are no menu; a bullet inside a sentence stays
    assert _split("同志们: 要抓好落实。\n• 工作总结 • 心得体会") == "同志们: 要抓好落实。\n• 工作总结 • 心得体会"


def test_a_notice_label_keeps_its_notice_and_goes_with_it():
    text = "某某讲话稿 申明敬告: 本站不保证该用户上传的文档完整性,不予受理。 文档介绍 同志们: 今天我们开会。 要抓好落实。"
    out = _split(text)
    assert "\n申明敬告: 本站不保证该用户上传的文档完整性,不予受理。\n" in out
    assert "作者:\n今年以来" in _split("某某讲话 作者: 今年以来,我县稳步推进。 要抓好落实。")   # an empty label still ends
    cleaned = clean_text(text)
    assert "申明敬告" not in cleaned and "本站不保证" not in cleaned
    assert "今天我们开会。" in cleaned.replace("\n", "")


def test_a_metadata_row_keeps_its_time_and_widget_and_a_lead_after_a_widget_starts_a_line():
    out = _split("全县召开河长制工作会议 2023-05-23 16:18:55 来源:某某网 责任编辑:张三 我来说两句 "
                 "分享到: 某某网讯(通讯员 李四)5月22日,全县召开河长制工作会议。 会议要求抓好落实。")
    assert "\n责任编辑:张三 我来说两句\n分享到:\n某某网讯(通讯员 李四)5月22日," in out
    assert _split("会议要求抓好落实。 全县通过了决议。 2018年7月24日 18:00").endswith("\n2018年7月24日 18:00")
    assert _split("点击数:1885 发布者:Admin 6月13日上午,全县召开会议。 会议要求抓好落实。").startswith(
        "点击数:1885\n发布者:Admin\n6月13日上午,")
    assert "来源: 新华社北京3月5日电" in _split("某某讲话 来源: 新华社北京3月5日电 全县召开会议。 要抓好落实。")
    flat = ("全县召开河长制工作会议 2023-05-23 16:18:55 来源:某某网 责任编辑:张三 我来说两句 分享到: "
            "某某网讯(通讯员 李四)5月22日,全县召开河长制工作会议。 县长对河长制工作进行了总结。")
    doc = clean_document(flat)
    assert reconstruct(doc.text, doc.audit) == flat
    assert "我来说两句" not in doc.text and "分享到" not in doc.text
    assert "5月22日,全县召开河长制工作会议。" in doc.text


def test_a_dashed_list_of_headlines_keeps_the_spaces_inside_its_items():
    text = ("相关新闻 - 某县召开政协会议 将选举主席 - 县长调研农村工作 强调抓好落实 - 全市推进创文工作 "
            "- 某镇开展环境整治 群众拍手称快 同志们: 今天我们召开全县大会。 要抓好落实。")
    out = _split(text)
    assert ("\n- 某县召开政协会议 将选举主席\n- 县长调研农村工作 强调抓好落实\n- 全市推进创文工作\n"
            "- 某镇开展环境整治 群众拍手称快\n同志们:") in out          # the last item has the others' two pieces
    out = _split("- 婚礼致辞 推荐度: - 谢师宴致辞 推荐度: - 开业致辞 推荐度: - 相关推荐 开戏致辞 同志们: 今天开会。 要抓好落实。")
    assert "\n- 相关推荐\n开戏致辞\n" in out                  # their second pieces are labels, this one is not
    assert "- 谢师宴致辞 推荐度:\n" in out
    assert _split("首页 - 新闻 - 正文 同志们: 要抓好落实。 二是抓好整治。").startswith("首页 - 新闻 - 正文\n")


def test_a_menu_row_of_short_words_stays_one_line_a_row_of_captions_does_not():
    out = _split("您的位置 首页 乡镇动态 某镇召开村庄清洁行动动员会 1月12日,某镇组织召开动员会。 镇长主持会议。")
    assert out.startswith("您的位置 首页 乡镇动态\n某镇召开村庄清洁行动动员会\n")
    out = _split("东村信息公开 西村信息公开 南村信息公开 北村信息公开 10月30日,全县召开大会。 县长出席会议。")
    assert out.startswith("东村信息公开 西村信息公开 南村信息公开 北村信息公开\n10月30日,")
    out = _split("活动现场人山人海 民族舞表演 歌舞表演 12月10日,全镇举办文艺汇演。 群众踊跃参加。")
    assert out.startswith("活动现场人山人海\n民族舞表演\n歌舞表演\n")          # captions, no menu word
    flat = "首页 部落格 页面 某县召开运动会祈福仪式 12日,县政府举办祈福仪式。 县长出席仪式并致辞。"
    doc = clean_document(flat)
    assert reconstruct(doc.text, doc.audit) == flat
    assert "部落格" not in doc.text and "县长出席仪式并致辞。" in doc.text


def test_credits_leads_and_stamps_keep_their_lines_on_a_one_line_page():
    assert "\n记者 王鼎 摄\n一柄刷子" in _split("考核员正在复检路面。 记者 王鼎 摄 一柄刷子、一把尺子,这不是实验室。 全县召开现场会。")
    assert _split("□本报记者 王 培 5月19日是中国旅游日。 代表上台发言。").startswith("□本报记者 王 培\n5月19日")
    assert _split("【某网】 北京3月10日电(记者 赵芳) 今天下午,书记看望记者。 大家表示感谢。 会议结束。").startswith(
        "【某网】 北京3月10日电(记者 赵芳) 今天下午,")      # the tag stays before its lead (the lead rule reads it)
    assert _split("某县新闻 今日某县网消息 3月18日,县政协召开会议。 会议强调落实。").startswith(
        "某县新闻\n今日某县网消息 3月18日,")
    out = _split("某台 更新于 2022年12月27日07:40 • 发布于 2022年12月25日07:49 (某台新闻)【记者某某/南投报导】县长宣誓就职。 活动热闹。")
    assert "\n更新于 2022年12月27日07:40 • 发布于 2022年12月25日07:49\n(某台新闻)【记者" in out
    assert _split("字体:[ ] 某县新闻网讯(记者 张三) 金猪辞旧岁,玉鼠迎新春。 县里举行团拜会。").startswith(
        "字体:[ ]\n某县新闻网讯(记者 张三) 金猪")              # a bracket is no caption of a lead
    flat = "考核员正在复检路面。 记者 王鼎 摄 一柄刷子、一把尺子,这不是在实验室里做实验。 全县召开现场会。"
    doc = clean_document(flat)
    assert reconstruct(doc.text, doc.audit) == flat
    assert "王鼎" not in doc.text and "一柄刷子、一把尺子,这不是在实验室里做实验。" in doc.text


def test_a_metadata_row_glued_into_a_paragraph_gets_its_own_line():
    text = ("某县政协网\n县政协视察调研乡村建设工作 发布时间:2025-10-29 10月28日,县政协组织委员视察乡村建设。\n"
            "视察组一行先后到三个村调研。")
    assert "工作\n发布时间:2025-10-29\n10月28日," in _split(text)
    doc = clean_document(text)
    assert reconstruct(doc.text, doc.audit) == text
    assert "发布时间" not in doc.text and "10月28日,县政协组织委员视察乡村建设。" in doc.text
    # a row that starts its line, or follows an address and a time stamp, keeps its spaces
    row = "某县政协网\n发布时间:2023年01月16日 来源:某县新闻网\n视察组一行先后到三个村调研。"
    assert _split(row) == row
    row = "某县政协网\nhttp://www.example.cn 2019-10-12 11:08:30 来源:某某网\n视察组一行先后到三个村调研。"
    assert _split(row) == row


def test_characters_lost_to_question_marks_open_a_paragraph_on_its_own_line():
    assert _split("县长作工作报告。 ????受市委书记委托,他代表市委向大会表示慰问。") == (
        "县长作工作报告。\n????受市委书记委托,他代表市委向大会表示慰问。")       # one break is enough here
    page = "某县新闻\n县长作工作报告。 ????受市委书记委托,他代表市委向大会表示慰问。\n会议强调落实。"
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    assert "?" not in doc.text and "受市委书记委托,他代表市委向大会表示慰问。" in doc.text
    assert _split("他问:为什么? ??受") == "他问:为什么? ??受"        # no sentence end of a Chinese text before


def test_a_menu_row_after_prose_and_a_cell_pipe_before_a_title_end_lines():
    assert _split("会议指出,安全生产是大事,压力持续加大。 智能推荐 政府信息公开 政务服务 互动交流") == (
        "会议指出,安全生产是大事,压力持续加大。\n智能推荐 政府信息公开 政务服务 互动交流")   # the row counts as a break
    out = _split("某某主持召开乡村振兴座谈会 | 为打造乡村振兴样板作出更多贡献 | | | 李某出席 本报讯 (记者 孙某)4月19日,"
                 "市委书记主持召开座谈会。 会议要求落实。")
    assert out.startswith("某某主持召开乡村振兴座谈会 |\n为打造乡村振兴样板作出更多贡献 | | | 李某出席")
    assert _split("关于我们 | 联系我们 | 网站地图 同志们: 要抓好落实。 谢谢大家。").startswith("关于我们 | 联系我们 | 网站地图\n")
    assert "来源:某某网 | 春去春来,某县的花如期盛开" in _split(
        "要抓好落实。 来源:某某网 | 春去春来,某县的花如期盛开:菜花黄,杏花粉。 谢谢大家。")
    flat = "某某主持召开乡村振兴座谈会 | 在全市乡村振兴座谈会上的讲话 同志们: 今天我们召开座谈会,研究乡村振兴工作。 要抓好落实。"
    doc = clean_document(flat)
    assert reconstruct(doc.text, doc.audit) == flat
    assert "|" not in doc.text and "今天我们召开座谈会,研究乡村振兴工作。" in doc.text


def test_a_footer_a_pager_and_a_stamp_row_keep_their_fields_on_one_line():
    out = _split("谢谢大家。 某某协会分会 版权所有 地址:某市某区某路10号 邮编:100053 京ICP备06029337号")
    assert out.endswith("\n某某协会分会 版权所有\n地址:某市某区某路10号 邮编:100053 京ICP备06029337号")
    assert "决议。\n1 2\n某县召开" in _split("会议要求落实。 全县通过决议。 1 2 某县召开大会。")   # a pager's last number
    assert _split("会议要求落实。 1 2 某某文明办主办 某某网承办 文明网 版权所有").endswith(
        "\n1 2 某某文明办主办 某某网承办\n文明网 版权所有")
    out = _split("某某会议召开 http://www.example.cn 2019-10-12 11:08:30 来源:某某网 责任编辑:张三 10月11日,某县召开会议。 会议要求落实。")
    assert "\nhttp://www.example.cn 2019-10-12 11:08:30 来源:某某网\n责任编辑:张三\n" in out
    assert "22:01\n阅读量:6.9万" in _split("某某新闻 2019-07-30 22:01 阅读量:6.9万 3月24日,某县举办桃花节。 会议要求落实。")
    flat = "谢谢大家。 某某协会分会 版权所有 地址:某市某区某路10号 邮编:100053 京ICP备06029337号"
    doc = clean_document(flat)
    assert reconstruct(doc.text, doc.audit) == flat
    assert doc.text == "谢谢大家。"


def test_widgets_glued_after_a_paragraphs_last_sentence_get_their_lines_back():
    page = "某县召开安全生产会议\n各部门要狠抓落实,一抓到底,确保安全。 打印 分享 返回列表\n"
    assert _split(page) == "某县召开安全生产会议\n各部门要狠抓落实,一抓到底,确保安全。\n打印\n分享\n返回列表\n"
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    assert "打印" not in doc.text and "返回列表" not in doc.text
    assert "各部门要狠抓落实,一抓到底,确保安全。" in doc.text
    # words after a sentence that are no widgets stay (typeset spaces of a speech)
    text = "某县召开大会\n要抓好落实。 一是加强领导 二是狠抓落实\n谢谢大家。"
    assert _split(text) == text


def test_after_a_stamps_date_only_a_clock_time_stays_and_a_comment_widget_after_prose_ends_it():
    assert _split("某某座谈会 来源:区政府办作者:区政府办时间:2017-12-28 1226日,区领导主持召开座谈会。 与会人员纷纷发言。") == (
        "某某座谈会\n来源:区政府办作者:区政府办时间:2017-12-28\n1226日,区领导主持召开座谈会。\n与会人员纷纷发言。")
    assert "\n2023-10-13 09:34 来源:某某网 我来说两句\n" in _split("要抓好落实。 2023-10-13 09:34 来源:某某网 我来说两句 同志们: 开会。")
    assert "(张三)\n我来说两句\n" in _split("会议要求落实到位。(张三) 我来说两句 相关新闻 某县召开会议。")


def test_a_login_prompt_and_a_newspapers_edition_keep_their_spaces():
    out = _split("要抓好落实。 您需要 登录 才可以下载或查看,没有账号? 注册 谢谢大家。 某某日报 数字报纸 第三版")
    assert "\n您需要 登录 才可以下载或查看,没有账号?\n" in out
    assert "\n某某日报 数字报纸\n" in out
    cleaned = clean_text("要抓好落实。 您需要 登录 才可以下载或查看,没有账号? 注册 谢谢大家。")
    assert "登录" not in cleaned and "谢谢大家。" in cleaned


def test_bulleted_lines_joined_into_a_paragraph_get_their_lines_back():
    assert _split("标题\n• 0839-1234567 • 您好!欢迎来到某某网 QQ咨询\n正文。") == (
        "标题\n• 0839-1234567\n• 您好!欢迎来到某某网\nQQ咨询\n正文。")          # the welcome ends at the site's name
    assert _split("标题\n相关内容 热门推荐 • 本周热门 • 本月热门 二维码\n正文。") == (
        "标题\n相关内容 热门推荐\n• 本周热门\n• 本月热门 二维码\n正文。")
    # a document's counters after bullets and one bullet between two stamps stay
    text = "标题\n某某讲话 • 1页 • 35KB\n更新于 2022年 • 发布于 2022年\n正文。"
    assert _split(text) == text


def test_a_photo_caption_in_brackets_after_a_title_starts_a_line():
    out = _split("某村厕所革命调查 (在某县某村,可以看见青山绿水,鲜花满坡。记者 张三 摄) 一、革命之缘由 说到农村厕所,大家都掩住鼻子。")
    assert out.startswith("某村厕所革命调查\n(在某县某村,可以看见青山绿水,鲜花满坡。记者 张三 摄)\n一、革命之缘由")
    assert "电 (记者 李四) 会议" in _split("要抓好落实。 中新社北京3月5日电 (记者 李四) 会议今天开幕。 谢谢。")   # no caption


def test_a_byline_opening_a_line_before_its_dateline_ends_that_line():
    assert _split("记者 余某华 1月6日,县委全体会议隆重召开。\n讨论会现场") == (
        "记者 余某华\n1月6日,县委全体会议隆重召开。\n讨论会现场")            # one break is enough
    assert _split("标题\n□本报记者 王 培 5月19日是中国旅游日。\n正文。") == "标题\n□本报记者 王 培\n5月19日是中国旅游日。\n正文。"
    text = "标题\n他对记者 说 1月6日的会议很重要。\n正文"                       # no byline opening the line
    assert _split(text) == text
    page = "记者 余某华 1月6日,县委全体会议隆重召开。\n与会人员进行了深入讨论。"
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    assert "余某华" not in doc.text and "1月6日,县委全体会议隆重召开。" in doc.text


def test_a_welcome_line_opening_a_line_or_a_bullet_item_ends_at_the_sites_name():
    out = _split("标题\n• 0839-1234567 • 您好!欢迎来到某某今昭,某某权威新闻门户网站 QQ咨询 互联网违法举报 0839-7654321\n正文。")
    assert out == "标题\n• 0839-1234567\n• 您好!欢迎来到某某今昭,某某权威新闻门户网站\nQQ咨询 互联网违法举报 0839-7654321\n正文。"
    text = "标题\n我们 欢迎来到某某网站 的朋友\n正文"                  # no welcome opening its line
    assert _split(text) == text
    page = "您好!欢迎来到某某新闻门户网站 QQ咨询 违法举报\n某镇召开人居环境整治推进会。\n会议要求抓好落实。"
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    assert "欢迎" not in doc.text and "会议要求抓好落实。" in doc.text


def test_a_label_after_a_separator_lost_to_a_question_mark_stays_on_its_row():
    flat = "某市长在三八节上的致辞 www.example.com?2012-03-09 11:26? ?来源:某市妇联    我来说两句 尊敬的姐妹们、同志们: 大家下午好! 今天我们隆重集会。"
    assert "\nwww.example.com?2012-03-09 11:26? ?来源:某市妇联    我来说两句\n" in _split(flat)
    assert _split("你们为什么? 我们要抓好落实。 谢谢大家。").startswith("你们为什么?\n我们")     # a question still ends
    doc = clean_document(flat)
    assert reconstruct(doc.text, doc.audit) == flat
    assert "来源" not in doc.text and "今天我们隆重集会。" in doc.text


def test_a_comment_widget_keeps_its_counts_on_its_own_row():
    out = _split("要抓好落实。(张三) 编辑:王某 审核 :时某 我来说两句 0条评论 0人参与, 相关新闻 某县召开会议。")
    assert "\n审核 :时某\n我来说两句 0条评论 0人参与, 相关新闻\n" in out
    assert "\n来源:某某网 我来说两句\n" in _split("要抓好落实。 来源:某某网 我来说两句 同志们: 开会。")


def test_prose_glued_after_a_row_opening_a_line_gets_its_own_line():
    assert _split("标题\n更新时间:某某网 在市中学百年校庆上的讲话各位领导、各位嘉宾:金秋十月。\n正文") == (
        "标题\n更新时间:某某网\n在市中学百年校庆上的讲话各位领导、各位嘉宾:金秋十月。\n正文")
    assert "\n发布时间:2025/8/10 20:04:22 字数:3315\n【提纲】一、" in _split(
        "标题\n发布时间:2025/8/10 20:04:22 字数:3315 【提纲】一、在同心同行中厚植深厚情谊。(一)最直观\n正文")
    text = "标题\n来源:新华网 责任编辑:张三\n正文"                   # a row alone keeps its spaces
    assert _split(text) == text


def test_a_scene_caption_in_brackets_starts_a_line():
    out = _split("某镇扎实推进乡村振兴各项工作 (会议现场) 为扎实推进衔接工作,8月26日,某镇召开会议。 县领导出席会议。")
    assert out.startswith("某镇扎实推进乡村振兴各项工作\n(会议现场)\n为扎实推进衔接工作,")


def test_a_salutations_addressees_get_their_own_lines_as_on_the_page():
    out = _split("某市长在三八节上的致辞 尊敬的某某副主席, 尊敬的姐妹们、同志们: 大家下午好! 今天我们隆重集会。")
    assert "\n尊敬的某某副主席,\n尊敬的姐妹们、同志们:\n" in out
    assert "尊敬的各位领导, 各位来宾" not in _split("致辞 尊敬的各位领导, 各位来宾: 大家好! 今天开会。")   # two addressees
    assert "某某, 尊敬的" in _split("要抓好落实。 感谢某某, 尊敬的老师们辛苦了。 谢谢。")          # no addressee before


def test_a_typeset_space_before_a_unit_after_a_number_stays_and_a_count_ends_its_row():
    # a school page's stamp row before a dateline typeset with spaces (1014 日上午9 点), the page flattened to one line
    page = ("学院新闻 某某学院为新生讲授开学第一课 日期:2024-10-17  发布人:admin  浏览量:56 "
            "1015 日上午9 点,学院党委书记以现场授课方式为新生讲授了思政第一课。 要坚定理想信念。")
    out = _split(page)
    assert "\n1015 日上午9 点,学院党委书记以现场授课方式" in out
    assert "浏览量:56\n" in out
    assert "1015日上午9点,学院党委书记以现场授课方式为新生讲授了思政第一课。" in clean_text(page)
    assert "浏览量" not in clean_text(page)
    # a widget's word after a stamp's date is no unit: the date ends its line as before (发表日期:2011-02-12 点击)
    assert "发表日期:2011-02-12\n点击" in _split("标题 发表日期:2011-02-12 点击 同志们: 今天开会。 要抓好落实。")
    # speech-shaped negative: a number before 个 in prose stays on its line (全省181 个县区)
    assert "全省181 个县区" in _split("要抓好落实。 全省181 个县区都要行动。 谢谢大家!")


def test_a_newspapers_dateline_lead_keeps_its_place_and_a_chunk_number_after_a_latin_word_starts_a_line():
    out = _split("某某座谈会代表:讲话意味深长 某某时报(www.example.cn)记者 张某某 北京报道 随着经济下行压力增长,经济问题成为关切。 会议强调要稳增长。")
    assert "\n某某时报(www.example.cn)记者 张某某 北京报道\n随着经济下行压力增长" in out
    out = _split("The Beginning 1、各位同志们,朋友们: 2、今天,我们在这里隆重举行奠基仪式。 谢谢大家!")
    assert out.startswith("The Beginning\n1、各位同志们,朋友们:")
    # negatives: a version and a number stay together (Word 2010), a reporter's name before prose ends its line
    assert "Word 2010" in _split("标题 请用Word 2010 打开附件。 要抓好落实。 谢谢大家!")
    assert "记者 张某某\n报道组深入基层" in _split("标题 记者 张某某 报道组深入基层采访。 要抓好落实。")


def test_the_space_after_a_pinyin_gloss_is_inside_a_word():
    """Regression (held-out classifier round 12): 農(nóng) 村 on a one-line mirror page became 农\\n村 and the
    pieces were read as separate lines (the words 农村, 会议 fell apart)."""
    from corpusmine.text.clean import clean_document, reconstruct

    raw = "市委農(nóng) 村工作會(huì) 議召開，要求全面推進鄉村振興。 謝謝大家。"
    doc = clean_document(raw)
    assert doc.text == "市委农村工作会议召开，要求全面推进乡村振兴。谢谢大家。"
    assert reconstruct(doc.text, doc.audit) == raw
