"""Read the speaker's office from a speech's title, head, signature, opening or a news report's lead.

Rules (measured with the other metadata fields, docs/split_metadata_measure.md): an office in the
title or a subtitle/byline under it (``县委书记在…的讲话``, ``——副县长 张三``), a byline alone above the
salutation, a signature at the end, a news lead's office and name that spoke (``8月18日上午,…市委书记张三出席并
讲话``; a lead dated 昨天 or 日前, below a headline, with the speaker's label 某局长张三: or a visit 赴…调研), or the
opening (``我作为县长``).  The full office wins over a deputy's (``县委副书记、县长`` → 县长).

Examples
--------
>>> read_speaker_role("同志们：\\n要抓好落实。", title="县长在全县乡村振兴推进会上的讲话")["speaker_role"]
'县长'
"""

from __future__ import annotations

import re

from corpusmine.text.metadata_spans import head_lines, span_evidence
from corpusmine.text.speech_voice import REPORT_TO_CONGRESS

__all__ = ["ROLE_LEVEL", "read_speaker_role"]

#: how far into a news report its lead may name the speaker
_LEAD_CHARS = 400
#: how far into the page a desk's lead-in or a report may name the office that spoke (its first lines)
_LEAD_IN_CHARS = 200
_ROLE = re.compile(
    # the office's words after its level hold no second level (常州市武进区委书记 is 区委书记, not 州市武进区委书记; round 259k)
    r"(?:(?P<lv>省|市|州|县|区|旗|镇|乡)(?:委|政府|人大常委会|政协|党委|党工委)?[^\s、，,:：在于的省市州县区旗镇乡]{0,5}?"
    r"|(?:院|校|局|厂|所|公司|集团)(?:党委|党组|党总支|团委))?(?:常务)?副?"      # 院党委书记 (session bc)
    r"(?:书记|省长|市长|州长|县长|区长|旗长|镇长|乡长|(?<!班)主任|主席|局长|厅长|部长|校长|秘书长"
    # the posts of courts, procuratorates, associations, companies and the state (held-out metadata rounds 208k-209k)
    r"|院长|检察长|理事长|会长|董事长|总经理|行长|司长|署长|总干事|委员长|总理|行政长官|总统"
    # a mission's and an institute's heads (某某大使在到任招待会上的致辞, 驻某地总领事, 所长; session bc)
    r"|大使|总领事|参赞|所长|处长|馆长|站长|社长|议长|矿长"
    # a kindergarten's head, a class teacher (whose 主任 is no director's), and the representatives who speak for a
    # group at a ceremony (教师代表, 家长代表, 学生代表; held-out metadata rounds 271k-272k)
    r"|园长|班主任(?![节工会论培队们])|(?:教师|老师|学生|家长|员工|职工|党员|新生|毕业生|校友|青年|团员|队员|村民|干部|新教师|新员工|获奖者|企业家?)代表)"
)
#: a news report's lead: a date, then an office and a name that spoke (8月18日上午,…市委书记张三出席并讲话 / 区委书记张三带队
#: … 张三指出; held-out metadata rounds 220k-222k)
_LEAD_DAY = re.compile(r"\d{1,2}月\d{1,2}[日号]"
                       # or a news lead's day without its month at a line's start (14日下午,市委书记某某督导…; round 300k)
                       r"|(?:^|(?<=\n))[ \t\u3000]*\d{1,2}日(?:上午|下午|晚上|晚间)?[,，]"
                       # or the day a report names without its date (昨天,某市…大会召开。市委书记某某出席会议并讲话; round 227k)
                       r"|(?:昨天|昨日|前天|日前|近日)(?:上午|下午|晚上)?[,，]")
#: the name after the office, then what it did, or a colon: a report's speaker label (某县住建局局长张三:…; round 227k)
_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=同志|出席|主持|带队|参加|在|指出|强调|讲话|表示|要求|深入|调研|一行|赴|前往|来到|"
                    r"督导|检查|视察|率|发表|"     # 市委书记某某督导检查…, 市长某某率团…, 区委书记某某发表讲话 (round 300k)
                    r"依次|[,，]|[:：](?!\s*$))")
_CHAIN = re.compile(r"(?:、[^、,，。；;\n]{0,24}?(?:书记|[省市州县区镇乡]长|组长|主任|主席|部长))*")
_SPOKE = r"(?:同志)?(?:在会上|在讲话中|在调研中|在督导中)?(?:指出|强调|要求|表示|讲话)"
#: The level of a post: the place character in front of it, or the office itself (县长 → county).
ROLE_LEVEL = {"省": "province", "市": "city", "州": "city", "县": "county", "旗": "county", "区": "district",
              "镇": "township", "乡": "township"}
