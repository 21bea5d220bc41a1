"""A guard for keyword rules: a line in the speaker's voice is speech, whatever widget word it holds.

Panel families are found by their words (会员, 下载, 登录, 分享, 客服 …), and
speeches use those words too: 合作社要吸收更多农户成为会员, 各村要点击下载县里
统一印发的整治标准, 我们要把群众满意度分享给每一位志愿者.  Site chrome speaks
to a reader about the site (如果想要下载,成为VIP会员后,下载免费 / 请先登录);
a speech speaks to its audience about their work.  :func:`in_speech_voice`
tells them apart by two marks that chrome lines lack:

* an **addressee or collective subject** of the speech (我们, 我县, 全市,
  各村, 各乡镇, 各级党委, 广大干部群众, 党员干部 …), or
* a **directive** (要/必须/务必/切实/坚决/一定要/进一步 + a verb) that is
  not a reader's wish (想要, 需要, 如需, 只要, 主要, 重要, 要求 are not directives),

and the line must carry some prose (at least :data:`MIN_CJK` Chinese
characters outside 《titles》) and no URL.  联系我们 / 关于我们 are site links,
not a subject.  The guard only ever *keeps* a line a keyword rule
would have removed; it removes nothing.

Examples
--------
>>> in_speech_voice("合作社要吸收更多农户成为会员。")
True
>>> in_speech_voice("该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。")
False
>>> bool(HAILS.match("【从身边做起】 尊敬的老师 , 亲爱的同学们 : 大")), bool(HAILS.match("老师们 同学们 ! 地球是我们的家。"))
(True, True)
>>> bool(HAILS.match("同学们要认真学习!"))
False
"""

from __future__ import annotations

import re

from corpusmine.text.patterns import URL
from corpusmine.text.script import cjk_counts

__all__ = ["HAILS", "MIN_CJK", "NAMES_HAILED", "OPENING_SALUTATION", "REPORT_TO_CONGRESS", "SELF_EDITOR", "in_speech_voice",
           "runs_on_as_prose", "speaker_closing"]

#: Fewest Chinese characters a line needs before its voice is read.
MIN_CJK = 8
#: A line the speaker opens with: a salutation closed by a colon or by 大家好 (同志们、市民朋友们、同学们: / 尊敬的各位
#: 领导、同志们,大家下午好!); read by the rules that take a site's text above the speech (sessions ab-ac).
OPENING_SALUTATION = re.compile(r"^[ \t\u3000]*(?:尊敬的|亲爱的|敬爱的|各位|同志们|老师们|同学们|朋友们|女士们|乡亲们)"
                                r"[^\n。！？!?]{0,40}?(?:[:：]|大家(?:上午|下午|晚上|早上)?好)", re.M)

_HAILED = r"(?:尊敬的|亲爱的|敬爱的|各位|同志们|老师们|同学们|朋友们|女士们|先生们|乡亲们)"
#: A line that hails the audience: an opening salutation behind a heading in brackets (【某某】 尊敬的老师,亲爱的同学们:),
#: or the audience's names alone closed by "!" (老师们 同学们 !; a PDF's speech, round 292k).
_NAMES_ALONE = rf"{_HAILED}(?:[ \t\u3000、,，]+{_HAILED}[^ \t\u3000、,，!！\n]{{0,6}})*[ \t\u3000]*[!！]"
HAILS = re.compile(rf"^[ \t\u3000]*(?:[【\[][^】\]\n]{{1,40}}[】\]][ \t\u3000]*)?(?:{_HAILED}[^\n。！？!?]{{0,40}}?"
                   rf"(?:[:：]|大家(?:上午|下午|晚上|早上)?好)|{_NAMES_ALONE})", re.M)
#: Only the audience's names closed by "!" opening a line (老师们 同学们 ! 科学家…): where a PDF's speech begins.
NAMES_HAILED = re.compile(rf"^[ \t\u3000]*{_NAMES_ALONE}", re.M)

#: The formula of a work report to a congress (现在,我代表县人民政府,向大会报告工作 / 向大会作工作报告; session bd): the
#: classifier reads such a report as general (:data:`corpusmine.text.classify.WORK_REPORT`), the year reader dates it after
#: the year it reviews, the speaker reader gives it to the head of government
REPORT_TO_CONGRESS = r"向大会(?:作|做)?(?:报告(?:政府|过去[^。\n]{0,6})?工作|(?:政府)?工作报告)"

#: A speaker introducing themself as an editor (我是某某图书馆的小编,非常荣幸…; round 287k): the rules that read 小编 as
#: a site's blurb take this out of a line first.
SELF_EDITOR = re.compile(r"我(?:是|作为)[^,，。！？!?\n]{0,12}?小编(?=[,，。！!])")

