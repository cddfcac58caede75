"""The Health Office's FHIR export is valid FHIR R4, as the `fhir.resources` package's R4B models read it.

Against the demo server: a demo patient's $everything Bundle and every resource in it, fetched one by one,
validate with `fhir.resources.R4B.<type>.<Type>`; the NATO SECRET registry clerk without MEDICAL gets a 404
OperationOutcome for each of them and an empty search. When the demo data holds no patient with a lab result
and a consent, the test makes one through the API first.
"""

from __future__ import annotations

import importlib
import json
import secrets
import urllib.error
import urllib.request

import pytest

fhir_r4b = pytest.importorskip("fhir.resources.R4B", reason="fhir.resources (>=8) is in scripts/requirements-test.txt")

DEMO_PASSWORD = "chancery-demo"
FHIR = "/api/v1/health/fhir"


def request(base: str, method: str, path: str, token: str | None = None, body: dict | None = None,
            language: str = "en") -> tuple[int, dict[str, str], bytes]:
    headers = {"Accept-Language": language}
    data = None
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def token(base: str, username: str) -> str:
    status, _, body = request(base, "POST", "/api/v1/auth/token", body={"username": username, "password": DEMO_PASSWORD})
    assert status in (200, 201), f"sign-in of {username}: {status} {body[:300]!r}"
    return json.loads(body)["token"]


def fhir_get(base: str, path: str, bearer: str, expected: int = 200, language: str = "en") -> dict:
    status, headers, body = request(base, "GET", FHIR + path, bearer, language=language)
    assert status == expected, f"GET {path}: {status} {body[:500]!r}"
    assert headers.get("content-type", "").startswith("application/fhir+json"), f"{path}: {headers.get('content-type')}"
    return json.loads(body)


def model(resource_type: str):
    """The fhir.resources R4B model class of a resource type, e.g. DocumentReference."""
    module = importlib.import_module(f"fhir.resources.R4B.{resource_type.lower()}")
    return getattr(module, resource_type)


def validate(resource: dict):
    """Validates a resource with its R4B model (pydantic 2's model_validate, or parse_obj on older releases)."""
    cls = model(resource["resourceType"])
    parse = getattr(cls, "model_validate", None) or cls.parse_obj
    parsed = parse(resource)
    assert parsed.id == resource.get("id")
    return parsed


def security_codes(resource: dict) -> set[str]:
    return {c.get("code") for c in resource.get("meta", {}).get("security", []) if c.get("system") == "urn:chancery:label"}


def make_patient(base: str, bearer: str) -> str:
    """A patient with a lab result (coded observations and a range), a physician note and a consent."""
    status, _, body = request(base, "GET", "/api/v1/me", bearer)
    assert status == 200
    me = json.loads(body)["id"]
    status, _, body = request(base, "POST", "/api/v1/health/patients", bearer, {
        "familyName": "Fhirtest", "givenNames": "Anna Maria", "dateOfBirth": "1980-02-29", "sex": "female",
        "nationality": "BEL", "staffNumber": "FHIR-0001", "phone": "+32 2 555 00 00", "email": "a.fhirtest@example.org",
        "address": "Avenue du Bourget 140, 1110 Brussels",
        "emergencyContact": {"name": "Jan Fhirtest", "phone": "+32 2 555 00 01"},
    })
    assert status == 201, f"create patient: {status} {body[:500]!r}"
    patient = json.loads(body)["id"]
    entries = [
        {"type": "lab-result", "summary": "Full blood count", "date": "2026-10-01", "clinician": me,
         "text": "Fasting sample.",
         "observations": [
             {"code": {"system": "http://loinc.org", "code": "718-7", "display": "Hemoglobin"},
              "value": 11.2, "unit": "g/dL", "low": 12, "high": 16},
             {"code": {"system": "http://loinc.org", "code": "6690-2", "display": "Leukocytes"},
              "value": 7.1, "unit": "10*3/uL", "low": 4, "high": 11},
             {"code": {"system": "http://loinc.org", "code": "883-9", "display": "ABO group"}, "valueText": "A"},
         ]},
        {"type": "physician-note", "summary": "Annual check", "date": "2026-10-02", "clinician": me,
         "text": "Fit for duty.", "codes": [{"system": "ICD-10", "code": "Z02.1", "display": "Pre-employment examination"}]},
        {"type": "consent", "summary": "Consent to release to the insurer", "date": "2026-10-03",
         "text": "Signed form.",
         "consent": {"recipient": "CAAMI", "scope": "Laboratory results", "purpose": "Insurance claim",
                     "validFrom": "2026-01-01", "validUntil": "2099-12-31"}},
    ]
    for entry in entries:
        status, _, body = request(base, "POST", f"/api/v1/health/patients/{patient}/entries", bearer, entry)
        assert status == 201, f"add {entry['type']}: {status} {body[:500]!r}"
    return patient


