"""Pages whose lines came joined: give the line rules their lines back, audited.

Scrapers that flatten HTML join a page's lines with a space, the whole page
into one line or each paragraph into one::

    首页 新闻 当前位置:首页 > 讲话稿 发布时间:2023-10-13 同志们: 今天我们召开…… 要抓好落实。 上一篇:…

Every rule that reads a line's shape (a metadata row, a breadcrumb, a menu, a
related list, a page's head and tail) finds no line to read there.
:func:`joined_lines` runs before them and turns the joining spaces of such a
line back into line breaks, as an audited edit (rule ``joined_lines``; the
audit gives each space back, so ``reconstruct(cleaned, audit) == raw``).

A line is taken for joined lines when

* the page is one line (at most two non-blank lines) with at least two
  spaces to break (one is a stray space of a short text); or,
  with ``per_line=True``, a sentence end is followed by a space and more
  text (``。 二是``): two lines of prose joined.

In such a line every run of spaces or tabs inside it becomes one line break,
except a run that is a space inside one line:

* between two ASCII letters or digits (``2023-10-13 09:34``, ``Word 2010``);
* beside a separator of a breadcrumb or a row (``首页 > 新闻``,
  ``关于我们 | 联系我们``), inside or before a bracket (``电 (记者 张三)``),
  before punctuation no line starts with (``气息 。``, ``更好。 ”``);
* after a comma, unless it ends a salutation's addressee before the next
  (``尊敬的某某副主席, 尊敬的姐妹们、同志们:`` gets a line per addressee);
* after a label's colon (``编辑: 张三``) -- but a salutation's colon
  (``各位领导、老师们: 今天…``), a colon followed by prose (an empty
  label: ``作者: 新冠肺炎疫情发生以来,…``, though a notice's label keeps its
  notice: ``申明敬告: 本站不保证…``) and a widget's colon before a news lead
  (``分享到: 某某网讯(…``) end a line;
* before a clock time after a date (``2018年7月24日 18:00``), a comment
  widget closing a row (``来源:某某网 我来说两句``; after prose or before its
  own counts, ``我来说两句 0条评论``, it starts a line), a footer's next field
  (``某某分会 版权所有``, ``邮编:100053 京ICP备…``), a source's label after a
  clock time (``…11:08:30 来源:某某网``) or after a separator lost to '?'
  (``…11:26? ?来源:某某``);
* around a piece of one character (``记者 王 培``, ``张三 摄``; not after a pager's last
  number before Chinese text: ``1 2 某某主办``), after a news
  lead or a reporter's role (``新华社北京3月5日电 …``, ``记者 张三``), after a
  caption of a few characters before a news lead (``张三讲话 县融媒讯(…``);
* after a lead ending in 消息 or a stamp word (``今日某网消息 3月18日``,
  ``更新于 2022年…``), after a short tag in brackets before a news lead
  (``【某网】 北京3月10日电``) -- but after a photo credit's 摄 and before a
  dateline after a name (``记者 王 培 5月19日是…``) a line ends, and an
  opening bracket after a clock time starts one (``…07:49 (某台新闻)``), as does a
  photo's caption in brackets (``某某调查 (在某村…记者 张三 摄)``, ``(会议现场)``);
* inside a login prompt whose linked words kept their spaces (``您需要 登录
  才可以下载或查看``), before a newspaper's edition (``某某日报 数字报纸``);
* before a blurb announcing what follows (``…。 以下是为大家整理的…``).

A piece of eight characters or more after a cell's pipe starts a line
(``某某座谈会 | 为打造…样板作出贡献``), not after a row's (``来源:某某 | …``).
A Latin name between spaces inside a clause stays too (:mod:`corpusmine.text.latin_gaps`).
A number typeset between spaces inside a sentence keeps its spaces on the line (``祖国 60 华诞``,
``建院60 周年``; not an item's number before a salutation, ``某某讲话稿1 尊敬的…``, nor a counter's,
``阅读 1931 字体``).
A typeset space before a unit after a number stays (``1014 日上午9 点``), a view
count ends its row before a number (``浏览量:40 1014日…``), a reporter's name
keeps its place and 报道 (``某某时报记者 某某 北京报道``), and a chunk's number
after a Latin word starts a line (``The Beginning 1、各位同志们``).
After a stamp's date only a clock time stays on its line
(``时间:2017-12-28 1226日,…`` breaks, ``2023-10-13 09:34`` does not).
A dateline after a Latin word starts a line (``发布者:Admin 6月13日上午,…``).
Each bullet of a menu of three or more short items run into one line
(``• 工作总结 • 心得体会 • 述职报告``) starts a line, on a page flattened to one
line and on any line of a page (a paragraph flattened).
A menu row of three or more short words, one of them a menu's word
(``您的位置 首页 乡镇动态``, ``某村信息公开 某镇信息公开 …``), stays one line
(a row of captions or names does not).
A list of three or more headlines after dashes run into one line keeps the
spaces inside its items (``- 某县召开会议 将选举主席 - 某某讲话 推荐度: - …``;
the last item has the others' shape).
A bullet with an item of six characters or more (``- 在全县农村工作会议上的讲话``,
``• 关注公众号…``) starts a line, though a dash between short items stays
(``首页 - 新闻``).

Characters lost to '?' after a sentence end open a paragraph on its own line
(``…报告。 ????受市委委托…``), a reporter's byline opening a line ends it
before the report's dateline (``记者 张三 1月6日,…``), and a site's welcome
opening a line or a bulleted item ends at the site's name (``• 您好!欢迎来到
某某门户网站 QQ咨询 …``): one such break is enough
on a short page, and they are made on pages with lines too.
On a page with lines, a metadata row glued after a title or prose on its line
(``某某工作 发布时间:2025-10-29 10月28日,…``, a paragraph flattened) gets a
line of its own when no label starts the line and Chinese text precedes it, a
line holding two bulleted items or more, or starting with one and holding
another (``• 0839-1234567 • 您好!欢迎…``), gets a line per item, prose glued
after a row opening a line gets its own (``更新时间:某某网 在某某会上的讲话各位
领导、…``), and
a row of a page's widgets glued after a paragraph's last sentence
(``…确保安全。 打印 分享 返回列表``) gets a line per widget.
Otherwise pages with their lines are left as they are (their spaces are typeset
spaces: ``在全省181 个县区``).

Examples
--------
>>> st = CleaningState("发布时间:2023-10-13 来源:网友投稿 同志们: 要抓好落实。 请先登录")
>>> joined_lines(st)
>>> st.doc.output
'发布时间:2023-10-13\\n来源:网友投稿\\n同志们:\\n要抓好落实。\\n请先登录'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.latin_gaps import latin_in_clause
from corpusmine.text.lines import open_brackets
from corpusmine.text.patterns import CJK, META_FIELD, META_MULTI, PINYIN_VOWEL, RE_CJK

__all__ = ["joined_lines"]

#: Two sentences of prose joined by a space: a sentence end (with closing quotes), spaces, more text.
_JOINED_PROSE = re.compile(r"[。！？!?][”’」』\"）)]*[ \t]+(?=[^\s”’」』）)》,，、。！？；;])")
#: A run of spaces or tabs (the joiner of two lines) inside a line.
_GAP = re.compile(r"(?<=\S)[ \t]+(?=\S)")
#: Characters beside which a space belongs to the line: separators of breadcrumbs, menus and rows, a label's
#: colon, an opening bracket (中新社北京3月5日电 (记者 …)).
_SEPARATORS = frozenset(">|/»›<«‹-—–=·•、,，:：_~+&(（")
#: A unit after a number (1014 日上午9 点 / 181 个县区 / 1 9 9 7 年 / 7 4 7 7 2 亿元): a typeset space before it is
#: inside the line (a widget's word after a stamp is no unit: 2011-02-12 点击; nor a heading's 年度 after a count).
_UNIT_AFTER_NUMBER = re.compile(r"[月日时点分秒号个名届](?![击赞评])|年(?![度终初底中])|亿|万[元吨人户亩个]|元")
#: A count with its unit after a typeset space, a word before it (民用机场 35个；/ 提高到 22％。): one line, unless the
#: word is a counter's label (浏览 35次 / 点击 128 is a widget row).
_COUNT_AFTER_WORD = re.compile(
    r"\d+(?:\.\d+)?[ \t]*(?:[%％‰个名所座户人项家条倍元吨亩]|万(?!字)|亿|公里|千米|平方米|千瓦)")
_COUNTER_LABEL = re.compile(r"(?:浏览|阅读|点击|人气|评论|点赞|收藏|下载|访问|查看|热度)[量数次]*[ \t]*$")
#: A number typeset between spaces inside a sentence, as a PDF gives it (祖国 60 华诞 / 建院60 周年 / 拥有 2100 多名),
#: a template's placeholder year or name too (庆祝 20xx 届, 于 201x 年, 驻 xxx 村; round 140k):
#: the spaces around it are inside the line, unless a counter's label stands before it (阅读 1931 字体大小).
_TYPESET_BEFORE = re.compile(r"(?:\d{1,6}(?:\.\d+)?|(?:19|20)\d?[xX×]{1,2}|[xX×]{2,4})(?:年|亿元|万元|亿|万|元)?[ \t]+[\u4e00-\u9fff]")
_TYPESET_AFTER = re.compile(r"(?![稿篇辞辭词詞言文章例])[\u4e00-\u9fff][ \t]?(?:\d{1,6}(?:\.\d+)?|(?:19|20)\d?[xX×]{1,2}|[xX×]{2,4})"
                            r"(?:年|亿元|万元|亿|万|元)?$")     # 召开 2021年 交通建设项目推进会 (round 267k)
#: …but an item's number ends its label's line before a salutation (某某讲话稿1 尊敬的同志们:).
_SALUTE_AT = re.compile(r"尊敬|亲爱|敬爱|各位|同志们|大家|老师|同学|朋友|女士|先生")
#: A percent sign before a typeset space, prose after it (待遇的30% 拿出来): one line.
_PERCENT = frozenset("%％‰")
#: A place and 报道 after a reporter's name (某某时报记者 某某 北京报道): the end of the dateline lead's line.
_REPORT_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:报道|報道)(?!\S)")
_REPORTER_BEFORE = re.compile(r"(?:记者|記者|通讯员|通訊員)[ \t]*[\u4e00-\u9fff·]{2,4}$")
#: A chunk's number of a document site (1、各位同志们) after a Latin word (The Beginning 1、…): it starts a line.
_CHUNK_NUMBER = re.compile(r"\d{1,3}、")
#: A count closing a stamp row (浏览量:40 / 点击次数:12次): a number after it opens the next line (浏览量:40 1014日…).
_COUNT_END = re.compile(r"(?:浏览|阅读|点击|访问|人气|查看)[量数]?(?:次数)?[ \t]*[:：][ \t]*\d+次?$")
#: Particles no line ends with (…猖狂进攻的 “双打”运动): a space after one is inside the line.
_NO_LINE_END = frozenset("的把被")
#: Punctuation no line starts with (气息 。 / 做得更好。 ”): a space before it is inside the line.
_NO_LINE_START = frozenset("。！？；;”’」』）)》")
#: What begins a line's second half rather than a new line: a blurb announcing what follows
#: (以下是为大家整理的…) closes the summary before it; a news lead (香格里拉网讯(记者 …) follows its caption.
_STAYS_BEFORE = re.compile(r"(?:以下|下面)(?:就?是|为)")
#: What ends a row rather than starting a line: a clock time after a date (2018年7月24日 18:00), a comment
#: widget closing a metadata row (来源:某某网 我来说两句, not prose), a footer's next field (某某 版权所有, 邮编:…).
_ROW_TAIL = re.compile(
    r"(?<=\d日[ \t])\d{1,2}[:：]\d{2}"
    # a footer's next field (某某分会 版权所有 / 地址:… 邮编:100053 京ICP备…号)
    r"|(?:数字报纸?|电子版)(?!\S)"                       # a newspaper's name and its edition (某某日报 数字报纸)
    r"|(?<=[两句论与][ \t])\d+\s*(?:条评论|人参与)"            # a comment widget's counts (我来说两句 0条评论 0人参与)
    r"|(?:版权所有|All Rights|(?:\S{2,12})?(?:承办|协办|主办)(?!\S{3})|邮编\s*[:：]|[\u4e00-\u9fff]?ICP\s*备|备案号)"
)
#: A news lead (香格里拉网讯(记者 …): a caption of a few characters before it is part of its line, a headline is not.
_LEAD = re.compile(r"[\u4e00-\u9fff]{1,8}[讯訊]\s*[(（]")
_CAPTION_MAX = 6
#: A piece of one character (王 培 / 张三 摄): part of the line beside it.
_ONE_CHAR = re.compile(r"\S(?:\s|$)")
#: What opens a line of a speech though it starts with a separator: a numbered heading ((一) / （四）), a dash
#: bullet that runs to a sentence end (——经济运行稳中向好。; a dashed subtitle, ——在…上的讲话, stays where it is).
#: A pinyin gloss a converter put after a character, 農(nóng) / 會（hui）: the space after it is inside a word.
_GLOSS_END = re.compile(rf"[{CJK}][(（][a-zü{PINYIN_VOWEL}]{{1,7}}[)）]$")
_GLOSS_GLUED = re.compile(rf"[(（][a-zü{PINYIN_VOWEL}]{{1,7}}[)）][{CJK}]")
_OPENS_LINE = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]|——[\u4e00-\u9fff][^\s。！？!?；;]{0,60}[。！？!?；;]")
#: Brackets: a space inside them belongs to one line ((记者 张三)).
_OPENING, _CLOSING = "(（“", ")）”"   # round 63: a quoted name with a space inside (“某某节 大阪”) is one line
#: What ends the first half of a line rather than a line: a news lead (新华社北京3月5日电 / 本报讯 (记者 张三)),
#: a reporter's role before the name (记者 张 三), a piece of one character (王 培 / 张三 摄).
_STAYS_AFTER = re.compile(
    r"(?:(?:[讯电訊電]|消息|[讯电訊電]\s*[(（][^()（）]{0,30}[)）])|(?:记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯)"
    r"|(?:更新|发布|发表|修改|編輯|發布|發表)[于於])$"
)
#: A comment widget's counts after it (我来说两句 0条评论): the widget is a row of its own.
_COMMENT_COUNT = re.compile(r"[ \t]+\d+\s*(?:条评论|人参与)")
#: A login prompt whose linked words kept their spaces (您需要 登录 才可以下载或查看): one line.
_LOGIN_BEFORE = re.compile(r"(?:需要|请先|请|您)$|(?:登录|登陆|注册)$")
_LOGIN_AFTER = re.compile(r"(?:登录|登陆|注册)(?:\s|$)|(?:才可以|才能|后才|后可)")
#: A dateline (5月19日) after a gap: a name of one-character pieces before it ends its line (记者 王 培 5月19日…).
_DATE_AT = re.compile(r"\d{1,2}月\d{1,2}日")
#: A short tag in square brackets before a news lead (【某网】 北京3月10日电): one line.
_TAG = re.compile(r"(?:^|\s)【[^】\s]{1,8}】$")
#: A source's or an editor's label (来源: / 责任编辑:) after a gap.
_LABEL_AT = re.compile(r"(?:信息|稿件)?来源[ \t]*[:：]|作者[ \t]*[:：]|(?:责任)?编辑[ \t]*[:：]")
#: A date of a stamp (2017-12-28) and a clock time (09:34): after a date only a clock time continues the stamp
#: (…时间:2017-12-28 1226日,区领导… starts a line).
_ISO_DATE_END = re.compile(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
_CLOCK_AT = re.compile(r"\d{1,2}[:：]\d{2}")
#: A photo's caption in brackets (… (在某村,可以看见青山绿水。记者 张三 摄) / (某某厅供图)): it starts a line.
_BRACKET_CAPTION = re.compile(r"[(（][^()（）\n]{2,120}?(?:摄|攝|供图|供圖|现场|現場)[)）]")
#: A reporter's byline opening a line, then the report's dateline (□本报记者 王 培 5月19日… / 记者 张三 1月6日,…).
_BYLINE = re.compile(
    r"[ \t]*[□■]?(?:本报|本台|本网)?(?:记者|通讯员)[ \t]*[\u4e00-\u9fff]{1,4}(?:[ \t]+[\u4e00-\u9fff]{1,4}){0,2}"
    r"(?P<gap>[ \t]+)(?=\d{1,2}月\d{1,2}日)"
)
#: A site's welcome opening a line, up to the site's name (• 您好!欢迎来到某某新闻门户网站), then more on the line.
_WELCOME = re.compile(
    r"[ \t]*[•·]?[ \t]*(?:您好|你好)?[ \t]*[,，!！]?[ \t]*欢迎(?:您)?(?:访问|来到|光临|进入)[^。！？\n \t]{1,30}?"
    r"(?:门户网站|网站|网|平台|主页|文库)(?P<gap>[ \t]+)(?=\S)"
)
#: A metadata label after a separator lost to '?' (…11:26? ?来源:某某): the row goes on.
_LOST_LABEL = re.compile(rf"[?？\ufffd](?:{META_FIELD})[ \t]*[:：]")
#: A metadata label opening a line (发布时间:), and prose after the row it opens: a comma or a sentence end within
#: 40 characters, no label before them (更新时间:某某网 在某某会上的讲话各位领导、…).
_HEAD_LABEL = re.compile(rf"[ \t]*(?:{META_FIELD})[ \t]*[:：]")
_ROW_PROSE = re.compile(r"[^\s:：]{8,40}?[,，。！？；、]")
_VALUE_PROSE = re.compile(r"[,，。！？!?；;]")
#: A salutation's addressees on lines of their own (尊敬的某某副主席, / 尊敬的姐妹们、同志们:): after one ending in a
#: comma, the next addressee starts a line.
_ADDRESSEE_END = re.compile(r"(?:^|\s)(?:尊敬的|亲爱的|敬爱的)[^\s,，。:：]{1,16}[,，]$")
_ADDRESSEE_NEXT = re.compile(r"(?:尊敬的|亲爱的|敬爱的|各位)")
#: A clock time ending a stamp (…25日07:49): an opening bracket after it starts a line ((某某新闻)【记者…】).
_CLOCK_END = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
#: A salutation's colon (各位领导、老师们: / 同志们:): the speech starts on the next line, as a label's value does not.
_ADDRESSED = re.compile(r"(?:们|领导|来宾|嘉宾|代表|委员|同志|同仁|老师|同学|朋友|乡亲|家长)\s*[:：]$")
#: What follows a label's colon that is no value of it but prose (作者: 新冠肺炎疫情发生以来,…): a comma or a
#: sentence end before the next space.
#: What starts a line after a label's colon or a Latin word (分享到: 东南网讯(… / 发布者:Admin 6月13日上午,…):
#: a news lead or a dateline.
_LINE_START = re.compile(r"[\u4e00-\u9fff]{1,8}[讯訊]\s*[(（]|[^\s,，。:：]{2,12}\d{1,2}月\d{1,2}日[电電]|\d{1,2}月\d{1,2}日")
_SOURCE_LABEL = re.compile(r"(?:来源|出处|稿源|转自|摘自|作者|记者|供稿)[:：]$")
_PROSE_VALUE = re.compile(r"[^\s,，。！？!?；;]{1,40}[,，。！？!?；;]")
#: A notice's label (申明敬告: / 免责声明: / 温馨提示:): the prose after its colon is its value, on its line.
_NOTICE_LABEL = re.compile(r"(?:声明|申明|敬告|提示|须知|告知|警告|公告|注意)[:：]$")
#: A bullet and a list item's title (- 在全县… / • 关注公众号…), no short item of a breadcrumb (首页 - 新闻).
_BULLET = re.compile(r"[-•] [^\s>|/»›〖〗【】\[\]]{6}")
#: A menu of short bulleted items run into one line (• 工作总结 • 心得体会 • 述职报告): three items or more.
_BULLET_MENU = re.compile(r"[•●▪◆■][ \t]*[^\s•●▪◆■]{1,12}(?:[ \t]+[•●▪◆■][ \t]*[^\s•●▪◆■]{1,12}){2,}")
_BULLETS = "•●▪◆■"
#: A list of headlines, each after a dash or a bullet, run into one line: three items or more, an item of up to
#: three pieces (- 某某会议3月3日召开 将选举主席 - 某某讲话 推荐度: - …); a space inside an item is no joiner.
_DASH_LIST = re.compile(
    r"(?:(?<!\S)[-•] [^\s。！？；-]{2,60}(?: (?![-•] )[^\s。！？；]{1,40}){0,2} (?=[-•] [^\s-])){3,}"
)
#: The second piece of an item of such a list, and the last item of the list (its second piece at most).
_DASH_ITEM = re.compile(r"[-•] [^\s。！？；-]{2,60}(?: (?![-•] )([^\s。！？；]{1,40}))?")
_LAST_ITEM = re.compile(r"[-•] [^\s。！？；-]{2,60} (?![-•] )([^\s。！？；>|]{1,40})(?!\S)")
#: A short word of a menu row (政务服务 / 首页 / 6210): a row of three or more keeps its spaces.
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}")
_WORD_MAX = 8
#: A word of a site's menu or breadcrumb: a row of short words holding one is a menu (a row of captions or of
#: names is not).
_NAV_WORD = re.compile(r"首页|主页|位置|信息公开|政务公开|政务服务|互动交流|栏目|频道|导航|网站地图|登录|注册")
#: A metadata label after a space (… 发布时间:2025-10-29 …): on a line of a page with lines, a row glued to a title
#: or to prose (a paragraph flattened) when no label starts the line.
_GLUED_LABEL = re.compile(rf"[ \t](?:{META_FIELD})[ \t]*[:：]$")
#: A label's value up to the next space.
_VALUE = re.compile(r"[ \t]*\S+")
#: Characters lost to '?' opening a paragraph after a sentence end (…报告。 ????受市委委托…): a paragraph's
#: indent lost in decoding; the paragraph starts a line (the lost-characters rule reads it there).
_LOST_OPENING = re.compile(r"(?<=[。！？”])[ \t]+(?=[?？\ufffd]{2,}[^\s?？\ufffd])")
#: A piece of eight characters or more (a title, a lead): after a cell's pipe (标题 | 某某讲话全文…) it starts a
#: line, as a menu's short item after a pipe (关于我们 | 联系我们) and what follows a row's pipe (来源:某某 | …) do not.
_LONG_PIECE = re.compile(r"[^\s|｜]{8}")
#: A row of a page's widgets after the last sentence of a paragraph (…落实。 打印 分享 返回列表): each widget was a
#: line of its own.  WIDGET_ROW is the rest of the line (two to six short words), WIDGET_WORD one of them.
_WIDGET_ROW = re.compile(r"[ \t]+[\u4e00-\u9fff]{2,8}(?:[ \t]+[\u4e00-\u9fff]{2,8}){1,5}[ \t]*(?=\n|$)")
_WIDGET_WORD = re.compile(r"打印|分享|收藏|返回|关闭|评论|推荐|热门|顶部|首页|列表|纠错|字号|复制")
#: The fewest line breaks a one-line page is given: one space in a short text is no joined lines
#: (在肯定成绩的同时 我们必须清醒地看到。).
_MIN_BREAKS = 2
#: The most non-blank lines of a page taken for a page flattened to one line.
_ONE_LINE_PAGE = 2


def _inside_line(before: str, after: str) -> bool:
    """Whether a space between ``before`` and ``after`` belongs to one line (is no joiner)."""
    if before in _SEPARATORS or after in _SEPARATORS or after in _NO_LINE_START or before in _NO_LINE_END:
        return True
    return before < "\x80" and after < "\x80" and before.isalnum() and after.isalnum()


def _row_gaps(view: str, gaps: list, s: int, e: int) -> set[int]:
    """The gaps inside a menu row between ``s`` and ``e``: three or more short words, one of a menu (首页 新闻 …)."""
    starts = [s] + [g.end() for g in gaps]
    ends = [g.start() for g in gaps] + [e]
    short = [q - p <= _WORD_MAX and _WORD.fullmatch(view, p, q) is not None for p, q in zip(starts, ends)]
    row: set[int] = set()
    i, n = 0, len(short)
    while i < n:
        j = i
        while short[i] and j + 1 < n and short[j + 1]:
            j += 1
        if j - i >= 2 and _NAV_WORD.search(view, starts[i], ends[j]):
            row.update(gaps[k].start() for k in range(i, j))
        i = j + 1
    return row


def _glued_rows(view: str) -> list[tuple[int, int, str]]:
    """Line breaks around a metadata row glued into a line of a page with lines (title 发布时间:… 10月28日,…)."""
    spans = []
    for i in _at(view, ":："):                  # a label is found from its colon (few on a page: a fast scan)
        m = _GLUED_LABEL.search(view, max(0, i - 9), i + 1)
        if m is None:
            if (h := _HEAD_LABEL.match(view, view.rfind("\n", max(0, i - 12), i) + 1)) and h.end() == i + 1:
                spans += _row_then_prose(view, h.end())
            continue
        s = max(view.rfind("\n", max(0, m.start() - 200), m.start()) + 1, m.start() - 200)
        g = _GAP.search(view, max(s, m.start() - 8), m.start() + 2)
        if g is None or g.end() != m.start() + 1 or META_MULTI.search(view, s, g.start()) or not RE_CJK.search(view, s, g.start()):
            continue
        spans.append((g.start(), g.end(), "\n"))
        v = _VALUE.match(view, m.end())
        nxt = _GAP.match(view, v.end()) if v else None
        e = view.find("\n", v.end()) if v else -1
        if nxt and (_LINE_START.match(view, nxt.end()) or _PROSE_VALUE.match(view, nxt.end(), e if e >= 0 else len(view))):
            spans.append((nxt.start(), nxt.end(), "\n"))
    return spans


def _widget_tails(view: str) -> list[tuple[int, int, str]]:
    """Line breaks before and between the widgets of a row glued after a paragraph's last sentence (…。 打印 分享)."""
    spans = []
    for i in _at(view, ("。 ", "！ ")):
        m = _WIDGET_ROW.match(view, i + 1)
        if m and _WIDGET_WORD.search(view, m.start(), m.end()):
            spans += [(g.start(), g.end(), "\n") for g in _GAP.finditer(view, i + 1, m.end()) if g.end() < m.end()]
    return spans


