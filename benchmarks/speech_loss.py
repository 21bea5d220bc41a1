"""How much real speech the cleaner deletes: speech sentences lost per 10,000, by audit rule and by shape.

The chrome measure (``corpusmine.text.chrome_eval``) checks only the two or three
annotated speech sentences of each page, so a rule that deletes speech now and
then hides there.  This probe checks *every* sentence.  It cuts the project's own
speech text -- the 72 Government Work Reports (``data/external``) and the seed
speeches (``data/raw``, cleaned first, so only their speech is used) -- into pages
of a few consecutive paragraphs, wraps each in chrome lines written here (a page
title, breadcrumbs, a metadata row, an editor blurb, footers with title/link,
copyright, related articles, page numbers; one such line now and then between
paragraphs; on some pages the speech's own head: title, dashed subtitle, date,
speaker, salutation), in three layouts: lines as given, all lines flattened to one line,
each paragraph on one line (:func:`corpusmine.text.lines.flatten_lines`, joined
with a space or with nothing).  Every sentence of the speech (a line split after
。！？, at least four Chinese characters) that is not in the cleaned page (as
:func:`corpusmine.text.chrome_eval.speech_kept` compares) is a loss; each loss is
put down to the audit rule whose deleted spans cover most of it and to the shape
of the sentence (opens with a date, a numbered heading, a cited work, a line with
a field label, a line without a full stop, ...); a flattened layout also says how
many were lost on pages joined without a space (chrome glued to speech).  A
sentence converted to Simplified counts as kept when the page's own conversion
of it is in the text.  Seeded; asserts nothing.

    .venv/bin/python benchmarks/speech_loss.py [--seed 0] [--paras 3 6] [--limit N] [--examples 3] [--layouts ...]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from corpusmine.text.chrome_eval import speech_kept  # noqa: E402
from corpusmine.text.clean import clean_document  # noqa: E402
from corpusmine.text.lines import flatten_lines  # noqa: E402
from corpusmine.text.script import convert_script  # noqa: E402

LAYOUTS = ("given", "lines", "paragraphs")

#: Site names, sections and people used to fill the chrome templates (made up for this probe).
SITES = ("公文范文网", "文秘资料站", "讲话稿之家", "红头文件网", "办公写作网")
SECTIONS = ("讲话稿", "工作报告", "领导讲话", "致辞演讲", "政府工作报告")
#: Lines above the speech ({t} the speech title, {s} a site, {c} a section, {d} a date, {n} a number).
HEADS = (
    "当前位置:首页 > {c} > 正文",
    "您的位置: 首页 » {c} » {t}",
    "首页 > 范文大全 > {c}",
    "{t}",
    "{t} - {s}",
    "发布时间:{d} 09:{m} 来源:网友投稿 点击:{n}",
    "时间:{d}  作者:佚名  浏览次数:{n}",
    "{d}  来源: {s}  字号:[大 中 小]",
    "下面是小编为大家整理的{t},供大家参考。",
    "以下是{s}为大家收集的{c},欢迎阅读。",
    "【字体:大 中 小】【打印】【关闭】",
    "分享到: 微信 微博 QQ空间",
)
#: Lines below the speech.
FOOTS = (
    "本文标题:{t} 链接地址:http://www.example{n}.com/{c2}/{n}.html",
    "版权所有:{s} 备案号:京ICP备{n}号",
    "相关推荐:",
    "上一篇:{c}汇编 下一篇:{c}精选",
    "第1页 共{p}页",
    "扫一扫,分享到朋友圈",
    "免责声明:本站文章均来自网络,如有侵权请联系删除。",
    "该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
    "(未完,全文共{n}字,当前仅显示{m}00字,请阅读下面全文)",
    "更多{c}请访问www.example.com",
    "猜你喜欢",
    "{d}",
)
#: The head of a speech page above the body, sometimes (title, dashed subtitle, date, speaker, salutation).
SPEECH_HEADS = (
    ("{t}",), ("——在全县{c}工作会议上的讲话",), ("（{y}年{mo}月{dd}日）",), ("县委书记  张某某",), ("同志们：",),
)
#: Lines that sometimes sit between paragraphs of the body.
MIDDLE = (
    "第{p}页",
    "更多精彩内容请关注{s}",
    "- {p} -",
    "广告",
)


def _fill(rng: random.Random, tpl: str, title: str) -> str:
    year = rng.randint(2008, 2025)
    return tpl.format(t=title, s=rng.choice(SITES), c=rng.choice(SECTIONS), c2="article",
                      d=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      y=year, mo=rng.randint(1, 12), dd=rng.randint(1, 28),
                      n=rng.randint(100, 99999), m=rng.randint(10, 59), p=rng.randint(2, 9))


_LICENCE = re.compile(r"\n\s*本作品(?:是|来自)")
_OPENING = re.compile(r"^各位代表[:：]", re.M)
#: Wikisource's notes on glyphs missing from its font (＠①原字…, 字库未存字注释:), a line wholly in brackets (a
#: resolution's （…会议通过）, a stage direction) and the title line are no speech sentences.
_NOTE = re.compile(r"^\s*＠|字库未存字|^\s*[(（][^()（）]*[)）]\s*$")


def sources() -> list[tuple[str, str, list[list[str]]]]:
    """(name, title, paragraphs) of every speech text: the reports as given, the seed pages cleaned.

    A paragraph is a list of lines; reports separate paragraphs by blank lines.
    """
    out = []
    with open(ROOT / "data" / "external" / "government_work_reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            content = _LICENCE.split(rec["content"])[0]           # Wikisource's licence notice is no speech
            m = _OPENING.search(content[:1000])                  # nor the front matter above 各位代表：
            content = content[m.start():] if m else content
            paras = [[ln.strip(" \u3000\u200b") for ln in block.splitlines()
                      if ln.strip(" \u3000\u200b") and not _NOTE.search(ln) and ln.strip() != rec["title"]]
                     for block in re.split(r"\n\s*\n", content)]
            out.append((rec["title"], rec["title"], [p for p in paras if p]))
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        doc = clean_document(path.read_text(encoding="utf-8"), source_file=path.name)
        paras = [[ln.strip()] for ln in doc.text.splitlines() if ln.strip()]
        out.append((path.name, doc.page_title or "讲话", paras))
    return out


_TERM = re.compile(r"(?<=[。！？!?])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def sentences(line: str) -> list[str]:
    """The sentences of one line (split after 。！？), those with at least four Chinese characters."""
    return [s.strip() for s in _TERM.split(line) if len(_CJK.findall(s)) >= 4]


#: The shapes of a lost sentence, first match wins.
SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    ("opens_with_date", re.compile(r"^\s*(?:\d{2,4}\s*[-年./]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|[一二〇○零]{4}年)")),
    ("numbered_heading", re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[,，、])")),
    ("field_label", re.compile(r"^[^，,。]{1,8}[:：]")),
    ("cited_work", re.compile(r"《")),
    ("latin_or_number", re.compile(r"[A-Za-z]{2,}|\d{3,}")),
    ("no_full_stop", re.compile(r"[^。！？!?]$")),
    ("short", re.compile(r"^.{0,15}$")),
)


def shape(sentence: str) -> str:
    """The shape of one sentence (see :data:`SHAPES`), ``prose`` when none fits."""
    for name, rx in SHAPES:
        if rx.search(sentence):
            return name
    return "prose"


def kept(sentence: str, doc) -> bool:
    """:func:`speech_kept`, or the sentence in the page's own script conversion (衞→卫 by ``hk2s``, not ``tw2sp``)."""
    if speech_kept(sentence, doc.text):
        return True
    return bool(doc.conversion) and speech_kept(convert_script(sentence, doc.conversion), doc.text)


