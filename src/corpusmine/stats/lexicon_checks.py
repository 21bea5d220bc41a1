"""No circular measures: where each rhetoric term came from, results without this corpus's terms, and precision.

* :func:`term_origins` -- the ``origin`` and ``ref`` of every term of
  ``data/lexicons/rhetoric.yaml`` (published / other_corpus / this_corpus /
  unrecorded), validated;
* :func:`lexicon_without` -- the lexicon minus the terms of some origins
  (by default those read from this corpus);
* :func:`means_by_origin` -- campaign means of speeches with all terms and
  without the terms read from this corpus, side by side;
* :func:`precision_sample` -- a seeded sample of KWIC matches per category to
  hand-code; :func:`load_precision_coding` reads the coded sample
  (``data/lexicons/rhetoric_precision.csv``) and :func:`precision_table`
  reports precision per category with a Wilson interval.

Examples
--------
>>> wilson_interval(27, 30)
(0.7438, 0.9654)
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import yaml
from scipy import stats as sps

from corpusmine import config
from corpusmine.stats.evidence import campaign_means, speech_rates
from corpusmine.stats.rhetoric_lexicon import (RHETORIC_LEXICON, RhetoricCategory, RhetoricLexicon,
                                               RhetoricLexiconError, load_rhetoric_lexicon)
from corpusmine.stats.rhetoric_match import rhetoric_concordance

__all__ = ["ORIGINS", "PRECISION_CODING", "PRECISION_COLUMNS", "lexicon_without", "load_precision_coding",
           "means_by_origin", "precision_sample", "precision_table", "term_origins", "wilson_interval"]

#: Allowed values of a term's ``origin``.
ORIGINS = ("published", "other_corpus", "this_corpus", "unrecorded")
#: The hand-coded precision sample.
PRECISION_CODING: Path = config.LEXICON_DIR / "rhetoric_precision.csv"
#: Columns of the coding file.
PRECISION_COLUMNS = ["category", "term", "doc_id", "kwic", "code", "note"]


def term_origins(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The origin of every rhetoric term, checked.

    Parameters
    ----------
    path : path-like, optional
        A lexicon file; default ``data/lexicons/rhetoric.yaml``.

    Returns
    -------
    DataFrame
        One row per term in file order: ``category``, ``term``, ``origin``
        (one of :data:`ORIGINS`), ``ref`` (source key, '' when none).

    Raises
    ------
    RhetoricLexiconError
        A term without an origin, with an unknown one, or ``published`` /
        ``other_corpus`` without ``ref``; the message names file and term.

    Examples
    --------
    >>> o = term_origins().set_index("term")
    >>> o.loc["攻坚战", ["origin", "ref"]].tolist(), o.at["挂图作战", "origin"]
    (['published', 'XI19'], 'this_corpus')
    """
    p = Path(RHETORIC_LEXICON if path is None else path)
    load_rhetoric_lexicon(p)  # every other check
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    rows, problems = [], []
    for cat, spec in data["categories"].items():
        for entry in spec["terms"]:
            entry = {"term": entry} if isinstance(entry, str) else entry
            term, origin, ref = entry["term"], entry.get("origin"), str(entry.get("ref") or "")
            if origin not in ORIGINS:
                problems.append(f"{cat}/{term}: origin must be one of {', '.join(ORIGINS)}, got {origin!r}")
            elif origin in ("published", "other_corpus") and not ref:
                problems.append(f"{cat}/{term}: origin {origin} needs a ref (the source or corpus)")
            rows.append({"category": cat, "term": term, "origin": origin, "ref": ref})
    if problems:
        raise RhetoricLexiconError(f"{p}: " + "; ".join(problems))
    return pd.DataFrame(rows, columns=["category", "term", "origin", "ref"])


