"""What a writing site or a text generator says about the text it serves (session ad, from rounds 104k-116k).

Template sites wrap a speech in notes written for the person who will reuse it.  Each family is told by its shape,
never by a site (the view is Simplified; every example below is written here):

* **a generator's remark on its text** (rule ``editor_note``): a line among the page's last lines that judges the
  text served, naming it (这篇稿件, 本篇致辞, 以上讲话稿) and praising or fitting it (结合了实际场景, 语言朴实,
  结构清晰, 适合用于某某场合, 可根据实际情况调整); and a note for the user (注:可根据实际情况修改单位名称; round 113k:
  注:更多精彩文章请关注某某专题; round 192k: 注:本文是作者在某会上的发言摘要,根据录音整理而成); an editor's starred or
  bracketed footnote on the part printed (*这是某某在某会上开幕词的一部分。; round 194k).  A speaker's own close
  (以上讲话,不妥之处请批评指正) names no fit and no style, and stays.
* **writing tips** (rule ``editor_blurb``): a labelled tip about the genre opening a line (某某讲话技巧:一是…,
  某某讲话素材:…, 某某致辞写作要点:…); a writing guide's heading (父亲悼词写作要求) and the guide below it down to the
  sample's heading (父亲悼词范文), when no salutation stands between them.
* **a description label with a PDF page number** (rules ``editor_note`` and ``page_number``): a library's
  description label opening the text, with the page number of the PDF it was cut from (文档简介:—1—某某讲话各位同志:…)
  or alone on its line (资料简介): the label and the number go, the title and the speech stay; and such a number glued
  inside a word (深—1—化思想认识, round 192k), or a page counter with blanks around its slash (今年,2 / 4 市委…).
* **a writing site's name glued after a sentence** (rule ``watermark``): 某某写作网 between a sentence's end and the
  next sentence (…各位朋友。文秘写作网下面我就…); the name must hold a writing word (写作, 范文, 文秘, 公文 …).
* **a source note with a prompt to the site glued inside a sentence** (rule ``source_footer``, round 114k):
  本资料来源于查看更多精彩文章请登录某某无忧, between two characters of a word.
* **a site's copyright glued inside a sentence** (rule ``source_footer``, round 111k): 某某之家版权所有 between two
  characters of a sentence (…寄予了殷切的某某之家版权所有希望。); a speech's 版权所有者 stays.
* **a site's keyword stuffing and cut stamps** (rule ``watermark``, round 115k): the page's title doubled inside a
  sentence (…找某某园长致辞某某园长致辞不到节奏…), and the first characters of a stamp the page repeats, cut off at its
  end after a sentence (…万事如意.下载后, the stamp being 下载后可任意编辑).
* **a library's furniture** (round 116k): a download panel's numbered instructions about the file (3、下载时请不要更换
  浏览器…; rule ``download_panel``), a page header with the file's code (第 1 页 某某发言 特征码 xCPyxEGb…) and a
  chunk's page label opening its line when the page gives two or more, and one between two sentences with blanks
  around it (…展翅高飞。 第 2 页 毕业意味着…; rule ``page_number``), a collection's divider
  (某某主题活动资料参考。, rule ``editor_blurb``).
* **a cut mark closing the page** (rule ``truncation_marker``): a lone … (or a spaced one) after a clause's character
  at the very end of a cut page (…列为今年要抓好的八项重 …); a speaker's …… stays (one closing the page after a comma
  goes by :mod:`corpusmine.text.page_framing`, round 142k).

* **a site's framing of the page** (session ae, rounds 117k-122k): a site's offer of samples in the head, down to the
  first salutation (我向大家推荐一些经典的讲话稿范文,希望能够为大家…提供一些启迪; rule ``editor_blurb``); a summary label
  with the site's blurb opening the page (【导读】下面是整理的某某致辞稿三篇。) or glued after the title (…【导读】这篇文档…由
  某某网友为您分享整理,…喜欢就下载吧!); a sentence hoping the text pleases its reader (希望本文能让您喜欢!); a writing
  site's name opening a line before a blank (某某在线学习网 大家都知道…; rule ``site_name``); a note naming the genre (本文为某某演讲稿。;
  rule ``editor_note``); exclaimed slogans above the breadcrumb (某某百科,有趣实用的生活常识!) and a slogan closed by a
  link to the site ([了解我站]; rules ``site_name``, ``promo_line``); a keyword or category tag opening the head line
  ([某某主持词]…, [乡镇街道]在…上的讲话; rule ``keyword_tag``); a credit with a pipe glued inside a sentence (某某网搜集|整理;
  rule ``source_footer``); a collection page's counter ((第2/4页); rule ``page_number``); and the page's last line
  repeating a paragraph's opening and stopping short, with the cut mark before it (rule ``snippet``).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("同志们:\\n要抓好落实。\\n谢谢大家!\\n这篇讲话稿结合了实际场景,语言朴实,适合用于村级动员会场合。")
>>> writer_notes(st)
>>> st.doc.output
'同志们:\\n要抓好落实。\\n谢谢大家!\\n'
"""

