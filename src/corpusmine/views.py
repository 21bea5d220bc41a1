"""Display helpers for the notebooks: wide tables, KWIC blocks, intervals, unit labels, topic tables.

The notebooks stay thin: what they show is computed here (or in the stats
modules), so that a notebook cell is a call and a table, never a loop.
Nothing here changes a number; these functions only arrange results for
reading.

Examples
--------
>>> import pandas as pd
>>> unit_labels(pd.DataFrame({"group": ["rural"], "speech_id": ["rural_xianjinxian_2023"]})).tolist()
['rural · rural_xianjinxian_2023']
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import config
from corpusmine.report import escape_markdown, format_interval
from corpusmine.stats.concordance import format_kwic, kwic
from corpusmine.stats.topics import LABEL_SEP
from corpusmine.text.classify import explain_campaign

__all__ = ["unit_labels", "count_n_table", "interval_column", "kwic_block", "kwic_report", "key_term_kwic",
           "claims_report", "classifier_terms", "relevance_labels", "topic_term_tables", "prevalence_table",
           "read_era_baseline", "campaign_vs_era", "era_sentence"]

#: Separator of a group and a speech in a unit label ("environment · env_tizhi_2023").
UNIT_SEP = " · "


def unit_labels(df: pd.DataFrame, columns: Sequence[str] = ("group", "speech_id"), *, sep: str = UNIT_SEP) -> pd.Series:
    """One label per row from several columns, e.g. ``"environment · env_tizhi_2023"``.

    Parameters
    ----------
    df : DataFrame
    columns : sequence of str
        Columns joined in this order.
    sep : str
        Separator, default ``" · "``.

    Returns
    -------
    Series of str, same index as ``df``.

    Examples
    --------
    >>> d = pd.DataFrame({"group": ["environment", "rural"], "speech_id": ["env_tizhi_2023", "rural_xianjinxian_2023"],
    ...                   "region": ["四川省", "四川省"]})
    >>> unit_labels(d).tolist()
    ['environment · env_tizhi_2023', 'rural · rural_xianjinxian_2023']
    >>> unit_labels(d, ["region", "speech_id"]).iloc[0]
    '四川省 · env_tizhi_2023'
    """
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(f"unit_labels: no column {missing} (columns: {list(df.columns)})")
    out = df[columns[0]].astype(str)
    for c in columns[1:]:
        out = out + sep + df[c].astype(str)
    return out


def count_n_table(table: pd.DataFrame, *, item: str = "term", count: str = "count", n: str = "n_speeches",
                  group: str = "group", index: str = "rank", groups: Sequence[str] | None = None,
                  n_units: pd.Series | None = None, unit: str = "speeches", top: int | None = None,
                  fill: str = "—") -> pd.DataFrame:
    """A wide table, one column per group, each cell ``"term  count·n"``.

    Parameters
    ----------
    table : DataFrame
        Long table with ``item``, ``count``, ``n``, ``group`` and ``index`` columns.
    item, count, n, group, index : str
        Column names.
    groups : sequence of str, optional
        Column order (default: order of first appearance).
    n_units : Series, optional
        Units per group, shown in the header ("count·speeches of 6").
    unit : str
        What ``n`` counts.
    top : int, optional
        Keep the first ``top`` rows of each group, numbered 1… in their
        order (then ``index`` is made, not read).
    fill : str
        Shown where a group has fewer rows.

    Returns
    -------
    DataFrame

    Examples
    --------
    >>> t = pd.DataFrame({"rank": [1, 1], "group": ["rural", "civilised_city"], "term": ["撂荒地", "创文"],
    ...                   "count": [12, 30], "n_speeches": [2, 1]})
    >>> count_n_table(t).iloc[0].tolist()
    ['撂荒地  12·2', '创文  30·1']
    """
    groups = list(dict.fromkeys(table[group])) if groups is None else list(groups)
    if top is not None:
        table = table.groupby(group, sort=False).head(top)
        table = table.assign(**{index: table.groupby(group, sort=False).cumcount() + 1})
    cells = table.assign(cell=table[item].astype(str) + "  " + table[count].astype(str) + "·"
                         + table[n].astype(str))
    wide = cells.pivot(index=index, columns=group, values="cell").reindex(columns=groups, fill_value=fill).fillna(fill)
    if n_units is not None:
        wide.columns = [f"{g} (count·{unit} of {n_units[g]})" for g in groups]
    else:
        wide.columns = [f"{g} (count·{unit})" for g in groups]
    return wide


def interval_column(df: pd.DataFrame, point: str | None = None, low: str = "ci_low", high: str = "ci_high", *,
                    digits: int = 2) -> pd.Series:
    """:func:`corpusmine.report.format_interval` for every row: ``"0.42 [0.31, 0.55]"`` or ``"[0.31, 0.55]"``.

    Parameters
    ----------
    df : DataFrame
    point : str, optional
        Column of the estimate (None: the interval alone).
    low, high : str
        Columns of the bounds.
    digits : int

    Returns
    -------
    Series of str

    Examples
    --------
    >>> d = pd.DataFrame({"rate": [14.4, 1.9], "ci_low": [float("nan"), 1.2], "ci_high": [float("nan"), 2.7]})
    >>> interval_column(d, "rate", digits=1).tolist()        # 创文: one speech, no interval
    ['14.4 [–]', '1.9 [1.2, 2.7]']
    """
    points = df[point] if point is not None else pd.Series([None] * len(df), index=df.index)
    return pd.Series([format_interval(p, lo, hi, digits=digits) for p, lo, hi in zip(points, df[low], df[high])],
                     index=df.index, dtype=object)


def kwic_block(lines: pd.DataFrame, *, columns: Sequence[str] = ("group", "speech_id"), widths: Sequence[int] = (15, 24),
               indent: str = "  ", tag=None) -> str:
    """KWIC lines as text, each prefixed with its group and speech (left-aligned columns).

    Parameters
    ----------
    lines : DataFrame
        From :func:`corpusmine.stats.concordance.kwic` (or the rhetoric concordance).
    columns : sequence of str
        Columns shown before each line.
    widths : sequence of int
        Their widths.
    indent : str
    tag : callable, optional
        Applied to the ``speech_id`` before it is shown (e.g. mark excluded speeches).

    Returns
    -------
    str

    Examples
    --------
    >>> d = pd.DataFrame({"speech_id": ["civ_chuangwen_2021"], "group": ["civilised_city"],
    ...                   "text": ["创文工作要常态长效"]})
    >>> print(kwic_block(kwic(d, "创文", window=3)))
      civilised_city  civ_chuangwen_2021       【创文】工作要
    """
    if lines.empty:
        return ""
    text = format_kwic(lines).splitlines()
    rows = []
    for i, line in enumerate(text):
        cells = []
        for c, w in zip(columns, widths):
            v = str(lines[c].iloc[i])
            if tag is not None and c == "speech_id":
                v = tag(v)
            cells.append(f"{v:<{w}}")
        rows.append(indent + " ".join(cells) + " " + line)
    return "\n".join(rows)


def kwic_report(docs: pd.DataFrame, terms, *, window: int = 20, lines: int = 3, order: Sequence[str] | None = None,
                title: str = "", claims: dict | None = None) -> str:
    """For each term: a header with hits per group (and speeches), then a few KWIC lines per group.

    Parameters
    ----------
    docs : DataFrame
        Documents with ``text``, ``group``, ``speech_id``.
    terms : iterable of str
    window : int
        Characters of context.
    lines : int
        Lines shown per group.
    order : sequence of str, optional
        Group order (default: order of the hits).
    title : str
        Prefix of each header (e.g. the campaign whose key terms these are).
    claims : dict, optional
        ``{term: claim}``: the claim is printed under the header.

    Returns
    -------
    str

    Examples
    --------
    >>> d = pd.DataFrame({"speech_id": ["civ_chuangwen_2021", "env_tizhi_2023"], "group": ["civilised_city", "environment"],
    ...                   "text": ["创文工作要常态长效", "人居环境整治"]})
    >>> print(kwic_report(d, ["创文"], window=2))
    == 【创文】  civilised_city 1 hits in 1 speech(es)
      civilised_city  civ_chuangwen_2021       【创文】工作
    <BLANKLINE>
    """
    out = []
    for term in terms:
        found = kwic(docs, term, window=window)
        hits = found.groupby("group", sort=False)["speech_id"].agg(["size", "nunique"])
        if order is not None:
            hits = hits.reindex(list(order)).dropna()
        where = "; ".join(f"{g} {int(r['size'])} hits in {int(r['nunique'])} speech(es)" for g, r in hits.iterrows())
        out.append(f"== {title + ': ' if title else ''}【{term}】  {where}")
        if claims and term in claims:
            out.append(f"   claim: {claims[term]}")
        out.extend(kwic_block(found[found["group"] == g].head(lines)) for g in hits.index)
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------------------------- topics


def relevance_labels(model, lambda_: float = 0.6, n: int = 3) -> pd.Series:
    """Topic number -> its ``n`` most relevant terms at ``lambda_``, joined with ``·``.

    Parameters
    ----------
    model : TopicModel
        Fitted.
    lambda_ : float
        Relevance weight (Sievert & Shirley 2014).
    n : int

    Returns
    -------
    Series indexed by topic.

    Examples
    --------
    >>> from corpusmine.stats.topics import TopicModel
    >>> tm = TopicModel(2, min_df=1, max_df=1.0).fit([["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3)
    >>> relevance_labels(tm).str.count("·").tolist()
    [2, 2]
    """
    top = model.top_terms(n, lambda_=lambda_)
    return top.groupby("topic")["term"].agg(LABEL_SEP.join)


def topic_term_tables(model, top_n: int = 10, lambda_: float = 0.6) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The topic-term table (tidy, for CSV) and a one-row-per-topic overview.

    Each term in either top list (by weight, by relevance) gets its rank in
    both (empty: not in that list), weight, lift, document frequency and
    number of speeches; the overview shows ``term(n_speeches)`` lists.

    Parameters
    ----------
    model : TopicModel
        Fitted.
    top_n : int
    lambda_ : float

    Returns
    -------
    (DataFrame, DataFrame)
        ``topic, label, term, rank, relevance_rank, weight, lift, doc_freq,
        n_speeches``; and ``label, by weight, by relevance (λ=…)`` by topic.

    Examples
    --------
    >>> from corpusmine.stats.topics import TopicModel
    >>> docs = pd.DataFrame({"speech_id": ["rural_2023", "civ_2021"] * 3,
    ...                      "tokens": [["乡村振兴", "防止返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3})
    >>> terms, overview = topic_term_tables(TopicModel(2, min_df=1, max_df=1.0).fit(docs), top_n=3)
    >>> len(terms), list(overview.columns)
    (6, ['label', 'by weight', 'by relevance (λ=0.6)'])
    """
    labels = relevance_labels(model, lambda_)
    by_weight = model.top_terms(top_n)
    by_relevance = model.top_terms(top_n, lambda_=lambda_)
    terms = (pd.concat([by_relevance, by_weight]).drop_duplicates(["topic", "term"]).drop(columns="rank")
             .merge(by_weight[["topic", "term", "rank"]], how="left", on=["topic", "term"])
             .merge(by_relevance[["topic", "term", "rank"]].rename(columns={"rank": "relevance_rank"}),
                    how="left", on=["topic", "term"]))
    terms[["rank", "relevance_rank"]] = terms[["rank", "relevance_rank"]].astype("Int64")
    terms.insert(1, "label", terms["topic"].map(labels))
    terms = terms.sort_values(["topic", "relevance_rank", "rank"], kind="mergesort", na_position="last")
    terms = terms[["topic", "label", "term", "rank", "relevance_rank", "weight", "lift", "doc_freq", "n_speeches"]]

    def term_list(tt):
        return tt.assign(cell=tt["term"] + "(" + tt["n_speeches"].astype(str) + ")").groupby("topic")["cell"].agg(" ".join)

    overview = pd.DataFrame({"label": labels, "by weight": term_list(by_weight),
                             f"by relevance (λ={lambda_})": term_list(by_relevance)})
    return terms.reset_index(drop=True), overview


def prevalence_table(prevalence: pd.DataFrame, groups: Sequence[str]) -> pd.DataFrame:
    """Topic prevalence by group: the point estimate and its interval for each bootstrap unit.

    Parameters
    ----------
    prevalence : DataFrame
        ``topic_prevalence`` rows of several units, with ``unit`` (``paragraph``,
        ``speech``) and ``label`` columns.
    groups : sequence of str
        Column order.

    Returns
    -------
    DataFrame
        Rows ``(topic, label)``; columns ``(group, "prevalence")`` (paragraph
        estimate) and ``(group, unit)`` intervals (``"–"`` where there is none).

    Examples
    --------
    >>> p = pd.DataFrame({"topic": [0, 0], "label": ["创文·测评·网报", "创文·测评·网报"], "group": ["civilised_city"] * 2,
    ...                   "unit": ["paragraph", "speech"], "prevalence": [0.42, 0.42],
    ...                   "ci_low": [0.31, float("nan")], "ci_high": [0.55, float("nan")]})
    >>> prevalence_table(p, ["civilised_city"]).iloc[0].tolist()
    ['0.42', '[0.31, 0.55]', '–']
    """
    def interval(r):
        return "–" if pd.isna(r["ci_low"]) else f"[{r['ci_low']:.2f}, {r['ci_high']:.2f}]"

    show = prevalence.assign(ci=prevalence.apply(interval, axis=1))
    show = show.pivot(index=["topic", "label"], columns=["group", "unit"], values="ci")
    units = list(dict.fromkeys(prevalence["unit"]))
    point = prevalence[prevalence["unit"] == units[0]].pivot(index=["topic", "label"], columns="group",
                                                             values="prevalence")
    for g in reversed(list(groups)):
        show.insert(0, (g, "prevalence"), point[g].map("{:.2f}".format))
    return show[[(g, c) for g in groups for c in ("prevalence", *units)]]


def key_term_kwic(key: pd.DataFrame, docs: pd.DataFrame, groups: Sequence[str], *, n_terms: int = 3,
                  window: int = 20, lines: int = 3, reference: str = "rest") -> str:
    """KWIC evidence for the top key terms of each group: :func:`kwic_report` per group, its own hits first.

    Parameters
    ----------
    key : DataFrame
        From ``keyness_table`` (ranked within each comparison).
    docs : DataFrame
        The documents the counts came from.
    groups : sequence of str
    n_terms, window, lines : int
    reference : str

    Returns
    -------
    str

    Examples
    --------
    >>> d = pd.DataFrame({"speech_id": ["civ_chuangwen_2021", "env_tizhi_2023"], "group": ["civilised_city", "environment"],
    ...                   "text": ["创文工作要常态长效", "人居环境整治"]})
    >>> key = pd.DataFrame({"target": ["civilised_city"], "reference": ["rest"], "term": ["创文"]})
    >>> print(key_term_kwic(key, d, ["civilised_city"], window=2).splitlines()[0])
    == civilised_city: 【创文】  civilised_city 1 hits in 1 speech(es)
    """
    return "\n".join(
        kwic_report(docs, key[(key["target"] == g) & (key["reference"] == reference)]["term"].head(n_terms),
                    window=window, lines=lines, order=[g] + [h for h in groups if h != g], title=g)
        for g in groups)


# ------------------------------------------------------------------------------ era baseline


def read_era_baseline(figures_dir=None, name: str = "06_era_baseline"):
    """The era baseline table of notebook 06 (``<figures_dir>/06_era_baseline.csv``), and the file read.

    Falls back to the committed reference copy in ``config.FIGURES_DIR`` when
    ``figures_dir`` holds none (notebook 06 not run into that folder).

    Parameters
    ----------
    figures_dir : path-like, optional
    name : str
        File stem.

    Returns
    -------
    (DataFrame, Path)

    Raises
    ------
    FileNotFoundError
        Naming both places looked at.

    Examples
    --------
    >>> table, path = read_era_baseline()
    >>> path.name, table.loc[table["category"] == "directive", "label_zh"].iloc[0]
    ('06_era_baseline.csv', '指令性情态')
    """
    tried = [Path(figures_dir) / f"{name}.csv"] if figures_dir is not None else []
    tried.append(Path(config.FIGURES_DIR) / f"{name}.csv")
    for path in tried:
        if path.is_file():
            return pd.read_csv(path, encoding="utf-8"), path
    raise FileNotFoundError(f"no era baseline: looked for {' and '.join(map(str, tried))}; run notebook 06_over_time")


def campaign_vs_era(rates: pd.DataFrame, baseline: pd.DataFrame, *, first_year: int, last_year: int,
                    groups: Sequence[str] | None = None) -> pd.DataFrame:
    """Each register's campaign differences beside the change between eras in a reference corpus.

    For every register and pair of groups, the ratio of the higher to the
    lower rate (``campaign_ratio``); for the register, the ratio of the
    highest to the lowest period rate among the periods overlapping
    ``first_year``–``last_year`` (``era_ratio``).  A campaign difference that
    does not exceed the era ratio could be era alone.

    Parameters
    ----------
    rates : DataFrame
        ``group, category, label_zh, rate_per_1000`` (e.g. ``rhetoric_rates``).
    baseline : DataFrame
        ``period, first_year, last_year, category, rate_per_1000`` (notebook 06's era baseline).
    first_year, last_year : int
        The years the compared speeches come from.
    groups : sequence of str, optional
        Groups compared, in this order (default: every group of ``rates``).

    Returns
    -------
    DataFrame
        ``category, label_zh, high, low, rate_high, rate_low, campaign_ratio,
        eras, era_min, era_max, era_ratio, exceeds_era`` (ratios ``inf``
        when the lower rate is 0).

    Examples
    --------
    >>> rates = pd.DataFrame({"group": ["civilised_city", "environment"], "category": ["mobilisation"] * 2,
    ...                       "label_zh": ["动员与战争隐喻"] * 2, "rate_per_1000": [14.4, 1.9]})
    >>> base = pd.DataFrame({"period": ["2004-2013 温家宝", "2014-2023 李克强"], "first_year": [2004, 2014],
    ...                      "last_year": [2013, 2023], "category": ["mobilisation"] * 2, "rate_per_1000": [0.7, 1.4]})
    >>> t = campaign_vs_era(rates, base, first_year=2003, last_year=2023)
    >>> t[["high", "low", "campaign_ratio", "era_ratio", "exceeds_era"]].round(2).values.tolist()
    [['civilised_city', 'environment', 7.58, 2.0, True]]
    """
    groups = list(dict.fromkeys(rates["group"])) if groups is None else list(groups)
    eras = baseline[(baseline["last_year"] >= first_year) & (baseline["first_year"] <= last_year)]
    if eras.empty:
        raise ValueError(f"no period of the baseline overlaps {first_year}-{last_year}")
    rate = rates.set_index(["group", "category"])["rate_per_1000"]
    labels = rates.drop_duplicates("category").set_index("category")["label_zh"]
    rows = []
    for cat, era in eras.groupby("category", sort=False):
        if cat not in labels.index:
            continue
        lo, hi = float(era["rate_per_1000"].min()), float(era["rate_per_1000"].max())
        era_ratio = hi / lo if lo > 0 else np.inf
        names = "; ".join(era["period"].astype(str))
        for a, b in combinations([g for g in groups if (g, cat) in rate.index], 2):
            (h, rh), (l, rl) = sorted([(a, float(rate[(a, cat)])), (b, float(rate[(b, cat)]))], key=lambda x: -x[1])
            ratio = rh / rl if rl > 0 else np.inf
            rows.append((cat, labels[cat], h, l, rh, rl, ratio, names, lo, hi, era_ratio, bool(ratio > era_ratio)))
    return pd.DataFrame(rows, columns=["category", "label_zh", "high", "low", "rate_high", "rate_low", "campaign_ratio",
                                       "eras", "era_min", "era_max", "era_ratio", "exceeds_era"])


def era_sentence(table: pd.DataFrame, *, first_year: int, last_year: int) -> str:
    """One Markdown paragraph, every number read from :func:`campaign_vs_era`'s table (data escaped).

    Parameters
    ----------
    table : DataFrame
        From :func:`campaign_vs_era`.
    first_year, last_year : int

    Returns
    -------
    str

    Examples
    --------
    >>> t = pd.DataFrame({"category": ["mobilisation"], "label_zh": ["动员与战争隐喻"], "high": ["civilised_city"],
    ...                   "low": ["environment"], "campaign_ratio": [7.58], "era_ratio": [2.0], "exceeds_era": [True],
    ...                   "eras": ["2004-2013 温家宝; 2014-2023 李克强"]})
    >>> print(era_sentence(t, first_year=2003, last_year=2023))
    **Against the era baseline.** 1 of 1 campaign differences (register × pair of campaigns) exceed the largest change between the eras of 2003–2023 in the Government Work Reports: mobilisation (动员与战争隐喻) civilised\\_city / environment 7.58× vs 2.00× between eras. The other 0 are no larger than the change of the era, so era alone could produce them.
    """
    big = table[table["exceeds_era"]]
    items = "; ".join(f"{escape_markdown(r.category)} ({escape_markdown(r.label_zh)}) {escape_markdown(r.high)} / "
                      f"{escape_markdown(r.low)} {r.campaign_ratio:.2f}× vs {r.era_ratio:.2f}× between eras"
                      for r in big.itertuples())
    return (f"**Against the era baseline.** {len(big)} of {len(table)} campaign differences (register × pair of "
            f"campaigns) exceed the largest change between the eras of {first_year}–{last_year} in the Government "
            f"Work Reports: {items or 'none'}. The other {len(table) - len(big)} are no larger than the change of the "
            f"era, so era alone could produce them.")


def classifier_terms(text: str, n: int = 4) -> str:
    """The ``n`` cue terms that contribute most to the campaign classifier's score of ``text``, as ``"term×count"``.

    Parameters
    ----------
    text : str
    n : int

    Returns
    -------
    str

    Examples
    --------
    >>> classifier_terms("创文工作已经到了攻坚之年,创文测评马上开始")
    '创文×2, 测评×1'
    """
    hits = explain_campaign(text).sort_values(["contribution", "term"], ascending=[False, True], kind="mergesort")
    return ", ".join(f"{t}×{k}" for t, k in zip(hits["term"].head(n), hits["count"].head(n)))


def claims_report(docs: pd.DataFrame, claims, *, window: int = 16, lines: int = 6, included=None) -> str:
    """Each claimed phrase with its hits per group and speech, then its first KWIC lines.

    Parameters
    ----------
    docs : DataFrame
        Documents with ``text``, ``group``, ``speech_id`` (e.g. every paragraph, excluded speeches too).
    claims : iterable of (phrase, claim)
    window, lines : int
        Characters of context; lines shown per phrase.
    included : collection of str, optional
        Speech ids included in the comparisons; others are marked ``[excluded]``.

    Returns
    -------
    str

    Examples
    --------
    >>> d = pd.DataFrame({"speech_id": ["env_tizhi_2023", "other_school"], "group": ["environment", "other"],
    ...                   "text": ["村社“五清”、场镇“四定”", "抓好五清"]})
    >>> print(claims_report(d, [("五清", "two speeches")], window=2, included={"env_tizhi_2023"}))
    == 【五清】 claim: two speeches
       hits: environment / env_tizhi_2023 ×1; other / other_school [excluded] ×1
       environment    env_tizhi_2023                    社“【五清】”、
       other          other_school [excluded]           抓好【五清】
    <BLANKLINE>
    """
    def tag(speech_id):
        return speech_id if included is None or speech_id in included else f"{speech_id} [excluded]"

    out = []
    for term, claim in claims:
        found = kwic(docs, term, window=window)
        where = found.groupby(["group", "speech_id"], sort=False).size()
        out.append(f"== 【{term}】 claim: {claim}")
        out.append("   hits: " + "; ".join(f"{g} / {tag(s)} ×{n}" for (g, s), n in where.items()))
        out.append(kwic_block(found.head(lines), widths=(14, 33), indent="   ", tag=tag))
        out.append("")
    return "\n".join(out)
