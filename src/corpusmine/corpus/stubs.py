"""Stubs, redirects and disambiguation pages: very short records that are links or titles, not texts.

A corpus scraped from a wiki or a site's index catches pages that are not
speeches at all: a Wikisource disambiguation page ("中共十九大报告可以指：" and a
list of titles), a redirect ("重定向 …"), a page holding only a title.  Read as
documents they become whole groups with keyness tables of their own.
:func:`stub_reason` recognises them; :func:`corpusmine.corpus.read.read_corpus`
keeps such a record in every table (nothing is dropped) but sets its
``include`` to False and its ``excluded_reason`` to the reason, so that
:func:`corpusmine.features.documents` leaves it out of statistics, and warns
once listing them.

The thresholds and why:

* :data:`STUB_MAX_CHARS` (200 characters of cleaned text): a stub is *short*.
  The shortest real speeches of the seed corpus and of the Government Work
  Reports run to thousands of characters; a 200-character page is a
  paragraph at most.  Longer records are never flagged, whatever they look like.
* :data:`LIST_SHARE` (60 % of the lines) and no sentence: a stub is *mostly
  links or titles*.  A list line is a line of at most
  :data:`LIST_LINE_MAX_CHARS` (40) characters that does not end a sentence
  (no 。！？；…), or that starts with a list marker (``*``, ``-``, ``·``,
  ``•``).  A short speech can have as many heading lines as sentences
  (同志们： / 一、抓好春耕生产 / one sentence), so a record with any full stop,
  question or exclamation mark is not a title or list page.
* a redirect (``#REDIRECT``, ``重定向``) or a disambiguation phrase followed by
  a colon (``可以指：``, ``可能指：``, ``may refer to:``, Wikisource's versions
  page ``的版本包括：``) marks a short record
  as a stub whatever its list share (the phrase without the colon, as in
  "可以指导", is ordinary language).

Examples
--------
>>> stub_reason("中共八大可以指：\\n中国共产党第八次全国代表大会\\n八大政治报告")
'stub (disambiguation page): 30 characters, 100% list lines'
>>> stub_reason("同志们：\\n今天召开全县春耕生产动员大会。\\n要抓好春耕生产，确保粮食安全。") is None
True
"""

from __future__ import annotations

import re

__all__ = ["LIST_LINE_MAX_CHARS", "LIST_SHARE", "STUB_MAX_CHARS", "list_line_share", "stub_reason"]

#: Records with at least this many characters (after cleaning) are never stubs.
STUB_MAX_CHARS = 200
#: Share of list lines (titles, links, list items) from which a short record is a stub.
LIST_SHARE = 0.6
#: A line longer than this is text, not a title or a link.
LIST_LINE_MAX_CHARS = 40

_SENTENCE_END = tuple("。！？；!?;…")
_CLOSERS = "”’」』）)】》\"' \t"
_LIST_MARK = re.compile(r"^\s*(?:[*\-·•●◆▪]|\d+[.、．)]\s)")
_REDIRECT = re.compile(r"#\s*(?:redirect|重定向)|^\s*重定向|重新導向|重定向(?:到|至)", re.IGNORECASE | re.MULTILINE)
_DISAMBIGUATION = re.compile(r"(?:可以|可能|亦可|也可)?(?:是)?指\s*[:：]|may refer to\s*:|消歧[义義]|"
                             r"的版本包括\s*[:：]|的版本有\s*[:：]", re.IGNORECASE)


def list_line_share(text: str) -> float:
    """Share of the non-blank lines of ``text`` that are titles, links or list items, not sentences.

    Parameters
    ----------
    text : str

    Returns
    -------
    float
        In [0, 1]; 0 for a text without a non-blank line.

    Examples
    --------
    >>> list_line_share("同志们：\\n要抓好春耕生产。")      # the salutation is one line in two
    0.5
    >>> list_line_share("十九大报告\\n* 决胜全面建成小康社会")
    1.0
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return 0.0

    def is_list(line: str) -> bool:
        if _LIST_MARK.match(line):
            return True
        return len(line) <= LIST_LINE_MAX_CHARS and not line.rstrip(_CLOSERS).endswith(_SENTENCE_END)

    return sum(map(is_list, lines)) / len(lines)


def stub_reason(text: str) -> str | None:
    """Why a record is a stub, redirect or disambiguation page, or None for a real text.

    Parameters
    ----------
    text : str
        The cleaned text of the record (one paragraph per line).

    Returns
    -------
    str or None
        E.g. ``"stub (redirect): 12 characters, 100% list lines"``; the kind is
        ``redirect``, ``disambiguation page`` or ``title or list page``.

    Examples
    --------
    >>> stub_reason("重定向 中国共产党第十九次全国代表大会报告")
    'stub (redirect): 21 characters, 100% list lines'
    >>> stub_reason("中国共产党第十九次全国代表大会报告")
    'stub (title or list page): 17 characters, 100% list lines'
    >>> stub_reason("要扎实推进创文工作，可以指导群众参与测评。") is None     # 可以指 without a colon is language
    True
    """
    n = len(text)
    if n >= STUB_MAX_CHARS or not text.strip():
        return None
    share = list_line_share(text)
    if _REDIRECT.search(text):
        kind = "redirect"
    elif _DISAMBIGUATION.search(text):
        kind = "disambiguation page"
    elif share >= LIST_SHARE and not any(ch in text for ch in "。！？!?"):
        kind = "title or list page"
    else:
        return None
    return f"stub ({kind}): {n} characters, {round(100 * share)}% list lines"