from __future__ import annotations

import re
from itertools import takewhile

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.library_fields import DESCRIPTION_WORDS
from corpusmine.text.lines import first_lines, lines_holding
from corpusmine.text.page_framing import framing_spans
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["GLUED_OWNED", "is_generator_remark", "writer_notes"]

_SP = r"[ \t\u3000\xa0]"
_GENRE = r"(?:讲话稿|讲话|讲稿|发言稿|发言材料|发言|演讲稿|演讲|致辞稿|致辞|致词|主持词|稿件|文稿|范文|悼词|贺词|串词)"
#: the text named as the thing judged
_NAMED = re.compile(rf"^{_SP}*[(（]?(?:这篇|此篇|本篇|该篇|这份|本份|此份|以上|上述|这则|本则)(?:{_GENRE}|内容|文章)")
#: a judgement of the text: its fit for an occasion, its style, its build, or the user's freedom to adapt it
_JUDGED = re.compile(
    r"适合(?:用于|用在|在|于)|适用于|可用于|结合了|兼顾了|体现了|突出了|传递了|语言(?:朴实|简洁|简练|精炼|平实|生动|真挚|流畅|亲切|通俗)"
    r"|结构(?:清晰|完整|严谨|合理)|条理清晰|层次分明|内容(?:丰富|充实|详实|翔实)|(?:情感|感情)(?:真挚|真切|饱满|充沛)|既表达了|"
    r"可根据|可以根据|可结合|可以结合|可酌情|根据实际(?:情况|需要)?(?:进行)?(?:调整|修改|增减)")
#: an editor's footnote on where the text is from (*这是某某同志在某会议上开幕词的一部分。; round 194k), starred or bracketed
_PART_NOTE = re.compile(r"^[ \t\u3000]*(?:[*＊※][ \t\u3000]*|[(（])这是[^\n。()（）]{2,80}?(?:讲话|开幕词|闭幕词|致辞|报告|发言|演说|谈话)"
                        r"[^\n。()（）]{0,12}?(?:的一部分|的节选|的摘要|节录|摘录)[。.]?[)）]?[ \t\u3000]*$", re.M)
#: a PDF's page number between dashes glued inside a word (…统一到省委决策部署上,深—1—化思想认识; round 192k): no word
#: of a speech holds a number between dashes
_GLUED_DASH_PAGE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]?[—－][ \t]?\d{1,3}[ \t]?[—－][ \t]?(?=[\u4e00-\u9fff])")
#: a note for the user: 注:/说明:/温馨提示: telling them to fill in or adapt the text
_USER_NOTE = re.compile(
    rf"^{_SP}*[(（【\[]?(?:注|备注|说明|提示|温馨提示|使用说明|编者注)[)）】\]]?{_SP}*[:：][^\n]{{0,100}}?"
    r"(?:根据实际|实际情况|具体情况|自行|替换|填写|修改|调整|增减|删减|更多[^\n]{0,10}?(?:请|尽在)(?:关注|访问|点击|查看)"
    # where the text came from (注:作者为某会代表,本文是作者在某会上的发言摘要,根据录音整理而成。; round 192k)
    r"|本文(?:是|系|为|根据)[^\n]{0,40}?(?:讲话|发言|演讲|致辞|报告)|根据(?:讲话|现场)?录音整理|未经(?:本人|作者|讲话人)审阅)[^\n]{0,80}$")
#: a labelled tip about the genre (某某讲话技巧:…), its label at most 30 characters
_TIP = re.compile(rf"^{_SP}*[^\n。！？!?:：我]{{0,24}}?{_GENRE}(?:(?:写作)?(?:技巧|素材|注意事项|写法|模板)|写作(?:要点|要求|格式|思路))"
                  rf"{_SP}*[:：][^\n]*")