def _byline_gaps(view: str) -> list[tuple[int, int, str]]:
    """A line break after a reporter's byline opening a line before the dateline of the report (记者 张三 1月6日,…)."""
    spans = []
    for i in _at(view, ("记者", "通讯员")):
        s = view.rfind("\n", max(0, i - 6), i) + 1
        if i - s <= 5 and (m := _BYLINE.match(view, s)) and m.end() > i:
            spans.append((m.start("gap"), m.end("gap"), "\n"))
    return spans


def _welcome_gaps(view: str) -> list[tuple[int, int, str]]:
    """A line break after a site's welcome line opening a line (• 您好!欢迎来到某某网站 QQ咨询 …)."""
    spans = []
    for i in _at(view, ("欢迎",)):
        k = max(view.rfind("\n", max(0, i - 8), i), view.rfind("•", max(0, i - 8), i))   # a line or a bullet item
        s = k + 1 if k < 0 or view[k] == "\n" else k
        if i - s <= 7 and (m := _WELCOME.match(view, s)) and m.start("gap") > i:
            spans.append((m.start("gap"), m.end("gap"), "\n"))
    return spans


def _row_then_prose(view: str, p: int) -> list[tuple[int, int, str]]:
    """A break before the prose glued after a row opening a line (更新时间:某某网 在某某会上的讲话各位领导、…)."""
    e = view.find("\n", p)
    e = len(view) if e < 0 else e
    start = p
    for _ in range(6):                                    # the row's fields: values, clock times, more labels
        g = _GAP.search(view, p, min(e, p + 40))
        if g is None or _VALUE_PROSE.search(view, start, g.start()):
            return []       # a value with a comma or a sentence's end is prose itself (摘要:各位乡亲们,眼瞅着 2025 年…; 266k)
        if not open_brackets(view, start, g.start()) and _ROW_PROSE.match(view, g.end(), e):   # never inside a bracket
            return [(g.start(), g.end(), "\n")]
        p = g.end()
    return []


