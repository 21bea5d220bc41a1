"""Speeches as the unit of evidence: per-speech rates, campaign means of speeches, tests over speeches.

A paragraph or a token is not an independent observation of a campaign: the
paragraphs of one speech share a speaker, an occasion and a drafter.  The
functions here make the *speech part* the unit (a speech, or the part of a
mixed speech that belongs to one campaign, as made by
``features.documents(corpus, level="speech")``):

* :func:`speech_rates` -- one row per speech part and rhetoric category: the
  rate per 1,000 tokens and the share of the part's sentences with a match;
* :func:`campaign_means` -- each campaign's mean of its speech parts (not the
  pooled token rate), the number of speeches behind it, and an interval only
  where at least ``min_units`` (default 3) parts exist, else NaN and a reason;
* :func:`speech_permutation_test` -- a campaign against another (or the
  rest), exact permutation over speech parts, with the smallest attainable p;
* :func:`claim_concordance` -- the KWIC lines behind each claim, tidy, for a
  CSV beside the figures.

Results computed on paragraphs or sentences (``docs.attrs["level"]``) are
labelled ``evidence = "secondary"``.

Examples
--------
>>> import pandas as pd
>>> from corpusmine import Tokenizer
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "speech_id": ["a", "b"], "group": ["civilised_city", "environment"],
...                      "text": ["要打赢创文攻坚战。要全力以赴。", "要建立长效机制。"]})
>>> r = speech_rates(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
>>> r.query("category == 'mobilisation'")[["speech_id", "matches", "n_sentences", "sentences_with_match"]].values.tolist()
[['a', 3, 2, 2], ['b', 0, 1, 0]]
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats as sps

from corpusmine.features import documents, sort_groups
from corpusmine.stats.resampling import adjust_pvalues, keyed_rng, permutation_pvalues
from corpusmine.stats.rhetoric_lexicon import RhetoricLexicon, load_rhetoric_lexicon
from corpusmine.stats.rhetoric_match import rhetoric_concordance, rhetoric_counts

__all__ = [
    "CLAIM_KWIC_COLUMNS",
    "MEAN_COLUMNS",
    "RATE_COLUMNS",
    "TEST_COLUMNS",
    "campaign_means",
    "claim_concordance",
    "speech_permutation_test",
    "speech_rates",
    "split_sentences",
]

#: Columns of :func:`speech_rates`.
RATE_COLUMNS = ["doc_id", "speech_id", "group", "category", "matches", "n_tokens", "rate", "n_sentences",
                "sentences_with_match", "sentence_share", "unit", "evidence"]
#: Columns of :func:`campaign_means`.
MEAN_COLUMNS = ["group", "category", "value", "n_speeches", "n_units", "mean", "median", "min", "max",
                "pooled", "ci_low", "ci_high", "ci_reason", "unit", "evidence"]
#: Columns of :func:`speech_permutation_test`.
TEST_COLUMNS = ["category", "value", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "diff", "ratio",
                "p_value", "p_adj", "min_p", "method", "n_assignments", "unit", "evidence"]
#: Columns of :func:`claim_concordance`.
CLAIM_KWIC_COLUMNS = ["claim_id", "speech_id", "campaign", "doc_id", "category", "term", "left", "match", "right"]

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;…])|\n+")
_PRIMARY_LEVELS = ("speech",)


def split_sentences(text: str) -> list[str]:
    """Cut a text into sentences at 。！？； (and their ASCII forms) and line breaks.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str
        Non-empty sentences, stripped, in order.

    Examples
    --------
    >>> split_sentences("要打赢创文攻坚战。要全力以赴！\\n同志们")
    ['要打赢创文攻坚战。', '要全力以赴！', '同志们']
    """
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _level(docs: pd.DataFrame) -> str:
    return str(docs.attrs.get("level", "speech"))


def _evidence(unit: str) -> str:
    return "primary" if unit in _PRIMARY_LEVELS else "secondary"


def speech_rates(
    docs,
    *,
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
    by: str = "group",
    scale: float = 1000.0,
) -> pd.DataFrame:
    """Rate of every rhetoric category in every speech part, and the share of its sentences with a match.

    Parameters
    ----------
    docs : Corpus or DataFrame
        A Corpus (made into speech parts with
        ``features.documents(corpus, level="speech")``: one document per
        speech and campaign) or documents with ``text`` and the grouping
        column (``speech_id`` and ``doc_id`` used when present).  A frame
        whose ``attrs["level"]`` is ``paragraph`` or ``section`` is counted
        too but labelled secondary.
    tokenizer : Tokenizer, optional
        Default ``Tokenizer(remove_stopwords=False)`` (see
        :func:`corpusmine.stats.rhetoric_match.rhetoric_counts`).
    lexicon : RhetoricLexicon, optional
        Default ``data/lexicons/rhetoric.yaml``.
    by : str
        Grouping column (default ``group``).
    scale : float
        Rate per this many tokens (default 1,000).

    Returns
    -------
    DataFrame
        One row per document and category (documents in input order,
        categories in lexicon order), columns :data:`RATE_COLUMNS`:
        ``doc_id``, ``speech_id``, ``group`` (the ``by`` value), ``category``,
        ``matches`` (token matches), ``n_tokens`` (tokens of the document),
        ``rate`` (``matches / n_tokens * scale``, NaN for an empty document),
        ``n_sentences`` (:func:`split_sentences`), ``sentences_with_match``
        (sentences with at least one match of the category),
        ``sentence_share`` (their share), ``unit`` (the documents' level) and
        ``evidence`` (``primary`` for speech parts, ``secondary`` otherwise).

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"speech_id": ["civ"], "group": ["civilised_city"],
    ...                      "text": ["创文迎检冲锋号已经拉响。各单位要全力以赴,背水一战。"]})
    >>> r = speech_rates(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> r.query("category == 'mobilisation'")[["matches", "n_sentences", "sentences_with_match"]].values.tolist()
    [[3, 2, 2]]
    """
    if hasattr(docs, "paragraphs") and not isinstance(docs, pd.DataFrame):
        docs = documents(docs, level="speech")
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a Corpus or a DataFrame, got {type(docs).__name__}")
    lex = lexicon if lexicon is not None else load_rhetoric_lexicon()
    d = docs.reset_index(drop=True)
    if "doc_id" not in d.columns:
        d = d.assign(doc_id=d["speech_id"].astype(str) if "speech_id" in d.columns else [str(i) for i in range(len(d))])
    if "speech_id" not in d.columns:
        d = d.assign(speech_id=d["doc_id"])
    counts = rhetoric_counts(d, tokenizer=tokenizer, lexicon=lex, by=by)
    sent_rows = [(i, s) for i, t in enumerate(d["text"]) for s in split_sentences(t)]
    sents = pd.DataFrame({"doc": [i for i, _ in sent_rows], "text": [s for _, s in sent_rows], "group": "x"})
    if len(sents):
        sc = rhetoric_counts(sents, tokenizer=tokenizer, lexicon=lex, by="group")
        sc["doc"] = sents["doc"].to_numpy()
        n_sent = sc.groupby("doc").size()
        hit = (sc[list(lex.names)] > 0).groupby(sc["doc"]).sum()
    else:
        n_sent, hit = pd.Series(dtype=int), pd.DataFrame(columns=list(lex.names))
    unit = _level(docs)
    rows = []
    for i in range(len(d)):
        n_tok = int(counts["n_tokens"].iat[i])
        ns = int(n_sent.get(i, 0))
        for cat in lex.names:
            m = int(counts[cat].iat[i])
            k = int(hit.at[i, cat]) if i in hit.index else 0
            rows.append({
                "doc_id": d["doc_id"].iat[i], "speech_id": d["speech_id"].iat[i], "group": str(d[by].iat[i]),
                "category": cat, "matches": m, "n_tokens": n_tok,
                "rate": m / n_tok * scale if n_tok else math.nan,
                "n_sentences": ns, "sentences_with_match": k, "sentence_share": k / ns if ns else math.nan,
                "unit": unit, "evidence": _evidence(unit),
            })
    return pd.DataFrame(rows, columns=RATE_COLUMNS)


def _t_interval(x: np.ndarray, ci: float) -> tuple[float, float]:
    m, se = float(np.mean(x)), float(np.std(x, ddof=1) / math.sqrt(len(x)))
    h = float(sps.t.ppf(0.5 + ci / 2, len(x) - 1)) * se
    return m - h, m + h


def campaign_means(
    rates: pd.DataFrame,
    *,
    value: str = "rate",
    min_units: int = 3,
    ci: float = 0.95,
    scale: float = 1000.0,
) -> pd.DataFrame:
    """Each group's mean of its speech parts, the speeches behind it, and an interval from enough units only.

    Parameters
    ----------
    rates : DataFrame
        From :func:`speech_rates`.
    value : {"rate", "sentence_share"}
        The per-unit value averaged.
    min_units : int
        Units a group needs for an interval (default 3); with fewer the
        interval is NaN and ``ci_reason`` says why.  Show the points instead.
    ci : float
        Coverage of the interval (Student t over the unit values).
    scale : float
        Scale of ``pooled`` (per this many tokens; for ``sentence_share`` the
        pooled share of sentences).

    Returns
    -------
    DataFrame
        One row per group (campaign order) and category (lexicon order),
        columns :data:`MEAN_COLUMNS`: ``group``, ``category``, ``value``,
        ``n_speeches`` (distinct ``speech_id``), ``n_units`` (speech parts),
        ``mean`` (plain mean of the unit values), ``median``, ``min``,
        ``max``, ``pooled`` (pooled over tokens or sentences, for comparison
        only), ``ci_low``, ``ci_high`` (NaN with fewer than ``min_units``
        units), ``ci_reason`` ('' when an interval is given), ``unit``,
        ``evidence``.

    Examples
    --------
    >>> rates = pd.DataFrame({"speech_id": ["e1", "e2", "e3", "c1"], "group": ["environment"] * 3 + ["civilised_city"],
    ...     "category": "mobilisation", "matches": [1, 2, 3, 18], "n_tokens": [1000] * 4, "rate": [1.0, 2.0, 3.0, 18.0],
    ...     "n_sentences": 10, "sentences_with_match": [1, 1, 2, 6], "sentence_share": [.1, .1, .2, .6],
    ...     "unit": "speech", "evidence": "primary"})          # 创文一篇, 整治三篇
    >>> import numpy as np
    >>> m = campaign_means(rates)
    >>> m[["group", "n_speeches", "mean", "ci_reason"]].values.tolist()
    [['civilised_city', 1, 18.0, 'fewer than 3 units (1): no interval'], ['environment', 3, 2.0, '']]
    >>> round(float(m["ci_low"].iat[1]), 3), round(float(m["ci_high"].iat[1]), 3)
    (-0.484, 4.484)
    """
    if value not in ("rate", "sentence_share"):
        raise ValueError(f"value must be 'rate' or 'sentence_share', got {value!r}")
    missing = [c for c in ("speech_id", "group", "category", value) if c not in rates.columns]
    if missing:
        raise KeyError(f"rates lacks column(s) {missing}; make it with speech_rates()")
    if min_units < 2:
        raise ValueError(f"min_units must be at least 2 (an interval needs a spread), got {min_units}")
    cats = list(dict.fromkeys(rates["category"]))
    rows = []
    for g in sort_groups(rates["group"].astype(str)):
        for cat in cats:
            sub = rates[(rates["group"].astype(str) == g) & (rates["category"] == cat)]
            x = sub[value].to_numpy(dtype=float)
            x = x[~np.isnan(x)]
            n = len(x)
            if value == "rate":
                den = sub["n_tokens"].sum()
                pooled = sub["matches"].sum() / den * scale if den else math.nan
            else:
                den = sub["n_sentences"].sum()
                pooled = sub["sentences_with_match"].sum() / den if den else math.nan
            lo = hi = math.nan
            reason = ""
            if n < min_units:
                reason = f"fewer than {min_units} units ({n}): no interval"
            elif np.all(x == x[0]):
                lo = hi = float(x[0])
                reason = "all units equal"
            else:
                lo, hi = _t_interval(x, ci)
            unit = str(sub["unit"].iat[0]) if "unit" in sub.columns and len(sub) else "speech"
            rows.append({
                "group": g, "category": cat, "value": value, "n_speeches": int(sub["speech_id"].nunique()),
                "n_units": n, "mean": float(np.mean(x)) if n else math.nan,
                "median": float(np.median(x)) if n else math.nan, "min": float(x.min()) if n else math.nan,
                "max": float(x.max()) if n else math.nan, "pooled": float(pooled), "ci_low": lo, "ci_high": hi,
                "ci_reason": reason, "unit": unit, "evidence": _evidence(unit),
            })
    return pd.DataFrame(rows, columns=MEAN_COLUMNS)


def speech_permutation_test(
    rates: pd.DataFrame,
    a: str,
    b: str | None = None,
    *,
    value: str = "rate",
    n_perm: int = 10_000,
    random_state: int | None = 0,
    correction: str = "fdr_bh",
) -> pd.DataFrame:
    """Test a group against another (or the rest) over speech parts: difference of the means of units.

    Under the null hypothesis the units' group labels are exchangeable; all
    C(n_a + n_b, n_a) assignments are enumerated when there are at most
    ``n_perm`` of them (an exact test), so with one civilised-city speech
    against six environment speeches the smallest attainable p is 1/7,
    whatever the data: ``min_p`` states it beside every p.

    Parameters
    ----------
    rates : DataFrame
        From :func:`speech_rates` (one row per unit and category).
    a : str
        The group tested.
    b : str, optional
        The group compared; default every other group ("rest").
    value : {"rate", "sentence_share"}
        The per-unit value compared.
    n_perm : int
        Cap for exact enumeration, and the number of random permutations
        beyond it.
    random_state : int or None
        Seed of the random permutations (unused when exact).
    correction : str
        Multiple-testing correction over the categories (see
        :func:`corpusmine.stats.resampling.adjust_pvalues`).

    Returns
    -------
    DataFrame
        One row per category, columns :data:`TEST_COLUMNS`: ``category``,
        ``value``, ``group_a``, ``group_b`` (``rest`` when b is None),
        ``n_a``, ``n_b`` (units), ``mean_a``, ``mean_b`` (means of the unit
        values), ``diff`` (mean_a - mean_b), ``ratio`` (mean_a / mean_b, NaN
        when mean_b is 0), ``p_value`` (two-sided), ``p_adj``, ``min_p`` (the
        smallest p the design allows), ``method`` (``exact`` or
        ``monte_carlo``), ``n_assignments``, ``unit``, ``evidence``.

    Raises
    ------
    ValueError
        When a group has no unit.

    Examples
    --------
    >>> rates = pd.DataFrame({"speech_id": ["c1", "e1", "e2", "e3"], "group": ["civilised_city"] + ["environment"] * 3,
    ...                       "category": "mobilisation", "rate": [14.0, 2.0, 1.0, 3.0]})    # 动员: 创文一篇
    >>> t = speech_permutation_test(rates, "civilised_city", "environment")
    >>> t[["n_a", "n_b", "diff", "ratio", "p_value", "min_p", "method"]].values.tolist()
    [[1, 3, 12.0, 7.0, 0.25, 0.25, 'exact']]
    """
    if value not in rates.columns:
        raise KeyError(f"rates has no column {value!r}")
    g = rates["group"].astype(str)
    sel_a = g == a
    sel_b = (g != a) if b is None else (g == b)
    if not sel_a.any() or not sel_b.any():
        raise ValueError(f"both groups need at least one unit: {a!r} has {int(sel_a.any())} rows, "
                         f"{b or 'rest'!r} has {int(sel_b.any())}; groups are {sort_groups(g)}")
    cats = list(dict.fromkeys(rates["category"]))
    key = ["doc_id"] if "doc_id" in rates.columns else ["speech_id", "group"]
    wide = rates[sel_a | sel_b].pivot_table(index=key, columns="category", values=value, aggfunc="first")
    wide = wide[cats]
    labels = rates[sel_a | sel_b].drop_duplicates(key).set_index(key, drop=False)["group"].astype(str)
    labels = labels.reindex(wide.index)
    in_a = (labels == a).to_numpy()
    X = np.vstack([wide.to_numpy(dtype=float)[in_a], wide.to_numpy(dtype=float)[~in_a]])
    n_a, n_b = int(in_a.sum()), int((~in_a).sum())
    res = permutation_pvalues(X, np.ones(len(X)), n_a, n_perm=n_perm, scale=1.0,
                              rng=keyed_rng(random_state, f"{a} vs {b or 'rest'} {value}"))
    mean_a, mean_b = X[:n_a].mean(axis=0), X[n_a:].mean(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(mean_b > 0, mean_a / mean_b, np.nan)
    unit = str(rates["unit"].iat[0]) if "unit" in rates.columns else "speech"
    out = pd.DataFrame({
        "category": cats, "value": value, "group_a": a, "group_b": b or "rest", "n_a": n_a, "n_b": n_b,
        "mean_a": mean_a, "mean_b": mean_b, "diff": mean_a - mean_b, "ratio": ratio, "p_value": res.p_value,
        "p_adj": adjust_pvalues(res.p_value, correction), "min_p": res.min_p, "method": res.method,
        "n_assignments": res.n_distinct, "unit": unit, "evidence": _evidence(unit),
    })
    return out[TEST_COLUMNS]


def claim_concordance(
    docs,
    claims: Mapping[str, Mapping[str, str]],
    *,
    window: int = 20,
    tokenizer=None,
    lexicon: RhetoricLexicon | None = None,
    path: str | Path | None = None,
) -> pd.DataFrame:
    """The KWIC lines behind each claim, as one tidy table (and CSV).

    Parameters
    ----------
    docs : Corpus or DataFrame
        As in :func:`speech_rates`.
    claims : mapping of str to mapping
        ``{claim_id: {"category": ..., "term": ..., "group": ...}}``; each key
        optional (a claim about mobilisation in civilised city:
        ``{"category": "mobilisation", "group": "civilised_city"}``).
    window : int
        Characters of context on each side.
    tokenizer, lexicon
        As in :func:`speech_rates`.
    path : path-like, optional
        Also write the table there as UTF-8 CSV.

    Returns
    -------
    DataFrame
        Columns :data:`CLAIM_KWIC_COLUMNS`: ``claim_id``, ``speech_id``,
        ``campaign`` (the document's group), ``doc_id``, ``category``,
        ``term``, ``left``, ``match``, ``right``; claims in the given order,
        lines in document order.

    Raises
    ------
    KeyError
        A claim with an unknown key, category or term.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"speech_id": ["env"], "group": ["environment"], "text": ["不能仅仅靠搞突击,要建立长效机制。"]})
    >>> kw = claim_concordance(docs, {"rejects_crash_drives": {"term": "突击"}}, window=5,
    ...                        tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> kw[["claim_id", "campaign", "left", "match", "right"]].values.tolist()
    [['rejects_crash_drives', 'environment', '能仅仅靠搞', '突击', ',要建立长']]
    """
    if hasattr(docs, "paragraphs") and not isinstance(docs, pd.DataFrame):
        docs = documents(docs, level="speech")
    frames = []
    for cid, spec in claims.items():
        unknown = sorted(set(spec) - {"category", "term", "group"})
        if unknown:
            raise KeyError(f"claim {cid!r}: unknown key(s) {unknown}; allowed: category, term, group")
        sub = docs if spec.get("group") is None else docs[docs["group"].astype(str) == spec["group"]]
        if sub.empty:
            continue
        kw = rhetoric_concordance(sub, category=spec.get("category"), term=spec.get("term"), window=window,
                                  tokenizer=tokenizer, lexicon=lexicon)
        kw = kw.rename(columns={"group": "campaign"}).assign(claim_id=cid)
        if "speech_id" not in kw.columns:
            kw["speech_id"] = kw["doc_id"]
        frames.append(kw)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=CLAIM_KWIC_COLUMNS)
    out = out[CLAIM_KWIC_COLUMNS]
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        out.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return out

