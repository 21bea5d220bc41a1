"""Measure and calibrate the campaign classifier on labelled pages.

``data/classifier_pages.tsv`` lists real speech pages from template sites
(``url``, ``label``, ``split``): the ``dev`` pages were read to choose lexicon
terms and fit the three calibration parameters, the ``heldout`` pages only to
measure.  The split was fixed before any term was written, by a hash of the
URL (:func:`split_of`).  Page texts are not shipped (they belong to their
sites): a researcher re-downloads them, cleans them, and passes the body text
(title removed) as a ``url<TAB>text`` file to :func:`main`.

The functions here are general: :func:`evaluate` works with any predictor,
:func:`keyword_baseline` is the three-regular-expression baseline the
classifier must beat, :func:`reliability` bins confidences against accuracy,
and :func:`fit_calibration` refits the decision model of
:mod:`corpusmine.text.classify` by maximum likelihood; :func:`wilson_interval`,
:func:`label_metrics` and :func:`calibration_error` complete the report.

Reproduce: ``python -m corpusmine.text.classify_eval {measure,fit} TEXTS``.  Measured figures of every round (held-out pages labelled by reading before
classification, each fresh set measured once) and the error families are in
``docs/classifier_measure.md``.  The learned model
(:mod:`corpusmine.text.classify_model`) is fitted with :func:`fit_model` and
calibrated with :func:`fit_temperature` on held-out folds of a grouped
cross-validation (:func:`grouped_folds`).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import re
import sys
from pathlib import Path

from corpusmine import config
from corpusmine.schema import CAMPAIGN_LABELS
from corpusmine.text.classify import CampaignLexicon, campaign_scores, classify_text, load_lexicon, other_score
# The fitting functions live in classify_fit; they are re-exported here, where callers found them.
from corpusmine.text.classify_fit import design, fit_model, fit_temperature, lexicon_logprob, select_vocab  # noqa: F401
from corpusmine.text.classify_model import CLASSES

PAGES = config.DATA_DIR / "classifier_pages.tsv"

#: The keyword baseline: one regular expression per campaign, most matches wins, none is ``other``.
BASELINE_PATTERNS = {
    "rural": re.compile(r"乡村振兴|三农|脱贫|农业农村"),
    "civilised_city": re.compile(r"文明城市|创文|创城"),
    "environment": re.compile(r"环境综合(?:整治|治理|提质)|人居环境|美丽城镇|环境整治"),
}


def split_of(url: str) -> str:
    """The fixed development/held-out split of a page: a hash of its URL.

    Examples
    --------
    >>> split_of("https://example.com/讲话/1.html") in ("dev", "heldout")
    True
    """
    return "heldout" if int(hashlib.sha1(url.encode("utf-8")).hexdigest()[:8], 16) % 2 else "dev"


def keyword_baseline(text: str) -> str:
    """Label a text by the baseline's three regular expressions (most matches wins).

    Examples
    --------
    >>> keyword_baseline("要推进乡村振兴,做好三农工作。"), keyword_baseline("要抓好安全生产。")
    ('rural', 'other')
    """
    counts = {c: len(p.findall(text)) for c, p in BASELINE_PATTERNS.items()}
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else "other"


def load_pages(path: Path | str | None = None):
    """Read the labelled-pages list (``url``, ``label``, ``split``); errors name the file and row.

    Examples
    --------
    >>> pages = load_pages()
    >>> sorted(set(pages["split"])), set(pages["label"]) <= set(CAMPAIGN_LABELS)
    (['dev', 'heldout'], True)
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     bad = pathlib.Path(d, "pages.tsv")
    ...     _ = bad.write_text("url\\tlabel\\tsplit\\nhttps://a.example/讲话\\t乡村振兴\\tdev\\n", encoding="utf-8")
    ...     load_pages(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: ...pages.tsv: line 2: unknown label '乡村振兴'...
    """
    import pandas as pd

    p = Path(path or PAGES)
    if not p.is_file():
        raise FileNotFoundError(f"{p}: labelled-pages list not found")
    with p.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    problems = []
    seen: set[str] = set()
    for i, r in enumerate(rows, start=2):
        if r.get("label") not in CAMPAIGN_LABELS:
            problems.append(f"line {i}: unknown label {r.get('label')!r}")
        if r.get("split") not in ("dev", "heldout"):
            problems.append(f"line {i}: split must be dev or heldout, got {r.get('split')!r}")
        elif r["split"] != split_of(r.get("url") or ""):
            problems.append(f"line {i}: split {r['split']!r} is not the URL's fixed split")
        if r.get("url") in seen:
            problems.append(f"line {i}: URL listed twice")
        seen.add(r.get("url") or "")
    if problems:
        raise ValueError(f"{p}: " + "; ".join(problems))
    return pd.DataFrame(rows, columns=["url", "label", "split"])


def evaluate(texts: list[str], labels: list[str], predict) -> dict:
    """Accuracy and confusion matrix (rows: true label, columns: predicted) of ``predict``.

    Examples
    --------
    >>> r = evaluate(["推进乡村振兴。", "抓好安全生产。"], ["rural", "other"], keyword_baseline)
    >>> r["accuracy"], r["n"]
    (1.0, 2)
    """
    import pandas as pd

    pred = [predict(t) for t in texts]
    classes = list(CAMPAIGN_LABELS)
    cm = pd.crosstab(pd.Categorical(labels, classes), pd.Categorical(pred, classes), dropna=False)
    cm.index.name, cm.columns.name = "true", "predicted"
    n = len(labels)
    acc = sum(a == b for a, b in zip(labels, pred)) / n if n else float("nan")
    return {"accuracy": acc, "n": n, "confusion": cm, "predicted": pred}


def reliability(confidence: list[float], correct: list[bool], bins=(0.0, 0.6, 0.8, 0.9, 1.0)):
    """Accuracy per confidence bin: the reliability table of a calibrated classifier.

    Examples
    --------
    >>> t = reliability([0.95, 0.92, 0.55], [True, True, False])
    >>> t[["bin", "n", "accuracy"]].values.tolist()
    [['[0.0, 0.6)', 1, 0.0], ['[0.9, 1.0]', 2, 1.0]]
    >>> r = classify_text("今天召开全县创建全国文明城市推进会,迎接年度测评。")
    >>> reliability([r.confidence], [r.label == "civilised_city"])["accuracy"].tolist()
    [1.0]
    """
    import pandas as pd

    rows = []
    for lo, hi in zip(bins[:-1], bins[1:]):
        last = hi == bins[-1]
        idx = [i for i, c in enumerate(confidence) if lo <= c < hi or (last and c == hi)]
        if idx:
            rows.append({"bin": f"[{lo}, {hi}{']' if last else ')'}", "n": len(idx),
                         "mean_confidence": round(sum(confidence[i] for i in idx) / len(idx), 3),
                         "accuracy": round(sum(correct[i] for i in idx) / len(idx), 3)})
    return pd.DataFrame(rows, columns=["bin", "n", "mean_confidence", "accuracy"])


def fit_calibration(texts: list[str], labels: list[str], *, lexicon: CampaignLexicon | None = None,
                    l2: float = 0.01, other_weight: float | None = None, lexicons: list | None = None,
                    smoothing: bool = False) -> dict[str, float]:
    """Fit ``slope`` and ``other_weight`` (and ``smoothing``) by penalised maximum likelihood.

    The decision model is that of :mod:`corpusmine.text.classify`: "other"
    competes like a campaign whose score is ``min_score`` plus ``other_weight``
    times its own evidence, and ``smoothing`` mixes in a uniform share.
    ``min_score`` stays fixed (fitted freely on short, cue-dense development
    pages it would drift low and make a single passing mention of a campaign
    decisive in a long speech), and so does ``other_bias`` (0).

    A lexicon scores the pages it was built from too well: fitted on them, the
    calibration is over-confident on new pages.  ``lexicons`` scores each page
    *prequentially*, by the lexicon as it was before that page was read (the
    shipped calibration does: see ``docs/classifier_measure.md``).

    Parameters
    ----------
    texts, labels : list of str
        Development texts (body only) and their labels.
    lexicon : CampaignLexicon, optional
        Supplies ``min_score`` and, without ``lexicons``, the scores; default
        the shipped lexicon.
    l2 : float
        Ridge penalty on the fitted parameters.
    other_weight : float, optional
        Hold ``other_weight`` at this value (the shipped calibration does).
    lexicons : list of CampaignLexicon, optional
        One lexicon per text, to score that text with.
    smoothing : bool
        Also fit ``smoothing`` (otherwise it is 0).

    Returns
    -------
    dict of str to float
        ``slope``, ``other_bias``, ``other_weight`` and ``smoothing``.

    Examples
    --------
    >>> texts = ["推进乡村振兴,防止返贫。", "抓好安全生产,防范事故。", "创文工作要迎接文明城市测评。", "整治脏乱差,推进城乡环境综合整治。"]
    >>> p = fit_calibration(texts, ["rural", "other", "civilised_city", "environment"])
    >>> p["slope"] > 0 and p["other_weight"] >= 0 and p["smoothing"] == 0.0
    True
    >>> fit_calibration(texts, ["rural", "other", "civilised_city", "environment"], other_weight=1.5)["other_weight"]
    1.5
    >>> 0 <= fit_calibration(texts, ["rural", "other", "civilised_city", "other"], smoothing=True)["smoothing"] <= 0.5
    True
    """
    import numpy as np
    from scipy.optimize import minimize

    lex = lexicon or load_lexicon()
    scorers = lexicons if lexicons is not None else [lex] * len(texts)
    if len(scorers) != len(texts):
        raise ValueError(f"fit_calibration: {len(texts)} texts but {len(scorers)} lexicons")
    classes = [*lex.campaigns, "other"]
    scores = np.array([[campaign_scores(t, lexicon=s).get(c, 0.0) for c in lex.campaigns]
                       for t, s in zip(texts, scorers)])
    other = np.array([other_score(t, lexicon=s) for t, s in zip(texts, scorers)])
    y = np.array([classes.index(lab) for lab in labels])
    free_weight = other_weight is None

    def unpack(theta):
        slope = theta[0]
        weight = theta[1] if free_weight else other_weight
        eps = theta[-1] if smoothing else 0.0
        return slope, weight, eps

    def nll(theta):
        slope, weight, eps = unpack(theta)
        z = slope * np.column_stack([np.log1p(scores), np.log1p(lex.min_score + weight * other)])
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        p = (1.0 - eps) * p + eps / len(classes)
        return -np.log(p[np.arange(len(y)), y] + 1e-300).sum() + l2 * float(np.dot(theta, theta))

    x0, bounds = [1.0], [(0.01, 50.0)]
    if free_weight:
        x0, bounds = x0 + [1.0], bounds + [(0.0, 20.0)]
    if smoothing:
        x0, bounds = x0 + [0.02], bounds + [(0.0, 0.5)]
    res = minimize(nll, x0=np.array(x0), method="L-BFGS-B", bounds=bounds)
    slope, weight, eps = unpack(res.x)
    return {"slope": round(float(slope), 3), "other_bias": 0.0,
            "other_weight": round(float(weight), 3) if free_weight else float(other_weight),
            "smoothing": round(float(eps), 4)}


def page_groups(hosts: list[str], texts: list[str], shingle: int = 6, threshold: float = 0.3) -> list[int]:
    """Group pages so that no copy leaks across folds: same site, or near-duplicate text (character shingles).

    Examples
    --------
    >>> a = "今天召开全县创建全国文明城市推进会,迎接年度测评。"
    >>> page_groups(["a.cn", "b.cn", "a.cn", "c.cn"], [a, a + "谢谢。", "抓好安全生产。", "推进乡村振兴。"])
    [0, 0, 0, 3]
    """
    parent = list(range(len(texts)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, h in enumerate(hosts):
        parent[find(i)] = find(first.setdefault(h, i))
    sh = [{t[k:k + shingle] for k in range(max(len(t) - shingle + 1, 1))}
          for t in (re.sub(r"\W", "", x) for x in texts)]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if len(sh[i] & sh[j]) >= threshold * len(sh[i] | sh[j]):
                parent[find(j)] = find(i)
    return [find(i) for i in range(len(texts))]


def grouped_folds(rounds: list[str], groups: list[int]):
    """Leave-one-round-out folds; a training page whose group has a page in the test round is left out.

    Examples
    --------
    >>> g = page_groups(["a.cn", "b.cn", "c.cn"], ["推进乡村振兴。", "抓好安全生产。", "推进乡村振兴。"])
    >>> [(list(tr), list(te)) for tr, te in grouped_folds(["r1", "r2", "r2"], g)]   # the copy stays out
    [([1], [0]), ([], [1, 2])]
    """
    for r in sorted(set(rounds)):
        test = [i for i, x in enumerate(rounds) if x == r]
        held = {groups[i] for i in test}
        yield [i for i, x in enumerate(rounds) if x != r and groups[i] not in held], test


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval for ``k`` successes in ``n`` trials (95% by default).

    Examples
    --------
    >>> lo, hi = wilson_interval(150, 151)   # 150 of 151 held-out pages right
    >>> round(lo, 3), round(hi, 3)
    (0.963, 0.999)
    >>> wilson_interval(0, 0)
    (nan, nan)
    >>> texts = ["推进乡村振兴,防止返贫。", "抓好安全生产,防范事故。"]
    >>> k = sum(keyword_baseline(t) == y for t, y in zip(texts, ["rural", "other"]))
    >>> wilson_interval(k, len(texts))[1]
    1.0
    """
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def label_metrics(labels: list[str], predicted: list[str]):
    """Precision, recall and support per label (rows in ``CAMPAIGN_LABELS`` order).

    Examples
    --------
    >>> texts = ["推进乡村振兴,防止返贫。", "稳定粮食生产,保障种粮收益。", "抓好安全生产,防范事故。"]
    >>> t = label_metrics(["rural", "rural", "other"], [keyword_baseline(x) for x in texts])
    >>> t.set_index("label").loc[["rural", "other"], ["precision", "recall", "n"]].values.tolist()
    [[1.0, 0.5, 2.0], [0.5, 1.0, 1.0]]
    """
    import pandas as pd

    rows = []
    for c in CAMPAIGN_LABELS:
        tp = sum(y == c and p == c for y, p in zip(labels, predicted))
        n_pred, n_true = predicted.count(c), labels.count(c)
        rows.append({"label": c, "precision": round(tp / n_pred, 3) if n_pred else float("nan"),
                     "recall": round(tp / n_true, 3) if n_true else float("nan"), "n": n_true})
    return pd.DataFrame(rows, columns=["label", "precision", "recall", "n"])


def calibration_error(confidence: list[float], correct: list[bool], n_bins: int = 10) -> float:
    """Expected calibration error: the page-weighted mean |accuracy - confidence| over equal-width bins.

    Examples
    --------
    >>> calibration_error([0.9, 0.9, 0.9, 0.9], [True, True, True, False])   # 75% right at 90%
    0.15
    >>> r = classify_text("今天召开全县创建全国文明城市推进会,迎接年度测评。")
    >>> calibration_error([r.confidence], [r.label == "civilised_city"]) < 0.05
    True
    """
    n = len(confidence)
    if not n:
        return float("nan")
    total = 0.0
    for b in range(n_bins):
        lo, hi = b / n_bins, (b + 1) / n_bins
        idx = [i for i, c in enumerate(confidence) if lo <= c < hi or (b == n_bins - 1 and c == hi)]
        if idx:
            acc = sum(correct[i] for i in idx) / len(idx)
            conf = sum(confidence[i] for i in idx) / len(idx)
            total += len(idx) * abs(acc - conf)
    return round(total / n, 4)


def _read_texts(path: Path) -> dict[str, str]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                raise ValueError(f"{path}: line {n}: expected url<TAB>text")
            out[parts[0]] = parts[-1]
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m corpusmine.text.classify_eval {fit,measure} TEXTS``.

    ``TEXTS`` is a ``url<TAB>text`` file of cleaned page bodies (title removed)
    for the URLs of ``data/classifier_pages.tsv``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> pages = load_pages()
    >>> some = pages[pages["split"] == "dev"].groupby("label").head(1)
    >>> body = {"rural": "推进乡村振兴,稳定粮食生产。", "civilised_city": "迎接文明城市测评。",
    ...         "environment": "深化城乡环境综合整治。", "other": "抓好安全生产,防范事故。"}
    >>> with tempfile.TemporaryDirectory() as d:
    ...     f = pathlib.Path(d, "texts.tsv")
    ...     _ = f.write_text("".join(f"{u}\\t{body[lab]}\\n" for u, lab in zip(some["url"], some["label"])), encoding="utf-8")
    ...     main(["fit", str(f)])  # doctest: +ELLIPSIS
    {'slope': ..., 'other_bias': 0.0, 'other_weight': ...}
    0
    """
    ap = argparse.ArgumentParser(prog="python -m corpusmine.text.classify_eval")
    ap.add_argument("action", choices=["fit", "measure"])
    ap.add_argument("texts", type=Path)
    ap.add_argument("--lexicon", type=Path, default=None)
    ap.add_argument("--old-lexicon", type=Path, default=None, help="also measure the margin rule of an older lexicon")
    ap.add_argument("--other-weight", type=float, default=None, help="fit: hold other_weight at this value")
    ap.add_argument("--smoothing", action="store_true", help="fit: also fit the smoothing share")
    ap.add_argument("--scored-by", type=Path, default=None,
                    help="fit: url<TAB>lexicon file; fit on those dev pages only, each scored by its lexicon "
                         "(prequential: the lexicon as it was before the page was read)")
    a = ap.parse_args(argv)
    pages = load_pages()
    texts = _read_texts(a.texts)
    missing = [u for u in pages["url"] if u not in texts]
    if missing:
        print(f"{a.texts}: no text for {len(missing)} listed pages, left out", file=sys.stderr)
    lex = load_lexicon(a.lexicon)
    sel = pages[pages["url"].isin(list(texts))]
    if a.action == "fit":
        dev = sel[sel["split"] == "dev"]
        scorers = None
        if a.scored_by:
            by = _read_texts(a.scored_by)
            dev = dev[dev["url"].isin(list(by))]
            scorers = [load_lexicon(_lexicon_path(by[u], a.scored_by)) for u in dev["url"]]
        print(fit_calibration([texts[u] for u in dev["url"]], list(dev["label"]), lexicon=lex,
                              other_weight=a.other_weight, lexicons=scorers, smoothing=a.smoothing))
        return 0
    for split in ("dev", "heldout"):
        part = sel[sel["split"] == split]
        tx, lab = [texts[u] for u in part["url"]], list(part["label"])
        results = {"classifier": evaluate(tx, lab, lambda t: classify_text(t, lexicon=lex).label),
                   "keyword baseline": evaluate(tx, lab, keyword_baseline)}
        if a.old_lexicon:
            old = load_lexicon(a.old_lexicon)
            results["old margin rule"] = evaluate(tx, lab, lambda t: _margin(t, old))
        for name, r in results.items():
            k = sum(y == p for y, p in zip(lab, r["predicted"]))
            lo, hi = wilson_interval(k, r["n"])
            print(f"\n{split} ({r['n']} pages) {name}: accuracy {r['accuracy']:.3f} ({k}/{r['n']}; "
                  f"95% Wilson interval {lo:.3f}-{hi:.3f})")
            print(r["confusion"].to_string())
            print(label_metrics(lab, r["predicted"]).to_string(index=False))
        res = [classify_text(t, lexicon=lex) for t in tx]
        correct = [r.label == y for r, y in zip(res, lab)]
        conf = [r.confidence for r in res]
        flagged = [r.needs_review for r in res]
        wrong_flagged = sum(f and not c for f, c in zip(flagged, correct))
        print(f"\n{split} reliability: ECE {calibration_error(conf, correct):.3f}; review below "
              f"{lex.review_below}: {sum(flagged)} of {len(res)} flagged ({sum(flagged) / max(len(res), 1):.1%}), "
              f"{wrong_flagged} of {len(res) - sum(correct)} errors among them")
        print(reliability(conf, correct).to_string(index=False))
        for u, y, r in zip(part["url"], lab, res):
            if r.label != y:
                print(f"  error: {u} {y} -> {r.label} ({r.confidence:.2f})")
    return 0


def _lexicon_path(name: str, listed_in: Path) -> Path:
    p = Path(name)
    return p if p.is_absolute() else listed_in.parent / p


def _margin(text: str, lex: CampaignLexicon) -> str:
    scores = campaign_scores(text, lexicon=lex)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    best, top = ranked[0]
    return best if top >= lex.min_score and top >= lex.min_ratio * second else "other"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
