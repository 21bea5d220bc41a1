"""Near-duplicate paragraphs: an exact set-similarity join over character k-grams.

Template sites copy each other, so a paragraph that nearly repeats a paragraph of an
*earlier* speech is flagged (``dup_of``) and left out of statistics.

Examples
--------
>>> near_duplicates(["要全面推进乡村振兴,巩固拓展脱贫攻坚成果。", "要全面推进乡村振兴,巩固拓展脱贫攻坚成果!"],
...                 ["s1", "s2"], k=3, min_chars=5)
[(None, 0.0), (0, 0.9)]
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

__all__ = ["cluster_representatives", "cluster_signature_file", "cluster_signatures", "estimated_jaccard", "keep_members", "minhash_signatures", "near_duplicates",
           "shingle_hashes"]


def _gram_matrix(texts: Sequence[str], k: int, min_chars: int):
    """Binary texts × k-gram CSR matrix; gram ids in order of first occurrence."""
    from scipy import sparse

    from array import array

    vocab: dict[str, int] = {}
    indptr = array("q", [0])
    indices = array("q")          # 8 bytes per k-gram, not a Python int object each
    for t in texts:
        if len(t) >= min_chars:
            seen = dict.fromkeys(t[j:j + k] for j in range(len(t) - k + 1))
            indices.extend(vocab.setdefault(g, len(vocab)) for g in seen)
        indptr.append(len(indices))
    n_grams = max(len(vocab), 1)
    del vocab
    ind = np.frombuffer(indices, dtype=np.int64).astype(np.int32 if n_grams < 2**31 else np.int64)
    m = sparse.csr_matrix(
        (np.ones(len(ind), dtype=np.int32), ind, np.frombuffer(indptr, dtype=np.int64).copy()),
        shape=(len(texts), n_grams),
    )
    return m


def _candidate_pairs(m, floor: float, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (j < i) of texts of different groups that may reach Jaccard ``floor`` (prefix filter)."""
    from scipy import sparse

    n, v = m.shape
    sizes = np.diff(m.indptr)
    df = np.bincount(m.indices, minlength=v)
    order = np.lexsort((np.arange(v), df))          # rarest grams first; ties by first occurrence
    rank = np.empty(v, dtype=m.indices.dtype)
    rank[order] = np.arange(v, dtype=m.indices.dtype)
    del df, order
    r = sparse.csr_matrix((m.data, rank[m.indices], m.indptr), shape=m.shape)
    del rank
    r.sort_indices()
    # prefix length |x| - ceil(t|x|) + 1 (Chaudhuri et al. 2006); the epsilon errs on the long side
    need = np.ceil(floor * sizes - 1e-9).astype(np.int64)
    plen = np.where(sizes > 0, sizes - need + 1, 0)
    total = int(plen.sum())
    if total == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    row_t = np.int32 if n < 2**31 else np.int64
    rows = np.repeat(np.arange(n, dtype=row_t), plen)
    pos_in = np.repeat(r.indptr[:-1] - (np.cumsum(plen) - plen), plen) + np.arange(total)
    grams = r.indices[pos_in]
    del pos_in, r
    o = np.lexsort((rows, grams))
    g, w = grams[o], rows[o]
    del grams, rows, o
    # runs of equal gram: every pair inside a run is a candidate
    run_start = np.r_[0, np.flatnonzero(g[1:] != g[:-1]) + 1]
    del g
    run_len = np.diff(np.r_[run_start, total])
    remain = (np.repeat(run_start + run_len, run_len) - np.arange(total) - 1).astype(np.int32)
    del run_start, run_len
    keys = []
    active = np.flatnonzero(remain > 0)
    d = 1
    while len(active):
        a, b = w[active], w[active + d]
        ok = codes[a] != codes[b]
        small, large = np.minimum(sizes[a], sizes[b]), np.maximum(sizes[a], sizes[b])
        ok &= small >= floor * large - 1e-9                 # |x ∩ y| / |x ∪ y| <= small / large
        keys.append(np.unique(a[ok].astype(np.int64) * n + b[ok]))   # a < b: w is sorted within each run
        del a, b, ok, small, large
        d += 1
        active = active[remain[active] >= d]
    key = np.unique(np.concatenate(keys)) if keys else np.zeros(0, np.int64)
    return key // n, key % n


