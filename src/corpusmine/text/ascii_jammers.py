"""ASCII junk an anti-copy script strews through a forum's or a mirror's copy of a speech (session w, round 79).

Forums and mirror sites defend their copies against scrapers by strewing strings of random ASCII through the text.
Held-out round 79 had two such pages of 49, with 27 marks between them.  Two families, each taken only on a page that
shows it often, so a speech's own code, formula or English word stays:

* **jammer runs** (rule ``anti_copy``): five or more ASCII tokens of one or two characters, each separated by one
  space, at least :data:`MIN_PUNCT_TOKENS` of them holding a mark of the junk's alphabet (not the . , / - : of
  sizes, times and IDs: ``# f6 X* M2 `- l``), as a forum's anti-scraping filter writes them; the forum's address or name glued to the run (``lwww.example.com``,
  ``某某论坛``) goes with it.  Taken on a page with :data:`MIN_RUNS` runs or more.
* **junk tails** (rule ``anti_copy``): a string of four to twelve ASCII characters (one space inside at most) that
  mixes letters or digits with punctuation, after a sentence's or a clause's end at a line's end (``……的初吻。
  tF@z@C``), and such a string alone on its line; a web address, an e-mail address, a number or a percentage is no
  junk.  Taken on a page with :data:`MIN_TAILS` tails or more.
* **document codes** (rule ``anti_copy``, round 189k): a run of 12 to 40 letters and digits that switches between
  letters and digits at least four times, with both cases or hexadecimal letters, glued between Chinese characters or
  alone on its line (…加快设施蔬菜发展G708F3E5k9981B46今年全县…), as a document library stamps its copies; a web
  address, a file name or a standard's number (GB/T 50378-2019) has marks around it and is no code.
* **advert slots' calls** (rule ``leaked_script``, round 259k): an identifier with an underscore and a digit closed by
  ``;`` (``ad680_1;``, ``show_ad_2();``), opening a line or after a sentence's end, before Chinese text, as a page's
  script leaves its advert slot in the text: no word of a speech is written so.
* **stray letters** (rule ``anti_copy``, round 161k): one lowercase letter between a closing title mark or quote and a
  clause's end (《关于开展某某活动的通知》m,), on any page: no word of a speech stands there.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = ("甲:春天来了,湖边的柳树发了芽。 tF@z@C\\n乙:安全像这湖边的柳树,把根深埋在地下。 b)h!q2\\n"
...         "甲:安全意味着效益, #7(.gn6UG\\n乙:安全达标率要达到95%。")
>>> st = CleaningState(page)
>>> ascii_jammers(st)
>>> st.doc.output
'甲:春天来了,湖边的柳树发了芽。\\n乙:安全像这湖边的柳树,把根深埋在地下。\\n甲:安全意味着效益,\\n乙:安全达标率要达到95%。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState

__all__ = ["MIN_PUNCT_TOKENS", "MIN_RUNS", "MIN_TAILS", "ascii_jammers", "is_doc_code"]

#: jammer runs a page needs before any goes
MIN_RUNS = 2
#: tokens of a run that hold a punctuation mark
MIN_PUNCT_TOKENS = 3
#: junk tails a page needs before any goes
MIN_TAILS = 3

#: a run of one- or two-character ASCII tokens, each followed by one space (the last one's space may be missing)
_RUN = re.compile(r"(?<![!-~])(?:[!-~]{1,2} ){4,}[!-~]{1,2}(?![!-~])")
#: what a run drags along on its line: a short token, an address, a comma list of the forum's keywords, or the
#: forum's name in Chinese (某某论坛), glued to the run or one space away
_GLUE = re.compile(r"[!-~]{1,4}|[!-~]*(?:www\d?\.|\.com|\.net|\.org|\.cn|,)[!-~]*"
                   r"|[!-~]?[\u4e00-\u9fff]{2,8}(?:论坛|論壇|网|網|社区|社區)[!-~]*")
#: a junk string after a sentence's or a clause's end at a line's end, or alone on its line
_TAIL = re.compile(r"(?:(?<=[。！？!?；;，,:：》」”)）])|^)[ \t\u3000]*(?P<junk>[!-~]{2,12}(?: [!-~]{1,6})?)[ \t\u3000]*$", re.M)
_LOOSE_TAIL = re.compile(r"(?:(?<=[\u4e00-\u9fff])[ \t\u3000]+|(?<=[。！？!?；;，,:：》」”)）])[ \t\u3000]*)"
                         r"(?P<junk>[!-~]{2,12}(?: [!-~]{1,6}){0,2})[ \t\u3000]*$", re.M)
#: the punctuation of an anti-copy alphabet: not the . / - : , of sizes, times, page counts and IDs
_LETTER_DIGIT = re.compile(r"[A-Za-z][0-9]|[0-9][A-Za-z]")
_RARE_PUNCT = re.compile(r"[!\"#$%&'()*+;<=>?@\[\\\]^_`{|}~]")
#: no junk: an address, an e-mail, a number, a percentage, a bracketed number, a closing mark alone
_NOT_JUNK = re.compile(r"^(?:https?://|www\.|[\w.\-]+@[\w\-]+\.[A-Za-z]{2,6}$|[\w\-]+(?:\.[A-Za-z]{2,6})+/?$"
                       r"|[\d.,%+\-]+$|[(\[]?\d{1,3}[)\]]?$|\.{2,}$)")


_GLUE_AFTER = re.compile(r" ?(?:" + _GLUE.pattern + r")(?=[ \n]|$|[\u4e00-\u9fff])")
#: a lowercase letter strewn after a closing mark, before a clause's end (《某某通知》m,; round 161k); x is a speech's own
#: placeholder (第x届)
_STRAY_LETTER = re.compile(r"(?<=[》」』”])[a-wyz](?=[,，。、;；])")
#: a document library's code: 12-40 letters and digits, glued between Chinese characters or a line's ends
#: an advert slot's call (ad680_1;) before Chinese text, opening a line or after a sentence's end
_AD_CALL = re.compile(r"(?:^|(?<=[。！？!?；;]))[ \t\u3000]*(?=[A-Za-z_]*\d)[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*(?:\(\))?;"
                      r"(?=[ \t\u3000]*(?:[\u4e00-\u9fff“]|$))", re.M)
_DOC_CODE = re.compile(r"(?:(?<=[\u4e00-\u9fff])|^)[A-Za-z0-9]{12,40}(?=[\u4e00-\u9fff]|$)", re.M)
#: a forum's name glued before a token
_FORUM_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:论坛|論壇|网|網|社区|社區)$")


def _token_before(view: str, k: int) -> int:
    """Where the token ending at ``k`` starts: its ASCII characters, and a forum's name glued before them (某某论坛5)."""
    j = k
    while j > 0 and "!" <= view[j - 1] <= "~":
        j -= 1
    name = _FORUM_NAME.search(view, max(0, j - 10), j)
    return name.start() if name else j


