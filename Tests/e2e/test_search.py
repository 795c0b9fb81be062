"""(s) The search page: real queries typed into search/ find the right articles across scripts,
regional translations of names and English glosses; results are built safely and highlighted;
?q= is reflected and honoured; the keyboard moves through results; a warm query answers fast and
a later query fetches little; without JavaScript the page says so and links to the archive."""
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from support import DESKTOP, REPO, open_page, set_viewport

PAGE = "search/"
ALL = {"000", "001", "002", "003", "004"}
WAIT = 10
NO_RESULTS = "找不到"

# Records every change of the status line with the query in the URL at that moment. search.js
# sets ?q= synchronously when a search starts and drops the answers of superseded searches, so a
# status written while the URL names the final query belongs to that query, never to a prefix
# searched while the keys were still being typed.
PROBE_JS = """
const status = document.getElementById('search-status');
window.__searchProbe = [];
new MutationObserver(() => window.__searchProbe.push({
  q: new URL(location.href).searchParams.get('q'), text: status.textContent,
})).observe(status, {childList: true, characterData: true, subtree: true});
"""

STATE_JS = """
const probe = window.__searchProbe || [];
const last = probe[probe.length - 1] || null;
return {
  last, url: location.href,
  status: document.getElementById('search-status').textContent,
  input: document.getElementById('search-input').value,
  hrefs: [...document.querySelectorAll('[data-search-results] > li')].map(li => {
    const link = li.querySelector('a'); return link ? link.href : '';
  }),
  more: !document.getElementById('search-more').hidden,
};
"""


def _prefix(href):
    match = re.search(r"/articles/(\d{3})-[0-9a-f]{16}/$", href)
    return match.group(1) if match else href


def _complete(driver, state=None):
    """The page shows a status and all the results it announces (up to one page of ten)."""
    state = state or driver.execute_script(STATE_JS)
    if not state["status"]:
        return False
    if state["status"].startswith(NO_RESULTS):
        return state if not state["hrefs"] else False
    count = re.match(r"(\d+) 篇 · (\d+) 篇$", state["status"])
    assert count, f"unexpected status: {state['status']!r}"
    return state if len(state["hrefs"]) == min(int(count.group(1)), 10) else False


def _settled(query):
    """A WebDriverWait condition: the search for `query` itself (not a prefix searched while the
    keys were typed) has written its status, and the results it announces are listed."""
    def condition(driver):
        state = driver.execute_script(STATE_JS)
        last = state["last"]
        if not last or last["q"] != query or last["text"] != state["status"]:
            return False
        return _complete(driver, state)
    return condition


def _open_search(driver, site, query=None):
    set_viewport(driver, *DESKTOP)
    url = site.url(PAGE) + (f"?q={quote(query)}" if query is not None else "")
    driver.get(url)
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("return document.documentElement.classList.contains('search-ready')"),
        "search.js did not start")
    driver.execute_script(PROBE_JS)


def _type(driver, query):
    """Types `query` into the search box and returns the settled state of the page."""
    box = driver.find_element(By.ID, "search-input")
    box.send_keys(query)
    return WebDriverWait(driver, WAIT).until(_settled(query), f"no settled results for {query!r}")


def search(driver, site, query):
    _open_search(driver, site)
    return _type(driver, query)


def found(state):
    return {_prefix(href) for href in state["hrefs"]}


@pytest.mark.parametrize("query, expected", [
    ("關稅", {"000", "001", "002", "004"}),
    ("关税", {"000", "001", "002", "004"}),
    ("臺灣", ALL),
    ("台灣", ALL),
    ("台湾", ALL),
])
def test_cross_script_queries(site, browser, query, expected):
    state = search(browser, site, query)
    assert found(state) == expected, state
    assert state["status"] == f"{len(expected)} 篇 · {len(expected)} 篇"
    assert not state["more"], "the more button shows although every result is listed"


@pytest.mark.parametrize("query, expected", [
    ("Rubio", {"000", "002", "004"}),
    ("Hegseth", {"002", "004"}),
    ("Quad", {"000", "004"}),
    ("AUKUS", {"000", "004"}),
])
def test_english_glosses(site, browser, query, expected):
    assert found(search(browser, site, query)) == expected


def test_every_term_of_a_multi_term_query_must_match(site, browser):
    assert found(search(browser, site, "石破茂 關稅")) == {"000", "001", "004"}


@pytest.mark.parametrize("query, expected", [
    ("特朗普 關稅", {"000", "001", "002", "004"}),
    ("川普 关税 台湾", {"000", "001", "002", "004"}),
    ("Rubio 臺灣", {"000", "002", "004"}),
])
def test_a_multi_term_query_finds_and_counts_every_matching_article(site, browser, query, expected):
    # Every article that names Trump (any form) and mentions tariffs, none missed, and the count is
    # the true number of matches rather than the length of a cut-short list.
    state = search(browser, site, query)
    assert found(state) == expected, state
    assert state["status"] == f"{len(expected)} 篇 · {len(expected)} 篇"
    assert not state["more"]


