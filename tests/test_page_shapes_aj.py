"""Session aj: families held-out rounds 151k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import audit_rules as _rules, clean_audited as _clean

SALUTE = "各位领导、各位嘉宾,女士们、先生们:"
OPENING = "今天,我们相聚在美丽的茶乡,共赏茶艺、共品茶香、共话茶事。"
MIDDLE = "近年来,全县坚持生态优先,茶园面积不断扩大,茶农收入稳步增长。"
CLOSING = "最后,祝本次推介会取得圆满成功!"
SPEECH = (OPENING, MIDDLE, CLOSING)


def _kept(text: str) -> bool:
    flat = text.replace(" ", "").replace("\n", "")
    return all(s in flat for s in SPEECH)


# --- a repost's preface: a source label and a rights statement glued inside the line (round 151k) --------------------

def test_a_reposts_rights_statement_and_source_label_glued_before_the_title_go():
    page = ("今天推荐给各位读友的文章,文章不长,却很有文采。来源:某某县人民政府网。转发本文主要用于同读友们学习交流,"
            f"版权属于原作者,如有侵权,请后台联系。在某某茶产业推介会上的致辞{SALUTE}{OPENING}{MIDDLE}{CLOSING}")
    doc = _clean(page)
    assert "版权属于原作者" not in doc.text and "来源:某某县" not in doc.text and _kept(doc.text)
    assert {"copyright_footer", "source_footer"} <= _rules(doc)


def test_a_speech_speaking_of_copyright_and_of_sources_keeps_its_sentences():
    said = ("同志们:\n对侵权行为要依法惩处,版权属于作者本人,我们要联系相关部门严格执法。\n"
            "数据来源:县统计局。今年全县茶叶产值再创新高。")
    assert _clean(said).text == said


def test_a_source_label_glued_between_sentences_naming_a_newspaper_goes():
    page = f"{SALUTE}\n{OPENING}来源:某某日报。{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "来源" not in doc.text and _kept(doc.text)


# --- a navigation bar's label alone on a line (round 151k) ---------------------------------------------------------

def test_a_navigation_bars_label_alone_on_a_line_goes():
    doc = _clean(f"导航栏\n\n会长致辞\n\n{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}")
    assert "导航栏" not in doc.text and _kept(doc.text)


# --- a press release flattened into one line: headline, report, full-text lead-in (round 151k) ------------------------

_RELEASE = ("某局局长出席某办事处开幕典礼致辞全文以下是某局局长某某今日(四月二十一日)上午在济南出席某办事处开幕典礼的致辞全文:"
            f"尊敬的各位嘉宾、各位朋友:\n{OPENING}{MIDDLE}{CLOSING}")


def test_a_lead_in_glued_to_its_headline_goes_and_the_headline_stays():
    doc = _clean(_RELEASE)
    assert "以下是" not in doc.text and doc.text.startswith("某局局长出席某办事处开幕典礼致辞全文") and _kept(doc.text)


def test_the_desks_report_opening_a_flattened_line_goes_with_its_lead_in():
    page = ("演讲词 某局局长某某在六月十一日出席某办事处的开幕典礼。以下为某某的致辞全文: 各位议员、各位嘉宾、各位朋友: "
            f"{OPENING}{MIDDLE}{CLOSING}")
    doc = _clean(page)
    assert "开幕典礼。" not in doc.text and "以下为" not in doc.text and _kept(doc.text) and "news_lead" in _rules(doc)


def test_a_report_in_the_speakers_voice_before_a_lead_in_stays():
    page = f"同志们: 今年我们在六月十一日出席了开幕典礼。以下为我的讲话全文: {OPENING}{MIDDLE}{CLOSING}"
    assert "今年我们在六月十一日出席了开幕典礼。" in _clean(page).text


# --- a flattened page's buttons after the text (round 151k) ------------------------------------------------------

def test_the_buttons_closing_a_flattened_page_go():
    doc = _clean(f"{SALUTE}{OPENING}{MIDDLE}{CLOSING}要进一步明确当前和今后一个时期的... 请先登录 > 相关推荐")
    assert "请先登录" not in doc.text and "相关推荐" not in doc.text and not doc.text.rstrip().endswith(">")
    assert _kept(doc.text)


def test_a_speech_closing_with_a_short_word_after_a_blank_keeps_it():
    said = f"{SALUTE}{OPENING}{MIDDLE}{CLOSING} 谢谢"
    assert _clean(said).text.endswith("谢谢")
