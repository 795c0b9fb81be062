"""`briefing serve`: content types and statuses on loopback, rebuild and reload on change, the last
good site kept when a template breaks, an error overlay in the browser, and progress output that
differs between a terminal and a pipe."""
import json
import os
import pty
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO

BINARY = Path(os.environ.get("BRIEFING_BIN") or REPO / ".build" / "debug" / "briefing")
ARTICLE = "articles/001-028ffaec0f3ec37e/"
HEADING = "石破茂與川普的關鍵會談"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, headers=None):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=30) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


@pytest.fixture()
def served(tmp_path):
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    port = free_port()
    base = f"http://127.0.0.1:{port}/archive/"
    process = subprocess.Popen(
        [str(BINARY), "serve", "--port", str(port), "--base-url", base, "--cache", str(tmp_path / "cache")],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if get(base + "__briefing/wait")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("briefing serve did not answer within 60 s")
    yield tmp_path, base
    process.terminate()
    process.wait(timeout=10)
    assert not (tmp_path / "public").exists(), "serve must not write a public/ folder"


def text_of(html: bytes) -> str:
    """The page's text without tags: entity marks split names across elements."""
    return re.sub(r"<[^>]+>", "", html.decode())


def state(base, version=None):
    suffix = "" if version is None else f"?version={version}"
    return json.loads(get(base + "__briefing/wait" + suffix)[2])


def test_serves_the_site_with_right_types_and_statuses(served):
    _, base = served
    expected = {
        "": (200, "text/html"), ARTICLE: (200, "text/html"), ARTICLE + "index.md": (200, "text/markdown"),
        "search/index.bin": (200, "application/octet-stream"), "assets/style.css": (200, "text/css"),
        "assets/search.js": (200, "text/javascript"), "no-such-page/": (404, "text/html"),
    }
    for path, (status, kind) in expected.items():
        code, content_type, body = get(base + path)
        assert (code, content_type.split(";")[0]) == (status, kind), path
    code, _, body = get(base + "no-such-page/")
    assert "404" in body.decode() or "找不到" in body.decode()
    assert b"__briefing/live.js" in get(base)[2]
    assert b"__briefing" not in (REPO / "public" / "index.html").read_bytes()


def test_search_files_are_served_by_range_as_static_hosts_do(served):
    # The search client reads tail records and fragments as byte ranges of their files.
    _, base = served
    whole = get(base + "search/docs/0.bin")[2]
    code, _, body = get(base + "search/docs/0.bin", {"Range": "bytes=3-12"})
    assert (code, body) == (206, whole[3:13])


def test_editing_a_seed_rebuilds_within_two_seconds(served):
    folder, base = served
    before = state(base)["version"]
    seed = folder / "seeds" / "001_028ffaec0f3ec37e.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(HEADING, "石破茂與川普的重要會談"), encoding="utf-8")
    started = time.time()
    after = state(base, before)
    assert after["version"] != before and after["error"] is None
    assert time.time() - started < 2.0, f"rebuild took {time.time() - started:.2f} s"
    assert "石破茂與川普的重要會談" in text_of(get(base + ARTICLE)[2])


def test_a_broken_template_keeps_the_last_good_site_and_reports_the_error(served):
    folder, base = served
    before = state(base)["version"]
    template = folder / "templates" / "article.mustache"
    template.write_text(template.read_text(encoding="utf-8") + "{{#unclosed}}\n", encoding="utf-8")
    report = state(base, before)
    assert "templates/article.mustache" in report["error"] and "does not parse" in report["error"]
    code, _, body = get(base + ARTICLE)
    assert code == 200 and HEADING in text_of(body)


def test_the_open_page_reloads_itself_and_shows_errors_where_the_editor_looks(served, browser):
    folder, base = served
    browser.get(base + ARTICLE)
    body = lambda d: d.find_element(By.TAG_NAME, "body").text
    WebDriverWait(browser, 10).until(lambda d: HEADING in body(d))
    time.sleep(0.5)  # let the page's first long poll start
    seed = folder / "seeds" / "001_028ffaec0f3ec37e.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(HEADING, "石破茂與川普的重要會談"), encoding="utf-8")
    WebDriverWait(browser, 5).until(lambda d: "石破茂與川普的重要會談" in body(d))
    template = folder / "templates" / "article.mustache"
    original = template.read_text(encoding="utf-8")
    template.write_text(original + "{{#unclosed}}\n", encoding="utf-8")
    overlay = WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[role=alert]"))
    assert "article.mustache" in overlay[0].text
    template.write_text(original, encoding="utf-8")
    WebDriverWait(browser, 5).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "[role=alert]"))


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_in_a_pipe(tmp_path):
    arguments = [str(BINARY), "build", "--seeds", str(REPO / "seeds"), "--templates", str(REPO / "templates"),
                 "--no-cache", "--out"]
    piped = subprocess.run(arguments + [str(tmp_path / "piped")], capture_output=True, text=True, check=True)
    assert "convert: 5 done at" in piped.stderr and "\r" not in piped.stderr
    assert "built 5 articles" in piped.stdout
    controller, terminal = pty.openpty()
    process = subprocess.Popen(arguments + [str(tmp_path / "terminal")], stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    output = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    assert process.wait(timeout=60) == 0
    text = output.decode(errors="replace")
    assert "\r\x1b[2K" in text and "█" in text and "convert: 5 done" not in text
