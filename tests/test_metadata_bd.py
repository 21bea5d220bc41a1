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
