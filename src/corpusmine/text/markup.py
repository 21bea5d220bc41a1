"""HTML pages to text: the extraction layer of the cleaner, audited like the text rules.

Block-level tags become line breaks; scripts, styles, comments and other tags
are removed; entities are decoded.  Every change is an :class:`~corpusmine.text.edits.Edit`
(audit layer ``"html"``), so the page can be rebuilt from the extracted text.

Examples
--------
>>> extract_html("<p>同志们:</p>")[0]
'\\n同志们:\\n'
"""

from __future__ import annotations

import html
import re

from corpusmine.text.edits import Edit, EditedText

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "header",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "title", "blockquote", "pre", "dd", "dt", "nav",
    "aside", "form", "hr", "body", "head", "html",
}
_HTML_TOKEN = re.compile(
    r"(?P<drop><(?P<dt>script|style|noscript|template)\b[^>]*>.*?</(?P=dt)\s*>)|"
    r"(?P<comment><!--.*?-->)|(?P<decl><![^>]*>)|"
    r"(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)|"
    r"(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    re.S | re.I,
)


def extract_html(text: str) -> tuple[str, list[Edit]]:
    """Strip markup from an HTML page, returning the text and the audited edits.

    Block-level tags become line breaks; scripts, styles, comments and other
    tags are removed; entities are decoded.

    Parameters
    ----------
    text : str
        The page's HTML source.

    Returns
    -------
    text : str
        The extracted text (the input of the text rules).
    edits : list of Edit
        One edit per tag, script/style block, comment or entity, with rule
        ``html_markup``, ``html_script_style`` or ``html_entity``.

    Examples
    --------
    >>> text, edits = extract_html("<p>同志们:</p><p>要抓实抓细&nbsp;抓出成效。</p>")
    >>> text
    '\\n同志们:\\n\\n要抓实抓细\\xa0抓出成效。\\n'
    >>> sorted({e.rule for e in edits})
    ['html_entity', 'html_markup']
    """
    doc = EditedText(text)
    edits = []
    for m in _HTML_TOKEN.finditer(text):
        if m.group("drop"):
            edits.append(Edit(m.start(), m.end(), "html_script_style", ""))
        elif m.group("comment") or m.group("decl"):
            edits.append(Edit(m.start(), m.end(), "html_markup", ""))
        elif m.group("tag"):
            name = m.group("name").lower()
            edits.append(Edit(m.start(), m.end(), "html_markup", "\n" if name in _BLOCK_TAGS else ""))
        else:
            edits.append(Edit(m.start(), m.end(), "html_entity", html.unescape(m.group("entity"))))
    doc.insert(edits)
    return doc.output, doc.edits


# ---------------------------------------------------------------------------
