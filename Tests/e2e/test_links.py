"""(b) Every internal link, #fragment and asset of every page resolves under the /archive/ sub-path."""
import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urldefrag, urljoin, urlsplit

import pytest


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.references = []  # (tag, attribute, value)
        self.ids = set()
        self.home_links = []  # the site title's href

    def handle_starttag(self, tag, attrs):
        if tag == "a" and "site-title" in (dict(attrs).get("class") or "").split():
            self.home_links.append(dict(attrs).get("href"))
        for name, value in attrs:
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if value is not None and (name, tag) in {("href", "a"), ("href", "link"), ("src", "script"),
                                                     ("src", "img"), ("src", "source"), ("src", "iframe")}:
                self.references.append((tag, name, value))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None  # a link that needs a redirect (a folder without its slash) is reported as broken


_opener = urllib.request.build_opener(_NoRedirect)


def _fetch(url):
    parts = urlsplit(url)
    url = parts._replace(path=quote(unquote(parts.path), safe="/")).geturl()
    try:
        with _opener.open(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.fixture(scope="module")
def crawl(site):
    """Fetches every page once; returns {page URL: parsed page} and a cache for the targets."""
    pages = {}
    for path in site.page_paths():
        status, body = _fetch(site.url(path))
        assert status == 200, f"{path or 'index'} answered {status}"
        parser = _Page()
        parser.feed(body)
        pages[site.url(path)] = parser
    return pages


def _is_internal(url, site):
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.netloc == urlsplit(site.base_url).netloc


def test_every_internal_link_and_asset_resolves(site, crawl):
    broken = []
    cache = {}
    for page_url, page in crawl.items():
        for tag, attribute, value in page.references:
            target, fragment = urldefrag(urljoin(page_url, value))
            target, fragment = unquote(target), unquote(fragment)
            if not _is_internal(target, site):
                continue
            if target not in cache:
                cache[target] = _fetch(target)
            status, body = cache[target]
            where = f"{page_url.removeprefix(site.base_url) or 'index'}: <{tag} {attribute}=\"{value}\">"
            if status != 200:
                broken.append(f"{where} → {status}")
            elif not target.startswith(site.base_url):
                broken.append(f"{where} leaves the site's sub-path")
            elif fragment:
                ids = crawl[target].ids if target in crawl else _ids(body)
                if fragment not in ids:
                    broken.append(f"{where} → no element with id {fragment!r}")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_site_title_leads_home_from_every_page(site, crawl):
    wrong = []
    for page_url, page in crawl.items():
        if len(page.home_links) != 1:
            wrong.append(f"{page_url}: {len(page.home_links)} site-title links")
        elif urljoin(page_url, page.home_links[0]) != site.base_url:
            wrong.append(f"{page_url}: site title links to {page.home_links[0]!r}, not the home page")
    assert not wrong, "\n".join(wrong)


def test_stylesheet_references_resolve(site):
    status, css = _fetch(site.url("assets/style.css"))
    assert status == 200
    for reference in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
        if not reference.startswith("data:"):
            assert _fetch(urljoin(site.url("assets/style.css"), reference))[0] == 200, reference


def test_footnote_links_in_both_columns_resolve(site, articles, crawl):
    page = crawl[site.url(articles.simplified)]
    for column in ("hant", "hans"):
        references = [value for _, _, value in page.references if value.startswith(f"#{column}-fn-")]
        backreferences = [value for _, _, value in page.references if value.startswith(f"#{column}-fnref-")]
        assert references, f"no footnote reference in the {column} column"
        assert backreferences, f"no footnote back-link in the {column} column"
        missing = [value for value in references + backreferences if value[1:] not in page.ids]
        assert not missing, f"{column} footnote links without targets: {missing}"


def _ids(body):
    parser = _Page()
    parser.feed(body)
    return parser.ids
