"""A candidate applies in French on the public page of a published vacancy, without signing in, with a CV; the
form first comes back with its errors marked and what was typed kept; the acknowledgement gives a reference, and
the recruitment assistant then finds the application, with its education, experience and CV."""

import re
import secrets

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from test_browser_registry import sign_in_as, submit, text_of
from test_browser_shell import path_of, wait, wait_for_lang

PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 24 Tf 72 712 Td (Curriculum vitae) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


def fill(driver, element_id: str, value: str) -> None:
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(value)


def test_apply_in_french_then_the_recruiter_sees_it(browser, server, tmp_path):
    driver = browser
    cv = tmp_path / "mon-cv.pdf"
    cv.write_bytes(PDF)
    family = "Lefèvre-" + secrets.token_hex(3)

    # the public list, switched to French without signing in
    driver.get(f"{server}/vacancies")
    submit(driver, "lang-fr")
    wait_for_lang(driver, "fr")
    link = driver.find_element(By.CSS_SELECTOR, "#public-vacancy-list a")
    vacancy_path = link.get_attribute("href").split(server, 1)[-1]
    vacancy_id = vacancy_path.rstrip("/").split("/")[-1]
    driver.get(f"{server}{vacancy_path}")
    wait(driver).until(EC.element_to_be_clickable((By.ID, "apply-link")))
    submit(driver, "apply-link")
    assert path_of(driver) == f"/vacancies/{vacancy_id}/apply"
    assert "Nom de famille" in driver.page_source

    # a first attempt with mistakes: every error marked, what was typed kept
    fill(driver, "family-name", family)
    fill(driver, "email", "pas-une-adresse")
    driver.execute_script("document.getElementById('date-of-birth').value = '1990-01-15'")
    Select(driver.find_element(By.ID, "nationality")).select_by_value("FRA")
    fill(driver, "edu-0-title", "Master en administration publique")
    submit(driver, "apply-submit")
    wait(driver).until(EC.presence_of_element_located((By.ID, "error-summary")))
    for field in ("given-names", "email", "edu-0-level", "edu-0-institution"):
        assert driver.find_element(By.ID, field).get_attribute("aria-invalid") == "true", field
    assert driver.find_element(By.ID, "family-name").get_attribute("value") == family
    assert "Ce champ est obligatoire." in driver.page_source

    # corrected, with languages, education, experience and a CV
    fill(driver, "given-names", "Élodie")
    fill(driver, "email", f"{family.lower()}@example.fr")
    Select(driver.find_element(By.ID, "level-fr")).select_by_value("5")
    Select(driver.find_element(By.ID, "level-en")).select_by_value("4")
    Select(driver.find_element(By.ID, "edu-0-level")).select_by_value("7")
    fill(driver, "edu-0-institution", "Sciences Po")
    fill(driver, "edu-0-year", "2014")
    fill(driver, "exp-0-from", "2015-09")
    fill(driver, "exp-0-employer", "Ministère des Armées")
    fill(driver, "exp-0-post", "Assistante administrative")
    driver.find_element(By.ID, "cv").send_keys(str(cv))
    submit(driver, "apply-submit")
    wait(driver).until(EC.presence_of_element_located((By.ID, "reference")))
    assert "Votre candidature a été reçue" in driver.page_source
    reference = text_of(driver, "reference")
    assert re.fullmatch(r"[A-Z0-9]+-[0-9A-Z]{8}", reference), reference
    assert text_of(driver, "documents-received") == "1"

    # the recruiter finds it, in French, with its file
    sign_in_as(driver, server, "recruiter", "fr")
    driver.get(f"{server}/recruitment/vacancies/{vacancy_id}")
    submit(driver, "applications-link")
    assert reference in driver.page_source and family in driver.page_source
    driver.find_element(By.LINK_TEXT, reference).click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "application-profile")))
    assert text_of(driver, "profile-family-name") == family
    assert "Sciences Po" in text_of(driver, "application-education")
    assert "Ministère des Armées" in text_of(driver, "application-experience")
    assert "cv.pdf" in text_of(driver, "application-documents")