#: a writing guide's heading alone on its line (父亲悼词写作要求, 主持词的写法, 讲话稿怎么写)
_GUIDE_HEAD = re.compile(rf"^{_SP}*[^\n。！？!?,，:：]{{0,20}}?(?:写作(?:要求|技巧|格式|要点|方法|注意事项|指导)|的写法|怎么写|如何写|怎样写)"
                         rf"{_SP}*[:：]?{_SP}*$")
#: the sample's heading below a guide (父亲悼词范文, 范文如下:, 例文)
_SAMPLE_HEAD = re.compile(rf"^{_SP}*[^\n。！？!?,，]{{0,24}}?(?:范文|范例|例文|样文|示例|模板)(?:如下|参考|欣赏|一|1)?{_SP}*[:：]?{_SP}*$")
#: a library's description label opening a line, with a PDF page number after it (文档简介:—1—), or alone
_DESC_LABEL = re.compile(rf"^{_SP}*(?:{DESCRIPTION_WORDS}|内容简介|资料介绍|资源介绍){_SP}*[:：]?")
_PDF_NUMBER = re.compile(rf"{_SP}*[—－\-]{{1,2}}{_SP}*\d{{1,3}}{_SP}*[—－\-]{{1,2}}{_SP}*")
#: a writing site's name glued between a sentence's end and the next sentence
_GLUED_SITE = re.compile(r"(?<=[。！？!?])[\u4e00-\u9fff]{0,4}(?:写作|范文|文秘|公文|作文|秘书|讲话稿|演讲稿|发言稿|文档|材料)"
                         r"[\u4e00-\u9fff]{0,3}?网(?=[\u4e00-\u9fff“])")
#: a source note with a prompt to the site glued inside a sentence (…农村基层组织民本资料来源于查看更多精彩文章请登录某某无忧主选举…,
#: round 114k); the site's name ends in a site's word (网, 无忧, 文库, 之家 …)
#: (found by its literal core, 更多…请登录某某网, then widened back over the note before it)
_GLUED_PROMPT = re.compile(r"更多(?:精彩)?(?:文章|范文|内容|资料)请(?:登录|访问|关注|点击)[\u4e00-\u9fff]{1,6}?(?:网|无忧|文库|之家|吧|在线)")
_PROMPT_LEAD = re.compile(r"(?:本(?:资料|文|文章|范文|内容)来源于?)?(?:查看|阅读|浏览)?\Z")
#: a site's copyright glued inside a sentence (殷切的某某之家版权所有希望); 版权所有者 / 版权所有人 stay
#: (the name starts after a mark or a function word, so the sentence's own words before it stay); ``rules.blurbs``
#: reads it too: a line of prose holding it is no footer line
GLUED_OWNED = re.compile(r"(?<=[的了和与及是在把对给向为着过地得、,，;；:：“])(?:(?![的了和与及是在把对给向为着过地得])[\u4e00-\u9fff]){2,8}?(?:之家|网站|文库|网)版权所有"
                          r"(?=[\u4e00-\u9fff])(?![者人权])")
#: the page's title (a genre phrase) doubled inside a sentence, a site's keyword stuffing (…从一开始找某某园长致辞某某园长致辞不到节奏…);
#: a doubled title heading the page stays (it is the title)
_GENRE_END = re.compile(r"致辞|讲话稿|讲话|发言稿|发言|演讲稿|主持词")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+\Z")
#: round 116k: a download panel's numbered instructions about the file (3、下载时请不要更换浏览器…, 4、下载后的文档,内容与下面显示的
#: 完全一致…); a line in the speaker's voice stays unless it names the software (:data:`_SOFTWARE`)
_DOWNLOAD_STEP = re.compile(rf"^{_SP}*\d{{1,2}}[、.．]{_SP}*[^\n]{{0,20}}?下载[^\n]{{0,80}}?"
                            r"(?:浏览器|缓存|格式|wps|WPS|[Ww]ord|排版|下载成功|完整无缺|打开|编辑)[^\n]{0,80}$")
