"""News leads: the opening of a news report before its first sentence, read with one grammar, and the rules that remove it.

A lead is made of a few parts, in this order, each optional but the kind:

========  ==============================================================  ======================
part      what                                                            examples
========  ==============================================================  ======================
frame     brackets around the lead, or a dash, colon or space after it     【…】 (…) 〔…〕 ——
source    a newsroom, an agency, a paper, a site, a platform, an          本报 新华社 某某日报
          association (``_SITE``, ``_AGENCY``, ``_NEWSROOM``)             某某网 某某融媒 某某商会
place     a place after the source, often after a space                   北京 某地
day       an optional year and month and a day, in figures or Chinese     3月13日 三月十八日 12日
          numerals, with a converter's spaces (``_WIRE_DAY``)             3 月 18 日
kind      讯, 电 (not a word's first character: 电视, 电话), 消息, 报道,   讯 電 消息 综合报道
          in Simplified or Traditional script (``_WIRE_KIND``)
credit    the reporters, in brackets or after a credit word               (记者 某某) 通讯员某某
          (``_BRACKET``, ``_REPORTER``)
========  ==============================================================  ======================

Words that end in 讯 or 消息 but name no source stay (通讯, 喜讯, 佳讯, 资讯, 简讯, 快讯, 最新消息), as do a speech's own
sentences that cite a report (据某某日报报道, …), so a lead goes only before the first character of its sentence.

The rules, in the order :data:`corpusmine.text.clean.RULES` runs them:

* :func:`composed_leads` (rule ``byline``, first, inside :func:`dateline_leads`): a lead composed of the parts above,
  framed (【某某客户端某地3月13日综合报道】, (中新网12日电), 〔某某网北京讯〕) or bare with a day or before a bracket or a
  colon (某某融媒某县三月十八日综合报道(通讯员 某某), 本网北京12日讯…, 某某晚报某县报道:), with the reporters' bracket and the
  colon after it, so that no frame, bracket or colon is left behind by a rule that read only a part.
* :func:`dateline_leads` (rule ``byline``): agency and site datelines (新华社某地10月11日电(记者 某某), 中新网1月23日电,
  某某网 某地6日电, 据某社电), a site's lead before a date or a space (某某讯 10月14日…), leads that credit another
  paper (据本报常驻某地记者某某报道,), a short caption glued in front of a lead, and a wire's end mark ((完));
  lost characters printed as ``???`` in front of a line (rule ``ascii_junk``).
* :func:`lead_brackets`: a bracket of reporters after a lead's 讯 or 电 that the other rules left.
* :func:`news_leads` (rule ``byline``): a site's or a newsroom's lead with its byline (某某网讯(记者 某某),
  本报某地5月3日讯, 某某信息港讯 通讯员 某某, 本刊讯 记者某某报道:), leads in black brackets (【某某网讯】据某网报道,),
  leads that lost their opening bracket (某某网报道】), a place and a day in brackets ((某地12日讯)), a place's lead
  in brackets or before a dash ((金边讯), 某地讯——), an association's lead (某某商会讯:), a quoted report with its
  reporter (据某某晨报报道(记者 某某)), a contributor's credit (某某镇供稿(某某)), a site in brackets before white space,
  a bracketed byline opening a line, reporters' credits (…记者某某报道), a content platform's account label
  (头条号:某某), a wire's credit closing a paragraph ((1月3日新华社)), a source in black brackets with its column
  alone on a line (【某某新闻】社区动态), and a circled edition code after a
  paragraph's last sentence (②9, rule ``site_interface``).

The rules were gathered here from :mod:`corpusmine.text.news_chrome`, :mod:`corpusmine.text.page_notes` and
:mod:`corpusmine.text.media_chrome` (session o); each removal is an audited edit (``reconstruct(cleaned, audit) ==
raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("新华社北京5月3日电(记者 王某)3日,某某会议在京召开。\\n"
...                    "【某某网讯】据某网报道,10月23日,某工委召开干部会议。\\n要加强通讯网络建设,及时报送喜讯。")
>>> for rule in (dateline_leads, lead_brackets, news_leads):
...     rule(st)
>>> st.doc.output
'3日,某某会议在京召开。\\n10月23日,某工委召开干部会议。\\n要加强通讯网络建设,及时报送喜讯。'
"""

from __future__ import annotations

import re

from corpusmine.text.anchors import back_over, register
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import lines_with

__all__ = ["DATELINE_ALONE", "NEWSROOM_BRACKET", "PAPER_DATELINE", "REPORTER_INLINE", "REPORTER_LEAD", "REPORTER_LINE",
           "SIGN_OFF", "composed_leads", "dateline_leads", "lead_brackets", "news_leads"]

_SP = "[ \\t\\u3000]"
_HAN = "\\u4e00-\\u9fff"
_SPC = r" \t\u3000"
#: the reporters' bracket after a lead: (记者 某某), (某某 某某)
_BRACKET = r"[(（][^()（）\n]{0,40}[)）]"
#: the newsroom's kind of reporter before 记者 (全媒体记者, 首席记者, 见习记者 …)
_REPORTER_KIND = "(?:全媒体|融媒体?|首席|特约|见习|摄影|实习)"
#: a credit word before the reporters' names
_REPORTER = rf"(?:{_REPORTER_KIND}?记者|通讯员|实习生)"
#: words ending in 讯 or 消息 that name no source: a lead is never one of them
_NO_SOURCE = "(?:喜讯|佳讯|捷讯|资讯|通讯|简讯|快讯|短讯|电讯|小道消息|内部消息|最新消息)"

