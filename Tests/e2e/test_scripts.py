"""(d) without JavaScript both script columns show; (e) the script choice hides a column and
persists across pages; (g) footnotes stay in their column; every Chinese text carries the lang
of its script, since Chromium picks the Traditional, Simplified or Japanese face from it."""
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import DESKTOP, PHONE, forget_script_choice, open_page, set_viewport

HANT = "zh-Hant-TW"
HANS = "zh-Hans-CN"
# Characters that exist in only one of the two scripts: (Traditional, Simplified).
PAIRS = ("國国 這这 們们 對对 關关 會会 說说 經经 發发 學学 為为 時时 與与 實实 當当 來来 個个 還还 點点 區区 應应 "
         "體体 從从 進进 動动 開开 長长 問问 間间 題题 機机 過过 現现 爭争 軍军 權权 濟济 貿贸 戰战 總总 統统 議议 "
         "視视 條条 約约 灣湾 簡简 並并 華华 歐欧 亞亚 韓韩 東东 陸陆 兩两 庫库 頁页 見见 認认 號号 衛卫 務务 將将 "
         "報报 書书 際际 續续 變变 讓让 協协 雙双 邊边 強强 歷历 樣样 價价 導导 員员 聯联 選选 擇择 轉转 換换 譯译 "
         "圖图 處处 傳传 網网 頭头 護护 歸归 內内 絕绝 賴赖 領领 導导 樂乐 視视 顯显 示示").split()
TRADITIONAL_ONLY = {pair[0] for pair in PAIRS if pair[0] != pair[1]}
SIMPLIFIED_ONLY = {pair[1] for pair in PAIRS if pair[0] != pair[1]}

CELLS_JS = """
return [...document.querySelectorAll('.bilingual .row')].map(row => [...row.children].map(cell => ({
  column: cell.classList.contains('cell-hant') ? 'hant' : cell.classList.contains('cell-hans') ? 'hans' : cell.className,
  lang: cell.getAttribute('lang'),
  shown: cell.getClientRects().length > 0 && getComputedStyle(cell).visibility !== 'hidden',
  text: cell.innerText.trim(),
})));
"""


def script_mismatch(text, lang):
    """Names the characters of the other script when they outnumber those of the declared one."""
    traditional = [c for c in text if c in TRADITIONAL_ONLY]
    simplified = [c for c in text if c in SIMPLIFIED_ONLY]
    right, wrong = (traditional, simplified) if lang.startswith("zh-Hant") else (simplified, traditional)
    return "".join(wrong) if wrong and len(wrong) >= len(right) else ""


@pytest.mark.parametrize("which", ["traditional", "simplified"])
def test_without_javascript_both_columns_show_with_their_lang(site, articles, browser_nojs, which):
    set_viewport(browser_nojs, *DESKTOP)
    open_page(browser_nojs, site.url(getattr(articles, which)))
    assert not browser_nojs.execute_script(
        "return document.documentElement.hasAttribute('data-script') || !!document.querySelector('.script-choice')"
    ), "JavaScript ran although it is disabled"
    rows = browser_nojs.execute_script(CELLS_JS)
    assert rows, "the article has no aligned rows"
    problems = []
    for number, row in enumerate(rows, 1):
        if [cell["column"] for cell in row] != ["hant", "hans"]:
            problems.append(f"row {number} has cells {[cell['column'] for cell in row]}")
            continue
        for cell, lang in zip(row, (HANT, HANS)):
            if cell["lang"] != lang:
                problems.append(f"row {number} {cell['column']} cell has lang={cell['lang']!r}, expected {lang}")
            if not cell["shown"]:
                problems.append(f"row {number} {cell['column']} cell is hidden")
            if not cell["text"]:
                problems.append(f"row {number} {cell['column']} cell is empty")
            if not KANA.search(cell["text"]) and (mismatch := script_mismatch(cell["text"], lang)):
                problems.append(f"row {number} {cell['column']} cell reads as the other script: {mismatch}")
    assert not problems, "\n".join(problems)


