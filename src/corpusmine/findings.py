"""Numbers in prose come from the tables: render the README's findings block from ``figures/*.csv``.

A template holds placeholders that name a table cell, optionally with a
format after ``|``::

    {05_rhetoric_speech.csv: group=civilised_city, category=mobilisation, column=mean | .1f}

The selectors (``key=value``, joined by commas) must pick exactly one row;
``column`` names the cell.  :func:`render` fills every placeholder,
:func:`update_readme` writes the result between ``<!-- findings:start -->``
and ``<!-- findings:end -->`` in README.md, and :func:`check_readme` lists
where the README's block differs from what the tables say now.  Run
``python -m corpusmine.findings`` to regenerate, ``--check`` to verify.

Tables the default template needs (written by notebook 05):
``05_rhetoric_speech.csv`` (:func:`corpusmine.stats.evidence.campaign_means`,
value=rate), ``05_rhetoric_sentence_share.csv`` (the same with
value=sentence_share), ``05_rhetoric_speech_tests.csv``
(:func:`corpusmine.stats.evidence.speech_permutation_test`, civilised_city
vs environment), ``05_rhetoric_by_origin.csv``
(:func:`corpusmine.stats.lexicon_checks.means_by_origin`),
``05_confounds.csv`` (:func:`corpusmine.stats.confounds.confound_table`),
``05_shared_ngrams.csv`` (:func:`corpusmine.stats.confounds.shared_ngrams`)
and ``05_lexicon_precision.csv``
(:func:`corpusmine.stats.lexicon_checks.precision_table`).

Examples
--------
>>> import pandas as pd
>>> tables = {"t.csv": pd.DataFrame({"group": ["创文", "整治"], "mean": [14.354, 2.047]})}
>>> render("创文 {t.csv: group=创文, column=mean | .1f} 对 {t.csv: group=整治, column=mean | .1f}", tables=tables)
'创文 14.4 对 2.0'
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from corpusmine import config
from corpusmine.report import escape_markdown
from corpusmine.errors import CorpusInputError
from corpusmine.stats.confounds import confound_table, shared_ngrams
from corpusmine.stats.evidence import campaign_means, claim_concordance, speech_permutation_test, speech_rates
from corpusmine.stats.lexicon_checks import means_by_origin, precision_table

__all__ = ["CLAIMS", "END", "START", "TEMPLATE", "check_readme", "confound_sentences", "evidence_tables", "main",
           "placeholders", "quoted_terms", "render", "significance_sentences", "update_readme"]

START = "<!-- findings:start -->"
END = "<!-- findings:end -->"

_PLACEHOLDER = re.compile(r"\{([0-9A-Za-z_\-.]+\.csv):([^{}|]*?)(?:\|\s*([^{}]*?))?\s*\}")
# Chinese example terms quoted in the prose are written in 「…」 so that a test can find them.
_QUOTED = re.compile(r"「([^」]+)」")

#: The default findings block.  Every number is a placeholder; every quoted example term is in 「」.
TEMPLATE = """\
- **Unit of evidence: the speech.** Rates are per speech part (a speech, or one campaign's part of a mixed
  speech); a campaign's value is the plain mean of its parts. Mobilisation and war vocabulary (「攻坚战」,
  「背水一战」, 「冲锋号」 …): {05_rhetoric_speech.csv: group=civilised_city, category=mobilisation, column=mean | .1f}
  per 1,000 tokens in the one civilised-city speech against a mean of
  {05_rhetoric_speech.csv: group=environment, category=mobilisation, column=mean | .1f} over
  {05_rhetoric_speech.csv: group=environment, category=mobilisation, column=n_speeches | d} environment speech parts
  (95% interval {05_rhetoric_speech.csv: group=environment, category=mobilisation, column=ci_low | .1f}–{05_rhetoric_speech.csv: group=environment, category=mobilisation, column=ci_high | .1f});
  by share of sentences with a match
  {05_rhetoric_sentence_share.csv: group=civilised_city, category=mobilisation, column=mean | .0%} against
  {05_rhetoric_sentence_share.csv: group=environment, category=mobilisation, column=mean | .0%}.
  An exact permutation test over speech parts gives p =
  {05_rhetoric_speech_tests.csv: category=mobilisation, column=p_value | .3f}, the smallest p this design allows
  ({05_rhetoric_speech_tests.csv: category=mobilisation, column=min_p | .3f}): one speech cannot establish a
  property of its campaign.
