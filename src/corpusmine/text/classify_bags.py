"""Bags of words of the classifier's development pages: what a refit can start from when the texts are gone.

The page texts belong to their sites and are not shipped (``data/classifier_pages.tsv`` lists only
URLs and labels), and a session's downloaded copies are temporary: the 1,828 pages the round-14
model was fitted on were lost with their folder.  ``data/classifier_bags.tsv.gz`` keeps, for every
page collected since, a **bag of words**: the Tokenizer's words of the cleaned body with their counts
(stopwords, numbers and non-Chinese tokens dropped by the Tokenizer's default filters), written in
count order, so that neither the order of the words nor any sentence can be read back.  Columns:
``url``, ``label``, ``host`` (the site, for grouped folds and the vocabulary rule), ``round`` (the
collection the page came from), ``bag`` (``word:count`` pairs separated by spaces) and ``lexicon``
(the lexicon model's four log-probabilities of the body, ``class:value``, as the lexicon stood when
the page was collected: the learned model's other four features, which a bag cannot give back).

A bag gives back what the vocabulary rule needs (on how many pages and sites a word occurs,
:func:`corpusmine.text.classify_fit.select_vocab`) and the counts of the vocabulary words that are
Tokenizer words (:func:`bag_counts`); it cannot give back the lexicon's verdict, which matches terms
on the running text (hence the ``lexicon`` column, valid while ``campaigns.yaml`` is unchanged), nor
counts of model words that cross a Tokenizer boundary.  Building a bag needs
a ``tokenize`` callable (``Tokenizer(cache_dir=None).cut``), passed in, so that the text stage does not
import the tokens stage.

Examples
--------
>>> bag = bag_of_words("推进乡村振兴,乡村振兴要抓产业。", lambda t: ["推进", "乡村振兴", "乡村振兴", "产业"])
>>> format_bag(bag)
'乡村振兴:2 产业:1 推进:1'
>>> parse_bag(format_bag(bag)) == bag
True
"""

from __future__ import annotations

import gzip
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpusmine import config
from corpusmine.schema import CAMPAIGN_LABELS
from corpusmine.text.classify_model import CLASSES, token_vector

#: The shipped bags: one row per development page collected since round 16 (rounds ``16``, ``d17A``-``d17C``
#: and ``d21``, the held-out rounds ``h16``-``h31`` once measured, and ``n136-183`` to ``n226``: the pages of the
#: cleaner's held-out rounds labelled blind as natural mixes); the round-33 refit was fitted on the 4,957 before n220.
BAGS_FILE: Path = config.DATA_DIR / "classifier_bags.tsv.gz"

_COLUMNS = ["url", "label", "host", "round", "bag", "lexicon"]


@dataclass(frozen=True)
class PageBag:
    """One development page as a bag of words.

    Parameters
    ----------
    url, label, host, round : str
        The page, its campaign label, its site and the collection round.
    bag : dict of str to int
        Tokenizer word -> count in the cleaned body.
    lexicon : dict of str to float
        The lexicon model's log-probability of each class for the body (empty when not recorded).

    Examples
    --------
    >>> p = PageBag("https://a.example/1", "environment", "a.example", "16", {"人居环境": 2, "整治": 1})
    >>> sum(p.bag.values()), p.lexicon
    (3, {})
    """

    url: str
    label: str
    host: str
    round: str
    bag: dict[str, int]
    lexicon: dict[str, float] = field(default_factory=dict)


def bag_of_words(text: str, tokenize) -> dict[str, int]:
    """Count the words ``tokenize`` gives for ``text`` (a word with a space or a colon is left out).

    Examples
    --------
    >>> bag_of_words("文明城市", lambda t: ["文明城市", "a b", "x:y", "文明城市"])
    {'文明城市': 2}
    """
    return dict(Counter(w for w in tokenize(text) if w and not any(c.isspace() or c == ":" for c in w)))


def format_bag(bag: dict[str, int]) -> str:
    """``word:count`` pairs, most frequent first, ties in code-point order (no trace of the text's order).

    Examples
    --------
    >>> format_bag({"乙": 1, "甲": 1, "丙": 3})
    '丙:3 乙:1 甲:1'
    """
    return " ".join(f"{w}:{n}" for w, n in sorted(bag.items(), key=lambda kv: (-kv[1], kv[0])))


def parse_bag(cell: str) -> dict[str, int]:
    """Read a ``bag`` cell back.

    Examples
    --------
    >>> parse_bag("文明城市:2 测评:1")
    {'文明城市': 2, '测评': 1}
    >>> parse_bag("")
    {}
    """
    out: dict[str, int] = {}
    for pair in cell.split():
        word, _, n = pair.rpartition(":")
        if not word or not n.isdigit():
            raise ValueError(f"bag entry {pair!r} is not word:count")
        out[word] = int(n)
    return out


def bag_counts(bag: dict[str, int], vocab) -> dict[str, int]:
    """The counts of a model vocabulary's words that a bag holds (words the Tokenizer gives whole).

    Examples
    --------
    >>> bag_counts({"乡村振兴": 2, "产业": 1}, {"乡村振兴", "人居环境"})
    {'乡村振兴': 2}
    """
    return {w: n for w, n in bag.items() if w in vocab}


def write_bags(path: Path | str, pages: list[PageBag]) -> None:
    """Write a gzipped TSV of bags, byte-for-byte reproducible (no time stamp in the gzip header).

    Examples
    --------
    >>> import tempfile
    >>> pages = [PageBag("https://a.example/1", "rural", "a.example", "16", {"乡村振兴": 2}, {"rural": -0.01})]
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_bags(Path(d, "b.tsv.gz"), pages)
    ...     load_bags(Path(d, "b.tsv.gz")) == pages
    True
    """
    rows = ["\t".join(_COLUMNS)]
    for p in pages:
        lex = " ".join(f"{c}:{v:.4f}" for c, v in p.lexicon.items())
        cells = [p.url, p.label, p.host, p.round, format_bag(p.bag), lex]
        if any("\t" in c or "\n" in c for c in cells):
            raise ValueError(f"{p.url!r}: a cell holds a tab or a line break")
        rows.append("\t".join(cells))
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(rows) + "\n").encode("utf-8"))


