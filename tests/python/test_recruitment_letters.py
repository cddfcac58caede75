"""Letters to candidates in a real browser, in French (issue 18, item 8): the recruiter produces the offer letter for
a candidate of the demo and opens its PDF; a registry clerk finds nothing."""

import json
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from test_browser_registry import sign_in_as
from test_browser_shell import wait
from test_health_ical import call, token_for


def demo_application(server: str) -> str:
    """The demo's candidate who received the regret letter (Giulia Rossi, vacancy 260301)."""
    token = token_for(server, "recruiter")
    status, _, body = call(server, "GET", "/api/v1/recruitment/vacancies?state=published&limit=50", token)
    assert status == 200, body
    vacancy = next(v for v in json.loads(body)["items"] if v.get("vacancyNumber") == "260301")
    status, _, body = call(server, "GET", f"/api/v1/recruitment/vacancies/{vacancy['id']}/applications", token)
    assert status == 200, body
    return next(a for a in json.loads(body)["items"] if a["familyName"] == "Rossi")["id"]


def fetch_with_session(driver, url: str):
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookies})
    try:
        with urllib.request.urlopen(request, timeout=90) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_the_offer_letter_is_produced_in_french_and_its_pdf_opens(browser, server):
    driver = browser
    application = demo_application(server)
    sign_in_as(driver, server, "recruiter", "fr")
    driver.get(f"{server}/recruitment/applications/{application}/letters")
    wait(driver).until(EC.presence_of_element_located((By.ID, "produce-form")))
    assert "Lettres" in driver.find_element(By.ID, "page-title").text
    before = len(driver.find_elements(By.CSS_SELECTOR, "a.letter-pdf"))
    Select(driver.find_element(By.ID, "kind")).select_by_value("offer")
    Select(driver.find_element(By.ID, "language")).select_by_value("fr")
    driver.find_element(By.ID, "produce-submit").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "notice")))
    assert driver.find_element(By.ID, "notice").text.strip() == "La lettre a été produite."
    links = driver.find_elements(By.CSS_SELECTOR, "a.letter-pdf")
    assert len(links) == before + 1
    status, headers, body = fetch_with_session(driver, links[0].get_attribute("href"))
    assert status == 200, body[:300]
    assert headers.get("Content-Type") == "application/pdf"
    assert body.startswith(b"%PDF")


def test_a_registry_clerk_finds_no_letters(browser, server):
    driver = browser
    application = demo_application(server)
    sign_in_as(driver, server, "registry", "fr")
    status, _, body = fetch_with_session(driver, f"{server}/recruitment/applications/{application}/letters")
    assert status == 404
    assert b"Rossi" not in body