def blame(raw: str, sentence: str, rows: list[dict]) -> str:
    """The audit rule whose edits cover most of the sentence's first occurrence in ``raw``."""
    start = raw.find(sentence)
    if start < 0:
        return "(not found)"
    end = start + len(sentence)
    cover: Counter = Counter()
    for r in rows:
        lo, hi = max(start, r["start"]), min(end, r["end"])
        if hi > lo and r["rule"] not in ("whitespace", "stray_space", "sentence_break"):
            cover[r["rule"]] += hi - lo
    return cover.most_common(1)[0][0] if cover else "(no edit)"


_ENDS = re.compile(r"[。！？!?:：”」]$")


def make_pages(rng: random.Random, srcs, lo: int, hi: int):
    """Yield (source name, raw page, speech lines) covering every source once, in chunks of lo-hi paragraphs."""
    for name, title, paras in srcs:
        i = 0
        while i < len(paras):
            k = rng.randint(lo, hi)
            while i + k < len(paras) and not _ENDS.search(paras[i + k - 1][-1]):
                k += 1                                           # a page does not end with a heading
            chunk = paras[i:i + k]
            i += k
            page: list[list[str]] = []
            for tpl in rng.sample(HEADS, rng.randint(1, 4)):
                page.append([_fill(rng, tpl, title)])
            if rng.random() < 0.4:           # a speech's own head: some of title, subtitle, date, speaker, salutation
                for (tpl,) in SPEECH_HEADS:
                    if rng.random() < 0.6:
                        page.append([_fill(rng, tpl, title)])
            body_lines = []
            for para in chunk:
                page.append(list(para))
                body_lines.extend(para)
                if rng.random() < 0.08:
                    page.append([_fill(rng, rng.choice(MIDDLE), title)])
            for tpl in rng.sample(FOOTS, rng.randint(1, 4)):
                page.append([_fill(rng, tpl, title)])
            yield name, "\n\n".join("\n".join(p) for p in page), body_lines