def test_a_query_without_results_says_so(site, browser):
    state = search(browser, site, "量子電腦")
    assert state["hrefs"] == []
    assert state["status"].startswith(NO_RESULTS) and "量子電腦" in state["status"], state["status"]
    assert not state["more"]


@pytest.mark.parametrize("query, expected", [
    ("川普", ALL),
    ("特朗普", ALL),
    ("盧比歐", {"000", "002", "004"}),
    ("鲁比奥", {"000", "002", "004"}),
])
def test_regional_names_of_a_person_find_each_other(site, browser, query, expected):
    if not (REPO / "seeds" / "entities.yml").exists():
        pytest.xfail("needs seeds/entities.yml")
    assert found(search(browser, site, query)) == expected


ALLOWED_TAGS = {"a", "span", "mark", "p"}
MARKUP = re.compile(r"<\s*/?\s*[a-z][a-z0-9-]*[\s/>]|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);", re.IGNORECASE)


def test_results_are_built_from_text_only(site, browser):
    search(browser, site, "台灣")
    items = browser.find_elements(By.CSS_SELECTOR, "[data-search-results] > li")
    assert len(items) == 5
    problems = []
    for number, item in enumerate(items, 1):
        tags = {element.tag_name.lower() for element in item.find_elements(By.CSS_SELECTOR, "*")}
        if tags - ALLOWED_TAGS:
            problems.append(f"result {number} contains <{'>, <'.join(sorted(tags - ALLOWED_TAGS))}>")
        links = item.find_elements(By.CSS_SELECTOR, "a")
        if len(links) != 1 or not links[0].text.strip():
            problems.append(f"result {number} has {len(links)} links, expected one titled link")
        if (text := MARKUP.search(item.text)):
            problems.append(f"result {number} shows markup or an entity as text: {text.group(0)!r} in {item.text[:80]!r}")
        if item.get_attribute("lang") not in ("zh-Hant-TW", "zh-Hans-CN"):
            problems.append(f"result {number} has lang={item.get_attribute('lang')!r}")
    assert not problems, "\n".join(problems)


# The query in both scripts, as a snippet may be written in either.
HIGHLIGHTED = {"關稅": ("關稅", "关税"), "川普": ("川普",)}


# Snippets are cut from each article's clause pool around the query (none of the 關稅 results says
# 關稅 in its opening, so this fails if snippets are the opening alone).
@pytest.mark.parametrize("query", ["關稅", "川普"])
def test_snippets_highlight_the_query(site, browser, query):
    search(browser, site, query)
    forms = HIGHLIGHTED[query]
    snippets = [(p.text, [mark.text for mark in p.find_elements(By.CSS_SELECTOR, "mark")])
                for p in browser.find_elements(By.CSS_SELECTOR, "[data-search-results] > li > p")]
    assert snippets, f"the results for {query} have no snippet"
    unmarked = [text[:60] for text, marks in snippets
                if any(form in text for form in forms) and not any(form in "".join(marks) for form in forms)]
    assert not unmarked, f"snippets that contain {query} without highlighting it: {unmarked}"
    marks = [mark for _, marked in snippets for mark in marked]
    assert all(mark.strip() for mark in marks), f"empty highlights: {marks}"
    assert any(form in mark for mark in marks for form in forms), \
        f"no snippet of the {len(snippets)} results for {query} shows it in a <mark>: {[text[:30] for text, _ in snippets]}"


def test_the_query_is_reflected_in_the_url(site, browser):
    state = search(browser, site, "Quad")
    assert parse_qs(urlsplit(state["url"]).query).get("q") == ["Quad"], state["url"]


@pytest.mark.parametrize("query, expected", [("AUKUS", {"000", "004"}), ("關稅", {"000", "001", "002", "004"})])
def test_a_query_in_the_url_is_searched_on_load(site, browser, query, expected):
    set_viewport(browser, *DESKTOP)
    browser.get(site.url(PAGE) + f"?q={quote(query)}")
    state = WebDriverWait(browser, WAIT).until(_complete, f"search/?q={query} showed no results")
    assert state["input"] == query
    assert found(state) == expected


def test_keyboard_moves_through_results_and_escape_clears(site, browser):
    state = search(browser, site, "Rubio")
    assert len(state["hrefs"]) == 3
    box = browser.find_element(By.ID, "search-input")
    links = browser.find_elements(By.CSS_SELECTOR, "[data-search-results] li a")
    box.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == links[0], "ArrowDown from the box did not focus the first result"
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == links[1], "ArrowDown did not move to the next result"
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element == links[0], "ArrowUp did not move to the previous result"
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element == box, "ArrowUp from the first result did not return to the box"
    box.send_keys(Keys.ESCAPE)
    state = WebDriverWait(browser, WAIT).until(
        lambda d: (s := d.execute_script(STATE_JS))["input"] == "" and not s["hrefs"] and not s["status"] and s,
        "Escape did not clear the box, the results and the status")
    assert "q" not in parse_qs(urlsplit(state["url"]).query), state["url"]


