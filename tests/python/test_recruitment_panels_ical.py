"""A selection panel's interview schedule, read from the demo server as iCalendar, is valid RFC 5545 per the
`icalendar` package; a member who has not signed their declaration gets it without candidate names, the assistant
with them, and nobody outside the panel gets it at all."""

import json

from icalendar import Calendar

from test_health_ical import call, token_for


def panels_of(server: str, token: str) -> list[dict]:
    status, _, body = call(server, "GET", "/api/v1/recruitment/panels?withTotal=true", token)
    assert status == 200, body
    return json.loads(body)["items"]


def events(raw: bytes) -> list:
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = Calendar.from_ical(raw)
    assert str(calendar.get("VERSION")) == "2.0"
    assert calendar.get("PRODID")
    found = list(calendar.walk("VEVENT"))
    for event in found:
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "LOCATION", "SUMMARY"):
            assert event.get(prop) is not None, f"{prop} missing"
        assert event.decoded("DTSTART").utcoffset().total_seconds() == 0
        assert event.decoded("DTEND") > event.decoded("DTSTART")
    return found


def test_panel_calendar_is_valid_icalendar_and_names_candidates_only_to_who_may_read_them(server):
    chair = token_for(server, "panelchair")
    panel = next(p for p in panels_of(server, chair) if p["reportState"] == "none")
    path = f"/api/v1/recruitment/panels/{panel['id']}"
    status, _, body = call(server, "GET", path, chair)
    assert status == 200
    assert json.loads(body)["candidates"] == [], "the chair has not signed this panel's declaration"

    status, headers, raw = call(server, "GET", f"{path}/calendar.ics", chair)
    assert status == 200, raw
    assert headers.get("Content-Type", "").startswith("text/calendar")
    unsigned = events(raw)
    assert len(unsigned) == 3, "the demo schedules three interviews"
    for event in unsigned:
        assert str(event.get("SUMMARY")) in ("Selection interview", "Entretien de sélection")

    recruiter = token_for(server, "recruiter")
    status, _, body = call(server, "GET", path, recruiter)
    names = [c["familyName"] for c in json.loads(body)["candidates"]]
    assert names, "the assistant reads the candidates"
    text = raw.decode()
    for name in names:
        assert name not in text
    status, _, raw = call(server, "GET", f"{path}/calendar.ics", recruiter)
    assert status == 200
    named = events(raw)
    assert any(any(name in str(e.get("SUMMARY")) for name in names) for e in named)

    for outsider in ("registry", "medclerk"):
        token = token_for(server, outsider)
        assert call(server, "GET", f"{path}/calendar.ics", token)[0] == 404
        assert call(server, "GET", path, token)[0] == 404
        assert panels_of(server, token) == []
