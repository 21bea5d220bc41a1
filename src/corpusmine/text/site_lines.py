"""Site lines that carry no sentence of the speech, told by their words and shape (development round 32).

* **widget lines** (rule ``site_interface``): a line made only of a page's
  buttons (关闭本页 打印, 上一篇 下一篇, 【字体: 大 中 小】, 我知道了, 返回顶部),
  two or more of them or one that is never a heading (关闭窗口, 我知道了,
  打印本页, 返回顶部); and a previous/next pair glued to the text
  (上一篇 下一篇本刊讯 …) wherever it stands, unless a title follows a colon.
* **hotline rows** (rule ``site_interface``): a short line without a sentence
  end that gives a commercial hotline and its number (全国服务热线 400-123-4567,
  客服电话:010-12345678); a speech's report line (举报电话12345) has no
  hotline word and stays.
* **wire credits** (rule ``byline``): a wire agency's name alone on a line (路透社, (新华社供图)).
* **link and sponsor labels** (rule ``title_link_footer``): 友情链接:, 友情支持:,
  合作媒体:, 技术支持: with what follows on the line.
* **legal-database fields** (rule ``meta_row``): the fields a law database
  prints above a court's or a ministry's text, label and value glued
  (发文机关某某人民法院, 发文日期2017年11月01日, 时效性现行有效).
* **organisation banners** (rule ``site_name``): two to four organisation names
  parted by bars, a portal's header (国家某某总局|某某省人民政府).
* **disclosure fields without a colon** (rule ``meta_row``): two or more lines in a row that open with the
  labels of a government disclosure table (索引号, 发布机构, 公开目录, 公开方式 …), the value after a space or
  glued to the label (• 索引号 某某-2024-00121, 公开方式主动公开), and the weaker labels inside that run
  (名称 …, 文号, 发布日期 …); one such line alone (公开方式要多样) stays.
* **page notes** (rule ``site_interface``): a note that a text was read or written by AI
  (内容由AI解读,具体执行以政府文件为准, 本文由AI辅助生成) and a note on where a reposted text came from
  (原文来自某某平台,原作者来自网络, 图片来源于网络); a line in the speaker's voice stays.
  Widget lines also cover advertisement labels (- Advertisement -, 广告), back-to-top links in their variants
  (回到网页上方, 返回页首), a page's saved-state buttons glued together (设为主页收藏本页, 已收藏), a portal's
  site-group menu and accessibility toolbar (站群导航, 市政府部门站群, 网站搜索 网站地图, 页面: 对比度:), its date
  greeting (您好!今天是 …) and a forum's location labels (来自福建 来自 福建漳州).
* **page furniture** (rule ``site_interface``; session al): a dismissible notice closed by its button (… | 关闭), an
  e-book reader's keys and bookmark prompt, a press release's clock line (香港时间15时57分), a topic label (专题:某某论坛),
  a promotion closed by its link ([点击进入]), a production row (制作:2025.1.27), a reposter's aside ((ps:…)), a date
  glued to its view count (2012-01-193254), an English date row (- Feb 16, 2018), a web app's prompt to add it
  to the home screen (请点击,然后点击“添加到主屏幕”) and a reading site's 终身免费阅读 (round 272k).
  Session as (round 221k): a comment box's prompt (文明上网 理性发言, 请遵守评论服务协议), a template site's note against
  copying (本文仅供学习参考,请勿照搬照抄!), a post's id and clock, a rating in per cent (推荐指数: 80 %).
* **social buttons** (rule ``share_widget``): a short line naming three social networks, or two with 分享
  (Facebook分享twitter分享); a sentence naming them has its end mark and stays.
* **English field labels** (rule ``meta_row``): a line opening with Title:, Keywords:, News content:, Posted by …
  (a page run through a converter or an English CMS).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("国家某某总局|某某省人民政府\\n关闭本页 打印\\n会议要求,要抓好落实。\\n全国服务热线 400-123-4567")
>>> site_lines(st)
>>> st.doc.output
'\\n\\n会议要求,要抓好落实。\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.edits import iter_lines
from corpusmine.text.news_chrome import STRONG_DISCLOSURE_LABEL, WEAK_DISCLOSURE_LABEL
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["NO_COPYING_ASK", "NO_COPYING_VERB", "inside_sentence", "site_line_spans", "site_lines"]

#: a use note forbidding copying (仅供学习参考,请勿照搬照抄), its request and its verb: a whole line here (round 221k);
#: :mod:`corpusmine.text.doc_notices` reads it after the text's source, glued to a title or cut at the page's end
NO_COPYING_ASK = r"仅供(?:学习|阅读|个人|大家)?(?:参考|借鉴|交流|学习)(?:使用)?[,，;；]?[ \t]*(?:请勿|切勿|不得|禁止|严禁)(?:直接)?"
NO_COPYING_VERB = r"(?:照搬照抄|照抄照搬|照搬|照抄|抄袭|套用|复制|转载|使用|商用)"

#: buttons that are never a heading or a sentence on their own
_STRONG = {"关闭本页", "关闭窗口", "关闭此页", "打印本页", "打印此页", "打印正文", "返回顶部", "回到顶部", "我知道了", "加入收藏",
           "设为首页", "返回列表", "返回首页", "保护视力色", "上一篇", "下一篇", "上一条", "下一条",
           "回到网页上方", "回到页面上方", "返回页首", "回到页首", "回页首", "返回页面顶部", "回到页面顶部", "设为主页", "收藏本页",
           "收藏本站", "加入收藏夹", "已收藏", "取消收藏", "已关注", "已点赞", "广告", "advertisement", "sponsored",
           # a portal's site-group menu and its accessibility toolbar (页面: 对比度: 行距: …)
           "网站地图", "站点地图", "网站搜索", "网站导航", "站群导航", "导航栏", "导航菜单", "主导航", "无障碍", "无障碍版", "无障碍浏览", "长者版", "关怀版",
           "适老化", "对比度", "行距", "光标", "读屏", "指读", "连读", "大字幕", "配色", "退出服务",
           # a related-posts box of a forum or a blog, and its empty state
           "相关帖子", "相关日志", "相关博文", "没有相关内容", "暂无相关内容", "暂无内容", "暂无评论",
           # a social network's page tabs (round 152k)
           "专页", "粉丝专页", "贴文", "动态时报",
           # an image's alternative text left alone (round 155k)
           "icon", "logo",
           # a Hong Kong press release's column label under its clock line (round 178k)
           "即日新闻",
           # a forum poster's badges (round 222k)
           "手机认证", "实名认证", "邮箱认证", "视频认证"}
#: a template site's rating after a related title (- 某某发言稿 推荐度:)
_RATING = re.compile(r"(?:推荐度|推荐指数|推荐星级)[ \t]*[:：]?[ \t]*[★☆\d.]*[ \t]*%?[ \t\u3000]*$")   # 推荐指数: 80 % (221k)
_WEAK = {"打印", "关闭", "收藏", "分享", "返回", "字体", "字号", "大", "中", "小", "默认", "繁体", "简体", "纠错", "推荐", "评论",
         "页面", "重置", "放大", "缩小", "搜索"}
#: a portal's date greeting (您好!今天是, 今天是2024年1月30日 星期二) and a site-group menu (市政府部门站群)
_GREETING = re.compile(r"^[ \t\u3000]*(?:[^\n。！？!?，,]{2,12}?(?:网|网站|门户|政府)[ \t\u3000]+)?"   # 某某外宣网 今天是 (300k)
                       r"(?:(?:您好|你好|欢迎您?)[!！,，]?[ \t\u3000]*)?今天是[ \t\u3000]*(?:\d{4}年\d{1,2}月\d{1,2}日)?"
                       r"[ \t\u3000]*(?:星期[一二三四五六日天]|周[一二三四五六日])?[ \t\u3000]*$")
#: an English field label opening a line (a page run through a converter or an English CMS): Title:, Keywords:,
#: News content:, Posted by …
_EN_FIELD = re.compile(r"^[ \t\u3000]*(?:(?:Title|Keywords?|Tags?|Source|Author|Date|Time|Published(?: on)?|Updated|Last updated|"
                       r"Hits|Views|Categor(?:y|ies)|Editor|News content|Content|Summary|Abstract|Filed under)[ \t]*[:：]"
                       r"|Posted[ \t]+(?:by|on|in)\b|Published[ \t]+(?:at|on)[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})", re.I)
#: a forum's location labels: 来自福建 来自 福建漳州
_FROM_PLACE = re.compile(r"^[ \t\u3000]*[|｜]?[ \t\u3000]*来自[ \t\u3000]*[\u4e00-\u9fff]{2,6}[ \t\u3000]+来自[ \t\u3000]*[\u4e00-\u9fff]{2,10}[ \t\u3000]*$")
_SITE_GROUP = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{0,10}站群(?:导航)?[ \t\u3000]*$")
_TOKEN_SEP = re.compile(r"[\s|｜/【】\[\]()（）:：·•、,，\-–—]+")
#: a note that AI read or wrote the text (内容由AI解读,具体执行以政府文件为准; 本文由AI辅助生成)
_AI_NOTE = re.compile(r"^[ \t\u3000]*(?:[(（【\[][ \t\u3000]*)?(?:本文|本页|以上|该|此|内容|摘要|解读)?[^\n。！？!?]{0,8}?(?:由|经|使用|借助|通过)?[ \t]*"
                      r"(?:AI|人工智能|大模型)[ \t]*(?:解读|生成|辅助生成|辅助|创作|撰写|合成|摘要|总结|整理|翻译)")
_AI_DISCLAIMER = re.compile(r"为准|仅供参考|请注意甄别|请以[^\n]{0,12}为准|不代表|如有(?:错误|出入)")
#: where a reposted text or its pictures came from (原文来自某某平台, 原作者来自网络, 图片来源于网络)
_SOURCE_NOTE = re.compile(r"^[ \t\u3000]*(?:[(（【\[][ \t\u3000]*)?(?:原文来自|原文转自|原文出自|本文转载自|本文转自|文章转载自|转载自|讯息来自|"
                          r"原作者来自网络|(?:本文|文章|图片|文字|内容)(?:均)?(?:来源于|来自|源自)(?:互联)?网络)")
_FIELD_START = re.compile(rf"^[ \t\u3000]*[|｜•·]?[ \t\u3000]*(?:{STRONG_DISCLOSURE_LABEL})")
_WEAK_FIELD_START = re.compile(rf"^[ \t\u3000]*[|｜•·]?[ \t\u3000]*(?:{WEAK_DISCLOSURE_LABEL})(?![\u4e00-\u9fff]{{0,2}}[要是在把])")
_PREV_NEXT = re.compile(r"上一(?:篇|条|则|页|期|版)(?:公告|新闻|文章|信息)?[ \t\u3000]*[|｜/]?[ \t\u3000]*下一(?:篇|条|则|页|期|版)(?:公告|新闻|文章|信息)?"
                        r"(?![ \t\u3000]*[:：])")
_PHONE = re.compile(r"(?<!\d)(?:[48]00[-\s]?\d{3}[-\s]?\d{4}|0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9})(?!\d)")
_HOTLINE = re.compile(r"热线|客服|咨询电话|服务电话|联系电话|24小时|全国统一")
_END = re.compile(r"[。！？!?；;]")
_LINK_LABEL = re.compile(r"^[ \t\u3000]*(?:友情(?:链接|支持)|合作(?:伙伴|媒体|单位)|技术支持|赞助(?:商|单位)?)[ \t\u3000]*[:：][^\n]{0,80}$")
_LAW_FIELD = re.compile(
    r"^[ \t\u3000]*(?:发文机关|发文字号|发布部门|发文日期|发布日期|公布日期|实施日期|施行日期|时效性|效力级别|法规类别|所属类别)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*\S[^\n。！？；;，,]{0,40}$")
#: a wire agency's name alone on a line (a credit), with what it sent
_WIRE = re.compile(r"^[ \t\u3000]*[(（]?(?:新华社|中新社|中通社|路透社?|法新社|美联社|共同社|韩联社|中央社|塔斯社|彭博社?|德新社|安塔拉社|"
                   r"俄新社|埃菲社|安莎社)[ \t\u3000]*(?:电|讯|报道|消息|供图|图|照片|摄)?[)）]?[ \t\u3000]*$")
#: session al (rounds 178k-179k): a dismissible notice with its close button (…请重新绑定!立即重新绑定》 | 关闭, 显示下一条 | 关闭),
#: an e-book reader's keys and bookmark prompt (按键盘上方向键 ← 或 → 可快速上下翻页…, ——未阅读完?加入书签已便下次继续阅读!),
#: a press release's clock line (香港时间15时57分), a topic label in the head (专题:某某论坛), a promotion closed by its
#: link (…来#某某#超话聊一聊,[点击进入]), a site's production row (制作:2025.1.27)
_FURNITURE = re.compile(r"^[ \t\u3000]*(?:[^\n]{0,100}?[|｜][ \t\u3000]*关闭"
                        r"|按键盘上?的?方向键[^\n]{0,80}?翻页[^\n]{0,80}|[—\-]*[ \t]*未阅读完[?？]?[ \t]*加入书签[^\n]{0,20}"
                        r"|香港时间[ \t]*\d{1,2}时\d{1,2}分|专题[ \t]*[:：][^\n。！？!?]{2,40}"
                        r"|[^\n。！？!?]{2,40}[-—_][ \t]*第[\d一二三四五六七八九十百]{1,4}(?:章|部分)"     # an e-book's 某书-第9章, -第80部分
                        r"|[^\n]{0,80}?[\[【](?:点击进入|点击查看|点此进入|点击阅读)[\]】]"
                        # a portal's channel labels over its lists (最新某某新闻 频道推荐, 进入新闻频道新闻推荐) and its call for
                        # contributions (【投稿、区域合作请私信或发…】) (round 300k)
                        r"|[^\n。！？!?，,]{0,12}?频道[^\n。！？!?，,]{0,2}(?:推荐|最新图文|最新视频|新闻推荐)"
                        r"|[【\[](?:投稿|爆料|来稿|合作)[、,，/ \t]*(?:[^\n】\]]{0,12}?合作)?[^\n】\]。]{0,40}(?:私信|联系|邮箱|发送|发至|请发|回复)[^\n】\]]{0,40}[】\]]?"
                        # a web dialog's question left alone (确认删除?, 确定要退出吗?; round 299k)
                        r"|(?:确认|确定)(?:要)?(?:删除(?:该(?:文档|内容|评论|记录))?|退出登[录陆])(?:吗)?[?？]?"
                        # …unbracketed, closing a short promotion (某某众筹计划,点击了解详情; round 296k)
                        r"|[^\n。！？!?]{0,30}?[,，]?[ \t]*点击(?:了解|查看|获取)(?:详情|更多)[>》»]*"
                        # a web app's prompt to add it to the home screen (a speaker's 把…添加到桌面 stays), a reading site's free-for-life
                        # badge (round 272k)
                        r"|[^\n。！？!?把将]{0,24}?(?:添加|加入|放)(?:到|至)(?:手机)?(?:主屏幕|桌面)[^\n。！？!?]{0,24}|(?:终身|永久)免费阅读"
                        # a template site's download slogan with its promise (下载使用,远离加班熬夜!; round 278k)
                        r"|(?:免费)?下载(?:后|即可)?使用[,，][ \t]*(?:远离|告别|不再|轻松|省去)[^\n。！？!?]{1,12}[!！。]?"
                        # a site's age notice (本网站含有烟草内容,未成年人谢绝访问; round 279k)
                        r"|[^\n。！？!?]{0,20}未成年人(?:谢绝|禁止|请勿|不得)(?:访问|浏览|进入)[。!！]?"
                        # a platform's default user name standing for the poster (用户8349503; round 282k)
                        r"|(?:用户|网友|游客|会员|作者)[_\-]?\d{5,12}(?=[ \t\u3000]*$)"
                        # a template's labels above a model (【致辞人】…, 【致辞背景】…), an advert between single dashes after
                        # the advert mark (—  某某海产 急冻海鲜先锋  —), a comment box's subscribe link, a reader site's
                        # chapter head with its page counter (第26章 某某(4)(1 / 2)) (round 288k)
                        r"|[【\[](?:致辞人|致辞背景|发言人|讲话人|演讲人|适用(?:场合|对象|范围)|致辞场合|写作要点)[】\]][^\n]{0,40}"
                        r"|—[ \t\u3000]+[^—\n]{2,30}?[ \t\u3000]+—|订阅评论|评论订阅"
                        r"|第\d{1,4}章[^\n]{0,40}?[(（]\d{1,3}[ \t]*/[ \t]*\d{1,3}[)）]"
                        # a picture's numbered caption (图一:某某发表讲话。) and who stands in it (左起:某某、某某; 287k)
                        r"|图[一二三四五六七八九十\d]{1,3}[:：][^\n]{2,80}"
                        r"|[^\n]{0,30}?(?:左起|由左至右|从左至右|自左至右|右起|由右至左)[:：]?[ \t]*[\u4e00-\u9fff·]{2,4}(?:[\u4e00-\u9fff]{0,6})?(?:、[^\n、]{2,16}){2,}[^\n]{0,20}"
                        # a writer's and an editor's credit row (文:某某办公室 编辑:某某), a group's join call (@所有人,加入我们)
                        # (round 304k)
                        r"|(?:文|图|文图|图文|撰稿|供稿|摄影)[:：/][ \t]*[^\s:：。，,]{2,12}[ \t]+(?:编辑|责编|审核|审校|责任编辑|校对)[:：]"
                        r"[ \t]*[^\s:：。，,]{2,6}(?:[ \t]+[^\s:：]{1,4}[:：][ \t]*[^\s:：。，,]{2,6})*[ \t]*$"
                        r"|@所有人[,，]?[^\n。！？!?]{0,20}$"
                        # a blog's tag or category value closed by its separator (大美新疆旅游 |; round 302k)
                        r"|[^\s。！？!?，,|｜:：]{2,16}(?:[ \t]*[|｜][ \t]*[^\s。！？!?，,|｜:：]{2,16})*[ \t]+[|｜][ \t]*$"
                        # a blog's poster row (Posted 某某, Posted by 某某 on …; round 284k)
                        r"|(?:Posted|POSTED|posted)(?:[ \t]+(?:by|on|in|at))?[ \t:：]+[^\n。！？!?]{1,40}"
                        r"|(?:制作|排版|美编|图文制作)[ \t]*[:：][ \t]*\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?"
                        # a reposter's aside (ps:…), a date glued to its view count, an English date row (182k-183k)
                        r"|[(（](?:ps|PS|Ps)[:：][^\n]{1,80}[)）]|\d{4}-\d{2}-\d{2}\d{1,6}"
                        r"|[-•][ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2},[ \t]*\d{4}"
                        # a comment box's prompt, a template site's no-copying note, a post's id and clock (221k)
                        r"|(?=[^\n。！？!?]*$)(?:[^\n]{0,20}?文明上网[,，]?[ \t]*理性发言[^\n]{0,30}|[^\n]{0,20}?请遵守[^\n]{0,8}?(?:评论|跟帖)服务协议[^\n]{0,10})"
                        r"|(?:本文|本篇|以上|文章|范文|内容)[^\n。！？!?]{0,6}?" + NO_COPYING_ASK + NO_COPYING_VERB
                        + r"[^\n。！？!?]{0,10}[!！。]?"
                        r"|\d{8,20}[ \t]+时间[:：][ \t]*\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}"
                        # a news site's browser advice, its download links and push prompt (225k)
                        r"|为(?:达|达到|获得)?最佳(?:浏览|显示|阅读)效果[^\n]{0,80}|(?:[ \t]*请至[^\n]{1,20}?官网下载){2,}"
                        r"|[\[【](?:启动|开启|订阅)[^\]】\n]{0,12}推播[\]】][^\n]{0,20}"
                        # a document site's tip request; a portal's organiser footer (某某中心 主办 | 某某办公室 主管; 226k)
                        r"|[^\n。]{0,12}(?:辛苦|不易)[,，!！]?[ \t]*(?:打赏|赏)(?:杯|个|点)?(?:茶钱|咖啡|小费)[^\n]{0,12}"
                        r"|[^\n。！？]{2,40}[ \t]*主办[ \t]*[|｜][^\n。！？]{2,60}(?:主管|承办|协办)[ \t]*"
                        # a news page's advert marker (我是广告 请继续往下阅读); a template site's sponsor prompt (内容仅供学习,如需复制请
                        # 赞助会员,赞助后即可全站范文免费复制! / 赞助会员请点击:开通会员; 264k)
                        r"|[\[【]?(?:我是)?广告[\]】]?[ \t]*[,，]?[ \t]*请?继续(?:往下|向下)(?:阅读|滑动|看)[.。…]{0,3}"   # [广告] 请继续往下阅读. (291k)
                        r"|(?:您|你)?(?:当前|目前|还)?(?:未|没有|尚未)登[录陆][!！,，。]?[^\n。]{0,12}?登[录陆]后[^\n。]{0,30}"   # 265k
                        r"|[^\n。]{0,12}?(?:赞助|开通|升级)会员[^\n。]{0,20}?(?:复制|下载|阅读|点击)[^\n。]{0,30}?)[ \t\u3000]*$")
#: a news site's follow prompt naming its platform (要看最快最热资讯,请来Follow我们《某某报》WhatsApp Channel.; round 287k)
_FOLLOW_US = re.compile(r"[^\n。！？!?]{0,20}?(?:请|欢迎)来?(?:Follow|follow|关注|追踪|订阅)我们[^\n]{0,40}?"
                        r"(?:WhatsApp|Telegram|Channel|Facebook|脸书|Instagram|YouTube)[^\n]{0,20}$")
#: a photo's caption closed by its credit in brackets (某某就职演说,…。(某某社某某摄); round 225k)
_CREDITED_CAPTION = re.compile(r"^[^\n]{4,150}?[(（][^()（）\n]{0,12}[ \t]*[\u4e00-\u9fff]{2,4}[ \t]*摄[)）][ \t\u3000]*$")
#: a document site's file panel: its name label, what the download holds, its file list (文档名称:, 下载后只包含 1 个 DOCX
#: 格式的文档,…查看文件列表, 下载得到文件列表, 如果您已付费下载过本站文档…二次下载; round 223k)
_DOC_PANEL = re.compile(r"^[ \t\u3000]*(?:文档名称[:：][ \t\u3000]*|下载后只包含[^\n]{0,80}|下载得到文件列表[ \t\u3000]*"
                        r"|(?:如果您?已付费下载过本站文档|您可以点这里二次下载)[^\n]{0,40}"
                        # an attachment's card and its paywall (下载文件 / 阅读完整内容,请点击操作按钮! / 登录注册购买 免登录购买 /
                        # a plugin's placeholder: 这里是自定义内容,请在【用户中心配置 - …】修改; round 269k)
                        r"|(?:下载文件|附件下载|点击下载附件)[ \t\u3000]*|(?:阅读|查看)(?:完整|全部)内容[,，]?[ \t]*请点击[^\n。]{0,12}?按钮[!！。]?"
                        r"|(?:登[录陆])?[ \t]*(?:注册)?[ \t]*购买[ \t]*免登[录陆]购买|这里是自定义内容[,，]?[ \t]*请在[^\n]{0,80}?修改[。]?"
                        # a paid column's notice (订阅后购买本专栏…提取本专栏全部电子文档。; round 270k)
                        r"|[^\n。]{0,12}?购买本专栏[^\n]{0,60}?(?:电子文档|全部文章|全文)[^\n]{0,10})$")
#: an attachment's label alone above its card: it goes with the card below it
_ATTACHMENT = re.compile(r"^[ \t\u3000]*附件[ \t\u3000]*[:：]?[ \t\u3000]*$")
#: a social network's buttons: three names, or two with 分享 (Facebook分享line分享twitter分享, 网站导览加入好友FacebookFlickr
#: YouTube…RSS; round 221k)
_NETWORK = re.compile(r"facebook|flickr|youtube|twitter|instagram|plurk|line(?=分享)|rss|weibo|wechat|linkedin", re.I)
_ORG_END = re.compile(r"(?:局|政府|委员会|委|厅|网|中心|办公室|法院|检察院|总局|部|署|会|馆|院|校|大学)$")


def _glued(token: str) -> list[str] | None:
    """The buttons a token is made of when they were glued together (设为主页收藏本页), else None."""
    if len(token) > 16:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for i in range(1, len(token) + 1):
        for j in range(max(0, i - 6), i):
            if best[j] is not None and token[j:i] in _STRONG:
                best[i] = best[j] + [token[j:i]]
                break
    return best[-1]


def _widget_line(t: str) -> bool:
    tokens = []
    for x in _TOKEN_SEP.split(t):
        if x:
            tokens += _glued(x) or [x.lower() if x.isascii() else x]
    if not tokens or len(t) > 40 or not all(x in _STRONG or x in _WEAK for x in tokens):
        return False
    return len(tokens) >= 2 and any(x not in {"大", "中", "小"} for x in tokens) or any(x in _STRONG for x in tokens)


def _org_banner(t: str) -> bool:
    parts = [x.strip() for x in re.split(r"[|｜]", t)]
    return 2 <= len(parts) <= 4 and len(t) <= 40 and all(2 <= len(x) <= 16 and _ORG_END.search(x) for x in parts)


#: a document site's category path glued before the document's title (文秘知识/会议发言稿 某某座谈会发言 …; round 304k)
_CATEGORY_PATH = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,8}(?:/[\u4e00-\u9fff]{2,8}){1,3}[ \t\u3000]+(?=\S)")
#: a forum page's first line: the thread, a dash, the forum's name (某某旅行-某某自助旅行论坛; round 303k)
_FORUM_TITLE = re.compile(r"^[ \t\u3000]*[^\s。！？!?，,]{2,24}[ \t]*[-－—_|｜][ \t]*[^\s。！？!?，,]{1,16}(?:论坛|社区|BBS|bbs)[ \t\u3000]*$")
#: a headline's publish date in brackets with its source glued after it on the headline's line
#: (某某主题活动 ( 2022年06月30日 )       来源: 某某街道; round 303k)
_META_TAIL = re.compile(r"[ \t\u3000]*[(（][ \t\u3000]*\d{4}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?[ \t\u3000]*[)）][ \t\u3000]*"
                        r"(?:来源|作者|发布)[^\n:：]{0,4}[:：][^\n。！？!?]{0,40}$")
#: an image's width left alone on its line (640; round 287k); not a number that a PDF's line breaks set apart inside a
#: sentence (…入围\n“中国企业\n500\n强”; round 296k), see :func:`inside_sentence`
_IMAGE_WIDTH = re.compile(r"^[ \t\u3000]*(?!(?:19|20)\d\d\b)\d{3,4}[ \t\u3000]*$")
#: what closes a sentence or a heading at a line's end
_CLOSED = frozenset("。！？!?…；;:：")


def inside_sentence(view: str, start: int, end: int) -> bool:
    """Whether the line ``view[start:end]`` stands inside a sentence: the line above it is not closed and the line
    below it goes on with a character, not a new heading or a blank line.

    Parameters
    ----------
    view : str
        The page.
    start, end : int
        The line's span (its line break excluded).

    Examples
    --------
    >>> v = "9家企业入围“中国企业\\n500\\n强”,上市公司总数第一。\\n图为会场。\\n640\\n\\n同志们:"
    >>> i = v.index("500"); j = v.index("640")
    >>> inside_sentence(v, i, i + 3), inside_sentence(v, j, j + 3)
    (True, False)
    """
    above = view[:start].rstrip("\n")
    prev = above[above.rfind("\n") + 1:].strip()
    nxt = view[end + 1:].split("\n", 1)[0].strip() if end < len(view) else ""
    if not prev or not nxt or prev[-1] in _CLOSED:
        return False
    return bool(re.match(r"[\u4e00-\u9fff”」』)）,，、%％]", nxt))


def site_line_spans(view: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, rule)`` of this module's families (see the module docstring).

    Parameters
    ----------
    view : str
        The page (Simplified view).

    Examples
    --------
    >>> v = "上一篇 下一篇本刊讯 会议于5月11日召开。\\n上一篇:在全县推进会上的讲话"
    >>> [v[s:e] for s, e, _ in site_line_spans(v)]
    ['上一篇 下一篇']
    >>> site_line_spans("要建好热线,服务电话0731-1234567要有人接。\\n关闭")
    []
    """
    spans: list[tuple[int, int, str]] = []
    spans += _field_runs(view)
    for i_line, (s, e, line) in enumerate(iter_lines(view)):
        t = line.strip()
        if len(t) > 120:
            if "上一" in t:    # a previous/next pair glued to a long paragraph
                spans += [(s + m.start(), s + m.end(), "site_interface") for m in _PREV_NEXT.finditer(line)]
            continue
        if not t:
            continue
        if _widget_line(t) or _FURNITURE.match(line) and not in_speech_voice(t):
            spans.append((s, e, "site_interface"))
        elif _IMAGE_WIDTH.match(line) and not inside_sentence(view, s, e):
            spans.append((s, e, "site_interface"))
        elif len(t) <= 100 and _FOLLOW_US.match(t):      # its 我们 is the site's, named with its platform
            spans.append((s, e, "site_interface"))
        elif len(t) <= 30 and not _END.search(t) and _PHONE.search(t) and _HOTLINE.search(t) and not in_speech_voice(t):
            spans.append((s, e, "site_interface"))
        elif len(t) <= 24 and (_GREETING.match(line) or _SITE_GROUP.match(line)) or len(t) <= 40 and _FROM_PLACE.match(line):
            spans.append((s, e, "site_interface"))
        elif len(t) <= 80 and not _END.search(t) and len({x.lower() for x in _NETWORK.findall(t)}) >= (2 if "分享" in t else 3):
            spans.append((s, e, "share_widget"))
        elif len(t) <= 160 and _CREDITED_CAPTION.match(line) and not in_speech_voice(t):
            spans.append((s, e, "photo_caption"))
        elif _DOC_PANEL.match(line):
            spans.append((s, e, "download_panel"))
            above = view[:s].rstrip()
            a = above.rfind("\n") + 1
            if _ATTACHMENT.match(above[a:]):
                spans.append((a, len(above), "download_panel"))     # 附件 / (its file's name and size) / 下载文件
        elif len(t) <= 60 and not _END.search(t) and _RATING.search(t):
            spans.append((s, e, "recommend_list"))
        elif _EN_FIELD.match(line):
            spans.append((s, e, "meta_row"))
        elif len(t) <= 12 and _WIRE.match(line):
            spans.append((s, e, "byline"))
        elif _LINK_LABEL.match(line):
            spans.append((s, e, "title_link_footer"))
        elif _LAW_FIELD.match(line):
            spans.append((s, e, "meta_row"))
        elif ("|" in t or "｜" in t) and not _END.search(t) and _org_banner(t):
            spans.append((s, e, "site_name"))
        elif (len(t) <= 80 and (_AI_NOTE.match(line) and (_AI_DISCLAIMER.search(t) or len(t) <= 24) or _SOURCE_NOTE.match(line))
              and not in_speech_voice(t)):
            spans.append((s, e, "site_interface"))
        elif "上一" in t:
            spans += [(s + m.start(), s + m.end(), "site_interface") for m in _PREV_NEXT.finditer(line)]
        elif i_line == 0 and len(t) <= 40 and _FORUM_TITLE.match(line):
            spans.append((s, e, "site_name"))
        if "/" in t[:30] and (m := _CATEGORY_PATH.match(line)):
            spans.append((s, s + m.end(), "breadcrumb"))
        if ("来源" in t or "作者" in t or "发布" in t) and (m := _META_TAIL.search(line)):
            spans.append((s + m.start(), e, "meta_row"))
    return spans


