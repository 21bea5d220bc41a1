"""The corpusmine command: builds, and reports bad input in one clear line without a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

from corpusmine import config


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "corpusmine.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_build_writes_the_three_tables(tmp_path):
    out = tmp_path / "processed"
    r = run("build", "--out", out)
    assert r.returncode == 0, r.stderr
    assert "built 10 speeches (7 included" in r.stdout
    for name in ("speeches", "paragraphs", "audit"):
        assert (out / f"{name}.parquet").is_file()
    assert len(pd.read_parquet(out / "speeches.parquet")) == 10
    assert not list(out.glob("*.tmp")) and not list(out.glob("tmp*"))


@pytest.fixture
def raw_copy(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    return raw


def test_empty_file_is_named(raw_copy, tmp_path):
    (raw_copy / "005_empty.txt").write_bytes(b"")
    r = run("build", "--raw", raw_copy, "--out", tmp_path / "out")
    assert r.returncode == 2
    assert "005_empty.txt" in r.stderr and "empty" in r.stderr
    assert "Traceback" not in r.stderr


def test_binary_file_is_named(raw_copy, tmp_path):
    (raw_copy / "005_scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)))
    r = run("build", "--raw", raw_copy, "--out", tmp_path / "out")
    assert r.returncode == 2
    assert "005_scan.txt" in r.stderr and "PDF" in r.stderr
    assert "Traceback" not in r.stderr


def test_gbk_file_is_read_with_a_warning(raw_copy, tmp_path):
    # re-encode one page as GBK: the build still works, and says what it did
    p = raw_copy / "003_c4174b3f472e47b6.txt"
    p.write_bytes(p.read_text(encoding="utf-8").encode("gbk"))
    out = tmp_path / "out"
    r = run("build", "--raw", raw_copy, "--out", out)
    assert r.returncode == 0, r.stderr
    assert "003_c4174b3f472e47b6.txt" in r.stderr and "GB18030" in r.stderr
    sp = pd.read_parquet(out / "speeches.parquet").set_index("speech_id")
    assert sp.loc["env_meili_chengzhen", "text"].startswith("同志们:\n经区委、区政府研究决定")


def test_bad_manifest_lists_problems(tmp_path):
    man = tmp_path / "manifest.csv"
    df = pd.read_csv(config.MANIFEST, dtype=str, keep_default_na=False)
    df.loc[0, "campaign"] = "rural-revitalisation"
    df.to_csv(man, index=False)
    r = run("build", "--manifest", man, "--out", tmp_path / "out")
    assert r.returncode == 2
    assert "line 2 (speech_id='env_tizhi_2023'): unknown campaign label 'rural-revitalisation'" in r.stderr
    assert "Traceback" not in r.stderr


def test_clean_prints_speeches(tmp_path):
    r = run("clean", config.RAW_DIR / "002_34aa165c59951966.txt")
    assert r.returncode == 0, r.stderr
    assert "# part 2: 市委书记在2021年经济工作安排部署会议上的讲话文稿" in r.stdout
    assert "剩余13页未读" not in r.stdout


@pytest.mark.parametrize("where", ["raw", "inside"])
def test_out_may_not_be_the_raw_folder_or_inside_it(raw_copy, where):
    out = raw_copy if where == "raw" else raw_copy / "processed"
    before = sorted(p.name for p in raw_copy.iterdir())
    r = run("build", "--raw", raw_copy, "--out", out)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "raw folder" in r.stderr and "--out" in r.stderr
    assert sorted(p.name for p in raw_copy.iterdir()) == before      # nothing written into the raw folder


def test_out_that_is_a_file_is_named(tmp_path):
    out = tmp_path / "讲话.parquet"
    out.write_text("不是文件夹", encoding="utf-8")
    r = run("build", "--out", out)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "讲话.parquet" in r.stderr and "is not a folder" in r.stderr


def test_out_that_cannot_be_created_is_named(tmp_path):
    # the parent is a file: the folder cannot be created, whoever runs the build (root included)
    parent = tmp_path / "清单.csv"
    parent.write_text("speech_id\n", encoding="utf-8")
    r = run("build", "--out", parent / "processed")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "processed" in r.stderr and "cannot create the output folder" in r.stderr
