"""Chrome of county, township and party portals: banners, CMS widgets, stamps, token rows and captions
(development round 30d: county and township government and party portals; helper chrome21).

Pages of county and township governments, party-building and discipline sites and their media centres carry
chrome the other modules leave, each family told by its shape (the view is Simplified, so Traditional mirrors are
read the same way):

* **welcome banners** (rule ``welcome_line``): a portal's slogan line above the first prose line that ends in
  欢迎您 (中国最美乡村——某某欢迎您!).
* **CMS widgets** (rule ``site_interface``): an article page's action labels alone on a line (分享文章, 参与评论,
  点赞), a counter alone beside them (0), a reading bar (正在阅读:某某推进会召开), a preview notice of the CMS
  (信息未审核或下架中,当前页面为预览效果,仅管理员可见) and a font-size switch cut from its label (大 中 小】).
* **share pop-ups** (rule ``share_widget``): the instruction a share button opens (即可将网页分享给您的微信好友).
* **source-name lines** (rule ``site_name``): a short line that only repeats the value of the page's 来源: field.
* **title site suffixes** (rule ``site_name``): a site name after a double dash on the page's first line
  (某县召开防汛工作会议 -- 某某信息港!).
* **publish stamps and repost URLs** (rules ``meta_row``, ``site_notice``): a bracketed stamp anywhere
  ((发布于:2021-09-27 09:24)), a repost note with the page's URL (转载请注明地址:http://…).
* **metadata token runs** (rule ``meta_row``): three or more metadata tokens in a row, glued to the text on a
  flattened page ([日期:2010-08-05] 来源:某某网 作者:某某 发表评论(0)打印; 2018/08/01 11:29:46 发布 IP属地:未知
  来源:某某日报 作者:某某 3006 阅读 0 评论 0 点赞).
* **captions** (rule ``photo_caption``): a line opening with 图为 even when it reads like a title
  (图为某某同志作强调讲话); a series of lines a news site marks with a black triangle (▲市委某办主任某某); a short
  caption closed by a full stop above the first prose line (某某书记致辞。) on a page without a salutation, and a
  short caption doubled (an image's alt text and its caption: 活动现场。活动现场。); a caption closed by a
  credit without a space (航拍某某村。某某 摄); an office and a name alone between two prose paragraphs
  (某某日报社党委书记、社长某某某); a line telling who stands where (某某(右二)与队员合照。, round 184k).
* **trailing credits** (rule ``byline``): a township and a reporter's name glued after the page's last sentence
  (…确保全年安全生产形势稳定。某某县某某镇某某某).

A line in the speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`) stays wherever a family's
words could be spoken, and so does a line holding a sentence end where a family's shape has none.  Every removal
is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("中国最美乡村——某某欢迎您!\\n分享文章\\n参与评论\\n0\\n同志们:\\n要抓好落实。\\n图为县长某某讲话")
>>> county_chrome(st)
>>> st.doc.output
'\\n\\n\\n\\n同志们:\\n要抓好落实。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import finditer_on_lines, iter_lines
from corpusmine.text.news_body import is_caption_line
from corpusmine.text.patterns import COUNTER_LABEL, SOURCE_LABEL, TIME_LABEL
from corpusmine.text.script import simplified_view
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["county_chrome", "county_inline", "is_cms_widget", "is_office_name_line", "meta_token_runs"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"
_END = "。！？!?；;"
_DATE = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
_TIME = r"(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}时\d{1,2}分)"

# ---------------------------------------------------------------- line families

#: a portal's welcome slogan: 中国最美乡村——某某欢迎您!
_WELCOME_BANNER = re.compile(rf"^{_SP}*(?:[^\n。？?，,；;：:]{{2,24}}欢迎(?:您|你)(?:的?(?:光临|到来|访问))?"
                             # a portal's welcome to its institution above the page (欢迎来到某某卫生健康委员会; round 303k)
                             rf"|欢迎(?:来到|进入|光临|访问){_SP}*[^\n。？?，,；;：:!！]{{2,24}}?(?:委员会|人民政府|政府|局|厅|办公室|中心"
                             rf"|学校|学院|大学|中学|小学|医院|公司|协会|商会|网站|官网|门户|网|平台|社区|街道|镇|乡|村)(?=[。]?{_SP}*$))"
                             rf"[!！。]?{_SP}*$")   # (a speaker's 欢迎来到某某大学! is said with its exclamation mark)
#: a speaker's own welcome (热烈欢迎您!) is not a portal's banner
_WARM = re.compile(rf"^{_SP}*(?:热烈|衷心|真诚|诚挚|竭诚|再次|我们|大家|同志们|朋友们)")
#: action labels of an article page, alone on a line
_WIDGET_WORDS = frozenset({"分享文章", "参与评论", "发表评论", "我要评论", "点赞", "赞", "收藏", "举报", "打赏", "分享",
                           "返回列表", "关闭窗口", "打印本页", "打印", "字号", "评论"})
#: buttons no speech writes alone on a line
_LONE_BUTTONS = frozenset({"打印此文", "打印本文", "复制链接", "点击复制链接", "我要纠错", "展开全文", "收起全文"})
#: a comment box's and a reader's own words, which go only beside another button on one bar
_BOX_WORDS = frozenset({"匿名评论", "匿名", "提交", "提交评论", "回复", "取消", "我来说两句", "网友评论", "全部评论", "查看评论",
                        "阅读原文", "查看原文", "阅读", "在看", "写留言", "留言", "∨", "∧", "▼", "▲", "纠错", "取消回复",
                        "返回上一页", "文章阅读", "登录", "注册",
                        # a document library's bar (收藏 分享(赏) / 下载 相关 举报, round 118k)
                        "下载", "相关", "分销", "(赏)", "（赏）", "分享赚钱"})
#: every button a bar of buttons is made of
_BUTTONS = _WIDGET_WORDS | _LONE_BUTTONS | _BOX_WORDS
_CLAUSE_MARK = re.compile(r"[。，,；;！!？?、]")
_WIDGET_SPLIT = re.compile(r"[ \t\u3000|｜/]+")
_WIDGET_COUNT = re.compile(r"(?:评论|点赞|收藏|分享|回复|赞)[(（]\d{1,6}[)）]")
_READING_BAR = re.compile(rf"^{_SP}*正在阅读{_SP}*[:：]{_SP}*[^\n]{{2,60}}$")
_CMS_NOTICE = re.compile(r"仅管理员可见|当前页面为预览|信息未审核|已被?下架|下架中")
_FONT_SWITCH = re.compile(rf"^{_SP}*[【\[]?{_SP}*(?:字体|字号)?{_SP}*[:：]?{_SP}*大{_SP}*中{_SP}*小{_SP}*[】\]]?{_SP}*$")
_COUNTER = re.compile(rf"^{_SP}*\d{{1,6}}{_SP}*$")
#: the instruction a share button opens
_SHARE_POPUP = re.compile(r"即可(?:将|把)?(?:本|该|此|这个)?(?:网页|页面|文章|内容|链接)分享(?:给|到|至)")
#: a site name after a double dash on the title line: 某县召开防汛工作会议 -- 某某信息港0514.cc!
_DASH_SITE = re.compile(rf"(?P<site>{_SP}*-{{2,}}{_SP}*[^\s-]{{2,30}}?(?:网|港|在线|门户|\.(?:cc|com|cn|net|org))[!！]?){_SP}*$")
#: a page's <title>: the headline, its column and its site after single dashes (某某会议胜利闭幕-政协要闻-某某政协网;
#: held-out round 304k); it goes whole when the headline stands again on a line of its own below
_TITLE_TAG = re.compile(rf"^{_SP}*(?P<head>[^\n]{{4,60}}?){_SP}*[-_|｜]{_SP}*[^\s\-_|｜]{{2,10}}{_SP}*[-_|｜]{_SP}*"
                        rf"[^\s\-_|｜]{{2,16}}?(?:网|网站|门户|在线|政府|\.(?:cc|com|cn|net|org)){_SP}*$")
#: a breadcrumb's last item, the column the page sits in (当前位置: 首页>>新闻中心>>政协要闻)
_CRUMB_LAST = re.compile(rf"首页{_SP}*(?:>>|>|»|→|/)[^\n]*?(?:>>|>|»|→|/){_SP}*(?P<col>[^\s>»→/]{{2,10}}){_SP}*$", re.M)
#: a 来源: field's value, for the source-name lines
_SOURCE_VALUE = re.compile(rf"(?:来源|來源|信息来源|信息來源|文章来源|文章來源)[:：]{_SP}*([^\s:：|｜]{{2,16}})")

# ---------------------------------------------------------------- inline families

#: a bracketed publish stamp: (发布于:2021-09-27 09:24)
_STAMP = re.compile(rf"[(（](?:发布于|发布时间|发表于|更新于|更新时间|发布日期)[:：]?{_SP}*{_DATE}(?:{_SP}*{_TIME})?{_SP}*[)）]")
#: a repost note holding the page's URL: 转载请注明地址:http://…
_REPOST_URL = re.compile(r"转载请注明(?:地址|出处|来源|链接|原文)?(?:[:：]|来自)?[ \t\u3000]*https?://[!-~]+")

#: the tokens of a metadata run: a date, a time, a label and its value, a counter and its word, a widget word
_TOKEN = (rf"[\[【]日期[:：]{_SP}*{_DATE}[\]】]"
          rf"|{TIME_LABEL}[:：]{_SP}*(?={_DATE})"
          rf"|{_DATE}|{_TIME}"
          rf"|(?:{SOURCE_LABEL}|作者|编辑|责编|发布者|IP属地|点击|阅读|浏览)[:：]{_SP}*[^\s:：\[【]{{1,16}}?(?=\s|$)"
          rf"|{COUNTER_LABEL}[:：]{_SP}*(?:\d+(?![\d年月日号时分.:：/-]))?"
          rf"|\d{{1,7}}{_SP}*(?:阅读|评论|点赞|浏览|收藏)"
          rf"|本文已(?:被)?(?:影响|帮助|阅读|浏览)(?:了)?{_SP}*[\d,]*{_SP}*(?:人|次)"     # its count may be lost (本文已影响 人)
          rf"|发表评论[(（]\d*[)）]|评论[(（]\d*[)）]|打印|转载|原创|发布"
          rf"|减小字体|增大字体|(?:字体|字号)[:：]?(?:{_SP}*[大中小](?![{_HAN}])){{0,3}}")
_TOKEN_RUN = re.compile(rf"(?:(?:{_TOKEN}){_SP}*){{3,}}")
#: a date in words closing a run, right before a comma: the lead's first words, not the row's
_LEAD_DATE = re.compile(rf"\d{{4}}年\d{{1,2}}月\d{{1,2}}日?$")
_LABEL = re.compile(rf"[\[【]日期|来源[:：]|作者[:：]|发布时间[:：]|IP属地|{COUNTER_LABEL}")
#: words every match of _LABEL holds
_LABEL_WORDS = ("日期", "来源", "作者", "发布时间", "IP属地", "浏览", "阅读", "点击", "查看", "访问", "下载", "播放", "观看")
#: a row that goes on, or began, in a shape the tokens do not read (| 来源:某网 | 责任编辑:某某; 来源:某局发布时间:…
#: glued without a space) is left to the row rules
_ROW_GOES_ON = re.compile(rf"{_SP}*(?:[|｜]|来源|作者|编辑|责任编辑|责编|浏览|点击|字号)")
_ROW_BEGAN = re.compile(rf"(?:作者|来源|编辑|责编|点击|浏览次数|发布人|发布者|字号)[:：]?[^\s:：]{{0,10}}{_SP}*$")
#: a column tag between pipes and the date after it: | 招商动态 |2017-02-26
_PIPE_TAG = re.compile(rf"[|｜]{_SP}*[{_HAN}]{{2,8}}{_SP}*[|｜]{_SP}*{_DATE}(?:{_SP}*{_TIME})?")


def meta_token_runs(text: str) -> list[tuple[int, int]]:
    """Spans of three or more metadata tokens in a row holding a label (来源:, 作者:, IP属地:, 发布 …).

    Parameters
    ----------
    text : str
        A page or a line (Simplified view).

    Returns
    -------
    list of (int, int)
        The runs, trailing white space included.

    Examples
    --------
    >>> t = "某县召开推进会[日期:2010-08-05]  来源:某某日报  作者:某某 发表评论(0)打印【写在前面】要抓好落实。"
    >>> [t[a:b] for a, b in meta_token_runs(t)]
    ['[日期:2010-08-05]  来源:某某日报  作者:某某 发表评论(0)打印']
    >>> meta_token_runs("2023年5月6日,全县召开推进会,来源:各乡镇的报告显示,阅读量持续增加。")
    []
    >>> t = "某某调研党建工作 发布时间:2017/3/29 点击数: 3月28日下午,某某深入各村调研。"
    >>> [t[a:b] for a, b in meta_token_runs(t)]
    ['发布时间:2017/3/29 点击数: ']
    >>> t = "某镇召开工作会议 时间: 2018/03/08 来源: 某某镇 点击数:1066  2018年3月8日,某镇召开工作会议。"
    >>> [t[a:b] for a, b in meta_token_runs(t)]     # the lead's date and its comma stay
    ['时间: 2018/03/08 来源: 某某镇 点击数:1066  ']
    >>> t = "某院召开例会 发布时间:2018-05-24 16:24:36 2018年5月24日上午10点,院长带领干警收听会议。"
    >>> [t[a:b] for a, b in meta_token_runs(t)]     # the lead's date glued to 上午 stays too
    ['发布时间:2018-05-24 16:24:36 ']
    >>> t = "某省召开工作会议 来源:未知来源 日期:2015-03-18 12:00 1999年12月21~22日,某省工作会议召开。"
    >>> [t[a:b] for a, b in meta_token_runs(t)]     # and a range of days (held-out round 41, flattened)
    ['来源:未知来源 日期:2015-03-18 12:00 ']
    >>> t = "某某集团有限公司某某煤矿 浏览数: 发布时间:2016-06-01\\n6月1日,某某煤矿举行启动仪式。"
    >>> [t[a:b] for a, b in meta_token_runs(t)]     # the publisher before the row's tokens (round 298k)
    ['某某集团有限公司某某煤矿 浏览数: 发布时间:2016-06-01']
    """
    spans = []
    for m in finditer_on_lines(_TOKEN_RUN, text, _LABEL_WORDS):     # a run holds a label and no line break
        run, end = m.group(0), m.end()
        lead = _LEAD_DATE.search(run)
        if lead and text[end:end + 1] and not text[end].isspace() and not _ROW_GOES_ON.match(text, end):
            # the lead's own date, glued to its sentence (2018年3月8日,某镇召开…; 2018年5月24日上午10点,…), stays
            run, end = run[:lead.start()], m.start() + lead.start()
        if _LABEL.search(run) and len(re.findall(_TOKEN, run)) >= 3 and not _ROW_GOES_ON.match(text, end) \
                and not _ROW_BEGAN.search(text, max(0, m.start() - 24), m.start()):
            start = text.rfind("\n", 0, m.start()) + 1
            head = text[start:m.start()].strip(" \t\u3000")
            # the row's publisher without its label before the tokens, when they close the line (某某集团有限公司某某煤矿
            # 浏览数: 发布时间:2016-06-01; round 298k): the row's own field, not a title
            whole = not text[end:].split("\n", 1)[0].strip() and head and _ORG_HEAD.fullmatch(head)
            spans.append((start if whole else m.start(), end))
    return spans


#: an organisation's name alone (the publisher a row names without its label): its kind closes it, no act inside
_ORG_HEAD = re.compile(r"(?![^\n]*(?:召开|举行|举办|开展|讲话|致辞|会议|活动|仪式))[\u4e00-\u9fff()（）]{2,30}?"
                       r"(?:公司|集团|煤矿|矿业|工厂|厂|局|委员会|中心|办公室|小学|中学|大学|学院|学校|医院|研究院|研究所|协会|"
                       r"学会|商会|人民政府|街道办事处|法院|检察院)")


def is_cms_widget(line: str) -> bool:
    """Whether a line is an article page's widget: an action label, a reading bar, a CMS notice or a font switch.

    Examples
    --------
    >>> is_cms_widget("分享文章"), is_cms_widget("正在阅读:某县召开推进会"), is_cms_widget("大 中 小】")
    (True, True, True)
    >>> is_cms_widget("信息未审核或下架中,当前页面为预览效果,仅管理员可见")
    True
    >>> is_cms_widget("要把好产品分享给更多群众。"), is_cms_widget("对不合格产品一律下架。")
    (False, False)
    """
    t = line.strip()
    if t in _WIDGET_WORDS or t in _LONE_BUTTONS or _READING_BAR.match(t) or _FONT_SWITCH.match(t):
        return True
    if len(t) > 40 or _CLAUSE_MARK.search(t):
        return len(t) <= 60 and bool(_CMS_NOTICE.search(t)) and not in_speech_voice(t) and t.count("。") == 0
    words = [w for w in _WIDGET_SPLIT.split(t) if not w.isdigit()]
    if len(words) <= 8 and sum(map(_button_count, words)) >= 2 and all(map(_button_count, words)):
        return True          # a comment box's bar: 评论(0) 我要评论 / 发表评论 匿名评论 提交 / 阅读原文 阅读 1234 在看 12
    return len(t) <= 60 and bool(_CMS_NOTICE.search(t)) and not in_speech_voice(t) and t.count("。") == 0


def _button_count(word: str) -> int:
    """How many buttons ``word`` is made of, glued together without a space (发表评论取消回复: 3), or 0 if it is not.

    Examples
    --------
    >>> _button_count("发表评论取消回复"), _button_count("评论(3)"), _button_count("发表意见")
    (3, 1, 0)
    """
    if word in _BUTTONS or _WIDGET_COUNT.fullmatch(word):
        return 1
    best = [0] + [-1] * len(word)          # best[i]: buttons that make word[:i] (-1: none)
    for i in range(1, len(word) + 1):
        for j in range(max(0, i - 6), i - 1):
            if best[j] >= 0 and word[j:i] in _BUTTONS:
                best[i] = max(best[i], best[j] + 1)
    return max(best[-1], 0)


#: an office and a person's name, nothing else: 某某日报社党委书记、社长某某某
_OFFICE_NAME = re.compile(
    rf"^[{_HAN}、·“”]{{0,24}}(?:书记|主任|社长|县长|市长|区长|镇长|乡长|旗长|局长|部长|主席|委员|院长|校长|所长|站长|处长|厅长"
    rf"|秘书长|董事长|总经理|经理|会长)(?P<name>[{_HAN}]{{2,3}})$")
_NOT_NAME = re.compile(r"讲话|发言|致辞|主持|强调|指出|要求|调研|出席|参加|讲课|表态|报告|部署|点评|总结|同志|介绍|汇报|慰问|检查"
                       r"|[的了和与及或是在为将把被对从向职务们]")


def is_office_name_line(line: str) -> bool:
    """Whether a line holds only an office and a name, as a photo caption of a speaker does.

    Examples
    --------
    >>> is_office_name_line("某某日报社党委书记、社长某某某"), is_office_name_line("市委农办专职副主任某某某")
    (True, True)
    >>> is_office_name_line("县委书记讲话"), is_office_name_line("副县长作总结讲话"), is_office_name_line("县委书记同志")
    (False, False, False)
    >>> is_office_name_line("决定撤销他的某某委员会主任委员和委员的职务")
    False
    """
    m = _OFFICE_NAME.match(line.strip())
    return bool(m) and not _NOT_NAME.search(m.group("name"))


#: a ▲ caption: short, no comma or colon, at most a closing full stop
_TRIANGLE = re.compile(rf"^{_SP}*▲{_SP}*(?P<c>[^\n▲,，;；:：。！？!?]{{2,40}})[。！!]?{_SP}*$")
_DIRECTIVE = re.compile(r"^(?:坚持|加强|推进|推动|确保|强化|提升|深化|做好|抓好|抓实|抓牢|全力|着力|突出|持续|狠抓|落实|建立|完善|健全|实施"
                        r"|开展|打造|构建|优化|聚焦|围绕|加快|注重|坚定|牢固|树立|发挥|守住|筑牢|夯实|用好|紧扣|紧盯|统筹|把握|激发|培育"
                        r"|壮大|补齐|深入)|要|必须|务必|应当|切实")
#: what a ▲ caption shows: an event, a visit, a scene
_SHOWS = re.compile(r"现场|合影|调研|检查|慰问|上线|召开|举行|揭牌|启动|签约|授牌|颁奖|参观|观摩|出席|讲话|致辞|发言|一角|掠影|风采")
#: a 图为 caption line (whatever its words: 图为某某作强调讲话 reads like a title but is a caption)
_TUWEI = re.compile(rf"^{_SP}*[(（▲△]?{_SP}*图为[^\n。！？!?；;]{{2,40}}[。]?[)）]?{_SP}*$")
#: who stands where in a photo, in brackets (某某(右二)与某某合照; round 184k): a caption's mark, never a speech's
_POSITIONED = re.compile(r"[(（](?:前排|后排|中排)?(?:左|右)[一二三四五六七八九十]{1,2}[)）]|[(（]中[)）](?=[与和同向在])")
#: a caption closed by a credit, with or without a space or a 图: label: 航拍某某村。某某 摄 / 某某讲话。图:某某摄
_CREDIT_CLOSED = re.compile(rf"^{_SP}*[^,，\n]{{2,40}}[。！!]{_SP}*(?:图{_SP}*[:：/]{_SP}*)?(?:[{_HAN}]{_SP}?){{2,4}}{_SP}*摄(?:影)?{_SP}*$")
#: a short caption doubled (an image's alt text and its caption), a credit after either: 活动现场。活动现场。
_PHOTO_BY = rf"{_SP}*(?:[{_HAN}]{_SP}?){{2,4}}{_SP}*摄"
_DOUBLED = re.compile(rf"^{_SP}*(?P<x>[^\n,，;；:：]{{3,30}}?[。！!])(?:{_PHOTO_BY})?{_SP}*(?P=x)(?:{_PHOTO_BY})?{_SP}*$")
_SALUTATION = re.compile(rf"^{_SP}*(?:尊敬的|各位|同志们|亲爱的|女士们|老师们|同学们|朋友们)[^\n]{{0,40}}[:：]{_SP}*$", re.M)
#: a township and a name glued after the page's last sentence: …形势稳定。某某县某某镇某某某
_TRAIL_CREDIT = re.compile(rf"(?<=[。！!”])(?P<c>[{_HAN}]{{1,8}}?(?:县|市|区|旗)(?:[{_HAN}]{{1,6}}?(?:镇|乡|街道|苏木))?"
                           rf"{_SP}?[{_HAN}]{{2,3}}){_SP}*$")
_PLACE_WORD = re.compile(r"^(?:全|各|本|我|该|每|这|那|有关|相关|一|两|几|多)|[要把将在对以从为的了是很有与就都也还其此等让使被向请各全本我该每这那]")


def _is_prose(line: str) -> bool:
    t = line.strip()
    return len(t) >= 20 and any(c in t for c in _END)


def _is_body(line: str) -> bool:
    """A prose line, or a line of prose cut before its sentence end (an excerpt's last line)."""
    t = line.strip()
    return _is_prose(t) or len(t) >= 30 and any(c in t for c in ",，、")


#: a template page's title, its collection's count or its genre (某某发言稿4篇 …!): a title said twice is no caption
_PIECES_TITLE = re.compile(r"\d{1,3}篇|[讲发]言稿|讲话稿|致辞稿|演讲稿")


def _is_doubled(t: str, near: list[str]) -> bool:
    """A short caption sentence twice on a line, or the same on the line above or below (alt text and caption)."""
    if len(t) > 60 or "," in t or "，" in t or _PIECES_TITLE.search(t):
        return False
    doubled = bool(_DOUBLED.match(t)) or len(t) <= 30 and t[-1] in "。！!" and t in near
    return doubled and not in_speech_voice(t)


_ALL_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
#: the act a photo caption ends in (an official speaking, presiding, inspecting): a headline ends in 召开 or 举行
_CAPTION_ACT_END = re.compile(r"(?:讲话|致辞|致词|开幕词|闭幕词|欢迎词|欢迎辞|发言|主持[\u4e00-\u9fff]{0,4}|调研|视察|考察|察看|查看"
                              r"|检查|慰问|颁奖|授牌|揭牌|剪彩|宣布[\u4e00-\u9fff]{0,8}开幕)$")


def _echoed_caption(t: str, body: str) -> bool:
    """A caption above a report that the report repeats as one of its sentences (某某出席会议并讲话 … 某某出席会议并讲话。).

    The line ends in an official's act and is said again, whole, as a sentence of the report below it (held-out
    round 302k); a speech's title (在…上的讲话) is no sentence of its text.
    """
    if not 8 <= len(t) <= 80 or not _CAPTION_ACT_END.search(t) or _PIECES_TITLE.search(t) or "的讲话" in t or "的致辞" in t:
        return False
    return bool(re.search(rf"(?:^|[。！？\n]){re.escape(t)}[。]", body))


def _sources(text: str) -> set[str]:
    """The values of the page's 来源: fields (Simplified), read on the input: the rows are gone by now."""
    return {simplified_view(m.group(1)) for m in _SOURCE_VALUE.finditer(text)} if "源" in text else set()


def _line_spans(view: str, sources: set[str]) -> list[tuple[int, int, str]]:
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans: list[tuple[int, int, str]] = []
    prose = [i for i, (_, _, line) in enumerate(lines) if _is_prose(line)]
    first_prose = prose[0] if prose else len(lines)
    salutation = bool(_SALUTATION.search(view))
    body = "\n".join(line.strip() for _, _, line in lines[first_prose:])
    columns = {m.group("col") for m in _CRUMB_LAST.finditer(view)} if "首页" in view else set()
    texts = [line.strip() for _, _, line in lines]
    triangles = [i for i, (_, _, line) in enumerate(lines)
                 if (m := _TRIANGLE.match(line)) and not _DIRECTIVE.search(m.group("c")) and not in_speech_voice(line)
                 and len(m.group("c")) >= 6 and (line.rstrip()[-1] in "。！!" or _SHOWS.search(m.group("c"))
                                                 or is_office_name_line(m.group("c")))]
    for i, (s, e, line) in enumerate(lines):
        t = line.strip()
        rule = None
        if i < first_prose and _WELCOME_BANNER.match(t) and not _WARM.match(t) and not in_speech_voice(t):
            rule = "welcome_line"
        elif is_cms_widget(t):
            rule = "site_interface"
        elif _COUNTER.match(t) and any(0 <= j < len(lines) and is_cms_widget(lines[j][2]) for j in (i - 1, i + 1)):
            rule = "site_interface"
        elif len(t) <= 50 and _SHARE_POPUP.search(t) and not in_speech_voice(t):
            rule = "share_widget"
        elif t in sources and i != 0:
            rule = "site_name"
        elif _TUWEI.match(t) or _CREDIT_CLOSED.match(t) and not in_speech_voice(t):
            rule = "photo_caption"
        elif len(t) <= 160 and _POSITIONED.search(t) and (_SHOWS.search(t) or "图示" in t or "合照" in t) and not in_speech_voice(t):
            rule = "photo_caption"
        elif _is_doubled(t, [lines[j][2].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines)]):
            # inside a speech (a salutation above, prose before it) a sentence set twice is the text's own: its first
            # copy stays (班主任是付出最多的人!\n班主任是付出最多的人!; round 271k)
            if not (salutation and i > first_prose and not _DOUBLED.match(t) and lines[i - 1][2].strip() != t):
                rule = "photo_caption"
        elif i in triangles and (len(triangles) >= 2 or _SHOWS.search(t)):   # one alone when it shows an act (round 75)
            rule = "photo_caption"
        elif (prose and i < first_prose and not salutation and len(t) <= 21 and t.endswith("。") and is_caption_line(t[:-1])
              and not in_speech_voice(t) and not (i and lines[i - 1][2].rstrip().endswith(("。", "！", "？")))):
            # (after a short sentence of the report, 某月某日,某会召开。, it is the report's next sentence)
            rule = "photo_caption"
        elif 0 < i < len(lines) - 1 and is_office_name_line(t) and _is_body(lines[i - 1][2]) and _is_body(lines[i + 1][2]):
            rule = "photo_caption"
        elif i == 0 and (m := _TITLE_TAG.match(t)) and m.group("head").strip() in texts[1:12]:
            rule = "site_name"
        elif i < first_prose and t in columns and len(t) <= 10:
            rule = "site_name"         # the column's name above the page, as its breadcrumb ends (round 304k)
        elif (2 <= len(t) <= 4 and _ALL_HAN.match(t) and i + 1 < len(lines) and t in (nxt := lines[i + 1][2].strip())
              and len(t) < len(nxt) <= 30 and not any(c in nxt for c in _END) and i > first_prose):
            rule = "photo_caption"     # a photo's name label above its office caption (某某某 / 某某代表某某某; round 303k)
        elif ((0 < i or "," in t or "，" in t) and i < first_prose and not salutation and _echoed_caption(t, body)
              and not in_speech_voice(t)):   # (a headline holds no comma: the first line goes only with one)
            rule = "photo_caption"
        if rule:
            spans.append((s, e, rule))
        elif i == 0 and (m := _DASH_SITE.search(line)) and len(line[:m.start()].strip()) >= 6:
            spans.append((s + m.start("site"), s + m.end("site"), "site_name"))
    if prose and all(len(x[2].strip()) <= 2 for x in lines[prose[-1] + 1:]):   # the page's last prose line
        s, e, line = lines[prose[-1]]
        m = _TRAIL_CREDIT.search(line)
        if m and not _PLACE_WORD.search(m.group("c")):
            spans.append((s + m.start("c"), s + m.end("c"), "byline"))
    return spans


