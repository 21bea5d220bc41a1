"""A learned last look at the lines the chrome rules leave: a character n-gram model of site-noise lines.

The rules of :mod:`corpusmine.text.clean` each describe one family of site noise, and each was learned after a
held-out round showed it.  On the next round's unseen pages the rules leave 5-10% of the noise marks, most of them
members of families the rules already know in a shape they have not seen (a date row with a counter glued on, a
site's slogan, a column label, a lone ellipsis).  This module reads every line that is left with one logistic model
of its character n-grams and shape, fitted (:mod:`corpusmine.text.line_model_fit`) on the annotated held-out rounds
of the project (the pages listed in ``data/dev_pages.tsv``; the mark lines are the positives, every other line of
those pages the negatives), and deletes a line only when

* the model gives it at least :data:`THRESHOLD` (fixed from the rounds' out-of-fold scores: at that level no line
  holding an annotated speech sentence was scored above it, see ``docs/cleaner_measure.md``), and
* none of the guards keeps it (:func:`kept_by_guard`): a line in the speaker's voice
  (:func:`corpusmine.text.speech_voice.in_speech_voice`), a salutation, a title (a genre word at its end) or a part
  heading of a collection (the splitter reads them), a line of prose (two sentence ends in 40 characters or more),
  a sentence of ten Chinese characters or more closed by its end mark, a long line, a bare date (the day a speech
  was given is no noise), numbers alone (a year wrapped from its sentence), a figure broken from its sentence
  (8 ．8 ％, 2.5), a list or attachment number alone on its line, a short line naming an office (the speaker's
  byline), a short Latin word or numeral alone (5G, GDP), a telephone number or an e-mail address; and, by its
  neighbours (:func:`kept_by_context`), a line between two sentences of the speech or an item of a bulleted list.

Features (:func:`line_features`): on the Simplified view of a line, white space runs made one space, digits made 0
and Latin letters lower case, the character 1-, 2- and 3-grams of the line between a start and an end marker, and
six shape tokens (length, shares of Chinese characters, digits and ASCII, number of sentence ends and of commas).
The score is ``1 / (1 + exp(-(b + sum(w_f) / sqrt(n))))`` over the ``n`` distinct features of the line (the binary
vector scaled to unit length, as in fitting).  Method: a bag of character n-grams with a linear model, as in
boilerplate detection by line classification (Kohlschütter, Fankhauser and Nejdl, "Boilerplate detection using
shallow text features", WSDM 2010, who use shallow line features; here the n-grams carry the words of the
families).

Every deletion is an audited edit (rule ``learned_line``; ``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.rules import CleaningState
>>> round(chrome_score("2025-03-21 07:03:52 126"), 2) >= THRESHOLD
True
>>> chrome_score("同志们,今天我们召开全县创建文明城市推进会。") < 0.5
True
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from corpusmine import config
from corpusmine.errors import CorpusInputError
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.lines import iter_lines
from corpusmine.text.patterns import PART_HEADING, SALUTATION_LINE, TITLE_LIKE
from corpusmine.text.script import simplified_view
from corpusmine.text.speech_voice import in_speech_voice

__all__ = ["MODEL_FILE", "START", "END", "THRESHOLD", "MAX_CHARS", "chrome_score", "kept_by_guard", "learned_lines",
           "kept_by_context", "line_features", "load_line_model", "normalise_line", "read_model_file"]

#: The weights of the fitted model (one row per feature; see :func:`read_model_file`).
MODEL_FILE: Path = config.LEXICON_DIR / "chrome_lines_model.tsv"
#: A line scored at least this high is deleted unless a guard keeps it.
THRESHOLD = 0.97
#: Lines longer than this are never read by the model (speech paragraphs; a flattened page's one line).
MAX_CHARS = 150
#: The markers of a line's start and end among its n-grams (printable, so the weights file stays plain text).
START, END = "\u2402", "\u2403"

_WS = re.compile(r"[ \t\u3000\xa0]+")
_DIGIT = re.compile(r"\d")
_ENDS = "。！？!?"
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a bare date: the day a speech was given stays (1975.09.15, 20211217, 2021年3月5日)
_BARE_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*[-./年]?\s*\d{1,2}\s*[-./月]?\s*\d{1,2}\s*日?\s*$")
#: a list's number alone on its line: a heading's number typeset apart from its words (chunk counters are
#: :func:`corpusmine.text.doc_chunks.chunk_numbers`' to read, with their context)
_ENUMERATOR = re.compile(r"^\s*(?:[(（]\s*[0-9一二三四五六七八九十]{1,3}\s*[)）]|[0-9一二三四五六七八九十]{1,3}\s*[、.．:：]"
                         r"|(?:附件|附表|附录)\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?)\s*$")
#: numbers alone, without a label beside them: a year or a figure wrapped from its sentence (counters are the row
#: rules' to read, with their labels)
_BARE_NUMBERS = re.compile(r"^\s*\d+(?:\s+\d+)*\s*$")
#: a sentence closed by its end mark, with at least 10 Chinese characters: what is said (a site's notice in this
#: shape is the notice rules' to read, with their words)
_SENTENCE = re.compile(r"[。！？!?][”’」』)）]?\s*$")
#: a speech's genre closing a line: a title (欢迎辞, 开学典礼致辞, 新年贺词, 毕业感言)
_GENRE_END = re.compile(r"(?:辞|词|稿|演讲|贺信|倡议书|感言|寄语)\s*$")
#: a figure broken from its sentence by typesetting (8 ．8 ％, 2.5, 7.1 :): digits and a decimal point or a per cent
#: sign, no Chinese character, no letter and no date or clock separator
_FIGURE = re.compile(r"^[\s\d．.。%％‰:：,，]*\d[\s\d．.%％‰:：,，]*$")
_FIGURE_MARK = re.compile(r"[．.%％‰]")
#: a short Latin word or numeral alone: an abbreviation of the speech (5G, GDP, II) broken onto its line
_LATIN_WORD = re.compile(r"^\s*[A-Za-z0-9]{1,6}\s*$")
#: a telephone number or an e-mail address: a speech may give them (the row rules read a site's hotline with its label)
_CONTACT = re.compile(r"(?<!\d)(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|[48]00[-\s]?\d{3}[-\s]?\d{4})(?!\d)|[\w.+-]+@[\w-]+\.[\w.]+")
#: a list's bullet at a line's start
_BULLET = re.compile(r"^\s*([-–—•·●○■□◆◇▪▫*])\s*\S")
#: a short line naming an office: the speaker's byline (某某 某某公司CEO, 县委书记 某某某)
_OFFICE = re.compile(r"书记|[省市州县区镇乡村]长|主任|主席|部长|局长|校长|院长|会长|理事长|董事长|总经理|经理|总裁|ceo|委员|代表|教授|老师")


def normalise_line(line: str) -> str:
    """The form of a line the model reads: Simplified, white space runs one space, digits 0, Latin lower case.

    Examples
    --------
    >>> normalise_line("  發布時間：2024-07-01\\u3000 來源")
    '发布时间：0000-00-00 来源'
    """
    return _DIGIT.sub("0", _WS.sub(" ", simplified_view(line).strip())).lower()


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    for i, e in enumerate(edges):
        if x < e:
            return i
    return len(edges)


def line_features(line: str) -> frozenset[str]:
    """The distinct features of one line: character 1-3-grams (prefix ``c``) and shape tokens.

    Parameters
    ----------
    line : str
        One line of a page, as it stands (it is normalised by :func:`normalise_line`).

    Returns
    -------
    frozenset of str
        Empty for a blank line.

    Examples
    --------
    >>> sorted(f for f in line_features("来源:某网") if f.startswith("c" + START))
    ['c␂', 'c␂来', 'c␂来源']
    >>> sorted(f for f in line_features("来源:某网") if f[:-1] in ("len", "han", "dig", "asc", "ends", "com"))
    ['asc2', 'com0', 'dig0', 'ends0', 'han3', 'len1']
    """
    s = normalise_line(line)
    if not s:
        return frozenset()
    b = START + s + END
    feats = {"c" + b[i:i + n] for n in (1, 2, 3) for i in range(len(b) - n + 1)}
    n = len(s)
    han = len(_HAN.findall(s))
    ascii_ = sum(1 for c in s if c.isascii() and c != " ")
    feats.update((
        f"len{_bucket(n, (3, 6, 11, 21, 41, 81, 161))}",
        f"han{_bucket(han / n, (0.01, 0.3, 0.6, 0.9))}",
        f"dig{_bucket(s.count('0') / n, (0.01, 0.1, 0.3))}",
        f"asc{_bucket(ascii_ / n, (0.01, 0.1, 0.3, 0.6))}",
        f"ends{min(sum(s.count(c) for c in _ENDS), 3)}",
        f"com{min(s.count('，') + s.count(','), 3)}",
    ))
    return frozenset(feats)


def read_model_file(path: Path | str) -> tuple[dict[str, float], float]:
    """Read a weights file: ``#`` comment lines, a ``feature<TAB>weight`` header, then one row per feature.

    The row whose feature is ``__intercept__`` holds the intercept.

    Raises
    ------
    CorpusInputError
        Naming the file and the line when a row is not a feature and a number, or the intercept is missing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "权重.tsv"
    >>> _ = p.write_text("# 说明\\nfeature\\tweight\\n__intercept__\\t-1.5\\nc来源\\t2.25\\n", encoding="utf-8")
    >>> read_model_file(p)
    ({'c来源': 2.25}, -1.5)
    """
    path = Path(path)
    weights: dict[str, float] = {}
    intercept = None
    header = False
    with path.open(encoding="utf-8", newline="\n") as fh:
        for i, raw in enumerate(fh, 1):
            row = raw.rstrip("\n")
            if not header:
                header = row == "feature\tweight"
                continue
            name, sep, value = row.rpartition("\t")
            try:
                w = float(value)
            except ValueError:
                w = None
            if not sep or w is None:
                raise CorpusInputError(path, f"line {i} is not 'feature<TAB>weight': {row[:40]!r}")
            if name == "__intercept__":
                intercept = w
            else:
                weights[name] = w
    if intercept is None:
        raise CorpusInputError(path, "no 'feature<TAB>weight' header or no __intercept__ row")
    return weights, intercept


@lru_cache(maxsize=2)
def load_line_model(path: str | None = None) -> tuple[dict[str, float], float]:
    """The weights and intercept of the shipped model (read once per process), or of another file."""
    return read_model_file(path or MODEL_FILE)


def chrome_score(line: str, model: tuple[dict[str, float], float] | None = None) -> float:
    """The model's probability that a line is site noise.

    Parameters
    ----------
    line : str
        One line.
    model : (dict, float), optional
        Weights and intercept; default the shipped model (:func:`load_line_model`).

    Examples
    --------
    >>> chrome_score("") == 0.0
    True
    >>> chrome_score("下面是小编为大家整理的表态发言,供大家参考。") > 0.9
    True
    """
    weights, intercept = model or load_line_model()
    feats = line_features(line)
    if not feats:
        return 0.0
    z = intercept + sum(weights.get(f, 0.0) for f in feats) / math.sqrt(len(feats))
    return 1.0 / (1.0 + math.exp(-z))


def kept_by_guard(line: str) -> str | None:
    """Why a line stays whatever its score (the guard's name), or None.

    Examples
    --------
    >>> kept_by_guard("【篇2】在全县安全生产会议上的讲话"), kept_by_guard("2021年3月5日"), kept_by_guard("来源:某某网")
    ('part_heading', 'bare_date', None)
    """
    v = simplified_view(line).strip()
    if len(v) > MAX_CHARS:
        return "long"
    if any(p.match(v) for p in PART_HEADING):
        return "part_heading"
    if TITLE_LIKE.search(v) or _GENRE_END.search(v):
        return "title"
    if SALUTATION_LINE.match(v):
        return "salutation"
    if _BARE_DATE.match(v):
        return "bare_date"
    if _ENUMERATOR.match(v):
        return "enumerator"
    if _BARE_NUMBERS.match(v):
        return "bare_numbers"
    if _FIGURE.match(v) and _FIGURE_MARK.search(v):
        return "figure"
    if _prose(v):
        return "sentence"
    if len(v) >= 40 and sum(v.count(c) for c in _ENDS) >= 2:
        return "prose"
    if _LATIN_WORD.match(v):
        return "latin_word"
    if _CONTACT.search(v):
        return "contact"
    if len(v) <= 24 and not _DIGIT.search(v) and _OFFICE.search(v.lower()):
        return "office"
    if in_speech_voice(v):
        return "speech_voice"
    return None


def _prose(line: str) -> bool:
    """A sentence of the speech: closed by its end mark, with at least ten Chinese characters."""
    return bool(_SENTENCE.search(line)) and len(_HAN.findall(line)) >= 10


def kept_by_context(above: str, line: str, below: str) -> str | None:
    """Why a line stays given its neighbours (the nearest non-blank lines above and below), or None.

    A line between two sentences of the speech is a heading or a word broken from them (红色文库 as a heading,
    a figure); a bulleted line beside another with the same bullet is an item of the speaker's list.

    Examples
    --------
    >>> kept_by_context("今天我们召开全县推进会,部署今年工作。", "红色文库", "各乡镇要压实责任,确保任务按时完成。")
    'between_sentences'
    >>> kept_by_context("下面,我讲三点意见:", "- 严格责任追究", "- 强化督查考核")
    'list_item'
    >>> kept_by_context("在全县推进会上的讲话", "来源:某某网", "同志们:") is None
    True
    """
    if _prose(above) and _prose(below):
        return "between_sentences"
    b = _BULLET.match(line)
    if b and any((n := _BULLET.match(x)) and n.group(1) == b.group(1) for x in (above, below)):
        return "list_item"
    return None


def learned_lines(st: CleaningState) -> None:
    """Delete every line the model scores at least :data:`THRESHOLD` and no guard keeps (rule ``learned_line``).

    Examples
    --------
    >>> st = CleaningState("同志们:\\n2024-09-12 07:03:52 121\\n要抓好落实。")
    >>> learned_lines(st)
    >>> st.doc.output
    '同志们:\\n\\n要抓好落实。'
    """
    _, view = st.view()          # the Simplified view, line for line
    model = load_line_model()
    spans = []

    def judge(above: str, cur: tuple[int, int, str], below: str) -> None:
        s, e, line = cur
        if (len(line.strip()) <= MAX_CHARS and chrome_score(line, model) >= THRESHOLD and kept_by_guard(line) is None
                and kept_by_context(above, line, below) is None):
            spans.append((s, e))

    # each non-blank line is judged with its neighbours as the next one arrives (no list of every line: a page may
    # be 200 MB)
    above, cur = "", None
    for item in iter_lines(view):
        if not item[2].strip():
            continue
        if cur is not None:
            judge(above, cur, item[2])
            above = cur[2]
        cur = item
    if cur is not None:
        judge(above, cur, "")
    st.doc.delete_many(spans, "learned_line")