#: words no speech's step of work holds (请不要更换浏览器 reads as a directive to the voice guard)
_SOFTWARE = re.compile(r"浏览器|缓存|wps|WPS|[Ww]ord|下载成功")
#: a library's page header: 第 N 页, the title, 特征码 and the file's code (第 1 页 某某发言 特征码 xCPyxEGb…)
_FEATURE_CODE = re.compile(rf"(?:第{_SP}*\d{{1,3}}{_SP}*页{_SP}*[^\n。！？!?]{{0,60}}?)?特征码{_SP}*[:：]?{_SP}*[A-Za-z0-9]{{8,}}{_SP}*")
#: a chunk's page label opening its line, on a page that gives two or more (2、第 2 页 …)
_CHUNK_PAGE = re.compile(rf"^{_SP}*第{_SP}*\d{{1,3}}{_SP}*页{_SP}+(?=\S)", re.M)
#: a PDF's page label standing between two sentences, blanks on both sides (…展翅高飞。 第 2 页 毕业意味着…)
_PAGE_BETWEEN = re.compile(rf"第{_SP}*\d{{1,3}}{_SP}*页{_SP}+(?=[\u4e00-\u9fff“])")      # found by 第, its blanks before it read back
_BLANKS_BEFORE = re.compile(rf"[。！？!?”]({_SP}+)\Z")
#: a collection's divider naming its material (文明城市主题活动资料参考。)
_DIVIDER = re.compile(rf"^{_SP}*[^\n,，。！？!?:：]{{2,20}}(?:资料|范文|素材|材料)参考[。.]?{_SP}*$")
#: round 118k (and 113k): a site's introduction offering samples and hoping they help (…在这里,我向大家推荐一些经典的讲话稿范文,
#: 希望能够为大家写讲话稿时提供一些启迪和指导。 / 下面是一些某某经验分享,希望能给大家一些参考和借鉴。), in the page's head
_OFFER = re.compile(r"(?:推荐|分享|整理|收集|精选|带来|下面是|以下是|这里是)了?(?:一些|几篇|几则|\d{1,2}篇)[^。！？!?\n]{0,16}?"
                    r"(?:范文|讲话稿|发言稿|演讲稿|致辞稿|主持词|经验分享|范例|例文)")
_HOPE_USE = re.compile(r"希望[^。！？!?\n]{0,24}?(?:参考|借鉴|启迪|启发|指导|帮助)")
#: round 118k: a site's slogan line closed by a link to its own page (某某热线--资深的文秘专业网,海量的写作范文库![了解我站])
_SITE_LINK = re.compile(rf"[\[【]{_SP}*(?:了解|关于|联系|访问|走进)(?:我站|本站|我们|本网)[\]】]{_SP}*$")
#: round 119k: a site's slogan above its breadcrumb (某某百科,有趣实用的生活常识! / 当前位置:首页 > …), short and exclaimed
_AUDIENCE = re.compile(r"大家|同志|同学|来宾|领导|朋友|女士|先生|老师|家长|代表|祝")
_SLOGAN = re.compile(rf"^{_SP}*[^\n。？?:：]{{4,40}}[!！]{_SP}*$")
#: round 119k: a site's credit with a pipe glued inside a sentence (…之中,某某教育网搜集|整理人生的意义…)
_PIPE_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:网|站|文库)(?:搜集|收集|编辑|整理)?[|｜](?:整理|收集|搜集|编辑|提供)")
#: round 119k: a keyword tag in square brackets opening the head line ([经济运行分析会主持词]工业经济运行会)
_KEYWORD_TAG = re.compile(rf"^{_SP}*\[[^\]\n。！？!?,，]{{2,24}}?{_GENRE}\](?=[\u4e00-\u9fff])")
#: round 122k: the same label glued after the title, its blurb naming the sharer and the reader (…8篇【导读】这篇文档“…”由某某网友
#: 为您分享整理,希望这篇范文对您有所帮助,喜欢就下载吧!)
_GLUED_GUIDE = re.compile(r"【导读】[^。！？!?\n]{0,80}?(?:为您|为大家|小编|网友|整理)[^\n]{0,80}?(?:下载吧|帮助|参考|阅读|喜欢)"
                          r"[^。！？!?\n]{0,6}[。！？!?]")
#: round 122k: a sentence hoping the text pleases its reader (…大家的想法会因为你优秀的发言而认同你,希望本文能让您喜欢!)
_HOPE_TEXT = re.compile(r"(?:(?<=[。！？!?])|^)[^。！？!?\n]{0,60}?希望(?:本文|这篇|此文|本篇|以上内容)[^。！？!?\n]{0,16}?"
                        r"(?:您|你|大家)[^。！？!?\n]{0,8}?(?:喜欢|有所帮助|有帮助|参考)[。！？!?]")
