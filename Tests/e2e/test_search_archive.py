"""(s) Search on an archive large enough that common words' lists are cut short in their shards:
a query of several tokens completes them from tail records fetched by Range request, shows the
exact number of matches (checked against the articles' own text), fetches only slices of the tail
and fragment files, and gives the same results from a host that ignores Range or widens ranges."""
import re
from urllib.parse import quote

from selenium.webdriver.support.ui import WebDriverWait

from support import DESKTOP, set_viewport

WAIT = 20
EXACT = re.compile(r"(\d+) 篇 · (\d+) 篇$")

STATE_JS = """
return {
  status: document.getElementById('search-status').textContent,
  hrefs: [...document.querySelectorAll('[data-search-results] > li a')].map(a => a.href),
  focused: document.activeElement ? document.activeElement.href || document.activeElement.id : null,
};
"""


def _article_text(page):
    """The title and both columns of an article page, as text: what the index reads, in both scripts."""
    html = page.read_text(encoding="utf-8")
    title = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    columns = html[html.index('<div class="bilingual"'):html.index('<footer class="article-footer"')]
    return re.sub(r"<[^>]+>", "", title + columns)


def _matching(archive, *patterns):
    """Article folders whose text matches every pattern."""
    pages = sorted(archive.root.glob("articles/*/index.html"))
    assert len(pages) > 100, "the synthetic archive was not built"
    return {page.parent.name for page in pages if all(re.search(p, _article_text(page)) for p in patterns)}


def _exact_results(driver, archive, query):
    """Opens search/?q=query and waits until the page shows an exact count and its first results."""
    set_viewport(driver, *DESKTOP)
    driver.get(archive.url("search/") + f"?q={quote(query)}")

    def settled(d):
        state = d.execute_script(STATE_JS)
        count = EXACT.match(state["status"])
        return state if count and len(state["hrefs"]) == min(int(count.group(1)), 10) else False

    return WebDriverWait(driver, WAIT).until(settled, f"no exact count for {query!r}")


def _without_cache(driver):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})


def test_several_terms_count_every_matching_article_from_range_requests(archive, browser):
    _without_cache(browser)
    expected = _matching(archive, "關稅|关税", "臺灣|台灣|台湾")
    archive.requests.clear()
    state = _exact_results(browser, archive, "台灣 關稅")
    assert int(EXACT.match(state["status"]).group(1)) == len(expected), state["status"]
    assert {href.rstrip("/").rsplit("/", 1)[1] for href in state["hrefs"]} <= expected
    tails = [r for r in archive.requests if "/search/tails/" in r[0]]
    assert tails, "the cut-short lists were not completed"
    assert all(status == 206 for _, status, _ in tails), tails
    fragments = [r for r in archive.requests if "/search/docs/" in r[0]]
    assert fragments and all(status == 206 for _, status, _ in fragments), fragments
    sizes = {path: (archive.root / path.split("/archive/", 1)[1]).stat().st_size for path, _, _ in tails + fragments}
    assert all(length < sizes[path] for path, _, length in tails + fragments), "a slice was as large as its file"


def test_a_name_and_its_entity_count_every_article_naming_the_person(archive, browser):
    _without_cache(browser)
    expected = _matching(archive, "特朗普|川普|Donald Trump")
    state = _exact_results(browser, archive, "川普")
    assert int(EXACT.match(state["status"]).group(1)) == len(expected), state["status"]


def _same_results_from(other, archive, browser, query):
    """Searches `query` on the Range-exact host, then on `other` (its request log cleared first),
    and checks both show the same count and the same results."""
    _without_cache(browser)
    exact = _exact_results(browser, archive, query)
    other.requests.clear()
    state = _exact_results(browser, other, query)
    assert state["status"] == exact["status"]
    assert [h[len(other.base_url):] for h in state["hrefs"]] == [h[len(archive.base_url):] for h in exact["hrefs"]]


def test_a_host_without_range_gives_the_same_results(archive, plain_archive, browser):
    _same_results_from(plain_archive, archive, browser, "特朗普 关税")
    tails = [r for r in plain_archive.requests if "/search/tails/" in r[0]]
    assert tails and all(status == 200 for _, status, _ in tails), "whole tail files, cut in the browser"
    fetched = [path for path, _, _ in plain_archive.requests if "/search/" in path]
    assert len(fetched) == len(set(fetched)), "a whole file was fetched twice"


def test_a_host_that_widens_ranges_gives_the_same_results(archive, aligned_archive, browser):
    _same_results_from(aligned_archive, archive, browser, "石破茂")
    slices = [r for r in aligned_archive.requests if "/search/tails/" in r[0] or "/search/docs/" in r[0]]
    assert slices and all(status == 206 for _, status, _ in slices), slices
    assert any(length >= 4096 for _, _, length in slices), "the host did not widen any range"
