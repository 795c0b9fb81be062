"""(i) Article pages link to the articles before and after them in the home page's order; long
lists go on over pages whose links all resolve. The five seeds fit on one page, so pagination is
checked on a second build of them with `page_size: 2`, served under the same kind of sub-path."""
import functools
import http.server
import re
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from support import DESKTOP, PHONE, REPO, SCREENSHOTS, SUBPATH, open_page, set_viewport
from test_links import _Page, _fetch


class _Links(HTMLParser):
    """The `<a>` elements with a rel attribute, and the aria-label of each nav."""

    def __init__(self):
        super().__init__()
        self.rel = {}
        self.navs = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("rel") in ("prev", "next"):
            self.rel.setdefault(attributes["rel"], []).append(attributes["href"])
        if tag == "nav":
            self.navs.append((attributes.get("class"), attributes.get("aria-label")))


def _links(html):
    parser = _Links()
    parser.feed(html)
    return parser


def test_article_pages_link_to_their_neighbours_in_home_page_order(site, articles):
    order = articles.all
    assert len(order) >= 3
    for position, path in enumerate(order):
        page = _links(site.html(path))
        assert ("article-nav", "前後文章 · 前后文章") in page.navs, f"{path}: no labelled article nav"
        url = site.url(path)
        previous = [urljoin(url, href) for href in page.rel.get("prev", [])]
        following = [urljoin(url, href) for href in page.rel.get("next", [])]
        assert previous == ([site.url(order[position - 1])] if position > 0 else []), path
        assert following == ([site.url(order[position + 1])] if position + 1 < len(order) else []), path


def test_neighbour_links_show_the_neighbours_title_in_both_scripts(site, articles):
    second = site.html(articles.all[1])
    first_title = re.search(r'class="article-link" href="[^"]+">([^<]+)</a> <span class="converted-title" lang="[^"]+">([^<]+)<',
                            site.html(""))
    assert first_title
    nav = second[second.index('<nav class="article-nav"'):]
    nav = nav[: nav.index("</nav>")]
    assert f">{first_title.group(1)}</span>" in nav and f">{first_title.group(2)}</span>" in nav


def test_article_nav_screenshots(site, articles, browser):
    """The nav at the foot of an article, on a desktop and a phone, light and dark, to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    written = []
    for scheme in ("light", "dark"):
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        try:
            for width, height in (DESKTOP, PHONE):
                set_viewport(browser, width, height)
                open_page(browser, site.url(articles.all[1]))
                browser.execute_script("document.querySelector('.article-nav').scrollIntoView({block: 'center'})")
                written.append(SCREENSHOTS / f"article-nav-{width}-{scheme}.png")
                browser.save_screenshot(str(written[-1]))
        finally:
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert all(file.stat().st_size > 10_000 for file in written)


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory):
    """The five seeds with two articles a page, served under the sub-path."""
    work = tmp_path_factory.mktemp("paged")
    templates = work / "templates"
    shutil.copytree(REPO / "templates", templates)
    settings = templates / "site.yml"
    text = settings.read_text(encoding="utf-8")
    assert "page_size: 50" in text
    settings.write_text(text.replace("page_size: 50", "page_size: 2"), encoding="utf-8")
    docroot = work / "www"
    out = docroot / SUBPATH.strip("/")
    binary = Path(__import__("os").environ.get("BRIEFING_BIN") or REPO / ".build" / "debug" / "briefing")
    build = subprocess.run([str(binary), "build", "--seeds", str(REPO / "seeds"), "--templates", str(templates),
                            "--out", str(out), "--no-cache", "-q"], capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    handler = functools.partial(_Quiet, directory=str(docroot))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield out, f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
    server.shutdown()
    server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def test_paginated_lists_link_page_to_page_and_every_link_resolves(paged_site):
    root, base = paged_site
    assert (root / "page" / "3" / "index.html").is_file(), "five articles two a page should make page/3/"
    assert not (root / "page" / "4").exists()
    home = _links((root / "index.html").read_text(encoding="utf-8"))
    assert home.rel.get("next") == ["page/2/"] and "prev" not in home.rel
    second = _links((root / "page" / "2" / "index.html").read_text(encoding="utf-8"))
    assert second.rel.get("prev") == ["../../"] and second.rel.get("next") == ["../../page/3/"]
    assert any(cls == "pager" for cls, _ in second.navs)
    broken = []
    checked = {}
    pages = sorted(root.rglob("index.html"))
    for file in pages:
        url = base + file.parent.relative_to(root).as_posix().removeprefix(".") + ("/" if file.parent != root else "")
        parser = _Page()
        parser.feed(file.read_text(encoding="utf-8"))
        for tag, _, value in parser.references:
            target = unquote(urldefrag(urljoin(url, value))[0])
            if urlsplit(target).netloc != urlsplit(base).netloc:
                continue
            if target not in checked:
                checked[target] = _fetch(target)[0]
            status = checked[target]
            if status != 200 or not target.startswith(base):
                broken.append(f"{file.relative_to(root)}: {value} → {status}")
    assert len(pages) > 5, pages
    assert not broken, "\n".join(broken)
