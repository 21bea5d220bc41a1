"""A site's report *about* a speech, above the speech's own opening at the page's head (rule ``news_lead``, session v).

A page that carries a speech often opens with a few paragraphs the site wrote about it: an account's teaser
(刚刚,某某发表了新年献词,强调了……。一起来看看吧。), a repost's introduction (……这篇发言稿短短两千字,值得细读。),
a news desk's lead (某月某日,某某大会在某地举行。某某出席并讲话。).  The speech itself starts below them with its
own opening: a salutation (亲爱的同学们: / 尊敬的各位来宾,今天……, glued or alone on its line) or its own title line
(《以创新为核心竞争力》——某某 / 在某某大会上的讲话).  :mod:`corpusmine.text.lead_ins` takes such a report when a
full-text lead-in (全文如下:) stands between them; this rule takes it when the speech's opening does.

The report is taken only when all of these hold (held-out round 72 had the family on three pages of 38; the speech
sentences of every page and of ``benchmarks/speech_loss.py`` decide the guards):

* it is the page's head: its first line is the page's first line closed by a sentence's end (。！？), and no
  salutation stands above it;
* it is one to :data:`MAX_LINES` lines, each closed by a sentence's end and at most :data:`MAX_LINE` characters,
  none a numbered heading;
* at least one of its lines speaks *of* the speech (:data:`SPEAKS_OF`: 发表了……讲话, 在讲话中强调, 这篇发言稿,
  出席并致辞, 讲话全文, 某某在某会上讲话, 某某在某会上的致辞) or of its publishing (全文刊发, 以飨读者);
* no line addresses an audience or speaks in the first person outside quotation marks (我, 我们, 同志们, 各位,
  大家), unless it names the speech twice (发表了国庆献词……在讲话中强调了我们一年来的成就): such a line is the
  speech's own (习近平总书记发表重要讲话,为我们指明了方向。);
* right below it stands the speech's opening (the page's first salutation, a transcript's speaker tag in brackets
  ([某某]各位委员:, round 147k), or a title line naming the speech's genre), followed by at least :data:`MIN_SPEECH` Chinese characters;
  up to three short lines with no sentence's end may stand between them and a salutation (the speech's title block:
  its title and its speaker; they stay, and a site's name alone among them goes; round 207k-209k), unless one is a
  collection's part heading (第1篇) or the report repeats a line (a collection's title said twice);
* its last line may be the site's invitation to read the speech (让我们一同品读某校长的开学致辞, round 207k).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = ("新年献词\\n昨天,某市市长发表了新年献词。在献词中市长强调了过去一年的成就。一起来看看吧。\\n"
...         "亲爱的市民朋友们,新年的钟声即将敲响,我代表市委市政府,向全市人民致以新年的祝福!过去一年,我们攻坚克难,成绩来之不易。")
>>> st = CleaningState(page)
>>> report_heads(st)
>>> st.doc.output.splitlines()[1]
''
>>> page = page.replace("昨天,某市市长发表了新年献词。在献词中", "今年我们取得了好成绩。")
>>> st = CleaningState(page)
>>> report_heads(st)          # a line in the first person that speaks of no speech: the speech's own
>>> st.doc.output == page
True
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.boundaries import SECTION_HEADING
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import chinese_after, iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["GENRE", "MAX_LINE", "MAX_LINES", "MIN_SPEECH", "QUOTED", "SAYS_OPENING", "SPEAKS_OF", "TITLE_LINE", "in_report_voice", "report_heads"]

#: lines of a report at most, and characters of one line
MAX_LINES = 5
MAX_LINE = 300
#: Chinese characters of speech at least below the opening
MIN_SPEECH = 40
#: the page's head read for a report: lines looked at before the speech's opening is given up
_HEAD_LINES = 16

#: the genres of a speech's text (讲话, 致辞, 欢迎词 …), also read by :mod:`corpusmine.text.lead_ins`
GENRE = (r"(?:讲话|致辞|发言|演讲|贺词|报告|致词|讲稿|答问|记者会|谈话|演辞|讲辞|献词|答词|欢迎词|欢送词|答谢词|祝酒词"
         r"|开幕词|闭幕词|演说|讲演|讲词)")
#: a sentence that speaks of the speech as a thing said or written (third person, the site's voice)
SPEAKS_OF = re.compile(
    rf"(?:发表|作|做|进行)了?[^。！？!?\n]{{0,30}}?{GENRE}"
    rf"|{GENRE}(?:中|时)[^。！？!?\n]{{0,12}}(?:强调|指出|表示|提到|说)"
    rf"|(?:这|整|该|此|全)篇[^。！？!?\n]{{0,8}}(?:{GENRE}|讲稿|文章|稿)"
    rf"|出席[^。！？!?\n]{{0,40}}并(?:{GENRE}|作报告)"
    rf"|(?:由|^|(?<=[,，。]))[^。！？!?\n我]{{2,30}}?代表[^。！？!?\n我]{{0,20}}?(?:致辞|致词|讲话|发言)"
    r"|(?:首先|随后|接着|然后|最后)(?:致辞|致词|讲话|发言|作报告|作了?讲话)"
    r"|(?:颁|颁发|发来|致)了?(?:书面)?(?:贺词|贺信|贺电)"
    rf"|{GENRE}(?:全文|原文|实录|摘要)"
    rf"|(?:在|于)[^。！？!?\n]{{0,40}}?(?:会议?|仪式|开幕式|闭幕式|典礼|活动|论坛|峰会|晚会|庆典)上?(?:讲话|致辞|致词|发言|演讲|作报告)"
    rf"|(?:在|于)[^。！？!?\n]{{2,40}}?(?:上|中)的(?:重要)?{GENRE}"
    r"|刊发|刊登|摘登|编发|以飨读者|转载请注明"
    # a desk's press conference, its spokesman's words below (某中心召开2019年某某新闻发布会。; round 211k)
    r"|(?:召开|举行)[^。！？!?\n]{0,30}?(?:新闻发布会|发布会|记者会|吹风会)"
    # a role and the genre closing the sentence (…主席高云龙全会演讲。 / 校长某某致辞。; round 160k)
    rf"|(?:^|(?<=[。！？!?,，、\s]))[^。！？!?\n我请由]{{0,24}}?(?:主席|书记|省长|市长|县长|区长|镇长|部长|局长|校长|院长|会长|理事长|董事长|总裁|总经理|大使|总领事|主任)"
    rf"[^。！？!?\n我请由]{{0,8}}?{GENRE}(?=[。！!]|\s*$)")
#: the speaker's own voice: first person, or a word addressing the audience
_OWN_VOICE = re.compile(r"我|咱们|同志们|各位|大家|你们")
#: a quotation (“…”, 「…」, 『…』, "…"): the speaker's words a report quotes, not the report's own voice
QUOTED = re.compile(r"“[^”\n]*”?|「[^」\n]*」?|『[^』\n]*』?|\"[^\"\n]*\"?")
_BEGUN_LINE = re.compile(r"[。！？!?;；]")
_SENTENCE_END = re.compile(r"[。！？!?][”’」』)）]*[ \t\u3000]*$")
#: a speech's opening salutation, alone on its line or glued before its first sentence
_SALUTATION = re.compile(
    r"^[ \t\u3000]*(?:尊敬的|亲爱的|各位|女士们|先生们|老师们|同学们|同志们|朋友们|乡亲们|家人们|Dear\b)"
    r"[^\n。！？!?:：,，]{0,30}[:：,，!！]")
#: a transcript's speaker tag in brackets opening the speech's first line ([某某]各位委员: / 【某某】 今天…; round 147k)
_SPEAKER_TAG = re.compile(r"^[ \t\u3000]*[\[【][\u4e00-\u9fff·]{2,8}[\]】]")
#: a speech's own title line: 《题目》——某某, or a line naming the genre (在某某大会上的讲话, 毕业典礼致辞)
TITLE_LINE = re.compile(
    r"^[ \t\u3000]*(?:《[^》\n]{2,60}》[ \t\u3000]*(?:[—\-－–─]{1,2})[ \t\u3000]*[\u4e00-\u9fff·]{2,12}"
    rf"|[^\n。！？!?,，]{{2,60}}{GENRE}(?:稿|全文)?(?:[(（][^)）\n]{{1,12}}[)）])?)[ \t\u3000]*$")


#: a report's list of guests from places (……以及来自北京、贵州、云南各地的鸽友们): 各地 there is no speech's subject
#: (round 83)
_FROM_PLACES = re.compile(r"来自[^,，。！？!?;；\n]{0,24}?各地"
                          # those honoured or gathered from across the city (来自全市不同行业的10位某某受到表彰; round 211k)
                          r"|来自全[省市县区][^,，。！？!?;；\n]{0,24}?的"
                          # the audience as the object of a reported effect, after a comma (他…讲解,让大家度过了愉快的周末; round 144k)
                          r"|(?<=[,，])(?:让|使|令)大家(?=[^,，。！？!?;；\n]{0,20}(?:度过|了解|受益|感受|领略|明白))"
                          # a list of those who came (全国各商协会代表、各地驻京办代表…齐聚一堂; round 154k)
                          r"|(?:全国|各地|各)[^,，。！？!?;；\n、]{0,12}?(?:代表|负责人|嘉宾)"
                          r"(?=[^,，。！？!?;；\n要]{0,60}?(?:齐聚一堂|欢聚一堂|出席了|参加了|应邀出席|应邀参加))")


#: the site's invitation to read or hear the speech below, a report's last line (让我们一同品读某校长的开学致辞,感悟…。;
#: round 207k): its 我们 is the site's and its readers', and it names the speech's genre
_INVITES = re.compile(rf"(?:下面|接下来|现在)?[,，]?(?:就)?(?:让我们|请大家|和小编|跟随小编)(?:一起|一同|共同)来?"
                      rf"(?:品读|聆听|阅读|欣赏|重温|感受|看看|来看)[^。！？!?\n]{{0,20}}?(?:{GENRE}|寄语)"
                      r"[^。！？!?\n]{0,24}[。！!][ \t\u3000]*$")
#: a speech's title block between the report and the salutation: its title and its speaker, short lines with no
#: sentence's end (守好某某,铸就某某 / 某某中学校长某某; round 207k)
_TITLE_BLOCK_LINE = 40
#: the site's name alone on a line of the title block (某某网, round 209k): it goes with the report
_SITE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}网\s*$")
#: a collection's part heading above the salutation (第1篇, 篇一): no title block of a reported speech
_PART_HEADING = re.compile(r"^\s*(?:第\s*[\d一二三四五六七八九十]+\s*篇|篇\s*[\d一二三四五六七八九十]+)\s*$")

#: the audience as the object of a reported greeting (代表…热烈欢迎各位嘉宾, 向各位来宾致意): the report's, not the speech's voice
#: (round 141k)
_GREETED = re.compile(r"(?:欢迎|感谢|问候|向)各位[\u4e00-\u9fff]{0,6}")


def _own_voice(line: str) -> bool:
    return bool(_OWN_VOICE.search(_GREETED.sub("", QUOTED.sub("", line))))


def in_report_voice(text: str) -> bool:
    """Whether a sentence or line speaks as a site's report does, not as the speech (read by every report rule).

    Outside its quotations (the speaker's words a report quotes) it holds no first person and no audience
    (我, 咱们, 同志们, 各位, 大家, 你们), no salutation, and nothing in the speech's voice
    (:func:`corpusmine.text.speech_voice.in_speech_voice`: 全县, 各村, 要抓好 …).

    Examples
    --------
    >>> in_report_voice("10月8日,某某中学举行庆祝大会。校长某某在会上讲话。")
    True
    >>> in_report_voice("某某表示:“我们要抓好落实。”"), in_report_voice("我们要抓好落实。")
    (True, False)
    >>> in_report_voice("他深入浅出地讲解,让大家度过了一个愉快的周末。"), in_report_voice("我们要让大家度过一个平安的春节。")
    (True, False)
    >>> in_report_voice("出席仪式的有某某主任,以及来自北京、云南各地的鸽友们。"), in_report_voice("各地各部门要切实抓好这项工作。")
    (True, False)
    """
    own = _FROM_PLACES.sub("", QUOTED.sub("", text))
    return not (_OWN_VOICE.search(own) or P.SALUTATION.search(text) or in_speech_voice(own))


def _report(lines: list[tuple[int, int, str]]) -> bool:
    if not 1 <= len(lines) <= MAX_LINES:
        return False
    speaks = False
    for _, _, line in lines:
        text = line.strip()
        if len(text) > MAX_LINE or not _SENTENCE_END.search(text) or SECTION_HEADING.match(text):
            return False
        if _INVITES.match(text):
            speaks = True
            continue
        said = len(SPEAKS_OF.findall(QUOTED.sub("", text)))
        if said and (said >= 2 or not _own_voice(text)):
            speaks = True
        elif _own_voice(text):
            return False
    return speaks


def _spoken_tag(line: str) -> bool:
    """A speaker's tag opening what was said ([某某] 同志们:, [某某] 现在开会。), not a column's tag before a headline
    (【两会连线】某某:文化产业…的关键; round 179k)."""
    m = _SPEAKER_TAG.match(line)
    rest = line[m.end():].strip() if m else ""
    return bool(m) and (not rest or rest[-1] in ":：" or bool(_SENTENCE_END.search(rest)))


#: the report giving the speech in its own words, opening a line (某某指出,要把握好…; 某某同时强调,…): the speech's text as the
#: report carries it, which ends the report above a caption (held-out round 305k)
SAYS_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:同志)?(?:同时|还|最后|进一步|在讲话中|在致辞中)?(?:指出|强调|表示|要求|认为|希望)[,，:：]")


def report_heads(st: CleaningState) -> None:
    """Delete a report about the speech standing above the speech's opening at the page's head (module docstring).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the report's lines are deleted with rule ``news_lead``.

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("5月4日上午,全县创文动员大会召开。县委书记张三出席会议并讲话。\\n"
    ...                    "《凝心聚力 全力以赴创建全国文明城市》——张三\\n"
    ...                    "今天,我们召开全县创建文明城市动员大会,主要任务是统一思想,明确任务,全力以赴打赢创建攻坚战。")
    >>> report_heads(st)
    >>> st.doc.output.startswith("\\n《凝心聚力")
    True
    """
    _, view = st.view()
    head: list[tuple[int, int, str]] = []
    for s, e, line in iter_lines(view):
        if not line.strip():
            continue
        if len(head) >= _HEAD_LINES:
            return
        head.append((s, e, line))
        if _SALUTATION.match(line) or _spoken_tag(line) or (head[:-1] and TITLE_LINE.match(line)):
            break
    else:
        return
    *above, (s, e, opening) = head
    own_line = _SALUTATION.match(opening) or _spoken_tag(opening)
    if not chinese_after(view, s + (len(opening) if not own_line else 0), MIN_SPEECH):
        return
    first = next((k for k, (_, _, l) in enumerate(above) if _SENTENCE_END.search(l.strip())), None)
    if first is None:       # (no salutation above it: the first salutation is the opening)
        return
    report = above[first:]
    block = 0       # the speech's title and speaker lines just above its salutation stay
    while (own_line and block < 3 and len(report) > 1 and len(report[-1][2].strip()) <= _TITLE_BLOCK_LINE
           and not _BEGUN_LINE.search(report[-1][2]) and not _PART_HEADING.match(report[-1][2])):
        report, block = report[:-1], block + 1
    if block and len({line.strip() for _, _, line in report}) < len(report):
        return      # a line said twice above a title block is a collection's title (某某发言稿4篇 校长发言!), no report
    if _report(report) and not any(SAYS_OPENING.match(line.strip()) for _, _, line in report):
        st.delete_spans([(a, b, "news_lead") for a, b, _ in report]
                        + [(a, b, "site_name") for a, b, line in above[first + len(report):] if _SITE_NAME.match(line)])