_SUBJECT = re.compile(
    r"(?<!联系)(?<!关于)(?<!致)我们|咱们|我(?:省|市|县|区|镇|乡|村|州|旗)|全(?:省|市|县|区|镇|乡|村|州|旗)(?:上下|各级|人民|干部)?"
    r"|各(?:级|地|村|乡镇|乡|镇|街道|社区|县|区|市|部门|单位|有关部门|责任单位|成员单位|企业|学校|合作社)"
    r"|广大(?:干部|党员|群众|村民|市民|居民|农民)|党员干部|干部群众|基层干部|村(?:两委|干部)"
    # residents as the subject of what they can or must do (群众登录后可以查看办事进度); a caption's or a slogan's
    # residents (与村民交谈, 心系群众) are no subject
    r"|(?:群众|村民|居民|市民|老百姓)(?=[^。！？!?,，\n]{0,8}?(?:可以|能够|可|要|须|应|都|也|就))"
)
# 要 + a word, not 想要/需要/只要/主要/重要/要求/要闻/要素/摘要/纪要/必要/如要
_DIRECTIVE = re.compile(
    r"(?:必须|务必|切实|坚决|一定要|进一步|着力|扎实|全力|持续)"
    r"|(?<![想需只主重必如摘纪提首紧简概])要(?![求闻素点件害领略览])[\u4e00-\u9fff]"
)
_TITLE = re.compile(r"《[^》\n]*》")


def in_speech_voice(line: str) -> bool:
    """Whether a line speaks as a speech does (to its audience, about their work), not as a site widget.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        True when the line holds a subject of the speech (我们, 全县, 各村 …)
        or a directive (要抓好, 必须, 切实 …), has at least :data:`MIN_CJK`
        Chinese characters and no URL.

    Examples
    --------
    >>> in_speech_voice("各村要点击下载县里统一印发的整治标准")
    True
    >>> in_speech_voice("会员免费下载,点击下载此文档")
    False
    >>> in_speech_voice("需要下载全文请登录www.example.com")
    False
    >>> in_speech_voice("《在全县村庄清洁行动推进会上的讲话》由会员分享,可在线阅读")
    False
    """
    if URL.search(line):
        return False
    line = _TITLE.sub("", line)          # a title in 《》 is not the line's own voice
    if cjk_counts(line)[0] < MIN_CJK:
        return False
    return bool(_SUBJECT.search(line) or _DIRECTIVE.search(line))


#: A sentence of prose: a clause of 8+ characters, a clause mark, a clause of 4+ characters, a sentence end
#: (a list of short items, 演讲稿,思想汇报,信函等各种范文。, is no such sentence).
_PROSE_SENTENCE = re.compile(r"[\u4e00-\u9fff][^。！？!?\n,，；;]{7,}[,，；;][^。！？!?\n,，；;]{4,}[^。！？!?\n]*[。！？!?]")


def runs_on_as_prose(line: str) -> bool:
    """Whether a line runs on as prose: it holds a full sentence with a clause in it, and no URL.

    Chrome lines are labels, names, dates, lists of short items and prompts; a
    line that holds a sentence of two clauses ending in 。！？ (a clause of at
    least eight characters, a comma or semicolon, a clause of at least four)
    is speech, wherever on the page it stands.  Like :func:`in_speech_voice` it only ever *keeps* a line.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool

    Examples
    --------
    >>> runs_on_as_prose("我们要认真落实侨务政策，保障归侨侨眷合法权益。")
    True
    >>> runs_on_as_prose("2023年全县创文推进会讲话稿")
    False
    >>> runs_on_as_prose("本文来自网络，更多请访问www.example.com。")
    False
    >>> runs_on_as_prose("某某范文网 -工作总结,演讲稿,心得体会等各种范文。")   # a list of short items
    False
    """
    return bool(_PROSE_SENTENCE.search(line)) and not URL.search(line)


#: a speaker's words over the points just made, closing a speech (以上几点意见, 这些经验做法, 谢谢大家)
_CLOSING_WORDS = re.compile(r"(?:几点|这些|以上|上述|我讲的|讲的)(?:粗浅的?|不成熟的?)?(?:意见|体会|想法|建议|做法|经验|认识|思考|看法)"
                            r"|谢谢(?:大家|同志们|各位)?[!！。]?$|同志们")
#: what only a site's closing names: its work, its texts, its genre
_SITE_WORDS = re.compile(r"小编|整理|范文|本文|文章|内容|分享|收集|收藏|以上就是|关于|阅读|下载|网|站|演讲稿|讲话稿|发言稿|致辞稿|例文|模板|资料")


def speaker_closing(line: str) -> bool:
    """Whether a line is a speaker's closing over the points made (以上几点意见,希望对大家有所帮助。), not a site's.

    A site closes its page with the same hope (以上就是小编整理的讲话稿,希望对大家有所帮助), but names its work, its texts
    or the genre; a speaker names the points, views or lessons just given, or thanks the audience.  Like
    :func:`in_speech_voice` it only ever *keeps* a line.

    Examples
    --------
    >>> speaker_closing("以上几点意见,希望对大家有所帮助。"), speaker_closing("这些经验做法,希望对大家有所帮助。")
    (True, True)
    >>> speaker_closing("以上就是小编整理的几点意见,希望对大家有所帮助。")
    False
    """
    return bool(_CLOSING_WORDS.search(line.strip())) and not _SITE_WORDS.search(line) and not URL.search(line)
