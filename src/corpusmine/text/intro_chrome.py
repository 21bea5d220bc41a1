"""A page's own introduction above the speech: what the page says of itself, and what it says of the genre.

Moved out of :mod:`corpusmine.text.doc_chrome` (which runs both in its
``document_chrome`` entry, in the same place as before), with a guard
learned from development round 27d: a *news* paragraph above a speech names
the genre too (县委书记致辞…校长致辞…) and must stay, so a paragraph that
reports an event (a date, 上午/下午, 出席, 隆重举行) is no genre intro, and
致辞 after a person or a role (县长致辞, 代表致辞) is the act, not the genre.

* **self-describing intros** (:func:`article_intros`): a line above the
  speech that describes the page (本文将就某某进行探讨, 本文主要介绍了…).
* **genre intros** (:func:`genre_intros`): a paragraph above the speech
  that names the genre twice or more in two or more sentences
  (演讲稿具有…演讲稿的结构…), or opens with a definition of it
  (悼词,在为逝者举行的追悼会上所作的讲话或文章…) or a template site's
  stock remark on it (发言稿的使用频率越来越高).

Both are audited under ``editor_blurb``; speech glued to an intro on its line
stays (:func:`corpusmine.text.glued_speech.chrome_spans`).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("演讲稿具有条理性和逻辑性。演讲稿的成功与否,取决于演讲者的自信。\\n同学们:\\n要好好学习。")
>>> genre_intros(st)
>>> st.doc.output
'\\n同学们:\\n要好好学习。'
"""

from __future__ import annotations

import re

from corpusmine.text import patterns as P
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.glued_speech import chrome_spans
from corpusmine.text.lines import chinese_after, iter_lines, lines_holding

__all__ = ["article_intros", "genre_intros", "is_genre_intro"]

_INTRO = re.compile(
    r"本(?:文|篇文章)(?:将|就|从|对|围绕|主要|重点)[^。！？\n]{0,60}?(?:进行|展开|作)?(?:探讨|介绍|分析|解读|阐述|盘点|梳理|分享)"
)



def article_intros(st: CleaningState, *, max_chars: int = 300) -> None:
    """A line above the speech that describes the page itself (本文将就某某进行探讨) (rule ``editor_blurb``).

    Only lines above the first salutation or the first line that ends in a
    colon are looked at; a speech that says 本文 later stays.

    Examples
    --------
    >>> st = CleaningState("毕业典礼上,校长的致辞常引发共鸣。本文将就校长致辞的重要性进行探讨。\\n同学们:\\n本文将就此进行探讨。")
    >>> article_intros(st)
    >>> st.doc.output
    '\\n同学们:\\n本文将就此进行探讨。'
    """
    _, view = st.view()
    if "本文" not in view and "本篇文章" not in view:
        return
    first = len(view)
    m = re.search(r"^[^\n]{0,60}[:：][ \t]*$", view, re.M)
    if m:
        first = m.start()
    # the page must hold text after the intro: an essay that is one paragraph of 本文围绕…进行分析 is the text itself
    def is_intro(line: str) -> bool:
        return len(line.strip()) <= max_chars and bool(_INTRO.search(line))

    # speech glued to the intro on its line stays (glued_speech)
    st.doc.delete_many([(s + a, s + b) for s, e, line in lines_holding(view[:first], ("本文", "本篇文章"))
                        if is_intro(line) and chinese_after(view, e, 8)
                        for a, b in chrome_spans(line, is_intro)], "editor_blurb")


def genre_intros(st: CleaningState, *, max_chars: int = 300) -> None:
    """A paragraph above the speech about its genre: the genre named twice or more in two or more sentences
    (演讲稿具有条理性…演讲稿的结构…) (rule ``editor_blurb``).

    Examples
    --------
    >>> st = CleaningState("演讲稿具有条理性和逻辑性。演讲稿的成功与否,取决于演讲者的自信。\\n老师们、同学们:\\n演讲稿要写好。讲话稿也要写好。")
    >>> genre_intros(st)
    >>> st.doc.output
    '\\n老师们、同学们:\\n演讲稿要写好。讲话稿也要写好。'
    """
    _, view = st.view()
    m = re.search(r"^[^\n]{0,60}[:：][ \t]*$", view, re.M)
    if not m:
        return
    head = view[:m.start()]

    def is_genre(line: str) -> bool:
        return len(line.strip()) <= max_chars and is_genre_intro(line)

    st.doc.delete_many([(s + a, s + b) for s, e, line in iter_lines(head) if is_genre(line)
                        for a, b in chrome_spans(line, is_genre)], "editor_blurb")


