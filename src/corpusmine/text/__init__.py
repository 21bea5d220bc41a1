"""Stage 1, text: bytes to clean text (decode, HTML, edits, script conversion, cleaning rules,
segmentation into paragraphs and sections, campaign classification)."""
