"""The served OpenAPI document is a valid OpenAPI 3.1 description of the public API."""

import json
import urllib.request

from openapi_spec_validator import OpenAPIV31SpecValidator, validate

REQUIRED_PATHS = [
    "/api/v1/auth/token",
    "/api/v1/me",
    "/api/v1/objects",
    "/api/v1/objects/{id}",
    "/api/v1/audit",
]


def fetch_spec(base_url: str) -> dict:
    with urllib.request.urlopen(f"{base_url}/api/v1/openapi.json", timeout=10) as response:
        assert response.status == 200
        content_type = response.headers.get("Content-Type", "")
        assert "json" in content_type, f"unexpected Content-Type {content_type!r}"
        return json.loads(response.read())


def test_openapi_document_is_valid_3_1(server):
    spec = fetch_spec(server)
    assert str(spec.get("openapi", "")).startswith("3.1"), f"openapi version is {spec.get('openapi')!r}"
    validate(spec, cls=OpenAPIV31SpecValidator)  # raises OpenAPIValidationError with the reason
    missing = [path for path in REQUIRED_PATHS if path not in spec.get("paths", {})]
    assert not missing, f"paths missing from the OpenAPI document: {missing}"
