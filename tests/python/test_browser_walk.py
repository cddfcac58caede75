"""Every demo person's walk through their menus in a real browser, in French and in English (issue 17): from the
home page, every page the site menu and the office menus offer is opened in turn; none refuses, none is a missing
page, none shows raw JSON, each speaks the page's language and carries its banners, and axe-core checks each one
(through the `browser` fixture)."""

import re

import pytest
from selenium.webdriver.common.by import By

from test_browser_registry import sign_in_as, text_of

ACCOUNTS = [
    "admin", "auditor", "registry", "supervisor", "medclerk", "clinician", "advisor", "hrofficer", "counsel",
    "recruiter", "analyst", "linemanager", "visitor",
]
# In English, the administrator and the people of the offices built so far (the French walk takes everyone).
ENGLISH = ["admin", "registry", "supervisor", "medclerk", "advisor", "hrofficer", "visitor"]
REFUSALS = {"Not found", "Not allowed", "Something went wrong", "Introuvable", "Action non autorisée",
            "Une erreur s'est produite"}


# Words of the interface that are English and never French: none may appear in a French page's own text
# (headings, labels, buttons, menus, table headings, banners and markings). Table cells are left out: a record's
# title is written by its author, in whichever language they chose.
ENGLISH_ONLY = {
    "the", "and", "with", "from", "your", "for", "Search", "Save", "Cancel", "Sign", "Home", "Records", "Register",
    "Status", "Title", "Due", "Owner", "Received", "Open", "Close", "Back", "Next", "Previous", "Show", "Edit",
    "Delete", "New", "Add", "Remove", "Filter", "Export", "Upload", "Download", "Accounts", "Groups", "Units",
    "Appointments", "Referrals", "Releases", "Supplies", "Booked", "Away", "Free", "Today", "Week", "Day", "None",
    "UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "RELEASABLE", "TOP", "MEDICAL", "STAFF", "LEGAL", "RECRUITMENT",
    "INTEL",
}
CHROME = "h1, h2, h3, caption, th, label, legend, button, dt, summary, nav, .classification-banner, .marking"
# The demo's reference data that a French page shows in French, in its cells and choices too: the registry's
# distribution lists (their English names and descriptions never on a French page; their French names counted, so
# that the walk is known to have met them).
LISTS_EN = [
    "Front office", "Director's front office", "Operations and intelligence", "J2, J3 and the intelligence",
    "Personnel and legal", "HR case management", "Everyone in the Health Office",
]
LISTS_FR = ["Secrétariat de direction", "Opérations et renseignement", "Personnel et affaires juridiques"]


def english_words(driver) -> set[str]:
    texts = driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText || '')", CHROME)
    words = {word for text in texts for word in re.findall(r"[A-Za-z]+", text)}
    return words & ENGLISH_ONLY


def page_texts(driver) -> list[str]:
    """The page's visible text and the text of every choice its selects offer."""
    return driver.execute_script(
        "return [document.body.innerText].concat(Array.from(document.querySelectorAll('option')).map(o => o.text))")


def menu_links(driver) -> list[str]:
    anchors = driver.find_elements(By.CSS_SELECTOR, "#site-menu a, #office-menu a")
    return [a.get_attribute("href") for a in anchors]


# English first: signing in and switching saves the language on the account, and the later checks of this server
# (test_health_fhir's French refusal for `registry`) expect the accounts the browser tests leave in French.
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_menu_page_opens_for_every_demo_person(browser, server, backend, language):
    if backend != "sqlite":
        pytest.skip("the pages and menus are the same on PostgreSQL; one walk is enough")
    driver = browser
    lists_seen: set[str] = set()
    for account in ACCOUNTS if language == "fr" else ENGLISH:
        driver.delete_all_cookies()
        sign_in_as(driver, server, account, language)
        queue, seen = menu_links(driver), set()
        assert queue, f"{account} has menus"
        while queue:
            href = queue.pop(0).split("#")[0]
            if href in seen:
                continue
            seen.add(href)
            driver.get(href)
            where = f"{account} ({language}) {href}"
            body = driver.find_element(By.TAG_NAME, "body").text.strip()
            assert not body.startswith("{"), f"{where} shows raw JSON"
            assert text_of(driver, "page-title") not in REFUSALS, f"{where}: {text_of(driver, 'page-title')}"
            assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language, where
            assert driver.find_elements(By.ID, "banner-top") and driver.find_elements(By.ID, "banner-bottom"), where
            if language == "fr":
                assert not english_words(driver), f"{where} shows English: {sorted(english_words(driver))}"
                texts = page_texts(driver)
                english = sorted({name for name in LISTS_EN for text in texts if name in text})
                assert not english, f"{where} shows distribution lists in English: {english}"
                lists_seen |= {name for name in LISTS_FR for text in texts if name in text}
            queue += [link for link in menu_links(driver) if link.split("#")[0] not in seen]
        assert len(seen) >= 3, f"{account} reached only {sorted(seen)}"
    if language == "fr":
        assert lists_seen == set(LISTS_FR), f"the French walk met the distribution lists {sorted(lists_seen)}"
