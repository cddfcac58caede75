"""The web shell in a real browser: sign-in, classification banners, language switch, sign-out."""

from urllib.parse import urlsplit

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SCREENSHOTS

TIMEOUT = 15
DEMO_USER = "admin"
DEMO_PASSWORD = "chancery-demo"


def wait(driver, timeout: float = TIMEOUT) -> WebDriverWait:
    return WebDriverWait(
        driver, timeout, poll_frequency=0.05,
        ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
    )


def path_of(driver) -> str:
    return urlsplit(driver.current_url).path


def wait_for_path(driver, expected: str) -> None:
    try:
        wait(driver).until(lambda d: path_of(d).rstrip("/").endswith(expected))
    except Exception as error:
        raise AssertionError(f"expected to be on {expected}, but the browser is at {driver.current_url}") from error


def html_lang(driver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""


def wait_for_lang(driver, lang: str) -> None:
    try:
        wait(driver).until(lambda d: html_lang(d) == lang)
    except Exception as error:
        raise AssertionError(f'expected <html lang="{lang}">, found lang="{html_lang(driver)}"') from error


def wait_for_title(driver, text: str) -> None:
    try:
        wait(driver).until(lambda d: d.find_element(By.ID, "page-title").text.strip() == text)
    except Exception as error:
        found = driver.find_elements(By.ID, "page-title")
        raise AssertionError(f"expected #page-title {text!r}, found {found[0].text if found else None!r}") from error


def sign_in(driver, base_url: str, password: str) -> None:
    driver.get(f"{base_url}/login")
    wait(driver).until(EC.element_to_be_clickable((By.ID, "login-submit")))
    username_field = driver.find_element(By.ID, "username")
    username_field.clear()
    username_field.send_keys(DEMO_USER)
    password_field = driver.find_element(By.ID, "password")
    password_field.clear()
    password_field.send_keys(password)
    driver.find_element(By.ID, "login-submit").click()


def assert_banner(driver, element_id: str) -> None:
    banner = driver.find_element(By.ID, element_id)
    classes = (banner.get_attribute("class") or "").split()
    assert "classification-banner" in classes, f"#{element_id} has classes {classes}"
    assert banner.is_displayed(), f"#{element_id} is not visible"
    text = (banner.get_attribute("textContent") or "").strip()
    assert text, f"#{element_id} is empty"
    assert text.startswith("NATO"), f"#{element_id} text is {text!r}"


def test_login_banners_language_and_logout(browser, server, backend):
    driver = browser

    driver.get(f"{server}/login")
    wait(driver).until(EC.presence_of_element_located((By.ID, "username")))
    assert html_lang(driver) == "en"

    sign_in(driver, server, DEMO_PASSWORD)
    wait_for_path(driver, "/home")
    title = wait(driver).until(EC.visibility_of_element_located((By.ID, "page-title")))
    assert title.text.strip() == "Home"
    assert_banner(driver, "banner-top")
    assert_banner(driver, "banner-bottom")

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"home-{backend}.png"))

    # Switch to French.
    wait(driver).until(EC.element_to_be_clickable((By.ID, "lang-fr"))).click()
    wait_for_lang(driver, "fr")
    wait_for_title(driver, "Accueil")

    # The choice is remembered: on reload, and on a fresh visit to the page.
    driver.refresh()
    wait_for_lang(driver, "fr")
    wait_for_title(driver, "Accueil")
    driver.get(f"{server}/home")
    wait_for_path(driver, "/home")
    wait_for_lang(driver, "fr")
    wait_for_title(driver, "Accueil")

    # Sign out (a POST form), then the home page is closed again.
    logout = driver.find_element(By.ID, "logout-submit")
    form = logout.find_element(By.XPATH, "ancestor::form[1]")
    assert form.get_attribute("id") == "logout-form"
    assert (form.get_attribute("method") or "").lower() == "post"
    logout.click()
    wait_for_path(driver, "/login")
    wait(driver).until(EC.presence_of_element_located((By.ID, "login-submit")))

    driver.get(f"{server}/home")
    wait_for_path(driver, "/login")


def test_wrong_password_shows_error(browser, server):
    driver = browser
    sign_in(driver, server, "not-the-password")
    error = wait(driver).until(EC.visibility_of_element_located((By.ID, "login-error")))
    assert error.text.strip(), "#login-error is empty"
    assert path_of(driver).rstrip("/").endswith("/login"), f"left the login page: {driver.current_url}"
    assert not driver.find_elements(By.ID, "logout-submit"), "a wrong password signed the user in"
