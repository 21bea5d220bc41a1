"""Symbol noise an anti-copy script injects into a page, and pinyin glosses it salted with that noise.

Some mirror sites defend their copies by injecting runs of symbols between the
characters of the text (创ε©≥↑建, 推动π≠★全国) and inside the pinyin glosses of
a glossed page (民(mí ¶n)生, 市(∞←↓♣shì)).  Held-out round 27 found one such
page with 131 marks.  Two families, both only on a page that shows the injection
often (:data:`MIN_RUNS` runs or more), so a speech's own ≥ or ★ stays:

* **noise runs** (rule ``symbol_noise``): one to sixteen characters of the
  injected alphabet (Greek letters, arrows, mathematical operators, dingbats, emoji,
  card suits, ™ © ® ¶ § € ¥ …, with ASCII brackets and ampersands among them; an emoji at a word's edge counts for
  the page gate too, round 75)
  glued to a Chinese character or a bracket; the page gate counts only runs
  between two characters (创ε©≥建) and salted glosses.  A run before a number
  (达标率≥95%, ¥300) and a lone © ® ™ at a word's edge (©某某网) are no runs.
* **noise brackets** (rule ``symbol_noise``): a bracket holding the noise alone, as injected emoji come
  (发展(🌌)(zhǎn), 理(lǐ(🏜) )论); the pinyin gloss it sat in or beside is then an ordinary gloss.
* **lone glyphs** (rule ``symbol_noise``; round 131k): one character an anti-copy script drops inside a sentence, with
  Chinese on both sides (社会生活中™的一件大事, 谋求发展ฉ,取得): a letter of a script no Chinese speech writes in
  (Thai, Lao, Khmer, Myanmar, Devanagari, Arabic, Hebrew) always; a sign of the injected alphabet (™ ☠ ✿) only when
  the page holds two lone glyphs at least, so a speech's lone 鸿蒙™系统 stays.
* **salted glosses** (rule ``pinyin_gloss``): a bracket after a Chinese
  character holding one toned pinyin syllable once the noise is taken out
  ((nλΩ♣èi), (shì∏≥✔™)); a bracket of words, numbers or a clause stays.

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> from corpusmine.text.cleaning_state import CleaningState
>>> page = "创ε©≥↑建文明城(∞←shì)市,推动π≠★全国文明城市创建∏∞¥迈向高质量。今年达标率≥95%。"
>>> st = CleaningState(page)
>>> symbol_noise(st, min_runs=3)
>>> st.doc.output
'创建文明城市,推动全国文明城市创建迈向高质量。今年达标率≥95%。'
"""

from __future__ import annotations

import re

from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.patterns import CJK, PINYIN_SYLLABLE, PINYIN_VOWEL, RE_CJK

__all__ = ["MIN_RUNS", "lone_glyph_spans", "noise_spans", "symbol_noise"]

#: The injected alphabet: Greek, arrows, operators, dingbats, suits, marks and currency signs (no •·, no ①②, and
#: no geometric shapes: ○ writes a zero in 二○二三年, △ opens a caption).
_NOISE = "α-ωΑ-Ω←-⇿∀-⋿⌀-⏿☀-⛿✀-➿™©®¶§€¥£¤‰†‡※\U0001F000-\U0001FAFF\uFE0F\u200D"
#: ASCII the script mixes into a run (<, >, &, quotes), never a run by itself.
_MIXED = "<>&\"'"
#: Geometric shapes and Georgian letters the script mixes into a run (ღ◈✿◈, round 275k), never a run by itself (○ writes
#: a zero, △ opens a caption).
_EXTRA = "\u25a0-\u25ff\u10a0-\u10ff"
_RUN = re.compile(rf"[{_EXTRA}]{{0,4}}[{_NOISE}][{_NOISE}{_EXTRA}{_MIXED} ]{{0,15}}")   # an emoji sequence with its modifiers runs long
#: A bracket after a Chinese character with up to twenty characters in it (a gloss, salted or not).
_BRACKET = re.compile(rf"(?<=[{CJK}])[(（]([^()（）\n{CJK}，。、；：！？,.;:!?]{{1,20}})[)）]")
#: A bracket holding noise only, an injected emoji's usual shape: 发展(🌌)(zhǎn), 理(lǐ(🏜) )论
_NOISE_BRACKET = re.compile(rf"[(（][ \t]*[{_NOISE}][{_NOISE} \t]{{0,7}}[)）]")
_SYLLABLE = re.compile(PINYIN_SYLLABLE)
_TONED = re.compile(f"[{PINYIN_VOWEL}]")
_NOT_PINYIN = re.compile(rf"[^a-zü{PINYIN_VOWEL}]")
#: an emoji pictograph (a speech's own ≥ or ★ is none): counted by the page gate at a word's edge too (round 75)
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF]")
#: The fewest noise runs on a page for either family to act.
MIN_RUNS = 8


