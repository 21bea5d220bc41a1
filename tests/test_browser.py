"""The exploration pages in a real browser: headless Chromium, opened from file, network switched off.

Needs Debian's ``chromium`` and ``chromium-driver`` (``make browser`` installs
them with the CJK font ``fonts-noto-cjk``); the test fails, it does not skip,
when they are missing.  Screenshots go to ``build/browser/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from corpusmine import Tokenizer, config
from corpusmine.viz import explore as explore
from corpusmine.features import CAMPAIGNS, documents
from corpusmine.stats.topics import TopicModel

CHROMIUM = os.environ.get("CORPUSMINE_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CORPUSMINE_CHROMEDRIVER", "/usr/bin/chromedriver")
SHOTS = config.ROOT / "build" / "browser"
LOADS = re.compile(r"<script[^>]*\bsrc\s*=|<link[^>]*\bhref\s*=|@import|url\(\s*['\"]?https?:", re.I)


@pytest.fixture(scope="module")
def pages(corpus, tmp_path_factory):
    """The six term explorers and the topic browser of the real corpus, written to a temporary folder."""
    out = tmp_path_factory.mktemp("html")
    tok = Tokenizer(cache_dir=tmp_path_factory.mktemp("browser_cache"))
    paths = explore.write_term_explorers(corpus, out, tokenizer=tok)
    model = TopicModel(4, random_state=0, tokenizer=tok).fit(documents(corpus, level="paragraph"))
    paths.append(explore.write_topic_browser(model, out, n_boot=200))
    return {p.stem: p for p in paths}


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    assert Path(CHROMIUM).is_file() and shutil.which(CHROMIUM), (
        f"no Chromium at {CHROMIUM}: run `make browser` (apt-get install chromium chromium-driver fonts-noto-cjk)")
    assert Path(CHROMEDRIVER).is_file(), f"no chromedriver at {CHROMEDRIVER}: run `make browser`"
    # without a CJK font Chromium draws Chinese as empty boxes: the DOM checks would pass, the screenshots would lie
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=True).stdout
    assert fonts.strip(), "no Chinese font for Chromium: run `make browser` (installs fonts-noto-cjk)"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1400,1800", "--lang=zh-CN",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        yield driver
    finally:
        driver.quit()


def _open(driver, path: Path):
    """Load a page from file after the network is cut; return the requests it made."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")                 # drop what earlier pages logged
    driver.get_log("performance")
    driver.get(path.as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.body.dataset.ready") == "1")


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def _severe(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _shot(driver, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_the_network_really_is_off(browser, pages):
    # the same page over http would fail: the emulated network is offline (checked once, before trusting it)
    state = browser.execute_cdp_cmd("Runtime.evaluate", {"expression": "navigator.onLine", "returnByValue": True})
    assert state["result"]["value"] is False


@pytest.mark.parametrize("name", [explore.explorer_filename(t, r)[:-5] for t, r in explore.comparisons(CAMPAIGNS)]
                         + [explore.TOPICS_NAME])
def test_page_renders_offline_without_errors(browser, pages, name):
    path = pages[name]
    assert not LOADS.search(path.read_text(encoding="utf-8"))
    _open(browser, path)
    errors = _severe(browser)
    assert errors == [], errors
    outside = [u for u in _requests(browser) if not u.startswith(("file:", "data:", "about:"))]
    assert outside == [], outside
    if name.startswith("03_terms"):
        n = browser.execute_script("return document.querySelectorAll('#plot circle.pt').length")
        data = json.loads(browser.execute_script("return document.getElementById('cm-data').textContent"))
        assert n == len(data["terms"]) > 50                   # rural vs civilised city: 83 terms tested
        assert browser.execute_script("return document.querySelectorAll('#top-target tr').length") > 5


def test_search_and_click_show_the_passages_of_a_term(browser, pages, corpus):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, pages["03_terms_civilised_city_vs_rest"])
    data = json.loads(browser.execute_script("return document.getElementById('cm-data').textContent"))
    terms = [r[0] for r in data["terms"]]
    hits = data["hits"][terms.index("创文")]
    matches = hits[0] + hits[2]
    assert matches > 20 and hits[1] == 1                       # said in the one civilised-city speech only
    box = browser.find_element(By.ID, "search")
    box.send_keys("创文")
    chips = WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results button.chip"))
    found = [c.get_attribute("data-term") for c in chips]
    assert found[0] == "创文" and all("创文" in t for t in found)   # the exact match first
    assert sorted(found) == sorted(t for t in terms if "创文" in t)
    # the other dots are dimmed, the matches are not
    dimmed = browser.execute_script("return document.querySelectorAll('#plot circle.pt.dim').length")
    total = browser.execute_script("return document.querySelectorAll('#plot circle.pt').length")
    assert dimmed == total - len(found)
    chips[0].click()
    passages = WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "li.passage"))
    assert len(passages) == 20                                  # more matches than max_passages = 20
    title = corpus.speeches.set_index("speech_id").at["civ_chuangwen_2021", "title"]
    for p in passages:
        assert p.find_element(By.CSS_SELECTOR, ".kwic mark").text == "创文"
        assert title in p.find_element(By.CSS_SELECTOR, ".passage-meta").text
        assert "创建文明城市" in p.find_element(By.CSS_SELECTOR, ".tag").text
    assert browser.find_element(By.ID, "sel-term").text == "【创文】"
    assert f"Showing 20 of {matches} matches" in browser.find_element(By.ID, "sel-stats").text
    # a click on a passage opens its whole paragraph
    para = passages[0].find_element(By.CSS_SELECTOR, ".para")
    assert not para.is_displayed()
    passages[0].click()
    assert para.is_displayed() and "创文" in para.text and len(para.text) > len(passages[0].text) // 2
    assert browser.execute_script("return decodeURIComponent(location.hash)") == "#创文"
    _shot(browser, "03_terms_civilised_city_vs_rest")
    assert _severe(browser) == []


