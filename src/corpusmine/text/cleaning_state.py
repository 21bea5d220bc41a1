"""The state of one cleaning run: the text with its edits, and what the rules learn on the way.

Every rule (:mod:`corpusmine.text.rules`, :mod:`corpusmine.text.chrome_rules`,
:mod:`corpusmine.text.boundaries` ...) is a function of one
:class:`CleaningState`: it reads the current output through its Simplified
view and records its changes as audited edits (:mod:`corpusmine.text.edits`).

Examples
--------
>>> st = CleaningState("同志们:\\n我老秘网县要抓实抓细。")
>>> st.delete_matches(re.compile("老秘网"), "watermark")
>>> st.doc.output
'同志们:\\n我县要抓实抓细。'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Callable, Collection, Iterable

from corpusmine.text.anchors import ANCHORED
from corpusmine.text.edits import EditedText
from corpusmine.text.glued_speech import chrome_spans
from corpusmine.text.guards import finditer, may_match
from corpusmine.text.lines import iter_lines, lines_holding
from corpusmine.text.script import simplified_view

__all__ = ["CleaningState"]


#: How much of a line's end is searched for a chrome tail glued to it (a footer after the last paragraph).
GLUED_TAIL = 600
#: How far before the footer's word the sentence end that starts the tail may be (a footer's sentence is short).
GLUED_REACH = 120
#: Where a glued tail may start: a sentence end, or the colon closing a sentence that announces a list (…主要内容是：).
_TAIL_START = re.compile(r"[。！？!?][”’」』\"）)]*|(?<=[\u4e00-\u9fff])[:：]")


def _glued_tail(line: str, pred: Callable[[str], bool], anchor: re.Pattern,
                keep: Callable[[str], bool] | None) -> list[tuple[int, int]]:
    """A chrome tail glued after the last sentence of a line ``pred`` rejects as a whole; never the whole line.

    The tail starts at the sentence end nearest before a match of ``anchor`` (within :data:`GLUED_REACH`
    characters, in the line's last :data:`GLUED_TAIL` characters) and runs to the line's end; it goes when
    ``pred`` accepts it and ``keep`` does not.  A footer's word inside a sentence of the speech (no sentence
    end before it within reach), or a tail holding more speech (``pred`` rejects it), keeps the line whole.
    Linear in the line: at most three matches are tried.
    """
    start = max(0, len(line) - GLUED_TAIL)
    for i, m in enumerate(anchor.finditer(line, start)):
        if i == 3:
            break
        ends = list(_TAIL_START.finditer(line, max(start, m.start() - GLUED_REACH), m.start()))
        if not ends:
            continue
        b = ends[-1].end()
        tail = line[b:]
        if pred(tail) and not (keep and keep(tail)):
            return [(b, len(line))]
    return []


class CleaningState:
    """The state of one cleaning run, which every rule reads and changes.

    Parameters
    ----------
    text : str
        The rules' input (the page, or the text the HTML layer extracted).
    watermarks : iterable of str
        Site names to remove from the body (see :func:`watermarks`).
    site_lines : collection of str
        Keys of lines learned as the site's boilerplate from a folder of its pages
        (:func:`corpusmine.text.site_boilerplate.learn_site_lines`); empty: none.

    Attributes
    ----------
    doc : EditedText
        The text with the edits made so far.
    page_title : str or None
        The page's own title, once a rule has found it.
    part_marks : list of (int, str)
        Where speeches start (input position) and their titles.
    conversion : str or None
        The OpenCC conversion applied (see :func:`to_simplified`).

    Examples
    --------
    >>> st = CleaningState("发布时间:2023-10-13\\n同志们:\\n要抓好落实。")
    >>> st.delete_lines(lambda line: line.startswith("发布时间"), "page_meta")
    [(0, 15)]
    >>> st.doc.output
    '\\n同志们:\\n要抓好落实。'
    """

    def __init__(self, text: str, *, watermarks: Iterable[str] = (), site_lines: Collection[str] = frozenset()):
        self.doc = EditedText(text)
        self.watermarks = set(watermarks)
        self.site_lines = site_lines
        self.page_title: str | None = None
        self.part_marks: list[tuple[int, str]] = []  # (input position, title)
        self.conversion: str | None = None
        self._view: tuple[str, str] | None = None
        self._base_view: str | None = None
        self._per_output: dict[str, tuple[int, object]] = {}    # key: (doc.version, value) of one output

    def view(self) -> tuple[str, str]:
        """The current output and its Simplified view (cached until the next edit).

        The input's view is computed once; the output's view is assembled from
        it and the edits' replacements (the view is character by character).
        """
        if not self.doc.rendered:
            self._view = None    # let the old output go before the new one is rendered
        out = self.doc.output
        if self._view is None or self._view[0] is not out:
            if self._base_view is None:
                self._base_view = simplified_view(self.doc.text)
            self._view = (out, self.doc.project(self._base_view, simplified_view))
        return self._view

    def delete_lines(self, pred: Callable[[str], bool], rule: str, *, limit: tuple[int, int] | None = None,
                     candidates: re.Pattern | None = None, keep: Callable[[str], bool] | None = None,
                     glued: re.Pattern | None = None):
        """Delete every non-blank line whose Simplified view satisfies ``pred`` (tried on ``candidates`` lines only).

        Speech glued to the chrome on the same line stays: only the chrome part goes
        (:func:`corpusmine.text.glued_speech.chrome_spans`; a part for which ``keep`` is true is never cut off).
        A line that ``pred`` rejects but that holds a match of ``glued`` near its end (a flattened page's last
        paragraph in the speaker's voice and the footer glued to it) loses only the tail after its last
        sentence that ``pred`` accepts, never the whole line.
        """
        out, view = self.view()
        spans = []
        for s, e, line in iter_lines(view, candidates):
            if limit and not (limit[0] <= s < limit[1]):
                continue
            if not line.strip():
                continue
            if pred(line):
                spans.extend((s + a, s + b) for a, b in chrome_spans(line, pred, keep=keep))
            elif glued is not None:
                spans.extend((s + a, s + b) for a, b in _glued_tail(line, pred, glued, keep))
        self.doc.delete_many(spans, rule)
        return spans

    def delete_line_starts(self, needles: Iterable[str], pattern: re.Pattern, rule: str) -> None:
        """Delete the match of ``pattern`` (anchored at a line's start) on each line holding one of ``needles``.

        Examples
        --------
        >>> st = CleaningState("本报讯 3日,县委召开会议。\\n要加强通讯网络建设。")
        >>> st.delete_line_starts(("讯",), re.compile(r"^本报讯\\s*", re.M), "byline")
        >>> st.doc.output
        '3日,县委召开会议。\\n要加强通讯网络建设。'
        """
        _, view = self.view()
        spans = []
        for s, e, _line in lines_holding(view, needles):
            m = pattern.match(view, s, e)
            if m and m.end() > m.start():
                spans.append((m.start(), m.end()))
        self.doc.delete_many(spans, rule)

    def delete_lines_holding(self, needles: Iterable[str], pred: Callable[[str], bool], rule: str) -> None:
        """Delete the lines holding one of ``needles`` that satisfy ``pred`` (the cheap form of :meth:`delete_lines`).

        Examples
        --------
        >>> st = CleaningState("某某 摄\\n要加强摄影队伍建设。")
        >>> st.delete_lines_holding(("摄",), lambda line: line.endswith(" 摄"), "photo_caption")
        >>> st.doc.output
        '\\n要加强摄影队伍建设。'
        """
        _, view = self.view()
        self.doc.delete_many([(s, e) for s, e, line in lines_holding(view, needles) if line.strip() and pred(line)], rule)

    def delete_spans(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Delete ``(start, end, rule)`` spans of the current output, each audited under its own rule.

        An empty span is dropped, and a span overlapping one kept before it (of two starting together, the longer is kept); the
        rest go with one edit call per rule, however the rules alternate on the page (one call per run of one
        rule costs a pass over the page each: thousands of alternating spans on a long page made that quadratic),
        and the positions of the spans still to delete move left by what went before them.

        Examples
        --------
        >>> st = CleaningState("发布时间:2023-05-06 来源:县政府办\\n同志们:\\n要抓好落实。(完)")
        >>> st.delete_spans([(0, 15, "meta_row"), (0, 23, "meta_row"), (35, 38, "byline")])   # 两个重叠: 留长的
        >>> st.doc.output
        '\\n同志们:\\n要抓好落实。'
        >>> st = CleaningState("甲~1~乙![]()丙~2~丁![]()戊")
        >>> st.delete_spans([(1, 4, "pdf_footer"), (5, 10, "html_leftover"), (11, 14, "pdf_footer"), (15, 20, "html_leftover")])
        >>> st.doc.output
        '甲乙丙丁戊'
        """
        kept: list[tuple[int, int, str]] = []
        for s, e, rule in sorted(set(spans), key=lambda f: (f[0], -f[1], f[2])):
            if e > s and (not kept or s >= kept[-1][1]):
                kept.append((s, e, rule))
        for rule in sorted({r for _, _, r in kept}):
            group = [(s, e) for s, e, r in kept if r == rule]
            self.doc.delete_many(group, rule)
            starts, removed = [s for s, _ in group], list(accumulate(e - s for s, e in group))
            shifted = []
            for s, e, r in kept:
                if r != rule:
                    i = bisect_right(starts, s)
                    d = removed[i - 1] if i else 0
                    shifted.append((s - d, e - d, r))
            kept = shifted

    def delete_matches(self, pattern: re.Pattern, rule: str):
        """Delete every match of ``pattern`` in the Simplified view."""
        out, view = self.view()
        # no match: nothing to delete (the same edits); an anchored pattern's finditer looks for its anchors itself
        if pattern not in ANCHORED and not may_match(pattern, view):
            return
        self.doc.delete_many([(m.start(), m.end()) for m in finditer(pattern, view) if m.end() > m.start()], rule)

    def replace_matches(self, pattern: re.Pattern, repl: str, rule: str):
        """Replace every match of ``pattern`` in the Simplified view by ``repl``."""
        out, view = self.view()
        self.doc.replace_many(
            [(m.start(), m.end(), repl) for m in finditer(pattern, view) if m.end() > m.start()], rule
        )

    def per_output(self, key: str, compute: Callable[[], object]):
        """``compute()``, computed again only when the output has changed since it was computed for ``key``.

        Examples
        --------
        >>> st = CleaningState("同志们:\\n要抓好落实。")
        >>> st.per_output("lines", lambda: st.doc.output.count("\\n")), st.per_output("lines", lambda: -1)
        (1, 1)
        """
        hit = self._per_output.get(key)
        if hit is None or hit[0] != self.doc.version:
            hit = self._per_output[key] = (self.doc.version, compute())
        return hit[1]

    def input_view(self) -> str:
        """The Simplified view of the rules' input (the page before any edit), computed once."""
        if self._base_view is None:
            self._base_view = simplified_view(self.doc.text)
        return self._base_view

    def input_pos(self, out_pos: int) -> int:
        """Input position of the first kept character at or after output position ``out_pos``."""
        return self.doc.to_input(out_pos)
