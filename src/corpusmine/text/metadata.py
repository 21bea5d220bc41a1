"""Read a speech's administrative level, year, region and speaker role from its own text.

Every field comes with the evidence it was read from: the matched text and
its offset (``where`` is ``"title"`` or ``"text"``), plus the counts behind
the choice, so that a person reviewing a draft manifest can check it.

Rules
-----
level
    The level the speaker addresses: ``全省 / 全市 / 全县 / 全区 / 全镇 /
    全乡`` count once, self-references ``我省 / 我市 / 我县 …`` (and ``本县``)
    twice, a ``全X`` in the title five times; a sub-district (``全街道``, ``我街道``,
    ``街道党工委``) counts as a township; the highest score wins, and
    ``confidence`` is its share of all scores.
year
    A date the speech gives itself (``今年是2023年``, ``今年是十三五规划的收官之年``,
    ``今天召开2023年…大会``), else a year in the title.  Other stated years
    bound it: a deadline (``到2025年``, ``2024年6月底前``) is an upper bound,
    any other stated year a lower one; the most recent five-year plan and Party
    congress named give hints (十四五: 2020-2026; 党的二十大: 2022 or later).
    A year of the Republic of China's calendar in the title or the head (``中華民國109年``) is 1911 on.
    Placeholders (``20xx``, ``〔某〕年``) match nothing and stay unknown.
region
    A province named in full or by its short name (counts), and a city,
    prefecture or county named with its suffix where the name is bound to
    the place (``四川省内江市``, ``内江市委``, ``我们三台县``).  With the division table
    (:mod:`corpusmine.text.gazetteer`): a bound city or county gives its province; a city or
    county named in the title, or twice in the text, is read unbound; a speech abroad gives its
    country (and city); a national office that spoke gives ``中国``.
speaker_role
    An office in the title (``县委书记在…的讲话``, ``副县长``) or stated in
    the opening (``我作为县长``), or a news lead's office and name that spoke.

Measured on 29 held-out pages (docs/split_metadata_measure.md): year 25, level 27,
region 23, role 26 of 29 correct or rightly unknown; on 318 pages of held-out rounds
208k-213k, annotated blind twice (session aq), level 266, year 252, region 199, role 235
at first sight, mostly silences; on 270 pages of rounds 220k-226k (session as) level 228,
year 216, region 184, role 206; on 249 pages of rounds 227k-232k (session at) level 209, year 196,
region 180, role 203; on 249 pages of rounds 241k-248k (session av) level 205, year 189, region 171, role 191.  A title
glued to the salutation (…上的讲话各位代表、同志们:) or to the first sentence (在2018年…会议上的讲话今年,…) is read as the
title; a report's dated lead gives the place after its date (12月15日,某某县…) and, opening on a full date, the year.

Examples
--------
>>> m = read_metadata("同志们：\\n今天我们召开2023年全县乡村振兴推进会。我县要抓好撂荒地整治，全县上下要齐心协力。",
...                   title="县委书记在全县乡村振兴推进会上的讲话")
>>> m["admin_level"], m["year"], m["speaker_role"]
('county', 2023, '县委书记')
"""

from __future__ import annotations

import re
from collections import Counter

from corpusmine.text.patterns import TITLE_LIKE
from corpusmine.text.gazetteer import national_evidence, province_of
from corpusmine.text.metadata_spans import head_lines, span_evidence, unquoted
from corpusmine.text.metadata_places import LEVEL_SUFFIXES, abroad_place, finer_place, unbound_place
from corpusmine.text.metadata_years import event_year, head_title_year
from corpusmine.text.script import simplified_view
from corpusmine.text.speaker_role import read_speaker_role
from corpusmine.text.speech_voice import REPORT_TO_CONGRESS

__all__ = ["LEVELS", "LEVEL_SUFFIXES", "METADATA_FIELDS", "PROVINCES", "read_admin_level", "read_metadata", "read_region",
           "read_speaker_role", "read_year"]

