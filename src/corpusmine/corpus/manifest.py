"""The hand-curated manifest: one row per speech, validated against the raw files.

``data/manifest.csv`` columns
-----------------------------
speech_id            unique id, used everywhere downstream
source_file          file name in data/raw
part                 1-based position of the speech in its page (page order)
title                the title the page gives the speech (titles can lie: see campaign)
campaign             rural | civilised_city | environment | other, decided by reading
secondary_campaigns  other campaigns with a section of their own, separated by ';'
admin_level          administrative level: province | city | county | district | unknown
year                 four digits; empty when the text only says 20xx
region               the most specific place the text names or identifies (see note)
source_site          the website the page was scraped from, or unknown
include              true when the speech enters campaign comparisons
note                 what a reader needs to know: why this label, why excluded, what is odd

Optional columns (:data:`corpusmine.schema.OPTIONAL_MANIFEST_COLUMNS`; empty when absent)
------------------------------------------------------------------------------------------
year_min, year_max   the span of years reading establishes (named leaders, meetings, plans)
                     when the text only says 20xx; equal to ``year`` when a year is stated;
                     empty when nothing fixes the era
speaker_role         who speaks, where the text states it (我代表省建设厅 ...)

Every problem is reported with the manifest's line number and speech_id; all
problems are collected and raised together in one :class:`ManifestError`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from corpusmine import config
from corpusmine.errors import CorpusInputError
from corpusmine.text.lines import compact
from corpusmine.schema import ADMIN_LEVELS, CAMPAIGN_LABELS, MANIFEST_COLUMNS, OPTIONAL_MANIFEST_COLUMNS, OTHER

#: Columns of ``data/manifest.csv`` (:data:`corpusmine.schema.MANIFEST_COLUMNS`).
COLUMNS = MANIFEST_COLUMNS
#: Columns the manifest may add (:data:`corpusmine.schema.OPTIONAL_MANIFEST_COLUMNS`).
OPTIONAL_COLUMNS = OPTIONAL_MANIFEST_COLUMNS
#: Review columns a draft manifest of ``corpusmine ingest`` carries after ``COLUMNS``: allowed, not read.
REVIEW_COLUMNS = ["confidence", "needs_review", "review", "title_campaign", "mixed", "truncated", "chars_missing",
                  "pages_missing", "dup_cluster", "dup_of", "dup_similarity", "n_chars", "split_rule", "evidence"]


class ManifestError(ValueError):
    """The manifest disagrees with itself or with the raw files.

    ``problems`` lists one message per problem; ``str()`` shows them all.
    """

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = Path(path)
        self.problems = list(problems)
        shown = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{_display(self.path)}: {len(self.problems)} problem(s)\n{shown}")


def _display(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _where(i: int, row) -> str:
    sid = row.get("speech_id", "")
    return f"line {i + 2} (speech_id={sid!r})" if sid else f"line {i + 2}"


def split_labels(value) -> list[str]:
    """``'rural; environment'`` → ``['rural', 'environment']``.

    Parameters
    ----------
    value : str, None or float
        A cell of the manifest; labels are separated by ``;``, ``,`` or ``|``.
        None and NaN (an empty cell read without ``keep_default_na=False``)
        give no label.

    Returns
    -------
    list of str
        The labels, stripped, empty ones dropped.

    Examples
    --------
    >>> split_labels("rural; environment")
    ['rural', 'environment']
    >>> split_labels("乡村振兴 | 创文|"), split_labels(None)
    (['乡村振兴', '创文'], [])
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [v.strip() for v in re.split(r"[;,|]", str(value)) if v.strip()]


