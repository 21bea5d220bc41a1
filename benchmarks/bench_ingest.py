"""Benchmark ``corpusmine ingest`` on folders of 1,000 / 3,000 / 10,000 generated pages.

Pages are made by recombining real-shaped speech paragraphs: the paragraphs of the Government Work
Reports (data/external) and of the seed pages' cleaned speeches, 8-24 per page, under a title, with
site chrome around them (breadcrumbs, a 发布时间/来源 row, a 本文来自…更多请访问 footer, a VIP
download panel), in UTF-8, GB18030 or HTML.  One page in ten is a light edit of an earlier page
(我县 → 我市, one paragraph dropped, other chrome): the copies ingest must cluster.

Each size runs in a fresh child process (``--child``) that ingests the folder with ``jobs`` worker
processes and prints: time, pages per second, the child's peak resident set size and the largest
worker's, speeches, copies found; the generator reports how many copies it planted.  Peak memory
should not grow with the number of pages: pages are processed in batches, tables appended batch by
batch, draft rows and MinHash signatures spilled to files per batch; after the last batch the copies
are clustered from the signature files, the draft manifest is written batch by batch and the final
rewrite copies each table a bounded number of rows at a time.  CPU time (main process, workers) and
the load average are printed too: the machine is shared, so wall time alone is noisy.

    .venv/bin/python benchmarks/bench_ingest.py [--sizes 1000 3000 10000] [--jobs 2] [--batch 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROME_HEAD = ["首页 > 范文大全 > 讲话稿 > {kind}", "发布时间:2023-0{m}-1{d} 来源:网络 点击次数:{n}",
               "当前位置:首页 >> 工作总结 >> {kind}"]
CHROME_FOOT = ["本文来自范文网,更多请访问www.fanwen{n}.com", "版权声明:本文内容由网友上传,如有侵权请联系删除。",
               "该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。"]
KINDS = ["乡村振兴讲话", "创文讲话", "环境整治讲话", "工作会议讲话"]


def paragraphs() -> list[str]:
    out = []
    with open(ROOT / "data/external/government_work_reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            for p in json.loads(line)["content"].split("\n"):
                p = p.strip()
                if 40 <= len(p) <= 600:
                    out.append(p)
    sys.path.insert(0, str(ROOT / "src"))
    from corpusmine.corpus.cleaning import clean_all
    from corpusmine.corpus.readers import read_raw_files

    recs = read_raw_files(ROOT / "data/raw")
    for doc in clean_all([(r.text, r.label, bool(r.is_html)) for r in recs], None):
        out += [p for p in doc.text.split("\n") if 40 <= len(p) <= 600]
    return out


def make_pages(folder: Path, n: int, seed: int = 0) -> int:
    """Write ``n`` pages into ``folder``; returns how many of them are planted copies of an earlier page."""
    rng = random.Random(seed)
    planted = 0
    pool = paragraphs()
    made: list[tuple[str, list[str]]] = []
    for i in range(n):
        if made and rng.random() < 0.1:           # a light edit of an earlier page
            title, body = rng.choice(made)
            body = [p.replace("我县", "我市").replace("全县", "全市") for p in body]
            del body[rng.randrange(len(body))]
            planted += 1
        else:
            kind = rng.choice(KINDS)
            title = f"在全县{kind[:-2]}工作会议上的讲话({i})"
            body = ["同志们:"] + rng.sample(pool, rng.randint(8, 24))
            made.append((title, body))
        kind = rng.choice(KINDS)
        head = rng.choice(CHROME_HEAD).format(kind=kind, m=rng.randint(1, 9), d=rng.randint(0, 9), n=rng.randint(10, 999))
        foot = rng.choice(CHROME_FOOT).format(n=rng.randint(1, 9))
        form = rng.random()
        if form < 0.2:
            html = (f"<html><head><title>{title}_范文网</title></head><body><div>{head}</div><h1>{title}</h1>"
                    + "".join(f"<p>{p}</p>" for p in body) + f"<div>{foot}</div></body></html>")
            (folder / f"page{i:05d}.html").write_text(html, encoding="utf-8")
        else:
            text = "\n".join([head, title, *body, foot])
            (folder / f"page{i:05d}.txt").write_bytes(text.encode("gb18030" if form < 0.4 else "utf-8"))
    return planted


def own_peak_mb() -> float:
    """This process's peak resident set size since it started (``VmHWM``), in MiB.

    Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries the parent's peak across ``exec`` into
    it, so a child started by this script would report at least the generator's memory, which
    holds every page it made (it grows with the number of pages).
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(folder: str, out: str, jobs: int, batch: int) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from corpusmine.corpus.ingest import ingest

    t0 = time.perf_counter()
    r = ingest(folder, out, jobs=jobs, batch_size=batch)
    took = time.perf_counter() - t0
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"pages": r.n_pages, "speeches": r.n_speeches, "copies": r.n_copies, "seconds": round(took, 1),
                      "pages_per_s": round(r.n_pages / took, 1), "peak_mb": round(own_peak_mb()),
                      "worker_peak_mb": round(kids.ru_maxrss / 1024),
                      "cpu_main_s": round(own.ru_utime + own.ru_stime, 1),
                      "cpu_workers_s": round(kids.ru_utime + kids.ru_stime, 1),
                      "load": round(os.getloadavg()[0], 1)}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 3000, 10000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--child", nargs=4, metavar=("FOLDER", "OUT", "JOBS", "BATCH"))
    a = ap.parse_args()
    if a.child:
        child(a.child[0], a.child[1], int(a.child[2]), int(a.child[3]))
        return
    print(f"{'pages':>7} {'speeches':>8} {'planted':>7} {'found':>6} {'s':>7} {'pages/s':>8} {'peak MB':>8} "
          f"{'worker MB':>9} {'CPU main s':>10} {'CPU workers s':>13} {'load':>5}", flush=True)
    for n in a.sizes:
        with tempfile.TemporaryDirectory() as d:
            folder, out = Path(d, "pages"), Path(d, "out")
            folder.mkdir()
            planted = make_pages(folder, n)
            r = subprocess.run([sys.executable, __file__, "--child", str(folder), str(out), str(a.jobs), str(a.batch)],
                               capture_output=True, text=True, check=True)
            m = json.loads(r.stdout.strip().splitlines()[-1])
            print(f"{m['pages']:>7} {m['speeches']:>8} {planted:>7} {m['copies']:>6} {m['seconds']:>7} {m['pages_per_s']:>8} "
                  f"{m['peak_mb']:>8} {m['worker_peak_mb']:>9} {m['cpu_main_s']:>10} {m['cpu_workers_s']:>13} "
                  f"{m['load']:>5}", flush=True)
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
