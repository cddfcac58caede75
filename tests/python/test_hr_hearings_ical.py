"""The HR case officer's hearings, read from the demo server as iCalendar, are valid RFC 5545 per the `icalendar`
package, name no case and no person, and reach nobody the conflict rule keeps the cases from: the second officer,
named in a demo case, does not get its hearings; a registry clerk and a Health clerk get no calendar at all."""

import json

from test_health_ical import call, token_for
from test_recruitment_panels_ical import events


def titles(server: str, token: str) -> list[str]:
    status, _, body = call(server, "GET", "/api/v1/casework/cases?limit=200", token)
    assert status == 200, body
    return [case["title"] for case in json.loads(body)["items"]]


def test_hearings_calendar_is_valid_and_says_only_when_and_where(server):
    officer = token_for(server, "hrofficer")
    status, headers, raw = call(server, "GET", "/api/v1/casework/hearings.ics", officer)
    assert status == 200, raw
    assert headers.get("Content-Type", "").startswith("text/calendar")
    found = events(raw)
    assert len(found) >= 3, "the demo schedules three hearings in the coming weeks"
    for event in found:
        assert str(event.get("SUMMARY")) in ("HR hearing", "Audience RH")
    text = raw.decode()
    for title in titles(server, officer):
        assert title not in text, "a hearing never names its case"

    # Inès Moreau, the second officer, is not the officer of the demo's cases: her calendar has none of them
    second = token_for(server, "hrofficer2")
    status, _, raw = call(server, "GET", "/api/v1/casework/hearings.ics", second)
    assert status == 200
    assert events(raw) == []

    for outsider in ("registry", "medclerk"):
        status, _, body = call(server, "GET", "/api/v1/casework/hearings.ics", token_for(server, outsider))
        assert status == 403, body
        assert b"BEGIN:VEVENT" not in body