#: round 122k: a site's name opening a line, a blank after it (学习啦在线学习网 大家都知道,…)
_LEADING_SITE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,10}(?:在线|学习|范文|写作|文秘|公文|作文|文库)[\u4e00-\u9fff]{0,4}网"
                           r"[ \t\u3000]+(?=[\u4e00-\u9fff])")
#: round 121k: a category tag in square brackets before a title ([乡镇街道]在推进某某活动上的讲话)
_CATEGORY_TAG = re.compile(rf"^{_SP}*\[[^\]\n。！？!?,，]{{2,12}}\](?=[\u4e00-\u9fff])")
#: round 121k: a site's note naming the text's genre (本文为某某演讲稿。), alone on its line
#: round 121k: a collection page's counter after its title (…材料合集18篇(第2/4页)); read here, after the head rules, which
#: take the whole collection title while it still holds the counter (doc_chrome's page counters run before them)
_PAGE_OF_N = re.compile(r"[(（]第[ \t]*\d{1,3}[ \t]*/[ \t]*\d{1,3}[ \t]*页[)）]")
#: a converted document's page counter opening a clause, blanks around its slash (今年,2 / 4 市委决定…; round 187k); a
#: speech's fraction is a quantity of what follows (全县有 1 / 5 的村庄, 剩下的2 / 3 要…, ,1 / 3 的村…) and stays
_PAGE_COUNTER = re.compile(r"(?<=[，,、。])[ \t]*(\d{1,3})[ \t]+/[ \t]+(\d{1,3})[ \t]+(?=[\u4e00-\u9fff])(?!的|以上|以下|左右|多|强|弱)")
_GENRE_NOTE = re.compile(rf"^{_SP}*本(?:文|篇)(?:为|是)[^。！？!?\n]{{0,40}}?{_GENRE}[。.]?{_SP}*$")
#: round 120k: a summary label opening the page with the site's blurb as its first sentence (【导读】下面是整理的某某致辞稿三篇。…)
_GUIDE_BLURB = re.compile(rf"^{_SP}*(?:[【\[]导读[】\]]|导读{_SP}*[:：]){_SP}*(?:[^。！？!?\n]{{0,60}}?(?:下面是|以下是|为大家|为您|小编|整理的|收集的"
                          r"|精选的)[^。！？!?\n]{0,60}[。！？!?])?")
#: a lone cut mark at the page's very end after a clause's character (重 … / 重…), never a speaker's ……
#: round 259k: a tutor's bracketed comment inside a model speech, naming a device of the writing ((小标题也采用下定义的
#: 手法), (自报家门,这是此类发言开头的标配,…), (…使用了排比手法…)); taken only on a page holding :data:`MIN_TUTOR_NOTES`
#: or more, as a tutor comments throughout, so a speech's own bracket that happens to name a beginning stays
_BRACKETED = re.compile(r"[(（][^()（）\n]{6,240}[)）]")
_DEVICE = re.compile(r"手法|技巧|修辞|排比|对仗|比喻|拟人|设问|反问|标配|点题|首尾呼应|承上启下|开门见山|下定义|开头|结尾|小标题"
                     r"|此类(?:发言|讲话|材料|文章|稿子)")
#: a tutor's bracketed comments a page needs before any goes
MIN_TUTOR_NOTES = 2
#: round 256k: a labelled review of the model speech ([点评] and the paragraph it labels, speaking of the speech or its
#: speaker in the third person: 演讲者让我们感受到…, 整个演讲真实感人)
_REVIEW_LABEL = re.compile(rf"^{_SP}*(?:【(?:点评|评析|简评|赏析|名师点评|专家点评|编者点评|评语)】|(?:点评|评析|简评)[:：])")
_REVIEWED = re.compile(r"演讲者|讲话者|发言者|致辞者|作者|整个演讲|整篇|全篇|这篇|本篇|该篇|本文|此文|文章")
_CUT_END = re.compile(r"(?<=[\u4e00-\u9fff,，、])(?:[ \t\u3000]+…{1,2}|…(?!…))[ \t\u3000]*\Z")


def is_generator_remark(line: str) -> bool:
    """Whether a line judges the text it follows, as a generator or a writing site does.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_generator_remark("这篇稿件结合了实际场景,语言朴实真挚,适合用于农村小学开学典礼场合。")
    True
    >>> is_generator_remark("注:可根据实际情况修改单位名称和数据。")
    True
    >>> is_generator_remark("以上讲话,不妥之处请批评指正。")   # 讲话人的结束语
    False
    >>> is_generator_remark("这篇讲话稿是我们全县上下的共同心声,我们要抓好落实。")
    False
    """
    s = line.strip()
    if not s or len(s) > 200:
        return False
    if _USER_NOTE.match(s):
        return True
    return bool(_NAMED.match(s) and _JUDGED.search(s)) and not ("我们" in s or "同志们" in s)


