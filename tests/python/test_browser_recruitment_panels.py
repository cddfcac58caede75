"""Selection panels in a real browser, in French: a member sees no candidate until they sign their
conflict-of-interest declaration, then scores a candidate (an incomplete scorecard is refused with each field
marked); the chair signs off the report the secretary drafted."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import SCREENSHOTS
from test_browser_registry import sign_in_as, sign_out, submit, text_of
from test_browser_shell import wait


def open_panel(driver, server: str, report: str) -> None:
    """Opens the panel whose report state reads `report` in the list."""
    driver.get(f"{server}/recruitment/panels")
    wait(driver).until(EC.presence_of_element_located((By.ID, "panel-list")))
    row = next(r for r in driver.find_elements(By.CSS_SELECTOR, "#panel-list tbody tr") if report in r.text)
    link = row.find_element(By.TAG_NAME, "a")
    link.click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "report-state")))


def test_member_declares_and_scores_and_chair_signs_in_french(browser, server, backend):
    driver = browser
    sign_in_as(driver, server, "panelmember", "fr")
    open_panel(driver, server, "Pas encore rédigé")
    assert "Les candidats ne sont affichés" in text_of(driver, "candidates-hidden")
    assert not driver.find_elements(By.CSS_SELECTOR, "section[id^='candidate-']"), "no candidate before signing"
    assert "Déclaration de conflit d’intérêts" in text_of(driver, "declaration-heading")

    # Signing without a choice is refused, the field marked with a French sentence.
    submit(driver, "declaration-submit")
    assert driver.find_element(By.ID, "declaration").get_attribute("aria-invalid") == "true"
    assert "Choisissez" in text_of(driver, "declaration-error")

    driver.find_element(By.ID, "declaration-none").click()
    submit(driver, "declaration-submit")
    assert text_of(driver, "notice") == "Votre déclaration est signée."
    assert driver.find_elements(By.CSS_SELECTOR, "section[id^='candidate-']"), "the candidates once signed"

    # An incomplete scorecard is refused, each missing score marked; then it is saved.
    form = driver.find_element(By.CSS_SELECTOR, "form[id^='scores-']")
    candidate = form.get_attribute("id").removeprefix("scores-")
    Select(driver.find_element(By.ID, f"score-{candidate}-0")).select_by_value("4")
    driver.find_element(By.ID, f"note-{candidate}-0").send_keys("Exemples concrets et pertinents.")
    submit(driver, f"scores-submit-{candidate}")
    for index in (1, 2):
        field = driver.find_element(By.ID, f"score-{candidate}-{index}")
        assert field.get_attribute("aria-invalid") == "true"
        assert text_of(driver, f"score-{candidate}-{index}-error") == "Une note est un entier de 1 à 5."
    assert Select(driver.find_element(By.ID, f"score-{candidate}-0")).first_selected_option.text == "4"
    for index in (1, 2):
        Select(driver.find_element(By.ID, f"score-{candidate}-{index}")).select_by_value(str(3 + index % 2))
    submit(driver, f"scores-submit-{candidate}")
    assert text_of(driver, "notice") == "Vos notes sont enregistrées."
    assert Select(driver.find_element(By.ID, f"score-{candidate}-0")).first_selected_option.text == "4"
    sign_out(driver)

    # The chair signs off the report the secretary drafted.
    sign_in_as(driver, server, "panelchair", "fr")
    open_panel(driver, server, "en attente de la signature du président")
    assert driver.find_element(By.ID, "ranking").is_displayed()
    assert "Rapport du jury de sélection" in text_of(driver, "report-fr")
    submit(driver, "sign-submit")
    assert text_of(driver, "notice") == "Le rapport est signé."
    assert text_of(driver, "report-state") == "Signé par le président"
    assert not driver.find_elements(By.ID, "sign-submit")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"recruitment-panel-signed-fr-{backend}.png"))
