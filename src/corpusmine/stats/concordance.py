"""Keyword in context (KWIC) over Chinese text, on characters: no segmentation needed.

Examples
--------
>>> print(format_kwic(kwic(["创文工作要常态长效,创文成果要巩固"], "创文", window=4)))
　　　　【创文】工作要常
态长效,【创文】成果要巩
"""

from __future__ import annotations

import re

import pandas as pd

from corpusmine.features import as_documents

__all__ = ["kwic", "format_kwic"]

# --------------------------------------------------------------------------
# keyword in context
# --------------------------------------------------------------------------


def kwic(docs_or_texts, term: str, *, window: int = 20, by: str | None = None, max_lines: int | None = None,
         regex: bool = False) -> pd.DataFrame:
    """Keyword-in-context lines for any string, on characters (no segmentation).

    Because the match is on characters, it works for a word, a phrase, a
    formula or part of a word (``创文`` also finds 创文办); the placeholder
    〔某〕 is shown as it stands in the text.  Context never crosses a document:
    with paragraph-level documents it stays within the paragraph.

    Parameters
    ----------
    docs_or_texts : Corpus, DataFrame or list of str
        A Corpus is read as the paragraphs of its included speeches, every
        section campaign (``other`` too) in ``group``, near-copies of
        earlier paragraphs dropped (pass ``features.documents(corpus,
        "paragraph", groups=None, drop_duplicates=False)`` to see them).
    term : str
        The string (or, with ``regex=True``, the regular expression) to find.
    window : int, default 20
        Characters of context on each side.
    by : str, optional
        Column of a DataFrame to show as ``group`` (default: its ``group``
        column when there is one).
    max_lines : int, optional
        Keep the first ``max_lines`` lines.
    regex : bool, default False

    Returns
    -------
    DataFrame
        ``doc_id, speech_id, group``; ``offset`` (character offset of the
        match in the document's text); ``left``, ``keyword``, ``right``
        (line breaks shown as spaces).  In document order, then by offset;
        non-overlapping matches.

    Examples
    --------
    >>> kwic(["〔某〕县创文工作推进会,创文办要抓落实"], "创文", window=4)[["left", "keyword", "right"]].values.tolist()
    [['〔某〕县', '创文', '工作推进'], ['推进会,', '创文', '办要抓落']]
    """
    if not term:
        raise ValueError("term must be a non-empty string")
    d = as_documents(docs_or_texts, "group" if by is None else by)
    rx = re.compile(term if regex else re.escape(term))
    rows = []
    for r in d.itertuples(index=False):
        for m in rx.finditer(r.text):
            if m.end() == m.start():
                continue
            rows.append({"doc_id": r.doc_id, "speech_id": r.speech_id, "group": r.group, "offset": m.start(),
                         "left": r.text[max(0, m.start() - window):m.start()].replace("\n", " "),
                         "keyword": m.group(0),
                         "right": r.text[m.end():m.end() + window].replace("\n", " ")})
            if max_lines is not None and len(rows) >= max_lines:
                break
        if max_lines is not None and len(rows) >= max_lines:
            break
    return pd.DataFrame(rows, columns=["doc_id", "speech_id", "group", "offset", "left", "keyword", "right"])


def format_kwic(lines: pd.DataFrame, *, width: int | None = None, show_ids: bool = False) -> str:
    """Render :func:`kwic` lines as aligned text (left context right-aligned).

    Chinese characters are full-width, so the padding is the ideographic
    space U+3000 and the keyword column lines up in a CJK font.

    Parameters
    ----------
    lines : DataFrame
        From :func:`kwic`.
    width : int, optional
        Width of the left column; default the longest left context.
    show_ids : bool
        Start each line with its ``speech_id`` (or ``doc_id``) so a reader can
        see which speech it comes from.

    Returns
    -------
    str

    Examples
    --------
    >>> print(format_kwic(kwic(["抓好五清,落实五清"], "五清", window=3)))
    　抓好【五清】,落实
    ,落实【五清】
    """
    if lines.empty:
        return ""
    w = width if width is not None else max(len(x) for x in lines["left"])
    key = "keyword" if "keyword" in lines.columns else "match"  # rhetoric_concordance says "match"
    body = [f"{left.rjust(w, chr(0x3000))}【{kw}】{right}"
            for left, kw, right in zip(lines["left"], lines[key], lines["right"])]
    if show_ids:
        col = "speech_id" if "speech_id" in lines.columns else "doc_id"
        ids = [str(x) for x in lines[col]]
        iw = max(len(x) for x in ids)
        body = [f"{i.ljust(iw)}  {b}" for i, b in zip(ids, body)]
    return "\n".join(body)