#: Level names and the character that names them in 全X / 我X.
LEVELS = {"province": "省", "city": "市", "county": "县", "district": "区", "township": "镇乡"}
#: The columns of a metadata record, in order.
METADATA_FIELDS = [
    "admin_level", "admin_level_confidence", "admin_level_counts", "admin_level_evidence",
    "year", "year_min", "year_max", "year_evidence",
    "region", "region_counts", "region_evidence",
    "speaker_role", "speaker_role_evidence",
    "region_level", "speaker_role_level",
]
#: Provinces, municipalities and autonomous regions: short name -> full name.
PROVINCES = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市", "河北": "河北省", "山西": "山西省",
    "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省", "江苏": "江苏省", "浙江": "浙江省", "安徽": "安徽省",
    "福建": "福建省", "江西": "江西省", "山东": "山东省", "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省",
    "广东": "广东省", "海南": "海南省", "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省",
    "甘肃": "甘肃省", "青海": "青海省", "台湾": "台湾省", "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区",
    "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
}
_SAR_NAMES = {"香港": "香港特别行政区", "澳门": "澳门特别行政区", "澳門": "澳门特别行政区"}
_SAR = re.compile("香港|澳门|澳門")
_PROVINCE = re.compile(r"(?<!浙)(?<!黑龙)(" + "|".join(sorted(PROVINCES, key=len, reverse=True)) + r")")
_CJK = "\u4e00-\u9fff"
_ALL = re.compile(r"全(省|市|县|区|镇|乡)(?!场|域|间|块|部|面|村|民|份|长)")
_SELF = re.compile(r"(?:我|本)(省|市|县|区|镇|乡)(?!场|长|委|民|里|域|级)")
_LEVEL_OF = {c: lv for lv, cs in LEVELS.items() for c in cs}
#: a sub-district (街道), the township's rank in a city (全街道, 我街道, 街道党工委; held-out metadata round 219k)
_SUBDISTRICT = re.compile(r"(?:全|我|本)(街道)|(街道)(?=党工委|办事处|工委)")
#: Characters that make a two-character "name" a generic word (全县, 城区, 各市 …), not a place.
_NOT_NAME = set("某全我本各该每两多个等省市县区乡镇城社辖园景街片郊灾试点范护村军校")   # 新校区: a campus (round 283k)
#: Function characters: a "name" holding one is a phrase (按照区委, 这是市委, 并请县政协委员; round 220k), not a place.
_FUNCTION = set("召今年这那是给好按照向在到对把被将和与及了的上下要会同时用真抓报告定期满完成让由从为以经代表实据届牢记并请")
#: Words a name can hold that name no place (刚才县委…, 内蒙古自治区 read as 自治+区, 上海特别市, 写入县志; metadata rounds 214k-218k)
_NOT_PLACE = ("刚才", "刚刚", "方才", "自治", "特别", "写入", "载入", "列入", "纳入", "进入", "节",
              "说明", "表明", "证明", "得益", "在于", "源于", "感谢",   # a verb before 县委 / 区委 (round 227k)
              "最后", "首先", "其次", "然后", "随后", "接着", "最终",     # a sequence word before 镇人大 (最后镇人大主席…; 259k)
              "带领", "率领", "引领", "领导", "支持", "指导", "推动", "督促", "配合", "陪同", "协助",   # 带领市人大 (263k)
              "建议", "举办", "召开", "举行", "提请", "报请", "请求", "希望", "要求", "邀请", "组织",   # 建议市政协 (267k)
              "不少", "一些", "有些", "部分", "许多", "多数", "少数", "个别", "有的", "若干", "其他", "其它")   # 不少市县 (275k)
#: Kinds of zone, not places: a title opening with 开发区 or 高新区 names no region.
_GENERIC_AREA = ("开发", "高新", "经开", "新", "示范", "保税", "自贸", "试验", "实验", "综合", "工业", "产业", "功能")

_PLANS = {"十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025),
          "十五五": (2026, 2030)}
_CONGRESS = {"十六大": 2002, "十七大": 2007, "十八大": 2012, "十九大": 2017, "二十大": 2022, "二十一大": 2027}
_YEAR = r"(?<![0-9])((?:19[5-9]|20[0-4])[0-9])(?![0-9])"
_SELF_PLAN = re.compile(r"今年是[^。；;\n]{0,50}?(十[一二三四五]五)[^。；;\n]{0,16}?(开局|起步|开篇|收官|决胜|攻坚)之年")
_SELF_YEAR = re.compile(rf"今年(?:是|为)?\s*{_YEAR}\s*年|(?<!过去的)(?<!过去了)(?<!回顾){_YEAR}\s*年是[^。；;\n]{{0,30}}?之年|"
                        rf"(?:今天|这次|此次|本次)[^。；;\n]{{0,30}}?{_YEAR}\s*年|"
                        # an event named with its year, no 年, where the speaker is (出席2024科创领军者交流大会; round 266k)
                        rf"(?:今天|这次|此次|本次|出席|参加|莅临|举办|召开|举行|相聚|欢聚|齐聚)[^。；;\n]{{0,12}}?{_YEAR}(?![\s0-9年级届])"
                        rf"[\u4e00-\u9fff]{{2,20}}?(?:大会|论坛|峰会|年会|博览会|交流会|运动会|开幕式|典礼)")
