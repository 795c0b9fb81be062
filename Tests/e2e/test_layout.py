"""(f) no page scrolls sideways on a phone or a desktop, with or without JavaScript;
(h) screenshots of articles for a person to look at, in Tests/e2e/screenshots/."""
import shutil
import subprocess

import pytest

from support import DESKTOP, PHONE, SCREENSHOTS, forget_script_choice, open_page, set_viewport

OVERFLOW_JS = """
const scroller = document.scrollingElement;
const wide = [...document.body.querySelectorAll('*')]
  .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5)
  .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= innerWidth + 0.5)
  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + [...e.classList].join('.') : '')
                      + ' right=' + Math.round(e.getBoundingClientRect().right));
return {scrollWidth: scroller.scrollWidth, innerWidth: innerWidth, wide};
"""


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["360x740", "1280x900"])
def test_no_page_scrolls_horizontally(site, browser, browser_nojs, size, javascript):
    driver = browser if javascript else browser_nojs
    set_viewport(driver, *size)
    if javascript:
        forget_script_choice(driver, site)
    problems = []
    for path in site.page_paths():
        open_page(driver, site.url(path))
        layout = driver.execute_script(OVERFLOW_JS)
        assert layout["innerWidth"] == size[0], f"the viewport is {layout['innerWidth']} wide, not {size[0]}"
        if layout["scrollWidth"] > layout["innerWidth"]:
            problems.append(f"{path or 'index'}: scrollWidth {layout['scrollWidth']} > {layout['innerWidth']}; "
                            f"too wide: {layout['wide']}")
    assert not problems, "\n".join(problems)


def test_browser_requested_nothing_missing(site, browser, browser_nojs):
    for driver in (browser, browser_nojs):
        set_viewport(driver, *DESKTOP)
        for path in site.page_paths():
            open_page(driver, site.url(path))
    missing = [path for path in site.missing if not path.endswith("/favicon.ico")]
    assert not missing, f"pages requested missing files: {sorted(set(missing))}"


def test_screenshots(site, articles, browser, browser_nojs):
    fonts = subprocess.run(["fc-list", ":lang=zh-tw", "family"], capture_output=True, text=True) if shutil.which("fc-list") else None
    assert fonts and "Noto" in fonts.stdout, "no Noto CJK font: Chinese would render as boxes (Debian fonts-noto-cjk)"
    SCREENSHOTS.mkdir(exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    forget_script_choice(browser, site)
    written = []
    for name, path in (("hans", articles.simplified), ("hant", articles.traditional)):
        for width, height in (DESKTOP, PHONE):
            for javascript, driver in (("js", browser), ("nojs", browser_nojs)):
                set_viewport(driver, width, height)
                open_page(driver, site.url(path))
                file = SCREENSHOTS / f"{name}-{width}-{javascript}.png"
                driver.save_screenshot(str(file))
                written.append(file)
    # The footnotes of the Simplified article, on a phone, as the reader lands on one.
    set_viewport(browser, *PHONE)
    open_page(browser, site.url(articles.simplified))
    first = browser.execute_script("const a = document.querySelector('.cell-hans sup.footnote-ref a'); return a.hash.slice(1)")
    open_page(browser, site.url(articles.simplified) + "#" + first)
    written.append(SCREENSHOTS / "hans-360-js-footnote.png")
    browser.save_screenshot(str(written[-1]))
    for page, name in (("", "index"), ("404.html", "404")):
        for width, height in (DESKTOP, PHONE):
            set_viewport(browser, width, height)
            open_page(browser, site.url(page))
            written.append(SCREENSHOTS / f"{name}-{width}-js.png")
            browser.save_screenshot(str(written[-1]))
    assert all(file.stat().st_size > 10_000 for file in written), "a screenshot is suspiciously small"
