"""Discourse over time: when a formulation entered official language, how it spread, and the era baseline.

Everything starts from *dated documents* (:func:`dated_documents`: one row per
document with ``year`` and ``period``) and one count table
(:func:`document_counts`: per document and feature, a count and its exposure).
A *feature* is a term, a group of terms (``{"创文": ["创文", "文明城市"]}``) or a
rhetoric register of ``data/lexicons/rhetoric.yaml``:

- terms are counted as characters, non-overlapping, longest alternative first,
  on the Simplified form of text and term (:func:`corpusmine.text.clean.simplified_view`),
  so Traditional and Simplified are never counted apart; rates are per
  100,000 characters (whitespace not counted);
- registers are counted on tokens by :func:`corpusmine.stats.rhetoric.rhetoric_counts`;
  rates are per 1,000 tokens, as in notebook 05.

From that table: :func:`trajectory` (rates per year or period, raw and
smoothed, with intervals and the documents behind each point),
:func:`kwic_by_year` (the passages behind a point); in
:mod:`corpusmine.stats.spread`, first use, spread and numbered formulas; in
:mod:`corpusmine.stats.era_compare`, keyness between periods and the era
baseline of the rhetoric registers; in :mod:`corpusmine.stats.periods`, the
period tables and change points.

Uncertainty (see :func:`trajectory`): within a period of at least
``min_docs_ci`` (3) documents, a percentile bootstrap over documents; for a
year or period with fewer documents, an exact Poisson interval on the pooled
count (Garwood 1936), which treats occurrences as independent and so only
describes within-document noise.  The ``interval`` column says which.

The Dask path: pass ``client=`` or ``address=`` to :func:`document_counts` and
:func:`period_keyness`; documents are counted on the workers, with results
identical to the in-process ones.

Examples
--------
>>> docs = pd.DataFrame({"year": [2017, 2018, 2019], "text": ["脱贫攻坚", "实施乡村振兴战略", "乡村振兴，乡村振興"]})
>>> d = dated_documents(docs)
>>> counts = document_counts(d, terms=["乡村振兴"])
>>> counts[["year", "count", "exposure"]].values.tolist()
[[2017, 0, 4], [2018, 1, 8], [2019, 2, 9]]
>>> trajectory(counts, smooth=3)[["year", "rate", "interval"]].round(1).values.tolist()
[[2017, 0.0, 'poisson'], [2018, 12500.0, 'poisson'], [2019, 22222.2, 'poisson']]
"""

from __future__ import annotations

import re
import warnings
import zlib
from collections.abc import Mapping

import numpy as np
import pandas as pd

from corpusmine.errors import CorpusWarning
from corpusmine.features import documents
from corpusmine.stats.periods import assign_periods, period_table
from corpusmine.stats.phrases import kwic
from corpusmine.stats.rhetoric import load_rhetoric_lexicon, rhetoric_counts
from corpusmine.stats.scale import worker_tokenizer
from corpusmine.text.clean import simplified_view
from corpusmine.config import PLACEHOLDER
from corpusmine.tokens.tokenizer import Tokenizer, is_punctuation
from corpusmine.extras import require

__all__ = ["COUNT_COLUMNS", "SCALES", "dated_documents", "document_counts", "kwic_by_year", "trajectory"]

#: Columns of :func:`document_counts`.
COUNT_COLUMNS = ["doc_id", "speech_id", "title", "year", "period", "feature", "kind", "count", "exposure",
                 "rate", "rate_unit"]
#: Rate scale per kind of feature: (multiplier, unit label).
SCALES = {"term": (100_000.0, "per 100k chars"), "category": (1_000.0, "per 1,000 tokens")}
_WS = re.compile(r"\s")
#: Characters jieba segments as one block (its ``re_han_default``): a clause cut elsewhere keeps its tokens.
_JIEBA_BLOCK_CHAR = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


# --------------------------------------------------------------------------
# Documents and counts
# --------------------------------------------------------------------------


