"""Written tests in a real browser, in French (issue 18, item 6): the recruitment assistant schedules a session and
invites two candidates with the picker; the marker marks their scripts by candidate code and never sees a name; the
assistant closes the marking, shows the names beside the codes and reads the results."""

import json
import secrets

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from test_browser_registry import sign_in_as, sign_out, submit, text_of, wait_for_text
from test_browser_shell import wait
from test_health_ical import call, token_for

DEMO_NAMES = ["Dupuis", "Kowalski", "Bianchi", "Jansen", "García López", "Élise", "Chiara"]


def apply(server: str, vacancy: str, family: str, given: str) -> str:
    body = {"familyName": family, "givenNames": given, "email": f"{given}.{family}@example.org".lower(),
            "dateOfBirth": "1990-02-03", "nationality": "BEL"}
    status, _, answer = call(server, "POST", f"/api/v1/public/vacancies/{vacancy}/applications", body=body)
    assert status == 201, answer
    return json.loads(answer)["id"]


def short_list(server: str, token: str, vacancy: str, applications: list[str]) -> None:
    """Takes applications to the short list with the screening's bulk moves: only the short list sits the test."""
    for stage in ("eligible", "long-list", "short-list"):
        status, _, answer = call(server, "POST", f"/api/v1/recruitment/vacancies/{vacancy}/screening/bulk", token,
                                 body={"applications": applications, "stage": stage})
        assert status == 200, answer


def test_schedule_mark_anonymously_unblind_in_french(browser, server, backend):
    driver = browser
    tag = secrets.token_hex(3)
    room = f"Salle {tag}"
    names = [(f"Quillfeather{tag}", "Zéphyrine"), (f"Brightwater{tag}", "Oswaldo")]
    recruiter = token_for(server, "recruiter")
    status, _, body = call(server, "GET", "/api/v1/recruitment/vacancies?state=published", recruiter)
    assert status == 200, body
    vacancy = next(v for v in json.loads(body)["items"] if v["vacancyNumber"] == "260301")["id"]
    applications = [apply(server, vacancy, family, given) for family, given in names]
    unscreened = apply(server, vacancy, f"Stillwater{tag}", "Ottilie")
    short_list(server, recruiter, vacancy, applications)

    # the assistant schedules the session and invites the two candidates
    sign_in_as(driver, server, "recruiter", "fr")
    driver.get(f"{server}/recruitment/written-tests/new?vacancy={vacancy}")
    wait_for_text(driver, "page-title", "Planifier une épreuve écrite")
    driver.execute_script("document.getElementById('test-starts').value = '2026-12-10T09:30'")
    driver.find_element(By.ID, "test-place").send_keys("SHAPE, Mons")
    driver.find_element(By.ID, "test-room").send_keys(room)
    driver.find_element(By.ID, "test-invigilators").send_keys("recruiter")
    driver.find_element(By.ID, "test-markers").send_keys("marker")
    driver.find_element(By.ID, "test-questions").send_keys("Rédaction d’une note | 20\nTableur | 10")
    driver.find_element(By.ID, "test-pass-mark").send_keys("15")
    submit(driver, "test-submit")
    wait_for_text(driver, "notice", "L’épreuve écrite est planifiée.")
    session = driver.current_url.split("/written-tests/")[1].split("?")[0]
    assert not driver.find_elements(By.ID, f"application-{unscreened}"), "only the short list is offered"
    for application in applications:
        driver.find_element(By.ID, f"application-{application}").click()
    submit(driver, "invite-submit")
    wait_for_text(driver, "notice", "Les candidats sont invités, chacun avec un code de candidat.")
    assert text_of(driver, "invited-heading") == "Candidats invités (2)"
    submit(driver, "move-held")
    wait_for_text(driver, "notice", "L’épreuve est enregistrée comme passée.")
    sign_out(driver)

    # the marker marks both scripts, known only by their codes
    sign_in_as(driver, server, "marker", "fr")
    driver.get(f"{server}/recruitment/scripts?state=to-mark")
    wait_for_text(driver, "page-title", "Copies à corriger")
    rows = [row for row in driver.find_elements(By.CSS_SELECTOR, "#script-list tbody tr") if room in row.text]
    assert len(rows) == 2, [row.text for row in rows]
    links = [row.find_element(By.TAG_NAME, "a").get_attribute("href") for row in rows]
    for link, marks in zip(links, [("18", "7"), ("6", "3")]):
        driver.get(link)
        wait(driver).until(EC.presence_of_element_located((By.ID, "marks-form")))
        driver.find_element(By.ID, "mark-0").clear()
        driver.find_element(By.ID, "mark-0").send_keys("25")
        driver.find_element(By.ID, "mark-1").send_keys(marks[1])
        submit(driver, "marks-submit")
        wait_for_text(driver, "mark-0-error", "Question 1 : une note est un nombre entier de 0 à 20.")
        assert driver.find_element(By.ID, "mark-0").get_attribute("aria-invalid") == "true"
        driver.find_element(By.ID, "mark-0").clear()
        driver.find_element(By.ID, "mark-0").send_keys(marks[0])
        submit(driver, "marks-submit")
        wait_for_text(driver, "notice", "Les notes sont enregistrées.")
        page = driver.page_source
        for word in [name for pair in names for name in pair] + DEMO_NAMES:
            assert word not in page, f"the marker saw {word}"
    driver.get(f"{server}/recruitment/scripts")
    page = driver.page_source
    for word in [name for pair in names for name in pair] + DEMO_NAMES:
        assert word not in page, f"the marker saw {word}"
    driver.get(f"{server}/recruitment/written-tests/{session}/results")
    assert "Quillfeather" not in driver.page_source
    sign_out(driver)

    # the assistant closes the marking, un-blinds and sees the results with the names
    sign_in_as(driver, server, "recruiter", "fr")
    driver.get(f"{server}/recruitment/written-tests/{session}")
    wait(driver).until(EC.presence_of_element_located((By.ID, "move-marked")))
    submit(driver, "move-marked")
    wait_for_text(driver, "notice", "La correction est clôturée.")
    submit(driver, "results-link")
    assert "Quillfeather" not in driver.page_source, "the results are blind until un-blinded"
    submit(driver, "test-unblind")
    wait_for_text(driver, "notice", "Les noms sont désormais affichés à côté des codes ; cela a été enregistré.")
    results = text_of(driver, "results")
    assert f"Quillfeather{tag}, Zéphyrine" in results and "Réussi" in results
    assert f"Brightwater{tag}, Oswaldo" in results and "Échoué" in results
    sign_out(driver)
