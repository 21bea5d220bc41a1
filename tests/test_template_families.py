"""Template-page families that recur across the development rounds (issue 13 point 1), on short strings written here."""
from corpusmine.text.clean import clean_text
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.doc_chrome import toc_lines

SPEECH = "尊敬的各位领导、各位来宾:\n今天,我们在这里隆重举行新区开业庆典,我代表区政府表示热烈的祝贺!"


def _toc(text: str) -> str:
    st = CleaningState(text)
    toc_lines(st)
    return st.doc.output


def test_collection_contents_numbered_di_pian_on_one_line_goes():
    line = "第一篇:局长在团校开学典礼上的讲话第二篇:局长在作风整顿大会上的讲话第三篇:在开学典礼上的讲话更多相关范文"
    out = clean_text("某某范文站\n首页 > 讲话致辞\n局长讲话(精选多篇)\n" + line + "\n【报送单位】某某局\n" + SPEECH)
    assert "第二篇" not in out and "更多相关范文" not in out
    assert "隆重举行新区开业庆典" in out


def test_collection_contents_with_arabic_numbers_goes():
    assert "第2篇" not in _toc("第1篇:开业致辞范文第2篇:庆典讲话范文第3篇:揭牌仪式讲话范文\n" + SPEECH)


def test_a_single_part_heading_stays():
    out = _toc("第一篇:局长在团校开学典礼上的讲话\n" + SPEECH)
    assert out.startswith("第一篇:局长在团校开学典礼上的讲话")


def test_speech_sentence_naming_parts_stays():
    text = "这本书的第一篇讲历史,第二篇讲现状,第三篇讲未来,大家要认真学习。"
    assert _toc(text) == text


def test_lone_zhengwen_label_goes():
    out = _toc("局长讲话(精选多篇)\n正文\n" + SPEECH)
    assert "正文" not in out and "隆重举行" in out


def test_zhengwen_inside_a_line_stays():
    text = "正文部分要写清楚工作目标。\n" + SPEECH
    assert _toc(text) == text


def test_teacher_line_between_title_and_its_repeat_goes():
    out = _toc("商场开业庆典致辞范文\n王某某老师\n商场开业庆典致辞范文\n" + SPEECH)
    assert "老师" not in out and out.count("商场开业庆典致辞范文") == 2


def test_name_line_not_between_repeats_stays():
    text = "商场开业庆典致辞范文\n王某某老师\n开业庆典致辞\n" + SPEECH
    assert _toc(text) == text


def test_salutation_between_repeats_stays():
    text = "开业庆典致辞范文\n各位来宾\n开业庆典致辞范文\n" + SPEECH
    assert _toc(text) == text


def test_page_number_between_dashes_inside_a_line_goes():
    out = clean_text("同志们:\n开工庆典圆满成功,祝各位来宾身体健康。 -2- 第二篇:开工仪式上的致辞\n谢谢大家。")
    assert "-2-" not in out and "第二篇:开工仪式上的致辞" in out


def test_page_number_glued_to_the_next_words_of_a_flattened_page_goes():
    out = clean_text("同志们: 我县被评为先进县(区) -1-三等奖,部分单位被评为先进单位。")
    assert "-1-" not in out and "三等奖,部分单位被评为先进单位。" in out


def test_dashes_of_a_range_or_a_date_stay():
    text = "同志们:\n气温在-2-3度之间,2023-03-08 召开大会,得分 3-2-1 依次排列。"
    out = clean_text(text)
    assert "-2-3度" in out and "2023-03-08" in out and "3-2-1" in out


def test_separators_opening_a_flattened_line_go():
    out = clean_text("| | | 10月30日,某某调研组来我县就人居环境整治工作进行调研。")
    assert "|" not in out and out.startswith("10月30日")


def test_run_of_separators_inside_a_line_goes_and_the_words_stay_apart():
    from corpusmine.text.doc_chrome import pipe_tails
    st = CleaningState("新春团拜会致辞 | | 虎年上班第一天。大家在掌声里找到了感觉。")
    pipe_tails(st)
    assert st.doc.output == "新春团拜会致辞 虎年上班第一天。大家在掌声里找到了感觉。"


def test_single_separator_between_two_words_stays():
    from corpusmine.text.doc_chrome import pipe_tails
    st = CleaningState("同志们:\n甲组 | 乙组\n要抓好落实。")
    pipe_tails(st)
    assert st.doc.output == "同志们:\n甲组 | 乙组\n要抓好落实。"


def test_page_count_after_a_bullet_glued_to_a_title_goes():
    from corpusmine.text.doc_chrome import page_counters
    st = CleaningState("在全县饮水工程表彰大会上的讲话 • 3页 • 35.41 KB\n同志们:要抓好落实。")
    page_counters(st)
    assert st.doc.output == "在全县饮水工程表彰大会上的讲话\n同志们:要抓好落实。"


def test_page_count_in_a_sentence_stays():
    from corpusmine.text.doc_chrome import page_counters
    text = "同志们:这份材料共3页,大家会后认真研读。"
    st = CleaningState(text)
    page_counters(st)
    assert st.doc.output == text


def test_an_enumeration_word_between_repeated_speech_lines_is_not_a_name_line():
    """Regression: the name-line rule took 一是 between two copies of a chunk's speech line."""
    chunk = "要坚持问题导向,抓好整改落实。"
    raw = "\n".join(["一是", chunk] * 3)
    assert clean_text(raw).count("一是") == 3