def _with_glue(view: str, a: int, b: int) -> tuple[int, int]:
    """The run ``view[a:b]`` widened over the glue on each side (see :data:`_GLUE`), a sentence's own end kept."""
    while m := _GLUE_AFTER.match(view, b):          # rightwards: [space] glue, up to a space, a line's end or Chinese
        if m.end() == b:
            break
        b = m.end()
    name = _FORUM_NAME.search(view, max(0, a - 10), a)
    if name:                                        # the forum's name glued before the run (某某论坛5 w3 …)
        return name.start(), b
    while a > 1 and view[a - 1] == " ":             # leftwards: glue and a space, one token at a time
        j = _token_before(view, a - 1)
        if j == a - 1 or not _GLUE.fullmatch(view[j:a - 1]):
            break
        a = j
        if _FORUM_NAME.match(view, a):
            break
    if view[a] in "!?.,;:" and a > 0 and "\u4e00" <= view[a - 1] <= "\u9fff":
        a += 1                                      # 大快人心! ( ~# x- …: the sentence's own mark stays
    while a > 0 and view[a - 1] in " \t":             # the white space before it
        a -= 1
    return a, b


def _is_junk(token: str, *, alone: bool) -> bool:
    if _NOT_JUNK.match(token) or not re.search(r"[A-Za-z]", token):
        return False
    if _RARE_PUNCT.search(token):       # a mark no size, time, page count or ID holds (24.92 KB, 1/15, U-2074 are none)
        return len(token) >= (2 if alone else 4)
    # alone on its line, upper and lower case mixed with digits (VZPJI7o) are junk too; a word or an ID is not
    return alone and len(token) >= 4 and all(re.search(c, token) for c in (r"[A-Z]", r"[a-z]", r"\d"))


