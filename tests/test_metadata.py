"""Metadata read from a speech's own text, with evidence (issue 13, point 5)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from corpusmine.text.clean import clean_document
from corpusmine.text.decode import read_text
from corpusmine.text.metadata import (
    METADATA_FIELDS, read_admin_level, read_metadata, read_region, read_speaker_role, read_year,
)
from corpusmine.text.speeches import speeches_of

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "text, title, level",
    [
        ("同志们：\n全县上下要把撂荒地整治抓实。我县是农业大县，全省都在看我们。", "", "county"),
        ("这次全省城乡环境综合整治工作会议在潍坊召开。我省城市面貌明显改善，全省各市要对标先进。", "", "province"),
        ("全市政务服务工作会议今天召开。我市行政审批事项压减一半，各县区要跟进。全县、全区都要参加。", "", "city"),
        ("全区上下要对标五美。我区美丽城镇建设走在全省前列，全市都在学习。", "", "district"),
        ("全镇干部要包村到户。我镇人居环境整治要在全县争先。", "", "township"),
        # the title counts most: a county meeting that quotes the province twice
        ("要贯彻全省会议精神，对标全省先进。", "在全县人居环境整治推进会上的讲话", "county"),
        # 全市场 and 全面 are not levels; nothing else: unknown
        ("要发挥全市场作用，全面推进学校教学工作。", "", None),
    ],
)
def test_admin_level(text, title, level):
    r = read_admin_level(text, title)
    assert r["admin_level"] == level
    if level:
        ev = r["admin_level_evidence"][0]
        source = title if ev["where"] == "title" else text
        assert source[ev["start"]:ev["start"] + len(ev["text"])] == ev["text"]
        assert ev["text"][-1] in {"province": "省", "city": "市", "county": "县", "district": "区", "township": "镇乡"}[level]


@pytest.mark.parametrize(
    "text, title, year, lo, hi",
    [
        ("今年是2023年，要抓好主题教育。", "", 2023, 2023, 2023),
        ("今天我们召开2023年创建省级乡村振兴先进县动员大会。", "", 2023, 2023, 2023),
        ("今年是全面建成小康社会和“十三五”规划的收官之年。", "市委书记在2021年经济工作会议上的讲话", 2020, 2020, 2020),
        ("今年是“十四五”规划的开局之年。", "", 2021, 2021, 2021),
        ("要抓好落实。", "2023全面深化改革工作调度会上讲话", 2023, 2023, 2023),
        # bounds only: a stated past year, a deadline, a plan hint
        ("2020年省财政安排专项资金，要结合“十四五”规划，确保到2024年全部完成。", "", None, 2020, 2024),
        ("要深入学习贯彻党的二十大精神。", "", None, 2022, None),
        # placeholders stay unknown
        ("今天我们召开〔某〕年创文工作推进会，〔某〕月〔某〕日前完成。", "20xx年创文推进会讲话", None, None, None),
        # the Republic of China's calendar, in the head or the title (round 221k); a year before 1950 is not read
        ("中華民國112年2月24日（星期五）上午9時\n各位委員：今天向大會報告施政方針。", "", 2023, 2023, 2023),
        ("各位鄉親：大家新年快樂。", "中華民國一〇八年總統新春談話", 2019, 2019, 2019),
        ("民國三十年的往事，大家都還記得。", "", None, None, None),
    ],
)
def test_year(text, title, year, lo, hi):
    r = read_year(text, title)
    assert (r["year"], r["year_min"], r["year_max"]) == (year, lo, hi)
    if year is not None:
        ev = r["year_evidence"][0]
        source = title if ev["where"] == "title" else text
        assert source[ev["start"]:].startswith(ev["text"]) and ev["year"] == year


def test_region_of_a_title_behind_a_column_tag():
    r = read_region("全市要抓好落实。", title="[某某资讯] 安庆市农村人居环境整治现场会召开")    # round 222k
    assert r["region"] == "安徽省安庆市" and r["region_evidence"][0]["where"] == "title"   # province: the division table


@pytest.mark.parametrize(
    "text, level, region",
    [
        ("前几天，内江市委召开推进大会。四川省要求各地把城乡环境综合治理抓实。", None, "四川省内江市"),
        ("浙江省衢州市今年要创建美丽城镇样板。", None, "浙江省衢州市"),
        ("要按照《庆阳市行政效能监察办法》严肃问责。正宁县、环县、西峰区都有亮点。", "city", "甘肃省庆阳市"),
        # a province-level speech keeps its province, not the city where the meeting was held
        ("这次会议在潍坊召开，潍坊市政府做了大量工作。山东省城市面貌明显改善，山东上下要再接再厉。", "province", "山东省"),
        # phrases before 县委/区委 are not places
        ("这是市委交给我们的任务，要按照区委部署，及时报告给县委。", None, None),
        # a news lead's place that held the meeting (round 223k)
        ("3月15日，利津县召开创建全国文明城市誓师大会，动员全县上下奋力攻坚。", "county", "山东省利津县"),
        # a request to the county's advisers after a sentence's end (round 220k)
        ("我受县人民政府委托向大会报告工作，请予审查。并请县政协委员提出意见。", "county", None),
        ("全县上下要齐心协力，把文明城市创建抓实抓细。", "county", None),
    ],
)
def test_region(text, level, region):
    r = read_region(text, level=level)
    assert r["region"] == region
    for ev in r["region_evidence"]:
        assert text[ev["start"]:ev["start"] + len(ev["text"])] == ev["text"]


@pytest.mark.parametrize(
    "text, title, role",
    [
        ("同志们：\n要抓好落实。", "县委书记在全县乡村振兴推进会上的讲话", "县委书记"),
        ("同志们：\n要抓好落实。", "副县长在城乡环境综合提质工作会上的讲话", "副县长"),
        ("同志们：\n要抓好落实。", "市长：在全市创文攻坚动员会上的讲话", "市长"),
        ("同志们：\n我作为县长，要带头抓好撂荒地整治。", "", "县长"),
        # someone else's office in the text is not the speaker's
        ("同志们：\n刚才，县长作了安排部署，市委书记也提出了要求。", "在全县推进会上的讲话", None),
        # a news report's lead: a date, an office and a name that spoke (rounds 220k-223k)
        ("10月22日上午，我县召开巩固衔接领导小组会议。县委书记张三主持会议并讲话，县领导李四参加。", "", "县委书记"),
        ("9月10号上午，全区召开推进会。区委书记王五带队督导。\n王五指出，整治是一项重要工作。", "", "区委书记"),
        ("各位代表：\n10月22日，县委书记张三同志作了重要讲话，我完全赞同。", "", None),
        ("3月5日，市长赵六在市政府会见客商，双方交换了意见。", "", None),
        # a chain of offices before the name, the full office before a deputy's; 他强调 in the next sentence (225k-226k)
        ("7月30日下午，某某省委副书记、省长张三主持召开粮食安全考核会议。他强调，要扛起政治责任。", "", "省长"),
        ("7月7日下午，县委书记、县创建工作领导小组组长李四出席动员大会并讲话。", "", "县委书记"),
        ("各位鄉親：\n今天是我就任的第一天。", "总统就职演说", "总统"),
    ],
)
def test_speaker_role(text, title, role):
    assert read_speaker_role(text, title)["speaker_role"] == role


def test_record_has_every_field():
    m = read_metadata("同志们：\n今天召开2023年全县乡村振兴推进会。", "县委书记在全县乡村振兴推进会上的讲话")
    assert list(m) == METADATA_FIELDS
    assert (m["admin_level"], m["year"], m["speaker_role"]) == ("county", 2023, "县委书记")


def test_seed_corpus_agrees_with_the_manifest_where_it_states_a_value():
    man = pd.read_csv(ROOT / "data" / "manifest.csv", dtype=str).fillna("")
    speeches = {}
    for f in sorted((ROOT / "data" / "raw").iterdir()):
        d = read_text(f)
        speeches[f.name] = speeches_of(clean_document(d.text, source_file=f.name, is_html=d.format == "html"))
    got = {}
    for r in man.itertuples():
        s = speeches[r.source_file][int(r.part) - 1]
        got[r.speech_id] = read_metadata(s.text, s.title)
    # level: all ten (unknown for the school head's talk)
    assert {k: m["admin_level"] or "unknown" for k, m in got.items()} == dict(zip(man.speech_id, man.admin_level))
    # year: the four stated years (other_economy_2020 from 今年是…十三五…收官之年, not its title's 2021), the rest unknown
    assert {k: m["year"] for k, m in got.items()} == {
        k: int(y) if y else None for k, y in zip(man.speech_id, man.year)
    }
    # region: named in the text for five of the seven the manifest records
    assert got["rural_xianjinxian_2023"]["region"] == "四川省"
    assert got["env_shandong_prov_a"]["region"] == got["env_shandong_prov_b"]["region"] == "山东省"
    # 在全省181个县区综合排名中,东兴区列122位: the district the manifest's note points to, read once inside the province
    # the speech names (session bd); the manifest records its city, 内江市, above it
    assert got["env_neijiang_district"]["region"] == "四川省东兴区"
    assert got["other_zhengwu_city"]["region"] == "甘肃省庆阳市"     # its province: the division table (session bc)
    assert got["other_economy_2020"]["speaker_role"] == "市委书记"


# --- families learned from real pages (data/dev_pages_split.tsv); strings written here ---

@pytest.mark.parametrize(
    "text, year",
    [
        ("（2017年3月2日）\n同志们：\n今年要抓好创文攻坚。", 2017),
        ("——县委书记 张三\n（二〇一九年三月十五日）\n同志们：\n要抓好落实。", 2019),
        ("同志们：\n要抓好落实。\n谢谢大家！\n〔某〕县人民政府\n2023年5月6日", 2023),
        ("遂川县县长 李四（2026年2月6日）\n各位代表：\n感谢大家的信任。", 2026),
    ],
)
def test_a_dateline_gives_the_year(text, year):
    r = read_year(text)
    assert r["year"] == year and r["year_evidence"][0]["source"] == "dateline"
    ev = r["year_evidence"][0]
    assert text[ev["start"]:ev["start"] + len(ev["text"])] == ev["text"]


def test_target_years_and_plan_ranges_are_not_the_speech_year():
    r = read_year("同志们：\n要对标2035年远景目标，落实三年行动（2021—2025年）。2020年以来，我县整治了垃圾。")
    assert (r["year"], r["year_min"], r["year_max"]) == (None, 2020, 2035)
    # a date in a sentence is not a dateline
    assert read_year("同志们：\n2019年3月15日，省里召开了推进会。")["year"] is None


def test_level_ignores_a_quoted_higher_document():
    text = "同志们：\n要贯彻《全省农村人居环境整治三年行动方案》和《全市创文攻坚实施意见》。全县上下要齐心协力。"
    r = read_admin_level(text)
    assert r["admin_level"] == "county" and r["admin_level_counts"] == {"county": 1}


def test_a_subtitle_under_the_title_counts_like_the_title():
    text = "——在全县城乡环境整治大会上的讲话\n同志们：\n要贯彻全市会议精神，对标全市先进，全市都在看。"
    assert read_admin_level(text)["admin_level"] == "county"


@pytest.mark.parametrize(
    "text, title, role, level",
    [
        ("同志们：\n要抓好落实。", "县委副书记、县长在全县推进会上的讲话", "县长", "county"),
        ("同志们：\n要抓好落实。", "青山镇党委书记在全镇人居环境整治推进会上的讲话", "镇党委书记", "township"),
        ("同志们：\n要抓好落实。", "某区委办公室主任在全区创文动员会上的讲话", "区委办公室主任", "district"),
        ("——市委书记 张三\n同志们：\n要抓好落实。", "在全市创文攻坚动员会上的讲话", "市委书记", "city"),
        ("同志们：\n要抓好落实。\n谢谢大家！\n副市长 李四", "", "副市长", "city"),
        # a post named in a sentence is someone else's
        ("同志们：\n刚才，副县长作了安排部署，我完全同意。\n要抓好落实。", "", None, None),
    ],
)
def test_speaker_role_with_its_level(text, title, role, level):
    r = read_speaker_role(text, title)
    assert (r["speaker_role"], r["speaker_role_level"]) == (role, level)


@pytest.mark.parametrize(
    "text, title, region, region_level",
    [
        ("各位代表：\n感谢大家。全县上下要实干。", "遂川县县长李四在县人大会议上的表态发言", "江西省遂川县", "county"),
        ("同志们：\n我们青山镇要抓好人居环境整治，全镇上下齐动手。", "", "青山镇", "township"),
        ("同志们：\n我们三台县要抓好落实，全县上下齐心协力。", "", "四川省三台县", "county"),
        # placeholders are no place
        ("同志们：\n我们某某县要抓好落实，全县上下齐心协力。", "", None, None),
    ],
)
def test_region_names_a_place_with_its_level(text, title, region, region_level):
    m = read_metadata(text, title)
    assert (m["region"], m["region_level"]) == (region, region_level)
    for ev in m["region_evidence"]:
        src = title if ev["where"] == "title" else text
        assert src[ev["start"]:ev["start"] + len(ev["text"])] == ev["text"]


def test_a_verb_before_township_words_is_no_place():
    # 召开乡村振兴… once read as a township named 召开乡
    m = read_metadata("各位领导、同志们：\n今天，我们召开乡村振兴工作推进会。我镇要补齐短板，全镇上下齐心。")
    assert (m["admin_level"], m["region"]) == ("township", None)


def test_a_title_line_left_at_the_top_of_the_speech_counts_as_its_title():
    m = read_metadata("2025年全县乡村振兴现场推进会讲话\n一、成效值得肯定\n今天到示范村来，感觉有四个特点。")
    assert (m["year"], m["year_evidence"][0]["source"], m["admin_level"]) == (2025, "title", "county")


def test_a_traditional_page_is_read_like_a_simplified_one():
    """Regression: 全縣 / 縣長 were not read (the patterns are Simplified); now through the Simplified view."""
    trad = read_metadata("同志們：\n今天我們召開全縣鄉村振興工作會議，全縣上下要齊心協力。",
                         title="縣長在全縣鄉村振興工作會議上的講話")
    simp = read_metadata("同志们：\n今天我们召开全县乡村振兴工作会议，全县上下要齐心协力。",
                         title="县长在全县乡村振兴工作会议上的讲话")
    assert (trad["admin_level"], trad["speaker_role"]) == (simp["admin_level"], simp["speaker_role"]) == ("county", "县长")
    assert [e["start"] for e in trad["admin_level_evidence"]] == [e["start"] for e in simp["admin_level_evidence"]]


@pytest.mark.parametrize("opening, role", [
    ("同志们：\n作为镇党委书记，我深感责任重大。", "镇党委书记"),
    ("各位领导：\n身为县长，我将带头抓好人居环境整治。", "县长"),
    ("同志们：\n作为一名区委书记，本人要把创建工作扛在肩上。", "区委书记"),
])
def test_a_role_stated_as_zuowei_x_wo(opening, role):
    assert read_speaker_role(opening)["speaker_role"] == role


@pytest.mark.parametrize("opening", [
    "同志们：\n作为县委书记的好帮手，各乡镇要主动作为。",      # no 我 after the comma clause
    "同志们：\n刚才，县委书记作了重要讲话，我完全赞同。",
])
def test_a_role_mentioned_in_passing_is_not_the_speakers(opening):
    assert read_speaker_role(opening)["speaker_role"] is None


@pytest.mark.parametrize("title, region", [
    ("晋州市创文动员大会讲话", "晋州市"),
    ("2023年遂昌县乡村振兴工作会议讲话稿", "遂昌县"),
    ("高新区创文推进会讲话", None),
    ("开发区管委会主任讲话", None),
    ("城乡环境综合整治讲话", None),
    ("全市创文大会讲话", None),
    ("乡镇党委书记表态发言", None),
    ("在晋州市创建文明城市动员大会上的讲话", "晋州市"),          # the usual form: 在…上的讲话 (session aa)
    ("在2023年遂昌县乡村振兴工作会议上的讲话", "遂昌县"),
    ("关于平阳县人居环境整治的讲话", "平阳县"),
    ("在全县乡村振兴工作会议上的讲话", None),
    ("在我市创文大会上的讲话", None),
    ("在老城区改造动员会上的讲话", None),
    ("在县委经济工作会议上的讲话", None),
])
def test_a_title_that_opens_with_a_place_names_the_region(title, region):
    got = read_region("同志们：\n要抓好落实。", title=title)["region"]
    # the place the title names, behind its province from the division table (session bc)
    assert got == region if region is None else got.endswith(region) and got[:-len(region)] in ("", "河北省", "浙江省")


# --- held-out metadata rounds 208k-209k (session aq) ---------------------------------------------------------------

@pytest.mark.parametrize("text, region", [
    ("同志们：\n我们要团结港澳台同胞，共同推进祖国统一大业。", None),                      # Taiwan named once: the nation's
    ("同志们：\n河北、河南的经验值得学习，各地要抓好落实。", None),                         # two provinces once each: examples
    ("同志们：\n今年以来，全省上下，四川要走在前列。", "四川省"),                           # one province once, alone: kept
    ("同志们：\n台湾同胞和我们血脉相连，台湾的发展离不开大陆。", "台湾省"),                  # named twice: the region
])
def test_a_province_named_once_beside_another_or_taiwan_once_is_no_region(text, region):
    assert read_region(text)["region"] == region


def test_a_province_named_once_in_the_title_stays_the_region():
    assert read_region("同志们：\n河北、河南都有经验。", title="在河北省食品安全工作会议上的讲话")["region"] == "河北省"


@pytest.mark.parametrize("title", ["质量强市动员大会讲话", "在科教兴县推进会上的讲话"])
def test_a_slogan_ending_in_a_suffix_is_no_place(title):
    assert read_region("同志们：\n全市上下要齐心协力。", title=title)["region"] is None


def test_according_to_the_county_is_no_place():
    assert read_region("根据县委的统一部署，各乡镇要抓好落实。")["region"] is None


@pytest.mark.parametrize("title, role", [
    ("最高人民法院院长在全国人大会议上的报告", "院长"),
    ("市人民检察院检察长在全市检察工作会议上的讲话", "检察长"),
    ("学会理事长在学术年会上的致辞", "理事长"),
    ("集团董事长在年度工作会议上的讲话", "董事长"),
])
def test_the_posts_of_courts_associations_and_companies_are_roles(title, role):
    assert read_speaker_role("同志们：\n要抓好落实。", title=title)["speaker_role"].endswith(role)


@pytest.mark.parametrize("head, year", [
    ("——2025年3月8日在第十四届全国人民代表大会第三次会议上\n最高人民检察院检察长 某某", 2025),
    ("2013年5月28日在某省第十二届人民代表大会常务委员会第三次会议上", 2013),
    ("2008年7月21日在某省人大常委会会议上的报告", 2008),
])
def test_a_subtitle_dateline_with_its_meeting_gives_the_year(head, year):
    from corpusmine.corpus.pages import speech_metadata
    assert speech_metadata("各位代表:\n现在,我代表某院向大会报告工作。", "某院工作报告", head=head)["year"] == year


def test_a_target_year_with_a_meeting_is_no_dateline():
    from corpusmine.corpus.pages import speech_metadata
    text = "同志们:\n要力争到2035年在全省率先基本实现现代化。"
    assert speech_metadata(text, "在全县经济工作会议上的讲话")["year"] is None


def test_a_military_subdistrict_is_no_place():
    assert read_region("同志们:\n感谢广东省军分区对学校的关心。")["region"] != "广东省军分区"


@pytest.mark.parametrize("text, region", [
    ("主席:\n香港的发展离不开祖国。香港特区政府将继续推动食物安全立法。", "香港特别行政区"),
    ("各位嘉宾:\n澳門回歸以來,澳門特區政府依法施政。", "澳门特别行政区"),
    ("同志们:\n我们要团结港澳台同胞,香港回归以来取得了巨大成就。", None),           # named once: the nation's
])
def test_hong_kong_and_macau_named_twice_are_the_region(text, region):
    assert read_region(text)["region"] == region


@pytest.mark.parametrize("text, year", [
    ("同志们:\n回顾刚刚过去的2022年,全县上下攻坚克难,成绩来之不易。", 2023),
    ("同志们:\n在即将过去的2014年里,全区上下团结一心,各项事业取得新进展。", 2014),
    ("各位乡亲:\n我们即将迎来2024年,在此向大家拜个早年。", 2023),
    ("同志们:\n我们告别了2023年,迈入了2024年,新的一年要有新气象。", 2024),
    ("同志们:\n到2025年,全县要基本完成改造任务。", None),
])
def test_a_new_year_address_turn_of_the_year_gives_the_year(text, year):
    assert read_year(text)["year"] == year


@pytest.mark.parametrize("text", ["在五届区委第三次全会上,我们要牢记市委的嘱托。"])
def test_a_session_number_or_a_verb_before_a_suffix_is_no_place(text):
    assert read_region(text)["region"] is None


# ------------------------------------------------------------------ held-out metadata rounds 214k-218k (session ar)

def test_a_dateline_under_a_long_title_block_gives_the_year():
    head = "某某局长在全国某某会议上的报告\n深入贯彻落实重要指示精神\n全面提高工作质\n量和服务\n水平\n——在全国某某会议上的报告\n(2022年2月25日)"
    assert read_year(head + "\n某 某 某\n同志们:\n这次会议的主要任务是,总结工作,部署任务。")["year"] == 2022


def test_a_date_in_brackets_glued_after_the_office_before_the_salutation_gives_the_year():
    text = "食品药品监督管理局局长(二〇〇五年七月二十九日)各位领导、同志们:今天这次会议是我市首次召开的全市食品安全工作会议。"
    assert read_year(text)["year"] == 2005


def test_a_date_in_brackets_inside_a_sentence_is_no_dateline():
    text = "同志们:今天召开会议,回顾了去年(2019年3月5日)以来的工作,各位领导、同志们都很关心。要抓好落实。"
    assert read_year(text)["year"] != 2019 or read_year(text)["year_evidence"][0]["source"] != "dateline"


def test_a_dateline_with_a_placeholder_month_gives_the_year():
    assert read_year("创建全国文明城市表态发言\n某市交通局局长\n2016年*月*日\n今天,市委、市政府召开大会。")["year"] == 2016


@pytest.mark.parametrize("text", ["内蒙古自治区自治区政府要求全区上下抓好落实。", "会上,刚才县委书记作了讲话。",
                                  "要把这段历史写入县志。"])
def test_words_before_a_suffix_that_name_no_place(text):
    region = read_region(text)["region"]
    assert region in (None, "内蒙古自治区")


def test_a_dateline_the_stamp_rule_took_off_a_title_and_a_short_lead_in_reach_the_metadata():
    from corpusmine.corpus.pages import front_matter_lines
    doc = clean_document("纪念世界水日电视讲话副县长某某(2006年3月22日)\n同志们:\n今年世界水日的主题是水与文化。\n要节约用水。")
    assert "2006年3月22日" in front_matter_lines(doc)
    doc = clean_document("以下为局长某某在委员会成立大会上的讲话全文(中英文)\n同志们:\n今天召开成立大会。\n要抓好落实。")
    assert "局长" in front_matter_lines(doc)


@pytest.mark.parametrize("text, region", [
    ("同志们:\n我校与湖南的兄弟院校一道,办好这次学术年会。全校上下要精心组织。", None),   # named once, read at no level
    ("同志们:\n全省上下要抓好落实,湖南要走在前列。", "湖南省"),                          # a provincial speech: its own
    ("同志们:\n湖南长沙县委召开大会,全县上下要抓好落实。", "湖南省长沙县"),
])
def test_a_province_named_once_in_a_speech_read_at_no_level_is_an_example(text, region):
    from corpusmine.text.metadata import read_admin_level
    level = read_admin_level(text)["admin_level"] or "unknown"
    assert read_region(text, level=level)["region"] == region


def test_a_festival_opening_a_title_is_no_township():
    assert read_region("同志们:\n今天是植树节。", title="植树节镇领导讲话稿")["region"] is None


def test_a_sub_district_speech_is_at_the_townships_level():
    from corpusmine.text.metadata import read_admin_level
    text = "同志们:\n今天召开全街道半年工作会议。街道党工委研究决定,我街道要抓好安全生产。"
    assert read_admin_level(text)["admin_level"] == "township"
    assert read_admin_level("同志们:\n全市上下要抓好落实,我市要走在前列。各街道要配合。")["admin_level"] == "city"


def test_a_byline_alone_further_down_the_head_gives_the_role():
    text = ("黑龙江省委书记向全省农民朋友致以问候!\n某省2020年中国农民丰收节寄语\n省委书记、省人大常委会主任\n张某某\n"
            "亲爱的农民朋友们:\n大家好!\n在这金风送爽的秋收时节,我们迎来了丰收节。")
    assert read_speaker_role(text)["speaker_role"] == "省委书记"


def test_a_sentence_naming_an_office_below_the_salutation_is_no_byline():
    text = "同志们:\n今天召开会议。\n县长\n要带头抓好落实。\n谢谢大家。\n散会。"
    assert read_speaker_role(text)["speaker_role"] is None


# ---------------------------------------------- held-out metadata round 227k (session at)

def test_a_report_lead_without_its_date_names_the_speaker():
    text = ("昨天,某某市生态宜居名城建设大会召开。市委书记王某某出席会议并讲话。他强调,要践行以人为本的发展理念。"
            "市长李某某主持会议。")
    assert read_speaker_role(text)["speaker_role"] == "市委书记"


def test_a_reports_speaker_label_with_a_colon_names_the_office():
    text = ("10月16日,某某县召开县城建设高质量发展大会。会上各部门作表态发言。\n\n"
            "某某县住建局局长张某某:县城建设高质量发展大会的召开,标志着我县县城建设进入新阶段。")
    assert read_speaker_role(text)["speaker_role"].endswith("局长")


def test_a_speech_saying_today_names_no_reporters_speaker():
    text = "今天,我们召开全县大会。刚才,县委书记张某某同志作了重要讲话,我完全同意。"
    assert read_speaker_role(text)["speaker_role"] is None


@pytest.mark.parametrize("sentence", ["这些成绩的取得,得益于区委区政府的坚强领导。", "实践说明县委的决策是正确的。"])
def test_a_verb_before_the_party_committee_is_no_place(sentence):
    assert read_region(f"同志们:\n全区上下要齐心协力。{sentence}")["region"] is None


def test_a_dated_report_lead_the_cleaner_removed_still_gives_the_speaker():
    from corpusmine.corpus.pages import front_matter_lines, speech_metadata

    page = ("某省2019年征兵工作广播电视讲话\n\n7月8日,某省委常委、常务副省长、某省征兵领导小组组长陈某某在省会发表《征兵广播电视讲话》。"
            "以下是陈某某讲话内容全文。\n\n全省广大适龄青年和家长,同志们:\n今年征兵提前到夏秋季,全省征兵工作已经全面展开。"
            "希望广大适龄青年积极报名应征。")
    doc = clean_document(page)
    assert "7月8日" not in doc.text
    part = doc.parts[0]
    m = speech_metadata(part.text, part.title, head=front_matter_lines(doc))
    assert m["speaker_role"] == "常务副省长" and m["admin_level"] == "province" and m["year"] == 2019


def test_a_title_glued_to_the_salutation_gives_the_year_and_the_level():
    m = read_metadata("在区2022年文代会开幕式上的讲话各位代表、同志们:正值全区上下认真学习之际,我们召开全区文联代表大会。")
    assert m["year"] == 2022 and m["admin_level"] == "district"


def test_a_glued_title_with_its_byline_and_date_gives_the_year():
    text = ("总结经验扎实推进义务教育均衡发展在全国义务教育均衡发展推进会上的讲话教育部副部长某某(2013年6月24日)同志们:"
            "这次会议的主要任务是总结经验。")
    assert read_metadata(text)["year"] == 2013


def test_a_first_sentence_naming_a_speech_is_no_title():
    m = read_metadata("2019年以来,全县上下认真落实讲话精神,同志们辛苦了。今年要再接再厉。")
    assert m["year"] is None and m["year_min"] == 2019


def test_a_reports_headline_above_its_dated_lead_still_gives_the_speaker():
    text = ("某某在省委农村工作会议上强调 以学习运用千万工程经验引领乡村全面振兴 为谱写新篇争做示范提供坚强支撑 某某主持\n"
            "1月23日,省委农村工作会议在省会召开。省委书记赵某某出席会议并讲话。他强调,要深入学习贯彻三农工作的重要论述。")
    assert read_speaker_role(text)["speaker_role"] == "省委书记"


def test_a_lead_sending_an_official_on_a_visit_names_him():
    text = "根据省委统一安排,4月16日至18日,省政协主席唐某某赴某县调研和美乡村建设。他强调,要大力实施千村引领工程。"
    assert read_speaker_role(text)["speaker_role"] == "省政协主席"


def test_offices_joined_by_a_comma_before_one_name_give_the_first():
    text = ("某某市第十三届委员会第四次会议于2月4日上午在会议中心闭幕。市委书记,某某新区党工委书记、管委会主任王某某,"
            "市政协主席李某某在主席台就座。王某某作重要讲话。王某某强调,要发挥政协优势。")
    assert read_speaker_role(text)["speaker_role"] == "市委书记"


def test_a_party_congress_names_its_city_before_the_province_it_cites():
    # session au (round 240k): 中国共产党某市第N次代表大会 binds the city; the province named once is the one it answers to
    text = ("中国共产党太仓市第十四次代表大会,在全体代表的共同努力下,圆满完成各项预定任务,马上就要闭幕了。"
            "大会认真落实总书记对江苏工作重要讲话指示要求,全市上下要再接再厉。")
    assert read_region(text, level="city")["region"] == "江苏省太仓市"
    assert read_region("太仓市第十四次代表大会开幕了。全市上下要齐心协力。", level="city")["region"] == "江苏省太仓市"


def test_the_party_central_committee_names_no_place():
    assert read_region("中共中央、国务院高度重视乡村振兴。全县上下要齐心协力。", level="county")["region"] is None
