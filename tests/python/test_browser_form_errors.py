"""A refused form in a real browser (issue 17, item 9): the registry's registration form and the Health Office's
new-patient form, sent with several wrong fields, come back with every error at once in a summary that takes the
focus, each wrong field marked `aria-invalid` and described by its own sentence, and what was typed kept; in French
and in English."""

import pytest
from selenium.webdriver.common.by import By

from test_browser_registry import sign_in_as, submit, text_of, wait_for_text
from test_browser_shell import wait_for_path

HEADING = {"en": "The form has 3 problems:", "fr": "Le formulaire comporte 3 problèmes :"}
REQUIRED = {"en": "This field is required.", "fr": "Ce champ est obligatoire."}


def assert_marked(driver, fields: list[str]) -> None:
    summary = [link.get_attribute("href").split("#")[-1] for link in driver.find_elements(By.CSS_SELECTOR, "#error-summary a")]
    assert summary == fields, summary
    assert driver.find_element(By.ID, "error-summary").get_attribute("role") == "alert"
    assert driver.switch_to.active_element.get_attribute("id") == "error-summary", "the summary takes the focus"
    for field in fields:
        element = driver.find_element(By.ID, field)
        assert element.get_attribute("aria-invalid") == "true", field
        assert f"{field}-error" in element.get_attribute("aria-describedby").split(), field
        assert text_of(driver, f"{field}-error"), field
    marked = [element.get_attribute("id") for element in driver.find_elements(By.CSS_SELECTOR, "[aria-invalid=true]")]
    assert sorted(marked) == sorted(fields), marked


# French first, so that the demo clerks are left in English for the other tests.
@pytest.mark.parametrize("language", ["fr", "en"])
def test_registration_form_shows_every_error(browser, server, backend, language):
    driver = browser
    sign_in_as(driver, server, "registry", language)
    driver.get(f"{server}/registry/register")
    wait_for_path(driver, "/registry/register")
    driver.find_element(By.ID, "releasableTo").clear()
    driver.find_element(By.ID, "releasableTo").send_keys("ZZZ")
    driver.find_element(By.ID, "originator").send_keys("SHAPE J3")
    driver.find_element(By.ID, "addressees").send_keys("J3, " + "A" * 201)
    submit(driver, "register-submit")
    wait_for_text(driver, "error-summary-heading", HEADING[language])
    assert_marked(driver, ["title", "releasableTo", "addressees"])
    assert text_of(driver, "title-error") == REQUIRED[language]
    assert "ZZZ" in text_of(driver, "releasableTo-error")
    assert driver.find_element(By.ID, "originator").get_attribute("value") == "SHAPE J3", "what was typed is kept"
    assert driver.find_element(By.ID, "releasableTo").get_attribute("value") == "ZZZ"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_new_patient_form_shows_every_error(browser, server, backend, language):
    driver = browser
    sign_in_as(driver, server, "medclerk", language)
    driver.get(f"{server}/health/patients/new")
    wait_for_path(driver, "/health/patients/new")
    driver.find_element(By.ID, "givenNames").send_keys("Sophie")
    driver.find_element(By.ID, "nationality").clear()
    driver.find_element(By.ID, "nationality").send_keys("XYZ")
    driver.find_element(By.ID, "insurer").send_keys("Vanbreda")
    submit(driver, "patient-submit")
    wait_for_text(driver, "error-summary-heading", HEADING[language])
    assert_marked(driver, ["familyName", "dateOfBirth", "nationality"])
    assert text_of(driver, "familyName-error") == REQUIRED[language]
    assert driver.find_element(By.ID, "givenNames").get_attribute("value") == "Sophie", "what was typed is kept"
    assert driver.find_element(By.ID, "insurer").get_attribute("value") == "Vanbreda"