# Names and labels that reach the templates without a lang: their script is unknown to the page.
# TermLinkView and TermPageView need a `lang` (and the term heading one label per script) before
# these can be marked up; test_term_names_have_their_lang records that gap.
UNKNOWN_SCRIPT = ".terms a, h1 > .kind, h1 > .term-name"

TEXT_LANGS_JS = """
const [unknown, wantUnknown] = arguments;
const found = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.data.trim();
  const parent = node.parentElement;
  if (!/[\\u3400-\\u9fff]/.test(text) || !!parent.closest(unknown) !== wantUnknown) continue;
  if (parent.closest('[hidden], template')) continue;
  const owner = parent.closest('[lang]');
  found.push({text: text.slice(0, 60), lang: owner ? owner.getAttribute('lang') : '', aria: false,
              tag: parent.tagName.toLowerCase() + (parent.className ? '.' + [...parent.classList].join('.') : '')});
}
if (!wantUnknown) for (const element of document.querySelectorAll('[aria-label]')) {
  const text = element.getAttribute('aria-label');
  if (!/[\\u3400-\\u9fff]/.test(text)) continue;
  const owner = element.closest('[lang]');
  found.push({text, lang: owner ? owner.getAttribute('lang') : '', aria: true, tag: element.tagName.toLowerCase() + '[aria-label]'});
}
return found;
"""
KANA = re.compile(r"[\u3040-\u30ff]")


def _lang_problems(site, browser, unknown_script):
    set_viewport(browser, *DESKTOP)
    problems = []
    for path in site.page_paths():
        open_page(browser, site.url(path))
        for text in browser.execute_script(TEXT_LANGS_JS, UNKNOWN_SCRIPT, unknown_script):
            where = f"{path or 'index'}: <{text['tag']}> {text['text']!r}"
            if text["lang"] not in (HANT, HANS):
                problems.append(f"{where} has lang={text['lang']!r}")
            # A label read aloud may mix both scripts; Japanese quoted in a footnote is not Chinese.
            elif not text["aria"] and not KANA.search(text["text"]) and (mismatch := script_mismatch(text["text"], text["lang"])):
                problems.append(f"{where} is in lang={text['lang']} but reads as the other script ({mismatch})")
    return problems


def test_every_chinese_text_has_the_lang_of_its_script(site, browser):
    problems = _lang_problems(site, browser, unknown_script=False)
    assert not problems, "\n".join(problems)


def test_term_names_have_their_lang(site, browser):
    problems = _lang_problems(site, browser, unknown_script=True)
    assert not problems, "\n".join(problems)


def _columns_shown(driver):
    rows = driver.execute_script(CELLS_JS)
    cells = [cell for row in rows for cell in row]
    return {column: [cell["shown"] for cell in cells if cell["column"] == column] for column in ("hant", "hans")}


def _button(driver, value):
    return driver.find_element(By.CSS_SELECTOR, f'.script-choice button[data-value="{value}"]')


def _pressed(driver):
    return [button.get_attribute("data-value") for button in driver.find_elements(By.CSS_SELECTOR, ".script-choice button")
            if button.get_attribute("aria-pressed") == "true"]


def test_script_choice_hides_a_column_and_persists_across_articles(site, articles, browser):
    set_viewport(browser, *DESKTOP)
    forget_script_choice(browser, site)
    try:
        open_page(browser, site.url(articles.simplified))
        labels = {b.get_attribute("data-value"): b.text for b in browser.find_elements(By.CSS_SELECTOR, ".script-choice button")}
        assert "只看简体" in labels.get("Hans", ""), labels
        assert "只看繁體" in labels.get("Hant", ""), labels
        assert "繁简并列" in labels.get("both", ""), labels
        assert _pressed(browser) == ["both"]
        shown = _columns_shown(browser)
        assert all(shown["hant"]) and all(shown["hans"]), "both columns show before any choice"

        _button(browser, "Hans").click()
        shown = _columns_shown(browser)
        assert shown["hant"] and not any(shown["hant"]), "只看简体 left Traditional cells visible"
        assert all(shown["hans"]), "只看简体 hid Simplified cells"
        assert _pressed(browser) == ["Hans"]

        open_page(browser, site.url(articles.traditional))
        shown = _columns_shown(browser)
        assert shown["hant"] and not any(shown["hant"]), "the choice did not persist to another article"
        assert all(shown["hans"])
        assert _pressed(browser) == ["Hans"]

        _button(browser, "Hant").click()
        shown = _columns_shown(browser)
        assert all(shown["hant"]) and not any(shown["hans"]), "只看繁體 did not show only Traditional cells"

        _button(browser, "both").click()
        shown = _columns_shown(browser)
        assert all(shown["hant"]) and all(shown["hans"]), "繁简并列 did not restore both columns"
        assert _pressed(browser) == ["both"]
        open_page(browser, site.url(articles.simplified))
        shown = _columns_shown(browser)
        assert all(shown["hant"]) and all(shown["hans"]), "繁简并列 did not persist"
    finally:
        forget_script_choice(browser, site)


