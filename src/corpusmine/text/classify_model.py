"""The learned part of the campaign classifier: token weights shipped as data.

A regularised multinomial logistic regression over two kinds of features:

* **tokens** — words of corpusmine's Tokenizer that occur on at least three
  development pages of at least two sites (``data/classifier_pages.tsv``),
  counted in a text longest first, left to right, without overlap (as the
  lexicon counts its terms), each count ``c`` taken as ``1 + log c`` and the
  vector scaled to unit length, so that a 300-character opening and a
  10,000-character speech are comparable;
* **the lexicon's verdict** — the log-probabilities of the four classes under
  the sourced lexicon model of :mod:`corpusmine.text.classify` (its cue
  families, sub-task rule and calibration).

The logits ``W·x + b`` are divided by a temperature fitted on held-out folds
only, and a uniform ``smoothing`` share is mixed in (it caps the confidence).

The weights live in ``data/lexicons/campaign_model.tsv`` (one row per feature:
its four class weights, and for tokens on how many development pages and
sites it occurs); its ``#@`` header lines hold the temperature, smoothing and
provenance.  Scoring needs no Tokenizer and no scikit-learn: a text is matched
against the model's vocabulary directly (:func:`count_terms`), so the text
stage does not depend on the tokens stage.  Fitting is
:func:`corpusmine.text.classify_fit.fit_model` (scikit-learn, loaded lazily).
The model holds no page text: only words seen on several pages of several
sites, with their weights.

Examples
--------
>>> count_terms("推进乡村振兴,实现乡村振兴战略", {"乡村振兴", "乡村振兴战略", "推进"})
{'推进': 1, '乡村振兴': 1, '乡村振兴战略': 1}
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from corpusmine import config
from corpusmine.schema import CAMPAIGN_LABELS

#: The model file shipped with the package (absent: the lexicon model alone decides).
MODEL_FILE: Path = config.LEXICON_DIR / "campaign_model.tsv"

#: Column order of the class weights in the model file and of every probability vector here.
CLASSES: tuple[str, ...] = ("rural", "civilised_city", "environment", "other")

_HEADER = ["feature", "kind", *(f"w_{c}" for c in CLASSES), "n_pages", "n_hosts"]


def count_terms(text: str, vocab, max_len: int | None = None, prefixes=None) -> dict[str, int]:
    """Count the vocabulary's words in ``text``: longest first, left to right, no overlap.

    Parameters
    ----------
    text : str
    vocab : set of str
        Words of at least two characters.
    max_len : int, optional
        Length of the longest word (computed when not given).
    prefixes : set of str, optional
        The words' first two characters (computed when not given): a position
        whose next two characters start no word is passed over with one look-up.

    Returns
    -------
    dict of str to int

    Examples
    --------
    >>> count_terms("城乡环境综合整治和环境整治", {"环境整治", "城乡环境综合整治", "综合整治"})
    {'城乡环境综合整治': 1, '环境整治': 1}
    """
    if max_len is None:
        max_len = max((len(t) for t in vocab), default=0)
    if prefixes is None:
        prefixes = {t[:2] for t in vocab}
    out: dict[str, int] = {}
    i, n = 0, len(text)
    while i < n:
        if text[i:i + 2] in prefixes:
            for k in range(min(max_len, n - i), 1, -1):
                w = text[i:i + k]
                if w in vocab:
                    out[w] = out.get(w, 0) + 1
                    i += k
                    break
            else:
                i += 1
        else:
            i += 1
    return out


def token_vector(counts: dict[str, int]) -> dict[str, float]:
    """Sublinear, unit-length term weights: ``1 + log c`` scaled to Euclidean norm 1.

    Examples
    --------
    >>> v = token_vector({"乡村振兴": 1, "产业": 1})
    >>> round(v["乡村振兴"], 4), round(sum(x * x for x in v.values()), 6)
    (0.7071, 1.0)
    """
    raw = {t: 1.0 + math.log(c) for t, c in counts.items() if c > 0}
    norm = math.sqrt(sum(x * x for x in raw.values())) or 1.0
    return {t: x / norm for t, x in raw.items()}


@dataclass(frozen=True, eq=False)
class TokenModel:
    """Learned weights: per token and per lexicon class, one weight for each class.

    Parameters
    ----------
    token_weights : dict of str to tuple of float
        Each token's weights, in the order of :data:`CLASSES`.
    lexicon_weights : dict of str to tuple of float
        For each class's lexicon log-probability, its weights.
    bias : tuple of float
    temperature, smoothing : float
        Calibration (fitted on held-out folds).
    meta : dict of str to str
        Provenance from the file's ``#@`` lines.
    path : Path
    n_pages, n_hosts : dict of str to int
        On how many development pages and sites each token occurs.

    Examples
    --------
    >>> m = TokenModel({"乡村振兴": (2.0, 0.0, 0.0, -1.0)}, {c: (0.0,) * 4 for c in CLASSES},
    ...                (0.0, 0.0, 0.0, 0.0), 1.0, 0.0, {}, Path("demo.tsv"))
    >>> p = m.probabilities("推进乡村振兴", {c: math.log(0.25) for c in CLASSES})
    >>> max(p, key=p.get)
    'rural'
    """

    token_weights: dict[str, tuple[float, ...]]
    lexicon_weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    temperature: float
    smoothing: float
    meta: dict[str, str]
    path: Path
    n_pages: dict[str, int] = field(default_factory=dict)
    n_hosts: dict[str, int] = field(default_factory=dict)
    vocab: frozenset[str] = field(init=False, repr=False)
    max_len: int = field(init=False, repr=False)
    prefixes: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "vocab", frozenset(self.token_weights))
        object.__setattr__(self, "max_len", max((len(t) for t in self.token_weights), default=0))
        object.__setattr__(self, "prefixes", frozenset(t[:2] for t in self.token_weights))

    def logits(self, text: str, lexicon_logprob: dict[str, float]) -> dict[str, float]:
        """Uncalibrated logits of the four classes for ``text``.

        Examples
        --------
        >>> m = load_model()
        >>> lp = {c: math.log(0.25) for c in CLASSES}
        >>> z = m.logits("稳定粮食生产,建设高标准农田。", lp)   # token weights correct the lexicon's verdict
        >>> sorted(z) == sorted(CLASSES)
        True
        """
        z = list(self.bias)
        for t, x in token_vector(count_terms(text, self.vocab, self.max_len, self.prefixes)).items():
            w = self.token_weights[t]
            for j in range(len(CLASSES)):
                z[j] += w[j] * x
        for c, lp in lexicon_logprob.items():
            w = self.lexicon_weights[c]
            for j in range(len(CLASSES)):
                z[j] += w[j] * lp
        return dict(zip(CLASSES, z))

    def probabilities(self, text: str, lexicon_logprob: dict[str, float]) -> dict[str, float]:
        """Calibrated class probabilities: softmax of logits / temperature, smoothed.

        Parameters
        ----------
        text : str
            Cleaned Simplified Chinese text.
        lexicon_logprob : dict of str to float
            Log-probability of each class under the lexicon model.

        Examples
        --------
        >>> from corpusmine.text.classify_fit import lexicon_logprob
        >>> m, text = load_model(), "今天召开创建全国文明城市动员大会,迎接测评。"
        >>> p = m.probabilities(text, lexicon_logprob(text))
        >>> max(p, key=p.get), round(sum(p.values()), 6)
        ('civilised_city', 1.0)

        The token weights complement the lexicon features; with a flat lexicon
        prior they alone do not decide a one-sentence text.
        """
        z = self.logits(text, lexicon_logprob)
        top = max(z.values())
        e = {c: math.exp((v - top) / self.temperature) for c, v in z.items()}
        total = sum(e.values())
        eps = self.smoothing
        return {c: (1.0 - eps) * v / total + eps / len(e) for c, v in e.items()}


def write_model(path: Path | str, model: TokenModel) -> None:
    """Write a model file (``#@`` parameter lines, then one TSV row per feature).

    Examples
    --------
    >>> import tempfile
    >>> m = TokenModel({"乡村振兴": (2.0, 0.0, 0.0, -1.0)}, {c: (0.0,) * 4 for c in CLASSES},
    ...                (0.1, 0.0, 0.0, 0.0), 1.5, 0.01, {"note": "demo"}, Path("demo.tsv"),
    ...                {"乡村振兴": 5}, {"乡村振兴": 4})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_model(Path(d, "m.tsv"), m)
    ...     back = load_model(Path(d, "m.tsv"))
    >>> back.token_weights == m.token_weights, back.temperature, back.n_hosts["乡村振兴"]
    (True, 1.5, 4)
    """
    lines = [f"#@ temperature: {model.temperature!r}", f"#@ smoothing: {model.smoothing!r}"]
    lines += [f"#@ {k}: {v}" for k, v in model.meta.items() if k not in ("temperature", "smoothing")]
    lines.append("\t".join(_HEADER))
    lines.append("\t".join(["(bias)", "bias", *(f"{w:.6g}" for w in model.bias), "", ""]))
    for c in CLASSES:
        lines.append("\t".join([f"lexicon:{c}", "lexicon", *(f"{w:.6g}" for w in model.lexicon_weights[c]), "", ""]))
    for t in sorted(model.token_weights, key=lambda t: (-model.n_pages.get(t, 0), t)):
        lines.append("\t".join([t, "token", *(f"{w:.6g}" for w in model.token_weights[t]),
                                str(model.n_pages.get(t, "")), str(model.n_hosts.get(t, ""))]))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> TokenModel:
    p = Path(path)
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    header: list[str] | None = None
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#@"):
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
        elif line.startswith("#") or not line.strip():
            continue
        elif header is None:
            header = line.split("\t")
            if header != _HEADER:
                raise ValueError(f"{p}: line {i}: expected the columns {' '.join(_HEADER)}")
        else:
            cells = line.split("\t")
            if len(cells) != len(_HEADER):
                raise ValueError(f"{p}: line {i}: expected {len(_HEADER)} tab-separated cells, got {len(cells)}")
            rows.append(cells)
    if header is None:
        raise ValueError(f"{p}: no header row")
    tokens: dict[str, tuple[float, ...]] = {}
    lexicon: dict[str, tuple[float, ...]] = {}
    bias: tuple[float, ...] | None = None
    n_pages: dict[str, int] = {}
    n_hosts: dict[str, int] = {}
    for cells in rows:
        feat, kind = cells[0], cells[1]
        try:
            w = tuple(float(x) for x in cells[2:6])
        except ValueError:
            raise ValueError(f"{p}: feature {feat!r}: weights must be numbers") from None
        if kind == "bias":
            bias = w
        elif kind == "lexicon" and feat.removeprefix("lexicon:") in CAMPAIGN_LABELS:
            lexicon[feat.removeprefix("lexicon:")] = w
        elif kind == "token" and len(feat) >= 2:
            tokens[feat] = w
            n_pages[feat], n_hosts[feat] = int(cells[6] or 0), int(cells[7] or 0)
        else:
            raise ValueError(f"{p}: feature {feat!r}: unknown kind {kind!r} (bias, lexicon:<class> or a token)")
    if bias is None or set(lexicon) != set(CLASSES):
        raise ValueError(f"{p}: needs a (bias) row and one lexicon:<class> row per class")
    try:
        temperature = float(meta.get("temperature", 1.0))
        smoothing = float(meta.get("smoothing", 0.0))
    except ValueError:
        raise ValueError(f"{p}: #@ temperature and #@ smoothing must be numbers") from None
    if temperature <= 0 or not 0 <= smoothing < 1:
        raise ValueError(f"{p}: temperature must be positive and smoothing in [0, 1)")
    return TokenModel(tokens, lexicon, bias, temperature, smoothing, meta, p, n_pages, n_hosts)


def load_model(path: Path | str | None = None) -> TokenModel | None:
    """The learned model (cached until the file changes); None when the shipped file is absent.

    Parameters
    ----------
    path : path-like, optional
        A model file; default :data:`MODEL_FILE`.  A path that is given must exist.

    Raises
    ------
    FileNotFoundError
        If ``path`` is given and does not exist.
    ValueError
        On a malformed file (the message names the file and the line).

    Examples
    --------
    >>> m = load_model()
    >>> "乡村振兴" in m.vocab, m.n_pages["乡村振兴"] >= 3, m.n_hosts["乡村振兴"] >= 2
    (True, True, True)
    """
    p = Path(path) if path is not None else MODEL_FILE
    if not p.is_file():
        if path is not None:
            raise FileNotFoundError(f"{p}: campaign model file not found")
        return None
    return _load(str(p.resolve()), p.stat().st_mtime)
