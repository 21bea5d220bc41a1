"""Multi-word expressions of Chinese speeches, in one namespace.

The methods live in four modules, each on one concern; this module gathers
their public functions so that ``from corpusmine.stats import phrases`` gives
the whole toolkit:

* :mod:`corpusmine.stats.ngrams`: n-grams, collocations (PMI, NPMI, G²) and
  gensim phrases, built inside segments that never cross punctuation;
* :mod:`corpusmine.stats.formulas`: quoted slogans and terms, numbered
  formulas (数字概括: 五清, 三区三线, 六稳六保);
* :mod:`corpusmine.stats.parallelism`: 排比 runs and their rate per group;
* :mod:`corpusmine.stats.concordance`: keyword in context.

Examples
--------
>>> kwic(["要抓好村社“五清”、场镇“四定”工作。"], "五清", window=5)[["left", "keyword", "right"]].values.tolist()
[['抓好村社“', '五清', '”、场镇“']]
"""

from __future__ import annotations

from corpusmine.features import ALL
from corpusmine.stats.concordance import format_kwic, kwic
from corpusmine.stats.formulas import (
    NOT_FORMULA_AFTER,
    NOT_FORMULA_BEFORE,
    NUMERALS,
    TERM_HEADS,
    chinese_numeral_value,
    formula_lexicon,
    numbered_formulas,
    quote_kind,
    quoted_phrases,
)
from corpusmine.stats.ngrams import QUOTE_PAIRS, collocations, gensim_phrases, ngram_frequency
from corpusmine.stats.parallelism import NAME_SUFFIXES, parallelism, parallelism_summary

__all__ = [
    "ngram_frequency",
    "collocations",
    "gensim_phrases",
    "quoted_phrases",
    "quote_kind",
    "formula_lexicon",
    "numbered_formulas",
    "chinese_numeral_value",
    "parallelism",
    "parallelism_summary",
    "kwic",
    "format_kwic",
    "ALL",
    "QUOTE_PAIRS",
    "TERM_HEADS",
    "NUMERALS",
    "NOT_FORMULA_AFTER",
    "NOT_FORMULA_BEFORE",
    "NAME_SUFFIXES",
]
