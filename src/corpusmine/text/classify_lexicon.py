"""The campaign lexicon: terms with sources, scores per 1,000 characters, the lexicon model's probabilities.

The lexicon is data: ``data/lexicons/campaigns.yaml`` lists, for each campaign, weighted terms with
their sources, and for the genres of local government speech that are *not* these campaigns
(safety, flood control, business environment, education, party building, pollution control ...) an
explicit ``other_genres`` list.  A text's score for a campaign (or for "other") is the weighted
count of its terms per thousand Chinese characters (longest term first, no overlapping hits;
other-genre terms are matched together with the campaign terms, so 城市建设 inside 文明城市建设
counts for the campaign only), explained term by term by :func:`explain_campaign`.  Terms are
matched on the Simplified view of the text (:func:`corpusmine.text.script.simplified_view`), so a
Traditional text that did not go through ``clean_text`` scores like its Simplified form.

Decision and confidence.  The scores enter a four-class softmax (``calibration`` in the YAML)::

    logit(c)     = slope * log(1 + score_c)                                   for each campaign c
    logit(other) = slope * log(1 + min_score + other_weight * other_score) + other_bias
    p            = (1 - smoothing) * softmax(logits) + smoothing / 4

"Other" competes like a fourth campaign whose score is ``min_score`` (3 weighted hits per 1,000
characters) plus its own evidence: one passing mention of 乡村振兴 in a long economy speech stays
"other", while a long campaign speech that also talks about economic work stays a campaign speech.

Sub-tasks.  Some other-genre terms are also sub-tasks of a campaign (移风易俗 and 乡风文明 of
乡村振兴, street-trading enforcement of 创文 and of 城乡环境综合整治): in a text that names the
campaign (its ``names``) and gives it at least as much weight as to those terms, they are no
evidence against it (:meth:`CampaignLexicon.other_weights`).

``smoothing`` caps the confidence at ``1 - 3 * smoothing / 4``.  ``slope`` and ``smoothing`` were
fitted by maximum likelihood (:func:`corpusmine.text.classify_eval.fit_calibration`) on development
pages read after the terms were frozen; held-out pages were used only to measure.  Every term of the
lexicon cites a published source (see the YAML header).  A text is *mixed* when its second campaign
scores at least ``min_score`` and ``MIXED_SHARE`` (half) of the first campaign's score.
The labelling itself (learned model, review flag, sections) is :mod:`corpusmine.text.classify`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from corpusmine import config
from corpusmine.schema import CAMPAIGN_LABELS
from corpusmine.text.script import simplified_view

#: Share of the leading campaign's score from which a second campaign makes a text mixed.
MIXED_SHARE = 0.5

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class CampaignLexicon:
    """A parsed campaign lexicon (see ``campaigns.yaml`` for its format).

    Parameters
    ----------
    terms : dict of str to dict of str to float
        For each campaign, its terms and their weights.
    min_score : float
        Score a campaign needs to be chosen (weighted hits per 1,000 characters).
    min_ratio : float
        How many times the runner-up's score the winner needs.
    path : Path
        The file it was read from.
    other_terms : dict of str to float
        The ``other_genres`` terms and their weights.
    slope, other_bias, other_weight, smoothing : float
        The decision model's parameters (see the module docstring).
    review_below : float
        Confidence under which a text is flagged for review.
    names, subtask_of : dict of str to tuple of str
        Each campaign's own names; the campaigns each other-genre term is a
        sub-task of (see :meth:`other_weights`).

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
    other_terms: dict[str, float] = field(default_factory=dict)
    slope: float = 1.0
    other_bias: float = 0.0
    other_weight: float = 1.0
    review_below: float = 0.6
    smoothing: float = 0.0
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    subtask_of: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def campaigns(self) -> list[str]:
        return list(self.terms)

    def pattern(self, campaign: str) -> re.Pattern:
        """The regular expression of a campaign's terms, longest first (``other``: every term of every list).

        Other-genre terms are matched together with the campaign terms, so
        that an other-genre term inside a campaign phrase does not count
        (城市建设 in 文明城市建设, 城镇建设 in 美丽城镇建设); :meth:`hits`
        keeps the class's own terms.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.pattern("rural").findall("推进乡村振兴,实现乡村全面振兴")
        ['乡村振兴', '乡村全面振兴']
        """
        if campaign == "other":
            terms = {*self.other_terms, *(t for ts in self.terms.values() for t in ts)}
        else:
            terms = self.terms[campaign]
        return _pattern(tuple(sorted(terms, key=lambda t: (-len(t), t))))

    def hits(self, campaign: str, text: str) -> list[str]:
        """The terms of ``campaign`` (or of the other-genre list) found in ``text``, in order.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.hits("other", "加强文明城市建设,推进城市建设。")     # the first 城市建设 belongs to 文明城市
        ['城市建设']
        >>> lex.hits("civilised_city", "加强文明城市建设。")
        ['文明城市']
        """
        lex_terms = self.other_terms if campaign == "other" else self.terms[campaign]
        return [m.group() for m in self.pattern(campaign).finditer(text) if m.group() in lex_terms]

    def weight(self, campaign: str, term: str) -> float:
        """The weight of ``term`` for ``campaign`` (``other`` for the other-genre list).

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.weight("rural", "乡村振兴"), lex.weight("other", "安全生产")
        (3.0, 3.0)
        """
        return (self.other_terms if campaign == "other" else self.terms[campaign])[term]

    def other_weights(self, text: str) -> dict[str, float]:
        """Other-genre weights in ``text``: sub-task terms of a named, leading campaign weigh 0.

        Examples
        --------
        >>> lex = load_lexicon()
        >>> lex.other_weights("推进移风易俗。")["移风易俗"], lex.other_weights("乡村振兴要推进移风易俗。")["移风易俗"]
        (3.0, 0.0)
        >>> lex.other_weights("乡村振兴要推进移风易俗,治理高价彩礼,倡导婚事新办。")["移风易俗"]   # about the sub-task
        3.0
        """
        named = [c for c, ns in self.names.items() if any(n in text for n in ns)]
        if not named:
            return self.other_terms
        other = self.hits("other", text)
        lead = set()
        for c in named:
            sub = sum(self.other_terms[t] for t in other if c in self.subtask_of.get(t, ()))
            if sub and sum(self.terms[c][t] for t in self.hits(c, text)) >= sub:
                lead.add(c)
        return {t: 0.0 if lead.intersection(self.subtask_of.get(t, ())) else w for t, w in self.other_terms.items()}


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
    if not isinstance(data, dict):
        raise ValueError(f"{p}: expected a mapping with a 'campaigns' key")
    problems: list[str] = []
    terms: dict[str, dict[str, float]] = {}
    names: dict[str, tuple[str, ...]] = {}
    subtask_of: dict[str, tuple[str, ...]] = {}
    for camp, spec in (data.get("campaigns") or {}).items():
        if camp not in CAMPAIGN_LABELS or camp == "other":
            problems.append(f"unknown campaign {camp!r}")
            continue
        terms[camp] = _read_terms(camp, (spec or {}).get("terms") or [], problems)
        names[camp] = tuple(str(n) for n in (spec or {}).get("names") or [] if n)
    other = _read_terms("other_genres", data.get("other_genres") or [], problems)
    for entry in data.get("other_genres") or []:
        sub = entry.get("subtask_of") if isinstance(entry, dict) else None
        if sub is None:
            continue
        if not isinstance(sub, list) or not set(sub) <= set(terms):
            problems.append(f"other_genres term {entry.get('term')!r}: subtask_of needs a list of campaigns")
        else:
            subtask_of[str(entry["term"])] = tuple(sub)
    cal = data.get("calibration") or {}
    params = {}
    if "other_slope" in cal:
        problems.append("calibration other_slope: the decision model now takes other_weight "
                        "(see corpusmine.text.classify); refit with classify_eval fit")
    for key, default in (("slope", 1.0), ("other_bias", 0.0), ("other_weight", 1.0)):
        v = cal.get(key, default)
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            problems.append(f"calibration {key}: needs a number, got {v!r}")
        else:
            params[key] = float(v)
    eps = cal.get("smoothing", 0.0)
    if not isinstance(eps, (int, float)) or isinstance(eps, bool) or not 0 <= eps < 1:
        problems.append(f"calibration smoothing: needs a number in [0, 1), got {eps!r}")
    else:
        params["smoothing"] = float(eps)
    review = data.get("review_below", 0.6)
    if not isinstance(review, (int, float)) or not 0 <= review <= 1:
        problems.append(f"review_below: needs a probability between 0 and 1, got {review!r}")
    if problems:
        raise ValueError(f"{p}: " + "; ".join(problems))
    return CampaignLexicon(
        terms=terms,
        min_score=float(data.get("min_score", 3.0)),
        min_ratio=float(data.get("min_ratio", 1.5)),
        path=p,
        other_terms=other,
        names=names,
        subtask_of=subtask_of,
        review_below=float(review),
        **params,
    )


