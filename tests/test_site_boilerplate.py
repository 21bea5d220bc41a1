"""Site boilerplate learned from a folder: what is learned, what is removed, and what stays."""

from __future__ import annotations

import pandas as pd
import pytest

from corpusmine.corpus.ingest import SITE_LINES, ingest
from corpusmine.text.clean import clean_document
from corpusmine.text.site_boilerplate import SiteLineLearner, learn_site_lines, line_key

TOPICS = ["乡村振兴", "安全生产", "防汛抗旱", "森林防火", "创建文明城市"]


SITE_LINES_WRITTEN = ("聚商机,共发展,赢未来", "某某县人民政府门户网站", "心系群众。服务发展。")


def _site_line_rows(audit) -> int:
    """Audit rows that removed one of the site's lines, whichever rule took it."""
    return int(audit["removed"].astype(str).str.strip().isin(SITE_LINES_WRITTEN).sum())


def page(topic: str, *, head: str = "聚商机,共发展,赢未来\n某某县人民政府门户网站", foot: str = "主办:某某县人民政府办公室",
         motto: str = "心系群众。服务发展。") -> str:
    return (f"{head}\n在全县{topic}工作会议上的讲话\n同志们:\n"
            f"今天召开全县{topic}工作会议,主要任务是总结去年工作,部署今年任务,动员全县上下进一步统一思想、压实责任。\n"
            f"一、提高认识\n各乡镇各部门要把{topic}摆在突出位置,主要负责同志要亲自抓,确保各项任务按期完成。\n谢谢大家!\n{motto}\n{foot}")


def test_a_sites_lines_are_learned_from_pages_with_different_bodies():
    learned = learn_site_lines(page(t) for t in TOPICS[:3])
    # (the footer ends like a speech's signature, 某某办公室, so it is not learned; a family rule takes it)
    assert learned == {"聚商机,共发展,赢未来", "某某县人民政府门户网站", "心系群众。服务发展。"}


def test_salutations_headings_closings_are_never_learned():
    learned = learn_site_lines(page(t) for t in TOPICS)
    assert not learned & {"同志们:", "一、提高认识", "谢谢大家!"}


def test_copies_of_one_speech_teach_nothing():
    copy = page("乡村振兴", head="某某范文网", foot="", motto="")
    edited = copy.replace("某某范文网", "某某文库").replace("总结去年工作", "回顾去年工作")
    assert learn_site_lines([copy, copy, edited]) == frozenset()


def test_two_pages_are_not_enough_by_default():
    assert learn_site_lines(page(t) for t in TOPICS[:2]) == frozenset()
    assert "某某县人民政府门户网站" in learn_site_lines((page(t) for t in TOPICS[:2]), min_pages=2)


def test_the_learner_forgets_lines_older_than_its_window():
    learner = SiteLineLearner(min_pages=2, window=3)
    learner.add(page("乡村振兴"))
    for i in range(4):
        learner.add(f"某某网{i}\n同志们:\n要抓好第{i}项工作,确保按期完成各项目标任务。")
    learner.add(page("安全生产"))
    assert "某某县人民政府门户网站" not in learner.lines_       # its two pages lie 5 pages apart
    with pytest.raises(ValueError, match="min_pages"):
        SiteLineLearner(min_pages=1)


def test_cleaning_with_learned_lines_removes_them_and_audits_them():
    learned = learn_site_lines(page(t) for t in TOPICS[:3])
    doc = clean_document(page("乡村振兴"), site_lines=learned)
    assert "聚商机" not in doc.text and "门户网站" not in doc.text and "心系群众" not in doc.text
    assert doc.text.startswith("同志们:") and doc.parts[0].title == "在全县乡村振兴工作会议上的讲话"
    assert "一、提高认识" in doc.text and doc.text.endswith("谢谢大家!")
    assert "site_boilerplate" in set(doc.audit["rule"])
    assert "心系群众。服务发展。" in clean_document(page("乡村振兴")).text   # nothing learned: the motto stays


def test_a_learned_line_that_reads_as_speech_stays():
    doc = clean_document("同志们:\n要抓好落实。\n谢谢大家!", site_lines={line_key("谢谢大家!"), line_key("同志们:")})
    assert doc.text == "同志们:\n要抓好落实。\n谢谢大家!"


