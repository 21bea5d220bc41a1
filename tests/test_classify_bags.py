"""The development pages' bags of words: readable back, agreeing with the page list, holding no sentence."""

from __future__ import annotations

import gzip
import math

import pytest

from corpusmine.text.classify_bags import (
    PageBag,
    bag_counts,
    bag_of_words,
    format_bag,
    join_bags,
    load_bags,
    parse_bag,
    write_bags,
)
from corpusmine.text.classify_eval import load_pages
from corpusmine.text.classify_fit import fit_anchored_bags
from corpusmine.text.classify_model import CLASSES, load_model


def test_bags_round_trip_and_write_the_same_bytes_twice(tmp_path):
    pages = [PageBag("https://a.example/讲话/1", "rural", "a.example", "16", {"乡村振兴": 3, "产业": 1},
                     {"rural": -0.0101, "other": -4.6}),
             PageBag("https://b.example/2", "other", "b.example", "16", {"安全生产": 2})]
    write_bags(tmp_path / "a.tsv.gz", pages)
    write_bags(tmp_path / "b.tsv.gz", pages)
    assert load_bags(tmp_path / "a.tsv.gz") == pages
    assert (tmp_path / "a.tsv.gz").read_bytes() == (tmp_path / "b.tsv.gz").read_bytes()


def test_a_bag_keeps_counts_not_order():
    words = ["要", "推进", "乡村振兴", "推进", "人居环境", "整治"]
    bag = bag_of_words("要推进乡村振兴,推进人居环境整治。", lambda t: words)
    assert bag == {"要": 1, "推进": 2, "乡村振兴": 1, "人居环境": 1, "整治": 1}
    assert format_bag(bag) == "推进:2 乡村振兴:1 人居环境:1 整治:1 要:1"   # count, then code point
    assert format_bag(bag) == format_bag(dict(reversed(list(bag.items()))))
    assert bag_counts(bag, {"乡村振兴", "人居环境", "文明城市"}) == {"乡村振兴": 1, "人居环境": 1}


def test_shipped_bags_agree_with_the_page_list():
    pages = load_pages().set_index("url")["label"]
    bags = load_bags()
    assert len(bags) >= 50
    assert all(b.url in pages.index and pages[b.url] == b.label for b in bags)
    assert len({b.host for b in bags}) >= 40
    assert all(set(b.lexicon) == {"rural", "civilised_city", "environment", "other"} for b in bags)
    assert all(abs(sum(math.exp(v) for v in b.lexicon.values()) - 1) < 0.01 for b in bags)


def test_shipped_bags_hold_words_not_sentences():
    from corpusmine.tokens.tokenizer import Tokenizer

    long_words = set()
    for b in load_bags():
        counts = list(b.bag.values())
        assert counts == sorted(counts, reverse=True)
        assert not any(c in w for w in b.bag for c in ",。!?;、“”")
        long_words |= {w for w in b.bag if len(w) > 12}
    cut = Tokenizer(cache_dir=None).cut      # a long entry is one dictionary word (外交部驻香港特别行政区特派员公署), no phrase
    assert all(cut(w) == [w] for w in long_words)


def test_a_bad_bags_file_names_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("url\tlabel\thost\tround\tbag\tlexicon\nhttps://a.example/1\t乡村振兴\ta.example\t16\t乡村振兴:1\t\n")
    with pytest.raises(ValueError, match=r"bad\.tsv\.gz: line 2: unknown label"):
        load_bags(bad)
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("url\tlabel\thost\tround\tbag\tlexicon\nhttps://a.example/1\trural\ta.example\t16\t乡村振兴\t\n")
    with pytest.raises(ValueError, match=r"line 2: bag entry"):
        load_bags(bad)
    with pytest.raises(ValueError, match="not word:count"):
        parse_bag("乡村振兴:x")


def test_design_from_bags_matches_design_on_the_text_when_words_are_whole():
    from corpusmine.text.classify_bags import design_from_bags
    from corpusmine.text.classify_fit import design, lexicon_logprob
    from corpusmine.text.classify_model import CLASSES

    text = "推进乡村振兴,乡村振兴要抓产业,改善人居环境。"
    words = ["推进", "乡村振兴", "乡村振兴", "抓", "产业", "改善", "人居环境"]
    lp = lexicon_logprob(text)
    page = PageBag("https://a.example/1", "rural", "a.example", "16", bag_of_words(text, lambda t: words),
                   {c: lp[c] for c in CLASSES})
    vocab = ["乡村振兴", "产业", "人居环境", "文明城市"]
    assert abs(design_from_bags([page], vocab) - design([text], vocab)).max() < 1e-9
    with pytest.raises(ValueError, match="no lexicon"):
        design_from_bags([PageBag("https://b.example/2", "other", "b.example", "16", {"产业": 1})], vocab)


def test_join_bags_sums_counts_of_one_class_and_mixes_the_lexicon():
    lp = {c: math.log(0.25) for c in CLASSES}
    pages = [PageBag(f"https://a.example/{i}", lab, f"h{i}.example", "16", {"人居环境": i + 1}, lp)
             for i, lab in enumerate(["environment", "environment", "other"])]
    joined = join_bags(pages, 2, join=2)
    assert [j.label for j in joined] == ["environment", "environment", "other", "other"]
    assert joined[0].bag == {"人居环境": 3} and joined[2].bag == {"人居环境": 3}   # "other" has one bag only
    assert all(abs(j.lexicon[c] - math.log(0.25)) < 1e-9 for j in joined for c in CLASSES)


def test_anchored_refit_from_the_shipped_bags_with_a_tight_anchor_keeps_the_shipped_weights():
    prior = load_model()
    model = fit_anchored_bags(load_bags(), prior, C=1e-6)
    assert set(prior.token_weights) <= set(model.token_weights)
    assert max(abs(a - b) for t, w in prior.token_weights.items() for a, b in zip(w, model.token_weights[t])) < 1e-3
    assert int(model.meta["n_new_pages"]) == len(load_bags())
