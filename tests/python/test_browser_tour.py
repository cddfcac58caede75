"""A tour of the desks and core pages, in English and in French, as the people who use them: each page opens
(axe-core checks it, through the `browser` fixture), shows its own title in the page's language, and is saved as a
screenshot. With CHANCERY_SCREENSHOTS=docs the screenshots are written to docs/screenshots/ for the README
(`scripts/screenshots.sh`); otherwise to .test-tmp/screenshots/."""

import os

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import REPO_ROOT, SCREENSHOTS
from test_browser_registry import sign_in_as, text_of
from test_browser_shell import wait

# (who, path, screenshot name, the page title in English and in French)
TOUR = [
    ("registry", "/registry", "registry-desk", "Registry desk", "Bureau du registre"),
    ("registry", "/work", "my-work", "My work", "Mon travail"),
    ("supervisor", "/registry/register", "registry-register", "Register an item", "Enregistrer un élément"),
    ("medclerk", "/health", "health-desk", "Health Office desk", "Accueil du Bureau de santé"),
    ("medclerk", "/health/patients", "health-patients", "Patients", "Patients"),
    ("medclerk", "/health/appointments", "health-appointments", None, None),
    ("advisor", "/health/releases", "health-releases", None, None),
    ("admin", "/admin/users", "admin-users", "Accounts", "Comptes"),
]


def destination():
    if os.environ.get("CHANCERY_SCREENSHOTS") == "docs":
        return REPO_ROOT / "docs" / "screenshots"
    return SCREENSHOTS


@pytest.mark.parametrize("language", ["en", "fr"])
def test_tour_of_the_desks(browser, server, backend, language):
    if backend != "sqlite":
        pytest.skip("one tour is enough: the pages are the same on PostgreSQL")
    driver = browser
    folder = destination()
    folder.mkdir(parents=True, exist_ok=True)
    signed_in = None
    for who, path, name, english, french in TOUR:
        if who != signed_in:
            driver.delete_all_cookies()
            sign_in_as(driver, server, who, language)
            signed_in = who
        driver.get(server + path)
        wait(driver).until(EC.presence_of_element_located((By.ID, "page-title")))
        title = text_of(driver, "page-title")
        expected = english if language == "en" else french
        if expected is not None:
            assert title == expected, f"{path} as {who} in {language}: {title!r}"
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        assert driver.find_elements(By.ID, "site-menu"), f"{path} has the site menu"
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(folder / f"{name}-{language}.png"))
