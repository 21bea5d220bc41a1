"""Multi-word expressions of Chinese speeches: n-grams, collocations, quoted slogans,
numbered formulas (数字概括), parallelism (排比) and keyword-in-context lines.

Every function takes the ``docs`` table of :func:`corpusmine.features.documents`
(columns ``doc_id, speech_id, group, text``), a plain list of strings, or a
:class:`corpusmine.Corpus` (then the included speeches' paragraphs, every
section campaign including ``other``, near-copies of earlier paragraphs
dropped as in :func:`~corpusmine.features.documents`), and returns a tidy
DataFrame whose columns are listed in the function's docstring.

Two rules hold throughout:

* **Nothing crosses a boundary.**  Token sequences (n-grams, collocations,
  gensim phrases) are built inside *segments*: the text is cut at every
  punctuation mark or symbol (。，、；：！？ brackets, dashes, slashes …), at
  every number written in digits and at the anonymisation placeholder
  :data:`corpusmine.config.PLACEHOLDER`, before it is segmented; only
  quotation marks are transparent, so that ``村社“五清”`` stays one segment.
  Paragraphs are never joined.  jieba itself cuts at punctuation, so
  segmenting piece by piece gives the same words as segmenting the whole
  text (apart from the digits, which are dropped anyway).
* **Dispersion next to counts.**  Template-site speeches copy each other, so
  every count comes with ``n_docs`` and ``n_speeches`` (in how many documents
  and distinct speeches the item occurs): a phrase said forty times in one
  speech is one speaker's habit, not a campaign's vocabulary.

Examples
--------
>>> from corpusmine.stats.phrases import kwic
>>> kwic(["要抓好村社“五清”、场镇“四定”工作。"], "五清", window=5)[["left", "keyword", "right"]].values.tolist()
[['抓好村社“', '五清', '”、场镇“']]
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
import pandas as pd

from corpusmine import config
from corpusmine.features import group_sort_key as _group_key, sort_groups as _sorted_groups

__all__ = [
    "ngram_frequency",
    "collocations",
    "gensim_phrases",
    "quoted_phrases",
    "quote_kind",
    "formula_lexicon",
    "numbered_formulas",
    "chinese_numeral_value",
    "parallelism",
    "parallelism_summary",
    "kwic",
    "format_kwic",
]

#: Group label used when ``by=None`` (or for plain lists of strings).
ALL = "all"

_PH = config.PLACEHOLDER
_CJK = "\u4e00-\u9fff"
#: Quotation marks: transparent inside segments, delimiters of quoted phrases.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"))
_QUOTE_CHARS = "".join(a + b for a, b in QUOTE_PAIRS) + "\"'"

# A segment boundary: the placeholder, a number in digits, or any character
# that is neither a word character nor a quotation mark (``\w`` covers CJK,
# Latin letters and digits; digits are caught by the earlier alternative).
_BOUNDARY = re.compile(
    re.escape(_PH) + r"|[0-9０-９]+(?:[.．,][0-9０-９]+)*|_|[^\w" + re.escape(_QUOTE_CHARS) + r"]"
)


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------


def _is_corpus(obj) -> bool:
    return hasattr(obj, "paragraphs") and hasattr(obj, "speeches") and not isinstance(obj, pd.DataFrame)


def _as_docs(obj, by: str | None = "group") -> pd.DataFrame:
    """Normalise the accepted inputs to ``doc_id, speech_id, group, text``.

    * Corpus: the included speeches' paragraphs, all section campaigns
      (``by="group"`` means the section campaign; any other name is passed to
      :func:`corpusmine.features.documents`).
    * DataFrame: needs ``text``; ``doc_id`` defaults to ``doc0``, ``doc1`` …,
      ``speech_id`` to ``doc_id``; the group is column ``by`` (``None``: one
      group :data:`ALL`).
    * str or iterable of str: one document per string (ids ``doc0``,
      ``doc1`` …), each its own speech, all in group :data:`ALL`.
    """
    if _is_corpus(obj):
        from corpusmine.features import documents

        docs = documents(obj, level="paragraph", by="campaign" if by in (None, "group") else by, groups=None)
        out = docs[["doc_id", "speech_id", "group", "text"]].copy()
        if by is None:
            out["group"] = ALL
    elif isinstance(obj, pd.DataFrame):
        if "text" not in obj.columns:
            raise KeyError("docs must have a 'text' column")
        df = obj.reset_index(drop=True)
        doc_id = df["doc_id"].astype(str) if "doc_id" in df else pd.Series([f"doc{i}" for i in range(len(df))])
        speech_id = df["speech_id"].astype(str) if "speech_id" in df else doc_id
        if by is None:
            group = pd.Series([ALL] * len(df))
        elif by in df.columns:
            group = df[by].astype(str)
        elif by == "group":
            group = pd.Series([ALL] * len(df))
        else:
            raise KeyError(f"unknown grouping column {by!r}")
        out = pd.DataFrame({"doc_id": doc_id.to_numpy(), "speech_id": speech_id.to_numpy(),
                            "group": group.to_numpy(), "text": df["text"].fillna("").to_numpy()})
    else:
        texts = [obj] if isinstance(obj, str) else list(obj)
        bad = [t for t in texts if not isinstance(t, str)]
        if bad:
            raise TypeError(f"expected str documents, got {type(bad[0]).__name__}")
        ids = [f"doc{i}" for i in range(len(texts))]
        out = pd.DataFrame({"doc_id": ids, "speech_id": ids, "group": [ALL] * len(texts), "text": texts})
    out["text"] = [t if isinstance(t, str) else "" for t in out["text"]]
    return out.reset_index(drop=True)




@functools.lru_cache(maxsize=1)
def _default_tokenizer():
    from corpusmine.tokens.tokenizer import Tokenizer

    return Tokenizer(remove_stopwords=False)


def _stopset(tokenizer) -> frozenset[str]:
    return frozenset(getattr(tokenizer, "stopwords_", frozenset()))


def _segments(text: str) -> list[str]:
    """Cut *text* into segments that no token sequence may cross (see the module docstring)."""
    return [s for s in _BOUNDARY.split(text) if s and not s.isspace()]


def _segment_tokens(texts: list[str], tokenizer) -> list[list[list[str]]]:
    """Per text, the token lists of its segments (one ``cut_many`` call for the whole corpus)."""
    owners: list[int] = []
    flat: list[str] = []
    for i, text in enumerate(texts):
        segs = _segments(text)
        flat.extend(segs)
        owners.extend([i] * len(segs))
    cut = tokenizer.cut_many(flat) if flat else []
    out: list[list[list[str]]] = [[] for _ in texts]
    for i, toks in zip(owners, cut):
        toks = [t for t in toks if t and not t.isspace() and t != _PH]
        if toks:
            out[i].append(toks)
    return out


def _dispersion(docs: pd.DataFrame, hits: dict) -> tuple[dict, dict]:
    """From ``{key: set(row indices)}`` to ``{key: n_docs}``, ``{key: n_speeches}``."""
    sp = docs["speech_id"].to_numpy()
    n_docs = {k: len(v) for k, v in hits.items()}
    n_sp = {k: len({sp[i] for i in v}) for k, v in hits.items()}
    return n_docs, n_sp


# --------------------------------------------------------------------------
# 1. n-grams
# --------------------------------------------------------------------------


def ngram_frequency(docs, *, n=(2, 4), by: str | None = "group", tokenizer=None, min_count: int = 2,
                    top: int | None = None) -> pd.DataFrame:
    """Token n-grams counted per group, with their dispersion.

    N-grams are built inside segments (never across punctuation, digits, the
    placeholder or paragraph ends; see the module docstring).  Stop words stay
    *inside* n-grams (``思想 和 行动`` needs them) but an n-gram may not
    start or end with one, the usual convention of phrase extractors: with
    the default tokenizer (stopwords-iso ``zh`` plus the speech fillers)
    ``要 抓好`` and ``工作 的`` are dropped.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
        See :func:`corpusmine.features.documents`.
    n : int or (int, int), default (2, 4)
        N-gram length, or inclusive range of lengths, in tokens.
    by : str or None, default "group"
        Grouping column; None counts the whole input as one group ``"all"``.
    tokenizer : Tokenizer, optional
        Default ``Tokenizer(remove_stopwords=False)``; its ``stopwords_`` is
        the stop list applied to n-gram edges.  A tokenizer that removes stop
        words glues their neighbours together, so keep ``remove_stopwords=False``.
    min_count : int, default 2
        Keep n-grams said at least this often in the group.
    top : int, optional
        Keep the ``top`` most frequent n-grams per group.

    Returns
    -------
    DataFrame
        ``group``; ``ngram`` (tokens joined without spaces, for display);
        ``tokens`` (joined with single spaces); ``n`` (number of tokens);
        ``count`` (occurrences in the group); ``rate_per_10k`` (count per
        10,000 tokens of the group, all tokens including stop words);
        ``n_docs`` and ``n_speeches`` (documents and distinct speeches of the
        group containing it).  Sorted by group, then count, n_speeches (both
        descending) and n-gram.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> t = ngram_frequency(["城乡环境综合提质,城乡环境综合提质。"], n=2, tokenizer=tok)
    >>> t[["ngram", "count", "n_speeches"]].values.tolist()
    [['城乡环境', 2, 1], ['环境综合提质', 2, 1]]
    """
    lo, hi = (n, n) if isinstance(n, int) else (int(n[0]), int(n[1]))
    if lo < 1 or hi < lo:
        raise ValueError(f"n must be a positive int or a (low, high) range, got {n!r}")
    d = _as_docs(docs, by)
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    stop = _stopset(tok)
    seg_tokens = _segment_tokens(d["text"].tolist(), tok)

    counts: dict[str, Counter] = defaultdict(Counter)
    hits: dict[tuple[str, tuple], set] = defaultdict(set)
    totals: Counter = Counter()
    groups = d["group"].to_numpy()
    for i, segs in enumerate(seg_tokens):
        g = groups[i]
        local: Counter = Counter()
        for toks in segs:
            totals[g] += len(toks)
            for k in range(lo, hi + 1):
                for j in range(len(toks) - k + 1):
                    gram = tuple(toks[j:j + k])
                    if gram[0] in stop or gram[-1] in stop:
                        continue
                    local[gram] += 1
        counts[g].update(local)
        for gram in local:
            hits[(g, gram)].add(i)
    n_docs, n_sp = _dispersion(d, hits)

    rows = []
    for g in _sorted_groups(counts):
        total = totals[g]
        for gram, c in counts[g].items():
            if c < min_count:
                continue
            rows.append({"group": g, "ngram": "".join(gram), "tokens": " ".join(gram), "n": len(gram),
                         "count": c, "rate_per_10k": c / total * 1e4 if total else 0.0,
                         "n_docs": n_docs[(g, gram)], "n_speeches": n_sp[(g, gram)]})
    cols = ["group", "ngram", "tokens", "n", "count", "rate_per_10k", "n_docs", "n_speeches"]
    out = pd.DataFrame(rows, columns=cols)
    return _sort_top(out, ["count", "n_speeches"], "tokens", top)


def _sort_top(out: pd.DataFrame, desc: list[str], name: str, top: int | None) -> pd.DataFrame:
    if out.empty:
        return out.reset_index(drop=True)
    out = out.assign(_g=[_group_key(g) for g in out["group"]])
    out = out.sort_values(["_g"] + desc + [name], ascending=[True] + [False] * len(desc) + [True],
                          kind="mergesort").drop(columns="_g")
    if top is not None:
        out = out.groupby("group", sort=False).head(top)
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------
# 2. collocations
# --------------------------------------------------------------------------


def collocations(docs, *, by: str | None = None, min_count: int = 3, window: int = 1,
                 tokenizer=None) -> pd.DataFrame:
    """Word pairs that co-occur more often than chance: PMI, NPMI and G².

    Every ordered pair ``(w1, w2)`` with ``w2`` at most ``window`` tokens after
    ``w1`` inside one segment is a pair token (``window=1``: adjacent
    bigrams).  Each candidate gets the 2×2 contingency table of pair tokens
    (Evert 2005, *The Statistics of Word Cooccurrences*, ch. 4)::

                      w2 right     other right
        w1 left       O11          O12            R1 = w1_count
        other left    O21          O22
                      C1 = w2_count               N  = n_pairs

    with expected ``E11 = R1·C1/N`` and

    * ``pmi  = log2(O11 / E11)`` (Church & Hanks 1990);
    * ``npmi = pmi / -log2(O11 / N)``, in [-1, 1], 1 for pairs that only
      occur together (Bouma 2009, "Normalized (pointwise) mutual information
      in collocation extraction");
    * ``g2 = 2 Σ Oij ln(Oij / Eij)`` over the four cells, the log-likelihood
      ratio of Dunning (1993, "Accurate methods for the statistics of surprise
      and coincidence"), with its χ²(1) ``p_value``.

    Stop words count in the marginals and in N but are never reported as a
    member of a pair.  With a few speeches copied from templates, the tokens
    are far from independent: read ``p_value`` as a ranking device and look at
    ``n_speeches``.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    by : str or None, default None
        None pools everything (group ``"all"``); ``"group"`` computes one table
        per campaign.
    min_count : int, default 3
        Minimum ``count`` (O11) of a reported pair.
    window : int, default 1
        Maximum distance in tokens between ``w1`` and ``w2``.
    tokenizer : Tokenizer, optional
        Default ``Tokenizer(remove_stopwords=False)``.

    Returns
    -------
    DataFrame
        ``group, bigram`` (w1+w2 without space), ``w1, w2``, ``count`` (O11),
        ``expected`` (E11), ``w1_count`` (R1: pair tokens with w1 on the left),
        ``w2_count`` (C1: pair tokens with w2 on the right), ``n_pairs`` (N),
        ``pmi, npmi, g2, p_value``, ``n_docs, n_speeches`` (dispersion of the
        pair).  Sorted by group, then ``g2`` descending.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> t = collocations(["清扫保洁,清扫保洁,垃圾清运"] * 2, tokenizer=tok, min_count=2)
    >>> t[["bigram", "count"]].values.tolist()
    [['清扫保洁', 4]]
    """
    from scipy.stats import chi2

    if window < 1:
        raise ValueError("window must be >= 1")
    d = _as_docs(docs, by)
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    stop = _stopset(tok)
    seg_tokens = _segment_tokens(d["text"].tolist(), tok)

    pairs: dict[str, Counter] = defaultdict(Counter)
    left: dict[str, Counter] = defaultdict(Counter)
    right: dict[str, Counter] = defaultdict(Counter)
    hits: dict[tuple, set] = defaultdict(set)
    groups = d["group"].to_numpy()
    for i, segs in enumerate(seg_tokens):
        g = groups[i]
        for toks in segs:
            for a in range(len(toks)):
                for b in range(a + 1, min(a + window, len(toks) - 1) + 1):
                    w1, w2 = toks[a], toks[b]
                    pairs[g][(w1, w2)] += 1
                    left[g][w1] += 1
                    right[g][w2] += 1
                    if w1 not in stop and w2 not in stop:
                        hits[(g, (w1, w2))].add(i)
    n_docs, n_sp = _dispersion(d, hits)

    rows = []
    for g in _sorted_groups(pairs):
        N = sum(pairs[g].values())
        for (w1, w2), o11 in pairs[g].items():
            if o11 < min_count or w1 in stop or w2 in stop:
                continue
            r1, c1 = left[g][w1], right[g][w2]
            stats = _association(o11, r1, c1, N)
            rows.append({"group": g, "bigram": w1 + w2, "w1": w1, "w2": w2, "count": o11,
                         "expected": stats["expected"], "w1_count": r1, "w2_count": c1, "n_pairs": N,
                         "pmi": stats["pmi"], "npmi": stats["npmi"], "g2": stats["g2"],
                         "p_value": float(chi2.sf(stats["g2"], 1)),
                         "n_docs": n_docs[(g, (w1, w2))], "n_speeches": n_sp[(g, (w1, w2))]})
    cols = ["group", "bigram", "w1", "w2", "count", "expected", "w1_count", "w2_count", "n_pairs",
            "pmi", "npmi", "g2", "p_value", "n_docs", "n_speeches"]
    out = pd.DataFrame(rows, columns=cols)
    return _sort_top(out, ["g2", "count"], "bigram", None)


def _association(o11: int, r1: int, c1: int, n: int) -> dict[str, float]:
    """PMI, NPMI and G² of one 2×2 table given O11, the row/column marginals and N."""
    o12, o21 = r1 - o11, c1 - o11
    o22 = n - r1 - c1 + o11
    e11 = r1 * c1 / n
    cells = [(o11, e11), (o12, r1 * (n - c1) / n), (o21, (n - r1) * c1 / n), (o22, (n - r1) * (n - c1) / n)]
    g2 = 2.0 * sum(o * math.log(o / e) for o, e in cells if o > 0)
    pmi = math.log2(o11 / e11)
    p11 = o11 / n
    npmi = 1.0 if p11 >= 1.0 else pmi / -math.log2(p11)
    return {"expected": e11, "pmi": pmi, "npmi": npmi, "g2": max(g2, 0.0)}


def gensim_phrases(docs, *, min_count: int = 3, threshold: float = 0.5, scoring: str = "npmi",
                   tokenizer=None) -> pd.DataFrame:
    """Two-token phrases learned by gensim's :class:`~gensim.models.phrases.Phrases`.

    The model (Mikolov et al. 2013, "Distributed representations of words and
    phrases and their compositionality"; NPMI scoring after Bouma 2009) is
    trained on the segment token lists (so no phrase crosses punctuation),
    with no connector words.  Tokens are joined with a space inside gensim so
    that a learned ``乡村 振兴`` can never be confused with the word
    ``乡村振兴``.  Pairs with a stop word are dropped afterwards.

    gensim's NPMI uses *unigram* probabilities over the token count, not the
    pair-token table of :func:`collocations`, so the two scores differ
    slightly; both are reported to let a reader compare with other studies.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    min_count : int, default 3
        gensim ``min_count``: pairs seen fewer times are ignored.
    threshold : float, default 0.5
        gensim ``threshold`` (for ``"npmi"`` in [-1, 1]).
    scoring : {"npmi", "default"}
        gensim scoring function.
    tokenizer : Tokenizer, optional
        Default ``Tokenizer(remove_stopwords=False)``.

    Returns
    -------
    DataFrame
        ``phrase`` (joined without space), ``tokens`` (space-joined),
        ``score`` (gensim score), ``count`` (occurrences of the pair),
        ``n_docs, n_speeches`` (dispersion).  Sorted by score descending.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> texts = ["推进生活垃圾分类", "做好生活垃圾分类", "生活垃圾分类"]
    >>> gensim_phrases(texts, min_count=2, tokenizer=tok)[["phrase", "count", "n_speeches"]].values.tolist()
    [['垃圾分类', 3, 3], ['生活垃圾', 3, 3]]
    """
    from gensim.models.phrases import Phrases

    d = _as_docs(docs, None)
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    stop = _stopset(tok)
    seg_tokens = _segment_tokens(d["text"].tolist(), tok)
    sentences = [toks for segs in seg_tokens for toks in segs]
    cols = ["phrase", "tokens", "score", "count", "n_docs", "n_speeches"]
    if not sentences:
        return pd.DataFrame(columns=cols)
    model = Phrases(sentences, min_count=min_count, threshold=threshold, scoring=scoring, delimiter=" ",
                    connector_words=frozenset())
    found = model.export_phrases()
    pair_hits: dict[tuple, set] = defaultdict(set)
    pair_count: Counter = Counter()
    wanted = {tuple(p.split(" ")) for p in found}
    for i, segs in enumerate(seg_tokens):
        for toks in segs:
            for a in range(len(toks) - 1):
                key = (toks[a], toks[a + 1])
                if key in wanted:
                    pair_count[key] += 1
                    pair_hits[key].add(i)
    n_docs, n_sp = _dispersion(d, pair_hits)
    rows = []
    for phrase, score in found.items():
        key = tuple(phrase.split(" "))
        if len(key) != 2 or key[0] in stop or key[1] in stop:
            continue
        rows.append({"phrase": "".join(key), "tokens": phrase, "score": float(score), "count": pair_count[key],
                     "n_docs": n_docs.get(key, 0), "n_speeches": n_sp.get(key, 0)})
    out = pd.DataFrame(rows, columns=cols)
    if out.empty:
        return out
    return out.sort_values(["score", "count", "phrase"], ascending=[False, False, True],
                           kind="mergesort").reset_index(drop=True)


# --------------------------------------------------------------------------
# 3. quoted phrases
# --------------------------------------------------------------------------

_QUOTE_RE = [re.compile(re.escape(a) + "([^" + re.escape(a + b) + "\n]*)" + re.escape(b)) for a, b in QUOTE_PAIRS]
_CLAUSE_PUNCT = re.compile(r"[、，,；;：:！!？?。—―…]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
#: Nominal heads that make a long quoted phrase a name (a term), not a slogan:
#: programme, action, system, mechanism, model, structure, award, reform …
TERM_HEADS: tuple[str, ...] = ("工程", "行动", "活动", "制度", "机制", "体系", "模式", "结构", "奖", "品牌",
                               "工作法", "改革", "建设", "城市", "乡镇", "示范", "责任制", "责任")


def _quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, content)`` of every quoted stretch (content offsets, without the marks)."""
    spans = []
    for rx in _QUOTE_RE:
        spans.extend((m.start(1), m.end(1), m.group(1)) for m in rx.finditer(text))
    return sorted(spans)


def _n_chars(phrase: str) -> int:
    return len(phrase.replace(_PH, "某"))


def quote_kind(phrase: str) -> str:
    """Classify a quoted phrase as ``"slogan"`` or ``"term"`` (a rough heuristic).

    1. Clause punctuation inside (、，；：！？。— …) → ``slogan``: several
       parallel clauses (“整治一片、巩固一片、用好一片”).
    2. Otherwise, ending (brackets ignored) with a nominal head of
       :data:`TERM_HEADS` (工程, 行动, 制度, 改革, 奖 …) → ``term``: the name
       of a programme or award (“五十百千示范工程”, “最多跑一次改革”).
    3. Otherwise 7 characters or more → ``slogan`` (“行百里者半九十”,
       “文明健康有你有我”); shorter → ``term`` (“五清”, “回头看”, “关键一招”).

    Parameters
    ----------
    phrase : str
        The text between the quotation marks.

    Returns
    -------
    str

    Examples
    --------
    >>> quote_kind("五清"), quote_kind("整治一片、巩固一片、用好一片"), quote_kind("五十百千示范工程")
    ('term', 'slogan', 'term')
    """
    if _CLAUSE_PUNCT.search(phrase):
        return "slogan"
    core = _BRACKETED.sub("", phrase).strip()
    if core.endswith(TERM_HEADS):
        return "term"
    return "slogan" if _n_chars(core) >= 7 else "term"


def quoted_phrases(docs, *, by: str | None = "group", min_chars: int = 2, max_chars: int = 30) -> pd.DataFrame:
    """Text between Chinese quotation marks (“…” 「…」 『…』 ‘…’), counted per group.

    Speeches put slogans, campaign names and numbered formulas in quotation
    marks, so the quoted stretches are a cheap, segmentation-free list of the
    speech's own coinages.  A quote nested in a longer quote is found too
    (‘三高’ inside a quoted instruction).

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    by : str or None, default "group"
    min_chars, max_chars : int, default 2 and 30
        Length limits of the quoted text (the placeholder counts as one
        character); longer quotes are reported speech, shorter ones are
        scare-quoted characters.

    Returns
    -------
    DataFrame
        ``group, phrase``; ``kind`` (``"slogan"`` or ``"term"``, see
        :func:`quote_kind`); ``n_chars``; ``count`` (quoted occurrences);
        ``n_docs, n_speeches`` (dispersion); ``speech_ids`` (the speeches,
        comma-separated).  Sorted by group, count and n_speeches descending.

    Examples
    --------
    >>> t = quoted_phrases(["村社“五清”、场镇“四定”", "落实“五清”,实现“整治一片、巩固一片”"])
    >>> t[["phrase", "kind", "count", "n_speeches"]].values.tolist()[:2]
    [['五清', 'term', 2, 2], ['四定', 'term', 1, 1]]
    """
    d = _as_docs(docs, by)
    counts: Counter = Counter()
    hits: dict[tuple, set] = defaultdict(set)
    groups = d["group"].to_numpy()
    for i, text in enumerate(d["text"]):
        for _, _, content in _quoted_spans(text):
            phrase = content.strip()
            if not (min_chars <= _n_chars(phrase) <= max_chars):
                continue
            counts[(groups[i], phrase)] += 1
            hits[(groups[i], phrase)].add(i)
    n_docs, n_sp = _dispersion(d, hits)
    sp = d["speech_id"].to_numpy()
    rows = [{"group": g, "phrase": p, "kind": quote_kind(p), "n_chars": _n_chars(p), "count": c,
             "n_docs": n_docs[(g, p)], "n_speeches": n_sp[(g, p)],
             "speech_ids": ",".join(sorted({sp[i] for i in hits[(g, p)]}))}
            for (g, p), c in counts.items()]
    cols = ["group", "phrase", "kind", "n_chars", "count", "n_docs", "n_speeches", "speech_ids"]
    return _sort_top(pd.DataFrame(rows, columns=cols), ["count", "n_speeches"], "phrase", None)


# --------------------------------------------------------------------------
# 4. numbered formulas (数字概括)
# --------------------------------------------------------------------------

#: Characters that can open a numbered formula.
NUMERALS = "一二三四五六七八九十百千万两双"
_DIGIT_VALUES = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10000}

#: A numeral followed by one of these characters is an ordinary quantity, a
#: date, a fraction or an enumeration marker, not a formula: time words (三年,
#: 一季度, 12月), measure words (五个, 两项, 三批, 一把), fractions and scores
#: (十二分, 百分之), enumerators (一是, 二要, 一则), ordinal sessions and
#: schools (三中全会, 六中), function words (两到三年).  Applies to the first
#: character after the numeral.
NOT_FORMULA_AFTER = frozenset(
    "年月日号天周时点分秒季岁旬代世夜晚早"       # time and date
    "个项次家名位条件种类批些届期轮户人口元角亩米吨处所座支张块辆台份篇场层倍成遍回番股组片排套根栋间门"
    "本句字笔册幅首头只匹把枚颗盏斤公里余多来半部段阶级"  # measure words and approximations
    "是要者则方面中"                              # enumeration markers, 一方面, 三中全会
    "到至和与及或的地得等在为以对把被向从也都还就又才"  # function words: 两到三年, 三和
)
#: A numeral right after one of these characters belongs to another word or
#: is an ordinal (第三, 进一步, 统一, 唯一, 逐一, 之一, 举一反三).
NOT_FORMULA_BEFORE = frozenset("第进统唯逐之同单专划不归合整初周星礼腊正某举其每")

_NUM_RUN = rf"[{NUMERALS}]+|[0-9]+"
_NONNUM_CJK = rf"(?:(?![{NUMERALS}])[{_CJK}])"
_COMPOUND_RE = re.compile(rf"(?<![{NUMERALS}0-9])([{NUMERALS}]{{1,2}}){_NONNUM_CJK}([{NUMERALS}]{{1,2}}){_NONNUM_CJK}")
_LEADING_NUM = re.compile(rf"^({_NUM_RUN})")
_LIST_SEP = re.compile(r"[、，,；;]")


def chinese_numeral_value(numeral: str) -> int | None:
    """Integer value of a numeral written in Chinese characters or digits.

    Accepts digits (``"12"``), the digits 一…九 and 两/双 (2), and the units
    十 百 千 万 in the ordinary grammar (十二, 二十, 一百零五 is not needed
    here).  Sequences that are not one number (五十百千, 十四五) give None.

    Parameters
    ----------
    numeral : str

    Returns
    -------
    int or None

    Examples
    --------
    >>> chinese_numeral_value("三"), chinese_numeral_value("十二"), chinese_numeral_value("两")
    (3, 12, 2)
    >>> chinese_numeral_value("五十百千") is None
    True
    """
    if not numeral:
        return None
    if numeral.isdigit():
        return int(numeral)
    if numeral == "双":
        return 2
    total, digit, last_unit = 0, None, 10**9
    for ch in numeral:
        if ch in _DIGIT_VALUES:
            if digit is not None:
                return None
            digit = _DIGIT_VALUES[ch]
        elif ch in _UNIT_VALUES:
            unit = _UNIT_VALUES[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        if last_unit != 10**9 and last_unit != 10:
            return None  # 三百五 (350) is colloquial; formulas never use it
        total += digit
    return total


@functools.lru_cache(maxsize=1)
def _jieba_base_freq() -> dict[str, tuple[int, str]]:
    """Frequencies and tags of jieba's *stock* dictionary entries starting with a numeral.

    The stock dictionary (``dict.txt`` shipped with jieba) lists ordinary
    words and idioms (一定, 百姓, 十分, 一鼓作气, 三心二意) but not the local
    formulas of a campaign, which is what makes it a useful filter.
    """
    import jieba

    out: dict[str, tuple[int, str]] = {}
    with io.TextIOWrapper(jieba.get_dict_file(), encoding="utf-8") as fh:
        for line in fh:
            if line and line[0] in NUMERALS:
                parts = line.split()
                if len(parts) >= 2:
                    out[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return out


def _split_formula(s: str) -> tuple[str, str]:
    m = _LEADING_NUM.match(s)
    num = m.group(1) if m else ""
    return num, s[len(num):]


def _quoted_candidate(item: str, max_chars: int) -> str | None:
    """A quoted item (one list element of a quote) that is a numbered formula, or None."""
    item = _BRACKETED.sub("", item).strip().strip(_QUOTE_CHARS)
    if not item or len(item) > max_chars or not re.fullmatch(rf"[0-9{_CJK}]+", item):
        return None
    num, body = _split_formula(item)
    if not num:
        return None
    if not body:
        # a quoted run of numerals that is not a number: 十四五, 十三五
        return item if not num.isdigit() and len(num) >= 2 and chinese_numeral_value(num) is None else None
    if not re.match(f"[{_CJK}]", body):
        return None
    if len(body) == 1 and body in NOT_FORMULA_AFTER:
        return None  # “三年”, “五个”: a quoted quantity is still a quantity
    return item


def _token_bounds(tokens: list[str]) -> tuple[list[int], set[int], set[int]]:
    """Start offsets of the tokens, and the sets of token starts and token ends."""
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t)
    ends = {st + len(t) for st, t in zip(starts, tokens)}
    return starts, set(starts), ends


def _token_candidates(text: str, tokens: list[str], starts: list[int]) -> list[tuple[int, str]]:
    """Unquoted simple candidates ``(offset, string)``: a token that starts with a numeral
    (joined to the next token when it is a bare numeral), with a 1–3 character body."""
    out = []
    for k, t in enumerate(tokens):
        if not t or t[0] not in NUMERALS:
            continue
        s = starts[k]
        if s > 0 and (text[s - 1] in NUMERALS or text[s - 1].isdigit() or text[s - 1] in NOT_FORMULA_BEFORE):
            continue
        cand = t
        body = _split_formula(cand)[1]
        if not body and k + 1 < len(tokens):
            cand = t + tokens[k + 1]
            body = _split_formula(cand)[1]
        if not (1 <= len(body) <= 3) or not re.fullmatch(f"{_NONNUM_CJK}+", body):
            continue
        if body[0] in NOT_FORMULA_AFTER:
            continue
        out.append((s, cand))
    return out


def formula_lexicon(docs, *, min_speeches: int = 2, max_quoted_chars: int = 12, tokenizer=None) -> pd.DataFrame:
    """The numbered formulas (数字概括) of a corpus, found by pattern and evidence.

    A numbered formula packs a list into a numeral and a key character: 五清
    (five cleanings), 四定, 三区三线, 四不两直, 六稳六保.  Candidates are any
    numeral (一…十 百 千 万 两 双, or digits) followed by Chinese characters;
    a candidate is accepted on one of three kinds of evidence:

    ``quoted``
        It is a whole quoted item (a quote, or one 、-separated element of a
        quote such as “三清、四改、四通、五化”) of at most ``max_quoted_chars``
        characters starting with a numeral: speakers put their formulas in
        quotation marks (“五清”, “两个高水平”, “三级领导责任”, “十四五”).  A
        numeral plus one character of :data:`NOT_FORMULA_AFTER` (“三年”) is
        still rejected.
    ``compound``
        It has the shape numeral-X-numeral-Y (三区三线, 四不两直, 六稳六保,
        三街一镇, 百镇千村), begins and ends on word boundaries of the
        segmentation (so 退二转三和 yields nothing), X and Y are not in
        :data:`NOT_FORMULA_AFTER`, and it is not an entry of jieba's stock
        dictionary, which lists the idioms of that shape (三心二意, 七上八下,
        一举一动).
    ``repeated``
        Unquoted, a token of the segmentation that starts with a numeral
        (so 进一步, 举一反三, 老百姓 never qualify), with a body of 1–3
        non-numeral characters whose first is not in
        :data:`NOT_FORMULA_AFTER` (rejects 三年, 五个, 两项, 一是, 二要,
        十二分, 一季度, 百分之), which is not an entry of jieba's stock
        dictionary (ordinary words, idioms and place names: 一定, 十分, 一举,
        一鼓作气, 四川省), which is not part of a longer formula found above
        (一镇 inside 三街一镇), and which occurs in at least ``min_speeches``
        different speeches.

    jieba's stock dictionary (``dict.txt``, built by jieba's authors from the
    People's Daily and other corpora) serves as the list of *ordinary* words:
    local campaign formulas such as 五清, 五乱 or 双五包 are not in it.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    min_speeches : int, default 2
        Repetition needed for unquoted, non-compound candidates.
    max_quoted_chars : int, default 12
    tokenizer : Tokenizer, optional
        Used for word boundaries (default ``Tokenizer(remove_stopwords=False)``).

    Returns
    -------
    DataFrame
        ``formula``; ``numeral`` (the leading numeral as written);
        ``value`` (its integer value, ``<NA>`` for sequences such as 五十百千);
        ``kind`` (``"compound"`` for the numeral-X-numeral-Y shape, else
        ``"simple"``); ``evidence`` (``quoted``, ``compound``, ``repeated``,
        joined with ``+``); ``n_speeches`` (speeches in which the candidate
        was seen with that evidence).  Sorted by formula.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> formula_lexicon(["落实“六稳”“六保”,划定三区三线,用三年时间"], tokenizer=tok)["formula"].tolist()
    ['三区三线', '六保', '六稳']
    """
    d = _as_docs(docs, None)
    tok = tokenizer if tokenizer is not None else _default_tokenizer()
    base = _jieba_base_freq()
    evidence: dict[str, set] = defaultdict(set)
    seen_in: dict[str, set] = defaultdict(set)
    pending = []  # (text index, offset, candidate) of the repeated route
    texts = d["text"].tolist()
    speeches = d["speech_id"].tolist()
    for i, (text, sp) in enumerate(zip(texts, speeches)):
        tokens = tok.raw_tokens(text)
        starts, start_set, end_set = _token_bounds(tokens)
        for _, _, content in _quoted_spans(text):
            for item in _LIST_SEP.split(content):
                cand = _quoted_candidate(item, max_quoted_chars)
                if cand:
                    evidence[cand].add("quoted")
                    seen_in[cand].add(sp)
        for m in _COMPOUND_RE.finditer(text):
            f = m.group(0)
            if m.start() not in start_set or m.end() not in end_set:
                continue
            x, y = f[len(m.group(1))], f[-1]
            if x in NOT_FORMULA_AFTER or y in NOT_FORMULA_AFTER or f in base:
                continue
            evidence[f].add("compound")
            seen_in[f].add(sp)
        for off, cand in _token_candidates(text, tokens, starts):
            if cand not in base:
                pending.append((i, off, cand))
    # the repeated route: occurrences not inside a longer formula found by quote or pattern
    longer = sorted(evidence, key=lambda f: (-len(f), f))
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    if longer:
        rx = re.compile("|".join(re.escape(f) for f in longer))
        for i in sorted({i for i, _, _ in pending}):
            covered[i] = [(m.start(), m.end()) for m in rx.finditer(texts[i])]
    repeated: dict[str, set] = defaultdict(set)
    for i, off, cand in pending:
        if any(a <= off and off + len(cand) <= b and b - a > len(cand) for a, b in covered[i]):
            continue
        repeated[cand].add(speeches[i])
    for cand, sps in repeated.items():
        if len(sps) >= min_speeches:
            evidence[cand].add("repeated")
            seen_in[cand] |= sps
    rows = []
    for f in sorted(evidence):
        num, _ = _split_formula(f)
        rows.append({"formula": f, "numeral": num, "value": chinese_numeral_value(num),
                     "kind": "compound" if _COMPOUND_RE.fullmatch(f) else "simple",
                     "evidence": "+".join(e for e in ("quoted", "compound", "repeated") if e in evidence[f]),
                     "n_speeches": len(seen_in[f])})
    out = pd.DataFrame(rows, columns=["formula", "numeral", "value", "kind", "evidence", "n_speeches"])
    out["value"] = out["value"].astype("Int64")
    return out


def numbered_formulas(docs, *, by: str | None = "group", lexicon: pd.DataFrame | None = None,
                      min_speeches: int = 2, window: int = 12, tokenizer=None) -> pd.DataFrame:
    """Count numbered formulas (数字概括: 五清, 四定, 三区三线, 六稳六保 …) per group.

    The formulas are first learned from the whole input by
    :func:`formula_lexicon` (quoted, compound or repeated evidence); then every
    occurrence of each, quoted or not, is counted, longest formula first, so
    that 三区三线 is not also counted as 三线.  An occurrence right after a
    numeral, a digit or 第 is not counted.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    by : str or None, default "group"
    lexicon : DataFrame, optional
        A :func:`formula_lexicon` table to count instead of learning one (for
        instance learned on a larger corpus).
    min_speeches : int, default 2
        Passed to :func:`formula_lexicon`.
    window : int, default 12
        Characters of context on each side in ``example``.
    tokenizer : Tokenizer, optional

    Returns
    -------
    DataFrame
        ``formula, numeral, value, kind, evidence`` (from the lexicon);
        ``group``; ``count`` (occurrences in the group); ``n_quoted`` (of
        which inside quotation marks); ``n_docs, n_speeches`` (dispersion in
        the group); ``example`` (the first occurrence in the group as
        ``left【formula】right``).  Sorted by group, count and n_speeches
        descending.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> tok = Tokenizer(remove_stopwords=False, cache_dir=None)
    >>> t = numbered_formulas(["要抓好村社“五清”工作。", "五清工作要常抓不懈。"], tokenizer=tok)
    >>> t[["formula", "count", "n_quoted", "n_speeches"]].values.tolist()
    [['五清', 2, 1, 2]]
    """
    d = _as_docs(docs, by)
    lex = lexicon if lexicon is not None else formula_lexicon(d, min_speeches=min_speeches, tokenizer=tokenizer)
    cols = ["formula", "numeral", "value", "kind", "evidence", "group", "count", "n_quoted", "n_docs",
            "n_speeches", "example"]
    if lex.empty:
        return pd.DataFrame(columns=cols)
    lex = lex.drop_duplicates("formula")
    forms = sorted(lex["formula"], key=lambda f: (-len(f), f))
    rx = re.compile(rf"(?<![{NUMERALS}0-9第])(?:" + "|".join(re.escape(f) for f in forms) + ")")
    counts: Counter = Counter()
    quoted: Counter = Counter()
    hits: dict[tuple, set] = defaultdict(set)
    example: dict[tuple, str] = {}
    groups = d["group"].to_numpy()
    for i, text in enumerate(d["text"]):
        spans = _quoted_spans(text)
        for m in rx.finditer(text):
            key = (m.group(0), groups[i])
            counts[key] += 1
            if any(a <= m.start() and m.end() <= b for a, b, _ in spans):
                quoted[key] += 1
            hits[key].add(i)
            if key not in example:
                left = text[max(0, m.start() - window):m.start()].replace("\n", " ")
                right = text[m.end():m.end() + window].replace("\n", " ")
                example[key] = f"{left}【{m.group(0)}】{right}"
    n_docs, n_sp = _dispersion(d, hits)
    info = lex.set_index("formula")
    rows = []
    for (f, g), c in counts.items():
        r = info.loc[f]
        rows.append({"formula": f, "numeral": r["numeral"], "value": r["value"], "kind": r["kind"],
                     "evidence": r["evidence"], "group": g, "count": c, "n_quoted": quoted[(f, g)],
                     "n_docs": n_docs[(f, g)], "n_speeches": n_sp[(f, g)], "example": example[(f, g)]})
    out = pd.DataFrame(rows, columns=cols)
    out["value"] = out["value"].astype("Int64")
    return _sort_top(out, ["count", "n_speeches"], "formula", None)


# --------------------------------------------------------------------------
# 5. parallelism (排比)
# --------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_SEP = re.compile(r"[、，,；;：:]")
_STRIP = _QUOTE_CHARS + " \u3000"


def _clauses(sentence: str, offset: int) -> list[tuple[int, int, str]]:
    """Clauses of a sentence as ``(start, end, cleaned text)``; separators inside brackets do not split."""
    out = []
    depth = 0
    start = 0
    for k, ch in enumerate(sentence + "、"):
        if ch in "(（《〈【[":
            depth += 1
        elif ch in ")）》〉】]":
            depth = max(0, depth - 1)
        elif (k == len(sentence) or _CLAUSE_SEP.match(ch)) and depth == 0:
            raw = sentence[start:k]
            lstrip = len(raw) - len(raw.lstrip(_STRIP))
            clean = raw.strip(_STRIP)
            s = offset + start + lstrip
            out.append((s, s + len(clean), clean))
            start = k + 1
    return out


def _is_item(s: str, max_clause: int) -> bool:
    return 2 <= len(s) <= max_clause and re.fullmatch(f"[{_CJK}]+", s) is not None and _PH not in s


def _common_prefix(items: list[str], cap: int = 2) -> str:
    p = ""
    for k in range(min(cap, *(len(x) for x in items))):
        if all(x[k] == items[0][k] for x in items):
            p += items[0][k]
        else:
            break
    return p


#: Items that all end with one of these characters are a list of names (roads,
#: rivers, bureaus, schools, places), not rhetorical parallelism:
#: 中兴路、平安路、兴盛路; 住建局、民政局、农业农村局; 图书馆、科技馆、博物馆.
NAME_SUFFIXES = frozenset("路街巷道河江湖海山桥局厅委办馆站港园院校所中镇乡村区县市省")


def _fits(texts: list[str], tolerance: int) -> bool:
    lens = [len(t) for t in texts]
    return max(lens) - min(lens) <= tolerance and len(set(texts)) == len(texts)


def _is_name_list(texts: list[str]) -> bool:
    return texts[0][-1] in NAME_SUFFIXES and all(t[-1] == texts[0][-1] for t in texts)


def _head_runs(cl, max_clause, min_run, tolerance):
    """Clause lists sharing their first character(s): 同谋划、同部署、同推动、同检查."""
    runs = []
    used: set[int] = set()
    k = 0
    n = len(cl)
    while k < n:
        c = cl[k][2]
        if not _is_item(c, max_clause) or c[0] == "第":
            k += 1
            continue
        h = c[0]
        j = k
        while j + 1 < n and _is_item(cl[j + 1][2], max_clause) and cl[j + 1][2][0] == h:
            j += 1
        items = list(cl[k:j + 1])
        # the clause before the run may end with the first item: 今天在这里【再强调】、再安排、再部署;
        # of the possible starts, take the one whose length is closest to the others'
        if k > 0 and k - 1 not in used:
            _, pe, pc = cl[k - 1]
            mean = sum(len(x[2]) for x in items) / len(items)
            cands = [pc[q:] for q in range(max(1, len(pc) - max_clause), len(pc)) if pc[q] == h]
            cands = [x for x in cands if _is_item(x, max_clause) and _fits([x] + [y[2] for y in items], tolerance)]
            if cands:
                best = min(cands, key=lambda x: (abs(len(x) - mean), -len(x)))
                items.insert(0, (pe - len(best), pe, best))
        texts = [x[2] for x in items]
        if len(items) >= min_run and _fits(texts, tolerance) and not _is_name_list(texts):
            runs.append(("clause_head", _common_prefix(texts), items))
            used.update(range(k, j + 1))
            k = j + 1
            continue
        k += 1
    return runs, used


def _tail_runs(cl, max_clause, min_run, tolerance, used):
    """Clause lists of equal length sharing their last character(s): 能用、管用、实用、好用."""
    runs = []
    k = 0
    n = len(cl)
    while k < n:
        c = cl[k][2]
        if k in used or not _is_item(c, max_clause):
            k += 1
            continue
        t = c[-1]
        j = k
        while (j + 1 < n and j + 1 not in used and _is_item(cl[j + 1][2], max_clause)
               and cl[j + 1][2][-1] == t and len(cl[j + 1][2]) == len(c)):
            j += 1
        items = list(cl[k:j + 1])
        # the clause before may end with an item of the same length: 通过集成推进【环境美】、生活美
        if k > 0 and k - 1 not in used:
            _, pe, pc = cl[k - 1]
            if len(pc) > len(c) and pc.endswith(t):
                items.insert(0, (pe - len(c), pe, pc[-len(c):]))
        # the clause after may start with one: 人文美、【治理美】“五美”建设
        if j + 1 < n and j + 1 not in used:
            ns_, _, nc = cl[j + 1]
            cands = [nc[:q + 1] for q in range(1, min(len(nc), max_clause)) if nc[q] == t]
            cands = [x for x in cands if _is_item(x, max_clause) and abs(len(x) - len(c)) <= tolerance]
            if cands:
                best = min(cands, key=lambda x: (abs(len(x) - len(c)), -len(x)))
                items.append((ns_, ns_ + len(best), best))
        texts = [x[2] for x in items]
        if len(items) >= min_run and _fits(texts, tolerance) and not _is_name_list(texts):
            suffix = _common_prefix([x[::-1] for x in texts])[::-1]
            runs.append(("clause_tail", suffix, items))
            k = j + 1
            continue
        k += 1
    return runs


def _redup_runs(sentence: str, offset: int, min_run: int, taken: list[tuple[int, int]]):
    """One character opening ≥ min_run two-character chunks in a row: 抓实抓细抓出成效, 对标对点对图.

    Every chunk but the last is the character plus one other; the last runs to
    the end of the clause when that is at most three more characters
    (抓出成效), else it is two characters too.  One 、 or , may separate
    chunks (抓实抓细、抓出成效) but at least two must touch.
    """
    runs = []
    k = 0
    n = len(sentence)
    cjk = re.compile(f"[{_CJK}]")
    while k < n:
        c = sentence[k]
        if not cjk.match(c) or c in NUMERALS:
            k += 1
            continue
        starts = [k]
        touching = False
        p = k
        while p + 1 < n and cjk.match(sentence[p + 1]) and sentence[p + 1] != c:
            if p + 2 < n and sentence[p + 2] == c:
                starts.append(p + 2)
                touching = True
                p += 2
            elif p + 3 < n and sentence[p + 2] in "、,，" and sentence[p + 3] == c:
                starts.append(p + 3)
                p += 3
            else:
                break
        if len(starts) >= min_run and touching:
            m = re.match(f"[{_CJK}]+", sentence[p + 1:])
            full = m.group(0) if m else ""
            rest = full if len(full) <= 3 else full[:1]
            if rest and c not in rest:
                end = p + 1 + len(rest)
                items = [sentence[a:b].rstrip("、,，") for a, b in zip(starts, starts[1:] + [end])]
                s, e = offset + k, offset + end
                if not any(s < te and ts < e for ts, te in taken):
                    runs.append(("reduplication", c, items, s, e))
                k = end
                continue
        k += 1
    return runs


def parallelism(docs, *, min_run: int = 3, max_clause: int = 8, tolerance: int = 1) -> pd.DataFrame:
    """Detect 排比: runs of at least ``min_run`` short parallel items.

    Three kinds are found inside each sentence (never across 。！？ or a
    paragraph end):

    ``clause_head``
        Consecutive clauses (separated by 、，；：) of 2–``max_clause``
        Chinese characters that begin with the same character:
        同谋划、同部署、同推动、同检查; 再强调、再安排、再部署;
        有思路、有办法、有举措.  The clause just before the run may end with
        its first item (今天在这里**再强调**、再安排、再部署).
    ``clause_tail``
        Consecutive clauses of equal length ending with the same character:
        能用、管用、实用、好用; 环境美、生活美、产业美、人文美、治理美.
    ``reduplication``
        One character opening at least ``min_run`` chunks of 2–3 characters
        inside a clause: 抓实抓细抓出成效, 对标对点对图, 做大做优做强
        (one 、 may separate chunks, 抓实抓细、抓出成效).  压紧压实 has only two
        chunks and is not a run.

    Items must be of similar length (longest minus shortest ≤ ``tolerance``
    characters), which keeps out plain lists of departments
    (县委农办、县委目标绩效办 …); lists of names sharing a suffix of
    :data:`NAME_SUFFIXES` (中兴路、平安路、兴盛路) and of ordinals
    (第5位、第6位) are skipped.  The approach follows the surface-pattern detectors of
    parallelism in rhetoric mining (e.g. Song et al. 2016, "Learning to
    identify sentence parallelism in student essays", COLING), reduced to
    the shared-head cue that Chinese 排比 relies on.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    min_run : int, default 3
    max_clause : int, default 8
        Maximum length of an item, in characters.
    tolerance : int, default 1

    Returns
    -------
    DataFrame
        ``doc_id, speech_id, group``; ``kind`` (see above); ``head`` (the
        shared character(s): first one or two for clause_head, last for
        clause_tail, the repeated character for reduplication); ``n_items``;
        ``items`` (joined with 、); ``text`` (the run as written);
        ``start, end`` (character offsets in the document's text).  In
        document order.

    Examples
    --------
    >>> t = parallelism(["与日常业务工作同谋划、同部署、同推动、同检查,确保落实。"])
    >>> t[["kind", "head", "n_items", "items"]].values.tolist()
    [['clause_head', '同', 4, '同谋划、同部署、同推动、同检查']]
    """
    d = _as_docs(docs, "group")
    rows = []
    for r in d.itertuples(index=False):
        text = r.text
        pos = 0
        for m in list(_SENTENCE_END.finditer(text)) + [None]:
            end = m.start() if m is not None else len(text)
            sent = text[pos:end]
            if sent:
                cl = _clauses(sent, pos)
                heads, used = _head_runs(cl, max_clause, min_run, tolerance)
                tails = _tail_runs(cl, max_clause, min_run, tolerance, used)
                found = []
                for kind, head, items in heads + tails:
                    found.append((kind, head, [x[2] for x in items], items[0][0], items[-1][1]))
                taken = [(s, e) for *_, s, e in found]
                found.extend(_redup_runs(sent, pos, min_run, taken))
                for kind, head, items, s, e in sorted(found, key=lambda x: x[3]):
                    rows.append({"doc_id": r.doc_id, "speech_id": r.speech_id, "group": r.group, "kind": kind,
                                 "head": head, "n_items": len(items), "items": "、".join(items),
                                 "text": text[s:e], "start": s, "end": e})
            pos = end + 1
    cols = ["doc_id", "speech_id", "group", "kind", "head", "n_items", "items", "text", "start", "end"]
    return pd.DataFrame(rows, columns=cols)


def _n_cjk(text: str) -> int:
    return len(re.findall(f"[{_CJK}]", text.replace(_PH, "")))


def parallelism_summary(docs, runs: pd.DataFrame | None = None, *, by: str | None = "group", top: int = 5,
                        **kwargs) -> pd.DataFrame:
    """Parallelism per group: how often, how long, which heads.

    Parameters
    ----------
    docs : DataFrame, list of str or Corpus
    runs : DataFrame, optional
        Output of :func:`parallelism` on the same ``docs``; computed if None
        (``kwargs`` are passed on).
    by : str or None, default "group"
    top : int, default 5
        Number of heads listed in ``top_heads``.

    Returns
    -------
    DataFrame
        One row per group: ``group``; ``n_docs``, ``n_speeches`` (in the
        group); ``n_chars`` (Chinese characters, placeholder and punctuation
        excluded); ``n_runs``; ``runs_per_1k_chars``; ``mean_items`` (mean
        items per run, NaN without runs); ``n_speeches_with_runs``
        (dispersion); ``top_heads`` (``head×count`` of the most frequent
        heads, most frequent first).

    Examples
    --------
    >>> s = parallelism_summary(["要同谋划、同部署、同推动。", "要久久为功。"])
    >>> s[["group", "n_runs", "n_speeches_with_runs", "top_heads"]].values.tolist()
    [['all', 1, 1, '同×1']]
    """
    d = _as_docs(docs, by)
    if runs is None:
        runs = parallelism(d, **kwargs)
    rows = []
    for g in _sorted_groups(d["group"]):
        dg = d[d["group"] == g]
        rg = runs[runs["group"].astype(str) == g] if len(runs) else runs
        n_chars = sum(_n_cjk(t) for t in dg["text"])
        heads = Counter(rg["head"]) if len(rg) else Counter()
        top_heads = sorted(heads.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        rows.append({"group": g, "n_docs": len(dg), "n_speeches": dg["speech_id"].nunique(), "n_chars": n_chars,
                     "n_runs": len(rg), "runs_per_1k_chars": len(rg) / n_chars * 1000 if n_chars else np.nan,
                     "mean_items": float(rg["n_items"].mean()) if len(rg) else np.nan,
                     "n_speeches_with_runs": rg["speech_id"].nunique() if len(rg) else 0,
                     "top_heads": ", ".join(f"{h}×{c}" for h, c in top_heads)})
    return pd.DataFrame(rows, columns=["group", "n_docs", "n_speeches", "n_chars", "n_runs", "runs_per_1k_chars",
                                       "mean_items", "n_speeches_with_runs", "top_heads"])


# --------------------------------------------------------------------------
# 6. keyword in context
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
    if isinstance(docs_or_texts, pd.DataFrame) and by is None:
        by = "group" if "group" in docs_or_texts.columns else None
    d = _as_docs(docs_or_texts, "group" if (by is None and _is_corpus(docs_or_texts)) else by)
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
