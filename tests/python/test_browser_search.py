"""Search in a real browser, in English and in French: the box in the header, hits with their marking and
highlighted words, a facet that refines the query, a refused query explained; and a visitor who finds
nothing of what they may not read."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

from conftest import SCREENSHOTS
from test_browser_registry import mark_page, on_new_page, sign_in_as, sign_out, text_of
from test_browser_shell import path_of, wait

TEXT = {
    "en": {"title": "Search", "one": "1 result", "none": "No results", "quote": "The quotation mark at position 1",
           "restricted": "NATO RESTRICTED"},
    "fr": {"title": "Recherche", "one": "1 résultat", "none": "Aucun résultat", "quote": "Le guillemet en position 1",
           "restricted": "NATO DIFFUSION RESTREINTE"},
}


def search_from_header(driver, query: str) -> None:
    box = driver.find_element(By.ID, "masthead-q")
    box.clear()
    mark_page(driver)
    box.send_keys(query, Keys.ENTER)
    wait(driver).until(on_new_page)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_search_trimmed_with_facets(browser, server, backend, language):
    driver = browser
    words = TEXT[language]

    # The registry clerk finds the French minutes without accents and in the plural.
    sign_in_as(driver, server, "registry", language)
    search_from_header(driver, "compte rendu reunions logistique")
    assert path_of(driver) == "/search"
    assert text_of(driver, "page-title") == words["title"]
    assert text_of(driver, "search-total") == words["one"]
    hit = driver.find_element(By.CSS_SELECTOR, "#hits .hit")
    assert "Compte rendu de la réunion de coordination logistique" in hit.text
    assert words["restricted"] in hit.find_element(By.CSS_SELECTOR, ".marking").text
    marked = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "#hits mark")]
    assert "réunion" in marked and "logistique" in marked, marked

    # A facet adds its filter to the query.
    facet = driver.find_element(By.CSS_SELECTOR, "#facet-type a")
    mark_page(driver)
    facet.click()
    wait(driver).until(on_new_page)
    assert "type:message" in driver.find_element(By.ID, "search-q").get_attribute("value")
    assert text_of(driver, "search-total") == words["one"]

    # A malformed query is explained on the page, and stays in the box to be corrected.
    search_from_header(driver, '"logistique')
    assert text_of(driver, "search-error").startswith(words["quote"])
    assert driver.find_element(By.ID, "search-q").get_attribute("value") == '"logistique'
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"search-{language}-{backend}.png"))
    sign_out(driver)

    # The visitor (NATO UNCLASSIFIED, no unit) finds none of it: no hit, no count, no facet.
    sign_in_as(driver, server, "visitor", language)
    search_from_header(driver, "compte rendu reunions logistique")
    assert text_of(driver, "search-total") == words["none"]
    assert not driver.find_elements(By.CSS_SELECTOR, "#hits .hit")
    assert not driver.find_elements(By.ID, "facets")
    assert "coordination" not in driver.page_source
    sign_out(driver)
