"""Interactive exploration pages: a term explorer per comparison and a topic browser.

Both pages are single, self-contained HTML files that work offline: every
script, style and datum is inlined (no CDN, no ``fetch``), so a reader can open
them from a folder or an e-mail attachment without Python or a network.

* :func:`term_explorer` — one comparison (a campaign against the rest, or
  against one other campaign).  An SVG scatter places every embedded term by
  its rate per 10,000 tokens in the reference (x) and the target (y), both on
  log scales; colour is the weighted log-odds z of Monroe, Colaresi & Quinn
  (2008), dot area the number of speeches using the term (dispersion: template
  copies are not independent evidence).  A search box highlights terms;
  clicking a term lists its keyword-in-context passages (the literal,
  non-overlapping matches that :func:`corpusmine.stats.phrases.kwic` finds) with the
  speech title and campaign, and a click on a passage shows its whole
  paragraph.  The idea of placing terms by
  their frequency in two corpora and linking each to its contexts follows
  Kessler's *Scattertext* (2017); the page here is written for corpusmine's own
  tokens and statistics.
* :func:`topic_browser` — the LDAvis view of a fitted topic model (Sievert &
  Shirley 2014, through the ``pyLDAvis`` package, topic order kept) with a
  table of per-campaign topic prevalence (:func:`corpusmine.stats.topics.topic_prevalence`).

:func:`write_term_explorers` and :func:`write_topic_browser` write the pages
(by default to ``figures/html/``); notebooks 03 and 04 call them.

Size.  A term explorer embeds at most ``max_terms`` terms and
``max_passages`` passages per term, plus the text of the documents those
passages come from (each document once), so a page stays small however large
the corpus is.  The topic browser holds ``R`` terms per topic and λ step.

Code.  The page builders live in :mod:`~corpusmine.viz.terms_page` and
:mod:`~corpusmine.viz.topics_page`, what they share in
:mod:`~corpusmine.viz.pages`, and the HTML, CSS and JavaScript in the package
data folder ``corpusmine/viz/templates/``; this module gathers the public names.

Safety.  Every text from the data (group names, titles, terms, passages)
reaches a page as escaped HTML or inside a JSON island read with
``JSON.parse`` and shown with ``textContent``; file names made from group
names go through :func:`corpusmine.viz.save.slug` and stay inside the output
folder; pages are written atomically.

Determinism.  The same input gives the same bytes: no random ids, no dates,
numbers rounded to fixed significant digits, ties broken by term.

References
----------
Kessler, J. S. (2017). Scattertext: a browser-based tool for visualizing how
corpora differ. *Proceedings of ACL 2017, System Demonstrations*, 85-90.

Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words: lexical
feature selection and evaluation for identifying the content of political
conflict. *Political Analysis* 16(4), 372-403.

Sievert, C. & Shirley, K. (2014). LDAvis: A method for visualizing and
interpreting topics. *Workshop on Interactive Language Learning,
Visualization, and Interfaces*, 63-70.

Chuang, J., Manning, C. D. & Heer, J. (2012). Termite: visualization
techniques for assessing textual topic models. *AVI 2012*, 74-77.

Examples
--------
>>> from corpusmine.viz import explore
>>> [explore.explorer_filename(t, r) for t, r in explore.comparisons(["rural", "civilised_city"])]  # 乡村振兴, 创文
['03_terms_rural_vs_rest.html', '03_terms_civilised_city_vs_rest.html', '03_terms_rural_vs_civilised_city.html']

In a notebook: ``explore.write_term_explorers(cm.load_corpus())`` writes the
six pages of the three campaigns to ``figures/html/``.
"""

from __future__ import annotations

from pathlib import Path

from corpusmine import config
from corpusmine.viz.pages import REST, json_script
from corpusmine.viz.save import slug
from corpusmine.viz.terms_page import (TERMS_PREFIX, comparisons, explorer_filename, select_passages, term_explorer,
                                       term_explorer_data, write_term_explorers)
from corpusmine.viz.topics_page import TOPICS_NAME, topic_browser, topic_browser_data, write_topic_browser

__all__ = [
    "REST",
    "TERMS_PREFIX",
    "TOPICS_NAME",
    "comparisons",
    "explorer_filename",
    "json_script",
    "select_passages",
    "slug",
    "term_explorer_data",
    "term_explorer",
    "write_term_explorers",
    "topic_browser_data",
    "topic_browser",
    "write_topic_browser",
]

#: Default folder of the pages when this module was imported (the writers read
#: ``config.FIGURES_DIR`` at call time: see :func:`corpusmine.viz.pages.html_dir`).
HTML_DIR: Path = config.FIGURES_DIR / "html"
