"""A document-sharing site's notices around a speech it sells (session x, held-out round 85).

Document sites (文库, 文档, 范文 sites) wrap the text they sell in panels that the line rules before this module did
not read; each family is told by its words and its shape, never by a site's name:

* **numbered notices** (rule ``site_notice``): two or more numbered lines in a row, each about the site's documents,
  downloads, uploads, copyright or customer service (1. 本文档由用户上传,版权归属用户…  2. 下载前请仔细阅读文档内容…),
  with the label above them (温馨提示:, 下载须知:); a numbered line in the speaker's voice stops the run.
* **document notices** (rule ``site_notice``): a sentence line of at most :data:`MAX_NOTICE` characters about a
  document's files or rights (如PPT文件的首页显示word图标…, 部分文档作品中含有的国旗…禁止商用), not in the speaker's voice.
* **empty panel labels** (rule ``page_meta``): a panel's label alone on its line with nothing after its colon
  (配套讲稿:, 特殊限制:, 关 键 词:, 资源描述:); the row of keywords under a keyword label goes with it
  (全市 安全生产 活动 动员大会 讲话稿 _1).
* **service lines** (rule ``site_interface``): 网站客服:3074922707, a site's address alone on its line (example.cn),
  a paywall's marker (##paidbegin##), a collection's download button alone (合集下载) and a related list's header
  alone (相关主题; the related-list rules are not told of it, since on a document site the wrapped lines of the text
  stand under it, round 86).
* **page furniture** (round 86): a page counter (1 / 5; its later counters glued inside the words they cut, 教2 / 7 学,
  round 129k; a counter whose number was lost, 景区/ 8管理, round 130k) and a title with its page number (某某讲话第2页, rule
  ``page_number``), a category crumb after a slash (/农林牧渔), a site's name with its address alone on a line between
  paragraphs (某某汇 www.example.com); a menu of five or more short items between pipes (某某之友|原创|范文|素材|,
  rule ``navigation``); an anti-copy note telling how to find the site (【找文章到… 站注:去掉中间符号在百度搜索…】,
  rule ``watermark``); a numeric entity that lost its & and # between Chinese characters (五X8226;一, rule
  ``html_leftover``); a template site's stamp glued after a space at a line's end, its name with its address
  (…相互促进。 某某汇 www.example.com) or its slogan (…的主体作用 某某汇,办公文档之家, rule ``watermark``).
* **site rows and tables of contents** (round 87): a summary row cut before the title's start (……讲话》所在栏目:
  优质范文 > 内容摘要:……), a site's slogan (某某网提供各类范文写作素材!), an obfuscated compiler's credit (该文章由(
  第① 范. 文网) 整理。), a comment widget's label (网友评论《…), a hidden-content panel (隐藏内容 / 此处内容需要权限查看 /
  • 会员用户特权:免费), a form's blank fields (撰写人:____) (rule ``site_interface``); a table of contents under its
  label, its entries with page numbers or found again below (rule ``recommend_list``); an SEO question in brackets
  (…。【某某演讲稿如何写?】…, inside a line, rule ``promo_line``).
* **sharing notices** (round 88, rule ``site_notice``): a sentence saying where the material came from and offering
  to delete it (此资料由网络收集而来如有侵权请告知上传者立即删除。), a sharing site's slogan (资料共分享我们负责传递
  知识。) and a template's use note (范文仅供参考,自行编辑使用), wherever they stand, glued before a title or not; a
  table of contents closed by a line of dots keeps all its entries, found below or not (a cut excerpt lacks the
  headings it lists); the end of a tag cut inside its attribute's value at a line's start (主持词">…, rule
  ``html_leftover``, round 89).
* **round 91** (session z): an item's length after its heading ((全文384字), rule ``page_meta``); a site's sentence
  naming a text's keywords glued before the salutation (这篇…例文的关键词是…, ``page_meta``; a speaker's 本篇讲话的关键词
  是“实干” stays); a site's slogan alone (优秀实用范文分享, ``site_interface``); a page's number alone between two paragraphs
  of prose (``page_number``; a number above a heading stays); a forum's BBCode tags ([color=red], ``html_leftover``); a
  posting stamp with its time of day and the paper named under it (``meta_row``); a document viewer's English widgets
  and empty search (N/A, Share "…", Academic year: 2022, 没有找到结果。, ``site_interface``); a file's stamp that it can
  be edited, glued anywhere (下载后可任意编辑, ``watermark``, round 92); a forum post's header with its clicks, replies
  and masked IP, its lines broken anywhere (``meta_row``, round 92); an SEO title offering how to write the genre
  (某某演讲怎么写:附五分钟精选通用范文, ``promo_line``), a hidden-content notice inside a sentence (当前隐藏内容免费查看) and a
  site's name with its address glued after a sentence (某某网http://.example.com, ``watermark``, round 93); an
  organisation's hours and contact rows, a video site's file name and reading tips, a link back to a text's previous
  page (``site_interface``, round 93); an advert ending in its button, a collect button with the title, a lead above the
  salutation that opens by defining the genre, ASCII dots closing a cut excerpt (round 94); a page number in dashes, a
  posting note, a bracketed author credit opening a paragraph, a reader's sign-off asking to share (round 95); a converted
  document's running header glued anywhere (精品文档, ``watermark``, round 96); a substitution note ((单字替换)), a posting stamp glued to a
  title's end (某某讲话2007-02-08 08:04:03, ``meta_row``) and a viewer's tabs (文档列表 文档介绍, round 98); and, in
  :func:`doc_notices`, an e-paper's page navigation (版面导航 / 第01版 / 头版 …, ``navigation``).
* **session ao** (rounds 196k-200k): a list of two or more links each with its date on the line below (某某 / 更新日期:
  2019-05-30, ``related_list``); and the rows and notices of :mod:`corpusmine.text.doc_rows`, read in the same pass.
* **glued addresses** (rule ``watermark``): a short site address glued between a clause's mark and the next Chinese
  character (……尽管困难较多,2191.cn作为公司经营班子……), as a content farm stamps its copies; an address a speaker
  cites (请登录www.example.gov.cn查询) has its www. or stands after a verb, and stays.

:func:`doc_notices` runs before the line rules (which would take a notice's items one by one under other names);
:func:`doc_notice_lines` runs after them and takes what they leave.  Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = ("温馨提示:\\n1. 本文档由用户上传,版权归属用户,本站负责整理代发布。\\n2. 下载前请仔细阅读文档内容,确认后再下载。\\n"
...         "网站客服:3074922707\\n同志们:\\n今天召开全县大会。")
>>> st = CleaningState(page)
>>> doc_notices(st)
>>> doc_notice_lines(st)
>>> st.doc.output.strip()
'同志们:\\n今天召开全县大会。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_rows import doc_row_spans, numbered_outline
from corpusmine.text.lines import compact, iter_lines, lines_holding
from corpusmine.text.portal_dialogs import headline_index
from corpusmine.text.site_lines import NO_COPYING_ASK, NO_COPYING_VERB
from corpusmine.text.speech_voice import OPENING_SALUTATION, in_speech_voice

__all__ = ["MAX_NOTICE", "doc_notice_lines", "doc_notices"]

#: characters a document notice holds at most
MAX_NOTICE = 150

_SP = r"[ \t\u3000\xa0]"
_NUMBERED = re.compile(rf"^{_SP}*(?:[-•·]{_SP}*)?\d{{1,2}}{_SP}*[.、．]{_SP}*\S")
#: a site's words: its documents, downloads, uploads, rights and service
_SITE_WORD = re.compile(r"文档|下载|上传|本站|客服|版权|付费|预览|投诉|侵权|积分|会员")
_NOTICE_LABEL = re.compile(rf"^{_SP}*(?:温馨提示|下载须知|下载说明|下载提示|特别说明|注意事项|友情提示|用户须知){_SP}*[:：]?{_SP}*$")
#: a site speaking of itself as 我们 (我们的网址水印): no speaker says it
_SITE_VOICE = re.compile(r"我们的(?:网址|网站|水印)|本站")
#: a line about a document's files or rights
_FILE_WORD = re.compile(r"PPT|ppt|[Ww]ord|WORD|文档")
_RIGHTS_WORD = re.compile(r"图标|预览|商用|著作权|版权|仅作为|示例展示|下载|上传|侵犯|侵权|客服|退款")
#: a notice is told in sentences (a footer's 版权所有 row and a 文档下载 button are other rules')
_SENTENCE = re.compile(r"[。！!][ \t\u3000]*$")
_PANEL_LABEL = re.compile(
    rf"^{_SP}*[•·\-－]?{_SP}*(?:配套讲稿|特殊限制|关{_SP}*键{_SP}*词|关键字|资源描述|文档描述|内容简介|文档简介|资料简介)"
    rf"{_SP}*[:：]{_SP}*$")
_KEYWORD_LABEL = re.compile(r"关\s*键\s*[词字]")
_KEYWORD_ROW = re.compile(rf"^{_SP}*[^\s。！？!?,，:：;；]{{1,12}}(?:{_SP}+[^\s。！？!?,，:：;；]{{1,12}}){{2,12}}{_SP}*$")
_SERVICE = re.compile(
    rf"^{_SP}*(?:网站|在线|官方)?客服(?:QQ|qq|电话|热线|微信)?{_SP}*[:：]{_SP}*[0-9A-Za-z\-]{{5,20}}{_SP}*$"
    rf"|^{_SP}*(?:www\.)?[a-z0-9\-]{{2,30}}(?:\.[a-z0-9\-]{{2,20}})?\.(?:cn|com|net|org|cc|top|vip|info|xyz){_SP}*$"
    rf"|^{_SP}*(?:合集下载|打包下载|全集下载|相关主题){_SP}*$", re.M)
_PAID_MARK = re.compile(r"##[a-z]{3,16}##")
#: a document site's page furniture, alone on its line (round 86): a page counter (1 / 5), a category crumb after a
#: slash (/农林牧渔) or between two (文秘知识/会议发言稿, round 97), a title with its page number (某某讲话第2页), a site's name with its address (某某汇 www.example.com)
_PAGE_FURNITURE = re.compile(
    rf"^{_SP}*\d{{1,3}}{_SP}*/{_SP}*\d{{1,3}}{_SP}*$"
    rf"|^{_SP}*/{_SP}*[\u4e00-\u9fff]{{2,8}}{_SP}*$|^{_SP}*[\u4e00-\u9fff]{{2,8}}/[\u4e00-\u9fff]{{1,10}}?(?:稿|范文|材料|大全|知识|文档){_SP}*$"
    rf"|^{_SP}*[^\s。！？!?,，;；]{{4,60}}?第\d{{1,3}}页{_SP}*$"
    rf"|^{_SP}*[\u4e00-\u9fff]{{2,10}}{_SP}*(?:https?://)?(?:www|m)\.[\w\-]+(?:\.[\w\-]+)*\.[a-z]{{2,6}}/?{_SP}*$", re.M)
#: round 87: a site's row quoting the text's summary after its column, cut before the title's start
#: (……讲话》所在栏目:优质范文 > 内容摘要:尊敬的……); a site's slogan (某某网提供各类范文写作素材!); a credit of the site
#: that compiled the text, its name obfuscated (该文章由( 第① 范. 文网) 整理。); a comment widget's label (网友评论《某某);
#: a hidden-content panel's lines (隐藏内容, 此处内容需要权限查看, • 会员用户特权:免费, 会员免费查看); a form's blank
#: fields (撰写人:___________日期:___________)
#: round 101: the summary quoted after such a row's labels goes with them, before page_meta takes the labels alone,
#: when it is short or repeats the page's text (a flattened page whose only copy of the speech is the summary keeps it)
_SUMMARY_ROW = re.compile(
    rf"^[^\n]{{0,80}}》{_SP}*(?:所在栏目[:：][^\n]{{0,40}}?(?:内容摘要[:：]|$)|内容摘要[:：])(?P<value>[^\n]*)$", re.M)
MAX_SUMMARY = 300
_SITE_ROWS = re.compile(
    rf"^{_SP}*[\u4e00-\u9fff]{{2,10}}(?:网|站)提供[^\n。！!]{{0,20}}(?:范文|素材|文档|资料)[^\n。！!]{{0,10}}[!！。]?{_SP}*$"
    rf"|^{_SP}*(?:该|本)?(?:文章|文档|范文|资料)由[^\n。]{{1,30}}整理[。.]?{_SP}*$"
    rf"|^{_SP}*网友评论{_SP}*(?:[《:：][^\n]{{0,60}})?$"
    rf"|^{_SP}*(?:隐藏内容|此处内容需要(?:权限|登录|付费|回复)(?:才能)?查看|会员免费查看|(?:[•·]{_SP}*)?[\u4e00-\u9fff]{{2,8}}用户特权[:：][^\n]{{0,20}}){_SP}*$"
    rf"|^{_SP}*(?:[\u4e00-\u9fff]{{2,4}}{_SP}*[:：]{_SP}*_{{3,}}{_SP}*){{1,4}}$", re.M)
#: a table of contents under its label (目录, 目录/提纲:……): lines of the text's headings, each with its page number
#: (1.校长在家长会上的讲话. 3) or found again further down the page, closed by an ellipsis line or the first other line
_CONTENTS_LABEL = re.compile(rf"^{_SP}*(?:目录|提纲|目录/提纲|内容提纲){_SP}*[:：]?{_SP}*(?:…+|\.{{3,}})?{_SP}*$", re.M)
_PAGED_ENTRY = re.compile(rf"^{_SP}*[^\n。！？!?]{{2,60}}?\.?{_SP}*\d{{1,3}}{_SP}*$")
_ELLIPSIS_LINE = re.compile(rf"^{_SP}*(?:…+|\.{{3,}}){_SP}*$")
#: an entry of a table of contents is no sentence
_SENTENCE_END_MARK = re.compile(r"[。！？!?]")
#: a sharing notice, in its own sentences: where the material came from with an offer to delete it, and the slogan
_SHARED_NOTICE = re.compile(
    r"(?:此|本|该)?(?:资料|文档|文章|内容|作品|资源)(?:均|大多|部分)?(?:由|来自|来源于|收集于|整理自|源于)(?:网络|互联网|网友)"
    r"[^。！!\n]{0,24}?(?:侵权|版权)[^。！!\n]{0,24}?删除[。！!]?"
    r"|(?:资料|文档|知识|资源)共分?享[,，]?\s*我们负责传递知识[。！!]?"
    r"|(?:范文|模板|本文|文档|以上内容)仅供(?:参考|学习)[,，]?\s*(?:请)?(?:自行|根据实际(?:情况)?)(?:编辑|修改|调整)(?:后)?使用[。！!]?"
    # a use note forbidding copying after where the text came from (本文系网友投稿,仅供学习参考,请勿照搬照抄!; round 227k)
    r"|(?:本文|此文|该文|文章|范文|以上(?:文章|内容))[^。！!\n,，]{1,12}[,，]\s*" + NO_COPYING_ASK
    + r"(?:" + NO_COPYING_VERB + r"|[\u4e00-\u9fff]{0,3}(?=[ \t]*\Z))[。！!]?"   # or cut at the page's end (229k)
)
#: round 91: an item's length in brackets after its heading (环境保护演讲稿1(全文384字), （全文共506字）); a site's
#: sentence naming a text's keywords, glued before the salutation (这篇…致辞例文的关键词是庆典致辞,医院庆典, 尊敬的…);
#: a site's slogan alone on its line (优秀实用范文分享, 精品范文大全)
_LENGTH_TAG = re.compile(rf"[(（【\[]{_SP}*全文(?:共|约)?{_SP}*[\d,，]+{_SP}*字{_SP}*[)）】\]]")
_KEYWORD_NOTE = re.compile(
    rf"^{_SP}*(?:这|本)篇[^\n。！？!?“”\"]{{0,40}}?(?:范文|例文|文章|稿|致辞)的?关键(?:词|字)(?:是|为|有)[:：]?"
    rf"[^\n。！？!?“”\"]{{0,60}}?[,，、;；]?{_SP}*(?=尊敬的|各位|亲爱的|同志们|女士们|老师们|同学们|大家好|$)", re.M)
#: round 99: a site's synopsis of the text glued before its salutation or alone above it (本篇…演讲稿,来自…,条理清楚,
#: 从三方面介绍了…:尊敬的…), in the page's head (no sentence above it); a speaker names a text of his own in the first
#: person (我这篇发言稿)
_SYNOPSIS = re.compile(
    rf"(?:本篇|这篇|此篇|该篇)[^\n。！？!?我]{{0,30}}?(?:演讲稿|讲话稿|发言稿|致辞|致词|范文|述职报告|主持词|发言材料)"
    rf"[,，][^\n。！？!?我]{{2,60}}?[:：,，]?{_SP}*(?=(?:\n{_SP}*)?(?:尊敬的|各位|亲爱的|同志们|女士们|老师们|同学们|大家好))", re.M)
_SENTENCE_BEFORE = re.compile(r"[。！？!?]")
#: round 100: a document site's description of a shared text, its title in 《》 first, its glosses kept in the view
#: (《某某讲话.docx》由会员(上传)分享,(免费)(可)在线阅读,更多相关…请在某某网上搜索。), however long its line, up to its
#: 搜索 or its sentence's end (a page flattened to one line runs the speech on after it: round 133k)
_SHARED_BY = re.compile(
    r"(?:《[^》\n]{2,160}》)?由[^\n,，。]{0,12}?(?:上传|分享)[^\n,，。]{0,4}[,，][^\n,，。]{0,16}?(?:阅读|浏览)[,，]更多相关"
    r"(?:[^\n]{0,260}?(?:上搜索|上查找|搜索|查找)[。.!！]?|[^\n。！？!?]{0,260}[。！？!?]?)")
_SLOGAN_LINE = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{0,8}}(?:范文|文档|素材|资料|公文)(?:分享|大全|精选|推荐|下载){_SP}*$", re.M)
#: a page number alone between two paragraphs: the line above closed, the line below a paragraph of prose (a list's
#: number alone above its item's heading stays)
_LONE_NUMBER = re.compile(rf"^{_SP}*\d{{1,3}}{_SP}*$")
_CLOSED = re.compile(r"[。！？!?”」][ \t\u3000]*$")
_PROSE_LINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff“「《(（][^\n]{20,}[。！？!?”」][ \t\u3000]*$")
#: round 91 (new hosts): a forum's BBCode tags ([color=red]…[/color]); a posting stamp with its time of day and its
#: paper alone on a line (2022年01月31日 11时09分   某某日报); a document viewer's English widgets (N/A, Share "某某",
#: Academic year: 2022) and its empty search result (• 没有找到结果。)
_BBCODE = re.compile(r"\[/?(?:color|size|font|b|i|u|s|url|img|align|center|quote|code|backcolor)(?:=[^\]\n]{0,40})?\]"
                     r"|\[(?P<tag>[a-z]{2,10})\][0-9A-Za-z]{0,10}\[/(?P=tag)\]", re.I)   # a template's tag pair, value and all ([repy]3[/repy], 191k)
_STAMP_LINE = re.compile(
    rf"^{_SP}*\d{{4}}{_SP}*[年\-/]{_SP}*\d{{1,2}}{_SP}*[月\-/]{_SP}*\d{{1,2}}{_SP}*日?{_SP}*\d{{1,2}}{_SP}*[时:：]{_SP}*\d{{2}}"
    rf"{_SP}*分?(?:{_SP}*[:：]?{_SP}*\d{{2}}{_SP}*秒?)?(?:{_SP}+[\u4e00-\u9fff]{{2,10}})?{_SP}*$")
_PAPER_NAME = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,8}}(?:日报|晚报|时报|报|网|电视台|广播电视台|新闻){_SP}*$")
_VIEWER_WIDGET = re.compile(
    rf"^{_SP}*(?:N/?A|Share{_SP}+[\"“][^\"”\n]{{1,60}}[\"”]|[A-Z][a-z]+(?:{_SP}[a-z]+){{0,2}}{_SP}*:{_SP}*[A-Za-z0-9\-./]{{1,20}}"
    rf"|[•·]?{_SP}*(?:没有|未)找到(?:相关|任何)?(?:结果|内容|记录|文档)[。.!！]?){_SP}*$", re.M)
#: round 92: a document site's stamp that its file can be edited, alone or glued anywhere in the text (下载后可任意编辑)
_EDITABLE = re.compile(r"(?:(?:本文(?:档)?)?(?:格式为)?(?:[Ww]ord版本?|精品文档|优质文档)[,，]?[ \t]*)?下载后可(?:以)?(?:任意|自由|直接)?"
                       r"(?:编辑|修改)(?:和复制|和打印|、复制|使用)?")
#: round 98: a template site's note where it replaced a word against copying ((单字替换), (名称替换), (…对照进行准确替换))
_SUBSTITUTION = re.compile(r"[(（][^()（）\n]{0,40}?(?:单字|名称|名字|人名|地名|关键词|对照)[^()（）\n]{0,20}?替换[)）]")
#: round 98: a posting stamp glued to a title's end (某某讲话2007-02-08 08:04:03), a viewer's tabs (文档列表 文档介绍)
_TITLE_STAMP = re.compile(rf"(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_SP}*$", re.M)
_AFTER_TITLE = re.compile(rf"[\u4e00-\u9fff》”)）]{_SP}*$")     # what stands before the stamp (matched at its start)
_DOC_TABS = re.compile(rf"^{_SP}*(?:(?:文档列表|文档介绍|文档简介|相关文档|文档信息|文档目录){_SP}*){{2,}}$", re.M)
#: round 96: a converted document's running header, glued anywhere, even inside a word (…弘精品文档扬新风…)
_RUNNING_HEADER = re.compile(r"[ \t]*(?:精选)?(?:精品文档|优质文档|精选文档|精品[Ww]ord(?:文档)?)(?:[ \t]*(?:可以|可)?编[辑缉](?:修改)?(?:使用)?)?"
                             r"(?:[ \t]*[-—–]*[ \t]*倾情为你奉上)?[ \t]*")   # 精品word文档可编缉使用 glued inside a sentence (263k)
_SLOGAN_FOOTER = re.compile(r"(?:\d{4})?[\u4e00-\u9fff]{0,4}精品资料(?:[-—–][\u4e00-\u9fff]{2,10}){2,5}\d{0,3}")   # 2016全新精品资料-全新公文范文-…9
#: round 92 (new hosts): a forum post's header, its poster, time, clicks, replies and masked IP, its lines broken
#: anywhere (某网友(2012/1/23 9:04:06) 点击: 91269 回复: 0 IP: 31.* * *)
_POST_HEADER = re.compile(
    r"[A-Za-z0-9_\-]{0,20}[(（]\d{4}[/\-]\d{1,2}[/\-]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?[)）]\s*点击[:：]\s*\d*\s*"
    r"回复[:：]\s*\d*\s*IP[:：]\s*\d{1,3}(?:\.\s*(?:\d{1,3}|\*)(?:[ \t]*\*)*)*[ \t]*")
#: round 93: an SEO title offering how to write the genre, glued after a sentence or alone (某某演讲怎么写:附五分钟精选
#: 通用范文); a hidden-content notice glued inside a sentence (…回到了自己 当前隐藏内容免费查看的…); a site's name with
#: its address glued after a sentence (…大家上午好。某某网http://.example.com首先…)
_HOW_TO_TITLE = re.compile(r"(?:^|(?<=[。！？!?\s]))[^\s。！？!?:：]{2,30}(?:怎么写|如何写|怎样写)[:：]?附[^\n。！？!?]{0,20}"
                           r"(?:范文|模板|例文)", re.M)
_HIDDEN_INLINE = re.compile(r"[ \t]*(?:当前|此处|以下)?隐藏内容(?:免费|付费)?(?:登录后?|回复后?)?(?:可)?查看"
                            r"|[ \t]*查看隐藏内容[(（]?[*＊\d]{0,3}[)）]?(?:需|须|请)?先?登录(?:后?(?:可见|查看))?")   # round 245k
#: round 101: a site's name, a dash, its slogan and its address, alone at a line's start (秘书之家—全网资源每日更新
#: www.example.com): that stamp goes wherever the page repeats it, glued inside a sentence too; a glued menu opening
#: with the home page's label, its items without a mark between them (网站首页节日演讲稿工作学习演讲稿…).  Round 104: the
#: address may stand on the next line (a flattened page's lines rejoined) and digits may follow its domain (….com2025 年)
_SLOGAN_STAMP = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,8}}[—\-–]{{1,2}}[\u4e00-\u9fff]{{2,16}}{_SP}*\n?{_SP}*"
                           r"(?:https?://)?www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,6}(?![A-Za-z])/?", re.M)
_GLUED_MENU = re.compile(rf"^{_SP}*(?:网站首页|范文首页|文库首页|首页)(?=[\u4e00-\u9fff])[^\s。！？!?,，、:：;；“”()（）|｜]{{8,200}}{_SP}*(?:[|｜]{_SP}*)?$", re.M)
#: round 102: a site's claim on the text glued anywhere, with its hover prompt (本资料权属某某网,放上鼠标按照提示查看某某网
#:更多资料); a site's quality tag closing the title or alone (某某讲话【精品范文】)
_RIGHTS_CLAIM = re.compile(r"[(（]本(?:文|资料|文章|文档|内容|范文)(?:版权)?(?:权属|归属|属于)[^()（）\n]{2,60}[)）]"   # bracketed whole (218k)
                           r"|本(?:资料|文章|文档|内容|范文)(?:版权)?(?:权属|归属|属于)[\u4e00-\u9fff]{2,12}(?:网|站)"
                           r"(?:[,，][^\n。！？!?]{0,40}?(?:更多|查看|检视)[^\n。！？!?]{0,16}?(?:资料|内容|范文|文章))?")
_QUALITY_TAG = re.compile(rf"[【\[](?:精品|精选|优质|推荐|热门|VIP|原创|转载|转帖|置顶)(?:范文|文档|资料|文章)?[】\]]{_SP}*$", re.M)
_SITE_URL_STAMP = re.compile(r"(?:^|(?<=[。！？!?]))[\u4e00-\u9fff]{2,8}(?:网|站)[ \t]*https?://\.?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?", re.M)
#: session au (round 233k): the stamp in brackets, glued anywhere, its address cut or whole ([某某秘书网-http://])
_BRACKET_URL_STAMP = re.compile(r"[\[【][\u4e00-\u9fff]{2,10}(?:网|站|文库)[ \t]*[-—–:：]?[ \t]*(?:https?://|www\.)[^\]】\s]*[\]】]")
#: round 93 (new hosts): an organisation's service rows alone on their lines: its hours' label and the hours (工作时间 /
#: 周一至周五 :8:30-17:00), its contact label and a name with a telephone number (联系方式 / 某道长:029—84906200); a video
#: site's file name (档名:WD32-133-0001), its reading tips (鼠标左键双击讲演稿内容切换竖横排) and a download label alone; a
#: paginated text's link back to its previous page (..续本文上一页)
_SERVICE_ROWS = re.compile(
    rf"^{_SP}*(?:工作时间|办公时间|营业时间|开放时间|服务时间|联系方式|联系我们|下载|文字档下载[:：]?[A-Za-z ]*){_SP}*[:：]?{_SP}*$"
    rf"|^{_SP}*(?:周|星期)[一二三四五六日天]{_SP}*[至到\-—~]{_SP}*(?:周|星期)[一二三四五六日天]{_SP}*[:：]?{_SP}*\d{{1,2}}[:：]\d{{2}}"
    rf"{_SP}*[\-—~至]{_SP}*\d{{1,2}}[:：]\d{{2}}{_SP}*$"
    rf"|^{_SP}*[\u4e00-\u9fff]{{1,8}}{_SP}*[:：]{_SP}*(?:\d{{3,4}}{_SP}*[\-—]{_SP}*)?\d{{7,8}}{_SP}*$"
    rf"|^{_SP}*(?:档名|文件名)[:：]{_SP}*[A-Za-z0-9][A-Za-z0-9\-_.]{{2,30}}"
    rf"|^[^\n]{{0,10}}(?:鼠标|滑鼠)(?:左键|右键)?(?:单击|双击|点击)[^\n。]{{0,30}}(?:切换|放大|缩小)[^\n。]*$"
    rf"|^{_SP}*[.…]*{_SP}*(?:续|接)本文(?:上一页|上页){_SP}*$"
    rf"|^{_SP}*(?:浏览记录|刚注册|我的浏览记录){_SP}*$|^{_SP}*[—\-]{_SP}*(?:[IVX]{{1,4}}|\d{{1,3}}){_SP}*[—\-]?{_SP}*$", re.M)
#: round 95: a page number in dashes glued inside a sentence (…将获—I—得…, round 112k: …促进我—1—国…); a posting note in one sentence (本文
#: 2017-02-14 19:22:25发表“指导讲话”栏目。); a bracketed author credit opening a paragraph ((作者:某某)根据…); a reader's
#: sign-off asking to share and follow (如果您喜欢这篇文章,请分享给您的小伙伴们吧!欢迎持续关注我们的后续更新。)
_DASHED_PAGE = re.compile(r"(?<=[\u4e00-\u9fff])—(?:[IVX]{1,4}|\d{1,3})—(?=[\u4e00-\u9fff])")
_POSTED_NOTE = re.compile(rf"^{_SP}*本文{_SP}*\d{{4}}[\-/]\d{{1,2}}[\-/]\d{{1,2}}[\d: ]*发表(?:于|在)?[“\"]?[^”\"\n]{{1,16}}[”\"]?栏目[。.]?", re.M)
#: round 215k: a template site's line naming the text, its column and the site (某某讲话,栏目:领导讲话稿,公文写作范文 ,http://…)
_COLUMN_NOTE = re.compile(rf"^{_SP}*[^\n。！？!?]{{2,60}}[,，]{_SP}*栏目{_SP}*[:：](?=[^\n。！？!?]{{0,60}}(?:范文|讲话稿|写作|公文))"
                          rf"[^\n。！？!?]{{2,100}}?(?:(?:https?://|www\.)[!-~]*)?{_SP}*[。.]?{_SP}*$", re.M)
_AUTHOR_OPEN = re.compile(rf"^{_SP}*[(（]作者[:：][^()（）\n]{{1,20}}[)）]", re.M)
_SHARE_SIGNOFF = re.compile(
    rf"^{_SP}*(?:如果(?:您|你)(?:喜欢|觉得)[^\n。！!]{{0,12}}(?:文章|内容|范文)[^\n]{{0,30}}(?:分享|收藏|关注)|欢迎(?:持续|继续)关注(?:我们|本站))[^\n]*$", re.M)
#: round 94: a site's advert ending in its button (公文高手,超级方便的公文写作神器! 立即了解); a collect button with the
#: text's title (收藏《某某讲话》)); a paragraph above the salutation that opens by defining the genre (演讲稿是一种实用性比较
#: 强的文稿,…: a site's lead, its sentences copied from the speech below); ASCII dots closing the page after a comma or a
#: word, where an excerpt was cut (…接下来,...)
_AD_BUTTON = re.compile(rf"^[^\n。]{{2,40}}?[!！]?{_SP}*(?:立即了解|立即体验|立即试用|马上体验|免费试用|立即咨询){_SP}*$", re.M)
_BUTTON_END = re.compile(rf"(?:立即了解|立即体验|立即试用|马上体验|免费试用|立即咨询){_SP}*$", re.M)
_COLLECT = re.compile(rf"^{_SP}*收藏{_SP}*《[^》\n]{{2,80}}》{_SP}*[)）]?{_SP}*$", re.M)
_GENRE_DEFINITION = re.compile(
    rf"^{_SP}*(?:会议|大会|活动|晚会|婚礼|典礼|年会|庆典|就职|竞聘|开幕式|闭幕式)?(?:演讲稿|讲话稿|发言稿|致辞|主持词|述职报告|工作总结|心得体会|汇报材料)"
    r"(?:是|也叫|又叫|一般是|通常是|也称)[^\n]*$", re.M)   # round 106: an occasion before the genre (会议主持词是…)
_CUT_DOTS = re.compile(r"(?<=[\u4e00-\u9fff,，、])[ \t]*\.{2,}[ \t]*\Z")
_CUT_COMMA_DOTS = re.compile(r"(?<=[,，])[ \t]*\.{3,}[ \t]*$", re.M)
#: round 104: a preview that cuts every paragraph and closes it with a run of dots (……总的来说,这3…………): two lines or
#: more ending in four or more '…' right after a clause's character (a speaker's …… closes a sentence or stands alone);
#: an opening bracket left alone at the end of a cut page (……节日快乐!()
_CUT_ELLIPSIS = re.compile(r"(?<=[\u4e00-\u9fff0-9A-Za-z,，、])[ \t]*…{4,}[ \t]*$", re.M)
_CUT_OPEN = re.compile(r"(?<=[。！？!?”」])[ \t]*[(（【\[《“][ \t]*\Z")
#: an e-paper's page navigation: its label, then each page's number with its section's name (版面导航 / 第01版 / 头版)
_PAPER_NAV_LABEL = re.compile(rf"^{_SP}*(?:版面导航|版面目录|本版导航|版面选择){_SP}*$")
_PAPER_PAGE = re.compile(rf"^{_SP}*第{_SP}*\d{{1,3}}{_SP}*版(?:{_SP}*[:：]{_SP}*[^\s。！？,，]{{1,12}})?{_SP}*$")
#: an e-paper's edition line: the date, the paper and its page (2020年11月25日《某某日报》头版; round 229k)
_PAPER_EDITION = re.compile(rf"^{_SP}*(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日{_SP}*《[^》\n]{{2,16}}(?:报|報)》{_SP}*"
                            rf"(?:头版|頭版|第{_SP}*[0-9一二三四五六七八九十]{{1,3}}{_SP}*版|[A-Z]?\d{{1,2}}版){_SP}*$", re.M)
_PAPER_SECTION = re.compile(rf"^{_SP}*[\u4e00-\u9fff·、]{{2,12}}{_SP}*$")
#: the end of a tag cut before its attribute's value closed (主持词">主持词及演讲赛议程): the value, its quote and >
_ATTRIBUTE_TAIL = re.compile(r"^[ \t]*[^\n<>\"“”]{1,30}\"[ \t]*/?>", re.M)
#: an SEO question in brackets injected into a speech (【某某演讲稿如何写?】)
#: inside a line only: at a line's start it stands where a speech's title may, and the front matter above a
#: salutation after it would go with it (a previous page's 谢谢大家! did, round 87)
_HOW_TO = re.compile(r"(?<=[^\s])【[^】\n]{2,30}(?:如何写|怎么写|怎样写)[?？]?】")


def _contents(view: str) -> list[tuple[int, int]]:
    """A table of contents under its label: entries with page numbers or found again below, or any short entries
    closed by an ellipsis line (目录/提纲:…… 一、… 二、… ……: a cut excerpt lacks the headings it lists)."""
    spans: list[tuple[int, int]] = []
    for m in _CONTENTS_LABEL.finditer(view):
        run = [(m.start(), m.end())]
        entries: list[tuple[int, int]] = []     # short lines that are no sentence, found below or not
        closed = False
        for s, e, line in iter_lines(view[m.end():m.end() + 3000]):
            s, e = s + m.end(), e + m.end()
            if not line.strip():
                continue
            if _ELLIPSIS_LINE.match(line):
                closed = True
                entries.append((s, e))
                break
            entry = line.strip()
            if len(entry) > 60 or _SENTENCE_END_MARK.search(entry) or len(entries) >= 40:
                break
            entries.append((s, e))
        numbered = numbered_outline(view, entries)
        if closed:
            run += entries
        elif numbered:
            run += numbered
        else:
            for s, e in entries:                # the entries up to the first one neither paged nor found below
                entry = view[s:e].strip()
                if not (_PAGED_ENTRY.match(view[s:e]) or view.find(entry, e) >= 0):
                    break
                run.append((s, e))
        if len(run) >= 3:           # the label and two entries at least
            spans += run
    return spans


#: a flattened document page opened by its page counter (1 / 5 某某讲话 /农林牧渔 一年一度……): the counter, the
#: category crumb after the title, and the later counters of the same count (2 / 5) go
_FLAT_COUNTER = re.compile(rf"^{_SP}*\d{{1,3}}{_SP}/{_SP}(?P<of>\d{{1,3}})(?={_SP})", re.M)
_FLAT_CRUMB = re.compile(rf"{_SP}/[\u4e00-\u9fff]{{2,8}}(?={_SP})")


#: a viewer's counter whose page number was lost, left inside the word it cut (…景区/ 8管理好…; round 130k): a slash,
#: one blank and the page count, glued to Chinese on both sides (元/吨 has no blank; 1 / 3 of a count keeps its number)
_LOST_COUNTER = re.compile(r"(?<=[\u4e00-\u9fff])/ \d{1,3}(?=[\u4e00-\u9fff])")


def _flat_doc_pages(view: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _FLAT_COUNTER.finditer(view):
        e = view.find("\n", m.end())
        e = len(view) if e < 0 else e
        spans.append((m.start(), m.end(), "page_number"))
        if c := _FLAT_CRUMB.search(view, m.end(), min(e, m.end() + 80)):
            spans.append((c.start(), c.end(), "breadcrumb"))
        # a later counter of the same count, glued to a word of the text it cut (…教育教2 / 7 学成绩…, round 129k),
        # on the counter's line or below it; counts above the page's count are no page's
        later = re.compile(rf"(?<=[ \t\u3000\xa0\u4e00-\u9fff])(?P<n>\d{{1,3}}){_SP}/{_SP}{m.group('of')}(?=[ \t\u3000\xa0\u4e00-\u9fff])")
        spans += [(x.start(), x.end(), "page_number") for x in later.finditer(view, m.end())
                  if 1 < int(x.group("n")) <= int(m.group("of"))]
    return spans


#: a menu of five or more short items between pipes (某某之友|原创|范文|素材|写作|PPT|)
_PIPE_MENU = re.compile(rf"^{_SP}*(?:[^\s|｜。！？!?,，]{{1,8}}{_SP}*[|｜]{_SP}*){{4,}}[^\s|｜。！？!?,，]{{0,8}}{_SP}*$", re.M)
#: an anti-copy note in brackets telling the reader how to find the site (【找文章到☆… =站注:去掉中间符号在百度搜索…】)
_FIND_SITE = re.compile(r"[\[【][^\]】\n]{0,60}(?:去掉中间符号|百度搜索|搜索第一个网站)[^\]】\n]{0,40}[\]】]")
#: a numeric HTML entity that lost its & and # (……在明年“五X8226;一”前……), between Chinese characters
_ENTITY_DEBRIS = re.compile(r"(?<=[\u4e00-\u9fff“”])[ \t]?(?:&#|#)?[Xx]?\d{3,5};(?=[\u4e00-\u9fff“”])")
#: a template site's stamp glued after a space at a line's end: its name with its address (…相互促进。 某某汇
#: www.example.com) or its slogan (…的主体作用 某某汇,办公文档之家)
_TAIL_STAMP = re.compile(
    rf"(?<=\S){_SP}+[\u4e00-\u9fff]{{2,10}}{_SP}*(?:https?://)?(?:www|m)\.[\w\-]+(?:\.[\w\-]+)*\.[a-z]{{2,6}}/?{_SP}*$"
    rf"|(?<=[\u4e00-\u9fff。！？!?:：]){_SP}+[\u4e00-\u9fff]{{2,8}}[,，][\u4e00-\u9fff]{{0,8}}(?:文库|之家|范文网|文档网|范文){_SP}*$", re.M)
#: round 214k: a site's name and slogan glued anywhere in a sentence (某某之家,全国某某共同的天地下面,根据…)
_SLOGAN_INSERT = re.compile(r"[\u4e00-\u9fff]{2,8}(?:之家|网)[,，][\u4e00-\u9fff]{0,10}[共公]同的(?:天地|家园|精神家园)")
#: round 215k: a page's SEO title alone on its line, three or more phrases joined by underscores (某某_某某某_某某某某)
_UNDERSCORE_TITLE = re.compile(rf"^{_SP}*[^\s_。！？!?,，]{{2,24}}(?:_[^\s_。！？!?,，]{{2,24}}){{2,}}{_SP}*$", re.M)
_GLUED_ADDRESS = re.compile(r"(?<=[,，。；;！!？?])[a-z0-9]{2,12}\.(?:cn|com|net|cc)(?=[\u4e00-\u9fff])")


def _site_line(line: str) -> bool:
    # a site's notice speaks as 我们 too, but to a reader (您): 如文档侵犯您的权益,请联系客服,我们会尽快为您处理
    return bool(_SITE_WORD.search(line)) and (not in_speech_voice(line) or "您" in line or bool(_SITE_VOICE.search(line)))


def _notice_runs(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of two or more numbered lines about the site, with the label line right above them."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _NUMBERED.match(lines[j][2]) and _site_line(lines[j][2]):
            j += 1
        if j - i >= 2:
            if i > 0 and _NOTICE_LABEL.match(lines[i - 1][2]):
                spans.append(lines[i - 1][:2])
            spans += [(s, e) for s, e, _ in lines[i:j]]
            i = j
        else:
            i += 1
    return spans


def _paper_navigation(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """An e-paper's page navigation: its label, the run of page numbers and section names under it, the headlines above."""
    spans = []
    for k, (s, e, line) in enumerate(lines):
        if not _PAPER_NAV_LABEL.match(line):
            continue
        end, after_page = e, False
        for _, e2, nxt in lines[k + 1:k + 60]:
            if _PAPER_PAGE.match(nxt):
                end, after_page = e2, True
            elif after_page and _PAPER_SECTION.match(nxt):
                end, after_page = e2, False
            else:
                break
        spans += [(s, end), *headline_index(lines, k)]     # the page's headlines above its label (round 242k)
    return spans