def _sides(text: str, a: int, b: int) -> tuple[bool, bool]:
    """Whether Chinese text or a bracket is on the left and on the right of ``text[a:b]``."""
    before = text[a - 1] if a else ""
    after = text[b] if b < len(text) else ""
    return bool(RE_CJK.match(before) or before in "(（)）"), bool(RE_CJK.match(after) or after in "(（)）")


_SIGNS = frozenset("©®™")
#: letters of scripts no Chinese speech writes in, one of them alone inside a Chinese sentence (谋求发展ฉ,取得)
_FOREIGN = "\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CLAUSE = "，。、；：！？,;:!?"
#: the signs a script drops alone: ™, symbols and dingbats (☠ ✿), marks; no emoji (a speaker's post may hold 加油💪!),
#: no Greek letter (β受体) and no operator
_LONE_SIGN = "™☀-⛿✀-➿¶§†‡"
_LONE = re.compile(rf"(?<=[{CJK}])(?:(?P<letter>[{_FOREIGN}])|(?P<sign>[{_LONE_SIGN}]))(?=[{CJK}{_CLAUSE}])")


def lone_glyph_spans(text: str) -> list[tuple[int, int]]:
    """Lone glyphs an anti-copy script dropped inside sentences: a foreign script's letter always, a sign by two.

    Examples
    --------
    >>> t = "这是同乡社会生活中™的一件大事。在深圳艰苦创业,谋求发展ฉ,取得较大成就。"
    >>> [t[a:b] for a, b in lone_glyph_spans(t)]
    ['™', 'ฉ']
    >>> lone_glyph_spans("要用好鸿蒙™系统,推进数字政府建设。")
    []
    """
    found = [(m.start(), m.end(), bool(m.group("letter"))) for m in _LONE.finditer(text)]
    return [(a, b) for a, b, letter in found if letter or len(found) >= 2]