#: a character of a name in a lead: no white space, digit, punctuation or bracket
_NO_PUNCT = r"[^\s\d,，。:：;；!！?？()（）“”\"【】<>《》、|]"
#: a news house's last word: the one vocabulary of the leads' sources (the views are Simplified)
_NEWS_HOUSE = r"(?:通讯社|广播电视台|电视台|日报|晚报|时报|早报|新闻|在线|客户端|融媒体?|之声|头条|频道|APP|社|网|报|台|站)"
#: a site or agency name before a dateline
_SITE = rf"{_NO_PUNCT}{{1,14}}?"
#: an agency or a site, then a place: 新华社印度金奈, 中新网杭州 (a dateline's 电 follows its date)
_AGENCY = rf"{_NO_PUNCT}{{0,12}}?{_NEWS_HOUSE}{_NO_PUNCT}{{0,8}}?"
#: what follows a lead without a byline: a date or a time word
_DATE_WORD = r"(?:\d{1,2}月\d{1,2}日|\d{1,2}日|昨天|昨日|今天|今日|近日|日前|连日来|近期|本月|上月|当天|\d{4}年)"
#: a short caption glued in front of a lead (某某讲话 某某网讯…), then white space
_CAPTION_FIRST = rf"(?:[^\s,，。:：;；!！?？()（）]{{2,12}}{_SP}+)?"
#: a dateline's date, in figures or in Chinese numerals: 10月11日, 三月十八日
_WIRE_NUM = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
#: the day of a dateline: a year, a month (both may be missing: 北京6日电) and a day, in figures or Chinese numerals,
#: with a converter's spaces (3 月 18 日)
_WIRE_DAY = rf"(?:\d{{4}}{_SP}*年{_SP}*)?(?:{_WIRE_NUM}{_SP}*月{_SP}*)?{_WIRE_NUM}{_SP}*日"
#: a wire's 电, not the first character of a word (电视, 电话, 电力 …)
_WIRE_KIND = r"[电電](?![视視话話网網力商子影台臺报報信价费費站梯动動器源厂量池缆纜路气氣能线線脑腦])"
#: (a paper's 专电 and 急电 too: 本报某地1月27日专电; held-out round 56)
_WIRE_DATE = rf"{_WIRE_DAY}{_SP}*(?:专|急)?{_WIRE_KIND}"
#: the one grammar of wire datelines (session n merged page_notes._LEAD_WIRED into it): 新华社某地10月11日电(记者 …) |
#: 新华社某地3月13日电汇聚… | 某某网 某地6日电 | 据某社电 | 中新网1月23日电 (据某报报道, after it stays: the sentence's
#: own attribution, which annotators of held-out round 39 counted as speech) | 某某讯 10月14日 | 某某网讯(记者 …)
#: | 据本报常驻某地记者某某报道, | 某报综合某社、某社报道, | 某某云报道 …
#: round 263k: a flattened report's photo caption closed by its credit, run into the wire's dateline on the same line
#: (某某向大会报告工作(某某社 某某摄) 某某社北京3月9日电(记者 某某)十四届…): both go, the report's first sentence stays
_CAPTION_WIRE = re.compile(rf"(?:^|(?<=[。！？!?]))[^。！？!?\n]{{4,150}}?[(（][^()（）\n]{{0,12}}{_SP}*[{_HAN}]{{2,4}}{_SP}*摄[)）]{_SP}*"
                           rf"{_AGENCY}(?:{_SP}{_NO_PUNCT}{{1,8}}?)?{_SP}*{_WIRE_DATE}[,，:：]?(?:{_SP}*{_BRACKET})?", re.M)
_DATELINE = re.compile(
    rf"^{_SP}*{_CAPTION_FIRST}(?:"
    rf"(?:据{_SP}*)?{_AGENCY}(?:{_SP}{_NO_PUNCT}{{1,8}}?)?{_SP}*{_WIRE_DATE}[,，:：]?(?:{_SP}*{_BRACKET})?"
    rf"|据{_SP}*{_AGENCY}{_WIRE_KIND}[,，:：]?(?:{_SP}*{_BRACKET})?"
    rf"|[【\[]{_NO_PUNCT}{{1,8}}[】\]]{_SP}*{_NO_PUNCT}{{0,8}}?{_WIRE_DATE}(?:{_SP}*{_BRACKET}|{_SP})"
    rf"|{_SITE}(?<![喜通资音死警电简])(?:讯|(?<![好坏新喜这此该的个条则些到])消息){_SP}*(?:{_BRACKET}|{_SP})(?={_SP}*{_DATE_WORD})"
    rf"|{_SITE}(?<![喜通资音死警电简])讯{_SP}*(?:{_BRACKET}|{_SP}(?={_SP}*{_DATE_WORD}))"
    rf"|据[^,，。\n]{{0,20}}?记者[^,，。\n]{{1,12}}?报道[,，]"
    rf"|{_SITE}综合[^,，。\n]{{1,24}}?报道[,，]"
    # a site's 报道 before a space, its 消息 before a space or a colon, a place between: 某某云报道 , 某某网某地消息:
    # (据 leads a sentence; 某某日报报道: quotes a paper)
    rf"|(?!据){_NO_PUNCT}{{1,8}}?(?:网|台|报|社|新闻|融媒|云|客户端|APP|之声|头条){_NO_PUNCT}{{0,6}}?(?:报道{_SP}+|消息(?:{_SP}+|{_SP}*[:：]))"
    # a site, a date, the reporters in brackets, a place, then 消息/讯: 某某网3月21日(某某,某某)某镇消息,
    rf"|{_NO_PUNCT}{{1,10}}?(?:网|报|台|社|新闻|融媒|客户端){_SP}*\d{{1,2}}月\d{{1,2}}日{_SP}*{_BRACKET}{_NO_PUNCT}{{0,8}}?(?:消息|讯)[,，:：]"
    # a portal's lead that names only the day: 11月24日消息, | 北京时间3月5日晚间消息: (消息传来, 消息称 are a sentence's)
    rf"|(?:北京时间{_SP}*)?{_WIRE_DAY}{_SP}*(?:凌晨|早间|上午|中午|下午|晚间|晚)?{_SP}*消息{_SP}*[,，:：]"
    rf"){_SP}*(?=\S)",
    re.M,
)
#: the end mark of a wire report after the last sentence: …的问题。(完)
_WIRE_END = re.compile(r"(?<=[。！？!?”])[ \t\u3000]*[(（]完[)）][ \t\u3000]*$")
#: lost characters printed as ??? (or ? ?) in front of a line (a mirror's indent), then white space
_LOST_INDENT = re.compile(rf"^{_SP}*(?:[?？\ufffd]{_SP}*){{2,}}(?<=[ \t\u3000?？\ufffd])(?=[^\s?？\ufffd])|^{_SP}*(?:[?？\ufffd]{_SP}*){{2,}}$", re.M)


