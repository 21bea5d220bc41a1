"""Session ay: families held-out rounds 266k- left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import audit_rules as _rules, clean_audited as _clean

from corpusmine.text.clean import clean_text

OPENING = "各位领导、同志们:今天我们召开全镇乡村振兴工作推进会,主要任务是总结工作、部署任务。"
MIDDLE = "过去一年,全镇上下齐心协力,产业发展、村庄整治都取得了新成效。"
CLOSING = "希望大家坚定信心、真抓实干,为建设宜居宜业和美乡村作出新的贡献!"
BODY = f"{OPENING}\n{MIDDLE}\n{CLOSING}"


def _kept(text: str) -> bool:
    return all(s in text for s in (OPENING, MIDDLE, CLOSING))


# ------------------------------------------- a summary row of prose with typeset numbers (round 266k)

def test_a_summary_row_with_typeset_numbers_is_not_cut_inside_its_prose():
    opening = "乡亲们,眼看着 2025 年 5 月都过半了,再过半个月就到 6 月啦!今年可是个特别的年份,更是换届的大日子!这几年咱村里的日子越过越好"
    page = f"摘要:{opening[:70]}\n{opening}。\n{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "6月啦!今年可是个特别的年份," in text.replace(" ", "")
    assert not text.startswith("月啦")                 # the summary goes whole or stays whole, never its tail alone
    assert text.count("再过半个月") == 1
    assert MIDDLE in text and CLOSING in text


def test_a_metadata_row_glued_before_prose_still_gets_its_break():
    page = "更新时间:2024-05-06 来源:网友投稿 在全镇乡村振兴推进会上的讲话各位领导、同志们:今天召开推进会。\n" + BODY
    text = clean_text(page)
    assert "网友投稿" not in text and _kept(text)


# ------------------------------------------- a news report's closing credit of bare names (round 266k)

def test_bare_names_closing_a_report_go():
    page = BODY + "\n会后,参会人员对各村书记的述职进行了现场评议打分。(程明,李卫)"
    text = clean_text(page)
    assert "程明" not in text and "评议打分。" in text and _kept(text)
    assert "byline" in _rules(_clean(page))


def test_stage_directions_and_names_inside_the_text_stay():
    assert "(掌声,笑声)" in clean_text(BODY + "\n谢谢大家!(掌声,笑声)")
    page = f"{OPENING}(张明,李卫)\n{MIDDLE}\n{CLOSING}"      # not the page's last line
    assert "(张明,李卫)" in clean_text(page)


# ------------------------------------------- a picture's pointer caption glued after a report's sentence (266k)

def test_a_pointer_caption_glued_after_a_sentence_goes():
    page = ("9月22日,县商会举办中秋会员活动,大家欢聚一堂,共叙乡情。会长代表商会致辞。▲县商会会长王某某讲话\n"
            "会长说,商会要办得好,必须有党和政府的关心。\n" + BODY)
    text = clean_text(page)
    assert "▲" not in text and "王某某讲话" not in text
    assert "会长代表商会致辞。" in text and _kept(text)


def test_a_speech_s_pointer_heading_after_a_sentence_stays():
    page = f"{OPENING}\n我们要抓好三件事。▲抓好三项重点工作\n{MIDDLE}\n{CLOSING}"
    assert "▲抓好三项重点工作" in clean_text(page)


# ------------------------------------------- a tag whose < was lost (round 266k)

def test_a_bare_tag_after_a_hidden_text_notice_goes():
    page = f"{OPENING}\n第一、准确把握政治定位 ……此处隐藏2532个字…… p>\n{MIDDLE}\n要抓好落实。 </p>\n{CLOSING}"
    text = clean_text(page)
    assert "p>" not in text and "隐藏" not in text and _kept(text)
    assert "html_leftover" in _rules(_clean(page))


def test_comparisons_and_words_with_p_stay():
    page = f"{OPENING}\n当 a>b 时,GDP增速p>5%的地区要总结经验。\n{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "a>b" in text.replace(" ", "") and "p>5%" in text


# ------------------------------------------- a library's chunk numbers, the first chunk opening on the title (266k)

def test_chunk_numbers_whose_first_chunk_opens_on_the_file_title_go():
    title = "【中心组研讨发言】积极培育和发展新质生产力"
    first = "新质生产力是创新起主导作用的先进生产力质态,我们要深刻把握它的科学内涵。" * 6 + "“新质生产力”"
    second = "并非凭空产生,而是在传统生产力发展的基础上,通过科技创新不断提升而呈现的新质态。" * 5
    page = (f"{title}.docx\n《{title}.docx》由会员分享,可在线阅读,更多相关《{title}.docx(4页珍藏版)》请在某某文库上搜索。\n"
            f"1、{title}{first}\n2、{second}")
    text = clean_text(page)
    assert "1、" not in text and "2、" not in text
    assert first in text and second in text


def test_a_speech_s_numbered_points_under_its_title_keep_their_numbers():
    title = "在全镇乡村振兴推进会上的讲话"
    page = f"{title}\n{OPENING}\n1、{title}要抓好人居环境整治。\n2、压实工作责任。\n{CLOSING}"
    text = clean_text(page)
    assert "1、" in text and "2、压实工作责任。" in text


# ------------------------------------------- a wiki's header box (round 264k)

def test_a_wiki_header_box_with_its_neighbours_links_goes():
    page = ("一一三年元旦祝词\n← | 一一二年元旦祝词 | 一一三年元旦祝词 一一三年1月1日于某市 发布机关:某某府 发布于某某新闻:某某谈话 |\n"
            "一一四年元旦祝词 |\n" + BODY)
    text = clean_text(page)
    assert "←" not in text and "一一二年元旦祝词" not in text and "发布机关" not in text and "一一四年" not in text
    assert _kept(text)


def test_an_arrow_and_pipes_inside_a_speech_stay():
    page = f"{OPENING}\n我们要看清←左边的路 | 右边的路 | 都要走。\n{MIDDLE}\n{CLOSING}"
    assert "←左边的路" in clean_text(page)


# ------------------------------------------- a note in another script than Chinese or Latin (round 264k)

def test_a_korean_note_glued_before_the_speech_goes():
    note = "10일 국경절 행사가 열렸습니다. 원문으로 한번 읽어 보세요. "
    page = f"{note}{OPENING}{MIDDLE}\n{CLOSING}\n" + "要把各项工作抓实抓细。" * 20
    text = clean_text(page)
    assert "일" not in text and "읽어" not in text and _kept(text)
    assert "parallel_text" in _rules(_clean(page))


def test_a_japanese_line_beside_a_chinese_speech_goes_and_a_lone_korean_word_stays():
    page = f"{OPENING}\n本日は皆様にお会いできて大変うれしく思います。\n{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "うれしく" not in text and _kept(text)
    page = f"{OPENING}\n我们同首尔의友好城市合作多年。\n{MIDDLE}\n{CLOSING}"
    assert "首尔" in clean_text(page)


def test_a_foreign_word_quoted_in_a_chinese_note_stays():
    page = f"{OPENING}\n此处俄文稿为“ежедневник рабочий”(日报),德文稿为周报。\n{MIDDLE}\n{CLOSING}\n" + "要把各项工作抓实抓细。" * 20
    assert "ежедневник" in clean_text(page)


# ------------------------------------------- a template's blanks, a flattened summary, typeset years (round 267k)

def test_a_template_s_fraction_of_blanks_stays():
    page = f"{OPENING}\n去年完成 X 亿元,占全市固定资产投资( X 亿元)的近 X / X ,成绩值得充分肯定。\n{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "的近〔某〕 / 〔某〕 ,成绩值得充分肯定。" in text and _kept(text)


def test_a_flattened_summary_goes_and_the_paragraph_it_cuts_off_stays():
    quote = ("“政府工作报告在介绍今年工作的十大任务时,把提振消费、提高投资效益放在首要位置,其重要性不言而喻。紧扣民之关切,"
             "充分发挥联系经济界的特色优势,建睿智之言、献务实之策,是我们义不容辞的责任。希望各位委员围绕今天的热点话题踊跃发言。”某某委员说。")
    page = (f"摘要:{quote[:110]} {quote}\n3月7日下午,小组讨论正在进行。委员们围绕消费话题展开讨论。\n"
            f"某某委员说,政府工作报告在介绍今年工作的十大任务时讲得很清楚。\n{MIDDLE}\n{CLOSING}")
    text = clean_text(page)
    assert "摘要" not in text and text.count("其重要性不言而喻") == 1
    assert "踊跃发言。”某某委员说。" in text and MIDDLE in text and CLOSING in text


def test_a_year_typeset_between_spaces_stays_on_its_line_when_flattened():
    page = ("交通建设项目推进会上的讲话 同志们: 今天 ,我们就召开 2021年 交通建设项目推进会,对这项工作做出安排部署。 "
            f"这说明 2021年 交通建设任务的确很艰巨。 {MIDDLE} {CLOSING}")
    text = clean_text(page)
    assert "我们就召开2021年交通建设项目推进会" in text.replace(" ", "") and CLOSING in text


# ------------------------------------------- the title again under a cut text, with a library's name (round 267k)

def test_the_title_again_under_a_cut_text_goes_and_its_label_stays_whole():
    title = "2025年秋季开学第一次全体教师大会,校长讲话:在时光深处,为教育留一盏灯!"
    page = (f"{title}\n\n{title}各位老师:\n\n{MIDDLE}\n\n{CLOSING}\n\n熬过了深夜备课的疲惫,也熬过了一个又一个“看不到结果\n\n"
            f"试读结束,开通会员,全站文档免费下载\n\n{title}_某某文库网\n{title}\n此内容为付费资源,请付费后查看\n立即购买")
    text = clean_text(page)
    assert text.count("为教育留一盏灯") == 1 and "校长讲话:在时光深处" in text       # the title at the head, whole
    assert "文库网" not in text and "付费" not in text and MIDDLE in text and CLOSING in text


def test_a_genre_labelled_title_glued_twice_inside_the_text_still_goes():
    page = (f"{OPENING}\n同学们要珍惜时间.文章国旗下讲话:珍惜时间,努力学习。\n{MIDDLE}\n"
            f"时间就是生命国旗下讲话:珍惜时间,我们要从现在做起。\n{CLOSING}")
    text = clean_text(page)
    assert "国旗下讲话:珍惜时间" not in text and _kept(text)


def test_a_closing_slogan_that_is_not_the_page_s_first_line_stays():
    page = f"在全镇乡村振兴推进会上的讲话\n{OPENING}\n{MIDDLE}\n{CLOSING}\n乡村振兴,让我们一起加油干!"
    assert "乡村振兴,让我们一起加油干!" in clean_text(page)


# ------------------------------------------- an editor's note labelled 按语 (round 267k)

def test_an_editor_s_note_labelled_anyu_goes():
    page = ("按语:2024年10月25日,我会副会长应邀出席某某发展联盟全体大会,并作专题讲座。下文根据专题讲座内容整理。\n"
            f"{MIDDLE}\n{CLOSING}")
    text = clean_text(page)
    assert "按语" not in text and "下文根据" not in text and MIDDLE in text and CLOSING in text


# ------------------------------------------- a bulletin's masthead (round 263k)

def test_a_bulletin_s_issue_and_issuer_row_go():
    page = ("在全镇乡村振兴推进会上的讲话\n2018-02-07 来源:某某融媒体中心\n第一期\n中共某某区委办公室                2018年1月25日\n"
            f"{BODY}")
    text = clean_text(page)
    assert "第一期" not in text and "区委办公室" not in text and _kept(text)


def test_an_issue_inside_a_sentence_and_a_signed_date_stay():
    page = f"{OPENING}\n今年是第一期工程完工之年。\n{MIDDLE}\n{CLOSING}\n某某镇党委书记 张明\n2024年3月5日"
    text = clean_text(page)
    assert "第一期工程" in text and "2024年3月5日" in text


# ------------------------------------------- an excerpt's editor note, where it was published, a 文| credit (268k)

def test_an_excerpt_note_a_published_in_note_and_a_bar_credit_go():
    page = ("文|张明 来源|《某某学刊》2025年第2期\n"
            "2025年全市广电工作会议在某市召开,局长出席会议并作工作报告。(报告摘编发表在《某某学刊》2025年第2期。)\n"
            f"本文节选了工作报告中安排部署2025年工作部分,如下—— ▍深刻把握新形势新要求\n{MIDDLE}\n{CLOSING}")
    text = clean_text(page)
    assert "张明" not in text and "发表在" not in text and "本文节选" not in text
    assert "▍深刻把握新形势新要求" in text and MIDDLE in text and CLOSING in text


def test_a_speaker_s_own_following_points_and_a_cited_journal_stay():
    page = f"{OPENING}\n以下节选三点与大家共勉:\n一是要抓落实。我读过《求是》上的文章(发表在2024年),很受启发。\n{CLOSING}"
    text = clean_text(page)
    assert "以下节选三点与大家共勉:" in text and "《求是》" in text


# ------------------------------------------- a photo report's captions of speakers (round 268k)

def test_speaker_captions_of_a_photo_report_go_with_a_lone_one_between_paragraphs():
    page = ("8月8日上午,全市老年人健身展示活动启动仪式隆重举行。市老体协副主席王明华、市体育局局长张国强等出席。\n"
            "市老体协常务副主席王明华致欢迎辞\n市体育局局长张国强讲话\n"
            "张国强在讲话中强调,全民健身是一项社会系统工程。\n市老体协副主席王明华宣布启动仪式开始\n活动以一支鼓舞拉开了序幕。")
    text = clean_text(page)
    assert "致欢迎辞" not in text and "局长张国强讲话" not in text and "宣布启动仪式开始" not in text
    assert "全民健身是一项社会系统工程。" in text and "拉开了序幕。" in text


def test_a_lone_announcement_line_without_a_caption_run_stays():
    page = f"{OPENING}\n县委书记张明宣布大会开幕\n{MIDDLE}\n{CLOSING}"
    assert "宣布大会开幕" in clean_text(page)


# ------------------------------------------- an attachment's card and paywall, a dotted site name (round 269k)

def test_an_attachment_card_with_its_paywall_and_plugin_placeholder_goes():
    page = (f"{BODY}\n\n附件\n在全镇推进会上的讲话.docx\n22.77KB\n下载文件\n阅读完整内容,请点击操作按钮!\n售价:10 积分\n\n"
            "登录注册购买 免登录购买\n\n这里是自定义内容,请在【用户中心配置 - 销售配置 - 附件下载 - 未登录提示】修改")
    text = clean_text(page)
    assert text.rstrip().endswith(CLOSING)
    assert "download_panel" in _rules(_clean(page))


def test_an_attachment_list_of_a_speech_stays():
    page = f"{BODY}\n附件:1.全镇乡村振兴重点项目清单"
    assert "附件:1.全镇乡村振兴重点项目清单" in clean_text(page)


def test_a_site_name_spelt_with_dots_inside_sentences_goes_with_the_lone_dots():
    page = (f"{OPENING}\n刚才,书记深刻阐述了“优.习.网”实施调整工作的重大意义,强调了各项纪律。\n"
            f"参加会议的有各部门“优.习.网”主要负责人,以及各镇的.主要负责人。\n{MIDDLE}\n{CLOSING}")
    text = clean_text(page)
    assert "优" not in text and "的.主要" not in text and "阐述了实施调整工作" in text and _kept(text)


def test_a_middle_dot_between_names_stays():
    page = f"{OPENING}\n我们同中·美两国的企业开展合作,3.5亿元的项目已经落地。\n{CLOSING}"
    text = clean_text(page)
    assert "中·美" in text and "3.5亿元" in text


# ------------------------------------------- a generator's praise, a paid column's notice, a column's tag (270k)

def test_a_generator_s_praise_under_the_speech_goes():
    page = f"{BODY}\n谢谢大家!\n这篇发言稿内容丰富、情感真挚,既表达了对老师的感激"
    text = clean_text(page)
    assert "这篇发言稿" not in text and text.rstrip().endswith("谢谢大家!")


def test_a_paid_column_s_notice_goes():
    page = ("5 匹“成长小马”伴寒假:散学典礼校长致辞\n订阅后购买本专栏进入第一篇文章阅读到文章末尾提取本专栏全部电子文档。\n"
            f"{BODY}")
    text = clean_text(page)
    assert "专栏" not in text and _kept(text)


def test_a_news_column_s_tag_before_a_headline_goes():
    page = f"【直通两会】政协某某县第十届委员会第三次会议开幕\n1月16日上午,政协某某县委员会会议隆重开幕。\n{MIDDLE}\n{CLOSING}"
    text = clean_text(page)
    assert "直通两会" not in text and "委员会第三次会议开幕" in text


def test_a_speech_s_bracketed_heading_stays():
    page = f"{OPENING}\n【聚焦产业发展】推动乡村产业提质增效。\n{MIDDLE}\n{CLOSING}"
    assert "【聚焦产业发展】推动乡村产业提质增效。" in clean_text(page)


# ------------------------------------------- a sentence of the speech set twice (round 271k)

def test_a_speech_s_sentence_set_twice_keeps_one_copy_and_a_report_s_doubled_caption_goes():
    page = ("同学们:\n今天我们开会,大家要认真听讲。班主任的工作很辛苦,我们学校就有这样的人!\n"
            "班主任是付出最多和最有爱心的人!\n班主任是付出最多和最有爱心的人!\n班主任的工作,没有太多的付出,没有教育智慧是不可能的。")
    assert clean_text(page).count("班主任是付出最多和最有爱心的人!") == 1
    assert "活动现场" not in clean_text("3月5日,某县召开大会。\n活动现场。\n活动现场。\n会议要求抓好落实。")
