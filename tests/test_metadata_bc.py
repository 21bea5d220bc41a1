"""Region read with the division table and the list of places abroad (session bc; strings written here)."""

import pytest

from corpusmine.text import gazetteer
from corpusmine.text.metadata import read_metadata, read_region


def test_a_bound_city_gives_its_province_over_another_the_text_names():
    # 酒泉市委 binds the city; 新疆, named twice as an example, is not its province (round 286k)
    r = read_region("酒泉市委召开全市工作会议。要学习新疆的经验,新疆的做法值得借鉴。", level="city")
    assert r["region"] == "甘肃省酒泉市"


def test_a_county_named_in_the_title_without_an_office():
    r = read_region("同志们:\n今天召开现场推进会。", title="在淳安县乡村振兴现场推进会上的讲话")
    assert r["region"] == "浙江省淳安县"
    assert r["region_evidence"][0]["where"] == "title"


def test_a_county_named_twice_in_the_text():
    r = read_region("同志们:今天在淳安县召开现场会。淳安县的经验值得推广,大家要认真学习。")
    assert r["region"] == "浙江省淳安县"


def test_a_county_named_once_as_an_example_is_no_region():
    assert read_region("同志们:要学习淳安县的经验,把工作抓实抓细。")["region"] is None


@pytest.mark.parametrize("text", [
    "老城区改造要抓实。老城区的居民要安置好。",      # 老城区: a division's name and a word
    "市委和县委要加强领导。市委和县委要抓落实。",    # 和县 inside 市委和县委
    "江南区域协调发展。江南区域要抓好生态。",        # 江南区 inside 江南区域
])
def test_division_names_that_are_words_are_not_read(text):
    assert read_region(text)["region"] is None


def test_a_taiwan_county_is_taiwans():
    r = read_metadata("嘉義縣政府今天舉行新春團拜。縣長致詞感謝鄉親。")
    assert r["region"] == "台湾省嘉义县"


def test_a_speech_abroad_named_four_times():
    text = ("新加坡宗乡会馆联合总会举行新春团拜。新加坡各界人士出席。我们在新加坡生活多年,"
            "为新加坡的发展贡献力量。")
    assert read_region(text, level="none")["region"] == "新加坡"


def test_the_country_as_the_text_writes_it_with_its_city():
    text = "印尼华人总会在雅加达举行庆典。印尼各地代表出席,印尼华社团结一心,共同为印尼发展出力。"
    assert read_region(text, level="none")["region"] == "印尼雅加达"


def test_a_country_named_three_times_as_an_example_is_no_region():
    text = "同学们:美国的学生怎样学习?美国的学校很重视实践,美国的经验可以借鉴。我们要努力学习。"
    assert read_region(text, level="none")["region"] is None


def test_a_mainland_level_speech_is_not_read_abroad():
    text = "全县上下要学习德国经验。德国的职业教育、德国的工匠精神、德国的标准都值得学习。"
    assert read_region(text, level="county")["region"] is None


@pytest.mark.parametrize("text", [
    "韩国瑜院长致词。韩国瑜表示感谢。韩国瑜说要团结。韩国瑜祝大家新年快乐。",   # a man's name
    "延边朝鲜族自治州的朝鲜族同胞,朝鲜族的歌舞,朝鲜族的传统。",             # a people of China
])
def test_names_that_hold_a_country_are_not_read_abroad(text):
    assert read_region(text, level="none")["region"] is None


def test_the_lexicons_name_their_sources_and_are_well_formed():
    for path in (gazetteer.DIVISIONS_FILE, gazetteer.FOREIGN_FILE):
        text = path.read_text(encoding="utf-8")
        assert "Source" in text.split("\n\n")[0] or "Source:" in text[:1200]
        assert "\r" not in text and not text.startswith("\ufeff")
    table = gazetteer.divisions()
    assert len(table) > 3000
    assert {d.level for found in table.values() for d in found} == {"province", "city", "county"}
    assert gazetteer.province_of("鼓楼区") is None and gazetteer.province_of("滕州市") == "山东省"