#: the parts of a composed lead (see the module docstring): a source ending in a news house's word, a place, a day, a kind
#: (a source's name holds no function word: 近期大家可能在各种网络媒体上看到这样一则消息: is a speaker's, round 190k)
_LEAD_SOURCE_NAME = rf"(?:(?![〔〕\[\]的了是在对把将]){_NO_PUNCT}){{0,12}}?"
_COMPOSED_SOURCE = rf"(?:本报|本网|本台|本刊|本站|{_LEAD_SOURCE_NAME}{_NEWS_HOUSE})"
#: a character of a place or a column between a source and its kind (no function word: 新华社记者的报道 is a sentence)
_PLACE_CHAR = r"(?:(?![的了是和与在对把将])[\u4e00-\u9fff])"
_COMPOSED_PLACE = rf"(?:{_SP}?{_PLACE_CHAR}{{2,6}}?)?"
_COMPOSED_KIND = r"(?:综合)?(?:讯|电|消息|报道|报导)"
#: what may follow a lead before its sentence: the reporters in brackets, a colon, white space
_COMPOSED_AFTER = rf"(?:{_SP}*{_BRACKET})?{_SP}*[:：]?{_SP}*"
#: a lead composed of its parts, framed by brackets: 【某某客户端某地3月13日综合报道】(记者 某某), (中新网12日电)(记者 某某),
#: 〔某某网北京讯〕: … (before 据某某报道, the black-bracket rule takes both); without a frame, a day and a kind before a
#: bracket, a colon or white space (某某融媒某县三月十八日综合报道(通讯员 某某)…, 本报北京12日报道 …), a day and 讯, 电 or
#: 消息 glued to the sentence (本网北京12日讯今年以来…; 讯息, 电话, 消息称 stay), or a kind before the reporters' bracket
#: (某某时报某县综合报道(通讯员 某某)), or a place or column between the source and a kind before a colon (某某网海外华商
#: 报道:): 某某日报报道: (a paper quoted, nothing between), 某某日报报道指出, 新华社报道了…, 某某中心3月13日报道了…, 新华社记者的
#: 报道(见附件) and 据某某网报道, stay
_COMPOSED_LEAD = re.compile(
    rf"^{_SP}*(?:[【(（〔\[]{_SP}*{_COMPOSED_SOURCE}{_COMPOSED_PLACE}(?:{_SP}*{_WIRE_DAY})?{_SP}*{_COMPOSED_KIND}{_SP}*[】)）〕\]](?!{_SP}*据)"
    rf"|(?!据){_COMPOSED_SOURCE}{_COMPOSED_PLACE}(?:{_SP}*{_WIRE_DAY}{_SP}*(?:{_COMPOSED_KIND}(?=[{_SPC}:：(（])"
    rf"|(?:讯(?![息号问员])|{_WIRE_KIND}|消息(?![称说指显])))"
    rf"|{_SP}*{_COMPOSED_KIND}(?={_SP}*[(（][^()（）\n]{{0,6}}{_REPORTER})"
    rf"|{_SP}?{_PLACE_CHAR}{{2,6}}?{_SP}*{_COMPOSED_KIND}(?={_SP}*[:：])))"
    rf"{_COMPOSED_AFTER}(?=\S)", re.M)


# ---------------------------------------------------------------- leads read inside other modules' one-pass rules
# (those rules read a page once for several families; they take these patterns from here)

_NAMES = r"(?:[\u4e00-\u9fff][ \t\u3000]?){2,4}"
#: a reporter's closing line, alone: 某某新闻记者 某某 某地报道 (:mod:`corpusmine.text.media_chrome`)
#: (a media brand of any name may open it: 新唐人记者某某、某某纽约报导; held-out round 55)
SIGN_OFF = re.compile(rf"^{_SP}*(?P<pre>[{_HAN}]{{0,8}}{_NEWS_HOUSE}|本报|本台|本网|[{_HAN}A-Za-z]{{1,8}}?)?{_REPORTER_KIND}?记者"
                      rf"{_SP}*(?P<mid>[{_HAN}、 ]{{2,14}})报[道导]{_SP}*$")
#: an agency's or a newsroom's dateline alone on its line: 新华社北京2月6日电, 本报某地1月27日专电 (:mod:`corpusmine.text.media_chrome`)
DATELINE_ALONE = re.compile(rf"^{_SP}*(?:新华社|中新社|中新网|人民网|央视网|本报|本台|本网)[{_HAN}]{{2,8}}"
                            rf"\d{{1,2}}月\d{{1,2}}日(?:专电|电|讯){_SP}*$")
#: a newsroom's lead in brackets with its reporters: (某某网讯 记者 某某) (:mod:`corpusmine.text.page_labels`)
NEWSROOM_BRACKET = re.compile(rf"(?m)^{_SP}*[(（]{_SP}*[{_HAN}]{{0,6}}[网报台刊]讯{_SP}*{_REPORTER}"
                              rf"[{_HAN}、 \u3000]{{2,24}}[)）]")