JUMP_JS = """
const target = document.getElementById(arguments[0]);
const labels = document.querySelector('.bilingual .script-labels');
const sticky = labels && getComputedStyle(labels).position === 'sticky' && labels.getClientRects().length > 0;
const rect = target.getBoundingClientRect();
return {hash: location.hash, column: target.closest('.cell') ? target.closest('.cell').className : '',
        lang: target.closest('[lang]').getAttribute('lang'), top: rect.top, height: rect.height,
        coveredUntil: sticky ? labels.getBoundingClientRect().bottom : 0, viewport: innerHeight};
"""


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_simplified_footnote_reference_jumps_within_the_simplified_column(site, articles, browser, size):
    set_viewport(browser, *size)
    forget_script_choice(browser, site)
    open_page(browser, site.url(articles.simplified))
    reference = browser.find_element(By.CSS_SELECTOR, ".cell-hans sup.footnote-ref a")
    target = reference.get_attribute("href").split("#", 1)[1]
    reference.click()
    jump = browser.execute_script(JUMP_JS, target)
    assert jump["hash"] == f"#{target}"
    assert "cell-hans" in jump["column"] and jump["lang"] == HANS, f"footnote {target} is not in the Simplified column: {jump}"
    assert jump["coveredUntil"] - 1 <= jump["top"] < jump["viewport"], f"footnote {target} is not in view: {jump}"

    back = browser.find_element(By.ID, target).find_element(By.CSS_SELECTOR, "a.footnote-backref")
    origin = back.get_attribute("href").split("#", 1)[1]
    back.click()
    jump = browser.execute_script(JUMP_JS, origin)
    assert "cell-hans" in jump["column"], f"the back-link leaves the Simplified column: {jump}"
    assert jump["coveredUntil"] - 1 <= jump["top"] < jump["viewport"], f"the back-link target is not in view: {jump}"


def test_skip_link_is_first_visible_on_focus_and_reaches_main(site, articles, browser):
    set_viewport(browser, *PHONE)
    open_page(browser, site.url(articles.simplified))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert "skip-link" in (focused.get_attribute("class") or ""), "Tab does not reach the skip link first"
    box = browser.execute_script(
        "const r = document.activeElement.getBoundingClientRect();"
        "const s = getComputedStyle(document.activeElement);"
        "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, outline: s.outlineStyle, w: innerWidth, h: innerHeight}")
    assert box["left"] >= 0 and box["top"] >= 0 and box["right"] <= box["w"] and box["bottom"] <= box["h"], box
    assert box["outline"] != "none", "the focused skip link has no focus outline"
    focused.send_keys(Keys.ENTER)
    assert browser.execute_script("return location.hash") == "#main"


def test_script_buttons_show_focus(site, articles, browser):
    set_viewport(browser, *DESKTOP)
    open_page(browser, site.url(articles.simplified))
    for _ in range(12):  # from the top of the page: skip link, site links, authors, then the buttons
        browser.switch_to.active_element.send_keys(Keys.TAB)
        if browser.execute_script("return !!document.activeElement.closest('.script-choice')"):
            break
    else:
        pytest.fail("Tab never reaches the script-choice buttons")
    style = browser.execute_script("const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
    assert style[0] != "none" and style[1] != "0px", f"focused script button has no outline: {style}"
