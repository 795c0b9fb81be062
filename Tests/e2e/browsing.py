"""What the end-to-end tests and the benchmark both need: static file servers that answer Range
requests as static hosts do (or ignore them, as some do), logging each file request, and headless
Chromium from the system's chromium and chromedriver packages."""
import contextlib
import functools
import http.server
import os
import re
import shutil
import threading
from pathlib import Path


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
    align = 1

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
        # A host or cache may widen a range to its own blocks; `align` > 1 does the same.
        start, end = start // self.align * self.align, min(len(data) - 1, (end // self.align + 1) * self.align - 1)
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


class AligningRangeHandler(RangeHandler):
    """Answers every range with the 4 KiB blocks around it, as some caches do."""

    align = 4096


class PlainHandler(QuietHandler):
    """Ignores Range, as some hosts do (http.server's own behaviour), and logs like RangeHandler."""

    requests: list = []

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isfile(path):
            type(self).requests.append((self.path, 200, os.path.getsize(path)))
        return super().do_GET()


@contextlib.contextmanager
def serving(docroot, base=None):
    """Serves `docroot` on 127.0.0.1 with a fresh subclass of `base` (RangeHandler by default), so
    each server keeps its own logs; yields (port, handler class)."""
    handler = type("Handler", (base or RangeHandler,), {"missing": [], "requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(docroot)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], handler
    finally:
        server.shutdown()
        server.server_close()


def chromium(javascript=True):
    """A headless Chromium session; RuntimeError when the browser or its driver is missing."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not browser or not driver:
        raise RuntimeError("Chromium and chromedriver are missing: `make test-e2e` installs Debian chromium and chromium-driver")
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