#: a reporter line alone: 记 者 某某, 全媒体记者某某报道, 记者 | 某某 某某 (:mod:`corpusmine.text.news_body`)
REPORTER_LINE = re.compile(
    rf"^{_SP}*(?:全媒体|融媒体|本报|本台|本网|特约)?(?:记{_SP}+者|记者(?=[^\n]*报[道导]{_SP}*$)){_SP}*[|｜:：]?{_SP}*"
    rf"{_NAMES}(?:{_SP}*[、,，]?{_SP}*{_NAMES}){{0,3}}{_SP}*(?:[/／∕╱]{_SP}*)?(?:报道|报导)?{_SP}*$"   # 记者某某/报导 (256k)
)
#: a reporter and place opening a paragraph: 记者某某/某地报导, 【记者某某/某地报导】, (某某新闻)【本报记者某地综合报道】
#: (:mod:`corpusmine.text.news_body`)
REPORTER_LEAD = re.compile(
    rf"^{_SP}*(?:[(（][^()（）\n]{{2,14}}(?:新闻|报道|讯)[)）]{_SP}*)?"
    rf"(?:[【\[][^】\]\n]{{0,8}}(?:记者|特派员)[^】\]\n]{{1,16}}?(?:报道|报导)[】\]]"   # 【某地特派员某某/某地报导】 (256k)
    # a paper's correspondent in brackets: 【某某日报驻某地记者某某】
    rf"|[【\[][^】\]\n]{{0,12}}驻[^】\]\n]{{1,8}}?记者{_SP}*{_NAMES}[】\]]"
    rf"|(?:本报|本台|本网)?记者{_SP}*{_NAMES}{_SP}*[/／∕╱]{_SP}*[\u4e00-\u9fff]{{2,8}}(?:综合)?(?:报道|报导)){_SP}*"
)
#: a newsroom's reporters' credit anywhere on a line: 全媒体记者某某、某某报道: (:mod:`corpusmine.text.news_body`)
REPORTER_INLINE = re.compile(rf"(?:全媒体|融媒体)记者{_SP}*{_NAMES}(?:{_SP}*[、,，]{_SP}*{_NAMES}){{0,2}}{_SP}*(?:报道|报导)(?:{_SP}*[:：])?")
#: a paper's dateline with its reporters' credit: 本报某地5月3日电 记者某某报道: (:mod:`corpusmine.text.report_furniture`;
#: a no-break space counts as white space there)
PAPER_DATELINE = re.compile(rf"本报[{_HAN}]{{0,8}}\d{{1,2}}月\d{{1,2}}日(?:电|讯)[ \t\u3000\xa0]*"
                            rf"(?:[{_HAN}]{{0,10}})?记者[{_HAN}、 ]{{2,24}}报道[ \t\u3000\xa0]*[:：]")


def composed_leads(st: CleaningState) -> None:
    """Leads composed of the grammar's parts, with the reporters' bracket and the colon after them (rule ``byline``).

    Runs first among the lead rules, so that a frame, the bracket and the colon go with the lead they belong to.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("〔某某网3月13日电〕(记者王某 通讯员李某):今年以来,全县扎实推进乡村振兴。\\n"
    ...                    "某某融媒某县三月十八日综合报道(通讯员 张某)全县召开推进会。\\n"
    ...                    "某某日报报道指出,要坚持稳中求进。\\n某某中心3月13日报道了这次会议。")
    >>> composed_leads(st)
    >>> st.doc.output
    '今年以来,全县扎实推进乡村振兴。\\n全县召开推进会。\\n某某日报报道指出,要坚持稳中求进。\\n某某中心3月13日报道了这次会议。'
    """
    st.delete_line_starts(("讯", "电", "消息", "报道", "报导"), _COMPOSED_LEAD, "byline")


def dateline_leads(st: CleaningState) -> None:
    """Agency datelines and leads without a site word opening a paragraph (rule ``byline``); ``???`` indents (``ascii_junk``).

    The lead goes only up to the first character of the sentence; a caption
    of two to twelve characters in front of it goes with it.  Also leads that
    credit another paper (据本报常驻某地记者某某报道, 某报综合某社报道,), a
    site's 报道 before a space, a site's 消息 before a bracket or a space and a
    date (某某网消息 3月18日, 某阳消息(某某)6月25日), a bracketed site before a
    dateline (【某网】 北京3月10日电), and a wire's end mark ((完)) closing a line
    that holds one of these leads or the page.  通讯, 喜讯 and
    a 电 that does not follow a date (电话, 电视) stay.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("??? 本报讯 (王某 李某)3月13日,县指挥部召开会议。\\n"
    ...                    "中新网1月23日电 据某某报报道,新春将至,市委召开座谈会。\\n"
    ...                    "某某日照讯 10月14日上午,全市推进会召开。\\n"
    ...                    "某某讲话 某某网讯(记者 某某) 20日,州政府召开全体会议。\\n"
    ...                    "中新社北京三月十八日电 (记者 某某)大会今天闭幕。\\n据本报常驻某地记者某某报道,会议举行闭幕会。(完)\\n"
    ...                    "喜讯 10月14日传来,我县获评文明城市。")
    >>> dateline_leads(st)
    >>> st.doc.output
    '3月13日,县指挥部召开会议。\\n据某某报报道,新春将至,市委召开座谈会。\\n10月14日上午,全市推进会召开。\\n20日,州政府召开全体会议。\\n大会今天闭幕。\\n会议举行闭幕会。\\n喜讯 10月14日传来,我县获评文明城市。'
    """
    _, view = st.view()
    lost = []
    for s, e, _line in lines_with(view, "?？\ufffd", follow="?？\ufffd \t\u3000\n"):
        m = _LOST_INDENT.match(view, s, e)
        if m and m.end() > m.start():
            lost.append((m.start(), m.end()))
    st.doc.delete_many(lost, "ascii_junk")
    composed_leads(st)
    _, view = st.view()
    spans = []
    for s, e, line in sorted(set(lines_with(view, "讯") + lines_with(view, ("电", "電"), after="日社网網报報台臺闻聞专急") + lines_with(view, ("报道", "消息")))):
        m = _DATELINE.match(view, s, e)
        if m and m.end() > m.start():
            spans.append((m.start(), m.end()))
        elif "摄" in line and (m := _CAPTION_WIRE.search(view, s, e)):
            spans.append((m.start(), m.end()))
        m = _WIRE_END.search(line)
        if m:
            spans.append((s + m.start(), s + m.end()))
    end = len(view.rstrip())
    if view.endswith(("完)", "完）"), 0, end):           # a wire's end mark closes the page
        s = view.rfind("\n", 0, end) + 1
        m = _WIRE_END.search(view, s, end)
        if m and (m.start(), m.end()) not in spans:
            spans.append((m.start(), m.end()))
    st.doc.delete_many(sorted(spans), "byline")