# Sets the box's value, dispatches the input event of the last keystroke and resolves with the
# milliseconds until the first result <li> is inserted (or with the status if none comes).
TIME_JS = """
const [value, how, done] = arguments;
const input = document.getElementById('search-input');
const list = document.querySelector('[data-search-results]');
const status = document.getElementById('search-status');
let start = 0;
const guard = setTimeout(() => { observer.disconnect(); done({ms: null, status: status.textContent}); }, 10000);
const observer = new MutationObserver((records) => {
  if (!records.some(r => [...r.addedNodes].some(n => n.nodeName === 'LI'))) return;
  const end = performance.now();
  observer.disconnect();
  clearTimeout(guard);
  done({ms: end - start, count: list.children.length, status: status.textContent});
});
observer.observe(list, {childList: true});
input.value = value;
start = performance.now();
if (how === 'submit') input.form.requestSubmit();
else input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: value.slice(-1)}));
"""

CLEAR_JS = """
const input = document.getElementById('search-input');
input.value = '';
input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'deleteContentBackward'}));
"""

# Bytes of the search files fetched since resource entry `arguments[0]`: the index, its shards and
# fragments under search/ (all .bin) and the search*.js modules.
BYTES_JS = """
const entries = performance.getEntriesByType('resource').slice(arguments[0]);
const mine = entries.filter(e => /\\/search\\/[^?#]+\\.bin$/.test(new URL(e.name).pathname)
                              || /\\/search[^/]*\\.js$/.test(new URL(e.name).pathname));
return {
  next: performance.getEntriesByType('resource').length,
  files: mine.map(e => new URL(e.name).pathname.replace(/^.*\\/archive\\//, '')),
  transfer: mine.reduce((sum, e) => sum + e.transferSize, 0),
  body: mine.reduce((sum, e) => sum + e.encodedBodySize, 0),
};
"""


def _timed(driver, query, how="input"):
    result = driver.execute_async_script(TIME_JS, query, how)
    assert result["ms"] is not None, f"no result appeared for {query!r}: status {result['status']!r}"
    return result["ms"]


def _clear(driver):
    driver.execute_script(CLEAR_JS)
    WebDriverWait(driver, WAIT).until(
        lambda d: not (s := d.execute_script(STATE_JS))["hrefs"] and not s["status"], "the results did not clear")


def test_time_to_first_results_and_bytes_fetched(site, browser, record_property):
    set_viewport(browser, *DESKTOP)
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.clearBrowserCache", {})
    browser.get(site.url(PAGE))
    WebDriverWait(browser, WAIT).until(
        lambda d: d.execute_script("return document.documentElement.classList.contains('search-ready')"))
    # Cold: nothing of the index is loaded (the box was never focused, which would prefetch it).
    cold = _timed(browser, "關稅")
    first = browser.execute_script(BYTES_JS, 0)
    _clear(browser)
    warm = _timed(browser, "關稅")
    _clear(browser)
    warm_submit = _timed(browser, "關稅", how="submit")
    _clear(browser)
    later_ms = _timed(browser, "AUKUS")
    later = browser.execute_script(BYTES_JS, first["next"])
    browser.execute_cdp_cmd("Network.disable", {})

    report = {
        "cold_ms": round(cold, 1), "warm_ms": round(warm, 1),
        "warm_submit_ms": round(warm_submit, 1), "warm_new_terms_ms": round(later_ms, 1),
        "first_query_transfer_bytes": first["transfer"], "first_query_body_bytes": first["body"],
        "first_query_files": first["files"],
        "later_query_transfer_bytes": later["transfer"], "later_query_body_bytes": later["body"],
        "later_query_files": later["files"],
    }
    for key, value in report.items():
        record_property(key, value)
    print("\nsearch timings (ms, last input event → first result <li>): "
          f"cold 關稅 {cold:.1f}; warm 關稅 {warm:.1f}; warm 關稅 by submit (no debounce) {warm_submit:.1f}; "
          f"warm index, new terms AUKUS {later_ms:.1f}")
    print(f"search bytes: first query {first['transfer']} transferred / {first['body']} body in {first['files']}; "
          f"later query AUKUS {later['transfer']} transferred / {later['body']} body in {later['files']}")

    assert any(name.endswith("search/index.bin") for name in first["files"]), first["files"]
    assert first["body"] > 0 and first["transfer"] > 0, "the cache was not cleared: the first query fetched nothing"
    assert not any(name.endswith("index.bin") for name in later["files"]), "the index was fetched twice"
    # The times are recorded, not asserted: the 50 ms target is checked by `make bench` (Chromium
    # rows), on an archive of thousands of articles, where it means something.


def test_without_javascript_the_page_links_to_the_archive(site, browser_nojs):
    set_viewport(browser_nojs, *DESKTOP)
    open_page(browser_nojs, site.url(PAGE))
    notes = [p for p in browser_nojs.find_elements(By.CSS_SELECTOR, "p.noscript") if p.is_displayed()]
    assert notes, "no visible noscript message on the search page"
    assert "JavaScript" in notes[0].text
    links = notes[0].find_elements(By.CSS_SELECTOR, "a")
    assert links and all(link.get_attribute("href") == site.base_url for link in links), \
        [link.get_attribute("href") for link in links]
    assert not browser_nojs.execute_script("return document.documentElement.classList.contains('search-ready')")