def is_doc_code(token: str) -> bool:
    """Whether ``token`` (letters and digits only) is a document library's code, not a word, a model or an ID.

    Examples
    --------
    >>> is_doc_code("G708F3E5k9981B46"), is_doc_code("e61b6a1850e79b8968")
    (True, True)
    >>> is_doc_code("ISO9001"), is_doc_code("COVID19"), is_doc_code("110101199003071234")   # 标准、病名、证件号
    (False, False, False)
    """
    if not 12 <= len(token) <= 40 or len(re.findall(r"\d", token)) < 3 or len(re.findall(r"[A-Za-z]", token)) < 3:
        return False
    if len(re.findall(r"(?<=[A-Za-z])\d|(?<=\d)[A-Za-z]", token)) < 4:
        return False
    mixed_case = bool(re.search(r"[a-z]", token)) and bool(re.search(r"[A-Z]", token))
    return mixed_case or bool(re.fullmatch(r"[0-9a-f]+|[0-9A-F]+", token))


def _junk_tokens(run: str, *, letter_digit: bool = False) -> int:
    """How many of a run's tokens hold a mark of the junk's alphabet (or, with ``letter_digit``, pair a letter and a digit)."""
    return sum(bool(_RARE_PUNCT.search(t) or letter_digit and _LETTER_DIGIT.fullmatch(t)) for t in run.split(" "))


def ascii_jammers(st: CleaningState) -> None:
    """Delete an anti-copy script's ASCII junk (see the module's docstring).

    Parameters
    ----------
    st : CleaningState
        The page being cleaned; the junk goes with rule ``anti_copy``.

    Examples
    --------
    >>> from corpusmine.text.cleaning_state import CleaningState
    >>> line = "各位来宾,欢迎光临。 # f6 X* M2 `- lwww.example.com ^+ j. %6 &! J3 w8 u+ w"
    >>> st = CleaningState(line + "\\n今天我们隆重集会。 ( ~# x- ]8 ], Y' n( b; J某某论坛/ z. V3 N; o& Q5 A5 y")
    >>> ascii_jammers(st)
    >>> st.doc.output
    '各位来宾,欢迎光临。\\n今天我们隆重集会。'
    """
    st.delete_matches(_STRAY_LETTER, "anti_copy")
    if "_" in st.doc.output:
        st.delete_matches(_AD_CALL, "leaked_script")
    _, view = st.view()
    codes = [(m.start(), m.end()) for m in _DOC_CODE.finditer(view) if is_doc_code(m.group())]
    if codes:
        st.doc.delete_many(codes, "anti_copy")
        _, view = st.view()
    if not _RARE_PUNCT.search(view):        # both families hold a mark of the junk's alphabet
        return
    spans: list[tuple[int, int]] = []
    runs = list(_RUN.finditer(view))
    if sum(_junk_tokens(m.group()) >= MIN_PUNCT_TOKENS for m in runs) >= MIN_RUNS:
        # on such a page, a run of letter-digit pairs with fewer marks goes too (q; W2 k7 d9 a4 n同志们:; round 231k)
        spans.extend(_with_glue(view, m.start(), m.end()) for m in runs
                     if _junk_tokens(m.group(), letter_digit=True) >= MIN_PUNCT_TOKENS)
    tails = []
    for m in _TAIL.finditer(view):
        junk = m.group("junk")
        alone = m.start() == 0 or view[m.start() - 1] == "\n"
        if _is_junk(junk, alone=alone) and not any(a <= m.start("junk") < b for a, b in spans):
            tails.append((m.start(), m.end()) if not alone else (m.start("junk"), m.end("junk")))
    if len(tails) >= MIN_TAILS:
        spans.extend(tails)
        # on a page so strewn, a tail after a heading's word and a blank, or with two blanks inside, goes too
        # (…的书 d1&RK2, …的地方。Z' cQ< f; round 252k)
        taken = {b for _a, b in spans}
        spans.extend((m.start(), m.end()) for m in _LOOSE_TAIL.finditer(view)
                     if m.end() not in taken and _is_junk(m.group("junk"), alone=False))
    st.doc.delete_many(sorted(set(spans)), "anti_copy")
