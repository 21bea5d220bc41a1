"""Mark families for reading a chrome measurement (text/chrome_families.py)."""

from __future__ import annotations

import pytest

from corpusmine.text.chrome_families import FAMILIES, ISSUE_FAMILIES, mark_family


@pytest.mark.parametrize("mark, family", [
    ("试读结束,开通会员阅读全文", "truncation"),
    ("点击下载文档 格式:DOC 大小:35KB", "download_panel"),
    ("本文链接:http://www.example.com/a/1.html", "title_link_copyright"),
    ("下面是小编为大家整理的讲话稿,供大家参考。", "editor_blurb"),
    ("请先登录", "login"),
    ("分享到: 微信 微博", "share"),
    ("相关文章:在全县创文推进会上的讲话", "related_list"),
    ("您的位置:首页 > 讲话稿", "breadcrumb"),
    ("發布時間:2021-03-04 來源:縣政府辦", "metadata_row"),
    ("(zhěng)", "pinyin"),
    ("第3页 共5页", "pdf_footer"),
    ("<p style=\"text-align:center\">", "css_html"),
    ("本报讯(记者 王某 通讯员 李某)", "news_lead_byline"),
    ("返回顶部", "widget"),
    ("图为某某镇人居环境整治现场", "caption"),
])
def test_each_family_on_a_written_mark(mark, family):
    assert mark_family(mark) == family


def test_the_issue_families_are_families():
    assert ISSUE_FAMILIES < set(FAMILIES) and "other" in FAMILIES and "caption" not in ISSUE_FAMILIES
