"""Autocomplete in a real browser (issue 17, item 16): typing in a field fills its datalist from /suggest/{kind}
through /assets/suggest.js (same origin, so the CSP allows it; no inline script), with labels in the page's
language. A comma-separated field completes its last item. The form itself is the same without the script."""

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_browser_registry import sign_in_as, sign_out, submit
from test_browser_shell import wait, wait_for_path

TEXT = {
    "en": {"typed": "germ", "germany": "Germany", "listTyped": "front", "list": "Front office"},
    "fr": {"typed": "allem", "germany": "Allemagne", "listTyped": "secr", "list": "Secrétariat de direction"},
}


def options(driver, input_id: str) -> list[tuple[str, str]]:
    """The (value, label) of each option of the datalist the field names."""
    try:
        list_id = driver.find_element(By.ID, input_id).get_attribute("list")
        if not list_id:
            return []
        return [
            (option.get_attribute("value"), (option.get_attribute("textContent") or "").strip())
            for option in driver.find_elements(By.CSS_SELECTOR, f"datalist#{list_id} option")
        ]
    except WebDriverException:  # the list is being refilled: read again on the next poll
        return []


def wait_for_option(driver, input_id: str, expected: tuple[str, str]) -> list[tuple[str, str]]:
    wait(driver).until(lambda d: expected in options(d, input_id), f"{expected} among the options of #{input_id}")
    return options(driver, input_id)


# French first, so that the demo accounts are left in English for the other browser tests.
@pytest.mark.parametrize("language", ["fr", "en"])
def test_typing_fills_the_datalist(browser, server, backend, language):
    driver = browser
    words = TEXT[language]

    # The registry clerk types the nations an item is releasable to: the last one is completed, named in the page's
    # language.
    sign_in_as(driver, server, "registry", language)
    driver.get(f"{server}/registry/register")
    wait_for_path(driver, "/registry/register")
    scripts = [s.get_attribute("src") for s in driver.find_elements(By.CSS_SELECTOR, "head script")]
    assert scripts == [f"{server}/assets/suggest.js"], scripts
    field = driver.find_element(By.ID, "releasableTo")
    field.clear()
    field.send_keys("BEL, " + words["typed"])
    shown = wait_for_option(driver, "releasableTo", ("BEL, DEU", words["germany"]))
    assert all(value.startswith("BEL, ") for value, _ in shown), shown

    # On an item to distribute, the clerk finds the distribution list by typing part of its name: picking the
    # suggestion chooses the list in the form's select (nothing is distributed until the form is sent).
    driver.get(f"{server}/registry/queues/to-distribute")
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#record-list tbody a"))
    driver.find_elements(By.CSS_SELECTOR, "#record-list tbody a")[0].click()
    wait(driver).until(lambda d: d.find_elements(By.ID, "distribution-list-query"))
    box = driver.find_element(By.ID, "distribution-list-query")
    box.send_keys(words["listTyped"])
    wait(driver).until(
        lambda d: any(text == words["list"] for _, text in options(d, "distribution-list-query")),
        "the front office list suggested, by its name in the page's language")
    list_id = next(value for value, text in options(driver, "distribution-list-query") if text == words["list"])
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
        box, list_id)
    chosen = Select(driver.find_element(By.ID, "distribution-list")).first_selected_option
    assert chosen.get_attribute("value") == list_id and chosen.text.strip() == words["list"]
    assert box.get_attribute("value") == words["list"]
    sign_out(driver)

    # The administrator types a unit in a new account's units: the units of the headquarters' accounts.
    sign_in_as(driver, server, "admin", language)
    driver.get(f"{server}/admin/users/new")
    wait_for_path(driver, "/admin/users/new")
    units = driver.find_element(By.ID, "units")
    units.clear()
    units.send_keys("he")
    wait_for_option(driver, "units", ("HEALTH", "HEALTH"))
    units.send_keys(", ip")
    shown = wait_for_option(driver, "units", ("he, IPS", "IPS"))
    assert ("he, IPU", "IPU") in shown, shown

    # The group form's people: the server's list of every account is replaced by those matching what is typed.
    driver.get(f"{server}/admin/groups")
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#groups-table tbody a"))
    driver.find_elements(By.CSS_SELECTOR, "#groups-table tbody a")[0].click()
    wait(driver).until(lambda d: d.find_elements(By.ID, "member-form"))
    driver.find_element(By.ID, "username").send_keys("registre")
    wait(driver).until(
        lambda d: ("registry", "Rémi Registre") in options(d, "username")
        and all("regist" in (value + label).lower() for value, label in options(d, "username")),
        "only the accounts matching what was typed",
    )
    sign_out(driver)

    # The medical clerk finds a patient to book by typing part of the name: picking the suggestion chooses the patient
    # in the form's list (only the records she may read are offered).
    sign_in_as(driver, server, "medclerk", language)
    driver.get(f"{server}/health/appointments/new")
    wait_for_path(driver, "/health/appointments/new")
    driver.find_element(By.ID, "patientQuery").send_keys("dupon")
    label = "DUPONT, Jeanne (1984-03-02)"
    wait(driver).until(lambda d: any(text == label for _, text in options(d, "patientQuery")), "Jeanne Dupont suggested")
    patient_id = next(value for value, text in options(driver, "patientQuery") if text == label)
    field = driver.find_element(By.ID, "patientQuery")
    # What the browser does when the person picks the option: the field takes its value, and says so.
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
        field, patient_id)
    assert Select(driver.find_element(By.ID, "patient")).first_selected_option.get_attribute("value") == patient_id
    assert field.get_attribute("value") == label
    sign_out(driver)


def pick(driver, input_id: str, value: str) -> None:
    """What the browser does when the person picks the option: the field takes its value, and says so."""
    field = driver.find_element(By.ID, input_id)
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
        field, value)


def test_lab_test_and_release_patient_are_typed(browser, server, backend):
    """A lab result's test and a release's patient: typing suggests, picking chooses in the list beside the box."""
    driver = browser
    sign_in_as(driver, server, "medclerk", "en")
    driver.get(f"{server}/health/patients")
    driver.find_element(By.ID, "patient-query").send_keys("schmidt")
    submit(driver, "patient-search")
    chart = driver.find_element(By.LINK_TEXT, "SCHMIDT, Karl").get_attribute("href")
    driver.get(f"{chart}/entries/new?type=lab-result")
    driver.find_element(By.ID, "obs0-test").send_keys("creat")
    wait_for_option(driver, "obs0-test", ("2160-0", "Creatinine (mg/dL)"))
    pick(driver, "obs0-test", "2160-0")
    assert Select(driver.find_element(By.ID, "obs0-code")).first_selected_option.get_attribute("value") == "2160-0"
    assert driver.find_element(By.ID, "obs0-test").get_attribute("value") == "Creatinine (mg/dL)"

    driver.get(f"{server}/health/releases")
    wait_for_path(driver, "/health/releases")
    driver.find_element(By.ID, "patientQuery").send_keys("dupon")
    label = "DUPONT, Jeanne (1984-03-02)"
    wait(driver).until(lambda d: any(text == label for _, text in options(d, "patientQuery")), "Jeanne Dupont suggested")
    patient_id = next(value for value, text in options(driver, "patientQuery") if text == label)
    pick(driver, "patientQuery", patient_id)
    assert Select(driver.find_element(By.ID, "patient")).first_selected_option.get_attribute("value") == patient_id
    assert driver.find_element(By.ID, "patientQuery").get_attribute("value") == label
    sign_out(driver)
