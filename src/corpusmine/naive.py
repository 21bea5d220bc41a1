"""What a naive pipeline gets wrong on a corpus of scraped speech pages, measured (the tutorial's section 8).

A naive pipeline reads the raw pages as they are, cuts them with stock jieba
(HMM on) and counts; to be fair it gets corpusmine's stop list and drops
punctuation and numbers too.  :class:`NaiveComparison` measures five
problems with both pipelines (boilerplate, Traditional/Simplified script,
split domain terms, length filters, tofu glyphs) and collects one row per
measure: ``problem, measure, naive, corpusmine, example``.

Examples
--------
>>> from corpusmine.tokens.tokenizer import Tokenizer
>>> naive_words("要把人居环境整治抓实抓细,2023年底前完成", Tokenizer(cache_dir=None).stopwords_)
['人居', '环境', '整治', '抓实', '抓细', '年底', '前', '完成']
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from corpusmine import config
from corpusmine.features import build_dtm
from corpusmine.text import decode
from corpusmine.text.clean import convert_script
from corpusmine.tokens.tokenizer import is_number, is_punctuation
from corpusmine.viz.plots import use_cjk_font

__all__ = ["naive_words", "NaiveComparison"]

_IS_MARK = re.compile(r"(20)?[xX×]+|〔某〕").fullmatch


def naive_words(text: str, stopwords, hmm: bool = True) -> list[str]:
    """Stock jieba (HMM on, jieba's default), then spaces, punctuation, numbers and ``stopwords`` dropped.

    Parameters
    ----------
    text : str
    stopwords : collection of str
    hmm : bool

    Returns
    -------
    list of str

    Examples
    --------
    >>> naive_words("推进乡村振兴。", set())
    ['推进', '乡村', '振兴']
    """
    import jieba

    return [w for w in jieba.lcut(text, HMM=hmm)
            if w.strip() and not is_punctuation(w) and not is_number(w) and w not in stopwords]


def _top_tfidf(token_lists, n):
    """Top-n words of each document by TF-IDF; tokens are given, so nothing is dropped by length."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(analyzer=lambda ws: ws).fit(token_lists)
    W, vocab = X.transform(token_lists).toarray(), X.get_feature_names_out()
    return [list(vocab[np.lexsort((vocab, -row))][:n]) for row in W]


@dataclass
class NaiveComparison:
    """The raw pages cut by both pipelines, and the measured rows.

    Parameters
    ----------
    corpus : Corpus
        Its speeches (every one, excluded too, as on the pages) and audit.
    tokenizer : Tokenizer
        corpusmine's Tokenizer (its stop list is given to the naive pipeline too).
    raw_dir : path-like, optional
        The raw pages (default ``config.RAW_DIR``).

    Attributes
    ----------
    rows : list of dict
        One per measure.

    Examples
    --------
    >>> from corpusmine.corpus.build import load_corpus
    >>> from corpusmine.tokens.tokenizer import Tokenizer
    >>> nc = NaiveComparison(load_corpus(), Tokenizer())
    >>> nc.naive_count["环境"] > 0 and nc.cm_count["環境"] == 0
    True
    """

    corpus: object
    tokenizer: object
    raw_dir: object = None
    rows: list = field(default_factory=list)

    def __post_init__(self):
        import jieba

        jieba.setLogLevel(logging.WARNING)  # jieba otherwise logs the loading of its dictionary
        raw_dir = config.RAW_DIR if self.raw_dir is None else self.raw_dir
        tok = self.tokenizer
        self.pages = {p.name: decode.read_text(p).text for p in decode.list_raw_files(raw_dir)}
        self.naive_pages = {f: naive_words(t, tok.stopwords_) for f, t in self.pages.items()}
        # corpusmine: the cleaned text of every speech of the page (excluded speeches too, as on the page)
        self.cm_pages = {f: [w for ws in tok.cut_many(g["text"].tolist()) for w in ws]
                         for f, g in self.corpus.speeches.groupby("source_file")}
        self.naive_count = Counter(w for ws in self.naive_pages.values() for w in ws)
        self.cm_count = Counter(w for ws in self.cm_pages.values() for w in ws)

    def measured(self, problem, measure, naive, corpusmine, example=""):
        """Add one row.

        Examples
        --------
        >>> nc = NaiveComparison.__new__(NaiveComparison); nc.rows = []
        >>> nc.measured("3 split terms 术语切分", "乡村振兴 kept whole", 0, 14).table()["corpusmine"].tolist()
        [14]
        """
        self.rows.append({"problem": problem, "measure": measure, "naive": int(naive),
                          "corpusmine": int(corpusmine), "example": example})
        return self

    def table(self, problem: str | None = None) -> pd.DataFrame:
        """The rows measured so far (of one ``problem``, or all).

        Examples
        --------
        >>> nc = NaiveComparison.__new__(NaiveComparison); nc.rows = []
        >>> list(nc.measured("5 tofu 豆腐块", "glyphs", 40, 0).table().columns)
        ['problem', 'measure', 'naive', 'corpusmine', 'example']
        """
        df = pd.DataFrame(self.rows, columns=["problem", "measure", "naive", "corpusmine", "example"])
        return df if problem is None else df[df["problem"] == problem]

    def summary(self) -> str:
        """Word tokens counted by each pipeline.

        Examples
        --------
        >>> nc = NaiveComparison.__new__(NaiveComparison)
        >>> nc.naive_count, nc.cm_count = Counter({"环境": 3}), Counter({"环境": 2})
        >>> nc.summary()
        'word tokens: naive 3, corpusmine 2'
        """
        return f"word tokens: naive {sum(self.naive_count.values()):,}, corpusmine {sum(self.cm_count.values()):,}"

    def boilerplate(self, top_n: int = 20) -> str:
        """(1) page chrome counted as speech; returns the lines the tutorial prints.

        Examples
        --------
        >>> from corpusmine.corpus.build import load_corpus
        >>> from corpusmine.tokens.tokenizer import Tokenizer
        >>> nc = NaiveComparison(load_corpus(), Tokenizer())
        >>> "chrome-inflated" in nc.boilerplate() and len(nc.table("1 boilerplate 网页杂质")) == 5
        True
        """
        naive_count, cm_count, tok = self.naive_count, self.cm_count, self.tokenizer
        audit = self.corpus.audit
        chrome = audit[(audit["action"] == "remove") & ~audit["rule"].isin(["whitespace", "stray_space", "sentence_break"])]
        chrome_count = Counter(w for text in chrome.groupby("source_file")["removed"].agg("\n".join)
                               for w in naive_words(text, tok.stopwords_))
        chrome_only = sorted((w for w in chrome_count if chrome_count[w] == naive_count[w]),
                             key=lambda w: (-naive_count[w], w))
        is_mark = _IS_MARK
        inflated = {w for w in chrome_count if 2 * chrome_count[w] >= naive_count[w]} | {w for w in naive_count
                                                                                          if is_mark(w)}
        files = sorted(self.pages)
        naive_top = dict(zip(files, _top_tfidf([self.naive_pages[f] for f in files], top_n)))
        cm_top = dict(zip(files, _top_tfidf([self.cm_pages[f] for f in files], top_n)))
        hits = {f: [w for w in naive_top[f] if w in inflated] for f in files}
        out = [" ".join(map(str, ["chrome-inflated words in each page's top", top_n, "(naive):",
                                  {f[:3]: h for f, h in hits.items()}])),
               " ".join(map(str, ["… with corpusmine:", {f[:3]: [w for w in cm_top[f] if w in inflated]
                                                          for f in files}]))]
        P = "1 boilerplate 网页杂质"
        self.measured(P, "word tokens counted from page chrome and repeated titles", sum(chrome_count.values()), 0,
                      "removed before counting; every removal is an audit row")
        self.measured(P, "word types that exist only in page chrome", len(chrome_only), 0, " ".join(chrome_only[:8]))
        self.measured(P, "anonymisation marks counted as words (xx, XX, 20xx …)",
                      sum(n for w, n in naive_count.items() if is_mark(w)),
                      sum(n for w, n in cm_count.items() if is_mark(w)),
                      f"xx {naive_count['xx']}; corpusmine maps every mark to 〔某〕 and never counts it")
        self.measured(P, f"chrome-inflated words in each page's TF-IDF top {top_n} (5 pages)",
                      sum(map(len, hits.values())), sum(w in inflated for f in files for w in cm_top[f]),
                      " ".join(w for h in hits.values() for w in h))
        self.measured(P, "chrome-inflated words in the corpus top 50",
                      sum(w in inflated for w, _ in naive_count.most_common(50)),
                      sum(w in inflated for w, _ in cm_count.most_common(50)))
        return "\n".join(out)

    def _script_split(self, count):
        tok = self.tokenizer
        simple = {w: convert_script(w, "t2s") for w in count}
        traditional = {w for w, s in simple.items() if s != w}
        pairs = sorted((w for w in traditional if simple[w] in count), key=lambda w: (-count[w], w))
        missed_stop = sum(count[w] for w in traditional if w not in tok.stopwords_ and simple[w] in tok.stopwords_)
        return pairs, sum(count[w] for w in traditional), missed_stop

    def script(self) -> str:
        """(2) Traditional and Simplified spellings counted apart.

        Examples
        --------
        >>> from corpusmine.corpus.build import load_corpus
        >>> from corpusmine.tokens.tokenizer import Tokenizer
        >>> nc = NaiveComparison(load_corpus(), Tokenizer())
        >>> nc.script().startswith("most frequent split words (naive):")
        True
        """
        naive_count, cm_count = self.naive_count, self.cm_count
        naive_pairs, naive_trad, naive_missed = self._script_split(naive_count)
        cm_pairs, cm_trad, cm_missed = self._script_split(cm_count)
        out = "most frequent split words (naive): " + ", ".join(
            f"{w} {naive_count[w]} + {convert_script(w, 't2s')} {naive_count[convert_script(w, 't2s')]}"
            for w in naive_pairs[:8])
        P = "2 script 繁简"
        self.measured(P, "word types counted twice, under a Traditional and a Simplified spelling", len(naive_pairs),
                      len(cm_pairs),
                      f"環境 {naive_count['環境']} + 环境 {naive_count['环境']} (naive) vs 环境 {cm_count['环境']}")
        self.measured(P, "word tokens counted under a Traditional spelling", naive_trad, cm_trad)
        self.measured(P, "Traditional stop words missed by the Simplified stop list (tokens)", naive_missed, cm_missed,
                      ", ".join(f"{w} {naive_count[w]}" for w in ["對", "為", "與"] if naive_count[w]))
        return out

    def split_terms(self, terms) -> pd.DataFrame:
        """(3) domain terms cut into pieces by stock jieba; returns this problem's rows.

        Examples
        --------
        >>> from corpusmine.corpus.build import load_corpus
        >>> from corpusmine.tokens.tokenizer import Tokenizer
        >>> nc = NaiveComparison(load_corpus(), Tokenizer())
        >>> nc.split_terms(["乡村振兴"])["example"].iloc[0]
        'stock jieba: 乡村 / 振兴'
        """
        import jieba

        all_texts = self.corpus.speeches["text"].tolist()
        stock = [jieba.lcut(t) for t in all_texts]                        # stock jieba, default settings
        ours = [self.tokenizer.raw_tokens(t) for t in all_texts]
        P = "3 split terms 术语切分"
        for term in terms:
            n = sum(t.count(term) for t in all_texts)
            clause = next(c for t in all_texts for c in re.split(r"[,，。;；、:：\n]", t) if term in c)
            pos = clause.index(term)  # the stock-jieba words covering the first occurrence:
            how = " / ".join(w for w, s, e in jieba.tokenize(clause) if s < pos + len(term) and e > pos)
            self.measured(P, f"{term}: occurrences kept as one word (of {n} in the text)",
                          sum(ws.count(term) for ws in stock), sum(ws.count(term) for ws in ours),
                          f"stock jieba: {how}")
        return self.table(P)

    def length_filter(self, docs: pd.DataFrame, tok_keep, terms) -> pd.DataFrame:
        """(4) one-character words lost to default length filters, and unsegmented text; returns the rows.

        Parameters
        ----------
        docs : DataFrame
            The campaign documents (``text``).
        tok_keep : Tokenizer
            A Tokenizer that keeps stop words.
        terms : sequence of str
            Its first term is counted on unsegmented text.

        Examples
        --------
        >>> from corpusmine.corpus.build import load_corpus
        >>> from corpusmine.features import documents
        >>> from corpusmine.tokens.tokenizer import Tokenizer
        >>> corpus = load_corpus()
        >>> nc = NaiveComparison(corpus, Tokenizer())
        >>> len(nc.length_filter(documents(corpus), Tokenizer(remove_stopwords=False), ["乡村振兴"]))
        6
        """
        from sklearn.feature_extraction.text import CountVectorizer
        from wordcloud import WordCloud

        tok = self.tokenizer
        keep_tokens = tok_keep.cut_many(docs["text"].tolist())
        kept = Counter(w for ws in keep_tokens for w in ws)
        sk_vocab = set(CountVectorizer().fit([" ".join(ws) for ws in keep_tokens]).vocabulary_)  # default pattern
        cm_vocab = set(build_dtm(docs, tokenizer=tok_keep).vocab)
        lost = sorted((w for w in kept if w.lower() not in sk_vocab), key=lambda w: (-kept[w], w))
        lost_content = [w for w in lost if w not in tok.stopwords_]
        wc_words = WordCloud(collocations=False).process_text(" ".join(w for ws in keep_tokens for w in ws))
        one_char = {w for w in kept if len(w) == 1}

        unsegmented = CountVectorizer().fit(docs["text"])
        features = unsegmented.get_feature_names_out()
        wc_unseg = WordCloud(collocations=False).process_text("\n".join(docs["text"]))
        n_term = sum(t.count(terms[0]) for t in docs["text"])

        P = "4 length filter 单字词"
        self.measured(P, "word types lost by CountVectorizer's default token_pattern", len(lost),
                      len(set(kept) - cm_vocab),
                      ", ".join(f"{w} {kept[w]}" for w in dict.fromkeys(lost[:3] + lost_content[:4] + ["抓", "严"])
                                if w in lost))
        self.measured(P, "word tokens lost by CountVectorizer's default token_pattern", sum(kept[w] for w in lost),
                      sum(n for w, n in kept.items() if w not in cm_vocab))
        self.measured(P, "one-character word types lost by WordCloud().process_text (wordcloud 1.9 default)",
                      len(one_char - set(wc_words)), len(one_char - cm_vocab), "min_word_length=0 keeps them")
        self.measured(P, f"CountVectorizer on unsegmented text: features of 5+ characters (of {len(features):,})",
                      sum(len(f) >= 5 for f in features), sum(len(w) >= 5 for w in cm_vocab),
                      ", ".join(features[100:103]))
        self.measured(P, f"WordCloud on unsegmented text: 'words' of 5+ characters (of {len(wc_unseg):,})",
                      sum(len(w) >= 5 for w in wc_unseg), sum(len(w) >= 5 for w in cm_vocab))
        self.measured(P, f"{terms[0]} counted as a feature from unsegmented text (of {n_term} occurrences)",
                      unsegmented.transform(docs["text"])[:, unsegmented.vocabulary_[terms[0]]].sum()
                      if terms[0] in unsegmented.vocabulary_ else 0,
                      kept[terms[0]])
        return self.table(P)

    def tofu(self, counts: pd.DataFrame, top_terms) -> str:
        """(5) Chinese drawn as boxes with matplotlib's default font, measured by its warnings.

        Parameters
        ----------
        counts : DataFrame
            Term × group counts.
        top_terms : sequence of str
            The words of the chart.

        Examples
        --------
        >>> nc = NaiveComparison.__new__(NaiveComparison); nc.rows = []
        >>> c = pd.DataFrame({"environment": [231, 119]}, index=["环境", "城乡"])
        >>> "CJK font: 0" in nc.tofu(c, ["环境", "城乡"])
        True
        """
        import matplotlib as mpl
        from matplotlib.figure import Figure

        def missing_glyphs():
            fig = Figure(figsize=(8, 5))  # not shown, not saved: drawn into memory only
            ax = fig.subplots()
            ax.barh(range(len(top_terms)), counts.loc[top_terms].sum(axis=1))
            ax.set_yticks(range(len(top_terms)), top_terms)
            ax.set_title("清洗后的高频词 Top words after cleaning")
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                fig.savefig(io.BytesIO(), format="png")
            return [str(w.message) for w in caught if "missing from font" in str(w.message)]

        with mpl.rc_context({"font.family": ["sans-serif"], "font.sans-serif": mpl.rcParamsDefault["font.sans-serif"]}):
            tofu = missing_glyphs()
        use_cjk_font()
        fine = missing_glyphs()
        n_chars = len(set("".join(top_terms) + "清洗后的高频词"))
        out = [f"default font: {len(tofu)} warnings, {len(set(tofu))} distinct glyphs missing; CJK font: {len(fine)}"]
        if tofu:
            out.append(" ".join(["e.g. the character", chr(int(re.search(r"\d+", tofu[0]).group())),
                                 "has no glyph in DejaVu Sans"]))
        P = "5 tofu 豆腐块"
        self.measured(P, "'Glyph … missing' warnings when drawing the top-word chart", len(tofu), len(fine),
                      "matplotlib default font DejaVu Sans")
        self.measured(P, f"distinct Chinese characters drawn as boxes (of {n_chars})", len(set(tofu)), len(set(fine)))
        return "\n".join(out)
