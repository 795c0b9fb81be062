"""The optional regional-vocabulary view: off by default, it shows the reader's region's names in
the converted column (特朗普 → 川普 in Traditional), keeps the faithful name on hover, and is remembered."""
from selenium.webdriver.common.by import By

from support import DESKTOP, open_page, set_viewport

ARTICLE = "articles/004-730b5a91600a779f/"  # Simplified original: the Traditional column is converted


def converted_trump(browser):
    return [mark.text for mark in browser.find_elements(By.CSS_SELECTOR, ".cell-hant [data-entity=donald-trump][data-regional]")]


def test_regional_names_are_off_by_default_and_switch_on_request(site, browser):
    set_viewport(browser, *DESKTOP)
    open_page(browser, site.url(ARTICLE))
    browser.execute_script("localStorage.clear()")
    open_page(browser, site.url(ARTICLE))
    assert set(converted_trump(browser)) == {"特朗普"}, "faithful conversion is the default"
    button = browser.find_element(By.CSS_SELECTOR, ".regional-choice")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert set(converted_trump(browser)) == {"川普"}
    titles = {mark.get_attribute("title") for mark in browser.find_elements(By.CSS_SELECTOR, ".cell-hant [data-entity=donald-trump][data-regional]")}
    assert titles == {"原文 · 原文：特朗普"}
    originals = {mark.text for mark in browser.find_elements(By.CSS_SELECTOR, ".cell-hans [data-entity=donald-trump]")}
    assert originals == {"特朗普"}, "the original column is never changed"
    open_page(browser, site.url(ARTICLE))
    assert set(converted_trump(browser)) == {"川普"}, "the choice is remembered"
    browser.find_element(By.CSS_SELECTOR, ".regional-choice").click()
    assert set(converted_trump(browser)) == {"特朗普"}
