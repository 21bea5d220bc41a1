"""Lines a site or a news desk writes around a speech, told by their words wherever they stand (session t).

The families of held-out round 63 that the line rules before this module left (each written here in its own
words; no page's string is kept):

* **full-text lead-ins** (rule ``news_lead``): a news desk's line announcing the text below it, closed by a colon:
  一句第三人称的导语 + 全文如下: (…举行春节招待会,某某总领事致辞。全文如下:), or 以下为某某在…上的致辞全文: / 讲话如下:,
  also closed by an invitation to listen (…以下是讲话全文,和某某一起聆听校长的寄语吧!; round 207k).
  A line in the speaker's voice (我…, 同志们) stays, and so does a lead-in inside a sentence (…的意见如下:一是…).
  The desk's report above such a lead-in goes with it (round 68-69: 某月某日,某会在某地举行。某某出席并讲话。 /
  以下是文字实录:): up to :data:`MAX_REPORT_LINES` lines of third-person sentences right above it, at the page's
  head (no sentence above them) and with the speech after the lead-in; a title, a dateline or a line in the speaker's
  voice ends the report.
* **glued lead-ins** (rule ``news_lead``, round 78): on a flattened page the report, its lead-in and the speech are
  one line (……发表国庆演说,全文约四千字。 以下是某某的演说全文: 各位贵宾……): the lead-in goes in the page's head,
  with the report before it on its line when that speaks of the speech in the report's voice
  (:func:`corpusmine.text.report_heads.in_report_voice`, read by the report above a lead-in line too).
* **release leads** (rule ``news_lead``, round 65): a government release's one-sentence line saying who spoke where
  today, with the date in brackets (某某司长今日(四月十五日)在某某活动致辞。).
* **closing notes** (rule ``news_lead``, round 159k): a release's bracketed note alone on its line below the speech,
  saying what the text above it was ((以上是某某某月某日在某某典礼的视像致辞文本)).
* **English lead-ins** (rule ``news_lead``): a government release's English line before a translation (Following is
  the translation of the speech by …:, The following is the full text of the remarks …:).
* **parallel translations** (rule ``translation``, round 68): a paragraph of English prose (a line of twelve or more
  Latin words and no Chinese character, or such a run glued after the last Chinese of a line, round 72) on a page
  whose Chinese holds at least :data:`MIN_PAGE_HAN` characters: a
  bilingual page's translation beside the speech, not the Chinese speech the corpus studies.  A short English line (a
  title, a name, an organisation's English name) stays.
* **publishing notes** (rule ``editor_note``, round 169k): the desk saying it publishes what follows, in a short line
  of its own voice (为分享会议的精彩内容,将与会嘉宾的观点摘编刊发。).
* **date-and-publisher rows** (rule ``meta_row``): a posting date with the publishing office alone on a line
  (2015年02月13日 某国驻某国大使馆, 2021-05-08 某县人民政府办公室); a date with a place or an event stays
  (2015年2月11日晚,堪培拉).
* **template wrappers** (rule ``editor_blurb``): a writing assistant's frame around a model text: 以下是一个简洁的
  示例,您可以根据实际情况进行调整: above it, 这只是一个基础的模板,您可以根据…进行修改。希望这个示例对您有所帮助! below.
  A speaker does not offer the audience a model to adapt.
* **genre promotions** (rule ``editor_blurb``): a template site's sentence praising its text to a single reader
  (…是某某演讲稿的经典,只要你仔细体会其中的技巧,你一定能够…): a genre word with 你 (not 你们) or 您 and a reader's
  verb (技巧, 借鉴, 参考, 写作 …).
* **column follow prompts** (rule ``editor_blurb``): 更多资讯请继续关注某某栏目 / 敬请关注本站 (alone, or as the last
  sentence of a blurb).
* **echo intros** (rule ``editor_blurb``): a blurb line (…小编…整理的…,欢迎阅读。) whose other sentences are the
  speech's own sentences repeated further down the page (a template site builds its teaser from the speech's
  opening): the whole line goes; a sentence found nowhere else on the page keeps the line to the rules that cut
  blurbs alone.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("某某举行招待会,某某总领事致辞。全文如下:\\n各位来宾:\\n大家晚上好!")
>>> lead_ins(st)
>>> st.doc.output
'\\n各位来宾:\\n大家晚上好!'
>>> lead_in_rule("我就做好今年的工作讲三点意见如下:") is None
True
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import chinese_after, iter_lines
from corpusmine.text.report_heads import GENRE, QUOTED, SAYS_OPENING, SPEAKS_OF, TITLE_LINE, in_report_voice
from corpusmine.text.site_intros import GENRE_WORD
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["lead_in_rule", "lead_ins"]

_SP = r"[ \t\u3000\xa0]"
#: …全文如下: / …致辞全文: / 以下为…的讲话: / …致词内容为: closing a line
_FULL_TEXT = re.compile(
    rf"(?:(?:全文|原文|实录|讲话|致辞|致词|发言|演讲|演辞|演词|演说|讲词)(?:节录|摘录|摘编|节选|内容)?(?:转录|整理)?(?:如下|附后)"
    rf"|(?:{GENRE}|感言|声明|宣言)(?:内容)?(?:中英文?(?:对照)?版?|双语版?|中文版)?(?:全文|原文|实录|摘要|要点)"   # 就职演说中英版全文: (277k)
    rf"|^{_SP}*[\u4e00-\u9fff]{{2,4}}全文(?=[:：])"       # a speaker's name and 全文: alone (某某某全文:; round 277k)
    rf"|^{_SP}*现(?:摘录|摘编|节选|转载|刊发|刊登|将)[^\n。！？!?]{{2,80}}?{GENRE}[^\n。！？!?]{{0,20}}?如下"   # 现摘录某某…讲话及照片如下: (279k)
    rf"|^{_SP}*(?:具体|详细)内容如下{_SP}*(?:[(（][^()（）\n]{{0,10}}查看[)）])?"   # 具体内容如下(滑动可查看) (round 290k)
    rf"|{GENRE}(?:内容)?(?:全文|内容)为"     # 总统致词内容为: / 书面贺词全文为: (round 138k) / 致词内容全文为: (165k)
    rf"|^{_SP}*(?:以下|下面|下列)(?:为|是)(?:[^\n。！？!?]{{2,120}}{GENRE}(?:简?稿|内容|的?(?:结语|结尾|节录|节选|摘要|要点))?"   # 演辞的结语 (264k)
    rf"|[^\n。！？!?]{{0,120}}(?:全文|全篇|原文|实录|节录|摘录)))"
    rf"(?:[,，]?(?:与|和)(?:你|您|大家)分享|[,，][^\n。！？!?]{{0,20}}(?:一起|一同)(?:聆听|品读|阅读|来看|感受)[^\n。！？!?]{{0,20}}?吧?[!！])?"
    rf"{_SP}*(?:[(（][^()（）\n]{{1,12}}[)）]{_SP}*[:：∶]|[:：∶。]?|——)"     # 以下是致辞摘要—— (round 213k)
    rf"[)）]?{_SP}*$")          # closing a bracketed note ((…应邀致辞。以下为致辞全文); round 154k)
_NOTE_END = re.compile(r"[(（][^()（）\n]{1,12}[)）][ \t\u3000]*$")
#: the speaker's voice or the audience addressed: no desk's lead-in
_FIRST_PERSON = re.compile(r"我|咱们|同志们|各位|大家")
_EN_LEAD = re.compile(
    r"^[ \t\u3000]*(?:The[ \t]+)?Following[ \t]+(?:is|are)[ \t]+(?:the[ \t]+|a[ \t]+)?"
    r"(?:(?:full[ \t]+)?(?:text|translation|transcript)s?[ \t]+of[ \t]+(?:the[ \t]+|a[ \t]+)?)?"
    r"(?:speech|remarks|address|statement|opening[ \t]+remarks|keynote|toast|message)\b[^\n]{0,300}[:：][ \t]*$",
    re.I | re.M)
_RELEASE_LEAD = re.compile(r"今日[(（][^)）\n]{0,12}月[^)）\n]{0,6}日[)）][^\n。]{2,80}(?:致辞|致词|讲话|发言|演讲|致开幕辞|致欢迎辞)[。.]?[ \t\u3000]*$")
#: a briefing's transcript opens with who held it and whom it invited (某办今日上午举行新闻发布会,请某某介绍…并答记者问。;
#: round 198k)
_BRIEFING_LEAD = re.compile(r"举行[^\n。]{0,12}(?:新闻发布会|发布会|吹风会|记者会|通气会)[,，][ \t]*(?:请|邀请)[^\n。]{2,150}?"
                            r"(?:介绍|通报|解读)[^\n。]{0,150}?(?:答记者问|回答记者提问)[。.]?[ \t\u3000]*$")
#: a government release's line saying whose text follows (下稿代立法会秘书处发出:), round 84
_ISSUED_FOR = re.compile(r"^下稿代[^\n。！？!?]{2,40}?(?:发出|发放|发布)[:：]?$")
_DATE = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
_OFFICE = (r"(?:大使馆|使馆|总领事馆|领事馆|总领馆|代表处|人民政府|政府|委员会|常委会|办公室|办公厅|宣传部|日报|晚报|报社"
           r"|电视台|广播电视台|融媒体中心|新闻中心|新闻网|网站|大学|学院|学校|研究所|研究院|医院|协会|商会|总工会)")
#: a date and the office that posted the page, alone on a line
_DATE_OFFICE = re.compile(rf"^{_SP}*{_DATE}(?:{_SP}*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_SP}+"   # (日10:33: glued too)
                          rf"(?:来源[:：]{_SP}*)?[\u4e00-\u9fff（）()]{{2,30}}?{_OFFICE}{_SP}*$", re.M)
#: the desk saying it publishes the texts below (现将…摘编刊发, 特此刊登如下,以飨读者)
_PUBLISHED = re.compile(r"(?:现|特|今|将|予以)[^。！？!?\n]{0,24}?(?:摘编|摘登|节选|全文)?(?:刊发|刊登|刊载)(?:如下|于后)?[,，]?(?:以飨读者|供参考)?[。:：]?$")
#: a writing assistant's frame around a model text
_WRAPPER = re.compile(
    r"(?:您|你)可以根据[^\n。！？!?]{0,40}(?:调整|修改|改编|补充|完善|个性化|增减|删减)"
    r"|(?:这|以上|上面|上述)(?:只|仅|仅仅)?(?:是|为)一(?:个|篇|份|则)[^\n。！？!?]{0,12}(?:模板|示例|范例|范本|样例|样本|参考稿)"
    r"|希望(?:这个|这篇|这份|以上|上述)(?:示例|模板|范例|范文|范本|内容)(?:能)?对(?:您|你|大家)有所?帮助"
    r"|以下是一(?:个|篇|份|些)[^\n。！？!?]{0,12}(?:示例|模板|范例|范本|样例|案例)"
    r"|为(?:您|你)提供(?:一些|一点)?[^\n。！？!?]{0,8}(?:思路|参考|借鉴)"
    # a template site's advice on the genre's parts (…致辞,开头部分要说明…;主体…;结尾部分可以…; round 288k)
    r"|开头(?:部分)?(?:要|应|可以?|需要)[^\n]{0,80}?(?:主体|正文|结尾)(?:部分)?(?:首先)?(?:要|应|可以?|需要)"
    # a generator's summary of its text as a table, and its comment on the text (以下是对护士节致辞内容的总结,并通过表格形式
    # 进行展示: / 通过这样的致辞,可以让更多人了解…; round 289k)
    r"|以下是对[^\n。！？!?]{0,40}?(?:总结|梳理|归纳|概括|整理)[^\n。！？!?]{0,30}?(?:表格|图表|列表)"
    r"|通过(?:这样|这篇|这份|这次)的?(?:致辞|致词|讲话稿|演讲稿|发言稿)[,，]?(?:可以|能够|能|让|使)"
    # its closing offer (希望这段文字符合您的需求。如果还有其他要求或需要进一步调整,请随时告知。; round 284k)
    r"|希望(?:这段|这篇|这份|以上|上述|这个)?(?:文字|内容|稿子|讲话稿|发言稿|致辞|演讲稿|稿件)?(?:能)?(?:符合|满足)(?:您|你)的(?:需求|需要|要求)"
    r"|(?:如果|如)(?:您|你)?(?:还)?(?:有|需要)(?:其他|其它|更多|任何)[^\n。！？!?]{0,16}(?:请|欢迎)?随时(?:告知|告诉我|提出|联系我)")
#: a site's preface to a text it reposts, speaking of itself (前言:虽然本网志集中刊载…,故此贴文在此)
_SITE_PREFACE = re.compile(r"^(?:前言|编按|按|小引|题记)[:：][^\n]{0,120}?(?:本网志|本博客?|本站|本网|本号|本栏|小编|贴文|转贴|转载|刊载|收录)")
_ONE_READER = re.compile(r"你(?!们)|您")
_READER_VERB = re.compile(r"技巧|借鉴|参考|写作|写好|下笔|模仿|学习一下|收藏|阅读")
#: 更多资讯请继续关注某某栏目, 敬请关注本站
_FOLLOW_COLUMN = re.compile(
    r"(?:更多|更多的)[^\n。！？!?]{0,8}?(?:请|敬请)?(?:继续|持续)?关注[^\n。！？!?]{0,24}(?:栏目|频道|专题|专栏|本站|本网|网站)(?=[。！!,，;；\s]|$)[。！!]?"
    r"|^[ \t\u3000]*敬请(?:继续)?关注(?:本站|本网|本栏目|[^\n。！？!?]{0,12}栏目)[。！!]?", re.M)
#: an account's name and 欢迎关注 alone on a line (某市新媒体“十佳号”,欢迎关注; round 66)
_WELCOME_FOLLOW = re.compile(r"^[^\n。！？!?]{2,30}?[,，、 ]?欢迎(?:关注|订阅)[!！。]?$")
_BLURB_LINE = re.compile(r"小编|本站|为大家(?:整理|收集|搜集|分享|带来)|欢迎阅读|供大家参考|希望对(?:大家|您|你)有所帮助")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")

#: a literal every family above holds (a date row opens with a digit instead): most lines are passed over on it
_TRIGGER = re.compile(r"记者问|记者提问|刊发|刊登|刊载|下稿代|今日|如下|附后|全文|全篇|内容为|原文|实录|摘要|要点|以下|下面|下列|ollowing|您|你|模板|示例|范例|范本|样例|参考|更多|敬请|关注|前言[:：]|编按[:：]|小引[:：]|题记[:：]|开头|通过这")


def _full_text(text: str):
    """The full-text lead-in's match, a bracketed note closing it without a colon allowed (以下为局长在…上的讲话全文(中英文);
    round 216k)."""
    return _FULL_TEXT.search(_NOTE_END.sub("", text) if text.startswith(("以下", "下面")) else text)


def lead_in_rule(line: str) -> str | None:
    """The rule that deletes ``line`` (one line of a page) as a lead-in, a row or a site's frame, or ``None``.

    Examples
    --------
    >>> lead_in_rule("2015年02月13日 某国驻某国大使馆"), lead_in_rule("2015年2月11日晚,在堪培拉")
    ('meta_row', None)
    >>> lead_in_rule("这只是一个基础的模板,您可以根据单位的情况进行适当的修改。")
    'editor_blurb'
    >>> lead_in_rule("以下为市长某某今日在欢迎晚宴上的致辞全文:")
    'news_lead'
    >>> lead_in_rule("以下为司长某某今日会见传媒的发言全文(中文部分):")
    'news_lead'
    >>> lead_in_rule("某某局长在开幕典礼上的致辞全文(十月四日)") is None     # a title with its date: no colon, no lead-in
    True
    >>> lead_in_rule("以下为局长某某在委员会成立大会上的讲话全文(中英文)")
    'news_lead'
    >>> lead_in_rule("以下是局长今日就《某某报告》致谢议案辩论(第三节:切实排解民生忧难 共同维护和谐稳定(一))的致辞全文∶")
    'news_lead'
    """
    text = line.strip()
    if not text or len(text) > 400 or not (_TRIGGER.search(text) or text[0].isdigit()):
        return None
    if _EN_LEAD.match(text):
        return "news_lead"
    if len(text) <= 200 and _full_text(text) and not _FIRST_PERSON.search(text) and not in_speech_voice(_unnamed(text)):
        return "news_lead"
    if len(text) <= 150 and _RELEASE_LEAD.search(text) and not _FIRST_PERSON.search(text):
        return "news_lead"
    if len(text) <= 300 and _BRIEFING_LEAD.search(text) and not _FIRST_PERSON.search(text.replace("我国", "")):
        return "news_lead"      # (我国 names the country, not a speaker)
    if len(text) <= 200 and _SITE_PREFACE.match(text):
        return "editor_note"     # a blog's preface on why it posts the text (前言:虽然本网志…故此贴文在此; round 286k)
    if len(text) <= 60 and _ISSUED_FOR.match(text):
        return "news_lead"
    if len(text) <= 60 and _DATE_OFFICE.match(text):
        return "meta_row"
    if len(text) <= 60 and _PUBLISHED.search(text) and in_report_voice(text):
        return "editor_note"     # 为分享会议的精彩内容,将与会嘉宾的观点摘编刊发。 (round 169k)
    if len(text) <= 200 and not P.SALUTATION.search(text):
        if _WRAPPER.search(text):
            return "editor_blurb"
        if GENRE_WORD.search(text) and _ONE_READER.search(text) and _READER_VERB.search(text):
            return "editor_blurb"
        if _FOLLOW_COLUMN.fullmatch(text.rstrip()):
            return "editor_blurb"
        if _WELCOME_FOLLOW.match(text) and not _FIRST_PERSON.search(text):
            return "promo_line"
    return None


#: a line set with a space between every character (以 下 是 某 某 的 發 言 :)
_LETTER_SPACED = re.compile(r"[ \t\u3000]*(?:[^\s] ){6,}[^\s]?[ \t\u3000]*")
#: a title in book brackets, or a bracketed note (innermost first): the names a lead-in gives, not its voice
_NAMED = re.compile(r"《[^《》\n]*》|[(（][^()（）\n]*[)）]")
#: a motion's name in corner quotes, a name only in a line announcing the text below (以下是…就「某某」动议辩论的发言全文:;
#: round 162k); a title line ending in 发言全文 keeps its quotes' words
_CORNER_NAMED = re.compile(r"「[^「」\n]*」")
_ANNOUNCES_BELOW = re.compile(r"^[ \t\u3000]*(?:以下|下面|下列)")


def _unnamed(text: str) -> str:
    """``text`` without the titles and bracketed notes it names (…就《某某报告》致谢议案辩论(第三节:切实排解民生忧难)的致辞全文:).

    Examples
    --------
    >>> _unnamed("以下是局长就《施政报告》辩论(第三节:切实维护稳定(一))的致辞全文:")
    '以下是局长就辩论的致辞全文:'
    """
    for _ in range(3):
        text, n = _NAMED.subn("", text)
        if not n:
            break
    return _CORNER_NAMED.sub("", text) if _ANNOUNCES_BELOW.match(text) else text


def _echo_sentences(line: str) -> list[str]:
    """A blurb line's other sentences (four Chinese characters or more), or ``[]`` when it holds no blurb."""
    if len(line) > 400 or not _BLURB_LINE.search(line):
        return []
    others = [t.strip() for t in _SENTENCE.findall(line) if not _BLURB_LINE.search(t) and not _FOLLOW_COLUMN.search(t)]
    return [t for t in others if len(_HAN.findall(t)) >= 4]


