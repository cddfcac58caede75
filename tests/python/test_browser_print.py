"""Printing a registry item (issue 17, item 8): the printout shows the item and its classification banner at the
top and the bottom of every printed page, and none of the page's action forms, menus or flash messages."""

import base64
import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support import expected_conditions as EC

from conftest import ARTIFACTS
from test_browser_registry import sign_in_as
from test_browser_shell import wait


def printed_pages(driver, name: str) -> list[str]:
    """The page printed to PDF on small paper (so that it runs over several pages), as text, page by page."""
    options = PrintOptions()
    options.page_height = 14.8  # A6-ish, in centimetres: several pages for one item
    options.page_width = 21.0
    pdf = ARTIFACTS / f"print-{name}.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(base64.b64decode(driver.print_page(options)))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def test_a_printed_item_has_its_banners_on_every_page_and_no_forms(browser, server, backend):
    driver = browser
    sign_in_as(driver, server, "supervisor", "fr")
    driver.get(f"{server}/registry")
    wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#record-list a")))
    record = driver.find_element(By.CSS_SELECTOR, "#record-list a").get_attribute("href").split("?")[0]
    driver.get(record + "?done=verify")  # a flash message on the page, as after an action
    wait(driver).until(EC.presence_of_element_located((By.ID, "record-reference")))
    banner = driver.find_element(By.ID, "banner-top").text.strip()
    reference = driver.find_element(By.ID, "record-reference").text.strip()
    notice = driver.find_element(By.CSS_SELECTOR, "[role=status]").text.strip()
    forms = driver.find_elements(By.CSS_SELECTOR, "main form")
    assert forms, "the record page has action forms to leave out"
    labels = [label.text.strip() for label in driver.find_elements(By.CSS_SELECTOR, "main form label") if label.text.strip()]

    pages = printed_pages(driver, backend)
    assert len(pages) >= 2, "the item runs over several printed pages"
    for number, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == banner, f"page {number} starts with {lines[0]!r}, not the banner {banner!r}"
        assert lines[-1] == banner, f"page {number} ends with {lines[-1]!r}, not the banner {banner!r}"
    everything = "\n".join(pages)
    assert reference in everything
    assert notice not in everything, "the flash message is not printed"
    assert "Se déconnecter" not in everything and "Recherche" not in everything, "no masthead or menus"
    for label in labels:
        assert label not in everything, f"the action form's {label!r} is printed"