#: a new-year address's turn of the year, with the offset to the year of the speech (刚刚过去的2022年 → 2023, 即将过去的2014年
#: → 2014, 即将迎来2024年 → 2023, 告别2023年,迈入了2024年 → 2024; held-out metadata round 211k)
_YEAR_TURN = (
    (re.compile(rf"(?:即将|就要)(?:迎来|跨入|迈入|走进)\s*(?:了)?(?:[^。，,\n]{{0,8}}?的)?\s*{_YEAR}\s*年"), -1),
    # …迈入 with the year's epithet before it (阔步迈入华章初展的2022年; round 297k)
    (re.compile(rf"(?:已经|已)?(?:迎来|跨入|迈入|走进)了\s*{_YEAR}\s*年|(?<!即将)(?<!就要)(?:迈入|跨入)(?:[^。，,\n]{{0,8}}?的)?\s*{_YEAR}\s*年"), 0),
    (re.compile(rf"即将过去的\s*{_YEAR}\s*年|{_YEAR}\s*年即将过去|{_YEAR}\s*年的?(?:春节|新年)的?钟声(?:就要|即将)?敲响"), 0),
    (re.compile(rf"刚刚过去的\s*{_YEAR}\s*年|{_YEAR}\s*年已经过去|告别(?:了)?\s*{_YEAR}\s*年"), 1),
)
_STATED = re.compile(rf"{_YEAR}\s*年")
#: a work report to a congress reviews the year before it was given: 一、2017年工作回顾 under 向大会报告工作 (rounds 297k-298k)
_TO_CONGRESS = re.compile(REPORT_TO_CONGRESS)
_REVIEW_HEAD = re.compile(rf"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{{1,2}}[、.．][ \t\u3000]*)?{_YEAR}\s*年度?(?:工作)?回顾")
_DEADLINE_BEFORE = re.compile(r"(?:到|至|于|在|力争|争取|预计|计划)\s*$")
_DEADLINE_AFTER = re.compile(r"^\s*年(?:\s*\d{1,2}\s*月)?(?:底|末)?(?:前|以前|之前|完成|实现|达到|远景|目标|愿景|基本|建成)")
#: The end of a year range (2021—2025年, 2018-2020年): a plan's period, which bounds nothing.
_RANGE_END = re.compile(r"(?:19|20)\d{2}\s*(?:年)?\s*[—–\-~～至到]\s*$")
#: a year of the Republic of China's calendar (中華民國109年, 民国一〇八年), read in the title and the page's head
_MINGUO = re.compile(r"(?:中华民国|中華民國|民国|民國)[ \t]*(?P<n>[0-9]{2,3}|[〇○零一二三四五六七八九]{2,3})[ \t]*年")
_MINGUO_HEAD = 400
_CN_DIGIT = {"〇": "0", "零": "0", "○": "0", "O": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
             "六": "6", "七": "7", "八": "8", "九": "9"}
#: A dateline of its own: （2017年3月2日）, 2023年5月16日, （二〇一九年三月十五日）, or at the end of a byline
#: (县长 张三（2026年2月6日）); near the top of a speech or as its signature (落款) at the end.
#: a full date in brackets glued after the speaker's office on the text's first line, before the salutation
_LEAD_DATE = re.compile(r"[^。！？!?，,\n]{0,60}?[(（]\s*(?P<y>(?:19|20)\d{2}|[一二][〇零○OＯ一二三四五六七八九]{3})\s*年\s*"
                        r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[)）]"
                        r"(?=[ \t\u3000]{0,2}(?:同志们|各位|女士们|尊敬的|亲爱的|朋友们))"
                        # session av (round 242k): the date opening the text, or right after a title glued before it
                        # ((1989年3月4日)农业是…; …在某市残疾人工作会议上的讲话(2006年3月31日)这次会议…)
                        r"|[ \t\u3000]*(?:[^。！？!?，,\n]{0,60}?(?:讲话|致辞|致词|发言|报告))?[(（]\s*(?P<y2>(?:19|20)\d{2}|"
                        r"[一二][〇零○OＯ一二三四五六七八九]{3})\s*年\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
                        r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[)）]")
_DATELINE = re.compile(
    r"(?:^|[(（\s—－-])\s*(?P<y>(?:19|20)\d{2}|[一二][〇零○OＯ一二三四五六七八九]{3})\s*年\s*"
    r"(?:(?P<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[ 　]+|[*＊×xX]{1,2}|〔某〕)\s*月"   # 2016年*月*日 (215k)
    r"(?:\s*(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3}|[ 　]*|[*＊×xX]{1,2}|〔某〕)\s*日)?)"
    # a subtitle's dateline with the meeting (——2025年3月8日在某某会议上; held-out metadata round 208k)
    r"(?:\s*在[^\n。！？!?]{2,60}?(?:会议|大会|会|典礼|仪式|论坛)上(?:的(?:讲话|报告|发言|致辞|工作报告))?)?"
    r"\s*[)）]?\s*$"
)
#: a report's lead opening on its full date at a line's start among the text's first characters (held-out metadata round
#: 245k: 2021年11月10日,某市2021年秋季退役军人光荣返乡欢迎仪式举行。)
_LEAD_FULL_DATE = re.compile(r"^[ \t\u3000]*(?P<y>(?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上?)?[,，]", re.M)
_LEAD_WINDOW = 400
_SALUTED = re.compile(r"同志们|各位|朋友们|女士们|尊敬的|亲爱的")     # a speech's own sentence tells a date it recalls
_EVENT_HELD = re.compile(r"举行|召开|举办|开幕|启动|开班|揭牌")
#: a report's lead opening on the day (no year) and naming the meeting it holds with its year: 3月29日上午,某县召开2024年
#:全县民政工作会议 (round 268k)
_LEAD_MEETING = re.compile(r"(?:^|(?<=[。！？]))[ \t\u3000]*[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上?)?[,，][^。！？\n]{0,30}?(?:召开|举行|举办)了?"
                           r"(?P<y>(?:19|20)[0-9]{2})年(?:度)?[^。！？\n]{2,30}?(?:会议|大会|会)", re.M)