def load_bags(path: Path | str | None = None) -> list[PageBag]:
    """Read the bags file; errors name the file and the line.

    Examples
    --------
    >>> bags = load_bags()
    >>> len(bags) > 0, {b.label for b in bags} <= set(CAMPAIGN_LABELS)
    (True, True)
    >>> all(sum(b.bag.values()) > 0 for b in bags)
    True
    >>> any("文明城市" in b.bag for b in bags if b.label == "civilised_city")
    True
    """
    p = Path(path) if path is not None else BAGS_FILE
    if not p.is_file():
        raise FileNotFoundError(f"{p}: bags file not found")
    with gzip.open(p, "rt", encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if not lines or lines[0].split("\t") != _COLUMNS:
        raise ValueError(f"{p}: line 1: expected the columns {' '.join(_COLUMNS)}")
    out: list[PageBag] = []
    seen: set[str] = set()
    for i, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(_COLUMNS):
            raise ValueError(f"{p}: line {i}: expected {len(_COLUMNS)} tab-separated cells, got {len(cells)}")
        url, label, host, rnd, cell, lex = cells
        if label not in CAMPAIGN_LABELS:
            raise ValueError(f"{p}: line {i}: unknown label {label!r}")
        if url in seen:
            raise ValueError(f"{p}: line {i}: URL listed twice")
        seen.add(url)
        try:
            bag = parse_bag(cell)
            lexicon = {c: float(v) for c, _, v in (x.rpartition(":") for x in lex.split())}
        except ValueError as e:
            raise ValueError(f"{p}: line {i}: {e}") from None
        out.append(PageBag(url, label, host, rnd, bag, lexicon))
    return out


def design_from_bags(pages: list[PageBag], vocab: list[str]):
    """The learned model's feature matrix rebuilt from bags (no text): what a refit can use when texts are gone.

    Token features are the bags' counts of the vocabulary words (:func:`bag_counts`), ``1 + log c``
    at unit length as in :func:`corpusmine.text.classify_fit.design`; the last four columns are the
    recorded lexicon log-probabilities.  It equals ``design`` on the text wherever every vocabulary
    word the text holds is one Tokenizer word there (a model word the Tokenizer splits is not seen).

    Examples
    --------
    >>> p = PageBag("https://a.example/1", "rural", "a.example", "16", {"乡村振兴": 2, "产业": 1},
    ...             {"rural": -0.01, "civilised_city": -6.0, "environment": -5.0, "other": -4.7})
    >>> X = design_from_bags([p], ["乡村振兴", "人居环境"])
    >>> X.shape, float(X[0, 0]), X[0, 2:].tolist()
    ((1, 6), 1.0, [-0.01, -6.0, -5.0, -4.7])
    """
    import numpy as np

    pos = {t: j for j, t in enumerate(vocab)}
    X = np.zeros((len(pages), len(vocab) + len(CLASSES)))
    for i, p in enumerate(pages):
        if set(p.lexicon) != set(CLASSES):
            raise ValueError(f"{p.url}: no lexicon log-probabilities recorded")
        for t, x in token_vector(bag_counts(p.bag, pos)).items():
            X[i, pos[t]] = x
        X[i, len(vocab):] = [p.lexicon[c] for c in CLASSES]
    return X


def join_bags(pages: list[PageBag], per_class: int, join: int = 8, seed: int = 0) -> list[PageBag]:
    """Long-text augmentation from bags: per class, ``per_class`` bags each summing ``join`` of that class's bags.

    The counts of a joined text are the sums of its parts' counts (a word across a seam aside);
    its lexicon features, which a bag cannot give back, are **approximated** by the log of the mean
    of the parts' probabilities (the lexicon scores per 1,000 characters, so a joined text's
    verdict lies between its parts').  Draws as
    :func:`corpusmine.text.classify_fit.long_text_augmentation` (numpy ``default_rng(seed)``).

    Examples
    --------
    >>> lp = {"rural": math.log(0.7), "civilised_city": math.log(0.1), "environment": math.log(0.1), "other": math.log(0.1)}
    >>> a = PageBag("u1", "rural", "a.cn", "16", {"乡村振兴": 2}, lp)
    >>> b = PageBag("u2", "rural", "b.cn", "16", {"乡村振兴": 1, "产业": 1}, {**lp, "rural": math.log(0.5), "other": math.log(0.3)})
    >>> j = join_bags([a, b], 1, join=2)[0]
    >>> j.bag, j.label, round(math.exp(j.lexicon["rural"]), 2)
    ({'乡村振兴': 3, '产业': 1}, 'rural', 0.6)
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    out: list[PageBag] = []
    for c in sorted({CLASSES.index(p.label) for p in pages}):
        idx = [i for i, p in enumerate(pages) if p.label == CLASSES[c]]
        for k in range(per_class):
            pick = rng.choice(idx, size=min(join, len(idx)), replace=False)
            bag: Counter = Counter()
            for i in pick:
                bag.update(pages[i].bag)
            lex = {x: math.log(max(sum(math.exp(pages[i].lexicon[x]) for i in pick) / len(pick), 1e-12)) for x in CLASSES}
            out.append(PageBag(f"(joined {CLASSES[c]} {k})", CLASSES[c], "(joined)", "joined", dict(bag), lex))
    return out
