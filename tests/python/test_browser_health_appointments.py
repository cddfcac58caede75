"""Appointments in a real browser, in French: the clerk books, reschedules and cancels an appointment, and a
double booking is refused with a readable French sentence in the form."""

import datetime
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import SCREENSHOTS
from test_browser_registry import sign_in_as, submit, text_of
from test_browser_shell import wait, wait_for_path


def next_weekday(days_ahead: int) -> str:
    """A Monday-to-Friday date at least `days_ahead` days from today (the demo clinicians' hours)."""
    day = datetime.date.today() + datetime.timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day.isoformat()


def set_value(driver, element_id: str, value: str) -> None:
    """Sets a date or time input as a date picker would (typing depends on the browser's locale)."""
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, element_id), value)


def fill_booking(driver, patient_index: int, clinician_text: str, date: str) -> None:
    Select(driver.find_element(By.ID, "patient")).select_by_index(patient_index)
    clinicians = Select(driver.find_element(By.ID, "clinician"))
    clinicians.select_by_visible_text(next(o.text for o in clinicians.options if clinician_text in o.text))
    Select(driver.find_element(By.ID, "type")).select_by_value("consult")
    set_value(driver, "date", date)


def free_times(driver) -> list[str]:
    return [b.get_attribute("value") for b in driver.find_elements(By.CSS_SELECTOR, "#free-times button[name=slot]")]


def test_book_reschedule_cancel_and_refuse_double_booking_in_french(browser, server, backend):
    driver = browser
    date = next_weekday(14 + datetime.datetime.now().microsecond % 7)
    sign_in_as(driver, server, "medclerk", "fr")

    # Book a consultation with Dr Martin: the page offers the day's free times as buttons.
    driver.get(f"{server}/health/appointments/new")
    wait(driver).until(EC.presence_of_element_located((By.ID, "book-form")))
    assert driver.find_element(By.ID, "date").get_attribute("type") == "date"
    fill_booking(driver, 0, "Martin", date)
    submit(driver, "find-slots")
    times = free_times(driver)
    assert times, "a weekday of Dr Martin's has free times"
    assert "Heures libres le" in driver.find_element(By.ID, "free-times").text
    chosen = times[0]
    submit(driver, "slot-" + chosen.replace(":", ""))
    wait_for_path(driver, "/health/appointments")
    assert text_of(driver, "notice") == "Le rendez-vous est réservé."
    row = driver.find_element(By.CSS_SELECTOR, "tr[id^='appointment-']")
    appointment_id = row.get_attribute("id").removeprefix("appointment-")
    assert re.fullmatch(r"[0-9A-Z]{26}", appointment_id)
    assert chosen in row.text

    # The booked time is no longer offered; another patient typed in ten minutes later is refused on the server,
    # with a French sentence in the form.
    driver.get(f"{server}/health/appointments/new")
    wait(driver).until(EC.presence_of_element_located((By.ID, "book-form")))
    fill_booking(driver, 1, "Martin", date)
    submit(driver, "find-slots")
    assert chosen not in free_times(driver)
    clash = (datetime.datetime.strptime(chosen, "%H:%M") + datetime.timedelta(minutes=10)).strftime("%H:%M")
    set_value(driver, "time", clash)
    submit(driver, "book-submit")
    error = text_of(driver, "time-error")
    assert driver.find_element(By.ID, "time").get_attribute("aria-invalid") == "true"
    assert error.startswith("Double réservation"), error
    assert chosen in error
    assert driver.find_element(By.ID, "time").get_attribute("value") == clash, "the form keeps what was typed"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"health-double-booking-fr-{backend}.png"))

    # The day's list has no forms per row: the row leads to the appointment's own page, where its actions are.
    driver.get(f"{server}/health/appointments?date={date}")
    row = driver.find_element(By.ID, f"appointment-{appointment_id}")
    assert not row.find_elements(By.TAG_NAME, "form"), "no form on a row of a later day"
    submit(driver, f"open-{appointment_id}")
    wait_for_path(driver, f"/health/appointments/{appointment_id}")
    assert not driver.find_elements(By.ID, "check-in"), "a later day's appointment cannot be checked in yet"

    # Reschedule it to 16:00.
    submit(driver, "reschedule")
    wait(driver).until(EC.presence_of_element_located((By.ID, "reschedule-form")))
    time_field = driver.find_element(By.ID, "time")
    time_field.clear()
    time_field.send_keys("16:00")
    submit(driver, "reschedule-submit")
    assert text_of(driver, "notice") == "Le rendez-vous a été déplacé."
    assert "16:00" in driver.find_element(By.ID, f"appointment-{appointment_id}").text

    # Cancel it from its page, with a reason.
    submit(driver, f"open-{appointment_id}")
    wait_for_path(driver, f"/health/appointments/{appointment_id}")
    driver.find_element(By.ID, "reason").send_keys("Patient en mission")
    submit(driver, "cancel")
    assert text_of(driver, "notice") == "Le rendez-vous a été annulé."
    assert text_of(driver, "appointment-status").startswith("annulé")
    assert "Patient en mission" in text_of(driver, "appointment-status")
    assert not driver.find_elements(By.ID, "cancel")
    assert "Annulé, motif : Patient en mission" in driver.find_element(By.ID, "history").text
