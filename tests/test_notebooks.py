"""The notebook suite: committed clean, executed headless in CI, figures named and listed."""

from __future__ import annotations

import ast
import json
import os
import re
import time

import pytest

from corpusmine import config
from corpusmine.notebooks import NoNotebooksError, count_images, has_outputs, notebook_paths, run_all, run_notebook

EXPECTED = ["00_tutorial", "00_tutorial_solutions", "01_corpus", "02_phrases", "03_keyness", "04_topics", "05_rhetoric", "06_over_time",
            "07_review"]
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


@pytest.mark.slow
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
    # every figure written is also shown inline, in the executed copy and in its HTML
    nb = json.loads(run.executed.read_text(encoding="utf-8"))
    pngs = [n for n in written if n.endswith(".png")]
    assert count_images(nb) >= len(pngs) == len(run.figures), (count_images(nb), pngs)
    assert run.images_shown == count_images(nb)
    assert run.html.read_text(encoding="utf-8").count("data:image/png;base64,") >= len(pngs)
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


@pytest.mark.slow
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


def test_a_run_that_finds_no_notebook_is_an_error_naming_the_folder(tmp_path, capsys):
    from corpusmine.cli import main

    (tmp_path / "草稿.ipynb").write_text("{}", encoding="utf-8")
    with pytest.raises(NoNotebooksError, match=re.escape(str(tmp_path.resolve()))):
        run_all(tmp_path)
    with pytest.raises(NoNotebooksError, match="starting with 99"):
        run_all(only=["99"])
    assert main(["notebooks", "--only", "99"]) == 2
    err = capsys.readouterr().err
    assert "no notebook named NN_*.ipynb starting with 99" in err and str(config.NOTEBOOKS_DIR) in err


def _tiny_notebook(folder, name, source):
    import nbformat

    params = nbformat.v4.new_code_cell("FIGURES_DIR = None\nPROCESSED_DIR = None", metadata={"tags": ["parameters"]})
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 创文"), params,
                                         nbformat.v4.new_code_cell(source)])
    nbformat.write(nb, folder / name)


@pytest.mark.slow
def test_runner_reports_each_notebook_without_transport_warning(tmp_path, capfd):
    """Two notebooks in parallel kernels: each reported when done, figures shown inline, no TCP warning."""
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    figs = tmp_path / "figures"
    draw = ("import matplotlib.pyplot as plt\nfrom pathlib import Path\nfrom corpusmine.viz import plots\n"
            "plots.use_cjk_font()\nfig, ax = plt.subplots()\n_ = ax.set_title('乡村振兴')\n"
            "plots.save_figure(fig, '{stem}_图', folder=Path(FIGURES_DIR))")
    _tiny_notebook(nbs, "01_一.ipynb", draw.format(stem="01"))
    _tiny_notebook(nbs, "02_二.ipynb", "print('创文')")
    seen = []
    runs = run_all(nbs, parameters={"FIGURES_DIR": str(figs)}, build_dir=tmp_path / "build", jobs=2,
                   on_done=seen.append, html=False)
    assert [r.name for r in runs] == ["01_一", "02_二"] and sorted(r.name for r in seen) == ["01_一", "02_二"]
    assert runs[0].figures == ["01_图.png"] and runs[0].images_shown == 1
    assert runs[1].figures == [] and runs[1].images_shown == 0
    captured = capfd.readouterr()
    assert "without encryption" not in captured.out + captured.err
    # the PNG is the same as one written by save_figure under Agg, outside any kernel
    import matplotlib.pyplot as plt

    from corpusmine.viz import plots

    plots.use_cjk_font()
    fig, ax = plt.subplots()
    ax.set_title("乡村振兴")
    agg = plots.save_figure(fig, "01_图", folder=tmp_path / "agg")[0]
    plt.close(fig)
    assert agg.read_bytes() == (figs / "01_图.png").read_bytes()


# Markup in group names, ids and texts must reach the notebooks' HTML as text, never as markup.
PAYLOADS = ["<img src=x onerror=alert(1)>", "<svg onload=alert(2)>", "**粗体** [链接](javascript:alert(3)) $x$"]


@pytest.fixture(scope="module")
def hostile_processed(corpus, tmp_path_factory):
    """The included speeches of the real corpus, regrouped under markup-carrying group names, as a corpus."""
    import warnings

    from corpusmine.corpus.build import write_corpus
    from corpusmine.corpus.external import read_corpus

    tmp = tmp_path_factory.mktemp("hostile")
    speeches = corpus.speeches[corpus.speeches["include"]].sort_values("speech_id")
    paragraphs = corpus.paragraphs.sort_values(["speech_id", "paragraph_id"])
    rows = []
    for i, sid in enumerate(speeches["speech_id"]):
        text = "\n".join(paragraphs.loc[paragraphs["speech_id"] == sid, "text"])
        rows.append({"title": f"{PAYLOADS[i % 2]}讲话{i}", "camp": PAYLOADS[i % 3],
                     "content": text + "\n同志们，<b onmouseover=alert(4)>要抓实抓细</b>，确保工作落到实处。"})
    path = tmp / "hostile.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hostile = read_corpus(path, text="content", group="camp", id="title", cache_dir=tmp / "cache", progress=False)
    out = tmp / "processed"
    write_corpus(hostile, out)
    return out