def _found_elsewhere(sentence: str, view: str, s: int, e: int) -> bool:
    i = view.find(sentence)
    while s <= i < e:
        i = view.find(sentence, i + 1)
    return i >= 0


#: a literal a line of any family here holds (the blurbs of echo intros included)
_LINE_TRIGGER = re.compile(_TRIGGER.pattern + r"|小编|本站|为大家|欢迎阅读|供大家参考|有所帮助")

#: a line of English prose: no Chinese character, eighty characters or more
_LATIN_LINE = re.compile(r"^[^\n\u3400-\u9fff\uf900-\ufaff]{80,}$", re.M)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
#: a line with no Chinese character at all, of any length (read only on a page with a translation)
_LATIN_LINE_SHORT = re.compile(r"^[^\n\u3400-\u9fff\uf900-\ufaff]{12,}$", re.M)
#: the translation glued to the end of the speech's last Chinese line (…对我 Dear members, Comrades, The four …)
#: (its date in brackets first: …表示热烈的祝贺! (February 1, 2007) Comrades: The main …; round 214k)
_LATIN_TAIL = re.compile(r"(?<=[\u4e00-\u9fff，。,.!！?？:：;；])[ \t]*(?=[(\"“]?[A-Z])[^\n\u3400-\u9fff\uf900-\ufaff]{80,}$", re.M)
#: Chinese characters a page needs before its English paragraphs are read as a translation
MIN_PAGE_HAN = 200

