"""Benchmark `corpusmine clean` on one very large page (20 MB and 200 MB by default).

The page is made by repeating realistic speech paragraphs (the body lines of the
Simplified seed pages and of the shipped Government Work Reports, in a seeded
random order) with site chrome between them, as template sites serve it:
breadcrumbs, metadata rows, editor blurbs, PDF page footers, "related articles"
lines, watermarks inside sentences, stray spaces and blank lines.

Each size is cleaned in a fresh process running ``corpusmine clean FILE``
(output to /dev/null; the tqdm progress bar is forced on and goes to standard error,
which is discarded).  Reported per size: wall time, CPU time (user + system, from
``resource.getrusage(RUSAGE_CHILDREN)``), MB/s per core of CPU time and of wall time,
the same without the start-up of the command (measured on a one-line page), peak
resident memory and its ratio to the file size, and the load average (``os.getloadavg``)
before and after.  On a shared machine wall time mostly measures the other jobs: CPU
time is the comparable figure.  It asserts nothing.

    .venv/bin/python benchmarks/bench_clean.py [--sizes 20 200] [--keep DIR]

What each rule costs (CPU seconds per rule, and a profile of one): ``benchmarks/rule_cost.py``
on a page this script keeps (``--keep DIR``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Chrome lines put between blocks of paragraphs ({n} is a page number).
CHROME = (
    "第{n}页 共9999页",
    "当前位置:首页 > 范文大全 > 讲话稿 > 工作讲话",
    "发布时间:2023-10-13 09:20:02 来源:网友投稿 点击:{n}",
    "下面是小编为大家整理的讲话稿,供大家参考。",
    "相关推荐:在全县创文推进会上的讲话",
    "版权所有:公文范文网 备案号:京ICP备{n}号",
    "",
    "   ",
)


def body_paragraphs() -> list[str]:
    """Simplified speech paragraphs of the seed pages 000-003 and the Government Work Reports (no salutations, no titles)."""
    from corpusmine.text.patterns import SALUTATION, TITLE_LIKE

    lines: list[str] = []
    for p in sorted((ROOT / "data" / "raw").glob("00[0-3]_*.txt")):
        lines += p.read_text(encoding="utf-8").splitlines()
    with open(ROOT / "data" / "external" / "government_work_reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            lines += json.loads(line)["content"].splitlines()
    from corpusmine.text.script import simplified_view

    keep = []
    for line in lines:
        s = line.strip()
        if len(s) >= 40 and s.endswith("。") and not SALUTATION.search(s) and not TITLE_LIKE.search(s) \
                and simplified_view(s) == s:      # Simplified text only (two reports are Traditional)
            keep.append(s)
    return keep


def make_page(path: Path, megabytes: float, *, seed: int = 0) -> int:
    """Write a page of about ``megabytes`` MB (UTF-8) to ``path``; return its size in bytes."""
    rng = random.Random(seed)
    paras = body_paragraphs()
    target = int(megabytes * 1_000_000)
    size = 0
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        head = "当前位置:首页 > 范文大全 > 讲话稿\n\n全县重点工作推进会讲话\n\n发布时间:2023-10-13 来源:网友投稿\n\n同志们:\n\n"
        fh.write(head)
        size += len(head.encode())
        while size < target:
            block = []
            for _ in range(rng.randint(4, 12)):
                p = rng.choice(paras)
                r = rng.random()
                if r < 0.05:                      # a watermark inside a sentence
                    k = rng.randrange(1, len(p))
                    p = p[:k] + "老秘网" + p[k:]
                elif r < 0.10:                    # a stray space between Chinese characters
                    k = rng.randrange(1, len(p))
                    p = p[:k] + " " + p[k:]
                elif r < 0.13:                    # an anonymised year
                    p = "20xx年," + p
                block.append(p)
            n += 1
            block.append(rng.choice(CHROME).format(n=n))
            text = "\n\n".join(block) + "\n\n"
            fh.write(text)
            size += len(text.encode())
    return size


def clean_in_child(path: Path) -> tuple[float, float, int]:
    """Run ``corpusmine clean path`` in a fresh process: (wall s, CPU s, peak RSS in bytes)."""
    code = (
        "import os, resource, subprocess, sys, time\n"
        "t0 = time.perf_counter()\n"
        "subprocess.run([sys.executable, '-c', 'import sys; from corpusmine.cli import main; "
        "from corpusmine.text import clean; clean.PROGRESS_MIN_CHARS = 0; "
        "sys.stderr.isatty = lambda: True; sys.exit(main())', 'clean', sys.argv[1]],"
        " check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "dt = time.perf_counter() - t0\n"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(dt, ru.ru_utime + ru.ru_stime, ru.ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True, cwd=ROOT)
    wall, cpu, kib = out.stdout.split()
    return float(wall), float(cpu), int(kib) * 1024


def load() -> str:
    """The 1, 5 and 15 minute load averages."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[20, 200], help="page sizes in MB")
    ap.add_argument("--keep", type=Path, help="write the pages here and keep them")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="corpusmine-bench-clean-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        tiny = folder / "page_tiny.txt"
        tiny.write_text("同志们:\n要抓好落实。\n", encoding="utf-8")
        w0, c0, r0 = clean_in_child(tiny)
        print(f"start-up (a one-line page): wall {w0:.2f} s, CPU {c0:.2f} s, peak RSS {r0 / 2**20:,.0f} MiB; load {load()}")
        for mb in args.sizes:
            page = folder / f"page_{mb:g}MB.txt"
            if not page.exists():
                make_page(page, mb)
            size = page.stat().st_size
            before = load()
            wall, cpu, peak = clean_in_child(page)
            mbs = size / 1e6
            print(
                f"{mbs:7.1f} MB page: wall {wall:7.1f} s, CPU {cpu:7.1f} s; MB/s per core: {mbs / cpu:5.2f} of CPU time "
                f"({mbs / max(cpu - c0, 1e-9):5.2f} without start-up), {mbs / wall:5.2f} of wall time; "
                f"peak RSS {peak / 2**20:,.0f} MiB = {peak / size:.2f}x the file "
                f"({(peak - r0) / size:.2f}x above start-up); load {before} -> {load()}"
            )
    finally:
        if args.keep is None:
            for p in folder.iterdir():
                p.unlink()
            folder.rmdir()


if __name__ == "__main__":
    main()