@pytest.mark.slow
def test_markup_in_group_names_does_not_run_in_the_notebook_html(hostile_processed, tmp_path):
    htmls = []
    for name in ("02_phrases", "03_keyness"):
        run = run_notebook(config.NOTEBOOKS_DIR / f"{name}.ipynb",
                           parameters={"PROCESSED_DIR": str(hostile_processed), "FIGURES_DIR": str(tmp_path / "figs"),
                                       "GROUP_BY": "camp"},
                           build_dir=tmp_path / "build", timeout=300)
        nb = json.loads(run.executed.read_text(encoding="utf-8"))
        assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        htmls.append(run.html)
    _no_script_runs(htmls, tmp_path)


def _no_script_runs(htmls, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = os.environ.get("CORPUSMINE_CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-extensions", f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(os.environ.get("CORPUSMINE_CHROMEDRIVER", "/usr/bin/chromedriver")),
                              options=opts)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        # every way a payload could run is recorded instead of blocking the page
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.__ran = []; for (const f of ['alert', 'confirm', 'prompt'])"
            " window[f] = (m) => { window.__ran.push(f + ':' + m); };")})
        for html in htmls:
            driver.get(html.as_uri())
            time.sleep(1.0)
            ran = driver.execute_script("return window.__ran")
            assert ran == [], (html.name, ran)
            dom = driver.execute_script(
                "return [document.querySelectorAll('img[src=\"x\"], svg[onload], [onmouseover]').length,"
                " document.querySelectorAll('a[href^=\"javascript\"]').length, document.body.innerText]")
            assert dom[0] == 0 and dom[1] == 0, (html.name, dom[:2])
            # the group names are shown, as text
            assert "<img src=x onerror=alert(1)>" in dom[2] and "<svg onload=alert(2)>" in dom[2], html.name
    finally:
        driver.quit()


# ------------------------------------------------------------------ thin notebooks: the library does the work

_LOGIC = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For, ast.AsyncFor, ast.While)


def _code_cells(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [(i, "".join(c["source"])) for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"]


def logic_in_cells(path) -> list[str]:
    """Every def, class, for and while statement in the notebook's code cells (comprehensions are fine)."""
    found = []
    for i, src in _code_cells(path):
        lines = [line for line in src.splitlines() if not line.lstrip().startswith(("%", "!"))]
        for node in ast.walk(ast.parse("\n".join(lines), filename=f"{path.name} cell {i}")):
            if isinstance(node, _LOGIC):
                found.append(f"{path.name} cell {i} line {node.lineno}: {type(node).__name__}")
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_define_nothing_and_loop_over_nothing(path):
    assert logic_in_cells(path) == []


def test_the_logic_check_finds_a_loop_and_a_helper(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "words = [w for w in ['创文', '测评']]\n%matplotlib inline\n"
        "for g in ['rural']:\n    print(g)\ndef label(g):\n    return g + ' · 讲话'\n")])
    path = tmp_path / "07_草稿.ipynb"
    nbformat.write(nb, path)
    assert logic_in_cells(path) == ["07_草稿.ipynb cell 0 line 2: For", "07_草稿.ipynb cell 0 line 4: FunctionDef"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_set_up_with_one_call(path):
    code = "\n".join(src for _, src in _code_cells(path))
    assert code.count("report.setup(PROCESSED_DIR, FIGURES_DIR") == 1
    for repeated in ("cm.load_corpus(", "use_cjk_font()", "pd.set_option(", "folder=fig_dir", "plt.show()"):
        assert repeated not in code, repeated


@pytest.mark.slow
def test_topic_notebook_warm_run_restores_fits_and_writes_the_same_bytes(built, tmp_path):
    """Notebook 04 twice on a fresh copy of the corpus: the second run fits nothing and writes identical files."""
    import shutil

    _, processed = built
    fresh = tmp_path / "processed"
    shutil.copytree(processed, fresh, ignore=shutil.ignore_patterns("cache"))
    outputs, times = [], []
    for run_name in ("cold", "warm"):
        figs = tmp_path / run_name
        run = run_notebook(config.NOTEBOOKS_DIR / "04_topics.ipynb",
                           parameters={"FIGURES_DIR": str(figs), "PROCESSED_DIR": str(fresh)},
                           build_dir=tmp_path / f"build_{run_name}", timeout=600, html=False)
        outputs.append({p.relative_to(figs).as_posix(): p.read_bytes() for p in figs.rglob("*") if p.is_file()})
        times.append(run.seconds)
        entries = sorted(p.name for p in (fresh / "cache" / "fits").iterdir())
        if run_name == "cold":
            cold_entries = entries
    assert outputs[0] and outputs[0].keys() == outputs[1].keys()
    assert [k for k in outputs[0] if outputs[0][k] != outputs[1][k]] == []
    assert entries == cold_entries and {name.rsplit(".", 1)[1] for name in entries} == {"json", "npz"}
    assert times[1] < times[0]
