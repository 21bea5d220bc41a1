"""The chrome measure (text/chrome_eval.py): what counts as a mark removed and a speech sentence kept."""

from __future__ import annotations

import json

from corpusmine.text.chrome_eval import evaluate, load_annotations, main, mark_removed, speech_kept


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