def noise_spans(text: str, *, min_runs: int = MIN_RUNS) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of noise runs and of salted glosses in ``text`` (two empty lists below ``min_runs`` runs).

    Examples
    --------
    >>> runs, glosses = noise_spans("民(mí ¶n)生福祉、塑造城(∞←shì)市∏∞¥人文β¶魅力", min_runs=2)
    >>> len(runs), len(glosses)
    (2, 2)
    >>> noise_spans("今年达标率≥95%,获评★★★级。")
    ([], [])
    >>> runs, _ = noise_spans("武装党员💪🏼、教育师生🤏🏿。后备军🛀🏿。重要内容➙,期盼😤。", min_runs=4)   # emoji at clause ends
    >>> len(runs)
    5
    >>> t = "指出ღ◈✿◈,要树立理念ღ◈✿◈,弘扬生命至上ღ◈✿◈。"   # one run salted at word edges, shapes and letters in it
    >>> [t[a:b] for a, b in noise_spans(t, min_runs=3)[0]]
    ['ღ◈✿◈', 'ღ◈✿◈', 'ღ◈✿◈']
    """
    runs, inside_words, edge_runs = [], 0, {}
    brackets = [m.span() for m in _NOISE_BRACKET.finditer(text)]
    inside_words += len(brackets)
    for m in _RUN.finditer(text):
        a, b = m.span()
        if (b < len(text) and text[b].isdigit()) or (a and text[a - 1].isdigit() and b - a == 1):
            continue          # an operator or a sign before a number (达标率≥95%, ¥300), or a unit after one
        left, right = _sides(text, a, b)
        if left and right:
            inside_words += 1     # injected between two characters (创ε©≥建): what the page gate counts
            runs.append((a, b))
        elif (left or right) and m.group().strip() not in _SIGNS:
            runs.append((a, b))   # at a word's edge (效能∞αβ,); a footer's © before its site name is no run
            inside_words += bool(_PICTOGRAPH.search(m.group()))   # an emoji at a clause's end (党员💪🏼、): no speech's
            edge_runs[m.group()] = edge_runs.get(m.group(), 0) + 1
    glosses = []
    for m in _BRACKET.finditer(text):
        inner = m.group(1)
        letters = _NOT_PINYIN.sub("", inner)
        if (letters != inner.strip() and _TONED.search(letters) and _SYLLABLE.fullmatch(letters)
                and not re.search(r"[A-Z0-9]", inner)):
            glosses.append(m.span())
    # the same run of two signs or more salted at the edges of words again and again (…指出ღ◈✿◈,要…; round 275k)
    inside_words += max((n for run, n in edge_runs.items() if len(run.strip()) >= 2), default=0)
    if inside_words + len(glosses) < min_runs:
        return [], []
    runs = [r for r in runs if not any(g[0] <= r[0] and r[1] <= g[1] for g in glosses + brackets)]
    runs += _salt_spans(text, edge_runs)
    return sorted(set(runs + brackets)), glosses


#: what ends a clause before a salted run: the tokens glued before the runs are read back to it
_TOKEN_EDGE = re.compile(rf"[{_CLAUSE}.%％“”‘’\"'\s]")


def _salt_spans(text: str, edge_runs: dict[str, int]) -> list[tuple[int, int]]:
    """On a salted page, the salt where no Chinese touches it and the tokens glued before it.

    A run of two signs or more found three times or more at the edges of words (ღ◈✿◈) goes wherever it stands
    (between two clause marks: ,ღ◈✿◈。); a token glued before the runs (a casino's brand 某发K8国际, a jammer of four
    characters) goes when it stands before three runs or more and never anywhere else, save before another such token
    (round 275k): a word of the speech also stands where no run follows it, and stays.

    Examples
    --------
    >>> t = ("理念淹尺乃南ღ◈✿◈,安全工作某发K8国际ღ◈✿◈。,ღ◈✿◈。公安淹尺乃南ღ◈✿◈、约4.8%淹尺乃南某发K8国际ღ◈✿◈,整治某发K8国际ღ◈✿◈,"
    ...      "强调问题ღ◈✿◈。研判问题,至上淹尺乃南ღ◈✿◈,难点某发K8国际娱乐ღ◈✿◈。")
    >>> runs, _ = noise_spans(t, min_runs=3)
    >>> "".join(c for i, c in enumerate(t) if not any(a <= i < b for a, b in runs))
    '理念,安全工作。,。公安、约4.8%,整治,强调问题。研判问题,至上,难点娱乐。'
    """
    salts = {run for run, n in edge_runs.items() if n >= 3 and len(run.strip()) >= 2}
    if not salts:
        return []
    spans = [m.span() for m in re.finditer("|".join(map(re.escape, sorted(salts, key=len, reverse=True))), text)]
    starts = {a for a, _ in spans}
    # the tokens glued before a run: the longest tail of the text before it (2-8 characters, back to a clause mark)
    # that stands before three runs or more
    before: dict[str, int] = {}
    tails = []
    for a, _ in spans:
        seg = text[max(0, a - 12):a]
        cut = max((m.end() for m in _TOKEN_EDGE.finditer(seg)), default=0)
        seg = seg[cut:]
        cands = [seg[-k:] for k in range(2, min(8, len(seg)) + 1)]
        tails.append(cands)
        for c in cands:
            before[c] = before.get(c, 0) + 1
    tokens = {}
    for cands in tails:
        ok = [c for c in cands if before[c] >= 3]
        if ok:
            tokens[ok[-1]] = tokens.get(ok[-1], 0) + 1
    out = list(spans)
    names = sorted(tokens, key=len, reverse=True)
    for token in names:
        hits = [m.start() for m in re.finditer(re.escape(token), text)]
        # a run or another token next, or one or two characters before it (某发K8国际娱乐ღ◈✿◈)
        glued = [i for i in hits if any(j in starts or any(text.startswith(o, j) for o in names if o != token)
                                        for j in range(i + len(token), i + len(token) + 3)
                                        if not _TOKEN_EDGE.match(text[i + len(token):j] or "x"))]
        if len(glued) == len(hits) and len(hits) >= 3 and (len(token) >= 4 or re.search(r"[A-Za-z0-9]", token)):
            out += [(i, i + len(token)) for i in glued]
    return out


def symbol_noise(st: CleaningState, *, min_runs: int = MIN_RUNS) -> None:
    """Delete injected symbol runs (rule ``symbol_noise``) and salted glosses (rule ``pinyin_gloss``).

    Parameters
    ----------
    st : CleaningState
    min_runs : int, default MIN_RUNS
        The fewest runs inside words and salted glosses on a page for the rule to act.

    Examples
    --------
    >>> st = CleaningState("创ε©≥建文明城(∞←shì)市,推动π≠★全国文明城市创建∏∞¥迈向高质量。达标率≥95%。")
    >>> symbol_noise(st, min_runs=3)
    >>> st.doc.output
    '创建文明城市,推动全国文明城市创建迈向高质量。达标率≥95%。'
    """
    _, view = st.view()
    st.doc.delete_many(lone_glyph_spans(view), "symbol_noise")
    _, view = st.view()
    if not _RUN.search(view):
        return
    runs, glosses = noise_spans(view, min_runs=min_runs)     # disjoint: runs inside a salted gloss go with it
    st.delete_spans([(a, b, "pinyin_gloss") for a, b in glosses] + [(a, b, "symbol_noise") for a, b in runs])
