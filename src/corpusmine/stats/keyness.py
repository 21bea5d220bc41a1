"""Keyness: which words one campaign uses more (or less) than the others.

A keyness statistic compares how often each term occurs in a *target* group
of texts with how often it occurs in a *reference* group: either one other
group (pairwise) or all other groups pooled (one-vs-rest, reference
``"rest"``).  Three statistics are reported side by side, because they answer
different questions:

``g2``
    Dunning's (1993) log-likelihood ratio: *is there evidence* of a
    difference?  Grows with corpus size, so it ranks frequent words high.
``log_ratio``
    Hardie's (2014) Log Ratio: *how big* is the difference (doubling per
    unit)?  Ignores the amount of evidence, so it ranks rare words high.
``logodds_z``
    Monroe, Colaresi & Quinn's (2008) weighted log-odds with an informative
    Dirichlet prior ("Fightin' Words"): a difference shrunk towards zero for
    rare words and divided by its standard error.  It balances the two and is
    the default ranking.

Template-site speeches copy each other, so counts are not independent
evidence: pass the document-term matrix (``dtm``) to see in how many distinct
speeches a key term occurs, how evenly (Gries' DPnorm), and whether the
speeches of the target use it more than those of the reference
(Mann-Whitney U over per-speech rates, ``doc_p``), see
:mod:`corpusmine.stats.dispersion`.  ``p_value`` describes *token* counts;
with a handful of speeches only ``doc_p`` speaks about speeches.

References
----------
Dunning, T. (1993). Accurate methods for the statistics of surprise and
coincidence. *Computational Linguistics* 19(1), 61-74.

Rayson, P. & Garside, R. (2000). Comparing corpora using frequency profiling.
*Proceedings of the Workshop on Comparing Corpora*, ACL 2000, 1-6.

Rayson, P., Berridge, D. & Francis, B. (2004). Extending the Cochran rule
for the comparison of word frequencies between corpora. *JADT 2004*
(7th International Conference on Statistical Analysis of Textual Data).

Hardie, A. (2014). Log Ratio - an informal introduction. ESRC Centre for
Corpus Approaches to Social Science (CASS), Lancaster University.

Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words: lexical
feature selection and evaluation for identifying the content of political
conflict. *Political Analysis* 16(4), 372-403.

Silge, J., Hayes, A. & Schnoebelen, T. tidylo: Weighted Tidy Log Odds Ratio
(R package on CRAN); its informative prior is the pooled counts.

Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate.
*Journal of the Royal Statistical Society B* 57(1), 289-300.

Holm, S. (1979). A simple sequentially rejective multiple test procedure.
*Scandinavian Journal of Statistics* 6(2), 65-70.

Examples
--------
>>> import pandas as pd
>>> counts = pd.DataFrame({"civilised_city": [21, 3, 40], "environment": [0, 141, 60]},
...                       index=["创文", "整治", "要"])
>>> keyness(counts, "civilised_city")[["term", "count_target", "count_reference"]].head(1)
  term  count_target  count_reference
0   创文            21                0
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from scipy import special

from corpusmine.features import DocumentTermMatrix
from corpusmine.stats.dispersion import document_statistics
from corpusmine.stats.keymeasures import log_likelihood, log_odds_dirichlet, log_ratio
from corpusmine.stats.resampling import CORRECTIONS, adjust_pvalues
from corpusmine.text.classify import CampaignLexicon, load_lexicon

#: Label of the pooled reference in one-vs-rest comparisons.
REST = "rest"
#: Statistics that :func:`keyness` can rank by.
STATISTICS: tuple[str, ...] = ("logodds_z", "g2", "log_ratio", "logodds_delta")
#: Frequencies are reported per this many tokens.
PER = 10_000


__all__ = ["keyness", "keyness_table", "mask_terms", "classifier_terms", "adjust_pvalues", "log_likelihood", "log_ratio", "log_odds_dirichlet",
           "REST", "STATISTICS", "CORRECTIONS", "PER"]


def classifier_terms(lexicon: CampaignLexicon | None = None) -> list[str]:
    """The terms the section classifier labels campaigns by (``lexicons/campaigns.yaml``), the names included.

    Keyness of a group the classifier made from these terms "finds" them again: mask them
    (``keyness(..., mask="classifier")``) to see what else distinguishes the group.

    Examples
    --------
    >>> terms = classifier_terms()
    >>> "乡村振兴" in terms, "创文" in terms, "城乡环境综合整治" in terms, "工作" in terms
    (True, True, True, False)
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    return sorted({t for camp in lex.campaigns for t in lex.terms[camp]})


