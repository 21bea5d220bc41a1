"""Reference outputs that reproduce: the whole suite, run into a temporary folder, writes every committed file.

Every table (CSV) and page (HTML) in figures/ is compared byte for byte with what the notebooks write from a
fresh build of the corpus.  PNGs are compared by what they show: size, mode, every pixel and the text chunks
must be identical (:func:`corpusmine.viz.save.same_pixels`); only the compressed bytes may differ, because the
zlib build of the installation chooses them — and `make figures` keeps a committed PNG whose pixels did not
change, so `git status` stays clean.  (A difference of 0.17% of one figure's pixels between installations was
traced to matplotlib's shared user font cache resolving DejaVu/STIX to other files; corpusmine.viz.fonts now
pins matplotlib's bundled files.)  Outputs that depend on the CPU (tomotopy's DMR chains) are written to
build/figures instead and are not committed.
"""

from __future__ import annotations

import subprocess

import pytest

from corpusmine import config
from corpusmine.notebooks import run_all
from corpusmine.viz.save import same_pixels

pytestmark = pytest.mark.slow


def _committed_outputs() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "figures"], cwd=config.ROOT, capture_output=True, text=True,
                            check=True).stdout.split()
    return sorted(p.removeprefix("figures/") for p in listed if not p.endswith("README.md"))


def test_suite_reproduces_every_committed_output(built, tmp_path):
    _, processed = built
    figures = tmp_path / "figures"
    # as `make figures` runs them, on a fresh build of the seed corpus; the review notebook (07) ingests
    # data/raw itself when it is given no folder, which is how `make figures` runs it
    seed = ["00", "01", "02", "03", "04", "05", "06"]   # 00 also selects 00_tutorial_solutions
    runs = run_all(only=seed, parameters={"FIGURES_DIR": str(figures), "PROCESSED_DIR": str(processed)},
                   build_dir=tmp_path / "build", timeout=600, html=False, jobs=2)
    runs += run_all(only=["07"], parameters={"FIGURES_DIR": str(figures)}, build_dir=tmp_path / "build",
                    timeout=600, html=False, jobs=1)
    assert len(runs) >= 8, [r.name for r in runs]
    committed = _committed_outputs()
    assert committed, "no committed outputs"
    # the solutions notebook writes under FIGURES_DIR/solutions (build/solutions by default): not reference outputs
    written = sorted(str(p.relative_to(figures)) for p in figures.rglob("*") if p.is_file()
                     and p.relative_to(figures).parts[0] != "solutions")
    missing = [f for f in committed if f not in written]
    assert not missing, f"committed but no longer written: {missing}"
    extra = [f for f in written if f not in committed]
    assert not extra, f"written but not committed (add them, or write them to build/): {extra}"
    differ = [f for f in committed if (figures / f).read_bytes() != (config.ROOT / "figures" / f).read_bytes()
              and not (f.endswith(".png") and same_pixels(figures / f, config.ROOT / "figures" / f))]
    assert not differ, f"differ from the committed reference (run `make figures` and commit): {differ}"
    assert not (figures / "04_dmr_priors.csv").exists()
