"""Datelines, newsroom leads and photo credits of news pages (development round 32).

* **datelines** (rule ``byline``): a place and a day in brackets opening a
  paragraph, as Chinese papers abroad and wires write them ((某地12日讯),
  (某地十二日电)); the paragraph stays.
* **bracketed leads** (rule ``byline``): any short bracketed group ending in 讯, 电 or 报道 that opens a
  paragraph and names a newsroom (报, 网, 台, 社, 记者, 新闻 or a day) (【本报某某报道】, (某报某地讯),
  【某某网讯】), and a site with a date before 讯 (某某网(2019-9-12)讯:); (加强宣传报道) names none and stays.
* **newsroom leads** (rule ``byline``): 本报讯, 本刊讯, 本台讯, 本网讯 opening a
  paragraph, with the credit that follows (记者某某、通讯员某某报道:, (记者 某某));
  讯 must be followed by a space, a colon, a bracket, a date or a credit, so
  本报讯员队伍要壮大 stays; the credit alone opening a paragraph (记者某某、通讯员某某报道:) goes too.
* **photo lines** (rule ``photo_caption``): a caption opened by a triangle
  (△某某局干部集中观看大会直播。, as ▲ is elsewhere; a line with the first person or a modal, 我们/要/必须, stays), and a short line ending
  on an archive credit (某某。 某某传媒资料照片, 资料图片, 档案照片).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> st = CleaningState("(某地12日讯)某州务大臣今日出席开幕式。\\n本刊讯 记者某某报道:会议强调,要抓好落实。")
>>> wire_leads(st)
>>> st.doc.output
'某州务大臣今日出席开幕式。\\n会议强调,要抓好落实。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.edits import iter_lines

__all__ = ["wire_lead_spans", "wire_leads"]

_SP = r"[ \t\u3000]"
_DATELINE = re.compile(rf"^{_SP}*[(（][\u4e00-\u9fff]{{1,10}}{_SP}?(?:\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})日(?:电|讯){_SP}?[)）]{_SP}*(?=\S)")
#: any short bracketed lead ending in 讯/电/报道 (【本报某某报道】, (某报某地讯), 【某某网讯】), or a site and a date
#: before 讯 (某某网(2019-9-12)讯:)
_BRACKET_LEAD = re.compile(
    rf"^{_SP}*(?:[(（【\[](?=[^()（）【】\[\]\n]{{0,20}}?(?:本报|本刊|本台|本网|记者|通讯员|网|报|台|社|新闻|\d+日)[^()（）【】\[\]\n]{{0,20}}?(?:讯|电|报道|报导)[)）】\]])"
    rf"[^()（）【】\[\]\n。，,!！?？]{{1,20}}(?:讯|电|报道|报导)[)）】\]]"
    rf"|[\u4e00-\u9fffA-Za-z]{{1,10}}(?:网|报|台|社|新闻)[(（][\d\-./年月日 ]{{4,12}}[)）](?:讯|电)[:：]?){_SP}*(?=\S)")
_NEWSROOM = re.compile(
    rf"^{_SP}*(?:本报|本刊|本台|本网|本站)(?:[\u4e00-\u9fff]{{0,4}})?讯"
    rf"(?:{_SP}+|[:：]|(?=[(（\d]|记者|通讯员|实习生|特约))"
    rf"(?:[(（][^()（）\n]{{0,40}}[)）]|(?:(?:记者|通讯员|实习生|特约)[^:：\n。！？]{{0,40}}?(?:报道|报导|撰稿)?[:：]))?{_SP}*(?=\S)")
#: a credit opening a paragraph, what an earlier rule leaves of a newsroom lead (记者某某、通讯员某某报道:)
_CREDIT_LEAD = re.compile(rf"^{_SP}*(?:记者|通讯员|实习生|特约记者)[\u4e00-\u9fff、 \t]{{2,40}}?(?:报道|报导|撰稿)[:：]{_SP}*(?=\S)")
_TRIANGLE = re.compile(r"^[ \t\u3000]*[△▽][^\n]{4,130}$")
_ARCHIVE_CREDIT = re.compile(r"(?:资料照片|资料图片|资料图|档案照片|档案图片)[)）]?[ \t\u3000]*$")
_ENDS = re.compile(r"[。！？!?]")
#: a speaker's words: the first person or a modal (△我们要加强组织领导。 stays)
_VOICE = re.compile(r"我们|咱们|我|要|必须|应当|务必|一定")


def wire_lead_spans(view: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, rule)`` of datelines, newsroom leads and photo lines (see the module docstring).

    Parameters
    ----------
    view : str
        The page (Simplified view).

    Examples
    --------
    >>> v = "△某某局干部集中观看大会直播。\\n某某。 某某传媒资料照片\\n本报讯员队伍要壮大,要抓好培训。"
    >>> [(v[s:e], r) for s, e, r in wire_lead_spans(v)]
    [('△某某局干部集中观看大会直播。', 'photo_caption'), ('某某。 某某传媒资料照片', 'photo_caption')]
    """
    spans: list[tuple[int, int, str]] = []
    for s, e, line in iter_lines(view):
        if not line.strip():
            continue
        if "日" in line and (m := _DATELINE.match(line)):
            spans.append((s, s + m.end(), "byline"))
        elif ("讯" in line or "电" in line or "报" in line) and (m := _BRACKET_LEAD.match(line)):
            spans.append((s, s + m.end(), "byline"))
        elif "讯" in line and (m := _NEWSROOM.match(line)):
            spans.append((s, s + m.end(), "byline"))
        elif "报" in line and (m := _CREDIT_LEAD.match(line)):
            spans.append((s, s + m.end(), "byline"))
        elif _TRIANGLE.match(line) and len(_ENDS.findall(line)) <= 2 and not _VOICE.search(line):
            spans.append((s, e, "photo_caption"))
        elif len(line.strip()) <= 40 and _ARCHIVE_CREDIT.search(line):
            spans.append((s, e, "photo_caption"))
    return spans


def wire_leads(st: CleaningState) -> None:
    """Delete datelines and newsroom leads (rule ``byline``) and photo lines (rule ``photo_caption``).

    Examples
    --------
    >>> st = CleaningState("本报讯(记者 某某)会议强调,要抓好落实。")
    >>> wire_leads(st)
    >>> st.doc.output
    '会议强调,要抓好落实。'
    """
    _, view = st.view()
    spans = wire_lead_spans(view)
    if spans:
        st.delete_spans(spans)
