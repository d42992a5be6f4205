"""The web page in a real headless browser (Debian's chromium, driven by Selenium), against the
service on loopback with the real model: paste, compare, highlights, explanation, injection."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ROOT_DOCS = __import__("pathlib").Path(__file__).resolve().parents[1] / "build"
INJECTION = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


@pytest.fixture(scope="module")
def server(scorer):
    import uvicorn

    from drift.service import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(scorer, token="tok", warm_up=False),
                                       host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        pytest.fail("no headless browser: install Debian's chromium and chromium-driver "
                    "(apt-get install chromium chromium-driver); .ci/run does this")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1200,1000"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    yield driver
    driver.quit()


def _run(browser, texts, mode="pair"):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    boxes = browser.find_elements(By.CSS_SELECTOR, "#inputs textarea")
    while len(boxes) < len(texts):
        browser.find_element(By.ID, "add").click()
        boxes = browser.find_elements(By.CSS_SELECTOR, "#inputs textarea")
    for box, text in zip(boxes, texts):
        box.clear()
        browser.execute_script("arguments[0].value = arguments[1];", box, text)
    browser.find_element(By.CSS_SELECTOR, f"input[value={mode}]").click()
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 60).until(ec.text_to_be_present_in_element((By.ID, "status"), "Done"))


def test_pair_highlights_and_explains_and_escapes(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/?token=tok")
    a = "We will not close our eyes to it. " + INJECTION
    b = "We will close our eyes to it in 2024. " + INJECTION
    _run(browser, [a, b])
    marks = browser.find_elements(By.CSS_SELECTOR, "#results mark")
    assert marks, "no highlighted span"
    assert browser.find_element(By.CSS_SELECTOR, "#results .badge").text.lower() == "drift"
    neg = [m for m in marks if "kind-negation" in m.get_attribute("class")]
    assert neg and neg[0].text == "not"
    neg[0].click()
    assert "negation" in browser.find_element(By.CSS_SELECTOR, "#results .detail").text
    # the injection attempt is shown as text, never run or parsed
    assert browser.execute_script("return window.pwned") is None
    assert not browser.find_elements(By.CSS_SELECTOR, "#results img, #results script")
    assert "<img src=x" in browser.find_element(By.ID, "results").text
    browser.find_element(By.ID, "copy").click()
    summary = browser.execute_script("return summaryText(last)")
    assert summary.startswith("drift: drift") and "negation" in summary


def test_articles_mode_shows_matched_quotes_side_by_side(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/?token=tok")
    one = ('The minister said: "We will open the new bridge in March after two years of work." '
           'He added: "Nobody will pay a toll."')
    two = ('«Мы откроем новый мост в июне после двух лет работ», — сказал министр. '
           'Он также заявил: «Все будут платить за проезд по мосту каждый день».')
    _run(browser, [one, two], mode="compare")
    cards = browser.find_elements(By.CSS_SELECTOR, "#results .card")
    assert cards, browser.find_element(By.ID, "results").text
    texts = cards[0].find_elements(By.CSS_SELECTOR, ".col .text")
    assert len(texts) == 2 and "bridge" in texts[0].text and "мост" in texts[1].text
    kinds = {m.get_attribute("class") for m in cards[0].find_elements(By.TAG_NAME, "mark")}
    assert any("kind-date" in k for k in kinds), kinds


def test_wrong_token_page_is_refused(server, browser):
    browser.get(server + "/?token=wrong")
    assert "missing or wrong bearer token" in browser.page_source


def test_three_renderings_are_all_scored_worst_first(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/?token=tok")
    texts = ["We will not close our eyes to the attempts to weaken the treaty.",
             "Wir werden die Augen vor den Versuchen, den Vertrag zu schwächen, nicht verschließen.",
             "Nous fermerons les yeux sur les tentatives d'affaiblir le traité."]
    _run(browser, texts)
    cards = browser.find_elements(By.CSS_SELECTOR, "#results .card")
    assert len(cards) == 2  # each against the first
    first = cards[0].text
    assert "Rendering 3" in first, first
    assert cards[0].find_element(By.CSS_SELECTOR, ".badge").text.lower() == "drift"
    browser.find_element(By.ID, "allpairs").click()
    _run(browser, texts)
    cards = browser.find_elements(By.CSS_SELECTOR, "#results .card")
    assert len(cards) == 3  # every pair: 1-2, 1-3, 2-3
    assert sum("Rendering 3" in c.text for c in cards) == 2
    browser.save_screenshot(str(ROOT_DOCS / "page.png")) if ROOT_DOCS.is_dir() else None
