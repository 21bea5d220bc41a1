"""Picture furniture of meeting reports: event captions, credit captions, picture labels and forum attachments
(development round chrome23: template and document sites, re-posted meeting reports).

A meeting report re-posted on a portal, a forum or a mirror keeps the text that stood under or over its pictures,
each alone on a line and each told by its shape (the view is Simplified, so Traditional mirrors read the same):

* **event captions** (:func:`is_event_caption`, rule ``photo_caption``): a short line without a sentence's end
  that names who did what at the meeting: a scene (会议现场, 部分与会单位), or an agent and an act of the ceremony
  (某某一行参观某某林场, 与村委会签订协议, 某某为代表颁发聘书).  Alone before the page's first sentence it is the
  page's title and stays (unless a title was repeated above it).  A speaker with 讲话/致辞 (某某副市长讲话, 领导致辞)
  and an act whose agent comes after it (参观某某公司) go only beside a surer caption: alone, or in a run of their
  own, they head a speech or list an agenda (left to :mod:`corpusmine.text.record_chrome`).  A heading (一、…), a title of a speech (在…上的讲话,
  …会上讲话), a host's line (下面请…讲话), a narrative start (会前,…), a quotation left open (a sentence split) and
  a line in the speaker's voice stay.
* **credit captions** (rule ``photo_caption``): a caption closed by the giver of the picture after a space
  (…揭牌成立 某某供图, …村容 某某摄), by where it was taken in brackets (…留住乡愁 (摄于某某村)), or by an
  agency's reporter after the caption's full stop (…欢庆“苗年”。新华社记者 某某).
* **a gallery closing the page** (:func:`gallery_tail_spans`, rule ``photo_caption``, round 204k): three or more
  short lines below the page's last paragraph, each one clause closed by its full stop or none, two or more of them
  captions (驻沪办主任某某致辞。, 嘉宾合影留念。) and one of them a picture's own (a line placing the people in the
  picture: …合影(左三:某某;左二:某某)。, a group photo, a line said twice); a report's list of who spoke (某某作述职
  发言。) and a speech's closing lines (谢谢大家!) are no gallery.
* **picture labels** (rule ``photo_caption``): the alt text a CMS writes under a picture, the title and the
  picture's number (某某乡村你去过吗? 第1张图片).
* **forum attachments** (rule ``site_interface``): an attachment's file name with its size and download count
  (7.jpg (173.59 KB, 下载次数: 157)), with the 下载附件 link and the upload time beside it, alone on lines or run
  together in one.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("会议现场\\n某某副市长讲话\\n4月16日,某市召开推进会。\\n会上,某某强调,要抓好落实。\\n某某一行参观示范基地")
>>> event_captions(st)
>>> st.doc.output
'\\n\\n4月16日,某市召开推进会。\\n会上,某某强调,要抓好落实。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["caption_runs", "caption_strength", "credit_caption", "event_captions", "gallery_tail_spans", "is_event_caption", "named_guest", "reported_speaker", "run_ranges"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")

# ---------------------------------------------------------------- event captions

#: a sentence's end or a clause that runs on (a caption has neither at its end, and no full stop inside)
_SENTENCE = re.compile(r"[。！？!?；;]|[:：,，、]\s*$|……")
#: a speaker's act at the line's end: 讲话, 致辞 (致词 as Traditional pages convert it), 致欢迎辞, 发言, 宣读…
_SPEAKER_VERB = re.compile(r"(?:作|做|发表)?(?:讲话|致辞|致词|致(?:开幕|闭幕|贺)[辞词]|致欢迎辞|致欢迎词|致答谢辞|致谢辞|致谢词|发言|主持会议|宣读[^\n]{0,20})$")
#: a speaker's role and the act, at the line's end: 某某副市长讲话, 领导致辞, 某某部长致欢迎辞
_SPEAKER_ACT = re.compile(r"(?:书记|市长|县长|区长|镇长|乡长|主席|主任|部长|局长|厅长|委员|领导|嘉宾|代表|同志|"
                          r"总经理|董事长|院长|校长|负责人|[\u4e00-\u9fff]{2,3})" + _SPEAKER_VERB.pattern)
#: a scene named alone or with its place or body: 会议现场, 人大第二代表团审议现场, 活动现场一角 (lead_captions reads it too)
PLACED_SCENE = re.compile(r"^[\u4e00-\u9fff“”]{0,16}现场(?:全景|一角)?$")
#: a scene: a placed scene, 部分与会单位, 与会人员合影
_SCENE = re.compile(PLACED_SCENE.pattern + r"|^部分与会|^与会人员|(?:合影|合照)(?:留念)?$"
                    # a programme item under its picture: 舞蹈《某某》, 大合唱《某某》, 诗朗诵《某某》
                    r"|^(?:全场|全体|现场|师生|与会人员|嘉宾|来宾)?(?:大合唱|小合唱|合唱|同唱|齐唱|表演唱|舞蹈|诗朗诵|朗诵|独唱|二重唱|小品|相声|快板|器乐合奏|戏曲|京剧|越剧|黄梅戏)《[^》\n]{1,20}》$"
                    # someone named, interviewed under a picture: 某某接受采访
                    r"|^[\u4e00-\u9fff]{2,4}接受(?:记者|媒体)?采访$"
                    # the people in the picture: 参加仪式的领导, 出席会议的嘉宾 (round 276k)
                    r"|^(?:参加|出席|参与)[\u4e00-\u9fff]{1,10}的(?:领导|嘉宾|来宾|人员|代表|同志|领导和嘉宾)$")
#: a group photo's caption, one clause closed by a full stop (某某会第十一届理监事就职后合照。); a sentence with a comma
#: (会后,全体与会人员合影留念。) is the report's
_GROUP_PHOTO = re.compile(r"^[^\n,，;；:：。！？!?]{4,40}(?:合影|合照)(?:留念)?。$")
#: an act of the ceremony or the visit
_ACT = re.compile(r"颁发|颁奖|授牌|授旗|揭牌|签订|签约|签署|赠送|捐赠|参观|察看|查看|调研|考察|观摩|走访|慰问|听取[^\n]{0,20}介绍"
                  r"|祝酒|举杯|合唱|齐唱|重温|剪彩|合照|留影|交流|座谈|交谈|握手|接受(?:记者|媒体)?采访|讲解|拜年|祭拜|献花|宣誓|授课"
                  r"|传达[^\n]{0,10}精神"
                  r"|发放|宣布(?:正式|开幕|闭幕|开工|成立|启动|开始)"     # 某某为搬迁户发放钥匙, 某某宣布正式搬迁 (round 276k)
                  r"|宣布[^\n]{0,20}(?:得分|成绩|名次|名单|结果)")          # 某某宣布各班团体得分 (round 282k)
#: the winners in the picture: 高二年级团体总分前三名, 一等奖获得者 (a caption only beside a surer one; round 282k)
_AWARDED = re.compile(r"^[^\n]{2,24}(?:前[一二三四五六七八九十\d]{1,2}名|[一二三特]等奖(?:获得者)?|获奖(?:者|选手|班级|集体|单位))$")
#: someone doing it, before the act (a heading of a speech has a programme, not an agent)
_AGENT = re.compile(r"书记|市长|县长|区长|镇长|乡长|主席|主任|部长|局长|厅长|委员|领导|嘉宾|代表|同志|一行|人员|干部|"
                    r"董事长|总经理|会长|理事长|秘书长|校长|院长|总领事|领事|大使|参赞|"
                    r"志愿者|村民|群众|工作队|集团|公司|村委会|居委会|协会|学生|师生|专家|企业家|"
                    r"教授|老师|等人|联盟|联合会|总会|商会|会馆|侨领|主持人|总统|议员|行政长官|特首")
#: what keeps a line: a heading's ordinal, a speech's title, a host's or a programme's verb at its start, a speech
#: named (重要讲话, 表态发言)
_NOT_CAPTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．是]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十\d]+)"
                          r"|在[^\n]{0,40}上的(?:讲话|致辞|致词|发言|主持词|报告|表态)|(?:上|会|议|式|礼|坛|节|动)的?(?:讲话|致辞|致词|发言|主持词)|(?:讲话|发言|致辞|致词)(?:稿|提纲|材料|范文|精神)"
                          r"|(?:重要|主旨|系列|动员|总结|表态|交流|典型|书面)(?:讲话|发言)"
                          r"|^(?:下面|现在|接下来|首先|最后|请|欢迎|有请)|请[^\n]{0,20}(?:讲话|致辞|致词|发言)"
                          r"|^(?:开展|加强|推进|深化|坚持|强化|突出|做好|抓好|狠抓|持续|全面|扎实|着力|建立|健全|完善|提升|深入|认真|学习)|《"
                          r"|^(?:会前|会后|会上|会议|随后|之后|其间|期间|当天|近日|日前|今年|目前|同时|此外|另外|据悉|据了解)")
#: a sentence cut where a flattened page was split again: a quotation or a bracket left open
_OPEN = (("“", "”"), ("(", ")"), ("（", "）"), ("《", "》"), ("「", "」"))


def caption_strength(line: str) -> int:
    """How surely a line is a meeting picture's caption: 2 (a scene, an agent and the act after it, an act led by
    its preposition), 1 (a speaker and 讲话/致辞, or an act and an agent after it: a caption only beside a surer
    one, since alone it may head a speech or an agenda), 0 (not a caption).

    Examples
    --------
    >>> [caption_strength(x) for x in ("某某副市长讲话", "领导致辞", "会议现场", "某某一行参观万家仑林场,听取对林下示范基地的介绍",
    ...                                 "参观某某种苗科技有限公司", "与村委会签订冷库捐赠协议", "某某会第十一届理监事就职后合照。",
    ...                                 "会后,全体与会人员合影留念。", "某某副校长宣布各班团体得分", "高二年级团体总分前三名")]
    [1, 1, 2, 2, 1, 2, 2, 0, 2, 1]
    >>> [caption_strength(x) for x in ("在全县人居环境整治推进会上的讲话", "下面请县委书记某某同志讲话", "开展走访慰问,传递党的温暖",
    ...                                 "二、深入调研,摸清底数", "我们要走访慰问困难群众。", "认真学习总书记重要讲话",
    ...                                 "2023全面深化改革工作暨城乡环境综合提质工作调度会上讲话", "在乡村旅游节开幕式致辞",
    ...                                 "会前,与会人员现场观摩了某某区“美丽泗河", "政府工作报告")]
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    """
    t = line.strip().strip("■▲●◆□▼").strip()
    if _GROUP_PHOTO.match(t):
        return 2
    if not (3 <= len(t) <= 45) or _SENTENCE.search(t) or any(t.count(a) != t.count(b) for a, b in _OPEN):
        return 0
    if _SCENE.search(t):
        return 2
    if _NOT_CAPTION.search(t) or in_speech_voice(t):
        return 0
    if _AWARDED.search(t):
        return 1
    act = _ACT.search(t)
    if act and t[0] in "与和向为":                 # 与村委会签订协议: led by its preposition, never a heading
        return 2
    agent = _AGENT.search(t) if act else None
    if agent is not None:
        return 2 if agent.start() < act.start() else 1
    return 1 if _SPEAKER_ACT.search(t) else 0       # 县长某某讲话 alone is the heading of a speech


def is_event_caption(line: str) -> bool:
    """Whether a line is a meeting picture's caption: who did what, with no sentence's end.

    Examples
    --------
    >>> is_event_caption("与村委会签订冷库捐赠协议"), is_event_caption("二、深入调研,摸清底数")
    (True, False)
    """
    return caption_strength(line) > 0


# ---------------------------------------------------------------- credit captions, picture labels

#: …揭牌成立 某某供图 / …村容 某某摄 (the giver after a space, the caption without a full stop)
#: …会议现场 供图 某某市委宣传部 (供图 before the giver, after a space; round 249k)
_GIVER = re.compile(rf"^{_SP}*[■▲●◆□▼]?{_SP}*[^\n。！？!?]{{4,50}}?{_SP}+(?:[{_HAN}]{{2,8}}(?:供图|摄)"
                    rf"|(?:供图|摄影|摄){_SP}*[:：]?{_SP}*[{_HAN}]{{2,12}}){_SP}*$")
#: …留住乡愁~ (摄于某某村)
_TAKEN_AT = re.compile(rf"^[^\n]{{2,60}}?[(（]{_SP}*摄于[^()（）\n]{{1,15}}[)）]{_SP}*$")
#: …欢庆“苗年”。新华社记者 某某 (an agency's reporter after the caption's full stop, the credit maybe cut; in square
#: brackets too: …并致辞。[新华社记者 某某 摄], round 71)
_AGENCY = re.compile(rf"^[^\n。]{{4,50}}。{_SP}*[\[【]?{_SP}*(?:(?:新华社|中新社|人民网|央视网)记者{_SP}*[{_HAN}]{{2,3}}"
                     rf"(?:{_SP}+[{_HAN}]{{2,3}})?{_SP}*摄?|(?:本报)?记者{_SP}*[{_HAN}]{{2,3}}(?:{_SP}+[{_HAN}]{{2,3}})?{_SP}*摄"
                     rf"|[{_HAN}]{{2,3}}(?:{_SP}+[{_HAN}]{{2,3}})?{_SP}+摄(?:影)?){_SP}*[\]】]?{_SP}*$")
#: …发放钥匙(某某 摄): the credit in brackets closing the caption (round 276k)
_BRACKET_CREDIT = re.compile(rf"^[^\n。！？!?]{{2,50}}?[(（]{_SP}*(?:记者{_SP}*)?[{_HAN}]{{2,4}}(?:{_SP}+[{_HAN}]{{2,4}})?{_SP}*(?:摄|摄影|供图)"
                             rf"{_SP}*[)）]{_SP}*$")
#: 某某乡村你去过吗? 第1张图片
_NUMBER_ALONE = re.compile(rf"^{_SP}*第{_SP}*[0-9一二三四五六七八九十]{{1,3}}{_SP}*[张幅]图片{_SP}*$")
_PICTURE_NO = re.compile(rf"^[^\n]{{0,80}}?{_SP}*第{_SP}*[0-9一二三四五六七八九十]{{1,3}}{_SP}*[张幅]图片{_SP}*$")


def credit_caption(line: str) -> bool:
    """Whether a line is a caption closed by its picture's credit, or a picture's alt text and number.

    Examples
    --------
    >>> [credit_caption(x) for x in ("■某某镇新时代文明实践中心揭牌成立 某某供图", "评比 留住,绿水青山! (摄于某某村)",
    ...                               "村民打起苗鼓欢庆“苗年”。新华社记者 某某", "这些乡村你去过吗? 第1张图片")]
    [True, True, True, True]
    >>> credit_caption("我们要组织摄影志愿者为每户拍一张全家福。"), credit_caption("今天接受新华社记者采访时,他说要抓好落实。")
    (False, False)
    >>> credit_caption("会议要求各地抓好落实。记者 某某")      # 报道的最后一句和署名: 句子留下
    False
    """
    if in_speech_voice(line):
        return False
    return bool(_GIVER.match(line) or _TAKEN_AT.match(line) or _AGENCY.match(line) or _PICTURE_NO.match(line)
                or _BRACKET_CREDIT.match(line))


# ---------------------------------------------------------------- forum attachments

_FILE = rf"[^\s()（）]{{1,40}}\.(?:jpe?g|png|gif|bmp|webp|JPE?G|PNG|GIF){_SP}*[(（]{_SP}*[\d.]+{_SP}*(?:KB|MB|K|M|B|kb|mb)"
_ATTACHMENT = re.compile(rf"{_FILE}{_SP}*[,，]{_SP}*下载次数{_SP}*[:：]{_SP}*\d+{_SP}*[)）]"
                         rf"(?:{_SP}*下载附件)?(?:{_SP}*保存到相册)?(?:{_SP}*\d{{4}}-\d{{1,2}}-\d{{1,2}}{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_SP}*上传)?")
_ATTACHMENT_LINK = re.compile(rf"^{_SP}*(?:下载附件|保存到相册|下载附件{_SP}*保存到相册){_SP}*$")
_UPLOADED = re.compile(rf"^{_SP}*\d{{4}}-\d{{1,2}}-\d{{1,2}}{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_SP}*上传{_SP}*$")


_CANDIDATES = re.compile(r"讲话|致辞|致词|致谢|欢迎|先生|女士|发言|报告|主持|宣读|现场|与会|合影|》|颁|授|揭牌|签|赠|参观|察看|查看|调研|考察|观摩|"
                         r"走访|慰问|听取|供图|摄|记者|图片|下载|上传|祝酒|举杯|合唱|齐唱|重温|剪彩|合照|留影|"
                         r"交流|座谈|交谈|握手|采访|讲解|拜年|祭拜|传达|献花|宣誓|发放|宣布|参加|出席|参与")


#: what a credit caption holds (a cheap test before :func:`credit_caption`)
_CREDIT_CUE = re.compile(r"摄|供图|图片|记者")


#: a line that carries on the sentence above it (a page whose lines were broken inside sentences)
_GOES_ON = re.compile(r"^[ \t\u3000]*[。，,、；;：:！？!?）)”」』]")
#: a line of prose: a sentence's end after some text (before the first, a lone caption may be the page's title)
_PROSE = re.compile(r"[\u4e00-\u9fff][^\n]{8,}[。！？!?]")


#: a speech's salutation opening the next line: the line above heads a speech, it is no caption
_OPENS_SPEECH = re.compile(r"^[ \t\u3000]*(?:尊敬的|各位|亲爱的|同志们|女士们|先生们|老师们|同学们|朋友们|大家好|首先|今天)")
#: what a report says of a speaker: 某某在致辞中表示, 某某指出, 某某讲话时说
_REPORTED = r"[^\n。！？!?]{0,12}?(?:表示|指出|强调|说|致辞|致词|讲话|发言|介绍|感谢|回顾|希望|宣布|称)"


def reported_speaker(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the speaker's caption at ``lines[i]`` (某某致辞, 徐董事长讲话) stands in a report about that speaker.

    Alone, such a line may head the speaker's speech.  It is a picture's caption when it stands between two lines
    of prose, the line after it opens no speech (尊敬的…, 同志们…), and a line beside it reports the speaker's words
    (沈某某在致辞中表示…): the report names the speaker with what they said.

    Examples
    --------
    >>> lines = [(0, 0, x) for x in ("3月5日,某商会举行新春团拜会,会长沈某某等出席。", "沈某某致辞",
    ...                              "沈某某在致辞中表示,商会将继续服务会员。")]
    >>> reported_speaker(lines, 1)
    True
    >>> lines[2] = (0, 0, "尊敬的各位来宾:新年好!")          # 下一行是讲话的称呼: 这一行是讲话的标题
    >>> reported_speaker(lines, 1)
    False
    """
    t = lines[i][2].strip()
    m = _SPEAKER_VERB.search(t)
    if m is None or m.start() < 2 or not (0 < i < len(lines) - 1):
        return False
    prev, nxt = lines[i - 1][2].strip(), lines[i + 1][2].strip()
    if not (_PROSE.search(prev) and _PROSE.search(nxt)) or _OPENS_SPEECH.match(nxt):
        return False
    said = re.compile(re.escape(t[:min(m.start(), 3)]) + _REPORTED)     # the speaker's name (沈某某, 徐董事), not a role
    return any(said.search(lines[j][2]) for j in (i - 1, i + 1, i + 2) if j < len(lines))


