"""The topic browser: LDAvis (through pyLDAvis, topic order kept) with topic prevalence by group.

See :mod:`corpusmine.viz.explore` for what the page shows and the references.

Examples
--------
>>> from corpusmine.viz import topics_page
>>> topics_page.TOPICS_NAME        # 主题浏览 page name
'04_topics'
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import __version__
from corpusmine.features import CAMPAIGNS
from corpusmine.stats.topics import topic_prevalence
from corpusmine.viz.pages import (display_colour, display_label, html_dir, json_script, nav, page, round_floats,
                                  script, sig, template, write_page)
from corpusmine.viz.save import slug

__all__ = ["TOPICS_NAME", "topic_browser", "topic_browser_data", "write_topic_browser"]

#: File name (stem) of the topic browser.
TOPICS_NAME = "04_topics"


# --------------------------------------------------------------------------- topic browser


def _pyldavis_assets() -> dict[str, str]:
    """The d3, LDAvis script and LDAvis style files shipped inside the pyLDAvis package."""
    try:
        from pyLDAvis import urls
    except ImportError as err:  # pragma: no cover - pyLDAvis is a pinned dependency
        raise ImportError("the topic browser needs pyLDAvis (pip install pyLDAvis==3.4.1)") from err
    out = {}
    for name, path in (("d3", urls.D3_LOCAL), ("ldavis", urls.LDAVIS_LOCAL), ("css", urls.LDAVIS_CSS_LOCAL)):
        text = Path(path).read_text(encoding="utf-8")
        if "</script" in text.lower() or "<!--" in text or "</style" in text.lower():
            raise ValueError(f"pyLDAvis file {Path(path).name} cannot be inlined as it stands")
        out[name] = text
    # LDAvis keeps its state in the address ("#topic=1&lambda=0.6&term=") and builds that address from
    # location.origin, which is the string "null" for a file opened from disk: the browser then refuses
    # history.replaceState().  A fragment-only address works for files and web pages alike.
    # One topic numbering: LDAvis counts topics from 1 internally (0 means "no topic"), the notebooks and
    # tables from 0.  The circles and the bar-chart title are relabelled T0, T1 …, and every change of
    # LDAvis's state is announced (event "ldavis-state") so the page can show the selected topic as Tn.
    patches = [
        ('return location.origin + location.pathname + "#topic="', 'return "#topic="'),
        ("            .text(function(d) {\n                return d.topics;\n            });",
         '            .text(function(d) {\n                return "T" + (d.topics - 1);\n            });'),
        ('Terms for Topic " + topics + " ("', 'Terms for Topic T" + (topics - 1) + " ("'),
        ("        function state_save(replace) {\n",
         "        function state_save(replace) {\n"
         '            document.dispatchEvent(new CustomEvent("ldavis-state", {detail: {topic: +vis_state.topic}}));\n'),
    ]
    for old, new in patches:
        if out["ldavis"].count(old) != 1:
            raise ValueError(f"unexpected LDAvis script: the patch of {old.strip()[:40]!r} does not apply "
                             "(pyLDAvis version?)")
        out["ldavis"] = out["ldavis"].replace(old, new)
    return out


def topic_browser_data(
    model,
    *,
    R: int = 30,
    lambda_step: float = 0.01,
) -> dict:
    """pyLDAvis's prepared data for a fitted :class:`corpusmine.stats.topics.TopicModel`, topic order kept.

    Calls ``pyLDAvis.prepare`` with the model's topic-word and document-topic
    distributions, its in-vocabulary document lengths, vocabulary and term
    counts, ``sort_topics=False`` (LDAvis topic ``n`` is model topic
    ``n - 1``), one job (no worker processes) and the default
    Jensen-Shannon PCoA layout.

    Parameters
    ----------
    model : TopicModel
        A fitted model (any method: ``topic_term_``, ``doc_topic_``,
        ``doc_lengths_``, ``vocab_``, ``counts_``).
    R : int
        Terms in each topic's bar chart (LDAvis default 30).
    lambda_step : float
        Step of the relevance slider λ.

    Returns
    -------
    dict
        LDAvis's data (``mdsDat``, ``tinfo``, ``token.table``, ``R``,
        ``lambda.step``, ``plot.opts``, ``topic.order``), floats rounded to 6
        significant digits.

    Examples
    --------
    >>> from corpusmine.stats.topics import TopicModel
    >>> tm = TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3)
    >>> topic_browser_data(tm, R=3)["topic.order"]
    [1, 2]
    """
    import pyLDAvis

    model._check_fitted()
    if not (isinstance(R, (int, np.integer)) and R >= 1):
        raise ValueError(f"R must be a positive integer, got {R!r}")
    term_frequency = np.asarray(model.counts_.sum(axis=0)).ravel().astype(np.float64)
    prepared = pyLDAvis.prepare(
        np.asarray(model.topic_term_, dtype=np.float64),
        np.asarray(model.doc_topic_, dtype=np.float64),
        np.asarray(model.doc_lengths_, dtype=np.int64),
        [str(v) for v in model.vocab_],
        term_frequency,
        R=int(R),
        lambda_step=float(lambda_step),
        n_jobs=1,
        sort_topics=False,
        start_index=1,
        plot_opts={"xlab": "PC1", "ylab": "PC2"},
    )
    return round_floats(json.loads(prepared.to_json()), 6)


def topic_browser(
    model,
    *,
    prevalence: pd.DataFrame | None = None,
    labels: Mapping[int, str] | pd.Series | None = None,
    n_boot: int = 1000,
    random_state: int = 0,
    R: int = 30,
    lambda_step: float = 0.01,
    title: str | None = None,
    links: Sequence[tuple[str, str]] | None = None,
) -> str:
    """A self-contained HTML page: the LDAvis topic browser and per-campaign topic prevalence.

    One topic numbering throughout: T0, T1, … as in the notebooks and CSV
    tables.  LDAvis counts from 1 internally (its data and the ``#topic=n``
    part of the address), but its circles, its bar-chart title and the
    selected-topic display are relabelled Tn.  Clicking a row of the
    prevalence table selects that topic in LDAvis.  LDAvis's fixed 1210-px
    drawing is scaled to the width of its box, so the page does not overflow
    a laptop screen.

    Parameters
    ----------
    model : TopicModel
        A fitted model.
    prevalence : DataFrame, optional
        From :func:`corpusmine.stats.topics.topic_prevalence` (``topic, label,
        group, prevalence, ci_low, ci_high, n_docs, n_speeches``), optionally
        with a ``unit`` column (``paragraph`` / ``speech``, as in notebook 04)
        to show both intervals.  Default: computed here, once resampling
        documents (unit ``document``) and once resampling whole speeches
        (unit ``speech``, when the documents have a ``speech_id``).
    n_boot, random_state : int
        Bootstrap replicates and seed of the default prevalence table
        (ignored when ``prevalence`` is given).
    labels : mapping topic → str, optional
        Topic labels (default: the ``label`` column of ``prevalence``, else
        ``model.labels_``).
    R, lambda_step
        See :func:`topic_browser_data`.
    title : str, optional
        Page heading.
    links : sequence of (label, href), optional
        Navigation links to sibling pages.

    Returns
    -------
    str
        The HTML document, with d3 (v5), LDAvis's script and style and all
        data inlined.

    Examples
    --------
    >>> from corpusmine.stats.topics import TopicModel
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3,
    ...                      "group": ["rural", "civilised_city"] * 3})
    >>> page = topic_browser(TopicModel(2, min_df=1, max_df=1.0).fit(docs), n_boot=50, R=2)
    >>> "T0" in page and "乡村振兴" in page and "cdn." not in page
    True
    """

    k = int(model.n_topics)
    if prevalence is None:
        by = "group"
        if by not in model.docs_.columns:
            raise KeyError("the model's documents have no 'group' column: pass prevalence=...")
        parts = [topic_prevalence(model, n_boot=n_boot, random_state=random_state).assign(unit="document")]
        if "speech_id" in model.docs_.columns:
            parts.append(topic_prevalence(model, n_boot=n_boot, random_state=random_state,
                                          cluster="speech_id").assign(unit="speech"))
        prevalence = pd.concat(parts, ignore_index=True)
    need = {"topic", "group", "prevalence"}
    if not need <= set(prevalence.columns):
        raise ValueError(f"prevalence needs the columns {sorted(need)}")
    if labels is None:
        if "label" in prevalence.columns:
            labels = prevalence.drop_duplicates("topic").set_index("topic")["label"]
        else:
            labels = dict(enumerate(model.labels_))
    labels = {int(t): str(v) for t, v in dict(labels).items()}
    ldavis = topic_browser_data(model, R=R, lambda_step=lambda_step)
    prev = _prevalence_json(prevalence, labels, k)
    n_docs = int(len(model.docs_))
    n_sp = int(model.docs_["speech_id"].nunique()) if "speech_id" in model.docs_.columns else None
    title = title or f"主题浏览 Topic browser: {model.method}, K = {k}"
    method_note = (f"{html.escape(model.method)}, K = {k}, random_state = {int(model.random_state)}; "
                   f"{n_docs:,} documents" + (f" from {n_sp} speeches" if n_sp is not None else "")
                   + f", {len(model.vocab_):,} terms in the vocabulary.")
    assets = _pyldavis_assets()
    key_rows = "".join(
        f'<tr><td class="num">T{t}</td><td>{html.escape(labels.get(t, ""))}</td></tr>'
        for t in range(k))
    body = (template("topics.html").replace("@TITLE@", html.escape(title)).replace("@NAV@", nav(links, TOPICS_NAME + ".html"))
            .replace("@SUB@", method_note).replace("@KEYROWS@", key_rows)
            .replace("@VERSION@", html.escape(__version__)))
    scripts = (
        f"<script>{assets['d3']}</script>\n<script>{assets['ldavis']}</script>\n"
        + json_script(ldavis, "ldavis-data") + json_script(prev, "prevalence-data") + script(template("topics.js"))
    )
    css = template("base.css") + template("topics.css") + "\n/* LDAvis (pyLDAvis package, MIT licence) */\n" + assets["css"]
    return page(title, css, body + scripts)


def _prevalence_json(prevalence: pd.DataFrame, labels: dict[int, str], k: int) -> dict:
    p = prevalence.copy()
    if "unit" not in p.columns:
        p["unit"] = "document"
    p["group"] = p["group"].astype(str)
    groups = [g for g in CAMPAIGNS if g in set(p["group"])] + sorted(set(p["group"]) - set(CAMPAIGNS))
    known = ("document", "paragraph", "speech")
    units = [u for u in known if u in set(p["unit"])] + sorted(set(p["unit"]) - set(known))
    cells = {}
    for r in p.itertuples(index=False):
        d = r._asdict()
        cells.setdefault((int(d["topic"]), d["group"]), {})[str(d["unit"])] = [
            sig(d["prevalence"]), sig(d.get("ci_low", np.nan)), sig(d.get("ci_high", np.nan))]
    first = p[p["unit"] == units[0]].drop_duplicates("group").set_index("group")
    info = []
    for g in groups:
        n_docs = int(first.at[g, "n_docs"]) if "n_docs" in first.columns else None
        ns = first.at[g, "n_speeches"] if "n_speeches" in first.columns else None
        info.append({"group": g, "label": display_label(g), "colour": display_colour(g), "n_docs": n_docs,
                     "n_speeches": None if ns is None or pd.isna(ns) else int(ns)})
    rows = []
    for t in range(k):
        rows.append({"topic": t, "label": labels.get(t, ""),
                     "cells": [cells.get((t, g), {}) for g in groups]})
    return {"groups": info, "units": units, "rows": rows}


def write_topic_browser(model, folder: Path | str | None = None, *, name: str = TOPICS_NAME, **kwargs) -> Path:
    """Write :func:`topic_browser` to ``<folder>/<name>.html`` (default ``figures/html/04_topics.html``).

    Parameters
    ----------
    model : TopicModel
        A fitted model.
    folder : path-like, optional
        Default ``figures/html``; created when missing.
    name : str
        File stem.
    **kwargs
        Passed to :func:`topic_browser` (``prevalence``, ``labels``, ``R`` …).

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile
    >>> from corpusmine.stats.topics import TopicModel
    >>> docs = pd.DataFrame({"tokens": [["乡村振兴", "返贫"], ["创文", "测评"]] * 3,
    ...                      "group": ["rural", "civilised_city"] * 3})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_topic_browser(TopicModel(2, min_df=1, max_df=1.0).fit(docs), d, n_boot=20, R=2).name
    '04_topics.html'
    """
    folder = Path(folder) if folder is not None else html_dir()
    return write_page(folder, f"{slug(name)}.html", topic_browser(model, **kwargs))
