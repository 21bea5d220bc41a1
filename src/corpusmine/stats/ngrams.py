"""N-grams and collocations of Chinese speeches: token n-grams, PMI/NPMI/G² word pairs and gensim phrases.

Every function takes the ``docs`` table of :func:`corpusmine.features.documents`
(columns ``doc_id, speech_id, group, text``), a plain list of strings, or a
:class:`corpusmine.Corpus` (read by :func:`corpusmine.features.as_documents`),
and returns a tidy DataFrame whose columns are listed in the function's docstring.

Two rules hold throughout (and in :mod:`corpusmine.stats.formulas`,
:mod:`corpusmine.stats.parallelism` and :mod:`corpusmine.stats.concordance`):

* **Nothing crosses a boundary.**  Token sequences (n-grams, collocations,
  gensim phrases) are built inside *segments* (:func:`segments`): the text is
  cut at every punctuation mark or symbol (。，、；：！？ brackets, dashes,
  slashes …), at every number written in digits and at the anonymisation
  placeholder :data:`corpusmine.config.PLACEHOLDER`, before it is segmented;
  only quotation marks are transparent, so that ``村社“五清”`` stays one
  segment.  Paragraphs are never joined.  jieba itself cuts at punctuation,
  so segmenting piece by piece gives the same words as segmenting the whole
  text (apart from the digits, which are dropped anyway).
* **Dispersion next to counts.**  Template-site speeches copy each other, so
  every count comes with ``n_docs`` and ``n_speeches`` (in how many documents
  and distinct speeches the item occurs, :func:`item_dispersion`): a phrase said
  forty times in one speech is one speaker's habit, not a campaign's vocabulary.

Examples
--------
>>> segments("要抓好村社“五清”、场镇“四定”工作。2023年")
['要抓好村社“五清”', '场镇“四定”工作', '年']
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping

import pandas as pd

from corpusmine import config
from corpusmine.features import as_documents, default_tokenizer, group_sort_key, sort_groups

__all__ = ["ngram_frequency", "collocations", "gensim_phrases", "segments", "segment_tokens", "item_dispersion",
           "sort_by_group"]

_PH = config.PLACEHOLDER
#: Character class of the CJK unified ideographs (for regular expressions).
CJK = "\u4e00-\u9fff"
#: Quotation marks: transparent inside segments, delimiters of quoted phrases.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"))
#: Every quotation mark, Chinese and ASCII.
QUOTE_CHARS = "".join(a + b for a, b in QUOTE_PAIRS) + "\"'"

# A segment boundary: the placeholder, a number in digits, or any character
# that is neither a word character nor a quotation mark (``\w`` covers CJK,
# Latin letters and digits; digits are caught by the earlier alternative).
_BOUNDARY = re.compile(
    re.escape(_PH) + r"|[0-9０-９]+(?:[.．,][0-9０-９]+)*|_|[^\w" + re.escape(QUOTE_CHARS) + r"]"
)


def _stopset(tokenizer) -> frozenset[str]:
    return frozenset(getattr(tokenizer, "stopwords_", frozenset()))


def segments(text: str) -> list[str]:
    """Cut *text* into segments that no token sequence may cross (see the module docstring).

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str
        The non-blank pieces between boundaries, in order.

    Examples
    --------
    >>> segments("〔某〕县推进生活垃圾分类,覆盖率达95.5%")
    ['县推进生活垃圾分类', '覆盖率达']
    """
    return [s for s in _BOUNDARY.split(text) if s and not s.isspace()]


def segment_tokens(texts: list[str], tokenizer) -> list[list[list[str]]]:
    """Per text, the token lists of its segments (one ``cut_many`` call for the whole corpus).

    Parameters
    ----------
    texts : list of str
    tokenizer : Tokenizer

    Returns
    -------
    list of list of list of str
        ``out[i][j]``: the tokens of segment j of text i (placeholder and
        blanks dropped, empty segments left out).

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> segment_tokens(["抓实抓细,久久为功"], Tokenizer(remove_stopwords=False, cache_dir=None))
    [[['抓实', '抓细'], ['久久为功']]]
    """
    owners: list[int] = []
    flat: list[str] = []
    for i, text in enumerate(texts):
        segs = segments(text)
        flat.extend(segs)
        owners.extend([i] * len(segs))
    cut = tokenizer.cut_many(flat) if flat else []
    out: list[list[list[str]]] = [[] for _ in texts]
    for i, toks in zip(owners, cut):
        toks = [t for t in toks if t and not t.isspace() and t != _PH]
        if toks:
            out[i].append(toks)
    return out


def item_dispersion(docs: pd.DataFrame, hits: Mapping) -> tuple[dict, dict]:
    """In how many documents and distinct speeches each item occurs.

    Parameters
    ----------
    docs : DataFrame
        From :func:`corpusmine.features.as_documents` (needs ``speech_id``).
    hits : mapping
        ``{item: set of row positions of docs in which it occurs}``.

    Returns
    -------
    n_docs, n_speeches : dict
        ``{item: number of documents}``, ``{item: number of distinct speech_id}``.

    Examples
    --------
    >>> docs = as_documents(pd.DataFrame({"speech_id": ["s1", "s1", "s2"], "text": ["五清", "五清", "四定"]}))
    >>> item_dispersion(docs, {"五清": {0, 1}, "四定": {2}})
    ({'五清': 2, '四定': 1}, {'五清': 1, '四定': 1})
    """
    sp = docs["speech_id"].to_numpy()
    n_docs = {k: len(v) for k, v in hits.items()}
    n_sp = {k: len({sp[i] for i in v}) for k, v in hits.items()}
    return n_docs, n_sp


def sort_by_group(table: pd.DataFrame, desc: list[str], name: str, top: int | None = None) -> pd.DataFrame:
    """Sort a tidy table by ``group`` (campaigns first), then ``desc`` descending, then ``name``.

    Parameters
    ----------
    table : DataFrame
        With a ``group`` column.
    desc : list of str
        Columns sorted in descending order after the group.
    name : str
        Tie-breaking column, ascending.
    top : int, optional
        Keep the first ``top`` rows of each group.

    Returns
    -------
    DataFrame
        With a fresh index.

    Examples
    --------
    >>> t = pd.DataFrame({"group": ["environment", "rural", "rural"], "term": ["整治", "振兴", "帮扶"],
    ...                   "count": [9, 3, 5]})
    >>> sort_by_group(t, ["count"], "term", top=1)["term"].tolist()
    ['帮扶', '整治']
    """
    if table.empty:
        return table.reset_index(drop=True)
    out = table.assign(_g=[group_sort_key(g) for g in table["group"]])
    out = out.sort_values(["_g"] + desc + [name], ascending=[True] + [False] * len(desc) + [True],
                          kind="mergesort").drop(columns="_g")
    if top is not None:
        out = out.groupby("group", sort=False).head(top)
    return out.reset_index(drop=True)


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
    d = as_documents(docs, by)
    tok = tokenizer if tokenizer is not None else default_tokenizer()
    stop = _stopset(tok)
    seg_tokens = segment_tokens(d["text"].tolist(), tok)

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
    n_docs, n_sp = item_dispersion(d, hits)

    rows = []
    for g in sort_groups(counts):
        total = totals[g]
        for gram, c in counts[g].items():
            if c < min_count:
                continue
            rows.append({"group": g, "ngram": "".join(gram), "tokens": " ".join(gram), "n": len(gram),
                         "count": c, "rate_per_10k": c / total * 1e4 if total else 0.0,
                         "n_docs": n_docs[(g, gram)], "n_speeches": n_sp[(g, gram)]})
    cols = ["group", "ngram", "tokens", "n", "count", "rate_per_10k", "n_docs", "n_speeches"]
    out = pd.DataFrame(rows, columns=cols)
    return sort_by_group(out, ["count", "n_speeches"], "tokens", top)


# --------------------------------------------------------------------------
# collocations
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
    d = as_documents(docs, by)
    tok = tokenizer if tokenizer is not None else default_tokenizer()
    stop = _stopset(tok)
    seg_tokens = segment_tokens(d["text"].tolist(), tok)

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
    n_docs, n_sp = item_dispersion(d, hits)

    rows = []
    for g in sort_groups(pairs):
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
    return sort_by_group(out, ["g2", "count"], "bigram", None)


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

    d = as_documents(docs, None)
    tok = tokenizer if tokenizer is not None else default_tokenizer()
    stop = _stopset(tok)
    seg_tokens = segment_tokens(d["text"].tolist(), tok)
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
    n_docs, n_sp = item_dispersion(d, pair_hits)
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