_KIND_BRACKET = re.compile(rf"(?<=[讯电])[(（](?:[{_HAN}]{{0,6}})?(?:记者|通讯员)[{_SPC}:：]*[{_HAN}]{{2,4}}"
                           rf"(?:[{_SPC}、,，]+[{_HAN}]{{2,4}}){{0,4}}{_SP}*[)）]")


def lead_brackets(st: CleaningState) -> None:
    """Delete a bracket of reporters after a lead's 讯 or 电 that the news rules left (rule ``byline``): it runs
    after :mod:`corpusmine.text.news_chrome`, which takes an agency's whole dateline with its bracket.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某网某站11月9日讯(分站记者 某某某)全县召开推进会。")
    >>> lead_brackets(st)
    >>> st.doc.output
    '某网某站11月9日讯全县召开推进会。'
    """
    st.delete_matches(_KIND_BRACKET, "byline")


#: a newsroom's credits after its lead, closed by 报道: — the reporters' desk before each credit word, the names
#: after it (某某网讯 某某新闻传媒中心记者某某 通讯员某某报道:2月20日…; held-out round 302k)
_CREDITS_REPORTED = (rf"(?:[\u4e00-\u9fff]{{0,12}}?{_REPORTER}{_SP}*[\u4e00-\u9fff]{{2,4}}?(?:[、,，][\u4e00-\u9fff]{{2,4}}?)*"
                     rf"(?:{_SP}+|(?=报[道导]))){{1,3}}报[道导][:：]")
#: the dateline lead of a news report at the start of a line, with its byline: 某某网讯(记者 某某), 本报某地5月3日讯,
#: 某某信息港讯 通讯员某某 某某 (the site word before 讯 keeps 通讯, 喜讯 and the like out), and any paper's name
#: before a date and 讯 (某某江8月31日讯(某某): a date before 讯 is a dateline)
_LEAD = re.compile(
    rf"^{_SP}*(?:(?:本报|本网|本台|本刊|本站|本報|本網|本臺|[^\s\d,，。:：;；!！?？()（）“”【】]{{1,14}}?(?:[网網][库庫]?|[报報]|[台臺]|在线|在線|客户端|APP|融媒|新闻|新聞|信息港|之声|之聲|头条|頭條|社|风|風))"
    rf"(?:[^\s,，。\d]{{0,6}}\d{{1,2}}月\d{{1,2}}日|[\u4e00-\u9fff]{{2,4}}(?<![通喜资简快电视音短佳捷]))?"
    rf"|[^\s\d,，。:：;；!！?？()（）“”【】]{{2,14}}?\d{{1,2}}月\d{{1,2}}日(?=[讯訊](?![息号问])))[讯訊](?![员員息号號问問]){_SP}*[:：]?{_SP}*"
    rf"(?:{_BRACKET}"
    rf"|(?:{_REPORTER}{_SP}*[:：]?{_SP}*[\u4e00-\u9fff]{{2,4}}(?:(?:{_SP}+|[、,，]){_SP}*[\u4e00-\u9fff]{{2,4}})*{_SP}+)+"
    rf"|{_CREDITS_REPORTED})?"
    rf"{_SP}*(?=\S)",
    re.M,
)
#: a paper's report quoted by the lead, with its reporter: 据某某晨报报道(记者 某某) (据某某日报报道, alone, is a sentence)
_QUOTED_REPORT = re.compile(rf"^{_SP}*据[^\s,，。:：()（）]{{2,14}}?(?:[报報]|[网網]|[台臺]|社)报道{_SP}*[(（]{_SP}*(?:记者|通讯员)[^()（）\n]{{1,24}}[)）]{_SP}*", re.M)
#: the paper a wire lead quotes, left at the line's start after the lead went, parted from the date by white space
#: (某某网6月18日讯 据某某日报报道 6月17日,…; held-out round 302k): with a comma after it, 据某某日报报道, is a sentence's
_QUOTED_SPACED = re.compile(rf"^{_SP}*据[^\s,，。:：()（）]{{2,14}}?(?:[报報]|[网網]|[台臺]|社)报道{_SP}+(?={_DATE_WORD})", re.M)
#: a reposting site's own lead glued before the lead it copied (某某18讯: 某某新闻网讯 (记者 某某)…; held-out round 303k):
#: its name may hold digits or Latin letters, and another lead's 讯 follows within a few characters
_LEAD_BEFORE_LEAD = re.compile(rf"^{_SP}*[\u4e00-\u9fffA-Za-z0-9]{{2,10}}[讯訊][:：]{_SP}*(?=[^\s,，。:：]{{2,14}}[讯訊])", re.M)
#: a place's or a paper's lead opening a line, alone in brackets ((金边讯), 〔本报消息〕, 〔某地讯〕) or closed by a dash
#: (某地讯——创刊于某地的…); 喜讯, 资讯, 通讯 and the like are no place
_PLACE_LEAD = re.compile(
    rf"^{_SP}*(?:[(（〔【\[]{_SP}*(?!{_NO_SOURCE})[\u4e00-\u9fff]{{2,6}}(?:讯|訊|消息){_SP}*[)）〕】\]]"
    rf"|(?!{_NO_SOURCE})[\u4e00-\u9fff]{{2,6}}[讯訊]{_SP}*(?:——|—|--|－－)){_SP}*", re.M)
