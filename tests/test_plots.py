"""Tests of corpusmine.viz.plots: Chinese renders without missing glyphs, plots never save, saves are reproducible."""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import os
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.colors import to_rgb  # noqa: E402

from corpusmine import config
from corpusmine.viz import clouds, fonts
from corpusmine.viz import plots as plots

CAMPAIGNS = ("rural", "civilised_city", "environment")


@pytest.fixture(autouse=True)
def _fresh_rc_and_close_figures():
    """Each test starts from matplotlib's defaults (DejaVu Sans, no Chinese), so every plot
    function must set the CJK font itself; settings and figures are restored/closed after."""
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        yield
    plt.close("all")


@contextlib.contextmanager
def no_missing_glyphs():
    """Record every warning; fail if any says a glyph is missing from the font."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught
    bad = [str(w.message) for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
    assert not bad, bad


def draw(ax):
    """Render the whole figure (text is laid out, and glyphs looked up, only at draw time)."""
    ax.figure.canvas.draw()
    return ax


def texts_of(ax) -> list[str]:
    """Every string drawn on the Axes: texts, tick labels, title, axis labels, legend."""
    out = [t.get_text() for t in ax.texts]
    out += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
    out += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    leg = ax.get_legend()
    if leg is not None:
        out += [t.get_text() for t in leg.get_texts()]
    return out


# --------------------------------------------------------------------------- #
# small realistic tables
# --------------------------------------------------------------------------- #

RURAL_FREQS = {"乡村振兴": 30, "防止返贫": 14, "撂荒地": 9, "抓": 12, "粮食安全": 7, "人居环境": 6, "驻村": 3}

COUNTS = pd.DataFrame(
    {
        "rural": [14, 0, 4, 0, 9],
        "civilised_city": [1, 21, 7, 2, 0],
        "environment": [0, 1, 4, 30, 3],
    },
    index=pd.Index(["防止返贫", "创文", "抓", "垃圾分类", "撂荒地"], name="term"),
)

KEYNESS = pd.DataFrame({
    "term": ["创文", "测评", "公益广告", "垃圾分类", "防止返贫", "抓"],
    "target": "civilised_city",
    "reference": "rest",
    "logodds_z": [4.2, 2.9, 1.1, -2.0, -3.1, 0.0],
    "g2": [40.1, 15.2, 2.0, -6.3, -18.0, 0.0],
    "p_adj": [0.0004, 0.01, 0.40, 0.06, 0.002, 1.0],
    "log_ratio": [4.4, 3.1, 0.8, -2.2, -5.0, 0.0],
    "count_target": [21, 9, 3, 2, 0, 7],
    "count_reference": [1, 0, 2, 30, 14, 8],
    "docs_target": [1, 1, 1, 1, 0, 1],
    "docs_reference": [1, 0, 2, 5, 2, 6],
})

PREVALENCE = pd.DataFrame({
    "topic": [1, 1, 1, 0, 0, 0],
    "label": ["测评·创文·点位"] * 3 + ["返贫·监测·帮扶"] * 3,
    # deliberately not in campaign order: the plot must order the columns itself
    "group": ["environment", "civilised_city", "rural"] * 2,
    "prevalence": [0.20, 0.72, 0.07, 0.10, 0.05, 0.61],
    "ci_low": [0.10, 0.60, 0.02, 0.05, 0.01, 0.50],
    "ci_high": [0.30, 0.80, 0.12, 0.20, 0.10, 0.70],
    "n_docs": [100, 17, 15] * 2,
})

RATES = pd.DataFrame({
    "group": list(CAMPAIGNS) * 2,
    "category": ["directive"] * 3 + ["mobilisation"] * 3,
    "count": [60, 90, 400, 5, 20, 30],
    "n_tokens": [2000, 2300, 11000, 2000, 2300, 11000],
    "rate_per_1000": [30.0, 39.1, 36.4, 2.5, 8.7, 2.7],
    "ci_low": [24.0, 31.0, 33.0, 0.9, 4.1, 1.8],
    "ci_high": [36.5, 48.2, 40.0, 4.4, 13.9, 3.7],
    "n_docs": [15, 17, 100] * 2,
})
RATE_LABELS = {"directive": "指令 directive", "mobilisation": "动员 mobilisation"}


# --------------------------------------------------------------------------- #
# font
# --------------------------------------------------------------------------- #

def test_font_is_noto_cjk_from_the_mplfonts_package():
    path = Path(plots.use_cjk_font())
    spec = importlib.util.find_spec("mplfonts")
    expected = Path(spec.submodule_search_locations[0]) / "fonts" / "NotoSansCJKsc-Regular.otf"
    assert path.samefile(expected)
    family = matplotlib.rcParams["font.sans-serif"][0]
    assert family == "Noto Sans CJK SC"
    assert "sans-serif" in matplotlib.rcParams["font.family"]
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    # what matplotlib will actually draw Chinese with is that very file
    resolved = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    assert Path(resolved).samefile(expected)


def test_fallback_and_mathtext_fonts_are_matplotlibs_own_files_not_the_systems(monkeypatch):
    """Regression (#10 point 5): a shared user font cache pointing at a deleted virtualenv made "DejaVu Sans"
    resolve to the system's copy and STIX to nothing, so log-axis tick labels (mathtext) differed between
    installations.  Whatever the font list holds, the bundled files must win."""
    bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    entries = font_manager.fontManager.ttflist
    impostor = dataclasses.replace(next(f for f in entries if f.name == "DejaVu Sans"),
                                   fname="/usr/share/fonts/elsewhere/DejaVuSans.ttf")
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [impostor] + list(entries))
    font_manager.fontManager._findfont_cached.cache_clear()
    try:
        plots.use_cjk_font()
        for family, file in [("DejaVu Sans", "DejaVuSans.ttf"), ("STIXGeneral", "STIXGeneral.ttf"),
                             ("cmr10", "cmr10.ttf"), ("DejaVu Sans Mono", "DejaVuSansMono.ttf")]:
            found = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
            assert Path(found) == bundled / file, (family, found)
        cjk = font_manager.findfont(font_manager.FontProperties(family="Noto Sans CJK SC"))
        assert Path(cjk).name == "NotoSansCJKsc-Regular.otf"            # 中文 still drawn with the pinned CJK file
    finally:
        font_manager.fontManager._findfont_cached.cache_clear()


def test_use_cjk_font_is_idempotent():
    first = plots.use_cjk_font()
    n_fonts = len(font_manager.fontManager.ttflist)
    matplotlib.rcParams["font.sans-serif"] = ["DejaVu Sans"]       # e.g. undone by plt.rcdefaults()
    second = plots.use_cjk_font()
    assert first == second
    assert len(font_manager.fontManager.ttflist) == n_fonts          # not added a second time
    assert matplotlib.rcParams["font.sans-serif"][0] == "Noto Sans CJK SC"


def test_missing_font_gives_a_clear_error(monkeypatch):
    monkeypatch.setattr(fonts, "bundled_font_path", lambda: None)
    with pytest.raises(RuntimeError, match=r"pip install mplfonts==0\.0\.11"):
        plots.use_cjk_font()


def test_font_locator_returns_none_without_the_package(monkeypatch):
    monkeypatch.setattr(fonts.importlib.util, "find_spec", lambda name: None)
    assert fonts.bundled_font_path() is None
    with pytest.raises(RuntimeError, match="mplfonts"):
        plots.use_cjk_font()


def test_explicit_font_file_and_unknown_family(tmp_path):
    with pytest.raises(RuntimeError, match="not found"):
        plots.use_cjk_font(tmp_path / "没有这个字体.otf")
    # matplotlib would silently fall back to DejaVu Sans (no Chinese): refused
    with pytest.raises(RuntimeError, match="not known to matplotlib"):
        plots.use_cjk_font("No Such CJK Family")
    bundled = fonts.bundled_font_path()
    assert plots.use_cjk_font(bundled) == str(bundled)


def test_plots_keep_the_font_the_user_chose():
    other = fonts.bundled_font_path().with_name("SimHei.ttf")     # another CJK font mplfonts ships
    try:
        assert plots.use_cjk_font(other) == str(other)
        with no_missing_glyphs():
            ax = draw(plots.rhetoric_dotplot(RATES, labels=RATE_LABELS))
        family = matplotlib.rcParams["font.sans-serif"][0]
        assert family == font_manager.FontProperties(fname=str(other)).get_name() != "Noto Sans CJK SC"
        title_font = font_manager.findfont(ax.title.get_fontproperties(), fallback_to_default=False)
        assert Path(title_font).samefile(other)
        assert plots.make_wordcloud(RURAL_FREQS, width=200, height=120).font_path == str(other)
    finally:
        plots.use_cjk_font()
    assert plots.make_wordcloud(RURAL_FREQS, width=200, height=120).font_path.endswith(plots.CJK_FONT_FILE)


def test_glyph_check_detects_a_font_without_chinese():
    """The no_missing_glyphs guard really fails when Chinese is drawn with a Latin-only font."""
    fig, ax = plt.subplots()
    with matplotlib.rc_context({"font.family": ["sans-serif"], "font.sans-serif": ["DejaVu Sans"]}):
        ax.set_title("乡村振兴")
        with pytest.raises(AssertionError, match="missing from"):
            with no_missing_glyphs():
                fig.canvas.draw()


def test_fresh_process_never_imports_mplfonts_nor_writes_its_rc(tmp_path):
    """mplfonts' own set-up (which copies a matplotlibrc into matplotlib's folders) is never run."""
    cfg = tmp_path / "mplconfig"
    cfg.mkdir()
    code = (
        "import sys, warnings\n"
        "import matplotlib; matplotlib.use('Agg')\n"
        "import matplotlib.pyplot as plt\n"
        "from corpusmine.viz import plots\n"
        "warnings.simplefilter('error')\n"
        "ax = plots.rhetoric_dotplot(__import__('pandas').DataFrame({'group': ['rural'], 'category': ['动员'],"
        " 'rate_per_1000': [3.0], 'ci_low': [1.0], 'ci_high': [5.0]}))\n"
        "ax.figure.canvas.draw()\n"
        "print('mplfonts' in sys.modules)\n"
    )
    env = {**os.environ, "MPLCONFIGDIR": str(cfg)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    assert not (cfg / "matplotlibrc").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mplconfig"]   # nothing else written


# --------------------------------------------------------------------------- #
# palette
# --------------------------------------------------------------------------- #

def _luminance(colour: str) -> float:
    """WCAG relative luminance (sRGB linearised)."""
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_palette_is_fixed_okabe_ito_and_distinct_in_greyscale():
    colours = plots.campaign_colors()
    assert set(colours) == {"rural", "civilised_city", "environment", "other"}
    assert set(colours.values()) <= set(plots.PALETTE.values())
    assert len(set(colours.values())) == 4
    # the three campaigns stay apart when printed in grey
    lum = sorted(_luminance(colours[g]) for g in CAMPAIGNS)
    assert min(np.diff(lum)) > 0.08
    colours["rural"] = "#000000"                       # callers get a copy
    assert plots.campaign_colors()["rural"] == "#E69F00"


def test_group_labels_are_bilingual():
    for g in CAMPAIGNS:
        label = plots.group_label(g)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in label) and any(ch.isascii() and ch.isalpha() for ch in label)
    assert plots.group_label("rural").startswith("乡村振兴")
    assert plots.group_label("县级") == "县级"
    # non-campaign groups get stable extra colours, distinct from campaign colours
    a = plots.group_color("县级", ["县级", "市级"])
    b = plots.group_color("市级", ["县级", "市级"])
    assert a != b and {a, b}.isdisjoint(plots.campaign_colors().values())


# --------------------------------------------------------------------------- #
# word clouds
# --------------------------------------------------------------------------- #

def _layout_words(wc) -> list[str]:
    return [word for (word, _), *_ in wc.layout_]


def test_one_character_word_is_laid_out():
    wc = plots.make_wordcloud(RURAL_FREQS, width=400, height=250)
    words = _layout_words(wc)
    assert "抓" in words                      # WordCloud's regexp would drop it; we never use it
    assert set(words) == set(RURAL_FREQS)
    # the biggest word is the most frequent one
    assert max(wc.layout_, key=lambda item: item[1])[0][0] == "乡村振兴"


def test_wordcloud_is_deterministic_and_order_independent():
    a = plots.make_wordcloud(RURAL_FREQS, width=400, height=250, random_state=3).to_array()
    b = plots.make_wordcloud(RURAL_FREQS, width=400, height=250, random_state=3).to_array()
    shuffled = dict(reversed(list(RURAL_FREQS.items())))
    c = plots.make_wordcloud(pd.Series(shuffled), width=400, height=250, random_state=3).to_array()
    d = plots.make_wordcloud(RURAL_FREQS, width=400, height=250, random_state=4).to_array()
    assert np.array_equal(a, b)
    assert np.array_equal(a, c)
    assert not np.array_equal(a, d)


def test_wordcloud_plot_returns_axes_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    figures_before = sorted(config.FIGURES_DIR.glob("*")) if config.FIGURES_DIR.exists() else []
    with no_missing_glyphs():
        ax = plots.wordcloud(RURAL_FREQS, width=400, height=250, random_state=3, title=plots.group_label("rural"))
        draw(ax)
    assert isinstance(ax, Axes)
    expected = plots.make_wordcloud(RURAL_FREQS, width=400, height=250, random_state=3).to_array()
    assert np.array_equal(np.asarray(ax.images[0].get_array()), expected)
    assert ax.get_title() == "乡村振兴 rural"
    assert list(tmp_path.iterdir()) == []
    assert (sorted(config.FIGURES_DIR.glob("*")) if config.FIGURES_DIR.exists() else []) == figures_before


def test_wordcloud_draws_on_a_given_axes_in_one_colour():
    fig, (left, right) = plt.subplots(1, 2)
    colour = plots.group_color("environment")
    ax = plots.wordcloud({"人居环境": 9, "垃圾分类": 5, "扫": 2}, ax=right, color=colour, width=300, height=200)
    assert ax is right and not left.images
    img = np.asarray(ax.images[0].get_array())[..., :3].reshape(-1, 3)
    # every pixel is white background, the campaign colour, or an anti-aliased blend of the two
    target = np.array([int(round(255 * c)) for c in to_rgb(colour)])
    white = np.array([255, 255, 255])
    t = np.clip(((img - white) @ (target - white)) / ((target - white) @ (target - white)), 0, 1)
    blend = white + t[:, None] * (target - white)
    assert np.abs(img - blend).max() <= 2
    assert (np.abs(img - target).max(axis=1) == 0).any()


@pytest.mark.parametrize("bad, error", [
    ({"乡村振兴": -1}, ValueError),
    ({"乡村振兴": 0, "抓": 0}, ValueError),
    (COUNTS, TypeError),
    (["乡村振兴", "抓"], TypeError),
])
def test_wordcloud_rejects_bad_frequencies(bad, error):
    with pytest.raises(error):
        plots.make_wordcloud(bad, width=200, height=100)


def test_wordcloud_warns_about_characters_the_font_lacks():
    with pytest.warns(UserWarning, match="missing from font"):
        plots.make_wordcloud({"乡村振兴": 3, "\U0001F33E": 2}, width=200, height=120)   # 🌾 is not in Noto CJK


# --------------------------------------------------------------------------- #
# comparison cloud
# --------------------------------------------------------------------------- #

def test_comparison_table_worked_example():
    counts = pd.DataFrame(
        {"rural": [6, 0, 4, 0], "civilised_city": [1, 12, 7, 0], "environment": [0, 1, 4, 5]},
        index=pd.Index(["防止返贫", "创文", "抓", "垃圾分类"], name="term"),
    )
    # Group totals N: rural 10, civilised_city 20, environment 10.  Rates per 1,000 tokens:
    #   防止返贫 600, 50, 0      mean 216.667  → rural,          excess 383.333
    #   创文     0, 600, 100     mean 233.333  → civilised_city, excess 366.667
    #   抓       400, 350, 400   mean 383.333  → rural (tie with environment: first column), excess 16.667
    #   垃圾分类 0, 0, 500       mean 166.667  → environment,    excess 333.333
    table = plots.comparison_table(counts)
    assert table["term"].tolist() == ["防止返贫", "创文", "垃圾分类", "抓"]
    assert table["group"].tolist() == ["rural", "civilised_city", "environment", "rural"]
    np.testing.assert_allclose(table["excess"], [383.3333333, 366.6666667, 333.3333333, 16.6666667])
    np.testing.assert_allclose(table["mean_rate"], [216.6666667, 233.3333333, 166.6666667, 383.3333333])
    np.testing.assert_allclose(table["rate"], [600, 600, 500, 400])
    assert table["count"].tolist() == [6, 12, 5, 4]
    assert table["total"].tolist() == [7, 13, 5, 15]
    # min_count acts on the total over groups: 垃圾分类 (5) and 防止返贫 (7) go, totals stay those of all terms
    kept = plots.comparison_table(counts, min_count=8)
    assert kept["term"].tolist() == ["创文", "抓"]
    np.testing.assert_allclose(kept["excess"], [366.6666667, 16.6666667])


def test_comparison_table_leaves_out_evenly_used_terms_and_filters_by_documents():
    counts = pd.DataFrame({"rural": [3, 2], "civilised_city": [0, 2]}, index=["防止返贫", "工作"])
    # N = 5 and 2.  防止返贫: 600 and 0 per 1,000, mean 300 → rural, excess 300.
    # 工作: 400 and 1000, mean 700 → civilised_city, excess 300.  Tie: broken by term
    # (工 U+5DE5 sorts before 防 U+9632).
    table = plots.comparison_table(counts)
    assert table["term"].tolist() == ["工作", "防止返贫"]
    assert table["group"].tolist() == ["civilised_city", "rural"]
    np.testing.assert_allclose(table["excess"], [300.0, 300.0])
    even = pd.DataFrame({"rural": [3, 2], "civilised_city": [3, 2]}, index=["防止返贫", "工作"])
    with pytest.raises(ValueError, match="nothing to draw"):
        plots.comparison_cloud(even)            # equal rates everywhere: no term characterises a group
    docs = pd.DataFrame({"rural": [1, 2], "civilised_city": [0, 1]}, index=["防止返贫", "工作"])
    table = plots.comparison_table(counts, docs=docs)
    assert table.set_index("term")["docs"].to_dict() == {"防止返贫": 1, "工作": 1}
    assert plots.comparison_table(counts, docs=docs, min_docs=2).empty
    with pytest.raises(ValueError, match="at least two groups"):
        plots.comparison_table(counts[["rural"]])


def test_comparison_cloud_colours_words_by_group(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with no_missing_glyphs():
        ax = plots.comparison_cloud(COUNTS, min_count=1, width=500, height=300, title="比较词云")
        draw(ax)
    assert isinstance(ax, Axes)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [plots.group_label(g) for g in CAMPAIGNS]
    img = np.asarray(ax.images[0].get_array())[..., :3].reshape(-1, 3)
    present = {tuple(px) for px in np.unique(img, axis=0)}
    for g in CAMPAIGNS:                       # solid glyph interiors carry the exact campaign colour
        assert tuple(int(round(255 * c)) for c in to_rgb(plots.group_color(g))) in present
    assert tuple(int(round(255 * c)) for c in to_rgb(plots.campaign_colors()["other"])) not in present
    assert list(tmp_path.iterdir()) == []


def test_real_corpus_clouds_render_every_character(corpus, tmp_path):
    from corpusmine import Tokenizer, features

    docs = features.documents(corpus, level="paragraph")
    dtm = features.build_dtm(docs, tokenizer=Tokenizer(cache_dir=tmp_path / "cache"))
    counts = features.group_counts(dtm)
    speeches = features.doc_frequency(dtm, unit="speech_id")
    assert list(counts.columns) == list(CAMPAIGNS)
    with no_missing_glyphs():
        ax = plots.comparison_cloud(counts, docs=speeches, max_words=100, width=400, height=250)
        draw(ax)
        wc = plots.make_wordcloud(counts["rural"], max_words=100, width=400, height=250)
    words = _layout_words(wc)
    assert any(len(w) == 1 for w in words)     # one-character words are drawn too
    charmap = clouds._charmap(plots.use_cjk_font())
    assert all(ord(ch) in charmap for w in words for ch in w)
    # every term of the table is assigned to the campaign with its highest rate
    table = plots.comparison_table(counts, docs=speeches, min_count=2)
    rates = counts / counts.sum()
    best = rates.loc[table["term"]].to_numpy().argmax(axis=1)
    assert (np.asarray(CAMPAIGNS)[best] == table["group"].to_numpy()).all()


# --------------------------------------------------------------------------- #
# keyness bars
# --------------------------------------------------------------------------- #

def test_keyness_bars_top_terms_counts_and_significance(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with no_missing_glyphs():
        ax = plots.keyness_bars(KEYNESS, n=2)
        draw(ax)
    assert isinstance(ax, Axes)
    bars = [p for p in ax.patches]
    # two most positive (创文 4.2, 测评 2.9), two most negative (防止返贫 -3.1, 垃圾分类 -2.0); 0 is neither
    assert sorted(round(b.get_width(), 6) for b in bars) == [-3.1, -2.0, 2.9, 4.2]
    by_y = sorted(bars, key=lambda b: -b.get_y())
    assert [round(b.get_width(), 1) for b in by_y] == [4.2, 2.9, -2.0, -3.1]   # strongest on top, most negative at the bottom
    labels = {t.get_text() for t in ax.get_yticklabels()}
    assert labels == {"创文", "测评", "垃圾分类", "防止返贫"}
    drawn = texts_of(ax)
    assert "n=21/1 · docs=1/1" in drawn
    assert "n=0/14 · docs=0/2" in drawn
    # over-use in the target in its campaign colour; p_adj 0.06 (垃圾分类) is hatched as not significant
    blue, grey = to_rgb(plots.group_color("civilised_city")), to_rgb(plots.group_color("rest"))
    for b in bars:
        assert to_rgb(b.get_facecolor()) == (blue if b.get_width() > 0 else grey)
        assert (b.get_hatch() == "//") == (round(b.get_width(), 1) == -2.0)
    assert any("不显著" in t for t in drawn)
    assert list(tmp_path.iterdir()) == []


def test_keyness_bars_marks_from_document_test_and_single_documents():
    # the token-level p_adj calls 创文 (one speech, 21 vs 1) significant; over speeches it cannot be
    t = KEYNESS.assign(doc_p_adj=[0.29, 0.04, 0.6, 0.01, 0.02, 1.0],
                       single_doc=[True, False, False, False, False, False])
    ax = plots.keyness_bars(t, n=2)
    hatched = {round(b.get_width(), 1) for b in ax.patches if b.get_hatch() == "//"}
    assert hatched == {4.2}                       # 创文 by doc_p_adj 0.29; 垃圾分类 (p_adj 0.06) is now solid
    assert {t.get_text() for t in ax.get_yticklabels()} == {"创文 †", "测评", "垃圾分类", "防止返贫"}
    legend = ax.get_legend()
    assert legend.get_title().get_text().startswith("显著性 doc_p_adj")
    labels = [x.get_text() for x in legend.get_texts()]
    assert "doc_p_adj ≥ 0.05 (不显著 n.s.)" in labels
    assert any(x.startswith("† 仅一篇") for x in labels)
    assert "n=21/1 · docs=1/1 · 仅一篇" in texts_of(ax)
    # NaN document p-values are not drawn significant
    ax = plots.keyness_bars(t.assign(doc_p_adj=np.nan), n=2)
    assert all(b.get_hatch() == "//" for b in ax.patches)


def test_keyness_bars_falls_back_to_token_p_and_says_so():
    ax = plots.keyness_bars(KEYNESS, n=2)
    assert ax.get_legend().get_title().get_text() == "显著性 p_adj (按词次 G2, token-level)"
    assert not any("†" in t.get_text() for t in ax.get_yticklabels())
    assert not any("仅一篇" in x.get_text() for x in ax.get_legend().get_texts())
    ax = plots.keyness_bars(KEYNESS.drop(columns=["p_adj"]), n=2)
    assert ax.get_legend().get_title().get_text() == "" and not any(b.get_hatch() for b in ax.patches)


def test_keyness_bars_on_a_real_keyness_table():
    from corpusmine import Tokenizer, features
    from corpusmine.stats.keyness import keyness

    docs = pd.DataFrame({
        "doc_id": list("abcd"), "speech_id": list("abcd"),
        "group": ["civilised_city", "environment", "environment", "environment"],
        "text": ["创文创文创文要打赢创文攻坚战，公益广告全覆盖，公益广告要更新。",
                 "城乡环境综合整治要建立长效机制，推进垃圾分类。",
                 "巩固城乡环境综合整治成果，完善长效机制，垃圾分类进社区。",
                 "城乡环境综合整治贵在长效机制，垃圾分类要常抓不懈。"]})
    dtm = features.build_dtm(docs, tokenizer=Tokenizer(cache_dir=None, merges="default"))
    table = keyness(features.group_counts(dtm), "civilised_city", dtm=dtm, min_count=2)
    ax = plots.keyness_bars(table, n=3)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    single = table.set_index("term")["single_doc"]
    assert labels and all(lab.endswith(" †") == bool(single[lab.removesuffix(" †")]) for lab in labels)
    assert "创文 †" in labels and "长效机制" in labels          # one speech vs three speeches
    # one civilised-city speech among four: no term can be significant by speeches, all bars hatched
    assert table["doc_p_adj"].min() >= 0.05
    assert all(b.get_hatch() == "//" for b in ax.patches)


def test_keyness_bars_positive_only_and_other_statistic():
    ax = plots.keyness_bars(KEYNESS.drop(columns=["docs_target", "docs_reference"]), stat="g2", n=5,
                            negative=False)
    assert sorted(round(b.get_width(), 6) for b in ax.patches) == [2.0, 15.2, 40.1]
    assert "n=21/1" in texts_of(ax)
    assert ax.get_xlabel().startswith("g2")


def test_keyness_bars_needs_one_comparison():
    long = pd.concat([KEYNESS, KEYNESS.assign(target="rural", logodds_z=-KEYNESS["logodds_z"])])
    with pytest.raises(ValueError, match="several comparisons"):
        plots.keyness_bars(long)
    ax = plots.keyness_bars(long, target="rural", n=1)
    assert {t.get_text() for t in ax.get_yticklabels()} == {"防止返贫", "创文"}
    assert "乡村振兴 rural" in ax.get_title()
    with pytest.raises(ValueError, match="no rows"):
        plots.keyness_bars(long, target="environment")
    with pytest.raises(ValueError, match="missing column"):
        plots.keyness_bars(KEYNESS, stat="chi2")


# --------------------------------------------------------------------------- #
# topic heat map
# --------------------------------------------------------------------------- #

def test_topic_heatmap_values_order_and_annotations(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with no_missing_glyphs():
        ax = plots.topic_heatmap(PREVALENCE)
        draw(ax)
    assert isinstance(ax, Axes)
    # rows: topics 0, 1; columns: campaigns in their fixed order whatever the input order
    expected = np.array([[0.61, 0.05, 0.10], [0.07, 0.72, 0.20]])
    np.testing.assert_allclose(np.asarray(ax.images[0].get_array()), expected)
    assert [t.get_text() for t in ax.get_xticklabels()] == [plots.group_label(g).replace(" ", "\n", 1)
                                                           for g in CAMPAIGNS]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["T0  返贫·监测·帮扶", "T1  测评·创文·点位"]
    cells = [t.get_text() for t in ax.texts]
    assert "0.61\n[0.50, 0.70]" in cells and "0.72\n[0.60, 0.80]" in cells and len(cells) == 6
    # dark cells get white text
    dark = next(t for t in ax.texts if t.get_text().startswith("0.72"))
    light = next(t for t in ax.texts if t.get_text().startswith("0.05"))
    assert to_rgb(dark.get_color()) == (1.0, 1.0, 1.0) and to_rgb(light.get_color()) == (0.0, 0.0, 0.0)
    assert list(tmp_path.iterdir()) == []


def test_topic_heatmap_without_annotation_or_intervals():
    fig, ax0 = plt.subplots()
    ax = plots.topic_heatmap(PREVALENCE.drop(columns=["ci_low", "ci_high"]), ax=ax0, annotate=False,
                             colorbar=False)
    assert ax is ax0 and len(ax.texts) == 0
    with pytest.raises(ValueError, match="more than one row"):
        plots.topic_heatmap(pd.concat([PREVALENCE, PREVALENCE.head(1)]))


# --------------------------------------------------------------------------- #
# rhetoric dot plot
# --------------------------------------------------------------------------- #

def test_rhetoric_dotplot_points_and_intervals(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with no_missing_glyphs():
        ax = plots.rhetoric_dotplot(RATES, labels=RATE_LABELS)
        draw(ax)
    assert isinstance(ax, Axes)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [plots.group_label(g) for g in CAMPAIGNS]
    assert {t.get_text() for t in ax.get_yticklabels()} == set(RATE_LABELS.values())
    assert len(ax.containers) == 3
    for container, g in zip(ax.containers, CAMPAIGNS):
        line, _, (bars,) = container.lines
        sub = RATES[RATES["group"] == g]
        np.testing.assert_allclose(line.get_xdata(), sub["rate_per_1000"])
        segments = np.array([seg[:, 0] for seg in bars.get_segments()])     # x of both ends of each bar
        np.testing.assert_allclose(segments, sub[["ci_low", "ci_high"]].to_numpy())
        assert to_rgb(line.get_color()) == to_rgb(plots.group_color(g))
    # the first group is drawn above the others within a category, as in the legend
    ys = [c.lines[0].get_ydata()[0] for c in ax.containers]
    assert ys[0] > ys[1] > ys[2]
    assert list(tmp_path.iterdir()) == []


def test_rhetoric_dotplot_uses_label_zh_column_and_tolerates_missing_intervals():
    rates = RATES.assign(label_zh=np.where(RATES["category"] == "directive", "指令", "动员"))
    rates.loc[0, ["ci_low", "ci_high"]] = np.nan
    with no_missing_glyphs():
        ax = draw(plots.rhetoric_dotplot(rates))
    assert {t.get_text() for t in ax.get_yticklabels()} == {"指令 directive", "动员 mobilisation"}
    with pytest.raises(ValueError, match="missing column"):
        plots.rhetoric_dotplot(RATES.drop(columns=["ci_low"]))


# --------------------------------------------------------------------------- #
# saving
# --------------------------------------------------------------------------- #

def _figure():
    ax = plots.keyness_bars(KEYNESS, n=3)
    return ax.figure


def test_save_figure_is_byte_identical_and_writes_only_into_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fig = _figure()
    first = plots.save_figure(fig, "创文_关键词", formats=("png", "pdf", "svg"), folder=tmp_path / "a" / "b", dpi=80)
    second = plots.save_figure(fig, "创文_关键词", formats=("png", "pdf", "svg"), folder=tmp_path / "c", dpi=80)
    assert [p.name for p in first] == ["创文_关键词.png", "创文_关键词.pdf", "创文_关键词.svg"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes()
    # nothing but the figures, no temporary files left, nothing in the working folder
    assert sorted(p.name for p in (tmp_path / "a" / "b").iterdir()) == sorted(p.name for p in first)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "c"]
    # overwriting in place gives the same bytes again
    (again,) = plots.save_figure(fig, "创文_关键词", formats=("png",), folder=tmp_path / "a" / "b", dpi=80)
    assert again == first[0] and again.read_bytes() == second[0].read_bytes()


def test_a_png_encoded_elsewhere_with_the_same_pixels_is_kept_and_a_changed_one_replaced(tmp_path):
    """#10 point 5: another installation's zlib may encode the same picture in other bytes; regenerating the
    figures must then leave the committed file untouched (git status clean), but a changed figure must land."""
    from PIL import Image

    from corpusmine.viz.save import same_pixels

    fig = _figure()
    (path,) = plots.save_figure(fig, "乡村振兴_词频", folder=tmp_path, dpi=60)
    with Image.open(path) as im:
        im.load()
        reencoded = tmp_path / "other.png"
        im.save(reencoded, compress_level=1, pnginfo=None)
    assert reencoded.read_bytes() != path.read_bytes()
    path.write_bytes(reencoded.read_bytes())                      # as if committed from another machine
    os.utime(path, (1_000_000_000, 1_000_000_000))
    plots.save_figure(fig, "乡村振兴_词频", folder=tmp_path, dpi=60)
    assert path.read_bytes() == reencoded.read_bytes()            # same pixels: left as it was
    assert path.stat().st_mtime > 1_000_000_000                   # … but marked as written by this save
    fig.axes[0].set_title("创建文明城市 changed")
    plots.save_figure(fig, "乡村振兴_词频", folder=tmp_path, dpi=60)
    assert path.read_bytes() != reencoded.read_bytes()            # a changed picture replaces it
    assert not same_pixels(path, reencoded)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.png", "乡村振兴_词频.png"]   # no temporary left


def test_saved_files_carry_no_timestamp_or_version(tmp_path):
    from PIL import Image

    png, pdf, svg = plots.save_figure(_figure(), "fig", formats=("png", "pdf", "svg"), folder=tmp_path, dpi=100)
    with Image.open(png) as im:
        assert "Software" not in im.info
        assert im.info.get("dpi") is not None and round(im.info["dpi"][0]) == 100
    pdf_bytes = pdf.read_bytes()
    assert pdf_bytes.startswith(b"%PDF")
    for key in (b"/CreationDate", b"/ModDate", b"/Producer", b"/Creator"):
        assert key not in pdf_bytes
    text = svg.read_text(encoding="utf-8")
    assert "<dc:date>" not in text and "Matplotlib v" not in text and matplotlib.__version__ not in text


def test_save_figure_default_folder_and_bad_arguments(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path / "figures")
    fig = _figure()
    (path,) = plots.save_figure(fig, "topic")
    assert path == tmp_path / "figures" / "topic.png"
    for name in ("../escape", "sub/name", "fig.png", ""):
        with pytest.raises(ValueError):
            plots.save_figure(fig, name, folder=tmp_path)
    with pytest.raises(ValueError, match="unsupported"):
        plots.save_figure(fig, "x", formats=("jpg",), folder=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures"]


def test_failed_save_leaves_no_partial_file(tmp_path, monkeypatch):
    fig = _figure()
    (good,) = plots.save_figure(fig, "keep", folder=tmp_path)
    before = good.read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(fig, "savefig", broken)
    with pytest.raises(OSError, match="disk full"):
        plots.save_figure(fig, "keep", folder=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.png"]
    assert good.read_bytes() == before


def test_bold_titles_do_not_log_a_font_fallback(caplog):
    # Regression: the bundled CJK font has one weight; every bold title logged
    # "Failed to find font weight bold ... now using 400".
    import logging

    import matplotlib.pyplot as plt

    from corpusmine.viz import plots as plots

    plots.use_cjk_font()
    with caplog.at_level(logging.DEBUG, logger="matplotlib.font_manager"):
        fig, ax = plt.subplots()
        ax.set_title("乡村振兴 rural", fontweight="bold")
        fig.canvas.draw()
        plt.close(fig)
    assert not [r for r in caplog.records if "font weight" in r.getMessage()]