- **Campaign-mode words** (「突击」, 「清零」, 「专班」 …):
  {05_rhetoric_speech.csv: group=civilised_city, category=campaign_mode, column=mean | .1f} against
  {05_rhetoric_speech.csv: group=environment, category=campaign_mode, column=mean | .1f}. Without the terms read
  from this corpus the lexicon keeps
  {05_rhetoric_by_origin.csv: lexicon=without_this_corpus, group=civilised_city, category=campaign_mode, column=n_terms | d}
  campaign-mode terms and the civilised-city rate is
  {05_rhetoric_by_origin.csv: lexicon=without_this_corpus, group=civilised_city, category=campaign_mode, column=mean | .1f}:
  this difference rests on vocabulary the corpus itself suggested. Hand-coded precision of the category:
  {05_lexicon_precision.csv: category=campaign_mode, column=precision | .0%}
  ({05_lexicon_precision.csv: category=campaign_mode, column=ci_low | .0%}–{05_lexicon_precision.csv: category=campaign_mode, column=ci_high | .0%},
  {05_lexicon_precision.csv: category=campaign_mode, column=n_coded | d} matches coded, before 「专项」 was replaced).
- **Era, level and source are confounded with campaign.** The two Shandong provincial speeches of the
  2000s carry {05_confounds.csv: group=environment, variable=admin_level, value=province, column=share_chars | .0%}
  of the environment text; civilised city is one county speech of
  {05_confounds.csv: group=civilised_city, variable=era, column=value}. The two 2023 county speeches share
  {05_shared_ngrams.csv: speech_a=env_tizhi_2023, speech_b=rural_xianjinxian_2023, column=n_shared | d}
  character 8-grams (one county government), the two Shandong speeches
  {05_shared_ngrams.csv: speech_a=env_shandong_prov_a, speech_b=env_shandong_prov_b, column=n_shared | d}.
- **How many speeches stand behind each number:** civilised city
  {05_rhetoric_speech.csv: group=civilised_city, category=directive, column=n_speeches | d}, rural
  {05_rhetoric_speech.csv: group=rural, category=directive, column=n_speeches | d} (speech parts:
  {05_rhetoric_speech.csv: group=rural, category=directive, column=n_units | d}), environment
  {05_rhetoric_speech.csv: group=environment, category=directive, column=n_speeches | d} (speech parts:
  {05_rhetoric_speech.csv: group=environment, category=directive, column=n_units | d}). No interval is drawn from
  fewer than three speech parts. These numbers describe these speeches; they are not estimates for the campaigns.