#: an association's news lead with its colon: 某某商会讯:, 某某同乡总会讯: (a colon required: 商会会讯第十期 is a sentence)
_ASSOCIATION_LEAD = re.compile(rf"^{_SP}*[^\s\d,，。:：;；!！?？()（）“”【】]{{1,14}}?(?:[会會馆館]|中心)[讯訊]{_SP}*[:：]{_SP}*", re.M)
#: a byline in brackets opening a line: (记者 某某 通讯员 某某)
_BYLINE_BRACKET = re.compile(rf"^{_SP}*(?:[|｜]{_SP}*)?[(（](?:本报|本网|[^()（）\s]{{1,8}}?(?:频道|台|网|报|社|中心))?{_REPORTER}[^()（）\n]{{1,30}}[)）]{_SP}*(?=\S)", re.M)
#: the same byline alone on its line: (某某频道特约记者 某某)
_BYLINE_BRACKET_LINE = re.compile(rf"^{_SP}*[(（](?:本报|本网|[^()（）\s]{{1,8}}?(?:频道|台|网|报|社|中心))?{_REPORTER}{_SP}*[\u4e00-\u9fff·、 \t]{{2,20}}[)）]{_SP}*$", re.M)
#: a news site's name and colon, then its desk and reporter in brackets, glued to the lead: 某某新闻网:(政治部 某某)
#: (round 250k; the names parted from the desk by a space)
_SITE_BRACKET = re.compile(rf"^{_SP}*[^\s\d,，。:：;；!！?？()（）“”【】]{{1,10}}?{_NEWS_HOUSE}{_SP}*[:：]{_SP}*[(（]{_SP}*"
                           rf"(?:[\u4e00-\u9fff]{{1,8}}{_SP}+|{_REPORTER}{_SP}*)[\u4e00-\u9fff·]{{2,4}}"
                           rf"(?:{_SP}*[、,，]?{_SP}*[\u4e00-\u9fff·]{{2,4}}){{0,3}}{_SP}*[)）]{_SP}*(?=\S)", re.M)
#: the same byline inside a line a flattened page joined: after a heading's white space or a sentence's end, before
#: the lead's prose (…干部会议上强调 (记者 某某)随着…; held-out round 54 flattened); names and credit words only
_BYLINE_MIDLINE = re.compile(rf"(?:(?<=[\u4e00-\u9fff”][ \t\u3000])|(?<=[。！？!?]))[(（](?:本报|本网)?{_REPORTER}{_SP}*"
                             rf"[\u4e00-\u9fff·、 \t]{{2,30}}[)）](?=[\u4e00-\u9fff\d])")
#: the reporter's credit opening a paragraph before white space: 记者某某报导 澳洲某某总会24日… (held-out round 55);
#: names only between 记者 and 报导 (记者要做好报道 工作 is a sentence)
_SIGN_OPENER = re.compile(rf"^{_SP}*(?:本报|本台|本网)?{_REPORTER_KIND}?记者{_SP}*(?![^报\n]*[的们要做好把将对在为请让])"
                          rf"{_NAMES}(?:、{_NAMES}){{0,2}}{_SP}*报[道导]{_SP}+(?=[{_HAN}\d])", re.M)
#: an account label alone with its account's name: 华人号:某某新华侨 (the label opening a lead is _ACCOUNT_LEAD)
_ACCOUNT_LINE = re.compile(rf"^{_SP}*(?:头条|百家|企鹅|网易|搜狐|大鱼|华人|一点|澎湃|新浪|趣头条|视频|微信)号{_SP}*[:：]{_SP}*"
                           rf"[^\s,，。:：!！?？]{{1,16}}{_SP}*$", re.M)
#: a lead in black brackets, with the source it cites: 【某某网讯】据某某报道,
_LEAD_BLACK = re.compile(rf"^{_SP}*【[^【】\n]{{1,16}}(?:讯|消息|电)】(?:据[^,，。\n]{{1,14}}报道[,，]?)?{_SP}*(?:(?=\S)|$)", re.M)
#: a site's short name in black brackets before its reporters' bracket: 【某网】(某某日报全媒体记者 某某) (held-out round 302k)
_BLACK_NAME_BYLINE = re.compile(rf"^{_SP}*【[^【】\s,，。]{{1,8}}】{_SP}*[(（][^()（）\n]{{0,14}}?{_REPORTER}[^()（）\n]{{1,24}}[)）]{_SP}*(?=\S)", re.M)
#: a site's lead whose opening 【 was lost (某某网报道】, 某某网讯】), a compiled report's credit glued to its text
#: (某某侨讯综合报道自6月起,…), a paper's reporter glued before the date (某某报记者某某采访报导2018年8月18日晚,…), a
#: site named with its address before its sentence (某某网(http://…)某某总会换届大会近日举行:)
_LEAD_GLUED = re.compile(
    rf"^{_SP}*(?:[^\s\d,，。:：;；!！?？()（）“”【】]{{1,14}}?(?:网|报|台|社|新闻)(?:报道|讯|消息)】"
    rf"|[\u4e00-\u9fff]{{1,12}}(?:网|报|社|台|讯|新闻)综合(?:报道|报导|消息)(?:{_SP}+(?=\S)|(?=[\u4e00-\u9fff\d]))"
    rf"|[\u4e00-\u9fff]{{2,10}}(?:报|网|台|社|新闻)(?:首席|特约|见习)?记者[\u4e00-\u9fff]{{2,3}}?(?:采访)?(?:报导|报道)(?=\d|[(（]|{_SP})"
    rf"|[\u4e00-\u9fff]{{2,10}}(?:网|报|台)[(（]{_SP}*(?:https?://)?[\w.\-/]+\.[a-z]{{2,6}}[\w./\-]*{_SP}*[)）]){_SP}*[:：]?{_SP}*",
    re.M)
#: a wire's bracketed credit closing a paragraph: …新局面。(1月3日新华社), …成效。(新华社)
_CLOSING_WIRE = re.compile(rf"(?<=[。！？!?”])[ \t\u3000]*[(（](?:\d{{1,2}}月\d{{1,2}}日{_SP}*)?(?:新华社|中新社|中新网|人民网|央视网"
                           rf"|(?<=日)[\u4e00-\u9fff]{{1,8}}(?:社|网|报|台))(?:电|讯|报道)?[)）][ \t\u3000]*$", re.M)
