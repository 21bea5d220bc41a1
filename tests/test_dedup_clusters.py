"""Copies across sources (issue 13.3): MinHash/LSH clusters of near-duplicate speeches and paragraphs.

The speeches below are written for these tests in the style of county speeches: template sites copy
one another and lightly edit the copy (我县 → 我市, a paragraph deleted, their own chrome around it),
while two different speeches on the same campaign share stock phrases but must stay apart.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from corpusmine.corpus.dedup import (cluster_representatives, cluster_signature_file, cluster_signatures,
                                     estimated_jaccard, keep_members, minhash_signatures, shingle_hashes)
from corpusmine.corpus.ingest import ingest
from corpusmine.corpus.model import read_tables
from corpusmine.features import documents

RURAL_A = [
    "同志们:",
    "今天我们召开全县乡村振兴工作推进会,主要任务是总结上半年工作,安排部署下半年重点任务。",
    "上半年,我县粮食播种面积稳定在四十二万亩,新建高标准农田三万亩,撂荒地复耕复种一万二千亩,脱贫人口人均纯收入增长百分之十二。",
    "一、坚决守住不发生规模性返贫的底线。各乡镇要落实防止返贫动态监测和帮扶机制,对脱贫不稳定户、边缘易致贫户做到早发现、早干预、早帮扶。",
    "二、抓好粮食生产和撂荒地整治。要压实乡镇党委政府的属地责任,逐村逐户摸清撂荒地底数,宜粮则粮、宜经则经,确保年底前应复尽复。",
    "三、扎实推进农村人居环境整治。以农村厕所革命、生活垃圾和污水治理为重点,开展村庄清洁行动,建成一批美丽宜居示范村。",
    "四、发展壮大村级集体经济。每个村至少培育一个增收项目,集体经营性收入十万元以上的村要达到百分之六十。",
    "同志们,乡村振兴任务艰巨、使命光荣,我县各级各部门要以时不我待的紧迫感,真抓实干,确保各项任务落地见效。",
]
RURAL_B = [
    "同志们:",
    "这次会议是县委决定召开的一次重要会议,主要是动员全县上下迅速行动起来,全力争创省级乡村振兴先进县。",
    "争创先进县是对我县乡村振兴工作的一次全面检阅,考核指标涵盖产业兴旺、生态宜居、乡风文明、治理有效、生活富裕五个方面共三十六项。",
    "从目前情况看,我县特色产业规模偏小,龙头企业带动能力不强,农产品加工转化率只有百分之四十八,离考核要求还有不小差距。",
    "各牵头单位要对照指标逐项分解,建立工作台账,实行挂图作战,每周一调度、每月一通报,对进度滞后的单位由县纪委监委约谈问责。",
    "要突出抓好茶叶、柑橘、生猪三大主导产业,新建标准化茶园五千亩,引进农产品精深加工企业三家以上,打响区域公用品牌。",
    "要坚持以党建引领乡村治理,深化积分制、清单制,推动移风易俗,整治高价彩礼、大操大办等不良风气。",
    "同志们,争创先进县时间紧、任务重,希望大家坚定信心、攻坚克难,以优异成绩向县委县政府和全县人民交上满意答卷。",
]
CIVILISED = [
    "同志们:",
    "创文工作已经到了攻坚之年,距离省级文明城市测评只有不到一百天,全县上下必须背水一战。",
    "要对照文明城市测评体系逐项整改,重点整治占道经营、乱停乱放、牛皮癣小广告等突出问题,公益广告覆盖率要达到百分之百。",
    "各责任单位要按时完成网报资料的收集整理,做到资料真实、完整、规范,问卷调查前要入户宣传,提高群众知晓率和满意度。",
]


def page(paragraphs, *, title="在全县乡村振兴工作推进会上的讲话", head="", foot="") -> str:
    return "\n".join(x for x in (head, title, *paragraphs, foot) if x)


def swap(paragraphs, a="我县", b="我市"):
    return [p.replace(a, b).replace("全" + a[1:], "全" + b[1:]) for p in paragraphs]


def jaccard(x: str, y: str, k: int = 5) -> float:
    a = {x[i:i + k] for i in range(len(x) - k + 1)}
    b = {y[i:i + k] for i in range(len(y) - k + 1)}
    return len(a & b) / len(a | b)


def test_signatures_estimate_jaccard_and_do_not_depend_on_the_process():
    texts = ["\n".join(RURAL_A), "\n".join(swap(RURAL_A)), "\n".join(RURAL_A[:5]), "\n".join(RURAL_B)]
    sig, size = minhash_signatures(texts, num_perm=256)
    for i, j in itertools.combinations(range(len(texts)), 2):
        assert abs(estimated_jaccard(sig[i], sig[j]) - jaccard(texts[i], texts[j])) < 0.1, (i, j)
    assert size.tolist() == [len(shingle_hashes(t)) for t in texts]
    # no salted hash(): the same text gives the same signature with another seed of Python's hashing
    import subprocess
    import sys

    code = ("from corpusmine.corpus.dedup import minhash_signatures;"
            f"print(minhash_signatures([{texts[0]!r}], num_perm=8)[0][0].tolist())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={
        **__import__("os").environ, "PYTHONHASHSEED": "123"}, check=True).stdout
    assert out.strip() == str(minhash_signatures([texts[0]], num_perm=8)[0][0].tolist())


def test_light_edits_cluster_and_distinct_speeches_on_the_same_campaign_do_not():
    base = "\n".join(RURAL_A)
    copies = [
        "\n".join(swap(RURAL_A)),                                   # 我县 → 我市, 全县 → 全市
        "\n".join(RURAL_A[:4] + RURAL_A[5:]),                       # one paragraph deleted
        "\n".join(swap(RURAL_A, "我县", "我区")[:6]),               # 我区, the last two paragraphs cut
    ]
    others = ["\n".join(RURAL_B), "\n".join(CIVILISED)]
    texts = [base, *copies, *others]
    sig, size = minhash_signatures(texts, num_perm=126)
    cluster, sim = cluster_signatures(sig, size)
    assert cluster.tolist() == [0, 0, 0, 0, 4, 5]
    assert all(s >= 0.5 for s in sim[:4]) and sim[4] == sim[5] == 0.0
    # two rural speeches share stock phrases (乡村振兴, 撂荒地, 同志们) but are far apart
    assert jaccard(texts[0], texts[4]) < 0.1


def test_keep_rule_prefers_whole_then_longest_then_first():
    cluster = np.array([0, 0, 0, 3, 3])
    assert keep_members(cluster, [100, 300, 300, 50, 50], [False, True, False, False, False]).tolist() == [2, 2, 2, 3, 3]


def test_lsh_scales_past_a_bucket_of_many_copies():
    rng = random.Random(0)
    texts = []
    for i in range(400):            # 400 copies of one speech, each with a few placeholder swaps
        ps = [p.replace("我县", rng.choice(["我县", "我市", "我区", "我镇"])) for p in RURAL_A]
        texts.append("\n".join(ps))
    texts.append("\n".join(RURAL_B))
    sig, size = minhash_signatures(texts)
    cluster, _ = cluster_signatures(sig, size)
    assert set(cluster[:400].tolist()) == {0} and cluster[400] == 400


@pytest.fixture
def copied_pages(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a_original.txt").write_text(page(RURAL_A), encoding="utf-8")
    (d / "b_swapped.html").write_text(
        "<html><head><title>乡村振兴讲话_范文网</title></head><body><div class='nav'>首页 > 讲话稿 > 乡村振兴</div>"
        + "".join(f"<p>{p}</p>" for p in [page(swap(RURAL_A)).split("\n")[0]] + swap(RURAL_A))
        + "<p>本文来自范文网,更多请访问www.fanwen.com</p></body></html>", encoding="utf-8")
    (d / "c_deleted.txt").write_text(page(RURAL_A[:4] + RURAL_A[5:], head="发布时间:2023-07-01 来源:网络 点击次数:356"),
                                     encoding="gb18030")
    truncated = RURAL_A[:4]
    (d / "d_truncated.txt").write_text(page(truncated) + "(未完,全文共1200字,当前仅显示420字,请下载查看全文)",
                                       encoding="utf-8")
    (d / "e_other_rural.txt").write_text(page(RURAL_B, title="在争创省级乡村振兴先进县动员大会上的讲话"),
                                         encoding="utf-16")
    borrowed = CIVILISED + [RURAL_A[5]]      # a different speech that borrows one paragraph
    (d / "f_borrowed.txt").write_text(page(borrowed, title="在全县创建文明城市推进会上的讲话"), encoding="utf-8")
    return d


def test_ingest_keeps_one_member_per_cluster_and_statistics_count_it_once(copied_pages, tmp_path):
    r = ingest(copied_pages, tmp_path / "out")
    d = r.draft.set_index("speech_id")
    assert d.loc["a_original-1", "dup_cluster"] != ""
    members = d[d["dup_cluster"] == d.loc["a_original-1", "dup_cluster"]].index.tolist()
    assert sorted(members) == ["a_original-1", "b_swapped_html-1", "c_deleted-1", "d_truncated-1"]
    kept = [m for m in members if d.loc[m, "dup_of"] == ""]
    assert kept == [d.loc["a_original-1", "dup_cluster"]]
    assert kept[0] in ("a_original-1", "b_swapped_html-1")        # a whole copy, never the cut or shortened one
    for m in members:
        if m != kept[0]:
            assert not d.loc[m, "include"] and d.loc[m, "dup_of"] == kept[0]
            assert f"copy of {kept[0]}" in d.loc[m, "note"] and d.loc[m, "dup_similarity"] >= 0.5
    assert d.loc["e_other_rural-1", "dup_cluster"] == "" and d.loc["e_other_rural-1", "include"]
    assert d.loc["f_borrowed-1", "dup_cluster"] == "" and d.loc["f_borrowed-1", "campaign"] == "civilised_city"
    corpus = read_tables(tmp_path / "out")
    sp = corpus.speeches.set_index("speech_id")
    assert sp.loc[members, "include"].sum() == 1
    # the borrowed paragraph is a copy of the kept speech's paragraph
    para = corpus.paragraphs
    borrowed = para[(para["speech_id"] == "f_borrowed-1") & para["text"].str.startswith("三、扎实推进农村人居环境")]
    assert borrowed["dup_of"].iloc[0].startswith(kept[0] + ":")
    docs = documents(corpus, level="paragraph", groups=None)
    assert (docs["text"] == RURAL_A[5]).sum() == 1                 # counted once
    assert set(docs["speech_id"]) == {kept[0], "e_other_rural-1", "f_borrowed-1"}


def test_cluster_roots_and_representatives_match_the_reference_loops():
    """Regression (issue 13.7): the per-paragraph Python lists and dicts after the last batch are
    now numpy operations; they must give the clusters and representatives the loops gave."""
    rng = random.Random(3)
    texts = []
    for i in range(300):            # paragraphs of a few speeches, copied with placeholder swaps
        base = rng.choice(RURAL_A[1:] + RURAL_B[1:] + CIVILISED[1:])
        texts.append(base.replace("我县", rng.choice(["我县", "我市", "我区"])) if rng.random() < 0.7
                     else f"第{i}段:" + "".join(rng.sample(base, len(base))))
    sig, size = minhash_signatures(texts, num_perm=32, min_chars=20)
    cluster, _ = cluster_signatures(sig, size, threshold=0.8, containment=1.01, bands=8)
    # a root is the smallest member, every member points at it
    for c in np.unique(cluster):
        assert cluster[c] == c and c == np.flatnonzero(cluster == c).min()
    assert len(np.unique(cluster)) < 150                   # the copies did cluster
    preferred = np.array([rng.random() < 0.5 for _ in texts])
    rep_of = {}                                            # the former loop, as a reference
    for i in np.lexsort((np.arange(len(cluster)), ~preferred, cluster)).tolist():
        rep_of.setdefault(int(cluster[i]), i)
    expected = [rep_of[int(c)] for c in cluster]
    assert cluster_representatives(cluster, preferred).tolist() == expected
    assert cluster_representatives(np.zeros(0, np.int64), np.zeros(0, bool)).tolist() == []


def _copied_paragraphs(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for i in range(n):              # paragraphs of a few speeches, copied with placeholder swaps, and noise
        base = rng.choice(RURAL_A[1:] + RURAL_B[1:] + CIVILISED[1:])
        texts.append(base.replace("我县", rng.choice(["我县", "我市", "我区"])) if rng.random() < 0.7
                     else f"第{i}段:" + "".join(rng.sample(base, len(base))))
    return texts


@pytest.mark.parametrize("num_perm, kw", [(32, {"threshold": 0.8, "containment": 1.01, "bands": 8}), (126, {})])
def test_clustering_from_a_signature_file_equals_clustering_in_memory(tmp_path, num_perm, kw):
    """Regression (issue 13.7): ingest kept every MinHash signature of the folder in memory after the
    last batch (128 bytes per paragraph, 504 per speech); it now clusters from the spilled file,
    reading a band at a time in chunks and a bucket's members by offset: same clusters, same
    similarities, whatever the chunk size."""
    texts = _copied_paragraphs(5, 700) + ["\n".join(RURAL_A), "\n".join(swap(RURAL_A)), "短"]
    sig, size = minhash_signatures(texts, num_perm=num_perm, min_chars=20 if num_perm == 32 else 0)
    f = tmp_path / "sig.bin"
    f.write_bytes(sig.tobytes())
    expected = cluster_signatures(sig, size, **kw)
    assert len(np.unique(expected[0])) < len(texts) - 100          # copies did cluster
    for chunk in (1, 97, 100_000):
        got = cluster_signature_file(f, size, num_perm, chunk_rows=chunk, **kw)
        np.testing.assert_array_equal(got[0], expected[0])
        np.testing.assert_array_equal(got[1], expected[1])
    with pytest.raises(ValueError, match="sig.bin: .* expected 702 signatures"):
        cluster_signature_file(f, size[:-1], num_perm)


def test_vectorised_keep_rule_matches_the_reference_loop():
    """Regression (issue 13.7): keep_members built a dict and a Python int per text; vectorised, it
    must keep the member the stated rule names (not truncated, then longest, then first)."""
    rng = random.Random(11)
    cluster = np.array([rng.choice([0, 0, 3, 5, 5, 5, 9]) for _ in range(300)])
    n_chars = [rng.choice([300, 500, 500, 800]) for _ in cluster]
    truncated = [rng.random() < 0.3 for _ in cluster]
    winner = {}
    for i in range(len(cluster)):
        c, w = int(cluster[i]), winner.get(int(cluster[i]))
        if w is None or (truncated[i], -n_chars[i]) < (truncated[w], -n_chars[w]):
            winner[c] = i
    assert keep_members(cluster, n_chars, truncated).tolist() == [winner[int(c)] for c in cluster]
    assert keep_members(np.zeros(0, np.int64), [], []).tolist() == []