def county_inline(st: CleaningState) -> None:
    """Delete the inline families of this module before a flattened page's lines are cut apart: bracketed
    publish stamps and metadata token runs (rule ``meta_row``), repost notes with a URL (rule ``site_notice``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某县召开防汛会议(发布于:2021-09-27 09:24)会议要求,要确保安全度汛。转载请注明地址:http://a.b/1.html")
    >>> county_inline(st)
    >>> st.doc.output
    '某县召开防汛会议会议要求,要确保安全度汛。'
    >>> st = CleaningState("某镇召开防火工作会2024-04-01   11时13分 浏览次数:   要严格执行森林防灭火责任制。")
    >>> county_inline(st)
    >>> st.doc.output
    '某镇召开防火工作会要严格执行森林防灭火责任制。'
    """
    _, view = st.view()
    spans = []
    if "(" in view or "（" in view:
        spans += [(a, b, "meta_row") for a, b in (m.span() for m in _STAMP.finditer(view))]
    if "转载请注明" in view:
        spans += [(m.start(), m.end(), "site_notice") for m in _REPOST_URL.finditer(view)]
    if _LABEL.search(view):
        spans += [(a, b, "meta_row") for a, b in meta_token_runs(view)]
    if "|" in view or "｜" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _PIPE_TAG.finditer(view)]
    # a row alone on its line is left to the line rules (rules.page_meta and the others): only glued ones go here
    # …and a whole row that opens with its publisher (meta_token_runs took the line from its start)
    st.delete_spans([(a, b, r) for a, b, r in spans if r == "site_notice" or _glued(view, a, b)
                     or r == "meta_row" and (a == 0 or view[a - 1] == "\n") and _ORG_HEAD.match(view[a:b].lstrip(" \t\u3000"))])


def _glued(view: str, a: int, b: int) -> bool:
    """Whether the span ``a:b`` shares its line with prose (a sentence end, or 20 characters, outside it) or with
    a title before it (six characters or more, not a label)."""
    s = view.rfind("\n", 0, a) + 1
    e = view.find("\n", b)
    before = view[s:a].strip()
    rest = (before + view[b:len(view) if e < 0 else e]).strip()
    return len(rest) >= 20 or any(c in rest for c in _END) or len(before) >= 6 and before[-1] not in ":："


def county_chrome(st: CleaningState) -> None:
    """Delete the line families of this module (rules ``welcome_line``, ``site_interface``, ``share_widget``,
    ``site_name``, ``photo_caption``, ``byline``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("全镇召开安全生产会议。\\n会议要求,要确保全年安全生产形势稳定。某某县某某镇王某某")
    >>> county_chrome(st)
    >>> st.doc.output
    '全镇召开安全生产会议。\\n会议要求,要确保全年安全生产形势稳定。'
    """
    _, view = st.view()
    st.delete_spans(_line_spans(view, _sources(st.doc.text)))
