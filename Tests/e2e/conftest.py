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
import os
import re
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browsing import AligningRangeHandler, PlainHandler, RangeHandler, chromium, serving
from support import REPO, SUBPATH


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
    with serving(docroot, base) as (port, handler):
        yield Site(out, f"http://127.0.0.1:{port}{SUBPATH}", handler.missing, handler.requests)


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
def aligned_archive(archive_root):
    """The same archive from a host that widens every range to its 4 KiB blocks."""
    with _served(*archive_root, AligningRangeHandler) as served:
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
    try:
        return chromium(javascript)
    except RuntimeError as error:
        pytest.fail(str(error))


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
