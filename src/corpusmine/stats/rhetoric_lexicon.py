"""The rhetoric lexicon: registers (categories) and their terms, read from ``data/lexicons/rhetoric.yaml``.

The file documents each register (directive modality, mobilisation and war
metaphor, sanction, evaluation and ranking, mass line, campaign-style and
routine governance) with a Chinese label, a definition and a source, and each
term with an optional note.  :func:`load_rhetoric_lexicon` validates it and
names the file, category and term of every problem.

Examples
--------
>>> lex = load_rhetoric_lexicon()
>>> lex.category_of("背水一战")
'mobilisation'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from corpusmine import config

__all__ = [
    "RESERVED_COLUMNS",
    "RHETORIC_LEXICON",
    "RhetoricCategory",
    "RhetoricLexicon",
    "RhetoricLexiconError",
    "RhetoricTerm",
    "load_rhetoric_lexicon",
]

#: The default lexicon file.
RHETORIC_LEXICON: Path = config.LEXICON_DIR / "rhetoric.yaml"

#: Column names a category may not take (they are used by the count tables).
RESERVED_COLUMNS: frozenset[str] = frozenset(
    {"doc_id", "speech_id", "group", "text", "n_tokens", "category", "term", "count"}
)

_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_]*")
# Characters a term may contain: the characters jieba segments as words
# (its ``re_han_default`` without the joiners + # & . _ % -).
_TERM_CHARS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9]+")
# jieba's own block pattern: text between runs of other characters is


class RhetoricLexiconError(ValueError):
    """A rhetoric lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class RhetoricTerm:
    """One lexicon entry.

    Attributes
    ----------
    term : str
        The word or phrase, in Simplified Chinese.
    note : str or None
        Why the term belongs to its category, or what to watch for.

    Examples
    --------
    >>> RhetoricTerm("背水一战", note="战争隐喻")
    RhetoricTerm(term='背水一战', note='战争隐喻')
    """

    term: str
    note: str | None = None


@dataclass(frozen=True)
class RhetoricCategory:
    """One rhetorical register.

    Attributes
    ----------
    name : str
        Identifier, used as a column name (``directive``, ``mobilisation`` ...).
    label_zh : str
        Chinese label for tables and figures.
    definition : str
        What the category measures.
    source : str
        Literature, official document or rationale behind the category.
    terms : tuple of RhetoricTerm
        The entries, in file order.

    Examples
    --------
    >>> cat = RhetoricCategory("directive", "指令", "上级对下级的要求", "示例", (RhetoricTerm("要"), RhetoricTerm("必须")))
    >>> cat.label_zh, [t.term for t in cat.terms]
    ('指令', ['要', '必须'])
    """

    name: str
    label_zh: str
    definition: str
    source: str
    terms: tuple[RhetoricTerm, ...]