def _year_of(value) -> float:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return np.nan
    if hasattr(value, "year") and not isinstance(value, (str, int, np.integer)):
        return float(value.year)
    m = re.match(r"\s*(\d{4})", str(value))
    return float(m.group(1)) if m else np.nan


def dated_documents(corpus, *, year: str = "year", text: str = "text", periods="decade",
                    level: str = "speech") -> pd.DataFrame:
    """One row per dated document, with its year, period and length.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        A Corpus (e.g. from :func:`corpusmine.read_corpus`; its speeches,
        duplicates dropped, at ``level``) or a DataFrame with a text column
        and a year or date column.
    year : str
        Column holding the year: an int, a date, or a text starting with four
        digits (``"2025-03-05"``, ``"2025年"``).
    text : str
        Column holding the text (DataFrames only).
    periods : str, int, list or DataFrame
        Period specification (see :mod:`corpusmine.stats.periods`).
    level : {"speech", "section", "paragraph"}
        Unit for a Corpus.

    Returns
    -------
    DataFrame
        ``doc_id, speech_id, title, year`` (int), ``period`` (ordered
        categorical), ``n_chars`` (non-whitespace characters), ``text``; in
        order of year, then input order.  Documents without a readable year
        are left out with one :class:`~corpusmine.errors.CorpusWarning`
        naming them.

    Raises
    ------
    KeyError
        The year or text column is missing (the message lists the columns).

    Examples
    --------
    >>> df = pd.DataFrame({"date": ["2018-03-05", "1954年", None], "text": ["乡村振兴", "經濟建設", "决议"]})
    >>> with warnings.catch_warnings(record=True):
    ...     d = dated_documents(df, year="date")
    >>> d[["doc_id", "year", "period", "n_chars"]].values.tolist()
    [['doc1', 1954, '1950s', 4], ['doc0', 2018, '2010s', 4]]
    """
    if hasattr(corpus, "speeches") and hasattr(corpus, "paragraphs"):
        sp = corpus.speeches
        if year not in sp.columns:
            raise KeyError(f"the corpus has no year column {year!r}; its columns are: {', '.join(map(str, sp.columns))}")
        docs = documents(corpus, level=level, by="campaign", groups=None)
        sp = sp.set_index("speech_id")
        docs = docs.assign(title=docs["speech_id"].map(sp["title"]) if "title" in sp else docs["speech_id"],
                           year=docs["speech_id"].map(sp[year]))
    elif isinstance(corpus, pd.DataFrame):
        missing = [c for c in (text, year) if c not in corpus.columns]
        if missing:
            raise KeyError(f"docs has no column {missing[0]!r}; its columns are: {', '.join(map(str, corpus.columns))}")
        docs = corpus.reset_index(drop=True).rename(columns={text: "text"})
        if year != "year":
            docs = docs.drop(columns=["year"], errors="ignore").rename(columns={year: "year"})
        if "doc_id" not in docs:
            docs["doc_id"] = [f"doc{i}" for i in range(len(docs))]
        docs["doc_id"] = docs["doc_id"].astype(str)
        if "speech_id" not in docs:
            docs["speech_id"] = docs["doc_id"]
        if "title" not in docs:
            docs["title"] = docs["doc_id"]
    else:
        raise TypeError(f"expected a Corpus or a DataFrame, got {type(corpus).__name__}")
    years = np.array([_year_of(v) for v in docs["year"]], dtype=float)
    bad = np.isnan(years)
    if bad.any():
        names = docs.loc[bad, "doc_id"].astype(str).tolist()
        warnings.warn(f"{len(names)} document(s) without a readable year left out: {', '.join(names[:20])}"
                      + (" …" if len(names) > 20 else ""), CorpusWarning, stacklevel=2)
    docs = docs[~bad].assign(year=years[~bad].astype(int))
    docs["text"] = docs["text"].fillna("").astype(str)
    docs = docs.sort_values("year", kind="mergesort").reset_index(drop=True)
    docs["period"] = assign_periods(docs["year"], periods).to_numpy()
    docs["period"] = docs["period"].astype(pd.CategoricalDtype(period_table(periods, docs["year"])["period"],
                                                               ordered=True))
    docs["n_chars"] = [len(t) - len(_WS.findall(t)) for t in docs["text"]]
    cols = ["doc_id", "speech_id", "title", "year", "period", "n_chars", "text"]
    return docs[cols]


