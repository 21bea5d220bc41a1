"""The notebook suite: committed clean, executed headless in CI, figures named and listed."""

from __future__ import annotations

import json
import re

import pytest

from corpusmine import config
from corpusmine.notebooks import has_outputs, notebook_paths, run_notebook

EXPECTED = ["00_tutorial", "01_corpus", "02_phrases", "03_keyness", "04_topics", "05_rhetoric"]
NOTEBOOKS = notebook_paths()


def test_the_suite_is_complete():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_with_a_parameters_cell(path):
    assert not has_outputs(path)
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown"
    first_code = next(c for c in cells if c["cell_type"] == "code")
    assert "parameters" in first_code["metadata"].get("tags", [])
    src = "".join(first_code["source"])
    assert "FIGURES_DIR" in src and "PROCESSED_DIR" in src


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_and_writes_its_own_figures(path, tmp_path, built):
    _, processed = built
    figs = tmp_path / "figures"
    run = run_notebook(
        path,
        parameters={"FIGURES_DIR": str(figs), "PROCESSED_DIR": str(processed)},
        build_dir=tmp_path / "build",
        timeout=300,
    )
    assert run.executed.is_file() and run.html.is_file()
    written = sorted(p.relative_to(figs).as_posix() for p in figs.rglob("*") if p.is_file())
    assert written, "the notebook wrote no figure or table"
    prefix = path.stem[:2] + "_"
    assert all(n.rsplit("/", 1)[-1].startswith(prefix) for n in written), written
    assert any(n.endswith(".png") for n in written)
    # no error output and no missing-glyph warning anywhere in the executed notebook
    nb = json.loads(run.executed.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error"
            text = "".join(out.get("text", "")) if isinstance(out.get("text"), (list, str)) else ""
            assert not re.search(r"Glyph \d+ .*missing", text), text[:200]


def test_figures_readme_lists_every_committed_figure():
    readme = (config.FIGURES_DIR / "README.md").read_text(encoding="utf-8")
    files = [p.name for p in config.FIGURES_DIR.iterdir() if p.suffix in {".png", ".csv"}]
    files += [f"html/{p.name}" for p in (config.FIGURES_DIR / "html").glob("*.html")]
    assert files, "figures/ holds no committed reference figures"
    for name in files:
        assert name in readme, name


@pytest.fixture(scope="module")
def external_processed(tmp_path_factory):
    """Twelve Government Work Reports read with read_corpus, grouped by decade, written as a corpus."""
    import json
    import warnings

    from corpusmine.corpus.build import write_corpus
    from corpusmine.corpus.external import read_corpus

    tmp = tmp_path_factory.mktemp("gwr")
    src = config.DATA_DIR / "external" / "government_work_reports.jsonl"
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    subset = [r for r in rows if r["year"]][::6][:12]
    path = tmp / "gwr_subset.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in subset) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = read_corpus(path, text="content", group="decade", id="title", cache_dir=tmp / "cache", progress=False)
    out = tmp / "processed"
    write_corpus(corpus, out)
    return out


@pytest.mark.parametrize("name", ["01_corpus", "03_keyness", "05_rhetoric"])
def test_notebooks_take_an_external_corpus_through_their_parameters(name, external_processed, tmp_path):
    figs = tmp_path / "figures"
    run = run_notebook(
        config.NOTEBOOKS_DIR / f"{name}.ipynb",
        parameters={"PROCESSED_DIR": str(external_processed), "FIGURES_DIR": str(figs), "GROUP_BY": "decade"},
        build_dir=tmp_path / "build",
        timeout=300,
        html=False,
    )
    nb = json.loads(run.executed.read_text(encoding="utf-8"))
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert any(p.suffix == ".png" for p in figs.rglob("*"))
