"""Search in a real browser, ours beside Pagefind's, on the same archive: time to first results
and recall of the same queries, against what the articles' own text says should be found.

Each query lists, per term, the forms a reader means by it (both scripts, both regions' names, the
English name). The relevant set is computed from page text: for ours, the title and both script
columns of each article page; for the peer, the `<main>` of each Hugo page (one page per article
and script). Ours: the query is typed into `search/` (a Range-serving host), time = last input
event → first result <li> (the box was focused first, which loads the index entry, as a reader's
click does), recall = the exact count shown ÷ relevant articles. Pagefind: its JS API
(`pagefind.js`, `init()` first) from a page of the Hugo site, time = `search()` plus the data of
the first five results (what its UI shows first), recall = results ÷ relevant pages; Pagefind
searches the language of the page it runs in, and its results may include list pages.
"""

import re
import statistics
import sys
import time
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from browsing import chromium, serving  # noqa: E402

# query → per term, the regular expression of the forms that make a page relevant.
QUERIES = {
    "關稅": ["關稅|关税"],
    "臺灣": ["臺灣|台灣|台湾"],
    "川普": ["川普|特朗普|Donald Trump"],
    "鲁比奥": ["盧比歐|鲁比奥|盧比奧|Rubio"],
    "Rubio": ["盧比歐|鲁比奥|盧比奧|Rubio"],
    "Hegseth": ["赫格塞斯|海格塞斯|赫格塞思|Hegseth"],
    "AUKUS": ["AUKUS|奧庫斯|奥库斯"],
    "特朗普 关税": ["川普|特朗普|Donald Trump", "關稅|关税"],
}

TIME_JS = """
const [value, done] = arguments;
const input = document.getElementById('search-input');
const list = document.querySelector('[data-search-results]');
const status = document.getElementById('search-status');
let start = 0;
const guard = setTimeout(() => { observer.disconnect(); done({ms: null}); }, 20000);
const observer = new MutationObserver((records) => {
  if (!records.some(r => [...r.addedNodes].some(n => n.nodeName === 'LI'))) return;
  const end = performance.now();
  observer.disconnect();
  clearTimeout(guard);
  done({ms: end - start});
});
observer.observe(list, {childList: true});
input.value = value;
start = performance.now();
input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: value.slice(-1)}));
"""

CLEAR_JS = """
const input = document.getElementById('search-input');
input.value = '';
input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'deleteContentBackward'}));
"""

COUNT_JS = "return document.getElementById('search-status').textContent;"

PAGEFIND_JS = """
const [base, query, done] = arguments;
(async () => {
  if (!window.__pagefind) {
    window.__pagefind = await import(base + 'pagefind/pagefind.js');
    await window.__pagefind.init?.();
  }
  const pagefind = window.__pagefind;
  const start = performance.now();
  const found = await pagefind.search(query);
  await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
  done({ms: performance.now() - start, count: found.results.length});
})().catch((error) => done({error: String(error)}));
"""


def _text(html):
    return unescape(re.sub(r"<[^>]+>", "", html))


def our_pages(public):
    """Text of each article page: title and both script columns."""
    texts = []
    for page in sorted(Path(public).glob("articles/*/index.html")):
        html = page.read_text(encoding="utf-8")
        title = re.search(r"<h1>(.*?)</h1>", html, re.S)
        start, end = html.find('<div class="bilingual"'), html.find('<footer class="article-footer"')
        texts.append(_text((title.group(1) if title else "") + (html[start:end] if start >= 0 else "")))
    return texts


def peer_pages(public):
    """Text of the `<main>` of each Hugo article page (one per article and script)."""
    texts = []
    for page in sorted(Path(public).glob("han[st]/*/index.html")):
        main = re.search(r"<main[^>]*>(.*?)</main>", page.read_text(encoding="utf-8"), re.S)
        texts.append(_text(main.group(1)) if main else "")
    return texts


def relevant(texts, terms):
    return sum(1 for text in texts if all(re.search(term, text) for term in terms))


def _settled_count(driver, timeout=20):
    """The exact count the status line settles on (`N 篇 · N 篇`), or None."""
    from selenium.webdriver.support.ui import WebDriverWait
    try:
        status = WebDriverWait(driver, timeout).until(
            lambda d: (s := d.execute_script(COUNT_JS)) and re.match(r"(\d+) 篇 · \d+ 篇$", s) and s)
        return int(re.match(r"(\d+)", status).group(1))
    except Exception:  # noqa: BLE001 - a timeout is reported as no count
        return None


def measure(ours_public, peer_public, queries=QUERIES):
    """Per query: ours and Pagefind's time (ms) and recall; plus the medians. None when the
    browser cannot run."""
    try:
        driver = chromium()
    except Exception as error:  # noqa: BLE001 - the report says why instead of failing the bench
        return {"error": str(error)}
    rows = {}
    try:
        ours_texts = our_pages(ours_public)
        peer_texts = peer_pages(peer_public) if peer_public else []
        with serving(Path(ours_public).parent) as (port, _):
            base = f"http://127.0.0.1:{port}/{Path(ours_public).name}/"
            driver.get(base + "search/")
            # As a reader does: into the box first (which loads the index entry), then typing.
            driver.execute_script("document.getElementById('search-input').focus();")
            time.sleep(1)
            for query, terms in queries.items():
                driver.execute_script(CLEAR_JS)
                timed = driver.execute_async_script(TIME_JS, query)
                count = _settled_count(driver)
                want = relevant(ours_texts, terms)
                rows[query] = {"ours_ms": timed["ms"], "ours_count": count, "ours_relevant": want,
                               "ours_recall": (count / want) if count is not None and want else None}
        if peer_public:
            with serving(Path(peer_public)) as (port, _):
                base = f"http://127.0.0.1:{port}/"
                driver.get(base + "index.html")
                for query, terms in queries.items():
                    result = driver.execute_async_script(PAGEFIND_JS, base, query)
                    want = relevant(peer_texts, terms)
                    rows[query].update({"pagefind_ms": result.get("ms"), "pagefind_count": result.get("count"),
                                        "pagefind_relevant": want, "pagefind_error": result.get("error"),
                                        "pagefind_recall": (result["count"] / want) if result.get("count") is not None and want else None})
    finally:
        driver.quit()

    def median(key):
        values = [row[key] for row in rows.values() if row.get(key) is not None]
        return statistics.median(values) if values else None

    return {"queries": rows, "ours_median_ms": median("ours_ms"), "pagefind_median_ms": median("pagefind_ms")}