#: a title, maybe with its byline and dateline, glued to the salutation on the text's first line (round 228k)
_GLUED_HEAD = re.compile(r"[ \t\u3000]*(?P<head>[^\n。！？!?；;,，]{6,120}?(?:讲话|致辞|致词|发言|报告|讲话稿|发言稿)"
                         r"[^\n。！？!?；;:：,，]{0,40}?)(?=尊敬的|各位|同志们|亲爱的|女士们|朋友们|老师们|同学们)")
#: a speech's title (在…会议上的讲话) glued to its first sentence with no salutation between (在2018年省直机关党的工作会议上的
#:讲话今年,是…: held-out metadata round 241k); not a reference to another speech (…上的讲话精神, …上的讲话中指出)
_GLUED_SPEECH_TITLE = re.compile(r"[ \t\u3000]*(?P<head>[^\n。！？!?；;:：,，“”\"]{0,30}?在[^\n。！？!?；;:：,，“”\"]{4,60}?上的"
                                 r"(?:讲话|致辞|发言|报告)(?:稿)?)(?!精神|要求|中|时|里|和|与|及|、|的|,|，|。|\n|$)")


def read_admin_level(text: str, title: str = "", role_level: str | None = None) -> dict:
    """The administrative level the speaker addresses (see the module docstring).

    Parameters
    ----------
    text : str
        The speech.
    title : str, default ""
        Its title.
    role_level : str, optional
        The level of the speaker's post (see :func:`read_speaker_role`),
        which counts three.

    Returns
    -------
    dict
        ``admin_level`` (province, city, county, district, township or None),
        ``admin_level_confidence`` (share of the winning score),
        ``admin_level_counts`` (score per level) and ``admin_level_evidence``
        (up to five matches of the winning level).

    Examples
    --------
    >>> r = read_admin_level("全区上下要对标五美。我区美丽城镇建设走在全省前列。", title="全区美丽城镇现场会讲话稿")
    >>> r["admin_level"], r["admin_level_counts"]
    ('district', {'district': 8, 'province': 1})
    """
    score: Counter = Counter()
    evidence: dict[str, list[dict]] = {}
    body = unquoted(text)
    heads = {pos for pos, _ in head_lines(body)}
    for where, s, weight_all, weight_self in (("title", unquoted(title), 5, 5), ("text", body, 1, 2)):
        for pat, w in ((_ALL, weight_all), (_SELF, weight_self), (_SUBDISTRICT, weight_all)):
            for m in pat.finditer(s):
                lv = "township" if pat is _SUBDISTRICT else _LEVEL_OF[m.group(1)]
                line_start = s.rfind("\n", 0, m.start()) + 1
                score[lv] += 5 if where == "text" and line_start in heads else w   # ——在全县…上的讲话 under the title
                evidence.setdefault(lv, []).append(span_evidence(m.group(0), m.start(), where))
    if role_level in LEVELS:
        score[role_level] += 3
        evidence.setdefault(role_level, []).append({"text": role_level, "start": -1, "where": "speaker_role"})
    if not score:
        return {"admin_level": None, "admin_level_confidence": 0.0, "admin_level_counts": {},
                "admin_level_evidence": []}
    order = list(LEVELS)
    best = max(score, key=lambda lv: (score[lv], order.index(lv)))   # a tie goes to the lower level
    return {
        "admin_level": best,
        "admin_level_confidence": round(score[best] / sum(score.values()), 3),
        "admin_level_counts": dict(score.most_common()),
        "admin_level_evidence": evidence[best][:5],
    }


def _cn_year(s: str) -> int:
    return int("".join(_CN_DIGIT.get(c, c) for c in s))