def mask_terms(data, terms: str | Iterable[str]):
    """Remove *terms* from a term × group table or a DocumentTermMatrix (corpus sizes shrink with them).

    Parameters
    ----------
    data : DataFrame (terms as index) or DocumentTermMatrix
    terms : "classifier" or iterable of str
        ``"classifier"``: :func:`classifier_terms`.

    Returns
    -------
    DataFrame or DocumentTermMatrix
        The same kind, without the terms; ``attrs["masked"]`` (of the
        DataFrame, or of the DTM's ``docs``) lists the terms removed,
        ``attrs["mask_absent"]`` those asked for but not in the vocabulary
        (e.g. a name the tokenizer cuts into pieces: see ``Tokenizer(merges=...)``).

    Examples
    --------
    >>> counts = pd.DataFrame({"civilised_city": [21, 30, 5], "environment": [0, 40, 6]}, index=["创文", "整治", "抓"])
    >>> out = mask_terms(counts, ["创文", "文明城市"])
    >>> out.index.tolist(), out.attrs["masked"], out.attrs["mask_absent"]
    (['整治', '抓'], ['创文'], ['文明城市'])
    """
    wanted = classifier_terms() if isinstance(terms, str) and terms == "classifier" else terms
    if isinstance(wanted, str):
        raise ValueError(f"mask must be 'classifier' or a list of terms, got {terms!r}")
    wanted = list(dict.fromkeys(str(t) for t in wanted))
    vocab = pd.Index(data.vocab if isinstance(data, DocumentTermMatrix) else data.index).astype(str)
    hit = vocab.isin(wanted)
    present = set(vocab[hit])
    report = {"masked": [t for t in wanted if t in present], "mask_absent": [t for t in wanted if t not in present]}
    if isinstance(data, DocumentTermMatrix):
        docs = data.docs.copy()
        docs.attrs.update(report)
        return DocumentTermMatrix(data.X[:, np.flatnonzero(~hit)].tocsr(), np.asarray(data.vocab)[~hit], docs)
    if not isinstance(data, pd.DataFrame):
        raise ValueError(f"mask_terms needs a term × group DataFrame or a DocumentTermMatrix, got {type(data).__name__}")
    out = data.loc[~hit]
    out.attrs = {**data.attrs, **report}
    return out


# ---------------------------------------------------------------------------
# the table
# ---------------------------------------------------------------------------


