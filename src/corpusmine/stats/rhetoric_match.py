"""Counting rhetoric registers in texts: token matching, counts, term audit and concordance.

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

Examples
--------
>>> import pandas as pd
>>> from corpusmine import Tokenizer
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "group": ["civilised_city", "environment"],
...                      "text": ["要坚决打赢创文攻坚战。", "要建立长效机制。"]})
>>> counts = rhetoric_counts(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
>>> counts[["directive", "mobilisation", "routine_mode"]].values.tolist()
[[2, 2, 0], [1, 0, 1]]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from corpusmine import config
from corpusmine.features import default_tokenizer, documents, sort_groups
from corpusmine.stats.rhetoric_lexicon import RhetoricLexicon, load_rhetoric_lexicon
from corpusmine.tokens.tokenizer import Tokenizer, is_punctuation

__all__ = [
    "as_counts",
    "rhetoric_concordance",
    "rhetoric_counts",
    "term_table",
]

# segmented independently, so cutting at those characters does not change
# the segmentation.
_JIEBA_BLOCK_CHARS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


# Matching
# --------------------------------------------------------------------------


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
    tok = tokenizer if tokenizer is not None else default_tokenizer()
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
    tok = tokenizer if tokenizer is not None else default_tokenizer()
    d = _prepare(docs, by)
    texts = d["text"].tolist()
    counted = _count_texts(texts, lex, tok)
    labels = d[by].astype(str).to_numpy()
    groups = sort_groups(labels)
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
    tok = tokenizer if tokenizer is not None else default_tokenizer()
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


def as_counts(docs, *, tokenizer=None, lexicon: RhetoricLexicon | None = None, by: str = "group",
              level: str = "paragraph", needed: Sequence[str] | None = None) -> tuple[pd.DataFrame, RhetoricLexicon]:
    """The count table behind every rate and test: from a Corpus, texts, or a ready count table.

    Parameters
    ----------
    docs : Corpus or DataFrame
        A Corpus (turned into documents with
        ``features.documents(corpus, level=level)``), a DataFrame with
        ``text`` (counted with :func:`rhetoric_counts`), or a table that
        already holds ``n_tokens`` and the needed category columns (used as is).
    tokenizer, lexicon, by
        As in :func:`rhetoric_counts`.
    level : {"speech", "section", "paragraph"}
        Document unit when docs is a Corpus.
    needed : sequence of str, optional
        Categories the caller needs (default all of the lexicon).

    Returns
    -------
    (DataFrame, RhetoricLexicon)
        The count table (one row per document) and the lexicon used.

    Examples
    --------
    >>> from corpusmine.stats.rhetoric_lexicon import RhetoricCategory, RhetoricTerm
    >>> lex = RhetoricLexicon((RhetoricCategory("directive", "指令", "d", "s", (RhetoricTerm("要"),)),))
    >>> ready = pd.DataFrame({"group": ["创文"], "n_tokens": [100], "directive": [3]})
    >>> as_counts(ready, lexicon=lex)[0].equals(ready)
    True
    """
    lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
    needed = lex.names if needed is None else [lex[c].name for c in needed]
    if hasattr(docs, "paragraphs") and not isinstance(docs, pd.DataFrame):
        docs = documents(docs, level=level)
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a Corpus or a DataFrame, got {type(docs).__name__}")
    if "n_tokens" in docs.columns and all(n in docs.columns for n in needed):
        if by not in docs.columns:
            raise KeyError(f"docs has no grouping column {by!r}")
        return docs.reset_index(drop=True), lex
    return rhetoric_counts(docs, tokenizer=tokenizer, lexicon=lex, by=by), lex

