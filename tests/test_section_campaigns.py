"""The draft's section-level reading of a mixed speech (corpus.pages.section_campaigns, session am)."""

from __future__ import annotations

import pandas as pd

from corpusmine.corpus.pages import SECTION_SHARE, section_campaigns


def _row(campaign: str, secondary: str = "", review: str = "") -> dict:
    return {"speech_id": "乡村振兴动员-1", "campaign": campaign, "secondary_campaigns": secondary, "mixed": False,
            "needs_review": bool(review), "review": review}


def _sections(*parts: tuple[str, int]) -> pd.DataFrame:
    return pd.DataFrame({"speech_id": ["乡村振兴动员-1"] * len(parts), "classifier_campaign": [c for c, _ in parts],
                         "section_title": [f"{i}、某某工作" for i in range(len(parts))], "n_chars": [n for _, n in parts]})


def test_a_campaign_holding_a_quarter_of_the_speech_joins_its_campaigns():
    row = _row("environment", review="low confidence")
    section_campaigns([row], _sections(("rural", 270), ("rural", 1876), ("environment", 1513), ("rural", 883)))
    assert row["secondary_campaigns"] == "rural" and row["mixed"] and row["needs_review"]
    assert row["review"] == "low confidence; mixed"


def test_a_small_section_or_other_sections_add_nothing():
    row = _row("rural")
    share = int(1000 * SECTION_SHARE) - 1
    section_campaigns([row], _sections(("rural", 1000), ("environment", share), ("other", 3000)))
    assert row["secondary_campaigns"] == "" and not row["mixed"] and row["review"] == ""


def test_secondary_campaigns_already_named_are_kept_once():
    row = _row("rural", secondary="environment", review="mixed")
    section_campaigns([row], _sections(("rural", 1000), ("environment", 1000), ("civilised_city", 1000)))
    assert row["secondary_campaigns"] == "environment;civilised_city" and row["review"] == "mixed"


def test_without_the_classifier_no_section_reads_a_campaign():
    row = _row("other")
    section_campaigns([row], _sections(("rural", 1000)).drop(columns="classifier_campaign"))
    section_campaigns([row], None)
    assert row == _row("other")