@dataclass(frozen=True)
class RhetoricLexicon:
    """A validated rhetoric lexicon (see :func:`load_rhetoric_lexicon`).

    Attributes
    ----------
    categories : tuple of RhetoricCategory
        In file order, which is the display order.
    version : int
        Format version of the file.
    path : Path or None
        The file it was read from.

    Examples
    --------
    >>> lex = load_rhetoric_lexicon()
    >>> lex.names[:2]
    ('directive', 'mobilisation')
    >>> lex["mobilisation"].label_zh
    '动员与战争隐喻'
    >>> "背水一战" in lex.terms("mobilisation")
    True
    """

    categories: tuple[RhetoricCategory, ...]
    version: int = 1
    path: Path | None = field(default=None, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        """Category names in display order."""
        return tuple(c.name for c in self.categories)

    def __getitem__(self, name: str) -> RhetoricCategory:
        for c in self.categories:
            if c.name == name:
                return c
        raise KeyError(f"no rhetoric category {name!r}; known: {', '.join(self.names)}")

    def __len__(self) -> int:
        return len(self.categories)

    def terms(self, category: str | None = None) -> list[str]:
        """The terms of one category, or of all categories, in file order."""
        cats = self.categories if category is None else (self[category],)
        return [t.term for c in cats for t in c.terms]

    def category_of(self, term: str) -> str:
        """The category a term belongs to."""
        for c in self.categories:
            if any(t.term == term for t in c.terms):
                return c.name
        raise KeyError(f"{term!r} is not in the rhetoric lexicon")

    def to_frame(self) -> pd.DataFrame:
        """One row per term.

        Returns
        -------
        DataFrame
            ``category`` (name), ``label_zh``, ``term``, ``note`` (empty string
            when the file gives none), ``source`` (the category's source).
        """
        rows = [
            {"category": c.name, "label_zh": c.label_zh, "term": t.term, "note": t.note or "", "source": c.source}
            for c in self.categories
            for t in c.terms
        ]
        return pd.DataFrame(rows, columns=["category", "label_zh", "term", "note", "source"])

    def summary(self) -> pd.DataFrame:
        """One row per category: ``category, label_zh, n_terms, definition, source``."""
        return pd.DataFrame(
            [
                {"category": c.name, "label_zh": c.label_zh, "n_terms": len(c.terms),
                 "definition": c.definition, "source": c.source}
                for c in self.categories
            ],
            columns=["category", "label_zh", "n_terms", "definition", "source"],
        )


# --------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------

_CATEGORY_KEYS = ("label_zh", "definition", "source", "terms")
_TERM_KEYS = ("term", "note", "origin", "ref")  # origin/ref: see corpusmine.stats.lexicon_checks


def load_rhetoric_lexicon(path: str | os.PathLike | None = None) -> RhetoricLexicon:
    """Read and validate a rhetoric lexicon (YAML).

    The file is a mapping with ``version: 1`` and ``categories``: an ordered
    mapping from a category name (lower-case identifier) to ``label_zh``,
    ``definition``, ``source`` and ``terms``.  Each term is a mapping
    ``{term: ..., note: ...}`` (``note`` optional) or a bare string.

    Parameters
    ----------
    path : path-like, optional
        Defaults to ``data/lexicons/rhetoric.yaml``.

    Returns
    -------
    RhetoricLexicon

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    RhetoricLexiconError
        On invalid YAML, a missing or unknown key, an empty field, a category
        name that is not an identifier or clashes with a table column, a term
        with spaces, punctuation or the anonymisation placeholder, a term in
        Traditional characters, or a term listed twice (in one category or in
        two).  The message names the file, the category and the term.

    Examples
    --------
    >>> lex = load_rhetoric_lexicon()
    >>> lex.category_of("要"), lex.category_of("挂图作战"), lex.category_of("长效机制")
    ('directive', 'mobilisation', 'routine_mode')
    """
    path = Path(RHETORIC_LEXICON if path is None else path)
    if not path.is_file():
        raise FileNotFoundError(f"rhetoric lexicon not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise RhetoricLexiconError(f"{path}: not valid UTF-8 ({exc.reason})") from None
    except yaml.YAMLError as exc:
        raise RhetoricLexiconError(f"{path}: not valid YAML: {exc}") from None

    def fail(msg: str) -> RhetoricLexiconError:
        return RhetoricLexiconError(f"{path}: {msg}")

    if not isinstance(data, dict):
        raise fail("the top level must be a mapping with 'version' and 'categories'")
    unknown = sorted(set(data) - {"version", "categories"})
    if unknown:
        raise fail(f"unknown top-level key(s) {unknown}; expected 'version' and 'categories'")
    version = data.get("version")
    if version != 1:
        raise fail(f"'version' must be 1, got {version!r}")
    cats = data.get("categories")
    if not isinstance(cats, dict) or not cats:
        raise fail("'categories' must be a non-empty mapping of category name -> definition")

    t2s = _t2s()
    seen: dict[str, str] = {}
    categories: list[RhetoricCategory] = []
    for name, spec in cats.items():
        where = f"category {name!r}"
        if not isinstance(name, str) or not _CATEGORY_NAME.fullmatch(name):
            raise fail(f"{where}: the name must be a lower-case identifier (letters, digits, _)")
        if name in RESERVED_COLUMNS:
            raise fail(f"{where}: the name clashes with a table column ({', '.join(sorted(RESERVED_COLUMNS))})")
        if not isinstance(spec, dict):
            raise fail(f"{where}: must be a mapping with keys {', '.join(_CATEGORY_KEYS)}")
        unknown = sorted(set(spec) - set(_CATEGORY_KEYS))
        if unknown:
            raise fail(f"{where}: unknown key(s) {unknown}; allowed: {', '.join(_CATEGORY_KEYS)}")
        for key in ("label_zh", "definition", "source"):
            value = spec.get(key)
            if not isinstance(value, str) or not value.strip():
                raise fail(f"{where}: '{key}' is missing or empty")
        raw_terms = spec.get("terms")
        if not isinstance(raw_terms, list) or not raw_terms:
            raise fail(f"{where}: 'terms' must be a non-empty list")
        terms: list[RhetoricTerm] = []
        for i, entry in enumerate(raw_terms, 1):
            here = f"{where}, term #{i}"
            if isinstance(entry, str):
                entry = {"term": entry}
            if not isinstance(entry, dict):
                raise fail(f"{here}: must be a string or a mapping {{term: ..., note: ...}}, got {entry!r}")
            unknown = sorted(set(entry) - set(_TERM_KEYS))
            if unknown:
                raise fail(f"{here}: unknown key(s) {unknown}; allowed: {', '.join(_TERM_KEYS)}")
            term = entry.get("term")
            if not isinstance(term, str) or not term.strip():
                raise fail(f"{here}: 'term' is missing or empty")
            here = f"{where}, term #{i} ({term!r})"
            if config.PLACEHOLDER in term:
                raise fail(f"{here}: the anonymisation placeholder {config.PLACEHOLDER} cannot be a term")
            if not _TERM_CHARS.fullmatch(term):
                raise fail(
                    f"{here}: a term may contain only Chinese characters, Latin letters and digits "
                    "(no spaces or punctuation: matching never crosses them)"
                )
            if t2s is not None and t2s(term) != term:
                raise fail(f"{here}: write the term in Simplified Chinese ({t2s(term)!r}); the corpus is Simplified")
            if term in seen:
                if seen[term] == name:
                    raise fail(f"{here}: listed twice in category {name!r}")
                raise fail(f"{here}: already listed in category {seen[term]!r}; a term belongs to one category")
            note = entry.get("note")
            if note is not None and (not isinstance(note, str) or not note.strip()):
                raise fail(f"{here}: 'note' must be a non-empty string when given")
            seen[term] = name
            terms.append(RhetoricTerm(term, note.strip() if note else None))
        categories.append(RhetoricCategory(name, spec["label_zh"].strip(), " ".join(spec["definition"].split()),
                                           " ".join(spec["source"].split()), tuple(terms)))
    return RhetoricLexicon(tuple(categories), version=version, path=path)


def _t2s():
    """OpenCC Traditional-to-Simplified converter, or None when OpenCC is unavailable."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    return opencc.OpenCC("t2s").convert

