"""Images a scraper wrote into the text: Markdown images, data URLs, image tags and file names (rule ``html_leftover``).

A page saved as Markdown or as text by a reader tool keeps each picture as a
reference: a Markdown image (an exclamation mark, the alt text in square
brackets, the address in round ones), an inline data URL with its alt text
(``data:image/png;base64,…``, or a proxy's ``data:image/s3,"s3://…" alt="…"``),
an ``<image>`` wrapper, or the picture's file name or address alone on a line
(``营商环境.jpg``, ``http://…/123.png``).  None of them is speech, wherever it
stands: each goes whole, with the bars or spaces that followed it on its line.
The alt text goes with its image (an alt text is a caption at most).

A sentence that names a format (要把照片存成jpg格式上报。) stays: a file name
counts only alone on its line, and a data URL only with its ``data:image/``
prefix.

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = "要抓好落实。\\n<image>data:image/png;base64,iVBORw0KGgo=</image>\\n会场.jpg\\n要久久为功。"
>>> st = CleaningState(page)
>>> image_refs(st)
>>> st.doc.output
'要抓好落实。\\n\\n\\n要久久为功。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState

__all__ = ["image_ref_spans", "image_refs"]

_BANG = "!"
#: a Markdown image: alt text in square brackets, the address (and an optional title) in round ones
_MD_IMAGE = re.compile(_BANG + r"\[[^\]\n]{0,200}\]\([^)\n]{0,4000}\)[ \t|｜]*")
#: an inline data URL and the alt text a proxy writes after it
_DATA_URL = re.compile(r'data:image/[\w.+-]{1,20}[;,]"?[^\s"<>]{0,200000}"?(?:[ \t\n]+alt="[^"\n]{0,200}")?[ \t|｜]*')   # alt on the next line: a flattened page split
_IMAGE_TAG = re.compile(r"</?image\b[^<>\n]{0,300}>", re.I)
#: an image's file name or address alone on a line; a file name may hold single spaces (某日 召开某某会议_副本.jpg)
_IMAGE_FILE = re.compile(r"(?im)^[ \t]*(?:https?://)?[^\s。，,；;！!？?]{1,300}(?: [^\s。，,；;！!？?]{1,300}){0,3}\.(?:jpe?g|png|gif|webp|bmp|tiff?)"
                         r"(?:\?[^\s]{0,200})?[ \t]*$")


def image_ref_spans(view: str) -> list[tuple[int, int]]:
    """Spans of the image references on a page (see the module docstring).

    Parameters
    ----------
    view : str
        The page (Simplified view).

    Returns
    -------
    list of (int, int)
        Start and end of each reference, in page order; overlapping ones are merged.

    Examples
    --------
    >>> page = "会场.png\\n要把照片存成jpg格式上报。"
    >>> [page[s:e] for s, e in image_ref_spans(page)]
    ['会场.png']
    >>> image_ref_spans("11月30日 召开某某工作会_副本.jpg")   # 文件名里有空格
    [(0, 21)]
    >>> image_ref_spans("图片.jpg格式的材料要在周五前报送。")   # 句中的文件名不动
    []
    """
    spans: list[tuple[int, int]] = []
    low = view.lower()
    if _BANG + "[" in view:
        spans += [m.span() for m in _MD_IMAGE.finditer(view)]
    if "data:image/" in view:
        spans += [m.span() for m in _DATA_URL.finditer(view)]
    if "image" in low:
        spans += [m.span() for m in _IMAGE_TAG.finditer(view)]
    if any(f".{x}" in low for x in ("jpg", "jpeg", "png", "gif", "webp", "bmp", "tif")):
        spans += [m.span() for m in _IMAGE_FILE.finditer(view) if m.end() > m.start()]
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def image_refs(st: CleaningState) -> None:
    """Delete the image references of a page (rule ``html_leftover``).

    Examples
    --------
    >>> st = CleaningState("同志们:\\n</image>要抓好落实。")
    >>> image_refs(st)
    >>> st.doc.output
    '同志们:\\n要抓好落实。'
    """
    _, view = st.view()
    spans = image_ref_spans(view)
    if spans:
        st.doc.delete_many(spans, "html_leftover")
