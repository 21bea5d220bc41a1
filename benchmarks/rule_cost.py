"""What each cleaning rule costs on one page: CPU seconds per rule and per phase, and where a rule spends them.

For rule authors: run it on a large page before and after adding a rule (the
20 MB page of ``bench_clean.py --keep DIR``, or any page of your own) and give
the new rule's line in the commit message.  The page is read as ``corpusmine
clean`` reads it, then the rules of :data:`corpusmine.text.clean.RULES` run one
after another on one :class:`~corpusmine.text.rules.CleaningState`, each timed
with ``time.process_time`` (CPU time of this process, so other jobs on the
machine barely change it); ``--repeat N`` cleans the page N times and reports
each rule's minimum.  The phases are reading (decode), the rules, and what
``clean_document`` does after them (parts, audit rows).  ``--profile RULE``
(a rule's name, e.g. ``site_panels``) runs cProfile over that rule alone and
prints its most costly calls.  It asserts nothing.

    .venv/bin/python benchmarks/rule_cost.py PAGE [--repeat 3] [--top 15] [--profile RULE]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from corpusmine.text import clean  # noqa: E402
from corpusmine.text.decode import read_text  # noqa: E402
from corpusmine.text.rules import CleaningState  # noqa: E402


def rule_name(rule) -> str:
    """``module.rule`` of a rule function (``chrome_rules.site_panels``)."""
    return f"{rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}"


def rule_costs(text: str, *, repeat: int = 1, profile: str | None = None) -> tuple[dict[str, float], str]:
    """CPU seconds of every rule of ``RULES`` on ``text`` (minimum over ``repeat`` runs), and a profile of one rule."""
    best: dict[str, float] = {}
    report = ""
    for run in range(repeat):
        st = CleaningState(text, watermarks=clean.load_watermarks())
        for rule in clean.RULES:
            name = rule_name(rule)
            prof = cProfile.Profile() if profile in (name, rule.__name__) and run == repeat - 1 else None
            t = time.process_time()
            if prof is not None:
                prof.enable()
            rule(st)
            if prof is not None:
                prof.disable()
            dt = time.process_time() - t
            best[name] = min(best.get(name, dt), dt)
            if prof is not None:
                out = io.StringIO()
                pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(25)
                report = out.getvalue()
        del st
    return best, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("page", type=Path, help="a raw page (any encoding, text or HTML)")
    ap.add_argument("--repeat", type=int, default=1, help="clean the page this many times; each rule's minimum is shown")
    ap.add_argument("--top", type=int, default=0, help="show only the N most costly rules (default: all)")
    ap.add_argument("--profile", default=None, help="cProfile this rule (its function name) and print its costliest calls")
    args = ap.parse_args()

    t = time.process_time()
    decoded = read_text(args.page)
    t_read = time.process_time() - t
    text = decoded.text
    if decoded.format == "html":
        text, _ = clean.extract_html(text)
    costs, report = rule_costs(text, repeat=args.repeat, profile=args.profile)
    t = time.process_time()
    clean.clean_document(decoded.text, source_file=args.page.name, is_html=decoded.format == "html", progress=False)
    t_doc = time.process_time() - t
    total = sum(costs.values())
    mb = args.page.stat().st_size / 1e6
    print(f"{args.page.name}: {mb:.1f} MB, {len(text):,} characters; load average {os.getloadavg()[0]:.1f}")
    print(f"{'CPU s':>8} {'share':>6}  rule")
    ranked = sorted(costs.items(), key=lambda kv: -kv[1])
    for name, dt in ranked[: args.top or None]:
        print(f"{dt:8.3f} {dt / total:6.1%}  {name}")
    print(f"{total:8.3f} {'':6}  all rules ({mb / total:.2f} MB/s per core)")
    print(f"phases: read {t_read:.3f} s; one clean_document {t_doc:.3f} s (rules + parts and audit rows: "
          f"{max(t_doc - total, 0):.3f} s besides the rules)")
    if report:
        print(f"\nprofile of {args.profile}:\n{report}")


if __name__ == "__main__":
    main()
