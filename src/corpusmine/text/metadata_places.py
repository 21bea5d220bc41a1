"""Places a speech names without an office bound to them, at home and abroad (session bc; session bd).

:func:`corpusmine.text.metadata.read_region` reads a province from its names and a city or county from a name bound
to an office (酒泉市委, 淳安县人民政府).  When no office is bound, these readers look in the division table
(:mod:`corpusmine.text.gazetteer`):

* :func:`unbound_place`: a city or county of the table named in the title, or named more often than any other, or
  when a province was read, the only place named inside it, even once (晋城市 under 山西), or one named more
  often than that province (镇江市 twice against 重庆 once).  Of a city and a county under it named as often, the
  county (滁州市 and 明光市: 明光市).  A speech read at the province's level keeps the province it names; one read at the nation's takes no single
  mention.
* :func:`abroad_place`: a country abroad, with its most named city, named in the title or four times or more.

Examples
--------
>>> ev = {}
>>> unbound_place("\\n山西晋城市召开会议。山西各地要学习。", 1, ("city",), ev, lambda p: ("text", p - 1), province="山西省")
'晋城市'
"""

from __future__ import annotations

from collections import Counter

from corpusmine.text.gazetteer import country_of, divisions, find_divisions, foreign_mentions, is_foreign_city, province_of
from corpusmine.text.metadata_spans import span_evidence

__all__ = ["LEVEL_SUFFIXES", "MIN_ABROAD", "abroad_place", "finer_place", "unbound_place"]

#: The suffixes of a place at each level.
LEVEL_SUFFIXES = {"city": "市州盟", "county": "县市旗", "district": "区", "township": "镇乡", "none": ""}


def _parent(name: str) -> str:
    found = divisions().get(name, ())
    return found[0].parent if len(found) == 1 else ""


def _top_places(counts: Counter) -> list[str]:
    # the most named places; of a county-level city and the city above it named as often, the county alone
    ranked = counts.most_common()
    top = [n for n, c in ranked if c == ranked[0][1]]
    if len(top) == 2:
        child = next((a for a, b in (top, top[::-1]) if _parent(a) == b), None)
        top = [child] if child else top
    return top


def finer_place(counts: Counter) -> str | None:
    """The most named place, and of a city and a county under it named as often, the county.

    Parameters
    ----------
    counts : Counter
        Mentions per place name.

    Examples
    --------
    >>> finer_place(Counter({"滁州市": 1, "明光市": 1}))        # 滁州市委市政府和明光市委的领导下
    '明光市'
    >>> finer_place(Counter({"淳安县": 2, "杭州市": 1}))
    '淳安县'
    """
    top = _top_places(counts)
    return top[0] if top else None