def lexicon_without(origins: Sequence[str] = ("this_corpus",), *, path: str | os.PathLike | None = None
                    ) -> RhetoricLexicon:
    """The rhetoric lexicon without the terms of the given origins.

    Parameters
    ----------
    origins : sequence of str
        Origins to drop (default: the terms read from this corpus).
    path : path-like, optional
        A lexicon file; default ``data/lexicons/rhetoric.yaml``.

    Returns
    -------
    RhetoricLexicon
        Same categories in the same order; a category left with no term keeps
        a placeholder-free empty term tuple and matches nothing.

    Examples
    --------
    >>> lex = lexicon_without()
    >>> "攻坚战" in lex.terms("mobilisation"), "挂图作战" in lex.terms("mobilisation")
    (True, False)
    """
    bad = [o for o in origins if o not in ORIGINS]
    if bad:
        raise ValueError(f"unknown origin(s) {bad}; known: {', '.join(ORIGINS)}")
    lex = load_rhetoric_lexicon(path)
    drop = set(term_origins(path).query("origin in @origins")["term"])
    cats = tuple(RhetoricCategory(c.name, c.label_zh, c.definition, c.source,
                                  tuple(t for t in c.terms if t.term not in drop)) for c in lex.categories)
    return RhetoricLexicon(cats, version=lex.version, path=lex.path)


def means_by_origin(docs, *, tokenizer=None, value: str = "rate", path: str | os.PathLike | None = None,
                    min_units: int = 3) -> pd.DataFrame:
    """Campaign means of speeches with every term and without the terms read from this corpus.

    Parameters
    ----------
    docs : Corpus or DataFrame
        As in :func:`corpusmine.stats.evidence.speech_rates`.
    tokenizer : Tokenizer, optional
    value : {"rate", "sentence_share"}
    path : path-like, optional
        A lexicon file; default ``data/lexicons/rhetoric.yaml``.
    min_units : int
        As in :func:`corpusmine.stats.evidence.campaign_means`.

    Returns
    -------
    DataFrame
        The columns of :func:`campaign_means` plus ``lexicon`` (``all`` or
        ``without_this_corpus``) and ``n_terms`` (terms of the category in
        that lexicon), first the ``all`` rows then the others.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"speech_id": ["civ"], "group": ["civilised_city"], "text": ["打赢创文攻坚战,挂图作战。"]})
    >>> m = means_by_origin(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> m.query("category == 'mobilisation'")[["lexicon", "mean"]].values.tolist()      # 挂图作战 read from this corpus
    [['all', 750.0], ['without_this_corpus', 250.0]]
    """
    frames = []
    for name, lex in (("all", load_rhetoric_lexicon(path)), ("without_this_corpus", lexicon_without(path=path))):
        usable = RhetoricLexicon(tuple(c for c in lex.categories if c.terms), version=lex.version, path=lex.path)
        m = campaign_means(speech_rates(docs, tokenizer=tokenizer, lexicon=usable), value=value, min_units=min_units)
        n_terms = {c.name: len(c.terms) for c in lex.categories}
        frames.append(m.assign(lexicon=name, n_terms=m["category"].map(n_terms)))
    return pd.concat(frames, ignore_index=True)


