"""Assign a campaign to an unseen speech or section, with a calibrated confidence and a review flag.

The lexicon and its model (terms with sources, scores per 1,000 characters, the four-class softmax,
sub-tasks, *mixed* texts) are :mod:`corpusmine.text.classify_lexicon`; its public names are
re-exported here.

Learned model.  The label and confidence come from :mod:`corpusmine.text.classify_model` when its
weights file ships (a logistic regression over Tokenizer words seen on several pages of several
sites plus the lexicon model's log-probabilities, calibrated on held-out folds); pass
``model=False`` for the lexicon model alone.  Scores, ``mixed`` and the explanation stay the
lexicon's.  The label is the most probable class and its probability the confidence.  Texts with
confidence under ``review_below`` (0.7) are flagged ``needs_review``, and so is a text with fewer
than ``MIN_CHARS`` Chinese characters, whose probabilities are uniform (an empty text must not look
like a confident "other"); a government's work report to its congress is other with probability
``WORK_REPORT_OTHER`` at least (a general report); mixed speeches are labelled section by section with
:func:`classify_sections`.  A Traditional-script text is read through its Simplified view
(:func:`corpusmine.text.script.simplified_view`), as ``clean_text`` would give it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from corpusmine.text.classify_lexicon import (  # noqa: F401  (re-exported: the public names of the lexicon)
    MIXED_SHARE,
    CampaignLexicon,
    campaign_scores,
    explain_campaign,
    is_mixed,
    load_lexicon,
    other_score,
    probabilities,
)
from corpusmine.text.classify_model import TokenModel, load_model
from corpusmine.text.patterns import RE_CJK
from corpusmine.text.script import simplified_view
from corpusmine.text.segment import detect_sections, split_paragraphs
from corpusmine.text.speech_voice import REPORT_TO_CONGRESS

#: A government's work report to its congress (现在,我代表县人民政府,向大会报告工作): a general report, whose label is
#: other whatever its first section is about (a page cut after the report's poverty section read rural, rounds 296k-297k).
WORK_REPORT = re.compile(REPORT_TO_CONGRESS)
#: The probability of other for such a report: the pages holding the formula (向大会报告工作, 向大会作工作报告) among the
#: labelled natural mixes of rounds 249k-298k were other 39/39 (first annotators), so (39 + 1) / (39 + 2) by the rule of
#: succession.
WORK_REPORT_OTHER = 40 / 41

#: Fewer Chinese characters and a text is no speech (e.g. a body the cleaner emptied):
#: :func:`classify_text` gives every class the same probability and flags it for review.
MIN_CHARS = 10


@dataclass(frozen=True)
class CampaignResult:
    """A text's campaign label with its calibrated confidence.

    Parameters
    ----------
    label : str
        ``rural``, ``civilised_city``, ``environment`` or ``other``.
    confidence : float
        The label's probability.
    probabilities : dict of str to float
        Every class's probability.
    scores : dict of str to float
        Weighted campaign hits per 1,000 characters (:func:`campaign_scores`).
    other_score : float
        Weighted other-genre hits per 1,000 characters.
    needs_review : bool
        Confidence under ``review_below``, a mixed text, or fewer than ``MIN_CHARS`` characters.
    mixed : bool
        Two campaigns (:func:`is_mixed`): label its sections with :func:`classify_sections`.

    Examples
    --------
    >>> r = classify_text("要持续清理城市牛皮癣,更换破损的公益广告,迎接文明城市测评。")
    >>> r.label, r.needs_review
    ('civilised_city', False)
    """

    label: str
    confidence: float
    probabilities: dict[str, float]
    scores: dict[str, float]
    other_score: float
    needs_review: bool
    mixed: bool = False


def _learned(lexicon: CampaignLexicon | None, model) -> TokenModel | None:
    if model is False or (model is None and lexicon is not None and lexicon is not load_lexicon()):
        return None                     # the model was fitted on the shipped lexicon's verdicts
    return load_model() if model is None or model is True else model


def classify_text(text: str, *, lexicon: CampaignLexicon | None = None, model=None) -> CampaignResult:
    """Label a speech or section, with a calibrated confidence and a review flag.

    Parameters
    ----------
    text : str
        Cleaned Simplified Chinese text (body only: a page title is not needed).
    lexicon : CampaignLexicon, optional
        Default: ``data/lexicons/campaigns.yaml``.
    model : TokenModel or False, optional
        Default: the shipped learned model (with the shipped lexicon only);
        False: the lexicon model alone.

    Returns
    -------
    CampaignResult
        Under ``MIN_CHARS`` Chinese characters: ``other``, uniform probabilities, flagged.

    Examples
    --------
    >>> r = classify_text("  ")              # an emptied body: knows nothing, says so
    >>> r.label, r.confidence, r.needs_review
    ('other', 0.25, True)
    >>> economy = ("今年全县经济运行总体平稳,固定资产投资和财政收入稳步增长。下半年要抓好招商引资,加快项目建设,"
    ...            "持续优化营商环境,统筹推进工业转型、城市建设和乡村振兴,确保完成全年经济工作目标任务。")
    >>> r = classify_text(economy)          # one passing mention of 乡村振兴
    >>> r.label, r.needs_review
    ('other', False)
    >>> classify_text("要推进乡村振兴。要推进城乡环境综合整治。").needs_review   # two campaigns, one sentence each
    True
    >>> report = ("各位代表:现在,我代表县人民政府,向大会报告工作,请予审议。过去一年,我们坚决打赢脱贫攻坚战,"
    ...           "贫困村全部出列,易地扶贫搬迁全面完成,产业扶贫、就业扶贫成效明显。")
    >>> r = classify_text(report)           # a work report is a general report, whatever its first section
    >>> r.label, round(r.confidence, 3)
    ('other', 0.976)
    """
    text = simplified_view(text)        # a Traditional text is read as clean_text would give it
    lex = lexicon or load_lexicon()
    scores = campaign_scores(text, lexicon=lex)
    oth = other_score(text, lexicon=lex)
    if len(RE_CJK.findall(text)) < MIN_CHARS:
        probs = dict.fromkeys([*lex.campaigns, "other"], 1.0 / (len(lex.campaigns) + 1))
        return CampaignResult("other", probs["other"], probs, scores, oth, True, False)
    probs = probabilities(scores, oth, lex)
    learned = _learned(lexicon, model)
    if learned is not None:
        probs = learned.probabilities(text, {c: math.log(max(v, 1e-12)) for c, v in probs.items()})
    if probs["other"] < WORK_REPORT_OTHER and WORK_REPORT.search(text):
        rest = 1.0 - probs["other"]
        probs = {c: WORK_REPORT_OTHER if c == "other" else (1.0 - WORK_REPORT_OTHER) * (p / rest if rest > 0 else
                                                                                        1.0 / (len(probs) - 1))
                 for c, p in probs.items()}
    label = max(probs, key=lambda c: (probs[c], c == "other"))
    conf = probs[label]
    mixed = label != "other" and is_mixed(scores, lex)
    return CampaignResult(label, conf, probs, scores, oth, conf < lex.review_below or mixed, mixed)


def classify_campaign(text: str, *, lexicon: CampaignLexicon | None = None,
                      model=None) -> tuple[str, dict[str, float]]:
    """Label a speech or section with the campaign its vocabulary points to.

    :func:`classify_text`'s label, except that a *mixed* text is ``other``.

    Parameters
    ----------
    text : str
        Cleaned Simplified Chinese text (see :func:`corpusmine.clean_text`).
    lexicon : CampaignLexicon, optional
        Default: ``data/lexicons/campaigns.yaml``.

    Returns
    -------
    label : str
        ``rural``, ``civilised_city``, ``environment`` or ``other``.
    scores : dict
        Score per campaign (weighted hits per 1,000 characters).

    Examples
    --------
    >>> label, scores = classify_campaign("创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改。")
    >>> label
    'civilised_city'
    >>> classify_campaign("要提高粮食单产,保障粮食安全,推进乡村振兴。")[0]
    'rural'
    >>> classify_campaign("要抓好汛期安全生产,严防各类事故。")[0]
    'other'
    """
    r = classify_text(text, lexicon=lexicon, model=model)
    return ("other" if r.mixed else r.label), r.scores


def classify_sections(text: str, *, lexicon: CampaignLexicon | None = None, model=None):
    """Label a speech and each of its sections (for mixed speeches).

    The speech is split into paragraphs and numbered sections
    (:mod:`corpusmine.text.segment`); every section gets its own label,
    confidence and review flag, and the first row (``section_id`` -1) is the
    whole speech.

    Parameters
    ----------
    text : str
        A cleaned speech, one paragraph per line.
    lexicon : CampaignLexicon, optional
        Default: ``data/lexicons/campaigns.yaml``.

    Returns
    -------
    pandas.DataFrame
        Columns ``section_id, section_title, label, confidence, needs_review,
        n_chars`` and ``p_<class>`` for every class.

    Examples
    --------
    >>> speech = "同志们:\\n一、巩固脱贫攻坚成果\\n要防止返贫,做好监测帮扶,推进乡村振兴。\\n二、深化城乡环境综合整治\\n要整治脏乱差,抓好垃圾清运和村容村貌。"
    >>> df = classify_sections(speech)
    >>> df[["section_id", "label"]].values.tolist()[1:]      # row -1 is the whole (mixed) speech
    [[0, 'other'], [1, 'rural'], [2, 'environment']]
    >>> bool(df.loc[0, "needs_review"])
    True
    """
    import pandas as pd

    paras = detect_sections(split_paragraphs(text))
    parts: list[tuple[int, str, str]] = [(-1, "", text)]
    by: dict[int, list] = {}
    for p in paras:
        by.setdefault(p.section_id, []).append(p)
    parts += [(sid, ps[0].section_title, "\n".join(p.text for p in ps)) for sid, ps in by.items()]
    rows = []
    for sid, title, stext in parts:
        r = classify_text(stext, lexicon=lexicon, model=model)
        rows.append({"section_id": sid, "section_title": title, "label": r.label,
                     "confidence": round(r.confidence, 4), "needs_review": r.needs_review,
                     "n_chars": len(stext), **{f"p_{c}": round(v, 4) for c, v in r.probabilities.items()}})
    return pd.DataFrame(rows)
