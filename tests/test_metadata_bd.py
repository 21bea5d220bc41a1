"""Metadata families learned in session bd from held-out metadata rounds 295k-297k after they were measured.

The strings are written here in the families' shapes, not copied from the pages.
"""

from corpusmine.text.classify import WORK_REPORT_OTHER, classify_text
from corpusmine.text.metadata import read_region


def test_a_place_inside_the_province_named_goes_with_it():
    # the province named by its short name three times, a city of it named once with its suffix (round 296k)
    text = "山西晋城市今年经济稳中有进。山西要求各地抓好落实,山西上下齐心协力,全市要把工作做实。"
    assert read_region(text, level="city")["region"] == "山西省晋城市"


def test_a_place_named_more_often_than_another_province_wins():
    # 镇江市 twice, 重庆 once as a partner: the city is the speech's, with its own province from the table
    text = "镇江市各项事业协调发展。我们学习了重庆的经验。镇江市的同志们要再接再厉。"
    assert read_region(text, level="city")["region"] == "江苏省镇江市"


def test_a_county_level_city_goes_before_the_city_above_it():
    text = "安徽省委部署以后,在滁州市委市政府和明光市委的坚强领导下,全市经济稳步增长,全市人民团结奋斗。"
    assert read_region(text, level="city")["region"] == "安徽省明光市"


def test_a_province_level_speech_keeps_its_province():
    text = "全省上下要抓好落实。山西要学习太原市的经验,山西各地要齐心协力。"
    assert read_region(text, level="province")["region"] == "山西省"


def test_a_place_outside_the_province_named_once_is_an_example():
    text = "山西各地要学习淳安县的经验。山西要抓好落实,山西上下齐心协力。"
    assert read_region(text, level="city")["region"] == "山西省"


def test_a_county_named_once_with_no_province_stays_an_example():
    assert read_region("同志们:要学习淳安县的经验,把工作抓实抓细。")["region"] is None


def test_a_work_report_cut_after_its_poverty_section_is_other():
    # a county's report to its congress, the page cut after the poverty section (rounds 296k-297k)
    report = ("各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员提出意见。\n一、过去一年工作回顾\n"
              "过去一年,我们坚决打赢脱贫攻坚战,贫困村全部出列,易地扶贫搬迁全面完成,产业扶贫、就业扶贫、"
              "健康扶贫成效明显,农村人居环境持续改善,乡村振兴开局良好,贫困群众收入稳步增长。")
    r = classify_text(report)
    assert r.label == "other" and r.confidence >= WORK_REPORT_OTHER - 1e-9


def test_a_rural_speech_without_the_formula_stays_rural():
    speech = ("同志们:\n今天召开全县乡村振兴工作会议,主要任务是部署今年的乡村振兴工作。要巩固拓展脱贫攻坚成果,"
              "防止规模性返贫,发展特色产业,壮大村集体经济,推进宜居宜业和美乡村建设。")
    assert classify_text(speech).label == "rural"


def test_a_subtitle_broken_over_two_lines_gives_the_year():
    from corpusmine.corpus.pages import speech_metadata
    head = "——2018年3月26日在某某自治州第十四届\n人民代表大会第四次会议上\n某某自治州人民政府州长 某某某"
    assert speech_metadata("各位代表:\n现在,我代表州人民政府,向大会报告工作。", "", head=head)["year"] == 2018


def test_a_work_report_reviewing_a_year_was_given_the_year_after():
    from corpusmine.text.metadata import read_year
    report = "各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议。\n一、2020年回顾及十三五发展主要成就\n2020年极不平凡。"
    assert read_year(report)["year"] == 2021
    # a speech reviewing a year without the report's formula says nothing of when it was given
    assert read_year("同志们:\n一、2017年工作回顾\n过去一年,全县经济稳中有进。")["year"] is None


def test_the_year_stepped_into_with_its_epithet():
    from corpusmine.text.metadata import read_year
    assert read_year("同志们:\n挥手作别砥砺奋进的2021年,阔步迈入华章初展的2022年,向大家致以新年的祝贺!")["year"] == 2022
    assert read_year("同志们:\n我们即将迈入充满希望的2022年,向大家致以新年的祝贺!")["year"] == 2021


