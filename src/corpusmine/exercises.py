"""Self-checks for the exercises of the tutorial notebook (``notebooks/00_tutorial.ipynb``).

Each check takes the student's answer (and what it needs to recompute the
right one) and returns a :class:`Check`: passed, failed with the reason, or
"not answered yet" while the answer is still the placeholder ``...``.  A
check never raises on a wrong answer, so the notebook runs top to bottom
with the exercises left open; ``tests/test_exercises.py`` runs every check
on the right answer, on a plausible wrong one and on the placeholder.

Examples
--------
>>> check_script_count("環境和环境", ...)
check not answered yet: replace the ... placeholder with your answer and re-run the cell
>>> check_script_count("環境和环境", 2)
check ✓ passed: 环境 occurs 2 times once both scripts are counted as one word
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from corpusmine.features import doc_frequency
from corpusmine.stats.keyness import keyness
from corpusmine.text.clean import clean_text, convert_script
from corpusmine.tokens.tokenizer import is_punctuation

__all__ = ["Check", "check_clean", "check_keep_stopwords", "check_script_count", "check_vocabulary",
           "check_user_dictionary", "check_widespread", "check_dispersion_keyness"]

PASSED, FAILED, OPEN = "passed", "failed", "not answered yet"


@dataclass(frozen=True)
class Check:
    """The outcome of one self-check: ``status`` and a message saying why.

    Parameters
    ----------
    status : {"passed", "failed", "not answered yet"}
    message : str

    Examples
    --------
    >>> Check("failed", "指标 is used by one speech only")
    check ✗ failed: 指标 is used by one speech only
    >>> Check("passed", "乡村振兴 stays whole").passed
    True
    """

    status: str
    message: str = ""

    @property
    def passed(self) -> bool:
        """True when the answer is right.

        Examples
        --------
        >>> Check("not answered yet").passed
        False
        """
        return self.status == PASSED

    def __repr__(self) -> str:
        mark = {PASSED: " ✓", FAILED: " ✗"}.get(self.status, "")
        return f"check{mark} {self.status}" + (f": {self.message}" if self.message else "")

    __str__ = __repr__


def _open(answer) -> Check | None:
    if answer is Ellipsis or answer is None:
        return Check(OPEN, "replace the ... placeholder with your answer and re-run the cell")
    return None


def _fail(message: str) -> Check:
    return Check(FAILED, message)


def check_clean(page: str, cleaned, placeholder: str = "〔某〕") -> Check:
    """Exercise 1: the scraped page ``page`` cleaned into ``cleaned``.

    Site chrome (navigation, publication metadata, copyright line) must go, the
    watermark 老秘网 must be cut out of 我老秘网县 leaving 我县, an
    anonymised ``xx`` must become ``placeholder``, and the sentences of the
    speech must survive.

    Parameters
    ----------
    page : str
        The raw page of the exercise.
    cleaned : str or ``...``
        The student's cleaned text.
    placeholder : str

    Returns
    -------
    Check

    Examples
    --------
    >>> page = "当前位置:首页 > 讲话稿\\n今年xx月底前,我老秘网县要完成创文网报资料。"
    >>> check_clean(page, "今年〔某〕月底前,我县要完成创文网报资料。")
    check ✓ passed: chrome removed, watermark cut out, placeholder set, speech kept
    >>> check_clean(page, page.splitlines()[1]).passed      # chrome line dropped by hand, nothing else
    False
    """
    if (c := _open(cleaned)) is not None:
        return c
    if not isinstance(cleaned, str):
        return _fail(f"expected the cleaned text as a str, got {type(cleaned).__name__}")
    left = [w for w in ("首页", "当前位置", "发布时间", "来源", "版权所有") if w in cleaned]
    if left:
        return _fail(f"site chrome left in the text: {', '.join(left)}")
    if "老秘网" in page and ("老秘网" in cleaned or "我县" not in cleaned):
        return _fail("the watermark 老秘网 must be cut out of 我老秘网县, leaving 我县")
    if "xx" in page.lower() and (placeholder not in cleaned or "xx" in cleaned.lower()):
        return _fail(f"the anonymisation mark xx should become the placeholder {placeholder}")
    lost = [line[:12] for line in clean_text(page).splitlines() if line.strip() and line.strip() not in cleaned]
    if lost:
        return _fail(f"speech text was removed: {', '.join(lost)} …")
    return Check(PASSED, "chrome removed, watermark cut out, placeholder set, speech kept")


def check_keep_stopwords(words, keep: tuple = ("要",), whole: tuple = ("人居环境", "撂荒地")) -> Check:
    """Exercise 3: a sentence cut by a Tokenizer that keeps stop words.

    Parameters
    ----------
    words : list of str or ``...``
        The student's tokens.
    keep : tuple of str
        Stop words that must be kept (the modal verb 要).
    whole : tuple of str
        Domain terms that must stay one word (stock jieba splits them).

    Returns
    -------
    Check

    Examples
    --------
    >>> check_keep_stopwords(["要", "把", "撂荒地", "整治", "和", "人居环境", "整治"])
    check ✓ passed: 要 kept, 人居环境, 撂荒地 whole, no punctuation
    >>> check_keep_stopwords(["要", "把", "撂荒地", "整治", "和", "人居", "环境", "整治"])
    check ✗ failed: 人居环境 is cut into pieces: stock jieba splits it, corpusmine's Tokenizer keeps it whole
    """
    if (c := _open(words)) is not None:
        return c
    if isinstance(words, str) or not all(isinstance(w, str) for w in words):
        return _fail("expected a list of words (str), e.g. from Tokenizer.cut")
    words = list(words)
    missing = [w for w in keep if w not in words]
    if missing:
        return _fail(f"{', '.join(missing)} is a stop word: this Tokenizer must keep it (remove_stopwords=False)")
    for term in whole:
        if term not in words:
            return _fail(f"{term} is cut into pieces: stock jieba splits it, corpusmine's Tokenizer keeps it whole")
    marks = [w for w in words if not w.strip() or is_punctuation(w)]
    if marks:
        return _fail(f"punctuation or spaces counted as words: {marks[:3]}")
    return Check(PASSED, f"{', '.join(keep)} kept, {', '.join(whole)} whole, no punctuation")


def check_script_count(text: str, count, word: str = "环境") -> Check:
    """Exercise 2: how often ``word`` occurs in ``text``, Traditional and Simplified spellings together.

    Parameters
    ----------
    text : str
        Text mixing Traditional (環境) and Simplified (环境) script.
    count : int or ``...``
        The student's count.
    word : str
        The word, in Simplified script.

    Returns
    -------
    Check

    Examples
    --------
    >>> mixed = "加強城鄉環境綜合整治。改善农村人居环境。"
    >>> check_script_count(mixed, mixed.count("环境"))
    check ✗ failed: 1 counts one script only: 環境 (Traditional) occurs 1 times, 环境 (Simplified) 1 times
    """
    if (c := _open(count)) is not None:
        return c
    simple = convert_script(text, "t2s")
    right = simple.count(word)
    spellings = {text[m.start():m.end()] for m in re.finditer(re.escape(word), simple)} - {word}
    traditional = "/".join(sorted(spellings)) or word
    n_simple = text.count(word)
    n_trad = right - n_simple
    try:
        count = int(count)
    except (TypeError, ValueError):
        return _fail(f"expected a number, got {type(count).__name__}")
    if count == right:
        return Check(PASSED, f"{word} occurs {right} times once both scripts are counted as one word")
    if count in (n_simple, n_trad):
        return _fail(f"{count} counts one script only: {traditional} (Traditional) occurs {n_trad} times, "
                     f"{word} (Simplified) {n_simple} times")
    return _fail(f"{count} is not the number of occurrences of {word} in either script; "
                 "convert the text to Simplified first (cm.clean_text does), then count")


def check_vocabulary(vocabulary, words) -> Check:
    """Exercise 5: the vocabulary a word counter learnt from space-joined ``words`` keeps every word.

    Parameters
    ----------
    vocabulary : iterable of str or ``...``
        The counter's vocabulary (e.g. ``CountVectorizer.vocabulary_`` or
        ``get_feature_names_out()``).
    words : list of str
        The Tokenizer's words the counter was given.

    Returns
    -------
    Check

    Examples
    --------
    >>> words = ["要", "把", "人居环境", "整治", "抓实", "抓细"]
    >>> check_vocabulary(["人居环境", "整治", "抓实", "抓细"], words)
    check ✗ failed: 2 one-character words lost (要, 把): CountVectorizer's default token_pattern keeps only words of 2+ characters
    >>> check_vocabulary(words, words)
    check ✓ passed: all 6 word types kept, 2 of them one character long
    """
    if (c := _open(vocabulary)) is not None:
        return c
    if isinstance(vocabulary, str):
        return _fail("expected a collection of words, not one string")
    vocab = {str(v) for v in vocabulary}
    types = list(dict.fromkeys(words))
    lost = [w for w in types if w not in vocab and w.lower() not in vocab]
    extra = sorted(v for v in vocab if v not in types and v.lower() not in {w.lower() for w in types})
    one = [w for w in lost if len(w) == 1]
    if one:
        return _fail(f"{len(one)} one-character words lost ({', '.join(one[:5])}): CountVectorizer's default "
                     "token_pattern keeps only words of 2+ characters")
    if extra:
        return _fail(f"features that are not words of the Tokenizer ({', '.join(extra[:3])}): "
                     "give the counter the segmented words, not the raw text")
    if lost:
        return _fail(f"words lost: {', '.join(lost[:5])}")
    return Check(PASSED, f"all {len(types)} word types kept, {sum(len(w) == 1 for w in types)} of them one "
                         "character long")


def check_user_dictionary(before, after, text: str, term: str,
                          control: str = "要把撂荒地整治和人居环境整治抓实抓细") -> Check:
    """Exercise 4: a user-dictionary entry keeps ``term`` whole.

    Parameters
    ----------
    before : Tokenizer
        The project's Tokenizer (must split ``term``: otherwise there is nothing to teach).
    after : Tokenizer or ``...``
        The student's Tokenizer with the extra entry.
    text : str
        A sentence containing ``term``.
    term : str
        The compound the entry adds.
    control : str
        A sentence whose project terms must stay whole with ``after`` too (the
        extra entry adds to the project dictionary, it does not replace it).

    Returns
    -------
    Check

    Examples
    --------
    >>> from corpusmine.tokens.tokenizer import Tokenizer
    >>> tok = Tokenizer(cache_dir=None)
    >>> check_user_dictionary(tok, tok, "深入开展垃圾分类工作", "垃圾分类")
    check ✗ failed: 垃圾分类 is still cut (垃圾 / 分类): add it to the user dictionary of this Tokenizer
    """
    if (c := _open(after)) is not None:
        return c
    if not hasattr(after, "raw_tokens"):
        return _fail(f"expected a corpusmine Tokenizer, got {type(after).__name__}")
    if term not in text:
        return _fail(f"{term} does not occur in the sentence {text!r}")
    was = before.raw_tokens(text)
    if term in was:
        return _fail(f"{term} was already whole before your entry: choose a compound the project's dictionary splits")
    now = after.raw_tokens(text)
    if term not in now:
        pieces = " / ".join(w for w in now if w in term)
        return _fail(f"{term} is still cut ({pieces}): add it to the user dictionary of this Tokenizer")
    ref = before.raw_tokens(control)
    lost = [w for w in ref if len(w) > 1 and w not in after.raw_tokens(control)]
    if lost:
        return _fail(f"project terms are split now ({', '.join(lost)}): add your entry to the project's "
                     "user dictionary instead of replacing it")
    split = " / ".join(w for w in was if w in term)
    return Check(PASSED, f"{term} was cut ({split}) and is one word now; the project's terms stay whole")


def check_widespread(answer, words_by_group: pd.DataFrame, group: str = "rural", n: int = 10,
                     min_speeches: int = 2) -> Check:
    """Exercise 6: the ``n`` most frequent words of ``group`` used in at least ``min_speeches`` speeches.

    Parameters
    ----------
    answer : DataFrame or ``...``
        Rows of ``words_by_group`` (columns ``group, term, count, n_speeches``), most frequent first.
    words_by_group : DataFrame
        The tidy table the answer is taken from.
    group : str
    n : int
    min_speeches : int

    Returns
    -------
    Check

    Examples
    --------
    >>> wbg = pd.DataFrame({"group": ["rural"] * 3, "term": ["工作", "指标", "确保"],
    ...                     "count": [48, 19, 14], "n_speeches": [2, 1, 2]})
    >>> check_widespread(wbg.head(2), wbg, n=2)
    check ✗ failed: 指标 is used in 1 speech(es): keep only words with n_speeches >= 2
    >>> check_widespread(wbg.query("n_speeches >= 2").head(2), wbg, n=2)
    check ✓ passed: 工作, 确保: the 2 most frequent rural words used in 2+ speeches
    """
    if (c := _open(answer)) is not None:
        return c
    if not isinstance(answer, pd.DataFrame) or not {"group", "term", "count", "n_speeches"} <= set(answer.columns):
        return _fail("expected rows of words_by_group (columns group, term, count, n_speeches)")
    if not (answer["group"] == group).all():
        return _fail(f"keep only the rows of group {group!r}")
    few = answer[answer["n_speeches"] < min_speeches]
    if len(few):
        row = few.iloc[0]
        return _fail(f"{row['term']} is used in {int(row['n_speeches'])} speech(es): keep only words with "
                     f"n_speeches >= {min_speeches}")
    right = (words_by_group[(words_by_group["group"] == group) & (words_by_group["n_speeches"] >= min_speeches)]
             .sort_values(["count", "term"], ascending=[False, True], kind="mergesort").head(n))
    if len(answer) != len(right):
        return _fail(f"expected {len(right)} rows, got {len(answer)}")
    if not answer["count"].is_monotonic_decreasing:
        return _fail("sort by count, most frequent first")
    if list(answer["count"]) != list(right["count"]) or set(answer["term"]) != set(right["term"]):
        missing = [t for t in right["term"] if t not in set(answer["term"])]
        return _fail(f"not the most frequent qualifying words: {', '.join(missing[:3])} should be in")
    return Check(PASSED, f"{', '.join(answer['term'])}: the {n} most frequent {group} words used in "
                         f"{min_speeches}+ speeches")


def check_dispersion_keyness(answer, counts: pd.DataFrame, dtm, target: str = "rural", min_docs: int = 2,
                             unit: str = "speech_id") -> Check:
    """Exercise 7: keyness of ``target`` against the rest, keeping words used by ``min_docs`` distinct speeches.

    The speeches using each word are counted here from the document-term
    matrix, independently of :func:`~corpusmine.stats.keyness.keyness`: a
    speech split across groups counts once.

    Parameters
    ----------
    answer : DataFrame or ``...``
        The student's keyness table.
    counts : DataFrame
        Term × group counts.
    dtm : DocumentTermMatrix
    target : str
    min_docs : int
    unit : str
        The column of the documents naming the speech.

    Returns
    -------
    Check

    Examples
    --------
    >>> check_dispersion_keyness(pd.DataFrame({"term": ["乡村振兴"]}), None, None)
    check ✗ failed: expected a keyness table (columns term, target, reference, logodds_z)
    """
    if (c := _open(answer)) is not None:
        return c
    if not isinstance(answer, pd.DataFrame) or not {"term", "target", "reference", "logodds_z"} <= set(answer.columns):
        return _fail("expected a keyness table (columns term, target, reference, logodds_z)")
    if not (answer["target"] == target).all() or not (answer["reference"] == "rest").all():
        return _fail(f"compare {target!r} with the rest of the corpus")
    speeches = (doc_frequency(dtm, by=unit) > 0).sum(axis=1)
    used = speeches.reindex(answer["term"]).fillna(0).astype(int)
    few = used[used < min_docs]
    if len(few):
        return _fail(f"{few.index[0]} is used by {few.iloc[0]} distinct speech(es) only (a speech split across "
                     f"groups counts once): keep words of {min_docs}+ speeches")
    right = keyness(counts, target, dtm=dtm, min_docs=min_docs)
    if set(answer["term"]) != set(right["term"]):
        missing = [t for t in right["term"] if t not in set(answer["term"])]
        return _fail(f"{len(right) - len(answer)} qualifying words missing (e.g. {', '.join(missing[:3])}): "
                     "filter on distinct speeches, not on anything else")
    if not answer["logodds_z"].is_monotonic_decreasing:
        return _fail("rank by the weighted log-odds z, largest first")
    return Check(PASSED, f"{len(answer)} words used by {min_docs}+ distinct speeches; top {target} word: "
                         f"{answer['term'].iloc[0]}")
