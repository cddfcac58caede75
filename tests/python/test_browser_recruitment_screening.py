"""Screening in a real browser, in French: the recruiter marks an application against each essential criterion,
makes it eligible, then selects two eligible applications and moves them to the long list at once; a rejection
without its reason is refused with a French sentence at the field."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import SCREENSHOTS
from test_browser_registry import sign_in_as, submit, text_of
from test_browser_shell import wait


def row_ids(driver) -> list[str]:
    return [
        row.get_attribute("id").removeprefix("application-")
        for row in driver.find_elements(By.CSS_SELECTOR, "#screening-list tbody tr[id^='application-']")
    ]


def test_recruiter_screens_and_bulk_moves_to_the_long_list_in_french(browser, server, backend):
    driver = browser
    sign_in_as(driver, server, "recruiter", "fr")

    # The demo's published vacancy 260301 and its screening page.
    driver.get(f"{server}/recruitment/vacancies?state=published")
    row = wait(driver).until(
        EC.presence_of_element_located((By.XPATH, "//table[@id='vacancy-list']//tr[td[normalize-space()='260301']]")))
    vacancy = row.get_attribute("id").removeprefix("vacancy-")
    driver.get(f"{server}/recruitment/vacancies/{vacancy}/screening?stage=applied")
    wait(driver).until(EC.presence_of_element_located((By.ID, "screening-list")))
    assert driver.find_element(By.ID, "page-title").text.startswith("Présélection")
    to_screen = row_ids(driver)
    assert to_screen, "the demo leaves applications to screen"

    # Screen one: every criterion marked, a note; a rejection without reason is refused at the field.
    application = to_screen[0]
    submit(driver, f"screen-{application}")
    wait(driver).until(EC.presence_of_element_located((By.ID, "marks-form")))
    criteria = driver.find_elements(By.CSS_SELECTOR, "#marks-form select[id^='mark-']")
    assert len(criteria) == 3
    for select in criteria:
        Select(select).select_by_value("met")
    driver.find_element(By.ID, "note-3").clear()
    driver.find_element(By.ID, "note-3").send_keys("Niveau linguistique vérifié sur le CV.")
    submit(driver, "marks-submit")
    assert text_of(driver, "notice") == "Les évaluations sont enregistrées."
    assert Select(driver.find_element(By.ID, "mark-2")).first_selected_option.get_attribute("value") == "met"

    Select(driver.find_element(By.ID, "stage")).select_by_value("rejected")
    submit(driver, "stage-submit")
    assert driver.find_element(By.ID, "reason").get_attribute("aria-invalid") == "true"
    assert "motif" in text_of(driver, "reason-error")
    Select(driver.find_element(By.ID, "stage")).select_by_value("eligible")
    submit(driver, "stage-submit")
    assert text_of(driver, "notice") == "La candidature est déplacée."
    assert text_of(driver, "current-stage") == "Recevable"

    # Two eligible applications to the long list at once.
    driver.get(f"{server}/recruitment/vacancies/{vacancy}/screening?stage=eligible")
    wait(driver).until(EC.presence_of_element_located((By.ID, "screening-list")))
    eligible = row_ids(driver)
    assert application in eligible and len(eligible) >= 2
    chosen = [application] + [other for other in eligible if other != application][:1]
    for identifier in chosen:
        driver.find_element(By.ID, f"select-{identifier}").click()
    Select(driver.find_element(By.ID, "bulk-stage")).select_by_value("long-list")
    submit(driver, "bulk-submit")
    assert text_of(driver, "notice") == "2 candidature(s) déplacée(s)."

    driver.get(f"{server}/recruitment/vacancies/{vacancy}/screening?stage=long-list")
    wait(driver).until(EC.presence_of_element_located((By.ID, "screening-list")))
    assert set(chosen) <= set(row_ids(driver))
    assert "Liste longue" in driver.find_element(By.ID, f"application-{application}").text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"recruitment-screening-fr-{backend}.png"))
