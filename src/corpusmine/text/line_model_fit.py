"""Fit the line model of :mod:`corpusmine.text.line_model` from annotated pages, and cross-validate it by round.

The annotations are the files :mod:`corpusmine.text.chrome_eval` reads (one JSON object a line: ``url``, ``raw``,
``marks``, ``speech``), one file per held-out round.  From each page:

* **positives**: every line of every mark, except pinyin glosses (``(nóng)``, which a rule of their own removes and
  which are no lines);
* **negatives**: every line of the raw page that holds no mark and lies in none (speech paragraphs, titles, the
  speaker's byline, lines the annotator left).

Lines of a page that hold an annotated speech sentence are the **speech lines** the threshold is checked on.

:func:`cross_validate` leaves one round out at a time (rounds are collected apart, so a round is the unit that
generalisation is measured on) and returns every held-out line's score; ``python -m corpusmine.text.line_model_fit
ROUND.jsonl ... --out FILE`` fits on all rounds, prints the cross-validated figures and writes the weights file.

Examples
--------
>>> page = {"raw": "发布时间:2024-07-01 来源:网友投稿\\n同志们:\\n要抓好落实。", "marks": ["发布时间:2024-07-01 来源:网友投稿"],
...         "speech": ["要抓好落实。"]}
>>> pos, neg, speech = page_examples(page)
>>> pos, neg, speech
(['发布时间:2024-07-01 来源:网友投稿'], ['同志们:'], ['要抓好落实。'])
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from corpusmine.text.chrome_eval import load_annotations
from corpusmine.text.line_model import MODEL_FILE, THRESHOLD, chrome_score, kept_by_guard, line_features

__all__ = ["ChromeLineModel", "RoundExamples", "cross_validate", "main", "page_examples", "read_rounds"]

#: a pinyin gloss standing alone as a mark: (nóng)
_GLOSS = re.compile(r"^[(（][a-zü āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]$")


def page_examples(page: dict) -> tuple[list[str], list[str], list[str]]:
    """The positive, negative and speech lines of one annotated page (see the module's docstring).

    Examples
    --------
    >>> page_examples({"raw": "首页 > 讲话\\n同志们:\\n要抓好落实。", "marks": ["首页 > 讲话"], "speech": ["要抓好落实。"]})
    (['首页 > 讲话'], ['同志们:'], ['要抓好落实。'])
    """
    marks = [m for m in page.get("marks", []) if m.strip()]
    pos = [part.strip() for m in marks if not _GLOSS.match(m.strip()) for part in m.split("\n") if part.strip()]
    neg, speech = [], []
    for line in page.get("raw", "").split("\n"):
        s = line.strip()
        if not s or any(m.strip() in s or s in m for m in marks):
            continue
        (speech if any(sp in s for sp in page.get("speech", [])) else neg).append(s)
    return pos, neg, speech


@dataclass
class RoundExamples:
    """The lines of one round's pages: ``name`` is the file's stem.

    Examples
    --------
    >>> RoundExamples("r1", pos=["来源:某某网"], neg=["同志们:"])
    RoundExamples(name='r1', pos=['来源:某某网'], neg=['同志们:'], speech=[])
    """

    name: str
    pos: list[str] = field(default_factory=list)
    neg: list[str] = field(default_factory=list)
    speech: list[str] = field(default_factory=list)


def read_rounds(paths: Iterable[Path | str]) -> list[RoundExamples]:
    """One :class:`RoundExamples` per annotation file; a line that is no JSON object is an error naming the file.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r1.jsonl"
    >>> page = {"raw": "来源:某某网\\n要抓好落实。", "marks": ["来源:某某网"], "speech": ["要抓好落实。"]}
    >>> _ = p.write_text(json.dumps(page, ensure_ascii=False) + "\\n", encoding="utf-8")
    >>> read_rounds([p])
    [RoundExamples(name='r1', pos=['来源:某某网'], neg=[], speech=['要抓好落实。'])]
    """
    rounds = []
    for path in map(Path, paths):
        ex = RoundExamples(path.stem)
        for page in load_annotations(path):      # errors name the file and the line
            p, n, s = page_examples(page)
            ex.pos += p
            ex.neg += n
            ex.speech += s
        rounds.append(ex)
    return rounds


class ChromeLineModel:
    """A logistic model of site-noise lines over :func:`corpusmine.text.line_model.line_features`.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression (chosen by round-out cross-validation among
        1 and 4, ``docs/cleaner_measure.md``).
    min_count : int
        A feature enters the fit only when at least this many training lines hold it (rarer n-grams of long speech
        paragraphs would only memorise them); a line's length for the scaling still counts all its features.
    min_weight : float
        Features whose fitted weight is smaller in size are not written (the score changes by less than
        ``min_weight`` times the number of such features over the square root of the line's features).
    random_state : int
        Seed of the solver (lbfgs is deterministic; kept for the scikit-learn convention).

    Attributes
    ----------
    weights_ : dict of str to float
    intercept_ : float
    n_lines_ : tuple of int
        Positive and negative lines fitted.

    Examples
    --------
    >>> m = ChromeLineModel(min_count=1).fit(["来源:某某网", "发布时间:2024-07-01", "点击次数:12"] * 3,
    ...                           ["同志们:", "要抓好落实。", "今天我们召开全县推进会。"] * 3)
    >>> m.score("来源:某某日报") > m.score("要抓好安全生产。")
    True
    """

    def __init__(self, C: float = 4.0, *, min_count: int = 3, min_weight: float = 0.01, random_state: int = 0):
        self.C = C
        self.min_count = min_count
        self.min_weight = min_weight
        self.random_state = random_state

    def fit(self, pos: Sequence[str], neg: Sequence[str]) -> "ChromeLineModel":
        """Fit on positive (site-noise) and negative lines; classes are weighted to balance."""
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression

        lines = list(pos) + list(neg)
        if not pos or not neg:
            raise ValueError("ChromeLineModel.fit needs positive and negative lines")
        featsets = [line_features(line) for line in lines]
        counts = Counter(f for feats in featsets for f in feats)
        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, feats in enumerate(featsets):
            for f in sorted(feats):
                if counts[f] >= self.min_count:
                    rows.append(i)
                    cols.append(vocab.setdefault(f, len(vocab)))
                    vals.append(1.0 / math.sqrt(len(feats)))
        X = csr_matrix((vals, (rows, cols)), shape=(len(lines), len(vocab)))
        y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
        lr = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000, random_state=self.random_state)
        lr.fit(X, y)
        names = sorted(vocab, key=vocab.get)
        self.weights_ = {f: float(w) for f, w in zip(names, lr.coef_[0]) if abs(w) >= self.min_weight}
        self.intercept_ = float(lr.intercept_[0])
        self.n_lines_ = (len(pos), len(neg))
        return self

    def score(self, line: str) -> float:
        """The fitted model's probability that ``line`` is site noise (:func:`corpusmine.text.line_model.chrome_score`)."""
        return chrome_score(line, (self.weights_, self.intercept_))

    def write(self, path: Path | str, comments: Sequence[str] = ()) -> None:
        """Write the weights file (:func:`corpusmine.text.line_model.read_model_file` reads it), sorted by feature."""
        with Path(path).open("w", encoding="utf-8", newline="\n") as fh:
            for c in comments:
                fh.write(f"# {c}\n")
            fh.write("feature\tweight\n")
            fh.write(f"__intercept__\t{self.intercept_:.6f}\n")
            for f in sorted(self.weights_):
                fh.write(f"{f}\t{self.weights_[f]:.6f}\n")


def cross_validate(rounds: Sequence[RoundExamples], *, C: float = 4.0, min_count: int = 3) -> list[dict]:
    """Leave one round out: fit on the others, score the held-out round's lines.

    Returns
    -------
    list of dict
        One row per held-out line: ``round``, ``kind`` (``pos``, ``neg``, ``speech``), ``line``, ``score``,
        ``guard`` (:func:`corpusmine.text.line_model.kept_by_guard`).

    Examples
    --------
    >>> rounds = [RoundExamples(f"r{i}", pos=["来源:某某网", "点击次数:12"] * 2, neg=["同志们:", "要抓好落实。"] * 2)
    ...           for i in range(3)]
    >>> rows = cross_validate(rounds)
    >>> len(rows), rows[0]["round"], rows[0]["kind"], rows[0]["line"]
    (24, 'r0', 'pos', '来源:某某网')
    """
    rows = []
    for k, held in enumerate(rounds):
        pos = [x for j, r in enumerate(rounds) if j != k for x in r.pos]
        neg = [x for j, r in enumerate(rounds) if j != k for x in r.neg + r.speech]
        model = ChromeLineModel(C, min_count=min_count).fit(pos, neg)
        for kind in ("pos", "neg", "speech"):
            for line in getattr(held, kind):
                rows.append({"round": held.name, "kind": kind, "line": line, "score": model.score(line),
                             "guard": kept_by_guard(line)})
    return rows


def _summary(rows: list[dict], threshold: float) -> dict[str, tuple[int, int]]:
    out = {}
    for kind in ("pos", "neg", "speech"):
        of = [r for r in rows if r["kind"] == kind]
        out[kind] = (sum(r["score"] >= threshold and r["guard"] is None for r in of), len(of))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: cross-validate by round, fit on all rounds, write the weights file.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> page = {"raw": "来源:某某网\\n同志们:\\n要抓好落实。", "marks": ["来源:某某网"], "speech": ["要抓好落实。"]}
    >>> _ = (d / "r1.jsonl").write_text(json.dumps(page, ensure_ascii=False) + "\\n", encoding="utf-8")
    >>> main([str(d / "r1.jsonl"), "--out", str(d / "权重.tsv"), "--no-cv", "--min-count", "1"])  # doctest: +ELLIPSIS
    Lines fitted: 1 mark lines, 2 other lines; ... features kept. -> ...
    0
    """
    ap = argparse.ArgumentParser(prog="python -m corpusmine.text.line_model_fit", description=__doc__.split("\n")[0])
    ap.add_argument("rounds", nargs="+", help="annotation files, one per round (chrome_eval's format)")
    ap.add_argument("--out", default=str(MODEL_FILE), help="weights file to write")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--min-count", type=int, default=3, help="lines a feature must occur in to enter the fit")
    ap.add_argument("--no-cv", action="store_true", help="skip the round-out cross-validation")
    args = ap.parse_args(argv)
    rounds = read_rounds(args.rounds)
    comments = [f"Fitted by corpusmine.text.line_model_fit (C = {args.C}) on {len(rounds)} annotated rounds "
                f"({rounds[0].name} .. {rounds[-1].name}; pages listed in data/dev_pages.tsv)."]
    if not args.no_cv:
        s = _summary(cross_validate(rounds, C=args.C, min_count=args.min_count), THRESHOLD)
        line = (f"Round-out cross-validation at threshold {THRESHOLD} after the line guards (not those of its "
                f"neighbours): mark lines deleted "
                f"{s['pos'][0]}/{s['pos'][1]}, speech lines deleted {s['speech'][0]}/{s['speech'][1]}, "
                f"other lines deleted {s['neg'][0]}/{s['neg'][1]}.")
        print(line)
        comments.append(line)
    pos = [x for r in rounds for x in r.pos]
    neg = [x for r in rounds for x in r.neg + r.speech]
    model = ChromeLineModel(args.C, min_count=args.min_count).fit(pos, neg)
    comments.append(f"Lines fitted: {len(pos)} mark lines, {len(neg)} other lines; {len(model.weights_)} features kept.")
    model.write(args.out, comments)
    print(comments[-1], "->", args.out)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
