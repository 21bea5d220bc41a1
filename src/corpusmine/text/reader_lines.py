"""Site lines that are chrome wherever they stand on the page, told by their words alone (session r).

Most site noise stands at a page's edges, where :mod:`corpusmine.text.page_edges` reads it by its place.  Some
families also stand between two paragraphs of the speech (a paginated article's pager between its pages, a tag row
or a reader's sign-off before an appended list, a related list's header), where place says nothing; this module
reads them by words no speaker uses:

* **pagers** (rule ``page_number``): a row of page numbers with a pager's word (1 2 3 下一页 尾页, 共3页: 上一页 1 2 3
  下一页, 第1页 第2页 第3页, 本文共计5页,当前第1页); a row of numbers alone stays (a table's figures).
* **tag rows** (rule ``page_meta``): a search-term, tag or keyword label with a short list of words after it
  (相关热词搜索:讲话 安全生产 会议, 热门标签:…, TAGS: …, 关键词:…); a sentence after the label stays
  (关键词:要把握好三个关键词。).
* **reader sign-offs** (rule ``editor_blurb``): a site thanking its reader or asking them to share, collect or
  follow (感谢您的阅读,祝您生活愉快!, 相信这篇文章能帮助到您…, 希望对大家写作有帮助!, 如果觉得不错请分享给你的朋友, 更多精彩内容请扫描下方
  二维码关注我们, 点击查看更多讲话稿范文, 某某网权威发布…,更多…相关信息请访问某某网), a reach counter (本文已影响1234人), a comment box's notice (文明上网,理性
  发言, 网友评论仅供其表达个人看法…), a disclaimer on shared content (内容来自用户分享和网络整理,不保证…); a
  speaker's thanks (感谢大家的支持!, 谢谢大家!) name no reading and stay.
* **list headers** (rule ``recommend_list``): a short line of a site's list names (精选范文推荐, 最新推荐 热门排行,
  看过本文的人还看了:, 你可能还感兴趣:).
* **a site announcing its own text, its app or its account** (session s probes): 以下是本站分享的…讲话 (rule
  ``editor_blurb``), 下载APP,阅读更多精彩内容, 点击关注,获取更多公文范文 (rule ``promo_line``; only as a whole short line:
  要引导群众下载APP,及时查看更多政务信息。 stays); expand/collapse buttons alone (收起, 加载更多; rule ``site_interface``); a
  login gate (亲,登录后才可以下载哦; ``login_prompt``), a file-format note (本文件为PDF格式…) or a wish to download the full
  version or add the service's WeChat (``download_panel``), a copyright complaint naming the text (如本文侵犯了您的权益…;
  ``copyright_footer``), all under the sign-offs' guard; widgets: an English PDF footer (Page 3 of 12), a video
  placeholder (视频加载中..., 点击播放视频), a font-size row (字体大小:T T T), share targets (转发到微信), a price tag
  (¥3.00 会员免费).
* **chat-group invitations** (rule ``promo_line``): a site asking its reader to join a chat group or follow an account,
  with the account's ID (更多文稿请加微信群abc0017, 欢迎加QQ群:123456789), alone or glued after a paragraph's last
  sentence (held-out round 54); an ID is no speaker's matter.
* **bracketed byline rows** (rule ``page_meta``): two or more bracketed labels with their values (【本文作者】某某
  【来源】某某网 【日期】2022-03-01), a site's editor alone (本网编辑:某某) or in brackets (【编辑:某某】), also
  after a paragraph's last sentence (rule ``byline``); a share label glued to a title's end (…升旗仪式分享到:, rule
  ``share_widget``).
* **view counters in words** (rule ``page_meta``, held-out round 56): 本条信息已被查看了155, 本文已被浏览 1024 次.
* **a names credit** (rule ``byline``, held-out round 56): two or more names in brackets after a paragraph's last
  sentence (…文艺晚会。(某某某 某某某)); a stage direction ((掌声 笑声)) stays.
* **portal widgets** (rule ``site_interface``, held-out round 55): a temperature range with its day (05月05日
  14.6°C-15.8°C), an exchange rate (澳元 : 人民币=4.78), an image's placeholder word alone (图像, Image), a column's
  name with a view count in Latin units (讲话稿3.01W), a bracketed address with its column (【abc.example.com--领导
  讲话稿】); a report's figures (粮食产量3.01万吨, 气温比常年偏高1.5℃) are sentences and stay.

* **site notices** (rule ``site_interface``, held-out round 57): a redesign on trial (某某网改版试运行,欢迎提出意见…), a
  welcome naming the site's address, a form's request for the reader's real details; and in :func:`reader_blocks`,
  pieces and runs: a repost's permission note with the editor's announcement before it, a Q&A appendix under its
  header, markdown heading marks, a caption opened by a gallery's English label, a button glued to the title's end.

The families were written from shapes named in the issue (pagers, tag rows, editor blurbs, related lists), before
held-out round 54 was read.  Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("要抓好落实。\\n1 2 3 下一页 尾页\\n各乡镇要确保稳定。\\n感谢您的阅读,祝您生活愉快!")
>>> reader_lines(st)
>>> st.doc.output
'要抓好落实。\\n\\n各乡镇要确保稳定。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.glued_speech import chrome_spans
from corpusmine.text.guards import line_prefilter
from corpusmine.text.lead_ins import lead_in_rule
from corpusmine.text.lines import iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["LINE_CANDIDATES", "reader_blocks", "reader_line_rule", "reader_lines"]

_SP = r"[ \t\u3000]"
_PAGER_WORD = r"(?:首页|上一页|上页|前一页|下一页|下页|后一页|尾页|末页|最后一页)"
#: a pager: page numbers with at least one pager word or a page count, nothing else on the line
_PAGER = re.compile(
    rf"^{_SP}*(?:共{_SP}*\d{{1,3}}{_SP}*页{_SP}*[:：]?{_SP}*)?(?:{_PAGER_WORD}{_SP}*)*"
    rf"(?:[\[【]?\d{{1,3}}[\]】]?{_SP}*){{1,20}}(?:{_PAGER_WORD}{_SP}*)*$"
    rf"|^{_SP}*(?:第{_SP}*\d{{1,3}}{_SP}*页{_SP}*){{2,20}}(?:{_PAGER_WORD}{_SP}*)*$"
    rf"|^{_SP}*本[文篇页]共(?:计|有)?{_SP}*\d{{1,3}}{_SP}*页{_SP}*[,，]?{_SP}*当前(?:为|是)?(?:第)?{_SP}*\d{{1,3}}{_SP}*页{_SP}*$"
    rf"|^{_SP}*[【\[]{_SP}*{_PAGER_WORD}{_SP}*[】\]]{_SP}*(?:[【\[]{_SP}*{_PAGER_WORD}{_SP}*[】\]]{_SP}*)*$"
    rf"|^{_SP}*第{_SP}*\d{{1,3}}{_SP}*页{_SP}*[:：][^。！？!?；;\n]{{2,40}}$")
#: the pager's word or count the first form needs (a row of numbers alone is a table's figures)
_PAGER_SIGN = re.compile(rf"{_PAGER_WORD}|共{_SP}*\d{{1,3}}{_SP}*页")
#: a tag or search-term label, a colon or a space, and a short list of words (no sentence after it; 标签化管理 is a word)
_TAG_ROW = re.compile(
    rf"^{_SP}*[【\[]?(?:相关热词搜索|热词搜索|相关搜索|热门搜索|热门标签|文章标签|本文标签|相关标签|标签|[Tt][Aa][Gg][Ss]?|"
    rf"关键词|关键字|本文关键词)[】\]]?(?:{_SP}*[:：]{_SP}*|{_SP}+)"
    rf"(?P<items>(?:[\u4e00-\u9fffA-Za-z0-9]{{1,16}}(?:{_SP}*[,，、|｜;；/]{_SP}*|{_SP}+|$)){{1,12}})$")
#: a site addressing its reader: thanks for reading, sharing, collecting, following, a reach counter …
#: a site sending its reader elsewhere for more on the page's subject (更多…相关信息请访问某某网)
_MORE_AT = r"更多[^\n。！？!?]{0,30}?相关(?:信息|内容|文章|资讯|范文)[^\n。！？!?]{0,4}请(?:访问|关注|浏览|登录|进入)"
_SIGNOFF = re.compile(
    r"^[\s　]*(?:感谢|谢谢|多谢)(?:您|你|各位读者|读者)?的?(?:阅读|浏览|耐心阅读|关注与支持本站|访问本站|光临本站)(?![^\n]*[我们咱])"
    r"|(?:相信|希望)(?:这篇|本篇|此篇|以上|本|该)(?:文章|范文|内容|讲话稿|文档|资料)[^\n。！!]{0,12}(?:帮助|帮到)"
    r"|如果(?:您|你)?(?:觉得|认为)(?:本文|这篇文章|文章|本篇|内容)?[^\n。！!]{0,6}(?:不错|有用|有帮助|还可以|好)[^\n。！!]{0,20}"
    r"(?:分享|收藏|转发|点赞|推荐给)"
    r"|^[\s　]*更多精彩(?:内容|文章|范文|资讯)?[^\n。！!]{0,16}(?:关注|扫描|扫码|访问|点击|请看|尽在|请进入)"
    rf"|{_MORE_AT}"   # 202k
    r"|^[\s　]*(?:你|您)(?:正在|现在)(?:浏览|阅读|查看)的[^\n。！!]{1,40}?(?:是|为)"   # 你正在浏览的求职信是…, 204k
    r"|^[\s　]*点击(?:查看|阅读|进入|浏览)(?:更多|全部)[^\n。！!]{0,20}$"
    r"|^[\s　]*希望(?:本文|这篇文章|此文|以上内容|以上)?(?:对|能对|能给|可以对)(?:大家|您|你)的?(?:写作|学习)[^\n。！!]{0,4}(?:有所)?帮助"
    r"|但愿(?:对|能对|能给|给)(?:你|您|大家)的?(?:学习|工作|写作)[^\n。！!]{0,6}(?:带来)?帮助|^[\s　]*编辑[:：][^\n。]{0,40}会员投稿"
    r"|^[\s　]*(?:下面|以下)是(?:本文|文章|本篇)的?(?:全部|完整)?内容[,，]?[\s　]*请(?:您)?(?:认真|仔细|耐心)?阅读"
    r"|^[\s　]*本文已(?:影响|帮助)(?:了)?[\s　]*[\d,，.]*[\s　]*[万千wWkK]?\+?[\s　]*(?:人|位)"
    r"|^[\s　]*(?:以下|下面|接下来|如下)?(?:是|为)?(?:本站|本网|小编)(?:为您|为大家|给大家)?(?:分享|整理|收集|推荐|精选|提供|汇编|收录)的"
    r"[^\n。]{0,30}(?:讲话|致辞|发言|范文|文章|稿|内容|资料)"
    r"|^[\s　]*(?:[^\n。！？!?]{0,16}的)?(?:讲话|致辞|发言|演讲|贺词|报告)?(?:部分|主要|全部)?(?:内容|全文|原文|实录|摘要|摘编)(?:如下|附后)[:：]?[\s　]*$"
    r"|^[\s　]*以上(?:内容|范文|文章|就是)(?:旨在|主要|是)?[^\n。]{0,4}(?:鼓励|帮助|为大家|希望|供)"
    r"|^[\s　]*[㈠-㈩(（]?[一二三四五六七八九十]?[)）]?[\s　]*[^\n。！？!?]{2,40}(?:讲话稿|发言稿|演讲稿|致辞|讲话)(?:如何|怎么|怎样)写[?？]?[\s　]*$"
    r"|^[\s　]*请?文明上网[,，、 ]*理性发言|网友评论仅供(?:其)?表达个人看法"
    r"|^[\s　]*(?:本站|以上|文章)?内容(?:来自|来源于|均来自)(?:用户|网友|网络)[^\n。]{0,20}(?:不保证|仅供|如有侵权|版权归)")
#: prompts the site writes in the reader's words, each under its family's rule and the sign-offs' guard (session s):
#: an app or follow prompt and a text-message subscription advert (``promo_line``), a login gate (``login_prompt``), a
#: file-format note or a wish to download the full version (``download_panel``), a copyright complaint naming the text
#: (``copyright_footer``)
_PROMO_PROMPT = re.compile(
    r"^[\s　]*(?:点击)?(?:下载|打开|安装)[\u4e00-\u9fff]{0,6}(?:APP|App|app|客户端)[,，\s　]*(?:阅读|查看|获取|看|浏览)(?:更多|全文|完整)"
    r"[^\n。,，!！]{0,10}[!！。~]?[\s　]*$"
    r"|(?:编辑|发送)短信[ \t　]*[A-Za-z0-9]{1,10}[ \t　]*(?:到|至)[ \t　]*\d{5,}|订阅[^\n。]{0,16}手机报"
    r"|^[\s　]*(?:点击|长按|扫码)?关注(?:我们|本站|本号|公众号)?[,，\s　]*(?:获取|查看|阅读|了解|发现)更多[^\n。,，!！]{0,10}[!！。~]?[\s　]*$"
    r"|^[\s　]*感谢(?:您|你)关注[^\n。!！]{1,30}(?:官方)?(?:微信|公众号)[^\n]{0,60}$|^[\s　]*如果(?:您|你)(?:还)?(?:尚未|没有|还没)关注[^\n]{0,40}关注我们"   # (255k)
    r"|^[\s　]*(?:点击|戳)(?:上方|下方)?蓝字[\s　]*(?:“[^”\n]{1,20}”[\s　]*(?:即可|就可以|可以)?)?(?:关注|订阅)[^\n。!！]{0,24}$")   # 204k, 249k
_LOGIN_GATE = re.compile(
    r"^[\s　]*(?:亲|您好)?[,，]?[\s　]*(?:请)?登录后(?:才)?(?:可以|能|可)?(?:下载|查看|阅读|复制)(?:全文|本文|文档|原文)?[哦呢吧!！。~]*[\s　]*$")
_DOWNLOAD_NOTE = re.compile(
    r"(?:本文件|本文档|该文档|此文档|本资料)(?:为|是)?(?:PDF|pdf|Word|word|DOCX?|docx?|WPS|wps)(?:格式|文档|文件)"
    r"|(?:本文|本文档|本资料)格式[为是](?:PDF|pdf|Word|word|DOCX?|docx?|WPS|wps)版?"       # 本文格式为Word版,下载后可任意编辑
    r"|(?:想要|如需|需要)下载(?:完整版|全文|原文|原稿|word|Word|文档)|(?:请|可)?(?:加|添加)客服(?:微信|QQ|qq)")
#: a template's reading tip (阅读小贴士:模板1共计881个字,预计阅读时长3分钟。朗读需要5分钟)
_READ_TIP = re.compile(r"^[\s　]*(?:阅读小贴士|阅读提示|小贴士)[\s　]*[:：][^\n]{0,80}?(?:阅读|朗读)[^\n]{0,20}?分钟")
#: an image's leftover name alone (88664 scaled, a CMS's resized copy of an upload)
_SCALED = re.compile(r"^[\s　]*[\w\-]{1,40}[ \-]scaled[\s　]*$")
#: a long number alone on its line (an item's ID, an ISBN: 1601400000089)
_ID_LINE = re.compile(r"^[\s　]*\d{8,}[\s　]*$")
#: a writing guide's labels around a model speech (适用场景:…, 核心逻辑:…, 示例:): a speaker labels no part so
#: a document site's panel lines (round 79): a prompt to download for the rest (下载后继续阅读), the document's page count
#: (当前文档共6页), the site's slogan (某某文库 - 千万精品文档,你想要的都能搜到,下载即用。)
_DOC_PANEL = re.compile(r"^[\s　]*(?:(?:点击)?下载(?:文档|全文|本文)?后?(?:继续|即可|可|方可)?(?:阅读|查看|浏览)(?:全文|完整版|剩余内容)?[。!！]?"
                        r"|当前文档共[\s　]*\d+[\s　]*页[^\n。]{0,12}"
                        r"|[^\n。]{0,12}(?:千万|海量|百万)(?:精品|优质)?(?:文档|资料)[^\n]{0,30}(?:下载|搜到|搜索)[^\n]{0,12})[\s　]*$")
#: a document site's watermark slogan printed on each page of a preview (精选优质文档-倾情为你奉上, 专心-专注-专业)
_DOC_WATERMARK = re.compile(r"[ \t　]*(?:精选(?:优质)?文档[-—－ ]*倾情为你奉上|专心[-—－]专注[-—－]专业)[ \t　]*")
#: a blog's date header with the month in Chinese numerals (22 一月 2008), round 79
_BLOG_DATE = re.compile(r"^[\s　]*\d{1,2}[\s　]+[一二三四五六七八九十]{1,3}月[\s　]+(?:19|20)\d{2}[\s　]*$")
#: a caption pointing down at a picture or a video (现场激动的毕业生们↓↓), round 79; a caption closed by the picture's
#: source after an at sign (某某总理在庆典上致辞(@某某早报)), round 83
_POINTER_CAPTION = re.compile(r"^[\s　]*[^\n。！？!?]{2,30}?[↓⬇👇]{1,4}[\s　]*$"
                              r"|^[\s　]*[^\n。！？!?]{4,80}[(（][\s　]*[@＠][^()（）@＠\n]{1,16}[)）][\s　]*$")
#: round 80: a forum's quote of an earlier post, cut and marked as snipped (某某的话各位敬爱的乡...(恕删)); a novel
#: mirror's update slogan (某某中文网 www…,最快更新某某最新章节!); an editor's note on where the text was taken from
#: (本文节选自某某出版社即将出版的《某某》,部分小标题有改动。); a separator alone on its line (>)
_REPOST_NOTES = re.compile(r"^[\s　]*[^\n]{0,80}[(（]恕删[)）][\s　]*$"
                      r"|最快更新[^\n]{1,40}最新章节"
                      r"|(?:您可以|请)?在(?:百度|谷歌|搜狗|360)(?:里|中|上)?搜索[^\n]{1,80}?(?:查找|阅读)最新章节[!！。]?"   # 246k
                      r"|^[\s　]*(?:本文|此文|该文|文章)(?:节选|摘编|摘选|选编|摘录|选|摘|转载|转)自(?!的)[^\n]{2,80}$"
                      r"|^[\s　]*[>›»<«|｜]+[\s　]*$")
#: round 81: a comment form's prompts (请输入你的评论!, 请在这里输入你的名字); a share widget's instructions (1、电脑浏览:
#: 打开微信,点击【发现】……二维码……分享); a forum's safety tip and a classifieds board's footer (友情提示:……, 联系我时,请说明
#: 是从哪儿看到的); a newspaper archive's page header (1980年4月19日人民日报 第5版, 第5版(), 专栏: with nothing after);
#: an editor's note on the text (注:本文系……); a forum's rating widget (鲜花(0) 鸡蛋(0)); a chronicle's day pager
#: (上一日:19571211-年月日) and a wiki's crumb to a day (某某大事记>19571212); a forum's reply-to-download prompt
#: (回帖下载完整视频:), round 84
_FORUM_ARCHIVE_LINES = re.compile(r"^[\s　]*请(?:在这里)?输入(?:你|您)的(?:评论|名字|姓名|昵称|邮箱|电子邮件|网站)[!！。]?[\s　]*$"
                      r"|打开微信[^\n]{0,40}(?:扫一扫|二维码)[^\n]{0,80}分享"
                      r"|^[\s　]*友情提示[:：][^\n]{0,80}$|^[\s　]*联系我时[,，]?请说明是从哪(?:儿|里)看到的"
                      r"|^[\s　]*(?:\d{4}年\d{1,2}月\d{1,2}日[\s　]*)?[\u4e00-\u9fff]{2,8}报[\s　]*第[\s　]*\d{1,3}[\s　]*版[\s　]*$"
                      r"|^[\s　]*第[\s　]*\d{1,3}[\s　]*版[\s　]*[(（][^)）\n]{0,12}[)）][\s　]*$"
                      r"|^[\s　]*(?:专栏|栏目|作者|来源|编辑|责编|版次|标签|关键词|分类)[\s　]*[:：][\s　]*$"
                      r"|^[\s　]*(?:注|编者注|编者按|编注)[\s　]*[:：][\s　]*本文"
                      r"|^[\s　]*(?:回帖|回复|跟帖)(?:后)?(?:即可|才能|才可|可以|可)?(?:下载|查看|看到|浏览|获取)[^\n。！？!?]{0,30}[:：]?[\s　]*$"
                      r"|^[\s　]*(?:鲜花|鸡蛋|顶|踩|赞|支持|反对)[(（]\d+[)）](?:[\s　]+(?:鲜花|鸡蛋|顶|踩|赞|支持|反对)[(（]\d+[)）])+[\s　]*$"
                      r"|^[\s　]*(?:上|下)一(?:日|天|章|节|期|年|月)[\s　]*[:：][^\n]{0,30}$"
                      r"|^[\s　]*[^\n>。！？!?,，]{2,20}>[\s　]*\d{8}[\s　]*$")
#: a social post's hashtags alone on a line (#2018某某 #某某加油 / #话题#), round 78; a markdown heading (# 标题) is not one
_HASHTAGS = re.compile(r"^[\s　]*(?:[#＃][^\s#＃。！？!?,，]{1,30}[#＃]?[\s　]*){1,6}$")
_GUIDE_LABEL = re.compile(r"^[\s　]*(?:适用场景|适用场合|适用人群|核心逻辑|写作思路|写作要点|写作技巧|结构框架|示例|范例)[\s　]*[:：]")
_COMPLAINT = re.compile(
    r"(?:如|若|如果)(?:本文|本站|文章|内容|作品)[^\n。]{0,10}侵犯(?:了)?(?:您|你|作者)")
#: a site's invitation to its chat group or account, with the account's ID (更多文稿请加微信群abc0017, 加QQ群:123456789):
#: letters in it or six digits (全县累计加入微信群15000 is a count)
_CONTACT_PROMO = re.compile(
    r"^[\s　]*[^\n。！？!?]{0,12}?(?:请|欢迎|可)?(?:加|添加|进|加入|关注)(?:我们的|本站)?(?:微信群?|微信号|微信公众号|公众号|QQ群?|qq群?|"
    r"客服微信|客服QQ|小编微信)[:：]?[\s　]*(?=[0-9_\-]*[A-Za-z_]|\d{6})[A-Za-z0-9_\-]{5,30}[\s　]*[)）]?[\s　]*[!！。.~]?[\s　]*$")
#: the same invitation glued after a paragraph's last sentence (…您永远在我们心中。更多文稿请加微信群abc0017)
_PROMO_TAIL = re.compile(
    r"(?<=[。！？!?”」])[ \t　]*(?:更多[^\n。！？!?]{0,10}?)?(?:请|欢迎|可)?(?:加|添加|进|加入|关注)(?:我们的|本站)?"
    r"(?:微信群?|微信号|微信公众号|公众号|QQ群?|qq群?|客服微信|客服QQ|小编微信)[:：]?[ \t　]*(?=[0-9_\-]*[A-Za-z_]|\d{6})"
    r"[A-Za-z0-9_\-]{5,30}[ \t　]*$", re.M)
#: the invitation written a character at a time past a filter (获 取 更 多 实 用 资 料 , 加 微 信 abc123), anywhere, its ID
#: on the line below too (round 197k)
_SPACED_INVITE = re.compile(r"(?:获 ?取 ?更 ?多[^\n。！？!?]{0,24}?[,，] ?)?(?:请 ?)?(?:添 ?)?加 微 信(?: ?号)?[ \t]*[:：]?"
                            r"(?:\s*(?=[0-9_\-]*[A-Za-z_])[A-Za-z0-9_\-]{4,30}(?![A-Za-z0-9_\-]))?[ \t]*")
#: a bracketed editor's credit after a paragraph's last sentence (…今天成为中大一份子。【编辑:某某】), and a share label
#: glued to the end of a title (港中大举行开学日升旗仪式分享到:; held-out round 55)
_CREDIT_TAIL = re.compile(
    r"(?<=[。！？!?”」])[ \t　]*[【\[(（](?:责任编辑|编辑|责编|编审)[:：][ \t　]*[\u4e00-\u9fffA-Za-z·]{1,8}[ \t　]*[】\])）][ \t　]*$"
    r"|(?<=[\u4e00-\u9fff])[ \t　]*(?:分享到|分享至)[ \t　]*[:：][ \t　]*$", re.M)
#: a portal's small widgets alone on a line: a temperature range with its day (05月05日 14.6°C-15.8°C), an exchange
#: rate (澳元 : 人民币=4.78), an image's placeholder word (图像, Image), a column's name with its view count in Latin
#: units (讲话稿3.01W), a bracketed address with the column (【abc.example.com--领导讲话稿】)
_CURRENCY = r"(?:人民币|美元|澳元|欧元|英镑|日元|港币|港元|加元|新币|新元|马币|令吉|新台币|台币|韩元|泰铢|纽元|瑞郎)"
_WIDGET = re.compile(
    rf"^{_SP}*(?:\d{{1,2}}月\d{{1,2}}日{_SP}*)?(?:[晴阴雨雪云]{{1,3}}{_SP}*)?-?\d{{1,2}}(?:\.\d)?{_SP}*(?:°C|℃|°)?{_SP}*[-~～至]"
    rf"{_SP}*-?\d{{1,2}}(?:\.\d)?{_SP}*(?:°C|℃|°){_SP}*$"
    rf"|^{_SP}*(?:1{_SP}*)?{_CURRENCY}{_SP}*[:：=]{_SP}*(?:\d+(?:\.\d+)?{_SP}*)?{_CURRENCY}{_SP}*[=:：]?{_SP}*\d+(?:\.\d+)?{_SP}*$"
    rf"|^{_SP}*(?:图像|圖像|图片|照片|[Ii]mage|IMAGE|[Pp]hoto|PHOTO|[Pp]icture){_SP}*\d{{0,2}}{_SP}*$"
    rf"|^{_SP}*(?:[Pp]age|PAGE){_SP}*\d{{1,4}}{_SP}*(?:(?:of|/){_SP}*\d{{1,4}}{_SP}*)?[:：]?{_SP}*$"
    rf"|^{_SP}*(?:视频加载中|正在加载|加载中|(?:点击)?播放视频)(?:[.…。]*){_SP}*$"
    rf"|^{_SP}*(?:字体大小|字体|字号)(?:{_SP}*[:：]){_SP}*(?:[大中小Tt]{_SP}*[|｜]?{_SP}*){{2,3}}$"
    rf"|^{_SP}*(?:转发|分享)(?:到|至)(?:微信|朋友圈|微博|QQ|qq)[\u4e00-\u9fff]{{0,6}}{_SP}*[,，:：]?{_SP}*$"
    # session av (round 243k): a share panel's steps, a line each (请点击右上角。 / 再选择[发送朋友] / 或[分享到朋友圈]), and an
    # image's size before its alt text (640 2 1024x500 - 【某报】某某出席并致辞)
    rf"|^{_SP}*(?:再|然后|或者?)?{_SP}*(?:选择|点击)?{_SP}*[\[【]{_SP}*(?:发送(?:给)?(?:朋友|好友)|分享到(?:朋友圈|微博|QQ空间)|"
    rf"收藏){_SP}*[\]】]{_SP}*$"
    rf"|^{_SP}*(?:\d{{1,4}}{_SP}+){{0,2}}\d{{2,4}}{_SP}*[x×]{_SP}*\d{{2,4}}{_SP}+[-–—]{_SP}+[^\n]{{2,80}}$"
    # round 246k: a download note framed by rules (== 本文为word格式,下载后可方便编辑和修改! ==)
    rf"|^{_SP}*(?:={{2,}}|＝{{2,}}){_SP}*[^\n=＝。]{{0,30}}(?:下载|编辑|修改|word|Word|WORD)[^\n=＝。]{{0,30}}(?:={{2,}}|＝{{2,}}){_SP}*$"
    rf"|^{_SP}*扫(?:描|一扫)?(?:二维码)?(?:分享|打开|阅读)(?:到|至)?[\u4e00-\u9fff]{{0,10}}{_SP}*$"
    rf"|^{_SP}*[¥￥]{_SP}*\d{{1,4}}(?:\.\d{{1,2}})?{_SP}*元?{_SP}*(?:会员免费|VIP免费|立即购买|购买)?{_SP}*$"
    rf"|^{_SP}*(?:图文|文字|视频|现场)(?:实录|直播){_SP}*$"
    rf"|^{_SP}*(?:文号|发文字号|发文文号){_SP}*[:：]{_SP}*[^\n。]{{2,30}}〔\d{{4}}〕{_SP}*\d{{1,4}}{_SP}*号{_SP}*$"
    rf"|^{_SP}*\S{{2,24}}{_SP}*主办{_SP}*[,，、|｜]?{_SP}*\S{{2,24}}{_SP}*(?:承办|协办|技术支持){_SP}*$"
    rf"|^{_SP}*建议(?:使用|采用)[^\n。]{{0,24}}(?:浏览器|分辨率)[^\n。]{{0,24}}$"
    rf"|^{_SP}*(?:文/图|图/文|文图|图文){_SP}*[:：]?{_SP}*[\u4e00-\u9fff]{{2,8}}(?:{_SP}+[\u4e00-\u9fff]{{2,4}}){{0,3}}{_SP}*$"
    rf"|^{_SP}*图片由[^\n。,，]{{2,20}}提供{_SP}*$"
    rf"|^{_SP}*[(（](?:视频|资料|网络)?(?:截图|资料图|图片来源于网络|配图)[)）]{_SP}*$"
    rf"|^{_SP}*【专题】"
    rf"|^{_SP}*[\u4e00-\u9fff]{{2,10}}(?:微信公众号|新闻客户端下载|客户端下载|APP下载|App下载){_SP}*$"
    rf"|^{_SP}*(?:本网|本报|本台|本刊|[\u4e00-\u9fff\d]{{2,10}}){_SP}*讯{_SP}*[:：]?{_SP}*$"
    # held-out round 59: a transcript's timestamps and its table head, a skip link, a bulleted date alone, a forum's
    # member panel, an address alone on a line, an English date line, a free-reading button
    rf"|^{_SP}*\d{{2}}:\d{{2}}:\d{{2}}[,.]\d{{1,3}}{_SP}+\d{{2}}:\d{{2}}:\d{{2}}(?:[,.]\d{{0,3}})?,?{_SP}*$"
    rf"|^{_SP}*Start{_SP}+Time{_SP}+End{_SP}+Time(?:{_SP}+Text)?{_SP}*$"
    rf"|^{_SP}*(?:跳到|跳至|跳过|跳過|直接跳到)(?:主要|中央|主)?(?:内容|內容)(?:区块|區塊|区|區|的开始|的開始)?{_SP}*$"
    rf"|^{_SP}*[•·]{_SP}*(?:民[国國]{_SP}*\d{{2,3}}|\d{{4}}){_SP}*年{_SP}*\d{{1,2}}{_SP}*月{_SP}*\d{{1,2}}{_SP}*日{_SP}*$"
    rf"|^{_SP}*(?:主题|主題|帖子|回帖|积分|積分|精华|精華|金钱|金錢|威望|贡献|貢獻|新手上路|注册会员|註冊會員|中级会员|中級會員"
    rf"|高级会员|高級會員|金牌会员|金牌會員|论坛元老|論壇元老|金币|金幣|好评|好評|激情|注册时间|註冊時間|最后登录|網站編輯|网站编辑"
    rf"|活跃会员|活躍會員|突出贡献|突出貢獻|超级版主|超級版主|实习版主|實習版主|版主|管理员|管理員){_SP}*\d*{_SP}*$"
    # held-out round 83: a novel mirror's pager notice (这章没有结束,请点击下一页继续阅读!), a blog list's read-more link
    # naming the next post (继续阅读某某:某某工程), a site's supervising body in its header (某某协会主管)
    rf"|^{_SP}*[^\n。！？!?]{{0,16}}(?:请|請)?(?:点击|點擊|点|點)下一页(?:继续|繼續)(?:阅读|閱讀|观看|觀看)[!！。.]?{_SP}*$"
    rf"|^{_SP}*[\u4e00-\u9fff]{{2,16}}(?:协会|協會|学会|學會|联合会|聯合會|委员会|委員會|人民政府|报社|報社|杂志社|雜誌社|出版社)"
    rf"(?:主管|主办|主辦)(?:{_SP}*[|｜]?{_SP}*[\u4e00-\u9fff]{{2,16}}(?:主办|主辦|承办|承辦))?{_SP}*$"
    rf"|^{_SP}*(?:继续阅读|繼續閱讀|阅读全文|閱讀全文)[:：»>]?{_SP}*[^\s。！？!?,，;；][^\n。！？!?,，;；]{{3,50}}$"
    # held-out round 61: a row of a name, an address and a clock time (某某 http://www.example.com 2009-07-29 19:35:44 来源:),
    # a pointer to the home page's player ((见首页视频窗口)), a bare 正文内容 label
    rf"|^[^\n。！？!?]{{0,20}}(?:https?://|www\.)\S+{_SP}+\d{{4}}-\d{{1,2}}-\d{{1,2}}{_SP}+\d{{1,2}}:\d{{2}}[^\n。！？!?]{{0,30}}$"
    rf"|^{_SP}*[(（]{_SP}*(?:详)?见(?:本站|本网)?首页[^()（）\n]{{0,10}}[)）]{_SP}*$"
    rf"|^{_SP}*(?:正文内容|文章正文|内容正文|正文开始){_SP}*$"
    # held-out round 62: a share panel's words alone, a now-reading bar, an account with its clock time, a chart's credit,
    # an original title's label
    rf"|^{_SP}*(?:请?点击右上角[^\n。]{{0,12}}[。.]?|朋友圈|微信好友|QQ好友|QQ空间|新浪微博|请使用浏览器(?:的)?分享功能(?:进行)?分享){_SP}*$"
    rf"|^{_SP}*正在阅读{_SP}*[:：]"
    rf"|^{_SP}*[\u4e00-\u9fff]{{1,3}}号{_SP}*[:：]{_SP}*\S{{1,16}}{_SP}+\d{{4}}[/-]\d{{1,2}}[/-]\d{{1,2}}(?:{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_SP}*$"
    rf"|^{_SP}*(?:制图|图表|美编|剪辑|排版|视频制作){_SP}*[:：]{_SP}*[\u4e00-\u9fff]{{2,4}}(?:{_SP}+[\u4e00-\u9fff]{{2,4}}){{0,2}}{_SP}*$"
    rf"|^{_SP}*原标题{_SP}*[:：]"
    rf"|^{_SP}*https?://[^\s\u4e00-\u9fff]{{8,300}}{_SP}*$"
    rf"|^{_SP}*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),{_SP}*[A-Z][a-z]+{_SP}+\d{{1,2}},{_SP}*\d{{4}}{_SP}*$"
    rf"|^{_SP}*(?:[=＝*＊~～\-—]{{1,4}}{_SP}*)?(?:本文|全文)?(?:免费阅读|免費閱讀|在线阅读|在線閱讀|立即阅读)(?:{_SP}*[=＝*＊~～\-—]{{1,4}})?{_SP}*$"
    rf"|^{_SP}*(?:新闻中心|新聞中心|本报|本台|本网)[/／]{_SP}*[\u4e00-\u9fff]{{2,8}}[讯訊]{_SP}*$"
    rf"|^{_SP}*(?:TOP|Top|top|↑)?{_SP}*(?:返回|回到)(?:页面|頁面|网页)?(?:顶端|頂端|顶部|頂部){_SP}*$"
    rf"|^{_SP}*(?:收起|收起全文|展开|展开更多|(?:点击)?加载更多|查看更多评论|更多评论)(?:{_SP}*[∧∨↑↓>»︿﹀^])?{_SP}*$"
    rf"|^{_SP}*[\u4e00-\u9fff]{{2,8}}{_SP}*\d{{1,4}}(?:\.\d{{1,2}})?{_SP}*[WwKk]\+?{_SP}*$"
    rf"|^{_SP}*[【\[](?:https?://)?(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+/?{_SP}*(?:-{{1,2}}|—{{1,2}}|_|\||｜){_SP}*"
    rf"[\u4e00-\u9fff]{{2,12}}[】\]]{_SP}*$")
#: a page's view counter in words: 本条信息已被查看了155, 本文已被浏览 1024 次
_VIEW_COUNT = re.compile(rf"^{_SP}*(?:[•·]{_SP}*)?本(?:条|篇|文|页)(?:信息|文章|新闻|内容)?已被(?:查看|浏览|阅读|点击|访问)(?:了|过)?"
                         rf"{_SP}*\d+{_SP}*次?{_SP}*$")
#: two or more names in brackets after a paragraph's last sentence: the photographers' or writers' credit (…晚会。(某某某 某某某));
#: a stage direction ((掌声), (笑声)) is one word and stays
_NAMES_CREDIT = re.compile(r"(?<=[。！？!?”])[ \t　]*[(（][\u4e00-\u9fff]{2,3}(?:[ \t　、][\u4e00-\u9fff]{2,3}){1,4}[)）][ \t　]*$", re.M)
#: a line of a site's list names (精选范文推荐, 最新推荐 热门排行) or a readers-also-read header
_LIST_HEADER = re.compile(
    rf"^{_SP}*(?:[-—=~·]+{_SP}*)?(?:范文|文章|资料|文档)?(?:(?:精选|热门|最新|相关|编辑|站长|阅读|点击|人气|本周|本月|今日|猜你)[\u4e00-\u9fff]{{0,4}}"
    rf"(?:推荐|排行榜?|榜单|喜欢){_SP}*){{1,3}}(?:[:：>»]+|[-—=~·]+)?{_SP}*$"       # -范文最新推荐- (round 280k)
    rf"|^{_SP}*(?:看过|读过|看了|浏览过)(?:本文|这篇文章|此文|该文)的(?:人|网友|读者)?(?:还|也)(?:看了|看过|在看|喜欢)"
    rf"{_SP}*[:：>»]*{_SP}*$"
    rf"|^{_SP}*(?:你|您)(?:可能|或许|也许)(?:还|也)?(?:会)?(?:感兴趣|喜欢)(?:的)?(?:文章|内容|范文|话题)?{_SP}*[:：>»]*{_SP}*$"
    # a document site's widget headings alone on their lines (相关资源 / 相关搜索 / 资源标签; round 227k)
    rf"|^{_SP}*(?:(?:相关|热门|推荐|更多)(?:资源|搜索|文档|下载|专题)|(?:资源|文档|热门)标签|最近更新|最新更新){_SP}*[:：>»]*{_SP}*$")
#: bracketed byline labels with their values, two or more on one line; a site's editor alone on a line
_BRACKET_META = re.compile(
    rf"^{_SP}*(?:[【\[](?:本文)?(?:作者|来源|出处|日期|时间|发布时间|编辑|责编)[】\]]{_SP}*[:：]?{_SP}*[^【\[\n]{{0,30}}){{2,}}$"
    rf"|^{_SP}*(?:本网|本站|网站|网络)(?:编辑|责编|小编)[:：]{_SP}*[\u4e00-\u9fffA-Za-z]{{1,6}}{_SP}*$"
    rf"|^{_SP}*[【\[(（](?:责任编辑|编辑|责编|编审|审核|校对)[:：]{_SP}*[\u4e00-\u9fffA-Za-z·]{{1,8}}{_SP}*[】\])）]{_SP}*$"
    rf"|^{_SP}*【{_SP}*(?:来源|來源|出处)[:：][^】\n]{{1,24}}(?:作者|记者|編輯|编辑)[:：][^】\n]{{1,12}}】{_SP}*$")

#: a site's own notices (held-out round 57): a redesign on trial (某某网改版试运行,欢迎提出意见…), a welcome naming the
#: site's address (欢迎访问某某【www.example.cn】,…), a form's request for the reader's details (请填写真实个人信息)
_SITE_NOTICE = re.compile(
    r"^[\s　]*(?:本站|本网|网站|[\u4e00-\u9fffA-Za-z]{2,10}网)(?:全新)?(?:改版|升级)(?:后)?(?:试运行|期间|中|上线|完成)"
    r"|^[\s　]*(?:您好|你好)?[,，!！\s　]*欢迎(?:您)?(?:访问|来到|光临|进入)[^。！？!?\n]{0,20}?(?:www\.|https?://|\.com|\.cn|\.net)"
    r"|请(?:如实|认真)?填写(?:您的)?真实(?:的)?(?:个人)?(?:信息|姓名|资料)"
    # held-out round 60: a site's self-description ending in its kind (…唯一官方门户网站)
    r"|^[\s　]*[^\n。！？!?,，]{4,40}(?:官方网站|官方網站|门户网站|門戶網站|官方门户|官网)[\s　]*$")
#: a repost's note of permission in brackets ((经某某授权在某某公众号上发布)), alone or after a paragraph's last sentence
_PERMISSION = re.compile(r"[(（]经[^()（）\n]{1,30}?授权[^()（）\n]{0,30}?(?:发布|刊发|转载|刊登|推送)[)）][ \t　]*$", re.M)
#: an editor's line announcing the text that follows (以下为某某在开幕式上的致辞。), no first person
_ANNOUNCE = re.compile(r"^[ \t　]*以下(?:为|是)(?![^\n。]*[我本]人?的)[^\n。:：]{2,60}?(?:讲话|致辞|发言|演讲|贺词)(?:全文|实录|原文|摘要|摘编|要点)?[。:：]",
                       re.M)
#: a template site's Q&A appendix: its header line, then numbered questions (1. 问:…) and answers (答:…)
_QA_HEADER = re.compile(r"^[ \t　]*[^\n。！？!?]{0,30}(?:常见问答|常见问题|知识清单|问答知识|相关问答|知识问答)[^\n。！？!?]{0,20}$")
_QA_WORDS = re.compile(r"常见问答|常见问题|知识清单|问答知识|相关问答|知识问答")
_QA_LINE = re.compile(r"^[ \t　]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]?[ \t　]*问|答)[ \t　]*[:：]")
#: a title the site cut with dots (安徽省芜湖市人大常委...): a short line, no sentence end or comma before the dots
_CUT_TITLE = re.compile(r"^[ \t　•·]*[^\n。！？!?,，;；:：]{4,24}(?:\.{3}|…{1,2})[ \t　]*$")
#: markdown heading marks at a line's start (### 消防主题演讲比赛演讲稿范文): the marks go, the heading stays
_MD_HEADING = re.compile(r"^[ \t　]*#{2,6}[ \t　]+(?=\S)|^[ \t　]*#{2,6}[ \t　]*$", re.M)
#: a gallery's label in English opening a caption line (Photos / Files - 某某在致辞时表示,…)
_EN_MEDIA_CAPTION = re.compile(r"^[ \t　]*(?:Self[ \t]+)?(?:Photos?|Files?|Images?|Pictures?|Gallery)(?:[ \t]*/[ \t]*(?:Photos?|Files?|Images?|Pictures?))*"
                               r"[ \t]*[-–—:：][ \t]*\S[^\n]*$", re.M)
_EN_MEDIA_WORD = re.compile(r"Photo|File|Image|Picture|Gallery")
_BUTTON_WORD = re.compile(r"(?:打印|收藏|关闭)(?:本页|窗口)?[ \t　]*$", re.M)
#: a page button glued to the end of the speech's title (…开幕式上的致辞打印)
#: an editor's note's label: alone on its line (its note is the next paragraph) or opening it
_NOTE_LABEL = re.compile(r"^[ \t　]*[【\[]?(?:编者按语|编者按|编者的话|编者注|编辑按|编按|按语|[^\s。！？!?,，:：]{0,8}?的?编辑手记)[】\]]?[ \t　]*[:：]?[ \t　]*", re.M)
#: what never is an editor's note: the speech's salutation or a numbered heading
_NOT_NOTE = re.compile(r"^[ \t　]*(?:尊敬的|亲爱的|各位|同志们|女士们|[一二三四五六七八九十]+、|\d{1,2}[、.．])")
#: characters an editor's note holds at most
MAX_NOTE = 400


def _editor_notes(view: str) -> list[tuple[int, int]]:
    """An editor's note with its label: 编者按 alone on a line and the next paragraph, or 编者按:…… on one line.

    A speech never opens a paragraph with the label, so the note goes whatever voice it takes (an editor greets the
    readers too: 向大家致以新春的祝福); a salutation or a numbered heading after the label is the speech's and stays.

    Examples
    --------
    >>> page = "某某春节贺词\\n编者按\\n值此春节到来之际,各位政要发来贺词,向大家致以新春祝福。\\n一、某某州督:\\n新年好!"
    >>> [page[a:b] for a, b in _editor_notes(page)]
    ['编者按', '值此春节到来之际,各位政要发来贺词,向大家致以新春祝福。']
    >>> _editor_notes("编者按\\n各位来宾:\\n新年好!")
    []
    """
    spans = []
    for m in _NOTE_LABEL.finditer(view):
        e = view.find("\n", m.end())
        e = len(view) if e < 0 else e
        if view[m.end():e].strip():           # the note on the label's line
            if e - m.start() <= MAX_NOTE and not _NOT_NOTE.match(view, m.end()):
                spans.append((m.start(), e))
            continue
        lines = [(a, b, line) for a, b, line in iter_lines(view[e:e + MAX_NOTE + 200]) if line.strip()]
        if not lines:
            continue
        a, b, line = lines[0]
        if len(line.strip()) <= MAX_NOTE and not _NOT_NOTE.match(line) and _SENTENCE_END.search(line):
            k = 1       # a note of several paragraphs, closed by the speech's title line (编辑手记:…… / 感恩风雨; round 282k)
            while k < len(lines) and lines[k][1] <= MAX_NOTE and _SENTENCE_END.search(lines[k][2]) \
                    and not _NOT_NOTE.match(lines[k][2]):
                k += 1
            if k > 1 and k < len(lines) and len(lines[k][2].strip()) <= 30 and not _SENTENCE_END.search(lines[k][2]):
                b = lines[k - 1][1]
            spans += [(m.start(), e), (e + a, e + b)]
    return spans


#: an HTML entity cut short, at a line's end or before a bracket (……三点要求:&n, &nbsp[标签:…]); a text's tags in
#: brackets glued to the end of a line ([标签:介绍], 【关键词:某某 某某】), round 84
_CUT_ENTITY = re.compile(r"(?<=[\u4e00-\u9fff。！？!?:：,，;；”])&(?:n|nb|nbs|nbsp|a|am|amp|l|lt|g|gt|q|qu|quo|quot)"
                         r"(?=[ \t　]*(?:[\[【]|$))", re.M)
_TAIL_TAGS = re.compile(r"(?:[ \t　]*[\[【](?:标签|关键词|关键字|分类|所属分类)[:：][^\]】\n]{1,40}[\]】]){1,3}[ \t　]*$", re.M)
#: an editor's bracketed note on the text, wherever it stands: 【本文为某某在某庆典上的演讲稿】 (its closing bracket lost
#: to a broken encoding too, up to the line's end); a speaker never brackets 本文
_TEXT_NOTE = re.compile(r"【(?:本文|此文|该文|以下)(?:为|系|是|係|為)[^】\n]{4,80}?(?:讲话|致辞|致词|发言|演讲|贺词|献词|稿|全文|实录)"
                        r"[^】\n]{0,12}(?:】|$)", re.M)
_TITLE_BUTTON = re.compile(r"(?:(?<=讲话)|(?<=致辞)|(?<=发言)|(?<=报告)|(?<=贺词)|(?<=演讲)|(?<=稿))[ \t　]*"
                           r"(?:打印本页|打印|收藏本页|收藏|关闭窗口|关闭|VIP(?:专享|专免|免费|文档|精品)?)[ \t　]*$", re.M)   # …的讲话VIP专享 (286k)

_SENTENCE_END = re.compile(r"[。！？!?；;]")
#: words of a stage direction in brackets, never names: (掌声 笑声), (全场起立 鼓掌)
_STAGE = re.compile(r"掌声|笑声|鼓掌|起立|全场|欢呼|停顿|音乐|众人|合影|齐声")
#: words that address a reader, not an audience (a line holding one is the site's, whatever voice it takes)
_READER_WORD = re.compile(r"阅读|浏览|本文|文章|范文|本站|二维码|扫码|扫描|写作|以上内容|官方微信|公众号|尚未关注")
#: a site's promotion of its own page opening a line (1、某某网权威发布…,更多…相关信息请访问某某网。), round 202k
_SEO_HEAD = re.compile(rf"^[ \t　]*(?:\d{{1,2}}[、.．][ \t　]*)?[^\n。！？!?]{{0,40}}?{_MORE_AT}[^\n。！？!?]{{0,20}}?[。！!][ \t　]*", re.M)

#: the patterns read only on a short line of their own, with no sentence before the match, in no speaker's voice
#: unless a reader's word is in it
_READER_GUARDED = (_SIGNOFF, _PROMO_PROMPT, _LOGIN_GATE, _DOWNLOAD_NOTE, _COMPLAINT)
_RULES = (("page_number", _PAGER), ("page_meta", _TAG_ROW), ("editor_blurb", _SIGNOFF), ("promo_line", _PROMO_PROMPT),
          ("login_prompt", _LOGIN_GATE), ("download_panel", _DOWNLOAD_NOTE), ("copyright_footer", _COMPLAINT),
          ("recommend_list", _LIST_HEADER),
          ("page_meta", _BRACKET_META), ("promo_line", _CONTACT_PROMO), ("site_interface", _WIDGET),
          ("page_meta", _VIEW_COUNT), ("site_interface", _SITE_NOTICE), ("editor_blurb", _GUIDE_LABEL), ("site_interface", _ID_LINE), ("page_meta", _READ_TIP), ("html_leftover", _SCALED),
          ("share_widget", _HASHTAGS), ("download_panel", _DOC_PANEL), ("page_meta", _BLOG_DATE),
          ("caption", _POINTER_CAPTION), ("site_interface", _REPOST_NOTES), ("site_interface", _FORUM_ARCHIVE_LINES))


def reader_line_rule(line: str) -> str | None:
    """The rule that deletes ``line`` wherever it stands, or ``None``.

    Parameters
    ----------
    line : str
        One line of a page, without its line break.

    Returns
    -------
    str or None
        ``page_number``, ``page_meta``, ``editor_blurb``, ``login_prompt``, ``download_panel``, ``copyright_footer``,
        ``recommend_list``, ``promo_line`` or ``site_interface``.

    Examples
    --------
    >>> reader_line_rule("共3页: 上一页 1 2 3 下一页")
    'page_number'
    >>> reader_line_rule("相关热词搜索:讲话 安全生产 会议")
    'page_meta'
    >>> reader_line_rule("#2018进步台中 #乡村振兴#"), reader_line_rule("# 第一部分")
    ('share_widget', None)
    >>> reader_line_rule("下载后继续阅读"), reader_line_rule("当前文档共6页 2.88"), reader_line_rule("22 一月 2008")
    ('download_panel', 'download_panel', 'page_meta')
    >>> reader_line_rule("现场激动的毕业生们↓↓"), reader_line_rule("请大家下载后认真阅读文件。")
    ('caption', None)
    >>> reader_line_rule("某某的话各位敬爱的乡...(恕删)"), reader_line_rule("本文节选自某某出版社出版的《某某讲话》。")
    ('site_interface', 'site_interface')
    >>> reader_line_rule("1980年4月19日人民日报 第5版"), reader_line_rule("上一日:19571211-年月日")
    ('site_interface', 'site_interface')
    >>> reader_line_rule("友情提示我们要注意安全。"), reader_line_rule("专栏:我们开设了文明创建专栏。")   # speech
    (None, None)
    >>> reader_line_rule("本文选自的这些案例说明了问题。") is None     # no source named after 选自
    True
    >>> reader_line_rule("感谢大家的支持!") is None       # a speaker's thanks
    True
    """
    if len(line) > 160:
        return None
    for rule, pattern in _RULES:
        m = pattern.search(line)
        if not m:
            continue
        if rule == "page_number" and not (_PAGER_SIGN.search(line) or line.strip().startswith(("第", "本"))):
            continue
        if pattern is _SITE_NOTICE and (len(line) > 120 or in_speech_voice(line)):
            continue
        # a sign-off is its own short line: a sentence of prose before it (…要抓好落实。相信这篇…) is speech it is glued to
        if pattern in _READER_GUARDED and (len(line) > 80 or _SENTENCE_END.search(line, 0, m.start())
                                       or (in_speech_voice(line) and not _READER_WORD.search(line))):
            continue
        return rule
    return None


#: a line where one of this module's line families can stand (their literals, scanned for in C); ``None``: any line
LINE_CANDIDATES = line_prefilter(_PAGER, _TAG_ROW, _SIGNOFF, _PROMO_PROMPT, _LOGIN_GATE, _DOWNLOAD_NOTE, _COMPLAINT, _LIST_HEADER, _BRACKET_META, _CONTACT_PROMO, _WIDGET, _VIEW_COUNT,
                             _SITE_NOTICE, _GUIDE_LABEL, _ID_LINE, _READ_TIP, _SCALED, _HASHTAGS, _DOC_PANEL, _BLOG_DATE, _POINTER_CAPTION, _REPOST_NOTES,
                             _FORUM_ARCHIVE_LINES)


def _is_reader_line(text: str) -> bool:
    return reader_line_rule(text) is not None


def reader_lines(st: CleaningState) -> None:
    """Delete the lines of this module's families wherever they stand (rules named in :func:`reader_line_rule`).

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("同志们:\\n要抓好落实。\\n相关热词搜索:讲话 安全生产\\n关键词:要把握好三个关键词。")
    >>> reader_lines(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。\\n\\n关键词:要把握好三个关键词。'
    """
    _, view = st.view()
    # one pass over the lines (each line is tested once, not once a rule): a 5 MB page in 0.25 s, not 0.77 s
    # speech glued after the line on a flattened page (更多精彩内容请关注某某 ———对外贸易大幅增长。…) stays
    # a full-text lead-in alone on its line (讲话全文如下) is left to lead_ins, which takes the desk's report above it too
    spans = [(a + s, a + e, rule) for a, b, line in iter_lines(view, LINE_CANDIDATES) if (rule := reader_line_rule(line))
             and not (rule == "editor_blurb" and lead_in_rule(line) == "news_lead")
             for s, e in chrome_spans(line, _is_reader_line)]
    st.delete_spans(spans)
    _, view = st.view()
    if "更多" in view:      # a site's own promotion opening a line the speech is glued to (某某网权威发布…请访问某某网。尊敬的…)
        st.delete_spans([(m.start(), m.end(), "editor_blurb") for m in _SEO_HEAD.finditer(view)])
    _, view = st.view()
    if "文档" in view or "专注" in view:     # a document site's watermark slogan, wherever it is glued (round 79)
        st.delete_spans([(m.start(), m.end(), "watermark") for m in _DOC_WATERMARK.finditer(view)])
    _, view = st.view()
    if "加" in view or "关注" in view:
        st.delete_spans([(m.start(), m.end(), "promo_line") for m in _PROMO_TAIL.finditer(view)])
    _, view = st.view()
    if "微 信" in view:
        st.delete_spans([(m.start(), m.end(), "promo_line") for m in _SPACED_INVITE.finditer(view)])
    _, view = st.view()
    if "(" in view or "（" in view:
        st.delete_spans([(m.start(), m.end(), "byline") for m in _NAMES_CREDIT.finditer(view)
                         if not _STAGE.search(m.group())])
    _, view = st.view()
    if "编" in view or "分享" in view:
        st.delete_spans([(m.start(), m.end(), "share_widget" if "分享" in m.group() else "byline")
                         for m in _CREDIT_TAIL.finditer(view)])


def reader_blocks(st: CleaningState) -> None:
    """Pieces of a line or runs of lines this module reads by their words (held-out round 57).

    A repost's note of permission ((经某某授权在某某公众号上发布), rule ``page_meta``) with an editor's announcement
    of the text before it on its line (以下为某某在开幕式上的致辞。, rule ``editor_blurb``); a Q&A appendix with its
    header (重阳节相关常见问答知识清单及解答 / 1. 问:… / 答:…, rule ``recommend_list``; numbered questions and answers
    without such a header stay: an interview is text); markdown heading marks (### , rule ``html_leftover``; the
    heading stays); a caption line opened by a gallery's English label (Photos / Files - …, rule ``photo_caption``); a
    page button glued to the title's end (…的致辞打印, rule ``site_interface``); an editor's bracketed note on the text
    (【本文为某某在庆典上的演讲稿】, rule ``editor_blurb``, round 83).

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> st = CleaningState("### 在开学典礼上的致辞打印\\n同学们:\\n要好好学习。\\n常见问答知识清单\\n1. 问:开学典礼是哪天?\\n"
    ...                    "答:九月一日。\\n2. 问:谁致辞?\\n答:校长。")
    >>> reader_blocks(st)
    >>> st.doc.output
    '在开学典礼上的致辞\\n同学们:\\n要好好学习。\\n\\n\\n\\n\\n'
    """
    _, view = st.view()
    spans: list[tuple[int, int, str]] = []
    if "授权" in view:
        for m in _PERMISSION.finditer(view):
            spans.append((m.start(), m.end(), "page_meta"))
            line_start = view.rfind("\n", 0, m.start()) + 1
            a = _ANNOUNCE.match(view, line_start)
            if a and a.end() <= m.start() and not view[a.end():m.start()].strip():
                spans.append((a.start(), a.end(), "editor_blurb"))
    if "答" in view and _QA_WORDS.search(view):
        lines = list(iter_lines(view))
        for i, (s, e, line) in enumerate(lines):
            if not _QA_HEADER.match(line):
                continue
            run = []
            for s2, e2, l2 in lines[i + 1:]:
                if not l2.strip():
                    continue
                if not _QA_LINE.match(l2):
                    break
                run.append((s2, e2))
            if sum(1 for a, b in run if "答" in view[a:a + 4]) >= 2 and len(run) >= 4:
                spans += [(s, e, "recommend_list")] + [(a, b, "recommend_list") for a, b in run]
    if "..." in view or "…" in view:      # a list of titles the site cut with dots (某某人大常委... / 某某佛协举办...)
        run: list[tuple[int, int]] = []
        for s, e, line in [*iter_lines(view), (len(view), len(view), "")]:
            if _CUT_TITLE.match(line):
                run.append((s, e))
                continue
            if line.strip() or not run:
                if len(run) >= 3:
                    spans += [(a, b, "recommend_list") for a, b in run]
                run = []
    if "编" in view or "按语" in view:       # an editor's note under its label, alone on its line or after it (编者按 / ……), round 84
        spans += [(a, b, "editor_blurb") for a, b in _editor_notes(view)]
    if "&" in view:       # an HTML entity cut by the page's end or a tag after it (……三点要求:&n[标签:介绍]), round 84
        spans += [(m.start(), m.end(), "html_leftover") for m in _CUT_ENTITY.finditer(view)]
    if "标签" in view or "关键" in view or "分类" in view:      # tags glued to a line's end, round 84
        spans += [(m.start(), m.end(), "page_meta") for m in _TAIL_TAGS.finditer(view)]
    if "【" in view:      # an editor's bracketed note on the text (【本文为某某在庆典上的演讲稿】), round 83
        spans += [(m.start(), m.end(), "editor_blurb") for m in _TEXT_NOTE.finditer(view)]
    if "#" in view:
        spans += [(m.start(), m.end(), "html_leftover") for m in _MD_HEADING.finditer(view)]
    if _EN_MEDIA_WORD.search(view):
        spans += [(m.start(), m.end(), "photo_caption") for m in _EN_MEDIA_CAPTION.finditer(view)]
    if _BUTTON_WORD.search(view) or "VIP" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _TITLE_BUTTON.finditer(view)]
    st.delete_spans(spans)