def _term_patterns(terms) -> dict[str, re.Pattern]:
    if isinstance(terms, str):
        terms = [terms]
    items = terms.items() if isinstance(terms, Mapping) else ((t, [t]) for t in terms)
    out = {}
    for label, alts in items:
        alts = [alts] if isinstance(alts, str) else list(alts)
        alts = sorted({simplified_view(str(a)) for a in alts if str(a)}, key=lambda a: (-len(a), a))
        if not alts:
            raise ValueError(f"feature {label!r} has no non-empty term")
        out[str(label)] = re.compile("|".join(re.escape(a) for a in alts))
    return out


def _is_separator(token: str) -> bool:
    """A token at which the registers' clauses are cut: the placeholder, or punctuation outside jieba's blocks."""
    return token == PLACEHOLDER or all(is_punctuation(ch) and not _JIEBA_BLOCK_CHAR.match(ch) for ch in token)


class _SharedSegmentation:
    """A tokenizer whose clause segmentations come from one segmentation of each whole document.

    :func:`corpusmine.stats.rhetoric.rhetoric_counts` tokenizes every clause
    of every document (tens of thousands of texts, each a cache entry).
    Each clause is a run of whole jieba blocks (it is cut at punctuation
    outside the blocks and at the placeholder), so its tokens are the
    document's tokens over its span: this object segments the documents once
    (``raw_tokens`` and ``cut_many`` of the wrapped tokenizer, through its
    cache, entries shared with keyness and the formula extractor), derives
    each clause's filtered tokens from them, and hands any other text to the
    wrapped tokenizer.  Results are those of the wrapped tokenizer.
    """

    def __init__(self, tokenizer, texts) -> None:
        self.tokenizer = tokenizer
        self.clauses: dict[str, list[str]] = {}
        texts = list(texts)
        kept: set[str] = set()
        separator: dict[str, bool] = {}
        for filtered in tokenizer.cut_many(texts):
            kept.update(filtered)
        for text in texts:
            raw = tokenizer.raw_tokens(text)
            if "".join(raw) != text:
                continue  # a segmentation that does not cover its text: leave it to the tokenizer
            run: list[str] = []
            for token in raw + [PLACEHOLDER]:
                sep = separator.get(token)
                if sep is None:
                    sep = separator[token] = _is_separator(token)
                if sep:
                    if run:
                        self.clauses["".join(run)] = [t for t in run if t in kept]
                    run = []
                else:
                    run.append(token)

    def cut_many(self, texts, **kwargs) -> list[list[str]]:
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self.clauses))
        done = dict(zip(missing, self.tokenizer.cut_many(missing, **kwargs))) if missing else {}
        return [list(self.clauses[t]) if t in self.clauses else done[t] for t in texts]

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def _count_frame(docs: pd.DataFrame, terms, categories, lexicon, tokenizer) -> pd.DataFrame:
    """The long count table of some documents (the work done on one worker or in process)."""
    parts = []
    base = docs[["doc_id", "speech_id", "title", "year", "period"]].reset_index(drop=True)
    if terms:
        simple = [simplified_view(t) for t in docs["text"]]
        for label, rx in _term_patterns(terms).items():
            parts.append(base.assign(feature=label, kind="term", count=[len(rx.findall(t)) for t in simple],
                                     exposure=docs["n_chars"].to_numpy()))
    if categories:
        lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
        names = list(lex.names) if categories is True or categories == "all" else [lex[c].name for c in categories]
        shared = _SharedSegmentation(tokenizer, docs["text"])
        rc = rhetoric_counts(docs.reset_index(drop=True), tokenizer=shared, lexicon=lex, by="doc_id")
        for name in names:
            parts.append(base.assign(feature=name, kind="category", count=rc[name].to_numpy(),
                                     exposure=rc["n_tokens"].to_numpy()))
    if not parts:
        raise ValueError("give terms= and/or categories=: nothing to count")
    return pd.concat(parts, ignore_index=True)


