"""Documents, document-term matrices and group counts, built on corpusmine's Tokenizer.

Every matrix here comes from scikit-learn's ``CountVectorizer`` fed by
:class:`corpusmine.Tokenizer` (``tokenizer=...``, ``token_pattern=None``,
``lowercase=False``): there is no silent minimum-length filter, so
one-character words such as 抓 and 要 survive unless a stop list removes them.

Examples
--------
>>> import pandas as pd
>>> from corpusmine import Tokenizer
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "group": ["civilised_city", "rural"],
...                      "text": ["创文工作要抓实抓细", "乡村振兴要久久为功"]})
>>> dtm = build_dtm(docs, tokenizer=Tokenizer(cache_dir=None))
>>> group_counts(dtm).loc["创文"].to_dict()
{'rural': 0, 'civilised_city': 1}
"""

from __future__ import annotations

import functools
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from corpusmine.errors import CorpusWarning
from corpusmine.schema import CAMPAIGNS
from corpusmine.tokens.tokenizer import Tokenizer

#: The three campaigns compared throughout (``other`` is left out of comparisons).
LEVELS: tuple[str, ...] = ("speech", "section", "paragraph")


#: Separator of the group label when ``documents(by=[...])`` groups by several columns.
GROUP_SEP = " · "
#: Group label of inputs that carry no grouping (see :func:`as_documents`).
ALL = "all"
#: Smallest group (in distinct speeches) that :func:`documents` passes without a warning.  A group of
#: one speech has no between-speech variation at all: its statistics describe that one text (and a
#: stub or a mislabelled page can be a whole group), not the group; speech-level tests and intervals
#: need at least two.  Raise it (``min_speeches=3`` …) for firmer comparisons.
MIN_GROUP_SPEECHES = 2


class _CampaignDefault:
    """Marker of ``documents(groups=...)`` left at its default (the campaigns, only when grouping by campaign)."""

    def __repr__(self) -> str:
        return "CAMPAIGNS if by == 'campaign' else None"


_CAMPAIGN_DEFAULT = _CampaignDefault()


