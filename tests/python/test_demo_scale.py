"""The real `chancery serve --demo` looks like a working headquarters: the registry clerk reads more than a
thousand registry items, and the API says how many; the Health Office has a few hundred patients; someone
outside the registry's unit and lists reads no registry item at all."""

import json

import pytest

from test_health_ical import call, token_for


@pytest.fixture
def demo_server(server, backend):
    if backend != "sqlite":
        pytest.skip("the PostgreSQL server of these checks loads the sample demo (conftest.start_server)")
    return server


def total(server: str, path: str, username: str) -> int:
    status, _, body = call(server, "GET", path, token_for(server, username))
    assert status == 200, body
    return json.loads(body)["total"]


def test_the_registry_clerk_reads_more_than_a_thousand_items(demo_server):
    server = demo_server
    readable = total(server, "/api/v1/records?withTotal=true", "registry")
    assert readable >= 1000, readable
    everything = total(server, "/api/v1/records?withTotal=true", "supervisor")
    assert everything > readable, (everything, readable)
    # neither in the registry's unit nor on any of its distribution lists
    assert total(server, "/api/v1/records?withTotal=true", "recruiter") == 0


def test_the_health_office_has_a_few_hundred_patients(demo_server):
    server = demo_server
    assert total(server, "/api/v1/health/patients?withTotal=true", "medclerk") >= 250