def probe(seed: int = 0, lo: int = 3, hi: int = 6, limit: int | None = None, layouts=LAYOUTS):
    """Clean every page in every layout; return per-layout counts and the lost sentences."""
    rng = random.Random(seed)
    srcs = sources()
    pages = list(make_pages(rng, srcs, lo, hi))
    if limit:
        pages = rng.sample(pages, min(limit, len(pages)))
    results = {}
    for layout in layouts:
        lrng = random.Random(f"{seed}-{layout}")
        n_sent = 0
        lost = []
        t0 = time.process_time()
        for name, raw, body in pages:
            joiner = "\n"
            if layout != "given":
                joiner = lrng.choice((" ", ""))
                raw = flatten_lines(raw, layout, joiner)
            doc = clean_document(raw)
            for line in body:
                for s in sentences(line):
                    n_sent += 1
                    if not kept(s, doc):
                        lost.append((name, blame(raw, s, doc.audit_rows), shape(s), s, joiner))
        results[layout] = (len(pages), n_sent, lost, time.process_time() - t0)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--paras", type=int, nargs=2, default=(3, 6), metavar=("MIN", "MAX"))
    ap.add_argument("--limit", type=int, default=None, help="clean only N pages (a seeded sample)")
    ap.add_argument("--examples", type=int, default=3, help="lost sentences shown per family")
    ap.add_argument("--layouts", nargs="+", default=list(LAYOUTS), choices=LAYOUTS)
    args = ap.parse_args(argv)
    results = probe(args.seed, args.paras[0], args.paras[1], args.limit, args.layouts)
    for layout, (n_pages, n_sent, lost, cpu) in results.items():
        glued = sum(j == "" for *_, j in lost)
        print(f"layout {layout:10s} pages {n_pages}  sentences {n_sent}  lost {len(lost)} = "
              f"{1e4 * len(lost) / max(n_sent, 1):.1f} per 10,000"
              + (f" ({glued} on pages joined without a space)" if layout != "given" else "") + f"  (cpu {cpu:.1f} s)")
    for layout, (n_pages, n_sent, lost, cpu) in results.items():
        if not lost:
            continue
        print(f"\n== {layout}: lost sentences by audit rule and shape")
        fam = defaultdict(list)
        for name, rule, shp, s, joiner in lost:
            fam[(rule, shp)].append((name, s, joiner))
        for (rule, shp), items in sorted(fam.items(), key=lambda kv: -len(kv[1])):
            print(f"{len(items):5d}  {rule:24s} {shp}")
            for name, s, joiner in items[:args.examples]:
                print(f"         {name[:24]} {joiner!r:4} | {s[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