def _datelines(text: str) -> list[tuple[int, str, int]]:
    """``(offset, line, year)`` of dateline lines among the first four and the last three lines."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    # the head: the first six lines, or the lines above the first line of prose when a title block runs longer (a
    # subtitle broken over lines, the speaker's name spaced out: held-out metadata rounds 214k-218k), ten at most
    prose = next((i for i, (_, ln) in enumerate(lines) if len(ln.strip()) > 40 or ln.strip()[-1:] in "。！？!?"), len(lines))
    n_head = max(6, min(prose, 10))
    picked = lines[:n_head] + [t for t in lines[-3:] if t not in lines[:n_head]]
    out = []
    after = {p: lines[i + 1][1].strip() for i, (p, _) in enumerate(lines[:-1])}
    for pos, line in picked:
        st = line.strip()
        if not st or len(st) > 40 or st[-1] in "。！？!?；;，,":
            continue
        m = _DATELINE.search(st)
        if not m and st.startswith(("—", "-", "－")) and "在" in st and len(st + after.get(pos, "")) <= 80:
            m = _DATELINE.search(st + after.get(pos, ""))      # a subtitle broken over two lines (round 297k)
        if m and (st.startswith(("(", "（")) or "月" in m.group(0)):
            y = _cn_year(m.group("y"))
            if 1950 <= y <= 2049:
                out.append((pos, line, y))
    if not out and (m := _LEAD_DATE.match(text)):     # 局长(二〇〇五年七月二十九日)各位领导、同志们:… (round 216k)
        y = _cn_year(m.group("y") or m.group("y2"))
        if 1950 <= y <= 2049:
            out.append((0, m.group(0), y))
    return out


def read_year(text: str, title: str = "") -> dict:
    """The year of a speech, or bounds on it (see the module docstring).

    Parameters
    ----------
    text : str
        The speech.
    title : str, default ""
        Its title.

    Returns
    -------
    dict
        ``year`` (int or None), ``year_min`` and ``year_max`` (int or None)
        and ``year_evidence`` (list of matches, the one that set ``year``
        first, each with ``source``: self_date, plan, title, stated, deadline,
        plan_hint, congress_hint or event).

    Examples
    --------
    >>> read_year("今年是“十三五”规划的收官之年，要确保双过半。", title="在2021年经济工作会议上的讲话")["year"]
    2020
    >>> r = read_year("要结合“十四五”规划，2020年省财政安排专项资金。")
    >>> r["year"], r["year_min"], r["year_max"]
    (None, 2020, 2026)
    >>> read_year("今天我们召开〔某〕年创文工作推进会。")["year"] is None
    True
    """
    evidence: list[dict] = []
    year = None
    for pos, line, y in _datelines(text):
        evidence.append({**span_evidence(line.strip(), pos + line.index(line.strip()), "text"), "source": "dateline", "year": y})
        if year is None:
            year = y
    m = _SELF_PLAN.search(text)
    if m:
        start, end = _PLANS[m.group(1)]
        year = start if m.group(2) in ("开局", "起步", "开篇") else end
        evidence.append({**span_evidence(m.group(0), m.start(), "text"), "source": "plan", "year": year})
    m = _SELF_YEAR.search(text)
    if m:
        y = int(next(g for g in m.groups() if g))
        evidence.append({**span_evidence(m.group(0), m.start(), "text"), "source": "self_date", "year": y})
        if year is None:
            year = y
    for where, s in (("title", title), ("text", text[:_MINGUO_HEAD])) if year is None else ():
        # 中華民國109年 = 2020: a Taiwan page's own date (round 221k)
        if (m := _MINGUO.search(s)) and 1950 <= (y := 1911 + _cn_year(m.group("n"))) <= 2049:
            year = y
            evidence.append({**span_evidence(m.group(0), m.start(), where), "source": "minguo", "year": y})
            break
    if year is None and (m := _LEAD_FULL_DATE.search(text[:_LEAD_WINDOW])) and not _SALUTED.search(text[:m.start()]) \
            and _EVENT_HELD.search(text[m.end():].split("。", 1)[0]):
        year = int(m.group("y"))      # 2021年11月10日,某市…仪式举行 (a report's lead opens on the day; round 245k)
        evidence.append({**span_evidence(m.group(0), m.start(), "text"), "source": "lead_date", "year": year})
    if year is None and (m := _LEAD_MEETING.search(text[:_LEAD_WINDOW])) and not _SALUTED.search(text[:m.start()]):
        year = int(m.group("y"))
        evidence.append({**span_evidence(m.group(0), m.start(), "text"), "source": "lead_date", "year": year})
    for turn, offset in _YEAR_TURN if year is None else ():
        if m := turn.search(text):
            year = int(next(g for g in m.groups() if g)) + offset
            evidence.append({**span_evidence(m.group(0), m.start(), "text"), "source": "year_turn", "year": year})
            break
    if year is None and _TO_CONGRESS.search(text[:600]) and (m := _REVIEW_HEAD.search(text)):
        year = int(next(g for g in m.groups() if g)) + 1
        evidence.append({**span_evidence(m.group(0).strip(), m.start(), "text"), "source": "report_review", "year": year})
    m = re.search(_YEAR, title)
    if m:
        y = int(m.group(1))
        evidence.append({**span_evidence(m.group(0), m.start(), "title"), "source": "title", "year": y})
        if year is None:
            year = y
    for source, found in (("title", head_title_year(text)), ("event", event_year(text))) if year is None else ():
        if found:      # a title left on the first line; the event named with its year in the present (session bc)
            year = found[0]
            evidence.append({**span_evidence(found[2], found[1], "text"), "source": source, "year": year})
            break
    lows, highs = [], []
    for m in _STATED.finditer(text):
        y = int(m.group(1))
        if _RANGE_END.search(text[max(0, m.start() - 8):m.start()]):
            continue   # 2021—2025年: the end of a plan's period
        deadline = _DEADLINE_BEFORE.search(text[max(0, m.start() - 4):m.start()]) or _DEADLINE_AFTER.match(
            text[m.end() - 1:m.end() + 10])
        (highs if deadline else lows).append(y)
        evidence.append({**span_evidence(m.group(0), m.start(), "text"), "source": "deadline" if deadline else "stated",
                         "year": y})
    plans = [(p, m.start()) for p in _PLANS for m in re.finditer(p, text)]
    if plans:
        p, pos = max(plans, key=lambda x: _PLANS[x[0]])
        lows.append(_PLANS[p][0] - 1)
        highs.append(_PLANS[p][1] + 1)
        evidence.append({**span_evidence(p, pos, "text"), "source": "plan_hint", "year": _PLANS[p][0] - 1})
    congress = [(c, m.start()) for c in _CONGRESS for m in re.finditer("党的" + c, text)]
    if congress:
        c, pos = max(congress, key=lambda x: _CONGRESS[x[0]])
        lows.append(_CONGRESS[c])
        evidence.append({**span_evidence("党的" + c, pos, "text"), "source": "congress_hint", "year": _CONGRESS[c]})
    year_min = max(lows) if lows else None
    year_max = min(highs) if highs else None
    if year_min is not None and year_max is not None and year_min > year_max:
        year_max = None   # the hints disagree: keep the stated lower bound only
    if year is not None:
        year_min = year_max = year
    return {"year": year, "year_min": year_min, "year_max": year_max, "year_evidence": evidence}


def read_region(text: str, title: str = "", level: str | None = None) -> dict:
    """The province (and the city or county, where the text binds a name to it) a speech comes from.

    Parameters
    ----------
    text : str
        The speech.
    title : str, default ""
        Its title.
    level : str, optional
        The level the speech addresses (see :func:`read_admin_level`): a
        province-level speech gets its province only, a lower level only a
        place with that level's suffix (city: 市/州/盟; county: 县/市/旗;
        district: 区).  ``"unknown"`` (a level read and not found), ``"none"`` or
        ``"national"``: a province named once in the text, where no place is
        bound, is an example, not the region.

    Returns
    -------
    dict
        ``region`` (e.g. ``四川省内江市``, ``山东省`` or None),
        ``region_counts`` (mentions per province and per bound place name),
        ``region_evidence`` (the matches behind the choice) and
        ``region_level`` (the level of the most specific place named).

    Examples
    --------
    >>> r = read_region("前几天，内江市委召开推进大会。全省上下，四川省要求各地把城乡环境综合治理抓实。")
    >>> r["region"], r["region_counts"]
    ('四川省内江市', {'四川省': 1, '内江市': 1})
    >>> read_region("全县上下要齐心协力，把文明城市创建抓实抓细。")["region"] is None
    True
    >>> read_region("同志们：\\n全市上下要齐心协力。", title="晋州市创文动员大会讲话", level="city")["region"]
    '河北省晋州市'
    >>> read_region("同志们：\\n全县上下要齐心协力。", title="在2023年遂昌县乡村振兴工作会议上的讲话")["region"]
    '浙江省遂昌县'
    >>> read_region("酒泉市委召开会议。要学习新疆经验，新疆的做法值得借鉴。", level="city")["region"]   # 表上的省
    '甘肃省酒泉市'
    >>> read_region("今天在淳安县召开现场会。淳安县的经验值得推广。")["region"]       # 未与机关连写的县名
    '浙江省淳安县'
    >>> read_region("古晋潮州公会举行就职典礼。古晋乡亲齐聚，砂拉越各地与马来西亚各州代表出席。", level="none")["region"]
    '马来西亚古晋'
    >>> read_region("中国共产党太仓市第十四次代表大会就要闭幕了。认真落实总书记对江苏工作重要讲话指示要求。", level="city")["region"]
    '江苏省太仓市'
    """
    if level == "province":
        levels: tuple[str, ...] = ("none",)
    else:
        levels = (level,) if level in LEVEL_SUFFIXES else ()
    full = title + "\n" + text
    offset = len(title) + 1
    provinces: Counter = Counter()
    places: Counter = Counter()
    evidence: dict[str, list[dict]] = {}

    def where(pos):
        return ("title", pos) if pos < offset else ("text", pos - offset)

    for m in _PROVINCE.finditer(full):
        name = PROVINCES[m.group(1)]
        provinces[name] += 1
        evidence.setdefault(name, []).append(span_evidence(m.group(0), where(m.start())[1], where(m.start())[0]))
    # Hong Kong and Macau named twice or more: the special administrative region is the speech's (a mainland speech
    # names them once, 港澳台同胞; held-out metadata rounds 208k-210k)
    sar: dict[str, list[dict]] = {}
    for m in _SAR.finditer(full):
        sar.setdefault(_SAR_NAMES[m.group(0)], []).append(span_evidence(m.group(0), where(m.start())[1], where(m.start())[0]))
    for name, found in sar.items():
        if len(found) >= 2:
            provinces[name] += len(found)
            evidence[name] = found[:3]
    provs = "|".join(sorted(PROVINCES, key=len, reverse=True))
    bound = re.compile(
        rf"(?:(?:{provs})(?:省|市|自治区)?|我们|咱们|《|中国共产党|中共)(?P<name>[{_CJK}]{{2,3}}?)(?P<suf>市|州|盟|县|区|旗|镇|乡)|"
        rf"(?:^|(?<=[^{_CJK}])|(?<=讲话)|(?<=致辞)|(?<=发言))(?P<name2>[{_CJK}]{{2,3}}?)(?P<suf2>市|州|县|区|旗|镇|乡)"   # …的讲话酒泉市委书记 (286k)
        rf"(?=委|党委|党工委|人民政府|政府|人大|政协|[省市州县区旗镇乡]长|召开|举行|隆重召开|组织召开"
        rf"|第[一二三四五六七八九十]{{1,3}}[次届](?:党员|人民)?代表大会)|"     # 某市第十四次代表大会 (round 240k)
        # the place a title opens with: 晋州市创文动员大会讲话 / 2023年遂昌县乡村振兴工作会议讲话稿 / 在晋州市创文大会上的讲话
        rf"\A(?:[\[【][^\]】\n]{{1,10}}[\]】][ \t]*)?(?:在|关于)?(?:(?:19|20)[0-9]{{2}}年(?:度)?)?(?P<name3>[{_CJK}]{{2,3}}?)(?P<suf3>市|州|盟|县|区|旗|镇)"
        rf"(?=[{_CJK}]{{2}})(?![委长])|"
        # the place right after a report's dated lead (12月15日,惠安县农村精神文明建设推进会议召开; 10月11日,2023年通城县
        # 殡葬改革工作推进会在…召开: held-out metadata round 244k)
        rf"(?:^|(?<=[。！？!?\n]))[ \t\u3000]*(?:(?:19|20)[0-9]{{2}}年)?[0-9]{{1,2}}月[0-9]{{1,2}}[日号](?:上午|下午|晚上?|晚间)?[,，]?"
        rf"(?:(?:19|20)[0-9]{{2}}年(?:度)?)?(?:[{_CJK}]{{2,3}}?(?:市|州|县|区))?"     # 松江区小昆山镇: the town
        rf"(?P<name4>[{_CJK}]{{2,4}}?)(?P<suf4>市|州|盟|县|区|旗|镇|乡)(?=[{_CJK}]{{2}}|(?:19|20)[0-9]{{2}}年)(?![委长])"
    )
    for m in bound.finditer(full):
        g = next(k for k in ("name", "name2", "name3", "name4") if m.group(k))
        name, suf = m.group(g), m.group({"name": "suf", "name2": "suf2", "name3": "suf3", "name4": "suf4"}[g])
        not_name = _NOT_NAME - {"城"} if g == "name4" else _NOT_NAME    # after a dated lead: 通城县 (round 244k)
        if any(c in not_name or c in _FUNCTION for c in name) or name in PROVINCES or name.endswith(("强", "兴", "于", "学")) \
                or name.startswith(tuple(_SAR_NAMES)) or name.startswith(_NOT_PLACE) or name.endswith(_NOT_PLACE):
            continue    # (a slogan: 质量强市, 科教兴县; round 208k)
        if name in _GENERIC_AREA or g in ("name3", "name4") and name.endswith(_GENERIC_AREA):
            continue   # 开发区 / 高新区 / 示范区 open a title (or 我们开发区 a sentence) without naming a place
        if suf in "乡镇" and full[m.end():m.end() + 1] in tuple("村镇亲土里愁情"):
            continue   # 召开乡村振兴会 / 城乡 / 乡镇: a word, not a township
        if levels and not any(suf in LEVEL_SUFFIXES[lv] for lv in levels):
            continue
        key = name + suf
        places[key] += 1
        s = m.start(g)
        evidence.setdefault(key, []).append(span_evidence(key, where(s)[1], where(s)[0]))
    ranked = provinces.most_common(2)
    prov = ranked[0][0] if ranked else None
    # a province named once beside another named once, or Taiwan named once (港澳台, 台湾同胞), is a speech's example or
    # its nation's, not its region (held-out metadata rounds 208k-209k)
    place = finer_place(places)     # of 滁州市委 and 明光市委, 明光市 (session bd)
    if prov and ranked[0][1] == 1 and evidence[prov][0]["where"] == "text" and (
            len(ranked) > 1 or prov == "台湾省" or not place and level in ("unknown", "none", "national")):
        prov = None     # …nor one named once in a speech read at no local level (a school's, a firm's; rounds 214k-218k)
    if prov in _SAR_NAMES.values() and place and not place.endswith("区"):
        place = None    # a mainland town's association in Hong Kong (香港汕头社团): the SAR is the region (round 283k)
    if not place:      # a place the text names without an office, alone or inside the province read (session bd)
        place = unbound_place(full, offset, levels, evidence, where, province=prov,
                              province_count=provinces[prov] if prov else 0, level=level)
    # the division table (session bc): a bound city or county gives its province, over any other the text names
    # (酒泉市委 … 新疆: 甘肃省酒泉市; round 286k)
    if place and prov not in _SAR_NAMES.values() and (table_prov := province_of(place)):
        prov = table_prov
    abroad = None if prov or place else abroad_place(full, title, level, evidence, where)
    region = (prov or "") + (place or "") or abroad
    ev = (evidence.get(prov, [])[:3] if prov else []) + (evidence.get(place, [])[:3] if place else []) + \
        (evidence.get(abroad, [])[:3] if abroad else [])
    region_level = None
    if place:
        suf = place[-1]
        region_level = "county" if suf in "县旗" or suf == "市" and level == "county" else \
            "district" if suf == "区" else "township" if suf in "镇乡" else "city"
    elif prov:
        region_level = "province"
    return {"region": region, "region_counts": dict(provinces.most_common() + places.most_common()),
            "region_evidence": ev, "region_level": region_level}


#: the posts of a school, a firm, a bank or an association, and the representatives who speak at their ceremonies
_NON_GOVERNMENT = ("校长", "园长", "班主任", "董事长", "总经理", "行长", "理事长", "会长", "教师代表", "学生代表", "家长代表",
                   "员工代表", "职工代表", "毕业生代表", "新生代表", "校友代表", "老师代表")
#: regions whose offices hold no level of the mainland's hierarchy (a Taiwanese county's 县长, a Hong Kong district)
_OUTSIDE_LEVELS = ("台湾省", "香港特别行政区", "澳门特别行政区")
def read_metadata(text: str, title: str = "") -> dict:
    """All four fields of one speech, with their evidence (see :data:`METADATA_FIELDS`).

    Parameters
    ----------
    text : str
        The speech (cleaned; placeholders read 〔某〕).
    title : str, default ""
        Its title.

    Returns
    -------
    dict
        One flat record with the keys of :data:`METADATA_FIELDS`.

    Examples
    --------
    >>> m = read_metadata("同志们：\\n这次全省城乡环境综合整治工作会议在潍坊召开。我省城市面貌明显改善。")
    >>> m["admin_level"], m["region"], m["year"]
    ('province', None, None)
    >>> m = read_metadata("同志們：\\n今天我們召開全縣鄉村振興工作會議。", title="縣長在全縣鄉村振興工作會議上的講話")
    >>> m["admin_level"], m["speaker_role"]
    ('county', '县长')
    """
    # a Traditional page is read through its Simplified view (same length, so evidence spans hold)
    text, title = simplified_view(text), simplified_view(title)
    if not title:
        heads = head_lines(text, 2)   # a title line left at the top of the speech
        title = next((ln.strip() for _, ln in heads if TITLE_LIKE.search(ln)), "")
    if not title and (m := _GLUED_HEAD.match(text)):
        title = m.group("head")       # a title glued to the salutation (在区2022年文代会开幕式上的讲话各位代表、同志们:)
    if not title and (m := _GLUED_SPEECH_TITLE.match(text)):
        title = m.group("head")       # a title glued to the first sentence (在2018年省直机关党的工作会议上的讲话今年,是…)
    out = read_speaker_role(text, title)
    out.update(read_admin_level(text, title, role_level=out["speaker_role_level"]))
    out.update(read_year(text, title))
    out.update(read_region(text, title, level=out["admin_level"] or "unknown"))
    if out["region"] is None and out["admin_level"] in (None, "unknown", "none") and (
            ev := national_evidence(text, title, out["speaker_role"])):
        out.update(region="中国", region_evidence=[ev])      # a national office that spoke (session bc)
    if (out["region"] or "").startswith(_OUTSIDE_LEVELS):
        out.update(admin_level=None, admin_level_confidence=0.0)   # Taiwan's 县长, Hong Kong's 区: no mainland level
    elif (out["speaker_role"] or "").endswith(_NON_GOVERNMENT) and not any(
            e.get("where") == "title" for e in out["admin_level_evidence"]):
        # a school's, a firm's or an association's head speaks for no level of government: the 全区 of its speech is the
        # district it serves, not a level it speaks for (rounds 259k-298k: 18 such readings were none or unknown for the
        # annotators, 2 right)
        out.update(admin_level=None, admin_level_confidence=0.0)
    return {k: out[k] for k in METADATA_FIELDS}
