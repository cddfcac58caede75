"""The administration console in a real browser (issue 17, item 13): the demo administrator opens the console from
the home page, sends an empty account form and sees every error at once, creates an account with a clearance, a
nationality, a unit and a job, and the new person signs in with the password given and sees exactly what the label
rules allow: nothing above their clearance, and no console."""

import secrets

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_browser_registry import sign_in_as, sign_out, submit, text_of, wait_for_text
from test_browser_shell import path_of, wait_for_lang, wait_for_path

TEXT = {
    "en": {"summary": "The form has 4 problems:", "created": "The account {} was created.", "restricted": "NATO RESTRICTED"},
    "fr": {"summary": "Le formulaire comporte 4 problèmes :", "created": "Le compte {} a été créé.", "restricted": "NATO DIFFUSION RESTREINTE"},
}


# French first, so that the demo administrator is left in English: the shell's test signs in as the administrator
# and checks that the first page is in English.
@pytest.mark.parametrize("language", ["fr", "en"])
def test_administrator_creates_an_account_that_then_signs_in(browser, server, backend, language):
    driver = browser
    words = TEXT[language]
    username = f"new{language}{secrets.token_hex(3)}"
    password = f"pass-{secrets.token_hex(8)}"

    sign_in_as(driver, server, "admin", language)
    submit(driver, "open-admin")
    wait_for_path(driver, "/admin")
    submit(driver, "nav-admin-users")
    submit(driver, "new-user")
    wait_for_path(driver, "/admin/users/new")

    # An empty form: every error at once, each field marked.
    submit(driver, "user-submit")
    wait_for_text(driver, "error-summary-heading", words["summary"])
    for field in ["username", "displayName", "password", "nationality"]:
        assert driver.find_element(By.ID, field).get_attribute("aria-invalid") == "true", field
        assert text_of(driver, f"{field}-error"), field

    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "displayName").send_keys("Nora Nouvelle")
    driver.find_element(By.ID, "password").send_keys(password)
    Select(driver.find_element(By.ID, "clearance")).select_by_value("NR")
    Select(driver.find_element(By.ID, "nationality")).select_by_value("FRA")
    driver.find_element(By.ID, "units").clear()
    driver.find_element(By.ID, "units").send_keys("IPS")
    driver.find_element(By.ID, "role-registry.clerk").click()
    submit(driver, "user-submit")
    wait_for_path(driver, f"/admin/users/{username}")
    wait_for_text(driver, "notice", words["created"].format(username))
    sign_out(driver)

    # The new person signs in: their profile is what the administrator set, and nothing above NATO RESTRICTED shows.
    driver.get(f"{server}/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver, "login-submit")
    wait_for_path(driver, "/home")
    wait_for_lang(driver, language)
    assert text_of(driver, "profile-clearance") == words["restricted"]
    assert driver.find_elements(By.ID, "open-registry"), "the registry clerk's office is offered"
    assert not driver.find_elements(By.ID, "site-admin"), "no console for a clerk"
    markings = [element.get_attribute("class") for element in driver.find_elements(By.CSS_SELECTOR, "#recent-items .marking")]
    assert markings, "the new clerk sees the unit's recent items"
    assert not any("banner-nc" in m or "banner-ns" in m or "banner-cts" in m for m in markings), markings
    driver.get(f"{server}/admin/users")
    assert path_of(driver) == "/admin/users"
    assert text_of(driver, "error-detail"), "the console refuses a clerk, with a sentence"
    assert not driver.find_elements(By.ID, "users") and not driver.find_elements(By.ID, "nav-admin-users")