def test_the_speakers_office_named_later_in_the_speech():
    from corpusmine.text.speaker_role import read_speaker_role
    text = ("亲爱的同学们:\n今天,我们在这里隆重举行毕业典礼。三年前你们走进校园,三年来你们刻苦学习,取得了优异成绩。"
            "作为校长,在此我要首先感谢辛勤付出的老师们。")
    assert read_speaker_role(text)["speaker_role"] == "校长"
    assert read_speaker_role("同学们:\n我以某某小学校长的名义郑重宣布:你们毕业了!")["speaker_role"] == "校长"
    # 作为校长的… is no statement of one's office
    assert read_speaker_role("同学们:\n作为校长的助手,他为我们做了很多工作。")["speaker_role"] is None


def test_a_reports_host_is_not_its_speaker():
    from corpusmine.text.speaker_role import read_speaker_role
    lead = "6月1日上午,某某煤矿举行启动仪式。仪式由党委书记某某同志主持,矿长某某某现场做重要讲话。矿长某某某讲了三点意见:"
    assert read_speaker_role(lead)["speaker_role"] == "矿长"
    # a host who then speaks is the speaker
    lead = "1月20日,某某镇召开机关干部总结大会,会议由镇党委书记某某某主持。某某某指出:新的一年要狠抓落实。"
    assert read_speaker_role(lead)["speaker_role"] == "镇党委书记"


def test_a_presidium_is_no_office():
    from corpusmine.text.speaker_role import read_speaker_role
    text = "各位委员、同志们:\n政协某某县第十三届委员会第一次会议今天开幕了。首先,请允许我以大会主席团的名义,向各位表示欢迎。"
    assert read_speaker_role(text)["speaker_role"] is None


def test_a_school_heads_speech_holds_no_level_of_government():
    from corpusmine.text.metadata import read_metadata
    text = ("老师们、同学们:\n作为校长,我向大家表示祝贺。今年我校中考成绩位居全区前列,全区教育系统都在学习我们的经验。")
    m = read_metadata(text)
    assert m["speaker_role"] == "校长" and m["admin_level"] is None


def test_a_county_heads_speech_keeps_its_level():
    from corpusmine.text.metadata import read_metadata
    m = read_metadata("同志们:\n我作为县长,要带头抓好全县撂荒地整治,全县上下要齐心协力。")
    assert m["speaker_role"] == "县长" and m["admin_level"] == "county"


def test_a_news_leads_day_without_its_month():
    from corpusmine.text.speaker_role import read_speaker_role
    lead = "14日下午,市委书记某某某督导检查安全生产工作。\n在随后召开的座谈会上,某某某指出,安全生产重如泰山。"
    assert read_speaker_role(lead)["speaker_role"] == "市委书记"
    lead = "18日,市长某某某率经贸代表团前往香港座谈。某某某表示,欢迎乡亲回乡投资。"
    assert read_speaker_role(lead)["speaker_role"] == "市长"


def test_a_work_report_is_given_by_the_head_of_government():
    from corpusmine.text.speaker_role import read_speaker_role
    r = read_speaker_role("各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。")
    assert r["speaker_role"] == "县长" and r["speaker_role_level"] == "county"
    # a standing committee's report names no head of government
    assert read_speaker_role("各位代表:\n现在,我代表县人大常委会向大会报告工作,请予审议。")["speaker_role"] is None


def test_the_office_a_speaker_was_elected_to():
    from corpusmine.text.speaker_role import read_speaker_role
    text = "各位代表:\n大会补选我担任市人大常委会主任,我深感责任重大。"
    assert read_speaker_role(text)["speaker_role"] == "市人大常委会主任"


def test_representatives_the_speaker_meets_are_no_office():
    from corpusmine.text.speaker_role import read_speaker_role
    text = "“要为民营企业排忧解难” | 某某某与我省民营企业代表座谈时如是说\n8月26日,座谈会在省城举行。"
    assert read_speaker_role(text)["speaker_role"] != "省民营企业代表"
    assert read_speaker_role("教师代表在开学典礼上的发言\n尊敬的各位领导:")["speaker_role"] == "教师代表"
