"""Assign a campaign to an unseen speech or section from a transparent lexicon.

The lexicon is data: ``data/lexicons/campaigns.yaml`` lists, for each
campaign, weighted terms with their sources.  A text's score for a campaign is
the weighted count of its terms per thousand Chinese characters (longest term
first, no overlapping hits).  The result can be explained term by term with
:func:`explain_campaign`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpusmine import config

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class CampaignLexicon:
    """A parsed campaign lexicon (see ``campaigns.yaml`` for its format).

    Parameters
    ----------
    terms : dict of str to dict of str to float
        For each campaign, its terms and their weights.
    min_score : float
        Score a campaign needs to be chosen (weighted hits per 1,000
        characters).
    min_ratio : float
        How many times the runner-up's score the winner needs.
    path : Path
        The file it was read from.

    Examples
    --------
    >>> lex = CampaignLexicon({"rural": {"乡村振兴": 3.0}}, min_score=3.0, min_ratio=1.5, path=Path("demo.yaml"))
    >>> lex.campaigns, lex.pattern("rural").findall("推进乡村振兴,实现乡村振兴")
    (['rural'], ['乡村振兴', '乡村振兴'])
    """

    terms: dict[str, dict[str, float]]  # campaign -> term -> weight
    min_score: float
    min_ratio: float
    path: Path

    @property
    def campaigns(self) -> list[str]:
        return list(self.terms)

    def pattern(self, campaign: str) -> re.Pattern:
        return _pattern(tuple(sorted(self.terms[campaign], key=lambda t: (-len(t), t))))


@lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, terms)))


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> CampaignLexicon:
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{p}: not valid YAML: {exc}") from None
    problems = []
    terms: dict[str, dict[str, float]] = {}
    for camp, spec in (data.get("campaigns") or {}).items():
        if camp not in config.CAMPAIGNS_LABELS or camp == "other":
            problems.append(f"unknown campaign {camp!r}")
            continue
        terms[camp] = {}
        for i, entry in enumerate(spec.get("terms") or []):
            t, w = entry.get("term"), entry.get("weight")
            if not t or not isinstance(w, (int, float)) or w <= 0:
                problems.append(f"{camp} term #{i + 1}: needs a term and a positive weight")
            elif not entry.get("source"):
                problems.append(f"{camp} term {t!r}: no source given")
            elif t in terms[camp]:
                problems.append(f"{camp} term {t!r}: listed twice")
            else:
                terms[camp][str(t)] = float(w)
    if problems:
        raise ValueError(f"{p}: " + "; ".join(problems))
    return CampaignLexicon(
        terms=terms,
        min_score=float(data.get("min_score", 3.0)),
        min_ratio=float(data.get("min_ratio", 1.5)),
        path=p,
    )


def load_lexicon(path: Path | str | None = None) -> CampaignLexicon:
    """Load (and cache) the campaign lexicon; errors name the file and the entry.

    Parameters
    ----------
    path : path-like, optional
        A lexicon file; default ``data/lexicons/campaigns.yaml``.  The parsed
        lexicon is cached until the file changes.

    Returns
    -------
    CampaignLexicon

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        On invalid YAML, an unknown campaign, or a term without a positive
        weight or a source, or listed twice.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex.campaigns, lex.terms["rural"]["乡村振兴"], "创文" in lex.terms["civilised_city"]
    (['rural', 'civilised_city', 'environment'], 3.0, True)
    """
    p = Path(path or config.CAMPAIGNS)
    if not p.is_file():
        raise FileNotFoundError(f"{p}: campaign lexicon not found")
    return _load(str(p.resolve()), p.stat().st_mtime)


def explain_campaign(text: str, *, lexicon: CampaignLexicon | None = None):
    """Every lexicon hit in ``text``: a DataFrame [campaign, term, weight, count, contribution].

    Examples
    --------
    >>> explain_campaign("扎实推进乡村振兴,防止返贫。")[["campaign", "term", "count"]].values.tolist()
    [['rural', '乡村振兴', 1], ['rural', '返贫', 1]]
    """
    import pandas as pd

    lex = lexicon or load_lexicon()
    rows = []
    for camp in lex.campaigns:
        counts: dict[str, int] = {}
        for m in lex.pattern(camp).finditer(text):
            counts[m.group()] = counts.get(m.group(), 0) + 1
        for term, n in counts.items():
            w = lex.terms[camp][term]
            rows.append({"campaign": camp, "term": term, "weight": w, "count": n, "contribution": w * n})
    df = pd.DataFrame(rows, columns=["campaign", "term", "weight", "count", "contribution"])
    return df.sort_values(["campaign", "contribution", "term"], ascending=[True, False, True], ignore_index=True)


def campaign_scores(text: str, *, lexicon: CampaignLexicon | None = None) -> dict[str, float]:
    """Weighted hits per 1,000 Chinese characters, for every campaign.

    Parameters
    ----------
    text : str
        Cleaned Simplified Chinese text.
    lexicon : CampaignLexicon, optional
        Default: ``data/lexicons/campaigns.yaml``.

    Returns
    -------
    dict of str to float
        Score per campaign, rounded to three decimals.

    Examples
    --------
    >>> s = campaign_scores("扎实推进乡村振兴。")   # one hit of weight 3 in 8 characters
    >>> s["rural"], s["civilised_city"]
    (375.0, 0.0)
    """
    lex = lexicon or load_lexicon()
    n = max(len(_CJK.findall(text)), 1)
    scores = {}
    for camp in lex.campaigns:
        total = sum(lex.terms[camp][m.group()] for m in lex.pattern(camp).finditer(text))
        scores[camp] = round(1000.0 * total / n, 3)
    return scores


def classify_campaign(text: str, *, lexicon: CampaignLexicon | None = None) -> tuple[str, dict[str, float]]:
    """Label a speech or section with the campaign its vocabulary points to.

    Parameters
    ----------
    text : str
        Cleaned Simplified Chinese text (see :func:`corpusmine.clean_text`).
    lexicon : CampaignLexicon, optional
        Default: ``data/lexicons/campaigns.yaml``.

    Returns
    -------
    label : str
        ``rural``, ``civilised_city``, ``environment``, or ``other`` when no
        campaign scores at least ``min_score`` and ``min_ratio`` times the
        runner-up.
    scores : dict
        Score per campaign (weighted hits per 1,000 characters).

    Examples
    --------
    >>> label, scores = classify_campaign("创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改。")
    >>> label
    'civilised_city'
    >>> classify_campaign("要提高粮食单产,保障粮食安全,推进乡村振兴。")[0]
    'rural'
    """
    lex = lexicon or load_lexicon()
    scores = campaign_scores(text, lexicon=lex)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= lex.min_score and top >= lex.min_ratio * second:
        return best, scores
    return "other", scores