#: a reporters' credit opening a line and ending in 报道 before a space: 某某报、某某网 某某、记者某某报道 …
_LEAD_REPORT = re.compile(rf"^{_SP}*[^\n。！？!?,，]{{0,40}}?(?:记者|通讯员)[^\n。！？!?,，]{{1,12}}?报道{_SP}+(?=\S)", re.M)
#: a newspaper's dateline lead alone on a line: its name (and its address), the reporters, the place and 报道
#: (某某时报(www.….cn)记者 某某 北京报道, 本报记者 某某 某某 某地报道); a heading about reporting has no name after 记者
_REPORT_LINE = re.compile(
    rf"^{_SP}*[^\n。！？!?,，；;]{{0,40}}?(?:记者|記者|通讯员|通訊員)(?:{_SP}*[:：]?{_SP}*[\u4e00-\u9fff·]{{2,4}}){{1,4}}"
    rf"{_SP}+[\u4e00-\u9fff]{{2,6}}(?:报道|報道){_SP}*$"
)
#: a contributor's credit opening a paragraph: an office, 供稿 and the writer in brackets (某某镇供稿(某某)为深入…)
_LEAD_SUPPLIED = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,14}}供稿{_SP}*[(（][\u4e00-\u9fff·、 ]{{2,16}}[)）]{_SP}*(?=\S)", re.M)
#: a report's line announcing the transcript below it: 以下为某公司董事长某某致辞实录:, 以下是讲话全文 (a host's 下面请某某讲话
#: and a speaker's 下面是我的讲话要点: stay)
_TRANSCRIPT_INTRO = re.compile(rf"^{_SP}*(?:以下|下面)(?:为|是){_NO_PUNCT}{{0,40}}?(?:讲话|致辞|致词|发言|演讲|报告|贺词|寄语)"
                               rf"(?:全文|实录|原文|摘要|摘登|要点|节选|稿){_SP}*[:：]?{_SP}*$")
#: a news site's name in brackets opening a paragraph before its white space (（某某党建网）   26日,…), found after
#: the newline before it (the view is read with a newline before it: ``re`` jumps between newlines)
_LEAD_SOURCE = re.compile(
    rf"\n{_SP}*[(（][\u4e00-\u9fff]{{2,14}}(?:[网網]|[报報]|[台臺]|融媒|客户端|新闻|新聞)[)）](?:{_SP}{{2,}}|\u3000)(?=\S)"
)
#: a content platform's account label opening a line: 头条号:某某, 百家号:某某新闻 (the name through a media word when
#: one closes it within ten characters, else the label alone)
_ACCOUNT_LEAD = re.compile(
    rf"^{_SP}*(?:头条|百家|企鹅|网易|搜狐|大鱼|华人|一点|澎湃|新浪|趣头条)号{_SP}*[:：]{_SP}*"
    rf"(?:[^\s,，。:：!！?？]{{0,8}}?(?:头条|新闻|发布|日报|晚报|在线|之声|融媒|资讯|观察|视点|传媒|网){_SP}*)?",
    re.M,
)
#: a place and a day in brackets opening a paragraph, as Chinese papers abroad and wires write them ((某地12日讯))
_BRACKETED_DAY = re.compile(rf"^{_SP}*[(（][\u4e00-\u9fff]{{1,10}}{_SP}?{_WIRE_NUM}日(?:电|讯){_SP}?[)）]{_SP}*(?=\S)", re.M)
#: any short bracketed lead ending in 讯/电/报道 (【本报某某报道】, (某报某地讯), 【某某网讯】), or a site and a date
#: before 讯 (某某网(2019-9-12)讯:)
_BRACKET_LEAD = re.compile(
    rf"^{_SP}*(?:[(（【\[](?=[^()（）【】\[\]\n]{{0,20}}?(?:本报|本刊|本台|本网|记者|通讯员|网|报|台|社|新闻|\d+日)[^()（）【】\[\]\n]{{0,20}}?(?:讯|电|报道|报导)[)）】\]])"
    rf"[^()（）【】\[\]\n。，,!！?？]{{1,20}}(?:讯|电|报道|报导)[)）】\]]"
    rf"|[\u4e00-\u9fffA-Za-z]{{1,10}}(?:网|报|台|社|新闻)[(（][\d\-./年月日 ]{{4,12}}[)）](?:讯|电)[:：]?){_SP}*(?=\S|$)", re.M)
#: 本报讯, 本刊讯 … with the credit that follows; 讯 before a space, a colon, a bracket, a date or a credit (本报讯员 stays)
_NEWSROOM = re.compile(
    rf"^{_SP}*(?:本报|本刊|本台|本网|本站)(?:[\u4e00-\u9fff]{{0,4}})?讯"
    rf"(?:{_SP}+|[:：]|(?=[(（\d]|记者|通讯员|实习生|特约))"
    rf"(?:{_BRACKET}|(?:(?:记者|通讯员|实习生|特约)[^:：\n。！？]{{0,40}}?(?:报道|报导|撰稿)?[:：]))?{_SP}*(?=\S)", re.M)
#: a source in black brackets and its column, alone on a line: 【南加新闻】社区动态, 【某某网】 (a tag without a news
#: house's word, 【乡村振兴】, stays)
_SOURCE_COLUMN = re.compile(rf"^{_SP}*【[^【】\n]{{1,10}}(?:新闻|网|报|台|社|电视|在线|融媒体?|客户端)】{_SP}*[\u4e00-\u9fff]{{0,8}}{_SP}*$", re.M)
#: a credit opening a paragraph, what an earlier rule leaves of a newsroom lead (记者某某、通讯员某某报道:)
_CREDIT_LEAD = re.compile(rf"^{_SP}*{_REPORTER}[\u4e00-\u9fff、 \t]{{2,40}}?(?:报道|报导|撰稿)[:：]{_SP}*(?=\S)", re.M)
#: a site's or a paper's name and its writer's in brackets opening a paragraph: (某某网 某某)2019年9月26日晚,…
_MEDIA_WRITER = re.compile(rf"^{_SP}*[(（][\u4e00-\u9fff]{{1,10}}(?:网|报|台|社|新闻|融媒体?|客户端){_SP}+[\u4e00-\u9fff]{{2,4}}"
                           rf"(?:{_SP}*[、,，]{_SP}*[\u4e00-\u9fff]{{2,4}})*{_SP}*[)）]{_SP}*(?=\S)", re.M)