def near_duplicates(
    texts: Sequence[str],
    groups: Sequence[str],
    *,
    k: int = 5,
    threshold: float = 0.8,
    min_chars: int = 20,
    floor: float = 0.5,
    progress: bool = False,
) -> list[tuple[int | None, float]]:
    """For each text, the earlier text of another group it nearly repeats -- for corpora of any size.

    Texts are compared by Jaccard similarity of their character k-gram sets (Broder 1997, *On the
    resemblance and containment of documents*); a text is flagged with the *first* earlier text of a
    different group whose similarity reaches ``threshold`` (copies inside one speech are not
    flagged).  The pairs compared are found with the prefix filter of set-similarity joins
    (Chaudhuri, Ganti & Kaushik 2006, *A primitive operator for similarity joins in data
    cleaning*; Bayardo, Ma & Srikant 2007, *Scaling up all pairs similarity search*): with the
    k-grams of every text sorted rarest first, two texts whose Jaccard similarity reaches
    ``floor`` must share one of the first ``|x| - ceil(floor·|x|) + 1`` k-grams of each.  Only
    those candidate pairs are verified, exactly, so the work grows with the number of
    near-duplicate candidates instead of the square of the corpus (an all-pairs product needed
    1.6 s and 0.3 GB for the paragraphs of the Government Work Reports and 25 s and 3.3 GB for
    four copies of them; this join 1.0 s and 0.26 GB, and 13 s and 0.54 GB for eight copies,
    whose paragraphs are all near-duplicates of each other).

    Parameters
    ----------
    texts : sequence of str
        Paragraphs, in corpus order.
    groups : sequence of str
        The group (speech_id) of each text; only pairs from different groups
        are compared.
    k : int
        Length of the character k-grams.
    threshold : float
        Similarity from which a text counts as a near-duplicate.
    min_chars : int
        Texts shorter than this are never flagged.
    floor : float
        Similarities below this are not computed (reported as 0.0); must be
        at most ``threshold``.
    progress : bool
        Show a progress bar while verifying candidates.

    Returns
    -------
    list of (int or None, float)
        Per text: ``(index of the first earlier near-duplicate, its
        similarity)`` or ``(None, best similarity to an earlier text of
        another group)`` when that is at least ``floor``, else ``(None, 0.0)``;
        similarities rounded to four decimals.  The flagged pairs do not
        depend on ``floor``.

    Examples
    --------
    >>> texts = ["要全面推进乡村振兴,巩固拓展脱贫攻坚成果。", "要全面推进乡村振兴,巩固拓展脱贫攻坚成果!",
    ...          "创文工作已经到了攻坚之年。"]
    >>> near_duplicates(texts, ["s1", "s2", "s3"], k=3, min_chars=5)
    [(None, 0.0), (0, 0.9), (None, 0.0)]
    """
    if not 0 < floor <= threshold:
        raise ValueError(f"floor must be in (0, threshold], got floor={floor!r}, threshold={threshold!r}")
    n = len(texts)
    if len(groups) != n:
        raise ValueError(f"{n} texts but {len(groups)} groups")
    result: list[tuple[int | None, float]] = [(None, 0.0)] * n
    if n == 0:
        return result
    m = _gram_matrix(texts, k, min_chars)
    codes = pd.factorize(pd.Series(list(groups), dtype=object))[0]
    j_idx, i_idx = _candidate_pairs(m, floor, codes)
    if len(j_idx) == 0:
        return result
    sizes = np.diff(m.indptr).astype(float)
    inter = np.empty(len(j_idx), dtype=float)
    # verify in chunks of about 20 million stored k-grams
    per_pair = sizes[j_idx] + sizes[i_idx]
    bounds = np.searchsorted(np.cumsum(per_pair), np.arange(2e7, per_pair.sum() + 2e7, 2e7))
    chunks = np.unique(np.r_[0, np.minimum(bounds, len(j_idx)), len(j_idx)])
    steps = range(len(chunks) - 1)
    if progress:
        from tqdm import tqdm

        steps = tqdm(steps, desc="near-duplicate paragraphs", unit="chunk")
    for c in steps:
        s, e = chunks[c], chunks[c + 1]
        inter[s:e] = np.asarray(m[j_idx[s:e]].multiply(m[i_idx[s:e]]).sum(axis=1)).ravel()
    jac = inter / (sizes[i_idx] + sizes[j_idx] - inter)
    dup = jac >= threshold
    log.info("near_duplicates: %d texts, %d candidate pairs verified, %d pairs >= %s", n, len(j_idx),
             int(dup.sum()), threshold)
    first: dict[int, tuple[int, float]] = {}
    o = np.lexsort((j_idx[dup], i_idx[dup]))
    for i, j, s in zip(i_idx[dup][o], j_idx[dup][o], jac[dup][o]):
        if int(i) not in first:
            first[int(i)] = (int(j), float(s))
    best = np.zeros(n)
    ok = jac >= floor
    np.maximum.at(best, i_idx[ok], jac[ok])
    for i in range(n):
        if i in first:
            result[i] = (first[i][0], round(first[i][1], 4))
        elif best[i] > 0:
            result[i] = (None, round(float(best[i]), 4))
    return result




