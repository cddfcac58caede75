"""The public page of each published vacancy carries a schema.org JobPosting that a real JSON-LD processor (`pyld`)
reads, with the properties job search engines require; drafts have no public page, and people without the
RECRUITMENT category see no vacancy."""

import json
import re

from pyld import jsonld

from test_health_ical import call, token_for

SCHEMA = "https://schema.org/"
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
BRUSSELS_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$")


def schema_org_loader(url, options=None):
    """The schema.org context without the network: every term is a schema.org property or type."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}


def expanded_posting(html: str) -> tuple[dict, dict]:
    scripts = SCRIPT.findall(html)
    assert len(scripts) == 1, "one JSON-LD script per page"
    posting = json.loads(scripts[0])
    expanded = jsonld.expand(posting, {"documentLoader": schema_org_loader})
    assert len(expanded) == 1
    return posting, expanded[0]


def value(node: dict, name: str):
    values = node.get(SCHEMA + name)
    assert values, f"{name} missing"
    return values[0].get("@value", values[0])


def test_public_vacancy_pages_carry_a_valid_job_posting(server):
    status, _, body = call(server, "GET", "/api/v1/public/vacancies")
    assert status == 200, body
    vacancies = json.loads(body)["items"]
    assert len(vacancies) >= 2, "the demo publishes two vacancies"
    for vacancy in vacancies:
        assert "original" not in vacancy and "unrecognised" not in vacancy and "label" not in vacancy
        status, headers, page = call(server, "GET", vacancy["page"])
        assert status == 200
        assert headers.get("Content-Type", "").startswith("text/html")
        posting, node = expanded_posting(page.decode())
        assert node["@type"] == [SCHEMA + "JobPosting"]
        for name in ("title", "description", "datePosted", "validThrough", "employmentType",
                     "hiringOrganization", "jobLocation", "eligibilityToWorkRequirement", "qualifications"):
            assert node.get(SCHEMA + name), f"{name} missing on {vacancy['page']}"
        assert value(node, "title") == vacancy["title"]
        assert BRUSSELS_TIME.match(value(node, "validThrough")), value(node, "validThrough")
        assert value(node, "validThrough") == vacancy["deadline"]
        assert BRUSSELS_TIME.match(value(node, "datePosted"))
        assert value(node, "employmentType") in ("FULL_TIME", "PART_TIME")
        organisation = node[SCHEMA + "hiringOrganization"][0]
        assert organisation["@type"] == [SCHEMA + "Organization"]
        assert organisation[SCHEMA + "name"][0]["@value"]
        place = node[SCHEMA + "jobLocation"][0]
        assert place["@type"] == [SCHEMA + "Place"]
        address = place[SCHEMA + "address"][0]
        assert address["@type"] == [SCHEMA + "PostalAddress"]
        assert re.fullmatch(r"[A-Z]{2}", address[SCHEMA + "addressCountry"][0]["@value"])


def test_drafts_are_not_public_and_outsiders_see_no_vacancy(server):
    recruiter = token_for(server, "recruiter")
    status, _, body = call(server, "GET", "/api/v1/recruitment/vacancies?state=draft&withTotal=true", recruiter)
    assert status == 200, body
    drafts = json.loads(body)["items"]
    assert drafts, "the demo keeps a draft"
    for draft in drafts:
        assert call(server, "GET", f"/vacancies/{draft['id']}")[0] == 404
        assert call(server, "GET", f"/api/v1/public/vacancies/{draft['id']}")[0] == 404
    for outsider in ("registry", "medclerk"):
        token = token_for(server, outsider)
        status, _, body = call(server, "GET", "/api/v1/recruitment/vacancies?withTotal=true", token)
        assert status == 200
        assert json.loads(body) == {"items": [], "total": 0}
        assert call(server, "GET", f"/api/v1/recruitment/vacancies/{drafts[0]['id']}", token)[0] == 404
