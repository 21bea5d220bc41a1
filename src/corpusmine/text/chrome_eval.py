"""Measure the cleaner on pages it has never seen: share of site-noise marks removed, speech removed.

``data/dev_pages.tsv`` lists every page the chrome rules were learned from (label = campaign; families seen) and, with
labels starting ``held-out measure``, the pages each measurement was made on.  Page texts are not shipped (they belong
to their sites).  A researcher who downloads new pages writes one JSON object per line::

    {"url": "...", "raw": "<the page as downloaded>",
     "marks": ["<each chrome occurrence, as it appears in the page>", ...],
     "speech": ["<sentences of the speech that must survive>", ...]}

and runs ``python -m corpusmine.text.chrome_eval annotations.jsonl`` (``--flatten lines`` cleans each page with
its lines joined into one, as scrapers that flatten HTML give it: chrome glued to speech).  Each
chrome occurrence is one mark.  A mark counts as removed only when neither it
nor any of its parts of four or more characters (split at punctuation and
spaces) is left in the cleaned text, so a notice cut in half does not count;
a speech sentence counts as kept when it is in the cleaned text.

That strict test cannot see *where* a part is left: a date, a title or a site
name in a metadata row also occurs elsewhere on the page, so a row the cleaner
deleted whole still counts as left.  The audit can: a mark counts as **deleted
by the audit** (:func:`mark_deleted`) when it occurs in the page and every
character of every occurrence lies in a span the audit shows deleted.  The
score reports both; the strict figure stays the headline (it also counts a
mark as left when the cleaner rewrote it instead of removing it).  Both sides
are compared on the Simplified view with white space removed (and 著 read as 着);
for speech sentences, anonymisation marks (xx, ××, 20xx) and the placeholder
the cleaner writes for them (〔某〕) are dropped on both sides, so a rewritten
placeholder is not a lost sentence; pinyin glosses (農(nóng)) in a speech sentence are dropped before it is
looked for, since the cleaner removes them (each gloss is a mark of its own), and so is any other mark the
annotator found inside the sentence (a brand a hijacked page injected, session w).

Measured so far (excerpts of real pages found through a search index; each
round's pages were read only after the rules they measure were committed,
and no site of a round was among the pages learned from before it; after
each round its pages became development pages and their families were
learned):

========  =====  ==================  ==========================  ===============
round     pages  rules measured      marks removed (strict)      speech removed
========  =====  ==================  ==========================  ===============
all 1-6   191    (each round: docs)  263/405 = 64.9%             3 of 237
all 7-10  122    (each round: docs)  347/464 = 74.8%             2 of 245
all 11-14 132    (each round: docs)  237/362 = 65.5%             3 of 266
15        43     all of session c    99/136 = 72.8%              0 of 97
16        26     main at 0a7ec7a     46/53 = 86.8%               0 of 55
17        25     main at 0a7ec7a     48/88 = 54.5%               0 of 57
18        48     main at 20ee6a5     155/201 = 77.1%             2 of 139
19        45     main at 857dba5     186/216 = 86.1%             0 of 132
20        45     main at 1ba9997     200/217 = 92.2%             1 of 129
21        28     main at 429b8fd     187/200 = 93.5%             0 of 86
22        70     main at 4837427     313/343 = 91.3%             0 of 213
23        48     main at 7c4c4c8     162/204 = 79.4%             0 of 132
24        46     main at f6c88bb     137/178 = 77.0%             0 of 141
25        46     main at 91ed44d     91/122 = 74.6%              1 of 93
26        41     main at 51c14cf     518/537 = 96.5%             1 of 132
27        45     main at 3d3e99a     702/752 = 93.4%             4 of 133
28        45     main at 20b89ed     369/401 = 92.0%             0 of 135
29        59     main at 6eed000     355/414 = 85.7%             0 of 188
30        51     main at 932cb53     94/137 = 68.6%              2 of 159
31        50     main at f71c79a     453/496 = 91.3%             0 of 138
32        55     main at a5b6bea     393/436 = 90.1%             0 of 171
33        53     main, two commits   368/416 = 88.5%             0 of 168
35        56     main at 5c66f71     116/169 = 68.6%             1 of 181
36        64     main at f3a6f0e     520/577 = 90.1%             0 of 214
37        56     main at ca21980     300/375 = 80.0%             0 of 191
38        53     main at fdac1f8     275/327 = 84.1%             0 of 168
39        53     main at c5a8e82     259/314 = 82.5%             1 of 170
40        50     main at c5a8e82     270/454 = 59.5%             0 of 166
41        53     04dda99+hang fix    315/372 = 84.7%             0 of 182
42        42     main at a2c1276     100/138 = 72.5%             1 of 134
43        43     main at c1d0f92     231/287 = 80.5%             0 of 143
44        39     main at 7be9992     235/270 = 87.0%             0 of 138
45        40     main at fc20b7a     193/227 = 85.0%             1 of 152
46        35     main at 3d585d9     285/302 = 94.4%             2 of 144
47        40     main at dc6d0e1     531/581 = 91.4%             3 of 159
48        39     main at fc95c44     309/333 = 92.8%             4 of 158
49        41     main at 9aa949d     527/568 = 92.8%             1 of 164
50        40     main at b79ac42     79/127 = 62.2%              2 of 212
51        40     main at 198cb42     93/141 = 66.0%              2 of 209
52        40     main at b893d84     81/121 = 66.9%              0 of 249
53        40     main at 580b893     104/122 = 85.2%             4 of 207
54        40     main at 423a23c     166/187 = 88.8%             0 of 219
55        40     main at cf5fc7d     103/136 = 75.7%             0 of 234
56        40     main at eb3a959     65/87 = 74.7%               1 of 223
57        40     main at 5a0218f     415/446 = 93.0%             0 of 249
58        40     main at 53a7434     234/246 = 95.1%             2 of 235
59        40     main at 0df778d     522/569 = 91.7%             8 of 234 (7 glosses)
60        40     main at 5666cb2     499/510 = 97.8%             4 of 250 (3 glosses)
61        40     main at 261d19f     288/318 = 90.6%             3 of 238
62        40     main at 429cd42     319/356 = 89.6%             0 of 208
63        40     main at 62cf930     158/183 = 86.3%             0 of 277
64        40     main at 62cf930     130/195 = 66.7%             0 of 263
65        35     main at 7d81fb5     340/356 = 95.5%             0 of 212
66        36     main at 2eff379     147/179 = 82.1%             0 of 255
67        29     main at 7866c74     78/122 = 63.9%              0 of 184
68        40     main at 21c37f4     244/272 = 89.7%             2 of 255
69        40     main at 5e555f4     295/335 = 88.1%             1 of 265 (a phrase choice)
70-71     70     4df37d9, 996e7f6    516/563 = 91.7%             1 of 444 (a watermark)
72        38     main at 379d29e     398/416 = 95.7%             1 of 233 (a dateline)
73        26     main at 70b23f1     247/265 = 93.2%             0 of 176
74        30     main at 8eaccc4     201/229 = 87.8%             0 of 198
75        30     main at 62eb732     198/229 = 86.5%             0 of 193
76        25     main at e512805     236/258 = 91.5%             0 of 171
77        22     main at 50a1a75     207/217 = 95.4%             0 of 129
78        27     main at 8d3ebff     545/565 = 96.5%             0 of 171
79        49     main at e1b5bd8     275/348 = 79.0%             1 of 307 (a PDF's wrapped fragment)
80        33     main at 2c3a88a     251/268 = 93.7%             0 of 219
81        40     main at 5a93c98     269/307 = 87.6%             0 of 248
82-83     49     63e7e62, b40b72a    316/353 = 89.5%             0 of 320
84k       20     main at 8d1ca54     148/155 = 95.5%             0 of 130 (new pages of known template hosts)
84        15     main at 8d1ca54     68/85 = 80.0%               0 of 90
85-86k    115    be35ac6, a6e85f7    900/968 = 93.0%             0 of 734 (new pages of known template hosts)
87-88k    105    b7ead69, 5b017b0    550/588 = 93.5%             1 of 674 (new pages of known template hosts)
88        20     main at 5b017b0     53/68 = 77.9%               0 of 118
89k       60     main at db16691     496/506 = 98.0%             1 of 387 (new pages of known template hosts)
89        20     main at db16691     85/122 = 69.7%              0 of 126
90-93k    240    d4984a3 … 2fe262d   1451/1513 = 95.9%           0 of 1538 (new pages of known template hosts)
90-93     80     d4984a3 … 2fe262d   486/554 = 87.7%             0 of 513
94-97k    177    7aaafca … e3be640   1191/1244 = 95.7%           0 of 1141 (new pages of known template hosts)
96-99     31     66a6b13 … 5ab91fe   218/238 = 91.6%             0 of 201 (rounds 96, 97 and 99)
98-100k   154    bc9b88c … 1c6b441   1260/1299 = 97.0%           0 of 1005 (new pages of known template hosts)
101-110k  473    9cf65c1 … 8ec52ff   2764/2893 = 95.5%           0 of 3011 (new pages of known template hosts)
111-117k  317    6f83d90 … a12913e   2402/2456 = 97.8%           6 of 2094 (a first paragraph; a page's head)
118-122k  231    839f374 … c233c12   1426/1489 = 95.8%           2 of 1482 (a wrapped year; a gloss left)
123-128k  280    43ea610 … 1ec26fd   1606/1683 = 95.4%           5 of 1835 (a head-and-tail preview; 敬爱的)
129-135k  322    b334113 … 923094a   2342/2418 = 96.9%           1 of 2084 (a greeting after a glued title)
136-142k  324    638a15d … a7a2cd6   1860/1970 = 94.4%           3 of 2090 (a recalled address; a backtick in debris)
143-150k  356    dadbd51 … d2d6da4   2317/2426 = 95.5%           2 of 2218 (annotation: a span over a summary; a mark left)
151-158k  347    e7bf7fb … 0e9ff30   2473/2613 = 94.6%           3 of 2176 (a wrapped line; a quote said twice; a backtick)
160-171k  412    a78bd11 … 6a98d9a   2314/2453 = 94.3%           3 of 2610 (short clauses between spaced commas; a watermark)
172-183k  391    c453521 … 18d5314   2904/3069 = 94.6%           2 of 2465 (artefacts: a footnote mark; a placeholder)
184-189k  170    2daf4c5 … 2ecc066   979/1060 = 92.4%            9 of 1071 (a year as a code; a broken year; 佳讯; 〔一〕)
190-195k  342    1cf78d6 … 83cb422   2052/2160 = 95.0%           0 of 2154
196-200k  275    0a84f96 … edea9a7   1385/1485 = 93.3%           2 of 1754 (a wrapped line read as a menu; as a caption)
201-207k  357    b6c63c0 … 989024e   2535/2662 = 95.2%           1 of 2264 (a PDF's line broken after its comma: a caption)
208-213k  318    0f1fa47 … 0212313   1718/1830 = 93.9%           2 of 2013 (a speaker's 相信大家…的了解; a gloss left)
214-219k  266    4839c9f … 00e3c76   2315/2464 = 94.0%           0 of 1626
220-226k  270    c089cbd … 5cac046   1731/1865 = 92.8%           5 of 1660 (a blurb run into the speech; a quote above a lead-in)
227-232k  249    e03b274 … cb88269   1207/1298 = 93.0%           6 of 1492 (a citation after 他强调:; a wrapped line; 4 kept)
233-240k  272    e756b01 … 8c9c0de   1893/2012 = 94.1%           5 of 1678 (all kept: a report's quotation; footnote marks)
241-248k  249    70d5ab8 … 1ffbfdc   1286/1378 = 93.3%           2 of 1508 (kept: a mark left inside each)
249-265k  728    35b5a14 … cb2cb4b   3476/3860 = 90.1%           9 of 4486 (5 lost, fixed: PDF lines; a 付费 notice rule)
266-282k  652    50ef201 … b62805e   4022/4280 = 94.0%           3 of 4186 (2 fixed: X / X blanks; a greeting; English left)
283-301k  809    3797464 … 7d074b6   3663/4024 = 91.0%           17 of 5062 (8 fixed: PDF lines, a banner; endnotes)
302-305k  168    0407acc … 0865e60   855/956 = 89.4%             2 of 946 (fixed: a report's paragraph of the speech)
========  =====  ==================  ==========================  ===============

Each round: what it measured, what was left, what was learned from it, in ``docs/cleaner_measure.md``.

A keyword rule must not take speech with it: the widget words of panels, footers and paywall lines (会员, 下载, 分享,
客服, 付费, 本站) also occur in speech (合作社要吸收更多农户成为会员), and 10 of 16 such sentences written as negatives
were deleted until :mod:`corpusmine.text.speech_voice` guarded those rules (a line in the speaker's voice stays); no
chrome line of rounds 1-14 is in that voice, and every round's figures were unchanged by the guard.

Nor may chrome glued to speech on one line (``--flatten``: pages joined into one line, as scrapers give them).  Rounds
1-17 flattened lost 154 of 832 speech sentences (86 with each paragraph one line) until
:mod:`corpusmine.text.glued_speech` cut such lines; then 7 (6), while the normal figures stayed 1102/1193 with none
lost.  Flattened, little chrome went (418/1193 one line, 833 per paragraph) until :mod:`corpusmine.text.joined_lines`
gave a one-line page its lines back: 1037 and 1037, none lost (normally 1108); 1092 and 1070 once it knew where a
joined line breaks (normally 1116).

Examples
--------
>>> page = {"url": "https://example.org/1", "raw": "首页 > 范文\\n同志们:\\n要抓好落实。\\n下载此文档",
...         "marks": ["首页 > 范文", "下载此文档"], "speech": ["要抓好落实。"]}
>>> r = evaluate([page])
>>> r.marks_removed, r.marks, r.speech_removed
(2, 2, 0)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from corpusmine import config
from corpusmine.errors import CorpusInputError
from corpusmine.text.chrome_families import ISSUE_FAMILIES, mark_family
from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.lines import flatten_lines
from corpusmine.text.patterns import PLACEHOLDERS
from corpusmine.text.script import convert_script, simplified_view, traditional_share

__all__ = ["ChromeScore", "evaluate", "load_annotations", "main", "mark_deleted", "mark_removed", "speech_kept"]

#: Marks are split at these characters; a part of MIN_PART or more characters left means "not removed".
_SPLIT = re.compile(r"[\s,，。.:：;；!！?？()（）\[\]【】|｜/>»\-—·、“”\"']+")
MIN_PART = 4


def _norm(text: str) -> str:
    # 著 stays 著 in the character-level view but becomes 着 where a Traditional page is converted by phrase
    return re.sub(r"\s+", "", simplified_view(text)).replace("著", "着")


#: Anonymisation marks the cleaner rewrites (xx, ××, 20xx → 〔某〕) and the brackets a number's year leaves empty (川治〔20xx〕1号,
#: round 94): dropped on both sides before a speech sentence is looked for (a rewritten placeholder is no lost sentence).
_ANON = re.compile("|".join([re.escape(config.PLACEHOLDER)] + [rx.pattern for _, rx in PLACEHOLDERS]) + r"|[xX×*○□△■]")


def _anonymise(text: str) -> str:
    return _ANON.sub("", text).replace("〔〕", "")


#: A pinyin gloss in brackets after a character (農(nóng)); an annotator copies a glossed page's speech
#: sentences with their glosses, the cleaner removes them: dropped from the sentence before it is looked for.
_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,24} ?[)）]")   # a character's gloss or a word's; (huì ): a space inside too
_TONED = re.compile(r"[(（][a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]* ?[)）]")


#: emoji pictographs with their modifiers and joiners (an injected salt, round 75)
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
#: punctuation, left out when a sentence salted with it is looked for by its words
_PUNCT = re.compile(r"[,，、。.;；:：!！?？\"“”‘’'()（）《》〈〉「」『』【】\[\]…—\-·]")


def _unglossed(sentence: str, glossed: bool = False) -> str:
    if glossed:     # a glossed page: its toneless glosses (學(xue)) and broken ones (因?yàn)…, 部署??h) go too
        sentence = _GLOSS_DEBRIS.sub("", _TONELESS.sub("", sentence))
    return _GLOSS.sub("", sentence) if _TONED.search(sentence) else sentence


#: on a glossed page: a toneless gloss in brackets, and a gloss whose character was lost to '?' (?yàn), ??h)
_TONELESS = re.compile(r"[(（][a-zü]{1,6}[)）]")
_GLOSS_DEBRIS = re.compile(r"\?+[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}[)）]?")
#: a character followed by toneless glosses (學(xue)(xue)): thirty of them make a glossed page too
_GLOSSED_CHAR = re.compile(r"[\u4e00-\u9fff](?:[(（][a-zü]{1,6}[)）])+")
#: how many toned glosses make a page a glossed page
GLOSSED_PAGE = 3


def speech_kept(sentence: str, cleaned: str, *, glossed: bool = False) -> bool:
    r"""Whether a speech sentence is still in the cleaned text (placeholders and white space aside).

    Parameters
    ----------
    sentence : str
        A sentence of the speech as it appears in the page.
    cleaned : str
        The cleaned page.

    Examples
    --------
    >>> speech_kept("xx镇要抓好人居环境整治。", "同志们:\n〔某〕镇要抓好人居环境整治。")
    True
    >>> speech_kept("要抓好人居环境整治。", "同志们:\n要抓好落实。")
    False
    >>> speech_kept("組織收看推進視訊會議。", "组织收看推进视频会议。")  # the cleaner's phrase conversion (視訊→视频)
    True
    >>> speech_kept("要抓(zhuā)好农(nóng)村人居环境。", "要抓好农村人居环境。")  # a glossed page's sentence
    True
    >>> speech_kept("国内生产总值(gdp)要增长。", "国内生产总值要增长。")  # no toned gloss: brackets are text
    False
    >>> speech_kept("三年(nian)里,同(tong)學(xue)們刻苦學習。", "三年里,同学们刻苦学习。", glossed=True)  # a glossed page
    True
    >>> speech_kept("各乡镇要抓好,,秸秆禁烧,。", "各乡镇要抓好,秸秆禁烧。")  # an anti-copy page's salt removed
    True
    >>> speech_kept("要加强党员💪🏼、教育师生🤏🏿。", "要加强党员、教育师生。")      # an emoji salt removed
    True
    >>> speech_kept("根据《意见》(川治〔20xx〕1号)要求。", "根据《意见》(川治〔某〕1号)要求。")   # a number's year
    True
    """
    sentence = _unglossed(sentence, glossed)
    target = _anonymise(_norm(cleaned))
    if _anonymise(_norm(sentence)) in target:
        return True
    # an anti-copy page salts its sentences with punctuation (要抓,,好落实,。) that the cleaner removes: the
    # sentence is kept when its words are, in order
    words = _PUNCT.sub("", _anonymise(_norm(sentence)))
    if len(words) >= 4 and words in _PUNCT.sub("", target):
        return True
    # a page that salts its sentences with emoji (党员💪🏼、), which the cleaner removes: kept when its words are
    bare = _EMOJI.sub("", words)
    if bare != words and len(bare) >= 4 and bare in _PUNCT.sub("", target):
        return True
    # a Traditional sentence the cleaner converted phrase by phrase (視訊→视频, 專案→项目) is kept in other words
    return traditional_share(sentence) > 0 and _anonymise(_norm(convert_script(sentence, "tw2sp"))) in target


def mark_removed(mark: str, cleaned: str) -> bool:
    """Whether a chrome mark is gone from a cleaned text: neither it nor any of its longer parts is left.

    Parameters
    ----------
    mark : str
        One chrome occurrence as it appears in the page.
    cleaned : str
        The cleaned page.

    Examples
    --------
    >>> mark_removed("下载此文档", "同志们:\\n要抓好落实。")
    True
    >>> mark_removed("此处隐藏3200个字。VIP会员可见", "要抓好落实。\\n。VIP会员可见"), mark_removed("關閉視窗", "关闭窗口\\n主席:")
    (False, False)
    """
    out = _norm(cleaned)      # a Traditional mark is looked for as the cleaner's phrase conversion gives it too (視窗→窗口)
    for form in [mark] + ([convert_script(mark, "tw2sp")] if traditional_share(mark) > 0 else []):
        parts = [p for p in _SPLIT.split(simplified_view(form)) if len(p) >= MIN_PART]
        if _norm(form) in out or any(p.replace("著", "着") in out for p in parts):
            return False
    return True


def mark_deleted(mark: str, raw: str, audit_rows: Iterable[dict]) -> bool:
    """Whether the audit deleted every occurrence of a chrome mark in the page it was cleaned from.

    Parameters
    ----------
    mark : str
        One chrome occurrence as it appears in the page.
    raw : str
        The page as cleaned (the audit's spans index it).
    audit_rows : iterable of dict
        The cleaner's audit of ``raw`` (``start``, ``end``, ``replacement``; one text layer).

    Returns
    -------
    bool
        True when ``mark`` occurs in ``raw`` and each of its characters, at every occurrence, is
        white space or inside an edit whose replacement is white space or nothing.

    Examples
    --------
    >>> raw = "发布时间:2023-05-06\\n同志们:\\n2023-05-06是个好日子。"
    >>> rows = [{"start": 0, "end": 16, "replacement": ""}]
    >>> mark_deleted("发布时间:2023-05-06", raw, rows)   # the date stays in the speech: strict calls it left
    True
    >>> mark_removed("发布时间:2023-05-06", "同志们:\\n2023-05-06是个好日子。")
    False
    >>> mark_deleted("好日子", raw, rows)
    False
    """
    starts = []
    i = raw.find(mark) if mark else -1
    while i >= 0:
        starts.append(i)
        i = raw.find(mark, i + 1)
    if not starts:
        return False
    deleted = bytearray(len(raw))
    for row in audit_rows:
        if not (row["replacement"] or "").strip():
            deleted[row["start"]:row["end"]] = b"\x01" * (row["end"] - row["start"])
    return all(deleted[k] or raw[k].isspace() for s in starts for k in range(s, s + len(mark)))


@dataclass
class ChromeScore:
    """What :func:`evaluate` measured.

    Parameters
    ----------
    pages, marks, marks_removed, speech, speech_removed : int
        Counts over all pages.
    left : list of (str, str)
        ``(url, mark)`` of every mark not removed.
    families : dict of str to [int, int]
        Marks and marks removed per family (:func:`corpusmine.text.chrome_families.mark_family`).
    lost : list of (str, str)
        ``(url, sentence)`` of every speech sentence removed.
    marks_deleted : int or None
        Marks removed by the strict test or deleted by the audit (:func:`mark_deleted`); None when
        the cleaner measured gives no audit.
    deleted_left : list of (str, str)
        The marks of ``left`` that the audit shows deleted at every occurrence.

    Examples
    --------
    >>> s = ChromeScore(pages=1, marks=4, marks_removed=3, speech=2, speech_removed=0)
    >>> round(s.share_removed, 2), "同志们" not in str(s.left)
    (0.75, True)
    """

    pages: int
    marks: int
    marks_removed: int
    speech: int
    speech_removed: int
    left: list[tuple[str, str]] = field(default_factory=list)
    lost: list[tuple[str, str]] = field(default_factory=list)
    families: dict[str, list[int]] = field(default_factory=dict)
    marks_deleted: int | None = None
    deleted_left: list[tuple[str, str]] = field(default_factory=list)

    def family_table(self) -> list[tuple[str, int, int]]:
        """``(family, marks, removed)`` per mark family (:mod:`corpusmine.text.chrome_families`), most marks first.

        Examples
        --------
        >>> s = ChromeScore(1, 2, 1, 1, 0, families={"breadcrumb": [1, 1], "download_panel": [1, 0]})
        >>> s.family_table()   # 面包屑去掉了,下载面板还在
        [('breadcrumb', 1, 1), ('download_panel', 1, 0)]
        """
        return sorted(((f, n, r) for f, (n, r) in self.families.items()), key=lambda x: (-x[1], x[0]))

    def issue_families(self) -> tuple[int, int]:
        """``(removed, marks)`` over the families issue 13 names (:data:`~corpusmine.text.chrome_families.ISSUE_FAMILIES`).

        Examples
        --------
        >>> ChromeScore(1, 2, 1, 1, 0, families={"breadcrumb": [1, 1], "caption": [1, 0]}).issue_families()  # 图片说明不算
        (1, 1)
        """
        rows = [(n, r) for f, (n, r) in self.families.items() if f in ISSUE_FAMILIES]
        return sum(r for _, r in rows), sum(n for n, _ in rows)

    @property
    def share_removed(self) -> float:
        """Share of marks removed (1.0 when there are none)."""
        return self.marks_removed / self.marks if self.marks else 1.0

    def summary(self) -> str:
        """One line: pages, marks removed and speech sentences removed.

        Examples
        --------
        >>> ChromeScore(2, 10, 9, 5, 0).summary()  # 两页,十个噪声标记
        'pages 2  marks removed 9/10 = 90.0%  speech sentences removed 0/5'
        """
        return (
            f"pages {self.pages}  marks removed {self.marks_removed}/{self.marks} = {self.share_removed:.1%}  "
            f"speech sentences removed {self.speech_removed}/{self.speech}"
        )


def evaluate(pages: Iterable[dict], *, clean: Callable[[str], str] = clean_text, flatten: str | None = None,
             joiner: str = " ") -> ChromeScore:
    """Clean each annotated page and count the marks removed and the speech sentences removed.

    Parameters
    ----------
    pages : iterable of dict
        Each with ``url``, ``raw``, ``marks`` (list of str) and ``speech`` (list of str).
    clean : callable, default :func:`corpusmine.text.clean.clean_text`
        The cleaner measured.
    flatten : {None, "lines", "paragraphs"}
        Clean each page with its lines (or each paragraph's lines) joined by ``joiner`` into one line
        (:func:`corpusmine.text.lines.flatten_lines`), as scrapers that flatten HTML give it.

    Returns
    -------
    ChromeScore

    Examples
    --------
    >>> page = {"url": "u", "raw": "同志们:\\n要抓好落实。\\n请先登录", "marks": ["请先登录"], "speech": ["要抓好落实。"]}
    >>> evaluate([page]).summary()
    'pages 1  marks removed 1/1 = 100.0%  speech sentences removed 0/1'
    >>> evaluate([page], clean=lambda t: t).marks_removed   # 不清洗则一个也去不掉
    0
    >>> evaluate([page], flatten="lines").summary()         # 同志们: 要抓好落实。 请先登录 (one line)
    'pages 1  marks removed 1/1 = 100.0%  speech sentences removed 0/1'
    """
    n_pages = n_marks = n_removed = n_speech = n_deleted = 0
    audited = clean is clean_text
    left: list[tuple[str, str]] = []
    audit_only: list[tuple[str, str]] = []
    lost: list[tuple[str, str]] = []
    families: dict[str, list[int]] = {}
    for page in pages:
        n_pages += 1
        url = page.get("url", "")
        raw = page["raw"] if flatten is None else flatten_lines(page["raw"], flatten, joiner)
        if audited:
            doc = clean_document(raw)
            cleaned, rows = doc.text, ([] if doc.html else doc.audit_rows)  # an HTML page's text layer indexes the extract
        else:
            cleaned, rows = clean(raw), []
        for mark in page.get("marks", []):
            fam = families.setdefault(mark_family(mark), [0, 0])
            gone = int(mark_removed(mark, cleaned))
            n_marks, n_removed, fam[0], fam[1] = n_marks + 1, n_removed + gone, fam[0] + 1, fam[1] + gone
            by_audit = not gone and bool(rows) and mark_deleted(mark, raw, rows)
            n_deleted += gone or by_audit
            if not gone:
                left.append((url, mark))
                if by_audit:
                    audit_only.append((url, mark))
        speech = page.get("speech", [])
        n_speech += len(speech)
        glossed = len(_TONED.findall(raw)) >= GLOSSED_PAGE or len(_GLOSSED_CHAR.findall(raw)) >= 10 * GLOSSED_PAGE
        marks = page.get("marks", [])
        # kept with the marks inside it taken out, or with them left in (the marks then count as left, round 86)
        lost.extend((url, sentence) for sentence in speech
                    if not speech_kept(_unmarked(sentence, marks), cleaned, glossed=glossed)
                    and not speech_kept(sentence, cleaned, glossed=glossed))
    return ChromeScore(n_pages, n_marks, n_removed, n_speech, len(lost), left, lost, families,
                       n_deleted if audited else None, audit_only)


def _unmarked(sentence: str, marks: list[str]) -> str:
    """A speech sentence without the marks annotated inside it (a brand a hijacked page injected into the sentence).

    Examples
    --------
    >>> _unmarked("从今天起,某某网页版-某某(中国)要进行最后的冲刺。", ["某某网页版-某某(中国)", "返回顶部"])
    '从今天起,要进行最后的冲刺。'
    >>> _unmarked("从1921年到现在。", ["1"])          # a page number's digits are no injected text: round 85
    '从1921年到现在。'
    >>> _unmarked("安全工作某发K8ღ◈,强调红线ღ◈。", ["ღ◈", "某发K8ღ◈"])   # the longest mark first (round 275k)
    '安全工作,强调红线。'
    """
    for mark in sorted(marks, key=len, reverse=True):
        if mark.strip() and not mark.strip().isdigit() and len(mark) < len(sentence) and mark in sentence:
            sentence = sentence.replace(mark, "")
    return sentence


def load_annotations(path: Path | str) -> list[dict]:
    """Read annotated pages, one JSON object per line; errors name the file and the line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "pages.jsonl")
    ...     _ = p.write_text('{"url": "u", "raw": "同志们:", "marks": [], "speech": ["同志们:"]}\\n', encoding="utf-8")
    ...     load_annotations(p)[0]["speech"]
    ['同志们:']
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "pages.jsonl")
    ...     _ = p.write_text('{"url": "u", "marks": []}\\n', encoding="utf-8")
    ...     load_annotations(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    corpusmine.errors.CorpusInputError: ...pages.jsonl: line 1: missing 'raw' (the page text)
    """
    path = Path(path)
    pages = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                page = json.loads(line)
            except json.JSONDecodeError as e:
                raise CorpusInputError(path, f"line {i}: not a JSON object ({e.msg})") from None
            if not isinstance(page, dict):
                raise CorpusInputError(path, f"line {i}: not a JSON object")
            if not isinstance(page.get("raw"), str):
                raise CorpusInputError(path, f"line {i}: missing 'raw' (the page text)")
            for key in ("marks", "speech"):
                if not isinstance(page.get(key, []), list):
                    raise CorpusInputError(path, f"line {i}: '{key}' must be a list of strings")
            pages.append(page)
    return pages


def main(argv: list[str] | None = None) -> int:
    """Command line: print the score of annotated pages and the marks left.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "pages.jsonl")
    ...     _ = p.write_text('{"url": "u", "raw": "同志们:\\\\n要抓好落实。\\\\n下载此文档", '
    ...                      '"marks": ["下载此文档"], "speech": ["要抓好落实。"]}\\n', encoding="utf-8")
    ...     main([str(p)])
    pages 1  marks removed 1/1 = 100.0%  speech sentences removed 0/1
    marks removed or deleted by the audit: 1/1 = 100.0%
    0
    """
    ap = argparse.ArgumentParser(prog="python -m corpusmine.text.chrome_eval", description=__doc__.split("\n")[0])
    ap.add_argument("annotations", type=Path, help="JSON lines: url, raw, marks, speech")
    ap.add_argument("--show-left", action="store_true", help="list the marks not removed")
    ap.add_argument("--by-family", action="store_true", help="marks removed per family (* = a family issue 13 names)")
    ap.add_argument("--flatten", choices=("lines", "paragraphs"), help="clean each page with its lines joined into one")
    ap.add_argument("--joiner", default=" ", help="put between joined lines (default: a space)")
    args = ap.parse_args(argv)
    try:
        score = evaluate(load_annotations(args.annotations), flatten=args.flatten, joiner=args.joiner)
    except (OSError, CorpusInputError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(score.summary())
    if score.marks_deleted is not None and score.marks:
        print(f"marks removed or deleted by the audit: {score.marks_deleted}/{score.marks} = "
              f"{score.marks_deleted / score.marks:.1%}")
    if args.by_family:
        removed, marks = score.issue_families()
        print(f"families the issue names: {removed}/{marks}" + (f" = {removed / marks:.1%}" if marks else ""))
        for fam, n, r in score.family_table():
            print(f"  {fam:<22}{r:>5}/{n:<5}{'*' if fam in ISSUE_FAMILIES else ''}")
    for url, sentence in score.lost:
        print(f"speech removed: {url}: {sentence}")
    if args.show_left:
        deleted = set(score.deleted_left)
        for url, mark in score.left:
            print(f"left{' (deleted by the audit)' if (url, mark) in deleted else ''}: {url}: {mark}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
