"""Fit the learned campaign model (:mod:`corpusmine.text.classify_model`) on labelled development texts.

:func:`fit_model` selects the vocabulary (:func:`select_vocab`: Tokenizer words on enough pages and
sites), builds the feature matrix (:func:`design`: unit-length sublinear token counts plus the
lexicon model's four log-probabilities, :func:`lexicon_logprob`) and fits an L2 logistic regression;
optional *long-text augmentation* adds, per class, texts made by joining several development texts of
that class, so that speeches many times longer than a page opening are in the training distribution.
:func:`fit_temperature` calibrates held-out-fold logits.  :func:`fit_anchored` refits the same form on
new pages with the L2 penalty centred on a prior model's weights (the shipped model) instead of zero,
for when the pages the prior was fitted on are no longer at hand; :func:`fit_anchored_bags` does the
same from the development pages' bags of words.  scikit-learn and scipy are loaded only here,
inside the functions, never at run time.  The measurement side is :mod:`corpusmine.text.classify_eval`,
which re-exports these names.
"""

from __future__ import annotations

import math
from pathlib import Path

from corpusmine.text.classify import CampaignLexicon, campaign_scores, load_lexicon, other_score, probabilities
from corpusmine.text.classify_bags import PageBag, design_from_bags, join_bags
from corpusmine.text.classify_model import CLASSES, TokenModel, count_terms, token_vector


def lexicon_logprob(text: str, lexicon: CampaignLexicon | None = None) -> dict[str, float]:
    """Log-probability of each class under the lexicon model (the learned model's lexicon features).

    Examples
    --------
    >>> lp = lexicon_logprob("扎实推进乡村振兴,巩固脱贫攻坚成果。")
    >>> max(lp, key=lp.get), all(v <= 0 for v in lp.values())
    ('rural', True)
    """
    lex = lexicon or load_lexicon()
    p = probabilities(campaign_scores(text, lexicon=lex), other_score(text, lexicon=lex), lex)
    return {c: math.log(max(p[c], 1e-12)) for c in CLASSES}


def design(texts: list[str], vocab: list[str], lexicon: CampaignLexicon | None = None):
    """The learned model's feature matrix: unit-length sublinear token counts, then the 4 lexicon log-probabilities.

    Examples
    --------
    >>> X = design(["推进乡村振兴。", "抓好安全生产。"], ["乡村振兴", "安全生产"])
    >>> X.shape, float(X[0, 0]), float(X[1, 1])
    ((2, 6), 1.0, 1.0)
    """
    import numpy as np

    pos = {t: j for j, t in enumerate(vocab)}
    vset, max_len, pre = set(vocab), max((len(t) for t in vocab), default=0), {t[:2] for t in vocab}
    X = np.zeros((len(texts), len(vocab) + len(CLASSES)))
    for i, text in enumerate(texts):
        for t, x in token_vector(count_terms(text, vset, max_len, pre)).items():
            X[i, pos[t]] = x
        lp = lexicon_logprob(text, lexicon)
        X[i, len(vocab):] = [lp[c] for c in CLASSES]
    return X


def select_vocab(token_lists: list[list[str]], hosts: list[str], min_pages: int = 3, min_hosts: int = 2):
    """Tokens (2+ characters) on ``min_pages`` pages of ``min_hosts`` sites: vocab, n_pages, n_hosts.

    Examples
    --------
    >>> toks = [["乡村振兴", "产业"], ["乡村振兴"], ["乡村振兴", "产业"]]
    >>> select_vocab(toks, ["a.cn", "b.cn", "a.cn"])[0]
    ['乡村振兴']
    """
    pages: dict[str, int] = {}
    sites: dict[str, set] = {}
    for toks, host in zip(token_lists, hosts):
        for t in set(toks):
            if len(t) >= 2:
                pages[t] = pages.get(t, 0) + 1
                sites.setdefault(t, set()).add(host)
    vocab = sorted(t for t, n in pages.items() if n >= min_pages and len(sites[t]) >= min_hosts)
    return vocab, {t: pages[t] for t in vocab}, {t: len(sites[t]) for t in vocab}


def long_text_augmentation(texts: list[str], y, per_class: int, join: int = 8, seed: int = 0):
    """Per class, ``per_class`` texts each joining ``join`` of that class's texts at random: (texts, classes).

    Examples
    --------
    >>> joined, cls = long_text_augmentation(["推进乡村振兴。", "抓好粮食生产。", "抓好安全生产。"], [0, 0, 3], 2, join=2)
    >>> len(joined), cls.tolist(), sorted(joined[0]) == sorted("推进乡村振兴。抓好粮食生产。")
    (4, [0, 0, 3, 3], True)
    """
    import numpy as np

    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    out, cls = [], []
    for c in sorted(set(y.tolist())):
        idx = np.where(y == c)[0]
        for _ in range(per_class):
            pick = rng.choice(idx, size=min(join, len(idx)), replace=False)
            out.append("".join(texts[i] for i in pick))
            cls.append(int(c))
    return out, np.array(cls, dtype=int)


