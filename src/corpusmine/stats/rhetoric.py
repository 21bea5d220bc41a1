"""Rhetoric measures: how speeches order, mobilise, threaten, rank and appeal.

The registers are defined by a documented lexicon, ``data/lexicons/rhetoric.yaml``
(directive modality, mobilisation and war metaphor, sanction, evaluation and
ranking, mass line, campaign-style and routine governance; each category and
term with its source).  This module counts them per document, turns the counts
into rates per 1,000 tokens with bootstrap confidence intervals, and compares
campaigns with permutation tests.

How terms are matched
---------------------
Counting works on the TOKENS of :class:`corpusmine.Tokenizer`, built with
``remove_stopwords=False`` so that modal verbs such as 要 survive (要 is in the
default stop list).  Matching on tokens rather than on raw substrings is what
keeps the 要 of 重要, 要求, 主要 or 需要 from being counted as the directive 要.

* A lexicon term is segmented with the same tokenizer.  A one-token term
  (要, 必须, 攻坚战) matches a token that equals it; a multi-token term
  (一定要 = 一定 / 要, 战时状态 = 战时 / 状态) matches the same run of
  consecutive tokens.
* Texts are first cut into clauses at punctuation (and at the anonymisation
  placeholder).  jieba segments each run of Han characters between such
  characters on its own, so the tokens are exactly those of
  ``Tokenizer.cut(text)``; the clause cut only stops a multi-token term from
  matching across a comma or a full stop.
* Overlaps are resolved leftmost-longest over the whole lexicon: 一定要 counts
  once (not also as 要), and every token counts for at most one category.
* The limit of token matching: where jieba's dictionary holds a longer word
  (切实加强, 通报批评), a shorter term does not match inside it; the lexicon
  lists such words as terms of their own, and :func:`term_table` shows token
  matches next to raw substring counts so that the difference can be audited.
  A term that the tokenizer cuts differently alone than in running text would
  be missed as well; the same table reveals it.

Uncertainty
-----------
The seed corpus is small (7 speeches, one civilised-city speech) and its
texts come from template sites that copy each other.  Paragraphs of one
speech are not independent observations, so every function that resamples or
permutes can do so by cluster (``cluster="speech_id"``); with one speech in a
group no between-speech uncertainty can be estimated at all, and the functions
say so (NaN intervals, a stated minimum attainable p-value) instead of
printing a precise-looking number.

Examples
--------
>>> import pandas as pd
>>> from corpusmine import Tokenizer
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "group": ["civilised_city", "environment"],
...                      "text": ["要坚决打赢创文攻坚战。", "要建立长效机制。"]})
>>> counts = rhetoric_counts(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
>>> counts[["directive", "mobilisation", "routine_mode"]].values.tolist()
[[2, 2, 0], [1, 0, 1]]
>>> import corpusmine as cm                                         # doctest: +SKIP
>>> from corpusmine.features import documents                       # doctest: +SKIP
>>> docs = documents(cm.load_corpus(), level="paragraph")           # doctest: +SKIP
>>> rhetoric_rates(docs, cluster="speech_id")                       # doctest: +SKIP
>>> compare_rhetoric(docs, cluster="speech_id")                     # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import math
import os
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import config

__all__ = [
    "RHETORIC_LEXICON",
    "RhetoricCategory",
    "RhetoricLexicon",
    "RhetoricLexiconError",
    "RhetoricTerm",
    "compare_rhetoric",
    "load_rhetoric_lexicon",
    "permutation_test",
    "rhetoric_concordance",
    "rhetoric_counts",
    "rhetoric_rates",
    "term_table",
]

#: The default lexicon file.
RHETORIC_LEXICON: Path = config.LEXICON_DIR / "rhetoric.yaml"

#: Column names a category may not take (they are used by the count tables).
RESERVED_COLUMNS: frozenset[str] = frozenset(
    {"doc_id", "speech_id", "group", "text", "n_tokens", "category", "term", "count"}
)

_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_]*")
# Characters a term may contain: the characters jieba segments as words
# (its ``re_han_default`` without the joiners + # & . _ % -).
_TERM_CHARS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9]+")
# jieba's own block pattern: text between runs of other characters is
# segmented independently, so cutting at those characters does not change
# the segmentation.
_JIEBA_BLOCK_CHARS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


class RhetoricLexiconError(ValueError):
    """A rhetoric lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class RhetoricTerm:
    """One lexicon entry.

    Attributes
    ----------
    term : str
        The word or phrase, in Simplified Chinese.
    note : str or None
        Why the term belongs to its category, or what to watch for.

    Examples
    --------
    >>> RhetoricTerm("背水一战", note="战争隐喻")
    RhetoricTerm(term='背水一战', note='战争隐喻')
    """

    term: str
    note: str | None = None


@dataclass(frozen=True)
class RhetoricCategory:
    """One rhetorical register.

    Attributes
    ----------
    name : str
        Identifier, used as a column name (``directive``, ``mobilisation`` ...).
    label_zh : str
        Chinese label for tables and figures.
    definition : str
        What the category measures.
    source : str
        Literature, official document or rationale behind the category.
    terms : tuple of RhetoricTerm
        The entries, in file order.

    Examples
    --------
    >>> cat = RhetoricCategory("directive", "指令", "上级对下级的要求", "示例", (RhetoricTerm("要"), RhetoricTerm("必须")))
    >>> cat.label_zh, [t.term for t in cat.terms]
    ('指令', ['要', '必须'])
    """

    name: str
    label_zh: str
    definition: str
    source: str
    terms: tuple[RhetoricTerm, ...]