#: what may follow the office on a byline: more offices after 、 and the name (张三, 某某, 〔某〕)
_BYLINE_REST = re.compile(r"(?:[、，,][^\s、，,。！？]{2,14})*[ \t\u3000]*(?:[\u4e00-\u9fff·]{2,4}|〔某〕|[xX×]{2,3}|某某)?[ \t\u3000]*")
#: what follows an office that spoke, in a lead: its holder's name, the day, then the speech's word and 时/中/全文
_SPOKE_AFTER = re.compile(r"[\u4e00-\u9fff·]{0,3}?(?:今日|今天|昨日|昨天|日前)?(?:[(（][^()（）\n]{0,12}[)）])?"
                          r"(?:在[^。！？!?\n]{0,40}?|就职|新春|新年)?(?:致辞|致词|讲话|演说|演辞|发言)(?:时|中|全文|如下)"
                          r"|[\u4e00-\u9fff·]{2,4}(?:今日|今天|昨日|昨天|日前)[^。！？!?\n]{0,60}[。；;][ \t]*[他她](?:在)?(?:致辞|致词|讲话|发言)(?:时|中)"
                          # a report's sentence: the office, its holder, then the meeting and the speech (院党委书记某某在大会上
                          # 发表讲话 / 国务院副总理某某出席会议并讲话; session bc)
                          r"|[\u4e00-\u9fff·]{2,3}(?:出席[^。！？!?\n]{0,30}?并|在[^。！？!?\n]{0,30}?(?:上|中))(?:发表)?(?:重要)?(?:致辞|致词|讲话)"
                          # a report's speaker: the office, maybe its holder, then what was said or given (市长某某某表示,
                          # 某某某区长表示, 副市长某某某致欢送词, 区委书记某某某作表态发言; session bc, rounds 289k-291k)
                          r"|(?:[\u4e00-\u9fff·]{2,3})?(?:(?:致词|致辞)时)?(?:表示|指出|强调)[,，:：]"
                          r"|[\u4e00-\u9fff·]{2,3}(?:致(?:欢迎|欢送|开幕|闭幕|答谢|新春|新年)?[词辞]|作(?:表态)?发言|作(?:工作)?报告)"
                          # 矿长某某现场做重要讲话, 矿长某某讲了三点意见 (round 298k)
                          r"|[\u4e00-\u9fff·]{2,3}(?:同志)?(?:现场|在会上|会上)?(?:做|作)了?(?:重要|动员|总结)?讲话"
                          r"|[\u4e00-\u9fff·]{2,3}(?:同志)?(?:在会上)?讲了[一二三四五六七八九十两几]{1,2}点(?:意见|要求)")
_GREETING = re.compile(r"(?:尊敬的|亲爱的|敬爱的|各位|同志们|女士们|朋友们|老师们|同学们)")
_ROLE_OPENING = re.compile(
    r"(?:我|本人)(?:作为|身为|是|担任)(?P<role>[^，,。；\n]{2,12})"
    r"|(?:^|[。！？；\n]|[:：]\s*)\s*(?:作为|身为)(?:一名|一位)?(?P<role2>[^，,。；\n]{2,12})[，,]\s*(?:我|本人)"
    # the speaker saying in what office it speaks here (第一次作为教师代表在此发言; session bc)
    r"|(?:作为|身为)(?:一名|一位)?(?P<role3>[^，,。；\n]{2,12}?)(?:在此|在这里|在这儿|在今天的[^，,。；\n]{0,12}?上)(?:发言|讲话|致辞)"
    # the speaker naming its office later on (作为校长,在此我要感谢…; 我以某某小学校长的名义宣布; round 298k)
    r"|(?:^|[。！？；\n]|[:：]\s*)\s*(?:作为|身为)(?P<role4>[^，,。；\n]{2,12})[，,][^。！？\n]{0,30}?(?:我|本人)"
    r"|我(?:谨)?以(?P<role5>[^，,。；\n]{2,16}?)的(?:名义|身份)"
)
#: a government's head, whose two characters name its level (市长某某率团…; round 300k): no bare word of a list
_HEADS = frozenset({"省长", "市长", "州长", "县长", "区长", "旗长", "镇长", "乡长"})
#: a head of government reporting to its congress: 我代表县人民政府向大会报告工作 / 向大会作工作报告
_REPORT_GIVEN = re.compile(rf"我代表(?P<lv>[省市州县区旗镇乡])人民政府[,，]?\s*{REPORT_TO_CONGRESS}")
#: how far the speaker may name its office that way (later than the opening)
_OPENING_LATER = 1500

