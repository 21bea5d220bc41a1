"""Topic-model input: documents to token lists, token lists to sorted-vocabulary count matrices.

Everything here is deterministic: the vocabulary is sorted in code-point
order (never hash or first-seen order).

Examples
--------
>>> X, vocab = count_matrix([["乡村振兴", "返贫"], ["创文", "乡村振兴"]])
>>> vocab.tolist(), X.toarray().tolist()
(['乡村振兴', '创文', '返贫'], [[1, 0, 1], [1, 1, 0]])
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from corpusmine.features import count_vectorizer
from corpusmine.tokens.tokenizer import Tokenizer

__all__ = ["count_matrix", "prepare_docs", "row_normalise", "to_bow"]


def _is_token_lists(docs) -> bool:
    if isinstance(docs, (pd.DataFrame, pd.Series, str)):
        return False
    if not isinstance(docs, Sequence) or len(docs) == 0:
        return False
    return all(isinstance(d, (list, tuple)) for d in docs)


def prepare_docs(docs, tokenizer=None) -> tuple[pd.DataFrame, list[list[str]]]:
    """Metadata and token lists of the documents a topic model sees.

    ``docs`` is a DataFrame with a ``tokens`` column (lists of str, used as
    they are) or a ``text`` column (segmented by ``tokenizer``), a list of
    str, or a list of token lists.

    Parameters
    ----------
    docs : DataFrame, list of str or list of list of str
    tokenizer : Tokenizer, optional
        For text input; default ``corpusmine.Tokenizer()``.

    Returns
    -------
    (DataFrame, list of list of str)
        Metadata (input order; ``doc_id`` added when missing) and tokens.

    Examples
    --------
    >>> meta, tokens = prepare_docs([["创文", "测评"], ["乡村振兴"]])
    >>> meta["doc_id"].tolist(), tokens
    ([0, 1], [['创文', '测评'], ['乡村振兴']])
    """
    if isinstance(docs, pd.DataFrame):
        if "tokens" in docs.columns:
            meta = docs.drop(columns="tokens").reset_index(drop=True)
            tokens = [[str(t) for t in d] for d in docs["tokens"]]
            return meta, tokens
        if "text" not in docs.columns:
            raise KeyError("docs must have a 'text' or a 'tokens' column (see corpusmine.features.documents)")
        meta = docs.reset_index(drop=True)
        texts = meta["text"].tolist()
    elif _is_token_lists(docs):
        tokens = [[str(t) for t in d] for d in docs]
        meta = pd.DataFrame({"doc_id": np.arange(len(tokens))})
        return meta, tokens
    elif isinstance(docs, (pd.Series, Sequence)) and not isinstance(docs, str):
        texts = list(docs)
        meta = pd.DataFrame({"doc_id": np.arange(len(texts)), "text": texts})
    else:
        raise TypeError("docs must be a DataFrame with a 'text' column, a list of str or a list of token lists")
    bad = [t for t in texts if not isinstance(t, str)]
    if bad:
        raise TypeError(f"every text must be str, got {type(bad[0]).__name__}")
    if tokenizer is None:
        tokenizer = Tokenizer()
    tokens = [list(t) for t in tokenizer.cut_many(texts)]
    return meta, tokens


def count_matrix(tokens: list[list[str]], *, vocabulary=None, min_df=1, max_df=1.0):
    """Documents × terms counts; the vocabulary is sorted (code-point order), never hash-ordered.

    Parameters
    ----------
    tokens : list of list of str
    vocabulary : sequence of str, optional
        Count only these terms, in this order (a fitted model's ``vocab_``).
    min_df, max_df : int or float
        As in scikit-learn's ``CountVectorizer`` (ignored with a vocabulary).

    Returns
    -------
    (scipy.sparse.csr_matrix of int64, ndarray of str)

    Examples
    --------
    >>> X, vocab = count_matrix([["创文", "测评", "创文"]], vocabulary=["测评", "创文", "返贫"])
    >>> X.toarray().tolist(), vocab.tolist()
    ([[1, 2, 0]], ['测评', '创文', '返贫'])
    """
    vec = count_vectorizer(vocabulary=vocabulary, min_df=min_df, max_df=max_df)
    if vocabulary is None:
        X = vec.fit_transform(tokens)
    else:
        X = vec.transform(tokens)
    vocab = np.asarray(vec.get_feature_names_out(), dtype=object)
    return X.tocsr().astype(np.int64), vocab


def to_bow(X: sparse.csr_matrix) -> list[list[tuple[int, int]]]:
    """gensim's bag-of-words format, term ids ascending within each document.

    Parameters
    ----------
    X : sparse matrix, shape (n_docs, V)

    Returns
    -------
    list of list of (term id, count)

    Examples
    --------
    >>> X, vocab = count_matrix([["创文", "测评", "创文"]])     # vocab: 创文, 测评
    >>> to_bow(X)
    [[(0, 2), (1, 1)]]
    """
    X = X.tocsr()
    X.sort_indices()
    return [
        list(zip(X.indices[X.indptr[i]:X.indptr[i + 1]].tolist(), X.data[X.indptr[i]:X.indptr[i + 1]].tolist()))
        for i in range(X.shape[0])
    ]


def row_normalise(M: np.ndarray) -> np.ndarray:
    """Rows scaled to sum to 1; an all-zero row becomes uniform (no evidence for any topic).

    Parameters
    ----------
    M : array_like, shape (n, K)

    Returns
    -------
    ndarray of float64

    Examples
    --------
    >>> row_normalise([[1, 3], [0, 0]]).tolist()     # 第二行没有词: 均匀分布
    [[0.25, 0.75], [0.5, 0.5]]
    """
    M = np.asarray(M, dtype=np.float64)
    s = M.sum(axis=1, keepdims=True)
    out = np.divide(M, s, out=np.full_like(M, 1.0 / M.shape[1]), where=s > 0)
    return out
