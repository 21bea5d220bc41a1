"""Lines and boilerplate of external texts: re-joining hard-wrapped lines, cutting licence footers.

Both return the spans they removed, so that each is one audit layer (``lines``, ``strip``)
that :func:`corpusmine.text.clean.reconstruct` undoes.

Examples
--------
>>> join_wrapped_lines("各位代表：\\n\\n根据《\\n中华人民共和国著作权法\\n》第五条")[0]
'各位代表：\\n\\n根据《中华人民共和国著作权法》第五条'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["BLANK_CHARS", "LINE_BREAK_MODES", "WIKISOURCE_FOOTER", "ZERO_WIDTH", "join_wrapped_lines",
           "strip_patterns"]

#: Wikisource's licence notice at the end of a page ("本作品是中华人民共和国的法律、法规……
#: 属于公有领域", "本作品来自中华人民共和国全国人民代表大会……的决定、决议"), with the
#: line break before it and everything after it (template names such as "Public
#: domain").  Pass it in ``strip=`` for texts taken from zh.wikisource.org.
WIKISOURCE_FOOTER: str = r"(?ms)\n*^本作品(?:是|来自)中华人民共和国.*\Z"

#: How :func:`join_wrapped_lines` reads line breaks.
LINE_BREAK_MODES: tuple[str, ...] = ("auto", "blank", "lines")


#: Characters that end a sentence or a clause that may end a paragraph.
_BREAK_END = "。！？!?；;：:…"
_CLOSERS = "”’」』）)》〉】"
#: A line starting with one of these continues the previous line (its break was a wrap).
_CONTINUES = "，。、；：！？）》」』”’〉】,.;:!?)"
#: A line ending with one of these is continued by the next line.
_OPENS = "《「『“‘（(〈【"
#: Zero-width characters a wrapped line may carry.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
#: Characters that count as blank at a line edge.
BLANK_CHARS = " \t\r\u3000\u00a0\x0c"


# ---------------------------------------------------------------------------
# Line breaks and boilerplate
# ---------------------------------------------------------------------------
def _line_kind(content: str) -> str:
    bare = content.strip(BLANK_CHARS)
    if not bare:
        return "blank"
    if not bare.strip(ZERO_WIDTH + BLANK_CHARS):
        return "zero_width"
    return "text"


def _wrapped_breaks(text: str) -> tuple[list[tuple[int, int, str]], int, int]:
    """Soft line breaks of *text*: ``(start, end, replacement)`` spans, blank-line breaks, clear wraps."""
    lines = []  # (start, end_of_content, kind)
    pos = 0
    for piece in text.split("\n"):
        lines.append((pos, pos + len(piece), _line_kind(piece)))
        pos += len(piece) + 1
    spans: list[tuple[int, int, str]] = []
    n_blank_breaks = 0
    n_clear = 0
    prev = None          # index of the previous text line
    blank_between = False
    zero_width_between = False
    for i, (s, e, kind) in enumerate(lines):
        if kind == "blank":
            if prev is not None:
                blank_between = True
            continue
        if kind == "zero_width":
            if prev is not None:
                zero_width_between = True
            continue
        if prev is not None:
            if blank_between:
                n_blank_breaks += 1
            else:
                ps, pe, _ = lines[prev]
                before = text[ps:pe].rstrip(BLANK_CHARS + ZERO_WIDTH)
                after = text[s:e].lstrip(BLANK_CHARS + ZERO_WIDTH)
                last = before.rstrip(_CLOSERS)[-1:]
                ends_sentence = last != "" and last in _BREAK_END
                if not ends_sentence:
                    if after[:1] in tuple(_CONTINUES) or before[-1:] in tuple(_OPENS) or zero_width_between:
                        n_clear += 1
                    ascii_join = before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() \
                        and after[:1].isalnum()
                    spans.append((pe, s, " " if ascii_join else ""))
        prev = i
        blank_between = False
        zero_width_between = False
    return spans, n_blank_breaks, n_clear


def join_wrapped_lines(text: str, mode: str = "auto") -> tuple[str, list[tuple[int, int, str]], str]:
    """Re-join paragraphs whose lines were hard-wrapped, as on pages with blank-line paragraphs.

    Texts copied from wikis and e-books separate paragraphs by a *blank*
    line and break lines inside a paragraph wherever a link or a page width
    ended (``根据《\\n中华人民共和国著作权法\\n》第五条``, ``政府工作报\\n告``).  In
    ``"blank"`` mode a single line break (possibly with zero-width-space-only
    lines around it) is removed -- replaced by a space between two Latin
    letters or digits -- unless the line before it ends a sentence
    (``。！？；：…``, optionally followed by a closing quote); blank lines
    always separate paragraphs.  ``"lines"`` mode keeps every line break (one
    paragraph per line, as in the seed corpus).  ``"auto"`` chooses
    ``"blank"`` when the text has at least one blank-line paragraph break and
    at least one break that is certainly a wrap (the next line starts with
    ``，。、》”`` …, the line ends with ``《“（`` …, or only zero-width spaces
    stand between the lines), else ``"lines"``.

    Parameters
    ----------
    text : str
        Plain text (not HTML).
    mode : {"auto", "blank", "lines"}

    Returns
    -------
    joined : str
        The text with the soft breaks removed.
    spans : list of (int, int, str)
        The removed spans of *text* (start, end) and what replaced them, in
        order; the audit rows of layer ``"lines"``.
    mode : str
        The mode applied: ``"blank"`` or ``"lines"``.

    Examples
    --------
    >>> joined, spans, mode = join_wrapped_lines("各位代表：\\n\\n根据《\\n著作权法\\n》第五条，属于\\n公有领域。\\n\\n结束语")
    >>> joined, mode
    ('各位代表：\\n\\n根据《著作权法》第五条，属于公有领域。\\n\\n结束语', 'blank')
    >>> join_wrapped_lines("一、提高站位\\n要抓实抓细。")[2]      # one paragraph per line: kept
    'lines'
    """
    if mode not in LINE_BREAK_MODES:
        raise ValueError(f"line_breaks must be 'auto', 'blank' or 'lines', got {mode!r}")
    if mode == "lines" or "\n" not in text:
        return text, [], "lines"
    spans, n_blank, n_clear = _wrapped_breaks(text)
    if mode == "auto" and not (n_blank >= 1 and n_clear >= 1):
        return text, [], "lines"
    out, pos = [], 0
    for s, e, repl in spans:
        out.append(text[pos:s])
        out.append(repl)
        pos = e
    out.append(text[pos:])
    return "".join(out), spans, "blank"


def strip_patterns(text: str, patterns: Iterable[str | re.Pattern]) -> tuple[str, list[tuple[int, int, str]]]:
    """Remove every match of *patterns* (boilerplate such as a licence footer) from *text*.

    Every pattern is searched in the same *text* (a string is compiled with
    :data:`re.MULTILINE`; add ``(?s)`` to let ``.`` cross lines); overlapping
    or touching matches are merged, then removed.  Positions therefore refer
    to *text*, so the removals are one audit layer (``"strip"``) that
    :func:`corpusmine.text.clean.reconstruct` can undo.

    Parameters
    ----------
    text : str
    patterns : iterable of str or compiled pattern

    Returns
    -------
    stripped : str
    removed : list of (int, int, str)
        ``(start, end, pattern)`` of each removed span of *text*, in order
        (``pattern``: the first pattern that matched there).

    Examples
    --------
    >>> text = "要抓实抓细。\\n本作品是中华人民共和国的法律……属于公有领域。\\nPublic domain"
    >>> stripped, removed = strip_patterns(text, [WIKISOURCE_FOOTER])
    >>> stripped, [(s, e) for s, e, _ in removed], len(text)
    ('要抓实抓细。', [(6, 44)], 44)
    """
    spans: list[tuple[int, int, str]] = []
    for pat in patterns:
        rx = pat if isinstance(pat, re.Pattern) else re.compile(pat, re.MULTILINE)
        spans.extend((m.start(), m.end(), rx.pattern) for m in rx.finditer(text) if m.end() > m.start())
    merged: list[tuple[int, int, str]] = []
    for s, e, p in sorted(spans, key=lambda x: (x[0], -x[1])):
        if merged and s <= merged[-1][1]:
            ps, pe, pp = merged[-1]
            merged[-1] = (ps, max(pe, e), pp)
        else:
            merged.append((s, e, p))
    out, pos = [], 0
    for s, e, _ in merged:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return "".join(out), merged