def _opens_line_after(view: str, a: int) -> bool:
    """Whether a news lead or a dateline after the gap at ``a`` starts a line: after a widget's colon
    (分享到: 东南网讯(…), not a source's (来源: 新华社北京3月5日电), or after a Latin word (发布者:Admin 6月13日)."""
    c = view[a - 1]
    if c in ":：":
        return not _SOURCE_LABEL.search(view, max(0, a - 4), a)
    return c < "\x80" and c.isalpha()


def _typeset_number(view: str, s: int, a: int, b: int) -> bool:
    """Whether the gap ``view[a:b]`` is beside a number typeset between spaces inside a sentence (祖国 60 华诞)."""
    if _COUNTER_LABEL.search(view, max(s, a - 8), a):
        return False
    if RE_CJK.match(view, a - 1) and (m := _TYPESET_BEFORE.match(view, b)):      # the gap before the number
        return not _LABEL_AT.match(view, m.end() - 1)
    if RE_CJK.match(view, b) and _TYPESET_AFTER.search(view, max(s, a - 10), a):  # the gap after it
        return not (_LABEL_AT.match(view, b) or _SALUTE_AT.match(view, b)
                    or _COUNTER_LABEL.search(view, max(s, a - 16), a))
    return False


def _stays(view: str, s: int, a: int, b: int) -> bool:
    """Whether the gap ``view[a:b]`` of the line starting at ``s`` joins two halves of one line (no line break)."""
    one_before = (a - 1 == s or view[a - 2].isspace()) and view[a - 1].isalnum() and not (
        "0" <= view[a - 1] <= "9" and RE_CJK.match(view, b))           # a pager's last number (1 2 某某主办)
    return bool(
        _STAYS_BEFORE.match(view, b) or _ROW_TAIL.match(view, b)         # 以下是… / 18:00 after a date
        or _LOST_LABEL.match(view, b)                                     # 11:26? ?来源:… (a separator lost)
        or (view.startswith("我来说两句", b) and META_MULTI.search(view, max(s, a - 40), a)   # 来源:某网 我来说两句
            and not _COMMENT_COUNT.match(view, b + 5))                # (not before its own counts)
        or (_LOGIN_BEFORE.search(view, max(s, a - 4), a) and _LOGIN_AFTER.match(view, b))     # 您需要 登录 才可以…
        or ("0" <= view[a - 1] <= "9" and _UNIT_AFTER_NUMBER.match(view, b))   # 1014 日上午9 点 (a typeset space)
        or (view[a - 1] in _PERCENT and RE_CJK.match(view, b) and not _LABEL_AT.match(view, b))   # 30% 拿出来
        or _typeset_number(view, s, a, b)                                 # 祖国 60 华诞 / 建院60 周年
        or latin_in_clause(view, s, a, b)                                 # 交换学生 Tamara 刘羽娜 (round 277k)
        or (RE_CJK.match(view, a - 1) and _COUNT_AFTER_WORD.match(view, b)
            and not _COUNTER_LABEL.search(view, max(s, a - 8), a))                   # 民用机场 35个
        or (_REPORT_PLACE.match(view, b) and _REPORTER_BEFORE.search(view, max(s, a - 12), a))   # 记者 某某 北京报道
        or _ONE_CHAR.match(view, b)                                       # a piece of one character after
        # a piece of one character before (王 培 / 张三 摄), unless a credit's 摄 or a name before a dateline
        or (one_before and view[a - 1] not in "摄攝" and not _DATE_AT.match(view, b))
        or _STAYS_AFTER.search(view, max(s, a - 40), a)                   # a news lead, a reporter's role
        or (_LEAD.match(view, b) and view[a - 1] not in ":：" and RE_CJK.match(view, a - 1)
            and a - max(s, view.rfind(" ", s, a) + 1) <= _CAPTION_MAX)   # 张三讲话 新华网讯(…
        or (view[a - 1] in "0123456789" and _LABEL_AT.match(view, b)
            and _CLOCK_END.search(view, max(s, a - 9), a))              # …11:08:30 来源:某某网 (one stamp row)
        or (view[a - 1] == "】" and _TAG.search(view, max(s, a - 10), a) and _LINE_START.match(view, b))  # 【某网】 北京…电
    )


