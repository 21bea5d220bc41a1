"""Periods of time for comparing texts: decades, fixed-width bins, break years, leadership eras.

A *period specification* says how years are grouped; :func:`period_table`
turns it into a table of periods (``period, first_year, last_year`` …) and
:func:`assign_periods` labels years with it.  Accepted specifications:

- ``"decade"``: ``"1950s"``, ``"1960s"`` …;
- an int ``w``: bins of ``w`` years aligned on multiples of ``w``
  (``5`` gives ``"2015-2019"``);
- ``"premier"`` or ``"party_leader"``: the leadership eras of
  ``data/lexicons/eras.yaml`` (see :func:`load_eras`), labelled
  ``"2004-2013 温家宝"`` (the years whose texts fall in the era: the 2003 report is 朱镕基's);
- a list of break years ``[1978, 1992, 2012]``: each break starts a period
  (``"-1977"``, ``"1978-1991"``, ``"1992-2011"``, ``"2012-"``);
- a DataFrame with ``period, first_year, last_year`` (your own table).

Examples
--------
>>> assign_periods([1954, 2013, 2023], "premier").tolist()
['1950-1975 周恩来', '2004-2013 温家宝', '2014-2023 李克强']
>>> assign_periods([1954, 1978, 2012], [1978, 1992, 2012]).tolist()
['-1977', '1978-1991', '2012-']
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import numpy as np
import pandas as pd

from corpusmine import config

__all__ = ["ERAS", "OFFICES", "assign_periods", "change_points", "load_eras", "period_table"]

#: The era table shipped with corpusmine.
ERAS: Path = config.LEXICON_DIR / "eras.yaml"
#: The offices described in the era table.
OFFICES: tuple[str, ...] = ("premier", "party_leader")

_MIN_YEAR, _MAX_YEAR = 1, 9999


def load_eras(office: str = "premier", *, path: str | os.PathLike | None = None,
              reference_day: str = "03-01") -> pd.DataFrame:
    """The leadership eras of one office, as a period table with sources.

    A leader's era starts with the first year whose ``reference_day`` falls in
    their term (a year is read as its reference day: 1 March, before the
    National People's Congress opens, so the Government Work Report of year Y
    is in the era of the premier who delivered it) and ends the year before
    the next era starts.  A leader whose term holds no reference day (华国锋
    as party chairman from October 1976 to June 1981 does) gets the years
    whose reference days fall in the term, and a term with none is dropped.

    Parameters
    ----------
    office : {"premier", "party_leader"}
    path : path-like, optional
        Default :data:`ERAS` (``data/lexicons/eras.yaml``).
    reference_day : str
        ``"MM-DD"``: the day of the year that decides a year's leader.

    Returns
    -------
    DataFrame
        ``period`` (``"<first>-<last> <leader>"``; the last era is open,
        ``"2023- 李强"``), ``first_year``, ``last_year`` (9999 for the open
        era), ``leader``, ``leader_en``, ``start`` (the date the leader took
        office), ``office``, ``note``, ``source``.

    Raises
    ------
    ValueError
        Unknown office, a malformed file (the message names the file) or a
        bad ``reference_day``.

    Examples
    --------
    >>> eras = load_eras("premier")
    >>> eras[["period", "first_year", "leader"]].tail(2).values.tolist()
    [['2014-2023 李克强', 2014, '李克强'], ['2024- 李强', 2024, '李强']]
    """
    import yaml

    path = Path(path) if path is not None else ERAS
    try:
        month, day = (int(x) for x in reference_day.split("-"))
        dt.date(2000, month, day)
    except (ValueError, AttributeError):
        raise ValueError(f"reference_day must be 'MM-DD', got {reference_day!r}") from None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the era table: {exc}") from None
    offices = (data or {}).get("offices") if isinstance(data, dict) else None
    if not isinstance(offices, dict) or office not in offices:
        known = sorted(offices) if isinstance(offices, dict) else []
        raise ValueError(f"{path}: no office {office!r} in the era table (offices: {known})")
    spec = offices[office]
    rows = []
    for i, item in enumerate(spec.get("leaders") or []):
        try:
            start = item["start"]
            start = start if isinstance(start, dt.date) else dt.date.fromisoformat(str(start))
            rows.append({"leader": str(item["leader"]), "leader_en": str(item.get("leader_en", "")),
                         "start": start, "note": str(item.get("note", ""))})
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"{path}: {office} leader {i + 1} needs a leader name and a start date "
                             f"(YYYY-MM-DD), got {item!r}") from None
    if not rows:
        raise ValueError(f"{path}: office {office!r} lists no leaders")
    starts = [r["start"] for r in rows]
    if starts != sorted(starts):
        raise ValueError(f"{path}: the {office} leaders are not in order of their start dates")
    # first year whose reference day is on or after the start date
    firsts = [s.year if dt.date(s.year, month, day) >= s else s.year + 1 for s in starts]
    out = []
    for k, r in enumerate(rows):
        first = firsts[k]
        last = firsts[k + 1] - 1 if k + 1 < len(rows) else _MAX_YEAR
        if last < first:
            continue
        label = f"{first}-{last if last != _MAX_YEAR else ''} {r['leader']}"
        out.append({"period": label, "first_year": first, "last_year": last, **r, "office": office,
                    "source": str(spec.get("source", ""))})
    cols = ["period", "first_year", "last_year", "leader", "leader_en", "start", "office", "note", "source"]
    return pd.DataFrame(out, columns=cols)


def _years(years) -> np.ndarray:
    arr = pd.to_numeric(pd.Series(years), errors="coerce").to_numpy(dtype=float)
    return arr


def period_table(periods, years=None) -> pd.DataFrame:
    """The periods of a specification, in time order, as a table.

    Parameters
    ----------
    periods : str, int, list of int or DataFrame
        See the module docstring.
    years : array-like of int, optional
        Needed for ``"decade"`` and int widths: the bins that hold at least
        one of these years are listed (an empty bin has nothing to show);
        other specifications ignore it.

    Returns
    -------
    DataFrame
        ``period, first_year, last_year`` (open ends as 1 and 9999) and, for
        eras, the columns of :func:`load_eras`.

    Examples
    --------
    >>> period_table(5, [2013, 2021])[["period", "first_year", "last_year"]].values.tolist()   # 十二五 …
    [['2010-2014', 2010, 2014], ['2020-2024', 2020, 2024]]
    """
    if isinstance(periods, pd.DataFrame):
        missing = [c for c in ("period", "first_year", "last_year") if c not in periods.columns]
        if missing:
            raise ValueError(f"a period table needs columns period, first_year, last_year; missing {missing}")
        t = periods.copy()
        t["first_year"] = t["first_year"].astype(int)
        t["last_year"] = t["last_year"].astype(int)
        t["period"] = t["period"].astype(str)
        t = t.sort_values("first_year", kind="mergesort").reset_index(drop=True)
        if (t["first_year"] > t["last_year"]).any() or (t["first_year"].iloc[1:].to_numpy()
                                                        <= t["last_year"].iloc[:-1].to_numpy()).any():
            raise ValueError("the periods of a period table must not overlap and need first_year <= last_year")
        return t
    if isinstance(periods, str) and periods in OFFICES:
        return load_eras(periods)
    if isinstance(periods, str) and periods == "decade" or isinstance(periods, (int, np.integer)) \
            and not isinstance(periods, bool):
        width = 10 if isinstance(periods, str) else int(periods)
        if width < 1:
            raise ValueError(f"a period width must be a positive number of years, got {periods!r}")
        y = _years(years if years is not None else [])
        y = y[~np.isnan(y)].astype(int)
        if not len(y):
            return pd.DataFrame(columns=["period", "first_year", "last_year"])
        lo = np.arange(y.min() // width * width, y.max() + 1, width)
        lo = lo[np.isin(lo, np.unique(y // width * width))]
        labels = [f"{a}s" for a in lo] if isinstance(periods, str) else [
            f"{a}" if width == 1 else f"{a}-{a + width - 1}" for a in lo]
        return pd.DataFrame({"period": labels, "first_year": lo, "last_year": lo + width - 1})
    if isinstance(periods, (list, tuple, np.ndarray, pd.Series)):
        breaks = [int(b) for b in periods]
        if not breaks or breaks != sorted(set(breaks)):
            raise ValueError(f"break years must be a non-empty increasing list, got {list(periods)!r}")
        firsts = [_MIN_YEAR] + breaks
        lasts = [b - 1 for b in breaks] + [_MAX_YEAR]
        labels = [f"{'' if a == _MIN_YEAR else a}-{'' if b == _MAX_YEAR else b}" for a, b in zip(firsts, lasts)]
        return pd.DataFrame({"period": labels, "first_year": firsts, "last_year": lasts})
    raise ValueError(f"unknown period specification {periods!r}: use 'decade', a width in years, "
                     f"'premier', 'party_leader', a list of break years or a period table")


def assign_periods(years, periods) -> pd.Series:
    """Label each year with its period.

    Parameters
    ----------
    years : array-like of int
        Years (NA stays NA).
    periods : str, int, list of int or DataFrame
        See the module docstring.

    Returns
    -------
    Series
        Ordered categorical of period labels (categories in time order: the
        periods of :func:`period_table`); NA for a missing year or a year in
        no period.

    Examples
    --------
    >>> assign_periods([1955, 2018, None], "decade").tolist()      # 第一个五年计划, 乡村振兴, 决议
    ['1950s', '2010s', nan]
    """
    y = _years(years)
    table = period_table(periods, y)
    labels = np.full(len(y), None, dtype=object)
    for r in table.itertuples(index=False):
        labels[(y >= r.first_year) & (y <= r.last_year)] = r.period
    cats = pd.CategoricalDtype(table["period"].tolist(), ordered=True)
    return pd.Series(pd.Categorical(labels, dtype=cats), name="period")


def change_points(trajectory: pd.DataFrame, *, min_years: int = 3) -> pd.DataFrame:
    """The year each feature's yearly rate shifts most, and its sharpest rise.

    Method (a single step of binary segmentation on the yearly rates, the
    least-squares change point of a mean shift; Scott & Knott 1974,
    *Biometrics* 30(3): 507-512): only years with documents count; for each
    candidate year ``s`` with at least ``min_years`` such years before it and
    from it on, the score is ``n1 * n2 / n * (mean_after - mean_before)**2``
    (the drop of the sum of squares when one mean becomes two); the change
    year maximises it.  Each year weighs equally whatever its length.  The
    sharpest rise is the largest increase of the smoothed rate
    (``rate_smooth``) from one year with documents to the next.  Both are
    descriptions, not tests: yearly rates are autocorrelated.

    Parameters
    ----------
    trajectory : DataFrame
        From :func:`corpusmine.stats.over_time.trajectory` with ``by="year"``.
    min_years : int
        Years with documents needed on each side of a change.

    Returns
    -------
    DataFrame
        One row per feature: ``feature, kind, change_year, rate_before,
        rate_after, shift`` (after minus before), ``n_years_before,
        n_years_after, rise_year, rise`` (increase of ``rate_smooth`` into
        ``rise_year``), ``rate_unit``; NaN where the series is too short.

    Examples
    --------
    >>> traj = pd.DataFrame({"feature": "乡村振兴", "kind": "term", "year": range(2010, 2020),
    ...                      "n_docs": 1, "rate": [0, 0, 0, 0, 0, 0, 0, 0, 9.0, 11.0],
    ...                      "rate_smooth": [0, 0, 0, 0, 0, 0, 0, 1.0, 6.0, 10.0], "rate_unit": "per 100k chars"})
    >>> change_points(traj, min_years=2)[["feature", "change_year", "rate_before", "rate_after", "rise_year"]].values.tolist()
    [['乡村振兴', 2018, 0.0, 10.0, 2018]]
    """
    if "year" not in trajectory.columns:
        raise ValueError("change_points needs a yearly trajectory (trajectory(..., by='year'))")
    if not (isinstance(min_years, (int, np.integer)) and min_years >= 1):
        raise ValueError(f"min_years must be a positive int, got {min_years!r}")
    rows = []
    for feature, sub in trajectory.groupby("feature", sort=False):
        sub = sub[sub["n_docs"] > 0].sort_values("year")
        years = sub["year"].to_numpy(dtype=int)
        rate = sub["rate"].to_numpy(dtype=float)
        n = len(rate)
        row = {"feature": feature, "kind": sub["kind"].iloc[0] if len(sub) else "", "change_year": np.nan,
               "rate_before": np.nan, "rate_after": np.nan, "shift": np.nan, "n_years_before": 0,
               "n_years_after": 0, "rise_year": np.nan, "rise": np.nan,
               "rate_unit": sub["rate_unit"].iloc[0] if len(sub) else ""}
        best = -1.0
        csum = np.r_[0.0, np.cumsum(rate)]
        for k in range(min_years, n - min_years + 1):
            m1, m2 = csum[k] / k, (csum[n] - csum[k]) / (n - k)
            score = k * (n - k) / n * (m2 - m1) ** 2
            if score > best + 1e-12:
                best = score
                row.update(change_year=int(years[k]), rate_before=m1, rate_after=m2, shift=m2 - m1,
                           n_years_before=k, n_years_after=n - k)
        smooth = sub["rate_smooth"].to_numpy(dtype=float) if "rate_smooth" in sub else rate
        if n >= 2:
            diffs = np.diff(smooth)
            if np.isfinite(diffs).any():
                j = int(np.nanargmax(diffs))
                row.update(rise_year=int(years[j + 1]), rise=float(diffs[j]))
        rows.append(row)
    out = pd.DataFrame(rows, columns=["feature", "kind", "change_year", "rate_before", "rate_after", "shift",
                                      "n_years_before", "n_years_after", "rise_year", "rise", "rate_unit"])
    for c in ("change_year", "rise_year"):
        out[c] = out[c].astype("Int64")
    return out