def test_clicking_a_dot_in_a_pairwise_page_lists_both_campaigns(browser, pages):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, pages["03_terms_rural_vs_environment"])
    data = json.loads(browser.execute_script("return document.getElementById('cm-data').textContent"))
    cols = {c: i for i, c in enumerate(data["columns"])}
    # a term said in both campaigns by at least two speeches each
    term = next(r[cols["term"]] for r in data["terms"] if r[cols["docs_t"]] >= 2 and r[cols["docs_r"]] >= 2
                and r[cols["logodds_z"]] > 0)
    dot = browser.find_element(By.CSS_SELECTOR, f'#plot circle.pt[data-term="{term}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", dot)
    dot.click()
    passages = WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "li.passage"))
    tags = [p.find_element(By.CSS_SELECTOR, ".tag").text for p in passages]
    assert any("乡村振兴" in t for t in tags) and any("城乡环境综合整治" in t for t in tags)
    assert tags == sorted(tags, key=lambda t: "乡村振兴" not in t)       # target first
    assert all(p.find_element(By.CSS_SELECTOR, ".kwic mark").text == term for p in passages)
    assert "sel" in dot.get_attribute("class")
    row = browser.find_element(By.CSS_SELECTOR, f'.tables tr[data-term="{term}"]')
    assert "sel" in row.get_attribute("class")
    browser.execute_script("window.scrollTo(0, 0)")
    _shot(browser, "03_terms_rural_vs_environment")
    assert _severe(browser) == []


def test_topic_browser_draws_ldavis_and_the_prevalence_table(browser, pages):
    from selenium.webdriver.common.by import By

    _open(browser, pages[explore.TOPICS_NAME])
    circles = browser.find_elements(By.CSS_SELECTOR, "#ldavis_topics circle.dot")
    assert len(circles) == 4
    assert [c.get_attribute("id") for c in circles] == [f"ldavis_topics-topic{n}" for n in range(1, 5)]
    words = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#ldavis_topics text.terms")]
    assert len(words) == 30                                  # R = 30 salient terms before a topic is chosen
    assert all(re.search(r"[\u4e00-\u9fff]", w) for w in words), words
    rows = browser.find_elements(By.CSS_SELECTOR, "#prevalence tr.topic")
    assert [r.find_element(By.TAG_NAME, "td").text for r in rows] == ["T0", "T1", "T2", "T3"]
    header = browser.find_element(By.CSS_SELECTOR, "#prevalence tr").text
    assert "乡村振兴" in header and "创建文明城市" in header and "城乡环境综合整治" in header
    rows[2].click()                                          # T2 = LDAvis topic 3
    time.sleep(1.0)                                          # LDAvis animates its bars for 0.75 s
    titles = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#ldavis_topics text")
              if "Most Relevant Terms for Topic" in t.text]
    assert titles and titles[0].startswith("Top-30 Most Relevant Terms for Topic T2 (")   # one numbering: T0 …
    assert browser.find_element(By.ID, "ldavis_topics-topic-value").text == "T2"
    labels = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#ldavis_topics text.txt")]
    assert labels == ["T0", "T1", "T2", "T3"], labels
    assert browser.execute_script("return location.hash").startswith("#topic=3&")
    browser.execute_script("window.scrollTo(0, 0)")
    _shot(browser, "04_topics")
    assert _severe(browser) == []