def keyness(
    counts: pd.DataFrame,
    target: str,
    *,
    reference: str | None = None,
    dtm: DocumentTermMatrix | None = None,
    unit: str | None = "speech_id",
    by: str = "group",
    docs: pd.DataFrame | None = None,
    n_docs: Mapping[str, int] | pd.Series | None = None,
    min_count: int = 5,
    min_docs: int = 0,
    prior: float | str = "pooled",
    correction: str = "fdr_bh",
    g2_cells: int = 4,
    zero: float = 0.5,
    sort_by: str = "logodds_z",
    mask: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """Key terms of one group against another group or against all others pooled.

    Parameters
    ----------
    counts : DataFrame
        Term × group raw counts (index = term, one column per group), e.g.
        :func:`corpusmine.features.group_counts`.  Counts must be
        non-negative whole numbers.  Corpus sizes are the column sums of the
        *whole* table, so pass every term, not a pre-filtered list.
    target : str
        The group (column) studied.
    reference : str, optional
        One other group (pairwise comparison).  Default: every other column
        pooled (one-vs-rest; ``reference`` is then reported as ``"rest"``).
    dtm : DocumentTermMatrix, optional
        The matrix ``counts`` was made from (``counts`` must equal
        ``features.group_counts(dtm, by=by)`` on the compared groups).  Adds
        the document columns (distinct documents, DPnorm, single-document
        flag, Mann-Whitney test; see Returns), documents being the distinct
        values of ``unit``.
    unit : str or None
        Column of ``dtm.docs`` naming a document (default ``speech_id``:
        the speech is the unit of evidence, whatever the DTM's level);
        None: each row of the DTM.
    by : str
        Column of ``dtm.docs`` holding the groups (default ``group``).
    docs : DataFrame, optional
        Older, weaker alternative to ``dtm``: term × group document
        frequencies (``features.doc_frequency(dtm, unit="speech_id")``).
        Adds ``docs_target``, ``docs_reference``; exact for a pairwise
        comparison, but for a pooled "rest" of several groups the groups'
        counts are summed, so a speech split across them counts once per
        part (a warning says so): pass ``dtm`` instead.
    n_docs : mapping or Series, optional
        With ``docs`` only: number of documents per group, e.g.
        ``dtm.docs.groupby("group")["speech_id"].nunique()``; adds
        ``disp_target``, ``disp_reference``.
    min_count : int
        Keep only terms with ``count_target + count_reference >= min_count``
        (default 5: the chi-square approximation to G2 is poor for smaller
        counts, Rayson, Berridge & Francis 2004).  Terms absent from both
        sides are always dropped.
    min_docs : int
        Keep only terms occurring in at least this many distinct documents,
        target and reference together (with ``dtm`` a speech on both sides
        counts once; with ``docs``, ``docs_target + docs_reference``); needs
        ``dtm`` or ``docs``.  Use 2 to drop words that only one speech uses.
    prior : "pooled" or float
        Total size ``alpha_0`` of the informative Dirichlet prior of
        ``logodds_z``; each term's prior is ``alpha_w = alpha_0 × (its share of
        the pooled target + reference tokens)``.  ``"pooled"`` (default):
        ``alpha_0`` = target + reference size, i.e. ``alpha_w`` = the term's
        pooled count (the informative prior of R's tidylo package).  This is
        scale-free and keeps terms used by one side only (创文 21 vs 0) at the
        top; with a much smaller prior their variance ``1/alpha_w`` explodes and
        they sink below frequent shared words.  The shrinkage is strong, so read
        ``logodds_z`` as a ranking score, not as a test (``p_value`` is the test).
        A number sets ``alpha_0`` directly (e.g. 1000 pseudo-tokens).
    correction : {"fdr_bh", "bonferroni", "holm", "none"}
        Correction of ``p_value`` (and ``doc_p``) over the terms tested, i.e. the terms left
        after the ``min_count`` and ``min_docs`` filters (filter first, then
        correct: the filters use no p-values, and fewer tests cost less power).
    g2_cells : {4, 2}
        4-cell Dunning G2 (default) or the 2-cell Rayson & Garside (2000)
        form; see :func:`log_likelihood`.
    zero : float
        Value substituted for a zero count in ``log_ratio`` (see :func:`log_ratio`).
    sort_by : str
        Statistic ranked (descending; ties broken by term): ``logodds_z``
        (default), ``g2``, ``log_ratio`` or ``logodds_delta``.
    mask : "classifier" or iterable of str, optional
        Terms removed from ``counts`` (and ``dtm``) before anything is
        computed, corpus sizes included (:func:`mask_terms`); ``"classifier"``
        masks the campaign classifier's label terms.  ``attrs["masked"]`` and
        ``attrs["mask_absent"]`` report them.

    Returns
    -------
    DataFrame
        One row per tested term, ranked; columns:

        - ``target``, ``reference``: the groups compared (``"rest"`` = all others pooled);
        - ``rank``: 1 = most over-used in the target according to ``sort_by``;
        - ``term``;
        - ``count_target``, ``count_reference``: raw counts;
        - ``freq_target``, ``freq_reference``: counts per 10,000 tokens of each side;
        - ``docs_target``, ``docs_reference`` (with ``dtm`` or ``docs``):
          number of distinct documents of each side containing the term;
        - ``disp_target``, ``disp_reference`` (with ``dtm``, or ``docs`` and
          ``n_docs``): those numbers as shares of the side's documents
          (1.0 = every speech uses it);
        - ``single_doc`` (with ``dtm``): True when one document holds every
          occurrence on both sides (one speaker's habit, not a group's word);
        - ``dp_target``, ``dp_reference`` (with ``dtm``): Gries' DPnorm of
          the term over the side's documents (0 = spread in proportion to
          document sizes, 1 = as concentrated as possible; NaN when the side
          has one document or lacks the term);
        - ``g2``: signed log-likelihood (positive = over-used in the target);
        - ``p_value``: chi-square (1 df) tail probability of ``|g2|``
          (token-level: every token an independent draw);
        - ``p_adj``: ``p_value`` corrected by ``correction`` over the tested terms;
        - ``doc_auc`` (with ``dtm``): Mann-Whitney U / (n_target ×
          n_reference) on per-document relative frequencies, the chance that
          a target document uses the term at a higher rate than a reference
          document (0.5 = no difference);
        - ``doc_p``, ``doc_p_adj`` (with ``dtm``): its two-sided p-value
          (Lijffijt et al. 2016; exact permutation for few documents, see
          :func:`corpusmine.stats.dispersion.mann_whitney`), raw and
          corrected by ``correction``; with one target document among seven
          it is never below 2/7, as it should not be;
        - ``log_ratio``: binary log of the ratio of relative frequencies;
        - ``logodds_delta``: Monroe et al.'s log-odds ratio with the prior;
        - ``logodds_z``: ``logodds_delta`` / its standard error.

        ``df.attrs`` records the corpus sizes (``tokens_target``,
        ``tokens_reference``), ``prior_total``, ``n_tested`` and
        ``correction``; with ``dtm`` also ``unit``, ``n_docs_target`` and
        ``n_docs_reference`` (distinct documents of each side); with ``mask``
        also ``masked`` and ``mask_absent``.

    Examples
    --------
    >>> counts = pd.DataFrame({"rural": [14, 12, 3], "civilised_city": [0, 2, 21],
    ...                        "environment": [2, 141, 0]}, index=["乡村振兴", "整治", "创文"])
    >>> keyness(counts, "rural", min_count=1)[["rank", "term", "count_target"]]
       rank  term  count_target
    0     1  乡村振兴            14
    1     2    创文             3
    2     3    整治            12
    >>> keyness(counts, "rural", min_count=1, mask=["乡村振兴"]).attrs["masked"]
    ['乡村振兴']
    """
    counts = _check_counts(counts)
    masked = None
    if mask is not None:
        counts = mask_terms(counts, mask)
        masked = {k: counts.attrs[k] for k in ("masked", "mask_absent")}
        dtm = mask_terms(dtm, mask) if isinstance(dtm, DocumentTermMatrix) else dtm
    groups = [str(g) for g in counts.columns]
    if target not in groups:
        raise ValueError(f"unknown target group {target!r}; the groups are {groups}")
    if reference is not None:
        if reference not in groups:
            raise ValueError(f"unknown reference group {reference!r}; the groups are {groups}")
        if reference == target:
            raise ValueError(f"target and reference are the same group ({target!r})")
        ref_cols = [reference]
        ref_label = reference
    else:
        ref_cols = [g for g in groups if g != target]
        if not ref_cols:
            raise ValueError(f"counts has only the target group {target!r}: nothing to compare with")
        ref_label = REST
    if sort_by not in STATISTICS:
        raise ValueError(f"sort_by must be one of {STATISTICS}, got {sort_by!r}")
    if correction not in CORRECTIONS:
        raise ValueError(f"unknown correction {correction!r}; use one of {CORRECTIONS}")
    if not (isinstance(min_count, (int, np.integer)) and min_count >= 0):
        raise ValueError(f"min_count must be a non-negative integer, got {min_count!r}")
    if not (isinstance(min_docs, (int, np.integer)) and min_docs >= 0):
        raise ValueError(f"min_docs must be a non-negative integer, got {min_docs!r}")
    if dtm is not None and docs is not None:
        raise ValueError("pass dtm or docs, not both (dtm gives distinct documents; docs is the older table)")
    if min_docs > 0 and docs is None and dtm is None:
        raise ValueError("min_docs needs dtm (the document-term matrix) or docs (document frequencies)")
    if n_docs is not None and docs is None:
        raise ValueError("n_docs needs docs (a term × group table of document frequencies); with dtm it is counted")

    values = counts.to_numpy()
    col = {g: i for i, g in enumerate(groups)}
    a = values[:, col[target]]
    b = values[:, [col[g] for g in ref_cols]].sum(axis=1)
    c = float(a.sum())
    d = float(b.sum())
    if c == 0:
        raise ValueError(f"target group {target!r} has no tokens")
    if d == 0:
        raise ValueError(f"reference {ref_label!r} has no tokens")

    # the prior comes from the whole vocabulary of target + reference, before any filter
    pooled = a + b
    if isinstance(prior, str):
        if prior != "pooled":
            raise ValueError(f"prior must be a positive number or 'pooled', got {prior!r}")
        alpha0 = c + d
    else:
        alpha0 = float(prior)
        if not np.isfinite(alpha0) or alpha0 <= 0:
            raise ValueError(f"prior must be a positive number or 'pooled', got {prior!r}")
    alpha = alpha0 * pooled / (c + d)

    keep = (pooled > 0) & (pooled >= min_count)
    dt = dr = doc = None
    if docs is not None:
        if len(ref_cols) > 1:
            warnings.warn(f"docs_reference sums the document frequencies of {ref_cols}: a document split across "
                          "them counts once per part; pass dtm= to count distinct documents", UserWarning,
                          stacklevel=2)
        dt, dr = _doc_columns(docs, counts, target, ref_cols, a, b)
        keep &= (dt + dr) >= min_docs
    elif dtm is not None:
        cand = np.flatnonzero(keep)
        doc = _dtm_columns(dtm, counts, target, ref_cols, a, b, cand, by=by, unit=unit)
        keep[cand[(doc["docs_total"] < min_docs).to_numpy()]] = False
        doc = doc[doc["docs_total"] >= min_docs]
    idx = np.flatnonzero(keep)

    a_k, b_k = a[idx], b[idx]
    g2 = log_likelihood(a_k, b_k, c, d, cells=g2_cells)
    p = special.chdtrc(1, np.abs(g2))
    delta, z = log_odds_dirichlet(a_k, b_k, alpha[idx], c, d, alpha0=alpha0)

    out = {
        "target": target,
        "reference": ref_label,
        "term": counts.index.to_numpy()[idx].astype(str),
        "count_target": a_k.astype(np.int64),
        "count_reference": b_k.astype(np.int64),
        "freq_target": a_k * PER / c,
        "freq_reference": b_k * PER / d,
    }
    if dt is not None:
        out["docs_target"] = dt[idx]
        out["docs_reference"] = dr[idx]
        if n_docs is not None:
            nt, nr = _n_docs(n_docs, target, ref_cols)
            if (dt > nt).any() or (dr > nr).any():
                raise ValueError("docs has a term in more documents than n_docs gives for its group")
            out["disp_target"] = dt[idx] / nt
            out["disp_reference"] = dr[idx] / nr
    if doc is not None:
        for name in ("docs_target", "docs_reference", "disp_target", "disp_reference", "single_doc",
                     "dp_target", "dp_reference"):
            out[name] = doc[name].to_numpy()
    out.update(g2=g2, p_value=p, p_adj=adjust_pvalues(p, correction))
    if doc is not None:
        doc_p = doc["doc_p"].to_numpy()
        out.update(doc_auc=doc["doc_auc"].to_numpy(), doc_p=doc_p, doc_p_adj=adjust_pvalues(doc_p, correction))
    out.update(
        log_ratio=log_ratio(a_k, b_k, c, d, zero=zero),
        logodds_delta=delta,
        logodds_z=z,
    )
    df = pd.DataFrame(out)
    df = df.sort_values([sort_by, "term"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    df.insert(2, "rank", np.arange(1, len(df) + 1, dtype=np.int64))
    df.attrs.update(tokens_target=int(c), tokens_reference=int(d), prior_total=alpha0,
                    n_tested=int(len(df)), correction=correction)
    if doc is not None:
        df.attrs.update(doc.attrs)
    if masked is not None:
        df.attrs.update(masked)
    return df


def keyness_table(
    counts: pd.DataFrame,
    *,
    dtm: DocumentTermMatrix | None = None,
    docs: pd.DataFrame | None = None,
    n_docs: Mapping[str, int] | pd.Series | None = None,
    pairwise: bool = False,
    groups=None,
    **kwargs,
) -> pd.DataFrame:
    """Keyness of every group against the rest (and against each other group), one long table.

    Parameters
    ----------
    counts : DataFrame
        Term × group raw counts (see :func:`keyness`).
    dtm : DocumentTermMatrix, optional
        The matrix behind ``counts``: adds the document columns (see
        :func:`keyness`; ``unit`` and ``by`` go in ``kwargs``).
    docs, n_docs
        Older alternative to ``dtm`` (see :func:`keyness`).
    pairwise : bool
        False (default): one comparison per group, against all other groups
        pooled (``reference == "rest"``).  True: in addition, every ordered
        pair of groups (A vs B and B vs A).
    groups : sequence of str, optional
        Targets (and pairwise references) to compare, in this order; default
        every column.  The pooled "rest" is always every other column of
        ``counts``.
    **kwargs
        Passed to :func:`keyness` (``min_count``, ``min_docs``, ``prior``,
        ``correction``, ``sort_by`` …).

    Returns
    -------
    DataFrame
        The columns of :func:`keyness`, one row per term and comparison,
        comparisons in order (one-vs-rest first, then pairs), each ranked by
        the ranking statistic.  The p-value correction is made within each
        comparison, not across the whole table.

    Examples
    --------
    >>> counts = pd.DataFrame({"rural": [14, 12, 3], "civilised_city": [0, 2, 21],
    ...                        "environment": [2, 141, 0]}, index=["乡村振兴", "整治", "创文"])
    >>> t = keyness_table(counts, min_count=1)
    >>> t.loc[t["rank"] == 1, ["target", "reference", "term"]]
               target reference  term
    0           rural      rest  乡村振兴
    3  civilised_city      rest    创文
    6     environment      rest    整治
    """
    counts = _check_counts(counts)
    names = [str(g) for g in counts.columns]
    if REST in names:
        raise ValueError(f"a group may not be called {REST!r}: the name is kept for the pooled reference")
    if groups is None:
        groups = names
    else:
        groups = [str(g) for g in groups]
        unknown = [g for g in groups if g not in names]
        if unknown:
            raise ValueError(f"unknown group(s) {unknown}; the groups are {names}")
    if len(names) < 2:
        raise ValueError("keyness needs at least two groups")
    pairs: list[tuple[str, str | None]] = [(g, None) for g in groups]
    if pairwise:
        pairs += [(g, h) for g in groups for h in groups if g != h]
    tables = [keyness(counts, g, reference=h, dtm=dtm, docs=docs, n_docs=n_docs, **kwargs) for g, h in pairs]
    return pd.concat(tables, ignore_index=True)


# ---------------------------------------------------------------------------
# input checks
# ---------------------------------------------------------------------------


def _check_counts(counts) -> pd.DataFrame:
    if not isinstance(counts, pd.DataFrame):
        raise ValueError(f"counts must be a term × group DataFrame, got {type(counts).__name__}")
    if counts.shape[0] == 0 or counts.shape[1] == 0:
        raise ValueError(f"counts is empty ({counts.shape[0]} terms × {counts.shape[1]} groups)")
    if counts.columns.duplicated().any():
        dup = sorted({str(g) for g in counts.columns[counts.columns.duplicated()]})
        raise ValueError(f"counts has duplicated group columns {dup}")
    if counts.index.duplicated().any():
        dup = sorted({str(t) for t in counts.index[counts.index.duplicated()]})[:5]
        raise ValueError(f"counts has duplicated terms, e.g. {dup}")
    bad = [str(g) for g, dt in counts.dtypes.items() if not (pd.api.types.is_numeric_dtype(dt)
                                                           and not pd.api.types.is_bool_dtype(dt))]
    if bad:
        raise ValueError(f"counts must be numeric; non-numeric group column(s) {bad}")
    values = counts.to_numpy(dtype=float)
    problems = [
        (~np.isfinite(values), "missing or infinite"),
        (values < 0, "negative"),
        (np.isfinite(values) & (values != np.round(values)), "non-integer"),
    ]
    for mask, what in problems:
        if mask.any():
            i, j = np.argwhere(mask)[0]
            raise ValueError(f"counts must be non-negative whole numbers; {what} count "
                             f"{values[i, j]!r} for term {counts.index[i]!r} in group {counts.columns[j]!r}"
                             f" ({int(mask.sum())} such cell(s))")
    if values.sum() == 0:
        raise ValueError("counts is empty: every count is zero")
    out = pd.DataFrame(values.astype(np.int64), index=counts.index, columns=[str(g) for g in counts.columns])
    return out


def _doc_columns(docs, counts, target, ref_cols, a, b) -> tuple[np.ndarray, np.ndarray]:
    if not isinstance(docs, pd.DataFrame):
        raise ValueError(f"docs must be a term × group DataFrame, got {type(docs).__name__}")
    docs = docs.rename(columns=str)
    missing = [g for g in [target, *ref_cols] if g not in docs.columns]
    if missing:
        raise ValueError(f"docs has no column for group(s) {missing}")
    absent = counts.index.difference(docs.index)
    if len(absent):
        raise ValueError(f"docs has no row for {len(absent)} term(s) of counts, e.g. {list(absent[:5])}")
    sub = docs.loc[counts.index, [target, *ref_cols]].to_numpy(dtype=float)
    if (~np.isfinite(sub)).any() or (sub < 0).any() or (sub != np.round(sub)).any():
        raise ValueError("docs must hold non-negative whole numbers (document frequencies)")
    dt = sub[:, 0].astype(np.int64)
    dr = sub[:, 1:].sum(axis=1).astype(np.int64)
    over = (dt > a) | (dr > b)
    if over.any():
        t = counts.index[np.flatnonzero(over)[0]]
        raise ValueError(f"docs does not match counts: term {t!r} is in more documents than it has tokens")
    return dt, dr


def _dtm_columns(dtm, counts, target, ref_cols, a, b, cand, *, by, unit) -> pd.DataFrame:
    """Document statistics of the candidate terms, after checking that dtm and counts agree."""
    if not isinstance(dtm, DocumentTermMatrix):
        raise ValueError(f"dtm must be a DocumentTermMatrix (features.build_dtm), got {type(dtm).__name__}")
    if by not in dtm.docs.columns:
        raise ValueError(f"the DTM's documents have no group column {by!r}; pass by= the column used for counts")
    labels = dtm.docs[by].astype(str).to_numpy()
    missing = [g for g in [target, *ref_cols] if g not in set(labels)]
    if missing:
        raise ValueError(f"the DTM has no documents of group(s) {missing} (its {by!r} groups: "
                         f"{sorted(set(labels))})")
    target_rows = np.flatnonzero(labels == target)
    reference_rows = np.flatnonzero(np.isin(labels, ref_cols))
    pos = pd.Index(dtm.vocab).get_indexer(counts.index)
    known = pos >= 0
    sums_t = np.zeros(len(pos), dtype=np.int64)
    sums_r = np.zeros(len(pos), dtype=np.int64)
    sums_t[known] = np.asarray(dtm.X[target_rows][:, pos[known]].sum(axis=0)).ravel()
    sums_r[known] = np.asarray(dtm.X[reference_rows][:, pos[known]].sum(axis=0)).ravel()
    bad = np.flatnonzero((sums_t != a) | (sums_r != b))
    if len(bad):
        t = counts.index[bad[0]]
        raise ValueError(f"counts and dtm disagree ({len(bad)} term(s)), e.g. {t!r}: counts {a[bad[0]]}/{b[bad[0]]}, "
                         f"dtm {sums_t[bad[0]]}/{sums_r[bad[0]]}; pass counts = features.group_counts(dtm, by={by!r})")
    return document_statistics(dtm, counts.index[cand], target_rows, reference_rows, unit=unit)


def _n_docs(n_docs, target, ref_cols) -> tuple[int, int]:
    n = {str(k): v for k, v in dict(n_docs).items()}
    missing = [g for g in [target, *ref_cols] if g not in n]
    if missing:
        raise ValueError(f"n_docs gives no number of documents for group(s) {missing}")
    vals = [n[g] for g in [target, *ref_cols]]
    if any((not float(v).is_integer()) or v <= 0 for v in vals):
        raise ValueError(f"n_docs must be positive whole numbers, got {dict(zip([target, *ref_cols], vals))}")
    return int(vals[0]), int(sum(vals[1:]))
