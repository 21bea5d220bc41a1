"""The state of one :func:`corpusmine.corpus.read.read_corpus` call: which input field plays which role, the good,
bad and empty records, and the audit and source rows it collects (split from ``read`` to keep each module small).

Examples
--------
>>> from pathlib import Path
>>> run = ReadRun(Path("讲话.jsonl"), "jsonl", "skip", "skip", "text")
>>> (run.good, run.bad, run.on_error)
([], [], 'skip')
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from corpusmine.corpus.assemble import Speech, segment
from corpusmine.corpus.lines import BLANK_CHARS, ZERO_WIDTH, join_wrapped_lines, strip_patterns
from corpusmine.corpus.records import WARN_LIST, BadRecord, Record, label_text, missing, parse_year, warn_list, where
from corpusmine.corpus.stubs import stub_reason
from corpusmine.errors import CorpusInputError
from corpusmine.schema import CAMPAIGN_LABELS, OTHER, SCORE_COLUMNS, SOURCE_COLUMNS, SPEECH_COLUMNS
from corpusmine.text.decode import looks_like_html

__all__ = ["COMPUTED", "DESCRIPTIVE", "FieldRoles", "ReadRun"]

#: Speech columns that corpusmine fills itself; an input column of the same
#: name is kept as ``input_<name>`` (title, year and the other descriptive
#: columns are read from the input, see :func:`read_corpus`).  ``level`` is
#: the document unit of later analyses, so an input ``level`` is kept as ``input_level``.
COMPUTED = frozenset({
    "speech_id", "source_file", "campaign", "secondary_campaigns", "include", "n_chars", "text", "part",
    "n_paragraphs", "n_sections", "n_words", "classifier_campaign", *SCORE_COLUMNS, "dup_share",
    "admin_level", "level", "region", "source_site", "note", "title", "year",
})
#: Descriptive speech columns read from an input field of the same name.
DESCRIPTIVE = ("admin_level", "region", "source_site", "note")


@dataclass
class FieldRoles:
    """Which input field plays which role, and the derived group columns.

    Examples
    --------
    >>> roles = FieldRoles("标题", "年份", None, None, "来源", {})
    >>> (roles.title, roles.year, roles.group_field)
    ('标题', '年份', '来源')
    """

    title: str | None
    year: str | None
    id: str | None
    campaign: str | None
    group_field: str | None
    derived: dict[str, Callable[[dict], Any]]


@dataclass
class ReadRun:
    """The state of one read: good and bad records, audit and source rows, records to report.

    Examples
    --------
    >>> from pathlib import Path
    >>> run = ReadRun(Path("讲话.jsonl"), "jsonl", "skip", "skip", "text")
    >>> run.path.name, run.good, run.bad
    ('讲话.jsonl', [], [])
    """

    path: Path
    fmt: str
    on_error: str
    empty: str
    text: str
    flag_stubs: bool = True
    good: list[Record] = field(default_factory=list)
    bad: list[BadRecord] = field(default_factory=list)
    empty_records: list[BadRecord] = field(default_factory=list)
    ignored: list[BadRecord] = field(default_factory=list)
    unknown_group: list[str] = field(default_factory=list)
    stubs: list[str] = field(default_factory=list)
    audit_rows: list[dict] = field(default_factory=list)
    source_rows: list[dict] = field(default_factory=list)

    def fail(self, rec, problem: str) -> None:
        """Raise for a bad record, or keep it to skip (``on_error``)."""
        if self.on_error == "raise":
            raise CorpusInputError(self.path, f"{where(rec)}: {problem}")
        self.bad.append(BadRecord(rec.n, rec.line, rec.label, problem, getattr(rec, "fields", {})))

    def collect(self, source: Iterable) -> None:
        for rec in source:
            if isinstance(rec, BadRecord) and rec.ignored:
                self.ignored.append(rec)
            elif isinstance(rec, BadRecord):
                self.fail(rec, rec.problem)
            elif not missing(rec.text) and not isinstance(rec.text, str):
                self.fail(rec, f"text field {self.text!r} is a {type(rec.text).__name__}, not text")
            else:
                self.good.append(rec)

    def roles(self, title, year, id, campaign, group) -> FieldRoles:
        columns: dict[str, None] = {}
        for rec in self.good:
            columns.update(dict.fromkeys(map(str, rec.fields)))
        available = ([self.text] if self.fmt not in ("folder", "files") else []) + list(columns)
        listed = ", ".join(available)

        def resolve(name, default, what):
            if name is None:
                return default if default in columns else None
            if name not in columns:
                raise CorpusInputError(self.path, f"no {what} column {name!r}; the columns are: {listed}")
            return name

        roles = FieldRoles(resolve(title, "title", "title"), resolve(year, "year", "year"),
                       resolve(id, None, "id") if id is not None else None,
                       resolve(campaign, None, "campaign") if campaign is not None else None, None, {})
        if group is None:
            pass
        elif isinstance(group, str):
            if group in columns and group not in COMPUTED:
                roles.group_field = group
            elif group in columns or group in ("year", "title"):
                if group == "year" and roles.year is None:
                    raise CorpusInputError(self.path, f"group='year' needs a year column; the columns are: {listed}")
                roles.derived["group"] = lambda r, col=group: r.get(col)
            elif group == "decade":
                if roles.year is None:
                    raise CorpusInputError(self.path, f"group='decade' needs a year column; the columns are: {listed}")
                roles.derived["decade"] = lambda r: None if r.get("year") is None else f"{r['year'] // 10 * 10}s"
            else:
                raise CorpusInputError(self.path, f"no column {group!r} to group by; the columns are: {listed} "
                                       "(or use group='decade' or a function of the record)")
        elif callable(group):
            roles.derived["group"] = group
        elif isinstance(group, Mapping):
            for name, fn in group.items():
                if not callable(fn):
                    raise TypeError(f"group[{name!r}] must be a function of the record, got {type(fn).__name__}")
                if name in COMPUTED:
                    raise ValueError(f"group column {name!r} would replace a column corpusmine fills; "
                                     "choose another name")
                roles.derived[str(name)] = fn
        else:
            raise TypeError(f"group must be a column name, a function or a mapping, got {type(group).__name__}")
        return roles

    def values(self, roles: FieldRoles) -> list[tuple[Record, dict]]:
        """Year, id and campaign of every good record; ids made unique or refused."""
        kept: list[tuple[Record, dict]] = []
        for rec in self.good:
            values: dict[str, Any] = {}
            try:
                values["year"] = parse_year(rec.fields.get(roles.year)) if roles.year else None
            except ValueError as exc:
                self.fail(rec, f"{roles.year!r}: {exc}")
                continue
            if roles.id is not None:
                v = rec.fields.get(roles.id)
                if missing(v):
                    self.fail(rec, f"empty id field {roles.id!r}")
                    continue
                values["speech_id"] = label_text(v)
            if roles.campaign is not None:
                v = rec.fields.get(roles.campaign)
                lab = OTHER if missing(v) else label_text(v)
                if lab not in CAMPAIGN_LABELS:
                    raise CorpusInputError(self.path, f"{where(rec)}: campaign {lab!r} is not one of "
                                           f"{', '.join(CAMPAIGN_LABELS)}")
                values["campaign"] = lab
            kept.append((rec, values))
        if self.fmt in ("folder", "files") and roles.id is None:
            stems = [Path(r.label).stem for r, _ in kept]
            counts = pd.Series(stems).value_counts()
            for (r, v), s in zip(kept, stems):
                v["speech_id"] = s if counts[s] == 1 else r.label
        elif roles.id is None:
            for r, v in kept:
                v["speech_id"] = f"{r.n:06d}"
        ids = pd.Series([v["speech_id"] for _, v in kept], dtype=object)
        if ids.duplicated().any():
            dup = ids[ids.duplicated(keep=False)]
            listed = [f"{v['speech_id']!r} ({where(r)})" for (r, v), d in zip(kept, ids.duplicated(keep=False)) if d]
            raise CorpusInputError(self.path, f"{dup.nunique()} duplicated id(s) in {roles.id!r}: "
                                   f"{', '.join(listed[:WARN_LIST])}")
        return kept

    def prepare(self, kept, line_breaks: str) -> list[tuple]:
        """``(rec, values, joined, spans, mode, is_html)`` of every non-empty record."""
        prepared = []
        for rec, values in kept:
            raw = rec.text if isinstance(rec.text, str) else ""
            if missing(rec.text) or not raw.strip(BLANK_CHARS + ZERO_WIDTH + "\n"):
                self.empty_records.append(BadRecord(rec.n, rec.line, rec.label, "empty text", rec.fields))
                continue
            is_html = rec.is_html if rec.is_html is not None else looks_like_html(raw)
            if is_html:
                joined, spans, mode = raw, [], "html"
            else:
                joined, spans, mode = join_wrapped_lines(raw, line_breaks)
            prepared.append((rec, values, joined, spans, mode, bool(is_html)))
        return prepared

    def speech(self, item, doc, strip: list, roles: FieldRoles) -> Speech | None:
        """The speech of one cleaned record, with its source and audit rows; None when nothing is left."""
        rec, values, joined, spans, mode, is_html = item
        raw = rec.text
        final, removed = strip_patterns(doc.text, strip) if strip else (doc.text, [])
        src = {
            "source_file": rec.label, "record": rec.n, "line": rec.line, "speech_id": values["speech_id"],
            "sha256": hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest(),
            "encoding": rec.encoding, "format": "html" if is_html else "text",
            "n_bytes": rec.n_bytes if rec.n_bytes is not None else len(raw.encode("utf-8", "surrogatepass")),
            "n_chars_raw": len(raw), "n_chars_clean": len(final), "conversion": doc.conversion or "",
            "line_breaks": mode, "n_parts": len(doc.parts), "page_title": doc.page_title or "",
            "warnings": "; ".join(rec.warnings),
        }
        if not segment(final):
            self.empty_records.append(BadRecord(rec.n, rec.line, rec.label, "no text left after cleaning", rec.fields))
            self.source_rows.append({**src, "status": "skipped", "reason": "no text left after cleaning",
                                     "n_speeches": 0})
            return None
        stub = stub_reason(final) if self.flag_stubs else None
        self.source_rows.append({**src, "status": "ok", "reason": stub or "", "n_speeches": 1})
        self.audit_rows.extend(
            {"source_file": rec.label, "layer": "lines", "start": s, "end": e, "rule": "soft_line_break",
             "action": "replace" if r else "remove", "removed": raw[s:e], "replacement": r}
            for s, e, r in spans
        )
        self.audit_rows.extend(doc.audit_rows)
        self.audit_rows.extend(
            {"source_file": rec.label, "layer": "strip", "start": s, "end": e, "rule": "strip",
             "action": "remove", "removed": doc.text[s:e], "replacement": ""}
            for s, e, _ in removed
        )
        fields = rec.fields
        title = (label_text(fields[roles.title]) if roles.title and not missing(fields.get(roles.title))
                 else (Path(rec.label).stem if self.fmt in ("folder", "files") else ""))
        columns: dict[str, Any] = {
            "title": title, "year": values["year"],
            "admin_level": label_text(fields["admin_level"]) if not missing(fields.get("admin_level")) else "unknown",
            **{c: (label_text(fields[c]) if not missing(fields.get(c)) else "") for c in DESCRIPTIVE
               if c != "admin_level"},
        }
        used = {roles.title, roles.year, roles.id, roles.campaign, *DESCRIPTIVE}
        for k, v in fields.items():
            if k not in used:
                columns[f"input_{k}" if k in COMPUTED or k in SPEECH_COLUMNS else k] = v
        columns["excluded_reason"] = stub or ""
        named = f"{where(rec)} ({title[:30] or values['speech_id']})"
        if stub:
            self.stubs.append(f"{named}: {stub}")
        if roles.group_field is not None:
            v = fields.get(roles.group_field)
            columns[roles.group_field] = "unknown" if missing(v) else label_text(v)
            if missing(v):
                self.unknown_group.append(named)
        if roles.derived:
            rdict = {**fields, "text": raw, "year": values["year"], "title": title}
            for name, fn in roles.derived.items():
                v = fn(rdict)
                columns[name] = "unknown" if missing(v) else label_text(v)
                if missing(v):
                    self.unknown_group.append(named)
        return Speech(values["speech_id"], rec.label, "\n".join(p.text for p in segment(final)),
                      campaign=values.get("campaign", OTHER), include=stub is None, columns=columns,
                      where=f"{self.path.name} {where(rec)}")

    def report(self, *, title_col: str | None, group) -> None:
        """Sources rows of skipped records; the warnings (or the error) naming them."""
        for b in self.ignored + self.bad:
            self.source_rows.append({"source_file": b.label, "record": b.n, "line": b.line, "speech_id": "",
                                     "status": "skipped", "reason": b.problem})
        done = {r["record"] for r in self.source_rows}
        for b in self.empty_records:
            if b.n not in done:
                self.source_rows.append({"source_file": b.label, "record": b.n, "line": b.line, "speech_id": "",
                                         "status": "skipped", "reason": b.problem})
        name = self.path.name
        if self.empty_records and self.empty == "raise":
            raise CorpusInputError(self.path, f"{len(self.empty_records)} empty record(s): " + ", ".join(
                f"{where(b)} ({b.problem})" for b in self.empty_records[:WARN_LIST]))
        if self.ignored:
            warn_list(f"{name}: {len(self.ignored)} file(s) of the folder are not texts of the corpus",
                      [f"{b.label}: {b.problem}" for b in self.ignored])
        if self.bad:
            warn_list(f"{name}: skipped {len(self.bad)} bad record(s)", [f"{where(b)}: {b.problem}" for b in self.bad])
        if self.empty_records:
            def titled(b):
                t = b.fields.get(title_col) if title_col else None
                return label_text(t) if title_col and not missing(t) else "no title"

            warn_list(f"{name}: skipped {len(self.empty_records)} empty record(s)",
                      [f"{where(b)} ({titled(b)}): {b.problem}" for b in self.empty_records])
        if self.stubs:
            warn_list(f"{name}: {len(self.stubs)} stub(s), redirect(s) or disambiguation page(s) flagged "
                      "include=False (left out of statistics; see excluded_reason)", self.stubs)
        if self.unknown_group:
            gname = group if isinstance(group, str) else "group"
            warn_list(f"{name}: {len(self.unknown_group)} record(s) have no value for {gname!r} and are grouped as "
                      "'unknown'", self.unknown_group)

    def sources_table(self) -> pd.DataFrame:
        sources = pd.DataFrame(self.source_rows).reindex(columns=SOURCE_COLUMNS)
        sources = sources.sort_values("record", kind="mergesort").reset_index(drop=True)
        sources["line"] = sources["line"].astype("Int64")
        sources["n_speeches"] = sources["n_speeches"].fillna(0).astype("int64")
        for c in ("n_bytes", "n_chars_raw", "n_chars_clean", "n_parts"):
            sources[c] = sources[c].astype("Int64")
        for c in ("speech_id", "reason", "sha256", "encoding", "format", "conversion", "line_breaks", "page_title",
                  "warnings"):
            sources[c] = sources[c].fillna("").astype("str")
        return sources
