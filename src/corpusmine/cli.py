"""The ``corpusmine`` command.

``corpusmine build [--raw DIR] [--manifest FILE] [--out DIR]``
    Build data/processed from data/raw and data/manifest.csv.
``corpusmine read PATH --text COL [--id COL] [--group COL] [--year COL] --out DIR``
    Read an external corpus (a folder of .txt/.html pages, .jsonl, .csv, .tsv or
    .parquet) into a processed corpus folder that the notebooks take
    (``PROCESSED_DIR=DIR``).
``corpusmine ingest DIR --out DIR [--batch N] [--jobs N] [--max-page-mb MB] [--no-site-lines]``
    Read a folder of downloaded pages into a processed corpus plus ``draft_manifest.csv``
    (predicted campaign, level, year, copies across pages, what to review); after editing it,
    ``corpusmine build --raw DIR --manifest EDITED.csv --out DIR2`` uses it.
``corpusmine clean FILE``
    Print one raw page cleaned (no manifest needed); ``--audit`` prints what was removed.
``corpusmine --version``
    Print the version.

Bad input ends with one clear line naming the file and the problem (exit code 2),
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

from corpusmine import __version__, config
from corpusmine.corpus.build import build_corpus, write_corpus
from corpusmine.corpus.external import read_corpus
from corpusmine.corpus.ingest import DRAFT_MANIFEST, ingest
from corpusmine.corpus.manifest import ManifestError
from corpusmine.corpus.model import check_out_dir
from corpusmine.errors import CorpusInputError
from corpusmine.notebooks import describe_run, run_all
from corpusmine.text.clean import clean_file


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corpusmine", description=__doc__.split("\n\n")[0])
    p.add_argument("--version", action="version", version=f"corpusmine {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build speeches/paragraphs/audit tables from the raw pages")
    b.add_argument("--raw", type=Path, default=config.RAW_DIR, help="folder of raw pages (default: data/raw)")
    b.add_argument("--manifest", type=Path, default=config.MANIFEST, help="manifest CSV (default: data/manifest.csv)")
    b.add_argument("--out", type=Path, default=config.PROCESSED_DIR, help="output folder (default: data/processed)")
    b.add_argument("--overrides", type=Path, default=None, help="section campaign overrides CSV")
    n = sub.add_parser("notebooks", help="execute the notebook suite headless (figures/ and build/notebooks)")
    n.add_argument("--only", nargs="*", default=None, help="notebook number prefixes, e.g. 01 03")
    n.add_argument("--figures", type=Path, default=None, help="where figures and tables go (default: figures/)")
    n.add_argument("--build", type=Path, default=None, help="executed copies and HTML (default: build/notebooks)")
    n.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default: 600)")
    n.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: CPU cores, at most 4)")
    r = sub.add_parser("read", help="read an external corpus (folder, jsonl, csv, tsv, parquet) into a processed folder")
    r.add_argument("path", type=Path, help="a folder of pages or a .jsonl/.csv/.tsv/.parquet file")
    r.add_argument("--out", type=Path, required=True, help="the processed corpus folder to write")
    r.add_argument("--text", default="text", help="column (key) holding the text (default: text)")
    r.add_argument("--id", default=None, help="column holding a document id (default: file name or row number)")
    r.add_argument("--group", default=None,
                   help="column to group by; 'decade' groups by the decade of --year (default: one group)")
    r.add_argument("--title", default=None, help="column holding the title")
    r.add_argument("--year", default=None, help="column holding the year or date")
    r.add_argument("--campaign", default=None, help="column holding a campaign label")
    r.add_argument("--format", default=None, help="folder, files, jsonl, csv, tsv or parquet (default: from the path)")
    r.add_argument("--skip-bad", action="store_true", help="skip bad records with a warning instead of stopping")
    r.add_argument("--jobs", type=int, default=1, help="processes for cleaning (default: 1)")
    g = sub.add_parser("ingest", help="a folder of downloaded pages -> processed corpus + draft manifest to review")
    g.add_argument("path", type=Path, help="folder of .txt/.html pages (any encoding)")
    g.add_argument("--out", type=Path, required=True, help="folder for the tables and draft_manifest.csv")
    g.add_argument("--batch", type=int, default=200, help="pages per batch (memory follows the batch; default 200)")
    g.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    g.add_argument("--max-page-mb", type=float, default=8.0, help="refuse pages larger than this (default: 8 MB)")
    g.add_argument("--strict", action="store_true", help="stop at the first bad page instead of skipping it")
    g.add_argument("--no-site-lines", action="store_true",
                   help="do not learn and remove lines the folder's pages repeat (site boilerplate, site_lines.txt)")
    c = sub.add_parser("clean", help="print one raw page cleaned")
    c.add_argument("file", type=Path)
    c.add_argument("--audit", action="store_true", help="print the audit rows instead of the text")
    return p


def _warning_line(message, category, filename, lineno, file=None, line=None):  # pragma: no cover - trivial
    print(f"corpusmine: warning: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the ``corpusmine`` command line; return the exit status.

    Examples
    --------
    A bad input is reported in one line naming it, with exit status 2:

    >>> import contextlib, io, tempfile
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     code = main(["build", "--raw", "不存在的文件夹", "--out", tempfile.mkdtemp()])
    >>> code, err.getvalue()
    (2, 'corpusmine: error: 不存在的文件夹: raw directory not found\\n')
    """
    args = _parser().parse_args(argv)
    warnings.showwarning = _warning_line
    try:
        if args.command == "build":
            t0 = time.perf_counter()
            corpus = build_corpus(args.raw, args.manifest, args.out, overrides=args.overrides)
            sp = corpus.speeches
            by = ", ".join(f"{k} {v}" for k, v in sp.groupby("campaign").size().items())
            print(
                f"built {len(sp)} speeches ({int(sp['include'].sum())} included; {by}), "
                f"{len(corpus.paragraphs)} paragraphs, {len(corpus.audit)} audit rows "
                f"-> {args.out} in {time.perf_counter() - t0:.2f} s"
            )
        elif args.command == "notebooks":
            params = {"FIGURES_DIR": str(args.figures)} if args.figures else {}
            t0 = time.perf_counter()
            runs = run_all(only=args.only, parameters=params, build_dir=args.build, timeout=args.timeout,
                           jobs=args.jobs, on_done=lambda r: print(describe_run(r), flush=True))
            print(f"executed {len(runs)} notebook(s) in {time.perf_counter() - t0:.1f} s -> {runs[0].executed.parent}")
        elif args.command == "read":
            t0 = time.perf_counter()
            # --out checked before any work: an existing file, an unwritable place or the input folder itself
            check_out_dir(args.out, args.path if args.path.is_dir() else None)
            corpus = read_corpus(
                args.path, text=args.text, id=args.id, group=args.group, title=args.title, year=args.year,
                campaign=args.campaign, format=args.format, on_error="skip" if args.skip_bad else "raise",
                n_jobs=args.jobs, cache_dir=config.cache_dir(args.out),
            )
            write_corpus(corpus, args.out)
            sp = corpus.speeches
            by = ", ".join(f"{k} {v}" for k, v in sp.groupby("campaign").size().items())
            print(
                f"read {len(sp)} documents ({by}), {len(corpus.paragraphs)} paragraphs, "
                f"{len(corpus.audit)} audit rows -> {args.out} in {time.perf_counter() - t0:.2f} s"
            )
        elif args.command == "ingest":
            r = ingest(args.path, args.out, batch_size=args.batch, jobs=args.jobs,
                       max_page_bytes=int(args.max_page_mb * 1e6), on_error="raise" if args.strict else "skip",
                       site_lines=not args.no_site_lines)
            d = r.draft
            by = ", ".join(f"{k} {v}" for k, v in d.groupby("campaign").size().items())
            print(f"ingested {r.n_pages} pages ({r.n_skipped} skipped): {r.n_speeches} speeches ({by}), "
                  f"{int(d['include'].sum())} suggested for inclusion, {r.n_copies} copies, "
                  f"{int(d['needs_review'].sum())} to review -> {r.out} ({DRAFT_MANIFEST}) in {r.seconds:.2f} s")
        elif args.command == "clean":
            doc = clean_file(args.file)
            if args.audit:
                a = doc.audit
                for r in a.itertuples():
                    print(f"{r.layer}\t{r.start}\t{r.end}\t{r.rule}\t{r.removed!r}\t{r.replacement!r}")
            else:
                for part in doc.parts:
                    print(f"# part {part.part}: {part.title}")
                    print(part.text)
                    print()
    except (CorpusInputError, ManifestError, FileNotFoundError, ValueError) as exc:
        print(f"corpusmine: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