#: a paper's or a broadcaster's name opening a news paragraph with a colon (某某日报:侨界昨天举行…, 某某电视台:…); the
#: name is two to eight characters closed by a news house's word, and a sentence follows
_PAPER_LEAD = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,8}}(?:日报|晚报|早报|时报|商报|侨报|邮报|周刊|新闻网|电视台|广播电台|通讯社)"
                         rf"{_SP}*[:：]{_SP}*(?=[\u4e00-\u9fff\d]{{2}}[^\n]{{8,}})", re.M)
_CIRCLED = re.compile("[\u2460-\u2473]")
#: a circled edition code after the last sentence of a paragraph (…确保成效。②9)
_EDITION_CODE = register(re.compile(rf"(?<=[。！？!?”]){_SP}*[\u2460-\u2473]\d{{0,2}}{_SP}*$", re.M),
                         tuple(map(chr, range(0x2460, 0x2474))), back_over(" \t\u3000"))


def news_leads(st: CleaningState) -> None:
    """Dateline leads and bylines opening a paragraph of a news report (rule ``byline``) and circled edition codes.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某某新闻网讯(记者 王某 李某)1月14日上午,县委召开会议。\\n"
    ...                    "本报某地10月30日讯 (记者 张某)29日,全市开展志愿服务。\\n"
    ...                    "某某信息港讯 通讯员王某 郭某 4月1日,街道召开推进会。确保成效。②9\\n"
    ...                    "【某某网讯】据某网报道,10月23日,某工委召开干部会议。\\n| (记者 某某)9月14日,召开河长制会议。\\n"
    ...                    "要加强通讯网络建设,及时报送喜讯。\\n百家号:某某新闻人勤春来早。\\n某某在会上强调 (记者 王某)会议指出,要抓落实。")
    >>> news_leads(st)
    >>> st.doc.output
    '1月14日上午,县委召开会议。\\n29日,全市开展志愿服务。\\n4月1日,街道召开推进会。确保成效。\\n10月23日,某工委召开干部会议。\\n9月14日,召开河长制会议。\\n要加强通讯网络建设,及时报送喜讯。\\n人勤春来早。\\n某某在会上强调 会议指出,要抓落实。'
    """
    st.delete_line_starts(("讯】", "消息】", "电】"), _LEAD_BLACK, "byline")
    st.delete_line_starts(("】(", "】（", "】 (", "】 （"), _BLACK_NAME_BYLINE, "byline")
    st.delete_line_starts(("报道】", "讯】", "消息】", "综合报道", "综合报导", "综合消息", "报导", "报道", "http", "www", ".com", ".cn", ".cc", ".net", ".org"), _LEAD_GLUED, "byline")
    st.delete_matches(_CLOSING_WIRE, "byline")
    st.delete_line_starts(("讯:", "讯：", "訊:", "訊："), _LEAD_BEFORE_LEAD, "byline")
    st.delete_line_starts(("讯", "訊"), _LEAD, "byline")
    st.delete_line_starts(("会讯", "會訊", "馆讯", "館訊", "中心讯"), _ASSOCIATION_LEAD, "byline")
    st.delete_line_starts(("讯)", "讯）", "讯〕", "讯】", "消息)", "消息）", "消息〕", "消息】", "讯]", "消息]", "讯—", "讯-", "讯 —",
                                "訊—"), _PLACE_LEAD, "byline")
    st.delete_line_starts(("报道(", "报道（", "报道 (", "报道 （"), _QUOTED_REPORT, "byline")
    st.delete_line_starts(("报道 ", "报道\t", "报道\u3000"), _QUOTED_SPACED, "byline")
    st.delete_line_starts(("供稿",), _LEAD_SUPPLIED, "byline")
    st.delete_lines_holding(("以下", "下面"), lambda l: "我" not in l and bool(_TRANSCRIPT_INTRO.match(l)), "byline")
    _, view = st.view()
    st.doc.delete_many([(m.start(), m.end() - 1) for m in _LEAD_SOURCE.finditer("\n" + view)], "byline")   # shifted by one
    st.delete_line_starts(("记者", "通讯员", "实习生"), _BYLINE_BRACKET, "byline")
    st.delete_line_starts(("记者", "通讯员", "实习生"), _BYLINE_BRACKET_LINE, "byline")
    st.delete_line_starts((":(", ":（", "：(", "：（", ": (", "： ("), _SITE_BRACKET, "byline")
    _, view = st.view()
    if "记者" in view or "通讯员" in view:
        st.delete_matches(_BYLINE_MIDLINE, "byline")
    st.delete_line_starts(("报道", "報道"), _LEAD_REPORT, "byline")
    st.delete_lines_holding(("报道", "報道"), lambda l: len(l.strip()) <= 80 and bool(_REPORT_LINE.match(l)), "byline")
    st.delete_line_starts(("号:", "号："), _ACCOUNT_LINE, "byline")
    st.delete_line_starts(("号:", "号："), _ACCOUNT_LEAD, "byline")
    st.delete_line_starts(("报道", "报导"), _SIGN_OPENER, "byline")
    st.delete_line_starts(("日电", "日讯"), _BRACKETED_DAY, "byline")
    st.delete_line_starts(("讯", "电", "报道", "报导"), _BRACKET_LEAD, "byline")
    st.delete_line_starts(("讯",), _NEWSROOM, "byline")
    st.delete_line_starts(("报道", "报导", "撰稿"), _CREDIT_LEAD, "byline")
    st.delete_line_starts(("】",), _SOURCE_COLUMN, "byline")
    st.delete_line_starts(("报", "刊", "网", "台", "社"), _PAPER_LEAD, "byline")
    st.delete_line_starts(("(", "（"), _MEDIA_WRITER, "byline")
    _, view = st.view()
    if _CIRCLED.search(view):
        st.delete_matches(_EDITION_CODE, "site_interface")