#: the genre's names a definition uses (those of patterns.GENRE and the occasions' own: 悼词, 贺词, 开幕词 …)
_GENRE_NAME = (r"(?:范文|发言稿|演讲稿|讲话稿|致辞稿|致辞|讲话材料|主持词|心得体会|悼词|悼文|贺词|欢迎词|答谢词|开幕词|闭幕词|主持稿"
               r"|演讲词|讲稿|贺信)")
#: a paragraph opening with a definition of its genre (悼词,在为逝者举行的追悼会上所作的讲话或文章…; 同学聚会的演讲稿是同学
#: 聚会时的讲话内容,又称…) or with a template site's stock remark on it (在当今社会生活中,发言稿的使用频率越来越高); held-out
#: rounds 55-56.  One sentence is enough: a speaker never defines the genre they speak in, nor gives tips on writing it
#: (讲话稿的撰写需要…) above the salutation.
_DEFINITION = re.compile(
    rf"^[ \t\u3000]*(?:[^。！？!?\n]{{0,14}}的)?{_GENRE_NAME}(?:[,，]|是|也叫|又称|是指|指的是)[^。！？!?\n]{{0,50}}?"
    rf"(?:讲话|文章|文稿|文体|应用文|稿子)"
    rf"|^[ \t\u3000]*[^。！？!?\n]{{0,20}}?{_GENRE_NAME}的使用(?:频率|场合)越来越(?:高|多|广泛)"
    # a generator's numbered writing tip (4.讲话稿的撰写需要充分考虑受众的背景…; round 274k)
    rf"|^[ \t\u3000]*(?:\d{{1,2}}[.、．][ \t\u3000]*)?(?:[^。！？!?\n]{{0,14}}的)?{_GENRE_NAME}的(?:撰写|写作|写法|起草)"
    rf"(?:需要|要|应|应该|应当|必须|一定要|离不开)")
#: A paragraph reporting an event (a date, a time of day, attendance, a ceremony held): news, not a genre intro.
_EVENT = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[上下]午|出席|隆重举行|隆重召开|如期举行")
#: 致辞 after a person or a role: the act of addressing (县长致辞, 来宾代表致辞), not the genre.
_ACT = re.compile(r"(?<=[长记任席表宾人委师生员者])致辞")


def is_genre_intro(text: str) -> bool:
    """Whether a paragraph speaks about the genre: two or more sentences, the genre named twice, no event reported.

    Parameters
    ----------
    text : str
        One paragraph.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_genre_intro("致辞是在仪式上发表的讲话。一篇好的致辞要简洁得体。")
    True
    >>> is_genre_intro("9月1日上午,全县开学典礼举行。县长致辞,勉励师生。校长致辞,感谢各界。")
    False
    >>> is_genre_intro("换届大会主持词范本换届大会主持词范本会议即将开始,请将手机调为静音。谢谢合作!")
    False
    >>> is_genre_intro("大家都写过致辞,对各类致辞都很了解,致辞具有能伸能缩的特点。那么你了解校长致辞吗?")
    True
    >>> is_genre_intro("同学聚会的演讲稿是同学聚会时的讲话内容,又称同学聚会讲话。")
    True
    >>> is_genre_intro("县长致辞,他在讲话中感谢各界。")
    False
    """
    if _DEFINITION.match(text) and not _EVENT.search(text) and not _ACT.search(text[:20]):
        return True
    if len(re.findall(r"[。！？!?]", text)) < 2:
        return False
    # the genre in two sentences, or three times: a title glued twice before a speech's first sentence
    # (某某主持词某某主持词会议即将开始,请…。谢谢合作!) names it twice in one sentence
    sentences = [x for x in re.split(r"(?<=[。！？!?])", text) if x.strip()]
    named = [sum(1 for g in P.GENRE.finditer(x) if not (g.group() == "致辞" and _ACT.match(x, g.start())))
             for x in sentences]
    return (sum(k > 0 for k in named) >= 2 or sum(named) >= 3) and not _EVENT.search(text)


