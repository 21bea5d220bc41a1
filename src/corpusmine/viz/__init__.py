"""Stage 6, views: palette, CJK fonts, plots that return Axes (never save) and offline explorer pages."""