def _field_runs(view: str) -> list[tuple[int, int, str]]:
    """Runs of disclosure fields without a colon: two or more lines opening with a strong label, and the weak ones
    among them (see the module docstring)."""
    if not any(w in view for w in ("索引", "公开", "发布机构", "发文", "成文", "主题分类", "有效性")):
        return []
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, bool]] = []

    def close() -> None:
        if sum(strong for *_, strong in run) >= 2:
            spans.extend((a, b, "meta_row") for a, b, _ in run)
        run.clear()

    for s, e, line in iter_lines(view):
        t = line.strip()
        if not t:
            continue
        if len(t) <= 80 and not _END.search(t):
            if _FIELD_START.match(line) and not in_speech_voice(t):
                run.append((s, e, True))
                continue
            if run and _WEAK_FIELD_START.match(line):      # (名称 and a meeting's title: the title may read as speech)
                run.append((s, e, False))
                continue
        close()
    close()
    return spans


def site_lines(st: CleaningState) -> None:
    """Delete the site lines of this module (rules ``site_interface``, ``title_link_footer``, ``meta_row``, ``site_name``).

    Examples
    --------
    >>> st = CleaningState("发文机关某某人民法院\\n时效性现行有效\\n同志们:\\n要抓好落实。\\n友情链接:某某网 某某网")
    >>> site_lines(st)
    >>> st.doc.output
    '\\n\\n同志们:\\n要抓好落实。\\n'
    """
    _, view = st.view()
    spans = site_line_spans(view)
    if spans:
        st.delete_spans(spans)