def load_manifest(path: Path | str | None = None) -> pd.DataFrame:
    """Read and check the manifest on its own (no files needed).

    Returns a DataFrame with typed columns: ``part`` int, ``year``,
    ``year_min`` and ``year_max`` nullable Int64, ``include`` bool, text
    columns as str with '' for empty.  The optional columns
    (``year_min, year_max, speaker_role``) are empty when the file lacks them.

    Parameters
    ----------
    path : path-like, optional
        The manifest CSV; default ``data/manifest.csv``.

    Returns
    -------
    DataFrame
        One row per speech, the columns of ``COLUMNS`` then ``OPTIONAL_COLUMNS``.

    Raises
    ------
    ManifestError
        Listing every problem with its line number.

    Examples
    --------
    >>> m = load_manifest().set_index("speech_id")
    >>> "文明城市" in m.at["civ_chuangwen_2021", "title"], m.at["civ_chuangwen_2021", "campaign"]
    (True, 'civilised_city')
    >>> m.loc["env_shandong_prov_b", ["year", "year_min", "year_max"]].tolist()   # 文中只写 20xx 年
    [<NA>, 2006, 2007]
    """
    path = Path(path or config.MANIFEST)
    if not path.is_file():
        raise ManifestError(path, ["manifest file not found"])
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ManifestError(path, [f"cannot be read as UTF-8 CSV: {exc}"]) from None
    except pd.errors.EmptyDataError:
        raise ManifestError(path, ["the manifest is empty: it needs a header line and one row per speech"]) from None
    except OSError as exc:
        raise ManifestError(path, [f"cannot read the file: {exc.strerror or exc}"]) from None
    problems: list[str] = []
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        hint = " (the column 'level' is now called 'admin_level')" if "level" in df.columns else ""
        raise ManifestError(path, [f"missing column(s): {', '.join(missing)}{hint}"])
    if df.empty:
        raise ManifestError(path, ["the manifest has a header but no speech rows"])
    extra = [c for c in df.columns if c not in COLUMNS and c not in OPTIONAL_COLUMNS and c not in REVIEW_COLUMNS]
    if extra:
        problems.append(f"unknown column(s): {', '.join(extra)}")
    df = df.reindex(columns=COLUMNS + OPTIONAL_COLUMNS, fill_value="")
    for c in COLUMNS + OPTIONAL_COLUMNS:
        df[c] = df[c].astype(str).str.strip()

    seen: dict[str, int] = {}
    seen_part: dict[tuple[str, str], int] = {}
    for i, row in df.iterrows():
        where = _where(i, row)
        sid = row["speech_id"]
        if not sid:
            problems.append(f"{where}: empty speech_id")
        elif not re.fullmatch(r"[A-Za-z0-9_\-.]+", sid):
            problems.append(f"{where}: speech_id must be ASCII letters, digits, _ - . only")
        elif sid in seen:
            problems.append(f"{where}: duplicate speech_id {sid!r} (also on line {seen[sid] + 2})")
        else:
            seen[sid] = i
        if not row["source_file"]:
            problems.append(f"{where}: empty source_file")
        if not re.fullmatch(r"[1-9][0-9]*", row["part"]):
            problems.append(f"{where}: part must be a positive whole number, got {row['part']!r}")
        else:
            key = (row["source_file"], row["part"])
            if key in seen_part:
                problems.append(
                    f"{where}: part {row['part']} of {row['source_file']} is already on line {seen_part[key] + 2}"
                )
            seen_part[key] = i
        if row["campaign"] not in CAMPAIGN_LABELS:
            problems.append(
                f"{where}: unknown campaign label {row['campaign']!r} (allowed: {', '.join(CAMPAIGN_LABELS)})"
            )
        for lab in split_labels(row["secondary_campaigns"]):
            if lab not in CAMPAIGN_LABELS or lab == OTHER:
                problems.append(f"{where}: unknown secondary campaign label {lab!r}")
            elif lab == row["campaign"]:
                problems.append(f"{where}: secondary campaign {lab!r} repeats the main campaign")
        if row["admin_level"] not in ADMIN_LEVELS:
            problems.append(f"{where}: unknown admin_level {row['admin_level']!r} (allowed: {', '.join(ADMIN_LEVELS)})")
        if row["year"] and not (re.fullmatch(r"\d{4}", row["year"]) and 1949 <= int(row["year"]) <= 2100):
            problems.append(f"{where}: year must be four digits (1949-2100) or empty, got {row['year']!r}")
        problems.extend(_year_span_problems(where, row))
        if row["include"].lower() not in {"true", "false"}:
            problems.append(f"{where}: include must be true or false, got {row['include']!r}")
    if problems:
        raise ManifestError(path, problems)
    df["part"] = df["part"].astype(int)
    for c in ("year", "year_min", "year_max"):
        df[c] = pd.array([int(y) if y else pd.NA for y in df[c]], dtype="Int64")
    df["include"] = df["include"].str.lower() == "true"
    return df


def _year_span_problems(where: str, row) -> list[str]:
    """What is wrong with the ``year_min``/``year_max`` cells of one manifest row."""
    out, span = [], {}
    for c in ("year_min", "year_max"):
        v = row[c]
        if v and not (re.fullmatch(r"\d{4}", v) and 1949 <= int(v) <= 2100):
            out.append(f"{where}: {c} must be four digits (1949-2100) or empty, got {v!r}")
        elif v:
            span[c] = int(v)
    if len(span) == 1:
        out.append(f"{where}: give both year_min and year_max, or neither")
    elif len(span) == 2:
        if span["year_min"] > span["year_max"]:
            out.append(f"{where}: year_min {span['year_min']} is after year_max {span['year_max']}")
        y = row["year"]
        if re.fullmatch(r"\d{4}", y) and not span["year_min"] <= int(y) <= span["year_max"]:
            out.append(f"{where}: year {y} lies outside year_min-year_max {span['year_min']}-{span['year_max']}")
    return out


def compact_title(s: str) -> str:
    """A title reduced for comparison: NFKC, no spaces, lower case, no trailing bracketed note.

    Examples
    --------
    >>> compact_title("创文工作 推进会讲话（定稿）")
    '创文工作推进会讲话'
    """
    return re.sub(r"[(（][^()（）]*[)）]$", "", compact(s))


