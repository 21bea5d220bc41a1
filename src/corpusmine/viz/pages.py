"""What the exploration pages share: templates, safe embedding of data, page assembly and atomic writes.

The HTML, CSS and JavaScript of the pages live as package data in
``corpusmine/viz/templates/`` and are read with :mod:`importlib.resources`, so
they ship in the wheel and can be read and edited as what they are.  Data
reach a page only in two ways: escaped HTML text (:func:`html.escape`) or a
JSON island (:func:`json_script`) that the page's script reads with
``JSON.parse`` and puts into the document with ``textContent``; never as
markup.

Examples
--------
>>> from corpusmine.viz import pages
>>> "<script>" in pages.json_script({"term": "创文<script>"}, "d")[40:]
False
"""

from __future__ import annotations

import html
import json
import math
import os
import secrets
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import numpy as np

from corpusmine import config
from corpusmine.viz.palette import group_color, group_label
from corpusmine.viz.save import confined_path

__all__ = [
    "FONT_STACK",
    "NEUTRAL_COLOUR",
    "REST",
    "REST_COLOUR",
    "check_cap",
    "display_colour",
    "display_label",
    "html_dir",
    "json_script",
    "nav",
    "page",
    "round_floats",
    "script",
    "sig",
    "template",
    "utf16_offset",
    "write_page",
]

#: The pooled reference of one-vs-rest comparisons (as in :mod:`corpusmine.stats.keyness`).
REST = "rest"
#: Neutral colour of the diverging scale (z = 0) and colour of a pooled "rest".
NEUTRAL_COLOUR = "#d9d9d9"
REST_COLOUR = "#595959"
#: CSS font stack: the CJK fonts of the common systems, in order.
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
              '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif')


def template(name: str) -> str:
    """The text of a page template shipped in ``corpusmine/viz/templates`` (``@FONT@`` filled in).

    Parameters
    ----------
    name : str
        File name, e.g. ``"terms.js"``.

    Returns
    -------
    str

    Examples
    --------
    >>> "body {" in template("base.css") and "Noto Sans CJK SC" in template("base.css")   # 中文字体
    True
    """
    text = resources.files("corpusmine.viz").joinpath("templates", name).read_text(encoding="utf-8")
    return text.replace("@FONT@", FONT_STACK)


def html_dir() -> Path:
    """Default folder of the pages: ``figures/html`` under the figures folder in use (read at call time).

    Examples
    --------
    >>> html_dir().name                   # 网页 folder
    'html'
    """
    return Path(config.FIGURES_DIR) / "html"


def json_script(data, element_id: str) -> str:
    """``data`` as JSON inside ``<script type="application/json">``, safe against ``</script>``.

    ``<``, ``>`` and ``&`` are written as JSON escapes (``\\u003c`` …), as are
    the line and paragraph separators U+2028/U+2029, so no string of the data
    can end the script element or open a comment; the page reads it back with
    ``JSON.parse(el.textContent)``.  Non-ASCII text (Chinese) stays as UTF-8.
    Keys keep their insertion order, so the output is deterministic.

    Parameters
    ----------
    data : JSON-serialisable object
    element_id : str
        The ``id`` of the script element.

    Returns
    -------
    str

    Examples
    --------
    >>> json_script({"term": "创文</script>"}, "d")
    '<script type="application/json" id="d">{"term":"创文\\\\u003c/script\\\\u003e"}</script>'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                     ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return f'<script type="application/json" id="{html.escape(element_id)}">{text}</script>'


def sig(x, digits: int = 4):
    """A float rounded to ``digits`` significant digits (None when not finite).

    Examples
    --------
    >>> sig(3.14159), sig(float("nan"))     # 创文 z = 3.142
    (3.142, None)
    """
    x = float(x)
    if not math.isfinite(x):
        return None
    if x == 0:
        return 0.0
    return float(f"{x:.{digits}g}")


def round_floats(obj, digits: int):
    """Every float inside nested lists and dicts rounded with :func:`sig`.

    Examples
    --------
    >>> round_floats({"创文": [0.123456789, 2]}, 3)
    {'创文': [0.123, 2]}
    """
    if isinstance(obj, float):
        return sig(obj, digits)
    if isinstance(obj, list):
        return [round_floats(x, digits) for x in obj]
    if isinstance(obj, dict):
        return {k: round_floats(v, digits) for k, v in obj.items()}
    return obj


def utf16_offset(text: str, offset: int) -> int:
    """A code-point offset as a JavaScript (UTF-16) string index.

    Examples
    --------
    >>> utf16_offset("𠀀创文", 1)       # U+20000 takes two UTF-16 units
    2
    """
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def display_label(group: str) -> str:
    """Bilingual label of a group on a page (``rest`` included).

    Examples
    --------
    >>> display_label("rural"), display_label("rest")
    ('乡村振兴 rural', '其余 rest')
    """
    return group_label(group)


def display_colour(group: str) -> str:
    """Colour of a group on a page: its figure colour, dark grey for the pooled ``rest``.

    Examples
    --------
    >>> display_colour("rural"), display_colour("rest")     # 乡村振兴 orange
    ('#E69F00', '#595959')
    """
    return REST_COLOUR if group == REST else group_color(group)


def check_cap(name: str, value) -> None:
    """Refuse a cap that is not a positive integer or None.

    Examples
    --------
    >>> check_cap("max_terms", 0)          # 词数上限
    Traceback (most recent call last):
    ...
    ValueError: max_terms must be a positive integer or None, got 0
    """
    if value is not None and not (isinstance(value, (int, np.integer)) and value >= 1):
        raise ValueError(f"{name} must be a positive integer or None, got {value!r}")


def nav(links, current: str) -> str:
    """The navigation bar between sibling pages; the current page is shown, not linked.

    Labels are escaped; link targets are percent-encoded file names.

    Examples
    --------
    >>> nav([("乡村振兴 vs 其余", "a.html"), ("创文 <b>", "b.html")], "a.html")
    '<nav class="pages"><span class="here">乡村振兴 vs 其余</span> · <a href="b.html">创文 &lt;b&gt;</a></nav>'
    """
    if not links:
        return ""
    items = []
    for label, href in links:
        if href == current:
            items.append(f'<span class="here">{html.escape(label)}</span>')
        else:
            items.append(f'<a href="{html.escape(quote(str(href)))}">{html.escape(label)}</a>')
    return '<nav class="pages">' + " · ".join(items) + "</nav>"


def script(js: str) -> str:
    """An inline ``<script>`` element holding ``js`` (code written by this package, never data).

    Examples
    --------
    >>> script("var 词 = 1;\\n")
    '<script>\\nvar 词 = 1;\\n</script>\\n'
    """
    return f"<script>\n{js}</script>\n"


def page(title: str, css: str, body: str) -> str:
    """A whole HTML document: escaped title, inline style, the given body.

    Examples
    --------
    >>> page("创文 <i>", "", "<p>正文</p>").count("&lt;i&gt;")
    1
    """
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{html.escape(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def write_page(folder, name: str, text: str) -> Path:
    """Write a page atomically to ``folder/name`` (a temporary file beside it, then :func:`os.replace`).

    ``name`` must be a plain file name inside ``folder`` (see
    :func:`corpusmine.viz.save.confined_path`); the folder is created when
    missing.  A reader never sees half a page, and an interrupted write
    leaves the old page.

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile
    >>> write_page(tempfile.mkdtemp(), "创文.html", "<p>创文</p>").name
    '创文.html'
    """
    folder = Path(folder)
    target = confined_path(folder, name)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    return target