def _read_terms(where: str, entries: list, problems: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for i, entry in enumerate(entries):
        entry = entry if isinstance(entry, dict) else {}
        t, w = entry.get("term"), entry.get("weight")
        if not t or not isinstance(w, (int, float)) or isinstance(w, bool) or w <= 0:
            problems.append(f"{where} term #{i + 1}: needs a term and a positive weight")
        elif not entry.get("source"):
            problems.append(f"{where} term {t!r}: no source given")
        elif t in out:
            problems.append(f"{where} term {t!r}: listed twice")
        else:
            out[str(t)] = float(w)
    return out


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

    Hits of the ``other_genres`` list are listed under campaign ``other``.

    Examples
    --------
    >>> explain_campaign("扎实推进乡村振兴,防止返贫。")[["campaign", "term", "count"]].values.tolist()
    [['rural', '乡村振兴', 1], ['rural', '返贫', 1]]
    >>> explain_campaign("抓好安全生产,严防事故。")[["campaign", "term"]].values.tolist()
    [['other', '安全生产'], ['other', '事故']]
    """
    import pandas as pd

    lex = lexicon or load_lexicon()
    text = simplified_view(text)
    rows = []
    for camp in [*lex.campaigns, "other"]:
        counts: dict[str, int] = {}
        weights = lex.other_weights(text) if camp == "other" else lex.terms[camp]
        for t in lex.hits(camp, text):
            counts[t] = counts.get(t, 0) + 1
        for term, n in counts.items():
            w = weights[term]
            rows.append({"campaign": camp, "term": term, "weight": w, "count": n, "contribution": w * n})
    df = pd.DataFrame(rows, columns=["campaign", "term", "weight", "count", "contribution"])
    return df.sort_values(["campaign", "contribution", "term"], ascending=[True, False, True], ignore_index=True)


def _score(text: str, lex: CampaignLexicon, camp: str, n: int) -> float:
    if camp == "other" and not lex.other_terms:
        return 0.0
    weights = lex.other_weights(text) if camp == "other" else lex.terms[camp]
    total = sum(weights[t] for t in lex.hits(camp, text))
    return round(1000.0 * total / n, 3)


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
    >>> campaign_scores("紮實推進鄉村振興。")["rural"]    # Traditional: matched on its Simplified view
    375.0
    """
    lex = lexicon or load_lexicon()
    text = simplified_view(text)
    n = max(len(_CJK.findall(text)), 1)
    return {camp: _score(text, lex, camp, n) for camp in lex.campaigns}


def other_score(text: str, *, lexicon: CampaignLexicon | None = None) -> float:
    """Weighted hits of the ``other_genres`` terms per 1,000 Chinese characters.

    Examples
    --------
    >>> other_score("抓好安全生产。")   # 安全生产 (weight 3) in 6 characters
    500.0
    """
    lex = lexicon or load_lexicon()
    text = simplified_view(text)
    return _score(text, lex, "other", max(len(_CJK.findall(text)), 1))


def probabilities(scores: dict[str, float], other: float, lexicon: CampaignLexicon) -> dict[str, float]:
    """The decision model: class probabilities from campaign scores and the other-genre score.

    Parameters
    ----------
    scores : dict of str to float
        :func:`campaign_scores` of a text.
    other : float
        :func:`other_score` of the same text.
    lexicon : CampaignLexicon
        Supplies ``slope``, ``other_bias``, ``other_weight``, ``smoothing`` and ``min_score``.

    Returns
    -------
    dict of str to float
        A probability per campaign and for ``other``, summing to 1.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> p = probabilities({"rural": 0.0, "civilised_city": 0.0, "environment": 0.0}, 0.0, lex)
    >>> max(p, key=p.get)           # no campaign vocabulary at all: other
    'other'
    >>> p = probabilities({"rural": 60.0, "civilised_city": 0.0, "environment": 0.0}, 0.0, lex)
    >>> max(p, key=p.get), p["rural"] > 0.9, p["rural"] <= 1 - 0.75 * lex.smoothing
    ('rural', True, True)
    >>> a = "要推进乡村振兴。"
    >>> b = a + "汛期要抓好安全生产和防汛抗旱,排查安全隐患,严防各类事故。"   # other-genre vocabulary
    >>> pa = probabilities(campaign_scores(a), other_score(a), lex)
    >>> pb = probabilities(campaign_scores(b), other_score(b), lex)
    >>> pb["rural"] < pa["rural"]
    True
    """
    logits = {c: lexicon.slope * math.log1p(max(s, 0.0)) for c, s in scores.items()}
    logits["other"] = (lexicon.slope * math.log1p(lexicon.min_score + lexicon.other_weight * max(other, 0.0))
                       + lexicon.other_bias)
    top = max(logits.values())
    exp = {c: math.exp(z - top) for c, z in logits.items()}
    total = sum(exp.values())
    eps = lexicon.smoothing
    return {c: (1.0 - eps) * v / total + eps / len(exp) for c, v in exp.items()}


def is_mixed(scores: dict[str, float], lexicon: CampaignLexicon) -> bool:
    """Whether the second campaign scores at least ``min_score`` and ``MIXED_SHARE`` of the first.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> is_mixed(campaign_scores("要推进乡村振兴。要推进城乡环境综合整治。"), lex)
    True
    >>> is_mixed(campaign_scores("推进乡村振兴,巩固脱贫攻坚成果,防止返贫,稳定粮食生产。抓好垃圾清运。"), lex)
    False
    """
    top = sorted(scores.values(), reverse=True)
    return len(top) > 1 and top[1] >= lexicon.min_score and top[1] >= MIXED_SHARE * top[0]