def documents(
    corpus,
    level: str = "speech",
    *,
    by: str | list[str] | tuple[str, ...] = "campaign",
    groups=_CAMPAIGN_DEFAULT,
    include_only: bool = True,
    drop_duplicates: bool = True,
    min_speeches: int = MIN_GROUP_SPEECHES,
) -> pd.DataFrame:
    """The texts of a corpus at one level, with their metadata, ready for a DTM.

    Parameters
    ----------
    corpus : Corpus
        From :func:`corpusmine.load_corpus` (any object with ``speeches`` and
        ``paragraphs`` tables).
    level : {"speech", "section", "paragraph"}
        Unit of analysis.  At section and paragraph level the campaign is the
        *section's* campaign, so the environment section of a rural speech
        counts as environment.  At speech level a speech is split into its
        group parts (one document per speech and group, ``doc_id``
        ``speech_id:group``), so no text is counted for a group it is not in.
    by : str or list of str
        Grouping column(s), read from the paragraphs or else from the
        speeches table.  The columns are kept in the frame and their values,
        joined with ``" · "`` (:data:`GROUP_SEP`), form column ``group``.
    groups : sequence of str or None
        Keep only these ``group`` values.  Default: the three campaigns
        (:data:`CAMPAIGNS`, ``other`` left out) when ``by="campaign"``, every
        group for any other grouping; None keeps every group.
    include_only : bool
        Keep only speeches with ``include == True`` in the manifest.
    drop_duplicates : bool
        Drop paragraphs flagged as near-copies of an earlier paragraph in
        another speech, so that template copies are not counted twice.
    min_speeches : int
        Groups with fewer distinct speeches (default
        :data:`MIN_GROUP_SPEECHES`, 2) are kept but named in one
        :class:`~corpusmine.errors.CorpusWarning` and in
        ``attrs["small_groups"]``: their numbers describe those texts, not a group.

    Returns
    -------
    DataFrame
        Columns ``doc_id, speech_id, group, text``, the ``by`` columns and
        the level's own columns (``section_id``, ``paragraph_id`` …), one row
        per document.  ``attrs["level"]`` is the level, ``attrs["by"]`` the
        tuple of grouping columns and ``attrs["small_groups"]`` maps each
        group below ``min_speeches`` to its number of speeches (empty: none).

    Raises
    ------
    ValueError
        When the selection leaves no document (the message lists the groups
        that exist), for an unknown level, or for an empty ``by``.
    KeyError
        When a ``by`` column is neither a paragraph nor a speech column.

    Examples
    --------
    >>> from types import SimpleNamespace   # any object with .speeches and .paragraphs
    >>> para = pd.DataFrame({"speech_id": ["s1"] * 2, "paragraph_id": ["s1:001", "s1:002"], "section_id": [0, 1],
    ...                      "section_title": ["", "一、提高站位"], "campaign": "rural", "text": ["同志们:", "要抓实抓细。"]})
    >>> speeches = pd.DataFrame({"speech_id": ["s1"], "include": [True], "decade": ["2020s"]})
    >>> corpus = SimpleNamespace(speeches=speeches, paragraphs=para)
    >>> docs = documents(corpus, level="section")
    >>> docs[["doc_id", "group", "text"]].values.tolist(), docs.attrs
    ([['s1:s0', 'rural', '同志们:'], ['s1:s1', 'rural', '要抓实抓细。']], {'level': 'section', 'by': ('campaign',), 'small_groups': {'rural': 1}})
    >>> documents(corpus, by=["campaign", "decade"])[["doc_id", "group", "decade"]].values.tolist()
    [['s1', 'rural · 2020s', '2020s']]
    >>> documents(corpus, groups=["environment"])
    Traceback (most recent call last):
    ...
    ValueError: no documents left: groups ['environment'] asked for, the groups by campaign are ['rural']
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, got {level!r}")
    by_cols = (by,) if isinstance(by, str) else tuple(by)
    if not by_cols or not all(isinstance(c, str) for c in by_cols):
        raise ValueError(f"by must be a column name or a non-empty list of column names, got {by!r}")
    if groups is _CAMPAIGN_DEFAULT:
        groups = CAMPAIGNS if by_cols == ("campaign",) else None
    para = corpus.paragraphs.copy()
    sp = corpus.speeches.set_index("speech_id")
    if include_only:
        para = para[para["speech_id"].map(sp["include"]).astype(bool)]
    if drop_duplicates and "dup_of" in para:
        para = para[para["dup_of"].fillna("") == ""]
    if para.empty:
        why = "no included speech" if include_only else "no paragraph"
        raise ValueError(f"no documents: the corpus has {why} (include_only={include_only})")
    for col in by_cols:
        if col not in para.columns:
            if col not in sp.columns:
                raise KeyError(f"unknown grouping column {col!r}: not a paragraph or speech column")
            para[col] = para["speech_id"].map(sp[col])
    labels = para[by_cols[0]].astype(str)
    for col in by_cols[1:]:
        labels = labels + GROUP_SEP + para[col].astype(str)
    para = para.assign(group=labels)
    if groups is not None:
        wanted = [str(g) for g in ([groups] if isinstance(groups, str) else groups)]
        kept = para[para["group"].isin(wanted)]
        if kept.empty:
            raise ValueError(f"no documents left: groups {wanted} asked for, the groups by "
                             f"{' + '.join(by_cols)} are {sort_groups(para['group'])}")
        para = kept

    extra = [c for c in by_cols if c not in ("speech_id", "group")]
    if level == "paragraph":
        out = para.assign(doc_id=para["paragraph_id"])
    elif level == "section":
        out = (
            para.groupby(["speech_id", "section_id", "group"], sort=False)
            .agg(**{c: (c, "first") for c in extra if c != "section_id"}, section_title=("section_title", "first"),
                 text=("text", "\n".join), n_paragraphs=("text", "size"))
            .reset_index()
        )
        n_parts = out.groupby(["speech_id", "section_id"])["group"].transform("size")
        sec = out["speech_id"] + ":s" + out["section_id"].astype(str)
        out["doc_id"] = np.where(n_parts > 1, sec + ":" + out["group"], sec)
    else:
        out = (
            para.groupby(["speech_id", "group"], sort=False)
            .agg(**{c: (c, "first") for c in extra}, text=("text", "\n".join), n_paragraphs=("text", "size"))
            .reset_index()
        )
        n_parts = out.groupby("speech_id")["group"].transform("size")
        out["doc_id"] = np.where(n_parts > 1, out["speech_id"] + ":" + out["group"], out["speech_id"])
    first = ["doc_id", "speech_id", "group", "text"]
    out = out[first + [c for c in out.columns if c not in first]].reset_index(drop=True)
    n_speeches = out.groupby("group", sort=False)["speech_id"].nunique()
    small = {str(g): int(n) for g, n in n_speeches.items() if n < min_speeches}
    if small:
        listed = ", ".join(f"{g} ({n} speech{'es' if n != 1 else ''})" for g, n in sorted(small.items()))
        warnings.warn(f"{len(small)} group(s) below the minimum of {min_speeches} speeches: {listed}; their results "
                      "describe these texts, not the group (see attrs['small_groups'])", CorpusWarning, stacklevel=2)
    out.attrs = {"level": level, "by": by_cols, "small_groups": small}
    return out


@dataclass
class DocumentTermMatrix:
    """Raw counts: ``X[i, j]`` = occurrences of ``vocab[j]`` in document ``docs.iloc[i]``.

    Parameters
    ----------
    X : scipy.sparse.csr_matrix
        Documents × terms counts (int64).
    vocab : ndarray of str
        The terms, in column order (code-point order from :func:`build_dtm`).
    docs : DataFrame
        The documents, in row order, with their metadata.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["抓落实", "抓创文"]})
    >>> dtm = build_dtm(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> dtm.shape, dtm.vocab.tolist(), dtm.to_frame().loc["b"].tolist()
    ((2, 3), ['创文', '抓', '落实'], [1, 1, 0])
    """

    X: sparse.csr_matrix
    vocab: np.ndarray
    docs: pd.DataFrame

    @property
    def shape(self) -> tuple[int, int]:
        return self.X.shape

    def to_frame(self) -> pd.DataFrame:
        """Dense documents × terms DataFrame (small corpora only)."""
        return pd.DataFrame(self.X.toarray(), index=self.docs["doc_id"], columns=self.vocab)


@functools.lru_cache(maxsize=1)
def default_tokenizer():
    """The tokenizer the statistics use when none is given: ``Tokenizer(remove_stopwords=False)``.

    Stop words stay in the token stream (n-grams and lexicon phrases need
    them: 思想 和 行动); the functions that count words drop them through the
    tokenizer's ``stopwords_``.  One shared instance per process, so its token
    cache is opened once.

    Returns
    -------
    Tokenizer

    Examples
    --------
    >>> tok = default_tokenizer()
    >>> tok is default_tokenizer(), tok.remove_stopwords
    (True, False)
    >>> "要" in tok.cut("要抓实抓细")
    True
    """
    return Tokenizer(remove_stopwords=False)


def identity_analyzer(tokens):
    """Analyzer of pre-tokenized documents: returns the token list unchanged.

    A module-level function (not a lambda), so a vectorizer that uses it can
    be pickled and sent to worker processes.

    Examples
    --------
    >>> identity_analyzer(["乡村振兴", "要", "久久为功"])
    ['乡村振兴', '要', '久久为功']
    """
    return tokens


def count_vectorizer(*, vocabulary=None, min_df: int | float = 1, max_df: int | float = 1.0, **kwargs):
    """A scikit-learn ``CountVectorizer`` for documents that are already token lists.

    The analyzer is :func:`identity_analyzer`: no lowercasing, no token
    pattern, no length filter, so one-character words (要, 抓) survive; the
    vocabulary comes out in code-point order, never hash order.

    Parameters
    ----------
    vocabulary, min_df, max_df
        As in ``CountVectorizer``.
    **kwargs
        Passed on to ``CountVectorizer`` (``dtype`` …).

    Returns
    -------
    sklearn.feature_extraction.text.CountVectorizer
        Unfitted.

    Examples
    --------
    >>> vec = count_vectorizer()
    >>> X = vec.fit_transform([["要", "抓实", "抓细"], ["要", "久久为功"]])
    >>> vec.get_feature_names_out().tolist(), X.toarray()[1].tolist()
    (['久久为功', '抓实', '抓细', '要'], [1, 0, 0, 1])
    """
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(analyzer=identity_analyzer, vocabulary=vocabulary, min_df=min_df, max_df=max_df,
                           **kwargs)


def _is_corpus(obj) -> bool:
    return hasattr(obj, "paragraphs") and hasattr(obj, "speeches") and not isinstance(obj, pd.DataFrame)


def as_documents(obj, by: str | None = "group") -> pd.DataFrame:
    """Normalise the inputs the statistics accept to one ``doc_id, speech_id, group, text`` table.

    Parameters
    ----------
    obj : Corpus, DataFrame, str or iterable of str
        * Corpus: the included speeches' paragraphs (:func:`documents` at
          paragraph level, every group, ``other`` too, near-copies dropped);
          ``by="group"`` (or None) groups by the section campaign, any other
          name is passed to :func:`documents` as ``by``.
        * DataFrame: needs ``text``; ``doc_id`` defaults to ``doc0``,
          ``doc1`` …, ``speech_id`` to ``doc_id``; the group is column ``by``
          (``"group"`` without such a column, or None: one group :data:`ALL`).
        * str or iterable of str: one document per string (ids ``doc0``,
          ``doc1`` …), each its own speech, all in group :data:`ALL`.
    by : str or None
        Grouping column (see above).

    Returns
    -------
    DataFrame
        ``doc_id, speech_id, group, text`` (str; missing texts become ""),
        with the input's ``attrs`` (``level``, ``by``) when it had them.

    Raises
    ------
    KeyError
        A DataFrame without ``text`` or without the ``by`` column.
    TypeError
        A list holding something other than str.

    Examples
    --------
    >>> as_documents(["乡村振兴要久久为功", "创文工作要抓实抓细"]).values.tolist()
    [['doc0', 'doc0', 'all', '乡村振兴要久久为功'], ['doc1', 'doc1', 'all', '创文工作要抓实抓细']]
    >>> frame = pd.DataFrame({"speech_id": ["s1"], "campaign": ["rural"], "text": ["撂荒地整治"]})
    >>> as_documents(frame, by="campaign")[["doc_id", "group"]].values.tolist()
    [['doc0', 'rural']]
    """
    attrs: dict = {}
    if _is_corpus(obj):
        docs = documents(obj, level="paragraph", by="campaign" if by in (None, "group") else by, groups=None)
        out = docs[["doc_id", "speech_id", "group", "text"]].copy()
        attrs = dict(docs.attrs)
        if by is None:
            out["group"] = ALL
    elif isinstance(obj, pd.DataFrame):
        if "text" not in obj.columns:
            raise KeyError(f"docs must have a 'text' column; its columns are {list(obj.columns)}")
        attrs = dict(obj.attrs)
        df = obj.reset_index(drop=True)
        doc_id = df["doc_id"].astype(str) if "doc_id" in df else pd.Series([f"doc{i}" for i in range(len(df))])
        speech_id = df["speech_id"].astype(str) if "speech_id" in df else doc_id
        if by is not None and by in df.columns:
            group = df[by].astype(str)
        elif by is None or by == "group":
            group = pd.Series([ALL] * len(df))
        else:
            raise KeyError(f"unknown grouping column {by!r}; the columns are {list(df.columns)}")
        out = pd.DataFrame({"doc_id": doc_id.to_numpy(), "speech_id": speech_id.to_numpy(),
                            "group": group.to_numpy(), "text": df["text"].to_numpy()})
    else:
        texts = [obj] if isinstance(obj, str) else list(obj)
        bad = [t for t in texts if not isinstance(t, str)]
        if bad:
            raise TypeError(f"expected str documents, got {type(bad[0]).__name__}")
        ids = [f"doc{i}" for i in range(len(texts))]
        out = pd.DataFrame({"doc_id": ids, "speech_id": ids, "group": [ALL] * len(texts), "text": texts})
    out["text"] = [t if isinstance(t, str) else "" for t in out["text"]]
    out = out.reset_index(drop=True)
    out.attrs = attrs
    return out


def build_dtm(
    docs: pd.DataFrame,
    *,
    tokenizer=None,
    min_df: int | float = 1,
    max_df: int | float = 1.0,
    vocabulary=None,
) -> DocumentTermMatrix:
    """Count tokens per document with scikit-learn, tokenized by corpusmine.

    Parameters
    ----------
    docs : DataFrame
        With a ``text`` column (see :func:`documents`).
    tokenizer : Tokenizer, optional
        Default ``Tokenizer()`` (stop words removed, placeholder dropped).
    min_df, max_df, vocabulary
        As in ``CountVectorizer``.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["要抓实抓细", "要久久为功"]})
    >>> from corpusmine import Tokenizer
    >>> dtm = build_dtm(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> dtm.vocab.tolist()      # one-character 要 survives; 抓实 is a user-dictionary word
    ['久久为功', '抓实', '抓细', '要']
    """
    tok = tokenizer if tokenizer is not None else Tokenizer()
    token_lists = tok.cut_many(docs["text"].tolist())
    # the vectorizer sees pre-tokenized input: tokenization happens once, through the cache
    vec = count_vectorizer(min_df=min_df, max_df=max_df, vocabulary=vocabulary)
    X = vec.fit_transform(token_lists).tocsr().astype(np.int64)
    vocab = vec.get_feature_names_out()
    return DocumentTermMatrix(X=X, vocab=np.asarray(vocab, dtype=object), docs=docs.reset_index(drop=True))


def group_counts(dtm: DocumentTermMatrix, by: str = "group") -> pd.DataFrame:
    """Term × group table of raw counts (the input of :func:`corpusmine.stats.keyness`).

    Parameters
    ----------
    dtm : DocumentTermMatrix
        From :func:`build_dtm`.
    by : str
        Column of ``dtm.docs`` whose values are the groups (default ``group``).

    Returns
    -------
    DataFrame
        Index ``term``, one column per group (campaigns first, in
        ``CAMPAIGNS`` order, then other groups alphabetically); terms that
        occur in no group are dropped.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"group": ["rural", "civilised_city", "rural"], "text": ["抓振兴", "抓创文", "抓振兴抓落实"]})
    >>> gc = group_counts(build_dtm(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None)))
    >>> gc.columns.tolist(), gc.loc["抓"].tolist(), gc.loc["创文"].tolist()
    (['rural', 'civilised_city'], [3, 1], [0, 1])
    """
    groups, rows = _group_rows(dtm, by)
    cols = [np.asarray(dtm.X[r].sum(axis=0)).ravel() for r in rows]
    out = pd.DataFrame(np.column_stack(cols) if cols else np.zeros((len(dtm.vocab), 0)),
                       index=pd.Index(dtm.vocab, name="term"), columns=groups)
    return out[out.sum(axis=1) > 0]


def _group_rows(dtm: DocumentTermMatrix, by: str) -> tuple[list[str], list[np.ndarray]]:
    """The groups of ``dtm.docs[by]`` in display order, and the row numbers of each."""
    labels = dtm.docs[by].astype(str).to_numpy()
    groups = sort_groups(labels)
    return groups, [np.flatnonzero(labels == g) for g in groups]


def doc_frequency(dtm: DocumentTermMatrix, by: str = "group", *, unit: str | None = None) -> pd.DataFrame:
    """Term × group table: in how many documents (or distinct ``unit`` values, e.g. speech_id) a term occurs.

    Parameters
    ----------
    dtm : DocumentTermMatrix
        From :func:`build_dtm`.
    by : str
        Column of ``dtm.docs`` whose values are the groups (default ``group``).
    unit : str, optional
        Column of ``dtm.docs``: count distinct values of it (e.g. speeches)
        instead of documents.

    Returns
    -------
    DataFrame
        Index ``term`` (every term of the vocabulary), one column per group.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"speech_id": ["s1", "s2", "s1"], "group": ["rural", "civilised_city", "rural"],
    ...                      "text": ["抓振兴", "抓创文", "抓振兴抓落实"]})
    >>> dtm = build_dtm(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> doc_frequency(dtm).loc["抓"].tolist(), doc_frequency(dtm, unit="speech_id").loc["抓"].tolist()
    ([2, 1], [1, 1])
    """
    groups, group_rows = _group_rows(dtm, by)
    present = (dtm.X > 0).astype(np.int64).tocsc()
    cols = []
    for rows in group_rows:
        sub = present[rows]
        if unit is None:
            cols.append(np.asarray(sub.sum(axis=0)).ravel())
        else:
            units = dtm.docs[unit].to_numpy()[rows]
            codes, uniq = pd.factorize(units)
            agg = sparse.csr_matrix((np.ones(len(rows)), (codes, np.arange(len(rows)))), shape=(len(uniq), len(rows)))
            cols.append(np.asarray(((agg @ sub) > 0).sum(axis=0)).ravel())
    return pd.DataFrame(np.column_stack(cols), index=pd.Index(dtm.vocab, name="term"), columns=groups)


def group_sort_key(g: str) -> tuple[int, str]:
    """Sort key that puts the campaigns first, in ``CAMPAIGNS`` order, then other groups alphabetically.

    Examples
    --------
    >>> sorted(["其他", "environment", "rural"], key=group_sort_key)
    ['rural', 'environment', '其他']
    """
    return (CAMPAIGNS.index(g) if g in CAMPAIGNS else len(CAMPAIGNS), g)


def sort_groups(groups) -> list[str]:
    """The distinct groups in display order (see :func:`group_sort_key`).

    Examples
    --------
    >>> sort_groups(["2010年代", "civilised_city", "rural", "civilised_city"])
    ['rural', 'civilised_city', '2010年代']
    """
    return sorted(set(groups), key=group_sort_key)


def tfidf_top_terms(
    dtm: DocumentTermMatrix, by: str = "group", n: int = 20, *, min_count: int = 2, unit: str | None = "speech_id"
) -> pd.DataFrame:
    """Top TF-IDF terms per group, the IDF computed on this corpus's documents.

    Term frequencies are summed within each group (the group is treated as
    one document: "grouped" TF-IDF), the IDF is scikit-learn's smoothed IDF
    over the *documents* of ``dtm`` (``ln((1 + n) / (1 + df)) + 1``), so a term
    used in every speech scores low however often it is said.

    Parameters
    ----------
    dtm : DocumentTermMatrix
        From :func:`build_dtm`.
    by : str
        Column of ``dtm.docs`` whose values are the groups (default ``group``).
    n : int
        How many terms per group.
    min_count : int
        Leave out terms said fewer than this many times in the group.
    unit : str or None
        Column of ``dtm.docs`` counted for ``n_units`` (default ``speech_id``);
        ignored when ``dtm.docs`` has no such column.

    Returns
    -------
    DataFrame
        Tidy: ``group, rank, term, tfidf, count, doc_freq, idf`` and, when
        ``unit`` names a column of ``dtm.docs`` (default ``speech_id``),
        ``n_units`` = in how many distinct units (speeches) of the group the
        term occurs; ``tfidf`` is the L2-normalised grouped tf·idf weight.

    Examples
    --------
    >>> from corpusmine import Tokenizer
    >>> docs = pd.DataFrame({"group": ["rural", "civilised_city", "rural"], "text": ["抓振兴", "抓创文", "抓振兴抓落实"]})
    >>> dtm = build_dtm(docs, tokenizer=Tokenizer(remove_stopwords=False, cache_dir=None))
    >>> tfidf_top_terms(dtm, n=1, min_count=1)[["group", "term", "count"]].values.tolist()
    [['rural', '抓', 3], ['civilised_city', '创文', 1]]
    """
    n_docs = dtm.X.shape[0]
    df = np.asarray((dtm.X > 0).sum(axis=0)).ravel()
    idf = np.log((1 + n_docs) / (1 + df)) + 1.0
    counts = group_counts(dtm, by=by)
    idf_s = pd.Series(idf, index=dtm.vocab)
    dfreq = pd.Series(df, index=dtm.vocab)
    has_unit = unit is not None and unit in dtm.docs.columns
    units = doc_frequency(dtm, by=by, unit=unit) if has_unit else None
    rows = []
    for g in counts.columns:
        c = counts[g]
        w = c * idf_s.loc[c.index]
        norm = np.sqrt((w ** 2).sum()) or 1.0
        w = (w / norm)[c >= min_count].sort_values(ascending=False, kind="mergesort")
        top = w.head(n)
        for rank, (term, val) in enumerate(top.items(), start=1):
            row = {"group": g, "rank": rank, "term": term, "tfidf": round(float(val), 6),
                   "count": int(c[term]), "doc_freq": int(dfreq[term]), "idf": round(float(idf_s[term]), 6)}
            if has_unit:
                row["n_units"] = int(units.at[term, g])
            rows.append(row)
    cols = ["group", "rank", "term", "tfidf", "count", "doc_freq", "idf"] + (["n_units"] if has_unit else [])
    return pd.DataFrame(rows, columns=cols)
