"""The registry in a real browser: register an incoming NATO SECRET message, verify it, distribute it to a
list, and acknowledge the receipt as a recipient, once in English and once in French."""

import re
import secrets

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import SCREENSHOTS
from test_browser_shell import DEMO_PASSWORD, path_of, wait, wait_for_lang, wait_for_path

TEXT = {
    "en": {
        "received": "received", "registered": "registered", "active": "active", "frontOffice": "Front office",
        "copy": "Copy 1 of 3", "refused": "clearance too low", "acknowledged": "Receipt acknowledged.",
        "outstanding": "outstanding", "signed": "acknowledged on",
    },
    "fr": {
        "received": "reçu", "registered": "enregistré", "active": "actif", "frontOffice": "Secrétariat de direction",
        "copy": "Exemplaire 1 sur 3", "refused": "habilitation insuffisante", "acknowledged": "Réception confirmée.",
        "outstanding": "en attente", "signed": "signé le",
    },
}


def sign_in_as(driver, server: str, username: str, language: str) -> None:
    driver.get(f"{server}/login")
    wait(driver).until(EC.element_to_be_clickable((By.ID, "login-submit")))
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD)
    driver.find_element(By.ID, "login-submit").click()
    wait_for_path(driver, "/home")
    submit(driver, f"lang-{language}")
    wait_for_lang(driver, language)


def sign_out(driver) -> None:
    driver.find_element(By.ID, "logout-submit").click()
    wait_for_path(driver, "/login")


def text_of(driver, element_id: str) -> str:
    try:
        return driver.find_element(By.ID, element_id).text.strip()
    except WebDriverException:  # the page is being replaced: read again on the next poll
        return ""


def on_new_page(driver) -> bool:
    """Whether the page marked by `mark_page` has been replaced (any error means it is being replaced)."""
    try:
        return driver.execute_script("return window.__chanceryOldPage === undefined && document.readyState === 'complete'")
    except WebDriverException:
        return False


def mark_page(driver) -> None:
    driver.execute_script("window.__chanceryOldPage = true")


def submit(driver, button_id: str) -> None:
    """Clicks a button or link and waits until the browser shows the new page it leads to."""
    mark_page(driver)
    driver.find_element(By.ID, button_id).click()
    wait(driver).until(on_new_page)


def wait_for_text(driver, element_id: str, expected: str) -> None:
    try:
        wait(driver).until(lambda d: text_of(d, element_id) == expected)
    except Exception as error:
        raise AssertionError(f"#{element_id}: expected {expected!r}, found {text_of(driver, element_id)!r}") from error


@pytest.mark.parametrize("language", ["en", "fr"])
def test_register_verify_distribute_acknowledge(browser, server, backend, language):
    driver = browser
    words = TEXT[language]
    marker = secrets.token_hex(3)
    title = f"STEADFAST logistics signal {language}-{marker}"

    # The registry clerk registers an incoming NATO SECRET message.
    sign_in_as(driver, server, "registry", language)
    submit(driver, "open-registry")
    wait_for_path(driver, "/registry")
    submit(driver, "nav-register")
    wait(driver).until(EC.presence_of_element_located((By.ID, "register-form")))
    Select(driver.find_element(By.ID, "series")).select_by_value("MSG")
    Select(driver.find_element(By.ID, "direction")).select_by_value("incoming")
    Select(driver.find_element(By.ID, "recordType")).select_by_value("message")
    driver.find_element(By.ID, "title").send_keys(title)
    Select(driver.find_element(By.ID, "classification")).select_by_value("NS")
    Select(driver.find_element(By.ID, "contentMarking")).select_by_value("NS")
    driver.find_element(By.ID, "originator").send_keys("SHAPE J3")
    driver.find_element(By.ID, "originatorReference").send_keys(f"SH/J3/{marker}")
    submit(driver, "register-submit")

    wait(driver).until(lambda d: re.search(r"/registry/records/[0-9A-Z]{26}$", path_of(d)))
    record_path = path_of(driver)
    reference = text_of(driver, "record-reference")
    assert re.fullmatch(r"MSG/\d{4}/\d{5}", reference), f"reference {reference!r}"
    assert text_of(driver, "banner-top") == "NATO SECRET"
    assert text_of(driver, "banner-bottom") == "NATO SECRET"
    assert text_of(driver, "record-state") == words["received"]

    # The scanned message is attached (a real multipart upload from the file input).
    scan = SCREENSHOTS.parent / f"scan-{marker}.pdf"
    scan.parent.mkdir(parents=True, exist_ok=True)
    scan.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    driver.find_element(By.ID, "upload-file").send_keys(str(scan))
    submit(driver, "upload-submit")
    wait(driver).until(EC.presence_of_element_located((By.ID, "attachments")))
    assert scan.name in driver.find_element(By.ID, "attachments").text

    # The Information Controlling Processor's check.
    submit(driver, "verify-submit")
    wait_for_text(driver, "record-state", words["registered"])

    # Distribution to the front office: three people may read it, the visitor may not.
    Select(driver.find_element(By.ID, "distribution-list")).select_by_visible_text(words["frontOffice"])
    submit(driver, "distribute-submit")
    wait_for_text(driver, "record-state", words["active"])
    copy_one = driver.find_element(By.CSS_SELECTOR, "#copy-1 .copy-number").text.strip()
    assert copy_one == words["copy"], f"copy number {copy_one!r}"
    assert words["refused"] in driver.find_element(By.ID, "refused").text
    assert words["outstanding"] in driver.find_element(By.ID, "copies").text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"registry-record-{language}-{backend}.png"))
    sign_out(driver)

    # A recipient outside the registry's unit acknowledges the receipt of their copy.
    sign_in_as(driver, server, "analyst", language)
    driver.get(f"{server}/receipts")
    wait(driver).until(EC.presence_of_element_located((By.ID, "receipt-list")))
    row = driver.find_element(By.XPATH, f"//tr[td[1][normalize-space()='{reference}']]")
    assert "NATO SECRET" in row.text
    mark_page(driver)
    row.find_element(By.CSS_SELECTOR, "button.ack").click()
    wait(driver).until(on_new_page)
    wait_for_text(driver, "notice", words["acknowledged"])
    assert not driver.find_elements(By.XPATH, f"//tr[td[1][normalize-space()='{reference}']]")
    driver.save_screenshot(str(SCREENSHOTS / f"registry-receipt-{language}-{backend}.png"))

    # The recipient can now read the record, and it shows the signed receipt.
    driver.get(f"{server}{record_path}")
    wait(driver).until(EC.presence_of_element_located((By.ID, "copies")))
    assert words["signed"] in driver.find_element(By.ID, "copies").text
    sign_out(driver)
