"""Place names a speech can be located by: China's divisions down to the county, and places abroad.

Two lexicons (``lexicons/admin_divisions.tsv``, ``lexicons/foreign_places.tsv``; each names its source) let
:func:`corpusmine.text.metadata.read_region` (1) give a bound city or county its province (酒泉市 → 甘肃省,
whatever other province the speech names) and (2) find the place of a speech that names it without binding it
to an office (在淳安县…; 古晋潮州公会…).  Matching is on the Simplified view of a text, by the full name with
its suffix (淳安县, not 淳安): a bare two-character name is too often a word.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from corpusmine import config
from corpusmine.text.script import simplified_view

__all__ = ["Division", "divisions", "province_of", "find_divisions", "find_foreign", "foreign_mentions", "country_of", "is_foreign_city", "national_evidence", "DIVISIONS_FILE", "FOREIGN_FILE"]

DIVISIONS_FILE = config.LEXICON_DIR / "admin_divisions.tsv"
FOREIGN_FILE = config.LEXICON_DIR / "foreign_places.tsv"

#: Division names that are also common words (城区, 郊区, 新城区 …) or too short to tell (和县: 市委和县委):
#: never matched unbound.
_WORDLIKE = frozenset({"城区", "郊区", "矿区", "新区", "新城区", "老城区", "市中区", "城关区", "东区", "西区", "南区", "北区",
                       "中区", "江南区", "江北区", "河东区", "河西区", "新华区", "长安区", "和平区", "城中区", "城东区",
                       "城西区", "城南区", "城北区", "开发区", "高新区", "白云区", "朝阳区", "南山区", "东方市"})
#: after a division's name, a character that makes it part of a longer word (江南区域, 城区划)
_WORD_AFTER = set("域划块间级别")


@dataclass(frozen=True)
class Division:
    """One row of the division table: name (with suffix), short name, level, province and prefecture.

    Examples
    --------
    >>> divisions()["滕州市"][0]
    Division(name='滕州市', short='滕州', level='county', province='山东省', parent='枣庄市')
    """

    name: str
    short: str
    level: str
    province: str
    parent: str


def _rows(path) -> list[list[str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@lru_cache(maxsize=1)
def divisions() -> dict[str, tuple[Division, ...]]:
    """Every division by its full name (a name held by several divisions maps to all of them).

    Examples
    --------
    >>> [d.province for d in divisions()["酒泉市"]]
    ['甘肃省']
    >>> len(divisions()["鼓楼区"]) > 1        # 南京、福州、徐州、开封都有鼓楼区
    True
    """
    table: dict[str, list[Division]] = {}
    for row in _rows(DIVISIONS_FILE):
        name, short, level, province, parent = (row + [""] * 5)[:5]
        table.setdefault(name, []).append(Division(name, short, level, province, parent))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _by_length() -> dict[str, tuple[int, ...]]:
    # the lengths of names ending in each suffix character, longest first
    lengths: dict[str, set[int]] = {}
    for name, found in divisions().items():
        if found[0].level != "province" and len(name) >= 3 and name not in _WORDLIKE:
            lengths.setdefault(name[-1], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


def province_of(place: str) -> str | None:
    """The province of a city or county named with its suffix, when only one province has that name.

    Examples
    --------
    >>> province_of("酒泉市"), province_of("淳安县"), province_of("嘉义县")
    ('甘肃省', '浙江省', '台湾省')
    >>> province_of("鼓楼区") is None          # 几个省都有
    True
    """
    found = divisions().get(simplified_view(place), ())
    provinces = {d.province for d in found if d.province}
    return provinces.pop() if len(provinces) == 1 else None


def find_divisions(text: str) -> list[tuple[str, int]]:
    """Every city- or county-level division named in a text with its suffix, with its position.

    Longest name first at each end position; names that are also words (城区, 新城区) and one-character names
    (和县) are left out.

    Examples
    --------
    >>> find_divisions("今天我们在淳安县召开会议，杭州市的同志也来了。")
    [('淳安县', 5), ('杭州市', 13)]
    >>> find_divisions("老城区改造要抓实。")
    []
    """
    view = simplified_view(text)
    lengths = _by_length()
    table = divisions()
    found: list[tuple[str, int]] = []
    taken = -1
    for end, ch in enumerate(view):
        for n in lengths.get(ch, ()):
            start = end - n + 1
            if start <= taken or start < 0:
                continue
            name = view[start:end + 1]
            if name in table and name not in _WORDLIKE and view[end + 1:end + 2] not in _WORD_AFTER:
                found.append((name, start))
                taken = end
                break
    return found


@lru_cache(maxsize=1)
def _foreign() -> tuple[dict[str, str], re.Pattern]:
    table = {row[0]: (row[1], row[2]) for row in _rows(FOREIGN_FILE)}
    pattern = re.compile("(?:" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")(?![族瑜])")   # 朝鲜族: a people of China; 韩国瑜: a name
    return table, pattern


def foreign_mentions(text: str) -> list[tuple[str, int]]:
    """Every place abroad a text names (a country, its other name, a city or a state), with its position.

    Examples
    --------
    >>> foreign_mentions("古晋潮州公会在古晋举行就职典礼，马来西亚各地乡亲出席。")
    [('古晋', 0), ('古晋', 7), ('马来西亚', 16)]
    >>> foreign_mentions("延边朝鲜族自治州，韩国瑜")        # 朝鲜族 is a people of China, 韩国瑜 a man
    []
    """
    return [(m.group(0), m.start()) for m in _foreign()[1].finditer(simplified_view(text))]


def find_foreign(text: str) -> Counter:
    """Mentions of places abroad, counted by the place's own name (a country or a city).

    Examples
    --------
    >>> sorted(find_foreign("古晋潮州公会在古晋举行就职典礼，马来西亚各地乡亲出席。").items())
    [('古晋', 2), ('马来西亚', 1)]
    """
    return Counter(name for name, _ in foreign_mentions(text))


def country_of(place: str) -> str:
    """The country a foreign place belongs to (itself for a country; an alias gives its country).

    Examples
    --------
    >>> country_of("古晋"), country_of("印尼"), country_of("英国")
    ('马来西亚', '印度尼西亚', '英国')
    """
    return _foreign()[0].get(place, (place, ""))[0]


def is_foreign_city(place: str, *, states: bool = False) -> bool:
    """Whether a foreign place is a city (or, with ``states``, a state: 砂拉越), not a country or its other name.

    Examples
    --------
    >>> is_foreign_city("古晋"), is_foreign_city("印尼"), is_foreign_city("砂拉越"), is_foreign_city("砂拉越", states=True)
    (True, False, False, True)
    """
    return _foreign()[0].get(place, ("", ""))[1] in (("city", "state") if states else ("city",))


#: a national office (国务院副总理, 全国人大常委会副委员长, 中共中央总书记 …)
_NATIONAL_ROLE = re.compile(r"总书记|国家主席|国务院|国务委员|委员长|全国人大|全国政协|中央军委|中共中央|党中央")
#: a national office named with its holder and what it did, in the head of the page (国务院副总理某某出席…)
_NATIONAL_SPOKE = re.compile(r"(?:国务院(?:总理|副总理)|国务委员|全国人大常委会(?:副)?委员长|全国政协(?:副)?主席|中共中央总书记)"
                             r"[\u4e00-\u9fff·]{2,4}(?:出席|在|致辞|讲话|发表)")
#: how far into the page a national office is read
NATIONAL_HEAD = 300


def national_evidence(text: str, title: str = "", role: str | None = None) -> dict | None:
    """Evidence that a speech is China's national one: a national office spoke (the speaker's office, or an office named
    with its holder and act in the page's head; session bc, held-out rounds 289k-292k, where annotators give such
    speeches the region 中国).  A national meeting named in a report's lead is not enough: the rounds' annotators split
    on it (region unknown or 中国), and a local speech names national meetings too.

    Examples
    --------
    >>> national_evidence("会议强调要抓好落实。", role="国务院副总理")["text"]
    '国务院副总理'
    >>> national_evidence("大会在北京举行。国务院副总理某某某出席会议并讲话。")["where"]
    'text'
    >>> national_evidence("全国脱贫攻坚总结表彰大会25日上午在北京人民大会堂隆重举行。") is None
    True
    >>> national_evidence("同志们:今年全县要抓好落实。") is None
    True
    """
    if role and _NATIONAL_ROLE.search(role):
        return {"text": role, "start": 0, "where": "speaker_role"}
    for where, s in (("title", title), ("text", text[:NATIONAL_HEAD])):
        if s and (m := _NATIONAL_SPOKE.search(simplified_view(s))):
            return {"text": m.group(0), "start": m.start(), "where": where}
    return None