def patient_is_from_demo(bundle: dict) -> bool:
    return bundle["entry"][0]["resource"]["name"][0]["family"] != "Fhirtest"


def everything(base: str, bearer: str, patient: str) -> dict:
    return fhir_get(base, f"/Patient/{patient}/$everything", bearer)


def resource_types(bundle: dict) -> set[str]:
    return {e["resource"]["resourceType"] for e in bundle.get("entry", [])}


@pytest.fixture(scope="module")
def record(server):
    """(clinician token, patient id, its $everything Bundle): a demo patient with the most resource types."""
    clinician = token(server, "clinician")
    search = fhir_get(server, "/Patient?_count=200", clinician)
    validate(search)
    best = None
    for entry in search.get("entry", []):
        patient = entry["resource"]["id"]
        bundle = everything(server, clinician, patient)
        kinds = resource_types(bundle)
        if best is None or len(kinds) > len(best[2]):
            best = (patient, bundle, kinds)
        if {"Observation", "Consent", "DocumentReference", "Practitioner"} <= kinds:
            break
    if best is None or not {"Observation", "Consent"} <= best[2]:
        patient = make_patient(server, clinician)
        best = (patient, everything(server, clinician, patient), None)
    return clinician, best[0], best[1]


def test_everything_bundle_is_valid_r4(server, record):
    _, patient, bundle = record
    parsed = validate(bundle)
    assert parsed.type == "searchset"
    kinds = resource_types(bundle)
    assert {"Patient", "Observation", "DocumentReference", "Consent", "Practitioner"} <= kinds, kinds
    if patient_is_from_demo(bundle):
        # the demo's fullest patient also has appointments, a referral and a disclosure
        assert {"Appointment", "ServiceRequest", "AuditEvent"} <= kinds, kinds
    assert bundle["entry"][0]["resource"]["id"] == patient
    assert bundle["entry"][0]["search"]["mode"] == "match"
    for entry in bundle["entry"]:
        resource = entry["resource"]
        validate(resource)
        assert "MEDICAL" in security_codes(resource), f"{resource['resourceType']}/{resource['id']} lost its label"
        assert entry["fullUrl"].endswith(f"/{resource['resourceType']}/{resource['id']}")


def test_every_resource_alone_is_valid_r4_and_as_in_the_bundle(server, record):
    clinician, _, bundle = record
    for entry in bundle["entry"]:
        resource = entry["resource"]
        alone = fhir_get(server, f"/{resource['resourceType']}/{resource['id']}", clinician)
        validate(alone)
        assert alone == resource, f"{resource['resourceType']}/{resource['id']} differs alone and in the Bundle"


def test_observations_carry_codes_ranges_and_interpretation(server, record):
    _, _, bundle = record
    observations = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    assert observations
    for observation in observations:
        parsed = validate(observation)
        assert parsed.status in ("final", "amended")
        assert parsed.category[0].coding[0].code == "laboratory"
        assert parsed.code.coding[0].code
        assert parsed.valueQuantity is not None or parsed.valueString is not None or parsed.dataAbsentReason is not None
    ranged = [o for o in observations if o.get("referenceRange")]
    assert ranged, "no observation with a reference range"
    for observation in ranged:
        if "valueQuantity" in observation:
            flags = {c["code"] for i in observation["interpretation"] for c in i["coding"]}
            assert flags <= {"L", "H", "N"} and flags


