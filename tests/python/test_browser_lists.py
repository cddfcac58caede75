"""Lists that work like lists, in a real browser (issue 17, item 15): the medical clerk sorts the patients list by a
column (the header says which way, `aria-sort`), and the page's CSV link carries the same sort: fetched through the
session it is `text/csv` and starts with the rows the page shows. Then a search is saved under a name, run again
from the list of saved searches, and deleted. In French and in English."""

import secrets

import pytest
from selenium.webdriver.common.by import By

from test_browser_registry import sign_in_as, submit, text_of, wait_for_text
from test_browser_shell import wait_for_path

TEXT = {
    "en": {"saved": "The search is saved.", "deleted": "The saved search is deleted.", "csv": "Download as CSV"},
    "fr": {
        "saved": "La recherche est enregistrée.",
        "deleted": "La recherche enregistrée est supprimée.",
        "csv": "Télécharger en CSV",
    },
}

# Fetches a same-origin URL with the browser's own session and returns its status, type and text.
FETCH = """
const done = arguments[arguments.length - 1];
fetch(arguments[0], {credentials: 'same-origin'})
  .then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))
  .catch(e => done([0, '', String(e)]));
"""


def read_csv(text: str) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(text, newline="")))


def page_names(driver) -> list[str]:
    return [cell.text.strip() for cell in driver.find_elements(By.CSS_SELECTOR, "#patient-list tbody tr td:first-child a")]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_sort_a_list_export_it_and_save_a_search(browser, server, backend, language):
    driver = browser
    words = TEXT[language]
    sign_in_as(driver, server, "medclerk", language)
    driver.get(f"{server}/health/patients")
    wait_for_path(driver, "/health/patients")

    # Sort by date of birth, then the other way: the header says which.
    submit(driver, "sort-born")
    header = driver.find_element(By.ID, "sort-born").find_element(By.XPATH, "..")
    assert header.get_attribute("aria-sort") == "ascending"
    submit(driver, "sort-born")
    header = driver.find_element(By.ID, "sort-born").find_element(By.XPATH, "..")
    assert header.get_attribute("aria-sort") == "descending"
    names = page_names(driver)
    assert names, "the demo clerk sees patients"

    link = driver.find_element(By.ID, "csv-link")
    assert link.text.strip() == words["csv"]
    href = link.get_attribute("href")
    assert "sort=born" in href and "order=desc" in href and href.endswith("format=csv"), href
    status, content_type, text = driver.execute_async_script(FETCH, href)
    assert status == 200, text[:200]
    assert content_type == "text/csv; charset=utf-8"
    records = read_csv(text)
    banner, rows = records[0][0], records[2:-1]
    assert banner.startswith("NATO"), banner
    assert [row[0] for row in rows[: len(names)]] == names

    # Save a search, run it from the list, delete it.
    marker = secrets.token_hex(3)
    query = "blood"
    name = f"Mine {language} {marker}"
    driver.get(f"{server}/search")
    driver.find_element(By.ID, "search-q").send_keys(query)
    submit(driver, "search-submit")
    driver.find_element(By.ID, "name").send_keys(name)
    submit(driver, "save-search")
    wait_for_text(driver, "notice", words["saved"])
    saved = [a for a in driver.find_elements(By.CSS_SELECTOR, "#saved-searches .run-saved") if a.text.strip() == name]
    assert len(saved) == 1, "the saved search is listed once"
    search_id = saved[0].get_attribute("id").removeprefix("run-")

    driver.get(f"{server}/search")
    submit(driver, f"run-{search_id}")
    wait_for_path(driver, "/search")
    assert driver.find_element(By.ID, "search-q").get_attribute("value") == query
    assert driver.find_elements(By.ID, "search-total"), "running the saved search searches again"

    submit(driver, f"delete-{search_id}")
    wait_for_text(driver, "notice", words["deleted"])
    assert not driver.find_elements(By.ID, f"saved-{search_id}")
