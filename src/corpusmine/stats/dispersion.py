"""Dispersion and document-level tests: is a key term spread over documents, or piled up in one?

Token-level keyness (G2, log ratio, log-odds) treats every token as an
independent draw, so a term said forty times in one speech looks as strong as
a term said four times in each of ten.  The statistics here take the
*document* (by default the speech) as the unit:

``docs_target``, ``docs_reference``
    Distinct documents of each side that use the term.  A speech split into
    campaign parts counts once on a side, however many of its parts the side
    pools.
``single_doc``
    True when one document, over both sides together, holds every occurrence.
``dp_target``, ``dp_reference``
    Gries' (2008) deviation of proportions, normalised by Lijffijt & Gries
    (2012) (DPnorm): 0 when the term is spread over the documents of the side
    in proportion to their sizes, 1 when it is as concentrated as it can be.
``doc_auc``, ``doc_p``
    Mann-Whitney U test of the per-document relative frequencies, target
    documents against reference documents (the Wilcoxon rank-sum test that
    Lijffijt et al. 2016 recommend over token-level tests): ``doc_auc`` =
    U / (n_target n_reference), the probability that a target document uses
    the term at a higher rate than a reference document (ties count half).

References
----------
Gries, S. Th. (2008). Dispersions and adjusted frequencies in corpora.
*International Journal of Corpus Linguistics* 13(4), 403-437.

Lijffijt, J. & Gries, S. Th. (2012). Correction to Stefan Th. Gries'
"Dispersions and adjusted frequencies in corpora". *International Journal of
Corpus Linguistics* 17(1), 147-149.

Lijffijt, J., Nevalainen, T., Säily, T., Papapetrou, P., Puolamäki, K. &
Mannila, H. (2016). Significance testing of word frequencies in corpora.
*Digital Scholarship in the Humanities* 31(2), 374-397.

Mann, H. B. & Whitney, D. R. (1947). On a test of whether one of two random
variables is stochastically larger than the other. *Annals of Mathematical
Statistics* 18(1), 50-60.

Examples
--------
>>> round(float(dp_norm([[5], [0], [0]], [100, 100, 100])[0]), 6)   # 创文: all in one of three equal speeches
1.0
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from corpusmine.features import DocumentTermMatrix

__all__ = ["dp_norm", "mann_whitney", "unit_counts", "document_statistics"]

#: Columns of :func:`document_statistics`, in order.
COLUMNS: tuple[str, ...] = ("docs_target", "docs_reference", "disp_target", "disp_reference", "docs_total",
                            "single_doc",
                            "dp_target", "dp_reference", "doc_auc", "doc_p")

_CHUNK = 4096  # terms per dense block
#: Up to this many ways of splitting the documents into the two sides, :func:`mann_whitney` is exact.
MAX_EXACT_SPLITS = 20_000


def dp_norm(part_counts, part_sizes) -> np.ndarray:
    """Gries' DP, normalised (DPnorm), of each term over the parts of a corpus.

    For a term with frequency ``f`` and parts whose shares of the corpus
    tokens are ``s_i``, with ``v_i`` = the share of the term's occurrences in
    part i: ``DP = 0.5 * sum_i |v_i - s_i|`` (Gries 2008) and
    ``DPnorm = DP / (1 - min_i s_i)`` (Lijffijt & Gries 2012).

    Parameters
    ----------
    part_counts : array_like or sparse matrix, shape (n_parts, n_terms)
        Occurrences of each term in each part.
    part_sizes : array_like, shape (n_parts,)
        Tokens per part (all terms), each > 0.

    Returns
    -------
    ndarray, shape (n_terms,)
        DPnorm in [0, 1]; NaN for a term that does not occur and for a corpus
        of one part (no dispersion to measure).

    Examples
    --------
    >>> dp_norm([[2, 1], [2, 0]], [100, 100]).round(6).tolist()   # 整治 even, 创文 in one of two speeches
    [0.0, 1.0]
    """
    sizes = np.asarray(part_sizes, dtype=float)
    if sizes.ndim != 1 or (sizes <= 0).any():
        raise ValueError("part_sizes must be a 1-d array of positive token counts")
    counts = part_counts.toarray() if sparse.issparse(part_counts) else np.asarray(part_counts, dtype=float)
    counts = counts.astype(float).reshape(len(sizes), -1)
    s = sizes / sizes.sum()
    f = counts.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        v = counts / f
        dp = 0.5 * np.abs(v - s[:, None]).sum(axis=0)
        out = dp / (1.0 - s.min()) if len(s) > 1 else np.full(counts.shape[1], np.nan)
    out = np.where(f > 0, np.clip(out, 0.0, 1.0), np.nan)
    return out


def mann_whitney(x, y) -> tuple[np.ndarray, np.ndarray, str]:
    """Two-sided Mann-Whitney U test of each column of ``x`` against the same column of ``y``.

    Exact when the documents can be split into the two sides in at most
    :data:`MAX_EXACT_SPLITS` ways: every split is enumerated (a permutation
    test of U with mid-ranks for ties, two-sided p = twice the smaller
    one-sided p, capped at 1, as ``scipy.stats.permutation_test``), so with
    one target document and six reference documents p is never below 2/7.
    Otherwise the normal approximation with tie and continuity correction
    (``scipy.stats.mannwhitneyu(method="asymptotic")``).

    Parameters
    ----------
    x, y : array_like, shape (n_x, n_terms) and (n_y, n_terms)
        Per-document values (relative frequencies) of each side.

    Returns
    -------
    auc : ndarray
        U of ``x`` divided by ``n_x n_y`` (0.5 = no difference).
    p : ndarray
        Two-sided p-values (1.0 where every value is tied).
    method : {"exact", "asymptotic"}

    Examples
    --------
    >>> auc, p, method = mann_whitney([[9.0]], [[1.0], [2.0], [0.0], [3.0], [1.5], [0.5]])   # 创文: 1 speech vs 6
    >>> auc.tolist(), round(float(p[0]), 4), method
    ([1.0], 0.2857, 'exact')
    """
    import itertools
    import math

    from scipy.stats import mannwhitneyu, rankdata

    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    nx, ny = len(x), len(y)
    n = nx + ny
    n_splits = math.comb(n, nx)
    if n_splits > MAX_EXACT_SPLITS:
        with np.errstate(invalid="ignore", divide="ignore"):
            res = mannwhitneyu(x, y, axis=0, alternative="two-sided", method="asymptotic")
        return res.statistic / (nx * ny), np.where(np.isnan(res.pvalue), 1.0, res.pvalue), "asymptotic"
    ranks = rankdata(np.vstack([x, y]), axis=0)
    u_obs = ranks[:nx].sum(axis=0) - nx * (nx + 1) / 2
    splits = np.zeros((n_splits, n))
    for i, idx in enumerate(itertools.combinations(range(n), nx)):
        splits[i, list(idx)] = 1.0
    greater = np.empty(ranks.shape[1])
    less = np.empty(ranks.shape[1])
    step = max(1, 2_000_000 // n_splits)  # keep each block of rank sums near 16 MB
    for lo in range(0, ranks.shape[1], step):
        u_all = splits @ ranks[:, lo:lo + step] - nx * (nx + 1) / 2
        greater[lo:lo + step] = (u_all >= u_obs[lo:lo + step] - 1e-9).mean(axis=0)
        less[lo:lo + step] = (u_all <= u_obs[lo:lo + step] + 1e-9).mean(axis=0)
    return u_obs / (nx * ny), np.minimum(1.0, 2.0 * np.minimum(greater, less)), "exact"


def unit_counts(dtm: DocumentTermMatrix, rows, unit: str | None = "speech_id") -> tuple[sparse.csr_matrix, np.ndarray]:
    """Term counts per distinct document (``unit`` value) over some rows of a DTM.

    Parameters
    ----------
    dtm : DocumentTermMatrix
    rows : array_like of int
        Row positions of ``dtm`` (e.g. the paragraphs of one side).
    unit : str or None
        Column of ``dtm.docs`` naming the document (default ``speech_id``);
        None: every row is a document.

    Returns
    -------
    counts : scipy.sparse.csr_matrix, shape (n_units, n_terms)
    units : ndarray
        The distinct unit values, in order of first appearance.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> from corpusmine.features import build_dtm
    >>> docs = pd.DataFrame({"speech_id": ["s1", "s1", "s2"], "text": ["创文", "创文 测评", "整治"]})
    >>> dtm = build_dtm(docs, tokenizer=Tokenizer(cache_dir=None))
    >>> X, units = unit_counts(dtm, [0, 1, 2])
    >>> units.tolist(), X.toarray().tolist(), dtm.vocab.tolist()
    (['s1', 's2'], [[2, 0, 1], [0, 1, 0]], ['创文', '整治', '测评'])
    """
    rows = np.asarray(rows, dtype=np.int64)
    if unit is None:
        values = dtm.docs["doc_id"].astype(str).to_numpy()[rows] if "doc_id" in dtm.docs else rows
    else:
        if unit not in dtm.docs.columns:
            raise ValueError(f"the DTM's documents have no column {unit!r} (columns {list(dtm.docs.columns)}); "
                             "pass unit=None to take every row as a document")
        values = dtm.docs[unit].astype(str).to_numpy()[rows]
    codes, uniq = pd.factorize(values)
    agg = sparse.csr_matrix((np.ones(len(rows), dtype=np.int64), (codes, np.arange(len(rows)))), shape=(len(uniq), len(rows)))
    return (agg @ dtm.X[rows]).tocsr(), np.asarray(uniq)


def document_statistics(dtm: DocumentTermMatrix, terms, target_rows, reference_rows, *,
                        unit: str | None = "speech_id") -> pd.DataFrame:
    """Document counts, DPnorm and a Mann-Whitney test of each term, target rows against reference rows.

    Parameters
    ----------
    dtm : DocumentTermMatrix
        The counts behind the comparison (any level: paragraphs are summed
        into their ``unit``).
    terms : sequence of str
        Terms to describe (each must be in ``dtm.vocab``).
    target_rows, reference_rows : array_like of int
        Row positions of ``dtm`` on each side (disjoint).
    unit : str or None
        Column of ``dtm.docs`` naming the document (default ``speech_id``);
        None: every row is a document.

    Returns
    -------
    DataFrame
        Index ``term``; the columns of :data:`COLUMNS`, described in the
        module docstring: ``docs_target``, ``docs_reference`` (distinct
        documents using the term), ``disp_target``, ``disp_reference`` (as
        shares of the side's documents), ``docs_total`` (distinct documents
        of both sides together: a speech on both sides counts once),
        ``single_doc`` (``docs_total == 1``), ``dp_target``,
        ``dp_reference`` (DPnorm over the side's documents, NaN when the side
        has one document or lacks the term), ``doc_auc`` and ``doc_p``
        (two-sided Mann-Whitney U p-value of :func:`mann_whitney`: exact for
        few documents, else normal approximation; 1.0 when every document has
        the same rate).  ``attrs``: ``unit``, ``n_docs_target``,
        ``n_docs_reference``, ``doc_test`` (the method used).

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> from corpusmine.features import build_dtm
    >>> docs = pd.DataFrame({"speech_id": ["a", "b", "c", "c"], "group": ["civ", "env", "env", "env"],
    ...                      "text": ["创文 创文 整治", "整治 垃圾", "整治 垃圾", "创文"]})
    >>> dtm = build_dtm(docs, tokenizer=Tokenizer(cache_dir=None))
    >>> t = document_statistics(dtm, ["创文", "整治"], [0], [1, 2, 3])
    >>> t[["docs_target", "docs_reference", "single_doc"]].values.tolist()   # c's two rows are one speech
    [[1, 1, False], [1, 2, False]]
    """
    terms = pd.Index([str(t) for t in terms], name="term")
    pos = pd.Index(dtm.vocab).get_indexer(terms)
    if (pos < 0).any():
        missing = list(terms[pos < 0][:5])
        raise ValueError(f"{int((pos < 0).sum())} term(s) are not in the DTM's vocabulary, e.g. {missing}")
    tr = np.asarray(target_rows, dtype=np.int64)
    rr = np.asarray(reference_rows, dtype=np.int64)
    if len(tr) == 0 or len(rr) == 0:
        raise ValueError("both sides need at least one document")
    Ut, _ = unit_counts(dtm, tr, unit)
    Ur, _ = unit_counts(dtm, rr, unit)
    Ua, _ = unit_counts(dtm, np.concatenate([tr, rr]), unit)
    size_t = np.asarray(Ut.sum(axis=1)).ravel().astype(float)
    size_r = np.asarray(Ur.sum(axis=1)).ravel().astype(float)
    if (size_t == 0).any() or (size_r == 0).any():
        raise ValueError("a document of the comparison has no tokens; drop empty documents first")
    Ut, Ur, Ua = Ut.tocsc()[:, pos], Ur.tocsc()[:, pos], Ua.tocsc()[:, pos]
    nt, nr = Ut.shape[0], Ur.shape[0]
    dt = np.asarray((Ut > 0).sum(axis=0)).ravel()
    dr = np.asarray((Ur > 0).sum(axis=0)).ravel()
    da = np.asarray((Ua > 0).sum(axis=0)).ravel()
    auc = np.empty(len(terms))
    p = np.empty(len(terms))
    method = "none"
    dpt = np.empty(len(terms))
    dpr = np.empty(len(terms))
    for lo in range(0, len(terms), _CHUNK):
        sl = slice(lo, lo + _CHUNK)
        xt = Ut[:, sl].toarray().astype(float)
        xr = Ur[:, sl].toarray().astype(float)
        dpt[sl] = dp_norm(xt, size_t)
        dpr[sl] = dp_norm(xr, size_r)
        auc[sl], p[sl], method = mann_whitney(xt / size_t[:, None], xr / size_r[:, None])
    out = pd.DataFrame({"docs_target": dt.astype(np.int64), "docs_reference": dr.astype(np.int64),
                        "disp_target": dt / nt, "disp_reference": dr / nr, "docs_total": da.astype(np.int64),
                        "single_doc": da == 1,
                        "dp_target": dpt, "dp_reference": dpr, "doc_auc": auc, "doc_p": p}, index=terms)
    out.attrs = {"unit": unit, "n_docs_target": int(nt), "n_docs_reference": int(nr),
                 "doc_test": f"Mann-Whitney U, {method}" if len(terms) else "none"}
    return out