def test_the_address_opens_a_term_and_a_bad_address_is_harmless(browser, pages):
    from urllib.parse import quote

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    path = pages["03_terms_environment_vs_rest"]
    browser.get_log("browser")
    browser.get(path.as_uri() + "#" + quote("整治"))
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready") == "1")
    assert browser.find_element(By.ID, "sel-term").text == "【整治】"
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "li.passage .kwic mark")]
    assert marks and set(marks) == {"整治"}
    browser.get("about:blank")                               # a new load, not a jump within the page
    browser.get(path.as_uri() + "#%E6%95")                  # a cut-off UTF-8 sequence
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready") == "1")
    assert browser.find_elements(By.CSS_SELECTOR, "li.passage") == []
    assert _severe(browser) == []


# --------------------------------------------------------------------------- laptop screens (issue 10 point 6)

LAPTOPS = [(1024, 768), (1366, 768)]


@pytest.fixture
def screen(browser):
    """Set the browser's viewport to a laptop size; restored afterwards."""
    def set_size(width, height):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    yield set_size
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("width,height", LAPTOPS)
@pytest.mark.parametrize("name", ["03_terms_civilised_city_vs_rest", "03_terms_rural_vs_environment",
                                  explore.TOPICS_NAME])
def test_pages_fit_a_laptop_screen_without_horizontal_scrolling(browser, pages, screen, name, width, height):
    screen(width, height)
    _open(browser, pages[name])
    sizes = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth,"
                                   " document.body.scrollWidth]")
    assert sizes[0] <= sizes[1] and sizes[2] <= sizes[1], sizes
    if name.startswith("03_terms"):
        # the passages panel and the scatter are wholly inside the window
        for sel in ("#passages-panel", "#plot"):
            box = browser.execute_script(f"var r = document.querySelector('{sel}').getBoundingClientRect();"
                                         " return [r.left, r.right];")
            assert 0 <= box[0] < box[1] <= width, (sel, box)
    else:
        box = browser.execute_script("var r = document.querySelector('#ldavis_topics > svg').getBoundingClientRect();"
                                     " return [r.left, r.right, r.width];")
        assert 0 <= box[0] and box[1] <= width and box[2] > 600, box      # scaled to its box, still readable
    _shot(browser, f"{name}_{width}x{height}")
    assert _severe(browser) == []


OVERLAPS = """
var L = Array.from(document.querySelectorAll('#plot text.lbl')).map(function (e) { return e.getBoundingClientRect(); });
var bad = [];
L.forEach(function (a, i) { L.forEach(function (b, j) {
  if (i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { bad.push([i, j]); }
}); });
var c = Array.from(document.querySelectorAll('#plot circle.pt')).map(function (e) {
  return [+e.getAttribute('cx'), +e.getAttribute('cy'), +e.getAttribute('r')]; });
var covered = c.filter(function (a, i) { return c.some(function (b, j) {
  return j !== i && Math.hypot(a[0] - b[0], a[1] - b[1]) < b[2]; }); }).length;
var same = c.length - new Set(c.map(function (a) { return a[0] + ',' + a[1]; })).size;
return {labels: L.length, overlapping: bad, dots: c.length, covered: covered, same_place: same};
"""


@pytest.mark.parametrize("width,height", LAPTOPS)
def test_forty_or_more_labels_none_overlapping_and_no_stacked_dots(browser, pages, screen, width, height):
    screen(width, height)
    for name in ("03_terms_civilised_city_vs_rest", "03_terms_environment_vs_rest", "03_terms_rural_vs_environment"):
        _open(browser, pages[name])
        got = browser.execute_script(OVERLAPS)
        assert got["labels"] >= 40, (name, got)
        assert got["overlapping"] == [], (name, got)
        assert got["same_place"] == 0, (name, got)           # terms with equal counts no longer hide each other
        # before the sunflower spread about 87% of 500 dots had their centre under another dot (issue 10)
        assert got["covered"] < 0.6 * got["dots"], (name, got)
        # labels name real terms and sit on the plot
        labelled = browser.execute_script("return Array.from(document.querySelectorAll('#plot text.lbl'))"
                                          ".map(function (e) { return e.getAttribute('data-term'); })")
        data = json.loads(browser.execute_script("return document.getElementById('cm-data').textContent"))
        assert set(labelled) <= {r[0] for r in data["terms"]}


