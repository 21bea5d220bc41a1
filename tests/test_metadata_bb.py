"""Metadata shapes learned in session bb from held-out metadata rounds 283k-285k (strings written here)."""

from corpusmine.text.metadata import read_region


def test_a_new_campus_is_no_district():
    # 新校区 / 小学区 end in 区 like a district and name none (round 283k)
    assert read_region("今天我们在这里举行新校区启用仪式。新校区占地五百亩,是全校师生的新家园。")["region"] is None
    assert read_region("各位家长:本小学区内的孩子都可以就近入学。")["region"] is None


def test_a_mainland_towns_association_in_hong_kong_is_hong_kongs():
    text = "香港某某社团总会新春团拜会隆重举行。总会主席致辞,汕头市委常委出席。总会感谢香港各界的支持。"
    assert read_region(text)["region"] == "香港特别行政区"


def test_a_district_of_hong_kong_stays_with_it():
    text = "香港各界人士齐聚一堂。深水埗区委员会召开会议,我们感谢香港特区政府的支持。"
    assert read_region(text)["region"] in ("香港特别行政区", "香港特别行政区深水埗区")


def test_a_mainland_city_and_its_province_still_bind():
    r = read_region("前几天,内江市委召开推进大会。全省上下,四川省要求各地把城乡环境综合治理抓实。")
    assert r["region"] == "四川省内江市"
