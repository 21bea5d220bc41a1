"""The learned line rule (corpusmine.text.line_model) and its fitting (corpusmine.text.line_model_fit).

The strings are written here in the shapes of the held-out rounds' site noise (a site's slogan line, a column
label, a news agency's end mark), never copied from a page.
"""

import json

import pytest

from corpusmine.errors import CorpusInputError
from corpusmine.text import line_model
from corpusmine.text.clean import clean_document, clean_text, reconstruct
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.line_model import THRESHOLD, chrome_score, kept_by_guard, learned_lines, line_features, read_model_file
from corpusmine.text.line_model_fit import ChromeLineModel, cross_validate, main, page_examples, read_rounds

PAGE = "同志们:\n今天我们召开全县安全生产工作会议。\n{}\n要抓好落实,确保全年安全形势稳定。"
#: a line inside the speech, above a heading (where no rule of the page's head or foot reads it)
MID = "同志们:\n今天我们召开全县安全生产工作会议,主要任务是部署今年工作。\n{}\n一、提高思想认识\n要抓好落实,确保全年安全形势稳定。"

#: lines no chrome rule deletes in this position, which the model does
#: (lines well above the threshold, so that a refit on more rounds keeps them there)
MODEL_ONLY = ["写作素材网 - 公文写作帮手", "新闻 / 正文", "资源下载", "售价:20", "关键词301"]

#: lines of speeches the model and its guards keep
SPEECH_LINES = [
    "谢谢大家!", "谢谢!", "同志们:", "各位家长:", "二〇二三年三月五日", "(2023年5月8日)", "2021年3月5日", "1975.09.15",
    "一、提高思想认识", "(一)强化组织领导。", "第一篇:在全县安全生产会议上的讲话", "【篇2】在全县安全生产会议上的讲话",
    "最后,祝大家身体健康、工作顺利!", "——在2024年春季开学典礼上的讲话", "我宣布:大会开幕!", "一是抓宣传。", "2.", "三、",
    "(3)", "县委书记 王某某", "某某集团董事长 张某某", "12.6%", "抓落实",
    "今年以来,全县上下围绕高质量发展的核心任务,统筹推进发展与安全,各项工作取得了阶段性成效。",
]


def _without_model(monkeypatch):
    monkeypatch.setattr(line_model, "THRESHOLD", 2.0)


@pytest.mark.parametrize("line", MODEL_ONLY)
def test_model_deletes_what_the_rules_leave(line, monkeypatch):
    assert chrome_score(line) >= THRESHOLD and kept_by_guard(line) is None
    assert line not in clean_text(MID.format(line))
    _without_model(monkeypatch)
    assert line in clean_text(MID.format(line))        # the rules alone keep it: the model is what removes it


@pytest.mark.parametrize("line", MODEL_ONLY)
def test_a_line_between_two_sentences_stays(line):
    assert line in clean_text(PAGE.format(line))        # a heading or a word broken from the speech, by its place


@pytest.mark.parametrize("line", SPEECH_LINES)
def test_speech_lines_stay(line, monkeypatch):
    assert chrome_score(line) < THRESHOLD or kept_by_guard(line) is not None
    page = PAGE.format(line)
    with_model = clean_text(page)
    _without_model(monkeypatch)
    assert with_model == clean_text(page)               # whatever the rules do with the line, the model adds nothing


@pytest.mark.parametrize("line,guard", [
    ("【篇2】在全县安全生产会议上的讲话", "part_heading"), ("在全县乡村振兴推进会上的讲话", "title"),
    ("尊敬的各位领导、同志们:", "salutation"), ("2021年3月5日", "bare_date"), ("二、", "enumerator"),
    ("(3)", "enumerator"), ("县委书记 王某某", "office"), ("各村要抓好人居环境整治", "speech_voice"),
    ("一要提高认识。二要压实责任。三要强化督查,确保工作落到实处。今年以来全县上下共同努力", "prose"),
    ("请登录县政府网站(www.abc.gov.cn)查询办事指南。", "sentence"), ("附件2", "enumerator"),
    ("121", "bare_numbers"), ("2022", "bare_numbers"), ("2 3", "bare_numbers"),
    ("来源:某某网", None), ("2025-03-21 07:03:52 126", None), ("扫一扫 手机阅读", None),
])
def test_guards(line, guard):
    assert kept_by_guard(line) == guard


def test_deletion_is_audited_and_reversible():
    raw = MID.format("写作素材网 - 公文写作帮手")
    doc = clean_document(raw)
    rows = [r for r in doc.audit_rows if r["rule"] == "learned_line"]
    assert [r["removed"] for r in rows] == ["写作素材网 - 公文写作帮手"]
    assert reconstruct(doc.text, doc.audit) == raw


def test_traditional_line_read_in_its_simplified_view():
    assert line_features("來源：某某網") == line_features("来源：某某网")
    assert abs(chrome_score("寫作素材網 - 公文寫作幫手") - chrome_score("写作素材网 - 公文写作帮手")) < 1e-9


