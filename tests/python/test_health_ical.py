"""The Health Office's secret calendar feed, read from the demo server, is valid RFC 5545 per the `icalendar`
package, and carries times and places only."""

import json
import urllib.error
import urllib.request

from icalendar import Calendar

from test_browser_shell import DEMO_PASSWORD


def call(server: str, method: str, path: str, token: str | None = None, body: dict | None = None):
    request = urllib.request.Request(f"{server}{path}", method=method)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, data=data, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def token_for(server: str, username: str) -> str:
    status, _, body = call(server, "POST", "/api/v1/auth/token", body={"username": username, "password": DEMO_PASSWORD})
    assert status == 201, body
    return json.loads(body)["token"]


def test_calendar_feed_is_valid_icalendar_without_health_detail(server):
    token = token_for(server, "clinician")
    status, _, body = call(server, "POST", "/api/v1/health/calendar-feed", token)
    assert status == 201, body
    url = json.loads(body)["url"]
    status, headers, raw = call(server, "GET", url)
    assert status == 200
    assert headers.get("Content-Type", "").startswith("text/calendar")
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = Calendar.from_ical(raw)
    assert str(calendar.get("VERSION")) == "2.0"
    assert calendar.get("PRODID")
    events = list(calendar.walk("VEVENT"))
    assert events, "the demo clinician has appointments"
    for event in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "LOCATION", "SUMMARY"):
            assert event.get(prop) is not None, f"{prop} missing"
        assert event.decoded("DTSTART").utcoffset().total_seconds() == 0
        assert event.decoded("DTEND") > event.decoded("DTSTART")
        assert str(event.get("SUMMARY")) in ("Appointment", "Rendez-vous")
        assert event.get("DESCRIPTION") is None and event.get("ATTENDEE") is None

    # The patients' names never appear: the clerk can read them, the feed must not carry them.
    clerk = token_for(server, "medclerk")
    status, _, body = call(server, "GET", "/api/v1/health/appointments?limit=200", clerk)
    assert status == 200
    patients = {item["patient"] for item in json.loads(body)["items"]}
    text = raw.decode()
    for patient in patients:
        assert patient not in text

    # A revoked feed is gone; the non-medical registry clerk cannot have one.
    assert call(server, "DELETE", "/api/v1/health/calendar-feed", token)[0] == 204
    assert call(server, "GET", url)[0] == 404
    registry = token_for(server, "registry")
    assert call(server, "POST", "/api/v1/health/calendar-feed", registry)[0] == 403