def _count_partition(docs, terms, categories, lexicon, tokenizer_params):
    return _count_frame(docs, terms, categories, lexicon, worker_tokenizer(tokenizer_params))


def document_counts(docs: pd.DataFrame, terms=(), categories=(), *, lexicon=None, tokenizer=None,
                    tokenizer_params: Mapping | None = None, client=None, address: str | None = None,
                    npartitions: int | None = None) -> pd.DataFrame:
    """Count terms and rhetoric registers in every dated document (in process or on Dask).

    Parameters
    ----------
    docs : DataFrame
        From :func:`dated_documents`.
    terms : list of str or mapping of label to list of str
        Terms (each its own feature) or labelled groups of terms (one feature
        each, alternatives counted without overlap, longest first).  Counted
        on characters in the Simplified form: 鄉村振興 and 乡村振兴 are one term.
    categories : list of str, True or "all"
        Rhetoric registers (``True``: every register of the lexicon).
    lexicon : RhetoricLexicon, optional
        Default :func:`corpusmine.stats.rhetoric.load_rhetoric_lexicon`.
    tokenizer : Tokenizer, optional
        For the registers, in process (default ``Tokenizer(remove_stopwords=False)``).
    tokenizer_params : mapping, optional
        On Dask: the Tokenizer's keyword arguments, rebuilt on each worker
        (default ``{"remove_stopwords": False}``).
    client, address
        A ``distributed.Client`` or a scheduler address: count on the
        cluster.  The table is identical to the in-process one.
    npartitions : int, optional
        Partitions on Dask (default two per worker thread).

    Returns
    -------
    DataFrame
        Columns :data:`COUNT_COLUMNS`, one row per feature and document
        (features in the order given, documents in the order of ``docs``):
        ``kind`` is ``"term"`` (``exposure`` = characters, rate per 100k
        characters) or ``"category"`` (``exposure`` = tokens, rate per 1,000
        tokens); ``rate_unit`` says which.

    Examples
    --------
    >>> d = dated_documents(pd.DataFrame({"year": [1954, 2018], "text": ["全國人民代表大會", "全国人民代表大会"]}))
    >>> document_counts(d, terms=["全国人民代表大会"])[["year", "count"]].values.tolist()
    [[1954, 1], [2018, 1]]
    """
    if categories is False or categories is None:
        categories = ()
    if client is None and address is None:
        if categories and tokenizer is None:
            tokenizer = Tokenizer(**dict(tokenizer_params or {"remove_stopwords": False}))
        out = _count_frame(docs, terms, categories, lexicon, tokenizer)
    else:
        out = _dask_counts(docs, terms, categories, lexicon, tokenizer_params, client, address, npartitions)
    scale = out["kind"].map(lambda k: SCALES[k][0])
    with np.errstate(invalid="ignore", divide="ignore"):
        out["rate"] = np.where(out["exposure"] > 0, out["count"] / out["exposure"].where(out["exposure"] > 0, 1)
                               * scale, np.nan)
    out["rate_unit"] = out["kind"].map(lambda k: SCALES[k][1])
    out["count"] = out["count"].astype(np.int64)
    out["exposure"] = out["exposure"].astype(np.int64)
    return out[COUNT_COLUMNS]


