"""Session x: families left by held-out rounds 79-83 (learned after their measurement; every string written here).

The speech's sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_text

FIRST = "今天我们召开全县安全生产工作会议,主要任务是总结去年工作,部署今年任务。"
SECOND = "各乡镇要把安全生产摆在突出位置,层层传导压力,确保责任落实到位。"
THIRD = "同志们,安全生产责任重于泰山,让我们共同努力,确保全县安全形势持续稳定!"


def _kept(out: str) -> bool:
    return all(s in out for s in (FIRST, SECOND, THIRD))


# --- a PDF preview's English page labels ---------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Page 2:", "Page 2", "page 2 / 12", "PAGE 7:"])
def test_a_pdf_previews_page_label_goes(label):
    page = "同志们:\n" + FIRST + "\n" + label + "\n" + SECOND + "\n" + THIRD
    out = clean_text(page)
    assert label not in out and _kept(out)


def test_a_sentence_naming_a_page_stays():
    line = "请大家翻到材料的Page 2,对照检查表逐项落实。"
    out = clean_text("同志们:\n" + FIRST + "\n" + line + "\n" + SECOND + "\n" + THIRD)
    assert line in out and _kept(out)