@dataclass(frozen=True)
class RhetoricLexicon:
    """A validated rhetoric lexicon (see :func:`load_rhetoric_lexicon`).

    Attributes
    ----------
    categories : tuple of RhetoricCategory
        In file order, which is the display order.
    version : int
        Format version of the file.
    path : Path or None
        The file it was read from.

    Examples
    --------
    >>> lex = load_rhetoric_lexicon()
    >>> lex.names[:2]
    ('directive', 'mobilisation')
    >>> lex["mobilisation"].label_zh
    '动员与战争隐喻'
    >>> "背水一战" in lex.terms("mobilisation")
    True
    """

    categories: tuple[RhetoricCategory, ...]
    version: int = 1
    path: Path | None = field(default=None, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        """Category names in display order."""
        return tuple(c.name for c in self.categories)

    def __getitem__(self, name: str) -> RhetoricCategory:
        for c in self.categories:
            if c.name == name:
                return c
        raise KeyError(f"no rhetoric category {name!r}; known: {', '.join(self.names)}")

    def __len__(self) -> int:
        return len(self.categories)

    def terms(self, category: str | None = None) -> list[str]:
        """The terms of one category, or of all categories, in file order."""
        cats = self.categories if category is None else (self[category],)
        return [t.term for c in cats for t in c.terms]

    def category_of(self, term: str) -> str:
        """The category a term belongs to."""
        for c in self.categories:
            if any(t.term == term for t in c.terms):
                return c.name
        raise KeyError(f"{term!r} is not in the rhetoric lexicon")

    def to_frame(self) -> pd.DataFrame:
        """One row per term.

        Returns
        -------
        DataFrame
            ``category`` (name), ``label_zh``, ``term``, ``note`` (empty string
            when the file gives none), ``source`` (the category's source).
        """
        rows = [
            {"category": c.name, "label_zh": c.label_zh, "term": t.term, "note": t.note or "", "source": c.source}
            for c in self.categories
            for t in c.terms
        ]
        return pd.DataFrame(rows, columns=["category", "label_zh", "term", "note", "source"])

    def summary(self) -> pd.DataFrame:
        """One row per category: ``category, label_zh, n_terms, definition, source``."""
        return pd.DataFrame(
            [
                {"category": c.name, "label_zh": c.label_zh, "n_terms": len(c.terms),
                 "definition": c.definition, "source": c.source}
                for c in self.categories
            ],
            columns=["category", "label_zh", "n_terms", "definition", "source"],
        )


# --------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------

_CATEGORY_KEYS = ("label_zh", "definition", "source", "terms")
_TERM_KEYS = ("term", "note")


def load_rhetoric_lexicon(path: str | os.PathLike | None = None) -> RhetoricLexicon:
    """Read and validate a rhetoric lexicon (YAML).

    The file is a mapping with ``version: 1`` and ``categories``: an ordered
    mapping from a category name (lower-case identifier) to ``label_zh``,
    ``definition``, ``source`` and ``terms``.  Each term is a mapping
    ``{term: ..., note: ...}`` (``note`` optional) or a bare string.

    Parameters
    ----------
    path : path-like, optional
        Defaults to ``data/lexicons/rhetoric.yaml``.

    Returns
    -------
    RhetoricLexicon

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    RhetoricLexiconError
        On invalid YAML, a missing or unknown key, an empty field, a category
        name that is not an identifier or clashes with a table column, a term
        with spaces, punctuation or the anonymisation placeholder, a term in
        Traditional characters, or a term listed twice (in one category or in
        two).  The message names the file, the category and the term.

    Examples
    --------
    >>> lex = load_rhetoric_lexicon()
    >>> lex.category_of("要"), lex.category_of("挂图作战"), lex.category_of("长效机制")
    ('directive', 'mobilisation', 'routine_mode')
    """
    import yaml

    path = Path(RHETORIC_LEXICON if path is None else path)
    if not path.is_file():
        raise FileNotFoundError(f"rhetoric lexicon not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise RhetoricLexiconError(f"{path}: not valid UTF-8 ({exc.reason})") from None
    except yaml.YAMLError as exc:
        raise RhetoricLexiconError(f"{path}: not valid YAML: {exc}") from None

    def fail(msg: str) -> RhetoricLexiconError:
        return RhetoricLexiconError(f"{path}: {msg}")

    if not isinstance(data, dict):
        raise fail("the top level must be a mapping with 'version' and 'categories'")
    unknown = sorted(set(data) - {"version", "categories"})
    if unknown:
        raise fail(f"unknown top-level key(s) {unknown}; expected 'version' and 'categories'")
    version = data.get("version")
    if version != 1:
        raise fail(f"'version' must be 1, got {version!r}")
    cats = data.get("categories")
    if not isinstance(cats, dict) or not cats:
        raise fail("'categories' must be a non-empty mapping of category name -> definition")

    t2s = _t2s()
    seen: dict[str, str] = {}
    categories: list[RhetoricCategory] = []
    for name, spec in cats.items():
        where = f"category {name!r}"
        if not isinstance(name, str) or not _CATEGORY_NAME.fullmatch(name):
            raise fail(f"{where}: the name must be a lower-case identifier (letters, digits, _)")
        if name in RESERVED_COLUMNS:
            raise fail(f"{where}: the name clashes with a table column ({', '.join(sorted(RESERVED_COLUMNS))})")
        if not isinstance(spec, dict):
            raise fail(f"{where}: must be a mapping with keys {', '.join(_CATEGORY_KEYS)}")
        unknown = sorted(set(spec) - set(_CATEGORY_KEYS))
        if unknown:
            raise fail(f"{where}: unknown key(s) {unknown}; allowed: {', '.join(_CATEGORY_KEYS)}")
        for key in ("label_zh", "definition", "source"):
            value = spec.get(key)
            if not isinstance(value, str) or not value.strip():
                raise fail(f"{where}: '{key}' is missing or empty")
        raw_terms = spec.get("terms")
        if not isinstance(raw_terms, list) or not raw_terms:
            raise fail(f"{where}: 'terms' must be a non-empty list")
        terms: list[RhetoricTerm] = []
        for i, entry in enumerate(raw_terms, 1):
            here = f"{where}, term #{i}"
            if isinstance(entry, str):
                entry = {"term": entry}
            if not isinstance(entry, dict):
                raise fail(f"{here}: must be a string or a mapping {{term: ..., note: ...}}, got {entry!r}")
            unknown = sorted(set(entry) - set(_TERM_KEYS))
            if unknown:
                raise fail(f"{here}: unknown key(s) {unknown}; allowed: term, note")
            term = entry.get("term")
            if not isinstance(term, str) or not term.strip():
                raise fail(f"{here}: 'term' is missing or empty")
            here = f"{where}, term #{i} ({term!r})"
            if config.PLACEHOLDER in term:
                raise fail(f"{here}: the anonymisation placeholder {config.PLACEHOLDER} cannot be a term")
            if not _TERM_CHARS.fullmatch(term):
                raise fail(
                    f"{here}: a term may contain only Chinese characters, Latin letters and digits "
                    "(no spaces or punctuation: matching never crosses them)"
                )
            if t2s is not None and t2s(term) != term:
                raise fail(f"{here}: write the term in Simplified Chinese ({t2s(term)!r}); the corpus is Simplified")
            if term in seen:
                if seen[term] == name:
                    raise fail(f"{here}: listed twice in category {name!r}")
                raise fail(f"{here}: already listed in category {seen[term]!r}; a term belongs to one category")
            note = entry.get("note")
            if note is not None and (not isinstance(note, str) or not note.strip()):
                raise fail(f"{here}: 'note' must be a non-empty string when given")
            seen[term] = name
            terms.append(RhetoricTerm(term, note.strip() if note else None))
        categories.append(RhetoricCategory(name, spec["label_zh"].strip(), " ".join(spec["definition"].split()),
                                           " ".join(spec["source"].split()), tuple(terms)))
    return RhetoricLexicon(tuple(categories), version=version, path=path)


def _t2s():
    """OpenCC Traditional-to-Simplified converter, or None when OpenCC is unavailable."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    return opencc.OpenCC("t2s").convert


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------


def _default_tokenizer():
    from corpusmine.tokens.tokenizer import Tokenizer

    return Tokenizer(remove_stopwords=False)


class _Matcher:
    """Leftmost-longest matcher of segmented lexicon terms over token lists."""

    def __init__(self, lexicon: RhetoricLexicon, tokenizer) -> None:
        self.lexicon = lexicon
        self.terms: list[str] = lexicon.terms()
        cat_index = {n: k for k, n in enumerate(lexicon.names)}
        self.term_category = np.array([cat_index[lexicon.category_of(t)] for t in self.terms], dtype=np.int64)
        segmented = tokenizer.cut_many(self.terms)
        self.table: dict[tuple[str, ...], int] = {}
        for j, (term, toks) in enumerate(zip(self.terms, segmented)):
            if "".join(toks) != term:
                raise ValueError(
                    f"the tokenizer drops part of the rhetoric term {term!r} (it yields {toks}); "
                    "count rhetoric with a Tokenizer(remove_stopwords=False), which keeps modal verbs such as 要"
                )
            # distinct terms are distinct strings, so their token tuples differ too
            self.table[tuple(toks)] = j
        self.max_len = max((len(k) for k in self.table), default=1)
        self.segmentation = dict(zip(self.terms, (tuple(s) for s in segmented)))

    def find(self, tokens: Sequence[str]) -> list[tuple[int, int, int]]:
        """Matches as ``(start, length, term_index)``, leftmost-longest, non-overlapping."""
        out = []
        i, n = 0, len(tokens)
        table = self.table
        while i < n:
            for length in range(min(self.max_len, n - i), 0, -1):
                j = table.get(tuple(tokens[i:i + length]))
                if j is not None:
                    out.append((i, length, j))
                    i += length
                    break
            else:
                i += 1
        return out


def _clause_spans(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Character spans of each text's clauses (cut at punctuation and the placeholder)."""
    chars = sorted({ch for t in texts for ch in t})
    from corpusmine.tokens.tokenizer import is_punctuation

    boundary = [ch for ch in chars if is_punctuation(ch) and not _JIEBA_BLOCK_CHARS.match(ch)]
    ph = re.escape(config.PLACEHOLDER)
    # one run of boundary characters and placeholders, so that 《〔某〕 is cut whole
    pattern = re.compile(f"(?:{ph}|[{''.join(re.escape(c) for c in boundary)}])+" if boundary else f"(?:{ph})+")
    spans_all = []
    for t in texts:
        spans, start = [], 0
        for m in pattern.finditer(t):
            if m.start() > start:
                spans.append((start, m.start()))
            start = m.end()
        if start < len(t):
            spans.append((start, len(t)))
        spans_all.append(spans)
    return spans_all


@dataclass
class _Counted:
    """Per-document tokens and matches, shared by all public functions."""

    n_tokens: np.ndarray                    # (n_docs,)
    term_counts: np.ndarray                 # (n_docs, n_terms)
    matcher: _Matcher
    clause_tokens: list[list[list[str]]]    # doc -> clause -> tokens
    clause_spans: list[list[tuple[int, int]]]


def _count_texts(texts: Sequence[str], lexicon: RhetoricLexicon, tokenizer) -> _Counted:
    matcher = _Matcher(lexicon, tokenizer)
    spans = _clause_spans(texts)
    flat = [t[a:b] for t, sp in zip(texts, spans) for a, b in sp]
    flat_tokens = tokenizer.cut_many(flat)
    n_docs, n_terms = len(texts), len(matcher.terms)
    n_tokens = np.zeros(n_docs, dtype=np.int64)
    term_counts = np.zeros((n_docs, n_terms), dtype=np.int64)
    clause_tokens: list[list[list[str]]] = []
    pos = 0
    for d, sp in enumerate(spans):
        doc_clauses = flat_tokens[pos:pos + len(sp)]
        pos += len(sp)
        clause_tokens.append(doc_clauses)
        for toks in doc_clauses:
            n_tokens[d] += len(toks)
            for _, _, j in matcher.find(toks):
                term_counts[d, j] += 1
    return _Counted(n_tokens, term_counts, matcher, clause_tokens, spans)


def _category_counts(counted: _Counted, n_categories: int) -> np.ndarray:
    onehot = np.zeros((len(counted.matcher.terms), n_categories), dtype=np.int64)
    onehot[np.arange(len(counted.matcher.terms)), counted.matcher.term_category] = 1
    return counted.term_counts @ onehot


def _prepare(docs: pd.DataFrame, by: str | None = "group") -> pd.DataFrame:
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a DataFrame (see corpusmine.features.documents), got {type(docs).__name__}")
    if "text" not in docs.columns:
        raise KeyError("docs needs a 'text' column")
    out = docs.reset_index(drop=True)
    if "doc_id" not in out.columns:
        out = out.assign(doc_id=[str(i) for i in range(len(out))])
    if by is not None and by not in out.columns:
        if by == "group":
            out = out.assign(group="all")
        else:
            raise KeyError(f"docs has no grouping column {by!r}")
    bad = [i for i, t in enumerate(out["text"]) if not isinstance(t, str)]
    if bad:
        raise TypeError(f"docs.text must hold strings; row {bad[0]} holds {out['text'].iloc[bad[0]]!r}")
    return out


# --------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------


def rhetoric_counts(
    docs: pd.DataFrame,
    *,
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
    by: str = "group",
) -> pd.DataFrame:
    """Count the rhetoric categories in every document.

    Parameters
    ----------
    docs : DataFrame
        With a ``text`` column, usually from
        :func:`corpusmine.features.documents`.  ``doc_id``, ``speech_id`` and
        the grouping column are carried over when present (a missing
        ``doc_id`` becomes the row number, a missing ``group`` becomes
        ``"all"``).
    tokenizer : Tokenizer, optional
        Default ``Tokenizer(remove_stopwords=False)``.  A tokenizer that drops
        part of a lexicon term (for example one that removes the stop word 要)
        is refused with a ValueError rather than silently undercounting.
    lexicon : RhetoricLexicon, optional
        Default :func:`load_rhetoric_lexicon`.
    by : str
        Grouping column carried into the output (default ``group``).

    Returns
    -------
    DataFrame
        One row per document, in input order: ``doc_id``, ``speech_id`` (when
        docs has it), the grouping column, ``n_tokens`` (tokens of
        ``tokenizer.cut(text)``: stop words kept, punctuation, numbers and the
        placeholder dropped) and one integer column per category, in lexicon
        order, holding the number of matches.

    Notes
    -----
    See the module docstring for the matching rule (tokens, leftmost-longest,
    no match across punctuation).

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"],
    ...                      "text": ["各乡镇要抓好落实，打赢攻坚战。", "这项工作很重要，要求很高。"]})
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> rhetoric_counts(docs, tokenizer=tok)[["doc_id", "n_tokens", "directive", "mobilisation"]]
      doc_id  n_tokens  directive  mobilisation
    0      a         6          1             2
    1      b         7          0             0
    """
    lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    d = _prepare(docs, by)
    counted = _count_texts(d["text"].tolist(), lex, tok)
    return _counts_frame(d, counted, lex, by)


def _counts_frame(d: pd.DataFrame, counted: _Counted, lex: RhetoricLexicon, by: str) -> pd.DataFrame:
    cats = _category_counts(counted, len(lex))
    cols = {"doc_id": d["doc_id"].to_numpy()}
    if "speech_id" in d.columns:
        cols["speech_id"] = d["speech_id"].to_numpy()
    cols[by] = d[by].astype(str).to_numpy()
    cols["n_tokens"] = counted.n_tokens
    for k, name in enumerate(lex.names):
        cols[name] = cats[:, k]
    return pd.DataFrame(cols)


def term_table(
    docs: pd.DataFrame,
    *,
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
    by: str = "group",
) -> pd.DataFrame:
    """Every lexicon term's matches per group, with dispersion and a substring audit.

    Parameters
    ----------
    docs, tokenizer, lexicon, by
        As in :func:`rhetoric_counts`.

    Returns
    -------
    DataFrame
        One row per term and group (lexicon order, then groups in campaign
        order), zero rows included:

        ``category``, ``term``, ``segmentation`` (the term's tokens joined by
        "/"), group column, ``count`` (token matches), ``n_docs`` (documents
        with at least one match), ``n_speeches`` (distinct ``speech_id`` with
        a match; absent when docs has no ``speech_id``), ``substring_count``
        (raw occurrences of the string in the texts, inside other words and
        across punctuation included).  ``substring_count > count`` shows
        where token matching declines to count: 要 inside 重要, 攻坚 inside
        脱贫攻坚; read those rows when extending the lexicon.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"text": ["要抓好落实", "这很重要"]})
    >>> t = term_table(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> t.loc[t.term == "要", ["count", "n_docs", "substring_count"]].to_numpy().tolist()
    [[1, 1, 2]]
    """
    lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    d = _prepare(docs, by)
    texts = d["text"].tolist()
    counted = _count_texts(texts, lex, tok)
    labels = d[by].astype(str).to_numpy()
    groups = _ordered_groups(labels)
    has_speech = "speech_id" in d.columns
    speech = d["speech_id"].astype(str).to_numpy() if has_speech else None
    m = counted.matcher
    rows = []
    for j, term in enumerate(m.terms):
        col = counted.term_counts[:, j]
        subs = np.array([t.count(term) for t in texts], dtype=np.int64)
        for g in groups:
            sel = labels == g
            row = {"category": lex.names[m.term_category[j]], "term": term,
                   "segmentation": "/".join(m.segmentation[term]), by: g,
                   "count": int(col[sel].sum()), "n_docs": int((col[sel] > 0).sum())}
            if has_speech:
                row["n_speeches"] = len(set(speech[sel & (col > 0)]))
            row["substring_count"] = int(subs[sel].sum())
            rows.append(row)
    columns = ["category", "term", "segmentation", by, "count", "n_docs"] + (["n_speeches"] if has_speech else [])
    return pd.DataFrame(rows, columns=columns + ["substring_count"])


def rhetoric_concordance(
    docs: pd.DataFrame,
    *,
    category: str | None = None,
    term: str | None = None,
    window: int = 15,
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
    by: str = "group",
) -> pd.DataFrame:
    """Keyword-in-context lines of the matches, to read before interpreting a count.

    Parameters
    ----------
    docs, tokenizer, lexicon, by
        As in :func:`rhetoric_counts`.
    category : str, optional
        Only matches of this category.
    term : str, optional
        Only matches of this lexicon term.
    window : int
        Characters of context on each side (within the document).

    Returns
    -------
    DataFrame
        One row per match in document order: ``doc_id``, ``speech_id`` (when
        present), group column, ``category``, ``term``, ``left``, ``match``
        (the matched text), ``right``, ``start`` (character offset of the
        match in the document's text).

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"text": ["城乡环境提质不能仅仅靠搞突击。"]})
    >>> kw = rhetoric_concordance(docs, category="campaign_mode", window=4,
    ...                           tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> kw[["left", "match", "right"]].to_numpy().tolist()
    [['仅仅靠搞', '突击', '。']]
    """
    lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
    if category is not None:
        lex[category]  # raises KeyError for an unknown category
    if term is not None:
        lex.category_of(term)
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    d = _prepare(docs, by)
    texts = d["text"].tolist()
    counted = _count_texts(texts, lex, tok)
    m = counted.matcher
    has_speech = "speech_id" in d.columns
    rows = []
    for i, text in enumerate(texts):
        for (a, b), toks in zip(counted.clause_spans[i], counted.clause_tokens[i]):
            matches = m.find(toks)
            if not matches:
                continue
            offsets = _token_offsets(text[a:b], toks)
            for start, length, j in matches:
                t = m.terms[j]
                cat = lex.names[m.term_category[j]]
                if (category is not None and cat != category) or (term is not None and t != term):
                    continue
                s = a + offsets[start][0]
                e = a + offsets[start + length - 1][1]
                row = {"doc_id": d["doc_id"].iloc[i]}
                if has_speech:
                    row["speech_id"] = d["speech_id"].iloc[i]
                row.update({by: str(d[by].iloc[i]), "category": cat, "term": t,
                            "left": text[max(0, s - window):s], "match": text[s:e],
                            "right": text[e:e + window], "start": s})
                rows.append(row)
    columns = ["doc_id"] + (["speech_id"] if has_speech else []) + [by, "category", "term", "left", "match",
                                                                     "right", "start"]
    return pd.DataFrame(rows, columns=columns)


def _token_offsets(clause: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each kept token in its clause (tokens are in order)."""
    out, cursor = [], 0
    for t in tokens:
        k = clause.find(t, cursor)
        if k < 0:  # cannot happen for jieba output; keep the cursor as a fallback
            k = cursor
        out.append((k, k + len(t)))
        cursor = k + len(t)
    return out


# --------------------------------------------------------------------------
# Rates and bootstrap
# --------------------------------------------------------------------------


def _as_counts(docs, *, tokenizer, lexicon, by, unit, needed=None) -> tuple[pd.DataFrame, RhetoricLexicon]:
    """Accept a Corpus, a DataFrame of texts, or a DataFrame from rhetoric_counts."""
    lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
    needed = lex.names if needed is None else [lex[c].name for c in needed]
    if hasattr(docs, "paragraphs") and not isinstance(docs, pd.DataFrame):
        from corpusmine.features import documents

        docs = documents(docs, level=unit)
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a Corpus or a DataFrame, got {type(docs).__name__}")
    if "n_tokens" in docs.columns and all(n in docs.columns for n in needed):
        if by not in docs.columns:
            raise KeyError(f"docs has no grouping column {by!r}")
        return docs.reset_index(drop=True), lex
    return rhetoric_counts(docs, tokenizer=tokenizer, lexicon=lex, by=by), lex


def _ordered_groups(labels: Iterable[str]) -> list[str]:
    from corpusmine.features import sort_groups

    return sort_groups(labels)


def _stable_seed(random_state: int | None, key: str) -> np.random.Generator:
    """A generator that depends only on random_state and key (not on PYTHONHASHSEED or on other groups)."""
    if random_state is None:
        random_state = int(np.random.SeedSequence().entropy % (2**63))
    if isinstance(random_state, (bool, np.bool_)) or not isinstance(random_state, (int, np.integer)):
        raise TypeError(f"random_state must be an int or None, got {random_state!r}")
    if random_state < 0:
        raise ValueError(f"random_state must be non-negative, got {random_state}")
    return np.random.default_rng([int(random_state), zlib.crc32(key.encode("utf-8"))])


def _units(sub: pd.DataFrame, names: Sequence[str], cluster: str | None) -> tuple[np.ndarray, np.ndarray]:
    """Hits (units x categories) and tokens (units) of the resampling units of one group."""
    hits = sub[list(names)].to_numpy(dtype=np.int64)
    toks = sub["n_tokens"].to_numpy(dtype=np.int64)
    if cluster is None:
        return hits, toks
    if cluster not in sub.columns:
        raise KeyError(f"cluster column {cluster!r} not in docs")
    codes, uniq = pd.factorize(sub[cluster].astype(str), sort=True)
    agg = np.zeros((len(uniq), hits.shape[1]), dtype=np.int64)
    np.add.at(agg, codes, hits)
    return agg, np.bincount(codes, weights=toks, minlength=len(uniq)).astype(np.int64)


def rhetoric_rates(
    docs,
    *,
    by: str = "group",
    n_boot: int = 2000,
    ci: float = 0.95,
    random_state: int | None = 0,
    unit: str = "paragraph",
    cluster: str | None = None,
    categories: Sequence[str] | None = None,
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
) -> pd.DataFrame:
    """Rates per 1,000 tokens of every category in every group, with bootstrap intervals.

    The rate of a group is its pooled rate, total matches / total tokens x
    1000 (longer documents weigh more).  Its interval is a percentile
    bootstrap (Efron & Tibshirani 1993, *An Introduction to the Bootstrap*,
    ch. 13): the group's documents are resampled with replacement ``n_boot``
    times and the pooled rate recomputed on each resample; the same resamples
    serve all categories.

    With ``cluster="speech_id"`` whole speeches (within the group) are
    resampled instead of paragraphs (the cluster bootstrap; Davison & Hinkley
    1997, *Bootstrap Methods and Their Application*, sec. 3.8; Field & Welsh
    2007, JRSS B 69(3): 369-390).  This matters here: paragraphs of one speech
    share a speaker, an occasion and often a template, and template-site
    speeches copy each other, so treating 100 paragraphs from 6 speeches as
    100 independent draws makes intervals far too narrow.  The cluster
    bootstrap describes the variation between speeches, which is what a claim
    about a campaign's rhetoric needs; with as few speeches as the seed
    corpus has, its intervals are wide and themselves rough (a percentile
    interval from 2 to 6 clusters under-covers), and with a single speech no
    interval exists.

    Parameters
    ----------
    docs : Corpus or DataFrame
        A Corpus (turned into documents with
        ``features.documents(corpus, level=unit)``), a DataFrame with ``text``
        (counted with :func:`rhetoric_counts`), or the output of
        :func:`rhetoric_counts` (used as is).
    by : str
        Grouping column (default ``group``: the campaign).
    n_boot : int
        Bootstrap resamples.
    ci : float
        Coverage of the interval, in (0, 1).
    random_state : int or None
        Seed.  Each group's resamples depend only on the seed and the group's
        label, so adding or removing a group does not change the others.
    unit : {"speech", "section", "paragraph"}
        Level of the documents when docs is a Corpus.
    cluster : str, optional
        Column whose values are resampled as wholes (``"speech_id"``).
    categories : sequence of str, optional
        Default all lexicon categories.
    tokenizer, lexicon
        As in :func:`rhetoric_counts`.

    Returns
    -------
    DataFrame
        Tidy, one row per group and category (groups in campaign order,
        categories in lexicon order):

        ``group`` (the value of ``by``), ``category``, ``label_zh``,
        ``count`` (matches), ``n_tokens`` (tokens of the group),
        ``rate_per_1000`` (count / n_tokens x 1000), ``ci_low`` and
        ``ci_high`` (percentile bootstrap bounds; NaN when there are fewer
        than two resampling units), ``n_docs`` (documents),
        ``n_docs_with`` (documents with at least one match: dispersion),
        ``n_speeches`` and ``n_speeches_with`` (the same by distinct
        ``speech_id``, when docs has it), ``resample_unit`` (``"document"``
        or the cluster column), ``n_units`` (units resampled), ``n_boot``.

    Examples
    --------
    >>> counts = pd.DataFrame({"doc_id": ["a", "b", "c"], "group": ["创文", "创文", "整治"],
    ...                        "n_tokens": [100, 300, 200], "directive": [3, 5, 1]})
    >>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
    >>> r = rhetoric_rates(counts, lexicon=lex, n_boot=200)
    >>> r[["group", "count", "n_tokens", "rate_per_1000"]].to_numpy().tolist()
    [['创文', 8, 400, 20.0], ['整治', 1, 200, 5.0]]
    """
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot must be a positive int, got {n_boot!r}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    counts, lex = _as_counts(docs, tokenizer=tokenizer, lexicon=lexicon, by=by, unit=unit, needed=categories)
    names = list(lex.names) if categories is None else [lex[c].name for c in categories]
    labels = counts[by].astype(str).to_numpy()
    has_speech = "speech_id" in counts.columns
    alpha = (1 - ci) / 2
    rows = []
    for g in _ordered_groups(labels):
        sub = counts[labels == g]
        hits, toks = _units(sub, names, cluster)
        total_hits, total_toks = hits.sum(axis=0), toks.sum()
        m = len(toks)
        if m >= 2:
            rng = _stable_seed(random_state, f"rates\x00{g}")
            w = rng.multinomial(m, np.full(m, 1.0 / m), size=int(n_boot))  # resampling with replacement
            bh, bt = w @ hits, w @ toks
            with np.errstate(invalid="ignore", divide="ignore"):
                br = bh / bt[:, None] * 1000.0
            lo, hi = np.nanquantile(br, [alpha, 1 - alpha], axis=0)
        else:
            lo = hi = np.full(len(names), np.nan)
        doc_hits = sub[names].to_numpy()
        for k, name in enumerate(names):
            row = {
                "group": g, "category": name, "label_zh": lex[name].label_zh,
                "count": int(total_hits[k]), "n_tokens": int(total_toks),
                "rate_per_1000": (total_hits[k] / total_toks * 1000.0) if total_toks else np.nan,
                "ci_low": float(lo[k]), "ci_high": float(hi[k]),
                "n_docs": len(sub), "n_docs_with": int((doc_hits[:, k] > 0).sum()),
            }
            if has_speech:
                row["n_speeches"] = int(sub["speech_id"].nunique())
                row["n_speeches_with"] = int(sub.loc[doc_hits[:, k] > 0, "speech_id"].nunique())
            row.update({"resample_unit": cluster or "document", "n_units": m, "n_boot": int(n_boot)})
            rows.append(row)
    columns = ["group", "category", "label_zh", "count", "n_tokens", "rate_per_1000", "ci_low", "ci_high",
               "n_docs", "n_docs_with"] + (["n_speeches", "n_speeches_with"] if has_speech else []) + [
        "resample_unit", "n_units", "n_boot"]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------
# Permutation tests
# --------------------------------------------------------------------------


def _perm_core(hits: np.ndarray, toks: np.ndarray, n_a: int, n_perm: int, rng: np.random.Generator):
    """Observed and permuted rate differences (a minus b) for all categories.

    ``hits``/``toks`` hold the units of group a first (n_a of them), then
    group b.  Returns (observed (K,), p-values (K,), n used, method, n_distinct).
    """
    m = len(toks)
    n_distinct = math.comb(m, n_a)
    total_hits, total_toks = hits.sum(axis=0), toks.sum()

    def diffs(mask: np.ndarray) -> np.ndarray:
        mask = mask.astype(np.int64)
        ha, ta = mask @ hits, mask @ toks
        hb, tb = total_hits - ha, total_toks - ta
        with np.errstate(invalid="ignore", divide="ignore"):
            return (ha / ta[:, None] - hb / tb[:, None]) * 1000.0

    observed_mask = np.zeros((1, m), dtype=bool)
    observed_mask[0, :n_a] = True
    observed = diffs(observed_mask)[0]
    if n_distinct <= n_perm:
        # every assignment of n_a units to group a: the exact permutation distribution
        masks = np.zeros((n_distinct, m), dtype=bool)
        for r, combo in enumerate(itertools.combinations(range(m), n_a)):
            masks[r, list(combo)] = True
        method, used = "exact", n_distinct
    else:
        masks = rng.permuted(np.repeat(observed_mask, n_perm, axis=0), axis=1)
        method, used = "monte_carlo", int(n_perm)
    perm = np.abs(diffs(masks))
    obs = np.abs(observed)
    tol = 1e-9 * np.maximum(1.0, obs)
    extreme = (perm >= (obs - tol)[None, :]).sum(axis=0)
    if method == "exact":
        p = extreme / n_distinct  # the observed assignment is among them, so p >= 1 / n_distinct
    else:
        p = (extreme + 1) / (n_perm + 1)  # Phipson & Smyth (2010)
    p = np.where(np.isnan(observed), np.nan, p)
    return observed, p, used, method, n_distinct


def _pair_units(counts, names, by, a, b, cluster):
    labels = counts[by].astype(str).to_numpy()
    for g in (a, b):
        if g not in set(labels):
            raise KeyError(f"group {g!r} not found in column {by!r}; groups: {', '.join(_ordered_groups(labels))}")
    if a == b:
        raise ValueError("group_a and group_b must differ")
    ha, ta = _units(counts[labels == a], names, cluster)
    hb, tb = _units(counts[labels == b], names, cluster)
    return np.vstack([ha, hb]), np.concatenate([ta, tb]), len(ta), len(tb)


def permutation_test(
    docs,
    category: str,
    group_a: str,
    group_b: str,
    *,
    n_perm: int = 5000,
    random_state: int | None = 0,
    cluster: str | None = None,
    by: str = "group",
    unit: str = "paragraph",
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
) -> pd.Series:
    """Two-sided permutation test of a difference in rates between two groups.

    The statistic is ``rate_a - rate_b`` (pooled rates per 1,000 tokens).
    Under the null hypothesis that the group label does not matter, the
    documents (or clusters) of the two groups are exchangeable; their labels
    are permuted, keeping the group sizes, and the statistic recomputed.  The
    p-value is the share of permutations at least as extreme in absolute
    value.  When the number of distinct assignments, C(n_a + n_b, n_a), is at
    most ``n_perm`` they are all enumerated and the p-value is exact;
    otherwise ``n_perm`` random permutations are drawn and
    ``p = (b + 1) / (n_perm + 1)`` (Phipson & Smyth 2010, "Permutation
    P-values Should Never Be Zero", *Stat. Appl. Genet. Mol. Biol.* 9(1): 39),
    so p is never 0.

    With ``cluster="speech_id"`` the speeches (within each group: a mixed
    speech contributes one unit per campaign) are permuted instead of
    paragraphs.  Few speeches mean few assignments: with 1 speech against 6
    the smallest attainable p is 1/7, whatever the data; ``min_p`` reports
    it.

    Parameters
    ----------
    docs : Corpus or DataFrame
        As in :func:`rhetoric_rates`.
    category : str
        A lexicon category.
    group_a, group_b : str
        Values of the ``by`` column.
    n_perm : int
        Random permutations (or the cap for exact enumeration).
    random_state : int or None
        Seed; the permutations depend only on it and on the pair of groups, so
        every category of a pair (and :func:`compare_rhetoric`) sees the same
        permutations.
    cluster : str, optional
        Column whose values are permuted as wholes (``"speech_id"``).
    by, unit, tokenizer, lexicon
        As in :func:`rhetoric_rates`.

    Returns
    -------
    Series
        ``category``, ``group_a``, ``group_b``, ``rate_a``, ``rate_b``,
        ``diff`` (rate_a - rate_b per 1,000 tokens), ``p_value``
        (two-sided), ``method`` (``"exact"`` or ``"monte_carlo"``),
        ``n_perm`` (assignments used), ``min_p`` (smallest attainable
        p-value), ``n_units_a``, ``n_units_b``, ``resample_unit``.

    Examples
    --------
    >>> counts = pd.DataFrame({"group": ["创文"] * 3 + ["整治"] * 3, "n_tokens": [100] * 6,
    ...                        "directive": [9, 8, 10, 1, 2, 0]})
    >>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
    >>> res = permutation_test(counts, "directive", "创文", "整治", lexicon=lex)
    >>> res["method"], round(res["diff"], 6), res["p_value"]
    ('exact', 80.0, 0.1)
    """
    counts, lex = _as_counts(docs, tokenizer=tokenizer, lexicon=lexicon, by=by, unit=unit, needed=[category])
    name = lex[category].name
    if not isinstance(n_perm, (int, np.integer)) or n_perm < 1:
        raise ValueError(f"n_perm must be a positive int, got {n_perm!r}")
    hits, toks, n_a, n_b = _pair_units(counts, [name], by, group_a, group_b, cluster)
    rng = _stable_seed(random_state, f"perm\x00{group_a}\x00{group_b}")
    observed, p, used, method, n_distinct = _perm_core(hits, toks, n_a, int(n_perm), rng)
    ha, hb = hits[:n_a, 0].sum(), hits[n_a:, 0].sum()
    ta, tb = toks[:n_a].sum(), toks[n_a:].sum()
    return pd.Series({
        "category": name, "group_a": group_a, "group_b": group_b,
        "rate_a": ha / ta * 1000.0 if ta else np.nan, "rate_b": hb / tb * 1000.0 if tb else np.nan,
        "diff": float(observed[0]), "p_value": float(p[0]), "method": method, "n_perm": used,
        "min_p": 1.0 / n_distinct if method == "exact" else 1.0 / (n_perm + 1),
        "n_units_a": n_a, "n_units_b": n_b, "resample_unit": cluster or "document",
    })


def _bh(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (NaN entries left out and kept NaN)."""
    from corpusmine.stats.keyness import adjust_pvalues

    p = np.asarray(p, dtype=float)
    out = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    out[ok] = adjust_pvalues(p[ok], "fdr_bh")
    return out


def compare_rhetoric(
    docs,
    *,
    groups: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    n_perm: int = 5000,
    random_state: int | None = 0,
    cluster: str | None = None,
    by: str = "group",
    unit: str = "paragraph",
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
) -> pd.DataFrame:
    """All categories x all pairs of groups: rates, differences, permutation p-values, BH.

    Each pair of groups is tested with :func:`permutation_test` (same
    permutations for every category of a pair); the p-values of the whole
    table are then adjusted together for the false discovery rate
    (Benjamini & Hochberg 1995, JRSS B 57(1): 289-300).

    Parameters
    ----------
    docs : Corpus or DataFrame
        As in :func:`rhetoric_rates`.
    groups : sequence of str, optional
        Groups to compare; default all groups present, in campaign order
        (rural, civilised_city, environment, then others).
    categories : sequence of str, optional
        Default all lexicon categories.
    n_perm, random_state, cluster, by, unit, tokenizer, lexicon
        As in :func:`permutation_test`.

    Returns
    -------
    DataFrame
        One row per category and pair (categories in lexicon order, pairs in
        group order): ``category``, ``label_zh``, ``group_a``, ``group_b``,
        ``rate_a``, ``rate_b``, ``diff`` (rate_a - rate_b per 1,000
        tokens), ``p_value`` (two-sided permutation p), ``p_adj``
        (Benjamini-Hochberg over the table), ``method``, ``n_perm``,
        ``min_p`` (smallest attainable p for that pair), ``n_units_a``,
        ``n_units_b``, ``resample_unit``.

    Examples
    --------
    A ready count table (one row per document) can stand in for the documents:

    >>> counts = pd.DataFrame({"group": ["创文"] * 3 + ["整治"] * 3, "n_tokens": [100] * 6,
    ...                        "directive": [9, 8, 10, 1, 2, 0]})
    >>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
    >>> res = compare_rhetoric(counts, lexicon=lex)
    >>> res[["group_a", "group_b", "diff", "p_value", "p_adj"]].round(6).values.tolist()
    [['创文', '整治', 80.0, 0.1, 0.1]]

    On the corpus (builds it on first use):

    >>> import corpusmine as cm                                         # doctest: +SKIP
    >>> docs = cm.documents(cm.load_corpus(), level="paragraph")        # doctest: +SKIP
    >>> compare_rhetoric(docs, cluster="speech_id").query("category == 'mobilisation'")  # doctest: +SKIP
    """
    counts, lex = _as_counts(docs, tokenizer=tokenizer, lexicon=lexicon, by=by, unit=unit, needed=categories)
    names = list(lex.names) if categories is None else [lex[c].name for c in categories]
    if not isinstance(n_perm, (int, np.integer)) or n_perm < 1:
        raise ValueError(f"n_perm must be a positive int, got {n_perm!r}")
    present = _ordered_groups(counts[by].astype(str))
    if groups is None:
        groups = present
    else:
        groups = list(dict.fromkeys(str(g) for g in groups))
        missing = [g for g in groups if g not in present]
        if missing:
            raise KeyError(f"group(s) {missing} not found in column {by!r}; groups: {', '.join(present)}")
    rows = []
    for a, b in itertools.combinations(groups, 2):
        hits, toks, n_a, n_b = _pair_units(counts, names, by, a, b, cluster)
        rng = _stable_seed(random_state, f"perm\x00{a}\x00{b}")
        observed, p, used, method, n_distinct = _perm_core(hits, toks, n_a, int(n_perm), rng)
        ta, tb = toks[:n_a].sum(), toks[n_a:].sum()
        ha, hb = hits[:n_a].sum(axis=0), hits[n_a:].sum(axis=0)
        for k, name in enumerate(names):
            rows.append({
                "category": name, "label_zh": lex[name].label_zh, "group_a": a, "group_b": b,
                "rate_a": ha[k] / ta * 1000.0 if ta else np.nan, "rate_b": hb[k] / tb * 1000.0 if tb else np.nan,
                "diff": float(observed[k]), "p_value": float(p[k]), "method": method, "n_perm": used,
                "min_p": 1.0 / n_distinct if method == "exact" else 1.0 / (n_perm + 1),
                "n_units_a": n_a, "n_units_b": n_b, "resample_unit": cluster or "document",
            })
    columns = ["category", "label_zh", "group_a", "group_b", "rate_a", "rate_b", "diff", "p_value", "p_adj",
               "method", "n_perm", "min_p", "n_units_a", "n_units_b", "resample_unit"]
    out = pd.DataFrame(rows, columns=[c for c in columns if c != "p_adj"])
    order = {n: i for i, n in enumerate(names)}
    out = out.sort_values("category", key=lambda s: s.map(order), kind="mergesort").reset_index(drop=True)
    out.insert(8, "p_adj", _bh(out["p_value"].to_numpy()))
    return out
