"""The Health Office's record in a real browser, in French: the medical clerk finds a demo patient, records a
lab result (one value out of range), sees it flagged on the chart, corrects it with a reason; the registry clerk,
cleared NATO SECRET but not briefed MEDICAL, finds nothing of it."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import SCREENSHOTS
from test_browser_registry import sign_in_as, sign_out, submit, text_of, wait_for_text
from test_browser_shell import wait


def test_record_a_lab_result_in_french(browser, server, backend):
    driver = browser
    sign_in_as(driver, server, "medclerk", "fr")
    driver.get(f"{server}/health/patients")
    driver.find_element(By.ID, "patient-query").send_keys("schmidt")
    submit(driver, "patient-search")
    link = driver.find_element(By.LINK_TEXT, "SCHMIDT, Karl")
    chart = link.get_attribute("href")
    driver.get(chart)
    assert text_of(driver, "patient-name") == "SCHMIDT, Karl"
    submit(driver, "new-lab-result")
    assert text_of(driver, "page-title") == "Nouvelle entrée"
    assert text_of(driver, "entry-type").startswith("Résultat de laboratoire")
    assert not driver.find_elements(By.ID, "correspondent"), "a lab result has no correspondent"
    driver.find_element(By.ID, "summary").send_keys("Bilan rénal")
    Select(driver.find_element(By.ID, "obs0-code")).select_by_value("2160-0")
    assert Select(driver.find_element(By.ID, "obs0-code")).first_selected_option.text == "Créatinine (mg/dL)"
    driver.find_element(By.ID, "obs0-value").send_keys("abc")
    submit(driver, "entry-submit")
    assert "Créatinine" in text_of(driver, "obs0-value-error")
    assert driver.switch_to.active_element.get_attribute("id") == "error-summary", "the summary takes the focus"
    assert driver.find_element(By.ID, "obs0-value").get_attribute("aria-invalid") == "true"
    value = driver.find_element(By.ID, "obs0-value")
    value.clear()
    value.send_keys("1,6")
    submit(driver, "entry-submit")
    wait_for_text(driver, "notice", "L'entrée figure au dossier.")
    assert "1.6" in driver.find_element(By.ID, "observations").text
    assert "H" in driver.find_element(By.ID, "observations").text
    driver.save_screenshot(str(SCREENSHOTS / f"health-lab-result-fr-{backend}.png"))

    # A correction keeps the first version, with its reason.
    submit(driver, "correct-entry")
    value = driver.find_element(By.ID, "obs0-value")
    value.clear()
    value.send_keys("1,2")
    driver.find_element(By.ID, "reason").send_keys("Erreur de saisie")
    submit(driver, "entry-submit")
    wait_for_text(driver, "notice", "La correction est enregistrée ; la version précédente est conservée.")
    assert text_of(driver, "entry-version") == "2"
    assert "Erreur de saisie" in driver.find_element(By.ID, "version-list").text
    entry_url = driver.current_url.split("?")[0]
    submit(driver, "back-to-chart")
    assert "Bilan rénal" in driver.find_element(By.ID, "entry-list").text

    # The registry clerk (NATO SECRET, no MEDICAL) finds nothing: no patient, no entry, no count.
    sign_out(driver)
    sign_in_as(driver, server, "registry", "fr")
    driver.get(f"{server}/health/patients?q=schmidt")
    assert driver.find_elements(By.ID, "patient-list-empty")
    driver.get(chart)
    assert "SCHMIDT" not in driver.page_source
    driver.get(entry_url)
    assert "Bilan" not in driver.page_source and "Créatinine" not in driver.page_source
    driver.get(f"{server}/search?q=cr%C3%A9atinine")
    assert "Bilan" not in driver.page_source
    wait(driver)
