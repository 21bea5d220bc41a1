"""The edit list behind every cleaned text, its audit rows, and the way back.

A raw page is never modified.  Cleaning builds a list of *edits* over the raw
text: each edit removes a span (site chrome, a watermark, a stray space) or
replaces it (an anonymisation placeholder by :data:`corpusmine.config.PLACEHOLDER`,
a Traditional phrase by its Simplified form, a run of spaces by a paragraph
break).  Everything not covered by an edit is kept verbatim, so::

    raw == kept text + the original text of every edit, in order

which is what the audit table records (:func:`audit_rows`,
:data:`AUDIT_COLUMNS`) and what :func:`reconstruct` undoes.  How the rules
walk the lines of an output (:func:`iter_lines`, :func:`line_edge_spans`,
:func:`compact`) is :mod:`corpusmine.text.lines`.

Examples
--------
>>> doc = EditedText("我老秘网县要抓实抓细")
>>> doc.delete(1, 4, "watermark")
>>> doc.output
'我县要抓实抓细'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter
from typing import Iterable

# the line helpers lived here before text/lines.py: still importable from this module
from corpusmine.text.lines import compact, iter_lines, line_edge_spans

__all__ = ["AUDIT_COLUMNS", "Edit", "EditedText", "Origin", "audit_rows", "compact", "iter_lines", "line_edge_spans",
           "reconstruct"]

#: Columns of the audit table: one row per edit, per file and layer.
AUDIT_COLUMNS = ["source_file", "layer", "start", "end", "rule", "action", "removed", "replacement"]


@dataclass
class Edit:
    """One change to the input text: ``text[start:end]`` becomes ``replacement``.

    Parameters
    ----------
    start, end : int
        The span of the input text the edit covers (``end`` excluded).
    rule : str
        Name of the cleaning rule that made the edit (``watermark``,
        ``placeholder`` ...); it becomes the ``rule`` column of the audit.
    replacement : str, default ""
        What the span becomes; empty for a removal.

    Examples
    --------
    >>> Edit(4, 6, "placeholder", "〔某〕")     # 今天召开xx年创文工作推进会
    Edit(start=4, end=6, rule='placeholder', replacement='〔某〕')
    """

    start: int
    end: int
    rule: str
    replacement: str = ""


_EDIT_ORDER = attrgetter("start", "end")


class Origin:
    """Where every output character of an :class:`EditedText` came from, without a list per character.

    ``origin[i]`` is the input index of output character ``i`` when it is kept
    input text, or ``-(k + 1)`` when edit ``k`` inserted it (as a list would
    give it).  The map is held as one entry per *segment* (a run of kept text
    or one edit's replacement), so its size follows the number of edits, not
    the length of the text, and a look-up is a binary search.

    Parameters
    ----------
    starts : list of int
        Output position where each segment starts (increasing).
    values : list of int
        Per segment: its input start (kept text, >= 0) or ``-(k + 1)`` (edit ``k``).
    length : int
        Length of the output.

    Examples
    --------
    >>> doc = EditedText("我老秘网县要抓实抓细")
    >>> doc.delete(1, 4, "watermark")
    >>> _, origin = doc.render()
    >>> origin[0], origin[1], len(origin), list(origin)[:3]
    (0, 4, 7, [0, 4, 5])
    """

    __slots__ = ("starts", "values", "length")

    def __init__(self, starts: list[int], values: list[int], length: int):
        self.starts = starts
        self.values = values
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.length))]
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("origin index out of range")
        j = bisect_right(self.starts, i) - 1
        v = self.values[j]
        return v + (i - self.starts[j]) if v >= 0 else v

    def __iter__(self):
        ends = self.starts[1:] + [self.length]
        for s, e, v in zip(self.starts, ends, self.values):
            if v >= 0:
                yield from range(v, v + e - s)
            else:
                yield from repeat(v, e - s)


class EditedText:
    """A text plus a sorted list of non-overlapping edits over it.

    ``render()`` gives the current output and, for every output character,
    where it came from (an :class:`Origin`): a non-negative index into the
    input for kept characters, or ``-(k + 1)`` for characters inserted by
    edit ``k``.  Every operation costs time in proportion to the number of
    edits and the spans it touches, never a Python step per character of the
    text, so a page of hundreds of megabytes is cleaned in linear time.

    Parameters
    ----------
    text : str
        The input text; it is never modified, edits are recorded over it.

    Examples
    --------
    >>> doc = EditedText("我老秘网县要抓实抓细")
    >>> doc.delete(1, 4, "watermark")
    >>> doc.output, doc.edits
    ('我县要抓实抓细', [Edit(start=1, end=4, rule='watermark', replacement='')])
    """

    def __init__(self, text: str):
        self.text = text
        self.edits: list[Edit] = []
        self._cache: tuple[str, Origin] | None = None
        self.version = 0          # counts the changes: what was computed from one output stays valid while it is the same

    # -- rendering ---------------------------------------------------------
    def render(self) -> tuple[str, Origin]:
        """The current output and its :class:`Origin` map (cached until the next edit)."""
        if self._cache is None:
            text = self.text
            parts: list[str] = []
            starts: list[int] = []
            values: list[int] = []
            pos = 0
            n = 0
            for k, ed in enumerate(self.edits):
                if ed.start > pos:
                    parts.append(text[pos:ed.start])
                    starts.append(n)
                    values.append(pos)
                    n += ed.start - pos
                if ed.replacement:
                    parts.append(ed.replacement)
                    starts.append(n)
                    values.append(-(k + 1))
                    n += len(ed.replacement)
                pos = ed.end
            if pos < len(text) or not self.edits:
                parts.append(text[pos:])
                starts.append(n)
                values.append(pos)
                n += len(text) - pos
            self._cache = ("".join(parts), Origin(starts, values, n))
        return self._cache

    @property
    def output(self) -> str:
        return self.render()[0]

    @property
    def rendered(self) -> bool:
        """Whether the output is rendered (False after an edit until the next :meth:`render`)."""
        return self._cache is not None

    def project(self, base: str, convert) -> str:
        """The output as it would be over ``base``, a same-length view of the input.

        Kept characters are read from ``base``; each edit's replacement goes
        through ``convert``.  With ``base = convert(text)`` and a
        character-by-character ``convert`` this equals ``convert(output)``
        without converting the whole output again.  When ``base`` is the
        input itself and ``convert`` returns every replacement unchanged (the
        same object), the output itself is returned: no copy.

        Examples
        --------
        >>> doc = EditedText("城鄉環境xx年")
        >>> _ = doc.replace(4, 6, "〔某〕", "placeholder")
        >>> doc.project("城乡环境xx年", str.upper)
        '城乡环境〔某〕年'
        """
        out, origin = self.render()
        converted = {r: convert(r) for r in {ed.replacement for ed in self.edits}}   # a few distinct replacements
        if base is self.text and all(c is r for r, c in converted.items()):
            return out       # nothing to convert (``convert`` returns its argument unchanged): no copy
        replaced = [converted[ed.replacement] for ed in self.edits]
        ends = origin.starts[1:] + [origin.length]
        pieces = []
        for s, e, v in zip(origin.starts, ends, origin.values):
            pieces.append(base[v:v + e - s] if v >= 0 else replaced[-v - 1])
        return "".join(pieces)

    def insert(self, new: list[Edit]) -> None:
        """Add edits given in input coordinates (they must not overlap earlier ones)."""
        if new:
            self.edits.extend(new)
            self.edits.sort(key=_EDIT_ORDER)      # two sorted runs: a merge
            self._cache = None
            self.version += 1

    # -- operations in output coordinates ---------------------------------
    def delete(self, a: int, b: int, rule: str) -> None:
        """Delete output characters ``[a, b)``."""
        self.delete_many([(a, b)], rule)

    def delete_many(self, spans: Iterable[tuple[int, int]], rule: str) -> None:
        """Delete several output spans, all given in the current output; overlapping ones are deleted as their union.

        Examples
        --------
        >>> doc = EditedText("&amp;&amp;×××")      # a mojibake line and an entity inside it, read by two patterns
        >>> doc.delete_many([(0, 13), (5, 10)], "ascii_junk")
        >>> doc.render()[0], len(doc.edits)
        ('', 1)
        """
        spans = sorted(spans)
        if any(spans[k][0] < spans[k - 1][1] for k in range(1, len(spans))):     # rare: no allocation otherwise
            merged: list[tuple[int, int]] = []
            for a, b in spans:
                if merged and a < merged[-1][1]:      # inside or across the span before: one deletion, not two rows
                    merged[-1] = (merged[-1][0], max(merged[-1][1], b))
                else:
                    merged.append((a, b))
            spans = merged
        _, origin = self.render()
        starts, values, length = origin.starts, origin.values, origin.length
        new: list[Edit] = []
        trimmed: dict[int, set[int]] = {}
        for a, b in spans:
            b = min(b, length)
            run_start = run_end = None
            j = bisect_right(starts, a) - 1 if a < b else len(starts)
            i = a
            while i < b:
                seg_start = starts[j]
                seg_end = starts[j + 1] if j + 1 < len(starts) else length
                stop = min(b, seg_end)
                v = values[j]
                if v >= 0:
                    o = v + (i - seg_start)
                    if run_end is not None and o == run_end:
                        run_end = o + (stop - i)
                    else:
                        if run_start is not None:
                            new.append(Edit(run_start, run_end, rule))
                        run_start, run_end = o, o + (stop - i)
                else:
                    trimmed.setdefault(-v - 1, set()).update(range(i - seg_start, stop - seg_start))
                i = stop
                j += 1
            if run_start is not None:
                new.append(Edit(run_start, run_end, rule))
        for k, drop in trimmed.items():
            ed = self.edits[k]
            ed.replacement = "".join(c for j, c in enumerate(ed.replacement) if j not in drop)
            if not ed.replacement:
                ed.rule = f"{ed.rule}>{rule}"
        if trimmed:
            self._cache = None
            self.version += 1
        self.insert(new)              # nothing deleted: the rendered output stays valid

    def replace(self, a: int, b: int, replacement: str, rule: str) -> bool:
        """Replace output characters ``[a, b)`` when they are all kept input text.

        Returns False (and changes nothing) when the span touches earlier edits.
        """
        return self.replace_many([(a, b, replacement)], rule) == 1

    def replace_many(self, spans: Iterable[tuple[int, int, str]], rule: str) -> int:
        """Replace several non-overlapping output spans; returns how many were applied.

        A span is applied only when it is made of contiguous kept input text.
        """
        _, origin = self.render()
        new = []
        for a, b, replacement in spans:
            if b <= a:
                continue
            s, e = origin[a], origin[b - 1]
            if s < 0 or e < 0 or e - s != b - a - 1:
                continue
            new.append(Edit(s, e + 1, rule, replacement))
        self.insert(new)
        return len(new)

    def to_output(self, pos: int) -> int:
        """Output index of input position ``pos`` (the next kept char at or after it)."""
        out, origin = self.render()
        starts, values = origin.starts, origin.values
        ends = starts[1:] + [origin.length]
        # kept segments in order of their input start; the first that ends after pos holds it
        for s, e, v in zip(starts, ends, values):
            if v >= 0 and v + (e - s) > pos:
                return s + max(0, pos - v)
        return len(out)

    def to_input(self, out_pos: int) -> int:
        """Input position of the first kept character at or after output position ``out_pos``.

        ``len(text)`` when no kept character follows.

        Examples
        --------
        >>> doc = EditedText("我老秘网县要抓实抓细")
        >>> doc.delete(1, 4, "watermark")
        >>> doc.to_input(1), doc.to_input(99)
        (4, 10)
        """
        _, origin = self.render()
        if out_pos >= origin.length:
            return len(self.text)
        starts, values = origin.starts, origin.values
        j = max(0, bisect_right(starts, out_pos) - 1)
        while j < len(starts):
            v = values[j]
            if v >= 0:
                return v + max(0, out_pos - starts[j])
            j += 1
        return len(self.text)


def audit_rows(source_file: str, layer: str, text: str, edits: list[Edit]) -> list[dict]:
    """One audit row (see :data:`AUDIT_COLUMNS`) per edit of one layer of one file.

    Parameters
    ----------
    source_file : str
        The file (or record label) the edits belong to.
    layer : str
        ``"html"`` or ``"text"`` (other layers are added by the corpus readers).
    text : str
        The layer's input, from which the removed text is read.
    edits : list of Edit
        The layer's edits, in input coordinates.

    Returns
    -------
    list of dict

    Examples
    --------
    >>> rows = audit_rows("a.txt", "text", "我老秘网县", [Edit(1, 4, "watermark")])
    >>> [(r["rule"], r["action"], r["removed"]) for r in rows]
    [('watermark', 'remove', '老秘网')]
    """
    return [
        {
            "source_file": source_file,
            "layer": layer,
            "start": ed.start,
            "end": ed.end,
            "rule": ed.rule,
            "action": "replace" if ed.replacement else "remove",
            "removed": text[ed.start:ed.end],
            "replacement": ed.replacement,
        }
        for ed in edits
    ]


def reconstruct(cleaned: str, audit) -> str:
    """Rebuild a layer's input from its output and its audit rows alone.

    ``audit`` holds the rows of one file and one layer (columns start, end,
    removed, replacement).  The output is read left to right: between two
    edits it is kept input text, at an edit it is the replacement, and the
    edit's ``removed`` text is put back in its place.  The result equals the
    layer's input exactly when the audit accounts for every character.

    Parameters
    ----------
    cleaned : str
        The layer's output (``CleanedDocument.text`` for the text layer).
    audit : DataFrame
        The audit rows of that file and layer.

    Returns
    -------
    str
        The layer's input, rebuilt.

    Raises
    ------
    ValueError
        When the output does not hold an edit's replacement where the audit
        says it should.

    Examples
    --------
    >>> import pandas as pd
    >>> doc = EditedText("我老秘网县要抓实抓细xx年")
    >>> doc.delete(1, 4, "watermark")
    >>> doc.replace(7, 9, "〔某〕", "placeholder")
    True
    >>> audit = pd.DataFrame(audit_rows("a.txt", "text", doc.text, doc.edits))
    >>> doc.output, reconstruct(doc.output, audit)
    ('我县要抓实抓细〔某〕年', '我老秘网县要抓实抓细xx年')
    """
    rows = sorted(zip(audit["start"], audit["end"], audit["removed"], audit["replacement"]))
    parts = []
    pos = 0      # position in the layer's input
    out_pos = 0  # position in the layer's output
    for s, e, removed, repl in rows:
        n = s - pos
        if n < 0:
            raise ValueError(f"overlapping audit rows at {s}")
        parts.append(cleaned[out_pos:out_pos + n])
        out_pos += n
        if cleaned[out_pos:out_pos + len(repl)] != repl:
            raise ValueError(f"replacement {repl!r} not found at output position {out_pos}")
        out_pos += len(repl)
        parts.append(removed)
        pos = e
    parts.append(cleaned[out_pos:])
    return "".join(parts)