def _guide_spans(view: str, *, window: int = 40) -> list[tuple[int, int, str]]:
    """A writing guide from its heading down to the sample's heading (within ``window`` lines), with no salutation
    between them; a heading with no sample below goes alone."""
    spans: list[tuple[int, int, str]] = []
    for s, e, line in lines_holding(view, ("写作", "写法", "怎么写", "如何写", "怎样写")):
        if not _GUIDE_HEAD.match(line):
            continue
        p, end = e, e
        for _ in range(window):
            if p >= len(view):
                break
            q = _line_end(view, p + 1)
            below = view[p + 1:q]
            if P.SALUTATION_LINE.match(below) and len(below.strip()) <= 40:
                break
            if _SAMPLE_HEAD.match(below):
                end = p + 1
                break
            p = q
        spans.append((s, end, "editor_blurb"))
    return spans


def _doubled_titles(view: str, *, shortest: int = 4, longest: int = 30) -> list[tuple[int, int, str]]:
    """A genre phrase written twice in a row inside a sentence (…找某某园长致辞某某园长致辞不到…): both copies go.  Found
    from each genre word's end, the phrase before it compared with the text after it (no backreference scan)."""
    spans: list[tuple[int, int, str]] = []
    for m in _GENRE_END.finditer(view):
        p = m.end()
        for n in range(len(m.group()) + shortest, len(m.group()) + longest + 1):
            a = p - n
            if a < 1 or not view.startswith(view[a:p], p):
                continue
            if _CJK_RUN.match(view, a, p) and re.match(r"[\u4e00-\u9fff,，]", view[a - 1]) \
                    and re.match(r"[\u4e00-\u9fff]", view[p + n:p + n + 1]):
                spans.append((a, p + n, "watermark"))
                break
    return spans


def _cut_stamp(st: CleaningState, tail: str, *, min_chars: int = 3) -> list[tuple[int, int, str]]:
    """The first characters of a stamp the page repeats (watermarks removed before), cut off at the page's end after a
    sentence (…万事如意.下载后, the stamp 下载后可任意编辑; round 115k)."""
    stamps = {st.doc.text[ed.start:ed.end].strip() for ed in st.doc.edits if ed.rule == "watermark" and not ed.replacement}
    for stamp in stamps:
        for k in range(len(stamp) - 1, min_chars - 1, -1):
            if tail.endswith(stamp[:k]) and tail[:-k].rstrip(" \t\u3000")[-1:] in ("。", "！", "？", "!", "?", ".", "\n"):
                return [(len(tail) - k, len(tail), "watermark")]
    return []


def _end_teaser(tail: str, *, min_chars: int = 8) -> list[tuple[int, int, str]]:
    """The page's last line repeating the opening of an earlier paragraph and stopping short, a site's teaser of the
    text cut off at the page's end (…来看,……\\n统计工作,是经济社, the speech's paragraph being 统计工作,是经济社会发展的…;
    round 117k), read as prose (a comma inside); a cut mark closing the line before it (,……) goes with it."""
    s = tail.rfind("\n") + 1
    line = tail[s:].strip(" \t\u3000")
    if len(line) < min_chars or not re.search(r"[,，]", line) or re.search(r"[。！？!?；;…”:：]$", line):
        return []
    at = tail.find(line, 0, s)
    while at >= 0:
        if not tail[tail.rfind("\n", 0, at) + 1:at].strip(" \t\u3000") and _line_end(tail, at) - at >= len(line) + 4:
            spans = [(s, len(tail), "snippet")]
            if cut := re.search(r"(?<=[\u4e00-\u9fff,，、])…{1,2}[ \t\u3000]*(?=\n[ \t\u3000]*\Z)", tail[:s]):
                spans.append((cut.start(), cut.end(), "truncation_marker"))
            return spans
        at = tail.find(line, at + 1, s)
    return []