def _dask_counts(docs, terms, categories, lexicon, tokenizer_params, client, address, npartitions):
    _m = require("distributed", "dask")
    Client = _m.Client

    params = dict(tokenizer_params or {"remove_stopwords": False})
    lex = lexicon if lexicon is not None else (load_rhetoric_lexicon() if categories else None)
    own = None
    if client is None:
        own = client = Client(address)
    try:
        n = npartitions or 2 * max(1, sum(client.nthreads().values()))
        bounds = np.linspace(0, len(docs), min(n, max(1, len(docs))) + 1).astype(int)
        parts = [docs.iloc[a:b] for a, b in zip(bounds[:-1], bounds[1:]) if b > a]
        futures = [client.submit(_count_partition, p, terms, categories, lex, params, pure=False)
                   for p in client.scatter(parts, hash=False)]
        frames = client.gather(futures)
    finally:
        if own is not None:
            own.close()
    # each partition lists features then documents; restore features-then-documents over all partitions
    out = pd.concat(frames, ignore_index=True)
    order = {f: i for i, f in enumerate(dict.fromkeys(frames[0]["feature"]))}
    pos = {d: i for i, d in enumerate(docs["doc_id"])}
    key = out["feature"].map(order) * len(pos) + out["doc_id"].map(pos)
    return out.iloc[np.argsort(key.to_numpy(), kind="stable")].reset_index(drop=True)


# --------------------------------------------------------------------------
# Trajectories
# --------------------------------------------------------------------------


def _poisson_ci(k: np.ndarray, ci: float) -> tuple[np.ndarray, np.ndarray]:
    from scipy.stats import chi2

    a = (1 - ci) / 2
    lo = np.where(k > 0, chi2.ppf(a, 2 * k) / 2, 0.0)
    hi = chi2.ppf(1 - a, 2 * k + 2) / 2
    return lo, hi


def _seed(random_state, key: str) -> np.random.Generator:
    return np.random.default_rng([0 if random_state is None else int(random_state), zlib.crc32(key.encode())])