#: the groups a speaker represents at a ceremony, and the role each gives
#: (a head of school or a manager speaks for the staff too, 我代表全体教职员工欢迎…: the staff name no representative)
_GROUP_ROLE = {"毕业生": "毕业生代表", "新生": "新生代表", "学生": "学生代表", "同学": "学生代表", "教师": "教师代表",
               "老师": "教师代表", "家长": "家长代表", "学生家长": "家长代表"}
_FOR_GROUP = re.compile(r"我(?:谨)?代表(?:全体|所有|广大|各位)?[^，,。！!？?\n向对为给]{0,8}?(?P<group>"
                        + "|".join(sorted(_GROUP_ROLE, key=len, reverse=True)) + r")(?:们)?(?=[,，、]|向|对|表示|衷心|热烈|真诚)")


def read_speaker_role(text: str, title: str = "") -> dict:
    """The speaker's office where the title or the opening states it.

    Parameters
    ----------
    text : str
        The speech.
    title : str, default ""
        Its title.

    Returns
    -------
    dict
        ``speaker_role`` (e.g. ``县委书记``, ``副县长`` or None),
        ``speaker_role_level`` (the post's level: ``县委书记`` and ``县长``
        are county; None when the post names none) and
        ``speaker_role_evidence``.

    Examples
    --------
    >>> read_speaker_role("同志们：\\n要抓好落实。", title="市委书记在2021年经济工作会议上的讲话")["speaker_role"]
    '市委书记'
    >>> read_speaker_role("同志们：\\n我作为县长，要带头抓好撂荒地整治。")["speaker_role"]
    '县长'
    >>> read_speaker_role("同志们：\\n作为镇党委书记，我深感责任重大。")["speaker_role"]
    '镇党委书记'
    >>> read_speaker_role("同志们：\\n刚才，县长作了安排部署。", title="在全县推进会上的讲话")["speaker_role"] is None
    True
    >>> read_speaker_role("亲爱的同学们：\\n请允许我代表全体毕业生向老师们表示感谢！")["speaker_role"]
    '毕业生代表'
    >>> read_speaker_role("院党委书记某某某在大会上发表讲话,强调家风建设是全院的事。")["speaker_role"]
    '院党委书记'
    >>> read_speaker_role("同志们:\\n今天由某某大使在招待会上致辞。", title="某某大使在到任招待会上的致辞")["speaker_role"]
    '大使'
    >>> read_speaker_role("亲爱的同学们:\\n第一次作为教师代表在此发言,我倍感荣幸。")["speaker_role"]
    '教师代表'
    >>> read_speaker_role("亲爱的同学们:\\n今天我们举行毕业典礼。作为校长,在此我要感谢老师们。")["speaker_role"]
    '校长'
    >>> read_speaker_role("6月1日上午,某矿举行启动仪式。仪式由党委书记某某同志主持,矿长某某某现场做重要讲话。")["speaker_role"]
    '矿长'
    """
    def found(role, start, where):
        lv = role.group("lv")
        office = role.group(0)[-2:]
        level = ROLE_LEVEL.get(lv) if lv else ROLE_LEVEL.get(office[0]) if office[1] == "长" else None
        name = re.sub(r"^([省市州县区旗镇乡])(?=\1长)", "", role.group(0))   # 遂昌县县长 → 县长
        return {"speaker_role": name, "speaker_role_level": level,
                "speaker_role_evidence": [span_evidence(role.group(0), start, where)]}

    def primary(head):
        # representatives the speaker meets (某某与我省民营企业代表座谈) are its audience, not its office (round 300k)
        roles = [r for r in _ROLE.finditer(head)
                 if not (r.group(0).endswith("代表") and re.search(r"[与同和跟向对][^，,。；\n]{0,8}$", head[:r.start()]))]
        full = [r for r in roles if "副" not in r.group(0)]   # 县委副书记、县长: the speaker is the county head
        return (full or roles or [None])[0]

    # the title, a subtitle or byline under it (——在…上的讲话, 县委书记 张三), a signature at the end
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    heads = [(title, 0, "title")] + [(ln, p, "text") for p, ln in head_lines(text)] + [
        (ln, p, "text") for p, ln in lines[-2:] if len(lines) > 3 and 0 < len(ln.strip()) <= 40
        and ln.strip()[-1] not in "。！？!?；;:：,，"]
    for s, offset, where in heads:
        if not s:
            continue
        head = re.split(r"在|于|[:：]|的讲话|讲话|发言|致辞", s.lstrip("—–- "), maxsplit=1)[0]
        r = primary(head)
        if r:
            return found(r, offset + (len(s) - len(s.lstrip("—–- "))) + r.start(), where)
    # a byline alone on its line further down the head, above the salutation (省委书记、省人大常委会主任 / 某市交通局党委书记、
    # 局长, under titles the page repeats; held-out metadata rounds 215k-217k)
    for p, ln in lines[:10]:
        st = ln.strip()
        if _GREETING.match(st) or st.endswith(("：", ":")) and len(st) <= 30:
            break
        r = primary(st) if 0 < len(st) <= 30 and st[-1] not in "。！？!?；;，," else None
        if r and r.start() <= 14 and _BYLINE_REST.fullmatch(st[r.end():]):
            return found(r, p + ln.index(st) + r.start(), "text")
    lead = text[:_LEAD_CHARS]
    # the day within the lead's first 120 characters: a report's headline may stand above it (round 229k)
    if (day := _LEAD_DAY.search(lead[:120])) and not _GREETING.search(lead[:day.start()]):
        held = None     # an office closed by a comma, the same person's next office after it (市委书记,某新区党工委书记某某)
        for r in _ROLE.finditer(lead, day.end()):
            if _GREETING.search(lead, 0, r.start()) or len(r.group(0)) < 3 and r.group(0) not in _HEADS:
                break       # a salutation above it: a speech, not a report (nor a bare 书记 of a list)
            chain = _CHAIN.match(lead, r.end())    # 省委副书记、省长某某 / 县委书记、某某领导小组组长某某 (rounds 225k-226k)
            n = _NAMED.match(lead, chain.end())
            if not n and lead[chain.end():chain.end() + 1] in ",，":
                held = r.start() if held is None else held
                continue
            if n and "由" in lead[max(0, r.start() - 3):r.start()] and re.match(r"(?:同志)?主持(?!召开)", lead[n.end():]) \
                    and not re.search(re.escape(n["name"]) + _SPOKE, text[n.end():]):
                continue    # the meeting's host (仪式由党委书记某某同志主持), not the one who spoke (round 298k)
            start, held = (held if held is not None and n else r.start()), None
            clause = re.split(r"[。！？!?；;]", lead[chain.end():])[0]
            if n and not re.search(r"刚才|刚刚|作了|做了", lead[max(0, r.start() - 6):r.end() + 20]) and (
                    re.search(r"讲话|致辞|指出|强调|点评", clause) or lead[n.end():n.end() + 1] in ":："
                    or re.search(re.escape(n["name"]) + _SPOKE, text[r.end():])
                    or re.match(r"[。；;]\s*[他她](?:在讲话中)?(?:强调|指出|要求)", lead[chain.end() + len(clause):])):
                best = primary(lead[start:chain.end()])     # the chain's full office before a deputy's
                return found(best, start + best.start(), "text")
    # a desk's lead-in or a report naming the office that spoke (以下为律政司司长某某今日在…的致辞全文: / 行政长官某某昨日
    # 出席…。他致辞时表示 / 某总统就职演说全文如下: / 市长某某在演说中宣布; held-out metadata round 286k)
    greeting = _GREETING.search(lead)
    for r in _ROLE.finditer(lead, 0, min(_LEAD_IN_CHARS, greeting.start() if greeting else len(lead))):
        if _SPOKE_AFTER.match(lead, r.end()) and lead[max(0, r.start() - 1):r.start()] != "总" \
                and not re.search(r"刚才|刚刚|作了|做了", lead[max(0, r.start() - 6):r.start()]):
            return found(r, r.start(), "text")
    opening = text[:300]
    for m in _ROLE_OPENING.finditer(text[:_OPENING_LATER]):
        g = next(k for k in ("role", "role2", "role3", "role4", "role5") if m.group(k) is not None)
        if g in ("role", "role2", "role3") and m.start() >= len(opening):
            continue
        r = _ROLE.search(m.group(g))
        if r and (g not in ("role4", "role5") or r.end() == len(m.group(g))):   # 作为校长, (not 作为校长的…, 以主席团的名义)
            return found(r, m.start(g) + r.start(), "text")
    # a government's work report to its congress is given by its head (我代表县人民政府向大会报告工作: 县长; among the
    # annotated rounds 261k-300k, 26 of 30 such reports were given a head of government, 4 unknown)
    if m := _REPORT_GIVEN.search(opening):
        lv = m.group("lv")
        return {"speaker_role": lv + "长", "speaker_role_level": ROLE_LEVEL.get(lv),
                "speaker_role_evidence": [span_evidence(m.group(0), m.start(), "text")]}
    # a speaker who speaks for a group at a ceremony (请允许我代表全体毕业生…, 我代表全体老师…): the group's representative
    # (held-out metadata rounds 272k-274k); an office speaking for its institution (我代表县委、县政府) names no group
    if m := _FOR_GROUP.search(opening):
        group = _GROUP_ROLE[m.group("group")]
        return {"speaker_role": group, "speaker_role_level": None,
                "speaker_role_evidence": [span_evidence(m.group(0), m.start(), "text")]}
    return {"speaker_role": None, "speaker_role_evidence": [], "speaker_role_level": None}