#: where a flattened page parted its lines: a run of spaces
_GAP = re.compile(r"[ \u3000\u00a0]+")
_ENDS_SENTENCE = re.compile(r"[。！？!?][”」』)）]*$")
_BRIDGE = re.compile(r"^[^。！？!?；;,，:：]{1,20}$")
#: who stands where in the picture: (右), (左二), (前排左3), (中)
_PLACED = re.compile(r"[(（](?:前排|后排)?(?:左|右|中)[一二三四五六七八九十\d]{0,2}[)）]")


#: a guest named under a picture: role, name and honorific, nothing else (某某校友会会长某某某先生)
_GUEST = re.compile(r"^[ \t\u3000]*(?!尊敬|亲爱|各位|致|欢迎|感谢|谢谢|有请|请)[^\n。！？!?,，:：;；“”\"]{4,50}(?:先生|女士|博士|教授)[ \t\u3000]*$")


def named_guest(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``lines[i]`` names a guest under a picture: role, name and 先生/女士, alone or in a run of such lines
    (one under each picture), between two lines of prose.

    A host's list of guests (出席今天大会的有:\\n某某会长某某先生 …) stands after a colon or beside other names,
    and a salutation opens with 尊敬的 or ends with a colon: both stay.

    Examples
    --------
    >>> lines = [(0, 0, x) for x in ("2月1日,某某商会举行新春团拜会,各界嘉宾出席。", "某某校友会新任会长某某某女士",
    ...                              "团拜会上,嘉宾们互致新春祝福,共叙乡情。")]
    >>> named_guest(lines, 1)
    True
    >>> lines[0] = (0, 0, "出席今天大会的嘉宾有:")
    >>> named_guest(lines, 1)
    False
    """
    def guest(k: int) -> bool:
        return bool(_GUEST.match(lines[k][2])) and not in_speech_voice(lines[k][2])

    if not guest(i):
        return False
    a, b = i, i                                  # the run of guests' lines holding this one (one per picture)
    while a > 0 and guest(a - 1):
        a -= 1
    while b < len(lines) - 1 and guest(b + 1):
        b += 1
    if a == 0 or b == len(lines) - 1:
        return False
    prev, nxt = lines[a - 1][2].strip(), lines[b + 1][2].strip()
    return bool(_PROSE.search(prev) and _ENDS_SENTENCE.search(prev) and _PROSE.search(nxt))


#: a line of prose broken off mid-sentence: a clause and its comma, then a character with no punctuation at the end,
#: or a long line broken off after its comma (首先,感谢组织部领导对我这个老组工干部的信任, / 参加…座谈会,…与大家谈谈; 204k)
_WRAPPED_ABOVE = re.compile(r"[^\n]{6,}[,，][^\n]{4,}[\u4e00-\u9fff”’」』][ \t\u3000]*$|[^\n]{12,}[,，、][ \t\u3000]*$")   # …向“光荣在党 50 年” (286k)


def _caption_spans(view: str) -> list[tuple[int, int, str]]:
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans: list[tuple[int, int, str]] = []
    strength = [caption_strength(line) if _CANDIDATES.search(line) else 0 for _, _, line in lines]
    credited = [bool(_CREDIT_CUE.search(line)) and credit_caption(line) for _, _, line in lines]
    seen: dict[str, int] = {}
    for _, _, line in lines:
        seen[line.strip()] = seen.get(line.strip(), 0) + 1
    prose_seen = title_seen = False
    for i, (s, e, line) in enumerate(lines):
        if strength[i] and i + 1 < len(lines) and _GOES_ON.match(lines[i + 1][2]):
            strength[i] = 0                          # a sentence's piece: the next line carries on its punctuation
        if strength[i] and i > 0 and not strength[i - 1] and _WRAPPED_ABOVE.match(lines[i - 1][2]):
            strength[i] = 0                          # a PDF's wrapped sentence goes on (…召开这次安全生产专 / 题会议,…专家讲解…)
        # a neighbour closed by its picture's credit is a sure caption too (仪式现场(某某 摄) / 参加仪式的领导; round 276k)
        near = [strength[j] or (2 if credited[j] else 0) for j in (i - 1, i + 1)
                if 0 <= j < len(lines) and (strength[j] or credited[j])]
        if strength[i] == 2:
            # a lone caption before the first prose line is the page's title, unless a title was repeated before it
            if near or prose_seen or title_seen:
                spans.append((s, e, "photo_caption"))
        elif strength[i] == 1 and (2 in near or reported_speaker(lines, i)):
            spans.append((s, e, "photo_caption"))
        elif ("先生" in line or "女士" in line) and named_guest(lines, i):
            spans.append((s, e, "photo_caption"))
        elif _CANDIDATES.search(line) and credit_caption(line):
            spans.append((s, e, "photo_caption"))
            if _NUMBER_ALONE.match(line) and i > 0 and seen[lines[i - 1][2].strip()] > 1:
                spans.append((*lines[i - 1][:2], "photo_caption"))    # the alt text split off its number
        prose_seen = prose_seen or bool(_PROSE.search(line))
        # a title above: a line repeated (the page's title twice), or a line of eight Chinese characters or more that is
        # no caption (a caption below the page's title is no title)
        title_seen = title_seen or (len(line.strip()) >= 8 and not _PROSE.search(line)
                                    and (seen[line.strip()] > 1 or (not strength[i] and len(_HAN_CHAR.findall(line)) >= 8)))
    for i, j in run_ranges([line for _, _, line in lines]):      # a run of captions, one under each picture
        spans += [(s, e, "photo_caption") for s, e, _ in lines[i:j]]
    attached = set()
    for i, (s, e, line) in enumerate(lines):
        if "下载次数" not in line:
            continue
        for m in _ATTACHMENT.finditer(line):
            spans.append((s + m.start(), s + m.end(), "site_interface"))
            attached.add(i)
    for i in attached:                               # the link and the upload time beside the attachment
        for j in range(max(0, i - 2), min(len(lines), i + 3)):
            s, e, line = lines[j]
            if j != i and (_ATTACHMENT_LINK.match(line) or _UPLOADED.match(line)):
                spans.append((s, e, "site_interface"))
    return spans


def caption_runs(line: str) -> list[tuple[int, int]]:
    """Spans of the captions a flattened page ran together between its sentences, parted by spaces.

    A page flattened by its scraper keeps its pictures' captions as pieces between two sentences (…大力支持。
    某某致词 某某致词 嘉宾合影 嘉宾合影 展览现场 加拿大…).  Two or more pieces in a row that are each a caption
    (:func:`caption_strength`), after a piece that ends a sentence, go when one of them is a sure caption
    (:func:`run_ranges`); a lone piece is left (it may be a heading).

    Examples
    --------
    >>> line = "本次展览得到中心的大力支持。 理事长某某某致词 领事某某某致词 嘉宾合影 嘉宾合影 展览现场 展览展出120幅历史图片。"
    >>> [line[a:b] for a, b in caption_runs(line)]
    ['理事长某某某致词 领事某某某致词 嘉宾合影 嘉宾合影 展览现场 ']
    >>> caption_runs("会议要求抓好落实。 县长某某讲话 同志们:今天召开这次会议。")   # 一个讲话标题: 留下
    []
    """
    pieces, last = [], 0
    for m in _GAP.finditer(line):
        pieces.append((last, m.start(), m.end()))
        last = m.end()
    pieces.append((last, len(line), len(line)))
    return [(pieces[i][0], pieces[j - 1][2]) for i, j in run_ranges([line[a:b] for a, b, _ in pieces])]


def run_ranges(texts: list[str]) -> list[tuple[int, int]]:
    """``(i, j)`` ranges of ``texts`` (lines, or a flattened line's pieces) that are a run of pictures' captions.

    Two or more in a row that are each a caption (:func:`caption_strength`, or a guest placed by (右)/(左二)),
    short pieces without a sentence's end allowed between two of them (剪彩仪式, a name's Latin part), after a
    text that ends a sentence, go when one of them is a sure caption (a scene, a group photo, an agent's act): a
    run of speakers alone is an agenda and stays.

    Examples
    --------
    >>> run_ranges(["会议要求抓好落实。", "某某致辞", "嘉宾合影", "要久久为功。"])
    [(1, 3)]
    >>> run_ranges(["某某致辞", "嘉宾合影"]), run_ranges(["会议要求抓好落实。", "县长某某讲话", "副县长某某讲话"])
    ([], [])
    """
    strength = [caption_strength(t) or (1 if _PLACED.search(t) and not _SENTENCE.search(t) else 0) for t in texts]
    ranges: list[tuple[int, int]] = []
    i = 1
    while i < len(texts):
        j = i
        while j < len(texts) and strength[j] > 0:
            j += 1
            k = j      # a short piece without a sentence's end between two captions (剪彩仪式, a name's Latin part)
            while k < len(texts) and not strength[k] and k - j < 3 and _BRIDGE.match(texts[k].strip()):
                k += 1
            if j < k < len(texts) and strength[k] > 0:
                j = k
        if j - i >= 2 and _ENDS_SENTENCE.search(texts[i - 1].strip()) and 2 in strength[i:j]:
            ranges.append((i, j))
        i = max(j, i + 1)
    return ranges


#: a caption placing the people in its picture ((左三:某某;左二:某某), (前排左起), 从左至右)
_PLACING = re.compile(r"[(（](?:图中|图为)?(?:左|右|前排|后排)(?:[一二三四五六七八九十\d]{1,2}|起)[:：为]?|前排左起|从左至右")
#: people placed in a picture two or more at once, or one named (某某、某某组合(左三、左二), 交谈(右一为老局长)):
#: a caption's own mark, wherever the line stands (round 290k)
_PLACED_PEOPLE = re.compile(r"[(（](?:前排|后排|图中|图为)?[左右][一二三四五六七八九十\d]{1,2}(?:[、,，](?:前排|后排)?[左右][一二三四五六七八九十\d]{1,2})+[)）]"
                            r"|[(（](?:前排|后排)?[左右][一二三四五六七八九十\d]{1,2}(?:为|是)[^()（）\n]{2,20}[)）]")
#: a line of a gallery: one clause (what brackets hold aside), closed by its full stop or by nothing
_GALLERY_LINE = re.compile(r"(?:[^\n。！？!?,，;；:：()（）]|[(（](?:[^\n()（）]|[(（][^\n()（）]{0,20}[)）]){1,100}[)）]){2,80}。?")


def gallery_tail_spans(view: str, *, min_run: int = 3, min_captions: int = 2, min_paragraph: int = 40,
                       tail: int = 6000) -> list[tuple[int, int]]:
    """The lines of a gallery closing the page: a run of short one-sentence lines below its last paragraph, captions.

    Examples
    --------
    >>> page = "驻沪办主任在致辞时表示," + "香港美食汇集中西,沪港两地借着美食文化创建了交流与沟通的新平台。" * 2 + "\\n"
    >>> page += "主礼嘉宾合影(左三:某某;左二:某某)。\\n开场表演。\\n驻沪办主任某某致辞。\\n嘉宾合影留念。\\n返回"
    >>> [page[s:e] for s, e in gallery_tail_spans(page)]
    ['主礼嘉宾合影(左三:某某;左二:某某)。', '开场表演。', '驻沪办主任某某致辞。', '嘉宾合影留念。']
    >>> gallery_tail_spans("同志们:\\n" + "要抓好落实,确保各项任务按期完成,推进全县工作上台阶。" * 3 + "\\n祝大家新年快乐。\\n谢谢大家。")
    []
    """
    top = max(0, len(view) - tail)                # the page's end only: a gallery closes it
    lines = [(top + s, top + e, line.strip()) for s, e, line in iter_lines(view[top:]) if line.strip()][1 if top else 0:]
    k = len(lines)
    while k and len(lines[k - 1][2]) <= 4 and not re.search(r"[。！？!?]", lines[k - 1][2]):
        k -= 1                                   # a button below the gallery (返回, 关闭)
    j = k
    while j and _GALLERY_LINE.fullmatch(lines[j - 1][2]):
        j -= 1
    run = lines[j:k]
    if len(run) < min_run or j == 0 or len(lines[j - 1][2]) < min_paragraph:
        return []
    texts = [t for _, _, t in run]
    # a picture's own mark: people placed in it, a group photo, a line said twice (one caption under two pictures);
    # a run of 某某作述职发言。 without one is a report's list of who spoke and stays
    picture = [bool(_PLACING.search(t) or texts.count(t) > 1 or _GROUP_PHOTO.match(t)) for t in texts]
    captions = sum(p or bool(caption_strength(t.rstrip("。"))) for p, t in zip(picture, texts))
    return [(s, e) for s, e, _ in run] if captions >= min_captions and any(picture) else []


def event_captions(st: CleaningState) -> None:
    """Delete the families of this module (rules ``photo_caption`` and ``site_interface``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("镇里开展人居环境观摩评比。\\n7.jpg (173.59 KB, 下载次数: 157)\\n下载附件\\n2019-11-7 20:01 上传\\n各村要抓好整改。")
    >>> event_captions(st)
    >>> st.doc.output
    '镇里开展人居环境观摩评比。\\n\\n\\n\\n各村要抓好整改。'
    >>> st = CleaningState("今天举行朗读比赛。\\n警校张某某、李某某组合(左三、左二)朗读《铁骨》\\n我们要传承精神。")
    >>> event_captions(st)
    >>> st.doc.output
    '今天举行朗读比赛。\\n\\n我们要传承精神。'
    """
    _, view = st.view()
    if not _CANDIDATES.search(view):
        return
    spans = _caption_spans(view) + [(s, e, "photo_caption") for s, e in gallery_tail_spans(view)]
    if "左" in view or "右" in view:
        spans += [(s, e, "photo_caption") for s, e, line in iter_lines(view)
                  if len(line.strip()) <= 120 and _PLACED_PEOPLE.search(line) and not in_speech_voice(line)]
    for s, _e, line in iter_lines(view):
        if len(line) > 80 and ("  " in line or " " in line.strip()):
            spans += [(s + a, s + b, "photo_caption") for a, b in caption_runs(line)]
    st.delete_spans(spans)
