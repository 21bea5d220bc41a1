"""Chrome of government sites and news portals (round 12): disclosure rows, widgets, captions, SEO glosses and spam.

Families that the rules of :mod:`corpusmine.text.page_notes` and
:mod:`corpusmine.text.line_shape` did not reach on government and news pages,
each recognised by its shape and guarded so that speech sentences stay:

* **disclosure rows** (:func:`is_disclosure_row`): the labelled rows of a
  government information-disclosure page (索引号:, 公开目录:, 发布机构:,
  成文日期:, 有效性: …), alone or several on a line.
* **widgets** (:func:`is_widget_line`): lines made only of widget words
  (繁体版, 引导页, 放大字体 缩小字体, 智能推荐, 联系我们 | 网站地图, e-paper controls
  such as 展开通版 and 当前版:01版 …), a forum post's stamp, a column link
  (更多》某某新闻), an image's URL alone, a portal's
  menu row (政府信息公开 政务服务 互动交流), a source-link footer (原文链接:http…),
  a footer row (主办:某某办公室 承办:某某中心), a related-list header (【某某】相关文章:),
  a run of three or more bulleted related titles (- 某某 某某) and a page's
  date stamp above the title (2023年06月26日 某某).
* **captions** (:func:`page_lines`): short photo captions between the
  paragraphs of a report (某村群众大会, 调研现场), two or more on a page;
  a list of one-sentence captions closing a page that credits a photographer.
* **SEO glosses and spam** (:func:`seo_glosses`, :func:`gambling_spam`): toneless
  pinyin after characters (对(dui)区政府工作(zuo)) on a page with four or more
  of them; gambling spam inserted into sentences (澳门某某娱乐场,菠菜导航网:).

Disclosure rows, widgets, bulleted titles, date stamps and captions are found in
one pass over the page's lines (:func:`page_lines`); the other rules look only at
the lines holding one of their literals (found with ``str.find``).  Every removal
is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> is_widget_line("繁体版 | 引导页"), is_widget_line("要加强网站建设。")
(True, False)
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.lines import iter_lines, lines_holding
from corpusmine.text.cleaning_state import CleaningState

__all__ = ["PETITION_WORDS", "RULES", "WIDGET_WORDS", "gambling_spam",
           "is_disclosure_row", "is_widget_line", "page_lines", "seo_glosses"]

_SP = "[ \\t\\u3000]"
_SENT_END = re.compile(r"[。！？!?；;]")



#: labels of a government information-disclosure page; the first group alone marks a row
STRONG_DISCLOSURE_LABEL = r"索\s*引\s*号|公开目录|公开方式|公开范围|公开时限|发布机构|发文机构|发文字号|主\s*题\s*词|主题分类|组配分类|信息分类|体裁分类|成文日期|发文日期|生成日期|生效日期|生效时间|废止日期|废止时间|有\s*效\s*性|内容概述|所属机构"
WEAK_DISCLOSURE_LABEL = r"发布日期|文\s*号|名\s*称|标\s*题|来\s*源|日\s*期"
_ROW_START = re.compile(rf"^{_SP}*[|｜•·]?{_SP}*(?:{STRONG_DISCLOSURE_LABEL}){_SP}*[:：]")
_ROW_LABEL = re.compile(rf"(?:{STRONG_DISCLOSURE_LABEL}|{WEAK_DISCLOSURE_LABEL}){_SP}*[:：]")


def is_disclosure_row(line: str) -> bool:
    """Whether a line is a row of a government information-disclosure table (no sentence end inside).

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_disclosure_row("索引号:115323/2024-0204001 公开目录:州政府全体会议 发布机构:某州人民政府办公室")
    True
    >>> is_disclosure_row("成文日期:"), is_disclosure_row("名 称: 关于印发某某办法的通知 文 号: 某政发〔2024〕7号")
    (True, True)
    >>> is_disclosure_row("有效性:要确保各项措施的有效性。")   # 句子
    False
    >>> is_disclosure_row("主题词要突出乡村振兴"), is_disclosure_row("来源:县政府办")
    (False, False)
    """
    s = line.strip()
    if not s or len(s) > 200 or _SENT_END.search(s):
        return False
    if _ROW_START.match(s):
        return True
    labels = {re.sub(r"[\s:：]", "", m.group(0)) for m in _ROW_LABEL.finditer(s)}
    return len(labels) >= 2 and (any(re.fullmatch(STRONG_DISCLOSURE_LABEL, x) for x in labels) or {"文号", "名称"} <= labels)


_WIDGET_WORDS = (
    "繁体版", "简体版", "繁体中文", "简体中文", "繁體", "简体", "繁体", "引导页", "关怀版", "长者版", "适老化", "适老化服务",
    "无障碍", "无障碍浏览", "网站地图", "手机版", "移动版", "English", "ENGLISH", "放大字体", "缩小字体", "默认字体",
    "大字版", "智能推荐", "相关推荐", "猜你喜欢", "推荐阅读", "热门推荐", "热点推荐", "精彩推荐", "扫一扫", "手机扫码",
    "扫码阅读", "手机阅读", "打印", "关闭", "打印本页", "关闭窗口", "返回顶部", "返回首页", "收藏", "分享", "分享到",
    "上一篇", "下一篇", "上一条", "下一条", "纠错", "我要纠错", "网站纠错", "评论", "点赞", "登录", "注册", "联系我们", "联络我们",
    "网页指南", "网站指南",
    # a portal's width switch beside its script switch (窄屏简体版; held-out round 302k)
    "窄屏", "宽屏", "窄屏版", "宽屏版",
    "关于我们", "使用帮助", "帮助中心", "网站声明", "隐私政策", "版权声明", "免责声明", "意见建议", "设为首页", "加入收藏",
    "网站导航", "投稿须知", "展开通版", "收缩通版", "通版阅读请点击", "上一版", "下一版", "版面导航", "返回目录", "PDF版",
    "查看更多", "查看更多评论", "更多评论", "加载中", "Untitled Document", "无标题文档", "logo", "LOGO",
    "QQ咨询", "互联网违法举报", "违法和不良信息举报", "不良信息举报",
    # a document site's toolbar under its title (收藏 版权申诉 举报 下载; round 208k)
    "版权申诉", "侵权投诉", "版权投诉", "下载",
    # a summary box's buttons (展开>> / 收起<<; round 209k)
    "展开", "收起",
)
#: a portal's petition buttons, which are also words of a speech (群众反映问题的渠道有:网上举报、在线留言): a line or a
#: run of them alone is no widget; with another widget word it is
PETITION_WORDS = ("在线咨询", "我要咨询", "我要留言", "在线留言", "举报", "我要举报", "网上举报", "违法举报", "举报中心")
#: the widget words, for the rules that find a run of them inside a flattened line
WIDGET_WORDS = _WIDGET_WORDS + PETITION_WORDS
_WIDGET_SEP = r"[\s|｜/·•【】\[\]:：>»<«…]*"
#: an e-paper's head: the day with its weekday or its lunar date, the issue, the page (• 2016年08月26日农历丙申年七月廿四,
#: [第63期] 第1版 版), and a portal's weather and content rating (晴时多云, 限制级) (held-out round 303k); a speech's own
#: date line names neither a weekday nor a lunar date
_EPAPER_HEAD = (r"\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:星期[一二三四五六日天]|周[一二三四五六日])?[ \t\u3000]*"
                r"(?:农历[\u4e00-\u9fff]{2,10})?(?<=[期一二三四五六日天\u4e00-\u9fff])(?<!\d日)"
                r"|第\d{1,4}期|第\d{1,3}版(?:[ \t\u3000]*版)?|版"
                r"|(?:晴|阴|多云|少云|阵雨|小雨|中雨|大雨|暴雨|雷阵雨|小雪|中雪|大雪|雨夹雪)(?:时|转)(?:晴|阴|多云|少云|阵雨|小雨|中雨|大雨"
                r"|暴雨|雷阵雨|小雪|中雪|大雪|雨夹雪)|限制级|普遍级|保护级|辅导级")
#: an advert's empty slot named by its place on the page (列表头部广告一条, 顶部广告, 广告位招租; held-out round 302k);
#: a speech's heading on adverts (加强广告监管) names no place on a page
_AD_SLOT = (r"(?:列表|页面|文章|内容|正文|栏目)?(?:头部|顶部|底部|中部|侧边|右侧|左侧|横幅|通栏|悬浮|浮动|弹窗|轮播|文中|文末|文内)"
            r"广告(?:位|图|区|代码|\d{1,2}|[一二三]条?)?|广告(?:位|图片|代码)(?:招租|\d{1,2})?")
_PETITION_ALT = "|".join(sorted(map(re.escape, PETITION_WORDS), key=len, reverse=True))
_WIDGET_LINE = re.compile(
    rf"^(?!{_WIDGET_SEP}(?:(?:{_PETITION_ALT}){_WIDGET_SEP})+$)"
    rf"{_WIDGET_SEP}(?:(?:{'|'.join(sorted(map(re.escape, WIDGET_WORDS), key=len, reverse=True))}"
    rf"|(?:字体|字号)[:：]?(?:{_SP}*[大中小]){{2,3}}|(?:字体|字号)[:：]?(?:[\s|｜]*(?:超大|特大|[大中小](?![\u4e00-\u9fff]))){{1,4}}"
    rf"|当前版[:：]?{_SP}*\d{{1,3}}版|{_AD_SLOT}|{_EPAPER_HEAD}){_WIDGET_SEP})+$"
)
#: a site footer row: 主办:某某办公室 承办:某某中心, 网站标识码:…, also after the portal's own name (某某区人民政府门户网站
#: 网站主办单位:…); a reader poll (您看到此篇文章时的感受是:); a row of empty list headers (其他相关文章: 最新增加文章:)
#: or an empty preview label (• 范文预览:); a list's header (热门范文推荐, 最新文章排行); a related-list header after a
#: bracketed title
_FOOTER_ROW = re.compile(
    rf"^{_SP}*(?:[^\s:：。，,]{{2,30}}?(?:网站|门户|网|平台){_SP}*)?(?:网站)?"
    rf"(?:主办|承办|协办|技术支持|运维|网站标识码|政府网站标识码)(?:单位)?{_SP}*[:：]"
    rf"|^{_SP}*(?:您|你)?(?:看到|看完|读完|读了|阅读)(?:此|这|本)篇?(?:文章|新闻|信息|内容)(?:时|后)?的?(?:感受|心情|感觉|评价)"
    rf"(?:是|如何)?{_SP}*[:：?？]?[ \t\u3000|｜]*$"
    rf"|^(?:{_SP}*(?:其他|其它|更多)?(?:相关|最新|最近|热门|推荐|精彩)(?:增加|更新|发布)?(?:文章|范文|内容|资料){_SP}*[:：]){{2,3}}{_SP}*$"
    rf"|^{_SP}*[•·]?{_SP}*(?:范文|文档|全文|内容|在线)预览{_SP}*[:：]{_SP}*$"
    rf"|^{_SP}*(?:热门|精彩|最新|相关|更多)[\u4e00-\u9fff]{{0,8}}?(?:推荐|排行榜?){_SP}*$"
    rf"|^{_SP}*[【\[][^】\]\n]{{1,30}}[】\]]{_SP}*(?:相关|推荐|延伸|热门)(?:文章|阅读|推荐|内容)[:：]?{_SP}*$"
)
#: a forum post's stamp (发表于 2021-11-9 09:49:40 | 显示全部楼层), a column link (更多》某某新闻), an image's URL alone
_FORUM_STAMP = re.compile(r"发表于\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}")
_MORE_LINK = re.compile(r"^更多\s*[》>»]+\s*\S{1,12}$")
_IMAGE_URL = re.compile(r"^(?:https?://|www\.)\S+\.(?:png|jpe?g|gif|bmp|webp)(?:\?\S*)?$", re.I)
#: a portal's menu row: three or more short items, two ending in a menu word
_MENU_END = re.compile(r"(?:公开|服务|交流|互动|专栏|专题|中心|概况|动态|要闻|首页|地图|指南|办事|政务|数据|发布|解读|监督)$")
#: a source-link footer: 原文链接:http…
_SOURCE_LINK = re.compile(rf"^{_SP}*(?:原文|本文|文章|新闻|信息|转载)?(?:链接|地址|网址|出处){_SP}*[:：]{_SP}*(?:https?://|www\.)\S*{_SP}*$")


def is_widget_line(line: str) -> bool:
    """Whether a line is made only of widget words, is a portal's menu row or a source-link footer.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_widget_line("繁体版"), is_widget_line("放大字体  缩小字体"), is_widget_line("【打印】【关闭】")
    (True, True, True)
    >>> is_widget_line("政府信息公开 政务服务 互动交流"), is_widget_line("原文链接:http://example.gov.cn/a/1.shtml")
    (True, True)
    >>> is_widget_line("【字体:大 中 小】【打印】"), is_widget_line("主办:某县政府办公室 承办:某县大数据中心")
    (True, True)
    >>> is_widget_line("联系我们 | 网站地图 | 使用帮助"), is_widget_line("【某某讲话稿】相关文章:")
    (True, True)
    >>> is_widget_line("某某县人民政府门户网站 网站主办单位:某某县人民政府"), is_widget_line("您看完此篇文章后的心情是: |")
    (True, True)
    >>> is_widget_line("其他相关范文: 最新发布文章:"), is_widget_line("• 文档预览:"), is_widget_line("相关文章:某县召开会议")
    (True, True, False)
    >>> is_widget_line("热门演讲范文推荐"), is_widget_line("最新文章排行榜"), is_widget_line("推荐优秀干部")
    (True, True, False)
    >>> is_widget_line("展开通版"), is_widget_line("当前版:01版"), is_widget_line("更多》某某新闻"), is_widget_line("查看更多评论>>")
    (True, True, True, True)
    >>> is_widget_line("发表于 2021-11-9 09:49:40 | 显示全部楼层 |阅读模式"), is_widget_line("http://example.cn/a/1.png")
    (True, True)
    >>> is_widget_line("要把政务服务做实,让群众少跑腿。"), is_widget_line("分享经验 共促发展")
    (False, False)
    >>> is_widget_line("推进政务公开 优化政务服务 加强互动交流")   # 标语不是菜单
    False
    """
    s = line.strip()
    if not s or len(s) > 80:
        return False
    if _WIDGET_LINE.match(s) or _SOURCE_LINK.match(s) or _MORE_LINK.match(s) or _IMAGE_URL.match(s):
        return True
    if _SENT_END.search(s):
        return False
    if _FOOTER_ROW.match(s) or _FORUM_STAMP.search(s):
        return True
    if re.search(r"[,，、]", s):
        return False
    items = [t for t in re.split(r"[\s|｜/·•]+", s) if t]
    return (len(items) >= 3 and all(2 <= len(t) <= 8 and re.fullmatch(f"[{P.CJK}]+", t) for t in items)
            and sum(bool(_MENU_END.search(t)) for t in items) >= 2
            and not any(t.startswith(("推进", "优化", "加强", "强化", "提升", "深化", "做好", "抓好", "坚持")) for t in items))


#: a bulleted related title: - 某某 某某 (no sentence end)
_BULLET = re.compile(r"^[ \t\u3000]*[-•·▪◦*][ \t\u3000]+\S")
#: a page's date stamp alone, or with a name, above the title: 2022年03月23日, 2023年06月26日  某某
_DATE_STAMP = re.compile(
    rf"^{_SP}*(?:19|20)\d{{2}}年(?=[^\n]*?(?:0\d月|月0\d日))\d{{1,2}}月\d{{1,2}}日(?:{_SP}*(?:星期|周)[一二三四五六日天])?"
    rf"(?:{_SP}+[\u4e00-\u9fff]{{2,4}})?{_SP}*$"
)


def _head_end(view: str) -> int:
    """Start of the line holding the page's first sentence end (the page's length when there is none)."""
    m = _SENT_END.search(view)
    return view.rfind("\n", 0, m.start()) + 1 if m else len(view)


#: a photo caption between paragraphs: a short line without punctuation naming an event or a scene
_EVENT_CAPTION = re.compile(
    rf"^{_SP}*[\u4e00-\u9fff]{{2,14}}(?:大会|会议|座谈会|推进会|现场|仪式|活动|培训|调研|检查|观摩|考察|合影|留念|一角|掠影|风采|比赛|演出|宣讲|义诊|慰问){_SP}*$"
)
#: a one-sentence caption closing a photo page: 志愿者在社区内向居民发放宣传品。
_SENTENCE_CAPTION = re.compile(rf"^{_SP}*[\u4e00-\u9fff“”《》·]{{5,30}}。{_SP}*$")
_REPORT_WORDS = re.compile(r"会议|讲话|强调|指出|要求|表示|参加|出席|主持|部署|召开|同志|我们|大家|谢谢|祝|要|必须|务必|确保|坚持|加强|推进|努力|我县|我市|我区|我镇|我省")
_ENUM = re.compile(r"^\s*(?:[一二三四五六七八九十\d]+[、.．是]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+|首先|其次|再次|最后)")




def page_lines(st: CleaningState, *, min_bullets: int = 3, min_event: int = 2, min_closing: int = 3) -> None:
    """Line families of government and news pages, found in one pass over the page's lines.

    * widget lines, menu rows, footer rows and source links anywhere (rule
      ``site_interface``, see :func:`is_widget_line`);
    * rows of an information-disclosure table (``meta_row``, see :func:`is_disclosure_row`);
    * a run of ``min_bullets`` or more bulleted lines without a full stop
      (``recommend_list``), when it starts above the page's first sentence or
      half of its items hold a space between two phrases (news titles);
    * a date stamp above the first sentence that pads a month or a day with 0
      (2023年06月26日, with or without a name; speeches write 6月26日) (``meta_row``);
    * photo captions (``photo_caption``): short lines without punctuation that
      name an event or a scene (某村群众大会, 调研现场), when ``min_event`` or more
      stand below the first sentence; a run of ``min_closing`` or more one-sentence
      lines of at most 30 characters closing a page that credits a photographer
      (文/图, 摄), without a comma, a report or speech word (会议, 要, 坚持 …) or
      an enumerator, and not all with the same opening.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("2022年03月23日\\n- 某地召开会议 部署春耕\\n- 某省发布通知 严查违规\\n- 某市表彰先进 弘扬新风\\n"
    ...                    "某县召开推进会\\n4月1日,县委召开会议。\\n繁体版\\n成文日期:\\n2023年5月6日")
    >>> page_lines(st)
    >>> st.doc.output
    '\\n\\n\\n\\n某县召开推进会\\n4月1日,县委召开会议。\\n\\n\\n2023年5月6日'
    >>> st = CleaningState("某镇召开群众大会\\n5月3日,全镇各村召开了群众大会。\\n丁村群众大会\\n会上公开了村级财务。\\n"
    ...                    "王村群众大会\\n记者 某某 文/图\\n志愿者在社区内发放宣传品。\\n市民在街头接受问卷调查。\\n志愿者入户宣传。")
    >>> page_lines(st)
    >>> st.doc.output
    '某镇召开群众大会\\n5月3日,全镇各村召开了群众大会。\\n\\n会上公开了村级财务。\\n\\n记者 某某 文/图\\n\\n\\n'
    """
    _, view = st.view()
    head_end = _head_end(view)
    spans: list[tuple[int, int, str]] = []
    events: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    stamp = False

    def close_run() -> None:
        if len(run) >= min_bullets and (run[0][0] < head_end or 2 * sum(
                bool(re.search(r"\S\s+\S", l.strip()[2:])) for _, _, l in run) >= len(run)):
            spans.extend((a, b, "recommend_list") for a, b, _ in run)
        run.clear()

    for s, e, line in iter_lines(view):
        if e - s > 200:
            if run:
                close_run()
            continue
        t = line.strip()
        if not t:
            continue
        if t[0] in _BULLETS and _BULLET.match(line) and not _FULL_STOP.search(t):
            if is_widget_line(t.lstrip(_BULLETS + " \t\u3000")):      # a bulleted widget (- 分享到; round 212k)
                spans.append((s, e, "site_interface"))
                continue
            run.append((s, e, line))
            continue
        if run:
            close_run()
        if len(t) > 80 or _SENT_END.search(t):
            continue
        if is_widget_line(t):
            spans.append((s, e, "site_interface"))
        elif is_disclosure_row(t):
            spans.append((s, e, "meta_row"))
        elif s < head_end:
            if not stamp and ("年0" in t or "月0" in t) and _DATE_STAMP.match(line):
                spans.append((s, e, "meta_row"))
                stamp = True
        elif _EVENT_CAPTION.match(line) and not P.TITLE_LIKE.search(t) and not _ENUM.match(t):
            events.append((s, e, "photo_caption"))
    close_run()
    if len(events) >= min_event:
        spans += events
    spans += _closing_captions(st, view, min_closing)
    st.delete_spans(spans)


def _closing_captions(st: CleaningState, view: str, min_closing: int) -> list[tuple[int, int, str]]:
    """The run of one-sentence photo captions closing a page that credits a photographer (see :func:`page_lines`)."""
    tail: list[tuple[int, int, str]] = []
    end = len(view)
    while end > 0:
        s = view.rfind("\n", 0, end) + 1
        line = view[s:end].strip()
        if line:
            if len(line) > 32 or not _SENTENCE_CAPTION.match(line) or _REPORT_WORDS.search(line) or _ENUM.match(line):
                break
            tail.append((s, end, line))
        end = s - 1
    if len(tail) < min_closing or len({t[:2] for _, _, t in tail}) == 1:   # one parallel list (坚持…坚持…) stays
        return []
    raw = st.doc.text
    if not any(w in raw for w in ("文/图", "图/文", "摄", "供图", "图片来源", "图为")):
        return []
    return [(s, e, "photo_caption") for s, e, _ in tail]


_BULLETS = "-•·▪◦*"
_FULL_STOP = re.compile(r"[。；;]")


def seo_glosses(st: CleaningState, *, min_glosses: int = 4) -> None:
    """Toneless pinyin glosses after characters on a page with ``min_glosses`` or more (rule ``pinyin_gloss``).

    Hijacked pages hide their text from search engines with glosses such as
    对(dui)区政府工作(zuo); a page with fewer than ``min_glosses`` keeps its
    brackets (a lone (a) may be an enumerator).

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("代表们对(dui)区政府工作(zuo)报告予(yu)以高度评价,对(dui)未来充满信心。")
    >>> seo_glosses(st)
    >>> st.doc.output
    '代表们对区政府工作报告予以高度评价,对未来充满信心。'
    >>> st = CleaningState("一是抓好(a)类项目,二是抓好(b)类项目。")
    >>> seo_glosses(st)
    >>> st.doc.output
    '一是抓好(a)类项目,二是抓好(b)类项目。'
    """
    _, view = st.view()
    n = 0
    for bracket in "(（":
        i = view.find(bracket)
        while i >= 0 and n < min_glosses:
            n += "a" <= view[i + 1:i + 2] <= "z" and bool(P.PINYIN_TONELESS.match(view, i, i + 10))
            i = view.find(bracket, i + 1)
    if n >= min_glosses:
        st.delete_matches(P.PINYIN_TONELESS, "pinyin_gloss")


#: session av (round 244k): a betting brand with its number (365体育投注,365体育备用网址) is spam even between two clauses
_BRAND = r"\d{2,4}(?:体育|娱乐|彩票|棋牌)"
_BETTING_BRAND = re.compile(_BRAND)
#: inline gambling spam a hijacked page inserts into sentences: 澳门某某娱乐场,菠菜导航网:
_GAMBLING = re.compile(
    rf"(?:(?:澳门|葡京|新葡京|威尼斯人|金沙|太阳城|皇冠|永利|美高梅|博彩|菠菜|彩票|体彩|{_BRAND})"
    r"[\u4e00-\u9fffA-Za-z0-9]{0,6}?(?:娱乐场|娱乐城|娱乐|赌场|导航网|导航|平台|官网|网址|投注|APP|app)"
    r"(?:平台|官网|网址|网站|入口|APP|app){0,3}[,，、]?){1,4}[:：]?"
)
#: a casino's words; 入口 and 网址 after a gambling name are a link to its site (澳门某某娱乐平台入口网址)
_GAMBLING_WORDS = ("娱乐场", "娱乐城", "赌场", "菠菜", "博彩", "彩票", "入口", "网址", "投注")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _is_gambling(run: str, before: str = "", after: str = "") -> bool:
    """Whether a run is spam: a list of names or a casino name glued to a colon, or, at a clause's edge, a casino word
    or lottery names in a list; a run with prose on both sides is a speech's (要规范彩票APP、彩票网址、彩票平台管理,
    要支持澳门博彩娱乐业转型发展), and so is a lone 彩票 name before a colon."""
    casino = any(w in run for w in _GAMBLING_WORDS if w != "彩票")
    listed = sum(run.count(c) for c in ",，、")
    if _BETTING_BRAND.search(run):
        return True
    if run.rstrip().endswith((":", "：")):
        return casino or listed >= 1
    if _cjk(before) and _cjk(after):
        return False
    return casino or ("彩票" in run and listed >= 2)


def gambling_spam(st: CleaningState) -> None:
    """Gambling spam inserted into the text of a hijacked page (rule ``spam_line``): 澳门某某娱乐场,菠菜导航网:.

    A match goes when it is a list of such names or a casino name (娱乐场, 赌场, 菠菜, 博彩 …) glued to a colon,
    or, at a clause's edge, holds a casino word or lists lottery names; a match with prose on both sides stays
    (要支持澳门博彩娱乐业转型发展), and so do 澳门 in a sentence, 彩票市场管理平台 and 福利彩票官网.

    Examples
    --------
    >>> from corpusmine.text.rules import CleaningState
    >>> st = CleaningState("着力打造普及宣传澳门某某娱乐场,菠菜导航网:乡规民约示范镇。\\n要加强与澳门特区政府官网的信息共享。")
    >>> gambling_spam(st)
    >>> st.doc.output
    '着力打造普及宣传乡规民约示范镇。\\n要加强与澳门特区政府官网的信息共享。'
    >>> st = CleaningState("要规范彩票市场管理平台,福利彩票官网公布了公益金使用情况。")
    >>> gambling_spam(st)
    >>> st.doc.output
    '要规范彩票市场管理平台,福利彩票官网公布了公益金使用情况。'
    >>> st = CleaningState("要规范彩票APP、彩票网址、彩票平台管理,支持澳门博彩娱乐业转型发展。")
    >>> gambling_spam(st)
    >>> st.doc.output
    '要规范彩票APP、彩票网址、彩票平台管理,支持澳门博彩娱乐业转型发展。'
    """
    _, view = st.view()
    spans = set()
    for s, e, line in lines_holding(view, tuple("娱赌菠彩投")):     # linear: lines.lines_with looks back per hit
        if any(w in line for w in _GAMBLING_WORDS):
            spans.update(m.span() for m in _GAMBLING.finditer(view, s, e)
                         if _is_gambling(m.group(0), view[m.start() - 1:m.start()], view[m.end():m.end() + 1]))
    # a betting site's advert alone on its line (某某国际现场娱乐【url:…】送888元, 某某体育官网登陆; round 254k)
    for s, e, line in lines_holding(view, ("送", "登陆", "登录", "url", "彩金")):
        if len(line.strip()) <= 80 and _GAMBLING_AD.search(line) and not re.search(r"[。？?]", line):
            spans.add((s, e))
    st.doc.delete_many(sorted(spans), "spam_line")


#: a betting advert's words: a house's game and its lure or its login (娱乐…送888元, 体育官网登陆)
_GAMBLING_AD = re.compile(r"(?:娱乐|体育|棋牌|彩票|真人|电子游艺)[^\n。！？]{0,24}?(?:送\s*\d{2,5}\s*元|官网登[陆录]|注册送|首存|彩金"
                          r"|[【\[]\s*[A-Za-z]*url\s*[:：])", re.I)


#: This module's rules in the order :data:`corpusmine.text.clean.RULES` runs them (with the datelines of
#: :func:`corpusmine.text.news_leads.dateline_leads` and the credits of :func:`corpusmine.text.photo_credits.agency_credits`
#: between them).
RULES = (seo_glosses, gambling_spam, page_lines)
