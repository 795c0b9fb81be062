"""Constants and browser helpers shared by the end-to-end tests."""
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SUBPATH = "/archive/"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
PHONE = (360, 740)
DESKTOP = (1280, 900)


def set_viewport(driver, width: int, height: int):
    """Sets the exact CSS viewport. `mobile` stays off: mobile emulation zooms out to fit an
    overflowing page, which would hide the very horizontal scrolling the layout tests look for."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def open_page(driver, url: str):
    """Loads a page and waits for its web fonts, so that measurements and screenshots are final."""
    driver.get(url)
    driver.execute_script("return document.fonts.ready.then(() => true)")


def forget_script_choice(driver, site):
    """Clears the stored script choice (localStorage is per origin, so any page of the site will do)."""
    if not driver.current_url.startswith(site.base_url):
        driver.get(site.url("404.html"))
    driver.execute_script("localStorage.clear()")