def wilson_interval(k: int, n: int, ci: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a proportion k/n, rounded to 4 places (NaN when n is 0).

    Examples
    --------
    >>> wilson_interval(30, 30), wilson_interval(0, 0)      # 群众路线: 30 条全部符合
    ((0.8865, 1.0), (nan, nan))
    """
    if n == 0:
        return math.nan, math.nan
    z = float(sps.norm.ppf(0.5 + ci / 2))
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)


def precision_sample(docs, *, per_category: int = 30, random_state: int = 0, window: int = 15, tokenizer=None,
                     lexicon: RhetoricLexicon | None = None) -> pd.DataFrame:
    """A seeded sample of each category's KWIC matches, to be coded in or out of sense by a reader.

    Parameters
    ----------
    docs : DataFrame
        Documents with ``text`` (and ``doc_id``); several corpora may be
        concatenated (their ``doc_id`` should say which).
    per_category : int
        Matches drawn per category (all when fewer).
    random_state : int
        Seed of the draw.
    window : int
        Characters of context on each side.
    tokenizer, lexicon
        As in :func:`corpusmine.stats.rhetoric_match.rhetoric_concordance`.

    Returns
    -------
    DataFrame
        Columns :data:`PRECISION_COLUMNS` with ``code`` and ``note`` empty:
        ``kwic`` is ``left【match】right``.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"doc_id": ["gwr1"], "text": ["决胜全面建成小康社会。"]})
    >>> precision_sample(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))[["term", "kwic"]].values.tolist()
    [['决胜', '【决胜】全面建成小康社会。']]
    """
    kw = rhetoric_concordance(docs, window=window, tokenizer=tokenizer, lexicon=lexicon, by="group")
    frames = []
    for cat, sub in kw.groupby("category", sort=False):
        frames.append(sub.sample(min(per_category, len(sub)), random_state=random_state).sort_index())
    s = pd.concat(frames) if frames else kw
    return pd.DataFrame({"category": s["category"], "term": s["term"], "doc_id": s["doc_id"].astype(str),
                         "kwic": s["left"] + "【" + s["match"] + "】" + s["right"], "code": "", "note": ""},
                        columns=PRECISION_COLUMNS).reset_index(drop=True)


def load_precision_coding(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Read the hand-coded precision sample; ``#`` lines at the top hold the coding rule.

    Parameters
    ----------
    path : path-like, optional
        Default ``data/lexicons/rhetoric_precision.csv``.

    Returns
    -------
    DataFrame
        Columns :data:`PRECISION_COLUMNS`; ``code`` is ``in`` or ``out``.

    Raises
    ------
    RhetoricLexiconError
        A missing column or a code other than in/out (naming file and line).

    Examples
    --------
    >>> c = load_precision_coding()
    >>> set(c["code"]) <= {"in", "out"}, "【" in c["kwic"].iat[0]
    (True, True)
    >>> c.query("term == '打好' and code == 'out'")["note"].item()
    "打好基础: 'lay a good foundation', no battle"
    """
    p = Path(PRECISION_CODING if path is None else path)
    df = pd.read_csv(p, comment="#", dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in PRECISION_COLUMNS if c not in df.columns]
    if missing:
        raise RhetoricLexiconError(f"{p}: missing column(s) {', '.join(missing)}")
    skip = sum(1 for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    bad = [f"line {i + skip + 2}: code must be 'in' or 'out', got {c!r}" for i, c in enumerate(df["code"])
           if c not in ("in", "out")]
    if bad:
        raise RhetoricLexiconError(f"{p}: " + "; ".join(bad[:5]))
    return df[PRECISION_COLUMNS]


def precision_table(coding: pd.DataFrame | None = None, *, ci: float = 0.95) -> pd.DataFrame:
    """Precision of each category on its hand-coded sample, with a Wilson interval.

    Parameters
    ----------
    coding : DataFrame, optional
        From :func:`load_precision_coding` (the default).
    ci : float
        Coverage of the interval.

    Returns
    -------
    DataFrame
        One row per category (coding-file order): ``category``, ``n_coded``,
        ``n_in``, ``precision`` (n_in / n_coded), ``ci_low``, ``ci_high``,
        ``out_terms`` (terms of the out-of-sense matches, with counts).

    Examples
    --------
    >>> coding = pd.DataFrame({"category": ["mobilisation"] * 4, "term": ["决胜", "攻坚战", "决胜", "冲刺"],
    ...                        "code": ["out", "in", "in", "in"]})     # 决胜 inside a quoted poster theme: out
    >>> precision_table(coding).values.tolist()
    [['mobilisation', 4, 3, 0.75, 0.3006, 0.9544, '决胜 1']]
    """
    c = load_precision_coding() if coding is None else coding
    rows = []
    for cat, sub in c.groupby("category", sort=False):
        n, k = len(sub), int((sub["code"] == "in").sum())
        lo, hi = wilson_interval(k, n, ci)
        outs = sub.loc[sub["code"] == "out", "term"].value_counts()
        rows.append({"category": cat, "n_coded": n, "n_in": k, "precision": round(k / n, 4), "ci_low": lo,
                     "ci_high": hi, "out_terms": "; ".join(f"{t} {v}" for t, v in outs.items())})
    return pd.DataFrame(rows, columns=["category", "n_coded", "n_in", "precision", "ci_low", "ci_high", "out_terms"])