def check_against_files(
    manifest: pd.DataFrame,
    parts_by_file: dict[str, list],
    *,
    path: Path | str | None = None,
) -> None:
    """Check the manifest against what the cleaner found in each raw file.

    ``parts_by_file`` maps a raw file name to its list of
    :class:`corpusmine.text.clean.Part`.  Problems: rows naming a file that is not
    there, files without rows, a different number of speeches, titles that do
    not match the page.

    Parameters
    ----------
    manifest : DataFrame
        From :func:`load_manifest`.
    parts_by_file : dict of str to list of Part
        What the cleaner found, by raw file name.
    path : path-like, optional
        The manifest's path, used in the error message; default
        ``data/manifest.csv``.

    Returns
    -------
    None
        When the manifest and the files agree.

    Raises
    ------
    ManifestError
        Listing every disagreement.

    Examples
    --------
    >>> from corpusmine.text.clean import Part
    >>> man = pd.DataFrame({"speech_id": ["civ"], "source_file": ["a.txt"], "part": [1], "title": ["创文工作推进会讲话"]})
    >>> check_against_files(man, {"a.txt": [Part(1, "2021年创文工作推进会讲话", 0, 4, "同志们:")]})
    >>> try:
    ...     check_against_files(man, {"a.txt": [Part(1, "乡村振兴动员大会讲话", 0, 4, "同志们:")]})
    ... except ManifestError as err:
    ...     print(err.problems[0])
    line 2 (speech_id='civ'): title '创文工作推进会讲话' does not match the page's title '乡村振兴动员大会讲话'
    """
    path = Path(path or config.MANIFEST)
    problems: list[str] = []
    files = set(parts_by_file)
    for i, row in manifest.iterrows():
        where = _where(i, row)
        f = row["source_file"]
        if f not in files:
            problems.append(f"{where}: source_file {f!r} is not among the raw files")
            continue
        parts = parts_by_file[f]
        if row["part"] > len(parts):
            problems.append(
                f"{where}: part {row['part']} of {f}, but the cleaner found {len(parts)} speech(es) in that file"
            )
            continue
        found = parts[row["part"] - 1].title
        if found and row["title"]:
            a, b = compact_title(row["title"]), compact_title(found)
            if a not in b and b not in a:
                problems.append(f"{where}: title {row['title']!r} does not match the page's title {found!r}")
    for f in sorted(files - set(manifest["source_file"])):
        problems.append(f"raw file {f!r} has no manifest row")
    for f in sorted(files & set(manifest["source_file"])):
        n_rows = int((manifest["source_file"] == f).sum())
        n_found = len(parts_by_file[f])
        if n_found > n_rows:
            problems.append(
                f"raw file {f!r}: the cleaner found {n_found} speeches but the manifest has {n_rows} row(s)"
            )
    if problems:
        raise ManifestError(path, problems)


def load_section_overrides(path: Path | str | None = None) -> pd.DataFrame:
    """``data/section_overrides.csv``: speech_id, section_id, campaign, note.

    Parameters
    ----------
    path : path-like, optional
        Default ``data/section_overrides.csv``.

    Returns
    -------
    DataFrame
        Columns ``speech_id, section_id`` (int), ``campaign, note``; empty
        (with those columns) when the file does not exist.

    Raises
    ------
    CorpusInputError
        On a missing column, a section_id that is not a whole number, an
        unknown campaign label or an override without a note.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "overrides.csv")
    ...     _ = p.write_text("speech_id,section_id,campaign,note\\nenv_tizhi_2023,3,rural,撂荒地整治属于乡村振兴\\n", encoding="utf-8")
    ...     load_section_overrides(p).values.tolist()
    [['env_tizhi_2023', 3, 'rural', '撂荒地整治属于乡村振兴']]
    """
    path = Path(path or config.SECTION_OVERRIDES)
    cols = ["speech_id", "section_id", "campaign", "note"]
    if not path.is_file():
        return pd.DataFrame(columns=cols)
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        raise CorpusInputError(path, "the file is empty: it needs the header speech_id,section_id,campaign,note") from None
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise CorpusInputError(path, f"cannot be read as UTF-8 CSV: {exc}") from None
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise CorpusInputError(path, f"missing column(s): {', '.join(missing)}")
    problems = []
    for i, row in df.iterrows():
        if not row["section_id"].isdigit():
            problems.append(f"line {i + 2}: section_id must be a whole number, got {row['section_id']!r}")
        if row["campaign"] not in CAMPAIGN_LABELS:
            problems.append(f"line {i + 2}: unknown campaign label {row['campaign']!r}")
        if not row["note"].strip():
            problems.append(f"line {i + 2}: every override needs a note saying why")
    if problems:
        raise CorpusInputError(path, "; ".join(problems))
    df["section_id"] = df["section_id"].astype(int)
    return df[cols]
