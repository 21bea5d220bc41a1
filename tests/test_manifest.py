"""The manifest is checked on its own and against the raw files; every problem names its line."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from corpusmine import ManifestError, config
from corpusmine.corpus.build import build_corpus
from corpusmine.corpus.manifest import COLUMNS, load_manifest


@pytest.fixture
def workspace(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    man = tmp_path / "manifest.csv"
    shutil.copy(config.MANIFEST, man)
    return raw, man, tmp_path / "out"


def edit(man, fn):
    df = pd.read_csv(man, dtype=str, keep_default_na=False)
    df = fn(df)
    df.to_csv(man, index=False)


def build(raw, man, out):
    from corpusmine.tokens.tokenizer import Tokenizer

    return build_corpus(raw, man, out, tokenizer=Tokenizer(cache_dir=None), write=False)


def test_the_real_manifest_is_valid():
    df = load_manifest()
    assert len(df) == 10 and df["speech_id"].is_unique
    assert str(df["year"].dtype) == "Int64"
    assert df.loc[df["speech_id"] == "env_shandong_prov_a", "year"].isna().all()  # the text says 20xx


def test_duplicate_speech_id(workspace):
    raw, man, out = workspace

    def dup(df):
        df.loc[1, "speech_id"] = df.loc[0, "speech_id"]
        return df

    edit(man, dup)
    with pytest.raises(ManifestError, match=r"line 3 \(speech_id='env_tizhi_2023'\): duplicate speech_id .* line 2"):
        load_manifest(man)


def test_unknown_campaign_label(workspace):
    raw, man, out = workspace

    def bad(df):
        df.loc[2, "campaign"] = "civilized"
        df.loc[3, "secondary_campaigns"] = "rural; enviroment"
        return df

    edit(man, bad)
    with pytest.raises(ManifestError) as exc:
        load_manifest(man)
    msg = str(exc.value)
    assert "line 4 (speech_id='civ_chuangwen_2021'): unknown campaign label 'civilized'" in msg
    assert "line 5 (speech_id='other_economy_2020'): unknown secondary campaign label 'enviroment'" in msg
    assert len(exc.value.problems) == 2


def test_row_without_file_and_file_without_row(workspace):
    raw, man, out = workspace
    (raw / "003_c4174b3f472e47b6.txt").unlink()
    shutil.copy(config.RAW_DIR / "000_2646c065e626fb25.txt", raw / "005_extra.txt")
    with pytest.raises(ManifestError) as exc:
        build(raw, man, out)
    msg = str(exc.value)
    assert "line 6 (speech_id='env_meili_chengzhen'): source_file '003_c4174b3f472e47b6.txt' is not among the raw files" in msg
    assert "raw file '005_extra.txt' has no manifest row" in msg


def test_more_parts_than_the_page_has(workspace):
    raw, man, out = workspace

    def extra(df):
        row = df.iloc[[4]].copy()
        row["speech_id"], row["part"] = "env_meili_2", "2"
        return pd.concat([df, row], ignore_index=True)

    edit(man, extra)
    with pytest.raises(ManifestError, match=r"line 12 \(speech_id='env_meili_2'\): part 2 of 003_c4174b3f472e47b6.txt, but the cleaner found 1 speech"):
        build(raw, man, out)


def test_missing_row_for_a_speech_of_a_page(workspace):
    raw, man, out = workspace
    edit(man, lambda df: df[df["speech_id"] != "other_school"])
    with pytest.raises(ManifestError, match=r"004_af8ba318439a197f.txt.*found 5 speeches but the manifest has 4"):
        build(raw, man, out)


def test_title_mismatch(workspace):
    raw, man, out = workspace

    def bad(df):
        df.loc[1, "title"] = "在全市文明城市创建大会上的讲话"
        return df

    edit(man, bad)
    with pytest.raises(ManifestError, match=r"line 3 \(speech_id='rural_xianjinxian_2023'\): title .* does not match"):
        build(raw, man, out)


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("admin_level", "village", "unknown admin_level 'village'"),
        ("year", "20xx", "year must be four digits"),
        ("include", "yes", "include must be true or false"),
        ("part", "0", "part must be a positive whole number"),
    ],
)
def test_field_checks(workspace, column, value, message):
    raw, man, out = workspace

    def bad(df):
        df.loc[0, column] = value
        return df

    edit(man, bad)
    with pytest.raises(ManifestError, match=r"line 2 \(speech_id='env_tizhi_2023'\): " + message):
        load_manifest(man)


def test_missing_manifest_and_missing_columns(tmp_path):
    with pytest.raises(ManifestError, match="manifest file not found"):
        load_manifest(tmp_path / "nope.csv")
    p = tmp_path / "m.csv"
    p.write_text("speech_id,source_file\na,b.txt\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="missing column"):
        load_manifest(p)


def test_old_level_column_is_named_in_the_message(tmp_path):
    # the manifest column `level` was renamed `admin_level` (one meaning per name)
    man = tmp_path / "manifest.csv"
    man.write_text(config.MANIFEST.read_text(encoding="utf-8").replace(",admin_level,", ",level,", 1), encoding="utf-8")
    with pytest.raises(ManifestError, match="missing column.*admin_level.*now called 'admin_level'"):
        load_manifest(man)


def test_empty_manifest_names_the_file(tmp_path):
    for content in ("", ",".join(COLUMNS) + "\n"):
        man = tmp_path / "空清单.csv"
        man.write_text(content, encoding="utf-8")
        with pytest.raises(ManifestError) as err:
            load_manifest(man)
        msg = str(err.value)
        assert "空清单.csv" in msg and ("is empty" in msg or "no speech rows" in msg), msg
