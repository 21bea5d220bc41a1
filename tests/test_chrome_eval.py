"""The chrome measure (text/chrome_eval.py): what counts as a mark removed and a speech sentence kept."""

from __future__ import annotations

import json

from corpusmine.text.chrome_eval import evaluate, load_annotations, main, mark_deleted, mark_removed, speech_kept


def test_a_mark_cut_in_half_is_not_removed():
    assert mark_removed("版权声明:本站文章均来自网络", "同志们:\n要抓好落实。")
    assert not mark_removed("版权声明:本站文章均来自网络", "同志们:\n要抓好落实。\n本站文章均来自网络")


def test_a_placeholder_the_cleaner_rewrites_is_not_a_lost_sentence():
    """Regression: xx镇 cleaned to 〔某〕镇 counted as a speech sentence removed."""
    page = {"url": "u", "raw": "同志们:\nxx镇要抓好人居环境整治,20xx年底前完成。\n请先登录",
            "marks": ["请先登录"], "speech": ["xx镇要抓好人居环境整治,20xx年底前完成。"]}
    r = evaluate([page])
    assert (r.marks_removed, r.speech_removed) == (1, 0)
    assert not speech_kept("xx镇要抓好人居环境整治。", "同志们:\n〔某〕镇要抓好落实。")


def test_a_speech_sentence_really_removed_is_counted():
    page = {"url": "u", "raw": "同志们:\n要抓好落实。", "marks": [], "speech": ["要抓好落实。"]}
    r = evaluate([page], clean=lambda t: "同志们:")
    assert r.speech_removed == 1 and r.lost == [("u", "要抓好落实。")]


def test_the_command_reads_annotations_and_prints_the_score(tmp_path, capsys):
    f = tmp_path / "round.jsonl"
    f.write_text(json.dumps({"url": "u", "raw": "首页 > 讲话稿\n同志们:\n要抓好落实。", "marks": ["首页 > 讲话稿"],
                             "speech": ["要抓好落实。"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert len(load_annotations(f)) == 1
    main([str(f)])
    assert "marks removed 1/1" in capsys.readouterr().out


def test_marks_are_counted_by_family_and_the_issue_families_apart():
    page = {"url": "u", "raw": "当前位置:首页 > 讲话稿\n同志们:\n要抓好落实。\n图为会议现场\n该文档为VIP文档,成为VIP会员后下载",
            "marks": ["当前位置:首页 > 讲话稿", "图为会议现场", "该文档为VIP文档,成为VIP会员后下载"],
            "speech": ["要抓好落实。"]}
    s = evaluate([page], clean=lambda t: t.replace("当前位置:首页 > 讲话稿", ""))
    table = {f: (n, r) for f, n, r in s.family_table()}
    assert table == {"breadcrumb": (1, 1), "caption": (1, 0), "download_panel": (1, 0)}
    assert s.issue_families() == (1, 2)          # the caption is not a family the issue names


def test_the_command_prints_families(tmp_path, capsys):
    f = tmp_path / "round.jsonl"
    f.write_text(json.dumps({"url": "u", "raw": "首页 > 讲话稿\n同志们:\n要抓好落实。", "marks": ["首页 > 讲话稿"],
                             "speech": ["要抓好落实。"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    main([str(f), "--by-family"])
    out = capsys.readouterr().out
    assert "families the issue names: 1/1 = 100.0%" in out and "breadcrumb" in out


def test_the_audit_sees_a_row_deleted_whole_whose_date_recurs_in_the_speech():
    """A metadata row deleted whole counts as left by the strict test when its date recurs in the speech."""
    raw = ("发布时间:2023-05-06 来源:县政府办 浏览次数:52\n同志们:\n"
           "2023-05-06是全县人居环境整治推进的关键节点,要抓好落实。")
    page = {"url": "u", "raw": raw, "marks": ["发布时间:2023-05-06 来源:县政府办 浏览次数:52"],
            "speech": ["要抓好落实。"]}
    r = evaluate([page])
    assert (r.marks_removed, r.marks_deleted, r.speech_removed) == (0, 1, 0)
    assert r.deleted_left == r.left == [("u", page["marks"][0])]


def test_a_mark_left_in_part_or_rewritten_is_not_deleted_by_the_audit():
    raw = "同志们:\n要抓好落实。\n本文来自范文网,更多请访问"
    rows = [{"start": raw.index("范文网"), "end": raw.index("范文网") + 3, "replacement": ""}]
    assert not mark_deleted("本文来自范文网,更多请访问", raw, rows)            # half of it stays
    whole = [{"start": raw.index("本文"), "end": len(raw), "replacement": ""}]
    assert mark_deleted("本文来自范文网,更多请访问", raw, whole)
    assert not mark_deleted("本文來自", raw, whole)                            # not in the page at all
    converted = [{"start": raw.index("本文"), "end": len(raw), "replacement": "本文来自"}]
    assert not mark_deleted("本文来自范文网,更多请访问", raw, converted)       # rewritten, not deleted


def test_every_occurrence_must_be_deleted_and_a_cleaner_without_audit_gives_none():
    raw = "请先登录\n同志们:\n要抓好落实。\n请先登录"
    first = [{"start": 0, "end": 4, "replacement": ""}]
    assert not mark_deleted("请先登录", raw, first)
    assert mark_deleted("请先登录", raw, first + [{"start": len(raw) - 4, "end": len(raw), "replacement": "\n"}])
    page = {"url": "u", "raw": raw, "marks": ["请先登录"], "speech": ["要抓好落实。"]}
    assert evaluate([page], clean=lambda t: t).marks_deleted is None
    assert evaluate([page], flatten="lines").marks_deleted == 1


def test_glossed_speech_sentence_is_kept_when_the_cleaner_drops_its_glosses():
    # an annotator copies a gloss mirror's sentence with its glosses; the cleaner removes the glosses
    page = {"url": "https://example.org/g", "raw": "同志们:\n要抓(zhuā)好农(nóng)村人居环境整治。\n",
            "marks": ["(zhuā)", "(nóng)"], "speech": ["要抓(zhuā)好农(nóng)村人居环境整治。"]}
    r = evaluate([page], clean=lambda raw: "同志们:\n要抓好农村人居环境整治。")
    assert (r.marks_removed, r.speech_removed) == (2, 0)
    r = evaluate([page], clean=lambda raw: "同志们:\n要抓好人居环境整治。")   # a word really lost
    assert r.speech_removed == 1


def test_a_sentence_whose_inner_mark_the_cleaner_left_is_kept_and_a_page_numbers_digits_stay_in_it():
    """Regression (session x, rounds 85-86): an inner mark left in place, or a page number's digit, made a kept
    sentence count as removed."""
    sentence = "因为村民用他最淳(chun)朴最真挚的行动,对我的工作给予了肯定。"
    page = {"url": "u", "raw": "同志们:\n" + sentence + "\n1\n从1921年到现在,我们党走过了光辉历程。",
            "marks": ["(chun)", "1"], "speech": [sentence, "从1921年到现在,我们党走过了光辉历程。"]}
    r = evaluate([page], clean=lambda t: t.replace("\n1\n", "\n"))
    assert r.speech_removed == 0 and r.marks_removed == 0
    r = evaluate([page], clean=lambda t: "同志们:")
    assert r.speech_removed == 2
