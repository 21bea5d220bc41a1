"""Which marks end a sentence: a '?' left by a broken encoding or a status bar's prompt does not.

The edge rules (:mod:`corpusmine.text.page_edges`) find the speech between its
first and its last line of prose, and a line of prose is one with a sentence
end.  Two families of site lines carry a '?' that ends no sentence, and one of
them on the first line of a page made the whole header count as speech:

* **mojibake** (:func:`sentence_view`): a character the page's encoding could
  not hold is written '?', so a gloss or a word breaks into ``日?qǐng)``,
  ``來源:某某日?`` or ``?凇``.  A '?' glued to a Latin letter (the gloss that
  follows it, or a Latin word before it with no space) is no sentence end; nor
  is a '?' that opens a line or stands between two characters of a word with no
  space after it in a line without a comma or another sentence end (``某县房?价``).
* **status bars and menus** (:func:`is_menu_bar`): a line without a full stop
  whose items are parted by two or more bars or stars (``今天是… ★ 征稿 |
  新用户? 注册 | 会员登录``); its '?' is a widget's prompt.

Both are read on the line alone; the line itself is never changed.

Examples
--------
>>> sentence_view("2022年01月14日 15:45 来源:某某日?qǐng)?bào)")
'2022年01月14日 15:45 来源:某某日qǐng)bào)'
>>> is_menu_bar("今天是星期日 ★ 征稿 | 新用户? 注册 | 会员登录"), is_menu_bar("要抓好落实 | 久久为功。")
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["is_cut_sentence", "is_menu_bar", "sentence_view"]

#: a '?' glued to Latin letters: a pinyin gloss after it (?qǐng) or a Latin word before it (abc?def)
_MOJIBAKE_Q = re.compile(r"[?？](?=[(（]?[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])|(?<=[A-Za-z])[?？](?=\S)")
#: a '?' inside a word: between two Chinese characters with no space after it, or opening a line
_INWORD_Q = re.compile(r"(?<=[\u4e00-\u9fff])(?<![吗呢么吧啊呀嘛])[?？](?=[\u4e00-\u9fff])|^[?？]+(?=[\u4e00-\u9fff])")
_PROSE_MARK = re.compile(r"[。，,！!；;、]")
_BAR = re.compile(r"[|｜★☆◆■]")


def sentence_view(line: str) -> str:
    """The line with the question marks that end no sentence taken out (for reading its shape only).

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Returns
    -------
    str
        The line without mojibake question marks; without in-word ones when it has no comma or other end.

    Examples
    --------
    >>> sentence_view("你们说,这件事该不该办?该办!")     # 真正的问句保留
    '你们说,这件事该不该办?该办!'
    >>> sentence_view("关键词: 某县房?价")
    '关键词: 某县房价'
    """
    if "?" not in line and "？" not in line:
        return line
    out = _MOJIBAKE_Q.sub("", line)
    if not _PROSE_MARK.search(out):
        out = _INWORD_Q.sub("", out)   # a line without a comma or another end: a label row, not a question
    return out


def is_menu_bar(line: str) -> bool:
    """Whether a line is a status bar or menu: no full stop, items parted by two or more bars or stars.

    Parameters
    ----------
    line : str
        One line (Simplified view).

    Examples
    --------
    >>> is_menu_bar("首页 | 新闻 | 专题 | 视频"), is_menu_bar("欢迎您 ★ 登录? ★ 注册")
    (True, True)
    >>> is_menu_bar("同志们:这是一项大事,我们要抓好。| 下一步要落实。")   # 有句号
    False
    """
    return "。" not in line and len(_BAR.findall(line)) >= 2


#: a sentence cut inside a list: no label's colon, and a list comma closing the line or two list commas between words
#: (区领导某某、某某、 | 县委宣传部分管副部长、“两中心”主要负责同志、分管负): chrome ends on neither
_CUT_LIST = re.compile(r"^[^:：|｜>»\n]*(?:[\u4e00-\u9fff”》)）]、$|[\u4e00-\u9fff]{2,}[”》)）]?、[“《]?[\u4e00-\u9fff]{2,}[^、\n]*、[“《]?[\u4e00-\u9fff]{2,})")
#: a long run of Chinese prose without a separator, a label or a sentence's end
_CUT_RUN = re.compile(r"^[\u4e00-\u9fff\d、“”‘’《》()（）]{24,200}$")
#: a run of prose cut after a word that never ends a phrase (…特使某某致, …向全体, …和) or inside a list its sentence
#: opened (出席领导有理事长某某、执行副理事长): no headline or label ends so
_CUT_WORD = re.compile(r"^[\u4e00-\u9fff\d、“”‘’《》()（）]{7,200}(?:[的和与及对在向将把被从由并而或于]|(?<![一以导细极兴景别精标])致"
                       r"|(?<![可所难足得予加给])以)$"
                       r"|^[^:：|｜>»\n]*(?:有|包括|出席|参加|陪同)[\u4e00-\u9fff]{2,24}、[\u4e00-\u9fff]{2,16}$"
                       # a report's or a speaker's sentence opener, then prose cut short (最后大会还为会员们准备了丰,
                       # 这次由某某联合会): a related title or a label opens otherwise
                       r"|^(?:这次|此次|最后|同时|此外|另外|随后|会上|会后|其间|期间|他说|她说|他表示|她表示|我们|今年|目前"
                       r"|总之|因此|但是|然而|而且|并且)[,，]?[\u4e00-\u9fff\d、“”‘’《》()（）,，]{6,200}$"
                       # a parallel clause of thanks or purpose cut short (向每天两次、日复一日施放探空气球的气象工作者)
                       r"|^(?:向|对|为|把|让|使|从)[\u4e00-\u9fff\d、“”‘’]{15,200}$"
                       # a clause cut short after its opener (对于忠实记录三, 为了进一步加强)
                       r"|^(?:对于|为了|随着|通过|由于|尽管|虽然|如果|只有|只要)[\u4e00-\u9fff\d、“”‘’]{4,200}$")
#: a quotation opened and not closed: the page's end cut the sentence inside it (「某某中心是海外侨胞最温暖的)
_OPEN_QUOTE = re.compile(r"^[^:：|｜>»\n]*[「“『][^」”』\n]*[\u4e00-\u9fff]{8,}[^」”』\n]*$")


def is_cut_sentence(line: str, *, long_run: bool = False) -> bool:
    """Whether a line the page's end cut reads as a sentence: cut inside its list of names or offices, or inside a
    quotation it opened, or (with ``long_run``) 24 or more characters of prose without a separator or a label.

    The edge rules keep such a line below the last prose line (a page cut mid-sentence by its excerpt or paywall).

    Examples
    --------
    >>> is_cut_sentence("区领导王某、李某、"), is_cut_sentence("责任编辑:王某、李某、")
    (True, False)
    >>> is_cut_sentence("「某某中心是海外侨胞最温暖的"), is_cut_sentence("“文明城市”创建工作推进会")
    (True, False)
    >>> is_cut_sentence("王某会长首先对五月份轮值活动小组取得的工作成绩表示高", long_run=True)
    True
    >>> is_cut_sentence("网友评论", long_run=True), is_cut_sentence("上一篇 下一篇", long_run=True)
    (False, False)
    >>> is_cut_sentence("总理中国事务特使某某某致", long_run=True), is_cut_sentence("本会出席领导有理事长某某、执行副理事长", long_run=True)
    (True, True)
    >>> is_cut_sentence("某县召开乡村振兴推进会", long_run=True), is_cut_sentence("各方思想认识高度一致", long_run=True)
    (False, False)
    >>> is_cut_sentence("最后大会还为会员们准备了丰", long_run=True), is_cut_sentence("这次由中华全国某某联合会", long_run=True)
    (True, True)
    >>> is_cut_sentence("向每天两次、日复一日施放探空气球的气象工作者", long_run=True)
    True
    >>> is_cut_sentence("中国园艺学会水生蔬菜分会自成立以", long_run=True), is_cut_sentence("这样的事情完全可以", long_run=True)
    (True, False)
    >>> is_cut_sentence("对于忠实记录三", long_run=True)
    True
    """
    s = line.strip()
    return bool(_CUT_LIST.search(s) or _OPEN_QUOTE.match(s)) or (long_run and bool(_CUT_RUN.match(s) or _CUT_WORD.match(s)))
