"""Comment and follow panels, positional captions, glued metadata runs and platform disclaimers
(development round 27d: template, document and local-government pages).

Families the other rules do not reach, each told by the shape of a line or of
a span inside one (the view is Simplified, so Traditional pages are read the
same way):

* **comment and feedback panels** (:func:`is_panel_line`): a comment widget
  alone on a line (我要跟帖, 发表, 回复 某网友), a feedback form's fields
  (我要反馈: 姓 名: 邮 箱:), an analytics script's comment (//站内统计//百度统计),
  and interface words alone or in a short run (搜索, 导读, 我要投稿 投诉建议,
  点此复制本页地址).
* **login forms** (:func:`login_form_spans`): a run of two or more lines each
  holding one field or button of a sign-in box (会员信息 / 用户名: / 密   码: /
  验证码: / 注册), one of them asking for the account or the password.
* **follow panels** (:func:`follow_panel_spans`): an account label alone on a
  line (微信公众号, 官方微博, 官方抖音, 客户端) and the outlet's short name on the
  line just above it (某某报网).
* **positional captions** (:func:`is_position_caption`): a photo caption that
  places the people in the picture by brackets after their names
  (某某(右)、某某(中)在田间查看…, 前排左三); a speech never places its audience so.
* **glued metadata runs** (:func:`glued_meta_spans`): a source, a publication
  time and a view counter or font switch run together and glued into the
  title's line (…通知来源:某局发布时间:2025-09-1514:40浏览次数:48次【字体:小大】…).
* **platform disclaimers** (:func:`is_platform_disclaimer`): a self-media
  platform's statement that the post speaks for its author only
  (本文为某号作者在某平台上传并发布,仅代表该作者观点,…仅提供信息发布平台) and
  its heading alone (特别声明, 免责声明) just above it.
* **author names above a metadata row**: two to four characters alone on a
  line directly above a source or date row (某某某 / 来源: 发布日期:…).
* **reporters' brackets at a paragraph's start**: a bracket of outlets'
  reporters and correspondents with their names only
  ((某报融媒体记者 某某 某某 文图通讯员 某某 记者 某某 )).

Panels, follow labels, names and disclaimers are looked for in the page's first
:data:`HEAD_CHARS` and last :data:`TAIL_CHARS` characters only; captions and
reporters' brackets on the lines holding their anchors.  A line in the
speaker's voice (:func:`corpusmine.text.speech_voice.in_speech_voice`) stays.
Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> st = CleaningState("某某报网\\n官方微博\\n张某(右)在田间查看小麦长势。\\n县长说,要把好事办好。\\n我要跟帖\\n发表")
>>> page_widgets(st)
>>> st.doc.output
'\\n\\n\\n县长说,要把好事办好。\\n\\n'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import item_runs, lines_holding
from corpusmine.text.patterns import COUNTER_WORD, SOURCE_LABEL, TIME_LABEL
from corpusmine.text.speech_voice import in_speech_voice
from corpusmine.text.template_chrome import HEAD_CHARS, TAIL_CHARS

__all__ = ["follow_panel_spans", "glued_meta_spans", "is_panel_line", "login_form_spans", "is_platform_disclaimer", "is_position_caption",
           "page_widgets"]

_SP = r"[ \t\u3000]"
_HAN = r"\u4e00-\u9fff"

# ---------------------------------------------------------------- comment and feedback panels

#: interface words a panel shows alone or in a short run separated by spaces
_PANEL_WORD = (r"(?:我要跟帖|我要评论|发表评论|网友跟帖|跟帖|发表|回复|搜索|站内搜索|导读|我要投稿|投诉建议|意见反馈|"
               r"点此复制本页地址|复制本页地址|复制本文链接|复制链接)")
#: a list's header after a panel word on a flattened row (我要投稿 • 相关推荐, round 136k)
_LIST_HEADER = r"(?:相关推荐|相关阅读|相关文章|热门推荐|猜你喜欢)"
_PANEL_RUN = re.compile(rf"^{_SP}*{_PANEL_WORD}(?:(?:{_SP}+|{_SP}*[•·|｜]{_SP}*)(?:{_PANEL_WORD}|{_LIST_HEADER})){{0,3}}{_SP}*$")
#: a reply widget with the replier's nickname: 回复 某网友
_REPLY = re.compile(rf"^{_SP}*回复{_SP}+[^\s。！？!?,，]{{1,12}}{_SP}*$")
#: a feedback form's fields: two of 姓名: 邮箱: 电话: 验证码: on one short line
_FORM_FIELD = re.compile(rf"(?:姓{_SP}*名|邮{_SP}*箱|电{_SP}*话|手{_SP}*机|验证码|昵{_SP}*称){_SP}*[:：]")
#: an analytics script's comment left as text: //站内统计//百度统计
_STATS_COMMENT = re.compile(r"^\s*//[^\n]{0,40}统计")
#: a comment panel's items run together on one line (a page flattened): 我要跟帖 发表 回复 某网友 //站内统计 *我要反馈: 姓 名:
_ITEM = (rf"(?:{_PANEL_WORD}|回复(?:{_SP}+[^\s。！？!?,，]{{1,12}})?|//\S{{0,40}}统计\S{{0,40}}|\*?我要反馈[:：]?|"
         rf"[姓邮电手昵]{_SP}?[名箱话机称][:：]|\d{{1,7}}{_SP}?(?:次|人)?(?:阅读|浏览)|[A-Za-z]{{1,8}})")
_PANEL_ITEMS = re.compile(rf"^{_SP}*{_ITEM}(?:{_SP}*{_ITEM}){{1,15}}{_SP}*$")
_STRONG = re.compile(r"跟帖|发表|反馈|统计|回复")


def is_panel_line(line: str) -> bool:
    """Whether a line is a comment or feedback widget, a form's fields, a script comment or interface words.

    Examples
    --------
    >>> [is_panel_line(x) for x in ("我要跟帖", "回复 小鸭梨", "*我要反馈: 姓 名: 邮 箱:", "//站内统计//百度统计")]
    [True, True, True, True]
    >>> is_panel_line("我要投稿 投诉建议"), is_panel_line("搜索"), is_panel_line("发表 回复 某网友 //站内统计//百度统计")
    (True, True, True)
    >>> is_panel_line("我要投稿 • 相关推荐"), is_panel_line("相关推荐")
    (True, False)
    >>> is_panel_line("各村要及时回复群众的意见。"), is_panel_line("请在表上填写姓名:电话:")   # 讲话里的回复、姓名
    (False, False)
    """
    s = line.strip()
    if not s or len(s) > 120:
        return False
    if _PANEL_RUN.match(s) or _REPLY.match(s) or _STATS_COMMENT.match(s):
        return True
    if len(s) <= 120 and _STRONG.search(s) and _PANEL_ITEMS.match(s):
        return True
    return len(s) <= 60 and len(_FORM_FIELD.findall(s)) >= 2 and ("反馈" in s or "留言" in s or "评论" in s)


# ---------------------------------------------------------------- login forms

#: one field or button of a sign-in box alone on its line, its letters maybe spread by spaces (密   码:)
_LOGIN_FIELD = re.compile(
    rf"^{_SP}*[•·*]?{_SP}*(?:会员信息|会员中心|(?:会员|用户|账号|帐号|微信|手机|短信|扫码)?{_SP}*登{_SP}*[录陆]|免费注册|注{_SP}*册|"
    rf"用{_SP}*户{_SP}*名?|账{_SP}*号|帐{_SP}*号|密{_SP}*码|验{_SP}*证{_SP}*码|手机号码?|昵{_SP}*称|"
    rf"忘记密码|找回密码|记住(?:我|密码)|自动登[录陆]|下次自动登[录陆]|确{_SP}*定|提{_SP}*交|取{_SP}*消|重{_SP}*置)"
    rf"{_SP}*[:：]?{_SP}*[?？]?{_SP}*$")
#: the field that makes a run a sign-in box: the account or the password
_LOGIN_KEY = re.compile(r"用\s*户|账\s*号|帐\s*号|密\s*码")


def login_form_spans(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of runs of two or more consecutive lines that are the fields and buttons of a sign-in box.

    ``lines`` are ``(start, end, text)`` of the page's lines; a run counts when one of its lines asks for the account
    or the password (一个注册 alone is a button of many widgets, a 密码 field only of this one).  Each line is its own
    span, so lines of the page's head and tail read together never join across the text between them.

    Examples
    --------
    >>> page = "要抓好安全生产。\\n会员信息\\n用户名:\\n密   码:\\n验证码:\\n注册"
    >>> lines, a = [], 0
    >>> for x in page.split("\\n"):
    ...     lines.append((a, a + len(x), x)); a += len(x) + 1
    >>> [page[s:e] for s, e in login_form_spans(lines)]
    ['会员信息', '用户名:', '密   码:', '验证码:', '注册']
    >>> login_form_spans([(0, 2, "注册"), (3, 5, "登录")])     # 没有账号或密码栏
    []
    """
    return [(s, e) for run in item_runs(lines, _LOGIN_FIELD.match, min_run=2)
            if any(_LOGIN_KEY.search(t) for _, _, t in run) for s, e, _ in run]


