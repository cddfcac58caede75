"""schemathesis hooks of scripts/fuzz-api.sh (loaded through SCHEMATHESIS_HOOKS).

1. DELETE /api/v1/auth/token revokes the token it is called with: called with the run's token, it would sign
   the fuzzer out and every later request would be a 401. So each call of that operation that carries the
   run's token gets a fresh token of a second account instead, whose name the fuzzer never sees (FUZZ_BASE,
   FUZZ_SIGNOUT_USERNAME and FUZZ_PASSWORD_FILE come from the script), and the revocation is tested for real.
2. The account operations never touch the run's own accounts (see PROTECTED_USERNAMES), and the hooks'
   sign-ins come from another client address than the fuzzer's guesses, so the sign-in throttle never makes
   them wait.
3. An edit needs the ETag of the current version in If-Match, which a generator cannot guess once the
   fuzzer has changed the item a few times: half of the edits carrying If-Match are sent with the ETag the
   server gives for the item just now, so that edits are seen succeeding (and their answers checked), not
   only refused with 412.
"""

import json
import os
import random
import urllib.error
import urllib.parse
import urllib.request

import schemathesis

HOOKS_ADDRESS = "198.51.100.77"

# The run's accounts, which the account operations must leave alone: disabling `fuzzer`, changing its password
# or revoking its sessions would sign the fuzzer out; doing so to `fuzz-signout` would break fresh_token().
PROTECTED_USERNAMES = {"fuzzer", os.environ.get("FUZZ_SIGNOUT_USERNAME", "fuzz-signout")}

# Edits, and where the current ETag of what they change is read.
ETAG_SOURCES = {
    ("PATCH", "/api/v1/objects/{id}"): "/api/v1/objects/{id}",
    ("PATCH", "/api/v1/records/{id}"): "/api/v1/records/{id}",
    ("PUT", "/api/v1/records/{id}/acl"): "/api/v1/records/{id}/acl",
    ("PUT", "/api/v1/distribution-lists/{listId}"): "/api/v1/distribution-lists/{listId}",
    ("PATCH", "/api/v1/reference-series/{code}"): "/api/v1/reference-series/{code}",
    ("PATCH", "/api/v1/users/{username}"): "/api/v1/users/{username}",
}


def request(method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"} if body is not None else {}
    # The hooks' own requests come "from" another address than the fuzzer's (fuzz-api.sh trusts the loopback
    # proxy): the fuzzer's wrong passwords make its own address wait, and must not make these sign-ins wait.
    headers["X-Forwarded-For"] = HOOKS_ADDRESS
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return urllib.request.urlopen(
        urllib.request.Request(os.environ["FUZZ_BASE"] + path, data=data, method=method, headers=headers), timeout=30)


def fresh_token() -> str:
    password = open(os.environ["FUZZ_PASSWORD_FILE"]).read().strip()
    body = {"username": os.environ["FUZZ_SIGNOUT_USERNAME"], "password": password}
    with request("POST", "/api/v1/auth/token", body) as response:
        return json.loads(response.read())["token"]


def current_etag(path: str):
    try:
        with request("GET", path, token=os.environ["FUZZ_TOKEN"]) as response:
            return response.headers.get("ETag")
    except (urllib.error.URLError, ValueError):
        return None  # not found, not readable: the edit goes as generated


@schemathesis.hook
def before_call(context, case, kwargs):
    method, headers = case.method.upper(), case.headers or {}
    if method == "DELETE" and case.path == "/api/v1/auth/token":
        if headers.get("Authorization") == f"Bearer {os.environ['FUZZ_TOKEN']}":
            headers["Authorization"] = f"Bearer {fresh_token()}"
            case.headers = headers
        return
    username = str((case.path_parameters or {}).get("username", "")).lower()
    if case.path.startswith("/api/v1/users/") and username in PROTECTED_USERNAMES:
        case.path_parameters = {**case.path_parameters, "username": "fuzz-nobody"}
        return
    source = ETAG_SOURCES.get((method, case.path))
    if source and "If-Match" in headers and case.path_parameters and random.random() < 0.5:
        values = {name: urllib.parse.quote(str(value), safe="") for name, value in case.path_parameters.items()}
        try:
            etag = current_etag(source.format(**values))
        except (KeyError, IndexError):
            return
        if etag:
            headers["If-Match"] = etag
            case.headers = headers