#: an item of a list of dated links: a title, and its date alone under it (round 198k)
_ITEM_DATE = re.compile(r"[ \t]*(?:(?:更新|发布|发表|上传)(?:日期|时间)|日期)[ \t]*[:：][ \t]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]*")
_ITEM_TITLE = re.compile(r"[^\n。！？!?:：]{2,40}")


def _dated_items(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of two or more links each with its date on the line below (某某文章 / 更新日期: 2019-05-30), title and date."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(lines):
        j = i
        while (j + 1 < len(lines) and _ITEM_TITLE.fullmatch(lines[j][2].strip()) and not _ITEM_DATE.fullmatch(lines[j][2])
               and _ITEM_DATE.fullmatch(lines[j + 1][2])):
            j += 2
        if j - i >= 4:
            spans += [(s, e) for s, e, _ in lines[i:j]]
        i = max(j, i + 1)
    return spans


def doc_notices(st: CleaningState) -> None:
    """Delete the numbered notices with their label (rule ``site_notice``), a pipe menu and a table of contents,
    before the line rules take them apart.

    Examples
    --------
    >>> st = CleaningState("下载须知:\\n1. 本文档由用户上传,版权归属用户。\\n2. 下载前请仔细阅读文档内容。\\n同志们:\\n要抓好落实。")
    >>> doc_notices(st)
    >>> st.doc.output.strip()
    '同志们:\\n要抓好落实。'
    """
    _, view = st.view()
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans = [(s, e, "site_notice") for s, e in _notice_runs(lines)]
    if "日期" in view:
        spans += [(s, e, "related_list") for s, e in _dated_items(lines)]
    if "|" in view or "｜" in view:
        spans += [(m.start(), m.end(), "navigation") for m in _PIPE_MENU.finditer(view)]
    spans += [(m.start(), m.end(), "editor_blurb") for m in _GENRE_DEFINITION.finditer(view)
              if OPENING_SALUTATION.search(view, m.end())]      # whole, before the intro rules take its first sentence
    if "所在栏目" in view or "内容摘要" in view:      # round 101: the summary quoted after the labels goes with them
        for m in _SUMMARY_ROW.finditer(view):
            head = compact(m["value"])[:12]
            whole = len(m["value"]) <= MAX_SUMMARY or (len(head) == 12 and head in compact(view[:m.start()] + view[m.end():]))
            spans.append((m.start(), m.end() if whole else m.start("value"), "site_interface"))
    if "IP" in view:      # before the line rules take its lines one by one
        spans += [(m.start(), m.end(), "meta_row") for m in _POST_HEADER.finditer(view)]
    if "版" in view:      # before the rules that take its page numbers and leave the sections' names
        spans += [(a, b, "navigation") for a, b in _paper_navigation(lines)]
        spans += [(m.start(), m.end(), "meta_row") for m in _PAPER_EDITION.finditer(view)]
    if "目录" in view or "提纲" in view:      # before the rule that takes a lone 目录 and leaves its entries
        spans += [(a, b, "recommend_list") for a, b in _contents(view)]
    st.delete_spans(spans + doc_row_spans(view))


def doc_notice_lines(st: CleaningState) -> None:
    """Delete the other families of the module's docstring, each under its rule, after the rules that name them.

    Examples
    --------
    >>> st = CleaningState("同志们:\\n尽管困难较多,2191.cn作为经营班子我们充满信心。\\n合集下载\\n特殊限制:")
    >>> doc_notice_lines(st)
    >>> st.doc.output
    '同志们:\\n尽管困难较多,作为经营班子我们充满信心。\\n\\n'
    """
    _, view = st.view()
    lines = [(s, e, line) for s, e, line in iter_lines(view) if line.strip()]
    spans: list[tuple[int, int, str]] = []
    for k, (s, e, line) in enumerate(lines):
        if len(line) <= MAX_NOTICE and _FILE_WORD.search(line) and _RIGHTS_WORD.search(line) \
                and (_SENTENCE.search(line) or k == len(lines) - 1 > 0 and _PANEL_LABEL.match(lines[k - 1][2])) \
                and not in_speech_voice(line) and not _NUMBERED.match(line):     # or cut by the page under its label (152k)
            spans.append((s, e, "site_notice"))
        elif _LONE_NUMBER.match(line) and 0 < k < len(lines) - 1 and _CLOSED.search(lines[k - 1][2]) \
                and _PROSE_LINE.match(lines[k + 1][2]):
            spans.append((s, e, "page_number"))   # a page's number between two paragraphs of prose (round 91)
        elif _STAMP_LINE.match(line):
            spans.append((s, e, "meta_row"))      # a posting stamp, and the paper named alone under it
            if k + 1 < len(lines) and _PAPER_NAME.match(lines[k + 1][2]):
                spans.append((*lines[k + 1][:2], "meta_row"))
        elif _PANEL_LABEL.match(line):
            spans.append((s, e, "page_meta"))
            if _KEYWORD_LABEL.search(line) and k + 1 < len(lines) and _KEYWORD_ROW.match(lines[k + 1][2]):
                spans.append((*lines[k + 1][:2], "page_meta"))
    spans += [(m.start(), m.end(), "site_interface") for m in _SERVICE.finditer(view)]
    if "##" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _PAID_MARK.finditer(view)]
    if "." in view:
        spans += [(m.start(), m.end(), "watermark") for m in _GLUED_ADDRESS.finditer(view)]
    spans += [(m.start(), m.end(), "page_number") for m in _PAGE_FURNITURE.finditer(view)]
    if "/" in view:
        spans += _flat_doc_pages(view)
        spans += [(m.start(), m.end(), "page_number") for m in _LOST_COUNTER.finditer(view)]
    spans += [(m.start(), m.end(), "site_interface") for m in _SITE_ROWS.finditer(view)]
    if "写" in view:
        spans += [(m.start(), m.end(), "promo_line") for m in _HOW_TO.finditer(view)]
    if '">' in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _ATTRIBUTE_TAIL.finditer(view)]
    if "[" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _BBCODE.finditer(view)]
    spans += [(m.start(), m.end(), "site_interface") for m in _SERVICE_ROWS.finditer(view)]
    if "—" in view:
        spans += [(m.start(), m.end(), "page_number") for m in _DASHED_PAGE.finditer(view)]
    if "栏目" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _POSTED_NOTE.finditer(view)]
        spans += [(m.start(), m.end(), "page_meta") for m in _COLUMN_NOTE.finditer(view)]
    if "作者" in view:
        spans += [(m.start(), m.end(), "byline") for m in _AUTHOR_OPEN.finditer(view)]
    if "关注" in view:
        spans += [(m.start(), m.end(), "editor_blurb") for m in _SHARE_SIGNOFF.finditer(view)
                  if m.group().lstrip().startswith("如果") or not in_speech_voice(m.group())]   # no speaker says 这篇文章
    for b in _BUTTON_END.finditer(view):        # the button's words first (a fast scan), then its line
        s = view.rfind("\n", 0, b.start()) + 1
        m = _AD_BUTTON.match(view, s)
        if m and not in_speech_voice(m.group()):
            spans.append((m.start(), m.end(), "promo_line"))
    if "收藏" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _COLLECT.finditer(view)]
    if view.rstrip().endswith(".."):
        spans += [(m.start(), m.end(), "truncation_marker") for m in _CUT_DOTS.finditer(view.rstrip())]
    if ",..." in view or "，..." in view:     # round 108: a cut excerpt's dots after a comma, a widget's line below it
        spans += [(m.start(), m.end(), "truncation_marker") for m in _CUT_COMMA_DOTS.finditer(view)]
    if "…………" in view and len(cut := list(_CUT_ELLIPSIS.finditer(view))) >= 2:
        spans += [(m.start(), m.end(), "truncation_marker") for m in cut]
    if view.rstrip()[-1:] in ("(", "（", "【", "[", "《", "“"):
        spans += [(m.start(), m.end(), "truncation_marker") for m in _CUT_OPEN.finditer(view.rstrip())]
    if "怎么写" in view or "如何写" in view or "怎样写" in view:
        spans += [(m.start(), m.end(), "promo_line") for m in _HOW_TO_TITLE.finditer(view)]
    if "隐藏内容" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _HIDDEN_INLINE.finditer(view)]
    if "http" in view:
        spans += [(m.start(), m.end(), "watermark") for m in _SITE_URL_STAMP.finditer(view)]
    if "http" in view or "www." in view:
        spans += [(m.start(), m.end(), "watermark") for m in _BRACKET_URL_STAMP.finditer(view)]
    if "www." in view:
        for stamp in {m.group().strip() for m in _SLOGAN_STAMP.finditer(view)}:
            glued = re.compile(r"\s*".join(map(re.escape, stamp.split())))
            spans += [(m.start(), m.end(), "watermark") for m in glued.finditer(view)]
    if "首页" in view:
        spans += [(m.start(), m.end(), "navigation") for m in _GLUED_MENU.finditer(view)]
    if "本" in view and ("权属" in view or "归属" in view or "属于" in view):
        spans += [(m.start(), m.end(), "watermark") for m in _RIGHTS_CLAIM.finditer(view)]
    if "【" in view or "[" in view:
        spans += [(m.start(), m.end(), "watermark") for m in _QUALITY_TAG.finditer(view)]
    if "下载后" in view:
        spans += [(m.start(), m.end(), "watermark") for m in _EDITABLE.finditer(view)]
    if ":" in view:       # the stamp first (it opens with digits), then the title's end before it
        spans += [(b.start() + 1, m.end(), "meta_row") for m in _TITLE_STAMP.finditer(view)
                  if (b := _AFTER_TITLE.search(view, max(0, m.start() - 8), m.start())) and b.end() == m.start()]
    if "文档" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _DOC_TABS.finditer(view)]
    if "替换" in view:
        spans += [(m.start(), m.end(), "watermark") for m in _SUBSTITUTION.finditer(view)]
    if any(w in view for w in ("精品文档", "优质文档", "精选文档", "精品word", "精品Word")):
        spans += [(m.start(), m.end(), "watermark") for m in _RUNNING_HEADER.finditer(view)]
    for s, e, line in lines_holding(view, ("精品资料",)):
        spans += [(s + m.start(), s + m.end(), "watermark") for m in _SLOGAN_FOOTER.finditer(line)]
    spans += [(m.start(), m.end(), "site_interface") for m in _VIEWER_WIDGET.finditer(view)]
    if "全文" in view:
        spans += [(m.start(), m.end(), "page_meta") for m in _LENGTH_TAG.finditer(view)]
    if "关键" in view:
        spans += [(m.start(), m.end(), "page_meta") for m in _KEYWORD_NOTE.finditer(view)]
    if "更多相关" in view:
        spans += [(m.start(), m.end(), "download_panel") for m in _SHARED_BY.finditer(view)]
    if "篇" in view:      # in the page's head: before its first sentence's end
        head = (first.start() if (first := _SENTENCE_BEFORE.search(view)) else len(view))
        spans += [(m.start(), m.end(), "editor_blurb") for m in _SYNOPSIS.finditer(view, 0, head + 200)
                  if m.start() < head and view[m.start() - 1:m.start()] != "我"]
    spans += [(m.start(), m.end(), "site_interface") for m in _SLOGAN_LINE.finditer(view)]
    if "删除" in view or "传递知识" in view or "使用" in view or "仅供" in view:
        spans += [(m.start(), m.end(), "site_notice") for m in _SHARED_NOTICE.finditer(view)]
    # the lines holding a stamp's or an entity's literal are read; the lines between are never made
    for s, e, line in lines_holding(view, ("www.", "m.", "文库", "之家", "范文", "文档网")):
        spans += [(s + m.start(), s + m.end(), "watermark") for m in _TAIL_STAMP.finditer(line)]
    if "搜" in view or "符号" in view:
        spans += [(m.start(), m.end(), "watermark") for m in _FIND_SITE.finditer(view)]
    if "_" in view:
        spans += [(m.start(), m.end(), "seo_title") for m in _UNDERSCORE_TITLE.finditer(view)]
    if "同的天地" in view or "同的家园" in view or "同的精神家园" in view:
        spans += [(m.start(), m.end(), "watermark") for m in _SLOGAN_INSERT.finditer(view)]
    for s, e, line in lines_holding(view, (";",)):
        spans += [(s + m.start(), s + m.end(), "html_leftover") for m in _ENTITY_DEBRIS.finditer(line)]
    st.delete_spans(spans)