# ---------------------------------------------------------------- follow panels

#: an outlet's short name: 某某报网, 某某日报, 某某台
_NAME = rf"[{_HAN}A-Za-z]{{2,12}}(?:网|报|台|号|新闻|传媒|融媒)"
_OUTLET_NAME = re.compile(rf"^{_SP}*{_NAME}{_SP}*$")
#: an account label alone, or after the outlet's name on its line (a page flattened): 某某报网 官方微博
_FOLLOW_LABEL = re.compile(rf"^{_SP}*(?:{_NAME}{_SP}*)?(?:微信公众号|官方微博|新浪微博|官方抖音|抖音号|视频号|官方客户端|客户端){_SP}*$")


def follow_panel_spans(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of account labels alone on a line and of the outlet's name on the line just above each.

    ``lines`` are ``(start, end, text)`` of consecutive lines.

    Examples
    --------
    >>> v = "某某报网\\n微信公众号\\n同志们要把好事办好。"
    >>> lines = [(0, 4, "某某报网"), (5, 10, "微信公众号"), (11, 21, "同志们要把好事办好。")]
    >>> [v[a:b] for a, b in follow_panel_spans(lines)]
    ['某某报网', '微信公众号']
    >>> follow_panel_spans([(0, 16, "欢迎关注县政府微信公众号,了解政策。")])   # 句子里的公众号
    []
    """
    spans = []
    for i, (s, e, line) in enumerate(lines):
        if _FOLLOW_LABEL.match(line):
            spans.append((s, e))
            if i and _OUTLET_NAME.match(lines[i - 1][2]):
                spans.append(lines[i - 1][:2])
    return sorted(spans)


# ---------------------------------------------------------------- positional captions

#: a name placed by a bracket: 某某(右), 某某(左二), 某某(前排左三), 某某(左起)
_POSITION = re.compile(rf"[{_HAN}]{{2,4}}[(（](?:前排|后排|中排)?[左右中](?:起|[一二三四五六七八九]|\d{{1,2}})?[)）]")
#: the people in the picture counted from one side, anywhere on the line ((左起)某某、某某; 前排左起:), or a caption
#: opened by where its picture stands (上图:, 左图:)
_FROM_SIDE = re.compile(r"[(（](?:前排|后排|中排)?[左右]起[)）]|(?:前排|后排|中排)[左右]起"
                        r"|(?:前排|后排|中排)[左右]\d{1,2}(?:[-—至到~]\d{1,2})?[为是:：]"   # 前排左1-4为某某、某某 (191k)
                        r"|^[ \t\u3000]*(?:上|下|左|右|首)图(?:从左(?:到|至)右|从右(?:到|至)左|左起|右起)?[:：]")   # 上图从左到右: (157k)
_SENTENCE_END = re.compile(r"[。！？!?]")


def is_position_caption(line: str) -> bool:
    """Whether a line is a photo caption placing the people in the picture by brackets after their names.

    Examples
    --------
    >>> is_position_caption("薛某(右)、王某(中)在田间查看小麦长势。")
    True
    >>> is_position_caption("要统筹抓好河道左右岸(含支流)的治理,确保汛期安全。")   # 讲话里的左右
    False
    >>> is_position_caption("上图:(左起)黄某、黄某向来宾们展示会旗。"), is_position_caption("前排左起:某某、某某、某某")
    (True, True)
    >>> is_position_caption("我们要像照片上(左起)的老党员那样,一辈子为群众办事。"), is_position_caption("下图是全县的规划图。")
    (False, False)
    """
    s = line.strip()
    if len(s) > (200 if _FROM_SIDE.search(s) else 100) or in_speech_voice(s):    # a long list of names (157k)
        return False
    m = _POSITION.search(s)
    return bool(m) and m.start() <= 16 or bool(_FROM_SIDE.search(s)) and len(_SENTENCE_END.findall(s)) <= 2


# ---------------------------------------------------------------- glued metadata runs

_DATE_TIME = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?"
#: 来源:某局发布时间:2025-09-1514:40浏览次数:48次【字体:小大】 (the counter or the font switch must be there)
_GLUED_META = re.compile(
    rf"(?:{SOURCE_LABEL}[:：][^:：\n]{{0,24}}?)?{TIME_LABEL}[:：]{_SP}*{_DATE_TIME}"
    rf"(?P<tail>{_SP}*(?:{COUNTER_WORD}[:：]?{_SP}*\d+次?)?{_SP}*"
    rf"(?:【{_SP}*字体[:：][^】\n]{{0,12}}】|[\[［]{_SP}*字体[:：][^\]］\n]{{0,12}}[\]］])?)"
)


def glued_meta_spans(line: str) -> list[tuple[int, int]]:
    """Spans of a source, time and counter run glued inside a line (the counter or a font switch must be there).

    Examples
    --------
    >>> line = "某局关于做好某工作的通知来源:某局发布时间:2025-09-1514:40浏览次数:48次【字体:小大】各乡镇:"
    >>> [line[a:b] for a, b in glued_meta_spans(line)]
    ['来源:某局发布时间:2025-09-1514:40浏览次数:48次【字体:小大】']
    >>> glued_meta_spans("会议时间:2024年4月19日,地点在村会议室。")   # 没有计数和字体
    []
    """
    return [(m.start(), m.end()) for m in _GLUED_META.finditer(line) if m.group("tail").strip()]


# ---------------------------------------------------------------- platform disclaimers

_SPEAKS_FOR = re.compile(r"仅代表(?:该|本)?(?:作者|发布者|机构|作者或机构|原作者)(?:本人)?(?:个人)?(?:的)?(?:观点|立场)")
_PLATFORM = re.compile(r"平台|上传|本站|本网|号作者")
_DISCLAIMER_HEAD = re.compile(rf"^{_SP}*(?:特别声明|免责声明|声明)[:：]?{_SP}*$")


def is_platform_disclaimer(line: str) -> bool:
    """Whether a line is a platform's statement that a post speaks for its author only.

    Examples
    --------
    >>> is_platform_disclaimer("本文为某号作者在某平台上传并发布,仅代表该作者观点,不代表本平台立场,仅提供信息发布平台。")
    True
    >>> is_platform_disclaimer("以上发言仅代表我个人观点,不代表组织意见,我们要以组织决定为准。")   # 讲话里的仅代表
    False
    """
    s = line.strip()
    return (len(s) <= 200 and bool(_SPEAKS_FOR.search(s)) and bool(_PLATFORM.search(s))
            and not in_speech_voice(s))


# ---------------------------------------------------------------- names and reporters' brackets

#: a name alone on its line above a metadata row: a writer's (某某 某某), or the publishing office's (某市卫健委, 政协办;
#: held-out rounds 303k-304k, whose rows a wide gap had parted from it)
_NAME_ALONE = re.compile(rf"^{_SP}*(?:[{_HAN}]{{2,4}}(?:{_SP}+[{_HAN}]{{2,4}}){{0,2}}"
                         rf"|[{_HAN}]{{1,14}}(?:办|委|局|厅|中心|政府|委员会|办公室|街道)){_SP}*$")
#: a title or a label is not a name: 讲话 / 时间:… stays for the other rules
#: nor is a widget's word (文档下载 above a document site's 发布时间 row is its download button: paywall_preview's)
_NOT_NAME = re.compile(r"讲话|致辞|发言|报告|通知|主持|总结|简介|正文|目录|首页|新闻|公告|动态|声明"
                       r"|下载|文档|分享|收藏|打印|评论|阅读|浏览|登录|注册")
_META_ROW = re.compile(rf"^{_SP}*(?:来源|(?:发布|发表|更新)(?:时间|日期)|时间|日期|作者|编辑)[:：]")
#: (某报融媒体记者 某某 某某 文图通讯员 某某 记者 某某 ) at a paragraph's start: roles and names only
_ROLE = r"(?:记者|通讯员|特约记者|实习生|摄影)"
_REPORTERS = re.compile(rf"[(（]{_SP}*(?:[{_HAN}]{{0,10}}{_ROLE}{_SP}*(?:[{_HAN}·]{{2,4}}{_SP}*){{1,3}}){{2,4}}[)）]")
#: a paper's place dateline with its credit alone on a line: 费城讯／图文：某某 (round 191k)
_PLACE_CREDIT = re.compile(rf"^{_SP}*[{_HAN}]{{2,8}}讯{_SP}*[/／|｜]{_SP}*(?:图文|文图|文|图|撰文|记者|摄影){_SP}*[:：]{_SP}*"
                           rf"[{_HAN}·]{{2,4}}(?:{_SP}*[、,，]{_SP}*[{_HAN}·]{{2,4}}){{0,3}}{_SP}*$", re.M)
#: credits run together after a report's last sentence (a page flattened): …经验。某台记者:某某版面编辑:某某责任编
_CREDIT_RUN = re.compile(
    rf"(?<=[。！？!?”]){_SP}*(?:[{_HAN}]{{0,4}}(?:记者|编辑|责编|审核|校对|摄影|通讯员){_SP}*[:：]{_SP}*[{_HAN}·]{{2,4}}{_SP}*){{2,5}}"
    rf"(?:责任编辑?|责编)?{_SP}*$"
)


#: round 105: a counter's label alone on its line, its count opening the next (浏览\n1974作文: the count with the
#: site's column glued after it); a list or shelf button glued before the salutation (+ 加入清单亲爱的老师…)
_SPLIT_COUNTER = re.compile(rf"^{_SP}*(?:浏览|阅读|点击|人气|热度|下载|收藏|点赞)(?:次数|量|数)?{_SP}*[:：]?{_SP}*\n"
                            rf"{_SP}*\d{{1,9}}{_SP}*(?:次|人)?(?:[{_HAN}]{{1,4}}(?={_SP}*$))?", re.M)
#: round 106: a row of a paywalled page's bracketed buttons, its first bracket cut (相关文章】 【现金奖励投稿】 【扣点券查看全文】);
#: a stray dot and space opening a line (. 同学们:)
_BUTTON_ROW = re.compile(rf"^{_SP}*(?:[^\s【】。！？!?]{{1,12}}】{_SP}*)?(?:【[^【】\n。！？!?]{{1,20}}】{_SP}*){{2,8}}$", re.M)
_BUTTON_WORD = re.compile(r"投稿|查看|全文|下载|点券|积分|会员|收藏|打印|关闭|相关|评论|推荐|复制|需要")
#: round 107: a posting stamp glued inside a flattened line (…(通用15篇)发布时间:2022-07-27 2022年…)
_GLUED_POSTED = re.compile(rf"(?<=\S)(?:(?<!最后)(?<!最近)(?:发布|发表|更新|上传)|(?:最后|最近)(?:更新|修改))(?:时间|日期)[:：]{_SP}*{_DATE_TIME}{_SP}*")   # a row's start: page_meta
_STRAY_DOT = re.compile(rf"^{_SP}*[.．]{_SP}+(?=[{_HAN}])", re.M)
_SHELF_BUTTON = re.compile(rf"^{_SP}*[+＋]{_SP}*加入(?:清单|收藏|书架|书单|文集|专辑|购物车){_SP}*", re.M)


def _edge_lines(view: str) -> list[tuple[int, int, str]]:
    """The lines of the page's head and tail (all of them on a short page)."""
    n = len(view)
    out = []
    for a, b in ([(0, n)] if n <= HEAD_CHARS + TAIL_CHARS else [(0, HEAD_CHARS), (n - TAIL_CHARS, n)]):
        if a:
            a = view.find("\n", a) + 1 or b
        while a < b:
            e = view.find("\n", a)
            e = n if e < 0 else e
            out.append((a, e, view[a:e]))
            a = e + 1
    return out


def page_widgets(st: CleaningState) -> None:
    """Delete the families of this module (rules ``site_interface``, ``share_widget``, ``photo_caption``,
    ``page_meta``, ``site_notice``, ``byline``).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("某某通知来源:某局发布时间:2025-09-15 14:40浏览次数:48次\\n刘某某\\n来源:某报\\n同志们:")
    >>> page_widgets(st)
    >>> st.doc.output
    '某某通知\\n\\n来源:某报\\n同志们:'
    """
    _, view = st.view()
    spans = []
    edge = [(s, e, line) for s, e, line in _edge_lines(view) if line.strip()]
    spans += [(a, b, "share_widget") for a, b in follow_panel_spans(edge)]
    spans += [(a, b, "login_prompt") for a, b in login_form_spans(edge)]
    for i, (s, e, line) in enumerate(edge):
        nxt = edge[i + 1][2] if i + 1 < len(edge) else ""
        if is_panel_line(line):
            spans.append((s, e, "site_interface"))
        elif is_platform_disclaimer(line):
            spans.append((s, e, "site_notice"))
        elif _DISCLAIMER_HEAD.match(line) and is_platform_disclaimer(nxt):
            spans.append((s, e, "site_notice"))
        elif _NAME_ALONE.match(line) and _META_ROW.match(nxt) and not _NOT_NAME.search(line):
            spans.append((s, e, "page_meta"))
        else:
            spans.extend((s + a, s + b, "page_meta") for a, b in glued_meta_spans(line))
            if (m := _CREDIT_RUN.search(line)) and s >= len(view) - TAIL_CHARS:
                spans.append((s + m.start(), s + m.end(), "byline"))
    for s, e, line in lines_holding(view, ("(左", "(右", "(中", "（左", "（右", "（中", "(前排", "（前排", "左起", "右起", "图:", "图：",
                                           "从左", "从右", "前排", "后排")):
        if is_position_caption(line):
            spans.append((s, e, "photo_caption"))
    for s, e, line in lines_holding(view, ("记者", "通讯员")):
        for m in _REPORTERS.finditer(line):
            before = line[:m.start()]
            # where a paragraph starts (a page flattened: after a space), with the report after it on its line
            if (not before.strip() or before[-1] in " \t\u3000") and line[m.end():].strip():
                spans.append((s + m.start(), s + m.end(), "byline"))
    if "\n" in view:
        spans += [(m.start(), m.end(), "page_meta") for m in _SPLIT_COUNTER.finditer(view)]
    if "讯" in view:
        spans += [(m.start(), m.end(), "byline") for m in _PLACE_CREDIT.finditer(view)]
    if "】" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _BUTTON_ROW.finditer(view)
                  if len(_BUTTON_WORD.findall(m.group())) >= 2]
    if "时间" in view or "日期" in view:
        spans += [(m.start(), m.end(), "meta_row") for m in _GLUED_POSTED.finditer(view)]
    if "." in view or "．" in view:
        spans += [(m.start(), m.end(), "ascii_junk") for m in _STRAY_DOT.finditer(view)]
    if "加入" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _SHELF_BUTTON.finditer(view)]
    st.delete_spans(spans)