def test_consent_and_document_reference_shapes(server, record):
    _, _, bundle = record
    consents = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Consent"]
    for consent in consents:
        parsed = validate(consent)
        assert parsed.status in ("active", "inactive", "proposed")
        assert parsed.scope.coding[0].code == "patient-privacy"
        assert parsed.category[0].coding[0].code == "59284-0"
    documents = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DocumentReference"]
    for document in documents:
        parsed = validate(document)
        attachment = parsed.content[0].attachment
        assert attachment.contentType == "text/plain"
        assert attachment.data


def test_patient_search_is_a_valid_bundle(server, record):
    clinician, patient, _ = record
    bundle = fhir_get(server, "/Patient?_count=5", clinician)
    validate(bundle)
    assert bundle["total"] >= 1


def test_non_medical_principal_gets_operation_outcomes_and_nothing_else(server, record):
    _, patient, bundle = record
    registry = token(server, "registry")
    family = bundle["entry"][0]["resource"]["name"][0]["family"]
    paths = [f"/{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]]
    paths.append(f"/Patient/{patient}/$everything")
    for path in paths:
        outcome = fhir_get(server, path, registry, expected=404)
        validate_outcome(outcome)
        assert family not in json.dumps(outcome)
    # The answer's language is the account's own choice when it has made one, which other browser tests change; an
    # account that never chose gets the language its client asks for.
    newcomer = f"fhirfr{secrets.token_hex(3)}"
    status, _, body = request(server, "POST", "/api/v1/users", token(server, "admin"), body={
        "username": newcomer, "password": DEMO_PASSWORD, "clearance": "NS", "nationality": "FRA",
        "roles": ["registry.clerk"], "units": ["IPS"]})
    assert status == 201, f"creating {newcomer}: {status} {body[:300]!r}"
    french = fhir_get(server, f"/Patient/{patient}", token(server, newcomer), expected=404, language="fr")
    validate_outcome(french)
    assert french["issue"][0]["diagnostics"].startswith("Aucun")
    search = fhir_get(server, "/Patient", registry)
    validate(search)
    assert search["total"] == 0 and not search.get("entry")


def validate_outcome(outcome: dict) -> None:
    cls = model("OperationOutcome")
    parse = getattr(cls, "model_validate", None) or cls.parse_obj
    parsed = parse(outcome)
    assert parsed.issue[0].code == "not-found"
    assert parsed.issue[0].diagnostics.endswith(".")


def test_schedules_and_free_slots_are_valid_r4(server, record):
    """Each demo clinician's Schedule, and a free Slot from their diary; hidden from the registry clerk."""
    import datetime

    clerk = token(server, "medclerk")
    registry = token(server, "registry")
    status, _, body = request(server, "GET", "/api/v1/health/clinicians", clerk)
    if status == 404:
        pytest.skip("no appointments in this build")
    clinicians = json.loads(body)["items"]
    assert clinicians, "the demo has clinicians"
    slots = 0
    for clinician in clinicians:
        schedule = fhir_get(server, f"/Schedule/{clinician['id']}", clerk)
        validate(schedule)
        assert "MEDICAL" in security_codes(schedule)
        validate_outcome(fhir_get(server, f"/Schedule/{clinician['id']}", registry, expected=404))
        status, _, body = request(
            server, "GET", f"/api/v1/health/clinicians/{clinician['id']}/schedule?type=consult&view=week", clerk)
        if status != 200:
            continue
        free = [f for day in json.loads(body)["days"] for f in day.get("freeSlots", [])]
        if not free:
            continue
        minutes = int(datetime.datetime.fromisoformat(free[0]["start"]).timestamp()) // 60
        slot = fhir_get(server, f"/Slot/{clinician['id']}-{minutes}", clerk)
        validate(slot)
        assert slot["status"] == "free"
        validate_outcome(fhir_get(server, f"/Slot/{clinician['id']}-{minutes}", registry, expected=404))
        slots += 1
    assert slots, "no free slot found in any demo clinician's week"
