"""(c) axe-core 4.x finds no serious or critical violation on the index, a Traditional and a
Simplified article and the 404 page, in the light and the dark colour scheme."""
import importlib.util
import json
from pathlib import Path

import pytest

from support import DESKTOP, open_page, set_viewport


@pytest.fixture(scope="module")
def axe_source():
    # axe-playwright-python is installed with --no-deps only for its bundled axe.min.js,
    # so find the file without importing the package (which needs Playwright).
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("PyPI axe-playwright-python is missing: `make test-e2e` installs it with --no-deps")
    source = (Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text(encoding="utf-8")
    assert source.lstrip().startswith("/*! axe v4."), "expected axe-core 4.x"
    return source


def _pages(site, articles):
    return {"index": "", "traditional article": articles.traditional,
            "simplified article": articles.simplified, "404": "404.html"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page", ["index", "traditional article", "simplified article", "404"])
def test_no_serious_axe_violations(site, articles, browser, axe_source, page, scheme):
    set_viewport(browser, *DESKTOP)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    try:
        open_page(browser, site.url(_pages(site, articles)[page]))
        browser.execute_script(axe_source)
        results = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']})"
            "  .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    violations = json.loads(results)
    assert not isinstance(violations, dict), violations
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    report = "\n".join(
        f"{v['impact']} {v['id']}: {v['help']}\n" + "\n".join(
            f"    {node['target']} {node.get('failureSummary', '').splitlines()[-1:]}" for node in v["nodes"][:5])
        for v in serious)
    assert not serious, f"axe-core on {page} ({scheme}):\n{report}"
