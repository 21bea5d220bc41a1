"""The library works installed from its wheel, outside any checkout, with the core dependencies alone.

Builds the wheel, installs it with only its core requirements (no [lab], [dask], [dmr]) into a new
virtual environment, and from an empty temporary folder runs the core path: Tokenizer, read_corpus on a
small jsonl, keyness, kwic and one CJK plot with no missing-glyph warning; then checks that nothing was
written into that folder, that caches went to the per-user cache folder, and that the extras fail with
an ImportError naming the extra.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from corpusmine import config

pytestmark = pytest.mark.slow

SCRIPT = textwrap.dedent(
    r'''
    import json, os, sys, warnings
    from pathlib import Path
    warnings.simplefilter("error")          # a missing glyph (or any other warning) fails the run
    import corpusmine as cm
    from corpusmine import config
    assert config.ROOT is None, config.ROOT
    assert "site-packages" in cm.__file__, cm.__file__

    tok = cm.Tokenizer()
    words = tok.cut("要把撂荒地整治和人居环境整治抓实抓细，推进城乡环境综合整治")
    assert "人居环境" in words and "撂荒地" in words and "综合整治" in words, words

    rows = [
        {"id": "r1", "group": "rural", "text": "同志们：乡村振兴是大事。要巩固脱贫攻坚成果，推进乡村振兴，抓好撂荒地整治。"},
        {"id": "r2", "group": "rural", "text": "乡村振兴要靠产业。发展特色产业，推进乡村振兴，带动农民增收。"},
        {"id": "c1", "group": "civ", "text": "创建文明城市是系统工程。要打好创文攻坚战，清理牛皮癣，规范占道经营。"},
        {"id": "c2", "group": "civ", "text": "创文工作到了攻坚之年。打好创文攻坚战，整治占道经营和牛皮癣。"},
    ]
    Path("speeches.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    corpus = cm.read_corpus("speeches.jsonl", text="text", id="id", group="group")
    docs = cm.documents(corpus, level="speech", by="group", groups=None)
    dtm = cm.build_dtm(docs, tokenizer=tok)
    table = cm.keyness(cm.group_counts(dtm), "civ", dtm=dtm, min_count=2)
    assert table.iloc[0]["term"] in {"创文", "牛皮癣", "占道经营", "攻坚战"}, table.head()
    lines = cm.kwic(docs, "乡村振兴")
    assert len(lines) == 4, lines

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    cm.use_cjk_font()
    fig, ax = plt.subplots()
    ax.set_title("乡村振兴 · 创建文明城市 · 城乡环境综合整治")
    fig.savefig(Path(sys.argv[1]) / "plot.png")

    for module, extra in (("distributed", "dask"), ("tomotopy", "dmr"), ("nbclient", "lab")):
        try:
            __import__(module)
        except ImportError:
            pass
        else:
            raise AssertionError(f"{module} is installed although only the core was asked for")
    try:                                    # the Dask path without the [dask] extra names the extra
        with cm.local_cluster(n_workers=1):
            pass
    except ImportError as err:
        assert "corpusmine[dask]" in str(err), err
    else:
        raise AssertionError("local_cluster ran without distributed installed")
    try:
        cm.load_corpus()
    except cm.CorpusInputError as err:
        assert "outside a checkout" in str(err) and "read_corpus" in str(err), err
    else:
        raise AssertionError("load_corpus() without a checkout must say what to do")
    print("OK", config.cache_dir())
    '''
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # without PYTHONPATH: a run with PYTHONPATH=src lets pip read the checkout's metadata instead of building it
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
         str(config.ROOT)],
        check=True, capture_output=True, text=True, env=env,
    )
    (path,) = out.glob("corpusmine-*.whl")
    return path


def test_wheel_holds_the_package_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for data in ("corpusmine/lexicons/userdict.txt", "corpusmine/lexicons/speech_fillers.txt",
                 "corpusmine/lexicons/campaigns.yaml", "corpusmine/lexicons/rhetoric.yaml",
                 "corpusmine/lexicons/site_chrome.yaml", "corpusmine/py.typed", "corpusmine/viz/templates/terms.html"):
        assert data in names, data
    assert any(n.endswith("LICENSE") for n in names)


def test_core_install_works_outside_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # without PYTHONPATH: pip would take a checkout on it for an installed corpusmine and skip the wheel
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    install = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-c",
         str(config.ROOT / "constraints.txt"), str(wheel)],
        capture_output=True, text=True, env=clean_env,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    work = tmp_path / "somewhere"
    work.mkdir()
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CORPUSMINE", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local/share"),
               MPLCONFIGDIR=str(home / "mpl"))
    result = subprocess.run([str(py), "-c", SCRIPT, str(tmp_path)], cwd=work, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert result.stdout.startswith("OK"), result.stdout
    # nothing but the input file was written where the user stood; the cache went to the user's cache folder
    assert sorted(p.name for p in work.iterdir()) == ["speeches.jsonl"]
    assert str(home / ".cache") in result.stdout
    assert (tmp_path / "plot.png").stat().st_size > 1000