def test_changing_the_term_in_the_address_selects_it(browser, pages):
    from urllib.parse import quote

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    path = pages["03_terms_environment_vs_rest"]
    _open(browser, path)
    assert browser.find_elements(By.CSS_SELECTOR, "li.passage") == []
    for term in ("整治", "环境"):
        browser.execute_script("location.hash = arguments[0]", "#" + quote(term))      # same page, new hash
        WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "sel-term").text == f"【{term}】")
        marks = {m.text for m in browser.find_elements(By.CSS_SELECTOR, "li.passage .kwic mark")}
        assert marks == {term}
    browser.execute_script("location.hash = '#%E6%95'")                                 # malformed: ignored
    time.sleep(0.3)
    assert browser.find_element(By.ID, "sel-term").text == "【环境】"
    assert _severe(browser) == []


# --------------------------------------------------------------------------- hostile data (issue 11 points 1 and 5)

EVIL_GROUP = "<img src=x onerror=alert(1)>"
EVIL_TEXT = "</script><script>alert(1)</script>"


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory):
    """Pages of a corpus whose group name, titles, terms and passages carry markup payloads."""
    import pandas as pd
    from types import SimpleNamespace

    texts = {
        EVIL_GROUP: [f"创文工作要抓落实{EVIL_TEXT}测评点位要整改。", f"创文测评{EVIL_GROUP}公益广告要到位。"] * 3,
        "environment": [f"整治环境{EVIL_TEXT}抓整治见成效。", "城乡环境整治要建立长效机制。"] * 3,
    }
    rows, speeches = [], []
    for g, (group, paras) in enumerate(texts.items()):
        for s in range(2):
            sid = f"s{g}{s}"
            speeches.append({"speech_id": sid, "include": True, "title": f"在{EVIL_TEXT}会上的讲话{EVIL_GROUP}"})
            for k, text in enumerate(paras):
                rows.append({"speech_id": sid, "paragraph_id": f"{sid}:{k}", "section_id": 0, "section_title": "",
                             "campaign": group, "text": text})
    corpus = SimpleNamespace(speeches=pd.DataFrame(speeches), paragraphs=pd.DataFrame(rows))
    out = tmp_path_factory.mktemp("hostile") / "html"
    tok = Tokenizer(cache_dir=tmp_path_factory.mktemp("hostile_cache"))
    paths = explore.write_term_explorers(corpus, out, tokenizer=tok, groups=None, min_count=1)
    docs = documents(corpus, level="paragraph", groups=None)
    model = TopicModel(2, min_df=1, max_df=1.0, tokenizer=tok, random_state=0).fit(docs)
    paths.append(explore.write_topic_browser(model, out, n_boot=20, R=5,
                                             labels={0: EVIL_TEXT, 1: EVIL_GROUP}, title=EVIL_GROUP))
    return out, paths


def test_markup_in_names_titles_terms_and_passages_never_runs(browser, hostile_pages):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    out, paths = hostile_pages
    assert len(paths) == 4 and all(p.parent == out for p in paths)      # 3 comparisons + the topic browser
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    for path in paths:
        browser.get("about:blank")
        browser.get(path.as_uri())
        WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.ready") == "1")
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0
        # only the page's own scripts: the JSON islands and the code this package wrote
        n_code = 1 if path.name.startswith("03_terms") else 3            # topic page: d3, LDAvis, its own
        assert browser.execute_script(
            "return document.querySelectorAll('script:not([type=\"application/json\"])').length") == n_code
        assert EVIL_GROUP in browser.find_element(By.TAG_NAME, "body").text or path.name.startswith("04")
        if path.name.startswith("03_terms"):
            # the payloads are shown as text: in the heading, and in the passages of a term
            assert EVIL_GROUP in browser.find_element(By.TAG_NAME, "header").text
            browser.execute_script("location.hash = arguments[0]", "#" + "创文")
            passages = WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "li.passage"))
            assert any(EVIL_GROUP in p.find_element(By.CSS_SELECTOR, ".tag").text for p in passages)
            assert EVIL_TEXT in browser.find_element(By.ID, "passage-list").get_attribute("textContent")
            with pytest.raises(NoAlertPresentException):
                browser.switch_to.alert.text
        else:
            assert EVIL_GROUP in browser.find_element(By.TAG_NAME, "h1").text
            assert EVIL_TEXT in browser.find_element(By.ID, "topic-key").text
        assert _severe(browser) == []