def trajectory(counts: pd.DataFrame, *, by: str = "year", smooth: int = 5, ci: float = 0.95,
               n_boot: int = 2000, random_state: int | None = 0, min_docs_ci: int = 3) -> pd.DataFrame:
    """Rate of every feature per year (or period): raw, smoothed, with an interval and its documents.

    The rate of a year or period is pooled: total count / total exposure
    (a long report weighs more than a short one); ``mean_doc_rate`` gives the
    mean of the documents' own rates (each document weighs the same).

    Interval (column ``interval``): with at least ``min_docs_ci`` documents, a
    percentile bootstrap over documents (resampled with replacement within
    the year or period, ``n_boot`` times, seeded by ``random_state`` and the
    feature and time label); with fewer, the exact Poisson interval of the
    pooled count divided by the exposure (Garwood 1936, *Biometrika* 28:
    437-442), which ignores variation between documents and so is too narrow
    for a claim about an era; with no occurrence its lower bound is 0.

    Smoothing (``rate_smooth``, ``by="year"`` only): the pooled rate over a
    centred window of ``smooth`` calendar years (documents of the years
    ``y - smooth//2 … y + smooth//2``), so years without a document neither
    count as zeros nor break the window; it is NaN when the window holds no
    document.

    Parameters
    ----------
    counts : DataFrame
        From :func:`document_counts`.
    by : {"year", "period"}
    smooth : int
        Odd window width in years (1: no smoothing).
    ci : float
        Coverage of the intervals.
    n_boot : int
        Bootstrap resamples.
    random_state : int or None
    min_docs_ci : int
        Documents needed for a bootstrap interval.

    Returns
    -------
    DataFrame
        One row per feature and time unit, features in input order: ``feature,
        kind``, ``year`` (every calendar year from the first to the last, a
        year without documents with ``n_docs`` 0 and NaN rates) or ``period``
        (with ``first_year, last_year``: the years of its documents),
        ``n_docs, n_docs_with`` (documents using the feature), ``count,
        exposure, rate, mean_doc_rate, ci_low, ci_high, interval``
        (``"bootstrap"``, ``"poisson"`` or ``""``), ``rate_smooth`` (years),
        ``rate_unit``, ``doc_ids`` (the documents behind the point,
        ``;``-separated).

    Examples
    --------
    >>> d = dated_documents(pd.DataFrame({"year": [2016, 2018, 2018, 2018],
    ...                                   "text": ["脱贫攻坚", "乡村振兴战略", "乡村振兴", "农业"]}))
    >>> t = trajectory(document_counts(d, terms=["乡村振兴"]), smooth=3, n_boot=200)
    >>> t[["year", "n_docs", "n_docs_with", "count", "interval"]].values.tolist()
    [[2016, 1, 0, 0, 'poisson'], [2017, 0, 0, 0, ''], [2018, 3, 2, 2, 'bootstrap']]
    """
    if by not in ("year", "period"):
        raise ValueError(f"by must be 'year' or 'period', got {by!r}")
    if not (isinstance(smooth, (int, np.integer)) and smooth >= 1 and smooth % 2 == 1):
        raise ValueError(f"smooth must be a positive odd number of years, got {smooth!r}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    missing = [c for c in COUNT_COLUMNS if c not in counts.columns and c != "rate"]
    if missing:
        raise KeyError(f"counts needs the columns of document_counts; missing {missing}")
    alpha = (1 - ci) / 2
    rows: list[dict] = []
    poisson: list[tuple[dict, int, int, float]] = []      # rows whose interval is exact Poisson, computed at once
    codes, features = pd.factorize(counts["feature"], sort=False)
    years_all = counts["year"].to_numpy()
    periods_all = counts["period"].to_numpy()
    k_all, e_all = counts["count"].to_numpy(np.int64), counts["exposure"].to_numpy(np.int64)
    ids_all, kinds_all = counts["doc_id"].astype(str).to_numpy(), counts["kind"].to_numpy()
    for j, feature in enumerate(features):
        pos = np.flatnonzero(codes == j)
        kind = kinds_all[pos[0]]
        scale = SCALES[kind][0]
        years, k_f, e_f, ids = years_all[pos], k_all[pos], e_all[pos], ids_all[pos]
        if by == "year":
            units = list(range(int(years.min()), int(years.max()) + 1))
            keys = years
        else:
            units = list(counts["period"].iloc[pos].astype("category").cat.categories)
            keys = periods_all[pos]
        feature_rows = []
        for u in units:
            sel = np.flatnonzero(keys == u)
            if by == "period" and not len(sel):
                continue
            row = {"feature": feature, "kind": kind, by: u}
            if by == "period":
                row.update(first_year=int(years[sel].min()), last_year=int(years[sel].max()))
            if not len(sel):
                row.update(n_docs=0, n_docs_with=0, count=0, exposure=0, rate=np.nan, mean_doc_rate=np.nan,
                           ci_low=np.nan, ci_high=np.nan, interval="", doc_ids="")
                feature_rows.append(row)
                continue
            k, e = k_f[sel], e_f[sel]
            tk, te = int(k.sum()), int(e.sum())
            rate = tk / te * scale if te else np.nan
            if len(sel) >= min_docs_ci and te:
                rng = _seed(random_state, f"{feature}\x00{u}")
                w = rng.multinomial(len(sel), np.full(len(sel), 1.0 / len(sel)), size=int(n_boot))
                with np.errstate(invalid="ignore", divide="ignore"):
                    br = (w @ k) / (w @ e) * scale
                lo, hi = np.nanquantile(br, [alpha, 1 - alpha])
                how = "bootstrap"
            elif te:
                lo = hi = np.nan
                poisson.append((row, tk, te, scale))
                how = "poisson"
            else:
                lo = hi = np.nan
                how = ""
            with np.errstate(invalid="ignore", divide="ignore"):
                mean_doc = float(np.nanmean(np.where(e > 0, k / np.where(e > 0, e, 1) * scale, np.nan)))
            row.update(n_docs=len(sel), n_docs_with=int((k > 0).sum()), count=tk, exposure=te, rate=rate,
                       mean_doc_rate=mean_doc, ci_low=float(lo), ci_high=float(hi), interval=how,
                       doc_ids=";".join(ids[sel]))
            feature_rows.append(row)
        if by == "year":
            # pooled rate over a centred window of calendar years (cumulative sums over every year)
            h = smooth // 2
            k = np.array([r["count"] for r in feature_rows], dtype=float)
            e = np.array([r["exposure"] for r in feature_rows], dtype=float)
            ck, ce = np.r_[0, np.cumsum(k)], np.r_[0, np.cumsum(e)]
            i = np.arange(len(feature_rows))
            a, b = np.clip(i - h, 0, len(feature_rows)), np.clip(i + h + 1, 0, len(feature_rows))
            wk, we = ck[b] - ck[a], ce[b] - ce[a]
            with np.errstate(invalid="ignore", divide="ignore"):
                smoothed = np.where(we > 0, wk / np.where(we > 0, we, 1), np.nan) * scale
            for r, v in zip(feature_rows, smoothed):
                r["rate_smooth"] = v
        rows.extend(feature_rows)
    if poisson:
        lows, highs = _poisson_ci(np.array([tk for _, tk, _, _ in poisson]), ci)
        for (row, _, te, scale), lo, hi in zip(poisson, lows, highs):
            row.update(ci_low=float(lo / te * scale), ci_high=float(hi / te * scale))
    unit_cols = ["year"] if by == "year" else ["period", "first_year", "last_year"]
    cols = ["feature", "kind"] + unit_cols + ["n_docs", "n_docs_with", "count", "exposure", "rate", "mean_doc_rate",
                                              "ci_low", "ci_high", "interval"] + \
        (["rate_smooth"] if by == "year" else []) + ["rate_unit", "doc_ids"]
    if not rows:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(rows)
    out["rate_unit"] = out["kind"].map(lambda k: SCALES[k][1])
    return out[cols].reset_index(drop=True)


def kwic_by_year(docs: pd.DataFrame, terms, *, window: int = 20, years=None,
                 max_per_year: int | None = None) -> pd.DataFrame:
    """The passages behind a trajectory: keyword-in-context lines for one or more terms, by year.

    Parameters
    ----------
    docs : DataFrame
        From :func:`dated_documents`.
    terms : str, list of str or mapping of label to list of str
        Matched on characters in the Simplified form (a Traditional
        spelling finds the same lines); a mapping (the ``terms`` of
        :func:`document_counts`) gives every term of every feature.
    window : int
        Characters of context on each side.
    years : iterable of int, optional
        Keep only these years.
    max_per_year : int, optional
        First lines of each term and year only.

    Returns
    -------
    DataFrame
        ``term, year, period, doc_id, title, offset, left, keyword, right``,
        by term (in the order given), then year and text order (lines from
        :func:`corpusmine.stats.phrases.kwic`).

    Examples
    --------
    >>> d = dated_documents(pd.DataFrame({"year": [1954, 2018], "text": ["發展農業生產", "发展农业生产，发展农村"]}))
    >>> kwic_by_year(d, "發展", window=2)[["year", "left", "keyword", "right"]].values.tolist()
    [[1954, '', '发展', '农业'], [2018, '', '发展', '农业'], [2018, '产，', '发展', '农村']]
    """
    d = docs if years is None else docs[docs["year"].isin(list(years))]
    simple = d.assign(text=[simplified_view(t) for t in d["text"]])[["doc_id", "speech_id", "text"]]
    meta = d.set_index("doc_id")
    cols = ["term", "year", "period", "doc_id", "title", "offset", "left", "keyword", "right"]
    frames = []
    if isinstance(terms, Mapping):
        terms = list(dict.fromkeys(t for ts in terms.values() for t in ([ts] if isinstance(ts, str) else ts)))
    for term in [terms] if isinstance(terms, str) else list(terms):
        lines = kwic(simple, simplified_view(term), window=window, by=None)
        lines = lines.assign(term=term, year=lines["doc_id"].map(meta["year"]).astype("Int64"),
                             period=lines["doc_id"].map(meta["period"].astype(str)),
                             title=lines["doc_id"].map(meta["title"]))
        if max_per_year is not None:
            lines = lines.groupby("year", sort=False).head(max_per_year)
        frames.append(lines[cols])
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)