def test_long_lines_are_never_read():
    line = " ".join(f"2023-11-{d:02d} 09:41:27 356" for d in range(1, 9))     # 183 characters of stamps
    assert chrome_score(line) >= THRESHOLD and kept_by_guard(line) == "long"
    st = CleaningState(f"同志们:\n{line}\n要抓好落实。")
    learned_lines(st)
    assert line in st.doc.output


def test_shipped_weights_file_names_its_fit():
    head = line_model.MODEL_FILE.read_text(encoding="utf-8").split("feature\tweight\n")[0]
    assert "line_model_fit" in head and "cross-validation" in head
    weights, intercept = read_model_file(line_model.MODEL_FILE)
    assert len(weights) > 10_000 and isinstance(intercept, float)


def test_bad_weights_file_named(tmp_path):
    bad = tmp_path / "weights.tsv"
    bad.write_text("feature\tweight\n__intercept__\t-0.2\ncab\tnot-a-number\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match=r"weights.tsv: line 3"):
        read_model_file(bad)
    bad.write_text("cab\t0.5\n", encoding="utf-8")
    with pytest.raises(CorpusInputError, match="weights.tsv: no 'feature<TAB>weight' header"):
        read_model_file(bad)


# ---------------------------------------------------------------- fitting

def _page(chrome, speech):
    raw = "\n".join(chrome[:1] + speech + chrome[1:])
    return {"url": "u", "raw": raw, "marks": list(chrome), "speech": list(speech)}


ROUNDS = [
    [_page(["发布时间:2024-07-01 来源:网友投稿", "点击次数:35"], ["同志们:", "今天我们召开全县创建文明城市推进会。"]),
     _page(["更新时间:2023-05-06 作者:佚名", "上一篇:某某讲话"], ["要抓好落实,确保各项任务按期完成。"])],
    [_page(["来源:某某日报 编辑:某某", "阅读:1024"], ["各村要把人居环境整治摆在突出位置。"]),
     _page(["发布日期:2022-03-08 浏览次数:88", "下一篇:某某发言"], ["全镇上下要统一思想,提高认识。"])],
    [_page(["发稿时间:2021-09-09 来源:本站", "评论(3)"], ["乡村振兴是一项长期任务。"]),
     _page(["时间:2020-01-02 来源:某某网", "分享到:"], ["我们要以更加饱满的热情投入工作。"])],
]


def _write_rounds(tmp_path):
    paths = []
    for i, pages in enumerate(ROUNDS):
        p = tmp_path / f"r{i}.jsonl"
        p.write_text("".join(json.dumps(pg, ensure_ascii=False) + "\n" for pg in pages), encoding="utf-8")
        paths.append(p)
    return paths


def test_page_examples_split_marks_and_lines():
    page = {"raw": "首页 > 讲话\n同志们:\n要抓好落实。\n(nóng)", "marks": ["首页 > 讲话", "(nóng)"], "speech": ["要抓好落实。"]}
    assert page_examples(page) == (["首页 > 讲话"], ["同志们:"], ["要抓好落实。"])


def test_fit_is_deterministic_and_separates(tmp_path):
    rounds = read_rounds(_write_rounds(tmp_path))
    pos = [x for r in rounds for x in r.pos]
    neg = [x for r in rounds for x in r.neg + r.speech]
    a = ChromeLineModel(min_count=1).fit(pos, neg)
    b = ChromeLineModel(min_count=1).fit(pos, neg)
    assert a.weights_ == b.weights_ and a.intercept_ == b.intercept_
    assert a.n_lines_ == (len(pos), len(neg))
    assert a.score("来源:某某晚报 时间:2019-02-03") > 0.5 > a.score("全县上下要把安全生产摆在首位。")


def test_fit_needs_both_classes():
    with pytest.raises(ValueError, match="positive and negative"):
        ChromeLineModel().fit(["来源:某某网"], [])


def test_cross_validation_leaves_each_round_out(tmp_path):
    rounds = read_rounds(_write_rounds(tmp_path))
    rows = cross_validate(rounds, C=4.0)
    assert {r["round"] for r in rows} == {"r0", "r1", "r2"}
    assert sum(r["kind"] == "pos" for r in rows) == sum(len(r.pos) for r in rounds)


def test_command_line_writes_a_readable_file(tmp_path, capsys):
    out = tmp_path / "model.tsv"
    assert main([*map(str, _write_rounds(tmp_path)), "--out", str(out), "--no-cv"]) == 0
    weights, intercept = read_model_file(out)
    assert weights and "3 annotated rounds" in out.read_text(encoding="utf-8")


def test_bad_round_file_named(tmp_path):
    bad = tmp_path / "r9.jsonl"
    bad.write_text('{"raw": "同志们:"}\nnot json\n', encoding="utf-8")
    with pytest.raises(CorpusInputError, match="r9.jsonl: line 2: not a JSON object"):
        read_rounds([bad])