def unbound_place(full: str, offset: int, levels: tuple[str, ...], evidence: dict, where, *,
                  province: str | None = None, province_count: int = 0, level: str | None = None) -> str | None:
    """A city or county of the division table that the speech names without binding it to an office.

    Parameters
    ----------
    full : str
        The title, a line break and the speech.
    offset : int
        Where the speech starts in ``full`` (a name before it is in the title).
    levels : tuple of str
        The levels whose suffixes a place may carry (empty: any).
    evidence : dict
        The evidence spans by name; the pick's are added.
    where : callable
        Maps a position of ``full`` to ``(part, position)``.
    province : str, optional
        The province read from the speech's names, when one was: only a place inside it, or one named twice or more
        and more often than it (``province_count`` times), is taken.
    province_count : int, default 0
        How often that province is named.
    level : str, optional
        The level the speech addresses; at ``province`` nothing is taken inside the province read, at ``national``
        no single mention.

    Returns
    -------
    str or None
        The place's full name.

    Examples
    --------
    >>> ev, at = {}, lambda p: ("text", p - 1)
    >>> unbound_place("\\n今天在淳安县召开现场会。淳安县的经验值得推广。", 1, (), ev, at)
    '淳安县'
    >>> unbound_place("\\n在安徽滁州市委领导下,明光市经济稳步增长。", 1, (), ev, at, province="安徽省")   # 市辖的县级市
    '明光市'
    >>> unbound_place("\\n同志们:要学习淳安县的经验,把工作抓实抓细。", 1, (), ev, at) is None    # 举例,一次
    True
    >>> unbound_place("\\n江苏镇江市的同志来了。镇江市的经验好。重庆也有经验。", 1, (), ev, at, province="重庆市", province_count=1)
    '镇江市'
    >>> unbound_place("\\n全省各地,太原市、大同市都要抓好落实。", 1, ("none",), ev, at, province="山西省", level="province") is None
    True
    """
    if level == "province" and province:
        return None     # a provincial speech naming its cities: the province is its region
    table = divisions()
    found = [(n, s) for n, s in find_divisions(full) if table[n][0].level != "province"]   # 内蒙古自治区 is read as a province
    counts = Counter(name for name, _ in found)
    if province:
        counts = Counter({n: c for n, c in counts.items()
                          if province_of(n) == province or c >= 2 and c > province_count})
    pick = next((name for name, start in found if start < offset and name in counts), None)
    top = _top_places(counts)
    if pick is None and len(top) == 1:
        # named once: only the place (and the city above it) inside the province the speech names (学习淳安县的经验
        # alone is an example)
        single = set(counts) <= {top[0], _parent(top[0])} and province is not None and province_of(top[0]) == province \
            and level != "national"
        if counts[top[0]] >= 2 or single:
            pick = top[0]
            lv = [v for v in levels if v in LEVEL_SUFFIXES and LEVEL_SUFFIXES[v] and v != "township"]
            if lv and not any(pick[-1] in LEVEL_SUFFIXES[v] for v in lv):
                pick = None
    if pick:
        evidence[pick] = [span_evidence(pick, where(s)[1], where(s)[0]) for name, s in found if name == pick][:3]
    return pick


#: mentions of a country (with its cities) that make a speech with no place in its title a speech from abroad
MIN_ABROAD = 4


def abroad_place(full: str, title: str, level: str | None, evidence: dict, where) -> str | None:
    """A place abroad (新加坡, 古晋, 英国伦敦) a speech comes from.

    Named in the title, or four times or more (:data:`MIN_ABROAD`) in a speech read at no mainland level and twice
    as often as any other country; the country as the text writes it most (印尼 or 印度尼西亚) with its most named
    city (session bc).

    Parameters
    ----------
    full : str
        The title, a line break and the speech.
    title : str
        The title.
    level : str or None
        The level the speech addresses.
    evidence : dict
        The evidence spans by name; the pick's are added.
    where : callable
        Maps a position of ``full`` to ``(part, position)``.

    Returns
    -------
    str or None

    Examples
    --------
    >>> abroad_place("在新加坡华社春节团拜会上的致辞\\n各位乡亲:", "在新加坡华社春节团拜会上的致辞", "none", {},
    ...              lambda p: ("text", p))
    '新加坡'
    """
    mentions = foreign_mentions(full)        # one scan: the title is full's first line
    counts = Counter(name for name, _ in mentions)
    in_title = Counter(name for name, start in mentions if start < len(title))
    by_country = Counter()
    for name, n in counts.items():
        by_country[country_of(name)] += n
    ranked = by_country.most_common(2)
    if in_title:
        country = country_of(in_title.most_common(1)[0][0])
    elif ranked and ranked[0][1] >= MIN_ABROAD and level in (None, "unknown", "none", "national") and (
            len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        country = ranked[0][0]
    else:
        return None
    cities = [(n, name) for name, n in counts.items() if is_foreign_city(name) and country_of(name) == country] or \
        [(n, name) for name, n in counts.items() if is_foreign_city(name, states=True) and country_of(name) == country]
    written = [(n, name) for name, n in counts.items() if not is_foreign_city(name, states=True) and country_of(name) == country]
    region = (max(written)[1] if written else country) + (max(cities)[1] if cities else "")
    evidence[region] = [span_evidence(name, where(start)[1], where(start)[0]) for name, start in mentions
                        if country_of(name) == country][:3]
    return region
