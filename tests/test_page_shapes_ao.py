"""Session ao: families held-out rounds 196k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

from corpusmine.text.lines import flatten_lines

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ---------------------------------------------------------------- a PDF's text spaces its numbers (round 196k)

def test_a_wrapped_first_line_with_a_spaced_number_is_not_a_menu():
    page = ("某某局长致辞\nVIP专免\n2023-09-02 102 47.8KB 4 页\n"
            "在举国欢庆中华人民共和国 66 华诞的日子里,我们迎\n来第 46 届世界邮政日。借此机会,我代表全省邮政管理\n"
            "部门向全体干部职工致以节日的问候!\n今年是规划的收官之年。\n谢谢大家!")
    text = _clean(page).text
    assert "在举国欢庆中华人民共和国66华诞的日子里,我们迎" in text.replace(" ", "")   # (the cleaner closes the spaces)
    assert "47.8KB" not in text


# ---------------------------------------------------------------- a page flattened into one line of script (round 196k)

def test_script_statements_flattened_before_the_speech_go_and_the_speech_stays():
    page = ('document.writeln("<table>"); document.writeln(" <\\/td>"); document.writeln(" 该文章免费阅读<\\/span>"); '
            f'document.writeln(" {SALUTE} {OPENING}{MIDDLE}{CLOSING}')
    for raw in (page, flatten_lines(page)):
        doc = _clean(raw)
        assert "document.writeln" not in doc.text
        for sentence in SPEECH:
            assert sentence in doc.text
        assert "leaked_script" in _rules(doc)


def test_a_script_line_alone_still_goes_whole():
    page = f'var t = document.getElementById("a"); if (t) {{ t.innerHTML = "读完"; }}\n{BODY}'
    text = _clean(page).text
    assert "getElementById" not in text and "innerHTML" not in text and text.strip().startswith(SALUTE)
