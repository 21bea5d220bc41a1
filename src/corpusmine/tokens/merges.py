"""Phrase merging: compounds learned from a corpus, reviewed by a person, applied after segmentation.

jieba cuts the campaign's own name 城乡环境综合整治 into 城乡 / 环境 / 综合整治 and
科学发展观 into 科学 / 发展观, so that keyness and topics count pieces of names
(环境, 城乡, 科学) as if they were the speakers' own words.  This module learns
such compounds from a corpus, writes them to a reviewable list and merges the
accepted ones back into single tokens.

Learning (:func:`learn_merges`) follows word2vec / gensim ``Phrases``
(Mikolov et al. 2013) with the association measures of :mod:`corpusmine.stats.ngrams`:
the tokens of each *sentence run* (the words between two punctuation marks,
numbers or placeholders, :func:`sentence_runs`) are scanned for adjacent
pairs; a pair seen at least ``min_count`` times whose association (NPMI,
Bouma 2009, or Dunning's G2, over the 2×2 table of adjacent pairs) reaches
``threshold`` is proposed and merged, and the scan is repeated so that pairs of
merged units build compounds of three and four tokens (城乡环境 + 综合整治).
Pairs with a stop word are never proposed.

The list (:data:`MERGES`, ``lexicons/merges.tsv``) is a tab-separated file
with the columns :data:`COLUMNS`: ``merged`` (the compound), ``parts`` (its
tokens, space-separated), ``count`` and ``score`` (occurrences and
association when learned), ``statistic`` (``npmi``, ``g2`` or ``manual``),
``accept`` (``yes``/``no``, decided by a person: learning writes ``no``) and
``source`` (the corpus it was learned from, ``+``-joined when several).
:func:`write_merges` keeps the decisions already taken in an existing file.

Applying (:class:`MergeList`): the accepted merges are applied to a raw
segmentation, longest first (four parts, then three, then two), left to
right; a part is never punctuation or a space, so no merge crosses a
sentence boundary.  ``Tokenizer(merges=...)`` does this after segmentation.

How ``lexicons/merges.tsv`` was made: :func:`learn_merges` with the defaults
on the raw segmentation (``Tokenizer(remove_stopwords=False).raw_tokens``)
of the ten seed speeches (source ``seed``) and of the Government Work Reports
in ``data/external`` (source ``gwr``), :func:`combine_learned`, then
:func:`write_merges`; the ``accept`` column was then reviewed by hand
(true compounds and names yes, chance pairs and phrases no).

References
----------
Mikolov, T. et al. (2013). Distributed representations of words and phrases and
their compositionality. *NIPS 2013*.  Bouma, G. (2009). Normalized (pointwise)
mutual information in collocation extraction. *GSCL 2009*, 31-40.

Examples
--------
>>> ml = MergeList([("城乡", "环境", "综合整治"), ("垃圾", "分类")])
>>> ml.apply(["开展", "城乡", "环境", "综合整治", "，", "推进", "垃圾", "分类"])
['开展', '城乡环境综合整治', '，', '推进', '垃圾分类']
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from corpusmine import config
from corpusmine.errors import CorpusInputError
from corpusmine.tokens.filters import is_non_chinese, is_number, is_punctuation

__all__ = ["COLUMNS", "MERGES", "STATISTICS", "Merge", "MergeList", "association", "combine_learned",
           "freeze_spec", "is_word", "learn_merges", "load_merges", "read_merges", "sentence_runs", "spec_key",
           "write_merges"]

#: The shipped, reviewed merge list.
MERGES: Path = config.LEXICON_DIR / "merges.tsv"
#: Columns of a merge list file, in order.
COLUMNS: tuple[str, ...] = ("merged", "parts", "count", "score", "statistic", "accept", "source")
#: Association statistics :func:`learn_merges` can use.
STATISTICS: tuple[str, ...] = ("npmi", "g2")
_STATISTIC_VALUES = (*STATISTICS, "manual")


@dataclass(frozen=True)
class Merge:
    """One row of a merge list.

    Examples
    --------
    >>> m = Merge(("科学", "发展观"), count=10, score=0.81, statistic="npmi", accept=True, source="seed")
    >>> m.merged, m.row()["parts"], m.row()["accept"]
    ('科学发展观', '科学 发展观', 'yes')
    """

    parts: tuple[str, ...]
    count: int = 0
    score: float = float("nan")
    statistic: str = "manual"
    accept: bool = False
    source: str = ""

    @property
    def merged(self) -> str:
        return "".join(self.parts)

    def row(self) -> dict[str, str]:
        """The row as written to a merge list file."""
        score = "" if math.isnan(self.score) else f"{self.score:.4f}"
        return {"merged": self.merged, "parts": " ".join(self.parts), "count": str(self.count), "score": score,
                "statistic": self.statistic, "accept": "yes" if self.accept else "no", "source": self.source}


def is_word(token: str) -> bool:
    """Whether *token* may be part of a merge: not punctuation, space, number, foreign letters or placeholder.

    Examples
    --------
    >>> is_word("整治"), is_word("，"), is_word("2023"), is_word("〔某〕")
    (True, False, False, False)
    """
    return bool(token) and token != config.PLACEHOLDER and not (
        is_punctuation(token) or is_number(token) or is_non_chinese(token))


def sentence_runs(tokens: Sequence[str]) -> list[list[str]]:
    """The runs of word tokens of a raw segmentation: punctuation, spaces, numbers and placeholders cut them.

    Examples
    --------
    >>> sentence_runs(["城乡", "环境", "，", "综合整治", "2023", "年", "〔某〕", "垃圾", "分类"])
    [['城乡', '环境'], ['综合整治'], ['年'], ['垃圾', '分类']]
    """
    runs: list[list[str]] = []
    current: list[str] = []
    for t in tokens:
        if is_word(t):
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def association(o11: int, r1: int, c1: int, n: int) -> tuple[float, float]:
    """NPMI and G2 of a pair from its 2×2 table (O11, left-position total, right-position total, all pairs).

    The same formulas as :func:`corpusmine.stats.ngrams.collocations`.

    Examples
    --------
    >>> npmi, g2 = association(10, 10, 10, 1000)       # 科学 总是接 发展观
    >>> round(npmi, 3), round(g2, 1)
    (1.0, 112.0)
    """
    e11 = r1 * c1 / n
    cells = [(o11, e11), (r1 - o11, r1 * (n - c1) / n), (c1 - o11, (n - r1) * c1 / n),
             (n - r1 - c1 + o11, (n - r1) * (n - c1) / n)]
    g2 = 2.0 * sum(o * math.log(o / e) for o, e in cells if o > 0)
    p11 = o11 / n
    npmi = 1.0 if p11 >= 1.0 else math.log2(o11 / e11) / -math.log2(p11)
    return npmi, max(g2, 0.0)


def learn_merges(
    documents: Iterable[Sequence[str]],
    *,
    min_count: int = 5,
    min_docs: int = 2,
    threshold: float = 0.5,
    statistic: str = "npmi",
    max_parts: int = 4,
    stopwords: Iterable[str] = (),
    source: str = "",
) -> list[Merge]:
    """Propose merges from raw segmentations: adjacent pairs with high association, iterated.

    Parameters
    ----------
    documents : iterable of sequences of str
        One raw segmentation per document (punctuation included: it cuts the
        sentence runs, see :func:`sentence_runs`).
    min_count : int
        A pair must occur at least this often (in the current round's units).
    min_docs : int
        ... and in at least this many documents (one speech's habit is no compound).
    threshold : float
        Minimum association: NPMI in [-1, 1], or G2 (10.83 is p = 0.001).
    statistic : {"npmi", "g2"}
    max_parts : int
        Largest compound, in tokens (rounds = ``max_parts - 1``).
    stopwords : iterable of str
        Tokens never part of a merge (``Tokenizer().stopwords_``).
    source : str
        Written to the ``source`` column.

    Returns
    -------
    list of Merge
        Every proposal of every round (``accept=False``), best score first.
        The parts are always the original tokens, so a four-token compound
        learned as 城乡环境 + 综合整治 has parts 城乡 环境 综合整治.

    Examples
    --------
    >>> docs = [["开展", "城乡", "环境", "综合整治", "，", "推进", "垃圾", "分类"],
    ...         ["城乡", "环境", "综合整治", "要", "抓", "，", "抓", "垃圾", "分类"],
    ...         ["抓", "城乡", "环境", "综合整治", "。", "垃圾", "分类", "要", "推进"]]
    >>> [(m.merged, m.count) for m in learn_merges(docs, min_count=3, stopwords={"要", "开展"})]
    [('垃圾分类', 3), ('城乡环境', 3), ('环境综合整治', 3), ('城乡环境综合整治', 3)]
    """
    if statistic not in STATISTICS:
        raise ValueError(f"statistic must be one of {STATISTICS}, got {statistic!r}")
    if max_parts < 2:
        raise ValueError(f"max_parts must be at least 2, got {max_parts}")
    stop = frozenset(stopwords)
    docs: list[list[list[tuple[str, ...]]]] = [
        [[(t,) for t in run] for run in sentence_runs(tokens)] for tokens in documents]
    found: dict[tuple[str, ...], Merge] = {}
    for _ in range(max_parts - 1):
        pair_count: Counter = Counter()
        pair_docs: dict[tuple, set] = defaultdict(set)
        left: Counter = Counter()
        right: Counter = Counter()
        for d, runs in enumerate(docs):
            for run in runs:
                for u, v in zip(run, run[1:]):
                    pair_count[u, v] += 1
                    pair_docs[u, v].add(d)
                    left[u] += 1
                    right[v] += 1
        n = sum(pair_count.values())
        scores: dict[tuple, float] = {}
        for (u, v), o11 in pair_count.items():
            if (o11 < min_count or len(pair_docs[u, v]) < min_docs or len(u) + len(v) > max_parts
                    or (len(u) == 1 and u[0] in stop) or (len(v) == 1 and v[0] in stop)):
                continue
            npmi, g2 = association(o11, left[u], right[v], n)
            score = npmi if statistic == "npmi" else g2
            if score >= threshold:
                scores[u, v] = score
                parts = u + v
                if parts not in found or found[parts].score < score:
                    found[parts] = Merge(parts, score=score, statistic=statistic, source=source)
        if not scores:
            break
        docs = [[_merge_run(run, scores) for run in runs] for runs in docs]
    # count each compound where its tokens stand side by side (whatever the path that built it)
    counts: Counter = Counter()
    for runs in docs:
        for run in runs:
            flat = [t for unit in run for t in unit]
            for k in range(2, max_parts + 1):
                counts.update(w for w in zip(*(flat[i:] for i in range(k))) if w in found)
    found = {p: replace(m, count=counts[p]) for p, m in found.items()}
    return sorted(found.values(), key=lambda m: (-m.score, -m.count, m.merged))


def _merge_run(run: list[tuple[str, ...]], scores: Mapping[tuple, float]) -> list[tuple[str, ...]]:
    """Merge the proposed pairs of one run, left to right; of two overlapping pairs the better scoring wins."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(run):
        s = scores.get((run[i], run[i + 1])) if i + 1 < len(run) else None
        if s is not None:
            nxt = scores.get((run[i + 1], run[i + 2])) if i + 2 < len(run) else None
            if nxt is None or s >= nxt:
                out.append(run[i] + run[i + 1])
                i += 2
                continue
        out.append(run[i])
        i += 1
    return out


def combine_learned(*lists: Iterable[Merge]) -> list[Merge]:
    """Merge lists learned on different corpora: one row per compound, counts summed, best score, sources joined.

    Examples
    --------
    >>> a = [Merge(("垃圾", "分类"), 5, 0.8, "npmi", source="seed")]
    >>> b = [Merge(("垃圾", "分类"), 7, 0.7, "npmi", source="gwr")]
    >>> combine_learned(a, b)[0].row()["source"], combine_learned(a, b)[0].count
    ('seed+gwr', 12)
    """
    out: dict[tuple[str, ...], Merge] = {}
    for merges in lists:
        for m in merges:
            old = out.get(m.parts)
            if old is None:
                out[m.parts] = m
            else:
                sources = [s for s in (old.source + "+" + m.source).split("+") if s]
                out[m.parts] = replace(old, count=old.count + m.count, score=max(old.score, m.score),
                                       source="+".join(dict.fromkeys(sources)), accept=old.accept or m.accept)
    return sorted(out.values(), key=lambda m: (-m.score, -m.count, m.merged))


# --------------------------------------------------------------------------
# the file
# --------------------------------------------------------------------------


def read_merges(path: str | os.PathLike = MERGES) -> list[Merge]:
    """Read a merge list file strictly; an error names the file, the line and the problem.

    Examples
    --------
    >>> accepted = [m.merged for m in read_merges() if m.accept]
    >>> "城乡环境综合整治" in accepted, "科学发展观" in accepted
    (True, True)
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CorpusInputError(p, "merge list not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusInputError(p, f"merge list cannot be read ({exc})") from None
    lines = [ln for ln in text.splitlines()]
    body = [(i + 1, ln) for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#")]
    if not body or tuple(body[0][1].split("\t")) != COLUMNS:
        raise CorpusInputError(p, f"the first line must be the header {chr(9).join(COLUMNS)!r} (tab-separated)")
    out: list[Merge] = []
    seen: dict[tuple[str, ...], int] = {}
    for lineno, line in body[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(COLUMNS):
            raise CorpusInputError(p, f"line {lineno}: expected {len(COLUMNS)} tab-separated columns, got {len(cells)}")
        row = dict(zip(COLUMNS, (c.strip() for c in cells)))
        parts = tuple(row["parts"].split())
        problem = _row_problem(row, parts, seen)
        if problem:
            raise CorpusInputError(p, f"line {lineno} ({row['merged']!r}): {problem}")
        seen[parts] = lineno
        out.append(Merge(parts, count=int(row["count"] or 0), score=float(row["score"] or "nan"),
                         statistic=row["statistic"], accept=row["accept"] == "yes", source=row["source"]))
    return out


def _row_problem(row: dict[str, str], parts: tuple[str, ...], seen: Mapping) -> str | None:
    if len(parts) < 2:
        return "parts must list at least two space-separated tokens"
    if "".join(parts) != row["merged"]:
        return f"merged must be its parts joined ({''.join(parts)!r})"
    bad = [t for t in parts if not is_word(t)]
    if bad:
        return f"part {bad[0]!r} is punctuation, a number or not Chinese: merges never cross a sentence boundary"
    if parts in seen:
        return f"listed twice (first on line {seen[parts]})"
    if row["accept"] not in ("yes", "no"):
        return f"accept must be yes or no, got {row['accept']!r}"
    if row["statistic"] not in _STATISTIC_VALUES:
        return f"statistic must be one of {_STATISTIC_VALUES}, got {row['statistic']!r}"
    if not row["count"].isdigit() and row["count"] != "":
        return f"count must be a whole number, got {row['count']!r}"
    try:
        float(row["score"] or "nan")
    except ValueError:
        return f"score must be a number, got {row['score']!r}"
    return None


def write_merges(merges: Iterable[Merge], path: str | os.PathLike = MERGES, *, keep_review: bool = True) -> Path:
    """Write a merge list; with ``keep_review`` the ``accept`` decisions of an existing file are kept.

    Rows of the existing file that are not proposed again are kept too (a
    person's decision is never lost by re-learning).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "merges.tsv"
    >>> _ = write_merges([Merge(("垃圾", "分类"), 5, 0.8, "npmi", source="seed")], path)
    >>> path.read_text(encoding="utf-8").splitlines()[1].split(chr(9))
    ['垃圾分类', '垃圾 分类', '5', '0.8000', 'npmi', 'no', 'seed']
    """
    p = Path(path)
    rows = list(merges)
    if keep_review and p.is_file():
        old = {m.parts: m for m in read_merges(p)}
        rows = [replace(m, accept=old[m.parts].accept) if m.parts in old else m for m in rows]
        new = {m.parts for m in rows}
        rows += [m for parts, m in old.items() if parts not in new]
    p.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(COLUMNS)] + ["\t".join(m.row()[c] for c in COLUMNS) for m in rows]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


# --------------------------------------------------------------------------
# applying
# --------------------------------------------------------------------------


class MergeList:
    """Accepted merges, applied to a raw segmentation longest first, left to right.

    Parameters
    ----------
    merges : iterable of sequences of str
        The parts of each compound (at least two word tokens each).

    Attributes
    ----------
    version : str
        Short hex digest of the merges (order-free); part of the Tokenizer's cache key.

    Examples
    --------
    >>> ml = MergeList([("城乡", "环境"), ("城乡", "环境", "综合整治"), ("科学", "发展观")])
    >>> ml.apply(["城乡", "环境", "综合整治", "和", "城乡", "环境", "，", "科学", "发展观"])
    ['城乡环境综合整治', '和', '城乡环境', '，', '科学发展观']
    >>> ml.apply(["科学", "，", "发展观"])          # 不跨标点
    ['科学', '，', '发展观']
    """

    def __init__(self, merges: Iterable[Sequence[str]]) -> None:
        parts = sorted({tuple(m) for m in merges})
        for m in parts:
            if len(m) < 2 or not all(isinstance(t, str) and is_word(t) for t in m):
                raise ValueError(f"a merge needs at least two word tokens (no punctuation, number or space), got {m!r}")
        self.parts: tuple[tuple[str, ...], ...] = tuple(parts)
        self.version = hashlib.sha256("\n".join(" ".join(m) for m in parts).encode()).hexdigest()[:16]
        self._by_len: dict[int, dict[str, set[tuple[str, ...]]]] = defaultdict(lambda: defaultdict(set))
        for m in parts:
            self._by_len[len(m)][m[0]].add(m)
        self._lengths = sorted(self._by_len, reverse=True)

    def __len__(self) -> int:
        return len(self.parts)

    def __repr__(self) -> str:
        return f"MergeList({len(self)} merges, version {self.version})"

    def spans(self, tokens: Sequence[str]) -> list[tuple[int, int]]:
        """``(start, stop)`` of every merged span of *tokens*, in order (longest merges first, left to right).

        Examples
        --------
        >>> MergeList([("垃圾", "分类")]).spans(["推进", "垃圾", "分类"])
        [(1, 3)]
        """
        taken = [False] * len(tokens)
        found: list[tuple[int, int]] = []
        for k in self._lengths:
            first = self._by_len[k]
            i = 0
            while i + k <= len(tokens):
                cands = first.get(tokens[i])
                if cands and not any(taken[i:i + k]) and tuple(tokens[i:i + k]) in cands:
                    taken[i:i + k] = [True] * k
                    found.append((i, i + k))
                    i += k
                else:
                    i += 1
        return sorted(found)

    def apply(self, tokens: Sequence[str]) -> list[str]:
        """*tokens* with every accepted compound joined into one token."""
        if not self.parts:
            return list(tokens)
        out: list[str] = []
        last = 0
        for a, b in self.spans(tokens):
            out.extend(tokens[last:a])
            out.append("".join(tokens[a:b]))
            last = b
        out.extend(tokens[last:])
        return out

    def apply_pairs(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        """``(word, tag)`` pairs with compounds joined; a compound takes its last part's tag (the head).

        Examples
        --------
        >>> MergeList([("垃圾", "分类")]).apply_pairs([("推进", "v"), ("垃圾", "n"), ("分类", "vn")])
        [('推进', 'v'), ('垃圾分类', 'vn')]
        """
        out: list[tuple[str, str]] = []
        last = 0
        for a, b in self.spans([w for w, _ in pairs]):
            out.extend(pairs[last:a])
            out.append(("".join(w for w, _ in pairs[a:b]), pairs[b - 1][1]))
            last = b
        out.extend(pairs[last:])
        return out


def load_merges(spec, segment: Callable[[str], list[str]] | None = None) -> MergeList | None:
    """The :class:`MergeList` a ``Tokenizer(merges=...)`` value means.

    Parameters
    ----------
    spec : None, "default", path-like or iterable
        None: no merging.  ``"default"``: the accepted rows of :data:`MERGES`.
        A path: the accepted rows of that merge list file.  An iterable: each
        item a sequence of parts, a space-separated string of parts, or a
        compound written whole (split by *segment*).
    segment : callable, optional
        Cuts a compound written whole into its parts (the tokenizer's own
        segmentation); needed only for such items.

    Examples
    --------
    >>> load_merges(["城乡 环境 综合整治", ("垃圾", "分类")]).apply(["城乡", "环境", "综合整治", "垃圾", "分类"])
    ['城乡环境综合整治', '垃圾分类']
    >>> load_merges(["科学发展观"], segment=lambda s: ["科学", "发展观"]).parts
    (('科学', '发展观'),)
    """
    if spec is None:
        return None
    if isinstance(spec, MergeList):
        return spec
    if _is_file_spec(spec):
        path = MERGES if spec == "default" else Path(spec)
        return MergeList(m.parts for m in read_merges(path) if m.accept)
    if isinstance(spec, str):
        raise ValueError(f"merges must be None, 'default', a merge list file (.tsv) or a list, got {spec!r}")
    parts: list[tuple[str, ...]] = []
    for item in spec:
        if isinstance(item, Merge):
            parts.append(item.parts)
        elif isinstance(item, str) and " " in item.strip():
            parts.append(tuple(item.split()))
        elif isinstance(item, str):
            if segment is None:
                raise ValueError(f"merge {item!r} is written whole: give its parts ('a b') or a segmenter")
            parts.append(tuple(t for t in segment(item) if t.strip()))
        else:
            parts.append(tuple(item))
    return MergeList(parts)


def _is_file_spec(spec) -> bool:
    return isinstance(spec, os.PathLike) or (isinstance(spec, str) and (
        spec == "default" or spec.endswith((".tsv", ".txt")) or os.sep in spec))


def freeze_spec(spec):
    """A ``merges=`` value made immutable and picklable (a list becomes a tuple of tuples or strings).

    Examples
    --------
    >>> freeze_spec([["垃圾", "分类"], "科学 发展观"]), freeze_spec("default")
    ((('垃圾', '分类'), '科学 发展观'), 'default')
    """
    if spec is None or isinstance(spec, (str, os.PathLike, MergeList)):
        return spec
    return tuple(m.parts if isinstance(m, Merge) else m if isinstance(m, str) else tuple(m) for m in spec)


def spec_key(spec) -> tuple:
    """What a ``merges=`` value's merge list depends on: the value, and for a file its size and time.

    Examples
    --------
    >>> spec_key(None), spec_key(("垃圾 分类",))
    ((None,), (('垃圾 分类',),))
    """
    if _is_file_spec(spec):
        path = MERGES if spec == "default" else Path(spec)
        try:
            st = path.stat()
        except OSError:
            return (str(path), None)
        return (str(path), st.st_mtime_ns, st.st_size)
    return (spec.version,) if isinstance(spec, MergeList) else (spec,)
