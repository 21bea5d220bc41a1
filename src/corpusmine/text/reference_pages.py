"""A speech reproduced on a reference page: an encyclopedia, a textbook or exam site, an e-book reader, a forum (session t).

Held-out round 64 brought historical speeches (a university president's inaugural address, a poet's last lecture, a
reformer's address at an imperial diet in translation) on pages built around them, whose furniture the cleaner had
not seen.  Each family is told by its shape (the view is Simplified; every example below is written here):

* **note markers alone** (rule ``footnote_marker``): a line holding only a circled or bracketed note number (①, ⑵,
  [3], 〔4〕) that a page's notes apparatus left behind between paragraphs.
* **reference numbers in a sentence** (rule ``footnote_marker``): a wiki's bracketed note number glued after a
  word or a closing quote (“四书[2]”, 梁启超[1]1922年); a numbered list's [1] at a line's start stays.
* **reference section labels** (rule ``section_label``): a short line naming a reference page's section (作品原文,
  原文欣赏, 创作背景, 历史背景, 作者简介, 课文节选:, 文本简介, 演讲词档案, 题解) or a wiki heading with its edit
  link (演讲内容[编辑]); a speaker's numbered heading (一、历史背景) is not a label alone and stays.
* **wiki maintenance notices** (rule ``site_notice``): 此条目需要补充更多来源。, 此条目可能包含原创研究。 …
* **headnotes** (rule ``editor_note``): an editor's line in the third person saying what the text is ((这是某某在某会
  上的讲演。), 这是某某同志在某会议上的开幕词), or that a title is the editor's (标题为本书编者所加。); a line in the
  speaker's voice (这是我们在…) stays.
* **encyclopedia leads** (rule ``editor_note``): a reference page's description of the work in the third person, as
  its lead (《某某》是某某于1946年在某某会上所作的讲演,…) or as a line alone (某某在某某追悼会上所做的讲演, 近代某某创作的
  演讲稿); a speaker's own title (在某某大会上的讲话) has no 所作/创作 and stays.
* **biographies** (rule ``editor_note``, round 66): a reference note opening with a name and the person's years
  (某某(1891—1946),原名…,安徽某县人。); a speaker names a person's years inside a sentence, not at a line's start.
* **captions without a credit** (rule ``photo_caption``, round 66): a short line with no sentence end that ends by
  naming a photograph (某某与夫人在某大学留影, 某某就读某大学时的登记照片, 全体代表合影).
* **reader-app and forum furniture** (rule ``site_interface``): an e-book reader's buttons and prompts (上一章 书架管理
  下一页, 上某某阅读APP看本书,新人免费读10天, 最多预览前五页), an audio site's note (以上内容来自专辑), a forum's
  thread bar (只看楼主 收藏 回复, 7回复贴,共1页, 某某吧 关注:156 贴子:3,717, 版主:某某).
* **a model's label** (rule ``section_label``): 例: alone on a line above a template site's model text.
* **study apparatus** (round 89, rule ``editor_note``): a study guide's notes in square brackets inside the text
  ([此段说明…的前提], two or more a page), a textbook's word notes, each a line opening with the word in tortoise-shell
  brackets (①〔某先生〕指…, two or more a page), a biography led by ◎演说者 or running long when it opens as a
  reference note does (某某(1873-1929),字某某,…), 原文 and 精彩演说辞 as labels; a novel mirror's stamp
  (天才一秒记住【某某网】地址:example.net, rule ``site_notice``).
* **a wiki's frame and an exam site's labels** (rounds 215k-216k): a wiki's skip link and tagline (跳至内容, 维基文库,自由的
  图书馆; rule ``site_interface``), its licence footer quoting a copyright law, from its label to the page's end when
  an article follows it (《著作权法》: / 第九条…; rule ``copyright_footer``); an exam bank's question label (【分析解答题】)
  and its answer row (试题答案: 答案解析:…; rule ``site_interface``); an author's note glued after the name
  (某某作者简介:某某,某大学教授,…; rule ``byline``); a book's note on the speaker by birth year and native place
  (某某,1933年11月生,某省某市人,著名教育家…; rule ``editor_note``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("作品原文\\n同学们:\\n今天我们在这里开学。①\\n①\\n要努力学习。")
>>> reference_pages(st)
>>> st.doc.output
'\\n同学们:\\n今天我们在这里开学。①\\n\\n要努力学习。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["biography_end", "reference_line_rule", "reference_pages"]

_SP = r"[ \t\u3000\xa0•·]"
_NOTE_MARK = re.compile(rf"^{_SP}*(?:[\u2460-\u2473\u2474-\u2487\u2776-\u277f]|[\[〔［]\d{{1,3}}[\]〕］]){_SP}*$")
_INLINE_REF = re.compile(r"(?<=[\u4e00-\u9fff”」》）)])(?:\[\d{1,3}\]|〔\d{1,3}〕|［\d{1,3}］)")   # 条约〔17〕。: round 197k
_SECTION_WORD = (r"作品原文|原文欣赏|原文赏析|作品赏析|作品简介|作品鉴赏|创作背景|写作背景|历史背景|时代背景|作者简介|演讲者简介|"
                 r"课文节选|课文原文|文本简介|事件背景|题名|内容简介|演讲词档案|演讲档案|题解|注释|参考资料|参考文献|延伸阅读|相关词条|"
                 r"演讲内容|演讲全文|演说全文|讲演全文|例|原文|译文|精彩演说辞|精彩演讲辞|精彩演说词|导读|内容预览|[\u4e00-\u9fff]{2,8}内容预览")
_SECTION = re.compile(rf"^{_SP}*【?(?:{_SECTION_WORD})】?{_SP}*[:：]?{_SP}*$")
_WIKI_EDIT = re.compile(rf"^{_SP}*[^\n。！？!?]{{1,20}}\[编辑\]{_SP}*$")
_WIKI_NOTICE = re.compile(r"^[ \t\u3000]*(?:此|本)条目(?:需要|可能|缺少|没有|的|已|包含|内容|并未|的语调)[^\n]{0,80}$")
_HEADNOTE = re.compile(
    r"^[ \t\u3000]*[(（]?这是[^\n。我们咱]{2,40}在[^\n。]{2,60}(?:上|中)?的(?:讲话|讲演|演讲|演说|开幕词|闭幕词|报告|致辞|发言)"
    r"(?:的一部分|的节录|的摘录)?[。.]?[)）]?[ \t\u3000]*$"
    r"|^[ \t\u3000]*[(（]?(?:标题|题目|篇名)(?:系|为|是)(?:本书|本文|本刊)?编者所加[。.]?[)）]?[ \t\u3000]*$")
_WORK = r"(?:讲演|演讲|讲话|演说|演讲稿|演讲词|致辞|开幕词|闭幕词)"
_ENCYCLOPEDIA = re.compile(
    rf"^[ \t\u3000]*《[^》\n]{{1,30}}》(?:\([^)\n]{{1,40}}\))?是[^\n。]{{2,80}}?(?:所[做作]|创作|发表|发表)?的(?:一[篇次])?[^\n。]{{0,8}}{_WORK}"
    rf"|^[ \t\u3000]*[^\n。,，]{{2,40}}(?:上|中)所[做作]的{_WORK}[ \t\u3000]*$"
    rf"|^[ \t\u3000]*[^\n。,，]{{2,20}}(?:创作|发表)的(?:一[篇次])?{_WORK}[ \t\u3000]*$")
_BIOGRAPHY = re.compile(r"^[ \t\u3000]*(?:[◎●■◆][ \t\u3000]*)?(?:演说者|演讲者|讲演者|作者)?[:：]?[ \t\u3000]*"
                        r"[\u4e00-\u9fff·]{2,6}[(（]\d{4}(?:年)?[—–\-－~～]{1,2}\d{4}(?:年)?[)）][,，。]?")
#: a long biography (round 89): the name and years, then what a reference note says first of a person (字/原名 …, or
#: 中国现代教育家, 中华人民的伟大领袖 …), so that a speaker's 鲁迅(1881-1936)先生说过… stays
_BIOGRAPHY_LONG = re.compile(_BIOGRAPHY.pattern + r"(?:是)?(?:字|原名|本名|号|中国|近代|现代|当代|著名|[^\n,，。]{0,16}(?:家|者|领袖|人士)[,，。])")
#: a book's note on the speaker by birth year and place (某某,1933年11月生,湖北省某市人,著名教育家、化学家; round 217k)
_BORN = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff·]{2,6}[,，](?:[男女][,，])?(?:[\u4e00-\u9fff]{1,3}族[,，])?\d{4}年(?:\d{1,2}月)?出?生"
                   r"(?:于[^\n,，。]{2,12})?[,，][^\n,，。]{2,16}人[,，。](?:著名|[^\n,，。、]{1,10}家[、,，。])")
#: a study guide's notes in square brackets inside the text ([此段说明…], [总说“有业”的重要性。]), two or more a page
_STUDY_NOTE = re.compile(r"\[[^\[\]\n]{0,60}?(?:论证|说明|交代|引出|总说|本段|此段|此句|点明|照应|过渡|论点|论据|论题|举例|强调|中心)"
                         r"[^\[\]\n]{0,120}\]")
#: a whole sentence in square brackets ([看来…束手无策了。]): a note when three or more stand on the page
_BRACKET_SENTENCE = re.compile(r"\[[^\[\]\n]{4,200}[。！？]\]")
#: a textbook's word notes, each a line opening with the word in tortoise-shell brackets (①〔某集团〕指…), two or more
#: (a document's own note, 〔注〕…, 〔按〕…, is its text and stays, and so is a numbered point, 〔一〕…, 〔2〕…; round 188k)
_WORD_NOTE = re.compile(r"^[ \t\u3000]*[\u2460-\u2473]?〔(?!注|按|说明|附|[一二三四五六七八九十百零〇\d]{1,4}〕)[^〕\n]{1,12}〕[^\n]{2,300}$", re.M)
#: a novel mirror's stamp (天才一秒记住【某某小说网】地址:example.net)
_NOVEL_STAMP = re.compile(r"(?:天才)?一秒记住[【\[]?[^】\]\n]{1,20}[】\]]?[,，]?(?:地址|网址)?[:：]?[ \t]*(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_FRAME_LINES = re.compile(r"^[ \t\u3000]*(?:跳至内容|跳到内容|跳转到内容|维基(?:文库|百科|语录|新闻)[,，][ \t\u3000]*自由的(?:图书馆|百科全书|名人名言录|新闻源))"
                         r"[ \t\u3000]*$|^[ \t\u3000]*【(?:分析解答题|解答题|单选题|单项选择题|多选题|多项选择题|判断题|简答题|论述题"
                         r"|材料题|材料分析题|阅读理解|翻译题|填空题|案例分析题)】|^[ \t\u3000]*(?:试题答案|答案解析)[ \t\u3000]*[:：][^\n]*$", re.M)
#: a periodical database's field labels in square brackets ([作者] 某某, [单位] 某某大学; round 218k)
_FIELD_ROW = re.compile(r"^[ \t\u3000]*\[(?:作者|单位|作者单位|出处|刊名|来源|分类号|基金项目|关键词|关键字)\][^\n]{0,60}$", re.M)
_LAW_FOOTER = re.compile(r"^[ \t\u3000]*(?:中华民国)?《著作权法》[ \t\u3000]*[:：][ \t\u3000]*\n\s*第[一二三四五六七八九十百\d]+条[\s\S]*\Z", re.M)
_AUTHOR_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])作者简介[ \t\u3000]*[:：][^\n]{2,150}$", re.M)
_CAPTION = re.compile(r"^[^\n。！？!?；;]{2,40}(?:留影|合影|照片|旧照|登记照|资料照片|资料图)[ \t\u3000]*$")
_APP = re.compile(
    r"上一章[ \t\u3000]*(?:书架|目录|书签)|(?:书架管理|加入书架)[ \t\u3000]*(?:下一页|下一章)"
    r"|^[ \t\u3000]*上[^\n。]{0,8}(?:APP|App|app)看本书|新人免费读\d*天|^[ \t\u3000]*[•·]?[ \t\u3000]*最多预览前[一二三四五六七八九十\d]+页"
    r"|^[ \t\u3000]*以上内容来自专辑|只看楼主[ \t\u3000]*收藏[ \t\u3000]*回复|^[ \t\u3000]*[•·]?[ \t\u3000]*\d+回复贴[,，]?共\d+页?"
    r"|^[^\n]{1,20}吧[ \t\u3000]*关注[:：][ \t\u3000]*[\d,，]+[ \t\u3000]*贴子[:：][ \t\u3000]*[\d,，]+[ \t\u3000]*$"
    r"|^[ \t\u3000]*版主[:：][ \t\u3000]*\S{1,12}[ \t\u3000]*$"
    r"|^[ \t\u3000]*[-•·]?[ \t\u3000]*(?:其他|其它)语言版本[:：]?[ \t\u3000]*$")


def reference_line_rule(line: str) -> str | None:
    """The rule that deletes ``line`` as a reference page's furniture, or ``None``.

    Examples
    --------
    >>> reference_line_rule("⑵"), reference_line_rule("演讲内容[编辑]"), reference_line_rule("一、历史背景")
    ('footnote_marker', 'section_label', None)
    >>> reference_line_rule("(这是毛泽东在某某追悼会上的讲演。)")
    'editor_note'
    >>> reference_line_rule("这是我们在新形势下召开的一次重要会议。") is None
    True
    """
    text = line.strip()
    if not text or len(text) > 400:
        return None
    encyclopedia = bool(_ENCYCLOPEDIA.match(text)) and not re.search(r"我|咱们|同志们|各位", text)
    if len(text) > 120:      # only an encyclopedia's lead or a biography runs long (glued speech: :func:`biography_end`)
        voiced = re.search(r"我|咱们|同志们|各位", text)
        return "editor_note" if encyclopedia or ((_BIOGRAPHY_LONG.match(text) or _BORN.match(text)) and not voiced) else None
    if (_BIOGRAPHY.match(text) or _BORN.match(text)) and not re.search(r"我|咱们|同志们|各位", text):
        return "editor_note"
    if _CAPTION.match(text):
        return "photo_caption"
    if _NOTE_MARK.match(text):
        return "footnote_marker"
    if _SECTION.match(text) or _WIKI_EDIT.match(text):
        return "section_label"
    if _WIKI_NOTICE.match(text):
        return "site_notice"
    if _HEADNOTE.match(text) and not in_speech_voice(text.strip("()（）")):
        return "editor_note"
    if encyclopedia:
        return "editor_note"
    if _APP.search(text):
        return "site_interface"
    return None


_HEADNOTE_END = re.compile(r"这是[^\n。我]{2,60}的(?:讲话|讲演|演讲|演说|开幕词|闭幕词|致辞|发言)[^\n。]{0,10}。")


def biography_end(line: str) -> int:
    """Where a reference note about the speaker ends on a line the speech's first paragraph is glued to, or 0.

    The note opens with the speaker's name and years and ends with its headnote (这是他在…上的讲话。); without a
    headnote a long line is left alone (the speech may follow the note without a boundary).

    Examples
    --------
    >>> line = "某某(1882-1982)。中国现代经济学家。这是他在某校29周年校庆上的讲话。今日为母校29周年纪念。"
    >>> line[:biography_end(line)]
    '某某(1882-1982)。中国现代经济学家。这是他在某校29周年校庆上的讲话。'
    """
    if not _BIOGRAPHY.match(line):
        return 0
    m = _HEADNOTE_END.search(line)
    return m.end() if m else 0


def reference_pages(st: CleaningState) -> None:
    """Delete the lines of a reference page's furniture (see the module's docstring), each under its rule.

    Examples
    --------
    >>> st = CleaningState("演讲内容[编辑]\\n最重要的书是“四书[2]”。\\n上一章 书架管理 下一页")
    >>> reference_pages(st)
    >>> st.doc.output
    '\\n最重要的书是“四书”。\\n'
    """
    _, view = st.view()
    spans = []
    for s, e, line in iter_lines(view):
        if not line.strip() or len(line) > 2000:
            continue
        end = biography_end(line)
        if end and line[end:].strip():
            spans.append((s, s + end, "editor_note"))      # the note, not the speech glued after it
            continue
        rule = reference_line_rule(line) if len(line) <= 420 else None
        if rule is not None:
            spans.append((s, e, rule))
    notes = [(m.start(), m.end(), "editor_note") for m in _STUDY_NOTE.finditer(view)] if "[" in view else []
    whole = [(m.start(), m.end(), "editor_note") for m in _BRACKET_SENTENCE.finditer(view)] if "[" in view else []
    if len(whole) >= 3:         # three or more whole sentences in square brackets: the guide's notes, whatever words
        notes = sorted(set(notes) | set(whole))
    words = [(m.start(), m.end(), "editor_note") for m in _WORD_NOTE.finditer(view)] if "〔" in view else []
    spans += (notes if len(notes) >= 2 else []) + (words if len(words) >= 2 else [])
    if "一秒" in view:
        spans += [(m.start(), m.end(), "site_notice") for m in _NOVEL_STAMP.finditer(view)]
    if "内容" in view or "维基" in view or "】" in view or "答案" in view:
        spans += [(m.start(), m.end(), "site_interface") for m in _FRAME_LINES.finditer(view)]
    if "[" in view:
        spans += [(m.start(), m.end(), "page_meta") for m in _FIELD_ROW.finditer(view)]
    if "著作权法" in view:
        spans += [(m.start(), m.end(), "copyright_footer") for m in _LAW_FOOTER.finditer(view)]
    if "作者简介" in view:
        spans += [(m.start(), m.end(), "byline") for m in _AUTHOR_NOTE.finditer(view)]
    st.delete_spans(spans)
    if "[" in view or "〔" in view or "［" in view:
        _, view = st.view()
        st.delete_spans([(m.start(), m.end(), "footnote_marker") for m in _INLINE_REF.finditer(view)])