#: lines of a desk's report read above a full-text lead-in
MAX_REPORT_LINES = 4
#: a line closed by a sentence's end
_PROSE_LINE_END = re.compile(r"[。！？!?][ \t\u3000]*$", re.M)

#: blurb lines read as echo intros on one page at most (a teaser stands once or twice; bounds the cost of a page
#: of many blurbs, each of which would be looked for across the whole page)
MAX_ECHO_LINES = 20


def lead_ins(st: CleaningState) -> None:
    """Delete this module's families (see the module's docstring), each under its rule.

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("2015年02月13日 某国驻某国大使馆\\n各位来宾:\\n更多资讯请继续关注毕业典礼栏目。")
    >>> lead_ins(st)
    >>> st.doc.output
    '\\n各位来宾:\\n'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    echo_budget = MAX_ECHO_LINES
    for s, e, line in iter_lines(view):
        if not line.strip():
            continue
        if _LETTER_SPACED.fullmatch(line):       # 以 下 是 … 的 發 言 : (round 148k): read with its spaces closed
            if rule := lead_in_rule(line.replace(" ", "")):
                spans.append((s, e, rule))
            continue
        if (m := _SAID_IN.match(line)) and not _FIRST_PERSON.search(m.group()) and chinese_after(view, s + m.end(), 20) \
                and not _CITED_QUOTE.match(line, m.end()):
            spans.append((s, s + m.end(), "news_lead"))    # 在致辞中,某某说: and the speech after it (round 155k)
            spans.extend((a, b, "news_lead") for a, b in _report_above(view, s, after=s + m.end()))
            continue
        if not _LINE_TRIGGER.search(line) and not line.lstrip()[:1].isdigit():
            continue
        rule = lead_in_rule(line)
        if rule is None and echo_budget and (others := _echo_sentences(line)):
            echo_budget -= 1
            if all(_found_elsewhere(t, view, s, e) for t in others):
                rule = "editor_blurb"
        if rule is not None:
            spans.append((s, e, rule))
            if rule == "news_lead" and (_full_text(line.strip()) or _EN_LEAD.match(line.strip())):
                spans.extend((a, b, "news_lead") for a, b in _report_above(view, s))
            continue
        if _GLUED_TRIGGER.search(line):
            spans.extend((a, b, "news_lead") for a, b in _glued_lead_in(view, s, e))
        m = _FOLLOW_COLUMN.search(line)
        if m and m.start() > 0 and _BLURB_LINE.search(line[:m.start()]) is None and re.search(r"[。！!]$", line[:m.start()]):
            spans.append((s + m.start(), s + m.end(), "editor_blurb"))   # glued after a blurb cut before
    if "以上" in view:      # a release's note below the speech: (以上是某某在某会上的视像致辞文本) (round 159k)
        spans.extend((m.start(), m.end(), "news_lead") for m in _CLOSING_NOTE.finditer(view))
    spans.extend(_appendix_label(view))
    spans.extend(_translation_spans(view))
    if "本文" in view or "此文" in view or "下文" in view:     # 本文节选了…,如下—— (round 268k)
        spans.extend((m.start(), m.end(), "editor_blurb") for m in _EXCERPT_NOTE.finditer(view))
    if "《" in view:        # (报告摘编发表在《某某学刊》2025年第2期。) (round 268k)
        spans.extend((m.start(), m.end(), "source_footer") for m in _PUBLISHED_IN.finditer(view))
    st.delete_spans(spans)


#: an editor's note on what the text below is an excerpt of, opening a line and closed by a colon or a dash
_EXCERPT_NOTE = re.compile(rf"^{_SP}*(?:本文|此文|下文)(?:节选|摘编|摘录|选编|节录|选录|摘选)(?:了|自)?[^\n。！？!?]{{2,80}}?"
                           rf"{_SP}*(?:[:：]|——|—|…{{1,2}}){_SP}*", re.M)
#: a note in brackets on where the text was published: (报告摘编发表在《某某学刊》2025年第2期。), （原载《某某》）
_PUBLISHED_IN = re.compile(r"[(（][^()（）\n]{0,8}?(?:发表|刊发|刊登|刊载|原载|载于|登载)(?:在|于)?[^()（）\n《]{0,6}?"
                           r"《[^》\n]{2,30}》[^()（）\n]{0,20}?[)）]")


#: a bracketed note on its own line saying what the text above it was
_CLOSING_NOTE = re.compile(rf"^{_SP}*[(（]以上(?:是|为|乃|系)[^()（）\n]{{2,80}}?{GENRE}(?:全文|文本|内容|原文|实录|摘要|摘录|节录)?[)）]{_SP}*$", re.M)
#: an appendix label alone on its line (附: / 附件: / 附录:), the speech's title below it
_APPENDIX = re.compile(rf"^{_SP}*附(?:件|录)?{_SP}*[:：]{_SP}*$", re.M)


def _appendix_label(view: str) -> list[tuple[int, int, str]]:
    """A site's report about a speech, then 附: and the speech's title below it (round 144k): the label and the report.

    The label goes when the next line names the speech's genre (某某在某某大会上的讲话); the report above it goes as a
    full-text lead-in's does (third person, at the page's head, one of its lines speaking of the speech).

    Examples
    --------
    >>> page = ("2月27日上午,学校在操场举行开学典礼暨誓师大会。校长某某首先致词,勉励全校师生不断进取。\\n附:\\n"
    ...         "某某校长在开学典礼上的讲话\\n老师们、同学们:\\n今天,距高考只有100天,我们在这里举行开学典礼。")
    >>> [page[a:b] for a, b, _r in _appendix_label(page)]
    ['附:', '2月27日上午,学校在操场举行开学典礼暨誓师大会。校长某某首先致词,勉励全校师生不断进取。']
    >>> _appendix_label("要抓好落实。\\n附:\\n某某工作方案\\n一、目标任务")     # an appended plan, no speech
    []
    """
    spans: list[tuple[int, int, str]] = []
    if "附" not in view:
        return spans
    for m in _APPENDIX.finditer(view):
        a, b = _next_line(view, m.start(), m.end(), 1)
        if a < 0 or not TITLE_LINE.match(view[a:b]):
            continue
        spans.append((m.start(), m.end(), "news_lead"))
        above = _report_above(view, m.start())
        if any(SPEAKS_OF.search(QUOTED.sub("", view[x:y])) for x, y in above):
            spans.extend((x, y, "news_lead") for x, y in above)
    return spans


#: a full-text lead-in glued between a report and the speech on one line (…发表国庆演说。 以下是某某的演说全文: 各位…), or after
#: a rule of stars under the headline (某某致辞全文 ******** 以下为…的致辞全文:, round 136k flattened), or right after a
#: headline ending in the genre's word when flattening glued the two lines (某某开幕典礼致辞全文以下是…的致辞全文:, round 151k)
_GLUED_LEAD = re.compile(
    rf"(?:^|(?<=[。！？!?」”,，*＊=＝~#])|(?<=全文|致辞|讲话|发言|演讲|讲词|演说))[ \t\u3000]*(?:(?:以下|下面)(?:为|是)[^\n。！？!?:：]{{0,80}}?(?:{GENRE}|全文|原文|实录)"
    rf"[^\n。！？!?:：]{{0,8}}|[^\n。！？!?:：]{{0,40}}?(?:全文|原文|实录|{GENRE})(?:如下|附后|(?:全文|内容)为))[ \t\u3000]*[:：]")
_GLUED_TRIGGER = re.compile(r"以下|下面|如下|附后|内容为|全文为")
#: Chinese characters of speech a glued lead-in needs after it on its line
MIN_GLUED_SPEECH = 20
#: how far into the page a glued lead-in may stand (a share of the page, or this many characters)
GLUED_HEAD = 1500


def _glued_lead_in(view: str, s: int, e: int) -> list[tuple[int, int]]:
    """A full-text lead-in glued to the speech on the line ``view[s:e]``, with the report before it on that line.

    A flattened page gives the desk's report, its lead-in and the speech as one paragraph (……发表国庆演说,全文约
    四千字。 以下是某某的国庆演说全文: 各位贵宾……).  The lead-in goes when it stands in the page's head (within
    :data:`GLUED_HEAD` characters or the first third), speaks in no first person, and at least
    :data:`MIN_GLUED_SPEECH` Chinese characters follow it, on its line or below it (a salutation may close its line);
    the text before it on the line goes with it
    when every sentence of it is the report's (no first person or audience outside quotations, not in the speech's
    voice) and one of them speaks of the speech (:data:`corpusmine.text.report_heads.SPEAKS_OF`).

    Examples
    --------
    >>> line = "昨日,某某发表国庆演说,全文约四千字。 以下是某某的国庆演说全文: 各位贵宾、各位朋友:大家好!今天是国庆日,我们在这里欢聚一堂。"
    >>> [line[a:b] for a, b in _glued_lead_in(line, 0, len(line))]
    ['昨日,某某发表国庆演说,全文约四千字。 以下是某某的国庆演说全文:']
    >>> page = "9月10日,某某大会在杭州举行,某某出席并作主题演讲。以下为演讲实录:\\n各位来宾,今天我很高兴来到美丽的杭州,和大家一起交流互联网的未来。"
    >>> [page[a:b] for a, b in _glued_lead_in(page, 0, page.index("\\n"))]    # closing the report's line
    ['9月10日,某某大会在杭州举行,某某出席并作主题演讲。以下为演讲实录:']
    >>> line = "我们的工作取得了新进展。 以下是某某的讲话全文: 各位代表:今天我们召开大会,总结过去一年的工作。"
    >>> [line[a:b] for a, b in _glued_lead_in(line, 0, len(line))]        # a report in the first person stays
    [' 以下是某某的讲话全文:']
    """
    line = view[s:e]
    m = _GLUED_LEAD.search(line)
    if not m or s + m.start() > max(GLUED_HEAD, len(view) // 3) or _FIRST_PERSON.search(m.group()):
        return []
    if not chinese_after(view, s + m.end(), MIN_GLUED_SPEECH):    # the speech follows, on its line or below it
        return []
    if m.start() == 0:      # opening the line, the speech glued after it (以下是…的致辞全文: 各位嘉宾:…; round 196k flattened)
        return [(s, s + m.end())] if m.end() < len(line.rstrip()) else []
    prefix = line[:m.start()]
    if _HAN.match(prefix[-1:]):             # glued to a headline by flattening: the headline stays as the title
        return [(s + m.start(), s + m.end())]
    sentences = [t for t in _SENTENCE.findall(prefix) if t.strip()]
    report = (bool(sentences) and any(SPEAKS_OF.search(QUOTED.sub("", t)) for t in sentences)
              and all(in_report_voice(t) for t in sentences))
    if report:
        return [(s, s + m.end())]
    # the page's head (round 151k): the desk's report opening the line, or after the titles a flattened page glued
    # before it (after the last blank), goes as the report above a lead-in's line does: no prose above it
    prefix = prefix.rstrip(" \t\u3000")
    k = max(prefix.rfind(c) for c in " \t\u3000")
    piece = prefix[k + 1:]
    if (_REPORT_END.search(piece) and not re.search(r"[。！？!?]", prefix[:max(k, 0)])
            and not _PROSE_LINE_END.search(view, 0, s)
            and in_report_voice(_EDITOR_CALL.sub("", _REPORTED.sub("", piece)))):
        return [(s + k + 1, s + m.end())]
    return [(s + m.start(), s + m.end())]


#: reported speech in a desk's report above a lead-in: what the speaker said, after the verb of saying, in the speaker's
#: words but unquoted (总统致词时表示,我们的生活离不开农业…; 总统也希望全体渔民…; round 138k), to the paragraph's end (祝大使
#: 指出,中巴关系…。为国持节,我备感…; round 154k): not the report's own voice
_REPORTED = re.compile(rf"(?:{GENRE}(?:时|中)?|(?:总统|主席|总理|书记|省长|市长|县长|部长|校长|院长|会长|大使|总领事|领事|理事长|董事长"
                       r"|秘书长|主任)也?|(?<=[,，。])(?:并|还|也|同时|另))[^。！？!?\n]{0,4}?(?:表示|指出|强调|提到|希望|说)[,，:：]?[^\n]*"
                       rf"|发表[^。！？!?\n,，]{{0,12}}?{GENRE}[,，][^\n]*")    # 发表国庆谈话,除感谢…外,… (round 155k)


#: the editor calling the reader to read on (下面我们就一起来看看这段…致辞吧。; round 150k): the site's voice, not the speaker's
_EDITOR_CALL = re.compile(r"(?:下面|接下来|现在)?(?:就让|让)?我们(?:就)?一起来?(?:看看|欣赏|学习|了解|读读)[^。！？!?\n]*")


#: a wire's bracketed dateline opening the report's paragraph ((某某社记者某某台北10日电); round 155k): the paragraph is the
#: wire's, whatever it paraphrases
_WIRE_DATELINE = re.compile(r"[(（][^()（）\n]{0,4}(?:社|网|台|报)(?:记者)?[^()（）\n]{0,16}?\d{1,2}日(?:电|讯)[)）]")
#: a report's lead-in to the words it quotes, opening the line (在致辞中,某某说:…; round 155k; 某某致辞。她说:…, 158k)
_SAID_IN = re.compile(rf"^{_SP}*(?:在{GENRE}中[,，]?[^\n。！？!?,，:：]{{2,20}}|[^\n。！？!?:：]{{2,40}}?{GENRE}[。,，](?:他|她))"
                      r"(?:说|表示|指出|强调)[:：]")   # 某某作为盟主致辞。她说: (round 158k)
#: a quotation after the colon that closes and the line going on in the speaker's own words: a speech citing a report
#: (…习近平总书记…作了…报告,他强调:“…。”“三个务必”是…; round 227k), not a lead-in to the speech
_CITED_QUOTE = re.compile(r"[ \t\u3000]*[“「\"][^”」\"\n]{4,400}[”」\"][^\n]*?[\u4e00-\u9fff][^\n]{10,}")
#: a report's line closes with a sentence end, maybe a closing quote or bracket after it
_REPORT_END = re.compile(r"[。！？!?][”’」』\"）)]*$")


#: a report's line that goes on into a speaker's own words after the colon of 表示/说 (…他在致词中表示:…我们…)
_QUOTES_SPEECH = re.compile(r"(?:说|表示|指出|强调|讲道|谈到)[:：][^\n]{0,60}?(?:我们|咱们|我)")


def _report_above(view: str, s: int, after: int | None = None) -> list[tuple[int, int]]:
    """The lines of a desk's report right above the lead-in line starting at ``s`` (see the module's docstring); the
    speech must follow the lead-in's line, or ``after`` when the speech goes on from there on the same line.  A line
    going on into a speaker's own words after his colon (…他在致词中表示:…我们…) is speech and ends the report (224k).

    Examples
    --------
    >>> page = "某会开幕\\n5月4日上午,纪念大会在某地举行。某某出席并讲话。\\n以下是文字实录:\\n同志们:今天我们在这里隆重集会,纪念这个伟大的日子。"
    >>> s = page.index("以下")
    >>> [page[a:b] for a, b in _report_above(page, s)]
    ['5月4日上午,纪念大会在某地举行。某某出席并讲话。']
    """
    spans: list[tuple[int, int]] = []
    e = s
    for _ in range(MAX_REPORT_LINES):
        a, b = _next_line(view, e, e, -1) if e > 0 else (-1, -1)
        if a < 0:
            break
        line = view[a:b].strip()
        if (len(line) > 600 or not _REPORT_END.search(line) or _QUOTES_SPEECH.search(line) or SAYS_OPENING.match(line)
                or not (_WIRE_DATELINE.match(line) or in_report_voice(_EDITOR_CALL.sub("", _REPORTED.sub("", line))))):
            break       # (a line quoting another speaker's own words after his colon is speech too: round 224k)
        spans.append((a, b))
        e = a
    speech = view.find("\n", s) % (len(view) + 1) if after is None else after
    if spans and (_PROSE_LINE_END.search(view, 0, spans[-1][0]) or not chinese_after(view, speech, 20)):
        return []            # only a page's head: no prose above the report, and the speech after the lead-in
    return spans


def _translation_spans(view: str) -> list[tuple[int, int, str]]:
    """English paragraphs of a bilingual page (see the module's docstring).

    Examples
    --------
    >>> en = "Ladies and gentlemen, it is my great pleasure to welcome all of you to our city tonight."
    >>> page = "各位来宾:" + "今晚我们欢聚一堂,共同庆祝新年。" * 15 + "\\n" + en
    >>> [page[s:e] == en for s, e, _r in _translation_spans(page)]
    [True]
    >>> _translation_spans("欢迎词\\n" + en)
    []
    >>> cut = "同志们:" + "今年防汛形势不容乐观,我们要做好准备。" * 6 + "\\n" + en    # a cut excerpt: 108 characters
    >>> [cut[s:e] == en for s, e, _r in _translation_spans(cut)]
    [True]
    >>> inter = "各位来宾:\\nDistinguished guests, ladies and gentlemen, good evening,\\n" + page
    >>> [inter[s:e][:13] for s, e, _r in _translation_spans(inter)]     # interleaved: the short English line too
    ['Distinguished', 'Ladies and ge']
    >>> glued = page.replace("\\n", "")          # glued to the last Chinese line, as a cut excerpt gives it
    >>> [glued[s:e] == en for s, e, _r in _translation_spans(glued)]
    [True]
    """
    hits = sorted({m.span() for rx in (_LATIN_LINE, _LATIN_TAIL) for m in rx.finditer(view)
                   if len(_LATIN_WORD.findall(m.group())) >= 12})
    if not hits:
        return []
    han = len(_HAN.findall(view))
    covered = bytearray(len(view))         # (a line and a glued tail may both hold one paragraph: count it once)
    for s, e in hits:
        covered[s:e] = b"\x01" * (e - s)
    words = sum(1 for m in _LATIN_WORD.finditer(view) if covered[m.start()])
    # a search excerpt cut at its length keeps less Chinese (round 143k: 193 characters above 130 English words):
    # half the page's Chinese is enough when it outnumbers the English words, as a translation's source does
    if han < MIN_PAGE_HAN and not (han >= MIN_PAGE_HAN // 2 and han >= words):
        return []
    spans = set(hits)
    # an interleaved page: every English line of five or more words is the translation's (a salutation's, a byline's)
    spans.update(m.span() for m in _LATIN_LINE_SHORT.finditer(view) if len(_LATIN_WORD.findall(m.group())) >= 5)
    for s, e in hits:          # the translation's own short lines beside it (Dear …, ladies and gentlemen,)
        for step in (-1, 1):
            a, b = s, e
            while True:
                a, b = _next_line(view, a, b, step)
                line = view[a:b]
                if a < 0 or _HAN.search(line) or len(_LATIN_WORD.findall(line)) < 3:
                    break
                spans.add((a, b))
    return [(a, b, "translation") for a, b in sorted(spans)]


def _next_line(view: str, s: int, e: int, step: int) -> tuple[int, int]:
    """The span of the next non-blank line before (``step`` -1) or after (+1) the line ``view[s:e]``; (-1, -1) at an end."""
    while True:
        if step < 0:
            if s == 0:
                return -1, -1
            e = s - 1
            s = view.rfind("\n", 0, e) + 1
        else:
            if e >= len(view):
                return -1, -1
            s = e + 1
            e = view.find("\n", s)
            e = len(view) if e < 0 else e
        if view[s:e].strip():
            return s, e
