"""The evaluation tools and the labelled-page list behind the classifier's measured accuracy."""

from __future__ import annotations

import pytest

from corpusmine.text.classify import classify_text, load_lexicon
from corpusmine.text.classify_eval import (
    calibration_error,
    evaluate,
    fit_calibration,
    keyword_baseline,
    label_metrics,
    load_pages,
    main,
    reliability,
    split_of,
    wilson_interval,
)


def test_page_list_is_urls_and_labels_with_fixed_split():
    pages = load_pages()
    assert list(pages.columns) == ["url", "label", "split"]
    assert len(pages) >= 290 and pages["url"].is_unique
    assert all(u.startswith("http") for u in pages["url"])
    assert all(pages["split"] == [split_of(u) for u in pages["url"]])
    counts = pages.groupby(["split", "label"]).size()
    assert (counts >= 25).all() and len(counts) == 8          # every label has 25+ pages on both sides
    assert (pages["split"] == "heldout").sum() >= 150


def test_page_list_and_learned_pages_list_agree():
    from corpusmine import config

    pages = load_pages()
    learned = {}
    with open(config.DATA_DIR / "dev_pages_classifier.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            url, label = line.rstrip("\n").split("\t")
            learned[url] = label
    assert learned == dict(zip(pages["url"], pages["label"]))


def test_bad_page_list_names_the_file_and_line(tmp_path):
    p = tmp_path / "pages.tsv"
    p.write_text("url\tlabel\tsplit\nhttps://a.example/1\tcampaign\tdev\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"pages\.tsv: line 2: unknown label"):
        load_pages(p)


def test_keyword_baseline_misses_what_the_classifier_reads():
    text = "要持续改善农村人居环境,抓好农村改厕和生活垃圾治理,全面提升村容村貌。"
    assert keyword_baseline("全县上下要集中整治脏乱差,抓好环境卫生和垃圾清运。") == "other"
    assert classify_text("全县上下要集中整治脏乱差,抓好环境卫生和垃圾清运。").label == "environment"
    assert keyword_baseline(text) == classify_text(text).label == "environment"


def test_evaluate_counts_a_confusion_matrix():
    texts = ["推进乡村振兴。", "创文工作要迎检。", "抓好安全生产。", "整治脏乱差。"]
    labels = ["rural", "civilised_city", "other", "environment"]
    r = evaluate(texts, labels, keyword_baseline)
    assert r["n"] == 4 and r["accuracy"] == 0.75
    assert r["confusion"].loc["environment", "other"] == 1


def test_reliability_bins_confidence_against_accuracy():
    t = reliability([0.55, 0.65, 0.95, 0.99], [False, True, True, True])
    assert t["n"].sum() == 4 and t["accuracy"].tolist() == [0.0, 1.0, 1.0]


def test_fit_recovers_a_positive_slope_and_ranks_confidence():
    texts = ["要推进乡村振兴,防止返贫,稳定粮食生产。", "抓好安全生产,防范各类事故,做好防汛。",
             "创文工作要迎接文明城市测评,清理牛皮癣。", "整治城镇脏乱差,推进城乡环境综合整治,抓好环境卫生。",
             "做好教育工作,关心教师,办好每一所学校。", "巩固脱贫攻坚成果,推进乡村振兴有效衔接。"]
    labels = ["rural", "other", "civilised_city", "environment", "other", "rural"]
    p = fit_calibration(texts, labels)
    assert p["slope"] > 0 and p["other_weight"] >= 0 and p["other_bias"] == 0.0


def test_shipped_calibration_flags_the_ambiguous_not_the_clear():
    lex = load_lexicon()
    clear = classify_text("今天召开全县创建全国文明城市推进会,迎接中央文明办年度测评。", lexicon=lex)
    unclear = classify_text("会议要求各单位抓好落实。要推进乡村振兴。要抓好安全生产。", lexicon=lex)
    assert not clear.needs_review and clear.confidence > 0.9
    assert unclear.needs_review or unclear.confidence < clear.confidence


def test_command_line_measures_a_texts_file(tmp_path, capsys):
    pages = load_pages()
    rows = pages.groupby("label").head(1)
    sample = {"rural": "要推进乡村振兴,稳定粮食生产。", "civilised_city": "全力冲刺文明城市测评。",
              "environment": "深化城乡环境综合整治。", "other": "抓好安全生产,防范事故。"}
    f = tmp_path / "texts.tsv"
    f.write_text("".join(f"{u}\t{sample[lab]}\n" for u, lab in zip(rows["url"], rows["label"])), encoding="utf-8")
    assert main(["measure", str(f)]) == 0
    out = capsys.readouterr().out
    assert "classifier: accuracy" in out and "keyword baseline" in out


def test_wilson_interval_brackets_the_rate_and_narrows_with_n():
    lo, hi = wilson_interval(149, 151)
    assert lo < 149 / 151 < hi and round(lo, 3) == 0.953
    lo2, hi2 = wilson_interval(298, 302)
    assert hi2 - lo2 < hi - lo
    assert wilson_interval(10, 10)[1] == 1.0 and wilson_interval(0, 10)[0] == 0.0


def test_label_metrics_counts_precision_and_recall_per_label():
    labels = ["rural", "rural", "environment", "other", "other"]
    pred = ["rural", "environment", "environment", "other", "civilised_city"]
    t = label_metrics(labels, pred).set_index("label")
    assert t.loc["rural", "recall"] == 0.5 and t.loc["rural", "precision"] == 1.0
    assert t.loc["environment", "precision"] == 0.5 and t.loc["other", "recall"] == 0.5
    assert t.loc["civilised_city", "precision"] == 0.0 and t.loc["civilised_city", "n"] == 0


def test_calibration_error_is_zero_when_confidence_matches_accuracy():
    assert calibration_error([0.75] * 4, [True, True, True, False]) == 0.0
    assert calibration_error([1.0, 1.0], [False, False]) == 1.0
    assert calibration_error([0.95, 0.55], [True, False]) == pytest.approx((0.05 + 0.55) / 2)


def test_command_line_reports_interval_per_label_and_calibration(tmp_path, capsys):
    pages = load_pages()
    rows = pages.groupby(["split", "label"]).head(1)
    sample = {"rural": "要推进乡村振兴,稳定粮食生产。", "civilised_city": "全力冲刺文明城市测评。",
              "environment": "深化城乡环境综合整治。", "other": "抓好安全生产,防范事故。"}
    f = tmp_path / "texts.tsv"
    f.write_text("".join(f"{u}\t{sample[lab]}\n" for u, lab in zip(rows["url"], rows["label"])), encoding="utf-8")
    assert main(["measure", str(f)]) == 0
    out = capsys.readouterr().out
    assert "95% Wilson interval" in out and "precision" in out and "ECE" in out and "flagged" in out


def test_prequential_fit_scores_each_page_with_its_own_lexicon_and_learns_smoothing():
    import dataclasses

    lex = load_lexicon()
    # an older lexicon that had not yet learned the rural-civilisation family
    older = dataclasses.replace(lex, other_terms={t: w for t, w in lex.other_terms.items()
                                                  if t not in ("移风易俗", "文明乡风", "红白理事会", "婚事新办")})
    texts = ["推进乡村振兴,防止返贫,稳定粮食生产。", "抓好安全生产,防范各类事故。",
             "创文工作要迎接文明城市测评,清理牛皮癣。", "整治城镇脏乱差,推进城乡环境综合整治。",
             "村里成立红白理事会,婚事新办,推动移风易俗,培育文明乡风,提升社会文明程度和市民素质。"]
    labels = ["rural", "other", "civilised_city", "environment", "other"]
    now = fit_calibration(texts, labels, other_weight=1.5, smoothing=True)
    before = fit_calibration(texts, labels, other_weight=1.5, smoothing=True, lexicons=[lex] * 4 + [older])
    # scored by the lexicon that had not seen it, the last page is a confident error: the fit is less sure
    assert before["slope"] < now["slope"] or before["smoothing"] > now["smoothing"]
    with pytest.raises(ValueError, match="5 texts but 4 lexicons"):
        fit_calibration(texts, labels, lexicons=[lex] * 4)


def test_command_line_fits_prequentially_on_the_listed_pages(tmp_path, capsys):
    import shutil

    from corpusmine import config

    pages = load_pages()
    rows = pages[pages["split"] == "dev"].groupby("label").head(2)
    body = {"rural": "要推进乡村振兴,稳定粮食生产。", "civilised_city": "全力冲刺文明城市测评。",
            "environment": "深化城乡环境综合整治。", "other": "抓好安全生产,防范事故。"}
    f = tmp_path / "texts.tsv"
    f.write_text("".join(f"{u}\t{body[y]}\n" for u, y in zip(rows["url"], rows["label"])), encoding="utf-8")
    shutil.copy(config.CAMPAIGNS, tmp_path / "older.yaml")
    listed = rows["url"].tolist()[:5]
    (tmp_path / "scored_by.tsv").write_text("".join(f"{u}\tolder.yaml\n" for u in listed), encoding="utf-8")
    assert main(["fit", str(f), "--other-weight", "1.5", "--smoothing", "--scored-by",
                 str(tmp_path / "scored_by.tsv")]) == 0
    out = capsys.readouterr().out
    assert "'other_weight': 1.5" in out and "'smoothing':" in out


# --- the learned model: fitting, grouped cross-validation, calibration -------------------------------------

_TRAIN = [
    ("推进乡村振兴,发展乡村产业,带动农民增收。", "rural", "a.cn"),
    ("乡村振兴要抓产业,稳定粮食生产。", "rural", "b.cn"),
    ("稳定粮食生产,推进乡村振兴。", "rural", "c.cn"),
    ("创建全国文明城市,迎接年度测评。", "civilised_city", "a.cn"),
    ("文明城市测评在即,各单位要迎检整改。", "civilised_city", "b.cn"),
    ("对照文明城市测评体系,抓好迎检。", "civilised_city", "c.cn"),
    ("整治脏乱差,改善农村人居环境。", "environment", "a.cn"),
    ("人居环境整治要清理垃圾,整治脏乱差。", "environment", "b.cn"),
    ("开展村庄清洁行动,改善人居环境。", "environment", "c.cn"),
    ("抓好安全生产,严防各类事故。", "other", "a.cn"),
    ("汛期要抓好安全生产和防汛值守。", "other", "b.cn"),
    ("排查安全隐患,抓好安全生产。", "other", "c.cn"),
]


def _bigrams(text):
    return [text[i:i + 2] for i in range(len(text) - 1)]


def test_fit_model_keeps_tokens_of_three_pages_on_two_sites_and_labels_new_text():
    from corpusmine.text.classify_eval import fit_model, lexicon_logprob

    texts, labels, hosts = map(list, zip(*_TRAIN))
    m = fit_model(texts, labels, hosts, _bigrams)
    assert "乡村" in m.vocab and "城市" in m.vocab
    assert "农民" not in m.vocab                       # one page only
    assert min(m.n_pages.values()) >= 3 and min(m.n_hosts.values()) >= 2
    p = m.probabilities("要推进乡村振兴,发展乡村产业。", lexicon_logprob("要推进乡村振兴,发展乡村产业。"))
    assert max(p, key=p.get) == "rural"


def test_model_file_round_trip_keeps_every_weight(tmp_path):
    from corpusmine.text.classify_eval import fit_model
    from corpusmine.text.classify_model import load_model, write_model

    texts, labels, hosts = map(list, zip(*_TRAIN))
    m = fit_model(texts, labels, hosts, _bigrams, temperature=1.3, smoothing=0.01)
    write_model(tmp_path / "m.tsv", m)
    back = load_model(tmp_path / "m.tsv")
    assert back.temperature == 1.3 and back.smoothing == 0.01 and back.n_hosts == m.n_hosts
    assert all(abs(a - b) < 1e-5 for t in m.token_weights for a, b in zip(m.token_weights[t], back.token_weights[t]))


def test_grouped_folds_keep_copies_and_sites_out_of_training():
    from corpusmine.text.classify_eval import grouped_folds, page_groups

    a = "今天召开全县创建全国文明城市推进会,迎接年度测评,各单位要对照测评体系逐项整改。"
    texts = [a, a + "谢谢大家。", "抓好安全生产,严防各类事故,汛期要落实值守。", "推进乡村振兴,稳定粮食生产,发展乡村产业。"]
    groups = page_groups(["x.cn", "y.cn", "z.cn", "x.cn"], texts)
    assert groups[0] == groups[1] == groups[3] != groups[2]        # a copy on another site, a page of the same site
    folds = list(grouped_folds(["r1", "r2", "r2", "r1"], groups))
    for train, test in folds:
        assert not {groups[i] for i in train} & {groups[i] for i in test}


def test_fit_temperature_flattens_over_confident_held_out_logits():
    import numpy as np

    from corpusmine.text.classify_eval import fit_temperature

    z = np.array([[5.0, 0, 0, 0]] * 8 + [[0, 5.0, 0, 0]] * 2)
    y = np.array([0] * 6 + [3] * 2 + [1] * 2)                     # 8 of 10 right at ~97% claimed
    t, eps = fit_temperature(z, y)
    assert t > 1.2 and 0 <= eps <= 0.3


def test_round_seven_label_fixes_follow_the_definitions():
    # civilised_city is the title; a traffic-volunteer launch, a 文明出行 appeal and a 公益广告 clean-up
    # that never frame the title, and a provincial 文明办 work meeting, are the office's other work
    pages = dict(zip(load_pages()["url"], load_pages()["label"]))
    for url in ("https://m.zixin.com.cn/doc/6728633.html", "http://m.news.wmxa.cn/n/201509/273119.html",
                "http://bbs.ty7.cn/forum.php?extra=page%3D1&mod=viewthread&tid=36669",
                "https://dingzhoudaily.com/dingzhousheying/2015-08-28/125088.html"):
        assert pages[url] == "other"


def test_long_text_augmentation_joins_pages_of_one_class_and_is_recorded():
    from corpusmine.text.classify_fit import fit_model, long_text_augmentation

    texts, labels, hosts = map(list, zip(*_TRAIN))
    y = [["rural", "civilised_city", "environment", "other"].index(lab) for lab in labels]
    joined, cls = long_text_augmentation(texts, y, 3, join=2)
    assert len(joined) == 3 * len(set(y))
    for t, c in zip(joined, cls):            # every joined text is made of texts of its own class
        parts = [s for s, lab in zip(texts, y) if lab == c and s in t]
        assert sum(len(s) for s in parts) >= len(t) and len(parts) >= 1
    m = fit_model(texts, labels, hosts, _bigrams, long_texts=3, join=2)
    assert m.meta["long_texts"] == "3 per class, 2 pages joined"
    assert set(m.vocab) == set(fit_model(texts, labels, hosts, _bigrams).vocab)   # vocabulary from pages only


def test_fit_temperature_keeps_a_smoothing_floor():
    """Round 10: dev folds alone fitted smoothing 0, and held-out round 9 had an error at confidence 1.00."""
    import numpy as np

    from corpusmine.text.classify_fit import fit_temperature

    z = np.array([[6.0, 0.0, 0.0, 0.0], [0.0, 6.0, 0.0, 0.0], [0.0, 0.0, 6.0, 0.0], [0.0, 0.0, 0.0, 6.0]] * 5)
    y = np.array([0, 1, 2, 3] * 5)                   # every page right and confident
    t0, eps0 = fit_temperature(z, y)
    t1, eps1 = fit_temperature(z, y, floor=0.02)
    assert eps0 < 0.02 <= eps1
    assert fit_temperature(z, y, smoothing=False, floor=0.02)[1] == 0.0


def test_anchored_refit_starts_from_the_prior_and_adds_new_words_at_zero():
    from corpusmine.text.classify_fit import fit_anchored, fit_model
    from corpusmine.text.classify_model import CLASSES

    texts = ["推进乡村振兴。", "乡村振兴要抓产业。", "迎接文明城市测评。", "文明城市测评要迎检。",
             "改善人居环境。", "人居环境要整治。", "抓好安全生产。", "安全生产要防事故。"]
    labels = [c for c in CLASSES for _ in (0, 1)]
    cut = lambda t: [t[i:i + 4] for i in range(len(t) - 3)]   # noqa: E731
    prior = fit_model(texts, labels, ["a", "b"] * 4, cut, min_pages=2)
    new = ["防汛抗旱要抓早。", "防汛抗旱要备料。", "防汛抗旱靠预案。"]
    loose = fit_anchored(new, ["other"] * 3, ["c", "d", "e"], cut, prior, C=100.0, min_pages=2)
    tight = fit_anchored(new, ["other"] * 3, ["c", "d", "e"], cut, prior, C=1e-6, min_pages=2)
    assert "防汛抗旱" in loose.token_weights and "防汛抗旱" not in prior.token_weights
    assert loose.n_pages["防汛抗旱"] == 3 and loose.n_hosts["防汛抗旱"] == 3
    assert loose.n_pages["乡村振兴"] == prior.n_pages["乡村振兴"]      # not on the new pages
    assert max(abs(w) for w in tight.token_weights["防汛抗旱"]) < 1e-3   # prior 0, held there
    other = CLASSES.index("other")
    assert loose.token_weights["防汛抗旱"][other] > max(w for k, w in enumerate(loose.token_weights["防汛抗旱"]) if k != other)
    assert loose.meta["anchor"].startswith("L2 toward the prior") and loose.meta["n_new_pages"] == "3"