def _slogans_above_crumbs(st: CleaningState, head: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Short exclaimed lines above the page's breadcrumb (still on the page, or deleted before), no title, no speaker."""
    crumbs = [st.input_pos(s) for s, _, line in head if P.NAV.search(line)]
    crumbs += [ed.start for ed in takewhile(lambda ed: ed.start <= 600, st.doc.edits)      # the edits are sorted
               if not ed.replacement and P.NAV.search(st.doc.text[ed.start:ed.end])]
    if not crumbs or min(crumbs) > 600:
        return []
    above = [(s, e, line) for s, e, line in head if st.input_pos(s) < min(crumbs)]
    if any("。" in line or _AUDIENCE.search(line) for _, _, line in above):
        return []                   # prose or a speaker's address above the trail: a speech, not a site's header
    return [(s, e, "site_name") for s, e, line in above
            if _SLOGAN.match(line) and not P.TITLE_LIKE.search(line) and not in_speech_voice(line)]


def _tutor_spans(view: str) -> list[tuple[int, int, str]]:
    """A tutor's bracketed comments (when the page holds :data:`MIN_TUTOR_NOTES`) and a labelled review's paragraph."""
    spans = []
    if "(" in view or "（" in view:
        notes = [m.span() for m in _BRACKETED.finditer(view) if _DEVICE.search(m.group())]
        if len(notes) >= MIN_TUTOR_NOTES:
            spans += [(s, e, "editor_note") for s, e in notes]
    for s, e, line in lines_holding(view, ("点评", "评析", "简评", "赏析", "评语")):
        if not (m := _REVIEW_LABEL.match(line)):
            continue
        body = (s + m.end(), e)
        if not line[m.end():].strip():                       # the label alone: the paragraph is the next non-blank line
            nxt = e
            while nxt < len(view) and not view[nxt:_line_end(view, nxt + 1)].strip():
                nxt = _line_end(view, nxt + 1)
            body = (nxt, _line_end(view, nxt + 1))
        if _REVIEWED.search(view[body[0]:body[1]]) and body[1] - body[0] <= 400:
            spans += [(s, e, "editor_note"), (body[0], body[1], "editor_note")]
    return spans


def _line_end(view: str, s: int) -> int:
    e = view.find("\n", s)
    return len(view) if e < 0 else e


def writer_notes(st: CleaningState, *, last_lines: int = 3, head_lines: int = 6) -> None:
    """Delete the families of this module (see its description).

    ``last_lines`` is how many of the page's last non-blank lines are read for a generator's remark, ``head_lines`` how
    many of its first for a site's offer of samples (read down to the first salutation).

    Examples
    --------
    >>> st = CleaningState("资料简介\\n文档简介:—1—某某动员会讲话各位同志:今天召开会议。我代表县委讲几点。文秘写作网下面我讲三点。")
    >>> writer_notes(st)
    >>> st.doc.output
    '\\n某某动员会讲话各位同志:今天召开会议。我代表县委讲几点。下面我讲三点。'
    >>> st = CleaningState("同志们:\\n要抓好八项重 …")
    >>> writer_notes(st)
    >>> st.doc.output
    '同志们:\\n要抓好八项重'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    tail = view.rstrip()
    seen, e = 0, len(tail)
    while e > 0 and seen < last_lines:          # the last lines, read backwards (no list of every line)
        s = tail.rfind("\n", 0, e) + 1
        line = tail[s:e]
        if line.strip():
            seen += 1
            if is_generator_remark(line):
                spans.append((s, e, "editor_note"))
        e = s - 1
    for s, e, line in lines_holding(view, ("注", "说明", "提示")):
        if _USER_NOTE.match(line) and not in_speech_voice(line):
            spans.append((s, e, "editor_note"))
    for s, e, line in lines_holding(view, ("技巧", "素材", "写作", "注意事项", "写法", "模板")):
        if _TIP.match(line):
            spans.append((s, e, "editor_blurb"))
    if "写" in view:
        spans += _guide_spans(view)
    for s, e, line in lines_holding(view, ("简介", "介绍", "描述")):
        d = _DESC_LABEL.match(line)
        if not d:
            continue
        if not line[d.end():].strip():
            spans.append((s, e, "editor_note"))          # the label alone on its line
        elif n := _PDF_NUMBER.match(line, d.end()):
            spans.append((s, s + d.end(), "editor_note"))
            spans.append((s + n.start(), s + n.end(), "page_number"))
    if "网" in view:
        spans += [(m.start(), m.end(), "watermark") for m in _GLUED_SITE.finditer(view)]
    if "更多" in view:
        for m in _GLUED_PROMPT.finditer(view):
            lead = _PROMPT_LEAD.search(view, max(0, m.start() - 12), m.start())
            spans.append((lead.start() if lead else m.start(), m.end(), "source_footer"))
    if "版权所有" in view:
        spans += [(m.start(), m.end(), "source_footer") for m in GLUED_OWNED.finditer(view)]
    for s, e, line in lines_holding(view, ("下载",)):
        if _DOWNLOAD_STEP.match(line) and (_SOFTWARE.search(line) or not in_speech_voice(line)):
            spans.append((s, e, "download_panel"))
    if "特征码" in view:
        spans += [(m.start(), m.end(), "page_number") for m in _FEATURE_CODE.finditer(view)]
    if "页" in view:
        for m in _PAGE_BETWEEN.finditer(view):
            if b := _BLANKS_BEFORE.search(view, max(0, m.start() - 8), m.start()):
                spans.append((b.start(1), m.end(), "page_number"))
    if "页" in view and len(pages := list(_CHUNK_PAGE.finditer(view))) >= 2:
        spans += [(m.start(), m.end(), "page_number") for m in pages]
    head = list(first_lines(view, head_lines + 2))
    for s, e, line in head[:head_lines]:
        if P.SALUTATION_LINE.match(line):
            break
        if _OFFER.search(line) and _HOPE_USE.search(line):
            spans.append((s, e, "editor_blurb"))
    spans += _slogans_above_crumbs(st, head)
    for s, _, line in head[:2]:
        if "导读" in line and (m := _GUIDE_BLURB.match(line)):
            spans.append((s, s + m.end(), "editor_blurb"))
    if "【导读】" in view:
        spans += [(m.start(), m.end(), "editor_blurb") for m in _GLUED_GUIDE.finditer(view)]
    for s, _, line in lines_holding(view, ("希望本", "希望这篇", "希望此文", "希望以上")):
        spans += [(s + m.start(), s + m.end(), "editor_blurb") for m in _HOPE_TEXT.finditer(line)]
    for s, _, line in lines_holding(view, ("网 ", "网\u3000", "网\t")):
        if m := _LEADING_SITE.match(line):
            spans.append((s + m.start(), s + m.end(), "site_name"))
    if head and ((m := _KEYWORD_TAG.match(head[0][2]))
                 or ((m := _CATEGORY_TAG.match(head[0][2])) and P.TITLE_LIKE.search(head[0][2], m.end()))):
        spans.append((head[0][0] + m.start(), head[0][0] + m.end(), "keyword_tag"))
    for s, e, line in lines_holding(view, ("本文为", "本文是", "本篇为", "本篇是")):
        if _GENRE_NOTE.match(line):
            spans.append((s, e, "editor_note"))
    if "页" in view:
        spans += [(m.start(), m.end(), "page_number") for m in _PAGE_OF_N.finditer(view)]
    if "—" in view or "－" in view:
        spans += [(m.start(), m.end(), "page_number") for m in _GLUED_DASH_PAGE.finditer(view)]
    if "这是" in view:
        spans += [(m.start(), m.end(), "editor_note") for m in _PART_NOTE.finditer(view)]
    if " / " in view:
        spans += [(m.start(), m.end(), "page_number") for m in _PAGE_COUNTER.finditer(view) if int(m[1]) <= int(m[2])]
    for s, _, line in lines_holding(view, ("|", "｜")):
        spans += [(s + m.start(), s + m.end(), "source_footer") for m in _PIPE_CREDIT.finditer(line)]
    for s, e, line in lines_holding(view, ("]", "】")):
        if (m := _SITE_LINK.search(line)) and len(line) <= 80 and not in_speech_voice(line[:m.start()]):
            spans.append((s, e, "promo_line"))
    for s, e, line in lines_holding(view, ("参考",)):
        if _DIVIDER.match(line):
            spans.append((s, e, "editor_blurb"))
    if any(view.count(g) >= 2 for g in ("致辞", "讲话", "发言", "演讲稿", "主持词")):
        spans += _doubled_titles(view)
    spans += _cut_stamp(st, tail)
    spans += _end_teaser(tail)
    spans += _tutor_spans(view)
    spans += framing_spans(view)                # session af: a site's tagline, a title's word count, an outline
    if tail.endswith("…"):
        spans += [(m.start(), m.end(), "truncation_marker") for m in _CUT_END.finditer(tail)]
    st.delete_spans(spans)