"""


#: The claims of :data:`TEMPLATE` whose KWIC lines are saved (``05_claims_kwic.csv``).
CLAIMS = {
    "mobilisation_civilised_city": {"category": "mobilisation", "group": "civilised_city"},
    "mobilisation_environment": {"category": "mobilisation", "group": "environment"},
    "campaign_mode_civilised_city": {"category": "campaign_mode", "group": "civilised_city"},
    "campaign_mode_environment": {"category": "campaign_mode", "group": "environment"},
}


def evidence_tables(corpus, *, figures_dir: str | Path | None = None, tokenizer=None) -> dict[str, pd.DataFrame]:
    """Compute (and with ``figures_dir`` write) every table :data:`TEMPLATE` reads, plus the claims' KWIC.

    Parameters
    ----------
    corpus : Corpus
        From :func:`corpusmine.load_corpus`.
    figures_dir : path-like, optional
        Write each table there as ``<name>`` (UTF-8 CSV); None writes nothing.
    tokenizer : Tokenizer, optional

    Returns
    -------
    dict of str to DataFrame
        ``05_rhetoric_speech_parts.csv`` (:func:`speech_rates`),
        ``05_rhetoric_speech.csv``, ``05_rhetoric_sentence_share.csv``,
        ``05_rhetoric_speech_tests.csv`` (civilised_city vs environment),
        ``05_rhetoric_by_origin.csv``, ``05_confounds.csv``,
        ``05_shared_ngrams.csv``, ``05_lexicon_precision.csv``,
        ``05_claims_kwic.csv``.

    Examples
    --------
    >>> from corpusmine import load_corpus
    >>> t = evidence_tables(load_corpus())
    >>> t["05_rhetoric_speech.csv"].query("group == 'civilised_city' and category == 'mobilisation'")["n_speeches"].item()
    1
    >>> "背水一战" in set(t["05_claims_kwic.csv"]["match"])          # 创文讲话的动员词
    True
    """
    rates = speech_rates(corpus, tokenizer=tokenizer)
    out = {
        "05_rhetoric_speech_parts.csv": rates,
        "05_rhetoric_speech.csv": campaign_means(rates),
        "05_rhetoric_sentence_share.csv": campaign_means(rates, value="sentence_share"),
        "05_rhetoric_speech_tests.csv": speech_permutation_test(rates, "civilised_city", "environment"),
        "05_rhetoric_by_origin.csv": means_by_origin(corpus, tokenizer=tokenizer),
        "05_confounds.csv": confound_table(corpus),
        "05_shared_ngrams.csv": shared_ngrams(corpus),
        "05_lexicon_precision.csv": precision_table(),
        "05_claims_kwic.csv": claim_concordance(corpus, CLAIMS, tokenizer=tokenizer),
    }
    if figures_dir is not None:
        d = Path(figures_dir)
        d.mkdir(parents=True, exist_ok=True)
        for name, df in out.items():
            df.to_csv(d / name, index=False, encoding="utf-8", lineterminator="\n", float_format="%.6g")
    return out


def significance_sentences(tests: pd.DataFrame, *, alpha: float = 0.05) -> str:
    """One Markdown line per speech-level test, with the smallest p the design allows (data escaped).

    Parameters
    ----------
    tests : DataFrame
        From :func:`corpusmine.stats.evidence.speech_permutation_test`.
    alpha : float
        Level at which a p-value is called small.

    Returns
    -------
    str

    Examples
    --------
    >>> t = pd.DataFrame({"category": ["mobilisation"], "group_a": ["创文"], "group_b": ["整治"], "n_a": [1],
    ...                   "n_b": [6], "mean_a": [14.35], "mean_b": [2.05], "p_value": [1 / 7], "min_p": [1 / 7],
    ...                   "method": ["exact"]})
    >>> print(significance_sentences(t))
    - **mobilisation**: 创文 14.35 (1 speech part) vs 整治 2.05 (6 speech parts); exact p = 0.143, the smallest p this design allows is 0.143, so no p below 0.05 is attainable.
    """
    lines = []
    for r in tests.itertuples():
        floor = ("so no p below {:g} is attainable".format(alpha) if r.min_p > alpha
                 else "so a p below {:g} is attainable".format(alpha))
        lines.append(f"- **{escape_markdown(r.category)}**: {escape_markdown(r.group_a)} {r.mean_a:.2f} "
                     f"({int(r.n_a)} speech part{'s' if r.n_a != 1 else ''}) vs {escape_markdown(r.group_b)} "
                     f"{r.mean_b:.2f} ({int(r.n_b)} speech part{'s' if r.n_b != 1 else ''}); "
                     f"{escape_markdown(r.method)} p = {r.p_value:.3f}, the smallest p this design allows is "
                     f"{r.min_p:.3f}, {floor}.")
    return "\n".join(lines)


def _values(confounds: pd.DataFrame, group: str, variable: str) -> str:
    c = confounds[(confounds["group"].astype(str) == group) & (confounds["variable"] == variable)]
    return ", ".join(f"{escape_markdown(v)} ({s:.0%})" for v, s in zip(c["value"].astype(str), c["share_chars"]))


def confound_sentences(tests: pd.DataFrame, confounds: pd.DataFrame, parts: pd.DataFrame,
                       era: pd.DataFrame | None = None, *, min_ratio: float = 1.5) -> str:
    """For each speech-level difference, one Markdown sentence: could it be era or level instead of campaign?

    Parameters
    ----------
    tests : DataFrame
        From :func:`corpusmine.stats.evidence.speech_permutation_test`
        (``category, group_a, group_b, mean_a, mean_b, ratio``).
    confounds : DataFrame
        From :func:`corpusmine.stats.confounds.confound_table`
        (``group, variable, value, speech_ids, share_chars``).
    parts : DataFrame
        From :func:`corpusmine.stats.evidence.speech_rates`: the level
        check recomputes group b's mean over its parts at group a's levels.
    era : DataFrame, optional
        From :func:`corpusmine.views.campaign_vs_era` (``category, high, low,
        era_ratio``); without it the era is described, not measured.
    min_ratio : float
        Differences smaller than this ratio (either way) are not discussed.

    Returns
    -------
    str

    Examples
    --------
    >>> tests = pd.DataFrame({"category": ["mobilisation"], "group_a": ["创文"], "group_b": ["整治"],
    ...                       "mean_a": [14.4], "mean_b": [2.0], "ratio": [7.2]})
    >>> conf = pd.DataFrame({"group": ["创文", "整治", "整治", "创文", "整治", "整治"],
    ...                      "variable": ["era", "era", "era", "admin_level", "admin_level", "admin_level"],
    ...                      "value": ["2021", "2005", "2023", "county", "province", "county"],
    ...                      "speech_ids": ["c", "p", "k", "c", "p", "k"], "share_chars": [1, 0.6, 0.4, 1, 0.6, 0.4]})
    >>> parts = pd.DataFrame({"speech_id": ["c", "p", "k"], "group": ["创文", "整治", "整治"],
    ...                       "category": "mobilisation", "rate": [14.4, 1.0, 3.0]})
    >>> print(confound_sentences(tests, conf, parts))  # doctest: +NORMALIZE_WHITESPACE
    - **mobilisation** (创文 / 整治 = 7.20×): era: 创文 2021 (100%), 整治 2005 (60%), 2023 (40%); no era baseline given. Level: 创文 county (100%), 整治 province (60%), county (40%); 整治's parts at the same level (county) alone average 3.00 (1 part), 创文 / 整治 = 4.80× at equal level: level alone does not make this difference, though one part cannot show it is not level.
    """
    out = []
    era_by = {} if era is None else {(r.category, frozenset((r.high, r.low))): r.era_ratio for r in era.itertuples()}
    for r in tests.itertuples():
        if not (r.ratio >= min_ratio or (r.ratio > 0 and 1 / r.ratio >= min_ratio)):
            continue
        a, b, cat = str(r.group_a), str(r.group_b), str(r.category)
        head = (f"- **{escape_markdown(cat)}** ({escape_markdown(a)} / {escape_markdown(b)} = {r.ratio:.2f}×): "
                f"era: {escape_markdown(a)} {_values(confounds, a, 'era')}, "
                f"{escape_markdown(b)} {_values(confounds, b, 'era')}; ")
        er = era_by.get((cat, frozenset((a, b))))
        if er is None:
            head += "no era baseline given."
        else:
            big = max(r.ratio, 1 / r.ratio) if r.ratio > 0 else float("inf")
            head += (f"the register moves {er:.2f}× between eras in the Government Work Reports, "
                     + ("less than this difference: era alone is not enough to produce it."
                        if big > er else "as much as this difference: era alone could produce it."))
        lv = confounds[(confounds["group"].astype(str) == a) & (confounds["variable"] == "admin_level")]
        levels = set(lv["value"].astype(str))
        cb = confounds[(confounds["group"].astype(str) == b) & (confounds["variable"] == "admin_level")
                       & confounds["value"].astype(str).isin(levels)]
        same = {s for ids in cb["speech_ids"].astype(str) for s in ids.split(";") if s}
        pb = parts[(parts["group"].astype(str) == b) & (parts["category"].astype(str) == cat)
                   & parts["speech_id"].astype(str).isin(same)]
        head += (f" Level: {escape_markdown(a)} {_values(confounds, a, 'admin_level')}, "
                 f"{escape_markdown(b)} {_values(confounds, b, 'admin_level')}; ")
        if pb.empty:
            head += f"{escape_markdown(b)} has no part at the same level, so level could produce it."
        else:
            mb = float(pb["rate"].mean())
            ratio = r.mean_a / mb if mb > 0 else float("inf")
            kept = (ratio >= min_ratio) if r.ratio >= 1 else (ratio > 0 and 1 / ratio >= min_ratio)
            head += (f"{escape_markdown(b)}'s parts at the same level ({escape_markdown(', '.join(sorted(levels)))}) "
                     f"alone average {mb:.2f} ({len(pb)} part{'s' if len(pb) != 1 else ''}), "
                     f"{escape_markdown(a)} / {escape_markdown(b)} = {ratio:.2f}× at equal level: "
                     + ("level alone does not make this difference, though "
                        f"{'one part' if len(pb) == 1 else f'{len(pb)} parts'} cannot show it is not level."
                        if kept else "at equal level the difference shrinks below "
                        f"{min_ratio:g}×, so it could be level instead of campaign."))
        out.append(head)
    return "\n".join(out) or f"No speech-level difference reaches {min_ratio:g}×."


def placeholders(template: str) -> list[tuple[str, dict[str, str], str, str]]:
    """The placeholders of a template: (table, selectors, column, format).

    Examples
    --------
    >>> placeholders("动员 {05_rhetoric_speech.csv: group=civilised_city, category=mobilisation, column=mean | .1f}")
    [('05_rhetoric_speech.csv', {'group': 'civilised_city', 'category': 'mobilisation'}, 'mean', '.1f')]
    """
    out = []
    for m in _PLACEHOLDER.finditer(template):
        table, body, fmt = m.group(1), m.group(2), (m.group(3) or "").strip()
        sel: dict[str, str] = {}
        for part in [p.strip() for p in body.split(",") if p.strip()]:
            if "=" not in part:
                raise ValueError(f"placeholder {m.group(0)!r}: {part!r} is not key=value")
            k, v = (x.strip() for x in part.split("=", 1))
            sel[k] = v
        if "column" not in sel:
            raise ValueError(f"placeholder {m.group(0)!r} names no column")
        col = sel.pop("column")
        out.append((table, sel, col, fmt))
    return out


def _cell(tables: Mapping[str, pd.DataFrame], table: str, sel: dict[str, str], col: str):
    if table not in tables:
        raise CorpusInputError(table, "table not found (run notebook 05 / make figures to write it)")
    df = tables[table]
    for k in [*sel, col]:
        if k not in df.columns:
            raise CorpusInputError(table, f"no column {k!r} (columns: {', '.join(map(str, df.columns))})")
    rows = df
    for k, v in sel.items():
        rows = rows[rows[k].astype(str) == v]
    if len(rows) != 1:
        raise CorpusInputError(table, f"{len(rows)} rows match {sel}: a placeholder must pick exactly one")
    return rows[col].iat[0]


def _load_tables(template: str, figures_dir: Path) -> dict[str, pd.DataFrame]:
    names = {t for t, *_ in placeholders(template)}
    return {n: pd.read_csv(figures_dir / n, keep_default_na=False, na_values=[""]) for n in sorted(names)
            if (figures_dir / n).is_file()}


def render(template: str = TEMPLATE, *, figures_dir: str | Path | None = None,
           tables: Mapping[str, pd.DataFrame] | None = None) -> str:
    """Fill every placeholder of a template from the tables.

    Parameters
    ----------
    template : str
        Text with ``{table.csv: key=value, ..., column=name | format}``
        placeholders (default :data:`TEMPLATE`).
    figures_dir : path-like, optional
        Where the tables are; default ``figures/``.
    tables : mapping of str to DataFrame, optional
        The tables themselves (instead of reading ``figures_dir``).

    Returns
    -------
    str

    Raises
    ------
    CorpusInputError
        A missing table or column, or selectors that do not pick one row
        (the message names the table).

    Examples
    --------
    >>> t = {"p.csv": pd.DataFrame({"category": ["mobilisation"], "p_value": [0.142857]})}
    >>> render("动员: p = {p.csv: category=mobilisation, column=p_value | .3f}", tables=t)
    '动员: p = 0.143'
    """
    if tables is None:
        tables = _load_tables(template, Path(figures_dir or config.FIGURES_DIR))

    def fill(m: re.Match) -> str:
        (table, sel, col, fmt), = placeholders(m.group(0))
        v = _cell(tables, table, sel, col)
        if fmt.endswith("d"):
            v = int(v)
        return format(v, fmt) if fmt else str(v)

    return _PLACEHOLDER.sub(fill, template)


def quoted_terms(text: str) -> list[str]:
    """The example terms a text quotes in 「」, in order, without repeats.

    Examples
    --------
    >>> quoted_terms("动员词汇(「攻坚战」, 「背水一战」, 「攻坚战」)")
    ['攻坚战', '背水一战']
    """
    return list(dict.fromkeys(_QUOTED.findall(text)))


def _block(text: str, path: Path) -> tuple[int, int]:
    a, b = text.find(START), text.find(END)
    if a < 0 or b < a:
        raise CorpusInputError(path, f"no findings block: add the lines {START} and {END}")
    return a + len(START), b


def update_readme(readme: str | Path | None = None, *, template: str = TEMPLATE,
                  figures_dir: str | Path | None = None) -> bool:
    """Write the rendered findings between the markers of README.md.

    Parameters
    ----------
    readme : path-like, optional
        Default the project's README.md.
    template, figures_dir
        As in :func:`render`.

    Returns
    -------
    bool
        True when the file changed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"group": ["创文"], "mean": [14.354]}).to_csv(d / "t.csv", index=False)
    >>> _ = (d / "README.md").write_text(f"# 发现\\n{START}\\n旧\\n{END}\\n", encoding="utf-8")
    >>> update_readme(d / "README.md", template="创文 {t.csv: group=创文, column=mean | .1f}", figures_dir=d)
    True
    >>> (d / "README.md").read_text(encoding="utf-8").splitlines()[2]
    '创文 14.4'
    """
    path = Path(readme or (config.ROOT or Path.cwd()) / "README.md")
    text = path.read_text(encoding="utf-8")
    a, b = _block(text, path)
    new = text[:a] + "\n" + render(template, figures_dir=figures_dir).rstrip("\n") + "\n" + text[b:]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def check_readme(readme: str | Path | None = None, *, template: str = TEMPLATE,
                 figures_dir: str | Path | None = None) -> list[str]:
    """Where the README's findings block differs from what the tables say now.

    Returns
    -------
    list of str
        One message per differing line ('' list when they agree).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"group": ["创文"], "mean": [14.354]}).to_csv(d / "t.csv", index=False)
    >>> _ = (d / "README.md").write_text(f"{START}\\n创文 7.7\\n{END}\\n", encoding="utf-8")
    >>> check_readme(d / "README.md", template="创文 {t.csv: group=创文, column=mean | .1f}", figures_dir=d)
    ["README says '创文 7.7', the tables say '创文 14.4'"]
    """
    path = Path(readme or (config.ROOT or Path.cwd()) / "README.md")
    text = path.read_text(encoding="utf-8")
    a, b = _block(text, path)
    have = text[a:b].strip("\n").splitlines()
    want = render(template, figures_dir=figures_dir).rstrip("\n").splitlines()
    out = [f"README says {h!r}, the tables say {w!r}" for h, w in zip(have, want) if h != w]
    if len(have) != len(want):
        out.append(f"README block has {len(have)} lines, the template renders {len(want)}")
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m corpusmine.findings [--check] [--readme FILE] [--figures DIR]``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"category": ["动员"], "mean": [2.05]}).to_csv(d / "05_rhetoric_speech.csv", index=False)
    >>> _ = (d / "README.md").write_text(f"{START}\\n{END}\\n", encoding="utf-8")
    >>> main(["--check", "--readme", str(d / "README.md"), "--figures", str(d)])   # 表格不全: the block is stale
    1
    """
    ap = argparse.ArgumentParser(prog="python -m corpusmine.findings",
                                 description="Render the README findings block (发现) from figures/*.csv.")
    ap.add_argument("--check", action="store_true", help="only report where README and tables disagree")
    ap.add_argument("--readme", default=None)
    ap.add_argument("--figures", default=None)
    args = ap.parse_args(argv)
    if args.check:
        try:
            problems = check_readme(args.readme, figures_dir=args.figures)
        except CorpusInputError as exc:
            problems = [str(exc)]
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    changed = update_readme(args.readme, figures_dir=args.figures)
    print("README findings block " + ("updated" if changed else "already up to date"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