def _at(view: str, marks) -> list[int]:
    """The positions of the strings ``marks`` in ``view``, in order (found with ``str.find``: a fast scan)."""
    found = []
    for c in marks:
        i = view.find(c)
        while i >= 0:
            found.append(i)
            i = view.find(c, i + 1)
    return sorted(found)


def _runs(rx: re.Pattern, view: str, starts: list[int]):
    """The matches of ``rx`` starting at the positions ``starts``, none inside the one before."""
    end = -1
    for i in starts:
        if i >= end and (m := rx.match(view, i)):
            end = m.end()
            yield m


def _menu_gaps(view: str) -> tuple[dict[int, int], set[int]]:
    """The gaps ``{start: end}`` before each item of a menu or a list run into one line, and the gaps inside items."""
    gaps: dict[int, int] = {}
    inside: set[int] = set()
    bullets = _at(view, _BULLETS)
    for m in _runs(_BULLET_MENU, view, bullets):
        for g in _GAP.finditer(view, m.start(), m.end()):
            if view[g.end()] in _BULLETS:
                gaps[g.start()] = g.end()
    # lines of bulleted items joined (a paragraph flattened): • 0839-6280182 • 您好!欢迎… / 相关 • 本周热门 • 本月热门
    inner = [i for i in bullets if view[i] == "•" and i and view[i - 1] in " \t" and not view[i + 1:i + 3].strip()[:1].isdigit()]
    by_line: dict[int, list[int]] = {}
    nl, last = -1, 0
    for i in inner:                      # the line of each bullet, looked for from the bullet before (linear)
        k = view.rfind("\n", last, i)
        nl, last = (k if k >= 0 else nl), i
        by_line.setdefault(nl, []).append(i)
    for nl, items in by_line.items():
        if len(items) >= 2 or view[nl + 1:items[0]].lstrip().startswith("•"):
            for i in items:
                j = i
                while j > nl + 1 and view[j - 1] in " \t":
                    j -= 1
                if j > nl + 1:
                    gaps[j] = i
    dashes = sorted(_at(view, ("- ",)) + [i for i in bullets if view.startswith("• ", i)])
    for m in _runs(_DASH_LIST, view, dashes):
        if m.start() and view[m.start() - 1] in " \t" and (g := _GAP.search(view, max(0, m.start() - 8), m.start() + 1)):
            gaps[g.start()] = g.end()
        two = [p for p in _DASH_ITEM.findall(m.group()) if p]     # the second pieces of items
        for g in _GAP.finditer(view, m.start(), m.end() + 1):
            if view[g.end()] in "-•":
                gaps[g.start()] = g.end()
            else:
                inside.add(g.start())
        # the last item has the others' shape: two pieces when most have two, a label after when they do
        last = _LAST_ITEM.match(view, m.end())
        if last and 2 * len(two) > len(m.group().split("- ")) - 1 and (
                last.group(1)[-1] in ":：") == (sum(p[-1] in ":：" for p in two) * 2 > len(two)):
            inside.add(view.find(" ", m.end() + 2))
    return gaps, inside


