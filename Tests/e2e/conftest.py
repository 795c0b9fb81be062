"""Fixtures for the end-to-end tests.

The site is rebuilt with the `briefing` CLI into a temporary folder, served by Python's
http.server on 127.0.0.1 under the sub-path /archive/ (so a root-absolute link breaks here as it
would on a sub-path host), answering Range requests as static hosts do (and, for one fixture,
ignoring them as some do), and driven in headless Chromium through the system chromedriver.
A synthetic archive of a few hundred articles (`briefing synth`) is built too, for what the five
seeds are too few to show: search lists long enough to be cut short.
`make test-e2e` installs everything these tests need; a missing tool fails the run, never skips it.
"""
import contextlib
import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from support import REPO, SUBPATH


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the docroot without logging, and remembers every path it could not serve."""

    missing: list = []

    def log_message(self, format, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            type(self).missing.append(self.path)
        super().send_error(code, message, explain)


class RangeHandler(QuietHandler):
    """Also answers a single-range request (`Range: bytes=A-B`) with 206 and that slice, as static
    hosts do, and logs every file request as (path, status, body bytes)."""

    requests: list = []

    def do_GET(self):
        path = self.translate_path(self.path)
        wanted = re.fullmatch(r"bytes=(\d+)-(\d+)", self.headers.get("Range", ""))
        if not os.path.isfile(path):
            return super().do_GET()
        data = Path(path).read_bytes()
        if not wanted:
            type(self).requests.append((self.path, 200, len(data)))
            return super().do_GET()
        start, end = int(wanted[1]), min(int(wanted[2]), len(data) - 1)
        if start > end:
            return self.send_error(416)
        body = data[start:end + 1]
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        type(self).requests.append((self.path, 206, len(body)))


class PlainHandler(QuietHandler):
    """Ignores Range, as some hosts do (http.server's own behaviour), and logs like RangeHandler."""

    requests: list = []

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isfile(path):
            type(self).requests.append((self.path, 200, os.path.getsize(path)))
        return super().do_GET()


@dataclass
class Site:
    root: Path
    base_url: str
    missing: list = field(default_factory=list)
    requests: list = field(default_factory=list)

    def url(self, relative: str) -> str:
        return self.base_url + relative

    def page_paths(self) -> list:
        """The site-relative URL of every HTML page, as a link would name it."""
        paths = []
        for file in sorted(self.root.rglob("*.html")):
            relative = file.relative_to(self.root).as_posix()
            paths.append(relative[: -len("index.html")] if file.name == "index.html" else relative)
        return paths

    def html(self, relative: str) -> str:
        file = self.root / relative
        if relative == "" or relative.endswith("/"):
            file = file / "index.html"
        return file.read_text(encoding="utf-8")


def _binary():
    binary = Path(os.environ.get("BRIEFING_BIN") or REPO / ".build" / "debug" / "briefing")
    if not binary.is_file():
        pytest.fail(f"{binary} is missing: run `swift build --product briefing` or set BRIEFING_BIN")
    return binary


def _build(seeds, docroot):
    out = docroot / SUBPATH.strip("/")
    build = subprocess.run(
        [str(_binary()), "build", "-q", "--seeds", str(seeds), "--templates", str(REPO / "templates"), "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    if build.returncode != 0:
        pytest.fail(f"briefing build failed ({build.returncode}):\n{build.stderr}")
    return out


@contextlib.contextmanager
def _served(docroot, out, base):
    """Serves `docroot` with a fresh subclass of `base` (so each server keeps its own logs)."""
    handler = type("Handler", (base,), {"missing": [], "requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(docroot)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(out, f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}", handler.missing, handler.requests)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    docroot = tmp_path_factory.mktemp("www")
    out = _build(REPO / "seeds", docroot)
    with _served(docroot, out, RangeHandler) as built:
        if len(built.page_paths()) < 3:
            pytest.fail(f"the build wrote only {built.page_paths()}: expected an index, a 404 page and articles")
        yield built


ARCHIVE_ARTICLES = 150


@pytest.fixture(scope="session")
def archive_root(tmp_path_factory):
    """A synthetic archive made from the seeds, built once: (docroot, output folder)."""
    seeds = tmp_path_factory.mktemp("synth") / "seeds"
    made = subprocess.run([str(_binary()), "synth", "--articles", str(ARCHIVE_ARTICLES), "--out", str(seeds),
                           "--seeds", str(REPO / "seeds")], capture_output=True, text=True, timeout=120)
    if made.returncode != 0:
        pytest.fail(f"briefing synth failed ({made.returncode}):\n{made.stderr}")
    docroot = tmp_path_factory.mktemp("archive")
    return docroot, _build(seeds, docroot)


@pytest.fixture(scope="session")
def archive(archive_root):
    """The synthetic archive from a host that serves Range requests."""
    with _served(*archive_root, RangeHandler) as served:
        yield served


@pytest.fixture(scope="session")
def plain_archive(archive_root):
    """The same archive from a host that ignores Range and always sends whole files."""
    with _served(*archive_root, PlainHandler) as served:
        yield served


class _ArticleList(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and "article-link" in (attributes.get("class") or "").split():
            self.links.append(attributes["href"])


@dataclass(frozen=True)
class Articles:
    all: list
    traditional: str  # an article written in Traditional script
    simplified: str   # an article written in Simplified script, with footnotes


@pytest.fixture(scope="session")
def articles(site):
    parser = _ArticleList()
    parser.feed(site.html(""))
    links = parser.links
    assert links, "the index lists no article"

    def original(path):
        match = re.search(r'class="bilingual" data-original="(Hant|Hans)"', site.html(path))
        return match and match.group(1)

    traditional = [path for path in links if original(path) == "Hant"]
    simplified = [path for path in links if original(path) == "Hans" and "row-footnote" in site.html(path)]
    assert traditional, "no article is written in Traditional script"
    assert simplified, "no Simplified article has footnotes"
    return Articles(links, traditional[0], simplified[0])


def _chromium(javascript: bool):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not browser or not driver:
        pytest.fail("Chromium and chromedriver are missing: `make test-e2e` installs Debian chromium and chromium-driver")
    options = webdriver.ChromeOptions()
    # Pointing at the system browser and driver keeps Selenium from downloading its own.
    options.binary_location = browser
    for argument in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--force-color-profile=srgb",
                     "--window-size=1280,900", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    session = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    session.set_page_load_timeout(30)
    session.set_script_timeout(60)
    return session


@pytest.fixture(scope="session")
def browser():
    session = _chromium(javascript=True)
    yield session
    session.quit()


@pytest.fixture(scope="session")
def browser_nojs():
    session = _chromium(javascript=False)
    yield session
    session.quit()


def pytest_sessionfinish(session, exitstatus):
    # Every dependency is installed by `make test-e2e`, so a skip means a check silently did not run.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if exitstatus == 0 and skipped:
        reporter.write_line(f"e2e: {skipped} test(s) skipped; every e2e check must run", red=True)
        session.exitstatus = 1
