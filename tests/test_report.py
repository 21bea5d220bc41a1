"""Result tables: reproducible CSV bytes, p-values kept readable."""

from __future__ import annotations

import pandas as pd
import pytest

from corpusmine.report import format_table, save_table


def test_format_rounds_floats_but_keeps_tiny_p_values():
    df = pd.DataFrame({"term": ["创文", "乡村振兴"], "g2": [108.23456789, -0.0], "p_adj": [1.5e-24, 0.25]})
    assert format_table(df, decimals=3) == "term,g2,p_adj\n创文,108.235,1.5e-24\n乡村振兴,0.0,0.25\n"


def test_save_table_is_byte_identical_and_refuses_paths(tmp_path):
    df = pd.DataFrame({"group": ["rural"], "rate": [1 / 3]})
    p1 = save_table(df, "05_rates", folder=tmp_path)
    first = p1.read_bytes()
    save_table(df, "05_rates", folder=tmp_path)
    assert p1.read_bytes() == first and first.endswith(b"\n") and b"\r" not in first
    with pytest.raises(ValueError):
        save_table(df, "../x", folder=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["05_rates.csv"]