def test_ingest_learns_the_folders_site_lines_and_lists_them(tmp_path):
    src, out = tmp_path / "pages", tmp_path / "out"
    src.mkdir()
    for i, t in enumerate(TOPICS):
        (src / f"p{i}.txt").write_text(page(t), encoding="utf-8")
    r = ingest(src, out)
    listed = (out / SITE_LINES).read_text(encoding="utf-8").splitlines()
    assert "某某县人民政府门户网站" in listed and "同志们:" not in listed
    assert not r.draft["title"].str.contains("聚商机").any()
    texts = " ".join(pd.read_parquet(out / "speeches.parquet")["text"])
    assert "心系群众" not in texts and "今天召开全县安全生产工作会议" in texts
    audit = pd.read_parquet(out / "audit.parquet")
    # three site lines a page go; the site's name (某某县人民政府门户网站) is taken first by its family's rule (session s)
    assert _site_line_rows(audit) == 3 * len(TOPICS)
    assert (audit["rule"] == "site_boilerplate").sum() == 2 * len(TOPICS)
    r2 = ingest(src, tmp_path / "out2", site_lines=False)
    assert (tmp_path / "out2" / SITE_LINES).read_text(encoding="utf-8") == ""
    assert r2.n_speeches == r.n_speeches
    assert "心系群众" in " ".join(pd.read_parquet(tmp_path / "out2" / "speeches.parquet")["text"])


def test_a_reports_repeated_lead_in_is_not_learned_but_a_site_field_is():
    pages = [f"登录名:密码:\n会议强调:\n要抓好{t}工作,确保各项任务按期完成,各乡镇要压实责任、狠抓落实。" for t in TOPICS[:3]]
    assert learn_site_lines(pages) == {"登录名:密码:"}


def test_the_review_table_lists_the_removed_lines_and_is_empty_without_them(tmp_path):
    from corpusmine.corpus.model import read_tables
    from corpusmine.review import site_line_table

    src = tmp_path / "pages"
    src.mkdir()
    for i, t in enumerate(TOPICS[:3]):
        (src / f"p{i}.txt").write_text(page(t), encoding="utf-8")
    ingest(src, tmp_path / "on")
    table = site_line_table(read_tables(tmp_path / "on"))
    assert table.columns.tolist() == ["line", "pages", "first_file"]
    assert set(table["line"]) >= {"心系群众。服务发展。"} and set(table["pages"]) == {3}
    ingest(src, tmp_path / "off", site_lines=False)
    assert site_line_table(read_tables(tmp_path / "off")).empty


def test_read_corpus_learns_a_folders_site_lines_but_not_a_tables(tmp_path):
    import json

    from corpusmine.corpus.read import read_corpus

    src = tmp_path / "pages"
    src.mkdir()
    for i, t in enumerate(TOPICS[:3]):
        (src / f"p{i}.txt").write_text(page(t), encoding="utf-8")
    c = read_corpus(src, cache_dir=None, classify=False, dedup=False)
    texts = " ".join(c.speeches["text"])
    assert "心系群众" not in texts and "今天召开全县乡村振兴工作会议" in texts
    assert _site_line_rows(c.audit) == 3 * 3 and (c.audit["rule"] == "site_boilerplate").sum() == 2 * 3
    off = read_corpus(src, cache_dir=None, classify=False, dedup=False, site_lines=False)
    assert "心系群众" in " ".join(off.speeches["text"])
    jl = tmp_path / "pages.jsonl"
    jl.write_text("".join(json.dumps({"text": page(t)}, ensure_ascii=False) + "\n" for t in TOPICS[:3]), encoding="utf-8")
    assert "心系群众" in " ".join(read_corpus(jl, cache_dir=None, classify=False, dedup=False).speeches["text"])
    assert "心系群众" not in " ".join(read_corpus(jl, cache_dir=None, classify=False, dedup=False, site_lines=True).speeches["text"])
    with pytest.raises(ValueError, match="site_lines"):
        read_corpus(jl, site_lines="yes")
