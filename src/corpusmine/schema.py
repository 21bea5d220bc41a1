"""The names every stage shares: table columns, the campaign vocabulary and the administrative levels.

One place for each name, so that a column or a campaign is spelled once:

* :data:`CAMPAIGNS` -- the compared campaigns, in the order of
  ``data/lexicons/campaigns.yaml`` (read once, when this module is imported);
  :data:`CAMPAIGN_LABELS` adds ``"other"``, the label of everything else;
* :data:`ADMIN_LEVELS` -- the administrative level of a speech (the
  ``admin_level`` column; ``level`` always means the document unit: speech,
  section or paragraph);
* the column lists of the corpus tables (:data:`SPEECH_COLUMNS`,
  :data:`PARAGRAPH_COLUMNS`, :data:`SECTION_COLUMNS`, :data:`SOURCE_COLUMNS`,
  :data:`SEED_SOURCE_COLUMNS`, :data:`MANIFEST_COLUMNS`, :data:`OPTIONAL_MANIFEST_COLUMNS`) and the table names
  (:data:`TABLES`).

Examples
--------
>>> CAMPAIGNS
('rural', 'civilised_city', 'environment')
>>> CAMPAIGN_ZH["civilised_city"], "admin_level" in SPEECH_COLUMNS, "level" in SPEECH_COLUMNS
('创建文明城市', True, False)
"""

from __future__ import annotations

from pathlib import Path

import yaml

from corpusmine import config
from corpusmine.errors import CorpusInputError

__all__ = [
    "ADMIN_LEVELS", "CAMPAIGNS", "CAMPAIGN_LABELS", "CAMPAIGN_ZH", "MANIFEST_COLUMNS", "OTHER",
    "OPTIONAL_MANIFEST_COLUMNS", "PARAGRAPH_COLUMNS", "SCORE_COLUMNS",
    "SECTION_COLUMNS", "SEED_SOURCE_COLUMNS", "SOURCE_COLUMNS",
    "SPEECH_COLUMNS", "TABLES", "load_campaign_names",
]


def load_campaign_names(path: Path | str | None = None) -> dict[str, str]:
    """The campaigns of a campaign lexicon, in file order, with their Chinese names.

    Parameters
    ----------
    path : path-like, optional
        A lexicon in the format of ``data/lexicons/campaigns.yaml``; default
        that file.

    Returns
    -------
    dict of str to str
        ``{campaign: label_zh}`` in the order of the file (``label_zh`` is ''
        when the file gives none).

    Raises
    ------
    CorpusInputError
        The file is missing, is not YAML, or has no ``campaigns`` mapping.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "campaigns.yaml")
    ...     _ = p.write_text("campaigns:\\n  rural: {label_zh: 乡村振兴}\\n  forest: {}\\n", encoding="utf-8")
    ...     load_campaign_names(p)
    {'rural': '乡村振兴', 'forest': ''}
    """
    p = Path(path or config.CAMPAIGNS)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CorpusInputError(p, f"cannot read the campaign lexicon: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise CorpusInputError(p, f"not valid YAML: {exc}") from None
    camps = data.get("campaigns") if isinstance(data, dict) else None
    if not isinstance(camps, dict) or not camps:
        raise CorpusInputError(p, "no 'campaigns' mapping")
    if OTHER in camps:
        raise CorpusInputError(p, f"{OTHER!r} is reserved for texts of no campaign")
    return {str(k): str((v or {}).get("label_zh", "")) if isinstance(v, dict) or v is None else ""
            for k, v in camps.items()}


#: The label of a text that belongs to none of the campaigns.
OTHER: str = "other"

#: Chinese name of each campaign, from ``data/lexicons/campaigns.yaml``.
CAMPAIGN_ZH: dict[str, str] = load_campaign_names()
#: The compared campaigns, in the lexicon's order.
CAMPAIGNS: tuple[str, ...] = tuple(CAMPAIGN_ZH)
#: Every campaign label a speech, section or paragraph may carry.
CAMPAIGN_LABELS: tuple[str, ...] = (*CAMPAIGNS, OTHER)
#: The classifier's score columns, one per campaign.
SCORE_COLUMNS: tuple[str, ...] = tuple(f"score_{c}" for c in CAMPAIGNS)

#: Administrative level of a speech (column ``admin_level``): the issue's 全省/全市/全县/全区/全镇 (a township, 镇 or 乡,
#: read as ``township`` since session aq: held-out metadata round 211k had 13 township speeches the manifest called unknown).
ADMIN_LEVELS: tuple[str, ...] = ("province", "city", "county", "district", "township", "unknown")

#: The tables of a processed corpus, one ``<name>.parquet`` each.
TABLES: tuple[str, ...] = ("speeches", "paragraphs", "sections", "audit", "sources")

#: Columns of ``data/manifest.csv``.
MANIFEST_COLUMNS: list[str] = [
    "speech_id", "source_file", "part", "title", "campaign", "secondary_campaigns",
    "admin_level", "year", "region", "source_site", "include", "note",
]
#: Columns ``data/manifest.csv`` may add after :data:`MANIFEST_COLUMNS` (empty when absent):
#: ``year_min``/``year_max``, the span of years that reading establishes when the text
#: only says 20xx (equal to ``year`` when a year is stated), and ``speaker_role``
#: where the text states who speaks.
OPTIONAL_MANIFEST_COLUMNS: list[str] = ["year_min", "year_max", "speaker_role"]

SPEECH_COLUMNS: list[str] = [
    "speech_id", "source_file", "title", "campaign", "secondary_campaigns", "admin_level", "year",
    "include", "n_chars", "text", "part", "region", "source_site", "note", "n_paragraphs",
    "n_sections", "n_words", "classifier_campaign", *SCORE_COLUMNS, "dup_share",
]
PARAGRAPH_COLUMNS: list[str] = [
    "speech_id", "section_id", "section_title", "paragraph_id", "campaign", "text", "paragraph_no",
    "subsection_title", "heading_level", "run_in", "include", "n_chars", "n_words", "dup_of",
    "dup_similarity",
]
SECTION_COLUMNS: list[str] = [
    "speech_id", "section_id", "section_title", "campaign", "campaign_source", "classifier_campaign",
    *SCORE_COLUMNS, "include", "n_paragraphs", "n_chars", "text",
]
#: ``Corpus.sources`` of the seed corpus: one row per raw file.
SEED_SOURCE_COLUMNS: list[str] = [
    "source_file", "sha256", "encoding", "format", "n_bytes", "n_chars_raw", "n_chars_clean",
    "conversion", "n_speeches", "page_title", "warnings",
]
#: ``Corpus.sources`` of an external corpus: one row per record, read or skipped.
SOURCE_COLUMNS: list[str] = [
    "source_file", "record", "line", "speech_id", "status", "reason", "sha256", "encoding", "format",
    "n_bytes", "n_chars_raw", "n_chars_clean", "conversion", "line_breaks", "n_parts", "n_speeches", "page_title",
    "warnings",
]