def fit_model(texts: list[str], labels: list[str], hosts: list[str], tokenize, *, C: float = 4.0,
              min_pages: int = 3, min_hosts: int = 2, temperature: float = 1.0, smoothing: float = 0.0,
              lexicon: CampaignLexicon | None = None, meta: dict | None = None, long_texts: int = 0,
              join: int = 8) -> TokenModel:
    """Fit the learned model (:mod:`corpusmine.text.classify_model`) on labelled development texts.

    Parameters
    ----------
    texts, labels, hosts : list of str
        Cleaned bodies, their labels, and each page's site (a token must occur on ``min_hosts`` sites).
    tokenize : callable
        str -> list of str; corpusmine's ``Tokenizer(cache_dir=None).cut`` (never a regular expression).
    C : float
        Inverse L2 penalty of the logistic regression (scikit-learn, lbfgs, ``random_state=0``).
    temperature, smoothing : float
        Calibration, fitted on held-out folds (:func:`fit_temperature`) and passed in.
    long_texts, join : int
        Long-text augmentation: for each class, ``long_texts`` extra training texts, each the
        concatenation of ``join`` development texts of that class drawn at random (seed 0), so that
        whole speeches (thousands of characters) are in the training distribution.  The vocabulary
        is still chosen from the development pages alone.

    Examples
    --------
    >>> texts = ["推进乡村振兴。", "乡村振兴要抓产业。", "迎接文明城市测评。", "文明城市测评要迎检。",
    ...          "改善人居环境。", "人居环境要整治。", "抓好安全生产。", "安全生产要防事故。"]
    >>> m = fit_model(texts, [c for c in CLASSES for _ in (0, 1)], ["a", "b"] * 4, lambda t: [t[i:i + 4] for i in range(len(t) - 3)], min_pages=2)
    >>> sorted(m.vocab)
    ['乡村振兴', '人居环境', '安全生产', '文明城市']
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vocab, n_pages, n_hosts = select_vocab([tokenize(t) for t in texts], hosts, min_pages, min_hosts)
    X = design(texts, vocab, lexicon)
    y = np.array([CLASSES.index(lab) for lab in labels])
    joined, joined_y = long_text_augmentation(texts, y, long_texts, join)
    if joined:
        X, y = np.vstack([X, design(joined, vocab, lexicon)]), np.concatenate([y, joined_y])
    clf = LogisticRegression(C=C, max_iter=5000, random_state=0).fit(X, y)
    W = np.zeros((len(CLASSES), X.shape[1]))
    W[clf.classes_] = clf.coef_
    b = np.zeros(len(CLASSES))
    b[clf.classes_] = clf.intercept_
    nv = len(vocab)
    tokens = {t: tuple(float(w) for w in W[:, j]) for j, t in enumerate(vocab) if np.any(W[:, j] != 0)}
    lex_w = {c: tuple(float(w) for w in W[:, nv + k]) for k, c in enumerate(CLASSES)}
    info = {"n_pages": str(len(texts)), "n_hosts": str(len(set(hosts))), "C": str(C),
            "min_pages": str(min_pages), "min_hosts": str(min_hosts),
            **({"long_texts": f"{long_texts} per class, {join} pages joined"} if long_texts else {}), **(meta or {})}
    return TokenModel(tokens, lex_w, tuple(float(v) for v in b), temperature, smoothing, info, Path("(fitted)"),
                      {t: n_pages[t] for t in tokens}, {t: n_hosts[t] for t in tokens})


def fit_temperature(logits, y, smoothing: bool = True, floor: float = 0.0) -> tuple[float, float]:
    """Temperature (and smoothing share) minimising the log-loss of held-out-fold logits.

    ``floor`` is the least smoothing share allowed (the temperature is fitted with it): with
    ``floor`` 0.01 no confidence exceeds ``1 - 0.75 * 0.01`` = 0.9925.  Development folds alone can
    want 0 while fresh pages show confident errors (held-out round 9: an error at 1.00).

    Examples
    --------
    >>> import numpy as np
    >>> z = 3 * np.array([[lexicon_logprob(t)[c] for c in CLASSES] for t in ["推进乡村振兴。", "抓好安全生产。"] * 2])
    >>> fit_temperature(z, np.array([0, 3, 0, 0]))[0] > 1.0     # one confident error: flatten
    True
    >>> fit_temperature(z, np.array([0, 3, 0, 3]), floor=0.01)[1] >= 0.01   # all right: still a floor
    True
    """
    import numpy as np
    from scipy.optimize import minimize

    z = np.asarray(logits, dtype=float)
    y = np.asarray(y)

    def nll(theta):
        t = theta[0]
        eps = theta[1] if smoothing else 0.0
        q = z / t
        q = q - q.max(axis=1, keepdims=True)
        p = np.exp(q) / np.exp(q).sum(axis=1, keepdims=True)
        p = (1 - eps) * p + eps / z.shape[1]
        return -np.log(p[np.arange(len(y)), y] + 1e-300).mean()

    x0, bounds = [1.0], [(0.05, 20.0)]
    if smoothing:
        x0, bounds = x0 + [max(0.01, floor)], bounds + [(floor, 0.3)]
    res = minimize(nll, x0=np.array(x0), method="L-BFGS-B", bounds=bounds)
    return round(float(res.x[0]), 4), (max(floor, round(float(res.x[1]), 4)) if smoothing else 0.0)


def fit_anchored(texts: list[str], labels: list[str], hosts: list[str], tokenize, prior: TokenModel, *,
                 C: float = 4.0, min_pages: int = 3, min_hosts: int = 2, lexicon: CampaignLexicon | None = None,
                 long_texts: int = 0, join: int = 8, meta: dict | None = None) -> TokenModel:
    """Refit the learned model on new pages with its weights pulled toward a prior model's, not toward zero.

    Minimises ``NLL + ||theta - theta0||^2 / (2 C)`` (scipy L-BFGS-B from ``theta0``, deterministic),
    where ``theta`` holds every class's token weights, lexicon weights and bias, and ``theta0`` is the
    prior model's (a Gaussian prior centred on the shipped weights).  The vocabulary is the prior's
    words plus the words that pass :func:`select_vocab` on the new pages, whose prior weight is 0.
    ``n_pages`` / ``n_hosts`` of a prior word add its new pages and sites to the prior's counts (new
    sites are unseen sites); a new word counts the new pages only.  Temperature and smoothing are
    the prior's until refitted (:func:`fit_temperature`).

    Examples
    --------
    >>> texts = ["推进乡村振兴。", "乡村振兴要抓产业。", "迎接文明城市测评。", "文明城市测评要迎检。",
    ...          "改善人居环境。", "人居环境要整治。", "抓好安全生产。", "安全生产要防事故。"]
    >>> labels = [c for c in CLASSES for _ in (0, 1)]
    >>> cut = lambda t: [t[i:i + 4] for i in range(len(t) - 3)]
    >>> prior = fit_model(texts, labels, ["a", "b"] * 4, cut, min_pages=2)
    >>> same = fit_anchored(texts, labels, ["a", "b"] * 4, cut, prior, C=1e-6, min_pages=2)
    >>> max(abs(a - b) for t in prior.token_weights for a, b in zip(prior.token_weights[t], same.token_weights[t])) < 1e-3
    True
    """
    import numpy as np

    token_lists = [tokenize(t) for t in texts]
    new_vocab = select_vocab(token_lists, hosts, min_pages, min_hosts)[0]
    vocab = sorted(set(prior.token_weights) | set(new_vocab))
    X = design(texts, vocab, lexicon)
    y = np.array([CLASSES.index(lab) for lab in labels])
    joined, joined_y = long_text_augmentation(texts, y, long_texts, join)
    if joined:
        X, y = np.vstack([X, design(joined, vocab, lexicon)]), np.concatenate([y, joined_y])
    extra = {"long_texts_new": f"{long_texts} per class, {join} pages joined"} if long_texts else {}
    return _anchored_model(X, y, vocab, new_vocab, [set(t) for t in token_lists], hosts, prior, C, {**extra, **(meta or {})})


def fit_anchored_bags(pages: list[PageBag], prior: TokenModel, *, C: float = 4.0, min_pages: int = 3,
                      min_hosts: int = 2, long_texts: int = 0, join: int = 8, meta: dict | None = None) -> TokenModel:
    """:func:`fit_anchored` on bags of words (``data/classifier_bags.tsv.gz``) instead of texts.

    Features are :func:`corpusmine.text.classify_bags.design_from_bags` (the recorded lexicon
    log-probabilities, the bags' counts of the model words); the long-text augmentation joins bags
    (:func:`corpusmine.text.classify_bags.join_bags`: counts summed, lexicon features approximated).

    Examples
    --------
    >>> prior = TokenModel({"乡村振兴": (1.0, 0.0, 0.0, 0.0)}, {c: (0.0,) * 4 for c in CLASSES}, (0.0,) * 4,
    ...                    1.0, 0.0, {}, Path("prior.tsv"), {"乡村振兴": 5}, {"乡村振兴": 4})
    >>> lp = lexicon_logprob("推进乡村振兴,发展产业。")
    >>> bags = [PageBag(f"u{i}", "rural", f"h{i}.cn", "x", {"乡村振兴": 1, "产业": 1}, lp) for i in range(3)]
    >>> m = fit_anchored_bags(bags, prior, C=1.0)
    >>> m.token_weights["乡村振兴"][0] > 1.0, "产业" in m.token_weights, m.n_pages["乡村振兴"], m.meta["n_new_pages"]
    (True, True, 8, '3')
    """
    import numpy as np

    hosts = [p.host for p in pages]
    new_vocab = select_vocab([list(p.bag) for p in pages], hosts, min_pages, min_hosts)[0]
    vocab = sorted(set(prior.token_weights) | set(new_vocab))
    joined = join_bags(pages, long_texts, join) if long_texts else []
    X = design_from_bags(pages + joined, vocab)
    y = np.array([CLASSES.index(p.label) for p in pages + joined])
    extra = {"long_texts_new": f"{long_texts} per class, {join} bags joined"} if long_texts else {}
    return _anchored_model(X, y, vocab, new_vocab, [set(p.bag) for p in pages], hosts, prior, C,
                           {"features": "from bags of words (design_from_bags)", **extra, **(meta or {})})


def _anchored_weights(X, y, theta0, C: float):
    """Minimise ``NLL + ||theta - theta0||^2 / (2 C)`` for logits ``X @ theta.T`` (scipy L-BFGS-B from ``theta0``).

    A column no row uses has only the penalty's gradient, so its optimum is ``theta0``: only the
    columns some row uses are optimised (the same minimum, found faster).
    """
    import numpy as np
    from scipy.optimize import minimize

    k = theta0.shape[0]
    Y = np.eye(k)[y]
    act = np.flatnonzero(np.any(X != 0, axis=0))
    Xa, t0a = X[:, act], theta0[:, act]

    def objective(flat):
        theta = flat.reshape(k, len(act))
        z = Xa @ theta.T
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        diff = theta - t0a
        loss = -(Y * logp).sum() + (diff * diff).sum() / (2.0 * C)
        grad = (np.exp(logp) - Y).T @ Xa + diff / C
        return loss, grad.ravel()

    res = minimize(objective, t0a.ravel(), jac=True, method="L-BFGS-B", options={"maxiter": 5000, "gtol": 1e-7})
    theta = np.array(theta0, dtype=float)
    theta[:, act] = res.x.reshape(k, len(act))
    return theta


def _anchored_model(X, y, vocab, new_vocab, word_sets, hosts, prior: TokenModel, C: float, meta: dict) -> TokenModel:
    import numpy as np

    X = np.hstack([X, np.ones((X.shape[0], 1))])
    k = len(CLASSES)
    theta0 = np.zeros((k, X.shape[1]))
    for j, t in enumerate(vocab):
        theta0[:, j] = prior.token_weights.get(t, (0.0,) * k)
    for m, c in enumerate(CLASSES):
        theta0[:, len(vocab) + m] = prior.lexicon_weights[c]
    theta0[:, -1] = prior.bias
    theta = _anchored_weights(X, y, theta0, C)
    seen: dict[str, int] = {}
    sites: dict[str, set] = {}
    for words, host in zip(word_sets, hosts):
        for t in words:
            seen[t] = seen.get(t, 0) + 1
            sites.setdefault(t, set()).add(host)
    n_pages = {t: prior.n_pages.get(t, 0) + seen.get(t, 0) for t in vocab}
    n_hosts = {t: prior.n_hosts.get(t, 0) + len(sites.get(t, ())) for t in vocab}
    tokens = {t: tuple(float(w) for w in theta[:, j]) for j, t in enumerate(vocab)}
    lex_w = {c: tuple(float(w) for w in theta[:, len(vocab) + m]) for m, c in enumerate(CLASSES)}
    info = {**prior.meta, "anchor": f"L2 toward the prior weights, C = {C}", "n_new_pages": str(len(word_sets)),
            "n_new_hosts": str(len(set(hosts))), "n_new_tokens": str(len(set(new_vocab) - set(prior.token_weights))),
            **meta}
    return TokenModel(tokens, lex_w, tuple(float(v) for v in theta[:, -1]), prior.temperature, prior.smoothing, info,
                      Path("(fitted)"), n_pages, n_hosts)