# ---------------------------------------------------------------------------------------------
# Copies across sources: MinHash signatures, LSH banding, clusters with one kept member
# ---------------------------------------------------------------------------------------------

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, vectorised (uint64 in, uint64 out; wraps on overflow)."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def _perm_params(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 2**63, size=num_perm, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.int64).astype(np.uint64)
    return a, b


def shingle_hashes(text: str, k: int = 5) -> np.ndarray:
    """The distinct 64-bit hashes of a text's character k-grams (the text itself when shorter).

    Parameters
    ----------
    text : str
    k : int

    Returns
    -------
    ndarray of uint64
        Sorted, distinct; the same on every machine and in every process (no salted ``hash``).

    Examples
    --------
    >>> len(shingle_hashes("要全面推进乡村振兴", k=5)), len(shingle_hashes("乡村振兴", k=5))
    (5, 1)
    """
    if not text:
        return np.zeros(0, np.uint64)
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    n = len(cp) - k + 1
    if n <= 0:
        n, k = 1, len(cp)
    h = np.zeros(n, np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = _mix64(h ^ cp[j:j + n] + np.uint64(j + 1))
    return np.unique(h)


def minhash_signatures(texts: Sequence[str], *, k: int = 5, num_perm: int = 64, seed: int = 1,
                       min_chars: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of texts over their character k-gram sets (Broder 1997).

    Each of ``num_perm`` hash functions is a multiply-shift hash of the k-gram's 64-bit hash
    (Dietzfelbinger et al. 1997); the signature keeps each function's minimum.  Two texts
    agree in one position with probability equal to their Jaccard similarity.

    Parameters
    ----------
    texts : sequence of str
    k : int
        Length of the character k-grams.
    num_perm : int
        Number of hash functions (signature length).
    seed : int
        Seed of the hash functions: signatures are comparable only with the same seed.
    min_chars : int
        Texts shorter than this get an all-ones signature and size 0 (never matched).

    Returns
    -------
    signatures : ndarray of uint32, shape (n, num_perm)
    sizes : ndarray of int64
        Number of distinct k-grams of each text.

    Examples
    --------
    >>> sig, size = minhash_signatures(["我县要全面推进乡村振兴,巩固拓展脱贫攻坚成果。",
    ...                                 "我市要全面推进乡村振兴,巩固拓展脱贫攻坚成果。"], num_perm=128)
    >>> float(estimated_jaccard(sig[0], sig[1])) > 0.6, size.tolist()
    (True, [19, 19])
    """
    a, b = _perm_params(num_perm, seed)
    sig = np.full((len(texts), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    sizes = np.zeros(len(texts), dtype=np.int64)
    for i, t in enumerate(texts):
        if len(t) < max(min_chars, 1):
            continue
        h = shingle_hashes(t, k)
        sizes[i] = len(h)
        with np.errstate(over="ignore"):
            for s in range(0, len(h), 4096):
                part = ((h[s:s + 4096, None] * a[None, :] + b[None, :]) >> np.uint64(32)).astype(np.uint32)
                np.minimum(sig[i], part.min(axis=0), out=sig[i])
    return sig, sizes


def estimated_jaccard(x: np.ndarray, y: np.ndarray) -> float:
    """The share of positions where two MinHash signatures agree (an estimate of Jaccard similarity).

    Examples
    --------
    >>> sig, _ = minhash_signatures(["创文工作已经到了攻坚之年,要对照测评体系逐项整改。"] * 2)
    >>> estimated_jaccard(sig[0], sig[1])
    1.0
    """
    return float(np.mean(x == y))


def _find(parent: np.ndarray, i: int) -> int:
    root = i
    while parent[root] != root:
        root = parent[root]
    while parent[i] != root:
        parent[i], i = root, parent[i]
    return root


def cluster_signatures(
    signatures: np.ndarray,
    sizes: np.ndarray,
    *,
    threshold: float = 0.5,
    containment: float = 0.8,
    bands: int | None = None,
    max_checks: int = 16,
) -> tuple[np.ndarray, np.ndarray]:
    """Cluster texts whose MinHash signatures say they are near-copies (LSH banding, union-find).

    Signatures are cut into ``bands`` bands; texts sharing one band are candidates (Indyk &
    Motwani 1998; Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3).  A
    candidate pair is linked when its estimated Jaccard similarity reaches ``threshold`` or
    when the smaller text is at least ``containment`` contained in the larger (a copy cut
    short by a paywall), the intersection being estimated from the Jaccard estimate and the
    k-gram counts: ``|A ∩ B| = J (|A| + |B|) / (1 + J)``.  Inside a bucket each text is
    compared with the first ``max_checks`` earlier texts of the bucket, so a bucket of
    thousands of copies costs linear, not quadratic, work.

    Parameters
    ----------
    signatures : ndarray (n, num_perm)
        From :func:`minhash_signatures`.
    sizes : ndarray (n,)
        Distinct k-gram counts (0: never clustered).
    threshold : float
        Estimated Jaccard similarity from which two texts are copies.
    containment : float
        Estimated containment of the smaller text from which two texts are copies (1 disables).
    bands : int, optional
        Number of LSH bands (default: ``num_perm // 3`` rows of 3).
    max_checks : int
        Earlier bucket members compared with each text.

    Returns
    -------
    cluster : ndarray of int64
        For each text the smallest index of its cluster (a text alone: its own index).
    similarity : ndarray of float
        For each text its best estimated similarity (Jaccard, or containment when that linked
        it) to another member of its cluster; 0.0 alone.

    Examples
    --------
    >>> texts = ["我县要全面推进乡村振兴,巩固拓展脱贫攻坚成果,守住不发生规模性返贫的底线。",
    ...          "创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改,确保一次通过。",
    ...          "我市要全面推进乡村振兴,巩固拓展脱贫攻坚成果,守住不发生规模性返贫的底线。"]
    >>> sig, size = minhash_signatures(texts, num_perm=128)
    >>> cluster_signatures(sig, size)[0].tolist()
    [0, 1, 0]
    """
    signatures = np.asarray(signatures)
    n, num_perm = signatures.shape

    def band_block(live: np.ndarray, lo: int, hi: int) -> np.ndarray:
        return np.ascontiguousarray(signatures[live, lo:hi])

    return _cluster(n, num_perm, np.asarray(sizes), band_block, lambda members: signatures[members],
                    threshold=threshold, containment=containment, bands=bands, max_checks=max_checks)


def cluster_signature_file(
    path,
    sizes: np.ndarray,
    num_perm: int,
    *,
    threshold: float = 0.5,
    containment: float = 0.8,
    bands: int | None = None,
    max_checks: int = 16,
    chunk_rows: int = 8192,
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`cluster_signatures` of signatures stored in a file, without loading them.

    The file holds the signatures row after row as raw ``uint32`` (``ndarray.tobytes()``).  Each
    LSH band's keys are computed reading ``chunk_rows`` rows at a time, and the members of a
    bucket are read by their offsets; memory holds a few numbers per text (band key, cluster
    root, similarity), not the signatures: about 40 bytes per text instead of ``4 * num_perm``.
    The result is identical to :func:`cluster_signatures` of the same signatures.

    Parameters
    ----------
    path : path-like
        The signature file (``len(sizes)`` rows of ``num_perm`` uint32).
    sizes : ndarray (n,)
        Distinct k-gram counts (0: never clustered).
    num_perm : int
        Signature length.
    threshold, containment, bands, max_checks
        As in :func:`cluster_signatures`.
    chunk_rows : int
        Rows read at a time while computing the band keys.

    Returns
    -------
    cluster, similarity : ndarray
        As :func:`cluster_signatures`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> texts = ["我县要全面推进乡村振兴,巩固拓展脱贫攻坚成果,守住不发生规模性返贫的底线。",
    ...          "创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改,确保一次通过。",
    ...          "我市要全面推进乡村振兴,巩固拓展脱贫攻坚成果,守住不发生规模性返贫的底线。"]
    >>> sig, size = minhash_signatures(texts, num_perm=128)
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "sig.bin"
    >>> _ = f.write_bytes(sig.tobytes())
    >>> cluster_signature_file(f, size, 128)[0].tolist()
    [0, 1, 0]
    """
    import os

    sizes = np.asarray(sizes)
    n = len(sizes)
    row_bytes = 4 * num_perm
    with open(path, "rb") as fh:
        fd = fh.fileno()
        if os.fstat(fd).st_size != n * row_bytes:
            raise ValueError(f"{path}: {os.fstat(fd).st_size} bytes, expected {n} signatures of {num_perm} uint32")

        def band_block(live: np.ndarray, lo: int, hi: int) -> np.ndarray:
            out = np.empty((len(live), hi - lo), np.uint32)
            for s in range(0, n, chunk_rows):
                a, b = np.searchsorted(live, [s, s + chunk_rows])
                if b > a:
                    raw = os.pread(fd, min(chunk_rows, n - s) * row_bytes, s * row_bytes)
                    block = np.frombuffer(raw, np.uint32).reshape(-1, num_perm)
                    out[a:b] = block[live[a:b] - s, lo:hi]
            return out

        def rows_of(members: np.ndarray) -> np.ndarray:
            raw = b"".join(os.pread(fd, row_bytes, int(m) * row_bytes) for m in members)
            return np.frombuffer(raw, np.uint32).reshape(len(members), num_perm)

        return _cluster(n, num_perm, sizes, band_block, rows_of, threshold=threshold, containment=containment,
                        bands=bands, max_checks=max_checks)


def _cluster(n: int, num_perm: int, sizes: np.ndarray, band_block, rows_of, *, threshold: float,
             containment: float, bands: int | None, max_checks: int) -> tuple[np.ndarray, np.ndarray]:
    """LSH banding and union-find over signatures reached through ``band_block`` and ``rows_of``."""
    parent = np.arange(n)
    best = np.zeros(n)
    if n < 2:
        return parent.astype(np.int64), best
    bands = bands or max(1, num_perm // 3)
    rows = num_perm // bands
    live = np.flatnonzero(sizes > 0)
    for band in range(bands):
        block = band_block(live, band * rows, (band + 1) * rows)
        keys = np.zeros(len(live), np.uint64)
        for r in range(rows):
            keys = _mix64(keys ^ block[:, r].astype(np.uint64) + np.uint64(band * 131 + r + 1))
        del block
        order = np.argsort(keys, kind="stable")         # = lexsort((live, keys)): live is increasing
        k_sorted, idx = keys[order], live[order]
        del keys, order
        starts = np.r_[0, np.flatnonzero(k_sorted[1:] != k_sorted[:-1]) + 1, len(idx)]
        del k_sorted
        for b in np.flatnonzero(np.diff(starts) >= 2):
            members = idx[starts[b]:starts[b + 1]]
            sig = rows_of(members)
            for pos in range(1, len(members)):
                i = int(members[pos])
                for q in range(pos - 1, max(0, pos - max_checks) - 1, -1):
                    j = int(members[q])
                    if _find(parent, i) == _find(parent, j) and best[i] > 0:
                        break
                    jac = float(np.mean(sig[pos] == sig[q]))
                    inter = jac * (sizes[i] + sizes[j]) / (1 + jac)
                    cont = inter / max(1, min(sizes[i], sizes[j]))
                    sim = jac if jac >= threshold else (cont if cont >= containment else 0.0)
                    if sim > 0:
                        ri, rj = _find(parent, i), _find(parent, j)
                        parent[max(ri, rj)] = min(ri, rj)
                        best[i], best[j] = max(best[i], sim), max(best[j], sim)
        del idx, starts
    while True:                                  # every index to its root, without a list of n ints
        up = parent[parent]
        if np.array_equal(up, parent):
            break
        parent = up
    return parent.astype(np.int64), np.round(best, 4)


def cluster_representatives(cluster: np.ndarray, preferred: Sequence[bool]) -> np.ndarray:
    """For each text, its cluster's representative: the first preferred member, else the first member.

    Used for paragraphs: a copy points at the first member of its cluster that belongs to an
    included speech.  Vectorised (a sort and a search): no Python object per text.

    Parameters
    ----------
    cluster : ndarray of int
        From :func:`cluster_signatures`.
    preferred : sequence of bool
        Members that may represent their cluster before the others.

    Returns
    -------
    ndarray of int64
        For each text the index of its cluster's representative.

    Examples
    --------
    >>> # 段落 0 和 2 是同一段"要全面推进乡村振兴",但段落 0 所在的讲话未收录
    >>> cluster_representatives(np.array([0, 1, 0, 0]), [False, True, True, True]).tolist()
    [2, 1, 2, 2]
    """
    cluster = np.asarray(cluster, dtype=np.int64)
    preferred = np.asarray(preferred, dtype=bool)
    order = np.lexsort((np.arange(len(cluster)), ~preferred, cluster))
    c_sorted = cluster[order]
    first = np.r_[True, c_sorted[1:] != c_sorted[:-1]] if len(order) else np.zeros(0, bool)
    heads, winners = c_sorted[first], order[first]
    return winners[np.searchsorted(heads, cluster)].astype(np.int64)


def keep_members(cluster: np.ndarray, n_chars: Sequence[int], truncated: Sequence[bool]) -> np.ndarray:
    """The member of each cluster that is kept: not truncated, then the longest, then the first.

    Parameters
    ----------
    cluster : ndarray of int
        From :func:`cluster_signatures`.
    n_chars : sequence of int
        Length of each text.
    truncated : sequence of bool
        Whether each text is cut short (a paywall notice).

    Returns
    -------
    ndarray of int64
        For each text the index of its cluster's kept member (itself when kept).

    Examples
    --------
    >>> keep_members(np.array([0, 1, 0, 0]), [900, 500, 1200, 1500], [False, False, False, True]).tolist()  # 截断的副本不保留
    [2, 1, 2, 2]
    """
    cluster = np.asarray(cluster)
    n_chars = np.asarray(n_chars)
    truncated = np.asarray(truncated, dtype=bool)
    if not len(cluster):
        return np.zeros(0, np.int64)
    order = np.lexsort((np.arange(len(cluster)), -n_chars, truncated, cluster))
    c_sorted = cluster[order]
    first = np.r_[True, c_sorted[1:] != c_sorted[:-1]]
    winner = order[first]
    return winner[np.searchsorted(c_sorted[first], cluster)].astype(np.int64)
