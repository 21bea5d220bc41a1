"""The one assembler: cleaned speeches → segmented, classified, counted, duplicate-flagged tables.

Both entry points -- :func:`corpusmine.corpus.build.build_corpus` (the seed corpus: raw pages
and the manifest) and :func:`corpusmine.corpus.read.read_corpus` (a user's folder, JSON Lines,
CSV/TSV or Parquet) -- read their input into records, clean them with
:func:`corpusmine.corpus.cleaning.clean_all`, turn each speech into a :class:`Speech` and hand
the list to :func:`assemble`, which

* splits every speech into paragraphs and sections (:mod:`corpusmine.text.segment`);
* scores every speech and section with the campaign classifier and decides each section's
  campaign (:func:`section_campaign`, manual overrides first);
* counts words with a :class:`~corpusmine.tokens.tokenizer.Tokenizer` (filling its cache);
* flags near-duplicate paragraphs (:func:`corpusmine.corpus.dedup.near_duplicates`);

and returns the ``speeches``, ``paragraphs`` and ``sections`` tables with the columns of
:mod:`corpusmine.schema`.

Examples
--------
>>> sp = Speech("civ", "a.txt", "同志们:\\n创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改。",
...             campaign="civilised_city", columns={"title": "创文推进会讲话"})
>>> speeches, paragraphs, sections = assemble([sp], tokenizer=None, cache_dir=None)
>>> paragraphs[["paragraph_id", "campaign"]].values.tolist()
[['civ:001', 'civilised_city'], ['civ:002', 'civilised_city']]
>>> speeches[["title", "n_paragraphs", "classifier_campaign"]].values.tolist()
[['创文推进会讲话', 2, 'civilised_city']]
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from corpusmine.corpus.dedup import near_duplicates
from corpusmine.corpus.records import Stopwatch, progress_bar, tidy
from corpusmine.errors import CorpusWarning
from corpusmine.schema import CAMPAIGNS, OTHER, PARAGRAPH_COLUMNS, SECTION_COLUMNS, SPEECH_COLUMNS
from corpusmine.text.classify import classify_campaign
from corpusmine.text.segment import detect_sections, split_paragraphs
from corpusmine.tokens.tokenizer import Tokenizer

log = logging.getLogger(__name__)

__all__ = ["Speech", "assemble", "section_campaign"]

_NO_SCORES = {c: 0.0 for c in CAMPAIGNS}
#: Speech columns a reader may leave out, and their values then.
_DEFAULTS: dict[str, Any] = {"title": "", "secondary_campaigns": "", "admin_level": "unknown", "year": None,
                             "part": 1, "region": "", "source_site": "", "note": ""}


@dataclass
class Speech:
    """One speech ready for assembly: its cleaned text, labels and descriptive columns.

    Parameters
    ----------
    speech_id : str
    source_file : str
        The file or record it comes from (as the audit names it).
    text : str
        The cleaned text, one paragraph per line.
    campaign : str
        Its campaign label (``"other"`` when none).
    secondary : tuple of str
        Other campaigns with a section of their own (mixed speeches).
    include : bool
        Whether it enters comparisons.
    columns : dict
        Every other speech column (title, admin_level, year, part, region … and a reader's extra
        columns), in order.
    where : str
        How warnings name it (default: ``source_file``).

    Examples
    --------
    >>> Speech("rural", "b.txt", "要全面推进乡村振兴。", campaign="rural").include
    True
    """

    speech_id: str
    source_file: str
    text: str
    campaign: str = OTHER
    secondary: tuple[str, ...] = ()
    include: bool = True
    columns: dict[str, Any] = field(default_factory=dict)
    where: str = ""


def section_campaign(speech_campaign: str, secondary, classifier_label: str) -> tuple[str, str]:
    """Decide a section's campaign from its speech's labels and the classifier.

    * a speech labelled ``other``: every section is ``other``;
    * a single-campaign speech: sections inherit its campaign unless the
      classifier confidently names another campaign;
    * a mixed speech (secondary campaigns listed): the classifier decides,
      ``other`` included (a mixed speech also talks about other business).

    Parameters
    ----------
    speech_campaign : str
        The speech's campaign.
    secondary : sequence of str
        The speech's secondary campaigns (empty for a single-campaign speech).
    classifier_label : str
        :func:`corpusmine.classify_campaign`'s label for the section.

    Returns
    -------
    campaign : str
    source : {"speech", "classifier"}

    Examples
    --------
    >>> label, _ = classify_campaign("创文工作已经到了攻坚之年,要对照文明城市测评体系逐项整改。")
    >>> section_campaign("rural", [], label), section_campaign("other", [], label)
    (('civilised_city', 'classifier'), ('other', 'speech'))
    """
    if speech_campaign == OTHER:
        return OTHER, "speech"
    if not secondary:
        if classifier_label not in (OTHER, speech_campaign):
            return classifier_label, "classifier"
        return speech_campaign, "speech"
    return classifier_label, "classifier"


def _rows(sp: Speech, paras, overrides: dict, classify: bool) -> tuple[dict, list[dict], list[dict]]:
    """The speech row, paragraph rows and section rows of one speech."""
    body = "\n".join(p.text for p in paras)
    label, scores = classify_campaign(body) if classify else (OTHER, _NO_SCORES)
    by_section: dict[int, list] = {}
    for p in paras:
        by_section.setdefault(p.section_id, []).append(p)
    sec_campaign: dict[int, str] = {}
    section_rows = []
    for sid, ps in by_section.items():
        stext = "\n".join(p.text for p in ps)
        s_label, s_scores = classify_campaign(stext) if classify else (OTHER, _NO_SCORES)
        camp, src = section_campaign(sp.campaign, sp.secondary, s_label)
        if (sp.speech_id, sid) in overrides:
            camp, src = overrides[(sp.speech_id, sid)], "override"
        elif src == "classifier" and camp not in {sp.campaign, OTHER, *sp.secondary}:
            warnings.warn(
                f"{sp.where or sp.source_file}: speech {sp.speech_id} section {sid} reads as {camp!r}, "
                f"which the input does not list for this speech",
                CorpusWarning,
                stacklevel=3,
            )
        sec_campaign[sid] = camp
        section_rows.append({
            "speech_id": sp.speech_id, "section_id": sid, "section_title": ps[0].section_title,
            "campaign": camp, "campaign_source": src, "classifier_campaign": s_label,
            **{f"score_{c}": s_scores.get(c, 0.0) for c in CAMPAIGNS},
            "include": bool(sp.include), "n_paragraphs": len(ps), "n_chars": len(stext), "text": stext,
        })
    para_rows = [{
        "speech_id": sp.speech_id, "section_id": p.section_id, "section_title": p.section_title,
        "paragraph_id": f"{sp.speech_id}:{p.paragraph_no:03d}", "campaign": sec_campaign[p.section_id],
        "text": p.text, "paragraph_no": p.paragraph_no, "subsection_title": p.subsection_title,
        "heading_level": p.heading_level, "run_in": p.run_in, "include": bool(sp.include), "n_chars": len(p.text),
    } for p in paras]
    speech_row = {
        "speech_id": sp.speech_id, "source_file": sp.source_file, "campaign": sp.campaign,
        "include": bool(sp.include), "n_chars": len(body), "text": body,
        "n_paragraphs": len(paras), "n_sections": len(by_section), "classifier_campaign": label,
        **{f"score_{c}": scores.get(c, 0.0) for c in CAMPAIGNS},
        **_DEFAULTS,
        **sp.columns,
    }
    return speech_row, para_rows, section_rows


def segment(text: str) -> list:
    """The paragraphs of a cleaned text, with their sections (:mod:`corpusmine.text.segment`).

    Examples
    --------
    >>> [(p.section_id, p.text) for p in segment("同志们:\\n一、提高站位\\n要抓实抓细。")]
    [(0, '同志们:'), (1, '一、提高站位'), (1, '要抓实抓细。')]
    """
    return detect_sections(split_paragraphs(text))


def assemble(
    speeches: list[Speech],
    *,
    tokenizer: Tokenizer | None,
    cache_dir=None,
    overrides: pd.DataFrame | None = None,
    classify: bool = True,
    dedup: bool = True,
    dup_floor: float = 0.5,
    n_jobs: int = 1,
    progress: bool = False,
    clock: Stopwatch | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Turn cleaned speeches into the ``speeches``, ``paragraphs`` and ``sections`` tables.

    Parameters
    ----------
    speeches : list of Speech
        In corpus order (a paragraph is flagged as a copy of an *earlier* one).  Every speech
        must have at least one paragraph (see :func:`segment`).
    tokenizer : Tokenizer or None
        Counts ``n_words``; None: ``Tokenizer(remove_stopwords=False, cache_dir=cache_dir)``.
    cache_dir : path-like or None
        Token cache of the default tokenizer.
    overrides : DataFrame, optional
        Section campaigns decided by hand: ``speech_id, section_id, campaign``
        (:func:`corpusmine.corpus.manifest.load_section_overrides`).
    classify : bool
        Score speeches and sections with the campaign classifier; False leaves them ``other``/0.
    dedup : bool
        Flag near-duplicate paragraphs; False leaves every paragraph unflagged.
    dup_floor : float
        Similarities below this are reported as 0.0 (see :func:`near_duplicates`).
    n_jobs : int
        Processes for tokenizing texts not in the cache.
    progress : bool
        Progress bars on stderr.
    clock : Stopwatch, optional
        Logs the time of each stage (segment, tokenize, dedup, tables).

    Returns
    -------
    speeches, paragraphs, sections : DataFrame
        ``SPEECH_COLUMNS`` (then any other columns of :attr:`Speech.columns`),
        ``PARAGRAPH_COLUMNS``, ``SECTION_COLUMNS``.

    Warns
    -----
    CorpusWarning
        A section the classifier confidently gives a campaign the speech does not list.

    Examples
    --------
    >>> sp = [Speech("a", "a.txt", "要全面推进乡村振兴,巩固拓展脱贫攻坚成果。", campaign="rural"),
    ...       Speech("b", "b.txt", "要全面推进乡村振兴,巩固拓展脱贫攻坚成果!", campaign="rural")]
    >>> _, paragraphs, _ = assemble(sp, tokenizer=None, dup_floor=0.1)
    >>> paragraphs[["paragraph_id", "dup_of", "dup_similarity"]].values.tolist()
    [['a:001', '', 0.0], ['b:001', 'a:001', 0.8889]]
    """
    ov: dict = {}
    if overrides is not None and len(overrides):
        ov = {(r.speech_id, int(r.section_id)): r.campaign for r in overrides.itertuples()}
    speech_rows: list[dict] = []
    para_rows: list[dict] = []
    section_rows: list[dict] = []
    for sp in progress_bar(progress, desc="segmenting", unit="speech", iterable=speeches):
        s_row, p_rows, sec_rows = _rows(sp, segment(sp.text), ov, classify)
        speech_rows.append(s_row)
        para_rows.extend(p_rows)
        section_rows.extend(sec_rows)
    lap = clock.lap if clock is not None else (lambda stage, n: 0.0)
    lap("segment", len(speech_rows))

    paragraphs = pd.DataFrame(para_rows)
    tok = tokenizer if tokenizer is not None else Tokenizer(remove_stopwords=False, cache_dir=cache_dir)
    texts = paragraphs["text"].tolist()
    n_words: list[int] = []
    step = 2000
    with progress_bar(progress, desc="tokenizing", unit="para", total=len(texts)) as bar:
        for s in range(0, len(texts), step):
            chunk = texts[s:s + step]
            n_words.extend(len(t) for t in tok.cut_many(chunk, n_jobs=n_jobs))
            bar.update(len(chunk))
    paragraphs["n_words"] = n_words
    lap("tokenize", len(texts))
    if dedup:
        dups = near_duplicates(texts, paragraphs["speech_id"].tolist(), floor=dup_floor, progress=progress)
    else:
        dups = [(None, 0.0)] * len(texts)
    paragraphs["dup_of"] = [paragraphs["paragraph_id"].iat[j] if j is not None else "" for j, _ in dups]
    paragraphs["dup_similarity"] = [s for _, s in dups]
    paragraphs = paragraphs[PARAGRAPH_COLUMNS]
    lap("dedup", len(texts))

    table = pd.DataFrame(speech_rows)
    g = paragraphs.groupby("speech_id", sort=False)
    table["n_words"] = table["speech_id"].map(g["n_words"].sum()).astype(int)
    dup_chars = paragraphs[paragraphs["dup_of"] != ""].groupby("speech_id")["n_chars"].sum()
    table["dup_share"] = (table["speech_id"].map(dup_chars).fillna(0) / table["n_chars"]).round(4)
    table["year"] = table["year"].astype("Int64")
    extra = [c for c in table.columns if c not in SPEECH_COLUMNS]
    table = table[SPEECH_COLUMNS + extra]
    for c in extra:
        table[c] = tidy(table[c])
    sections = pd.DataFrame(section_rows)[SECTION_COLUMNS]
    lap("tables", len(table))
    return table, paragraphs, sections