def joined_lines(st: CleaningState, *, per_line: bool = False) -> None:
    """Turn the joining spaces of a line made of joined lines back into line breaks (rule ``joined_lines``).

    Parameters
    ----------
    st : CleaningState
        The cleaning run; its output is read, the line breaks are recorded as
        audited edits (each replaces a run of spaces by ``"\\n"``).
    per_line : bool, default False
        Also split the lines of a page with lines that hold a sentence end, a
        space and more text (every gap when two such, else those gaps only).
        Off in :data:`corpusmine.text.clean.RULES`: typeset spaces inside
        sentences of seed pages and reports would become line breaks
        (在全省181 个县区); paragraphs-flattened rounds 1-17 score 1076/1193
        with it, 1070 without (and 1112 normally, 1116 without).

    Returns
    -------
    None

    Examples
    --------
    >>> st = CleaningState("首页 > 讲话稿 作者: 佚名 同志们:今天开会。 二是要抓好落实。 上一篇:表态发言")
    >>> joined_lines(st)
    >>> print(st.doc.output)
    首页 > 讲话稿
    作者: 佚名
    同志们:今天开会。
    二是要抓好落实。
    上一篇:表态发言
    >>> st = CleaningState("同志们:\\n今天开会。 二是 要抓好落实。\\n谢谢大家!")    # 有行的页: 只拆句末空格
    >>> joined_lines(st, per_line=True)
    >>> st.doc.output
    '同志们:\\n今天开会。\\n二是 要抓好落实。\\n谢谢大家!'
    >>> st = CleaningState("同志们:\\n今天 开会。\\n谢谢大家!")          # 行内空格, 不是连接的行: 不动
    >>> joined_lines(st)
    >>> st.doc.edits
    []
    """
    out, view = st.view()
    if " " not in view and "\t" not in view:
        return
    starts: list[int] = []
    one_line = False
    n_lines = sum(1 for line in view.split("\n") if line.strip()) if view.count("\n") < 8 else _ONE_LINE_PAGE + 1
    if n_lines <= _ONE_LINE_PAGE:
        starts = [0] + [m.end() for m in re.finditer("\n", view)]
        one_line = True
    elif per_line:
        last = -1
        for m in _JOINED_PROSE.finditer(view):
            if m.start() > last:
                s = view.rfind("\n", 0, m.start()) + 1
                starts.append(s)
                last = view.find("\n", m.start())
                if last < 0:
                    break
    spans = []
    rows = False               # a menu row kept whole: evidence of joined lines as good as a second break
    menu, in_item = _menu_gaps(view)
    # breaks sure enough to stand alone: characters lost to '?' opening a paragraph, a byline before its dateline,
    # the end of a welcome line
    lost = [(m.start(), m.end(), "\n") for m in _LOST_OPENING.finditer(view)] if "??" in view or "？？" in view else []
    lost += _byline_gaps(view) + _welcome_gaps(view)
    if not one_line:
        spans += [(a, b, "\n") for a, b in sorted(menu.items())]
        spans = sorted(set(spans + _glued_rows(view) + lost + _widget_tails(view)))
    for s in starts:
        e = view.find("\n", s)
        e = len(view) if e < 0 else e
        prose_gaps = {m.end() for m in _JOINED_PROSE.finditer(view, s, e)}
        # the only line of a page, or one of two holding joined sentences (a title above a flattened body;
        # a menu below a one-line speech is no joined line), or with per_line two joined sentences
        every_gap = (one_line and (n_lines == 1 or bool(prose_gaps))) or len(prose_gaps) >= 2
        depth, pos = 0, s          # brackets open before the gap (counted from the last gap on: linear in the line)
        gaps = list(_GAP.finditer(view, s, e))
        in_row = _row_gaps(view, gaps, s, e) if every_gap else ()
        rows = rows or bool(in_row)
        for m in gaps:
            a, b = m.start(), m.end()
            depth = max(0, depth + sum(view.count(c, pos, a) for c in _OPENING)
                        - sum(view.count(c, pos, a) for c in _CLOSING))
            pos = a
            if a in menu:
                spans.append((a, b, "\n"))
            elif a in in_item or a in in_row:
                continue
            elif (view[a - 1] in ")）" and _GLOSS_END.search(view, max(s, a - 12), a)
                  and not _GLOSS_GLUED.search(view, max(s, a - 80), a)):
                continue     # 市委農(nong) 村工作會(hui) 議召開: a glossed word goes on after the space (where the
                             # converter glues glosses to the next character, 現(xiàn)場(chǎng) 某某攝, a space is a gap)
            elif b in prose_gaps and not _STAYS_BEFORE.match(view, b) and not _LOST_LABEL.match(view, b):
                spans.append((a, b, "\n"))
            elif every_gap and not depth and _BULLET.match(view, b, e):      # - 标题 / • 标题: an item of a list
                spans.append((a, b, "\n"))
            elif every_gap and not depth and not _stays(view, s, a, b) and (
                    not _inside_line(view[a - 1], view[b]) or _ADDRESSED.search(view, max(s, a - 12), a)
                    or _OPENS_LINE.match(view, b, e)
                    or (view[a - 1] in ":：" and _PROSE_VALUE.match(view, b, e)
                        and not _NOTICE_LABEL.search(view, max(s, a - 3), a))
                    or (_LINE_START.match(view, b) and _opens_line_after(view, a))
                    or (view[b] in "(（【" and _CLOCK_END.search(view, max(s, a - 9), a))
                    or (view[b] in "(（" and _BRACKET_CAPTION.match(view, b))
                    or (view[a - 1] in ",，" and _ADDRESSEE_END.search(view, max(s, a - 24), a)
                        and _ADDRESSEE_NEXT.match(view, b))
                    or ("0" <= view[b] <= "9" and _ISO_DATE_END.search(view, max(s, a - 11), a)
                        and not _CLOCK_AT.match(view, b))
                    or ("0" <= view[b] <= "9" and _COUNT_END.search(view, max(s, a - 14), a))
                    or (view[a - 1] < "\x80" and view[a - 1].isalpha() and _CHUNK_NUMBER.match(view, b))
                    or (view[a - 1] in "|｜" and a - 2 > s and view[a - 2] in " \t" and _LONG_PIECE.match(view, b)
                        and not META_MULTI.search(view, max(s, a - 30), a))):
                spans.append((a, b, "\n"))
    if one_line and lost:
        spans = sorted(set(spans) | set(lost))
    if len(spans) >= (_MIN_BREAKS if one_line and not lost and not rows else 1):
        st.doc.replace_many(spans, "joined_lines")
